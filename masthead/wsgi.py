"""WSGI entry point: Django behind the page cache (off with MASTHEAD_PAGE_CACHE=0)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.production")

from masthead.pagecache.wsgi import wrap

application = wrap(get_wsgi_application())
