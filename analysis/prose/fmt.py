"""Number and date formats of the book's prose, per language: a thin layer over the locale
layer (:mod:`analysis.i18n`), kept for builders that pass the language as a keyword.

English: decimal point, comma thousands separator (``2,400``, ``32.0%``, ``+7.7 pp``).
Kazakh (``lang="kk"``), as CLDR and the article print numbers: decimal comma and a no-break
space as thousands separator (``2 400``, ``32,0%``, ``+7,7 п.т.``, пайыздық тармақ). The
formats, the conventions that win over CLDR and the words (``pp``, "and", the date
patterns) are documented in :mod:`analysis.i18n.formats` and the ``common.ftl`` catalogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.i18n import catalog, formats
from analysis.i18n.formats import cap, kk_case

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["cap", "kk_case"]


def join(items: list[str], conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b and c' (or another ``conjunction``: "or", "және", "немесе");
    '' for no items."""
    return formats.join(items, conjunction)


def number(value: float, *, max_decimals: int = 1, lang: str = "en") -> str:
    """``value`` with at most ``max_decimals`` decimals and no trailing zeros: 1.5, 2, 0.05."""
    return catalog(lang).number(value, max_decimals=max_decimals)


def decimal(value: float, decimals: int = 1, *, lang: str = "en") -> str:
    """``value`` with exactly ``decimals`` decimals: ``7.7`` (``7,7`` in Kazakh)."""
    return catalog(lang).decimal(value, decimals)


def pct(value: float, decimals: int = 1, *, lang: str = "en") -> str:
    """A share in percent (0-100): ``32.0%`` (``32,0%`` in Kazakh)."""
    return catalog(lang).pct(value, decimals)


def pp(value: float, decimals: int = 1, *, sign: bool = True, lang: str = "en") -> str:
    """A difference in percentage points: ``+7.7 pp``, ``−10.2 pp`` (``+7,7 п.т.``), signed
    by default; a minus is the true minus sign (U+2212), as in :func:`signed`."""
    return catalog(lang).pp(value, decimals, sign=sign)


def signed(value: float, decimals: int = 1, *, lang: str = "en", true_minus: bool = True) -> str:
    """A signed number: '+7.7', '−5.5' (``true_minus``: U+2212, else '-'); Kazakh '+7,7'.
    A value that is not zero but rounds to zero keeps one more decimal ('+0.03')."""
    return catalog(lang).signed(value, decimals, true_minus=true_minus)


def count(value: float, *, lang: str = "en") -> str:
    """A whole number with thousands separators: ``2,400`` (``2 400`` in Kazakh)."""
    return catalog(lang).count(value)


def day(ts: pd.Timestamp, lang: str = "en", case: str | None = None) -> str:
    """A date as '14 June 2022'; in Kazakh in the article's style, '2022 жылғы 14 маусым',
    with the ending of ``case`` if given ("locative" '…14 маусымда', "dative" '…14
    маусымға', "attributive" '…14 маусымдағы'). English ignores ``case``."""
    return catalog(lang).date(ts, case)


def p_value(p: float, *, lang: str = "en") -> str:
    """``p = 0.012``, or ``p < 0.001`` (``p = 0,012`` in Kazakh)."""
    return catalog(lang).p_value(p)
