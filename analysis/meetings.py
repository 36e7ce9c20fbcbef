"""Table 3 (the President's meetings with members), persons, topics and sessions.

Sources: the article's Table 3 (seed lines 465-611) and the prose after it (lines 622-627) in
data/raw/article/{meetings,meeting_participants,persons,repeat_visit_claims}.csv; the topic
codebook, coding rules, English roles and Kazakh topic wording written by this project, and an
independent second coding, in data/raw/coding/; sessions I-V and the
2026 epilogue from public sources in data/raw/public/{sessions,epilogue_2026}.csv; figures on
the predecessor body (the National Council of Public Trust) from seed 002 in
data/raw/context/context_figures.csv.

Besides Table 3 itself, the tables here give how often the meetings came
(``meeting_cadence``: meetings per month and the gaps between meetings, by year and over the
whole span) and how far the rule coding of topics agrees with the second coder
(``coding_agreement`` per person-meeting, ``coding_reliability`` with Cohen's kappa).
"""

from __future__ import annotations

import re

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from analysis.errors import Problem
from analysis.outputs import Output, RawTables, sorted_raw
from analysis.paths import raw_label
from analysis.records import DECREE_DATE, one_to_one_people
from analysis.records import JOINT_PATH as JOINT_RECEPTIONS_PATH
from analysis.schemas.common import BODY_PERIOD, PERSON_ID_REGEX, locator_field, table_check
from analysis.schemas.raw import ROMAN, ContextFiguresRaw, EpilogueRaw, SessionsRaw
from analysis.translit import case_ending, latin

#: End of the window over which the Kurultai's rates are computed: the plenary of session IV
#: (public/sessions.csv). Table 3 lists meetings "between sessions"; its last row (17 January
#: 2025) falls before session IV, and public sources give no later one-to-one meeting.
KURULTAI_WINDOW_END = pd.Timestamp("2025-03-14")
DAYS_PER_YEAR = 365.25
CHECK_STATUSES = ["matches", "matches, omits a meeting", "contradicts", "not mentioned"]


class Persons(pa.DataFrameModel):
    """One row per person named in Table 3 or the newcomer list. Key: ``person_id``."""

    person_id: str = pa.Field(str_matches=PERSON_ID_REGEX, unique=True, description="Stable id.")
    name_kk: str = pa.Field(description="Initial and surname in Kazakh, nominative form.")
    name_latin: str = pa.Field(description="Latin form (analysis.translit scheme).")
    is_newcomer: bool = pa.Field(description="Among the 32 members who joined by rotation.")
    meetings: int = pa.Field(
        ge=0,
        description="Meetings with the President in Table 3.",
        metadata={"unit": "meetings"},
    )
    meeting_years: str = pa.Field(
        nullable=True, description="Years of those meetings, separated by ';'."
    )
    latest_role_as_printed: str = pa.Field(
        nullable=True,
        description="Role printed at the person's latest meeting that prints one (Kazakh).",
    )
    roles_as_printed: str = pa.Field(
        nullable=True,
        description=(
            "Every distinct role printed for the person, oldest first, each followed by the "
            "meeting ids in brackets, separated by ' | '."
        ),
    )
    name_variants: str = pa.Field(
        nullable=True, description="Other spellings printed in Table 3, separated by '; '."
    )
    note: str = pa.Field(nullable=True, description="Transcriber's note (in English).")

    class Config:
        strict = True
        ordered = True


class MeetingsLog(pa.DataFrameModel):
    """Table 3, one row per person met. Key: ``meeting_id, person_order``."""

    meeting_id: str = pa.Field(str_matches=r"^M\d{2}$", description="Meeting id (date order).")
    meeting_date: Series[pd.Timestamp] = pa.Field(
        ge=BODY_PERIOD[0],
        le=BODY_PERIOD[1],
        description="Date of the meeting.",
        metadata={"unit": "date"},
    )
    date_as_printed: str = pa.Field(description="Date as printed.")
    person_order: int = pa.Field(isin=[1, 2], description="Order of the person in the row.")
    person_id: str = pa.Field(str_matches=PERSON_ID_REGEX, description="Person id.")
    name_kk: str = pa.Field(description="Name, nominative form.")
    name_latin: str = pa.Field(description="Latin form of the name.")
    name_as_printed: str = pa.Field(description="Name exactly as printed.")
    role_as_printed: str = pa.Field(nullable=True, description="Role as printed (Kazakh).")
    role_en: str = pa.Field(
        nullable=True, description="The role in English (this project's rendering)."
    )
    topic_en: str = pa.Field(description="Topics, paraphrased in English.")
    topic_kk: str = pa.Field(description="Topics in the article's Kazakh words, abridged.")
    is_newcomer: bool = pa.Field(description="Person is among the 32 newcomers.")
    before_decree: bool = pa.Field(
        description="Meeting is dated before the decree of 14 June 2022 that created the Kurultai."
    )
    locator: str = locator_field()

    class Config:
        strict = True
        ordered = True
        unique = ["meeting_id", "person_order"]


class MeetingDomains(pa.DataFrameModel):
    """Topic coding: one row per person-meeting and policy domain. Key: ``meeting_id,
    person_order, domain_id``. Every person-meeting of Table 3 has at least one row."""

    meeting_id: str = pa.Field(str_matches=r"^M\d{2}$", description="Meeting id.")
    person_order: int = pa.Field(isin=[1, 2], description="Order of the person in the row.")
    person_id: str = pa.Field(str_matches=PERSON_ID_REGEX, description="Person id.")
    meeting_date: Series[pd.Timestamp] = pa.Field(
        ge=BODY_PERIOD[0], le=BODY_PERIOD[1], description="Date.", metadata={"unit": "date"}
    )
    domain_id: str = pa.Field(str_matches=r"^[a-z_]+$", description="Policy domain (codebook).")
    label_en: str = pa.Field(description="Domain label in English.")
    rule_ids: str = pa.Field(
        str_matches=r"^R\d{2}(;R\d{2})*$",
        description="Every rule of data/raw/coding/topic_rules.csv that fired, separated by ';'.",
    )
    matched_text: str = pa.Field(
        description="The words of topic_en the rules matched, separated by '; '."
    )
    is_primary: bool = pa.Field(
        description=(
            "True for the rule coding's primary domain of the person-meeting: the domain whose "
            "matched words come first in topic_en (ties: codebook order). Used to compare with "
            "the second coder's primary domain, who took the dominant or first-mentioned topic."
        )
    )

    class Config:
        strict = True
        ordered = True
        unique = ["meeting_id", "person_order", "domain_id"]

    @table_check("one primary domain per person-meeting")
    def _one_primary(cls, df: pd.DataFrame) -> pd.Series:
        n = df.groupby(["meeting_id", "person_order"])["is_primary"].transform("sum")
        return n == 1


class TopicDomains(pa.DataFrameModel):
    """The topic codebook with its rules and how often each domain was coded. Key:
    ``domain_id``."""

    domain_id: str = pa.Field(str_matches=r"^[a-z_]+$", unique=True, description="Domain id.")
    domain_order: int = pa.Field(ge=1, unique=True, description="Display order.")
    label_en: str = pa.Field(description="Label in English.")
    label_kk: str = pa.Field(description="Label in Kazakh.")
    definition: str = pa.Field(description="What the domain covers (in English).")
    rules: str = pa.Field(
        description="The domain's rules as 'R01: pattern', separated by ' | ' (case-insensitive)."
    )
    meetings: int = pa.Field(
        ge=0,
        description="Meetings coded in the domain (each dated row of Table 3 counted once).",
        metadata={"unit": "meetings"},
    )
    person_meetings: int = pa.Field(
        ge=0,
        description="Person-meetings coded in the domain.",
        metadata={"unit": "person-meetings"},
    )

    class Config:
        strict = True
        ordered = True

    @table_check("person_meetings is at least meetings")
    def _counts(cls, df: pd.DataFrame) -> pd.Series:
        return df["person_meetings"] >= df["meetings"]


class RepeatVisitors(pa.DataFrameModel):
    """People met more than once in Table 3 or named as such by the prose (lines 622-627),
    with what the prose says. Key: ``person_id``."""

    person_id: str = pa.Field(str_matches=PERSON_ID_REGEX, unique=True, description="Person id.")
    name_kk: str = pa.Field(description="Name, nominative form.")
    name_latin: str = pa.Field(description="Latin form.")
    meetings: int = pa.Field(
        ge=1, description="Meetings in Table 3.", metadata={"unit": "meetings"}
    )
    meeting_dates: str = pa.Field(description="Dates in Table 3 (YYYY-MM-DD), separated by ';'.")
    meeting_years: str = pa.Field(description="Years in Table 3, separated by ';'.")
    years_in_text: str = pa.Field(
        nullable=True, description="Years the prose names, separated by ';'."
    )
    times_in_text: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=2, description="Times the prose says.", metadata={"unit": "meetings"}
    )
    years_left_out: str = pa.Field(
        nullable=True,
        description="Years in Table 3 the prose does not name (when it names years), or all "
        "years when the prose does not mention the person.",
    )
    check: str = pa.Field(
        isin=CHECK_STATUSES,
        description=(
            "`matches`: the prose agrees with the table; `matches, omits a meeting`: every "
            "year it names is in the table, but its example (Мәселен, line 624) leaves a "
            "meeting out; `contradicts`: names a year or count the table lacks; `not "
            "mentioned`: the prose does not name this person, though Table 3 shows more than "
            "one meeting."
        ),
    )
    text_locator: str = pa.Field(nullable=True, description="Seed lines of the prose claim.")

    class Config:
        strict = True
        ordered = True


class Sessions(SessionsRaw):
    """Sessions I-V (public sources), with the session as a number. Key: ``session``."""

    session_number: int = pa.Field(ge=1, le=5, unique=True, description="Session number.")

    class Config:
        strict = True


class SessionIntervals(pa.DataFrameModel):
    """Table 3's meetings between consecutive plenary days. Key: ``interval_order``.

    An interval runs from the day after one plenary to the plenary day of the next; the first
    is open at the start (before session I) and the last open at the end (after session V)."""

    interval_order: int = pa.Field(ge=1, unique=True, description="Order in time.")
    interval_label: str = pa.Field(unique=True, description="E.g. 'I-II' or 'before I'.")
    start_date: Series[pd.Timestamp] = pa.Field(
        nullable=True, description="Plenary that opens the interval.", metadata={"unit": "date"}
    )
    end_date: Series[pd.Timestamp] = pa.Field(
        nullable=True, description="Plenary that closes it.", metadata={"unit": "date"}
    )
    days: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=1, description="Length of a closed interval.", metadata={"unit": "days"}
    )
    meetings: int = pa.Field(
        ge=0,
        description="Meetings (each dated row of Table 3 counted once).",
        metadata={"unit": "meetings"},
    )
    person_meetings: int = pa.Field(
        ge=0,
        description="People received, counted per meeting.",
        metadata={"unit": "person-meetings"},
    )
    meetings_per_year: float = pa.Field(
        nullable=True,
        ge=0,
        description="meetings / (days / 365.25), for closed intervals that Table 3 covers.",
        metadata={"unit": "meetings per year"},
    )
    rate_low: float = pa.Field(
        nullable=True,
        ge=0,
        description="Exact (Garwood) Poisson lower bound of meetings_per_year, at the build's "
        "confidence level.",
        metadata={"unit": "meetings per year"},
    )
    rate_high: float = pa.Field(
        nullable=True,
        ge=0,
        description="Exact (Garwood) Poisson upper bound of meetings_per_year, at the build's "
        "confidence level.",
        metadata={"unit": "meetings per year"},
    )
    days_to_last: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=1,
        description="Days of a closed, covered interval up to Table 3's last date (17 January "
        "2025) when the interval ends later; otherwise equal to days.",
        metadata={"unit": "days"},
    )
    rate_to_last: float = pa.Field(
        nullable=True,
        ge=0,
        description="meetings / (days_to_last / 365.25).",
        metadata={"unit": "meetings per year"},
    )
    rate_to_last_low: float = pa.Field(
        nullable=True,
        ge=0,
        description="Exact (Garwood) Poisson lower bound of rate_to_last, at the build's "
        "confidence level.",
        metadata={"unit": "meetings per year"},
    )
    rate_to_last_high: float = pa.Field(
        nullable=True,
        ge=0,
        description="Exact (Garwood) Poisson upper bound of rate_to_last, at the build's "
        "confidence level.",
        metadata={"unit": "meetings per year"},
    )
    table3_covers: bool = pa.Field(
        description=(
            "The interval begins before Table 3's last date (17 January 2025). Later intervals "
            "show 0 because the article's table ends, not because no meeting took place."
        )
    )
    meeting_ids: str = pa.Field(nullable=True, description="Meeting ids, separated by ';'.")

    class Config:
        strict = True
        ordered = True


class MeetingsByYear(pa.DataFrameModel):
    """Table 3 by calendar year. Key: ``year``."""

    year: int = pa.Field(ge=2022, le=2026, unique=True, description="Calendar year.")
    meetings: int = pa.Field(
        ge=0,
        description="Meetings (each dated row of Table 3 counted once).",
        metadata={"unit": "meetings"},
    )
    person_meetings: int = pa.Field(
        ge=0,
        description="People received, counted per meeting.",
        metadata={"unit": "person-meetings"},
    )
    people: int = pa.Field(ge=0, description="Distinct people.", metadata={"unit": "persons"})
    newcomers: int = pa.Field(
        ge=0, description="Distinct newcomers among them.", metadata={"unit": "persons"}
    )
    meetings_before_decree: int = pa.Field(
        ge=0, description="Meetings dated before 14 June 2022.", metadata={"unit": "meetings"}
    )

    class Config:
        strict = True
        ordered = True


class BodyComparison(pa.DataFrameModel):
    """The Kurultai against its predecessor, the National Council of Public Trust. Key:
    ``row_id``. Rates are per year of the stated period."""

    row_id: str = pa.Field(str_matches=r"^[a-z_]+$", unique=True, description="Row id.")
    body_en: str = pa.Field(description="Body, in English.")
    body_kk: str = pa.Field(description="Body, in Kazakh.")
    period_en: str = pa.Field(description="Period the counts cover, in words (in English).")
    period_start: Series[pd.Timestamp] = pa.Field(
        nullable=True, description="Start, where known.", metadata={"unit": "date"}
    )
    period_end: Series[pd.Timestamp] = pa.Field(
        nullable=True, description="End, where known.", metadata={"unit": "date"}
    )
    years: float = pa.Field(gt=0, description="Length of the period.", metadata={"unit": "years"})
    sessions: int = pa.Field(ge=0, description="Sessions held.", metadata={"unit": "sessions"})
    sessions_per_year: float = pa.Field(
        ge=0, metadata={"unit": "sessions per year"}, description="sessions / years."
    )
    people_met: int = pa.Field(
        ge=0,
        description="People the President met: for the Kurultai, the distinct people Table 3 "
        "lists within the period; for the Council, the members seed 002 says he met individually.",
        metadata={"unit": "persons"},
    )
    people_met_per_year: float = pa.Field(
        ge=0, description="people_met / years.", metadata={"unit": "persons per year"}
    )
    members: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=1,
        description="Seats of the body ever filled, where the source gives them (the Kurultai: "
        "117 initial members plus 32 newcomers, seed 000 lines 182 and 188-194, 149 in all, the "
        "denominator the composition chapter uses); for the Council, its 44 members at creation "
        "(decree No. 63 of 17 July 2019, The Astana Times; data/raw/public/ncpt.csv), a size "
        "seed 002 does not give.",
        metadata={"unit": "seats"},
    )
    people_met_pct_of_members: float = pa.Field(
        nullable=True,
        ge=0,
        description="100 * people_met / members.",
        metadata={"unit": "percent"},
    )
    schedule_en: str = pa.Field(
        description="How often the body is meant to meet, per the seeds (in English)."
    )
    meetings: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=0,
        description="Meetings with the President (each dated row of Table 3 counted once; on "
        "four dates Table 3 lists two people); empty where the source gives none.",
        metadata={"unit": "meetings"},
    )
    meetings_per_year: float = pa.Field(
        nullable=True, ge=0, description="meetings / years.", metadata={"unit": "meetings per year"}
    )
    source: str = pa.Field(
        description="Where the counts come from: seed lines and raw files (in English)."
    )
    caveat: str = pa.Field(description="What limits the comparison (in English).")

    class Config:
        strict = True
        ordered = True


class ContextFigures(ContextFiguresRaw):
    """Figures on the Kurultai's predecessor, the National Council of Public Trust, printed in
    a seed text other than the article (seed 002), one row per figure. Key: ``figure_id``."""

    class Config:
        strict = True
        coerce = False


class MeetingCadence(pa.DataFrameModel):
    """How often Table 3's meetings came: one row per calendar year and one for the whole
    span of the table. Key: ``period``.

    The whole span (``period`` ``all``) runs from the first dated meeting (25 April 2022) to
    the last (17 January 2025). A calendar year runs from 1 January, or the first meeting,
    up to 1 January of the next year, or the last meeting, so the years' ``days`` add up to
    the span's. A gap is the time between two consecutive dated meetings; a period's gaps are
    those that end in it (the first meeting of the table has none).
    """

    period: str = pa.Field(unique=True, description="'2022', ..., or 'all' (whole span).")
    period_order: int = pa.Field(ge=1, unique=True, description="Display order.")
    start_date: Series[pd.Timestamp] = pa.Field(
        description="Start of the period (inclusive).", metadata={"unit": "date"}
    )
    end_date: Series[pd.Timestamp] = pa.Field(
        description="End of the period: the last meeting, or 1 January of the next year.",
        metadata={"unit": "date"},
    )
    days: int = pa.Field(ge=0, description="end_date - start_date.", metadata={"unit": "days"})
    months: float = pa.Field(
        ge=0, description="days / 30.4375 (average month).", metadata={"unit": "months"}
    )
    meetings: int = pa.Field(
        ge=0,
        description="Meetings (each dated row of Table 3 counted once).",
        metadata={"unit": "meetings"},
    )
    meetings_per_month: float = pa.Field(
        nullable=True,
        ge=0,
        description="meetings / months; empty for a period shorter than 90 days.",
        metadata={"unit": "meetings per month"},
    )
    meeting_days_pct: float = pa.Field(
        nullable=True,
        ge=0,
        le=100,
        description="Days with a meeting per 100 days of the period; empty under 90 days.",
        metadata={"unit": "percent"},
    )
    gaps: int = pa.Field(ge=0, description="Gaps that end in the period.")
    median_gap_days: float = pa.Field(
        nullable=True, ge=0, description="Median gap.", metadata={"unit": "days"}
    )
    longest_gap_days: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=1, description="Longest gap.", metadata={"unit": "days"}
    )
    longest_gap_from: Series[pd.Timestamp] = pa.Field(
        nullable=True, description="Meeting that opens the longest gap.", metadata={"unit": "date"}
    )
    longest_gap_to: Series[pd.Timestamp] = pa.Field(
        nullable=True, description="Meeting that closes it.", metadata={"unit": "date"}
    )

    class Config:
        strict = True
        ordered = True


class CodingAgreement(pa.DataFrameModel):
    """The rule coding of Table 3's topics against an independent second coder, one row per
    person-meeting. Key: ``meeting_id, person_order``.

    The rules read this project's English paraphrase (coding/topic_rules.csv); the second
    coder read the article's Kazakh text and the codebook only (coding/second_coding.csv).
    Domains are codebook ids; sets are ';'-separated in codebook order."""

    meeting_id: str = pa.Field(str_matches=r"^M\d{2}$", description="Meeting id.")
    person_order: int = pa.Field(isin=[1, 2], description="Order of the person in the row.")
    person_id: str = pa.Field(str_matches=PERSON_ID_REGEX, description="Person id.")
    name_latin: str = pa.Field(description="Latin form of the name.")
    meeting_date: Series[pd.Timestamp] = pa.Field(description="Date.", metadata={"unit": "date"})
    primary_rules: str = pa.Field(description="Primary domain of the rule coding.")
    primary_second: str = pa.Field(description="Primary domain of the second coder.")
    primary_agree: bool = pa.Field(description="The two primary domains are the same.")
    domains_rules: str = pa.Field(description="Every domain the rules coded.")
    domains_second: str = pa.Field(description="Every domain the second coder coded.")
    domains_agree: bool = pa.Field(description="The two sets of domains are identical.")
    only_rules: str = pa.Field(nullable=True, description="Domains only the rules coded.")
    only_second: str = pa.Field(nullable=True, description="Domains only the second coder coded.")
    jaccard: float = pa.Field(
        ge=0, le=1, description="Shared domains / domains coded by either (proportion 0-1)."
    )
    coder_note: str = pa.Field(nullable=True, description="The second coder's note (in English).")

    class Config:
        strict = True
        ordered = True
        unique = ["meeting_id", "person_order"]


class CodingReliability(pa.DataFrameModel):
    """Agreement between the rule coding and the second coder, one row per measure. Key:
    ``measure``.

    ``primary_domain``: Cohen's kappa on the primary domain over the person-meetings
    (statsmodels ``cohens_kappa`` on the square table of the two coders' primary domains).
    ``domain:<id>``: kappa on whether each person-meeting falls in that domain (yes/no).
    Confidence limits are kappa +/- z * its asymptotic standard error (clipped to [-1, 1]),
    at the build's confidence level (``parameters``); kappa and its limits are empty where
    undefined (a domain that neither or both coders always use)."""

    measure: str = pa.Field(unique=True, description="'primary_domain' or 'domain:<id>'.")
    domain_id: str = pa.Field(nullable=True, description="Domain, for the per-domain rows.")
    n: int = pa.Field(ge=1, description="Person-meetings compared.")
    agree: int = pa.Field(ge=0, description="Person-meetings the coders agree on.")
    observed_pct: float = pa.Field(
        ge=0, le=100, description="agree / n.", metadata={"unit": "percent"}
    )
    expected_pct: float = pa.Field(
        ge=0, le=100, description="Agreement expected by chance.", metadata={"unit": "percent"}
    )
    kappa: float = pa.Field(nullable=True, ge=-1, le=1, description="Cohen's kappa.")
    kappa_low: float = pa.Field(nullable=True, description="Lower confidence limit.")
    kappa_high: float = pa.Field(nullable=True, description="Upper confidence limit.")
    confidence_level: float = pa.Field(
        gt=0, lt=1, description="Confidence level of the limits (proportion 0-1)."
    )
    rules_count: int = pa.Field(
        ge=0,
        description="Person-meetings the rules put in the domain (yes); on the "
        "`primary_domain` row, n.",
        metadata={"unit": "person-meetings"},
    )
    second_count: int = pa.Field(
        ge=0,
        description="Person-meetings the second coder put in the domain (yes); on the "
        "`primary_domain` row, n.",
        metadata={"unit": "person-meetings"},
    )

    class Config:
        strict = True
        ordered = True


# ---------------------------------------------------------------------------- persons


def _roles(part: pd.DataFrame) -> pd.DataFrame:
    """Latest printed role and all distinct roles (oldest first) per person."""
    rows = []
    for pid, g in part.sort_values(["meeting_date", "meeting_id"]).groupby("person_id"):
        printed = g.dropna(subset=["role_as_printed"])
        if printed.empty:
            rows.append((pid, pd.NA, pd.NA))
            continue
        order = list(dict.fromkeys(printed["role_as_printed"]))
        parts = [
            f"{role} ({', '.join(printed.loc[printed.role_as_printed == role, 'meeting_id'])})"
            for role in order
        ]
        rows.append((pid, printed["role_as_printed"].iloc[-1], " | ".join(parts)))
    return pd.DataFrame(rows, columns=["person_id", "latest_role_as_printed", "roles_as_printed"])


def build_persons(raw: RawTables, _: dict) -> pd.DataFrame:
    """Persons registry (see :class:`Persons`): one row per person of article/persons.csv.

    The Latin form comes from :func:`analysis.translit.latin`; roles and name variants from
    article/meeting_participants.csv (a person may carry a different role at each meeting).
    """
    persons = raw["article/persons.csv"].copy()
    part = raw["article/meeting_participants.csv"].merge(
        raw["article/meetings.csv"][["meeting_id", "meeting_date"]], on="meeting_id"
    )
    newcomers = set(raw["article/newcomers.csv"]["person_id"])
    persons["name_latin"] = persons["name_kk"].map(latin)
    persons["is_newcomer"] = persons["person_id"].isin(newcomers)
    counts = part.groupby("person_id")["meeting_id"].nunique()
    persons["meetings"] = persons["person_id"].map(counts).fillna(0).astype(int)
    years = part.groupby("person_id")["meeting_date"].agg(
        lambda s: ";".join(str(y) for y in sorted(s.dt.year.unique()))
    )
    persons["meeting_years"] = persons["person_id"].map(years).astype("str")
    persons.loc[persons["meetings"] == 0, "meeting_years"] = pd.NA
    persons = persons.merge(_roles(part), on="person_id", how="left")
    variants = part.groupby("person_id")["name_as_printed"].agg(lambda s: sorted(set(s)))
    persons["name_variants"] = [
        "; ".join(v for v in variants.get(pid, []) if v != name) or pd.NA
        for pid, name in zip(persons["person_id"], persons["name_kk"], strict=True)
    ]
    cols = list(Persons.to_schema().columns)
    return persons[cols].sort_values("person_id").reset_index(drop=True)


def build_meetings_log(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Table 3 joined with the persons registry and, from coding/meeting_wording.csv, the
    role in English and the topics in Kazakh (see :class:`MeetingsLog`)."""
    persons = built["persons"][["person_id", "name_kk", "name_latin", "is_newcomer"]]
    wording = raw["coding/meeting_wording.csv"][
        ["meeting_id", "person_order", "role_en", "topic_kk"]
    ]
    log = (
        raw["article/meetings.csv"]
        .drop(columns="locator")
        .merge(raw["article/meeting_participants.csv"], on="meeting_id", validate="1:m")
        .merge(persons, on="person_id", validate="m:1")
        .merge(wording, on=["meeting_id", "person_order"], how="left", validate="1:1")
    )
    log["before_decree"] = log["meeting_date"] < DECREE_DATE
    cols = list(MeetingsLog.to_schema().columns)
    return log[cols].sort_values(["meeting_date", "person_order"]).reset_index(drop=True)


# ---------------------------------------------------------------------------- topics


def _whole_word(text: str, match: re.Match) -> str:
    """The matched text widened to whole words, lower case (``scien`` -> ``science``)."""
    start, end = match.start(), match.end()
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return text[start:end].lower()


def code_topics(participants: pd.DataFrame, rules: pd.DataFrame) -> pd.DataFrame:
    """Apply the coding rules to each person-meeting.

    Parameters
    ----------
    participants:
        Rows of article/meeting_participants.csv (needs ``meeting_id``, ``person_order``,
        ``person_id`` and the columns the rules name, e.g. ``topic_en``).
    rules:
        Rows of coding/topic_rules.csv (``rule_id``, ``domain_id``, ``field``, ``pattern``);
        each pattern is searched case-insensitively (``re.IGNORECASE``) in its field.

    Returns
    -------
    One row per person-meeting and domain with at least one matching rule: ``meeting_id``,
    ``person_order``, ``person_id``, ``domain_id``, ``rule_ids`` (every rule that fired,
    ';'-joined, in rule order) and ``matched_text`` (the matched words, widened to whole
    words and lower-cased, '; '-joined) and ``first_at`` (int: position in the field of the
    domain's earliest match, characters from 0). A person-meeting no rule matches has no row
    (see :func:`check_topic_coding`).

    Raises
    ------
    re.error
        A pattern is not a valid regular expression.
    """
    hits = []
    compiled = [
        (r.rule_id, r.domain_id, r.field, re.compile(r.pattern, re.IGNORECASE))
        for r in rules.sort_values("rule_id").itertuples()
    ]
    for row in participants.itertuples():
        for rule_id, domain_id, field, rx in compiled:
            text = getattr(row, field)
            if not isinstance(text, str):
                continue
            matches = list(rx.finditer(text))
            if matches:
                hits.append(
                    (
                        row.meeting_id,
                        row.person_order,
                        row.person_id,
                        domain_id,
                        rule_id,
                        "; ".join(dict.fromkeys(_whole_word(text, m) for m in matches)),
                        matches[0].start(),
                    )
                )
    cols = ["meeting_id", "person_order", "person_id", "domain_id", "rule_id", "matched", "at"]
    hits_df = pd.DataFrame(hits, columns=cols)
    return hits_df.groupby(
        ["meeting_id", "person_order", "person_id", "domain_id"], as_index=False
    ).agg(
        rule_ids=("rule_id", ";".join),
        matched_text=("matched", "; ".join),
        first_at=("at", "min"),
    )


def build_meeting_domains(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The topic coding of every person-meeting (see :class:`MeetingDomains`), with the
    rule coding's primary domain: the one matched earliest in the paraphrase."""
    coded = code_topics(raw["article/meeting_participants.csv"], raw["coding/topic_rules.csv"])
    book = raw["coding/topic_codebook.csv"][["domain_id", "domain_order", "label_en"]]
    dates = raw["article/meetings.csv"][["meeting_id", "meeting_date"]]
    df = coded.merge(book, on="domain_id", validate="m:1").merge(
        dates, on="meeting_id", validate="m:1"
    )
    first = df.sort_values(["first_at", "domain_order"]).drop_duplicates(
        ["meeting_id", "person_order"]
    )
    df["is_primary"] = df.index.isin(first.index)
    df = df.sort_values(["meeting_date", "person_order", "domain_order"])
    return df[list(MeetingDomains.to_schema().columns)].reset_index(drop=True)


def build_topic_domains(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The codebook with its rules and the number of meetings per domain (:class:`TopicDomains`).

    ``meetings`` counts distinct dated meetings (two people received together on the same
    topics count once); ``person_meetings`` counts each person received.
    """
    book = raw["coding/topic_codebook.csv"].copy()
    rules = raw["coding/topic_rules.csv"].sort_values("rule_id")
    coded = built["meeting_domains"]
    book["rules"] = book["domain_id"].map(
        rules.assign(text=rules["rule_id"] + ": " + rules["pattern"])
        .groupby("domain_id")["text"]
        .agg(" | ".join)
    )
    book["meetings"] = (
        book["domain_id"].map(coded.groupby("domain_id")["meeting_id"].nunique()).fillna(0)
    ).astype(int)
    book["person_meetings"] = (
        book["domain_id"].map(coded.groupby("domain_id").size()).fillna(0).astype(int)
    )
    cols = list(TopicDomains.to_schema().columns)
    return book[cols].sort_values("domain_order").reset_index(drop=True)


# ---------------------------------------------------------------------------- repeat visits


def build_repeat_visitors(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """People met more than once, against the prose of lines 622-627 (:class:`RepeatVisitors`).

    ``check`` is ``matches`` when every year or count the prose gives agrees with Table 3 and
    nothing is left out, ``matches, omits a meeting`` when the prose names years that are all
    in the table but not all of the table's years (the prose gives examples, "Мәселен", so an
    omission is not an error), ``contradicts`` when the prose names a year or a count
    the table does not have, and ``not mentioned`` for a repeat visitor the prose omits.
    """
    log = built["meetings_log"]
    claims = raw["article/repeat_visit_claims.csv"].set_index("person_id")
    per = log.groupby("person_id").agg(
        name_kk=("name_kk", "first"),
        name_latin=("name_latin", "first"),
        meetings=("meeting_id", "nunique"),
        meeting_dates=(
            "meeting_date",
            lambda s: ";".join(sorted(s.dt.strftime("%Y-%m-%d").unique())),
        ),
        meeting_years=("meeting_date", lambda s: ";".join(sorted(s.dt.year.astype(str).unique()))),
    )
    keep = per[(per["meetings"] > 1) | per.index.isin(claims.index)].copy()
    rows = []
    for pid, r in keep.iterrows():
        table_years = r["meeting_years"].split(";")
        if pid in claims.index:
            c = claims.loc[pid]
            years = c["years_claimed"]
            times = c["times_claimed"]
            named = years.split(";") if isinstance(years, str) else []
            left_out = [y for y in table_years if named and y not in named]
            wrong = [y for y in named if y not in table_years]
            if wrong or (pd.notna(times) and int(times) != r["meetings"]):
                check = "contradicts"
            elif left_out:
                check = "matches, omits a meeting"
            else:
                check = "matches"
            rows.append((pid, years, times, ";".join(left_out) or pd.NA, check, c["locator"]))
        else:
            rows.append((pid, pd.NA, pd.NA, r["meeting_years"], "not mentioned", pd.NA))
    text = pd.DataFrame(
        rows,
        columns=[
            "person_id",
            "years_in_text",
            "times_in_text",
            "years_left_out",
            "check",
            "text_locator",
        ],
    )
    df = keep.reset_index().merge(text, on="person_id", validate="1:1")
    df["times_in_text"] = df["times_in_text"].astype("Int64")
    df = df.sort_values(["meeting_dates"])
    return df[list(RepeatVisitors.to_schema().columns)].reset_index(drop=True)


# ---------------------------------------------------------------------------- sessions


def build_sessions(raw: RawTables, _: dict) -> pd.DataFrame:
    """Sessions I-V with their number (see :class:`Sessions`)."""
    df = raw["public/sessions.csv"].copy()
    df["session_number"] = df["session"].map({r: i + 1 for i, r in enumerate(ROMAN)})
    return df.sort_values("session_number").reset_index(drop=True)


def poisson_rate_interval(events: int, days: int, confidence_level: float) -> tuple[float, float]:
    """Exact (Garwood) confidence interval of a Poisson rate, in events per year.

    ``events`` counted over ``days`` days; the bounds are the chi-square quantiles
    ``chi2(alpha/2, 2k)/2`` and ``chi2(1-alpha/2, 2k+2)/2`` divided by the years
    (``days / 365.25``). The lower bound is 0 when ``events`` is 0. Raises ValueError
    for ``days < 1``."""
    from scipy.stats import chi2

    if days < 1:
        raise ValueError(f"days must be >= 1, got {days}")
    alpha = 1 - confidence_level
    years = days / DAYS_PER_YEAR
    low = chi2.ppf(alpha / 2, 2 * events) / 2 if events > 0 else 0.0
    high = chi2.ppf(1 - alpha / 2, 2 * events + 2) / 2
    return float(low) / years, float(high) / years


def rate_homogeneity_p(meetings: list[int], days: list[int]) -> float:
    """p-value of the chi-square goodness-of-fit test that several periods share one Poisson
    rate: expected meetings proportional to each period's days. ``meetings`` and ``days``
    are equal-length lists (at least two periods). Counts this small (expected about six a
    period) make the test approximate; it answers whether the differences exceed chance."""
    from scipy.stats import chisquare

    if len(meetings) != len(days) or len(meetings) < 2:
        raise ValueError("need at least two periods with one day count each")
    total = sum(meetings)
    expected = [total * d / sum(days) for d in days]
    return float(chisquare(meetings, expected).pvalue)


def build_session_intervals(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Meetings per interval between consecutive plenary days (:class:`SessionIntervals`).

    A meeting dated on a plenary day would count in the interval that the plenary closes;
    Table 3 has none.
    """
    from analysis.params import from_frame

    level = from_frame(built["parameters"]).confidence_level
    sessions = built["sessions"].sort_values("plenary_date")
    log = built["meetings_log"]
    last = log["meeting_date"].max()
    dates = list(sessions["plenary_date"])
    names = list(sessions["session"])
    bounds = [(pd.NaT, dates[0], f"before {names[0]}")]
    bounds += [
        (dates[i], dates[i + 1], f"{names[i]}-{names[i + 1]}") for i in range(len(dates) - 1)
    ]
    bounds += [(dates[-1], pd.NaT, f"after {names[-1]}")]
    rows = []
    for order, (start, end, label) in enumerate(bounds, start=1):
        inside = log[
            (pd.isna(start) | (log["meeting_date"] > start))
            & (pd.isna(end) | (log["meeting_date"] <= end))
        ]
        ids = sorted(inside["meeting_id"].unique())
        days = (end - start).days if pd.notna(start) and pd.notna(end) else pd.NA
        covers = bool(pd.isna(start) or start < last)
        rated = days is not pd.NA and covers
        rate = len(ids) / (days / DAYS_PER_YEAR) if rated else pd.NA
        low, high = poisson_rate_interval(len(ids), days, level) if rated else (pd.NA, pd.NA)
        to_last = (min(end, last) - start).days if rated else pd.NA
        rate_last = len(ids) / (to_last / DAYS_PER_YEAR) if rated else pd.NA
        low_last, high_last = (
            poisson_rate_interval(len(ids), to_last, level) if rated else (pd.NA, pd.NA)
        )
        rows.append(
            (
                order,
                label,
                start,
                end,
                days,
                len(ids),
                len(inside),
                rate,
                low,
                high,
                to_last,
                rate_last,
                low_last,
                high_last,
                covers,
                ";".join(ids) or pd.NA,
            )
        )
    df = pd.DataFrame(rows, columns=list(SessionIntervals.to_schema().columns))
    df["days"] = df["days"].astype("Int64")
    df["days_to_last"] = df["days_to_last"].astype("Int64")
    for col in (
        "meetings_per_year",
        "rate_low",
        "rate_high",
        "rate_to_last",
        "rate_to_last_low",
        "rate_to_last_high",
    ):
        df[col] = pd.to_numeric(df[col]).astype(float)
    for col in ("start_date", "end_date"):
        df[col] = pd.to_datetime(df[col])
    return df


def build_meetings_by_year(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Table 3 by calendar year (see :class:`MeetingsByYear`)."""
    log = built["meetings_log"].assign(year=lambda d: d["meeting_date"].dt.year.astype("int64"))
    df = log.groupby("year").agg(
        meetings=("meeting_id", "nunique"),
        person_meetings=("person_id", "size"),
        people=("person_id", "nunique"),
    )
    df["newcomers"] = log[log["is_newcomer"]].groupby("year")["person_id"].nunique()
    df["meetings_before_decree"] = log[log["before_decree"]].groupby("year")["meeting_id"].nunique()
    df = df.fillna(0).astype(int).reset_index()
    return df[list(MeetingsByYear.to_schema().columns)]


# ---------------------------------------------------------------------------- comparison


def _figure(ctx: pd.DataFrame, figure_id: str) -> pd.Series:
    row = ctx[ctx["figure_id"] == figure_id]
    if len(row) != 1:
        raise KeyError(f"figure '{figure_id}' is not in data/raw/context/context_figures.csv")
    return row.iloc[0]


#: The public source of the Council's size (fact ``size_at_creation``: 44 members under the
#: decree No. 63 of 17 July 2019, The Astana Times).
NCPT_PATH = "public/ncpt.csv"


def _ncpt_members(raw: RawTables) -> int:
    """The National Council of Public Trust's size at its creation (public/ncpt.csv)."""
    facts = raw[NCPT_PATH].set_index("fact_id")
    return int(facts.loc["size_at_creation", "value"])


def build_body_comparison(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Sessions and meetings with the President per year: the Kurultai and its predecessor.

    Rows (see :class:`BodyComparison`):

    * ``ncpt``: the National Council of Public Trust, from seed 002 (context_figures.csv):
      6 sessions and 28 members met individually in "almost three years"; the seed gives no
      start or end date, so the denominator is 3 years as printed (a shorter real span would
      raise both rates slightly).
    * ``kurultai``: from the decree of 14 June 2022 to the plenary of session IV (14 March
      2025, :data:`KURULTAI_WINDOW_END`): sessions I-IV and the meetings of Table 3 dated in
      that window.
    * ``kurultai_table_span``: every row of Table 3, from its first to its last date
      (including the two meetings before the decree), with the sessions in that span.

    ``people_met`` counts people met one to one, as the Council's figure does: received alone
    at least once in the window (:func:`analysis.records.one_to_one_people`; the two members
    received together at M17 and M20 count only if received alone on another date).

    ``members`` is the 149 seats of the Kurultai ever filled: 117 initial members plus
    32 rotated in (kurultai_facts.csv, seed 000 lines 182 and 188-194), because three of the
    people met are newcomers and the composition chapter uses the same base; seed 002 gives
    no size for the Council, but its size at creation is public: 44 members (decree No. 63 of
    17 July 2019; The Astana Times; public/ncpt.csv). The rates are context,
    not a like-for-like finding: the Kurultai is meant to hold one session a year (seed 000
    line 59), and seed 002 states no schedule for the Council.

    Raises ``KeyError`` when a needed context figure is missing.
    """
    ctx = raw["context/context_figures.csv"]
    facts = raw["article/kurultai_facts.csv"].set_index("fact_id")
    seats = int(facts.loc["initial_members", "value"]) + int(
        facts.loc["rotation_newcomers", "value"]
    )
    log = built["meetings_log"]
    sessions = built["sessions"]
    years_f = _figure(ctx, "ncpt_years_active")
    sess_f = _figure(ctx, "ncpt_sessions")
    met_f = _figure(ctx, "ncpt_members_met")
    ncpt_years = float(years_f["value"])
    rows = [
        {
            "row_id": "ncpt",
            "body_en": "National Council of Public Trust",
            "body_kk": "Ұлттық қоғамдық сенім кеңесі",
            "period_en": "2019 to June 2022",
            "period_start": pd.NaT,
            "period_end": pd.NaT,
            "years": ncpt_years,
            "sessions": int(sess_f["value"]),
            "people_met": int(met_f["value"]),
            "members": _ncpt_members(raw),
            "schedule_en": "not stated (seed 002)",
            "meetings": pd.NA,
            "source": (
                f"seed 002 lines {sess_f['locator']} (sessions, members met), "
                f"{years_f['locator']} (period); data/raw/context/context_figures.csv"
            ),
            "caveat": (
                "28 counts members met individually, not meetings; the period is printed as "
                "'almost three years' and used as 3.0 years."
            ),
        }
    ]
    windows = [
        (
            "kurultai",
            "decree to session IV (June 2022 to March 2025)",
            DECREE_DATE,
            KURULTAI_WINDOW_END,
            "Meetings after the last listed date (17 January 2025) are not in Table 3.",
        ),
        (
            "kurultai_table_span",
            "first to last meeting of Table 3 (April 2022 to January 2025)",
            log["meeting_date"].min(),
            log["meeting_date"].max(),
            "Includes the two meetings dated before the decree; sessions counted in the span.",
        ),
    ]
    for row_id, period, start, end, caveat in windows:
        inside = log[(log["meeting_date"] >= start) & (log["meeting_date"] <= end)]
        held = sessions[(sessions["plenary_date"] >= start) & (sessions["plenary_date"] <= end)]
        rows.append(
            {
                "row_id": row_id,
                "body_en": "National Kurultai",
                "body_kk": "Ұлттық құрылтай",
                "period_en": period,
                "period_start": start,
                "period_end": end,
                "years": (end - start).days / DAYS_PER_YEAR,
                "sessions": len(held),
                # One definition of "met one to one" for every page: received alone at
                # least once (analysis.records.one_to_one_people), as the Council's figure.
                "people_met": one_to_one_people(inside, raw[JOINT_RECEPTIONS_PATH]),
                "members": seats,
                "schedule_en": "once a year (seed 000 line 59)",
                "meetings": inside["meeting_id"].nunique(),
                "source": (
                    "article Table 3 (seed 000 lines 465-611), data/raw/article/meetings.csv; "
                    "data/raw/public/sessions.csv"
                ),
                "caveat": caveat,
            }
        )
    df = pd.DataFrame(rows)
    df["meetings"] = df["meetings"].astype("Int64")
    df["members"] = df["members"].astype("Int64")
    df["people_met_pct_of_members"] = (
        100 * df["people_met"] / df["members"].astype("Float64")
    ).astype(float)
    df["sessions_per_year"] = df["sessions"] / df["years"]
    df["people_met_per_year"] = df["people_met"] / df["years"]
    df["meetings_per_year"] = (df["meetings"].astype("Float64") / df["years"]).astype(float)
    for col in ("period_start", "period_end"):
        df[col] = pd.to_datetime(df[col])
    return df[list(BodyComparison.to_schema().columns)]


# ---------------------------------------------------------------------------- cadence

DAYS_PER_MONTH = DAYS_PER_YEAR / 12
#: A period shorter than this gives no rate (one meeting in two weeks is not a cadence).
MIN_RATE_DAYS = 90


def build_meeting_cadence(_: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Meetings per month and the gaps between meetings (see :class:`MeetingCadence`), for
    the meetings with members: from the decree that created the Kurultai (a meeting before
    it existed is not a meeting with its members; Table 3's pre-decree rows are left out)."""
    log = built["meetings_log"].drop_duplicates("meeting_id")
    dates = (log.loc[~log["before_decree"], "meeting_date"].sort_values()).reset_index(drop=True)
    first, last = dates.iloc[0], dates.iloc[-1]
    gaps = pd.DataFrame({"from": dates.shift(1), "to": dates}).dropna()
    gaps["days"] = (gaps["to"] - gaps["from"]).dt.days
    windows = [
        (
            str(y),
            max(pd.Timestamp(f"{y}-01-01"), first),
            min(pd.Timestamp(f"{y + 1}-01-01"), last),
        )
        for y in range(first.year, last.year + 1)
    ]
    windows.append(("all", first, last))
    rows = []
    for order, (period, start, end) in enumerate(windows, start=1):
        inside = dates[(dates >= start) & ((dates < end) | (dates == last) & (end == last))]
        g = gaps[gaps["to"].isin(inside)]
        days = (end - start).days
        long = g.sort_values(["days", "to"], ascending=[False, True]).head(1)
        rows.append(
            {
                "period": period,
                "period_order": order,
                "start_date": start,
                "end_date": end,
                "days": days,
                "months": days / DAYS_PER_MONTH,
                "meetings": len(inside),
                "meetings_per_month": (
                    len(inside) / (days / DAYS_PER_MONTH) if days >= MIN_RATE_DAYS else pd.NA
                ),
                "meeting_days_pct": (
                    100 * inside.nunique() / days if days >= MIN_RATE_DAYS else pd.NA
                ),
                "gaps": len(g),
                "median_gap_days": float(g["days"].median()) if len(g) else pd.NA,
                "longest_gap_days": int(long["days"].iloc[0]) if len(g) else pd.NA,
                "longest_gap_from": long["from"].iloc[0] if len(g) else pd.NaT,
                "longest_gap_to": long["to"].iloc[0] if len(g) else pd.NaT,
            }
        )
    df = pd.DataFrame(rows)
    for col in ("meetings_per_month", "meeting_days_pct", "median_gap_days"):
        df[col] = pd.to_numeric(df[col]).astype(float)
    df["longest_gap_days"] = df["longest_gap_days"].astype("Int64")
    for col in ("longest_gap_from", "longest_gap_to"):
        df[col] = pd.to_datetime(df[col])
    return df[list(MeetingCadence.to_schema().columns)]


# ---------------------------------------------------------------------------- second coder


def _match_second_coding(raw: RawTables) -> tuple[pd.DataFrame, list[Problem]]:
    """Pair each row of coding/second_coding.csv with a person-meeting of Table 3.

    A row matches the participant with the same meeting date and line range; where two
    people share them (a joint meeting), the printed name decides (nominative plus a Kazakh
    case ending, :func:`analysis.translit.case_ending`). Returns the second coding with
    ``meeting_id``, ``person_order`` and ``person_id`` added (unmatched rows dropped) and a
    problem for every row that matches no person-meeting or more than one, and for every
    person-meeting no row matches.
    """
    path = "coding/second_coding.csv"
    second = raw[path]
    part = raw["article/meeting_participants.csv"].merge(
        raw["article/meetings.csv"][["meeting_id", "meeting_date"]], on="meeting_id"
    )
    names = raw["article/persons.csv"].set_index("person_id")["name_kk"]
    problems: list[Problem] = []
    keys = []
    for i, r in second.iterrows():
        cand = part[(part["meeting_date"] == r["meeting_date"]) & (part["locator"] == r["locator"])]
        if len(cand) > 1 and isinstance(r["person_as_printed"], str):
            cand = cand[
                [
                    pid in names.index
                    and case_ending(r["person_as_printed"], names[pid]) is not None
                    for pid in cand["person_id"]
                ]
            ]
        if len(cand) != 1:
            problems.append(
                _problem(
                    path,
                    i,
                    "locator",
                    f"matches {len(cand)} person-meetings of Table 3 (by date, line range and "
                    "name), not one",
                    f"{r['meeting_date']:%Y-%m-%d} {r['locator']} {r['person_as_printed']}",
                )
            )
            keys.append((pd.NA, pd.NA, pd.NA))
            continue
        c = cand.iloc[0]
        keys.append((c["meeting_id"], c["person_order"], c["person_id"]))
    out = second.assign(
        meeting_id=[k[0] for k in keys],
        person_order=[k[1] for k in keys],
        person_id=[k[2] for k in keys],
    ).dropna(subset=["meeting_id"])
    dup = out.duplicated(["meeting_id", "person_order"], keep=False)
    for i in out.index[dup]:
        problems.append(
            _problem(
                path,
                i,
                "locator",
                "another row matches the same person-meeting",
                second.loc[i, "locator"],
            )
        )
    have = set(zip(out["meeting_id"], out["person_order"], strict=True))
    for i, (mid, order) in enumerate(zip(part["meeting_id"], part["person_order"], strict=True)):
        if (mid, order) not in have:
            problems.append(
                _problem(
                    "article/meeting_participants.csv",
                    i,
                    "meeting_id",
                    f"no row of {raw_label(path)} codes this person-meeting",
                    f"{mid} {order}",
                )
            )
    out["person_order"] = out["person_order"].astype(int)
    return out, problems


def check_second_coding(raw: RawTables) -> list[Problem]:
    """The second coding uses codebook domains only and covers Table 3 one row per
    person-meeting (see :func:`_match_second_coding`)."""
    path = "coding/second_coding.csv"
    domains = set(raw["coding/topic_codebook.csv"]["domain_id"])
    problems = []
    for i, r in raw[path].iterrows():
        bad = [d for d in r["domains"].split(";") if d not in domains]
        if bad:
            problems.append(
                _problem(
                    path,
                    i,
                    "domains",
                    "domain does not exist in coding/topic_codebook.csv",
                    ";".join(bad),
                )
            )
    return problems + _match_second_coding(raw)[1]


def _in_codebook_order(ids: set[str], order: dict[str, int]) -> str:
    return ";".join(sorted(ids, key=order.__getitem__))


def build_coding_agreement(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The rule coding against the second coder, per person-meeting
    (see :class:`CodingAgreement`)."""
    second, _ = _match_second_coding(raw)
    order = dict(
        zip(
            raw["coding/topic_codebook.csv"]["domain_id"],
            raw["coding/topic_codebook.csv"]["domain_order"],
            strict=True,
        )
    )
    coded = built["meeting_domains"]
    rules = coded.groupby(["meeting_id", "person_order"]).agg(
        person_id=("person_id", "first"),
        meeting_date=("meeting_date", "first"),
        rule_set=("domain_id", set),
    )
    rules["primary_rules"] = coded[coded["is_primary"]].set_index(["meeting_id", "person_order"])[
        "domain_id"
    ]
    sec = second.set_index(["meeting_id", "person_order"])
    df = rules.join(sec[["primary_domain", "domains", "coder_note"]], how="left").reset_index()
    sets_second = df["domains"].str.split(";").map(set)
    rows = []
    for r, s2 in zip(df.itertuples(), sets_second, strict=True):
        s1 = r.rule_set
        rows.append(
            {
                "domains_rules": _in_codebook_order(s1, order),
                "domains_second": _in_codebook_order(s2, order),
                "domains_agree": s1 == s2,
                "only_rules": _in_codebook_order(s1 - s2, order) or pd.NA,
                "only_second": _in_codebook_order(s2 - s1, order) or pd.NA,
                "jaccard": len(s1 & s2) / len(s1 | s2),
            }
        )
    df = pd.concat([df, pd.DataFrame(rows, index=df.index)], axis=1)
    df["primary_second"] = df["primary_domain"]
    df["primary_agree"] = df["primary_rules"] == df["primary_second"]
    names = built["persons"].set_index("person_id")["name_latin"]
    df["name_latin"] = df["person_id"].map(names)
    df = df.sort_values(["meeting_date", "person_order"])
    return df[list(CodingAgreement.to_schema().columns)].reset_index(drop=True)


def kappa(first: pd.Series, second: pd.Series, confidence_level: float) -> dict[str, float]:
    """Cohen's kappa of two codings of the same items (statsmodels ``cohens_kappa``).

    Parameters
    ----------
    first, second:
        Category of each item by each coder (aligned, same length, any hashable labels).
    confidence_level:
        Proportion 0-1 for the limits kappa +/- z * ASE (asymptotic standard error).

    Returns
    -------
    ``n``, ``agree`` (items with the same category), ``observed_pct`` and ``expected_pct``
    (percent 0-100), ``kappa``, ``kappa_low``, ``kappa_high`` (limits clipped to [-1, 1]; all
    three NaN where kappa is undefined: chance agreement of 100%).
    """
    from scipy.stats import norm
    from statsmodels.stats.inter_rater import cohens_kappa

    cats = sorted(set(first) | set(second), key=str)
    table = pd.crosstab(
        pd.Categorical(first, categories=cats),
        pd.Categorical(second, categories=cats),
        dropna=False,
    ).to_numpy()
    n = int(table.sum())
    observed = table.trace() / n
    expected = float((table.sum(axis=0) * table.sum(axis=1)).sum()) / n**2
    out = {
        "n": n,
        "agree": int(table.trace()),
        "observed_pct": 100 * observed,
        "expected_pct": 100 * expected,
        "kappa": float("nan"),
        "kappa_low": float("nan"),
        "kappa_high": float("nan"),
    }
    if expected < 1:
        res = cohens_kappa(table)
        z = float(norm.ppf(0.5 + confidence_level / 2))
        out["kappa"] = float(res.kappa)
        out["kappa_low"] = max(-1.0, float(res.kappa - z * res.std_kappa))
        out["kappa_high"] = min(1.0, float(res.kappa + z * res.std_kappa))
    return out


def build_coding_reliability(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Cohen's kappa, rule coding against the second coder (see :class:`CodingReliability`)."""
    from analysis.params import from_frame

    level = from_frame(built["parameters"]).confidence_level
    a = built["coding_agreement"]
    n = len(a)
    rows = [
        {
            "measure": "primary_domain",
            "domain_id": pd.NA,
            **kappa(a["primary_rules"], a["primary_second"], level),
            "rules_count": n,
            "second_count": n,
        }
    ]
    for d in raw["coding/topic_codebook.csv"].sort_values("domain_order")["domain_id"]:
        r = a["domains_rules"].str.split(";").map(lambda s, d=d: d in s)
        s = a["domains_second"].str.split(";").map(lambda s, d=d: d in s)
        rows.append(
            {
                "measure": f"domain:{d}",
                "domain_id": d,
                **kappa(r, s, level),
                "rules_count": int(r.sum()),
                "second_count": int(s.sum()),
            }
        )
    df = pd.DataFrame(rows)
    df["confidence_level"] = level
    for col in ("kappa", "kappa_low", "kappa_high"):
        df[col] = df[col].astype(float)
    return df[list(CodingReliability.to_schema().columns)]


# ---------------------------------------------------------------------------- checks


def _problem(path: str, i: int, column: str, rule: str, value: object) -> Problem:
    return Problem(raw_label(path), int(i) + 2, column, rule, str(value))


def check_references(raw: RawTables) -> list[Problem]:
    """Every person id used in Table 3, the newcomer list or the repeat-visit claims exists in
    persons.csv, every participant row points to a dated meeting, and every meeting has a
    participant."""
    problems: list[Problem] = []
    persons = set(raw["article/persons.csv"]["person_id"])
    meetings = raw["article/meetings.csv"]
    for path in (
        "article/meeting_participants.csv",
        "article/newcomers.csv",
        "article/repeat_visit_claims.csv",
    ):
        for i, pid in raw[path]["person_id"].items():
            if pid not in persons:
                problems.append(
                    _problem(
                        path, i, "person_id", "person id does not exist in article/persons.csv", pid
                    )
                )
    part = raw["article/meeting_participants.csv"]
    known = set(meetings["meeting_id"])
    for i, mid in part["meeting_id"].items():
        if mid not in known:
            problems.append(
                _problem(
                    "article/meeting_participants.csv",
                    i,
                    "meeting_id",
                    "meeting id does not exist in article/meetings.csv",
                    mid,
                )
            )
    with_people = set(part["meeting_id"])
    for i, mid in meetings["meeting_id"].items():
        if mid not in with_people:
            problems.append(
                _problem(
                    "article/meetings.csv",
                    i,
                    "meeting_id",
                    "meeting has no row in article/meeting_participants.csv",
                    mid,
                )
            )
    return problems


def check_name_variants(raw: RawTables) -> list[Problem]:
    """Each printed name is a form of its person's registry name, and of no other person's.

    A printed form must be the nominative of article/persons.csv plus one known Kazakh case
    ending (:func:`analysis.translit.case_ending`); a form that would also fit another person
    is ambiguous and reported too.
    """
    problems: list[Problem] = []
    names = raw["article/persons.csv"].set_index("person_id")["name_kk"]
    for path in (
        "article/meeting_participants.csv",
        "article/newcomers.csv",
        "article/repeat_visit_claims.csv",
    ):
        df = raw[path]
        for i, (pid, printed) in enumerate(
            zip(df["person_id"], df["name_as_printed"], strict=True)
        ):
            if pid not in names.index:
                continue  # reported by check_references
            if case_ending(printed, names[pid]) is None:
                problems.append(
                    _problem(
                        path,
                        i,
                        "name_as_printed",
                        f"name is not a form of the person's registry name {names[pid]} "
                        "(nominative plus a known case ending)",
                        printed,
                    )
                )
            others = [
                o for o, n in names.items() if o != pid and case_ending(printed, n) is not None
            ]
            if others:
                problems.append(
                    _problem(
                        path,
                        i,
                        "name_as_printed",
                        f"name also fits other registry persons: {', '.join(others)}",
                        printed,
                    )
                )
    return problems


def check_topic_coding(raw: RawTables) -> list[Problem]:
    """The coding rules are usable and cover Table 3.

    Every rule names a domain of the codebook and compiles as a regular expression; every
    domain has a rule; every person-meeting of Table 3 gets at least one domain.
    """
    problems: list[Problem] = []
    rules = raw["coding/topic_rules.csv"]
    domains = set(raw["coding/topic_codebook.csv"]["domain_id"])
    usable = []
    for i, r in rules.iterrows():
        if r["domain_id"] not in domains:
            problems.append(
                _problem(
                    "coding/topic_rules.csv",
                    i,
                    "domain_id",
                    "domain does not exist in coding/topic_codebook.csv",
                    r["domain_id"],
                )
            )
            continue
        try:
            re.compile(r["pattern"])
        except re.error as exc:
            problems.append(
                _problem(
                    "coding/topic_rules.csv",
                    i,
                    "pattern",
                    f"not a regular expression ({exc})",
                    r["pattern"],
                )
            )
            continue
        usable.append(i)
    book = raw["coding/topic_codebook.csv"]
    for i, d in book["domain_id"].items():
        if d not in set(rules["domain_id"]):
            problems.append(
                _problem("coding/topic_codebook.csv", i, "domain_id", "domain has no rule", d)
            )
    part = raw["article/meeting_participants.csv"].reset_index(drop=True)
    coded = code_topics(part, rules.loc[usable])
    have = set(zip(coded["meeting_id"], coded["person_order"], strict=True))
    for i, (mid, order) in enumerate(zip(part["meeting_id"], part["person_order"], strict=True)):
        if (mid, order) not in have:
            problems.append(
                _problem(
                    "article/meeting_participants.csv",
                    i,
                    "topic_en",
                    "no rule of coding/topic_rules.csv matches this meeting's topics",
                    part.loc[i, "topic_en"],
                )
            )
    return problems


def check_meeting_wording(raw: RawTables) -> list[Problem]:
    """coding/meeting_wording.csv has one row per person-meeting of Table 3, with the same
    line range, and an English role exactly where the article prints a role."""
    path = "coding/meeting_wording.csv"
    part = raw["article/meeting_participants.csv"].set_index(["meeting_id", "person_order"])
    words = raw[path]
    problems: list[Problem] = []
    seen = set()
    for i, r in words.iterrows():
        key = (r["meeting_id"], r["person_order"])
        seen.add(key)
        if key not in part.index:
            problems.append(_problem(path, i, "meeting_id", "no such person-meeting", key))
            continue
        p = part.loc[key]
        if p["locator"] != r["locator"]:
            problems.append(
                _problem(path, i, "locator", f"Table 3 has lines {p['locator']}", r["locator"])
            )
        if pd.isna(p["role_as_printed"]) != pd.isna(r["role_en"]):
            problems.append(
                _problem(
                    path,
                    i,
                    "role_en",
                    "an English role is needed exactly where the article prints a role",
                    r["role_en"],
                )
            )
    for j, key in enumerate(part.index):
        if key not in seen:
            problems.append(
                _problem(
                    "article/meeting_participants.csv",
                    j,
                    "meeting_id",
                    f"no row of {raw_label(path)} for this person-meeting",
                    key,
                )
            )
    return problems


OUTPUTS = [
    Output(
        "persons",
        build_persons,
        Persons,
        (
            "article/persons.csv",
            "article/meeting_participants.csv",
            "article/meetings.csv",
            "article/newcomers.csv",
        ),
        "Persons registry",
    ),
    Output(
        "meetings_log",
        build_meetings_log,
        MeetingsLog,
        (
            "article/meetings.csv",
            "article/meeting_participants.csv",
            "article/persons.csv",
            "coding/meeting_wording.csv",
        ),
        "Table 3: the President's meetings with members",
    ),
    Output(
        "meeting_domains",
        build_meeting_domains,
        MeetingDomains,
        (
            "article/meeting_participants.csv",
            "article/meetings.csv",
            "coding/topic_rules.csv",
            "coding/topic_codebook.csv",
        ),
        "Topic coding of each person-meeting into policy domains",
    ),
    Output(
        "topic_domains",
        build_topic_domains,
        TopicDomains,
        ("coding/topic_codebook.csv", "coding/topic_rules.csv"),
        "Topic codebook with rules and counts",
    ),
    Output(
        "repeat_visitors",
        build_repeat_visitors,
        RepeatVisitors,
        (
            "article/meetings.csv",
            "article/meeting_participants.csv",
            "article/repeat_visit_claims.csv",
        ),
        "Repeat visitors: Table 3 against the prose",
    ),
    Output("sessions", build_sessions, Sessions, ("public/sessions.csv",), "Sessions I-V"),
    Output(
        "session_intervals",
        build_session_intervals,
        SessionIntervals,
        ("public/sessions.csv", "article/meetings.csv"),
        "Meetings between sessions",
    ),
    Output(
        "meetings_by_year",
        build_meetings_by_year,
        MeetingsByYear,
        ("article/meetings.csv", "article/meeting_participants.csv", "article/newcomers.csv"),
        "Meetings by year",
    ),
    Output(
        "meeting_cadence",
        build_meeting_cadence,
        MeetingCadence,
        ("article/meetings.csv",),
        "How often the meetings came: meetings per month and gaps, by year",
    ),
    Output(
        "coding_agreement",
        build_coding_agreement,
        CodingAgreement,
        (
            "coding/second_coding.csv",
            "coding/topic_rules.csv",
            "coding/topic_codebook.csv",
            "article/meeting_participants.csv",
        ),
        "Topic coding: the rules against an independent second coder",
    ),
    Output(
        "coding_reliability",
        build_coding_reliability,
        CodingReliability,
        ("coding/second_coding.csv", "coding/topic_rules.csv", "coding/topic_codebook.csv"),
        "Topic coding: Cohen's kappa, rules against the second coder",
    ),
    Output(
        "context_figures",
        sorted_raw("context/context_figures.csv", ["figure_id"]),
        ContextFigures,
        ("context/context_figures.csv",),
        "Context figures from the other seeds",
    ),
    Output(
        "body_comparison",
        build_body_comparison,
        BodyComparison,
        (
            "context/context_figures.csv",
            "article/meetings.csv",
            "public/sessions.csv",
            NCPT_PATH,
            "article/kurultai_facts.csv",
            JOINT_RECEPTIONS_PATH,
        ),
        "The Kurultai and the National Council of Public Trust",
    ),
    Output(
        "epilogue_2026",
        sorted_raw("public/epilogue_2026.csv", ["date"]),
        EpilogueRaw,
        ("public/epilogue_2026.csv",),
        "What followed in 2026",
    ),
]
CHECKS = [
    check_references,
    check_name_variants,
    check_topic_coding,
    check_meeting_wording,
    check_second_coding,
]


def referendum_figures(epilogue: pd.DataFrame) -> pd.DataFrame:
    """The counts of the referendum of 15 March 2026, parsed from ``epilogue_2026``'s
    ``figure`` text, with the shares recomputed.

    Parameters
    ----------
    epilogue:
        Processed ``epilogue_2026`` (needs the row dated 2026-03-15 whose ``figure`` reads
        e.g. ``"eligible 12482613; turnout 9127192 (73.12%); yes 7954667 (87.15%); ..."``).

    Returns
    -------
    One row per measure (``eligible``, ``turnout``, ``yes``, ``no``, ``invalid``):
    ``count`` (persons, int), ``share_pct_reported`` (percent as the source prints it, NaN if
    none), ``share_pct_recomputed`` (turnout over eligible; the rest over turnout; percent,
    two decimals).

    Raises
    ------
    KeyError
        No epilogue row is dated 15 March 2026, or a measure is missing from its text.
    """
    row = epilogue[epilogue["date"] == pd.Timestamp("2026-03-15")]
    if len(row) != 1:
        raise KeyError("epilogue_2026 has no row dated 2026-03-15 (the referendum)")
    text = row["figure"].iloc[0]
    found = {
        m.group(1): (int(m.group(2)), float(m.group(3)) if m.group(3) else float("nan"))
        for m in re.finditer(r"(\w+) (\d+)(?: \((\d+(?:\.\d+)?)%\))?", text)
    }
    measures = ["eligible", "turnout", "yes", "no", "invalid"]
    missing = [m for m in measures if m not in found]
    if missing:
        raise KeyError(f"referendum text lacks {missing}: {text!r}")
    df = pd.DataFrame(
        [(m, *found[m]) for m in measures], columns=["measure", "count", "share_pct_reported"]
    )
    base = df.set_index("measure")["count"]
    denominators = [base["eligible"], base["eligible"], *[base["turnout"]] * 3]
    df["share_pct_recomputed"] = (100 * df["count"] / pd.Series(denominators)).round(2)
    df.loc[df["measure"] == "eligible", "share_pct_recomputed"] = float("nan")
    return df
