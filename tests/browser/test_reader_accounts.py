"""A reader signs up and signs in by an emailed code, in Chromium, codes read from aiosmtpd.

From the header's "Account" link: sign up, confirm with the code that arrives at a real SMTP
server, sign out, sign in again with a one-time code instead of the password. No page on the
way breaks the Content-Security-Policy (no inline script or style).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from masthead.accounts.models import User
from masthead.accounts.tests.mailserver import MailServer
from masthead.testing import build_outlet, publish_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EMAIL = "noor@reader.example"


@pytest.fixture
def mail() -> Iterator[MailServer]:
    with MailServer() as server:
        yield server


@pytest.fixture
def story() -> Any:
    outlet = build_outlet("The Test Courier")
    return publish_article(outlet, title="Harbour queues", slug="harbour-queues")


def test_sign_up_confirm_by_code_then_sign_in_by_code(
    live_server: Any, story: Any, mail: MailServer, page: Page, screenshots: Any
) -> None:
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto(live_server.url + story.url)
    page.get_by_role("link", name="Account", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/account/login/?next=/account/")
    page.get_by_role("link", name="Sign up").click()

    page.locator("main").get_by_label("Email").fill(  # not the footer's newsletter form
        EMAIL
    )
    page.get_by_label("Display name").fill("Noor H.")
    page.get_by_label("Password").fill("gulls-over-the-breakwater-4")
    page.screenshot(path=screenshots / "accounts-01-signup.png", full_page=True)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", name="Enter Email Verification Code")).to_be_visible()
    code = mail.code_in(mail.wait_for(EMAIL, 1))
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Your account", exact=True)).to_be_visible()
    expect(page.locator(".account-summary__email")).to_have_text(EMAIL)
    page.screenshot(path=screenshots / "accounts-02-profile.png", full_page=True)

    page.get_by_role("link", name="Sign out").click()
    page.get_by_role("button", name="Sign Out").click()
    page.goto(f"{live_server.url}/account/login/")
    page.get_by_role("link", name="Send me a sign-in code").click()
    page.locator("main").get_by_label("Email").fill(  # not the footer's newsletter form
        EMAIL
    )
    page.get_by_role("button", name="Request Code").click()
    expect(page.get_by_role("heading", name="Enter Sign-In Code")).to_be_visible()
    page.get_by_label("Code").fill(mail.code_in(mail.wait_for(EMAIL, 2)))
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Your account", exact=True)).to_be_visible()
    expect(page.locator(".account-messages")).to_contain_text("Successfully signed in as Noor H.")
    expect(page.get_by_text("Noor H.", exact=True)).to_be_visible()

    # The article a signed-in reader sees has the same header: no sign-in state in it.
    page.goto(live_server.url + story.url)
    expect(page.locator(".site-header__account")).to_have_text("Account")
    assert User.objects.get(email=EMAIL).display_name == "Noor H."
    assert violations == []
