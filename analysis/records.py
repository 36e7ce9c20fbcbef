"""Table 3 against the world, and the outside sources the verdicts cite.

Sources (data/raw/public/, compiled on 7 December 2026 from stored copies of public pages;
every query is in search_log.csv; README.md there says what was and was not found):

* ``meeting_records.csv``: each person-row of the article's Table 3 (R01-R24) with the public
  record found for it (``confirmed``, ``date_differs``, ``not_found``), and receptions of
  members that Table 3 does not list (X01-X04, ``not_in_table3``);
* ``ncpt.csv``: the National Council of Public Trust (decree No. 63 of 17 July 2019; 44
  members at its creation, The Astana Times);
* ``literature.csv`` and ``caveat_sources.csv``: the literature and caveat sources, each with
  a short quote from the text actually read.

From data/raw/article/: ``joint_receptions.csv``, the meetings the article words as one
reception of two members (M17, M20), so that a person met only at a joint reception is not
counted as met one to one.

Outputs: ``meeting_records`` (the validated records, with the Table 3 date beside the
record's) and ``table3_completeness`` (how complete Table 3 is, as a lower bound: one row per
figure). A "not found" means only that the stored pages searched hold no record; it never
removes a meeting from Table 3.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from analysis.outputs import Output, RawTables, sorted_raw
from analysis.schemas.raw import (
    CaveatSourcesRaw,
    LiteratureRaw,
    MeetingRecordsRaw,
    NcptRaw,
)

RECORDS_PATH = "public/meeting_records.csv"
NCPT_PATH = "public/ncpt.csv"
LITERATURE_PATH = "public/literature.csv"
CAVEATS_PATH = "public/caveat_sources.csv"
JOINT_PATH = "article/joint_receptions.csv"
#: The decree that created the Kurultai (article line 139; kurultai_facts.csv).
DECREE_DATE = pd.Timestamp("2022-06-14")


class MeetingRecords(MeetingRecordsRaw):
    """Table 3 checked against public records, in record order. Key: ``record_id``."""

    class Config:
        strict = True
        ordered = True


class Table3Completeness(pa.DataFrameModel):
    """How complete the article's Table 3 is against public records, and who met the
    President one to one. Key: ``metric_id``. Counts are persons or meetings; a lower bound
    throughout (a record not found in the stored pages may still exist)."""

    metric_id: str = pa.Field(unique=True, description="Which figure.")
    value: int = pa.Field(ge=0, description="The figure (a count).")
    unit: str = pa.Field(
        isin=["person-rows", "meetings", "persons", "receptions"],
        description="What value counts: `person-rows`, `meetings`, `persons` or `receptions`.",
    )
    label_en: str = pa.Field(description="What it counts (in English).")

    class Config:
        strict = True
        ordered = True


def one_to_one_people(log: pd.DataFrame, joint: pd.DataFrame, *, from_decree: bool = False) -> int:
    """Persons of ``meetings_log`` (or of any slice of it) met one to one: received alone at
    least once, i.e. in a meeting not listed in ``joint`` (joint_receptions: one reception of
    several members); with ``from_decree``, only meetings on or after the decree. This is
    the book's one definition of "met one to one" (the Preface, the ledger, the
    communication chapter and the comparison with the Council all read it)."""
    rows = log[~log["before_decree"]] if from_decree else log
    alone = rows[~rows["meeting_id"].isin(joint["meeting_id"])]
    return int(alone["person_id"].nunique())


def completeness(records: pd.DataFrame, log: pd.DataFrame, joint: pd.DataFrame) -> pd.DataFrame:
    """The rows of :class:`Table3Completeness` from ``meeting_records``, ``meetings_log`` and
    ``joint_receptions``. Raises ``ValueError`` when a Table 3 row of the log has no record
    (the records must cover every person-row)."""
    t3 = records[records["match"] != "not_in_table3"]
    keys = set(zip(t3["meeting_id"], t3["person_id"], strict=True))
    missing = set(zip(log["meeting_id"], log["person_id"], strict=True)) - keys
    if missing:
        raise ValueError(f"{RECORDS_PATH}: no record for Table 3 rows {sorted(missing)}")
    match = t3["match"].value_counts()
    found = t3["match"].isin(["confirmed", "date_differs"])
    corroborated = (t3["match"] == "not_found") & (t3["in_karin_list_2023"] == "yes")
    extra = records[records["match"] == "not_in_table3"]
    first, last = log["meeting_date"].min(), log["meeting_date"].max()
    dated = pd.to_datetime(extra["date_in_record"].where(extra["date_in_record"].str.len() == 10))
    in_span = int(((dated >= first) & (dated <= last)).sum())
    in_span_before = int(((dated >= first) & (dated < DECREE_DATE)).sum())
    after = int((dated > last).sum() + (extra["date_in_record"].str.len() == 7).sum())
    undated = int(extra["date_in_record"].isna().sum())
    after_decree = int(log.loc[~log["before_decree"], "person_id"].nunique())
    rows = [
        ("person_rows", len(t3), "person-rows", "Person-rows of Table 3 checked"),
        ("confirmed", int(match.get("confirmed", 0)), "person-rows", "Confirmed: same date"),
        (
            "date_differs",
            int(match.get("date_differs", 0)),
            "person-rows",
            "Found under another date",
        ),
        ("not_found", int(match.get("not_found", 0)), "person-rows", "No dated record found"),
        (
            "corroborated_undated",
            int(corroborated.sum()),
            "person-rows",
            "Not found by date, but named in the State Counselor's list of 22 Feb 2023",
        ),
        (
            "meetings",
            int(log["meeting_id"].nunique()),
            "meetings",
            "Dated meetings in Table 3",
        ),
        (
            "meetings_with_record",
            int(t3.loc[found, "meeting_id"].nunique()),
            "meetings",
            "Meetings with at least one person found in a dated record",
        ),
        (
            "extra_in_span",
            in_span,
            "receptions",
            "Receptions of members found in records, not in Table 3, dated within its span",
        ),
        (
            "extra_in_span_before_decree",
            in_span_before,
            "receptions",
            "Of those within its span, receptions before the decree (not yet of a member)",
        ),
        (
            "extra_undated",
            undated,
            "receptions",
            "Receptions of members not in Table 3, date unknown",
        ),
        (
            "extra_after",
            after,
            "receptions",
            "Receptions of members not in Table 3, after its last date",
        ),
        (
            "people_after_decree",
            after_decree,
            "persons",
            "Persons received after the decree (Table 3)",
        ),
        (
            "people_one_to_one_after_decree",
            one_to_one_people(log, joint, from_decree=True),
            "persons",
            "Persons received alone at least once after the decree (joint receptions left out)",
        ),
        (
            "people_listed",
            int(log["person_id"].nunique()),
            "persons",
            "Persons Table 3 lists (before the decree too, alone or together)",
        ),
        (
            "people_one_to_one",
            one_to_one_people(log, joint),
            "persons",
            "Persons received alone at least once (before the decree too)",
        ),
        (
            "joint_receptions",
            int(joint["meeting_id"].nunique()),
            "meetings",
            "Meetings the article words as one reception of two members",
        ),
    ]
    return pd.DataFrame(rows, columns=["metric_id", "value", "unit", "label_en"])


def build_completeness(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline builder of ``table3_completeness``."""
    return completeness(raw[RECORDS_PATH], built["meetings_log"], raw[JOINT_PATH])


class Ncpt(NcptRaw):
    """Facts on the National Council of Public Trust. Key: ``fact_id``."""

    class Config:
        strict = True
        ordered = True


class Literature(LiteratureRaw):
    """The literature the title verdict cites. Key: ``criterion_id``."""

    class Config:
        strict = True
        ordered = True


class CaveatSources(CaveatSourcesRaw):
    """Sources of the survey caveats. Key: ``caveat_id``."""

    class Config:
        strict = True
        ordered = True


def ncpt_size(built: dict[str, pd.DataFrame]) -> int:
    """The Council's size at its creation (``ncpt`` fact ``size_at_creation``: 44)."""
    n = built["ncpt"].set_index("fact_id")
    return int(n.loc["size_at_creation", "value"])


OUTPUTS = [
    Output(
        "meeting_records",
        sorted_raw(RECORDS_PATH, ["record_id"]),
        MeetingRecords,
        (RECORDS_PATH,),
        "Table 3 checked against public records of the President's receptions",
    ),
    Output(
        "table3_completeness",
        build_completeness,
        Table3Completeness,
        (RECORDS_PATH, JOINT_PATH, "article/meetings.csv", "article/meeting_participants.csv"),
        "How complete Table 3 is against public records (lower bounds)",
    ),
    Output(
        "ncpt",
        sorted_raw(NCPT_PATH, ["fact_id"]),
        Ncpt,
        (NCPT_PATH,),
        "The National Council of Public Trust (2019-2022): decree, size, leadership",
    ),
    Output(
        "literature",
        sorted_raw(LITERATURE_PATH, ["criterion_id"]),
        Literature,
        (LITERATURE_PATH,),
        "Deliberative-systems and authoritarian-deliberation literature, as read",
    ),
    Output(
        "caveat_sources",
        sorted_raw(CAVEATS_PATH, ["caveat_id"]),
        CaveatSources,
        (CAVEATS_PATH,),
        "Sources of the survey caveats (social desirability; the fielding institute)",
    ),
]
