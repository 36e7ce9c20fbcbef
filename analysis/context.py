"""Context: the article's recommendations (and the world practices they draw on).

Source: the article's conclusion (seed lines 668-699), transcribed in
data/raw/article/recommendations.csv; world practices (lines 74-99) are built in
:mod:`analysis.composition` as ``world_practices``.
"""

from __future__ import annotations

import pandas as pd

from analysis.outputs import Output, RawTables
from analysis.schemas.raw import RecommendationsRaw


def build_recommendations(raw: RawTables, _: dict) -> pd.DataFrame:
    """The recommendations in printed order (columns of :class:`RecommendationsRaw`)."""
    return raw["article/recommendations.csv"].sort_values("rec_order").reset_index(drop=True)


OUTPUTS = [
    Output(
        "recommendations",
        build_recommendations,
        RecommendationsRaw,
        ("article/recommendations.csv",),
        "The article's recommendations",
    ),
]
