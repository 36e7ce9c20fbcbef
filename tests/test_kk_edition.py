"""The Kazakh edition mirrors the English one: the same chapters, figures, tables,
cross-references and numbers (after the number format), Kazakh words in its figures."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from kk_dates import as_iso

from analysis import chapters, registry
from analysis.paths import BOOK

KK = BOOK / "kk"
EN_CHAPTERS = chapters.chapter_files(BOOK)
#: Latin words allowed in Kazakh figure and table text: software and format names,
#: statistical symbols and abbreviations (see the Kazakh edition's conventions).
LATIN_ALLOWED = {
    "csv",
    "svg",
    "png",
    "vega",
    "lite",
    "quarto",
    "python",
    "pandas",
    "statsmodels",
    "altair",
    "wpp",
    "un",
    "ci",
    "p",
    "n",
    "x",
    "id",
    "json",
    "yml",
    "parquet",
    "ii",
    "iii",
    "iv",
    "v",
    "i",
    "egov",
    "https",
    "http",
    "www",
    "kz",
    "org",
    "net",
    "com",
    "ru",
}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def normalise(text: str, lang: str) -> str:
    """A text's numbers in one format: English thousands commas (2,400) or Kazakh no-break
    spaces (2 400) dropped, the Kazakh decimal comma made a point, minus signs made one
    character."""
    if lang != "en":
        text = as_iso(text, words=False)  # a table's «2022 ж. 14 маусым» is the English 2022-06-14
    text = text.replace("\u2212", "-").replace("\u2013", "-")
    if lang == "en":
        return re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    text = re.sub(r"(?<=\d)[\u00a0\u202f](?=\d{3}\b)", "", text)
    return re.sub(r"(?<=\d),(?=\d)", ".", text)


def numbers(text: str, lang: str) -> Counter:
    """The multiset of numbers in a text of language ``lang`` (after :func:`normalise`):
    every number with a decimal part or of two digits or more. Single digits are left out,
    because each language may write small counts as words ("six", "алты")."""
    found = _NUMBER.findall(normalise(text, lang))
    return Counter(n for n in found if "." in n or len(n) > 1)


def test_every_chapter_has_its_kazakh_counterpart():
    kk = chapters.chapter_files(KK)
    assert [p.name for p in kk] == [p.name for p in EN_CHAPTERS]
    assert [p.name for p in kk if not p.is_file()] == []
    config = yaml.safe_load((KK / "_quarto.yml").read_text(encoding="utf-8"))
    assert config["lang"] == "kk"
    assert (KK / config["language"]).is_file()


@pytest.mark.parametrize("name", [p.name for p in EN_CHAPTERS])
def test_kazakh_chapter_mirrors_the_english(name):
    en, kk = BOOK / name, KK / name
    en_text, kk_text = en.read_text(encoding="utf-8"), kk.read_text(encoding="utf-8")
    # The same figures, tables and sections to refer to, and the same references.
    en_inc = [i.replace("artefacts/en/", "") for i in chapters.all_includes(en)]
    kk_inc = [i.replace("artefacts/kk/", "") for i in chapters.all_includes(kk)]
    assert kk_inc == en_inc
    en_all = "\n".join(
        [en_text] + [(BOOK / i).read_text("utf-8") for i in en_inc if i.endswith(".qmd")]
    )
    kk_all = "\n".join(
        [kk_text] + [(KK / i).read_text("utf-8") for i in kk_inc if i.endswith(".qmd")]
    )
    assert chapters.labels(kk_all) == chapters.labels(en_all)
    assert chapters.references(kk_all) == chapters.references(en_all)
    # The values it reads exist in both editions (a Kazakh sentence may need another
    # value than the English, e.g. a count without capitalisation, but never a missing one).
    assert {v.split(".")[0] for v in chapters.variables(kk_all)} <= {
        v.split(".")[0] for v in chapters.variables(en_all)
    } | {"params"}
    # A visible switch to the same page in the other language, both ways.
    stem = Path(name).stem
    assert f"](kk/{stem}.html)" in en_text
    assert f"](../{stem}.html)" in kk_text
    assert chapters.chunks(kk_text) == []
    assert "`{python}" not in kk_text


def test_every_label_is_in_the_same_chapter_of_both_editions(built_artefacts_kk):
    kk = {r["label"]: r["chapter"] for r in built_artefacts_kk["manifest"]["entries"]}
    assert kk == {e.label: e.chapter for e in registry.ENTRIES}


#: What one edition has more of on purpose: the Kazakh glossary also lists the Kazakh
#: edition's own (statistical) terms, source ``edition:kk`` in data/raw/article/glossary.csv
#: (:func:`analysis.arguments.glossary_for`), so its count and table differ from the English.
EDITION_VALUES = {"arguments.glossary_n"}
EDITION_TABLES = {"tbl-glossary"}


def test_kazakh_values_have_the_english_numbers(built_artefacts, built_artefacts_kk):
    en, kk = built_artefacts["variables"], built_artefacts_kk["variables"]
    assert set(kk) == set(en)
    differ = {}
    for namespace, values in en.items():
        assert set(kk[namespace]) == set(values), namespace
        for key, text in values.items():
            if f"{namespace}.{key}" in EDITION_VALUES:
                continue
            if numbers(text, "en") != numbers(kk[namespace][key], "kk"):
                differ[f"{namespace}.{key}"] = (text, kk[namespace][key])
    assert differ == {}


def _visible(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".svg":
        text = " ".join(re.findall(r"<text[^>]*>(.*?)</text>", text, flags=re.DOTALL))
    return _visible_text(text)


def _visible_text(text: str) -> str:
    """The text an HTML fragment shows (styles and tags removed, entities decoded)."""
    text = re.sub(r"<style.*?</style>", " ", text, flags=re.DOTALL)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


#: Tables whose editions show a different column on purpose, by label: the 0-based index of
#: that column, left out of the comparison. tbl-claims: the English second column (under
#: the claim's id and lines) is our English paraphrase of each claim, the Kazakh one the
#: article's own words (a Kazakh paraphrase of a Kazakh quote would add nothing), and they
#: carry different numbers; the verdict, printed and data columns must still agree.
EDITION_COLUMNS = {"tbl-claims": 1}
#: Tables where the English edition prints the article's Kazakh beside its English wording
#: (tbl-meetings: each topic as our English paraphrase with the article's words in
#: brackets; tbl-composition-facts: the English value beside the article's words, where
#: the Kazakh edition prints the article's words alone when they show the count), so each
#: number appears twice in English and once in Kazakh: the two must show the same numbers,
#: not the same count of each.
BILINGUAL_CELLS = {"tbl-meetings", "tbl-composition-facts"}
#: Tables whose Kazakh edition gives a date only in the article's own words («2022 жылғы 14
#: маусым», the value is data) where the English table prints the ISO date: the English
#: date is read as its year and day, the month being a word in the Kazakh.
ARTICLE_DATES = {"tbl-composition-facts"}


def _drop_column(html_text: str, index: int) -> str:
    """``html_text`` with the ``index``-th cell (0-based) of every table row removed."""

    def row(m: re.Match) -> str:
        cells = list(re.finditer(r"<t[dh]\b.*?</t[dh]>", m.group(0), flags=re.DOTALL))
        if len(cells) <= index:
            return m.group(0)
        c = cells[index]
        return m.group(0)[: c.start()] + m.group(0)[c.end() :]

    return re.sub(r"<tr\b.*?</tr>", row, html_text, flags=re.DOTALL)


def test_kazakh_figures_and_tables_have_the_english_numbers(built_artefacts, built_artefacts_kk):
    differ = []
    for entry in registry.ENTRIES:
        if entry.label in EDITION_TABLES:
            continue
        suffix = ".svg" if entry.kind == "figure" else ".html"
        paths = [
            built_artefacts["dir"] / f"{entry.label}{suffix}",
            built_artefacts_kk["dir"] / f"{entry.label}{suffix}",
        ]
        if entry.label in EDITION_COLUMNS:
            texts = [
                _visible_text(_drop_column(p.read_text("utf-8"), EDITION_COLUMNS[entry.label]))
                for p in paths
            ]
        else:
            texts = [_visible(p) for p in paths]
        if entry.label in ARTICLE_DATES:
            texts[0] = re.sub(r"\b(\d{4})-\d{2}-(\d{2})\b", r"\1 \2", texts[0])
        en, kk = numbers(texts[0], "en"), numbers(texts[1], "kk")
        same = set(en) == set(kk) if entry.label in BILINGUAL_CELLS else en == kk
        if not same:
            differ.append(entry.label)
    assert differ == []


def test_drop_column_removes_one_cell_per_row():
    table = "<tr><th>a 11</th><th>b 22</th></tr><tr><td>33</td><td>44</td></tr>"
    assert numbers(_visible_text(_drop_column(table, 1)), "en") == Counter({"11": 1, "33": 1})


def test_kazakh_figure_text_has_no_english_words(built_artefacts_kk):
    found = {}
    for svg in sorted(built_artefacts_kk["dir"].glob("fig-*.svg")):
        text = _visible(svg)
        # File names and paths in source notes are code, not words.
        text = re.sub(r"\S*[/_.]\S*", " ", text)
        words = {w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() not in LATIN_ALLOWED}
        if words:
            found[svg.name] = sorted(words)
    assert found == {}


def test_kazakh_captions_are_kazakh(built_artefacts_kk):
    english = re.compile(r"\b(the|and|of|with|in|to|share|respondents)\b", re.IGNORECASE)
    for record in built_artefacts_kk["manifest"]["entries"]:
        for text in (record["caption"], record["alt"]):
            assert not english.search(text), (record["label"], text[:120])
        assert re.search(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІі]", record["caption"]), record["label"]


def test_each_edition_draws_in_a_typeface_that_has_its_letters(built_artefacts, built_artefacts_kk):
    """Kazakh tables and charts name a font stack with the Kazakh letters first (system UI,
    Segoe UI, Roboto, Noto Sans, DejaVu Sans), not Helvetica/Arial, which have none of
    ә ғ қ ң ө ұ ү һ і; the English ones keep Helvetica. Kazakh table cells carry soft
    hyphens at syllables, and a table's scroll box is named after its caption."""
    from analysis.figures.common import font

    for built, lang in ((built_artefacts, "en"), (built_artefacts_kk, "kk")):
        table = (built["dir"] / "tbl-table1.html").read_text(encoding="utf-8")
        assert f"font-family: {font(lang)}" in table, lang
        chart = (built["dir"] / "fig-table1.svg").read_text(encoding="utf-8")
        fonts = set(re.findall(r'font-family="([^"]*)"', chart))
        assert fonts == {font(lang).replace("'", "&apos;")} or fonts == {font(lang)}, fonts
    kk_table = (built_artefacts_kk["dir"] / "tbl-table1.html").read_text(encoding="utf-8")
    assert "\u00ad" in kk_table
    assert "\u00ad" not in (built_artefacts_kk["dir"] / "tbl-table1.csv").read_text("utf-8")
    assert 'aria-label="Кесте: ' in kk_table
    en_table = (built_artefacts["dir"] / "tbl-table1.html").read_text(encoding="utf-8")
    assert 'aria-label="Table: ' in en_table
    assert "\u00ad" not in en_table
