"""Reading Quarto's render log: which lines are warnings that fail the build (standard
library only).

Quarto prints its own warnings as lines that start with ``WARN:`` / ``WARNING:`` or
``WARNING (file:line)``, unresolved cross-references as "Unable to resolve crossref", and
passes Pandoc's warnings through as ``[WARNING] ...``. All of them fail the build, except:

* ipykernel's "WARNING | Kernel is running over TCP without encryption" (the kernel's
  noise, not Quarto's; the chapters run no code now, but a user's may);
* Pandoc's lines about the Kazakh edition's language, which every Quarto render with
  ``lang: kk`` prints: Pandoc ships no Kazakh translations ("data file translations/kk.yaml
  not found", "Could not load translations for kk") and asks for one term ("The term
  Abstract has no translation defined"),
  which the edition sets itself (``abstract-title`` in ``book/kk/_quarto.yml``).
  :data:`KNOWN_PANDOC_KK` lists them.
"""

from __future__ import annotations

import re
from pathlib import Path

_ANSI = r"(?:\x1b\[[0-9;]*m)*"
_QUARTO_WARNING = re.compile(rf"^\s*{_ANSI}(WARN|WARNING)(?::|\s+\()")
_PANDOC_WARNING = re.compile(rf"^\s*{_ANSI}\[WARNING\]")
_CROSSREF = re.compile(r"Unable to resolve crossref|WARNING.*crossref", re.IGNORECASE)
_UNRESOLVED = re.compile(r"\?(?:var|meta):[\w.-]+")
_KERNEL_NOISE = re.compile(r"Kernel is running over TCP without encryption")
#: Pandoc warnings of a ``lang: kk`` render that the Kazakh edition answers itself.
KNOWN_PANDOC_KK = (
    re.compile(r"\[WARNING\] The term Abstract has no translation defined\."),
    re.compile(r"\[WARNING\] Could not load translations for kk\b"),
    re.compile(r"data file translations/kk\.yaml not found"),
)


#: The one line :func:`allowed_kazakh_lines` stands for in the build's output.
KAZAKH_NOTE = (
    "render-kk: {n} Pandoc warning line(s) allowed: Pandoc ships no Kazakh translations "
    '("translations/kk.yaml not found", "Could not load translations for kk", "The term '
    'Abstract has no translation defined"); the edition sets its own interface words '
    "(book/kk/_language-kk.yml, abstract-title). Full log: build/quarto-render.log"
)


def allowed_kazakh_lines(output: str) -> list[str]:
    """The lines of a render log that are Pandoc's known warnings about Kazakh
    (:data:`KNOWN_PANDOC_KK`), in order."""
    return [line for line in output.splitlines() if any(k.search(line) for k in KNOWN_PANDOC_KK)]


def without_allowed_kazakh_lines(output: str) -> str:
    """``output`` without Pandoc's known Kazakh lines, and one line (:data:`KAZAKH_NOTE`)
    saying how many there were and why they are allowed (nothing added when there were
    none)."""
    allowed = allowed_kazakh_lines(output)
    if not allowed:
        return output
    kept = [
        line for line in output.splitlines() if not any(k.search(line) for k in KNOWN_PANDOC_KK)
    ]
    return "\n".join([*kept, KAZAKH_NOTE.format(n=len(allowed))])


def quarto_warnings(output: str) -> list[str]:
    """The lines of a ``quarto render`` log that are warnings failing the build, in order."""
    found = []
    for line in output.splitlines():
        if _KERNEL_NOISE.search(line) or any(k.search(line) for k in KNOWN_PANDOC_KK):
            continue
        if _QUARTO_WARNING.search(line) or _PANDOC_WARNING.search(line) or _CROSSREF.search(line):
            found.append(line.strip())
    return found


def unresolved_shortcodes(site: Path) -> list[str]:
    """Pages of a rendered site that show a shortcode Quarto could not resolve: Quarto
    writes ``?var:name`` (or ``?meta:name``) in place of an unknown value. Returns
    ``"<page>: ?var:name"`` strings, sorted."""
    found = []
    for page in sorted(Path(site).rglob("*.html")):
        for name in sorted(set(_UNRESOLVED.findall(page.read_text(encoding="utf-8")))):
            found.append(f"{page.relative_to(site).as_posix()}: {name}")
    return found
