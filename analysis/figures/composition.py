"""Charts of the composition chapter: the partial rebuild of the article's Figure 1."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.figures.common import CATEGORY_COLOURS

#: Bar kind -> (label, colour). Coded fields in the book's blue; the two gaps in greys.
KIND_STYLE = {
    "field": ("Known member, field stated", "#0072B2"),
    "field_unknown": ("Known member, field unknown", CATEGORY_COLOURS["neutral"]),
    "not_identified": ("Seat not identified", "#BDBDBD"),
}
#: Every word the chart draws, per language (``{coded}``/``{total}``: persons).
WORDS = {
    "en": {
        "kind": {k: v[0] for k, v in KIND_STYLE.items()},
        "gap": {
            "field": "Known, field stated",
            "field_unknown": "Known, field unknown",
            "not_identified": "Not identified",
        },
        "top_title": "Known members whose field a source states ({coded})",
        "top_x": "Persons",
        "bottom_title": "All seats ever filled (about {total})",
        "bottom_x": "Seats (of about {total})",
        "tip_bar": "Bar",
        "tip_other": "Kazakh",
        "tip_persons": "Persons",
        "tip_share": "Share of seats ever filled (%)",
        "note": [
            "Sources: the article's newcomer list (lines 188-194) and Table 3 (lines 465-611);",
            "news reports gathered in a partial roster. Fields: our coding.",
        ],
    },
    "kk": {
        "kind": {
            "field": "Белгілі мүше, саласы көрсетілген",
            "field_unknown": "Белгілі мүше, саласы белгісіз",
            "not_identified": "Орны анықталмаған",
        },
        "gap": {
            "field": "Белгілі, саласы көрсетілген",
            "field_unknown": "Белгілі, саласы белгісіз",
            "not_identified": "Анықталмаған",
        },
        "top_title": "Саласын дереккөз көрсеткен белгілі мүшелер ({coded})",
        "top_x": "Адам саны",
        "bottom_title": "Осы уақытқа дейін толтырылған барлық орын (шамамен {total})",
        "bottom_x": "Орын саны (барлығы шамамен {total})",
        "tip_bar": "Баған",
        "tip_other": "Ағылшынша",
        "tip_persons": "Адам саны",
        "tip_share": "Толтырылған орындардағы үлесі (%)",
        "note": [
            "Дереккөздер: мақаладағы жаңа мүшелер тізімі (188–194-жолдар) және 3-кесте",
            "(465–611-жолдар); ішінара тізімге жиналған жаңалық хабарлары. Салалар: біздің кодтау.",
        ],
    },
}
#: Short Kazakh bar labels of the codebook's fields (``field_code`` -> label); the
#: codebook's ``label_kk`` holds the article's full wording, too long for an axis.
FIELD_LABELS_KK = {
    "politics": "Саясаткерлер мен делегаттар",
    "public_figures": "Мемлекет, қоғам қайраткерлері",
    "science": "Ғалымдар",
    "culture_arts": "Мәдениет және өнер",
    "media": "БАҚ",
    "economy_business": "Экономика және бизнес",
    "medicine": "Медицина",
    "education": "Білім беру",
    "sport": "Спорт",
    "youth": "Жастар қозғалысы",
    "ngo_sector": "Үкіметтік емес сектор",
    "expert_community": "Сарапшылар қоғамдастығы",
    "public_councils": "Қоғамдық кеңестер өкілдері",
    "unknown": "Саласы белгісіз",
}


def bar_labels(bars: pd.DataFrame, lang: str = "en") -> pd.Series:
    """The label of each bar of ``members_by_field`` in ``lang``: ``label_en`` in English;
    in Kazakh :data:`FIELD_LABELS_KK` by ``bar_id`` (the ``label_kk`` of the data where a
    code has no short label). Raises ``ValueError`` for an unknown language."""
    if lang == "en":
        return bars["label_en"]
    if lang == "kk":
        return bars["bar_id"].map(FIELD_LABELS_KK).fillna(bars["label_kk"])
    raise ValueError(f"unknown language {lang!r}; known: {', '.join(WORDS)}")


#: Sizes in px at the chart's own width (about 640 px, shown at 1:1 in a 678 px column):
#: no text under 11 px.
PLOT_WIDTH = 400
LABEL_WIDTH = 230
FONT_SIZE = 12
NOTE_SIZE = 11
BAR_STEP = 22


#: Per language: (column drawn on the y axis, column shown in the tooltip beside it).
LABEL_COLUMNS = {"en": ("label_en", "label_kk"), "kk": ("label_kk", "label_article")}


def _axis_y(order: list[str], column: str) -> alt.Y:
    return alt.Y(
        f"{column}:N",
        sort=order,
        title=None,
        axis=alt.Axis(
            labelLimit=LABEL_WIDTH, labelFontSize=FONT_SIZE, minExtent=LABEL_WIDTH, ticks=False
        ),
    )


def _panel(
    df: pd.DataFrame, title: str, x_title: str, domain_max: float, lang: str
) -> alt.LayerChart:
    words = WORDS[lang]
    label, other = LABEL_COLUMNS[lang]
    order = df[label].tolist()
    bars = (
        alt.Chart(df, title=alt.TitleParams(title, fontSize=13, anchor="start"))
        .mark_bar()
        .encode(
            x=alt.X(
                "persons:Q",
                title=x_title,
                scale=alt.Scale(domain=[0, domain_max], nice=False),
                axis=alt.Axis(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE, tickMinStep=1),
            ),
            y=_axis_y(order, label),
            color=alt.Color(
                "kind_label:N",
                legend=None,
                scale=alt.Scale(
                    domain=[words["kind"][k] for k in KIND_STYLE],
                    range=[v[1] for v in KIND_STYLE.values()],
                ),
            ),
            tooltip=[
                alt.Tooltip(f"{label}:N", title=words["tip_bar"]),
                alt.Tooltip(f"{other}:N", title=words["tip_other"]),
                alt.Tooltip("persons:Q", title=words["tip_persons"]),
                alt.Tooltip("share_of_ever_appointed_pct:Q", title=words["tip_share"]),
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
        ``"en"`` or ``"kk"``: every word drawn comes from :data:`WORDS` (bar labels from
        :func:`bar_labels`). The Kazakh chart's data hold the drawn label in ``label_kk``
        and the article's wording in ``label_article``, without the English labels.

    Raises ``ValueError`` for a ``bar_kind`` not in :data:`KIND_STYLE` or an unknown
    language.

    Counts are persons. The first panel's scale runs to its largest bar plus one, so
    that the coded fields are not slivers beside the large 'unknown' counts; the second
    panel's runs to the seats ever filled. Text is at least 11 px at the chart's width.
    """
    if lang not in WORDS:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(WORDS)}")
    unknown = set(members_by_field["bar_kind"]) - set(KIND_STYLE)
    if unknown:
        raise ValueError(f"unknown bar_kind {sorted(map(str, unknown))}; known: {list(KIND_STYLE)}")
    words = WORDS[lang]
    label, other = LABEL_COLUMNS[lang]
    df = members_by_field.sort_values("bar_order")
    if lang != "en":
        df = df.assign(label_article=df["label_kk"], label_kk=bar_labels(df, lang)).drop(
            columns="label_en"
        )
    df = df.assign(kind_label=lambda d: d["bar_kind"].map(words["kind"]))
    fields = df[df["bar_kind"] == "field"]
    total = int(df["persons"].sum())
    coded = int(fields["persons"].sum())
    gaps = pd.concat(
        [
            pd.DataFrame(
                [
                    {
                        label: words["gap"]["field"],
                        other: "",
                        "bar_kind": "field",
                        "persons": coded,
                        "share_of_ever_appointed_pct": round(100 * coded / total, 1),
                    }
                ]
            ),
            df[df["bar_kind"] != "field"].assign(
                **{label: lambda d: d["bar_kind"].map(words["gap"])}
            ),
        ],
        ignore_index=True,
    ).assign(kind_label=lambda d: d["bar_kind"].map(words["kind"]))
    top = _panel(
        fields,
        words["top_title"].format(coded=coded),
        words["top_x"],
        int(fields["persons"].max()) + 1,
        lang,
    )
    bottom = _panel(
        gaps,
        words["bottom_title"].format(total=total),
        words["bottom_x"].format(total=total),
        total,
        lang,
    )
    note = alt.TitleParams(
        words["note"],
        orient="bottom",
        anchor="start",
        fontSize=NOTE_SIZE,
        fontWeight="normal",
        color="#444",
        offset=12,
    )
    return alt.vconcat(top, bottom, spacing=24, title=note)
