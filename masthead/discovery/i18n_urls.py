"""URLs served in every language (/fr/…): feeds and search."""

urlpatterns: list = []
