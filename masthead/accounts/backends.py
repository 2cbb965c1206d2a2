"""How readers' sign-in meets the two login guards: allauth's limits and django-axes.

Readers sign in under /account/ with an email address; allauth counts their failures per
address (``ACCOUNT_RATE_LIMITS``). django-axes guards the admin's /admin/login/ and would
otherwise count readers' failures too, under no user name: five mistyped passwords from one
address would then shut every reader behind it (a newsroom, a mobile carrier) out of sign-in.
"""

from __future__ import annotations

from typing import Any

from allauth.account.auth_backends import AuthenticationBackend
from django.http import HttpRequest

from masthead.accounts.models import User
from masthead.accounts.services import is_staff_account

READER_PREFIX = "/account/"


class ReaderAuthenticationBackend(AuthenticationBackend):
    """allauth's email-and-password backend, for readers' accounts only.

    A staff account's password is never confirmed here: the reader sign-in cannot be used to
    guess it outside django-axes' lock-out, and a right guess looks like a wrong one.
    """

    def authenticate(self, request: HttpRequest | None, **credentials: Any) -> User | None:
        user = super().authenticate(request, **credentials)
        if user is not None and is_staff_account(user):
            return None
        return user


def reader_sign_in(request: HttpRequest, credentials: Any = None) -> bool:
    """django-axes' ``AXES_WHITELIST_CALLABLE``: sign-ins under /account/ are allauth's to limit."""
    return bool(getattr(request, "path", "").startswith(READER_PREFIX))
