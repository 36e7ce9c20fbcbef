"""The book's chapters as Jupyter notebooks, for tests and benchmarks (no Quarto needed).

Quarto's Jupyter engine turns each ```` ```{python} ```` chunk of a ``.qmd`` file into a
notebook cell (its ``#|`` option lines stay in the source) and runs the notebook in a
kernel whose working directory is the chapter's folder; inline `` `{python} expr` ``
expressions are evaluated in the same kernel. :func:`notebook` does the same conversion
(inline expressions become cells placed after the last chunk before them) and
:func:`execute` runs it with nbclient.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
import yaml

from analysis.paths import BOOK

_CHUNK = re.compile(r"^```\{python\}[^\n]*\n(.*?)^```\s*$", re.DOTALL | re.MULTILINE)
_INLINE = re.compile(r"`\{python\}\s+([^`]+)`")
_OPTION = re.compile(r"^#\|\s*([\w-]+)\s*:\s*(.*)$")
_REF = re.compile(r"(?<![\w@])@((?:fig|tbl|sec)-[\w-]+)")
_ANCHOR = re.compile(r"\{#((?:fig|tbl|sec)-[\w-]+)[^}]*\}")


@dataclass(frozen=True)
class Chunk:
    """One Python chunk: its source, its ``#|`` options and where it starts (offset)."""

    source: str
    options: dict[str, str]
    start: int


def chapter_files(book_dir: Path = BOOK) -> list[Path]:
    """The chapters and appendices listed in ``_quarto.yml``, in book order."""
    config = yaml.safe_load((book_dir / "_quarto.yml").read_text(encoding="utf-8"))
    names: list[str] = []
    for key in ("chapters", "appendices"):
        for item in config["book"].get(key, []) or []:
            if isinstance(item, dict):  # a part: {part: ..., chapters: [...]}
                names += item.get("chapters", [])
            else:
                names.append(item)
    return [book_dir / n for n in names]


def chunks(text: str) -> list[Chunk]:
    """The Python chunks of a ``.qmd`` text with their options (values as plain strings)."""
    found = []
    for m in _CHUNK.finditer(text):
        options = {}
        for line in m.group(1).splitlines():
            opt = _OPTION.match(line)
            if opt:
                options[opt.group(1)] = opt.group(2).strip().strip('"').strip("'")
        found.append(Chunk(m.group(1), options, m.start()))
    return found


def notebook(path: Path) -> nbformat.NotebookNode:
    """The notebook Quarto would execute for chapter ``path`` (see module docstring)."""
    return notebook_from_text(path.read_text(encoding="utf-8"))


def notebook_from_text(text: str) -> nbformat.NotebookNode:
    """The notebook for a ``.qmd`` text: one cell per chunk and per inline expression."""
    cells = [(c.start, c.source) for c in chunks(text)]
    spans = [(m.start(), m.end()) for m in _CHUNK.finditer(text)]
    for m in _INLINE.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        cells.append((m.start(), f"# inline expression\n{m.group(1).strip()}"))
    cells.sort(key=lambda c: c[0])
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [nbformat.v4.new_code_cell(src) for _, src in cells]
    return nb


def execute(path: Path, timeout: int = 120) -> nbformat.NotebookNode:
    """Run chapter ``path`` in a fresh python3 kernel, working directory = its folder.

    Raises ``nbclient.exceptions.CellExecutionError`` (with the cell and traceback) when a
    cell fails.
    """
    from nbclient import NotebookClient

    nb = notebook(path)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return nb


def labels(text: str) -> set[str]:
    """Every cross-reference target a chapter defines: ``#| label:`` and ``{#...}`` anchors."""
    found = {c.options["label"] for c in chunks(text) if "label" in c.options}
    return found | set(_ANCHOR.findall(text))


def references(text: str) -> set[str]:
    """Every ``@fig-``/``@tbl-``/``@sec-`` reference in a chapter (outside code chunks)."""
    prose = _CHUNK.sub("", text)
    return set(_REF.findall(prose))
