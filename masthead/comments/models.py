"""Readers' comments on articles, the readers who write them, and the moderation rules.

A comment is kept whatever becomes of it: pending, approved, rejected or spam are states a
moderator can see and change, never deletions (docs/how-to/moderate-comments.md). Only
approved comments under an approved (or no) parent are shown to readers, in the article's
cached page; the page cache follows every change to one (masthead/pagecache/signal_handlers.py).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def _lines(text: str) -> list[str]:
    return [line.strip().casefold() for line in text.splitlines() if line.strip()]


@register_setting(icon="comment")
class CommentSettings(BaseSiteSetting):
    """Who may comment and which comments wait for a moderator (Settings → Comments)."""

    enabled: models.BooleanField[bool, bool] = models.BooleanField(
        "comments on articles", default=True
    )
    allow_guests: models.BooleanField[bool, bool] = models.BooleanField(
        "guests may comment",
        default=False,
        help_text="Guests give a name and an email address and confirm the address by a link "
        "they confirm with a button; unconfirmed comments are never shown.",
    )
    guest_confirmation_days: models.PositiveSmallIntegerField[int, int] = (
        models.PositiveSmallIntegerField(
            "days to confirm",
            default=7,
            help_text="Unconfirmed guest comments are deleted after this many days.",
        )
    )
    premoderate_all: models.BooleanField[bool, bool] = models.BooleanField(
        "pre-moderate every comment", default=False
    )
    premoderate_new: models.BooleanField[bool, bool] = models.BooleanField(
        "pre-moderate new commenters",
        default=True,
        help_text="Until a reader has the number of approved comments below.",
    )
    new_commenter_threshold: models.PositiveSmallIntegerField[int, int] = (
        models.PositiveSmallIntegerField("approved comments to stop being new", default=1)
    )
    premoderate_links: models.BooleanField[bool, bool] = models.BooleanField(
        "pre-moderate comments with links", default=True
    )
    max_links: models.PositiveSmallIntegerField[int, int] = models.PositiveSmallIntegerField(
        "most links in a comment", default=3, help_text="More links: held as spam."
    )
    max_length: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        "longest comment (characters)", default=5000
    )
    min_seconds: models.PositiveSmallIntegerField[int, int] = models.PositiveSmallIntegerField(
        "least seconds on the form",
        default=5,
        help_text="A comment posted faster than this after the form opened is held as spam.",
    )
    per_reader_per_hour: models.PositiveSmallIntegerField[int, int] = (
        models.PositiveSmallIntegerField("comments per reader per hour", default=10)
    )
    per_address_per_hour: models.PositiveSmallIntegerField[int, int] = (
        models.PositiveSmallIntegerField("comments per network address per hour", default=30)
    )
    banned_words: models.TextField[str, str] = models.TextField(
        blank=True, help_text="One per line. A comment containing one is rejected (and kept)."
    )
    suspect_words: models.TextField[str, str] = models.TextField(
        blank=True, help_text="One per line. A comment containing one waits for a moderator."
    )
    blocked_email_domains: models.TextField[str, str] = models.TextField(
        blank=True,
        help_text="One per line (example.com). Comments from these addresses are held as spam.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("enabled"),
                FieldPanel("allow_guests"),
                FieldPanel("guest_confirmation_days"),
            ],
            "Who may comment",
        ),
        MultiFieldPanel(
            [
                FieldPanel("premoderate_all"),
                FieldPanel("premoderate_new"),
                FieldPanel("new_commenter_threshold"),
                FieldPanel("premoderate_links"),
            ],
            "Pre-moderation",
        ),
        MultiFieldPanel([FieldPanel("banned_words"), FieldPanel("suspect_words")], "Word lists"),
        MultiFieldPanel(
            [
                FieldPanel("blocked_email_domains"),
                FieldPanel("max_links"),
                FieldPanel("max_length"),
                FieldPanel("min_seconds"),
                FieldPanel("per_reader_per_hour"),
                FieldPanel("per_address_per_hour"),
            ],
            "Spam and abuse",
        ),
    ]

    class Meta:
        verbose_name = "comment settings"

    def banned(self) -> list[str]:
        return _lines(self.banned_words)

    def suspect(self) -> list[str]:
        return _lines(self.suspect_words)

    def blocked_domains(self) -> list[str]:
        return [line.lstrip("@") for line in _lines(self.blocked_email_domains)]


class Commenter(models.Model):
    """A reader who comments: a signed-in user, or a guest known by an email address.

    Their history is every comment they wrote; moderators set what happens to the next one.
    """

    class Standing(models.TextChoices):
        NORMAL = "normal", _("In good standing")
        PREMODERATE = "premoderate", _("Always pre-moderate")
        SUSPENDED = "suspended", _("Suspended")
        BANNED = "banned", _("Banned")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="commenter",
    )
    email = models.EmailField(blank=True, db_index=True)
    display_name = models.CharField(max_length=60)
    standing = models.CharField(max_length=12, choices=Standing.choices, default=Standing.NORMAL)
    suspended_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["email"], condition=models.Q(user=None), name="one_guest_per_email"
            )
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def address(self) -> str:
        """Where notifications go: the account's email, or the guest's."""
        return (self.user.email if self.user_id and self.user else "") or self.email

    @property
    def is_guest(self) -> bool:
        return self.user_id is None

    def can_comment(self, now: datetime.datetime | None = None) -> bool:
        if self.standing == self.Standing.BANNED:
            return False
        if self.standing == self.Standing.SUSPENDED:
            return self.suspended_until is not None and self.suspended_until <= (
                now or timezone.now()
            )
        return True


class Discussion(models.Model):
    """Per-article comment settings: closing an article's comments keeps them shown."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="discussion"
    )
    closed = models.BooleanField(default=False)
    closed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Discussion of page {self.page_id}"


class CommentQuerySet(models.QuerySet["Comment"]):
    def public(self) -> CommentQuerySet:
        """What readers see: approved, and, for replies, under an approved comment."""
        return self.filter(status=Comment.Status.APPROVED).filter(
            models.Q(parent=None) | models.Q(parent__status=Comment.Status.APPROVED)
        )

    def reported(self) -> CommentQuerySet:
        return self.filter(reports__resolved=False).distinct()


class Comment(models.Model):
    """One reader's comment on one article (a language version of it), or a reply to one.

    Replies are one level deep: a reply to a reply joins the same thread, naming whom it
    answers (``in_reply_to``).
    """

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Waiting for email confirmation")
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SPAM = "spam", _("Spam")

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    # A deleted comment (its reader deleted their account) leaves the replies of others
    # standing, as comments of their own.
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    in_reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    commenter = models.ForeignKey(Commenter, on_delete=models.CASCADE, related_name="comments")
    body = models.TextField()
    body_html = models.TextField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    hold_reason = models.CharField(max_length=200, blank=True)
    featured = models.BooleanField(default=False)
    notify = models.BooleanField(
        default=False, help_text="The reader asked for email about this comment."
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    moderated_at = models.DateTimeField(null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = CommentQuerySet.as_manager()
    # Set when loaded (from_db) and by services.public_thread; not database fields.
    _was_public: bool = False
    public_replies: list[Comment]

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["page", "status"]), models.Index(fields=["status"])]

    def __str__(self) -> str:
        return f"{self.commenter} on page {self.page_id}: {self.body[:40]}"

    @classmethod
    def from_db(cls, db: Any, field_names: Any, values: Any) -> Comment:
        instance = super().from_db(db, field_names, values)
        # Whether readers saw it as loaded: leaving the page is a change to the page too.
        instance._was_public = instance.status == cls.Status.APPROVED
        return instance

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def shows_on_page(self) -> bool:
        """Whether saving or deleting this comment changes what readers of the page see."""
        return self.is_public or self._was_public


class CommentReport(models.Model):
    """A reader's report that a comment breaks the rules; resolved by a moderator's action."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        Commenter, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"Report on comment {self.comment_id}"


class Notification(models.Model):
    """One email about a comment, to one address: the ledger that keeps it from going twice.

    A worker claims the row (``claimed_at``, committed) before it sends and marks it sent
    after; a worker killed in between leaves a claimed, unsent row that is never sent again
    (at most once: a reader may miss one email, never get two).
    """

    class Kind(models.TextChoices):
        APPROVED = "approved", _("Comment approved")
        REJECTED = "rejected", _("Comment rejected")
        REPLY = "reply", _("Reply")
        CONFIRM = "confirm", _("Confirm a guest comment")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    address = models.EmailField()
    created_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "kind", "address"], name="one_notification_per_event"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} about comment {self.comment_id} to {self.address}"
