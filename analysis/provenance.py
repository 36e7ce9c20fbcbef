"""Provenance records: one ``source.yml`` per raw source folder, with sha256 of every file.

Field names follow Our World in Data's snapshot metadata (``producer``, ``citation_full``,
``url_main``, ``date_accessed``, ``date_published``, ``license``). Each file of the folder is
listed under ``files`` with its ``sha256``, ``bytes`` and a ``description``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

from analysis.errors import PipelineError, Problem
from analysis.io import atomic_write_text
from analysis.paths import RAW, raw_label

REQUIRED_FIELDS = (
    "title",
    "producer",
    "citation_full",
    "url_main",
    "date_accessed",
    "date_published",
    "license",
    "description",
    "files",
)


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def source_folders(raw_dir: Path = RAW) -> list[Path]:
    """Every folder under ``raw_dir`` that holds a ``source.yml``, sorted by name."""
    return sorted(p.parent for p in raw_dir.glob("*/source.yml"))


def load_source(folder: Path) -> dict[str, Any]:
    """Read ``folder/source.yml`` and check that every required field is present.

    Raises
    ------
    PipelineError
        The file is missing, is not valid YAML (the line is named), is not a YAML mapping, or
        lacks a required field.
    """
    path = folder / "source.yml"
    name = raw_label(f"{folder.name}/source.yml")
    if not path.is_file():
        raise PipelineError([Problem(name, None, None, "source.yml is missing")])
    try:
        # libyaml's loader when PyYAML has it (a tenth of the time; same values and marks)
        record = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        rule = f"source.yml is not valid UTF-8 YAML: {getattr(exc, 'problem', None) or exc}"
        raise PipelineError([Problem(name, line, None, rule)]) from None
    if not isinstance(record, dict):
        raise PipelineError([Problem(name, None, None, "source.yml must be a YAML mapping")])
    missing = [f for f in REQUIRED_FIELDS if f not in record]
    if missing:
        raise PipelineError(
            [Problem(name, None, f, "required provenance field is missing") for f in missing]
        )
    return record


#: How a checksum mismatch's rule starts (the pipeline holds these back while other rules fail).
CHECKSUM_MISMATCH = "checksum mismatch"


def checksum_problems(folder: Path, *, accepting: bool = False) -> list[Problem]:
    """Compare every file of ``folder`` with the sha256 recorded in its ``source.yml``.

    Returns one :class:`Problem` per file that is tampered with (both checksums named),
    listed but missing, or present but not listed. An empty list means all is in order.
    With ``accepting`` true (``--accept-edits``), a changed checksum is not a problem: the
    edit is deliberate, and :func:`accept_edits` records it once the data validate.
    Files are named ``data/raw/<source>/<file>`` whichever raw folder is checked.
    """
    record = load_source(folder)

    def label(path: Path) -> str:
        return raw_label(f"{folder.name}/{path.name}")

    listed: dict[str, dict[str, Any]] = record["files"] or {}
    problems: list[Problem] = []
    for fname, meta in sorted(listed.items()):
        path = folder / fname
        if not path.is_file():
            problems.append(Problem(label(path), None, None, "listed in source.yml but missing"))
            continue
        actual = sha256_of(path)
        if actual != meta.get("sha256") and not accepting:
            problems.append(
                Problem(
                    label(path),
                    None,
                    None,
                    f"{CHECKSUM_MISMATCH}: source.yml records sha256 "
                    f"{meta.get('sha256')} but the file has sha256 {actual}; if the edit is "
                    "deliberate, run `nox -s pipeline -- --accept-edits`",
                )
            )
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name != "source.yml" and path.name not in listed:
            problems.append(
                Problem(
                    label(path),
                    None,
                    None,
                    "file not listed in source.yml (add it under `files:`, then run "
                    "`nox -s pipeline -- --accept-edits`)",
                )
            )
    return problems


def accept_edits(folder: Path) -> list[str]:
    """Rewrite the sha256 and size of every listed file of ``folder`` after a deliberate edit.

    Returns the names of the files whose checksum changed. The rest of ``source.yml`` is kept;
    the file is rewritten atomically, and only when a checksum or size changed.
    """
    record = load_source(folder)
    changed = []
    for fname, meta in (record["files"] or {}).items():
        path = folder / fname
        if not path.is_file():
            continue
        digest = sha256_of(path)
        size = path.stat().st_size
        if meta.get("sha256") != digest or meta.get("bytes") != size:
            changed.append(fname)
        meta["sha256"] = digest
        meta["bytes"] = size
    if not changed:
        return changed
    atomic_write_text(
        folder / "source.yml",
        yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100),
    )
    return changed


def record_checksums(raw_dir: Path = RAW) -> dict[str, list[str]]:
    """:func:`accept_edits` for every source folder of ``raw_dir``.

    Call it only once the edited tables validate (:func:`analysis.pipeline.run` does), so
    that an invalid edit never reaches ``source.yml``. Returns, per folder name, the files
    whose checksum or size changed (folders with no change are left out).
    """
    changed = {folder.name: accept_edits(folder) for folder in source_folders(raw_dir)}
    return {name: files for name, files in changed.items() if files}
