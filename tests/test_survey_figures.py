"""The survey charts and tables carry the intervals and settings they claim to show."""

from __future__ import annotations

import json

import pytest

from analysis.figures import survey as fig
from analysis.tables import survey as tbl


def _params(spec):
    return {p["name"]: p for p in spec.get("params", [])}


def test_awareness_chart_has_interval_whiskers(tables):
    chart = fig.awareness_by_age(
        tables["awareness_by_age"], tables["survey_waves"], tables["survey_intervals"]
    )
    spec = chart.to_dict()
    data = max(spec["datasets"].values(), key=len)
    young = {(r["wave_year"], r["age_group"]): r for r in data}[(2024, "18-28")]
    # Each group's estimated respondents feed the Wilson interval the chart computes.
    assert round(young["respondents"]) == 256
    assert young["tip_n"] == "256"
    params = _params(spec)
    assert (params["deff"]["value"], params["conf"]["value"]) == (1.5, 0.95)
    assert params["deff"]["bind"]["input"] == "range"
    assert (params["deff"]["bind"]["min"], params["deff"]["bind"]["max"]) == (1.0, 2.5)
    assert params["conf"]["bind"]["input"] == "select"
    assert 0.95 in params["conf"]["bind"]["options"]
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks.count("rule") == 2
    assert {"circle", "text"} <= set(marks)
    # The 50% line, and a legend that names the waves, not an n.
    assert any(r.get("x") == 50.0 for d in spec["datasets"].values() for r in d)
    assert {r["wave"] for r in data} == {"2023 wave", "2024 wave"}
    note = " ".join(spec["title"]["text"])
    assert "95% Wilson intervals, design effect 1.5," in note
    assert "Estimated respondents per age group" in note
    assert "256" in note


def test_change_chart_needs_all_nine_changes(tables):
    ch = tables["survey_changes"]
    spec = fig.changes(ch).to_dict()
    grid = max(spec["datasets"].values(), key=len)
    rows = [r for r in grid if r["design_effect"] == 1.5 and r["confidence_level"] == 0.95]
    assert len(rows) == 9
    filled = {r["row"] for r in rows if r["beyond"]}
    # the aware respondents are the base of Tables 1 and 2 by default; Holm's adjustment
    assert filled == {"Table 2: changed for the better *", "Table 2: changed for the worse *"}
    t1 = {r["row"]: r for r in rows}["Table 1: positive †"]
    assert (round(t1["ci_low_pp"], 1), round(t1["ci_high_pp"], 1)) == (-11.4, 0.2)
    # A larger design effect widens every interval the controls can choose.
    wide = {
        r["row"]: r for r in grid if r["design_effect"] == 2.5 and r["confidence_level"] == 0.95
    }
    assert wide["Table 1: positive †"]["ci_low_pp"] < t1["ci_low_pp"]
    thin = next(d for d in spec["datasets"].values() if d and "ci_low_pp_2" in d[0])
    t1_thin = {r["row"]: r for r in thin}["Table 1: positive †"]
    # thin lines: design effect 2 (the largest of the build)
    assert (round(t1_thin["ci_low_pp_2"], 1), round(t1_thin["ci_high_pp_2"], 1)) == (-12.4, 1.1)
    note = " ".join(spec["title"]["text"])
    assert "design effect 1.5; thin line: design effect 2." in note
    assert "Holm's adjustment" in note
    assert {"deff", "conf"} <= set(_params(spec))
    with pytest.raises(ValueError, match="nine changes"):
        fig.changes(ch[ch["indicator"] != "table2"])


def test_change_grid_at_the_builds_setting_is_the_processed_table(tables):
    from analysis import survey

    ch = tables["survey_changes"]
    grid = survey.change_grid(ch, (1.5, 2.0), (0.9, 0.95))
    key = ["indicator", "group", "category"]
    own = grid[(grid.design_effect == 1.5) & (grid.confidence_level == 0.95)].set_index(key)
    table = ch[ch.is_default].set_index(key)
    cols = ["ci_low_pp", "ci_high_pp", "p_value", "p_adjusted"]
    assert (own[cols] - table.loc[own.index, cols]).abs().max().max() < 1e-9
    assert (own["beyond"] == table.loc[own.index, "exceeds_after_adjustment"]).all()
    assert survey.slider_design_effects(1.75)[:9] == (1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.75)
    assert survey.slider_design_effects(3.0)[-1] == 3.0


def test_attitude_chart_whiskers_are_the_outer_shares_intervals(tables):
    spec = fig.attitude_shares(
        tables["attitude_shares"], tables["survey_intervals"], "table2"
    ).to_dict()
    datasets = list(spec["datasets"].values())
    edges = next(d for d in datasets if d and "edge" in d[0])
    by = {(r["wave"], round(r["edge"], 1)): (round(r["lo"], 1), round(r["hi"], 1)) for r in edges}
    # 2024: 100 - 15.7 = 84.3, interval 100 - (12.3 to 19.9) with the aware base
    assert by[("2024", 84.3)] == (80.1, 87.7)
    assert by[("2023", 46.1)] == (42.3, 50.0)
    assert "implied (lighter, dashed)" in " ".join(spec["title"]["text"])


def test_small_segments_are_labelled_and_table1_note_has_no_implied_cells(tables):
    for table_id, small in (("table1", {"3.6%", "5.3%"}), ("table2", {"6.6%*"})):
        spec = fig.attitude_shares(
            tables["attitude_shares"], tables["survey_intervals"], table_id
        ).to_dict()
        text = json.dumps(spec)
        # one text layer for wide segments (>= 8%), one for the small ones above the bar
        filters = [
            t["filter"]
            for layer in spec["layer"]
            for t in layer.get("transform", [])
            if "filter" in t
        ]
        assert filters == ["datum.share_pct >= 8.0", "datum.share_pct < 8.0"]
        data = next(d for d in spec["datasets"].values() if d and "label" in d[0])
        labels = {r["label"] for r in data if r["share_pct"] < 8}
        assert labels == small
        assert ("dashed" in text) == (table_id == "table2")


def test_tables_show_intervals_adjusted_p_and_the_distribution_test(tables):
    t1 = tbl.attitude_table(
        tables["attitude_shares"],
        tables["survey_intervals"],
        tables["survey_changes"],
        tables["attitude_distribution_tests"],
        "table1",
    ).as_raw_html()
    assert "72.6 to 79.3" in t1
    assert "-5.5 (-11.4 to +0.2)" in t1
    assert "76.1%†" in t1
    assert "χ²(2) = 4.07, p = 0.130" in t1
    assert "p adj." in t1
    assert "0.412" in t1
    t2 = tbl.attitude_table(
        tables["attitude_shares"],
        tables["survey_intervals"],
        tables["survey_changes"],
        tables["attitude_distribution_tests"],
        "table2",
    ).as_raw_html()
    assert "n/a (implied cell)" in t2
    aw = tbl.awareness_table(
        tables["awareness_by_age"], tables["survey_intervals"], tables["survey_changes"]
    ).as_raw_html()
    assert "≈519" in aw
    assert "+7.7 (-1.0 to +16.5)" in aw
    assert "+24%" in aw
    sens = tbl.sensitivity_table(tables["survey_changes"]).as_raw_html()
    assert "yes (p 0.034)" in sens  # 18-28, n/3 each
    assert "no (p 0.084)" in sens  # 18-28 at the default
    assert "yes (p 0.004)" in sens  # Table 1 positive, whole sample
    both = tbl.base_readings_table(
        tables["survey_changes"], tables["attitude_distribution_tests"]
    ).as_raw_html()
    assert "aware respondents (chosen)" in both
    assert "-9.4 to -1.8" in both
    assert "-11.4 to 0.2" in both
    assert "χ²(2) = 9.64" in both
    assert "χ²(2) = 4.07" in both
    overall = tbl.awareness_overall_table(tables["awareness_overall"]).as_raw_html()
    assert "39.7%" in overall
    assert "37.3 to 42.0" in overall
    assert "≈952" in overall
