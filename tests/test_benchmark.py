"""The benchmark's comparison with a baseline commit returns the rows its targets are stated
in (a run of a quarter of an hour must not end without its results)."""

from __future__ import annotations

import importlib.util
import subprocess

import pytest

from analysis.paths import ROOT


@pytest.fixture
def benchmark(monkeypatch, tmp_path):
    spec = importlib.util.spec_from_file_location("benchmark", ROOT / "benchmarks" / "benchmark.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "WORK", tmp_path)
    monkeypatch.setattr(module, "_export", lambda ref, dest: dest)
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: None)
    suites = iter([(100.0, "233 passed in 99s", 0), (140.0, "1630 passed in 139s\n", 0)])
    monkeypatch.setattr(module, "_timed", lambda *a, **k: next(suites))
    builds = iter(
        [
            (60.0, "", 0),  # the baseline's first build (installs its environment)
            (50.0, "", 0),  # the baseline's warm build
            (40.0, "", 0),  # this tree's first build
            (45.0, "", 0),  # --clean
            (2.0, "nox > pipeline: skipped (inputs unchanged)\n" * 6, 0),
            (20.0, "nox > pipeline: ran in 2.0 s\nnox > render-en: 5 page(s): index.qmd\n", 0),
        ]
    )
    monkeypatch.setattr(module, "_nox_build", lambda *a, **k: next(builds))
    return module


def test_the_comparison_returns_its_ratios(benchmark):
    rows = benchmark.measure_against("28a7509", with_tests=True)
    by_measure = {r["measure"]: r for r in rows}
    assert (
        by_measure["ratio_test_suite"]["value"],
        by_measure["ratio_test_suite"]["meets_target"],
    ) == (
        "1.400",
        "yes",
    )
    assert by_measure["ratio_no_change"]["value"] == "0.040"
    assert by_measure["ratio_changed_assumption"]["value"] == "0.400"
    assert by_measure["build_no_change"]["note"] == "6 steps skipped"
    assert "render-en: 5 page(s)" in by_measure["build_changed_assumption"]["note"]


def test_a_failed_command_is_never_timed(benchmark):
    """A build or suite that fails is fast: the benchmark stops with the command's exit
    status and output instead of recording its time against a target."""
    assert benchmark._succeeded("x", (1.5, "ok", 0)) == (1.5, "ok", 0)
    output = "\n".join(f"line {i}" for i in range(30)) + "\nSession build failed."
    with pytest.raises(benchmark.MeasureError) as err:
        benchmark._succeeded("nox -s build in /tmp/p", (2.0, output, 1))
    message = str(err.value)
    assert message.startswith("nox -s build in /tmp/p failed (exit status 1); nothing recorded")
    assert message.endswith("Session build failed.")
    assert "line 15" not in message
    assert "line 16" in message
