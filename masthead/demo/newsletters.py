"""The demo's newsletter: a few subscribers (their words of consent kept) and one weekly digest
built from the demo's articles, sent, so the admin lists it and the archive shows it.

The addresses are on example.org and nothing is mailed: the digest is marked sent without a
campaign, as an outlet's archive would show last week's issue.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils import timezone

from masthead.newsletters import forms, issues
from masthead.newsletters.models import ConsentRecord, Issue, Subscriber

READERS = [
    ("weekly.reader@example.org", "weekly", "en"),
    ("lectrice@example.org", "weekly", "fr"),
    ("daily.reader@example.org", "daily", "en"),
]
INTRO = (
    "This week: the stories our readers shared most, and two pieces from our partners. "
    "Reply to this email to tell us what we missed."
)


def load_demo_newsletters(log: Callable[[str], None] = lambda _msg: None) -> Issue | None:
    """Create the demo's subscribers and its sample weekly digest (sent, in the archive)."""
    now = timezone.now()
    wording = forms.consent_wording("the demo outlet")
    for email, frequency, language in READERS:
        reader, _created = Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "status": Subscriber.Status.CONFIRMED,
                "frequency": frequency,
                "language": language,
                "confirmed_at": now,
            },
        )
        for action in (ConsentRecord.Action.SUBSCRIBE, ConsentRecord.Action.CONFIRM):
            ConsentRecord.objects.get_or_create(
                subscriber=reader,
                action=action,
                defaults={"form": "page", "wording": wording, "language": language},
            )
    # Every demo article was published as the demo was built: the sample keeps the newest 12.
    issue = issues.build_digest("weekly", now=now)
    if issue is None:
        return None
    for item in issue.items.all()[12:]:
        item.delete()
    issue.intro = INTRO
    issue.status = Issue.Status.SENT
    issue.sent_at = now
    issue.save()
    log(f"Newsletter: {len(READERS)} subscribers and the sample digest “{issue.subject}”.")
    return issue
