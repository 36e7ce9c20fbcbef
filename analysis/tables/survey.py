"""Tables of the survey findings.

Every setting a table states (design effect, confidence level, base of Tables 1 and 2,
p-value adjustment) is read from the default rows (``is_default``) of the processed
tables, which the pipeline built from the parameters (:mod:`analysis.params`).

Every builder takes ``lang`` (``"en"`` or ``"kk"``): column labels, notes and category
words come from the per-language dicts of this module (:data:`WORDS`) and of
:mod:`analysis.figures.survey`; numbers follow :mod:`analysis.prose.fmt` (Kazakh: decimal
comma, no-break space between thousands).
"""

from __future__ import annotations

import re
from statistics import NormalDist

import pandas as pd
from great_tables import GT

from analysis.figures.survey import (
    CATEGORY_KK,
    CHANGE_ROWS_KK,
    P_ADJUSTMENT_NAMES_KK,
    date_text,
    level,
    number,
    setting,
)
from analysis.inference import P_ADJUSTMENT_NAMES
from analysis.prose import fmt
from analysis.survey import CHANGE_ROWS, SIZE_SCENARIOS, WHOLE_SAMPLE
from analysis.tables.common import STATUS_MARK, STATUS_NOTE, base_table, grey_rows

#: Short names of the size scenarios in table headers and notes.
SCENARIO_NAMES = {
    "reported": "whole sample",
    "aware": "aware respondents",
    "wpp2024": "age groups from UN WPP 2024",
    "wpp2024_minus20": "age-group n −20%",
    "wpp2024_plus20": "age-group n +20%",
    "equal_thirds": "age-group n/3 each",
}
assert set(SCENARIO_NAMES) == set(SIZE_SCENARIOS)
#: :data:`SCENARIO_NAMES` in Kazakh.
SCENARIO_NAMES_KK = {
    "reported": "бүкіл іріктеме",
    "aware": "хабардар респонденттер",
    "wpp2024": "жас топтары БҰҰ WPP 2024 бойынша",
    "wpp2024_minus20": "жас топтарының n −20%",
    "wpp2024_plus20": "жас топтарының n +20%",
    "equal_thirds": "әр жас тобы n/3",
}
assert set(SCENARIO_NAMES_KK) == set(SIZE_SCENARIOS)
#: :data:`analysis.tables.common.STATUS_NOTE` in Kazakh.
STATUS_NOTE_KK = (
    "† мақалада жарияланған, бірақ жылы анық айтылмаған; жылын біз шамалап анықтадық.  "
    "* жарияланбаған; басылған үлестердің қосындысы 100-ге толуынан шығады."
)
#: Titles of the article's Tables 1 and 2 in Kazakh, as the article prints them (seed lines
#: 352, 367-368) less the years «2023-2024 жж.», which the English titles (the processed
#: column ``table_title``) leave out too: the columns name the years.
TABLE_TITLES_KK = {
    "table1": "1-кесте. Ұлттық құрылтай жұмысына көзқарас",
    "table2": "2-кесте. Ұлттық құрылтайға деген көзқарастың оның қызметі барысында өзгеру "
    "динамикасы",
}
#: Answers of Tables 1 and 2 in a sentence or a short cell, in Kazakh.
ANSWER_SHORT_KK = {
    "positive": "оң",
    "neutral": "бейтарап",
    "negative": "теріс",
    "changed_positive": "жақсы жаққа өзгерген",
    "no_change": "өзгермеген",
    "changed_negative": "теріс жаққа өзгерген",
}
#: Names of the two year-order readings in Kazakh (Cyrillic letters for the data's A, B).
READING_KK = {"A": "А", "B": "Б"}
#: Answers of Table 2 as the processed ``table2_closure.printed`` spells them, in Kazakh.
PRINTED_KK = {
    "changed for the better": "жақсы жаққа өзгерген",
    "did not change": "өзгермеген",
    "changed for the worse": "теріс жаққа өзгерген",
}

#: Every word of the tables, per language (templates use ``str.format`` fields).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "method": "{level} intervals: Wilson score intervals for shares, Miettinen-Nurminen "
        "score intervals and score tests for changes (statsmodels), design effect "
        "{deff} (quota sample; see the Methods appendix). pp = percentage points.",
        "method_adj": " p adj.: {method}-adjusted p over the nine changes tested together.",
        "to": "{low} to {high}",
        "na_implied": "n/a (implied cell)",
        "answer": "Answer",
        "answer_kk": "Answer (Kazakh, as printed)",
        "year_ci": "{year}, {level} CI",
        "change": "Change, pp ({level} CI)",
        "p_adj": "p adj.",
        "relative": "Relative change",
        "attitude_source": "Source: article, seed lines 347-396 "
        "(data/processed/attitude_shares.csv, "
        "survey_intervals.csv, survey_changes.csv, attitude_distribution_tests.csv). "
        "Base: {base}, {n2023} (2023) and {n2024} (2024) respondents{estimates}. "
        "All three answers tested at once, 2023 against 2024 (chi-square on effective "
        "counts): {test}{implied}. ",
        "estimates": " (ESTIMATES)",
        "rests_implied": ", resting on the implied cells",
        "age": "Age group (years)",
        "n_est": "{year}: n (estimate)",
        "share_y": "{year}: share",
        "ci_y": "{year}: {level} CI",
        "awareness_source": "Source: article, seed lines 318-341 "
        "(data/processed/awareness_by_age.csv). "
        "n (estimate): respondents per age group are NOT published; estimated from UN "
        "WPP 2024 (data/processed/age_group_sizes.csv). † the article prints one figure "
        "for 29-45 and 46-60, read as the combined 29-60 group. ",
        "wave": "Wave",
        "respondents": "Respondents",
        "aware_est": "Aware (estimate)",
        "build": " (build)",
        "ci_deff": "{level} CI, deff {deff}{mark}",
        "aware_n_est": "Aware respondents (estimate)",
        "overall_source": "ESTIMATES. The article prints awareness by age group only (seed lines "
        "318-341); the overall share is their mean weighted by the estimated age-group sizes ("
        "{method}), its interval a stratified normal interval. Aware respondents = n × share. "
        "Data: data/processed/awareness_overall.csv.",
        "change_col": "Change 2023 → 2024",
        "pp": "pp",
        "chosen": " (chosen)",
        "yes": "yes",
        "no": "no",
        "head_ci": "{head}: {level} CI",
        "head_p": "{head}: p / p adj.",
        "head_exceeds": "{head}: exceeds (raw / adj.)",
        "table1_all": "Table 1, all three answers",
        "table2_all": "Table 2 *, all three answers",
        "base_source": "Tables 1 and 2 print no base. Aware respondents: ESTIMATED, n times the "
        "estimated share aware ({a2023} in 2023, {a2024} in 2024); whole sample: 2,400 and "
        "1,200. Exceeds: the interval excludes zero (raw) / the adjusted p is below "
        "{alpha} (adj.). Last rows: one chi-square test of the three answers "
        "(effective counts), not adjusted. † year inferred; * rests on an implied cell. ",
        "base_data": " Data: data/processed/survey_changes.csv, attitude_distribution_tests.csv.",
        "midpoint": "{year} (midpoint {date})",
        "of": "≈{value} of {total}",
        "sizes_columns": "Wave (fieldwork midpoint)|Age group (years)|Population (thousands, "
        "estimate)|Share of population 18+|Respondents (estimate)",
        "sizes_source": "ESTIMATES, not published figures. UN World Population Prospects 2024 "
        "(data/raw/public/wpp2024_kazakhstan_age5.csv): five-year bands spread evenly "
        "over single years of age (so ages 18-19 are 2/5 of the 15-19 band), "
        "interpolated linearly between 1 July 2020 and 1 July 2025 to each wave's "
        "fieldwork midpoint; each wave's n split in proportion (the samples had age "
        "quotas). Data: data/processed/age_group_sizes.csv.",
        "finding": "Finding",
        "group_answer": "Group / answer",
        "share": "Share",
        "age_g": "age {group}",
        "moe_col": "± pp, deff {deff}",
        "deff_source": "Margin of error ({level}) = {z} × sqrt(p(1 − p) / (n / deff)), in "
        "percentage points. ≈ n is an ESTIMATE (age groups from UN WPP 2024; aware "
        "respondents). The build's design effect is {deff}; base of Tables 1 "
        "and 2: {base}. Data: data/processed/survey_intervals.csv.",
        "na": "n/a",
        "cell": "{verdict} (p {p})",
        "deff_col": "deff {deff}{mark}",
        "adj_col": "{method} adj.",
        "sens_source": "yes: the {level} interval of the change excludes zero (score test p < "
        "{alpha}); no: it does not. Base of Tables 1 and 2: "
        "{base}. Columns after the design effects are at deff "
        "{deff}: {method}-adjusted p over nine changes, the other base, and the "
        "ESTIMATED age-group n changed (n/a: the row is not an age group, or not a table "
        "row). † year or group inferred; * rests on an implied cell. "
        "Data: data/processed/survey_changes.csv.",
        "closure_columns": "Wave|Printed cells (%)|Sum printed|Missing cell|Implied: 100 − sum "
        "(no 'hard to say')|If some said 'hard to say'|Seed lines",
        "closure_source": "Shares in percent. The data carry the implied value (value_status "
        "implied); it assumes the three answers cover every respondent. "
        "Data: data/processed/table2_closure.csv.",
        "order_columns": "Reading|Wave|Positive|Neutral|Negative|Sum|Gap|Positive, 2023 → 2024"
        "|Verdict",
        "order_chosen": "chosen (closes to 100)",
        "order_rejected": "rejected",
        "order_source": "Shares in percent. Source: article, seed lines 347-365; "
        "data/processed/year_order_readings.csv.",
    },
    "kk": {
        "method": "{level} СИ: үлестерге Уилсон интервалдары, өзгерістерге "
        "Миеттинен–Нурминен интервалдары мен скор-тестер (statsmodels), дизайн "
        "эффектісі {deff} (квоталық іріктеме; Әдістер қосымшасын қараңыз). п.т. = пайыздық "
        "тармақ.",
        "method_adj": " Түзетілген p: тоғыз өзгеріс бірге тексерілгендегі {method} түзетуімен "
        "алынған p мәні.",
        "to": "{low}…{high}",
        "na_implied": "жоқ (басылған сандардан шығатын ұяшық)",
        "answer": "Жауап",
        "answer_kk": "Жауап (мақалада басылғандай)",
        "year_ci": "{year}, {level} СИ",
        "change": "Өзгеріс, п.т. ({level} СИ)",
        "p_adj": "түзетілген p",
        "relative": "Салыстырмалы өзгеріс",
        "attitude_source": "Дереккөз: мақала, 347–396-жолдар (data/processed/attitude_shares.csv, "
        "survey_intervals.csv, survey_changes.csv, attitude_distribution_tests.csv). "
        "Негізі: {base}, {n2023} (2023) және {n2024} (2024) респондент{estimates}. "
        "Үш жауап бірге тексерілді, 2023 жыл 2024 жылға қарсы (тиімді сандар бойынша "
        "хи-квадрат): {test}{implied}. ",
        "estimates": " (БАҒАЛАУЛАР)",
        "rests_implied": ", басылған сандардан шығатын ұяшықтарға сүйенеді",
        "age": "Жас тобы (жас)",
        "n_est": "{year}: n (бағалау)",
        "share_y": "{year}: үлес",
        "ci_y": "{year}: {level} СИ",
        "awareness_source": "Дереккөз: мақала, 318–341-жолдар "
        "(data/processed/awareness_by_age.csv). "
        "n (бағалау): жас топтарындағы респонденттер саны ЖАРИЯЛАНБАҒАН; БҰҰ WPP 2024 "
        "деректерінен бағаланды (data/processed/age_group_sizes.csv). † мақала 29-45 және "
        "46-60 топтарына бір сан береді; біз оны біріккен 29-60 тобының үлесі деп оқимыз. ",
        "wave": "Толқын",
        "respondents": "Респонденттер",
        "aware_est": "Хабардар (бағалау)",
        "build": " (негізгі)",
        "ci_deff": "{level} СИ, дизайн эффектісі {deff}{mark}",
        "aware_n_est": "Хабардар респонденттер (бағалау)",
        "overall_source": "БАҒАЛАУЛАР. Мақала хабардарлықты тек жас топтары бойынша береді "
        "(318–341-жолдар); жалпы үлес — жас топтарының бағаланған көлемімен ({method}) "
        "салмақталған орташа мән, оның интервалы — стратификацияланған қалыпты интервал. "
        "Хабардар респонденттер = n × үлес. Деректер: data/processed/awareness_overall.csv.",
        "change_col": "Өзгеріс 2023 → 2024",
        "pp": "п.т.",
        "chosen": " (таңдалған)",
        "yes": "иә",
        "no": "жоқ",
        "head_ci": "{head}: {level} СИ",
        "head_p": "{head}: p / түзетілген p",
        "head_exceeds": "{head}: қателіктен асады (p / түзетілген p)",
        "table1_all": "1-кесте, үш жауап бірге",
        "table2_all": "2-кесте *, үш жауап бірге",
        "base_source": "1 және 2-кестелер негізін көрсетпейді. Хабардар респонденттер: "
        "БАҒАЛАНҒАН, n мен хабардарлардың бағаланған үлесінің көбейтіндісі ({a2023} — 2023 "
        "ж., {a2024} — 2024 ж.); бүкіл іріктеме: {w2023} және {w2024}. Қателіктен асады: "
        "интервал нөлді қамтымайды (p) / түзетілген p мәні {alpha}-ден кіші (түзетілген p). "
        "Соңғы жолдар: үш жауапқа бір хи-квадрат тесті (тиімді сандар), түзетілмеген. "
        "† жылы шамалап анықталған; * басылған сандардан шығатын ұяшыққа сүйенеді. ",
        "base_data": " Деректер: data/processed/survey_changes.csv, "
        "attitude_distribution_tests.csv.",
        "midpoint": "{year} (далалық жұмыстың ортасы: {date})",
        "of": "≈{value} ({total} ішінен)",
        "sizes_columns": "Толқын (далалық жұмыстың ортасы)|Жас тобы (жас)|Халық (мың адам, "
        "бағалау)|18 жастан асқан халықтағы үлесі|Респонденттер (бағалау)",
        "sizes_source": "БАҒАЛАУЛАР, жарияланған сандар емес. БҰҰ-ның «Әлем халқының "
        "болашағы» (WPP 2024) деректері (data/raw/public/wpp2024_kazakhstan_age5.csv): бес жылдық "
        "топтар жас жылдарына тең бөлінді (яғни 18-19 жас 15-19 тобының 2/5 бөлігі), 2020 ж. "
        "1 шілде мен 2025 ж. 1 шілде аралығында әр толқынның далалық жұмысының ортасына "
        "дейін сызықтық интерполяцияланды; әр толқынның n-і пропорционал бөлінді "
        "(іріктемелерде жас квоталары болған). Деректер: data/processed/age_group_sizes.csv.",
        "finding": "Көрсеткіш",
        "group_answer": "Топ / жауап",
        "share": "Үлес",
        "age_g": "{group} жас",
        "moe_col": "± п.т., дизайн эффектісі {deff}",
        "deff_source": "Қателік шегі ({level}) = {z} × √(p(1 − p) / (n / ДЭ)), пайыздық "
        "тармақпен; ДЭ — дизайн эффектісі. ≈ n — БАҒАЛАУ (жас топтары БҰҰ WPP 2024 бойынша; "
        "хабардар респонденттер). Осы құрастырудың дизайн эффектісі {deff}; 1 және "
        "2-кестелердің негізі: {base}. Деректер: data/processed/survey_intervals.csv.",
        "na": "—",
        "cell": "{verdict} (p {p})",
        "deff_col": "Дизайн эффектісі {deff}{mark}",
        "adj_col": "{method} түзетуі",
        "sens_source": "иә: өзгерістің {level} СИ нөлді қамтымайды (скор-тест, p < "
        "{alpha}); жоқ: қамтиды. 1 және 2-кестелердің негізі: {base}. Дизайн эффектілерінен "
        "кейінгі бағандар дизайн эффектісі {deff} кезінде: тоғыз өзгеріс бойынша {method} "
        "түзетуімен алынған p, басқа негіз және жас топтарының БАҒАЛАНҒАН n-ін өзгерту "
        "(—: жол жас тобы емес немесе кесте жолы емес). † жылы немесе тобы шамалап "
        "анықталған; * басылған сандардан шығатын ұяшыққа сүйенеді. "
        "Деректер: data/processed/survey_changes.csv.",
        "closure_columns": "Толқын|Жарияланған ұяшықтар (%)|Жарияланғандардың қосындысы|"
        "Жетіспейтін ұяшық|Басылған сандардан шығатыны: 100 − қосынды («жауап беру қиын» "
        "жоқ болса)|"
        "Кейбірі «жауап беру қиын» десе|Мақала жолдары",
        "closure_source": "Үлестер пайызбен. Деректерде басылған сандардан шығатын мән тұр "
        "(value_status бағанында); ол үш жауап барлық респондентті қамтиды деп болжайды. "
        "Деректер: data/processed/table2_closure.csv.",
        "order_columns": "Оқылым|Толқын|Оң|Бейтарап|Теріс|Қосынды|Ауытқу|Оң, 2023 → 2024|Баға",
        "order_chosen": "таңдалды (100-ге толады)",
        "order_rejected": "қабылданбады",
        "order_source": "Үлестер пайызбен. Дереккөз: мақала, 347–365-жолдар; "
        "data/processed/year_order_readings.csv.",
    },
}


def _dec(value: float, lang: str, decimals: int = 1) -> str:
    """``value`` with ``decimals`` decimals; Kazakh: decimal comma and a true minus sign."""
    text = fmt.decimal(value, decimals, lang=lang)
    return text if lang == "en" else text.replace("-", "−")


def _signed(value: float, lang: str, decimals: int = 1) -> str:
    """'+7.7' ('+7,7' in Kazakh; negative values with a true minus sign in Kazakh). A value
    that is not zero but rounds to zero keeps one more decimal ('+0.03'), so that an
    interval bound shows which side of zero it lies."""
    return fmt.signed(value, decimals, lang=lang, true_minus=lang != "en")


def _scenario(scen: str, lang: str) -> str:
    return (SCENARIO_NAMES if lang == "en" else SCENARIO_NAMES_KK)[scen]


def _method(frame: pd.DataFrame, lang: str) -> str:
    """Name of the default rows' p-value adjustment (e.g. Holm, Холм)."""
    key = _default(frame)["p_adjustment"].iloc[0]
    return (P_ADJUSTMENT_NAMES if lang == "en" else P_ADJUSTMENT_NAMES_KK)[key]


def method_note(frame: pd.DataFrame, lang: str = "en") -> str:
    """The note on intervals and tests of a table built from ``frame``'s default rows."""
    w = WORDS[lang]
    deff, conf = setting(frame)
    note = w["method"].format(level=level(conf, lang), deff=number(deff, lang))
    if "p_adjustment" in frame:
        method = frame.loc[frame["is_default"], "p_adjustment"].iloc[0]
        if method != "none":
            note += w["method_adj"].format(method=_method(frame, lang))
    return note


def _fmt_ci(low: float, high: float, unit: str = "", lang: str = "en") -> str:
    return WORDS[lang]["to"].format(low=_dec(low, lang), high=_dec(high, lang)) + unit


def _fmt_p(p: float, lang: str = "en") -> str:
    return f"< {fmt.decimal(0.001, 3, lang=lang)}" if p < 0.001 else fmt.decimal(p, 3, lang=lang)


def _default(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["is_default"]]


def _change_text(ch: pd.Series, lang: str = "en") -> str:
    low, high = _signed(ch["ci_low_pp"], lang), _signed(ch["ci_high_pp"], lang)
    return f"{_signed(ch['diff_pp'], lang)} ({WORDS[lang]['to'].format(low=low, high=high)})"


def _relative(ch: pd.Series, lang: str = "en") -> str:
    rel = ch["relative_change_pct"]
    return WORDS[lang]["na_implied"] if pd.isna(rel) else f"{_signed(rel, lang, 0)}%"


def _base_of(frame: pd.DataFrame) -> str:
    """Scenario of the default whole-sample rows (the chosen base of Tables 1 and 2)."""
    d = _default(frame)
    d = d[d["group"] == WHOLE_SAMPLE] if "group" in d else d
    return str(d["size_scenario"].iloc[0])


def distribution_text(
    tests: pd.DataFrame, table_id: str, scenario: str | None = None, lang: str = "en"
) -> str:
    """'χ²(2) = 4.07, p = 0.130' for a table's distribution test (default row, or the row
    of ``scenario`` at the default design effect); Kazakh: 'χ²(2) = 4,07, p = 0,130'."""
    deff, _ = setting(tests)
    t = tests[(tests["table_id"] == table_id) & (tests["design_effect"] == deff)]
    t = t[t["is_default"]] if scenario is None else t[t["size_scenario"] == scenario]
    r = t.iloc[0]
    p = _fmt_p(r["p_value"], lang)
    chi = _dec(r["chi2"], lang, 2)
    return f"χ²({r['dof']}) = {chi}, p {p if p.startswith('<') else '= ' + p}"


def attitude_table(
    attitudes: pd.DataFrame,
    intervals: pd.DataFrame,
    changes: pd.DataFrame,
    tests: pd.DataFrame,
    table_id: str,
    lang: str = "en",
) -> GT:
    """Table 1 or Table 2 with intervals and the 2023 -> 2024 change: one row per answer.

    Parameters
    ----------
    attitudes:
        Processed ``attitude_shares`` (share_pct in percent 0-100, value_status).
    intervals, changes:
        Processed ``survey_intervals`` and ``survey_changes`` (default rows: the build's
        design effect and base of the table).
    tests:
        Processed ``attitude_distribution_tests``: the note gives the table's single test
        of 2023 against 2024 over all three answers.
    table_id:
        ``"table1"`` or ``"table2"``.
    lang:
        ``"en"`` or ``"kk"``. Both show the answer (English label, or :data:`CATEGORY_KK`)
        beside the article's own Kazakh wording (``category_kk``); Kazakh takes the
        article's own table title (:data:`TABLE_TITLES_KK`).

    Cells carry a mark for their status († inferred, * implied); shares and intervals in
    percent, the change in percentage points (pp) with its interval, the raw and the
    adjusted p-value of the score test, and the relative change (percent of the 2023
    share; not given when a cell is implied).

    Raises
    ------
    ValueError
        If ``table_id`` has no rows.
    """
    w = WORDS[lang]
    df = attitudes[attitudes["table_id"] == table_id]
    if df.empty:
        raise ValueError(f"no rows for table_id={table_id!r} in attitude_shares")
    _, conf = setting(intervals)
    lv = level(conf, lang)
    ci = _default(intervals).set_index(["indicator", "wave_year", "category"])
    ch = _default(changes).set_index(["indicator", "category"])
    rows = []
    for cat in df.sort_values("category_order")["category"].unique():
        r = {}
        for year in (2023, 2024):
            cell = df[(df["category"] == cat) & (df["wave_year"] == year)].iloc[0]
            iv = ci.loc[(table_id, year, cat)]
            r[w["answer"]] = cell["category_label"] if lang == "en" else CATEGORY_KK[cat]
            r[w["answer_kk"]] = cell["category_kk"]
            share = fmt.pct(cell["share_pct"], lang=lang)
            r[f"{year}"] = f"{share}{STATUS_MARK[cell['value_status']]}"
            r[w["year_ci"].format(year=year, level=lv)] = _fmt_ci(
                iv["ci_low_pct"], iv["ci_high_pct"], lang=lang
            )
        c = ch.loc[(table_id, cat)]
        r[w["change"].format(level=lv)] = _change_text(c, lang)
        r["p"] = _fmt_p(c["p_value"], lang)
        r[w["p_adj"]] = _fmt_p(c["p_adjusted"], lang)
        r[w["relative"]] = _relative(c, lang)
        rows.append(r)
    wide = pd.DataFrame(rows)
    title = df["table_title"].iloc[0] if lang == "en" else TABLE_TITLES_KK[table_id]
    base = _base_of(intervals[intervals["indicator"] == table_id])
    n = _default(intervals[intervals["indicator"] == table_id]).drop_duplicates("wave_year")
    n = dict(zip(n["wave_year"], n["respondents"], strict=True))
    implied = (df["value_status"] == "implied").any()
    source = w["attitude_source"].format(
        base=_scenario(base, lang),
        n2023=fmt.count(n[2023], lang=lang),
        n2024=fmt.count(n[2024], lang=lang),
        estimates=w["estimates"] if base == "aware" else "",
        test=distribution_text(tests, table_id, lang=lang),
        implied=w["rests_implied"] if implied else "",
    )
    status_note = STATUS_NOTE if lang == "en" else STATUS_NOTE_KK
    return base_table(
        wide, title=title, source=source + status_note + " " + method_note(changes, lang)
    )


def awareness_table(
    awareness: pd.DataFrame, intervals: pd.DataFrame, changes: pd.DataFrame, lang: str = "en"
) -> GT:
    """Awareness by age group with ESTIMATED respondents, intervals and the change.

    Parameters
    ----------
    awareness:
        Processed ``awareness_by_age`` (share_pct in percent, value_status).
    intervals, changes:
        Processed ``survey_intervals`` / ``survey_changes`` (default rows: the build's
        design effect and age-group sizes, see ``age_group_sizes``).
    lang:
        ``"en"`` or ``"kk"`` (words from :data:`WORDS`).
    """
    w = WORDS[lang]
    _, conf = setting(intervals)
    lv = level(conf, lang)
    ci = _default(intervals)
    ci = ci[ci["indicator"] == "awareness"].set_index(["wave_year", "group"])
    ch = _default(changes)
    ch = ch[ch["indicator"] == "awareness"].set_index("group")
    rows = []
    for group in awareness["age_group"].unique():
        r = {w["age"]: group}
        for year in (2023, 2024):
            cell = awareness[
                (awareness["age_group"] == group) & (awareness["wave_year"] == year)
            ].iloc[0]
            iv = ci.loc[(year, group)]
            r[w["n_est"].format(year=year)] = "≈" + fmt.count(iv["respondents"], lang=lang)
            share = fmt.pct(cell["share_pct"], lang=lang)
            r[w["share_y"].format(year=year)] = f"{share}{STATUS_MARK[cell['value_status']]}"
            r[w["ci_y"].format(year=year, level=lv)] = _fmt_ci(
                iv["ci_low_pct"], iv["ci_high_pct"], lang=lang
            )
        c = ch.loc[group]
        r[w["change"].format(level=lv)] = _change_text(c, lang)
        r["p"] = _fmt_p(c["p_value"], lang)
        r[w["p_adj"]] = _fmt_p(c["p_adjusted"], lang)
        r[w["relative"]] = _relative(c, lang)
        rows.append(r)
    return base_table(pd.DataFrame(rows), source=w["awareness_source"] + method_note(changes, lang))


def awareness_overall_table(overall: pd.DataFrame, lang: str = "en") -> GT:
    """ESTIMATED share of each wave aware of the Kurultai, with its interval, and the
    aware respondents it implies (the base of Tables 1 and 2 when they count the aware).

    ``overall`` is the processed ``awareness_overall``; rows: its default age-size method
    at every design effect of the build (percent; respondents). ``lang``: ``"en"`` or
    ``"kk"``.
    """
    w = WORDS[lang]
    deff, conf = setting(overall)
    method = _default(overall)["age_size_method"].iloc[0]
    d = overall[overall["age_size_method"] == method]
    rows = []
    for year, wave in d.groupby("wave_year"):
        r = {
            w["wave"]: str(year),
            w["respondents"]: fmt.count(wave["respondents"].iloc[0], lang=lang),
            w["aware_est"]: fmt.pct(wave["share_pct"].iloc[0], lang=lang),
        }
        for row in wave.sort_values("design_effect").itertuples():
            mark = w["build"] if row.design_effect == deff else ""
            head = w["ci_deff"].format(
                level=level(conf, lang), deff=number(row.design_effect, lang), mark=mark
            )
            r[head] = _fmt_ci(row.ci_low_pct, row.ci_high_pct, lang=lang)
        r[w["aware_n_est"]] = "≈" + fmt.count(wave["aware_respondents_est"].iloc[0], lang=lang)
        rows.append(r)
    names = SCENARIO_NAMES if lang == "en" else SCENARIO_NAMES_KK
    return base_table(
        pd.DataFrame(rows), source=w["overall_source"].format(method=names.get(method, method))
    )


def base_readings_table(changes: pd.DataFrame, tests: pd.DataFrame, lang: str = "en") -> GT:
    """Every change of Tables 1 and 2 under both bases: the whole sample and the aware.

    ``changes`` is the processed ``survey_changes``, ``tests`` the processed
    ``attitude_distribution_tests``; both at the build's design effect. Per base: the
    interval of the change (pp), raw and adjusted p, and the verdict; last two rows: the
    single test of each table over all three answers. The chosen base (parameter
    ``table_base``) is marked in the column headers. ``lang``: ``"en"`` or ``"kk"``.
    """
    w = WORDS[lang]
    deff, conf = setting(changes)
    lv = level(conf, lang)
    chosen = _base_of(changes)
    key = ["indicator", "group", "category"]
    at = changes[(changes["design_effect"] == deff) & (changes["group"] == WHOLE_SAMPLE)]
    labels = CHANGE_ROWS if lang == "en" else CHANGE_ROWS_KK
    rows = []
    for k, label in labels.items():
        if k[1] != WHOLE_SAMPLE:
            continue
        sub = at[(at[key] == pd.Series(k, index=key)).all(axis=1)].set_index("size_scenario")
        r = {w["change_col"]: label, w["pp"]: _signed(sub["diff_pp"].iloc[0], lang)}
        for scen in ("aware", "reported"):
            c = sub.loc[scen]
            head = _scenario(scen, lang) + (w["chosen"] if scen == chosen else "")
            verdict = w["yes"] if c["exceeds_sampling_error"] else w["no"]
            verdict_adj = w["yes"] if c["exceeds_after_adjustment"] else w["no"]
            r[w["head_ci"].format(head=head, level=lv)] = _fmt_ci(
                c["ci_low_pp"], c["ci_high_pp"], lang=lang
            )
            r[w["head_p"].format(head=head)] = (
                f"{_fmt_p(c['p_value'], lang)} / {_fmt_p(c['p_adjusted'], lang)}"
            )
            r[w["head_exceeds"].format(head=head)] = f"{verdict} / {verdict_adj}"
        rows.append(r)
    t = tests[tests["design_effect"] == deff].set_index(["table_id", "size_scenario"])
    for table_id, name in (("table1", w["table1_all"]), ("table2", w["table2_all"])):
        r = {w["change_col"]: name, w["pp"]: "—"}
        for scen in ("aware", "reported"):
            c = t.loc[(table_id, scen)]
            head = _scenario(scen, lang) + (w["chosen"] if scen == chosen else "")
            r[w["head_ci"].format(head=head, level=lv)] = (
                f"χ²({c['dof']}) = {_dec(c['chi2'], lang, 2)}"
            )
            r[w["head_p"].format(head=head)] = f"{_fmt_p(c['p_value'], lang)} / —"
            r[w["head_exceeds"].format(head=head)] = (
                w["yes"] if c["exceeds_sampling_error"] else w["no"]
            ) + " / —"
        rows.append(r)
    n = at[at["design_effect"] == deff].drop_duplicates("size_scenario")
    n = n.set_index("size_scenario")
    whole = n.loc["reported"]
    source = w["base_source"].format(
        a2023=fmt.count(n.loc["aware", "respondents_2023"], lang=lang),
        a2024=fmt.count(n.loc["aware", "respondents_2024"], lang=lang),
        w2023=fmt.count(whole["respondents_2023"], lang=lang),
        w2024=fmt.count(whole["respondents_2024"], lang=lang),
        alpha=number(1 - conf, lang),
    )
    return base_table(
        pd.DataFrame(rows), source=source + method_note(changes, lang) + w["base_data"]
    )


def age_group_sizes_table(sizes: pd.DataFrame, lang: str = "en") -> GT:
    """The ESTIMATED respondents per age group and wave, with the population behind them.

    ``sizes`` is the processed ``age_group_sizes`` (population in thousands, share in
    percent of the population aged 18 and over, respondents as estimates). ``lang``:
    ``"en"`` or ``"kk"``.
    """
    w = WORDS[lang]
    df = pd.DataFrame(
        {
            "Wave": [
                w["midpoint"].format(year=y, date=date_text(m, lang, short=True))
                for y, m in zip(sizes["wave_year"], sizes["fieldwork_midpoint"], strict=True)
            ],
            "Group": sizes["age_group"],
            "Population": [fmt.count(v, lang=lang) for v in sizes["population_thousands"]],
            "Share": [fmt.pct(v, lang=lang) for v in sizes["population_share_pct"]],
            "n": [
                w["of"].format(value=fmt.count(v, lang=lang), total=fmt.count(t, lang=lang))
                for v, t in zip(sizes["respondents_est"], sizes["respondents_wave"], strict=True)
            ],
        }
    )
    df.columns = w["sizes_columns"].split("|")
    return base_table(df, source=w["sizes_source"])


def design_effect_table(intervals: pd.DataFrame, lang: str = "en") -> GT:
    """Margin of error (pp) of every share under each design effect of the build.

    ``intervals`` is the processed ``survey_intervals``; rows use the build's base of
    Tables 1 and 2 and age-group sizes (the scenarios of the default rows). ``lang``:
    ``"en"`` or ``"kk"``.
    """
    w = WORDS[lang]
    deff, conf = setting(intervals)
    aware_base = _base_of(intervals) == "aware"
    scen = _default(intervals)[["indicator", "group", "category", "wave_year", "size_scenario"]]
    df = intervals.merge(scen, on=list(scen.columns))
    grid = sorted(set(df["design_effect"]))
    wide = df.pivot_table(
        index=["indicator", "group", "category", "wave_year", "share_pct", "respondents"],
        columns="design_effect",
        values="moe_pp",
        sort=False,
    ).reset_index()
    labels = {
        "en": {"awareness": "Awareness", "table1": "Table 1", "table2": "Table 2"},
        "kk": {"awareness": "Хабардарлық", "table1": "1-кесте", "table2": "2-кесте"},
    }[lang]

    def answer(category: str) -> str:
        return category.replace("_", " ") if lang == "en" else ANSWER_SHORT_KK[category]

    out = pd.DataFrame(
        {
            w["finding"]: wide["indicator"].map(labels),
            w["group_answer"]: [
                w["age_g"].format(group=g) if i == "awareness" else answer(c)
                for i, g, c in zip(wide["indicator"], wide["group"], wide["category"], strict=True)
            ],
            w["wave"]: wide["wave_year"].astype(str),
            w["share"]: [fmt.pct(v, lang=lang) for v in wide["share_pct"]],
            "n": [
                ("≈" if i == "awareness" or aware_base else "") + fmt.count(n, lang=lang)
                for i, n in zip(wide["indicator"], wide["respondents"], strict=True)
            ],
            **{
                w["moe_col"].format(deff=number(d, lang)): [_dec(v, lang) for v in wide[d]]
                for d in grid
            },
        }
    )
    z = NormalDist().inv_cdf(0.5 + conf / 2)
    return base_table(
        out,
        source=w["deff_source"].format(
            level=level(conf, lang),
            z=_dec(z, lang, 2),
            deff=number(deff, lang),
            base=_scenario(_base_of(intervals), lang),
        ),
    )


def sensitivity_table(changes: pd.DataFrame, lang: str = "en") -> GT:
    """Which changes exceed sampling error under each design effect, base and age size.

    ``changes`` is the processed ``survey_changes``. Columns: each design effect of the
    build with the default scenarios; then, at the build's design effect, the verdict
    after the p-value adjustment, the other base of Tables 1 and 2, and the age-group n
    20% smaller, 20% larger, or n/3 per group. A cell reads "yes" when the interval of the
    change excludes zero, with the p-value of the score test. ``lang``: ``"en"`` or
    ``"kk"``.
    """
    w = WORDS[lang]
    key = ["indicator", "group", "category"]
    deff, conf = setting(changes)
    chosen = _base_of(changes)
    other_base = "reported" if chosen == "aware" else "aware"
    method = _method(changes, lang)
    grid = sorted(set(changes["design_effect"]))

    def cell(sub: pd.DataFrame, *, adjusted: bool = False) -> str:
        if sub.empty:
            return w["na"]
        r = sub.iloc[0]
        hit = r["exceeds_after_adjustment"] if adjusted else r["exceeds_sampling_error"]
        p = r["p_adjusted"] if adjusted else r["p_value"]
        return w["cell"].format(verdict=w["yes"] if hit else w["no"], p=_fmt_p(p, lang))

    scen = _default(changes)[[*key, "size_scenario"]]
    labels = CHANGE_ROWS if lang == "en" else CHANGE_ROWS_KK
    rows = []
    for k, label in labels.items():
        sub = changes[(changes[key] == pd.Series(k, index=key)).all(axis=1)]
        central = sub.merge(scen, on=[*key, "size_scenario"])
        at_default = sub[sub["design_effect"] == deff]
        r = {w["change_col"]: label, w["pp"]: _signed(sub["diff_pp"].iloc[0], lang)}
        for d in grid:
            mark = w["build"] if d == deff else ""
            r[w["deff_col"].format(deff=number(d, lang), mark=mark)] = cell(
                central[central["design_effect"] == d]
            )
        r[w["adj_col"].format(method=method)] = cell(
            central[central["design_effect"] == deff], adjusted=True
        )
        r[_scenario(other_base, lang)] = cell(at_default[at_default["size_scenario"] == other_base])
        for s in ("wpp2024_minus20", "wpp2024_plus20", "equal_thirds"):
            r[_scenario(s, lang)] = cell(at_default[at_default["size_scenario"] == s])
        rows.append(r)
    return base_table(
        pd.DataFrame(rows),
        source=w["sens_source"].format(
            level=level(conf, lang),
            alpha=number(1 - conf, lang),
            base=_scenario(chosen, lang),
            deff=number(deff, lang),
            method=method,
        ),
    )


def _printed_kk(text: str) -> str:
    """The processed ``table2_closure.printed`` ('changed for the better 46.1 + did not
    change 47.3') in Kazakh words and numbers."""
    for en, kk in PRINTED_KK.items():
        text = text.replace(en, kk)
    return re.sub(r"(\d)\.(\d)", r"\1,\2", text)


def table2_closure_table(closure: pd.DataFrame, lang: str = "en") -> GT:
    """How Table 2's missing cells follow from the printed ones (shares in percent).

    ``closure`` is the processed ``table2_closure``; ``lang``: ``"en"`` or ``"kk"``.
    """
    w = WORDS[lang]
    if lang == "en":
        printed = closure["printed"]
        missing = closure["missing_category"].str.replace("_", " ")
        ranges = closure["range_if_hard_to_say"]
    else:
        printed = closure["printed"].map(_printed_kk)
        missing = closure["missing_category"].map(ANSWER_SHORT_KK)
        ranges = [_fmt_ci(0, v, lang=lang).replace("0,0…", "0…") for v in closure["implied_pct"]]
    df = pd.DataFrame(
        {
            "Wave": closure["wave_year"].astype(str),
            "Printed": printed,
            "Sum": [_dec(v, lang) for v in closure["printed_sum_pct"]],
            "Missing": missing,
            "Implied": [_dec(v, lang) for v in closure["implied_pct"]],
            "Range": ranges,
            "Lines": closure["locator"],
        }
    )
    df.columns = w["closure_columns"].split("|")
    return base_table(df, source=w["closure_source"])


def year_order_table(readings: pd.DataFrame, lang: str = "en") -> GT:
    """The two readings of '70,6%/76,1%' and what each wave sums to (percent, pp).

    ``readings`` is the processed ``year_order_readings``; ``lang``: ``"en"`` or ``"kk"``
    (the Kazakh reading labels are built from the shares: '2023 ж. 76,1, 2024 ж. 70,6').
    """
    w = WORDS[lang]
    if lang == "en":
        labels = readings["reading_label"]
    else:
        pos = readings.set_index(["reading", "wave_year"])["positive_pct"]
        labels = [
            f"2023 ж. {_dec(pos[(r, 2023)], lang)}, 2024 ж. {_dec(pos[(r, 2024)], lang)}"
            for r in readings["reading"]
        ]
    verdict = {True: w["order_chosen"], False: w["order_rejected"]}
    df = pd.DataFrame(
        {
            "Reading": readings["reading"].map(lambda r: r if lang == "en" else READING_KK[r])
            + ": "
            + pd.Series(list(labels), index=readings.index),
            "Wave": readings["wave_year"].astype(str),
            "Positive": [_dec(v, lang) for v in readings["positive_pct"]],
            "Neutral": [_dec(v, lang) for v in readings["neutral_pct"]],
            "Negative": [_dec(v, lang) for v in readings["negative_pct"]],
            "Sum": [_dec(v, lang) for v in readings["total_pct"]],
            "Gap": [f"{_signed(v, lang)} {fmt.PP_UNIT[lang]}" for v in readings["gap_pp"]],
            "Change": [
                f"{_signed(v, lang)} {fmt.PP_UNIT[lang]}" for v in readings["positive_change_pp"]
            ],
            "Verdict": readings["chosen"].map(verdict),
        }
    )
    df.columns = w["order_columns"].split("|")
    gt = base_table(df, source=w["order_source"])
    return grey_rows(gt, ~readings["chosen"])
