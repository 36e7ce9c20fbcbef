"""The survey charts and tables carry the intervals they claim to show."""

from __future__ import annotations

import pytest

from analysis.figures import survey as fig
from analysis.tables import survey as tbl


def test_awareness_chart_has_interval_whiskers(tables):
    chart = fig.awareness_by_age(
        tables["awareness_by_age"], tables["survey_waves"], tables["survey_intervals"]
    )
    spec = chart.to_dict()
    data = next(iter(spec["datasets"].values()))
    young = {(r["wave_year"], r["age_group"]): r for r in data}[(2024, "18-28")]
    assert (round(young["ci_low_pct"], 1), round(young["ci_high_pct"], 1)) == (32.7, 47.2)
    assert young["n_est"] == 256
    assert {layer["mark"]["type"] for layer in spec["layer"]} == {"rule", "circle", "text"}


def test_change_chart_needs_all_nine_changes(tables):
    ch = tables["survey_changes"]
    spec = fig.changes(ch).to_dict()
    rows = next(d for d in spec["datasets"].values() if d and "row" in d[0])
    assert len(rows) == 9
    filled = {r["row"] for r in rows if r["exceeds_sampling_error"]}
    assert "T1 positive †" in filled
    assert "Aware, 18-28" not in filled
    with pytest.raises(ValueError, match="nine changes"):
        fig.changes(ch[ch["indicator"] != "table2"])


def test_attitude_chart_whiskers_are_the_outer_shares_intervals(tables):
    spec = fig.attitude_shares(
        tables["attitude_shares"], tables["survey_intervals"], "table2"
    ).to_dict()
    datasets = list(spec["datasets"].values())
    edges = next(d for d in datasets if d and "edge" in d[0])
    by = {(r["wave"], round(r["edge"], 1)): (round(r["lo"], 1), round(r["hi"], 1)) for r in edges}
    # 2024: 100 - 15.7 = 84.3, interval 100 - (13.3 to 18.4)
    assert by[("2024", 84.3)] == (81.6, 86.7)
    assert by[("2023", 46.1)] == (43.7, 48.5)


def test_tables_show_intervals_and_changes(tables):
    t1 = tbl.attitude_table(
        tables["attitude_shares"], tables["survey_intervals"], tables["survey_changes"], "table1"
    )
    html = t1.as_raw_html()
    assert "73.9 to 78.1" in html
    assert "-5.5 (-9.4 to -1.8)" in html
    assert "76.1%†" in html
    aw = tbl.awareness_table(
        tables["awareness_by_age"], tables["survey_intervals"], tables["survey_changes"]
    ).as_raw_html()
    assert "≈519" in aw
    assert "+7.7 (-1.0 to +16.5)" in aw
    assert "+24%" in aw
    sens = tbl.sensitivity_table(tables["survey_changes"]).as_raw_html()
    assert "yes (p 0.034)" in sens
    assert "no (p 0.084)" in sens
