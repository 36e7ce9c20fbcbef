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

import html
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.arguments import EDITION_SOURCE, GLOSSARY_PATH
from analysis.paths import BOOK, RAW, ROOT

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
    r"[Ққ]айталан(?:ды|ады|са|ған|бады|бай ма|ды ма)": "«расталды» / «сәйкес келе ме»",
    r"[Бб]ағаланған|БАҒАЛАНҒАН|БАҒАЛАУЛАР|\(бағалау\)": "«шамаланған» for an estimate",
    r"шамалап анықта\w*": "«пайымдалған» for an inferred value",
    r"Казинформ": "«Қазинформ»",
    r"Халық Кеңес\w*": "«Халық кеңесі» (as «Ұлттық құрылтай»)",
    r"\d+ және \d+-кесте\w*": "«1‑ және 2‑кестелер» (a hyphen after each number)",
    r"\d+-к\.": "«1-кесте» (no abbreviation)",
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


def chapter_texts(names: tuple[str, ...]) -> list[tuple[str, str]]:
    """(where, line) of the Kazakh chapters ``names``: running text only (shortcodes,
    code spans and quotes of the article left out: a quote keeps the article's words)."""
    out = []
    for name in names:
        for i, line in enumerate((KK_CHAPTERS / name).read_text("utf-8").splitlines(), 1):
            text = re.sub(r"\{\{<.*?>\}\}|`[^`]*`", " ", line)
            out.append((f"{name}:{i}", text))
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
    "расталды": "replicated, supported",
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
NOT_IN_CATALOGS = {"баға", "тұжырым", "сандық мәлімдеме", "талдау нұсқасы", "расталды"}


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
    text = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("\xad", "")
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(
        r"https?://\S+|\b[\w.-]+\.(?:kz|ru|com|org|net|gov|int|io|ie|info)\b\S*", " ", text
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


def test_no_iso_date_in_the_kazakh_artefacts(built_artefacts_kk):
    found = [
        (name, m[0])
        for name, text in kk_artefact_texts(built_artefacts_kk)
        for m in ISO_DAY.finditer(text)
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
