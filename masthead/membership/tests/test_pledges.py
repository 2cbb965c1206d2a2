"""Plans page, joining by pledge, the editor's confirmation, the members' area, renewals.

Emails are read from a real SMTP server (aiosmtpd) as a reader's mail server would get them.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.contrib.auth.models import Permission
from django.utils import timezone

from masthead.accounts.models import User
from masthead.accounts.tests.mailserver import MailServer
from masthead.membership import services
from masthead.membership.models import Membership, Payment, Plan, Pledge, SentEmail
from masthead.membership.tests.support import READER_EMAIL, MembershipTestCase, make_reader


class PlansPageTests(MembershipTestCase):
    def test_lists_active_plans_with_prices_and_benefits(self) -> None:
        Plan.objects.create(name="Old founders", amount=Decimal("3"), active=False)
        page = self.client.get("/membership/")
        self.assertContains(page, "Become a member")
        self.assertContains(page, "Reader")
        self.assertContains(page, "6.00 EUR a month")
        self.assertContains(page, "120.00 EUR a year")
        self.assertContains(page, "<li>Invitations to newsroom evenings</li>", html=True)
        self.assertNotContains(page, "Old founders")
        self.assertContains(page, f'href="/membership/join/{self.monthly.pk}/"')
        # The page is the same for everyone: no token, and its own forms send by GET.
        self.assertNotContains(page, "csrfmiddlewaretoken")
        main = page.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
        self.assertNotIn('method="post"', main)

    def test_joining_asks_a_stranger_to_sign_in_first(self) -> None:
        response = self.client.get(f"/membership/join/{self.monthly.pk}/")
        self.assertRedirects(
            response,
            f"/account/login/?next=/membership/join/{self.monthly.pk}/",
            fetch_redirect_response=False,
        )

    def test_an_inactive_plan_cannot_be_joined(self) -> None:
        self.client.force_login(self.reader)
        self.monthly.active = False
        self.monthly.save()
        self.assertEqual(self.client.get(f"/membership/join/{self.monthly.pk}/").status_code, 404)

    def test_join_page_is_private_and_offers_pledges_without_stripe_keys(self) -> None:
        self.client.force_login(self.reader)
        page = self.client.get(f"/membership/join/{self.monthly.pk}/")
        self.assertIn("no-store", page["Cache-Control"])
        self.assertIn("private", page["Cache-Control"])
        self.assertContains(page, "csrfmiddlewaretoken")
        self.assertContains(page, "Pay by bank transfer or cheque")
        self.assertNotContains(page, "Pay by card")  # no keys set: cards are not offered


class PledgeJourneyTests(MembershipTestCase):
    def test_pledge_confirmed_by_an_editor_makes_a_member_with_a_receipt(self) -> None:
        editor = User.objects.create_superuser("desk", "desk@courier.example", "quay-lights-7")
        with MailServer() as mail:
            self.client.force_login(self.reader)
            with self.captureOnCommitCallbacks(execute=True):
                response = self.client.post(
                    f"/membership/join/{self.monthly.pk}/",
                    {"provider": "pledge", "method": "bank"},
                )
            pledge = Pledge.objects.get(user=self.reader)
            self.assertRedirects(
                response, f"/membership/pledge/{pledge.reference}/", status_code=303
            )
            page = self.client.get(f"/membership/pledge/{pledge.reference}/")
            self.assertContains(page, "IBAN DE00 1234 5678 9012 3456 78")
            self.assertContains(page, pledge.reference)
            instructions = mail.wait_for(READER_EMAIL, 1)
            self.assertIn("pledge", instructions["Subject"])
            self.assertIn(pledge.reference, mail.body(instructions))
            self.assertIn("IBAN DE00", mail.body(instructions))
            # Pledged is not paid: no member yet.
            self.assertFalse(services.is_member(self.reader))
            area = self.client.get("/account/membership/")
            self.assertContains(area, "Pledges waiting for payment")

            self.client.force_login(editor)
            queue = self.client.get("/admin/membership/?tab=pledges")
            self.assertContains(queue, pledge.reference)
            with self.captureOnCommitCallbacks(execute=True):
                confirmed = self.client.post(
                    f"/admin/membership/pledges/{pledge.pk}/confirm/", {"action": "confirm"}
                )
            self.assertEqual(confirmed.status_code, 302)
            # A second click records nothing more.
            with self.captureOnCommitCallbacks(execute=True):
                self.client.post(
                    f"/admin/membership/pledges/{pledge.pk}/confirm/", {"action": "confirm"}
                )
            self.assertEqual(Payment.objects.filter(user=self.reader).count(), 1)
            receipt = mail.wait_for(READER_EMAIL, 2)
            self.assertIn("receipt", receipt["Subject"])
            payment = Payment.objects.get(user=self.reader)
            self.assertIn(payment.receipt_number, mail.body(receipt))
            html = receipt.get_body(preferencelist=("html",))
            assert html is not None
            self.assertIn("6.00 EUR", html.get_content())
            self.assertEqual(len(mail.messages), 2)

        membership = Membership.objects.get(user=self.reader)
        self.assertEqual(membership.status, Membership.Status.ACTIVE)
        self.assertEqual(membership.provider, "pledge")
        self.assertTrue(services.is_member(self.reader))
        self.client.force_login(self.reader)
        area = self.client.get("/account/membership/")
        self.assertContains(area, "Reader")
        self.assertContains(area, "Renews on")
        self.assertContains(area, payment.receipt_number)
        self.assertIn("no-store", area["Cache-Control"])
        receipt_page = self.client.get(f"/account/membership/receipts/{payment.pk}/")
        self.assertContains(receipt_page, "Courier Media Ltd, 4 Quay Street")
        self.assertContains(receipt_page, "6.00 EUR")

    def test_a_reader_cannot_see_another_readers_pledge_or_receipt(self) -> None:
        other = make_reader("olek@reader.example", "Olek")
        pledge = Pledge.objects.create(user=other, plan=self.monthly, amount=Decimal("6"))
        services.confirm_pledge(pledge, None)
        payment = Payment.objects.get(user=other)
        self.client.force_login(self.reader)
        self.assertEqual(
            self.client.get(f"/membership/pledge/{pledge.reference}/").status_code, 404
        )
        receipt = self.client.get(f"/account/membership/receipts/{payment.pk}/")
        self.assertEqual(receipt.status_code, 404)

    def test_pledge_form_needs_a_method_that_is_offered(self) -> None:
        self.client.force_login(self.reader)
        response = self.client.post(
            f"/membership/join/{self.monthly.pk}/", {"provider": "pledge", "method": "gold"}
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Pledge.objects.exists())

    def test_forms_refuse_posts_without_the_csrf_token(self) -> None:
        from django.test import Client

        client = Client(enforce_csrf_checks=True)
        client.force_login(self.reader)
        response = client.post(
            f"/membership/join/{self.monthly.pk}/", {"provider": "pledge", "method": "bank"}
        )
        self.assertEqual(response.status_code, 403)
        self.assertFalse(Pledge.objects.exists())

    def test_pledge_posts_are_rate_limited(self) -> None:
        self.client.force_login(self.reader)
        with self.settings(MASTHEAD_RATE_LIMITS={"membership": "2/600"}):
            for _ in range(2):
                self.client.post(
                    f"/membership/join/{self.monthly.pk}/",
                    {"provider": "pledge", "method": "bank"},
                )
            third = self.client.post(
                f"/membership/join/{self.monthly.pk}/", {"provider": "pledge", "method": "bank"}
            )
        self.assertEqual(third.status_code, 429)
        self.assertEqual(Pledge.objects.count(), 2)

    def test_an_editor_without_the_permission_cannot_confirm(self) -> None:
        pledge = Pledge.objects.create(user=self.reader, plan=self.monthly, amount=Decimal("6"))
        clerk = User.objects.create_user("clerk", "clerk@courier.example", "x-ray-harbour-2")
        clerk.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(clerk)
        response = self.client.post(f"/admin/membership/pledges/{pledge.pk}/confirm/")
        self.assertRedirects(
            response, "/admin/", fetch_redirect_response=False
        )  # Wagtail's refusal
        pledge.refresh_from_db()
        self.assertEqual(pledge.status, Pledge.Status.WAITING)


class RenewalTests(MembershipTestCase):
    def active_pledged(self, days_left: int) -> Membership:
        pledge = Pledge.objects.create(user=self.reader, plan=self.monthly, amount=Decimal("6"))
        services.confirm_pledge(pledge, None)
        membership = Membership.objects.get(user=self.reader)
        membership.current_period_end = timezone.now() + datetime.timedelta(days=days_left)
        membership.save()
        return membership

    def test_reminder_once_then_lapse_after_the_grace_period(self) -> None:
        membership = self.active_pledged(days_left=3)
        with MailServer() as mail:
            with self.captureOnCommitCallbacks(execute=True):
                self.assertEqual(services.sweep()["reminded"], 1)
                self.assertEqual(services.sweep()["reminded"], 0)  # at most once per period
            reminder = mail.wait_for(READER_EMAIL, 1)
        self.assertIn("renews soon", reminder["Subject"])
        self.assertIn("Please pay the next period (6.00 EUR)", mail.body(reminder))
        self.assertEqual(SentEmail.objects.filter(kind="renewal", membership=membership).count(), 1)
        later = membership.current_period_end + datetime.timedelta(days=15)
        with MailServer() as mail:
            with self.captureOnCommitCallbacks(execute=True):
                self.assertEqual(services.sweep(now=later)["ended"], 1)
                self.assertEqual(services.sweep(now=later)["ended"], 0)
            lapsed = mail.wait_for(READER_EMAIL, 1)
        self.assertIn("has ended", lapsed["Subject"])
        membership.refresh_from_db()
        self.assertEqual(membership.status, Membership.Status.LAPSED)
        self.assertFalse(services.is_member(self.reader))

    def test_renewal_pledge_extends_the_same_membership(self) -> None:
        membership = self.active_pledged(days_left=3)
        end = membership.current_period_end
        self.client.force_login(self.reader)
        response = self.client.post(
            f"/account/membership/{membership.pk}/renew/", {"method": "bank"}
        )
        renewal = Pledge.objects.get(membership=membership, status=Pledge.Status.WAITING)
        self.assertRedirects(response, f"/membership/pledge/{renewal.reference}/")
        services.confirm_pledge(renewal, None)
        membership.refresh_from_db()
        assert end is not None and membership.current_period_end is not None
        self.assertGreater(membership.current_period_end, end + datetime.timedelta(days=27))
        self.assertEqual(Membership.objects.filter(user=self.reader).count(), 1)

    def test_cancelling_a_pledged_membership_stops_renewal_and_reminders(self) -> None:
        membership = self.active_pledged(days_left=3)
        self.client.force_login(self.reader)
        self.client.post(f"/account/membership/{membership.pk}/cancel/")
        membership.refresh_from_db()
        self.assertTrue(membership.cancel_at_period_end)
        self.assertEqual(membership.status, Membership.Status.ACTIVE)  # paid until the end
        area = self.client.get("/account/membership/")
        self.assertContains(area, "not renewed")
        self.assertEqual(services.sweep()["reminded"], 0)
        later = timezone.now() + datetime.timedelta(days=30)
        with self.captureOnCommitCallbacks(execute=True):
            services.sweep(now=later)
        membership.refresh_from_db()
        self.assertEqual(membership.status, Membership.Status.CANCELLED)
        self.assertFalse(SentEmail.objects.filter(kind="lapsed").exists())
