"""Survey inference: margins of error, intervals, tests of change, age-group estimates."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import inference
from analysis.paths import RAW

DEFAULT_KEY = ["indicator", "group", "category"]


def _wilson(p: float, n: float, z: float = 1.959963984540054) -> tuple[float, float]:
    """Wilson interval written out by hand, to check the library call against."""
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return 100 * (centre - half), 100 * (centre + half)


def test_margin_of_error_for_the_two_sample_sizes():
    assert inference.margin_of_error_pp(50, 2400) == pytest.approx(2.0004, abs=1e-4)
    assert inference.margin_of_error_pp(50, 1200) == pytest.approx(2.829, abs=1e-3)
    # a design effect of 1.5 widens it by sqrt(1.5)
    assert inference.margin_of_error_pp(50, 2400, 1.5) == pytest.approx(2.450, abs=1e-3)
    assert inference.margin_of_error_pp(50, 2400, 2.0) == pytest.approx(2.829, abs=1e-3)
    # smaller away from 50%
    assert inference.margin_of_error_pp(3.6, 2400) == pytest.approx(0.745, abs=1e-3)


def test_wilson_interval_matches_the_formula():
    low, high = inference.share_interval(76.1, 2400)
    assert (low, high) == pytest.approx(_wilson(0.761, 2400), abs=1e-9)
    assert (round(low, 2), round(high, 2)) == (74.35, 77.76)
    # with deff 1.5 the effective n is 1600
    low, high = inference.share_interval(76.1, 2400, 1.5)
    assert (round(low, 1), round(high, 1)) == (73.9, 78.1)
    assert (low, high) == pytest.approx(_wilson(0.761, 1600), abs=1e-9)


def test_wilson_interval_stays_inside_0_100_for_small_shares():
    low, high = inference.share_interval(0.5, 200, 2.0)
    assert 0 < low < 0.5 < high
    assert high - 0.5 > 0.5 - low  # asymmetric near zero


def test_change_of_young_awareness_is_pp_not_percent():
    ch = inference.change_test(32.0, 2400 * 0.2161, 39.7, 1200 * 0.2131, 1.0)
    assert ch.diff_pp == pytest.approx(7.7)
    assert ch.relative_change_pct == pytest.approx(24.0625)


def test_change_test_matches_a_hand_computed_wald_test_closely():
    # n = 2400 vs 1200, deff 1: the score z is close to the pooled z written out by hand
    p1, p2, n1, n2 = 0.761, 0.706, 2400, 1200
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    z_hand = (p2 - p1) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    ch = inference.change_test(76.1, n1, 70.6, n2)
    assert ch.z_score == pytest.approx(z_hand, abs=0.01)
    assert ch.diff_pp == pytest.approx(-5.5)
    assert ch.exceeds_sampling_error
    assert ch.ci_high_pp < 0


def test_bad_inputs_raise():
    with pytest.raises(ValueError, match="percent"):
        inference.margin_of_error_pp(120, 100)
    with pytest.raises(ValueError, match="sample size"):
        inference.share_interval(50, 0)
    with pytest.raises(ValueError, match="design effect"):
        inference.effective_n(100, 0)
    with pytest.raises(ValueError, match="confidence"):
        inference.margin_of_error_pp(50, 100, confidence=1.5)


def _wpp() -> pd.DataFrame:
    return pd.read_csv(RAW / "public/wpp2024_kazakhstan_age5.csv")


def test_single_years_keep_band_totals():
    wpp = _wpp()
    single = inference.single_year_population(wpp)
    assert single["age"].tolist() == list(range(101))
    assert single["pop_2020"].sum() == pytest.approx(wpp["total_2020"].sum())
    # ages 18 and 19 are two fifths of the 15-19 band
    two = single.set_index("age").loc[18:19, "pop_2025"].sum()
    assert two == pytest.approx(0.4 * 1682.343)


def test_single_years_reject_a_gap():
    wpp = _wpp()
    with pytest.raises(ValueError, match="cover ages"):
        inference.single_year_population(wpp[wpp["age"] != "20-24"])


def test_interpolation_to_fieldwork_midpoints():
    single = inference.single_year_population(_wpp())
    at_2020 = inference.population_on(single, pd.Timestamp("2020-07-01"))
    assert at_2020.sum() == pytest.approx(single["pop_2020"].sum())
    w = inference.interpolation_weight(pd.Timestamp("2023-07-25"))
    assert w == pytest.approx(1119 / 1826)
    with pytest.raises(ValueError, match="outside"):
        inference.population_on(single, pd.Timestamp("2026-01-01"))


def test_age_group_sizes_are_labelled_estimates(tables):
    s = tables["age_group_sizes"].set_index(["wave_year", "age_group"])
    assert set(s["value_status"]) == {"derived"}
    est = s["respondents_est"].round().astype(int).to_dict()
    assert est == {
        (2023, "18-28"): 519,
        (2023, "29-60"): 1443,
        (2023, "61+"): 438,
        (2024, "18-28"): 256,
        (2024, "29-60"): 719,
        (2024, "61+"): 225,
    }
    assert s.groupby(level="wave_year")["respondents_est"].sum().round(6).to_dict() == {
        2023: 2400.0,
        2024: 1200.0,
    }
    # 18-28 in 2023 by hand from the five-year bands (thousands)
    w = 1119 / 1826
    band = {"15-19": (1276.098, 1682.343), "20-24": (1214.228, 1262.465)}
    band["25-29"] = (1491.315, 1217.624)
    by_hand = sum(
        f * ((1 - w) * a + w * b) for f, (a, b) in zip((0.4, 1.0, 0.8), band.values(), strict=True)
    )
    assert s.loc[(2023, "18-28"), "population_thousands"] == pytest.approx(by_hand, abs=1e-3)


def test_default_intervals_of_known_shares(tables):
    iv = tables["survey_intervals"]
    d = iv[iv["is_default"]].set_index([*DEFAULT_KEY, "wave_year"])
    assert set(iv.loc[iv["is_default"], "design_effect"]) == {1.5}
    assert set(iv["confidence_level"]) == {0.95}
    # Tables 1 and 2: the default base is the aware respondents (params.yml table_base)
    assert set(d.xs("all", level="group")["size_scenario"]) == {"aware"}
    whole = iv[(iv["size_scenario"] == "reported") & (iv["design_effect"] == 1.5)]
    t1 = whole.set_index([*DEFAULT_KEY, "wave_year"]).loc[("table1", "all", "positive", 2023)]
    assert (round(t1["ci_low_pct"], 1), round(t1["ci_high_pct"], 1)) == (73.9, 78.1)
    assert round(t1["moe_pp"], 2) == 2.09
    aware = d.loc[("table1", "all", "positive", 2023)]
    assert round(aware["respondents"], 1) == 951.8
    assert (round(aware["ci_low_pct"], 1), round(aware["ci_high_pct"], 1)) == (72.6, 79.3)
    young = d.loc[("awareness", "18-28", "aware", 2024)]
    assert (round(young["ci_low_pct"], 1), round(young["ci_high_pct"], 1)) == (32.7, 47.2)
    # every share the book shows: 6 awareness + 12 attitude cells, one default row each
    assert len(d) == 18
    # the interval widens with the design effect
    wid = iv.assign(w=iv["ci_high_pct"] - iv["ci_low_pct"])
    wid = wid.pivot_table(
        index=[*DEFAULT_KEY, "wave_year", "size_scenario"], columns="design_effect", values="w"
    )
    assert ((wid[1.0] < wid[1.5]) & (wid[1.5] < wid[2.0])).all()


def test_changes_and_which_exceed_sampling_error(tables):
    ch = tables["survey_changes"]
    d = ch[ch["is_default"]].set_index(DEFAULT_KEY)
    young = d.loc[("awareness", "18-28", "aware")]
    assert round(young["diff_pp"], 1) == 7.7
    assert round(young["relative_change_pct"]) == 24
    exceeding = set(d.index[d["exceeds_sampling_error"]])
    # aware respondents as the base of Tables 1 and 2: only Table 2's two changes
    assert exceeding == {
        ("table2", "all", "changed_positive"),
        ("table2", "all", "changed_negative"),
    }
    whole = ch[(ch["size_scenario"] == "reported") & (ch["design_effect"] == 1.5)]
    assert set(whole.loc[whole["exceeds_sampling_error"], "category"]) == {
        "positive",
        "neutral",
        "negative",
        "changed_positive",
        "changed_negative",
    }
    # interval excludes zero exactly when the score test gives p < 0.05 (away from the
    # rounding edge of the printed p)
    clear = (ch["p_value"] - 0.05).abs() > 1e-4
    assert (ch.loc[clear, "exceeds_sampling_error"] == (ch.loc[clear, "p_value"] < 0.05)).all()


def test_sensitivity_verdicts_stated_in_the_chapter(tables):
    ch = tables["survey_changes"]
    aw = ch[ch["indicator"] == "awareness"].set_index(["group", "size_scenario", "design_effect"])
    verdict = aw["exceeds_sampling_error"]
    assert verdict[("18-28", "wpp2024", 1.0)]
    assert verdict[("29-60", "wpp2024", 1.0)]
    assert verdict[("18-28", "equal_thirds", 1.5)]
    assert verdict[("29-60", "wpp2024_plus20", 1.5)]
    assert not verdict[("18-28", "wpp2024_plus20", 1.5)]
    assert not verdict.xs(2.0, level="design_effect").any()
    assert not verdict.xs("61+", level="group").any()
    att = ch[(ch["indicator"] != "awareness") & (ch["size_scenario"] == "reported")]
    att = att.set_index(["category", "design_effect"])
    flips = att["exceeds_sampling_error"]
    assert flips[("positive", 2.0)]
    assert flips[("changed_negative", 2.0)]
    assert not flips[("neutral", 2.0)]
    assert not flips[("negative", 2.0)]
    assert not flips.xs("no_change", level="category").any()


def test_table2_closure_and_year_order_readings(tables):
    c = tables["table2_closure"].set_index("wave_year")
    assert c["printed_sum_pct"].to_dict() == {2023: 93.4, 2024: 64.1}
    assert c["implied_pct"].to_dict() == {2023: 6.6, 2024: 35.9}
    assert c["missing_category"].to_dict() == {2023: "changed_negative", 2024: "changed_positive"}
    r = tables["year_order_readings"].drop_duplicates("reading").set_index("reading")
    assert r["positive_change_pp"].to_dict() == {"A": -5.5, "B": 5.5}


def test_holm_adjustment_values_and_the_collector_left_as_found():
    """Holm by hand (smallest p times 3, then 2, then 1, never decreasing); the freeze that
    keeps statsmodels' gc.collect() cheap is undone, whatever was frozen before."""
    import gc

    before = gc.get_freeze_count()
    assert inference.adjust_p_values([0.01, 0.04, 0.03], "holm") == pytest.approx(
        [0.03, 0.06, 0.06]
    )
    assert gc.get_freeze_count() == before
    with pytest.raises(ValueError, match="p-values must lie in 0-1"):
        inference.adjust_p_values([0.5, 1.2], "holm")
    assert gc.get_freeze_count() == before
