"""The locale layer: words in catalogs, not in code (``analysis/i18n``, ``locales/``).

* No Python module of ``analysis/`` outside ``analysis/i18n/`` holds a Cyrillic string
  literal (docstrings aside), branches on the language, or defines a ``*_kk`` twin, except
  the exemptions listed in :data:`EXEMPT` with their reason.
* The catalogs agree: every message of ``en`` exists in ``kk`` and back, ``kk`` uses no
  variable that ``en`` does not provide, and every message is used by the code (by its id,
  or by an id prefix the code completes) or by another message.
* CLDR formats and the book's conventions, on real values.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fast
from fluent.syntax.visitor import Visitor

from analysis.artefacts import CAPTION_PREFIX
from analysis.i18n import LANGUAGES, LOCALES, PSEUDO, MessageError, catalog, formats
from analysis.i18n.pseudo import accent, pseudo_resource

ANALYSIS = Path(__file__).resolve().parents[1] / "analysis"
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LANG_BRANCH = re.compile(
    r"""\blang\w*\s*[!=]=\s*+(?!["']all["'])|[!=]=\s*["'](?:en|kk)["']|["'](?:en|kk)["']\s*[!=]="""
    r"""|\bin\s*[(\[{]\s*["'](?:en|kk)["']"""
)
TWIN = re.compile(r"^\s*def\s+\w+_kk\s*\(", re.MULTILINE)
#: Modules allowed to hold Cyrillic string literals, and why.
EXEMPT = {
    "translit.py": "transliteration table from Kazakh letters to Latin ones (data, not words)",
    "quotes.py": "parses the article's own text: its month names and quotation marks",
    "composition.py": "data: the Kazakh alphabet (sort order), a regex for Cyrillic names, "
    "the article's printed «Қ. Тоқаев», our Cyrillic forms of names, and the label_kk value "
    "«анықталмаған» of the processed table members_by_field",
    "meetings.py": "data values of processed tables: the article's word «Мәселен» quoted in a "
    "column's documentation, and the Kazakh names of the two bodies in body_comparison.body_kk",
}


def _modules() -> list[Path]:
    return sorted(p for p in ANALYSIS.rglob("*.py") if "i18n" not in p.relative_to(ANALYSIS).parts)


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _string_constants(tree: ast.AST) -> list[ast.Constant]:
    docs = _docstring_nodes(tree)
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ANALYSIS)))
def test_no_words_or_language_branches_in_code(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    rel = str(path.relative_to(ANALYSIS))
    assert not TWIN.search(source), f"analysis/{rel}: a *_kk twin function"
    branches = [
        f"line {n}: {line.strip()}"
        for n, line in enumerate(source.splitlines(), 1)
        if LANG_BRANCH.search(line.split("#")[0])
    ]
    assert not branches, f"analysis/{rel} branches on the language: {branches[:5]}"
    if rel in EXEMPT:
        return
    cyrillic = [
        f"line {node.lineno}: {node.value[:60]!r}"
        for node in _string_constants(ast.parse(source))
        if CYRILLIC.search(node.value)
    ]
    assert not cyrillic, f"analysis/{rel} holds Kazakh words in code: {cyrillic[:5]}"


class _Refs(Visitor):
    def __init__(self) -> None:
        self.variables: set[str] = set()
        self.messages: set[str] = set()

    def visit_VariableReference(self, node: fast.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_MessageReference(self, node: fast.MessageReference) -> None:
        self.messages.add(node.id.name)
        self.generic_visit(node)


def _catalog_entries(lang: str) -> dict[str, fast.Message]:
    entries: dict[str, fast.Message] = {}
    for path in sorted((LOCALES / lang).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [e for e in resource.body if isinstance(e, fast.Junk)]
        assert not junk, f"locales/{lang}/{path.name} does not parse: {junk[0].content[:120]!r}"
        for entry in resource.body:
            if isinstance(entry, fast.Message):
                assert entry.id.name not in entries, f"{lang}: message {entry.id.name} twice"
                entries[entry.id.name] = entry
    return entries


def _refs(entry: fast.Message) -> _Refs:
    refs = _Refs()
    refs.visit(entry)
    return refs


def test_catalogs_have_the_same_messages() -> None:
    en, kk = _catalog_entries("en"), _catalog_entries("kk")
    assert len(en) >= 5
    assert sorted(set(en) - set(kk)) == [], "messages of en missing in kk"
    assert sorted(set(kk) - set(en)) == [], "messages of kk that en lacks"
    for msg_id, entry in kk.items():
        extra = _refs(entry).variables - _refs(en[msg_id]).variables
        if msg_id.startswith(CAPTION_PREFIX):
            # Captions get every prose value as a variable ($namespace_key): a Kazakh caption
            # may name one its English twin does not; an unknown one fails the build.
            extra = set()
        assert not extra, f"kk message {msg_id} uses variables en does not provide: {extra}"
        en_attrs = {a.id.name for a in en[msg_id].attributes}
        kk_attrs = {a.id.name for a in entry.attributes}
        assert en_attrs == kk_attrs, f"{msg_id}: attributes differ ({en_attrs} / {kk_attrs})"


def test_every_message_is_used() -> None:
    """A message is used when the code names its id in a string, or a string ending in '-'
    that the code completes (``f"verdict-{verdict}"``) is a prefix of it, or another
    message places it."""
    constants: set[str] = set()
    for path in ANALYSIS.rglob("*.py"):
        constants |= {c.value for c in _string_constants(ast.parse(path.read_text("utf-8")))}
    prefixes = tuple(c for c in constants if c.endswith("-") and re.fullmatch(r"[a-z0-9-]+", c))
    entries = _catalog_entries("en")
    placed = set().union(*(_refs(e).messages for e in entries.values()))
    unused = sorted(
        msg_id
        for msg_id in entries
        if msg_id not in constants and msg_id not in placed and not msg_id.startswith(prefixes)
    )
    assert unused == [], f"messages no code uses: {unused}"


def test_unknown_message_names_id_and_folder() -> None:
    with pytest.raises(MessageError, match=r"no message 'no-such-message' in .*locales/kk"):
        catalog("kk")("no-such-message")


def test_missing_variable_is_an_error() -> None:
    with pytest.raises(MessageError, match="date"):
        catalog("en")("date", day="14", month="June")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["2,400", "39.7%", "−10.2 pp", "+0.03", "7.7", "p < 0.001", "a, b and c"]),
        ("kk", ["2\u00a0400", "39,7%", "−10,2 п.т.", "+0,03", "7,7", "p < 0,001", "a, b және c"]),
    ],
)
def test_cldr_formats_with_the_books_conventions(lang: str, expected: list[str]) -> None:
    loc = catalog(lang)
    got = [
        loc.count(2400),
        loc.pct(39.7),
        loc.pp(-10.2),
        loc.signed(0.03),
        loc.decimal(7.7),
        loc.p_value(0.0004),
        loc.join(["a", "b", "c"]),
    ]
    assert got == expected


def test_dates_in_each_languages_style() -> None:
    assert catalog("en").date("2022-06-14") == "14 June 2022"
    assert catalog("en").date("2023-07-20", end="2023-07-31") == "20–31 July 2023"
    kk = catalog("kk")
    assert kk.date("2022-06-14") == "2022 жылғы 14 маусым"
    assert kk.date("2022-06-14", "locative") == "2022 жылғы 14 маусымда"
    assert kk.date("2023-09-01", "dative") == "2023 жылғы 1 қыркүйекке"
    assert kk.date("2023-07-20", end="2023-07-31") == "2023 жылғы 20–31 шілде"
    with pytest.raises(ValueError, match="not within one month"):
        kk.date("2023-07-20", end="2023-08-02")


def test_kazakh_case_endings_follow_vowel_harmony() -> None:
    assert formats.kk_case("маусым", "locative") == "маусымда"
    assert formats.kk_case("шілде", "locative") == "шілдеде"
    assert formats.kk_case("қыркүйек", "dative") == "қыркүйекке"
    assert formats.kk_case("тамыз", "ablative") == "тамыздан"
    assert formats.case("June", "locative", "en") == "June"
    with pytest.raises(ValueError, match="unknown case"):
        formats.kk_case("маусым", "vocative")


def test_pseudo_locale_accents_and_wraps_every_message() -> None:
    source = "hello = Hello { $name }, { $n ->\n    [one] one item\n   *[other] many\n}\n"
    out = pseudo_resource(source)
    assert "⟦Ĥéĺĺó { $name }" in out
    assert "[one] óñé íţéɱ" in out
    assert accent("pp") == "ƥƥ"
    loc = catalog(PSEUDO)
    assert loc("list-and") == "⟦áñđ⟧"
    assert loc.pct(39.7) == "39.7%"  # numbers as in English


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalog_loads(lang: str) -> None:
    loc = catalog(lang)
    assert loc.has("unit-pp")
    assert loc.files["common.ftl"]
