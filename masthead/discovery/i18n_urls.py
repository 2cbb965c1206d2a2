"""URLs served in every language (/fr/…): feeds, the print view and search.

Listed before Wagtail's page routes, so these paths win over page slugs; the print route
hands any path that is not an article back to Wagtail (see views.print_article).
"""

from django.urls import path, re_path

from masthead.discovery import search_views, views

urlpatterns = [
    path("feeds/<slug:fmt>/", views.feed, name="discovery_feed"),
    path("feeds/<slug:kind>/<slug:slug>/<slug:fmt>/", views.feed, name="discovery_subject_feed"),
    re_path(r"^(?P<page_path>(?:[\w\-]+/)*)print/$", views.print_article, name="discovery_print"),
    path("search/", search_views.search, name="discovery_search"),
]
