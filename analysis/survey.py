"""Survey waves, awareness by age and attitudes (Tables 1 and 2): processed tables.

Source: the article's survey section (seed lines 113-120 and 315-420), transcribed in
data/raw/article/{survey_waves,awareness_by_age,attitude_shares}.csv. Shares are percent
(0-100); differences are percentage points (pp).

The inference tables (``awareness_overall``, ``survey_intervals``, ``survey_changes``,
``attitude_distribution_tests``) read the build's parameters from the processed table
``parameters`` (:func:`analysis.params.from_frame`): the design effect (plus the
sensitivity grid of :func:`analysis.inference.design_effect_grid`), the confidence level,
the base of Tables 1 and 2 (``table_base``), the age-group sizes (``age_size_method``) and
the p-value adjustment (``multiple_comparison``). Rows the book states carry
``is_default``.
"""

from __future__ import annotations

import gc

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from analysis import inference
from analysis.outputs import Output, RawTables
from analysis.params import RANGES, Params, from_frame
from analysis.schemas.common import (
    ROUNDING_TOLERANCE_PP,
    WAVE_YEARS,
    closes_to_100,
    locator_field,
    share_field,
    status_field,
    table_check,
)
from analysis.schemas.raw import AGE_GROUPS, ATTITUDE_CATEGORIES

TABLE_TITLES = {
    "table1": "Table 1. Attitude to the Kurultai's work",
    "table2": "Table 2. Change of attitude during the Kurultai's work",
}
CATEGORY_LABELS = {
    "positive": "Positive (incl. rather positive)",
    "neutral": "Neutral",
    "negative": "Negative (incl. rather negative)",
    "changed_positive": "Changed for the better",
    "no_change": "Did not change",
    "changed_negative": "Changed for the worse",
}


#: The nine 2023 -> 2024 changes the book shows, keyed by (measure, group, category) of
#: ``survey_changes``, in display order, with the code of each row; its labels are the
#: catalogs' ``survey-change-<code>`` (tables) and ``survey-fig-change-<code>`` (charts)
#: († year or group inferred, * rests on an implied cell).
CHANGE_ROWS = {
    ("awareness", "18-28", "aware"): "young",
    ("awareness", "29-60", "aware"): "middle",
    ("awareness", "61+", "aware"): "old",
    ("table1", "all", "positive"): "t1-positive",
    ("table1", "all", "neutral"): "t1-neutral",
    ("table1", "all", "negative"): "t1-negative",
    ("table2", "all", "changed_positive"): "t2-better",
    ("table2", "all", "no_change"): "t2-same",
    ("table2", "all", "changed_negative"): "t2-worse",
}


class SurveyWaves(pa.DataFrameModel):
    """One row per survey wave. Key: ``wave_year``."""

    wave_year: int = pa.Field(isin=WAVE_YEARS, unique=True, description="Year of the wave.")
    fieldwork_start: Series[pd.Timestamp] = pa.Field(
        description="First day of fieldwork.", metadata={"unit": "date"}
    )
    fieldwork_end: Series[pd.Timestamp] = pa.Field(
        description="Last day of fieldwork.", metadata={"unit": "date"}
    )
    fieldwork_midpoint: Series[pd.Timestamp] = pa.Field(
        description="Middle day of fieldwork (for population interpolation).",
        metadata={"unit": "date"},
    )
    respondents: int = pa.Field(
        gt=0, description="Sample size n.", metadata={"unit": "respondents"}
    )
    mode: str = pa.Field(description="Interview mode.")
    fielded_by_en: str = pa.Field(
        description="Organisation that fielded the survey (its name in English)."
    )
    quota_variables: str = pa.Field(description="Quota variables, separated by ';'.")
    locator: str = locator_field()
    value_status: str = status_field()

    class Config:
        strict = True
        ordered = True


class AwarenessByAge(pa.DataFrameModel):
    """Share aware of the Kurultai, by wave and age group. Key: ``wave_year, age_group``."""

    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    age_group: str = pa.Field(isin=AGE_GROUPS, description="Age group (years).")
    age_group_as_printed: str = pa.Field(description="The age group as printed.")
    age_min: int = pa.Field(ge=18, description="Youngest age.", metadata={"unit": "years of age"})
    age_max: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        description="Oldest age; empty for the open group.",
        metadata={"unit": "years of age"},
    )
    share_pct: float = share_field(description="Share of the age group aware of the Kurultai.")
    value_status: str = status_field()
    locator: str = locator_field()
    note: str = pa.Field(nullable=True, description="Transcriber's note (in English).")

    class Config:
        strict = True
        ordered = True
        unique = ["wave_year", "age_group"]


class AttitudeShares(pa.DataFrameModel):
    """Tables 1 and 2, one row per table, wave and answer. Key: ``table_id, wave_year,
    category``. Each table closes to 100 within 0.2 pp in each wave."""

    table_id: str = pa.Field(isin=list(ATTITUDE_CATEGORIES), description="Article table.")
    table_title: str = pa.Field(description="Title of the article's table, in English.")
    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    category: str = pa.Field(isin=list(CATEGORY_LABELS), description="Answer category id.")
    category_label: str = pa.Field(description="Answer category, in English.")
    category_kk: str = pa.Field(description="Answer category as the article words it.")
    category_order: int = pa.Field(
        ge=1, le=3, description="Order of the answer in its table (from most to least favourable)."
    )
    share_pct: float = share_field()
    value_status: str = status_field()
    locator: str = locator_field()
    note: str = pa.Field(
        nullable=True, description="Reasoning for inferred/implied values (in English)."
    )

    class Config:
        strict = True
        ordered = True
        unique = ["table_id", "wave_year", "category"]

    @table_check("each table's shares close to 100 within 0.2 pp in each wave")
    def _closes(cls, df: pd.DataFrame) -> pd.Series:
        return closes_to_100(df, ["table_id", "wave_year"])


class YearOrderReadings(pa.DataFrameModel):
    """The two ways to read Table 1's '70,6%/76,1%' and what each wave then sums to.
    Key: ``reading, wave_year``."""

    reading: str = pa.Field(isin=["A", "B"], description="Candidate reading.")
    reading_label: str = pa.Field(description="Which year gets which positive share.")
    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    positive_pct: float = share_field(description="Positive share under this reading.")
    neutral_pct: float = share_field(description="Neutral share (printed).")
    negative_pct: float = share_field(description="Negative share (printed).")
    total_pct: float = pa.Field(
        ge=0, le=200, description="Sum of the three shares.", metadata={"unit": "percent"}
    )
    gap_pp: float = pa.Field(
        description="total_pct minus 100.", metadata={"unit": "percentage points"}
    )
    feasible: bool = pa.Field(description="True when both waves close to 100 within 0.2 pp.")
    chosen: bool = pa.Field(description="True for the reading carried into the data.")
    positive_change_pp: float = pa.Field(
        description="Change of the positive share 2023 -> 2024 under this reading.",
        metadata={"unit": "percentage points"},
    )

    class Config:
        strict = True
        ordered = True
        unique = ["reading", "wave_year"]


def build_survey_waves(raw: RawTables, _: dict) -> pd.DataFrame:
    """Processed survey waves (see :class:`SurveyWaves`) from article/survey_waves.csv."""
    df = raw["article/survey_waves.csv"].copy()
    df["fieldwork_midpoint"] = (
        df["fieldwork_start"] + (df["fieldwork_end"] - df["fieldwork_start"]) / 2
    )
    df["fieldwork_midpoint"] = df["fieldwork_midpoint"].dt.floor("D")
    cols = list(SurveyWaves.to_schema().columns)
    return df[cols].sort_values("wave_year").reset_index(drop=True)


def build_awareness(raw: RawTables, _: dict) -> pd.DataFrame:
    """Processed awareness shares (see :class:`AwarenessByAge`)."""
    df = raw["article/awareness_by_age.csv"].copy()
    df["age_group"] = pd.Categorical(df["age_group"], AGE_GROUPS)
    df = df.sort_values(["wave_year", "age_group"]).reset_index(drop=True)
    df["age_group"] = df["age_group"].astype(str)
    return df[list(AwarenessByAge.to_schema().columns)]


def build_attitudes(raw: RawTables, _: dict) -> pd.DataFrame:
    """Processed Tables 1 and 2 (see :class:`AttitudeShares`)."""
    df = raw["article/attitude_shares.csv"].copy()
    df["table_title"] = df["table_id"].map(TABLE_TITLES)
    df["category_label"] = df["category"].map(CATEGORY_LABELS)
    order = {c: i + 1 for cats in ATTITUDE_CATEGORIES.values() for i, c in enumerate(cats)}
    df["category_order"] = df["category"].map(order)
    df = df.sort_values(["table_id", "wave_year", "category_order"]).reset_index(drop=True)
    return df[list(AttitudeShares.to_schema().columns)]


def year_order_readings(attitudes: pd.DataFrame) -> pd.DataFrame:
    """Both readings of the printed pair '70,6%/76,1%' (Table 1, positive answers).

    Takes the processed attitude shares (:class:`AttitudeShares`) and returns one row per
    reading and wave (:class:`YearOrderReadings`): reading A gives 76.1 to 2023 and 70.6 to
    2024; reading B the reverse. A reading is feasible when both waves close to 100 within
    the rounding tolerance; the data carry reading A, the only feasible one.
    """
    t1 = attitudes[attitudes["table_id"] == "table1"].set_index(["wave_year", "category"])
    pair = sorted(t1.xs("positive", level="category")["share_pct"])  # [70.6, 76.1]
    readings = {"A": {2023: pair[1], 2024: pair[0]}, "B": {2023: pair[0], 2024: pair[1]}}
    labels = {
        "A": f"{pair[1]:.1f} in 2023, {pair[0]:.1f} in 2024",
        "B": f"{pair[0]:.1f} in 2023, {pair[1]:.1f} in 2024",
    }
    rows = []
    for reading, positive in readings.items():
        for year in WAVE_YEARS:
            neutral = float(t1.loc[(year, "neutral"), "share_pct"])
            negative = float(t1.loc[(year, "negative"), "share_pct"])
            total = round(positive[year] + neutral + negative, 1)
            rows.append(
                {
                    "reading": reading,
                    "reading_label": labels[reading],
                    "wave_year": year,
                    "positive_pct": positive[year],
                    "neutral_pct": neutral,
                    "negative_pct": negative,
                    "total_pct": total,
                    "gap_pp": round(total - 100, 1),
                }
            )
    out = pd.DataFrame(rows)
    ok = out["gap_pp"].abs() <= ROUNDING_TOLERANCE_PP
    out["feasible"] = ok.groupby(out["reading"]).transform("all")
    chosen = {"A" if t1.loc[(2023, "positive"), "share_pct"] == pair[1] else "B"}
    out["chosen"] = out["reading"].isin(chosen)
    out["positive_change_pp"] = out["reading"].map(
        {r: round(v[2024] - v[2023], 1) for r, v in readings.items()}
    )
    return out


def build_year_order(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline wrapper of :func:`year_order_readings` on the processed attitude shares."""
    return year_order_readings(built["attitude_shares"])


#: How the respondents of a share were counted. Tables 1 and 2 print no base: read either
#: as the whole sample (printed n) or as the respondents who had heard of the Kurultai
#: (n times the estimated overall awareness, see :func:`awareness_overall`). Age-group n
#: are not published and are estimated (see :func:`estimate_age_group_sizes`), then varied
#: to see which conclusions depend on the estimate.
SIZE_SCENARIOS = {
    "reported": "whole sample: n as printed",
    "aware": "aware respondents: n times the estimated share aware of the Kurultai",
    "wpp2024": "age group: estimated from UN WPP 2024 (central estimate)",
    "wpp2024_minus20": "age group: central estimate 20% smaller",
    "wpp2024_plus20": "age group: central estimate 20% larger",
    "equal_thirds": "age group: n / 3 for every group",
}
#: The codebook's description of ``size_scenario``: every code of :data:`SIZE_SCENARIOS`.
SIZE_SCENARIO_DESCRIPTION = (
    "How the respondents behind the share were counted: `reported`, the whole sample's n as "
    "printed; `aware`, the aware respondents (n times the estimated share aware); for an age "
    "group, `wpp2024`, estimated from UN WPP 2024 (central estimate), `wpp2024_minus20` and "
    "`wpp2024_plus20`, that estimate 20% smaller or larger, and `equal_thirds`, n / 3 for each "
    "group."
)
assert all(f"`{code}`" in SIZE_SCENARIO_DESCRIPTION for code in SIZE_SCENARIOS)
#: Scenario factor applied to the central age-group estimate (None: n / 3).
_SIZE_FACTORS = {"wpp2024": 1.0, "wpp2024_minus20": 0.8, "wpp2024_plus20": 1.2}
#: The scenario of Tables 1 and 2 under each value of the parameter ``table_base``.
BASE_SCENARIOS = {"whole_sample": "reported", "aware": "aware"}
#: How the age groups are sized under each value of the parameter ``age_size_method``.
AGE_SIZE_SCENARIOS = {"wpp2024": "wpp2024", "equal_thirds": "equal_thirds"}
INDICATORS = {
    "awareness": "Aware of the Kurultai (by age group)",
    "table1": TABLE_TITLES["table1"],
    "table2": TABLE_TITLES["table2"],
}
#: ``group`` of a whole-sample share (all respondents aged 18 and over).
WHOLE_SAMPLE = "all"
GROUPS = [WHOLE_SAMPLE, *AGE_GROUPS]
CATEGORIES = ["aware", *CATEGORY_LABELS]


def design_effect_field() -> pa.Field:
    """Field for an assumed design effect: any value the parameters allow."""
    low, high = RANGES["design_effect"]
    return pa.Field(
        ge=low,
        le=high,
        description="Assumed design effect (the build's own, or a sensitivity run).",
        metadata={"unit": "ratio"},
    )


def confidence_field(description: str | None = None) -> pa.Field:
    """Field for the confidence level of the intervals and tests of a row (``description``
    replaces the default text, for a table without an interval)."""
    low, high = RANGES["confidence_level"]
    return pa.Field(
        ge=low,
        le=high,
        description=description or "Confidence level of the interval (proportion; 0.95 = 95%).",
        metadata={"unit": "proportion"},
    )


def default_field(description: str | None = None) -> pa.Field:
    """Field ``is_default``: the row the book states in its text. The default text fits a
    table whose rows vary the design effect and the size scenario (whole sample and age
    groups); ``description`` replaces it for a table that varies fewer choices."""
    return pa.Field(
        description=description
        or "True for the rows the book states: the build's design effect (parameter "
        "`design_effect`) and the size scenario the parameters choose for the row's group "
        "(`table_base` for the whole sample, `age_size_method` for an age group)."
    )


class AgeGroupSizes(pa.DataFrameModel):
    """ESTIMATED respondents per age group and wave (the article publishes none).
    Key: ``wave_year, age_group``.

    Method: UN WPP 2024 population (thousands) by five-year band, spread evenly over single
    years of age, interpolated linearly between 1 July 2020 and 1 July 2025 to the wave's
    fieldwork midpoint; the wave's n is split in proportion to each group's share of the
    population aged 18 and over (the samples had age quotas)."""

    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    age_group: str = pa.Field(isin=AGE_GROUPS, description="Age group (years).")
    age_min: int = pa.Field(ge=18, description="Youngest age.", metadata={"unit": "years of age"})
    age_max: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        description="Oldest age; empty for the open group.",
        metadata={"unit": "years of age"},
    )
    fieldwork_midpoint: Series[pd.Timestamp] = pa.Field(
        description="Date the population is interpolated to.", metadata={"unit": "date"}
    )
    wpp_weight_2025: float = pa.Field(
        ge=0,
        le=1,
        description="Weight of the 2025 figure (0 = mid-2020, 1 = mid-2025).",
        metadata={"unit": "fraction"},
    )
    population_thousands: float = pa.Field(
        gt=0,
        description="Estimated population of the age group on the midpoint.",
        metadata={"unit": "thousand persons"},
    )
    adult_population_thousands: float = pa.Field(
        gt=0,
        description="Estimated population aged 18 and over on the midpoint.",
        metadata={"unit": "thousand persons"},
    )
    population_share_pct: float = share_field(
        description="The group's share of the population aged 18 and over."
    )
    respondents_wave: int = pa.Field(
        gt=0, description="The wave's sample size n (printed).", metadata={"unit": "respondents"}
    )
    respondents_est: float = pa.Field(
        gt=0,
        description="ESTIMATED respondents in the group: n times population_share_pct / 100.",
        metadata={"unit": "respondents (estimate)"},
    )
    value_status: str = pa.Field(isin=["derived"], description="Always derived (an estimate).")

    class Config:
        strict = True
        ordered = True
        unique = ["wave_year", "age_group"]

    @table_check("estimated respondents add up to the wave's n")
    def _adds_up(cls, df: pd.DataFrame) -> pd.Series:
        total = df.groupby("wave_year")["respondents_est"].transform("sum")
        return (total - df["respondents_wave"]).abs() < 0.01


class AwarenessOverall(pa.DataFrameModel):
    """ESTIMATED share of the whole sample aware of the Kurultai, per wave. Key:
    ``wave_year, age_size_method, design_effect``.

    The article prints awareness by age group only. The overall share is the mean of the
    three groups' shares weighted by their estimated respondents; the interval treats the
    groups as strata (:func:`analysis.inference.overall_share`). ``aware_respondents_est``
    (n times the share) is the base of Tables 1 and 2 when they count aware respondents."""

    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    age_size_method: str = pa.Field(
        isin=list(AGE_SIZE_SCENARIOS),
        description="How the age groups were sized: `wpp2024`, n split by the groups' shares of "
        "the adult population (UN WPP 2024, at the fieldwork midpoint); `equal_thirds`, n / 3 "
        "each.",
    )
    design_effect: float = design_effect_field()
    confidence_level: float = confidence_field()
    respondents: int = pa.Field(
        gt=0, description="The wave's sample size n (printed).", metadata={"unit": "respondents"}
    )
    share_pct: float = share_field(description="ESTIMATED share aware of the Kurultai.")
    se_pp: float = pa.Field(
        ge=0, description="Standard error of the share.", metadata={"unit": "percentage points"}
    )
    ci_low_pct: float = share_field(description="Lower end of the interval (normal approx.).")
    ci_high_pct: float = share_field(description="Upper end of the interval (normal approx.).")
    aware_respondents_est: float = pa.Field(
        gt=0,
        description="ESTIMATED respondents aware of the Kurultai: n times share_pct / 100.",
        metadata={"unit": "respondents (estimate)"},
    )
    value_status: str = pa.Field(isin=["derived"], description="Always derived (an estimate).")
    is_default: bool = default_field(
        "True for the rows the book states: the build's design effect (parameter "
        "`design_effect`) and age-group sizes (parameter `age_size_method`)."
    )

    class Config:
        strict = True
        ordered = True
        unique = ["wave_year", "age_size_method", "design_effect"]

    @table_check("the interval contains the share")
    def _contains(cls, df: pd.DataFrame) -> pd.Series:
        return (df["ci_low_pct"] <= df["share_pct"]) & (df["share_pct"] <= df["ci_high_pct"])


class SurveyIntervals(pa.DataFrameModel):
    """Margin of error and confidence interval of every share the book shows, for each
    design effect and respondent-count scenario. Key: ``indicator, group, category,
    wave_year, size_scenario, design_effect``."""

    indicator: str = pa.Field(isin=list(INDICATORS), description="Which finding.")
    group: str = pa.Field(
        isin=GROUPS, description="`all`, the whole sample (18+), or an age group (years)."
    )
    category: str = pa.Field(isin=CATEGORIES, description="Answer ('aware' for awareness).")
    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    share_pct: float = share_field(description="The share (as in the article or implied).")
    value_status: str = status_field()
    size_scenario: str = pa.Field(isin=list(SIZE_SCENARIOS), description=SIZE_SCENARIO_DESCRIPTION)
    respondents: float = pa.Field(
        gt=0,
        description="Respondents behind the share: printed n, or an ESTIMATE (age groups, "
        "aware respondents).",
        metadata={"unit": "respondents"},
    )
    design_effect: float = design_effect_field()
    confidence_level: float = confidence_field()
    effective_respondents: float = pa.Field(
        gt=0, description="respondents / design_effect.", metadata={"unit": "respondents"}
    )
    moe_pp: float = pa.Field(
        ge=0,
        description="Margin of error, normal approximation: z sqrt(p(1-p)/n_eff), z for the "
        "confidence level (1.96 at 0.95).",
        metadata={"unit": "percentage points"},
    )
    ci_low_pct: float = share_field(description="Lower end of the Wilson score interval.")
    ci_high_pct: float = share_field(description="Upper end of the Wilson score interval.")
    is_default: bool = default_field()

    class Config:
        strict = True
        ordered = True
        unique = ["indicator", "group", "category", "wave_year", "size_scenario", "design_effect"]

    @table_check("the interval contains the share")
    def _contains(cls, df: pd.DataFrame) -> pd.Series:
        return (df["ci_low_pct"] <= df["share_pct"]) & (df["share_pct"] <= df["ci_high_pct"])


class SurveyChanges(pa.DataFrameModel):
    """Every 2023 -> 2024 change: difference in pp, score interval, score test, and the
    p-value adjusted for the family of nine changes tested together.
    Key: ``indicator, group, category, size_scenario, design_effect``.

    The family of a row is the nine changes of one reading: the three awareness changes
    (age groups sized as in the row, or by ``age_size_method``) and the six changes of
    Tables 1 and 2 (base as in the row, or by ``table_base``), at the row's design effect."""

    indicator: str = pa.Field(isin=list(INDICATORS), description="Which finding.")
    group: str = pa.Field(
        isin=GROUPS, description="`all`, the whole sample (18+), or an age group (years)."
    )
    category: str = pa.Field(isin=CATEGORIES, description="Answer ('aware' for awareness).")
    size_scenario: str = pa.Field(
        isin=list(SIZE_SCENARIOS), description="As `size_scenario` of `survey_intervals`."
    )
    design_effect: float = design_effect_field()
    confidence_level: float = confidence_field()
    share_2023_pct: float = share_field(description="Share in the 2023 wave.")
    share_2024_pct: float = share_field(description="Share in the 2024 wave.")
    status_2023: str = status_field(of="the 2023 share (`share_2023_pct`)")
    status_2024: str = status_field(of="the 2024 share (`share_2024_pct`)")
    respondents_2023: float = pa.Field(
        gt=0,
        description="Respondents (estimate for age groups and aware respondents), 2023.",
        metadata={"unit": "respondents"},
    )
    respondents_2024: float = pa.Field(
        gt=0,
        description="Respondents (estimate for age groups and aware respondents), 2024.",
        metadata={"unit": "respondents"},
    )
    diff_pp: float = pa.Field(
        description="share_2024_pct minus share_2023_pct.", metadata={"unit": "percentage points"}
    )
    ci_low_pp: float = pa.Field(
        description="Lower end of the Miettinen-Nurminen score interval of the difference.",
        metadata={"unit": "percentage points"},
    )
    ci_high_pp: float = pa.Field(
        description="Upper end of the score interval of the difference.",
        metadata={"unit": "percentage points"},
    )
    z_score: float = pa.Field(description="Score test statistic for no change.")
    p_value: float = pa.Field(ge=0, le=1, description="Two-sided p-value of the score test.")
    p_adjustment: str = pa.Field(
        isin=list(inference.P_ADJUSTMENTS),
        description="Adjustment for many tests (parameter multiple_comparison).",
    )
    p_adjusted: float = pa.Field(
        ge=0, le=1, description="p_value adjusted within the row's family of nine changes."
    )
    family_size: int = pa.Field(ge=1, description="Number of changes in the row's family.")
    relative_change_pct: float = pa.Field(
        nullable=True,
        description="100 * diff_pp / share_2023_pct: relative growth (not pp); empty when "
        "either share is an implied cell.",
        metadata={"unit": "percent of the 2023 share"},
    )
    exceeds_sampling_error: bool = pa.Field(
        description="True when the interval excludes zero (p below 1 - confidence_level)."
    )
    exceeds_after_adjustment: bool = pa.Field(
        description="True when p_adjusted is below 1 - confidence_level."
    )
    is_default: bool = default_field()

    class Config:
        strict = True
        ordered = True
        unique = ["indicator", "group", "category", "size_scenario", "design_effect"]

    @table_check("the interval contains the difference")
    def _contains(cls, df: pd.DataFrame) -> pd.Series:
        return (df["ci_low_pp"] <= df["diff_pp"]) & (df["diff_pp"] <= df["ci_high_pp"])

    @table_check("an adjusted p-value is never below the raw one")
    def _adjusted(cls, df: pd.DataFrame) -> pd.Series:
        return df["p_adjusted"] >= df["p_value"] - 1e-9


class AttitudeDistributionTests(pa.DataFrameModel):
    """One test per article table, base and design effect: do the 2023 and 2024 waves
    share one distribution over the table's three answers? Key: ``table_id,
    size_scenario, design_effect``.

    Pearson chi-square on the 2 x 3 table of effective counts (share x n / design effect;
    :func:`analysis.inference.distribution_test`). Table 2's test rests on its two implied
    cells."""

    table_id: str = pa.Field(isin=list(ATTITUDE_CATEGORIES), description="Article table.")
    size_scenario: str = pa.Field(
        isin=list(BASE_SCENARIOS.values()),
        description="Base of the table: `reported`, the whole sample (n as printed); `aware`, "
        "the aware respondents.",
    )
    design_effect: float = design_effect_field()
    confidence_level: float = confidence_field(
        "Confidence level of the build (proportion; 0.95 = 95%); this table has no interval, "
        "the level only sets the test's threshold: `exceeds_sampling_error` is True when "
        "p_value is below 1 - confidence_level."
    )
    respondents_2023: float = pa.Field(
        gt=0, description="Respondents behind the table, 2023.", metadata={"unit": "respondents"}
    )
    respondents_2024: float = pa.Field(
        gt=0, description="Respondents behind the table, 2024.", metadata={"unit": "respondents"}
    )
    effective_respondents_2023: float = pa.Field(
        gt=0, description="Sum of the 2023 effective counts.", metadata={"unit": "respondents"}
    )
    effective_respondents_2024: float = pa.Field(
        gt=0, description="Sum of the 2024 effective counts.", metadata={"unit": "respondents"}
    )
    chi2: float = pa.Field(ge=0, description="Pearson chi-square statistic.")
    dof: int = pa.Field(ge=1, description="Degrees of freedom (answers minus one).")
    p_value: float = pa.Field(ge=0, le=1, description="p-value of the chi-square test.")
    cramers_v: float = pa.Field(
        ge=0, le=1, description="Cramer's V: sqrt(chi2 / effective N), the effect size."
    )
    exceeds_sampling_error: bool = pa.Field(
        description="True when p_value is below 1 - confidence_level."
    )
    rests_on_implied: bool = pa.Field(description="True when a cell of the table is implied.")
    is_default: bool = default_field(
        "True for the rows the book states: the build's design effect (parameter "
        "`design_effect`) and base of Tables 1 and 2 (parameter `table_base`)."
    )

    class Config:
        strict = True
        ordered = True
        unique = ["table_id", "size_scenario", "design_effect"]


class Table2Closure(pa.DataFrameModel):
    """How Table 2's two missing cells follow from the printed ones. Key: ``wave_year``."""

    wave_year: int = pa.Field(isin=WAVE_YEARS, unique=True, description="Survey wave.")
    printed: str = pa.Field(
        description="The printed cells of the wave, with their shares (cells named in English)."
    )
    printed_sum_pct: float = share_field(description="Sum of the printed cells.")
    missing_category: str = pa.Field(
        isin=ATTITUDE_CATEGORIES["table2"], description="The cell the article does not print."
    )
    implied_pct: float = share_field(
        description="100 minus printed_sum_pct: the missing cell if nobody answered "
        "'hard to say' (the reading carried into the data)."
    )
    range_if_hard_to_say: str = pa.Field(
        description="What the missing cell could be if some answered 'hard to say'."
    )
    locator: str = locator_field()

    class Config:
        strict = True
        ordered = True


def estimate_age_group_sizes(
    wpp: pd.DataFrame, waves: pd.DataFrame, awareness: pd.DataFrame
) -> pd.DataFrame:
    """ESTIMATED respondents per age group and wave (see :class:`AgeGroupSizes`).

    Parameters
    ----------
    wpp:
        Raw ``public/wpp2024_kazakhstan_age5.csv`` (five-year bands, thousands, 2020 and 2025).
    waves:
        Processed ``survey_waves`` (wave_year, fieldwork_midpoint, respondents).
    awareness:
        Processed ``awareness_by_age``: the age groups' bounds (age_min, age_max).

    Raises
    ------
    ValueError
        If a fieldwork midpoint lies outside mid-2020 to mid-2025.
    """
    single = inference.single_year_population(wpp)
    groups = awareness.drop_duplicates("age_group").set_index("age_group")
    rows = []
    for wave in waves.itertuples():
        by_age = inference.population_on(single, wave.fieldwork_midpoint)
        adult = inference.age_group_population(by_age, 18, None)
        for group in AGE_GROUPS:
            lo, hi = groups.loc[group, "age_min"], groups.loc[group, "age_max"]
            pop = inference.age_group_population(by_age, lo, hi)
            rows.append(
                {
                    "wave_year": wave.wave_year,
                    "age_group": group,
                    "age_min": int(lo),
                    "age_max": hi,
                    "fieldwork_midpoint": wave.fieldwork_midpoint,
                    "wpp_weight_2025": round(
                        inference.interpolation_weight(wave.fieldwork_midpoint), 4
                    ),
                    "population_thousands": round(pop, 3),
                    "adult_population_thousands": round(adult, 3),
                    "population_share_pct": round(100 * pop / adult, 4),
                    "respondents_wave": int(wave.respondents),
                    "respondents_est": wave.respondents * pop / adult,
                    "value_status": "derived",
                }
            )
    out = pd.DataFrame(rows)
    out["age_max"] = out["age_max"].astype("Int64")
    return out


def build_age_group_sizes(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline wrapper of :func:`estimate_age_group_sizes`."""
    return estimate_age_group_sizes(
        raw["public/wpp2024_kazakhstan_age5.csv"],
        built["survey_waves"],
        built["awareness_by_age"],
    )


def _params(built: dict[str, pd.DataFrame]) -> Params:
    """The build's parameters (the processed table ``parameters``)."""
    return from_frame(built["parameters"])


def _shares(awareness: pd.DataFrame, attitudes: pd.DataFrame) -> pd.DataFrame:
    """All shares the book shows, long: indicator, group, category, wave_year, share, status."""
    aware = awareness.assign(indicator="awareness", group=awareness["age_group"], category="aware")
    att = attitudes.assign(indicator=attitudes["table_id"], group=WHOLE_SAMPLE)
    cols = ["indicator", "group", "category", "wave_year", "share_pct", "value_status"]
    return pd.concat([aware[cols], att[cols]], ignore_index=True)


def _group_sizes(waves: pd.DataFrame, sizes: pd.DataFrame, method: str) -> pd.DataFrame:
    """Respondents per (wave_year, age_group) under an ``age_size_method``."""
    n = dict(zip(waves["wave_year"], waves["respondents"], strict=True))
    out = sizes[["wave_year", "age_group", "respondents_est"]].copy()
    if method == "equal_thirds":
        out["respondents_est"] = out["wave_year"].map(n) / len(AGE_GROUPS)
    elif method != "wpp2024":
        raise ValueError(f"unknown age_size_method {method!r}")
    return out


def awareness_overall(
    waves: pd.DataFrame, awareness: pd.DataFrame, sizes: pd.DataFrame, parameters: Params
) -> pd.DataFrame:
    """ESTIMATED overall awareness per wave (see :class:`AwarenessOverall`).

    Inputs: processed ``survey_waves``, ``awareness_by_age`` and ``age_group_sizes``; one
    row per wave, age-size method (:data:`AGE_SIZE_SCENARIOS`) and design effect of
    :func:`analysis.inference.design_effect_grid`. Shares in percent, rounded to 4 decimals.
    """
    share = awareness.set_index(["wave_year", "age_group"])["share_pct"]
    n = dict(zip(waves["wave_year"], waves["respondents"], strict=True))
    rows = []
    for method in AGE_SIZE_SCENARIOS:
        group_n = _group_sizes(waves, sizes, method).set_index(["wave_year", "age_group"])
        for year in WAVE_YEARS:
            s = [float(share[(year, g)]) for g in AGE_GROUPS]
            m = [float(group_n.loc[(year, g), "respondents_est"]) for g in AGE_GROUPS]
            for deff in inference.design_effect_grid(parameters.design_effect):
                est = inference.overall_share(s, m, deff, parameters.confidence_level)
                rows.append(
                    {
                        "wave_year": year,
                        "age_size_method": method,
                        "design_effect": deff,
                        "confidence_level": parameters.confidence_level,
                        "respondents": int(n[year]),
                        "share_pct": round(est.share_pct, 4),
                        "se_pp": round(est.se_pp, 4),
                        "ci_low_pct": round(est.ci_low_pct, 4),
                        "ci_high_pct": round(est.ci_high_pct, 4),
                        "aware_respondents_est": round(n[year] * est.share_pct / 100, 4),
                        "value_status": "derived",
                        "is_default": bool(
                            deff == parameters.design_effect
                            and method == parameters.age_size_method
                        ),
                    }
                )
    return pd.DataFrame(rows)


def respondent_scenarios(
    waves: pd.DataFrame, sizes: pd.DataFrame, overall: pd.DataFrame
) -> dict[tuple[str, str, int], float]:
    """Respondents behind each (group, scenario, wave): for the whole sample the printed n
    (``reported``) and the aware respondents (``aware``: n times the default overall
    awareness of ``overall``), for age groups the estimate and its variants (see
    :data:`SIZE_SCENARIOS`)."""
    n = dict(zip(waves["wave_year"], waves["respondents"], strict=True))
    aware = overall[overall["is_default"]].set_index("wave_year")["aware_respondents_est"]
    out: dict[tuple[str, str, int], float] = {}
    for year, total in n.items():
        out[(WHOLE_SAMPLE, "reported", year)] = float(total)
        out[(WHOLE_SAMPLE, "aware", year)] = float(aware[year])
    for row in sizes.itertuples():
        for scenario, factor in _SIZE_FACTORS.items():
            out[(row.age_group, scenario, row.wave_year)] = row.respondents_est * factor
        out[(row.age_group, "equal_thirds", row.wave_year)] = n[row.wave_year] / len(AGE_GROUPS)
    return out


def default_scenario(group: str, parameters: Params) -> str:
    """The size scenario the build states for ``group`` ('all' or an age group)."""
    if group == WHOLE_SAMPLE:
        return BASE_SCENARIOS[parameters.table_base]
    return AGE_SIZE_SCENARIOS[parameters.age_size_method]


def _is_default(group: str, scenario: str, deff: float, parameters: Params) -> bool:
    return deff == parameters.design_effect and scenario == default_scenario(group, parameters)


def survey_intervals(
    waves: pd.DataFrame,
    awareness: pd.DataFrame,
    attitudes: pd.DataFrame,
    sizes: pd.DataFrame,
    overall: pd.DataFrame,
    parameters: Params,
) -> pd.DataFrame:
    """Margin of error and Wilson interval of every share (see :class:`SurveyIntervals`).

    Inputs are the processed ``survey_waves``, ``awareness_by_age``, ``attitude_shares``,
    ``age_group_sizes`` and ``awareness_overall``, and the build's parameters (confidence
    level, design effect, base, age sizes). One row per share, respondent scenario and
    design effect of :func:`analysis.inference.design_effect_grid`; values in percent / pp,
    rounded to 4 decimals.
    """
    counts = respondent_scenarios(waves, sizes, overall)
    conf = parameters.confidence_level
    rows = []
    for share in _shares(awareness, attitudes).itertuples(index=False):
        for (group, scenario, year), n in counts.items():
            if group != share.group or year != share.wave_year:
                continue
            for deff in inference.design_effect_grid(parameters.design_effect):
                low, high = inference.share_interval(share.share_pct, n, deff, conf)
                moe = inference.margin_of_error_pp(share.share_pct, n, deff, conf)
                rows.append(
                    {
                        **share._asdict(),
                        "size_scenario": scenario,
                        "respondents": round(n, 4),
                        "design_effect": deff,
                        "confidence_level": conf,
                        "effective_respondents": round(inference.effective_n(n, deff), 4),
                        "moe_pp": round(moe, 4),
                        "ci_low_pct": round(low, 4),
                        "ci_high_pct": round(high, 4),
                        "is_default": _is_default(group, scenario, deff, parameters),
                    }
                )
    return pd.DataFrame(rows)


def _family_key(group: str, scenario: str, parameters: Params) -> tuple[str, str]:
    """(age scenario, base scenario) of the family of nine changes a row belongs to."""
    if group == WHOLE_SAMPLE:
        return default_scenario(AGE_GROUPS[0], parameters), scenario
    return scenario, default_scenario(WHOLE_SAMPLE, parameters)


def survey_changes(
    waves: pd.DataFrame,
    awareness: pd.DataFrame,
    attitudes: pd.DataFrame,
    sizes: pd.DataFrame,
    overall: pd.DataFrame,
    parameters: Params,
) -> pd.DataFrame:
    """Every 2023 -> 2024 change with interval, test and adjusted p (:class:`SurveyChanges`).

    Same inputs as :func:`survey_intervals`; one row per share pair, respondent scenario
    and design effect. Differences in percentage points (pp), rounded to 4 decimals;
    p-values to 6. The adjustment (``parameters.multiple_comparison``) runs over each
    family of nine changes (see :class:`SurveyChanges`); verdicts use
    ``parameters.alpha``.
    """
    counts = respondent_scenarios(waves, sizes, overall)
    conf = parameters.confidence_level
    shares = _shares(awareness, attitudes)
    wide = shares.pivot(
        index=["indicator", "group", "category"],
        columns="wave_year",
        values=["share_pct", "value_status"],
    )
    order = shares.drop_duplicates(["indicator", "group", "category"])
    rows = []
    for key in order[["indicator", "group", "category"]].itertuples(index=False, name=None):
        indicator, group, category = key
        s1, s2 = wide.loc[key, ("share_pct", 2023)], wide.loc[key, ("share_pct", 2024)]
        st1, st2 = wide.loc[key, ("value_status", 2023)], wide.loc[key, ("value_status", 2024)]
        implied = "implied" in (st1, st2)
        scenarios = [s for (g, s, y) in counts if g == group and y == 2023]
        for scenario in scenarios:
            n1, n2 = counts[(group, scenario, 2023)], counts[(group, scenario, 2024)]
            for deff in inference.design_effect_grid(parameters.design_effect):
                ch = inference.change_test(s1, n1, s2, n2, deff, conf)
                rows.append(
                    {
                        "indicator": indicator,
                        "group": group,
                        "category": category,
                        "size_scenario": scenario,
                        "design_effect": deff,
                        "confidence_level": conf,
                        "share_2023_pct": s1,
                        "share_2024_pct": s2,
                        "status_2023": st1,
                        "status_2024": st2,
                        "respondents_2023": round(n1, 4),
                        "respondents_2024": round(n2, 4),
                        "diff_pp": round(ch.diff_pp, 4),
                        "ci_low_pp": round(ch.ci_low_pp, 4),
                        "ci_high_pp": round(ch.ci_high_pp, 4),
                        "z_score": round(ch.z_score, 4),
                        "p_value": round(ch.p_value, 6),
                        "p_adjustment": parameters.multiple_comparison,
                        "p_adjusted": float("nan"),
                        "family_size": 0,
                        "relative_change_pct": (
                            float("nan") if implied else round(ch.relative_change_pct, 4)
                        ),
                        "exceeds_sampling_error": ch.exceeds_sampling_error,
                        "exceeds_after_adjustment": False,
                        "is_default": _is_default(group, scenario, deff, parameters),
                    }
                )
    out = pd.DataFrame(rows)
    fam = [
        _family_key(g, s, parameters)
        for g, s in zip(out["group"], out["size_scenario"], strict=True)
    ]
    out["_age"] = [f[0] for f in fam]
    out["_base"] = [f[1] for f in fam]
    for (age, base, deff), idx in out.groupby(["_age", "_base", "design_effect"]).groups.items():
        is_awareness = out["group"] != WHOLE_SAMPLE
        members = out[
            (out["design_effect"] == deff)
            & (
                (is_awareness & (out["size_scenario"] == age))
                | (~is_awareness & (out["size_scenario"] == base))
            )
        ]
        adjusted = dict(
            zip(
                members.index,
                inference.adjust_p_values(
                    members["p_value"].tolist(), parameters.multiple_comparison
                ),
                strict=True,
            )
        )
        out.loc[idx, "p_adjusted"] = [round(min(adjusted[i], 1.0), 6) for i in idx]
        out.loc[idx, "family_size"] = len(members)
    out["p_adjusted"] = out[["p_adjusted", "p_value"]].max(axis=1)
    out["exceeds_after_adjustment"] = out["p_adjusted"] < parameters.alpha
    out["family_size"] = out["family_size"].astype(int)
    return out.drop(columns=["_age", "_base"])


def _change_or_none(row: tuple, deff: float, level: float) -> tuple[float, float, float]:
    """(p-value, interval low, high) of a default row of ``survey_changes`` at ``deff`` and
    ``level``, by :func:`analysis.inference.change_test`. Where statsmodels' root search
    for the score interval fails (it does for a few settings at the 99% level) the interval
    is NaN and the p-value (a closed form) is still given."""
    try:
        ch = inference.change_test(
            row.share_2023_pct,
            row.respondents_2023,
            row.share_2024_pct,
            row.respondents_2024,
            deff,
            level,
        )
    except ValueError:
        # The test does not depend on the level; only the interval's search failed.
        return _p_only(row, deff), float("nan"), float("nan")
    return ch.p_value, ch.ci_low_pp, ch.ci_high_pp


def _p_only(row: tuple, deff: float) -> float:
    """The score test's p-value of a default row at ``deff`` (at the 95% level, whose
    interval search does not fail; the p-value does not depend on the level)."""
    return inference.change_test(
        row.share_2023_pct,
        row.respondents_2023,
        row.share_2024_pct,
        row.respondents_2024,
        deff,
        inference.CONFIDENCE,
    ).p_value


#: The slider of the live change chart (issue 24): design effects from 1.0 to 2.5 in steps
#: of 0.1 (widened to the build's own), and the confidence levels offered beside the
#: build's.
SLIDER_DESIGN_EFFECTS = (1.0, 2.5, 0.1)
SLIDER_CONFIDENCE_LEVELS = (0.80, 0.90, 0.95, 0.99)


def slider_design_effects(design_effect: float) -> tuple[float, ...]:
    """The design effects of the change chart's slider: :data:`SLIDER_DESIGN_EFFECTS` (1.0
    to 2.5 by 0.1), the range widened to whole steps around ``design_effect`` when it lies
    outside, and ``design_effect`` itself when it is not on a step (e.g. 1.75)."""
    low, high, step = SLIDER_DESIGN_EFFECTS
    low = min(low, float(design_effect))
    high = max(high, float(design_effect))
    count = round((high - low) / step + 0.4999)
    grid = {round(low + i * step, 10) for i in range(count + 1)}
    return tuple(sorted(grid | {float(design_effect)}))


def slider_confidence_levels(confidence: float) -> tuple[float, ...]:
    """:data:`SLIDER_CONFIDENCE_LEVELS` with the build's own ``confidence`` level."""
    return tuple(sorted({*SLIDER_CONFIDENCE_LEVELS, float(confidence)}))


def change_grid(
    changes: pd.DataFrame,
    design_effects: tuple[float, ...],
    confidence_levels: tuple[float, ...],
) -> pd.DataFrame:
    """The default family of nine changes of ``changes`` (processed ``survey_changes``,
    its ``is_default`` rows: the build's sizes and base), recomputed exactly as
    :func:`survey_changes` computes them (:func:`analysis.inference.change_test`, and
    :func:`analysis.inference.adjust_p_values` over the nine with the rows'
    ``p_adjustment``) at every design effect and confidence level given: what the live
    chart's controls draw (the score interval is found iteratively, so the browser cannot
    compute it; it filters this grid).

    Returns one row per change, design effect and level: ``indicator, group, category,
    design_effect, confidence_level, respondents_2023, respondents_2024, diff_pp,
    ci_low_pp, ci_high_pp, p_value, p_adjusted, beyond`` (pp rounded to 4 decimals,
    p-values to 6; ``beyond``: the p-value the build's adjustment names, adjusted or raw,
    is below 1 - level). At the build's own setting the values are the default rows'.
    Raises ``ValueError`` when there are no default rows or they mix adjustments.
    """
    default = changes[changes["is_default"]]
    methods = set(default["p_adjustment"])
    if default.empty or len(methods) != 1:
        raise ValueError(f"survey_changes: no single default family (adjustments {methods})")
    method = methods.pop()
    rows = []
    # statsmodels' Holm adjustment runs a full garbage collection on every call (0.1 s
    # with pandas loaded); objects that exist before the grid are frozen out of it.
    gc.freeze()
    try:
        for deff in design_effects:
            found = {
                level: [_change_or_none(r, deff, level) for r in default.itertuples(index=False)]
                for level in confidence_levels
            }
            # The test does not depend on the level: one adjustment per design effect.
            p_values = [round(p, 6) for p, _, _ in found[confidence_levels[0]]]
            adjusted = inference.adjust_p_values(p_values, method)
            for level, results in found.items():
                for r, (_, low, high), p, p_adj in zip(
                    default.itertuples(index=False), results, p_values, adjusted, strict=True
                ):
                    p_adj = max(round(min(p_adj, 1.0), 6), p)
                    rows.append(
                        {
                            "indicator": r.indicator,
                            "group": r.group,
                            "category": r.category,
                            "design_effect": float(deff),
                            "confidence_level": float(level),
                            "respondents_2023": r.respondents_2023,
                            "respondents_2024": r.respondents_2024,
                            "diff_pp": r.diff_pp,
                            "ci_low_pp": round(low, 4),
                            "ci_high_pp": round(high, 4),
                            "p_value": p,
                            "p_adjusted": p_adj,
                            "beyond": bool(
                                (p if method == "none" else p_adj) < round(1 - level, 10)
                            ),
                        }
                    )
    finally:
        gc.unfreeze()
    return pd.DataFrame(rows)


def attitude_distribution_tests(
    attitudes: pd.DataFrame,
    waves: pd.DataFrame,
    overall: pd.DataFrame,
    parameters: Params,
) -> pd.DataFrame:
    """One chi-square test per article table, base and design effect
    (see :class:`AttitudeDistributionTests`).

    Inputs: processed ``attitude_shares``, ``survey_waves``, ``awareness_overall`` and the
    build's parameters. Statistics rounded to 4 decimals, p-values to 6.
    """
    counts = respondent_scenarios(waves, pd.DataFrame(columns=["age_group"]), overall)
    rows = []
    for table_id, cats in ATTITUDE_CATEGORIES.items():
        t = attitudes[attitudes["table_id"] == table_id].set_index(["wave_year", "category"])
        s1 = [float(t.loc[(2023, c), "share_pct"]) for c in cats]
        s2 = [float(t.loc[(2024, c), "share_pct"]) for c in cats]
        implied = bool((t["value_status"] == "implied").any())
        for scenario in BASE_SCENARIOS.values():
            n1, n2 = counts[(WHOLE_SAMPLE, scenario, 2023)], counts[(WHOLE_SAMPLE, scenario, 2024)]
            for deff in inference.design_effect_grid(parameters.design_effect):
                res = inference.distribution_test(s1, n1, s2, n2, deff)
                rows.append(
                    {
                        "table_id": table_id,
                        "size_scenario": scenario,
                        "design_effect": deff,
                        "confidence_level": parameters.confidence_level,
                        "respondents_2023": round(n1, 4),
                        "respondents_2024": round(n2, 4),
                        "effective_respondents_2023": round(res.effective_n1, 4),
                        "effective_respondents_2024": round(res.effective_n2, 4),
                        "chi2": round(res.chi2, 4),
                        "dof": res.dof,
                        "p_value": round(res.p_value, 6),
                        "cramers_v": round(res.cramers_v, 4),
                        "exceeds_sampling_error": res.p_value < parameters.alpha,
                        "rests_on_implied": implied,
                        "is_default": _is_default(WHOLE_SAMPLE, scenario, deff, parameters),
                    }
                )
    return pd.DataFrame(rows)


def build_awareness_overall(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline wrapper of :func:`awareness_overall`."""
    return awareness_overall(
        built["survey_waves"], built["awareness_by_age"], built["age_group_sizes"], _params(built)
    )


def _survey_inputs(built: dict[str, pd.DataFrame]) -> tuple:
    return (
        built["survey_waves"],
        built["awareness_by_age"],
        built["attitude_shares"],
        built["age_group_sizes"],
        built["awareness_overall"],
        _params(built),
    )


def build_intervals(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline wrapper of :func:`survey_intervals`."""
    return survey_intervals(*_survey_inputs(built))


def build_changes(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline wrapper of :func:`survey_changes`."""
    return survey_changes(*_survey_inputs(built))


def build_distribution_tests(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline wrapper of :func:`attitude_distribution_tests`."""
    return attitude_distribution_tests(
        built["attitude_shares"], built["survey_waves"], built["awareness_overall"], _params(built)
    )


def table2_closure(attitudes: pd.DataFrame) -> pd.DataFrame:
    """Why Table 2's missing cells are what the data carry (see :class:`Table2Closure`).

    For each wave: the printed cells, their sum, and the missing cell as 100 minus that sum.
    This holds only if the three answers exhaust the sample (no 'hard to say'); otherwise
    the missing cell lies anywhere between 0 and that residual.
    """
    t2 = attitudes[attitudes["table_id"] == "table2"]
    rows = []
    for year, wave in t2.groupby("wave_year"):
        printed = wave[wave["value_status"] == "reported"].sort_values("category_order")
        missing = wave[wave["value_status"] == "implied"]
        if len(missing) != 1:
            raise ValueError(f"Table 2, {year}: expected one implied cell, got {len(missing)}")
        total = round(float(printed["share_pct"].sum()), 1)
        residual = round(100 - total, 1)
        rows.append(
            {
                "wave_year": int(year),
                "printed": " + ".join(
                    f"{lab.lower()} {v:.1f}"
                    for lab, v in zip(printed["category_label"], printed["share_pct"], strict=True)
                ),
                "printed_sum_pct": total,
                "missing_category": missing["category"].iloc[0],
                "implied_pct": residual,
                "range_if_hard_to_say": f"0 to {residual:.1f}",
                "locator": ", ".join(sorted(set(printed["locator"]))),
            }
        )
    return pd.DataFrame(rows)


def build_table2_closure(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline wrapper of :func:`table2_closure`."""
    return table2_closure(built["attitude_shares"])


_SURVEY_SOURCES = (
    "article/survey_waves.csv",
    "article/awareness_by_age.csv",
    "article/attitude_shares.csv",
    "public/wpp2024_kazakhstan_age5.csv",
)

OUTPUTS = [
    Output(
        "survey_waves",
        build_survey_waves,
        SurveyWaves,
        ("article/survey_waves.csv",),
        "The two survey waves",
    ),
    Output(
        "awareness_by_age",
        build_awareness,
        AwarenessByAge,
        ("article/awareness_by_age.csv",),
        "Awareness of the Kurultai by age group",
    ),
    Output(
        "attitude_shares",
        build_attitudes,
        AttitudeShares,
        ("article/attitude_shares.csv",),
        "Tables 1 and 2: attitude to the Kurultai and its change",
    ),
    Output(
        "year_order_readings",
        build_year_order,
        YearOrderReadings,
        ("article/attitude_shares.csv",),
        "Which year gets 70.6% and which 76.1%",
    ),
    Output(
        "table2_closure",
        build_table2_closure,
        Table2Closure,
        ("article/attitude_shares.csv",),
        "How Table 2's missing cells follow from the printed ones",
    ),
    Output(
        "age_group_sizes",
        build_age_group_sizes,
        AgeGroupSizes,
        (
            "public/wpp2024_kazakhstan_age5.csv",
            "article/survey_waves.csv",
            "article/awareness_by_age.csv",
        ),
        "Estimated respondents per age group and wave (from UN WPP 2024)",
    ),
    Output(
        "awareness_overall",
        build_awareness_overall,
        AwarenessOverall,
        (
            "article/survey_waves.csv",
            "article/awareness_by_age.csv",
            "public/wpp2024_kazakhstan_age5.csv",
        ),
        "Estimated share of each wave aware of the Kurultai, with its interval",
    ),
    Output(
        "survey_intervals",
        build_intervals,
        SurveyIntervals,
        _SURVEY_SOURCES,
        "Margins of error and confidence intervals of every survey share",
    ),
    Output(
        "survey_changes",
        build_changes,
        SurveyChanges,
        _SURVEY_SOURCES,
        "Changes 2023 -> 2024 in percentage points, with intervals, tests and adjusted p",
    ),
    Output(
        "attitude_distribution_tests",
        build_distribution_tests,
        AttitudeDistributionTests,
        _SURVEY_SOURCES,
        "Tables 1 and 2 as one distribution: chi-square tests of 2023 against 2024",
    ),
]
