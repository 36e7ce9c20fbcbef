"""The codebook, rendered from the pandera models of the processed tables, per language.

The English codebook is the models' own text. Another language takes its fixed words and
units from its catalog (``locales/<lang>/appendix.ftl``, ``codebook-*`` messages), and the
tables' titles, descriptions, table rules and column descriptions from its codebook files
``locales/<lang>/codebook/*.yml`` (:func:`codebook_texts`); tests/test_kk_codebook.py checks
that the Kazakh ones cover every table and column, carry the same numbers and no
untranslated English. Column
names, types' values, paths and patterns are technical and the same in both."""

from __future__ import annotations

import datetime
import functools
import re
from pathlib import Path

import pandera.pandas as pa
import yaml

from analysis.errors import PipelineError, Problem
from analysis.i18n import LOCALES, Catalog, catalog, data_field, foreign
from analysis.outputs import Output


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


#: Where each language's codebook texts are: ``locales/<lang>/codebook/*.yml``, one file per
#: group of processed tables, each mapping a table's name to its ``title``,
#: ``description``, ``checks`` (English rule name -> text) and ``columns`` (column name ->
#: description). English has none: its texts are the models' own.
CODEBOOK_DIR = "codebook"


@functools.cache
def codebook_texts(lang: str) -> dict[str, dict]:
    """The codebook texts of every processed table in ``lang``, merged from
    ``locales/<lang>/codebook/*.yml`` (``{}`` when the language has none, as English):
    ``{table: {"title": str, "description": str, "checks": {rule: str}, "columns":
    {column: str}}}``. Which tables and columns must be there is checked by the tests
    (tests/test_kk_codebook.py), not here, so that a missing text never stops a build: the
    codebook then shows the English text, marked as English.

    Raises :class:`analysis.errors.PipelineError` naming the file (and line) when a file is
    not valid YAML, is not a mapping of tables, or names a table another file also names."""
    folder = LOCALES / data_field(lang) / CODEBOOK_DIR
    merged: dict[str, dict] = {}
    origin: dict[str, str] = {}
    for path in sorted(Path(folder).glob("*.yml")):
        label = str(path.relative_to(LOCALES.parent))
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            raise PipelineError([Problem(label, line, None, f"not valid YAML: {exc}")]) from None
        if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
            rule = "must map each table's name to its title, description, checks and columns"
            raise PipelineError([Problem(label, None, None, rule)])
        for table, texts in data.items():
            if table in merged:
                rule = f"table {table!r} is also described in {origin[table]}"
                raise PipelineError([Problem(label, None, table, rule)])
            merged[table], origin[table] = texts, label
    return merged


def _own(table: str, lang: str, *keys: str) -> str:
    """One text of :func:`codebook_texts` in ``lang`` (``""`` when there is none)."""
    node: object = codebook_texts(lang).get(table, {})
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return str(node).strip() if node else ""


def title(out: Output, lang: str = "en") -> str:
    """The processed table's title in ``lang`` (:func:`codebook_texts`; English,
    ``out.title``, for a table without a title in ``lang``)."""
    return _own(out.name, lang, "title") or out.title


#: The codebook's words for the columns' dtypes (``codebook-type-<word>`` messages).
_TYPES = (
    ("datetime", "date"),
    ("int", "integer"),
    ("float", "number"),
    ("bool", "boolean"),
    ("str", "text"),
)
#: Signs of the one-sided range rules.
_SIGNS = {
    "greater_than_or_equal_to": "≥",
    "less_than_or_equal_to": "≤",
    "greater_than": ">",
    "less_than": "<",
}


def _type(column: pa.Column, loc: Catalog) -> str:
    name = str(column.dtype).lower()
    for key, word in _TYPES:
        if key in name:
            return loc("codebook-type-" + word)
    return name


def _number(value: object, loc: Catalog) -> str:
    """A rule's bound as text in the language's format: a number with its decimals kept and
    a true minus sign (``0.99`` / ``0,99``, ``−1``), a date as the book writes dates
    (``1 January 2022`` / ``2022 жылғы 1 қаңтар``)."""
    if isinstance(value, datetime.date):
        return loc.date(value)

    def one(match: re.Match) -> str:
        digits = match[0].lstrip("-")
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        return loc.signed(float(match[0]), decimals).lstrip("+")

    return re.sub(r"-?\d+(?:\.\d+)?", one, str(value))


def _rules(column: pa.Column, loc: Catalog) -> str:
    rules = []
    for check in column.checks:
        stats = getattr(check, "statistics", {}) or {}
        name = check.name
        if name == "isin":
            allowed = dict.fromkeys(map(str, stats.get("allowed_values", [])))
            rules.append(loc("codebook-one-of", values=", ".join(f"`{v}`" for v in allowed)))
        elif name == "str_matches":
            rules.append(loc("codebook-matches", pattern=str(stats.get("pattern"))))
        elif name in _SIGNS:
            rules.append(f"{_SIGNS[name]} {_number(next(iter(stats.values())), loc)}")
        elif name == "in_range":
            low, high = (_number(stats.get(k), loc) for k in ("min_value", "max_value"))
            rules.append(loc("codebook-between", low=low, high=high))
        else:
            rules.append(name)
    if column.unique:
        rules.append(loc("codebook-unique"))
    if not column.nullable:
        rules.append(loc("codebook-required"))
    return "; ".join(rules)


def _unit(unit: str, loc: Catalog) -> str:
    """A column's unit in the language (``codebook-unit-<slug>``; a unit the catalog does
    not list shows as the model gives it)."""
    msg_id = "codebook-unit-" + re.sub(r"[^a-z0-9]+", "-", unit.lower()).strip("-")
    return loc(msg_id) if unit and loc.has(msg_id) else unit


def table_doc(out: Output) -> str:
    """The English description of a processed table: the first paragraph of its model's
    docstring on one line, reST roles made code spans, its "Key: ..." sentence left out
    (the codebook states the key from the model itself)."""
    doc = " ".join((out.model.__doc__ or "").strip().split("\n\n")[0].split())
    doc = re.sub(r":\w+:`~?([\w.]+)`", r"`\1`", doc)
    return re.sub(r"\s*Key: [^.]*\.", "", doc)


def table_markdown(out: Output, lang: str = "en") -> str:
    """Markdown for one processed table: title, key, table-level rules and its columns
    (a definition list: name, then type, unit, description and rules), read from
    ``out.model``; the fixed words from the ``lang`` catalog, the descriptions from
    :func:`codebook_texts` (English ones, the models' own, marked as English where missing).
    """
    loc = catalog(lang)
    schema = out.model.to_schema()
    raw = ", ".join(f"`data/raw/{p}`" for p in out.inputs) or loc("codebook-no-raw")
    lines = [
        f"## `{out.name}` {{#sec-codebook-{out.name.replace('_', '-')}}}",
        "",
        loc("codebook-files", title=title(out, lang), name=out.name, raw=raw),
        "",
    ]
    doc = _own(out.name, lang, "description") or foreign(table_doc(out), lang)
    if doc:
        lines += [doc, ""]
    if schema.unique:
        columns = ", ".join(f"`{c}`" for c in schema.unique)
        lines += [loc("codebook-key", columns=columns), ""]
    table_checks = [
        _own(out.name, lang, "checks", c.name) or foreign(c.name, lang)
        for c in schema.checks
        if c.name
    ]
    if table_checks:
        rules = "; ".join(c.rstrip(".") for c in table_checks)
        lines += [loc("codebook-table-rules", rules=rules), ""]
    # One definition per column (not a wide table): it wraps at any page width.
    for name, col in schema.columns.items():
        unit = _unit((col.metadata or {}).get("unit", ""), loc)
        description = _own(out.name, lang, "columns", name) or foreign(col.description or "", lang)
        kind = _type(col, loc) + (loc("codebook-unit", unit=_cell(unit)) if unit else "")
        rules = _rules(col, loc)
        lines += [
            f"`{name}`",
            f":   *{kind}.* {_cell(description)}"
            + (f" {loc('codebook-rules')} {_cell(rules)}." if rules else ""),
            "",
        ]
    return "\n".join(lines) + "\n"


def codebook_markdown(lang: str = "en") -> str:
    """The codebook of every processed table in :data:`analysis.pipeline.OUTPUTS`, in
    ``lang`` (see the module docstring)."""
    from analysis.pipeline import OUTPUTS

    return "\n".join(table_markdown(out, lang) for out in OUTPUTS)
