"""A stored response: its headers, the body in identity, gzip and brotli, and its ETags.

An entry is serialised as one JSON header line followed by the bodies, so every store (memory,
files, Redis) keeps the same bytes and nothing is unpickled from a shared store.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import time
from dataclasses import dataclass, field

import brotli

ENCODINGS = ("br", "gzip", "identity")
# Below this, compression costs more than it saves (and some proxies mangle tiny gzip bodies).
MIN_COMPRESS_BYTES = 256
COMPRESSIBLE = (
    "text/",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/json",
    "application/ld+json",
    "application/javascript",
)


@dataclass
class Entry:
    """One cached page: what ``PageCacheApp`` sends without entering Django."""

    status: str
    headers: list[tuple[str, str]]
    bodies: dict[str, bytes]
    etag: str
    tags: list[str]
    url: str
    stored_at: float = field(default_factory=time.time)

    @classmethod
    def build(
        cls, status: str, headers: list[tuple[str, str]], body: bytes, tags: list[str], url: str
    ) -> Entry:
        content_type = next((v for k, v in headers if k.lower() == "content-type"), "")
        bodies = {"identity": body}
        if len(body) >= MIN_COMPRESS_BYTES and content_type.startswith(COMPRESSIBLE):
            bodies["gzip"] = gzip.compress(body, compresslevel=9, mtime=0)
            bodies["br"] = brotli.compress(body, quality=11)
        etag = hashlib.blake2b(body, digest_size=12).hexdigest()
        return cls(status, headers, bodies, etag, sorted(set(tags)), url)

    @property
    def size(self) -> int:
        return sum(len(body) for body in self.bodies.values()) + 512

    def etag_for(self, encoding: str) -> str:
        # Strong validators must differ between encodings of the same page (RFC 9110 8.8.3).
        return f'"{self.etag}"' if encoding == "identity" else f'"{self.etag}-{encoding}"'

    def choose(self, accept_encoding: str) -> str:
        """The best stored variant the client accepts (brotli, then gzip, then identity)."""
        accepted = _accepted(accept_encoding)
        for encoding in ("br", "gzip"):
            if encoding in self.bodies and encoding in accepted:
                return encoding
        return "identity"

    def matches(self, if_none_match: str) -> bool:
        """Whether the client's copy (any of our variants' ETags) is still this page."""
        if if_none_match.strip() == "*":
            return True
        wanted = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return any(self.etag_for(encoding) in wanted for encoding in self.bodies)

    def dumps(self) -> bytes:
        order = [name for name in ENCODINGS if name in self.bodies]
        meta = {
            "status": self.status,
            "headers": self.headers,
            "etag": self.etag,
            "tags": self.tags,
            "url": self.url,
            "stored_at": self.stored_at,
            "bodies": [[name, len(self.bodies[name])] for name in order],
        }
        head = json.dumps(meta, separators=(",", ":")).encode()
        return head + b"\n" + b"".join(self.bodies[name] for name in order)

    @classmethod
    def loads(cls, data: bytes) -> Entry:
        head, _, rest = data.partition(b"\n")
        meta = json.loads(head)
        bodies, offset = {}, 0
        for name, length in meta["bodies"]:
            bodies[name] = rest[offset : offset + length]
            offset += length
        if offset != len(rest):
            raise ValueError("truncated page-cache entry")
        headers = [(str(k), str(v)) for k, v in meta["headers"]]
        return cls(
            meta["status"],
            headers,
            bodies,
            meta["etag"],
            meta["tags"],
            meta["url"],
            meta["stored_at"],
        )

    @staticmethod
    def meta_url(data: bytes) -> str:
        return str(json.loads(data.partition(b"\n")[0])["url"])


def _accepted(accept_encoding: str) -> set[str]:
    accepted = set()
    for item in accept_encoding.lower().split(","):
        name, _, params = item.strip().partition(";")
        q = params.strip()
        if q.startswith("q="):
            try:
                if float(q[2:]) == 0:
                    continue
            except ValueError:
                continue
        if name:
            accepted.add(name.strip())
    return accepted
