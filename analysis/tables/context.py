"""Tables of the context chapter: world practices and the article's recommendations, in
English or Kazakh (``lang``)."""

from __future__ import annotations

import pandas as pd
from great_tables import GT

from analysis.prose.fmt import number
from analysis.tables.common import base_table

_UNIT = {"percent": "{:g}%", "count": "{:g}", "decade": "{:g}s"}
#: Kazakh figure formats (the number is formatted with :func:`analysis.prose.fmt.number`).
_UNIT_KK = {"percent": "{}%", "count": "{}", "decade": "{}-жылдар"}
#: Every word of the world-practices table, per language: column labels, the patterns of
#: the merged cells and the source note.
PRACTICE_WORDS = {
    "en": {
        "columns": ["Country", "Country (Kazakh)", "Mechanism", "Figure given", "Ref.", "Lines"],
        "country": "{0}<br>{1}",
        "ref": "ref. {0}<br>lines {1}",
        "ref_label": "Source",
        "source": (
            "Source: article, seed lines 74–99, via data/raw/article/world_practices.csv; "
            "the article takes the figures from its references, which this project cannot "
            "check."
        ),
    },
    "kk": {
        "columns": ["Ел", None, "Тетік", "Мақаладағы көрсеткіш", "Әдеб.", "Жолдар"],
        "ref": "әдебиет {0}<br>{1}-жолдар",
        "ref_label": "Дереккөз",
        "source": (
            "Дереккөз: мақала, 74–99-жолдар, data/raw/article/world_practices.csv арқылы; "
            "мақала көрсеткіштерді өз әдебиеттерінен алады, бұл жоба оларды тексере алмайды."
        ),
    },
}
#: Every word of the recommendations table, per language.
RECOMMENDATION_WORDS = {
    "en": {
        "columns": [
            "No.",
            "Recommendation (paraphrased)",
            "Key phrase (as printed)",
            "Rests on",
            "Lines",
        ],
        "source": "Source: article, seed lines 668–699, via data/raw/article/recommendations.csv.",
    },
    "kk": {
        "columns": [
            "№",
            "Ұсыныс (мазмұны)",
            "Негізгі сөз тіркесі (мақалада)",
            "Неге сүйенеді",
            "Жолдар",
        ],
        "source": "Дереккөз: мақала, 668–699-жолдар, data/raw/article/recommendations.csv арқылы.",
    },
}


def world_practices_table(practices: pd.DataFrame, *, lang: str = "en") -> GT:
    """World practices the article cites, one row per practice, with the figure it gives.

    ``practices`` is the processed ``world_practices`` table (figure_value with
    figure_unit percent / count / decade, or empty). Shown: the country (English over
    Kazakh), the mechanism, the figure, and the source (reference and seed lines); the
    table's CSV keeps the Kazakh name and the lines as columns of their own.

    With ``lang="kk"`` the words are Kazakh (:data:`PRACTICE_WORDS`; ``country_kk``,
    ``mechanism_kk``, ``figure_kk``, numbers by :func:`analysis.prose.fmt.number`); the
    country is given in Kazakh only (in the table and its CSV). Raises
    ``KeyError`` for an unknown ``lang`` or figure unit.
    """
    order = [
        "ireland",
        "iceland",
        "mongolia",
        "china",
        "usa_hearings",
        "usa_juries",
        "brazil_youth_bill",
        "brazil_internet_bill",
    ]
    df = (
        practices.set_index("practice_id")
        .reindex(
            [p for p in order if p in set(practices["practice_id"])]
            + sorted(set(practices["practice_id"]) - set(order))
        )
        .reset_index()
    )
    words = PRACTICE_WORDS[lang]
    if lang == "en":
        figure = [
            "" if pd.isna(v) else _UNIT[u].format(v) + f" ({d})"
            for v, u, d in zip(df["figure_value"], df["figure_unit"], df["figure_en"], strict=True)
        ]
        country, other, mechanism = df["country_en"], df["country_kk"], df["mechanism_en"]
    else:
        figure = [
            ""
            if pd.isna(v)
            else _UNIT_KK[u].format(number(v, max_decimals=1, lang=lang)) + f" ({d})"
            for v, u, d in zip(df["figure_value"], df["figure_unit"], df["figure_kk"], strict=True)
        ]
        country, other, mechanism = df["country_kk"], None, df["mechanism_kk"]
    c_country, c_other, c_mech, c_fig, c_ref, c_lines = words["columns"]
    columns = {
        c_country: country,
        c_other: other,
        c_mech: mechanism,
        c_fig: figure,
        c_ref: df["reference"],
        c_lines: df["locator"].str.replace("-", "–"),
    }
    columns.pop(None, None)  # the Kazakh table names the country in Kazakh only
    gt = base_table(pd.DataFrame(columns), source=words["source"])
    if c_other is not None:
        gt = gt.cols_merge([c_country, c_other], pattern=words["country"])
    return (
        gt.cols_merge([c_ref, c_lines], pattern=words["ref"])
        .cols_label(**{c_ref: words["ref_label"]})
        .cols_width({c_country: "17%", c_mech: "43%", c_fig: "25%", c_ref: "15%"})
    )


def recommendations_table(recommendations: pd.DataFrame, *, lang: str = "en") -> GT:
    """The article's recommendations in printed order, with the finding each rests on.

    ``recommendations`` is the processed ``recommendations`` table (one row per
    recommendation, key ``rec_order``; seed lines in ``locator``). With ``lang="kk"`` the
    column labels are Kazakh (:data:`RECOMMENDATION_WORDS`) and the paraphrase and the
    finding come from ``recommendation_kk`` and ``related_finding_kk``. Raises
    ``KeyError`` for an unknown ``lang``.
    """
    words = RECOMMENDATION_WORDS[lang]
    suffix = "_en" if lang == "en" else "_kk"
    finding = "related_finding" if lang == "en" else "related_finding_kk"
    values = [
        recommendations["rec_order"],
        recommendations[f"recommendation{suffix}"],
        recommendations["key_phrase_kk"],
        recommendations[finding],
        recommendations["locator"].str.replace("-", "–"),
    ]
    out = pd.DataFrame(dict(zip(words["columns"], values, strict=True)))
    widths = ["6%", "40%", "26%", "18%", "10%"]
    return base_table(out, source=words["source"]).cols_width(
        dict(zip(words["columns"], widths, strict=True))
    )
