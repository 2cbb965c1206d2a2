"""Reader pages under load: the production server against nginx serving the same article as a file.

    .venv/bin/python bench/pages.py                        # the demo plus 10,000 articles
    .venv/bin/python bench/pages.py --articles 500 -d 3    # a quick run
    .venv/bin/python bench/pages.py --servers granian,gunicorn-sync,gunicorn-gthread

Needs wrk and nginx (Debian: ``apt-get install -y wrk nginx-light``). Everything lives in a
temporary folder: a fresh SQLite database with the demo outlet (``load_demo_site``) and
``--articles`` generated articles added under its article index (the vocabulary and Zipf
sampler of bench/search.py, bulk-inserted the same way). The server is started as
docs/how-to/deploy.md says (``server_command``; production settings, workers and threads sized
from the cores), and wrk measures, at each concurrency in ``--connections``: an article (uncached
and, when the page cache is installed, cached: MASTHEAD_PAGE_CACHE=0/1), the home page, an author
archive, the RSS feed and a search. nginx serves the same article's HTML as a file in the same run:
that is the baseline, and every row prints its ratio to it. The machine's load average is printed
before and after, because the 2-core machines this runs on are shared.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SEED = 20261201
SERVERS = ("granian", "gunicorn-sync", "gunicorn-gthread")


def cores() -> int:
    """The cores this process may use (a container's CPU set, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def server_command(kind: str, host: str, port: int, workers: int | None = None) -> list[str]:
    """The production server command line; docs/how-to/deploy.md and scripts/demo.sh say the same.

    granian: one worker process per core, one blocking thread each (a Django request is CPU-bound
    under the GIL, so more threads in one process only queue behind each other).
    gunicorn sync: the usual 2 x cores + 1 workers. gunicorn gthread: one worker per core with
    4 threads each.
    """
    n = workers or cores()
    bin_dir = Path(sys.executable).parent
    app = "masthead.wsgi:application"
    if kind == "granian":
        return [
            str(bin_dir / "granian"),
            "--interface", "wsgi", "--host", host, "--port", str(port),
            "--workers", str(n), "--blocking-threads", "1", "--backlog", "2048",
            "--workers-kill-timeout", "30",
            "--log-level", "warning", app,
        ]  # fmt: skip
    common = [str(bin_dir / "gunicorn"), app, "--bind", f"{host}:{port}", "--log-level", "warning"]
    if kind == "gunicorn-sync":
        return [*common, "--workers", str(2 * n + 1)]
    if kind == "gunicorn-gthread":
        return [*common, "--worker-class", "gthread", "--workers", str(n), "--threads", "4"]
    raise ValueError(f"unknown server {kind!r}")


# --- Setting up the site (runs in a child process with Django configured) -----------------------


def add_articles(count: int) -> None:
    """Bulk-insert ``count`` live English articles under the demo's article index."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from search import make_vocabulary, zipf_sampler  # bench/search.py's seeded generator
    from wagtail.models import Locale, Page

    from masthead.articles.models import ArticleAuthor, ArticleIndexPage, ArticlePage
    from masthead.people.models import Author

    rng = random.Random(SEED)
    sample = zipf_sampler(rng, make_vocabulary(rng, 20_000))
    en = Locale.objects.get(language_code="en")
    parent = ArticleIndexPage.objects.filter(locale=en).first()
    if parent is None:
        raise SystemExit("the demo has no article index")
    authors = list(Author.objects.filter(locale=en))
    content_type = ContentType.objects.get_for_model(ArticlePage)
    start, now = datetime.date(2016, 1, 1), datetime.datetime.now(datetime.UTC)
    first = parent.numchild
    fields = ArticlePage._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    insert_sql = f"INSERT INTO {ArticlePage._meta.db_table} ({columns}) VALUES ({placeholders})"  # noqa: S608
    with transaction.atomic():
        for offset in range(0, count, 2_000):
            pages, values = [], []
            for i in range(offset, min(count, offset + 2_000)):
                title = " ".join(sample(7)).capitalize()
                slug = f"generated-{i}"
                pages.append(
                    Page(
                        title=title, draft_title=title, slug=slug, content_type=content_type,
                        path=Page._get_path(parent.path, parent.depth + 1, first + i + 1),
                        depth=parent.depth + 1, numchild=0, url_path=f"{parent.url_path}{slug}/",
                        locale=en, live=True, first_published_at=now, last_published_at=now,
                        translation_key=uuid.UUID(int=rng.getrandbits(128)),
                    )
                )  # fmt: skip
                texts = [" ".join(sample(80)) for _ in range(4)]
                body = [
                    {"type": "paragraph", "value": f"<p>{text}.</p>", "id": f"{i}-{k}"}
                    for k, text in enumerate(texts)
                ]
                values.append(
                    {
                        "lead": f"<p>{' '.join(sample(25))}.</p>",
                        "publication_date": start + datetime.timedelta(days=rng.randrange(3000)),
                        "body": body,
                    }
                )
            pages = Page.objects.bulk_create(pages)
            rows = []
            for page, extra in zip(pages, values, strict=True):
                article = ArticlePage(page_ptr_id=page.pk, **extra)
                rows.append(
                    [f.get_db_prep_save(f.pre_save(article, True), connection) for f in fields]
                )
            with connection.cursor() as cursor:
                cursor.executemany(insert_sql, rows)
            ArticleAuthor.objects.bulk_create(
                ArticleAuthor(page_id=p.pk, author=rng.choice(authors), sort_order=0) for p in pages
            )
        Page.objects.filter(pk=parent.pk).update(numchild=first + count)


def pick_urls() -> dict[str, str]:
    """The pages to measure: a demo article with a picture (and approved comments, where there are
    any), home, an author, the feed, a search."""
    from wagtail.models import Locale

    from masthead.articles.models import ArticlePage
    from masthead.people.models import Author

    en = Locale.objects.get(language_code="en")
    pictured = ArticlePage.objects.live().filter(locale=en, featured_image__isnull=False)
    article = None
    try:  # the article with readers' comments on it, where the comments app is installed
        from masthead.comments.models import Comment

        discussed = Comment.objects.filter(status=Comment.Status.APPROVED).values("page_id")
        article = pictured.filter(pk__in=discussed).order_by("-publication_date").first()
    except ImportError:
        pass
    article = article or pictured.order_by("-publication_date").first()
    author = Author.objects.filter(locale=en, bylines__isnull=False).distinct().first()
    if article is None or author is None or not author.url:
        raise SystemExit("the demo has no article with a picture or no author with articles")
    word = max(re.findall(r"[A-Za-z]{5,}", article.title), key=len)
    return {
        "article": article.get_url() or "",
        "home": "/",
        "author": author.url,
        "rss": "/feeds/rss/",
        "search": f"/search/?q={word.lower()}",
    }


def child_main(action: str, count: int) -> int:
    import django

    django.setup()
    if action == "add-articles":
        add_articles(count)
    print(json.dumps(pick_urls()))
    return 0


# --- Measuring -----------------------------------------------------------------------------------


@dataclass
class Result:
    page: str
    connections: int
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    kb_per_response: float  # shows every server answered with the same page


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run one of our own fixed command lines from the repository root; fail loudly."""
    return subprocess.run(command, cwd=REPO, check=True, **kwargs)  # noqa: S603


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
                response.read()
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
        return bytes(response.read())


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
    return float(number) * UNITS[unit]


def wrk(url: str, page: str, connections: int, duration: int) -> Result:
    threads = min(connections, 2)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", url]
    out = run([*command, "--timeout", "10s"], capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    read = re.search(r"(\d+) requests in \S+, ([\d.]+)(B|KB|MB|GB) read", out)
    count, size, unit = read.groups()  # type: ignore[union-attr]
    kb = float(size) * {"B": 1 / 1024, "KB": 1, "MB": 1024, "GB": 1024**2}[unit] / int(count)
    return Result(page, connections, rps, p50, p99, errors, kb)


NGINX_CONF = """
worker_processes {workers};
pid {root}/nginx.pid;
error_log {root}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
  uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
  server {{
    listen 127.0.0.1:{port};
    root {root}/site;
    location / {{ default_type text/html; }}
  }}
}}
"""


def start_nginx(root: Path, html: bytes) -> tuple[subprocess.Popen[bytes], str]:
    (root / "site").mkdir(parents=True)
    (root / "tmp").mkdir()
    (root / "site" / "article.html").write_bytes(html)
    for folder in (root.parent, root, root / "site"):  # nginx's workers run as another user
        folder.chmod(0o755)
    (root / "site" / "article.html").chmod(0o644)
    port = free_port()
    conf = root / "nginx.conf"
    conf.write_text(NGINX_CONF.format(workers=cores(), root=root, port=port))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    process = subprocess.Popen([nginx, "-c", str(conf), "-g", "daemon off;"])  # noqa: S603
    url = f"http://127.0.0.1:{port}/article.html"
    try:
        wait_for(url)
    except BaseException:
        stop(process)
        raise
    return process, url


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def site_env(root: Path, port: int) -> dict[str, str]:
    """The environment of a benchmark's own site in ``root``, served on loopback at ``port``:
    production settings, the way docs/how-to/deploy.md runs them (bench/load.py uses it too)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "masthead.settings.production",
        "DJANGO_SECRET_KEY": "bench-not-secret",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "MASTHEAD_SSL_REDIRECT": "0",  # loopback: TLS ends at nginx in production
        "MASTHEAD_SERVE_MEDIA": "1",
        "MASTHEAD_SQLITE_PATH": str(root / "db.sqlite3"),
        "MASTHEAD_MEDIA_ROOT": str(root / "media"),
        "MASTHEAD_STATIC_ROOT": str(root / "static"),
        "MASTHEAD_PAGE_CACHE_DIR": str(root / "page-cache"),
        "MASTHEAD_BASE_URL": f"http://127.0.0.1:{port}",
        "MASTHEAD_AUTO_TRANSLATE": "0",
        # wrk's connections come from one address but stand for many readers: the search limit
        # per client would answer them 429 and measure the limiter (measured apart).
        "MASTHEAD_RATE_LIMIT_SEARCH": "100000000/60",
    }


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {cores()} cores"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="generated articles to add")
    parser.add_argument("-d", "--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--connections", default="1,16,64", help="wrk concurrencies")
    parser.add_argument("--servers", default="granian", help=f"comma-separated, from {SERVERS}")
    parser.add_argument("--pages", default="article,home,author,rss,search")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child_main(args.child, args.articles)

    for tool in ("wrk", "nginx"):
        if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists()):
            sys.exit(f"{tool} is not installed (Debian: apt-get install -y wrk nginx-light)")
    servers = args.servers.split(",")
    concurrencies = [int(c) for c in args.connections.split(",")]
    pages = args.pages.split(",")
    page_cache = (REPO / "masthead" / "pagecache").is_dir()
    root = Path(tempfile.mkdtemp(prefix="masthead-bench-pages-"))
    port = free_port()
    env = site_env(root, port)
    python = sys.executable
    print(f"bench/pages.py: demo + {args.articles:,} articles in {root}; {load()}", flush=True)
    try:
        manage = [python, str(REPO / "manage.py")]
        t0 = time.monotonic()
        run([*manage, "migrate", "--noinput", "-v0"], env=env)
        run([*manage, "collectstatic", "--noinput", "-v0"], env=env)
        run([*manage, "load_demo_site"], env=env, stdout=subprocess.DEVNULL)
        child = [python, __file__, "--child", "add-articles", "--articles", str(args.articles)]
        out = run(child, env=env, stdout=subprocess.PIPE, text=True).stdout
        urls: dict[str, str] = json.loads(out.strip().splitlines()[-1])
        print(f"site ready in {time.monotonic() - t0:.0f} s; pages: {urls}", flush=True)

        base = f"http://127.0.0.1:{port}"
        rows: list[tuple[str, Result]] = []
        nginx_html = b""
        # (page cache, stored fragments, label): "uncached" is a request the page cache does
        # not answer, rendered from the page's stored fragments; "whole" renders everything.
        variants = [("0", "0", "whole"), ("0", "1", "uncached")]
        if page_cache:
            variants.append(("1", "1", "cached"))
        for server in servers:
            for flag, fragments, label in variants:
                command = server_command(server, "127.0.0.1", port)
                server_env = {
                    **env,
                    "MASTHEAD_PAGE_CACHE": flag,
                    "MASTHEAD_FRAGMENT_CACHE": fragments,
                }
                process = subprocess.Popen(command, env=server_env, cwd=REPO)  # noqa: S603
                try:
                    wait_for(base + urls["article"])
                    nginx_html = nginx_html or fetch(base + urls["article"])
                    for page in pages:
                        if label == "cached" and page != "article":
                            continue  # the cached rate is the same lookup for every page
                        if label == "whole" and page not in ("article", "home"):
                            continue  # the cost of a first render after a change
                        fetch(base + urls[page])  # fill caches and renditions first
                        for c in concurrencies:
                            result = wrk(base + urls[page], f"{page} ({label})", c, args.duration)
                            rows.append((server, result))
                            print(
                                f"  {server:17} {result.page:20} c={c:<3} {result.rps:9.1f} req/s",
                                flush=True,
                            )
                finally:
                    stop(process)
        nginx, nginx_url = start_nginx(root / "nginx", nginx_html)
        try:
            baseline = {
                c: wrk(nginx_url, "article as a file", c, args.duration) for c in concurrencies
            }
        finally:
            stop(nginx)
        print_table(rows, baseline, page_cache)
        print_targets(rows, baseline)
        print(load())
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


def print_table(
    rows: list[tuple[str, Result]], baseline: dict[int, Result], page_cache: bool
) -> None:
    print()
    header = (
        f"{'server':17} {'page':20} {'c':>3} {'req/s':>10} {'p50 ms':>9} {'p99 ms':>9} "
        f"{'errors':>6} {'KB/resp':>8} {'x nginx':>8}"
    )
    print(header)
    print("-" * len(header))
    for server, r in [("nginx", r) for r in baseline.values()] + rows:
        ratio = r.rps / baseline[r.connections].rps if baseline[r.connections].rps else 0.0
        print(
            f"{server:17} {r.page:20} {r.connections:>3} {r.rps:>10.1f} {r.p50_ms:>9.2f} "
            f"{r.p99_ms:>9.2f} {r.errors:>6} {r.kb_per_response:>8.1f} {ratio:>8.4f}"
        )
    if not page_cache:
        print(
            "\nThe page cache (masthead/pagecache) is not installed: only uncached pages measured."
        )


def print_targets(rows: list[tuple[str, Result]], baseline: dict[int, Result]) -> None:
    """The issue's targets, each "met" or "missed" with the figure it was judged on."""
    print()
    found = {(server, r.page, r.connections): r for server, r in rows}
    for server in dict.fromkeys(server for server, _ in rows):
        cached = found.get((server, "article (cached)", 64))
        if cached is not None and baseline.get(64):
            ratio = cached.rps / baseline[64].rps
            verdict = "met" if ratio >= 0.5 and cached.errors == 0 else "missed"
            print(
                f"{server}: cached article at c=64 >= 0.5x nginx with 0 errors: {verdict} "
                f"({ratio:.2f}x, {cached.errors} errors)"
            )
        uncached = found.get((server, "article (uncached)", 16))
        if uncached is not None:
            verdict = "met" if uncached.rps >= 200 and uncached.p99_ms < 100 else "missed"
            print(
                f"{server}: uncached article at c=16 >= 200 req/s, p99 < 100 ms: {verdict} "
                f"({uncached.rps:.0f} req/s, p99 {uncached.p99_ms:.0f} ms)"
            )
        single = found.get((server, "article (uncached)", 1))
        if single is not None:
            verdict = "met" if single.p50_ms <= 25 else "missed"
            print(
                f"{server}: uncached article at c=1, p50 <= 25 ms: {verdict} "
                f"({single.p50_ms:.1f} ms)"
            )
        home = found.get((server, "home (uncached)", 1))
        if home is not None:
            verdict = "met" if home.p50_ms <= 30 else "missed"
            print(f"{server}: home at c=1, p50 <= 30 ms: {verdict} ({home.p50_ms:.1f} ms)")


if __name__ == "__main__":
    sys.exit(main())
