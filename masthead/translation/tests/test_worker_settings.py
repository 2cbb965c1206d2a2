"""Settings for the worker processes the job tests start (no tests here).

A file-based SQLite database with production's options (WAL, immediate transactions), the
database task backend, auto-translation on, and engine options from the environment:
``MASTHEAD_TEST_WORKER_DB`` (database file), ``MASTHEAD_TEST_WORKER_TRANSLATION`` (JSON merged
into ``MASTHEAD_TRANSLATION``) and ``MASTHEAD_TEST_WORKER_LEASE`` (lease seconds).
"""

import json
import os

from masthead.settings import base
from masthead.settings.test import *  # noqa: F403

DATABASES = {
    "default": {
        **base.DATABASES["default"],
        "NAME": os.environ.get("MASTHEAD_TEST_WORKER_DB", "unused.sqlite3"),
    }
}
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
MASTHEAD_AUTO_TRANSLATE = True
LANGUAGES = [("en", "English"), ("fr", "Français"), ("de", "Deutsch")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
MASTHEAD_TRANSLATION = {
    **MASTHEAD_TRANSLATION,  # noqa: F405
    **json.loads(os.environ.get("MASTHEAD_TEST_WORKER_TRANSLATION", "{}")),
}
MASTHEAD_TRANSLATION_LEASE_SECONDS = float(os.environ.get("MASTHEAD_TEST_WORKER_LEASE", "60"))
# These tests count every queued task: no publishing schedule (tested in masthead/core).
MASTHEAD_SCHEDULED_PUBLISHING_INTERVAL = 0
