"""The search backend Wagtail is given, and the hand-written SQL of the database in use.

``SearchBackend`` is Wagtail's database backend for the connection in use, with our changes:
``sqlite.py`` (FTS5, ranked by FTS5 itself) and ``postgres.py`` (stemmed per language). Each of
those modules also holds that database's variants of every hand-written statement
(``statements()``); ``sql.py`` gives them their common shape.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from wagtail.search.backends import get_search_backend

from masthead.discovery.search.backends.sql import Statements

# PostgreSQL's built-in text search configurations for our languages; the rest use 'simple'
# (lower-casing, no stemming): PostgreSQL ships no stemmer for them.
POSTGRES_CONFIGS = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}


def postgres_config(language_code: str) -> str:
    """The PostgreSQL text search configuration for a language: its stemmer, else 'simple'."""
    return POSTGRES_CONFIGS.get(language_code.split("-")[0].lower(), "simple")


def SearchBackend(params: dict[str, Any]) -> Any:
    """Wagtail's database backend for the connection in use, stemmed per language on PostgreSQL.

    Named in ``WAGTAILSEARCH_BACKENDS`` as ``"masthead.discovery.search"``; Wagtail looks for a
    ``SearchBackend`` callable in that module, as ``wagtail.search.backends.database`` provides.
    """
    if connection.vendor == "postgresql":
        from masthead.discovery.search.backends.postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend
    from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

    backend = DatabaseSearchBackend(params)
    if isinstance(backend, SQLiteSearchBackend):  # FTS5 is available
        from masthead.discovery.search.backends.sqlite import RankedSQLiteSearchBackend

        return RankedSQLiteSearchBackend(params)
    return backend


def backend_for(language_code: str) -> Any:
    """The default search backend, set up to parse queries in ``language_code``."""
    backend = get_search_backend()
    for_language = getattr(backend, "for_language", None)
    return for_language(language_code) if for_language else backend


def statements() -> Statements:
    """The hand-written statements for the database in use."""
    if connection.vendor == "postgresql":
        from masthead.discovery.search.backends.postgres import PostgresStatements

        return PostgresStatements()
    from masthead.discovery.search.backends.sqlite import SQLiteStatements

    return SQLiteStatements()
