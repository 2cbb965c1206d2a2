"""A reader's own pages: the profile, and deleting the account (allauth has no such view).

Every page here is per reader: never stored by the page cache (not in its READER_ROUTES) and
sent with ``Cache-Control: private, no-store`` so no shared cache in front keeps it either.
"""

from __future__ import annotations

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from masthead.accounts.forms import ProfileForm
from masthead.accounts.models import User
from masthead.accounts.services import delete_reader, is_staff_account


def signed_in_user(request: HttpRequest) -> User:
    """The reader behind a view that ``login_required`` guards."""
    assert isinstance(request.user, User)  # noqa: S101 — login_required let only a User in
    return request.user


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    """The reader's name, email address and the ways to change or delete them."""
    user = signed_in_user(request)
    staff = is_staff_account(user)
    form = ProfileForm(request.POST or None, instance=user)
    if request.method == "POST" and not staff and form.is_valid():
        form.save()
        messages.success(request, gettext("Your display name was saved."))
        return redirect("account_profile")
    return render(request, "accounts/profile.html", {"form": form, "staff": staff, "reader": user})


@never_cache
@login_required
@reauthentication_required
@require_http_methods(["GET", "HEAD", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    """Asks, then deletes the account and what other apps keep about the reader.

    Asks again for the password or an emailed code when the reader has not signed in within
    the last few minutes (allauth's reauthentication), so an unlocked computer is not enough.
    """
    user = signed_in_user(request)
    if is_staff_account(user):
        return render(request, "accounts/delete_staff.html", status=403)
    if request.method == "POST":
        delete_reader(user)
        logout(request)
        return redirect("account_deleted")
    return render(request, "accounts/delete.html", {"reader": user})


@never_cache
def account_deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/deleted.html")
