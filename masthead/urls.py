from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpRequest, HttpResponseBase
from django.urls import URLPattern, URLResolver, include, path, re_path
from django.utils.cache import patch_cache_control
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from masthead.images.views import serve_media


def favicon(request: HttpRequest) -> HttpResponseBase:
    """/favicon.ico, which browsers and feed readers ask for whatever the page links to."""
    response = serve(request, "favicon.ico", document_root=str(settings.PROJECT_DIR / "static"))
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response


urlpatterns: list[URLPattern | URLResolver] = [
    path("favicon.ico", favicon, name="favicon"),
    path("", include("masthead.discovery.urls")),
    path("", include("masthead.sharing.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("comments/", include("masthead.comments.urls")),
    path("newsletters/", include("masthead.newsletters.urls")),
    path("membership/", include("masthead.membership.urls")),
    path("account/membership/", include("masthead.membership.account_urls")),
    path("account/", include("masthead.accounts.urls")),
]

if settings.SERVE_MEDIA:
    # The embedded path keeps uploads on local disk and serves them from Django; a scaled-out
    # site puts them in object storage behind a CDN and turns this off.
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_media),
    ]

urlpatterns += i18n_patterns(
    path("", include("masthead.discovery.i18n_urls")),
    path("", include("masthead.sharing.i18n_urls")),
    path("", include("masthead.membership.i18n_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
