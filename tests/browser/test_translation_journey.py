"""An editor publishes in the admin; a reader finds the article in French via the menu."""

import datetime
import re

import pytest
from django.utils import translation
from playwright.sync_api import Page, expect
from wagtail.models import Locale

from masthead.accounts.models import User
from masthead.articles.factories import ArticlePageFactory
from masthead.articles.models import ArticleAuthor
from masthead.people.factories import AuthorFactory
from masthead.taxonomy.factories import RegionFactory
from masthead.testing import build_outlet

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = [("en", "English"), ("fr", "Français"), ("ar", "العربية")]


@pytest.fixture
def draft(settings):
    settings.LANGUAGES = LANGUAGES
    settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
    settings.MASTHEAD_AUTO_TRANSLATE = True
    settings.MASTHEAD_TRANSLATION = {
        **settings.MASTHEAD_TRANSLATION,
        "ENGINE": "fake",
        "FAKE": {"UNSUPPORTED": ["ar"]},
    }
    outlet = build_outlet("The Test Courier")
    for code in ("fr", "ar"):
        Locale.objects.get_or_create(language_code=code)
        locale = Locale.objects.get(language_code=code)
        outlet.home.copy_for_translation(locale).save_revision().publish()
        for section in outlet.home.get_children().specific():
            section.copy_for_translation(locale).save_revision().publish()
    article = ArticlePageFactory.build(
        title="Ferries return to the northern route",
        slug="ferries",
        publication_date=datetime.date(2024, 5, 2),
    )
    article.regions = [RegionFactory(name="Europe")]
    article.article_authors = [
        ArticleAuthor(author=AuthorFactory(name="Tomas Wren"), role="author")
    ]
    article.live = False
    outlet.articles.add_child(instance=article)
    article.save_revision()
    User.objects.create_superuser("editor", "editor@example.org", "correct horse")
    return article


def test_publish_in_admin_then_read_in_french(live_server, draft, page: Page, screenshots) -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("correct horse")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    page.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages")).to_contain_text("published")

    page.goto(f"{live_server.url}/articles/ferries/")
    menu = page.locator("details.language-menu")
    menu.locator("summary").click()
    expect(menu).to_contain_text("not available yet")  # Arabic has no model here
    page.screenshot(path=screenshots / "06-language-menu.png")
    menu.get_by_role("link", name="Français").click()

    expect(page).to_have_url(re.compile(r"/fr/articles/ferries/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "[fr] Ferries return to the northern route"
    )
    with translation.override("fr"):
        notice = translation.gettext(
            "This is a machine translation from English, made on our own server."
        )
    expect(page.locator(".translation-notice")).to_contain_text(notice)
    page.locator(".article__terms").get_by_role("link", name="Europe").click()
    expect(page).to_have_url(re.compile(r"/fr/regions/europe/$"))
    expect(page.locator(".teaser__title")).to_have_text(
        ["[fr] Ferries return to the northern route"]
    )
    page.screenshot(path=screenshots / "07-french-region.png", full_page=True)
