"""``manage.py backup`` (pg_dump) and ``restore`` (pg_restore) between two PostgreSQL sites.

Two databases of their own on the test server (MASTHEAD_TEST_POSTGRES_URL), each site in its
own folder and driven through ``manage.py`` subprocesses, as tests/test_backup_restore.py does
on SQLite: every page, row, media file and model matches after the restore.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.backup_site import SiteCopy, assert_same_site, install_fake_model


@pytest.fixture
def database_url() -> Iterator[Any]:
    """``make(name)``: the URL of a new, empty database; all dropped at the end."""
    import psycopg

    server = os.environ["MASTHEAD_TEST_POSTGRES_URL"]
    parts = urlsplit(server)
    made: list[str] = []

    def make(label: str) -> str:
        name = f"masthead_backup_{label}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return urlunsplit(parts._replace(path=f"/{name}"))

    yield make
    with psycopg.connect(server, autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_restored_postgresql_site_serves_the_same_pages_and_rows(
    tmp_path: Path, database_url
) -> None:
    source = SiteCopy(tmp_path / "newsroom", database_url("source"))
    source.migrate()
    assert source.call("seed") > 5
    install_fake_model(source.models)
    source.call("crawl")

    backup = tmp_path / "backup"
    source.manage("backup", str(backup))
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["vendor"] == "postgresql"
    assert "database.pgdump" in manifest["files"]
    assert (backup / "database.pgdump").read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format

    fresh = SiteCopy(tmp_path / "replacement", database_url("restored"))
    assert "Restored" in fresh.manage("restore", str(backup)).stdout
    assert assert_same_site(source, fresh) > 10

    refused = fresh.manage("restore", str(backup), check=False)
    assert "The target is not empty" in refused.stderr
    # With --force, pg_restore --clean replaces what is there, in one transaction.
    fresh.call("publish_extra")
    assert "Restored" in fresh.manage("restore", "--force", str(backup)).stdout
    assert_same_site(source, fresh)
