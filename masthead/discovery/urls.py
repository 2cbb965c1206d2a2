"""Site-wide URLs outside the language prefix (sitemaps, robots.txt)."""

urlpatterns: list = []
