"""PostgreSQL only: a GIN index on the vector that Wagtail's search matches against.

Wagtail's PostgreSQL backend matches ``title || body`` of each index entry, but its migrations
index ``title`` and ``body`` separately, so every search read all 100,000 entries of our
benchmark archive (about a second per search). This expression index lets PostgreSQL read
only the matching ones (docs/decisions/0059-postgresql-gin-index-and-ranking.md).
SQLite has its own FTS5 table.
"""

from django.db import migrations

INDEX = "masthead_search_title_body_gin"


def create_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} "
            "ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
