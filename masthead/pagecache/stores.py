"""Where stored pages live: process memory, files on this machine, or Redis.

Every store keeps entries by key and, for each surrogate-key tag, which entries carry it, so a
purge removes exactly the pages that show what changed. Each store also keeps a *generation*,
a number that grows on every purge: the per-worker memory layer in front of a shared store
compares it on each request and drops its copies when another process has purged.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from masthead.pagecache.entry import Entry

SAFE_TAG = re.compile(r"[^A-Za-z0-9_.-]")


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class Store(Protocol):
    def get(self, key: str) -> Entry | None: ...
    def put(self, key: str, entry: Entry) -> None: ...
    def purge(self, tags: Iterable[str]) -> list[str]: ...
    def generation(self) -> int: ...
    def get_meta(self, name: str) -> str | None: ...
    def set_meta(self, name: str, value: str) -> None: ...
    def clear(self) -> None: ...


class MemoryStore:
    """An LRU dict capped in bytes; on its own for one process, or in front of a shared store."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._bytes = 0
        self._generation = 0
        self._meta: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> Entry | None:
        entry = self._entries.get(key)
        if entry is not None:
            with contextlib.suppress(KeyError):  # evicted by another thread meanwhile
                self._entries.move_to_end(key)
        return entry

    def put(self, key: str, entry: Entry) -> None:
        if entry.size > self.max_bytes:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old.size
            self._entries[key] = entry
            self._bytes += entry.size
            while self._bytes > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._bytes -= evicted.size

    def purge(self, tags: Iterable[str]) -> list[str]:
        wanted = set(tags)
        with self._lock:
            keys = [k for k, e in self._entries.items() if wanted.intersection(e.tags)]
            urls = [self._entries[k].url for k in keys]
            for key in keys:
                self._bytes -= self._entries.pop(key).size
            self._generation += 1
        return urls

    def generation(self) -> int:
        return self._generation

    def get_meta(self, name: str) -> str | None:
        return self._meta.get(name)

    def set_meta(self, name: str, value: str) -> None:
        self._meta[name] = value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


class FileStore:
    """Entries as files under one folder: shared by a machine's workers, warm after a restart.

    ``entries/ab/<sha256>`` holds an entry; ``tags/<tag>/<sha256>`` marks that it carries a
    tag; ``generation`` grows by one byte per purge (an O_APPEND write is atomic between
    processes, and its size costs one ``stat`` to read). Files are written to a temporary name
    and renamed, so a reader never sees half an entry.
    """

    def __init__(self, root: str | Path, max_bytes: int = 1024 * 1024 * 1024) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self._entries = self.root / "entries"
        self._tags = self.root / "tags"
        self._meta = self.root / "meta"
        for folder in (self._entries, self._tags, self._meta):
            folder.mkdir(parents=True, exist_ok=True)
        self._generation_file = str(self.root / "generation")
        Path(self._generation_file).touch(exist_ok=True)
        self._puts = 0

    def _path(self, name: str) -> Path:
        return self._entries / name[:2] / name

    def get(self, key: str) -> Entry | None:
        try:
            with open(self._path(digest(key)), "rb") as handle:
                return Entry.loads(handle.read())
        except (OSError, ValueError):
            return None

    def put(self, key: str, entry: Entry) -> None:
        name = digest(key)
        path = self._path(name)
        path.parent.mkdir(exist_ok=True)
        for tag in entry.tags:
            folder = self._tags / SAFE_TAG.sub("_", tag)
            folder.mkdir(exist_ok=True)
            (folder / name).touch()
        _write_atomically(path, entry.dumps())
        self._puts += 1
        # A scan of the folder: now and then, not on every write (thousands of files).
        if self._puts % 500 == 1:
            self.evict()

    def purge(self, tags: Iterable[str]) -> list[str]:
        urls = []
        for tag in set(tags):
            folder = self._tags / SAFE_TAG.sub("_", tag)
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                continue
            for name in names:
                path = self._path(name)
                try:
                    urls.append(Entry.meta_url(path.read_bytes()))
                    path.unlink()
                except (OSError, ValueError):
                    pass
                (folder / name).unlink(missing_ok=True)
        fd = os.open(self._generation_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        try:
            os.write(fd, b".")
        finally:
            os.close(fd)
        return urls

    def generation(self) -> int:
        try:
            return os.stat(self._generation_file).st_size
        except OSError:
            return -1

    def get_meta(self, name: str) -> str | None:
        try:
            return (self._meta / digest(name)).read_text()
        except OSError:
            return None

    def set_meta(self, name: str, value: str) -> None:
        _write_atomically(self._meta / digest(name), value.encode())

    def evict(self) -> None:
        """Remove the oldest entries until the folder is under 90% of its cap."""
        files = []
        total = 0
        for path in self._entries.glob("*/*"):
            try:
                stat = path.stat()
            except OSError:
                continue
            files.append((stat.st_mtime, stat.st_size, path))
            total += stat.st_size
        if total <= self.max_bytes:
            return
        for _, size, path in sorted(files):
            path.unlink(missing_ok=True)
            total -= size
            if total <= self.max_bytes * 0.9:
                break

    def clear(self) -> None:
        for path in self._entries.glob("*/*"):
            path.unlink(missing_ok=True)


class RedisStore:
    """Entries in Redis, for several machines: ``e:<sha>`` blobs, ``t:<tag>`` sets, ``gen``.

    Entries and tag sets expire after ``ttl`` seconds so a tag set never outlives its pages by
    long; the size cap is Redis's own (``maxmemory`` with an LRU policy, see the docs).
    """

    def __init__(self, url: str, prefix: str = "masthead:pc:", ttl: int = 86400) -> None:
        import redis

        self.client: Any = redis.Redis.from_url(url)
        self.prefix = prefix
        self.ttl = ttl

    def get(self, key: str) -> Entry | None:
        data = self.client.get(f"{self.prefix}e:{digest(key)}")
        if data is None:
            return None
        try:
            return Entry.loads(data)
        except ValueError:
            return None

    def put(self, key: str, entry: Entry) -> None:
        name = digest(key)
        pipe = self.client.pipeline(transaction=False)
        pipe.set(f"{self.prefix}e:{name}", entry.dumps(), ex=self.ttl)
        for tag in entry.tags:
            pipe.sadd(f"{self.prefix}t:{tag}", name)
            pipe.expire(f"{self.prefix}t:{tag}", self.ttl)
        pipe.execute()

    def purge(self, tags: Iterable[str]) -> list[str]:
        tag_keys = [f"{self.prefix}t:{tag}" for tag in set(tags)]
        names: set[bytes] = set()
        if tag_keys:
            pipe = self.client.pipeline(transaction=False)
            for tag_key in tag_keys:
                pipe.smembers(tag_key)
            for members in pipe.execute():
                names.update(members)
        entry_keys = [f"{self.prefix}e:{name.decode()}" for name in names]
        urls = []
        if entry_keys:
            for data in self.client.mget(entry_keys):
                if data is not None:
                    with contextlib.suppress(ValueError):
                        urls.append(Entry.meta_url(data))
        pipe = self.client.pipeline(transaction=True)
        if entry_keys or tag_keys:
            pipe.delete(*entry_keys, *tag_keys)
        pipe.incr(f"{self.prefix}gen")
        pipe.execute()
        return urls

    def generation(self) -> int:
        return int(self.client.get(f"{self.prefix}gen") or 0)

    def get_meta(self, name: str) -> str | None:
        value = self.client.get(f"{self.prefix}m:{name}")
        return value.decode() if value is not None else None

    def set_meta(self, name: str, value: str) -> None:
        self.client.set(f"{self.prefix}m:{name}", value)

    def clear(self) -> None:
        keys = list(self.client.scan_iter(f"{self.prefix}*"))
        if keys:
            self.client.delete(*keys)


class LayeredStore:
    """A worker's memory in front of a shared store (files or Redis).

    Each lookup reads the shared generation first (a ``stat`` or one Redis GET): when another
    process purged since, this worker's memory copies are dropped before answering, so no
    worker serves a page that was invalidated elsewhere.
    """

    def __init__(self, memory: MemoryStore, shared: Store) -> None:
        self.memory = memory
        self.shared = shared
        self._seen = shared.generation()

    def _sync(self) -> int:
        current = self.shared.generation()
        if current != self._seen:
            self.memory.clear()
            self._seen = current
        return current

    def get(self, key: str) -> Entry | None:
        self._sync()
        entry = self.memory.get(key)
        if entry is None:
            entry = self.shared.get(key)
            if entry is not None:
                self.memory.put(key, entry)
        return entry

    def put(self, key: str, entry: Entry) -> None:
        self.shared.put(key, entry)
        self.memory.put(key, entry)

    def purge(self, tags: Iterable[str]) -> list[str]:
        urls = self.shared.purge(tags)
        self.memory.clear()
        self._seen = self.shared.generation()
        return urls

    def generation(self) -> int:
        return self._sync()

    def get_meta(self, name: str) -> str | None:
        return self.shared.get_meta(name)

    def set_meta(self, name: str, value: str) -> None:
        self.shared.set_meta(name, value)

    def clear(self) -> None:
        self.shared.clear()
        self.memory.clear()


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # Public pages: readable by a web server running as another user (mkstemp gives 0600).
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
