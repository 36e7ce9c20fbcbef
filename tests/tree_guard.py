"""The test suite leaves the working tree alone: what the build writes is byte-identical
before and after it (checked once per session, by the conftest's session hooks).

Every test that builds or renders works in a temporary folder (``KURULTAI_PROCESSED_DIR``,
``KURULTAI_BUILD_ROOT``, ``tmp_path``); this is the net under that rule.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

#: What a build writes (and a user may have just built), relative to the repository, and
#: the inputs tests must never edit in place (they edit copies).
WATCHED = (
    "book/_book",
    "book/.quarto",
    "book/artefacts",
    "book/downloads",
    "book/_variables.yml",
    "book/kk/_book",
    "book/kk/.quarto",
    "book/kk/artefacts",
    "book/kk/downloads",
    "book/kk/_variables.yml",
    "data/processed",
    "data/raw",
    "build",
    "params.yml",
)
#: Folders whose content is not the build's (caches).
IGNORED = frozenset({"__pycache__"})


def snapshot(root: Path, watched=WATCHED) -> dict[str, str]:
    """``{relative path: sha256}`` of every file under the ``watched`` paths of ``root``
    (a path that does not exist is recorded as ``"absent"``)."""
    out: dict[str, str] = {}
    for name in watched:
        path = root / name
        if path.is_file():
            out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
            continue
        if not path.is_dir():
            out[name] = "absent"
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in IGNORED)
            for file in files:
                full = Path(folder) / file
                key = full.relative_to(root).as_posix()
                out[key] = hashlib.sha256(full.read_bytes()).hexdigest()
    return out


def changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """What differs between two snapshots, one line per path: added, removed, changed."""
    lines = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if old in (None, "absent"):
            lines.append(f"written: {key}")
        elif new in (None, "absent"):
            lines.append(f"removed: {key}")
        else:
            lines.append(f"changed: {key}")
    return lines
