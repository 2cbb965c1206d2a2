"""The plain-text and republish views of an article, Mastodon's instance question and the
republication counter: fetch, check, render."""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlsplit

from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from masthead.articles.models import ArticlePage
from masthead.core import ratelimit
from masthead.core.models import OutletSettings
from masthead.sharing import counter
from masthead.sharing.kit import build_kit, new_kit_id, republication_rights
from masthead.sharing.links import mastodon_instance, mastodon_share_url
from masthead.sharing.text import html_to_text

# The smallest transparent GIF (1×1, one colour, 43 bytes).
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
MAX_SHARE_TEXT = 300


def _article_at(request: HttpRequest, page_path: str) -> ArticlePage | None:
    """The public, live article at ``page_path``; None if the path is not an article."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [part for part in page_path.split("/") if part]
    try:
        page = site.root_page.localized.specific.route(request, components)[0]
    except Http404:
        return None
    if not isinstance(page, ArticlePage):
        return None
    if not ArticlePage.objects.live().public().filter(pk=page.pk).exists():
        raise Http404("Not a public article")
    return page


def _article_context(request: HttpRequest, page: ArticlePage) -> dict[str, Any]:
    context = page.get_context(request)
    context["article_url"] = page.get_full_url(request)
    return context


# --- Plain text -------------------------------------------------------------------------------
@require_safe
def text_article(request: HttpRequest, page_path: str) -> HttpResponse:
    """<article URL>text/: the article as plain text, to paste into a mail or a list.

    Like the print view, any other path ending in "text/" is handed back to Wagtail.
    """
    page = _article_at(request, page_path)
    if page is None:
        return wagtail_serve(request, f"{page_path}text/")
    context = _article_context(request, page)
    base = context["article_url"]
    parts = [html_to_text(page.lead, base)]
    for block in page.body:
        if block.block_type == "paragraph":
            parts.append(html_to_text(str(block.value), base))
        elif block.block_type == "subheading":
            parts.append(str(block.value).upper())
        elif block.block_type == "quote":
            quote = f"“{block.value['text']}”"
            if block.value["attribution"]:
                quote += f"\n— {block.value['attribution']}"
            parts.append(quote)
        elif block.block_type == "image" and block.value.get("caption"):
            parts.append(f"[{gettext('Image')}: {block.value['caption']}]")
        elif block.block_type == "media_link":
            parts.append(f"{block.value['title']} <{block.value['url']}>")
    context["text_parts"] = [part for part in parts if part]
    context["outlet_name"] = OutletSettings.for_request(request).outlet_name
    response = TemplateResponse(
        request, "sharing/article_text.txt", context, content_type="text/plain; charset=utf-8"
    )
    response["X-Robots-Tag"] = "noindex"
    return response


# --- Republish kit ----------------------------------------------------------------------------
@require_safe
def republish_article(request: HttpRequest, page_path: str) -> HttpResponse:
    """<article URL>republish/: the kit to copy, or why not and whom to ask.

    The same for every reader, so the page cache stores it: the kit id in it is random per
    rendering, and share.js gives each reader who copies it a fresh one.
    """
    page = _article_at(request, page_path)
    if page is None:
        return wagtail_serve(request, f"{page_path}republish/")
    context = _article_context(request, page)
    settings = OutletSettings.for_request(request)
    provenance = context["provenance"]
    rights = republication_rights(page, provenance, settings)
    context["rights"] = rights
    context["outlet_settings"] = settings
    if rights.allowed:
        context["kit"] = build_kit(
            request,
            page,
            provenance,
            settings,
            kit_id=new_kit_id(),
            article_url=context["article_url"],
        )
    response = TemplateResponse(request, "sharing/republish.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


# --- Mastodon ---------------------------------------------------------------------------------
def _own_address(request: HttpRequest, url: str) -> bool:
    """Only this site's pages are shared through our Mastodon page: it relays nothing else."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if parts.hostname == request.get_host().rsplit(":", 1)[0]:
        return True
    return Site.objects.filter(hostname=parts.hostname).exists()


@require_safe
def mastodon(request: HttpRequest) -> HttpResponse:
    """Asks for the reader's Mastodon server, then links to its share page.

    A GET form (nothing to protect with a token, nothing per reader in the page); never
    stored by the page cache, never indexed. Not an HTTP redirect: the site's CSP
    (``form-action 'self'``) stops a form whose answer redirects to another site, so the
    answer is a page with the link, which share.js follows at once.
    """
    url = request.GET.get("url", "")
    text = request.GET.get("text", "")[:MAX_SHARE_TEXT]
    if not _own_address(request, url):
        raise Http404("Only this site's articles are shared from here")
    entered = request.GET.get("instance")
    context = {"share_url": url, "share_text": text, "entered": entered or "", "error": ""}
    if entered is not None:
        host = mastodon_instance(entered)
        if host is not None:
            context.update(host=host, target=mastodon_share_url(host, text, url))
        else:
            context["error"] = gettext(
                "That is not the name of a Mastodon server. Type its address, such as "
                "mastodon.social, or your handle, such as @you@mastodon.social."
            )
    response = TemplateResponse(request, "sharing/mastodon.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


# --- Republication counter --------------------------------------------------------------------
def _pixel() -> HttpResponse:
    response = HttpResponse(PIXEL, content_type="image/gif")
    response["Cache-Control"] = "no-store"
    # Republishers' pages show it: it must load there (our own pages never do).
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


@require_safe
def counter_pixel(request: HttpRequest, article_id: str, kit_id: str) -> HttpResponse:
    """/r/<article>/<kit>.gif: count one read of a republished copy, answer a 1×1 GIF.

    Always the GIF (a republisher's page never shows a broken image): nothing is recorded
    when the browser sends Sec-GPC, when the client is over its rate limit, when the article
    is not a live one, or when this reader was already counted today for this copy.
    """
    response = _pixel()
    if request.method != "GET" or request.headers.get("Sec-GPC", "").strip() == "1":
        return response
    rate = ratelimit.configured_rate("republish_counter")
    if rate is not None and ratelimit.hit("republish_counter", ratelimit.client_key(request), rate):
        return response
    pk = int(article_id)
    if not ArticlePage.objects.live().filter(pk=pk).exists():
        return response
    if counter.first_hit_today(request, pk, kit_id):
        origin, path = counter.where_from(request.headers.get("Referer", ""))
        counter.record_read(pk, origin, path, counter.utc_day())
    return response
