"""The admin's "Import article" screen: read a text, show what was found, create or update a draft.

Step 1 takes a pasted text, an uploaded .txt/.md/.docx file or a page's address (fetched by the
ingest app and written out as text, see ``from_url``). Step 2 shows the source (numbered
lines, boilerplate and error lines marked) beside the fields the text importer extracted, which
the editor corrects. Step 3 re-parses the source on the server, applies the corrections and calls
the same :func:`~masthead.importers.services.import_parsed_article` as ``manage.py
import_article``: a draft is created, or the existing article with the same slug (the
importer's re-import identity, decision 0019) gets a new draft revision. Nothing is written
before step 3, and nothing at all when anything fails.

Editors need permission to add pages to the article archive (Wagtail's page permissions; the
"Editors" and "Moderators" groups have it); updating an article also needs permission to edit it.

The same screen takes a WordPress export: it is stored, an ``ImportRun`` records it and the
worker runs ``run_wordpress_import``; :func:`import_run` shows the progress, reloading itself.
That needs the right to publish in the archive, as the export carries its posts' published state.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale, Page, PageLogEntry, Revision

from masthead.articles.models import ArticleIndexPage, ArticlePage
from masthead.importers.forms import CorrectionForm, SourceForm, WordPressForm
from masthead.importers.models import ImportRun
from masthead.importers.services import (
    ImportRefused,
    import_parsed_article,
    outlet_names,
    plain_text,
)
from masthead.importers.tasks import run_wordpress_import
from masthead.importers.text.parser import ArticleParseError, ParsedArticle, parse_article
from masthead.ingest.services import hold_imported_from_url
from masthead.stories.services import StoryMatch, find_matches
from masthead.syndication.models import PartnerPublication

TEMPLATE = "importers/admin/import_article.html"
RUN_TEMPLATE = "importers/admin/import_run.html"
# How often the progress page of a site import reloads while the worker runs it.
RUN_REFRESH_SECONDS = 2


def article_index() -> ArticleIndexPage | None:
    """The archive the importer puts articles in (the default locale's), as the command does."""
    return ArticleIndexPage.objects.filter(locale=Locale.get_default()).first()


def can_import(user: Any, index: ArticleIndexPage | None = None) -> bool:
    """Whether ``user`` may add articles to the archive (and so use this screen)."""
    if not user.is_authenticated or not user.is_active:
        return False
    index = index or article_index()
    if index is None:
        return bool(user.is_superuser)
    return bool(index.permissions_for_user(user).can_add_subpage())


def can_import_site(user: Any, index: ArticleIndexPage | None = None) -> bool:
    """A WordPress export carries its posts' published state: it needs the right to publish."""
    if not can_import(user, index):
        return False
    index = index or article_index()
    if index is None:
        return False
    return bool(index.permissions_for_user(user).can_publish_subpage())


def _require(request: HttpRequest) -> ArticleIndexPage | None:
    index = article_index()
    if not can_import(request.user, index):
        raise PermissionDenied
    return index


def import_article(request: HttpRequest) -> HttpResponse:
    """The whole screen: the step is the submit button the editor pressed."""
    index = _require(request)
    if index is None:
        messages.error(
            request, _("There is no article archive page to import into; create one first.")
        )
    step = request.POST.get("step", "") if request.method == "POST" else ""
    if step == "read":
        source = SourceForm(request.POST, request.FILES)
        if not source.is_valid():
            return _start(request, source)
        data = source.cleaned_data
        return _read(
            request, index, data["source_text"], data["source_label"], left_out=data["left_out"]
        )
    if step == "reread":
        return _read(
            request, index, request.POST.get("source_text", ""), request.POST.get("source_label")
        )
    if step == "create":
        return _create(request, index, CorrectionForm(request.POST))
    if step == "wordpress":
        return _start_wordpress(request, index)
    return _start(request, SourceForm())


def _start(
    request: HttpRequest, source: SourceForm, wordpress: WordPressForm | None = None
) -> HttpResponse:
    context: dict[str, Any] = {**_chrome(), "step": "start", "source_form": source}
    if can_import_site(request.user):
        context["wordpress_form"] = wordpress or WordPressForm()
        context["runs"] = ImportRun.objects.select_related("created_by")[:5]
    status = 422 if source.errors or (wordpress and wordpress.errors) else 200
    return render(request, TEMPLATE, context, status=status)


def _start_wordpress(request: HttpRequest, index: ArticleIndexPage | None) -> HttpResponse:
    """Store the export, record the run and hand it to the worker; then show its progress."""
    if not can_import_site(request.user, index):
        raise PermissionDenied
    form = WordPressForm(request.POST, request.FILES)
    if not form.is_valid():
        return _start(request, SourceForm(), form)
    with transaction.atomic():
        run = ImportRun(
            kind=ImportRun.Kind.WORDPRESS, options=form.options(), created_by_id=request.user.pk
        )
        # A random name: the export holds unpublished posts and authors' addresses.
        run.file.save(f"{secrets.token_hex(16)}.xml", form.cleaned_data["export"], save=False)
        run.save()
        transaction.on_commit(lambda: run_wordpress_import.enqueue(run.pk))
    return HttpResponseRedirect(reverse("importers_admin:run", args=[run.pk]))


def import_run(request: HttpRequest, pk: int) -> HttpResponse:
    """A site import's progress; the page reloads itself until the worker has finished."""
    index = article_index()
    if not can_import_site(request.user, index):
        raise PermissionDenied
    run = get_object_or_404(ImportRun.objects.select_related("created_by"), pk=pk)
    running = run.status in (ImportRun.Status.QUEUED, ImportRun.Status.RUNNING)
    context = {
        **_chrome(),
        "page_title": _("Site import #%(pk)s") % {"pk": run.pk},
        "header_title": _("Site import #%(pk)s") % {"pk": run.pk},
        "run": run,
        "running": running,
        "refresh_seconds": RUN_REFRESH_SECONDS,
        "errors": [line for line in run.errors.splitlines() if line.strip()],
        "explorer_url": reverse("wagtailadmin_explore", args=[index.pk]) if index else "",
    }
    return render(request, RUN_TEMPLATE, context)


def _chrome() -> dict[str, Any]:
    title = _("Import article")
    return {"page_title": title, "header_title": title, "header_icon": "download"}


def _read(
    request: HttpRequest,
    index: ArticleIndexPage | None,
    text: str,
    label: str | None,
    *,
    left_out: list[str] | None = None,
) -> HttpResponse:
    """Parse ``text`` and show it beside fresh fields (step 2), or the error on its line."""
    try:
        parsed = parse_article(text)
    except ArticleParseError as exc:
        return _parse_error(request, text, label or "", exc)
    partner = _partner_name(parsed, index)
    form = CorrectionForm(
        initial=CorrectionForm.initial_from(
            parsed, source_text=text, source_label=label or "", partner=partner
        )
    )
    return _preview(
        request, index, form, parsed, text, title=parsed.title, partner=partner, left_out=left_out
    )


def _parse_error(
    request: HttpRequest, text: str, label: str, exc: ArticleParseError
) -> HttpResponse:
    form = CorrectionForm(initial={"source_text": text, "source_label": label})
    context = {
        **_chrome(),
        "step": "error",
        "form": form,
        "errors": [_("Line %(line)s: %(message)s") % {"line": exc.line, "message": exc.message}],
        "error_line": exc.line,
        "source_lines": _source_lines(text, skipped={}, error_line=exc.line),
        "source_label": label,
    }
    return render(request, TEMPLATE, context, status=422)


def _create(
    request: HttpRequest, index: ArticleIndexPage | None, form: CorrectionForm
) -> HttpResponse:
    text = form.data.get("source_text", "")
    label = form.data.get("source_label", "")
    try:
        parsed = parse_article(text)
    except ArticleParseError as exc:
        return _parse_error(request, text, label, exc)
    if not form.is_valid():
        return _preview(
            request,
            index,
            form,
            parsed,
            text,
            title=form.data.get("title", ""),
            partner=form.data.get("partner", ""),
            errors=[_("Nothing was imported: correct the fields marked below.")],
        )
    corrected = form.corrected(parsed)
    target = _update_target(index, corrected.title)
    matches = _matches(corrected, target)
    errors: list[str] = []
    if index is None:
        errors.append(_("There is no article archive page to import into; create one first."))
    elif (target.pk if target else None) != form.cleaned_data["update_target"]:
        # The corrected title now names another article (or none): say so before writing.
        errors.append(
            _("With the corrected title this is a different article: check below and try again.")
        )
    elif target is not None and not target.permissions_for_user(request.user).can_edit():
        errors.append(
            _("This would update “%(title)s”, which you may not edit.") % {"title": target.title}
        )
    elif matches and not form.cleaned_data["go_on"]:
        errors.append(_("We may already carry this article: see the matches below."))
    if not errors:
        try:
            with transaction.atomic():
                result = import_parsed_article(corrected, index=index)
                if result.created and label.startswith(("http://", "https://")):
                    # Read from a partner's address: held like a pasted address in ingest.
                    hold_imported_from_url(result.article, url=label, user=request.user)
        except ImportRefused as exc:
            errors.append(str(exc))
        else:
            return _done(request, result.article, result.created)
    return _preview(
        request,
        index,
        form,
        corrected,
        text,
        title=corrected.title,
        partner=form.cleaned_data["partner"],
        errors=errors,
    )


def _done(request: HttpRequest, article: ArticlePage, created: bool) -> HttpResponse:
    """Credit the editor with the revision the importer saved, and open the page editor."""
    revision = article.latest_revision
    if revision is not None:
        Revision.objects.filter(pk=revision.pk).update(user=request.user)
    if created:
        # Wagtail logged the creation already, without a user (the service has none).
        Page.objects.filter(pk=article.pk).update(owner=request.user)
        PageLogEntry.objects.for_instance(article).filter(
            action="wagtail.create", user__isnull=True
        ).update(user=request.user)
    else:
        log(
            instance=article,
            action="wagtail.edit",
            user=request.user,
            revision=revision,
            content_changed=True,
        )
    if created:
        messages.success(
            request,
            _("Created the draft “%(title)s” from the imported text. Review it and publish it.")
            % {"title": article.title},
        )
    elif article.live:
        messages.success(
            request,
            _(
                "Updated “%(title)s”: the imported text is saved as a draft; readers see the "
                "published version until you publish it."
            )
            % {"title": article.title},
        )
    else:
        messages.success(request, _("Updated the draft “%(title)s”.") % {"title": article.title})
    return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[article.pk]))


def _update_target(index: ArticleIndexPage | None, title: str) -> ArticlePage | None:
    """The article a re-import of ``title`` updates: the importer's identity is the slug."""
    if index is None:
        return None
    slug = slugify(title)[:255] or "article"
    page = ArticlePage.objects.child_of(index).filter(slug=slug).first()
    return page.specific if page else None


def _partner_name(parsed: ParsedArticle, index: ArticleIndexPage | None) -> str:
    """The publication the importer would make the partner (a name that is not ours)."""
    own = outlet_names(index) if index is not None else set()
    candidates = (parsed.source_name, parsed.copyright_publication)
    return next((n for n in candidates if n and n.casefold() not in own), "")


def _matches(parsed: ParsedArticle, target: ArticlePage | None) -> list[StoryMatch]:
    """Articles we may already carry (the stories app's matcher), other than the one updated."""
    lead = [plain_text(parsed.lead)] if parsed.lead else []
    text = "\n\n".join(lead + [plain_text(block.text) for block in parsed.body])
    matches = find_matches(original_url=parsed.original_url or None, text=text)
    return [m for m in matches if target is None or m.page_id != target.pk]


def _preview(
    request: HttpRequest,
    index: ArticleIndexPage | None,
    form: CorrectionForm,
    parsed: ParsedArticle,
    text: str,
    *,
    title: str,
    partner: str,
    errors: list[str] | None = None,
    left_out: list[str] | None = None,
) -> HttpResponse:
    target = _update_target(index, title)
    skipped: dict[int, str] = {}
    for line, reason in parsed.skipped:
        skipped.setdefault(line, reason)
    registered = (
        PartnerPublication.objects.select_related("default_licence")
        .filter(name__iexact=partner)
        .first()
        if partner
        else None
    )
    context = {
        **_chrome(),
        "step": "preview",
        "form": form,
        "parsed": parsed,
        "errors": errors or [],
        "source_lines": _source_lines(text, skipped=skipped, error_line=None),
        "source_label": form["source_label"].value() or "",
        "target": target,
        "target_url": _edit_url(target),
        "matches": _matches(parsed, target),
        "partner_name": partner,
        "partner": registered,
        # Ingest holds its drafts on this; an import from here is told so before it is made.
        "partner_refusal": registered.publication_refusal() if registered else "",
        "body": [
            {"line": b.line, "kind": b.kind, "text": plain_text(b.text), "by": b.attribution}
            for b in parsed.body
        ],
        "bio": [plain_text(p) for p in parsed.bio],
        "skipped": parsed.skipped,
        "page_left_out": left_out or [],
    }
    return render(request, TEMPLATE, context, status=422 if errors else 200)


def _edit_url(page: Page | None) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk]) if page else ""


def _source_lines(
    text: str, *, skipped: dict[int, str], error_line: int | None
) -> list[dict[str, Any]]:
    """Numbered lines as the parser counts them (CR, CRLF, VT and FF all end a line)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\v", "\n").replace("\f", "\n")
    return [
        {
            "number": number,
            "text": line,
            "error": number == error_line,
            "skipped": skipped.get(number, ""),
        }
        for number, line in enumerate(text.split("\n"), start=1)
    ]
