"""Tables of the argument ledger, the deliberative benchmarks and the glossary.

Every builder takes ``lang`` (``"en"`` or ``"kk"``): the words drawn (column labels, verdicts,
parts, voices, source notes) come from the per-language dicts below, and the Kazakh tables
show the ``_kk`` columns of the processed tables (paraphrase, reasoning, robustness, criteria,
glossary explanations) in place of the English ones.
"""

from __future__ import annotations

import html
import re

import pandas as pd
from great_tables import GT, loc, style

from analysis.arguments import (
    PART_LABELS,
    PART_LABELS_KK,
    STATUS_LABELS_KK,
    VERDICT_LABELS,
    VERDICT_LABELS_KK,
    VOICE_LABELS,
    VOICE_LABELS_KK,
)
from analysis.schemas.raw import VERDICTS
from analysis.tables.common import WIDE_TEXT_TABLE, base_table

#: Verdicts as text with a mark, so the table never relies on colour alone.
VERDICT_TEXT = {
    "supported": "✓ Supported",
    "partly_supported": "◐ Partly supported",
    "not_supported": "○ Not supported",
    "contradicted": "✗ Contradicted",
    "not_testable": "? Not testable",
}
VERDICT_TEXT_KK = {k: f"{VERDICT_TEXT[k][0]} {VERDICT_LABELS_KK[k]}" for k in VERDICT_TEXT}
_SOURCE = (
    "Source: data/raw/article/arguments.csv (seed lines of the article, "
    "../shared/seeds/000_a46ed8cb280de15a.txt); computed verdicts by analysis/arguments.py from "
    "the processed tables named in data/processed/argument_ledger.csv (column reads), "
    "judgement verdicts as recorded in the raw file. Quotes are short phrases as printed; "
    "paraphrases are ours."
)

#: Every word the tables draw, per language.
WORDS = {
    "en": {
        "argues_columns": (
            "Claim",
            "Lines",
            "As printed",
            "What it says",
            "Whose claim",
            "Verdict",
            "Why",
        ),
        "robustness": " Robustness: ",
        "argues_source": _SOURCE,
        "all_parts": "All parts",
        "part": "Part",
        "claims": "Claims",
        "verdicts_source": (
            "Source: data/processed/argument_ledger.csv. Computed verdicts change with the "
            "data and parameters; judgement verdicts are recorded in "
            "data/raw/article/arguments.csv."
        ),
        "criteria_columns": (
            "Criterion",
            "A citizens' assembly (Ireland, 2016-2018)",
            "The National Kurultai",
            "Meets it?",
            "Sources",
        ),
        "assembly": "Assembly: ",
        "kurultai": ". Kurultai: ",
        "criteria_source": (
            "Source: data/raw/article/deliberative_criteria.csv (our coding; the public "
            "sources and seed lines of each row are in the last column)."
        ),
        "glossary_columns": ("Kazakh", "Latin", "English", "Meaning", "Printed at"),
        "line": "line {}",
        "glossary_source": (
            "Source: data/raw/article/glossary.csv; Latin forms by the scheme of "
            "analysis/translit.py (not official spellings)."
        ),
    },
    "kk": {
        "argues_columns": (
            "№",
            "Жол",
            "Мақалада",
            "Мағынасы",
            "Кімнің тұжырымы",
            "Баға",
            "Негіздеме",
        ),
        "robustness": " Орнықтылығы: ",
        "argues_source": (
            "Дереккөз: data/raw/article/arguments.csv (мақала мәтінінің жолдары, "
            "../shared/seeds/000_a46ed8cb280de15a.txt); есептелген бағалар "
            "analysis/arguments.py арқылы data/processed/argument_ledger.csv файлының «reads» "
            "бағанында аталған өңделген кестелерден шығарылады, сараптамалық бағалар бастапқы "
            "файлда жазылған. Дәйексөздер – мақалада басылған қысқа тіркестер; мағынасын "
            "өз сөзімізбен береміз."
        ),
        "all_parts": "Барлық бөлім",
        "part": "Бөлім",
        "claims": "Тұжырымдар",
        "verdicts_source": (
            "Дереккөз: data/processed/argument_ledger.csv. Есептелген бағалар деректер мен "
            "параметрлерге қарай өзгереді; сараптамалық бағалар "
            "data/raw/article/arguments.csv файлында жазылған."
        ),
        "criteria_columns": (
            "Өлшем",
            "Азаматтар ассамблеясы (Ирландия, 2016–2018)",
            "Ұлттық құрылтай",
            "Сай келе ме?",
            "Дереккөздер",
        ),
        "assembly": "Ассамблея: ",
        "kurultai": ". Құрылтай: ",
        "criteria_source": (
            "Дереккөз: data/raw/article/deliberative_criteria.csv (біздің кодтауымыз; әр "
            "жолдың ашық дереккөздері мен мақала жолдары соңғы бағанда)."
        ),
        "glossary_columns": ("Термин", "Мақалада басылған түрі", "Мағынасы", "Қай жерде"),
        "line": "{}-жол",
        "glossary_source": (
            "Дереккөз: data/raw/article/glossary.csv. Жол нөмірлері мақала мәтінінің "
            "жолдарына сілтейді."
        ),
    },
}


def _words(lang: str) -> dict:
    if lang not in WORDS:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(WORDS)}")
    return WORDS[lang]


def argues_table(
    ledger: pd.DataFrame,
    part: str | None = None,
    claim_ids: tuple[str, ...] = (),
    *,
    lang: str = "en",
) -> GT:
    """The claims of one part of the argument (``part``, one of
    :data:`analysis.arguments.PART_LABELS`, or all when ``None``), plus any ``claim_ids``.

    ``ledger`` is the processed ``argument_ledger`` (key ``claim_id``). Columns: claim id,
    seed lines, the phrase as printed (Kazakh), our paraphrase, whose claim, the verdict (mark
    and words) and the reasoning; for a computed verdict the reasoning ends with whether it
    holds under the other analytic choices. Contradicted rows are set in bold. With
    ``lang="kk"`` the paraphrase, voice, verdict and reasoning are the Kazakh ones
    (``paraphrase_kk``, ``reasoning_kk``, ``robustness_kk``). Raises ``ValueError`` when
    nothing is selected or ``lang`` is unknown.
    """
    w = _words(lang)
    keep = ledger["claim_id"].isin(claim_ids) | (ledger["part"] == part) | (part is None)
    rows = ledger[keep].reset_index(drop=True)
    if rows.empty:
        raise ValueError(f"no claims for part {part!r} and ids {claim_ids}")
    kk = lang == "kk"
    reasoning = rows["reasoning_kk" if kk else "reasoning"]
    robustness = rows["robustness_kk" if kk else "robustness"]
    why = [
        r + (f"{w['robustness']}{b}" if isinstance(b, str) else "")
        for r, b in zip(reasoning, robustness, strict=True)
    ]
    cols = w["argues_columns"]
    df = pd.DataFrame(
        {
            cols[0]: rows["claim_id"],
            cols[1]: rows["locator"].str.replace("-", "–") if kk else rows["locator"],
            cols[2]: rows["quote_kk"],
            cols[3]: rows["paraphrase_kk" if kk else "paraphrase_en"],
            cols[4]: rows["voice"].map(VOICE_LABELS_KK if kk else VOICE_LABELS),
            cols[5]: rows["verdict"].map(VERDICT_TEXT_KK if kk else VERDICT_TEXT),
            cols[6]: why,
        }
    )
    # Fixed shares of the column, so that long words (Kazakh ones especially) wrap inside
    # their cell instead of widening the table past the text column.
    shares = ("7%", "8%", "16%", "17%", "10%", "11%", "31%")
    gt = base_table(df, source=w["argues_source"], min_width=WIDE_TEXT_TABLE).cols_width(
        dict(zip(cols, shares, strict=True))
    )
    bold = [i for i, v in enumerate(rows["verdict"]) if v == "contradicted"]
    if bold:
        gt = gt.tab_style(style=style.text(weight="bold"), locations=loc.body(rows=bold))
    return gt


def verdicts_table(ledger: pd.DataFrame, *, lang: str = "en") -> GT:
    """Claims by part of the argument (rows, in :data:`PART_LABELS` order, then a total) and
    verdict (columns, in :data:`VERDICTS` order); counts, zeros kept. Labels in ``lang``."""
    w = _words(lang)
    parts, verdicts = (
        (PART_LABELS_KK, VERDICT_LABELS_KK) if lang == "kk" else (PART_LABELS, VERDICT_LABELS)
    )
    counts = (
        pd.crosstab(ledger["part"], ledger["verdict"])
        .reindex(index=list(PART_LABELS), columns=VERDICTS, fill_value=0)
        .astype(int)
    )
    counts.loc["total"] = counts.sum()
    counts["all"] = counts.sum(axis=1)
    df = counts.reset_index(names="part")
    df["part"] = df["part"].map({**parts, "total": w["all_parts"]})
    df = df.rename(columns={"part": w["part"], **verdicts, "all": w["claims"]})
    gt = base_table(df, source=w["verdicts_source"], min_width=WIDE_TEXT_TABLE)
    return gt.tab_style(style=style.text(weight="bold"), locations=loc.body(rows=[len(df) - 1]))


#: Kazakh titles of the web pages the assembly sources name in brackets (English in the data).
PAGE_TITLES_KK = {
    "The Irish Citizens' Assembly": "Ирландияның Азаматтар ассамблеясы",
    "About the 2016-2018 Citizens' Assembly": "2016–2018 жылдардағы Азаматтар ассамблеясы туралы",
    "Meetings, 2016": "Жиындар, 2016",
}


def _sources_kk(assembly: str) -> str:
    """The addresses of an assembly source with the page titles in brackets in Kazakh
    (:data:`PAGE_TITLES_KK`); a title not in that dict is left out, not shown in English."""

    def title(m: re.Match) -> str:
        kk = PAGE_TITLES_KK.get(m.group(1))
        return f" ({kk})" if kk else ""

    return "; ".join(re.sub(r"\s+\(([^)]*)\)", title, part).strip() for part in assembly.split(";"))


def criteria_table(criteria: pd.DataFrame, *, lang: str = "en") -> GT:
    """The deliberative benchmarks: per criterion, what Ireland's Citizens' Assembly of
    2016-2018 does, what the Kurultai does, whether it meets the benchmark, and the sources.

    ``criteria`` is the processed ``deliberative_criteria`` (sorted by criterion_order). With
    ``lang="kk"`` the ``_kk`` columns are shown and the assembly's sources are given as
    addresses only.
    """
    w = _words(lang)
    cols = w["criteria_columns"]
    if lang == "kk":
        texts = (
            criteria["criterion_kk"],
            criteria["assembly_kk"],
            criteria["kurultai_kk"],
            criteria["kurultai_status"].map(STATUS_LABELS_KK) + ": " + criteria["reasoning_kk"],
            criteria["assembly_source"].map(_sources_kk),
            criteria["kurultai_source_kk"],
        )
    else:
        texts = (
            criteria["criterion_en"],
            criteria["assembly_en"],
            criteria["kurultai_en"],
            criteria["status_label"] + ": " + criteria["reasoning_en"],
            criteria["assembly_source"],
            criteria["kurultai_source"],
        )
    df = pd.DataFrame(
        {
            cols[0]: texts[0],
            cols[1]: texts[1],
            cols[2]: texts[2],
            cols[3]: texts[3],
            cols[4]: w["assembly"] + texts[4] + w["kurultai"] + texts[5] + ".",
        }
    )
    return base_table(df, source=w["criteria_source"]).fmt(_breakable, columns=cols[4])


def _breakable(text: str) -> str:
    """HTML of ``text`` with a line-break opportunity after every '/' (addresses such as
    oidp.net/en/practice.php would otherwise hold the column wider than the page)."""
    return html.escape(text).replace("/", "/<wbr>")


def glossary_table(glossary: pd.DataFrame, *, lang: str = "en") -> GT:
    """The Kazakh terms the book uses: term, Latin form, English rendering, meaning, and the
    seed line where the article prints it (or the public file that names it).

    With ``lang="kk"`` the Latin and English columns give way to the form printed in the
    article, and the meaning is ``explanation_kk``.
    """
    w = _words(lang)
    where = [
        w["line"].format(loc_.replace("-", "–") if lang == "kk" else loc_)
        if isinstance(loc_, str) and loc_
        else src
        for loc_, src in zip(glossary["locator"], glossary["source"], strict=True)
    ]
    cols = w["glossary_columns"]
    if lang == "kk":
        printed = glossary["as_printed"].where(glossary["as_printed"].notna(), "—")
        df = pd.DataFrame(
            {
                cols[0]: glossary["term_kk"],
                cols[1]: printed,
                cols[2]: glossary["explanation_kk"],
                cols[3]: where,
            }
        )
    else:
        df = pd.DataFrame(
            {
                cols[0]: glossary["term_kk"],
                cols[1]: glossary["term_latin"],
                cols[2]: glossary["term_en"],
                cols[3]: glossary["explanation_en"],
                cols[4]: where,
            }
        )
    return base_table(df, source=w["glossary_source"])
