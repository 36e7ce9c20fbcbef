"""Table of the claims audit, in the language of ``lang`` (words from
``locales/<lang>/claims.ftl``)."""

from __future__ import annotations

import html
import re

import pandas as pd
from babel.numbers import get_decimal_symbol
from great_tables import GT, loc, style

from analysis.claims import STATUSES
from analysis.i18n import catalog, data_field
from analysis.i18n.formats import babel_locale
from analysis.tables.common import (
    LEDGER_CSS,
    WIDE_TEXT_TABLE,
    base_table,
    dates_in_text,
    row_fold,
)

#: The table's columns in order (keys; their headers are ``claims-col-<key>`` messages).
COLUMNS = [
    "verdict",
    "claim",
    "lines",
    "says",
    "printed",
    "data",
    "quote",
    "problem",
    "check",
    "note",
    "data_says",
]
#: Shown columns and their widths (they fit the 678 px text column without scrolling, none
#: narrower than about 12 characters); the claim's id and lines head its "says" cell.
WIDTHS = {"verdict": "17%", "says": "39%", "printed": "22%", "data": "22%"}
#: Columns kept in the table's CSV download but not shown as columns: the claim's id and
#: lines (in the "says" cell), and the full reasoning of each row (folded in that cell).
HIDDEN = ["claim", "lines", "quote", "problem", "check", "note", "data_says"]
#: Hidden columns shown in each row's fold (the note and the sentence on what the data say
#: name files and tables of the build: they stay in the CSV only).
FOLDED = ("quote", "check")
#: The ledger's text fields, the language they are written in, and that language's data
#: field (the schema of :class:`analysis.claims.ClaimsLedger`): a table in another language
#: shows their twin (``note_kk``) where the ledger has one, else leaves them out.
TEXT_FIELD_LANGUAGE = {"note": "en", "data_says": "en"}
#: The article's own words (Kazakh, as printed): the third column where the reader's
#: language has no paraphrase, else a hidden column.
QUOTE = "quote_kk"


def _id(code: str) -> str:
    return code.replace("_", "-").replace(" ", "-").lower()


def column_names(lang: str = "en") -> dict[str, str]:
    """Column key (:data:`COLUMNS`) -> its header in ``lang`` (``claims-col-<key>``)."""
    words = catalog(lang)
    return {c: words("claims-col-" + _id(c)) for c in COLUMNS}


def verdict_words(lang: str = "en") -> dict[str, str]:
    """Status -> the short verdict the table shows first (mark and word, not colour alone;
    ``claims-table-verdict-<status>``)."""
    words = catalog(lang)
    return {s: words("claims-table-verdict-" + _id(s)) for s in STATUSES}


def show_value(value: object, unit: str, lang: str = "en") -> str:
    """A printed or found value with its unit, compactly: ``32%``, ``7.7 pp``, ``2,400
    respondents``, ``2023-07-20 to 2023-07-31``, ``2022, 2023``; an empty value gives ``—``.

    ``value`` is the ledger's text form (``value_printed`` or ``data_value``); ``unit`` the
    claim's unit (``percent`` values are 0-100). In ``lang``: CLDR's decimal symbol, the
    respondents' count grouped (``2 400`` in Kazakh), a range and the unit in the catalog's
    words (``claims-value-range``, ``claims-unit-<unit>``: ``7,7 п.т.``, ``2 400
    респондент``, ``2023-07-20 – 2023-07-31``). Raises ``KeyError`` for a unit without
    words in the catalog.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)) or str(value) == "":
        return "—"
    words = catalog(lang)
    text = str(value)
    if ".." in text:
        low, high = text.split("..", 1)
        text = words("claims-value-range", low=low, high=high)
    decimal = get_decimal_symbol(babel_locale(lang))
    text = re.sub(r"(\d)\.(\d)", lambda m: m.group(1) + decimal + m.group(2), text)
    text = dates_in_text(text, lang)  # after the decimal symbol: «14.06.2022» keeps its dots
    if unit == "respondents" and text.isdigit():  # 2,400 (years and decades keep 2024)
        text = words.count(int(text))
    if ";" in text:  # a list of years or groups: no unit
        return text.replace(";", ", ")
    message = "claims-unit-" + _id(unit)
    if not words.has(message):
        raise KeyError(f"no words for the unit {unit!r} ({message}) in locales/{lang}")
    return words(message, value=text)


def _lines(seed: str, locator: str, lang: str = "en") -> str:
    where = locator.replace("-", "–")
    if seed.startswith("000"):
        return where
    # The source text's number (002: the reform article) selects its name in the catalog.
    words = catalog(lang)
    span = "range" if "–" in where else "one"  # «303-жол», «303–315-жолдар»
    return words(
        "claims-lines-seed", seed=int(seed[:3]), lines=words("lines-ref", lines=where, span=span)
    )


def table_columns(ledger: pd.DataFrame, lang: str = "en") -> tuple[list[str], str]:
    """The columns (keys of :data:`COLUMNS`) of the table in ``lang``, and the ledger field
    its third column ("What the article says") shows.

    That column is our paraphrase in the reader's language (``paraphrase_<field>``,
    :func:`analysis.i18n.data_field`) where the ledger has one, else the article's own
    words (:data:`QUOTE`), which are otherwise a hidden column; the text fields written in
    one language (:data:`TEXT_FIELD_LANGUAGE`) are kept only in a table of that language,
    or of a language whose twin (``note_kk``, ``data_says_kk``) the ledger has.
    """
    field = data_field(lang)
    paraphrase = f"paraphrase_{field}"
    says = paraphrase if paraphrase in ledger.columns else QUOTE
    columns = [
        c
        for c in COLUMNS
        if not (c == "quote" and says == QUOTE)
        and (TEXT_FIELD_LANGUAGE.get(c, field) == field or f"{c}_{field}" in ledger.columns)
    ]
    return columns, says


def _text_field(ledger: pd.DataFrame, name: str, lang: str) -> pd.Series:
    """A ledger text field in ``lang``: its twin ``<name>_<field>`` (``note_kk``) where the
    ledger has one, else the field itself (written in :data:`TEXT_FIELD_LANGUAGE`)."""
    twin = f"{name}_{data_field(lang)}"
    return ledger[twin if twin in ledger.columns else name].fillna("")


def claims_table(ledger: pd.DataFrame, *, lang: str = "en") -> GT:
    """The claims ledger, one row per claim, verdict first.

    ``ledger`` is the processed ``claims_ledger`` (one row per claim, key ``claim_id``).
    Shown: the verdict (:func:`verdict_words`), the claim id over its seed lines, the
    article's words (our paraphrase in the reader's language, else the article's own
    Kazakh words: :func:`table_columns`), the printed value and the value the data give
    (compact units, :func:`show_value`; none for a claim that cannot be checked). Hidden
    but in the table's CSV: the Kazakh quote (where it is not shown), the problem id, the
    kind of check, the note and the sentence on what the data say (in ``lang``).
    Inconsistent rows are set in bold. Every word is the catalog's of ``lang``
    (``locales/<lang>/claims.ftl``). Raises ``KeyError`` for a status without a verdict
    word or a check kind without words.
    """
    words = catalog(lang)
    verdict = verdict_words(lang)
    unknown = set(ledger["status"]) - set(verdict)
    if unknown:
        raise KeyError(f"claim status without a verdict word: {sorted(unknown)}")
    kinds = set(ledger["check_kind"])
    unknown = sorted(k for k in kinds if not words.has("claims-check-" + _id(k)))
    if unknown:
        raise KeyError(f"check kind without words in locales/{lang}: {unknown}")
    unchecked = ledger["status"] == "not_reproducible"
    columns, says = table_columns(ledger, lang)
    data = {
        "verdict": ledger["status"].map(verdict),
        "claim": ledger["claim_id"],
        "lines": [
            _lines(s, loc_, lang)
            for s, loc_ in zip(ledger["seed_file"], ledger["locator"], strict=True)
        ],
        "says": ledger[says],
        "printed": [
            show_value(v, u, lang)
            for v, u in zip(ledger["value_printed"], ledger["unit"], strict=True)
        ],
        "data": [
            "—" if skip else show_value(v, u, lang)
            for v, u, skip in zip(ledger["data_value"], ledger["unit"], unchecked, strict=True)
        ],
        "quote": ledger[QUOTE],
        "problem": ledger["problem_id"].fillna(""),
        "check": [words("claims-check-" + _id(k)) for k in ledger["check_kind"]],
        "note": _text_field(ledger, "note", lang),
        "data_says": _text_field(ledger, "data_says", lang),
    }
    names = column_names(lang)
    df = pd.DataFrame({names[c]: data[c] for c in columns})
    gt = (
        base_table(df, source=words("claims-table-source"), min_width=WIDE_TEXT_TABLE)
        .opt_css(LEDGER_CSS)
        .cols_hide([names[c] for c in HIDDEN if c in columns])
        .cols_width({names[c]: w for c, w in WIDTHS.items()})
    )
    summary = words("claims-table-more")
    cells = {key: list(values) for key, values in data.items()}
    for i in range(len(df)):
        head = (
            f"<strong>{html.escape(str(cells['claim'][i]))}</strong> · "
            f"{html.escape(cells['lines'][i])}<br>"
        )
        folded = [
            words("claims-table-fold-" + _id(c), text=cells[c][i])
            for c in FOLDED
            if c in columns and isinstance(cells[c][i], str) and cells[c][i]
        ]
        cell = head + row_fold(str(cells["says"][i]), summary, folded)
        gt = gt.fmt(lambda _, h=cell: h, columns=names["says"], rows=[i])
    rows = [i for i, s in enumerate(ledger["status"]) if s == "inconsistent"]
    if rows:
        gt = gt.tab_style(style=style.text(weight="bold"), locations=loc.body(rows=rows))
    return gt
