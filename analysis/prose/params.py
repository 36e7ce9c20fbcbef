"""Values that state the build's parameters (:mod:`analysis.params`) in words, per language
(``ctx.lang``: English, or Kazakh with the decimal comma)."""

from __future__ import annotations

from analysis.prose import Context
from analysis.prose.fmt import number

#: The base of Tables 1 and 2 (parameter ``table_base``) in English words (other modules
#: read this dict); :data:`BASE_WORDS_BY_LANG` holds every language's.
BASE_WORDS = {
    "aware": "the respondents who had heard of the Kurultai",
    "whole_sample": "all respondents of the wave",
}
BASE_WORDS_BY_LANG = {
    "en": BASE_WORDS,
    "kk": {
        "aware": "Құрылтай туралы естіген респонденттер",
        "whole_sample": "толқынның барлық респонденттері",
    },
}
#: The multiple-comparison adjustment's name (parameter ``multiple_comparison``) in English
#: (the chapters follow it with "method"); :data:`ADJUST_WORDS_BY_LANG` holds every
#: language's (Kazakh chapters follow it with "әдісі").
ADJUST_WORDS = {
    "holm": "Holm",
    "bonferroni": "Bonferroni",
    "fdr_bh": "Benjamini–Hochberg",
    "none": "no",
}
ADJUST_WORDS_BY_LANG = {
    "en": ADJUST_WORDS,
    "kk": {
        "holm": "Холм",
        "bonferroni": "Бонферрони",
        "fdr_bh": "Бенджамини–Хохберг",
        "none": "түзетусіз",
    },
}


def values(ctx: Context) -> dict[str, str]:
    """``design_effect`` ("1.5"; Kazakh "1,5"), ``confidence`` ("95%"), ``confidence_pct``
    ("95"), ``alpha`` ("0.05"; "0,05"), ``table_base`` (words), ``age_size_method``,
    ``multiple_comparison`` (the adjustment's name).

    Raises ``KeyError`` for a language without words (see :data:`BASE_WORDS_BY_LANG`)."""
    p = ctx.params
    lang = ctx.lang
    confidence = number(p.confidence_pct, max_decimals=1, lang=lang)
    return {
        "design_effect": number(p.design_effect, max_decimals=2, lang=lang),
        "confidence_pct": confidence,
        "confidence": confidence + "%",
        "alpha": number(p.alpha, max_decimals=3, lang=lang),
        "table_base": BASE_WORDS_BY_LANG[lang][p.table_base],
        "age_size_method": p.age_size_method,
        "multiple_comparison": ADJUST_WORDS_BY_LANG[lang][p.multiple_comparison],
    }
