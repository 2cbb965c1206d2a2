"""System checks for what a fresh installation gets wrong first."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, register


def _folder_problem(folder: Path) -> str:
    if not folder.is_dir():
        return "does not exist"
    if not os.access(folder, os.W_OK):
        return "is not writable"
    return ""


@register()
def check_writable_folders(**kwargs: Any) -> list[CheckMessage]:
    """The SQLite database's folder and MEDIA_ROOT must exist and be writable."""
    folders = {"MEDIA_ROOT (MASTHEAD_MEDIA_ROOT)": Path(settings.MEDIA_ROOT)}
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        folders["the SQLite database's folder (MASTHEAD_SQLITE_PATH)"] = Path(
            database["NAME"]
        ).parent
    messages: list[CheckMessage] = []
    for label, folder in folders.items():
        problem = _folder_problem(folder)
        if problem:
            messages.append(
                Error(
                    f"{folder}, {label}, {problem}.",
                    hint=f"Run `mkdir -p {folder}` as the user that runs Masthead, "
                    "or point the variable at a writable folder.",
                    id="masthead.E001",
                )
            )
    return messages
