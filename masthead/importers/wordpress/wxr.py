"""Read a WordPress export (WXR, an RSS file with ``wp:`` elements) one item at a time.

:func:`read_wxr` streams the file with ``lxml.etree.iterparse`` and clears each item once it
has been handed out, so memory stays flat however many posts the file holds. The parser is
built safe for files from elsewhere: no DTD loading, no entity expansion, no network.

Everything wrong with the file is a :class:`WxrError` naming the line and the element, worded
for the editor who exported it ("line 212, <wp:post_date>: '2021-13-40' is not a date").
Nothing here touches the database.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from django.utils import timezone
from lxml import etree

# WXR 1.0, 1.1 and 1.2 differ only in the version in these URIs.
_WP_PREFIX = "http://wordpress.org/export/"
_NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}
_ZERO_DATE = "0000-00-00 00:00:00"


class WxrError(ValueError):
    """The file cannot be read as a WordPress export; ``line`` is 1-based."""

    def __init__(self, line: int, element: str, message: str) -> None:
        self.line = line
        self.element = element
        self.message = message
        where = f"line {line}, <{element}>" if element else f"line {line}"
        super().__init__(f"{where}: {message}")


@dataclass
class WxrAuthor:
    login: str
    email: str
    display_name: str
    line: int


@dataclass
class WxrTerm:
    taxonomy: str  # "category", "post_tag" or another taxonomy's name
    slug: str
    name: str
    line: int


@dataclass
class WxrItem:
    """One ``<item>``: a post, page, attachment or anything else WordPress stores as a post."""

    line: int
    post_type: str
    guid: str
    wp_id: int | None
    title: str
    link: str
    creator: str
    content: str
    excerpt: str
    post_name: str
    status: str
    date: datetime.datetime | None
    modified: datetime.datetime | None
    sticky: bool
    parent: int | None
    attachment_url: str
    # (domain, nicename, name): category, post_tag, author (Co-Authors Plus), other taxonomies.
    terms: list[tuple[str, str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class WxrSite:
    title: str = ""
    link: str = ""
    base_site_url: str = ""
    wxr_version: str = ""


WxrEntry = WxrSite | WxrAuthor | WxrTerm | WxrItem


def _name(tag: Any) -> str:
    """``wp:post_id`` for ``{http://wordpress.org/export/1.2/}post_id``; "" for comments/PIs."""
    if not isinstance(tag, str):
        return ""
    if not tag.startswith("{"):
        return tag
    uri, local = tag[1:].split("}", 1)
    if uri.startswith(_WP_PREFIX):
        return f"excerpt:{local}" if uri.rstrip("/").endswith("excerpt") else f"wp:{local}"
    prefix = _NAMESPACES.get(uri)
    return f"{prefix}:{local}" if prefix else local


def _text(element: Any) -> str:
    return (element.text or "").strip() if element is not None else ""


def read_wxr(source: str | IO[bytes]) -> Iterator[WxrEntry]:
    """Yield the site header, then authors, terms and items in file order.

    Raises :class:`WxrError` on broken XML, a file that is not a WordPress export, or an item
    that cannot be imported as it stands (no GUID, an impossible date).
    """
    parser = etree.iterparse(
        source,
        events=("start", "end"),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
    )
    site = WxrSite()
    depth = 0
    open_tags: list[tuple[str, int]] = []
    try:
        for event, element in parser:
            if event == "start":
                name = _name(element.tag)
                open_tags.append((name, element.sourceline or 0))
                depth += 1
                if depth == 1 and name != "rss":
                    raise WxrError(
                        element.sourceline or 1,
                        name,
                        "this is not a WordPress export (WXR): it should start with <rss>; "
                        "export again from Tools → Export in WordPress",
                    )
                continue
            name, _line = open_tags.pop()
            depth -= 1
            if depth == 2:  # a direct child of <channel>
                entry = _channel_child(name, element, site)
                if entry is not None:
                    yield entry
                # Free the element and everything before it: memory stays flat.
                element.clear(keep_tail=False)
                parent = element.getparent()
                while element.getprevious() is not None:
                    del parent[0]
            elif depth == 1 and name == "channel" and not site.wxr_version:
                raise WxrError(
                    element.sourceline or 1,
                    "channel",
                    "the file has no <wp:wxr_version>: it is an RSS feed, not a WordPress "
                    "export; export again from Tools → Export in WordPress",
                )
    except etree.XMLSyntaxError as error:
        line = error.lineno or (open_tags[-1][1] if open_tags else 1)
        element = open_tags[-1][0] if open_tags else ""
        message = error.msg.split(", line ")[0] if error.msg else "the XML is broken"
        raise WxrError(line, element, f"the XML is broken ({message})") from None


def _channel_child(name: str, element: Any, site: WxrSite) -> WxrEntry | None:
    if name == "item":
        return _item(element)
    if name == "wp:author":
        fields = {_name(child.tag): _text(child) for child in element}
        login = fields.get("wp:author_login", "")
        if not login:
            raise WxrError(element.sourceline, "wp:author", "an author without <wp:author_login>")
        return WxrAuthor(
            login=login,
            email=fields.get("wp:author_email", ""),
            display_name=fields.get("wp:author_display_name", "") or login,
            line=element.sourceline,
        )
    if name in ("wp:category", "wp:tag", "wp:term"):
        fields = {_name(child.tag): _text(child) for child in element}
        if name == "wp:category":
            taxonomy, slug, label = "category", "wp:category_nicename", "wp:cat_name"
        elif name == "wp:tag":
            taxonomy, slug, label = "post_tag", "wp:tag_slug", "wp:tag_name"
        else:
            taxonomy = fields.get("wp:term_taxonomy", "")
            slug, label = "wp:term_slug", "wp:term_name"
        return WxrTerm(taxonomy, fields.get(slug, ""), fields.get(label, ""), element.sourceline)
    if name in ("title", "link", "wp:base_site_url", "wp:wxr_version"):
        setattr(site, name.removeprefix("wp:"), _text(element))
        if name == "wp:wxr_version":
            return site
    return None


def _item(element: Any) -> WxrItem:
    line = element.sourceline or 0
    values: dict[str, str] = {}
    lines: dict[str, int] = {}
    terms: list[tuple[str, str, str]] = []
    meta: dict[str, str] = {}
    for child in element:
        name = _name(child.tag)
        if name == "category":
            terms.append((child.get("domain", ""), child.get("nicename", ""), _text(child)))
        elif name == "wp:postmeta":
            pair = {_name(c.tag): (c.text or "") for c in child}
            if pair.get("wp:meta_key"):
                meta[pair["wp:meta_key"]] = pair.get("wp:meta_value", "").strip()
        elif name and name != "wp:comment":
            values[name] = child.text or ""
            lines[name] = child.sourceline or line
    post_type = values.get("wp:post_type", "post").strip() or "post"
    guid = values.get("guid", "").strip()
    if not guid and post_type in ("post", "attachment"):
        raise WxrError(
            line, "item", "a post without a <guid>: the importer matches posts on re-runs by it"
        )

    def number(key: str) -> int | None:
        raw = values.get(key, "").strip()
        if not raw:
            return None
        if not raw.isdigit():
            raise WxrError(lines[key], key, f"'{raw[:40]}' is not a number")
        return int(raw)

    def when(local_key: str, gmt_key: str) -> datetime.datetime | None:
        gmt = values.get(gmt_key, "").strip()
        if gmt and gmt != _ZERO_DATE:
            return _datetime(gmt, lines[gmt_key], gmt_key, datetime.UTC)
        local = values.get(local_key, "").strip()
        if local and local != _ZERO_DATE:
            # Drafts have no GMT date: their local time is read in the site's time zone.
            return _datetime(local, lines[local_key], local_key, timezone.get_current_timezone())
        return None

    return WxrItem(
        line=line,
        post_type=post_type,
        guid=guid,
        wp_id=number("wp:post_id"),
        title=values.get("title", "").strip(),
        link=values.get("link", "").strip(),
        creator=values.get("dc:creator", "").strip(),
        content=values.get("content:encoded", ""),
        excerpt=values.get("excerpt:encoded", "").strip(),
        post_name=values.get("wp:post_name", "").strip(),
        status=values.get("wp:status", "").strip() or "publish",
        date=when("wp:post_date", "wp:post_date_gmt"),
        modified=when("wp:post_modified", "wp:post_modified_gmt"),
        sticky=values.get("wp:is_sticky", "0").strip() == "1",
        parent=number("wp:post_parent") or None,
        attachment_url=values.get("wp:attachment_url", "").strip(),
        terms=terms,
        meta=meta,
    )


def _datetime(raw: str, line: int, element: str, tz: Any) -> datetime.datetime:
    try:
        # Naive on purpose: the caller's zone (GMT or the site's) is attached below.
        naive = datetime.datetime.strptime(raw, "%Y-%m-%d %H:%M:%S")  # noqa: DTZ007
    except ValueError:
        raise WxrError(
            line, element, f"'{raw[:40]}' is not a date and time like 2021-03-14 09:30:00"
        ) from None
    return naive.replace(tzinfo=tz) if tz is datetime.UTC else timezone.make_aware(naive, tz)
