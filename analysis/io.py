"""Reading raw CSV files strictly and writing outputs atomically.

Raw files are UTF-8 (a byte-order mark and Windows line ends are accepted), comma-separated,
with a header row and one record per line.
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

from analysis.errors import PipelineError, Problem, clip
from analysis.paths import relative


def read_raw_csv(path: Path, columns: Iterable[str]) -> pd.DataFrame:
    """Read one raw CSV file as text columns, checking encoding, delimiter, header and layout.

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
    (types are the schema's job, see :func:`analysis.validation.validate`).

    Accepted variants, read to the same frame: UTF-8 with or without a byte-order mark,
    ``\\n`` or ``\\r\\n`` line ends, blank lines at the very end of the file.

    Raises
    ------
    PipelineError
        File missing or empty, or a header without data rows; not UTF-8 (line and column of the
        first bad byte, with a hint about cp1251); not comma-separated; a header that differs
        from ``columns`` (one problem per missing, unexpected or repeated column, or the
        order); a repeated header row; a row with more or fewer fields than the header; a
        blank line inside the table; a cell holding a line break; a cell with spaces at its
        start or end.
    """
    name = relative(path)
    expected = list(columns)
    if not path.is_file():
        raise PipelineError([Problem(name, None, None, "file is missing")])
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems = [_encoding_problem(name, data, exc)]
        header = data.split(b"\n", 1)[0].decode("utf-8", errors="replace").strip()
        if _other_delimiter(next(csv.reader([header]), [])):
            problems.append(Problem(name, 1, None, DELIMITER_RULE, header))
        raise PipelineError(problems) from None
    if not text.strip():
        raise PipelineError([Problem(name, None, None, "file is empty (a header row is needed)")])

    records, problems = _records(name, text)
    if problems:
        raise PipelineError(problems)
    header = records[0][2]
    if header != expected:
        raise PipelineError(_header_problems(name, header, expected))

    # Blank lines at the very end are harmless (editors add them); drop them.
    while records and not any(cell.strip() for cell in records[-1][2]):
        records.pop()
    body = records[1:]
    if not body:
        raise PipelineError([Problem(name, None, None, "file has a header but no data rows")])
    for line, end, row in body:
        if not any(cell.strip() for cell in row):
            # A blank line would shift every later row's line number; refuse it.
            problems.append(Problem(name, line, None, "blank line inside the table (delete it)"))
            continue
        if end != line:
            problems.append(
                Problem(
                    name,
                    line,
                    None,
                    f"row runs over lines {line}-{end}: a cell holds a line break (or a quote "
                    '" is not closed); keep every row on one line',
                )
            )
            continue
        if row == header:
            problems.append(Problem(name, line, None, "the header row is repeated here"))
            continue
        if len(row) != len(header):
            rule = f"row has {len(row)} field(s), the header has {len(header)}"
            if len(row) == 1 and any(d in row[0] for d in ";\t|"):
                rule += "; fields must be separated by commas (found another delimiter)"
            problems.append(Problem(name, line, None, rule, clip(",".join(row))))
            continue
        for column, cell in zip(header, row, strict=True):
            if cell != cell.strip():
                problems.append(
                    Problem(
                        name,
                        line,
                        column,
                        "cell has spaces (or other blank characters) at its start or end",
                        clip(repr(cell)),
                    )
                )
    if problems:
        raise PipelineError(problems)
    # Line numbers must map to rows: row i is line i + 2 (checked above, no gaps).
    frame = pd.DataFrame([row for _, _, row in body], columns=header, dtype="str")
    return frame.replace("", pd.NA)


def _records(name: str, text: str) -> tuple[list[tuple[int, int, list[str]]], list[Problem]]:
    """Parse ``text`` as CSV: ``(first line, last line, fields)`` per record, or the problem."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, int, list[str]]] = []
    line = 1
    try:
        for row in reader:
            records.append((line, reader.line_num, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        rule = f'not a valid CSV row ({exc}); is a quote " not closed or misplaced?'
        return records, [Problem(name, line, None, rule)]
    return records, []


def _header_problems(name: str, header: list[str], expected: list[str]) -> list[Problem]:
    """One problem per mismatch between the file's header and the codebook's columns."""
    found = ",".join(header)
    if _other_delimiter(header):
        return [Problem(name, 1, None, DELIMITER_RULE, found)]
    problems = [
        Problem(name, 1, c, "required column is missing from the header", found)
        for c in expected
        if c not in header
    ]
    problems += [
        Problem(name, 1, c, "column is not in the codebook (unexpected column)", found)
        for c in dict.fromkeys(header)
        if c not in expected
    ]
    problems += [
        Problem(name, 1, c, "column appears more than once in the header", found)
        for c in dict.fromkeys(header)
        if header.count(c) > 1
    ]
    if not problems:
        problems.append(
            Problem(name, 1, None, f"columns are out of order; expected {expected}", found)
        )
    return problems


DELIMITER_RULE = (
    "fields must be separated by commas (found another delimiter; if Excel saved the file, "
    "choose 'CSV UTF-8 (comma delimited)')"
)


def _other_delimiter(header: list[str]) -> bool:
    """A header read as one field that holds ``;``, a tab or ``|``: another delimiter."""
    return len(header) == 1 and any(d in header[0] for d in ";\t|")


def _encoding_problem(name: str, data: bytes, exc: UnicodeDecodeError) -> Problem:
    """Name the line, column and byte where UTF-8 decoding failed."""
    start = data.rfind(b"\n", 0, exc.start) + 1
    line = data[: exc.start].count(b"\n") + 1
    header_end = data.find(b"\n")
    header = data[: header_end if header_end >= 0 else len(data)]
    header_fields = next(csv.reader([header.decode("utf-8-sig", errors="replace").strip()]), [])
    prefix = data[start : exc.start].decode("utf-8", errors="replace")
    field = len(next(csv.reader([prefix + "x"]), [""])) - 1
    named = line > 1 and len(header_fields) > 1 and 0 <= field < len(header_fields)
    column = header_fields[field] if named else None
    return Problem(
        name,
        line,
        column,
        "file must be UTF-8 encoded (was it saved as cp1251/Windows-1251 or another code "
        "page? re-save it as UTF-8)",
        f"byte 0x{data[exc.start]:02x} at offset {exc.start}",
    )


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
