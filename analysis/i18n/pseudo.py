"""The pseudo-locale ``en-XA``: English catalogs with every letter accented and each
message wrapped in ``⟦…⟧``, as Firefox and Android build theirs.

Built with it, the book's artefacts show catalog text as ``⟦Þŕéšéñţ⟧`` and everything else
as it is: numbers (formatted as in English), names and quotes as printed, and per-language
data fields. A plain English word that is not data therefore escaped the catalogs
(``tests/test_i18n.py``).
"""

from __future__ import annotations

from fluent.syntax import FluentParser, FluentSerializer, ast
from fluent.syntax.visitor import Transformer

#: Every ASCII letter mapped to an accented look-alike outside ASCII.
ACCENTS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "áƀçđéƒĝĥíĵķĺɱñóƥʠŕšţúṽŵẋýžÁɃÇĐÉƑĜĤÍĴĶĹṀÑÓƤꝖŔŠŢÚṼŴẊÝŽ",
        strict=True,
    )
)
OPEN, CLOSE = "⟦", "⟧"


def accent(text: str) -> str:
    """``text`` with every ASCII letter replaced by its accented look-alike."""
    return "".join(ACCENTS.get(c, c) for c in text)


class _Pseudo(Transformer):
    def visit_TextElement(self, node: ast.TextElement) -> ast.TextElement:
        node.value = accent(node.value)
        return node


def _wrap(pattern: ast.Pattern | None) -> None:
    if pattern is not None:
        pattern.elements.insert(0, ast.TextElement(OPEN))
        pattern.elements.append(ast.TextElement(CLOSE))


def pseudo_resource(source: str) -> str:
    """The Fluent source ``source`` with its text accented and each message value and
    attribute wrapped in ``⟦…⟧`` (terms are accented, not wrapped, as they are pieces of
    messages). Raises ``ValueError`` if ``source`` does not parse."""
    resource = FluentParser(with_spans=False).parse(source)
    junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    if junk:
        raise ValueError(f"Fluent source does not parse: {junk[0].content[:80]!r}")
    resource = _Pseudo().visit(resource)
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            _wrap(entry.value)
            for attribute in entry.attributes:
                _wrap(attribute.value)
    return FluentSerializer().serialize(resource)
