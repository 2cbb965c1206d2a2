from typing import TypeVar

import factory
from wagtail.models import Locale

from masthead.taxonomy.models import InDepthReport, Region, Term, Theme

T = TypeVar("T", bound=Term)


class _TermFactory(factory.django.DjangoModelFactory[T]):
    locale = factory.LazyFunction(Locale.get_default)
    description = factory.LazyAttribute(lambda o: f"Analysis filed under {o.name}.")


class RegionFactory(_TermFactory[Region]):
    class Meta:
        model = Region

    name = factory.Sequence(lambda n: f"Region {n}")


class ThemeFactory(_TermFactory[Theme]):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Theme {n}")


class InDepthReportFactory(_TermFactory[InDepthReport]):
    class Meta:
        model = InDepthReport

    name = factory.Sequence(lambda n: f"Report {n}")
    introduction = "<p>An editor's introduction to the dossier.</p>"
