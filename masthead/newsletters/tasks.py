"""Emails to one subscriber (confirmation, "already subscribed"), sent by the task worker.

These are single transactional messages through Django's mail backend; digests and special
issues go through the mailing engine (``masthead/newsletters/sending.py``).
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from masthead.newsletters import links
from masthead.newsletters.models import Subscriber
from masthead.newsletters.tokens import confirm_days, confirm_token

SUBJECTS = {
    "confirm": "Confirm your newsletter subscription",
    "already": "You are already subscribed",
}


def build_email(subscriber: Subscriber, kind: str) -> EmailMultiAlternatives:
    with translation.override(subscriber.language):
        context = {
            "subscriber": subscriber,
            "outlet_name": links.outlet_name(),
            "confirm_url": links.absolute("newsletters:confirm", confirm_token(subscriber)),
            "confirm_days": confirm_days(),
            "preferences_url": links.preferences_url(subscriber),
            "unsubscribe_url": links.unsubscribe_url(subscriber),
        }
        subject = translation.gettext(SUBJECTS[kind])
        text = render_to_string(f"newsletters/email/{kind}.txt", context)
    message = EmailMultiAlternatives(
        subject=f"{subject} · {context['outlet_name']}",
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
    )
    return message


@task()
def send_subscriber_email(subscriber_id: int, kind: str) -> str:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return "gone"
    build_email(subscriber, kind).send()
    return "sent"
