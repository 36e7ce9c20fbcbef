"""The gallery: every figure and table of the book on one plain HTML page, without Quarto.

It embeds the artefacts that :mod:`analysis.artefacts` rendered once (nothing is drawn
again in Python): a figure is its live chart as the book embeds it
(:func:`analysis.figures.live.chart_html`: the static SVG with ``<img alt="...">``, drawn
over by the browser from its spec with the edition's own ``vega.js``), a table
its HTML fragment, each under its caption, with the same links to its data as in the book
(``<div class="data-links">``). Every entry sits in ``<div id="<label>"
class="quarto-float">`` in a column as wide as the book's text column (678 px), so the
browser tests (``tests/test_browser.py``) check the gallery and the book's pages with the
same selectors and widths. The page loads nothing from outside its own folder.

``python -m analysis.gallery`` writes ``build/gallery/<lang>/index.html`` and copies the
files it links to beside it.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path

from analysis.artefacts import BUILD_ROOT, LANGUAGES, edition_dir, read_manifest
from analysis.chapters import chapter_files
from analysis.figures.common import font
from analysis.i18n import catalog
from analysis.paths import ROOT
from analysis.store import write_processed

GALLERY = (BUILD_ROOT or ROOT / "build") / "gallery"
#: Width of the book's text column at a 1280 px window (Quarto's default book layout).
COLUMN_PX = 678

_STYLE = f"""
body {{ font-family: {font("kk")}; color: #212529; background: #fff;
       margin: 0; line-height: 1.5; font-size: 16px; }}
main {{ box-sizing: content-box; max-width: {COLUMN_PX}px; margin: 0 auto;
       padding: 1rem 1rem 3rem; }}
h1 {{ font-size: 1.6rem; }}
h2 {{ font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }}
.quarto-float {{ margin: 1.5rem 0 0.5rem; max-width: 100%; overflow-x: auto; }}
figure {{ margin: 0; }}
figcaption {{ font-size: 0.95rem; margin: 0.5rem 0; }}
img {{ max-width: 100%; height: auto; display: block; }}
.data-links {{ font-size: 0.9rem; margin: 0 0 2.5rem; }}
a {{ color: #0d6efd; }}
"""


#: The files linked under each entry, and their link words (``links-*`` messages).
LINKS = (
    (".csv", "links-csv"),
    (".svg", "links-svg"),
    (".png", "links-png"),
    (".vl.json", "links-vl"),
)


def _links(record: dict, names: list[str], lang: str = "en") -> str:
    loc = catalog(lang)
    links = []
    for suffix, msg_id in LINKS:
        name = f"{record['label']}{suffix}"
        if name in names:
            links.append(f'<a href="{html.escape(name)}">{loc(msg_id)}</a>')
    return f'<div class="data-links"><p>{" · ".join(links)}</p></div>'


def chapter_groups(entries: list[dict]) -> list[tuple[str, list[dict]]]:
    """The manifest's ``entries`` grouped by chapter (the stem of ``chapter``: ``context``,
    ``composition``, …), the chapters in the book's order (``_quarto.yml``) and the entries
    of each in the manifest's order. Raises ``ValueError`` for an entry whose chapter is not
    in the book."""
    order = [p.stem for p in chapter_files()]
    groups: dict[str, list[dict]] = {}
    for record in entries:
        chapter = Path(record["chapter"]).stem
        if chapter not in order:
            raise ValueError(f"{record['label']}: chapter {record['chapter']!r} is not in the book")
        groups.setdefault(chapter, []).append(record)
    return sorted(groups.items(), key=lambda item: order.index(item[0]))


def _entry(record: dict, source: Path, files: dict[str, bytes], lang: str) -> list[str]:
    """The HTML of one figure or table and its data links; the files it links to are added
    to ``files``."""
    loc = catalog(lang)
    label = html.escape(record["label"])
    names = sorted(n for n in record["files"] if not n.startswith("_"))
    for name in names:
        files[name] = (source / name).read_bytes()
    caption = html.escape(record["caption"])
    if record["kind"] == "figure":
        body = (
            f'<div id="{label}" class="quarto-float quarto-figure">\n<figure>\n'
            f"{_live_chart(record, source, lang)}\n"
            f"<figcaption>{loc('gallery-figure')} ({label}): {caption}</figcaption>\n"
            "</figure>\n</div>"
        )
    else:
        fragment = (source / f"{record['label']}.html").read_text(encoding="utf-8")
        body = (
            f'<div id="{label}" class="quarto-float quarto-table">\n<figure>\n'
            f"<figcaption>{loc('gallery-table')} ({label}): {caption}</figcaption>\n"
            f"{fragment}\n"
            "</figure>\n</div>"
        )
    return [body, _links(record, names, lang)]


def _live_chart(record: dict, source: Path, lang: str = "en") -> str:
    """A figure as the book embeds it: the live chart's HTML around the static SVG (with its
    alt text), and the note under its controls if it has any (hidden until the live chart
    is drawn; the gallery has no Methods appendix, so the note names it in words)."""
    from analysis.figures import live

    label = record["label"]
    spec = json.loads((source / f"{label}.live.json").read_text(encoding="utf-8"))
    out = live.chart_html(label, record["alt"], f"{label}.svg", spec, live.CHART_SCRIPT)
    if live.has_controls(spec):
        note = live.controls_note(spec, catalog(lang)("chart-controls-methods"), lang)
        out += f'\n<p class="chart-live-only" hidden>{html.escape(note)}</p>'
    return out


def render(artefacts_dir: Path | None = None, lang: str = "en") -> dict[str, bytes]:
    """The gallery's files: ``index.html`` and every artefact file it links to (bytes).

    Raises ``FileNotFoundError`` (naming the command to run) when the artefacts have not been
    built.
    """
    manifest = read_manifest(artefacts_dir, lang)
    loc = catalog(lang)
    source = Path(artefacts_dir or edition_dir(lang) / "artefacts") / lang
    # The live charts' scripts (analysis.figures.live), beside the page.
    files: dict[str, bytes] = {name: (source / name).read_bytes() for name in manifest["scripts"]}
    sections: list[str] = []
    contents: list[str] = []
    for number, (chapter, records) in enumerate(chapter_groups(manifest["entries"]), 1):
        anchor = f"chapter-{html.escape(chapter)}"
        title = html.escape(
            loc("gallery-chapter", number=number, title=loc(f"gallery-chapter-{chapter}"))
        )
        count = html.escape(loc("gallery-chapter-count", count=len(records)))
        contents.append(f'<li><a href="#{anchor}">{title}</a> ({count})</li>')
        sections.append(f'<h2 id="{anchor}">{title}</h2>')
        for record in records:
            sections += _entry(record, source, files, lang)
    toc = (
        f'<nav id="contents" aria-labelledby="contents-heading">'
        f'<h2 id="contents-heading">{html.escape(loc("gallery-contents"))}</h2>\n'
        f"<ol>\n" + "\n".join(contents) + "\n</ol>\n</nav>"
    )
    page = (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{loc('gallery-title')}</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{loc('gallery-heading')}</h1>\n<p>{loc('gallery-intro')}</p>\n"
        + toc
        + "\n"
        + "\n".join(sections)
        + "\n</main>\n</body>\n</html>\n"
    )
    files["index.html"] = page.encode("utf-8")
    return files


def write_gallery(
    out_dir: Path = GALLERY, artefacts_dir: Path | None = None, lang: str = "en"
) -> Path:
    """Write the gallery (see :func:`render`) to ``out_dir/<lang>`` and return its index.

    The folder is replaced as a whole and atomically: on any error the old gallery stays.
    """
    target = Path(out_dir) / lang
    write_processed(render(artefacts_dir, lang), target)
    return target / "index.html"


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m analysis.gallery [--artefacts DIR] [--out DIR]``."""
    parser = argparse.ArgumentParser(prog="python -m analysis.gallery", description=__doc__)
    parser.add_argument("--artefacts", type=Path, default=None, help="artefacts folder")
    parser.add_argument("--out", type=Path, default=GALLERY, help="gallery folder")
    parser.add_argument("--lang", choices=(*LANGUAGES, "all"), default="all")
    args = parser.parse_args(argv)
    for lang in LANGUAGES if args.lang == "all" else (args.lang,):
        try:
            index = write_gallery(args.out, args.artefacts, lang)
        except FileNotFoundError as exc:
            print(f"gallery: {exc}", file=sys.stderr)
            return 1
        print(f"gallery: wrote {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
