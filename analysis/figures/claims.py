"""Chart of the claims audit: how many of the article's numbers the data reproduce."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.claims import STATUSES, status_labels
from analysis.figures.common import WIDTH, scale, source_note
from analysis.figures.live import narrow_param
from analysis.i18n import catalog

#: Claim verdict (ledger ``status``) -> colour (Okabe-Ito: blue for reproduced, sky blue for
#: "read back only", vermillion, grey for "cannot be checked").
STATUS_COLOURS = {
    "reproduced": "#0072B2",
    "read_back": "#56B4E9",
    "inconsistent": "#D55E00",
    "not_reproducible": "#8C8C8C",
}
TOPIC_ORDER = ["methods", "composition", "communication", "attitudes", "world practices", "context"]


def _id(code: str) -> str:
    return code.replace("_", "-").replace(" ", "-")


def claims_status(ledger: pd.DataFrame, *, lang: str = "en") -> alt.Chart:
    """Stacked horizontal bars: claims per topic of the article, coloured by status.

    Parameters
    ----------
    ledger:
        Processed ``claims_ledger`` (one row per claim; ``topic`` and ``status`` used, status
        one of reproduced / read_back / inconsistent / not_reproducible).
    lang:
        The language of every word drawn (``locales/<lang>/claims.ftl``: verdict labels
        ``claims-status-label-<status>``, topics ``claims-topic-<topic>``, axis and legend
        titles and the source note).

    Returns an Altair chart (counts of claims on the x axis, topics on the y axis, in
    :data:`TOPIC_ORDER`) with the source note under it. Raises ``KeyError`` for a status or
    topic without a label in the catalog.
    """
    loc = catalog(lang)
    unknown = sorted(set(ledger["status"]) - set(STATUSES)) + sorted(
        t for t in set(ledger["topic"]) if not loc.has("claims-topic-" + _id(t))
    )
    if unknown:
        raise KeyError(f"claim statuses or topics without a label in the catalog: {unknown}")
    status = status_labels(lang)
    topic = {t: loc("claims-topic-" + _id(t)) for t in set(ledger["topic"]) | set(TOPIC_ORDER)}
    colours = {status[s]: c for s, c in STATUS_COLOURS.items()}
    df = (
        ledger.assign(
            status_label=ledger["status"].map(status),
            topic=ledger["topic"].map(topic),
        )
        .groupby(["topic", "status_label"], as_index=False)
        .size()
        .rename(columns={"size": "claims"})
    )
    df["order"] = df["status_label"].map(list(colours).index)
    df["tip_claims"] = df["claims"].map(loc.count)
    note = loc("claims-chart-source", count=loc.count(len(ledger)), n=len(ledger))
    return (
        alt.Chart(df, width=WIDTH - 40, height=190)
        .mark_bar()
        .encode(
            x=alt.X("sum(claims):Q", title=loc("claims-chart-x"), axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("topic:N", sort=[topic[t] for t in TOPIC_ORDER], title=None),
            color=alt.Color(
                "status_label:N",
                scale=scale(colours),
                title=loc("claims-chart-legend"),
                # On a phone one verdict per line (a legend starts under the plot, beside
                # the labels, and would not fit in a row).
                legend=alt.Legend(
                    orient="bottom", columns=alt.ExprRef("narrow ? 1 : 2"), labelLimit=0
                ),
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("topic:N", title=loc("claims-chart-tip-topic")),
                alt.Tooltip("status_label:N", title=loc("claims-chart-legend")),
                alt.Tooltip("tip_claims:N", title=loc("claims-chart-x")),
            ],
        )
        # One line per part of the note, so that it never sets the chart's width.
        .properties(title=source_note(note.split("; ")))
        .add_params(narrow_param())
    )
