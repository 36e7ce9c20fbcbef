"""Quarto's pre-render step: make sure the artefacts the chapters embed exist and are current.

Quarto runs this with the `python` on PATH, from the book folder. It needs the project's
environment (`uv sync`, then `uv run quarto render book`, or an activated `.venv`): without
it, it stops with a one-line hint instead of a traceback.
"""

import subprocess
import sys

try:
    import analysis.artefacts  # noqa: F401  (the project's package)
except ImportError:
    sys.exit(
        "pre-render: the project's Python package is not importable with this `python`; "
        "run `uv sync` and then `uv run quarto render book` (or activate .venv)."
    )

from analysis.paths import PROCESSED

if not (PROCESSED / "datapackage.json").is_file():
    subprocess.run([sys.executable, "-m", "analysis.pipeline"], check=True)
sys.exit(subprocess.run([sys.executable, "-m", "analysis.artefacts", "--if-stale"]).returncode)
