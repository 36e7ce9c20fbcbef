"""Reading raw CSV files strictly and writing outputs atomically.

Raw files are UTF-8 (a byte-order mark is accepted), comma-separated, with a header row.
Every problem is raised as :class:`analysis.errors.PipelineError` naming the file and line.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis.errors import PipelineError, Problem
from analysis.paths import relative


def read_raw_csv(path: Path, columns: Iterable[str]) -> pd.DataFrame:
    """Read one raw CSV file as text columns, checking encoding, delimiter and header.

    Parameters
    ----------
    path:
        The CSV file.
    columns:
        The exact header the file must have (order included).

    Returns
    -------
    DataFrame with one ``str`` column per header field and a RangeIndex; row ``i`` of the
    frame is line ``i + 2`` of the file. Empty cells are ``NA``; nothing is converted yet
    (types are the schema's job).

    Raises
    ------
    PipelineError
        File missing or empty; not UTF-8 (the line of the first bad byte is named); a header
        that differs from ``columns`` (missing, extra or reordered columns, or a wrong
        delimiter); a row with more or fewer fields than the header.
    """
    name = relative(path)
    expected = list(columns)
    if not path.is_file():
        raise PipelineError([Problem(name, None, None, "file is missing")])
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PipelineError(
            [
                Problem(
                    name,
                    line,
                    None,
                    "file must be UTF-8 encoded (was it saved as cp1251/Windows-1251? "
                    "re-save it as UTF-8)",
                    f"byte 0x{data[exc.start]:02x} at offset {exc.start}",
                )
            ]
        ) from None
    if not text.strip():
        raise PipelineError([Problem(name, None, None, "file is empty (a header row is needed)")])

    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    problems: list[Problem] = []
    if header != expected:
        if len(header) == 1 and any(d in header[0] for d in ";\t|"):
            rule = "fields must be separated by commas (found another delimiter)"
        else:
            missing = [c for c in expected if c not in header]
            extra = [c for c in header if c not in expected]
            parts = []
            if missing:
                parts.append(f"missing column(s) {missing}")
            if extra:
                parts.append(f"unexpected column(s) {extra}")
            if not parts:
                parts.append(f"columns out of order; expected {expected}")
            rule = "header does not match the codebook: " + "; ".join(parts)
        raise PipelineError([Problem(name, 1, None, rule, ",".join(header))])

    body = rows[1:]
    for i, row in enumerate(body):
        if len(row) != len(header) and any(cell.strip() for cell in row):
            problems.append(
                Problem(
                    name,
                    i + 2,
                    None,
                    f"row has {len(row)} field(s), the header has {len(header)}",
                    ",".join(row)[:80],
                )
            )
    if problems:
        raise PipelineError(problems)
    body = [row for row in body if any(cell.strip() for cell in row)]
    if len(body) != len(rows) - 1:
        # Blank lines shift line numbers; refuse them rather than report wrong lines.
        blank = [i + 2 for i, row in enumerate(rows[1:]) if not any(c.strip() for c in row)]
        raise PipelineError(
            [Problem(name, ln, None, "blank line inside the table") for ln in blank]
        )
    frame = pd.DataFrame(body, columns=header, dtype="str")
    return frame.replace("", pd.NA)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    A reader never sees a half-written file; on error the old file stays as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically (see :func:`atomic_write_bytes`); newlines are ``\\n``."""
    atomic_write_bytes(path, text.encode("utf-8"))
