"""Values of the Preface (``book/index.qmd``, ``book/kk/index.qmd``): the sample sizes and
the count of dated meetings it names, from the processed tables. The Preface's Key findings
are ``arguments.key_finding_*`` (:mod:`analysis.prose.arguments`)."""

from __future__ import annotations

from analysis.i18n import catalog
from analysis.prose import Context


def values(ctx: Context) -> dict[str, str]:
    """Keys: ``n_2023``, ``n_2024`` (respondents per wave), ``meetings`` (dated one-to-one
    meetings in the article's Table 3), ``before_decree`` (how many of them predate the
    decree that created the Kurultai), ``before_decree_of_them`` (that count after "of them":
    «екеуі» in Kazakh, ``of-them``). Numbers in ``ctx.lang``'s format (Kazakh: ``2 400``)."""
    waves = ctx.table("survey_waves").set_index("wave_year")
    log = ctx.table("meetings_log")
    loc = catalog(ctx.lang)
    count = loc.count
    early = count(log.drop_duplicates("meeting_id")["before_decree"].sum())
    return {
        "n_2023": count(waves.loc[2023, "respondents"]),
        "n_2024": count(waves.loc[2024, "respondents"]),
        "meetings": count(log["meeting_id"].nunique()),
        "before_decree": early,
        "before_decree_of_them": loc("of-them", n=early),
    }
