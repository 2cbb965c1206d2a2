"""Provenance rules: where a piece comes from, who holds its copyright, where its canonical is.

Each article stores one structured provenance record (partner, original URL and date,
copyright holders and year, licence or permission on file); the lines readers see are derived
here, so every page, feed and language prints the same attribution.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext

from masthead.syndication.models import Licence, PartnerPublication, Permission


@dataclass(frozen=True)
class Provenance:
    """Everything needed to attribute one article."""

    outlet_name: str
    author_names: list[str]
    publication_date: datetime.date | None
    partner: PartnerPublication | None = None
    original_url: str = ""
    original_date: datetime.date | None = None
    copyright_holders: list[str] = field(default_factory=list)
    copyright_year: int | None = None
    licence: Licence | None = None
    permission_note: str = ""

    @property
    def is_republished(self) -> bool:
        return self.partner is not None

    @property
    def holders(self) -> list[str]:
        """Named holders, else the credited authors, else the publishing organisation."""
        if self.copyright_holders:
            return self.copyright_holders
        if self.author_names:
            return self.author_names
        return [self.publisher_name]

    @property
    def publisher_name(self) -> str:
        return self.partner.name if self.partner else self.outlet_name

    @property
    def year(self) -> int | None:
        if self.copyright_year:
            return self.copyright_year
        date = self.original_date or self.publication_date
        return date.year if date else None

    @property
    def effective_licence(self) -> Licence | None:
        if self.licence is not None:
            return self.licence
        return self.partner.default_licence if self.partner else None

    @property
    def allows_derivatives(self) -> bool:
        """Whether translations are allowed: the one rule (decisions 0026 and 0182).

        A licence on record decides first; a partner's piece with none needs CC BY or a
        letter in the register; and the partner's "translations allowed" box (or its BY-ND
        permission) can rule them out whatever the licence says.
        """
        licence = self.effective_licence
        if self.partner is None:
            return licence.allows_derivatives if licence else True
        if licence is not None:
            allowed = licence.allows_derivatives
        else:
            allowed = self.partner.permission in (Permission.CC_BY, Permission.LETTER)
        return (
            allowed
            and self.partner.translation_allowed
            and self.partner.permission != Permission.CC_BY_ND
        )

    def source_line(self) -> str:
        """'The original source of this article is X' — empty for original pieces.

        In the active language: the article page, print view and feed entry all print this.
        """
        if self.partner is None:
            return ""
        return gettext("The original source of this article is %(name)s") % {
            "name": self.partner.name
        }

    def copyright_line(self) -> str:
        """'Copyright © holders, publication, year', without repeating a holder.

        In the active language; names and the year are printed as recorded.
        """
        parts = list(self.holders)
        if self.publisher_name not in parts:
            parts.append(self.publisher_name)
        if self.year:
            parts.append(str(self.year))
        return gettext("Copyright © %(holders_and_year)s") % {"holders_and_year": ", ".join(parts)}

    def canonical_url(self, own_url: str) -> str:
        """Our URL, unless the partner asks that the original be canonical and we know it."""
        if self.partner and self.partner.canonical_to_original and self.original_url:
            return self.original_url
        return own_url
