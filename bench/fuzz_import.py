"""Fuzz the text importer with 10,000 generated and mutated inputs (Hypothesis).

Usage: .venv/bin/python bench/fuzz_import.py [--examples 10000] [--seed 14]

Half the inputs are article texts given to ``parse_article`` and ``import_parsed_article``
(generated from parts, or the corpus of real articles edited at random, or any text); half
are files given to ``manage.py import_article`` (the same texts as bytes, some with a BOM, a
flipped byte or random binary). Every tenth successful import is kept, so later inputs meet
existing authors, terms and slugs; the rest are rolled back. Runs on the test settings'
in-memory database with a freshly built outlet. Prints inputs tried, outcomes, crashes (and
the first few crashing inputs); exits 1 when anything crashed or left a partial write.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.test")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=14)
    options = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment
    from hypothesis import HealthCheck, Phase, given, seed, settings
    from hypothesis import strategies as st

    from masthead.importers.tests.fuzz import (
        Crash,
        article_bytes,
        article_texts,
        check_file,
        check_text,
        corpus,
    )
    from masthead.testing import build_outlet

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    build_outlet()
    seeds = corpus()
    outcomes: Counter[str] = Counter()
    crashes: list[tuple[str, str]] = []
    started = time.monotonic()

    def fuzz(kind: str, strategy: st.SearchStrategy[str] | st.SearchStrategy[bytes]) -> None:
        @seed(options.seed)
        @settings(
            max_examples=options.examples // 2,
            deadline=None,
            database=None,
            phases=[Phase.generate],  # every input counted once; nothing to shrink
            suppress_health_check=list(HealthCheck),
        )
        @given(value=strategy)
        def run(value: str | bytes) -> None:
            try:
                if isinstance(value, str):
                    keep = outcomes["text imported"] % 10 == 9
                    outcome = check_text(value, keep=keep)
                else:
                    outcome = check_file(value)
            except Crash as crash:
                outcome = "CRASH"
                crashes.append((str(crash), repr(value)[:300]))
            outcomes[f"{kind} {outcome}"] += 1
            tried = sum(outcomes.values())
            if tried % 1000 == 0:
                print(f"  {tried} inputs, {time.monotonic() - started:.0f} s", flush=True)

        run()

    # Half texts through the service, half files through the command.
    fuzz("text", article_texts(seeds))
    fuzz("file", article_bytes(seeds))
    elapsed = time.monotonic() - started
    tried = sum(outcomes.values())
    clean = sum(n for k, n in outcomes.items() if k.split()[1] not in ("imported", "CRASH"))
    print(f"inputs tried: {tried} in {elapsed:.0f} s (seed {options.seed})")
    for name, count in sorted(outcomes.items()):
        print(f"  {name}: {count}")
    print(f"imported: {sum(n for k, n in outcomes.items() if k.endswith('imported'))}")
    print(f"clean errors: {clean}")
    print(f"crashes or partial writes: {len(crashes)}")
    for message, value in crashes[:5]:
        print(f"  {message}\n    input: {value}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
