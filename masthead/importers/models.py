"""What the importers remember: a run started from the admin, and where WordPress items went.

``ImportRun`` is the record an editor's upload becomes: the admin screen creates it, enqueues
``importers.tasks.run_wordpress_import(run.pk)`` and shows ``done``/``total`` and the counts as
the worker moves them. The ``WordPress*`` tables map an item of an export (post GUID, author
login, attachment id) to what it became here, so a second run of the same export updates
rather than duplicates.
"""

from __future__ import annotations

import secrets
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def upload_path(instance: models.Model, filename: str) -> str:
    """``imports/<random>/<name>``: media are served publicly and an export holds drafts and
    authors' e-mail addresses, so its address must not be guessable."""
    return f"imports/{secrets.token_hex(16)}/{PurePath(filename).name}"


class ImportRun(models.Model):
    """One import started in the admin and run by the worker; progress is read from this row."""

    class Kind(models.TextChoices):
        WORDPRESS = "wordpress", _("WordPress export (WXR)")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.WORDPRESS)
    file = models.FileField(_("uploaded file"), upload_to=upload_path, max_length=300)
    # Command-line options as data: {"since": "2021-01-01", "fetch_media": true,
    # "mapping": "<TOML text>"}; see masthead.importers.wordpress.importer.ImportOptions.
    options = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0, help_text=_("Posts in the file."))
    done = models.PositiveIntegerField(default=0, help_text=_("Posts handled so far."))
    created_count = models.PositiveIntegerField(_("created"), default=0)
    updated_count = models.PositiveIntegerField(_("updated"), default=0)
    skipped_count = models.PositiveIntegerField(_("skipped"), default=0)
    # One problem per line, worded for an editor ("line 212, <item>: …").
    errors = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import run")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk} ({self.get_status_display()})"

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0


class WordPressPost(models.Model):
    """A post of a WordPress export (by GUID) and the article it became."""

    guid = models.CharField(max_length=500, unique=True)
    wp_id = models.PositiveIntegerField(null=True, blank=True)
    page = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="wordpress_posts"
    )
    permalink = models.URLField(max_length=500, blank=True)
    # WordPress's "stick to the front page"; kept here because the front page has no slot for
    # a pinned article (decision 0175).
    sticky = models.BooleanField(default=False)
    modified = models.DateTimeField(null=True, blank=True)
    # A hash of what the post and the mapping said at the last import: a re-run skips a post
    # whose fingerprint is unchanged, and updates (a new revision) one that changed.
    fingerprint = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return self.guid


class WordPressAuthor(models.Model):
    """A WordPress login (or guest author) and the author it became, matched on re-runs."""

    login = models.CharField(max_length=200, unique=True)
    email = models.EmailField(blank=True, db_index=True)
    author = models.ForeignKey("people.Author", on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return self.login


class WordPressMedia(models.Model):
    """An attachment of a WordPress export (by post id) and the image it became."""

    wp_id = models.PositiveIntegerField(unique=True)
    url = models.URLField(max_length=500, db_index=True)
    image = models.ForeignKey("images.CustomImage", on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return self.url
