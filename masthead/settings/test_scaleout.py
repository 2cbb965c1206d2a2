"""The test settings for the scale-out run: PostgreSQL, Redis and S3 media (scripts/test.sh).

Like production scaled out (docs/how-to/scale-out.md): the database is PostgreSQL
(``MASTHEAD_TEST_POSTGRES_URL``), Django's cache is Redis (``MASTHEAD_TEST_REDIS_URL``) and
uploads go to an S3-compatible server (``MASTHEAD_TEST_S3_ENDPOINT_URL``; scripts/test.sh runs
moto's server). Each is required: a scale-out test that quietly fell back to SQLite, process
memory or local files would pass CI without testing what it names.

``MASTHEAD_TEST_WORKER_DATABASE`` and ``MASTHEAD_TEST_WORKER_TASKS`` are set only for worker
processes that a test starts (tests/scaleout/test_scheduled_worker.py): they point the worker at
the test's database and its queue.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from masthead.settings.builders import redis_cache, s3_storage
from masthead.settings.test_postgres import *  # noqa: F403


def _required(name: str, example: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} must name a server for the scale-out tests, e.g. {example} "
            "(scripts/test.sh starts one)."
        )
    return value


# xdist workers get a Redis database and a bucket each, so one worker's cache.clear() or
# cleanup never touches another's.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
_index = int(_worker) if _worker.isdigit() else 0

_redis = _required("MASTHEAD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
_redis_base = _redis.rsplit("/", 1)[0] if _redis.count("/") > 2 else _redis
REDIS_URL = f"{_redis_base}/{1 + _index}"
CACHES = redis_cache(REDIS_URL)
# Stored page fragments live in Redis too, as when scaled out (emptied before each test).
MASTHEAD_FRAGMENT_CACHE_ALIAS = "default"
# The page cache, where a test turns it on, keeps its pages in the same Redis.
MASTHEAD_PAGE_CACHE_REDIS_URL = REDIS_URL
MASTHEAD_PAGE_CACHE_STORE = "redis"

S3_ENDPOINT_URL = _required("MASTHEAD_TEST_S3_ENDPOINT_URL", "http://127.0.0.1:5000")
S3_BUCKET = f"masthead-test-media-{_index}"
STORAGES = {
    **STORAGES,  # noqa: F405
    "default": s3_storage(
        S3_BUCKET,
        endpoint_url=S3_ENDPOINT_URL,
        region="us-east-1",
        access_key="masthead-test",
        secret_key="masthead-test",  # noqa: S106 - moto accepts any key
    ),
}
SERVE_MEDIA = False

if os.environ.get("MASTHEAD_TEST_WORKER_DATABASE"):
    DATABASES["default"]["NAME"] = os.environ["MASTHEAD_TEST_WORKER_DATABASE"]  # noqa: F405
if os.environ.get("MASTHEAD_TEST_WORKER_TASKS") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    MASTHEAD_SCHEDULED_PUBLISHING_INTERVAL = 1
    MASTHEAD_PAGE_CACHE = True
