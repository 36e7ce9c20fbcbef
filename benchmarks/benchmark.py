"""Speed and weight of the build, measured against the project's targets.

Run from the repository root (not a test; it takes a few minutes)::

    uv run python benchmarks/benchmark.py [--runs 5] [--with-tests] [--against 28a7509]

This workplace sets ``PYTHONDONTWRITEBYTECODE=1``, so Python never writes ``.pyc`` files on
import and every fresh process would compile pandas & co. again. The script therefore first
byte-compiles the environment (``compileall``; nox and ``.ci/run`` install with
``UV_COMPILE_BYTECODE=1`` for the same reason) and times only compiled code.

What it measures (medians of ``--runs`` fresh processes unless said otherwise):

``pipeline_command``
    ``python -m analysis.pipeline`` (raw -> validated processed tables). Target <= 2 s.
``artefacts_command``
    ``python -m analysis.artefacts``: every figure (SVG, PNG, Vega-Lite, CSV), table (HTML,
    CSV) and prose value, once. Target <= 5 s.
``gallery_command``
    ``python -m analysis.gallery`` (embeds the artefacts; draws nothing).
``chapter_execution``
    Code each chapter runs when Quarto renders it: the chapters contain none (they embed
    artefacts with shortcodes), so no kernel starts. Target <= 1 s per chapter.
``test_suite``
    ``python -m pytest -q`` once, with ``--with-tests``, as CI runs it: without Quarto (the
    checks of the rendered book skip). Target <= 90 s (``nox -s test`` adds the environment
    sync, about 1-2 s when nothing changed).
``quarto_render``
    ``quarto render book`` then ``quarto render book/kk`` once (as ``nox -s build`` renders
    the two editions), with the ``quarto`` in ``QUARTO_PATH`` or on
    PATH; otherwise reported as not measured. Target <= 30 s for the warm ``nox -s build``
    (render plus the steps above).
``figure_file``
    Size of each figure's SVG as the chapters embed it. Target <= 200,000 bytes.
``chart_scripts``, ``chart_scripts_gzip``
    The JavaScript the live charts add, per edition: the Vega bundle and ``charts.js``
    (one copy per edition, loaded once by a page with charts and cached). Budget <=
    950,000 bytes as files, <= 320,000 bytes gzipped.
``chart_first_render``
    Seconds from the start of a page's load until all its charts are drawn, in headless
    Chromium at 1280 px (median of 3): each chapter with figures of the rendered book
    (``--rendered book/_book``), both editions, else the gallery. Budget <= 2 s.

With ``--against REF`` (a git commit, e.g. ``28a7509``, the build before the artefact
step), the loop a student and a reviewer go through is measured in one run, on fresh copies
of this tree's tracked files and of ``REF`` (each in a temporary folder with ``../shared``
beside it, its environments installed first and not timed), and compared as ratios:

``baseline_build_warm``
    ``uvx nox -s build`` of ``REF``, run a second time (as it always was: everything again).
``build_clean`` / ``build_no_change`` / ``build_changed_assumption``
    ``uvx nox -s build`` of this tree: ``-- --clean`` (everything), the same command again
    without it and with nothing changed, then ``-- --design-effect 1.8`` (its renders make
    only the pages whose inputs changed: the partial render). Targets: no change <= 0.10 x
    the baseline's warm build, a changed assumption <= 0.50 x.
``baseline_test_suite`` / ``test_suite_vs_baseline``
    Each tree's suite as CI runs it (``CI=true``, no Quarto, Chromium and axe-core present,
    ``../shared`` beside it; this tree's in parallel workers as ``nox -s test`` runs it).
    Target: <= 1.5 x the baseline's. ``slowest_test`` rows name this suite's slowest checks.

Without a ``quarto`` (``QUARTO_PATH`` or PATH) the builds stop after the gallery, and the
rows say so: the render steps are then not part of the ratios.

Writes ``benchmarks/results.csv`` (measure, item, value, unit, target, meets_target, runs,
note; the first rows, measure ``machine``, say what the numbers were measured on and when)
and ``benchmarks/results.md`` atomically. Everything is built in a temporary folder:
``data/`` and ``book/`` are not touched.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(tempfile.mkdtemp(prefix="kurultai-benchmark-"))
# Before analysis is imported: the processed tables of every command go to WORK.
os.environ["KURULTAI_PROCESSED_DIR"] = str(WORK / "processed")
sys.path.insert(0, str(ROOT))

from analysis import chapters  # noqa: E402
from analysis.io import atomic_write_text  # noqa: E402
from analysis.paths import BOOK  # noqa: E402

RESULTS_CSV = ROOT / "benchmarks" / "results.csv"
RESULTS_MD = ROOT / "benchmarks" / "results.md"
FIELDS = ["measure", "item", "value", "unit", "target", "meets_target", "runs", "note"]


def _median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _row(measure, item, value, unit, target=None, runs=1, note="", smaller_is_better=True):
    meets = ""
    if target is not None and value is not None:
        meets = "yes" if (value <= target if smaller_is_better else value >= target) else "no"
    return {
        "measure": measure,
        "item": item,
        "value": "" if value is None else (f"{value:.3f}" if isinstance(value, float) else value),
        "unit": unit,
        "target": "" if target is None else f"<= {target}",
        "meets_target": meets,
        "runs": runs,
        "note": note,
    }


def compile_bytecode() -> None:
    """Byte-compile the environment and the project (see the module docstring)."""
    import sysconfig

    for path in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        subprocess.run([sys.executable, "-m", "compileall", "-q", "-j0", path], check=False)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j0", str(ROOT / "analysis")])


def _command_seconds(args: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    def once() -> None:
        subprocess.run(
            [sys.executable, *args],
            cwd=ROOT,
            check=True,
            capture_output=True,
            env={**os.environ, **(env or {})},
        )

    return _median_seconds(once, runs)


def measure_commands(runs: int) -> list[dict]:
    """The pipeline, the artefact step and the gallery, each as a fresh process."""
    processed = WORK / "processed"
    # Both editions, each into its own project folder under WORK/book (as into book/ and
    # book/kk/ in a real build), so that the command builds them as `nox -s build` does.
    site = {"KURULTAI_BUILD_ROOT": str(WORK / "book")}
    note = "fresh process: interpreter start and imports included; bytecode compiled"
    return [
        _row(
            "pipeline_command",
            "python -m analysis.pipeline",
            round(_command_seconds(["-m", "analysis.pipeline", "--out", str(processed)], runs), 3),
            "s",
            2.0,
            runs,
            note,
        ),
        _row(
            "artefacts_command",
            "python -m analysis.artefacts",
            round(
                _command_seconds(
                    ["-m", "analysis.artefacts", "--processed", str(processed)], runs, site
                ),
                3,
            ),
            "s",
            5.0,
            runs,
            note + "; each run after the first reads back every figure and table the run "
            "before drew (an artefact step with nothing changed; a full draw is in build_clean)",
        ),
        _row(
            "gallery_command",
            "python -m analysis.gallery",
            round(
                _command_seconds(
                    ["-m", "analysis.gallery", "--out", str(WORK / "gallery")], runs, site
                ),
                3,
            ),
            "s",
            None,
            runs,
            note,
        ),
    ]


def measure_chapters() -> list[dict]:
    """Code run per chapter at render time: the number of code chunks and inline
    expressions (none: no kernel starts, so the time is zero)."""
    rows = []
    for path in chapters.chapter_files():
        text = path.read_text(encoding="utf-8")
        cells = len(chapters.chunks(text)) + text.count("`{python}")
        note = "no code: the chapter embeds artefacts" if cells == 0 else f"{cells} code cells"
        rows.append(
            _row("chapter_execution", path.name, 0.0 if cells == 0 else None, "s", 1.0, 1, note)
        )
    return rows


def measure_tests() -> list[dict]:
    """The test suite once, as ``nox -s test`` runs it (without the environment sync)."""
    # As CI runs it: the checks of the rendered book need a quarto and skip without one
    # (QUARTO_PATH, which the render measure may use, is not passed on).
    env = {k: v for k, v in os.environ.items() if k != "QUARTO_PATH"}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q"], cwd=ROOT, capture_output=True, env=env
    )
    seconds = round(time.perf_counter() - start, 1)
    last = done.stdout.decode(errors="replace").strip().splitlines()[-1:] or [""]
    return [_row("test_suite", "python -m pytest", seconds, "s", 90.0, 1, last[0])]


def measure_render() -> list[dict]:
    """Both editions rendered, one after the other, when a quarto is on PATH or in
    QUARTO_PATH."""
    import shutil

    quarto = os.environ.get("QUARTO_PATH") or shutil.which("quarto")
    if not quarto:
        return [
            _row(
                "quarto_render",
                "quarto render book, book/kk",
                None,
                "s",
                30.0,
                1,
                "not measured: no quarto on PATH (measured on a machine with Quarto)",
            )
        ]
    # Both editions, one after the other, as `nox -s build` renders them.
    start = time.perf_counter()
    for project in (BOOK, BOOK / "kk"):
        subprocess.run([quarto, "render", str(project)], cwd=ROOT, check=True, capture_output=True)
    return [
        _row(
            "quarto_render",
            "quarto render book, book/kk",
            round(time.perf_counter() - start, 1),
            "s",
            30.0,
            1,
            "both editions, one after the other, as nox -s build renders them; artefacts "
            "already built",
        )
    ]


def measure_figures() -> list[dict]:
    """Size of every figure's SVG (from the artefact step of :func:`measure_commands`)."""
    folder = WORK / "book" / "artefacts" / "en"
    return [
        _row("figure_file", path.name, path.stat().st_size, "bytes", 200_000)
        for path in sorted(folder.glob("fig-*.svg"))
    ]


def _export(ref: str | None, dest: Path) -> Path:
    """The tracked files of the repository at git ``ref`` (``None``: this working tree's, as
    they are now, uncommitted edits included) copied to ``dest``, with ``../shared`` beside
    it pointing at this checkout's (the seeds and public data, as in CI)."""
    import shutil

    dest.mkdir(parents=True)
    if ref is not None:
        archive = subprocess.run(
            ["git", "archive", ref], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    else:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode()
        for name in filter(None, listed.split("\0")):
            if (ROOT / name).is_file():
                (dest / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, dest / name)
    shared = ROOT.parent / "shared"
    if shared.is_dir() and not (dest.parent / "shared").exists():
        (dest.parent / "shared").symlink_to(shared, target_is_directory=True)
    return dest


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment of a fresh shell: none of this process's overrides or venv."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("KURULTAI_") and k not in {"VIRTUAL_ENV", "PYTHONPATH"}
    }
    env["UV_COMPILE_BYTECODE"] = "1"
    return {**env, **extra}


def _timed(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, str, int]:
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    return time.perf_counter() - start, done.stdout + done.stderr, done.returncode


class MeasureError(RuntimeError):
    """A measured command failed: its time says nothing about the target, so none is kept."""


def _succeeded(what: str, result: tuple[float, str, int]) -> tuple[float, str, int]:
    """``result`` of :func:`_timed` when its command succeeded; raises :class:`MeasureError`
    naming ``what``, the exit status and the end of its output otherwise (a failed build or
    test run is fast, and timing it would report a target met)."""
    _, output, code = result
    if code != 0:
        tail = "\n".join(output.strip().splitlines()[-15:])
        raise MeasureError(f"{what} failed (exit status {code}); nothing recorded:\n{tail}")
    return result


def _nox_build(project: Path, env: dict[str, str], *args: str) -> tuple[float, str, int]:
    """``nox -s build`` (with ``args`` after ``--``) in ``project``, timed; raises
    :class:`MeasureError` when it fails."""
    extra = ["--", *args] if args else []
    what = f"nox -s build {' '.join(extra)} in {project}".replace("  ", " ")
    return _succeeded(what, _timed(["uvx", "nox", "-s", "build", *extra], project, env))


def measure_against(ref: str, with_tests: bool) -> list[dict]:
    """The builds and test suites of this tree and of ``ref``, in one run (see the module
    docstring): times, and the ratios the project's targets are stated in."""
    import re
    import shutil

    work = WORK / "against"
    base = _export(ref, work / "base" / "project")
    ours = _export(None, work / "ours" / "project")
    quarto = os.environ.get("QUARTO_PATH") or shutil.which("quarto")
    env = _clean_env(**({"QUARTO_PATH": quarto} if quarto else {}))
    rendered = "with both editions rendered" if quarto else "no Quarto: the render steps not run"
    rows = []
    if with_tests:
        axe = os.environ.get(
            "AXE_CORE_JS", str(ROOT / "build/axe/node_modules/axe-core/axe.min.js")
        )
        test_env = {
            k: v for k, v in _clean_env(CI="true", AXE_CORE_JS=axe).items() if k != "QUARTO_PATH"
        }
        suites = {}
        for name, project, args in (
            ("baseline", base, []),
            ("ours", ours, ["-n", "auto", "--dist", "loadgroup", "--durations=8"]),
        ):
            subprocess.run(
                ["uv", "sync", "--locked", "--group", "test"],
                cwd=project,
                env=test_env,
                check=True,
                capture_output=True,
            )
            command = ["uv", "run", "--locked", "--group", "test", "python", "-m", "pytest"]
            seconds, output, _ = _succeeded(
                f"the test suite of {project}",
                _timed([*command, "-q", "-p", "no:cacheprovider", *args], project, test_env),
            )
            summary = [ln for ln in output.splitlines() if re.search(r"\d+ (passed|failed)", ln)]
            suites[name] = (seconds, summary[-1] if summary else "", output)
        ratio = suites["ours"][0] / suites["baseline"][0]
        rows += [
            _row(
                "baseline_test_suite",
                f"pytest ({ref})",
                round(suites["baseline"][0], 1),
                "s",
                note=suites["baseline"][1],
            ),
            _row(
                "test_suite_vs_baseline",
                "pytest -n auto",
                round(suites["ours"][0], 1),
                "s",
                note=suites["ours"][1],
            ),
            _row(
                "ratio_test_suite",
                "test_suite_vs_baseline / baseline_test_suite",
                round(ratio, 2),
                "×",
                1.5,
            ),
        ]
        slow = re.findall(r"^([\d.]+)s (call|setup|teardown)\s+(\S+)$", suites["ours"][2], re.M)
        rows += [
            _row("slowest_test", f"{test} ({phase})", float(sec), "s")
            for sec, phase, test in slow[:8]
        ]
    # Builds: each tree's first build installs its session's environment (not timed).
    _nox_build(base, env)
    base_warm, _, _ = _nox_build(base, env)
    _nox_build(ours, env)
    clean, _, _ = _nox_build(ours, env, "--clean")
    no_change, out_same, _ = _nox_build(ours, env)
    changed, out_changed, _ = _nox_build(ours, env, "--design-effect", "1.8")
    skipped = len(re.findall(r"skipped \(inputs unchanged", out_same))
    steps = "; ".join(re.findall(r"nox > ([\w, -]+: ran in [\d.]+ s)", out_changed))
    # What the renders made: the pages whose inputs changed, or every page.
    pages = re.findall(r"nox > (render-\w+: (?:\d+ page\(s\)|every page))", out_changed)
    steps = "; ".join([steps, *pages]) if pages else steps
    rows += [
        _row(
            "baseline_build_warm",
            f"nox -s build ({ref})",
            round(base_warm, 1),
            "s",
            note=rendered,
        ),
        _row("build_clean", "nox -s build -- --clean", round(clean, 1), "s", note=rendered),
        _row(
            "build_no_change",
            "nox -s build",
            round(no_change, 1),
            "s",
            note=f"{skipped} steps skipped",
        ),
        _row(
            "build_changed_assumption",
            "nox -s build -- --design-effect 1.8",
            round(changed, 1),
            "s",
            note=steps,
        ),
        _row(
            "ratio_no_change",
            "build_no_change / baseline_build_warm",
            round(no_change / base_warm, 3),
            "×",
            0.10,
        ),
        _row(
            "ratio_changed_assumption",
            "build_changed_assumption / baseline_build_warm",
            round(changed / base_warm, 3),
            "×",
            0.50,
        ),
    ]
    return rows


#: The weight the live charts add (issue 24): the scripts one edition serves (the Vega
#: bundle and charts.js, loaded once by a page with charts and cached), in bytes as sent
#: uncompressed and gzipped, and the time until every chart of a page is drawn in
#: Chromium (from the start of the page's load), per chapter with figures.
SCRIPT_BUDGET_BYTES = 950_000
#: The bundle is Vega, Vega-Lite and Vega-Embed as vl-convert ships them (about 900 KB,
#: 308 KB gzipped); the budget leaves room for charts.js and a minor version's growth.
SCRIPT_BUDGET_GZIP = 320_000
FIRST_RENDER_BUDGET_S = 2.0


def measure_chart_scripts() -> list[dict]:
    """Bytes of the scripts of the live charts, per edition (from the artefact step of
    :func:`measure_commands`)."""
    import gzip

    from analysis.figures.live import CHART_SCRIPT, VEGA_BUNDLE

    rows = []
    for lang, home in (("en", WORK / "book"), ("kk", WORK / "book" / "kk")):
        folder = home / "artefacts" / lang
        data = b"".join((folder / name).read_bytes() for name in (VEGA_BUNDLE, CHART_SCRIPT))
        item = f"{lang}: {VEGA_BUNDLE} + {CHART_SCRIPT}"
        note = "one copy per edition, loaded once by a page with charts, then cached"
        rows.append(_row("chart_scripts", item, len(data), "bytes", SCRIPT_BUDGET_BYTES, 1, note))
        rows.append(
            _row(
                "chart_scripts_gzip",
                item,
                len(gzip.compress(data, 9)),
                "bytes",
                SCRIPT_BUDGET_GZIP,
                1,
                "as a server sends it compressed",
            )
        )
    return rows


def measure_first_render(site: Path | None, runs: int = 3) -> list[dict]:
    """Seconds from the start of a page's load until all its charts are drawn, in headless
    Chromium (median of ``runs`` fresh pages): each chapter with figures of the rendered
    book ``site`` (both editions), or, without one, the gallery of every figure."""
    import functools
    import http.server
    import shutil
    import threading

    from analysis.registry import ENTRIES

    chromium = os.environ.get("KURULTAI_CHROMIUM") or shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if chromium is None:
        return [
            _row(
                "chart_first_render",
                "pages with charts",
                None,
                "s",
                FIRST_RENDER_BUDGET_S,
                1,
                "not measured: no Chromium or playwright",
            )
        ]
    if site is not None and (site / "index.html").is_file():
        pages = sorted(
            {Path(e.chapter).with_suffix(".html").name for e in ENTRIES if e.kind == "figure"}
        )
        root = site
        paths = [p for p in pages] + [f"kk/{p}" for p in pages]
        note = "rendered book"
    else:
        root = WORK / "gallery"
        paths = ["en/index.html", "kk/index.html"]
        note = "gallery: every figure on one page"

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(root))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    rows = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=chromium, args=["--no-sandbox", "--disable-gpu"]
            )
            for path in paths:
                times = []
                for _ in range(runs):
                    page = browser.new_page(viewport={"width": 1280, "height": 900})
                    page.goto(base + path, wait_until="load")
                    page.wait_for_function("window.kurultaiCharts")
                    page.evaluate("() => window.kurultaiCharts.ready")
                    times.append(page.evaluate("() => window.kurultaiCharts.drawnAt") / 1000)
                    page.close()
                rows.append(
                    _row(
                        "chart_first_render",
                        path,
                        round(statistics.median(times), 3),
                        "s",
                        FIRST_RENDER_BUDGET_S,
                        runs,
                        f"{note}; headless Chromium, 1280 px",
                    )
                )
            browser.close()
    finally:
        server.shutdown()
    return rows


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    cpu = platform.processor() or ""
    mem = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024**2:.1f} GiB"
                break
    except OSError:
        pass
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("pandas", "pandera", "altair", "vl-convert-python", "great-tables")
    )
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else ""
    return {
        "date measured": dt.date.today().isoformat(),
        "load average (1/5/15 min) at the end": load,
        "cores": str(os.cpu_count()),
        "cpu": cpu,
        "memory": mem,
        "system": platform.platform(),
        "python": platform.python_version(),
        "packages": versions,
    }


#: How the numbers were taken, at the head of results.md.
METHOD = [
    "Method: every command runs as a fresh process, with the environment byte-compiled first",
    "(`UV_COMPILE_BYTECODE=1`; this workplace sets `PYTHONDONTWRITEBYTECODE=1`). With",
    "`--against REF`, this tree's tracked files and those of commit REF are copied to",
    "temporary folders (with `../shared` beside each, as in CI), their environments installed",
    "(not timed), and then, in one run on the same machine: each tree's test suite as CI runs",
    "it (`CI=true`, no Quarto, Chromium and axe-core present; this tree's in parallel workers",
    "as `nox -s test` runs it); REF's `nox -s build` twice (the second run timed: REF rebuilt",
    "everything every time); this tree's `nox -s build -- --clean`, `nox -s build` with nothing",
    "changed, and `nox -s build -- --design-effect 1.8`. The `ratio_*` rows are the targets:",
    "no-change rebuild <= 0.10 x and changed-assumption rebuild <= 0.50 x REF's warm build, the",
    "suite <= 1.5 x REF's suite. The note of `build_changed_assumption` gives each step's time",
    "and what each render made: a changed design effect changes the numbers of five pages of",
    "each edition, and only those are rendered again (a partial render into the site the",
    "previous build left, byte-identical to a whole render: tests/test_render_pages.py); the",
    "two editions render at the same time on two cores. The machine is shared with other",
    "work: the load average is given below.",
]


def write_results(rows: list[dict], info: dict[str, str]) -> None:
    """Write results.csv and results.md atomically."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    atomic_write_text(RESULTS_CSV, buf.getvalue())
    lines = ["# Benchmark results", "", "Written by `benchmarks/benchmark.py`.", "", *METHOD, ""]
    lines += [f"- {k}: {v}" for k, v in info.items()]
    lines += ["", "| " + " | ".join(FIELDS) + " |", "|" + "---|" * len(FIELDS)]
    lines += ["| " + " | ".join(str(r[f]) for f in FIELDS) + " |" for r in rows]
    atomic_write_text(RESULTS_MD, "\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Measure, print the table, write the results; exit 1 if a target is missed."""
    parser = argparse.ArgumentParser(prog="benchmarks/benchmark.py", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="pipeline/gallery repetitions")
    parser.add_argument("--with-tests", action="store_true", help="also time the test suite")
    parser.add_argument(
        "--against", metavar="REF", help="compare builds and suites with git commit REF"
    )
    parser.add_argument(
        "--rendered",
        type=Path,
        default=None,
        help="a rendered book (book/_book): time its chapters' charts (else the gallery's)",
    )
    args = parser.parse_args(argv)
    compile_bytecode()
    rows = measure_commands(args.runs)
    rows += measure_chapters()
    rows += measure_figures()
    rows += measure_chart_scripts()
    rows += measure_first_render(args.rendered)
    if args.against:
        try:
            rows += measure_against(args.against, args.with_tests)
        except MeasureError as exc:
            print(f"benchmark: {exc}", file=sys.stderr)
            return 2
    else:
        if args.with_tests:
            rows += measure_tests()
        rows += measure_render()
    info = machine()
    rows = [_row("machine", key, value, "", runs="") for key, value in info.items()] + rows
    write_results(rows, info)
    for row in rows:
        if row["measure"] == "machine":
            print(f"     {row['item']}: {row['value']}")
            continue
        flag = {"yes": "ok  ", "no": "MISS", "": "    "}[row["meets_target"]]
        print(f"{flag} {row['measure']:<30} {row['item']:<42} {row['value']:>10} {row['unit']}")
    print(f"wrote {RESULTS_CSV.relative_to(ROOT)} and {RESULTS_MD.relative_to(ROOT)}")
    return 1 if any(r["meets_target"] == "no" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
