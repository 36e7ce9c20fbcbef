"""Composition: members, field coding, rotation, coverage and the experts' positions."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import composition, pipeline
from analysis.errors import PipelineError
from analysis.figures.composition import members_by_field
from analysis.tables import composition as tbl


def test_name_key_folds_kazakh_spellings():
    assert composition.name_key("Жақсыбек Күлекеев") == ("kulekeev", "zh")
    assert composition.name_key("Ж. Құлекеев") == ("kulekeev", "zh")
    assert composition.name_key("Әлихан Бәйменов") == composition.name_key("Ә. Байменов")
    assert composition.name_key("Ғ. Әбішев") == ("abishev", "g")
    assert composition.name_key("سامات نۇرتازا / Самат Нуртаза") == ("nurtaza", "s")
    assert composition.name_key("Ilııa Jaqanov") is None
    assert composition.name_key("Қ. Дәуіталиев") != composition.name_key("Д. Қадыров")


def test_roster_matches_every_registry_person_once(tables):
    members = tables["members"]
    persons = tables["persons"]
    linked = members.dropna(subset=["person_id"])
    assert len(linked) == len(persons) == 48
    assert set(linked["person_id"]) == set(persons["person_id"])
    assert (linked["person_id"] == linked["member_id"]).all()
    by_id = members.set_index("member_id")
    assert by_id.loc["qulekeev-zh", "name_as_source"] == "Жақсыбек Күлекеев"
    assert by_id.loc["baymenov-a", "name_as_source"] == "Әлихан Бәйменов"
    assert by_id.loc["baymenov-a", "table3_meetings"] == 3
    assert by_id.loc["zhakanov-i", "name_latin"] == "Iliya Zhakanov"
    assert pd.isna(by_id.loc["nurtaza-s", "person_id"])
    assert members["member_id"].is_unique
    assert len(members) == 68


def test_status_and_known_members(tables):
    m = tables["members"]
    assert (m["status"] == "joined").sum() == 32
    joined = set(m.loc[m["status"] == "joined", "member_id"])
    assert joined == set(tables["newcomers"]["person_id"])
    assert m.loc[m["status"] == "joined", "counted_as_known"].all()
    not_counted = set(m.loc[~m["counted_as_known"], "member_id"])
    assert not_counted == {
        "asanova-zh",
        "masalimova-a",
        "maygeldinov-q",
        "orynbek-a",
        "pulatov-sh",
    }
    assert (m.loc[~m["counted_as_known"], "source_confidence"] == "low").all()
    # Article-named rows count whatever the roster's identity grade (e.g. К. Закарья, low).
    assert m.set_index("member_id").loc["zakarya-k", "counted_as_known"]
    assert m.set_index("member_id").loc["maygeldinov-q", "left_reported"]
    roles = m.set_index("member_id")["composition_role"]
    assert roles[roles != "member"].to_dict() == {
        "balaeva-a": "secretary",
        "karin-e": "deputy_chair",
        "tokayev-k": "chair",
        "zheksenbay-b": "deputy_chair",
    }


def test_rotation_and_coverage_figures(tables):
    cov = tables["composition_coverage"].set_index("metric_id")["value"]
    assert cov["initial_members"] == 117
    assert cov["newcomers"] == 32
    assert cov["ever_appointed"] == 149
    assert cov["renewed_share_pct"] == 27.4
    assert cov["newcomers_share_of_ever_pct"] == 21.5
    assert cov["newcomers_in_table3"] == 3
    assert cov["members_in_table3"] == 19
    assert cov["known_members"] == 63
    assert cov["known_initial"] + cov["known_joined"] + cov["known_status_unknown"] == 63
    assert cov["known_field_coded"] == 26
    assert cov["not_identified"] == 86
    assert cov["coverage_pct"] == 42.3
    assert cov["field_coverage_pct"] == 17.4
    m = tables["members"]
    t3_new = m[(m["status"] == "joined") & (m["table3_meetings"] > 0)]["member_id"]
    assert set(t3_new) == {"bularov-l", "shin-yu", "zakieva-d"}


def test_every_coded_field_is_in_the_codebook(tables):
    codes = set(tables["field_codebook"]["field_code"])
    assert "unknown" in codes
    assert set(tables["members"]["field_code"]) <= codes
    # Every category of the article's two lists is covered by a code.
    refs = "; ".join(tables["field_codebook"]["article_categories"].dropna()).split("; ")
    cats = tables["member_categories"]
    assert sorted(refs) == sorted(
        f"{a}:{b}" for a, b in zip(cats["list_id"], cats["category_order"], strict=True)
    )
    m = tables["members"]
    assert (m["field_evidence_from"] == "none").eq(m["field_code"] == "unknown").all()


def test_members_by_field_bars(tables):
    bars = tables["members_by_field"].set_index("bar_id")["persons"]
    assert bars.sum() == 149
    assert bars["unknown"] == 37
    assert bars["not_identified"] == 86
    assert bars["politics"] == 5
    assert bars["medicine"] == 0
    assert bars.drop(["unknown", "not_identified"]).sum() == 26
    chart = members_by_field(tables["members_by_field"]).to_dict()
    assert len(chart["layer"]) == 2


def test_structure_has_officers_and_four_sections(tables):
    s = tables["composition_structure"].set_index("item_en")
    assert s.loc["Chair", "holder_public"] == "Kassym-Jomart Tokayev"
    assert s.loc["Deputy chair ex officio", "holder_public"] == "Erlan Karin"
    assert s.loc["Secretary", "holder_public"] == "Aida Balaeva"
    sections = [f"Section {i}" for i in range(1, 5)]
    assert s.loc[sections, "value_en"].tolist() == [
        "Civil society",
        "Culture. Art. Spirituality",
        "Education and science",
        "Socio-economic development",
    ]
    html = tbl.structure_table(tables["composition_structure"]).as_raw_html()
    assert "Әлеуметтік-экономикалық даму" in html


def test_claims(tables):
    c = tables["membership_claims"].set_index("claim_id")
    assert c.loc["left_out_of_first_list", "member_id"] == "sabden-o"
    assert c.loc["left_out_of_first_list", "in_newcomer_list"]
    assert not c.loc["named_member_2026", "in_newcomer_list"]
    assert not c.loc["former_member_self_described", "counted_as_known"]


def test_expert_positions(tables):
    e = tables["expert_positions"].set_index("proposal_id")
    assert len(e) == 7
    assert e.loc["participation_quotas", "camp"] == "both"
    assert e.loc["participation_quotas", "support_level"] == "little_support"
    assert e.loc["keep_present_way", "camp"] == "supporters"
    assert e.loc["open_competition", "camp_status"] == "inferred"
    assert e.loc["fixed_split_of_seats", "camp"] == "not_stated"
    assert (e.loc[["staged_election", "indirect_election_maslikhats"], "camp"] == "critics").all()


def _edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "column"),
    [
        ("shakhanov-m,culture_arts,poet", "shakhanov-m,poetry,poet", "field_code"),
        ("shakhanov-m,culture_arts,poet", "shakhanov-m,culture_arts,novelist", "evidence"),
        ("shakhanov-m,culture_arts,poet", "shakhanov-x,culture_arts,poet", "member_id"),
    ],
)
def test_bad_field_coding_is_reported(raw_copy, tmp_path, old, new, column):
    _edit(raw_copy / "article/member_fields.csv", old, new)
    with pytest.raises(PipelineError) as err:
        pipeline.run(raw_copy, tmp_path / "out", accept=True)
    where = [
        p
        for p in err.value.problems
        if p.file == "data/raw/article/member_fields.csv" and p.column == column
    ]
    # shakhanov-m is on line 53 of member_fields.csv.
    assert 53 in {p.line for p in where}


def test_duplicate_roster_person_is_reported(raw_copy, tmp_path):
    path = raw_copy / "public/roster_candidates.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines, lines[8]]), encoding="utf-8")
    with pytest.raises(PipelineError) as err:
        pipeline.run(raw_copy, tmp_path / "out", accept=True)
    rules = [
        (p.line, p.rule) for p in err.value.problems if p.file.endswith("roster_candidates.csv")
    ]
    assert (len(lines) + 1, "same person as an earlier row") in rules
