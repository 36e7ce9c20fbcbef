"""The codebook, rendered from the pandera models of the processed tables, per language.

The English codebook (``lang="en"``) is the models' own text. The Kazakh one (``"kk"``)
takes its fixed words and units from :data:`WORDS` and :data:`UNITS_KK`, and the tables'
titles, descriptions, table rules and column descriptions from the Kazakh codebook files
``analysis/codebook_kk/*.yml`` (:func:`kazakh_texts`); tests/test_kk_codebook.py checks that
they cover every table and column, carry the same numbers and no untranslated English. Column
names, types' values, paths and patterns are technical and the same in both."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pandera.pandas as pa
import yaml

from analysis.errors import PipelineError, Problem
from analysis.outputs import Output


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


#: The codebook's fixed words, per language.
WORDS = {
    "en": {
        "date": "date",
        "integer": "integer",
        "number": "number",
        "boolean": "boolean",
        "text": "text",
        "one_of": "one of: ",
        "matches": "matches `{pattern}`",
        "between": "between {low} and {high}",
        "unique": "unique",
        "required": "required",
        "files": "{title}. Files: `data/processed/{name}.csv` and `.parquet`. Built from: {raw}.",
        "no_raw": "",
        "key": "Key (unique together): {columns}.",
        "table_rules": "Table rules: {rules}.",
        "unit": ", in {unit}",
        "rules": "*Rules:*",
    },
    "kk": {
        "date": "күн",
        "integer": "бүтін сан",
        "number": "сан",
        "boolean": "логикалық",
        "text": "мәтін",
        "one_of": "мүмкін мәндері – ",
        "matches": "`{pattern}` үлгісіне сәйкес",
        "between": "{low} мен {high} аралығында",
        "unique": "қайталанбайды",
        "required": "міндетті",
        "files": "{title}. Файлдары: `data/processed/{name}.csv` және `.parquet`. "
        "Бастапқы деректері: {raw}.",
        "no_raw": "жоқ (талдау параметрлерінен жасалады)",
        "key": "Кілт (бірге алғанда қайталанбайды): {columns}.",
        "table_rules": "Кесте ережелері: {rules}.",
        "unit": ", бірлігі: {unit}",
        "rules": "*Ережелері:*",
    },
}

#: Units of the models' columns in Kazakh (a unit not listed stays as the model gives it).
UNITS_KK = {
    "date": "ЖЖЖЖ-АА-КК",
    "days": "күн",
    "fields": "сала",
    "fraction": "бөлшек (0–1)",
    "line numbers of ../shared/seeds/000_a46ed8cb280de15a.txt": (
        "мақала мәтінінің жол нөмірлері (`../shared/seeds/000_a46ed8cb280de15a.txt`)"
    ),
    "line numbers of the seed file": "бастапқы мәтіннің жол нөмірлері",
    "meetings": "кездесу",
    "meetings per month": "айына кездесу",
    "meetings per year": "жылына кездесу",
    "months": "ай",
    "percent": "пайыз",
    "percent (0-100)": "пайыз (0–100)",
    "percent of the 2023 share": "2023 жылғы үлестің пайызы",
    "percentage points": "пайыздық тармақ (п.т.)",
    "person-meetings": "тұлға-кездесу",
    "persons": "адам",
    "persons per year": "жылына адам",
    "proportion": "үлес (0–1)",
    "ratio": "қатынас",
    "respondents": "респондент",
    "respondents (estimate)": "респондент (бағалау)",
    "seats": "орын",
    "sessions": "отырыс",
    "sessions per year": "жылына отырыс",
    "thousand persons": "мың адам",
    "years": "жыл",
}

#: The folder of the Kazakh codebook: one YAML file per group of processed tables, each
#: mapping a table's name to its Kazakh ``title``, ``description``, ``checks`` (English rule
#: name -> Kazakh) and ``columns`` (column name -> Kazakh description).
KAZAKH_DIR = Path(__file__).with_name("codebook_kk")


@functools.cache
def kazakh_texts(folder: Path = KAZAKH_DIR) -> dict[str, dict]:
    """The Kazakh codebook texts of every processed table, merged from ``folder/*.yml``:
    ``{table: {"title": str, "description": str, "checks": {rule: str}, "columns":
    {column: str}}}``. Which tables and columns must be there is checked by the tests
    (tests/test_kk_codebook.py), not here, so that a missing text never stops a build: the
    codebook then shows the English text, marked as English.

    Raises :class:`analysis.errors.PipelineError` naming the file (and line) when a file is
    not valid YAML, is not a mapping of tables, or names a table another file also names."""
    merged: dict[str, dict] = {}
    origin: dict[str, str] = {}
    for path in sorted(Path(folder).glob("*.yml")):
        label = f"analysis/{path.parent.name}/{path.name}"
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


def _kazakh(table: str, *keys: str) -> str:
    """One Kazakh text of :func:`kazakh_texts` (``""`` when there is none)."""
    node: object = kazakh_texts().get(table, {})
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return str(node).strip() if node else ""


def title(out: Output, lang: str = "en") -> str:
    """The processed table's title in ``lang`` (Kazakh from :func:`kazakh_texts`; English,
    ``out.title``, for a table without a Kazakh title).

    Raises ``ValueError`` for an unknown language."""
    if lang == "en":
        return out.title
    if lang == "kk":
        return _kazakh(out.name, "title") or out.title
    raise ValueError(f"unknown language {lang!r}")


def english(text: str, lang: str) -> str:
    """``text`` (English documentation) marked as English inside a page of ``lang``, so that
    screen readers and hyphenation treat it as English: ``[text]{lang="en"}``. Text with
    brackets (which would break the span) and English pages get no mark."""
    if lang == "en" or not text.strip() or "[" in text or "]" in text:
        return text
    return f'[{text}]{{lang="en"}}'


def _type(column: pa.Column, lang: str = "en") -> str:
    name = str(column.dtype).lower()
    for key, label in (
        ("datetime", "date"),
        ("int", "integer"),
        ("float", "number"),
        ("bool", "boolean"),
        ("str", "text"),
    ):
        if key in name:
            return WORDS[lang][label]
    return name


def _number(value: object, lang: str) -> str:
    """A rule's bound as text: in Kazakh with a decimal comma and a true minus sign
    (``0,99``, ``−1``), in English as it is."""
    text = str(value)
    if lang != "kk":
        return text
    return re.sub(r"(?<=\d)\.(?=\d)", ",", text).replace("-", "\u2212")


def _rules(column: pa.Column, lang: str = "en") -> str:
    words = WORDS[lang]
    rules = []
    for check in column.checks:
        stats = getattr(check, "statistics", {}) or {}
        name = check.name
        if name == "isin":
            allowed = dict.fromkeys(map(str, stats.get("allowed_values", [])))
            rules.append(words["one_of"] + ", ".join(f"`{v}`" for v in allowed))
        elif name == "str_matches":
            rules.append(words["matches"].format(pattern=stats.get("pattern")))
        elif name in {
            "greater_than_or_equal_to",
            "less_than_or_equal_to",
            "greater_than",
            "less_than",
            "in_range",
        }:
            sym = {
                "greater_than_or_equal_to": "≥",
                "less_than_or_equal_to": "≤",
                "greater_than": ">",
                "less_than": "<",
            }.get(name)
            if sym:
                rules.append(f"{sym} {_number(next(iter(stats.values())), lang)}")
            else:
                low, high = (_number(stats.get(k), lang) for k in ("min_value", "max_value"))
                rules.append(words["between"].format(low=low, high=high))
        else:
            rules.append(name)
    if column.unique:
        rules.append(words["unique"])
    if not column.nullable:
        rules.append(words["required"])
    return "; ".join(rules)


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
    ``out.model``; the fixed words in ``lang`` ("en" or "kk", see the module docstring).

    Raises ``KeyError`` for an unknown language."""
    words = WORDS[lang]
    schema = out.model.to_schema()
    raw = ", ".join(f"`data/raw/{p}`" for p in out.inputs) or words["no_raw"]
    lines = [
        f"## `{out.name}` {{#sec-codebook-{out.name.replace('_', '-')}}}",
        "",
        words["files"].format(title=title(out, lang), name=out.name, raw=raw),
        "",
    ]
    doc = table_doc(out)
    if lang == "kk":
        doc = _kazakh(out.name, "description") or english(doc, lang)
    if doc:
        lines += [doc, ""]
    if schema.unique:
        columns = ", ".join(f"`{c}`" for c in schema.unique)
        lines += [words["key"].format(columns=columns), ""]
    table_checks = [c.name for c in schema.checks if c.name]
    if lang == "kk":
        table_checks = [_kazakh(out.name, "checks", c) or english(c, lang) for c in table_checks]
    if table_checks:
        rules = "; ".join(c.rstrip(".") for c in table_checks)
        lines += [words["table_rules"].format(rules=rules), ""]
    # One definition per column (not a wide table): it wraps at any page width.
    for name, col in schema.columns.items():
        meta = col.metadata or {}
        unit = meta.get("unit", "")
        description = col.description or ""
        if lang == "kk":
            unit = UNITS_KK.get(unit, unit)
            description = _kazakh(out.name, "columns", name) or english(description, lang)
        kind = _type(col, lang) + (words["unit"].format(unit=_cell(unit)) if unit else "")
        lines += [
            f"`{name}`",
            f":   *{kind}.* {_cell(description)}"
            + (f" {words['rules']} {_cell(rules)}." if (rules := _rules(col, lang)) else ""),
            "",
        ]
    return "\n".join(lines) + "\n"


def codebook_markdown(lang: str = "en") -> str:
    """The codebook of every processed table in :data:`analysis.pipeline.OUTPUTS`, in
    ``lang`` ("en" or "kk"; see the module docstring)."""
    from analysis.pipeline import OUTPUTS

    return "\n".join(table_markdown(out, lang) for out in OUTPUTS)
