"""What readers see, checked in a real headless Chromium (Debian's ``chromium`` package).

The gallery page (:mod:`analysis.gallery`: every figure and table of the book, embedded as
the chapters embed them) is served from a local HTTP server on 127.0.0.1 and opened with
Playwright driving the system browser. The checks: every figure's SVG is there and has
data marks, every table has its column headers and the builder's number of body rows, the
console stays free of errors, no request leaves localhost (requests to any other host are
recorded and aborted, so none is ever sent), and axe-core (npm package) reports no serious
or critical accessibility violation. When ``quarto`` is on PATH the book is rendered and the
same checks run on its chapter pages.

Needs: ``chromium`` (``$KURULTAI_CHROMIUM`` or on PATH) and ``axe.min.js`` from the npm
package ``axe-core`` (``$AXE_CORE_JS``, default ``build/axe/node_modules/axe-core/axe.min.js``;
``.ci/run`` installs both). Locally a missing one skips these tests with the reason; under
CI (``CI=true``) it fails them, so CI cannot pass without running the browser.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from analysis import book, chapters, gallery, registry
from analysis.paths import BOOK, PROCESSED, ROOT

IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
AXE_DEFAULT = ROOT / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_JS = Path(os.environ.get("AXE_CORE_JS", AXE_DEFAULT))
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
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
FIGURES = [e.label for e in registry.ENTRIES if e.kind == "figure"]
TABLES = [e.label for e in registry.ENTRIES if e.kind == "table"]


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


def open_page(browser: Any, url: str) -> Visit:
    """Open ``url`` in a fresh page, recording every request and every console error.

    Requests to hosts other than localhost are aborted before they are sent (and stay in
    ``requests``, so the test still sees that the page tried).
    """
    page = browser.new_page(viewport={"width": 1200, "height": 900})
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
    return visit


_FIGURES_JS = """
async (labels) => {
  const out = {};
  for (const label of labels) {
    const box = document.getElementById(label);
    if (!box) { out[label] = {found: false}; continue; }
    const img = box.querySelector("img");
    let doc = null, info = {found: true};
    if (img) {
      try { await img.decode(); } catch (e) {}
      const rect = img.getBoundingClientRect();
      const response = await fetch(img.currentSrc || img.src);
      const text = await response.text();
      doc = new DOMParser().parseFromString(text, "image/svg+xml");
      Object.assign(info, {
        alt: img.getAttribute("alt"), naturalWidth: img.naturalWidth,
        shownWidth: rect.width, shownHeight: rect.height, status: response.status,
        parseError: doc.querySelector("parsererror") !== null,
      });
    } else {
      const svg = box.querySelector("svg");
      if (svg) {
        const rect = svg.getBoundingClientRect();
        doc = svg.ownerDocument;
        Object.assign(info, {alt: svg.getAttribute("aria-label"), naturalWidth: rect.width,
                             shownWidth: rect.width, shownHeight: rect.height, status: 200,
                             parseError: false});
      }
    }
    const root = img ? doc && doc.documentElement : box.querySelector("svg");
    info.root = root ? root.nodeName : null;
    info.marks = root ? root.querySelectorAll("g.role-mark > *").length : 0;
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

_AXE_JS = """
async () => {
  const r = await axe.run(document, {resultTypes: ["violations"]});
  const brief = (v) => ({id: v.id, impact: v.impact, help: v.help,
                         nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))});
  return {violations: r.violations.map(brief), passes: r.passes.map(p => p.id),
          incomplete: r.incomplete.map(brief)};
}
"""


def figure_problems(page: Any, alts: dict[str, str]) -> list[str]:
    """What is wrong with the figures ``alts`` (label -> expected alt text) on ``page``."""
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
            problems.append(f"{label}: alt text {info['alt']!r} is not the chapter's fig-alt")
    return problems


def table_problems(page: Any, rows: dict[str, int]) -> list[str]:
    """What is wrong with the tables ``rows`` (label -> expected body rows) on ``page``."""
    found = page.evaluate(_TABLES_JS, list(rows))
    problems = []
    for label, expected in rows.items():
        info = found[label]
        if not info["found"]:
            problems.append(f"{label}: no table on the page")
            continue
        if info["rows"] != expected:
            problems.append(f"{label}: {info['rows']} body rows shown, the data have {expected}")
        if not info["headers"] or not all(info["headers"]):
            problems.append(f"{label}: column headers missing or empty ({info['headers']})")
        if not info["shown"]:
            problems.append(f"{label}: the table is not displayed")
    return problems


def accessibility(page: Any) -> dict[str, Any]:
    """axe-core's report for ``page``: violations, incomplete (with impact) and passed rules."""
    page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(_AXE_JS)


def serious(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The serious and critical violations of an axe report."""
    return [v for v in report["violations"] if v["impact"] in {"serious", "critical"}]


def expected_alts() -> dict[str, str]:
    """Figure label -> the ``fig-alt`` its chapter cell gives."""
    return {i.entry.label: i.alt for i in gallery.items() if i.entry.kind == "figure"}


def expected_rows(labels: list[str]) -> dict[str, int]:
    """Table label -> number of rows of the frame its builder put into the table."""
    return {label: len(book.build(label, PROCESSED)._tbl_data) for label in labels}


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
            f"axe-core not found at {AXE_JS}: `npm install --prefix build/axe axe-core` "
            "or set AXE_CORE_JS"
        )
    return AXE_JS


@pytest.fixture(scope="module")
def gallery_site(tables, tmp_path_factory) -> Path:
    """The gallery written from the test session's processed tables."""
    out = tmp_path_factory.mktemp("gallery") / "site"
    gallery.write_gallery(out, PROCESSED)
    return out


@pytest.fixture(scope="module")
def gallery_visit(browser, serve, gallery_site) -> Iterator[Visit]:
    visit = open_page(browser, serve(gallery_site) + "index.html")
    yield visit
    visit.page.close()


def test_gallery_files(gallery_site):
    svgs = sorted(p.name for p in gallery_site.glob("*.svg"))
    assert svgs == sorted(f"{label}.svg" for label in FIGURES)
    page = (gallery_site / "index.html").read_text(encoding="utf-8")
    for entry in registry.ENTRIES:
        assert page.count(f'id="{entry.label}"') == 1, entry.label
    # Rebuilding gives the same bytes (fixed table ids, no timestamps).
    assert gallery.render(PROCESSED)["index.html"] == page.encode("utf-8")


def test_gallery_figures_are_svgs_with_marks_and_alt_text(gallery_visit):
    assert FIGURES, "the registry lists no figure"
    assert figure_problems(gallery_visit.page, expected_alts()) == []


def test_gallery_tables_show_every_row_under_headers(gallery_visit):
    assert TABLES, "the registry lists no table"
    assert table_problems(gallery_visit.page, expected_rows(TABLES)) == []


def test_gallery_has_no_console_errors(gallery_visit):
    assert gallery_visit.errors == []


def test_gallery_requests_stay_on_localhost(gallery_visit):
    assert gallery_visit.requests, "no request was recorded"
    assert [u for u in gallery_visit.requests if not is_local(u)] == []
    # The page fetched its own figure files.
    assert {urlsplit(u).path.rsplit("/", 1)[-1] for u in gallery_visit.requests} >= {
        f"{label}.svg" for label in FIGURES
    }


def test_gallery_has_no_serious_accessibility_violations(gallery_visit, axe):
    report = accessibility(gallery_visit.page)
    assert serious(report) == []
    # The rules the issue names did run and pass: alt text, table headers, contrast.
    assert {"image-alt", "color-contrast", "th-has-data-cells"} <= set(report["passes"])


def test_the_checks_catch_a_broken_page(browser, serve, axe, tmp_path):
    """The checks can fail: a page with each fault is reported for each of them."""
    (tmp_path / "empty.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<g class="mark-rect role-axis"><rect width="5" height="5"/></g></svg>',
        encoding="utf-8",
    )
    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><title>broken</title></head><body><main>'
        '<div id="fig-a"><img src="empty.svg" width="10" height="10"></div>'
        '<div id="tbl-a"><table><tbody><tr><td>1</td></tr></tbody></table></div>'
        '<p style="color:#ccc;background:#fff">faint text</p>'
        '<img src="http://example.invalid/x.png" alt="remote">'
        '<script>console.error("boom")</script></main></body></html>',
        encoding="utf-8",
    )
    visit = open_page(browser, serve(tmp_path) + "index.html")
    try:
        figs = figure_problems(visit.page, {"fig-a": "an alt"})
        assert any("no data marks" in p for p in figs)
        assert any("alt text" in p for p in figs)
        tbls = table_problems(visit.page, {"tbl-a": 2})
        assert any("1 body rows shown, the data have 2" in p for p in tbls)
        assert any("column headers" in p for p in tbls)
        assert any("boom" in e for e in visit.errors)
        assert [u for u in visit.requests if not is_local(u)] == ["http://example.invalid/x.png"]
        found = {v["id"] for v in serious(accessibility(visit.page))}
        assert {"image-alt", "color-contrast"} <= found
    finally:
        visit.page.close()


# --- the rendered book (only where Quarto is installed) ---------------------------------


def quarto_path() -> str | None:
    """``$QUARTO_PATH`` or ``quarto`` on PATH."""
    for candidate in (os.environ.get("QUARTO_PATH"), shutil.which("quarto")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def rendered_book(tables) -> Path:
    """``book/_book`` freshly rendered by Quarto from the test session's processed tables."""
    quarto = quarto_path()
    if quarto is None:
        pytest.skip("quarto is not on PATH (nor QUARTO_PATH): the rendered book is not checked")
    env = {
        **os.environ,
        "QUARTO_PYTHON": sys.executable,
        "JUPYTER_PATH": str(Path(sys.prefix) / "share" / "jupyter"),
    }
    done = subprocess.run(
        [quarto, "render", str(BOOK)],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"quarto render failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return BOOK / "_book"


CHAPTER_NAMES = [p.name for p in chapters.chapter_files()]


@pytest.mark.parametrize("chapter", CHAPTER_NAMES)
def test_rendered_chapter(chapter, rendered_book, browser, serve, axe):
    html_file = rendered_book / Path(chapter).with_suffix(".html").name
    assert html_file.is_file(), f"{html_file} was not rendered"
    visit = open_page(browser, serve(rendered_book) + html_file.name)
    try:
        alts = {k: v for k, v in expected_alts().items() if registry.BY_LABEL[k].chapter == chapter}
        tbls = [e.label for e in registry.ENTRIES if e.chapter == chapter and e.kind == "table"]
        assert figure_problems(visit.page, alts) == []
        assert table_problems(visit.page, expected_rows(tbls)) == []
        assert visit.errors == []
        assert [u for u in visit.requests if not is_local(u)] == []
        assert serious(accessibility(visit.page)) == []
    finally:
        visit.page.close()
