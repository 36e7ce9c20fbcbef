"""Number formats of the book's prose, per language.

English: decimal point, comma thousands separator (``2,400``, ``32.0%``, ``+7.7 pp``).
Kazakh (``lang="kk"``), as the article prints numbers: decimal comma and a no-break space
as thousands separator (``2 400``, ``32,0%``, ``+7,7 п.т.``, пайыздық тармақ).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

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
    """A difference in percentage points: ``+7.7 pp``, ``−10.2 pp`` (``+7,7 п.т.``), signed
    by default; a minus is the true minus sign (U+2212), as in :func:`signed`."""
    text = f"{value:+.{decimals}f}" if sign else f"{value:.{decimals}f}"
    return f"{_local(text, lang).replace('-', chr(0x2212))} {PP_UNIT[lang]}"


def signed(value: float, decimals: int = 1, *, lang: str = "en", true_minus: bool = True) -> str:
    """A signed number: '+7.7', '−5.5' (``true_minus``: U+2212, else '-'); Kazakh '+7,7'.
    A value that is not zero but rounds to zero keeps one more decimal ('+0.03'), so that an
    interval bound shows which side of zero it lies."""
    if value != 0 and round(value, decimals) == 0:
        decimals += 1
    text = _local(f"{value:+.{decimals}f}", lang)
    return text.replace("-", "\u2212") if true_minus else text


def count(value: float, *, lang: str = "en") -> str:
    """A whole number with thousands separators: ``2,400`` (``2 400`` in Kazakh)."""
    return _local(f"{round(value):,}", lang)


#: "and" in a list of words, per language.
AND = {"en": "and", "kk": "және"}


def join(items: list[str], conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b and c' (or another ``conjunction``: "or", "және", "немесе");
    '' for no items."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def cap(text: str) -> str:
    """``text`` with its first letter in upper case."""
    return text[:1].upper() + text[1:]


def day(ts: pd.Timestamp, lang: str = "en", case: str | None = None) -> str:
    """A date as '14 June 2022'; in Kazakh in the article's style, '2022 жылғы 14 маусым',
    with the ending of ``case`` if given (:func:`date_kk`: "locative" '…14 маусымда',
    "dative" '…14 маусымға', "attributive" '…14 маусымдағы'). English ignores ``case``."""
    if lang == "kk":
        return date_kk(ts, case)
    return f"{ts.day} {ts:%B %Y}"


def p_value(p: float, *, lang: str = "en") -> str:
    """``p = 0.012``, or ``p < 0.001`` (``p = 0,012`` in Kazakh)."""
    return _local("p < 0.001" if p < 0.001 else f"p = {p:.3f}", lang)


#: Kazakh month names in the nominative (January first), as the article writes them.
KK_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
_KK_BACK, _KK_FRONT = set("аоұыя"), set("әөүіеэю")
_KK_VOICELESS = set("кқпстфхцчшщ")
#: Case endings of :func:`date_kk` as (back, front) pairs after a vowel or voiced
#: consonant, and after a voiceless consonant.
_KK_CASES = {
    "locative": (("да", "де"), ("та", "те")),
    "dative": (("ға", "ге"), ("қа", "ке")),
    "attributive": (("дағы", "дегі"), ("тағы", "тегі")),
}


def kk_case(word: str, case: str | None) -> str:
    """A Kazakh word with the ending of ``case`` (``None``: the word unchanged;
    ``"locative"``, ``"dative"``, ``"attributive"``), chosen by vowel harmony (the last
    vowel: back а о ұ ы, front ә ө ү і е) and the last sound (voiceless consonant or not):
    маусым → маусымда, маусымға, маусымдағы; шілде → шілдеде; қыркүйек → қыркүйекте,
    қыркүйекке.

    Raises ``ValueError`` for an unknown case or a word without a vowel.
    """
    if case is None:
        return word
    if case not in _KK_CASES:
        raise ValueError(f"unknown case {case!r}; expected one of {sorted(_KK_CASES)}")
    vowels = [c for c in word.lower() if c in _KK_BACK | _KK_FRONT]
    if not vowels:
        raise ValueError(f"no vowel in {word!r}")
    front = vowels[-1] in _KK_FRONT
    voiceless = word[-1].lower() in _KK_VOICELESS
    after_sonorant, after_voiceless = _KK_CASES[case]
    return word + (after_voiceless if voiceless else after_sonorant)[front]


def date_kk(day, case: str | None = None, *, end=None) -> str:
    """A date in the article's Kazakh style: ``2022 жылғы 14 маусым``; with ``case`` the
    month takes the ending (:func:`kk_case`): ``"locative"`` ``…14 маусымда`` (on),
    ``"dative"`` ``…14 маусымға`` (to/by), ``"attributive"`` ``…14 маусымдағы`` (of).
    With ``end`` (a later day of the same month and year) a range as the article prints
    its fieldwork: ``2023 жылғы 20–31 шілде`` (then add «аралығында» yourself).

    ``day`` and ``end``: anything :class:`pandas.Timestamp` accepts (a date, a datetime,
    an ISO string). Raises ``ValueError`` if ``end`` is in another month or year, or
    earlier than ``day``, or for an unknown case.
    """
    import pandas as pd

    day = pd.Timestamp(day)
    days = f"{day.day}"
    if end is not None:
        end = pd.Timestamp(end)
        if (end.year, end.month) != (day.year, day.month) or end < day:
            raise ValueError(f"range {day:%Y-%m-%d}..{end:%Y-%m-%d} is not within one month")
        days = f"{day.day}–{end.day}"
    return f"{day.year} жылғы {days} {kk_case(KK_MONTHS[day.month - 1], case)}"
