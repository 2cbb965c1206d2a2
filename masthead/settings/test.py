"""Fast, isolated settings for the test suite (modelled on bakerydemo's)."""

import tempfile

from masthead.settings.base import *  # noqa: F403

SECRET_KEY = "masthead-tests-only"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
# A non-UTC zone catches naive-datetime mistakes (Wagtail's own trick).
TIME_ZONE = "Asia/Tokyo"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Stored page fragments apart, so each test can start without them (conftest.py).
    "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "masthead-fragments",  # its own store (the same name would share one)
    },
}
MASTHEAD_FRAGMENT_CACHE_ALIAS = "fragments"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="masthead-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="masthead-test-static-")
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# What production uses on SQLite: the ranked FTS5 backend (masthead/discovery/search/).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "masthead.discovery.search"}}
SERVE_MEDIA = True
# Let WhiteNoise find static files without collectstatic, for the live-server browser tests.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Publishing does not queue translations unless a test turns it on.
MASTHEAD_AUTO_TRANSLATE = False
# Never the developer's installed models: tests install generated ones
# (masthead/translation/tests/conftest.py).
MASTHEAD_TRANSLATION = {
    **MASTHEAD_TRANSLATION,  # noqa: F405
    "PACKAGES_DIR": tempfile.mkdtemp(prefix="masthead-test-mt-packages-"),
    "ARGOS": {**MASTHEAD_TRANSLATION["ARGOS"], "INTER_THREADS": 1, "INTRA_THREADS": 1},  # noqa: F405
}
# --- Page cache ---------------------------------------------------------------------------------
# Off for the suite (publishing would purge and warm pages in every test); the page-cache tests
# turn it on with their own store (masthead/pagecache/tests/).
MASTHEAD_PAGE_CACHE = False
MASTHEAD_PAGE_CACHE_STORE = "memory"
MASTHEAD_PAGE_CACHE_DIR = tempfile.mkdtemp(prefix="masthead-test-page-cache-")
# --- Limits ---------------------------------------------------------------------------------------
# No request-rate limits and no login lock-out across the suite: every test client shares
# 127.0.0.1 and one cache, and the test client's login() has no request for django-axes.
# masthead/core/tests/test_limits.py turns each on and passes it.
MASTHEAD_RATE_LIMITS = {}
AXES_ENABLED = False
# allauth's reader limits likewise (every test signs in from 127.0.0.1, and the cache outlives a
# test); masthead/accounts/tests/test_reader_accounts.py turns them on and passes them.
ACCOUNT_RATE_LIMITS = False
