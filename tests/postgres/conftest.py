"""PostgreSQL tests run only under ``masthead.settings.test_postgres`` (scripts/test.sh).

In the main (SQLite) run they are skipped; under the PostgreSQL settings nothing is skipped,
so a missing or unreachable server fails the run.
"""

from pathlib import Path

import pytest
from django.conf import settings

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        return
    skip = pytest.mark.skip(
        reason="PostgreSQL: run with DJANGO_SETTINGS_MODULE=masthead.settings.test_postgres"
    )
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)
