"""One spelling per original address, so the same article's URL matches however it was written."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

_OTHER_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)")

# Query parameters that say how a reader arrived, never which article it is.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "ref",
        "ref_src",
        "src",
        "cmpid",
        "ito",
        "_ga",
        "yclid",
    }
)


def normalise_url(url: str) -> str:
    """``host/path?query`` without scheme, ``www.``, default port, trailing slash, fragment and
    tracking parameters (``utm_*`` and the ones above); empty for something that is no web
    address. The remaining query parameters are sorted: their order never names an article."""
    text = (url or "").strip()
    if not text:
        return ""
    if "://" not in text:
        if _OTHER_SCHEME.match(text):
            return ""  # mailto:, tel:, urn:… name no web page
        text = "http://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    kept = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not name.lower().startswith("utm_") and name.lower() not in TRACKING_PARAMETERS
    )
    query = f"?{urlencode(kept)}" if kept else ""
    return f"{host}{path}{query}"[:500]
