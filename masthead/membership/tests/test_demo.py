"""The demo's membership rows show in the members' area and the admin lists."""

from __future__ import annotations

from django.test import TestCase

from masthead.accounts.models import User
from masthead.demo.membership import load_demo_membership
from masthead.testing import build_outlet


class DemoMembershipTests(TestCase):
    def test_members_area_and_admin_lists_show_the_demo(self) -> None:
        build_outlet()
        load_demo_membership()
        plans = self.client.get("/membership/")
        self.assertContains(plans, "Patron")
        self.assertContains(plans, "The Test Courier is paid for by its readers")
        self.client.force_login(User.objects.get(email="amara.member@example.org"))
        area = self.client.get("/account/membership/")
        self.assertContains(area, "Renews on")
        self.assertEqual(area.content.decode().count("/account/membership/receipts/"), 4)
        editor = User.objects.create_superuser("desk", "desk@courier.example", "quay-lights-7")
        self.client.force_login(editor)
        self.assertContains(self.client.get("/admin/membership/"), "amara.member@example.org")
        self.assertContains(
            self.client.get("/admin/membership/?tab=lapsed"), "jonas.lapsed@example.org"
        )
        self.assertContains(self.client.get("/admin/membership/?tab=pledges"), "M-DEMO2026")
