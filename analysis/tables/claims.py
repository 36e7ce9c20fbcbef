"""Table of the claims audit."""

from __future__ import annotations

import pandas as pd
from great_tables import GT, loc, style

from analysis.tables.common import base_table

#: Status -> the short verdict the table shows first (mark and word, not colour alone).
VERDICT = {
    "reproduced": "✓ yes",
    "inconsistent": "✗ no",
    "not_reproducible": "– unchecked",
}
#: Shown columns and their widths (they fit the 678 px text column without scrolling).
WIDTHS = {
    "Reproduced": "14%",
    "Claim": "10%",
    "What the article says": "46%",
    "Printed": "15%",
    "Data": "15%",
}
#: Columns kept in the table's CSV download but not shown: the full reasoning of each row.
HIDDEN = ["Kazakh quote", "Problem", "Check", "Note", "What the data say"]

_UNIT_SUFFIX = {"percent": "%", "percentage points": " pp"}
_NO_UNIT = {"date", "date range", "session", "age group", "year"}


def show_value(value: object, unit: str) -> str:
    """A printed or found value with its unit, compactly: ``32%``, ``7.7 pp``, ``2,400
    respondents``, ``2023-07-20 to 2023-07-31``, ``2022, 2023``; an empty value gives ``—``.

    ``value`` is the ledger's text form (``value_printed`` or ``data_value``); ``unit`` the
    claim's unit (``percent`` values are 0-100).
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)) or str(value) == "":
        return "—"
    text = str(value).replace("..", " to ")
    if ";" in text:  # a list of years or groups: no unit
        return text.replace(";", ", ")
    if unit in _UNIT_SUFFIX:
        return text + _UNIT_SUFFIX[unit]
    if unit in _NO_UNIT:
        return text
    if unit == "respondents" and text.isdigit():
        text = f"{int(text):,}"
    return f"{text} {unit}"


def _lines(seed: str, locator: str) -> str:
    where = locator.replace("-", "–")
    return where if seed.startswith("000") else f"seed {seed[:3]}: {where}"


def claims_table(ledger: pd.DataFrame) -> GT:
    """The claims ledger, one row per claim, verdict first.

    ``ledger`` is the processed ``claims_ledger`` (one row per claim, key ``claim_id``).
    Shown: the verdict (:data:`VERDICT`), the claim id over its seed lines, our English
    paraphrase, the printed value and the value the data give (compact units,
    :func:`show_value`; none for a claim that cannot be checked). Hidden but in the
    table's CSV: the Kazakh quote, the problem id, the kind of check, the note and the
    sentence on what the data say. Inconsistent rows are set in bold. Raises ``KeyError``
    for a status not in :data:`VERDICT`.
    """
    unknown = set(ledger["status"]) - set(VERDICT)
    if unknown:
        raise KeyError(f"claim status without a verdict word: {sorted(unknown)}")
    unchecked = ledger["status"] == "not_reproducible"
    df = pd.DataFrame(
        {
            "Reproduced": ledger["status"].map(VERDICT),
            "Claim": ledger["claim_id"],
            "Lines": [
                _lines(s, loc_)
                for s, loc_ in zip(ledger["seed_file"], ledger["locator"], strict=True)
            ],
            "What the article says": ledger["paraphrase_en"],
            "Printed": [
                show_value(v, u)
                for v, u in zip(ledger["value_printed"], ledger["unit"], strict=True)
            ],
            "Data": [
                "—" if skip else show_value(v, u)
                for v, u, skip in zip(ledger["data_value"], ledger["unit"], unchecked, strict=True)
            ],
            "Kazakh quote": ledger["quote_kk"],
            "Problem": ledger["problem_id"].fillna(""),
            "Check": ledger["check_kind"],
            "Note": ledger["note"].fillna(""),
            "What the data say": ledger["data_says"],
        }
    )
    gt = (
        base_table(
            df,
            source=(
                "Source: the article's text (line numbers; 'seed 002' is the second source "
                "text), transcribed in data/raw/article/claims.csv and checked by "
                "analysis/claims.py. The table's CSV adds each claim's Kazakh quote, the kind "
                "of check, our note and a sentence on what the data say."
            ),
        )
        .cols_merge(["Claim", "Lines"], pattern="<strong>{0}</strong><br>{1}")
        .cols_hide(HIDDEN)
        .cols_width(WIDTHS)
    )
    rows = [i for i, s in enumerate(ledger["status"]) if s == "inconsistent"]
    if rows:
        gt = gt.tab_style(style=style.text(weight="bold"), locations=loc.body(rows=rows))
    return gt
