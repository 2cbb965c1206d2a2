"""SQLite only: small covering indexes of what a search match needs from three wide tables.

The facet counts of a search read, for every match, the index entry's content type and
object id, the page's state and language and the article's date. As row look-ups these read
whole rows (an index entry holds the article's text); through these indexes they read a few
bytes each. ``SQLiteStatements.INDEXES`` (masthead/discovery/search/backends/sqlite.py)
names them in its SQL. PostgreSQL has its own plan (0001).
"""

from django.db import migrations

INDEXES = {
    "masthead_search_entry_object": (
        "wagtailsearch_indexentry",
        "id, content_type_id, object_id",
    ),
    "masthead_search_page_state": (
        "wagtailcore_page",
        "id, live, content_type_id, locale_id, path",
    ),
    "masthead_search_article_date": ("articles_articlepage", "page_ptr_id, publication_date"),
}


def create_indexes(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "sqlite":
        for name, (table, columns) in INDEXES.items():
            schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({columns})')


def drop_indexes(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "sqlite":
        for name in INDEXES:
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("discovery", "0001_search_vector_index_postgres"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailcore", "0098_apitoken"),
        ("articles", "0003_initial"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
