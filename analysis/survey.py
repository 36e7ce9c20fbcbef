"""Survey waves, awareness by age and attitudes (Tables 1 and 2): processed tables.

Source: the article's survey section (seed lines 113-120 and 315-420), transcribed in
data/raw/article/{survey_waves,awareness_by_age,attitude_shares}.csv. Shares are percent
(0-100); differences are percentage points (pp).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from analysis import inference
from analysis.outputs import Output, RawTables
from analysis.schemas.common import (
    ROUNDING_TOLERANCE_PP,
    WAVE_YEARS,
    closes_to_100,
    locator_field,
    share_field,
    status_field,
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
#: ``survey_changes``, in display order, with their labels († year or group inferred,
#: * rests on an implied cell).
CHANGE_ROWS = {
    ("awareness", "18-28", "aware"): "Awareness, 18-28",
    ("awareness", "29-60", "aware"): "Awareness, 29-60 †",
    ("awareness", "61+", "aware"): "Awareness, 61+",
    ("table1", "all", "positive"): "Table 1, positive †",
    ("table1", "all", "neutral"): "Table 1, neutral",
    ("table1", "all", "negative"): "Table 1, negative †",
    ("table2", "all", "changed_positive"): "Table 2, changed for the better *",
    ("table2", "all", "no_change"): "Table 2, did not change",
    ("table2", "all", "changed_negative"): "Table 2, changed for the worse *",
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
    fielded_by_en: str = pa.Field(description="Organisation that fielded the survey.")
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
    age_min: int = pa.Field(ge=18, description="Youngest age.", metadata={"unit": "years"})
    age_max: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        description="Oldest age; empty for the open group.",
        metadata={"unit": "years"},
    )
    share_pct: float = share_field(description="Share of the age group aware of the Kurultai.")
    value_status: str = status_field()
    locator: str = locator_field()
    note: str = pa.Field(nullable=True, description="Transcriber's note.")

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
    note: str = pa.Field(nullable=True, description="Reasoning for inferred/implied values.")

    class Config:
        strict = True
        ordered = True
        unique = ["table_id", "wave_year", "category"]

    @pa.dataframe_check(name="each table's shares close to 100 within 0.2 pp in each wave")
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


#: How the respondents of a share were counted. Whole-sample shares use the printed n;
#: age-group n are not published and are estimated (see :func:`estimate_age_group_sizes`),
#: then varied to see which conclusions depend on the estimate.
SIZE_SCENARIOS = {
    "reported": "whole sample: n as printed",
    "wpp2024": "age group: estimated from UN WPP 2024 (central estimate)",
    "wpp2024_minus20": "age group: central estimate 20% smaller",
    "wpp2024_plus20": "age group: central estimate 20% larger",
    "equal_thirds": "age group: n / 3 for every group",
}
#: Scenario factor applied to the central age-group estimate (None: n / 3).
_SIZE_FACTORS = {"wpp2024": 1.0, "wpp2024_minus20": 0.8, "wpp2024_plus20": 1.2}
INDICATORS = {
    "awareness": "Aware of the Kurultai (by age group)",
    "table1": TABLE_TITLES["table1"],
    "table2": TABLE_TITLES["table2"],
}
#: ``group`` of a whole-sample share (all respondents aged 18 and over).
WHOLE_SAMPLE = "all"
GROUPS = [WHOLE_SAMPLE, *AGE_GROUPS]
CATEGORIES = ["aware", *CATEGORY_LABELS]


class AgeGroupSizes(pa.DataFrameModel):
    """ESTIMATED respondents per age group and wave (the article publishes none).
    Key: ``wave_year, age_group``.

    Method: UN WPP 2024 population (thousands) by five-year band, spread evenly over single
    years of age, interpolated linearly between 1 July 2020 and 1 July 2025 to the wave's
    fieldwork midpoint; the wave's n is split in proportion to each group's share of the
    population aged 18 and over (the samples had age quotas)."""

    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    age_group: str = pa.Field(isin=AGE_GROUPS, description="Age group (years).")
    age_min: int = pa.Field(ge=18, description="Youngest age.", metadata={"unit": "years"})
    age_max: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        description="Oldest age; empty for the open group.",
        metadata={"unit": "years"},
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

    @pa.dataframe_check(name="estimated respondents add up to the wave's n")
    def _adds_up(cls, df: pd.DataFrame) -> pd.Series:
        total = df.groupby("wave_year")["respondents_est"].transform("sum")
        return (total - df["respondents_wave"]).abs() < 0.01


class SurveyIntervals(pa.DataFrameModel):
    """Margin of error and 95% interval of every share the book shows, for each design
    effect and respondent-count scenario. Key: ``indicator, group, category, wave_year,
    size_scenario, design_effect``."""

    indicator: str = pa.Field(isin=list(INDICATORS), description="Which finding.")
    group: str = pa.Field(
        isin=GROUPS, description="'all' (whole sample, 18+) or an age group (years)."
    )
    category: str = pa.Field(isin=CATEGORIES, description="Answer ('aware' for awareness).")
    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    share_pct: float = share_field(description="The share (as in the article or implied).")
    value_status: str = status_field()
    size_scenario: str = pa.Field(
        isin=list(SIZE_SCENARIOS), description="How respondents were counted (see SIZE_SCENARIOS)."
    )
    respondents: float = pa.Field(
        gt=0,
        description="Respondents behind the share: printed n, or an ESTIMATE for age groups.",
        metadata={"unit": "respondents"},
    )
    design_effect: float = pa.Field(
        isin=list(inference.DESIGN_EFFECTS), description="Assumed design effect."
    )
    effective_respondents: float = pa.Field(
        gt=0, description="respondents / design_effect.", metadata={"unit": "respondents"}
    )
    moe_pp: float = pa.Field(
        ge=0,
        description="Margin of error, 95%, normal approximation: 1.96 sqrt(p(1-p)/n_eff).",
        metadata={"unit": "percentage points"},
    )
    ci_low_pct: float = share_field(description="Lower end of the 95% Wilson interval.")
    ci_high_pct: float = share_field(description="Upper end of the 95% Wilson interval.")
    is_default: bool = pa.Field(
        description="True for the book's default: design effect 1.5, printed or central n."
    )

    class Config:
        strict = True
        ordered = True
        unique = ["indicator", "group", "category", "wave_year", "size_scenario", "design_effect"]

    @pa.dataframe_check(name="the interval contains the share")
    def _contains(cls, df: pd.DataFrame) -> pd.Series:
        return (df["ci_low_pct"] <= df["share_pct"]) & (df["share_pct"] <= df["ci_high_pct"])


class SurveyChanges(pa.DataFrameModel):
    """Every 2023 -> 2024 change: difference in pp, 95% score interval, score test.
    Key: ``indicator, group, category, size_scenario, design_effect``."""

    indicator: str = pa.Field(isin=list(INDICATORS), description="Which finding.")
    group: str = pa.Field(isin=GROUPS, description="'all' (whole sample) or an age group.")
    category: str = pa.Field(isin=CATEGORIES, description="Answer ('aware' for awareness).")
    size_scenario: str = pa.Field(isin=list(SIZE_SCENARIOS), description="See SurveyIntervals.")
    design_effect: float = pa.Field(
        isin=list(inference.DESIGN_EFFECTS), description="Assumed design effect."
    )
    share_2023_pct: float = share_field(description="Share in the 2023 wave.")
    share_2024_pct: float = share_field(description="Share in the 2024 wave.")
    status_2023: str = status_field()
    status_2024: str = status_field()
    respondents_2023: float = pa.Field(
        gt=0,
        description="Respondents (estimate for age groups), 2023.",
        metadata={"unit": "respondents"},
    )
    respondents_2024: float = pa.Field(
        gt=0,
        description="Respondents (estimate for age groups), 2024.",
        metadata={"unit": "respondents"},
    )
    diff_pp: float = pa.Field(
        description="share_2024_pct minus share_2023_pct.", metadata={"unit": "percentage points"}
    )
    ci_low_pp: float = pa.Field(
        description="Lower end of the 95% Miettinen-Nurminen score interval of the difference.",
        metadata={"unit": "percentage points"},
    )
    ci_high_pp: float = pa.Field(
        description="Upper end of the 95% score interval of the difference.",
        metadata={"unit": "percentage points"},
    )
    z_score: float = pa.Field(description="Score test statistic for no change.")
    p_value: float = pa.Field(ge=0, le=1, description="Two-sided p-value of the score test.")
    relative_change_pct: float = pa.Field(
        description="100 * diff_pp / share_2023_pct: relative growth (not pp).",
        metadata={"unit": "percent of the 2023 share"},
    )
    exceeds_sampling_error: bool = pa.Field(
        description="True when the 95% interval excludes zero (p < 0.05)."
    )
    is_default: bool = pa.Field(
        description="True for the book's default: design effect 1.5, printed or central n."
    )

    class Config:
        strict = True
        ordered = True
        unique = ["indicator", "group", "category", "size_scenario", "design_effect"]

    @pa.dataframe_check(name="the interval contains the difference")
    def _contains(cls, df: pd.DataFrame) -> pd.Series:
        return (df["ci_low_pp"] <= df["diff_pp"]) & (df["diff_pp"] <= df["ci_high_pp"])


class Table2Closure(pa.DataFrameModel):
    """How Table 2's two missing cells follow from the printed ones. Key: ``wave_year``."""

    wave_year: int = pa.Field(isin=WAVE_YEARS, unique=True, description="Survey wave.")
    printed: str = pa.Field(description="The printed cells of the wave, with their shares.")
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


def _shares(awareness: pd.DataFrame, attitudes: pd.DataFrame) -> pd.DataFrame:
    """All shares the book shows, long: indicator, group, category, wave_year, share, status."""
    aware = awareness.assign(indicator="awareness", group=awareness["age_group"], category="aware")
    att = attitudes.assign(indicator=attitudes["table_id"], group=WHOLE_SAMPLE)
    cols = ["indicator", "group", "category", "wave_year", "share_pct", "value_status"]
    return pd.concat([aware[cols], att[cols]], ignore_index=True)


def respondent_scenarios(
    waves: pd.DataFrame, sizes: pd.DataFrame
) -> dict[tuple[str, str, int], float]:
    """Respondents behind each (group, scenario, wave): the printed n for the whole sample,
    the estimate and its variants for age groups (see :data:`SIZE_SCENARIOS`)."""
    n = dict(zip(waves["wave_year"], waves["respondents"], strict=True))
    out: dict[tuple[str, str, int], float] = {}
    for year, total in n.items():
        out[(WHOLE_SAMPLE, "reported", year)] = float(total)
    for row in sizes.itertuples():
        for scenario, factor in _SIZE_FACTORS.items():
            out[(row.age_group, scenario, row.wave_year)] = row.respondents_est * factor
        out[(row.age_group, "equal_thirds", row.wave_year)] = n[row.wave_year] / 3
    return out


def _is_default(scenario: str, deff: float) -> bool:
    return deff == inference.DEFAULT_DESIGN_EFFECT and scenario in {"reported", "wpp2024"}


def survey_intervals(
    waves: pd.DataFrame, awareness: pd.DataFrame, attitudes: pd.DataFrame, sizes: pd.DataFrame
) -> pd.DataFrame:
    """Margin of error and Wilson interval of every share (see :class:`SurveyIntervals`).

    Inputs are the processed ``survey_waves``, ``awareness_by_age``, ``attitude_shares`` and
    ``age_group_sizes``. One row per share, respondent scenario and design effect in
    :data:`analysis.inference.DESIGN_EFFECTS`; values in percent / pp, rounded to 4 decimals.
    """
    counts = respondent_scenarios(waves, sizes)
    rows = []
    for share in _shares(awareness, attitudes).itertuples(index=False):
        for (group, scenario, year), n in counts.items():
            if group != share.group or year != share.wave_year:
                continue
            for deff in inference.DESIGN_EFFECTS:
                low, high = inference.share_interval(share.share_pct, n, deff)
                rows.append(
                    {
                        **share._asdict(),
                        "size_scenario": scenario,
                        "respondents": round(n, 4),
                        "design_effect": deff,
                        "effective_respondents": round(inference.effective_n(n, deff), 4),
                        "moe_pp": round(inference.margin_of_error_pp(share.share_pct, n, deff), 4),
                        "ci_low_pct": round(low, 4),
                        "ci_high_pct": round(high, 4),
                        "is_default": _is_default(scenario, deff),
                    }
                )
    return pd.DataFrame(rows)


def survey_changes(
    waves: pd.DataFrame, awareness: pd.DataFrame, attitudes: pd.DataFrame, sizes: pd.DataFrame
) -> pd.DataFrame:
    """Every 2023 -> 2024 change with interval and test (see :class:`SurveyChanges`).

    Same inputs as :func:`survey_intervals`; one row per share pair, respondent scenario
    and design effect. Differences in percentage points (pp), rounded to 4 decimals.
    """
    counts = respondent_scenarios(waves, sizes)
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
        scenarios = [s for (g, s, y) in counts if g == group and y == 2023]
        for scenario in scenarios:
            n1, n2 = counts[(group, scenario, 2023)], counts[(group, scenario, 2024)]
            for deff in inference.DESIGN_EFFECTS:
                ch = inference.change_test(s1, n1, s2, n2, deff)
                rows.append(
                    {
                        "indicator": indicator,
                        "group": group,
                        "category": category,
                        "size_scenario": scenario,
                        "design_effect": deff,
                        "share_2023_pct": s1,
                        "share_2024_pct": s2,
                        "status_2023": wide.loc[key, ("value_status", 2023)],
                        "status_2024": wide.loc[key, ("value_status", 2024)],
                        "respondents_2023": round(n1, 4),
                        "respondents_2024": round(n2, 4),
                        "diff_pp": round(ch.diff_pp, 4),
                        "ci_low_pp": round(ch.ci_low_pp, 4),
                        "ci_high_pp": round(ch.ci_high_pp, 4),
                        "z_score": round(ch.z_score, 4),
                        "p_value": round(ch.p_value, 6),
                        "relative_change_pct": round(ch.relative_change_pct, 4),
                        "exceeds_sampling_error": ch.exceeds_sampling_error,
                        "is_default": _is_default(scenario, deff),
                    }
                )
    return pd.DataFrame(rows)


def _survey_inputs(built: dict[str, pd.DataFrame]) -> tuple[pd.DataFrame, ...]:
    return (
        built["survey_waves"],
        built["awareness_by_age"],
        built["attitude_shares"],
        built["age_group_sizes"],
    )


def build_intervals(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline wrapper of :func:`survey_intervals`."""
    return survey_intervals(*_survey_inputs(built))


def build_changes(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline wrapper of :func:`survey_changes`."""
    return survey_changes(*_survey_inputs(built))


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
        "survey_intervals",
        build_intervals,
        SurveyIntervals,
        (
            "article/survey_waves.csv",
            "article/awareness_by_age.csv",
            "article/attitude_shares.csv",
            "public/wpp2024_kazakhstan_age5.csv",
        ),
        "Margins of error and 95% intervals of every survey share",
    ),
    Output(
        "survey_changes",
        build_changes,
        SurveyChanges,
        (
            "article/survey_waves.csv",
            "article/awareness_by_age.csv",
            "article/attitude_shares.csv",
            "public/wpp2024_kazakhstan_age5.csv",
        ),
        "Changes 2023 -> 2024 in percentage points, with intervals and tests",
    ),
]
