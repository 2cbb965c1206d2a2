"""A reader follows the membership prompt, pledges a bank transfer, an editor confirms it, and
the reader finds the membership and receipt in their account; the cached article's prompt then
turns into thanks for them (prompt.js asking the status endpoint)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import Browser, expect

from masthead.membership.models import MembershipSettings, Plan, Pledge
from masthead.testing import build_outlet, publish_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
THANKS = "Thank you, member: the harbour desk stays open."


@pytest.fixture
def story() -> Any:
    outlet = build_outlet("The Test Courier")
    outlet.settings.membership_url = "/membership/"
    outlet.settings.save()
    rules = MembershipSettings.for_site(outlet.site)
    rules.bank_details = "Courier Media Ltd\nIBAN XX00 1111 2222 3333"
    rules.thanks_text = THANKS
    rules.save()
    Plan.objects.create(name="Reader", amount=Decimal("6"), benefits="The editor's letter")
    return publish_article(outlet, title="Harbour queues", slug="harbour-queues")


def signed_in_cookie(email: str, *, staff: bool = False) -> str:
    User = get_user_model()
    if staff:
        user = User.objects.create_superuser("desk", email, "quay-lights-7")
    else:
        user = User.objects.create_user("nadia", email, "tide-charts-41", display_name="Nadia K.")
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def test_pledge_confirmed_then_members_area_and_thanks(
    live_server: Any, story: Any, browser: Browser, screenshots: Any
) -> None:
    host = urlsplit(live_server.url).hostname or "localhost"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    cookie = signed_in_cookie("nadia@reader.example")
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "domain": host, "path": "/"}]
    )
    page = context.new_page()
    page.goto(live_server.url + story.url)
    footer = page.locator(".site-footer [data-membership-prompt]")
    expect(footer).to_contain_text("Our reporting is paid for by readers like you.")
    page.locator(".article__notices").get_by_role("link", name="Join the Courier").click()
    expect(page.get_by_role("heading", name="Become a member")).to_be_visible()
    page.get_by_role("link", name="Join as Reader").click()
    page.get_by_label("bank transfer").check()
    page.get_by_role("button", name="Pledge").click()
    expect(page.get_by_role("heading", name="Your pledge")).to_be_visible()
    pledge = Pledge.objects.get()
    expect(page.locator(".membership-reference")).to_have_text(pledge.reference)
    expect(page.locator(".membership-details")).to_contain_text("IBAN XX00 1111 2222 3333")
    page.screenshot(path=screenshots / "membership-01-pledge.png", full_page=True)

    editor = browser.new_context(viewport={"width": 1280, "height": 900})
    editor.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": signed_in_cookie("desk@courier.example", staff=True),
                "domain": host,
                "path": "/",
            }
        ]
    )
    admin = editor.new_page()
    admin.goto(f"{live_server.url}/admin/membership/?tab=pledges")
    expect(admin.get_by_text(pledge.reference)).to_be_visible()
    admin.get_by_role("button", name="Payment received").click()
    expect(admin.get_by_text("Payment for pledge")).to_be_visible()

    page.goto(f"{live_server.url}/account/")
    page.get_by_role("link", name="Your membership, payments and receipts").click()
    expect(page.get_by_role("heading", name="Your membership", exact=True)).to_be_visible()
    expect(page.locator(".membership-status")).to_contain_text("active")
    page.get_by_role("link", name="R-").first.click()
    expect(page.get_by_text("6.00 EUR")).to_be_visible()
    page.screenshot(path=screenshots / "membership-02-receipt.png", full_page=True)

    page.goto(live_server.url + story.url)
    expect(footer).to_have_text(THANKS)
    expect(page.locator(".article__notices [data-membership-prompt]")).to_have_text(THANKS)

    stranger = browser.new_context().new_page()
    stranger.goto(live_server.url + story.url)
    expect(stranger.locator(".site-footer [data-membership-prompt]")).to_contain_text(
        "Join the Courier"
    )
