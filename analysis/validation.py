"""Run pandera models and turn their failure cases into :class:`Problem` records.

Raw tables arrive as text (see :func:`analysis.io.read_raw_csv`). Before pandera sees them,
every typed cell is parsed strictly here, so that a mistyped cell is reported once, on its
own line and column, with a rule a student can act on ("decimal comma: write 32.0, not
32,0"), instead of being coerced silently (``" 32"``, ``"yes"`` as a boolean) or producing a
cascade of follow-on failures with no line.
"""

from __future__ import annotations

import ast
import re

import pandas as pd
import pandera.pandas as pa

from analysis.errors import PipelineError, Problem, clip
from analysis.schemas.common import CHECK_DETAILS

_INT = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NOT_A_NUMBER = {"nan", "na", "n/a", "null", "none", "inf", "+inf", "-inf", "infinity", "-"}


def validate(frame: pd.DataFrame, model: type[pa.DataFrameModel], file: str) -> pd.DataFrame:
    """Parse the text cells of ``frame`` strictly, validate lazily against ``model``, return it.

    ``frame`` must carry a RangeIndex in file order (as :func:`analysis.io.read_raw_csv`
    returns it) so that row ``i`` is reported as CSV line ``i + 2``. Columns the model types
    as integer, float, boolean or date are parsed here with strict rules (see
    :func:`parse_cell`); other columns stay text. When some cells fail to parse, the rules of
    the other columns are still checked and reported, but rules that span several columns are
    not (they would fail for the wrong reason).

    Returns
    -------
    The validated frame with the model's dtypes and the same RangeIndex.

    Raises
    ------
    PipelineError
        With one :class:`Problem` per failure: file, line, column, rule and value.
    """
    schema = model.to_schema()
    typed, problems = parse_frame(frame, schema, file)
    try:
        validated = model.validate(typed, lazy=True)
    except pa.errors.SchemaErrors as exc:
        found = _problems(exc, file)
        if problems:
            # Keep only single-column rules on columns that parsed: the others would fail
            # because of the unparsed cells, not because of what is in the file.
            bad = {p.column for p in problems}
            found = [(p, rw) for p, rw in found if not rw and p.column not in bad]
        problems += [p for p, _ in found]
    if problems:
        raise PipelineError(problems)
    return validated


def parse_frame(
    frame: pd.DataFrame, schema: pa.DataFrameSchema, file: str
) -> tuple[pd.DataFrame, list[Problem]]:
    """Parse each typed column of ``frame`` (text) into the type ``schema`` declares.

    Returns the frame with parsed columns (cells that do not parse become missing) and one
    :class:`Problem` per cell that does not parse. Columns absent from ``schema`` and text
    columns are returned unchanged.
    """
    out = frame.copy()
    problems: list[Problem] = []
    for name, column in schema.columns.items():
        if name not in frame.columns:
            continue
        kind = _kind(column.dtype)
        if kind == "str":
            continue
        values = []
        for i, cell in frame[name].items():
            if pd.isna(cell):
                values.append(None)
                continue
            value, rule = parse_cell(str(cell), kind)
            if rule:
                problems.append(Problem(file, int(i) + 2, name, rule, clip(str(cell))))
            values.append(value)
        out[name] = _series(values, kind, frame.index)
    return out, problems


def _kind(dtype) -> str:
    text = str(dtype).lower()
    if text.startswith("int") or text.startswith("uint"):
        return "int"
    if text.startswith("float"):
        return "float"
    if text.startswith("bool"):
        return "bool"
    if text.startswith("datetime"):
        return "date"
    return "str"


def _series(values: list, kind: str, index: pd.Index) -> pd.Series:
    dtypes = {"int": "Int64", "float": "Float64", "bool": "boolean"}
    if kind == "date":
        return pd.Series(pd.to_datetime(values), index=index).astype("datetime64[ns]")
    series = pd.Series(values, index=index, dtype=dtypes[kind])
    return series.astype("float64") if kind == "float" else series


def parse_cell(cell: str, kind: str) -> tuple[object, str]:
    """Parse one non-empty cell as ``kind`` (``int``, ``float``, ``bool`` or ``date``).

    Returns ``(value, "")`` or ``(None, rule)`` where ``rule`` says what is wrong and how to
    write it instead. Accepted: integers ``-12``; decimals with a point ``32.0``, ``1e3``;
    booleans ``true``/``false`` in any letter case; dates ``YYYY-MM-DD`` that exist in the
    calendar. Refused: decimal commas, thousands separators, percent signs, ``NaN``/``inf``
    and other words for missing values (leave the cell empty instead), other date formats.
    """
    if kind == "bool":
        # Excel writes TRUE/FALSE when it saves a CSV; any letter case means the same.
        if cell.lower() in ("true", "false"):
            return cell.lower() == "true", ""
        return None, "value must be true or false"
    if kind == "date":
        if _DATE.match(cell):
            value = pd.to_datetime(cell, format="%Y-%m-%d", errors="coerce")
            if pd.notna(value):
                return value, ""
            return None, "date does not exist in the calendar (month 01-12, day within month)"
        return None, "date must be written YYYY-MM-DD (e.g. 2022-06-14)"
    what = "a whole number" if kind == "int" else "a number"
    if cell.lower() in _NOT_A_NUMBER:
        return None, f"value must be {what}; leave the cell empty for a missing value"
    if cell.endswith("%"):
        return None, f"value must be {what} without a % sign (shares are in percent already)"
    if re.match(r"^[+-]?\d+,\d+$", cell) and kind == "float":
        return None, "decimal comma: write the decimal with a point (32.0, not 32,0)"
    if re.match(r"^[+-]?\d{1,3}([ ,\u00a0\u202f]\d{3})+(\.\d+)?$", cell):
        return None, f"value must be {what} without thousands separators"
    pattern, convert = (_INT, int) if kind == "int" else (_FLOAT, float)
    if pattern.match(cell):
        value = convert(cell)
        if abs(value) >= 2**53:  # beyond exact integers in a float64, and far beyond our data
            return None, f"value must be {what} of a sensible size"
        return value, ""
    if kind == "int" and _FLOAT.match(cell):
        return None, "value must be a whole number (no decimals)"
    return None, f"value must be {what}"


def problems_from(exc: pa.errors.SchemaErrors, file: str) -> list[Problem]:
    """Convert pandera's failure cases into :class:`Problem` records (see :func:`validate`).

    A row-wise (dataframe) check fails once per row: the problem names the first column of the
    schema that the check's name mentions (every such check names its main column). A
    uniqueness rule over several key columns names them all, joined by ``+``.
    """
    return [p for p, _ in _problems(exc, file)]


def _problems(exc: pa.errors.SchemaErrors, file: str) -> list[tuple[Problem, bool]]:
    """As :func:`problems_from`, each with a flag: does the rule span several columns?"""
    columns = list(exc.schema.columns) if hasattr(exc.schema, "columns") else []
    out: list[tuple[Problem, bool]] = []
    seen: set[tuple] = set()
    for case in exc.failure_cases.to_dict("records"):
        index = case.get("index")
        line = int(index) + 2 if index is not None and not pd.isna(index) else None
        column = case.get("column")
        check = str(case.get("check"))
        if column is None or pd.isna(column) or column == exc.schema.name:
            column = None
        value = _show(case.get("failure_case"))
        row_wise = False
        if check == "column_in_dataframe":
            column, rule, value = value, "required column is missing", ""
        elif check == "column_in_schema":
            column, rule, value = value, "column is not in the codebook", ""
        elif check == "multiple_fields_uniqueness":
            if (line, check) in seen:
                continue
            seen.add((line, check))
            column, rule, value = "+".join(_unique_keys(exc.schema)), _describe(check), ""
        elif case.get("schema_context") == "DataFrameSchema" and check not in _PLAIN:
            # One failure case per column of a failing row: report the row once.
            row_wise = True
            if (line, check) in seen:
                continue
            seen.add((line, check))
            column, rule, value = named_column(check, columns), _describe(check), ""
        else:
            rule = _describe(check)
        if row_wise and check in CHECK_DETAILS and line is not None:
            value = CHECK_DETAILS[check](getattr(exc, "data", None), line - 2)
        out.append((Problem(file, line, column, rule, clip(value)), row_wise))
    return out


def _show(value: object) -> str:
    """A failing value as the student typed it (dates without a time of day)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        return value.strftime("%Y-%m-%d")
    return str(value)


def _unique_keys(schema) -> list[str]:
    unique = getattr(schema, "unique", None) or []
    return [unique] if isinstance(unique, str) else list(unique)


def named_column(check: str, columns: list[str]) -> str | None:
    """The schema column that a row-wise check's name mentions first, if any."""
    hits = [
        (m.start(), c)
        for c in columns
        if (m := re.search(rf"(?<![\w]){re.escape(c)}(?![\w])", check)) is not None
    ]
    return min(hits)[1] if hits else None


_PLAIN = {
    "not_nullable": "value is required (empty cell)",
    "field_uniqueness": "value must be unique in the column (duplicate key)",
    "multiple_fields_uniqueness": "key columns must be unique together (duplicate key)",
}
#: Plain words for pandera's built-in column checks (their arguments, as Python literals,
#: fill the braces); the check's internal name is never shown.
_BUILTIN = {
    "greater_than_or_equal_to": "value must be at least {0}",
    "less_than_or_equal_to": "value must be at most {0}",
    "greater_than": "value must be greater than {0}",
    "less_than": "value must be less than {0}",
    "in_range": "value must lie between {0} and {1}",
    "isin": "value must be one of: {0}",
    "notin": "value must not be any of: {0}",
    "equal_to": "value must be {0}",
    "not_equal_to": "value must not be {0}",
    "str_matches": "text does not have the required form (pattern {0})",
    "str_contains": "text must contain {0}",
    "str_length": "text must be {0} to {1} characters long",
    "str_startswith": "text must start with {0}",
    "str_endswith": "text must end with {0}",
}
#: Type names in words, for a value pandera could not convert.
_TYPES = {
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "datetime": "a date (YYYY-MM-DD)",
    "str": "text",
    "object": "text",
}


def _words(value: object) -> str:
    """A check's argument as a reader writes it: lists as ``a, b, c``, text unquoted."""
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return ", ".join(_words(v) for v in items)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _describe(check: str) -> str:
    """A pandera check's failure in words (see :data:`_BUILTIN`); a check the models name
    in words themselves (:func:`analysis.schemas.common.table_check`) is that name."""
    if check in _PLAIN:
        return _PLAIN[check]
    if check.startswith("coerce_dtype") or check.startswith("dtype("):
        found = re.search(r"(int|float|bool|datetime|str|object)", check)
        return f"value must be {_TYPES[found.group(1)] if found else 'of another type'}"
    check = check.replace(" 00:00:00", "")
    name, _, args = check.partition("(")
    if name in _BUILTIN and args.endswith(")"):
        try:
            values = ast.literal_eval(f"({args[:-1]},)")
        except (ValueError, SyntaxError):
            values = (args[:-1],)
        return _BUILTIN[name].format(*(_words(v) for v in values), *([""] * 2))
    return f"rule broken: {check}"
