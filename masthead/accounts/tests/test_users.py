"""Sign-in accounts: how a user is named in the admin, and the editor login that setup makes."""

from django.test import TestCase

from masthead.accounts.models import User
from masthead.accounts.services import ensure_editor


class UserNameTests(TestCase):
    def test_display_name_then_full_name_then_username(self) -> None:
        user = User(username="ialvarado", first_name="Ines", last_name="Alvarado")
        self.assertEqual(str(user), "Ines Alvarado")
        user.display_name = "Ines A."
        self.assertEqual(str(user), "Ines A.")
        self.assertEqual(str(User(username="night-desk")), "night-desk")


class EnsureEditorTests(TestCase):
    def test_new_editor_can_sign_in_to_the_admin(self) -> None:
        user = ensure_editor("editor", "editor@courier.example", "masthead-demo", "Demo Editor")
        self.assertTrue(user.is_superuser and user.is_staff and user.is_active)
        self.assertEqual((user.email, user.display_name), ("editor@courier.example", "Demo Editor"))
        self.assertTrue(self.client.login(username="editor", password="masthead-demo"))
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_existing_account_gets_the_new_password_and_rights_and_keeps_its_details(self) -> None:
        User.objects.create_user(
            "editor",
            email="chief@courier.example",
            password="old-password",
            display_name="Chief",
            is_active=False,
        )
        ensure_editor("editor", "other@courier.example", "new-password", "Someone Else")
        self.assertEqual(User.objects.filter(username="editor").count(), 1)
        user = User.objects.get(username="editor")
        self.assertEqual((user.email, user.display_name), ("chief@courier.example", "Chief"))
        self.assertTrue(user.is_active and user.is_superuser)
        self.assertFalse(self.client.login(username="editor", password="old-password"))
        self.assertTrue(self.client.login(username="editor", password="new-password"))

    def test_existing_account_without_email_gets_the_given_one(self) -> None:
        User.objects.create_user("editor", password="x")
        user = ensure_editor("editor", "editor@courier.example", "pw-123456")
        self.assertEqual(user.email, "editor@courier.example")
