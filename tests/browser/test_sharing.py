"""Share links, the republish kit and the Mastodon question in a real browser (issue 11).

Under the site's Content-Security-Policy, with share.js loaded from a static file: nothing is
blocked, nothing is fetched from another site until a reader acts, "Copy link" and "Copy the
HTML" copy, and each reader who opens the kit gets a fresh kit id.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from masthead.syndication.factories import LicenceFactory, PartnerPublicationFactory
from masthead.testing import build_outlet, paragraph, publish_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
});
"""


@pytest.fixture
def reader(browser: Browser, live_server) -> Iterator[tuple[Page, list[str], list[str]]]:
    origin = urlsplit(live_server.url)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    context.add_init_script(LISTEN)
    page = context.new_page()
    elsewhere: list[str] = []
    errors: list[str] = []

    def watch(route: Route) -> None:
        url = urlsplit(route.request.url)
        if url.hostname in (origin.hostname, "localhost", "127.0.0.1"):
            route.continue_()
        else:  # never let the closed network see it; record it
            elsewhere.append(route.request.url)
            route.fulfill(status=200, body="elsewhere")

    page.route("**/*", watch)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page, elsewhere, errors
    context.close()


@pytest.fixture
def outlet():
    outlet = build_outlet("The Test Courier")
    outlet.settings.republish_permission = "<p>Republish our pieces with a link back.</p>"
    outlet.settings.save()
    publish_article(
        outlet,
        title="Container queues grow",
        slug="queues",
        lead="<p>Ships wait a week.</p>",
        body=paragraph("Pilots say the queue is the longest in a decade."),
    )
    return outlet


def test_share_links_and_copy_link(live_server, outlet, reader) -> None:
    page, elsewhere, errors = reader
    page.goto(f"{live_server.url}/articles/queues/")
    page.wait_for_load_state("networkidle")
    top = page.get_by_role("navigation", name="Share this article")
    for name in ("Email", "X", "Facebook", "Telegram", "WhatsApp", "Reddit", "LinkedIn"):
        expect(top.get_by_role("link", name=re.compile(f"^{name}\\b"))).to_be_visible()
    expect(top.get_by_role("link", name="Mastodon")).to_be_visible()
    assert elsewhere == []  # the links sent nothing anywhere

    # Keyboard focus is visible on a share link.
    top.get_by_role("link", name="Copy link").focus()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"

    top.get_by_role("link", name="Copy link").click()
    expect(top.locator("[data-copy-status]")).to_have_text("Copied.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.endswith("/articles/queues/")
    assert page.url.endswith("/articles/queues/")  # copied, not followed
    assert page.evaluate("window.__violations") == [] and errors == []


def test_republish_kit_gets_a_fresh_kit_id_and_copies(live_server, outlet, reader) -> None:
    page, elsewhere, errors = reader
    page.goto(f"{live_server.url}/articles/queues/")
    page.get_by_role("link", name="Republish this article").click()
    expect(page.get_by_role("heading", name="Republish this article")).to_be_visible()
    served = re.search(r'data-kit-id="([^"]+)"', page.content())
    area = page.locator("#kit-html")
    value = area.input_value()
    fresh = area.get_attribute("data-kit-id")
    assert served is not None and fresh and value.count(f"/{fresh}.gif") == 1
    page.reload()
    assert page.locator("#kit-html").get_attribute("data-kit-id") != fresh  # per reader
    page.get_by_role("button", name="Copy the HTML").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "<h1>Container queues grow</h1>" in copied
    assert "Republish our pieces with a link back." in page.content()
    assert elsewhere == []  # the counter image in the kit is text here, never loaded
    assert page.evaluate("window.__violations") == [] and errors == []


def test_mastodon_asks_for_the_server_then_goes_there(live_server, outlet, reader) -> None:
    page, elsewhere, errors = reader
    page.goto(f"{live_server.url}/articles/queues/")
    page.get_by_role("navigation", name="Share this article").get_by_role(
        "link", name="Mastodon"
    ).click()
    page.get_by_label("Your Mastodon server").fill("example.com/evil")
    page.get_by_role("button", name="Share").click()
    expect(page.locator("#mastodon-error")).to_be_visible()
    assert elsewhere == []
    page.get_by_label("Your Mastodon server").fill("@me@toot.example")
    page.get_by_role("button", name="Share").click()
    page.wait_for_url(re.compile(r"^https://toot\.example/share"))
    assert len(elsewhere) == 1
    target = urlsplit(elsewhere[0])
    assert (target.scheme, target.hostname, target.path) == ("https", "toot.example", "/share")
    text = parse_qs(target.query)["text"][0]
    assert text.startswith("Container queues grow http") and text.endswith("/articles/queues/")
    assert errors == []


AXE_JS = (
    Path(os.environ.get("MASTHEAD_TEST_TOOLS") or Path.home() / ".cache/masthead/test-tools")
    / "node_modules/axe-core/axe.min.js"
)


def test_sharing_pages_pass_axe(live_server, outlet, reader) -> None:
    """The share links, both kinds of republish page and the Mastodon question (the page
    checks cover the whole site; this keeps these pages covered where they are built)."""
    if not AXE_JS.exists():
        if os.environ.get("CI"):
            pytest.fail(f"axe-core is missing ({AXE_JS}): ./scripts/test.sh installs it")
        pytest.skip(f"axe-core is missing ({AXE_JS})")
    nd = LicenceFactory(code="CC-BY-ND-4.0", name="CC BY-ND 4.0", allows_derivatives=False)
    publish_article(
        outlet,
        title="Grain ships",
        slug="grain-ships",
        partner=PartnerPublicationFactory(name="Harbour Ledger", default_licence=nd),
    )
    page, elsewhere, errors = reader
    base = f"{live_server.url}"
    share = "/share/mastodon/?url=http%3A%2F%2Flocalhost%2Farticles%2Fqueues%2F&text=Queues"
    problems = []
    for path in (
        "/articles/queues/",
        "/articles/queues/republish/",
        "/articles/grain-ships/republish/",
        share,
        share + "&instance=not%20a%20server",
    ):
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        page.evaluate(f"() => {{ {AXE_JS.read_text(encoding='utf-8')}\n}}")
        result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            targets = [" ".join(node["target"]) for node in violation["nodes"]][:3]
            problems.append(f"{path}: {violation['id']} {targets}")
    assert problems == []
    assert elsewhere == [] and page.evaluate("window.__violations") == [] and errors == []


def test_without_javascript_everything_is_a_plain_link(live_server, outlet, browser) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/articles/queues/")
        top = page.get_by_role("navigation", name="Share this article")
        expect(top.get_by_role("button", name="Share…")).to_be_hidden()
        copy = top.get_by_role("link", name="Copy link")
        assert (copy.get_attribute("href") or "").endswith("/articles/queues/")
        page.goto(f"{live_server.url}/articles/queues/republish/")
        expect(page.get_by_role("button", name="Copy the HTML")).to_be_hidden()
        expect(page.locator("#kit-html")).to_be_visible()
        assert "<h1>Container queues grow</h1>" in page.locator("#kit-html").input_value()
    finally:
        context.close()
