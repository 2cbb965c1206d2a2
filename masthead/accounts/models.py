"""The custom user model, in place from the first migration so it can grow without pain.

Users are people who sign in (editors, later members). Authors of articles are
``people.Author`` records and need not be users.
"""

from django.contrib.auth.models import AbstractUser
from django.db import models


# django-stubs cannot type a reverse relation from a model with an untyped (Wagtail) base.
class User(AbstractUser):  # type: ignore[django-manager-missing]
    """A person who signs in to Masthead: editor, translator, and later a member."""

    display_name = models.CharField(max_length=150, blank=True)

    def __str__(self) -> str:
        return self.display_name or self.get_full_name() or self.username
