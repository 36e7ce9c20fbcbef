"""The Kazakh edition's terminology (issue 25): one term for each concept, the one the
terminology list gives (data/raw/article/glossary.csv), no banned form in any Kazakh
catalog message, codebook text or Kazakh chapter, no ISO date and no stray English word on
a Kazakh artefact.

The banned forms are read from the glossary itself: a term of the Kazakh edition's own
writing (``source`` ``edition:kk``) names the form it replaces in its Kazakh explanation
(«… «баптау» емес»), and :data:`BANNED` adds the forms the review found that are not a
single dictionary word («СИ», «қайталанды» in the sense of "replicated", …).
"""

from __future__ import annotations

import contextlib
import html
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.arguments import EDITION_SOURCE, GLOSSARY_PATH
from analysis.paths import BOOK, RAW, ROOT, article_text

KK_LOCALES = ROOT / "locales" / "kk"
KK_CHAPTERS = BOOK / "kk"

#: Kazakh catalogs being rewritten on other branches (the argument ledger, the claims
#: audit): their corrections are listed in the fixes list for the chapters; add them to the
#: check (empty this set) once those branches have applied it.
PENDING_CATALOGS: frozenset[str] = frozenset()

#: The Kazakh chapters the banned-form check reads: all of them.
ALL_CHAPTERS = tuple(sorted(p.name for p in KK_CHAPTERS.glob("*.qmd")))
CHECKED_CHAPTERS: tuple[str, ...] = ALL_CHAPTERS

#: Forms the Kazakh edition does not use, with the reason (a pattern on whole words).
BANNED = {
    r"СИ": "«сенімділік аралығы (СА)», not the invented abbreviation «СИ»",
    r"[Сс]енімділік интервал\w*": "«сенімділік аралығы»",
    r"[Ии]нтервал\w*": "«аралық» (сенімділік аралығы)",
    r"[Бб]аптау\w*": "«талдау нұсқасы» (an analytic setting), «орнату» (set-up)",
    r"[Оо]қылым\w*": "«түсіндірме» (a reading of the article)",
    r"[Ққ]айталан(?:ды|ады|са|ған|бады|бай ма|ды ма)": "«расталады» / «сәйкес келе ме»",
    r"[Үү]кім(?!ет)\w*": "«баға» for a verdict (the glossary), not the court's «үкім»",
    r"[Рр]аста(?:лды|лмады)": "one paradigm for verdicts and outcomes: «расталады», «расталмайды»",
    r"[Тт]ексеру мүмкін емес\w*": "«тексеруге болмайды» (one label for what cannot be checked)",
    r"[Бб]ағаланған|БАҒАЛАНҒАН|БАҒАЛАУЛАР|\(бағалау\)": "«шамаланған» for an estimate",
    r"шамалап анықта\w*": "«пайымдалған» for an inferred value",
    r"Казинформ": "«Қазинформ»",
    r"Халық Кеңес\w*": "«Халық кеңесі» (as «Ұлттық құрылтай»)",
    r"\d+ және \d+-кесте\w*": "«1‑ және 2‑кестелер» (a hyphen after each number)",
    r"\d+-к\.": "«1-кесте» (no abbreviation)",
    # The Kazakh editor's review, round 3 (glossary table 6.4).
    r"[Оо]қылым\w*|[Оо]қуымыз\w*": "«түсіндірме» (our reading of the article)",
    r"[Оо]рынбасар өлшем\w*|[Жж]ақын өлшем\w*": "«жанама өлшем» (a proxy measure)",
    r"[Сс]енім аралығ\w*": "«сенімділік аралығы (СА)»",
    r"\d+ пункт\w*|[Оо]н пункт\w*|[Бб]ес пункт\w*": "«п.т.» (пайыздық тармақ) for pp",
    r"[Нн]ашар жаққа": "«теріс жаққа»",
    r"[Пп]ленарлық отырыс\w*": "«пленарлық мәжіліс» (the glossary)",
    r"[Мм]әнмәтін\w*": "«контекст», as everywhere else in the book",
    r"[Пп]уассон тесі\w*": "«Пуассон тесті»",
    r"[Бб]ағалау бойынша": "«шамалауымызша» / «шамаланған үлестер бойынша» for an estimate",
    r"ешқашан шешпейді": "«бағаны ешқашан анықтамайды»",
    r"Мэнсбридж және (?:басқалар|оның әріптестері)": "«Мэнсбридж және әріптестері» (one form)",
    r"\d{3} мәтін\w*": "«екінші дереккөз мәтіні» (no seed file number on a reader's page)",
    r"[Тт]ұжырымдар аудит\w*": "«сандар тізілімі» (chapter 5 checks numeric claims)",
    # «Тест» as the book's software test (a statistical test, «тест», stays).
    r"Тест басылған|[Тт]ест(?:тер)? кітаптың": "«кітаптың автоматты тексерісі»",
}
_WORD = r"[\wӘәҒғҚқҢңӨөҰұҮүҺһІі]"


def _banned_pattern(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<!{_WORD})(?:{pattern})(?!{_WORD})")


def _glossary() -> pd.DataFrame:
    return pd.read_csv(RAW / GLOSSARY_PATH, dtype=str)


def _edition_terms() -> pd.DataFrame:
    g = _glossary()
    return g[g["source"] == EDITION_SOURCE + "kk"]


def banned_forms() -> dict[re.Pattern, str]:
    """Every banned form: :data:`BANNED` and the glossary's «X» емес."""
    forms = {_banned_pattern(p): why for p, why in BANNED.items()}
    for row in _edition_terms().itertuples():
        for word in re.findall(r"«([^»]+)» емес", row.explanation_kk):
            forms.setdefault(_banned_pattern(re.escape(word)), f"«{row.term_kk}»")
    return forms


def _messages(path: Path) -> list[tuple[str, str]]:
    """(id, text) of every message and attribute of a Fluent file; comments left out."""
    out, current, lines = [], None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        m = re.match(r"^([a-z][a-z0-9-]*) =(.*)$", line)
        if m:
            if current:
                out.append((current, " ".join(lines)))
            current, lines = m[1], [m[2]]
        elif current and line.startswith(" "):
            lines.append(line.strip())
    if current:
        out.append((current, " ".join(lines)))
    return out


def catalog_texts() -> list[tuple[str, str]]:
    """(where, text) of every Kazakh catalog message the check covers."""
    return [
        (f"{p.name}:{msg}", text)
        for p in sorted(KK_LOCALES.glob("*.ftl"))
        if p.name not in PENDING_CATALOGS
        for msg, text in _messages(p)
    ]


def _strings(value, where: str):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{where}[{i}]")
    elif isinstance(value, str):
        yield where, value


def codebook_texts() -> list[tuple[str, str]]:
    """(where, text) of every Kazakh text of the codebook (locales/kk/codebook/*.yml) and of
    the sources appendix (the ``*_kk`` fields of data/raw/*/source.yml)."""
    out = []
    for p in sorted((KK_LOCALES / "codebook").glob("*.yml")):
        out += _strings(yaml.safe_load(p.read_text(encoding="utf-8")), p.name)
    for p in sorted(RAW.glob("*/source.yml")):
        record = yaml.safe_load(p.read_text(encoding="utf-8"))
        kk = [(w, t) for w, t in _strings(record, p.parent.name) if re.search(r"_kk\b", w)]
        out += kk
    return out


def _words(text: str) -> str:
    """``text`` with hyphenation at line ends undone and whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"-\s*\n\s*", "", text)).strip()


def _without_article_quotes(text: str) -> str:
    """``text`` with every «…» quote that the article prints word for word blanked out
    (newlines kept, so line numbers stay). Without the article's text (a clone without
    ``../shared``) every «…» quote is blanked: a quote keeps its source's words."""
    path = article_text()
    article = _words(path.read_text("utf-8")) if path else None

    def blank(m: re.Match) -> str:
        if article is None or _words(m[1]) in article:
            return re.sub(r"[^\n]", " ", m[0])
        return m[0]

    return re.sub(r"«([^«»]+)»", blank, text)


def chapter_texts(names: tuple[str, ...]) -> list[tuple[str, str]]:
    """(where, line) of the Kazakh chapters ``names``: running text only (shortcodes,
    code spans and quotes of the article left out: a quote keeps the article's words)."""
    out = []
    for name in names:
        text = _without_article_quotes((KK_CHAPTERS / name).read_text("utf-8"))
        for i, line in enumerate(text.splitlines(), 1):
            line = re.sub(r"\{\{<.*?>\}\}|`[^`]*`", " ", line)
            out.append((f"{name}:{i}", line))
    return out


def _violations(texts: list[tuple[str, str]]) -> list[str]:
    forms = banned_forms()
    found = {}
    for where, text in texts:
        for pattern, why in forms.items():
            for m in pattern.finditer(text):
                found.setdefault((where, m.start()), f"{where}: «{m[0]}» → {why}")
    return list(found.values())


def test_no_banned_form_in_the_kazakh_catalogs():
    texts = catalog_texts()
    assert len(texts) > 500
    assert _violations(texts) == []


def test_no_banned_form_in_the_kazakh_codebook_and_sources():
    texts = codebook_texts()
    assert len(texts) > 300
    assert _violations(texts) == []


def test_no_banned_form_in_the_checked_kazakh_chapters():
    assert set(CHECKED_CHAPTERS) <= set(ALL_CHAPTERS)
    assert _violations(chapter_texts(CHECKED_CHAPTERS)) == []


def test_the_check_finds_a_banned_form():
    found = _violations(
        [
            ("example 1", "95% СИ: 1,0…2,0; баптауларында; 1 және 2-кестелер; оқылымы"),
            ("example 2", "мән қайталанды; 20 жас тобы бағаланған"),
        ]
    )
    assert len(found) == 6, found
    found = _violations(
        [
            ("example 3", "ең кең оқылым; орынбасар өлшем; жақын өлшем; үлестің сенім аралығы"),
            ("example 4", "он пункт; нашар жаққа; пленарлық отырыстың; мәнмәтін"),
        ]
    )
    assert len(found) == 8, found
    # «қайталанбайды» (unique) and «аралық» are not banned.
    assert _violations([("example", "кілт қайталанбайды; сенімділік аралығы (СА)")]) == []


#: The terms the terminology list must hold (issue 25), with the English it gives.
REQUIRED_TERMS = {
    "іріктеме": "sample",
    "сенімділік аралығы (СА)": "confidence interval (CI)",
    "пайыздық тармақ (п.т.)": "percentage point (pp)",
    "дизайн эффектісі (ДЭ)": "design effect (deff)",
    "талдау нұсқасы": "analytic setting",
    "шамаланған": "estimated",
    "түсіндірме": "reading",
    "расталады": "replicated, supported",
    "жанама өлшем": "proxy measure",
    "сандық тексеру нәтижесі": "numeric-check outcome",
    "келтірілген": "reported",
    "біз есептеген": "derived",
}


def test_the_terminology_list_has_the_statistical_terms():
    g = _glossary().set_index("term_kk")
    for term, english in REQUIRED_TERMS.items():
        assert term in g.index, term
        assert g.loc[term, "term_en"] == english, term
        assert g.loc[term, "explanation_kk"], term
    assert g["term_en"].notna().all()


def _preferred_forms() -> dict[str, str]:
    """A term of the Kazakh edition's list and the form a catalog writes it in: the term
    without its abbreviation, and the abbreviation alone (``сенімділік аралығы``, ``СА``)."""
    forms = {}
    for term in _edition_terms()["term_kk"]:
        m = re.fullmatch(r"(.+?) \((.+)\)", term)
        forms[term] = m[1] if m else term
        if m:
            forms[f"{term} [abbreviation]"] = m[2]
    return forms


#: Terms of the list that no catalog message needs to write (they name the book's own
#: apparatus in the chapters' running text).
NOT_IN_CATALOGS = {
    "баға",
    "тұжырым",
    "сандық мәлімдеме",
    "талдау нұсқасы",
    "расталады",
    "шағын жария орта",
    "белгілер (A01, C01)",
}


def test_the_catalogs_use_the_terms_of_the_list():
    """Each statistical term of the list is the form the Kazakh catalogs write: it occurs in
    them (its stem, so a case ending may follow)."""
    corpus = " ".join(t for _, t in catalog_texts()) + " ".join(t for _, t in codebook_texts())
    missing = []
    for term, form in _preferred_forms().items():
        if term.split(" [")[0] in NOT_IN_CATALOGS:
            continue
        stem = form if form.isupper() or "." in form else form[: max(4, len(form) - 2)]
        if stem not in corpus:
            missing.append((term, stem))
    assert missing == []


# --- the built Kazakh artefacts ----------------------------------------------------------

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _visible(text: str) -> str:
    """The words a reader sees in a built artefact (Markdown with HTML tables, or SVG):
    styles, tags, attributes, code spans, link targets, addresses and paths left out."""
    text = re.sub(r"^```.*$", "", text, flags=re.M)
    text = re.sub(r"<style.*?</style>", " ", text, flags=re.S).replace("<wbr>", "")
    # A live chart's spec (JSON for the script that draws it) is not text on the page.
    text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
    # Inline code first: a regular expression in code (`(?<!physical )…`) is not a tag.
    text = re.sub(r"`[^`\n]*`", " ", text)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("\xad", "")
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(
        r"https?://\S+|\b[\w.-]+\.(?:kz|ru|com|org|net|gov|int|io|ie|info|agency|online)\b\S*",
        " ",
        text,
    )
    text = re.sub(r"\S+\.(?:csv|txt|yml|py|json|parquet|md|qmd|lock|toml|cff)\b\S*", " ", text)
    return re.sub(r"\S*[/_]\S*", " ", text)


def _svg_text(text: str) -> str:
    return " ".join(re.findall(r"<text[^>]*>(.*?)</text>", text, flags=re.S))


def _drop_glossary_english(text: str) -> str:
    """The Kazakh glossary without its English column (the second cell of each row), which
    shows the English equivalents on purpose."""
    return re.sub(
        r"(<tr[^>]*>\s*<t[dh][^>]*>.*?</t[dh]>\s*)<t[dh][^>]*>.*?</t[dh]>",
        r"\1",
        text,
        flags=re.S,
    )


def kk_artefact_texts(built: dict) -> list[tuple[str, str]]:
    """(name, visible text) of every Kazakh artefact a page shows: the Markdown includes,
    the charts' SVG text and the prose values."""
    out = []
    for p in sorted(built["dir"].glob("_*.md")):
        text = p.read_text(encoding="utf-8")
        if p.name == "_tbl-glossary.md":
            text = _drop_glossary_english(text)
        out.append((p.name, _visible(text)))
    for p in sorted(built["dir"].glob("*.svg")):
        out.append((p.name, _visible(_svg_text(p.read_text(encoding="utf-8")))))
    for ns, values in built["variables"].items():
        for key, value in values.items():
            out.append((f"{ns}.{key}", _visible(str(value))))
    return out


#: A date a Kazakh reader should not see outside code: ISO days (2022-06-14), ISO months
#: (2026-01) and dotted days (21.11.2026); the Kazakh style is «2022 жылғы 14 маусым» in
#: running text and «2022 ж. 14 маусым», «2026 ж. қаңтар» in tables (``date-table``,
#: ``date-month-table``).
MACHINE_DATE = re.compile(
    r"(?<![\w./-])(?:\d{4}-\d{2}-\d{2}|\d{4}-(?:0[1-9]|1[0-2])|\d{2}\.\d{2}\.\d{4})(?![\w/-])"
)
#: The appendices whose dates are the data's machine formats, shown as such (file listings,
#: the codebook's value formats).
MACHINE_FORMAT_APPENDICES = {"_appendix-codebook.md", "_appendix-reproducing.md"}


def test_no_machine_date_in_the_kazakh_artefacts(built_artefacts_kk):
    found = [
        (name, m[0])
        for name, text in kk_artefact_texts(built_artefacts_kk)
        if name not in MACHINE_FORMAT_APPENDICES
        for m in MACHINE_DATE.finditer(text)
    ]
    assert found == []


def test_the_date_check_finds_them():
    text = "adyrna.kz 2022-06; 21.11.2026; 2022-06-14; 2016-2018; 2022 ж. 14 маусым"
    assert MACHINE_DATE.findall(text) == ["2022-06", "21.11.2026", "2022-06-14"]


def test_no_machine_date_in_the_kazakh_chapters():
    """The chapters' running text (code spans and shortcodes aside) writes dates in words."""
    found = [
        f"{where}: {m[0]}"
        for where, text in _joined_chapter_texts()
        for m in MACHINE_DATE.finditer(re.sub(r"\{\{<.*?>\}\}|<[^>]*>|\S+\.\w{2,4}/\S*", " ", text))
        if not where.startswith(("codebook.qmd", "reproducing.qmd"))
    ]
    assert found == []


#: Latin words a Kazakh page may show: software and format names, units, symbols and
#: names of sources and standards (codes with digits, Roman numerals, addresses and paths
#: are left out before the check).
ALLOWED_LATIN = {
    # software, formats, standards
    "CSV",
    "SVG",
    "PNG",
    "JSON",
    "Vega-Lite",
    "Parquet",
    "Frictionless",
    "Data",
    "Package",
    "Python",
    "python",
    "Quarto",
    "statsmodels",
    "pandas",
    "pandera",
    "altair",
    "vl-convert-python",
    "great-tables",
    "pyarrow",
    "pyyaml",
    "anyascii",
    "fluent-runtime",
    "pytest",
    "pytest-xdist",
    "hypothesis",
    "frictionless",
    "playwright",
    "Chromium",
    "gzip",
    "post",
    "ISO",
    "DOI",
    "ISSN",
    "eISSN",
    "CC",
    "BY",
    "IGO",
    "sha",
    "WPP",
    "wpp",
    "AMD",
    "EPYC",
    "GiB",
    # symbols
    "p",
    "n",
    "n-",
    "z",
    "N",
    "id",
    "deff",
    # a column named in a source note; the names of sources as they call themselves
    "reads",
    "devdiscourse",
    "Participedia",
    "ConstitutionNet",
    "e-Democracia",  # Brazil's portal, as the article prints it (line 92)
    # the two one-sided tests of equivalence, by their usual name
    "TOST",
}
ROMAN = re.compile(r"^[IVX]+$")


def latin_words(text: str) -> set[str]:
    found = set()
    # Cross-references (@sec-rulebook, #sec-x) are ids Quarto turns into links.
    text = re.sub(r"[@#](?:sec|fig|tbl)-[\w-]+", " ", text)
    # A link's target (a page of the book) and an appendix named by its letter («A-қосымша»).
    text = re.sub(r"\]\([^)\s]*\)", "]", text)
    text = re.sub(r"\b[A-Z]-қосымша", " ", text)
    for token in text.split():
        if re.search(r"\d", token):  # a code (A31, C19, M01), a checksum, a number
            continue
        for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", token):
            word = word.strip("'’-") or word
            if word in ALLOWED_LATIN or ROMAN.match(word):
                continue
            found.add(word)
    return found


def test_no_english_word_on_a_kazakh_artefact(built_artefacts_kk):
    found = {}
    for name, text in kk_artefact_texts(built_artefacts_kk):
        words = latin_words(text)
        if words:
            found[name] = sorted(words)
    assert found == {}


def test_the_english_check_finds_english():
    assert latin_words(_visible("<td>Supported</td> <td>95% CI</td>")) == {"Supported", "CI"}
    assert latin_words(_visible("A31, M01, IV, `value_status`, data/raw/x.csv")) == set()


@pytest.mark.parametrize("name", CHECKED_CHAPTERS)
def test_checked_chapter_exists(name):
    assert (KK_CHAPTERS / name).is_file()


# --- "n of them": no repeated noun after a whole in the genitive (issue 25) -----------------

_GENITIVE = r"(?:ның|нің|дың|дің|тың|тің)"
#: A number as the pages write it: digits (grouped, with a decimal comma) or a word.
_NUMERAL = r"(?:\d[\d\u00a0\u202f ]*(?:,\d+)?|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)"
#: «24 жазбаның 23 жазбасында», «149 адамның тек 62 адамын», «6 талдау нұсқасының 3
#: нұсқасында»: the noun said twice where Kazakh says «23-інде», «62-сін», «үшеуінде»
#: (:func:`analysis.i18n.formats.kk_part`, ``PART`` in the catalogs).
REPEATED_NOUN = re.compile(
    rf"(?<!{_WORD}){_NUMERAL} (?:{_WORD}+ )?({_WORD}{{3,}}?){_WORD}*{_GENITIVE}"
    rf" (?:тек |ғана |шамамен )?{_NUMERAL} \1"
)
_PLACEABLE = re.compile(r"\{\{<\s*var [^>]*>\}\}|\{\s*\$\w+\s*\}")


def repeated_nouns(texts: list[tuple[str, str]]) -> list[str]:
    """Where ``texts`` say a noun twice around two numbers (:data:`REPEATED_NOUN`); a
    variable (``{ $n }``, ``{{< var … >}}``) counts as a number."""
    return [
        f"{where}: «{m[0]}»"
        for where, text in texts
        for m in REPEATED_NOUN.finditer(_PLACEABLE.sub("5", text))
    ]


def test_the_repeated_noun_check_finds_them():
    found = repeated_nouns(
        [
            ("a", "Екі кодтау 24 жазбаның 23 жазбасында сәйкес келеді"),
            ("b", "(20 кездесудің 7 кездесуі)"),
            ("c", "шамамен { $seats } тағайындалған адамның тек { $known } адамын атайды"),
            ("d", "баға 6 талдау нұсқасының 3 нұсқасында сақталады"),
            ("e", "{{< var a.n >}} адамның\n{{< var a.k >}} адамы".replace("\n", " ")),
        ]
    )
    assert [f[0] for f in found] == list("abcde"), found
    fine = [("f", "24 жазбаның 23-інде; 20 кездесудің жетеуі; 2023 жылдан 2024 жылға дейін")]
    assert repeated_nouns(fine) == []


def test_no_repeated_noun_in_the_kazakh_catalogs_and_chapters():
    texts = catalog_texts() + codebook_texts() + _joined_chapter_texts()
    assert repeated_nouns(texts) == []


def test_no_repeated_noun_in_the_kazakh_artefacts(built_artefacts_kk):
    assert repeated_nouns(kk_artefact_texts(built_artefacts_kk)) == []


def _joined_chapter_texts() -> list[tuple[str, str]]:
    """Each Kazakh chapter's paragraphs, lines joined (a number and its noun may stand on
    two lines of the source)."""
    out = []
    for name in ALL_CHAPTERS:
        text = (KK_CHAPTERS / name).read_text("utf-8")
        for i, para in enumerate(re.split(r"\n\s*\n", text)):
            out.append((f"{name} ¶{i + 1}", re.sub(r"`[^`]*`", " ", " ".join(para.split()))))
    return out


#: A value in a Kazakh chapter with the possessive written after it: «{{< var x >}}-інде»,
#: «{{< var x >}}еуі».
_VAR_PART = re.compile(
    r"\{\{<\s*var ([\w.]+)\s*>\}\}(-?(?:ы|і|сы|сі|еуі|ауы)(?:н|на|не|нда|нде|нан|нен|ның|нің"
    r"|ндағы|ндегі)?)(?!" + _WORD + ")"
)


def test_the_possessive_after_a_value_fits_the_value(built_artefacts_kk):
    """«{{< var communication.primary_agree >}}-інде» gives «23-інде»: the ending written
    in the chapter is the one :func:`~analysis.i18n.formats.kk_part` gives the value (so a
    changed number cannot leave a wrong ending)."""
    from analysis.i18n.formats import kk_part

    variables = built_artefacts_kk["variables"]
    checked, wrong = 0, []
    for where, text in _joined_chapter_texts():
        for m in _VAR_PART.finditer(text):
            ns, key = m[1].split(".", 1)
            value = str(variables[ns][key])
            forms = set()
            for case in (None, "genitive", "accusative", "dative", "locative", "ablative"):
                # not a whole number (a share, a rate): not "n of them"
                with contextlib.suppress(ValueError):
                    forms.add(kk_part(value, case, collective=False))
            if not forms:
                continue
            checked += 1
            if value + m[2] not in forms:
                wrong.append(f"{where}: {value}{m[2]} (expected one of {sorted(forms)})")
    assert checked >= 8
    assert wrong == []


@pytest.mark.parametrize(
    ("n", "case", "collective", "said"),
    [
        (23, "locative", True, "23-інде"),
        (62, "accusative", True, "62-сін"),
        (7, None, True, "жетеуі"),
        (7, None, False, "7-сі"),
        ("төрт", None, True, "төртеуі"),
        (3, "locative", True, "үшеуінде"),
        (6, "accusative", True, "алтауын"),
        (20, None, True, "20-сы"),
        (40, "genitive", True, "40-ының"),
        (50, None, True, "50-і"),
        (308, None, True, "308-і"),
        ("1\u00a0200", "dative", True, "1\u00a0200-іне"),
    ],
)
def test_kk_part(n, case, collective, said):
    from analysis.i18n.formats import kk_part

    assert kk_part(n, case, collective=collective) == said


def test_kk_part_in_the_catalog():
    from analysis.i18n import catalog
    from analysis.i18n.formats import part

    assert part(5, "locative", "en") == "5"
    with pytest.raises(ValueError, match="whole number"):
        part("6,5", None, "kk")
    assert (
        catalog("kk")(
            "communication-repeat-part-omitted",
            name="X",
            meetings_number="4",
            left=2,
            left_number="екі",
        )
        == "X қатысқан 4 кездесудің екеуі аталмаған"
    )


def test_the_kazakh_glossary_is_in_kazakh_alphabetical_order(tables):
    """Ә after А, Ғ after Г, Қ after К, Ұ and Ү after У, І after Ы: the Kazakh alphabet,
    not code-point order."""
    from analysis.i18n.formats import sort_key
    from analysis.tables.arguments import glossary_table

    terms = list(glossary_table(tables["glossary"], lang="kk")._tbl_data.iloc[:, 0])
    assert terms == sorted(terms, key=lambda t: sort_key(t, "kk"))
    assert terms.index("кодтар кітабы") < terms.index("қателік шегі") < terms.index("мәслихат")
    assert terms[-1].startswith("і")
    assert sort_key("x", "en") is None


# --- deliberative / consultative: «кеңесу» sorted (issue 25, item 3) ---------------------

#: «кеңесу» and its forms stood for both deliberation and consultation. The article's own
#: usage decides (the glossary: «делиберативті», «делиберация», «консультативтік-кеңесші
#: орган»): the book writes «делиберативті» for deliberative, «делиберация» for
#: deliberation, «консультативтік-кеңесші орган» / «кеңесші орган» for a consultative body,
#: and keeps «кеңесуші демократия» only as the article's term (its title, quotes) and
#: «қоғаммен кеңесу» in the article's sense of consulting (line 25). A word quoted as a
#: word («кеңесуші» сөзін) names it and is not checked.
KENESU = re.compile(
    rf"(?<!{_WORD})(?<!қоғаммен )(?<!«)[Кк]еңесу(?!ші демократия){_WORD}*"
    r"|(?<!«)[Кк]еңесуші орган\w*"
)

#: Columns of the raw data that quote the article (its words kept as printed).
QUOTE_COLUMNS = {"quote_kk", "as_printed", "key_phrase_kk"}


def raw_kk_texts() -> list[tuple[str, str]]:
    """(where, text) of every Kazakh data field (``*_kk`` columns of data/raw/*/*.csv),
    quotes of the article left out; the glossary's explanations state the rule itself."""
    out = []
    for p in sorted(RAW.glob("*/*.csv")):
        frame = pd.read_csv(p, dtype=str, keep_default_na=False)
        for col in frame.columns:
            if not col.endswith("_kk") or col in QUOTE_COLUMNS:
                continue
            if p.name == "glossary.csv" and col == "explanation_kk":
                continue
            out += [
                (f"{p.parent.name}/{p.name}:{i + 2}:{col}", v) for i, v in enumerate(frame[col])
            ]
    return out


def kenesu_uses(texts: list[tuple[str, str]]) -> list[str]:
    return [f"{where}: «{m[0]}»" for where, text in texts for m in KENESU.finditer(text)]


def test_the_kenesu_check_finds_them():
    found = kenesu_uses(
        [
            ("a", "авторитарлық кеңесу деп атайды"),
            ("b", "кеңесуші жүйенің бір алаңы"),
            ("c", "тағайындалатын кеңесуші орган"),
            ("d", "Моңғолияның кеңесуші сауалнамасы"),
            ("e", "модератор жүргізетін кеңесу, мүшелердің"),
        ]
    )
    assert [f[0] for f in found] == list("abcde"), found
    fine = [
        ("f", "Құрылтай – кеңесуші демократия институты; кері байланыс, қоғаммен кеңесу"),
        ("g", "«кеңесуші» сөзін; Халық кеңесі; кеңесші орган; Мемлекеттік кеңесші"),
        ("h", "делиберативті жүйе, авторитарлық делиберация, консультативтік-кеңесші орган"),
    ]
    assert kenesu_uses(fine) == []


def test_kenesu_only_as_the_articles_term():
    texts = catalog_texts() + codebook_texts() + _joined_chapter_texts() + raw_kk_texts()
    assert len(raw_kk_texts()) > 500
    assert kenesu_uses(texts) == []


# --- numeric ranges with an en dash (issue 25, item 5) -----------------------------------


def test_range_dashes():
    from analysis.tables.common import range_dashes

    cells = {
        "<td>18-28</td>": "<td>18–28</td>",
        "<th>29-60 жас</th>": "<th>29–60 жас</th>",
        "<td>377-379, 383-384</td>": "<td>377–379, 383–384</td>",
        "<td>2016-2018</td>": "<td>2016–2018</td>",
        # dates, codes, file names, code, links and the article's quotes stay as they are
        "<td>2022-06-14; 2026-01</td>": "<td>2022-06-14; 2026-01</td>",
        "<td>C01-C04 wpp2024-x</td>": "<td>C01-C04 wpp2024-x</td>",
        "<td><code>1-2</code><a href=x>3-4</a></td>": "<td><code>1-2</code><a href=x>3-4</a></td>",
        "<td>«29-45 жас және 46-60 жас»</td>": "<td>«29-45 жас және 46-60 жас»</td>",
        "<p>18-28</p>": "<p>18-28</p>",
    }
    for cell, shown in cells.items():
        assert range_dashes(cell) == shown, cell


HYPHEN_RANGE = re.compile(r"(?<![\w.\-/])\d{1,4}-\d{1,4}(?![\w\-/])")


def test_kazakh_tables_write_ranges_with_an_en_dash(built_artefacts_kk):
    """No «18-28» or «377-379» in a Kazakh table's cells (quotes of the article and dates
    aside); ages in «жас», not «жыл»."""
    found = []
    for p in sorted(built_artefacts_kk["dir"].glob("_tbl-*.md")):
        for cell in re.findall(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", p.read_text("utf-8"), re.S):
            text = _visible(cell)
            text = re.sub(r"«[^»]*»|“[^”]*”|\b\d{4}-\d{2}\b", " ", text)
            found += [f"{p.name}: {m[0]}" for m in HYPHEN_RANGE.finditer(text)]
            found += [f"{p.name}: {m[0]}" for m in re.finditer(r"\d+–\d+ жыл(?!ғы|дар|ы)", text)]
    assert found == []


# --- percent endings and one interval style (issue 25, items 7 and 8) ---------------------


@pytest.mark.parametrize(
    ("case", "said"),
    [("ablative", "32,0%-дан"), ("dative", "39,7%-ға"), ("locative", "5%-да"), (None, "5%")],
)
def test_a_percent_takes_the_ending_of_payyz(case, said):
    from analysis.i18n.formats import kk_case

    assert kk_case(said.split("-")[0], case) == said


#: A share followed by a noun only to carry its case («39,7% бөлігі», «32,0% деңгейінен»),
#: where Kazakh writes the ending on the value: «39,7%-ы», «32,0%-дан 39,7%-ға дейін».
PERCENT_NOUN = re.compile(r"%\s+(?:бөлігі\w*|деңгейі(?:нен|не)\b)")


def test_no_noun_carries_a_percents_case(built_artefacts_kk):
    variables = built_artefacts_kk["variables"]
    texts = catalog_texts() + kk_artefact_texts(built_artefacts_kk)
    for where, text in _joined_chapter_texts():
        values = lambda m: str(variables[m[1].split(".")[0]][m[1].split(".", 1)[1]])  # noqa: E731
        texts.append((where, re.sub(r"\{\{<\s*var ([\w.]+)\s*>\}\}", values, text)))
    found = [f"{where}: «{m[0]}»" for where, text in texts for m in PERCENT_NOUN.finditer(text)]
    assert found == []


def test_kazakh_intervals_are_written_in_brackets(built_artefacts_kk):
    """One style for a confidence interval in Kazakh prose, tables and charts: «[a; b]»
    (the glossary), after «СА» or as a value of its own; never «27,3–37,1%»."""
    texts = kk_artefact_texts(built_artefacts_kk)
    # In running text «СА» stands before its interval (in a table the column label «95% СА»
    # heads a column of intervals).
    after_ci = [
        f"{w}: {t[m.start() : m.end() + 12]}"
        for w, t in texts
        if not w.startswith("_")
        for m in re.finditer(r"\bСА (?!\[)", t)
    ]
    dashed = [
        f"{w}: {m[0]}"
        for w, t in texts
        for m in re.finditer(r"[−-]?\d+,\d+\s*[–…]\s*[−+-]?\d+,\d+\s*(?:%|п\.т\.)", t)
    ]
    ci_values = {
        f"{ns}.{key}": str(value)
        for ns, values in built_artefacts_kk["variables"].items()
        for key, value in values.items()
        if re.search(r"_ci(?:_|$)", key)
    }
    assert len(ci_values) > 10
    not_bracketed = {k: v for k, v in ci_values.items() if not v.startswith("[")}
    assert (after_ci, dashed, not_bracketed) == ([], [], {})


def test_a_values_ending_is_written_on_the_value():
    """«32,0%-дан», not «32,0% (СА …)-дан» nor «-дан» at the start of a line (which renders
    as «6,6% -дан»)."""
    found = []
    for name in ALL_CHAPTERS:
        text = (KK_CHAPTERS / name).read_text("utf-8")
        found += [
            f"{name}: {text[max(0, m.start() - 30) : m.end()]!r}"
            for m in re.finditer(r"\)-(?:[дт][ае]н|[ғгқк][ае]|ы|і)\b|\n-[а-яәіңғүұқөһ]+", text)
        ]
    assert found == []
