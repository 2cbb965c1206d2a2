"""TermIndexPage and PinnedArticle are now models of ``articles``: drop them from this state only.

The tables and rows are kept and renamed by ``articles.0004``; nothing is deleted here.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="PinnedArticle"),
                migrations.DeleteModel(name="TermIndexPage"),
            ]
        )
    ]
