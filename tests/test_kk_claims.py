"""The Kazakh edition of the Claims audit and Context chapters: the same keys, the same
numbers as the English values (after the number format is normalised), Kazakh words in the
figure and tables, and chapters that use only known values, labels and includes."""

from __future__ import annotations

import re

import pytest
from kk_dates import as_iso

from analysis import artefacts, prose
from analysis.figures.claims import claims_status
from analysis.paths import BOOK, PROCESSED
from analysis.prose import claims as prose_claims
from analysis.tables.claims import claims_table, column_names, show_value, verdict_words
from analysis.tables.context import recommendations_table, world_practices_table

CHAPTERS = ("claims", "context")
#: The Kazakh table's columns, by the English table's column (shown and hidden).
COLUMNS_KK = {
    "Reproduced": "Сәйкес келе ме",
    "Claim": "Мәлімдеме",
    "Lines": "Жолдар",
    "What the article says": "Мақала не дейді",
    "Printed": "Мақаладағы мән",
    "Data": "Деректегі мән",
    "Kazakh quote": "Мақаладағы дәйексөз",
    "Problem": "Мәселе",
    "Check": "Тексеру түрі",
    "Note": "Ескертпе",
    "What the data say": "Деректер не көрсетеді",
}
HIDDEN_KK = [
    COLUMNS_KK[c] for c in ("Kazakh quote", "Problem", "Check", "Note", "What the data say")
]
VERDICT_KK = {
    "reproduced": "✓ иә",
    "read_back": "≡ тек көшірмемен",
    "inconsistent": "✗ жоқ",
    "not_reproducible": "– тексеруге болмайды",
}
#: Counts 0-10 in words, in English and Kazakh.
WORDS = [prose_claims.words(n, "en") for n in range(11)]
WORDS_KK = [prose_claims.words(n, "kk") for n in range(11)]
#: Latin allowed in Kazakh figure and table text (KAZAKH.md), plus the ledger's claim and
#: problem ids (C17, P1), Roman session numbers (III) and the paths of source notes.
ALLOWED = {"CSV", "SVG", "PNG", "Vega-Lite", "Quarto", "Python", "pandas", "statsmodels"}
ALLOWED |= {"p", "n", "WPP", "UN", "CI", "e-Democracia"}  # the portal, as the article prints it
_ID = re.compile(r"^([AC]\d{2}|P\d+|[IVX]+)$")  # claim ids (C..), argument ids (A..)
_PATH = re.compile(r"\b(?:data|analysis)/[\w./-]+")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*")


def latin_words(text: str) -> list[str]:
    """The Latin words of ``text`` not allowed in the Kazakh edition (paths removed)."""
    text = _PATH.sub(" ", text)
    return [w for w in _LATIN.findall(text) if w not in ALLOWED and not _ID.match(w)]


def numbers(text: str, lang: str) -> list[float]:
    """The numbers written in digits in ``text`` (in ``lang``'s format), sorted: English
    '2,400' and Kazakh '2 400' are 2400; English '70.6' and Kazakh '70,6' are 70.6."""
    if lang == "en":
        text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    else:
        text = as_iso(text, words=False)  # a table's «2023 ж. 20 шілде»: the English 2023-07-20
        text = re.sub(r"(?<=\d)\u00a0(?=\d{3}\b)", "", text)
        text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    return sorted(float(x) for x in re.findall(r"\d+(?:\.\d+)?", text))


@pytest.fixture(scope="module")
def both(tables):
    """Prose values of the namespaces the chapters read, per language."""
    out = {}
    for lang in ("en", "kk"):
        vals: dict[str, dict[str, str]] = {}
        c = prose.Context(processed_dir=PROCESSED, lang=lang, values=vals)
        for name in ("params", "composition", "context", "claims"):
            vals[name] = prose.provider(name)(c)
        out[lang] = vals
    return out


@pytest.mark.parametrize("ns", ["claims", "context"])
def test_kazakh_values_have_the_english_keys_and_numbers(both, ns):
    en, kk = both["en"][ns], both["kk"][ns]
    assert set(kk) == set(en)
    for key in en:
        assert numbers(kk[key], "kk") == numbers(en[key], "en"), (
            f"{ns}.{key}: {en[key]!r} vs {kk[key]!r}"
        )
        if en[key] in WORDS:  # a count in words: the same count in Kazakh
            assert WORDS_KK.index(kk[key]) == WORDS.index(en[key])


def test_kazakh_claims_values(both, tables):
    kk = both["kk"]["claims"]
    n = tables["claims_ledger"]["status"].value_counts()
    assert kk["n_claims"] == "54"
    assert kk["decree_date"] == "2022 жылғы 14 маусым"
    assert kk["decree_date_loc"] == "2022 жылғы 14 маусымда"
    assert kk["last_event_loc"] == "2025 жылғы 17 қаңтарда"
    assert kk["nomad_meeting_date_loc"] == "2023 жылғы 2 ақпанда"
    assert kk["baymenov_early"].startswith("Оның 2022 жылғы 5 мамырдағы кездесуі")
    assert kk["n_claims_split"] == (
        "47-сі мақаладан, 7-сі саяси реформалар туралы екінші дереккөз мәтінінен"
    )
    assert kk["session1_place"] == "Ұлытау"
    assert kk["early_list"] == (
        "Ж. Құлекеев (2022 жылғы 25 сәуір) және Ә. Бәйменов (2022 жылғы 5 мамыр)"
    )
    assert kk["young_change_pp"] == "7,7"
    assert kk["young_2023"] == "32,0%"
    assert kk["status_sentence"] == (
        f"расталатыны – {n['reproduced']} (басқа деректерден қайта есептелгені – 12, "
        "тәуелсіз дереккөзбен салыстырылғаны – 8), "
        f"тек өз көшірмемізбен сәйкес келетіні – {n['read_back']}, "
        f"сәйкес келмейтіні – {n['inconsistent']}, "
        f"тексеруге болмайтыны – {n['not_reproducible']}"
    )
    assert kk["read_only_ids"].startswith("C01–C04, C06–C09, C22")
    assert kk["independent_ids"] == "C10, C14, C16, C42, C43, C51, C52 және C54"
    assert kk["ncpt_years_found"] == "2,9"
    assert "C17, C18 және C19 – бір" in kk["problem_sentence"]  # one problem (P1) for all three
    assert kk["nomad_person"] == "И. Салжанов"
    assert kk["years_range"] == "2,5–3,5"
    assert "100-ден астам" in kk["context_list"]
    assert both["kk"]["context"]["usa_hearings_decade"] == "1920-жылдары"
    assert both["kk"]["context"]["n_recommendations"] == "сегіз"
    for key, value in kk.items():
        assert not latin_words(value), f"claims.{key} has Latin words: {value!r}"


@pytest.mark.parametrize(
    ("n", "word"), [(100, "100-ден"), (40, "40-тан"), (3, "3-тен"), (27, "27-ден"), (10, "10-нан")]
)
def test_ablative_suffix(n, word):
    assert prose_claims.ablative(n, "kk") == word


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        ("2400", "respondents", "2\u00a0400 респондент"),
        ("7.7", "percentage points", "7,7 п.т."),
        ("70.6/76.1", "percent", "70,6/76,1%"),
        ("2024", "year", "2024"),
        (
            "2023-07-20..2023-07-31",
            "date range",
            "2023\u00a0ж. 20\u00a0шілде – 2023\u00a0ж. 31\u00a0шілде",
        ),
        ("2022;2023;2025", "years", "2022, 2023, 2025"),
        ("100", "legal acts", "100 нормативтік құқықтық акт"),
    ],
)
def test_show_value_kazakh(value, unit, shown):
    assert show_value(value, unit, "kk") == shown


def _table_text(gt, data=None) -> str:
    data = gt._tbl_data if data is None else data
    cells = " ".join(str(v) for v in data.to_numpy().ravel())
    notes = " ".join(str(n) for n in gt._source_notes)
    return " ".join([*map(str, data.columns), cells, notes])


def test_kazakh_claims_table(tables):
    ledger = tables["claims_ledger"]
    gt = claims_table(ledger, lang="kk")
    data = gt._tbl_data
    assert list(data.columns) == list(COLUMNS_KK.values())
    assert verdict_words("kk") == VERDICT_KK
    names = column_names("kk")
    assert [names[c] for c in ("quote", "problem", "check", "note", "data_says")] == HIDDEN_KK
    # our Kazakh paraphrase where the English table has the English one; the article's own
    # words in the (hidden) quote column, shown in each row's fold
    assert data[COLUMNS_KK["What the article says"]].tolist() == ledger["paraphrase_kk"].tolist()
    assert data[COLUMNS_KK["Kazakh quote"]].tolist() == ledger["quote_kk"].tolist()
    assert set(data[COLUMNS_KK["Reproduced"]]) == set(VERDICT_KK.values())
    row = data.set_index(COLUMNS_KK["Claim"]).loc["C12"]
    assert (row[COLUMNS_KK["Printed"]], row[COLUMNS_KK["Data"]]) == ("3 жыл", "2,6 жыл")
    assert (
        data.set_index(COLUMNS_KK["Claim"])
        .loc["C43", COLUMNS_KK["Lines"]]
        .startswith("реформалар туралы мақала")
    )
    assert set(HIDDEN_KK) <= set(data.columns)
    en = claims_table(ledger)._tbl_data
    for col_en in ("Printed", "Data"):  # the same values after normalising the format
        for a, b in zip(en[col_en], data[COLUMNS_KK[col_en]], strict=True):
            assert numbers(a, "en") == numbers(b, "kk"), (a, b)
    shown = data.drop(columns=[names["note"], names["data_says"]])  # the next test's
    assert latin_words(_table_text(gt, shown)) == []


def test_kazakh_claims_table_notes(tables):
    """The download's note and "what the data say" are in Kazakh: the same numbers as the
    English sentence the check writes, and no Latin words beyond the English sentence's
    own names (tables, columns, sources)."""
    ledger = tables["claims_ledger"]
    en, kk = claims_table(ledger)._tbl_data, claims_table(ledger, lang="kk")._tbl_data
    names_en, names_kk = column_names("en"), column_names("kk")
    for col in ("note", "data_says"):
        for a, b in zip(en[names_en[col]], kk[names_kk[col]], strict=True):
            assert bool(a) == bool(b), (a, b)
            extra = {w.rstrip("-") for w in latin_words(b)} - set(latin_words(a))
            assert not {w for w in extra if not _ID.match(w)}, (a, b)
            if col == "data_says":
                assert numbers(a, "en") == numbers(b, "kk"), (a, b)
    says = kk.set_index(names_kk["claim"])[names_kk["data_says"]]
    assert "2024 жылы 48,4%; сөйлем соңғысына сүйенеді" in says["C37"]
    assert "2,60 жыл" in says["C12"]


def test_kazakh_context_tables(tables):
    wp = world_practices_table(tables["world_practices"], lang="kk")
    assert "Ел" in wp._tbl_data.columns
    assert "Ireland" not in _table_text(wp)
    figures = [f for f in wp._tbl_data["Мақаладағы көрсеткіш"] if f]
    assert [f.split(" (")[0] for f in figures] == ["1920-жылдар", "30%", "374"]
    recs = recommendations_table(tables["recommendations"], lang="kk")
    assert len(recs._tbl_data) == 8
    assert recs._tbl_data["Ұсыныс (мазмұны)"].str.len().min() > 20
    for gt in (wp, recs):
        assert latin_words(_table_text(gt)) == []


def test_kazakh_figure_words(tables):
    spec = claims_status(tables["claims_ledger"], lang="kk").to_dict()
    data = next(iter(spec["datasets"].values()))
    drawn = [spec["encoding"]["x"]["title"], spec["encoding"]["color"]["title"]]
    drawn += [str(spec["title"]["text"])] + [r["topic"] + " " + r["status_label"] for r in data]
    assert sum(r["claims"] for r in data) == 54
    assert {r["status_label"] for r in data} == {
        "Расталады",
        "Тек көшірмемен сәйкес келеді",
        "Сәйкес келмейді",
        "Тексеруге болмайды",
    }
    assert latin_words(" ".join(drawn)) == []


def test_kazakh_captions(tables):
    values = {
        lang: prose.collect(prose.Context(processed_dir=PROCESSED, lang=lang, values={}))
        for lang in ("en", "kk")
    }
    caps = {lang: artefacts.captions(values[lang], lang) for lang in ("en", "kk")}
    for label in ("fig-claims-status", "tbl-claims", "tbl-world-practices", "tbl-recommendations"):
        cap, alt = caps["kk"][label].caption, caps["kk"][label].alt
        assert cap, label
        assert not latin_words(cap + " " + alt), label
    alt = caps["kk"]["fig-claims-status"].alt
    assert (
        "Көзқарас: 18 сандық мәлімдеме (расталатыны – 4, тек көшірмемен сәйкес келетіні – 14)."
        in alt
    )
    labels = {"tbl-world-practices", "tbl-recommendations"}
    assert labels <= set(caps["kk"])
    assert set(caps["kk"]) == set(caps["en"])


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_kazakh_chapter_mirrors_the_english_one(chapter, both):
    en = (BOOK / f"{chapter}.qmd").read_text(encoding="utf-8")
    kk = (BOOK / "kk" / f"{chapter}.qmd").read_text(encoding="utf-8")
    assert "{python}" not in kk
    assert kk.splitlines()[0].endswith(re.search(r"\{#sec-[\w-]+\}", en).group(0))
    assert f"[English](../{chapter}.html)" in kk
    ids = r"\{#(sec-[\w-]+)\}"
    assert re.findall(ids, kk) == re.findall(ids, en)
    refs = r"@((?:fig|tbl|sec)-[\w-]+)"
    assert sorted(set(re.findall(refs, kk))) == sorted(set(re.findall(refs, en)))
    inc = r"\{\{< include (\S+) >\}\}"
    assert re.findall(inc, kk) == [p.replace("/en/", "/kk/") for p in re.findall(inc, en)]
    for ns, key in re.findall(r"\{\{< var (\w+)\.(\w+) >\}\}", kk):
        assert key in both["kk"][ns], f"kk/{chapter}.qmd uses unknown value {ns}.{key}"
    prose_text = re.sub(r"\{\{<.*?>\}\}|\[English\]\(.*?\)\{.*?\}|\{#.*?\}|@[\w-]+", " ", kk)
    # Markup, not words: the opening's block and label, the folds' HTML tags.
    prose_text = re.sub(r"\{\.[\w-]+\}|<[^>]+>", " ", prose_text)
    prose_text = prose_text.replace("«e-Democracia»", " ")  # the portal's name as printed
    assert latin_words(prose_text) == []
