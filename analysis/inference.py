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
* :func:`single_year_population`, :func:`population_on`, :func:`age_group_population` -
  the UN population (World Population Prospects 2024, five-year bands, thousands) spread
  evenly over single years of age and interpolated to a fieldwork date; the basis of the
  estimated respondents per age group, which the article does not publish.

The surveys are quota samples, not probability samples: the design effect (``deff``)
stands in for the unknown extra variance of clustering and quota selection. A design
effect ``d`` turns ``n`` respondents into ``n / d`` effective respondents. The book's
default is :data:`DEFAULT_DESIGN_EFFECT`; :data:`DESIGN_EFFECTS` are the sensitivity runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd

#: Confidence level of every interval in the book.
CONFIDENCE = 0.95
#: Design effects for the sensitivity runs (1.0 = simple random sample).
DESIGN_EFFECTS = (1.0, 1.5, 2.0)
#: The book's default design effect for a face-to-face quota sample with regional clusters.
DEFAULT_DESIGN_EFFECT = 1.5
#: Reference dates of the WPP 2024 figures (populations on 1 July).
WPP_DATES = (pd.Timestamp("2020-07-01"), pd.Timestamp("2025-07-01"))
#: Oldest single year kept; the open band "100+" is held as one year of age 100.
OPEN_AGE = 100


def _z(confidence: float) -> float:
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, got {confidence}")
    return NormalDist().inv_cdf(0.5 + confidence / 2)


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
