"""Test helpers: a real SMTP server (aiosmtpd) with chosen answers, and a small composer."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
import time
from collections.abc import Iterable, Sequence
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from django.test import override_settings

from masthead.mailing.models import Campaign, Delivery
from masthead.mailing.registry import ComposedMessage, register_composer

TEST_KIND = "mailing-test"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Handler:
    """Keeps what arrives; answers ``answers[address]`` (e.g. "451 …") at RCPT instead of 250."""

    def __init__(self, answers: dict[str, str] | None = None, delay: float = 0.0) -> None:
        self.answers = answers or {}
        self.delay = delay
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.rcpt_log: list[str] = []
        self.mail_answer = ""  # e.g. "550 5.7.1 Sender not allowed" for every MAIL FROM
        self.lock = threading.Lock()

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.mail_answer:
            return self.mail_answer
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        self.rcpt_log.append(address)
        if address in self.answers:
            return self.answers[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            time.sleep(self.delay)  # a slow server, on purpose blocking its loop
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)  # type: ignore[arg-type]
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if str(m["To"]) == address]


class SMTPServer:
    """``with SMTPServer(answers) as smtp:`` runs aiosmtpd and points Django's email at it."""

    def __init__(self, answers: dict[str, str] | None = None, delay: float = 0.0) -> None:
        self.handler = Handler(answers, delay)
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.settings = override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=self.port,
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_TIMEOUT=10,
        )

    def __enter__(self) -> SMTPServer:
        self.controller.start()
        self.settings.enable()
        return self

    def __exit__(self, *exc: object) -> None:
        self.settings.disable()
        self.controller.stop()

    @property
    def messages(self) -> list[EmailMessage]:
        return self.handler.messages


def compose_test_batch(
    campaign: Campaign, deliveries: Sequence[Delivery]
) -> Iterable[ComposedMessage]:
    for delivery in deliveries:
        yield ComposedMessage(
            delivery_id=delivery.pk,
            subject=f"{campaign.subject} for {delivery.recipient_ref}",
            text=f"Hello reader {delivery.recipient_ref}.\nToday's stories follow.",
            html=f"<p>Hello reader <b>{delivery.recipient_ref}</b>.</p>",
            unsubscribe_url=f"https://news.example/newsletters/u/{delivery.recipient_ref}/",
            unsubscribe_mailto=f"unsubscribe+{delivery.recipient_ref}@news.example",
        )


def register_test_composer() -> None:
    register_composer(TEST_KIND, compose_test_batch)


def wait_until(predicate: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")
