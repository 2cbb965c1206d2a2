"""The reader's comment, reply and report forms (each on its own uncached page)."""

from __future__ import annotations

import time
from typing import Any

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from masthead.comments.text import clean_name, clean_text

FORM_SALT = "masthead.comments.form"
FORM_MAX_AGE = 24 * 60 * 60  # a form left open for a day is sent again, not held


def form_stamp(page_id: int, now: float | None = None) -> str:
    """The signed time the form page was served, checked when the form comes back."""
    return signing.dumps(
        {"p": page_id, "t": now if now is not None else time.time()}, salt=FORM_SALT
    )


class StampExpired(Exception):
    """The form was open longer than ``FORM_MAX_AGE``: send it again (the text is kept)."""


def seconds_on_form(stamp: str, page_id: int, now: float | None = None) -> float | None:
    """Seconds since the form was served; None for a missing, forged or foreign stamp."""
    try:
        data = signing.loads(stamp, salt=FORM_SALT, max_age=FORM_MAX_AGE)
    except signing.SignatureExpired as error:
        raise StampExpired from error
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("p") != page_id:
        return None
    return (now if now is not None else time.time()) - float(data.get("t", 0))


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Plain text. *italic*, **bold**, `code` and [a link](https://example.org) work; "
            "HTML does not."
        ),
    )
    display_name = forms.CharField(
        label=_("Name shown with your comment"), max_length=60, required=True
    )
    notify = forms.BooleanField(
        label=_("Email me when my comment is published or not, and when someone replies"),
        required=False,
    )
    # A honeypot: hidden from people (CSS and aria-hidden), filled in by form-filling robots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    stamp = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, max_length: int = 5000, guest: bool = False, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.max_length = max_length
        self.fields["body"].widget.attrs["maxlength"] = str(max_length)
        if guest:
            self.fields["email"] = forms.EmailField(
                label=_("Your email address"),
                help_text=_(
                    "We email you a link to confirm your comment. The address is never shown."
                ),
            )

    def clean_body(self) -> str:
        body = clean_text(self.cleaned_data["body"]).strip()
        if not body:
            raise forms.ValidationError(_("Please write a comment."))
        if len(body) > self.max_length:
            raise forms.ValidationError(
                _(
                    "Your comment is %(length)d characters long; the most is %(most)d. "
                    "Please shorten it."
                )
                % {"length": len(body), "most": self.max_length}
            )
        return body

    def clean_display_name(self) -> str:
        name = clean_name(self.cleaned_data["display_name"])
        if not name:
            raise forms.ValidationError(_("Please give a name to show with your comment."))
        return name


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this comment?"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
