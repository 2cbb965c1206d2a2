"""The subscribe and preferences forms, and the words each form shows (kept as consent)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from masthead.newsletters.models import Frequency
from masthead.newsletters.services import Choices
from masthead.taxonomy.models import InDepthReport, Region, Term, Theme

# Where a subscription can start. The compact form in the site footer and at the end of an
# article posts to the same view as the full page; the record says which one it was.
FORMS = ("page", "footer", "article")


def consent_wording(outlet_name: str) -> str:
    """The sentence every subscribe form shows next to its button, stored with the consent."""
    return gettext(
        "Send me the newsletter of %(outlet)s by email. I will confirm my address from the email "
        "you send, and I can unsubscribe from any newsletter with one click."
    ) % {"outlet": outlet_name}


def confirm_wording() -> str:
    return gettext("Yes, send me the newsletter at this address.")


def preferences_wording() -> str:
    return gettext("Save my choices. Newsletters follow them from the next issue.")


def _terms(model: type[Term], language: str) -> QuerySet[Any]:
    """A vocabulary's terms in the reader's language, else in the site's default language."""
    locale = Locale.objects.filter(language_code=language).first()
    terms = model.objects.filter(locale=locale) if locale else model.objects.none()
    if not terms.exists():
        terms = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return terms.order_by("name")


class ChoicesForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
    )
    everything = forms.TypedChoiceField(
        label=_("What"),
        choices=[("1", _("Everything we publish")), ("0", _("Only the topics I choose below"))],
        coerce=lambda value: value == "1",
        initial="1",
        widget=forms.RadioSelect,
    )
    regions = forms.ModelMultipleChoiceField(
        label=_("Regions"),
        queryset=Region.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    reports = forms.ModelMultipleChoiceField(
        label=_("In-depth Reports"),
        queryset=InDepthReport.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    def __init__(self, *args: Any, language: str = settings.LANGUAGE_CODE, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["regions"].queryset = _terms(Region, language)  # type: ignore[attr-defined]
        self.fields["themes"].queryset = _terms(Theme, language)  # type: ignore[attr-defined]
        self.fields["reports"].queryset = _terms(InDepthReport, language)  # type: ignore[attr-defined]
        self.fields["language"].initial = language

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        chosen = any(data.get(name) for name in ("regions", "themes", "reports"))
        if data.get("everything") is False and not chosen:
            raise forms.ValidationError(
                _("Choose at least one region, theme or report, or take everything.")
            )
        return data

    def choices(self) -> Choices:
        data = self.cleaned_data
        return Choices(
            frequency=data["frequency"],
            everything=data["everything"],
            language=data["language"],
            regions=data.get("regions") or [],
            themes=data.get("themes") or [],
            reports=data.get("reports") or [],
        )


class SubscribeForm(ChoicesForm):
    email = forms.EmailField(label=_("Your email address"))
    # Which form the reader used (the compact ones post here with everything else defaulted).
    form = forms.ChoiceField(
        choices=[(f, f) for f in FORMS], initial="page", widget=forms.HiddenInput
    )
    # A honeypot: hidden from people, filled in by form-filling robots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    field_order = ["email", "frequency", "everything", "regions", "themes", "reports", "language"]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        # The compact forms send only the address: the rest takes its defaults.
        for name in ("frequency", "everything", "language", "form"):
            self.fields[name].required = False

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        data["frequency"] = data.get("frequency") or Frequency.WEEKLY
        if data.get("everything") in (None, ""):
            data["everything"] = True
        data["language"] = data.get("language") or self.fields["language"].initial
        data["form"] = data.get("form") or "page"
        return data
