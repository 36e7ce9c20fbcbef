"""Values of the Preface (``book/index.qmd``): the sample sizes and the count of dated
meetings it names, from the processed tables."""

from __future__ import annotations

from analysis.prose import Context
from analysis.prose.fmt import count


def values(ctx: Context) -> dict[str, str]:
    """Keys: ``n_2023``, ``n_2024`` (respondents per wave), ``meetings`` (dated one-to-one
    meetings in the article's Table 3), ``before_decree`` (how many of them predate the
    decree that created the Kurultai)."""
    waves = ctx.table("survey_waves").set_index("wave_year")
    log = ctx.table("meetings_log")
    return {
        "n_2023": count(waves.loc[2023, "respondents"]),
        "n_2024": count(waves.loc[2024, "respondents"]),
        "meetings": count(log["meeting_id"].nunique()),
        "before_decree": count(log.drop_duplicates("meeting_id")["before_decree"].sum()),
    }
