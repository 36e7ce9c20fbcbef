"""The locale layer: every reader-facing word from a message catalog, every number and date
from CLDR.

The book's words live in Project Fluent catalogs, one folder per language and one file per
chapter or area: ``locales/en/attitudes.ftl``, ``locales/kk/attitudes.ftl``, … (see
``locales/README.md`` for the conventions and for adding a language). Python computes
language-neutral facts (numbers, codes, dates, verdict ids) and asks the catalog of the
edition for words::

    loc = catalog("kk")
    loc("attitudes-change", diff=loc.pp(-10.2), low=loc.signed(-16.5), ...)
    loc.pct(39.7)        # '39,7%'
    loc.date("2022-06-14", case="locative")   # '2022 жылғы 14 маусымда'

Numbers and dates are formatted by Babel from CLDR's data for the language
(:mod:`analysis.i18n.formats`), with the book's own conventions where CLDR differs (the
true minus sign, lists without a serial comma, the article's Kazakh date style). Kazakh case
endings are one function (:func:`analysis.i18n.formats.kk_case`), exposed to the catalogs
as ``CASE($word, case: "locative")``; "n of them" after a whole in the genitive («24
жазбаның 23-інде», not «23 жазбасында») is ``PART($n, case: "locative")``
(:func:`analysis.i18n.formats.kk_part`); a month's name is ``MONTH($mm)`` and a day
without its leading zero ``DAY($dd)`` (the Kazakh table date «2022 ж. 4 маусым»).

The pseudo-locale :data:`PSEUDO` (``en-XA``) is English with every catalog text accented
and each message wrapped in ``⟦…⟧`` (:mod:`analysis.i18n.pseudo`): built with it, any plain
English word in the artefacts that is not data escaped the catalogs.

This package is the only place in ``analysis/`` where code may depend on which language it
writes (``tests/test_i18n.py`` checks it).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from analysis.i18n import formats

#: Where the catalogs are: ``locales/<lang>/*.ftl`` at the top of the repository.
LOCALES = Path(__file__).resolve().parents[2] / "locales"
#: The languages of the book's editions, in the order the build writes them.
LANGUAGES = ("en", "kk")
#: The pseudo-locale: English catalogs, accented and wrapped; English number formats.
PSEUDO = "en-XA"


class MessageError(LookupError):
    """A message id that the catalog lacks, or a message that could not be formatted."""


class Catalog:
    """The words and formats of one language.

    ``catalog(msg_id, **args)`` formats the message ``msg_id`` of the language's ``.ftl``
    files with ``args`` (strings are placed as they are; numbers select plural variants and
    are printed with CLDR's format of the language). Attributes: ``catalog.attr(msg_id,
    name, **args)``. The format methods (:meth:`pct`, :meth:`pp`, :meth:`date`, …) are
    :mod:`analysis.i18n.formats` bound to the language.

    Raises :class:`MessageError` naming the id, the language and the folder for an unknown
    message, and naming the message and Fluent's complaint for a message that could not be
    formatted (a missing variable, an unknown function).
    """

    def __init__(self, lang: str):
        from fluent.runtime import FluentBundle, FluentResource

        self.lang = lang
        self.base = formats.base_language(lang)
        self.folder = LOCALES / self.base
        if not self.folder.is_dir():
            known = ", ".join(sorted(p.name for p in LOCALES.iterdir() if p.is_dir()))
            raise ValueError(f"unknown language {lang!r}: no folder {self.folder} ({known})")
        self.bundle = FluentBundle(
            [formats.babel_locale(lang)],
            use_isolating=False,
            functions={
                "CASE": self._case_function,
                "PART": self._part_function,
                "MONTH": self._month_function,
                "DAY": self._day_function,
            },
        )
        self.files: dict[str, list[str]] = {}
        for path in sorted(self.folder.glob("*.ftl")):
            text = path.read_text(encoding="utf-8")
            if lang == PSEUDO:
                from analysis.i18n.pseudo import pseudo_resource

                text = pseudo_resource(text)
            resource = FluentResource(text)
            self.files[path.name] = [
                entry.id.name for entry in resource.body if hasattr(entry, "id")
            ]
            self.bundle.add_resource(resource)

    def _case_function(self, word: Any, case: Any = None) -> str:
        return formats.case(str(word), None if case is None else str(case), self.lang)

    def _part_function(self, n: Any, case: Any = None, style: Any = None) -> str:
        """``PART($n, case: ..., style: "digits")``: "n of them"; ``style: "digits"`` keeps
        one to seven in digits (``6-уы``) for a list of counts written in one style."""
        value = getattr(n, "value", n)  # a FluentNumber holds the number it was given
        collective = str(style) != "digits" if style is not None else True
        return formats.part(
            value, None if case is None else str(case), self.lang, collective=collective
        )

    def _month_function(self, mm: Any, case: Any = None) -> str:
        """``MONTH($mm)``: CLDR's name of the month "06" or 6 (with a ``case`` ending)."""
        return self.month(int(str(getattr(mm, "value", mm))), None if case is None else str(case))

    def _day_function(self, dd: Any) -> str:
        """``DAY($dd)``: a day of the month without its leading zero ("04" → "4")."""
        return str(int(str(getattr(dd, "value", dd))))

    def has(self, msg_id: str) -> bool:
        """Whether the catalog has the message ``msg_id``."""
        return self.bundle.has_message(msg_id)

    def _format(self, msg_id: str, pattern: Any, args: dict[str, Any]) -> str:
        text, errors = self.bundle.format_pattern(pattern, args)
        if errors:
            raise MessageError(
                f"locales/{self.base}: message {msg_id!r} could not be formatted: "
                + "; ".join(str(e) for e in errors)
            )
        return text

    def _message(self, msg_id: str):
        if not self.bundle.has_message(msg_id):
            raise MessageError(f"no message {msg_id!r} in {self.folder}/*.ftl ({self.lang})")
        return self.bundle.get_message(msg_id)

    def __call__(self, msg_id: str, **args: Any) -> str:
        message = self._message(msg_id)
        if message.value is None:
            raise MessageError(f"message {msg_id!r} ({self.lang}) has attributes but no value")
        return self._format(msg_id, message.value, args)

    def attr(self, msg_id: str, name: str, **args: Any) -> str:
        """The attribute ``name`` of message ``msg_id`` (``msg-id = … .name = …``)."""
        message = self._message(msg_id)
        if name not in message.attributes:
            raise MessageError(f"message {msg_id!r} ({self.lang}) has no attribute {name!r}")
        return self._format(f"{msg_id}.{name}", message.attributes[name], args)

    # Formats (CLDR through Babel, with the book's conventions): see analysis.i18n.formats.
    def number(self, value: float, *, max_decimals: int = 1) -> str:
        return formats.number(value, self.lang, max_decimals=max_decimals)

    def decimal(self, value: float, decimals: int = 1) -> str:
        return formats.decimal(value, self.lang, decimals)

    def pct(self, value: float, decimals: int = 1) -> str:
        return formats.pct(value, self.lang, decimals)

    def pp(self, value: float, decimals: int = 1, *, sign: bool = True) -> str:
        return formats.pp(value, self.lang, decimals, sign=sign, unit=self("unit-pp"))

    def signed(self, value: float, decimals: int = 1, *, true_minus: bool = True) -> str:
        return formats.signed(value, self.lang, decimals, true_minus=true_minus)

    def count(self, value: float) -> str:
        return formats.count(value, self.lang)

    def p_value(self, p: float) -> str:
        return formats.p_value(p, self.lang)

    def date(self, day: Any, case: str | None = None, *, end: Any = None) -> str:
        """A date in the book's style of the language (``date`` / ``date-range`` messages),
        the month named by CLDR, with the Kazakh ``case`` ending on the last word."""
        return formats.date(day, self, case=case, end=end)

    def month(self, number: int, case: str | None = None, *, width: str = "wide") -> str:
        """CLDR's name of month ``number`` (1-12) in the language, with the ``case`` ending."""
        return formats.case(formats.month_name(number, self.lang, width), case, self.lang)

    def join(self, items: list[str], conjunction: str = "and") -> str:
        """'a', 'a and b', 'a, b and c' with the catalog's ``list-and`` / ``list-or`` word
        (no serial comma: the book's style in both languages)."""
        return formats.join(items, self(f"list-{conjunction}"))

    def case(self, word: str, case: str | None) -> str:
        """``word`` with the grammatical ``case`` ending (Kazakh; unchanged in English)."""
        return formats.case(word, case, self.lang)

    cap = staticmethod(formats.cap)


@functools.cache
def catalog(lang: str) -> Catalog:
    """The :class:`Catalog` of ``lang`` (``en``, ``kk`` or :data:`PSEUDO`), loaded once."""
    return Catalog(lang)


def data_field(lang: str) -> str:
    """The suffix of a per-language data column or file for ``lang``: ``en``, ``kk`` (the
    pseudo-locale reads the English data: data are data, not catalog text)."""
    return formats.base_language(lang)


def foreign(text: str, lang: str, source: str = "en") -> str:
    """``text`` written in ``source`` (English documentation) marked as such inside a page
    of ``lang``, so that screen readers and hyphenation treat it as that language:
    ``[text]{lang="en"}``. Text with brackets (which would break the span), empty text and
    pages of the same language get no mark."""
    if formats.base_language(lang) == source or not text.strip() or "[" in text or "]" in text:
        return text
    return f'[{text}]{{lang="{source}"}}'


def data_text(record: dict, key: str, lang: str) -> Any:
    """The per-language data field ``key`` of ``record`` in ``lang``: ``<key>_<lang>`` when
    the record has it (``description_kk``), else ``key`` itself (the English text)."""
    own = record.get(f"{key}_{formats.base_language(lang)}")
    return own if own else record.get(key)
