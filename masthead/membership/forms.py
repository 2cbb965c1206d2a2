"""The donation form (preset or free amount, once or monthly) and the pledge's method."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from masthead.membership.models import Pledge

MIN_AMOUNT = Decimal("1")
MAX_AMOUNT = Decimal("10000")


class DonationForm(forms.Form):
    """Sent by GET from the cached plans page, so it carries no token; its POST twin does."""

    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=[("once", _("Once")), ("monthly", _("Every month"))],
        widget=forms.RadioSelect,
        initial="once",
    )
    amount = forms.ChoiceField(label=_("Amount"), widget=forms.RadioSelect)
    other_amount = forms.DecimalField(
        label=_("Other amount"),
        required=False,
        max_digits=8,
        decimal_places=2,
        min_value=MIN_AMOUNT,
        max_value=MAX_AMOUNT,
    )

    def __init__(self, *args: Any, presets: list[int], currency: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.currency = currency
        amount = self.fields["amount"]
        assert isinstance(amount, forms.ChoiceField)  # noqa: S101 — declared just above
        amount.choices = [
            *[(str(value), f"{value} {currency}") for value in presets],
            ("other", _("Other amount")),
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        choice = data.get("amount")
        if choice == "other":
            if data.get("other_amount") is None:
                self.add_error("other_amount", _("Please enter the amount you want to give."))
            else:
                data["value"] = data["other_amount"]
        elif choice:
            data["value"] = Decimal(choice)
        return data


class PledgeForm(forms.Form):
    method = forms.ChoiceField(label=_("How you will pay"), widget=forms.RadioSelect)

    def __init__(self, *args: Any, methods: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        labels = dict(Pledge.Method.choices)
        field = self.fields["method"]
        assert isinstance(field, forms.ChoiceField)  # noqa: S101 — declared just above
        field.choices = [(method, labels[method]) for method in methods]
        if methods:
            self.fields["method"].initial = methods[0]
