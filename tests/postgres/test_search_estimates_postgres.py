"""The bounded-candidate searches (a common word, estimated totals, facets, paging past the
newest matches, the search cache) on PostgreSQL: the same tests as on SQLite, where
PostgreSQL reads its own window of entry ids and then the candidates by id (decisions 0210,
0217)."""

from masthead.discovery.tests.test_search_estimates import *  # noqa: F403
