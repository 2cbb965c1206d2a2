"""The admin's first-run form: what `manage.py create_outlet` asks, as a web form."""

from __future__ import annotations

from typing import cast

from django import forms
from django.conf import settings

from masthead.outlets.services import OutletSetupError, check_languages, parse_public_url


class OutletSetupForm(forms.Form):
    name = forms.CharField(label="Outlet name", max_length=120)
    public_url = forms.URLField(
        label="Public address",
        help_text="Where readers will find the outlet, e.g. https://news.example.org",
        assume_scheme="https",
    )
    tagline = forms.CharField(label="Tagline", max_length=200, required=False)
    languages = forms.MultipleChoiceField(
        label="Languages",
        widget=forms.CheckboxSelectMultiple,
        help_text="Each gets a front page and section pages; English, the source, always does.",
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        choices = [(code, name) for code, name in settings.LANGUAGES]
        languages = cast(forms.MultipleChoiceField, self.fields["languages"])
        languages.choices = choices
        languages.initial = [code for code, _name in choices]

    def clean_public_url(self) -> str:
        value: str = self.cleaned_data["public_url"]
        try:
            parse_public_url(value)
        except OutletSetupError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return value

    def clean_languages(self) -> list[str]:
        try:
            return check_languages(self.cleaned_data["languages"])
        except OutletSetupError as exc:
            raise forms.ValidationError(str(exc)) from exc
