"""Tables of the composition chapter.

Every table fits the 678 px text column: at most four or five columns whose widths add up
to the column, related values stacked in one cell (a name over its Kazakh spelling, a field
over the words that decide it), and long text wrapping. The full tables, with every column,
are the processed CSV files behind them.
"""

from __future__ import annotations

import re

import pandas as pd
from great_tables import GT

from analysis.tables.common import base_table, grey_rows

#: Width of the book's text column, px; the widths of each table's columns add up to it.
COLUMN_PX = 678


#: One line of a stacked cell: a grey block under the main value, left out when empty.
_SUB = '<< <span style="display:block;color:#555">{%d}</span> >>'


def stack(gt: GT, main: str, *subs: str) -> GT:
    """Show columns ``subs`` inside column ``main``, each on a line of its own in grey (an
    empty value leaves no line). The frame keeps every column apart, so the table's CSV
    download has them as separate columns; great-tables escapes every value."""
    pattern = "{0}" + "".join(_SUB % (i + 1) for i in range(len(subs)))
    return gt.cols_merge(columns=[main, *subs], pattern=pattern)


def _blank_to_na(frame: pd.DataFrame) -> pd.DataFrame:
    # cols_merge leaves out a line only for a missing value, not for "".
    return frame.astype(object).where(frame.astype(str).ne(""), None)


def _widths(gt: GT, widths: dict[str, int]) -> GT:
    if sum(widths.values()) > COLUMN_PX:
        raise ValueError(f"column widths add up to more than {COLUMN_PX} px: {widths}")
    return gt.cols_width({c: f"{w}px" for c, w in widths.items()})


def _url_site(text: object) -> str:
    """A source as readers need it in a narrow cell: the web site of each address
    (``https://ar.inform.kz/news/...`` -> ``ar.inform.kz``); other text is kept."""
    return re.sub(r"https?://(?:www\.)?([^/\s,;)]+)[^\s,;)]*", r"\1", str(text))


def newcomers_table(newcomers: pd.DataFrame) -> GT:
    """The 32 newcomers in printed order, with Latin form and whether they met the President.

    ``newcomers`` is the processed ``newcomers`` table (32 rows).
    """
    df = newcomers.assign(
        **{
            "No.": lambda d: d["newcomer_order"],
            "Name (as printed)": lambda d: d["name_as_printed"],
            "Latin form": lambda d: d["name_latin"],
            "Met the President (Table 3)": lambda d: d["met_president"].map(
                {True: "yes", False: ""}
            ),
        }
    )
    gt = base_table(
        df[["No.", "Name (as printed)", "Latin form", "Met the President (Table 3)"]],
        source="Source: the article, lines 188-194. Latin forms: the book's transliteration "
        "(Methods appendix).",
    )
    return _widths(
        gt,
        {
            "No.": 50,
            "Name (as printed)": 220,
            "Latin form": 220,
            "Met the President (Table 3)": 180,
        },
    )


STATUS_LABELS = {"initial": "initial", "joined": "newcomer", "unknown": "not known"}
ROLE_LABELS = {"chair": "chair", "deputy_chair": "deputy chair", "secretary": "secretary"}


def structure_table(structure: pd.DataFrame) -> GT:
    """Structure and governance: decree, officers, working body, format, the four sections.

    ``structure`` is the processed ``composition_structure`` table. Officers' names come
    from news reports, since the article names none; each holder carries the month of the
    report that names them ("as of March 2024"), which may be later than the decree of 2022.
    Shown: item; the article's value over its Kazakh wording; holders; lines.
    """
    df = structure.sort_values("item_order")
    out = pd.DataFrame(
        {
            "Item": df["item_en"],
            "What the article says": df["value_en"],
            "Kazakh": df["value_kk"],
            "Holder (news reports)": [
                ""
                if pd.isna(h)
                else "; ".join(
                    f"{name} (as of {when})"
                    for name, when in zip(str(h).split("; "), str(a).split("; "), strict=True)
                )
                for h, a in zip(df["holder_public"], df["holder_as_of"], strict=True)
            ],
            "Lines": df["locator"],
        }
    )
    gt = stack(
        base_table(_blank_to_na(out), source=STRUCTURE_NOTE), "What the article says", "Kazakh"
    )
    return _widths(
        gt, {"Item": 140, "What the article says": 300, "Holder (news reports)": 178, "Lines": 60}
    )


STRUCTURE_NOTE = (
    "Source: the article, lines given per row. The article names no office holder; the names "
    "come from news reports (inform.kz and newstaraz.kz, June 2022; Astana Times, March 2024) "
    "and show who held the post in the month given, not necessarily since the decree of June "
    "2022. The March 2024 report calls the secretary Minister of Information and Social "
    "Development, a title out of date by then: Kazinform (13 May 2024) calls her Minister of "
    "Culture and Information."
)

COUNT_LABELS = {
    "known": "yes",
    "after_window": "apart: named only after the article's period",
    "not_counted": "no",
}
EVIDENCE_LABELS = {
    "article": "named by the article",
    "high": "news reports: high",
    "medium": "news report: medium",
    "low": "participation or self-description only",
}


def members_table(members: pd.DataFrame, field_codebook: pd.DataFrame) -> GT:
    """Every person known or said to have been a member, one row each, in four columns.

    ``members`` is the processed ``members`` table, ``field_codebook`` gives the field
    labels. Rows counted as known members first (by status, then name), then the one named
    only after the article's period, then the rows kept but not counted (grey). Cells stack
    related values: the book's Latin name over the source's spelling and the Kazakh
    Cyrillic; status over officer role and meetings in Table 3; field over the words that
    decide it; counted or not over the evidence grade. The frame behind the table (its CSV)
    also has each person's source and its date.
    """
    labels = field_codebook.set_index("field_code")["label_en"]
    status_rank = {"initial": 0, "joined": 1, "unknown": 2}
    group_rank = {"known": 0, "after_window": 1, "not_counted": 2}
    df = members.assign(
        _g=lambda d: d["count_group"].map(group_rank),
        _s=lambda d: d["status"].map(status_rank),
    ).sort_values(["_g", "_s", "name_latin"])
    out = pd.DataFrame(
        {
            "Member": df["name_latin"],
            "Source spelling": [
                src if isinstance(src, str) and src != lat else ""
                for lat, src in zip(df["name_latin"], df["name_latin_source"], strict=True)
            ],
            "Kazakh": df["name_kk"].fillna(""),
            "Status": df["status"].map(STATUS_LABELS),
            "Officer": df["composition_role"].map(ROLE_LABELS).fillna(""),
            "Meetings in Table 3": [
                f"Table 3: {n} meeting{'s' if n > 1 else ''}" if n else ""
                for n in df["table3_meetings"]
            ],
            "Field": df["field_code"].map(labels),
            "Decided by": [f"“{e}”" if isinstance(e, str) else "" for e in df["field_evidence"]],
            "Counted": df["count_group"].map(COUNT_LABELS),
            "Evidence": df["membership_evidence"].map(EVIDENCE_LABELS),
            "Source": df["source"],
            "Source date": df["source_date"],
        }
    )
    gt = base_table(_blank_to_na(out), source=MEMBERS_NOTE)
    gt = stack(gt, "Member", "Source spelling", "Kazakh")
    gt = stack(gt, "Status", "Officer", "Meetings in Table 3")
    gt = stack(gt, "Field", "Decided by")
    gt = stack(gt, "Counted", "Evidence")
    gt = gt.cols_hide(["Source", "Source date"]).cols_label(
        Field="Field (the words that decide it)", Counted="Counted (evidence)"
    )
    gt = _widths(gt, {"Member": 200, "Status": 130, "Field": 208, "Counted": 140})
    return grey_rows(gt, df["count_group"].ne("known").reset_index(drop=True))


MEMBERS_NOTE = (
    "Sources: the article's newcomer list (lines 188-194) and Table 3 (lines 465-611, "
    "meetings with the President); news reports gathered in a partial roster (source per row "
    "in the data download). Names: the book's Latin form, then the source's own spelling and "
    "the Kazakh Cyrillic where they differ. Grey rows are listed but not counted as known "
    "members."
)


def field_codebook_table(field_codebook: pd.DataFrame) -> GT:
    """The field codebook: field (English over Kazakh), the article categories it covers, the
    coding rule. ``field_codebook`` is the processed table; the frame behind the table (its
    CSV) also has the codes."""
    df = field_codebook.sort_values("field_order")
    out = pd.DataFrame(
        {
            "Field": df["label_en"],
            "Kazakh": df["label_kk"],
            "Article categories": df["categories_en"].fillna("(ours)"),
            "Rule": df["rule_en"],
            "Code": df["field_code"],
        }
    )
    gt = base_table(
        out,
        source="Source: our codebook, following the article's two lists of member "
        "categories (lines 144-147 and 173-176).",
    )
    gt = stack(gt, "Field", "Kazakh").cols_hide(["Code"])
    return _widths(gt, {"Field": 210, "Article categories": 170, "Rule": 298})


STATUS_WORDS = {
    "reported": "printed in the article",
    "derived": "computed",
    "inferred": "inferred",
    "implied": "implied",
}


def rotation_table(coverage: pd.DataFrame) -> GT:
    """Rotation (32 newcomers against 117 initial seats) and coverage of the members table.

    ``coverage`` is the processed ``composition_coverage`` table; persons as whole
    numbers, shares as percent with one decimal.
    """
    out = pd.DataFrame(
        {
            "Figure": coverage["label_en"],
            "Value": [
                f"{v:.1f}%" if u.startswith("percent") else f"{v:.0f}"
                for v, u in zip(coverage["value"], coverage["unit"], strict=True)
            ],
            "Where it comes from": [
                f"{STATUS_WORDS[s]}: {src}"
                for s, src in zip(coverage["value_status"], coverage["source"], strict=True)
            ],
        }
    )
    gt = base_table(
        out,
        source="Printed figures are the article's; computed figures are ours, from the "
        "table of members.",
    )
    return _widths(gt, {"Figure": 250, "Value": 70, "Where it comes from": 358})


def claims_table(claims: pd.DataFrame) -> GT:
    """Claims about single members that rest on one source, with our reading.

    ``claims`` is the processed ``membership_claims`` table; web addresses are shortened to
    their site in the table (the full address is in the frame behind it, its CSV).
    """
    out = pd.DataFrame(
        {
            "Member": claims["name_latin"],
            "Claim": claims["claim_en"],
            "Source": claims["source"].map(_url_site),
            "Date and grade": [
                f"{d}, {c} grade"
                for d, c in zip(claims["source_date"], claims["source_confidence"], strict=True)
            ],
            "Our reading": claims["reading_en"].map(_url_site),
            "Address": claims["source"],
        }
    )
    gt = base_table(
        out,
        source="Source: the notes of the partial roster of members gathered from news "
        "reports; grades as the roster gives them (high: official source or two outlets; "
        "medium: one credible outlet; low: indirect).",
    )
    gt = stack(gt, "Source", "Date and grade").cols_hide(["Address"])
    return _widths(gt, {"Member": 110, "Claim": 210, "Source": 120, "Our reading": 238})


CAMP_LABELS = {
    "critics": "critics of the present selection",
    "supporters": "those who find the present selection clear",
    "both": "both camps",
    "not_stated": "not stated",
}
SUPPORT_LABELS = {
    "proposed": "proposed",
    "prevailing_view": "prevailing view of its camp",
    "little_support": "little support",
    "option_named": "named as an option",
}


def expert_positions_table(positions: pd.DataFrame) -> GT:
    """The experts' proposals on choosing members, with camp and support as the article says.

    ``positions`` is the processed ``expert_positions`` table. An inferred camp (not
    printed) is marked † and its row set in grey italics.
    """
    df = positions.sort_values("proposal_order")
    out = pd.DataFrame(
        {
            "Proposal": df["proposal_en"],
            "Kazakh": df["key_phrase_kk"],
            "Camp": df["camp"].map(CAMP_LABELS)
            + df["camp_status"].map({"reported": "", "inferred": " †"}),
            "Support": df["support_level"].map(SUPPORT_LABELS),
            "What the article says": df["support_en"],
            "Lines": df["locator"],
        }
    )
    gt = base_table(
        out,
        source="Source: the article, lines 196-286, paraphrased. † camp not printed; "
        "inferred from the paragraph's place in the critics' argument.",
    )
    gt = stack(gt, "Proposal", "Kazakh")
    gt = stack(gt, "Camp", "Support").cols_label(Camp="Camp; support")
    gt = _widths(gt, {"Proposal": 270, "Camp": 140, "What the article says": 208, "Lines": 60})
    return grey_rows(gt, df["camp_status"].eq("inferred").reset_index(drop=True))
