"""Subscribers for tests and the demo."""

from __future__ import annotations

import factory
from django.utils import timezone

from masthead.newsletters.models import Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"reader{n}@inbox.example")
    status = Subscriber.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)
