"""Rules about what may be machine-translated."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _


def translation_refusal(page: Any) -> str:
    """Why this page must not be translated (licence or permission), or "" when it may be.

    A licence that forbids derivatives (CC BY-ND, "no translations") rules out any
    translation; so does a republished piece with no licence on record.
    """
    provenance = getattr(page, "provenance", None)
    if provenance is None:
        return ""
    record = provenance(outlet_name="-")  # the outlet name only matters for printed lines
    if record.allows_derivatives:
        return ""
    if record.partner is not None and not record.partner.translation_allowed:
        return _("%(partner)s does not allow translations (partner register)") % {
            "partner": record.partner.name
        }
    licence = record.effective_licence
    if licence is not None:
        return _("its licence (%(licence)s) does not allow translations") % {
            "licence": licence.name
        }
    return _("we have no permission on file to translate it")
