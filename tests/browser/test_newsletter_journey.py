"""A reader subscribes from an article's footer, confirms from the email, gets the digest an
editor sends from the admin, and unsubscribes from the digest's link.

Every email goes through Django's SMTP backend (the confirmation) or the mailing engine (the
digest) to a real SMTP server (aiosmtpd, masthead/accounts/tests/mailserver.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Browser, expect

from masthead.accounts.tests.mailserver import MailServer
from masthead.newsletters.models import Issue, Subscriber
from masthead.testing import build_outlet, publish_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def mail() -> Iterator[MailServer]:
    with MailServer() as server:
        yield server


@pytest.fixture
def story() -> Any:
    outlet = build_outlet("The Test Courier")
    article = publish_article(
        outlet,
        title="Harbour queues",
        slug="harbour-queues",
        lead="<p>Ships wait a week for a berth.</p>",
    )
    get_user_model().objects.create_superuser("editor", "editor@courier.example", "correct horse")
    return article


def path_of(text: str, route: str) -> str:
    match = re.search(rf"https?://\S+{route}\S+/", text)
    assert match is not None, text
    return urlsplit(match.group(0)).path


def test_subscribe_confirm_receive_the_digest_and_unsubscribe(
    live_server: Any, story: Any, mail: MailServer, browser: Browser, screenshots: Any
) -> None:
    reader = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    reader.goto(live_server.url + story.url)
    footer = reader.locator("footer")
    footer.get_by_label("Our newsletter by email").fill("lucia@readers.example")
    footer.get_by_role("button", name="Subscribe").click()
    expect(reader.get_by_role("heading", name="Check your inbox")).to_be_visible()

    confirmation = mail.wait_for("lucia@readers.example", 1)
    reader.goto(live_server.url + path_of(mail.body(confirmation), "/newsletters/confirm/"))
    reader.screenshot(path=screenshots / "newsletter-01-confirm.png", full_page=True)
    reader.get_by_role("button", name="Yes, send me the newsletter at this address.").click()
    expect(reader.get_by_role("status")).to_contain_text("The newsletter will come to")
    assert Subscriber.objects.get(email="lucia@readers.example").status == "confirmed"

    editor = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    editor.goto(f"{live_server.url}/admin/login/")
    editor.get_by_label("Username").fill("editor")
    editor.get_by_label("Password").fill("correct horse")
    editor.get_by_role("button", name="Sign in").click()
    editor.goto(f"{live_server.url}/admin/newsletters/build/")
    editor.get_by_role("button", name="Weekly digest").click()
    expect(editor.get_by_text("edit it, then send it")).to_be_visible()
    issue = Issue.objects.get(kind="weekly")
    editor.goto(f"{live_server.url}/admin/newsletters/send/{issue.pk}/")
    expect(editor.get_by_text("1 confirmed readers")).to_be_visible()
    editor.screenshot(path=screenshots / "newsletter-02-send.png", full_page=True)
    editor.get_by_role("button", name="Send now").click()
    expect(editor.get_by_text("is being sent to 1 readers")).to_be_visible()

    digest = mail.wait_for("lucia@readers.example", 2)
    text = mail.body(digest)
    assert "Harbour queues" in text
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    reader.goto(live_server.url + path_of(text, "/newsletters/unsubscribe/"))
    reader.get_by_role("button", name="Unsubscribe me").click()
    expect(reader.get_by_role("status")).to_contain_text("is unsubscribed")
    reader.screenshot(path=screenshots / "newsletter-03-unsubscribed.png", full_page=True)
    assert Subscriber.objects.get(email="lucia@readers.example").status == "unsubscribed"
