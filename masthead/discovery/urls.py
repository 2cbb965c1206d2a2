"""Site-wide URLs outside the language prefix (sitemaps, robots.txt).

One sitemap index covers every language: each URL in it lists its translations.
"""

from django.urls import path

from masthead.discovery import views

urlpatterns = [
    path("robots.txt", views.robots_txt, name="discovery_robots"),
    path("sitemap.xml", views.sitemap_index, name="discovery_sitemap_index"),
    path("sitemap-news.xml", views.news_sitemap, name="discovery_news_sitemap"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="discovery_sitemap_section"),
]
