"""What the book's chapter cells call: one line per figure or table.

A chapter cell is, for a figure::

    #| label: fig-awareness-by-age
    #| fig-cap: "..."
    #| fig-alt: "..."
    book.show("fig-awareness-by-age")

and for a table (raw HTML, so that Quarto adds no require.js/jQuery from a CDN)::

    #| label: tbl-meetings
    #| tbl-cap: "..."
    #| output: asis
    book.show("tbl-meetings")
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from analysis.figures import common as fig_common
from analysis.paths import PROCESSED
from analysis.pipeline import read_processed
from analysis.registry import BY_LABEL


def setup() -> None:
    """Enable the book's chart theme and the static SVG renderer (call once per chapter)."""
    fig_common.enable()


def load(name: str, processed_dir: Path = PROCESSED) -> pd.DataFrame:
    """One processed table by name (see :func:`analysis.pipeline.read_processed`)."""
    return read_processed(name, processed_dir)


def build(label: str, processed_dir: Path = PROCESSED) -> Any:
    """Build the figure (Altair chart) or table (great_tables.GT) registered as ``label``.

    Raises ``KeyError`` naming the label when it is not in :mod:`analysis.registry`.
    """
    if label not in BY_LABEL:
        raise KeyError(f"{label!r} is not in analysis.registry.ENTRIES")
    entry = BY_LABEL[label]
    frames = [load(name, processed_dir) for name in entry.inputs]
    return entry.builder(*frames, **entry.kwargs)


def table_html(gt: Any, label: str) -> str:
    """A table's raw HTML with a fixed id, ``<label>-gt``.

    Quarto gives ``<label>`` to the table's div, so the table itself takes another id; without
    one great-tables makes up a random id and every rebuild of the book would differ.
    """
    return gt.with_id(f"{label}-gt").as_raw_html()


def html_block(gt: Any, label: str) -> str:
    """A table as a Pandoc raw-HTML block (what an ``output: asis`` cell prints)."""
    return "```{=html}\n" + table_html(gt, label) + "\n```\n"


def show(label: str, processed_dir: Path = PROCESSED) -> Any:
    """Display ``label`` in a chapter: return a chart (rendered as SVG), or print a table
    (see :func:`html_block`)."""
    obj = build(label, processed_dir)
    if BY_LABEL[label].kind == "table":
        print(html_block(obj, label))
        return None
    return obj
