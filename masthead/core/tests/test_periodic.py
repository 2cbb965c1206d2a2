"""The worker's clock runs each registered periodic job once per interval, whatever fails."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from masthead.core import periodic
from masthead.core.models import PeriodicJobState
from masthead.core.tasks import publish_scheduled_pages


@pytest.fixture
def jobs(monkeypatch: pytest.MonkeyPatch) -> dict[str, periodic.PeriodicJob]:
    registry: dict[str, periodic.PeriodicJob] = {}
    monkeypatch.setattr(periodic, "_jobs", registry)
    return registry


@pytest.mark.django_db
def test_a_job_runs_once_per_interval(jobs: dict[str, periodic.PeriodicJob]) -> None:
    runs: list[int] = []
    periodic.register_periodic("count", datetime.timedelta(minutes=5), lambda: runs.append(1))
    start = timezone.now()

    assert periodic.run_due_jobs(start) == {"count": "ok"}
    assert periodic.run_due_jobs(start + datetime.timedelta(minutes=4)) == {}
    assert periodic.run_due_jobs(start + datetime.timedelta(minutes=5)) == {"count": "ok"}
    assert len(runs) == 2
    state = PeriodicJobState.objects.get(name="count")
    assert state.running_since is None and state.last_error == ""


@pytest.mark.django_db
def test_a_failing_job_is_recorded_and_the_others_still_run(
    jobs: dict[str, periodic.PeriodicJob],
) -> None:
    runs: list[str] = []

    def broken() -> None:
        raise RuntimeError("the feed server said no")

    periodic.register_periodic("a-broken", datetime.timedelta(minutes=1), broken)
    periodic.register_periodic("b-fine", datetime.timedelta(minutes=1), lambda: runs.append("b"))

    outcome = periodic.run_due_jobs()

    assert outcome == {"a-broken": "RuntimeError: the feed server said no", "b-fine": "ok"}
    assert runs == ["b"]
    assert PeriodicJobState.objects.get(name="a-broken").last_error.endswith("said no")


@pytest.mark.django_db
def test_a_job_another_worker_is_running_is_not_started_twice(
    jobs: dict[str, periodic.PeriodicJob],
) -> None:
    runs: list[int] = []
    periodic.register_periodic("slow", datetime.timedelta(seconds=1), lambda: runs.append(1))
    now = timezone.now()
    PeriodicJobState.objects.create(
        name="slow", last_started_at=now - datetime.timedelta(minutes=1), running_since=now
    )

    assert periodic.run_due_jobs(now + datetime.timedelta(minutes=1)) == {}
    # A worker that died mid-run leaves a stale claim, which is taken over later.
    later = now + periodic.STALE_AFTER + datetime.timedelta(seconds=1)
    assert periodic.run_due_jobs(later) == {"slow": "ok"}
    assert runs == [1]


@pytest.mark.django_db
def test_the_scheduled_publishing_tick_runs_due_jobs(
    jobs: dict[str, periodic.PeriodicJob],
) -> None:
    runs: list[int] = []
    periodic.register_periodic("tick", datetime.timedelta(minutes=1), lambda: runs.append(1))

    publish_scheduled_pages.call()

    assert runs == [1]


def test_an_interval_must_be_positive(jobs: dict[str, periodic.PeriodicJob]) -> None:
    with pytest.raises(ValueError, match="must be positive"):
        periodic.register_periodic("never", datetime.timedelta(0), lambda: None)
