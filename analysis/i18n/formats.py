"""Numbers and dates from CLDR (Babel), with the book's conventions where CLDR differs.

Every function takes the language (``en``, ``kk`` or the pseudo-locale ``en-XA``, which
formats as ``en``). The symbols and patterns come from CLDR through Babel
(``babel.numbers.format_decimal``, ``format_percent``, ``babel.dates.get_month_names``):
English ``2,400``, ``32.0%``; Kazakh ``2 400`` (a no-break space), ``32,0%``.

The book's own conventions, which win over CLDR:

* a value is rounded once, half to even on its binary value as Python's ``format`` does
  (``f"{x:.1f}"``), then handed to Babel as that decimal, so that a number reads the same in
  every table, chart and sentence;
* differences and signed values use the true minus sign (U+2212), where CLDR's ``en`` and
  ``kk`` use the hyphen-minus;
* percentage points are ``+7.7 pp`` / ``+7,7 п.т.`` (the unit is the catalog's ``unit-pp``);
* lists read "a, b and c" (no serial comma, which CLDR's ``en`` has) and «a, b және c»
  (CLDR's ``kk`` has no conjunction); the word is the catalog's ``list-and``/``list-or``;
* Kazakh dates follow the article: «2022 жылғы 14 маусым» (CLDR's long date is
  «2022 ж. 14 маусым»); the pattern is the catalog's ``date`` message, the month's name
  CLDR's, and a grammatical case goes on the month by :func:`kk_case`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from babel.dates import get_month_names
from babel.numbers import format_decimal, format_percent

if TYPE_CHECKING:
    from analysis.i18n import Catalog

MINUS = "\u2212"


def base_language(lang: str) -> str:
    """The catalog folder of ``lang``: ``en-XA`` (pseudo) → ``en``; others unchanged."""
    return lang.split("-")[0]


def babel_locale(lang: str) -> str:
    """The CLDR locale whose formats ``lang`` uses (the pseudo-locale formats as ``en``)."""
    return base_language(lang)


def _fixed(value: float, decimals: int, *, sign: bool = False) -> Decimal:
    """``value`` rounded as ``f"{value:.{decimals}f}"`` rounds it, as a ``Decimal``."""
    return Decimal(f"{value:{'+' if sign else ''}.{decimals}f}")


def _pattern(decimals: int, *, optional: bool = False, grouping: bool = False) -> str:
    head = "#,##0" if grouping else "0"
    if decimals <= 0:
        return head
    return head + "." + ("#" if optional else "0") * decimals


def _with_sign(amount: Decimal, text: str, *, plus: bool, true_minus: bool) -> str:
    """``text`` (Babel's rendering of ``amount``) with the book's signs: '+' before a
    positive (or zero) value when ``plus``; the minus as U+2212 when ``true_minus``."""
    negative = amount.is_signed()
    body = text.lstrip("-\u2212")
    if negative:
        return (MINUS if true_minus else "-") + body
    return ("+" if plus else "") + body


def number(value: float, lang: str, *, max_decimals: int = 1) -> str:
    """``value`` with at most ``max_decimals`` decimals, no trailing zeros, no grouping:
    ``1.5``, ``2``, ``0.05`` (``1,5`` in Kazakh); a negative keeps the hyphen-minus."""
    amount = _fixed(value, max_decimals)
    text = format_decimal(
        abs(amount), _pattern(max_decimals, optional=True), locale=babel_locale(lang)
    )
    return _with_sign(amount, text, plus=False, true_minus=False)


def decimal(value: float, lang: str, decimals: int = 1) -> str:
    """``value`` with exactly ``decimals`` decimals, no grouping: ``7.7`` (``7,7``)."""
    amount = _fixed(value, decimals)
    text = format_decimal(abs(amount), _pattern(decimals), locale=babel_locale(lang))
    return _with_sign(amount, text, plus=False, true_minus=False)


def pct(value: float, lang: str, decimals: int = 1) -> str:
    """A share given in percent (0-100): ``32.0%`` (``32,0%``), CLDR's percent pattern."""
    amount = _fixed(value, decimals)
    text = format_percent(abs(amount) / 100, _pattern(decimals) + "%", locale=babel_locale(lang))
    return _with_sign(amount, text, plus=False, true_minus=False)


def signed(value: float, lang: str, decimals: int = 1, *, true_minus: bool = True) -> str:
    """A signed number: ``+7.7``, ``−5.5`` (U+2212 unless ``true_minus`` is false); Kazakh
    ``+7,7``. A value that is not zero but rounds to zero keeps one more decimal (``+0.03``),
    so that an interval bound shows which side of zero it lies."""
    if value != 0 and round(value, decimals) == 0:
        decimals += 1
    amount = _fixed(value, decimals, sign=True)
    text = format_decimal(abs(amount), _pattern(decimals), locale=babel_locale(lang))
    return _with_sign(amount, text, plus=True, true_minus=true_minus)


def pp(value: float, lang: str, decimals: int = 1, *, sign: bool = True, unit: str) -> str:
    """A difference in percentage points with ``unit`` (the catalog's ``unit-pp``):
    ``+7.7 pp``, ``−10.2 pp`` (true minus), or unsigned ``7.7 pp`` when ``sign`` is false."""
    amount = _fixed(value, decimals, sign=sign)
    text = format_decimal(abs(amount), _pattern(decimals), locale=babel_locale(lang))
    return f"{_with_sign(amount, text, plus=sign, true_minus=True)} {unit}"


def count(value: float, lang: str) -> str:
    """A whole number with CLDR's grouping: ``2,400`` (``2 400``, a no-break space)."""
    amount = Decimal(round(value))
    text = format_decimal(abs(amount), "#,##0", locale=babel_locale(lang))
    return _with_sign(amount, text, plus=False, true_minus=False)


def p_value(p: float, lang: str) -> str:
    """``p = 0.012``, or ``p < 0.001`` (``p = 0,012`` in Kazakh)."""
    if p < 0.001:
        return f"p < {decimal(0.001, lang, 3)}"
    return f"p = {decimal(p, lang, 3)}"


def join(items: list[str], conjunction: str) -> str:
    """'a', 'a and b', 'a, b and c' with the word ``conjunction``; '' for no items. When an
    item holds a comma itself (a Kazakh decimal comma, '6,7'), items are parted by
    semicolons ('8; 6,7 and 5'), so the list is not misread."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    sep = "; " if any("," in i for i in items) else ", "
    return sep.join(items[:-1]) + f" {conjunction} " + items[-1]


def cap(text: str) -> str:
    """``text`` with its first letter in upper case."""
    return text[:1].upper() + text[1:]


def month_name(number: int, lang: str, width: str = "wide") -> str:
    """CLDR's name of month ``number`` (1-12) as used inside a date ("format" context):
    ``June``, ``маусым``; ``width`` "abbreviated" gives ``Jun``, ``мау.``."""
    return get_month_names(width, "format", locale=babel_locale(lang))[number]


_KK_BACK, _KK_FRONT = set("аоұыя"), set("әөүіеэю")
_KK_VOICELESS = set("кқпстфхцчшщ")
#: Case endings of :func:`kk_case` as (back, front) pairs after a vowel or voiced
#: consonant, and after a voiceless consonant.
_KK_CASES = {
    "locative": (("да", "де"), ("та", "те")),
    "dative": (("ға", "ге"), ("қа", "ке")),
    "attributive": (("дағы", "дегі"), ("тағы", "тегі")),
    "ablative": (("дан", "ден"), ("тан", "тен")),
}


#: How a Kazakh reader reads the percent sign, for the ending after it (39,7%-ы, %-дан).
_KK_PERCENT = "пайыз"


def kk_case(word: str, case: str | None) -> str:
    """A Kazakh word with the ending of ``case`` (``None``: the word unchanged;
    ``"locative"``, ``"dative"``, ``"attributive"``, ``"ablative"``), chosen by vowel
    harmony (the last vowel: back а о ұ ы, front ә ө ү і е) and the last sound (voiceless
    consonant or not): маусым → маусымда, маусымға, маусымдағы; шілде → шілдеде;
    қыркүйек → қыркүйекте, қыркүйекке. A value ending in a percent sign is read «пайыз»
    and takes its ending after a hyphen: 32,0% → 32,0%-дан, 39,7%-ға.

    Raises ``ValueError`` for an unknown case or a word without a vowel.
    """
    if case is None:
        return word
    if case not in _KK_CASES:
        raise ValueError(f"unknown case {case!r}; expected one of {sorted(_KK_CASES)}")
    if word.endswith("%"):
        return word + "-" + kk_case(_KK_PERCENT, case)[len(_KK_PERCENT) :]
    vowels = [c for c in word.lower() if c in _KK_BACK | _KK_FRONT]
    if not vowels:
        raise ValueError(f"no vowel in {word!r}")
    front = vowels[-1] in _KK_FRONT
    voiceless = word[-1].lower() in _KK_VOICELESS
    after_sonorant, after_voiceless = _KK_CASES[case]
    return word + (after_voiceless if voiceless else after_sonorant)[front]


def _no_case(word: str, case: str | None) -> str:
    """Languages without case endings in the book (English): the word unchanged."""
    return word


#: The last word of a Kazakh numeral, by its last non-zero digit: units, then tens.
_KK_UNITS = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
#: "Of them" for one to seven: the collective numerals (екеуі, жетеуі) in running text.
_KK_COLLECTIVE = ("", "біреуі", "екеуі", "үшеуі", "төртеуі", "бесеуі", "алтауы", "жетеуі")
#: Case endings after the third-person possessive (-ы/-і, -сы/-сі), as (back, front).
_KK_POSSESSED_CASES = {
    None: ("", ""),
    "genitive": ("ның", "нің"),
    "accusative": ("н", "н"),
    "dative": ("на", "не"),
    "locative": ("нда", "нде"),
    "attributive": ("ндағы", "ндегі"),
    "ablative": ("нан", "нен"),
}


def _kk_numeral_word(n: int) -> str:
    """The last word of the Kazakh numeral ``n`` (``23`` → ``үш``, ``40`` → ``қырық``)."""
    if n == 0:
        return "нөл"
    if n % 10:
        return _KK_UNITS[n % 10]
    if n // 10 % 10:
        return _KK_TENS[n // 10 % 10]
    if n % 1000:
        return "жүз"
    return "мың" if n % 1_000_000 else "миллион"


def kk_part(n: Any, case: str | None = None, *, collective: bool = True) -> str:
    """ "``n`` of them" in Kazakh, after a whole in the genitive («24 жазбаның 23-інде»,
    «149 адамның 62-сін», «20 кездесудің жетеуі»), so the noun is not repeated.

    ``n`` is a whole number, its text as the book writes it (``"1 200"``), or a numeral
    word from one to seven (``"төрт"``). One to seven become the collective numeral with
    the possessive (``біреуі`` … ``жетеуі``; with ``collective=False`` a number in digits
    keeps them: ``7-сі``); any other number keeps its digits with a hyphen and the
    possessive ending its numeral takes (``23-і``, ``62-сі``, ``20-сы``, ``40-ы``). ``case``
    (``None``, ``"genitive"``,
    ``"accusative"``, ``"dative"``, ``"locative"``, ``"attributive"``, ``"ablative"``) adds
    the case ending after the possessive: ``23-інде``, ``62-сін``, ``жетеуінің``.

    Raises ``ValueError`` for an unknown case or a value that is not a whole number.
    """
    if case not in _KK_POSSESSED_CASES:
        raise ValueError(f"unknown case {case!r}; expected one of {list(_KK_POSSESSED_CASES)}")
    text = str(n).strip()
    ending = _KK_POSSESSED_CASES[case]
    if text.lower() in _KK_UNITS[1:8]:
        word = _KK_COLLECTIVE[_KK_UNITS.index(text.lower())]
        return text[0] + word[1:] + ending[word[-1] == "і"]
    digits = re.sub(r"[\s\u00a0\u202f]", "", text)
    if not digits.isdigit():
        raise ValueError(f"not a whole number: {n!r}")
    value = int(digits)
    if collective and 1 <= value < len(_KK_COLLECTIVE):
        word = _KK_COLLECTIVE[value]
        return word + ending[word[-1] == "і"]
    numeral = _kk_numeral_word(value)
    vowels = [c for c in numeral if c in _KK_BACK | _KK_FRONT]
    front = vowels[-1] in _KK_FRONT
    possessive = ("сы", "сі")[front] if numeral[-1] in _KK_BACK | _KK_FRONT else "ыі"[front]
    return f"{text}-{possessive}{ending[front]}"


def _no_part(n: Any, case: str | None = None, *, collective: bool = True) -> str:
    """Languages that say "n of them" with the number alone (English): ``n`` as given."""
    return str(n)


#: The grammatical-case function of each language (the catalogs' ``CASE``).
CASE_FUNCTIONS = {"kk": kk_case}
#: "n of them" of each language (the catalogs' ``PART``).
PART_FUNCTIONS = {"kk": kk_part}


def part(n: Any, case: str | None, lang: str, *, collective: bool = True) -> str:
    """ "``n`` of them" in ``lang`` (:data:`PART_FUNCTIONS`; the number alone in a language
    without one). ``collective=False`` keeps one to seven in digits (``6-уы``), so that a
    list of counts reads in one style."""
    return PART_FUNCTIONS.get(base_language(lang), _no_part)(n, case, collective=collective)


def case(word: str, case: str | None, lang: str) -> str:
    """``word`` with the ``case`` ending of ``lang`` (:data:`CASE_FUNCTIONS`; unchanged in
    a language without one)."""
    return CASE_FUNCTIONS.get(base_language(lang), _no_case)(word, case)


def date(day: Any, loc: Catalog, *, case: str | None = None, end: Any = None) -> str:
    """A date in the book's style of ``loc``'s language, from its ``date`` message
    (``{ $day } { $month } { $year }`` in English: '14 June 2022'; the article's Kazakh
    «2022 жылғы 14 маусым») or, with ``end`` (a later day of the same month), its
    ``date-range`` message ('20–31 July 2023', «2023 жылғы 20–31 шілде»). The month is
    CLDR's, with the ``case`` ending (Kazakh: «…14 маусымда»).

    ``day`` and ``end``: anything :class:`pandas.Timestamp` accepts. Raises ``ValueError``
    if ``end`` is in another month or year, or earlier than ``day``, or for an unknown case.
    """
    import pandas as pd

    day = pd.Timestamp(day)
    month = loc.month(day.month, case)
    if end is None:
        return loc("date", day=str(day.day), month=month, year=str(day.year))
    end = pd.Timestamp(end)
    if (end.year, end.month) != (day.year, day.month) or end < day:
        raise ValueError(f"range {day:%Y-%m-%d}..{end:%Y-%m-%d} is not within one month")
    return loc("date-range", day=str(day.day), end=str(end.day), month=month, year=str(day.year))


def _sunday_first(names: dict) -> list[str]:
    """Babel's day names (Monday = 0) in d3's order (Sunday first)."""
    return [names[6], *(names[i] for i in range(6))]


def d3_format_locale(lang: str) -> dict[str, Any]:
    """The d3-format locale of ``lang`` for the charts' numbers (vl-convert's
    ``format_locale``), from CLDR's symbols: ``2,400.5`` / ``2 400,5``."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = babel_locale(lang)
    return {
        "decimal": get_decimal_symbol(locale),
        "thousands": get_group_symbol(locale),
        "grouping": [3],
        "currency": ["", ""],
    }


def d3_time_locale(lang: str) -> dict[str, Any]:
    """The d3-time-format locale of ``lang`` for the charts' dates (vl-convert's
    ``time_format_locale``): CLDR's month and day names; the date patterns ISO-like (the
    charts name their formats, e.g. ``%Y``, and never use the locale's own patterns)."""
    from babel.dates import get_day_names

    locale = babel_locale(lang)
    return {
        "dateTime": "%Y-%m-%d %H:%M:%S",
        "date": "%Y-%m-%d",
        "time": "%H:%M:%S",
        "periods": ["AM", "PM"],
        "days": _sunday_first(get_day_names("wide", "format", locale)),
        "shortDays": _sunday_first(get_day_names("abbreviated", "format", locale)),
        "months": [month_name(m, lang) for m in range(1, 13)],
        "shortMonths": [month_name(m, lang, "abbreviated") for m in range(1, 13)],
    }


#: Languages whose long words get soft hyphens in table cells, so that a narrow column
#: breaks them at a syllable instead of overflowing (Kazakh: agglutinative words of 15 and
#: more letters in the ledgers).
SOFT_HYPHEN_LANGUAGES = frozenset({"kk"})


def soft_hyphens(lang: str) -> bool:
    """Whether the table cells of ``lang`` get soft hyphens (:data:`SOFT_HYPHEN_LANGUAGES`)."""
    return base_language(lang) in SOFT_HYPHEN_LANGUAGES


#: The alphabet a language's word lists are sorted by, where plain code-point order is not
#: it (Kazakh letters Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І stand after their base letters).
ALPHABETS = {
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
}


def sort_key(text: str, lang: str) -> tuple | None:
    """A key that sorts words in ``lang``'s alphabetical order (:data:`ALPHABETS`), case
    and leading quotes ignored; ``None`` for a language without an alphabet here (keep
    the order the data give)."""
    alphabet = ALPHABETS.get(base_language(lang))
    if alphabet is None:
        return None
    word = text.strip("«»\"' ").lower()
    return tuple(alphabet.index(c) if c in alphabet else len(alphabet) + ord(c) for c in word)


#: A numeric range written with a hyphen in the data (age groups «18-28», article lines
#: «377-379», years «2016-2018»): digits, a hyphen, digits, not part of a longer token (a
#: code, a file name, a date such as 2022-06-14).
NUMERIC_RANGE = re.compile(r"(?<![\w.\-/])(\d{1,4})-(\d{1,4})(?![\w\-/]|\.\d)")
_YEAR_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")


def numeric_ranges(text: str) -> str:
    """``text`` with its numeric ranges (:data:`NUMERIC_RANGE`) written with an en dash and
    no spaces, as the book writes them in every language («18–28», 'lines 377–379'); a
    year and month (``2026-01``, a date) is left as it is."""
    return NUMERIC_RANGE.sub(
        lambda m: m[0] if _YEAR_MONTH.fullmatch(m[0]) else f"{m[1]}\u2013{m[2]}", text
    )
