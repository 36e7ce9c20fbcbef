"""Do the words the raw data copy "as printed" stand in the seed lines their locator cites?

Many raw tables keep, next to the value, the words the article prints (a name with its case
ending, a role, a date, a short quote of a number). Each row's ``locator`` gives the lines of
the seed text those words come from. :data:`QUOTE_COLUMNS` lists every such column in one
place; :func:`check` reports each row whose words are not found in its lines as a
:class:`~analysis.errors.Problem` (file, CSV line, column, rule), like any other bad input.

The seed texts are not redistributed (README.md, "Data availability"): they are found by
:func:`analysis.paths.seed_text`. When a text is absent, or is not the version whose sha256
``source.yml`` records (its line numbers would not be the ones the locators cite), the rows
that cite it are not checked and :func:`check` returns one note saying so.

Matching ignores differences of white space (line breaks, repeated spaces) and the seed's
end-of-line hyphenation: a word the PDF split as ``Рес-`` / ``публика`` matches
``Республика``, and a hyphen that falls at a line end (``сондай-`` / ``ақ``) matches
``сондай-ақ``. An ellipsis (``...`` or ``…``) in the quote stands for any words left out.

The same check covers the *numbers* of our own words about a row. Every number written in a
paraphrase or a reasoning of the raw ledgers (:data:`NUMBER_COLUMNS`, English and Kazakh)
must stand in the row's cited lines as printed, or equal the row's own data value (for
the claims ledger, ``value_printed``). Numbers are compared as values: the article's
decimal comma (``70,6``) equals an English ``70.6``, and thousands separators
(``2,400`` in English, ``2 400`` in Kazakh) are dropped. Exempt are years (whole numbers
from 1900 to 2100), line numbers (``lines 212-216``, ``212–216-жолдар``) and labels that
name a part of the article rather than a value (``Table 3``, ``3-кесте``, ``Figure 1``,
``1-сурет``, a reference ``[6]``). :func:`check_numbers` reports each other number as a
:class:`~analysis.errors.Problem` (file, CSV line, column, the number as written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from analysis.errors import Problem, clip
from analysis.paths import ARTICLE_SEED, RAW, raw_label, relative, seed_missing_reason, seed_text
from analysis.provenance import load_source, sha256_of, source_folders


@dataclass(frozen=True)
class QuoteColumn:
    """A raw column whose cells are words as printed in a seed text.

    ``path`` is the raw table (key of :data:`analysis.schemas.raw.RAW_TABLES`, e.g.
    ``"article/newcomers.csv"``); the table must have a ``locator`` column. ``seed_column``
    names the column that gives each row's seed file; ``None`` means the article
    (:data:`analysis.paths.ARTICLE_SEED`). ``where`` (column, value) restricts the check to
    the rows with that value. Empty cells are not checked.
    """

    path: str
    column: str
    seed_column: str | None = None
    where: tuple[str, str] | None = None


#: Every raw column that holds words as printed, checked against its row's locator.
#: Left out on purpose: ``persons.name_kk`` (dictionary form, not as printed),
#: ``attitude_shares.category_kk`` and ``kurultai_facts.value_kk`` (the answer or value "as the
#: article words it", partly paraphrased), ``field_codebook.label_kk`` (two lists joined by
#: ';'), ``world_practices.country_kk`` (the country is named in the lines of the practice,
#: not always in the lines of the figure that the locator cites) and
#: ``member_fields.evidence`` (roster or Table 3 wording, no locator of its own) and
#: ``meeting_wording.topic_kk`` (Table 3's topics abridged, fragments joined by ';').
QUOTE_COLUMNS: tuple[QuoteColumn, ...] = (
    QuoteColumn("article/survey_waves.csv", "fielded_by_kk"),
    QuoteColumn("article/awareness_by_age.csv", "age_group_as_printed"),
    QuoteColumn("article/sections.csv", "name_kk"),
    QuoteColumn("article/member_categories.csv", "category_kk"),
    QuoteColumn("article/newcomers.csv", "name_as_printed"),
    QuoteColumn("article/meetings.csv", "date_as_printed"),
    QuoteColumn("article/meeting_participants.csv", "name_as_printed"),
    QuoteColumn("article/meeting_participants.csv", "role_as_printed"),
    QuoteColumn("article/repeat_visit_claims.csv", "name_as_printed"),
    QuoteColumn("article/expert_positions.csv", "key_phrase_kk"),
    QuoteColumn("article/recommendations.csv", "key_phrase_kk"),
    QuoteColumn("article/claims.csv", "quote_kk", seed_column="seed_file"),
    QuoteColumn("article/arguments.csv", "quote_kk"),
    QuoteColumn("article/glossary.csv", "as_printed", where=("source", "article")),
    QuoteColumn("coding/second_coding.csv", "person_as_printed"),
    QuoteColumn("context/context_figures.csv", "value_as_printed", seed_column="seed_file"),
)


@dataclass(frozen=True)
class NumberColumn:
    """A raw column of our own words (a paraphrase, a reasoning) whose numbers must come from
    the row's cited lines or the row's own data value.

    ``path`` is the raw table (it must have a ``locator`` column); ``lang`` is how the column
    writes numbers: ``"en"`` (``2,400``, ``70.6``) or ``"kk"`` (``2 400``, ``70,6``).
    ``value_columns`` names the row's columns of data values (written with ``.`` decimals, as the
    ledgers normalise them: ``70.6/76.1``, ``2023-07-20..2023-07-31``); ``seed_column`` as for
    :class:`QuoteColumn`. Empty cells are not checked.
    """

    path: str
    column: str
    lang: str
    value_columns: tuple[str, ...] = ()
    seed_column: str | None = None


#: Every raw column of our own words whose numbers are checked (:func:`check_numbers`). The
#: tables of the article with a ``paraphrase_*`` or ``reasoning*`` column and a locator: the
#: claims ledger and the argument ledger, each in English and Kazakh.
#: ``deliberative_criteria.csv`` has reasoning but no locator: its numbers come from the
#: public sources it names, so it is not checked here.
NUMBER_COLUMNS: tuple[NumberColumn, ...] = (
    NumberColumn(
        "article/claims.csv",
        "paraphrase_en",
        "en",
        value_columns=("value_printed",),
        seed_column="seed_file",
    ),
    NumberColumn(
        "article/claims.csv",
        "paraphrase_kk",
        "kk",
        value_columns=("value_printed",),
        seed_column="seed_file",
    ),
    NumberColumn("article/arguments.csv", "paraphrase_en", "en"),
    NumberColumn("article/arguments.csv", "paraphrase_kk", "kk"),
    NumberColumn("article/arguments.csv", "reasoning", "en"),
    NumberColumn("article/arguments.csv", "reasoning_kk", "kk"),
)

#: Numbers known not to stand on their row's lines, each to be fixed in its file: (raw path,
#: the row's ``claim_id``, column, the number as written). Listed here so that the build
#: names them while they wait, and the tests fail once one is fixed (so the list only
#: shrinks). A number of a row not listed here fails the build.
PENDING_NUMBERS: frozenset[tuple[str, str, str, str]] = frozenset(
    {
        # A11: 424 citizen proposals via eGov before session II come from public sources.
        ("article/arguments.csv", "A11", "reasoning", "424"),
        ("article/arguments.csv", "A11", "reasoning_kk", "424"),
        # A32: the implied 2023 share (6.6%) is computed from Table 2, not printed.
        ("article/arguments.csv", "A32", "reasoning", "6.6"),
        ("article/arguments.csv", "A32", "reasoning_kk", "6,6"),
        # A45: a plan of 53 items with 10 draft laws, 6 laws adopted in 2025: public sources.
        ("article/arguments.csv", "A45", "reasoning", "53"),
        ("article/arguments.csv", "A45", "reasoning", "10"),
        ("article/arguments.csv", "A45", "reasoning", "6"),
        ("article/arguments.csv", "A45", "reasoning_kk", "53"),
        ("article/arguments.csv", "A45", "reasoning_kk", "10"),
        ("article/arguments.csv", "A45", "reasoning_kk", "6"),
        # A05, A06, A46: outside facts checked in the public sources each reasoning names
        # (Iceland's National Forum of about 950 on 6 November 2010 and Constitutional Council
        # of 25, whose bill reached the Althingi's Speaker on 29 July 2011; Mongolia's law of
        # 9 February 2017 and its poll of 29-30 April 2017 with 669 participants; 424 eGov
        # proposals before session II), not numbers of the article.
        ("article/arguments.csv", "A05", "reasoning", "25"),
        ("article/arguments.csv", "A05", "reasoning", "6"),
        ("article/arguments.csv", "A05", "reasoning", "950"),
        ("article/arguments.csv", "A05", "reasoning_kk", "25"),
        ("article/arguments.csv", "A05", "reasoning_kk", "6"),
        ("article/arguments.csv", "A05", "reasoning_kk", "950"),
        ("article/arguments.csv", "A05", "reasoning", "29"),
        ("article/arguments.csv", "A05", "reasoning_kk", "29"),
        ("article/arguments.csv", "A06", "reasoning", "29"),
        ("article/arguments.csv", "A06", "reasoning", "30"),
        ("article/arguments.csv", "A06", "reasoning", "669"),
        ("article/arguments.csv", "A06", "reasoning", "9"),
        ("article/arguments.csv", "A06", "reasoning_kk", "29"),
        ("article/arguments.csv", "A06", "reasoning_kk", "30"),
        ("article/arguments.csv", "A06", "reasoning_kk", "669"),
        ("article/arguments.csv", "A06", "reasoning_kk", "9"),
        ("article/arguments.csv", "A46", "reasoning", "424"),
        ("article/arguments.csv", "A46", "reasoning_kk", "424"),
    }
)

#: Stands for a line-end hyphen (and the line break after it) in a normalised passage.
_BREAK = "\x00"
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*")


def normalise(text: str) -> str:
    """Fold every run of white space to one space and strip the ends."""
    return re.sub(r"\s+", " ", text).strip()


def passage(lines: list[str], locator: str) -> str:
    """The seed text of ``locator`` (``"377-384"``, ``"182"`` or ``"144-147, 173-176"``).

    ``lines`` are the seed's lines (line 1 is ``lines[0]``). Ranges are joined by a line
    break; a hyphen at a line end becomes an internal marker that :func:`stands_in` reads as
    "a hyphen, or nothing"; white space is folded (:func:`normalise`).

    Raises ``IndexError`` when the locator cites a line beyond the end of the text, and
    ``ValueError`` when it is not a locator.
    """
    parts = []
    for span in locator.split(", "):
        a, _, b = span.partition("-")
        first, last = int(a), int(b or a)
        if first < 1 or last < first:
            raise ValueError(f"not a line range: {span}")
        if last > len(lines):
            raise IndexError(f"line {last} is beyond the text's {len(lines)} lines")
        parts.append("\n".join(lines[first - 1 : last]))
    text = re.sub(r"-[ \t]*\r?\n\s*", _BREAK, "\n".join(parts))
    return normalise(text)


@cache
def _pattern(quote: str) -> re.Pattern[str]:
    pieces = []
    for part in _ELLIPSIS.split(normalise(quote)):
        chars = [("(?:-|" + _BREAK + ")") if c == "-" else re.escape(c) for c in part]
        pieces.append((_BREAK + "?").join(chars))
    return re.compile(".*?".join(p for p in pieces if p), re.DOTALL)


def stands_in(quote: str, text: str) -> bool:
    """Does ``quote`` stand in ``text`` (a :func:`passage`), up to white space, line-end
    hyphens and ellipses?"""
    return _pattern(quote).search(text) is not None


def recorded_seeds(raw_dir: Path = RAW) -> dict[str, str]:
    """The sha256 of every seed text recorded in a ``source.yml`` of ``raw_dir``: the
    article's ``seed`` (``file``, ``sha256``) and the ``seeds`` mapping of other sources."""
    found: dict[str, str] = {}
    for folder in source_folders(raw_dir):
        record = load_source(folder)
        seed = record.get("seed")
        if isinstance(seed, dict) and "file" in seed:
            found[seed["file"]] = seed.get("sha256", "")
        for name, meta in (record.get("seeds") or {}).items():
            found[name] = (meta or {}).get("sha256", "")
    return found


def _seed_lines(name: str, recorded: dict[str, str]) -> tuple[list[str] | None, str]:
    """The lines of seed ``name``, or ``None`` and why the rows citing it are not checked."""
    path = seed_text(name)
    if path is None:
        return None, seed_missing_reason(name)
    expected = recorded.get(name)
    actual = sha256_of(path)
    if expected and actual != expected:
        return None, (
            f"{relative(path)} is not the version of {name} that the locators cite "
            f"(sha256 {actual}, source.yml records {expected})"
        )
    # Split on "\n" only, as `cat -n` numbers lines (splitlines would also split on
    # form feeds and other separators and shift the line numbers).
    return path.read_text(encoding="utf-8").split("\n"), ""


def check(
    tables: dict[str, pd.DataFrame],
    raw_dir: Path = RAW,
    columns: tuple[QuoteColumn, ...] = QUOTE_COLUMNS,
    number_columns: tuple[NumberColumn, ...] = NUMBER_COLUMNS,
) -> tuple[list[Problem], list[str]]:
    """Check every cell of ``columns`` against the seed lines of its row's ``locator``, and
    every number of ``number_columns`` (:func:`check_numbers`; ``()`` skips them).

    ``tables`` are the validated raw tables (:func:`analysis.pipeline.load_raw`; row ``i`` is
    CSV line ``i + 2``). Returns ``(problems, notes)``: one :class:`Problem` per cell whose
    words are not in its lines (file ``data/raw/<path>``, line, column, the rule and the
    words), or per locator that cites lines beyond the text; and one note per seed text
    that could not be used (absent, or another version), whose rows were not checked.
    A table of ``columns`` missing from ``tables`` is skipped: it failed its own checks,
    which are reported (the tests check that every path of :data:`QUOTE_COLUMNS` is a raw
    table).
    """
    recorded = recorded_seeds(raw_dir)
    seeds: dict[str, tuple[list[str] | None, str]] = {}
    problems: list[Problem] = []
    for spec in columns:
        frame = tables.get(spec.path)
        if frame is None:
            continue
        for i, row in enumerate(frame.to_dict("records")):
            quote = row.get(spec.column)
            if quote is None or pd.isna(quote) or not str(quote).strip():
                continue
            if spec.where is not None and row.get(spec.where[0]) != spec.where[1]:
                continue
            name = str(row[spec.seed_column]) if spec.seed_column else ARTICLE_SEED
            if name not in seeds:
                seeds[name] = _seed_lines(name, recorded)
            lines, _ = seeds[name]
            if lines is None:
                continue
            where = (raw_label(spec.path), i + 2)
            locator = str(row["locator"])
            try:
                text = passage(lines, locator)
            except (IndexError, ValueError) as exc:
                rule = f"locator does not fit the seed text {name}: {exc}"
                problems.append(Problem(*where, "locator", rule, locator))
                continue
            if not stands_in(str(quote), text):
                rule = (
                    f"words as printed not found in lines {locator} of {name} (the locator "
                    "must cite the lines where these words stand; white space and line-end "
                    "hyphens are ignored)"
                )
                problems.append(Problem(*where, spec.column, rule, clip(str(quote))))
    notes = [reason for lines, reason in seeds.values() if lines is None]
    if number_columns:
        problems += check_numbers(tables, raw_dir, number_columns)[0]
    return problems, notes


# --- numbers in our own words ----------------------------------------------------------------

#: A number in English: thousands separated by commas, a decimal point.
_NUMBER_EN = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\d)")
#: A number in Kazakh (and in the article): thousands separated by a space, a decimal comma.
_NUMBER_KK = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:,(\d+))?(?!\d)")
#: The number pattern of each style.
_NUMBERS = {"en": _NUMBER_EN, "kk": _NUMBER_KK}
_RANGE = r"\d+(?:\s*[-–]\s*\d+)?"
#: References to lines, tables, figures and numbered references: labels, not values.
_LABELS = {
    "en": re.compile(
        rf"\blines?\s+{_RANGE}(?:\s*(?:,|and)\s*{_RANGE})*"
        r"|\b(?:Table|Figure|reference)s?\s+\[?\d+\]?|\[\d+\]",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        rf"{_RANGE}(?:\s*,\s*{_RANGE})*\s*[-–]\s*жол\w*"
        r"|\d+\s*[-–]\s*(?:кесте|сурет)\w*|\[\d+\]",
        re.IGNORECASE,
    ),
}
_YEARS = (1900, 2100)


def numbers(text: str, lang: str) -> list[tuple[str, float]]:
    """The numbers written in ``text``, in order: ``(as written, value)``.

    ``lang`` ``"en"`` reads ``2,400`` as 2400 and ``70.6`` as 70.6; ``"kk"`` (Kazakh, and the
    article's own text) reads ``2 400`` as 2400 and ``70,6`` as 70.6. Digits that are part of
    a word or an id (``A21``, ``C17``) are not numbers; a sign is not kept (``−10.2`` gives
    10.2). Line references, table and figure numbers and bracketed references are left out
    (:data:`_LABELS`). Raises ``ValueError`` for another ``lang``.
    """
    if lang not in _LABELS:
        raise ValueError(f"unknown number style {lang!r} (en or kk)")
    text = _LABELS[lang].sub(" ", text)
    found = []
    for m in _NUMBERS[lang].finditer(text):
        whole = re.sub(r"[,\s\u00a0\u202f]", "", m.group(1))
        value = float(f"{whole}.{m.group(2)}" if m.group(2) else whole)
        found.append((m.group(0), value))
    return found


def is_year(value: float, written: str) -> bool:
    """A whole number from 1900 to 2100 written without separators: a year."""
    return value.is_integer() and _YEARS[0] <= value <= _YEARS[1] and written.isdigit()


def _values_of(row: dict, columns: tuple[str, ...]) -> set[float]:
    out: set[float] = set()
    for col in columns:
        cell = row.get(col)
        if cell is None or (not isinstance(cell, str) and pd.isna(cell)):
            continue
        out |= {v for _, v in numbers(str(cell).replace("..", " "), "en")}
    return out


def _printed(text: str) -> set[float]:
    """The values printed in a passage of the article, read the Kazakh way (``70,6``) and,
    for the few numbers the article writes with a point, the English way."""
    return {v for _, v in numbers(text, "kk")} | {v for _, v in numbers(text, "en")}


def _matches(value: float, allowed: set[float]) -> bool:
    return any(abs(value - a) < 1e-9 for a in allowed)


def check_numbers(
    tables: dict[str, pd.DataFrame],
    raw_dir: Path = RAW,
    columns: tuple[NumberColumn, ...] = NUMBER_COLUMNS,
    pending: frozenset[tuple[str, str, str, str]] = PENDING_NUMBERS,
) -> tuple[list[Problem], list[str]]:
    """Check every number of ``columns`` against its row's cited lines and data value.

    ``tables`` are the validated raw tables (row ``i`` is CSV line ``i + 2``). Returns
    ``(problems, notes)``: one :class:`Problem` per number (file ``data/raw/<path>``, line,
    column, the rule, the number as written) that is not a year, not a line or label
    reference, not on the lines the row's ``locator`` cites (as printed, decimal comma and
    thousands separators normalised) and not the row's own data value; and the notes of
    :func:`check` for seed texts that could not be used (their rows are not checked). A
    number listed in ``pending`` (path, claim id, column, number as written) is not a
    problem.
    """
    recorded = recorded_seeds(raw_dir)
    seeds: dict[str, tuple[list[str] | None, str]] = {}
    problems: list[Problem] = []
    for spec in columns:
        frame = tables.get(spec.path)
        if frame is None:
            continue
        for i, row in enumerate(frame.to_dict("records")):
            text = row.get(spec.column)
            if text is None or (not isinstance(text, str) and pd.isna(text)):
                continue
            found = [(w, v) for w, v in numbers(str(text), spec.lang) if not is_year(v, w)]
            if not found:
                continue
            name = str(row[spec.seed_column]) if spec.seed_column else ARTICLE_SEED
            if name not in seeds:
                seeds[name] = _seed_lines(name, recorded)
            lines, _ = seeds[name]
            if lines is None:
                continue
            locator = str(row["locator"])
            try:
                allowed = _printed(passage(lines, locator)) | _values_of(row, spec.value_columns)
            except (IndexError, ValueError):
                continue  # the quote check reports a locator that does not fit
            key = str(row.get("claim_id", ""))
            for written, value in found:
                if _matches(value, allowed) or (spec.path, key, spec.column, written) in pending:
                    continue
                rule = (
                    f"number not on lines {locator} of {name} as printed (decimal comma and "
                    "thousands separators normalised) nor the row's data value"
                    + (f" ({', '.join(spec.value_columns)})" if spec.value_columns else "")
                    + "; only years and line numbers are exempt"
                )
                problems.append(Problem(raw_label(spec.path), i + 2, spec.column, rule, written))
    notes = [reason for lines, reason in seeds.values() if lines is None]
    return problems, notes
