"""Values of the Context chapter (``book/context.qmd``).

The figures the article gives for world practices (Brazil's e-Democracia portal, seed 000
lines 93-99), the number of its recommendations (lines 668-699) and the dates of the
National Council of Public Trust (seed 002), computed from the processed
``world_practices``, ``recommendations``, ``context_figures`` and ``kurultai_facts``
tables. Keys are used in the chapter as ``{{< var context.KEY >}}``; :data:`CAPTIONS`
holds the captions of the chapter's tables.
"""

from __future__ import annotations

import pandas as pd

from analysis.i18n import catalog
from analysis.prose import Context
from analysis.prose.claims import words


def values(ctx: Context) -> dict[str, str]:
    """``brazil_youth_pct`` (percent of the bill's text, "30%"), ``brazil_amendments``
    (count), ``usa_hearings_decade`` ("1920s"), ``n_practices``, ``n_countries`` and
    ``n_recommendations`` (words); ``kurultai_year`` (year of the decree),
    ``ncpt_election_year`` and ``ncpt_years_words`` (the National Council of Public Trust,
    seed 002). In ``ctx.lang`` (words from ``locales/<lang>/context.ftl``; Kazakh "30%",
    "374", "1920-жылдары", "сегіз"). Raises ``KeyError`` when a practice or figure the
    chapter names is missing."""
    practices = ctx.table("world_practices").set_index("practice_id")
    recs = ctx.table("recommendations")
    fig = practices["figure_value"]
    countries = practices["country_en"].nunique()
    ncpt = ctx.table("context_figures").set_index("figure_id")["value"]
    decree = ctx.table("kurultai_facts").set_index("fact_id")["value"]["decree_date"]
    lang = ctx.lang
    loc = catalog(lang)
    decade = loc.number(fig["usa_hearings"], max_decimals=0)  # a year: no thousands separator
    return {
        "kurultai_year": str(pd.Timestamp(decree).year),
        "ncpt_election_year": str(int(ncpt["ncpt_created_after_election"])),
        "ncpt_years_words": words(int(ncpt["ncpt_years_active"]), lang),
        "brazil_youth_pct": loc(
            "context-figure-percent", value=loc.number(fig["brazil_youth_bill"])
        ),
        "brazil_amendments": loc.count(fig["brazil_internet_bill"]),
        "usa_hearings_decade": loc("context-decade", decade=decade),
        "n_practices": words(len(practices), lang),
        "n_countries": words(countries, lang),
        "n_recommendations": words(len(recs), lang),
    }
