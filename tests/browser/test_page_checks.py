"""Page checks for every kind of reader page: valid HTML, accessible, first-party only.

The project's definition of done asks reader pages for 0 Nu HTML Checker errors, 0 axe-core
violations and no third-party request. Both tools come from the npm registry, installed by
scripts/test.sh into a cache folder outside the repository (MASTHEAD_TEST_TOOLS); the Nu
checker runs on Debian's Java. Without them the checks skip locally and fail under CI.

To check another reader page, add one line to PAGES (and, if it needs content, build it in the
``pages`` fixture). docs/explanation/page-checks.md says what each check covers.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import Browser, ConsoleMessage, Request
from wagtail.models import Locale
from wagtail.rich_text import RichText

from masthead.comments.factories import CommentFactory
from masthead.images.factories import CustomImageFactory
from masthead.membership.models import MembershipSettings, Plan
from masthead.newsletters import issues as newsletter_issues
from masthead.newsletters.factories import SubscriberFactory
from masthead.newsletters.tokens import confirm_token, manage_token
from masthead.people.factories import AuthorFactory
from masthead.stories.models import CorrectionNote
from masthead.taxonomy.factories import InDepthReportFactory, RegionFactory, ThemeFactory
from masthead.testing import (
    ND_LICENCE_URL,
    build_outlet,
    harbour_ledger,
    publish_article,
    publish_in_french,
    translate,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class Checked(NamedTuple):
    name: str  # names the page in failures and its screenshot files
    path: str  # "{own}" and the like: ids of what the ``pages`` fixture made
    status: int = 200
    html: bool = True  # False: a plain-text page, checked in the browser only
    reader: bool = False  # True: opened signed in as a reader (session cookie)


SHARED = "http%3A%2F%2Flocalhost%2Farticles%2Fgrain-ships%2F"


# Every kind of reader page, with the content the ``pages`` fixture builds.
PAGES: list[Checked] = [
    Checked("home", "/"),
    Checked("home-fr", "/fr/"),
    Checked("home-ar", "/ar/"),
    Checked("archive", "/articles/"),
    Checked("article-own", "/articles/harbour-night-shift/"),
    Checked("article-republished", "/articles/grain-ships/"),
    Checked("article-fr", "/fr/articles/ferries-du-nord/"),
    Checked("article-ar-translated", "/ar/articles/grain-ships/"),
    Checked("print", "/articles/grain-ships/print/"),
    Checked("authors", "/authors/"),
    Checked("author", "/authors/ines-alvarado/"),
    Checked("regions", "/regions/"),
    Checked("region", "/regions/sahel/"),
    Checked("themes", "/themes/"),
    Checked("theme", "/themes/water-climate/"),
    Checked("reports", "/reports/"),
    Checked("report", "/reports/harbour-cities/"),
    Checked("search-empty-form", "/search/"),
    Checked("search-results", "/search/?q=grain"),
    Checked("search-no-results", "/search/?q=zeppelin"),
    Checked("not-found", "/no-such-page/", 404),
    Checked("article-text", "/articles/grain-ships/text/", html=False),
    Checked("republish-kit", "/articles/harbour-night-shift/republish/"),
    Checked("republish-kit-partner", "/articles/grain-ships/republish/"),
    Checked("share-mastodon", f"/share/mastodon/?url={SHARED}&text=Grain"),
    Checked("share-mastodon-error", f"/share/mastodon/?url={SHARED}&text=Grain&instance=%3F"),
    Checked("comment-new", "/comments/{own}/new/"),
    Checked("comment-reply", "/comments/{comment}/reply/"),
    Checked("comment-report", "/comments/{comment}/report/"),
    Checked("sign-in", "/account/login/"),
    Checked("sign-up", "/account/signup/"),
    Checked("sign-in-by-code", "/account/login/code/"),
    Checked("password-reset", "/account/password/reset/"),
    Checked("comment-form", "/comments/{own}/new/", reader=True),
    Checked("account-profile", "/account/", reader=True),
    Checked("account-email", "/account/email/", reader=True),
    Checked("account-password", "/account/password/change/", reader=True),
    Checked("account-delete", "/account/delete/", reader=True),
    Checked("membership-plans", "/membership/"),
    Checked("membership-plans-fr", "/fr/membership/"),
    Checked("membership-join", "/membership/join/{plan}/", reader=True),
    Checked("membership-donate", "/membership/donate/?frequency=once&amount=10", reader=True),
    Checked("membership-thanks", "/membership/thanks/", reader=True),
    Checked("membership-area", "/account/membership/", reader=True),
    Checked("newsletter-subscribe", "/newsletters/subscribe/"),
    Checked("newsletter-sent", "/newsletters/subscribe/sent/"),
    Checked("newsletter-confirm", "/newsletters/confirm/{nl_confirm}/"),
    Checked("newsletter-invalid-link", "/newsletters/confirm/forged/", 404),
    Checked("newsletter-preferences", "/newsletters/preferences/{nl_manage}/"),
    Checked("newsletter-unsubscribe", "/newsletters/unsubscribe/{nl_manage}/"),
    Checked("newsletter-archive", "/newsletters/archive/"),
    Checked("newsletter-issue", "/newsletters/archive/{nl_issue}/"),
]

WIDTHS = {"phone": 390, "desktop": 1280}
TOOLS = Path(
    os.environ.get("MASTHEAD_TEST_TOOLS") or Path.home() / ".cache" / "masthead" / "test-tools"
)
VNU_JAR = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = TOOLS / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "page-checks"


def require(tool: Path | None, what: str) -> Path:
    """Skip when a checking tool is missing here; under CI, fail instead."""
    if tool is not None and tool.exists():
        return tool
    message = f"{what} is missing ({tool or 'not on PATH'}): ./scripts/test.sh installs it"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def vnu() -> list[str]:
    """The command that runs the Nu HTML Checker (asked for before the outlet is built)."""
    java = shutil.which("java")
    require(Path(java) if java else None, "Java (Debian's default-jre-headless)")
    return [str(java), "-jar", str(require(VNU_JAR, "The Nu HTML Checker (npm vnu-jar)"))]


@pytest.fixture
def axe_source() -> str:
    return require(AXE_JS, "axe-core (npm axe-core)").read_text(encoding="utf-8")


@pytest.fixture
def pages() -> list[Checked]:
    """PAGES on an outlet in English, French and Arabic that holds one of each kind of page."""
    outlet = build_outlet("The Test Courier")
    for code in ("fr", "ar"):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        outlet.home.copy_for_translation(locale).save_revision().publish()
        for section in outlet.home.get_children().specific():
            section.copy_for_translation(locale).save_revision().publish()
    writer = AuthorFactory(
        name="Ines Alvarado", slug="ines-alvarado", bio="<p>Ines covers ports and shipping.</p>"
    )
    photographer = AuthorFactory(name="Amara Osei", slug="amara-osei")
    region = RegionFactory(name="Sahel", slug="sahel")
    theme = ThemeFactory(name="Water & Climate", slug="water-climate")
    report = InDepthReportFactory(name="Harbour Cities", slug="harbour-cities", featured=True)
    photo = CustomImageFactory(title="Grain silos at the quay", credit="Port Authority archive")
    body = [
        ("paragraph", RichText("<p>Grain ships wait <b>eleven days</b> for a berth.</p>")),
        ("subheading", "Why the queue grew"),
        ("image", {"image": photo, "caption": "Silos at dawn", "credit": ""}),
        ("quote", {"text": "We have never waited this long.", "attribution": "A pilot"}),
        (
            "media_link",
            {"url": "https://video.example/grain", "title": "The queue", "provider": "Archive"},
        ),
    ]
    republished = publish_article(
        outlet,
        title="Why the grain ships wait",
        slug="grain-ships",
        lead="<p>Ships wait eleven days for a berth at the grain quay.</p>",
        date=datetime.date(2024, 3, 5),
        body=body,
        authors=[(writer, "author"), (photographer, "photographer")],
        regions=[region],
        themes=[theme],
        reports=[report],
        featured_image=CustomImageFactory(credit="Harbour Ledger / M. Ortiz"),
        partner=harbour_ledger(url=ND_LICENCE_URL, allows_derivatives=False),
        original_url="https://harbourledger.example/grain",
        original_date=datetime.date(2024, 3, 1),
    )
    own = publish_article(
        outlet,
        title="The harbour's night shift",
        slug="harbour-night-shift",
        lead="<p>Crane drivers work through the night to clear the queue.</p>",
        date=datetime.date(2024, 3, 6),
        authors=[(writer, "author")],
        regions=[region],
        featured_image=CustomImageFactory(credit="The Test Courier"),
    )
    publish_in_french(
        outlet, title="Les ferries du nord reprennent", slug="ferries-du-nord", lead="<p>Enfin.</p>"
    )
    translate(republished, "ar", title="لماذا تنتظر سفن الحبوب")
    # A dated note (masthead/stories/), on the English and the Arabic version alike.
    CorrectionNote.objects.create(
        translation_key=republished.translation_key,
        page=republished,
        kind="correction",
        text="An earlier version gave the wrong waiting time.",
    )
    comment = CommentFactory(page=own, body="Night crews *deserve* a [raise](https://pay.example).")
    CommentFactory(page=own, parent=comment, in_reply_to=comment, body="They do.")
    plan = Plan.objects.create(name="Reader", amount=Decimal("6"), benefits="The editor's letter")
    rules = MembershipSettings.for_site(outlet.site)
    rules.bank_details = "Courier Media Ltd\nIBAN XX00 1111 2222 3333"
    rules.save()
    outlet.settings.republish_permission = "<p>Republish our own reporting, unedited.</p>"
    outlet.settings.save()
    subscriber = SubscriberFactory(email="pages@inbox.example", status="pending")
    issue = newsletter_issues.build_digest("weekly")
    assert issue is not None
    issue.status = "sent"
    issue.save()
    ids = {
        "own": own.pk,
        "comment": comment.pk,
        "nl_confirm": confirm_token(subscriber),
        "nl_manage": manage_token(subscriber),
        "nl_issue": issue.pk,
    }
    ids["plan"] = plan.pk
    return [checked._replace(path=checked.path.format(**ids)) for checked in PAGES]


@pytest.fixture
def session() -> str:
    """The session cookie of a signed-in reader whose email address is confirmed."""
    reader = get_user_model().objects.create_user("marta", "marta@readers.example", "pw-marta-1")
    EmailAddress.objects.create(user=reader, email=reader.email, verified=True, primary=True)
    client = Client()
    client.force_login(reader)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def fetch(base: str, checked: Checked, session: str) -> bytes:
    """The page's bytes as a reader's browser receives them, whatever its status."""
    request = urllib.request.Request(base + checked.path)  # noqa: S310 — live_server
    if checked.reader:
        request.add_header("Cookie", f"{settings.SESSION_COOKIE_NAME}={session}")
    try:
        with urllib.request.urlopen(request) as response:  # noqa: S310 — live_server
            status, html = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, html = error.code, error.read()
    assert status == checked.status, f"{checked.path} answered {status}"
    return html


def test_reader_pages_have_no_nu_html_errors(
    vnu: list[str], live_server, pages: list[Checked], session: str
) -> None:
    with tempfile.TemporaryDirectory(prefix="masthead-vnu-") as folder:
        files = {}
        for checked in (checked for checked in pages if checked.html):
            file = Path(folder) / f"{checked.name}.html"
            file.write_bytes(fetch(live_server.url, checked, session))
            files[file.name] = checked
        # One JVM for every page; the report is JSON on stderr, and exit 1 means "errors".
        run = subprocess.run(  # noqa: S603 — our own tool, fixed arguments
            [*vnu, "--errors-only", "--format", "json", *sorted(files)],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=300,
        )
    report = json.loads(run.stderr or run.stdout)
    errors = [
        f"{files[Path(urlsplit(m['url']).path).name].path} line {m.get('lastLine', '?')}: "
        f"{m['message']}  [{m.get('extract', '').strip()}]"
        for m in report["messages"]
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert run.returncode in (0, 1), run.stderr
    assert not errors, f"{len(errors)} Nu HTML Checker errors:\n" + "\n".join(errors)


@dataclass
class Watch:
    """What the browser did while the checked pages were open."""

    origin: str
    requests: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)

    def on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console.append(f"{message.location.get('url')}: {message.text}")

    def third_party(self) -> list[str]:
        """Requests anywhere but the site itself (data: URLs stay inside the page)."""
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme != "data"
            and f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" != self.origin
        ]


def axe_violations(page: Any, axe_source: str) -> list[dict[str, Any]]:
    """Run axe-core in the page: evaluated over the DevTools protocol, so the page's own CSP
    (no inline script) stays in force and blocks nothing of axe's."""
    page.evaluate(f"() => {{ {axe_source}\n}}")
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return list(result["violations"])


@pytest.fixture
def artifacts() -> Path:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS


@pytest.mark.browser
def test_reader_pages_pass_axe_with_first_party_requests_only(
    axe_source: str,
    live_server,
    pages: list[Checked],
    session: str,
    browser: Browser,
    artifacts: Path,
) -> None:
    watch = Watch(origin=live_server.url)
    problems: list[str] = []
    cookie = {"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}
    for width_name, width in WIDTHS.items():
        tabs = {}  # one browser context per width for passers-by, one for the signed-in reader
        for reader in (False, True):
            context = browser.new_context(viewport={"width": width, "height": 900})
            if reader:
                context.add_cookies([cookie])  # type: ignore[list-item]
            context.on("request", watch.on_request)
            tabs[reader] = context.new_page()
            tabs[reader].on("console", watch.on_console)
            tabs[reader].on("pageerror", lambda error: watch.console.append(f"page error: {error}"))
        for checked in pages:
            page = tabs[checked.reader]
            response = page.goto(live_server.url + checked.path)
            assert response is not None and response.status == checked.status, checked.path
            page.wait_for_load_state("networkidle")
            page.screenshot(path=artifacts / f"{width_name}-{checked.name}.png", full_page=True)
            for violation in axe_violations(page, axe_source) if checked.html else []:
                targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"])
                problems.append(
                    f"{width_name} {checked.path}: {violation['id']} ({violation['impact']}) "
                    f"{violation['help']} — {targets}"
                )
        for page in tabs.values():
            page.context.close()
    # Chromium logs the 404 page's own status as a console error; that one is expected.
    missing = {live_server.url + c.path for c in pages if c.status == 404}
    console = [line for line in watch.console if line.split(": ")[0] not in missing]
    assert watch.requests, "the browser recorded no requests"
    assert not problems, f"{len(problems)} axe violations:\n" + "\n".join(problems)
    assert not watch.third_party(), f"third-party requests: {watch.third_party()}"
    assert not console, "console errors:\n" + "\n".join(console)
