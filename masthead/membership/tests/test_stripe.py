"""Stripe: checkout, portal and cancel against a local Stripe-shaped server; webhooks signed
(or not) by the tests themselves and posted to the real endpoint."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from django.test import override_settings

from masthead.accounts.models import User
from masthead.membership import services
from masthead.membership.models import Membership, Payment, ProcessedEvent, SentEmail
from masthead.membership.tests.stripe_server import StripeServer, signed
from masthead.membership.tests.support import MembershipTestCase

PERIOD_END = 1_893_456_000  # 2030-01-01


class CheckoutTests(MembershipTestCase):
    def test_joining_by_card_opens_a_subscription_checkout_and_changes_no_status(self) -> None:
        self.client.force_login(self.reader)
        with StripeServer() as stripe_api:
            page = self.client.get(f"/membership/join/{self.monthly.pk}/")
            self.assertContains(page, "Pay by card")
            response = self.client.post(
                f"/membership/join/{self.monthly.pk}/", {"provider": "stripe"}
            )
        [call] = stripe_api.calls_to("/v1/checkout/sessions")
        self.assertEqual(response.status_code, 303)
        self.assertTrue(
            response["Location"].startswith("https://checkout.stripe.test/c/pay/cs_test_")
        )
        self.assertEqual(call.headers["Authorization"], "Bearer sk_test_masthead_local")
        form = call.form
        self.assertEqual(form["mode"], "subscription")
        self.assertEqual(form["line_items[0][price_data][unit_amount]"], "600")
        self.assertEqual(form["line_items[0][price_data][currency]"], "eur")
        self.assertEqual(form["line_items[0][price_data][recurring][interval]"], "month")
        self.assertEqual(form["line_items[0][price_data][product_data][name]"], "Reader")
        self.assertEqual(form["customer_email"], self.reader.email)
        self.assertEqual(form["success_url"], "http://testserver/membership/thanks/")
        membership = Membership.objects.get(user=self.reader)
        self.assertEqual(
            form["subscription_data[metadata][masthead_membership]"], str(membership.pk)
        )
        self.assertEqual(membership.status, Membership.Status.PENDING)
        self.assertTrue(membership.checkout_session_id.startswith("cs_test_"))
        # Coming back to the thanks page proves nothing: still not a member.
        self.client.get("/membership/thanks/")
        self.assertFalse(services.is_member(self.reader))

    def test_a_one_time_donation_is_a_payment_checkout_of_the_chosen_amount(self) -> None:
        self.client.force_login(self.reader)
        with StripeServer() as stripe_api:
            checked = self.client.get(
                "/membership/donate/",
                {"frequency": "once", "amount": "other", "other_amount": "17.50"},
            )
            self.assertContains(checked, "You give 17.50 EUR once.")
            response = self.client.post(
                "/membership/donate/",
                {
                    "frequency": "once",
                    "amount": "other",
                    "other_amount": "17.50",
                    "provider": "stripe",
                },
            )
        self.assertEqual(response.status_code, 303)
        [call] = stripe_api.calls_to("/v1/checkout/sessions")
        self.assertEqual(call.form["mode"], "payment")
        self.assertEqual(call.form["line_items[0][price_data][unit_amount]"], "1750")
        self.assertNotIn("line_items[0][price_data][recurring][interval]", call.form)
        self.assertFalse(Membership.objects.exists())

    def test_a_monthly_donation_is_a_subscription(self) -> None:
        self.client.force_login(self.reader)
        with StripeServer() as stripe_api:
            self.client.post(
                "/membership/donate/",
                {"frequency": "monthly", "amount": "10", "provider": "stripe"},
            )
        [call] = stripe_api.calls_to("/v1/checkout/sessions")
        self.assertEqual(call.form["mode"], "subscription")
        self.assertEqual(call.form["line_items[0][price_data][unit_amount]"], "1000")
        self.assertEqual(Membership.objects.get().label, "Monthly donation")

    def test_without_keys_cards_are_hidden_and_the_admin_says_what_to_set(self) -> None:
        self.client.force_login(self.reader)
        response = self.client.post(f"/membership/join/{self.monthly.pk}/", {"provider": "stripe"})
        self.assertEqual(response.status_code, 404)
        editor = User.objects.create_superuser("desk", "desk@courier.example", "quay-lights-7")
        self.client.force_login(editor)
        admin = self.client.get("/admin/membership/")
        self.assertContains(admin, "MASTHEAD_STRIPE_SECRET_KEY")
        self.assertContains(admin, "MASTHEAD_STRIPE_WEBHOOK_SECRET")


def session_completed(membership: Membership) -> dict[str, Any]:
    return {
        "id": "cs_test_77",
        "object": "checkout.session",
        "mode": "subscription",
        "payment_status": "paid",
        "customer": "cus_Nadia",
        "subscription": "sub_Nadia",
        "client_reference_id": str(membership.user_id),
        "metadata": {
            "masthead_user": str(membership.user_id),
            "masthead_membership": str(membership.pk),
        },
    }


def invoice(invoice_id: str, amount: int = 600) -> dict[str, Any]:
    return {
        "id": invoice_id,
        "object": "invoice",
        "customer": "cus_Nadia",
        "currency": "eur",
        "amount_paid": amount,
        "parent": {"subscription_details": {"subscription": "sub_Nadia", "metadata": {}}},
        "lines": {"data": [{"period": {"start": PERIOD_END - 2_592_000, "end": PERIOD_END}}]},
    }


def subscription(status: str, *, cancel_at_period_end: bool = False) -> dict[str, Any]:
    return {
        "id": "sub_Nadia",
        "object": "subscription",
        "status": status,
        "cancel_at_period_end": cancel_at_period_end,
        "items": {"data": [{"current_period_end": PERIOD_END}]},
    }


@override_settings(
    MASTHEAD_STRIPE_SECRET_KEY="sk_test_x",
    MASTHEAD_STRIPE_WEBHOOK_SECRET="whsec_masthead_local_secret",
)
class WebhookTests(MembershipTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.membership = Membership.objects.create(
            user=self.reader,
            plan=self.monthly,
            amount=Decimal("6"),
            provider="stripe",
            checkout_session_id="cs_test_77",
        )

    def test_verified_events_make_a_member_and_record_the_payment_once(self) -> None:
        started = self.post_event(
            "evt_1", "checkout.session.completed", session_completed(self.membership)
        )
        self.assertEqual(started.status_code, 200)
        self.membership.refresh_from_db()
        self.assertEqual(self.membership.status, Membership.Status.ACTIVE)
        self.assertEqual(self.membership.stripe_subscription_id, "sub_Nadia")
        self.assertEqual(self.membership.stripe_customer_id, "cus_Nadia")
        paid = self.post_event("evt_2", "invoice.paid", invoice("in_1"))
        self.assertEqual(paid.content, b"payment recorded")
        replay = self.post_event("evt_2", "invoice.paid", invoice("in_1"))
        self.assertEqual(replay.status_code, 200)
        self.assertEqual(replay.content, b"duplicate")
        payment = Payment.objects.get()
        self.assertEqual(payment.amount, Decimal("6.00"))
        self.assertEqual(payment.reference, "in_1")
        self.membership.refresh_from_db()
        self.assertEqual(int(self.membership.current_period_end.timestamp()), PERIOD_END)
        self.assertEqual(SentEmail.objects.filter(kind="receipt").count(), 1)
        self.assertEqual(ProcessedEvent.objects.count(), 2)
        self.assertTrue(services.is_member(self.reader))

    def test_a_wrong_signature_gets_400_and_changes_nothing(self) -> None:
        payload_obj = session_completed(self.membership)
        from masthead.membership.tests.stripe_server import event

        payload = event("evt_forged", "checkout.session.completed", payload_obj)
        for header in (
            signed(payload, secret="whsec_someone_else"),
            signed(payload, at=int(time.time()) - 3600),  # an old capture replayed
            signed(payload + b" "),  # signed, then altered
            "",
        ):
            response = self.client.post(
                "/membership/stripe/webhook/",
                data=payload,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=header,
            )
            self.assertEqual(response.status_code, 400, header)
        self.membership.refresh_from_db()
        self.assertEqual(self.membership.status, Membership.Status.PENDING)
        self.assertFalse(ProcessedEvent.objects.exists())

    def test_failed_payment_then_end_of_the_subscription(self) -> None:
        self.post_event("evt_1", "checkout.session.completed", session_completed(self.membership))
        self.post_event("evt_2", "invoice.payment_failed", invoice("in_2"))
        self.post_event(
            "evt_3", "invoice.payment_failed", invoice("in_2")
        )  # a new event, same invoice
        self.membership.refresh_from_db()
        self.assertEqual(self.membership.status, Membership.Status.PAST_DUE)
        self.assertTrue(services.is_member(self.reader))  # Stripe still retries
        self.assertEqual(SentEmail.objects.filter(kind="failed").count(), 1)
        self.post_event("evt_4", "customer.subscription.deleted", subscription("canceled"))
        self.membership.refresh_from_db()
        self.assertEqual(self.membership.status, Membership.Status.LAPSED)
        self.assertFalse(services.is_member(self.reader))
        self.assertEqual(SentEmail.objects.filter(kind="lapsed").count(), 1)

    def test_cancel_in_the_portal_arrives_as_a_subscription_update(self) -> None:
        self.post_event("evt_1", "checkout.session.completed", session_completed(self.membership))
        self.post_event(
            "evt_2",
            "customer.subscription.updated",
            subscription("active", cancel_at_period_end=True),
        )
        self.membership.refresh_from_db()
        self.assertTrue(self.membership.cancel_at_period_end)
        self.assertEqual(self.membership.status, Membership.Status.ACTIVE)
        self.post_event(
            "evt_3",
            "customer.subscription.deleted",
            subscription("canceled", cancel_at_period_end=True),
        )
        self.membership.refresh_from_db()
        self.assertEqual(self.membership.status, Membership.Status.CANCELLED)
        self.assertFalse(SentEmail.objects.filter(kind="lapsed").exists())  # the member chose it

    def test_a_one_time_donation_is_recorded_with_its_receipt(self) -> None:
        session = {
            "id": "cs_test_gift",
            "object": "checkout.session",
            "mode": "payment",
            "payment_status": "paid",
            "amount_total": 2500,
            "currency": "eur",
            "client_reference_id": str(self.reader.pk),
            "metadata": {
                "masthead_user": str(self.reader.pk),
                "masthead_kind": "donation",
                "masthead_language": "fr",
            },
        }
        self.post_event("evt_9", "checkout.session.completed", session)
        payment = Payment.objects.get(reference="cs_test_gift")
        self.assertEqual(payment.kind, Payment.Kind.DONATION)
        self.assertEqual(payment.amount, Decimal("25.00"))
        self.assertFalse(services.is_member(self.reader))  # a gift is not a membership
        receipt = SentEmail.objects.get(kind="receipt", payment=payment)
        self.assertEqual(receipt.language, "fr")


class PortalAndCancelTests(MembershipTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.membership = Membership.objects.create(
            user=self.reader,
            plan=self.monthly,
            amount=Decimal("6"),
            provider="stripe",
            status="active",
            stripe_customer_id="cus_Nadia",
            stripe_subscription_id="sub_Nadia",
        )
        self.client.force_login(self.reader)

    def test_the_portal_opens_for_the_members_own_customer(self) -> None:
        with StripeServer() as stripe_api:
            response = self.client.post(f"/account/membership/{self.membership.pk}/portal/")
        self.assertEqual(response.status_code, 303)
        self.assertTrue(response["Location"].startswith("https://billing.stripe.test/p/session/"))
        [call] = stripe_api.calls_to("/v1/billing_portal/sessions")
        self.assertEqual(call.form["customer"], "cus_Nadia")
        self.assertEqual(call.form["return_url"], "http://testserver/account/membership/")

    def test_cancel_asks_stripe_and_waits_for_its_event(self) -> None:
        with StripeServer() as stripe_api:
            response = self.client.post(f"/account/membership/{self.membership.pk}/cancel/")
        self.assertRedirects(response, "/account/membership/", fetch_redirect_response=False)
        [call] = stripe_api.calls_to("/v1/subscriptions/sub_Nadia")
        self.assertEqual(call.form["cancel_at_period_end"], "true")
        self.membership.refresh_from_db()
        self.assertFalse(self.membership.cancel_at_period_end)  # the event sets it
        self.assertEqual(self.membership.status, Membership.Status.ACTIVE)

    def test_another_readers_membership_is_not_theirs_to_cancel(self) -> None:
        stranger = User.objects.create_user("olek", "olek@reader.example", "x-ray-harbour-2")
        self.client.force_login(stranger)
        with StripeServer() as stripe_api:
            response = self.client.post(f"/account/membership/{self.membership.pk}/cancel/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(stripe_api.requests, [])
