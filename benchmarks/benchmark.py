"""Speed and weight of the pipeline and the book, measured against the project's targets.

Run from the repository root (not a test; it takes a minute or two)::

    uv run python benchmarks/benchmark.py [--runs 5] [--chapter-runs 3] [--rendered book/_book]

What it measures (medians of ``--runs`` / ``--chapter-runs`` repetitions):

``pipeline_run``
    :func:`analysis.pipeline.run` in this process: load and validate raw data, derive,
    validate and write the processed tables (imports already done).
``pipeline_command``
    ``python -m analysis.pipeline --no-gallery`` as a fresh process: the same plus the
    interpreter's start and the imports.
``pipeline_command_with_gallery``
    ``python -m analysis.pipeline`` as a fresh process, gallery page included.
``gallery_build``
    :func:`analysis.gallery.write_gallery` in this process.
``chapter_cells``
    Each chapter's cells run in a Jupyter kernel (:func:`analysis.chapters.execute`): the sum
    of the cells' execution times that nbclient records (kernel start excluded).
``chapter_kernel_total``
    The same chapter run end to end, kernel start and shutdown included.
``figure_file``
    The size of each figure's SVG file, as the chapters embed it (from the gallery build).
``chapter_html``
    The size of each chapter's rendered HTML page, and ``chapter_page_weight`` that page
    plus its own ``<chapter>_files/`` folder (figures), from a Quarto render in
    ``--rendered`` (default ``book/_book``); reported as not measured when there is none.

Targets (from the issue): pipeline under 2 s, each chapter's cells under 5 s on the
reference two-core machine, no figure file over 200 KB (200,000 bytes).

Writes ``benchmarks/results.csv`` (one row per measurement: measure, item, value, unit,
target, meets_target, runs, note; the first rows, measure ``machine``, say what the numbers
were measured on and when) and ``benchmarks/results.md`` (the machine, the date of
measurement and the same table in Markdown, for the reproducing appendix), atomically.
The processed tables and gallery go to a temporary folder: ``data/`` is not touched.
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
# Before analysis is imported: processed tables (and the chapters' kernels) use WORK.
os.environ["KURULTAI_PROCESSED_DIR"] = str(WORK / "processed")
sys.path.insert(0, str(ROOT))

from analysis import chapters, gallery, pipeline  # noqa: E402
from analysis.io import atomic_write_text  # noqa: E402
from analysis.paths import BOOK, PROCESSED, RAW  # noqa: E402

PIPELINE_TARGET_S = 2.0
CHAPTER_TARGET_S = 5.0
FIGURE_TARGET_BYTES = 200_000
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


def measure_pipeline(runs: int) -> list[dict]:
    """Pipeline wall times (seconds), median of ``runs``."""
    rows = []
    pipeline.run(RAW, PROCESSED)  # warm the imports' lazy parts once
    t = _median_seconds(lambda: pipeline.run(RAW, PROCESSED), runs)
    rows.append(_row("pipeline_run", "analysis.pipeline.run()", t, "s", PIPELINE_TARGET_S, runs))
    out = WORK / "cli" / "processed"

    def command(*extra: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "analysis.pipeline", "--out", str(out), *extra],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )

    command("--no-gallery")  # byte-compile once, like any second run
    t = _median_seconds(lambda: command("--no-gallery"), runs)
    rows.append(
        _row(
            "pipeline_command",
            "python -m analysis.pipeline --no-gallery",
            t,
            "s",
            PIPELINE_TARGET_S,
            runs,
            "fresh process: interpreter start and imports included",
        )
    )
    t = _median_seconds(lambda: command(), runs)
    rows.append(
        _row(
            "pipeline_command_with_gallery",
            "python -m analysis.pipeline",
            t,
            "s",
            None,
            runs,
            "fresh process, gallery page of every figure and table included",
        )
    )
    return rows


def measure_gallery(runs: int) -> tuple[list[dict], Path]:
    """Gallery build time and the size of every figure file (bytes)."""
    out = WORK / "gallery"
    t = _median_seconds(lambda: gallery.write_gallery(out, PROCESSED), runs)
    rows = [_row("gallery_build", "analysis.gallery.write_gallery()", t, "s", None, runs)]
    for svg in sorted(out.glob("*.svg")):
        rows.append(_row("figure_file", svg.name, svg.stat().st_size, "bytes", FIGURE_TARGET_BYTES))
    rows.append(_row("gallery_html", "index.html", (out / "index.html").stat().st_size, "bytes"))
    return rows, out


def _cell_seconds(nb) -> float:
    total = 0.0
    for cell in nb.cells:
        timing = cell.get("metadata", {}).get("execution", {})
        start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
        if start and end:
            total += (_parse_time(end) - _parse_time(start)).total_seconds()
    return total


def _parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def measure_chapters(runs: int) -> list[dict]:
    """Each chapter's cell time and end-to-end kernel time (seconds), medians of ``runs``."""
    rows = []
    for path in chapters.chapter_files():
        cells, totals = [], []
        for _ in range(runs):
            start = time.perf_counter()
            nb = chapters.execute(path)
            totals.append(time.perf_counter() - start)
            cells.append(_cell_seconds(nb))
        rows.append(
            _row(
                "chapter_cells",
                path.name,
                statistics.median(cells),
                "s",
                CHAPTER_TARGET_S,
                runs,
                f"{len(nb.cells)} cells",
            )
        )
        rows.append(
            _row("chapter_kernel_total", path.name, statistics.median(totals), "s", None, runs)
        )
    return rows


def measure_rendered(rendered: Path) -> list[dict]:
    """Each chapter's rendered HTML size and page weight (bytes), if the book was rendered."""
    rows = []
    for path in chapters.chapter_files():
        page = rendered / path.with_suffix(".html").name
        if not page.is_file():
            note = f"not measured: no {page.name} in {rendered} (render with `nox -s build`)"
            rows.append(_row("chapter_html", path.name, None, "bytes", note=note))
            continue
        files = rendered / f"{path.stem}_files"
        extra = sum(p.stat().st_size for p in files.rglob("*") if p.is_file())
        size = page.stat().st_size
        rows.append(_row("chapter_html", path.name, size, "bytes"))
        rows.append(
            _row(
                "chapter_page_weight",
                path.name,
                size + extra,
                "bytes",
                note=f"HTML plus {path.stem}_files/ (shared site_libs not counted)",
            )
        )
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


def write_results(rows: list[dict], info: dict[str, str]) -> None:
    """Write results.csv and results.md atomically."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    atomic_write_text(RESULTS_CSV, buf.getvalue())
    lines = ["# Benchmark results", "", "Written by `benchmarks/benchmark.py`.", ""]
    lines += [f"- {k}: {v}" for k, v in info.items()]
    lines += ["", "| " + " | ".join(FIELDS) + " |", "|" + "---|" * len(FIELDS)]
    lines += ["| " + " | ".join(str(r[f]) for f in FIELDS) + " |" for r in rows]
    atomic_write_text(RESULTS_MD, "\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Measure, print the table, write the results; exit 1 if a target is missed."""
    parser = argparse.ArgumentParser(prog="benchmarks/benchmark.py", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="pipeline/gallery repetitions")
    parser.add_argument("--chapter-runs", type=int, default=3, help="runs of each chapter")
    parser.add_argument("--rendered", type=Path, default=BOOK / "_book", help="rendered book")
    args = parser.parse_args(argv)
    rows = measure_pipeline(args.runs)
    gallery_rows, _ = measure_gallery(args.runs)
    rows += gallery_rows
    rows += measure_chapters(args.chapter_runs)
    rows += measure_rendered(args.rendered)
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
