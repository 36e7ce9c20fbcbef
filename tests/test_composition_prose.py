"""The Composition chapter: no Python, values and captions from analysis.prose.composition,
tables that fit the text column, plain prose, and Kazakh quotes that stand in the article."""

from __future__ import annotations

import re

import pytest

from analysis import prose, quotes
from analysis.i18n import catalog
from analysis.paths import ARTICLE_SEED, BOOK, seed_text
from analysis.prose import composition as pc
from analysis.prose import params as pp
from analysis.registry import ENTRIES
from analysis.tables import composition as tbl

CHAPTER = BOOK / "composition.qmd"
#: The chapter's own figures and tables (the argument ledger's table is included through
#: ``_argues-composition.qmd``, written by the ledger's own module).
LABELS = [
    e.label
    for e in ENTRIES
    if e.chapter == "composition.qmd" and not e.label.startswith("tbl-argues-")
]


@pytest.fixture(scope="module")
def values(tables) -> dict[str, dict[str, str]]:
    ctx = prose.Context()
    ctx.values["params"] = pp.values(ctx)
    ctx.values["composition"] = pc.values(ctx)
    return ctx.values


def _captions(values: dict[str, dict[str, str]], lang: str = "en") -> dict[str, tuple[str, str]]:
    """Caption and alt text (figures) of the chapter's labels from the catalog's
    ``caption-<label>`` messages, filled with ``values``."""
    loc = catalog(lang)
    args = {f"{ns}_{key}": text for ns, vals in values.items() for key, text in vals.items()}
    return {
        label: (
            loc(f"caption-{label}", **args),
            loc.attr(f"caption-{label}", "alt", **args) if label.startswith("fig-") else "",
        )
        for label in LABELS
        if loc.has(f"caption-{label}")
    }


def _text() -> str:
    return CHAPTER.read_text(encoding="utf-8")


def test_chapter_has_no_python_and_includes_every_artefact():
    text = _text()
    assert "```{python}" not in text
    assert "`{python}" not in text
    for label in LABELS:
        assert text.count(f"{{{{< include artefacts/en/_{label}.md >}}}}") == 1, label


def test_chapter_ends_with_the_argument_section():
    text = _text().rstrip()
    heading = "## What the article argues, and what the data say {#sec-composition-argues}"
    assert heading in text
    tail = text[text.index(heading) + len(heading) :].strip()
    assert tail == "{{< include _argues-composition.qmd >}}"
    assert (BOOK / "_argues-composition.qmd").is_file()


def test_every_var_in_the_chapter_is_a_value(values):
    keys = re.findall(r"\{\{< var ([a-z0-9_]+)\.([a-z0-9_]+) >\}\}", _text())
    assert len(keys) > 40
    for ns, key in keys:
        assert key in values[ns], f"{ns}.{key}"


def test_prose_values(values):
    v = values["composition"]
    assert v["decree_date"] == "14 June 2022"
    assert v["known_members"] == "66"
    assert v["known_by_article"] == "47"
    assert (v["known_by_high"], v["known_by_medium"]) == ("six", "13")
    assert v["after_window_names"] == "Samat Nurtaza"
    assert v["after_window_dates"] == "19 January 2026"
    assert v["window_end"] == "14 June 2025"
    assert v["not_counted_names"] == (
        "Aigul Orynbek, Aliya Masalimova, Kazbek Maigeldinov, Sherzod Pulatov and Zhanna Asanova"
    )
    assert v["known_field_coded"] == "28"
    assert v["known_field_unknown"] == "38"
    assert v["not_identified"] == "83"
    assert v["coverage_pct"] == "44.3%"
    assert v["field_coverage_pct"] == "18.8%"
    assert v["surname_only_names"] == "O. Sabden (О. Сәбден) and S. Ponomarev (С. Пономарев)"
    assert v["topic_moves_count"] == "two"
    assert "D. Turlykhanov (Д. Тұрлыханов) under “Sport”" in v["topic_moves"]
    assert v["newcomers_in_table3_names"] == "L. Bularov, D. Zakieva and Yu. Shin"
    assert v["largest_field"] == "politicians and party delegates and expert community"
    assert v["largest_field_clause"] == (
        "the largest bars, “Politicians and party delegates” and “Expert community”, "
        "hold five people each"
    )
    assert v["n_proposals"] == "seven"
    assert all(re.fullmatch(r"[a-z0-9_]+", k) for k in v)


def test_captions_fill_and_alt_text_states_the_numbers(values):
    caps = _captions(values)
    assert set(caps) == set(LABELS)
    for label, (cap, alt) in caps.items():
        assert cap.strip(), label
        if label.startswith("fig-"):
            assert alt.strip(), label
    alt = caps["fig-members-by-field"][1]
    assert "Politicians and party delegates 5" in alt
    assert "Expert community 5" in alt
    assert "28 known members with a stated field" in alt
    assert "38 known members whose field is unknown" in alt
    assert "83 seats not identified" in alt


#: Words that belong to the code and the data files, not to running text.
INTERNAL = [
    r"data/raw",
    r"\.csv\b",
    r"\.py\b",
    r"analysis\.",
    r"counted_as_known",
    r"count_group",
    r"field_code",
    r"value_status",
    r"post_basis",
    r"membership_evidence",
    r"roster_candidates",
    r"member_fields",
    r"\btranscribed\b",
    r"\brecomputed\b",
    r"\bexternal\b",
]


def test_running_text_is_plain():
    # Running text: everything but shortcodes (includes, vars) and headings' attributes.
    text = re.sub(r"\{\{<.*?>\}\}", "", _text())
    for pattern in INTERNAL:
        assert not re.search(pattern, text), pattern


def test_captions_are_plain(values):
    for label, (cap, alt) in _captions(values).items():
        filled = cap + " " + alt
        for pattern in INTERNAL:
            assert not re.search(pattern, filled), (label, pattern)


def _col_widths(html: str) -> list[int]:
    return [int(w) for w in re.findall(r'<col style="width:(\d+)px;"/>', html)]


def test_every_composition_table_fits_the_column(tables):
    for entry in ENTRIES:
        if entry.label not in LABELS or entry.kind != "table":
            continue
        gt = entry.builder(*[tables[n] for n in entry.inputs], **entry.kwargs)
        html = gt.as_raw_html()
        heads = re.findall(r'<th class="gt_col_heading[^>]*>', html)
        widths = _col_widths(html)
        assert len(heads) <= 4, entry.label
        assert len(widths) == len(heads), entry.label
        assert sum(widths) <= tbl.COLUMN_PX, entry.label
        # No unbreakable run of text much wider than its column (about 8 px a character
        # at 14 px); web addresses are shortened to their site.
        assert "https://" not in re.sub(r"<[^>]+>", " ", html.split("gt_sourcenote")[0])


def test_members_table_shows_four_columns_and_keeps_all_in_its_data(tables):
    gt = tbl.members_table(tables["members"], tables["field_codebook"])
    html = gt.as_raw_html()
    heads = re.findall(r'<th class="gt_col_heading[^>]*>(.*?)</th>', html, re.S)
    assert heads == [
        "Member",
        "Status",
        "Field (the words that decide it)",
        "Counted (evidence)",
    ]
    data = gt._tbl_data
    assert len(data) == 72
    assert {"Kazakh", "Evidence", "Counted", "Source", "Source date"} <= set(data.columns)
    assert (data["Counted"] == "yes").sum() == 66
    assert (data["Counted"] == "no").sum() == 5
    # Stacked values are escaped by great-tables and show on lines of their own.
    assert "Samat Nurtaza" in html
    assert "Самат Нуртаза" in html
    assert "apart: named only after the article&#x27;s period" in html or (
        "apart: named only after the article's period" in html
    )


#: The Kazakh words the chapter quotes, with the seed lines it cites for them.
CHAPTER_QUOTES = [
    ("үш жылға жуық", "188"),
    ("қызмет саласы", "180"),
    ("кәсіби пікірдің, онлайн петициялардың ... синергиясы", "196-198"),
    ("қоғамдағы жинақталған шиеленісті шығаратын алаң", "218-219"),
    ("құпия тәсілдер", "221-222"),
    ("диалог алаңы", "252"),
    ("бейресми мәртебеге ие", "262-265"),
]


@pytest.mark.parametrize(("quote", "locator"), CHAPTER_QUOTES)
def test_kazakh_quotes_stand_in_the_cited_lines(quote, locator, values):
    shown = _text().replace(
        "{{< var composition.rotation_period_kk >}}", values["composition"]["rotation_period_kk"]
    )
    assert quote in quotes.normalise(shown)
    path = seed_text(ARTICLE_SEED)
    if path is None:
        pytest.skip("the article's text is not available (README.md, 'Data availability')")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert quotes.stands_in(quote, quotes.passage(lines, locator)), (quote, locator)
