"""Two runs from the same raw data give byte-identical processed files and artefacts.

The second run happens in a fresh interpreter with a different string-hash seed, so that
anything depending on set or dict order of strings, on object ids or on the clock would show
up as a difference.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from analysis import pipeline
from analysis.paths import PROCESSED, ROOT

#: Run in the second interpreter: the pipeline, then the artefact step.
SECOND_RUN = """
import sys
from pathlib import Path

from analysis import artefacts, pipeline

out, arte = Path(sys.argv[1]), Path(sys.argv[2])
pipeline.run(out_dir=out)
artefacts.build(out, arte / "artefacts", arte / "_variables.yml", downloads=arte / "downloads")
"""


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_two_runs_are_byte_identical(tables, built_artefacts, tmp_path):
    # The first run: the test session's own pipeline and (English) artefact step.
    first, first_art = PROCESSED, built_artefacts["root"]

    second, second_art = tmp_path / "second", tmp_path / "second-art"
    seed = "54321" if os.environ.get("PYTHONHASHSEED") == "12345" else "12345"
    env = {**os.environ, "PYTHONHASHSEED": seed, "KURULTAI_PROCESSED_DIR": str(second)}
    subprocess.run(
        [sys.executable, "-c", SECOND_RUN, str(second), str(second_art)],
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
    assert sorted(name for name in a if a[name] != b[name]) == []

    c, d = _files(first_art), _files(second_art)
    assert sorted(c) == sorted(d)
    assert any(name.endswith(".svg") for name in c)
    assert any(name.endswith(".png") for name in c)
    assert sorted(name for name in c if c[name] != d[name]) == []
