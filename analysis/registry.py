"""One registry of every figure and table of the book.

Each entry names the book label (``fig-...`` / ``tbl-...``), the chapter that shows it, the
function that builds it, and the processed tables it reads. The reproducing appendix, the
README table and the tests are all generated from this list, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.figures import claims as fig_claims
from analysis.figures import composition as fig_composition
from analysis.figures import meetings as fig_meetings
from analysis.figures import survey as fig_survey
from analysis.paths import PROCESSED
from analysis.store import read_processed
from analysis.tables import arguments as tbl_arguments
from analysis.tables import claims as tbl_claims
from analysis.tables import composition as tbl_composition
from analysis.tables import context as tbl_context
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
        ("awareness_by_age", "survey_waves", "survey_intervals"),
    ),
    Entry(
        "tbl-awareness",
        "attitudes.qmd",
        tbl_survey.awareness_table,
        ("awareness_by_age", "survey_intervals", "survey_changes"),
    ),
    Entry("tbl-age-sizes", "attitudes.qmd", tbl_survey.age_group_sizes_table, ("age_group_sizes",)),
    Entry(
        "tbl-awareness-overall",
        "attitudes.qmd",
        tbl_survey.awareness_overall_table,
        ("awareness_overall",),
    ),
    Entry(
        "tbl-base-readings",
        "attitudes.qmd",
        tbl_survey.base_readings_table,
        ("survey_changes", "attitude_distribution_tests"),
    ),
    Entry("fig-changes", "attitudes.qmd", fig_survey.changes, ("survey_changes",)),
    Entry("tbl-sensitivity", "attitudes.qmd", tbl_survey.sensitivity_table, ("survey_changes",)),
    Entry(
        "tbl-design-effects", "attitudes.qmd", tbl_survey.design_effect_table, ("survey_intervals",)
    ),
    Entry(
        "tbl-table2-closure", "attitudes.qmd", tbl_survey.table2_closure_table, ("table2_closure",)
    ),
    Entry(
        "fig-table1",
        "attitudes.qmd",
        fig_survey.attitude_shares,
        ("attitude_shares", "survey_intervals"),
        {"table_id": "table1"},
    ),
    Entry(
        "tbl-table1",
        "attitudes.qmd",
        tbl_survey.attitude_table,
        ("attitude_shares", "survey_intervals", "survey_changes", "attitude_distribution_tests"),
        {"table_id": "table1"},
    ),
    Entry("tbl-year-order", "attitudes.qmd", tbl_survey.year_order_table, ("year_order_readings",)),
    Entry(
        "fig-table2",
        "attitudes.qmd",
        fig_survey.attitude_shares,
        ("attitude_shares", "survey_intervals"),
        {"table_id": "table2"},
    ),
    Entry(
        "tbl-table2",
        "attitudes.qmd",
        tbl_survey.attitude_table,
        ("attitude_shares", "survey_intervals", "survey_changes", "attitude_distribution_tests"),
        {"table_id": "table2"},
    ),
    Entry("tbl-sessions", "communication.qmd", tbl_meetings.sessions_table, ("sessions",)),
    Entry(
        "fig-meetings-timeline",
        "communication.qmd",
        fig_meetings.meetings_timeline,
        ("meetings_log", "sessions"),
    ),
    Entry(
        "tbl-session-intervals",
        "communication.qmd",
        tbl_meetings.intervals_table,
        ("session_intervals", "meetings_by_year", "meetings_log"),
    ),
    Entry(
        "fig-repeat-visits",
        "communication.qmd",
        fig_meetings.repeat_visits,
        ("repeat_visitors", "sessions"),
    ),
    Entry(
        "tbl-repeat-visitors",
        "communication.qmd",
        tbl_meetings.repeat_visitors_table,
        ("repeat_visitors",),
    ),
    Entry(
        "fig-meetings-by-domain",
        "communication.qmd",
        fig_meetings.meetings_by_domain,
        ("topic_domains",),
    ),
    Entry(
        "tbl-topic-codebook",
        "communication.qmd",
        tbl_meetings.topic_codebook_table,
        ("topic_domains",),
    ),
    Entry(
        "tbl-coding-disagreements",
        "communication.qmd",
        tbl_meetings.coding_disagreements_table,
        ("coding_agreement", "topic_domains", "meetings_log"),
    ),
    Entry(
        "tbl-meetings",
        "communication.qmd",
        tbl_meetings.meetings_table,
        ("meetings_log", "meeting_domains", "topic_domains"),
    ),
    Entry(
        "tbl-body-comparison",
        "communication.qmd",
        tbl_meetings.body_comparison_table,
        ("body_comparison",),
    ),
    Entry("tbl-epilogue", "communication.qmd", tbl_meetings.epilogue_table, ("epilogue_2026",)),
    Entry(
        "tbl-composition-facts",
        "composition.qmd",
        tbl_composition.structure_table,
        ("composition_structure", "members"),
    ),
    Entry("tbl-newcomers", "composition.qmd", tbl_composition.newcomers_table, ("newcomers",)),
    Entry(
        "tbl-rotation",
        "composition.qmd",
        tbl_composition.rotation_table,
        ("composition_coverage",),
    ),
    Entry(
        "tbl-membership-claims",
        "composition.qmd",
        tbl_composition.claims_table,
        ("membership_claims", "members"),
    ),
    Entry(
        "tbl-field-codebook",
        "composition.qmd",
        tbl_composition.field_codebook_table,
        ("field_codebook",),
    ),
    Entry(
        "fig-members-by-field",
        "composition.qmd",
        fig_composition.members_by_field,
        ("members_by_field",),
    ),
    Entry(
        "tbl-members",
        "composition.qmd",
        tbl_composition.members_table,
        ("members", "field_codebook"),
    ),
    Entry(
        "tbl-expert-positions",
        "composition.qmd",
        tbl_composition.expert_positions_table,
        ("expert_positions",),
    ),
    Entry(
        "tbl-world-practices",
        "context.qmd",
        tbl_context.world_practices_table,
        ("world_practices",),
    ),
    Entry(
        "tbl-recommendations",
        "context.qmd",
        tbl_context.recommendations_table,
        ("recommendations",),
    ),
    Entry("fig-claims-status", "claims.qmd", fig_claims.claims_status, ("claims_ledger",)),
    Entry("tbl-claims", "claims.qmd", tbl_claims.claims_table, ("claims_ledger",)),
    # The argument ledger (analysis/arguments.py): one table per chapter, then the conclusion.
    *(
        Entry(
            f"tbl-argues-{chapter}",
            f"{chapter}.qmd",
            tbl_arguments.argues_table,
            ("argument_ledger",),
            {"part": part},
        )
        for chapter, part in (
            ("context", "framing"),
            ("composition", "composition"),
            ("attitudes", "attitudes"),
            ("communication", "communication"),
        )
    ),
    Entry(
        "tbl-argues-conclusion",
        "conclusion.qmd",
        tbl_arguments.argues_table,
        ("argument_ledger",),
        {"part": "conclusion", "claim_ids": ("A01",)},
    ),
    Entry("tbl-verdicts", "conclusion.qmd", tbl_arguments.verdicts_table, ("argument_ledger",)),
    Entry(
        "tbl-deliberative-criteria",
        "conclusion.qmd",
        tbl_arguments.criteria_table,
        ("deliberative_criteria",),
    ),
    Entry("tbl-glossary", "conclusion.qmd", tbl_arguments.glossary_table, ("glossary",)),
    Entry(
        "tbl-rulebook",
        "rulebook.qmd",
        tbl_arguments.rulebook_table,
        ("verdict_rules", "verdict_outcomes", "argument_ledger"),
    ),
    Entry("tbl-coverage", "rulebook.qmd", tbl_arguments.coverage_table, ("ledger_coverage",)),
]
BY_LABEL = {e.label: e for e in ENTRIES}


def build(label: str, processed_dir: Path = PROCESSED) -> Any:
    """Build the figure (Altair chart) or table (great_tables.GT) registered as ``label``
    from the processed tables in ``processed_dir``.

    Raises ``KeyError`` naming the label when it is not registered, ``FileNotFoundError``
    when the pipeline has not written an input.
    """
    if label not in BY_LABEL:
        raise KeyError(f"{label!r} is not in analysis.registry.ENTRIES")
    entry = BY_LABEL[label]
    frames = [read_processed(name, processed_dir) for name in entry.inputs]
    return entry.builder(*frames, **entry.kwargs)
