"""The Kazakh edition of the Attitudes chapter: same values, same numbers, Kazakh words.

book/kk/attitudes.qmd reads only values that exist in Kazakh; every Kazakh value states the
same numbers as its English counterpart (in the Kazakh format: decimal comma, no-break
space between thousands); the Kazakh charts and tables draw no English words.
"""

from __future__ import annotations

import html
import re
from collections import Counter

import pytest

from analysis import artefacts, paths
from analysis.figures import survey as fig
from analysis.figures.common import to_svg
from analysis.i18n import catalog
from analysis.prose import Context
from analysis.prose import attitudes as prose
from analysis.prose import params as prose_params
from analysis.registry import ENTRIES
from analysis.tables import survey as tbl

CHAPTER_KK = paths.BOOK / "kk" / "attitudes.qmd"
CHAPTER_EN = paths.BOOK / "attitudes.qmd"
ENTRIES_KK = [
    e
    for e in ENTRIES
    if e.chapter == "attitudes.qmd"
    and e.function.startswith(("analysis.figures.survey.", "analysis.tables.survey."))
]
#: Latin words a Kazakh chart or table may draw (docs: /tmp/plan/KAZAKH.md): software and
#: format names, the symbols p and n, and the abbreviations WPP, UN, CI.
LATIN_ALLOWED = {
    "CSV", "SVG", "PNG", "Vega", "Lite", "Quarto", "Python", "pandas", "statsmodels",
    "p", "n", "WPP", "UN", "CI",
}  # fmt: skip


def chapter_captions(values: dict, lang: str) -> dict[str, tuple[str, str]]:
    """(caption, alt text) of every entry of :data:`ENTRIES_KK` in ``lang``, as
    :func:`analysis.artefacts.captions` fills them from the prose values."""
    return {
        label: (c.caption, c.alt)
        for label, c in artefacts.captions(values, lang, entries=ENTRIES_KK).items()
    }


def _values(lang: str) -> dict[str, dict[str, str]]:
    ctx = Context(processed_dir=paths.PROCESSED, lang=lang)
    ctx.values["params"] = prose_params.values(ctx)
    ctx.values["attitudes"] = prose.values(ctx)
    return ctx.values


@pytest.fixture(scope="module")
def values(tables) -> dict[str, dict[str, dict[str, str]]]:
    """{"en": values, "kk": values} of the params and attitudes namespaces."""
    return {"en": _values("en"), "kk": _values("kk")}


def numbers(text: str, lang: str) -> Counter:
    """The numbers a text states, normalised: English thousands commas and Kazakh no-break
    spaces removed, a decimal comma (Kazakh, or the article's printed forms quoted in
    English) read as a point; signs ignored."""
    if lang == "en":
        text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    else:
        text = re.sub(r"(?<=\d)\u00a0(?=\d{3}(?!\d))", "", text)
    # the Kazakh decimal comma (also in the article's printed forms the English text quotes)
    text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    return Counter(re.findall(r"\d+(?:\.\d+)?", text))


def latin_words(text: str) -> set[str]:
    """Latin words of ``text`` outside :data:`LATIN_ALLOWED`, after removing file paths,
    file names and column names (tokens with ``/``, ``_`` or a file extension)."""
    text = re.sub(r"\S*(/|_|\.csv|\.parquet|\.json)\S*", " ", text)
    return {w for w in re.findall(r"[A-Za-z]+", text) if w not in LATIN_ALLOWED}


def test_the_kazakh_values_have_the_english_keys(values):
    assert set(values["kk"]["attitudes"]) == set(values["en"]["attitudes"])
    # The article's date style (seed lines 113-114): the day a wave began on (locative).
    assert values["kk"]["attitudes"]["start_2023"] == "2023 жылғы 20 шілдеде"
    assert values["kk"]["attitudes"]["fieldwork_2023"] == "2023 жылғы 20–31 шілде"
    assert values["en"]["attitudes"]["fieldwork_2023"] == "20–31 July 2023"
    assert values["kk"]["attitudes"]["n_2023"] == "2\u00a0400"
    assert values["kk"]["attitudes"]["young_2024"] == "39,7%"
    assert values["kk"]["attitudes"]["change_young"].startswith("+7,7 п.т. (95% СА [−1,0; +16,5]")
    assert values["kk"]["attitudes"]["adjust_name"] == "Холм"


def test_every_value_the_kazakh_chapter_reads_exists(values):
    text = CHAPTER_KK.read_text(encoding="utf-8")
    assert "{python}" not in text
    used = set(re.findall(r"\{\{< var attitudes\.([a-z0-9_]+) >\}\}", text))
    assert len(used) > 50
    assert used <= set(values["kk"]["attitudes"])
    assert set(re.findall(r"\{\{< var params\.([a-z0-9_]+) >\}\}", text)) <= set(
        values["kk"]["params"]
    )


def test_the_kazakh_chapter_has_the_english_structure():
    kk = CHAPTER_KK.read_text(encoding="utf-8")
    en = CHAPTER_EN.read_text(encoding="utf-8")
    assert kk.splitlines()[0].endswith("{#sec-attitudes}")
    assert '[English](../attitudes.html){.lang-switch hreflang="en" lang="en"}' in kk

    def shape(text: str, lang: str) -> tuple:
        return (
            re.findall(rf"artefacts/{lang}/_([a-z0-9-]+)\.md", text),
            sorted(set(re.findall(r"@((?:fig|tbl|sec)-[a-z0-9-]+)", text))),
            re.findall(r"\{#(sec-[a-z0-9-]+)\}", text),
            len(re.findall(r"^## ", text, flags=re.M)),
            re.findall(r"include (_argues-[a-z]+\.qmd)", text),
        )

    assert shape(kk, "kk") == shape(en, "en")


def test_every_kazakh_value_states_the_english_numbers(values):
    en, kk = values["en"]["attitudes"], values["kk"]["attitudes"]
    for key in en:
        assert numbers(kk[key], "kk") == numbers(en[key], "en"), (key, en[key], kk[key])


def test_kazakh_values_have_no_english_words(values):
    for key, text in values["kk"]["attitudes"].items():
        if text.startswith("https://"):
            continue
        assert not latin_words(text), (key, text)


def test_kazakh_captions_fill_and_are_kazakh(values):
    kk, en = chapter_captions(values["kk"], "kk"), chapter_captions(values["en"], "en")
    assert set(kk) == set(en)
    for label, (caption, alt) in kk.items():
        filled = caption + " " + alt
        assert not latin_words(filled), (label, filled)
        assert numbers(caption, "kk") == numbers(en[label][0], "en"), label
    cap = kk["fig-changes"][0]
    assert "дизайн эффектісі 1,5; жіңішке сызық: 2)" in cap


def svg_texts(svg: str) -> str:
    """The words of an SVG's ``<text>`` elements (their ``<tspan>`` lines joined)."""
    texts = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", " ".join(texts)))


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES_KK if e.kind == "figure"], ids=lambda e: e.label
)
def test_kazakh_chart_text_has_no_english_words(entry, tables):
    chart = entry.builder(*[tables[n] for n in entry.inputs], **entry.kwargs, lang="kk")
    text = svg_texts(to_svg(chart))
    assert "Сауалнама толқыны" in text or "п.т." in text
    assert not latin_words(text), (entry.label, latin_words(text))
    english = svg_texts(to_svg(entry.builder(*[tables[n] for n in entry.inputs], **entry.kwargs)))
    assert latin_words(english) - {"ESTIMATED", "ESTIMATES"}


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES_KK if e.kind == "table"], ids=lambda e: e.label
)
def test_kazakh_table_text_has_no_english_words(entry, tables):
    gt = entry.builder(*[tables[n] for n in entry.inputs], **entry.kwargs, lang="kk")
    frame = gt._tbl_data
    body = re.sub(r"<style.*?</style>", " ", gt.as_raw_html(), flags=re.S)
    body = html.unescape(re.sub(r"<[^>]+>", " ", body))
    assert not latin_words(" ".join([*map(str, frame.columns), body])), entry.label
    # numbers in the Kazakh format: decimal commas, never a decimal point
    assert re.search(r"\d,\d", body)
    assert not re.search(r"\d\.\d", re.sub(r"\S*(/|_|\.csv)\S*", " ", body)), entry.label


def test_kazakh_charts_draw_the_same_numbers(tables):
    ch = tables["survey_changes"]
    en = fig.changes(ch).to_dict()
    kk = fig.changes(ch, lang="kk").to_dict()

    def rows(spec: dict) -> list[dict]:
        # The grid the controls filter (the largest dataset): every row at every setting.
        return max(spec["datasets"].values(), key=len)

    by_en = {r["category"] + r["group"]: r for r in rows(en)}
    by_kk = {r["category"] + r["group"]: r for r in rows(kk)}
    assert by_en.keys() == by_kk.keys()
    for k, r in by_en.items():
        assert by_kk[k]["diff_pp"] == r["diff_pp"]
        kk_label = r["label"].replace(".", ",").replace("pp", "п.т.").replace("-", "−")
        assert by_kk[k]["label"] == kk_label
    assert {r["row"] for r in rows(kk)} == set(fig.change_rows("kk").values())
    assert "Холм түзетуі" in " ".join(kk["title"]["text"])


def test_kazakh_tables_show_the_same_cells(tables):
    args = [tables[n] for n in ("attitude_shares", "survey_intervals", "survey_changes")]
    args.append(tables["attitude_distribution_tests"])
    en = tbl.attitude_table(*args, "table2")._tbl_data
    kk = tbl.attitude_table(*args, "table2", lang="kk")._tbl_data
    assert list(en["2024"]) == ["35.9%*", "48.4%", "15.7%"]
    assert list(kk["2024"]) == ["35,9%*", "48,4%", "15,7%"]
    assert list(kk["Жауап"]) == ["Жақсы жаққа өзгерген", "Өзгермеген", "Теріс жаққа өзгерген"]
    # The article's own wording beside it, as the English table shows it (seed lines 377-396).
    assert list(kk["Жауап (мақалада басылғандай)"]) == list(en["Answer (Kazakh, as printed)"])
    assert list(kk["Жауап (мақалада басылғандай)"]) == [
        "оң бағытта өзгерген",
        "көзқарасына әсер етпеген",
        "теріс өзгерткен",
    ]
    assert kk["Өзгеріс, п.т. (95% СА)"].iloc[0] == "−10,2 [−16,4; −3,8]"
    assert en["Change, pp (95% CI)"].iloc[0] == "-10.2 (-16.4 to -3.8)"


@pytest.mark.parametrize(
    "settings",
    [
        {"design_effect": 1.0},
        {"design_effect": 2.0, "table_base": "whole_sample"},
        {"design_effect": 1.0, "multiple_comparison": "none"},
    ],
    ids=["deff1", "deff2-whole", "deff1-unadjusted"],
)
@pytest.mark.xdist_group("variants")
def test_kazakh_values_follow_other_builds(settings, processed_under):
    """Under other parameters the verdicts change; the Kazakh values still state the
    English numbers and draw no English words, and the builders still render."""
    from analysis.params import Params

    tmp_path, _ = processed_under(Params(**settings))
    vals = {}
    for lang in ("en", "kk"):
        ctx = Context(processed_dir=tmp_path, lang=lang)
        ctx.values["params"] = prose_params.values(ctx)
        vals[lang] = prose.values(ctx)
        for entry in ENTRIES_KK:
            entry.builder(*[ctx.table(n) for n in entry.inputs], **entry.kwargs, lang=lang)
    for key, text in vals["en"].items():
        assert numbers(vals["kk"][key], "kk") == numbers(text, "en"), (key, text)
        if not text.startswith("https://"):
            assert not latin_words(vals["kk"][key]), (key, vals["kk"][key])
    words = {lang: [prose.count_word(n, catalog(lang)) for n in range(10)] for lang in ("en", "kk")}
    n = words["en"].index(vals["en"]["n_exceed"])
    assert vals["kk"]["n_exceed"] == words["kk"][n]
    if settings.get("multiple_comparison") == "none":
        assert vals["kk"]["adjusted_verdict"].startswith("Кітап p мәндерін")
