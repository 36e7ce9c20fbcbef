"""Where things live, resolved from the package (never from the working directory)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
RAW = DATA / "raw"
#: Processed tables. ``KURULTAI_PROCESSED_DIR`` overrides it (the tests point it at a
#: temporary folder so that they never touch data/processed).
PROCESSED = Path(os.environ.get("KURULTAI_PROCESSED_DIR", DATA / "processed"))
BOOK = ROOT / "book"
#: The shared folder beside the checkout (seeds and public facts); only for provenance checks.
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "seeds" / "000_a46ed8cb280de15a.txt"


def relative(path: Path) -> str:
    """Return ``path`` relative to the repository root when it lies inside it (for messages)."""
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return Path(path).as_posix()


def raw_label(path: str) -> str:
    """How messages name a raw table: ``data/raw/<path>`` whatever folder it was read from."""
    return f"data/raw/{path}"
