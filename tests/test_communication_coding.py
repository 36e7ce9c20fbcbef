"""Topic coding against an independent second coder: agreement per entry and Cohen's kappa."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import meetings, pipeline
from analysis.errors import PipelineError


def test_agreement_per_person_meeting(tables):
    a = tables["coding_agreement"].set_index(["meeting_id", "person_order"])
    assert len(a) == 24
    assert int(a["primary_agree"].sum()) == 23
    # The one primary difference: togyzkumalak (world federation vs national game).
    off = a[~a["primary_agree"]]
    assert list(off.index) == [("M11", 1)]
    assert (off["primary_rules"].iloc[0], off["primary_second"].iloc[0]) == (
        "sport",
        "culture_language",
    )
    assert int(a["domains_agree"].sum()) == 19
    # Every set difference is a domain the rules add; the second coder never adds one.
    assert a["only_second"].isna().all()
    assert a.loc[("M19", 1), "only_rules"] == "social_policy_veterans"
    assert a.loc[("M15", 1), "only_rules"] == "science_education"
    assert a.loc[("M20", 2), "jaccard"] == pytest.approx(2 / 3)
    # Joint meetings: both people matched, though the second coder names them by spelling.
    assert a.loc[("M17", 2), "person_id"] == "bularov-l"
    assert a.loc[("M20", 1), "person_id"] == "baymenov-a"


def test_kappa_on_the_primary_domain(tables):
    r = tables["coding_reliability"].set_index("measure")
    p = r.loc["primary_domain"]
    assert (p["n"], p["agree"]) == (24, 23)
    # By hand: observed 23/24; chance from the two coders' marginals.
    a = tables["coding_agreement"]
    m1 = a["primary_rules"].value_counts() / 24
    m2 = a["primary_second"].value_counts() / 24
    pe = float((m1 * m2.reindex(m1.index, fill_value=0)).sum())
    by_hand = (23 / 24 - pe) / (1 - pe)
    assert p["expected_pct"] == pytest.approx(100 * pe)
    assert p["kappa"] == pytest.approx(by_hand)
    assert round(p["kappa"], 4) == 0.9528
    assert p["kappa_low"] == pytest.approx(0.8622, abs=1e-4)
    assert p["kappa_high"] == 1.0  # clipped
    assert p["confidence_level"] == 0.95
    social = r.loc["domain:social_policy_veterans"]
    assert (social["rules_count"], social["second_count"]) == (9, 5)
    assert round(social["kappa"], 4) == 0.6098
    assert r.loc["domain:sport", "kappa"] == 1.0


def test_kappa_function_follows_the_confidence_level():
    first = pd.Series(list("aabbbcca"))
    second = pd.Series(list("aabbccca"))
    wide = meetings.kappa(first, second, 0.95)
    narrow = meetings.kappa(first, second, 0.80)
    assert wide["kappa"] == narrow["kappa"]
    assert wide["kappa_low"] < narrow["kappa_low"] < narrow["kappa"]
    assert (wide["n"], wide["agree"]) == (8, 7)
    # Undefined when chance agreement is total (both coders always say the same thing).
    same = meetings.kappa(pd.Series(["x"] * 5), pd.Series(["x"] * 5), 0.95)
    assert pd.isna(same["kappa"])
    assert same["observed_pct"] == 100


def test_second_coding_problems_are_reported(raw_copy, tmp_path):
    path = raw_copy / "coding" / "second_coding.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    # Line 8 (2022-12-20, Batalov) dropped; line 6 (Khudyakov) given an unknown domain.
    lines[5] = lines[5].replace("public_administration;social", "nowhere;social")
    del lines[7]
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(PipelineError) as err:
        pipeline.run(raw_copy, tmp_path / "out", accept=True)
    msg = str(err.value)
    assert "second_coding.csv, line 6, column 'domains': domain does not exist" in msg
    assert "no row of data/raw/coding/second_coding.csv codes this person-meeting" in msg
    assert "M06 1" in msg


def test_disagreements_table(tables):
    from analysis.tables.meetings import coding_disagreements_table

    shown = coding_disagreements_table(
        tables["coding_agreement"], tables["topic_domains"]
    )._tbl_data
    assert len(shown) == 6
    first = shown.iloc[0]
    assert (first["Date"], first["Person"]) == ("2023-07-10", "A. Baymenov")
    assert first["Rules (English paraphrase)"] == (
        "Sport (primary); Culture, language and national symbols"
    )
    assert first["Second coder (Kazakh text)"] == (
        "Culture, language and national symbols (primary); Sport"
    )
    assert first["Second coder's note"].startswith("Togyzkumalak is called a 'national game'")
