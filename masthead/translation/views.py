"""Editors' translation screens in Wagtail's admin: per-article status, re-run, job report."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page

from masthead.translation.models import TranslationJob
from masthead.translation.status import article_language_states, failed_background_tasks


def _source_page(request: HttpRequest, page_id: int) -> Page:
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    default = Locale.get_default()
    if page.locale_id != default.pk:
        page = page.get_translation(default).specific
    return page


def article_translations(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _source_page(request, page_id)
    return TemplateResponse(
        request,
        "translation/admin/article_translations.html",
        {"page": page, "rows": article_language_states(page)},
    )


@require_POST
def rerun(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _source_page(request, page_id)
    if not page.live:
        messages.error(request, "Publish the article before translating it.")
        return redirect("masthead_translation:article", page.pk)
    from masthead.translation.services import request_translations  # loads the engines lazily

    codes = request.POST.getlist("language")
    locales = list(Locale.objects.filter(language_code__in=codes)) if codes else None
    jobs = request_translations(page, locales)
    messages.success(request, f"Queued {len(jobs)} translation job(s) for “{page.title}”.")
    return redirect("masthead_translation:article", page.pk)


def job_report(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    jobs = TranslationJob.objects.select_related("source_page", "target_locale").order_by(
        "-finished_at", "-created_at"
    )
    if status:
        jobs = jobs.filter(status=status)
    failed_count, failed_tasks = failed_background_tasks()
    return TemplateResponse(
        request,
        "translation/admin/job_report.html",
        {
            "jobs": jobs[:200],
            "status": status,
            "statuses": TranslationJob.Status.choices,
            "failed_count": failed_count,
            "failed_tasks": failed_tasks,
        },
    )
