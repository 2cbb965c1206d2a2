"""Translation jobs run by real ``manage.py db_worker`` processes on a file SQLite database.

The engine is the generated random-weight Argos model (``tiny_model.py``), run by CTranslate2
exactly as a real one is. Each test copies a migrated database and seeds it in a Django
subprocess; workers are separate processes, killed with SIGKILL where a test says so.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from masthead.translation.tests.test_worker_support import WorkerSite, migrated_database

ARGOS = {"INTER_THREADS": 1, "INTRA_THREADS": 1, "BEAM_SIZE": 1}
SENTENCES = [
    "The city council voted on Tuesday to expand the harbour, after months of debate.",
    "Residents said the plan was rushed, and several asked who would pay for the new quay.",
    "The mayor promised a public hearing next month and a report on the cost of dredging.",
    "According to the documents, the company will receive a loan from the regional bank.",
]


@pytest.fixture(scope="module")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_database(tmp_path_factory.mktemp("worker-db"))


@pytest.fixture
def worker_site(
    tmp_path: Path,
    template_database: Path,
    tiny_package_builder: Callable[..., Path],
) -> Iterator[Callable[..., WorkerSite]]:
    sites: list[WorkerSite] = []

    def make(lease: float = 60, argos: dict[str, Any] | None = None) -> WorkerSite:
        packages = tmp_path / "mt-packages"
        packages.mkdir(exist_ok=True)
        translation = {"ENGINE": "argos", "PACKAGES_DIR": str(packages)}
        translation["ARGOS"] = {**ARGOS, **(argos or {})}
        site = WorkerSite(tmp_path, template_database, translation, lease)
        site.call(
            "seed_site",
            packages=[str(tiny_package_builder("en", code)) for code in ("fr", "de")],
        )
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.stop_workers()


def article(number: int, paragraphs: int = 2, **fields: Any) -> dict[str, Any]:
    return {
        "title": f"Harbour vote, part {number}",
        "slug": f"harbour-vote-{number}",
        "lead": f"<p>{SENTENCES[number % len(SENTENCES)]}</p>",
        "paragraphs": [
            f"Part {number}, paragraph {i}: {SENTENCES[i % len(SENTENCES)]}"
            for i in range(paragraphs)
        ],
        "writer": f"Writer {number}",
        "region": f"Coast {number}",
        **fields,
    }


def queue_drained(site: WorkerSite, *, deferred: bool = False) -> bool:
    """No task is running or waiting to run now (nor later, with ``deferred``)."""
    # run_after is 9999-01-01 for a task to run at once, the time for one deferred.
    (pending,) = site.query(
        "SELECT COUNT(*) FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING' "
        "OR (status = 'READY' AND (? OR run_after >= '9999-01-01'))",
        int(deferred),
    )[0]
    return pending == 0


def test_fifty_jobs_on_two_workers_end_with_no_failed_task(worker_site) -> None:
    # A short lease, so the watchdog each run queues comes due within the test too.
    site = worker_site(lease=4)
    # The articles' own publishing work (search and reference index) is done first, by one
    # worker, so the timed run below is the 50 jobs and the work they cause. (Two workers
    # indexing a newly published page at once can collide in modelsearch's SQLite index:
    # Wagtail's and modelsearch's code, not the jobs'; see the pipeline docs.)
    pages = site.call("publish_articles", articles=[article(n) for n in range(25)], translate=False)
    site.call("run_worker_in_process")
    assert site.call("queue_translations", page_ids=pages) == 50
    started = time.monotonic()
    site.start_worker()
    site.start_worker()
    jobs_done = site.wait_until(
        lambda: site.job_states() == {"succeeded": 50} and queue_drained(site), timeout=900
    )
    site.wait_until(lambda: queue_drained(site, deferred=True), timeout=120)
    elapsed = time.monotonic() - started
    report = site.call("report")
    print(  # noqa: T201 — the measurement
        f"\n50 jobs on 2 workers: jobs and their index work done {jobs_done:.1f} s after the "
        f"workers started, watchdogs too {elapsed:.1f} s; task rows {report['tasks']}"
    )
    assert report["tasks"]["FAILED"] == 0
    assert report["tasks"]["READY"] == report["tasks"]["RUNNING"] == 0
    assert [job for job in report["jobs"] if job["attempts"] != 1] == []
    assert len(report["pages"]) == 50
    for page in report["pages"].values():
        assert page["live"] and page["errors"] == ""
        # The byline names the same language's author, and Wagtail's usage records it.
        assert page["author_locale"] == page["language"]
        assert page["author_usage_recorded"]


def test_a_job_whose_worker_is_killed_is_finished_by_another_worker(worker_site) -> None:
    lease = 6.0
    site = worker_site(lease=lease)
    long_body = {"paragraphs": 24}
    (first,) = site.call("publish_articles", articles=[article(0, **long_body)])
    site.call("run_worker_in_process")  # the earlier translation, made by a worker
    site.call("republish", page_id=first, lead="<p>The quay will open in the spring.</p>")
    site.call("publish_articles", articles=[article(n, **long_body) for n in (1, 2)])
    before = site.call("page_snapshot")

    worker = site.start_worker()
    site.wait_until(lambda: site.job_states().get("running", 0) > 0, timeout=180, poll=0.02)
    os.kill(worker.pid, signal.SIGKILL)
    killed_at = time.time()
    worker.wait()
    held = site.query("SELECT id FROM translation_translationjob WHERE status = 'running'")
    assert len(held) == 1, "the worker was killed in the middle of one job"
    (killed_job,) = held[0]
    # Nothing the killed run did reached the pages: the original and the earlier
    # translation read exactly as before.
    assert site.call("page_snapshot") == before

    site.start_worker()
    site.wait_until(lambda: site.job_states() == {"succeeded": 6}, timeout=lease + 120)
    report = site.call("report")
    job = next(job for job in report["jobs"] if job["id"] == killed_job)
    waited = job["started_at"] - killed_at
    print(f"\nkilled job taken up again {waited:.1f} s after the kill (lease {lease} s)")  # noqa: T201
    assert 0.5 * lease <= waited <= lease + 10  # + watchdog margin, polling, worker start
    assert job["attempts"] == 2
    # The dead worker's task row is closed as failed, with the reason; nothing else failed.
    assert report["failed_tasks"] == [
        {
            "task": "masthead.translation.tasks.translate_article",
            "args": {"args": [killed_job], "kwargs": {}},
            "error": "masthead.translation.leases.WorkerLost",
        }
    ]
    after = site.call("page_snapshot")
    for key, page in before.items():
        if key.endswith(":en"):
            assert after[key] == page  # the source articles were only read
    retranslated = [key for key in before if not key.endswith(":en")]
    assert retranslated and all(
        after[key]["live_revision_id"] != before[key]["live_revision_id"] for key in retranslated
    )


def test_output_longer_than_every_limit_is_fitted_and_marked(worker_site) -> None:
    # Decoding capped at 8× the input plus 300 pieces: every field comes out too long. The
    # lease is shorter than the jobs, and a third worker is free to run the watchdogs: the
    # jobs are only kept by their heartbeats.
    lease = 2.0
    site = worker_site(lease=lease, argos={"LENGTH_RATIO": 8, "LENGTH_EXTRA": 300})
    title = "Harbour vote divides the council, the fishers and the regional bank over dredging"
    pages = site.call(
        "publish_articles",
        translate=False,
        articles=[
            article(
                7,
                paragraphs=48,
                title=title,
                seo_title="Council splits over the harbour: who pays for the new quay",
                featured_image_credit="Photograph by the harbour master's office, courtesy",
                search_description="The harbour plan, its cost and who was consulted.",
            )
        ],
    )
    # The article's own index work first, by one worker (see test_fifty_jobs…).
    site.call("run_worker_in_process")
    site.call("queue_translations", page_ids=pages)
    for _worker in range(3):
        site.start_worker()
    site.wait_until(lambda: queue_drained(site, deferred=True), timeout=600)
    report = site.call("report")
    jobs = report["jobs"]
    assert {job["status"] for job in jobs} == {"succeeded"}, jobs
    assert {job["attempts"] for job in jobs} == {1}
    print(f"\nover-long output: jobs took {[round(j['seconds'], 1) for j in jobs]} s")  # noqa: T201
    assert min(job["seconds"] for job in jobs) > lease + 1  # past the first watchdog
    # The watchdogs ran while the jobs did, found the leases renewed and looked again later.
    assert report["watchdogs"] > len(jobs)
    assert report["failed_tasks"] == []
    for page in report["pages"].values():
        assert page["errors"] == ""
        for field in ("title", "seo_title", "featured_image_credit"):
            assert len(page[field]) <= 255
            assert page[field].endswith("…") or page[field] == title
    marked = sorted({path for path, _note in report["review_marks"]})
    assert marked == ["featured_image_credit", "seo_title", "title"]
    for job in jobs:
        assert "Title shortened to fit its limit of 255 characters" in job["notes"]
