"""The membership admin: members, lapsed members, income by month, CSV; the donation form;
the link from the reader's account page."""

from __future__ import annotations

import csv
import datetime
import io
from decimal import Decimal

from django.contrib.auth.models import Group, Permission

from masthead.accounts.models import User
from masthead.membership import services
from masthead.membership.models import Membership, Payment, Pledge
from masthead.membership.tests.support import MembershipTestCase, make_reader


class AdminListTests(MembershipTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.lapsed_reader = make_reader("tomas@reader.example", "Tomas")
        november = datetime.datetime(2026, 11, 3, 10, tzinfo=datetime.UTC)
        october = datetime.datetime(2026, 10, 3, 10, tzinfo=datetime.UTC)
        for when, reader in ((october, cls.reader), (november, cls.reader)):
            pledge = Pledge.objects.create(user=reader, plan=cls.monthly, amount=Decimal("6"))
            services.confirm_pledge(pledge, None, now=when)
        gone = Pledge.objects.create(user=cls.lapsed_reader, plan=cls.yearly, amount=Decimal("120"))
        services.confirm_pledge(gone, None, now=october - datetime.timedelta(days=400))
        lapsed = Membership.objects.get(user=cls.lapsed_reader)
        services.end_membership(lapsed, lapsed=True)
        Payment.objects.create(
            user=cls.lapsed_reader,
            kind="donation",
            provider="stripe",
            amount=Decimal("25"),
            currency="EUR",
            reference="cs_gift",
            paid_at=november,
        )
        cls.editor = User.objects.create_superuser("desk", "desk@courier.example", "quay-lights-7")

    def test_members_and_lapsed_members_are_listed_apart(self) -> None:
        self.client.force_login(self.editor)
        members = self.client.get("/admin/membership/")
        self.assertContains(members, "nadia@reader.example")
        self.assertNotContains(members, "tomas@reader.example")
        self.assertContains(members, "Members (1)")
        lapsed = self.client.get("/admin/membership/?tab=lapsed")
        self.assertContains(lapsed, "tomas@reader.example")
        self.assertNotContains(lapsed, "nadia@reader.example")

    def test_income_by_month_adds_up_each_month(self) -> None:
        rows = {
            (row["month"].strftime("%Y-%m"), row["currency"]): row
            for row in services.income_by_month()
        }
        self.assertEqual(rows[("2026-11", "EUR")]["total"], Decimal("31.00"))  # 6 + a 25 gift
        self.assertEqual(rows[("2026-11", "EUR")]["count"], 2)
        self.assertEqual(rows[("2026-10", "EUR")]["total"], Decimal("6.00"))
        self.client.force_login(self.editor)
        page = self.client.get("/admin/membership/?tab=income")
        self.assertContains(
            page, "<tr><td>2026-11</td><td>EUR</td><td>2</td><td>31.00</td></tr>", html=True
        )

    def test_csv_export_has_one_row_per_membership(self) -> None:
        self.client.force_login(self.editor)
        response = self.client.get("/admin/membership/members.csv")
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertIn("attachment", response["Content-Disposition"])
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        self.assertEqual(rows[0][:3], ["email", "name", "plan"])
        by_email = {row[0]: row for row in rows[1:]}
        self.assertEqual(set(by_email), {"nadia@reader.example", "tomas@reader.example"})
        self.assertEqual(by_email["nadia@reader.example"][7], "active")
        self.assertEqual(by_email["nadia@reader.example"][12], "2026-11-03")
        self.assertEqual(by_email["tomas@reader.example"][7], "lapsed")

    def test_lists_and_export_need_the_permission(self) -> None:
        clerk = User.objects.create_user("clerk", "clerk@courier.example", "x-ray-harbour-2")
        clerk.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(clerk)
        for url in ("/admin/membership/", "/admin/membership/members.csv"):
            self.assertRedirects(self.client.get(url), "/admin/", fetch_redirect_response=False)
        group = Group.objects.create(name="Membership desk")
        group.permissions.add(Permission.objects.get(codename="change_membership"))
        clerk.groups.add(group)
        clerk = User.objects.get(pk=clerk.pk)  # permissions are cached on the instance
        self.client.force_login(clerk)
        self.assertContains(self.client.get("/admin/membership/"), "nadia@reader.example")
        self.assertNotContains(
            self.client.get("/admin/membership/?tab=pledges"), "Payment received"
        )

    def test_readers_are_refused_the_admin_lists(self) -> None:
        self.client.force_login(self.reader)
        response = self.client.get("/admin/membership/members.csv")
        self.assertNotEqual(response.status_code, 200)


class DonationFormTests(MembershipTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.client.force_login(self.reader)

    def test_preset_and_free_amounts_are_checked(self) -> None:
        preset = self.client.get("/membership/donate/", {"frequency": "monthly", "amount": "25"})
        self.assertContains(preset, "You give 25 EUR every month.")
        for bad in (
            {"frequency": "once", "amount": "other"},  # no amount typed
            {"frequency": "once", "amount": "other", "other_amount": "0.50"},
            {"frequency": "once", "amount": "other", "other_amount": "250000"},
            {"frequency": "once", "amount": "7"},  # not a preset
            {"frequency": "yearly", "amount": "10"},
        ):
            with self.subTest(bad):
                response = self.client.get("/membership/donate/", bad)
                self.assertEqual(response.status_code, 400)
                self.assertNotContains(response, "You give", status_code=400)

    def test_a_one_time_gift_can_be_pledged_by_cheque(self) -> None:
        data = {
            "frequency": "once",
            "amount": "other",
            "other_amount": "40",
            "provider": "pledge",
            "method": "cheque",
        }
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post("/membership/donate/", data)
        pledge = Pledge.objects.get()
        self.assertRedirects(response, f"/membership/pledge/{pledge.reference}/", status_code=303)
        self.assertEqual(pledge.amount, Decimal("40"))
        self.assertIsNone(pledge.plan)
        page = self.client.get(f"/membership/pledge/{pledge.reference}/")
        self.assertContains(page, "4 Quay Street, Harbourtown")
        services.confirm_pledge(pledge, None)
        payment = Payment.objects.get()
        self.assertEqual(payment.kind, Payment.Kind.DONATION)
        self.assertFalse(services.is_member(self.reader))

    def test_the_account_page_links_to_the_members_area(self) -> None:
        page = self.client.get("/account/")
        self.assertContains(page, 'href="/account/membership/"')
        area = self.client.get("/account/membership/")
        self.assertContains(area, "You are not a member yet.")
