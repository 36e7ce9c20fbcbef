"""Table 3 (the President's one-to-one meetings with members), persons and sessions.

Sources: the article's Table 3 (seed lines 465-611) in data/raw/article/{meetings,
meeting_participants,persons}.csv; sessions I-V and the 2026 epilogue from public sources in
data/raw/public/{sessions,epilogue_2026}.csv.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from analysis.errors import Problem
from analysis.outputs import Output, RawTables
from analysis.paths import raw_label
from analysis.schemas.common import BODY_PERIOD, PERSON_ID_REGEX, locator_field
from analysis.schemas.raw import ROMAN, EpilogueRaw, SessionsRaw
from analysis.translit import latin

#: The decree that created the Kurultai (article line 139; kurultai_facts.csv).
DECREE_DATE = pd.Timestamp("2022-06-14")


class Persons(pa.DataFrameModel):
    """One row per person named in Table 3 or the newcomer list. Key: ``person_id``."""

    person_id: str = pa.Field(str_matches=PERSON_ID_REGEX, unique=True, description="Stable id.")
    name_kk: str = pa.Field(description="Initial and surname in Kazakh, nominative form.")
    name_latin: str = pa.Field(description="Latin form (analysis.translit scheme).")
    is_newcomer: bool = pa.Field(description="Among the 32 members who joined by rotation.")
    meetings: int = pa.Field(
        ge=0,
        description="One-to-one meetings with the President in Table 3.",
        metadata={"unit": "meetings"},
    )
    meeting_years: str = pa.Field(
        nullable=True, description="Years of those meetings, separated by ';'."
    )
    name_variants: str = pa.Field(
        nullable=True, description="Other spellings printed in Table 3, separated by '; '."
    )
    note: str = pa.Field(nullable=True, description="Transcriber's note.")

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
    role_as_printed: str = pa.Field(nullable=True, description="Role as printed.")
    topic_en: str = pa.Field(description="Topics, paraphrased in English.")
    is_newcomer: bool = pa.Field(description="Person is among the 32 newcomers.")
    before_decree: bool = pa.Field(
        description="Meeting is dated before the decree of 14 June 2022 that created the Kurultai."
    )
    locator: str = locator_field()

    class Config:
        strict = True
        ordered = True
        unique = ["meeting_id", "person_order"]


class Sessions(SessionsRaw):
    """Sessions I-V (public sources), with the session as a number. Key: ``session``."""

    session_number: int = pa.Field(ge=1, le=5, unique=True, description="Session number.")

    class Config:
        strict = True


def build_persons(raw: RawTables, _: dict) -> pd.DataFrame:
    """Persons registry (see :class:`Persons`)."""
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
    variants = part.groupby("person_id")["name_as_printed"].agg(lambda s: sorted(set(s)))
    persons["name_variants"] = [
        "; ".join(v for v in variants.get(pid, []) if v != name) or pd.NA
        for pid, name in zip(persons["person_id"], persons["name_kk"], strict=True)
    ]
    cols = list(Persons.to_schema().columns)
    return persons[cols].sort_values("person_id").reset_index(drop=True)


def build_meetings_log(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Table 3 joined with the persons registry (see :class:`MeetingsLog`)."""
    persons = built["persons"][["person_id", "name_kk", "name_latin", "is_newcomer"]]
    log = (
        raw["article/meetings.csv"]
        .drop(columns="locator")
        .merge(raw["article/meeting_participants.csv"], on="meeting_id", validate="1:m")
        .merge(persons, on="person_id", validate="m:1")
    )
    log["before_decree"] = log["meeting_date"] < DECREE_DATE
    cols = list(MeetingsLog.to_schema().columns)
    return log[cols].sort_values(["meeting_date", "person_order"]).reset_index(drop=True)


def build_sessions(raw: RawTables, _: dict) -> pd.DataFrame:
    """Sessions I-V with their number (see :class:`Sessions`)."""
    df = raw["public/sessions.csv"].copy()
    df["session_number"] = df["session"].map({r: i + 1 for i, r in enumerate(ROMAN)})
    return df.sort_values("session_number").reset_index(drop=True)


def build_epilogue(raw: RawTables, _: dict) -> pd.DataFrame:
    """The 2026 epilogue, sorted by date (see :class:`analysis.schemas.raw.EpilogueRaw`)."""
    return raw["public/epilogue_2026.csv"].sort_values("date").reset_index(drop=True)


def check_references(raw: RawTables) -> list[Problem]:
    """Every person id used in Table 3 or the newcomer list exists in persons.csv, every
    participant row points to a dated meeting, and every meeting has a participant."""
    problems: list[Problem] = []
    persons = set(raw["article/persons.csv"]["person_id"])
    meetings = raw["article/meetings.csv"]
    for path in ("article/meeting_participants.csv", "article/newcomers.csv"):
        df = raw[path]
        for i, pid in df["person_id"].items():
            if pid not in persons:
                problems.append(
                    Problem(
                        raw_label(path),
                        int(i) + 2,
                        "person_id",
                        "person id does not exist in article/persons.csv",
                        pid,
                    )
                )
    part = raw["article/meeting_participants.csv"]
    known = set(meetings["meeting_id"])
    for i, mid in part["meeting_id"].items():
        if mid not in known:
            problems.append(
                Problem(
                    raw_label("article/meeting_participants.csv"),
                    int(i) + 2,
                    "meeting_id",
                    "meeting id does not exist in article/meetings.csv",
                    mid,
                )
            )
    with_people = set(part["meeting_id"])
    for i, mid in meetings["meeting_id"].items():
        if mid not in with_people:
            problems.append(
                Problem(
                    raw_label("article/meetings.csv"),
                    int(i) + 2,
                    "meeting_id",
                    "meeting has no row in article/meeting_participants.csv",
                    mid,
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
        ("article/meetings.csv", "article/meeting_participants.csv", "article/persons.csv"),
        "Table 3: the President's meetings with members",
    ),
    Output("sessions", build_sessions, Sessions, ("public/sessions.csv",), "Sessions I-V"),
    Output(
        "epilogue_2026",
        build_epilogue,
        EpilogueRaw,
        ("public/epilogue_2026.csv",),
        "What followed in 2026",
    ),
]
CHECKS = [check_references]
