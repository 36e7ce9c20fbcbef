"""Charts of the composition chapter: the partial rebuild of the article's Figure 1."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from analysis.figures.common import CATEGORY_COLOURS
from analysis.figures.live import axis_title
from analysis.i18n import Catalog, catalog, data_field

#: Bar kind -> colour: coded fields in the book's blue; the two gaps in greys. The words
#: of the chart are the catalog's ``composition-chart-*`` messages
#: (``locales/<lang>/composition.ftl``).
KIND_STYLE = {
    "field": "#0072B2",
    "field_unknown": CATEGORY_COLOURS["neutral"],
    "not_identified": "#BDBDBD",
}
#: The data column of the article's own (Kazakh) wording of a bar's label.
ARTICLE_LABEL = "label_kk"


def _kind_id(kind: str) -> str:
    return kind.replace("_", "-")


def field_label(code: str, data_label: str, loc: Catalog) -> str:
    """The label of field ``code`` in ``loc``'s language: the catalog's
    ``composition-field-label-<code>`` (a short label; in English the data's own label,
    ``data_label``), or ``data_label`` for a code the catalog does not name."""
    msg_id = "composition-field-label-" + _kind_id(code)
    return loc(msg_id, codebook=data_label) if loc.has(msg_id) else data_label


def bar_labels(bars: pd.DataFrame, lang: str = "en") -> pd.Series:
    """The label of each bar of ``members_by_field`` in ``lang``: :func:`field_label` by
    ``bar_id`` over the data's label of the language (``label_en``, ``label_kk``). Raises
    ``ValueError`` for an unknown language."""
    loc = catalog(lang)
    data = bars[f"label_{data_field(lang)}"]
    return pd.Series(
        [field_label(c, d, loc) for c, d in zip(bars["bar_id"], data, strict=True)],
        index=bars.index,
        dtype=object,
    )


#: Sizes in px at the chart's own width (about 640 px, shown at 1:1 in a 678 px column):
#: no text under 11 px.
PLOT_WIDTH = 400
LABEL_WIDTH = 230
FONT_SIZE = 12
NOTE_SIZE = 11
BAR_STEP = 30


def _kind_word(kind: str, loc: Catalog) -> str:
    """The legend word of a bar kind (``composition-chart-kind-<kind>``)."""
    return loc("composition-chart-kind-" + _kind_id(kind))


def _gap_word(kind: str, loc: Catalog) -> str:
    """The bar label of a kind in the panel of all seats (``composition-chart-gap-<kind>``)."""
    return loc("composition-chart-gap-" + _kind_id(kind))


def _label_columns(lang: str) -> tuple[str, str]:
    """(column drawn on the y axis, column shown in the tooltip beside it): the edition's
    label column, and the article's wording (``label_kk``, or ``label_article`` when the
    edition's own column is ``label_kk``)."""
    label = f"label_{data_field(lang)}"
    return label, "label_article" if label == ARTICLE_LABEL else ARTICLE_LABEL


#: Characters per line of a bar label, and the labels' least width (px), on a phone (the
#: live chart's parameter ``narrow``, :func:`analysis.figures.live.narrow_param`).
NARROW_LABEL_CHARS = 22
NARROW_LABEL_WIDTH = 100


def _axis_y(order: list[str], column: str) -> alt.Y:
    from analysis.figures.live import label_expr

    return alt.Y(
        f"{column}:N",
        sort=order,
        title=None,
        axis=alt.Axis(
            # No label is cut short (0: no limit); on a phone long ones break into lines.
            labelLimit=0,
            labelExpr=label_expr({label: label for label in order}, NARROW_LABEL_CHARS),
            labelFontSize=FONT_SIZE,
            minExtent=alt.ExprRef(f"narrow ? {NARROW_LABEL_WIDTH} : {LABEL_WIDTH}"),
            ticks=False,
        ),
    )


def _title(text: str) -> alt.TitleParams:
    """A panel's title: on one line, or on a phone broken into lines."""
    from analysis.figures.live import wrapped

    lines = json.dumps(wrapped(text, NARROW_LABEL_CHARS), ensure_ascii=False)
    whole = json.dumps(text, ensure_ascii=False)
    return alt.TitleParams(alt.ExprRef(f"narrow ? {lines} : {whole}"), fontSize=13, anchor="start")


def _panel(
    df: pd.DataFrame, title: str, x_title: str, domain_max: float, lang: str
) -> alt.LayerChart:
    loc = catalog(lang)
    label, other = _label_columns(lang)
    order = df[label].tolist()
    df = df.assign(
        tip_persons=df["persons"].map(loc.count),
        tip_share=df["share_of_ever_appointed_pct"].map(loc.pct),
    )
    bars = (
        alt.Chart(df, title=_title(title))
        .mark_bar()
        .encode(
            x=alt.X(
                "persons:Q",
                title=axis_title(x_title),
                scale=alt.Scale(domain=[0, domain_max], nice=False),
                axis=alt.Axis(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE, tickMinStep=1),
            ),
            y=_axis_y(order, label),
            color=alt.Color(
                "kind_label:N",
                legend=None,
                scale=alt.Scale(
                    domain=[_kind_word(k, loc) for k in KIND_STYLE],
                    range=list(KIND_STYLE.values()),
                ),
            ),
            tooltip=[
                alt.Tooltip(f"{label}:N", title=loc("composition-chart-tip-bar")),
                alt.Tooltip(f"{other}:N", title=loc("composition-chart-tip-other")),
                alt.Tooltip("tip_persons:N", title=loc("composition-chart-tip-persons")),
                alt.Tooltip("tip_share:N", title=loc("composition-chart-tip-share")),
            ],
        )
    )
    labels = bars.mark_text(align="left", dx=4, fontSize=FONT_SIZE, color="#222").encode(
        text="persons:Q", color=alt.value("#222")
    )
    return alt.layer(bars, labels).properties(width=PLOT_WIDTH, height=BAR_STEP * len(df))


def members_by_field(members_by_field: pd.DataFrame, lang: str = "en") -> alt.VConcatChart:
    """Two panels: known members by coded field on their own scale; then, on a scale of the
    seats ever filled, how many seats have a stated field, an unknown one, or no name.

    Parameters
    ----------
    members_by_field:
        Processed ``members_by_field`` (bar_order, bar_id, label_en, label_kk, bar_kind,
        persons, share_of_ever_appointed_pct); one row per bar, persons summing to the
        seats ever filled (about 149).
    lang:
        The edition's language: every word drawn comes from the catalog's
        ``composition-chart-*`` messages (bar labels from :func:`bar_labels`). The frame
        keeps the edition's label column (``label_en``; in Kazakh ``label_kk``, the drawn
        label, with the article's wording moved to ``label_article``) and the article's
        wording, without the other language's labels.

    Raises ``ValueError`` for a ``bar_kind`` not in :data:`KIND_STYLE` or an unknown
    language.

    Counts are persons. The first panel's scale runs to its largest bar plus one, so
    that the coded fields are not slivers beside the large 'unknown' counts; the second
    panel's runs to the seats ever filled. Text is at least 11 px at the chart's width.
    """
    loc = catalog(lang)
    unknown = set(members_by_field["bar_kind"]) - set(KIND_STYLE)
    if unknown:
        raise ValueError(f"unknown bar_kind {sorted(map(str, unknown))}; known: {list(KIND_STYLE)}")
    label, other = _label_columns(lang)
    df = members_by_field.sort_values("bar_order")
    if other not in df.columns:
        df = df.assign(**{other: df[ARTICLE_LABEL]})
    df = df.assign(**{label: bar_labels(df, lang)})
    df = df[[c for c in df.columns if not c.startswith("label_") or c in (label, other)]]
    df = df.assign(kind_label=lambda d: d["bar_kind"].map(lambda k: _kind_word(k, loc)))
    fields = df[df["bar_kind"] == "field"]
    total = int(df["persons"].sum())
    coded = int(fields["persons"].sum())
    gaps = pd.concat(
        [
            pd.DataFrame(
                [
                    {
                        label: _gap_word("field", loc),
                        other: "",
                        "bar_kind": "field",
                        "persons": coded,
                        "share_of_ever_appointed_pct": round(100 * coded / total, 1),
                    }
                ]
            ),
            df[df["bar_kind"] != "field"].assign(
                **{label: lambda d: d["bar_kind"].map(lambda k: _gap_word(k, loc))}
            ),
        ],
        ignore_index=True,
    ).assign(kind_label=lambda d: d["bar_kind"].map(lambda k: _kind_word(k, loc)))
    top = _panel(
        fields,
        loc("composition-chart-top-title", coded=loc.count(coded)),
        loc("composition-chart-top-x"),
        int(fields["persons"].max()) + 1,
        lang,
    )
    bottom = _panel(
        gaps,
        loc("composition-chart-bottom-title", total=loc.count(total)),
        loc("composition-chart-bottom-x", total=loc.count(total)),
        total,
        lang,
    )
    note = alt.TitleParams(
        loc("composition-chart-note").split("\n"),
        orient="bottom",
        anchor="start",
        fontSize=NOTE_SIZE,
        fontWeight="normal",
        color="#444",
        offset=12,
    )
    from analysis.figures.live import narrow_param

    return alt.vconcat(top, bottom, spacing=24, title=note).add_params(narrow_param())
