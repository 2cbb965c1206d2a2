"""``{% related_articles page as related %}`` for the end of an article page."""

from django import template

from masthead.articles.models import ArticlePage
from masthead.discovery.related import stored_related_articles

register = template.Library()


@register.simple_tag
def related_articles(page: ArticlePage, limit: int = 4) -> list[ArticlePage]:
    """The list stored at the last publish (see discovery/tasks.py), read in one query."""
    return stored_related_articles(page, limit=limit)
