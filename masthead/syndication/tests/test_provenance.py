"""Attribution rules: the lines readers see under every article, and the canonical choice."""

import datetime

from django.test import SimpleTestCase
from django.utils import translation

from masthead.syndication.models import Licence, PartnerPublication
from masthead.syndication.provenance import Provenance

ND = Licence(code="CC-BY-ND-4.0", name="CC BY-ND 4.0", allows_derivatives=False)
BY = Licence(code="CC-BY-4.0", name="CC BY 4.0", allows_derivatives=True)


def partner(**kwargs: object) -> PartnerPublication:
    defaults = {"name": "Harbour Ledger", "canonical_to_original": True, "default_licence": BY}
    return PartnerPublication(**{**defaults, **kwargs})


class CopyrightLineTests(SimpleTestCase):
    def test_republished_piece_credits_authors_partner_and_original_year(self) -> None:
        provenance = Provenance(
            outlet_name="The Meridian Review",
            author_names=["Ines Alvarado"],
            publication_date=datetime.date(2022, 1, 3),
            partner=partner(),
            original_date=datetime.date(2021, 12, 30),
        )
        self.assertEqual(
            provenance.copyright_line(), "Copyright © Ines Alvarado, Harbour Ledger, 2021"
        )
        self.assertEqual(
            provenance.source_line(), "The original source of this article is Harbour Ledger"
        )

    def test_lines_are_printed_in_the_reader_language(self) -> None:
        provenance = Provenance(
            outlet_name="The Meridian Review",
            author_names=["Ines Alvarado"],
            publication_date=datetime.date(2022, 1, 3),
            partner=partner(),
        )
        with translation.override("fr"):
            self.assertEqual(
                provenance.source_line(), "Cet article a été publié à l’origine par Harbour Ledger"
            )
            # French notices customarily keep the word "Copyright".
            self.assertEqual(
                provenance.copyright_line(), "Copyright © Ines Alvarado, Harbour Ledger, 2022"
            )
        with translation.override("es"):
            self.assertEqual(
                provenance.copyright_line(),
                "Derechos de autor © Ines Alvarado, Harbour Ledger, 2022",
            )

    def test_named_holders_replace_the_authors_and_are_not_repeated(self) -> None:
        provenance = Provenance(
            outlet_name="The Meridian Review",
            author_names=["Ines Alvarado"],
            publication_date=datetime.date(2022, 1, 3),
            partner=partner(),
            copyright_holders=["Harbour Ledger"],
            copyright_year=2019,
        )
        self.assertEqual(provenance.copyright_line(), "Copyright © Harbour Ledger, 2019")

    def test_original_piece_gets_its_own_copyright_line_and_no_source_line(self) -> None:
        provenance = Provenance(
            outlet_name="The Meridian Review",
            author_names=["Ines Alvarado", "Tomasz Wren"],
            publication_date=datetime.date(2024, 5, 1),
        )
        self.assertEqual(
            provenance.copyright_line(),
            "Copyright © Ines Alvarado, Tomasz Wren, The Meridian Review, 2024",
        )
        self.assertEqual(provenance.source_line(), "")
        self.assertFalse(provenance.is_republished)

    def test_piece_without_authors_is_held_by_the_publisher(self) -> None:
        provenance = Provenance(
            outlet_name="The Meridian Review",
            author_names=[],
            publication_date=datetime.date(2024, 5, 1),
        )
        self.assertEqual(provenance.copyright_line(), "Copyright © The Meridian Review, 2024")


class CanonicalTests(SimpleTestCase):
    own = "https://meridian.example/articles/grain/"

    def test_points_at_the_original_when_the_partner_asks_and_we_know_it(self) -> None:
        provenance = Provenance(
            outlet_name="M",
            author_names=[],
            publication_date=None,
            partner=partner(),
            original_url="https://harbourledger.example/grain",
        )
        self.assertEqual(provenance.canonical_url(self.own), "https://harbourledger.example/grain")

    def test_stays_ours_when_the_partner_prefers_it(self) -> None:
        provenance = Provenance(
            outlet_name="M",
            author_names=[],
            publication_date=None,
            partner=partner(canonical_to_original=False),
            original_url="https://harbourledger.example/grain",
        )
        self.assertEqual(provenance.canonical_url(self.own), self.own)

    def test_stays_ours_without_an_original_url(self) -> None:
        provenance = Provenance(
            outlet_name="M", author_names=[], publication_date=None, partner=partner()
        )
        self.assertEqual(provenance.canonical_url(self.own), self.own)


class LicenceTests(SimpleTestCase):
    def test_article_licence_overrides_the_partner_default(self) -> None:
        provenance = Provenance(
            outlet_name="M", author_names=[], publication_date=None, partner=partner(), licence=ND
        )
        self.assertEqual(provenance.effective_licence, ND)
        self.assertFalse(provenance.allows_derivatives)

    def test_partner_default_applies_otherwise(self) -> None:
        provenance = Provenance(
            outlet_name="M", author_names=[], publication_date=None, partner=partner()
        )
        self.assertEqual(provenance.effective_licence, BY)
        self.assertTrue(provenance.allows_derivatives)

    def test_republished_piece_with_no_licence_on_record_forbids_derivatives(self) -> None:
        provenance = Provenance(
            outlet_name="M",
            author_names=[],
            publication_date=None,
            partner=partner(default_licence=None),
        )
        self.assertFalse(provenance.allows_derivatives)
