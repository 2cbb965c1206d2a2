"""Menu links are big enough to tap: at least 24 px tall (WCAG 2.2 target size, Lighthouse)."""

import pytest
from playwright.sync_api import Page

from masthead.testing import build_outlet, publish_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MIN_PX = 24


@pytest.mark.parametrize("viewport", ["page", "phone"])
def test_navigation_links_are_at_least_24px_tall(live_server, viewport: str, request) -> None:
    outlet = build_outlet("The Test Courier")
    for day in range(1, 15):  # more than a page of the archive, so it has pagination links
        publish_article(outlet, title=f"Harbour notes {day}", slug=f"harbour-notes-{day}")
    browser_page: Page = request.getfixturevalue(viewport)
    browser_page.goto(live_server.url + "/articles/")
    heights = browser_page.eval_on_selector_all(
        ".main-nav a, .pagination a",
        "links => links.map(a => [a.textContent.trim(), a.getBoundingClientRect().height])",
    )
    assert len(heights) >= 5, heights  # the outlet's name, four sections, pagination
    short = [(text, height) for text, height in heights if height < MIN_PX]
    assert not short, f"links under {MIN_PX} px tall: {short}"
