"""Communication role: persons registry, name variants, topic coding, counts, comparison."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest
import yaml

from analysis import meetings, pipeline
from analysis.errors import PipelineError
from analysis.figures import meetings as fig_meetings
from analysis.figures.common import chart_problems
from analysis.paths import RAW, SHARED
from analysis.translit import case_ending, latin, name_key

# --------------------------------------------------------------------------- translit


@pytest.mark.parametrize(
    ("kazakh", "expected"),
    [
        ("Ә. Бәйменов", "A. Baymenov"),
        ("Б. Ізмұхамбетов", "B. Izmukhambetov"),
        ("Ж. Құлекеев", "Zh. Qulekeev"),
        ("А. Күрішбаев", "A. Kurishbaev"),
        ("К. Закарья", "K. Zakarya"),
        ("К. Гринько", "K. Grinko"),  # soft sign dropped
    ],
)
def test_latin_forms(kazakh, expected):
    assert latin(kazakh) == expected


def test_latin_and_name_key_reject_non_text():
    with pytest.raises(TypeError, match="takes a str"):
        latin(pd.NA)
    with pytest.raises(TypeError, match="takes a str"):
        name_key(None)


def test_case_endings():
    assert name_key("Б.Ізмұхамбетовты") == "б. ізмұхамбетовты"
    assert case_ending("Ә. Бәйменов", "Ә. Бәйменов") == ""
    assert case_ending("Ә. Байменовты", "Ә. Бәйменов") == "ты"
    assert case_ending("Р. Кенжеханұлын", "Р. Кенжеханұлы") == "н"
    assert case_ending("Г. Илеуовамен", "Г. Илеуова") == "мен"
    assert case_ending("Ю. Шина", "Ю. Шин") == "а"
    assert case_ending("Д. Қадыров", "Д. Қадыр") is None  # "ов" is not a case ending
    assert case_ending("Р. Баталов", "Б. Баталов") is None  # other initial


# --------------------------------------------------------------------------- persons


def test_name_variants_map_to_one_id(tables):
    """Every printed form in Table 3, the newcomer list and the prose fits exactly one
    registry person, and it is the person the row names."""
    persons = tables["persons"].set_index("person_id")["name_kk"]
    rows = pd.concat(
        [
            tables["meetings_log"][["person_id", "name_as_printed"]],
            tables["newcomers"][["person_id", "name_as_printed"]],
            pd.read_csv(RAW / "article" / "repeat_visit_claims.csv")[
                ["person_id", "name_as_printed"]
            ],
        ]
    )
    assert len(rows) == 24 + 32 + 3
    for pid, printed in zip(rows["person_id"], rows["name_as_printed"], strict=True):
        fits = [p for p, n in persons.items() if case_ending(printed, n) is not None]
        assert fits == [pid], printed
    baymenov = set(rows.loc[rows.person_id == "baymenov-a", "name_as_printed"])
    assert baymenov == {"Ә. Байменовты", "Ә. Байменовті", "Ә. Бәйменов", "Ә. Бәйменовті"}


def test_persons_registry(tables):
    p = tables["persons"].set_index("person_id")
    assert p.index.is_unique
    assert len(p) == 48
    assert (p["name_latin"] == p["name_kk"].map(latin)).all()
    assert int(p["is_newcomer"].sum()) == 32
    assert int((p["meetings"] > 0).sum()) == 19
    assert p.loc["baymenov-a", "latest_role_as_printed"] == "Ұлттық құрылтай мүшелері"
    roles = p.loc["baymenov-a", "roles_as_printed"].split(" | ")
    assert [r[-5:] for r in roles] == ["(M02)", "(M11)", "(M20)"]
    assert roles[0].startswith("Мемлекеттік қызмет саласындағы өңірлік хабтың")
    # Printed without a role at his only meeting.
    assert pd.isna(p.loc["aubakirov-t", "latest_role_as_printed"])
    # Batalov: no role on 20 Dec 2022, Atameken on 11 Apr 2023.
    assert p.loc["batalov-r", "roles_as_printed"] == "«Атамекен» ҰКП президиум төрағасы (M09)"


def test_name_check_catches_a_wrong_person(raw_copy):
    """The cross-table name check, on raw tables edited after validation (the quote check of
    the raw rows would stop a wrong name in the file itself before this check runs)."""
    raw = pipeline.load_raw(raw_copy, accept=True)
    part = raw["article/meeting_participants.csv"]
    row = part.index[(part["meeting_id"] == "M03") & (part["person_order"] == 1)][0]
    part.loc[row, "name_as_printed"] = "Д. Зәкиева"
    msgs = [str(p) for p in meetings.check_name_variants(raw)]
    assert any("not a form of the person's registry name Д. Тұрлыханов" in m for m in msgs)
    assert any("also fits other registry persons: zakieva-d" in m for m in msgs)
    assert len(msgs) == 2


# --------------------------------------------------------------------------- topics


def test_every_person_meeting_has_a_domain(tables):
    log = tables["meetings_log"]
    coded = tables["meeting_domains"]
    keys = set(zip(log.meeting_id, log.person_order, strict=True))
    have = set(zip(coded.meeting_id, coded.person_order, strict=True))
    assert keys == have
    assert len(keys) == 24
    rules = set(pd.read_csv(RAW / "coding" / "topic_rules.csv")["rule_id"])
    fired = {r for ids in coded["rule_ids"] for r in ids.split(";")}
    assert fired <= rules


def test_topic_coding_values(tables):
    coded = tables["meeting_domains"]
    by = coded.groupby(["meeting_id", "person_order"])["domain_id"].agg(set)
    assert by[("M03", 1)] == {"sport"}  # "physical culture" is not culture
    assert "culture_language" not in by[("M18", 1)]  # "agriculture" is not culture
    assert by[("M18", 1)] >= {"economy_business", "agriculture", "interethnic_relations"}
    assert by[("M19", 1)] == {"childrens_rights", "social_policy_veterans"}
    assert by[("M11", 1)] == {"sport", "culture_language"}
    row = coded[(coded.meeting_id == "M01") & (coded.domain_id == "economy_business")].iloc[0]
    assert row["rule_ids"] == "R01;R03"
    assert "petrochemicals" in row["matched_text"]
    d = tables["topic_domains"].set_index("domain_id")
    assert d.loc["social_policy_veterans", ["meetings", "person_meetings"]].tolist() == [7, 9]
    assert d.loc["childrens_rights", "meetings"] == 1
    assert d["meetings"].sum() == coded.drop_duplicates(["meeting_id", "domain_id"]).shape[0]


def test_uncoded_topic_and_bad_rule_are_reported(raw_copy, tmp_path):
    part = raw_copy / "article" / "meeting_participants.csv"
    text = part.read_text(encoding="utf-8")
    part.write_text(
        text.replace("development of national cinema and culture", "an unlisted matter")
    )
    rules = raw_copy / "coding" / "topic_rules.csv"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace("R04,economy_business", "R04,nowhere")
    )
    with pytest.raises(PipelineError) as err:
        pipeline.run(raw_copy, tmp_path / "out", accept=True)
    msg = str(err.value)
    assert "meeting_participants.csv, line 16, column 'topic_en': no rule" in msg
    assert "topic_rules.csv, line 5, column 'domain_id': domain does not exist" in msg


# --------------------------------------------------------------------------- counts


def test_repeat_visitors_against_the_text(tables):
    r = tables["repeat_visitors"].set_index("person_id")
    assert r["check"].to_dict() == {
        "baymenov-a": "matches, omits a meeting",
        "batalov-r": "not mentioned",
        "izmukhambetov-b": "matches",
        "kurishbaev-a": "matches",
    }
    assert r.loc["baymenov-a", "years_left_out"] == "2025"
    assert r.loc["kurishbaev-a", "meeting_dates"] == "2024-03-12;2025-01-17"
    assert r.loc["kurishbaev-a", "times_in_text"] == 2


def test_session_intervals_and_years(tables):
    iv = tables["session_intervals"].set_index("interval_label")
    assert iv["meetings"].tolist() == [2, 8, 5, 5, 0, 0]
    assert iv["person_meetings"].tolist() == [2, 10, 5, 7, 0, 0]
    assert iv["table3_covers"].tolist() == [True, True, True, True, False, False]
    assert iv.loc["I-II", "meetings_per_year"] == pytest.approx(8 / (366 / 365.25))
    assert pd.isna(iv.loc["IV-V", "meetings_per_year"])  # not covered, not zero
    # III-IV cut at Table 3's last date (15 March 2024 to 17 January 2025: 308 days).
    assert iv.loc["III-IV", "days_to_last"] == 308
    assert iv.loc["I-II", "days_to_last"] == iv.loc["I-II", "days"]
    assert iv.loc["III-IV", "rate_to_last"] == pytest.approx(5 / (308 / 365.25))
    # Exact Poisson interval at 95%: 5 events -> 1.6235 to 11.6683 events.
    assert iv.loc["III-IV", "rate_low"] == pytest.approx(1.62348 / (364 / 365.25), rel=1e-4)
    assert iv.loc["III-IV", "rate_high"] == pytest.approx(11.66833 / (364 / 365.25), rel=1e-4)
    assert pd.isna(iv.loc["IV-V", "rate_low"])

    assert iv["meetings"].sum() == 20
    y = tables["meetings_by_year"].set_index("year")
    assert y["meetings"].to_dict() == {2022: 6, 2023: 8, 2024: 5, 2025: 1}
    assert y.loc[2022, "meetings_before_decree"] == 2
    assert y.loc[2024, "newcomers"] == 3


def test_rate_homogeneity_and_poisson_interval():
    from analysis.meetings import poisson_rate_interval, rate_homogeneity_p

    # 8, 5 and 5 meetings over 366, 272 and 364 days: far from a significant difference.
    assert rate_homogeneity_p([8, 5, 5], [366, 272, 364]) == pytest.approx(0.714, abs=1e-3)
    assert rate_homogeneity_p([30, 2], [365, 365]) < 0.001
    low, high = poisson_rate_interval(0, 365, 0.95)
    assert low == 0.0
    assert high == pytest.approx(3.6889 * 365.25 / 365, rel=1e-4)
    with pytest.raises(ValueError, match="days must be"):
        poisson_rate_interval(1, 0, 0.95)


def test_body_comparison(tables):
    c = tables["body_comparison"].set_index("row_id")
    assert c.loc["ncpt", ["sessions", "people_met", "years"]].tolist() == [6, 28, 3.0]
    assert pd.isna(c.loc["ncpt", "meetings"])
    assert c.loc["ncpt", "people_met_per_year"] == pytest.approx(28 / 3)
    k = c.loc["kurultai"]
    # People met one to one (received alone at least once), as the Council's figure: 18
    # people were received after the decree, 2 of them only together (M17).
    assert (k["sessions"], k["meetings"], k["people_met"]) == (4, 18, 16)
    assert k["years"] == pytest.approx(1004 / 365.25)
    span = c.loc["kurultai_table_span"]
    assert (span["sessions"], span["meetings"], span["people_met"]) == (3, 20, 17)
    # Per-member rates: the Kurultai's about 149 seats ever filled (117 initial + 32
    # newcomers, the composition chapter's base).
    assert k["members"] == 149
    assert k["people_met_pct_of_members"] == pytest.approx(100 * 16 / 149)
    # The Council's size is public: 44 members (decree No. 63 of 17 July 2019).
    assert c.loc["ncpt", "members"] == 44
    assert c.loc["ncpt", "people_met_pct_of_members"] == pytest.approx(100 * 28 / 44)
    assert k["schedule_en"].startswith("once a year")
    assert c.loc["ncpt", "schedule_en"].startswith("not stated")


def test_meeting_cadence(tables):
    """Meetings per month and the gaps between meetings, counted from the decree (E7: a
    meeting before the Kurultai existed is not a meeting with its members): 18 dated
    meetings in about 31 months, against the article's "continuous dialogue, every day"
    (lines 618-619)."""
    c = tables["meeting_cadence"].set_index("period")
    assert list(c.index) == ["2022", "2023", "2024", "2025", "all"]
    a = c.loc["all"]
    assert (a["start_date"], a["end_date"]) == (
        pd.Timestamp("2022-06-22"),
        pd.Timestamp("2025-01-17"),
    )
    assert (a["days"], a["meetings"], a["gaps"]) == (940, 18, 17)
    assert a["months"] == pytest.approx(940 / (365.25 / 12))
    assert a["meetings_per_month"] == pytest.approx(18 / (940 / (365.25 / 12)))
    assert round(a["meetings_per_month"], 2) == 0.58
    assert a["meeting_days_pct"] == pytest.approx(100 * 18 / 940, abs=1e-3)
    assert a["median_gap_days"] == 42
    assert a["longest_gap_days"] == 213
    assert (a["longest_gap_from"], a["longest_gap_to"]) == (
        pd.Timestamp("2024-06-18"),
        pd.Timestamp("2025-01-17"),
    )
    # The calendar years partition the span.
    years = c.drop(index="all")
    assert years["days"].sum() == 940
    assert years["meetings"].tolist() == [4, 8, 5, 1]
    assert years["gaps"].sum() == 17
    assert c.loc["2024", "longest_gap_days"] == 152  # 12 Oct 2023 to 12 Mar 2024
    # Sixteen days of January 2025 give no monthly rate.
    assert pd.isna(c.loc["2025", "meetings_per_month"])


def test_context_figures_and_seed_checksums(tables, seed_text):
    ctx = tables["context_figures"].set_index("figure_id")
    assert ctx.loc["ncpt_laws", "value"] == 22
    assert ctx.loc["ncpt_government_resolutions", "value"] == 27
    assert ctx.loc["ncpt_legal_acts", "qualifier"] == "more than"
    record = yaml.safe_load((RAW / "context" / "source.yml").read_text(encoding="utf-8"))
    for name, meta in record["seeds"].items():
        path = seed_text(name)  # skips (fails under CI=true) when the text is absent
        assert hashlib.sha256(path.read_bytes()).hexdigest() == meta["sha256"]
        assert len(path.read_text(encoding="utf-8").splitlines()) == meta["lines"]
    # The quoted words are on the cited lines of the seed.
    lines = seed_text("002_047f29c1118dd147.txt").read_text(encoding="utf-8").splitlines()
    assert "28 мүшесімен" in lines[307 - 1]
    assert "22 заң" in lines[314 - 1]


def test_referendum_figures(tables):
    v = meetings.referendum_figures(tables["epilogue_2026"]).set_index("measure")
    assert v.loc["turnout", "count"] == 9127192
    assert v.loc["turnout", "share_pct_recomputed"] == v.loc["turnout", "share_pct_reported"]
    assert v.loc["yes", "share_pct_recomputed"] == 87.15
    assert v.loc["no", "share_pct_reported"] == 9.83
    assert v.loc["no", "share_pct_recomputed"] == 9.84
    with pytest.raises(KeyError, match="2026-03-15"):
        meetings.referendum_figures(tables["epilogue_2026"].iloc[:1])


def test_meeting_wording(tables):
    """Roles in English beside the Kazakh, topics in Kazakh beside the English."""
    log = tables["meetings_log"].set_index(["meeting_id", "person_order"])
    assert (log["role_en"].isna() == log["role_as_printed"].isna()).all()
    assert log["role_en"].notna().sum() == 21
    assert log.loc[("M09", 1), "role_en"] == (
        "Chair of the presidium of the Atameken National Chamber of Entrepreneurs"
    )
    assert log.loc[("M11", 1), "topic_kk"].startswith("Дүниежүзілік тоғызқұмалақ федерациясының")
    assert log["topic_kk"].notna().all()


def test_wording_check_requires_a_role_where_printed(raw_copy, tmp_path):
    path = raw_copy / "coding" / "meeting_wording.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("M08,1,Political scientist,", "M08,1,,"), encoding="utf-8")
    with pytest.raises(PipelineError) as err:
        pipeline.run(raw_copy, tmp_path / "out", accept=True)
    assert "meeting_wording.csv, line 11, column 'role_en': an English role is needed" in str(
        err.value
    )


def test_charts_carry_the_data(tables):
    tl = fig_meetings.meetings_timeline(tables["meetings_log"], tables["sessions"]).to_dict()
    rows = [v for v in tl["datasets"].values() if v and "row" in v[0]]
    assert len(rows[0]) == 20
    dom = fig_meetings.meetings_by_domain(tables["topic_domains"]).to_dict()
    (data,) = dom["datasets"].values()
    assert sum(r["meetings"] for r in data) == 39  # 20 meetings, several domains each
    rv = fig_meetings.repeat_visits(tables["repeat_visitors"], tables["sessions"]).to_dict()
    dots = next(v for v in rv["datasets"].values() if v and "status" in v[0])
    assert len(dots) == 9
    assert sum(r["status"] == "left out of the text" for r in dots) == 3


def test_charts_fit_the_column(tables):
    """Every chart of the chapter is at most 678 px wide with every text >= 12 px."""
    charts = [
        fig_meetings.meetings_timeline(tables["meetings_log"], tables["sessions"]),
        fig_meetings.meetings_by_domain(tables["topic_domains"]),
        fig_meetings.repeat_visits(tables["repeat_visitors"], tables["sessions"]),
    ]
    for chart in charts:
        assert chart_problems(chart) == []


def test_sessions_slogans_reimported(tables):
    """The session slogans render адал as honest (re-import of 2026-11-25)."""
    s = tables["sessions"].set_index("session")
    assert s.loc["II", "theme_en"] == "Just Kazakhstan – Honest Citizen"
    assert s.loc["III", "theme_en"] == "Honest Person – Honest Labour – Honest Income"
    shared = SHARED / "data" / "public" / "sessions.csv"
    if shared.is_file():
        assert (RAW / "public" / "sessions.csv").read_bytes() == shared.read_bytes()


def test_book_tables_are_narrow(tables):
    """The sessions and comparison tables show at most five columns in the book."""
    from analysis.tables import meetings as tbl

    gt = tbl.sessions_table(tables["sessions"])
    assert len(gt._tbl_data.columns) == 5
    gt = tbl.body_comparison_table(tables["body_comparison"])
    shown = gt._tbl_data
    assert len(shown.columns) == 5
    assert shown["Share of the seats met"].tolist() == [
        "64% of 44",
        "11% of about 149",
        "11% of about 149",
    ]


def test_meetings_table_gives_both_languages(tables):
    """Roles: English with the Kazakh in brackets; topics: English with the Kazakh."""
    from analysis.tables import meetings as tbl

    shown = tbl.meetings_table(tables["meetings_log"], tables["meeting_domains"])._tbl_data
    first = shown.iloc[0]
    assert first["Date"] == "2022-04-25 ◊"
    assert first["Person and role"] == (
        "Ж. Құлекеев (Zh. Qulekeev): Well-known economist and public figure "
        "(Белгілі экономист және қоғам қайраткері)"
    )
    topics = shown["Topics (the article's Kazakh wording in brackets)"]
    assert topics.iloc[0].startswith("outlook for socio-economic development;")
    assert topics.iloc[0].endswith("ғылыми-инженерлік әлеуетін нығайту)")
    # No role printed: a dash, not an empty bracket.
    assert shown.iloc[5]["Person and role"] == "Т. Әубәкіров (T. Aubakirov): —"
