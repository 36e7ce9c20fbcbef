"""Tables of the communication role: Table 3 with topics, sessions, intervals, comparisons."""

from __future__ import annotations

import pandas as pd
from great_tables import GT

from analysis.tables.common import base_table, grey_rows

TABLE3 = (
    "article Table 3, seed lines 465-611 (data/raw/article/meetings.csv, meeting_participants.csv)"
)


def _date(s: pd.Series) -> pd.Series:
    return s.dt.strftime("%Y-%m-%d").fillna("—")


def meetings_table(meetings_log: pd.DataFrame, meeting_domains: pd.DataFrame) -> GT:
    """Table 3 rebuilt: one row per person met, with date, name (Kazakh and Latin), role as
    printed, topics (English paraphrase) and the policy domains coded from them.

    Parameters
    ----------
    meetings_log:
        Processed ``meetings_log`` (one row per person-meeting).
    meeting_domains:
        Processed ``meeting_domains`` (meeting_id, person_order, label_en, domain order as
        stored).

    Meetings before the decree of 14 June 2022 are set in grey and marked ◊.
    """
    domains = meeting_domains.groupby(["meeting_id", "person_order"], sort=False)["label_en"].agg(
        "; ".join
    )
    log = meetings_log.merge(
        domains.rename("Domains").reset_index(), on=["meeting_id", "person_order"], how="left"
    )
    df = log.assign(
        Date=lambda d: (
            d["meeting_date"].dt.strftime("%Y-%m-%d")
            + d["before_decree"].map({True: " ◊", False: ""})
        ),
        Name=lambda d: d["name_kk"] + " (" + d["name_latin"] + ")",
        Role=lambda d: d["role_as_printed"].fillna("—"),
        Topics=lambda d: d["topic_en"],
    )[["meeting_id", "Date", "Name", "Role", "Topics", "Domains"]].rename(
        columns={"meeting_id": "No."}
    )
    gt = base_table(
        df,
        source=(
            f"Source: {TABLE3}. Roles are printed in Kazakh as in the article; topics are our "
            "paraphrase; domains are coded from the topics by the rules of "
            "data/raw/coding/topic_rules.csv (processed table meeting_domains). ◊ dated before "
            "the decree of 14 June 2022 that created the Kurultai."
        ),
    )
    return grey_rows(gt, log["before_decree"])


def sessions_table(sessions: pd.DataFrame) -> GT:
    """Sessions I-V from public sources: dates, place, theme, sections, speakers, proposals,
    outcomes, sources and confidence (processed ``sessions``)."""
    df = pd.DataFrame(
        {
            "Session": sessions["session"],
            "Sections day": _date(sessions["sections_date"]),
            "Plenary day": _date(sessions["plenary_date"]),
            "Place": sessions["place"] + ", " + sessions["region"],
            "Theme": (
                sessions["theme_en"].fillna("—")
                + sessions["theme_kk"].map(lambda t: f" ({t})" if isinstance(t, str) else "")
            ),
            "Sections": sessions["sections"].astype("string").fillna("—"),
            "Members who spoke in sections": sessions["members_spoke_in_sections"].fillna("—"),
            "Proposals": sessions["proposals"].fillna("—"),
            "Outcomes": sessions["outcomes"].fillna("—"),
            "Sources (confidence)": sessions["sources"] + " (" + sessions["confidence"] + ")",
        }
    )
    return base_table(
        df,
        source=(
            "Source: public sources named in each row (data/raw/public/sessions.csv); not from "
            "the article. Counts are worded as the sources word them; — not found. Confidence: "
            "high = official source or two independent outlets."
        ),
    )


def intervals_table(session_intervals: pd.DataFrame, meetings_by_year: pd.DataFrame) -> GT:
    """Meetings of Table 3 between consecutive plenary days, with the yearly counts below.

    Parameters
    ----------
    session_intervals:
        Processed ``session_intervals``.
    meetings_by_year:
        Processed ``meetings_by_year``.
    """
    iv = session_intervals
    rate = iv["meetings_per_year"].map(lambda v: "—" if pd.isna(v) else f"{v:.1f}")
    a = pd.DataFrame(
        {
            "Period": "Between sessions " + iv["interval_label"],
            "From": _date(iv["start_date"]),
            "To": _date(iv["end_date"]),
            "Days": iv["days"].astype("string").fillna("—"),
            "Meetings": iv["meetings"].astype(str)
            + iv["table3_covers"].map({True: "", False: " †"}),
            "People received": iv["person_meetings"].astype(str),
            "Meetings per year": rate,
            "Meeting ids": iv["meeting_ids"].fillna("—"),
        }
    )
    a["Period"] = a["Period"].str.replace("Between sessions before", "Before session", regex=False)
    a["Period"] = a["Period"].str.replace("Between sessions after", "After session", regex=False)
    y = meetings_by_year
    b = pd.DataFrame(
        {
            "Period": "Calendar year " + y["year"].astype(str),
            "From": y["year"].astype(str) + "-01-01",
            "To": y["year"].astype(str) + "-12-31",
            "Days": "—",
            "Meetings": y["meetings"].astype(str),
            "People received": y["person_meetings"].astype(str),
            "Meetings per year": "—",
            "Meeting ids": y["meetings_before_decree"].map(
                lambda n: f"{n} before the decree" if n else "—"
            ),
        }
    )
    df = pd.concat([a, b], ignore_index=True)
    return base_table(
        df,
        source=(
            f"Source: {TABLE3}; plenary days from data/raw/public/sessions.csv. An interval "
            "runs from the day after one plenary to the next plenary day. Meetings per year = "
            "meetings / (days / 365.25). † Table 3 ends on 17 January 2025, so these periods "
            "are not covered: 0 means none listed, not none held. For calendar years the last "
            "column gives meetings dated before the decree of 14 June 2022."
        ),
    )


def topic_codebook_table(topic_domains: pd.DataFrame) -> GT:
    """The topic codebook: each domain with its Kazakh label, definition, rules and counts
    (processed ``topic_domains``)."""
    df = pd.DataFrame(
        {
            "Domain": topic_domains["label_en"] + " (" + topic_domains["label_kk"] + ")",
            "Definition": topic_domains["definition"],
            "Rules (regular expressions, case-insensitive)": topic_domains["rules"],
            "Meetings": topic_domains["meetings"],
            "Person-meetings": topic_domains["person_meetings"],
        }
    )
    return base_table(
        df,
        source=(
            "Source: data/raw/coding/topic_codebook.csv and topic_rules.csv (this project), "
            f"applied to the topic paraphrase of {TABLE3}. A domain is coded when any of its "
            r"rules matches; \b marks a word boundary."
        ),
    )


def repeat_visitors_table(repeat_visitors: pd.DataFrame) -> GT:
    """People received more than once: Table 3 against the prose of lines 622-627
    (processed ``repeat_visitors``)."""
    r = repeat_visitors

    def text_says(row: pd.Series) -> str:
        if isinstance(row["years_in_text"], str):
            return "received in " + row["years_in_text"].replace(";", " and ")
        if pd.notna(row["times_in_text"]):
            return f"received {int(row['times_in_text'])} times (no years)"
        return "—"

    df = pd.DataFrame(
        {
            "Person": r["name_kk"] + " (" + r["name_latin"] + ")",
            "Meetings in Table 3": r["meetings"],
            "Dates in Table 3": r["meeting_dates"].str.replace(";", ", "),
            "The text says": r.apply(text_says, axis=1),
            "Check": r["check"],
            "Years the text leaves out": r["years_left_out"].fillna("—").str.replace(";", ", "),
            "Text lines": r["text_locator"].fillna("—"),
        }
    )
    return base_table(
        df,
        source=(
            f"Source: {TABLE3}; the prose at seed lines 622-627 "
            "(data/raw/article/repeat_visit_claims.csv)."
        ),
    )


def body_comparison_table(body_comparison: pd.DataFrame) -> GT:
    """Sessions and one-to-one meetings per year: the National Council of Public Trust and
    the Kurultai (processed ``body_comparison``)."""
    c = body_comparison

    def num(v: object, fmt: str = "{:.1f}") -> str:
        return "—" if pd.isna(v) else fmt.format(v)

    df = pd.DataFrame(
        {
            "Body": c["body_en"] + " (" + c["body_kk"] + ")",
            "Period": c["period_en"],
            "Years": c["years"].map(lambda v: f"{v:.2f}"),
            "Sessions": c["sessions"],
            "Sessions per year": c["sessions_per_year"].map(num),
            "Members met one to one": c["people_met"],
            "Members met per year": c["people_met_per_year"].map(num),
            "Meetings": c["meetings"].map(lambda v: num(v, "{:.0f}")),
            "Meetings per year": c["meetings_per_year"].map(num),
            "Caveat": c["caveat"],
        }
    )
    return base_table(
        df,
        source=(
            "Sources: seed 002 lines 302-309 (data/raw/context/context_figures.csv) for the "
            f"Council; {TABLE3} and data/raw/public/sessions.csv for the Kurultai. Years = "
            "days / 365.25; — not given by the source."
        ),
    )


def epilogue_table(epilogue_2026: pd.DataFrame) -> GT:
    """What followed the fifth session in 2026, with figures and sources (processed
    ``epilogue_2026``)."""
    e = epilogue_2026
    df = pd.DataFrame(
        {
            "Date": _date(e["date"]),
            "Event": e["event"],
            "Figures": e["figure"].fillna("—"),
            "Sources (confidence)": e["sources"] + " (" + e["confidence"] + ")",
        }
    )
    return base_table(
        df,
        source=(
            "Source: public sources named in each row (data/raw/public/epilogue_2026.csv); not "
            "from the article, which ends before these events."
        ),
    )
