"""What the settings modules build from environment values: database, storage, cache and
search entries, and the checks they run while loading. Plain functions, no settings of their
own; ``base.py`` and the test settings call them."""

import importlib.util
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured


def database_from_url(url: str) -> dict[str, Any]:
    """A DATABASES entry from ``postgres://user:password@host:port/name?sslmode=require``.

    Parsed with the standard library rather than dj-database-url: one scheme is all we need.
    """
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise ImproperlyConfigured(f"Database URLs must start with postgres://, got {url!r}")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": unquote(parts.hostname or ""),
        "PORT": str(parts.port or ""),
        "OPTIONS": dict(parse_qsl(parts.query)),
        "CONN_HEALTH_CHECKS": True,
    }


def make_folders(*folders: str | Path) -> None:
    """Create the folders the settings point to, so a fresh clone can migrate at once.

    A folder that cannot be made (read-only disk, no permission) is left to the system check
    ``masthead.E001`` (masthead/core/checks.py), which names it and says how to fix it.
    """
    for folder in folders:
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
        except OSError:
            continue


def s3_storage(
    bucket: str,
    *,
    endpoint_url: str = "",
    region: str = "",
    access_key: str = "",
    secret_key: str = "",
    custom_domain: str = "",
    location: str = "",
) -> dict[str, Any]:
    """A ``STORAGES`` entry for media in an S3-compatible bucket (the "s3" dependency group).

    URLs are plain, unsigned ones: pages that name an image are cached for everyone (page
    cache, CDN), and a signed URL in them would stop working when its signature expired. The
    bucket (or the CDN in front of it) must therefore let anyone read the objects.
    """
    options: dict[str, Any] = {
        "bucket_name": bucket,
        "querystring_auth": False,
        "file_overwrite": False,
        "default_acl": None,
    }
    extra = {
        "endpoint_url": endpoint_url,
        "region_name": region,
        "access_key": access_key,
        "secret_key": secret_key,
        "custom_domain": custom_domain,
        "location": location,
    }
    options.update({key: value for key, value in extra.items() if value})
    if endpoint_url and not custom_domain:
        # S3-compatible servers (MinIO, Garage, moto) address buckets by path, not host name.
        options["addressing_style"] = "path"
    # Sets each object's Cache-Control: renditions a year, originals a day.
    return {"BACKEND": "masthead.core.storage.MediaStorage", "OPTIONS": options}


def require_group(variable: str, group: str, *modules: str) -> None:
    """Refuse to start when a variable needs a dependency group that is not installed.

    Otherwise the site would start and fail on the first upload or cache read instead.
    """
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        raise ImproperlyConfigured(
            f"{variable} is set but {', '.join(missing)} is not installed: "
            f"pip install -e . --group {group} (docs/how-to/scale-out.md)."
        )


def redis_cache(url: str) -> dict[str, Any]:
    """``CACHES`` on a Redis server (Django's own backend; the "redis" dependency group)."""
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "masthead",
        }
    }


def search_backends(name: str, urls: list[str], index_prefix: str) -> dict[str, Any]:
    """``WAGTAILSEARCH_BACKENDS`` for ``MASTHEAD_SEARCH_BACKEND`` (docs/how-to/search-backends.md).

    "database" is SQLite FTS5 or PostgreSQL full-text search, whichever database is in use;
    the others are Wagtail's backends for a search server at ``MASTHEAD_SEARCH_URL``.
    """
    engines = {"opensearch": "opensearch3", "elasticsearch": "elasticsearch9"}
    engine = engines.get(name, name)
    if engine == "database":
        return {"default": {"BACKEND": "masthead.discovery.search"}}
    known = {"opensearch2", "opensearch3", "elasticsearch7", "elasticsearch8", "elasticsearch9"}
    if engine not in known:
        raise ImproperlyConfigured(
            f"MASTHEAD_SEARCH_BACKEND must be database, opensearch or elasticsearch, got {name!r}"
        )
    if not urls:
        raise ImproperlyConfigured(f"MASTHEAD_SEARCH_BACKEND={name} needs MASTHEAD_SEARCH_URL.")
    return {
        "default": {
            "BACKEND": f"wagtail.search.backends.{engine}",
            "URLS": urls,
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": 5,
        }
    }
