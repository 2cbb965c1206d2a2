"""Suite-wide fixtures (every test directory)."""

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_stored_fragments() -> Iterator[None]:
    """Each test starts without stored page fragments (masthead/pagecache/fragments.py) or
    remembered routes (routes.py): they are keyed on page ids and a content version that start
    again with every test's database."""
    from django.conf import settings
    from django.core.cache import caches

    from masthead.pagecache import routes

    alias = getattr(settings, "MASTHEAD_FRAGMENT_CACHE_ALIAS", "default")
    if alias in settings.CACHES:
        caches[alias].clear()
    routes.forget()  # the routes remembered for the last test's content version
    yield
