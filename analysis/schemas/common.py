"""Shared vocabulary and helpers for the pandera models."""

from __future__ import annotations

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
    """Field for a seed line range (see :data:`LOCATOR_REGEX`)."""
    return pa.Field(
        str_matches=LOCATOR_REGEX,
        description="Line range of the article's seed text that the value comes from.",
        metadata={"unit": "line numbers of ../shared/seeds/000_a46ed8cb280de15a.txt"},
        **kwargs,
    )


def status_field() -> pa.Field:
    """Field for ``value_status`` (see :data:`VALUE_STATUSES`)."""
    return pa.Field(
        isin=VALUE_STATUSES,
        description=(
            "reported: printed in the article; inferred: printed, with an ambiguity resolved "
            "by us (reasoning in note); implied: not printed, follows from printed numbers; "
            "derived: computed by us."
        ),
    )


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
