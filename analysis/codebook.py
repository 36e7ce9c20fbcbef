"""The codebook, rendered from the pandera models of the processed tables."""

from __future__ import annotations

import re

import pandera.pandas as pa

from analysis.outputs import Output


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _type(column: pa.Column) -> str:
    name = str(column.dtype).lower()
    for key, label in (
        ("datetime", "date"),
        ("int", "integer"),
        ("float", "number"),
        ("bool", "boolean"),
        ("str", "text"),
    ):
        if key in name:
            return label
    return name


def _rules(column: pa.Column) -> str:
    rules = []
    for check in column.checks:
        stats = getattr(check, "statistics", {}) or {}
        name = check.name
        if name == "isin":
            rules.append("one of: " + ", ".join(map(str, stats.get("allowed_values", []))))
        elif name == "str_matches":
            rules.append(f"matches `{stats.get('pattern')}`")
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
                rules.append(f"{sym} {next(iter(stats.values()))}")
            else:
                rules.append(f"between {stats.get('min_value')} and {stats.get('max_value')}")
        else:
            rules.append(name)
    if column.unique:
        rules.append("unique")
    if not column.nullable:
        rules.append("required")
    return "; ".join(rules)


def table_markdown(out: Output) -> str:
    """Markdown for one processed table: title, key, table-level rules and its columns
    (a definition list: name, then type, unit, description and rules), read from
    ``out.model``."""
    schema = out.model.to_schema()
    lines = [
        f"### `{out.name}` {{#sec-codebook-{out.name.replace('_', '-')}}}",
        "",
        f"{out.title}. Files: `data/processed/{out.name}.csv` and `.parquet`. "
        f"Built from: {', '.join(f'`data/raw/{p}`' for p in out.inputs)}.",
        "",
    ]
    doc = " ".join((out.model.__doc__ or "").strip().split("\n\n")[0].split())
    doc = re.sub(r":\w+:`~?([\w.]+)`", r"`\1`", doc)  # reST roles -> plain code
    # Keys are stated from the model itself (below, and "unique" in the rules column).
    doc = re.sub(r"\s*Key: [^.]*\.", "", doc)
    if doc:
        lines += [doc, ""]
    if schema.unique:
        lines += [f"Key (unique together): {', '.join(f'`{c}`' for c in schema.unique)}.", ""]
    table_checks = [c.name for c in schema.checks if c.name]
    if table_checks:
        lines += ["Table rules: " + "; ".join(table_checks) + ".", ""]
    # One definition per column (not a wide table): it wraps at any page width.
    for name, col in schema.columns.items():
        unit = (col.metadata or {}).get("unit", "")
        kind = _type(col) + (f", in {_cell(unit)}" if unit else "")
        lines += [
            f"`{name}`",
            f":   *{kind}.* {_cell(col.description or '')} *Rules:* {_cell(_rules(col))}.",
            "",
        ]
    return "\n".join(lines) + "\n"


def codebook_markdown() -> str:
    """The codebook of every processed table in :data:`analysis.pipeline.OUTPUTS`."""
    from analysis.pipeline import OUTPUTS

    return "\n".join(table_markdown(out) for out in OUTPUTS)
