"""The pipeline on the real raw data: real values, asserted."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import pipeline
from analysis.errors import PipelineError


def test_writes_csv_and_parquet_for_every_output(tables, tmp_path):
    out = tmp_path / "processed"
    pipeline.run(out_dir=out)
    names = sorted(p.name for p in out.iterdir())
    expected = sorted(f"{o.name}.{ext}" for o in pipeline.OUTPUTS for ext in ("csv", "parquet"))
    assert names == sorted([*expected, "datapackage.json"])
    back = pd.read_parquet(out / "meetings_log.parquet")
    pd.testing.assert_frame_equal(back, tables["meetings_log"], check_dtype=False)


def test_survey_waves(tables):
    waves = tables["survey_waves"].set_index("wave_year")
    assert waves.loc[2023, "respondents"] == 2400
    assert waves.loc[2024, "respondents"] == 1200
    assert waves.loc[2023, "fieldwork_start"] == pd.Timestamp("2023-07-20")
    assert waves.loc[2024, "fieldwork_end"] == pd.Timestamp("2024-10-20")
    assert waves.loc[2023, "fieldwork_midpoint"] == pd.Timestamp("2023-07-25")
    assert waves.loc[2024, "quota_variables"] == "sex;age;ethnicity;residence"


def test_awareness_shares(tables):
    a = tables["awareness_by_age"].set_index(["wave_year", "age_group"])["share_pct"]
    assert a.to_dict() == {
        (2023, "18-28"): 32.0,
        (2023, "29-60"): 42.4,
        (2023, "61+"): 39.7,
        (2024, "18-28"): 39.7,
        (2024, "29-60"): 47.4,
        (2024, "61+"): 38.1,
    }
    assert round(a[(2024, "18-28")] - a[(2023, "18-28")], 1) == 7.7


def test_table1_year_order_is_inferred_from_closure(tables):
    t = tables["attitude_shares"]
    t1 = t[t.table_id == "table1"].set_index(["wave_year", "category"])
    assert t1.loc[(2023, "positive"), "share_pct"] == 76.1
    assert t1.loc[(2024, "positive"), "share_pct"] == 70.6
    assert t1.loc[(2023, "positive"), "value_status"] == "inferred"
    assert t1.groupby(level="wave_year")["share_pct"].sum().round(1).to_dict() == {
        2023: 99.9,
        2024: 100.0,
    }
    readings = tables["year_order_readings"]
    chosen = readings[readings.chosen]
    assert set(chosen["reading"]) == {"A"}
    assert readings.set_index(["reading", "wave_year"])["total_pct"].to_dict() == {
        ("A", 2023): 99.9,
        ("A", 2024): 100.0,
        ("B", 2023): 94.4,
        ("B", 2024): 105.5,
    }
    assert not readings[readings.reading == "B"]["feasible"].any()


def test_table2_implied_cells(tables):
    t = tables["attitude_shares"]
    t2 = t[t.table_id == "table2"].set_index(["wave_year", "category"])
    assert t2.loc[(2023, "changed_negative"), "share_pct"] == 6.6
    assert t2.loc[(2024, "changed_positive"), "share_pct"] == 35.9
    implied = t2[t2.value_status == "implied"].index.tolist()
    assert sorted(implied) == [(2023, "changed_negative"), (2024, "changed_positive")]
    reported = t2[t2.value_status == "reported"]["share_pct"].sort_values().tolist()
    assert reported == [15.7, 46.1, 47.3, 48.4]


def test_meetings_counts(tables):
    log = tables["meetings_log"]
    assert log["meeting_id"].nunique() == 20
    assert len(log) == 24
    assert log["person_id"].nunique() == 19
    two = log.groupby("meeting_date")["person_id"].count()
    assert sorted(two[two == 2].index.strftime("%Y-%m-%d")) == [
        "2022-08-26",
        "2023-02-02",
        "2024-04-24",
        "2025-01-17",
    ]
    early = log[log.before_decree]
    assert early["meeting_date"].dt.strftime("%Y-%m-%d").tolist() == ["2022-04-25", "2022-05-05"]
    assert early["person_id"].tolist() == ["qulekeev-zh", "baymenov-a"]


def test_repeat_visitors(tables):
    persons = tables["persons"].set_index("person_id")
    repeat = persons[persons.meetings > 1]["meeting_years"].to_dict()
    assert repeat == {
        "batalov-r": "2022;2023",
        "baymenov-a": "2022;2023;2025",
        "izmukhambetov-b": "2023;2024",
        "kurishbaev-a": "2024;2025",
    }
    assert persons.loc["baymenov-a", "name_variants"] == "Ә. Байменовты; Ә. Байменовті"


def test_newcomers(tables):
    n = tables["newcomers"]
    assert len(n) == 32
    assert n["name_as_printed"].iloc[0] == "М. Айнабеков"
    assert n["name_as_printed"].iloc[-1] == "А. Шұқыжанова"
    assert sorted(n[n.met_president]["person_id"]) == ["bularov-l", "shin-yu", "zakieva-d"]
    facts = tables["kurultai_facts"].set_index("fact_id")["value"]
    assert facts["initial_members"] == "117"
    assert facts["rotation_newcomers"] == str(len(n))
    assert facts["decree_date"] == "2022-06-14"


def test_sessions_and_sections(tables):
    s = tables["sessions"]
    assert s["session"].tolist() == ["I", "II", "III", "IV", "V"]
    assert s["plenary_date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2022-06-16",
        "2023-06-17",
        "2024-03-15",
        "2025-03-14",
        "2026-01-20",
    ]
    assert tables["sections"]["name_en"].tolist() == [
        "Civil society",
        "Culture. Art. Spirituality",
        "Education and science",
        "Socio-economic development",
    ]


def test_world_practices_brazil_figures(tables):
    wp = tables["world_practices"].set_index("practice_id")
    assert wp.loc["brazil_youth_bill", "figure_value"] == 30
    assert wp.loc["brazil_youth_bill", "figure_unit"] == "percent"
    assert wp.loc["brazil_internet_bill", "figure_value"] == 374


def test_invalid_raw_leaves_processed_untouched(raw_copy, tmp_path):
    out = tmp_path / "processed"
    pipeline.run(raw_copy, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    path = raw_copy / "article" / "awareness_by_age.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(",39.7,reported", ",139.7,reported", 1),
        encoding="utf-8",
    )
    with pytest.raises(PipelineError) as err:
        pipeline.run(raw_copy, out, accept=True)
    msg = str(err.value)
    assert "data/raw/article/awareness_by_age.csv, line 3, column 'share_pct'" in msg
    assert "value must be at most 100 (found: 139.7)" in msg
    assert "less_than_or_equal_to" not in msg  # pandera's name for the rule is not shown
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_cli_reports_and_exits_nonzero(raw_copy, tmp_path, capsys):
    path = raw_copy / "article" / "meeting_participants.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("shin-yu", "shin-yy"), encoding="utf-8"
    )
    status = pipeline.main(["--raw", str(raw_copy), "--out", str(tmp_path / "p")])
    err = capsys.readouterr().err
    assert status == 1
    # The edit breaks a rule: that is the news, not its checksum.
    assert "checksum mismatch" not in err
    assert "meeting_participants.csv, line 20, column 'person_id'" in err
    assert not (tmp_path / "p").exists()
    status = pipeline.main(["--raw", str(raw_copy), "--out", str(tmp_path / "p"), "--accept-edits"])
    err = capsys.readouterr().err
    assert status == 1
    assert (
        "data/raw/article/meeting_participants.csv, line 20, column 'person_id': person id "
        "does not exist in article/persons.csv (found: shin-yy)"
    ) in err
