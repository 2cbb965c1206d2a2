"""Editors' newsletter actions in the Wagtail admin: build a digest, send an issue, send one
article as a special issue. Issues themselves are edited as snippets (wagtail_hooks.py).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from masthead.articles.models import ArticlePage
from masthead.mailing.models import Campaign
from masthead.newsletters import issues, sending
from masthead.newsletters.models import Frequency, Issue

PERMISSION = "newsletters.change_issue"
# Campaigns the engine may still send from.
ACTIVE = (Campaign.Status.QUEUED, Campaign.Status.SENDING)


def _require(request: HttpRequest) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def _edit_url(issue: Issue) -> str:
    return reverse("wagtailsnippets_newsletters_issue:edit", args=[issue.pk])


def build(request: HttpRequest) -> HttpResponse:
    """Build the next daily or weekly digest now, as a draft to edit and send."""
    _require(request)
    if request.method == "POST":
        frequency = request.POST.get("frequency", "")
        if frequency in Frequency.values:
            issue = issues.build_digest(frequency)
            if issue is None:
                messages.warning(request, "Nothing was published since the last digest.")
            else:
                messages.success(request, f"Built “{issue.subject}”: edit it, then send it.")
                return HttpResponseRedirect(_edit_url(issue))
    context = {"frequencies": Frequency.choices}
    return render(request, "newsletters/admin/build.html", context)


def send(request: HttpRequest, pk: int) -> HttpResponse:
    """Send an issue at once (GET shows who gets what; POST sends)."""
    _require(request)
    issue = get_object_or_404(Issue, pk=pk)
    if request.method == "POST" and issue.status != Issue.Status.SENT:
        try:
            count = sending.send_issue(issue)
        except ValueError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"“{issue.subject}” is being sent to {count} readers.")
            return HttpResponseRedirect(reverse("wagtailsnippets_newsletters_issue:list"))
    frequencies = Frequency.values if issue.kind == Issue.Kind.SPECIAL else [issue.kind]
    context = {
        "issue": issue,
        "articles": issue.articles(),
        "readers": sum(sending.recipients(issue, f).count() for f in frequencies),
        "edit_url": _edit_url(issue),
    }
    return render(request, "newsletters/admin/send.html", context)


def stop(request: HttpRequest, pk: int) -> HttpResponse:
    """Stop an issue that is going out (GET shows how far it got; POST stops it)."""
    _require(request)
    issue = get_object_or_404(Issue, pk=pk)
    campaigns = list(sending.campaigns_of(issue))
    if request.method == "POST":
        unsent = sending.stop_issue(issue)
        if unsent:
            readers = "1 reader" if unsent == 1 else f"{unsent} readers"
            messages.success(request, f"Stopped “{issue.subject}”: {readers} will not receive it.")
        else:
            messages.info(request, f"“{issue.subject}” was no longer being sent.")
        return HttpResponseRedirect(reverse("wagtailsnippets_newsletters_issue:list"))
    context = {
        "issue": issue,
        "campaigns": campaigns,
        "sending": any(campaign.status in ACTIVE for campaign in campaigns),
    }
    return render(request, "newsletters/admin/stop.html", context)


def special(request: HttpRequest, page_id: int) -> HttpResponse:
    """Make a special issue of one article (a draft to edit, then send)."""
    _require(request)
    article = get_object_or_404(ArticlePage.objects.live(), pk=page_id)
    if request.method == "POST":
        issue = issues.special_issue(article, intro=request.POST.get("intro", ""))
        messages.success(request, "Special issue created: check it, then send it.")
        return HttpResponseRedirect(_edit_url(issue))
    return render(request, "newsletters/admin/special.html", {"article": article})
