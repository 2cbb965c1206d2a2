import factory

from masthead.syndication.models import Licence, PartnerFeed, PartnerPublication, Permission


class LicenceFactory(factory.django.DjangoModelFactory[Licence]):
    class Meta:
        model = Licence
        django_get_or_create = ("code",)

    code = "CC-BY-4.0"
    name = "CC BY 4.0"
    url = "https://creativecommons.org/licenses/by/4.0/"
    allows_derivatives = True
    allows_commercial = True


class PartnerPublicationFactory(factory.django.DjangoModelFactory[PartnerPublication]):
    class Meta:
        model = PartnerPublication

    name = factory.Sequence(lambda n: f"Partner Gazette {n}")
    homepage = factory.LazyAttribute(
        lambda o: f"https://{o.name.lower().replace(' ', '')}.example/"
    )
    default_licence = factory.SubFactory(LicenceFactory)
    canonical_to_original = True
    permission = Permission.CC_BY
    contact_name = "Desk Editor"
    contact_email = factory.LazyAttribute(
        lambda o: f"desk@{o.name.lower().replace(' ', '')}.example"
    )


class PartnerFeedFactory(factory.django.DjangoModelFactory[PartnerFeed]):
    class Meta:
        model = PartnerFeed

    partner = factory.SubFactory(PartnerPublicationFactory)
    url = factory.Sequence(lambda n: f"https://partner{n}.example/feed.xml")
    active = True
    poll_minutes = 60
