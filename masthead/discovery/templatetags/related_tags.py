"""``{% related_articles page as related %}`` for the end of an article page."""

from django import template

from masthead.articles.models import ArticlePage
from masthead.discovery.related import related_articles as find_related

register = template.Library()


@register.simple_tag
def related_articles(page: ArticlePage, limit: int = 4) -> list[ArticlePage]:
    return find_related(page, limit=limit)
