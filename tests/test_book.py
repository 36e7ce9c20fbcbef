"""The book without Quarto: static checks, and every chapter run in a real Jupyter kernel."""

from __future__ import annotations

import re

import pytest

from analysis import chapters, registry
from analysis.paths import BOOK

CHAPTERS = chapters.chapter_files()


def test_every_listed_chapter_exists():
    assert [p.name for p in CHAPTERS][:5] == [
        "index.qmd",
        "context.qmd",
        "composition.qmd",
        "attitudes.qmd",
        "communication.qmd",
    ]
    missing = [p.name for p in CHAPTERS if not p.is_file()]
    assert missing == []


def test_every_reference_has_a_label():
    texts = {p.name: p.read_text(encoding="utf-8") for p in CHAPTERS}
    defined = set().union(*(chapters.labels(t) for t in texts.values()))
    dangling = {name: sorted(chapters.references(t) - defined) for name, t in texts.items()}
    assert {k: v for k, v in dangling.items() if v} == {}


def test_every_figure_has_alt_text_and_caption():
    for path in CHAPTERS:
        for chunk in chapters.chunks(path.read_text(encoding="utf-8")):
            label = chunk.options.get("label", "")
            if label.startswith("fig-"):
                assert len(chunk.options.get("fig-alt", "")) > 40, (path.name, label)
                assert chunk.options.get("fig-cap"), (path.name, label)
            if label.startswith("tbl-"):
                assert chunk.options.get("tbl-cap"), (path.name, label)
                assert chunk.options.get("output") == "asis", (path.name, label)


def test_registry_labels_appear_in_exactly_one_chapter():
    found = {}
    for path in CHAPTERS:
        for chunk in chapters.chunks(path.read_text(encoding="utf-8")):
            if "label" in chunk.options:
                found.setdefault(chunk.options["label"], []).append(path.name)
    for entry in registry.ENTRIES:
        assert found.get(entry.label) == [entry.chapter], entry.label
    shown = set()
    for path in CHAPTERS:
        shown |= set(re.findall(r'book\.show\("([\w-]+)"\)', path.read_text(encoding="utf-8")))
    assert shown == set(registry.BY_LABEL)


def test_chunk_parser_reads_options():
    text = '# T\n\n```{python}\n#| label: fig-x\n#| fig-alt: "An alt"\nprint(1)\n```\n'
    (chunk,) = chapters.chunks(text)
    assert chunk.options == {"label": "fig-x", "fig-alt": "An alt"}
    nb = chapters.notebook_from_text(text + "Inline `{python} 1 + 1` here.\n")
    assert [c.source.splitlines()[-1] for c in nb.cells] == ["print(1)", "1 + 1"]


def test_quarto_settings_keep_pages_offline():
    config = (BOOK / "_quarto.yml").read_text(encoding="utf-8")
    assert "theme: default" in config  # Bootswatch themes pull Google Fonts
    assert "freeze: false" in config


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.name for p in CHAPTERS])
def test_chapter_executes_in_a_kernel(path, tables):
    nb = chapters.execute(path)
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    # Tables must come out as raw HTML text (no text/html display data -> no CDN scripts).
    html_displays = [o for o in outputs if "text/html" in o.get("data", {})]
    assert html_displays == []
    for chunk_cell in nb.cells:
        if "#| label: fig-" in chunk_cell.source:
            data = chunk_cell.outputs[0]["data"]
            assert "image/svg+xml" in data, chunk_cell.source[:60]
            assert "<svg" in data["image/svg+xml"]
        if "#| label: tbl-" in chunk_cell.source:
            text = "".join(o.get("text", "") for o in chunk_cell.outputs)
            assert text.startswith("```{=html}")
            assert "<table" in text
