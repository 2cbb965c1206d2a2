"""Reader accounts through Django's test client: sign-in rules, limits, reset, profile, deletion.

The whole journey with a real mail server is in test_journey.py; here mail is Django's
in-memory outbox, enough to read a code.
"""

from __future__ import annotations

import re
from typing import Any

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt
from django.core import mail
from django.core.cache import cache
from django.test import RequestFactory, TestCase, override_settings

from masthead.accounts.models import User
from masthead.accounts.signals import reader_deleted
from masthead.settings import base as base_settings

PASSWORD = "harbour-lights-93"


def make_reader(email: str = "ada@reader.example", **extra: Any) -> User:
    """A reader whose email address is confirmed, as after sign-up."""
    user = User.objects.create_user(
        f"reader-{email.split('@')[0]}", email=email, password=PASSWORD, **extra
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def last_code() -> str:
    match = re.search(r"^\s*([A-Z0-9]{4,}(?:-[A-Z0-9]{4,})*)\s*$", mail.outbox[-1].body, re.M)
    assert match is not None, mail.outbox[-1].body
    return match.group(1)


def signed_in_user_id(client: Any) -> str | None:
    return client.session.get("_auth_user_id")


class SignUpTests(TestCase):
    def test_sign_up_asks_for_a_code_and_keeps_the_email_out_of_the_username(self) -> None:
        response = self.client.post(
            "/account/signup/",
            {"email": "Bo.Sandvik@Reader.example", "display_name": "Bo", "password1": PASSWORD},
        )
        self.assertRedirects(response, "/account/confirm-email/", fetch_redirect_response=False)
        user = User.objects.get(email__iexact="bo.sandvik@reader.example")
        self.assertRegex(user.username, r"^reader-[0-9a-f]{10}$")
        self.assertEqual(user.display_name, "Bo")
        self.assertIn("[Masthead]", mail.outbox[0].subject)
        self.assertNotIn("sandvik", mail.outbox[0].body.lower().split("@")[0])
        # Not signed in until the code is entered.
        self.assertIsNone(signed_in_user_id(self.client))

    def test_a_wrong_code_does_not_confirm(self) -> None:
        self.client.post(
            "/account/signup/",
            {"email": "cy@reader.example", "display_name": "Cy", "password1": PASSWORD},
        )
        response = self.client.post("/account/confirm-email/", {"code": "AAAA-BBBB"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Incorrect code")
        self.assertFalse(EmailAddress.objects.get(email="cy@reader.example").verified)

    def test_an_address_already_taken_is_not_revealed_on_the_page(self) -> None:
        make_reader("ada@reader.example")
        response = self.client.post(
            "/account/signup/",
            {"email": "ada@reader.example", "display_name": "Imposter", "password1": PASSWORD},
        )
        self.assertRedirects(response, "/account/confirm-email/", fetch_redirect_response=False)
        self.assertEqual(User.objects.filter(email="ada@reader.example").count(), 1)
        self.assertEqual(mail.outbox[-1].to, ["ada@reader.example"])  # told by email instead


class SignInTests(TestCase):
    def test_reader_signs_in_with_password(self) -> None:
        reader = make_reader()
        response = self.client.post(
            "/account/login/", {"login": "ada@reader.example", "password": PASSWORD}
        )
        self.assertRedirects(response, "/account/", fetch_redirect_response=False)
        self.assertEqual(signed_in_user_id(self.client), str(reader.pk))

    def test_reader_signs_in_with_an_emailed_code(self) -> None:
        reader = make_reader()
        self.client.post("/account/login/code/", {"email": "ada@reader.example"})
        self.assertEqual(mail.outbox[-1].to, ["ada@reader.example"])
        response = self.client.post("/account/login/code/confirm/", {"code": last_code()})
        self.assertRedirects(response, "/account/", fetch_redirect_response=False)
        self.assertEqual(signed_in_user_id(self.client), str(reader.pk))

    @override_settings(ACCOUNT_RATE_LIMITS=base_settings.ACCOUNT_RATE_LIMITS)
    def test_failed_sign_ins_past_the_limit_are_refused_with_a_clear_message(self) -> None:
        cache.clear()
        self.addCleanup(cache.clear)
        make_reader()
        for _ in range(5):
            wrong = self.client.post(
                "/account/login/", {"login": "ada@reader.example", "password": "not-it"}
            )
            self.assertContains(wrong, "The email address and/or password you specified")
        # The right password too is refused until the window has passed.
        refused = self.client.post(
            "/account/login/", {"login": "ada@reader.example", "password": PASSWORD}
        )
        self.assertContains(refused, "Too many failed login attempts. Try again later.")
        self.assertIsNone(signed_in_user_id(self.client))
        # Counted per address: another reader on the same connection is not locked out.
        make_reader("bo@reader.example")
        other = self.client.post(
            "/account/login/", {"login": "bo@reader.example", "password": PASSWORD}
        )
        self.assertRedirects(other, "/account/", fetch_redirect_response=False)

    def test_limits_count_the_client_behind_the_trusted_proxy(self) -> None:
        request = RequestFactory().post(
            "/account/login/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9"
        )
        self.assertEqual(get_adapter(request).get_client_ip(request), "203.0.113.9")

    def test_staff_cannot_sign_in_here_and_keep_the_admin_sign_in(self) -> None:
        editor = make_reader("desk@courier.example", is_staff=True, is_superuser=True)
        page = self.client.get("/account/login/")
        self.assertContains(page, "Newsroom staff sign in through the admin, at /admin/login/.")
        # The right password looks like a wrong one: no way to test staff passwords here.
        refused = self.client.post(
            "/account/login/", {"login": "desk@courier.example", "password": PASSWORD}
        )
        self.assertContains(refused, "The email address and/or password you specified")
        self.assertIsNone(signed_in_user_id(self.client))
        # An emailed code reaches the staff member's own mailbox; it is not a way in either.
        self.client.post("/account/login/code/", {"email": "desk@courier.example"})
        by_code = self.client.post(
            "/account/login/code/confirm/", {"code": last_code()}, follow=True
        )
        self.assertContains(by_code, "sign in through the admin at /admin/login/")
        self.assertIsNone(signed_in_user_id(self.client))
        admin = self.client.post(
            "/admin/login/", {"username": editor.username, "password": PASSWORD}
        )
        self.assertRedirects(admin, "/admin/", fetch_redirect_response=False)
        self.assertEqual(signed_in_user_id(self.client), str(editor.pk))

    @override_settings(AXES_ENABLED=True)
    def test_readers_mistakes_do_not_trip_the_admin_lock_out(self) -> None:
        make_reader()
        make_reader("bo@reader.example")
        for _ in range(6):
            self.client.post("/account/login/", {"login": "ada@reader.example", "password": "x"})
        other = self.client.post(
            "/account/login/", {"login": "bo@reader.example", "password": PASSWORD}
        )
        self.assertRedirects(other, "/account/", fetch_redirect_response=False)
        self.assertFalse(AccessAttempt.objects.exists())

    def test_a_signed_in_reader_is_not_let_into_the_admin(self) -> None:
        reader = make_reader()
        self.client.post("/account/login/", {"login": "ada@reader.example", "password": PASSWORD})
        self.assertEqual(signed_in_user_id(self.client), str(reader.pk))
        response = self.client.get("/admin/")
        self.assertRedirects(response, "/admin/login/?next=/admin/", fetch_redirect_response=False)
        refused = self.client.post(
            "/admin/login/", {"username": reader.username, "password": PASSWORD}, follow=True
        )
        self.assertNotContains(refused, "Dashboard")


class PasswordResetTests(TestCase):
    def test_reset_by_emailed_code(self) -> None:
        make_reader()
        asked = self.client.post("/account/password/reset/", {"email": "ada@reader.example"})
        self.assertRedirects(
            asked, "/account/password/reset/confirm/", fetch_redirect_response=False
        )
        confirmed = self.client.post("/account/password/reset/confirm/", {"code": last_code()})
        self.assertRedirects(
            confirmed, "/account/password/reset/complete/", fetch_redirect_response=False
        )
        new = "tide-tables-and-gulls-7"
        done = self.client.post(
            "/account/password/reset/complete/", {"password1": new, "password2": new}
        )
        self.assertEqual(done.status_code, 302)
        self.client.logout()
        self.client.post("/account/login/", {"login": "ada@reader.example", "password": new})
        self.assertIsNotNone(signed_in_user_id(self.client))


class ProfileTests(TestCase):
    def test_profile_shows_name_email_and_the_ways_to_change_them(self) -> None:
        reader = make_reader(display_name="Ada L.")
        self.client.force_login(reader)
        page = self.client.get("/account/")
        for text in ("Ada L.", "ada@reader.example", "/account/email/", "/account/delete/"):
            self.assertContains(page, text)
        self.assertIn("no-store", page["Cache-Control"])
        saved = self.client.post("/account/", {"display_name": "  Ada Lindqvist "}, follow=True)
        self.assertContains(saved, "Your display name was saved.")
        reader.refresh_from_db()
        self.assertEqual(reader.display_name, "Ada Lindqvist")

    def test_account_pages_carry_no_inline_script_or_style(self) -> None:
        anonymous = ["/account/login/", "/account/signup/", "/account/login/code/"]
        anonymous += ["/account/password/reset/", "/account/deleted/"]
        for path in anonymous:
            with self.subTest(path):
                self.assert_clean(self.client.get(path))
        self.client.force_login(make_reader())
        for path in ["/account/", "/account/email/", "/account/password/change/"]:
            with self.subTest(path):
                self.assert_clean(self.client.get(path))

    def assert_clean(self, response: Any) -> None:
        html = response.content.decode()
        self.assertEqual(response.status_code, 200)
        self.assertIn('class="site-header"', html)  # the site's own frame
        self.assertIn('<meta name="robots" content="noindex">', html)
        self.assertNotIn("<script", html)
        self.assertNotIn("style=", html)
        self.assertNotIn("<style", html)


class DeletionTests(TestCase):
    def reauthenticated(self, reader: User) -> None:
        self.client.post("/account/login/", {"login": reader.email, "password": PASSWORD})
        self.client.post("/account/reauthenticate/", {"password": PASSWORD})

    def test_deletion_asks_again_then_removes_the_reader_and_tells_other_apps(self) -> None:
        reader = make_reader()
        heard: list[tuple[int, bool]] = []

        def receiver(sender: Any, user: User, **kwargs: Any) -> None:
            heard.append((user.pk, User.objects.filter(pk=user.pk).exists()))

        reader_deleted.connect(receiver)
        self.addCleanup(reader_deleted.disconnect, receiver)
        self.client.post("/account/login/", {"login": reader.email, "password": PASSWORD})
        self.assertRedirects(
            self.client.get("/account/delete/"),
            "/account/reauthenticate/?next=/account/delete/",
            fetch_redirect_response=False,
        )
        self.client.post("/account/reauthenticate/", {"password": PASSWORD})
        self.assertContains(self.client.get("/account/delete/"), "Delete my account")
        response = self.client.post("/account/delete/")
        self.assertRedirects(response, "/account/deleted/")
        self.assertEqual(heard, [(reader.pk, True)])  # told while the row still existed
        self.assertFalse(User.objects.filter(pk=reader.pk).exists())
        self.assertFalse(EmailAddress.objects.filter(email=reader.email).exists())
        self.assertIsNone(signed_in_user_id(self.client))

    def test_a_failing_app_leaves_the_account_as_it_was(self) -> None:
        reader = make_reader()

        def receiver(sender: Any, user: User, **kwargs: Any) -> None:
            raise RuntimeError("comments could not be anonymised")

        reader_deleted.connect(receiver)
        self.addCleanup(reader_deleted.disconnect, receiver)
        self.reauthenticated(reader)
        with self.assertRaises(RuntimeError):
            self.client.post("/account/delete/")
        self.assertTrue(User.objects.filter(pk=reader.pk).exists())
        self.assertTrue(EmailAddress.objects.filter(email=reader.email).exists())

    def test_a_get_deletes_nothing(self) -> None:
        reader = make_reader()
        self.reauthenticated(reader)
        self.assertEqual(self.client.get("/account/delete/").status_code, 200)
        self.assertTrue(User.objects.filter(pk=reader.pk).exists())

    def test_staff_accounts_are_not_deleted_here(self) -> None:
        editor = make_reader("desk@courier.example", is_staff=True)
        self.client.force_login(editor)
        self.client.post("/account/reauthenticate/", {"password": PASSWORD})
        response = self.client.post("/account/delete/")
        self.assertEqual(response.status_code, 403)
        self.assertTrue(User.objects.filter(pk=editor.pk).exists())
