"""Raw -> processed: load, validate raw (lazily), derive, validate processed, write atomically.

Run with ``python -m analysis.pipeline`` (or ``nox -s pipeline``). Options:

``--accept-edits``
    After a deliberate edit of a raw file, rewrite the checksums in its ``source.yml``
    instead of stopping on the mismatch.
``--raw DIR`` / ``--out DIR``
    Read raw data from / write processed data to other folders (tests use this).
``--gallery DIR`` / ``--no-gallery``
    After the processed tables, the command writes the gallery page of every figure and
    table (:mod:`analysis.gallery`) to ``gallery/`` beside ``--out`` (``data/gallery/``),
    or to DIR; ``--no-gallery`` skips it. :func:`run` never writes it.

On any problem the command exits with status 1, prints every problem (file, CSV line,
column, rule) and leaves the processed folder exactly as it was.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

import pandas as pd

from analysis import claims, composition, context, datapackage, meetings, survey
from analysis.errors import PipelineError, Problem
from analysis.io import read_raw_csv
from analysis.outputs import Output, RawTables
from analysis.paths import PROCESSED, RAW, raw_label
from analysis.provenance import accept_edits, checksum_problems, source_folders
from analysis.schemas.raw import RAW_TABLES
from analysis.validation import problems_from, validate

#: Every processed table, in build order (later builders may read earlier outputs).
OUTPUTS: list[Output] = [
    *survey.OUTPUTS,
    *meetings.OUTPUTS,
    *composition.OUTPUTS,
    *context.OUTPUTS,
    # Keep last: the claims audit reads every table built before it.
    *claims.OUTPUTS,
]
#: Cross-table checks run on the validated raw tables before anything is derived.
CHECKS = [*meetings.CHECKS, *composition.CHECKS]


def load_raw(raw_dir: Path = RAW, *, accept: bool = False) -> RawTables:
    """Read and validate every raw table listed in :data:`RAW_TABLES`.

    Checks every ``source.yml`` checksum first (or rewrites them when ``accept`` is true),
    then reads and validates all tables, collecting the problems of every file before
    raising, then runs the cross-table :data:`CHECKS`.

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
        if accept:
            accept_edits(folder)
        problems += checksum_problems(folder)
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
    if problems:
        raise PipelineError(problems, "raw tables disagree; nothing was written")
    return tables


def _relabel(problem: Problem, raw_dir: Path, path: str) -> Problem:
    # read_raw_csv names the file it opened; report the logical data/raw/... name instead.
    if problem.file.endswith(path):
        return Problem(raw_label(path), problem.line, problem.column, problem.rule, problem.value)
    return problem


def build(raw: RawTables) -> dict[str, pd.DataFrame]:
    """Derive and validate every processed table of :data:`OUTPUTS` from validated raw tables.

    Raises
    ------
    PipelineError
        When a derived table breaks its model (a bug in a builder, or raw data that pass
        their own rules but not the derived ones); problems name ``data/processed/<name>``.
    """
    built: dict[str, pd.DataFrame] = {}
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


def run(
    raw_dir: Path = RAW, out_dir: Path = PROCESSED, *, accept: bool = False
) -> dict[str, pd.DataFrame]:
    """Load, validate, derive and write; returns the processed tables by name.

    Raises :class:`PipelineError` (nothing written) on any invalid input.
    """
    tables = build(load_raw(raw_dir, accept=accept))
    write_processed(serialise(tables), out_dir)
    return tables


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
        help="rewrite source.yml checksums after a deliberate raw-data edit",
    )
    parser.add_argument("--raw", type=Path, default=RAW, help="raw data folder")
    parser.add_argument("--out", type=Path, default=PROCESSED, help="processed data folder")
    parser.add_argument(
        "--gallery",
        type=Path,
        default=None,
        help="gallery folder (default: gallery/ beside --out; see analysis.gallery)",
    )
    parser.add_argument("--no-gallery", action="store_true", help="write the processed tables only")
    args = parser.parse_args(argv)
    try:
        tables = run(args.raw, args.out, accept=args.accept_edits)
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
    if not args.no_gallery:
        from analysis.gallery import write_gallery  # imports analysis.book, which imports us

        print(f"pipeline: wrote the gallery {write_gallery(args.gallery, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
