"""Django's cache on Redis: what one app server caches, the others read."""

import os
import subprocess
import sys
from pathlib import Path

import redis
from django.conf import settings
from django.core.cache import cache
from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parents[2]


def read_in_another_process(key: str) -> str:
    """The value another Django process (another app server) reads from its cache."""
    script = (
        "import django; django.setup(); from django.core.cache import cache; "
        f"print(repr(cache.get({key!r})))"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


class SharedCacheTests(SimpleTestCase):
    def test_a_value_cached_by_one_process_is_read_and_cleared_by_another(self) -> None:
        cache.set("front-page-headline", "Harbour tolls rise at dawn", 60)
        self.assertEqual(
            read_in_another_process("front-page-headline"), "'Harbour tolls rise at dawn'"
        )

        cache.delete("front-page-headline")
        self.assertEqual(read_in_another_process("front-page-headline"), "None")

    def test_entries_live_on_the_redis_server_with_their_timeout(self) -> None:
        cache.set("breaking-banner", "Storm warning on the coast", 5)
        server = redis.Redis.from_url(settings.REDIS_URL)
        (key,) = server.keys("masthead:*:breaking-banner")
        self.assertTrue(0 < server.pttl(key) <= 5000)
        server.delete(key)
        self.assertIsNone(cache.get("breaking-banner"))
