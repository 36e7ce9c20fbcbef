"""Quarto's pre-render step: make sure the artefacts this edition embeds exist and are current.

Quarto runs this with the `python` on PATH, from the project's folder (book/ or book/kk/),
and only after it has read the project: the include files must exist before Quarto starts,
so `uvx nox -s build` (which builds them) comes first. This step then rebuilds the edition's
artefacts when they are stale. It needs the project's environment (`nox -s build` provides
it); without it, it stops with a one-line hint instead of a traceback.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

# `nox -s build` runs the artefact step itself before it renders (only when its inputs
# changed) and says so: then there is nothing to check, and a render of single pages runs
# this once per page.
if os.environ.get("KURULTAI_ARTEFACTS_CURRENT") == "1":
    sys.exit(0)

try:
    import analysis.artefacts  # noqa: F401  (the project's package)
except ImportError:
    sys.exit(
        "pre-render: the project's Python package is not importable with this `python`; "
        "build the book with `uvx nox -s build` (or activate the project's .venv first)."
    )

from analysis.paths import PROCESSED

config = Path("_quarto.yml").read_text(encoding="utf-8") if Path("_quarto.yml").is_file() else ""
found = re.search(r"^lang:\s*(\w+)", config, re.MULTILINE)
lang = found.group(1) if found else "all"

if not (PROCESSED / "datapackage.json").is_file():
    subprocess.run([sys.executable, "-m", "analysis.pipeline"], check=True)
command = [sys.executable, "-m", "analysis.artefacts", "--if-stale", "--lang", lang]
sys.exit(subprocess.run(command).returncode)
