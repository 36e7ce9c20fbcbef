"""Survey waves, awareness by age and attitudes (Tables 1 and 2): processed tables.

Source: the article's survey section (seed lines 113-120 and 315-420), transcribed in
data/raw/article/{survey_waves,awareness_by_age,attitude_shares}.csv. Shares are percent
(0-100); differences are percentage points (pp).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

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
    return out


def build_year_order(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline wrapper of :func:`year_order_readings` on the processed attitude shares."""
    return year_order_readings(built["attitude_shares"])


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
]
