"""Corrections in the Wagtail admin: flags waiting for an editor, the originals being watched
(with what the last check found, failures included), and one flag with its diff and actions.

Anyone who can reach the admin may read them; applying or dismissing needs the right to
publish the article.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from masthead.stories import corrections
from masthead.stories.models import CorrectionFlag, CorrectionNote, OriginalWatch
from masthead.stories.text import article_units

TABS = [
    ("pending", "Waiting"),
    ("watched", "Watched originals"),
    ("resolved", "Applied or dismissed"),
]


def _can_publish(request: HttpRequest, flag: CorrectionFlag) -> bool:
    return flag.page.permissions_for_user(request.user).can_publish()


def listing(request: HttpRequest) -> HttpResponse:
    tab = request.GET.get("tab", "pending")
    if tab not in dict(TABS):
        tab = "pending"
    flags = CorrectionFlag.objects.select_related("page", "watch")
    counts = {
        "pending": flags.filter(status=CorrectionFlag.Status.PENDING).count(),
        "watched": OriginalWatch.objects.count(),
        "resolved": flags.exclude(status=CorrectionFlag.Status.PENDING).count(),
    }
    if tab == "watched":
        rows: Any = OriginalWatch.objects.select_related("page").order_by("-started_at")
    elif tab == "resolved":
        rows = flags.exclude(status=CorrectionFlag.Status.PENDING).order_by("-resolved_at")
    else:
        rows = flags.filter(status=CorrectionFlag.Status.PENDING).order_by("-detected_at")
    page_of_rows = Paginator(rows, 50).get_page(request.GET.get("p"))
    context = {
        "page_title": "Corrections",
        "header_icon": "warning",
        "tabs": [(name, label, counts[name], f"?tab={name}") for name, label in TABS],
        "tab": tab,
        "rows": page_of_rows,
    }
    return render(request, "stories/admin/listing.html", context)


class ApplyForm(forms.Form):
    kind = forms.ChoiceField(
        choices=CorrectionNote.Kind.choices,
        widget=forms.RadioSelect,
        initial=CorrectionNote.Kind.CORRECTION,
        help_text="A correction fixes an error in what we published; an update adds to it.",
    )
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=600,
        help_text="One or two sentences readers see, dated today, on every language version.",
    )
    update_text = forms.BooleanField(
        required=False,
        initial=True,
        label="Carry their change into our text and publish it",
        help_text="Leave unticked when you have already edited the article by hand.",
    )


class DismissForm(forms.Form):
    reason = forms.CharField(required=False, max_length=300, label="Why (for the other editors)")


def flag_detail(request: HttpRequest, pk: int) -> HttpResponse:
    flag = get_object_or_404(CorrectionFlag.objects.select_related("page", "watch"), pk=pk)
    article = flag.page.specific
    patch = corrections.plan_patch(article_units(article), flag.previous_text, flag.new_text)
    context = {
        "page_title": "Correction flag",
        "header_icon": "warning",
        "flag": flag,
        "article": article,
        "their_change": corrections.diff_html(flag.previous_text, flag.new_text),
        "against_ours": corrections.diff_html(flag.our_text, flag.new_text),
        "patch": patch,
        "can_act": _can_publish(request, flag),
        "apply_form": ApplyForm(),
        "dismiss_form": DismissForm(),
        "draft_waiting": article.has_unpublished_changes,
    }
    return render(request, "stories/admin/flag.html", context)


@require_POST
def apply(request: HttpRequest, pk: int) -> HttpResponse:
    flag = get_object_or_404(CorrectionFlag.objects.select_related("page"), pk=pk)
    if not _can_publish(request, flag):
        raise PermissionDenied
    form = ApplyForm(request.POST)
    back = reverse("stories_admin:flag", args=[flag.pk])
    if not form.is_valid():
        messages.error(request, "Choose the kind of note and write it.")
        return HttpResponseRedirect(back)
    try:
        corrections.apply_correction(
            flag,
            kind=form.cleaned_data["kind"],
            note=form.cleaned_data["note"],
            user=request.user,
            update_text=form.cleaned_data["update_text"],
        )
    except corrections.DraftInTheWay:
        messages.error(
            request,
            "The article has a draft that is not published. Publish or discard it first, or "
            "untick “Carry their change” to add the note only.",
        )
        return HttpResponseRedirect(back)
    except corrections.FlagAlreadyResolved as exc:
        messages.warning(request, f"This flag was already handled ({exc}).")
        return HttpResponseRedirect(back)
    messages.success(request, f"Correction applied to “{flag.page.title}”; readers see the note.")
    return HttpResponseRedirect(reverse("stories_admin:listing"))


@require_POST
def dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    flag = get_object_or_404(CorrectionFlag.objects.select_related("page"), pk=pk)
    if not _can_publish(request, flag):
        raise PermissionDenied
    form = DismissForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        corrections.dismiss(flag, user=request.user, reason=reason)
    except corrections.FlagAlreadyResolved as exc:
        messages.warning(request, f"This flag was already handled ({exc}).")
        return HttpResponseRedirect(reverse("stories_admin:flag", args=[flag.pk]))
    messages.success(request, f"Flag on “{flag.page.title}” dismissed.")
    return HttpResponseRedirect(reverse("stories_admin:listing"))
