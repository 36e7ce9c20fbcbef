"""Shared vocabulary and helpers for the pandera models."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pandera.pandas as pa

#: How a value came to be (DESIGN.md): printed, printed-but-ambiguous, follows from printed
#: numbers, or computed by this project.
VALUE_STATUSES = ["reported", "inferred", "implied", "derived"]
#: Seed line range, e.g. ``"377-384"`` or ``"182"``; several ranges joined by ", ".
LOCATOR_REGEX = r"^\d+(-\d+)?(, \d+(-\d+)?)*$"
#: Tolerance for shares that must close to 100 percent: each share is printed to one decimal,
#: so three rounded shares may miss 100 by up to 0.15 pp; we allow 0.2 pp.
ROUNDING_TOLERANCE_PP = 0.2
#: Life of the Kurultai as a consultative body, for date checks: from the first recorded
#: contact in the article (April 2022) to the end of 2026.
BODY_PERIOD = (pd.Timestamp("2022-01-01"), pd.Timestamp("2026-12-31"))
WAVE_YEARS = [2023, 2024]
PERSON_ID_REGEX = r"^[a-z]+(-[a-z]+)+$"


def locator_field(**kwargs) -> pa.Field:
    """Field for a seed line range (see :data:`LOCATOR_REGEX`). ``description`` and ``unit``
    (the codebook's unit) default to lines of the article's seed text."""
    return pa.Field(
        str_matches=LOCATOR_REGEX,
        description=kwargs.pop(
            "description", "Line range of the article's seed text that the value comes from."
        ),
        metadata={"unit": kwargs.pop("unit", "line numbers of the article")},
        **kwargs,
    )


#: What each of :data:`VALUE_STATUSES` means. "Source text": the article, or the other seed
#: a table's values come from (context_figures: seed 002); the raw files keep the reasoning
#: for an inferred value in their ``note`` column, even where the processed table has none.
STATUS_DESCRIPTION = (
    "`reported`: printed in the source text; `inferred`: printed, with an ambiguity resolved "
    "by us (reasoning in the `note` column of the raw file, under `data/raw`); `implied`: not "
    "printed, follows from printed numbers; `derived`: computed by us."
)


def status_field(of: str | None = None) -> pa.Field:
    """Field for ``value_status`` (see :data:`VALUE_STATUSES`), or for the status of the
    value ``of`` (words) when a table holds several values (e.g. ``status_2023``: "the 2023
    share (`share_2023_pct`)")."""
    prefix = f"Status of {of}. " if of else ""
    return pa.Field(isin=VALUE_STATUSES, description=prefix + STATUS_DESCRIPTION)


def share_field(**kwargs) -> pa.Field:
    """Field for a share in percent (0 to 100)."""
    return pa.Field(
        ge=0,
        le=100,
        description=kwargs.pop("description", "Share of respondents."),
        metadata={"unit": "percent (0-100)"},
        **kwargs,
    )


def closes_to_100(df: pd.DataFrame, keys: list[str], value: str = "share_pct") -> pd.Series:
    """One boolean per row: does the row's group (``keys``) sum to 100 within rounding?"""
    total = df.groupby(keys)[value].transform("sum")
    return (total - 100).abs() <= ROUNDING_TOLERANCE_PP


#: What a failing row of a row-wise check found, by the check's name:
#: ``detail(frame, row) -> str`` (``frame`` as validated, ``row`` its index label), shown as
#: the problem's "found:" value; e.g. the sum a closure check saw. Filled by
#: :func:`table_check`.
CHECK_DETAILS: dict[str, Callable[[pd.DataFrame | None, int], str]] = {}


def closure_sum(keys: list[str], value: str = "share_pct") -> Callable:
    """A ``detail`` for :func:`table_check`: the sum of ``value`` over the failing row's
    group (``keys``), e.g. ``"sum 100.4 (table_id table1, wave_year 2023)"``; empty when
    the frame or row is not available."""

    def detail(frame: pd.DataFrame | None, row: int) -> str:
        if frame is None or row not in frame.index or value not in frame.columns:
            return ""
        group = frame
        for key in keys:
            group = group[group[key] == frame.loc[row, key]]
        total = float(pd.to_numeric(group[value], errors="coerce").sum())
        where = ", ".join(f"{key} {frame.loc[row, key]}" for key in keys)
        return f"sum {total:.2f}".rstrip("0").rstrip(".") + f" ({where})"

    return detail


def table_check(name: str, detail: Callable | None = None, **kwargs):
    """``pa.dataframe_check(name=name, **kwargs)``, with a name that survives inheritance.

    pandera (0.35, ``BaseCheckInfo.to_check``) takes the name out of a check's stored
    arguments the first time a model becomes a schema, so the next model that inherits the
    check (a processed table built on a raw one, e.g. ``Sessions`` on ``SessionsRaw``) falls
    back to the function's name (``_order``), and which model keeps the real name depends on
    which was converted first. Naming the function after the check makes that fallback the
    same name, so error messages and the codebook always show the rule in words.

    ``detail(frame, row)``, when given, says what a failing row found (:data:`CHECK_DETAILS`).
    """
    if detail is not None:
        CHECK_DETAILS[name] = detail

    def decorate(fn):
        fn.__name__ = name
        return pa.dataframe_check(name=name, **kwargs)(fn)

    return decorate
