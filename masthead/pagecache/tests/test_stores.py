"""The stores keep pages by key, purge exactly by tag, cap their size, and share purges."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from masthead.pagecache.entry import Entry
from masthead.pagecache.stores import FileStore, LayeredStore, MemoryStore, RedisStore, Store

HTML = [("Content-Type", "text/html; charset=utf-8")]


def page(text: str, tags: list[str]) -> Entry:
    return Entry.build("200 OK", HTML, (text * 80).encode(), tags, f"http://x/{text}/")


def exercise_purge(store: Store) -> None:
    store.put("x|/a/|", page("a", ["page-1", "list-en"]))
    store.put("x|/b/|", page("b", ["page-2", "list-en"]))
    store.put("x|/c/|", page("c", ["page-3"]))
    before = store.generation()
    assert sorted(store.purge(["page-2"])) == ["http://x/b/"]
    assert store.generation() != before
    assert store.get("x|/b/|") is None
    assert store.get("x|/a/|") is not None
    assert sorted(store.purge(["list-en"])) == ["http://x/a/"]
    assert store.get("x|/c/|").bodies["identity"] == b"c" * 80


def test_memory_store_purges_by_tag() -> None:
    exercise_purge(MemoryStore())


def test_file_store_purges_by_tag(tmp_path: Path) -> None:
    exercise_purge(FileStore(tmp_path))


def test_redis_store_purges_by_tag(redis_url: str) -> None:
    exercise_purge(RedisStore(redis_url, prefix=f"t{uuid.uuid4().hex}:"))


def test_entries_keep_every_variant_through_a_round_trip(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    entry = page("round", ["page-9"])
    store.put("k", entry)
    again = FileStore(tmp_path).get("k")  # a restarted worker
    assert again is not None
    assert again.bodies == entry.bodies and set(again.bodies) == {"identity", "gzip", "br"}
    assert again.headers == entry.headers and again.etag == entry.etag


def test_memory_store_evicts_the_least_recently_used_past_its_cap() -> None:
    first, second, third = page("one", ["t"]), page("two", ["t"]), page("six", ["t"])
    store = MemoryStore(max_bytes=first.size * 2 + 10)
    store.put("1", first)
    store.put("2", second)
    store.get("1")  # recently read: kept
    store.put("3", third)
    assert store.get("2") is None
    assert store.get("1") is not None and store.get("3") is not None


def test_file_store_evicts_the_oldest_past_its_cap(tmp_path: Path) -> None:
    store = FileStore(tmp_path, max_bytes=10**9)
    for i in range(6):
        store.put(str(i), page(f"p{i:02d}", ["t"]))
    sizes = sum(p.stat().st_size for p in (tmp_path / "entries").glob("*/*"))
    store.max_bytes = sizes // 2
    store.evict()
    left = sum(p.stat().st_size for p in (tmp_path / "entries").glob("*/*"))
    assert 0 < left <= sizes // 2


@pytest.mark.parametrize("shared_kind", ["files", "redis"])
def test_a_purge_in_one_worker_reaches_the_memory_of_another(
    shared_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    def shared() -> Store:
        if shared_kind == "files":
            return FileStore(tmp_path)
        return RedisStore(request.getfixturevalue("redis_url"), prefix=f"w{tmp_path.name}:")

    worker_a = LayeredStore(MemoryStore(), shared())
    worker_b = LayeredStore(MemoryStore(), shared())
    worker_a.put("x|/a/|", page("a", ["page-1"]))
    assert worker_b.get("x|/a/|") is not None  # now in B's memory too
    worker_a.purge(["page-1"])
    assert worker_b.get("x|/a/|") is None
