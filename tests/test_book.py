"""The book without Quarto: the chapters run no code and embed only what the artefact step
built, and every shortcode, include and cross-reference resolves."""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

import pytest

from analysis import chapters, registry
from analysis.paths import BOOK

CHAPTERS = chapters.chapter_files()
_ARTEFACT = re.compile(r"artefacts/en/_((?:fig|tbl)-[\w-]+|appendix-[\w-]+)\.md")


def _sources(path: Path) -> list[Path]:
    """A chapter and the .qmd files it includes."""
    return [path] + [path.parent / i for i in chapters.all_includes(path) if i.endswith(".qmd")]


def test_every_listed_chapter_exists():
    assert [p.name for p in CHAPTERS][:5] == [
        "index.qmd",
        "context.qmd",
        "composition.qmd",
        "attitudes.qmd",
        "communication.qmd",
    ]
    assert [p.name for p in CHAPTERS if not p.is_file()] == []


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.name for p in CHAPTERS])
def test_chapters_run_no_code(path):
    for source in _sources(path):
        text = source.read_text(encoding="utf-8")
        assert chapters.chunks(text) == [], source.name
        assert "`{python}" not in text, source.name


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.name for p in CHAPTERS])
def test_every_include_exists(path, built_artefacts):
    for include in chapters.all_includes(path):
        m = _ARTEFACT.fullmatch(include)
        if m:
            assert (built_artefacts["dir"] / f"_{m.group(1)}.md").is_file(), include
        else:
            assert (path.parent / include).is_file(), include


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.name for p in CHAPTERS])
def test_every_variable_resolves(path, built_artefacts):
    values = built_artefacts["variables"]
    for source in _sources(path):
        for name in chapters.variables(source.read_text(encoding="utf-8")):
            namespace, _, key = name.partition(".")
            assert key in values.get(namespace, {}), f"{source.name}: {{{{< var {name} >}}}}"


def test_values_are_words_not_missing_numbers(built_artefacts):
    # A missing number printed by Python: "nan", "<NA>", "inf", or "None" standing alone
    # (not the English word beginning "None of the three ...").
    bad = re.compile(r"\b(nan|NaN|inf)\b|<NA>|^None$|\bNone\b(?! of\b)")
    for namespace, values in built_artefacts["variables"].items():
        for key, value in values.items():
            assert not bad.search(value), f"{namespace}.{key} = {value!r}"


def test_every_reference_has_a_target(built_artefacts):
    defined: set[str] = set()
    texts = {}
    for path in CHAPTERS:
        texts[path.name] = "\n".join(s.read_text(encoding="utf-8") for s in _sources(path))
        defined |= chapters.labels(texts[path.name])
    defined |= {e.label for e in registry.ENTRIES}
    dangling = {n: sorted(chapters.references(t) - defined) for n, t in texts.items()}
    assert {k: v for k, v in dangling.items() if v} == {}


def test_manifest_lists_every_entry_with_its_files(built_artefacts):
    folder, manifest = built_artefacts["dir"], built_artefacts["manifest"]
    assert [r["label"] for r in manifest["entries"]] == [e.label for e in registry.ENTRIES]
    for record in manifest["entries"]:
        label = record["label"]
        expected = {f"{label}.csv", f"_{label}.md"} | (
            {f"{label}.svg", f"{label}.png", f"{label}.vl.json"}
            if record["kind"] == "figure"
            else {f"{label}.html"}
        )
        assert expected <= set(record["files"]), label
        for name, digest in record["files"].items():
            assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
        assert record["caption"].strip(), label
        if record["kind"] == "figure":
            assert len(record["alt"]) > 40, label
            snippet = (folder / f"_{label}.md").read_text(encoding="utf-8")
            # A Quarto figure div (cross-referenceable) around the live chart, whose static
            # image keeps the alt text (issue 24).
            assert snippet.startswith(f"::: {{#{label}}}")
            assert f'alt="{html.escape(record["alt"])}"' in snippet
            assert f"{label}.live.json" in record["files"]
        assert "[Data (CSV)](artefacts/en/" in (folder / f"_{label}.md").read_text("utf-8")


def test_tables_are_raw_html_with_a_fixed_id(built_artefacts):
    folder = built_artefacts["dir"]
    for entry in registry.ENTRIES:
        if entry.kind == "table":
            html = (folder / f"{entry.label}.html").read_text(encoding="utf-8")
            assert f'id="{entry.label}-gt"' in html
            snippet = (folder / f"_{entry.label}.md").read_text(encoding="utf-8")
            assert snippet.startswith(f"::: {{#{entry.label}}}\n\n```{{=html}}\n")


def test_quarto_settings_keep_pages_offline():
    config = (BOOK / "_quarto.yml").read_text(encoding="utf-8")
    assert "theme: default" in config or "theme:\n" in config  # no Bootswatch web fonts
    assert "jupyter:" not in config  # the chapters run no code
    assert "pre-render: _prerender.py" in config
