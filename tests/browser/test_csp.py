"""Pages run under their Content-Security-Policy with nothing blocked, in a real browser.

Chromium reports a blocked script, style, image, frame or font as a ``securitypolicyviolation``
event and as a console error, and an unknown Permissions-Policy feature as a console error:
every page below must produce neither, readers' pages and the admin's alike.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect

from masthead.accounts.models import User
from masthead.images.factories import CustomImageFactory
from masthead.people.factories import AuthorFactory
from masthead.taxonomy.factories import RegionFactory
from masthead.testing import build_outlet, paragraph, publish_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Installed before any page script runs; violations of every frame land in one list.
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""


@dataclass
class Watch:
    """Console errors and CSP violations seen while a page was open."""

    page: Page
    console: list[str] = field(default_factory=list)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console.append(message.text)

    def problems(self) -> list[str]:
        violations = self.page.evaluate("window.__violations || []")
        return [*violations, *self.console]


@pytest.fixture
def watch(browser: Browser) -> Iterator[Watch]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(LISTEN)
    page = context.new_page()
    watcher = Watch(page)
    page.on("console", watcher.on_console)
    page.on("pageerror", lambda error: watcher.console.append(f"page error: {error}"))
    yield watcher
    context.close()


@pytest.fixture
def outlet():
    outlet = build_outlet("The Test Courier")
    writer = AuthorFactory(name="Ines Alvarado", bio="<p>Ines covers ports.</p>")
    publish_article(
        outlet,
        title="Container queues grow in the harbour",
        slug="queues",
        lead="<p>Ships wait a week for a berth.</p>",
        body=paragraph("Pilots say the queue is the longest in a decade."),
        date=datetime.date(2024, 2, 1),
        authors=[(writer, "author")],
        regions=[RegionFactory(name="Latin America")],
        featured_image=CustomImageFactory(credit="Port Authority archive"),
    )
    AuthorFactory(name="Tomas Wren")
    User.objects.create_superuser("editor", "editor@example.org", "correct horse")
    return outlet


def visit(watch: Watch, url: str) -> None:
    response = watch.page.goto(url)
    assert response is not None and response.ok, url
    assert response.headers.get("content-security-policy"), url
    watch.page.wait_for_load_state("networkidle")


def test_reader_pages_run_with_no_policy_violation(live_server, outlet, watch: Watch) -> None:
    paths = ("/", "/articles/queues/", "/search/?q=queues", "/regions/latin-america/")
    # Reader accounts: allauth's pages in the site's chrome.
    paths += ("/account/login/", "/account/signup/", "/account/password/reset/")
    for path in paths:
        visit(watch, live_server.url + path)
        expect(watch.page.locator("main")).to_be_visible()
        # Styles come from the stylesheet, which a blocked <link> would leave unapplied.
        colour = watch.page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert colour == "rgb(253, 252, 249)", (path, colour)
        assert watch.problems() == [], path
        if path.startswith("/search/"):
            found = watch.page.locator(".search-result, .teaser").first
            expect(found).to_contain_text("Container queues")


def test_admin_pages_run_with_no_policy_violation(live_server, outlet, watch: Watch) -> None:
    page = watch.page
    visit(watch, f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("correct horse")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    expect(page.locator("main, #main").first).to_be_visible()
    assert watch.problems() == [], "dashboard"

    article = outlet.published[0]
    visit(watch, f"{live_server.url}/admin/pages/{article.pk}/edit/")
    expect(page.locator("input[name='title']")).to_have_value(article.title)
    # The byline's "Add" opens a chooser (HTML fetched and inserted at run time), and each
    # chosen author adds a form whose chooser widget brings its own script.
    page.locator("#id_article_authors-OPEN_MODAL").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("checkbox", name=re.compile("Tomas Wren")).check()
    modal.get_by_role("button", name=re.compile("Confirm selection")).click()
    expect(page.locator("#id_article_authors-TOTAL_FORMS")).to_have_value("2")
    expect(page.locator("#id_article_authors-1-author-chooser")).to_contain_text("Tomas Wren")
    # The live preview frames the admin's own preview view.
    page.locator("[data-side-panel-toggle='preview']").click()
    frame = page.frame_locator("iframe[id='w-preview-iframe'], .preview-panel iframe").first
    expect(frame.locator("h1")).to_contain_text("Container queues", timeout=15_000)
    assert watch.problems() == [], "page editor"

    for path in ("/admin/images/", "/admin/pages/", "/admin/snippets/"):
        visit(watch, live_server.url + path)
        assert watch.problems() == [], path
