"""A book people finish (issue 23), checked without Quarto: the budgets counted from the
chapter sources and the values they include, the openings, plain words, the folds, the
compact ledger tables, the gallery's headings and what the site publishes.

The same budgets are measured on the rendered pages in tests/test_browser.py (they skip
where Quarto is absent); this file is their proxy in CI.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from analysis import gallery, reading
from analysis.artefacts import EDITIONS
from analysis.paths import BOOK
from analysis.registry import ENTRIES

LANGS = ["en", "kk"]
_FOLD = re.compile(
    r"<details class=\"fold\">\s*\n<summary>(.+?)</summary>\n(.*?)\n</details>", re.S
)


def _variables(edition: dict) -> dict:
    return edition["variables"]


@pytest.fixture(scope="module", params=LANGS)
def edition(request) -> dict:
    name = "built_artefacts" if request.param == "en" else "built_artefacts_kk"
    return request.getfixturevalue(name)


def _qmd(lang: str, chapter: str) -> Path:
    return BOOK / EDITIONS[lang] / f"{chapter}.qmd"


def test_budgets_from_the_sources(edition):
    """Each chapter's running text (folds closed) <= 2,000 words, all <= 11,000."""
    variables = _variables(edition)
    words = {
        c: reading.count_words(reading.source_text(_qmd(edition["lang"], c), variables))
        for c in reading.CHAPTERS
    }
    over = {c: n for c, n in words.items() if n > reading.MAX_CHAPTER_WORDS}
    assert not over, f"{edition['lang']}: chapters over {reading.MAX_CHAPTER_WORDS} words: {over}"
    assert sum(words.values()) <= reading.MAX_BOOK_WORDS, words


@pytest.mark.parametrize("chapter", reading.OPENED)
def test_opening_and_main_figure(edition, chapter):
    """'In short': 40-250 words, then the chapter's main figure (or table) of its own."""
    qmd = _qmd(edition["lang"], chapter)
    n = reading.count_words(reading.opening_text(qmd, _variables(edition)))
    low, high = reading.OPENING_WORDS
    assert low <= n <= high, f"{qmd}: opening of {n} words"
    label = reading.opening_followed_by(qmd)
    own = {e.label for e in ENTRIES if e.chapter == f"{chapter}.qmd"}
    assert label in own, f"{qmd}: the opening is not followed by one of its figures: {label}"
    text = qmd.read_text(encoding="utf-8")
    assert text.index(".in-short") < text.index("\n## "), "the opening comes before section 1"


@pytest.mark.parametrize("chapter", reading.CHAPTERS)
def test_no_build_words_in_running_text(edition, chapter):
    """No 'seed', file names, paths, snake_case or capitalised labels in running text."""
    text = reading.source_text(_qmd(edition["lang"], chapter), _variables(edition))
    # Inline code is not running text (the preface's commands live in code blocks).
    text = re.sub(r"`[^`]*`", "", text)
    assert reading.jargon(text) == [], chapter


def test_no_build_words_in_captions(edition):
    for record in edition["manifest"]["entries"]:
        assert reading.jargon(record["caption"]) == [], record["label"]


def test_the_jargon_pattern_catches_build_words():
    text = "seed lines 113–120; data/processed/awareness_by_age; claims_ledger.csv; ESTIMATES; T1"
    assert reading.jargon(text) == [
        "seed",
        "data/",
        "awareness_by_age",
        "claims_ledger.csv",
        "ESTIMATES",
        "T1",
    ]
    assert reading.jargon("The article, lines 113–120, and Table 1: positive.") == []


@pytest.mark.parametrize("chapter", reading.CHAPTERS)
def test_folds_hold_their_content_and_match_across_editions(chapter):
    """Every fold has a summary and content, opens and closes in the source, and both
    editions fold the same figures and tables."""
    folds = {}
    for lang in LANGS:
        text = _qmd(lang, chapter).read_text(encoding="utf-8")
        assert text.count("<details") == text.count("</details>"), (lang, chapter)
        found = _FOLD.findall(text)
        assert len(found) == text.count('<details class="fold">'), (lang, chapter)
        for summary, body in found:
            assert summary.strip(), (lang, chapter)
            assert len(body.strip()) > 40, (lang, chapter, summary)
        folds[lang] = [sorted(re.findall(r"_((?:fig|tbl)-[\w-]+)\.md", body)) for _, body in found]
    assert folds["en"] == folds["kk"], chapter


def test_every_figure_and_table_stays_in_its_chapter():
    """Nothing is lost: every registered figure and table is still included by its chapter
    (in the open or in a fold), in both editions."""
    for lang in LANGS:
        for entry in ENTRIES:
            qmd = BOOK / EDITIONS[lang] / entry.chapter
            text = qmd.read_text(encoding="utf-8")
            for part in re.findall(r"\{\{< include (_argues-[\w-]+\.qmd) >\}\}", text):
                text += (qmd.parent / part).read_text(encoding="utf-8")
            assert f"/_{entry.label}.md" in text, (lang, entry.label)


def _cells(fragment: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td\b[^>]*>(.*?)</td>", fragment, re.S)]


def test_no_none_or_nan_in_any_cell(edition):
    for path in sorted(edition["dir"].glob("tbl-*.html")):
        bad = [
            c
            for c in _cells(path.read_text(encoding="utf-8"))
            if c.strip() in {"None", "nan", "NaN", "<NA>"}
        ]
        assert not bad, f"{path.name}: {bad[:3]}"


@pytest.mark.parametrize("label", ["tbl-argues-attitudes", "tbl-claims", "tbl-recommendations"])
def test_ledger_tables_are_compact(edition, label):
    """Three or four shown columns, none narrower than 14% of the column (about 12
    characters at 1280 px); the argument and claims ledgers fold the rest per row."""
    fragment = (edition["dir"] / f"{label}.html").read_text(encoding="utf-8")
    widths = [float(w) for w in re.findall(r'<col style="width:([\d.]+)%;', fragment)]
    assert 3 <= len(widths) <= 4, widths
    assert min(widths) >= 14, widths
    if label != "tbl-recommendations":
        rows = fragment.count('<tr class="gt_row') or fragment.count("<tr>\n    <td")
        assert fragment.count('class="row-more') >= rows > 0
    # The minimum width wins over the column's max-width (the phone scrolls, not squeezes).
    assert "min-width: 620px" in fragment


def test_gallery_headings_follow_the_book(edition):
    """One heading per chapter, in the book's order, titled in the page's language, with
    a table of contents; every id once."""
    page = gallery.render(edition["root"] / "artefacts", edition["lang"])["index.html"]
    page = page.decode("utf-8")
    heads = re.findall(r'<h2 id="chapter-([\w-]+)">([^<]+)</h2>', page)
    chapters = [c for c, _ in heads]
    order = [p.stem for p in gallery.chapter_files() if p.stem in chapters]
    assert chapters == order
    assert len(set(chapters)) == len(chapters)
    assert {f"{c}.qmd" for c in chapters} == {e.chapter for e in ENTRIES}
    for chapter, title in heads:
        assert f'href="#chapter-{chapter}"' in page, chapter
        heading = _qmd(edition["lang"], chapter).read_text(encoding="utf-8").splitlines()[0]
        assert title.split(". ", 1)[1] in heading, (title, heading)
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize("project", ["", "kk"])
def test_the_site_publishes_what_pages_link_to_not_the_fragments(project):
    config = yaml.safe_load((BOOK / project / "_quarto.yml").read_text(encoding="utf-8"))
    resources = config["project"]["resources"]
    artefacts = [r for r in resources if r.startswith("artefacts/")]
    assert "artefacts/**" not in artefacts
    assert all(r.endswith((".csv", ".svg", ".png", ".vl.json", ".js")) for r in artefacts), (
        artefacts
    )
    # .js: the live charts' Vega bundle and charts.js, which pages load.
    assert {Path(r).suffix for r in artefacts} >= {".csv", ".svg", ".png", ".json", ".js"}
    html = config["format"]["html"]
    assert "folds.html" in str(html.get("include-after-body")), "folds are not opened for print"
