"""Search benchmark: index time and query latency on a synthetic archive.

    .venv/bin/python bench/search.py                   # 100,000 articles, SQLite
    .venv/bin/python bench/search.py --articles 5000   # a quick run
    nice -n 19 .venv/bin/python bench/search.py --articles 1000000 --queries 20  # scale check
    MASTHEAD_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python bench/search.py               # PostgreSQL as well
    .venv/bin/python bench/search.py --worker --measure-only --articles 100000 \\
        --database URL_OR_PATH  # a kept archive again (JSON); env as run_worker sets it

Each (database, archive size) runs in its own process with its own fresh database, because
Wagtail's search index model takes its shape from the database vendor at import time. The
archive is generated from a seeded vocabulary with Zipf-distributed word frequencies (like
prose: a few words everywhere, most words rare), so every run measures the same archive.

Reported per archive: index time, size on disk, then p50/p95 latency (each query's best of
three runs after a warm-up run) through ``masthead.discovery.search.run_search`` (count + one
page of results with snippets) of five query classes: 1, 2 and 3 typical words, a common word
and "mixed" (drawn by the archive's own word frequencies; ``make_queries``). Measures: without
and with facet counts (the search cache off), the same searches answered from the search cache,
a plain LIKE scan for comparison (up to 200,000 articles), and "Related articles" as the article
page reads them and as the publish task computes them. The baseline is the same queries on a
1,000-article archive generated in the same run; the ratio shows how latency grows with the
archive. Target: p95 under 50 ms for every class at 100,000 articles; each is printed as "met"
or "missed". ``--articles 1000000`` is the scale check (index time and size on disk).
Each archive also gets a digest of what every search (page, snippets, total, facet and
language counts) and every "Related articles" call returned: a change meant to keep the
results, such as a refactoring, must give the same digests as a run before it.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parents[1]
SEED = 20240305
# The syllables words are made of (a list literal would take a line each).
_SYLLABLE_TEXT = (
    "ka ri to na mi sa lo ve de pa tu re mo li an el or ut is en ba co du fe gi ha jo ku la "
    "me no pi qu ro si ta vi wo xa yo zu bra cre dri fla glo pre tri"
)
SYLLABLES = _SYLLABLE_TEXT.split()
PAGE_SIZE = 12
TARGET_MS = 50.0  # p95, every class, at 100,000 articles
LIKE_SCAN_MAX = 200_000  # articles; larger archives skip the LIKE scan
# Query classes in the order printed: (key, title).
CLASSES = (
    ("1", "1 word"),
    ("2", "2 words"),
    ("3", "3 words"),
    ("common", "common word"),
    ("mixed", "mixed"),
)


# --- Orchestration -------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="archive size to measure")
    parser.add_argument("--baseline", type=int, default=1_000, help="baseline archive size")
    parser.add_argument("--queries", type=int, default=40, help="queries per word count")
    parser.add_argument(
        "--postgres",
        default=os.environ.get("MASTHEAD_BENCH_POSTGRES_URL", ""),
        help="a PostgreSQL server URL; databases masthead_bench_<n> are created on it",
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated databases")
    parser.add_argument("--no-sqlite", action="store_true", help="measure PostgreSQL only")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database", default="", help=argparse.SUPPRESS)
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args)

    workdir = Path(tempfile.mkdtemp(prefix="masthead-bench-"))
    reports = []
    try:
        for size in (args.baseline, args.articles) if not args.no_sqlite else ():
            reports.append(run_worker(args, "sqlite", size, str(workdir / f"bench-{size}.sqlite3")))
        if args.postgres:
            for size in (args.baseline, args.articles):
                url = create_postgres_database(args.postgres, f"masthead_bench_{size}")
                try:
                    reports.append(run_worker(args, "postgresql", size, url))
                finally:
                    if not args.keep:
                        drop_postgres_database(args.postgres, f"masthead_bench_{size}")
    finally:
        if args.keep:
            print(f"databases kept in {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print_report(reports, args)
    return 0


def run_worker(args: argparse.Namespace, vendor: str, size: int, database: str) -> dict:
    print(f"… {vendor}, {size:,} articles", file=sys.stderr, flush=True)
    command = [sys.executable, __file__, "--worker", "--articles", str(size)]
    command += ["--queries", str(args.queries), "--database", database]
    env = {**os.environ, "MASTHEAD_AUTO_TRANSLATE": "0", "MASTHEAD_SEARCH_BACKEND": "database"}
    env["DJANGO_SETTINGS_MODULE"] = "masthead.settings.dev"
    if vendor == "sqlite":
        env["MASTHEAD_SQLITE_PATH"] = database
        env.pop("MASTHEAD_DATABASE_URL", None)
    else:
        env["MASTHEAD_DATABASE_URL"] = database
    done = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        command, env=env, cwd=REPO, check=True, stdout=subprocess.PIPE, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _admin_connection(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True)


def create_postgres_database(url: str, name: str) -> str:
    with _admin_connection(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def drop_postgres_database(url: str, name: str) -> None:
    with _admin_connection(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def print_report(reports: list[dict], args: argparse.Namespace) -> None:
    """Every measure of every archive, then every class against the target, nothing left out."""
    print()
    print("Search benchmark: latency in ms (p50 / p95), index time in s")
    print(f"{'database':<11}{'articles':>10}{'index':>7}  {'measure':<14}", end="")
    print("".join(f"{title:>16}" for _key, title in CLASSES))
    for report in reports:
        for measure in ("search", "search+facets", "cached", "like-scan"):
            seconds = report["index_seconds"]
            index = f"{seconds:>7.0f}" if seconds >= 0 else f"{'kept':>7}"  # --measure-only
            row = f"{report['vendor']:<11}{report['articles']:>10,}{index}"
            row += f"  {measure:<14}"
            stats_of = report["latency"].get(measure)
            if stats_of is None:
                print(row + f"(skipped above {LIKE_SCAN_MAX:,} articles)")
                continue
            for key, _title in CLASSES:
                stats = stats_of.get(key)
                row += f"{stats['p50']:>8.1f}{stats['p95']:>8.1f}" if stats else " " * 16
            print(row)
        pad = " " * 30
        matches = ", ".join(f"{title} {report['matches'][key]:,.0f}" for key, title in CLASSES)
        print(f"{pad}median matches: {matches}")
        queries = args.queries
        estimated = ", ".join(
            f"{title} {report['estimated'].get(key, 0)}/{queries}" for key, title in CLASSES
        )
        print(f"{pad}searches with estimated counts: {estimated}")
        related = report["related"]
        print(
            f"{pad}related articles: read (article page) p50 {related['read']['p50']:.1f}, "
            f"p95 {related['read']['p95']:.1f}; compute and store (on publish) "
            f"p50 {related['compute']['p50']:.1f}, p95 {related['compute']['p95']:.1f}"
        )
        print(f"{pad}database on disk: {report['disk_bytes'] / 2**20:,.0f} MiB")
        results = ", ".join(f"{name} {value}" for name, value in report["results"].items())
        print(f"{pad}results digest: {results}")
    print()
    for vendor in ("sqlite", "postgresql"):
        pair = {r["articles"]: r for r in reports if r["vendor"] == vendor}
        if args.baseline not in pair or args.articles not in pair:
            continue
        base, big = pair[args.baseline], pair[args.articles]
        for measure in ("search", "search+facets"):
            ratios = [
                big["latency"][measure][key]["p95"]
                / max(base["latency"][measure][key]["p95"], 0.01)
                for key, _title in CLASSES
            ]
            text = ", ".join(
                f"{title} ×{r:.1f}" for (_key, title), r in zip(CLASSES, ratios, strict=True)
            )
            print(
                f"{vendor}: p95 {measure}, {args.articles:,} vs {args.baseline:,} articles: {text}"
            )
        if "like-scan" in big["latency"]:
            like = big["latency"]["like-scan"]["1"]["p95"]
            fts = big["latency"]["search"]["1"]["p95"]
            ratio = like / max(fts, 0.01)
            print(f"{vendor}: 1-word p95 at {args.articles:,}, LIKE scan ÷ search: ×{ratio:.1f}")
    print()
    for report in reports:
        if report["articles"] != args.articles:
            continue
        print(
            f"target p95 < {TARGET_MS:.0f} ms, {report['vendor']}, "
            f"{report['articles']:,} articles (met / missed per class):"
        )
        missed = []
        for measure in ("search", "search+facets", "cached"):
            cells = []
            for key, title in CLASSES:
                p95 = report["latency"][measure][key]["p95"]
                verdict = "met" if p95 < TARGET_MS else "missed"
                if verdict == "missed":
                    missed.append(f"{measure} {title}")
                cells.append(f"{title} {p95:.1f} {verdict}")
            print(f"  {measure:<14}" + "; ".join(cells))
        p95 = report["related"]["read"]["p95"]
        verdict = "met" if p95 < TARGET_MS else "missed"
        if verdict == "missed":
            missed.append("related articles")
        print(f"  {'related (read)':<15}{p95:.1f} {verdict}")
        summary = "met for every class" if not missed else "MISSED: " + ", ".join(missed)
        print(f"  {report['vendor']}: {summary}")


# --- The worker: build, index, measure -----------------------------------------------------------
def worker(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    rng = random.Random(SEED)
    vocabulary = make_vocabulary(rng, 8_000)
    if args.measure_only:
        # An archive this script built and kept (--keep, or --worker --build-only): the same
        # vocabulary and queries, no build; index time unknown (-1), no LIKE scan.
        from wagtail.models import Locale

        locales = {"en": Locale.objects.get(language_code="en")}
        index_seconds = -1.0
    else:
        log("migrating")
        call_command("migrate", verbosity=0, interactive=False)
        locales = build_archive(rng, vocabulary, args.articles)
        index_seconds = index_archive()
        if connection.vendor == "postgresql":
            # What autovacuum does soon after a bulk load: the planner's statistics (and the
            # match estimates the bounded search reads, decision 0211) describe the archive.
            log("vacuum analyze")
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
    disk_bytes = database_size()
    if args.build_only:
        return 0
    # A LIKE scan reads every article's text: minutes per query at a million articles, and
    # what it shows (search against no index) is already clear at 100,000.
    scan_like = args.articles <= LIKE_SCAN_MAX and not args.measure_only
    measured = measure_queries(vocabulary, locales["en"], args.queries, scan_like)
    report = {
        "vendor": connection.vendor,
        "articles": args.articles,
        "index_seconds": index_seconds,
        "disk_bytes": disk_bytes,
        **measured,
    }
    print(json.dumps(report))
    return 0


def database_size() -> int:
    """Bytes the database takes on disk: the SQLite file once its log is written back, or
    PostgreSQL's ``pg_database_size``."""
    from django.conf import settings
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            path = Path(settings.DATABASES["default"]["NAME"])
            return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
        cursor.execute("SELECT pg_database_size(current_database())")
        return int(cursor.fetchone()[0])


def log(message: str) -> None:
    print(f"   {time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    """Synthetic words, most frequent first; shorter words are commoner, as in real text."""
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return sorted(words, key=len)  # stable: ties keep the seeded order


def zipf_sampler(rng: random.Random, vocabulary: Sequence[str]) -> Callable[[int], list[str]]:
    cumulative = list(accumulate(1 / (rank + 1) ** 1.07 for rank in range(len(vocabulary))))

    def sample(k: int) -> list[str]:
        return rng.choices(vocabulary, cum_weights=cumulative, k=k)

    return sample


def build_archive(rng: random.Random, vocabulary: list[str], count: int) -> dict:
    """Terms, authors and ``count`` live articles (90% English, 10% French).

    Pages are bulk-inserted: the base ``wagtailcore_page`` rows with the treebeard path, depth
    and numchild that ``add_child`` would give them (children of the archive page, in order),
    then the ``ArticlePage`` rows and the relations. Creating 100,000 pages one at a time
    through treebeard and revisions takes hours and measures nothing about search.
    """
    import datetime

    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from wagtail.models import Locale, Page

    from masthead.articles.models import ArticleAuthor, ArticlePage
    from masthead.people.models import Author
    from masthead.taxonomy.models import InDepthReport, Region, Theme
    from masthead.testing import build_outlet

    log(f"building {count:,} articles")
    sample = zipf_sampler(rng, vocabulary)
    outlet = build_outlet("The Bench Courier")
    en = Locale.objects.get(language_code="en")
    fr = Locale.objects.get_or_create(language_code="fr")[0]
    regions = [Region.objects.create(name=f"Region {w}", locale=en) for w in vocabulary[100:125]]
    themes = [Theme.objects.create(name=f"Theme {w}", locale=en) for w in vocabulary[130:170]]
    reports = [
        InDepthReport.objects.create(name=f"Report {w}", locale=en) for w in vocabulary[200:280]
    ]
    authors = Author.objects.bulk_create(
        Author(name=f"{a.title()} {b.title()}", slug=f"{a}-{b}-{i}", locale=en)
        for i, (a, b) in enumerate(zip(vocabulary[300:700], vocabulary[700:1100], strict=True))
    )
    parent = outlet.articles
    content_type = ContentType.objects.get_for_model(ArticlePage)
    start = datetime.date(2015, 1, 1)
    now = datetime.datetime.now(datetime.UTC)
    fields = ArticlePage._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    insert_sql = f"INSERT INTO {ArticlePage._meta.db_table} ({columns}) VALUES ({placeholders})"  # noqa: S608
    batch = 2_000
    started = time.perf_counter()
    for offset in range(0, count, batch):
        # One transaction per batch: a single one for the whole archive made the scale check
        # write its growing log for over an hour (docs/decisions/0213).
        with transaction.atomic():
            n = min(batch, count - offset)
            pages, articles = [], []
            for i in range(offset, offset + n):
                title = " ".join(sample(7)).capitalize()
                slug = f"article-{i}"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(parent.path, parent.depth + 1, i + 1),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        locale=fr if rng.random() < 0.1 else en,
                        live=True,
                        first_published_at=now,
                        last_published_at=now,
                        translation_key=uuid.UUID(int=rng.getrandbits(128)),
                    )
                )
                paragraphs = [" ".join(sample(rng.randint(60, 100))) for _ in range(3)]
                articles.append(
                    {
                        "lead": f"<p>{' '.join(sample(25))}.</p>",
                        "publication_date": start + datetime.timedelta(days=rng.randrange(3650)),
                        "body": [
                            {
                                "type": "paragraph",
                                "value": f"<p>{text}.</p>",
                                "id": str(uuid.uuid4()),
                            }
                            for text in paragraphs
                        ],
                    }
                )
            pages = Page.objects.bulk_create(pages)
            rows = []
            for page, values in zip(pages, articles, strict=True):
                article = ArticlePage(page_ptr_id=page.pk, **values)
                rows.append(
                    [f.get_db_prep_save(f.pre_save(article, True), connection) for f in fields]
                )
            with connection.cursor() as cursor:
                cursor.executemany(insert_sql, rows)
            ArticlePage.regions.through.objects.bulk_create(
                ArticlePage.regions.through(articlepage_id=p.pk, region=r)
                for p in pages
                for r in rng.sample(regions, rng.randint(1, 2))
            )
            ArticlePage.themes.through.objects.bulk_create(
                ArticlePage.themes.through(articlepage_id=p.pk, theme=t)
                for p in pages
                for t in rng.sample(themes, rng.randint(1, 3))
            )
            ArticlePage.reports.through.objects.bulk_create(
                ArticlePage.reports.through(articlepage_id=p.pk, indepthreport=rng.choice(reports))
                for p in pages
                if rng.random() < 0.3
            )
            ArticleAuthor.objects.bulk_create(
                ArticleAuthor(page_id=p.pk, author=a, sort_order=k)
                for p in pages
                for k, a in enumerate(rng.sample(authors, rng.randint(1, 2)))
            )
            if offset and offset % 100_000 == 0:
                log(f"built {offset:,} articles, {offset / (time.perf_counter() - started):,.0f}/s")
    Page.objects.filter(pk=parent.pk).update(numchild=count)
    seconds = time.perf_counter() - started
    log(f"built {count:,} articles in {seconds:,.0f} s ({count / max(seconds, 1e-9):,.0f}/s)")
    return {"en": en, "fr": fr}


def index_archive() -> float:
    """Index every article through the configured backend's own index code, in chunks."""
    from wagtail.search.backends import get_search_backend

    from masthead.articles.models import ArticlePage
    from masthead.discovery.search.backends.bulk import bulk_indexing

    log("indexing")
    index = get_search_backend().get_index_for_model(ArticlePage)
    ids = list(ArticlePage.objects.order_by("pk").values_list("pk", flat=True))
    started = time.perf_counter()
    # Title norms written with each entry: Wagtail's per-batch refresh re-read the whole
    # index after every chunk, quadratic in the archive (docs/decisions/0212).
    bulk = bulk_indexing(index) if hasattr(index, "title_norms") else contextlib.nullcontext()
    with bulk:
        for offset in range(0, len(ids), 1_000):
            chunk = ArticlePage.objects.filter(
                pk__in=ids[offset : offset + 1_000]
            ).prefetch_related("article_authors__author", "regions", "themes", "reports")
            index.add_items(ArticlePage, list(chunk))
            done = offset + 1_000
            if done % 100_000 == 0:
                rate = done / (time.perf_counter() - started)
                log(f"indexed {done:,} articles, {rate:,.0f}/s")
    seconds = time.perf_counter() - started
    rate = len(ids) / max(seconds, 1e-9)
    log(f"indexed {len(ids):,} articles in {seconds:,.0f} s ({rate:,.0f}/s)")
    return seconds


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summarise(samples: list[float]) -> dict:
    return {
        "p50": percentile(samples, 0.5),
        "p95": percentile(samples, 0.95),
        "max": max(samples),
        "n": len(samples),
    }


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def make_queries(rng: random.Random, vocabulary: list[str], per_length: int) -> Iterator:
    """(family, words, text): what readers type, and the worst case, kept apart.

    "typical": words drawn uniformly from frequency ranks 100-5,000. In real text the top
    hundred ranks are function words ("the", "of", "and") that nobody searches for; below
    them come the names and topics readers do look up, in 0.1-25% of articles here.
    "common": ranks 20-100, words in 25-80% of all articles: the country, leader or conflict
    an outlet covers every week.
    "mixed": what a reader is likely to type: one to three words (half of searches one word,
    a third two, the rest three), each drawn with the archive's own word frequencies (the
    Zipf weights the archive was written with) from rank 20 down, the top twenty standing
    for function words. Most of these are common words, some rare ones.
    """
    typical, common = vocabulary[100:5000], vocabulary[20:100]
    for words in (1, 2, 3):
        for _ in range(per_length):
            yield "typical", words, " ".join(dict.fromkeys(rng.sample(typical, words)))
    for _ in range(per_length):
        yield "common", 1, rng.choice(common)
    weights = list(accumulate(1 / (rank + 1) ** 1.07 for rank in range(20, len(vocabulary))))
    for _ in range(per_length):
        words = rng.choices((1, 2, 3), weights=(50, 35, 15))[0]
        drawn = rng.choices(vocabulary[20:], cum_weights=weights, k=words)
        yield "mixed", words, " ".join(dict.fromkeys(drawn))


def measure_queries(
    vocabulary: list[str], locale: object, per_length: int, scan_like: bool = True
) -> dict:
    from django.db import connection
    from django.db.models import Q
    from wagtail.search.models import IndexEntry

    from masthead.discovery.search import SearchQuery, run_search

    log("measuring")
    queries = list(make_queries(random.Random(SEED + 1), vocabulary, per_length))
    text_columns = (
        ("title", "body") if connection.vendor == "sqlite" else ("title_text", "body_text")
    )

    def search(text: str, facets: bool, use_cache: bool = False) -> Callable[[], object]:
        def run() -> object:
            query = SearchQuery.from_params({"q": text})
            outcome = run_search(query, locale, facets=facets, use_cache=use_cache)
            page = [(a.pk, str(a.snippet)) for a in outcome.page.object_list]
            counts = [(f.key, [(v.value, v.count) for v in f.values]) for f in outcome.facets]
            languages = [(language.code, language.count) for language in outcome.languages]
            return page, outcome.total, counts, languages, outcome.estimate is not None

        return run

    def like_scan(text: str) -> Callable[[], object]:
        def run() -> object:
            match = Q()
            for column in text_columns:
                match |= Q(**{f"{column}__icontains": text})
            entries = IndexEntry.objects.filter(match)
            return entries.count(), list(entries.values_list("object_id", flat=True)[:PAGE_SIZE])

        return run

    # "search" and "search+facets" compute every search (the cache is off); "cached" is the
    # search page's work for a query asked since the last publish (read from the cache).
    measures: dict[str, Callable[[str], Callable[[], object]]] = {
        "search": lambda text: search(text, False),
        "search+facets": lambda text: search(text, True),
        "cached": lambda text: search(text, True, use_cache=True),
    }
    if scan_like:
        measures["like-scan"] = like_scan
    latency: dict[str, dict[str, dict]] = {}
    found: dict[str, list[int]] = {}
    estimated: dict[str, int] = {}
    # What each search returned (page, snippets, total, facet and language counts): a code
    # change that should not change results can be checked against an earlier run.
    answers: dict[str, list[object]] = {name: [] for name in measures}
    for name, make in measures.items():
        samples: dict[str, list[float]] = {}
        for family, words, text in queries:
            if name == "like-scan" and (words > 1 or family != "typical"):
                continue
            action = make(text)
            result = action()  # warm the page cache: a busy site has its hot pages in memory
            answers[name].append([text, result])
            key = str(words) if family == "typical" else family
            # Best of three: on a shared two-core machine, other processes' bursts would
            # otherwise be measured as query time.
            samples.setdefault(key, []).append(min(timed(action) for _ in range(3)))
            if name == "search":
                found.setdefault(key, []).append(result[1])
                estimated[key] = estimated.get(key, 0) + int(result[4])
        latency[name] = {key: summarise(values) for key, values in samples.items()}
    matches = {key: statistics.median(values) for key, values in found.items()}
    log(f"median matches per query: {matches}")
    related, related_answers = measure_related(per_length)
    results = {name: digest(values) for name, values in answers.items()}
    results["related"] = digest(related_answers)
    return {
        "latency": latency,
        "matches": matches,
        "estimated": estimated,
        "related": related,
        "results": results,
    }


def digest(value: object) -> str:
    """A short fingerprint of ``value`` (JSON-serialisable), to compare runs' results."""
    text = json.dumps(value, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def measure_related(count: int) -> tuple[dict, list[list[int]]]:
    """The "Related articles" of ``count`` articles spread over the archive.

    "compute" is what publishing costs (finding and storing one article's list, in the task
    queued on publish); "read" is what the article page pays: the stored list with its teaser
    data. Returns both timings and the related articles found for each.
    """
    from masthead.articles.models import ArticlePage
    from masthead.discovery.related import store_related_articles, stored_related_articles

    ids = list(ArticlePage.objects.order_by("pk").values_list("pk", flat=True))
    step = max(1, len(ids) // count)
    computed, read, found = [], [], []
    for pk in ids[::step][:count]:
        article = ArticlePage.objects.get(pk=pk)
        computed.append(min(timed(lambda a=article: store_related_articles(a)) for _ in range(3)))
        found.append([pk, *(related.pk for related in stored_related_articles(article))])
        read.append(min(timed(lambda a=article: stored_related_articles(a)) for _ in range(3)))
    return {"compute": summarise(computed), "read": summarise(read)}, found


if __name__ == "__main__":
    sys.exit(main())
