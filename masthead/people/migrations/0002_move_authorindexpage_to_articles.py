"""AuthorIndexPage is now ``articles.AuthorIndexPage``: drop it from this app's state only.

The table and rows are kept and renamed by ``articles.0004``; nothing is deleted here.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="AuthorIndexPage")]
        )
    ]
