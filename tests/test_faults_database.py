"""SQLite under writes from the admin and the worker at once: every write lands (real processes).

An editor's process publishes edits and adds authors while a real ``manage.py db_worker``
publishes the articles scheduled for now, on one SQLite file with production's options
(WAL, ``IMMEDIATE`` transactions, a 20 s wait for the write lock). Neither sees
"database is locked", and nothing either wrote is missing.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.backup_site import ROOT, SiteCopy

EDITS = 60
SCHEDULED = 40


def test_the_admin_and_the_worker_write_at_once_and_nothing_is_lost(tmp_path: Path) -> None:
    site = SiteCopy(tmp_path / "newsroom")
    site.env["MASTHEAD_SCHEDULED_PUBLISHING_INTERVAL"] = "1"
    site.migrate()
    site.call("seed")
    site.call("schedule_articles", count=SCHEDULED, seconds=8)
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.1", "-v", "0"],
        cwd=ROOT,
        env=site.env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        # The editor keeps saving while the scheduled articles come due and the worker
        # publishes them (each a transaction of its own, like the editor's).
        assert site.call("edit_in_the_admin", count=EDITS) == EDITS
        deadline = time.monotonic() + 120
        while site.call("writes_seen")["live_scheduled"] < SCHEDULED:
            assert time.monotonic() < deadline, site.call("writes_seen")
            assert worker.poll() is None, (tmp_path / "worker.log").read_text()
            time.sleep(1)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)
        log.close()
    seen = site.call("writes_seen")
    assert seen["live_scheduled"] == SCHEDULED
    assert seen["authors"] == EDITS
    assert seen["title"] == f"Our own reporting, edit {EDITS - 1}"
    assert seen["revisions"] >= EDITS + 1
    assert seen["failed_tasks"] == []
    assert "database is locked" not in (tmp_path / "worker.log").read_text()
