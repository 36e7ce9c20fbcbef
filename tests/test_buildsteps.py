"""`nox -s build` runs a step only when its inputs changed (analysis/buildsteps.py).

The step logic is checked with stand-in commands (fast: they write small outputs derived
from their inputs); one test runs the real Python steps in a copy of the project and checks
that a partial rebuild gives the same bytes as a full one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import buildsteps
from analysis.paths import PROCESSED, ROOT

#: What a copy of the project needs for the build's Python steps.
PROJECT_FILES = (
    "analysis",
    "locales",
    "data/raw",
    "params.yml",
    "pyproject.toml",
    "uv.lock",
    "CITATION.cff",
)


def project_copy(dest: Path) -> Path:
    """The files the build reads, copied to ``dest`` (no outputs, no caches)."""
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    (dest / "benchmarks").mkdir()
    shutil.copy2(ROOT / "benchmarks" / "results.csv", dest / "benchmarks" / "results.csv")
    buildsteps.book_copy(ROOT / "book", dest / "book")
    return dest


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    for name in ("KURULTAI_PROCESSED_DIR", "KURULTAI_BUILD_ROOT", "KURULTAI_ARTICLE_TEXT"):
        monkeypatch.delenv(name, raising=False)
    return project_copy(tmp_path / "project")


def _digest(*paths: Path) -> str:
    return buildsteps.tree_digest(paths)[:16]


class StandIn:
    """Runs the build's commands as stand-ins: each writes outputs derived from its inputs
    (the pipeline's from the raw data without trailing blank lines, as the real one reads
    them), and remembers the commands it was given."""

    def __init__(self, root: Path) -> None:
        self.root, self.commands = root, []

    def __call__(self, command: list[str]) -> None:
        self.commands.append(command[2:])
        root, module = self.root, command[2]
        book = root / "book"
        if module == "analysis.pipeline":
            raw = hashlib.sha256()
            for path in sorted((root / "data" / "raw").rglob("*.csv")):
                raw.update(path.read_bytes().rstrip(b"\n"))
            out = root / "data" / "processed"
            out.mkdir(parents=True, exist_ok=True)
            (out / "datapackage.json").write_text(raw.hexdigest() + " ".join(command[3:]))
        elif module == "analysis.artefacts":
            langs = ("en", "kk") if command[-1] == "all" else (command[-1],)
            for lang in langs:
                home = book if lang == "en" else book / "kk"
                made = _digest(root / "data" / "processed", root / "analysis") + lang
                (home / "artefacts" / lang).mkdir(parents=True, exist_ok=True)
                (home / "artefacts" / lang / "manifest.json").write_text(made)
                (home / "_variables.yml").write_text(made)
                (home / "downloads").mkdir(exist_ok=True)
                (home / "downloads" / "datapackage.json").write_text(made)
        elif module == "analysis.gallery":
            for lang in ("en", "kk"):
                out = root / "build" / "gallery" / lang
                out.mkdir(parents=True, exist_ok=True)
                home = book if lang == "en" else book / "kk"
                (out / "index.html").write_text(_digest(home / "artefacts"))
        else:
            raise AssertionError(command)


def build(root: Path, args=()) -> tuple[buildsteps.Outcome, list]:
    run = StandIn(root)
    messages: list[str] = []
    outcome = buildsteps.run_python_steps(root, list(args), run=run, log=messages.append)
    assert len([m for m in messages if m.endswith("(inputs unchanged since it last ran)")]) == len(
        outcome.skipped
    )
    return outcome, run.commands


ALL = ["pipeline", "artefacts-en", "artefacts-kk", "gallery"]


def test_a_build_with_nothing_changed_skips_every_step(project):
    outcome, _ = build(project)
    assert outcome.ran == ALL
    outcome, commands = build(project)
    assert outcome.ran == []
    assert outcome.skipped == ALL
    assert commands == []


def test_the_gallery_can_be_left_to_run_beside_the_renders(project):
    """`nox -s build` runs the gallery step on its own (while Quarto renders): the Python
    steps leave it, and it runs, records and skips as a step of its own."""
    run = StandIn(project)
    messages: list[str] = []
    outcome = buildsteps.run_python_steps(project, [], run, messages.append, gallery=False)
    assert outcome.ran == ALL[:-1]
    assert not buildsteps.is_current(project, buildsteps.step(project, "gallery"))
    assert buildsteps.run_gallery_step(project, [], run, messages.append).ran == ["gallery"]
    assert run.commands[-1] == ["analysis.gallery"]
    assert buildsteps.run_gallery_step(project, [], run, messages.append).skipped == ["gallery"]
    assert messages[-1] == "gallery: skipped (inputs unchanged since it last ran)"
    assert build(project)[0].ran == []


def test_a_changed_raw_file_rebuilds_what_is_downstream_of_it(project):
    build(project)
    path = project / "data" / "raw" / "article" / "attitude_shares.csv"
    path.write_text(path.read_text("utf-8").replace(",76.1,", ",76.0,", 1), "utf-8")
    outcome, commands = build(project)
    assert outcome.ran == ALL
    assert commands[1] == ["analysis.artefacts", "--lang", "all"]


def test_a_raw_edit_that_changes_no_table_stops_at_the_pipeline(project):
    """Digests, not timestamps: the pipeline runs again (its input changed), but it writes
    the same bytes, so nothing after it runs."""
    build(project)
    path = project / "data" / "raw" / "article" / "attitude_shares.csv"
    path.write_bytes(path.read_bytes() + b"\n")
    outcome, _ = build(project)
    assert outcome.ran == ["pipeline"]
    assert outcome.skipped == ALL[1:]


def test_a_parameter_reruns_the_pipeline_and_what_follows(project):
    build(project)
    outcome, commands = build(project, ["--design-effect", "1.8"])
    assert outcome.ran == ALL
    assert commands[0] == ["analysis.pipeline", "--design-effect", "1.8"]
    assert build(project, ["--design-effect", "1.8"])[0].ran == []
    # The override held for those builds only: without it, params.yml decides again.
    outcome, commands = build(project)
    assert outcome.ran == ALL
    assert commands[0] == ["analysis.pipeline"]


def test_a_figure_change_skips_the_pipeline(project):
    """The pipeline's code is the modules it imports; a figure builder is not one of them."""
    build(project)
    figure = project / "analysis" / "figures" / "survey.py"
    figure.write_text(figure.read_text("utf-8") + "\n# changed\n", "utf-8")
    outcome, _ = build(project)
    assert outcome.skipped == ["pipeline"]
    assert outcome.ran == ALL[1:]


def test_a_removed_output_rebuilds_only_its_step_and_what_follows(project):
    build(project)
    shutil.rmtree(project / "book" / "kk" / "artefacts")
    outcome, commands = build(project)
    # Rebuilt to the same bytes: the gallery, which reads them, has nothing to do.
    assert outcome.ran == ["artefacts-kk"]
    assert outcome.skipped == ["pipeline", "artefacts-en", "gallery"]
    assert commands == [["analysis.artefacts", "--lang", "kk"]]
    (project / "book" / "_variables.yml").write_text("edited by hand", "utf-8")
    assert build(project)[0].ran == ["artefacts-en"]


def test_each_render_reads_its_own_edition(project):
    build(project)
    plan = {s.name: s for s in buildsteps.steps(project, quarto_version="1.9.38")}
    for lang in ("en", "kk"):
        step = plan[f"render-{lang}"]
        for output in step.outputs:
            output.mkdir(parents=True, exist_ok=True)
            (output / "index.html").write_text(lang, "utf-8")
        buildsteps.record(project, step)

    def stale() -> list[str]:
        steps = buildsteps.steps(project, quarto_version="1.9.38")
        return [s.name for s in steps[4:] if not buildsteps.is_current(project, s)]

    assert stale() == []
    (project / "book" / "kk" / "index.qmd").write_text("changed", "utf-8")
    assert stale() == ["render-kk"]
    (project / "book" / "index.qmd").write_text("changed", "utf-8")
    assert stale() == ["render-en", "render-kk"]
    assert [s.name for s in buildsteps.steps(project, quarto_version="1.9.39")][4:] == [
        "render-en",
        "render-kk",
    ]
    # What the English render writes into book/_book/kk (the published Kazakh pages) is not
    # part of its output: copying the Kazakh site there does not make it stale.
    plan = {s.name: s for s in buildsteps.steps(project, quarto_version="1.9.38")}
    (project / "book" / "index.qmd").write_text("changed again", "utf-8")
    buildsteps.record(project, plan["render-en"])
    buildsteps.assemble_site(project / "book", plan["render-kk"].outputs[0])
    assert buildsteps.is_current(project, plan["render-en"])


def test_the_pipelines_code_is_every_module_it_imports(project):
    """The pipeline step's code inputs (found by reading import statements, those inside
    functions included) hold every module that importing the pipeline loads."""
    listed = {
        p.relative_to(project).as_posix()
        for p in buildsteps.module_files(project, "analysis.pipeline")
    }
    script = (
        "import sys, analysis.pipeline;"
        "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('analysis')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("KURULTAI_")},
    )
    loaded = {
        Path(f).resolve().relative_to(project.resolve()).as_posix() for f in done.stdout.split()
    }
    assert loaded <= listed, sorted(loaded - listed)
    assert "analysis/figures/survey.py" not in listed


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_one_edition_rebuilt_alone_gives_the_bytes_of_the_full_step(
    project, tables, built_artefacts, built_artefacts_kk
):
    """The real step in a copy of the project: with the processed tables and the English
    artefacts current, the build runs the artefact step for Kazakh alone (`--lang kk`), and
    writes the same bytes as the test session's own artefact step (both editions, in one
    process)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KURULTAI_")}
    shutil.copytree(PROCESSED, project / "data" / "processed")
    english = built_artefacts["root"]
    shutil.copytree(english / "artefacts", project / "book" / "artefacts")
    shutil.copy2(english / "_variables.yml", project / "book" / "_variables.yml")
    shutil.copytree(english / "downloads", project / "book" / "downloads")
    for name in ("pipeline", "artefacts-en"):
        buildsteps.record(project, buildsteps.step(project, name))
    commands = []

    def run(command: list[str]) -> None:
        commands.append(command[2:])
        subprocess.run(
            [sys.executable, *command[1:]], cwd=project, env=env, check=True, capture_output=True
        )

    outcome = buildsteps.run_python_steps(project, [], run=run, log=lambda _: None)
    assert outcome.skipped == ["pipeline", "artefacts-en"]
    assert commands[0] == ["analysis.artefacts", "--lang", "kk"]
    kazakh = built_artefacts_kk["root"]
    assert _files(project / "book" / "kk" / "artefacts") == _files(kazakh / "artefacts")
    assert (project / "book" / "kk" / "_variables.yml").read_bytes() == (
        kazakh / "_variables.yml"
    ).read_bytes()
    assert _files(project / "book" / "kk" / "downloads") == _files(kazakh / "downloads")
    # And a second build finds everything current.
    again = buildsteps.run_python_steps(project, [], run=run, log=lambda _: None)
    assert again.ran == []
