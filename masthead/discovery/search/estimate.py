"""Counts of a search that matched too much to count one by one: scaled from its newest matches.

A query matching more than ``CANDIDATES`` full-text rows (a word the archive uses every week) is
ranked, counted and faceted among its newest ``CANDIDATES`` rows only; its counts are that
sample's counts scaled by how many rows match in all, rounded to two significant figures, and
the page calls them estimates (docs/decisions/0081-counts-above-the-candidates-are-estimates.md).
Below that, every count is exact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Measured with bench/search.py at 100,000 articles on the same archive and load: the "mixed"
# class with facets had p95 51.4 ms with 1,000 candidates and 36.1 ms with 500; a page of
# twelve results among five hundred is still the best of weeks of a newsroom's coverage.
CANDIDATES = 500


def round_estimate(value: float) -> int:
    """``value`` to two significant figures (31,437 → 31,000; 87 stays 87)."""
    if value < 100:
        return round(value)
    step = 10 ** (int(math.log10(value)) - 1)
    return int(round(value / step) * step)


@dataclass(frozen=True)
class Estimate:
    """The counts of a search were scaled from its newest ``window`` of ``matches`` rows."""

    window: int
    matches: int

    def about(self, count: int) -> int:
        """A count among the newest rows, scaled to every match (never below what was seen)."""
        if count <= 0:
            return 0
        return max(count, round_estimate(count * self.matches / self.window))
