"""Survey inference: margins of error, intervals, tests of change, and age-group sizes.

The article publishes shares only (percent, one decimal) and the two sample sizes
(n = 2,400 in July 2023 and 1,200 in October 2024; seed lines 113-120). Everything here
turns a printed share and an n into what a reader needs to judge it:

* :func:`margin_of_error_pp` - the conventional "plus or minus" (normal approximation).
* :func:`share_interval` - the 95% Wilson score interval (statsmodels
  ``proportion_confint``), better than the normal approximation near 0 or 100.
* :func:`change_test` - a 2023 -> 2024 difference in percentage points with its
  Miettinen-Nurminen score interval and the matching score test (statsmodels
  ``confint_proportions_2indep`` / ``test_proportions_2indep``), so the interval excludes
  zero exactly when p < 0.05.
* :func:`overall_share` - a share of the whole sample from the shares of its groups
  (strata) and their sizes, with a stratified interval (used for overall awareness).
* :func:`adjust_p_values` - p-values adjusted for testing many changes at once
  (statsmodels ``multipletests``: Holm, Bonferroni or Benjamini-Hochberg).
* :func:`distribution_test` - one chi-square test of two waves over all answers of a
  question, on effective counts (share x n / design effect).
* :func:`single_year_population`, :func:`population_on`, :func:`age_group_population` -
  the UN population (World Population Prospects 2024, five-year bands, thousands) spread
  evenly over single years of age and interpolated to a fieldwork date; the basis of the
  estimated respondents per age group, which the article does not publish.

The surveys are quota samples, not probability samples: the design effect (``deff``)
stands in for the unknown extra variance of clustering and quota selection. A design
effect ``d`` turns ``n`` respondents into ``n / d`` effective respondents. The build's
design effect and confidence level come from the parameters (:mod:`analysis.params`);
:func:`design_effect_grid` adds :data:`SENSITIVITY_DESIGN_EFFECTS` for the sensitivity runs.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd

#: Default confidence level of the functions below (a build passes its parameter).
CONFIDENCE = 0.95
#: Design effects always shown beside the build's own (1.0 = simple random sample).
SENSITIVITY_DESIGN_EFFECTS = (1.0, 1.5, 2.0)
#: p-value adjustments :func:`adjust_p_values` accepts ("none": p-values as they are).
P_ADJUSTMENTS = ("holm", "bonferroni", "fdr_bh", "none")
#: Their names in notes and sentences are the catalogs' ``survey-adjustment-<code>``
#: (``locales/<lang>/survey.ftl``; "_" as "-").
#: Reference dates of the WPP 2024 figures (populations on 1 July).
WPP_DATES = (pd.Timestamp("2020-07-01"), pd.Timestamp("2025-07-01"))
#: Oldest single year kept; the open band "100+" is held as one year of age 100.
OPEN_AGE = 100


def _z(confidence: float) -> float:
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, got {confidence}")
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def design_effect_grid(design_effect: float) -> tuple[float, ...]:
    """The design effects of a build: :data:`SENSITIVITY_DESIGN_EFFECTS` plus the build's
    own ``design_effect``, sorted, without duplicates (e.g. 1.8 -> (1.0, 1.5, 1.8, 2.0))."""
    return tuple(sorted({*SENSITIVITY_DESIGN_EFFECTS, float(design_effect)}))


def effective_n(n: float, design_effect: float = 1.0) -> float:
    """Effective sample size ``n / design_effect`` (respondents).

    Raises ``ValueError`` when ``n`` or ``design_effect`` is not positive.
    """
    if n <= 0:
        raise ValueError(f"sample size must be positive, got {n}")
    if design_effect <= 0:
        raise ValueError(f"design effect must be positive, got {design_effect}")
    return n / design_effect


def _proportion(share_pct: float) -> float:
    if not 0 <= share_pct <= 100:
        raise ValueError(f"share must be in percent (0-100), got {share_pct}")
    return share_pct / 100


def margin_of_error_pp(
    share_pct: float, n: float, design_effect: float = 1.0, confidence: float = CONFIDENCE
) -> float:
    """Margin of error of a share, in percentage points: ``z * sqrt(p(1-p) / (n/deff))``.

    ``share_pct`` is in percent (0-100), ``n`` in respondents. For n = 2,400, p = 50% and
    deff = 1 this is 2.0 pp. Raises ``ValueError`` for a share outside 0-100 or a
    non-positive n or design effect.
    """
    p = _proportion(share_pct)
    n_eff = effective_n(n, design_effect)
    return 100 * _z(confidence) * float(np.sqrt(p * (1 - p) / n_eff))


def share_interval(
    share_pct: float, n: float, design_effect: float = 1.0, confidence: float = CONFIDENCE
) -> tuple[float, float]:
    """Wilson score interval of a share, in percent: ``(low, high)``.

    Uses statsmodels ``proportion_confint(method="wilson")`` on the effective sample
    (``count = p * n / deff`` of ``n / deff``; counts need not be whole numbers).
    """
    p = _proportion(share_pct)
    n_eff = effective_n(n, design_effect)
    # Imported here: statsmodels takes ~1.5 s to import and only the pipeline needs it.
    from statsmodels.stats.proportion import proportion_confint

    low, high = proportion_confint(p * n_eff, n_eff, alpha=1 - confidence, method="wilson")
    return 100 * float(low), 100 * float(high)


@dataclass(frozen=True)
class Change:
    """A change of a share between two independent samples (second minus first)."""

    diff_pp: float
    ci_low_pp: float
    ci_high_pp: float
    z_score: float
    p_value: float
    relative_change_pct: float

    @property
    def exceeds_sampling_error(self) -> bool:
        """True when the interval excludes zero (equivalently p below 1 - confidence)."""
        return self.ci_low_pp > 0 or self.ci_high_pp < 0


def change_test(
    share1_pct: float,
    n1: float,
    share2_pct: float,
    n2: float,
    design_effect: float = 1.0,
    confidence: float = CONFIDENCE,
) -> Change:
    """Difference ``share2 - share1`` in percentage points, its score interval and test.

    The two waves are independent samples. Interval: Miettinen-Nurminen score interval
    (statsmodels ``confint_proportions_2indep(method="score")``); test: the score test of
    zero difference (``test_proportions_2indep(method="score")``), both on effective
    sample sizes ``n / design_effect``. ``relative_change_pct`` is
    ``100 * (share2 - share1) / share1`` (NaN when share1 is 0).
    """
    p1, p2 = _proportion(share1_pct), _proportion(share2_pct)
    m1, m2 = effective_n(n1, design_effect), effective_n(n2, design_effect)
    from statsmodels.stats.proportion import (
        confint_proportions_2indep,
        test_proportions_2indep,
    )

    low, high = confint_proportions_2indep(
        p2 * m2, m2, p1 * m1, m1, method="score", compare="diff", alpha=1 - confidence
    )
    res = test_proportions_2indep(
        p2 * m2, m2, p1 * m1, m1, method="score", compare="diff", return_results=True
    )
    relative = 100 * (p2 - p1) / p1 if p1 > 0 else float("nan")
    return Change(
        diff_pp=100 * (p2 - p1),
        ci_low_pp=100 * float(low),
        ci_high_pp=100 * float(high),
        z_score=float(res.statistic),
        p_value=float(res.pvalue),
        relative_change_pct=relative,
    )


def _band_bounds(band: str) -> tuple[int, int]:
    if band.endswith("+"):
        start = int(band[:-1])
        return start, start
    lo, hi = band.split("-")
    return int(lo), int(hi)


def single_year_population(wpp: pd.DataFrame) -> pd.DataFrame:
    """Spread each five-year band evenly over its single years of age.

    Parameters
    ----------
    wpp:
        The raw WPP 2024 table (``public/wpp2024_kazakhstan_age5.csv``): ``age`` band labels
        "0-4" ... "95-99", "100+", and ``total_2020`` / ``total_2025`` in thousands.

    Returns
    -------
    One row per single year of age 0-100 (100 stands for the open band "100+"): ``age``
    (int), ``pop_2020`` and ``pop_2025`` (float, thousands). Band totals are preserved.

    Raises
    ------
    ValueError
        If the bands do not cover ages 0 to 100 exactly once.
    """
    rows = []
    for band, p20, p25 in zip(wpp["age"], wpp["total_2020"], wpp["total_2025"], strict=True):
        lo, hi = _band_bounds(str(band))
        width = hi - lo + 1
        rows += [(age, p20 / width, p25 / width) for age in range(lo, hi + 1)]
    out = pd.DataFrame(rows, columns=["age", "pop_2020", "pop_2025"])
    if out["age"].tolist() != list(range(OPEN_AGE + 1)):
        raise ValueError("population bands must cover ages 0-100 once each, in order")
    return out


def interpolation_weight(date: pd.Timestamp) -> float:
    """Weight of the 2025 figure for a date: 0 on 1 July 2020, 1 on 1 July 2025 (linear)."""
    start, end = WPP_DATES
    return (pd.Timestamp(date) - start) / (end - start)


def population_on(single: pd.DataFrame, date: pd.Timestamp) -> pd.Series:
    """Population by single year of age (thousands) on ``date``, interpolated linearly.

    ``single`` is :func:`single_year_population`'s frame; returns a float Series indexed by
    ``age``. Raises ``ValueError`` for a date outside mid-2020 to mid-2025 (no
    extrapolation).
    """
    w = interpolation_weight(date)
    if not 0 <= w <= 1:
        raise ValueError(f"{date:%Y-%m-%d} is outside the WPP interpolation range 2020-2025")
    pop = (1 - w) * single["pop_2020"] + w * single["pop_2025"]
    return pd.Series(pop.to_numpy(), index=single["age"].to_numpy(), name="population")


def age_group_population(by_age: pd.Series, age_min: int, age_max: int | None) -> float:
    """Sum of ``by_age`` (indexed by single year) over ``age_min``-``age_max`` inclusive;
    ``age_max=None`` means open-ended."""
    top = OPEN_AGE if age_max is None or pd.isna(age_max) else int(age_max)
    return float(by_age.loc[int(age_min) : top].sum())


@dataclass(frozen=True)
class OverallShare:
    """A whole-sample share estimated from its groups (percent, pp)."""

    share_pct: float
    se_pp: float
    ci_low_pct: float
    ci_high_pct: float


def overall_share(
    shares_pct: list[float],
    sizes: list[float],
    design_effect: float = 1.0,
    confidence: float = CONFIDENCE,
) -> OverallShare:
    """The share of the whole sample from the shares of its groups and their sizes.

    ``shares_pct`` are the groups' shares (percent 0-100); ``sizes`` their respondents (the
    groups make up the whole sample). The share is the size-weighted mean; its standard
    error treats the groups as strata: ``sqrt(sum(w_g^2 p_g (1 - p_g) / (n_g / deff)))``
    with ``w_g = n_g / n``; the interval is share +/- z * se (normal approximation), in
    percent. Raises ``ValueError`` for mismatched lengths, a share outside 0-100 or a
    non-positive size or design effect.
    """
    if len(shares_pct) != len(sizes) or not sizes:
        raise ValueError("need one size per group share, and at least one group")
    props = [_proportion(s) for s in shares_pct]
    m = [effective_n(n, design_effect) for n in sizes]
    total = float(sum(sizes))
    w = [n / total for n in sizes]
    p = sum(wi * pi for wi, pi in zip(w, props, strict=True))
    var = sum(wi * wi * pi * (1 - pi) / mi for wi, pi, mi in zip(w, props, m, strict=True))
    half = _z(confidence) * float(np.sqrt(var))
    return OverallShare(100 * p, 100 * float(np.sqrt(var)), 100 * (p - half), 100 * (p + half))


def adjust_p_values(p_values: list[float], method: str) -> list[float]:
    """``p_values`` adjusted for testing them as one family (statsmodels ``multipletests``).

    ``method`` is one of :data:`P_ADJUSTMENTS`: ``holm`` (Holm-Bonferroni step-down),
    ``bonferroni``, ``fdr_bh`` (Benjamini-Hochberg false discovery rate) or ``none`` (the
    p-values unchanged). Raises ``ValueError`` for another method or a p outside 0-1.
    """
    if method not in P_ADJUSTMENTS:
        raise ValueError(f"p-value adjustment must be one of {P_ADJUSTMENTS}, got {method!r}")
    if any(not 0 <= p <= 1 for p in p_values):
        raise ValueError("p-values must lie in 0-1")
    if method == "none" or not p_values:
        return [float(p) for p in p_values]
    from statsmodels.stats.multitest import multipletests

    # statsmodels' Holm branch calls gc.collect() on every call: a full collection that
    # scans every live object (0.1-0.5 s in a process holding many frames, 15 calls per
    # pipeline run). Freezing the objects that exist now (gc.freeze, O(1)) leaves that
    # collection only the few the call itself makes; unfreeze hands them back.
    gc.freeze()
    try:
        adjusted = multipletests(list(p_values), method=method)[1]
    finally:
        gc.unfreeze()
    return [float(p) for p in adjusted]


@dataclass(frozen=True)
class DistributionTest:
    """Chi-square test that two waves share one distribution over a question's answers."""

    chi2: float
    dof: int
    p_value: float
    cramers_v: float
    effective_n1: float
    effective_n2: float


def distribution_test(
    shares1_pct: list[float], n1: float, shares2_pct: list[float], n2: float, design_effect=1.0
) -> DistributionTest:
    """Pearson chi-square test of homogeneity of two waves over all answers of a question.

    The shares of each wave (percent, same answers in the same order) are turned into
    effective counts ``share / 100 * n / design_effect``; the test is scipy's
    ``chi2_contingency`` on the 2 x k table (no continuity correction; dof = k - 1).
    ``cramers_v`` is ``sqrt(chi2 / N_eff)`` (the effect size of a 2 x k table). Raises
    ``ValueError`` for answers that differ in number or a share outside 0-100.
    """
    if len(shares1_pct) != len(shares2_pct) or len(shares1_pct) < 2:
        raise ValueError("both waves need the same answers, at least two")
    m1, m2 = effective_n(n1, design_effect), effective_n(n2, design_effect)
    table = np.array(
        [[_proportion(s) * m1 for s in shares1_pct], [_proportion(s) * m2 for s in shares2_pct]]
    )
    from scipy.stats import chi2_contingency

    res = chi2_contingency(table, correction=False)
    chi2 = float(res.statistic)
    return DistributionTest(
        chi2=chi2,
        dof=int(res.dof),
        p_value=float(res.pvalue),
        cramers_v=float(np.sqrt(chi2 / table.sum())),
        effective_n1=float(table[0].sum()),
        effective_n2=float(table[1].sum()),
    )
