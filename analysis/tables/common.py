"""Helpers shared by the table builders.

Every table fits the book's text column (678 px at a 1280 px window, about 340 px on a
phone) where its content allows: it takes the column's full width, its text wraps (long
tokens in body cells, such as URLs, paths and checksums, anywhere), cells have little
padding, and the type is 14 px (body) and 13 px (notes). great-tables puts each table in
a box with ``overflow-x: auto``, so a table that cannot fit (on a phone) scrolls inside
that box and never widens the page. Long reference tables (codebook, sources,
reproducing) use :func:`reference_table`, which also shortens sha256 checksums
(:func:`short_hash`).
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from collections.abc import Sequence

import pandas as pd
from great_tables import GT, loc, style

from analysis.figures.common import FONTS
from analysis.i18n import catalog
from analysis.i18n.formats import numeric_ranges

STATUS_MARK = {"reported": "", "inferred": "†", "implied": "*", "derived": "‡"}


#: A web address's path (``echofm.online/news/8715`` -> ``echofm.online``) and an outlet's
#: article number (``devdiscourse 3869117`` -> ``devdiscourse``); dates are kept.
_ADDRESS_PATH = re.compile(r"\b([a-z0-9-]+(?:\.[a-z0-9-]+)+)/[^\s;,]*")
_OUTLET_ID = re.compile(r"\b([a-z][a-z0-9.-]*) \d{4,}\b(?![-.])")


def outlets(sources: str) -> str:
    """``sources`` (a cell of a raw ``sources`` column, ``;``-separated) with each web
    address cut to its outlet and article numbers dropped, so that a table shows outlet and
    date; the full addresses stay in the raw data (Appendix E).

    >>> outlets("ar.inform.kz 2026-02-19; devdiscourse 3869117; echofm.online/news/8715")
    'ar.inform.kz 2026-02-19; devdiscourse; echofm.online'
    """
    return _OUTLET_ID.sub(r"\1", _ADDRESS_PATH.sub(r"\1", sources))


def status_note(lang: str = "en") -> str:
    """What the marks of :data:`STATUS_MARK` mean, in ``lang`` (``tables-status-note``)."""
    return catalog(lang)("tables-status-note")


#: :func:`status_note` in English, for the modules that still import it (deprecated).
STATUS_NOTE = status_note("en")

#: Font sizes, px: table body and column labels; source notes and footnotes.
BODY_FONT = "14px"
NOTE_FONT = "13px"
#: The narrowest a wide text table (the claim ledgers: seven columns of sentences) may be;
#: on a phone it scrolls in its box at this width (see :func:`base_table`).
WIDE_TEXT_TABLE = "620px"
#: Characters of a sha256 checksum shown in a table (the full value is in the tooltip).
HASH_CHARS = 12

#: CSS added to every table: text wraps at spaces; a word breaks inside only where it has a
#: soft hyphen (Kazakh words get them at syllable boundaries, :func:`hyphenate_cells`:
#: browsers have no Kazakh hyphenation of their own), shown as a hyphen; a link (an
#: address) in a body cell may break anywhere; another token longer than its cell (a path)
#: breaks only when nothing else fits (``break-word`` does not shrink a column below its
#: longest word, so numbers such as "0.084" are never split across lines). A table too
#: wide for the column even so scrolls inside its box (on a phone); at desktop width every
#: chapter table is designed to fit (tests/test_browser.py checks it).
WRAP_CSS = """
.gt_table { max-width: 100%; }
.gt_table th { white-space: normal; overflow-wrap: break-word; hyphens: manual; }
.gt_table td { white-space: normal; overflow-wrap: break-word; }
.gt_table code { white-space: normal; overflow-wrap: break-word; }
.gt_table td a { overflow-wrap: anywhere; }
"""


#: An ISO 8601 day (``2022-06-14``) inside a table's text.
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
#: An ISO 8601 month (``2026-01``, a source's date given to the month) inside a table's
#: text; not part of a day, a range of years or a longer token.
ISO_MONTH = re.compile(r"(?<![\w.\-/])(\d{4})-(0[1-9]|1[0-2])(?![\w\-/])")


def table_date(value: object, lang: str = "en") -> str:
    """A day as a table cell shows it, from the catalog's ``date-table`` message: ISO 8601
    in English ('2022-06-14'), «2022 ж. 14 маусым» in Kazakh (the year abbreviated, the
    month by name: CLDR's, ``MONTH($mm)`` in the catalog). ``value``: anything
    :class:`pandas.Timestamp` accepts; a missing value gives '—'."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "—"
    day = pd.Timestamp(value)
    return catalog(lang)(
        "date-table", year=str(day.year), mm=f"{day.month:02d}", dd=f"{day.day:02d}"
    )


def table_month(year: int, month: int, lang: str = "en") -> str:
    """A month as a table cell shows it (``date-month-table``): '2026-01' in English,
    «2026 ж. қаңтар» in Kazakh."""
    return catalog(lang)("date-month-table", year=str(year), mm=f"{month:02d}")


def dates_in_text(text: object, lang: str = "en") -> object:
    """``text`` with every ISO 8601 day in it written as :func:`table_date` writes it, and
    every ISO month (``2026-01``) as :func:`table_month` does (a date inside data text: a
    source's date, a range of fieldwork days); a value that is not a string is returned as
    it is."""
    if not isinstance(text, str):
        return text
    text = ISO_DAY.sub(lambda m: table_date(m[0], lang), text)
    return ISO_MONTH.sub(lambda m: table_month(int(m[1]), int(m[2]), lang), text)


def base_table(
    frame: pd.DataFrame, *, source: str, title: str | None = None, min_width: str | None = None
) -> GT:
    """A GT with the book's defaults: plain styling, a source note, no index.

    ``frame`` is shown as it is (column order kept); ``source`` names the data file and
    the seed lines behind the table. The table is the column's width (``100%``), its text
    wraps (:data:`WRAP_CSS`), cell padding is small (4 px x 6 px), body type is
    :data:`BODY_FONT` and notes :data:`NOTE_FONT`. With ``min_width`` (CSS, e.g.
    ``"600px"``) the table is never narrower: where the column is (on a phone) it scrolls
    in its box instead of squeezing its columns to a letter each.
    """
    gt = GT(frame.reset_index(drop=True))
    if title:
        gt = gt.tab_header(title=title)
    # A minimum width as ``min-width`` beside ``width``: the column's ``max-width: 100%``
    # (the book's stylesheet, :data:`WRAP_CSS`) caps ``width`` but yields to ``min-width``,
    # so on a phone the table keeps its width and scrolls in its box instead of being
    # squeezed to a letter a line. (great-tables writes the option into the table's own
    # scoped rule, ``#<id> .gt_table { width: ...; }``.)
    width = f"max(100%, {min_width}); min-width: {min_width}" if min_width else "100%"
    return (
        gt.tab_source_note(source)
        .tab_options(
            table_width=width,
            table_font_size=BODY_FONT,
            column_labels_font_weight="bold",
            column_labels_padding="4px",
            column_labels_padding_horizontal="6px",
            data_row_padding="4px",
            data_row_padding_horizontal="6px",
            source_notes_font_size=NOTE_FONT,
            source_notes_padding="4px",
            source_notes_padding_horizontal="6px",
            container_padding_x="0px",
            # Quarto would otherwise re-parse the raw HTML table into a Pandoc table and
            # drop the column widths set here; the table is final as great-tables writes it.
            quarto_disable_processing=True,
        )
        .opt_table_font(font=list(FONTS["en"]))
        .opt_css(WRAP_CSS)
    )


#: CSS of a ledger table (claim, verdict, one-line reason, the rest folded per row): on a
#: phone each row reads as a block of its own, cell under cell, instead of three squeezed
#: columns; the column labels are then left out (each cell says what it is: the claim with
#: its id, the verdict with its mark, the reason). A table reads so when a cell holds a
#: per-row fold made with ``as_list=True`` (``details.row-list``, :func:`row_fold`); a
#: ledger whose cells need their column labels (values) scrolls in its box instead.
LEDGER_CSS = """
.gt_table .row-where { display: block; color: #555; font-size: 13px; }
.gt_table details.row-more { margin-top: 2px; }
.gt_table details.row-more > summary { cursor: pointer; color: #1a5f9e; }
.gt_table details.row-more > p { margin: 4px 0 0 0; }
@media (max-width: 575.98px) {
  .gt_table:has(details.row-list) { display: block !important; width: 100% !important;
    min-width: 0 !important; }
  .gt_table:has(details.row-list) thead,
  .gt_table:has(details.row-list) colgroup { display: none !important; }
  .gt_table:has(details.row-list) tbody,
  .gt_table:has(details.row-list) tfoot,
  .gt_table:has(details.row-list) tr { display: block !important; width: 100% !important; }
  .gt_table:has(details.row-list) tbody td,
  .gt_table:has(details.row-list) tfoot td { display: block !important; width: auto !important;
    border: none !important; }
  .gt_table:has(details.row-list) tbody tr { border-top: 1px solid #D3D3D3 !important;
    padding: 4px 0; }
}
"""


def row_fold(lead: str, summary: str, parts: Sequence[str], *, as_list: bool = False) -> str:
    """HTML of a ledger cell: ``lead`` (one line), then a fold (``<details class="row-more">``,
    opened by its ``summary``) holding ``parts`` as paragraphs; empty parts are left out,
    and with none the cell is ``lead`` alone. With ``as_list`` the fold is also marked
    ``row-list``: its table reads as a list on a phone (:data:`LEDGER_CSS`). Every text is
    HTML-escaped."""
    shown = [f"<p>{html.escape(p)}</p>" for p in parts if isinstance(p, str) and p.strip()]
    if not shown:
        return html.escape(lead)
    classes = "row-more row-list" if as_list else "row-more"
    return (
        f'{html.escape(lead)}<details class="{classes}"><summary>{html.escape(summary)}'
        f"</summary>{''.join(shown)}</details>"
    )


_SENTENCE_END = re.compile(r"(?<=[\w)»”'][.!?])\s+(?=[«“\"'(]?[^\W\d_])")


def split_first_sentence(text: str, longest: int = 220) -> tuple[str, str]:
    """``text`` as ``(first sentence, the rest)``; a first sentence longer than ``longest``
    characters is cut at its first ';' or ':' after 40 characters outside brackets and
    quotes (the rest keeps the cut part). A sentence ends at '.', '!' or '?' after a
    lower-case letter, digit, ')' or a closing quote, before white space and a capital or
    opening quote (initials such as 'E. Karin' do not end one)."""
    text = text.strip()
    m = None
    for found in _SENTENCE_END.finditer(text):
        word = re.search(r"(\S+)[.!?]$", text[: found.start()])
        if word and re.fullmatch(r"[^\W\d_]", word.group(1)):
            continue  # an initial ("E. Karin"), not the end of a sentence
        m = found
        break
    lead, rest = (text[: m.start()], text[m.end() :]) if m else (text, "")
    if len(lead) > longest:
        at = _clause_end(lead, 40)
        if at is not None:
            lead, rest = lead[:at] + "…", ("…" + lead[at + 1 :].strip() + " " + rest).strip()
    return lead, rest


_OPEN, _CLOSE = "([«“", ")]»”"


def _clause_end(text: str, start: int) -> int | None:
    """Index of the first ';' or ':' followed by white space at or after ``start`` that lies
    outside brackets and quotes (never inside a confidence interval '[−1,0; +16,5]' or a
    quotation), or None."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in ";:" and depth == 0 and i >= start and text[i + 1 : i + 2].isspace():
            return i
    return None


def grey_rows(gt: GT, mask: pd.Series) -> GT:
    """Set the rows where ``mask`` is true in italic grey (e.g. implied values)."""
    rows = [i for i, flag in enumerate(mask.tolist()) if flag]
    if not rows:
        return gt
    return gt.tab_style(
        style=[style.text(style="italic", color="#555")], locations=loc.body(rows=rows)
    )


def short_hash(value: object, chars: int = HASH_CHARS) -> str:
    """A checksum as HTML: its first ``chars`` characters in ``<code>``, an ellipsis, and
    the full value in the ``title`` attribute (shown on hover).

    ``value`` is a hex digest (e.g. a 64-character sha256); a value of at most ``chars``
    characters is shown whole, and a missing value (None, NaN, "") gives "". The text is
    HTML-escaped.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = str(value).strip()
    if not text:
        return ""
    if len(text) <= chars:
        return f"<code>{html.escape(text)}</code>"
    full = html.escape(text, quote=True)
    return f'<code title="{full}">{html.escape(text[:chars])}…</code>'


def reference_table(
    frame: pd.DataFrame,
    *,
    source: str,
    title: str | None = None,
    hash_columns: Sequence[str] = (),
    widths: dict[str, str] | None = None,
) -> GT:
    """A long reference table (codebook, sources, reproducing) that fits the column.

    :func:`base_table`, with the checksums in ``hash_columns`` shortened by
    :func:`short_hash` (full value on hover), and optional column ``widths`` (column ->
    CSS width such as ``"30%"``; the other columns share the rest). Long text wraps, as in
    every table. Raises ``KeyError`` naming a column of ``hash_columns`` or ``widths`` that
    ``frame`` lacks.
    """
    missing = [c for c in [*hash_columns, *(widths or {})] if c not in frame.columns]
    if missing:
        raise KeyError(f"columns not in the frame: {missing}")
    gt = base_table(frame, source=source, title=title)
    if hash_columns:
        gt = gt.fmt(short_hash, columns=list(hash_columns))
    if widths:
        gt = gt.cols_width(widths)
    return gt


def keyboard_scrollable(fragment: str, label: str) -> str:
    """great-tables' HTML ``fragment`` with its scroll box reachable by keyboard.

    great-tables wraps a table in ``<div id="<id>" style="...overflow-x:auto...">``; where
    the table is wider than the column (on a phone) that box scrolls, and axe-core reports
    a box that scrolls but takes no focus (``scrollable-region-focusable``, serious): a
    keyboard user could not scroll it. This gives the first such ``<div>`` of the fragment
    ``tabindex="0"``, ``role="region"`` and ``aria-label="<label>"`` (e.g. "Table 3.1,
    scrolls sideways"). Raises ``ValueError`` when the fragment has no such box.
    """
    start = fragment.find("<div ")
    end = fragment.find(">", start)
    if start < 0 or "overflow-x:auto" not in fragment[start:end].replace(" ", ""):
        raise ValueError("no great-tables scroll box (<div ... overflow-x:auto>) in the fragment")
    attrs = f' tabindex="0" role="region" aria-label="{html.escape(label, quote=True)}"'
    return fragment[: start + 4] + attrs + fragment[start + 4 :]


SOFT_HYPHEN = "\u00ad"


@functools.cache
def hyphenation_letters(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The letters of ``lang`` that :func:`hyphenate` counts as vowels, and those a line may
    not break before (Kazakh ь and ъ), from the catalog (``tables-hyphenation-vowels``,
    ``tables-hyphenation-no-break-before``; both empty in a language the book leaves to
    the browser, such as English)."""
    loc = catalog(lang)
    vowels = frozenset(c for c in loc("tables-hyphenation-vowels") if c.isalpha())
    no_break = frozenset(c for c in loc("tables-hyphenation-no-break-before") if c.isalpha())
    return vowels, no_break


def hyphenate(word: str, lang: str = "kk", *, min_left: int = 2, min_right: int = 3) -> str:
    """``word`` with a soft hyphen at each syllable boundary the spelling rules of ``lang``
    allow a line to break at (Kazakh: :func:`hyphenation_letters`): before the single
    consonant between two vowels (V-CV: «та-рау»), before the last of several (VC-CV,
    VCC-CV: «ай-тыл», «айт-ты»); never next to two vowels, nor before ь or ъ, nor leaving
    fewer than ``min_left`` / ``min_right`` letters on a line. A word with no such boundary,
    or not in the language's letters, or in a language without vowels in its catalog, is
    returned unchanged.

    No maintained hyphenation library covers Kazakh (pyphen's LibreOffice dictionaries
    have none), and browsers do not hyphenate it, hence these few rules."""
    vowel_letters, no_break = hyphenation_letters(lang)
    vowels = [i for i, ch in enumerate(word) if ch in vowel_letters]
    cuts = []
    for left, right in itertools.pairwise(vowels):
        consonants = right - left - 1
        if consonants == 0:
            continue
        cut = left + 1 if consonants == 1 else right - 1
        if word[cut] in no_break or not word[left + 1 : right].isalpha():
            continue
        if cut >= min_left and len(word) - cut >= min_right:
            cuts.append(cut)
    for cut in reversed(cuts):
        word = word[:cut] + SOFT_HYPHEN + word[cut:]
    return word


def range_dashes(fragment: str) -> str:
    """A table fragment (HTML) with every numeric range in its cells' text written with an
    en dash and no spaces (:func:`analysis.i18n.formats.numeric_ranges`), as the book's
    prose writes them («18–28», "lines 377–379"), in every language. Markup, attributes,
    code, links and quotes of the article («…», “…”: their words and dashes are the
    article's) are left as they are; the data keep their hyphens (a display step)."""

    def text(part: str) -> str:
        pieces = re.split(r"(«[^»]*»|“[^”]*”)", part)
        return "".join(p if p[:1] in "«“" else numeric_ranges(p) for p in pieces)

    def cell(match: re.Match) -> str:
        parts = re.split(r"(<code\b.*?</code>|<a\b.*?</a>|<[^>]*>)", match.group(2), flags=re.S)
        inner = "".join(p if p.startswith("<") else text(p) for p in parts)
        return match.group(1) + inner + match.group(3)

    return re.sub(r"(<t[hd]\b[^>]*>)(.*?)(</t[hd]>)", cell, fragment, flags=re.S)


def hyphenate_cells(fragment: str, lang: str = "kk", *, min_length: int = 6) -> str:
    """A table fragment (HTML) with the words of ``min_length`` letters or more in its cells
    (``<th>``: column labels and spanners; ``<td>``: the body) given soft hyphens by
    :func:`hyphenate` in ``lang``; markup, attributes, code and numbers are left as they
    are."""

    def words(text: str) -> str:
        return re.sub(rf"[^\W\d_]{{{min_length},}}", lambda m: hyphenate(m.group(), lang), text)

    def cell(match: re.Match) -> str:
        parts = re.split(r"(<code\b.*?</code>|<[^>]*>)", match.group(2), flags=re.S)
        inner = "".join(p if p.startswith("<") else words(p) for p in parts)
        return match.group(1) + inner + match.group(3)

    return re.sub(r"(<t[hd]\b[^>]*>)(.*?)(</t[hd]>)", cell, fragment, flags=re.S)
