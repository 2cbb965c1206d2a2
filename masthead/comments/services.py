"""What readers and moderators do with comments; views, the admin, tasks and the demo call these.

Every function changes the database in one transaction. Emails are queued as ``Notification``
rows and sent by a task after the commit (tasks.py), so a rolled-back change sends nothing.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from masthead.comments.models import (
    Comment,
    Commenter,
    CommentReport,
    CommentSettings,
    Discussion,
    Notification,
)
from masthead.comments.text import clean_name, clean_text, count_links, render

Status = Comment.Status
Standing = Commenter.Standing


class CommentError(Exception):
    """A comment that cannot be taken, with the sentence the reader is shown."""


@dataclass
class Signals:
    """What the form found about how a comment was posted (filled by views.py)."""

    honeypot: bool = False
    seconds_on_form: float | None = None  # None: no valid signed timestamp
    notes: list[str] = field(default_factory=list)


def comment_settings(site: Site | None = None, page: Page | None = None) -> CommentSettings:
    """The comment settings of ``site`` (or of the site ``page`` belongs to)."""
    if site is None and page is not None:
        site = page.get_site()
    if site is None:
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return CommentSettings.for_site(site)


def is_closed(page: Page) -> bool:
    return Discussion.objects.filter(page=page, closed=True).exists()


def set_closed(page: Page, closed: bool) -> Discussion:
    """Close or reopen ``page``'s comments; its comments stay shown either way."""
    with transaction.atomic():
        discussion, _ = Discussion.objects.get_or_create(page=page)
        discussion.closed = closed
        discussion.closed_at = timezone.now() if closed else None
        discussion.save()
    return discussion


def commenter_for_user(user: Any, display_name: str = "") -> Commenter:
    """The commenter record of a signed-in reader, made on their first comment."""
    name = clean_name(display_name) or clean_name(
        getattr(user, "display_name", "") or user.get_full_name() or user.get_username()
    )
    commenter, created = Commenter.objects.get_or_create(
        user=user, defaults={"display_name": name[:60] or "Reader"}
    )
    if not created and display_name and name and name != commenter.display_name:
        commenter.display_name = name[:60]
        commenter.save(update_fields=["display_name"])
    return commenter


def guest_commenter(email: str, display_name: str) -> Commenter:
    """A guest known by their email address (the same address is the same guest)."""
    email = email.strip().lower()
    commenter, _ = Commenter.objects.get_or_create(
        user=None, email=email, defaults={"display_name": clean_name(display_name)[:60]}
    )
    return commenter


def approved_count(commenter: Commenter) -> int:
    return commenter.comments.filter(status=Status.APPROVED).count()


def _words_in(text: str, words: Iterable[str]) -> str | None:
    lowered = text.casefold()
    for word in words:
        if word and word in lowered:
            return word
    return None


def assess(
    body: str, commenter: Commenter, rules: CommentSettings, signals: Signals
) -> tuple[str, str]:
    """The status a new comment starts in and why; spam and rejections are kept, not lost."""
    if signals.honeypot:
        return Status.SPAM, "The hidden form field was filled in (an automated post)."
    if signals.seconds_on_form is None:
        return Status.SPAM, "Posted without a valid form timestamp."
    if signals.seconds_on_form < rules.min_seconds:
        return Status.SPAM, (
            f"Posted {signals.seconds_on_form:.0f} s after the form opened "
            f"(the least is {rules.min_seconds} s)."
        )
    domain = commenter.address.rpartition("@")[2].lower()
    if domain and domain in rules.blocked_domains():
        return Status.SPAM, f"Email domain {domain} is blocked."
    links = count_links(body)
    if links > rules.max_links:
        return Status.SPAM, f"{links} links (the most allowed is {rules.max_links})."
    banned = _words_in(body, rules.banned())
    if banned:
        return Status.REJECTED, f"Contains the banned word “{banned}”."
    suspect = _words_in(body, rules.suspect())
    if suspect:
        return Status.PENDING, f"Contains the suspect word “{suspect}”."
    if commenter.standing == Standing.PREMODERATE:
        return Status.PENDING, "This reader is always pre-moderated."
    if rules.premoderate_all:
        return Status.PENDING, "Every comment is pre-moderated."
    if rules.premoderate_new and approved_count(commenter) < rules.new_commenter_threshold:
        return Status.PENDING, "New commenter."
    if rules.premoderate_links and links:
        return Status.PENDING, "Contains a link."
    return Status.APPROVED, ""


def check_can_comment(commenter: Commenter, page: Page, rules: CommentSettings) -> None:
    """Raise ``CommentError`` with the reader's explanation when they may not comment here."""
    if not rules.enabled:
        raise CommentError(_("Comments are turned off on this site."))
    if is_closed(page):
        raise CommentError(_("Comments on this article are closed."))
    if commenter.standing == Standing.BANNED:
        raise CommentError(_("You can no longer comment on this site."))
    if not commenter.can_comment():
        until = timezone.localtime(commenter.suspended_until).strftime("%Y-%m-%d %H:%M")
        raise CommentError(_("Your commenting is suspended until %(until)s.") % {"until": until})


def post_comment(
    *,
    page: Page,
    commenter: Commenter,
    body: str,
    rules: CommentSettings,
    signals: Signals,
    reply_to: Comment | None = None,
    notify: bool = False,
) -> Comment:
    """Store a reader's comment in the status the rules give it (guests start unconfirmed)."""
    check_can_comment(commenter, page, rules)
    body = clean_text(body).strip()
    if not body:
        raise CommentError(_("Please write a comment."))
    if len(body) > rules.max_length:
        raise CommentError(
            _("Your comment is %(length)d characters long; the most is %(most)d.")
            % {"length": len(body), "most": rules.max_length}
        )
    status, reason = assess(body, commenter, rules, signals)
    if commenter.is_guest and status in (Status.PENDING, Status.APPROVED):
        # Decided again when the address is confirmed (confirm_guest_comment).
        status = Status.UNCONFIRMED
    parent = (reply_to.parent or reply_to) if reply_to is not None else None
    with transaction.atomic():
        comment = Comment.objects.create(
            page=page,
            parent=parent,
            in_reply_to=reply_to,
            commenter=commenter,
            body=body,
            body_html=render(body),
            status=status,
            hold_reason=reason,
            notify=notify,
        )
        if status == Status.UNCONFIRMED:
            queue_notification(comment, Notification.Kind.CONFIRM, commenter.email)
        if commenter.is_guest:
            # Guests' comments never confirmed are deleted after their days (tasks.py).
            from masthead.comments.tasks import purge_unconfirmed_comments

            transaction.on_commit(purge_unconfirmed_comments.enqueue)
        elif status == Status.APPROVED:
            _notify_reply(comment)
    return comment


def confirm_guest_comment(comment: Comment, signals: Signals | None = None) -> Comment:
    """A guest confirmed their address: the comment is assessed again, as if just posted."""
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        if comment.status != Status.UNCONFIRMED:
            return comment
        rules = comment_settings(page=comment.page)
        # The spam signals were checked when it was posted; only the rules are applied again.
        status, reason = assess(
            comment.body, comment.commenter, rules, signals or Signals(seconds_on_form=1e9)
        )
        comment.status, comment.hold_reason = status, reason
        comment.confirmed_at = timezone.now()
        comment.save()
        if status == Status.APPROVED:
            _notify_reply(comment)
    return comment


ACTIONS = {
    "approve": Status.APPROVED,
    "reject": Status.REJECTED,
    "spam": Status.SPAM,
    "pending": Status.PENDING,
}


def moderate(comments: Iterable[Comment], action: str, moderator: Any = None) -> int:
    """Approve, reject, mark as spam, return to pending, feature or unfeature comments.

    Reports on a comment a moderator acted on are resolved. Returns how many changed.
    """
    changed = 0
    with transaction.atomic():
        for comment in comments:
            if action in ("feature", "unfeature"):
                featured = action == "feature"
                if comment.featured != featured:
                    comment.featured = featured
                    comment.save(update_fields=["featured"])
                    changed += 1
                continue
            status = ACTIONS[action]
            if comment.status == Status.UNCONFIRMED and status in (Status.APPROVED, Status.PENDING):
                continue  # only the guest's own confirmation lets it in (never shown unconfirmed)
            comment.reports.filter(resolved=False).update(resolved=True)
            if comment.status == status:
                continue
            before = comment.status
            comment.status = status
            comment.moderated_at = timezone.now()
            comment.moderated_by = moderator if getattr(moderator, "pk", None) else None
            if status != Status.APPROVED:
                comment.featured = False
            comment.save()
            changed += 1
            if comment.notify and before in (Status.PENDING, Status.UNCONFIRMED):
                if status == Status.APPROVED:
                    queue_notification(comment, Notification.Kind.APPROVED)
                elif status == Status.REJECTED:
                    queue_notification(comment, Notification.Kind.REJECTED)
            if status == Status.APPROVED:
                _notify_reply(comment)
    return changed


def edit_comment(comment: Comment, body: str, moderator: Any = None) -> Comment:
    """A moderator's correction of a comment's text (rendered and sanitised like a post)."""
    with transaction.atomic():
        comment.body = clean_text(body).strip()
        comment.body_html = render(comment.body)
        comment.edited_at = timezone.now()
        comment.save()
    return comment


def report_comment(comment: Comment, reporter: Commenter | None, reason: str) -> CommentReport:
    """A reader reports a comment; it joins the moderators' "Reported" queue."""
    return CommentReport.objects.create(
        comment=comment, reporter=reporter, reason=clean_name(reason)[:300]
    )


def set_standing(
    commenter: Commenter, standing: str, *, days: int | None = None, moderator: Any = None
) -> Commenter:
    """Normal, always pre-moderated, suspended for ``days``, or banned.

    A ban also rejects the reader's comments still waiting (Coral's "spam ban" rejects all;
    here approved ones stay until a moderator rejects them from the reader's history).
    """
    with transaction.atomic():
        commenter.standing = standing
        commenter.suspended_until = (
            timezone.now() + datetime.timedelta(days=days or 1)
            if standing == Standing.SUSPENDED
            else None
        )
        commenter.save()
        if standing == Standing.BANNED:
            waiting = commenter.comments.filter(status__in=[Status.PENDING, Status.UNCONFIRMED])
            moderate(list(waiting), "reject", moderator)
    return commenter


def purge_unconfirmed(now: datetime.datetime | None = None) -> int:
    """Delete guest comments never confirmed within their site's confirmation days."""
    now = now or timezone.now()
    deleted = 0
    for rules in CommentSettings.objects.all():
        cutoff = now - datetime.timedelta(days=rules.guest_confirmation_days)
        site_pages = Page.objects.filter(path__startswith=rules.site.root_page.path)
        stale = Comment.objects.filter(
            status=Status.UNCONFIRMED, created_at__lt=cutoff, page__in=site_pages
        )
        deleted += stale.delete()[1].get("comments.Comment", 0)
    # Pages of sites whose comment settings were never saved use the default days.
    cutoff = now - datetime.timedelta(days=7)
    with_rules = CommentSettings.objects.values_list("site__root_page__path", flat=True)
    rest = Comment.objects.filter(status=Status.UNCONFIRMED, created_at__lt=cutoff)
    for path in with_rules:
        rest = rest.exclude(page__path__startswith=path)
    deleted += rest.delete()[1].get("comments.Comment", 0)
    return deleted


def queue_notification(comment: Comment, kind: str, address: str = "") -> Notification | None:
    """Record an email to send after the commit; the same event is recorded once."""
    address = address or comment.commenter.address
    if not address:
        return None
    notification, created = Notification.objects.get_or_create(
        comment=comment, kind=kind, address=address
    )
    if created:
        from masthead.comments.tasks import send_notification

        transaction.on_commit(lambda: send_notification.enqueue(notification.pk))
    return notification


def _notify_reply(comment: Comment) -> None:
    """A reply became public: tell the reader it answers, if they asked to be told."""
    target = comment.in_reply_to or comment.parent
    if target is None or not target.notify or target.status != Status.APPROVED:
        return
    if target.commenter_id == comment.commenter_id:
        return
    address = target.commenter.address
    if address:
        queue_notification(comment, Notification.Kind.REPLY, address)


def public_thread(page: Page) -> list[Comment]:
    """The approved comments of ``page``, featured first, each with its approved replies."""
    rows = list(
        Comment.objects.public()
        .filter(page=page)
        .select_related("commenter", "in_reply_to__commenter")
        .order_by("created_at", "pk")
    )
    top = [row for row in rows if row.parent_id is None]
    replies: dict[int, list[Comment]] = {}
    for row in rows:
        if row.parent_id is not None:
            replies.setdefault(row.parent_id, []).append(row)
    for row in top:
        row.public_replies = replies.get(row.pk, [])
    top.sort(key=lambda row: (not row.featured, row.created_at, row.pk))
    return top


def history(commenter: Commenter) -> Any:
    return commenter.comments.select_related("page").order_by("-created_at")


def search_filter(text: str) -> Q:
    return Q(body__icontains=text) | Q(commenter__display_name__icontains=text)
