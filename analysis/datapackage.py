"""A Frictionless Data Package (``datapackage.json``) describing every processed table.

Generated from the pandera models of :data:`analysis.pipeline.OUTPUTS`: one tabular resource
per CSV file (fields with type, description, unit, constraints and primary key, read from
the model) and one file resource per Parquet file, each with its size and sha256. The
descriptor carries no date or machine-specific value, so the same data give the same bytes.
It is written by the pipeline beside the tables and validated with the ``frictionless``
library in the tests (the library is a test dependency, not needed to build it).
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Iterable
from typing import Any

import pandas as pd
import pandera.pandas as pa

from analysis.outputs import Output
from analysis.paths import ROOT

PACKAGE_NAME = "kurultai-replication"
TITLE = "The National Kurultai, rebuilt from its data: processed tables"
DATA_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": (
        "Creative Commons Attribution 4.0 for this project's tables and paraphrases; numbers, "
        "names and dates transcribed from the article remain facts from its authors"
    ),
}


def article_title() -> str:
    """The article's title as printed, in Kazakh (``title_kk`` of
    ``data/raw/article/source.yml``)."""
    from analysis.paths import RAW
    from analysis.provenance import load_source

    return str(load_source(RAW / "article")["title_kk"]).strip()


def project_version() -> str:
    """The package version from pyproject.toml (read from the file, so no install is needed)."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def field_type(column: pa.Column) -> str:
    """Table Schema type of a pandera column: integer, number, boolean, date or string."""
    name = str(column.dtype).lower()
    if "datetime" in name or "timestamp" in name:
        return "date"
    if "bool" in name:
        return "boolean"
    if "int" in name:
        return "integer"
    if "float" in name:
        return "number"
    return "string"


def _plain(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def field_constraints(column: pa.Column, kind: str) -> dict[str, Any]:
    """Table Schema constraints of a pandera column (required, unique, enum, bounds, pattern).

    Only rules Table Schema can state are carried over; strict bounds (``gt``/``lt``) and
    custom checks stay in the codebook.
    """
    out: dict[str, Any] = {}
    if not column.nullable:
        out["required"] = True
    if column.unique:
        out["unique"] = True
    for check in column.checks:
        stats = getattr(check, "statistics", {}) or {}
        if check.name == "isin":
            values = [_plain(v) for v in stats.get("allowed_values", [])]
            out["enum"] = [str(v) for v in values] if kind == "string" else values
        elif check.name == "greater_than_or_equal_to" and kind in {"integer", "number", "date"}:
            out["minimum"] = _plain(stats["min_value"])
        elif check.name == "less_than_or_equal_to" and kind in {"integer", "number", "date"}:
            out["maximum"] = _plain(stats["max_value"])
        elif check.name == "in_range" and kind in {"integer", "number", "date"}:
            out["minimum"] = _plain(stats["min_value"])
            out["maximum"] = _plain(stats["max_value"])
        elif check.name == "str_matches" and kind == "string":
            out["pattern"] = str(stats["pattern"])
    return out


def table_schema(model: type[pa.DataFrameModel]) -> dict[str, Any]:
    """The Table Schema of one processed table: fields in column order and its primary key.

    The primary key is the model's ``Config.unique`` columns, else its one ``unique`` column;
    tables without a key get none.
    """
    schema = model.to_schema()
    fields = []
    for name, column in schema.columns.items():
        kind = field_type(column)
        field: dict[str, Any] = {"name": name, "type": kind}
        if column.description:
            field["description"] = column.description
        unit = (column.metadata or {}).get("unit")
        if unit:
            field["unit"] = unit
        if kind == "date":
            field["format"] = "%Y-%m-%d"
        constraints = field_constraints(column, kind)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    descriptor: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    unique_together = list(schema.unique or [])
    single = [n for n, c in schema.columns.items() if c.unique]
    if unique_together:
        descriptor["primaryKey"] = unique_together
    elif single:
        descriptor["primaryKey"] = [single[0]]
    return descriptor


def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def resources(out: Output, csv: bytes, parquet: bytes) -> list[dict[str, Any]]:
    """The two resources of one processed table: the CSV (tabular, with schema) and the
    Parquet file (same rows, described as a file)."""
    doc = (out.model.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    sources = [{"title": f"data/raw/{p}", "path": f"data/raw/{p}"} for p in out.inputs]
    return [
        {
            "name": out.name,
            "type": "table",
            "title": out.title,
            "description": doc,
            "path": f"{out.name}.csv",
            "scheme": "file",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": len(csv),
            "hash": _digest(csv),
            "dialect": {"csv": {"delimiter": ",", "lineTerminator": "\n"}},
            "schema": table_schema(out.model),
            "sources": sources,
            "licenses": [DATA_LICENSE],
        },
        {
            "name": f"{out.name}-parquet",
            "type": "file",
            "title": f"{out.title} (Parquet)",
            "description": f"The same rows as {out.name}.csv, in Parquet (pyarrow, no index).",
            "path": f"{out.name}.parquet",
            "scheme": "file",
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "bytes": len(parquet),
            "hash": _digest(parquet),
        },
    ]


def descriptor(files: dict[str, bytes], outputs: Iterable[Output]) -> dict[str, Any]:
    """The whole ``datapackage.json`` for the processed ``files`` (name -> bytes, as
    :func:`analysis.pipeline.serialise` makes them) of the given outputs.

    Raises ``KeyError`` naming the file when an output's CSV or Parquet is not in ``files``.
    """
    res: list[dict[str, Any]] = []
    for out in outputs:
        res += resources(out, files[f"{out.name}.csv"], files[f"{out.name}.parquet"])
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": PACKAGE_NAME,
        "title": TITLE,
        "description": (
            f"Validated tables rebuilt from the article «{article_title()}» "
            "(Tasym, Pusyrmanov, Nazarbetova) and public sources. Each "
            "table comes as CSV (described here field by field) and as Parquet. The codebook "
            "appendix of the book documents the same models; data/raw/*/source.yml gives the "
            "provenance and checksums of the raw files."
        ),
        "version": project_version(),
        "licenses": [DATA_LICENSE],
        "contributors": [{"title": "Kurultai replication project", "roles": ["creator"]}],
        "keywords": ["Kazakhstan", "National Kurultai", "deliberative democracy", "survey"],
        "resources": res,
    }


def descriptor_bytes(files: dict[str, bytes], outputs: Iterable[Output]) -> bytes:
    """:func:`descriptor` as UTF-8 JSON (two-space indent, key order kept, final newline)."""
    text = json.dumps(descriptor(files, outputs), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
