"""A reader's whole account journey, with every code read from a real SMTP server (aiosmtpd).

Sign up, confirm by code, sign out, sign in by an emailed code, see the profile, change the
email address (confirmed by a code sent to the new one), delete the account.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.test import TestCase

from masthead.accounts.models import User
from masthead.accounts.tests.mailserver import MailServer

EMAIL = "ada@reader.example"
NEW_EMAIL = "ada.lindqvist@post.example"
PASSWORD = "harbour-lights-93"


class ReaderJourneyTests(TestCase):
    def test_sign_up_confirm_sign_in_by_code_change_email_and_delete(self) -> None:
        with MailServer() as mail:
            signup = self.client.post(
                "/account/signup/",
                {"email": EMAIL, "display_name": "Ada L.", "password1": PASSWORD},
            )
            self.assertRedirects(signup, "/account/confirm-email/", fetch_redirect_response=False)
            welcome = mail.wait_for(EMAIL, 1)
            self.assertIn("Masthead", welcome["Subject"])
            self.assertNotIn("reader-", mail.body(welcome))  # no generated username in mail
            page = self.client.get("/account/confirm-email/")
            self.assertContains(page, 'name="code"')
            confirmed = self.client.post("/account/confirm-email/", {"code": mail.code_in(welcome)})
            self.assertRedirects(confirmed, "/account/", fetch_redirect_response=False)
            self.assertTrue(EmailAddress.objects.get(email=EMAIL).verified)
            welcomed = self.client.get("/account/")
            self.assertContains(welcomed, EMAIL)
            self.assertContains(welcomed, "Successfully signed in as Ada L.")

            self.client.post("/account/logout/")
            self.assertRedirects(self.client.get("/account/"), "/account/login/?next=/account/")

            asked = self.client.post("/account/login/code/", {"email": EMAIL})
            self.assertRedirects(
                asked, "/account/login/code/confirm/", fetch_redirect_response=False
            )
            code_mail = mail.wait_for(EMAIL, 2)
            signed_in = self.client.post(
                "/account/login/code/confirm/", {"code": mail.code_in(code_mail)}
            )
            self.assertRedirects(signed_in, "/account/", fetch_redirect_response=False)
            profile = self.client.get("/account/")
            self.assertContains(profile, EMAIL)
            self.assertContains(profile, "Ada L.")

            changed = self.client.post("/account/email/", {"email": NEW_EMAIL, "action_add": ""})
            self.assertEqual(changed.status_code, 302)
            new_mail = mail.wait_for(NEW_EMAIL, 1)
            self.client.post("/account/confirm-email/", {"code": mail.code_in(new_mail)})
            user = User.objects.get(display_name="Ada L.")
            self.assertEqual(user.email, NEW_EMAIL)
            self.assertEqual(
                list(EmailAddress.objects.filter(user=user).values_list("email", flat=True)),
                [NEW_EMAIL],
            )
            self.assertContains(self.client.get("/account/"), NEW_EMAIL)

            # Deleting asks the reader to prove it is them again: here by a code.
            ask = self.client.get("/account/delete/")
            self.assertRedirects(
                ask, "/account/reauthenticate/?next=/account/delete/", fetch_redirect_response=False
            )
            sent = self.client.post(
                "/account/reauthenticate/code/",
                {"recipient": NEW_EMAIL, "next": "/account/delete/"},
            )
            reauth_mail = mail.wait_for(NEW_EMAIL, 2)
            again = self.client.post(sent["Location"], {"code": mail.code_in(reauth_mail)})
            self.assertRedirects(again, "/account/delete/", fetch_redirect_response=False)
            confirm = self.client.get("/account/delete/")
            self.assertContains(confirm, "Delete my account")
            deleted = self.client.post("/account/delete/")
            self.assertRedirects(deleted, "/account/deleted/")
            self.assertFalse(User.objects.filter(pk=user.pk).exists())
            self.assertFalse(EmailAddress.objects.filter(email__in=[EMAIL, NEW_EMAIL]).exists())
            self.assertRedirects(self.client.get("/account/"), "/account/login/?next=/account/")
