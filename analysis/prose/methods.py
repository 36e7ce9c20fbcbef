"""Values of the Methods appendix (``book/methods.qmd``): sample sizes, margins of error at
the build's design effect and confidence level, the estimated age-group sizes and the
interpolation weights, all from the processed tables (:mod:`analysis.survey`). The values
are numbers only; ``ctx.lang`` chooses their format (Kazakh: decimal comma, no-break space
between thousands)."""

from __future__ import annotations

from analysis import inference
from analysis.i18n import catalog
from analysis.prose import Context


def values(ctx: Context) -> dict[str, str]:
    """Keys: ``n_2023``, ``n_2024`` (respondents); ``z`` (the normal quantile of the
    confidence level, e.g. "1.96"); ``moe_2400_srs``/``moe_2400_deff``/``moe_1200_srs``/
    ``moe_1200_deff`` (margin of error of a 50% share, pp, for a simple random sample and at
    the build's design effect); ``weight_2023``/``weight_2024`` (weight of the 2025 UN
    figures at each fieldwork midpoint); ``size_<year>_<young|middle|old>`` (estimated
    respondents per age group); ``n_flip`` (how many of the nine changes get a different
    verdict under another design effect, group size or base of Tables 1 and 2).

    Raises ``FileNotFoundError`` when a processed table is missing, ``KeyError`` when a
    wave or age group is missing from ``survey_waves``/``age_group_sizes``."""
    p = ctx.params
    loc = catalog(ctx.lang)
    count, decimal, number = loc.count, loc.decimal, loc.number
    waves = ctx.table("survey_waves").set_index("wave_year")
    sizes = ctx.table("age_group_sizes").set_index(["wave_year", "age_group"])
    out = {
        "n_2023": count(waves.loc[2023, "respondents"]),
        "n_2024": count(waves.loc[2024, "respondents"]),
        "z": decimal(inference._z(p.confidence_level), 2),
    }
    for n in (2400, 1200):
        out[f"moe_{n}_srs"] = decimal(
            inference.margin_of_error_pp(50, n, 1.0, p.confidence_level), 1
        )
        out[f"moe_{n}_deff"] = decimal(
            inference.margin_of_error_pp(50, n, p.design_effect, p.confidence_level), 1
        )
    for year in (2023, 2024):
        out[f"weight_{year}"] = decimal(sizes.loc[(year, "18-28"), "wpp_weight_2025"], 3)
        for group, short in (("18-28", "young"), ("29-60", "middle"), ("61+", "old")):
            out[f"size_{year}_{short}"] = count(sizes.loc[(year, group), "respondents_est"])
    changes = ctx.table("survey_changes")
    key = ["indicator", "group", "category"]
    default = changes[changes["is_default"]].set_index(key)["exceeds_sampling_error"]
    flipped = {
        k
        for k, row in changes.set_index(key).iterrows()
        if k in default.index and row["exceeds_sampling_error"] != default.loc[k]
    }
    out["n_flip"] = number(len(flipped), max_decimals=0)
    return out
