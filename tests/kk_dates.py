"""Kazakh dates read back as ISO 8601, so that tests comparing the numbers of the two
editions see the same day: a table's «14.06.2022» (``date-table``) and running text's
«2022 жылғы 14 маусым» (with any case ending) are both '2022-06-14'."""

from __future__ import annotations

import re

from analysis.i18n import formats

#: CLDR's Kazakh month names, 1-12.
MONTHS = [formats.month_name(m, "kk", "wide") for m in range(1, 13)]

_TABLE_DAY = re.compile(r"\b(\d{2})\.(\d{2})\.(\d{4})\b")
_TEXT_DAY = re.compile(rf"\b(\d{{4}}) жылғы (\d{{1,2}}) ({'|'.join(MONTHS)})\w*")


def as_iso(text: str, *, words: bool = True) -> str:
    """``text`` with every Kazakh date written as ISO 8601 (see the module); with
    ``words=False`` only the tables' «14.06.2022» (where the English also has ISO dates,
    while its running text writes '14 June 2022')."""
    text = _TABLE_DAY.sub(lambda m: f"{m[3]}-{m[2]}-{m[1]}", text)
    if not words:
        return text
    return _TEXT_DAY.sub(lambda m: f"{m[1]}-{MONTHS.index(m[3]) + 1:02d}-{int(m[2]):02d}", text)
