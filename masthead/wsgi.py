"""WSGI entry point: Django behind the page cache (off with MASTHEAD_PAGE_CACHE=0)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.production")

from masthead.pagecache.release import refresh_for_release
from masthead.pagecache.wsgi import wrap

django_application = get_wsgi_application()
# A new release retires the old one's stored fragments and cached pages (decision 0219).
refresh_for_release()
application = wrap(django_application)
