"""Regions, themes and in-depth reports as snippets: slugs, order and landing-page addresses."""

from django.db import IntegrityError
from django.test import TestCase

from masthead.taxonomy.factories import InDepthReportFactory, RegionFactory, ThemeFactory
from masthead.taxonomy.models import Region
from masthead.testing import build_outlet


class TermTests(TestCase):
    def test_slug_is_made_from_the_name(self) -> None:
        region = RegionFactory(name="Middle East & North Africa")
        self.assertEqual(region.slug, "middle-east-north-africa")
        self.assertEqual(ThemeFactory(name="Water", slug="water-climate").slug, "water-climate")

    def test_slug_is_unique_within_an_axis_but_not_across_axes(self) -> None:
        RegionFactory(name="Energy")
        ThemeFactory(name="Energy")  # a theme may share a region's slug: other address
        with self.assertRaises(IntegrityError):
            RegionFactory(name="energy")

    def test_terms_are_listed_alphabetically(self) -> None:
        for name in ("Sahel", "Andes", "Mekong"):
            RegionFactory(name=name)
        self.assertEqual([r.name for r in Region.objects.all()], ["Andes", "Mekong", "Sahel"])


class TermURLTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()

    def test_each_axis_has_its_own_landing_pages(self) -> None:
        self.assertEqual(RegionFactory(name="Sahel").url, "/regions/sahel/")
        self.assertEqual(ThemeFactory(name="Energy").url, "/themes/energy/")
        report = InDepthReportFactory(name="Grain Corridors")
        self.assertEqual(report.url, "/reports/grain-corridors/")
        self.assertEqual(self.client.get(report.url).status_code, 200)

    def test_no_url_when_the_axis_has_no_live_index(self) -> None:
        self.outlet.themes.unpublish()
        self.assertIsNone(ThemeFactory(name="Energy").url)
        self.assertEqual(RegionFactory(name="Sahel").url, "/regions/sahel/")
