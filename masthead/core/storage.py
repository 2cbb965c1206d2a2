"""Media in an S3-compatible bucket (``MASTHEAD_S3_BUCKET``; docs/how-to/scale-out.md).

Objects carry the same lifetimes as media served from disk (docs/how-to/deploy.md):
renditions a year and immutable, since a rendition's name names its filter and never gets new
content; originals a day. A CDN in front of the bucket and readers' browsers both follow them.
"""

from __future__ import annotations

from typing import Any

from storages.backends.s3 import S3Storage  # type: ignore[import-untyped]  # no type hints

RENDITION_LIFETIME = "public, max-age=31536000, immutable"
ORIGINAL_LIFETIME = "public, max-age=86400"


class MediaStorage(S3Storage):
    def get_object_parameters(self, name: str) -> dict[str, Any]:
        parameters: dict[str, Any] = super().get_object_parameters(name)
        folder = name.removeprefix(f"{self.location}/" if self.location else "")
        rendition = folder.startswith("images/")
        parameters.setdefault(
            "CacheControl", RENDITION_LIFETIME if rendition else ORIGINAL_LIFETIME
        )
        return parameters
