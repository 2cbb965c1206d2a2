"""Settings for a laptop and for the demo site (`make demo`).

The demo runs with DEBUG off, like production, so that WhiteNoise serves the static files
and error pages look as readers would see them; set DJANGO_DEBUG=1 to debug.
"""

from masthead.settings.base import *  # noqa: F403
from masthead.settings.env import env_bool, env_list, env_str

# A key for local use only; production.py refuses to start without its own.
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "masthead-local-development-key-not-for-production")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
SERVE_MEDIA = env_bool("MASTHEAD_SERVE_MEDIA", True)
