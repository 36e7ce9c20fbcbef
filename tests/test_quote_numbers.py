"""Numbers in our own words (paraphrases, reasonings) stand on the row's cited lines or are the
row's data value (analysis.quotes.check_numbers), in English and in Kazakh."""

from __future__ import annotations

import pytest

from analysis import pipeline, quotes
from analysis.errors import PipelineError
from analysis.schemas.raw import RAW_TABLES

ARGUMENTS = "article/arguments.csv"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("positive share (70.6%/76.1%)", "en", [70.6, 76.1]),
        ("оң көзқарас үлесі (70,6%/76,1%)", "kk", [70.6, 76.1]),
        ("The 2023 wave interviewed 2,400 people aged 18 or over.", "en", [2023, 2400, 18]),
        ("2023 жылы 2400 және 2024 жылы 1 200 респондент", "kk", [2023, 2400, 2024, 1200]),
        ("from 20.2% to 24.1%, a fall of −10.2 pp", "en", [20.2, 24.1, 10.2]),
        ("ids are not numbers: A21, C17 and P1", "en", []),
        ("(lines 161-163), line 272, lines 212-216 and 300", "en", []),
        ("(212–216-жолдар), 272-жол, (139–140-жолдар)", "kk", []),
        ("Table 3, Figure 1 and reference [6]", "en", []),
        ("3-кесте, 1-суретте, [6] сілтеме", "kk", []),
        ("the 18-28 group", "en", [18, 28]),
        ("2016–2018 жылдардағы", "kk", [2016, 2018]),
    ],
)
def test_numbers_are_read_as_values(text, lang, expected):
    assert [v for _, v in quotes.numbers(text, lang)] == pytest.approx(expected)


def test_years_are_exempt_but_counts_are_not():
    assert quotes.is_year(2024.0, "2024")
    assert quotes.is_year(1920.0, "1920")
    assert not quotes.is_year(2400.0, "2400")  # the 2023 wave's respondents
    assert not quotes.is_year(2400.0, "2,400")
    assert not quotes.is_year(117.0, "117")


def test_an_unknown_number_style_is_an_error():
    with pytest.raises(ValueError, match="unknown number style"):
        quotes.numbers("12", "ru")


def test_every_number_column_is_a_raw_column_with_a_locator():
    for spec in quotes.NUMBER_COLUMNS:
        assert spec.path in RAW_TABLES, spec
        columns = RAW_TABLES[spec.path].to_schema().columns
        assert {spec.column, "locator", *spec.value_columns} <= set(columns), spec
        assert spec.lang in ("en", "kk"), spec


def test_the_real_ledgers_pass_and_the_pending_list_only_shrinks(article_text, raw_copy):
    """Every number of the real ledgers checks out, except the argument-ledger numbers listed
    as pending (to be fixed in arguments.csv); each pending entry still fails without the
    list, so a fixed row must leave the list."""
    raw = pipeline.load_raw(raw_copy, accept=True)
    problems, notes = quotes.check_numbers(raw)
    assert (problems, notes) == ([], [])
    unlisted, _ = quotes.check_numbers(raw, pending=frozenset())
    found = set()
    for p in unlisted:
        path = p.file.removeprefix("data/raw/")
        claim = raw[path].iloc[p.line - 2]["claim_id"]
        found.add((path, claim, p.column, p.value))
    assert found == set(quotes.PENDING_NUMBERS)
    # real values: the claims ledger's own rows all pass, the pending rows are arguments only
    assert {path for path, *_ in found} == {ARGUMENTS}
    assert ("article/arguments.csv", "A32", "reasoning", "6.6") in found


def test_a_number_equal_to_the_row_value_passes_although_not_printed(article_text, raw_copy):
    """C12's 'almost three years' prints no digit; a paraphrase that writes the printed value
    3 passes as the row's data value (value_printed), a 4 does not."""
    raw = pipeline.load_raw(raw_copy, accept=True)
    claims = raw["article/claims.csv"].copy()
    row = claims.index[claims["claim_id"] == "C12"][0]
    claims.loc[row, "paraphrase_en"] = "The rotations happened over almost 3 years of work."
    assert quotes.check_numbers({**raw, "article/claims.csv": claims})[0] == []
    claims.loc[row, "paraphrase_en"] = "The rotations happened over almost 4 years of work."
    (problem,) = quotes.check_numbers({**raw, "article/claims.csv": claims})[0]
    assert (problem.line, problem.column, problem.value) == (row + 2, "paraphrase_en", "4")


def test_a_changed_paraphrase_number_is_rejected(article_text, raw_copy, tmp_path):
    """C30 prints 70,6%/76,1% (line 350); a paraphrase that says 67.1%, in English (claims)
    and in Kazakh (arguments, A25), fails the build with file, row and column, and nothing
    is written."""
    claims_path = raw_copy / "article" / "claims.csv"
    text = claims_path.read_text(encoding="utf-8")
    old = "were 70.6% and 76.1%, years not named."
    assert text.count(old) == 1
    claims_path.write_text(text.replace(old, "were 70.6% and 67.1%, years not named."), "utf-8")
    args_path = raw_copy / "article" / "arguments.csv"
    text = args_path.read_text(encoding="utf-8")
    assert text.count("(70,6%/76,1%)") == 1
    args_path.write_text(text.replace("(70,6%/76,1%)", "(70,6%/67,1%)"), encoding="utf-8")
    out = tmp_path / "processed"
    with pytest.raises(PipelineError) as err:
        pipeline.run(raw_copy, out, accept=True)
    found = {(p.file, p.line, p.column, p.value) for p in err.value.problems}
    assert found == {
        ("data/raw/article/claims.csv", 31, "paraphrase_en", "67.1"),  # C30
        ("data/raw/article/arguments.csv", 28, "paraphrase_kk", "67,1"),  # A25
    }
    message = str(err.value)
    assert "data/raw/article/claims.csv, line 31, column 'paraphrase_en'" in message
    assert "number not on lines 350 of 000_a46ed8cb280de15a.txt as printed" in message
    assert "nothing was written" in message
    assert not out.exists()
