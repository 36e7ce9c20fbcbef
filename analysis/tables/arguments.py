"""Tables of the argument ledger, the deliberative benchmarks and the glossary."""

from __future__ import annotations

import html

import pandas as pd
from great_tables import GT, loc, style

from analysis.arguments import PART_LABELS, VERDICT_LABELS
from analysis.schemas.raw import VERDICTS
from analysis.tables.common import base_table

#: Verdicts as text with a mark, so the table never relies on colour alone.
VERDICT_TEXT = {
    "supported": "✓ Supported",
    "partly_supported": "◐ Partly supported",
    "not_supported": "○ Not supported",
    "contradicted": "✗ Contradicted",
    "not_testable": "? Not testable",
}
_SOURCE = (
    "Source: data/raw/article/arguments.csv (seed lines of the article, "
    "../shared/seeds/000_a46ed8cb280de15a.txt); computed verdicts by analysis/arguments.py from "
    "the processed tables named in data/processed/argument_ledger.csv (column reads), "
    "judgement verdicts as recorded in the raw file. Quotes are short phrases as printed; "
    "paraphrases are ours."
)


def argues_table(
    ledger: pd.DataFrame, part: str | None = None, claim_ids: tuple[str, ...] = ()
) -> GT:
    """The claims of one part of the argument (``part``, one of
    :data:`analysis.arguments.PART_LABELS`, or all when ``None``), plus any ``claim_ids``.

    ``ledger`` is the processed ``argument_ledger`` (key ``claim_id``). Columns: claim id,
    seed lines, the phrase as printed (Kazakh), our paraphrase, whose claim, the verdict (mark
    and words) and the reasoning; for a computed verdict the reasoning ends with whether it
    holds under the other analytic choices. Contradicted rows are set in bold. Raises
    ``ValueError`` when nothing is selected.
    """
    keep = ledger["claim_id"].isin(claim_ids) | (ledger["part"] == part) | (part is None)
    rows = ledger[keep].reset_index(drop=True)
    if rows.empty:
        raise ValueError(f"no claims for part {part!r} and ids {claim_ids}")
    why = [
        r.reasoning + (f" Robustness: {r.robustness}" if isinstance(r.robustness, str) else "")
        for r in rows.itertuples()
    ]
    df = pd.DataFrame(
        {
            "Claim": rows["claim_id"],
            "Lines": rows["locator"],
            "As printed": rows["quote_kk"],
            "What it says": rows["paraphrase_en"],
            "Whose claim": rows["voice"],
            "Verdict": rows["verdict"].map(VERDICT_TEXT),
            "Why": why,
        }
    )
    gt = base_table(df, source=_SOURCE)
    bold = [i for i, v in enumerate(rows["verdict"]) if v == "contradicted"]
    if bold:
        gt = gt.tab_style(style=style.text(weight="bold"), locations=loc.body(rows=bold))
    return gt


def verdicts_table(ledger: pd.DataFrame) -> GT:
    """Claims by part of the argument (rows, in :data:`PART_LABELS` order, then a total) and
    verdict (columns, in :data:`VERDICTS` order); counts, zeros kept."""
    counts = (
        pd.crosstab(ledger["part"], ledger["verdict"])
        .reindex(index=list(PART_LABELS), columns=VERDICTS, fill_value=0)
        .astype(int)
    )
    counts.loc["total"] = counts.sum()
    counts["all"] = counts.sum(axis=1)
    df = counts.reset_index(names="part")
    df["part"] = df["part"].map({**PART_LABELS, "total": "All parts"})
    df = df.rename(columns={"part": "Part", **VERDICT_LABELS, "all": "Claims"})
    gt = base_table(
        df,
        source=(
            "Source: data/processed/argument_ledger.csv. Computed verdicts change with the "
            "data and parameters; judgement verdicts are recorded in "
            "data/raw/article/arguments.csv."
        ),
    )
    return gt.tab_style(style=style.text(weight="bold"), locations=loc.body(rows=[len(df) - 1]))


def criteria_table(criteria: pd.DataFrame) -> GT:
    """The deliberative benchmarks: per criterion, what Ireland's Citizens' Assembly of
    2016-2018 does, what the Kurultai does, whether it meets the benchmark, and the sources.

    ``criteria`` is the processed ``deliberative_criteria`` (sorted by criterion_order).
    """
    df = pd.DataFrame(
        {
            "Criterion": criteria["criterion_en"],
            "A citizens' assembly (Ireland, 2016-2018)": criteria["assembly_en"],
            "The National Kurultai": criteria["kurultai_en"],
            "Meets it?": criteria["status_label"] + ": " + criteria["reasoning_en"],
            "Sources": "Assembly: "
            + criteria["assembly_source"]
            + ". Kurultai: "
            + criteria["kurultai_source"]
            + ".",
        }
    )
    return base_table(
        df,
        source=(
            "Source: data/raw/article/deliberative_criteria.csv (our coding; the public "
            "sources and seed lines of each row are in the last column)."
        ),
    ).fmt(_breakable, columns="Sources")


def _breakable(text: str) -> str:
    """HTML of ``text`` with a line-break opportunity after every '/' (addresses such as
    oidp.net/en/practice.php would otherwise hold the column wider than the page)."""
    return html.escape(text).replace("/", "/<wbr>")


def glossary_table(glossary: pd.DataFrame) -> GT:
    """The Kazakh terms the book uses: term, Latin form, English rendering, meaning, and the
    seed line where the article prints it (or the public file that names it)."""
    where = [
        f"line {loc_}" if isinstance(loc_, str) and loc_ else src
        for loc_, src in zip(glossary["locator"], glossary["source"], strict=True)
    ]
    df = pd.DataFrame(
        {
            "Kazakh": glossary["term_kk"],
            "Latin": glossary["term_latin"],
            "English": glossary["term_en"],
            "Meaning": glossary["explanation_en"],
            "Printed at": where,
        }
    )
    return base_table(
        df,
        source=(
            "Source: data/raw/article/glossary.csv; Latin forms by the scheme of "
            "analysis/translit.py (not official spellings)."
        ),
    )
