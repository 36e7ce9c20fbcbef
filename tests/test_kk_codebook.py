"""The Kazakh codebook and sources appendix: every processed table, column and table rule,
and every field of every ``source.yml``, has its Kazakh text, with the English text's numbers
and no English words left (names of formats, software and symbols aside)."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path
from unittest import mock

import pytest
from kk_dates import as_iso

from analysis import codebook, pipeline, reproducing
from analysis.errors import PipelineError
from analysis.i18n import formats
from analysis.provenance import load_source, source_folders
from analysis.reproducing import SOURCE_FIELDS

CYRILLIC = re.compile(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІіҺһ]")
#: Latin words a Kazakh description may hold outside code spans: formats, software,
#: statistical symbols, identifiers and Roman numerals (the Kazakh edition's conventions).
LATIN_ALLOWED = {
    "csv", "svg", "png", "json", "yaml", "yml", "parquet", "vega", "lite", "quarto",
    "python", "pandas", "pandera", "statsmodels", "wpp", "iso", "url", "sha", "doi", "cc",
    "by", "igo", "issn", "eissn", "p", "n", "x", "id", "i", "ii", "iii", "iv", "v",
}  # fmt: skip
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
#: English month names, wide and abbreviated ('February', 'Feb'), to their numbers.
_EN_MONTHS = {
    formats.month_name(m, "en", width): m for width in ("wide", "abbreviated") for m in range(1, 13)
}
_EN_DAY = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(_EN_MONTHS)})\.? (\d{{4}})\b")


def numbers(text: str, lang: str) -> set[str]:
    """The numbers of two or more digits, or with a decimal part, in ``text`` (English or
    Kazakh format; thousands separators dropped, a decimal comma made a point)."""
    if lang != "en":
        text = as_iso(text)  # «2026 ж. 25 қараша», «2026 жылғы 25 қараша»: 2026-11-25
    else:  # '25 November 2026' as ISO too, so that a date in words or in digits compares
        text = _EN_DAY.sub(lambda m: f"{m[3]}-{_EN_MONTHS[m[2]]:02d}-{int(m[1]):02d}", text)
    text = text.replace("\u2212", "-").replace("\u2013", "-")
    if lang == "en":
        text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    else:
        text = re.sub(r"(?<=\d)[\u00a0\u202f ](?=\d{3}\b)", "", text)
    # Kazakh decimals, and the article's own numbers quoted in English ('70,6%').
    text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    return {n for n in _NUMBER.findall(text) if "." in n or len(n) > 1}


def english_words(text: str) -> set[str]:
    """Latin words of ``text`` outside code spans, URLs and paths, less the allowed ones."""
    plain = re.sub(r"`[^`]*`", "", text)
    plain = re.sub(r"https?://\S+|\S+/\S+|\S+\.(?:csv|txt|yml|py)\b", "", plain)
    return {w for w in re.findall(r"[A-Za-z]{2,}", plain) if w.lower() not in LATIN_ALLOWED}


def _model_texts() -> list[tuple[str, str, str]]:
    """(where, English text, Kazakh text) for every title, description, table rule and
    column of every processed table."""
    rows = []
    for out in pipeline.OUTPUTS:
        schema = out.model.to_schema()
        doc = codebook.table_doc(out)
        rows += [
            (f"{out.name}.title", out.title, codebook._own(out.name, "kk", "title")),
            (f"{out.name}.description", doc, codebook._own(out.name, "kk", "description")),
        ]
        for check in (c.name for c in schema.checks if c.name):
            rows.append(
                (f"{out.name}.checks", check, codebook._own(out.name, "kk", "checks", check))
            )
        for name, col in schema.columns.items():
            kazakh = codebook._own(out.name, "kk", "columns", name)
            rows.append((f"{out.name}.{name}", col.description or "", kazakh))
    return rows


TEXTS = _model_texts()


def test_every_table_column_and_rule_has_kazakh_text():
    missing = [where for where, _, kk in TEXTS if not CYRILLIC.search(kk)]
    assert not missing, missing
    assert len(TEXTS) > 500  # 43 tables: titles, descriptions, rules and 484 columns


def test_the_kazakh_codebook_names_only_tables_columns_and_rules_that_exist():
    outputs = {o.name: o.model.to_schema() for o in pipeline.OUTPUTS}
    texts = codebook.codebook_texts("kk")
    assert set(texts) == set(outputs)
    for table, entry in texts.items():
        schema = outputs[table]
        assert set(entry) <= {"title", "description", "checks", "columns"}, table
        assert list(entry["columns"]) == list(schema.columns), table
        rules = {c.name for c in schema.checks if c.name}
        assert set(entry.get("checks") or {}) == rules, table


@pytest.mark.parametrize(("where", "en", "kk"), TEXTS, ids=[t[0] for t in TEXTS])
def test_kazakh_text_keeps_the_numbers_and_leaves_no_english(where, en, kk):
    assert numbers(kk, "kk") == numbers(en, "en")
    assert not english_words(kk), sorted(english_words(kk))


def test_the_kazakh_codebook_page_shows_no_english_description():
    kk = codebook.codebook_markdown(lang="kk")
    assert 'lang="en"' not in kk
    assert "*сан, бірлігі: пайыз (0–100).*" in kk
    # The Kazakh decimal comma in the rules' own words.
    assert "0,2 п.т." in kk


def _texts_in(folder: Path) -> dict:
    """The codebook texts of a language whose catalog folder is ``folder``'s parent."""
    lang_dir = folder.parent / "xx"
    shutil.copytree(folder, lang_dir / codebook.CODEBOOK_DIR, dirs_exist_ok=True)
    with mock.patch.object(codebook, "LOCALES", folder.parent):
        return codebook.codebook_texts.__wrapped__("xx")


def test_a_duplicate_or_broken_kazakh_codebook_file_is_named(tmp_path):
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    (tmp_path / "a.yml").write_text("survey_waves:\n  title: А\n", encoding="utf-8")
    (tmp_path / "b.yml").write_text("survey_waves:\n  title: Б\n", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"b\.yml.*survey_waves.*also described in.*a\.yml"):
        _texts_in(tmp_path)
    (tmp_path / "b.yml").write_text("persons: [\n", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"b\.yml.*not valid YAML"):
        _texts_in(tmp_path)


def _source_texts() -> list[tuple[str, str, str]]:
    rows = []
    for folder in source_folders():
        record = load_source(folder)
        for key in SOURCE_FIELDS:
            # An ISO date is the same in both languages (the appendix prints it as it is).
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(record[key])):
                rows.append((f"{folder.name}.{key}", str(record[key]), record.get(f"{key}_kk")))
        for name, meta in (record.get("files") or {}).items():
            rows.append((f"{folder.name}.{name}", meta["description"], meta.get("description_kk")))
        for name, meta in (record.get("seeds") or {}).items():
            rows.append((f"{folder.name}.{name}", meta["used_for"], meta.get("used_for_kk")))
    return rows


SOURCES = _source_texts()


@pytest.mark.parametrize(("where", "en", "kk"), SOURCES, ids=[t[0] for t in SOURCES])
def test_every_source_field_has_its_kazakh_twin(where, en, kk):
    assert kk, where
    assert CYRILLIC.search(str(kk)), where
    assert numbers(str(kk), "kk") == numbers(en, "en")
    assert not english_words(str(kk)), sorted(english_words(str(kk)))


def test_the_kazakh_sources_appendix_names_the_authors_in_cyrillic():
    kk = reproducing.sources_markdown(lang="kk")
    assert 'lang="en"' not in kk
    authors = re.search(r"^- \*\*Авторы \(шығарушысы\):\*\* (.+)$", kk, re.M)[1]
    assert not re.search(r"[A-Za-z]", authors)
    assert Counter(authors.split(", ")).total() == 3


def test_rules_show_codes_and_no_empty_rule_list():
    for lang, rules in (("en", "*Rules:*"), ("kk", "*Ережелері:*")):
        page = codebook.codebook_markdown(lang=lang)
        assert f"{rules} ." not in page, lang
        # Allowed values are codes: set as code, each once.
        assert "`reported`, `inferred`, `implied`, `derived`" in page, lang
        assert "`matches`, `matches`" not in page, lang
        assert ".." not in re.sub(r"`[^`]*`|\.\./|\.\.\.", "", page), lang


def test_the_english_sources_appendix_shows_no_kazakh_twin():
    assert "_kk:" not in reproducing.sources_markdown()
    en = reproducing.source_files_markdown()
    assert "_kk:" not in en
    assert "used for: National Council of Public Trust" in en
    kk = reproducing.source_files_markdown(lang="kk")
    assert "не үшін қолданылды: Ұлттық қоғамдық сенім кеңесі" in kk
