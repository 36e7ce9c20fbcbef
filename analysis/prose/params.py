"""Values that state the build's parameters (:mod:`analysis.params`) in words."""

from __future__ import annotations

from analysis.prose import Context
from analysis.prose.fmt import number

BASE_WORDS = {
    "aware": "the respondents who had heard of the Kurultai",
    "whole_sample": "all respondents of the wave",
}
ADJUST_WORDS = {
    "holm": "Holm",
    "bonferroni": "Bonferroni",
    "fdr_bh": "Benjamini–Hochberg",
    "none": "no",
}


def values(ctx: Context) -> dict[str, str]:
    """``design_effect`` ("1.5"), ``confidence`` ("95%"), ``confidence_pct`` ("95"),
    ``alpha`` ("0.05"), ``table_base`` (words), ``age_size_method``,
    ``multiple_comparison`` (the adjustment's name)."""
    p = ctx.params
    return {
        "design_effect": number(p.design_effect, max_decimals=2),
        "confidence_pct": number(p.confidence_pct, max_decimals=1),
        "confidence": number(p.confidence_pct, max_decimals=1) + "%",
        "alpha": number(p.alpha, max_decimals=3),
        "table_base": BASE_WORDS[p.table_base],
        "age_size_method": p.age_size_method,
        "multiple_comparison": ADJUST_WORDS[p.multiple_comparison],
    }
