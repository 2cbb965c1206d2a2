"""The page cache's files survive a killed server and a full disk (real processes).

The file store writes each entry under a temporary name and renames it (stores.py), so a
process killed in the middle of a write leaves at most a ``.tmp-`` file that is never read, and
a full disk fails the write, not the reader's request.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from masthead.pagecache.entry import Entry
from masthead.pagecache.stores import FileStore
from tests.backup_site import ROOT, SiteCopy


def stored_entries(root: Path) -> tuple[list[Entry], list[Path]]:
    """Every entry file under a file store (each must load whole), and leftover temp files."""
    entries, temporary = [], []
    for path in sorted((root / "entries").glob("*/*")):
        if path.name.startswith(".tmp-"):
            temporary.append(path)
        else:
            entries.append(Entry.loads(path.read_bytes()))  # ValueError if cut short
    return entries, temporary


# --- A writer killed in the middle of its writes -------------------------------------------------

WRITER = """
import sys
from masthead.pagecache.entry import Entry
from masthead.pagecache.stores import FileStore
store = FileStore(sys.argv[1])
body = (b"<p>" + b"x" * 4_000_000 + b"</p></html>")
n = 0
while True:
    n += 1
    store.put(f"localhost|/page-{n % 7}/|", Entry.build("200 OK", [("Content-Type", "text/html")],
              body, ["page"], f"http://localhost/page-{n % 7}/"))
"""


def test_a_writer_killed_mid_write_leaves_only_whole_entries(tmp_path: Path) -> None:
    rng = random.Random(14)
    for _ in range(8):
        writer = subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", WRITER, str(tmp_path / "store")], cwd=ROOT
        )
        time.sleep(rng.uniform(0.8, 2.0))  # start-up, then some writes, then mid-way through one
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    entries, temporary = stored_entries(tmp_path / "store")
    assert entries, "the writer stored nothing before it was killed"
    for entry in entries:
        assert entry.bodies["identity"].endswith(b"</p></html>")
        assert len(entry.bodies["identity"]) == 4_000_014
    # A killed write leaves its temporary file; eviction counts it and removes it in time.
    assert all(path.name.startswith(".tmp-") for path in temporary)
    print(f"\n8 kills: {len(entries)} whole entries, {len(temporary)} writes cut off")  # noqa: T201
    store = FileStore(tmp_path / "store")
    assert store.get("localhost|/page-1/|") is None or store.get("localhost|/page-1/|").bodies


# --- The production server killed under load ----------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """granian as docs/how-to/deploy.md runs it, in its own process group."""

    def __init__(self, site: SiteCopy, cache_dir: Path) -> None:
        self.port = free_port()
        self.env = {
            **site.env,
            "MASTHEAD_PAGE_CACHE": "1",
            "MASTHEAD_PAGE_CACHE_STORE": "files",
            "MASTHEAD_PAGE_CACHE_DIR": str(cache_dir),
            "DJANGO_ALLOWED_HOSTS": "*",
        }
        self.log = cache_dir.parent / f"server-{self.port}.log"

    def __enter__(self) -> Server:
        granian = str(Path(sys.executable).parent / "granian")
        command = [granian, "--interface", "wsgi", "--host", "127.0.0.1", "--port", str(self.port)]
        command += ["--workers", "2", "--blocking-threads", "1", "masthead.wsgi:application"]
        with self.log.open("w") as log:
            self.process = subprocess.Popen(  # noqa: S603
                command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + 60
        while True:
            try:
                self.get("/")
                return self
            except OSError:
                assert time.monotonic() < deadline, self.log.read_text()
                time.sleep(0.3)

    def kill(self) -> None:
        """SIGKILL to granian and its workers at once: nothing gets to finish."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def __exit__(self, *exc: object) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def get(self, path: str, host: str = "localhost", **headers: str) -> tuple[int, Any, bytes]:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", headers={"Host": host, **headers}
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[SiteCopy, list[str]]:
    site = SiteCopy(tmp_path_factory.mktemp("newsroom"))
    site.migrate()
    site.call("seed")
    pages = site.call("crawl")
    urls = [
        url
        for url, (status, content_type, _body) in pages.items()
        if status == 200 and "html" in content_type and "?" not in url
    ]
    return site, urls


def test_a_server_killed_under_load_leaves_no_half_page_in_the_cache(site, tmp_path) -> None:
    site, urls = site
    cache = tmp_path / "page-cache"
    stop = threading.Event()
    served: list[int] = []

    def reader(number: int) -> None:
        # Every request a new host name, so every request renders and stores a page.
        n = 0
        while not stop.is_set():
            n += 1
            try:
                status, _, _ = server.get(urls[n % len(urls)], host=f"r{number}-{n}.localhost")
                served.append(status)
            except OSError:
                pass  # the server is gone

    with Server(site, cache) as server:
        readers = [threading.Thread(target=reader, args=(i,)) for i in range(8)]
        for thread in readers:
            thread.start()
        time.sleep(6)
        server.kill()
        stop.set()
        for thread in readers:
            thread.join()
    entries, temporary = stored_entries(cache)
    print(f"\n{len(served)} pages served, {len(entries)} stored, {len(temporary)} writes cut off")  # noqa: T201
    assert served.count(200) > 10
    assert entries
    for entry in entries:
        assert entry.bodies["identity"].rstrip().endswith(b"</html>"), entry.url
        assert entry.etag and entry.status == "200 OK"

    # After a restart the stored pages are served, and each is the page Django renders now.
    with Server(site, cache) as server:
        checked = 0
        for entry in entries[:20]:
            host, path = entry.url.split("/", 3)[2], "/" + entry.url.split("/", 3)[3]
            status, headers, body = server.get(path, host=host)
            assert status == 200 and headers["X-Masthead-Cache"] == "hit"
            _, fresh_headers, fresh = server.get(path, host=host, Cookie="sessionid=x")
            assert fresh_headers["X-Masthead-Cache"] == "bypass"
            assert body == fresh, path
            checked += 1
        assert checked


# --- A full disk ----------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path):
    if os.geteuid() != 0:
        pytest.skip("mounting a 64 KB tmpfs needs root")
    disk = tmp_path / "small-disk"
    disk.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)]
    subprocess.run(mount, check=True)  # noqa: S603
    yield disk
    subprocess.run(["umount", str(disk)], check=False)  # noqa: S603, S607


def test_a_full_disk_fails_the_store_not_the_reader(site, small_disk, tmp_path) -> None:
    site, urls = site
    cache = small_disk / "page-cache"
    with Server(site, cache) as server:
        for url in urls[:12]:
            status, headers, body = server.get(url)
            assert status == 200 and body.rstrip().endswith(b"</html>")
            assert headers["X-Masthead-Cache"] in ("miss", "hit")
    log = server.log.read_text()
    assert "page cache: could not store" in log
    assert "No space left on device" in log
    entries, temporary = stored_entries(cache)
    assert temporary == []  # a failed write removes its temporary file
    for entry in entries:
        assert entry.bodies["identity"].rstrip().endswith(b"</html>")


def test_a_full_disk_in_the_store_itself_is_a_clear_error(small_disk) -> None:
    store = FileStore(small_disk / "store")
    small = Entry.build("200 OK", [("Content-Type", "text/plain")], b"kept", ["a"], "http://x/a")
    store.put("x|/a/|", small)
    big = Entry.build(
        "200 OK", [("Content-Type", "image/x")], os.urandom(200_000), ["b"], "http://x/b"
    )
    with pytest.raises(OSError, match="No space left on device"):
        store.put("x|/b/|", big)
    assert store.get("x|/a/|").bodies["identity"] == b"kept"
    assert store.get("x|/b/|") is None
    assert stored_entries(small_disk / "store")[1] == []
    logging.getLogger(__name__).info("full disk refused the write and kept the store whole")
