"""Values that state the build's parameters (:mod:`analysis.params`) in words, in the
language of ``ctx.lang`` (numbers in its format; words from ``locales/<lang>/params.ftl``)."""

from __future__ import annotations

from analysis.i18n import LANGUAGES, catalog
from analysis.prose import Context

#: The bases of Tables 1 and 2 (parameter ``table_base``): ``params-base-<base>`` words.
TABLE_BASES = ("aware", "whole_sample")
#: The multiple-comparison adjustments (parameter ``multiple_comparison``):
#: ``params-adjust-<method>`` words (English chapters follow the name with "method",
#: Kazakh ones with «әдісі»).
ADJUSTMENTS = ("holm", "bonferroni", "fdr_bh", "none")


def base_words(base: str, lang: str = "en") -> str:
    """The base of Tables 1 and 2 (a :data:`TABLE_BASES` code) in words of ``lang``: "the
    respondents who had heard of the Kurultai". Raises ``LookupError`` for an unknown base."""
    return catalog(lang)("params-base-" + base.replace("_", "-"))


def adjust_words(method: str, lang: str = "en") -> str:
    """The adjustment's name (an :data:`ADJUSTMENTS` code) in ``lang``: "Holm", «Холм».
    Raises ``LookupError`` for an unknown method."""
    return catalog(lang)("params-adjust-" + method.replace("_", "-"))


#: Deprecated, for the modules that still import them (analysis/prose/arguments.py):
#: base -> words, per language, read from the catalogs. Use :func:`base_words`.
BASE_WORDS_BY_LANG = {lang: {b: base_words(b, lang) for b in TABLE_BASES} for lang in LANGUAGES}
BASE_WORDS = BASE_WORDS_BY_LANG["en"]
#: Deprecated: method -> name, per language, from the catalogs. Use :func:`adjust_words`.
ADJUST_WORDS_BY_LANG = {lang: {m: adjust_words(m, lang) for m in ADJUSTMENTS} for lang in LANGUAGES}
ADJUST_WORDS = ADJUST_WORDS_BY_LANG["en"]


def values(ctx: Context) -> dict[str, str]:
    """``design_effect`` ("1.5"; Kazakh "1,5"), ``confidence`` ("95%"), ``confidence_pct``
    ("95"), ``alpha`` ("0.05"; "0,05"), ``table_base`` (words), ``age_size_method``,
    ``multiple_comparison`` (the adjustment's name).

    Raises ``LookupError`` for a base or an adjustment without words in the catalog."""
    p = ctx.params
    loc = catalog(ctx.lang)
    confidence = loc.number(p.confidence_pct, max_decimals=1)
    return {
        "design_effect": loc.number(p.design_effect, max_decimals=2),
        "confidence_pct": confidence,
        "confidence": loc("params-confidence", pct=confidence),
        "alpha": loc.number(p.alpha, max_decimals=3),
        "table_base": base_words(p.table_base, ctx.lang),
        "age_size_method": p.age_size_method,
        "multiple_comparison": adjust_words(p.multiple_comparison, ctx.lang),
    }
