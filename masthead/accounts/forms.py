"""Forms for readers' accounts: the name shown with what they write, asked at sign-up."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from masthead.accounts.models import User

DISPLAY_NAME_HELP = _("Shown with your comments. Your email address is never shown.")


class ReaderSignupForm(forms.Form):
    """Extra fields for allauth's sign-up form (``ACCOUNT_SIGNUP_FORM_CLASS``)."""

    display_name = forms.CharField(
        label=_("Display name"), max_length=150, help_text=DISPLAY_NAME_HELP
    )

    def signup(self, request: HttpRequest, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"].strip()
        user.save(update_fields=["display_name"])


class ProfileForm(forms.ModelForm[User]):
    """What a reader edits on their profile page (email and password have allauth's pages)."""

    class Meta:
        model = User
        fields = ["display_name"]
        labels = {"display_name": _("Display name")}
        help_texts = {"display_name": DISPLAY_NAME_HELP}

    def clean_display_name(self) -> str:
        name = self.cleaned_data["display_name"].strip()
        if not name:
            raise forms.ValidationError(_("Enter the name to show with your comments."))
        return name
