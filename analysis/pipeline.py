"""Raw -> processed: load, validate raw (lazily), derive, validate processed, write atomically.

Run with ``python -m analysis.pipeline`` (or ``nox -s pipeline``). Options:

``--accept-edits``
    After a deliberate edit of a raw file, do not stop on the checksum mismatch; once every
    table validates, record the new checksums in its ``source.yml`` (an invalid edit is
    reported and leaves ``source.yml`` as it was).
``--raw DIR`` / ``--out DIR``
    Read raw data from / write processed data to other folders (tests use this).
``--design-effect X``, ``--table-base B``, ... / ``--params FILE``
    The analytic assumptions (:mod:`analysis.params`): ``params.yml``, with any value
    overridden for this run. They are written as the processed table ``parameters``.

On any problem the command exits with status 1, prints every problem (file, CSV line,
column, rule) and leaves the processed folder exactly as it was.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
import traceback
from pathlib import Path

import pandas as pd

from analysis import (
    arguments,
    claims,
    composition,
    context,
    datapackage,
    meetings,
    params,
    quotes,
    records,
    rulebook,
    scales,
    survey,
)
from analysis.errors import PipelineError, Problem
from analysis.io import read_raw_csv
from analysis.outputs import Output, RawTables
from analysis.paths import ARTICLE_TEXT_ENV, PROCESSED, RAW, raw_label
from analysis.provenance import (
    CHECKSUM_MISMATCH,
    checksum_problems,
    record_checksums,
    source_folders,
)
from analysis.schemas.raw import RAW_TABLES
from analysis.store import write_processed
from analysis.validation import problems_from, validate

#: Every processed table, in build order (later builders may read earlier outputs).
OUTPUTS: list[Output] = [
    # First: the parameters of this build (put into ``built`` by :func:`build`).
    Output(
        "parameters",
        lambda _raw, built: built["parameters"],
        params.ParametersTable,
        (),
        "The analytic assumptions this build used (params.yml and command-line overrides)",
    ),
    *survey.OUTPUTS,
    *meetings.OUTPUTS,
    *composition.OUTPUTS,
    *context.OUTPUTS,
    *scales.OUTPUTS,
    *rulebook.OUTPUTS,
    *records.OUTPUTS,
    *arguments.OUTPUTS,
    # Keep last: the claims audit reads every table built before it.
    *claims.OUTPUTS,
]
#: Cross-table checks run on the validated raw tables before anything is derived.
CHECKS = [*meetings.CHECKS, *composition.CHECKS]

log = logging.getLogger(__name__)


def load_raw(raw_dir: Path = RAW, *, accept: bool = False, record: bool = True) -> RawTables:
    """Read and validate every raw table listed in :data:`RAW_TABLES`.

    Checks every ``source.yml`` checksum first (a changed checksum is reported only when
    everything else below passes: an invalid edit is reported by its rules alone), then
    reads and validates all tables,
    collecting the problems of every file before raising, then runs the cross-table
    :data:`CHECKS` and checks that the words copied as printed stand in the article's lines
    (:func:`analysis.quotes.check`; skipped, with one logged warning, when the article's text
    is not available).

    With ``accept`` true, a checksum that differs from ``source.yml`` is not a problem (a
    deliberate edit), and once everything above passes the new checksums are recorded in
    ``source.yml`` (unless ``record`` is false: :func:`run` records them only after the
    derived tables validate too). An invalid edit leaves ``source.yml`` untouched.

    Returns
    -------
    dict mapping the path under ``raw_dir`` (e.g. ``"article/meetings.csv"``) to the
    validated, type-coerced frame (RangeIndex in file order).

    Raises
    ------
    PipelineError
        Listing every problem found (file, line, column, rule).
    """
    problems: list[Problem] = []
    for folder in source_folders(raw_dir):
        problems += checksum_problems(folder, accepting=accept)
    # A changed checksum is news only when the edit is otherwise valid: an invalid edit is
    # reported by its rules alone (the student fixes the cell, not the checksum).
    edited = [p for p in problems if p.rule.startswith(CHECKSUM_MISMATCH)]
    problems = [p for p in problems if p not in edited]
    tables: RawTables = {}
    for path, model in RAW_TABLES.items():
        try:
            frame = read_raw_csv(raw_dir / path, model.to_schema().columns)
            tables[path] = validate(frame, model, raw_label(path))
        except PipelineError as exc:
            problems += [_relabel(p, raw_dir, path) for p in exc.problems]
    if problems:
        raise PipelineError(problems, "raw data are invalid; nothing was written")
    for check in CHECKS:
        try:
            problems += check(tables)
        except Exception as exc:  # a check that cannot run is a problem to report, not a crash
            problems.append(_crash_problem(f"cross-table check {check.__name__}", exc))
    quote_problems, notes = quotes.check(tables, raw_dir)
    problems += quote_problems
    if notes:  # said once per run, in one line
        log.warning("%s", _skipped_quote_check(len(notes)))
    if problems:
        raise PipelineError(
            problems,
            "raw tables disagree (with each other or with the article's text); nothing was written",
        )
    if edited:
        raise PipelineError(edited, "raw data were edited; nothing was written")
    if accept and record:
        record_checksums(raw_dir)
    return tables


def _skipped_quote_check(count: int) -> str:
    """The one line a run prints when a seed text is missing (or another version of it):
    what was skipped, where the text was looked for, and which README section to read."""
    configured = os.environ.get(ARTICLE_TEXT_ENV, "").strip()
    where = f"{ARTICLE_TEXT_ENV}={configured}" if configured else f"{ARTICLE_TEXT_ENV} not set"
    return (
        f"pipeline: quote check skipped ({count} seed text(s) not available; {where}); "
        'see README.md, section "The article\'s text"'
    )


def _relabel(problem: Problem, raw_dir: Path, path: str) -> Problem:
    # read_raw_csv names the file it opened; report the logical data/raw/... name instead.
    if problem.file.endswith(path):
        return Problem(raw_label(path), problem.line, problem.column, problem.rule, problem.value)
    return problem


def build(raw: RawTables, parameters: params.Params | None = None) -> dict[str, pd.DataFrame]:
    """Derive and validate every processed table of :data:`OUTPUTS` from validated raw tables.

    ``parameters`` (default: ``params.yml``) becomes the first processed table,
    ``parameters``, which every later builder may read (:func:`analysis.params.from_frame`).

    Raises
    ------
    PipelineError
        When a derived table breaks its model (a bug in a builder, or raw data that pass
        their own rules but not the derived ones); problems name ``data/processed/<name>``.
    """
    parameters = parameters if parameters is not None else params.load()
    built: dict[str, pd.DataFrame] = {"parameters": params.to_frame(parameters)}
    problems: list[Problem] = []
    for out in OUTPUTS:
        try:
            frame = out.build(raw, built).reset_index(drop=True)
        except Exception as exc:
            # Later builders may read this table: stop here, name it and its raw inputs.
            problems.append(
                _crash_problem(
                    f"data/processed/{out.name}",
                    exc,
                    f" (built from {', '.join(raw_label(i) for i in out.inputs)})",
                )
            )
            break
        try:
            built[out.name] = out.model.validate(frame, lazy=True)
        except Exception as exc:  # pandera SchemaErrors
            if not hasattr(exc, "failure_cases"):
                raise
            problems += problems_from(exc, f"data/processed/{out.name}")
            built[out.name] = frame
    if problems:
        raise PipelineError(problems, "derived tables are invalid; nothing was written")
    return built


def _crash_problem(where: str, exc: Exception, context: str = "") -> Problem:
    """A :class:`Problem` for a step that raised instead of reporting (a bug, or raw data the
    rules did not foresee); the exception's type and message say what went wrong."""
    rule = f"could not be computed{context}: {type(exc).__name__}: {exc}"
    return Problem(where, None, None, rule)


def serialise(tables: dict[str, pd.DataFrame]) -> dict[str, bytes]:
    """The bytes of every processed file: ``<name>.csv`` and ``<name>.parquet`` per table,
    and ``datapackage.json`` describing them (:mod:`analysis.datapackage`).

    CSV: UTF-8, comma, ``\\n`` line ends, dates as YYYY-MM-DD, empty for missing. Parquet:
    pyarrow, no index. All are byte-identical from run to run for the same input.
    """
    files: dict[str, bytes] = {}
    for name, frame in tables.items():
        buf = io.StringIO()
        frame.to_csv(buf, index=False, lineterminator="\n", date_format="%Y-%m-%d")
        files[f"{name}.csv"] = buf.getvalue().encode("utf-8")
        pbuf = io.BytesIO()
        frame.to_parquet(pbuf, index=False, engine="pyarrow")
        files[f"{name}.parquet"] = pbuf.getvalue()
    described = [out for out in OUTPUTS if out.name in tables]
    files["datapackage.json"] = datapackage.descriptor_bytes(files, described)
    return files


def run(
    raw_dir: Path = RAW,
    out_dir: Path = PROCESSED,
    *,
    accept: bool = False,
    parameters: params.Params | None = None,
) -> dict[str, pd.DataFrame]:
    """Load, validate, derive and write; returns the processed tables by name.

    ``parameters`` defaults to ``params.yml`` (:func:`analysis.params.load`). Raises
    :class:`PipelineError` (nothing written) on any invalid input.
    """
    tables = build(load_raw(raw_dir, accept=accept, record=False), parameters)
    if accept:  # only now that every table validates (an invalid edit is not recorded)
        record_checksums(raw_dir)
    write_processed(serialise(tables), out_dir)
    return tables


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis.pipeline",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--accept-edits",
        action="store_true",
        help="after a deliberate raw-data edit: record new checksums once the data validate",
    )
    parser.add_argument("--raw", type=Path, default=RAW, help="raw data folder")
    parser.add_argument("--out", type=Path, default=PROCESSED, help="processed data folder")
    params.add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        parameters = params.from_args(args)
    except (params.ParameterError, FileNotFoundError) as exc:
        print(f"pipeline: parameters: {exc}", file=sys.stderr)
        return 1
    try:
        tables = run(args.raw, args.out, accept=args.accept_edits, parameters=parameters)
    except PipelineError as exc:
        print(f"pipeline: {exc}", file=sys.stderr)
        return 1
    except Exception:  # a bug: show the traceback, and that nothing was written
        traceback.print_exc()
        print(
            f"pipeline: unexpected error (see above); nothing was written to {args.out}",
            file=sys.stderr,
        )
        return 1
    rows = sum(len(t) for t in tables.values())
    print(f"pipeline: wrote {len(tables)} tables ({rows} rows) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
