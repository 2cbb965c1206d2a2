"""``manage.py backup`` and ``restore`` between two whole sites on SQLite (real processes).

The first site is built and read by readers (so image renditions exist), backed up while it
runs, and restored into a second site that has nothing yet: no database file, an empty media
folder, no models. Every public page's HTML, every row of every table, every media file and
every installed model then match exactly. The PostgreSQL variant is in tests/postgres/.
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.backup_site import SiteCopy, assert_same_site, install_fake_model


@pytest.fixture(scope="module")
def source_site(tmp_path_factory: pytest.TempPathFactory) -> SiteCopy:
    # Built once: the tests back it up and copy it, and never change it.
    site = SiteCopy(tmp_path_factory.mktemp("newsroom"))
    site.migrate()
    assert site.call("seed") > 5
    install_fake_model(site.models)
    site.call("crawl")  # readers came by: renditions exist
    return site


def test_a_restored_site_serves_the_same_pages_and_rows(source_site, tmp_path) -> None:
    backup = tmp_path / "backup-2024-03-09"
    out = source_site.manage("backup", str(backup)).stdout
    assert f"Backed up to {backup}" in out
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["vendor"] == "sqlite"
    assert "articles.0001_initial" in manifest["migrations"]
    names = set(manifest["files"])
    assert "database.sqlite3" in names
    assert any(name.startswith("media/original_images/") for name in names)
    assert any(name.startswith("media/images/") for name in names)  # renditions
    assert "mt-packages/translate-en_fr-1_0/model/model.bin" in names

    fresh = SiteCopy(tmp_path / "replacement")
    out = fresh.manage("restore", str(backup)).stdout
    assert "Restored" in out and "migrate" not in out
    pages = assert_same_site(source_site, fresh)
    assert pages > 10

    # A second restore over it is refused: the site is no longer empty.
    refused = fresh.manage("restore", str(backup), check=False)
    assert refused.returncode == 1
    assert "The target is not empty: the database has" in refused.stderr
    assert "--force" in refused.stderr


def test_a_damaged_backup_is_refused_before_anything_changes(source_site, tmp_path) -> None:
    backup = tmp_path / "backup"
    source_site.manage("backup", str(backup))
    image = next((backup / "media" / "original_images").iterdir())
    data = bytearray(image.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte, as a bad disk leaves it
    image.write_bytes(bytes(data))
    fresh = SiteCopy(tmp_path / "replacement")
    refused = fresh.manage("restore", str(backup), check=False)
    assert refused.returncode == 1
    assert f"media/original_images/{image.name}: checksum does not match" in refused.stderr
    assert "nothing was restored" in refused.stderr
    assert not (fresh.folder / "masthead.sqlite3").exists() or fresh.call("rows") == {}
    assert fresh.files() == {}


def test_restore_with_force_replaces_a_site_that_has_content(source_site, tmp_path) -> None:
    backup = tmp_path / "backup"
    source_site.manage("backup", str(backup))
    other = SiteCopy(tmp_path / "other")
    shutil.copytree(source_site.folder, other.folder)
    other.call("publish_extra")
    (other.media / "stray.txt").write_text("left by hand")
    assert other.call("rows") != source_site.call("rows")
    out = other.manage("restore", "--force", str(backup)).stdout
    assert "Restored" in out
    assert_same_site(source_site, other)
