"""The book's chapters read as text, for static checks without Quarto.

Chapters run no code: they embed what the artefact step built (:mod:`analysis.artefacts`)
with Quarto's ``{{< include ... >}}`` and ``{{< var ... >}}`` shortcodes. This module finds
the chapters (:func:`chapter_files`), the shortcodes they use (:func:`includes`,
:func:`variables`), the cross-reference targets they define (:func:`labels`, including those
of the figures and tables they include) and the references they make (:func:`references`).
A leftover ``{python}`` chunk is found by :func:`chunks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from analysis.paths import BOOK

_CHUNK = re.compile(r"^```\{python\}[^\n]*\n(.*?)^```\s*$", re.DOTALL | re.MULTILINE)
_INLINE = re.compile(r"`\{python\}\s+([^`]+)`")
_OPTION = re.compile(r"^#\|\s*([\w-]+)\s*:\s*(.*)$")
_INCLUDE = re.compile(r"\{\{<\s*include\s+(\S+)\s*>\}\}")
_VAR = re.compile(r"\{\{<\s*var\s+([\w.]+)\s*>\}\}")
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


def includes(text: str) -> list[str]:
    """The paths of every ``{{< include PATH >}}`` in a chapter, in order (as written)."""
    return _INCLUDE.findall(text)


def variables(text: str) -> set[str]:
    """The dotted names of every ``{{< var NAME >}}`` in a text (e.g. ``attitudes.x``)."""
    return set(_VAR.findall(text))


def all_includes(path: Path) -> list[str]:
    """Every include of a chapter, following included ``.qmd`` files (which belong to the
    book's source), but not the artefact snippets; paths relative to the chapter's folder."""
    found: list[str] = []
    for include in includes(Path(path).read_text(encoding="utf-8")):
        found.append(include)
        target = Path(path).parent / include
        if include.endswith(".qmd") and target.is_file():
            found += all_includes(target)
    return found


def expand(path: Path) -> str:
    """A chapter's text with every include replaced by the included file's text (as Quarto
    does before rendering); an include that does not exist is left as it is."""
    text = Path(path).read_text(encoding="utf-8")

    def _sub(m: re.Match) -> str:
        target = Path(path).parent / m.group(1)
        return expand(target) if target.is_file() else m.group(0)

    return _INCLUDE.sub(_sub, text)


def labels(text: str) -> set[str]:
    """Every cross-reference target a text defines: ``#| label:`` and ``{#...}`` anchors."""
    found = {c.options["label"] for c in chunks(text) if "label" in c.options}
    return found | set(_ANCHOR.findall(text))


def references(text: str) -> set[str]:
    """Every ``@fig-``/``@tbl-``/``@sec-`` reference in a chapter (outside code chunks)."""
    prose = _CHUNK.sub("", text)
    prose = re.sub(r"^```\{=html\}\n.*?^```\s*$", "", prose, flags=re.DOTALL | re.MULTILINE)
    return set(_REF.findall(prose))
