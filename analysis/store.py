"""Reading and writing folders of built files atomically (processed tables, artefacts).

Kept apart from :mod:`analysis.pipeline` so that readers (the artefact step, the gallery,
the prose values) need not import the pipeline and its domain modules.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pandas as pd

from analysis.paths import PROCESSED


def write_processed(files: dict[str, bytes], out_dir: Path = PROCESSED) -> None:
    """Replace ``out_dir`` with exactly ``files``, atomically as a whole.

    The files are written to a staging folder beside ``out_dir``, which then takes its place
    by renames; if anything fails before the swap, ``out_dir`` is untouched, and if the swap
    itself fails the old folder is put back.
    """
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}.staging-"))
    old = out_dir.parent / f".{out_dir.name}.old"
    moved = False
    try:
        staging.chmod(0o755)  # mkdtemp makes it private; the processed folder is for everyone
        for name, data in sorted(files.items()):
            (staging / name).write_bytes(data)
        if out_dir.exists():
            shutil.rmtree(old, ignore_errors=True)
            out_dir.rename(old)
            moved = True
        staging.rename(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if moved and not out_dir.exists():
            old.rename(out_dir)
        raise
    if moved:
        shutil.rmtree(old, ignore_errors=True)


def read_processed(name: str, out_dir: Path = PROCESSED) -> pd.DataFrame:
    """Read one processed table (parquet) written by :func:`run`.

    Raises ``FileNotFoundError`` with the command to run when the pipeline has not run yet.
    """
    path = Path(out_dir) / f"{name}.parquet"
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} does not exist: run `nox -s pipeline` (or `python -m analysis.pipeline`)"
        )
    return pd.read_parquet(path)
