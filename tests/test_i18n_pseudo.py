"""The pseudo-locale build: no reader-facing text the code writes escapes the catalogs.

The artefacts are built in ``en-XA`` (:mod:`analysis.i18n.pseudo`): every catalog letter is
accented, so what the code writes from the catalogs carries no plain ASCII word. Every run
of plain ASCII text left in the prose values, captions, alt texts, table cells, chart text
and generated appendices must therefore be data: a substring of a data value (the processed
tables, the raw files, the models' own codebook texts, the sources' records), a CLDR month
or day name, or a name in :data:`ALLOWED` (software and file formats).

What this cannot see: an English word that code writes and that also occurs, as such, in
some data value (e.g. a lone "and"); the catalog checks in ``tests/test_i18n.py`` and the
code check for language branches cover that side.
"""

from __future__ import annotations

import html.parser
import json
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml
from babel.dates import get_day_names, get_month_names

from analysis import artefacts, codebook, pipeline
from analysis.i18n import PSEUDO
from analysis.paths import PROCESSED, RAW
from analysis.provenance import load_source, source_folders
from analysis.reproducing import locked_versions

#: Names that are the same in every language: software, file formats, units of bytes.
ALLOWED = {"SVG", "PNG", "CSV", "Vega-Lite", "Parquet", "Quarto", "Python", "GiB", "sha256"}
#: A run of text without any character outside ASCII (the accented catalog letters, the
#: ⟦⟧ marks, Cyrillic and typographic signs all split runs).
ASCII_RUN = re.compile(r"[\x20-\x7e]+")
WORD = re.compile(r"[A-Za-z]{2,}")
#: Where the code joins data values: lists, table cells, counts after a name.
JOINS = re.compile(r", |; | \| | · |: (?=\S)|\) | \(")
#: Addresses of sources (data, as the chapters cite them).
URL = re.compile(r"(https?://|www\.)\S+|[\w-]+(\.[\w-]+)+/?")
#: Names of files and code, as the appendices give them.
FILE_NAME = re.compile(r"[\w.-]+\.(qmd|csv|py|yml|txt|md|json|parquet|svg|png)")
SPLIT = "\u2063"


class _Text(html.parser.HTMLParser):
    """Text nodes and the reader-facing attributes (alt, title, aria-label) of HTML/SVG."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skip = 0
        self._svg_text = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("style", "script"):
            self._skip += 1
        for name, value in attrs:
            if name in ("alt", "title") and value:
                self.chunks.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.chunks.append(data)


def _markup_text(markup: str) -> list[str]:
    parser = _Text()
    parser.feed(markup)
    return parser.chunks


def _markdown_text(text: str) -> list[str]:
    """A Markdown part's reader text: without code spans, link targets, attributes and raw
    HTML blocks' markup."""
    text = re.sub(r"```\{=html\}.*?```", "", text, flags=re.DOTALL)
    # A code span or link target splits the text around it (SPLIT is not ASCII).
    text = re.sub(r"`[^`]*`", SPLIT, text)
    text = re.sub(r"\]\([^)]*\)", "]" + SPLIT, text)
    text = re.sub(r"\{[#.][^}]*\}|\{\.[^}]*\}|\{[a-z-]+=\"[^\"]*\"[^}]*\}", "", text)
    text = re.sub(r"\{[^{}]*=\"[^\"]*\"[^{}]*\}", "", text)
    return [line for line in text.splitlines() if line.strip()]


def _flatten(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _flatten(v)]
    if isinstance(value, list):
        return [s for v in value for s in _flatten(v)]
    return [str(value)] if value is not None else []


def _data_corpus(processed: Path) -> str:
    """Every text value of the data, joined: processed tables, raw files, the models' own
    codebook texts, the sources' records, CLDR's English month and day names."""
    texts: list[str] = []
    for path in sorted(processed.glob("*.csv")):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        texts += [*frame.columns, *frame.to_numpy().ravel().tolist()]
    for path in sorted(RAW.rglob("*.csv")):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        texts += frame.to_numpy().ravel().tolist()
    for out in pipeline.OUTPUTS:
        schema = out.model.to_schema()
        texts += [out.name, out.title, codebook.table_doc(out)]
        texts += [c.name for c in schema.checks if c.name]
        for name, col in schema.columns.items():
            texts += [name, col.description or "", str((col.metadata or {}).get("unit", ""))]
    for folder in source_folders():
        texts += _flatten(load_source(folder))
    results = RAW.parent.parent / "benchmarks" / "results.csv"
    if results.is_file():
        texts += pd.read_csv(results, dtype=str, keep_default_na=False).to_numpy().ravel().tolist()
    for width in ("wide", "abbreviated"):
        texts += list(get_month_names(width, "format", "en").values())
        texts += list(get_day_names(width, "format", "en").values())
    texts += locked_versions()["package"].tolist()
    return "\n".join(" ".join(t.split()) for t in texts).lower()


@pytest.fixture(scope="module")
def pseudo_text(tables) -> dict[str, list[str]]:
    """Reader text of every pseudo-locale artefact, by file name."""
    files, variables = artefacts.render(PROCESSED, PSEUDO)
    out: dict[str, list[str]] = {"_variables.yml": _flatten(yaml.safe_load(variables))}
    manifest = json.loads(files[artefacts.MANIFEST])
    out["manifest.json"] = [t for e in manifest["entries"] for t in (e["caption"], e["alt"])]
    for name, data in files.items():
        if name.endswith((".html", ".svg")):
            out[name] = _markup_text(data.decode("utf-8"))
        elif name.startswith("_appendix-") and name.endswith(".md"):
            out[name] = _markdown_text(data.decode("utf-8"))
    return out


def test_the_pseudo_locale_build_shows_catalog_text(pseudo_text):
    values = " ".join(pseudo_text["_variables.yml"])
    assert values.count("⟦") > 100
    captions = pseudo_text["manifest.json"]
    assert all("⟦" in c for c in captions if c), "a caption or alt text not from the catalog"


def test_no_reader_text_escapes_the_catalogs(pseudo_text):
    corpus = _data_corpus(PROCESSED)
    escaped: dict[str, set[str]] = {}
    for name, chunks in pseudo_text.items():
        for chunk in chunks:
            for run in ASCII_RUN.findall(chunk):
                for piece in JOINS.split(" ".join(run.replace("\\|", "|").split())):
                    piece = piece.strip(" .,;:()[]|*#-/'\"0123456789")
                    if not WORD.search(piece) or piece in ALLOWED or FILE_NAME.fullmatch(piece):
                        continue
                    if URL.fullmatch(piece) or piece.lower() in corpus:
                        continue
                    escaped.setdefault(name, set()).add(piece)
    report = {name: sorted(runs)[:8] for name, runs in sorted(escaped.items())}
    assert not escaped, f"text that escaped the catalogs: {report}"
