"""Run pandera models and turn their failure cases into :class:`Problem` records."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from analysis.errors import PipelineError, Problem


def validate(frame: pd.DataFrame, model: type[pa.DataFrameModel], file: str) -> pd.DataFrame:
    """Validate ``frame`` lazily against ``model`` and return the coerced frame.

    ``frame`` must carry a RangeIndex in file order (as :func:`analysis.io.read_raw_csv`
    returns it) so that row ``i`` is reported as CSV line ``i + 2``.

    Raises
    ------
    PipelineError
        With one :class:`Problem` per failure case: file, line, column, rule and value.
    """
    try:
        return model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        raise PipelineError(problems_from(exc, file)) from None


def problems_from(exc: pa.errors.SchemaErrors, file: str) -> list[Problem]:
    """Convert pandera's failure cases into :class:`Problem` records (see :func:`validate`)."""
    problems = []
    for case in exc.failure_cases.to_dict("records"):
        index = case.get("index")
        line = int(index) + 2 if index is not None and not pd.isna(index) else None
        column = case.get("column")
        check = str(case.get("check"))
        if column is None or pd.isna(column) or column == exc.schema.name:
            column = None
        if check == "column_in_dataframe":
            column, rule = str(case["failure_case"]), "required column is missing"
        elif check == "column_in_schema":
            column, rule = str(case["failure_case"]), "column is not in the codebook"
        else:
            rule = _describe(check)
        value = case.get("failure_case")
        value = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else value
        problems.append(Problem(file, line, column, rule, str(value)[:80]))
    return problems


def _describe(check: str) -> str:
    plain = {
        "not_nullable": "value is required (empty cell)",
        "field_uniqueness": "value must be unique in the column (duplicate key)",
        "multiple_fields_uniqueness": "key columns must be unique together (duplicate key)",
    }
    if check in plain:
        return plain[check]
    if check.startswith("coerce_dtype") or check.startswith("dtype("):
        return f"value has the wrong type: {check}"
    return f"rule '{check}' failed"
