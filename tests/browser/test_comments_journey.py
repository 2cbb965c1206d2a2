"""A reader signs up, comments, sees it pending, a moderator approves it, everyone sees it.

Every email (the sign-up code, the approval) goes through Django's SMTP backend to a real SMTP
server (aiosmtpd, masthead/accounts/tests/mailserver.py) on a local port.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Browser, expect

from masthead.accounts.tests.mailserver import MailServer
from masthead.comments.models import CommentSettings
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
    rules = CommentSettings.for_site(outlet.site)
    rules.min_seconds = 1  # the test types faster than a reader, not faster than a robot
    rules.save()
    User = get_user_model()
    User.objects.create_superuser("moderator", "moderator@courier.example", "correct horse")
    return article


def test_comment_pending_approved_in_the_admin_then_shown(
    live_server: Any, story: Any, mail: MailServer, browser: Browser, screenshots: Any
) -> None:
    article = story
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(live_server.url + article.url)
    expect(page.get_by_role("heading", name="0 comments")).to_be_visible()
    page.get_by_role("link", name="Join the discussion").click()
    expect(page.get_by_text("Sign in to comment.")).to_be_visible()
    page.locator("main").get_by_role("link", name="Sign in", exact=True).click()
    page.get_by_role("link", name="Sign up").click()
    page.locator("main").get_by_label("Email").fill(  # not the footer's newsletter form
        "marta@readers.example"
    )
    page.get_by_label("Display name").fill("Marta from the docks")
    page.get_by_label("Password").fill("harbour-lights-93")
    page.get_by_role("button", name="Sign up").click()
    code = mail.code_in(mail.wait_for("marta@readers.example", 1))
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text("You have confirmed marta@readers.example.")).to_be_visible()

    page.goto(live_server.url + article.url)
    page.get_by_role("link", name="Join the discussion").click()
    body = page.get_by_label("Your comment:", exact=True)
    body.fill("The queues were *longer* last winter, ask any driver.")
    expect(page.get_by_label("Name shown with your comment")).to_have_value("Marta from the docks")
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

    message = mail.wait_for("marta@readers.example", 2)
    assert "Your comment is published" in str(message["Subject"])
    assert article.url.rstrip("/") in mail.body(message)

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
