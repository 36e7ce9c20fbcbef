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


def _both(first: pd.Series, second: pd.Series) -> pd.Series:
    """``first (second)``, or ``first`` alone where ``second`` is missing; "—" if both are."""
    out = first.fillna("").astype(str) + second.map(
        lambda s: f" ({s})" if isinstance(s, str) and s else ""
    )
    return out.where(first.notna(), "—")


def meetings_table(meetings_log: pd.DataFrame, meeting_domains: pd.DataFrame) -> GT:
    """Table 3 rebuilt: one row per person met, with the date, the person (Kazakh and Latin
    names), the role and the topics (each in English with the article's Kazakh beside it)
    and the policy domains coded from the topics.

    Parameters
    ----------
    meetings_log:
        Processed ``meetings_log`` (one row per person met; needs meeting_date,
        before_decree, name_kk, name_latin, role_en, role_as_printed, topic_en, topic_kk).
    meeting_domains:
        Processed ``meeting_domains`` (meeting_id, person_order, label_en, in stored order).

    Meetings before the decree of 14 June 2022 are set in grey and marked ◊.
    """
    domains = meeting_domains.groupby(["meeting_id", "person_order"], sort=False)["label_en"].agg(
        "; ".join
    )
    log = meetings_log.merge(
        domains.rename("Domains").reset_index(), on=["meeting_id", "person_order"], how="left"
    )
    df = pd.DataFrame(
        {
            "Date": (
                log["meeting_date"].dt.strftime("%Y-%m-%d")
                + log["before_decree"].map({True: " ◊", False: ""})
            ),
            "Person and role": (
                log["name_kk"]
                + " ("
                + log["name_latin"]
                + "): "
                + _both(log["role_en"], log["role_as_printed"])
            ),
            "Topics (the article's Kazakh wording in brackets)": _both(
                log["topic_en"], log["topic_kk"]
            ),
            "Domains": log["Domains"],
        }
    )
    gt = base_table(
        df,
        source=(
            f"Source: {TABLE3}. Roles and topics: our English, with the article's Kazakh words "
            "in brackets (data/raw/coding/meeting_wording.csv; topics abridged); — no role "
            "printed. Domains: the topic coding (processed table meeting_domains). ◊ dated "
            "before the decree of 14 June 2022 that created the Kurultai."
        ),
    )
    return grey_rows(gt, log["before_decree"])


def _day_range(first: pd.Series, last: pd.Series) -> pd.Series:
    """'16–17 Jun 2023' from two dates (the first may be missing: '16 Jun 2022')."""

    def one(a: object, b: pd.Timestamp) -> str:
        end = f"{b.day} {b:%b %Y}"
        if pd.isna(a):
            return end
        if a.month == b.month and a.year == b.year:
            return f"{a.day}–{end}"
        return f"{a.day} {a:%b %Y} – {end}"

    return pd.Series([one(a, b) for a, b in zip(first, last, strict=True)], index=last.index)


def sessions_table(sessions: pd.DataFrame) -> GT:
    """Sessions I-V from public sources, narrowed to fit the book's column: dates, place,
    theme (English and Kazakh), and the speakers and proposals as the sources word them
    (processed ``sessions``; outcomes, sources and confidence are in the table's CSV)."""

    def counts(r: pd.Series) -> str:
        parts = []
        if isinstance(r["sections"], int | float) and pd.notna(r["sections"]):
            parts.append(f"{int(r['sections'])} sections")
        if isinstance(r["members_spoke_in_sections"], str):
            parts.append(f"{r['members_spoke_in_sections']} members spoke in sections")
        if isinstance(r["proposals"], str):
            parts.append(r["proposals"])
        return "; ".join(parts) or "—"

    df = pd.DataFrame(
        {
            "Session": sessions["session"],
            "Days (sections, plenary)": _day_range(
                sessions["sections_date"], sessions["plenary_date"]
            ),
            "Place": sessions["place"].str.replace(r" \(.*\)$", "", regex=True),
            "Theme": _both(sessions["theme_en"], sessions["theme_kk"]),
            "Sections, speakers, proposals": sessions.apply(counts, axis=1),
        }
    )
    return base_table(
        df,
        source=(
            "Source: public sources named in each row of data/raw/public/sessions.csv (not the "
            "article); the CSV of this table also gives the outcomes, sources and confidence of "
            "each session. Counts are worded as the sources word them; — not found."
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
            "Dates": _date(iv["start_date"]) + " to " + _date(iv["end_date"]),
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
            "Dates": y["year"].astype(str) + "-01-01 to " + y["year"].astype(str) + "-12-31",
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
            "People received": topic_domains["person_meetings"],
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
    """Context, not a like-for-like comparison: sessions and members met one to one, per year
    and as a share of the seats, for the National Council of Public Trust and the Kurultai
    (processed ``body_comparison``; the caveats are in the table's CSV and the note)."""
    c = body_comparison

    def num(v: object, fmt: str = "{:.1f}") -> str:
        return "—" if pd.isna(v) else fmt.format(v)

    df = pd.DataFrame(
        {
            "Body and period": (
                c["body_en"] + ", " + c["period_en"] + ": " + c["years"].map(num) + " years"
            ),
            "Meant to meet": c["schedule_en"].str.replace(r" \(seed .*\)$", "", regex=True),
            "Sessions (per year)": c["sessions"].astype(str)
            + " ("
            + c["sessions_per_year"].map(num)
            + ")",
            "Members met one to one (per year)": c["people_met"].astype(str)
            + " ("
            + c["people_met_per_year"].map(num)
            + ")",
            "Share of the seats met": c["people_met_pct_of_members"].map(
                lambda v: num(v, "{:.0f}%")
            )
            + c["members"].map(lambda m: "" if pd.isna(m) else f" of {int(m)}"),
        }
    )
    return base_table(
        df,
        source=(
            "Sources: seed 002 lines 302-309 (data/raw/context/context_figures.csv) for the "
            f"Council; {TABLE3}, the Kurultai's 117 seats (seed 000 line 182) and "
            "data/raw/public/sessions.csv for the Kurultai. Years = days / 365.25; the "
            "Council's 'almost three years' is taken as 3. — not given by the source: seed 002 "
            "gives neither the Council's size nor a schedule, and counts members met, not "
            "meetings. The Kurultai is meant to meet once a year (seed 000 line 59)."
        ),
    )


def coding_disagreements_table(coding_agreement: pd.DataFrame, topic_domains: pd.DataFrame) -> GT:
    """The person-meetings where the rule coding and the independent second coder differ
    (primary domain or set of domains), with the second coder's note.

    Parameters
    ----------
    coding_agreement:
        Processed ``coding_agreement`` (one row per person-meeting).
    topic_domains:
        Processed ``topic_domains`` (domain_id, label_en) for the domain names.
    """
    labels = topic_domains.set_index("domain_id")["label_en"]
    a = coding_agreement[~(coding_agreement["primary_agree"] & coding_agreement["domains_agree"])]

    def names(ids: str, primary: str) -> str:
        # The primary domain first, marked; then the others in codebook order.
        rest = [labels[d] for d in ids.split(";") if d != primary]
        return "; ".join([f"{labels[primary]} (primary)", *rest])

    df = pd.DataFrame(
        {
            "Date": a["meeting_date"].dt.strftime("%Y-%m-%d"),
            "Person": a["name_latin"],
            "Rules (English paraphrase)": [
                names(d, p) for d, p in zip(a["domains_rules"], a["primary_rules"], strict=True)
            ],
            "Second coder (Kazakh text)": [
                names(d, p) for d, p in zip(a["domains_second"], a["primary_second"], strict=True)
            ],
            "Second coder's note": a["coder_note"].fillna("—"),
        }
    )
    return base_table(
        df,
        source=(
            "Source: data/raw/coding/second_coding.csv (an independent coder, from the Kazakh "
            "text and the codebook only) against the rules of data/raw/coding/topic_rules.csv "
            "(processed table coding_agreement). Primary domain: for the rules, the domain "
            "named first in the paraphrase; for the coder, the dominant topic, or the "
            "first-mentioned one."
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
