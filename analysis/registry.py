"""One registry of every figure and table of the book.

Each entry names the book label (``fig-...`` / ``tbl-...``), the chapter that shows it, the
function that builds it, and the processed tables it reads. The reproducing appendix, the
README table and the tests are all generated from this list, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from analysis.figures import meetings as fig_meetings
from analysis.figures import survey as fig_survey
from analysis.tables import composition as tbl_composition
from analysis.tables import meetings as tbl_meetings
from analysis.tables import survey as tbl_survey


@dataclass(frozen=True)
class Entry:
    """A figure or table: ``builder(*processed_frames, **kwargs)`` makes it."""

    label: str
    chapter: str
    builder: Callable[..., Any]
    inputs: tuple[str, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """``"figure"`` or ``"table"``, from the label's prefix."""
        return "figure" if self.label.startswith("fig-") else "table"

    @property
    def function(self) -> str:
        """Dotted name of the builder, e.g. ``analysis.figures.survey.awareness_by_age``."""
        return f"{self.builder.__module__}.{self.builder.__qualname__}"


ENTRIES: list[Entry] = [
    Entry(
        "fig-awareness-by-age",
        "attitudes.qmd",
        fig_survey.awareness_by_age,
        ("awareness_by_age", "survey_waves"),
    ),
    Entry(
        "fig-table1",
        "attitudes.qmd",
        fig_survey.attitude_shares,
        ("attitude_shares",),
        {"table_id": "table1"},
    ),
    Entry(
        "tbl-table1",
        "attitudes.qmd",
        tbl_survey.attitude_table,
        ("attitude_shares",),
        {"table_id": "table1"},
    ),
    Entry("tbl-year-order", "attitudes.qmd", tbl_survey.year_order_table, ("year_order_readings",)),
    Entry(
        "fig-table2",
        "attitudes.qmd",
        fig_survey.attitude_shares,
        ("attitude_shares",),
        {"table_id": "table2"},
    ),
    Entry(
        "tbl-table2",
        "attitudes.qmd",
        tbl_survey.attitude_table,
        ("attitude_shares",),
        {"table_id": "table2"},
    ),
    Entry("tbl-meetings", "communication.qmd", tbl_meetings.meetings_table, ("meetings_log",)),
    Entry(
        "fig-meetings-timeline",
        "communication.qmd",
        fig_meetings.meetings_timeline,
        ("meetings_log", "sessions"),
    ),
    Entry(
        "tbl-composition-facts", "composition.qmd", tbl_composition.facts_table, ("kurultai_facts",)
    ),
    Entry("tbl-newcomers", "composition.qmd", tbl_composition.newcomers_table, ("newcomers",)),
]
BY_LABEL = {e.label: e for e in ENTRIES}
