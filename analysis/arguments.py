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
from analysis.i18n import Catalog, catalog, data_field
from analysis.outputs import Output, RawTables
from analysis.paths import raw_label
from analysis.records import DECREE_DATE
from analysis.schemas.common import table_check
from analysis.schemas.raw import (
    CRITERION_STATUSES,
    VERDICTS,
    ArgumentsRaw,
    CoverageRaw,
    DeliberativeCriteriaRaw,
    GlossaryRaw,
)
from analysis.translit import latin

RAW_PATH = "article/arguments.csv"
CRITERIA_PATH = "article/deliberative_criteria.csv"
GLOSSARY_PATH = "article/glossary.csv"
COVERAGE_PATH = "article/coverage.csv"

#: The parts of the argument, in the book's order (their names: ``arguments-part-*``).
PARTS = ("framing", "composition", "attitudes", "communication", "conclusion")
#: Whose claim (``article_interviews``: the article's own summary of its expert interviews,
#: lines 271-278, which the text does not attribute to the authors or experts); their names
#: are the messages ``arguments-voice-*``.
VOICES = ("authors", "article_interviews", "experts", "officials", "survey")
#: The language of the ledger's label columns (``verdict_label``, ``status_label``).
LABEL_LANGUAGE = "en"
#: The ledger's text columns per language, (reasoning, robustness), and the raw columns of
#: arguments.csv a judgement row's text comes from, (reasoning, note). The English
#: columns keep their plain names.
TEXT_COLUMNS = {"en": ("reasoning", "robustness"), "kk": ("reasoning_kk", "robustness_kk")}
RAW_TEXT_COLUMNS = {"en": ("reasoning", "note"), "kk": ("reasoning_kk", "note_kk")}
#: Days per month for meeting rates (a Julian year over 12).
DAYS_PER_MONTH = 365.25 / 12

#: Words of a language, as a function of its catalog: how a check writes its reasoning.
Text = Callable[[Catalog], str]


def _msg_id(prefix: str, code: str) -> str:
    """The message id ``prefix`` + ``code`` with underscores as hyphens."""
    return prefix + code.replace("_", "-")


def verdict_label(verdict: str, loc: Catalog) -> str:
    """The verdict ``verdict`` (one of :data:`VERDICTS`) in words: 'Partly supported'."""
    return loc(_msg_id("arguments-verdict-", verdict))


def part_label(part: str, loc: Catalog) -> str:
    """The part of the argument ``part`` (one of :data:`PARTS`) in words."""
    return loc(_msg_id("arguments-part-", part))


def voice_label(voice: str, loc: Catalog) -> str:
    """Whose claim ``voice`` (one of :data:`VOICES`) is, in words."""
    return loc(_msg_id("arguments-voice-", voice))


def status_label(status: str, loc: Catalog) -> str:
    """A criterion's ``kurultai_status`` (:data:`CRITERION_STATUSES`) in words."""
    return loc(_msg_id("arguments-status-", status))


@dataclass(frozen=True)
class Verdict:
    """What a computed check finds: the verdict (one of :data:`VERDICTS`), a sentence or two
    of reasoning with the numbers (in any language: a function of the catalog), the
    processed tables and rows it read, a short value, and whether the verdict holds under
    other analytic choices (a function of the catalog). ``held``: for a check run under
    every analytic setting the package computes, (settings where the verdict holds,
    settings computed). ``depends_on_base``: the verdict of a claim on Tables 1-2 would
    differ under the other table base (at the build's design effect) or on the scale of
    all adults, so it rests on the book's reading of the base."""

    verdict: str
    reasoning: Text
    reads: str
    data_value: str
    robustness: Text
    held: tuple[int, int] | None = None
    outcome: str = ""
    depends_on_base: bool = False


# --- helpers ---------------------------------------------------------------------------------


def _params(built: dict[str, pd.DataFrame]) -> params_mod.Params:
    return params_mod.from_frame(built["parameters"])


def _ci_words(built: dict[str, pd.DataFrame], loc: Catalog) -> str:
    """'95% CI' at the build's confidence level."""
    conf = params_mod.from_frame(built["parameters"]).confidence_pct
    return loc("arguments-ci", confidence=loc.number(conf, max_decimals=1))


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


def change_text(row: pd.Series, loc: Catalog, ci: str) -> str:
    """``−10.2 pp (95% CI −14.2 to −6.0)`` (Kazakh ``−10,2 п.т. (95% СИ −16,4 … −3,8)``) for
    a row of ``survey_changes``; ``ci`` names the interval ('95% CI'). True minus signs."""
    return loc(
        "arguments-change",
        diff=loc.pp(row["diff_pp"]),
        ci=ci,
        low=loc.signed(row["ci_low_pp"], 1),
        high=loc.signed(row["ci_high_pp"], 1),
    )


def share_text(row: pd.Series, loc: Catalog, ci: str) -> str:
    """``70.6% (95% CI 67.4-73.7)`` (Kazakh ``70,6% (95% СА [67,4%; 73,7%])``) for a row of
    ``survey_intervals``."""
    return loc(
        "arguments-share",
        share=loc.pct(row["share_pct"]),
        ci=ci,
        low=loc.decimal(row["ci_low_pct"], 1),
        high=loc.decimal(row["ci_high_pct"], 1),
    )


#: A range written with a hyphen in the data: '18-28', 'I-II', '389-390'.
_RANGE = re.compile(r"([^\s,;-]+)-([^\s,;-]+)")


def dash(text: str, loc: Catalog) -> str:
    """Every range written with a hyphen in ``text`` (an age group '18-28', sessions 'I-II',
    seed lines '389-390, 412-414') in the language's style (message ``arguments-range``):
    '18-28' / '18–28'. Text without a range is returned as it is."""
    return _RANGE.sub(lambda m: loc("arguments-range", low=m[1], high=m[2]), text)


#: Size scenarios of survey_changes that a robustness note does not name (the default
#: age-group sizes); the others are named by the messages ``arguments-scenario-*``.
UNNAMED_SCENARIOS = ("wpp2024",)


def _de(value: float, loc: Catalog) -> str:
    """A design effect as the survey tables write it, without trailing zeros: 1, 1.5, 1.25."""
    return loc.number(value, max_decimals=2)


def _setting_label(size_scenario: str, design_effect: float, loc: Catalog) -> str:
    """'design effect 1.5, age groups 20% smaller': a setting of survey_changes."""
    de = _de(design_effect, loc)
    if size_scenario in UNNAMED_SCENARIOS:
        return loc("arguments-setting", de=de)
    size_id = _msg_id("arguments-scenario-", size_scenario)
    size = loc(size_id) if loc.has(size_id) else size_scenario
    return loc("arguments-setting-sized", de=de, size=size)


def _robust_words(n: int, others: list[str], loc: Catalog) -> str:
    """'Same verdict under all 6 settings computed.' or 'Holds in 2 of 6 settings; …' with
    the ``others`` (the settings where the verdict differs, in words)."""
    if not others:
        return loc("arguments-robust-same", n=str(n))
    return loc(
        "arguments-robust-holds", n=str(n), held=str(n - len(others)), others="; ".join(others)
    )


def _held(settings: list[tuple[str, str, float]], default: str) -> tuple[int, int]:
    """(settings whose verdict is ``default``, settings) of (verdict, …) tuples."""
    return sum(v == default for v, *_ in settings), len(settings)


def _robust_text(settings: list[tuple[str, str, float]], default: str, loc: Catalog) -> str:
    """Whether the ``default`` verdict holds in every setting: ``settings`` are (verdict,
    size_scenario, design_effect) of each setting the package computes."""
    others = [
        loc(
            "arguments-robust-other",
            verdict=verdict_label(v, loc).lower(),
            setting=_setting_label(size, de, loc),
        )
        for v, size, de in settings
        if v != default
    ]
    return _robust_words(len(settings), others, loc)


def _sentences(*parts: str | None) -> str:
    """Sentences joined by a space (empty or missing ones left out)."""
    return " ".join(p for p in parts if p)


def _survey_verdict(
    built: dict,
    indicator: str,
    group: str,
    category: str,
    rule_id: str,
    rule: Callable[[pd.Series], str],
    describe: Callable[[pd.Series, Catalog, str], str],
    part_untested: bool = False,
) -> Verdict:
    """A claim read from survey_changes: ``rule`` gives the outcome of a row under the
    rulebook's rule ``rule_id`` (the verdict follows from the rulebook),
    ``describe(row, catalog, ci_words)`` the reasoning; ``part_untested``: the claim adds an
    untested part, which caps every setting's verdict (:func:`capped_outcome`)."""

    def outcome_of(r: pd.Series) -> str:
        return capped_outcome(built, rule_id, rule(r), part_untested)

    row = _default_change(built, indicator, group, category)
    outcome = outcome_of(row)
    verdict = _yield(built, rule_id, outcome)
    rows = _change_rows(built, indicator, group, category)
    settings = [
        (_yield(built, rule_id, outcome_of(r)), r["size_scenario"], r["design_effect"])
        for _, r in rows.iterrows()
    ]
    reads = (
        f"survey_changes (indicator {indicator}, group {group}, category {category}, default row)"
    )
    return Verdict(
        verdict,
        lambda loc: describe(row, loc, _ci_words(built, loc)),
        reads,
        f"{row['diff_pp']:+.1f} pp",
        lambda loc: _robust_text(settings, verdict, loc),
        _held(settings, verdict),
        outcome=outcome,
    )


def _years(row: pd.Series, loc: Catalog) -> str:
    """'32.0% in 2023 and 39.7% in 2024' for a row of survey_changes."""
    return loc(
        "arguments-years",
        first=loc.pct(row["share_2023_pct"]),
        second=loc.pct(row["share_2024_pct"]),
    )


def _exceeds(row: pd.Series, loc: Catalog) -> str:
    if row["exceeds_sampling_error"]:
        return loc("arguments-error-larger")
    return loc("arguments-error-within-zero")


def _change_facts(r: pd.Series, loc: Catalog, ci: str) -> dict[str, str]:
    """The words every change claim's reasoning places: the shares of the two waves, the
    change with its interval, and whether it exceeds sampling error."""
    return {"years": _years(r, loc), "change": change_text(r, loc, ci), "error": _exceeds(r, loc)}


# --- survey checks ---------------------------------------------------------------------------
#
# The rules are those of the rulebook (data/raw/article/verdict_rules.csv): the functions below
# return an *outcome* of the rule, and :func:`_yield` looks up the verdict it gives. Each survey
# claim is judged on its own scale (arguments.csv ``scale``): ``respondents`` reads the shares as
# printed (the aware under the aware base, everyone under the whole-sample base); ``adults``
# reads the shares of all adults of ``survey_scales`` (the aware base: share among the aware
# times the share aware). Every setting the package computes (base x design effect) is judged,
# and the build's own setting gives the verdict.

#: The table base behind each size scenario of Tables 1 and 2 (survey_intervals/changes).
SCENARIO_OF_BASE = {"aware": "aware", "whole_sample": "reported"}


def _yield(built: dict, rule: str, outcome: str) -> str:
    """The verdict of ``outcome`` under ``rule`` (the processed ``verdict_outcomes``)."""
    from analysis.rulebook import verdict_of

    return verdict_of(built["verdict_outcomes"], rule, outcome)


def _rule_value(built: dict, rule: str, column: str) -> float:
    from analysis.rulebook import rule_value

    return rule_value(built["verdict_rules"], rule, column)


def change_rule(diff_pp: float, exceeds: bool, direction: int) -> str:
    """The change rule's outcome for a claim that a share rose (``direction`` +1) or fell
    (-1): ``right_beyond``, ``right_within``, ``wrong_within`` or ``wrong_beyond``;
    ``exceeds``: the change's confidence interval excludes zero."""
    if direction not in (1, -1):
        raise ValueError(f"direction must be +1 or -1, got {direction}")
    if diff_pp * direction > 0:
        return "right_beyond" if exceeds else "right_within"
    return "wrong_beyond" if exceeds else "wrong_within"


def level_rule(share: float, ci_low: float, ci_high: float, threshold: float) -> str:
    """The level rule's outcome for 'high': the latest ``share`` and its interval
    ``ci_low``-``ci_high`` (percent) against ``threshold`` (percent, a majority: high on any
    reading). ``above`` (interval wholly above), ``straddles_above`` (the point estimate above,
    the interval reaching across: partly supported, as a change in the stated direction within
    sampling error), ``straddles_below`` (the point estimate at or below, the interval reaching
    across) or ``below``; the article states no threshold for 'high', so no outcome makes the
    claim contradicted. A share said to stay or remain high is this rule in each wave, the
    weaker wave deciding (:func:`survey_outcome`); the change between the waves is context."""
    if ci_low > threshold:
        return "above"
    if ci_high < threshold:
        return "below"
    return "straddles_above" if share > threshold else "straddles_below"


def about_rule(share: float, ci_low: float, ci_high: float, value: float, margin: float) -> str:
    """The level rule's outcome for 'about ``value``': the ``share`` and its interval against
    the band ``value`` ± ``margin`` (percent). ``about_within`` (interval inside the band),
    ``about_overlaps_inside`` (the point estimate inside, the interval reaching out: partly
    supported), ``about_overlaps_outside`` (the point estimate outside, the interval reaching
    in: not supported) or ``about_outside`` (interval wholly outside: not supported, never
    contradicted, since the band is the book's, not the article's)."""
    low, high = value - margin, value + margin
    if low <= ci_low and ci_high <= high:
        return "about_within"
    if ci_high < low or ci_low > high:
        return "about_outside"
    return "about_overlaps_inside" if low <= share <= high else "about_overlaps_outside"


#: Verdicts from the strongest to the weakest: a compound claim takes its weakest part's.
STRENGTH = ("supported", "partly_supported", "not_supported", "contradicted", "not_testable")


def weakest_outcome(built: dict, rule: str, outcomes: list[str]) -> str:
    """The weaker part decides: of ``outcomes`` (each an outcome of ``rule``; for a level
    claim that a share stays or remains high, the outcome in each wave, the latest first),
    the one whose verdict is weakest (:data:`STRENGTH`); on a tie the earlier. Raises
    :class:`analysis.rulebook.RuleError` when an outcome is not in verdict_outcomes."""
    return max(outcomes, key=lambda o: STRENGTH.index(_yield(built, rule, o)))


def stability_rule(
    equivalent: bool,
    exceeds: bool,
    diff_pp: float = float("nan"),
    margin: float = float("nan"),
    underpowered: bool = False,
) -> str:
    """The stability rule's outcome: ``equivalent`` (TOST shows the change within the
    margin), ``different`` (larger than sampling error and not shown within the margin),
    ``underpowered`` (within sampling error, and even a true change of zero could not be shown
    within the margin at these sample sizes: the (1 - 2 alpha) interval at a zero change is
    wider than ±``margin``; not testable), ``within_margin`` (within sampling error and the
    point estimate ``diff_pp`` within ±``margin``, equivalence not shown: the stated
    direction, within error, as for a change claim) or ``undetermined`` (within sampling
    error, the point estimate beyond the margin). The change and the margin are in
    percentage points."""
    if equivalent:
        return "equivalent"
    if exceeds:
        return "different"
    if underpowered:
        return "underpowered"
    return "within_margin" if abs(diff_pp) <= margin + 1e-9 else "undetermined"


def is_underpowered(eq) -> bool:
    """Whether the TOST ``eq`` (:class:`analysis.scales.Equivalence`) could not show even a
    true change of zero within its margin: its power at a zero change is nil (the (1 - 2
    alpha) interval's half-width, ``reach_pp`` of :func:`zero_change_reach`, is at least the
    margin)."""
    return bool(eq.power <= 1e-12)


def zero_change_reach(eq) -> float:
    """The narrowest margin the design could establish (pp): the half-width of the (1 - 2
    alpha) interval of the change of ``eq`` (:class:`analysis.scales.Equivalence`), the
    interval a change of exactly zero would have."""
    return float(eq.ci_high_pp - eq.ci_low_pp) / 2


def _rise(r: pd.Series) -> str:
    """The change rule's outcome for a claim that a share rose."""
    return change_rule(r["diff_pp"], bool(r["exceeds_sampling_error"]), +1)


def _scale_rows(built: dict, indicator: str, category: str, year: int) -> pd.DataFrame:
    s = built["survey_scales"]
    rows = s[(s["indicator"] == indicator) & (s["category"] == category) & (s["wave_year"] == year)]
    if rows.empty:
        raise LookupError(f"survey_scales has no row for {indicator}/{category}/{year}")
    return rows


def _scale_change_rows(built: dict, indicator: str, category: str) -> pd.DataFrame:
    c = built["survey_scale_changes"]
    rows = c[(c["indicator"] == indicator) & (c["category"] == category)]
    if rows.empty:
        raise LookupError(f"survey_scale_changes has no row for {indicator}/{category}")
    return rows


def _default(rows: pd.DataFrame) -> pd.Series:
    d = rows[rows["is_default"]]
    if len(d) != 1:
        raise LookupError(f"{len(d)} default rows where one was expected")
    return d.iloc[0]


def _adult_text(row: pd.Series, loc: Catalog, ci: str) -> str:
    """``31.1% (95% CI 27.9-34.3)``: a share of all adults (row of survey_scales)."""
    return loc(
        "arguments-share",
        share=loc.pct(row["share_of_adults_pct"]),
        ci=ci,
        low=loc.decimal(row["ci_low_adults_pct"], 1),
        high=loc.decimal(row["ci_high_adults_pct"], 1),
    )


def _scale_note(built: dict, indicator: str, category: str, loc: Catalog) -> str:
    """The two scales side by side for the build's base: 'Of the aware: 70.6%; of all adults
    (70.6% x 44.0% aware): 31.1% (95% CI …)' — the sentence every Table 1-2 claim carries."""
    ci = _ci_words(built, loc)
    row = _default(_scale_rows(built, indicator, category, 2024))
    return loc(
        "arguments-scales",
        base=row["table_base"],
        printed=loc.pct(row["share_of_respondents_pct"]),
        awareness=loc.pct(row["awareness_pct"]),
        adults=_adult_text(row, loc, ci),
    )


def _setting_of_base(base: str, design_effect: float) -> tuple[str, float]:
    return SCENARIO_OF_BASE[base], design_effect


def _youth_awareness(raw: RawTables, built: dict) -> Verdict:
    def describe(r: pd.Series, loc: Catalog, ci: str) -> str:
        return loc("arguments-youth-awareness", **_change_facts(r, loc, ci))

    return _survey_verdict(
        built,
        "awareness",
        "18-28",
        "aware",
        "change",
        _rise,
        describe,
        part_untested=_untested(raw, built, "youth_awareness"),
    )


def _awareness_growth(raw: RawTables, built: dict) -> Verdict:
    """Lines 424-426: people's political activity grows. The proxy rule: awareness is a
    stand-in, reported as context, never deciding."""
    c = built["survey_changes"]
    default = c[(c["indicator"] == "awareness") & c["is_default"]]
    if default.empty:
        raise LookupError("survey_changes has no awareness rows")

    def reasoning(loc: Catalog) -> str:
        ci = _ci_words(built, loc)
        parts = "; ".join(
            loc(
                "arguments-group-value",
                group=dash(r.group, loc),
                value=change_text(r._asdict(), loc, ci),
            )
            for r in default.itertuples()
        )
        return loc("arguments-awareness-growth", parts=parts)

    return Verdict(
        _yield(built, "proxy", "proxy_only"),
        reasoning,
        "survey_changes (indicator awareness, default rows)",
        "; ".join(f"{r.group} {r.diff_pp:+.1f} pp" for r in default.itertuples()),
        lambda loc: loc("arguments-proxy-robustness"),
        outcome="proxy_only",
    )


def _awareness_majority(raw: RawTables, built: dict) -> Verdict:
    a = built["awareness_by_age"]
    latest = a[a["wave_year"] == a["wave_year"].max()].sort_values("age_min")
    year = int(latest["wave_year"].iloc[0])
    below = latest[latest["share_pct"] < 50]
    # An aim (normative_future): not testable whatever the shares; they are context only.
    intervals = [
        (r.age_group, _interval(built, "awareness", r.age_group, "aware", year))
        for r in latest.itertuples()
    ]
    top_group = latest.sort_values("share_pct")["age_group"].iloc[-1]
    top = _interval(built, "awareness", top_group, "aware", year)
    open_top = bool(top["ci_high_pct"] >= 50)

    def reasoning(loc: Catalog) -> str:
        ci = _ci_words(built, loc)
        shares = "; ".join(
            loc("arguments-group-value", group=dash(g, loc), value=share_text(iv, loc, ci))
            for g, iv in intervals
        )
        if len(below) == len(latest):
            some = loc("arguments-awareness-below-all")
        else:
            some = loc(
                "arguments-awareness-below-some", below=str(len(below)), groups=str(len(latest))
            )
        return loc(
            "arguments-awareness-majority",
            year=str(year),
            some=some,
            shares=shares,
            open="yes" if open_top else "no",
            group=dash(top_group, loc),
            high=loc.decimal(top["ci_high_pct"], 1),
        )

    return Verdict(
        _yield(built, "normative_future", "aim"),
        reasoning,
        f"awareness_by_age (wave {year}); survey_intervals (awareness, default rows)",
        f"{len(below)} of {len(latest)} age groups below 50% (point estimates)",
        lambda loc: loc("arguments-awareness-majority-robustness"),
        outcome="aim",
    )


def _year_order_change(built: dict) -> float | None:
    """The change of the positive share under the rejected year order of Table 1 (pp), or
    None when no reading was rejected."""
    r = built.get("year_order_readings")
    if r is None or r.empty:
        return None
    rejected = r[~r["chosen"]]
    if rejected.empty:
        return None
    return float(rejected["positive_change_pp"].iloc[0])


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


def _level_threshold(built: dict) -> float:
    """The level rule's threshold for 'high' (percent: a majority)."""
    return _rule_value(built, "level", "threshold")


#: Scales on which a Table 1-2 claim is judged on the shares as printed (the base the table
#: printed: on the build's reading, the respondents who had heard of the Kurultai).
PRINTED_SCALES = ("respondents", "aware")
#: The scale of a claim that speaks explicitly of the whole population.
ADULT_SCALE = "adults"
#: What a Table 1-2 claim asserts (the rule and how its outcome is found): a share is high
#: (a majority), stays high (the level rule in 2023 and in 2024, the weaker wave deciding),
#: is about half, rose, or held steady.
SURVEY_KINDS = {
    "high": "level",
    "stays_high": "level",
    "about_half": "level",
    "rise": "change",
    "stable": "stability",
}
#: The columns of arguments.csv (and of the argument ledger) naming the part of a compound claim
#: that cannot be tested (the compound-claim clause of the rulebook): English and Kazakh, empty
#: when every part of the quoted sentence is tested. A row that names one is capped at partly
#: supported, in the main verdict and in every robustness setting and on the other scale
#: (:func:`capped_outcome`, the rule's outcome ``<outcome>_part_untested``).
UNTESTED_COLUMNS = {"en": "untested_part_en", "kk": "untested_part_kk"}


def untested_text(row: pd.Series, lang: str) -> str:
    """The untested part of claim ``row`` (arguments.csv or the ledger) in data language
    ``lang`` ('' when the claim has none)."""
    value = row.get(UNTESTED_COLUMNS[lang])
    return value.strip() if isinstance(value, str) else ""


def has_untested_part(arguments: pd.DataFrame, check: str) -> bool:
    """Whether the claim judged by the computed ``check`` names an untested part in
    ``arguments`` (arguments.csv as read, or the processed argument ledger): its
    ``untested_part_en`` is given. Raises ``LookupError`` when no row names ``check``."""
    rows = arguments[arguments["check"] == check]
    if rows.empty:
        raise LookupError(f"no claim of {RAW_PATH} names the check '{check}'")
    return any(untested_text(r, "en") for _, r in rows.iterrows())


def capped_outcome(built: dict, rule: str, outcome: str, part_untested: bool) -> str:
    """``outcome`` under ``rule``, capped by the compound-claim clause: when ``part_untested``
    and the outcome would support the claim, ``<outcome>_part_untested`` (partly supported);
    otherwise ``outcome`` unchanged. Raises :class:`analysis.rulebook.RuleError` when the
    capped outcome is not in verdict_outcomes."""
    if part_untested and _yield(built, rule, outcome) == "supported":
        capped = f"{outcome}_part_untested"
        _yield(built, rule, capped)
        return capped
    return outcome


def _other_scale(scale: str) -> str:
    return "printed" if scale == ADULT_SCALE else ADULT_SCALE


def _scale_key(scale: str) -> str:
    """``printed`` for the printed base (respondents, aware), ``adults`` for all adults.
    Raises ``ValueError`` for another scale."""
    if scale in PRINTED_SCALES or scale == "printed":
        return "printed"
    if scale == ADULT_SCALE:
        return ADULT_SCALE
    raise ValueError(f"unknown scale '{scale}' (expected respondents, aware or adults)")


@dataclass(frozen=True)
class ScaledShare:
    """One Table 1-2 share on one scale and setting: the 2023 and 2024 shares (percent), the
    2024 interval, the change with its interval (pp) and whether it exceeds sampling error,
    the change's standard error (pp) and the 2023 interval (percent)."""

    first: float
    latest: float
    low: float
    high: float
    diff: float
    diff_low: float
    diff_high: float
    exceeds: bool
    se_diff: float
    row: pd.Series
    first_low: float = float("nan")
    first_high: float = float("nan")


def scaled_share(
    built: dict, indicator: str, category: str, scale: str, base: str, design_effect: float
) -> ScaledShare:
    """The share ``indicator``/``category`` (group all) on ``scale`` (the printed base:
    survey_changes and survey_intervals; all adults: survey_scales and
    survey_scale_changes) under the table ``base`` and ``design_effect``. Raises
    ``LookupError`` when the processed tables lack the rows."""
    z = _z95(built)
    if _scale_key(scale) == "printed":
        rows = _change_rows(built, indicator, "all", category)
        r = rows[
            (rows["size_scenario"] == SCENARIO_OF_BASE[base])
            & (rows["design_effect"] == design_effect)
        ]
        if len(r) != 1:
            raise LookupError(f"survey_changes: no single row {indicator}/{category}/{base}")
        r = r.iloc[0]
        iv = _interval_for(built, r)
        iv0 = _interval_for(built, r, year=2023)
        first = (iv0["ci_low_pct"], iv0["ci_high_pct"])
        return _scaled_share(r["share_2024_pct"], iv["ci_low_pct"], iv["ci_high_pct"], r, z, first)

    def adult_row(year: int) -> pd.Series:
        s = _scale_rows(built, indicator, category, year)
        return s[(s["table_base"] == base) & (s["design_effect"] == design_effect)].iloc[0]

    s, s0 = adult_row(2024), adult_row(2023)
    c = _scale_change_rows(built, indicator, category)
    c = c[(c["table_base"] == base) & (c["design_effect"] == design_effect)].iloc[0]
    first = (s0["ci_low_adults_pct"], s0["ci_high_adults_pct"])
    return _scaled_share(
        s["share_of_adults_pct"], s["ci_low_adults_pct"], s["ci_high_adults_pct"], c, z, first
    )


def _scaled_share(
    latest, low, high, change: pd.Series, z: float, first: tuple[float, float]
) -> ScaledShare:
    """A :class:`ScaledShare` from the 2024 share and its interval (percent, on the claim's
    scale), the change row ``change`` (``share_2023_pct``, ``diff_pp``, ``ci_low_pp``,
    ``ci_high_pp``, ``exceeds_sampling_error``; pp), whose standard error is read back from
    its interval's half-width over ``z``, and the 2023 interval ``first`` (percent)."""
    return ScaledShare(
        float(change["share_2023_pct"]),
        float(latest),
        float(low),
        float(high),
        float(change["diff_pp"]),
        float(change["ci_low_pp"]),
        float(change["ci_high_pp"]),
        bool(change["exceeds_sampling_error"]),
        float(change["ci_high_pp"] - change["ci_low_pp"]) / (2 * z),
        change,
        float(first[0]),
        float(first[1]),
    )


def _equivalence_words(built: dict, eq, loc: Catalog) -> dict[str, str]:
    """The stability rule's TOST (:class:`analysis.scales.Equivalence`) as catalog
    arguments: margin and smallest margin (pp), the (1 - 2 alpha) interval's level (percent)
    and bounds (pp, signed), the p-value, and whether equivalence is shown."""
    level = 100 - 2 * 100 * _params(built).alpha
    return {
        "margin": loc.decimal(eq.margin_pp, 0),
        "level": loc.decimal(level, 0),
        "low": loc.signed(eq.ci_low_pp, 1),
        "high": loc.signed(eq.ci_high_pp, 1),
        "p": loc.decimal(eq.p_value, 3),
        "equivalent": "yes" if eq.equivalent else "no",
        "smallest": loc.decimal(eq.smallest_margin_pp, 1),
    }


def _z95(built: dict) -> float:
    from statistics import NormalDist

    return NormalDist().inv_cdf(0.5 + _params(built).confidence_level / 2)


def scaled_equivalence(built: dict, sh: ScaledShare, scale: str):
    """The stability rule's TOST (:class:`analysis.scales.Equivalence`) for ``sh``: on the
    printed base, statsmodels' two one-sided tests with the row's respondents and design
    effect; on all adults, the (1 - 2 alpha) Wald interval of the change (delta-method
    standard errors) against the margin."""
    from statistics import NormalDist

    from analysis.scales import Equivalence, equivalence_test, tost_power

    margin = _rule_value(built, "stability", "margin")
    alpha = _params(built).alpha
    if _scale_key(scale) == "printed":
        r = sh.row
        return equivalence_test(
            r["share_2023_pct"],
            r["respondents_2023"],
            r["share_2024_pct"],
            r["respondents_2024"],
            margin,
            r["design_effect"],
            alpha,
        )
    z = NormalDist().inv_cdf(1 - alpha)
    low, high = sh.diff - z * sh.se_diff, sh.diff + z * sh.se_diff
    p = max(
        1 - NormalDist().cdf((sh.diff + margin) / sh.se_diff),
        NormalDist().cdf((sh.diff - margin) / sh.se_diff),
    )
    return Equivalence(
        p_value=p,
        equivalent=bool(-margin < low and high < margin),
        margin_pp=margin,
        ci_low_pp=low,
        ci_high_pp=high,
        smallest_margin_pp=max(abs(low), abs(high)),
        power=tost_power(sh.se_diff, margin, alpha),
    )


def stability_outcome(built: dict, r: pd.Series) -> tuple[str, object]:
    """The stability rule on a row of survey_changes (the printed base): TOST with the
    rule's margin, the row's respondents and design effect, at the build's significance
    level. Returns (outcome, :class:`analysis.scales.Equivalence`)."""
    from analysis.scales import equivalence_test

    eq = equivalence_test(
        r["share_2023_pct"],
        r["respondents_2023"],
        r["share_2024_pct"],
        r["respondents_2024"],
        _rule_value(built, "stability", "margin"),
        r["design_effect"],
        _params(built).alpha,
    )
    outcome = stability_rule(
        eq.equivalent,
        bool(r["exceeds_sampling_error"]),
        float(r["diff_pp"]),
        eq.margin_pp,
        is_underpowered(eq),
    )
    return outcome, eq


def survey_outcome(
    built: dict,
    kind: str,
    indicator: str,
    category: str,
    scale: str,
    base: str,
    design_effect: float,
) -> str:
    """The outcome of a Table 1-2 claim of ``kind`` (:data:`SURVEY_KINDS`) about
    ``indicator``/``category`` on ``scale`` under ``base`` and ``design_effect``, by the
    rulebook's rule for that kind: ``high``, the 2024 share and interval against a majority;
    ``stays_high``, the same in 2023 and in 2024, the weaker wave deciding (on a tie, 2024's
    outcome: :func:`weakest_outcome`), the change between them context; ``about_half``, the
    share and interval against 50 ± the level rule's margin; ``rise``, the change rule;
    ``stable``, the stability rule (TOST, ``underpowered`` when even a zero change could not
    be shown within the margin: :func:`is_underpowered`). On all
    adults, the share is that of :func:`scaled_share`: the unaware are in the denominator and
    in no answer's numerator (they hold no view of a body they have not heard of)."""
    sh = scaled_share(built, indicator, category, scale, base, design_effect)
    if kind in ("high", "stays_high"):
        o = level_rule(sh.latest, sh.low, sh.high, _level_threshold(built))
        if kind == "high":
            return o
        o0 = level_rule(sh.first, sh.first_low, sh.first_high, _level_threshold(built))
        return weakest_outcome(built, "level", [o, o0])
    if kind == "about_half":
        return about_rule(sh.latest, sh.low, sh.high, 50.0, _rule_value(built, "level", "margin"))
    if kind == "rise":
        return change_rule(sh.diff, sh.exceeds, +1)
    if kind == "stable":
        eq = scaled_equivalence(built, sh, scale)
        return stability_rule(eq.equivalent, sh.exceeds, sh.diff, eq.margin_pp, is_underpowered(eq))
    raise ValueError(f"unknown kind of survey claim '{kind}' (known: {', '.join(SURVEY_KINDS)})")


def unaware_bounds(
    built: dict, indicator: str, category: str, scale: str, base: str, design_effect: float
) -> tuple[float, float] | None:
    """Context only, never a verdict: the share of all adults (percent, 2024 point estimates)
    that gave the answer (the unaware in no numerator: the verdict's share) and that share
    plus every unaware adult (the unaware counted as if they held that view, e.g. as
    neutral; not having heard of a body is not a view of it, so this is shown, not judged).
    ``None`` on the printed scale, or under the whole-sample base, where the
    printed share is itself a share of all adults. Source: survey_scales (``share_of_adults_pct``,
    ``awareness_pct``). Raises ``LookupError`` when the row is missing."""
    if _scale_key(scale) != ADULT_SCALE or base != "aware":
        return None
    s = _scale_rows(built, indicator, category, 2024)
    s = s[(s["table_base"] == base) & (s["design_effect"] == design_effect)]
    if len(s) != 1:
        raise LookupError(f"survey_scales: no single row {indicator}/{category}/{base}")
    r = s.iloc[0]
    low = float(r["share_of_adults_pct"])
    return low, low + 100.0 - float(r["awareness_pct"])


def positive_high_outcome(
    built: dict, base: str, design_effect: float, scale: str = "respondents"
) -> str:
    """The level rule's outcome for "attitudes stay high" (A25) on ``scale``: the level rule
    in 2023 and in 2024, the weaker wave deciding, capped by the compound-claim rule (the
    untested "despite negative images": :func:`capped_outcome`)."""
    o = survey_outcome(built, "stays_high", "table1", "positive", scale, base, design_effect)
    capped = has_untested_part(_claims(built), "positive_high")
    return capped_outcome(built, "level", o, capped)


def _untested(raw: RawTables, built: dict, check: str) -> bool:
    """Whether the claim of computed ``check`` names an untested part: read from the claims
    being evaluated (``raw``'s arguments.csv) or else from :func:`_claims`."""
    claims = raw[RAW_PATH] if RAW_PATH in raw else _claims(built)
    return has_untested_part(claims, check)


def _claims(built: dict) -> pd.DataFrame:
    """The claims with their untested parts: the processed argument ledger when ``built``
    has it, else data/raw/article/arguments.csv as read."""
    if "argument_ledger" in built:
        return built["argument_ledger"]
    from analysis.io import read_raw_csv
    from analysis.paths import RAW

    return read_raw_csv(RAW / RAW_PATH, ArgumentsRaw.to_schema().columns)


def _scaled_settings(
    built: dict, rule: str, outcome_of: Callable[[str, float], str]
) -> list[tuple[str, str, float]]:
    """(verdict, size_scenario, design_effect) of every base x design effect of
    survey_scales, judged by ``outcome_of(base, design_effect)`` under ``rule``."""
    s = built["survey_scales"][["table_base", "design_effect"]].drop_duplicates()
    return [
        (_yield(built, rule, outcome_of(b, d)), *_setting_of_base(b, d))
        for b, d in sorted(s.itertuples(index=False, name=None))
    ]


def _share_words(sh: ScaledShare, loc: Catalog, ci: str) -> dict[str, str]:
    """The words a survey claim's reasoning places, on its deciding scale: ``latest`` (the
    2024 share with its interval), ``first``, ``years``, ``change`` and ``error``."""
    return {
        "latest": loc(
            "arguments-share",
            share=loc.pct(sh.latest),
            ci=ci,
            low=loc.decimal(sh.low, 1),
            high=loc.decimal(sh.high, 1),
        ),
        "first": loc.pct(sh.first),
        "years": loc("arguments-years", first=loc.pct(sh.first), second=loc.pct(sh.latest)),
        "change": loc(
            "arguments-change",
            diff=loc.pp(sh.diff),
            ci=ci,
            low=loc.signed(sh.diff_low, 1),
            high=loc.signed(sh.diff_high, 1),
        ),
        "error": loc("arguments-error-larger")
        if sh.exceeds
        else loc("arguments-error-within-zero"),
    }


def level_waves_text(built: dict, sh: ScaledShare, loc: Catalog, ci: str) -> str:
    """A claim that a share stays or remains high, in words: the level rule in 2023 and in
    2024 (each share with its interval against a majority, :func:`level_rule`), the weaker
    wave deciding, and the change between the waves as context (``sh`` on the claim's
    scale)."""
    threshold = _level_threshold(built)

    def wave(share: float, low: float, high: float) -> dict[str, str]:
        return {
            "share": loc(
                "arguments-share",
                share=loc.pct(share),
                ci=ci,
                low=loc.decimal(low, 1),
                high=loc.decimal(high, 1),
            ),
            "side": level_rule(share, low, high, threshold),
        }

    first, latest = wave(sh.first, sh.first_low, sh.first_high), wave(sh.latest, sh.low, sh.high)
    words = _share_words(sh, loc, ci)
    return loc(
        "arguments-level-waves",
        threshold=loc.decimal(threshold, 0),
        first=first["share"],
        first_side=first["side"],
        latest=latest["share"],
        latest_side=latest["side"],
        change=words["change"],
        error=words["error"],
    )


def _scaled_verdict(
    raw: RawTables,
    built: dict,
    scale: str,
    kind: str,
    indicator: str,
    category: str,
    describe: Callable[[ScaledShare, Catalog, str], str],
    extra_robustness: Text | None = None,
    part_untested: bool = False,
) -> Verdict:
    """A Table 1-2 claim judged by one principle (the rulebook's section on scales): on the
    base the book infers, unless the claim explicitly speaks of the whole population
    (``scale`` ``adults``), when the share of all adults decides. The reasoning opens with
    which scale decides, ``describe(share, catalog, ci_words)`` gives the numbers on it, and
    the two scales stand side by side (:func:`_scale_note`); the robustness gives the
    verdict in every analytic setting and on the other scale. ``part_untested``: the claim
    adds an untested part, which caps the verdict in every setting and on the other scale
    (:func:`capped_outcome`)."""
    rule = SURVEY_KINDS[kind]
    p = _params(built)
    key = _scale_key(scale)

    def outcome_on(sc: str, b: str, d: float) -> str:
        o = survey_outcome(built, kind, indicator, category, sc, b, d)
        return capped_outcome(built, rule, o, part_untested)

    outcome = outcome_on(scale, p.table_base, p.design_effect)
    verdict = _yield(built, rule, outcome)
    settings = _scaled_settings(built, rule, lambda b, d: outcome_on(scale, b, d))
    other = _other_scale(key)
    other_verdict = _yield(built, rule, outcome_on(other, p.table_base, p.design_effect))
    sh = scaled_share(built, indicator, category, scale, p.table_base, p.design_effect)
    osh = scaled_share(built, indicator, category, other, p.table_base, p.design_effect)
    other_bases = sorted(set(SCENARIO_OF_BASE) - {p.table_base})
    depends = other_verdict != verdict or any(
        _yield(built, rule, outcome_on(scale, b, p.design_effect)) != verdict for b in other_bases
    )

    def reasoning(loc: Catalog) -> str:
        ci = _ci_words(built, loc)
        return _sentences(
            loc("arguments-scale-lead", scale=key),
            describe(sh, loc, ci),
            _scale_note(built, indicator, category, loc),
        )

    def robustness(loc: Catalog) -> str:
        ci = _ci_words(built, loc)
        w = _share_words(osh, loc, ci)
        return _sentences(
            _robust_text(settings, verdict, loc),
            loc(
                "arguments-other-scale",
                scale=other,
                value=w["change"] if kind in ("rise", "stable") else w["latest"],
                verdict=verdict_label(other_verdict, loc).lower(),
            ),
            extra_robustness(loc) if extra_robustness else None,
        )

    reads = (
        f"survey_changes and survey_intervals ({indicator}, {category})"
        if key == "printed"
        else f"survey_scales and survey_scale_changes ({indicator}, {category})"
    )
    value = (
        f"{sh.diff:+.1f} pp" if kind in ("rise", "stable") else f"{sh.latest:.1f}% in 2024"
    ) + (" of adults" if key == ADULT_SCALE else " as printed")
    return Verdict(
        verdict,
        reasoning,
        reads,
        value,
        robustness,
        _held(settings, verdict),
        outcome=outcome,
        depends_on_base=depends,
    )


def _positive_high(raw: RawTables, built: dict, scale: str = "respondents") -> Verdict:
    """Lines 347-350: attitudes "stay high"; the level rule ('high': a majority)."""
    rejected = _year_order_change(built)

    def describe(sh: ScaledShare, loc: Catalog, ci: str) -> str:
        return loc("arguments-positive-high", waves=level_waves_text(built, sh, loc, ci))

    def note(loc: Catalog) -> str | None:
        if rejected is None:
            return None
        return loc("arguments-year-order-note", change=loc.pp(rejected))

    return _scaled_verdict(
        raw,
        built,
        scale,
        "stays_high",
        "table1",
        "positive",
        describe,
        note,
        part_untested=_untested(raw, built, "positive_high"),
    )


def _table1_rise(raw: RawTables, built: dict, scale: str, category: str) -> Verdict:
    """A Table 1 share ``category`` rose (the change rule), worded by the message
    ``arguments-<category>-rise`` and capped by the untested part of the claim whose check
    is ``<category>_rise``."""

    def describe(sh: ScaledShare, loc: Catalog, ci: str) -> str:
        return loc(f"arguments-{category}-rise", **_share_words(sh, loc, ci))

    return _scaled_verdict(
        raw,
        built,
        scale,
        "rise",
        "table1",
        category,
        describe,
        part_untested=_untested(raw, built, f"{category}_rise"),
    )


def _neutral_rise(raw: RawTables, built: dict, scale: str = "respondents") -> Verdict:
    """Lines 355-357: the neutral share rose (the change rule)."""
    return _table1_rise(raw, built, scale, "neutral")


def _negative_rise(raw: RawTables, built: dict, scale: str = "respondents") -> Verdict:
    """Lines 359-365: the negative share rose (the change rule), read by the authors as a
    sign that views diversify as the Kurultai becomes known (untested: caps the verdict)."""
    return _table1_rise(raw, built, scale, "negative")


def _no_change_stable(raw: RawTables, built: dict, scale: str = "respondents") -> Verdict:
    """Lines 370-379: a "stable middle" (the stability rule: TOST with the rule's margin,
    its power and the smallest margin the data could establish)."""

    def describe(sh: ScaledShare, loc: Catalog, ci: str) -> str:
        eq = scaled_equivalence(built, sh, scale)
        return loc(
            "arguments-no-change-stable",
            **_share_words(sh, loc, ci),
            **_equivalence_words(built, eq, loc),
            power=loc.pct(100 * eq.power, 0),
            power_nil="yes" if is_underpowered(eq) else "no",
            reach=loc.decimal(zero_change_reach(eq), 1),
        )

    return _scaled_verdict(raw, built, scale, "stable", "table2", "no_change", describe)


def half_outcome(built: dict, base: str, design_effect: float, scale: str = "adults") -> str:
    """The level rule's 'about' outcome for "about half the people" (A49) on ``scale``."""
    return survey_outcome(built, "about_half", "table2", "no_change", scale, base, design_effect)


def _no_change_half(raw: RawTables, built: dict, scale: str = "adults") -> Verdict:
    """Lines 379-381: "about half the people" (the level rule's 'about X')."""
    margin = _rule_value(built, "level", "margin")
    p = _params(built)
    bounds = unaware_bounds(built, "table2", "no_change", scale, p.table_base, p.design_effect)

    def describe(sh: ScaledShare, loc: Catalog, ci: str) -> str:
        lower, upper = bounds if bounds is not None else (float("nan"), float("nan"))
        return loc(
            "arguments-no-change-half",
            low=loc.decimal(50 - margin, 0),
            high=loc.decimal(50 + margin, 0),
            bounded="yes" if bounds is not None else "no",
            lower=loc.decimal(lower, 0) if bounds is not None else "",
            upper=loc.decimal(upper, 0) if bounds is not None else "",
            unaware=loc.pct(upper - lower, 0) if bounds is not None else "",
            half=loc.decimal(50, 0),
            **_share_words(sh, loc, ci),
        )

    return _scaled_verdict(raw, built, scale, "about_half", "table2", "no_change", describe)


def _number_text(text: str, loc: Catalog) -> str:
    """A number written in the data ('35.9') in the language's style ('35,9'), with as many
    decimals."""
    return loc.decimal(float(text), len(text.partition(".")[2]))


def _better_remained_high(raw: RawTables, built: dict, scale: str = "respondents") -> Verdict:
    """A level claim (lines 389-390: the share "remains at a considerably high level"): the
    level rule (a majority) in 2023 and in 2024, the weaker wave deciding; the fall between
    the waves and the share whose view changed for the worse are context."""
    closure = built.get("table2_closure")
    hard_range = None
    if closure is not None and not closure.empty:
        cell = closure[closure["missing_category"] == "changed_positive"]
        if len(cell):
            low, _, high = cell["range_if_hard_to_say"].iloc[0].partition(" to ")
            hard_range = (low, high)
    p = _params(built)
    worse = scaled_share(built, "table2", "changed_negative", scale, p.table_base, p.design_effect)

    def describe(sh: ScaledShare, loc: Catalog, ci: str) -> str:
        fell = bool(sh.diff < 0 and sh.exceeds)
        main = loc(
            "arguments-better-remained-high",
            waves=level_waves_text(built, sh, loc, ci),
            first=loc.pct(sh.first),
            worse=loc.pct(worse.latest),
            fell="yes" if fell else "no",
            lost=loc.decimal(-100 * sh.diff / sh.first, 0),
        )
        hard = None
        if hard_range is not None and _scale_key(scale) == "printed":
            hard = loc(
                "arguments-better-hard-to-say",
                low=_number_text(hard_range[0], loc),
                high=_number_text(hard_range[1], loc),
            )
        return _sentences(main, hard)

    return _scaled_verdict(raw, built, scale, "stays_high", "table2", "changed_positive", describe)


def rank_outcome(waves_highest: int, waves: int, beyond_error: int) -> str:
    """The comparison rule's outcome for a claim that a survey group is (and remains) the
    highest: ``waves_highest`` of ``waves`` in which the group's printed share is the highest,
    ``beyond_error`` of them in which its lead over the next group exceeds the margin of
    error of that gap. ``agrees`` when it leads beyond error in every wave, ``ahead_within``
    when it leads in every wave but within error in some, ``mixed`` when it leads in some
    waves only, ``reverse`` when in none."""
    if waves_highest == 0:
        return "reverse"
    if waves_highest < waves:
        return "mixed"
    return "agrees" if beyond_error == waves else "ahead_within"


def group_leads(built: dict, group: str, size_scenario: str, design_effect: float) -> pd.DataFrame:
    """Per wave, ``group``'s lead over the best other age group (printed shares of
    awareness_by_age) and the margin of error of that gap (the square root of the sum of the
    two groups' squared margins, ``moe_pp`` of survey_intervals, indicator awareness, in the
    setting ``size_scenario`` x ``design_effect``; independent subsamples). One row per wave:
    int ``wave_year``, ``lead_pp`` and ``moe_pp`` (pp), ``beyond`` (bool). Raises
    ``LookupError`` when an interval row is missing."""
    a = built["awareness_by_age"]
    i = built["survey_intervals"]
    i = i[
        (i["indicator"] == "awareness")
        & (i["size_scenario"] == size_scenario)
        & (i["design_effect"] == design_effect)
    ].set_index(["wave_year", "group"])
    rows = []
    for year, g in a.groupby("wave_year"):
        mine = g[g["age_group"] == group]
        others = g[g["age_group"] != group].sort_values("share_pct")
        if mine.empty or others.empty:
            raise LookupError(f"awareness_by_age: no rows to rank {group} in {year}")
        runner = others.iloc[-1]
        try:
            m1 = float(i.loc[(year, group), "moe_pp"])
            m2 = float(i.loc[(year, runner["age_group"]), "moe_pp"])
        except KeyError as e:
            raise LookupError(f"survey_intervals: no awareness row for {e} ({year})") from None
        lead = float(mine["share_pct"].iloc[0] - runner["share_pct"])
        moe = (m1**2 + m2**2) ** 0.5
        rows.append({"wave_year": int(year), "lead_pp": lead, "moe_pp": moe, "beyond": lead > moe})
    return pd.DataFrame(rows)


def _middle_awareness_high(raw: RawTables, built: dict) -> Verdict:
    """Lines 330-333: awareness in the middle age groups (29-60, printed as one figure)
    «екі жыл қатарынан ең жоғары деңгейде қалып отыр», remains the highest two years
    running, and line 330 calls it «тұрақты жоғары», steadily high: beside 'the highest',
    a rank claim in both waves, by the comparison rule across the age groups in each wave,
    each lead with the margin of error of its gap (:func:`rank_outcome`)."""

    def leads(r: pd.Series) -> pd.DataFrame:
        return group_leads(built, "29-60", r["size_scenario"], r["design_effect"])

    def outcome(r: pd.Series) -> str:
        t = leads(r)
        return rank_outcome(int((t["lead_pp"] > 0).sum()), len(t), int(t["beyond"].sum()))

    def describe(r: pd.Series, loc: Catalog, ci: str) -> str:
        t = leads(r)
        first, last = t.iloc[0], t.iloc[-1]
        highest = int((t["lead_pp"] > 0).sum())
        rank = loc(
            "arguments-middle-awareness-highest",
            all="yes" if highest == len(t) else "no",
            waves_highest=loc.count(highest),
            waves=loc.count(len(t)),
            waves_n=len(t),
            lead_first=loc.pp(float(first["lead_pp"])),
            moe_first=loc.decimal(float(first["moe_pp"]), 1),
            lead_last=loc.pp(float(last["lead_pp"])),
            moe_last=loc.decimal(float(last["moe_pp"]), 1),
            beyond=int(t["beyond"].sum()),
            years=_years(r, loc),
        )
        return rank

    return _survey_verdict(built, "awareness", "29-60", "aware", "comparison", outcome, describe)


def _older_awareness_stable(raw: RawTables, built: dict) -> Verdict:
    """Lines 337-339: interest among those over 61 "stayed fairly stable". The stability rule
    (TOST with the rule's margin on the 61+ awareness change, the group size estimated)."""

    def describe(r: pd.Series, loc: Catalog, ci: str) -> str:
        _, eq = stability_outcome(built, r)
        return loc(
            "arguments-older-awareness-stable",
            **_change_facts(r, loc, ci),
            **_equivalence_words(built, eq, loc),
            power_nil="yes" if is_underpowered(eq) else "no",
            reach=loc.decimal(zero_change_reach(eq), 1),
        )

    return _survey_verdict(
        built,
        "awareness",
        "61+",
        "aware",
        "stability",
        lambda r: stability_outcome(built, r)[0],
        describe,
    )


def _pair_robust_text(pairs: list[tuple[str, str, float]], default: str, loc: Catalog) -> str:
    """Whether the ``default`` verdict of a claim read from two rows holds in every setting:
    ``pairs`` are (verdict, size_scenario, design_effect) of each setting."""
    others = [
        loc("arguments-robust-pair-other", setting=_setting_label(size, de, loc))
        for v, size, de in pairs
        if v != default
    ]
    if not others:
        return loc("arguments-robust-same", n=str(len(pairs)))
    return loc(
        "arguments-robust-pair-holds",
        n=str(len(pairs)),
        held=str(len(pairs) - len(others)),
        others="; ".join(others),
    )


def _paired_settings(
    built: dict, first: str, second: str, rule: Callable[[pd.Series, pd.Series], str]
) -> list[tuple[str, str, float]]:
    """``rule`` applied to the rows ``first`` and ``second`` of Table 2 in each setting
    both have: (verdict, size_scenario, design_effect)."""
    keys = ["size_scenario", "design_effect"]
    a = _change_rows(built, "table2", "all", first).set_index(keys)
    b = _change_rows(built, "table2", "all", second).set_index(keys)
    return [(rule(a.loc[k], b.loc[k]), *k) for k in sorted(set(a.index) & set(b.index))]


def pattern_holds(b: pd.Series, w: pd.Series) -> bool:
    """Whether the pattern A30 reads holds: fewer changes for the better and more for the
    worse, both beyond sampling error (rows of survey_changes, ``diff_pp`` in pp)."""
    down = b["diff_pp"] < 0 and b["exceeds_sampling_error"]
    up = w["diff_pp"] > 0 and w["exceeds_sampling_error"]
    return bool(down and up)


def _unmet_expectations_pattern(raw: RawTables, built: dict) -> Verdict:
    """Lines 385-388: the latest figures may reflect doubt, expectations not fully met or
    routine. The sentence names «соңғы көрсеткіштер» (the latest figures) without stating
    them, so by the compound-claim clause it states only a reading (``reading_only``, not
    testable); whether the pattern it reads holds (:func:`pattern_holds`) is context."""
    better = _default_change(built, "table2", "all", "changed_positive")
    worse = _default_change(built, "table2", "all", "changed_negative")
    found = pattern_holds(better, worse)
    outcome = "reading_only"

    def reasoning(loc: Catalog) -> str:
        ci = _ci_words(built, loc)
        return loc(
            "arguments-unmet-expectations",
            found="yes" if found else "no",
            better=change_text(better, loc, ci),
            worse=change_text(worse, loc, ci),
        )

    return Verdict(
        _yield(built, "explanation", outcome),
        reasoning,
        "survey_changes (table2, changed_positive and changed_negative, default rows)",
        f"{better['diff_pp']:+.1f} pp / {worse['diff_pp']:+.1f} pp",
        lambda loc: loc("arguments-no-choice"),
        outcome=outcome,
    )


def _expectations_exceeded(raw: RawTables, built: dict) -> Verdict:
    """Lines 633-634: the Kurultai exceeded civil society's expectations. The proxy rule:
    Table 2's changes among aware respondents are not a measure of civil society's
    expectations (the same stand-in the ledger rejects for A29, A32, A33), so they are
    reported as context and do not decide."""
    better = _default_change(built, "table2", "all", "changed_positive")
    worse = _default_change(built, "table2", "all", "changed_negative")

    def reasoning(loc: Catalog) -> str:
        ci = _ci_words(built, loc)
        return loc(
            "arguments-expectations-exceeded",
            better=change_text(better, loc, ci),
            worse=change_text(worse, loc, ci),
            latest=loc.pct(worse["share_2024_pct"]),
        )

    return Verdict(
        _yield(built, "proxy", "proxy_only"),
        reasoning,
        "survey_changes (table2, changed_positive and changed_negative, default rows)",
        f"{better['diff_pp']:+.1f} pp / {worse['diff_pp']:+.1f} pp",
        lambda loc: loc("arguments-proxy-robustness"),
        outcome="proxy_only",
    )


# --- meetings checks -------------------------------------------------------------------------


def meeting_dates(built: dict, *, from_decree: bool = True) -> pd.Series:
    """Sorted dates of the dated meetings of Table 3 (one per meeting, ``meetings_log``).
    By default only the meetings with members, on or after the decree that created the
    Kurultai (``before_decree`` false): a meeting before the Kurultai existed is not a
    meeting with its members, so cadence, rates and gaps start at the decree; with
    ``from_decree=False``, Table 3's pre-decree rows too."""
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


def _daily_dialogue(raw: RawTables, built: dict) -> Verdict:
    """Lines 618-621: a continuous dialogue goes on every day («күн сайын»), giving feedback
    between the authorities and civil society, and the President discusses the country's
    issues with members. Judged like A37 and A39 (the compound-claim clause): the strand that
    can be counted, the President's meetings with members (Table 3), by the cadence rule
    (:func:`_trend`); the dialogue with civil society at large has no documented channel and
    is untested, so a cadence that recurs gives ``recurs_part_untested`` (partly supported).
    The literal reading is context, not the test: the share of days from the first to the
    last listed meeting that have one (percent of days)."""
    t = _trend(built)
    c = cadence(meeting_dates(built))
    capped = _untested(raw, built, "daily_dialogue")
    outcome = capped_outcome(built, "cadence", t.outcome, capped)
    span_days = (c["last"] - c["first"]).days
    days_pct = 100 * c["meetings"] / span_days
    d = cadence(meeting_dates(built, from_decree=False))

    def reasoning(loc: Catalog) -> str:
        return _sentences(
            loc(
                "arguments-daily-dialogue",
                every="yes" if t.outcome == "recurs" else "no",
                meetings=loc.count(c["meetings"]),
                months=loc.decimal(c["months"], 0),
                first=loc.date(c["first"]),
                last=loc.date(c["last"]),
                per_month=loc.decimal(c["per_month"], 1),
                days_pct=loc.pct(days_pct, 0),
            ),
            _gap_words(t, loc),
            table3_note(built, loc, short=True),
        )

    def robustness(loc: Catalog) -> str:
        return loc(
            "arguments-daily-dialogue-robustness",
            meetings=loc.count(d["meetings"]),
            per_month=loc.decimal(d["per_month"], 1),
            longest=loc.count(d["longest_gap_days"]),
        )

    return Verdict(
        _yield(built, "cadence", outcome),
        reasoning,
        "session_intervals (intervals Table 3 covers); meetings_log (one row per meeting)",
        f"{c['per_month']:.2f} meetings a month; meetings on {days_pct:.1f}% of days",
        robustness,
        outcome=outcome,
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


@dataclass(frozen=True)
class _Trend:
    """The meeting rates between sessions that Table 3 covers (:func:`_trend`), the longest
    gap and the cadence rule's outcome."""

    covered: pd.DataFrame
    rates: list[float]
    falling: bool
    beyond: bool
    longest_gap_days: int
    outcome: str
    verdict: str


def cadence_rule(every_interval: bool) -> str:
    """The cadence rule's outcome (rulebook ``cadence``): ``recurs`` when at least one listed
    meeting falls in every interval between sessions that Table 3 covers; ``not_shown``
    otherwise. Table 3 is a lower bound, so a gap or a thinning rate in it never decides."""
    return "recurs" if every_interval else "not_shown"


def _trend(built: dict) -> _Trend:
    """The cadence rule on Table 3 (A37, A39): meetings in every interval between sessions
    that Table 3 covers decide; the rates between sessions against chance and the longest
    gap are context."""
    s = built["session_intervals"]
    covered = s[s["table3_covers"] & s["meetings_per_year"].notna()].sort_values("interval_order")
    rates = covered["meetings_per_year"].tolist()
    if len(rates) < 2:
        raise LookupError("session_intervals has fewer than two covered intervals")
    falling = all(b < a for a, b in itertools.pairwise(rates))
    beyond = _rates_differ(built, covered)
    c = cadence(meeting_dates(built))
    outcome = cadence_rule(bool((covered["meetings"] > 0).all()))
    return _Trend(
        covered,
        rates,
        falling,
        beyond,
        int(c["longest_gap_days"]),
        outcome,
        _yield(built, "cadence", outcome),
    )


def table3_note(built: dict, loc: Catalog, *, short: bool = False) -> str:
    """How far Table 3 is complete (table3_completeness): the sentence the cadence verdict
    (A37) carries in full, saying it rests on Table 3 as a lower bound; with ``short``, the
    one-line reference the other verdicts on Table 3 carry."""
    if short:
        return loc("arguments-table3-lower-bound-short")
    t = built["table3_completeness"].set_index("metric_id")["value"]
    return loc(
        "arguments-table3-lower-bound",
        rows=loc.count(t["person_rows"]),
        confirmed=loc.count(t["confirmed"]),
        differs=loc.count(t["date_differs"]),
        not_found=loc.count(t["not_found"]),
        inside=int(t["extra_in_span"] - t["extra_in_span_before_decree"]),
        before_n=loc.count(t["extra_in_span_before_decree"]),
        after=loc.count(t["extra_after"]),
        extra_undated=loc.count(t["extra_undated"]),
    )


def _calendar_years(built: dict, loc: Catalog) -> str:
    """'4 in 2022, 8 in 2023, …': meetings with members per calendar year, from the decree
    (Table 3's pre-decree rows are not meetings with members)."""
    by_year = built["meetings_by_year"].sort_values("year")
    return ", ".join(
        loc(
            "arguments-year-meetings",
            meetings=loc.count(r.meetings - r.meetings_before_decree),
            year=str(r.year),
        )
        for r in by_year.itertuples()
    )


def _before_decree(built: dict) -> int:
    """Table 3's meetings dated before the decree (``meetings_by_year``), left out of the
    yearly counts."""
    return int(built["meetings_by_year"]["meetings_before_decree"].sum())


def _meeting_trend(raw: RawTables, built: dict) -> Verdict:
    """Lines 450-453: work on priorities continues without a break after the sessions, and
    the President meets members regularly (the rule: :func:`_trend`). "Without a break" is
    not tested (Table 3 lists meetings, not the work between them), so by the compound-claim
    rule a cadence that recurs gives ``recurs_part_untested`` (partly supported)."""
    t = _trend(built)
    last = meeting_dates(built).iloc[-1]
    capped = _untested(raw, built, "meeting_trend")
    outcome = capped_outcome(built, "cadence", t.outcome, capped)

    def reasoning(loc: Catalog) -> str:
        per = ", ".join(
            loc(
                "arguments-trend-rate",
                rate=loc.decimal(r.meetings_per_year, 1),
                sessions=dash(r.interval_label, loc),
            )
            for r in t.covered.itertuples()
        )
        return _sentences(
            loc(
                "arguments-meeting-trend",
                every="yes" if t.outcome == "recurs" else "no",
                falling="yes" if t.falling else "no",
                rates=per,
                last=loc.date(last),
                beyond="yes" if t.beyond else "no",
            ),
            _gap_words(t, loc),
            table3_note(built, loc),
        )

    return Verdict(
        _yield(built, "cadence", outcome),
        reasoning,
        "session_intervals (intervals Table 3 covers); meetings_log; meetings_by_year; "
        "table3_completeness",
        " / ".join(f"{x:.1f}" for x in t.rates) + " a year",
        lambda loc: loc(
            "arguments-meeting-trend-robustness",
            years=_calendar_years(built, loc),
            before=loc.count(_before_decree(built)),
        ),
        outcome=outcome,
    )


def _gap_words(t: _Trend, loc: Catalog) -> str:
    """'The longest gap between listed meetings, 213 days, is context: …' (the cadence rule
    does not decide on a gap in a lower-bound record)."""
    return loc("arguments-cadence-gap", longest=loc.count(t.longest_gap_days))


def _meeting_tradition(raw: RawTables, built: dict) -> Verdict:
    """Lines 612-613: the meetings "have become an established tradition and will keep
    going constantly" («жалғаса береді»). The same rule as :func:`_meeting_trend`, read for
    continuity: span, calendar years and gaps. That they will keep going is a forecast, its
    untested part (arguments.csv), so a cadence that recurs gives ``recurs_part_untested``
    (partly supported), as for A37."""
    t = _trend(built)
    c = cadence(meeting_dates(built))
    capped = _untested(raw, built, "meeting_tradition")
    outcome = capped_outcome(built, "cadence", t.outcome, capped)

    def reasoning(loc: Catalog) -> str:
        return loc(
            "arguments-meeting-tradition",
            every="yes" if t.outcome == "recurs" else "no",
            meetings=loc.count(c["meetings"]),
            first=loc.date(c["first"]),
            last=loc.date(c["last"]),
            years=_calendar_years(built, loc),
            rates=" / ".join(loc.decimal(x, 1) for x in t.rates),
            differ="yes" if t.beyond else "no",
            median=loc.decimal(c["median_gap_days"], 0),
            longest=loc.count(c["longest_gap_days"]),
            gap_from=loc.date(c["gap_from"]),
            gap_to=loc.date(c["gap_to"]),
            last_gap="yes" if c["gap_to"] == c["last"] else "no",
        )

    return Verdict(
        _yield(built, "cadence", outcome),
        lambda loc: _sentences(
            reasoning(loc),
            _gap_words(t, loc),
            table3_note(built, loc, short=True),
        ),
        "meetings_log; meetings_by_year; session_intervals; table3_completeness",
        f"longest gap {c['longest_gap_days']} days",
        lambda loc: loc(
            "arguments-meeting-tradition-robustness", before=loc.count(_before_decree(built))
        ),
        outcome=outcome,
    )


#: The column of ``repeat_visitors`` that names a person in each data language.
NAME_COLUMNS = {"en": "name_latin", "kk": "name_kk"}


def repeat_from_decree(built: dict) -> pd.DataFrame:
    """Receptions per person in Table 3 from the decree on (E7: a meeting before the
    Kurultai existed is not a meeting with its members): one row per person in
    ``meetings_log`` with ``meetings`` (from the decree), ``before`` (meetings before it) and
    the names (``name_latin``, ``name_kk``), sorted by first meeting."""
    log = built["meetings_log"]
    per = (
        log.groupby("person_id")
        .agg(
            name_latin=("name_latin", "first"),
            name_kk=("name_kk", "first"),
            first=("meeting_date", "min"),
            meetings=("meeting_id", lambda s: s[~log.loc[s.index, "before_decree"]].nunique()),
            before=("meeting_id", lambda s: s[log.loc[s.index, "before_decree"]].nunique()),
        )
        .sort_values("first")
    )
    return per


def _repeat_follow_up(raw: RawTables, built: dict) -> Verdict:
    """Lines 621-625: Table 3 shows one person received several times, so the President
    follows how issues are carried forward. The fact the sentence states (a repeat
    reception) is recomputed from Table 3, counting from the decree (E7: A. Baymenov's 2022
    reception predates it, claims audit C19), so it is a part: it holds when at least one
    person was received more than once from the decree (``fact_holds_part_untested``,
    partly supported: the inference is untested), and fails otherwise (``premise_fails``,
    not supported). Table 3 is a lower bound, which can only add receptions."""
    per = repeat_from_decree(built)
    rep = per[per["meetings"] > 1]
    early = per[(per["before"] > 0) & (per["meetings"] + per["before"] > 1)]
    people = int((per["meetings"] > 0).sum())
    outcome = "fact_holds_part_untested" if len(rep) else "premise_fails"
    verdict = _yield(built, "explanation", outcome)

    def reasoning(loc: Catalog) -> str:
        col = NAME_COLUMNS[data_field(loc.lang)]
        visitors = ", ".join(
            loc("arguments-repeat-visitor", name=name, meetings=loc.count(n))
            for name, n in zip(rep[col], rep["meetings"], strict=True)
        )
        return loc(
            "arguments-repeat-follow-up",
            holds="yes" if len(rep) else "no",
            repeat=loc.count(len(rep)),
            people=loc.count(people),
            names=visitors,
            n_early=int(early["before"].sum()),
            early=loc.join(list(early[col])),
            decree=loc.date(DECREE_DATE),
        )

    return Verdict(
        verdict,
        reasoning,
        "repeat_visitors; meetings_log",
        f"{len(rep)} repeat visitors of {people} (from the decree)",
        lambda loc: loc("arguments-no-choice"),
        outcome=outcome,
    )


#: The person lines 626-627 name as received twice, and the count the sentence states.
NAMED_REPEAT = ("kurishbaev-a", 2)


def _named_repeat(raw: RawTables, built: dict) -> Verdict:
    """Lines 626-627: receiving A. Kurishbaev twice also draws citizens' attention to
    pressing issues. The two receptions, recomputed from Table 3 from the decree on (claims
    audit C21), are the fact the sentence states, a part: they hold
    (``fact_holds_part_untested``, partly supported: the effect on citizens is untested)
    when Table 3 has that many meetings with him, and fail otherwise (``premise_fails``)."""
    pid, times = NAMED_REPEAT
    per = repeat_from_decree(built)
    if pid not in per.index:
        raise LookupError(f"meetings_log: no meeting with '{pid}' (lines 626-627)")
    row = per.loc[pid]
    n = int(row["meetings"])
    outcome = "fact_holds_part_untested" if n >= times else "premise_fails"
    log = built["meetings_log"]
    dates = sorted(log.loc[(log["person_id"] == pid) & ~log["before_decree"], "meeting_date"])

    def reasoning(loc: Catalog) -> str:
        return loc(
            "arguments-named-repeat",
            holds="yes" if n >= times else "no",
            name=row[NAME_COLUMNS[data_field(loc.lang)]],
            meetings=loc.count(n),
            n=n,
            dates=loc.join([loc.date(d) for d in dates]),
        )

    return Verdict(
        _yield(built, "explanation", outcome),
        reasoning,
        "meetings_log",
        f"{n} meetings from the decree",
        lambda loc: loc("arguments-no-choice"),
        outcome=outcome,
    )


def _coverage(built: dict) -> pd.Series:
    """The processed ``composition_coverage`` as one value per ``metric_id``."""
    return built["composition_coverage"].set_index("metric_id")["value"]


def known_text(built: dict, loc: Catalog) -> str:
    """Exactly who the named members are (composition_coverage): '66 of the about 149 people
    ever appointed are named, by the article or public sources: 33 of the 117 initial
    members, the 32 newcomers the article lists, and 1 whose date of joining is unknown
    (44.3%)'."""
    cov = _coverage(built)
    return loc(
        "arguments-known-exact",
        known=loc.count(int(cov["known_members"])),
        seats=loc.decimal(float(cov["ever_appointed"]), 0),
        initial=loc.count(int(cov["known_initial"])),
        initial_total=loc.count(int(cov["initial_members"])),
        joined=loc.count(int(cov["known_joined"])),
        unknown=loc.count(int(cov["known_status_unknown"])),
        coverage=loc.pct(cov["coverage_pct"]),
    )


def _roster_check(built: dict) -> tuple[int, float, float, str]:
    """What the named roster shows about a claim that members are chosen out of view:
    (members named, seats ever filled, coverage in percent 0-100, outcome): while the roster
    is incomplete, a search that found no list is no evidence either way
    (``no_independent_evidence``: what was searched is context); ``not_borne_out`` once a
    complete roster is found."""
    cov = _coverage(built)
    known, seats, pct = int(cov["known_members"]), float(cov["ever_appointed"]), cov["coverage_pct"]
    return known, seats, pct, "no_independent_evidence" if pct < 100 else "not_borne_out"


def access_outcome(anyone: bool) -> str:
    """The expert-view rule's outcome for a view that something exists (the unstated-quantity
    clause: existence bears it out, no share threshold applies): ``corroborated`` when at
    least one case is on record (``anyone``); ``no_independent_evidence`` otherwise, since a
    lower-bound record (Table 3) never shows that something did not happen."""
    return "corroborated" if anyone else "no_independent_evidence"


def _direct_access(raw: RawTables, built: dict) -> Verdict:
    """Lines 252-255: experts say the core function is a dialogue platform with three means:
    carrying ideas to a high state level, direct access of opinion leaders to the President,
    and a platform for the community's initiatives. Only direct access can be checked, on
    one-to-one audiences (Table 3 after the decree, alone at least once); sitting in the
    annual sessions the President chairs (line 59) is not direct access, and no record says
    who attends them. The view claims existence, so one person received alone bears it out
    (:func:`access_outcome`); the share of seats is context. The two untested means
    (arguments.csv ``untested_part_en``) cap the verdict at partly supported (the
    compound-claim clause). The robustness line gives, beside the count with Table 3's
    pre-decree rows, the joint reading: every date that lists two members read as one joint
    meeting, so only people received on a date of their own count (the article does not say
    whether the two on 26 August 2022 and 2 February 2023 were received separately)."""
    cov = _coverage(built)
    seats = float(cov["ever_appointed"])
    t = built["table3_completeness"].set_index("metric_id")["value"]
    received = int(t["people_after_decree"])
    alone = int(t["people_one_to_one_after_decree"])
    every = int(t["people_one_to_one"])
    share = 100 * alone / seats
    log = built["meetings_log"]
    log = log[~log["before_decree"]]
    size = log.groupby("meeting_id")["person_id"].transform("size")
    joint_reading = int(log.loc[size == 1, "person_id"].nunique())
    capped = _untested(raw, built, "direct_access")
    outcome = capped_outcome(built, "expert_view", access_outcome(alone > 0), capped)
    every_outcome = capped_outcome(built, "expert_view", access_outcome(every > 0), capped)
    every_verdict = _yield(built, "expert_view", every_outcome)
    return Verdict(
        _yield(built, "expert_view", outcome),
        lambda loc: _sentences(
            loc("arguments-direct-access-scope"),
            loc(
                "arguments-direct-access",
                after=loc.count(alone),
                received=loc.count(received),
                share=loc.pct(share, 0),
                seats=loc.decimal(seats, 0),
                together=loc.count(received - alone),
            ),
            table3_note(built, loc, short=True),
        ),
        "table3_completeness; meetings_log; composition_coverage (ever_appointed)",
        f"{alone} of about {seats:.0f} ({share:.0f}%) one to one",
        lambda loc: loc(
            "arguments-direct-access-robustness",
            every=loc.count(every),
            joint=loc.count(joint_reading),
            share=loc.pct(100 * every / seats, 0),
            verdict=verdict_label(every_verdict, loc).lower(),
        ),
        outcome=outcome,
    )


# --- composition checks ----------------------------------------------------------------------


def _expert_panel(raw: RawTables, built: dict) -> Verdict:
    e = built["expert_interviews"].iloc[0]
    members = bool(e["includes_members"])
    return Verdict(
        _yield(built, "interviews_summary", "no_independent_evidence"),
        lambda loc: loc(
            "arguments-expert-panel",
            experts=loc.count(int(e["experts"])),
            fields=loc.count(int(e["fields"])),
            members="yes" if members else "no",
        ),
        "expert_interviews; expert_positions",
        "members included" if members else "no members",
        lambda loc: loc("arguments-no-choice"),
        outcome="no_independent_evidence",
    )


def _field_diversity(raw: RawTables, built: dict) -> Verdict:
    f = built["members_by_field"]
    fields = f[f["bar_kind"] == "field"]
    present = int((fields["persons"] > 0).sum())
    cov = _coverage(built)
    coded, seats = int(cov["known_field_coded"]), float(cov["ever_appointed"])
    # A claim that many professions are present is an existence claim: fields present among
    # the known members decide (a lower bound), the share of seats with a known field is
    # context; "so the body hears many voices" is its untested part (arguments.csv).
    outcome = capped_outcome(
        built,
        "outside_fact",
        "borne_out" if present >= len(fields) / 2 else "not_borne_out",
        _untested(raw, built, "field_diversity"),
    )
    # The fields of activity the article itself lists (lines 173-176), which the book's
    # codebook maps onto its codes (article_categories "fields_of_activity:<n>").
    listed = (
        built["field_codebook"]["article_categories"]
        .fillna("")
        .str.findall(r"fields_of_activity:\d+")
    )
    article_fields = len({c for cats in listed for c in cats})
    return Verdict(
        _yield(built, "outside_fact", outcome),
        lambda loc: loc(
            "arguments-field-diversity",
            present=loc.count(present),
            fields=loc.count(len(fields)),
            article_fields=loc.count(article_fields),
            coded=loc.count(coded),
            seats=loc.decimal(seats, 0),
            coverage=loc.pct(cov["field_coverage_pct"]),
        ),
        "members_by_field; composition_coverage",
        f"{present} of {len(fields)} fields",
        lambda loc: loc("arguments-field-diversity-robustness"),
        outcome=outcome,
    )


def _inline_clause(text: str) -> str:
    """An entry written as a sentence («Төраға – …».) set inside a sentence: first letter in
    lower case, no final full stop."""
    return _lower_first(text.rstrip("."))


#: The column of ``kurultai_facts`` with each data language's wording, and how the chair's
#: entry is set inside a sentence (the Kazakh entry is a clause, «Төраға – …»).
FACT_COLUMNS: dict[str, tuple[str, Callable[[str], str]]] = {
    "en": ("value", str),
    "kk": ("value_kk", _inline_clause),
}


def _official_governance(raw: RawTables, built: dict) -> Verdict:
    """Lines 219-220: experts say the Kurultai's work is regulated *only* by official bodies.
    The offices that run it (chair, deputy chair, working body) are state offices on the
    article's own account (``kurultai_facts``), but the article's own prose is not
    independent evidence of its experts' view (rulebook: substance, not scene-setting; as
    for A15 and A20), and "only" rests on its silence about any other body. So the view is
    ``no_independent_evidence`` (not testable) whatever the account says; whether the
    account agrees (all three offices are state offices) is context in the reasoning."""
    facts = built["kurultai_facts"].set_index("fact_id")
    chair, deputy, body = (
        facts.loc["chair", "value"],
        facts.loc["deputy_chair_ex_officio", "value"],
        facts.loc["working_body", "value"],
    )
    official = all(
        re.search(p, v)
        for p, v in ((r"President", chair), (r"Counsel", deputy), (r"Ministry", body))
    )
    outcome = "no_independent_evidence"
    verdict = _yield(built, "expert_view", outcome)

    def reasoning(loc: Catalog) -> str:
        column, inline = FACT_COLUMNS[data_field(loc.lang)]
        words = facts[column]
        return _sentences(
            loc(
                "arguments-official-governance"
                if official
                else "arguments-official-governance-mixed",
                chair=inline(words["chair"]),
                deputy=words["deputy_chair_ex_officio"],
                body=words["working_body"],
                lines=dash("156-171", loc),
            ),
            loc("arguments-official-governance-members", lines=dash("150-152", loc)),
        )

    return Verdict(
        verdict,
        reasoning,
        "kurultai_facts (chair, deputy_chair_ex_officio, working_body)",
        "chair, deputy chair and working body are state offices" if official else "mixed",
        lambda loc: loc("arguments-no-choice"),
        outcome=outcome,
    )


def _selection_disclosure(raw: RawTables, built: dict) -> Verdict:
    """Line 272 (the article, summarising the interviews): the selection algorithm is not
    open. Not testable while public sources name only part of the members (coverage under
    100%): a list not found is no evidence either way; not supported once every member is
    named."""
    known, seats, _pct, outcome = _roster_check(built)
    return Verdict(
        _yield(built, "interviews_summary", outcome),
        lambda loc: loc("arguments-selection-disclosure", named=known_text(built, loc)),
        "composition_coverage (known_members, ever_appointed, coverage_pct)",
        f"{known} of about {seats:.0f} members identifiable",
        lambda loc: loc("arguments-no-choice"),
        outcome=outcome,
    )


def _undisclosed_means(raw: RawTables, built: dict) -> Verdict:
    """Lines 221-224 (some experts): much is done by undisclosed means, including the choice
    of members. Only the choice of members can be checked, against the named roster: not
    testable while the roster is incomplete, not supported when it is complete."""
    known, seats, _pct, outcome = _roster_check(built)
    return Verdict(
        _yield(built, "expert_view", outcome),
        lambda loc: loc("arguments-undisclosed-means", named=known_text(built, loc)),
        "composition_coverage (known_members, ever_appointed, coverage_pct)",
        f"{known} of about {seats:.0f} members identifiable",
        lambda loc: loc("arguments-no-choice"),
        outcome=outcome,
    )


def member_rate(row: pd.Series) -> float:
    """Members met one to one per member and year, in percent (a row of body_comparison):
    100 * people_met / members / years."""
    return 100 * float(row["people_met"]) / float(row["members"]) / float(row["years"])


def _ncpt_continuation(raw: RawTables, built: dict) -> Verdict:
    """Lines 299-302: creating the Kurultai as the main consultative body was the logical
    continuation and development of the idea of interaction between state and society (the
    lines do not name the Council; the book checks the claim against the National Council of
    Public Trust, which the Kurultai replaced). That the Kurultai replaced the Council
    (``ncpt`` ``replaced_by``), a body of the same legal form (``legal_status``), is a fact
    mentioned in passing (rulebook: substance, not scene-setting): checked, but it earns no
    part. The sentence's point, 'the main' body and the 'development' of the idea of
    interaction, has no measure recorded for both sides (members the President met one to
    one would be a stand-in, and even that count has no shared denominator: the Council's 44
    seats at creation, a complete count, against the Kurultai's 117 founding or about 149
    seats ever filled, a lower bound from Table 3; both bodies rotated), so the outcome is
    ``no_shared_measure`` (not testable) whether or not the record holds. The counts and
    shares of Table 4.7 are context, with the Council's span from decree to decree (about
    2.91 years) beside the "almost three years" of the second source text. The Council's
    outputs (laws, decrees, government resolutions, second source text lines 313-315) have
    no Kurultai counterpart either."""
    b = built["body_comparison"].set_index("row_id")
    n, k = b.loc["ncpt"], b.loc["kurultai"]
    founding = float(
        built["composition_coverage"].set_index("metric_id").loc["initial_members", "value"]
    )
    ncpt = built["ncpt"].set_index("fact_id")["value"]
    n_years = (k["period_start"] - pd.Timestamp(ncpt["decree_date"])).days / 365.25
    record = "replaced_by" in ncpt.index and "consultative" in str(ncpt.get("legal_status", ""))
    outcome = "no_shared_measure"
    fig = built["context_figures"].set_index("figure_id")["value"]
    return Verdict(
        _yield(built, "comparison", outcome),
        lambda loc: _sentences(
            loc(
                "arguments-ncpt-continuation",
                record="yes" if record else "no",
                n_members=loc.count(int(n["members"])),
                k_members=loc.count(int(founding)),
                filled=loc.decimal(float(k["members"]), 0),
                n_met=loc.count(int(n["people_met"])),
                n_pct=loc.pct(n["people_met_pct_of_members"], 0),
                n_years=loc.decimal(n_years, 2),
                k_met=loc.count(int(k["people_met"])),
                k_pct=loc.pct(k["people_met_pct_of_members"], 0),
                k_pct_founding=loc.pct(100 * float(k["people_met"]) / founding, 0),
                k_years=loc.decimal(float(k["years"]), 1),
            ),
            loc(
                "arguments-ncpt-outputs",
                laws=loc.count(int(fig["ncpt_laws"])),
                decrees=loc.count(int(fig["ncpt_decrees"])),
                resolutions=loc.count(int(fig["ncpt_government_resolutions"])),
            ),
        ),
        "body_comparison (ncpt, kurultai); composition_coverage (initial_members); "
        "context_figures; ncpt",
        f"{int(n['people_met'])} of {int(n['members'])} vs {int(k['people_met'])} of about "
        f"{float(k['members']):.0f} seats met one to one (context)",
        lambda loc: loc("arguments-ncpt-continuation-robustness"),
        outcome=outcome,
    )


# --- the title -------------------------------------------------------------------------------


def _lower_first(text: str) -> str:
    """``text`` with its first letter in lower case (a criterion inside a sentence)."""
    return text[:1].lower() + text[1:]


def benchmark_outcome(statuses: pd.Series) -> str:
    """The classification rule's outcome (the title): ``all_met`` when every criterion is met
    (the title claims the Kurultai *is* such an institution); ``most_not_met`` when more than
    half are not met; ``some_met`` otherwise."""
    n = len(statuses)
    meets = int((statuses == "meets").sum())
    not_met = int((statuses == "does_not_meet").sum())
    if meets == n:
        return "all_met"
    if not_met > n / 2:
        return "most_not_met"
    return "some_met"


def failed_criteria(criteria: pd.DataFrame, loc: Catalog) -> list[str]:
    """The criteria the Kurultai does not meet, named in ``loc``'s data language (the
    ``criterion_<lang>`` column), first letter in lower case (inside a sentence)."""
    failed = criteria.loc[
        criteria["kurultai_status"] == "does_not_meet", f"criterion_{data_field(loc.lang)}"
    ]
    return [_lower_first(t) for t in failed]


def _deliberative_benchmarks(raw: RawTables, built: dict) -> Verdict:
    """The title (line 1): the Kurultai is an institution of кеңесуші democracy. The article
    uses кеңесуші both for deliberation (lines 61-65, 70-72; «делиберативті құрылым», line 16;
    Fishkin's deliberative poll is «кеңесуші сауалнама», lines 79-82) and for
    consultative-advisory bodies (lines 67, 297); the book reads it deliberatively, as the
    Russian and English titles do (lines 710, 742); "consultative democracy" is only the
    abstracts' wording (lines 714-715, 722, 739, 752, 768). The title is judged once against
    the book's benchmark criteria of a deliberative body (``deliberative_criteria``, drawn
    from Ireland's Citizens' Assembly and the deliberative-polling literature) by
    :func:`benchmark_outcome`. That the Kurultai is a consultative-advisory body (line 297)
    is uncontested but does not make it a democratic institution, so it decides nothing.
    The verdict depends on how a criterion met in part is coded: counted as partly met (the
    rule's coding) or as not met (the robustness)."""
    c = built["deliberative_criteria"]
    counts = c["kurultai_status"].value_counts().reindex(CRITERION_STATUSES, fill_value=0)
    outcome = benchmark_outcome(c["kurultai_status"])
    verdict = _yield(built, "classification", outcome)
    strict = _yield(
        built,
        "classification",
        benchmark_outcome(c["kurultai_status"].replace({"partly": "does_not_meet"})),
    )
    lenient = _yield(
        built,
        "classification",
        benchmark_outcome(c["kurultai_status"].replace({"partly": "meets"})),
    )
    meets, partly, not_met = (int(counts[s]) for s in ("meets", "partly", "does_not_meet"))

    def reasoning(loc: Catalog) -> str:
        failed = ", ".join(failed_criteria(c, loc))
        return _sentences(
            loc("arguments-title-definition"),
            loc(
                "arguments-benchmarks",
                n=loc.count(len(c)),
                meets=meets,
                partly=loc.count(partly),
                not_met=loc.count(not_met),
                any_failed="yes" if failed else "no",
                failed=failed,
            ),
            loc(
                "arguments-title-coding",
                overall=verdict_label(verdict, loc).lower(),
                strict=verdict_label(strict, loc).lower(),
                same="yes" if strict == verdict else "no",
            ),
        )

    def robustness(loc: Catalog) -> str:
        return loc(
            "arguments-benchmarks-robustness",
            strict=verdict_label(strict, loc).lower(),
            met=loc.count(meets + partly),
            n=loc.count(len(c)),
            not_met=loc.count(not_met),
            lenient=verdict_label(lenient, loc).lower(),
            highest="yes" if lenient == "partly_supported" else "no",
        )

    return Verdict(
        verdict,
        reasoning,
        "deliberative_criteria; literature",
        f"{meets} met, {partly} partly, {not_met} not met",
        robustness,
        outcome=outcome,
    )


def title_strict(built: dict) -> str:
    """The title's verdict when a criterion met in part counts as not met (the robustness
    the title's verdict depends on)."""
    c = built["deliberative_criteria"]["kurultai_status"].replace({"partly": "does_not_meet"})
    return _yield(built, "classification", benchmark_outcome(c))


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
    "named_repeat": _named_repeat,
    "expectations_exceeded": _expectations_exceeded,
    "no_change_half": _no_change_half,
    "middle_awareness_high": _middle_awareness_high,
    "older_awareness_stable": _older_awareness_stable,
}

#: Checks of Table 1-2 claims: they take the claim's ``scale`` (arguments.csv), which says
#: whether the printed base or the share of all adults decides.
SCALED_CHECKS = (
    "positive_high",
    "neutral_rise",
    "negative_rise",
    "no_change_stable",
    "no_change_half",
    "better_remained_high",
)


#: Checks whose outcome no data can change (their computation gives context only): the
#: article's summary of its own interviews, with no other record to weigh (A09), and a
#: sentence that states only a reading of figures it does not name (A30).
FIXED_OUTCOME_CHECKS = {
    "expert_panel": "no_independent_evidence",
    "unmet_expectations_pattern": "reading_only",
}


def fixed_not_testable(ledger: pd.DataFrame, outcomes: pd.DataFrame) -> pd.DataFrame:
    """The computed claims of ``ledger`` (argument_ledger) that cannot come out other than
    not testable whatever the data say: their rule yields no other verdict in ``outcomes``
    (verdict_outcomes: ``rule_id``, ``verdict``), or their check's outcome is fixed
    (:data:`FIXED_OUTCOME_CHECKS`). Returns the ledger's rows (possibly none)."""
    only = outcomes.groupby("rule_id")["verdict"].agg(lambda v: set(v) == {"not_testable"})
    computed = ledger[ledger["basis"] == "computed"]
    by_rule = computed["rule"].map(only).fillna(False).astype(bool)
    by_check = computed["check"].isin(list(FIXED_OUTCOME_CHECKS))
    return computed[by_rule | by_check]


def run_check(name: str, raw: RawTables, built: dict, scale: object = None) -> Verdict:
    """Run the computed check ``name`` (:data:`CHECKS`); a check of :data:`SCALED_CHECKS`
    is run on the claim's ``scale``. Raises ``KeyError`` for an unknown check and
    ``LookupError`` when a scaled check gets no scale."""
    if name in SCALED_CHECKS:
        if not isinstance(scale, str):
            raise LookupError(f"check '{name}' judges a Table 1-2 claim and needs its scale")
        return CHECKS[name](raw, built, scale)
    return CHECKS[name](raw, built)


#: The rule of the rulebook each computed check applies (a ledger row naming the check must
#: name the same rule).
CHECK_RULES = {
    "deliberative_benchmarks": "classification",
    "ncpt_continuation": "comparison",
    "expert_panel": "interviews_summary",
    "field_diversity": "outside_fact",
    "official_governance": "expert_view",
    "selection_disclosure": "interviews_summary",
    "undisclosed_means": "expert_view",
    "direct_access": "expert_view",
    "awareness_majority": "normative_future",
    "youth_awareness": "change",
    "positive_high": "level",
    "neutral_rise": "change",
    "negative_rise": "change",
    "no_change_stable": "stability",
    "no_change_half": "level",
    "unmet_expectations_pattern": "explanation",
    "better_remained_high": "level",
    "awareness_growth": "proxy",
    "meeting_trend": "cadence",
    "meeting_tradition": "cadence",
    "daily_dialogue": "cadence",
    "repeat_follow_up": "explanation",
    "named_repeat": "explanation",
    "expectations_exceeded": "proxy",
    "middle_awareness_high": "comparison",
    "older_awareness_stable": "stability",
}
assert set(CHECK_RULES) == set(CHECKS)

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
    "verdict_rules",
    "verdict_outcomes",
    "survey_scales",
    "survey_scale_changes",
    "table3_completeness",
    "ncpt",
    "literature",
    "context_figures",
    "field_codebook",
)


# --- processed tables ------------------------------------------------------------------------


class ArgumentLedger(pa.DataFrameModel):
    """The argument ledger, one row per claim of the article's argument. Key: ``claim_id``.
    Built from data/raw/article/arguments.csv; computed verdicts from the processed tables."""

    claim_id: str = pa.Field(str_matches=r"^A\d{2}$", unique=True, description="Claim id.")
    part: str = pa.Field(isin=list(PARTS), description="Part of the argument.")
    locator: str = pa.Field(
        description="Seed line range(s) of the article.",
        metadata={"unit": "line numbers of the article"},
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
    rule: str = pa.Field(
        description="The rule of the rulebook (verdict_rules) the claim is judged by."
    )
    scale: str = pa.Field(
        nullable=True,
        description="Whom a survey claim speaks of: `respondents`, `aware` or `adults`.",
    )
    check: str = pa.Field(nullable=True, description="Computed check (empty: judgement).")
    basis: str = pa.Field(
        isin=["computed", "judgement"],
        description="computed: the outcome is recomputed from the processed tables at each "
        "run; judgement: the outcome and reasoning are recorded in arguments.csv.",
    )
    outcome: str = pa.Field(
        description="What the rule found (verdict_outcomes); the verdict follows from it."
    )
    verdict: str = pa.Field(isin=VERDICTS, description="The book's verdict.")
    verdict_label: str = pa.Field(description="The verdict in words.")
    depends_on_base: bool = pa.Field(
        description="The verdict of a claim on Tables 1-2 would differ under the other table "
        "base or on the scale of all adults: it rests on the book's reading of the base "
        "(false for every other claim)."
    )
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
    untested_part_en: str = pa.Field(
        nullable=True,
        description="The part of the quoted sentence that cannot be tested (a reading, a "
        "cause, a forecast, an 'only' resting on the article's silence), in English; empty "
        "when every part is tested. By the compound-claim clause it caps the verdict at "
        "partly supported.",
    )
    untested_part_kk: str = pa.Field(nullable=True, description="untested_part_en in Kazakh.")

    class Config:
        strict = True
        ordered = True

    @table_check("basis is computed exactly when a check is named")
    def _basis(cls, df: pd.DataFrame) -> pd.Series:
        return (df["basis"] == "computed") == df["check"].notna()

    @table_check("a survey rule (level, change, stability) names the claim's scale")
    def _scaled(cls, df: pd.DataFrame) -> pd.Series:
        return ~df["rule"].isin(["level", "change", "stability"]) | df["scale"].notna()

    @table_check("a claim with an untested part is not supported (the compound-claim clause)")
    def _capped(cls, df: pd.DataFrame) -> pd.Series:
        return df["untested_part_en"].isna() | (df["verdict"] != "supported")


def rule_lead(
    rules: pd.DataFrame, outcomes: pd.DataFrame, rule: str, outcome: str, loc: Catalog
) -> str:
    """The first sentence of every reasoning: which rule decided and what it found, in the
    catalog's language ('By the rule "Level": the interval lies wholly below the
    threshold.'), from the rulebook's own wording (``name_<lang>``, ``when_<lang>``)."""
    lang = data_field(loc.lang)
    r = rules.set_index("rule_id").loc[rule]
    o = outcomes[(outcomes["rule_id"] == rule) & (outcomes["outcome"] == outcome)].iloc[0]
    return loc("arguments-rule-lead", rule=r[f"name_{lang}"], when=lower_first(o[f"when_{lang}"]))


def lower_first(text: str) -> str:
    """``text`` with its first letter in lower case, for a sentence that follows a colon or
    a semicolon ('…: the interval lies …'); a first word that is an abbreviation (two or
    more capitals, 'СА', 'TOST') or that does not start with a letter stays as it is."""
    first = text.split(" ", 1)[0]
    if not first[:1].isalpha() or sum(c.isupper() for c in first) > 1:
        return text
    return text[:1].lower() + text[1:]


def evaluate(arguments: pd.DataFrame, raw: RawTables, built: dict) -> pd.DataFrame:
    """Give every claim of ``arguments`` (:class:`ArgumentsRaw`, file order) its verdict by
    the rulebook (``built["verdict_rules"]``, ``built["verdict_outcomes"]``).

    A row names its rule; a computed check returns the rule's outcome, a judgement row
    records it; the verdict is the rulebook's for that outcome, and the reasoning opens with
    which rule decided (:func:`rule_lead`, in each language). Returns an
    :class:`ArgumentLedger` frame. Raises :class:`PipelineError` with one problem per row
    whose rule is unknown, does not accept the row's evidence, lacks a scale, does not match
    its check's rule, or whose outcome or check is unknown or cannot run (each pointing at
    its line and column of arguments.csv); nothing is written then.
    """
    from analysis.rulebook import RuleError, rule_problems, verdict_of

    rules, outcomes = built["verdict_rules"], built["verdict_outcomes"]
    raw = {**raw, RAW_PATH: arguments}  # the checks read their claim's untested part
    problems: list[Problem] = rule_problems(arguments, rules, outcomes, RAW_PATH)
    bad_rows = {p.line for p in problems}
    rows = []
    for i, claim in arguments.iterrows():
        line = int(i) + 2
        if line in bad_rows:
            continue
        check = claim["check"] if isinstance(claim["check"], str) else None
        base = {k: claim[k] for k in ("claim_id", "part", "locator", "quote_kk", "paraphrase_en")}
        base |= {"voice": claim["voice"], "evidence": claim["evidence"], "check": check}
        base |= {"rule": claim["rule"], "scale": claim["scale"] or None}
        base["paraphrase_kk"] = claim["paraphrase_kk"]
        notes = {
            lang: claim[note] if isinstance(claim[note], str) else ""
            for lang, (_, note) in RAW_TEXT_COLUMNS.items()
        }
        rule = claim["rule"]
        untested = {lang: untested_text(claim, lang) for lang in UNTESTED_COLUMNS}
        base |= {col: untested[lang] or None for lang, col in UNTESTED_COLUMNS.items()}
        if check is None:
            try:
                outcome = capped_outcome(built, rule, claim["outcome"], bool(untested["en"]))
            except RuleError as exc:
                problems.append(Problem(raw_label(RAW_PATH), line, "outcome", str(exc)))
                continue
            row = base | {
                "basis": "judgement",
                "outcome": outcome,
                "verdict": verdict_of(outcomes, rule, outcome),
                "reads": claim["reads"] if isinstance(claim["reads"], str) else None,
                "data_value": None,
                "depends_on_base": False,
            }
            for lang, (reasoning, robustness) in TEXT_COLUMNS.items():
                loc = catalog(lang)
                lead = rule_lead(rules, outcomes, rule, outcome, loc)
                text = claim[RAW_TEXT_COLUMNS[lang][0]]
                words = _untested_words(untested[lang], loc)
                row[reasoning] = _join(lead, words, text, notes[lang])
                row[robustness] = None
            rows.append(row)
            continue
        try:
            if check not in CHECKS:
                raise KeyError(f"unknown check '{check}'")
            if CHECK_RULES[check] != rule:
                problems.append(
                    Problem(
                        raw_label(RAW_PATH),
                        line,
                        "rule",
                        f"claim {claim['claim_id']}: check '{check}' applies rule "
                        f"'{CHECK_RULES[check]}', not '{rule}'",
                    )
                )
                continue
            v = run_check(check, raw, built, claim["scale"])
            if capped_outcome(built, rule, v.outcome, bool(untested["en"])) != v.outcome:
                raise RuleError(
                    f"check '{check}' gave outcome {v.outcome}, but the claim names an untested "
                    "part (untested_part_en), which caps it (the compound-claim clause)"
                )
            verdict = verdict_of(outcomes, rule, v.outcome)
            if verdict != v.verdict:
                raise RuleError(
                    f"check '{check}' gave verdict {v.verdict} for outcome {v.outcome}, the "
                    f"rulebook {verdict}"
                )
        except (KeyError, LookupError, ValueError) as exc:
            problems.append(Problem(raw_label(RAW_PATH), line, "check", str(exc)))
            continue
        row = base | {
            "basis": "computed",
            "outcome": v.outcome,
            "verdict": verdict,
            "reads": v.reads,
            "data_value": v.data_value,
            "depends_on_base": bool(v.depends_on_base),
        }
        for lang, (reasoning, robustness) in TEXT_COLUMNS.items():
            loc = catalog(lang)
            lead = rule_lead(rules, outcomes, rule, v.outcome, loc)
            untested_words = _untested_words(untested[lang], loc)
            row[reasoning] = _join(lead, untested_words, v.reasoning(loc), notes[lang])
            row[robustness] = v.robustness(loc) or None
        rows.append(row)
    if problems:
        raise PipelineError(problems, "the argument ledger cannot be computed; nothing was written")
    out = pd.DataFrame(rows)
    labels = catalog(LABEL_LANGUAGE)
    out["verdict_label"] = out["verdict"].map(lambda v: verdict_label(v, labels))
    optional = ("check", "reads", "data_value", "robustness", "robustness_kk", "scale")
    for col in (*optional, *UNTESTED_COLUMNS.values()):
        out[col] = out[col].astype("str").where(out[col].notna(), None)
    return out[list(ArgumentLedger.to_schema().columns)]


def _untested_words(part: str, loc: Catalog) -> str:
    """'Not tested: …' (the compound-claim clause), or '' for a claim whose every part is
    tested."""
    return loc("arguments-untested-part", part=lower_first(part)) if part else ""


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())


def build_argument_ledger(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline builder: :func:`evaluate` on article/arguments.csv."""
    return evaluate(raw[RAW_PATH], raw, built).reset_index(drop=True)


def verdict_counts(ledger: pd.DataFrame, lang: str = LABEL_LANGUAGE) -> pd.DataFrame:
    """Claims per verdict: columns ``verdict``, ``verdict_label`` (in ``lang``), ``claims``
    (int), ``computed`` (int, how many of them are computed), in :data:`VERDICTS` order."""
    counts = ledger["verdict"].value_counts().reindex(VERDICTS, fill_value=0)
    computed = (
        ledger[ledger["basis"] == "computed"]["verdict"]
        .value_counts()
        .reindex(VERDICTS, fill_value=0)
    )
    return pd.DataFrame(
        {
            "verdict": VERDICTS,
            "verdict_label": [verdict_label(v, catalog(lang)) for v in VERDICTS],
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
    labels = catalog(LABEL_LANGUAGE)
    out["status_label"] = out["kurultai_status"].map(lambda s: status_label(s, labels))
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


class LedgerCoverage(CoverageRaw):
    """Which sentences are claims of the argument: the raw coding (article/coverage.csv), in
    file order, each ``claim_id`` checked against the argument ledger (an ``A`` id) or the
    claims audit (a ``C`` id). Key: ``locator``."""

    class Config:
        strict = True
        ordered = True


def build_coverage(raw: RawTables, _: dict) -> pd.DataFrame:
    """The validated raw coverage coding (:class:`LedgerCoverage`). Raises
    :class:`PipelineError` naming the row of coverage.csv whose ``claim_id`` is not in
    article/arguments.csv (an ``A`` id) or article/claims.csv (a ``C`` id)."""
    out = raw[COVERAGE_PATH].reset_index(drop=True)
    known = set(raw[RAW_PATH]["claim_id"]) | set(raw["article/claims.csv"]["claim_id"])
    problems = [
        Problem(
            raw_label(COVERAGE_PATH),
            i + 2,
            "claim_id",
            f"{cid} is neither in {raw_label(RAW_PATH)} nor in {raw_label('article/claims.csv')}",
        )
        for i, cid in enumerate(out["claim_id"])
        if isinstance(cid, str) and cid not in known
    ]
    if problems:
        raise PipelineError(problems, "the coverage of the ledger names unknown claims")
    return out


#: The glossary ``source`` of a term of one edition's own writing, not of the article (the
#: Kazakh edition's statistical vocabulary): ``edition:<language>``, e.g. ``edition:kk``.
EDITION_SOURCE = "edition:"


def glossary_for(glossary: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The rows of the processed ``glossary`` that the edition of ``lang`` lists: every term
    of the article and the public sources, and the terms of that edition's own writing
    (``source`` ``edition:<lang>``); another edition's own terms are left out. Same
    columns, order kept."""
    source = glossary["source"].astype(str)
    own = source == EDITION_SOURCE + data_field(lang)
    return glossary[~source.str.startswith(EDITION_SOURCE) | own]


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
    "article/verdict_rules.csv",
    "article/verdict_outcomes.csv",
    "article/joint_receptions.csv",
    "public/meeting_records.csv",
    "public/ncpt.csv",
    "public/literature.csv",
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
    Output(
        "ledger_coverage",
        build_coverage,
        LedgerCoverage,
        (COVERAGE_PATH, RAW_PATH, "article/claims.csv"),
        "Which sentences are claims of the argument, and why",
    ),
]
