"""Chart of the claims audit: how many of the article's numbers the data reproduce."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.figures.common import WIDTH, scale, source_note
from analysis.prose.fmt import count

#: Claim verdict -> colour (Okabe-Ito: sky blue, vermillion, grey for "cannot be checked").
STATUS_COLOURS = {
    "Reproduced": "#56B4E9",
    "Inconsistent": "#D55E00",
    "Cannot be checked": "#8C8C8C",
}
TOPIC_ORDER = ["methods", "composition", "communication", "attitudes", "world practices", "context"]

#: Every word the chart draws, per language: verdict labels (status -> label, in the order
#: of :data:`STATUS_COLOURS`), topic labels (ledger topic -> label), axis and legend titles
#: and the source note (``{n}``: the number of claims).
WORDS = {
    "en": {
        "status": {
            "reproduced": "Reproduced",
            "inconsistent": "Inconsistent",
            "not_reproducible": "Cannot be checked",
        },
        "topic": {t: t for t in TOPIC_ORDER},
        "x": "Claims (count)",
        "legend": "Verdict",
        "source": (
            "Source: data/processed/claims_ledger ({n} claims), from "
            "data/raw/article/claims.csv checked by analysis/claims.py."
        ),
    },
    "kk": {
        "status": {
            "reproduced": "Қайталанды",
            "inconsistent": "Сәйкес келмейді",
            "not_reproducible": "Тексеру мүмкін емес",
        },
        "topic": {
            "methods": "әдістер",
            "composition": "құрамы",
            "communication": "коммуникация",
            "attitudes": "көзқарас",
            "world practices": "әлем тәжірибесі",
            "context": "контекст",
        },
        "x": "Тұжырымдар (саны)",
        "legend": "Тексеру нәтижесі",
        "source": (
            "Дереккөз: data/processed/claims_ledger ({n} тұжырым); "
            "data/raw/article/claims.csv кестесі analysis/claims.py арқылы тексерілген."
        ),
    },
}


def claims_status(ledger: pd.DataFrame, *, lang: str = "en") -> alt.Chart:
    """Stacked horizontal bars: claims per topic of the article, coloured by status.

    Parameters
    ----------
    ledger:
        Processed ``claims_ledger`` (one row per claim; ``topic`` and ``status`` used, status
        one of reproduced / inconsistent / not_reproducible).
    lang:
        ``"en"`` or ``"kk"``: the language of every word drawn (:data:`WORDS`).

    Returns an Altair chart (counts of claims on the x axis, topics on the y axis, in
    :data:`TOPIC_ORDER`) with the source note under it. Raises ``KeyError`` for a status or
    topic without a label in :data:`WORDS` or an unknown ``lang``.
    """
    words = WORDS[lang]
    colours = dict(
        zip(
            [words["status"][s] for s in WORDS["en"]["status"]],
            STATUS_COLOURS.values(),
            strict=True,
        )
    )
    df = (
        ledger.assign(
            status_label=ledger["status"].map(words["status"]),
            topic=ledger["topic"].map(words["topic"]),
        )
        .groupby(["topic", "status_label"], as_index=False)
        .size()
        .rename(columns={"size": "claims"})
    )
    if ledger["status"].map(words["status"]).isna().any():
        raise KeyError("a claim status has no label in analysis.figures.claims.WORDS")
    if ledger["topic"].map(words["topic"]).isna().any():
        raise KeyError("a claim topic has no label in analysis.figures.claims.WORDS")
    df["order"] = df["status_label"].map(list(colours).index)
    return (
        alt.Chart(df, width=WIDTH - 40, height=190)
        .mark_bar()
        .encode(
            x=alt.X("sum(claims):Q", title=words["x"], axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("topic:N", sort=[words["topic"][t] for t in TOPIC_ORDER], title=None),
            color=alt.Color(
                "status_label:N",
                scale=scale(colours),
                title=words["legend"],
                legend=alt.Legend(orient="bottom"),
            ),
            order=alt.Order("order:Q"),
            tooltip=["topic", "status_label", "claims"],
        )
        # One line per part of the note, so that it never sets the chart's width.
        .properties(
            title=source_note(words["source"].format(n=count(len(ledger), lang=lang)).split("; "))
        )
    )
