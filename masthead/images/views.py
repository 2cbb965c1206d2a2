"""Media files served by Django on the embedded path, with the cache lifetimes browsers need.

A rendition's file name carries its filter spec and focal point, and a replaced original gets
a new name, so a rendition URL never shows other pixels: browsers and CDNs may keep it for a
year without asking again. Originals (editors link to them rarely) are kept for a day.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import patch_cache_control
from django.views.static import serve

RENDITIONS_FOLDER = "images/"
YEAR = 365 * 24 * 60 * 60
DAY = 24 * 60 * 60


def serve_media(request: HttpRequest, path: str) -> HttpResponseBase:
    """Serve a file under MEDIA_ROOT (404 when missing), with Cache-Control on a 200 or 304."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if path.startswith(RENDITIONS_FOLDER):
        patch_cache_control(response, public=True, max_age=YEAR, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=DAY)
    return response
