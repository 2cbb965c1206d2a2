"""URLs served in every language (/fr/…): an article's plain-text and republish views and
Mastodon's instance question.

Listed before Wagtail's page routes, like the print view; a path ending in "text/" or
"republish/" that is not an article goes back to Wagtail (see views._article_at).
"""

from django.urls import path, re_path

from masthead.sharing import views

urlpatterns = [
    re_path(r"^(?P<page_path>(?:[\w\-]+/)*)text/$", views.text_article, name="sharing_text"),
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)republish/$",
        views.republish_article,
        name="sharing_republish",
    ),
    path("share/mastodon/", views.mastodon, name="sharing_mastodon"),
]
