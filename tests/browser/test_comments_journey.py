"""A reader comments, sees it pending, a moderator approves it in the admin, everyone sees it.

The approval email goes through Django's SMTP backend to a real SMTP server (aiosmtpd) on a
local port. The reader's account is made directly and signed in by its session cookie: this
test is about comments, and reader sign-up has its own journey (masthead/accounts/).
"""

from __future__ import annotations

import email
import socket
import time
from collections.abc import Iterator
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import Browser, Page, expect

from masthead.comments.models import CommentSettings
from masthead.testing import build_outlet, publish_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


class Inbox:
    """aiosmtpd handler keeping every message it receives."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"

    def wait_for(self, subject_part: str, timeout: float = 10) -> Message:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.messages:
                if subject_part in str(message["Subject"]):
                    return message
            time.sleep(0.1)
        subjects = [m["Subject"] for m in self.messages]
        raise AssertionError(f"no email with {subject_part!r}: {subjects}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def inbox(settings: Any) -> Iterator[Inbox]:
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    yield handler
    controller.stop()


@pytest.fixture
def story() -> Any:
    outlet = build_outlet("The Test Courier")
    article = publish_article(
        outlet,
        title="Harbour queues",
        slug="harbour-queues",
        lead="<p>Ships wait a week for a berth.</p>",
    )
    rules = CommentSettings.for_site(outlet.site)
    rules.min_seconds = 1  # the test types faster than a reader, not faster than a robot
    rules.save()
    User = get_user_model()
    User.objects.create_superuser("moderator", "moderator@courier.example", "correct horse")
    reader = User.objects.create_user("marta", "marta@readers.example", "a reader password")
    return article, reader


def signed_in(browser: Browser, live_server: Any, user: Any) -> Page:
    """A browser signed in as ``user`` through a session made by Django's test client."""
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    return context.new_page()


def test_comment_pending_approved_in_the_admin_then_shown(
    live_server: Any, story: Any, inbox: Inbox, browser: Browser, screenshots: Any
) -> None:
    article, reader = story
    page = signed_in(browser, live_server, reader)
    page.goto(live_server.url + article.url)
    expect(page.get_by_role("heading", name="0 comments")).to_be_visible()
    page.get_by_role("link", name="Join the discussion").click()
    body = page.get_by_label("Your comment:", exact=True)
    body.fill("The queues were *longer* last winter, ask any driver.")
    page.get_by_label("Name shown with your comment").fill("Marta from the docks")
    page.get_by_label("Email me when my comment is published").check()
    time.sleep(1.2)  # the signed time on the form: faster than a second is held as spam
    page.get_by_role("button", name="Send comment").click()
    expect(page.get_by_role("status")).to_contain_text("Your comment is awaiting moderation.")
    expect(page.locator("#your-comments")).to_contain_text("Awaiting moderation")
    page.screenshot(path=screenshots / "comments-01-pending.png", full_page=True)
    page.goto(live_server.url + article.url)
    expect(page.locator(".comments")).not_to_contain_text("longer")

    moderator = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    moderator.goto(f"{live_server.url}/admin/login/")
    moderator.get_by_label("Username").fill("moderator")
    moderator.get_by_label("Password").fill("correct horse")
    moderator.get_by_role("button", name="Sign in").click()
    moderator.goto(f"{live_server.url}/admin/comments/")
    expect(moderator.get_by_role("link", name="Pending (1)")).to_be_visible()
    moderator.get_by_label("Select the comment by Marta from the docks").check()
    moderator.screenshot(path=screenshots / "comments-02-queue.png", full_page=True)
    moderator.get_by_role("button", name="Approve", exact=True).click()
    expect(moderator.get_by_text("Approve: 1 of 1 comments changed.")).to_be_visible()
    expect(moderator.get_by_role("link", name="Approved (1)")).to_be_visible()

    message = inbox.wait_for("Your comment is published")
    assert message["To"] == "marta@readers.example"
    assert article.url.rstrip("/") in message.get_payload(decode=True).decode()

    page.goto(live_server.url + article.url)
    comments = page.locator(".comments")
    expect(comments.get_by_role("heading", name="1 comment")).to_be_visible()
    expect(comments).to_contain_text("Marta from the docks")
    expect(comments.locator("em")).to_have_text("longer")
    page.screenshot(path=screenshots / "comments-03-approved.png", full_page=True)

    stranger = browser.new_context().new_page()
    stranger.goto(live_server.url + article.url)
    expect(stranger.locator(".comments")).to_contain_text("ask any driver")
    stranger.get_by_role("link", name="Report the comment by Marta from the docks").click()
    stranger.get_by_role("button", name="Send report").click()
    expect(stranger.get_by_role("status")).to_contain_text("The moderators will look")
