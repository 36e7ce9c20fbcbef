"""Tables of the argument ledger, the deliberative benchmarks and the glossary.

Every builder takes ``lang`` (a language of :mod:`analysis.i18n`): the words drawn (column
labels, verdicts, parts, voices, source notes) are the catalog's (``locales/<lang>/
arguments.ftl``), and the tables show the processed tables' data fields of the language
(paraphrase, reasoning, robustness, criteria, glossary explanations:
:func:`analysis.i18n.data_field`).
"""

from __future__ import annotations

import html
import re

import pandas as pd
from great_tables import GT, loc, style

from analysis.arguments import (
    EDITION_SOURCE,
    PARTS,
    TEXT_COLUMNS,
    dash,
    glossary_for,
    lower_first,
    part_label,
    status_label,
    verdict_label,
    voice_label,
)
from analysis.i18n import Catalog, catalog, data_field
from analysis.i18n.formats import sort_key
from analysis.schemas.raw import VERDICTS
from analysis.tables.common import (
    LEDGER_CSS,
    WIDE_TEXT_TABLE,
    base_table,
    outlets,
    row_fold,
    split_first_sentence,
)

#: Each verdict's mark, shown before its words, so the table never relies on colour alone.
VERDICT_MARKS = {
    "supported": "✓",
    "partly_supported": "◐",
    "not_supported": "○",
    "contradicted": "✗",
    "not_testable": "?",
}


def verdict_text(verdict: str, words: Catalog) -> str:
    """The verdict with its mark: '✓ Supported'."""
    return words(
        "arguments-table-verdict",
        mark=VERDICT_MARKS[verdict],
        verdict=verdict_label(verdict, words),
    )


def argues_table(
    ledger: pd.DataFrame,
    part: str | None = None,
    claim_ids: tuple[str, ...] = (),
    *,
    lang: str = "en",
) -> GT:
    """The claims of one part of the argument (``part``, one of
    :data:`analysis.arguments.PARTS`, or all when ``None``), plus any ``claim_ids``: a
    compact ledger of three columns.

    ``ledger`` is the processed ``argument_ledger`` (key ``claim_id``). Shown: the claim
    (its id in bold, our paraphrase, and in grey whose claim it is and the article's
    lines), the verdict (mark and words) and the reason in one line (the first sentence of
    the reasoning, :func:`analysis.tables.common.split_first_sentence`), with the rest
    folded in the row (``<details>``: the reasoning in full, whether a computed verdict
    holds under the other analytic choices, and the phrase as printed in Kazakh). The
    table's CSV keeps every column apart (claim, lines, as printed, what it says, whose
    claim, verdict, why). Contradicted rows are set in bold. The paraphrase and reasoning
    are the language's data fields (``paraphrase_kk``, ``reasoning_kk``,
    ``robustness_kk`` in Kazakh). On a phone each row reads as a block
    (:data:`analysis.tables.common.LEDGER_CSS`). Raises ``ValueError`` when nothing is
    selected or ``lang`` is unknown.
    """
    words = catalog(lang)
    field = data_field(lang)
    keep = ledger["claim_id"].isin(claim_ids) | (ledger["part"] == part) | (part is None)
    rows = ledger[keep].reset_index(drop=True)
    if rows.empty:
        raise ValueError(f"no claims for part {part!r} and ids {claim_ids}")
    reasoning_column, robustness_column = TEXT_COLUMNS[field]
    why = [
        words("arguments-table-why", reasoning=r, robustness=b) if isinstance(b, str) else r
        for r, b in zip(rows[reasoning_column], rows[robustness_column], strict=True)
    ]
    cols = [
        words(msg)
        for msg in (
            "arguments-table-claim",
            "arguments-table-lines",
            "arguments-table-printed",
            "arguments-table-says",
            "arguments-table-voice",
            "arguments-table-verdict-column",
            "arguments-table-why-column",
        )
    ]
    lines = rows["locator"].map(lambda s: dash(s, words))
    voices = rows["voice"].map(lambda v: voice_label(v, words))
    df = pd.DataFrame(
        {
            cols[0]: rows["claim_id"],
            cols[1]: lines,
            cols[2]: rows["quote_kk"],
            cols[3]: rows[f"paraphrase_{field}"],
            cols[4]: voices,
            cols[5]: [
                verdict_text(v, words) + (words("arguments-table-base-mark") if dep else "")
                for v, dep in zip(rows["verdict"], rows["depends_on_base"], strict=True)
            ],
            cols[6]: why,
        }
    )
    source = words("arguments-table-argues-source")
    numbers = [int(c[1:]) for c in rows["claim_id"]]
    if numbers != sorted(numbers):
        # One neutral note, only where the numbering is out of order (A49–A51 among A21–A35).
        source = f"{source} {words('arguments-table-order-note')}"
    gt = (
        base_table(
            df,
            source=" ".join(
                [source]
                + ([words("arguments-table-base-note")] if rows["depends_on_base"].any() else [])
            ),
            min_width=WIDE_TEXT_TABLE,
        )
        .opt_css(LEDGER_CSS)
        .cols_hide([cols[1], cols[2], cols[3], cols[4]])
        .cols_width({cols[0]: "38%", cols[5]: "20%", cols[6]: "42%"})
    )
    summary = words("arguments-table-more")
    for i, row in rows.iterrows():
        where = words(
            "arguments-table-where", voice=voices[i], lines=lines[i], many=_many(lines[i])
        )
        claim = (
            f"<strong>{html.escape(row['claim_id'])}</strong> "
            f"{html.escape(str(row[f'paraphrase_{field}']))}"
            f'<span class="row-where">'
            f"{html.escape(where)}"
            "</span>"
        )
        robustness = row[robustness_column]
        lead, rest = split_first_sentence(row[reasoning_column])
        parts = [
            rest,
            words("arguments-table-robustness", robustness=robustness)
            if isinstance(robustness, str)
            else "",
            words("arguments-table-as-printed", quote=row["quote_kk"]),
        ]
        cell = row_fold(lead, summary, parts, as_list=True)
        gt = gt.fmt(lambda _, h=claim: h, columns=cols[0], rows=[i])
        gt = gt.fmt(lambda _, h=cell: h, columns=cols[6], rows=[i])
    bold = [i for i, v in enumerate(rows["verdict"]) if v == "contradicted"]
    if bold:
        gt = gt.tab_style(style=style.text(weight="bold"), locations=loc.body(rows=bold))
    return gt


def _many(lines: str) -> str:
    """``"yes"`` when ``lines`` (a locator) names more than one line, for the catalog's
    plural of "line"."""
    return "yes" if re.search(r"[-–,;]", lines) else "no"


def verdicts_table(ledger: pd.DataFrame, *, lang: str = "en") -> GT:
    """Claims by part of the argument (rows, in :data:`PARTS` order, then a total) and
    verdict (columns, in :data:`VERDICTS` order); counts, zeros kept. Labels in ``lang``."""
    words = catalog(lang)
    counts = (
        pd.crosstab(ledger["part"], ledger["verdict"])
        .reindex(index=list(PARTS), columns=VERDICTS, fill_value=0)
        .astype(int)
    )
    counts.loc["total"] = counts.sum()
    counts["all"] = counts.sum(axis=1)
    df = counts.reset_index(names="part")
    parts = {p: part_label(p, words) for p in PARTS}
    df["part"] = df["part"].map({**parts, "total": words("arguments-table-all-parts")})
    df = df.rename(
        columns={
            "part": words("arguments-table-part"),
            **{v: verdict_label(v, words) for v in VERDICTS},
            "all": words("arguments-table-claims"),
        }
    )
    gt = base_table(df, source=words("arguments-table-verdicts-source"), min_width=WIDE_TEXT_TABLE)
    return gt.tab_style(style=style.text(weight="bold"), locations=loc.body(rows=[len(df) - 1]))


#: The titles of the web pages the assembly sources name in brackets (English in the data),
#: and the messages that name them in each language; a title not listed is shown as printed.
PAGE_TITLES = {
    "The Irish Citizens' Assembly": "arguments-page-irish-assembly",
    "About the 2016-2018 Citizens' Assembly": "arguments-page-about-assembly",
    "Meetings, 2016": "arguments-page-meetings-2016",
    "Selection of members, 2016-2018": "arguments-page-selection-2016",
    "Statement of 21 February 2018": "arguments-page-statement-2018",
    "Who exactly are the citizens in the Citizens' Assembly?": "arguments-page-who-citizens",
    "Dáil, 4 April 2017": "arguments-page-dail-2017",
    "Taoiseach makes commitment to Constitution group": "arguments-page-convention-commitment",
}
#: The column of ``deliberative_criteria`` with the Kurultai's sources in each data language.
KURULTAI_SOURCE_COLUMNS = {"en": "kurultai_source", "kk": "kurultai_source_kk"}


def _sources(assembly: str, words: Catalog) -> str:
    """The outlets of an assembly source (web addresses cut to the site,
    :func:`~analysis.tables.common.outlets`) with the page titles in brackets in the
    catalog's language (:data:`PAGE_TITLES`)."""

    def title(m: re.Match) -> str:
        msg = PAGE_TITLES.get(m.group(1))
        return f" ({words(msg) if msg else m.group(1)})"

    return "; ".join(
        re.sub(r"\s+\(([^)]*)\)", title, outlets(part)).strip() for part in assembly.split(";")
    )


def criteria_table(criteria: pd.DataFrame, *, lang: str = "en") -> GT:
    """The deliberative benchmarks: per criterion, what Ireland's Citizens' Assembly of
    2016-2018 does, what the Kurultai does, whether it meets the benchmark, and the sources.

    ``criteria`` is the processed ``deliberative_criteria`` (sorted by criterion_order); the
    columns of the language's data field are shown (``criterion_kk``, … in Kazakh), with
    the assembly's page titles in the language (:data:`PAGE_TITLES`).
    """
    words = catalog(lang)
    field = data_field(lang)
    cols = [
        words(msg)
        for msg in (
            "arguments-criteria-criterion",
            "arguments-criteria-assembly",
            "arguments-criteria-kurultai",
            "arguments-criteria-meets",
            "arguments-criteria-sources",
        )
    ]
    status = criteria["kurultai_status"].map(lambda s: status_label(s, words))
    sources = [
        words("arguments-criteria-source-cell", assembly=_sources(a, words), kurultai=k)
        for a, k in zip(
            criteria["assembly_source"],
            criteria[KURULTAI_SOURCE_COLUMNS[field]],
            strict=True,
        )
    ]
    df = pd.DataFrame(
        {
            cols[0]: criteria[f"criterion_{field}"],
            cols[1]: criteria[f"assembly_{field}"],
            cols[2]: criteria[f"kurultai_{field}"],
            cols[3]: [
                words("arguments-criteria-status", status=s, reasoning=lower_first(r))
                for s, r in zip(status, criteria[f"reasoning_{field}"], strict=True)
            ],
            cols[4]: sources,
        }
    )
    return base_table(df, source=words("arguments-criteria-source")).fmt(
        _breakable, columns=cols[4]
    )


def _breakable(text: str) -> str:
    """HTML of ``text`` with a line-break opportunity after every '/' (addresses such as
    oidp.net/en/practice.php would otherwise hold the column wider than the page)."""
    return html.escape(text).replace("/", "/<wbr>")


#: The columns of the glossary table in each data language, with the header of each
#: (message ``arguments-glossary-<header>``; ``where``: the article's line, or public records):
#: the English edition gives the Latin form and English rendering, the Kazakh one the form
#: printed in the article.
GLOSSARY_COLUMNS = {
    "en": (
        ("term_kk", "term"),
        ("term_latin", "latin"),
        ("term_en", "english"),
        ("explanation_en", "meaning"),
        ("where", "where"),
    ),
    "kk": (
        ("term_kk", "term"),
        ("term_en", "english"),
        ("as_printed", "printed"),
        ("explanation_kk", "meaning"),
        ("where", "where"),
    ),
}


def glossary_table(glossary: pd.DataFrame, *, lang: str = "en") -> GT:
    """The Kazakh terms the book uses: term, Latin form, English rendering, meaning, and the
    line where the article prints it (or "public records" for a term only they name).

    The columns are the data language's (:data:`GLOSSARY_COLUMNS`): in Kazakh the Latin and
    English columns give way to the form printed in the article (a dash when it is not
    printed), and the meaning is ``explanation_kk``. Rows in the data's order, or in the
    alphabetical order of the Kazakh term where the language has an alphabet in
    :data:`analysis.i18n.formats.ALPHABETS` (the Kazakh edition).
    """
    words = catalog(lang)
    glossary = glossary_for(glossary, lang)
    keys = [sort_key(str(t), lang) for t in glossary["term_kk"]]
    if all(k is not None for k in keys):  # the language's alphabetical order
        glossary = glossary.iloc[sorted(range(len(keys)), key=keys.__getitem__)]
    frame = glossary.copy()
    frame["where"] = [
        words("arguments-glossary-line", line=dash(loc_, words))
        if isinstance(loc_, str) and loc_
        else words("tables-glossary-edition")
        if src.startswith(EDITION_SOURCE)
        else words("tables-glossary-public")
        if src.startswith("public/")
        else src
        for loc_, src in zip(glossary["locator"], glossary["source"], strict=True)
    ]
    frame["as_printed"] = glossary["as_printed"].where(glossary["as_printed"].notna(), "—")
    columns = GLOSSARY_COLUMNS[data_field(lang)]
    df = pd.DataFrame({words("arguments-glossary-" + h): frame[c] for c, h in columns})
    return base_table(df, source=words("arguments-glossary-source"))


def rulebook_table(
    rules: pd.DataFrame, outcomes: pd.DataFrame, ledger: pd.DataFrame, *, lang: str = "en"
) -> GT:
    """The rulebook: one row per rule (processed ``verdict_rules``, in rulebook order) with
    the claims it judges, what it looks at, its outcomes and the verdict each yields
    (``verdict_outcomes``), why, and the claims of the ledger it decides
    (``argument_ledger``). Wording from the rulebook's own ``*_<lang>`` columns; verdicts and
    headers from the catalog."""
    words = catalog(lang)
    field = data_field(lang)
    cols = [
        words(msg)
        for msg in (
            "arguments-rulebook-rule",
            "arguments-rulebook-test",
            "arguments-rulebook-outcomes",
            "arguments-rulebook-why",
            "arguments-rulebook-claims",
        )
    ]
    rows = []
    for r in rules.itertuples():
        own = outcomes[outcomes["rule_id"] == r.rule_id]
        # Outcomes joined by semicolons: one sentence, so only the first starts with a capital.
        yields = "; ".join(
            words(
                "arguments-rulebook-outcome",
                when=(lambda s: s if k == 0 else lower_first(s))(
                    getattr(o, f"when_{field}").rstrip(".")
                ),
                verdict=verdict_label(o.verdict, words).lower(),
            )
            for k, o in enumerate(own.itertuples())
        )
        claims = ledger.loc[ledger["rule"] == r.rule_id, "claim_id"].tolist()
        rows.append(
            {
                cols[0]: words(
                    "arguments-rulebook-name",
                    name=getattr(r, f"name_{field}"),
                    claims=getattr(r, f"claim_type_{field}"),
                ),
                cols[1]: getattr(r, f"test_{field}"),
                cols[2]: yields,
                cols[3]: getattr(r, f"rationale_{field}"),
                cols[4]: ", ".join(claims) or "—",
            }
        )
    return base_table(
        pd.DataFrame(rows), source=words("arguments-rulebook-source"), min_width="620px"
    )


#: Catalog prefix of a coverage decision's label (``<prefix><decision>``).
COVERAGE_DECISION_MESSAGE = "arguments-coverage-decision-"


def coverage_table(coverage: pd.DataFrame, *, lang: str = "en") -> GT:
    """Which sentences are claims of the argument: one row per sentence of the processed
    ``ledger_coverage`` (file order) with its lines, the phrase as printed, what it says,
    the decision (catalog ``arguments-coverage-decision-<decision>``), the claim it became
    (or a dash) and the reason. Per-row text from the ``*_<lang>`` columns; headers from the
    catalog."""
    words = catalog(lang)
    field = data_field(lang)
    frame = pd.DataFrame(
        {
            words("arguments-coverage-lines"): coverage["locator"].str.replace("-", "\u2013"),
            words("arguments-coverage-quote"): coverage["quote_kk"],
            words("arguments-coverage-sentence"): coverage[f"sentence_{field}"],
            words("arguments-coverage-decision"): [
                words(COVERAGE_DECISION_MESSAGE + d) for d in coverage["decision"]
            ],
            words("arguments-coverage-claim"): coverage["claim_id"].fillna("\u2014"),
            words("arguments-coverage-reason"): coverage[f"reason_{field}"],
        }
    )
    return base_table(frame, source=words("arguments-coverage-source"), min_width="620px")
