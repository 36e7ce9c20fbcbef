"""What a reader meets in a chapter: its running text, its opening, its height, its folds.

The budgets of issue 23 ("A book people finish"), measured two ways:

* on the rendered page (Quarto, headless Chromium at 1280 px): :data:`MEASURE_JS` counts
  the words of the running text (paragraphs and list items in the page's ``<main>``, outside
  tables, figures, code, table and figure captions, data links and closed folds), the words
  of the "In short" opening, and the page's height with every fold closed;
  :func:`measure_site` does it for every chapter of a built site (needs Playwright and
  Chromium, ``python -m analysis.reading book/_book``);
* from the chapter sources, where Quarto is absent (:func:`source_words`): the same running
  text read from a chapter's ``.qmd`` (its ``{{< var >}}`` values filled in from the
  edition's ``_variables.yml``, its own includes of chapter parts followed, folds,
  artefact includes, headings and code left out).

Folds are HTML ``<details>`` blocks (keyboard-reachable, opened for print by the book's
``_scripts/print-folds.html``); a chapter's opening is the ``::: {.in-short}`` block before
its first section, followed by the chapter's main figure. :data:`JARGON` is the pattern of
build words (file names and paths, "seed", names in snake_case, capitalised labels) that
must not reach a chapter's running text in either edition.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

#: The chapters whose running text the budgets cover (the appendices are reference).
CHAPTERS = (
    "index",
    "context",
    "composition",
    "attitudes",
    "communication",
    "claims",
    "conclusion",
)
#: The chapters that open with "In short" and a main figure (the preface opens with its
#: key findings).
OPENED = CHAPTERS[1:]
#: Words of running text per chapter, all chapters together; px of a chapter at 1280 px
#: with its folds closed; words of an "In short" opening.
MAX_CHAPTER_WORDS = 2000
MAX_BOOK_WORDS = 11000
MAX_CHAPTER_PX = 12000
OPENING_WORDS = (40, 250)

#: Build words that must not reach running text: "seed", file names and paths, names in
#: snake_case, capitalised internal labels (ESTIMATES, T1/T2, and Kazakh words in capitals).
JARGON = re.compile(
    r"\bseed\b"
    r"|\b[\w-]+\.(?:csv|parquet|json|ya?ml|py|qmd|ftl|md|txt|svg|png)\b"
    r"|\b(?:data|analysis|book|locales|tests)/"
    r"|\b[a-z]+_[a-z0-9_]+\b"
    r"|\b[A-Z]{2,}_[A-Z_]+\b|\b[A-Z]{5,}\b"
    # Kazakh capitals (the Cyrillic А-Я, Ё and the Kazakh letters), by code point.
    r"|\b[\u0410-\u042f\u0401\u04d8\u0492\u049a\u04a2\u04e8\u04b0\u04ae\u04ba\u0406]{5,}\b"
    r"|\bT[12]\b",
    re.IGNORECASE,
)
#: Capitalised acronyms that are words of the field, not labels (matched case-sensitively
#: by the ``[A-Z]{5,}`` branch only when listed here they are allowed).
ALLOWED_CAPITALS = frozenset()
#: Web addresses: a source's address is cited as it is, not as running words.
_URL = re.compile(r"\bhttps?://\S+")
#: The pages where file names, paths and column names belong (issue 23): the Reproducing
#: appendix (with the downloads), the codebook, and the data sources appendix, which is
#: the provenance record of each raw file (name, size, checksum, the article's lines).
REFERENCE_PAGES = frozenset({"reproducing", "codebook", "sources"})


def jargon(text: str) -> list[str]:
    """The build words (:data:`JARGON`) in ``text``, in order, web addresses left out. Words
    in capitals are matched as written (the five-capitals branches, Latin and Kazakh), the
    rest without regard to case."""
    found = []
    # Soft hyphens and zero-width spaces (the tables' hyphenation) do not split a word.
    text = text.replace("\u00ad", "").replace("\u200b", "")
    for m in JARGON.finditer(_URL.sub(" ", text)):
        word = m.group(0)
        if re.fullmatch(r"[^\W\d_]{5,}", word) and not word.isupper():
            continue  # an ordinary word: only capitals are labels
        if re.fullmatch(r"T[12]", word, re.IGNORECASE) and word != word.upper():
            continue
        if word in ALLOWED_CAPITALS:
            continue
        found.append(word)
    return found


def count_words(text: str) -> int:
    """Words of ``text``: runs between white space that hold a letter or a digit."""
    return sum(1 for token in text.split() if re.search(r"\w", token))


# --- the rendered page ---------------------------------------------------------------------

#: JavaScript run in the page: ``{words, opening, opening_next, height, folds, texts}``.
#: ``words``: running text (p and li in <main>, outside tables, figures, code, captions,
#: data links, the title block and closed <details>); ``opening``: words of ``.in-short``;
#: ``opening_next``: the id of the element right after it (the main figure's float) or
#: null; ``height``: the page's scroll height; ``folds``: per <details>, its summary and the
#: length of its text; ``texts``: the running text itself (for the jargon check).
MEASURE_JS = r"""
() => {
  const main = document.querySelector("main#quarto-document-content")
    || document.querySelector("main");
  const skip = "table, figure, figcaption, pre, code, .quarto-float, .cell-output-display, "
    + ".data-links, header#title-block-header, .quarto-title-block, details:not([open]), nav";
  const own = (el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll("ul, ol, p, " + skip).forEach((n) => n.remove());
    return copy.textContent;
  };
  const count = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const texts = [];
  let words = 0;
  for (const el of main.querySelectorAll("p, li")) {
    if (el.parentElement.closest(skip) || el.closest(skip)) continue;
    const text = own(el);
    words += count(text);
    texts.push(text.replace(/\s+/g, " ").trim());
  }
  const opening = main.querySelector(".in-short");
  let next = opening ? opening.nextElementSibling : null;
  while (next && next.matches("script, style")) next = next.nextElementSibling;
  const inner = next ? next.querySelector("[id^='fig-'], [id^='tbl-']") : null;
  const nextId = next ? (next.id || (inner || {}).id || null) : null;
  const folds = [...main.querySelectorAll("details")].map((d) => ({
    summary: (d.querySelector("summary") || {}).textContent || "",
    open: d.open,
    chars: d.textContent.length - ((d.querySelector("summary") || {}).textContent || "").length,
  }));
  for (const d of main.querySelectorAll("details")) d.open = false;
  const label = opening ? opening.querySelector(".in-short-label") : null;
  return {
    words,
    opening: opening ? count(opening.textContent) - count(label ? label.textContent : "") : null,
    opening_next: nextId,
    height: document.documentElement.scrollHeight,
    folds,
    texts,
  };
}
"""


#: JavaScript run in the page (argument: open every fold first): the words of table
#: cells, headers and captions that the browser broke inside a run of letters (a word of
#: two letters or more drawn on more than one line, not at a hyphen or soft hyphen), as
#: ``"<word> (<table id>)"``.
BROKEN_WORDS_JS = r"""
(openFolds) => {
  if (openFolds) document.querySelectorAll("details").forEach((d) => { d.open = true; });
  const found = [];
  const cells = document.querySelectorAll("main table td, main table th, main table caption");
  for (const cell of cells) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      for (const m of text.matchAll(/[\p{L}\p{M}]{2,}/gu)) {
        // An address or a file name (a token with '/', '.' or ':' before a letter) may
        // break anywhere: it is not a word.
        const start = text.lastIndexOf(" ", m.index) + 1;
        const end = text.indexOf(" ", m.index);
        const token = text.slice(start, end < 0 ? text.length : end);
        if (/[\/.:@_][\p{L}\p{N}]/u.test(token) || node.parentElement.closest("a, code")) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        let rects = [...range.getClientRects()].filter((r) => r.width > 0);
        // After a soft hyphen where the line broke, the hyphen it draws at the line's end
        // is reported as the first rectangle of the next run: not a break inside it.
        if (text[m.index - 1] === "\u00ad" && rects.length > 1) rects = rects.slice(1);
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        if (tops.size > 1) {
          const table = cell.closest("[id]");
          found.push(m[0] + " (" + (table ? table.id : "?") + ")");
        }
      }
    }
  }
  return found;
}
"""


@dataclass(frozen=True)
class Measure:
    """One chapter as read: running words, opening words (None: no ``.in-short``), the id
    of what follows the opening, page height (px, folds closed), folds and texts."""

    chapter: str
    words: int
    opening: int | None
    opening_next: str | None
    height: int
    folds: list[dict]
    texts: list[str]


def measure_page(page, chapter: str) -> Measure:
    """Measure a Playwright ``page`` already open on ``chapter`` (:data:`MEASURE_JS`)."""
    found = page.evaluate(MEASURE_JS)
    return Measure(chapter=chapter, **found)


def measure_site(site: Path, lang: str = "en", width: int = 1280) -> list[Measure]:
    """Every chapter of :data:`CHAPTERS` of a built site (``book/_book``; the Kazakh
    edition under ``kk/``), opened from disk in headless Chromium ``width`` px wide."""
    import shutil

    from playwright.sync_api import sync_playwright

    from analysis.artefacts import EDITIONS

    folder = site / EDITIONS[lang]
    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu"]
        )
        for name in CHAPTERS:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto((folder / f"{name}.html").resolve().as_uri(), wait_until="load")
            out.append(measure_page(page, name))
            page.close()
        browser.close()
    return out


# --- the chapter sources (no Quarto) -------------------------------------------------------

_VAR = re.compile(r"\{\{<\s*var\s+([\w.]+)\s*>\}\}")
_INCLUDE = re.compile(r"^\{\{<\s*include\s+(\S+)\s*>\}\}\s*$", re.MULTILINE)
_DETAILS = re.compile(r"<details\b.*?</details>", re.DOTALL)
_FENCE = re.compile(r"^```.*?^```\s*$", re.DOTALL | re.MULTILINE)


def _value(variables: dict, key: str) -> str:
    node: object = variables
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"no value {key!r} in _variables.yml")
        node = node[part]
    return str(node)


def _expanded(qmd: Path) -> str:
    """The source of ``qmd`` with its own parts (``{{< include _part.qmd >}}``) spliced in
    as written (their folds and raw HTML kept, so the including page judges them) and
    artefact includes left out."""

    def include(m: re.Match) -> str:
        target = m.group(1)
        return "" if target.startswith("artefacts/") else _expanded(qmd.parent / target)

    return _INCLUDE.sub(include, qmd.read_text(encoding="utf-8"))


def source_text(qmd: Path, variables: dict, *, keep_folds: bool = False) -> str:
    """The running text of a chapter source as a reader meets it with folds closed: the
    chapter's own parts (``{{< include _part.qmd >}}``) followed, artefact includes (figures
    and tables), code, headings, attribute lines, raw HTML and (unless ``keep_folds``)
    ``<details>`` blocks left out, ``{{< var >}}`` values filled in from ``variables`` (the
    edition's ``_variables.yml``, read as a dict). Raises ``KeyError`` for a value the
    variables lack."""
    text = _expanded(qmd)
    text = _FENCE.sub("", text)
    if not keep_folds:
        text = _DETAILS.sub("", text)
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(("#", ":::", "<", "|")):
            continue
        lines.append(line)
    body = "\n".join(lines)
    body = _VAR.sub(lambda m: _value(variables, m.group(1)), body)
    body = re.sub(r"\{[#.][^}]*\}", "", body)  # attributes: {#sec-x}, {.lang-switch ...}
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)  # links: their text
    return re.sub(r"@((?:fig|tbl|sec)-[\w-]+)", "Section 1.1", body)


def opening_text(qmd: Path, variables: dict) -> str:
    """The text of the chapter's ``::: {.in-short}`` block ('' when it has none), values
    filled in, its label ("In short") left out."""
    text = qmd.read_text(encoding="utf-8")
    m = re.search(r"^::: \{\.in-short\}\s*\n(.*?)^:::\s*$", text, re.DOTALL | re.MULTILINE)
    if not m:
        return ""
    body = re.sub(r"\[[^\]]*\]\{\.in-short-label\}", "", m.group(1))
    body = _VAR.sub(lambda v: _value(variables, v.group(1)), body)
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
    return re.sub(r"@((?:fig|tbl|sec)-[\w-]+)", "Figure 1.1", body)


def opening_followed_by(qmd: Path) -> str | None:
    """The label of the figure or table included right after the ``.in-short`` block."""
    text = qmd.read_text(encoding="utf-8")
    m = re.search(
        r"^::: \{\.in-short\}\s*\n.*?^:::\s*\n\s*\{\{<\s*include\s+\S*/_((?:fig|tbl)-[\w-]+)\.md",
        text,
        re.DOTALL | re.MULTILINE,
    )
    return m.group(1) if m else None


# --- the words of tables and charts (from the artefacts, without Quarto) -----------------

#: Elements whose end closes a piece of visible text in a table fragment.
_BLOCKS = frozenset({"td", "th", "caption", "p", "div", "li", "tr", "summary", "br", "span"})


class _TableText(HTMLParser):
    """The visible text of a table fragment (great-tables HTML): one string per cell,
    header, caption or note; styles, scripts and code left out, attribute values (link
    targets) not read, except the accessible names (``aria-label``) a screen reader
    reads."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._skip = 0
        self._now: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self._now).split())
        if text:
            self.texts.append(text)
        self._now = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "code"):
            self._skip += 1
        elif tag in _BLOCKS:
            self._flush()
        label = dict(attrs).get("aria-label")
        if label:
            self.texts.append(label)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "code"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._now.append(data)


def table_texts(fragment: str) -> list[str]:
    """What a reader sees of a table fragment (``tbl-<label>.html``): its caption, headers,
    cells and source notes, one string each (link text, not link targets)."""
    parser = _TableText()
    parser.feed(fragment)
    parser.close()
    parser._flush()
    return parser.texts


def _walk(node: Any, visit) -> None:
    visit(node)
    if isinstance(node, dict):
        for value in node.values():
            _walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            _walk(value, visit)


def chart_texts(spec: dict) -> list[str]:
    """What a reader sees or hears of a chart (its Vega-Lite spec as the page draws it,
    ``<label>.live.json``): titles of the chart, axes, legends and tooltip fields, the
    notes under it, its description, and the values of the fields it draws as text or
    shows in a tooltip."""
    texts: list[str] = []
    shown: set[str] = set()

    def strings(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list):
            for item in value:
                strings(item)
        elif isinstance(value, dict):
            strings(value.get("text"))
            strings(value.get("subtitle"))

    def visit(node: Any) -> None:
        if not isinstance(node, dict):
            return
        for key in ("title", "description", "notes"):
            if key in node:
                strings(node[key])
        encoding = node.get("encoding")
        if isinstance(encoding, dict):
            for channel in ("text", "tooltip"):
                defs = encoding.get(channel)
                for d in defs if isinstance(defs, list) else [defs]:
                    if isinstance(d, dict) and isinstance(d.get("field"), str):
                        shown.add(d["field"])

    _walk({k: v for k, v in spec.items() if k not in ("datasets", "data")}, visit)
    rows: list[dict] = []
    _walk(
        {"datasets": spec.get("datasets"), "data": spec.get("data")},
        lambda n: rows.append(n) if isinstance(n, dict) else None,
    )
    for row in rows:
        for field in shown & set(row):
            if isinstance(row[field], str):
                texts.append(row[field])
    return texts


def described_marks(spec: dict) -> list[str]:
    """The marks of a chart that a screen reader would describe one by one, by all their
    encodings, untitled ones by column name: every mark without ``"aria": false``.
    Returns each such mark's type."""
    found: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, dict) and "mark" in node:
            mark = node["mark"]
            mark = {"type": mark} if isinstance(mark, str) else mark
            if isinstance(mark, dict) and mark.get("aria") is not False:
                found.append(str(mark.get("type")))

    _walk({k: v for k, v in spec.items() if k not in ("datasets", "data", "config")}, visit)
    return found


#: JavaScript run in a rendered page: every folded block opened, then each piece of text
#: a reader sees or hears in ``<main>`` (text nodes outside code, scripts and styles; the
#: charts' SVG text; accessible names and tooltips given as ``aria-label`` and ``title``),
#: as ``[text, where]`` with ``where`` the id of the figure or table it sits in (or "").
VISIBLE_TEXT_JS = r"""
async () => {
  document.querySelectorAll("main details").forEach((d) => { d.open = true; });
  await new Promise((r) => setTimeout(r, 500));
  const main = document.querySelector("main#quarto-document-content")
    || document.querySelector("main");
  const where = (el) => ((el.closest("[id^='fig-'], [id^='tbl-']") || {}).id || "");
  const out = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (el.closest("script, style, pre, code")) continue;
    const text = n.textContent.replace(/\s+/g, " ").trim();
    if (text) out.push([text, where(el)]);
  }
  for (const el of main.querySelectorAll("[aria-label], [title]")) {
    for (const name of ["aria-label", "title"]) {
      const value = el.getAttribute(name);
      if (value) out.push([value, where(el)]);
    }
  }
  return out;
}
"""

#: JavaScript run in a rendered page: each cross-reference (Quarto's ``a.quarto-xref``: to
#: a chapter, appendix, section, figure or table), as ``[link text, the text after it]``.
XREFS_JS = r"""
() => [...document.querySelectorAll("main a.quarto-xref")]
  .map((a) => {
    const next = a.nextSibling;
    return [a.textContent.replace(/\s+/g, " ").trim(),
            next && next.nodeType === 3 ? next.textContent.slice(0, 12) : ""];
  })
"""


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.reading [site] [en|kk]``: the measures of every chapter, JSON."""
    args = sys.argv[1:] if argv is None else argv
    site = Path(args[0]) if args else Path("book/_book")
    lang = args[1] if len(args) > 1 else "en"
    rows = []
    for m in measure_site(site, lang):
        rows.append(
            {
                "chapter": m.chapter,
                "words": m.words,
                "opening": m.opening,
                "after_opening": m.opening_next,
                "height": m.height,
                "folds": len(m.folds),
                "jargon": sorted({w for t in m.texts for w in jargon(t)}),
            }
        )
    print(json.dumps(rows, ensure_ascii=False, indent=1))
    print("total words", sum(r["words"] for r in rows), file=sys.stderr)
    return 0


def load_variables(path: Path) -> dict:
    """An edition's ``_variables.yml`` as a dict."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    raise SystemExit(main())
