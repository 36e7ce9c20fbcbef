"""Issue 15: overall awareness, the base of Tables 1 and 2, adjusted p-values and the
single test of Table 1 land in processed tables with the values the book states."""

from __future__ import annotations

import math

import pytest
from statsmodels.stats.multitest import multipletests

from analysis import inference


def test_overall_awareness_per_wave_with_its_interval(tables):
    o = tables["awareness_overall"]
    d = o[o["is_default"]].set_index("wave_year")
    assert set(d["design_effect"]) == {1.5}
    assert set(d["age_size_method"]) == {"wpp2024"}
    assert d["share_pct"].round(2).to_dict() == {2023: 39.66, 2024: 44.01}
    assert d["ci_low_pct"].round(2).to_dict() == {2023: 37.27, 2024: 40.58}
    assert d["ci_high_pct"].round(2).to_dict() == {2023: 42.05, 2024: 47.44}
    assert d["aware_respondents_est"].round(1).to_dict() == {2023: 951.8, 2024: 528.2}
    # by hand: the age groups' shares weighted by their estimated sizes
    sizes = tables["age_group_sizes"].set_index(["wave_year", "age_group"])["respondents_est"]
    aware = tables["awareness_by_age"].set_index(["wave_year", "age_group"])["share_pct"]
    for year, n in ((2023, 2400), (2024, 1200)):
        mean = sum(aware[(year, g)] * sizes[(year, g)] for g in ("18-28", "29-60", "61+")) / n
        assert d.loc[year, "share_pct"] == pytest.approx(mean, abs=1e-4)
        var = sum(
            (sizes[(year, g)] / n) ** 2
            * (aware[(year, g)] / 100)
            * (1 - aware[(year, g)] / 100)
            / (sizes[(year, g)] / 1.5)
            for g in ("18-28", "29-60", "61+")
        )
        assert d.loc[year, "se_pp"] == pytest.approx(100 * math.sqrt(var), abs=1e-4)
    # equal thirds: the plain mean of the three shares
    eq = o[(o["age_size_method"] == "equal_thirds") & (o["design_effect"] == 1.5)]
    assert eq.set_index("wave_year")["share_pct"].round(4).to_dict() == {
        2023: round((32.0 + 42.4 + 39.7) / 3, 4),
        2024: round((39.7 + 47.4 + 38.1) / 3, 4),
    }


def test_every_attitude_change_under_both_bases(tables):
    ch = tables["survey_changes"]
    t = ch[(ch["group"] == "all") & (ch["design_effect"] == 1.5)]
    t = t.set_index(["category", "size_scenario"])
    pos_whole, pos_aware = t.loc[("positive", "reported")], t.loc[("positive", "aware")]
    assert (pos_whole["respondents_2023"], pos_whole["respondents_2024"]) == (2400, 1200)
    assert round(pos_aware["respondents_2023"], 1) == 951.8
    assert round(pos_whole["ci_low_pp"], 2) == -9.35
    assert round(pos_aware["ci_low_pp"], 2) == -11.44
    assert round(pos_aware["ci_high_pp"], 2) == 0.20
    assert round(pos_whole["p_value"], 4) == 0.0037
    assert round(pos_aware["p_value"], 4) == 0.0589
    assert pos_whole["exceeds_sampling_error"]
    assert not pos_aware["exceeds_sampling_error"]
    assert t.loc[("positive", "aware"), "is_default"]
    assert not t.loc[("positive", "reported"), "is_default"]
    # six attitude changes x two bases at each design effect
    assert len(t) == 12
    # no relative change on an implied cell
    assert math.isnan(t.loc[("changed_positive", "aware"), "relative_change_pct"])
    assert round(t.loc[("negative", "aware"), "relative_change_pct"], 1) == 47.2


def test_adjusted_p_values_follow_holm_over_the_nine_changes(tables):
    ch = tables["survey_changes"]
    d = ch[ch["is_default"]]
    assert len(d) == 9
    assert set(d["family_size"]) == {9}
    assert set(d["p_adjustment"]) == {"holm"}
    by_hand = multipletests(d["p_value"].tolist(), method="holm")[1]
    assert d["p_adjusted"].tolist() == pytest.approx(list(by_hand), abs=1e-6)
    adj = d.set_index("category")["p_adjusted"].round(3).to_dict()
    assert adj["positive"] == 0.412
    assert adj["changed_positive"] == 0.015
    assert set(d.loc[d["exceeds_after_adjustment"], "category"]) == {
        "changed_positive",
        "changed_negative",
    }
    # the whole-sample family: Table 1's fall in positive attitudes survives Holm, the
    # rises in neutral and negative attitudes do not
    w = ch[(ch["design_effect"] == 1.5) & (ch["size_scenario"] == "reported")]
    w = w.set_index("category")
    assert round(w.loc["positive", "p_adjusted"], 3) == 0.026
    assert w.loc["positive", "exceeds_after_adjustment"]
    assert not w.loc["neutral", "exceeds_after_adjustment"]
    assert not w.loc["negative", "exceeds_after_adjustment"]
    assert (ch["p_adjusted"] >= ch["p_value"]).all()


def test_table1_as_one_distribution(tables):
    t = tables["attitude_distribution_tests"].set_index(
        ["table_id", "size_scenario", "design_effect"]
    )
    whole = t.loc[("table1", "reported", 1.5)]
    aware = t.loc[("table1", "aware", 1.5)]
    assert (round(whole["chi2"], 2), round(whole["p_value"], 4)) == (9.64, 0.0081)
    assert (round(aware["chi2"], 2), round(aware["p_value"], 4)) == (4.07, 0.1305)
    assert whole["dof"] == 2
    assert aware["is_default"]
    assert not whole["is_default"]
    assert whole["exceeds_sampling_error"]
    assert not aware["exceeds_sampling_error"]
    assert not whole["rests_on_implied"]
    assert t.loc[("table2", "aware", 1.5), "rests_on_implied"]
    # by hand: Pearson chi-square on effective counts (n / 1.5)
    obs = [
        [s / 100 * 2400 / 1.5 for s in (76.1, 20.2, 3.6)],
        [s / 100 * 1200 / 1.5 for s in (70.6, 24.1, 5.3)],
    ]
    rows = [sum(r) for r in obs]
    cols = [obs[0][j] + obs[1][j] for j in range(3)]
    total = sum(rows)
    chi2 = sum(
        (obs[i][j] - rows[i] * cols[j] / total) ** 2 / (rows[i] * cols[j] / total)
        for i in range(2)
        for j in range(3)
    )
    assert whole["chi2"] == pytest.approx(chi2, abs=1e-3)
    assert whole["p_value"] == pytest.approx(math.exp(-chi2 / 2), abs=1e-6)  # dof 2


def test_inference_helpers_reject_bad_input():
    with pytest.raises(ValueError, match="adjustment"):
        inference.adjust_p_values([0.01], "sidak")
    with pytest.raises(ValueError, match="0-1"):
        inference.adjust_p_values([1.5], "holm")
    assert inference.adjust_p_values([0.01, 0.04], "none") == [0.01, 0.04]
    assert inference.adjust_p_values([0.01, 0.04], "bonferroni") == pytest.approx([0.02, 0.08])
    with pytest.raises(ValueError, match="one size per group"):
        inference.overall_share([30.0], [100.0, 200.0])
    with pytest.raises(ValueError, match="same answers"):
        inference.distribution_test([50, 50], 100, [30, 30, 40], 100)
    assert inference.design_effect_grid(1.8) == (1.0, 1.5, 1.8, 2.0)
    assert inference.design_effect_grid(1.5) == (1.0, 1.5, 2.0)
