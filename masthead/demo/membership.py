"""The demo's membership: two plans, offline payment details, a member with a payment history,
a lapsed member and a pledge waiting for an editor (written for the project).

Rows are made directly, as the confirmations would have left them, so building the demo sends
no email. Demo readers have no password: they sign in with a code sent by email (the demo's
mail goes to the console).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.utils import timezone
from wagtail.models import Site

from masthead.accounts.models import User
from masthead.core.models import OutletSettings
from masthead.membership.models import Membership, MembershipSettings, Payment, Plan, Pledge
from masthead.membership.services import add_period

BANK = "{name} Media Association\nIBAN XX00 0000 0000 0000 0000 00\nBIC DEMOXXXX"
CHEQUE = "{name}, Members' desk\n12 Ropewalk Lane\nPort Meridian"


def _reader(email: str, name: str) -> User:
    user, created = User.objects.get_or_create(
        username=email.split("@")[0], defaults={"email": email, "display_name": name}
    )
    if created:
        user.set_unusable_password()
        user.save()
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def load_demo_membership(log: Callable[[str], None] = lambda _msg: None) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    rules = MembershipSettings.for_site(site)
    # In the outlet's own name (the demo's is The Meridian Review).
    name = OutletSettings.for_site(site).outlet_name or site.site_name
    rules.prompt_text = f"{name} is paid for by its readers, not by advertisers."
    rules.thanks_text = "Thank you for being a member: this reporting is yours too."
    rules.bank_details = BANK.format(name=name)
    rules.cheque_address = CHEQUE.format(name=name)
    rules.receipt_footer = f"{name} Media Association (demo), Port Meridian"
    rules.save()
    reader_plan = Plan.objects.create(
        name="Reader",
        amount=Decimal("6.00"),
        interval="month",
        benefits="The editor's letter every Friday\nInvitations to open newsroom evenings",
    )
    patron = Plan.objects.create(
        name="Patron",
        amount=Decimal("120.00"),
        interval="year",
        sort_order=1,
        benefits="Everything in Reader\nYour name on the supporters' page, if you wish\n"
        "A printed yearbook each December",
    )
    now = timezone.now()

    member = _reader("amara.member@example.org", "Amara O.")
    start = now - datetime.timedelta(days=80)
    membership = Membership.objects.create(
        user=member,
        plan=reader_plan,
        amount=reader_plan.amount,
        interval="month",
        provider="pledge",
        status=Membership.Status.ACTIVE,
        started_at=start,
        language="en",
    )
    paid = start
    for number in range(3):
        Payment.objects.create(
            user=member,
            membership=membership,
            kind=Payment.Kind.MEMBERSHIP,
            provider="pledge",
            amount=reader_plan.amount,
            currency="EUR",
            reference=f"DEMO-AMARA-{number + 1}",
            paid_at=paid,
        )
        paid = add_period(paid, "month")
    membership.current_period_end = paid
    membership.save()
    Payment.objects.create(
        user=member,
        kind=Payment.Kind.DONATION,
        provider="pledge",
        amount=Decimal("30.00"),
        currency="EUR",
        reference="DEMO-AMARA-GIFT",
        paid_at=now - datetime.timedelta(days=20),
    )

    lapsed = _reader("jonas.lapsed@example.org", "Jonas B.")
    old_start = now - datetime.timedelta(days=420)
    Membership.objects.create(
        user=lapsed,
        plan=patron,
        amount=patron.amount,
        interval="year",
        provider="pledge",
        status=Membership.Status.LAPSED,
        started_at=old_start,
        current_period_end=add_period(old_start, "year"),
        ended_at=now - datetime.timedelta(days=40),
        language="en",
    )
    Payment.objects.create(
        user=lapsed,
        kind=Payment.Kind.MEMBERSHIP,
        provider="pledge",
        amount=patron.amount,
        currency="EUR",
        reference="DEMO-JONAS-1",
        paid_at=old_start,
    )

    waiting = _reader("ines.pledge@example.org", "Inès R.")
    Pledge.objects.create(
        user=waiting,
        plan=patron,
        amount=patron.amount,
        currency="EUR",
        method=Pledge.Method.BANK,
        reference="M-DEMO2026",
        language="fr",
    )
    log("Membership: 2 plans, a member with 4 payments, a lapsed member, 1 pledge to confirm.")
