"""A reader's first visit, in a real browser: front page → article → author → region."""

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from masthead.images.factories import CustomImageFactory
from masthead.people.factories import AuthorFactory
from masthead.syndication.factories import PartnerPublicationFactory
from masthead.taxonomy.factories import InDepthReportFactory, RegionFactory, ThemeFactory
from masthead.testing import build_outlet, publish_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def outlet():
    outlet = build_outlet("The Test Courier")
    writer = AuthorFactory(
        name="Ines Alvarado", bio="<p>Ines covers ports and shipping from Valparaíso.</p>"
    )
    region = RegionFactory(name="Latin America")
    theme = ThemeFactory(name="Trade")
    report = InDepthReportFactory(name="Harbour Cities", featured=True)
    partner = PartnerPublicationFactory(name="Harbour Ledger")
    for day in range(1, 5):
        publish_article(
            outlet,
            title=f"Container queues, part {day}",
            slug=f"queues-{day}",
            lead="<p>Ships wait a week for a berth while the container queues grow.</p>",
            date=datetime.date(2024, 2, day),
            authors=[(writer, "author")],
            regions=[region],
            themes=[theme],
            reports=[report],
            featured_image=CustomImageFactory(credit="Port Authority archive"),
            partner=partner if day == 4 else None,
            original_url="https://harbourledger.example/queues" if day == 4 else "",
        )
    return outlet


def test_reader_follows_article_author_and_region(
    live_server, outlet, page: Page, screenshots
) -> None:
    page.goto(live_server.url + "/")
    expect(page).to_have_title(re.compile("The Test Courier"))
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("Regions")
    page.screenshot(path=screenshots / "01-home.png", full_page=True)

    page.get_by_role("link", name="Container queues, part 4").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Container queues, part 4")
    expect(page.locator(".provenance")).to_contain_text(
        "The original source of this article is Harbour Ledger"
    )
    expect(page.locator(".article__featured figcaption")).to_have_text(
        "Featured image is from Port Authority archive"
    )
    expect(page.locator(".article__lead")).to_be_visible()
    page.screenshot(path=screenshots / "02-article.png", full_page=True)

    page.locator(".article__header .byline").get_by_role("link", name="Ines Alvarado").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Articles by Ines Alvarado")
    expect(page.locator(".teaser")).to_have_count(4)
    page.screenshot(path=screenshots / "03-author.png", full_page=True)

    page.get_by_role("link", name="Container queues, part 1").click()
    page.locator(".article__terms").get_by_role("link", name="Latin America").click()
    expect(page).to_have_url(re.compile(r"/regions/latin-america/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Latin America")
    page.screenshot(path=screenshots / "04-region.png", full_page=True)


def sideways_overflow(page: Page) -> int:
    """How many pixels the document is wider than the screen (0 or less: nothing overflows)."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_article_reads_well_on_a_phone(live_server, outlet, phone: Page, screenshots) -> None:
    phone.goto(live_server.url + "/articles/queues-4/")
    # Nothing overflows sideways on a narrow screen.
    assert sideways_overflow(phone) <= 0
    expect(phone.get_by_role("heading", level=1)).to_be_visible()
    phone.screenshot(path=screenshots / "05-article-phone.png", full_page=True)


def test_reader_searches_narrows_and_clears(live_server, outlet, page: Page, screenshots) -> None:
    page.goto(live_server.url + "/articles/queues-2/")
    page.get_by_role("searchbox", name="Search articles").fill("container QUEUES")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Search results for “container QUEUES”"
    )
    expect(page.locator(".search__summary")).to_contain_text("4 articles found")
    expect(page.locator(".search-result__title a").first).to_be_visible()
    expect(page.locator(".search-result mark").first).to_have_text(
        re.compile("container", re.IGNORECASE)
    )
    facets = page.get_by_role("complementary", name="Narrow the results")
    expect(facets).to_contain_text("Latin America")
    page.screenshot(path=screenshots / "08-search.png", full_page=True)

    # Newest first, then narrowed to one day by the date fields.
    page.get_by_label("Sort by").select_option("date")
    page.get_by_label("From").fill("2024-02-03")
    page.locator("#main").get_by_role("button", name="Search").click()
    titles = page.locator(".search-result__title a")
    expect(titles).to_have_text(["Container queues, part 4", "Container queues, part 3"])
    expect(page.get_by_role("link", name="Clear all filters")).to_be_visible()
    page.get_by_role("link", name="Clear all filters").click()
    expect(page.locator(".search__summary")).to_contain_text("4 articles found")


def test_search_reads_well_on_a_phone(live_server, outlet, phone: Page, screenshots) -> None:
    phone.goto(live_server.url + "/search/?q=queues&region=latin-america")
    assert sideways_overflow(phone) <= 0
    expect(phone.locator(".search-result")).to_have_count(4)
    phone.screenshot(path=screenshots / "09-search-phone.png", full_page=True)
