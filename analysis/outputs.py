"""The contract between domain modules and the pipeline: what a processed table is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from analysis.errors import Problem

#: Raw tables keyed by their path under data/raw (e.g. "article/meetings.csv"), validated.
RawTables = dict[str, pd.DataFrame]


@dataclass(frozen=True)
class Output:
    """One processed table: how to build it from the raw tables, and its pandera model.

    ``inputs`` lists the raw files (paths under data/raw) it reads, for the provenance
    registry; ``build`` receives the validated raw tables and the processed tables built so
    far (earlier entries of the pipeline's list) and returns a frame the ``model`` accepts.
    """

    name: str
    build: Callable[[RawTables, dict[str, pd.DataFrame]], pd.DataFrame]
    model: type[pa.DataFrameModel]
    inputs: tuple[str, ...]
    title: str


#: A cross-table check: takes the validated raw tables, returns the problems it finds.
Check = Callable[[RawTables], list[Problem]]


def sorted_raw(path: str, sort: list[str]) -> Callable[[RawTables, dict], pd.DataFrame]:
    """A builder that returns the validated raw table ``path`` as it is, sorted by ``sort``."""

    def build(raw: RawTables, _: dict) -> pd.DataFrame:
        return raw[path].sort_values(sort).reset_index(drop=True)

    build.__doc__ = f"The validated raw table {path}, sorted by {sort}."
    return build
