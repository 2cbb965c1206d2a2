"""The test settings against a real PostgreSQL server, for tests/postgres/ (scripts/test.sh).

``MASTHEAD_TEST_POSTGRES_URL`` (postgres://user:password@host:port/name) names the server;
Django creates and drops its own ``test_<name>`` database there. Without it the run fails: a
PostgreSQL test that quietly skips would pass CI without ever having touched PostgreSQL.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from masthead.settings.builders import database_from_url
from masthead.settings.test import *  # noqa: F403

_url = os.environ.get("MASTHEAD_TEST_POSTGRES_URL", "").strip()
if not _url:
    raise ImproperlyConfigured(
        "MASTHEAD_TEST_POSTGRES_URL must name a PostgreSQL server for these tests, e.g. "
        "postgres://postgres@127.0.0.1:5432/postgres (scripts/test.sh starts one)."
    )
DATABASES = {"default": database_from_url(_url)}
# What production selects for PostgreSQL: full-text search stemmed in each article's language.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "masthead.discovery.search"}}
