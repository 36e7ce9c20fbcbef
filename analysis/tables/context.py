"""Tables of the context chapter: world practices and the article's recommendations, in
the language of ``lang`` (words from ``locales/<lang>/context.ftl``)."""

from __future__ import annotations

import html

import pandas as pd
from great_tables import GT

from analysis.i18n import catalog, data_field
from analysis.tables.common import WIDE_TEXT_TABLE, base_table

#: The article's language: its names of the countries (``country_kk``) are shown next to
#: the reader's (``country_<field>``) where those are another column.
ARTICLE_FIELD = "kk"
#: Practices in the article's order; others follow by id.
PRACTICE_ORDER = [
    "ireland",
    "iceland",
    "mongolia",
    "china",
    "usa_hearings",
    "usa_juries",
    "brazil_youth_bill",
    "brazil_internet_bill",
]


def world_practices_table(practices: pd.DataFrame, *, lang: str = "en") -> GT:
    """World practices the article cites, one row per practice, with the figure it gives.

    ``practices`` is the processed ``world_practices`` table (figure_value with
    figure_unit percent / count / decade, or empty). Shown: the country (in the reader's
    language, over its Kazakh name where that is another field), the mechanism, the figure
    (number in ``lang``'s format with the unit's words, ``context-figure-<unit>``, and
    what it counts), and the source (reference and seed lines); the table's CSV keeps the
    Kazakh name and the lines as columns of their own. Text fields are the reader's
    (``country_<field>``, ``mechanism_<field>``, ``figure_<field>``,
    :func:`analysis.i18n.data_field`). Raises ``KeyError`` for a figure unit without words.
    """
    loc = catalog(lang)
    field = data_field(lang)
    ids = set(practices["practice_id"])
    df = (
        practices.set_index("practice_id")
        .reindex([p for p in PRACTICE_ORDER if p in ids] + sorted(ids - set(PRACTICE_ORDER)))
        .reset_index()
    )
    units = {u for u in df["figure_unit"].dropna() if u}
    unknown = sorted(u for u in units if not loc.has("context-figure-" + u))
    if unknown:
        raise KeyError(f"figure units without words in locales/{lang}: {unknown}")
    figure = [
        ""
        if pd.isna(v)
        else loc(
            "context-figure",
            figure=loc("context-figure-" + u, value=loc.number(v, max_decimals=1)),
            what=d,
        )
        for v, u, d in zip(
            df["figure_value"], df["figure_unit"], df[f"figure_{field}"], strict=True
        )
    ]
    country, article = f"country_{field}", f"country_{ARTICLE_FIELD}"
    c_country = loc("context-practices-col-country")
    c_other = loc("context-practices-col-country-kk") if article != country else None
    c_mech = loc("context-practices-col-mechanism")
    c_fig = loc("context-practices-col-figure")
    c_ref = loc("context-practices-col-ref")
    c_lines = loc("context-practices-col-lines")
    columns = {c_country: df[country]}
    if c_other is not None:
        columns[c_other] = df[article]
    columns |= {
        c_mech: df[f"mechanism_{field}"],
        c_fig: figure,
        c_ref: df["reference"],
        c_lines: [_line_ref(x, loc) for x in df["locator"]],
    }
    gt = base_table(
        pd.DataFrame(columns), source=loc("context-practices-source"), min_width=WIDE_TEXT_TABLE
    )
    if c_other is not None:
        gt = gt.cols_merge([c_country, c_other], pattern="{0}<br>{1}")
    return (
        gt.cols_merge(
            [c_ref, c_lines], pattern=loc("context-practices-ref", ref="{0}", lines="{1}")
        )
        .cols_label(**{c_ref: loc("context-practices-ref-label")})
        .cols_width({c_country: "17%", c_mech: "43%", c_fig: "25%", c_ref: "15%"})
    )


def _line_ref(locator: str, loc) -> str:
    """Seed lines in words (``lines-ref``): "line 688" / «688-жол» for one line, "lines
    88–89" / «88–89-жолдар» for a range."""
    where = str(locator).replace("-", "–")
    return loc("lines-ref", lines=where, span="range" if "–" in where else "one")


def recommendations_table(recommendations: pd.DataFrame, *, lang: str = "en") -> GT:
    """The article's recommendations in printed order, with the finding each rests on.

    ``recommendations`` is the processed ``recommendations`` table (one row per
    recommendation, key ``rec_order``; seed lines in ``locator``). The column labels are
    the catalog's of ``lang`` (``context-recs-col-…``); the paraphrase and the finding are
    the reader's fields (``recommendation_<field>``, and ``related_finding_<field>``
    where the table has it, else the English ``related_finding``)."""
    loc = catalog(lang)
    field = data_field(lang)
    finding = f"related_finding_{field}"
    if finding not in recommendations.columns:
        finding = "related_finding"
    keys = ["number", "recommendation", "key-phrase", "rests-on", "lines"]
    columns = [loc("context-recs-col-" + k) for k in keys]
    values = [
        recommendations["rec_order"],
        recommendations[f"recommendation_{field}"],
        recommendations["key_phrase_kk"],
        recommendations[finding],
        [_line_ref(x, loc) for x in recommendations["locator"]],
    ]
    out = pd.DataFrame(dict(zip(columns, values, strict=True)))
    number, text, phrase, rests_on, lines = columns
    # Three columns, none narrower than about 12 characters at the desktop column: the
    # number heads the recommendation, the lines follow the phrase as printed (the CSV
    # keeps all five apart).
    return (
        base_table(out, source=loc("context-recs-source"), min_width=WIDE_TEXT_TABLE)
        .cols_merge([text, number], pattern="<strong>{1}.</strong> {0}")
        .cols_merge(
            [phrase, lines],
            pattern='{0}<span style="display:block;color:#555">'
            + html.escape(loc("context-recs-lines", lines="{1}"))
            + "</span>",
        )
        .cols_width({text: "44%", phrase: "30%", rests_on: "26%"})
    )
