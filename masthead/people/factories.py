import factory
from wagtail.models import Locale

from masthead.people.models import Author


class AuthorFactory(factory.django.DjangoModelFactory[Author]):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Writer Number{n}")
    bio = factory.LazyAttribute(lambda o: f"<p>{o.name} writes about public policy.</p>")
    short_bio = "Writes about public policy."
    locale = factory.LazyFunction(Locale.get_default)
