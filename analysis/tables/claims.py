"""Table of the claims audit, in English or Kazakh (``lang``)."""

from __future__ import annotations

import re

import pandas as pd
from great_tables import GT, loc, style

from analysis.prose.fmt import count
from analysis.tables.common import WIDE_TEXT_TABLE, base_table

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

#: The Kazakh table's words. Its third column is the article's own words (``quote_kk``)
#: where the English table gives our English paraphrase; the English-only columns (the
#: paraphrase, the note, the sentence on what the data say) are left out of its CSV.
VERDICT_KK = {
    "reproduced": "✓ иә",
    "inconsistent": "✗ жоқ",
    "not_reproducible": "– тексеру мүмкін емес",
}
#: English column -> Kazakh column (shown and hidden), in the Kazakh table's order.
COLUMNS_KK = {
    "Reproduced": "Қайталанды ма",
    "Claim": "Тұжырым",
    "Lines": "Жолдар",
    "What the article says": "Мақалада қалай жазылған",
    "Printed": "Мақаладағы мән",
    "Data": "Деректегі мән",
    "Problem": "Мәселе",
    "Check": "Тексеру түрі",
}
WIDTHS_KK = {COLUMNS_KK[c]: w for c, w in WIDTHS.items()}
HIDDEN_KK = [COLUMNS_KK["Problem"], COLUMNS_KK["Check"]]
#: Kind of check (``check_kind``) in Kazakh.
CHECK_KK = {
    "transcribed": "көшірме бойынша",
    "recomputed": "қайта есептелді",
    "external": "ашық дереккөз бойынша",
    "none": "тексерілмейді",
}
#: A claim's unit in Kazakh, written after the number (None: no unit is written).
UNIT_KK = {
    "date": None,
    "date range": None,
    "session": None,
    "age group": None,
    "year": None,
    "respondents": "респондент",
    "years": "жыл",
    "persons": "адам",
    "fields": "сала",
    "deputy chairs": "төраға орынбасары",
    "members": "мүше",
    "members by field": "мүше (салалар бойынша)",
    "days": "күн",
    "sections": "секция",
    "meetings before the decree": "Жарлыққа дейінгі кездесу",
    "meetings before session I": "I отырысқа дейінгі кездесу",
    "meetings": "кездесу",
    "amendments": "түзету",
    "decade": "жылдар",
    "sessions": "отырыс",
    "laws": "заң",
    "legal acts": "нормативтік құқықтық акт",
    "decrees": "Президент Жарлығы",
    "resolutions": "Үкімет қаулысы",
    "recommendations": "ұсыныс",
}
SOURCE = {
    "en": (
        "Source: the article's text (line numbers; 'seed 002' is the second source "
        "text), transcribed in data/raw/article/claims.csv and checked by "
        "analysis/claims.py. The table's CSV adds each claim's Kazakh quote, the kind "
        "of check, our note and a sentence on what the data say."
    ),
    "kk": (
        "Дереккөз: мақала мәтіні (жол нөмірлері; «002 мәтін» – контекст үшін "
        "пайдаланылған екінші мәтін), data/raw/article/claims.csv кестесіне көшіріліп, "
        "analysis/claims.py арқылы тексерілді. Кестенің CSV нұсқасында мәселе нөмірі мен "
        "тексеру түрі де бар; тұжырымның ағылшынша мазмұны мен түсіндірмесі кітаптың "
        "ағылшынша нұсқасындағы кестеде."
    ),
}


def show_value(value: object, unit: str, lang: str = "en") -> str:
    """A printed or found value with its unit, compactly: ``32%``, ``7.7 pp``, ``2,400
    respondents``, ``2023-07-20 to 2023-07-31``, ``2022, 2023``; an empty value gives ``—``.

    ``value`` is the ledger's text form (``value_printed`` or ``data_value``); ``unit`` the
    claim's unit (``percent`` values are 0-100). With ``lang="kk"``: decimal comma, a
    no-break space between thousands, Kazakh units (:data:`UNIT_KK`; ``7,7 п.т.``,
    ``2 400 респондент``, ``2023-07-20 – 2023-07-31``). Raises ``KeyError`` for a unit
    without a Kazakh word.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)) or str(value) == "":
        return "—"
    if lang == "kk":
        return _show_value_kk(str(value), unit)
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


def _show_value_kk(text: str, unit: str) -> str:
    text = text.replace("..", " – ")
    text = re.sub(r"(\d)\.(\d)", r"\1,\2", text)  # decimal comma
    if unit == "respondents" and text.isdigit():  # 2 400 (years and decades keep 2024)
        text = count(int(text), lang="kk")
    if ";" in text:
        return text.replace(";", ", ")
    if unit == "percent":
        return text + "%"
    if unit == "percentage points":
        return text + " п.т."
    if unit == "decade":  # 1920 -> 1920-жылдар, as Kazakh writes a decade
        return f"{text}-жылдар"
    word = UNIT_KK[unit]
    return text if word is None else f"{text} {word}"


def _lines(seed: str, locator: str, lang: str = "en") -> str:
    where = locator.replace("-", "–")
    if seed.startswith("000"):
        return where
    return f"seed {seed[:3]}: {where}" if lang == "en" else f"{seed[:3]} мәтін: {where}"


def claims_table(ledger: pd.DataFrame, *, lang: str = "en") -> GT:
    """The claims ledger, one row per claim, verdict first.

    ``ledger`` is the processed ``claims_ledger`` (one row per claim, key ``claim_id``).
    Shown: the verdict (:data:`VERDICT`), the claim id over its seed lines, our English
    paraphrase, the printed value and the value the data give (compact units,
    :func:`show_value`; none for a claim that cannot be checked). Hidden but in the
    table's CSV: the Kazakh quote, the problem id, the kind of check, the note and the
    sentence on what the data say. Inconsistent rows are set in bold.

    With ``lang="kk"`` every word is Kazakh (:data:`VERDICT_KK`, :data:`COLUMNS_KK`,
    :data:`CHECK_KK`, :data:`UNIT_KK`), the third column is the article's own words
    (``quote_kk``), and the hidden columns are the problem id and the kind of check (the
    English paraphrase, note and sentence stay in the English table). Raises ``KeyError``
    for a status not in :data:`VERDICT` or a check kind not in :data:`CHECK_KK`.
    """
    verdict = VERDICT if lang == "en" else VERDICT_KK
    unknown = set(ledger["status"]) - set(verdict)
    if unknown:
        raise KeyError(f"claim status without a verdict word: {sorted(unknown)}")
    unchecked = ledger["status"] == "not_reproducible"
    df = pd.DataFrame(
        {
            "Reproduced": ledger["status"].map(verdict),
            "Claim": ledger["claim_id"],
            "Lines": [
                _lines(s, loc_, lang)
                for s, loc_ in zip(ledger["seed_file"], ledger["locator"], strict=True)
            ],
            "What the article says": ledger["paraphrase_en" if lang == "en" else "quote_kk"],
            "Printed": [
                show_value(v, u, lang)
                for v, u in zip(ledger["value_printed"], ledger["unit"], strict=True)
            ],
            "Data": [
                "—" if skip else show_value(v, u, lang)
                for v, u, skip in zip(ledger["data_value"], ledger["unit"], unchecked, strict=True)
            ],
            "Kazakh quote": ledger["quote_kk"],
            "Problem": ledger["problem_id"].fillna(""),
            "Check": ledger["check_kind"],
            "Note": ledger["note"].fillna(""),
            "What the data say": ledger["data_says"],
        }
    )
    hidden, widths = HIDDEN, WIDTHS
    if lang != "en":
        df["Check"] = [CHECK_KK[k] for k in df["Check"]]
        df = df[list(COLUMNS_KK)].rename(columns=COLUMNS_KK)
        hidden, widths = HIDDEN_KK, WIDTHS_KK
    claim, lines = (
        (COLUMNS_KK["Claim"], COLUMNS_KK["Lines"]) if lang != "en" else ("Claim", "Lines")
    )
    gt = (
        base_table(df, source=SOURCE[lang], min_width=WIDE_TEXT_TABLE)
        .cols_merge([claim, lines], pattern="<strong>{0}</strong><br>{1}")
        .cols_hide(hidden)
        .cols_width(widths)
    )
    rows = [i for i, s in enumerate(ledger["status"]) if s == "inconsistent"]
    if rows:
        gt = gt.tab_style(style=style.text(weight="bold"), locations=loc.body(rows=rows))
    return gt
