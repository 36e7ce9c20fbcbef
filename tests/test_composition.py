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
    assert len(members) == 72


def test_status_and_known_members(tables):
    m = tables["members"]
    assert (m["status"] == "joined").sum() == 32
    joined = set(m.loc[m["status"] == "joined", "member_id"])
    assert joined == set(tables["newcomers"]["person_id"])
    assert m.loc[m["status"] == "joined", "counted_as_known"].all()
    not_counted = set(m.loc[m["count_group"] == "not_counted", "member_id"])
    assert not_counted == {
        "asanova-zh",
        "masalimova-a",
        "maygeldinov-q",
        "orynbek-a",
        "pulatov-sh",
    }
    # One scale for the counts: membership evidence. Low rows never count; article-named
    # rows count whatever grade the roster gives their fuller name (К. Закарья: roster low).
    assert set(m.loc[m["count_group"] == "not_counted", "membership_evidence"]) == {"low"}
    assert set(m.loc[m["counted_as_known"], "membership_evidence"]) == {"article", "high", "medium"}
    by_id = m.set_index("member_id")
    assert by_id.loc["zakarya-k", "roster_grade"] == "low"
    assert by_id.loc["zakarya-k", "membership_evidence"] == "article"
    assert by_id.loc["zakarya-k", "counted_as_known"]
    # 'low-medium' is used only for people the article names; it never decides a count.
    lowmed = m[m["roster_grade"] == "low-medium"]
    assert set(lowmed["member_id"]) == {
        "bularov-l",
        "ileuova-g",
        "kenzhekhanuly-r",
        "kurishbaev-a",
        "shin-yu",
    }
    assert (lowmed["membership_evidence"] == "article").all()
    # Zh. Qulekeev's only Table 3 row predates the decree, so the roster grades him (high).
    assert by_id.loc["qulekeev-zh", "membership_basis"] == "public_source"
    assert by_id.loc["qulekeev-zh", "membership_evidence"] == "high"
    assert m["membership_evidence"].value_counts().to_dict() == {
        "article": 47,
        "medium": 14,
        "high": 6,
        "low": 5,
    }
    # S. Nurtaza: named a member only in January 2026, after the article's period: apart.
    assert set(m.loc[m["count_group"] == "after_window", "member_id"]) == {"nurtaza-s"}
    assert not by_id.loc["nurtaza-s", "counted_as_known"]
    assert "2026-01-19" in by_id.loc["nurtaza-s", "count_reason"]
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
    assert cov["known_members"] == 66
    assert (cov["known_initial"], cov["known_joined"], cov["known_status_unknown"]) == (33, 32, 1)
    assert cov["named_after_window"] == 1
    assert cov["not_counted"] == 5
    assert cov["known_members"] + cov["named_after_window"] + cov["not_counted"] == 72
    assert cov["known_field_coded"] == 28
    assert cov["known_field_unknown"] == 38
    assert cov["not_identified"] == 83
    assert cov["coverage_pct"] == 44.3
    assert cov["field_coverage_pct"] == 18.8
    # Sources are written for readers: no file paths.
    assert not tables["composition_coverage"]["source"].str.contains(r"data/|\.csv").any()
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
    assert bars["unknown"] == 38
    assert bars["not_identified"] == 83
    # Nurtaza (politics) is counted apart; Sabden (science) falls under the identity rule;
    # Izmukhambetov is coded by the post the article ties him to (the Veterans Organisation,
    # lines 518-519): non-governmental sector; Baimenov by the post the article prints beside
    # his name (the civil-service hub, lines 477-478): expert community.
    assert bars["politics"] == 5
    assert bars["science"] == 2
    assert bars["ngo_sector"] == 4
    assert bars["expert_community"] == 5
    assert bars["sport"] == 1
    assert bars["medicine"] == 0
    assert bars.drop(["unknown", "not_identified"]).sum() == 28


def test_structure_has_officers_and_four_sections(tables):
    s = tables["composition_structure"].set_index("item_en")
    assert s.loc["Chair", "holder_public"] == "Kassym-Jomart Tokayev"
    assert s.loc["Deputy chair ex officio", "holder_public"] == "Erlan Karin"
    assert s.loc["Secretary", "holder_public"] == "Aida Balaeva"
    # Holders carry the month of the earliest report that names them in the post
    # (uzmetronom.agency, 16 June 2022, for Zheksenbay and Balaeva).
    assert s.loc["Secretary", "holder_as_of"] == "June 2022"
    assert s.loc["Deputy chairs", "holder_as_of"] == "June 2022; June 2022"
    assert s.loc["Chair", "holder_as_of"] == "June 2022"
    sections = [f"Section {i}" for i in range(1, 5)]
    assert s.loc[sections, "value_en"].tolist() == [
        "Civil society",
        "Culture. Art. Spirituality",
        "Education and science",
        "Socio-economic development",
    ]
    html = tbl.structure_table(tables["composition_structure"]).as_raw_html()
    assert "Әлеуметтік-экономикалық даму" in html
    assert "Aida Balaeva (as of June 2022)" in html
    # The out-of-date ministerial title of the March 2024 report is corrected in the note.
    assert "calls her Minister of Culture and Information" in html


def test_claims(tables):
    c = tables["membership_claims"].set_index("claim_id")
    assert c.loc["left_out_of_first_list", "member_id"] == "sabden-o"
    assert c.loc["left_out_of_first_list", "in_newcomer_list"]
    assert not c.loc["named_member_2026", "in_newcomer_list"]
    assert not c.loc["former_member_self_described", "counted_as_known"]
    assert not c.loc["named_member_2026", "counted_as_known"]
    assert c.loc["secretary_title_2024", "member_id"] == "balaeva-a"


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
    # shakhanov-m is on line 57 of member_fields.csv.
    assert 57 in {p.line for p in where}


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


def test_article_window_and_source_dates():
    assert composition.earliest_date("2026-01-19") == pd.Timestamp("2026-01-19")
    assert composition.earliest_date("2024-03") == pd.Timestamp("2024-03-01")
    assert composition.earliest_date("2026 (bio)") == pd.Timestamp("2026-01-01")
    assert composition.earliest_date("2022-06..~2025-03") == pd.Timestamp("2022-06-01")
    assert composition.earliest_date("no date") is None
    assert composition.month_year("2024-03") == "March 2024"
    assert composition.month_year("2022-06-16") == "June 2022"
    assert composition.month_year("2026 (bio)") == "2026"


def test_window_end_is_decree_plus_three_years(tables):
    raw = pipeline.load_raw()
    assert composition.window_end(raw) == pd.Timestamp("2025-06-14")


def test_identity_rule_is_applied_to_everyone(tables):
    m = tables["members"].set_index("member_id")
    coded = m["field_code"] != "unknown"
    # A field is coded if and only if the post is printed by the article or given by a
    # source that ties the person to the Kurultai.
    assert (coded == m["post_basis"].isin(["article", "member_source"])).all()
    # Surname and initial alone identify no one: О. Сәбден and С. Пономарев are alike.
    assert set(m.index[m["post_basis"] == "surname_initial"]) == {"sabden-o", "ponomarev-s"}
    assert m.loc["sabden-o", "field_code"] == "unknown"
    assert m.loc["tuymebaev-zh", "field_code"] == "unknown"
    # A source naming Gaziz Abishev a member, with his post, identifies Ғ. Әбішев.
    assert m.loc["abishev-gh", "post_basis"] == "member_source"
    assert m.loc["abishev-gh", "field_code"] == "expert_community"
    # Topics are not posts: Д. Тұрлыханов (sport) stays unknown, with the field his topic
    # points to kept for the sensitivity check only.
    assert m.loc["turlykhanov-d", "field_code"] == "unknown"
    assert m.loc["turlykhanov-d", "topic_field"] == "sport"
    # Kazinform (2024-05-30) gives his full name, post and membership: coded, not unknown.
    assert m.loc["izmukhambetov-b", "post_basis"] == "member_source"
    assert m.loc["izmukhambetov-b", "field_code"] == "ngo_sector"
    assert m.loc["baymenov-a", "post_basis"] == "article"
    assert m.loc["baymenov-a", "field_code"] == "expert_community"
    assert m["topic_field"].notna().sum() == 2
    assert (m.loc[m["topic_field"].notna(), "field_code"] == "unknown").all()
    # К. Закарья's post is printed beside his name in Table 3.
    assert m.loc["zakarya-k", "post_basis"] == "article"
    assert m.loc["zakarya-k", "field_code"] == "science"


def _problems_in(raw_copy, tmp_path, path: str) -> set[tuple[int | None, str]]:
    with pytest.raises(PipelineError) as err:
        pipeline.run(raw_copy, tmp_path / "out", accept=True)
    return {(p.line, p.column) for p in err.value.problems if p.file == f"data/raw/{path}"}


def test_coding_on_surname_and_initial_is_reported(raw_copy, tmp_path):
    # Coding О. Сәбден (line 53) as a scientist on surname and initial breaks the rule.
    _edit(
        raw_copy / "article/member_fields.csv",
        "sabden-o,unknown,,none,surname_initial,",
        "sabden-o,science,academician,roster_position,surname_initial,",
    )
    where = _problems_in(raw_copy, tmp_path, "article/member_fields.csv")
    assert (53, "post_basis") in where


def test_topic_field_on_a_coded_member_is_reported(raw_copy, tmp_path):
    # И. Салжанов (line 55) has a coded field (sport); a topic field is for unknowns only.
    _edit(
        raw_copy / "article/member_fields.csv",
        "salzhanov-i,sport,«Ұлттық спорт түрлері қауымдастығы» Президенті,table3_role,article,,",
        "salzhanov-i,sport,«Ұлттық спорт түрлері қауымдастығы» Президенті,table3_role,article,"
        "sport,",
    )
    where = _problems_in(raw_copy, tmp_path, "article/member_fields.csv")
    assert (55, "topic_field") in where


def test_members_by_field_chart_has_two_scales(tables):
    import vl_convert as vlc

    chart = members_by_field(tables["members_by_field"])
    spec = chart.to_dict()
    top, bottom = spec["vconcat"]
    top_x = top["layer"][0]["encoding"]["x"]["scale"]["domain"]
    bottom_x = bottom["layer"][0]["encoding"]["x"]["scale"]["domain"]
    # Coded fields on their own scale (largest bar 5, so 0-6); the gaps on 0-149.
    assert top_x == [0, 6]
    assert bottom_x == [0, 149]
    svg = vlc.vegalite_to_svg(spec)
    import re

    width = float(re.search(r'width="([\d.]+)"', svg).group(1))
    assert 600 <= width <= 678
    sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)px"', svg)]
    assert sizes
    assert min(sizes) >= 11


def test_english_coverage_wording_is_the_processed_tables(tables):
    """The rotation table words each figure from the catalog (``composition-coverage-*``);
    in English that wording is the processed table's own (``label_en``, ``source``)."""
    from analysis.i18n import catalog

    loc = catalog("en")
    coverage = tables["composition_coverage"]
    val = coverage.set_index("metric_id")["value"]
    nums = {
        "initial": loc.count(val["initial_members"]),
        "joined": loc.count(val["newcomers"]),
        "total": loc.count(val["ever_appointed"]),
        "years": composition.WINDOW_YEARS,
    }
    for metric, label, source in zip(
        coverage["metric_id"], coverage["label_en"], coverage["source"], strict=True
    ):
        msg_id = "composition-coverage-" + metric.replace("_", "-")
        assert loc(msg_id, **nums) == label, metric
        assert loc.attr(msg_id, "source", **nums) == source, metric


def test_every_builder_draws_in_the_pseudo_locale(tables):
    """The pseudo-locale (English data, accented catalog words) goes through every builder
    of the chapter: its words come from the catalog, its data stay as they are."""
    from analysis.i18n import PSEUDO
    from analysis.registry import ENTRIES

    for entry in ENTRIES:
        if entry.chapter != "composition.qmd" or entry.label.startswith("tbl-argues-"):
            continue
        out = entry.builder(*[tables[n] for n in entry.inputs], **entry.kwargs, lang=PSEUDO)
        text = str(out.to_dict()) if entry.kind == "figure" else out.as_raw_html()
        assert "⟦" in text, entry.label
    newcomers = tbl.newcomers_table(tables["newcomers"], lang=PSEUDO)._tbl_data
    assert newcomers.shape[1] == 4  # the Latin forms, as in English
