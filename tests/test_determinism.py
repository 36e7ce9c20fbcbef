"""Two runs from the same raw data give byte-identical processed files and chart specs.

The second run happens in a fresh interpreter with a different string-hash seed, so that
anything depending on set or dict order of strings, on object ids or on the clock would show
up as a difference.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import vl_convert as vlc

from analysis import book, pipeline
from analysis.paths import RAW, ROOT
from analysis.registry import ENTRIES

#: Run in the second interpreter: the pipeline, then every registered figure and table.
SECOND_RUN = """
import sys
from pathlib import Path

import vl_convert as vlc

from analysis import book, pipeline
from analysis.registry import ENTRIES

out, specs = Path(sys.argv[1]), Path(sys.argv[2])
pipeline.run(out_dir=out)
book.setup()  # the book's theme, as every chapter enables it
specs.mkdir()
for entry in ENTRIES:
    obj = book.build(entry.label, out)
    if entry.kind == "figure":
        (specs / f"{entry.label}.vl.json").write_text(obj.to_json(), "utf-8")
        (specs / f"{entry.label}.svg").write_text(vlc.vegalite_to_svg(obj.to_dict()), "utf-8")
    else:
        html = book.table_html(obj, entry.label)
        (specs / f"{entry.label}.html").write_text(html, "utf-8")
"""


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_two_runs_are_byte_identical(tmp_path):
    first = tmp_path / "first"
    pipeline.run(RAW, first)

    second, specs = tmp_path / "second", tmp_path / "specs"
    seed = "54321" if os.environ.get("PYTHONHASHSEED") == "12345" else "12345"
    env = {**os.environ, "PYTHONHASHSEED": seed, "KURULTAI_PROCESSED_DIR": str(second)}
    subprocess.run(
        [sys.executable, "-c", SECOND_RUN, str(second), str(specs)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )

    a, b = _files(first), _files(second)
    assert sorted(a) == sorted(b)
    expected = {f"{o.name}.{ext}" for o in pipeline.OUTPUTS for ext in ("csv", "parquet")}
    assert expected <= set(a)
    different = sorted(name for name in a if a[name] != b[name])
    assert different == [], f"processed files differ between runs: {different}"

    book.setup()
    figures = [e for e in ENTRIES if e.kind == "figure"]
    tables = [e for e in ENTRIES if e.kind == "table"]
    assert figures
    assert tables
    for entry in figures:
        chart = book.build(entry.label, first)
        spec = chart.to_json()
        assert spec == (specs / f"{entry.label}.vl.json").read_text("utf-8"), entry.label
        json.loads(spec)  # a complete Vega-Lite document
        svg = vlc.vegalite_to_svg(chart.to_dict())
        assert svg == (specs / f"{entry.label}.svg").read_text("utf-8"), entry.label
    for entry in tables:
        # great_tables gives each table a random HTML id unless one is set; book.table_html
        # sets it for rebuilds to be identical, and with it the HTML is.
        html = book.table_html(book.build(entry.label, first), entry.label)
        assert html == (specs / f"{entry.label}.html").read_text("utf-8"), entry.label
