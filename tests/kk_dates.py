"""Kazakh dates read back as ISO 8601, so that tests comparing the numbers of the two
editions see the same day: a table's «2022 ж. 14 маусым» (``date-table``; a month alone,
«2026 ж. қаңтар», is '2026-01') and running text's «2022 жылғы 14 маусым» (with any case
ending) are both '2022-06-14'."""

from __future__ import annotations

import re

from analysis.i18n import formats

#: CLDR's Kazakh month names, 1-12.
MONTHS = [formats.month_name(m, "kk", "wide") for m in range(1, 13)]

_MONTH = "|".join(MONTHS)
#: A table's day may take a case ending too («2022 ж. 16 маусымға дейін», an open range).
_TABLE_DAY = re.compile(rf"\b(\d{{4}})[ \u00a0]ж\. (?:(\d{{1,2}})[ \u00a0])?({_MONTH})\w*")
_TEXT_DAY = re.compile(rf"\b(\d{{4}}) жылғы (\d{{1,2}}) ({'|'.join(MONTHS)})\w*")


def as_iso(text: str, *, words: bool = True) -> str:
    """``text`` with every Kazakh date written as ISO 8601 (see the module); with
    ``words=False`` only the tables' «2022 ж. 14 маусым» (where the English has ISO dates,
    while its running text writes '14 June 2022')."""

    def table(m: re.Match) -> str:
        month = f"{m[1]}-{MONTHS.index(m[3]) + 1:02d}"
        return f"{month}-{int(m[2]):02d}" if m[2] else month

    text = _TABLE_DAY.sub(table, text.replace("\xad", ""))  # a table's soft hyphens
    if not words:
        return text
    return _TEXT_DAY.sub(lambda m: f"{m[1]}-{MONTHS.index(m[3]) + 1:02d}-{int(m[2]):02d}", text)
