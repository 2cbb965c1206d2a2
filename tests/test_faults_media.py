"""An upload onto a full disk: a clear error, no image row, no half-written file (real process).

The site's MEDIA_ROOT is a 64 KB tmpfs; an editor's picture of several hundred KB cannot fit.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.backup_site import SiteCopy


@pytest.fixture
def site_on_a_small_disk(tmp_path: Path) -> Iterator[SiteCopy]:
    if os.geteuid() != 0:
        pytest.skip("mounting a 64 KB tmpfs needs root")
    site = SiteCopy(tmp_path / "newsroom")
    site.media.mkdir(parents=True)
    mount = ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(site.media)]
    subprocess.run(mount, check=True)  # noqa: S603
    try:
        site.migrate()
        yield site
    finally:
        subprocess.run(["umount", str(site.media)], check=False)  # noqa: S603, S607


def test_an_upload_onto_a_full_disk_keeps_nothing(site_on_a_small_disk) -> None:
    site = site_on_a_small_disk
    small = site.call("upload_picture", kilobytes=8)  # PNG of noise: about the size asked for
    assert small["error"] == "" and small["images"] == 1
    kept = small["files"]
    full = site.call("upload_picture", kilobytes=400)
    assert "No space left in MEDIA_ROOT" in full["error"]
    assert "nothing was kept" in full["error"]
    assert full["images"] == 1  # no row for the picture that did not fit
    assert full["files"] == kept  # and no truncated file under its name
