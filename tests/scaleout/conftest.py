"""Scale-out tests run only under ``masthead.settings.test_scaleout`` (scripts/test.sh).

In the other runs they are skipped; under the scale-out settings nothing is skipped, and the
settings refuse to load without PostgreSQL, Redis and an S3-compatible server.
"""

from pathlib import Path

import pytest
from django.conf import settings

HERE = Path(__file__).resolve().parent


def scaled_out() -> bool:
    return settings.SETTINGS_MODULE == "masthead.settings.test_scaleout"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if scaled_out():
        return
    skip = pytest.mark.skip(
        reason="Scale-out: run with DJANGO_SETTINGS_MODULE=masthead.settings.test_scaleout"
    )
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)
