"""The WordPress import on PostgreSQL: the same tests as on SQLite. New posts are added a batch
at a time (``importers/bulk_pages.py``: multi-row inserts with RETURNING, the article table
through the queryset's insert), which each database must take as it is (decision 0215)."""

from masthead.importers.tests.test_wordpress_bulk import *  # noqa: F403
from masthead.importers.tests.test_wordpress_import import *  # noqa: F403
