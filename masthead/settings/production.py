"""Production settings: refuse to start without a secret key and allowed hosts."""

from masthead.settings.base import *  # noqa: F403
from masthead.settings.env import env_bool, env_int, env_list, env_mandatory

SECRET_KEY = env_mandatory("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or env_mandatory("DJANGO_ALLOWED_HOSTS").split(",")
SECURE_SSL_REDIRECT = env_bool("MASTHEAD_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("MASTHEAD_HSTS_SECONDS", 31536000)
# Both off unless the operator turns them on (docs/how-to/deploy.md#https): includeSubDomains
# forces HTTPS on every host under the domain, and a preloaded domain stays HTTPS-only in
# browsers for months after it asks to leave the list.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("MASTHEAD_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("MASTHEAD_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS: list[str] = []
if not SECURE_HSTS_INCLUDE_SUBDOMAINS:
    # W005 asks for includeSubDomains. An outlet's domain often has other hosts (a shop, a
    # newsletter service, an old archive) that Masthead does not serve and that may not have
    # HTTPS; the operator turns it on with MASTHEAD_HSTS_INCLUDE_SUBDOMAINS=1 once they do.
    SILENCED_SYSTEM_CHECKS.append("security.W005")
if not SECURE_HSTS_PRELOAD:
    # W021 asks for preload: a promise to browsers' built-in lists that is slow to undo, for
    # the operator to make (MASTHEAD_HSTS_PRELOAD=1), never a default.
    SILENCED_SYSTEM_CHECKS.append("security.W021")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Reuse a connection for a while instead of opening one per request: on PostgreSQL that saves
# a connection handshake, on SQLite the pragmas run on every connect (WAL, mmap), which were a
# fifth of an uncached page's time (bench/pages.py).
DATABASES["default"]["CONN_MAX_AGE"] = env_int("MASTHEAD_DATABASE_CONN_MAX_AGE", 60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
