"""The production server under 64 connections for 60 s: reader pages, searches and feeds mixed.

    .venv/bin/python bench/load.py                    # demo + 1,000 articles, c=64, 60 s
    .venv/bin/python bench/load.py -c 16 -d 10 --articles 0

Sets the site up as bench/pages.py does (its helpers: a fresh SQLite demo in a temporary
folder, generated articles, production settings, granian sized from the cores, the page cache
on), reads the sitemaps for every reader page, and lets wrk send a shuffled mix, from a Lua
script, of 70% reader pages (front page, sections, articles, authors, terms, all languages),
15% searches (words from the titles; never cached) and 15% feeds (RSS and Atom, site and
subject feeds). Every URL is fetched once first and must answer 200. Prints requests, errors
(non-2xx/3xx and socket errors), timeouts (10 s), p50/p99 and the machine's load average
before and after: the 2-core machines this runs on are shared. Exits 1 on any error or timeout.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
# After the standard library, never before it (see bench/pages.py).
sys.path.append(str(BENCH))
import pages  # noqa: E402

SEED = 14
LUA = """
local urls = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", urls[(i %% #urls) + 1])
end
"""


def sitemap_paths(base: str) -> list[str]:
    """Every reader page the sitemaps list, as a path."""
    found: list[str] = []
    index = pages.fetch(base + "/sitemap.xml").decode()
    for sitemap in re.findall(r"<loc>([^<]+)</loc>", index):
        body = pages.fetch(base + "/" + sitemap.split("/", 3)[3]).decode()
        found += ["/" + url.split("/", 3)[3] for url in re.findall(r"<loc>([^<]+)</loc>", body)]
    return sorted(set(found))


def url_mix(base: str, paths: list[str], total: int = 2000) -> dict[str, list[str]]:
    rng = random.Random(SEED)
    titles = " ".join(re.findall(r"<title>([^<]+)</title>", pages.fetch(base + "/").decode()))
    words = sorted({w.lower() for w in re.findall(r"[A-Za-z]{5,}", titles + " " + " ".join(paths))})
    languages = sorted(
        {p.split("/")[1] for p in paths if re.fullmatch(r"/[a-z]{2}(-[a-z]+)?/.*", p)}
    )
    feeds = ["/feeds/rss/", "/feeds/atom/"] + [f"/{code}/feeds/rss/" for code in languages[:4]]
    for match in re.findall(
        r'href="(/[^"]*/feeds/[^"]+/)"', pages.fetch(base + paths[-1]).decode()
    ):
        feeds.append(match)
    searches = [f"/search/?q={rng.choice(words)}" for _ in range(40)]
    searches += [f"/search/?q={rng.choice(words)}+{rng.choice(words)}" for _ in range(20)]
    return {
        "reader": [rng.choice(paths) for _ in range(int(total * 0.70))],
        "search": [rng.choice(searches) for _ in range(int(total * 0.15))],
        "feed": [rng.choice(feeds) for _ in range(int(total * 0.15))],
    }


def check_all(base: str, mix: dict[str, list[str]]) -> list[str]:
    """Fetch each distinct URL once (filling the page cache); those that do not answer 200."""
    bad = []
    for url in sorted({u for urls in mix.values() for u in urls}):
        try:
            with urllib.request.urlopen(base + url, timeout=30) as response:  # noqa: S310
                response.read()
                if response.status != 200:
                    bad.append(f"{url}: {response.status}")
        except OSError as exc:
            bad.append(f"{url}: {exc}")
    return bad


def run_wrk(base: str, urls: list[str], connections: int, duration: int, folder: Path) -> str:
    script = folder / "mix.lua"
    script.write_text(LUA % ", ".join(json.dumps(u) for u in urls))
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s"]
    command += ["--latency", "-s", str(script), base + "/"]
    return pages.run(command, capture_output=True, text=True).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="generated articles to add")
    parser.add_argument("-c", "--connections", type=int, default=64)
    parser.add_argument("-d", "--duration", type=int, default=60)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install -y wrk)")

    root = Path(tempfile.mkdtemp(prefix="masthead-bench-load-"))
    port = pages.free_port()
    env = pages.site_env(root, port)
    python, manage = sys.executable, [sys.executable, str(pages.REPO / "manage.py")]
    print(f"bench/load.py: demo + {args.articles:,} articles in {root}; {pages.load()}", flush=True)
    try:
        pages.run([*manage, "migrate", "--noinput", "-v0"], env=env)
        pages.run([*manage, "collectstatic", "--noinput", "-v0"], env=env)
        pages.run([*manage, "load_demo_site"], env=env, stdout=subprocess.DEVNULL)
        child = [python, str(BENCH / "pages.py"), "--child", "add-articles"]
        pages.run([*child, "--articles", str(args.articles)], env=env, stdout=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        command = pages.server_command("granian", "127.0.0.1", port)
        server = subprocess.Popen(command, env=env, cwd=pages.REPO)  # noqa: S603
        try:
            pages.wait_for(base + "/")
            mix = url_mix(base, sitemap_paths(base))
            bad = check_all(base, mix)
            if bad:
                print("Not every URL answers 200:\n  " + "\n  ".join(bad[:20]))
                return 1
            urls = [u for group in mix.values() for u in group]
            random.Random(SEED).shuffle(urls)
            distinct = {kind: len(set(group)) for kind, group in mix.items()}
            print(f"mix of {len(urls)} requests, distinct URLs {distinct}", flush=True)
            before = pages.load()
            out = run_wrk(base, urls, args.connections, args.duration, root)
            after = pages.load()
        finally:
            pages.stop(server)
    finally:
        shutil.rmtree(root, ignore_errors=True)

    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = pages._ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = pages._ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    socket_errors = re.search(r"connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    connect, read, write, timeouts = (
        (int(n) for n in socket_errors.groups()) if socket_errors else (0, 0, 0, 0)
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + connect + read + write
    print(out)
    where = f"{pages.cores()} cores (granian, page cache on)"
    print(f"c={args.connections} for {args.duration} s on {where}")
    print(f"requests: {requests} ({rps:.1f}/s)")
    print(f"errors: {errors}   timeouts: {timeouts}")
    print(f"p50: {p50:.1f} ms   p99: {p99:.1f} ms")
    print(f"before: {before}\nafter:  {after}")
    return 1 if errors or timeouts else 0


if __name__ == "__main__":
    sys.exit(main())
