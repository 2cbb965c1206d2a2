"""Model mixins shared by lower apps.

``SlugURLMixin`` gives a named snippet (an author, a region) a slug made from its name and a
public URL below the index page that lists it. Which page lists a snippet is decided by the app
that owns the listing: it calls ``register_index_url(Model, finder)`` when its models load.
The snippet's own app therefore never names the listing app (see
docs/explanation/architecture.md, "Apps and the direction of imports").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.text import slugify

from masthead.core.listing import cached_on_request

# finder(instance) -> the URL of the live index page listing instances like it, or None
IndexURLFinder = Callable[[Any], str | None]

_index_url_finders: dict[type, IndexURLFinder] = {}


def register_index_url(model: type, finder: IndexURLFinder) -> None:
    """Declare where ``model`` (and its subclasses) are listed; the last registration wins."""
    _index_url_finders[model] = finder


def index_url_finder(model: type) -> IndexURLFinder | None:
    """The finder registered for ``model`` or its nearest registered base class."""
    for klass in model.__mro__:
        if klass in _index_url_finders:
            return _index_url_finders[klass]
    return None


class SlugURLMixin(models.Model):
    """A ``slug`` filled from ``name`` on first save and a URL ``<index page URL><slug>/``.

    The concrete model declares ``name`` and ``slug`` (their lengths and uniqueness differ).
    """

    slug_max_length = 200
    # Declared by the concrete model (and TranslatableMixin); named here for type checkers.
    name: str
    slug: str
    locale_id: int

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = slugify(self.name)[: self.slug_max_length]
        super().save(*args, **kwargs)

    def index_url_cache_key(self) -> tuple[Any, ...]:
        """Instances sharing this key share an index page (per request, looked up once)."""
        return ("index-url", self._meta.label, self.locale_id)

    def get_url(self, request: HttpRequest | None = None) -> str | None:
        """The public landing page; None when no live index page lists this kind of record."""
        finder = index_url_finder(type(self))
        if finder is None:
            return None
        base = cached_on_request(request, self.index_url_cache_key(), lambda: finder(self))
        return f"{base}{self.slug}/" if base else None

    @property
    def url(self) -> str | None:
        return self.get_url()
