"""Context: the article's recommendations (and the world practices they draw on).

Source: the article's conclusion (seed lines 668-699), transcribed in
data/raw/article/recommendations.csv; world practices (lines 74-99) are built in
:mod:`analysis.composition` as ``world_practices``.
"""

from __future__ import annotations

from analysis.outputs import Output, sorted_raw
from analysis.schemas.raw import RecommendationsRaw

OUTPUTS = [
    Output(
        "recommendations",
        sorted_raw("article/recommendations.csv", ["rec_order"]),
        RecommendationsRaw,
        ("article/recommendations.csv",),
        "The article's recommendations",
    ),
]
