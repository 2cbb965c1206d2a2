"""Background work of discovery: keeping stored related-article lists current.

Tasks take ids, are enqueued on commit (signal_handlers.py) and are idempotent: each run
recomputes from what is published at that moment and replaces the stored lists whole.
"""

from __future__ import annotations

from django_tasks import task

from masthead.articles.models import ArticlePage
from masthead.discovery.models import RelatedArticleList
from masthead.discovery.related import lists_showing, store_related_articles


@task()
def refresh_related_articles(page_id: int) -> list[int]:
    """An article was published, edited or retired: recompute every list it concerns.

    Concerned are its own list, the lists that show it now (its title or filing may have
    changed, or it is gone) and the lists of the articles now related to it (relatedness is
    mostly mutual: sharing terms works both ways). Returns the ids of the lists recomputed.
    """
    concerned = set(lists_showing(page_id))
    article = ArticlePage.objects.filter(pk=page_id).first()
    if article is not None and article.live:
        concerned.update(page.pk for page in store_related_articles(article))
    else:
        RelatedArticleList.objects.filter(page_id=page_id).delete()
    concerned.discard(page_id)
    for other in ArticlePage.objects.live().filter(pk__in=concerned):
        store_related_articles(other)
    # Lists of articles no longer live are dropped: they would be recomputed on publish.
    RelatedArticleList.objects.filter(page_id__in=concerned).exclude(
        page_id__in=ArticlePage.objects.live().values("pk")
    ).delete()
    return sorted(concerned | ({page_id} if article is not None and article.live else set()))
