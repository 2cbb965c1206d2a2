"""Operations on sign-in accounts: editors (set up here) and readers (who sign up themselves)."""

from __future__ import annotations

from django.db import transaction

from masthead.accounts.models import User
from masthead.accounts.signals import reader_deleted


class StaffAccountError(Exception):
    """A reader-side operation was asked of an account that can use the admin."""


def is_staff_account(user: User) -> bool:
    """Whether ``user`` may enter the Wagtail admin (staff sign in there, never at /account/).

    Wagtail lets in anyone with ``wagtailadmin.access_admin``, staff flag or not.
    """
    return bool(user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


@transaction.atomic
def ensure_editor(username: str, email: str, password: str, display_name: str = "") -> User:
    """Make ``username`` a superuser editor who can sign in with ``password``.

    Creates the account when it is missing; an existing one keeps its other details and gets
    the password and editor rights, so running setup again always leaves a working login.
    """
    user, created = User.objects.get_or_create(
        username=username, defaults={"email": email, "display_name": display_name}
    )
    if not created and email and not user.email:
        user.email = email
    user.is_staff = True
    user.is_superuser = True
    user.is_active = True
    user.set_password(password)
    user.save()
    return user


@transaction.atomic
def delete_reader(user: User) -> None:
    """Delete a reader's account and, through ``reader_deleted``, what other apps keep of them.

    The user row goes, and with it (database cascades) allauth's email addresses. Receivers of
    ``reader_deleted`` run first, in this transaction: one that fails leaves everything as it was.
    Staff accounts are refused; they are managed in the admin.
    """
    if is_staff_account(user):
        raise StaffAccountError(f"{user.pk} can use the admin; delete it there")
    reader_deleted.send(sender=User, user=user)
    user.delete()
