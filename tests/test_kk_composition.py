"""The Kazakh edition of the Composition chapter: the same values as the English one in
Kazakh form, Kazakh captions, charts and tables with no English words, and a chapter with the
same sections, cross-references and includes as ``book/composition.qmd``."""

from __future__ import annotations

import re

import pytest

from analysis import prose, quotes
from analysis.artefacts import Captions
from analysis.composition import cyrillic_names
from analysis.figures import composition as fig
from analysis.i18n import catalog
from analysis.paths import ARTICLE_SEED, BOOK, seed_text
from analysis.prose import composition as pc
from analysis.prose import params as pp
from analysis.registry import ENTRIES
from analysis.tables import composition as tbl

CHAPTER_EN = BOOK / "composition.qmd"
CHAPTER_KK = BOOK / "kk" / "composition.qmd"
ENTRIES_HERE = [e for e in ENTRIES if e.chapter == "composition.qmd"]
LABELS = [e.label for e in ENTRIES_HERE if not e.label.startswith("tbl-argues-")]
#: Latin words a Kazakh chart or table may show (KAZAKH.md): format names, symbols, and
#: the sites of sources, web addresses and file paths in source notes (checked apart).
LATIN_ALLOWED = {"CSV", "SVG", "PNG", "p", "n", "WPP", "UN", "CI"}
#: English number words and their values, to compare English and Kazakh values.
EN_NUMBERS = {catalog("en")("composition-number", n=i, count=str(i)): str(i) for i in range(11)}
KK_NUMBERS = {catalog("kk")("composition-number", n=i, count=str(i)): str(i) for i in range(11)} | {
    catalog("kk")("composition-number-of-them", n=i, count=str(i)): str(i) for i in range(1, 11)
}


def _values(lang: str) -> dict[str, dict[str, str]]:
    ctx = prose.Context(lang=lang)
    ctx.values["params"] = pp.values(ctx)
    ctx.values["composition"] = pc.values(ctx)
    return ctx.values


@pytest.fixture(scope="module")
def en(tables) -> dict[str, dict[str, str]]:
    return _values("en")


@pytest.fixture(scope="module")
def kk(tables) -> dict[str, dict[str, str]]:
    return _values("kk")


def _numbers(text: str, words: dict[str, str]) -> list[str]:
    """The numbers of a value in order, number words turned into figures and the Kazakh
    format (decimal comma, no-break space) into the English one."""
    text = text.replace("\u00a0", "").replace(",", ".")
    tokens = re.findall(r"\d+(?:\.\d+)?|[^\W\d_]+", text)
    out = []
    for t in tokens:
        if t[0].isdigit():
            out.append(t.rstrip("."))
        elif t.lower() in words and t.lower() not in {"no"}:
            out.append(words[t.lower()])
    return out


def _latin_words(text: str) -> set[str]:
    """Latin words of ``text`` outside web addresses, sites and file paths."""
    text = re.sub(r"https?://\S+|\b[\w.-]+\.(?:kz|com|agency|txt|csv)\b\S*|\S+/\S+", " ", text)
    text = re.sub(r"\b[IVX]+\b", " ", text)  # Roman session numbers, as printed (III)
    return set(re.findall(r"[A-Za-z]+", text)) - LATIN_ALLOWED


def test_kazakh_values_have_the_same_keys_and_numbers(en, kk):
    e, k = en["composition"], kk["composition"]
    assert set(e) == set(k)
    # Names and the rule are words; every other value states the same numbers.
    wordy = {
        "identity_rule",
        "rotation_period_kk",
        "sections_since",
        "after_window_names",
        "not_counted_names",
        "newcomers_in_table3_names",
        "surname_only_names",
        "topic_no_field_names",
        "topic_moves",
        "largest_field",
        "zero_fields",
    }
    # Sorted: a Kazakh date puts the year first ("2022 жылғы 14 маусым").
    for key in sorted(set(e) - wordy):
        assert sorted(_numbers(k[key], KK_NUMBERS)) == sorted(_numbers(e[key], EN_NUMBERS)), key
    assert k["coverage_pct"] == "44,3%"
    assert e["coverage_pct"] == "44.3%"
    assert k["renewed_share_pct"] == "27,4%"
    # Dates in the article's style, with the case the Kazakh sentence needs.
    assert k["decree_date"] == "2022 жылғы 14 маусымда"
    assert k["window_end"] == "2025 жылғы 14 маусымға"
    assert k["after_window_dates"] == "2026 жылғы 19 қаңтарда"
    assert k["newcomers_in_table3"] == "үшеуі"
    assert k["zero_fields"] == "медицина және жастар қозғалысы салаларына"
    assert not re.search(r"[A-Za-z]", k["not_counted_names"])
    assert k["sections_count"] == "төрт"


def test_kazakh_names_are_the_printed_cyrillic_forms(kk):
    k = kk["composition"]
    assert k["newcomers_in_table3_names"] == "Л. Буларов, Д. Зәкиева және Ю. Шин"
    assert k["surname_only_names"] == "О. Сәбден және С. Пономарев"
    # Our Kazakh form of the source's Russian spelling "Самат Нуртаза"
    # (analysis.composition.NAMES_KK).
    assert k["after_window_names"] == "Самат Нұртаза"
    # Sorted in the Kazakh alphabet: А before Ә before Ж before Қ before Ш.
    assert k["not_counted_names"] == (
        "Айгүл Орынбек, Әлия Масалимова, Жанна Асанова, Қазбек Майгелдінов және Шерзод Пулатов"
    )
    assert k["topic_moves"].startswith("А. Сатыбалды «Мәдениет және өнер» саласына")
    latin = {
        key: v
        for key, v in k.items()
        # Roman session numbers (III) are printed so by the article.
        if re.search("[A-Za-z]{2,}", re.sub(r"\b[IVX]+\b", "", v))
    }
    assert latin == {}


def test_names_kk_prefers_printed_cyrillic(tables):
    members = tables["members"]
    names = dict(zip(members["member_id"], cyrillic_names(members), strict=True))
    assert names["tokayev-k"] == "Қ. Тоқаев"  # printed by the article, line 37
    assert names["sabden-o"] == "О. Сәбден"
    # The source's Latin-script form ("Ilııa Jaqanov") gives way to our Cyrillic one.
    assert names["zhakanov-i"] == "Ілия Жақанов"
    assert not any(re.search("[A-Za-z]", n) for n in names.values())
    assert all(isinstance(n, str) and n for n in names.values())


def _captions_kk(values: dict[str, dict[str, str]]) -> dict[str, Captions]:
    """The chapter's Kazakh captions and alt texts (figures), from the catalog's
    ``caption-<label>`` messages filled with ``values``."""
    loc = catalog("kk")
    args = {f"{ns}_{key}": text for ns, vals in values.items() for key, text in vals.items()}
    return {
        label: Captions(
            loc(f"caption-{label}", **args),
            loc.attr(f"caption-{label}", "alt", **args) if label.startswith("fig-") else "",
        )
        for label in LABELS
        if loc.has(f"caption-{label}")
    }


def test_kazakh_captions_fill_and_state_the_numbers(kk):
    caps = _captions_kk(kk)
    fig_cap = caps["fig-members-by-field"]
    assert "28 белгілі мүше" in fig_cap.caption
    assert "149" in fig_cap.alt
    assert "83" in fig_cap.alt
    assert "38" in fig_cap.alt
    assert "БАҚ 3" in fig_cap.alt
    for label in LABELS:
        assert label in caps, label
        assert not _latin_words(caps[label].caption + " " + caps[label].alt), label


def test_kazakh_chart_draws_no_english(tables):
    chart = fig.members_by_field(tables["members_by_field"], lang="kk")
    spec = chart.to_dict()
    drawn: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in {"title", "text"} and isinstance(value, (str, list)):
                    drawn.extend([value] if isinstance(value, str) else map(str, value))
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk({k: v for k, v in spec.items() if k != "datasets"})
    rows = [r for rows in spec["datasets"].values() for r in rows]
    drawn += [r["label_kk"] for r in rows] + [r["kind_label"] for r in rows]
    assert not _latin_words(" ".join(drawn)), _latin_words(" ".join(drawn))
    assert all("label_en" not in r for r in rows)
    labels = [r["label_kk"] for r in rows]
    assert "Саясаткерлер мен делегаттар" in labels
    assert "Анықталмаған" in labels
    persons = {r["label_kk"]: r["persons"] for r in rows}
    assert persons["Анықталмаған"] == 83
    assert persons["Белгілі, саласы белгісіз"] == 38
    en_spec = fig.members_by_field(tables["members_by_field"]).to_dict()
    en_rows = [r for rows in en_spec["datasets"].values() for r in rows]
    assert sorted(r["persons"] for r in rows) == sorted(r["persons"] for r in en_rows)


def test_kazakh_tables_show_no_english(tables):
    for entry in ENTRIES_HERE:
        if entry.kind != "table" or entry.label.startswith("tbl-argues-"):
            continue
        frames = [tables[name] for name in entry.inputs]
        gt = entry.builder(*frames, **entry.kwargs, lang="kk")
        shown = gt._tbl_data
        hidden = {"Дереккөз", "Дереккөз күні", "Мекенжай", "Код"}
        text = (
            " ".join(map(str, shown.columns))
            + " "
            + " ".join(str(v) for c in shown.columns if c not in hidden for v in shown[c].dropna())
        )
        # Names with no Cyrillic form stay in their sources' Latin form (noted in the table).
        for name in ("Aida Balaeva", "Bibigul Zheksenbay", "Orazaly Sabden"):
            text = text.replace(name, "")
        members = tables["members"]
        for name in members.loc[members["name_kk"].isna(), "name_as_source"]:
            text = text.replace(name, "")
        assert not _latin_words(text), (entry.label, sorted(_latin_words(text)))


def test_kazakh_rotation_table_has_the_english_numbers(tables):
    kk_frame = tbl.rotation_table(tables["composition_coverage"], lang="kk")._tbl_data
    en_frame = tbl.rotation_table(tables["composition_coverage"])._tbl_data
    kk_values = [v.replace(",", ".").replace("\u00a0", "") for v in kk_frame["Мәні"]]
    assert kk_values == list(en_frame["Value"])
    assert "27,4%" in kk_frame["Мәні"].tolist()


def test_unknown_language_is_refused(tables):
    with pytest.raises(ValueError, match="unknown language"):
        fig.members_by_field(tables["members_by_field"], lang="ru")
    with pytest.raises(ValueError, match="unknown language"):
        tbl.newcomers_table(tables["newcomers"], lang="ru")
    with pytest.raises(ValueError, match="members table"):
        tbl.structure_table(tables["composition_structure"], lang="kk")


def _headings(text: str) -> list[str]:
    return re.findall(r"^#+ .*?(\{#[^}]+\})?$", text, flags=re.M)


def test_chapter_mirrors_the_english_one():
    en_text = CHAPTER_EN.read_text(encoding="utf-8")
    kk_text = CHAPTER_KK.read_text(encoding="utf-8")
    assert kk_text.startswith("# Құрам {#sec-composition}\n")
    assert '[English](../composition.html){.lang-switch hreflang="en" lang="en"}' in kk_text
    assert "```{python}" not in kk_text
    assert "`{python}" not in kk_text
    # Same number of sections, same ids, same order.
    assert [h for h in _headings(kk_text)] == [h for h in _headings(en_text)]
    assert len(re.findall(r"^## ", kk_text, flags=re.M)) == len(
        re.findall(r"^## ", en_text, flags=re.M)
    )
    # Same includes (artefacts/kk instead of artefacts/en), same order.
    inc_en = re.findall(r"\{\{< include (\S+) >\}\}", en_text)
    inc_kk = re.findall(r"\{\{< include (\S+) >\}\}", kk_text)
    assert inc_kk == [i.replace("artefacts/en/", "artefacts/kk/") for i in inc_en]
    assert kk_text.rstrip().endswith("{{< include _argues-composition.qmd >}}")
    # Same cross-references, each as often.
    refs = re.compile(r"@(?:fig|tbl|sec)-[a-z0-9-]+")
    assert sorted(refs.findall(kk_text)) == sorted(refs.findall(en_text))


def test_every_var_in_the_kazakh_chapter_is_a_value(kk):
    text = CHAPTER_KK.read_text(encoding="utf-8")
    keys = re.findall(r"\{\{< var ([a-z0-9_]+)\.([a-z0-9_]+) >\}\}", text)
    assert len(keys) > 40
    for ns, key in keys:
        assert key in kk[ns], f"{ns}.{key}"
    en_keys = re.findall(r"\{\{< var ([a-z0-9_.]+) >\}\}", CHAPTER_EN.read_text(encoding="utf-8"))
    assert set(en_keys) <= {f"{ns}.{key}" for ns, key in keys}


KK_QUOTES = [
    ("кәсіби пікірдің, онлайн петициялардың ... синергиясы", "196-201"),
    ("қоғамдағы жинақталған шиеленісті шығаратын алаң", "218-219"),
    ("құпия тәсілдер", "221-222"),
    ("диалог алаңы", "252"),
    ("бейресми мәртебеге ие", "262-265"),
    ("Өйткені, қоғамдық санада депутаттар көбіне халыққа жақын бола бермейді", "266-269"),
    ("үш жылға жуық", "188"),
]


@pytest.mark.parametrize(("quote", "locator"), KK_QUOTES)
def test_kazakh_quotes_stand_in_the_cited_lines(quote, locator, kk):
    shown = CHAPTER_KK.read_text(encoding="utf-8").replace(
        "{{< var composition.rotation_period_kk >}}", kk["composition"]["rotation_period_kk"]
    )
    assert quote in quotes.normalise(shown)
    path = seed_text(ARTICLE_SEED)
    if path is None:
        pytest.skip("the article's text is not available (README.md, 'Data availability')")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert quotes.stands_in(quote, quotes.passage(lines, locator)), (quote, locator)


def test_artefact_snippets_of_the_kazakh_edition(kk, tmp_path, tables):
    from analysis.artefacts import snippet

    caps = _captions_kk(kk)
    md = snippet(
        "fig-members-by-field", "figure", caps["fig-members-by-field"], "artefacts/kk/", lang="kk"
    )
    assert "Деректер (CSV)" in md
    assert "artefacts/kk/fig-members-by-field.svg" in md
    assert 'fig-alt="Екі көлденең бағаналы диаграмма' in md
