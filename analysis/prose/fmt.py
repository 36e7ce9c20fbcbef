"""Number formats of the book's prose, per language.

English: decimal point, comma thousands separator (``2,400``, ``32.0%``, ``+7.7 pp``).
Kazakh (``lang="kk"``), as the article prints numbers: decimal comma and a no-break space
as thousands separator (``2 400``, ``32,0%``, ``+7,7 п.т.``, пайыздық тармақ).
"""

from __future__ import annotations

#: Thousands separator of Kazakh numbers: a no-break space (a plain space that never breaks
#: a number across lines).
KK_THOUSANDS = "\u00a0"
#: Percentage points, per language.
PP_UNIT = {"en": "pp", "kk": "п.т."}


def _local(text: str, lang: str) -> str:
    """An English-formatted number in ``lang``'s format (see the module docstring)."""
    if lang == "en":
        return text
    if lang == "kk":
        return text.replace(",", KK_THOUSANDS).replace(".", ",")
    raise ValueError(f"unknown language {lang!r}")


def number(value: float, *, max_decimals: int = 1, lang: str = "en") -> str:
    """``value`` with at most ``max_decimals`` decimals and no trailing zeros: 1.5, 2, 0.05."""
    text = f"{value:.{max_decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _local(text, lang)


def decimal(value: float, decimals: int = 1, *, lang: str = "en") -> str:
    """``value`` with exactly ``decimals`` decimals: ``7.7`` (``7,7`` in Kazakh)."""
    return _local(f"{value:.{decimals}f}", lang)


def pct(value: float, decimals: int = 1, *, lang: str = "en") -> str:
    """A share in percent (0-100): ``32.0%`` (``32,0%`` in Kazakh)."""
    return _local(f"{value:.{decimals}f}", lang) + "%"


def pp(value: float, decimals: int = 1, *, sign: bool = True, lang: str = "en") -> str:
    """A difference in percentage points: ``+7.7 pp`` (``+7,7 п.т.``), signed by default."""
    text = f"{value:+.{decimals}f}" if sign else f"{value:.{decimals}f}"
    return f"{_local(text, lang)} {PP_UNIT[lang]}"


def count(value: float, *, lang: str = "en") -> str:
    """A whole number with thousands separators: ``2,400`` (``2 400`` in Kazakh)."""
    return _local(f"{round(value):,}", lang)


def p_value(p: float, *, lang: str = "en") -> str:
    """``p = 0.012``, or ``p < 0.001`` (``p = 0,012`` in Kazakh)."""
    return _local("p < 0.001" if p < 0.001 else f"p = {p:.3f}", lang)
