"""Queue benchmark: enqueue and run throughput of trivial tasks, database queue against Redis.

    MASTHEAD_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres \\
    MASTHEAD_BENCH_REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/task_queue.py --tasks 2000

Needs the "bench-queue" dependency group (django-tasks-rq, redis) and the "postgres" group.
Each queue gets a fresh store (its own SQLite file, PostgreSQL database or Redis database).
For each, N trivial tasks are enqueued one by one, as the application does, then 1 and then 2
worker processes (the production commands: ``db_worker`` and django-rq's ``rqworker``) run
until the queue is empty. Printed: enqueue rate, run rate and each as a ratio to the baseline,
the database queue on SQLite (the embedded default) measured in the same run.

The task and the settings live in a temporary folder put on the workers' path: ``bench/`` on
the path would make this file shadow the standard library's ``queue`` module.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]

TASKS_MODULE = """
from django_tasks import task


@task()
def noop(number: int) -> int:
    return number
"""

SETTINGS_MODULE = """
import os

from masthead.settings.builders import database_from_url

SECRET_KEY = "bench-queue"
USE_TZ = True
INSTALLED_APPS = ["django.contrib.contenttypes", "django_tasks", "django_tasks_db"]
_db = os.environ["BENCH_QUEUE_DB"]
if _db.startswith("postgres"):
    DATABASES = {"default": database_from_url(_db)}
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": _db,
        "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                    "transaction_mode": "IMMEDIATE"}}}
if os.environ["BENCH_QUEUE_BACKEND"] == "rq":
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {"default": {"URL": os.environ["BENCH_QUEUE_REDIS"]}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
"""

ENQUEUE_SCRIPT = """
import sys, time, django
django.setup()
from bench_queue_tasks import noop
count = int(sys.argv[1])
started = time.perf_counter()
for number in range(count):
    noop.enqueue(number)
print(time.perf_counter() - started)
"""

COUNT_SCRIPT = """
import os, django
django.setup()
if os.environ["BENCH_QUEUE_BACKEND"] == "rq":
    import django_rq
    queue = django_rq.get_queue("default")
    print(queue.finished_job_registry.count, len(queue))
else:
    from django_tasks_db.models import DBTaskResult
    print(DBTaskResult.objects.filter(status="SUCCESSFUL").count(),
          DBTaskResult.objects.filter(status="READY").count())
"""


@dataclass
class Result:
    name: str
    enqueue_rate: float
    run_rates: dict[int, float]


class Queue:
    def __init__(
        self,
        name: str,
        backend: str,
        db: str,
        redis: str,
        workdir: Path,
        worker_options: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.worker_options = worker_options
        self.env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(workdir), str(ROOT)]),
            "DJANGO_SETTINGS_MODULE": "bench_queue_settings",
            "BENCH_QUEUE_BACKEND": backend,
            "BENCH_QUEUE_DB": db,
            "BENCH_QUEUE_REDIS": redis,
        }
        self.backend = backend

    def python(self, script: str, *args: str) -> str:
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-c", script, *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.strip()

    def django(self, *args: str) -> None:
        subprocess.run(  # noqa: S603
            [sys.executable, "-m", "django", *args], cwd=ROOT, env=self.env, check=True
        )

    def reset(self) -> None:
        self.django("migrate", "-v0")
        if self.backend == "rq":
            self.python(
                "import django; django.setup(); import django_rq; "
                "django_rq.get_connection('default').flushdb()"
            )
        else:
            self.python(
                "import django; django.setup(); "
                "from django_tasks_db.models import DBTaskResult; "
                "DBTaskResult.objects.all().delete()"
            )

    def worker_command(self) -> list[str]:
        if self.backend == "rq":
            return [
                sys.executable,
                "-m",
                "django",
                "rqworker",
                "--burst",
                "--job-class",
                "django_tasks_rq.Job",
                *self.worker_options,
                "default",
            ]
        return [
            sys.executable,
            "-m",
            "django",
            "db_worker",
            "--batch",
            "--no-reload",
            "--no-startup-delay",
            "--interval",
            "0.05",
        ]

    def measure(self, count: int, workers: int) -> tuple[float, float]:
        """(enqueue seconds, run seconds) for ``count`` tasks and ``workers`` processes."""
        self.reset()
        enqueue_seconds = float(self.python(ENQUEUE_SCRIPT, str(count)).splitlines()[-1])
        started = time.perf_counter()
        processes = [
            subprocess.Popen(  # noqa: S603
                self.worker_command(),
                cwd=ROOT,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(workers)
        ]
        for process in processes:
            process.wait(timeout=1800)
        run_seconds = time.perf_counter() - started
        done, left = (int(x) for x in self.python(COUNT_SCRIPT).split())
        if done != count or left:
            raise SystemExit(f"{self.name}: {done} of {count} tasks ran, {left} left")
        return enqueue_seconds, run_seconds


def fresh_postgres_database(url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    options = parser.parse_args()
    postgres = os.environ.get("MASTHEAD_BENCH_POSTGRES_URL", "")
    redis = os.environ.get("MASTHEAD_BENCH_REDIS_URL", "")

    with tempfile.TemporaryDirectory(prefix="masthead-bench-queue-") as tmp:
        workdir = Path(tmp)
        (workdir / "bench_queue_tasks.py").write_text(TASKS_MODULE)
        (workdir / "bench_queue_settings.py").write_text(SETTINGS_MODULE)
        queues = [Queue("database queue, SQLite", "db", str(workdir / "q.sqlite3"), "", workdir)]
        if postgres:
            db = fresh_postgres_database(postgres, "masthead_bench_queue")
            queues.append(Queue("database queue, PostgreSQL", "db", db, "", workdir))
        if redis:
            # The Redis queue keeps nothing in the database; SQLite only satisfies Django.
            queues.append(Queue("RQ on Redis", "rq", str(workdir / "rq.sqlite3"), redis, workdir))
            # RQ forks a process per job by default; its SimpleWorker runs jobs in-process,
            # as db_worker does.
            queues.append(
                Queue(
                    "RQ on Redis, no fork",
                    "rq",
                    str(workdir / "rq.sqlite3"),
                    redis,
                    workdir,
                    ("--worker-class", "rq.worker.SimpleWorker"),
                )
            )
        results = []
        for queue in queues:
            runs = {w: queue.measure(options.tasks, w) for w in options.workers}
            enqueue = options.tasks / min(seconds for seconds, _ in runs.values())
            results.append(
                Result(
                    queue.name, enqueue, {w: options.tasks / run for w, (_, run) in runs.items()}
                )
            )
            print(f"measured {queue.name}", file=sys.stderr)

    base = results[0]
    load = os.getloadavg()
    print(f"\n{options.tasks} trivial tasks; load average {load[0]:.2f} {load[1]:.2f}")
    header = f"{'queue':<30}{'enqueue/s':>11}{'ratio':>7}"
    for w in options.workers:
        header += f"{f'run/s {w}w':>12}{'ratio':>7}"
    print(header)
    for result in results:
        line = f"{result.name:<30}{result.enqueue_rate:>11.0f}"
        line += f"{result.enqueue_rate / base.enqueue_rate:>7.2f}"
        for w in options.workers:
            rate = result.run_rates[w]
            line += f"{rate:>12.0f}{rate / base.run_rates[w]:>7.2f}"
        print(line)


if __name__ == "__main__":
    main()
