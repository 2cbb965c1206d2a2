"""Shared set-up for the membership tests: an outlet, two plans, a reader, offline payment
details, and helpers to post signed webhooks."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.test import TestCase

from masthead.accounts.models import User
from masthead.membership.models import MembershipSettings, Plan
from masthead.membership.tests.stripe_server import event, signed
from masthead.testing import build_outlet

READER_EMAIL = "nadia@reader.example"
BANK = "Courier Media Ltd\nIBAN DE00 1234 5678 9012 3456 78\nBIC COURDEFF"


def make_reader(email: str = READER_EMAIL, name: str = "Nadia K.") -> User:
    user = User.objects.create_user(
        username=email.split("@")[0], email=email, password="tide-charts-41", display_name=name
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


class MembershipTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        rules = MembershipSettings.for_site(cls.outlet.site)
        rules.bank_details = BANK
        rules.cheque_address = "Courier Media, 4 Quay Street, Harbourtown"
        rules.receipt_footer = "Courier Media Ltd, 4 Quay Street"
        rules.save()
        cls.monthly = Plan.objects.create(
            name="Reader",
            amount=Decimal("6.00"),
            interval="month",
            benefits="The weekly letter from the editor\nInvitations to newsroom evenings",
        )
        cls.yearly = Plan.objects.create(
            name="Patron", amount=Decimal("120.00"), interval="year", sort_order=2
        )
        cls.reader = make_reader()

    def setUp(self) -> None:
        cache.clear()  # rate-limit windows from other tests

    def post_event(self, event_id: str, kind: str, obj: dict[str, Any], **kwargs: Any) -> Any:
        payload = event(event_id, kind, obj)
        header = kwargs.pop("signature", None) or signed(payload)
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(
                "/membership/stripe/webhook/",
                data=payload,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=header,
            )
