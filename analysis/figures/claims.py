"""Chart of the claims audit: how many of the article's numbers the data reproduce."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.figures.common import WIDTH, scale, source_note

#: Claim verdict -> colour (Okabe-Ito: sky blue, vermillion, grey for "cannot be checked").
STATUS_COLOURS = {
    "Reproduced": "#56B4E9",
    "Inconsistent": "#D55E00",
    "Cannot be checked": "#8C8C8C",
}
TOPIC_ORDER = ["methods", "composition", "communication", "attitudes", "world practices", "context"]


def claims_status(ledger: pd.DataFrame) -> alt.Chart:
    """Stacked horizontal bars: claims per topic of the article, coloured by status.

    Parameters
    ----------
    ledger:
        Processed ``claims_ledger`` (one row per claim; ``topic`` and ``status`` used, status
        one of reproduced / inconsistent / not_reproducible).

    Returns an Altair chart (counts of claims on the x axis, topics on the y axis) with the
    source note under it. Raises ``KeyError`` if a status is not in :data:`STATUS_COLOURS`.
    """
    from analysis.claims import STATUS_LABELS

    df = (
        ledger.assign(status_label=ledger["status"].map(STATUS_LABELS))
        .groupby(["topic", "status_label"], as_index=False)
        .size()
        .rename(columns={"size": "claims"})
    )
    if df["status_label"].isna().any():
        raise KeyError("a claim status has no label in analysis.claims.STATUS_LABELS")
    df["order"] = df["status_label"].map(list(STATUS_COLOURS).index)
    total = len(ledger)
    return (
        alt.Chart(df, width=WIDTH, height=190)
        .mark_bar()
        .encode(
            x=alt.X("sum(claims):Q", title="Claims (count)", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("topic:N", sort=TOPIC_ORDER, title=None),
            color=alt.Color("status_label:N", scale=scale(STATUS_COLOURS), title="Verdict"),
            order=alt.Order("order:Q"),
            tooltip=["topic", "status_label", "claims"],
        )
        .properties(
            title=source_note(
                f"Source: data/processed/claims_ledger ({total} claims), from "
                "data/raw/article/claims.csv checked by analysis/claims.py."
            )
        )
    )
