import os

# Playwright's sync API runs an event loop in the test thread; the Django ORM calls made by the
# test itself (building content) are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
