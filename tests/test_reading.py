"""A book people finish (issue 23), checked without Quarto: the budgets counted from the
chapter sources and the values they include, the openings, plain words, the folds, the
compact ledger tables, the gallery's headings and what the site publishes.

The same budgets are measured on the rendered pages in tests/test_browser.py (they skip
where Quarto is absent); this file is their proxy in CI.
"""

from __future__ import annotations

import json
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


#: The appendices that are not reference (their prose is read like a chapter's).
READ_APPENDICES = ("rulebook", "methods")


@pytest.mark.parametrize("chapter", reading.CHAPTERS + READ_APPENDICES)
def test_no_build_words_in_running_text(edition, chapter):
    """No 'seed', file names, paths, snake_case or capitalised labels in running text,
    folds included, in the chapters and the appendices that are not reference."""
    qmd = _qmd(edition["lang"], chapter)
    text = reading.source_text(qmd, _variables(edition), keep_folds=True)
    # Inline code is not running text (the preface's commands live in code blocks).
    text = re.sub(r"`[^`]*`", "", text)
    assert reading.jargon(text) == [], chapter


def test_no_build_words_in_captions(edition):
    for record in edition["manifest"]["entries"]:
        assert reading.jargon(record["caption"]) == [], record["label"]


def _shown_texts(edition: dict, record: dict) -> list[str]:
    """What a reader sees or hears of one figure or table of the edition's artefacts."""
    folder, label = edition["dir"], record["label"]
    if record["kind"] == "table":
        texts = reading.table_texts((folder / f"{label}.html").read_text(encoding="utf-8"))
    else:
        spec = json.loads((folder / f"{label}.live.json").read_text(encoding="utf-8"))
        texts = reading.chart_texts(spec)
    return [record["caption"], record.get("alt", ""), *texts]


def test_no_build_words_in_tables_and_charts(edition):
    """Table cells, headers, captions and source notes, and the charts' titles, axis and
    legend titles, tooltips, notes and drawn text carry no build word, in both editions;
    only the reference appendices (Reproducing, codebook, data sources) may name files."""
    found = {}
    for record in edition["manifest"]["entries"]:
        if Path(record["chapter"]).stem in reading.REFERENCE_PAGES:
            continue
        words = [w for text in _shown_texts(edition, record) for w in reading.jargon(text)]
        if words:
            found[record["label"]] = sorted(set(words))
    assert not found, f"{edition['lang']}: {found}"


def test_the_table_and_chart_readers_see_what_a_reader_sees():
    fragment = (
        '<table aria-label="Table 1"><style>.gt_row_group_first {}</style><tr>'
        "<th>Claim</th><td>da\u00adta/<wbr>raw/claims.csv</td></tr>"
        '<tfoot><tr><td><span>Source: <a href="tbl-x.csv">the data</a></span></td></tr>'
        "</tfoot></table>"
    )
    texts = reading.table_texts(fragment)
    assert texts == ["Table 1", "Claim", "da\u00adta/raw/claims.csv", "Source: the data"]
    assert reading.jargon(texts[2]) == ["data/", "claims.csv"]
    spec = {
        "title": {"text": ["Note one", "data/raw/x.csv"], "orient": "bottom"},
        "layer": [
            {"mark": "rule", "encoding": {"x": {"field": "ci_low_pp"}}},
            {
                "mark": {"type": "point", "aria": False},
                "encoding": {"x": {"field": "a"}},
            },
            {
                "mark": "text",
                "encoding": {
                    "text": {"field": "label"},
                    "tooltip": [{"field": "row", "title": "Change"}],
                },
            },
        ],
        "datasets": {"d": [{"label": "T1", "row": "positive", "ci_low_pp": 1}]},
    }
    assert sorted(reading.chart_texts(spec)) == sorted(
        ["Note one", "data/raw/x.csv", "Change", "T1", "positive"]
    )
    assert reading.described_marks(spec) == ["rule", "text"]


def test_chart_marks_are_not_read_by_their_column_names(edition):
    """The charts' marks are left out of the accessible tree (the figure's alt text gives
    the values): Vega-Lite would describe each by its encodings, untitled ones by column
    name ("ci_low_pp_2: -2.3"), to a screen reader."""
    for record in edition["manifest"]["entries"]:
        if record["kind"] != "figure":
            continue
        path = edition["dir"] / f"{record['label']}.live.json"
        spec = json.loads(path.read_text(encoding="utf-8"))
        assert reading.described_marks(spec) == [], record["label"]


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
    # Kazakh labels in capitals too; web addresses are cited as they are.
    assert reading.jargon("негізі ШАМАЛАНҒАН; БҰҰ, WPP 2024") == ["ШАМАЛАНҒАН"]
    assert reading.jargon("https://example.kz/a/b_c_1.html (the source)") == []
    assert reading.jargon("claims_\u00adledger") == ["claims_ledger"]


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


# --- cross-references (issue 23): the preface names chapters as chapters do ---------------

#: How a link in the preface names its target, per edition: Quarto renders a reference from
#: the unnumbered preface as the target's title ("3  Attitudes", or a section title that
#: several chapters share), so the preface links by hand, and this test keeps its numbers
#: the book's. Kazakh puts the number first and takes a case ending («3-тарауда»).
PREFACE_LINK = {
    "en": {
        "chapter": r"Chapter {n}",
        "appendix": r"Appendix {n}",
        "section": r"Section {n}",
    },
    "kk": {
        "chapter": r"{n}-тарау\w*",
        "appendix": r"{n}-қосымша\w*",
        "section": r"{n}-бөлім\w*",
    },
}
_LINK = re.compile(r"\[([^\]]+)\]\((\w+)\.qmd(?:#(sec-[\w-]+))?\)")


def _book_numbers(lang: str) -> dict[str, tuple[str, str]]:
    """Each chapter and appendix of the edition: ``stem -> (kind, number or letter)``."""
    config = yaml.safe_load((BOOK / EDITIONS[lang] / "_quarto.yml").read_text(encoding="utf-8"))
    chapters = [Path(c).stem for c in config["book"]["chapters"] if Path(c).stem != "index"]
    appendices = [Path(a).stem for a in config["book"]["appendices"]]
    numbers = {c: ("chapter", str(i)) for i, c in enumerate(chapters, 1)}
    numbers |= {a: ("appendix", chr(ord("A") + i)) for i, a in enumerate(appendices)}
    return numbers


def _section_number(qmd: Path, chapter: str, sec: str) -> str:
    """The number Quarto gives the second-level section ``sec`` of a chapter numbered
    ``chapter`` (its own parts included, unnumbered headings not counted)."""
    text = qmd.read_text(encoding="utf-8")
    text = re.sub(
        r"\{\{< include (_[\w-]+\.qmd) >\}\}",
        lambda m: (qmd.parent / m.group(1)).read_text(encoding="utf-8"),
        text,
    )
    count = 0
    for line in text.splitlines():
        if line.startswith("## ") and ".unnumbered" not in line:
            count += 1
            if f"#{sec}" in line:
                return f"{chapter}.{count}"
    raise AssertionError(f"{qmd}: no section {sec}")


def test_the_preface_links_name_chapters_by_their_numbers(edition):
    """Every link of the preface to a chapter, appendix or section reads as the book's
    references do ("Chapter 3", "Appendix A", "Section 3.7"; «3-тарау», «A-қосымшада»,
    «3.7-бөлім»), with the number Quarto gives the target; no Quarto reference is left
    there to render as a bare title."""
    lang = edition["lang"]
    qmd = _qmd(lang, "index")
    text = reading._VAR.sub(
        lambda m: reading._value(_variables(edition), m.group(1)),
        qmd.read_text(encoding="utf-8"),
    )
    assert not re.findall(r"@sec-[\w-]+", text), "the preface renders references as titles"
    numbers = _book_numbers(lang)
    links = _LINK.findall(text)
    assert len(links) >= 10, links
    for label, page, sec in links:
        kind, number = numbers[page]
        if sec:
            kind, number = "section", _section_number(_qmd(lang, page), number, sec)
        want = PREFACE_LINK[lang][kind].format(n=re.escape(number))
        assert re.fullmatch(want, label), (lang, label, page, sec, want)


def test_kazakh_references_put_the_number_first():
    """Kazakh chapters, catalogs and values write each reference as «3-тарау», «4.1-кесте»,
    «C-қосымша» ([-@…] with the noun after it), never Quarto's prefix form («Қосымша C»),
    so that the noun can take its case ending."""
    bare = re.compile(r"(?<![\[-])@(?:sec|fig|tbl)-[\w-]+")
    sources = sorted((BOOK / "kk").glob("*.qmd")) + sorted(Path("locales/kk").glob("*.ftl"))
    found = {}
    for path in sources:
        path = path if path.is_absolute() else BOOK.parent / path
        hits = bare.findall(path.read_text(encoding="utf-8"))
        if hits:
            found[path.name] = hits
    assert not found, found
