"""Operations on sign-in accounts (editors today, members later)."""

from __future__ import annotations

from django.db import transaction

from masthead.accounts.models import User


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
