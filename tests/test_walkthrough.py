"""The README's walkthrough works as written: its commands run, and the book follows."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import registry
from analysis.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _walkthrough_commands() -> list[list[str]]:
    block = README.split("<!-- walkthrough:start -->")[1].split("<!-- walkthrough:end -->")[0]
    commands = []
    for line in block.splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("uv run "):
            commands.append(shlex.split(line)[2:])
    return commands


def test_walkthrough_commands_rebuild_under_a_new_design_effect(
    tmp_path, built_artefacts, built_artefacts_kk
):
    """The walkthrough as a student runs it: over the book the default assumptions built
    (the session's artefacts of both editions), with a new design effect."""
    shutil.copytree(built_artefacts["dir"], tmp_path / "build" / "artefacts" / "en")
    shutil.copytree(built_artefacts_kk["dir"], tmp_path / "build" / "kk" / "artefacts" / "kk")
    commands = _walkthrough_commands()
    assert [c[:3] for c in commands] == [
        ["python", "-m", "analysis.pipeline"],
        ["python", "-m", "analysis.artefacts"],
        ["python", "-m", "analysis.gallery"],
    ]
    env = {
        **os.environ,
        "KURULTAI_PROCESSED_DIR": str(tmp_path / "processed"),
        "KURULTAI_BUILD_ROOT": str(tmp_path / "build"),
    }
    for command in commands:
        done = subprocess.run(
            [sys.executable, *command[1:]], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, (command, done.stderr[-2000:])
    manifest = json.loads((tmp_path / "build/artefacts/en/manifest.json").read_text("utf-8"))
    assert manifest["parameters"]["design_effect"] == "2.0"
    page = (tmp_path / "build/gallery/en/index.html").read_text(encoding="utf-8")
    assert page.count('class="data-links"') == len(registry.ENTRIES)


def test_add_a_figure_steps_name_what_exists():
    steps = README.split("**Add a figure.**")[1].split("## ")[0]
    assert "analysis/registry.py" in steps
    assert (ROOT / "analysis/registry.py").is_file()
    assert re.search(r"Entry\(\"fig-my-chart\", \"attitudes\.qmd\"", steps)
    assert "{{< include artefacts/en/_fig-my-chart.md >}}" in steps
    assert (ROOT / "analysis/prose/attitudes.py").is_file()
    assert "caption-fig-my-chart" in steps
    assert (ROOT / "locales/en/captions.ftl").is_file()
    # The Kazakh edition's side of the same steps.
    assert "{{< include artefacts/kk/_fig-my-chart.md >}}" in steps
    assert (ROOT / "locales/kk/captions.ftl").is_file()
    assert (ROOT / "book/kk/attitudes.qmd").is_file()
    assert "`locales/kk/codebook/`" in steps
    assert (ROOT / "locales/kk/codebook").is_dir()


def test_prerender_without_the_environment_gives_a_one_line_hint(tmp_path):
    """`quarto render book` outside the project's environment: the pre-render step stops
    with one line saying how to run it, not a traceback."""
    bare = Path(sys.base_prefix) / "bin" / "python3"
    if not bare.is_file():
        pytest.skip(f"no base interpreter at {bare} to stand in for a Python without the project")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    done = subprocess.run(
        [str(bare), "-I", str(ROOT / "book" / "_prerender.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "uvx nox -s build" in lines[0]


def test_the_readme_offers_no_command_a_fresh_set_up_cannot_run():
    """`uv sync --group test` installs no Quarto (quarto-cli is in the `build` group, which
    downloads its binary while it installs): the README must not offer `uv run quarto`, and
    it says how to read the book (a server, not files opened from disk)."""
    assert "uv run quarto" not in README
    assert "uvx nox -s preview" in README
    assert "python3 -m http.server --directory book/_book" in README


def test_a_new_figures_test_is_told_where_the_tables_come_from():
    steps = README.split("**Add a figure.**")[1].split("## ")[0]
    assert "`tables` fixture" in steps
    conftest = (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8")
    assert "def tables(" in conftest


def test_the_build_without_quarto_says_what_it_built_and_what_is_missing():
    """The message names what was built and what is missing, and the session fails (the
    book was not built: CI and the publish workflow rely on that) without "aborted"."""
    import ast

    source = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    constants = {
        node.targets[0].id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
    }
    message = constants["NO_QUARTO"]
    assert message.startswith("Built (or already current): the processed tables")
    assert "Not built: the book (book/_book/)" in message
    assert "abort" not in message.lower()
    build = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "build")
    body = ast.get_source_segment(source, build)
    assert "raise nox.command.CommandFailed(" in body
    assert "session.error(NO_QUARTO" not in body
