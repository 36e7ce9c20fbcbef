"""The README's walkthrough works as written: its commands run, and the book follows."""

from __future__ import annotations

import json
import os
import re
import shlex
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


def test_walkthrough_commands_rebuild_under_a_new_design_effect(tmp_path):
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
