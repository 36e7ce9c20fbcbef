"""Tables of the composition chapter."""

from __future__ import annotations

import pandas as pd
from great_tables import GT

from analysis.tables.common import base_table, grey_rows


def newcomers_table(newcomers: pd.DataFrame) -> GT:
    """The 32 newcomers in printed order, with Latin form and whether they met the President."""
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
    return base_table(
        df[["No.", "Name (as printed)", "Latin form", "Met the President (Table 3)"]],
        source="Source: article, seed lines 188-194 (data/raw/article/newcomers.csv); Latin "
        "forms by analysis.translit (anyascii scheme).",
    )


STATUS_LABELS = {"initial": "initial", "joined": "joined (newcomer)", "unknown": "unknown"}
ROLE_LABELS = {"chair": "chair", "deputy_chair": "deputy chair", "secretary": "secretary"}


def structure_table(structure: pd.DataFrame) -> GT:
    """Structure and governance: decree, officers, working body, format, the four sections.

    ``structure`` is the processed ``composition_structure`` table; officers' names come
    from public sources, since the article names none.
    """
    df = structure.sort_values("item_order").assign(
        Item=lambda d: d["item_en"],
        Value=lambda d: d["value_en"],
        Kazakh=lambda d: d["value_kk"],
        **{"Holder (public sources)": lambda d: d["holder_public"].fillna("")},
        Lines=lambda d: d["locator"],
    )
    return base_table(
        df[["Item", "Value", "Kazakh", "Holder (public sources)", "Lines"]],
        source=(
            "Source: article, seed lines given per row (data/raw/article/kurultai_facts.csv, "
            "sections.csv). Holders: public sources in data/raw/public/roster_candidates.csv "
            "(inform.kz 2022-06-16; newstaraz.kz 2022-06; Astana Times 2024-03)."
        ),
    )


def members_table(members: pd.DataFrame, field_codebook: pd.DataFrame) -> GT:
    """Every person known or said to have been a member, one row each; the name is the
    book's Latin form, with the source's own spelling in brackets where it differs.

    Rows counted as known members first (by status, then name), then the rows kept but not
    counted; ``field_codebook`` gives the field labels.
    """
    labels = field_codebook.set_index("field_code")["label_en"]
    status_rank = {"initial": 0, "joined": 1, "unknown": 2}
    df = members.assign(
        _c=lambda d: ~d["counted_as_known"],
        _s=lambda d: d["status"].map(status_rank),
    ).sort_values(["_c", "_s", "name_latin"])
    df = df.assign(
        Name=lambda d: [
            lat if not isinstance(src, str) or src == lat else f"{lat} ({src})"
            for lat, src in zip(d["name_latin"], d["name_latin_source"], strict=True)
        ],
        Kazakh=lambda d: d["name_kk"].fillna(""),
        Status=lambda d: d["status"].map(STATUS_LABELS),
        Officer=lambda d: d["composition_role"].map(ROLE_LABELS).fillna(""),
        Field=lambda d: d["field_code"].map(labels),
        Evidence=lambda d: d["field_evidence"].fillna(""),
        **{
            "Table 3": lambda d: d["table3_meetings"].map(lambda n: str(n) if n else ""),
            "Known member": lambda d: d["counted_as_known"].map({True: "yes", False: "no"}),
            "Roster confidence": lambda d: d["source_confidence"],
        },
    )
    gt = base_table(
        df[
            [
                "Name",
                "Kazakh",
                "Status",
                "Officer",
                "Field",
                "Evidence",
                "Table 3",
                "Roster confidence",
                "Known member",
            ]
        ],
        source=(
            "Sources: article newcomer list (lines 188-194) and Table 3 (lines 465-611); public "
            "roster data/raw/public/roster_candidates.csv (sources per row there); field coding "
            "data/raw/article/member_fields.csv. Table 3 = meetings with the President. Names in "
            "Latin as the source gives them, else by analysis.translit."
        ),
    )
    return grey_rows(gt, ~df["counted_as_known"])


def field_codebook_table(field_codebook: pd.DataFrame) -> GT:
    """The field codebook: code, labels, the article categories it covers, the rule."""
    df = field_codebook.sort_values("field_order").assign(
        Code=lambda d: d["field_code"],
        Field=lambda d: d["label_en"],
        Kazakh=lambda d: d["label_kk"],
        **{"Article categories": lambda d: d["categories_en"].fillna("(ours)")},
        Rule=lambda d: d["rule_en"],
    )
    return base_table(
        df[["Code", "Field", "Kazakh", "Article categories", "Rule"]],
        source=(
            "Source: our codebook (data/raw/article/field_codebook.csv), following the article's "
            "lists of member categories, seed lines 144-147 and 173-176 "
            "(data/raw/article/member_categories.csv)."
        ),
    )


def rotation_table(coverage: pd.DataFrame) -> GT:
    """Rotation (32 newcomers against 117 initial seats) and coverage of the members table."""
    df = coverage.assign(
        Figure=lambda d: d["label_en"],
        Value=lambda d: [
            f"{v:.1f}%" if u.startswith("percent") else f"{v:.0f}"
            for v, u in zip(d["value"], d["unit"], strict=True)
        ],
        Status=lambda d: d["value_status"],
        Source=lambda d: d["source"],
    )
    return base_table(
        df[["Figure", "Value", "Status", "Source"]],
        source=(
            "Reported: printed in the article; derived: computed by us from the members table "
            "(analysis.composition.build_coverage)."
        ),
    )


def claims_table(claims: pd.DataFrame) -> GT:
    """Claims about single members that rest on one source, with our reading."""
    df = claims.assign(
        Member=lambda d: d["name_latin"],
        Claim=lambda d: d["claim_en"],
        Source=lambda d: d["source"] + " (" + d["source_date"] + ")",
        Confidence=lambda d: d["source_confidence"],
        **{"Our reading": lambda d: d["reading_en"]},
    )
    return base_table(
        df[["Member", "Claim", "Source", "Confidence", "Our reading"]],
        source="Source: data/raw/article/membership_claims.csv, from the notes of "
        "data/raw/public/roster_candidates.csv.",
    )


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

    An inferred camp (not printed) is marked † and set in grey italics.
    """
    df = positions.sort_values("proposal_order").assign(
        Proposal=lambda d: d["proposal_en"],
        Kazakh=lambda d: d["key_phrase_kk"],
        Camp=lambda d: (
            d["camp"].map(CAMP_LABELS) + d["camp_status"].map({"reported": "", "inferred": " †"})
        ),
        Support=lambda d: d["support_level"].map(SUPPORT_LABELS),
        **{"What the article says": lambda d: d["support_en"]},
        Lines=lambda d: d["locator"],
    )
    gt = base_table(
        df[["Proposal", "Kazakh", "Camp", "Support", "What the article says", "Lines"]],
        source=(
            "Source: article, seed lines 196-286 (data/raw/article/expert_positions.csv), "
            "paraphrased. † camp not printed; inferred from the paragraph's place in the "
            "critics' argument."
        ),
    )
    return grey_rows(gt, positions.sort_values("proposal_order")["camp_status"] == "inferred")
