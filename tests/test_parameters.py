"""The parameters file drives the data and every sentence, caption and chart built on it."""

from __future__ import annotations

import json
import re
import shutil

import pytest
import yaml

from analysis import artefacts, params, pipeline
from analysis.paths import PROCESSED


def test_params_file_loads_and_rejects_bad_values(tmp_path):
    p = params.load()
    assert 1.0 <= p.design_effect <= 4.0
    assert p.table_base in params.CHOICES["table_base"]
    bad = tmp_path / "params.yml"
    bad.write_text("design_effect: 7\n", encoding="utf-8")
    with pytest.raises(params.ParameterError, match=r"params\.yml: design_effect: must lie"):
        params.load(bad)
    bad.write_text("design_efect: 2\n", encoding="utf-8")
    with pytest.raises(params.ParameterError, match="unknown parameter"):
        params.load(bad)
    with pytest.raises(params.ParameterError, match="table_base"):
        params.Params(table_base="everyone")


def test_command_line_overrides_the_file(tmp_path):
    out = tmp_path / "processed"
    status = pipeline.main(["--out", str(out), "--design-effect", "1.8"])
    assert status == 0
    import pandas as pd

    recorded = pd.read_csv(out / "parameters.csv").set_index("parameter")["value"]
    assert recorded["design_effect"] == "1.8"
    assert pipeline.main(["--out", str(out), "--design-effect", "9"]) == 1


def _stated(deff: float) -> set[str]:
    """How a text may write the design effect ``deff``: 1.8, or 1 / 1.0 for 1.0."""
    return {f"{deff:g}", f"{deff:.1f}"}


_SAID = re.compile(r"design effect (?:of )?(\d(?:\.\d+)?)\b")


pytestmark = pytest.mark.xdist_group("variants")


#: Each design effect's build, made once per worker: pytest may set a parametrized module
#: fixture up again for the same parameter (when the tests of one parameter do not run in
#: a row, as under pytest-xdist), and each set-up would build the same artefacts again.
_BUILT: dict[float, tuple] = {}


#: The design effects whose artefacts are built as a student's rebuild is: into the folder
#: the default build left (the session's English artefacts), so that the figures and
#: tables the design effect does not change are read back, not drawn again
#: (:func:`analysis.artefacts.render`). The others are built from nothing.
REBUILT_OVER_DEFAULT = (1.0, 1.8)


@pytest.fixture(scope="module", params=[1.0, 1.8, 2.0], ids=["deff1.0", "deff1.8", "deff2.0"])
def built_under(request, tmp_path_factory, processed_under, built_artefacts):
    """Processed tables and artefacts built under one design effect (1.8 is in no
    sensitivity grid, so nothing but the parameter can put it in a text)."""
    deff = request.param
    if deff not in _BUILT:
        root = tmp_path_factory.mktemp(f"deff{deff}")
        if deff in REBUILT_OVER_DEFAULT:
            shutil.copytree(built_artefacts["dir"], root / "artefacts" / "en")
        processed, _ = processed_under(params.Params(design_effect=deff))
        manifest = artefacts.build(
            processed, root / "artefacts", root / "_variables.yml", downloads=root / "dl"
        )
        (root / "processed").symlink_to(processed, target_is_directory=True)
        _BUILT[deff] = (deff, manifest.parent, root)
    return _BUILT[deff]


def test_captions_and_alt_texts_state_the_builds_design_effect(built_under):
    deff, folder, _ = built_under
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["design_effect"] == str(deff)
    for record in manifest["entries"]:
        for text in (record["caption"], record["alt"]):
            said = set(_SAID.findall(text))
            # A caption or alt text that names a design effect names the build's own (a
            # sensitivity table may name the others beside it).
            if said:
                assert said & _stated(deff), (record["label"], text)


def test_prose_values_follow_the_design_effect(built_under):
    deff, _, root = built_under
    values = yaml.safe_load((root / "_variables.yml").read_text(encoding="utf-8"))
    assert values["params"]["design_effect"] in _stated(deff)
    if deff == 1.8:
        text = yaml.safe_dump(values, allow_unicode=True)
        assert "1.8" in text
        assert "design effect 1.5" not in values["methods"].values()


def test_verdicts_agree_with_the_data(built_under):
    _, _, root = built_under
    import pandas as pd

    values = yaml.safe_load((root / "_variables.yml").read_text(encoding="utf-8"))
    changes = pd.read_parquet(root / "processed" / "survey_changes.parquet")
    default = changes[changes["is_default"]]
    words = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    assert values["attitudes"]["n_exceed"] == words[int(default["exceeds_sampling_error"].sum())]
    awareness = default[default["indicator"] == "awareness"]
    verdict = values["attitudes"]["awareness_verdict"]
    if not awareness["exceeds_sampling_error"].any():
        assert verdict.startswith("None of the three age groups changed")
    else:
        assert not verdict.startswith("None")


def test_charts_show_the_builds_design_effect(built_under):
    deff, folder, _ = built_under
    for svg in sorted(folder.glob("fig-*.svg")):
        text = re.sub(r"<[^>]+>", " ", svg.read_text(encoding="utf-8"))
        said = set(_SAID.findall(text))
        if said and svg.stem not in {"fig-changes"}:
            assert said & _stated(deff), svg.name
    changes = re.sub(r"<[^>]+>", " ", (folder / "fig-changes.svg").read_text("utf-8"))
    # The forest plot draws the build's own intervals (thick) and one other design effect.
    assert set(_SAID.findall(changes)) & _stated(deff)


def test_a_changed_design_effect_renders_the_survey_pages_again(
    built_under, built_artefacts, tmp_path
):
    """After the artefact step under another design effect, `nox -s build` renders again
    the pages that show survey shares, intervals and the verdicts resting on them, and no
    others (analysis.buildsteps.pages_to_render on the real artefacts; the Kazakh edition
    and the rendered bytes: tests/test_render_pages.py, with Quarto)."""
    from test_render_pages import SURVEY_PAGES, put_artefacts

    from analysis import buildsteps
    from analysis.paths import ROOT

    _, _, root = built_under
    book = buildsteps.book_copy(ROOT / "book", tmp_path / "book")
    put_artefacts(book, "en", built_artefacts["root"])
    before = buildsteps.page_inputs(book)
    put_artefacts(book, "en", root, downloads="dl")
    assert buildsteps.pages_to_render(before, buildsteps.page_inputs(book)) == SURVEY_PAGES


def _records(folder) -> dict:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return {r["label"]: r for r in manifest["entries"]}


@pytest.mark.parametrize("built_under", [2.0], ids=["deff2.0"], indirect=True)
def test_a_figure_or_table_with_the_same_key_has_the_same_bytes(built_under, built_artefacts):
    """Two builds from nothing (the default and a design effect of 2.0): every figure and
    table whose key (its inputs, caption, code and catalogs) is the same in both has the
    same files, byte for byte: what lets a rebuild read them back instead of drawing them."""
    deff, folder, _ = built_under
    assert deff not in REBUILT_OVER_DEFAULT
    default, other = _records(built_artefacts["dir"]), _records(folder)
    same = sorted(label for label in default if default[label]["key"] == other[label]["key"])
    changed = sorted(set(default) - set(same))
    # The meetings and the members do not depend on the design effect; the survey does.
    assert {"fig-meetings-timeline", "fig-members-by-field", "tbl-sessions"} <= set(same)
    assert {"fig-table1", "fig-table2", "fig-changes", "tbl-table1"} <= set(changed)
    for label in same:
        a, b = default[label]["files"], other[label]["files"]
        assert sorted(n for n in a if a[n] != b.get(n)) == [], label
    for label in ("fig-table1", "fig-table2", "fig-changes", "tbl-table1"):
        assert default[label]["files"] != other[label]["files"], label


@pytest.mark.parametrize(
    "built_under", REBUILT_OVER_DEFAULT, ids=["deff1.0", "deff1.8"], indirect=True
)
def test_a_rebuild_reads_back_what_the_assumption_does_not_change(built_under, built_artefacts):
    """A build over the default one (a student's rebuild) redraws exactly the figures and
    tables whose key changed and reads the others back, the Vega bundle too."""
    deff, folder, _ = built_under
    assert deff in REBUILT_OVER_DEFAULT
    default, rebuilt = _records(built_artefacts["dir"]), _records(folder)
    kept = [label for label in default if default[label]["key"] == rebuilt[label]["key"]]
    assert "fig-meetings-timeline" in kept
    assert "fig-table1" not in kept
    for label in kept:
        assert rebuilt[label] == default[label], label
        for name in rebuilt[label]["files"]:
            assert (folder / name).read_bytes() == (built_artefacts["dir"] / name).read_bytes()
    assert (folder / "vega.js").read_bytes() == (built_artefacts["dir"] / "vega.js").read_bytes()


def test_a_rebuild_with_every_key_unchanged_draws_nothing(
    built_artefacts, tables, tmp_path, monkeypatch
):
    """Over a build of the same processed tables, the artefact step draws no figure or
    table and assembles no Vega bundle; the files are the first build's, byte for byte."""
    from analysis.figures import live

    shutil.copytree(built_artefacts["dir"], tmp_path / "artefacts" / "en")

    def refuse(*_args, **_kwargs):
        raise AssertionError("drawn again although its key is unchanged")

    monkeypatch.setattr(artefacts, "figure_files", refuse)
    monkeypatch.setattr(artefacts, "table_files", refuse)
    monkeypatch.setattr(live, "_vega_bundle", refuse)
    artefacts.build(
        PROCESSED,
        tmp_path / "artefacts",
        tmp_path / "_variables.yml",
        downloads=tmp_path / "dl",
    )
    before = {p.name: p.read_bytes() for p in built_artefacts["dir"].iterdir()}
    after = {p.name: p.read_bytes() for p in (tmp_path / "artefacts" / "en").iterdir()}
    assert after == before
