import datetime

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from masthead.articles.models import ArticlePage


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Article number {n}")
    lead = "<p>A short standfirst that tells the reader why this matters.</p>"
    publication_date = factory.Sequence(
        lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n)
    )
    body = factory.LazyFunction(
        lambda: [
            ("paragraph", RichText("<p>The first paragraph sets out the facts.</p>")),
            ("subheading", "What comes next"),
            ("quote", {"text": "We will see.", "attribution": "A harbour pilot"}),
        ]
    )
