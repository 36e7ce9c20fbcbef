"""A changed assumption re-renders only the pages it changes (analysis/buildsteps.py).

After the artefact step, `nox -s build` decides which pages of each edition have inputs
that changed (their .qmd, the files they include, the values of the `var` keys they use)
and renders only those with Quarto, unless something every page shares changed. The page
selection is checked here without Quarto (stand-in projects, and the real artefacts under
another design effect in tests/test_parameters.py); the last test renders a copy of the
book both ways with Quarto, when it is installed, and compares the sites byte for byte.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from analysis import artefacts, buildsteps, params
from analysis.paths import ROOT

#: The pages that show survey shares, intervals or verdicts that rest on them: what a
#: changed design effect must render again, in both editions (and nothing else).
SURVEY_PAGES = ["attitudes.qmd", "claims.qmd", "conclusion.qmd", "index.qmd", "methods.qmd"]


def _project(tmp_path: Path) -> Path:
    """A small book project: two pages, an included part, values and a figure."""
    book = tmp_path / "book"
    (book / "artefacts" / "en").mkdir(parents=True)
    (book / "_quarto.yml").write_text("project:\n  type: book\n", encoding="utf-8")
    (book / "index.qmd").write_text(
        "# Preface {#sec-preface}\n\n{{< var a.one >}}\n\n{{< include _part.qmd >}}\n",
        encoding="utf-8",
    )
    (book / "_part.qmd").write_text("{{< include artefacts/en/_fig-x.md >}}\n", encoding="utf-8")
    (book / "other.qmd").write_text(
        "# Other {#sec-other}\n\n{{< var a.two >}} and {{< var b.nested.key >}}\n",
        encoding="utf-8",
    )
    (book / "artefacts" / "en" / "_fig-x.md").write_text(
        "::: {#fig-x}\n![](artefacts/en/fig-x.svg)\n:::\n", encoding="utf-8"
    )
    (book / "artefacts" / "en" / "fig-x.svg").write_text("<svg/>", encoding="utf-8")
    (book / "_variables.yml").write_text(
        "a:\n  one: '1'\n  two: 'two,\n    folded'\nb:\n  nested:\n    key: x\n",
        encoding="utf-8",
    )
    return book


def _select(book: Path, change) -> list[str] | None:
    before = buildsteps.page_inputs(book)
    change(book)
    return buildsteps.pages_to_render(before, buildsteps.page_inputs(book))


def _edit(path: str, old: str, new: str):
    def change(book: Path) -> None:
        file = book / path
        file.write_text(file.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

    return change


def test_variable_blocks_read_the_built_values(built_artefacts, built_artefacts_kk):
    """The standard-library reading of _variables.yml finds every key the YAML holds, and
    each block is that key's value."""
    for built in (built_artefacts, built_artefacts_kk):
        text = (built["root"] / "_variables.yml").read_text(encoding="utf-8")
        blocks = buildsteps.variable_blocks(text)
        flat = {
            f"{ns}.{key}": value
            for ns, values in yaml.safe_load(text).items()
            for key, value in values.items()
        }
        assert set(flat) <= set(blocks)
        for name, value in flat.items():
            assert yaml.safe_load(blocks[name])[name.split(".")[-1]] == value, name


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_edit("_variables.yml", "one: '1'", "one: '2'"), ["index.qmd"]),
        (_edit("_variables.yml", "folded", "unfolded"), ["other.qmd"]),
        (_edit("_variables.yml", "key: x", "key: y"), ["other.qmd"]),
        (_edit("artefacts/en/_fig-x.md", ":::\n", "Caption.\n:::\n"), ["index.qmd"]),
        (_edit("_part.qmd", "{{<", "Text. {{<"), ["index.qmd"]),
        (_edit("other.qmd", "and", "or"), ["other.qmd"]),
        # A figure's file: copied by every render (a page must render), read by none.
        (_edit("artefacts/en/fig-x.svg", "<svg/>", "<svg></svg>"), None),
        # Shared: the configuration, a new generated file, a new page.
        (_edit("_quarto.yml", "book", "book\n  output-dir: _book"), None),
        (lambda b: (b / "artefacts" / "en" / "new.csv").write_text("x"), None),
        (lambda b: (b / "third.qmd").write_text("# Third\n"), None),
        # Structure: a heading or a label changes other pages' sidebar and numbers.
        (_edit("other.qmd", "# Other", "# Another"), None),
        (_edit("artefacts/en/_fig-x.md", "#fig-x", "#fig-y"), None),
        (_edit("other.qmd", "\n{{< var a.two", "\n## New section\n\n{{< var a.two"), None),
    ],
    ids=[
        "value",
        "folded-value",
        "nested-value",
        "caption",
        "included-part",
        "page-text",
        "figure-file",
        "config",
        "new-file",
        "new-page",
        "heading",
        "label",
        "new-section",
    ],
)
def test_the_pages_whose_inputs_changed(tmp_path, change, expected):
    assert _select(_project(tmp_path), change) == expected


def test_nothing_recorded_renders_everything(tmp_path):
    book = _project(tmp_path)
    assert buildsteps.pages_to_render(None, buildsteps.page_inputs(book)) is None


def test_quartos_own_files_beside_the_pages_are_not_inputs(tmp_path):
    """What Quarto writes beside the pages while it renders (a page's .html, site_libs/,
    <page>_files/) and a render's own folders change no page's inputs."""
    book = _project(tmp_path)
    before = buildsteps.page_inputs(book)
    for name in ("index.html", "site_libs/x.js", "other_files/x.png", "_book/index.html"):
        (book / name).parent.mkdir(parents=True, exist_ok=True)
        (book / name).write_text("x", encoding="utf-8")
    assert buildsteps.page_inputs(book) == before


def test_the_book_has_the_pages_the_config_lists():
    """The pages are the .qmd files without a leading underscore: the chapters and
    appendices of _quarto.yml, in both editions."""
    for project in (ROOT / "book", ROOT / "book" / "kk"):
        config = yaml.safe_load((project / "_quarto.yml").read_text(encoding="utf-8"))
        listed = config["book"]["chapters"] + config["book"]["appendices"]
        assert buildsteps.pages(project) == sorted(listed)


def _quarto() -> str | None:
    for candidate in (os.environ.get("QUARTO_PATH"), shutil.which("quarto")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def put_artefacts(book: Path, lang: str, built: Path, downloads: str = "downloads") -> None:
    """Put an artefact step's outputs (under ``built``) into edition ``lang`` of ``book``."""
    home = book / buildsteps.EDITIONS[lang] if buildsteps.EDITIONS[lang] else book
    for name in ("artefacts", "downloads", "_variables.yml"):
        target = home / name
        shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    shutil.copytree(built / "artefacts", home / "artefacts")
    shutil.copytree(built / downloads, home / "downloads")
    shutil.copy2(built / "_variables.yml", home / "_variables.yml")


def _site(root: Path) -> dict[str, bytes]:
    sites = {"": root / "book" / "_book", "kk/": root / buildsteps.RENDER_COPY / "kk" / "_book"}
    found = {}
    for prefix, site in sites.items():
        for file in sorted(site.rglob("*")):
            relative = file.relative_to(site).as_posix()
            if file.is_file() and not (prefix == "" and relative.startswith("kk/")):
                found[prefix + relative] = file.read_bytes()
    return found


@pytest.mark.skipif(_quarto() is None, reason="quarto is not on PATH (nor QUARTO_PATH)")
@pytest.mark.xdist_group("variants")
def test_pages_rendered_alone_give_the_bytes_of_a_full_render(
    tmp_path, built_artefacts, built_artefacts_kk, processed_under
):
    """A copy of the book rendered whole at design effect 1.5, then its survey pages
    alone after the artefacts change to 1.8: the site is byte-identical (search.json
    included) to the one a whole render at 1.8 makes."""
    quarto = _quarto()
    version = subprocess.run(
        [quarto, "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = tmp_path / "project"
    buildsteps.book_copy(ROOT / "book", root / "book")
    env = {**os.environ, "KURULTAI_ARTEFACTS_CURRENT": "1"}
    for built in (built_artefacts, built_artefacts_kk):
        put_artefacts(root / "book", built["lang"], built["root"])
    renders = buildsteps.render_book(quarto, root, ["en", "kk"], env, version, log=print)
    assert [r.returncode for r in renders] == [0, 0], renders[0].output[-2000:]
    assert [r.pages for r in renders] == [None, None]

    processed, _ = processed_under(params.Params(design_effect=1.8))
    for lang in ("en", "kk"):
        out = tmp_path / f"deff1.8-{lang}"
        artefacts.build(
            processed, out / "artefacts", out / "_variables.yml", lang, downloads=out / "downloads"
        )
        put_artefacts(root / "book", lang, out)
    renders = buildsteps.render_book(quarto, root, ["en", "kk"], env, version, log=print)
    assert [r.returncode for r in renders] == [0, 0]
    assert [r.pages for r in renders] == [SURVEY_PAGES, SURVEY_PAGES]
    partial = _site(root)

    buildsteps.forget(root)
    renders = buildsteps.render_book(quarto, root, ["en", "kk"], env, version, log=print)
    assert [r.pages for r in renders] == [None, None]
    full = _site(root)
    assert sorted(partial) == sorted(full)
    assert [name for name in full if partial[name] != full[name]] == []
