"""Live charts: each figure drawn in the page from its Vega-Lite spec (issue 24).

The artefact step writes, beside each figure's static SVG, PNG, spec and CSV, the spec the
page draws (``<label>.live.json``, :func:`live_spec`), and once per edition the two
scripts that draw it (:func:`assets`): ``vega.js``, the Vega, Vega-Lite and Vega-Embed
bundle that vl-convert ships (``vl_convert.javascript_bundle``; no request leaves the
site), and ``charts.js`` (``analysis/web/charts.js``), which finds every
``<div class="vega-chart">`` (:func:`chart_html`), draws it as SVG at its column's width
and only then hides the static image, which stays for readers without JavaScript and for
print.

A builder can say how its live chart differs from the static one in the spec's
``usermeta.kurultai`` (:func:`live_meta`): ``notes`` (the lines under the live chart, when
they are not the static chart's note) and ``narrow`` (the width in px under which the
spec's parameter ``narrow``, :func:`narrow_param`, is true). A chart with controls binds
the parameters ``deff`` and ``conf`` (design effect, confidence level);
:func:`controls_note` words the note under it.
"""

from __future__ import annotations

import copy
import functools
import html
import json
from pathlib import Path
from typing import Any

import altair as alt

from analysis.i18n import catalog, formats

#: The page's scripts, written once per edition beside its artefacts.
CHART_SCRIPT = "charts.js"
VEGA_BUNDLE = "vega.js"
SCRIPT_SOURCE = Path(__file__).resolve().parent.parent / "web" / CHART_SCRIPT
#: The container width (px) under which a chart takes its narrow layout (a phone; the
#: book's column is 678 px at a 1280 px window).
NARROW_PX = 560
#: Names of the parameters a chart with controls binds.
CONTROL_PARAMS = ("deff", "conf")


def narrow_param() -> alt.Parameter:
    """The parameter ``narrow``: false in the static chart, true in the page when the chart's
    column is narrower than :data:`NARROW_PX` (``charts.js`` sets it). Expressions of the
    spec read it (``narrow ? ... : ...``) to wrap labels, thin ticks or stack legends."""
    return alt.param(name="narrow", value=False)


def wrapped(text: str, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` characters at spaces (a longer word
    stays whole on its line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [text]


def _js(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def label_expr(labels: dict[str, str], narrow_width: int | None = None) -> str:
    """A Vega ``labelExpr``: each code of ``labels`` as its words; with ``narrow_width``,
    when the parameter ``narrow`` is true, the words broken into lines of that many
    characters (:func:`wrapped`; Vega draws an array as lines). Unknown values stay as
    they are."""

    def case(words: str, narrow: bool) -> str:
        if narrow and narrow_width and len(words) > narrow_width:
            return "[" + ", ".join(_js(line) for line in wrapped(words, narrow_width)) + "]"
        return _js(words)

    def chain(narrow: bool) -> str:
        cases = " : ".join(
            f"datum.value === {_js(code)} ? {case(words, narrow)}" for code, words in labels.items()
        )
        return f"{cases} : datum.label" if cases else "datum.label"

    if narrow_width is None:
        return chain(False)
    return f"narrow ? ({chain(True)}) : ({chain(False)})"


#: Characters per line of an axis title: a longer title is drawn on lines (Vega centres an
#: axis title on the plot and does not count what overhangs it when fitting a chart to a
#: phone's column).
TITLE_CHARS = 36


def axis_title(text: str) -> str | list[str]:
    """An axis title: ``text``, or its lines (:func:`wrapped`) when it is longer than
    :data:`TITLE_CHARS`."""
    return text if len(text) <= TITLE_CHARS else wrapped(text, TITLE_CHARS)


def split_label_expr(labels: list[str], narrow_width: int, sep: str = "|") -> str:
    """A Vega ``labelExpr`` for labels that break into lines at ``sep`` (drawn as lines
    always); when the parameter ``narrow`` is true each part is also broken into lines of
    ``narrow_width`` characters (:func:`wrapped`)."""
    whole = f"split(datum.label, {_js(sep)})"
    cases = " : ".join(
        f"datum.value === {_js(label)} ? "
        + json.dumps(
            [line for part in label.split(sep) for line in wrapped(part, narrow_width)],
            ensure_ascii=False,
        )
        for label in labels
    )
    return f"narrow ? ({cases} : {whole}) : {whole}" if cases else whole


def live_meta(chart: Any, **meta: Any) -> Any:
    """``chart`` with ``meta`` in its spec's ``usermeta.kurultai`` (see module docstring)."""
    usermeta = dict(getattr(chart, "usermeta", None) or {})
    if usermeta is alt.Undefined:
        usermeta = {}
    usermeta["kurultai"] = {**usermeta.get("kurultai", {}), **meta}
    return chart.properties(usermeta=usermeta)


def _note_lines(title: Any) -> list[str]:
    if isinstance(title, dict):
        title = title.get("text", "")
    if isinstance(title, str):
        return [line for line in title.split("\n") if line]
    return [str(line) for line in title or []]


def live_spec(spec: dict[str, Any], description: str, lang: str = "en") -> dict[str, Any]:
    """The spec the page draws, from the static chart's ``spec``: without the note the
    static chart draws under itself (``title`` at the bottom; ``charts.js`` shows its lines
    as text under the live chart, where they wrap at any width), with ``description`` (the
    figure's alt text; Vega gives it to the SVG as its accessible name) and the language's
    number and date formats for Vega-Embed (``usermeta.embedOptions``)."""
    live = copy.deepcopy(spec)
    meta = live.setdefault("usermeta", {})
    own = meta.setdefault("kurultai", {})
    title = live.get("title")
    if isinstance(title, dict) and title.get("orient") == "bottom":
        del live["title"]
        own.setdefault("notes", _note_lines(title))
    own.setdefault("narrow", NARROW_PX)
    meta["embedOptions"] = {
        "formatLocale": formats.d3_format_locale(lang),
        "timeFormatLocale": formats.d3_time_locale(lang),
    }
    live["description"] = description
    _quiet_marks(live)
    return live


def _quiet_marks(node: Any) -> None:
    """Leave the chart's marks out of the accessible tree (``"aria": false``): Vega-Lite
    describes each mark by all its encodings, naming untitled ones by their column names
    ("ci_low_pp_2: -2.3; row: 8; name_kk: ..."), which a screen reader would read aloud.
    The figure's alt text (the spec's ``description``, the SVG's accessible name) gives
    every value instead; tooltips still show on hover."""
    if isinstance(node, list):
        for item in node:
            _quiet_marks(item)
        return
    if not isinstance(node, dict):
        return
    if "mark" in node:
        mark = node["mark"]
        node["mark"] = {**({"type": mark} if isinstance(mark, str) else mark), "aria": False}
    for key, value in node.items():
        if key not in ("mark", "encoding", "data", "datasets", "usermeta", "config"):
            _quiet_marks(value)


def has_controls(spec: dict[str, Any]) -> bool:
    """Whether the spec binds the design effect and confidence controls."""
    bound = {p.get("name") for p in spec.get("params", []) if "bind" in p}
    return set(CONTROL_PARAMS) <= bound


def controls_note(spec: dict[str, Any], methods: str, lang: str = "en") -> str:
    """The note under a chart with controls (catalog ``chart-controls-note``): the book's
    text keeps the build's own settings (the parameters' values in ``spec``) whatever the
    controls show; ``methods`` is where the methods are explained (a cross-reference in
    the book, words in the gallery)."""
    loc = catalog(lang)
    values = {p["name"]: p.get("value") for p in spec.get("params", [])}
    return loc(
        "chart-controls-note",
        deff=loc.number(float(values["deff"]), max_decimals=2),
        level=loc.number(100 * float(values["conf"]), max_decimals=2) + "%",
        methods=methods,
    )


def _script_json(data: dict[str, Any]) -> str:
    """``data`` as JSON safe inside ``<script>``: no ``</`` or ``<!--`` to end it early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def chart_html(label: str, alt_text: str, src: str, live: dict[str, Any], script: str) -> str:
    """The HTML of one live chart: ``<div class="vega-chart">`` with the static image
    (``src``, with ``alt_text``: what shows without JavaScript and in print), the live
    spec as JSON, and the script that draws it (``script``: the URL of ``charts.js``; it
    runs once per page however many charts load it)."""
    return (
        f'<div class="vega-chart" data-label="{html.escape(label)}">\n'
        f'<img src="{html.escape(src)}" alt="{html.escape(alt_text)}" class="figure-img">\n'
        f'<script type="application/json">{_script_json(live)}</script>\n'
        f'<script defer src="{html.escape(script)}"></script>\n'
        "</div>"
    )


def assets(bundle: bytes | None = None) -> dict[str, bytes]:
    """The edition's scripts: ``charts.js`` and the Vega bundle ``vega.js`` (vl-convert's
    ``javascript_bundle`` for the Vega-Lite version Altair writes; byte-identical from run
    to run). ``bundle``: the bundle's bytes as a previous build with the same
    :func:`bundle_key` wrote them (then it is not assembled again)."""
    return {CHART_SCRIPT: SCRIPT_SOURCE.read_bytes(), VEGA_BUNDLE: bundle or _vega_bundle()}


def bundle_key() -> str:
    """What the Vega bundle's bytes depend on: vl-convert's version and the Vega-Lite
    version Altair writes (e.g. ``vl-convert-python 1.9.0.post1; vega-lite v6.1``)."""
    from importlib.metadata import version

    return f"vl-convert-python {version('vl-convert-python')}; vega-lite {alt.SCHEMA_VERSION}"


@functools.cache
def _vega_bundle() -> bytes:
    """vl-convert's bundle (about 1 s to assemble; the same bytes for a given vl-convert
    and Vega-Lite version, so a process that builds several editions assembles it once)."""
    import vl_convert

    major_minor = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return vl_convert.javascript_bundle(vl_version=major_minor).encode("utf-8")
