"""Share links: plain addresses, so no request reaches those sites until a reader clicks.

Each service gets the article's own address and its title, percent-encoded as RFC 3986 asks
(spaces as %20, never "+", which mail programs print literally). The email link carries the
title, the lead, the address and the attribution lines, so a forwarded article keeps its
source and copyright wherever it lands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from django.urls import reverse
from django.utils.translation import gettext

from masthead.core.text import plain_text
from masthead.syndication.provenance import Provenance


def encode(value: str) -> str:
    """Percent-encode every reserved character, UTF-8 first (non-Latin titles included)."""
    return quote(value, safe="")


@dataclass(frozen=True)
class ShareLink:
    """One share target: a stable key (CSS, tests), the visible name and the address."""

    key: str
    name: str
    href: str
    # Links to another site open there; ours (Mastodon's instance question) stay in the tab.
    external: bool = True


def email_body(title: str, lead: str, url: str, provenance: Provenance | None) -> str:
    """Title, lead, link and the attribution lines, as the forwarded email's text."""
    lines = [title, "", lead, "", url]
    if provenance is not None:
        lines.append("")
        source = provenance.source_line()
        if source:
            lines.append(source)
        lines.append(provenance.copyright_line())
    return "\n".join(line.strip() for line in lines)


def mailto(title: str, lead: str, url: str, provenance: Provenance | None) -> str:
    # RFC 6068: line breaks in a body are %0D%0A.
    body = email_body(title, lead, url, provenance).replace("\n", "\r\n")
    return f"mailto:?subject={encode(title)}&body={encode(body)}"


def share_links(
    title: str, lead_html: str, url: str, provenance: Provenance | None = None
) -> list[ShareLink]:
    """Every share link for an article at ``url``, in the order readers see them."""
    lead = " ".join(plain_text(lead_html).split())
    text = encode(title)
    link = encode(url)
    both = encode(f"{title} {url}")
    mastodon = reverse("sharing_mastodon") + f"?url={link}&text={text}"
    return [
        ShareLink("email", gettext("Email"), mailto(title, lead, url, provenance), False),
        ShareLink("x", "X", f"https://x.com/intent/tweet?text={text}&url={link}"),
        ShareLink("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={link}"),
        ShareLink("telegram", "Telegram", f"https://t.me/share/url?url={link}&text={text}"),
        ShareLink("whatsapp", "WhatsApp", f"https://wa.me/?text={both}"),
        ShareLink("reddit", "Reddit", f"https://www.reddit.com/submit?url={link}&title={text}"),
        ShareLink(
            "linkedin", "LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={link}"
        ),
        ShareLink("bluesky", "Bluesky", f"https://bsky.app/intent/compose?text={both}"),
        ShareLink("mastodon", "Mastodon", mastodon, False),
    ]


# One DNS label (after IDNA encoding): letters, digits and inner hyphens, at most 63.
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_USER = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")  # the name in a handle, @name@server
_TLD = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")


def mastodon_instance(text: str) -> str | None:
    """The host name of the reader's Mastodon server, or None if ``text`` is not one.

    Readers type "mastodon.social", "https://mastodon.social/" or their handle
    "@me@mastodon.social"; anything with a path, a port, credentials or an IP address is
    refused, so the redirect can only ever go to https://<host>/share.
    """
    value = text.strip()
    if "@" in value:
        user, _, value = value.removeprefix("@").partition("@")
        if not _USER.match(user):
            return None
    for scheme in ("https://", "http://"):
        if value.lower().startswith(scheme):
            value = value[len(scheme) :]
    value = value.removesuffix("/").rstrip(".")
    if not value or len(value) > 253 or any(c in value for c in "/?#:\\@ \t%[]"):
        return None
    try:
        host = value.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return None
    if not _TLD.match(labels[-1]):
        return None
    return host


def mastodon_share_url(host: str, text: str, url: str) -> str:
    """Mastodon's share page on the reader's own server (``/share?text=``)."""
    return f"https://{host}/share?text={encode(f'{text} {url}'.strip())}"
