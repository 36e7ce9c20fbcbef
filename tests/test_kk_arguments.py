"""The Kazakh edition of the argument ledger: the same prose keys as the English with Kazakh
words and the same numbers, Kazakh text in every ledger row, and Kazakh tables without Latin
words (outside the allowlist of KAZAKH.md, paths and addresses)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from analysis import pipeline
from analysis.arguments import verdict_label
from analysis.i18n import catalog, formats
from analysis.prose import Context
from analysis.prose import arguments as prose_arguments
from analysis.prose import index as prose_index
from analysis.prose import params as prose_params
from analysis.tables.arguments import (
    VERDICT_MARKS,
    argues_table,
    criteria_table,
    glossary_table,
    verdicts_table,
)

BOOK = Path(__file__).resolve().parents[1] / "book"
#: Latin tokens a Kazakh table may contain (KAZAKH.md): software and format names, the
#: symbols p, n and χ², the abbreviations WPP, UN, CI, and Roman numerals of sessions.
ALLOWED_LATIN = {"CSV", "SVG", "PNG", "Vega", "Lite", "Quarto", "Python", "pandas"}
ALLOWED_LATIN |= {"statsmodels", "p", "n", "WPP", "UN", "CI"}
#: Names of the public sources the reasoning cites (A05, A06), kept as published.
ALLOWED_LATIN |= {"Participedia", "ConstitutionNet"}
ROMAN = re.compile(r"^[IVX]+$")
# A claim of the ledger (A01) or a numeric claim of the numbers register (C01, the glossary).
CLAIM_ID = re.compile(r"^[AC]\d{2}$")


def _kk_label(verdict: str) -> str:
    """The Kazakh verdict words (the catalog's ``arguments-verdict-*``)."""
    return verdict_label(verdict, catalog("kk"))


def _values(lang: str) -> dict[str, str]:
    ctx = Context(processed_dir=pipeline.PROCESSED, lang=lang)
    ctx.values["params"] = prose_params.values(ctx)
    return prose_arguments.values(ctx)


@pytest.fixture
def en(tables) -> dict[str, str]:
    return _values("en")


@pytest.fixture
def kk(tables) -> dict[str, str]:
    return _values("kk")


def _numbers(text: str, lang: str) -> list[float]:
    """The numbers of ``text`` (signs dropped; Kazakh decimal comma and no-break spaces
    normalised to the English form), in order."""
    if lang == "kk":
        text = re.sub(r"(?<=\d)\u00a0(?=\d{3})", "", text)
        text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    else:
        text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return [float(x) for x in re.findall(r"\d+(?:\.\d+)?", text)]


def test_kazakh_values_have_the_english_keys(en, kk):
    assert set(kk) == set(en)
    assert all(isinstance(v, str) and v.strip() for v in kk.values())
    for i in range(1, 8):
        assert f"key_finding_{i}" in kk


def test_kazakh_numbers_equal_the_english(tables, en, kk):
    # Values that are numbers (counts, shares, rates, intervals, changes): the same numbers.
    numeric = [
        k
        for k, v in en.items()
        if re.fullmatch(r"[-+]?[\d.,%–]+( pp \(95% CI [-+\d.]+ to [-+\d.]+\))?", v)
        # The Kazakh glossary also lists the Kazakh edition's own terms (source edition:kk).
        and k != "glossary_n"
    ]
    assert len(numeric) > 40
    for key in numeric:
        assert sorted(_numbers(kk[key], "kk")) == sorted(_numbers(en[key], "en")), key
    # The survey changes and the key findings carry the same numbers in both languages
    # (Kazakh words for small numbers aside).
    for key in ("better_change", "worse_change", "positive_change", "young_change"):
        assert _numbers(kk[key], "kk") == _numbers(en[key], "en"), key
    assert kk["better_2023"] == "46,1%"
    assert en["better_2023"] == "46.1%"
    assert kk["better_change"] == "−10,2 п.т. (95% СА [−16,4; −3,8])"
    assert kk["meetings_first"] == "2022 жылғы 22 маусым"  # from the decree (E7)
    assert kk["meetings_gap_to"] == "2025 жылғы 17 қаңтар"
    for i in (1, 2, 3, 4, 6):
        k_nums = set(_numbers(kk[f"key_finding_{i}"], "kk"))
        e_nums = set(_numbers(en[f"key_finding_{i}"], "en"))
        assert e_nums - {18.0, 28.0} <= k_nums | {18.0, 28.0}, i
    assert "46,1%" in kk["key_finding_1"]
    assert "35,9%" in kk["key_finding_1"]
    assert kk["verdict_a31"] in kk["key_finding_1"]
    assert kk["verdict_a40"] in kk["key_finding_5"]
    assert "мүшелермен 18 кездесу" in kk["key_finding_5"]  # from the decree (E7)
    assert "31 айда" in kk["key_finding_5"]


def test_kazakh_verdicts_follow_the_ledger(tables, kk):
    ledger = tables["argument_ledger"]
    for r in ledger.itertuples():
        assert kk[f"verdict_{r.claim_id.lower()}"] == _kk_label(r.verdict).lower()
    n = ledger["verdict"].value_counts().reindex(["supported", "contradicted"], fill_value=0)
    counts = kk["verdict_counts"]
    if n["contradicted"]:
        # «2-еуі» style of the list: digits with the possessive ("two of them")
        part = formats.kk_part(n["contradicted"], collective=False)
        assert f"{part} мақаланың өз деректеріне қайшы" in counts
    else:
        assert "ешқайсысы қайшы келмейді" in counts
    assert (
        f"{len(ledger)} тұжырымы бар: олардың {formats.kk_part(n['supported'], collective=False)}"
        in counts
    )
    assert "† белгісімен" in counts
    assert kk["title_verdict"] == _kk_label(ledger.iloc[0]["verdict"]).lower()


def test_every_ledger_row_has_kazakh_text(tables):
    ledger = tables["argument_ledger"]
    cyr = re.compile(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]")
    for col in ("paraphrase_kk", "reasoning_kk"):
        assert ledger[col].notna().all(), col
        mostly_kazakh = ledger[col].map(
            lambda t: len(cyr.findall(t)) > 0.6 * len(re.sub(r"\W", "", t))
        )
        assert mostly_kazakh.all(), ledger.loc[~mostly_kazakh, "claim_id"].tolist()
    computed = ledger["basis"] == "computed"
    assert ledger.loc[computed, "robustness_kk"].notna().all()
    # A computed reasoning carries the same numbers as its English (here: claim A31).
    a31 = ledger.set_index("claim_id").loc["A31"]
    assert "46,1%" in a31["reasoning_kk"]
    assert "35,9%" in a31["reasoning_kk"]
    assert "−10,2 п.т." in a31["reasoning_kk"]
    for t in ("deliberative_criteria", "glossary"):
        frame = tables[t]
        for col in [c for c in frame.columns if c.endswith("_kk") and c != "term_kk"]:
            assert frame[col].str.contains(cyr).all(), (t, col)


def _latin_words(html_text: str) -> set[str]:
    """Latin words of a table's text, leaving out paths, file names, addresses, claim ids,
    Roman numerals and the allowlist."""
    text = re.sub(r"<style>.*?</style>", " ", html_text, flags=re.S).replace("<wbr>", "")
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    found = set()
    for token in text.split():
        if re.search(r"[/_]|\.[a-z]", token):  # a path, file or address
            continue
        for word in re.findall(r"[A-Za-z]+", token):
            if word in ALLOWED_LATIN or ROMAN.match(word) or CLAIM_ID.match(token.strip("(),.;")):
                continue
            found.add(word)
    return found


def test_kazakh_tables_have_no_latin_words(tables):
    ledger = tables["argument_ledger"]
    built = [argues_table(ledger, part=p, lang="kk") for p in ledger["part"].unique()]
    built += [
        verdicts_table(ledger, lang="kk"),
        criteria_table(tables["deliberative_criteria"], lang="kk"),
    ]
    for gt in built:
        html_text = gt.as_raw_html()
        # Column names in a source note are allowed (``reads``).
        assert _latin_words(html_text) <= {"reads"}, _latin_words(html_text)
    # The glossary shows each term's English equivalent (its second column) on purpose;
    # every other column is Kazakh.
    glossary = glossary_table(tables["glossary"], lang="kk")
    english = set(glossary._tbl_data.iloc[:, 1])
    assert english
    assert all(re.search(r"[A-Za-z]", e) for e in english)
    others = glossary._tbl_data.drop(columns=glossary._tbl_data.columns[1])
    assert _latin_words(" ".join(others.astype(str).to_numpy().ravel())) == set()
    # The English tables do have English words (the check is not vacuous).
    assert "Supported" in _latin_words(verdicts_table(ledger).as_raw_html())


def test_kazakh_tables_show_kazakh_labels(tables):
    ledger = tables["argument_ledger"]
    html_text = argues_table(ledger, part="attitudes", lang="kk").as_raw_html()
    assert "Негіздеме" in html_text
    a31 = ledger.set_index("claim_id").loc["A31", "verdict"]
    assert f"{VERDICT_MARKS[a31]} {_kk_label(a31)}<" in html_text
    assert "Орнықтылығы:" in html_text
    assert ">A31<" in html_text
    assert ">A01<" not in html_text
    v = verdicts_table(ledger, lang="kk").as_raw_html()
    assert "Барлық бөлім" in v
    assert f">{len(ledger)}<" in v
    g = glossary_table(tables["glossary"], lang="kk").as_raw_html()
    assert "Мағынасы" in g
    assert "Latin" not in g
    with pytest.raises(ValueError, match="unknown language"):
        verdicts_table(ledger, lang="ru")


def test_preface_numbers_in_kazakh(tables):
    ctx = Context(processed_dir=pipeline.PROCESSED, lang="kk")
    kk = prose_index.values(ctx)
    en = prose_index.values(Context(processed_dir=pipeline.PROCESSED))
    assert set(kk) == set(en)
    for key in en:
        if key.endswith("_of_them"):  # "2 of them": «екеуі»
            assert kk[key] == formats.kk_part(en[key]), key
            continue
        assert kk[key].replace("\u00a0", "") == en[key].replace(",", ""), key


def test_kazakh_chapters_mirror_the_english(built_artefacts_kk):
    """Same vars, cross-references and includes (with the kk artefact path) as the English."""
    pairs = [("conclusion.qmd", "conclusion.qmd"), ("index.qmd", "index.qmd")]
    pairs += [(f"_argues-{c}.qmd",) * 2 for c in ("context", "composition", "attitudes")]
    pairs += [("_argues-communication.qmd",) * 2]
    for en_name, kk_name in pairs:
        en_text = (BOOK / en_name).read_text(encoding="utf-8")
        kk_text = (BOOK / "kk" / kk_name).read_text(encoding="utf-8")

        def keys(text: str) -> set[str]:
            # A capitalised variant (``_cap``) or the count after "of them" (``_of_them``,
            # Kazakh «екеуі») may be used in one language only.
            found = re.findall(r"\{\{< var ([a-z0-9_.]+) >\}\}", text)
            return {k.removesuffix("_cap").removesuffix("_of_them") for k in found}

        def refs(text: str) -> set[str]:
            return set(re.findall(r"@((?:sec|tbl|fig)-[a-z0-9-]+)", text))

        def includes(text: str) -> list[str]:
            found = re.findall(r"\{\{< include (\S+) >\}\}", text)
            return [f.replace("artefacts/en/", "artefacts/kk/") for f in found]

        assert keys(kk_text) >= keys(en_text), (kk_name, keys(en_text) - keys(kk_text))
        assert refs(kk_text) == refs(en_text), (kk_name, refs(en_text) ^ refs(kk_text))
        assert includes(kk_text) == includes(en_text), kk_name
        heads = re.findall(r"\{#([a-z0-9-]+)\}", en_text)
        assert all(f"#{h}" in kk_text for h in heads), kk_name
    # The Kazakh values (built by the test session's artefact step) define every var the
    # Kazakh chapters use.
    variables = built_artefacts_kk["variables"]
    for name in [p[1] for p in pairs]:
        for key in re.findall(
            r"\{\{< var ([a-z0-9_.]+) >\}\}", (BOOK / "kk" / name).read_text(encoding="utf-8")
        ):
            ns, _, k = key.partition(".")
            assert k in variables.get(ns, {}), key


def test_kk_table3_rows_dated_otherwise_and_date_counting(tables):
    """The Kazakh edition of the records note and the date counting (same values)."""
    kk = _values("kk")
    moved = kk["records_moved"]
    assert moved.startswith("Ашық жазбалар 3-кестенің 3 жолын басқа күнмен береді:")
    assert "3-кестеде 2023 жылғы 21 тамыз, жазбаларда 2023 жылғы 18 тамыз" in moved
    assert "Әрқайсысы отырыстар арасындағы сол аралықта қалады" in moved
    assert "кездесу күндері 18 емес, 17" in moved
    assert "барлығы 20 қабылдау" in kk["meetings_date_note"]
    assert "бөлек сөйлемдермен, яғни бөлек қабылданған" in kk["meetings_date_note"]
