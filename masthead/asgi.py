"""ASGI entry point: Django behind the page cache (off with MASTHEAD_PAGE_CACHE=0)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.production")

from masthead.pagecache.asgi import wrap

application = wrap(get_asgi_application())
