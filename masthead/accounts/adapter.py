"""django-allauth's hooks for readers (``ACCOUNT_ADAPTER``).

* Staff are refused at the reader sign-in: they sign in through Wagtail's /admin/login/, where
  django-axes guards the password. The password form never accepts them (backends.py); one
  who arrives with an emailed code is told where to go instead.
* Usernames are random ("reader-3f9c1a2b7e"): allauth would derive them from the email
  address, which would then show wherever a username does.
* Email subjects start with the outlet's name.
* Per-connection limits count the client behind a trusted proxy (``client_ip``).
"""

from __future__ import annotations

import secrets
from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.stagekit import clear_login
from allauth.core import context as allauth_context
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.encoding import force_str
from django.utils.translation import gettext

from masthead.accounts.models import User
from masthead.accounts.services import is_staff_account
from masthead.core.models import OutletSettings
from masthead.core.ratelimit import client_ip


def random_username() -> str:
    """A username that says nothing about the reader, unique among accounts."""
    while True:
        username = f"reader-{secrets.token_hex(5)}"
        if not User.objects.filter(username=username).exists():
            return username


class ReaderAccountAdapter(DefaultAccountAdapter):
    def pre_login(self, request: HttpRequest, user: Any, **kwargs: Any) -> HttpResponse | None:
        if is_staff_account(user):
            clear_login(request)
            messages.error(
                request,
                gettext(
                    "This is a newsroom account: sign in through the admin at /admin/login/. "
                    "Reader sign-in is for readers' accounts only."
                ),
            )
            return redirect("account_login")
        return super().pre_login(request, user, **kwargs)

    def get_client_ip(self, request: HttpRequest) -> str:
        # Behind nginx every request comes from 127.0.0.1: the per-connection limits must count
        # the client that the trusted proxy names, as the site's own limiter does.
        return client_ip(request)

    def populate_username(self, request: HttpRequest, user: Any) -> None:
        if not user.username:
            user.username = random_username()

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        super().send_mail(template_prefix, email, {**context, "outlet_name": outlet_name()})

    def format_email_subject(self, subject: str) -> str:
        name = outlet_name()
        return f"[{name}] {force_str(subject)}" if name else force_str(subject)


def outlet_name() -> str:
    """The outlet's name for the request being answered ("" outside one)."""
    request = allauth_context.request
    return OutletSettings.for_request(request).outlet_name if request is not None else ""


def reader_display(user: Any) -> str:
    """How allauth names the reader in its messages ("Signed in as …", ``ACCOUNT_USER_DISPLAY``)."""
    return str(user.display_name or user.email or user)
