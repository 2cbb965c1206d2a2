"""Queueing lives in tasks.py: the services announce work and never import the tasks."""

import ast
from pathlib import Path

import pytest

TRANSLATION = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth (function-level imports included)."""
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


@pytest.mark.parametrize("name", ["services.py", "leases.py", "status.py"])
def test_services_never_import_the_tasks(name: str) -> None:
    modules = imported_modules(TRANSLATION / name)
    assert "masthead.translation.tasks" not in modules


def test_the_tasks_module_does_the_queueing() -> None:
    from masthead.translation import signals, tasks

    receivers = {
        signal: [ref() for _key, ref, *_ in signal.receivers]
        for signal in (signals.jobs_queued, signals.lease_taken, signals.objects_written)
    }
    assert tasks.on_jobs_queued in receivers[signals.jobs_queued]
    assert tasks.on_lease_taken in receivers[signals.lease_taken]
    assert tasks.on_objects_written in receivers[signals.objects_written]
