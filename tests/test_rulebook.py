"""The rulebook: each rule on a constructed case, the shares of all adults, the equivalence
test, and the errors a ledger row gets when it names no valid rule."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import arguments, pipeline
from analysis.errors import PipelineError
from analysis.i18n import catalog
from analysis.io import read_raw_csv
from analysis.paths import RAW
from analysis.rulebook import RuleError, rule_problems, verdict_of
from analysis.scales import adult_share, equivalence_test
from analysis.schemas.raw import ArgumentsRaw

RAW_ARGS = RAW / arguments.RAW_PATH


@pytest.fixture(scope="module")
def outcomes(tables) -> pd.DataFrame:
    return tables["verdict_outcomes"]


def _v(outcomes: pd.DataFrame, rule: str, outcome: str) -> str:
    return verdict_of(outcomes, rule, outcome)


# --- each rule on a constructed case ----------------------------------------------------------


def test_level_rule(outcomes):
    # A majority is the only threshold of 'high' (D3); straddles are symmetric with the change
    # rule (D5): 52-60 is above; 53 in 48-58 straddles on the claimed side (partly); 47 in
    # 42-52 straddles on the other side (not supported); 30-40 is below, never contradicted.
    assert arguments.level_rule(56, 52, 60, 50) == "above"
    assert _v(outcomes, "level", "above") == "supported"
    assert arguments.level_rule(53, 48, 58, 50) == "straddles_above"
    assert _v(outcomes, "level", "straddles_above") == "partly_supported"
    assert arguments.level_rule(47.4, 43.0, 51.9, 50) == "straddles_below"  # A50's 29-60
    assert _v(outcomes, "level", "straddles_below") == "not_supported"
    assert arguments.level_rule(35.9, 31.1, 41.0, 50) == "below"  # A31 as printed
    assert _v(outcomes, "level", "below") == "not_supported"
    # 'about half' = 40-60: 43-51 within; 44 in 35-53 overlaps with the point inside
    # (partly); 37 in 33-41 overlaps with the point outside (not supported); 21.3 in
    # 18.5-24.1 (A49 on all adults, the unaware holding no view) wholly outside the book's
    # band: not supported, never contradicted (E3).
    assert arguments.about_rule(21.3, 18.5, 24.1, 50, 10) == "about_outside"
    assert _v(outcomes, "level", "about_outside") == "not_supported"
    assert _v(outcomes, "level", arguments.about_rule(47, 43, 51, 50, 10)) == "supported"
    assert arguments.about_rule(44, 35, 53, 50, 10) == "about_overlaps_inside"
    assert _v(outcomes, "level", "about_overlaps_inside") == "partly_supported"
    assert arguments.about_rule(37, 33, 41, 50, 10) == "about_overlaps_outside"
    assert _v(outcomes, "level", "about_overlaps_outside") == "not_supported"


def test_stays_high_is_the_level_rule_in_each_wave(tables, outcomes):
    """E2: 'stays/remains high' is the level rule in 2023 and in 2024, the weaker wave
    deciding (on a tie, the first listed: 2024); the change between the waves is context, and
    the old 'stays'/'steady' outcomes are gone from the rulebook."""
    built = dict(tables)
    weakest = arguments.weakest_outcome
    assert weakest(built, "level", ["above", "straddles_above"]) == "straddles_above"
    assert weakest(built, "level", ["above", "below"]) == "below"
    assert weakest(built, "level", ["below", "straddles_below"]) == "below"
    o = built["verdict_outcomes"]
    assert not o["outcome"].str.startswith(("stays_", "steady_", "high_")).any()
    assert not hasattr(arguments, "STAYS_SUFFIX")
    with pytest.raises(RuleError):
        weakest(built, "level", ["above", "stays_within_margin"])


def test_about_outside_the_books_band_is_not_contradicted(outcomes):
    """E3: the +/-10 pp band is the book's, so an interval wholly outside it is not supported,
    never contradicted."""
    assert _v(outcomes, "level", arguments.about_rule(21.3, 18.5, 24.1, 50, 10)) == (
        "not_supported"
    )


def test_change_rule(outcomes):
    cases = {
        (+3.9, False, +1): "partly_supported",  # A26 as printed: a rise within error
        (+2.6, True, +1): "supported",  # A26 on all adults: beyond error
        (-1.6, False, +1): "not_supported",
        (-10.2, True, +1): "contradicted",
        (-10.2, True, -1): "supported",
    }
    for (diff, exceeds, direction), verdict in cases.items():
        outcome = arguments.change_rule(diff, exceeds, direction)
        assert _v(outcomes, "change", outcome) == verdict, (diff, exceeds, direction)
    with pytest.raises(ValueError, match="direction"):
        arguments.change_rule(1.0, True, 0)


def test_stability_rule(outcomes):
    assert _v(outcomes, "stability", arguments.stability_rule(True, False)) == "supported"
    # Symmetric with the change rule: within sampling error, the point estimate within the
    # margin (equivalence not shown) is partly supported; beyond the margin, not supported.
    assert _v(outcomes, "stability", arguments.stability_rule(False, False, -1.6, 5)) == (
        "partly_supported"
    )
    assert _v(outcomes, "stability", arguments.stability_rule(False, False, 5.0, 5)) == (
        "partly_supported"
    )
    assert _v(outcomes, "stability", arguments.stability_rule(False, False, 5.4, 5)) == (
        "not_supported"
    )
    assert _v(outcomes, "stability", arguments.stability_rule(False, True)) == "contradicted"
    # A tiny change can be both beyond sampling error and within the margin: steady.
    assert _v(outcomes, "stability", arguments.stability_rule(True, True)) == "supported"
    # E4: where even a zero change could not be shown within the margin, not testable; a
    # change beyond sampling error still contradicts.
    assert _v(outcomes, "stability", arguments.stability_rule(False, False, 1.1, 5, True)) == (
        "not_testable"
    )
    assert arguments.stability_rule(False, True, 9.0, 5, True) == "different"


def test_underpowered_on_a_constructed_case():
    """E4 on constructed samples: 200 and 200 respondents at 50% give a 90% half-width of
    about 8.2 pp at a zero change (no power at +/-5 pp); 2,000 and 2,000 give about 2.6 pp."""
    from analysis.scales import equivalence_test

    small = equivalence_test(50, 200, 50, 200, 5, 1.0, 0.05)
    assert arguments.is_underpowered(small)
    assert round(arguments.zero_change_reach(small), 1) == 8.2
    big = equivalence_test(50, 2000, 50, 2000, 5, 1.0, 0.05)
    assert not arguments.is_underpowered(big)
    assert big.equivalent


def test_cadence_rule(outcomes):
    """Only what the listed meetings show decides: a meeting in every interval between
    sessions is a recurrence (as a lower bound); an interval with no listed meeting is a gap
    in a lower-bound record, so the claim is not testable, never not supported."""
    cadence = arguments.cadence_rule
    assert _v(outcomes, "cadence", cadence(True)) == "supported"
    assert _v(outcomes, "cadence", cadence(False)) == "not_testable"
    # A recurrence with another part of the claim untested is capped (compound claims).
    assert _v(outcomes, "cadence", "recurs_part_untested") == "partly_supported"
    assert set(outcomes.loc[outcomes["rule_id"] == "cadence", "verdict"]) == {
        "supported",
        "partly_supported",
        "not_testable",
    }


def test_absence_never_decides(outcomes):
    """A search that found nothing is no evidence either way: no outcome of any rule is
    described as a record not found or a search that found nothing, except those whose
    verdict is not testable."""
    text = outcomes["when_en"].str.lower()
    absent = text.str.contains("not found|found nothing|no listed meeting")
    assert set(outcomes.loc[absent, "verdict"]) == {"not_testable"}


def test_classification_rule(outcomes):
    s = pd.Series
    assert _v(outcomes, "classification", arguments.benchmark_outcome(s(["meets"] * 6))) == (
        "supported"
    )
    title = s(["partly"] * 5 + ["does_not_meet"])  # the Kurultai: 0 met, 5 partly, 1 not
    assert _v(outcomes, "classification", arguments.benchmark_outcome(title)) == (
        "partly_supported"
    )
    most = s(["does_not_meet"] * 4 + ["meets"] * 2)
    assert _v(outcomes, "classification", arguments.benchmark_outcome(most)) == "not_supported"


def test_explanation_and_pattern(outcomes):
    b = pd.Series({"diff_pp": -10.2, "exceeds_sampling_error": True})
    w = pd.Series({"diff_pp": 9.1, "exceeds_sampling_error": True})
    assert arguments.pattern_holds(b, w)
    w_flat = pd.Series({"diff_pp": 0.5, "exceeds_sampling_error": False})
    assert not arguments.pattern_holds(b, w_flat)
    # D2: the sentence's own fact holds -> supported, capped by the untested reading ->
    # partly supported; it fails -> not supported; a reading alone -> not testable.
    assert _v(outcomes, "explanation", "fact_holds") == "supported"
    assert _v(outcomes, "explanation", "fact_holds_part_untested") == "partly_supported"
    assert _v(outcomes, "explanation", "premise_fails") == "not_supported"
    assert _v(outcomes, "explanation", "reading_only") == "not_testable"
    assert _v(outcomes, "explanation", "premise_unmeasured") == "not_testable"
    with pytest.raises(RuleError):
        verdict_of(outcomes, "explanation", "premise_holds")


def test_judgement_rules(outcomes):
    """The rules without computation still decide: aims, stand-ins, views, facts."""
    assert _v(outcomes, "normative_future", "aim") == "not_testable"
    assert _v(outcomes, "proxy", "proxy_only") == "not_testable"
    assert _v(outcomes, "expert_view", "no_independent_evidence") == "not_testable"
    assert _v(outcomes, "expert_view", "corroborated_in_part") == "partly_supported"
    assert _v(outcomes, "expert_view", "corroborated_part_untested") == "partly_supported"
    assert _v(outcomes, "comparison", "record_holds") == "supported"
    assert _v(outcomes, "comparison", "record_holds_part_untested") == "partly_supported"
    assert _v(outcomes, "interviews_summary", "corroborated_in_part") == "partly_supported"
    assert _v(outcomes, "interviews_summary", "no_independent_evidence") == "not_testable"
    assert _v(outcomes, "outside_fact", "borne_out") == "supported"
    assert _v(outcomes, "outside_fact", "not_borne_out") == "not_supported"
    assert _v(outcomes, "outside_fact", "no_record") == "not_testable"
    # A lower bound pointing the other way leaves the comparison silent (the lower-bound
    # clause): not testable, never contradicted.
    assert _v(outcomes, "comparison", "disagrees_bound") == "not_testable"
    assert _v(outcomes, "comparison", "reverse") == "contradicted"
    with pytest.raises(RuleError, match="rule 'level' has no outcome 'nonsense'"):
        verdict_of(outcomes, "level", "nonsense")


def test_every_rule_has_its_thresholds(tables):
    rules = tables["verdict_rules"].set_index("rule_id")
    assert rules.loc["level", "threshold"] == 50
    assert rules.loc["level", "margin"] == 10
    assert rules.loc["stability", "margin"] == 5
    # Cadence decides on listed meetings only: no gap threshold on a lower-bound record.
    assert pd.isna(rules.loc["cadence", "margin"])
    # The expert view states no share threshold of its own (D3: existence, or the Level
    # rule's majority where an expert states a quantity).
    assert pd.isna(rules.loc["expert_view", "margin"])
    assert pd.isna(rules.loc["expert_view", "threshold"])
    assert "the Level rule's majority" in rules.loc["expert_view", "test_en"]
    assert len(rules) == 12
    assert rules["rationale_kk"].str.len().gt(20).all()


# --- shares of all adults ---------------------------------------------------------------------


def test_adult_share_by_hand():
    """70.6% of the aware (n ~ 528 aware in 2024, design effect 1.5) with 44.0% aware
    (standard error 1.75 pp) is 31.1% of adults; the delta-method standard error is
    sqrt(a^2 p(1-p) deff / n_aware + p^2 se_a^2)."""
    q, se, low, high = adult_share(70.6, 528.1522, 44.0127, 1.7488, 1.5, 0.95)
    assert q == pytest.approx(31.07, abs=0.01)
    by_hand = math.sqrt(0.440127**2 * 0.706 * 0.294 * 1.5 / 528.1522 + 0.706**2 * 0.017488**2)
    assert se == pytest.approx(100 * by_hand, rel=1e-9)
    assert (round(low, 1), round(high, 1)) == (27.9, 34.3)
    # With no uncertainty in awareness it reduces to the multinomial q(1-q) deff / n.
    _, se0, *_ = adult_share(50.0, 1000 * 0.4, 40.0, 0.0, 1.0, 0.95)
    assert se0 == pytest.approx(100 * math.sqrt(0.4**2 * 0.25 / 400), rel=1e-9)
    with pytest.raises(ValueError, match="must lie in"):
        adult_share(120.0, 500, 40, 1, 1.5, 0.95)


def test_survey_scales_in_the_build(tables):
    s = tables["survey_scales"]
    d = s[s["is_default"]].set_index(["indicator", "category", "wave_year"])
    # A28's 47.3% of the aware is about 19% of adults (21% in 2024): the issue's numbers.
    assert d.loc[("table2", "no_change", 2023), "share_of_adults_pct"] == pytest.approx(
        47.3 * 0.396597, abs=0.01
    )
    assert round(d.loc[("table2", "no_change", 2023), "share_of_adults_pct"]) == 19
    assert round(d.loc[("table2", "no_change", 2024), "share_of_adults_pct"]) == 21
    assert round(d.loc[("table1", "positive", 2024), "share_of_adults_pct"], 1) == 31.1
    # Under the whole-sample base the printed share is the adults' share.
    w = s[(s["table_base"] == "whole_sample")]
    assert (w["share_of_adults_pct"] == w["share_of_respondents_pct"]).all()
    assert w["share_of_aware_pct"].isna().all()
    c = tables["survey_scale_changes"]
    neutral = c[c["is_default"] & (c["category"] == "neutral")].iloc[0]
    assert round(neutral["diff_pp"], 1) == 2.6
    assert neutral["exceeds_sampling_error"]


# --- the equivalence test ---------------------------------------------------------------------


def test_equivalence_test_real_values():
    """A28 under the aware base (n ~ 952 and 528 at design effect 1.5): TOST p = 0.120 at
    ±5 pp, so a steady share is not shown; under the whole sample (2,400 and 1,200) it is
    (p = 0.036)."""
    aware = equivalence_test(47.3, 951.8326, 48.4, 528.1522, 5.0, 1.5, 0.05)
    assert aware.p_value == pytest.approx(0.120, abs=0.001)
    assert not aware.equivalent
    assert (round(aware.ci_low_pp, 1), round(aware.ci_high_pp, 1)) == (-4.4, 6.6)
    whole = equivalence_test(47.3, 2400, 48.4, 1200, 5.0, 1.5, 0.05)
    assert whole.p_value == pytest.approx(0.0356, abs=0.001)
    assert whole.equivalent
    # A wider margin (7 pp) shows the aware-base change small too.
    assert equivalence_test(47.3, 951.8326, 48.4, 528.1522, 7.0, 1.5, 0.05).equivalent
    with pytest.raises(ValueError, match="margin"):
        equivalence_test(47.3, 100, 48.4, 100, 0, 1.0, 0.05)


# --- a row whose rule does not fit fails the build --------------------------------------------


def _raw_args() -> pd.DataFrame:
    return ArgumentsRaw.validate(read_raw_csv(RAW_ARGS, ArgumentsRaw.to_schema().columns))


def test_unknown_rule_fails_with_file_row_column(tables):
    raw = _raw_args()
    broken = raw.copy()
    broken.loc[4, "rule"] = "vibes"
    with pytest.raises(PipelineError) as err:
        arguments.evaluate(broken, {}, tables)
    (problem,) = err.value.problems
    assert (problem.line, problem.column) == (6, "rule")
    assert problem.file.endswith("arguments.csv")
    assert "no rule 'vibes'" in problem.rule


def test_rule_that_does_not_take_the_evidence_fails(tables):
    raw = _raw_args()
    i = raw.index[raw["claim_id"] == "A12"][0]  # expert interviews
    broken = raw.copy()
    broken.loc[i, "rule"] = "cadence"  # judges the meetings table only
    broken.loc[i, "outcome"] = "recurs"
    problems = rule_problems(broken, tables["verdict_rules"], tables["verdict_outcomes"], "x")
    assert [(p.line, p.column) for p in problems] == [(i + 2, "evidence")]
    assert "does not judge evidence 'expert interviews'" in problems[0].rule


def test_survey_rule_needs_a_scale_and_a_check_its_rule(tables):
    raw = _raw_args()
    i = raw.index[raw["claim_id"] == "A27"][0]
    no_scale = raw.copy()
    no_scale.loc[i, "scale"] = None
    problems = rule_problems(no_scale, tables["verdict_rules"], tables["verdict_outcomes"], "x")
    assert [(p.line, p.column) for p in problems] == [(i + 2, "scale")]
    wrong = raw.copy()
    wrong.loc[i, "rule"] = "level"  # negative_rise applies the change rule
    with pytest.raises(PipelineError) as err:
        arguments.evaluate(wrong, {}, tables)
    (problem,) = err.value.problems
    assert (problem.line, problem.column) == (i + 2, "rule")
    assert "applies rule 'change'" in problem.rule


def test_judgement_outcome_must_belong_to_its_rule(tables):
    raw = _raw_args()
    i = raw.index[raw["claim_id"] == "A07"][0]
    broken = raw.copy()
    broken.loc[i, "outcome"] = "borne_out"  # an outside-fact outcome on a normative rule
    with pytest.raises(PipelineError) as err:
        arguments.evaluate(broken, {}, tables)
    (problem,) = err.value.problems
    assert (problem.line, problem.column) == (i + 2, "outcome")


# --- Table 3 against the world ----------------------------------------------------------------


def test_table3_completeness(tables):
    t = tables["table3_completeness"].set_index("metric_id")["value"]
    assert (t["confirmed"], t["date_differs"], t["not_found"]) == (4, 3, 17)
    assert t["person_rows"] == 24
    assert t["people_after_decree"] == 18
    assert t["people_one_to_one_after_decree"] == 16  # Shin and Bularov only together
    assert t["extra_in_span"] >= 1
    ncpt = tables["body_comparison"].set_index("row_id").loc["ncpt"]
    assert ncpt["members"] == 44
    assert round(ncpt["people_met_pct_of_members"]) == 64


# --- issue 22, round 3: power of the stability rule, one scale principle, cadence ---------


def test_tost_power_with_the_aware_samples():
    """A28's samples (effective n about 635 and 352 at design effect 1.5): the 90% interval of
    the change has a half-width of about 5.5 pp, wider than the ±5 pp margin, so even a true
    change of zero cannot be shown equivalent (power 0); with ten times the sample it can."""
    from analysis.scales import equivalence_test, tost_power

    eq = equivalence_test(47.3, 951.8326, 48.4, 528.1522, 5.0, 1.5, 0.05)
    assert (round(eq.ci_low_pp, 1), round(eq.ci_high_pp, 1)) == (-4.4, 6.6)
    assert round(eq.smallest_margin_pp, 1) == 6.6
    assert eq.power == 0.0
    assert tost_power(1.0, 5.0, 0.05) > 0.99
    assert 0 < tost_power(2.5, 5.0, 0.05) < 0.5
    with pytest.raises(ValueError, match="must be positive"):
        tost_power(0.0, 5.0, 0.05)


def test_one_scale_principle_on_the_real_tables(tables):
    """Table 1's positive share: on the printed base (70.6%, CI 65.6-75.1) above a majority;
    on all adults (31.1%, CI 27.9-34.3) below it. The claim's scale picks which decides."""
    from analysis.arguments import survey_outcome

    built = dict(tables)
    assert survey_outcome(built, "high", "table1", "positive", "respondents", "aware", 1.5) == (
        "above"
    )
    assert survey_outcome(built, "high", "table1", "positive", "adults", "aware", 1.5) == "below"
    # 'About half the people' (A49): 48.4% printed (CI 43.2-53.6) lies within 40-60; of all
    # adults the unaware hold no view (D1), so the share is 21.3% (CI 18.5-24.1), wholly
    # outside the book's band: not supported (E3). Counting the unaware as neutral (77%) is
    # context only.
    half = ("about_half", "table2", "no_change")
    printed = survey_outcome(built, *half, "respondents", "aware", 1.5)
    adults = survey_outcome(built, *half, "adults", "aware", 1.5)
    assert (printed, adults) == ("about_within", "about_outside")
    low, high = arguments.unaware_bounds(built, "table2", "no_change", "adults", "aware", 1.5)
    assert (round(low, 1), round(high)) == (21.3, 77)
    # 'Stays high' (A25): on all adults below a majority in 2023 (30.2%) and 2024 (31.1%).
    stays = ("stays_high", "table1", "positive")
    assert survey_outcome(built, *stays, "adults", "aware", 1.5) == "below"
    # A31: below a majority in 2023 (46.1%, CI 42.3-50.0) and 2024 (35.9%): not supported;
    # the -10.2 pp fall is context (E2). On the whole-sample base 2023's 46.1% straddles.
    better = ("stays_high", "table2", "changed_positive")
    assert survey_outcome(built, *better, "respondents", "aware", 1.5) == "below"
    with pytest.raises(ValueError, match="unknown scale"):
        survey_outcome(built, "high", "table1", "positive", "people", "aware", 1.5)


def test_cadence_decides_on_listed_meetings_only(tables):
    """Table 3 lists a meeting in every interval between sessions it covers, so the meetings
    recur (as a lower bound); the longest gap (213 days, the last before Table 3 ends) is
    context and does not lower the verdict."""
    from analysis.arguments import _trend

    t = _trend(dict(tables))
    assert (t.outcome, t.verdict, t.longest_gap_days) == ("recurs", "supported", 213)


def test_roster_search_is_not_evidence(tables):
    """A15 and A20: the list of members was searched for and not found; with 62 of about
    149 named the claims that selection is not open are not testable, not partly supported."""
    from analysis.arguments import _roster_check

    _known, _seats, pct, outcome = _roster_check(dict(tables))
    assert pct < 100
    assert outcome == "no_independent_evidence"


def test_one_to_one_is_defined_once(tables):
    """Received alone at least once: 16 after the decree (18 received, Yu. Shin and
    L. Bularov only together), 17 over the whole table (19 listed); the Council comparison
    counts the same people."""
    from analysis.prose.communication import same_date_split, separate_only_people

    t = tables["table3_completeness"].set_index("metric_id")["value"]
    assert (t["people_one_to_one_after_decree"], t["people_after_decree"]) == (16, 18)
    # The unit is the reception: 20 dates, 22 receptions (26 Aug 2022 and 2 Feb 2023 list
    # two people in separate sentences); read as joint meetings, those dates would drop
    # S. Akylbay, S. Khudyakov and I. Salzhanov (received on no other date).
    log = tables["meetings_log"]
    assert (log["meeting_id"].nunique(), same_date_split(log)[2]) == (20, 22)
    assert separate_only_people(log) == 3
    # The one dated reception within Table 3's span that it omits (B. Izmukhambetov,
    # 19 May 2022) predates the decree: not yet a reception of a member.
    assert (t["extra_in_span"], t["extra_in_span_before_decree"]) == (1, 1)
    assert (t["people_one_to_one"], t["people_listed"]) == (17, 19)
    b = tables["body_comparison"].set_index("row_id")["people_met"]
    assert (b["kurultai"], b["kurultai_table_span"]) == (16, 17)


def test_compound_claims_follow_one_rule(tables):
    """D2, one rule applied from data: a claim that asserts a fact and adds a reading (A24
    'growing, explained by', A26 'rose, meaning') is judged on the fact by the fact's own
    rule and names its untested part; an explanation that reads a fact mentioned in passing
    or read back from the article (A29, A32: a printed share) states only a reading, like A30
    and A38, so it is not testable (E1); one whose fact the book recomputes (A41, A55: repeat
    receptions counted from Table 3) is partly supported."""
    ledger = tables["argument_ledger"].set_index("claim_id")
    for cid in ("A24", "A26"):
        assert ledger.loc[cid, "rule"] == "change", cid
        assert "Not tested: the " in ledger.loc[cid, "reasoning"], cid
        assert ledger.loc[cid, "untested_part_kk"], cid
    for cid, verdict in (
        ("A29", "not_testable"),
        ("A30", "not_testable"),
        ("A32", "not_testable"),
        ("A38", "not_testable"),
        ("A41", "partly_supported"),
        ("A55", "partly_supported"),
    ):
        assert (ledger.loc[cid, "rule"], ledger.loc[cid, "verdict"]) == ("explanation", verdict), (
            cid
        )
    # Every claim that names an untested part is capped: none is supported.
    capped = ledger[ledger["untested_part_en"].notna()]
    assert set(capped.index) >= {"A03", "A08", "A14", "A17", "A24", "A25", "A26", "A37"}
    assert set(capped.index) >= {"A39", "A40", "A41", "A29", "A32"}
    assert (capped["verdict"] != "supported").all()


# --- round 6: the general clauses on constructed cases (D2, D3, D6) ---------------------------


def test_untested_part_caps_from_the_data(tables):
    """D2 as data: naming an untested part in arguments.csv caps a supported row at partly
    supported (A05, an outside fact borne out); clearing it restores the verdict; a rule
    with no capped outcome for the row's outcome fails with file, row and column."""
    raw = _raw_args()
    i = int(raw.index[raw["claim_id"] == "A05"][0])
    cleared = raw.copy()
    cleared.loc[i, ["untested_part_en", "untested_part_kk"]] = [None, None]
    plain = arguments.evaluate(cleared, {}, tables).set_index("claim_id").loc["A05"]
    assert (plain["outcome"], plain["verdict"]) == ("borne_out", "supported")
    assert pd.isna(plain["untested_part_en"])
    # As shipped, A05 names its untested evaluative word (E1, M9).
    row = arguments.evaluate(raw, {}, tables).set_index("claim_id").loc["A05"]
    assert (row["outcome"], row["verdict"]) == ("borne_out_part_untested", "partly_supported")
    assert "Not tested: 'Sufficiently recognised'" in row["reasoning"]
    assert "Тексерілмеген бөлігі: «Жеткілікті түрде танылған»" in row["reasoning_kk"]
    # The title's rule has no capped outcome: the build stops, naming the row.
    j = int(raw.index[raw["claim_id"] == "A23"][0])
    broken = raw.copy()
    broken.loc[j, ["outcome", "untested_part_en", "untested_part_kk"]] = [
        "fact_holds",
        None,
        None,
    ]
    ledger = arguments.evaluate(broken, {}, tables).set_index("claim_id")
    assert ledger.loc["A23", "verdict"] == "supported"  # an explanation's fact, no reading
    with pytest.raises(Exception, match="names its untested reading in untested_part_en"):
        ArgumentsRaw.validate(broken, lazy=True)


def test_untested_part_without_a_capped_outcome_fails(tables):
    raw = _raw_args()
    i = int(raw.index[raw["claim_id"] == "A06"][0])
    broken = raw.copy()
    broken.loc[i, ["rule", "outcome"]] = ["classification", "all_met"]
    broken.loc[i, ["evidence"]] = ["literature"]
    broken.loc[i, ["untested_part_en", "untested_part_kk"]] = ["x part", "x бөлік"]
    with pytest.raises(PipelineError) as err:
        arguments.evaluate(broken, {}, tables)
    (problem,) = err.value.problems
    assert (problem.line, problem.column) == (i + 2, "outcome")
    assert "all_met_part_untested" in problem.rule


def test_kazakh_untested_part_is_given_with_the_english():
    raw = _raw_args()
    broken = raw.copy()
    broken.loc[0, "untested_part_en"] = "A part."
    with pytest.raises(Exception, match="untested part are given exactly with the English"):
        ArgumentsRaw.validate(broken, lazy=True)


def test_existence_takes_no_share_threshold(outcomes):
    """D3: a view that something exists is borne out by one case; none on a lower-bound
    record leaves it not testable (D6), never not supported."""
    assert arguments.access_outcome(True) == "corroborated"
    assert arguments.access_outcome(False) == "no_independent_evidence"
    assert _v(outcomes, "expert_view", arguments.access_outcome(True)) == "supported"
    assert _v(outcomes, "expert_view", arguments.access_outcome(False)) == "not_testable"


def test_cadence_falls_silent_on_an_interval_without_a_listed_meeting(tables):
    """D6: the cadence rule only bears out or falls silent. A constructed Table 3 coverage
    with one interval between sessions that has no listed meeting gives ``not_shown``: not
    testable (never not supported), capped rows included (A37, A39, A40)."""
    built = dict(tables)
    s = built["session_intervals"].copy()
    covered = s[s["table3_covers"] & s["meetings_per_year"].notna()].sort_values("interval_order")
    k = covered.index[1]
    s.loc[k, "meetings"] = 0
    s.loc[k, "meetings_per_year"] = 0.0
    built["session_intervals"] = s
    raw = {arguments.RAW_PATH: _raw_args()}
    assert arguments._trend(built).outcome == "not_shown"
    for check in (arguments._meeting_trend, arguments._meeting_tradition):
        v = check(raw, built)
        assert (v.outcome, v.verdict) == ("not_shown", "not_testable")
    daily = arguments._daily_dialogue(raw, built)
    assert (daily.outcome, daily.verdict) == ("not_shown", "not_testable")
    # The real Table 3 has a listed meeting in every covered interval.
    assert arguments._trend(tables).outcome == "recurs"


# --- round 7: substance, not scene-setting (E1) and meetings from the decree (E7) -------------


def test_a_record_mentioned_in_passing_earns_no_part(tables):
    """E1 on constructed cases: A08 stays not testable whether or not the record of the
    Council's replacement holds (it is mentioned in passing); A14 stays not testable when
    the article's own account agrees (it is not independent evidence)."""
    built = dict(tables)
    ncpt = tables["ncpt"]
    built["ncpt"] = ncpt[ncpt["fact_id"] != "replaced_by"]
    raw = {arguments.RAW_PATH: _raw_args()}
    assert arguments.CHECKS["ncpt_continuation"](raw, built).outcome == "no_shared_measure"
    assert arguments.CHECKS["ncpt_continuation"](raw, tables).outcome == "no_shared_measure"
    assert arguments.CHECKS["official_governance"](raw, tables).outcome == (
        "no_independent_evidence"
    )


def test_a_recomputed_repeat_reception_is_a_part(tables):
    """B1/M12: the fact a reading states is a part when the book recomputes it. A41 (one
    person received several times) and A55 (A. Kurishbaev twice) are recounted from Table 3
    from the decree on (E7): on the real log both hold (partly supported, the reading
    untested); on a constructed log whose only repeat is a meeting before the decree, or
    with A. Kurishbaev's second meeting dropped, the fact fails (not supported)."""
    raw = {arguments.RAW_PATH: _raw_args()}
    for check in ("repeat_follow_up", "named_repeat"):
        v = arguments.CHECKS[check](raw, tables)
        assert (v.outcome, v.verdict) == ("fact_holds_part_untested", "partly_supported"), check
    log = tables["meetings_log"]
    cols = ["meeting_id", "meeting_date", "before_decree", "person_id", "name_latin", "name_kk"]
    one = pd.DataFrame(
        [
            ["M1", pd.Timestamp("2022-05-05"), True, "baymenov-a", "A. Baymenov", "Ә. Бәйменов"],
            ["M2", pd.Timestamp("2023-07-10"), False, "baymenov-a", "A. Baymenov", "Ә. Бәйменов"],
            ["M3", pd.Timestamp("2024-03-12"), False, "kurishbaev-a", "A. Kurishbaev", "А. К."],
        ],
        columns=cols,
    ).astype({c: log[c].dtype for c in cols})
    built = dict(tables) | {"meetings_log": one}
    early = arguments.CHECKS["repeat_follow_up"](raw, built)
    assert (early.outcome, early.verdict) == ("premise_fails", "not_supported")
    assert "It does not hold: no one in Table 3 was received more than once" in (
        early.reasoning(catalog("en"))
    )
    named = arguments.CHECKS["named_repeat"](raw, built)
    assert (named.outcome, named.verdict) == ("premise_fails", "not_supported")
    assert "it does not hold: 1 meeting from the decree" in named.reasoning(catalog("en"))


def test_meetings_count_from_the_decree():
    """E7 on a constructed log: a meeting before the decree is not a meeting with a member,
    so dates, cadence and gaps start at the decree; ``from_decree=False`` keeps it."""
    log = pd.DataFrame(
        {
            "meeting_id": ["M1", "M2", "M3", "M3"],
            "meeting_date": pd.to_datetime(
                ["2022-04-25", "2022-07-01", "2022-08-01", "2022-08-01"]
            ),
            "before_decree": [True, False, False, False],
        }
    )
    built = {"meetings_log": log}
    assert arguments.meeting_dates(built).tolist() == list(
        pd.to_datetime(["2022-07-01", "2022-08-01"])
    )
    assert len(arguments.meeting_dates(built, from_decree=False)) == 3
    c = arguments.cadence(arguments.meeting_dates(built))
    assert (c["meetings"], c["longest_gap_days"]) == (2, 31)


def test_rule_texts_follow_e2_to_e4(tables):
    """The Level, Stability and Comparison texts: 'stays/remains high' is the level in each
    wave, the weaker deciding (E2); an 'about X' interval outside the book's band is not
    supported (E3); the stability rule's 'underpowered' outcome and the margin's rationale
    (E4); no rule still describes a 'stays' part judged by the stability rule."""
    rules = tables["verdict_rules"].set_index("rule_id")
    level, stability = rules.loc["level"], rules.loc["stability"]
    assert "applied to 2023 and to 2024" in level["test_en"]
    assert "the weaker wave decides" in level["test_en"]
    assert (
        "an interval wholly outside leaves it not supported, never contradicted"
        in (level["test_en"])
    )
    assert "no attitude share can exceed the share who had heard" in level["rationale_en"]
    assert "'underpowered', not testable" in stability["test_en"]
    assert "√2" in stability["rationale_en"]
    assert "√2" in stability["rationale_kk"]
    assert "±5.5 pp" in stability["rationale_en"]
    for rule in ("level", "stability", "comparison"):
        for col in ("claim_type_en", "test_en", "rationale_en"):
            text = rules.loc[rule, col]
            assert "judged by the stability rule, and the weaker part" not in text, (rule, col)
            assert "'steady' part" not in text, (rule, col)
            assert "in parts by the level and stability rules" not in text, (rule, col)


def test_fixed_not_testable_on_a_constructed_case(outcomes):
    """m1: a computed claim cannot come out other than not testable when its rule yields no
    other verdict (a stand-in, an aim) or its check's outcome is fixed; a computed claim
    whose verdict the data decide, and a judged claim, are not counted."""
    ledger = pd.DataFrame(
        {
            "claim_id": ["X1", "X2", "X3", "X4", "X5"],
            "basis": ["computed", "computed", "computed", "judgement", "computed"],
            "rule": ["proxy", "interviews_summary", "level", "proxy", "stability"],
            "check": ["awareness_growth", "expert_panel", "positive_high", "", "x"],
        }
    )
    fixed = arguments.fixed_not_testable(ledger, outcomes)
    assert list(fixed["claim_id"]) == ["X1", "X2"]


# --- what the ledger covers (M10) -----------------------------------------------------------

#: The sentences a review named as missing from the ledger (article lines), each with the
#: decision of the inclusion criteria and the claim it became.
COVERAGE = {
    "59": ("audit", "C54"),
    "79": ("background", None),
    "89-91": ("background", None),
    "93-94": ("background", None),
    "102-104": ("background", None),
    "183-186": ("ledger", "A52"),
    "428-430": ("ledger", "A53"),
    "613-616": ("ledger", "A54"),
    "626-627": ("ledger", "A55"),
    "638-639": ("ledger", "A56"),
    "707-709": ("ledger", "A57"),
}


def test_every_questioned_sentence_has_a_decision_and_its_claim_a_verdict(tables):
    cov = tables["ledger_coverage"].set_index("locator")
    got = {
        loc: (r.decision, r.claim_id if isinstance(r.claim_id, str) else None)
        for loc, r in cov.iterrows()
    }
    assert got == COVERAGE
    ledger = tables["argument_ledger"].set_index("claim_id")
    audit = tables["claims_ledger"].set_index("claim_id")
    for loc, (decision, cid) in COVERAGE.items():
        if decision == "ledger":
            assert ledger.loc[cid, "locator"] == loc
            # Each judged by an existing rule; none has a check that could show it either
            # way, except A55, whose fact (two receptions, C21) the book recomputes.
            expected = "partly_supported" if cid == "A55" else "not_testable"
            assert ledger.loc[cid, "verdict"] == expected, cid
        elif decision == "audit":
            assert audit.loc[cid, "locator"] == loc
            assert audit.loc[cid, "status"] == "reproduced"
    assert ledger.loc["A52", ["rule", "outcome"]].tolist() == ["outside_fact", "no_record"]
    assert ledger.loc["A56", ["rule", "outcome"]].tolist() == ["proxy", "proxy_only"]
    assert ledger.loc["A55", ["rule", "outcome"]].tolist() == [
        "explanation",
        "fact_holds_part_untested",
    ]
    assert {ledger.loc[c, "rule"] for c in ("A53", "A57")} == {"normative_future"}
    # Background rows name no verdict, only the records a reader may want (context).
    assert "not judged" in cov.loc["79", "reason_en"].lower()
    assert "Today I Decide" in cov.loc["93-94", "reason_en"]
    assert "2001" in cov.loc["93-94", "reason_en"]


def test_coverage_table_shows_each_sentence_in_both_languages(tables):
    from analysis.tables.arguments import coverage_table

    for lang, ledger_label in (("en", "A claim: in the argument ledger"), ("kk", "Тұжырым")):
        data = coverage_table(tables["ledger_coverage"], lang=lang)._tbl_data
        assert len(data) == len(COVERAGE)
        decisions = data.iloc[:, 3].tolist()
        assert decisions.count(next(d for d in decisions if d.startswith(ledger_label))) == 6
        assert data.iloc[0, 0] == "59"
        assert data.iloc[2, 0] == "89–91"
        assert data.iloc[1, 4] == "—"


def test_coverage_names_only_claims_that_exist(raw_copy, tmp_path):
    """A sentence coded as a ledger claim that the ledger does not hold stops the build,
    naming the file, row and column."""
    path = raw_copy / "article" / "coverage.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",ledger,A57,", ",ledger,A99,"), encoding="utf-8")
    with pytest.raises(PipelineError) as err:
        pipeline.run(raw_copy, tmp_path / "out", accept=True)
    assert "coverage.csv, line 12, column 'claim_id': A99 is neither in" in str(err.value)


def test_coverage_claim_id_follows_the_decision():
    from analysis.schemas.raw import CoverageRaw

    row = {
        "locator": "59",
        "quote_kk": "жыл сайынғы отырыстарын",
        "decision": "background",
        "claim_id": "C54",
        "sentence_en": "s",
        "sentence_kk": "s",
        "reason_en": "r",
        "reason_kk": "r",
    }
    with pytest.raises(Exception, match="claim_id is given exactly when"):
        CoverageRaw.validate(pd.DataFrame([row]))
    with pytest.raises(Exception, match="claim_id of a ledger sentence is an A claim"):
        CoverageRaw.validate(pd.DataFrame([{**row, "decision": "ledger"}]))
    CoverageRaw.validate(pd.DataFrame([{**row, "decision": "audit"}]))


def test_proxy_rule_covers_a_claim_with_no_related_measure(tables):
    """m2: the proxy rule's wording holds whether or not a stand-in is at hand; A33 names the
    nearest one (Table 2's changes of view) as context, A56 says none is at hand."""
    rule = tables["verdict_rules"].set_index("rule_id").loc["proxy"]
    assert "whether or not a related measure is offered or at hand" in rule["claim_type_en"]
    assert "where none is, the reasoning says so" in rule["test_en"]
    ledger = tables["argument_ledger"].set_index("claim_id")
    a33 = ledger.loc["A33", "reasoning"]
    assert "The nearest measure at hand, Table 2's changes of view" in a33
    assert "no related measure is at hand" in ledger.loc["A56", "reasoning"]
    for cid in ("A33", "A56"):
        assert (ledger.loc[cid, "outcome"], ledger.loc[cid, "verdict"]) == (
            "proxy_only",
            "not_testable",
        )
