"""Check a served demo outlet as a newcomer would: `MASTHEAD_SMOKE=1 ./scripts/demo.sh` runs it.

Standard library only, so it runs in a virtualenv that holds Masthead's runtime dependencies and
nothing else. It follows links the way a reader does (front page → an article → its French
version), fetches a feed and the search page, and signs in to the admin with the printed login.
Exits non-zero, naming the step, on the first thing that fails.

    python scripts/smoke_demo.py http://127.0.0.1:PORT USERNAME PASSWORD
"""

from __future__ import annotations

import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

ARTICLE_LINK = re.compile(r'href="(/articles/[^"/]+/)"')
FRENCH_ARTICLE_LINK = re.compile(r'href="(/fr/articles/[^"/]+/)"')


class SmokeFailure(Exception):
    pass


class Browser:
    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def get(self, path: str, expect: str = "", data: dict[str, str] | None = None) -> str:
        url = self.base + path
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(url, data=body)  # noqa: S310 — our own http server
        if data is not None:
            request.add_header("Referer", url)
        try:
            with self.opener.open(request, timeout=30) as response:
                text = response.read().decode("utf-8", "replace")
                final = response.geturl()
        except urllib.error.HTTPError as exc:
            raise SmokeFailure(f"{path}: HTTP {exc.code}") from exc
        except OSError as exc:
            raise SmokeFailure(f"{path}: {exc}") from exc
        if expect and expect not in text:
            raise SmokeFailure(f"{path}: the page does not contain {expect!r} (ended at {final})")
        print(f"ok  {path}")
        return text

    def wait_until_up(self, seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                with urllib.request.urlopen(self.base + "/robots.txt", timeout=5):  # noqa: S310
                    return
            except OSError as exc:
                if time.monotonic() > deadline:
                    raise SmokeFailure(f"the server did not answer within {seconds:.0f} s") from exc
                time.sleep(0.5)


def first(pattern: re.Pattern[str], html: str, what: str) -> str:
    match = pattern.search(html)
    if match is None:
        raise SmokeFailure(f"no link to {what} found")
    return match.group(1)


def run(base: str, username: str, password: str) -> None:
    browser = Browser(base)
    browser.wait_until_up()
    home = browser.get("/", expect="<main")
    browser.get(first(ARTICLE_LINK, home, "an article on the front page"), expect="<article")
    french_home = browser.get("/fr/", expect='lang="fr"')
    browser.get(first(FRENCH_ARTICLE_LINK, french_home, "a French article"), 'lang="fr"')
    browser.get("/feeds/rss/", expect="<rss")
    browser.get("/search/?q=water", expect="<main")
    login = browser.get("/admin/login/", expect="csrfmiddlewaretoken")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login)
    if token is None:
        raise SmokeFailure("/admin/login/: no CSRF token in the form")
    browser.get(
        "/admin/login/",
        expect="Dashboard",
        data={
            "csrfmiddlewaretoken": token.group(1),
            "username": username,
            "password": password,
            "next": "/admin/",
        },
    )


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        run(argv[1], argv[2], argv[3])
    except SmokeFailure as exc:
        print(f"SMOKE FAILED: {exc}", file=sys.stderr)
        return 1
    print("Smoke test passed: the demo serves its pages and the editor can sign in.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
