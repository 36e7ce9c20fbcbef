"""Post-render step: give the previous/next links at the foot of each page an accessible
name that contains their visible text.

Quarto (1.9) writes these links from a fixed template
(``src/resources/projects/website/templates/nav-after-body-postamble.ejs``, no partial can
replace it) with ``aria-label`` set to the bare page title, e.g. ``aria-label="Composition"``
while the link shows "2 Composition". axe-core reports that as the serious violation
``label-content-name-mismatch`` (WCAG 2.5.3 Label in Name), and the label hides the
link's direction (quarto-cli issue #14804). This script rewrites each label to the
direction and the visible text: ``aria-label="Next: 2 Composition"``.

Quarto runs it after a render (``project: post-render:`` in ``_quarto.yml``) from the
project folder, with the rendered files listed in ``QUARTO_PROJECT_OUTPUT_FILES`` (or in the
file named by ``QUARTO_USE_FILE_FOR_PROJECT_OUTPUT_FILES``). By hand:
``python _scripts/page_nav_labels.py _book`` (a folder: every ``*.html`` in it) or with
file names. Standard library only; rewriting a page twice changes nothing.
"""

from __future__ import annotations

import html
import os
import re
import sys
from pathlib import Path

#: The page-navigation block Quarto writes at the end of each page's content.
_NAV = re.compile(r'<nav class="page-navigation">.*?</nav>', re.DOTALL)
#: One previous/next link: the direction's div, the <a ...> start tag, its content.
_LINK = re.compile(
    r'(<div class="nav-page nav-page-(?P<dir>previous|next)">\s*)'
    r"(?P<tag><a\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)(?P<body>.*?)(?P<end></a>)",
    re.DOTALL,
)
_ARIA = re.compile(r'\saria-label="[^"]*"')
_TAGS = re.compile(r"<[^>]+>")
#: The words of the label, by the page's language (``<html lang="...">``).
DIRECTION = {
    "en": {"previous": "Previous", "next": "Next"},
    "kk": {"previous": "Алдыңғы", "next": "Келесі"},
}
_LANG = re.compile(r'<html\b[^>]*\blang="([\w-]+)"')
#: The breadcrumb trail's accessible name, which Quarto's template writes in English
#: (``aria-label="breadcrumb"``), in the page's language.
BREADCRUMB = {"kk": "Навигация тізбегі"}


def visible_text(fragment: str) -> str:
    """The text a reader sees in an HTML fragment: tags dropped, entities decoded, runs of
    white space (no-break spaces included) made one space."""
    text = html.unescape(_TAGS.sub(" ", fragment))
    return " ".join(text.split())


def _relabel(match: re.Match[str], lang: str = "en") -> str:
    words = DIRECTION.get(lang.split("-")[0], DIRECTION["en"])
    label = f"{words[match['dir']]}: {visible_text(match['body'])}"
    attr = f' aria-label="{html.escape(label, quote=True)}"'
    tag = _ARIA.sub("", match["tag"])
    tag = tag[:-1].rstrip() + attr + ">"
    return match.group(1) + tag + match["body"] + match["end"]


def relabel(page: str) -> str:
    """``page`` (an HTML document) with its previous/next links labelled
    "Previous: <visible text>" / "Next: <visible text>", and on a Kazakh page its breadcrumb
    trail named in Kazakh (:data:`BREADCRUMB`). Pages without Quarto's page navigation
    come back unchanged."""
    found = _LANG.search(page)
    lang = found.group(1) if found else "en"
    page = _NAV.sub(lambda nav: _LINK.sub(lambda m: _relabel(m, lang), nav.group(0)), page)
    crumbs = BREADCRUMB.get(lang.split("-")[0])
    if crumbs:
        page = page.replace('aria-label="breadcrumb"', f'aria-label="{crumbs}"')
    return page


def output_files(argv: list[str]) -> list[Path]:
    """The HTML files to rewrite: the arguments (folders give their ``*.html``), else the
    files Quarto lists for the render that just finished."""
    if argv:
        names = argv
    elif os.environ.get("QUARTO_USE_FILE_FOR_PROJECT_OUTPUT_FILES"):
        listing = Path(os.environ["QUARTO_USE_FILE_FOR_PROJECT_OUTPUT_FILES"])
        names = listing.read_text(encoding="utf-8").splitlines()
    else:
        names = os.environ.get("QUARTO_PROJECT_OUTPUT_FILES", "").splitlines()
    files: list[Path] = []
    for name in filter(None, (n.strip() for n in names)):
        path = Path(name)
        files += sorted(path.rglob("*.html")) if path.is_dir() else [path]
    return [p for p in files if p.suffix == ".html" and p.is_file()]


def main(argv: list[str]) -> int:
    """Rewrite the files (see :func:`output_files`); print how many changed."""
    changed = 0
    for path in output_files(argv):
        page = path.read_text(encoding="utf-8")
        fixed = relabel(page)
        if fixed != page:
            path.write_text(fixed, encoding="utf-8")
            changed += 1
    print(f"page_nav_labels: relabelled the page navigation of {changed} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
