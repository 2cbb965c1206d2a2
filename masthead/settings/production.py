"""Production settings: refuse to start without a secret key and allowed hosts."""

from masthead.settings.base import *  # noqa: F403
from masthead.settings.env import env_bool, env_int, env_list, env_mandatory

SECRET_KEY = env_mandatory("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or env_mandatory("DJANGO_ALLOWED_HOSTS").split(",")
SECURE_SSL_REDIRECT = env_bool("MASTHEAD_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("MASTHEAD_HSTS_SECONDS", 31536000)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# On PostgreSQL, reuse a connection for a while instead of opening one per request.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"]["CONN_MAX_AGE"] = env_int("MASTHEAD_DATABASE_CONN_MAX_AGE", 60)  # noqa: F405
