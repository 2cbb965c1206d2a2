"""Readers' comment pages: the form, a reply, a report, a guest's confirmation.

These pages carry a CSRF token and the reader's own comments, so they are never stored by the
page cache (they are not reader routes, and they say ``Cache-Control: private, no-store``).
The cached article links to them; it shows only what every reader may see.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import override
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from masthead.comments import services
from masthead.comments.forms import (
    CommentForm,
    ReportForm,
    StampExpired,
    form_stamp,
    seconds_on_form,
)
from masthead.comments.models import Comment, Commenter, CommentSettings
from masthead.comments.tasks import CONFIRM_SALT
from masthead.core import ratelimit

HOUR = 3600
REPORTS_PER_HOUR = 10  # per reader and per client address


def login_url(next_path: str) -> str:
    """allauth's sign-in page where reader accounts are installed, else ``LOGIN_URL``."""
    try:
        base = reverse("account_login")
    except NoReverseMatch:
        base = str(settings.LOGIN_URL)
    return f"{base}?{urlencode({'next': next_path})}"


def _article(page_id: int) -> Page:
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    if type(page).__name__ != "ArticlePage":
        raise Http404("Only articles have comments.")
    return page


def _private(response: HttpResponse) -> HttpResponse:
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def _commenter(request: HttpRequest) -> Commenter | None:
    if request.user.is_authenticated:
        return Commenter.objects.filter(user=request.user).first()
    return None


def _limited(
    request: HttpRequest, scope: str, reader_key: str, per_reader: int, per_address: int
) -> int | None:
    """Seconds to wait when this reader or this client address is over its hourly number.

    A number of 0 turns that limit off; a reader key of "" (a stranger reporting) has none.
    """
    checks = [(f"ip:{ratelimit.client_key(request)}", per_address)]
    if reader_key:
        checks.insert(0, (f"reader:{reader_key}", per_reader))
    for key, per_hour in checks:
        if per_hour > 0:
            wait = ratelimit.hit(f"comments-{scope}", key, ratelimit.Rate(per_hour, HOUR))
            if wait is not None:
                return wait
    return None


@require_http_methods(["GET", "POST"])
def new_comment(request: HttpRequest, page_id: int) -> HttpResponse:
    return _comment_form(request, _article(page_id), None)


@require_http_methods(["GET", "POST"])
def reply(request: HttpRequest, comment_id: int) -> HttpResponse:
    target = get_object_or_404(Comment.objects.public(), pk=comment_id)
    return _comment_form(request, _article(target.page_id), target)


def _comment_form(request: HttpRequest, page: Page, target: Comment | None) -> HttpResponse:
    rules = services.comment_settings(site=None, page=page)
    signed_in = request.user.is_authenticated
    guest = not signed_in and rules.allow_guests
    commenter = _commenter(request)
    context: dict[str, Any] = {
        "article": page,
        "target": target,
        "rules": rules,
        "closed": services.is_closed(page),
        "signed_in": signed_in,
        "guest": guest,
        "login_url": login_url(request.get_full_path()),
        "mine": services.history(commenter).filter(page=page) if commenter else [],
    }
    status = 200
    with override(page.locale.language_code):
        if not rules.enabled or context["closed"] or not (signed_in or guest):
            return _private(render(request, "comments/comment_form.html", context))
        initial = {"stamp": form_stamp(page.pk)}
        if commenter:
            initial["display_name"] = commenter.display_name
        elif signed_in:
            user: Any = request.user
            initial["display_name"] = getattr(user, "display_name", "") or user.get_full_name()
        form = CommentForm(
            request.POST or None, initial=initial, max_length=rules.max_length, guest=guest
        )
        if request.method == "POST" and form.is_valid():
            outcome = _post(request, page, target, form, rules)
            if isinstance(outcome, HttpResponse):
                return outcome
            form, status = outcome
        context["form"] = form
        return _private(render(request, "comments/comment_form.html", context, status=status))


def _post(
    request: HttpRequest, page: Page, target: Comment | None, form: CommentForm, rules: Any
) -> HttpResponse | tuple[CommentForm, int]:
    data = form.cleaned_data
    try:
        seconds = seconds_on_form(data.get("stamp") or "", page.pk)
    except StampExpired:
        form.add_error(None, _("This form was open for a long time. Please send it again."))
        return _fresh_stamp(form, page), 200
    if request.user.is_authenticated:
        reader_key = f"user-{request.user.pk}"
    else:
        reader_key = f"guest-{data['email'].lower()}"
    wait = _limited(
        request, "post", reader_key, rules.per_reader_per_hour, rules.per_address_per_hour
    )
    if wait is not None:
        form.add_error(
            None,
            _("You have posted many comments in a short time.")
            + " "
            + ratelimit.retry_message(wait),
        )
        return _fresh_stamp(form, page), 429
    if request.user.is_authenticated:
        commenter = services.commenter_for_user(request.user, data["display_name"])
    else:
        commenter = services.guest_commenter(data["email"], data["display_name"])
    signals = services.Signals(honeypot=bool(data.get("website")), seconds_on_form=seconds)
    try:
        comment = services.post_comment(
            page=page,
            commenter=commenter,
            body=data["body"],
            rules=rules,
            signals=signals,
            reply_to=target,
            notify=bool(data.get("notify")),
        )
    except services.CommentError as error:
        form.add_error(None, str(error))
        return _fresh_stamp(form, page), 403
    messages.success(request, _thanks(comment))
    return HttpResponseRedirect(reverse("comments:new", args=[page.pk]) + "#your-comments")


def _fresh_stamp(form: CommentForm, page: Page) -> CommentForm:
    data = {key: form.data.get(key) for key in form.data}
    data["stamp"] = form_stamp(page.pk)
    fresh = CommentForm(data, max_length=form.max_length, guest="email" in form.fields)
    fresh.is_valid()
    for error in form.non_field_errors():
        fresh.add_error(None, error)
    return fresh


def _thanks(comment: Comment) -> str:
    Status = Comment.Status
    if comment.status == Status.APPROVED:
        return _("Thank you. Your comment is published.")
    if comment.status == Status.UNCONFIRMED:
        return _(
            "Thank you. We have emailed you a link: confirm your comment there, and it goes "
            "to the moderators."
        )
    # Pending, and also spam or rejected: the reader is not told how a filter judged them.
    return _("Thank you. Your comment is awaiting moderation.")


@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, comment_id: int) -> HttpResponse:
    comment = get_object_or_404(Comment.objects.public(), pk=comment_id)
    page = _article(comment.page_id)
    form = ReportForm(request.POST or None)
    context: dict[str, Any] = {"article": page, "comment": comment, "form": form, "done": False}
    status = 200
    with override(page.locale.language_code):
        if request.method == "POST" and form.is_valid():
            reader = f"user-{request.user.pk}" if request.user.is_authenticated else ""
            wait = _limited(request, "report", reader, REPORTS_PER_HOUR, REPORTS_PER_HOUR)
            if wait is not None:
                form.add_error(
                    None,
                    _("You have sent many reports in a short time.")
                    + " "
                    + ratelimit.retry_message(wait),
                )
                status = 429
            else:
                services.report_comment(comment, _commenter(request), form.cleaned_data["reason"])
                context["done"] = True
        return _private(render(request, "comments/report_form.html", context, status=status))


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """A guest's link: GET shows a button (mail scanners follow links), POST confirms."""
    try:
        comment_id = signing.loads(token, salt=CONFIRM_SALT)
    except signing.BadSignature:
        comment_id = None
    comment = Comment.objects.filter(pk=comment_id).select_related("page").first()
    if comment is not None:
        days = CommentSettings.for_site(comment.page.get_site()).guest_confirmation_days
        try:
            signing.loads(token, salt=CONFIRM_SALT, max_age=days * 86400)
        except signing.BadSignature:
            comment = None
    if comment is None:
        return _private(render(request, "comments/confirm.html", {"invalid": True}, status=404))
    page = comment.page.specific
    with override(page.locale.language_code):
        done = comment.status != Comment.Status.UNCONFIRMED
        if request.method == "POST" and not done:
            comment = services.confirm_guest_comment(comment)
            done = True
        context = {"article": page, "comment": comment, "done": done, "invalid": False}
        return _private(render(request, "comments/confirm.html", context))
