"""The claims audit: every claim has a status, and the statuses are what the data say."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import claims, pipeline
from analysis.errors import PipelineError
from analysis.io import read_raw_csv
from analysis.paths import BOOK, RAW
from analysis.schemas.raw import ClaimsRaw

RAW_CLAIMS = RAW / claims.RAW_PATH
INCONSISTENT = {"C17", "C18", "C19"}
NOT_REPRODUCIBLE = {"C13", "C40", "C41"}
#: Claims checked against a source independent of the article (public records).
CROSS_CHECKED = {"C10", "C14", "C16", "C18", "C42", "C43", "C51", "C52", "C54"}


def _seed_text(seed: Path, locator: str) -> list[str]:
    """The seed lines of ``locator`` joined three ways: with spaces, and with a line-end
    hyphen kept or dropped (the seed breaks words and number ranges across lines)."""
    lines = seed.read_text(encoding="utf-8").splitlines()
    out = []
    for hyphen in ("keep", "drop"):
        text = ""
        for part in locator.split(", "):
            a, _, b = part.partition("-")
            for line in lines[int(a) - 1 : int(b or a)]:
                line = line.strip()
                if text.endswith("-"):
                    text = text + line if hyphen == "keep" else text[:-1] + line
                else:
                    text = f"{text} {line}" if text else line
        out.append(re.sub(r"\s+", " ", text))
    return out


def test_every_claim_has_a_status(tables):
    ledger = tables["claims_ledger"]
    raw = pd.read_csv(RAW_CLAIMS, dtype=str)
    assert ledger["claim_id"].tolist() == raw["claim_id"].tolist()
    assert len(ledger) == 54
    assert set(ledger["status"]) <= set(claims.STATUSES)
    assert ledger["data_says"].str.len().min() > 10


def test_statuses_are_what_the_data_say(tables):
    ledger = tables["claims_ledger"].set_index("claim_id")
    assert set(ledger.index[ledger["status"] == "inconsistent"]) == INCONSISTENT
    assert set(ledger.index[ledger["status"] == "not_reproducible"]) == NOT_REPRODUCIBLE
    agree = ledger.drop(index=[*INCONSISTENT, *NOT_REPRODUCIBLE])
    # a match counts as reproduced only for a recomputed or cross-checked claim
    expected = agree["check_kind"].map({"transcribed": "read_back"}).fillna("reproduced")
    assert (agree["status"] == expected).all()
    assert set(ledger.index[ledger["check_kind"] == "cross_checked"]) == CROSS_CHECKED
    # "7,7% өсім" is the change in points; the relative growth is only mentioned.
    assert ledger.loc["C24", "data_value"] == "7.7"
    assert ledger.loc["C24", "status"] == "reproduced"
    assert "relative growth it would be 24.1%" in ledger.loc["C24", "data_says"]
    # C19 names A. Baymenov's years as an example of a member received more than once;
    # from the decree his meetings fall in 2023 and 2025, so 2022 (5 May 2022, before the
    # decree) is not a year of a meeting with a member (E7): inconsistent, problem P1.
    assert ledger.loc["C19", "data_value"] == "2023"
    assert "2025-01-17" in ledger.loc["C19", "data_says"]
    assert "2022-05-05 is before the decree" in ledger.loc["C19", "data_says"]
    # What the data say instead, for each inconsistency.
    assert ledger.loc["C17", "data_value"] == "2"
    assert "2022-04-25" in ledger.loc["C17", "data_says"]
    assert ledger.loc["C18", "data_value"] == "2"
    assert ledger.loc["C20", "data_value"] == "2023;2024"
    assert ledger.loc["C21", "data_value"] == "2"
    assert ledger.loc["C11", "data_value"] == "32"
    assert ledger.loc["C12", "data_value"] == "2.6"
    assert ledger.loc["C47", "data_value"] == "2.6"
    assert ledger.loc["C47", "status"] == "reproduced"
    # One tolerance for "about/almost N years" (m5): the same 0.5 year and the same named
    # endpoints (the last dated event; the first later event the article does not mention).
    assert ledger.loc["C12", "tolerance"] == ledger.loc["C47", "tolerance"] == 0.5
    assert ledger.loc["C12", "note"] == ledger.loc["C47", "note"]
    for cid in ("C12", "C47"):
        assert ledger.loc[cid, "status"] == "reproduced"
        assert "(2025-01-17), the article's latest dated event" in ledger.loc[cid, "data_says"]
        assert "2.75 years to the next event" in ledger.loc[cid, "data_says"]
        assert "session IV (2025-03-14)" in ledger.loc[cid, "data_says"]
    assert ledger.loc[["C48", "C49", "C50"], "data_value"].tolist() == ["100", "3", "27"]
    assert ledger.loc["C16", "data_value"] == "III"
    assert ledger.loc["C30", "data_value"] == "70.6/76.1"
    assert ledger.loc["C52", "data_value"] == "III"  # session III met on 2024-03-15
    assert "2024-03-15" in ledger.loc["C52", "data_says"]
    assert ledger.loc["C53", "data_value"] == "8"
    # The World Nomad Games of 2024: checked against public records (Astana, September 2024).
    assert ledger.loc["C51", ["status", "data_value"]].tolist() == ["reproduced", "2024"]
    assert "Astana" in ledger.loc["C51", "data_says"]
    assert "roster" in ledger.loc["C13", "data_says"]


def test_transcribed_shares_equal_the_raw_files(tables):
    """Recompute the share claims straight from the raw CSVs, without the pipeline."""
    ledger = tables["claims_ledger"].set_index("claim_id")
    aware = pd.read_csv(RAW / "article/awareness_by_age.csv", dtype={"age_group": str})
    att = pd.read_csv(RAW / "article/attitude_shares.csv")
    pattern = re.compile(r"^(\w+)\[(.*)\]\.share_pct$")
    checked = 0
    for cid, row in ledger[ledger["check_spec"].str.endswith(".share_pct")].iterrows():
        table, filters = pattern.match(row["check_spec"]).groups()
        frame = aware if table == "awareness_by_age" else att
        for item in filters.split(", "):
            col, value = item.split("=")
            frame = frame[frame[col].astype(str) == value]
        assert len(frame) == 1, cid
        assert abs(frame["share_pct"].iloc[0] - float(row["value_printed"])) <= row["tolerance"]
        checked += 1
    assert checked == 14  # six awareness shares, four of Table 1, four of Table 2


def test_quotes_are_printed_at_their_lines(seed_text):
    raw = pd.read_csv(RAW_CLAIMS, dtype=str)
    missing = [
        r.claim_id
        for r in raw.itertuples()
        if not any(r.quote_kk in text for text in _seed_text(seed_text(r.seed_file), r.locator))
    ]
    assert missing == []
    # And the check can fail: a quote moved to the wrong lines is not found.
    article = seed_text("000_a46ed8cb280de15a.txt")
    assert not any("7,7% өсім" in t for t in _seed_text(article, "330-333"))


def test_editing_the_data_changes_the_status(raw_copy, tmp_path):
    path = raw_copy / "article/awareness_by_age.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("2024,18-28,18-28 жас,18,28,39.7", "2024,18-28,18-28 жас,18,28,40.7")
    )
    claims_path = raw_copy / claims.RAW_PATH
    ctext = claims_path.read_text(encoding="utf-8")
    # C19 edited to name 2023 and 2025 for A. Baymenov: both are years of his meetings from
    # the decree (E7), so the example reproduces and leaves problem P1 to C17 and C18.
    claims_path.write_text(
        ctext.replace(",2022;2023,year,", ",2023;2025,year,").replace(
            "(baymenov-a:2022;2023)", "(baymenov-a:2023;2025)"
        )
    )
    out = pipeline.run(raw_copy, tmp_path / "processed", accept=True)["claims_ledger"]
    status = out.set_index("claim_id")["status"]
    assert status["C23"] == "inconsistent"  # 40.7 in the data, 39.7 printed
    assert status["C19"] == "reproduced"  # both edited years are years with a member
    assert status["C24"] == "inconsistent"  # 40.7 - 32.0 = 8.7 pp, printed 7.7
    assert out.set_index("claim_id").loc["C24", "data_value"] == "8.7"
    # C23 and C24 have no problem id, so each is a problem of its own.
    found = claims.problems(out)
    assert found["problem_id"].tolist() == ["P1", "C23", "C24"]
    assert found["claims"].tolist() == [2, 1, 1]


def test_a_broken_check_spec_points_at_its_line(tables):
    claims_raw = tables["claims_ledger"][list(ClaimsRaw.to_schema().columns)].copy()
    claims_raw.loc[5, "check_spec"] = "no_such_table.value"
    claims_raw.loc[7, "check_spec"] = "fn:no_such_check"
    with pytest.raises(PipelineError) as err:
        claims.evaluate(claims_raw, pipeline.load_raw(RAW), tables)
    found = {(p.line, p.column) for p in err.value.problems}
    assert found == {(7, "check_spec"), (9, "check_spec")}
    assert "no_such_table" in str(err.value)


def test_lookup_grammar(tables):
    assert claims.lookup("survey_waves[wave_year=2023].respondents", {}, tables).value == 2400
    assert claims.lookup("newcomers|count", {}, tables).value == 32
    assert claims.lookup("meetings_log.meeting_id|nunique", {}, tables).value == 20
    with pytest.raises(LookupError):
        claims.lookup("survey_waves.respondents", {}, tables)  # two rows, not one value
    with pytest.raises(KeyError):
        claims.lookup("survey_waves[year=2023].respondents", {}, tables)


@pytest.mark.parametrize(
    ("printed", "found", "tolerance", "expected"),
    [
        ("32", 32.4, 0.5, True),
        ("32", 32.6, 0.5, False),
        ("39.7", 39.75, 0.05, True),
        ("39.7", 39.76, 0.05, False),
        ("2022;2023", "2022;2023;2025", 0, False),
        ("III", "III", 0, True),
        ("7.7", None, 0.05, False),
    ],
)
def test_compare(printed, found, tolerance, expected):
    assert claims.compare(printed, found, tolerance) is expected


def test_status_counts(tables):
    counts = claims.status_counts(tables["claims_ledger"]).set_index("status")["claims"]
    assert counts.to_dict() == {
        "reproduced": 20,
        "read_back": 28,
        "inconsistent": 3,
        "not_reproducible": 3,
    }
    ledger = tables["claims_ledger"]
    kinds = ledger[ledger["status"] == "reproduced"]["check_kind"].value_counts().to_dict()
    assert kinds == {"recomputed": 12, "cross_checked": 8}  # C19 is now inconsistent (E7)


def test_cross_checks_read_public_records(tables):
    """C10 (117 members) against the June 2022 news items, C43 ("almost three years" of the
    Council) against the public date of its decree, 17 July 2019, to 14 June 2022."""
    ledger = tables["claims_ledger"].set_index("claim_id")
    assert ledger.loc["C10", "data_value"] == "117"
    assert ledger.loc["C10", "status"] == "reproduced"
    assert "Turkystan.kz" in ledger.loc["C10", "data_says"]
    assert ledger.loc["C43", "data_value"] == "2.91"  # 1063 days / 365.25
    assert ledger.loc["C43", "status"] == "reproduced"
    assert "2019-07-17" in ledger.loc["C43", "data_says"]


def test_a_transcribed_match_is_read_back_not_reproduced(tables):
    """The same check on the same number: transcribed gives read_back, recomputed (as if the
    value were derived from other data) gives reproduced; a mismatch is inconsistent either
    way."""
    raw = pipeline.load_raw(RAW)
    built = dict(tables)
    table = raw[claims.RAW_PATH]

    def _one_claim(claim_id: str, **changes) -> pd.DataFrame:
        row = table[table["claim_id"] == claim_id].reset_index(drop=True).copy()
        for column, value in changes.items():
            row[column] = value
        return row

    c22 = _one_claim("C22")  # 32% of 18-28 year-olds in 2023
    assert claims.evaluate(c22, raw, built)["status"].tolist() == ["read_back"]
    as_recomputed = _one_claim("C22", check_kind="recomputed")
    assert claims.evaluate(as_recomputed, raw, built)["status"].tolist() == ["reproduced"]
    wrong = _one_claim("C22", value_printed="35")
    assert claims.evaluate(wrong, raw, built)["status"].tolist() == ["inconsistent"]


def test_the_ledger_model_rejects_reproduced_transcriptions(tables):
    from analysis.claims import ClaimsLedger

    ledger = tables["claims_ledger"].copy()
    ledger.loc[ledger["claim_id"] == "C22", "status"] = "reproduced"
    with pytest.raises(Exception, match="reproduced only for a recomputed or cross_checked"):
        ClaimsLedger.validate(ledger, lazy=True)


def _section(text: str, heading: str) -> str:
    """The chapter text from ``## heading`` to the next ``## `` heading."""
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


def test_the_chapter_explains_every_problem_once(tables):
    """One section per distinct problem, whose heading names all of its claims."""
    text = (BOOK / "claims.qmd").read_text(encoding="utf-8")
    headings = re.findall(
        r"^### .*\(([C\d, ]+)\) \{#sec-claim-c\d{2}\}$",
        _section(text, "The inconsistencies"),
        flags=re.M,
    )
    named = [tuple(h.split(", ")) for h in headings]
    found = claims.problems(tables["claims_ledger"])
    assert sorted(named) == sorted(tuple(ids) for ids in found["claim_ids"])


def test_the_chapter_lists_every_claim_that_cannot_be_checked(tables):
    text = _section((BOOK / "claims.qmd").read_text(encoding="utf-8"), "What cannot be checked")
    listed = set(re.findall(r"^- \*\*(C\d{2})(?:, (C\d{2}))?\*\*", text, flags=re.M))
    ids = {c for pair in listed for c in pair if c}
    ledger = tables["claims_ledger"]
    assert ids == set(ledger.loc[ledger["status"] == "not_reproducible", "claim_id"])


def test_distinct_problems(tables):
    found = claims.problems(tables["claims_ledger"])
    # C19 (A. Baymenov's years) rests on the pre-decree row of 5 May 2022, like C17 and C18:
    # one problem (E7: a meeting before the decree is not a meeting with a member); the
    # left-out 2025 meeting is still noted as an omission.
    assert found["problem_id"].tolist() == ["P1"]
    assert found["claim_ids"].tolist() == [["C17", "C18", "C19"]]
    c19 = tables["claims_ledger"].set_index("claim_id").loc["C19"]
    assert c19["status"] == "inconsistent"
    assert c19["data_value"] == "2023"
    assert "leaves out 2025" in c19["data_says"]
    # Both claims of P1 find the same two meetings.
    ledger = tables["claims_ledger"].set_index("claim_id")
    for cid in ("C17", "C18"):
        assert "2022-04-25 Zh. Qulekeev; 2022-05-05 A. Baymenov" in ledger.loc[cid, "data_says"]


def test_raw_claims_validate():
    frame = read_raw_csv(RAW_CLAIMS, ClaimsRaw.to_schema().columns)
    valid = ClaimsRaw.validate(frame)
    assert valid["claim_id"].is_unique
    assert set(valid.loc[valid["check_kind"] == "none", "claim_id"]) == NOT_REPRODUCIBLE


def test_us_public_hearings_are_checked_against_the_records_of_the_decade(tables):
    """C42 (lines 88-89): the 1920s are checked against the Department of Commerce's model
    zoning act (public/events.csv), whose year is rounded down to its decade."""
    row = tables["claims_ledger"].set_index("claim_id").loc["C42"]
    assert (row["check_kind"], row["status"], row["data_value"]) == (
        "cross_checked",
        "reproduced",
        "1920",
    )
    assert row["data_says"].startswith("the 1920s: US Department of Commerce")
    assert "11 states" in row["data_says"]
    assert "not a federal law" in row["note"]


def test_a_decade_check_rounds_the_year_down():
    raw = {
        "public/events.csv": pd.DataFrame(
            {
                "fact_id": ["x"],
                "value": ["1929: an event"],
                "source_outlet": ["Outlet"],
                "date_published": ["1929-12-31"],
            }
        )
    }
    found = claims.run_check("fn:public_event_decade(x)", raw, {})
    assert found.value == 1920
    assert found.says == "the 1920s: Outlet (1929-12-31): an event (public/events.csv)"
    assert not claims.compare(1930, found.value, 0)


def test_years_active_names_both_endpoints_and_keeps_the_tolerance():
    """'About/almost N years': 2.5 to 3.5 whole years is reproduced, 2.4 is not, whichever
    of the two endpoints is read (constructed dates)."""
    facts = pd.DataFrame({"fact_id": ["decree_date"], "value": ["2020-01-01"]})
    log = pd.DataFrame({"meeting_date": pd.to_datetime(["2021-01-01", "2022-07-03"])})
    sessions = pd.DataFrame(
        {"session": ["I", "II"], "plenary_date": pd.to_datetime(["2020-06-01", "2022-09-01"])}
    )
    built = {"kurultai_facts": facts, "meetings_log": log, "sessions": sessions}
    found = claims.run_check("fn:years_active", {}, built)
    assert round(found.value, 2) == 2.5
    assert "2.67 years to the next event, which the article does not mention, session II" in (
        found.says
    )
    assert claims.compare(3, found.value, 0.5)
    assert not claims.compare(3, 2.4, 0.5)
    without = claims.run_check(
        "fn:years_active", {}, {k: built[k] for k in built if k != "sessions"}
    )
    assert without.says.endswith("the article's latest dated event (meetings_log)")
