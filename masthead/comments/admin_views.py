"""The moderation queue in the Wagtail admin: tabs, filters, bulk actions, reader histories.

Moderators need the "Can change comment" permission (give it to a group under Settings →
Groups); superusers have it.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_POST
from wagtail.models import Page

from masthead.comments import services
from masthead.comments.models import Comment, Commenter

PERMISSION = "comments.change_comment"
TABS = [
    ("pending", "Pending"),
    ("reported", "Reported"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
    ("spam", "Spam"),
    ("unconfirmed", "Unconfirmed guests"),
]
BULK_ACTIONS = [
    ("approve", "Approve"),
    ("reject", "Reject"),
    ("spam", "Mark as spam"),
    ("pending", "Back to pending"),
    ("feature", "Feature"),
    ("unfeature", "Unfeature"),
]


def _require(request: HttpRequest) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def tab_rows(tab: str) -> QuerySet[Comment]:
    rows = Comment.objects.all()
    if tab == "reported":
        return rows.reported()
    return rows.filter(status=tab)


def queue(request: HttpRequest) -> HttpResponse:
    _require(request)
    tab = request.GET.get("tab", "pending")
    if tab not in dict(TABS):
        tab = "pending"
    rows = tab_rows(tab)
    page_id = request.GET.get("page_id", "")
    commenter_id = request.GET.get("commenter", "")
    query = request.GET.get("q", "").strip()
    if page_id.isdigit():
        rows = rows.filter(page_id=int(page_id))
    if commenter_id.isdigit():
        rows = rows.filter(commenter_id=int(commenter_id))
    if query:
        rows = rows.filter(services.search_filter(query))
    rows = (
        rows.select_related("commenter", "page", "in_reply_to__commenter")
        .annotate(open_reports=Count("reports", filter=Q(reports__resolved=False)))
        .order_by("-created_at", "-pk")
    )
    paginator = Paginator(rows, 50)
    listing = paginator.get_page(request.GET.get("p"))
    keep = {k: v for k, v in (("page_id", page_id), ("commenter", commenter_id), ("q", query)) if v}
    counts = {name: tab_rows(name).count() for name, _ in TABS}
    article = Page.objects.filter(pk=page_id).first() if page_id.isdigit() else None
    context: dict[str, Any] = {
        "page_title": "Comments",
        "header_icon": "comment",
        "tabs": [
            (name, label, counts[name], f"?{urlencode({**keep, 'tab': name})}")
            for name, label in TABS
        ],
        "tab": tab,
        "listing": listing,
        "actions": BULK_ACTIONS,
        "query": query,
        "keep": keep,
        "article": article,
        "article_closed": services.is_closed(article) if article else False,
        "here": request.get_full_path(),
    }
    return render(request, "comments/admin/queue.html", context)


@require_POST
def bulk(request: HttpRequest) -> HttpResponse:
    _require(request)
    action = request.POST.get("action", "")
    ids = [int(pk) for pk in request.POST.getlist("comment") if pk.isdigit()]
    back = request.POST.get("next") or reverse("comments_admin:queue")
    if not back.startswith("/"):
        back = reverse("comments_admin:queue")
    if action not in dict(BULK_ACTIONS) or not ids:
        messages.error(request, "Choose one or more comments and an action.")
        return HttpResponseRedirect(back)
    comments = list(Comment.objects.filter(pk__in=ids).select_related("commenter"))
    changed = services.moderate(comments, action, request.user)
    label = dict(BULK_ACTIONS)[action]
    messages.success(request, f"{label}: {changed} of {len(comments)} comments changed.")
    return HttpResponseRedirect(back)


class StandingForm(forms.Form):
    standing = forms.ChoiceField(choices=Commenter.Standing.choices)
    days = forms.IntegerField(
        min_value=1, max_value=365, required=False, help_text="Suspensions only."
    )


def commenter(request: HttpRequest, pk: int) -> HttpResponse:
    """A reader's history, and what happens to their next comment."""
    _require(request)
    reader = get_object_or_404(Commenter.objects.select_related("user"), pk=pk)
    form = StandingForm(request.POST or None, initial={"standing": reader.standing})
    if request.method == "POST" and form.is_valid():
        services.set_standing(
            reader,
            form.cleaned_data["standing"],
            days=form.cleaned_data.get("days"),
            moderator=request.user,
        )
        messages.success(request, f"{reader.display_name}: {reader.get_standing_display()}.")
        return HttpResponseRedirect(request.path)
    history = services.history(reader)
    counts = {row["status"]: row["n"] for row in history.values("status").annotate(n=Count("pk"))}
    context = {
        "page_title": f"Reader: {reader.display_name}",
        "header_icon": "user",
        "reader": reader,
        "form": form,
        "history": history[:200],
        "counts": counts,
        "queue_url": reverse("comments_admin:queue") + f"?tab=approved&commenter={reader.pk}",
    }
    return render(request, "comments/admin/commenter.html", context)


class EditForm(forms.Form):
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 10}))


def edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Correct a comment's text (a typo, a personal detail to remove)."""
    _require(request)
    comment = get_object_or_404(Comment.objects.select_related("commenter", "page"), pk=pk)
    form = EditForm(request.POST or None, initial={"body": comment.body})
    if request.method == "POST" and form.is_valid():
        services.edit_comment(comment, form.cleaned_data["body"], request.user)
        messages.success(request, "Comment saved.")
        return HttpResponseRedirect(reverse("comments_admin:queue") + f"?tab={comment.status}")
    context = {
        "page_title": "Edit comment",
        "header_icon": "comment",
        "comment": comment,
        "form": form,
    }
    return render(request, "comments/admin/edit.html", context)


@require_POST
def close(request: HttpRequest, page_id: int) -> HttpResponse:
    """Close or reopen one article's comments (``closed=1`` or ``0``)."""
    _require(request)
    page = get_object_or_404(Page, pk=page_id)
    closed = request.POST.get("closed") == "1"
    services.set_closed(page, closed)
    messages.success(
        request, f"Comments on “{page.title}” are {'closed' if closed else 'open again'}."
    )
    return HttpResponseRedirect(
        reverse("comments_admin:queue") + f"?tab=approved&page_id={page.pk}"
    )
