"""A real worker (``manage.py db_worker``) killed mid-send and started again: every recipient
gets exactly one message and no one two, whether it dies before DATA or after the server took
the message but before the ledger recorded it."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection

from masthead.mailing.tests.support import free_port, wait_until

ROOT = Path(settings.BASE_DIR)
RECIPIENTS = 40
VICTIM = "reader024@example.org"


class KillSink:
    """A slow SMTP sink that holds the victim's transaction open (at RCPT or after DATA was
    stored) until the test has killed the worker."""

    def __init__(self, hold_at: str) -> None:
        self.hold_at = hold_at
        self.received: list[str] = []
        self.holding = False
        self.released = False

    async def _hold(self) -> None:
        self.holding = True
        while not self.released:
            await asyncio.sleep(0.02)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address == VICTIM and self.hold_at == "rcpt" and not self.released:
            await self._hold()
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(0.01)  # a slow server
        self.received.extend(envelope.rcpt_tos)
        if VICTIM in envelope.rcpt_tos and self.hold_at == "data" and not self.released:
            await self._hold()  # stored, but the worker never hears "250"
        return "250 Message accepted for delivery"


def _snapshot_database(path: str) -> None:
    """The test database (schema and migrations' rows) copied to a file the workers can share."""
    connection.ensure_connection()
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()


def _ledger(path: str) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT address, status FROM mailing_delivery"))


@pytest.mark.django_db
@pytest.mark.parametrize("hold_at", ["rcpt", "data"])
def test_worker_killed_mid_send_then_restarted_sends_everyone_exactly_once(hold_at: str) -> None:
    workdir = tempfile.mkdtemp(prefix="mailing-kill-")
    database = os.path.join(workdir, "ledger.sqlite3")
    _snapshot_database(database)
    sink = KillSink(hold_at)
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    env = {
        **os.environ,
        "MAILING_KILLTEST_DB": database,
        "MAILING_KILLTEST_SMTP_PORT": str(port),
        "DJANGO_SETTINGS_MODULE": "masthead.mailing.tests.worker_settings",
    }
    python = sys.executable
    worker_cmd = [python, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.2"]

    def step(*args: str) -> None:
        subprocess.run(  # noqa: S603 — our own module, fixed arguments
            [python, "-m", "masthead.mailing.tests.worker_steps", *args],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=120,
        )

    try:
        step("start", str(RECIPIENTS))
        worker = subprocess.Popen(  # noqa: S603 — our own manage.py
            worker_cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_until(lambda: sink.holding, timeout=120)
            os.kill(worker.pid, signal.SIGKILL)  # mid-send, in the middle of a batch
            worker.wait(timeout=30)
        finally:
            if worker.poll() is None:
                worker.kill()
        sink.released = True
        before = list(sink.received)
        assert 0 < len(before) < RECIPIENTS
        time.sleep(2.5)  # the dead worker's lease (2 s in worker_settings) runs out
        step("resume")  # the periodic job: sweeps the lease and queues the campaign again
        subprocess.run(  # noqa: S603 — our own manage.py
            [*worker_cmd, "--batch"],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=180,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    finally:
        controller.stop()

    expected = [f"reader{n:03d}@example.org" for n in range(RECIPIENTS)]
    assert sorted(sink.received) == expected  # everyone exactly once, no one twice
    ledger = _ledger(database)
    if hold_at == "rcpt":
        assert set(ledger.values()) == {"sent"}
    else:
        # Handed over, answer never heard: reported as unknown and not sent again.
        assert ledger.pop(VICTIM) == "unknown"
        assert set(ledger.values()) == {"sent"}
