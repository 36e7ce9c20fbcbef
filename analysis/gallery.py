"""A gallery page: every figure and table of the book on one plain HTML page, without Quarto.

The page shows each entry of :data:`analysis.registry.ENTRIES` the way the rendered book
embeds it:

* a figure is the chart's static SVG (Vega-Lite compiled by vl-convert, the renderer the
  chapters enable through :func:`analysis.book.setup`) saved as ``<label>.svg`` and shown
  with ``<img src="<label>.svg" alt="...">``, the alt text and caption being the chapter
  cell's ``#| fig-alt:`` and ``#| fig-cap:`` options (Quarto writes such an SVG output to a
  file and embeds it the same way);
* a table is great-tables' raw HTML inline (what the ``output: asis`` cells print), under
  the chapter cell's ``#| tbl-cap:``.

Each entry sits in ``<div id="<label>" class="quarto-float">``, as in the rendered book, so
the browser tests (``tests/test_browser.py``) check the gallery and the book's pages with
the same selectors. The page loads nothing from outside its own folder.

``python -m analysis.pipeline`` writes the gallery to ``gallery/`` beside the processed
folder (``data/gallery/``) after the processed tables; ``python -m analysis.gallery``
rebuilds it alone from existing processed tables.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis import book, chapters
from analysis.paths import BOOK, PROCESSED
from analysis.pipeline import write_processed
from analysis.registry import ENTRIES, Entry

_TITLE = re.compile(r"^#\s+(.+?)\s*(?:\{[^}]*\})?\s*$", re.MULTILINE)

_STYLE = """
body { font-family: Helvetica, Arial, sans-serif; color: #222; background: #fff;
       margin: 0 auto; max-width: 62rem; padding: 1rem 1.5rem 3rem; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem;
       border-bottom: 1px solid #ccc; }
.quarto-float { margin: 1.5rem 0 2.5rem; }
figure { margin: 0; }
figcaption { font-size: 0.95rem; margin: 0.5rem 0; }
figcaption code { color: #333; font-size: 0.85rem; }
img { max-width: 100%; height: auto; }
"""


@dataclass(frozen=True)
class Item:
    """One gallery entry: the registry entry and what its chapter cell says about it.

    ``caption`` is the cell's ``fig-cap``/``tbl-cap``; ``alt`` its ``fig-alt`` (empty for a
    table); ``chapter_title`` the chapter's first heading without its ``{...}`` attributes.
    """

    entry: Entry
    chapter_title: str
    caption: str
    alt: str


def default_dir(processed_dir: Path = PROCESSED) -> Path:
    """Where the gallery goes by default: ``gallery/`` beside the processed folder."""
    return Path(processed_dir).parent / "gallery"


def items(book_dir: Path = BOOK) -> list[Item]:
    """Every registry entry with its chapter's caption and alt text, in book order.

    Book order is the order of ``_quarto.yml`` (chapters not listed there come last), then
    the order of the cells inside each chapter.

    Raises
    ------
    ValueError
        When an entry's chapter has no cell with ``#| label: <label>``, or a figure cell has
        no ``fig-alt`` or a cell no caption (a reader would see a figure without them).
    """
    order = {p.name: i for i, p in enumerate(chapters.chapter_files(book_dir))}
    texts: dict[str, str] = {}
    found: list[tuple[int, int, Item]] = []
    for entry in ENTRIES:
        if entry.chapter not in texts:
            texts[entry.chapter] = (Path(book_dir) / entry.chapter).read_text(encoding="utf-8")
        text = texts[entry.chapter]
        cells = [c for c in chapters.chunks(text) if c.options.get("label") == entry.label]
        if len(cells) != 1:
            raise ValueError(
                f"{entry.chapter} has {len(cells)} cells labelled {entry.label!r} (expected 1)"
            )
        cell = cells[0]
        cap_key = "fig-cap" if entry.kind == "figure" else "tbl-cap"
        caption = cell.options.get(cap_key, "")
        alt = cell.options.get("fig-alt", "") if entry.kind == "figure" else ""
        if not caption or (entry.kind == "figure" and not alt):
            raise ValueError(f"{entry.chapter}: cell {entry.label!r} lacks {cap_key} or fig-alt")
        title = _TITLE.search(text)
        item = Item(entry, title.group(1) if title else entry.chapter, caption, alt)
        found.append((order.get(entry.chapter, len(order)), cell.start, item))
    found.sort(key=lambda t: (t[0], t[1]))
    return [item for _, _, item in found]


def figure_svg(chart: Any) -> str:
    """A chart as the static SVG text the chapters show (vl-convert, book theme enabled)."""
    import vl_convert

    book.setup()
    return vl_convert.vegalite_to_svg(chart.to_json())


def render(processed_dir: Path = PROCESSED, book_dir: Path = BOOK) -> dict[str, bytes]:
    """The gallery's files: ``index.html`` and one ``<label>.svg`` per figure (UTF-8 bytes).

    Builds every entry from the processed tables in ``processed_dir`` with
    :func:`analysis.book.build`. Raises ``FileNotFoundError`` when the pipeline has not run,
    ``ValueError`` as :func:`items` does.
    """
    book.setup()
    files: dict[str, bytes] = {}
    sections: list[str] = []
    current = None
    for item in items(book_dir):
        entry = item.entry
        if item.chapter_title != current:
            current = item.chapter_title
            sections.append(
                f'<h2 id="chapter-{Path(entry.chapter).stem}">{html.escape(current)}'
                f" <small>({html.escape(entry.chapter)})</small></h2>"
            )
        obj = book.build(entry.label, processed_dir)
        label = html.escape(entry.label)
        if entry.kind == "figure":
            files[f"{entry.label}.svg"] = figure_svg(obj).encode("utf-8")
            sections.append(
                f'<div id="{label}" class="quarto-float quarto-figure">\n<figure>\n'
                f'<img src="{label}.svg" alt="{html.escape(item.alt)}" class="figure-img">\n'
                f"<figcaption>Figure <code>{label}</code>: {html.escape(item.caption)}"
                "</figcaption>\n</figure>\n</div>"
            )
        else:
            sections.append(
                f'<div id="{label}" class="quarto-float quarto-table">\n<figure>\n'
                f"<figcaption>Table <code>{label}</code>: {html.escape(item.caption)}"
                f"</figcaption>\n{book.table_html(obj, entry.label)}\n</figure>\n</div>"
            )
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Gallery: every figure and table of the book</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        "<h1>Every figure and table of the book</h1>\n"
        "<p>Built by <code>python -m analysis.pipeline</code> from the processed tables, "
        "without Quarto: figures as the SVG files the chapters embed, tables as the HTML "
        "they print.</p>\n" + "\n".join(sections) + "\n</main>\n</body>\n</html>\n"
    )
    files["index.html"] = page.encode("utf-8")
    return files


def write_gallery(
    out_dir: Path | None = None, processed_dir: Path = PROCESSED, book_dir: Path = BOOK
) -> Path:
    """Write the gallery (see :func:`render`) to ``out_dir`` and return its ``index.html``.

    ``out_dir`` defaults to :func:`default_dir` of ``processed_dir``. The folder is replaced
    as a whole and atomically (:func:`analysis.pipeline.write_processed`): on any error the
    old gallery stays as it was.
    """
    out = Path(out_dir) if out_dir is not None else default_dir(processed_dir)
    write_processed(render(processed_dir, book_dir), out)
    return out / "index.html"


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m analysis.gallery [--processed DIR] [--out DIR]``."""
    parser = argparse.ArgumentParser(prog="python -m analysis.gallery", description=__doc__)
    parser.add_argument("--processed", type=Path, default=PROCESSED, help="processed folder")
    parser.add_argument("--out", type=Path, default=None, help="gallery folder")
    args = parser.parse_args(argv)
    try:
        index = write_gallery(args.out, args.processed)
    except FileNotFoundError as exc:
        print(f"gallery: {exc}", file=sys.stderr)
        return 1
    print(f"gallery: wrote {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
