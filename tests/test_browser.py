"""What readers see, checked in a real headless Chromium (Debian's ``chromium`` package).

The gallery page (:mod:`analysis.gallery`: every figure and table of the book, embedded from
the artefacts :mod:`analysis.artefacts` built, in a column as wide as the book's) is served
from a local HTTP server on 127.0.0.1 and opened with Playwright driving the system browser,
at a desktop window (1280 px, where the book's text column is 678 px) and a phone (390 px).
The checks (issue "A site readers can read"):

* every figure's SVG is there, has data marks and the manifest's alt text; every table has
  its column headers and as many body rows as its data (``<label>.csv``);
* chart text is at least 11 px as drawn at desktop width (the ``font-size`` of each SVG
  ``<text>`` x the width the image is shown at / the SVG's own width), and no chart is
  wider than the column (so none is scaled down);
* nothing in the text column is wider than the column unless it sits in its own scroll box
  (and at 1280 px a table does not even scroll there: all its columns show), and the page
  never scrolls sideways;
* every figure and table has links to its data (CSV; a figure also SVG and PNG) that load;
* the console stays free of errors, no request leaves localhost (requests to any other host
  are recorded and aborted, so none is ever sent), and axe-core (npm package) reports no
  serious or critical accessibility violation.

When ``quarto`` is on PATH (or ``$QUARTO_PATH``) the book is rendered, in a temporary copy
(never into ``book/_book``), and the same checks run on every page of it; otherwise those
tests skip and say why.

Needs: ``chromium`` (``$KURULTAI_CHROMIUM`` or on PATH) and ``axe.min.js`` from the npm
package ``axe-core`` (``$AXE_CORE_JS``, default ``build/axe/node_modules/axe-core/axe.min.js``;
``.ci/run`` installs both). Locally a missing one skips these tests with the reason; under
CI (``CI=true``) it fails them, so CI cannot pass without running the browser.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import os
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
import pytest

from analysis import chapters, gallery, registry
from analysis.figures.common import COLUMN_WIDTH, MIN_DRAWN_FONT
from analysis.paths import BOOK, PROCESSED, ROOT

IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
AXE_DEFAULT = ROOT / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_JS = Path(os.environ.get("AXE_CORE_JS", AXE_DEFAULT))
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
#: Window widths, px: a desktop (the book's text column is 678 px there) and a phone.
DESKTOP, PHONE = 1280, 390
WIDTHS = [DESKTOP, PHONE]
#: Slack for sub-pixel layout, px.
SLACK = 1.0
#: Chromium flags: no sandbox (CI runs as root), no GPU, and none of the browser's own
#: background traffic (updates, sync, metrics), so every request seen is the page's.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
    "--disable-sync",
    "--metrics-recording-only",
    "--no-first-run",
    "--no-default-browser-check",
]
#: The post-render script that relabels the previous/next links of the book's pages.
NAV_SCRIPT = BOOK / "_scripts" / "page_nav_labels.py"

#: One worker runs this module's tests (pytest-xdist's ``--dist loadgroup``): its browser,
#: local server, galleries and pages are module fixtures, which each worker would otherwise
#: set up again for the tests it was given.
pytestmark = pytest.mark.xdist_group("browser")


def unavailable(reason: str) -> None:
    """Skip with ``reason`` locally; fail under CI, where the browser checks must run."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: the browser checks must run, see .ci/run)")
    pytest.skip(reason)


def chromium_path() -> str | None:
    """The system Chromium: ``$KURULTAI_CHROMIUM``, else ``chromium`` on PATH."""
    for candidate in (
        os.environ.get("KURULTAI_CHROMIUM"),
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def is_local(url: str) -> bool:
    """True for URLs that stay on this machine (loopback hosts, data:, blob:, about:)."""
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about"}:
        return True
    return (parts.hostname or "") in LOCAL_HOSTS


@dataclass
class Visit:
    """An open page and what happened while it loaded (and since)."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def open_page(browser: Any, url: str, width: int = DESKTOP) -> Visit:
    """Open ``url`` in a fresh page ``width`` px wide, recording every request and every
    console error.

    Requests to hosts other than localhost are aborted before they are sent (and stay in
    ``requests``, so the test still sees that the page tried).
    """
    page = browser.new_page(viewport={"width": width, "height": 900})
    visit = Visit(page)
    page.on("request", lambda req: visit.requests.append(req.url))
    page.on(
        "console",
        lambda msg: (
            visit.errors.append(f"console.{msg.type}: {msg.text}") if msg.type == "error" else None
        ),
    )
    page.on("pageerror", lambda exc: visit.errors.append(f"uncaught: {exc}"))
    page.route(
        "**/*",
        lambda route: route.continue_() if is_local(route.request.url) else route.abort(),
    )
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    wait_for_charts(page)
    return visit


def wait_for_charts(page: Any) -> None:
    """Wait until the page's live charts (``charts.js``, issue 24) are drawn or have failed;
    nothing to wait for on a page without charts or with JavaScript off."""
    page.evaluate("() => window.kurultaiCharts ? window.kurultaiCharts.ready : null")


# --- what the page shows, read in the browser ------------------------------------------

_FIGURES_JS = """
async (labels) => {
  const sizeOf = (el) => {
    for (let n = el; n && n.getAttribute; n = n.parentElement) {
      const style = (n.getAttribute("style") || "").match(/font-size\\s*:\\s*([\\d.]+)/);
      if (style) return parseFloat(style[1]);
      const attr = n.getAttribute("font-size");
      if (attr) return parseFloat(attr);
    }
    return 16;  // the SVG default
  };
  const out = {};
  for (const label of labels) {
    const box = document.getElementById(label);
    if (!box) { out[label] = {found: false}; continue; }
    const live = box.querySelector(".vega-chart.is-live .vega-live svg");
    const img = live ? null : box.querySelector("img");
    let root = null, info = {found: true, live: !!live};
    if (live) {
      root = live;
      const rect = live.getBoundingClientRect();
      Object.assign(info, {alt: live.getAttribute("aria-label"), naturalWidth: rect.width,
                           shownWidth: rect.width, shownHeight: rect.height, status: 200,
                           parseError: false});
    } else if (img) {
      try { await img.decode(); } catch (e) {}
      const rect = img.getBoundingClientRect();
      const response = await fetch(img.currentSrc || img.src);
      const doc = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
      root = doc.documentElement;
      Object.assign(info, {
        alt: img.getAttribute("alt"), naturalWidth: img.naturalWidth,
        shownWidth: rect.width, shownHeight: rect.height, status: response.status,
        parseError: doc.querySelector("parsererror") !== null,
      });
    } else {
      root = box.querySelector("svg");
      if (root) {
        const rect = root.getBoundingClientRect();
        Object.assign(info, {alt: root.getAttribute("aria-label"), naturalWidth: rect.width,
                             shownWidth: rect.width, shownHeight: rect.height, status: 200,
                             parseError: false});
      }
    }
    info.root = root ? root.nodeName : null;
    info.marks = root ? root.querySelectorAll("g.role-mark > *").length : 0;
    if (root) {
      const box = (root.getAttribute("viewBox") || "").trim().split(/[\\s,]+/);
      info.svgWidth = box.length === 4 ? parseFloat(box[2])
                                       : parseFloat(root.getAttribute("width") || "0");
      // What no text may do: end in an ellipsis (cut short by a label limit).
      info.ellipsis = [...root.querySelectorAll("text")].map(t => t.textContent)
        .filter(t => /(\u2026|\\.\\.\\.)\\s*$/.test(t));
      const sizes = [...root.querySelectorAll("text")].map(sizeOf);
      info.texts = sizes.length;
      info.minFont = sizes.length ? Math.min(...sizes) : null;
    }
    out[label] = info;
  }
  return out;
}
"""

_TABLES_JS = """
(labels) => {
  const out = {};
  for (const label of labels) {
    const table = document.querySelector(`#${CSS.escape(label)} table`);
    if (!table) { out[label] = {found: false}; continue; }
    const body = [...table.querySelectorAll("tbody tr")].filter(tr => tr.querySelector("td"));
    const heads = [...table.querySelectorAll("thead th")];
    out[label] = {
      found: true,
      rows: body.length,
      headers: heads.map(th => th.textContent.trim()),
      shown: table.getBoundingClientRect().height > 0,
    };
  }
  return out;
}
"""

# The text column is the content box of <main> (Quarto's main.content; the gallery's main).
# An element "escapes" when it reaches outside the column and no ancestor inside <main>
# clips it (overflow-x other than visible: its own scroll box). A scroll box "scrolls"
# when its content is wider than the box.
_LAYOUT_JS = """
(labels) => {
  const slack = 1;  // px, as SLACK
  const main = document.querySelector("main");
  if (!main) return {main: false};
  const cs = getComputedStyle(main), r = main.getBoundingClientRect();
  const left = r.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth);
  const right = r.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth);
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    [...el.classList].slice(0, 2).map(c => "." + c).join("");
  const clips = (el) => getComputedStyle(el).overflowX !== "visible";
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== main; a = a.parentElement) if (clips(a)) return true;
    return false;
  };
  const escaped = [], seen = new Set();
  for (const el of main.querySelectorAll("*")) {
    const b = el.getBoundingClientRect();
    if (b.width === 0 || b.height === 0) continue;
    if (b.left >= left - slack && b.right <= right + slack) continue;
    if (clipped(el) || getComputedStyle(el).visibility === "hidden") continue;
    seen.add(el);
    if (seen.has(el.parentElement)) continue;  // report the outermost only
    const owner = el.closest("[id]");
    escaped.push(`${name(el)} (in #${owner ? owner.id : "?"}) spans ` +
                 `${Math.round(b.left)}-${Math.round(b.right)} px`);
  }
  const scrolling = (el) => clips(el) && el.scrollWidth > el.clientWidth + slack;
  const entries = {};
  for (const label of labels) {
    const box = document.getElementById(label);
    if (!box) { entries[label] = {found: false}; continue; }
    const boxes = [box, ...box.querySelectorAll("*")];
    for (let a = box.parentElement; a && a !== main; a = a.parentElement) boxes.push(a);
    entries[label] = {
      found: true,
      width: box.getBoundingClientRect().width,
      scrolls: boxes.filter(scrolling)
        .map(el => `${name(el)} holds ${el.scrollWidth} px in ${el.clientWidth} px`),
    };
  }
  const doc = document.documentElement;
  return {
    main: true, left, right, width: right - left, escaped: escaped.slice(0, 20),
    pageWidth: Math.max(doc.scrollWidth, document.body.scrollWidth),
    windowWidth: doc.clientWidth, entries,
  };
}
"""

# Each figure's and table's data links: the links of the first .data-links element after
# the entry's element (inside it or after it) and before the next entry; each is fetched.
_LINKS_JS = """
async (labels) => {
  const want = new Set(labels), out = {};
  let current = null;
  for (const node of document.querySelectorAll(".data-links, [id]")) {
    if (node.id && want.has(node.id)) { current = node.id; out[current] = []; continue; }
    if (current && node.classList.contains("data-links")) {
      for (const a of node.querySelectorAll("a[href]")) {
        let status = 0;
        try { status = (await fetch(a.href, {method: "HEAD"})).status; } catch (e) {}
        out[current].push({href: a.href, status, text: a.textContent.trim()});
      }
      current = null;
    }
  }
  return out;
}
"""

_AXE_JS = """
async () => {
  const r = await axe.run(document, {resultTypes: ["violations"]});
  const brief = (v) => ({id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                         nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))});
  return {violations: r.violations.map(brief), passes: r.passes.map(p => p.id),
          incomplete: r.incomplete.map(brief)};
}
"""


@dataclass(frozen=True)
class Expected:
    """What a page must show: figure label -> alt text; table label -> body rows."""

    alts: dict[str, str]
    rows: dict[str, int]

    @property
    def labels(self) -> list[str]:
        return [*self.alts, *self.rows]


def expected(artefacts: Path, manifest: dict[str, Any], chapter: str | None = None) -> Expected:
    """The manifest's figures (alt text) and tables (rows of ``<label>.csv``), all or only
    those of ``chapter`` (a file name such as ``attitudes.qmd``)."""
    records = [r for r in manifest["entries"] if chapter is None or r["chapter"] == chapter]
    return Expected(
        alts={r["label"]: r["alt"] for r in records if r["kind"] == "figure"},
        rows={
            r["label"]: len(pd.read_csv(artefacts / f"{r['label']}.csv"))
            for r in records
            if r["kind"] == "table"
        },
    )


def figure_problems(page: Any, alts: dict[str, str]) -> list[str]:
    """What is wrong with the figures ``alts`` (label -> expected alt text) on ``page``:
    missing, not an SVG, no data marks, not shown, wrong alt text."""
    found = page.evaluate(_FIGURES_JS, list(alts))
    problems = []
    for label, alt in alts.items():
        info = found[label]
        if not info["found"] or info.get("root") is None:
            problems.append(f"{label}: no figure image or SVG on the page")
            continue
        if info["status"] != 200 or info["parseError"] or info["root"] != "svg":
            problems.append(f"{label}: the image is not a valid SVG file ({info})")
        if info["marks"] == 0:
            problems.append(f"{label}: the SVG has no data marks")
        if not (info["naturalWidth"] > 0 and info["shownWidth"] > 0 and info["shownHeight"] > 0):
            problems.append(f"{label}: the image is not displayed ({info})")
        if (info["alt"] or "").strip() != alt.strip():
            problems.append(f"{label}: alt text {info['alt']!r} is not the manifest's {alt!r}")
    return problems


def chart_text_problems(page: Any, labels: list[str], column: float) -> list[str]:
    """Charts among ``labels`` whose smallest text is drawn under ``MIN_DRAWN_FONT`` px
    (SVG font size x shown width / SVG width), or whose SVG is wider than ``column`` px
    (the book would scale it down)."""
    found = page.evaluate(_FIGURES_JS, labels)
    problems = []
    for label in labels:
        info = found[label]
        if not info["found"] or info.get("root") is None:
            problems.append(f"{label}: no figure image or SVG on the page")
            continue
        if not info.get("svgWidth"):
            problems.append(f"{label}: the SVG gives no width")
            continue
        if info["svgWidth"] > column + SLACK:
            problems.append(
                f"{label}: the chart is {info['svgWidth']:g} px wide, the column {column:g}"
            )
        problems += [f"{label}: text cut short: {t!r}" for t in info.get("ellipsis", [])]
        if info["minFont"] is None:
            continue
        drawn = info["minFont"] * info["shownWidth"] / info["svgWidth"]
        if drawn < MIN_DRAWN_FONT - 0.05:
            problems.append(
                f"{label}: text of {info['minFont']:g} px drawn at {drawn:.1f} px "
                f"(under {MIN_DRAWN_FONT} px; shown {info['shownWidth']:.0f} px wide of "
                f"{info['svgWidth']:g})"
            )
    return problems


def table_problems(page: Any, rows: dict[str, int]) -> list[str]:
    """What is wrong with the tables ``rows`` (label -> expected body rows) on ``page``."""
    found = page.evaluate(_TABLES_JS, list(rows))
    problems = []
    for label, want in rows.items():
        info = found[label]
        if not info["found"]:
            problems.append(f"{label}: no table on the page")
            continue
        if info["rows"] != want:
            problems.append(f"{label}: {info['rows']} body rows shown, the data have {want}")
        if not info["headers"] or not all(info["headers"]):
            problems.append(f"{label}: column headers missing or empty ({info['headers']})")
        if not info["shown"]:
            problems.append(f"{label}: the table is not displayed")
    return problems


def layout(page: Any, labels: list[str]) -> dict[str, Any]:
    """The text column (left, right, width), the page's and window's widths, the elements
    escaping the column, and per label its width and the scroll boxes that scroll."""
    return page.evaluate(_LAYOUT_JS, labels)


def layout_problems(
    page: Any, labels: list[str], *, no_scroll: list[str] = (), column: float | None = None
) -> list[str]:
    """What breaks the layout rules on ``page``: the page scrolls sideways, an element
    reaches outside the text column without its own scroll box, an entry of ``labels`` is
    missing, an entry of ``no_scroll`` scrolls inside its box (columns hidden), or the
    column is not ``column`` px wide (when given)."""
    found = layout(page, labels)
    if not found["main"]:
        return ["the page has no <main> element (no text column)"]
    problems = []
    if column is not None and abs(found["width"] - column) > SLACK:
        problems.append(f"the text column is {found['width']:.0f} px wide, not {column:g}")
    if found["pageWidth"] > found["windowWidth"] + SLACK:
        problems.append(
            f"the page scrolls sideways: {found['pageWidth']} px in a "
            f"{found['windowWidth']} px window"
        )
    problems += [f"outside the column: {e}" for e in found["escaped"]]
    for label in labels:
        info = found["entries"][label]
        if not info["found"]:
            problems.append(f"{label}: not on the page")
        elif label in no_scroll and info["scrolls"]:
            problems.append(f"{label}: scrolls inside its box ({'; '.join(info['scrolls'])})")
    return problems


def data_link_problems(page: Any, labels: list[str]) -> list[str]:
    """Entries among ``labels`` without links to their data under them (CSV; a figure also
    SVG and PNG), or whose links do not load."""
    found = page.evaluate(_LINKS_JS, labels)
    problems = []
    for label in labels:
        links = found.get(label, [])
        wanted = [".csv"] + ([".svg", ".png"] if label.startswith("fig-") else [])
        paths = [urlsplit(link["href"]).path for link in links]
        for suffix in wanted:
            if not any(p.endswith(f"/{label}{suffix}") for p in paths):
                problems.append(f"{label}: no {suffix} link under it ({paths})")
        problems += [
            f"{label}: link {link['href']} answers {link['status']}"
            for link in links
            if link["status"] != 200
        ]
    return problems


_LIGHT_TEXT_JS = """() => {
  if (!(document.documentElement.lang || '').startsWith('kk')) return [];
  return [...document.querySelectorAll('body *')]
    .filter(e => e.offsetParent !== null && [...e.childNodes].some(
      n => n.nodeType === 3 && /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(n.textContent)))
    .filter(e => parseInt(getComputedStyle(e).fontWeight, 10) < 400)
    .map(e => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 40)}`);
}"""


def light_text_problems(page: Any) -> list[str]:
    """Kazakh text drawn lighter than the normal weight (400): light cuts of common fonts
    (DejaVu Sans ExtraLight, ...) lack the letters ә ғ қ ң ө ұ ү һ і, so the browser mixes
    in another font's letters mid-word. Only on pages whose language is Kazakh."""
    return [f"light Kazakh text: {e}" for e in page.evaluate(_LIGHT_TEXT_JS)]


def accessibility(page: Any) -> dict[str, Any]:
    """axe-core's report for ``page``: violations, incomplete (with impact) and passed rules."""
    page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(_AXE_JS)


def serious(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The serious and critical violations of an axe report."""
    return [v for v in report["violations"] if v["impact"] in {"serious", "critical"}]


def page_problems(
    visit: Visit, want: Expected, width: int, *, column: float | None = None
) -> list[str]:
    """Every check of a page at a window ``width`` px wide (see the module docstring)."""
    page = visit.page
    problems = layout_problems(
        page, want.labels, no_scroll=list(want.rows) if width >= DESKTOP else [], column=column
    )
    if width >= DESKTOP:
        problems += figure_problems(page, want.alts)
        problems += table_problems(page, want.rows)
        problems += data_link_problems(page, want.labels)
    # Chart text as drawn, at every width (the live charts redraw for the column).
    problems += chart_text_problems(page, list(want.alts), column or layout(page, [])["width"])
    problems += light_text_problems(page)
    problems += [f"console: {e}" for e in visit.errors]
    problems += [f"request left localhost: {u}" for u in visit.requests if not is_local(u)]
    problems += [
        f"axe {v['impact']}: {v['id']} ({v['count']}x, e.g. {v['nodes']}): {v['help']}"
        for v in serious(accessibility(page))
    ]
    return problems


# --- fixtures ----------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
        pass


@pytest.fixture(scope="module")
def serve() -> Iterator[Any]:
    """A function that serves a folder on 127.0.0.1 and returns its base URL."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        servers.append((server, thread))
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless system Chromium driven by Playwright (no browser download)."""
    executable = chromium_path()
    if executable is None:
        unavailable("no Chromium found: `apt-get install chromium` or set KURULTAI_CHROMIUM")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (test dependency group)")
    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def axe() -> Path:
    """The path of axe-core's ``axe.min.js``."""
    if not AXE_JS.is_file():
        unavailable(
            f"axe-core not found at {AXE_JS}: `npm install --prefix build/axe axe-core@4.14.1` "
            "or set AXE_CORE_JS"
        )
    return AXE_JS


@pytest.fixture(scope="module", params=["en", "kk"])
def edition(request) -> dict:
    """The artefacts of one edition (English, Kazakh), built once per test session."""
    name = "built_artefacts" if request.param == "en" else "built_artefacts_kk"
    return request.getfixturevalue(name)


@pytest.fixture(scope="module")
def gallery_site(edition, tmp_path_factory) -> Path:
    """The gallery's folder, written from the test session's artefacts of one edition."""
    out = tmp_path_factory.mktemp(f"gallery-{edition['lang']}")
    index = gallery.write_gallery(out, edition["root"] / "artefacts", edition["lang"])
    return index.parent


@pytest.fixture(scope="module")
def gallery_expected(edition) -> Expected:
    return expected(edition["dir"], edition["manifest"])


@pytest.fixture(scope="module", params=WIDTHS, ids=lambda w: f"{w}px")
def gallery_visit(request, browser, serve, gallery_site) -> Iterator[tuple[Visit, int]]:
    """The gallery open in a window of each width."""
    visit = open_page(browser, serve(gallery_site) + "index.html", request.param)
    yield visit, request.param
    visit.page.close()


# --- the gallery ---------------------------------------------------------------------------


def test_gallery_files(gallery_site, edition):
    manifest = edition["manifest"]
    assert manifest["entries"], "the manifest lists no figure or table"
    page = (gallery_site / "index.html").read_text(encoding="utf-8")
    for record in manifest["entries"]:
        label = record["label"]
        assert page.count(f'id="{label}"') == 1, label
        suffixes = [".csv"] + ([".svg", ".png"] if record["kind"] == "figure" else [])
        for suffix in suffixes:
            assert (gallery_site / f"{label}{suffix}").is_file(), f"{label}{suffix}"
    # Rebuilding gives the same bytes (fixed table ids, no timestamps).
    files = gallery.render(edition["root"] / "artefacts", edition["lang"])
    assert files["index.html"] == page.encode("utf-8")


def test_gallery_is_readable(gallery_visit, gallery_expected, axe):
    """At 1280 and 390 px: the layout, figures, tables, chart text, data links, console,
    requests and axe-core (see :func:`page_problems`)."""
    visit, width = gallery_visit
    assert gallery_expected.alts
    assert gallery_expected.rows
    column = COLUMN_WIDTH if width == DESKTOP else None
    assert page_problems(visit, gallery_expected, width, column=column) == []


def test_gallery_requests_stay_on_localhost(gallery_visit, gallery_expected):
    visit, _ = gallery_visit
    assert visit.requests, "no request was recorded"
    assert [u for u in visit.requests if not is_local(u)] == []
    # The page fetched its own figure files.
    assert {urlsplit(u).path.rsplit("/", 1)[-1] for u in visit.requests} >= {
        f"{label}.svg" for label in gallery_expected.alts
    }


def test_gallery_axe_ran_the_rules_that_matter(gallery_visit, axe):
    visit, width = gallery_visit
    if width != DESKTOP:
        pytest.skip("checked once, at desktop width")
    report = accessibility(visit.page)
    # The rules the issues name did run and pass: alt text (the live charts' SVG: its
    # accessible name), table headers, contrast.
    assert {"color-contrast", "th-has-data-cells"} <= set(report["passes"])
    assert {"image-alt", "svg-img-alt"} & set(report["passes"])


# --- the live charts (issue 24) ------------------------------------------------------------

#: The figures with design-effect and confidence controls, and the rule mark (its interval
#: ends) and processed columns each draws.
CONTROLLED = {
    "fig-awareness-by-age": ("ci_low_pct", "ci_high_pct"),
    "fig-changes": ("ci_low_pp", "ci_high_pp"),
}

_LIVE_JS = """
() => {
  const k = window.kurultaiCharts;
  const boxes = [...document.querySelectorAll(".vega-chart")];
  return {
    loaded: !!k,
    failed: k ? k.failed : {},
    live: boxes.filter(b => b.classList.contains("is-live")).map(b => b.dataset.label),
    charts: boxes.map(b => b.dataset.label),
    imgShown: boxes.filter(b => {
      const img = b.querySelector("img");
      return img && img.getBoundingClientRect().width > 0;
    }).map(b => b.dataset.label),
  };
}
"""

# The interval ends drawn by a chart: every item of its rule marks whose datum has the two
# fields, inverted through the x scale (the drawn pixels back to data units).
_INTERVALS_JS = """
([label, low, high]) => {
  const view = window.kurultaiCharts.views[label];
  const x = view.scale("x");
  const out = [];
  const walk = (node) => {
    if (!node) return;
    if (node.marktype === "rule" && node.items) {
      for (const item of node.items) {
        const d = item.datum || {};
        // (not the change chart's thin lines: the default rows at another design effect)
        if (low in d && high in d && !((low + "_2") in d) && isFinite(item.x2)) {
          const key = [d.row || d.age_group, d.wave || ""].join("|");
          out.push({key, low: x.invert(Math.min(item.x, item.x2)),
                    high: x.invert(Math.max(item.x, item.x2)),
                    datumLow: d[low], datumHigh: d[high]});
        }
      }
    }
    for (const child of node.items || []) walk(child);
  };
  walk(view.scenegraph().root);
  return out;
}
"""

# The drawn marks of a chart (paths and texts with a size): the i-th scrolled into view,
# and its centre in the window.
_MARK_JS = """
([label, i]) => {
  const svg = document.querySelector(`[data-label="${label}"] .vega-live svg`);
  const marks = [...svg.querySelectorAll("g.role-mark > path, g.role-mark > text")]
    .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
  if (i >= marks.length) return null;
  marks[i].scrollIntoView({block: "center"});
  const r = marks[i].getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}
"""


def live_state(page: Any) -> dict[str, Any]:
    """Which charts are live, which failed, and which still show their static image."""
    return page.evaluate(_LIVE_JS)


def tooltip_on_hover(page: Any, label: str, tries: int = 40) -> str:
    """The text of the tooltip of the first mark of chart ``label`` that shows one when the
    mouse rests on it ('' when none does)."""
    for i in range(tries):
        centre = page.evaluate(_MARK_JS, [label, i])
        if centre is None:
            break
        page.mouse.move(*centre)
        page.wait_for_timeout(60)
        text = page.evaluate(
            "() => { const t = document.getElementById('vg-tooltip-element');"
            " return t && t.classList.contains('visible') ? t.innerText : ''; }"
        )
        if text.strip():
            page.mouse.move(0, 0)
            return text
    return ""


def drawn_intervals(page: Any, label: str) -> list[dict[str, Any]]:
    low, high = CONTROLLED[label]
    return page.evaluate(_INTERVALS_JS, [label, low, high])


def set_control(page: Any, label: str, name: str, value: float) -> None:
    """Set chart ``label``'s control ``name`` (deff, conf) as a reader would (the input's
    value, then its input/change event) and wait for the chart to redraw."""
    page.evaluate(
        """([label, name, value]) => {
          const el = document.querySelector(`[data-label="${label}"] [name="${name}"]`);
          if (el.tagName === "SELECT") {
            el.selectedIndex = [...el.options].findIndex(o => +o.value === value);
            el.dispatchEvent(new Event("change"));
          } else { el.value = value; el.dispatchEvent(new Event("input")); }
        }""",
        [label, name, value],
    )
    page.evaluate(
        "(label) => window.kurultaiCharts.views[label].runAsync().then(() => true)", label
    )


def test_gallery_charts_are_live_and_offline(gallery_visit, gallery_expected):
    """Every figure is drawn live from its spec, with the Vega bundle loaded once, from the
    page's own folder; the static image is hidden only where the live chart is drawn."""
    visit, _ = gallery_visit
    state = live_state(visit.page)
    assert state["loaded"]
    assert state["failed"] == {}
    assert sorted(state["live"]) == sorted(gallery_expected.alts)
    assert state["imgShown"] == []
    bundles = [u for u in visit.requests if urlsplit(u).path.endswith("/vega.js")]
    assert len(bundles) == 1
    assert all(is_local(u) for u in bundles)


def test_gallery_tooltips_on_every_figure(gallery_visit, gallery_expected, edition):
    """Hovering a mark of each figure shows a tooltip in the edition's words, without raw
    field names; the survey charts' name the interval and the (effective) respondents."""
    from analysis.i18n import catalog

    visit, width = gallery_visit
    if width != DESKTOP:
        pytest.skip("checked once, at desktop width")
    loc = catalog(edition["lang"])
    for label in gallery_expected.alts:
        text = tooltip_on_hover(visit.page, label)
        assert text, f"{label}: no tooltip on any mark"
        assert not re.search(r"\b[a-z]+_[a-z_]+\b|undefined|NaN", text), (label, text)
        if label in CONTROLLED:
            assert loc("survey-fig-tip-interval") in text, (label, text)
            assert loc("survey-fig-tip-neff") in text, (label, text)


def test_gallery_intervals_are_the_pipelines(gallery_visit, edition, tables):
    """At the build's setting the drawn interval ends are the processed tables' (0.1 pp);
    a larger design effect widens every one; the change chart's filled dots follow."""
    visit, width = gallery_visit
    if width != DESKTOP:
        pytest.skip("checked once, at desktop width")
    page = visit.page
    aware = tables["survey_intervals"]
    aware = aware[aware["is_default"] & (aware["indicator"] == "awareness")]
    changes = tables["survey_changes"]
    changes = changes[changes["is_default"]]
    want = {
        "fig-awareness-by-age": sorted(
            zip(aware["ci_low_pct"].round(1), aware["ci_high_pct"].round(1), strict=True)
        ),
        "fig-changes": sorted(
            zip(changes["ci_low_pp"].round(1), changes["ci_high_pp"].round(1), strict=True)
        ),
    }
    for label in CONTROLLED:
        drawn = drawn_intervals(page, label)
        assert len(drawn) == len(want[label]), label
        got = sorted((round(d["low"], 1), round(d["high"], 1)) for d in drawn)
        for (lo, hi), (wlo, whi) in zip(got, want[label], strict=True):
            assert abs(lo - wlo) <= 0.1 + 1e-9, (label, got, want[label])
            assert abs(hi - whi) <= 0.1 + 1e-9, (label, got, want[label])
        before = {d["key"]: d["high"] - d["low"] for d in drawn}
        set_control(page, label, "deff", 2.5)
        after = {d["key"]: d["high"] - d["low"] for d in drawn_intervals(page, label)}
        assert set(after) == set(before), label
        assert all(after[k] > before[k] for k in before), (label, before, after)
        set_control(page, label, "conf", 0.8)
        narrower = {d["key"]: d["high"] - d["low"] for d in drawn_intervals(page, label)}
        assert all(narrower[k] < after[k] for k in after), label
        # Back to the build's setting: the drawn ends are the tables' again.
        set_control(page, label, "deff", 1.5)
        set_control(page, label, "conf", 0.95)
        again = sorted(
            (round(d["low"], 1), round(d["high"], 1)) for d in drawn_intervals(page, label)
        )
        assert again == got, label


def test_gallery_controls_are_labelled_and_keyboard_reachable(gallery_visit, edition):
    """The controls have visible labels (the catalog's words), take the keyboard's focus and
    move with its arrow keys; the note on them shows once the chart is live."""
    from analysis.i18n import catalog

    visit, width = gallery_visit
    if width != DESKTOP:
        pytest.skip("checked once, at desktop width")
    page, loc = visit.page, catalog(edition["lang"])
    for label in CONTROLLED:
        found = page.evaluate(
            """(label) => [...document.querySelectorAll(`[data-label="${label}"] input,
                                                         [data-label="${label}"] select`)]
              .map(el => ({name: el.name, label: el.closest("label")
                             ? el.closest("label").innerText : "", tab: el.tabIndex}))""",
            label,
        )
        names = {f["name"]: f for f in found}
        assert set(names) == {"deff", "conf"}, (label, found)
        assert loc("chart-control-deff") in names["deff"]["label"]
        assert loc("chart-control-conf") in names["conf"]["label"]
        assert all(f["tab"] >= 0 for f in found)
        set_control(page, label, "deff", 1.5)
        slider = page.locator(f'[data-label="{label}"] input[name="deff"]')
        slider.focus()
        start = float(slider.input_value())
        page.keyboard.press("ArrowRight")
        assert float(slider.input_value()) > start
        page.keyboard.press("ArrowLeft")
        page.evaluate(
            "(label) => window.kurultaiCharts.views[label].runAsync().then(() => true)", label
        )
        note = page.locator(f"#{label} .chart-live-only")
        assert note.count() == 1
        assert note.is_visible()


def test_gallery_without_javascript(browser, serve, gallery_site, gallery_expected):
    """With JavaScript off every figure is its static SVG with its alt text, shown."""
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": DESKTOP, "height": 900}
    )
    page = context.new_page()
    try:
        page.goto(serve(gallery_site) + "index.html", wait_until="load")
        page.wait_for_load_state("networkidle")
        # No script ran: no live chart, the static images show.
        assert page.locator(".vega-live").count() == 0
        assert figure_problems(page, gallery_expected.alts) == []
        hidden = page.evaluate(
            "() => [...document.querySelectorAll('.chart-live-only')]"
            ".filter(e => e.getBoundingClientRect().height > 0).length"
        )
        assert hidden == 0
    finally:
        context.close()


# --- the checks can fail -------------------------------------------------------------------

_BROKEN_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="60" viewBox="0 0 900 60">'
    '<g class="mark-rect role-axis"><rect width="5" height="5"/></g>'
    '<text font-size="10px" x="0" y="20">tiny</text></svg>'
)
_BROKEN_PAGE = """<!DOCTYPE html><html lang="en"><head><title>broken</title>
<style>main { width: 678px; margin: 0 auto; } .box { overflow-x: auto; }
img { max-width: 100%; }</style></head>
<body><main>
<div id="fig-a" class="quarto-float"><img src="small.svg"></div>
<div class="data-links"><p><a href="fig-a.csv">Data (CSV)</a></p></div>
<div id="tbl-a" class="quarto-float"><div class="box"><table style="width: 1200px">
<tbody><tr><td>1</td></tr></tbody></table></div></div>
<div id="tbl-b"><table><thead><tr><th>n</th></tr></thead><tbody><tr><td>2</td></tr></tbody>
</table></div>
<p style="width: 1400px">a paragraph wider than the column and the window</p>
<p style="color:#ccc;background:#fff">faint text</p>
<img src="http://example.invalid/x.png" alt="remote">
<script>console.error("boom")</script></main></body></html>
"""


def test_the_checks_catch_a_broken_page(browser, serve, axe, tmp_path):
    """Each check can fail: a page with each fault is reported for each of them."""
    (tmp_path / "small.svg").write_text(_BROKEN_SVG, encoding="utf-8")
    (tmp_path / "index.html").write_text(_BROKEN_PAGE, encoding="utf-8")
    visit = open_page(browser, serve(tmp_path) + "index.html")
    try:
        page = visit.page
        figs = figure_problems(page, {"fig-a": "an alt"})
        assert any("no data marks" in p for p in figs)
        assert any("alt text" in p for p in figs)
        text = chart_text_problems(page, ["fig-a"], COLUMN_WIDTH)
        assert any("900 px wide" in p for p in text)
        # 10 px in a 900 px SVG shown 678 px wide: drawn at 7.5 px.
        assert any("drawn at 7.5 px" in p for p in text)
        tbls = table_problems(page, {"tbl-a": 2, "tbl-b": 1})
        assert any("tbl-a: 1 body rows shown, the data have 2" in p for p in tbls)
        assert any("tbl-a: column headers" in p for p in tbls)
        assert not any(p.startswith("tbl-b") for p in tbls)
        found = layout_problems(page, ["fig-a", "tbl-a", "tbl-b"], no_scroll=["tbl-a", "tbl-b"])
        assert any(p.startswith("tbl-a: scrolls inside its box") for p in found)
        assert not any(p.startswith("tbl-b") for p in found)
        assert any(p.startswith("outside the column: p ") for p in found)
        assert any(p.startswith("the page scrolls sideways") for p in found)
        links = data_link_problems(page, ["fig-a", "tbl-b"])
        assert any("fig-a: no .svg link" in p for p in links)
        assert any("fig-a: link" in p and "answers 404" in p for p in links)
        assert any("tbl-b: no .csv link" in p for p in links)
        assert any("boom" in e for e in visit.errors)
        assert [u for u in visit.requests if not is_local(u)] == ["http://example.invalid/x.png"]
        found = {v["id"] for v in serious(accessibility(page))}
        assert {"image-alt", "color-contrast"} <= found
    finally:
        visit.page.close()


def test_light_kazakh_text_is_reported(browser, serve, tmp_path):
    """Kazakh text in a light weight is reported on a Kazakh page, not on an English one."""
    body = (
        '<p style="font-weight:300">Ұлттық құрылтай</p>'
        '<p style="font-weight:400">Қоғамның көзқарасы</p>'
        '<p style="font-weight:300">Plain English</p>'
    )
    for lang in ("kk", "en"):
        (tmp_path / f"{lang}.html").write_text(
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>t</title>'
            f"</head><body>{body}</body></html>",
            encoding="utf-8",
        )
    for lang, want in (("kk", ["light Kazakh text: p.: Ұлттық құрылтай"]), ("en", [])):
        visit = open_page(browser, serve(tmp_path) + f"{lang}.html")
        try:
            assert light_text_problems(visit.page) == want
        finally:
            visit.page.close()


def test_a_table_that_scrolls_in_its_box_is_allowed_on_a_phone(browser, serve, tmp_path):
    """On a phone a wide table may scroll inside its own box, as long as the page does not
    scroll; the same table at desktop width fails (its columns would hide)."""
    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><title>t</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<style>body { margin: 0 } main { max-width: 678px; margin: 0 auto; padding: 0 8px }"
        "</style></head><body><main>"
        '<div id="tbl-w" style="overflow-x: auto"><table style="width: 800px"><thead><tr>'
        "<th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></div>"
        "</main></body></html>",
        encoding="utf-8",
    )
    found = {}
    for width in WIDTHS:
        visit = open_page(browser, serve(tmp_path) + "index.html", width)
        try:
            strict = ["tbl-w"] if width == DESKTOP else []
            found[width] = layout_problems(visit.page, ["tbl-w"], no_scroll=strict)
        finally:
            visit.page.close()
    assert found[PHONE] == []
    assert [p.split(" (")[0] for p in found[DESKTOP]] == ["tbl-w: scrolls inside its box"]


# --- the previous/next links of the book's pages (post-render script) -------------------


def nav_script() -> Any:
    """``book/_scripts/page_nav_labels.py`` loaded as a module."""
    spec = importlib.util.spec_from_file_location("page_nav_labels", NAV_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: The page navigation as Quarto 1.9 writes it (nav-after-body-postamble.ejs) for a book
#: chapter between chapters 1 and 3.
QUARTO_NAV = """<nav class="page-navigation">
  <div class="nav-page nav-page-previous">
      <a  href="./context.html" class="pagination-link" aria-label="Context">
        <i class="bi bi-arrow-left-short"></i>
        <span class="nav-page-text"><span class='chapter-number'>1</span>&nbsp;
        <span class='chapter-title'>Context</span></span>
      </a>
  </div>
  <div class="nav-page nav-page-next">
      <a  href="./attitudes.html" class="pagination-link" aria-label="Attitudes &amp; views">
        <span class="nav-page-text"><span class='chapter-number'>3</span>&nbsp;
        <span class='chapter-title'>Attitudes &amp; views</span></span>
        <i class="bi bi-arrow-right-short"></i>
      </a>
  </div>
</nav>"""


def nav_page(nav: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><title>nav</title></head><body>'
        f"<main><h1>Composition</h1><p>Text.</p></main>{nav}</body></html>"
    )


def test_nav_labels_name_the_direction_and_the_visible_text(tmp_path, monkeypatch):
    module = nav_script()
    fixed = module.relabel(nav_page(QUARTO_NAV))
    assert 'aria-label="Previous: 1 Context"' in fixed
    assert 'aria-label="Next: 3 Attitudes &amp; views"' in fixed
    assert fixed.count("aria-label=") == 2
    assert module.relabel(fixed) == fixed  # a second run changes nothing
    assert module.relabel("<html><body><p>no nav</p></body></html>") == (
        "<html><body><p>no nav</p></body></html>"
    )
    # A Kazakh page's breadcrumb trail is named in Kazakh; an English one keeps Quarto's.
    crumbs = '<nav class="quarto-page-breadcrumbs" aria-label="breadcrumb"></nav>'
    kk = module.relabel(f'<html lang="kk"><body>{crumbs}</body></html>')
    assert 'aria-label="Навигация тізбегі"' in kk
    assert crumbs in module.relabel(f'<html lang="en"><body>{crumbs}</body></html>')
    # Run as Quarto runs it: the files of the render listed in QUARTO_PROJECT_OUTPUT_FILES,
    # relative to the project folder (the working directory).
    (tmp_path / "_book").mkdir()
    (tmp_path / "_book" / "composition.html").write_text(nav_page(QUARTO_NAV), encoding="utf-8")
    (tmp_path / "_book" / "search.json").write_text("[]", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUARTO_PROJECT_OUTPUT_FILES", "_book/composition.html\n_book/search.json")
    monkeypatch.delenv("QUARTO_USE_FILE_FOR_PROJECT_OUTPUT_FILES", raising=False)
    assert module.main([]) == 0
    text = (tmp_path / "_book" / "composition.html").read_text(encoding="utf-8")
    assert 'aria-label="Next: 3 Attitudes &amp; views"' in text


def test_relabelled_nav_passes_axe(browser, serve, axe, tmp_path):
    """axe-core flags Quarto's own labels (label-content-name-mismatch, serious) and not the
    relabelled ones."""
    (tmp_path / "quarto.html").write_text(nav_page(QUARTO_NAV), encoding="utf-8")
    (tmp_path / "fixed.html").write_text(
        nav_script().relabel(nav_page(QUARTO_NAV)), encoding="utf-8"
    )
    ids = {}
    for name in ("quarto", "fixed"):
        visit = open_page(browser, serve(tmp_path) + f"{name}.html")
        try:
            ids[name] = {v["id"]: v["count"] for v in serious(accessibility(visit.page))}
        finally:
            visit.page.close()
    assert ids["quarto"].get("label-content-name-mismatch") == 2
    assert ids["fixed"] == {}


def test_the_book_declares_its_reader_fixes():
    """_quarto.yml runs the post-render script and loads the theme and stylesheet."""
    import yaml

    config = yaml.safe_load((BOOK / "_quarto.yml").read_text(encoding="utf-8"))
    post = config["project"].get("post-render")
    post = [post] if isinstance(post, str) else post
    assert "_scripts/page_nav_labels.py" in post
    assert (BOOK / "_scripts" / "page_nav_labels.py").is_file()
    html = config["format"]["html"]
    assert "theme.scss" in html["theme"]
    assert (BOOK / "theme.scss").is_file()
    css = html["css"]
    assert "styles.css" in ([css] if isinstance(css, str) else css)
    assert (BOOK / "styles.css").is_file()


# --- the rendered book (only where Quarto is installed) ---------------------------------


def quarto_path() -> str | None:
    """``$QUARTO_PATH`` or ``quarto`` on PATH."""
    for candidate in (os.environ.get("QUARTO_PATH"), shutil.which("quarto")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def rendered_book(tables, browser, axe, tmp_path_factory) -> Path:
    """Both editions rendered by Quarto from the test session's processed tables, in a
    temporary copy of the book's sources (never in book/: a book the user built stays as
    it is). Returns the copy's site, ``<copy>/_book`` with the Kazakh edition under
    ``kk/``, as ``nox -s build`` assembles it.

    The artefacts are built into the copy first (Quarto reads the include files before any
    pre-render step runs, so a fresh clone has none to read), and the editions render as
    the build renders them (:func:`analysis.buildsteps.render_editions`). Asks for the
    browser and axe-core first: without them there is nothing to check, and nothing is
    rendered.
    """
    from analysis import artefacts, buildsteps

    quarto = quarto_path()
    if quarto is None:
        pytest.skip("quarto is not on PATH (nor QUARTO_PATH): the rendered book is not checked")
    work = tmp_path_factory.mktemp("rendered")
    book = buildsteps.book_copy(BOOK, work / "book")
    for lang in artefacts.LANGUAGES:
        home = book / artefacts.EDITIONS[lang]
        artefacts.build(
            PROCESSED,
            home / "artefacts",
            home / "_variables.yml",
            lang,
            downloads=home / "downloads",
        )
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        # The pre-render step checks the copy's artefacts (and the session's tables).
        "KURULTAI_BUILD_ROOT": str(book),
        "KURULTAI_PROCESSED_DIR": str(PROCESSED),
        "QUARTO_PYTHON": sys.executable,
        # pre- and post-render scripts run with the `python` on PATH: this environment's.
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
    }
    renders = buildsteps.render_editions(quarto, book, ["en", "kk"], env, work / "kk-copy")
    for render in renders:
        if render.returncode != 0:
            pytest.fail(f"quarto render ({render.lang}) failed:\n{render.output[-3000:]}")
    buildsteps.assemble_site(book, work / "kk-copy" / "kk" / "_book")
    return book / "_book"


PAGES = [p.name for p in chapters.chapter_files()]


# One worker renders the book for all these (pytest-xdist's --dist loadgroup, nox -s test).
@pytest.mark.xdist_group("rendered-book")
@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("lang", ["en", "kk"])
@pytest.mark.parametrize("chapter", PAGES)
def test_rendered_page_is_readable(chapter, lang, width, rendered_book, browser, serve, axe):
    """Every page of both editions of the rendered book, at 1280 and 390 px: the same checks
    as the gallery (its figures and tables, the layout, chart text, data links, console,
    requests, axe), and the language switch to the same page in the other edition."""
    from analysis.artefacts import read_manifest

    site = rendered_book if lang == "en" else rendered_book / "kk"
    html_file = site / Path(chapter).with_suffix(".html").name
    assert html_file.is_file(), f"{html_file} was not rendered"
    # The artefacts the rendered book embeds: in the copy's own folders.
    book = rendered_book.parent
    folder = (book if lang == "en" else book / "kk") / "artefacts"
    want = expected(folder / lang, read_manifest(folder, lang), chapter)
    other = f"kk/{html_file.name}" if lang == "en" else f"../{html_file.name}"
    assert f'href="{other}"' in html_file.read_text(encoding="utf-8"), "no language switch"
    # Served as published: the Kazakh pages under kk/ of the English site (they share its
    # stylesheet, ../styles.css).
    prefix = "" if lang == "en" else "kk/"
    visit = open_page(browser, serve(rendered_book) + prefix + html_file.name, width)
    try:
        column = COLUMN_WIDTH if width == DESKTOP else None
        assert page_problems(visit, want, width, column=column) == []
    finally:
        visit.page.close()


# --- a book people finish (issue 23): budgets, openings, words and folds as rendered ------

from analysis import reading  # noqa: E402


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
def test_gallery_breaks_no_word_inside_its_letters(gallery_visit, width):
    """No table cell, header or caption of the gallery breaks a word inside a run of
    letters (folds opened), at 1280 and 390 px."""
    visit, _ = gallery_visit
    assert visit.page.evaluate(reading.BROKEN_WORDS_JS, True) == []
    visit.page.reload(wait_until="load")


def _measure(rendered_book, browser, serve, lang: str, chapter: str, width: int = DESKTOP):
    site = serve(rendered_book) + ("" if lang == "en" else "kk/")
    visit = open_page(browser, site + f"{chapter}.html", width)
    return visit


#: The chapters that show figures (the registry's), for the live-chart checks of the book.
FIGURE_PAGES = sorted({e.chapter for e in registry.ENTRIES if e.kind == "figure"})


@pytest.mark.xdist_group("rendered-book")
@pytest.mark.parametrize("lang", ["en", "kk"])
def test_rendered_chapters_meet_the_reading_budgets(lang, rendered_book, browser, serve):
    """At 1280 px with folds closed: running text <= 2,000 words and page <= 12,000 px per
    chapter, <= 11,000 words in all; "In short" of 40-250 words, followed by the main
    figure; no build word in running text; every fold holds its content, and shows it
    when opened; no word broken inside its letters in any table (folds open), at 1280
    and 390 px."""
    total = 0
    for chapter in reading.CHAPTERS:
        visit = _measure(rendered_book, browser, serve, lang, chapter)
        try:
            m = reading.measure_page(visit.page, chapter)
            total += m.words
            assert m.words <= reading.MAX_CHAPTER_WORDS, (chapter, m.words)
            assert m.height <= reading.MAX_CHAPTER_PX, (chapter, m.height)
            if chapter in reading.OPENED:
                low, high = reading.OPENING_WORDS
                assert m.opening is not None, chapter
                assert low <= m.opening <= high, (chapter, m.opening)
                assert m.opening_next is not None, chapter
                assert m.opening_next.startswith(("fig-", "tbl-")), chapter
            assert [w for t in m.texts for w in reading.jargon(t)] == [], chapter
            assert all(f["chars"] > 0 for f in m.folds), chapter
            assert all(f["summary"].strip() for f in m.folds), chapter
            shown = visit.page.evaluate(
                """() => [...document.querySelectorAll("main details.fold")].map((d) => {
                     d.open = true;
                     const body = [...d.children].filter((c) => c.tagName !== "SUMMARY");
                     return body.some((c) => c.getBoundingClientRect().height > 0);
                   })"""
            )
            assert all(shown), (chapter, shown)
            assert visit.page.evaluate(reading.BROKEN_WORDS_JS, True) == [], chapter
        finally:
            visit.page.close()
        phone = _measure(rendered_book, browser, serve, lang, chapter, PHONE)
        try:
            assert phone.page.evaluate(reading.BROKEN_WORDS_JS, True) == [], (chapter, PHONE)
        finally:
            phone.page.close()
    assert total <= reading.MAX_BOOK_WORDS, total


#: How a rendered cross-reference reads, per edition: English with Quarto's prefix
#: ("Chapter 3", "Appendix C", "Section 4.2.1", "Table 3.10"); Kazakh number first, the noun
#: after it in the text that follows («3-тарау», «C-қосымшада», «4.1-кестеде»).
XREF_TEXT = {
    "en": re.compile(r"(?:Chapter|Section|Appendix|Table|Figure)\u00a0?\s?[\dA-Z]+(?:\.\d+)*"),
    "kk": re.compile(r"[\dA-Z]+(?:\.\d+)*"),
}
XREF_AFTER = {
    "en": re.compile(r""),
    # or a list that the last one's noun closes, each number with its hyphen: «3.9- және
    # 3.10-кестелер»
    "kk": re.compile(r"-(?:тарау|бөлім|қосымша|кесте|сурет)|-?\s*(?:және|мен|,)\s"),
}


@pytest.mark.xdist_group("rendered-book")
@pytest.mark.parametrize("lang", ["en", "kk"])
def test_rendered_pages_show_no_build_words(lang, rendered_book, browser, serve):
    """What a reader sees or hears on every page but the reference appendices (Reproducing,
    codebook, data sources), folds open: running text, table cells, captions, source notes,
    chart text and accessible names carry no build word (file names, paths, snake_case,
    "seed", labels in capitals)."""
    found = {}
    for name in PAGES:
        stem = Path(name).stem
        if stem in reading.REFERENCE_PAGES:
            continue
        visit = _measure(rendered_book, browser, serve, lang, stem)
        try:
            wait_for_charts(visit.page)
            texts = visit.page.evaluate(reading.VISIBLE_TEXT_JS)
        finally:
            visit.page.close()
        words = sorted({f"{w} ({where})" for text, where in texts for w in reading.jargon(text)})
        if words:
            found[stem] = words
    assert not found, found


@pytest.mark.xdist_group("rendered-book")
@pytest.mark.parametrize("lang", ["en", "kk"])
def test_rendered_cross_references_read_naturally(lang, rendered_book, browser, serve):
    """Every cross-reference on every page reads as the edition writes them: "Chapter 3",
    "Appendix C", "Section 3.7", "Table 4.1" in English; «3-тарау», «C-қосымша», «3.7-бөлім»,
    «4.1-кесте» in Kazakh (number first, the noun and its case ending after the link), never
    a chapter's title, which Quarto prints for a reference from an unnumbered page."""
    bad = []
    for name in PAGES:
        stem = Path(name).stem
        visit = _measure(rendered_book, browser, serve, lang, stem)
        try:
            refs = visit.page.evaluate(reading.XREFS_JS)
        finally:
            visit.page.close()
        for text, after in refs:
            if not XREF_TEXT[lang].fullmatch(text) or not XREF_AFTER[lang].match(after):
                bad.append(f"{stem}: {text!r} {after!r}")
    assert bad == []


@pytest.mark.xdist_group("rendered-book")
def test_rendered_site_holds_no_include_fragments(rendered_book):
    """The published site has no include fragments (artefacts/**/_*.md, the tables' .html)
    and has the data files pages link to."""
    for site in (rendered_book, rendered_book / "kk"):
        arte = site / "artefacts"
        assert not list(arte.rglob("_*.md")), site
        assert not list(arte.rglob("tbl-*.html")), site
        assert list(arte.rglob("*.csv")), site
        assert list(arte.rglob("*.vl.json")), site


@pytest.mark.xdist_group("rendered-book")
@pytest.mark.parametrize("lang", ["en", "kk"])
@pytest.mark.parametrize("chapter", FIGURE_PAGES)
def test_rendered_charts_are_live(chapter, lang, rendered_book, browser, serve, tables):
    """The book's figures as the gallery's (issue 24): drawn live with the edition's bundle,
    a tooltip on a mark of each, the controls' intervals the pipeline's at the build's
    setting and wider at a larger design effect; with JavaScript off, the static SVGs with
    their alt text."""
    from analysis.artefacts import read_manifest

    site = rendered_book if lang == "en" else rendered_book / "kk"
    book = rendered_book.parent
    folder = (book if lang == "en" else book / "kk") / "artefacts"
    want = expected(folder / lang, read_manifest(folder, lang), chapter)
    prefix = "" if lang == "en" else "kk/"
    url = serve(rendered_book) + prefix + Path(chapter).with_suffix(".html").name
    assert (site / Path(chapter).with_suffix(".html").name).is_file()
    visit = open_page(browser, url, DESKTOP)
    try:
        state = live_state(visit.page)
        assert state["failed"] == {}
        assert sorted(state["live"]) == sorted(want.alts)
        assert [u for u in visit.requests if urlsplit(u).path.endswith("/vega.js")]
        for label in want.alts:
            assert tooltip_on_hover(visit.page, label), f"{label}: no tooltip"
            if label in CONTROLLED:
                before = {
                    d["key"]: d["high"] - d["low"] for d in drawn_intervals(visit.page, label)
                }
                assert before
                set_control(visit.page, label, "deff", 2.5)
                after = {d["key"]: d["high"] - d["low"] for d in drawn_intervals(visit.page, label)}
                assert all(after[k] > before[k] for k in before), label
        assert visit.errors == []
        assert [u for u in visit.requests if not is_local(u)] == []
    finally:
        visit.page.close()
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": DESKTOP, "height": 900}
    )
    page = context.new_page()
    try:
        page.goto(url, wait_until="load")
        assert page.locator(".vega-live").count() == 0
        assert figure_problems(page, want.alts) == []
    finally:
        context.close()
