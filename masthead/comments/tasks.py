"""Emails about comments, sent by the task worker after the change that caused them committed.

Each email is a ``Notification`` row. ``send_notification`` claims the row in its own committed
transaction before it talks to the mail server, and marks it sent after: a second run (the
task enqueued twice, a worker restarted) finds the claim and sends nothing. A worker killed
between claim and send leaves the row claimed and unsent: at most once, never twice.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from masthead.comments.models import Notification

logger = logging.getLogger(__name__)
CONFIRM_SALT = "masthead.comments.confirm"
SUBJECTS: dict[str, str] = {
    Notification.Kind.APPROVED: "Your comment is published",
    Notification.Kind.REJECTED: "Your comment was not published",
    Notification.Kind.REPLY: "A reply to your comment",
    Notification.Kind.CONFIRM: "Confirm your comment",
}


def confirm_token(comment_id: int) -> str:
    return signing.dumps(comment_id, salt=CONFIRM_SALT)


def absolute(path: str) -> str:
    return settings.SITE_BASE_URL.rstrip("/") + path


def build_message(notification: Notification) -> EmailMessage:
    comment = notification.comment
    page = comment.page.specific
    language = page.locale.language_code if hasattr(page, "locale") else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "notification": notification,
            "comment": comment,
            "article": page,
            "article_url": page.get_full_url() or absolute(page.url or "/"),
            "confirm_url": absolute(reverse("comments:confirm", args=[confirm_token(comment.pk)])),
        }
        subject = translation.gettext(SUBJECTS[notification.kind])
        body = render_to_string("comments/email/notification.txt", context)
    return EmailMessage(
        subject=f"{subject}: {page.title}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.address],
    )


@task()
def send_notification(notification_id: int) -> str:
    """Send one notification, once. Returns what happened ("sent", "already claimed", …)."""
    with transaction.atomic():
        claimed = Notification.objects.filter(pk=notification_id, claimed_at=None).update(
            claimed_at=timezone.now()
        )
    if not claimed:
        return "already claimed"
    notification = Notification.objects.select_related("comment__commenter").get(pk=notification_id)
    try:
        message = build_message(notification)
        message.send()
    except Exception as error:
        # Nothing went out: release the claim so a later run may try again.
        logger.exception("comment notification %s failed", notification_id)
        Notification.objects.filter(pk=notification_id).update(
            claimed_at=None, error=str(error)[:300]
        )
        raise
    Notification.objects.filter(pk=notification_id).update(sent_at=timezone.now(), error="")
    return "sent"


@task()
def purge_unconfirmed_comments() -> int:
    """Delete guest comments whose address was never confirmed in time."""
    from masthead.comments.services import purge_unconfirmed

    return purge_unconfirmed()
