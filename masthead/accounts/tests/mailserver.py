"""A real SMTP server (aiosmtpd) on a free local port, keeping every message it is sent.

The journey tests send through Django's SMTP backend to it, so a code arrives the way it
would at a reader's mail server: headers, encoding and all.
"""

from __future__ import annotations

import email
import email.policy
import re
import socket
import time
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from django.test import override_settings


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append(message)  # type: ignore[arg-type]
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class MailServer:
    """``with MailServer() as mail:`` runs the server and points Django's email at it."""

    def __init__(self) -> None:
        self.inbox = _Inbox()
        self.port = _free_port()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.settings = override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=self.port,
            EMAIL_USE_TLS=False,
            EMAIL_TIMEOUT=10,
        )

    def __enter__(self) -> MailServer:
        self.controller.start()
        self.settings.enable()
        return self

    def __exit__(self, *exc: object) -> None:
        self.settings.disable()
        self.controller.stop()

    @property
    def messages(self) -> list[EmailMessage]:
        return self.inbox.messages

    def wait_for(self, to: str, count: int, timeout: float = 10.0) -> EmailMessage:
        """The ``count``-th message (1-based) to ``to``, waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [m for m in self.messages if to in str(m["To"])]
            if len(found) >= count:
                return found[count - 1]
            time.sleep(0.05)
        raise AssertionError(f"no message {count} to {to} within {timeout} s: {self.messages}")

    @staticmethod
    def body(message: EmailMessage) -> str:
        part = message.get_body(preferencelist=("plain",))
        assert part is not None
        return str(part.get_content())

    def code_in(self, message: EmailMessage) -> str:
        """The one-time code in a message from allauth ("HVFQ-WWXJ": groups of letters, digits)."""
        pattern = r"^\s*([A-Z0-9]{4,}(?:-[A-Z0-9]{4,})*)\s*$"
        match = re.search(pattern, self.body(message), re.MULTILINE)
        assert match is not None, self.body(message)
        return match.group(1)
