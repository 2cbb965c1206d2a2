"""Security headers on every response: Content-Security-Policy and Permissions-Policy.

Three policies, chosen by path (docs/decisions/0090, 0091):

- reader pages (everything not below the admin or the upload prefixes) run no inline script or
  style: ``script-src 'self'`` and ``style-src 'self'`` with no nonce, because the page cache
  replays a stored page's headers to every reader and a nonce must never be reused;
- the Wagtail admin, which renders inline ``<script>`` from its widgets and panels and inserts
  more at run time (an inline panel's "Add" button), so it allows inline script and style;
- uploaded files (media, documents) may run nothing at all, as Wagtail's own serve views do.

The middleware sits right below Django's SecurityMiddleware and above WhiteNoise, so static
files, error pages and the responses the page cache stores all carry the same headers.
Cross-Origin-Opener-Policy comes from Django (``SECURE_CROSS_ORIGIN_OPENER_POLICY``).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from functools import cache
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import HttpRequest, HttpResponseBase
from PIL import Image

Policy = dict[str, list[str]]

SELF = "'self'"
NONE = "'none'"

READER_POLICY: Policy = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "media-src": [SELF],
    "object-src": [NONE],
    "frame-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    # Nobody frames a reader page, not even this site (X-Frame-Options says DENY as well).
    "frame-ancestors": [NONE],
}

# Wagtail 8 writes inline <script> in choosers (admin/widgets/chooser.py), InlinePanel and
# date widgets, and an inline panel's "Add" inserts a copy of those scripts at run time, which
# neither a nonce stamped on the page nor a hash of it could allow (docs/decisions/0091).
ADMIN_POLICY: Policy = {
    **READER_POLICY,
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    # The live preview panel frames the admin's own preview view.
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
    "worker-src": [SELF, "blob:"],
}

# Uploaded files are shown by the browser itself and run nothing (Wagtail's serve views send
# ``default-src 'none'`` too). No sandbox: Chromium would not show a sandboxed PDF.
UPLOAD_POLICY: Policy = {
    "default-src": [NONE],
    "base-uri": [NONE],
    "form-action": [NONE],
    "frame-ancestors": [NONE],
}

# Powerful features no page of a news site uses; each denied to the page and any frame in it.
# Only names Chromium and Firefox know: an unknown one is a console error on every page.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


def render_policy(policy: Policy) -> str:
    """``Policy`` as a header value, directives in the order given."""
    return "; ".join(" ".join([name, *sources]) for name, sources in policy.items())


@cache
def media_origins() -> tuple[str, ...]:
    """The origin of uploaded images when it is not this site (an S3 bucket or CDN host)."""
    origins = []
    for url in (settings.MEDIA_URL, default_storage.url("csp-probe.jpg")):
        parts = urlsplit(url)
        if parts.scheme and parts.netloc:
            origins.append(f"{parts.scheme}://{parts.netloc}")
    return tuple(dict.fromkeys(origins))


def with_media(policy: Policy) -> Policy:
    """``policy`` with the media origin allowed for images, audio and video."""
    extra = list(media_origins())
    if not extra:
        return policy
    return {
        **policy,
        "img-src": [*policy["img-src"], *extra],
        "media-src": [*policy.get("media-src", [SELF]), *extra],
    }


@cache
def headers_for(kind: str) -> tuple[tuple[str, str], ...]:
    """The headers of one kind of response: "reader", "admin" or "upload"."""
    policy = {
        "reader": lambda: with_media(READER_POLICY),
        "admin": lambda: with_media(ADMIN_POLICY),
        "upload": lambda: UPLOAD_POLICY,
    }[kind]()
    return (
        ("Content-Security-Policy", render_policy(policy)),
        ("Permissions-Policy", PERMISSIONS_POLICY),
    )


class SecurityHeadersMiddleware:
    """Adds the policy headers, keeping any a view set for itself (Wagtail's serve views)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        self.admin_prefixes = ("/admin/",)
        self.upload_prefixes = tuple(
            prefix for prefix in (settings.MEDIA_URL, "/documents/") if prefix.startswith("/")
        )

    def kind(self, request: HttpRequest) -> str:
        path = request.path_info
        if path.startswith(self.admin_prefixes):
            return "admin"
        if path.startswith(self.upload_prefixes):
            return "upload"
        return "reader"

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            # Wagtail renders a preview through the whole middleware stack with the page's
            # own path; the admin view that returns it adds the admin's headers.
            return response
        for name, value in headers_for(self.kind(request)):
            response.headers.setdefault(name, value)
        return response


def limit_image_pixels() -> None:
    """Make Pillow refuse images over ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` wherever it opens one.

    Wagtail checks the pixel count of an upload; this covers every other path (renditions,
    importers). Pillow only warns between its limit and twice that, so the warning is made
    an error: a decompression bomb is refused when its header is read, before it is decoded.
    """
    Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    warnings.simplefilter("error", Image.DecompressionBombWarning)
