"""Media on this machine's disk (MASTHEAD_MEDIA_ROOT), without half-written files.

Django's ``FileSystemStorage`` streams an upload into its final name; when the disk fills up
half-way, the truncated file stays there under that name. This storage removes it, and says
in the error which folder ran out of room, so the log tells the operator what to free.
"""

from __future__ import annotations

import contextlib
import errno
import os
from typing import Any

from django.core.files.storage import FileSystemStorage

# Out of room: the disk, the user's quota, or the largest file the system allows.
FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class LocalMediaStorage(FileSystemStorage):
    def _save(self, name: str, content: Any) -> str:
        try:
            return str(super()._save(name, content))  # type: ignore[misc]  # not in the stubs
        except OSError as exc:
            if exc.errno not in FULL:
                raise
            # Opened with O_EXCL, so the file under this name is the one just cut short.
            with contextlib.suppress(OSError):
                os.remove(self.path(name))
            raise OSError(
                exc.errno,
                f"No space left in MEDIA_ROOT ({self.location}) for {name} "
                f"({exc.strerror}); nothing was kept. Free some space and upload it again.",
            ) from exc
