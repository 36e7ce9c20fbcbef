"""The scale of every survey claim: shares of the aware carried to shares of all adults, and
the equivalence test that a share "held steady".

Tables 1 and 2 of the article were most likely answered only by the respondents who had heard
of the Kurultai (parameter ``table_base`` = ``aware``; the Attitudes chapter gives the
reasons). A claim about *the people* (халық, азаматтар) then speaks of all adults, and its
share is the share among the aware times the share aware:

    q = p * a,   Var(q) ~ a^2 Var(p) + p^2 Var(a)     (delta method)

with ``Var(p) = p (1 - p) deff / (n a)`` (the aware respondents as the base, counted with the
design effect) and ``Var(a)`` the squared standard error of the estimated overall awareness
(:class:`analysis.survey.AwarenessOverall`, which carries the age-group weighting and the
design effect). For a multinomial sample the share aware and the shares among the aware are
asymptotically independent, so no covariance term is needed; the formula reduces to
``q (1 - q) deff / n`` when ``Var(a)`` is the simple binomial one. Intervals are Wald
intervals at the build's confidence level, cut to [0, 100]. Under ``table_base`` =
``whole_sample`` the printed share already is a share of all adults (the sample stands for
them), and its interval is the Wilson interval of :mod:`analysis.survey`; the share among
the aware is then not known.

The year order of Table 1's pair (which of 70.6% and 76.1% is 2024) is the one
:func:`analysis.survey.year_order_readings` chose (the waves add up to 100 only that way);
the awareness shares are printed per year, so no reading is involved for them.

Outputs: ``survey_scales`` (one row per share of Tables 1-2, wave, base and design effect)
and ``survey_scale_changes`` (the 2023 to 2024 change of each share of all adults).

:func:`equivalence_test` is the stability rule's two one-sided tests (TOST,
``statsmodels.stats.proportion.tost_proportions_2indep``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import pandas as pd
import pandera.pandas as pa

from analysis import inference
from analysis.outputs import Output, RawTables
from analysis.params import CHOICES, from_frame
from analysis.schemas.common import WAVE_YEARS, share_field, table_check

#: How the share of all adults was computed.
SCALE_METHODS = {
    "delta": "share among the aware times the share aware; delta-method standard error "
    "carrying both estimates (the aware base)",
    "direct": "the printed share is itself a share of the whole sample (the whole-sample base)",
}
#: The TOST variant (statsmodels ``method`` for a difference of two proportions).
TOST_METHOD = "agresti-caffo"


def _z(confidence: float) -> float:
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def adult_share(
    share_pct: float,
    aware_n: float,
    awareness_pct: float,
    awareness_se_pp: float,
    design_effect: float,
    confidence: float,
) -> tuple[float, float, float, float]:
    """Share of all adults (percent) of a share among the aware, with its delta-method
    standard error and Wald interval (pp / percent, cut to [0, 100]).

    ``share_pct``: share among the aware (0-100); ``aware_n``: aware respondents (estimate);
    ``awareness_pct`` and ``awareness_se_pp``: the estimated share aware and its standard
    error (which already carries the design effect); ``design_effect`` applies to the share
    among the aware. Returns (share_pct, se_pp, ci_low_pct, ci_high_pct).

    Raises ``ValueError`` for a share or awareness outside [0, 100] or a non-positive n.
    """
    if not (0 <= share_pct <= 100 and 0 < awareness_pct <= 100):
        raise ValueError(f"shares must lie in [0, 100]: {share_pct}, {awareness_pct}")
    if aware_n <= 0 or design_effect <= 0:
        raise ValueError("aware_n and design_effect must be positive")
    p, a, se_a = share_pct / 100, awareness_pct / 100, awareness_se_pp / 100
    var_p = p * (1 - p) * design_effect / aware_n
    q = p * a
    se = math.sqrt(a**2 * var_p + p**2 * se_a**2)
    z = _z(confidence)
    low, high = max(0.0, q - z * se), min(1.0, q + z * se)
    return 100 * q, 100 * se, 100 * low, 100 * high


@dataclass(frozen=True)
class Equivalence:
    """Result of :func:`equivalence_test`: the TOST p-value (the larger of the two one-sided
    p-values), whether equivalence is shown at ``alpha``, the margin (pp) and the
    (1 - 2 alpha) interval of the difference (pp) that TOST amounts to."""

    p_value: float
    equivalent: bool
    margin_pp: float
    ci_low_pp: float
    ci_high_pp: float
    smallest_margin_pp: float = float("nan")
    power: float = float("nan")


def tost_power(se_pp: float, margin_pp: float, alpha: float, true_diff_pp: float = 0.0) -> float:
    """Power of the two one-sided tests (normal approximation): the probability that the
    (1 - 2 ``alpha``) interval of a difference with standard error ``se_pp`` (pp) falls inside
    ±``margin_pp`` when the true difference is ``true_diff_pp``. 0 when the interval is wider
    than the margin band whatever the estimate. Raises ``ValueError`` for a standard error or
    margin that is not positive."""
    if se_pp <= 0 or margin_pp <= 0:
        raise ValueError(f"se and margin must be positive, got {se_pp}, {margin_pp}")
    z = NormalDist().inv_cdf(1 - alpha)
    hi = (margin_pp - true_diff_pp) / se_pp - z
    lo = (-margin_pp - true_diff_pp) / se_pp + z
    return max(0.0, NormalDist().cdf(hi) - NormalDist().cdf(lo))


def equivalence_test(
    share_1_pct: float,
    n_1: float,
    share_2_pct: float,
    n_2: float,
    margin_pp: float,
    design_effect: float,
    alpha: float,
) -> Equivalence:
    """Two one-sided tests that the change from wave 1 to wave 2 lies within ±``margin_pp``.

    ``n_1``, ``n_2``: respondents behind each share (estimates allowed); they count as
    ``n / design_effect``. Uses ``statsmodels.stats.proportion.tost_proportions_2indep``
    (:data:`TOST_METHOD`, difference of wave 2 minus wave 1). Equivalence is shown when the
    TOST p-value is below ``alpha``. Raises ``ValueError`` for a margin that is not
    positive or a share outside [0, 100]. ``smallest_margin_pp``: the farthest bound of the
    (1 - 2 alpha) interval, the narrowest margin these data could establish;
    ``power``: :func:`tost_power` at the margin if the true change were zero.
    """
    from statsmodels.stats.proportion import tost_proportions_2indep

    if margin_pp <= 0:
        raise ValueError(f"the equivalence margin must be positive, got {margin_pp}")
    for s in (share_1_pct, share_2_pct):
        if not 0 <= s <= 100:
            raise ValueError(f"a share must lie in [0, 100], got {s}")
    e1, e2 = inference.effective_n(n_1, design_effect), inference.effective_n(n_2, design_effect)
    p1, p2, m = share_1_pct / 100, share_2_pct / 100, margin_pp / 100
    res = tost_proportions_2indep(p2 * e2, e2, p1 * e1, e1, -m, m, method=TOST_METHOD)
    se = math.sqrt(p1 * (1 - p1) / e1 + p2 * (1 - p2) / e2)
    z = _z(1 - 2 * alpha)
    diff = p2 - p1
    low, high = 100 * (diff - z * se), 100 * (diff + z * se)
    return Equivalence(
        p_value=float(res.pvalue),
        equivalent=bool(res.pvalue < alpha),
        margin_pp=float(margin_pp),
        ci_low_pp=low,
        ci_high_pp=high,
        smallest_margin_pp=max(abs(low), abs(high)),
        power=tost_power(100 * se, float(margin_pp), alpha),
    )


# --- processed tables ------------------------------------------------------------------------


class SurveyScales(pa.DataFrameModel):
    """Every share of Tables 1 and 2 on three scales: of the respondents who answered it, of
    the aware, and of all adults. Key: ``indicator, category, wave_year, table_base,
    design_effect``. Method: module docstring (delta method for the aware base)."""

    indicator: str = pa.Field(isin=["table1", "table2"], description="Which table.")
    category: str = pa.Field(description="Answer category (as in survey_intervals).")
    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    table_base: str = pa.Field(
        isin=list(CHOICES["table_base"]),
        description="Who answered Tables 1-2 under this reading: `aware` or `whole_sample`.",
    )
    design_effect: float = pa.Field(ge=1, description="Design effect assumed.")
    confidence_level: float = pa.Field(gt=0, lt=1, description="Confidence level.")
    share_of_respondents_pct: float = share_field(description="The share as printed.")
    share_of_aware_pct: float = share_field(
        nullable=True,
        description="Share among the aware: the printed share under the aware base; empty "
        "under the whole-sample base (not known).",
    )
    awareness_pct: float = share_field(
        description="Estimated share of adults aware of the Kurultai (awareness_overall)."
    )
    share_of_adults_pct: float = share_field(description="Estimated share of all adults.")
    se_adults_pp: float = pa.Field(
        ge=0,
        description="Standard error of share_of_adults_pct.",
        metadata={"unit": "percentage points"},
    )
    ci_low_adults_pct: float = share_field(description="Lower end of its interval.")
    ci_high_adults_pct: float = share_field(description="Upper end of its interval.")
    method: str = pa.Field(
        isin=list(SCALE_METHODS),
        description="`delta`: " + SCALE_METHODS["delta"] + "; `direct`: " + SCALE_METHODS["direct"],
    )
    is_default: bool = pa.Field(description="The build's own base and design effect.")

    class Config:
        strict = True
        ordered = True
        unique = ["indicator", "category", "wave_year", "table_base", "design_effect"]

    @table_check("the interval contains the share of adults")
    def _contains(cls, df: pd.DataFrame) -> pd.Series:
        return (df["ci_low_adults_pct"] <= df["share_of_adults_pct"] + 1e-9) & (
            df["share_of_adults_pct"] <= df["ci_high_adults_pct"] + 1e-9
        )

    @table_check("a share of adults is never larger than the share it comes from")
    def _not_larger(cls, df: pd.DataFrame) -> pd.Series:
        return df["share_of_adults_pct"] <= df["share_of_respondents_pct"] + 1e-9


class SurveyScaleChanges(pa.DataFrameModel):
    """The 2023 to 2024 change of each share of all adults (survey_scales), with a Wald
    interval from the two waves' standard errors (independent samples). Key: ``indicator,
    category, table_base, design_effect``."""

    indicator: str = pa.Field(isin=["table1", "table2"], description="Which table.")
    category: str = pa.Field(description="Answer category.")
    table_base: str = pa.Field(isin=list(CHOICES["table_base"]), description="Base.")
    design_effect: float = pa.Field(ge=1, description="Design effect assumed.")
    share_2023_pct: float = share_field(description="Share of adults, 2023.")
    share_2024_pct: float = share_field(description="Share of adults, 2024.")
    diff_pp: float = pa.Field(
        description="2024 minus 2023.", metadata={"unit": "percentage points"}
    )
    ci_low_pp: float = pa.Field(
        description="Lower end of the interval.", metadata={"unit": "percentage points"}
    )
    ci_high_pp: float = pa.Field(
        description="Upper end of the interval.", metadata={"unit": "percentage points"}
    )
    exceeds_sampling_error: bool = pa.Field(description="The interval excludes zero.")
    is_default: bool = pa.Field(description="The build's own base and design effect.")

    class Config:
        strict = True
        ordered = True
        unique = ["indicator", "category", "table_base", "design_effect"]


def survey_scales(
    intervals: pd.DataFrame, overall: pd.DataFrame, parameters_frame: pd.DataFrame
) -> pd.DataFrame:
    """Build :class:`SurveyScales` from the processed ``survey_intervals`` (rows of Tables 1-2,
    group ``all``, size scenarios ``aware`` and ``reported``) and ``awareness_overall`` (the
    build's age-size method), for every design effect the build computes."""
    p = from_frame(parameters_frame)
    aw = overall[overall["age_size_method"] == p.age_size_method].set_index(
        ["wave_year", "design_effect"]
    )
    scenario_base = {"aware": "aware", "reported": "whole_sample"}
    iv = intervals[
        intervals["indicator"].isin(["table1", "table2"])
        & (intervals["group"] == "all")
        & intervals["size_scenario"].isin(list(scenario_base))
    ]
    rows = []
    for r in iv.itertuples(index=False):
        base = scenario_base[r.size_scenario]
        a = aw.loc[(r.wave_year, r.design_effect)]
        if base == "aware":
            q, se, low, high = adult_share(
                r.share_pct,
                float(a["aware_respondents_est"]),
                float(a["share_pct"]),
                float(a["se_pp"]),
                r.design_effect,
                r.confidence_level,
            )
            of_aware, method = r.share_pct, "delta"
        else:
            q, low, high = r.share_pct, r.ci_low_pct, r.ci_high_pct
            se = 100 * math.sqrt(
                (r.share_pct / 100) * (1 - r.share_pct / 100) / r.effective_respondents
            )
            of_aware, method = float("nan"), "direct"
        rows.append(
            {
                "indicator": r.indicator,
                "category": r.category,
                "wave_year": int(r.wave_year),
                "table_base": base,
                "design_effect": float(r.design_effect),
                "confidence_level": float(r.confidence_level),
                "share_of_respondents_pct": float(r.share_pct),
                "share_of_aware_pct": of_aware,
                "awareness_pct": round(float(a["share_pct"]), 4),
                "share_of_adults_pct": round(q, 4),
                "se_adults_pp": round(se, 4),
                "ci_low_adults_pct": round(low, 4),
                "ci_high_adults_pct": round(high, 4),
                "method": method,
                "is_default": bool(base == p.table_base and r.design_effect == p.design_effect),
            }
        )
    return pd.DataFrame(rows)


def survey_scale_changes(scales: pd.DataFrame, parameters_frame: pd.DataFrame) -> pd.DataFrame:
    """Build :class:`SurveyScaleChanges` from ``survey_scales``: Wald interval of the change at
    the build's confidence level, the two waves treated as independent samples."""
    z = _z(from_frame(parameters_frame).confidence_level)
    keys = ["indicator", "category", "table_base", "design_effect"]
    rows = []
    for key, g in scales.groupby(keys, sort=False):
        w = g.set_index("wave_year")
        if set(w.index) != set(WAVE_YEARS):
            raise LookupError(f"survey_scales lacks a wave for {key}")
        s1, s2 = w.loc[2023], w.loc[2024]
        diff = s2["share_of_adults_pct"] - s1["share_of_adults_pct"]
        se = math.hypot(s1["se_adults_pp"], s2["se_adults_pp"])
        low, high = diff - z * se, diff + z * se
        rows.append(
            dict(zip(keys, key, strict=True))
            | {
                "share_2023_pct": float(s1["share_of_adults_pct"]),
                "share_2024_pct": float(s2["share_of_adults_pct"]),
                "diff_pp": round(float(diff), 4),
                "ci_low_pp": round(float(low), 4),
                "ci_high_pp": round(float(high), 4),
                "exceeds_sampling_error": bool(low > 0 or high < 0),
                "is_default": bool(s1["is_default"]),
            }
        )
    return pd.DataFrame(rows)


def build_survey_scales(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline builder of ``survey_scales``."""
    return survey_scales(built["survey_intervals"], built["awareness_overall"], built["parameters"])


def build_survey_scale_changes(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline builder of ``survey_scale_changes``."""
    return survey_scale_changes(built["survey_scales"], built["parameters"])


_SOURCES = (
    "article/attitude_shares.csv",
    "article/awareness_by_age.csv",
    "article/survey_waves.csv",
    "public/wpp2024_kazakhstan_age5.csv",
)

OUTPUTS = [
    Output(
        "survey_scales",
        build_survey_scales,
        SurveyScales,
        _SOURCES,
        "Shares of Tables 1 and 2 among respondents, the aware and all adults (estimates)",
    ),
    Output(
        "survey_scale_changes",
        build_survey_scale_changes,
        SurveyScaleChanges,
        _SOURCES,
        "2023 to 2024 changes of the shares of all adults (estimates)",
    ),
]
