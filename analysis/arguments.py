"""The argument ledger: the article's claims about the Kurultai, each with a verdict.

The claims ledger (:mod:`analysis.claims`) checks the article's *numbers*; this module
checks its *argument*: the authors' readings of their survey, the experts' positions, the
officials' words, the conclusion and the title. Source: data/raw/article/arguments.csv, one
row per claim (seed lines, a short exact quote, our paraphrase, whose voice, the evidence the
article offers). A row either names a computed ``check`` of :data:`CHECKS`, which reads the
processed tables and returns the verdict, or gives a judgement ``verdict`` with its
``reasoning``. Because the computed verdicts are recomputed at each pipeline run, a change in
the data (or in the parameters: design effect, confidence level) changes them.

Verdicts (:data:`analysis.schemas.raw.VERDICTS`):

``supported``
    the data (or the article's own account) bear the claim out;
``partly_supported``
    part of it holds, or it holds only on a narrower reading;
``not_supported``
    the evidence offered does not bear it out, though nothing shows the opposite;
``contradicted``
    the article's own data show the opposite;
``not_testable``
    nothing in the package (or the article) could show it either way.

Two rules decide the survey-based claims (the same rule for every claim of the same shape):

*change claims* (a share rose, fell, or held steady between the waves), :func:`change_rule`:
    supported when the change goes in the claimed direction by more than sampling error;
    partly supported when it goes in that direction but within sampling error; not supported
    when it goes the other way (or not at all) within sampling error; contradicted when it
    goes the other way by more than sampling error. A claim that a share held steady is
    supported when the change is within sampling error and contradicted when it is not.
*level claims* (a share is, or remains, "high"), :func:`level_rule`, against a threshold
    stated with each claim: supported when the latest confidence interval lies wholly above
    the threshold and the share did not fall by more than sampling error; partly supported
    when it lies above the threshold but the share fell by more than sampling error; not
    supported when the interval includes the threshold; contradicted when it lies wholly
    below it.

Each computed check also states its *robustness*: whether its verdict changes under the other
analytic choices the package computes (design effects 1.0 to 2.0, other age-group sizes,
counting Table 3 from its first row or from the decree).

The module also builds two reference tables used with the ledger: ``deliberative_criteria``
(the benchmarks of deliberative democracy set against the Kurultai) and ``glossary`` (the
Kazakh terms the book uses).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from analysis import params as params_mod
from analysis.errors import PipelineError, Problem
from analysis.outputs import Output, RawTables
from analysis.paths import raw_label
from analysis.prose import fmt
from analysis.schemas.common import table_check
from analysis.schemas.raw import (
    CRITERION_STATUSES,
    VERDICTS,
    DeliberativeCriteriaRaw,
    GlossaryRaw,
)
from analysis.translit import latin

RAW_PATH = "article/arguments.csv"
CRITERIA_PATH = "article/deliberative_criteria.csv"
GLOSSARY_PATH = "article/glossary.csv"

VERDICT_LABELS = {
    "supported": "Supported",
    "partly_supported": "Partly supported",
    "not_supported": "Not supported",
    "contradicted": "Contradicted",
    "not_testable": "Not testable",
}
PART_LABELS = {
    "framing": "Framing",
    "composition": "Composition",
    "attitudes": "Attitudes",
    "communication": "Communication",
    "conclusion": "Conclusion",
}
STATUS_LABELS = {"meets": "meets", "partly": "partly", "does_not_meet": "does not meet"}
#: The same labels in Kazakh (the Kazakh edition; analysis/prose/arguments.py, tables).
VERDICT_LABELS_KK = {
    "supported": "Расталады",
    "partly_supported": "Ішінара расталады",
    "not_supported": "Расталмайды",
    "contradicted": "Мақаланың өз деректеріне қайшы",
    "not_testable": "Тексеруге болмайды",
}
PART_LABELS_KK = {
    "framing": "Кіріспе және тақырыпты сипаттау",
    "composition": "Құрам",
    "attitudes": "Қоғамның көзқарасы",
    "communication": "Коммуникациялық рөл",
    "conclusion": "Қорытынды",
}
#: Whose claim, in words (``article_interviews``: the article's own summary of its expert
#: interviews, lines 271-278, which the text does not attribute to the authors or experts).
VOICE_LABELS = {
    "authors": "authors",
    "article_interviews": "the article, summarising the interviews",
    "experts": "experts",
    "officials": "officials",
    "survey": "survey",
}
VOICE_LABELS_KK = {
    "authors": "авторлар",
    "article_interviews": "мақала, сұхбаттарды қорыта келе",
    "experts": "сарапшылар",
    "officials": "ресми тұлғалар",
    "survey": "сауалнама",
}
STATUS_LABELS_KK = {
    "meets": "сай келеді",
    "partly": "ішінара",
    "does_not_meet": "сай келмейді",
}
#: Days per month for meeting rates (a Julian year over 12).
DAYS_PER_MONTH = 365.25 / 12
#: "Every day" is read generously: a rate of at least this many meetings a month would count
#: as daily dialogue, at least WEEKLY_RATE as frequent dialogue.
DAILY_RATE = 20.0
WEEKLY_RATE = 4.0


@dataclass(frozen=True)
class Verdict:
    """What a computed check finds: the verdict (one of :data:`VERDICTS`), a sentence or two
    of reasoning with the numbers, the processed tables and rows it read, a short value, and
    whether the verdict holds under other analytic choices."""

    verdict: str
    reasoning: str
    reads: str
    data_value: str
    robustness: str
    reasoning_kk: str = ""
    robustness_kk: str = ""


# --- helpers ---------------------------------------------------------------------------------


def _params(built: dict[str, pd.DataFrame]) -> params_mod.Params:
    return params_mod.from_frame(built["parameters"])


def _ci_words(built: dict[str, pd.DataFrame]) -> str:
    return f"{params_mod.from_frame(built['parameters']).confidence_pct:g}% CI"


def _ci_words_kk(built: dict[str, pd.DataFrame]) -> str:
    conf = params_mod.from_frame(built["parameters"]).confidence_pct
    return f"{fmt.number(conf, max_decimals=1, lang='kk')}% СИ"


def _change_rows(built: dict, indicator: str, group: str, category: str) -> pd.DataFrame:
    c = built["survey_changes"]
    rows = c[(c["indicator"] == indicator) & (c["group"] == group) & (c["category"] == category)]
    if rows.empty:
        raise LookupError(f"survey_changes has no row for {indicator}/{group}/{category}")
    return rows


def _default_change(built: dict, indicator: str, group: str, category: str) -> pd.Series:
    rows = _change_rows(built, indicator, group, category)
    default = rows[rows["is_default"]]
    if len(default) != 1:
        raise LookupError(
            f"survey_changes has {len(default)} default rows for {indicator}/{group}/{category}"
        )
    return default.iloc[0]


def _interval(built: dict, indicator: str, group: str, category: str, year: int) -> pd.Series:
    i = built["survey_intervals"]
    rows = i[
        (i["indicator"] == indicator)
        & (i["group"] == group)
        & (i["category"] == category)
        & (i["wave_year"] == year)
        & i["is_default"]
    ]
    if len(rows) != 1:
        raise LookupError(f"survey_intervals: no single default row {indicator}/{category}/{year}")
    return rows.iloc[0]


def change_text(row: pd.Series, ci: str) -> str:
    """``−10.2 pp (95% CI −14.2 to −6.0)`` for a row of ``survey_changes`` (true minus
    signs, :func:`analysis.prose.fmt.signed`)."""
    low, high = (fmt.signed(row[k], 1) for k in ("ci_low_pp", "ci_high_pp"))
    return f"{fmt.pp(row['diff_pp'])} ({ci} {low} to {high})"


def change_text_kk(row: pd.Series, ci: str) -> str:
    """``−10,2 п.т. (95% СИ −16,4 … −3,8)``: :func:`change_text` in Kazakh."""
    low, high = (fmt.signed(row[k], 1, lang="kk") for k in ("ci_low_pp", "ci_high_pp"))
    return f"{fmt.pp(row['diff_pp'], lang='kk')} ({ci} {low} … {high})"


def share_text_kk(row: pd.Series, ci: str) -> str:
    """``70,6% (95% СИ 67,4–73,7)``: :func:`share_text` in Kazakh."""
    return (
        f"{fmt.pct(row['share_pct'], lang='kk')} ({ci} "
        f"{fmt.decimal(row['ci_low_pct'], 1, lang='kk')}–"
        f"{fmt.decimal(row['ci_high_pct'], 1, lang='kk')})"
    )


#: A date in the article's Kazakh style, ``2022 жылғы 14 маусым`` (with a case ending).
day_kk = fmt.date_kk


def share_text(row: pd.Series, ci: str) -> str:
    """``70.6% (95% CI 67.4-73.7)`` for a row of ``survey_intervals``."""
    return f"{row['share_pct']:.1f}% ({ci} {row['ci_low_pct']:.1f}-{row['ci_high_pct']:.1f})"


#: How each ``size_scenario`` of survey_changes is named in a robustness note (empty: the
#: default age-group sizes, not named).
SETTING_LABELS = {
    "wpp2024": "",
    "wpp2024_minus20": "age groups 20% smaller",
    "wpp2024_plus20": "age groups 20% larger",
    "equal_thirds": "age groups in equal thirds",
    "aware": "base: respondents aware of the Kurultai",
    "reported": "base: whole sample",
}


SETTING_LABELS_KK = {
    "wpp2024": "",
    "wpp2024_minus20": "жас топтары 20% кіші",
    "wpp2024_plus20": "жас топтары 20% үлкен",
    "equal_thirds": "жас топтары тең үш бөлік",
    "aware": "негіз: Құрылтайдан хабардар респонденттер",
    "reported": "негіз: бүкіл іріктеме",
}


def _de(value: float) -> str:
    """A design effect with one decimal at least: 1.0, 1.5, 1.25."""
    text = f"{value:.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _setting_label(size_scenario: str, design_effect: float) -> str:
    size = SETTING_LABELS.get(size_scenario, size_scenario)
    return f"design effect {_de(design_effect)}" + (f", {size}" if size else "")


def _setting_label_kk(size_scenario: str, design_effect: float) -> str:
    size = SETTING_LABELS_KK.get(size_scenario, size_scenario)
    return f"дизайн эффектісі {_de(design_effect).replace('.', ',')}" + (
        f", {size}" if size else ""
    )


def _robustness_kk(rows: pd.DataFrame, rule: Callable[[pd.Series], str], default: str) -> str:
    """:func:`_robustness` in Kazakh."""
    verdicts = [
        (rule(r), _setting_label_kk(r["size_scenario"], r["design_effect"]))
        for _, r in rows.iterrows()
    ]
    other = [(v, s) for v, s in verdicts if v != default]
    return _robust_words_kk(
        len(verdicts), [f"{s} кезінде {VERDICT_LABELS_KK[v].lower()}" for v, s in other]
    )


def _robust_words_kk(n: int, other: list[str]) -> str:
    if not other:
        return f"Есептелген барлық {n} баптауда баға өзгермейді."
    return f"Баға {n} баптаудың {n - len(other)} баптауында сақталады; " + "; ".join(other) + "."


def _robustness(rows: pd.DataFrame, rule: Callable[[pd.Series], str], default: str) -> str:
    """Apply ``rule`` (row of survey_changes -> verdict) to every setting the package computes
    and say whether the default verdict holds in all of them."""
    verdicts = [
        (rule(r), _setting_label(r["size_scenario"], r["design_effect"]))
        for _, r in rows.iterrows()
    ]
    other = [(v, s) for v, s in verdicts if v != default]
    n = len(verdicts)
    if not other:
        return f"Same verdict under all {n} settings computed."
    return (
        f"Holds in {n - len(other)} of {n} settings; "
        + "; ".join(f"{VERDICT_LABELS[v].lower()} at {s}" for v, s in other)
        + "."
    )


def _survey_verdict(
    built: dict,
    indicator: str,
    group: str,
    category: str,
    rule: Callable[[pd.Series], str],
    describe: Callable[[pd.Series, str, str], str],
    describe_kk: Callable[[pd.Series, str, str], str],
) -> Verdict:
    row = _default_change(built, indicator, group, category)
    verdict = rule(row)
    ci = _ci_words(built)
    rows = _change_rows(built, indicator, group, category)
    reads = (
        f"survey_changes (indicator {indicator}, group {group}, category {category}, default row)"
    )
    return Verdict(
        verdict,
        describe(row, ci, verdict),
        reads,
        f"{row['diff_pp']:+.1f} pp",
        _robustness(rows, rule, verdict),
        describe_kk(row, _ci_words_kk(built), verdict),
        _robustness_kk(rows, rule, verdict),
    )


def _years(row: pd.Series) -> str:
    return f"{row['share_2023_pct']:.1f}% in 2023 and {row['share_2024_pct']:.1f}% in 2024"


def _years_kk(row: pd.Series) -> str:
    return (
        f"2023 жылы {fmt.pct(row['share_2023_pct'], lang='kk')}, "
        f"2024 жылы {fmt.pct(row['share_2024_pct'], lang='kk')}"
    )


def _exceeds_kk(row: pd.Series) -> str:
    return (
        "іріктеу қателігінен үлкен"
        if row["exceeds_sampling_error"]
        else "іріктеу қателігі шегінде (интервал нөлді қамтиды)"
    )


def _exceeds(row: pd.Series) -> str:
    return (
        "larger than sampling error"
        if row["exceeds_sampling_error"]
        else "within sampling error (the interval includes zero)"
    )


# --- survey checks ---------------------------------------------------------------------------


def _rise(r: pd.Series) -> str:
    """The change rule for a claim that a share rose."""
    return change_rule(r["diff_pp"], bool(r["exceeds_sampling_error"]), +1)


def _youth_awareness(raw: RawTables, built: dict) -> Verdict:
    rule = _rise

    def describe(r: pd.Series, ci: str, v: str) -> str:
        return (
            f"Awareness among 18-28-year-olds was {_years(r)}, a change of {change_text(r, ci)}: "
            f"upward, but {_exceeds(r)}; the group sizes are estimates."
        )

    def describe_kk(r: pd.Series, ci: str, v: str) -> str:
        return (
            f"18–28 жастағылардың хабардарлығы {_years_kk(r)}, өзгеріс {change_text_kk(r, ci)}: "
            f"бағыты өсуге қарай, ал шамасы {_exceeds_kk(r)}; жас топтарының көлемі шамалап "
            "есептелген."
        )

    return _survey_verdict(built, "awareness", "18-28", "aware", rule, describe, describe_kk)


def _awareness_growth(raw: RawTables, built: dict) -> Verdict:
    c = built["survey_changes"]
    rows = c[c["indicator"] == "awareness"]
    if rows.empty:
        raise LookupError("survey_changes has no awareness rows")

    def verdict_of(frame: pd.DataFrame) -> str:
        """The change rule in each age group; the verdict most groups get (if all differ,
        the middle one)."""
        order = ["supported", "partly_supported", "not_supported", "contradicted"]
        got = sorted((_rise(r) for _, r in frame.iterrows()), key=order.index)
        counts = pd.Series(got).value_counts()
        return counts.index[0] if counts.iloc[0] > 1 else got[len(got) // 2]

    default = rows[rows["is_default"]]
    verdict = verdict_of(default)
    ci = _ci_words(built)
    parts = "; ".join(f"{r.group} {change_text(r._asdict(), ci)}" for r in default.itertuples())
    settings = rows.groupby(["size_scenario", "design_effect"])
    other = [
        f"{VERDICT_LABELS[verdict_of(g)].lower()} at {_setting_label(size, de)}"
        for (size, de), g in settings
        if verdict_of(g) != verdict
    ]
    robustness = (
        f"Same verdict under all {settings.ngroups} settings computed."
        if not other
        else f"Holds in {settings.ngroups - len(other)} of {settings.ngroups} settings; "
        + "; ".join(other)
        + "."
    )
    ci_kk = _ci_words_kk(built)
    parts_kk = "; ".join(
        f"{r.group.replace('-', '–')} {change_text_kk(r._asdict(), ci_kk)}"
        for r in default.itertuples()
    )
    other_kk = [
        f"{_setting_label_kk(size, de)} кезінде {VERDICT_LABELS_KK[verdict_of(g)].lower()}"
        for (size, de), g in settings
        if verdict_of(g) != verdict
    ]
    return Verdict(
        verdict,
        "No measure of political activity is reported; awareness of the Kurultai is only a "
        "rough stand-in for it (hearing of a body is not taking part in politics). By the "
        f"change rule, applied to each age group, awareness changed by {parts}; the verdict "
        "is the one most age groups get.",
        "survey_changes (indicator awareness, default rows)",
        "; ".join(f"{r.group} {r.diff_pp:+.1f} pp" for r in default.itertuples()),
        robustness,
        "Саяси белсенділіктің өлшемі берілмеген; Құрылтай туралы хабардарлық ол үшін тек "
        "жанама (шамалы) көрсеткіш (органды естіп-білу саясатқа қатысу емес). Өзгеріс "
        f"ережесін әр жас тобына қолдансақ, хабардарлық былай өзгерді: {parts_kk}; баға – жас "
        "топтарының көбі алатын баға.",
        _robust_words_kk(settings.ngroups, other_kk),
    )


def _awareness_majority(raw: RawTables, built: dict) -> Verdict:
    a = built["awareness_by_age"]
    latest = a[a["wave_year"] == a["wave_year"].max()].sort_values("age_min")
    ci = _ci_words(built)
    year = int(latest["wave_year"].iloc[0])
    below = latest[latest["share_pct"] < 50]
    # Awareness cannot measure a platform for dialogue or a political culture: the verdict
    # is "not testable" whatever the shares; they are reported as context only.
    verdict = "not_testable"
    shares = "; ".join(
        f"{r.age_group} {share_text(_interval(built, 'awareness', r.age_group, 'aware', year), ci)}"
        for r in latest.itertuples()
    )
    top_group = latest.sort_values("share_pct")["age_group"].iloc[-1]
    top = _interval(built, "awareness", top_group, "aware", year)
    open_top = bool(top["ci_high_pct"] >= 50)
    some = (
        "in every age group"
        if len(below) == len(latest)
        else f"in {len(below)} of {len(latest)} age groups"
    )
    ci_kk = _ci_words_kk(built)
    shares_kk = "; ".join(
        f"{r.age_group.replace('-', '–')} "
        f"{share_text_kk(_interval(built, 'awareness', r.age_group, 'aware', year), ci_kk)}"
        for r in latest.itertuples()
    )
    some_kk = (
        "әр жас тобында"
        if len(below) == len(latest)
        else f"{len(latest)} жас тобының {len(below)} тобында"
    )
    return Verdict(
        verdict,
        "Awareness is at most a rough stand-in here: having heard of the Kurultai does not "
        f"measure what the claim asserts. For context, in {year} the estimated share who had "
        f"heard that the Kurultai works was below half {some} ({shares})"
        + (
            f"; the interval for {top_group} reaches {top['ci_high_pct']:.1f}%, so a majority "
            "there cannot be ruled out."
            if open_top
            else "."
        ),
        f"awareness_by_age (wave {year}); survey_intervals (awareness, default rows)",
        f"{len(below)} of {len(latest)} age groups below 50% (point estimates)",
        "Does not depend on an analytic choice: the claim is not testable whatever the "
        "awareness figures.",
        "Хабардарлық мұнда тек жанама (шамалы) көрсеткіш: Құрылтай туралы естіп-білу "
        f"тұжырымның айтқанын өлшемейді. Мәлімет ретінде: {year} жылы Құрылтайдың жұмыс "
        f"істейтінін естігендердің бағаланған үлесі {some_kk} жартыдан төмен болды "
        f"({shares_kk})"
        + (
            f"; {top_group.replace('-', '–')} тобының интервалы "
            f"{fmt.decimal(top['ci_high_pct'], 1, lang='kk')}% деңгейіне жетеді, сондықтан "
            "онда көпшіліктің хабардар болуын жоққа шығаруға болмайды."
            if open_top
            else "."
        ),
        "Талдаудағы таңдауға байланысты емес: хабардарлық деректері қандай болса да, "
        "тұжырымды тексеруге болмайды.",
    )


def _year_order_note(built: dict) -> str:
    r = built.get("year_order_readings")
    if r is None or r.empty:
        return ""
    rejected = r[~r["chosen"]]
    if rejected.empty:
        return ""
    change = rejected["positive_change_pp"].iloc[0]
    return (
        f" Under the rejected year order, which does not let the waves add up to 100, the "
        f"positive share would change by {change:+.1f} pp."
    )


def _year_order_note_kk(built: dict) -> str:
    r = built.get("year_order_readings")
    if r is None or r.empty:
        return ""
    rejected = r[~r["chosen"]]
    if rejected.empty:
        return ""
    change = fmt.pp(rejected["positive_change_pp"].iloc[0], lang="kk")
    return (
        " Толқындардың қосындысын 100-ге жеткізбейтін, қабылданбаған жыл ретімен оқысақ, "
        f"оң көзқарас үлесінің өзгерісі {change} болар еді."
    )


def change_rule(diff_pp: float, exceeds: bool, direction: int) -> str:
    """The verdict on a change claim (module docstring). ``direction``: +1 the claim says the
    share rose, -1 that it fell, 0 that it held steady; ``exceeds``: the change is larger
    than sampling error (its confidence interval excludes zero)."""
    if direction == 0:
        return "contradicted" if exceeds else "supported"
    if diff_pp * direction > 0:
        return "supported" if exceeds else "partly_supported"
    return "contradicted" if exceeds else "not_supported"


def level_rule(ci_low: float, ci_high: float, threshold: float, fell: bool) -> str:
    """The verdict on a level claim (module docstring): the latest share's confidence
    interval ``ci_low``-``ci_high`` (percent) against ``threshold`` (percent); ``fell``: the
    share fell between the waves by more than sampling error."""
    if ci_high < threshold:
        return "contradicted"
    if ci_low <= threshold:
        return "not_supported"
    return "partly_supported" if fell else "supported"


def _interval_for(built: dict, r: pd.Series, year: int = 2024, category: str | None = None):
    """The row of survey_intervals for the same indicator, group, setting (size_scenario,
    design effect) and wave as the survey_changes row ``r`` (another ``category`` if given)."""
    i = built["survey_intervals"]
    rows = i[
        (i["indicator"] == r["indicator"])
        & (i["group"] == r["group"])
        & (i["category"] == (category or r["category"]))
        & (i["wave_year"] == year)
        & (i["size_scenario"] == r["size_scenario"])
        & (i["design_effect"] == r["design_effect"])
    ]
    if len(rows) != 1:
        raise LookupError(f"survey_intervals: no single row matching {r['indicator']}/{year}")
    return rows.iloc[0]


#: The threshold of "attitudes stay high" (a majority of respondents, percent).
POSITIVE_HIGH_THRESHOLD = 50.0


def positive_high_rule(r: pd.Series, built: dict) -> str:
    """Verdict on "attitudes stay high" for a row of survey_changes (table1, positive): the
    level rule with a majority (:data:`POSITIVE_HIGH_THRESHOLD`) as the threshold."""
    iv = _interval_for(built, r)
    fell = bool(r["diff_pp"] < 0 and r["exceeds_sampling_error"])
    return level_rule(iv["ci_low_pct"], iv["ci_high_pct"], POSITIVE_HIGH_THRESHOLD, fell)


def _positive_high(raw: RawTables, built: dict) -> Verdict:
    def rule(r: pd.Series) -> str:
        return positive_high_rule(r, built)

    def describe(r: pd.Series, ci: str, v: str) -> str:
        latest = _interval(built, "table1", "all", "positive", 2024)
        level = (
            "still a majority"
            if latest["ci_low_pct"] > POSITIVE_HIGH_THRESHOLD
            else "not clearly a majority"
        )
        return (
            f"A level claim, with a majority ({POSITIVE_HIGH_THRESHOLD:.0f}%) as the threshold "
            f"for 'high': the positive share is {level}, {share_text(latest, ci)} in 2024, against "
            f"{r['share_2023_pct']:.1f}% in 2023: a change of {change_text(r, ci)}, "
            f"{_exceeds(r)}. The years of the printed pair are inferred."
        )

    def describe_kk(r: pd.Series, ci: str, v: str) -> str:
        latest = _interval(built, "table1", "all", "positive", 2024)
        level = (
            "әлі де көпшілік"
            if latest["ci_low_pct"] > POSITIVE_HIGH_THRESHOLD
            else "көпшілік екені анық емес"
        )
        return (
            "Деңгей туралы тұжырым, «жоғары» деудің шегі – көпшілік "
            f"({POSITIVE_HIGH_THRESHOLD:.0f}%): оң көзқарастағылар үлесі {level}: 2024 жылы "
            f"{share_text_kk(latest, ci)}, "
            f"2023 жылы {fmt.pct(r['share_2023_pct'], lang='kk')}; өзгеріс "
            f"{change_text_kk(r, ci)}, {_exceeds_kk(r)}. Басылған екі санның қай жылға "
            "жататыны мақаладан тікелей оқылмайды, біз оны шамалап анықтадық."
        )

    v = _survey_verdict(built, "table1", "all", "positive", rule, describe, describe_kk)
    return Verdict(
        v.verdict,
        v.reasoning,
        v.reads + "; survey_intervals (table1, positive, 2024); year_order_readings",
        v.data_value,
        v.robustness + _year_order_note(built),
        v.reasoning_kk,
        v.robustness_kk + _year_order_note_kk(built),
    )


def _neutral_rise(raw: RawTables, built: dict) -> Verdict:
    rule = _rise

    def describe(r: pd.Series, ci: str, v: str) -> str:
        return (
            f"The neutral share was {_years(r)}, a change of {change_text(r, ci)}, {_exceeds(r)}. "
            "Why people are neutral is not asked, so the reading (not ready to judge) is untested."
        )

    def describe_kk(r: pd.Series, ci: str, v: str) -> str:
        return (
            f"Бейтарап үлес {_years_kk(r)}, өзгеріс {change_text_kk(r, ci)}, {_exceeds_kk(r)}. "
            "Адамдардың неге бейтарап екені сұралмаған, сондықтан авторлардың түсіндірмесі "
            "(баға беруге әлі дайын емес) тексерілмеген."
        )

    return _survey_verdict(built, "table1", "all", "neutral", rule, describe, describe_kk)


def _negative_rise(raw: RawTables, built: dict) -> Verdict:
    rule = _rise

    def describe(r: pd.Series, ci: str, v: str) -> str:
        return (
            f"The negative share was {_years(r)}, a change of {change_text(r, ci)}, {_exceeds(r)}."
        )

    def describe_kk(r: pd.Series, ci: str, v: str) -> str:
        return f"Теріс үлес {_years_kk(r)}, өзгеріс {change_text_kk(r, ci)}, {_exceeds_kk(r)}."

    return _survey_verdict(built, "table1", "all", "negative", rule, describe, describe_kk)


def _no_change_stable(raw: RawTables, built: dict) -> Verdict:
    def rule(r: pd.Series) -> str:
        return change_rule(r["diff_pp"], bool(r["exceeds_sampling_error"]), 0)

    def describe(r: pd.Series, ci: str, v: str) -> str:
        return (
            f"The share whose attitude did not change was {_years(r)}, a change of "
            f"{change_text(r, ci)}, {_exceeds(r)}."
        )

    def describe_kk(r: pd.Series, ci: str, v: str) -> str:
        return (
            f"Көзқарасы өзгермегендер үлесі {_years_kk(r)}, өзгеріс {change_text_kk(r, ci)}, "
            f"{_exceeds_kk(r)}."
        )

    return _survey_verdict(built, "table2", "all", "no_change", rule, describe, describe_kk)


def better_high_threshold(built: dict, r: pd.Series) -> float:
    """The threshold of "the share changed for the better remains considerably high": the
    share that changed for the *worse* in the same wave and setting (percent)."""
    return float(_interval_for(built, r, category="changed_negative")["share_pct"])


def _better_remained_high(raw: RawTables, built: dict) -> Verdict:
    """A level claim (lines 389-390: the share "remains at a considerably high level"):
    the level rule, with the share that changed for the worse as the threshold."""

    def rule(r: pd.Series) -> str:
        iv = _interval_for(built, r)
        fell = bool(r["diff_pp"] < 0 and r["exceeds_sampling_error"])
        return level_rule(
            iv["ci_low_pct"], iv["ci_high_pct"], better_high_threshold(built, r), fell
        )

    def describe(r: pd.Series, ci: str, v: str) -> str:
        closure = built.get("table2_closure")
        hard = ""
        if closure is not None and not closure.empty:
            cell = closure[closure["missing_category"] == "changed_positive"]
            if len(cell):
                hard = (
                    f" The 2024 share is implied by the printed cells; if some respondents "
                    f"answered 'hard to say' it would lie between "
                    f"{cell['range_if_hard_to_say'].iloc[0].replace(' to ', ' and ')}%, so the "
                    "fall would be larger still."
                )
        return (
            "A level claim, with the share that changed for the worse as the threshold for "
            f"'considerably high': in 2024 'changed for the better' was "
            f"{share_text(_interval_for(built, r), ci)}, against "
            f"{better_high_threshold(built, r):.1f}% for the worse, so the level holds. "
            f"But it fell from {r['share_2023_pct']:.1f}% in 2023, {change_text(r, ci)}, "
            f"{_exceeds(r)}"
            + (
                f": the authors call a share that lost about "
                f"{-100 * r['diff_pp'] / r['share_2023_pct']:.0f}% of its 2023 level "
                f"'considerably high'.{hard}"
                if r["diff_pp"] < 0 and r["exceeds_sampling_error"]
                else f".{hard}"
            )
        )

    def describe_kk(r: pd.Series, ci: str, v: str) -> str:
        closure = built.get("table2_closure")
        hard = ""
        if closure is not None and not closure.empty:
            cell = closure[closure["missing_category"] == "changed_positive"]
            if len(cell):
                low, _, high = cell["range_if_hard_to_say"].iloc[0].partition(" to ")
                hard = (
                    " 2024 жылғы үлес басылған ұяшықтардан шығарылған; егер кейбір "
                    "респонденттер жауап беруге қиналған болса, ол "
                    f"{low.replace('.', ',')}–{high.replace('.', ',')}% аралығында болар еді, "
                    "яғни төмендеу одан да үлкен."
                )
        fall = fmt.number(-100 * r["diff_pp"] / r["share_2023_pct"], max_decimals=0, lang="kk")
        return (
            "Деңгей туралы тұжырым, «айтарлықтай жоғары» деудің шегі – көзқарасы теріс "
            "жаққа өзгергендер үлесі: 2024 жылы «жақсы жаққа өзгерді» деген жауап "
            f"{share_text_kk(_interval_for(built, r), ci)}, ал теріс жаққа өзгергендер "
            f"{fmt.pct(better_high_threshold(built, r), lang='kk')}, демек деңгей шектен "
            f"жоғары. Бірақ ол 2023 жылғы {fmt.pct(r['share_2023_pct'], lang='kk')} "
            f"деңгейінен төмендеді, өзгеріс {change_text_kk(r, ci)}, {_exceeds_kk(r)}"
            + (
                f": авторлар 2023 жылғы деңгейінің шамамен {fall}%-ын жоғалтқан үлесті "
                f"«айтарлықтай жоғары» дейді.{hard}"
                if r["diff_pp"] < 0 and r["exceeds_sampling_error"]
                else f".{hard}"
            )
        )

    return _survey_verdict(built, "table2", "all", "changed_positive", rule, describe, describe_kk)


def _unmet_expectations_pattern(raw: RawTables, built: dict) -> Verdict:
    better = _default_change(built, "table2", "all", "changed_positive")
    worse = _default_change(built, "table2", "all", "changed_negative")

    def rule(b: pd.Series, w: pd.Series) -> str:
        down = b["diff_pp"] < 0 and b["exceeds_sampling_error"]
        up = w["diff_pp"] > 0 and w["exceeds_sampling_error"]
        return "partly_supported" if down and up else "not_supported"

    verdict = rule(better, worse)
    ci = _ci_words(built)
    pairs = _paired_settings(built, "changed_positive", "changed_negative")
    other = [s for (b, w, s) in pairs if rule(b, w) != verdict]
    return Verdict(
        verdict,
        (
            "The pattern the reading needs is in the data"
            if verdict == "partly_supported"
            else "The data do not show the pattern the reading needs"
        )
        + f": 'changed for the better' {change_text(better, ci)}, 'changed for the worse' "
        f"{change_text(worse, ci)}"
        + ("; both larger than sampling error." if verdict == "partly_supported" else "."),
        "survey_changes (table2, changed_positive and changed_negative, default rows)",
        f"{better['diff_pp']:+.1f} pp / {worse['diff_pp']:+.1f} pp",
        _pair_robustness(pairs, other),
        (
            "Бұл түсіндірмеге қажетті өзгерістер деректерде бар"
            if verdict == "partly_supported"
            else "Бұл түсіндірмеге қажетті өзгерістер деректерде жоқ"
        )
        + f": «жақсы жаққа өзгерді» {change_text_kk(better, _ci_words_kk(built))}, «теріс "
        f"жаққа өзгерді» {change_text_kk(worse, _ci_words_kk(built))}"
        + ("; екеуі де іріктеу қателігінен үлкен." if verdict == "partly_supported" else "."),
        _pair_robustness_kk(built, pairs, rule, verdict),
    )


def _pair_robustness_kk(built: dict, pairs: list, rule: Callable, verdict: str) -> str:
    """:func:`_pair_robustness` in Kazakh (settings named as in :data:`SETTING_LABELS_KK`)."""
    keys = ["size_scenario", "design_effect"]
    a = _change_rows(built, "table2", "all", "changed_positive").set_index(keys)
    b = _change_rows(built, "table2", "all", "changed_negative").set_index(keys)
    other = [
        f"{_setting_label_kk(*k)} кезінде сақталмайды"
        for k in sorted(set(a.index) & set(b.index))
        if rule(a.loc[k], b.loc[k]) != verdict
    ]
    return _robust_words_kk(len(pairs), other)


def _paired_settings(
    built: dict, first: str, second: str
) -> list[tuple[pd.Series, pd.Series, str]]:
    keys = ["size_scenario", "design_effect"]
    a = _change_rows(built, "table2", "all", first).set_index(keys)
    b = _change_rows(built, "table2", "all", second).set_index(keys)
    return [(a.loc[k], b.loc[k], _setting_label(*k)) for k in sorted(set(a.index) & set(b.index))]


def _pair_robustness(pairs: list, other: list[str]) -> str:
    if not other:
        return f"Same verdict under all {len(pairs)} settings computed."
    return (
        f"Holds in {len(pairs) - len(other)} of {len(pairs)} settings; not at {'; '.join(other)}."
    )


def _expectations_exceeded(raw: RawTables, built: dict) -> Verdict:
    better = _default_change(built, "table2", "all", "changed_positive")
    worse = _default_change(built, "table2", "all", "changed_negative")

    def rule(b: pd.Series, w: pd.Series) -> str:
        down = b["diff_pp"] < 0 and b["exceeds_sampling_error"]
        up = w["diff_pp"] > 0 and w["exceeds_sampling_error"]
        if down and up:
            return "contradicted"
        if down or up:
            return "not_supported"
        return "not_testable"

    verdict = rule(better, worse)
    ci = _ci_words(built)
    pairs = _paired_settings(built, "changed_positive", "changed_negative")
    other = [s for (b, w, s) in pairs if rule(b, w) != verdict]
    return Verdict(
        verdict,
        "No measure of expectations is reported, but the article's own survey moves the other "
        f"way: 'changed for the better' {change_text(better, ci)} and 'changed for the worse' "
        f"{change_text(worse, ci)}, to {worse['share_2024_pct']:.1f}% in 2024.",
        "survey_changes (table2, changed_positive and changed_negative, default rows)",
        f"{better['diff_pp']:+.1f} pp / {worse['diff_pp']:+.1f} pp",
        _pair_robustness(pairs, other),
        "Күтулердің өлшемі берілмеген, ал мақаланың өз сауалнамасы кері бағытта өзгерген: "
        f"«жақсы жаққа өзгерді» {change_text_kk(better, _ci_words_kk(built))}, «теріс жаққа "
        f"өзгерді» {change_text_kk(worse, _ci_words_kk(built))}; соңғысы 2024 жылы "
        f"{fmt.pct(worse['share_2024_pct'], lang='kk')} болды.",
        _pair_robustness_kk(built, pairs, rule, verdict),
    )


# --- meetings checks -------------------------------------------------------------------------


def meeting_dates(built: dict, *, from_decree: bool = False) -> pd.Series:
    """Sorted dates of the dated meetings of Table 3 (one per meeting, ``meetings_log``);
    with ``from_decree``, only those on or after the decree (``before_decree`` false)."""
    log = built["meetings_log"].drop_duplicates("meeting_id")
    if from_decree:
        log = log[~log["before_decree"]]
    return log["meeting_date"].sort_values().reset_index(drop=True)


def cadence(dates: pd.Series) -> dict[str, object]:
    """Meetings, span in months, meetings per month and the longest gap (days, from, to)
    for sorted meeting ``dates``. Raises ``ValueError`` for fewer than two dates."""
    if len(dates) < 2:
        raise ValueError("a cadence needs at least two meetings")
    gaps = dates.diff().dt.days
    i = int(gaps.idxmax())
    months = (dates.iloc[-1] - dates.iloc[0]).days / DAYS_PER_MONTH
    return {
        "meetings": len(dates),
        "first": dates.iloc[0],
        "last": dates.iloc[-1],
        "months": months,
        "per_month": len(dates) / months,
        "longest_gap_days": int(gaps.iloc[i]),
        "gap_from": dates.iloc[i - 1],
        "gap_to": dates.iloc[i],
        "median_gap_days": float(gaps.dropna().median()),
    }


def _daily_rule(per_month: float) -> str:
    if per_month >= DAILY_RATE:
        return "supported"
    if per_month >= WEEKLY_RATE:
        return "partly_supported"
    return "not_supported"


def _d(ts: pd.Timestamp) -> str:
    return f"{ts.day} {ts:%B %Y}"


def _daily_dialogue(raw: RawTables, built: dict) -> Verdict:
    """Lines 618-619: a continuous dialogue between the authorities and civil society goes on
    every day. The article documents no channel for it, so the claim is not testable; the
    one strand the book can count, Table 3's one-to-one meetings, is rated by
    :func:`_daily_rule` and reported."""
    c = cadence(meeting_dates(built))
    strand = _daily_rule(c["per_month"])
    verdict = "not_testable"
    d = cadence(meeting_dates(built, from_decree=True))
    same = _daily_rule(d["per_month"]) == strand
    return Verdict(
        verdict,
        "The claim is about dialogue between the authorities and civil society, and the "
        "article documents no channel for it, nor does it offer Table 3 as its evidence. The "
        "book can test one strand only, the President's one-to-one meetings with members: "
        f"Table 3 has {c['meetings']} dated meetings in "
        f"{c['months']:.0f} months ({_d(c['first'])} to {_d(c['last'])}): "
        f"{c['per_month']:.1f} a month, with a median gap of {c['median_gap_days']:.0f} days "
        f"and a longest gap of {c['longest_gap_days']} days ({_d(c['gap_from'])} to "
        f"{_d(c['gap_to'])}). On that strand alone a daily dialogue would be "
        f"{VERDICT_LABELS[strand].lower()} (daily would need at least {DAILY_RATE:.0f} "
        "meetings a month).",
        "meetings_log (one row per meeting)",
        f"{c['per_month']:.2f} meetings a month; longest gap {c['longest_gap_days']} days",
        f"Counting from the decree ({d['meetings']} meetings, {d['per_month']:.1f} a month, "
        f"longest gap {d['longest_gap_days']} days): "
        + (
            "the same on that strand."
            if same
            else f"{VERDICT_LABELS[_daily_rule(d['per_month'])].lower()} on that strand."
        ),
        "Тұжырым билік пен азаматтық қоғам арасындағы диалог туралы, ал мақала оның бірде-бір "
        "арнасын құжаттамайды және 3-кестені оның дәлелі ретінде ұсынбайды. Кітап тек бір "
        "арнаны, Президенттің мүшелермен жеке кездесулерін, тексере алады: 3-кестеде "
        f"{fmt.number(c['months'], max_decimals=0)} "
        f"ай ішінде ({day_kk(c['first'])} – {day_kk(c['last'])}) күні көрсетілген "
        f"{c['meetings']} кездесу бар: айына {fmt.decimal(c['per_month'], 1, lang='kk')}, "
        f"кездесулер арасының медианасы {fmt.number(c['median_gap_days'], max_decimals=0)} күн, "
        f"ең ұзақ аралық {c['longest_gap_days']} күн ({day_kk(c['gap_from'])} – "
        f"{day_kk(c['gap_to'])}). Тек осы арна бойынша күн сайынғы диалог туралы тұжырым "
        f"{VERDICT_LABELS_KK[strand].lower()} (күн сайынғы диалог үшін айына кемінде "
        f"{DAILY_RATE:.0f} кездесу керек).",
        f"Жарлықтан бастап санағанда ({d['meetings']} кездесу, айына "
        f"{fmt.decimal(d['per_month'], 1, lang='kk')}, ең ұзақ аралық "
        f"{d['longest_gap_days']} күн): "
        + (
            "осы арна бойынша баға өзгермейді."
            if same
            else f"осы арна бойынша {VERDICT_LABELS_KK[_daily_rule(d['per_month'])].lower()}."
        ),
    )


def _rates_differ(built: dict, covered: pd.DataFrame) -> bool:
    """True when the meeting rates of the ``covered`` session intervals differ by more than
    chance would give: :func:`analysis.meetings.rate_homogeneity_p` below the build's alpha,
    both over whole intervals and with the last one cut at Table 3's last meeting."""
    from analysis.meetings import rate_homogeneity_p

    alpha = 1 - _params(built).confidence_level
    counts = [int(x) for x in covered["meetings"]]
    p_full = rate_homogeneity_p(counts, [int(x) for x in covered["days"]])
    p_last = rate_homogeneity_p(counts, [int(x) for x in covered["days_to_last"]])
    return max(p_full, p_last) < alpha


def _meeting_trend(raw: RawTables, built: dict) -> Verdict:
    """Lines 450-453: the President meets members regularly. Supported when meetings fall
    in every interval between sessions that Table 3 covers and their rates do not differ by
    more than chance would give; partly supported when the rate falls from interval to
    interval by more than chance would give."""
    s = built["session_intervals"]
    covered = s[s["table3_covers"] & s["meetings_per_year"].notna()].sort_values("interval_order")
    rates = covered["meetings_per_year"].tolist()
    if len(rates) < 2:
        raise LookupError("session_intervals has fewer than two covered intervals")
    falling = all(b < a for a, b in itertools.pairwise(rates))
    beyond = _rates_differ(built, covered)
    verdict = "partly_supported" if falling and beyond else "supported"
    per = ", ".join(
        f"{r.meetings_per_year:.1f} between sessions {r.interval_label}"
        for r in covered.itertuples()
    )
    last = meeting_dates(built).iloc[-1]
    by_year = built["meetings_by_year"].sort_values("year")
    years = ", ".join(f"{r.meetings} in {r.year}" for r in by_year.itertuples())
    return Verdict(
        verdict,
        "The President met members in every interval between sessions that Table 3 covers, "
        "so the meetings recur; but "
        + ("the rate fell" if falling else "the rate did not fall steadily")
        + f": {per} (meetings a year), the last on {_d(last)}. "
        + (
            "The differences exceed what chance would give, so the pace thinned."
            if beyond
            else "With counts this small the differences are within what chance would give "
            "(a test that the intervals share one rate does not reject it), so the data do not "
            "show the pace thinning."
        ),
        "session_intervals (intervals Table 3 covers); meetings_log; meetings_by_year",
        " / ".join(f"{x:.1f}" for x in rates) + " a year",
        f"By calendar year: {years} (2022 includes the meetings before the decree; 2025 only "
        "January).",
        "Президент 3-кесте қамтитын отырыстар арасындағы әр кезеңде мүшелермен кездескен, "
        "яғни кездесулер қайталанып отырады; бірақ олардың "
        + ("жиілігі төмендеді" if falling else "жиілігі тұрақты түрде төмендемеді")
        + ": "
        + ", ".join(
            f"{r.interval_label.replace('-', '–')} отырыстары аралығында жылына "
            f"{fmt.decimal(r.meetings_per_year, 1, lang='kk')}"
            for r in covered.itertuples()
        )
        + f"; соңғы кездесу {day_kk(last, 'locative')} болды. "
        + (
            "Айырмашылықтар кездейсоқтық бере алатыннан үлкен, демек қарқын сиреді."
            if beyond
            else "Сандар аз болғандықтан, айырмашылықтар кездейсоқтық шегінде (тест аралықтардың "
            "жиілігі бірдей деген болжамды жоққа шығармайды), сондықтан деректер "
            "қарқынның сирегенін көрсетпейді."
        ),
        "Күнтізбелік жыл бойынша: "
        + ", ".join(f"{r.year} жылы {r.meetings}" for r in by_year.itertuples())
        + " (2022 жылға жарлыққа дейінгі кездесулер кіреді; 2025 жылдан тек қаңтар).",
    )


def _meeting_tradition(raw: RawTables, built: dict) -> Verdict:
    """Lines 612-613: the meetings "have become an established tradition and continue
    constantly". The same rule as :func:`_meeting_trend` (rates between sessions against
    chance), read for continuity: span, calendar years and gaps."""
    trend = _meeting_trend(raw, built)
    c = cadence(meeting_dates(built))
    by_year = built["meetings_by_year"].sort_values("year")
    years = ", ".join(f"{r.meetings} in {r.year}" for r in by_year.itertuples())
    differ = trend.verdict == "partly_supported"
    last_gap = c["gap_to"] == c["last"]
    return Verdict(
        trend.verdict,
        f"A tradition, yes: {c['meetings']} dated meetings from {_d(c['first'])} to "
        f"{_d(c['last'])}, in every calendar year ({years}); the rates between sessions "
        f"({trend.data_value}) "
        + ("differ by more than chance would give." if differ else "are within chance.")
        + " 'Constantly' is a strong word, though: the median gap between meetings is "
        f"{c['median_gap_days']:.0f} days and the longest {c['longest_gap_days']} days "
        f"({_d(c['gap_from'])} to {_d(c['gap_to'])})"
        + (", the last before the list ends." if last_gap else "."),
        "meetings_log; meetings_by_year; session_intervals",
        f"longest gap {c['longest_gap_days']} days",
        "2022 includes the meetings before the decree; 2025 only January.",
        f"Дәстүр екені рас: {day_kk(c['first'])} мен {day_kk(c['last'])} аралығында күні "
        f"көрсетілген {c['meetings']} кездесу, әр күнтізбелік жылда ("
        + ", ".join(f"{r.year} жылы {r.meetings}" for r in by_year.itertuples())
        + "); отырыстар арасындағы жиіліктер (жылына "
        + " / ".join(
            fmt.decimal(float(x), 1, lang="kk")
            for x in trend.data_value.removesuffix(" a year").split(" / ")
        )
        + ") "
        + (
            "кездейсоқтық бере алатыннан көп ерекшеленеді."
            if differ
            else "кездейсоқтық шегінде ерекшеленеді."
        )
        + " Дегенмен «үнемі» деген күшті сөз: кездесулер арасының медианасы "
        f"{fmt.number(c['median_gap_days'], max_decimals=0)} күн, ең ұзақ аралық "
        f"{c['longest_gap_days']} күн ({day_kk(c['gap_from'])} – {day_kk(c['gap_to'])})"
        + (", бұл тізім аяқталар алдындағы соңғы аралық." if last_gap else "."),
        "2022 жылға жарлыққа дейінгі кездесулер кіреді; 2025 жылдан тек қаңтар.",
    )


def _repeat_follow_up(raw: RawTables, built: dict) -> Verdict:
    """Lines 622-624: repeat receptions show that the President follows how issues are
    carried forward. The premise is counted; the inference cannot be tested, since Table 3
    records topics, not follow-up: not testable when there are repeat visitors, not
    supported when there are none."""
    rep = built["repeat_visitors"]
    people = built["meetings_log"]["person_id"].nunique()
    verdict = "not_testable" if len(rep) else "not_supported"
    names = ", ".join(f"{r.name_latin} ({r.meetings})" for r in rep.itertuples())
    return Verdict(
        verdict,
        f"The premise holds: {len(rep)} of the {people} people in Table 3 were received more "
        f"than once ({names}). The inference cannot be tested: the table records each "
        "meeting's topics, not whether earlier proposals were followed up.",
        "repeat_visitors; meetings_log",
        f"{len(rep)} repeat visitors of {people}",
        "Does not depend on an analytic choice.",
        f"Алғышарт расталады: 3-кестедегі {people} адамның {len(rep)} адамы бірнеше рет "
        "қабылданған ("
        + ", ".join(f"{r.name_kk}: {r.meetings} рет" for r in rep.itertuples())
        + "). Ал қорытындыны тексеруге болмайды: кесте әр кездесудің тақырыбын ғана "
        "көрсетеді, бұрынғы ұсыныстардың орындалу барысы қадағаланғанын көрсетпейді.",
        NO_CHOICE_KK,
    )


def _coverage(built: dict) -> pd.Series:
    """The processed ``composition_coverage`` as one value per ``metric_id``."""
    return built["composition_coverage"].set_index("metric_id")["value"]


def _roster_check(built: dict) -> tuple[int, float, float, str]:
    """What the named roster shows about a claim that members are chosen out of view:
    (members named, seats ever filled, coverage in percent 0-100, verdict); partly
    supported while the roster is incomplete, not supported once it is complete."""
    cov = _coverage(built)
    known, seats, pct = int(cov["known_members"]), float(cov["ever_appointed"]), cov["coverage_pct"]
    return known, seats, pct, "partly_supported" if pct < 100 else "not_supported"


def _direct_access(raw: RawTables, built: dict) -> Verdict:
    cov = _coverage(built)
    seats = float(cov["ever_appointed"])
    log = built["meetings_log"]
    after = log.loc[~log["before_decree"], "person_id"].nunique()
    every = log["person_id"].nunique()
    share = 100 * after / seats
    verdict = "not_supported" if after == 0 else "supported" if share >= 50 else "partly_supported"
    return Verdict(
        verdict,
        f"Table 3 shows direct access for a few: {after} people met the President one to one "
        f"after the decree, about {share:.0f}% of the roughly {seats:.0f} seats ever filled.",
        "meetings_log; composition_coverage (ever_appointed)",
        f"{after} of about {seats:.0f} ({share:.0f}%)",
        f"Counting the meetings before the decree: {every} people "
        f"({100 * every / seats:.0f}%), same verdict.",
        f"3-кесте тікелей қолжетімділікті аз адамға ғана көрсетеді: жарлықтан кейін "
        f"Президентпен {after} адам жеке кездесті, бұл шамамен {seats:.0f} орынның "
        f"{share:.0f}%-ы.",
        f"Жарлыққа дейінгі кездесулерді қоса санағанда: {every} адам "
        f"({100 * every / seats:.0f}%), баға өзгермейді.",
    )


# --- composition checks ----------------------------------------------------------------------


def _expert_panel(raw: RawTables, built: dict) -> Verdict:
    e = built["expert_interviews"].iloc[0]
    members = bool(e["includes_members"])
    verdict = "not_testable"
    return Verdict(
        verdict,
        f"The split is reported without counts: the article gives {int(e['experts'])} experts "
        f"in {int(e['fields'])} fields"
        + (
            ", Kurultai members among them, but not how many were members or which side "
            "each took; members judging the selection that chose them may weigh on either camp."
            if members
            else ", and no count per camp."
        ),
        "expert_interviews; expert_positions",
        "members included" if members else "no members",
        "Does not depend on an analytic choice.",
        "Пікірлердің екіге бөлінуі сансыз берілген: мақалада "
        f"{int(e['fields'])} саладан {int(e['experts'])} сарапшы аталады"
        + (
            ", олардың арасында Құрылтай мүшелері бар, бірақ қаншасы мүше екені және "
            "әрқайсысы қай жақта болғаны айтылмайды; өздерін таңдаған іріктеуді бағалаған "
            "мүшелер кез келген топтың салмағына әсер етуі мүмкін."
            if members
            else ", әр топтағы сарапшылар саны берілмеген."
        ),
        NO_CHOICE_KK,
    )


def _field_diversity(raw: RawTables, built: dict) -> Verdict:
    f = built["members_by_field"]
    fields = f[f["bar_kind"] == "field"]
    present = int((fields["persons"] > 0).sum())
    cov = _coverage(built)
    coded, seats = int(cov["known_field_coded"]), float(cov["ever_appointed"])
    verdict = "partly_supported" if present >= len(fields) / 2 else "not_supported"
    return Verdict(
        verdict,
        f"Known members come from {present} of the {len(fields)} fields the article lists, "
        f"but a field is known for only {coded} of about {seats:.0f} seats "
        f"({cov['field_coverage_pct']:.1f}%), and diversity of professions is not diversity "
        "of views, which the critics dispute.",
        "members_by_field; composition_coverage",
        f"{present} of {len(fields)} fields",
        "Rests on the partial roster; the article's Figure 1 is not printed.",
        f"Белгілі мүшелер мақала атаған {len(fields)} саланың {present} саласынан шыққан, "
        f"бірақ сала шамамен {seats:.0f} орынның тек {coded} орны үшін белгілі "
        f"({fmt.pct(cov['field_coverage_pct'], lang='kk')}), ал кәсіптердің алуандығы "
        "көзқарастардың алуандығы емес: сыншылар дәл соны даулайды.",
        "Мүшелердің толық емес тізіміне сүйенеді; мақаланың 1-суреті басылмаған.",
    )


def _official_governance(raw: RawTables, built: dict) -> Verdict:
    facts = built["kurultai_facts"].set_index("fact_id")["value"]
    chair, deputy, body = (
        facts["chair"],
        facts["deputy_chair_ex_officio"],
        facts["working_body"],
    )
    facts_kk = built["kurultai_facts"].set_index("fact_id")["value_kk"]
    official = all(
        re.search(p, v)
        for p, v in ((r"President", chair), (r"Counsel", deputy), (r"Ministry", body))
    )
    verdict = "supported" if official else "partly_supported"
    return Verdict(
        verdict,
        "The article's own account of the rules bears it out: the chair is the "
        f"{chair}, the deputy chair who approves the agenda is the {deputy} ex officio, and the "
        f"working body is the {body} (lines 156-171).",
        "kurultai_facts (chair, deputy_chair_ex_officio, working_body)",
        "chair, deputy chair and working body are state offices" if official else "mixed",
        "Does not depend on an analytic choice.",
        "Мақаланың ережелер туралы өз сипаттамасы мұны растайды: "
        f"{_lower_first(facts_kk['chair'].rstrip('.'))}; күн тәртібін бекітетін төраға орынбасары "
        f"лауазымы бойынша {facts_kk['deputy_chair_ex_officio']}; жұмыс органы: "
        f"{facts_kk['working_body']} (156–171-жолдар)."
        if official
        else "Мақаланың ережелер туралы сипаттамасында мемлекеттік лауазымдар мен басқа "
        "тараптар аралас (156–171-жолдар).",
        NO_CHOICE_KK,
    )


def _selection_disclosure(raw: RawTables, built: dict) -> Verdict:
    """Line 272 (the article, summarising the interviews): the selection algorithm is not
    open. Partly supported while public sources name only part of the members (coverage
    under 100%): consistent with the claim, but a failure to find a list is weak evidence;
    not supported once every member is named."""
    known, seats, pct, verdict = _roster_check(built)
    return Verdict(
        verdict,
        "Consistent with what public sources show: no published selection rule was found, "
        f"and they name only {known} of about {seats:.0f} people ever appointed "
        f"({pct:.1f}%). That this project did not find a list is weak evidence that none is "
        "open, so the claim is only partly supported.",
        "composition_coverage (known_members, ever_appointed, coverage_pct)",
        f"{known} of about {seats:.0f} members identifiable",
        "Does not depend on an analytic choice.",
        "Ашық дереккөздер көрсететінмен үйлеседі: іріктеудің жарияланған ережесі табылмады, "
        f"ал олар шамамен {seats:.0f} тағайындалған адамның тек {known} адамын атайды "
        f"({fmt.pct(pct, lang='kk')}). Бұл жобаның тізімді таппауы оның жария емес екенінің "
        "әлсіз дәлелі ғана, сондықтан тұжырым ішінара расталады.",
        NO_CHOICE_KK,
    )


def _undisclosed_means(raw: RawTables, built: dict) -> Verdict:
    """Lines 221-224 (some experts): much is done by undisclosed means, including the choice
    of members. Only the choice of members can be checked, against the named roster:
    partly supported while the roster is incomplete, not supported when it is complete."""
    known, seats, pct, verdict = _roster_check(built)
    return Verdict(
        verdict,
        "Only the choice of members can be checked. The decree that appointed them is cited "
        f"(lines 139-140), yet public sources name only {known} of about {seats:.0f} members "
        f"({pct:.1f}%). The article's own statement that the algorithm is not open (line 272) "
        "summarises the same interviews, so it does not confirm them, and the 'much else' done "
        "by undisclosed means is not documented.",
        "composition_coverage (known_members, ever_appointed, coverage_pct)",
        f"{known} of about {seats:.0f} members identifiable",
        "Does not depend on an analytic choice.",
        "Тек мүшелерді таңдауды тексеруге болады. Оларды тағайындаған жарлыққа сілтеме "
        f"бар (139–140-жолдар), бірақ ашық дереккөздер шамамен {seats:.0f} мүшенің тек "
        f"{known} мүшесін атайды ({fmt.pct(pct, lang='kk')}). Мақаланың алгоритм ашық емес "
        "деген сөзі (272-жол) сол сұхбаттарды қорытады, сондықтан оларды растамайды, ал "
        "«құпия тәсілдер» көп деген пікір құжатталмаған.",
        NO_CHOICE_KK,
    )


def _ncpt_continuation(raw: RawTables, built: dict) -> Verdict:
    """Lines 299-302: the Kurultai continued and developed the idea of interaction between
    state and society. Not testable: the article measures interaction for neither body. The
    one figure both records share, members met one to one a year, is reported as context
    only (the session rates are left out: they count sessions over a span, which a few
    sessions make unreliable)."""
    b = built["body_comparison"].set_index("row_id")
    n, k, span = b.loc["ncpt"], b.loc["kurultai"], b.loc["kurultai_table_span"]
    return Verdict(
        "not_testable",
        "The article gives no measure of interaction between state and society for either "
        "body, and the form alone (sessions with the President, one-to-one meetings with "
        "members) cannot show a development. As context only: the President met about "
        f"{k['people_met_per_year']:.1f} Kurultai members a year one to one, against "
        f"{n['people_met_per_year']:.1f} members of the National Council of Public Trust; the "
        "two records were kept differently and are not a test of the claim.",
        "body_comparison (ncpt, kurultai, kurultai_table_span)",
        f"{k['people_met_per_year']:.1f} vs {n['people_met_per_year']:.1f} members met a year",
        f"Counting all of Table 3 ({span['meetings_per_year']:.1f} meetings a year) does not "
        "change the verdict: the claim is not testable whatever the rate.",
        "Мақала екі орган үшін де мемлекет пен қоғамның өзара іс-қимылының өлшемін бермейді, "
        "ал нысанның өзі (Президентпен отырыстар, мүшелермен жеке кездесулер) дамуды "
        "көрсете алмайды. Тек мәлімет ретінде: Президент жылына Құрылтайдың шамамен "
        f"{fmt.decimal(k['people_met_per_year'], 1, lang='kk')} мүшесімен жеке кездескен, "
        "Ұлттық қоғамдық сенім кеңесінде бұл сан "
        f"{fmt.decimal(n['people_met_per_year'], 1, lang='kk')} болған; екі тізім әртүрлі "
        "жүргізілген және тұжырымды тексермейді.",
        "3-кестені толық санағанда (жылына "
        f"{fmt.decimal(span['meetings_per_year'], 1, lang='kk')} кездесу) баға өзгермейді: "
        "жиілік қандай болса да, тұжырымды тексеруге болмайды.",
    )


# --- the title -------------------------------------------------------------------------------


def _lower_first(text: str) -> str:
    """``text`` with its first letter in lower case (a criterion inside a sentence)."""
    return text[:1].lower() + text[1:]


def _benchmark_rule(statuses: pd.Series) -> str:
    """The title rule: supported only when every criterion is met (the title claims the
    Kurultai *is* such an institution); not supported when more than half are not met;
    partly supported otherwise. The scale has no "mostly supported", so five of six met and
    one not met is partly supported, the highest verdict short of support."""
    n = len(statuses)
    meets = int((statuses == "meets").sum())
    not_met = int((statuses == "does_not_meet").sum())
    if meets == n:
        return "supported"
    if not_met > n / 2:
        return "not_supported"
    return "partly_supported"


def _deliberative_benchmarks(raw: RawTables, built: dict) -> Verdict:
    c = built["deliberative_criteria"]
    counts = c["kurultai_status"].value_counts().reindex(CRITERION_STATUSES, fill_value=0)
    verdict = _benchmark_rule(c["kurultai_status"])
    strict = _benchmark_rule(c["kurultai_status"].replace({"partly": "does_not_meet"}))
    lenient = _benchmark_rule(c["kurultai_status"].replace({"partly": "meets"}))
    fails = ", ".join(c.loc[c["kurultai_status"] == "does_not_meet", "criterion_en"].str.lower())
    fails_kk = ", ".join(
        c.loc[c["kurultai_status"] == "does_not_meet", "criterion_kk"].map(_lower_first)
    )
    return Verdict(
        verdict,
        f"Against the {len(c)} benchmarks of a citizens' assembly such as Ireland's, the "
        f"Kurultai fully meets {counts['meets']}, meets {counts['partly']} in part and does "
        f"not meet {counts['does_not_meet']}" + (f" ({fails})" if fails else "") + ". The "
        "rule: supported only if every criterion is met; not supported if more than half are "
        "not met; partly supported otherwise.",
        "deliberative_criteria",
        f"{counts['meets']} met, {counts['partly']} partly, {counts['does_not_meet']} not met",
        f"Counting 'in part' as not met: {VERDICT_LABELS[strict].lower()}. Counting it as "
        f"met: {counts['meets'] + counts['partly']} of {len(c)} met, "
        f"{counts['does_not_meet']} not, which the rule rates "
        f"{VERDICT_LABELS[lenient].lower()}"
        + (
            ", the highest verdict short of support, because a title claim needs every criterion."
            if lenient == "partly_supported"
            else "."
        ),
        f"Ирландиядағыдай азаматтар ассамблеясының {len(c)} өлшемімен салыстырғанда Құрылтай "
        + (
            f"{counts['meets']} өлшемге толық, {counts['partly']} өлшемге ішінара сай келеді, "
            if counts["meets"]
            else f"бірде-бір өлшемге толық сай келмейді, {counts['partly']} өлшемге ішінара "
            "сай келеді, "
        )
        + f"{counts['does_not_meet']} өлшемге мүлде сай келмейді"
        + (f" ({fails_kk})" if fails_kk else "")
        + ". Ереже: барлық өлшемге сай келсе ғана расталады; өлшемдердің жартысынан көбіне "
        "сай келмесе, расталмайды; қалған жағдайда ішінара расталады.",
        f"«Ішінара» дегенді «сай келмейді» деп санасақ: {VERDICT_LABELS_KK[strict].lower()}. "
        f"«Сай келеді» деп санасақ: {len(c)} өлшемнің {counts['meets'] + counts['partly']} "
        f"өлшеміне сай келеді, {counts['does_not_meet']} өлшеміне сай келмейді, ереже бойынша "
        f"бұл – {VERDICT_LABELS_KK[lenient].lower()}"
        + (
            "; бұл толық расталудан кейінгі ең жоғары баға, өйткені тақырыптағы тұжырым "
            "барлық өлшемді талап етеді."
            if lenient == "partly_supported"
            else "."
        ),
    )


#: "Does not depend on an analytic choice." in Kazakh.
NO_CHOICE_KK = "Талдаудағы таңдауға байланысты емес."


#: Named checks of arguments.csv (column ``check``): (raw, built) -> :class:`Verdict`.
CHECKS: dict[str, Callable[[RawTables, dict], Verdict]] = {
    "deliberative_benchmarks": _deliberative_benchmarks,
    "ncpt_continuation": _ncpt_continuation,
    "expert_panel": _expert_panel,
    "field_diversity": _field_diversity,
    "official_governance": _official_governance,
    "selection_disclosure": _selection_disclosure,
    "undisclosed_means": _undisclosed_means,
    "direct_access": _direct_access,
    "awareness_majority": _awareness_majority,
    "youth_awareness": _youth_awareness,
    "positive_high": _positive_high,
    "neutral_rise": _neutral_rise,
    "negative_rise": _negative_rise,
    "no_change_stable": _no_change_stable,
    "unmet_expectations_pattern": _unmet_expectations_pattern,
    "better_remained_high": _better_remained_high,
    "awareness_growth": _awareness_growth,
    "meeting_trend": _meeting_trend,
    "meeting_tradition": _meeting_tradition,
    "daily_dialogue": _daily_dialogue,
    "repeat_follow_up": _repeat_follow_up,
    "expectations_exceeded": _expectations_exceeded,
}

#: Processed tables the checks read (they must be built before the ledger).
CHECK_INPUTS = (
    "parameters",
    "survey_changes",
    "survey_intervals",
    "year_order_readings",
    "table2_closure",
    "awareness_by_age",
    "meetings_log",
    "session_intervals",
    "meetings_by_year",
    "repeat_visitors",
    "body_comparison",
    "composition_coverage",
    "members_by_field",
    "kurultai_facts",
    "expert_interviews",
    "deliberative_criteria",
)


# --- processed tables ------------------------------------------------------------------------


class ArgumentLedger(pa.DataFrameModel):
    """The argument ledger, one row per claim of the article's argument. Key: ``claim_id``.
    Built from data/raw/article/arguments.csv; computed verdicts from the processed tables."""

    claim_id: str = pa.Field(str_matches=r"^A\d{2}$", unique=True, description="Claim id.")
    part: str = pa.Field(isin=list(PART_LABELS), description="Part of the argument.")
    locator: str = pa.Field(
        description="Seed line range(s) of the article.",
        metadata={"unit": "line numbers of ../shared/seeds/000_a46ed8cb280de15a.txt"},
    )
    quote_kk: str = pa.Field(description="A short phrase exactly as printed (Kazakh).")
    paraphrase_en: str = pa.Field(description="The claim in our own English words.")
    voice: str = pa.Field(
        description="Whose claim: `authors`, `experts`, `officials`, `survey`, or "
        "`article_interviews` (the article's own summary of its expert interviews)."
    )
    evidence: str = pa.Field(
        description="The kind of evidence the article offers for it (in English)."
    )
    check: str = pa.Field(nullable=True, description="Computed check (empty: judgement).")
    basis: str = pa.Field(
        isin=["computed", "judgement"],
        description="computed: the verdict is recomputed from the processed tables at each "
        "run; judgement: the verdict and reasoning are recorded in arguments.csv.",
    )
    verdict: str = pa.Field(isin=VERDICTS, description="The book's verdict.")
    verdict_label: str = pa.Field(description="The verdict in words.")
    reasoning: str = pa.Field(
        description="Why, in one to three sentences, with the numbers (in English)."
    )
    reads: str = pa.Field(
        nullable=True, description="Processed tables (and rows) the verdict reads."
    )
    data_value: str = pa.Field(
        nullable=True, description="The decisive value, as text (in English)."
    )
    robustness: str = pa.Field(
        nullable=True,
        description=(
            "Whether a computed verdict holds under the other analytic choices (in English)."
        ),
    )
    paraphrase_kk: str = pa.Field(description="The claim in our own Kazakh words.")
    reasoning_kk: str = pa.Field(description="reasoning in Kazakh (the Kazakh edition).")
    robustness_kk: str = pa.Field(nullable=True, description="robustness in Kazakh.")

    class Config:
        strict = True
        ordered = True

    @table_check("basis is computed exactly when a check is named")
    def _basis(cls, df: pd.DataFrame) -> pd.Series:
        return (df["basis"] == "computed") == df["check"].notna()


def evaluate(arguments: pd.DataFrame, raw: RawTables, built: dict) -> pd.DataFrame:
    """Give every claim of ``arguments`` (:class:`ArgumentsRaw`, file order) its verdict.

    Returns an :class:`ArgumentLedger` frame. Raises :class:`PipelineError` with one problem
    per row whose check is unknown or cannot run (pointing at its line of arguments.csv).
    """
    problems: list[Problem] = []
    rows = []
    for i, claim in arguments.iterrows():
        check = claim["check"] if isinstance(claim["check"], str) else None
        base = {k: claim[k] for k in ("claim_id", "part", "locator", "quote_kk", "paraphrase_en")}
        base |= {"voice": claim["voice"], "evidence": claim["evidence"], "check": check}
        note = claim["note"] if isinstance(claim["note"], str) else ""
        note_kk = claim["note_kk"] if isinstance(claim["note_kk"], str) else ""
        base["paraphrase_kk"] = claim["paraphrase_kk"]
        if check is None:
            rows.append(
                base
                | {
                    "basis": "judgement",
                    "verdict": claim["verdict"],
                    "reasoning": _join(claim["reasoning"], note),
                    "reads": claim["reads"] if isinstance(claim["reads"], str) else None,
                    "data_value": None,
                    "robustness": None,
                    "reasoning_kk": _join(claim["reasoning_kk"], note_kk),
                    "robustness_kk": None,
                }
            )
            continue
        try:
            if check not in CHECKS:
                raise KeyError(f"unknown check '{check}'")
            v = CHECKS[check](raw, built)
        except (KeyError, LookupError, ValueError) as exc:
            problems.append(Problem(raw_label(RAW_PATH), int(i) + 2, "check", str(exc)))
            continue
        rows.append(
            base
            | {
                "basis": "computed",
                "verdict": v.verdict,
                "reasoning": _join(v.reasoning, note),
                "reads": v.reads,
                "data_value": v.data_value,
                "robustness": v.robustness,
                "reasoning_kk": _join(v.reasoning_kk, note_kk),
                "robustness_kk": v.robustness_kk or None,
            }
        )
    if problems:
        raise PipelineError(problems, "the argument ledger cannot be computed; nothing was written")
    out = pd.DataFrame(rows)
    out["verdict_label"] = out["verdict"].map(VERDICT_LABELS)
    for col in ("check", "reads", "data_value", "robustness", "robustness_kk"):
        out[col] = out[col].astype("str").where(out[col].notna(), None)
    return out[list(ArgumentLedger.to_schema().columns)]


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())


def build_argument_ledger(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline builder: :func:`evaluate` on article/arguments.csv."""
    return evaluate(raw[RAW_PATH], raw, built).reset_index(drop=True)


def verdict_counts(ledger: pd.DataFrame) -> pd.DataFrame:
    """Claims per verdict: columns ``verdict``, ``verdict_label``, ``claims`` (int),
    ``computed`` (int, how many of them are computed), in :data:`VERDICTS` order."""
    counts = ledger["verdict"].value_counts().reindex(VERDICTS, fill_value=0)
    computed = (
        ledger[ledger["basis"] == "computed"]["verdict"]
        .value_counts()
        .reindex(VERDICTS, fill_value=0)
    )
    return pd.DataFrame(
        {
            "verdict": VERDICTS,
            "verdict_label": [VERDICT_LABELS[v] for v in VERDICTS],
            "claims": counts.to_numpy().astype(int),
            "computed": computed.to_numpy().astype(int),
        }
    )


class DeliberativeCriteria(DeliberativeCriteriaRaw):
    """Benchmarks of deliberative democracy set against the Kurultai (our coding), sorted by
    ``criterion_order``, with the status in words. Key: ``criterion_id``."""

    status_label: str = pa.Field(description="kurultai_status in words (in English).")

    class Config:
        strict = True
        ordered = True


def build_deliberative_criteria(raw: RawTables, _: dict) -> pd.DataFrame:
    """The validated raw criteria, in display order, with ``status_label``."""
    out = raw[CRITERIA_PATH].sort_values("criterion_order").reset_index(drop=True)
    out["status_label"] = out["kurultai_status"].map(STATUS_LABELS)
    return out


class Glossary(GlossaryRaw):
    """Kazakh terms the book uses, with a Latin form (analysis.translit scheme), sorted by
    the Latin form. Key: ``term_kk``."""

    term_latin: str = pa.Field(description="Latin form of term_kk (analysis.translit).")

    class Config:
        strict = True
        ordered = True


def build_glossary(raw: RawTables, _: dict) -> pd.DataFrame:
    """The validated raw glossary with ``term_latin``, sorted by it (case-insensitive)."""
    out = raw[GLOSSARY_PATH].copy()
    out["term_latin"] = out["term_kk"].map(lambda t: latin(t.strip("«»")))
    return out.sort_values("term_latin", key=lambda s: s.str.lower()).reset_index(drop=True)


# --- quotes ----------------------------------------------------------------------------------


def seed_passages(lines: list[str], locator: str) -> list[str]:
    """The text of ``locator``'s line ranges of the seed (``lines``, 1-based), one string per
    range and per way of joining a line that ends in a hyphen: with the hyphen dropped (a word
    broken across lines) and kept (a compound or a range). Whitespace is collapsed."""
    out = []
    for part in locator.split(", "):
        a, _, b = part.partition("-")
        seg = [line.strip() for line in lines[int(a) - 1 : int(b or a)]]
        for keep in (False, True):
            text = ""
            for line in seg:
                if text.endswith("-"):
                    text = text + line if keep else text[:-1] + line
                else:
                    text = f"{text} {line}" if text else line
            out.append(re.sub(r"\s+", " ", text))
    return out


def quote_found(lines: list[str], locator: str, quote: str) -> bool:
    """True when ``quote`` (whitespace collapsed) stands verbatim in the lines ``locator``
    cites (see :func:`seed_passages`)."""
    q = re.sub(r"\s+", " ", quote).strip()
    return any(q in text for text in seed_passages(lines, locator))


def missing_quotes(arguments: pd.DataFrame, seed: Path) -> list[str]:
    """Claim ids of ``arguments`` whose quote is not at its locator in the ``seed`` file."""
    lines = seed.read_text(encoding="utf-8").splitlines()
    return [
        r.claim_id for r in arguments.itertuples() if not quote_found(lines, r.locator, r.quote_kk)
    ]


#: Raw files behind the argument ledger: the claims and what the checks read.
LEDGER_INPUTS = (
    RAW_PATH,
    CRITERIA_PATH,
    "article/attitude_shares.csv",
    "article/awareness_by_age.csv",
    "article/survey_waves.csv",
    "article/meetings.csv",
    "article/meeting_participants.csv",
    "article/persons.csv",
    "article/repeat_visit_claims.csv",
    "article/kurultai_facts.csv",
    "article/expert_interviews.csv",
    "article/newcomers.csv",
    "article/member_fields.csv",
    "article/field_codebook.csv",
    "context/context_figures.csv",
    "public/sessions.csv",
    "public/roster_candidates.csv",
    "public/wpp2024_kazakhstan_age5.csv",
)

OUTPUTS = [
    Output(
        "deliberative_criteria",
        build_deliberative_criteria,
        DeliberativeCriteria,
        (CRITERIA_PATH,),
        "Benchmarks of deliberative democracy: a citizens' assembly and the Kurultai",
    ),
    Output(
        "glossary",
        build_glossary,
        Glossary,
        (GLOSSARY_PATH,),
        "Kazakh terms used in the book, with English renderings",
    ),
    Output(
        "argument_ledger",
        build_argument_ledger,
        ArgumentLedger,
        LEDGER_INPUTS,
        "Argument ledger: the article's claims about the Kurultai, each with a verdict",
    ),
]
