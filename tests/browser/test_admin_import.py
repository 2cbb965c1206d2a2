"""An editor imports a pasted article in the admin, corrects its title and finds the draft."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import Page, expect
from wagtail.models import GroupPagePermission

from masthead.accounts.models import User
from masthead.articles.models import ArticlePage
from masthead.testing import build_outlet

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Written for this test.
PASTED = """\
Tram Line Seven Will Reach the University by Spring

By Maren Holt

Tidewater Review, 12 January 2024

Theme: Transport

Note to readers: our newsletter now arrives on Fridays.

*The city council approved the last section of track on Tuesday night.*

Construction crews will close Weaver Street for six weeks from February.

The extension adds four stops and links the hospital to the campus.
"""


@pytest.fixture
def editor() -> Any:
    outlet = build_outlet("Tidewater Review")
    group = Group.objects.create(name="Newsroom")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=outlet.articles,
            permission=Permission.objects.get(
                codename=codename, content_type__app_label="wagtailcore"
            ),
        )
    user = User.objects.create_user("maren", "maren@example.org", "correct horse")
    user.groups.add(group)
    return outlet


def test_editor_pastes_corrects_and_finds_the_draft(
    live_server: Any, editor: Any, page: Page, screenshots: Any
) -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("maren")
    page.get_by_label("Password").fill("correct horse")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    page.get_by_role("link", name="Import article").click()

    page.get_by_label("Paste the article").fill(PASTED)
    page.get_by_role("button", name="Read the article").click()

    title = page.get_by_label("Title", exact=True)
    expect(title).to_have_value("Tram Line Seven Will Reach the University by Spring")
    expect(page.get_by_label("Authors")).to_have_value("Maren Holt")
    expect(page.locator(".import-target")).to_contain_text("create a new draft")
    expect(page.locator(".import-skipped")).to_contain_text("line 9")
    expect(page.locator("#source-line-9")).to_have_class("is-skipped")
    # Side by side at desktop width: the source column starts level with the fields.
    source = page.locator(".import-source").bounding_box()
    fields = page.locator(".import-fields").bounding_box()
    assert source and fields and source["x"] + source["width"] <= fields["x"]
    assert abs(source["y"] - fields["y"]) < 5
    page.screenshot(path=screenshots / "admin-import-preview.png", full_page=True)

    title.fill("Tram Line Seven Reaches the University in Spring")
    page.get_by_role("button", name="Create the draft").click()
    expect(page.locator(".messages")).to_contain_text("Created the draft")

    article = ArticlePage.objects.get()
    assert article.title == "Tram Line Seven Reaches the University in Spring"
    assert not article.live
    page.goto(f"{live_server.url}/admin/pages/{editor.articles.pk}/")
    row = page.get_by_role("row").filter(has_text="Tram Line Seven Reaches the University")
    expect(row).to_contain_text(re.compile("draft", re.IGNORECASE))
