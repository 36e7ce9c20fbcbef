"""Error messages are written for people: the rule in words (never pandera's name for a
check), the whole value or an ellipsis, the sum a closure check saw, the checksum only when
the edit is otherwise valid, and one short line when the article's text is missing."""

from __future__ import annotations

import logging
import re

import pytest

from analysis import paths, pipeline
from analysis.errors import MAX_SHOWN, PipelineError, clip
from analysis.io import read_raw_csv
from analysis.schemas.raw import RAW_TABLES
from analysis.validation import _describe

AT = "article/attitude_shares.csv"
#: pandera's names for its built-in checks, which a message must not show.
INTERNAL = re.compile(
    r"\b(isin|notin|less_than_or_equal_to|greater_than_or_equal_to|less_than|greater_than|"
    r"in_range|str_matches|str_length|equal_to|dtype)\("
)


def _problems(raw_copy, accept=True) -> list[str]:
    with pytest.raises(PipelineError) as err:
        pipeline.load_raw(raw_copy, accept=accept)
    return str(err.value).splitlines()


def _edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("check", "words"),
    [
        ("isin(['a', 'b'])", "value must be one of: a, b"),
        ("less_than_or_equal_to(100)", "value must be at most 100"),
        ("greater_than_or_equal_to(0)", "value must be at least 0"),
        ("greater_than(0)", "value must be greater than 0"),
        ("in_range(0, 100)", "value must lie between 0 and 100"),
        ("str_length(1, 5)", "text must be 1 to 5 characters long"),
        ("str_matches('^[a-z]+$')", "text does not have the required form (pattern ^[a-z]+$)"),
        ("dtype('int64')", "value must be a whole number"),
        ("category belongs to its table", "rule broken: category belongs to its table"),
    ],
)
def test_each_rule_is_said_in_words(check, words):
    assert _describe(check) == words
    assert not INTERNAL.search(_describe(check))


def test_an_unknown_category_lists_the_allowed_values_in_words(raw_copy):
    _edit(raw_copy / AT, "table1,2023,positive", "table1,2023,positve")
    lines = _problems(raw_copy)
    assert not [line for line in lines if INTERNAL.search(line) or "[" in line]
    assert any(
        "line 2, column 'category': value must be one of: changed_negative, changed_positive, "
        "negative, neutral, no_change, positive (found: positve)" in line
        for line in lines
    )


def test_a_closure_failure_gives_the_sum(raw_copy):
    _edit(raw_copy / AT, ",76.1,", ",76.5,")
    lines = [line for line in _problems(raw_copy) if "closes to 100" in line]
    assert lines, "the closure rule was not reported"
    assert all("(found: sum 100.3 (table_id table1, wave_year " in line for line in lines), lines


def test_a_long_value_ends_in_an_ellipsis_and_a_header_is_shown_whole(raw_copy):
    assert clip("x" * MAX_SHOWN) == "x" * MAX_SHOWN
    assert clip("x" * (MAX_SHOWN + 5)) == "x" * (MAX_SHOWN - 1) + "…"
    path = raw_copy / AT
    header, _, rest = path.read_text(encoding="utf-8").partition("\n")
    path.write_text(header.replace(",note", ",notes") + "\n" + rest, encoding="utf-8")
    with pytest.raises(PipelineError) as err:
        read_raw_csv(path, RAW_TABLES[AT].to_schema().columns)
    message = str(err.value)
    assert f"(found: {header.replace(',note', ',notes')})" in message
    assert "column 'note'" in message


def test_the_checksum_line_only_for_an_otherwise_valid_edit(raw_copy):
    path = raw_copy / AT
    _edit(path, "table1,2023,positive", "table1,2023,positve")
    invalid = _problems(raw_copy, accept=False)
    assert not [line for line in invalid if "checksum mismatch" in line]
    assert any("(found: positve)" in line for line in invalid)
    _edit(path, "table1,2023,positve", "table1,2023,positive")
    path.write_bytes(path.read_bytes() + b"\n")  # reads the same: valid, but edited
    valid = _problems(raw_copy, accept=False)
    assert len(valid) == 2, valid
    assert "data/raw/article/attitude_shares.csv: checksum mismatch" in valid[1]


def test_a_missing_text_is_one_short_line(raw_copy, tmp_path, monkeypatch, caplog):
    monkeypatch.setenv(paths.ARTICLE_TEXT_ENV, str(tmp_path / "absent.txt"))
    with caplog.at_level(logging.WARNING, logger="analysis.pipeline"):
        pipeline.load_raw(raw_copy)
    [message] = [r.getMessage() for r in caplog.records]
    assert "\n" not in message
    assert len(message.replace(str(tmp_path / "absent.txt"), "")) <= 150, message
    assert 'README.md, section "The article\'s text"' in message
