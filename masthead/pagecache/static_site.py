"""The public site as files (``manage.py publish_static DIR``), for nginx or a CDN.

Each reader page the page cache would store is written with its ``.gz`` and ``.br`` beside it:
``/articles/x/`` as ``articles/x/index.html``, a feed as ``feeds/rss/index.rss``, the second
page of a list as ``articles/page-2.html``, ``/robots.txt`` as ``robots.txt``. Pages are found
by crawling the site from its front pages, sitemaps and robots.txt, so whatever a reader can
reach by a link is written, in every language. After a publish the warm task rewrites the
pages it renders again and deletes those that are gone (``MASTHEAD_STATIC_DIR``).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from django.core.handlers.wsgi import WSGIHandler

from masthead.pagecache.entry import Entry
from masthead.pagecache.services import _environ, _ignore_start
from masthead.pagecache.stores import FileStore, MemoryStore, Store, _write_atomically
from masthead.pagecache.wsgi import PageCacheApp

INDEX_FOLDER = ".masthead-index"
LINK = re.compile(r"""(?:href|src)=["']([^"'#]+)""")
LOC = re.compile(r"<loc>\s*([^<\s]+)\s*</loc>")
SITEMAP_LINE = re.compile(r"^Sitemap:\s*(\S+)", re.MULTILINE)
SUFFIXES = {
    "text/html": ".html",
    "application/rss+xml": ".rss",
    "application/atom+xml": ".atom",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/plain": ".txt",
    "application/json": ".json",
}


def file_path(root: Path, url: str, content_type: str) -> Path:
    """Where ``url`` lives under ``root`` (the page number becomes part of the name)."""
    parts = urlsplit(url)
    path = parts.path
    match = re.fullmatch(r"page=([1-9][0-9]*)", parts.query)
    suffix = SUFFIXES.get(content_type.split(";")[0].strip(), ".html")
    if path.endswith("/"):
        name = f"page-{match.group(1)}{suffix}" if match else f"index{suffix}"
        relative = path.lstrip("/") + name
    else:
        relative = path.lstrip("/")
    target = (root / relative).resolve()
    if root.resolve() not in target.parents:
        raise ValueError(f"{url} would be written outside {root}")
    return target


class StaticSite:
    """Renders reader pages through the page cache's rules and writes them under ``root``."""

    def __init__(self, root: str | Path, store: Store | None = None) -> None:
        """``store``: the page cache's own, to reuse pages it holds (after a warm-up)."""
        self.root = Path(root)
        # Which written file shows what (tags, like the page store), so a purge finds every
        # file to rewrite even when the page store no longer holds that page.
        self.index = FileStore(self.root / INDEX_FOLDER)
        self.django = WSGIHandler()
        self.shared = store
        self.scratch = MemoryStore(max_bytes=256 * 1024 * 1024)
        self.app = PageCacheApp(self.django, store=store or self.scratch)
        self.fresh = PageCacheApp(self.django, store=self.scratch)

    def render(self, url: str) -> Entry | None:
        """The page as the cache would store it; None when it is not a storable reader page."""
        entry = self._through(self.app, url)
        if entry is None and self.shared is not None:
            # Not kept by the shared store (a purge raced the rendering): render it here.
            entry = self._through(self.fresh, url)
        return entry

    def _through(self, app: PageCacheApp, url: str) -> Entry | None:
        parts = urlsplit(url)
        environ = _environ(parts.scheme or "http", parts.netloc, parts.path or "/", parts.query)
        key = app.key(environ)
        if key is None:
            return None
        body = app(environ, _ignore_start)
        for _chunk in body:
            pass
        if hasattr(body, "close"):
            body.close()
        entry = app.store.get(key)
        self.scratch.clear()
        return entry

    def write(self, url: str, entry: Entry) -> Path:
        content_type = next((v for k, v in entry.headers if k.lower() == "content-type"), "")
        path = file_path(self.root, url, content_type)
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, entry.bodies["identity"])
        marker = Entry(entry.status, [], {"identity": b""}, entry.etag, entry.tags, url)
        self.index.put(url, marker)
        for encoding, extension in (("gzip", ".gz"), ("br", ".br")):
            variant = Path(f"{path}{extension}")
            if encoding in entry.bodies:
                _write_atomically(variant, entry.bodies[encoding])
            else:
                variant.unlink(missing_ok=True)
        return path

    def remove(self, url: str) -> None:
        for suffix in set(SUFFIXES.values()):
            path = file_path(self.root, url, _type_for(suffix))
            for name in (path, Path(f"{path}.gz"), Path(f"{path}.br")):
                name.unlink(missing_ok=True)

    def refresh(self, urls: Iterable[str]) -> int:
        """Write ``urls`` again, or delete their files when they are no longer reader pages."""
        written = 0
        for url in urls:
            entry = self.render(url)
            if entry is None:
                self.remove(url)
            else:
                self.write(url, entry)
                written += 1
        return written

    def crawl(self, start: Iterable[str], limit: int = 100_000) -> Iterator[str]:
        """Write every reader page reachable from ``start`` on the same hosts; yields URLs."""
        queue = deque(dict.fromkeys(start))
        hosts = {urlsplit(url).netloc for url in queue}
        seen = set(queue)
        while queue and len(seen) <= limit:
            url = queue.popleft()
            entry = self.render(url)
            if entry is None:
                continue
            self.write(url, entry)
            yield url
            text = entry.bodies["identity"].decode("utf-8", "replace")
            found = LINK.findall(text) + LOC.findall(text) + SITEMAP_LINE.findall(text)
            for link in found:
                target = urljoin(url, unescape(link))
                parts = urlsplit(target)
                if parts.scheme in ("http", "https") and parts.netloc in hosts:
                    target = parts._replace(fragment="").geturl()
                    if target not in seen:
                        seen.add(target)
                        queue.append(target)


def purge_index(root: str | Path, tags: Iterable[str]) -> list[str]:
    """The written URLs that carry one of ``tags`` (forgotten until written again)."""
    return FileStore(Path(root) / INDEX_FOLDER).purge(tags)


def _type_for(suffix: str) -> str:
    return next(t for t, s in SUFFIXES.items() if s == suffix)
