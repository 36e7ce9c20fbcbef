# ruff: noqa: E501 (the table of cases reads best one case per line)
"""Bad raw input never corrupts data/processed and always explains itself.

Every case edits one raw CSV of a copy of data/raw the way a student might, runs the
command-line pipeline (``--accept-edits``, so the edit is taken as deliberate) against an
already populated processed folder, and asserts: exit status 1; one reported problem naming
the file (``data/raw/...``), the CSV line, the column and the broken rule; the processed
folder byte-identical to before. Line numbers count the header as line 1.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from analysis import pipeline
from analysis.errors import PipelineError
from analysis.io import read_raw_csv
from analysis.paths import PROCESSED, RAW
from analysis.schemas.raw import RAW_TABLES, AwarenessByAgeRaw, MeetingsRaw
from analysis.validation import named_column, validate


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative path -> bytes), hidden files included."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def populated(tables) -> tuple[Path, dict[str, bytes]]:
    """A processed folder written from the real raw data, and its bytes: the test
    session's own pipeline run (the ``tables`` fixture), read, never written."""
    return PROCESSED, snapshot(PROCESSED)


@pytest.fixture
def processed(populated, tmp_path) -> Path:
    """A writable copy of the populated processed folder (so cases cannot affect each other)."""
    out = tmp_path / "processed"
    shutil.copytree(populated[0], out)
    return out


# --- how a case edits a file ---------------------------------------------------------------


def sub(old: str, new: str) -> Callable[[bytes], bytes]:
    """Replace the first ``old`` by ``new`` (the test fails loudly if ``old`` is gone)."""

    def edit(data: bytes) -> bytes:
        text = data.decode("utf-8")
        assert old in text, f"mutation target {old!r} not found"
        return text.replace(old, new, 1).encode("utf-8")

    return edit


def lines(fn: Callable[[list[str]], list[str]]) -> Callable[[bytes], bytes]:
    """Edit the file as a list of lines (without line ends)."""

    def edit(data: bytes) -> bytes:
        return ("\n".join(fn(data.decode("utf-8").split("\n")))).encode("utf-8")

    return edit


def cells(fn: Callable[[list[list[str]]], list[list[str]]]) -> Callable[[bytes], bytes]:
    """Edit the file as CSV records (header first), written back with csv.writer."""

    def edit(data: bytes) -> bytes:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(fn(rows))
        return buf.getvalue().encode("utf-8")

    return edit


def drop_column(name: str):
    def fn(rows):
        i = rows[0].index(name)
        return [r[:i] + r[i + 1 :] for r in rows]

    return cells(fn)


def recode(encoding: str) -> Callable[[bytes], bytes]:
    # Like Excel saving "CSV (comma delimited)" in a Cyrillic Windows locale: letters the code
    # page lacks (Kazakh ә, қ, ң, ...) become "?".
    return lambda data: data.decode("utf-8").encode(encoding, errors="replace")


@dataclass(frozen=True)
class Case:
    """One mutation and the problem it must produce."""

    id: str
    file: str  # path under data/raw
    edit: Callable[[bytes], bytes]
    line: int | None
    column: str | None
    rule: str  # a fragment of the rule's wording
    reported_in: str | None = None  # the file the problem names, when not the edited one


AW = "article/awareness_by_age.csv"
AT = "article/attitude_shares.csv"
SW = "article/survey_waves.csv"
EI = "article/expert_interviews.csv"
KF = "article/kurultai_facts.csv"
SE = "article/sections.csv"
PE = "article/persons.csv"
NE = "article/newcomers.csv"
ME = "article/meetings.csv"
MP = "article/meeting_participants.csv"
WP = "article/world_practices.csv"
MC = "article/member_categories.csv"
SS = "public/sessions.csv"
EP = "public/epilogue_2026.csv"
WPP = "public/wpp2024_kazakhstan_age5.csv"

CASES = [
    # wrong type
    Case("decimal-comma", AW, sub(",32.0,", ',"32,0",'), 2, "share_pct", "decimal comma"),
    Case("share-text", AW, sub(",32.0,", ",about 32,"), 2, "share_pct", "must be a number"),
    Case("share-nan", AW, sub(",32.0,", ",NaN,"), 2, "share_pct", "leave the cell empty"),
    Case("share-inf", AW, sub(",39.7,", ",inf,"), 3, "share_pct", "must be a number"),
    Case("share-percent-sign", AW, sub(",42.4,", ",42.4%,"), 4, "share_pct", "% sign"),
    Case("share-leading-space", AW, sub(",32.0,", ", 32.0,"), 2, "share_pct", "spaces"),
    Case("share-nbsp", AW, sub(",32.0,", ",32.0\u00a0,"), 2, "share_pct", "spaces"),
    Case("year-letter-o", AW, sub("2023,18-28", "2O23,18-28"), 2, "wave_year", "whole number"),
    Case("age-decimal", AW, sub(",18,28,", ",18.5,28,"), 2, "age_min", "no decimals"),
    Case("thousands-space", SW, sub(",2400,", ",2 400,"), 2, "respondents", "thousands"),
    Case("thousands-comma", SW, sub(",1200,", ',"1,200",'), 3, "respondents", "thousands"),
    Case("bool-yes", EI, sub(",true,", ",yes,"), 2, "includes_members", "true or false"),
    Case("required-empty", EI, sub("50,11,", ",11,"), 2, "experts", "required (empty cell)"),
    Case("float-in-int", MP, sub("M01,1,", "M01,1.0,"), 2, "person_order", "no decimals"),
    # percent above 100 or below 0, other ranges
    Case("share-above-100", AW, sub(",39.7,", ",139.7,"), 3, "share_pct", "at most 100"),
    Case("share-below-0", AW, sub(",32.0,", ",-1,"), 2, "share_pct", "at least 0"),
    Case("attitude-above-100", AT, sub(",20.2,", ",120.2,"), 4, "share_pct", "at most 100"),
    Case("figure-negative", WP, sub(",,,,,[5]", ",-3,count,x,x,[5]"), 2, "figure_value", "at least 0"),
    Case("population-zero", WPP, sub(",2055.827,", ",0,"), 2, "total_2020", "greater than 0"),
    Case("sections-negative", SS, sub("Ulytau region,,,,", "Ulytau region,,,-4,"), 2, "sections", "at least 0"),
    Case("min-age-12", SW, sub(",2400,18,", ",2400,12,"), 2, "min_age", "at least 15"),
    # shares of one table not closing to 100
    Case("table1-not-100", AT, sub(",76.1,", ",76.5,"), 2, "share_pct", "closes to 100"),
    Case("table2-not-100", AT, sub(",15.7,", ",25.7,"), 11, "share_pct", "closes to 100"),
    Case("implied-not-residual", AT, sub(",6.6,implied", ",6.7,implied"), 12, "share_pct", "100 minus the others"),
    # duplicate keys
    Case("dup-section-order", SE, sub("2,Мәдениет", "1,Мәдениет"), 3, "section_order", "unique"),
    Case("dup-person-id", PE, sub("baymenov-a,", "qulekeev-zh,"), 3, "person_id", "unique"),
    Case("dup-meeting-id", ME, sub("M02,", "M01,"), 3, "meeting_id", "unique"),
    Case("dup-wave-age", AW, sub("2023,29-60,", "2023,18-28,"), 4, "wave_year+age_group", "unique together"),
    Case("dup-table-wave-category", AT, sub("table1,2023,neutral", "table1,2023,positive"), 4, "table_id+wave_year+category", "unique together"),
    Case("dup-newcomer-name", NE, sub("2,Б. Алтынбеков", "2,М. Айнабеков"), 3, "name_as_printed", "unique"),
    Case("dup-meeting-date", ME, sub("2022-05-05", "2022-04-25"), 3, "meeting_date", "unique"),
    # unknown category
    Case("category-typo", AT, sub("table1,2023,positive", "table1,2023,positve"), 2, "category", "value must be one of"),
    Case("category-wrong-table", AT, sub("table1,2023,neutral", "table1,2023,no_change"), 4, "category", "category belongs to its table"),
    Case("age-group-unknown", AW, sub("2023,18-28,", "2023,18-29,"), 2, "age_group", "value must be one of"),
    Case("mode-unknown", SW, sub("face-to-face", "online"), 2, "mode", "value must be one of"),
    Case("confidence-unknown", SS, sub(",high\n", ",very high\n"), 2, "confidence", "value must be one of"),
    Case("value-status-typo", AW, sub(",reported,", ",reportd,"), 2, "value_status", "value must be one of"),
    Case("figure-unit-unknown", WP, sub(",percent,", ",pct,"), 8, "figure_unit", "value must be one of"),
    Case("person-order-3", MP, sub("M02,1,", "M02,3,"), 3, "person_order", "value must be one of"),
    Case("list-id-unknown", MC, sub("fields_of_activity,1,", "fields,1,"), 2, "list_id", "value must be one of"),
    # malformed or out-of-range dates
    Case("month-13", ME, sub("2022-04-25", "2022-13-25"), 2, "meeting_date", "calendar"),
    Case("feb-30", ME, sub("2022-05-05", "2022-02-30"), 3, "meeting_date", "calendar"),
    Case("dotted-date", ME, sub("2022-04-25", "25.04.2022"), 2, "meeting_date", "YYYY-MM-DD"),
    Case("slashed-date", SW, sub("2023-07-20", "20/07/2023"), 2, "fieldwork_start", "YYYY-MM-DD"),
    Case("date-before-body", ME, sub("2022-04-25", "2021-04-25"), 2, "meeting_date", "at least 2022-01-01"),
    Case("date-after-body", EP, sub("2026-01-20,", "2027-01-20,"), 2, "date", "at most 2026-12-31"),
    Case("fieldwork-reversed", SW, sub("2023-07-20,2023-07-31", "2023-07-31,2023-07-20"), 2, "fieldwork_end", "on or after fieldwork_start"),
    Case("sections-after-plenary", SS, sub("2023-06-16,2023-06-17", "2023-06-18,2023-06-17"), 3, "sections_date", "before the plenary"),
    Case("decree-not-a-date", KF, sub("decree_date,2022-06-14", "decree_date,2022-06-31"), 2, "value", "type its fact needs"),
    # text that must have a form
    Case("person-id-capital", PE, sub("qulekeev-zh,", "Qulekeev-zh,"), 2, "person_id", "required form"),
    Case("meeting-id-form", ME, sub("M01,", "M1,"), 2, "meeting_id", "required form"),
    Case("locator-form", PE, sub(",469,", ",469 470,"), 2, "locator", "required form"),
    # missing or extra column
    Case("missing-column", ME, drop_column("date_as_printed"), 1, "date_as_printed", "required column is missing"),
    Case("extra-column", ME, lines(lambda ls: [ls[0] + ",comment"] + [x + "," if x else x for x in ls[1:]]), 1, "comment", "not in the codebook"),
    Case("renamed-column", SE, sub("name_en", "name_english"), 1, "name_en", "required column is missing"),
    Case("duplicated-column", SE, sub(",locator\n", ",locator,locator\n"), 1, "locator", "more than once"),
    Case("columns-swapped", SE, sub("name_kk,name_en", "name_en,name_kk"), 1, None, "out of order"),
    # row layout
    Case("extra-field", ME, sub("M01,2022-04-25,", "M01,2022-04-25,x,"), 2, None, "row has 5 field(s)"),
    Case("missing-field", SE, sub(",III,441-443\n", ",441-443\n"), 2, None, "row has 4 field(s)"),
    Case("blank-line-inside", SE, sub("\n2,", "\n\n2,"), 3, None, "blank line"),
    Case("line-break-in-cell", ME, sub("M01,2022-04-25,", 'M01,"2022-04-25\n",'), 2, None, "line break"),
    Case("repeated-header", ME, lambda d: d + d.split(b"\n")[0] + b"\n", 22, None, "header row is repeated"),
    Case("unclosed-quote", SE, lambda d: d + b'5,"Unclosed,x,III,441-443\n', 6, None, "quote"),
    # empty file, wrong delimiter or encoding
    Case("empty-file", SE, lambda d: b"", None, None, "file is empty"),
    Case("blank-file", SE, lambda d: b"\n\n  \n", None, None, "file is empty"),
    Case("header-only", SE, lambda d: d.split(b"\n")[0] + b"\n", None, None, "no data rows"),
    Case("semicolons", ME, lambda d: d.replace(b",", b";"), 1, None, "separated by commas"),
    Case("tabs", SE, lambda d: d.replace(b",", b"\t"), 1, None, "separated by commas"),
    Case("cp1251-persons", PE, recode("cp1251"), 2, "name_kk", "UTF-8"),
    Case("cp1251-meetings", ME, recode("cp1251"), 2, "date_as_printed", "cp1251"),
    Case("utf16", SE, recode("utf-16"), 1, None, "UTF-8"),
    Case("excel-cyrillic-semicolons", ME, lambda d: recode("cp1251")(d.replace(b",", b";")), 1, None, "separated by commas"),
    # stated counts, references between tables
    Case("stated-newcomers", KF, sub("rotation_newcomers,32,", "rotation_newcomers,33,"), 9, "value", "stated count of newcomers (33)"),
    Case("stated-sections", KF, sub("sections_count,4,", "sections_count,5,"), 13, "value", "stated count of sections (5)"),
    Case("newcomer-deleted", NE, lines(lambda ls: [x for x in ls if not x.startswith("2,")]), 9, "value", "(32) does not match the 31 rows", KF),
    Case("unknown-person-in-table3", MP, sub("shin-yu", "shin-yy"), 20, "person_id", "person id does not exist"),
    Case("unknown-person-newcomer", NE, sub("aynabekov-m", "aynabekov-n"), 2, "person_id", "person id does not exist"),
    Case("unknown-meeting", MP, sub("M02,1,", "M99,1,"), 3, "meeting_id", "meeting id does not exist"),
    Case("meeting-without-people", ME, lambda d: d + b"M21,2025-06-01,1 june,600\n", 22, "meeting_id", "no row in article/meeting_participants.csv"),
    Case("fact-row-deleted", KF, lines(lambda ls: [x for x in ls if not x.startswith("secretary,")]), None, "fact_id", "every fact"),
]  # fmt: skip


def expected_prefix(case: Case) -> str:
    where = f"data/raw/{case.reported_in or case.file}"
    where += f", line {case.line}" if case.line is not None else ""
    where += f", column '{case.column}'" if case.column else ""
    return f"  - {where}: "


def test_at_least_fifty_cases_over_many_tables():
    assert len(CASES) >= 50
    assert len({c.id for c in CASES}) == len(CASES)
    assert len({c.file for c in CASES}) >= 12


_VALIDATED: dict[tuple[str, str, str], pd.DataFrame] = {}


@pytest.fixture
def memo_validation(monkeypatch):
    """Validate each distinct raw table once per test session.

    Each case changes one file; validating the other (unchanged) tables again for every case
    would only repeat the same work. The memo is keyed by the exact text content of the
    frame, so the edited table is always validated afresh; failures are never memoised.
    """
    real = pipeline.validate

    def validate_once(frame, model, file):
        key = (file, model.__name__, frame.to_csv(index=False))
        if key not in _VALIDATED:
            _VALIDATED[key] = real(frame, model, file)
        return _VALIDATED[key].copy(deep=True)

    monkeypatch.setattr(pipeline, "validate", validate_once)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
@pytest.mark.usefixtures("memo_validation")
def test_mutation_is_reported_and_nothing_written(case, raw_copy, processed, populated, capsys):
    path = raw_copy / case.file
    path.write_bytes(case.edit(path.read_bytes()))
    status = pipeline.main(["--raw", str(raw_copy), "--out", str(processed), "--accept-edits"])
    err = capsys.readouterr().err
    assert status == 1
    assert "nothing was written" in err
    reported = [ln for ln in err.splitlines() if ln.startswith(expected_prefix(case))]
    assert any(case.rule in ln for ln in reported), (
        f"expected {expected_prefix(case)!r}... with {case.rule!r}; got:\n{err}"
    )
    assert snapshot(processed) == populated[1]
    assert not list(processed.parent.glob(".processed*")), "staging folder left behind"


# --- accepted variants give byte-identical output ---------------------------------------------


VARIANTS = {
    "utf8-bom": lambda d: b"\xef\xbb\xbf" + d,
    "crlf": lambda d: d.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"),
    "lf": lambda d: d.replace(b"\r\n", b"\n"),
    "trailing-blank-lines": lambda d: d + b"\n\n",
    "no-final-newline": lambda d: d.rstrip(b"\r\n"),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_harmless_variants_read_to_the_same_frames(variant, tmp_path):
    """Each accepted way of saving a CSV gives exactly the frame of the original, for every
    raw table."""
    for path, model in RAW_TABLES.items():
        columns = model.to_schema().columns
        original = read_raw_csv(RAW / path, columns)
        copy = tmp_path / path.replace("/", "_")
        copy.write_bytes(VARIANTS[variant]((RAW / path).read_bytes()))
        pd.testing.assert_frame_equal(read_raw_csv(copy, columns), original)


def test_bom_and_windows_line_ends_give_identical_output(raw_copy, populated, tmp_path):
    """Every raw CSV saved as Excel's "CSV UTF-8" does (byte-order mark, CRLF, no final
    newline): the processed folder is byte-identical."""
    for path in sorted(raw_copy.glob("*/*.csv")):
        data = path.read_bytes()
        for variant in ("lf", "crlf", "no-final-newline", "utf8-bom"):
            data = VARIANTS[variant](data)
        path.write_bytes(data)
    assert (raw_copy / ME).read_bytes().startswith(b"\xef\xbb\xbfmeeting_id,")
    assert b"\r\nM02," in (raw_copy / ME).read_bytes()
    out = tmp_path / "processed"
    pipeline.run(raw_copy, out, accept=True)
    assert snapshot(out) == populated[1]


# --- checksums -----------------------------------------------------------------------------


def test_excel_style_booleans_are_read_as_booleans(tmp_path):
    path = tmp_path / "expert_interviews.csv"
    path.write_bytes((RAW / EI).read_bytes().replace(b",true,", b",TRUE,"))
    frame, error = _read_and_validate(path, RAW_TABLES[EI])
    assert error is None
    assert frame["includes_members"].dtype == bool
    assert frame["includes_members"].tolist() == [True]


def test_tampered_file_names_both_checksums(raw_copy, processed, populated, capsys):
    path = raw_copy / ME
    recorded = yaml.safe_load((raw_copy / "article" / "source.yml").read_text("utf-8"))
    old = recorded["files"]["meetings.csv"]["sha256"]
    path.write_bytes(path.read_bytes().replace(b"2022-04-25", b"2022-04-26", 1))
    new = hashlib.sha256(path.read_bytes()).hexdigest()
    # The second coding matches meetings by date, so a deliberate edit moves its date too:
    # the edit is otherwise valid, and only then is the checksum the news (an invalid edit
    # is reported by its rules alone, tests/test_messages.py).
    coding = raw_copy / "coding" / "second_coding.csv"
    coding.write_bytes(coding.read_bytes().replace(b"2022-04-25", b"2022-04-26", 1))
    status = pipeline.main(["--raw", str(raw_copy), "--out", str(processed)])
    err = capsys.readouterr().err
    assert status == 1
    assert (
        f"data/raw/article/meetings.csv: checksum mismatch: source.yml records sha256 {old}" in err
    )
    assert f"but the file has sha256 {new}" in err
    assert "nox -s pipeline -- --accept-edits" in err
    assert snapshot(processed) == populated[1]

    assert "data/raw/coding/second_coding.csv: checksum mismatch" in err

    # The explicit option accepts the deliberate edit and records the new checksum.
    status = pipeline.main(["--raw", str(raw_copy), "--out", str(processed), "--accept-edits"])
    assert status == 0
    record = yaml.safe_load((raw_copy / "article" / "source.yml").read_text("utf-8"))
    assert record["files"]["meetings.csv"]["sha256"] == new
    assert record["files"]["meetings.csv"]["bytes"] == path.stat().st_size
    log = pd.read_parquet(processed / "meetings_log.parquet")
    assert log["meeting_date"].min() == pd.Timestamp("2022-04-26")


def test_accept_edits_leaves_untouched_source_records_alone(raw_copy):
    before = {p: p.read_bytes() for p in raw_copy.glob("*/source.yml")}
    pipeline.load_raw(raw_copy, accept=True)
    assert {p: p.read_bytes() for p in raw_copy.glob("*/source.yml")} == before


def test_unlisted_file_is_reported(raw_copy, processed, populated, capsys):
    (raw_copy / "article" / "stray.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    status = pipeline.main(["--raw", str(raw_copy), "--out", str(processed), "--accept-edits"])
    err = capsys.readouterr().err
    assert status == 1
    assert "  - data/raw/article/stray.csv: file not listed in source.yml" in err
    assert snapshot(processed) == populated[1]


# --- failures after validation also leave the folder untouched -------------------------------


def _replace_output(monkeypatch, name: str, build) -> None:
    outputs = [
        o if o.name != name else type(o)(o.name, build, o.model, o.inputs, o.title)
        for o in pipeline.OUTPUTS
    ]
    assert outputs != pipeline.OUTPUTS
    monkeypatch.setattr(pipeline, "OUTPUTS", outputs)


def test_crash_inside_a_builder(monkeypatch, processed, populated, capsys):
    def broken(raw, built):
        raise KeyError("some_column")

    _replace_output(monkeypatch, "meetings_log", broken)
    status = pipeline.main(["--out", str(processed)])
    err = capsys.readouterr().err
    assert status == 1
    assert "  - data/processed/meetings_log: could not be computed (built from" in err
    assert "data/raw/article/meetings.csv" in err
    assert "KeyError: 'some_column'" in err
    assert snapshot(processed) == populated[1]


def test_derived_table_breaking_its_model(monkeypatch, processed, populated, capsys):
    original = {o.name: o for o in pipeline.OUTPUTS}["survey_waves"].build

    def bad(raw, built):
        frame = original(raw, built).copy()
        frame.loc[1, "respondents"] = -5
        return frame

    _replace_output(monkeypatch, "survey_waves", bad)
    status = pipeline.main(["--out", str(processed)])
    err = capsys.readouterr().err
    assert status == 1
    assert "derived tables are invalid; nothing was written" in err
    assert "  - data/processed/survey_waves, line 3, column 'respondents': value must be" in err
    assert snapshot(processed) == populated[1]


def test_unexpected_exception_while_serialising(monkeypatch, processed, populated, capsys):
    def boom(tables):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(
        pipeline, "build", lambda raw, parameters=None: {"t": pd.DataFrame({"a": [1]})}
    )
    monkeypatch.setattr(pipeline, "serialise", boom)
    status = pipeline.main(["--out", str(processed)])
    err = capsys.readouterr().err
    assert status == 1
    assert "RuntimeError: disk on fire" in err
    assert "unexpected error (see above); nothing was written" in err
    assert snapshot(processed) == populated[1]


def test_failed_swap_puts_the_old_folder_back(monkeypatch, processed, populated):
    real_rename = Path.rename

    def rename(self, target):
        if self.name.startswith(".processed.staging-"):
            raise OSError("simulated failure during the swap")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OSError, match="simulated"):
        pipeline.write_processed({"x.csv": b"a\n"}, processed)
    assert snapshot(processed) == populated[1]
    assert not list(processed.parent.glob(".processed*"))


# --- generated cases (hypothesis) ------------------------------------------------------------

AWARENESS = RAW / AW
# Cells as a student might type a share: numbers in many spellings, words, symbols, Cyrillic.
share_text = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(places=1, allow_nan=False, allow_infinity=False).map(str),
    st.integers(-1000, 1000).map(str),
    st.from_regex(r"[+-]?\d{1,3}[,.]\d{1,2}%?", fullmatch=True),
    st.text(alphabet="0123456789.,-+eE %ҚқӘәабв\u00a0", min_size=1, max_size=8),
)


def _read_and_validate(path: Path, model) -> tuple[pd.DataFrame | None, PipelineError | None]:
    try:
        return validate(read_raw_csv(path, model.to_schema().columns), model, "f.csv"), None
    except PipelineError as exc:
        return None, exc


def _write_row_cell(frame_text: str, row: int, column: str, value: str) -> str:
    rows = list(csv.reader(io.StringIO(frame_text, newline="")))
    rows[row + 1][rows[0].index(column)] = value
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(row=st.integers(0, 5), value=share_text)
def test_any_share_cell_parses_exactly_or_names_its_cell(tmp_path, row, value):
    path = tmp_path / "awareness_by_age.csv"
    path.write_text(_write_row_cell(AWARENESS.read_text("utf-8"), row, "share_pct", value), "utf-8")
    frame, error = _read_and_validate(path, AwarenessByAgeRaw)
    if error is not None:
        assert error.problems, "an error must carry problems"
        for p in error.problems:
            assert p.file == "f.csv" or p.file.endswith("awareness_by_age.csv")
            if p.column == "share_pct" or p.line is not None:
                assert p.line == row + 2
                assert p.column == "share_pct"
        return
    # Accepted: the cell was a plain decimal in range and is read as exactly that number.
    parsed = frame.loc[row, "share_pct"]
    assert parsed == float(value)
    assert 0 <= parsed <= 100
    assert value == value.strip()
    assert "," not in value


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(row=st.integers(0, 19), value=st.text(min_size=1, max_size=12))
def test_any_meeting_date_cell_parses_exactly_or_names_its_cell(tmp_path, row, value):
    path = tmp_path / "meetings.csv"
    source = (RAW / ME).read_text("utf-8")
    path.write_text(_write_row_cell(source, row, "meeting_date", value), "utf-8")
    frame, error = _read_and_validate(path, MeetingsRaw)
    if error is not None:
        # The edited cell is named (a duplicate date also names the row it repeats); a value
        # that breaks the row itself (a line break, a NUL) names the line only.
        assert any(
            p.line == row + 2 and p.column in ("meeting_date", None) for p in error.problems
        ), str(error)
        return
    assert frame.loc[row, "meeting_date"] == pd.Timestamp(value)
    assert len(value) == 10
    assert value[4] + value[7] == "--"


cell_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=30
).filter(lambda s: s == s.strip())


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(cell_text, min_size=1, max_size=5))
def test_text_cells_survive_quoting(tmp_path, values):
    """Any text without leading/trailing blanks or line breaks (quotes, commas, Cyrillic,
    `<script>`) is read back exactly as written by a CSV writer."""
    assume(values != [f"c{i}" for i in range(len(values))])
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([f"c{i}" for i in range(len(values))])
    writer.writerow(values)
    path = tmp_path / "t.csv"
    path.write_text(buf.getvalue(), "utf-8")
    frame = read_raw_csv(path, [f"c{i}" for i in range(len(values))])
    assert frame.iloc[0].tolist() == values


def test_every_row_wise_rule_names_a_column():
    """Problems from a row-wise check name the first column its name mentions; so every such
    check of a raw model must mention one (otherwise a student is not told where to look)."""
    missing = []
    for path, model in RAW_TABLES.items():
        schema = model.to_schema()
        for check in schema.checks:
            if named_column(check.name, list(schema.columns)) is None:
                missing.append(f"{path}: {check.name}")
    assert missing == []


def test_rules_keep_their_names_in_models_that_inherit_them():
    """A processed model that inherits a raw model's rules (``Sessions`` on ``SessionsRaw``)
    and the raw model both name every rule in words, whichever is converted first (pandera
    falls back to the function's name, ``_order``, for the second: see
    ``analysis.schemas.common.table_check``)."""
    from analysis.pipeline import OUTPUTS

    models = [o.model for o in OUTPUTS] + list(RAW_TABLES.values())
    for model in [*models, *reversed(models)]:
        names = [c.name for c in model.to_schema().checks if c.name]
        assert not [n for n in names if n.startswith("_")], (model.__name__, names)
