"""The Kazakh edition of the Communication chapter (book/kk/communication.qmd): the same
keys and numbers as the English values, Kazakh words and Cyrillic names in the figures and
tables, and a chapter that reads only known values, labels and includes in the English
chapter's order."""

from __future__ import annotations

import html
import re
from collections import Counter

import pandas as pd
import pytest

from analysis import prose
from analysis.figures import meetings as fig_meetings
from analysis.i18n import LOCALES, catalog
from analysis.i18n.formats import kk_part
from analysis.paths import BOOK, PROCESSED
from analysis.registry import ENTRIES
from analysis.tables import meetings as tbl_meetings

CHAPTER_EN = BOOK / "communication.qmd"
CHAPTER_KK = BOOK / "kk" / "communication.qmd"
#: The chapter's own figures and tables (the argues table comes with the included
#: ``_argues-communication.qmd``).
LABELS = [
    e.label
    for e in ENTRIES
    if e.chapter == "communication.qmd" and not e.label.startswith("tbl-argues")
]
FIGURES = [label for label in LABELS if label.startswith("fig-")]
TABLES = [label for label in LABELS if label.startswith("tbl-")]

#: Latin allowed in Kazakh figure and table text (KAZAKH.md), plus Roman session numbers,
#: meeting ids (M01), the codebook's rule ids (R01), the name of one web source printed
#: without its domain, file and column names of source notes and web addresses (removed
#: before the check).
ALLOWED = {"CSV", "SVG", "PNG", "Vega-Lite", "Quarto", "Python", "pandas", "statsmodels"}
ALLOWED |= {"p", "n", "WPP", "UN", "CI", "devdiscourse"}
_ID = re.compile(r"^([MR]\d{2}|[IVX]+)$")
_PATH = re.compile(r"\b(?:data|analysis)/[\w./-]+")
_FILE_OR_COLUMN = re.compile(r"\b\w+\.csv\b|\b[a-z]+(?:_[a-z]+)+\b")
_WEB = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|com|online)\b(?:/[\w./-]*)?")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*")

#: English number words of the values (the catalog's ``communication-number``, 0 to 10).
_WORDS = [catalog("en")("communication-number", n=i, digits=str(i)) for i in range(11)]
NUMBER_WORDS = {w: i for i, w in enumerate(_WORDS)} | {
    w.capitalize(): i for i, w in enumerate(_WORDS)
}


def latin_words(text: str) -> list[str]:
    """The Latin words of ``text`` the Kazakh edition does not allow."""
    for pattern in (_PATH, _WEB, _FILE_OR_COLUMN):
        text = pattern.sub(" ", text)
    return [w for w in _LATIN.findall(text) if w not in ALLOWED and not _ID.match(w)]


def numbers(text: str, lang: str) -> Counter:
    """The numbers written in digits in ``text``, in ``lang``'s format (English '2,400' and
    '0.95'; Kazakh '2 400' with a no-break space and '0,95'), as a multiset."""
    if lang == "en":
        text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    else:
        text = re.sub(r"(?<=\d)\u00a0(?=\d{3}\b)", "", text)
        text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    return Counter(float(x) for x in re.findall(r"\d+(?:\.\d+)?", text))


def number_words(text: str) -> Counter:
    """The counts an English value writes in words ('two', 'Two'), as a multiset."""
    return Counter(
        float(NUMBER_WORDS[w]) for w in re.findall(r"[A-Za-z]+", text) if w in NUMBER_WORDS
    )


@pytest.fixture(scope="module")
def both(tables):
    """The communication values per language (after the ``params`` namespace, the only
    one they may read)."""
    out = {}
    for lang in ("en", "kk"):
        ctx = prose.Context(processed_dir=PROCESSED, lang=lang)
        ctx.values["params"] = prose.provider("params")(ctx)  # noqa: PD011
        out[lang] = prose.provider("communication")(ctx)
    return out


def _vars(path) -> list[str]:
    return re.findall(r"\{\{< var communication\.([a-z0-9_]+) >\}\}", path.read_text("utf-8"))


def test_every_var_of_the_kazakh_chapter_exists(both):
    used = _vars(CHAPTER_KK)
    assert used, "the Kazakh chapter reads no values"
    assert set(used) <= set(both["kk"])
    # The Kazakh chapter states every value the English one states (Kazakh writes counts
    # in digits, so it needs no capitalised count to open a sentence).
    assert set(_vars(CHAPTER_EN)) - {"pre_decree_count_cap"} <= set(used)


def test_kazakh_values_have_the_english_keys_and_numbers(both):
    en, kk = both["en"], both["kk"]
    assert set(kk) == set(en)
    for key in en:
        # Every number the English value writes in digits is in the Kazakh one; the Kazakh
        # value's other numbers are counts the English value writes in words.
        en_digits, kk_digits = numbers(en[key], "en"), numbers(kk[key], "kk")
        assert not en_digits - kk_digits, f"{key}: {en[key]!r} vs {kk[key]!r}"
        assert not (kk_digits - en_digits) - number_words(en[key]), (
            f"{key}: {en[key]!r} vs {kk[key]!r}"
        )
        if re.fullmatch(r"[A-Za-z]+", en[key]) and en[key] in NUMBER_WORDS:
            n = NUMBER_WORDS[en[key]]
            # "two of them" (``_of_them``): the collective numeral, «екеуі»; «екеуінде» with
            # ``_of_them_loc``; a count the Kazakh sentence also writes as a word (``_word``).
            if key.endswith("_of_them_loc"):
                expected = kk_part(n, "locative")
            elif key.endswith("_of_them"):
                expected = kk_part(n)
            elif key.endswith("_word"):
                expected = catalog("kk")("arguments-number", n=n, digits=str(n))
            else:
                expected = str(n)
            assert kk[key] == expected, key


def test_kazakh_values(both):
    kk = both["kk"]
    assert kk["decree_date"] == "2022 жылғы 14 маусым"
    assert kk["decree_date_attr"] == "2022 жылғы 14 маусымдағы"
    assert kk["last_meeting_loc"] == "2025 жылғы 17 қаңтарда"
    assert kk["sessions_list"] == (
        "Ұлытау (2022 жылғы 16 маусым), Түркістан (2023 жылғы 17 маусым), Атырау (2024 жылғы "
        "15 наурыз), Бурабай (2025 жылғы 14 наурыз) және Қызылорда (2026 жылғы 20 қаңтар)"
    )
    assert kk["pre_decree_list"] == (
        "Ж. Құлекеев (2022 жылғы 25 сәуір) және Ә. Бәйменов (2022 жылғы 5 мамыр)"
    )
    assert kk["newcomers_met_names"] == "Ю. Шин, Л. Буларов және Д. Зәкиева"
    assert kk["meetings"] == "20"
    assert kk["per_month"] == "0,6"
    assert kk["kappa_primary"] == "0,95"
    assert kk["kappa_high"] == "1,00"
    assert kk["ref_turnout"] == "9\u00a0127\u00a0192"
    assert kk["ref_no_pct"] == "9,83%"
    assert kk["top_domain"] == "әлеуметтік саясат және ардагерлер"
    ledger = pd.read_parquet(PROCESSED / "claims_ledger.parquet").set_index("claim_id")
    assert (
        kk["c19_status"]
        == {
            "inconsistent": "кестеге сәйкес келмейді",
            "reproduced": "кестемен расталады",
            "not_reproducible": "деректер бойынша тексеруге болмайды",
        }[ledger.loc["C19", "status"]]
    )
    assert kk["repeat_baymenov_a"].startswith("3 кездесу, 2022, 2023 және 2025 жылдары.")
    assert "2025 жылғы 17 қаңтар" in kk["repeat_baymenov_a"]
    assert ".." not in "".join(kk.values())


def test_kazakh_values_have_no_latin_names(both):
    for key, value in both["kk"].items():
        assert not latin_words(value), f"{key}: {value!r}"


def test_kazakh_chapter_mirrors_the_english_one():
    en, kk = CHAPTER_EN.read_text("utf-8"), CHAPTER_KK.read_text("utf-8")
    assert kk.splitlines()[0].endswith("{#sec-communication}")
    assert '[English](../communication.html){.lang-switch hreflang="en" lang="en"}' in kk
    ids = re.compile(r"\{#(sec-[a-z0-9-]+)\}")
    assert ids.findall(kk) == ids.findall(en)
    refs = re.compile(r"@((?:sec|fig|tbl)-[a-z0-9-]+)")
    assert set(refs.findall(kk)) == set(refs.findall(en))
    inc = re.compile(r"\{\{< include (?:artefacts/(?:en|kk)/)?([^ ]+) >\}\}")
    assert inc.findall(kk) == inc.findall(en)
    assert "artefacts/en/" not in kk
    assert "{{< include _argues-communication.qmd >}}" in kk
    assert sorted(f"_{label}.md" for label in LABELS) == sorted(
        x for x in inc.findall(kk) if x.startswith("_fig") or x.startswith("_tbl")
    )
    assert "```{python" not in kk
    # Cyrillic only: no Latin transliteration of a name in the Kazakh prose.
    for name in ("Baymenov", "Izmukhambetov", "Kurishbaev", "Batalov"):
        assert name not in kk


def _caption_messages(lang: str) -> dict:
    """The chapter's ``caption-<label>`` messages of ``locales/<lang>/captions.ftl``."""
    from fluent.syntax import FluentParser
    from fluent.syntax import ast as fast

    text = (LOCALES / lang / "captions.ftl").read_text(encoding="utf-8")
    entries = {e.id.name: e for e in FluentParser().parse(text).body if isinstance(e, fast.Message)}
    return {label: entries[f"caption-{label}"] for label in LABELS}


def test_kazakh_captions_match_the_english_labels_and_values():
    from fluent.syntax import ast as fast
    from fluent.syntax.serializer import serialize_pattern
    from fluent.syntax.visitor import Visitor

    class Slots(Visitor):
        def __init__(self) -> None:
            self.names: set[str] = set()

        def visit_VariableReference(self, node):
            self.names.add(node.id.name)

    def slots(entry: fast.Message) -> set[str]:
        v = Slots()
        v.visit(entry)
        return v.names

    en, kk = _caption_messages("en"), _caption_messages("kk")
    slot = re.compile(r"\{[^{}]*\}")
    for label in LABELS:
        assert slots(kk[label]) == slots(en[label]), label
        assert not latin_words(slot.sub(" ", serialize_pattern(kk[label].value))), label


def _svg_text(path) -> str:
    """Every text the SVG draws (a multi-line label's lines joined by a space)."""
    texts = re.findall(r"<text\b[^>]*>(.*?)</text>", path.read_text("utf-8"), flags=re.S)
    return html.unescape(" ".join(re.sub(r"<[^>]+>", " ", t) for t in texts))


def _html_text(path) -> str:
    t = re.sub(r"<style.*?</style>", " ", path.read_text("utf-8"), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))


def test_kazakh_figures_draw_kazakh_words_and_cyrillic_names(built_artefacts_kk, tables):
    d = built_artefacts_kk["dir"]
    log = tables["meetings_log"]
    for label in FIGURES:
        text = _svg_text(d / f"{label}.svg")
        assert text.strip(), label
        assert not latin_words(text), (label, latin_words(text))
        for latin in log["name_latin"].unique():
            assert latin not in text, (label, latin)
    timeline = _svg_text(d / "fig-meetings-timeline.svg")
    for name in log["name_kk"].unique():
        assert name in timeline
    assert "Жарлық, 2022 жылғы 14 маусым" in timeline
    assert "отырыс" in timeline
    domains = _svg_text(d / "fig-meetings-by-domain.svg")
    for label in tables["topic_domains"]["label_kk"]:
        assert label in domains
    repeat = _svg_text(d / "fig-repeat-visits.svg")
    for r in tables["repeat_visitors"].itertuples():
        # Name, and the check on the label's second line, in full (not cut short).
        assert r.name_kk in repeat
        assert f"({tbl_meetings.check_word(catalog('kk'), r.check)})" in repeat
    assert "…" not in repeat
    for status in fig_meetings.TEXT_STATUS_COLOURS:
        assert catalog("kk")("meetings-fig-status-" + status) in repeat


def test_kazakh_tables_use_kazakh_words_and_names(built_artefacts_kk, tables):
    d = built_artefacts_kk["dir"]
    log = tables["meetings_log"]
    for label in TABLES:
        text = _html_text(d / f"{label}.html")
        assert not latin_words(text), (label, latin_words(text))
        for latin in log["name_latin"].unique():
            assert latin not in text, (label, latin)
    shown = tbl_meetings.meetings_table(
        log, tables["meeting_domains"], tables["topic_domains"], lang="kk"
    )._tbl_data
    assert list(shown.columns) == [
        "Күні",
        "Адам және лауазымы",
        "Тақырыптар (мақаланың сөзімен)",
        "Салалар",
    ]
    assert (shown["Адам және лауазымы"].str.split(":").str[0] == log["name_kk"].to_numpy()).all()
    assert shown["Күні"].str.endswith("◊").sum() == int(log["before_decree"].sum()) == 2
    sessions = tbl_meetings.sessions_table(tables["sessions"], lang="kk")._tbl_data
    assert list(sessions["Өткен жері"]) == ["Ұлытау", "Түркістан", "Атырау", "Бурабай", "Қызылорда"]
    assert sessions["Күндері (секциялар, пленарлық мәжіліс)"].iloc[1] == "2023 жылғы 16–17 маусым"
    iv = tbl_meetings.intervals_table(
        tables["session_intervals"], tables["meetings_by_year"], lang="kk"
    )._tbl_data
    rates = iv[catalog("kk")("meetings-intervals-rate")].iloc[1:4]
    assert [x.split(" ")[0] for x in rates] == ["8,0", "6,7", "5,0"]
    epi = tbl_meetings.epilogue_table(tables["epilogue_2026"], lang="kk")._tbl_data
    assert "қатысқаны 9\u00a0127\u00a0192 (73,12%)" in epi["Сандар"].iloc[2]


def test_every_differing_entry_has_a_kazakh_note(tables):
    a = tables["coding_agreement"]
    off = a[~(a["primary_agree"] & a["domains_agree"])]
    keys = set(zip(off["meeting_date"].dt.strftime("%Y-%m-%d"), off["person_id"], strict=True))
    ids = catalog("kk").files["meetings.ftl"]
    notes = {i for i in ids if i.startswith("meetings-coder-note-")}
    assert notes == {"meetings-coder-note-" + tbl_meetings.slug(f"{d}-{p}") for d, p in keys}
    definitions = {i for i in ids if i.startswith("meetings-definition-")}
    assert definitions == {
        "meetings-definition-" + tbl_meetings.slug(d) for d in tables["topic_domains"]["domain_id"]
    }


def test_builders_default_to_english(tables):
    """``lang`` defaults to English: the English chart keeps its English words."""
    spec = fig_meetings.repeat_visits(tables["repeat_visitors"], tables["sessions"]).to_dict()
    assert spec["layer"][2]["encoding"]["color"]["title"] == "In the article's prose"
    kk = fig_meetings.repeat_visits(
        tables["repeat_visitors"], tables["sessions"], lang="kk"
    ).to_dict()
    assert kk["layer"][2]["encoding"]["color"]["title"] == "Мақала мәтінінде"
