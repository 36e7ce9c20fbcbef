"""Strings from the data (names, topics, notes) are escaped in every HTML table and chart.

A student's raw CSV may hold ``<``, ``&`` or quotes (or a pasted ``<script>``). Tables are
raw HTML in the book and charts are SVG: either would run or break the page if a builder
pasted the text in unescaped. These tests push such text through the real builders and
parse what comes out.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pandas as pd
import vl_convert as vlc

from analysis.figures.meetings import meetings_timeline
from analysis.paths import PROCESSED
from analysis.registry import BY_LABEL, ENTRIES
from analysis.store import read_processed
from analysis.tables.meetings import meetings_table

PAYLOAD = '<script>alert(1)</script> "Құлекеев" O\'Neil & <b>bold</b>'
LIVE = "<script>alert(1)</script>"


class _Collect(HTMLParser):
    """Start tags and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def parse_html(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    parser.close()
    return parser


def _frames(entry, processed_dir) -> list[pd.DataFrame]:
    return [read_processed(name, processed_dir) for name in entry.inputs]


def _text_columns(frame: pd.DataFrame) -> list[str]:
    return [
        c
        for c in frame.columns
        if pd.api.types.is_string_dtype(frame[c]) or frame[c].dtype == object
    ]


def _inject(frames: list[pd.DataFrame], i: int, column: str) -> list[pd.DataFrame]:
    out = [f.copy() for f in frames]
    out[i][column] = out[i][column].astype(object)
    out[i].loc[out[i].index[0], column] = PAYLOAD
    return out


def test_meetings_table_escapes_names_roles_and_topics(tables):
    entry = BY_LABEL["tbl-meetings"]
    assert entry.builder is meetings_table
    log = tables["meetings_log"].copy()
    for column in ("name_kk", "name_latin", "role_as_printed", "topic_en"):
        log[column] = log[column].astype(object)
    log.loc[0, "name_kk"] = "<script>alert(1)</script>"
    log.loc[0, "name_latin"] = 'O\'Neil & "Sons"'
    log.loc[1, "role_as_printed"] = "<img src=x onerror=alert(2)>"
    log.loc[2, "topic_en"] = PAYLOAD
    frames = [log if name == "meetings_log" else tables[name] for name in entry.inputs]
    html = meetings_table(*frames, **entry.kwargs).as_raw_html()

    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "O&#x27;Neil &amp; &quot;Sons&quot;" in html or 'O\'Neil &amp; "Sons"' in html
    parsed = parse_html(html)
    assert "script" not in parsed.tags
    assert "img" not in parsed.tags
    assert "b" not in parsed.tags
    text = "".join(parsed.text)
    # The text reads back exactly as typed: escaped once, not twice, nothing lost.
    assert '<script>alert(1)</script> (O\'Neil & "Sons")' in text
    assert "<img src=x onerror=alert(2)>" in text
    assert PAYLOAD in text


TABLES = [e for e in ENTRIES if e.kind == "table"]
FIGURES = [e for e in ENTRIES if e.kind == "figure"]
#: What a builder raises when a text column holds codes it looks up (the payload is no code):
#: KeyError, IndexError and the catalog's MessageError for an unknown code are LookupErrors.
LOOKUP_ERRORS = (LookupError, ValueError, TypeError, AttributeError)


def _hostile_builds(entry, frames):
    """Yield ``(columns, object)`` for builds of ``entry`` with the payload in row 1 of text
    columns: all text columns of one input at once when the builder accepts that, else each
    column on its own. Columns holding codes the builder looks up are skipped."""
    for i, frame in enumerate(frames):
        columns = _text_columns(frame)
        trial = [f.copy() for f in frames]
        for column in columns:
            trial = _inject(trial, i, column)
        try:
            yield columns, entry.builder(*trial, **entry.kwargs)
            continue
        except LOOKUP_ERRORS:
            pass
        for column in columns:
            try:
                yield [column], entry.builder(*_inject(frames, i, column), **entry.kwargs)
            except LOOKUP_ERRORS:
                continue


#: Tables whose cells show free text of the data, which the payload must reach.
SHOWS_DATA_TEXT = {
    "tbl-age-sizes",
    "tbl-body-comparison",
    "tbl-claims",
    "tbl-coding-disagreements",
    "tbl-composition-facts",
    "tbl-deliberative-criteria",
    "tbl-epilogue",
    "tbl-expert-positions",
    "tbl-field-codebook",
    "tbl-glossary",
    "tbl-meetings",
    "tbl-members",
    "tbl-membership-claims",
    "tbl-newcomers",
    "tbl-recommendations",
    "tbl-repeat-visitors",
    "tbl-rotation",
    "tbl-sessions",
    "tbl-table2-closure",
    "tbl-topic-codebook",
    "tbl-world-practices",
}


def test_every_table_escapes_text_from_the_data(tables):
    """Every registered table, with the payload in its text columns, shows it only as escaped
    text; and the payload does reach the rendered text of most tables (so this is not
    vacuous)."""
    reached = set()
    for entry in TABLES:
        for columns, gt in _hostile_builds(entry, _frames(entry, PROCESSED)):
            html = gt.as_raw_html()
            assert LIVE not in html, f"{entry.label}: {columns} pasted unescaped"
            parsed = parse_html(html)
            assert "script" not in parsed.tags, f"{entry.label}: {columns}"
            assert "b" not in parsed.tags, f"{entry.label}: {columns}"
            if PAYLOAD in "".join(parsed.text):
                reached.add(entry.label)
    # The tables that show free text of the data (names, paraphrases, notes) must show the
    # payload; the others show only codes worded by the catalogs and numbers.
    assert reached >= SHOWS_DATA_TEXT, sorted(SHOWS_DATA_TEXT - reached)


def _svg_texts(svg: str) -> tuple[list[str], list[str]]:
    root = ET.fromstring(svg)
    tags = [el.tag.rsplit("}", 1)[-1] for el in root.iter()]
    texts = ["".join(el.itertext()) for el in root.iter() if el.tag.endswith("text")]
    return tags, texts


def test_chart_svg_escapes_names(tables):
    """The meetings timeline labels each dot with the names met: an SVG text node."""
    log = tables["meetings_log"].copy()
    log["name_latin"] = log["name_latin"].astype(object)
    last = log.index[-1]
    log.loc[last, "name_latin"] = PAYLOAD
    svg = vlc.vegalite_to_svg(meetings_timeline(log, tables["sessions"]).to_dict())
    assert LIVE not in svg
    assert "&lt;script&gt;" in svg
    tags, texts = _svg_texts(svg)  # well-formed XML, or this raises
    assert "script" not in tags
    assert "b" not in tags
    assert any(PAYLOAD in t for t in texts)


def _in_spec(chart) -> bool:
    return json.dumps(PAYLOAD, ensure_ascii=False)[1:-1] in chart.to_json(ensure_ascii=False)


def test_every_chart_svg_escapes_text_from_the_data(tables):
    """Each figure, with the payload in its text columns, renders to well-formed SVG with no
    live tag; where the chart draws the text (labels, axes, legends), the SVG text reads
    back exactly as typed. One SVG per figure: the first build whose spec holds the payload,
    else the first build."""
    drawn = set()
    for entry in FIGURES:
        builds = list(_hostile_builds(entry, _frames(entry, PROCESSED)))
        assert builds, entry.label
        columns, chart = next(((c, ch) for c, ch in builds if _in_spec(ch)), builds[0])
        svg = vlc.vegalite_to_svg(chart.to_dict())
        assert LIVE not in svg, f"{entry.label}: {columns}"
        tags, texts = _svg_texts(svg)  # well-formed XML, or this raises
        assert "script" not in tags, entry.label
        assert "b" not in tags, entry.label
        if any(PAYLOAD in t for t in texts):
            drawn.add(entry.label)
    # Others carry the text only in tooltips (absent from a static SVG) or in axis labels
    # that Vega shortens; these two draw it in full.
    assert {"fig-meetings-timeline", "fig-meetings-by-domain"} <= drawn
