"""Colours, theme and helpers shared by every chart of the book.

One colour per answer category across the whole book, from the Okabe-Ito palette
(colour-blind-safe). Values the article does not print (implied) are drawn lighter, with a
dashed outline, and say so in their tooltip and label.
"""

from __future__ import annotations

import altair as alt

FONT = "Helvetica, Arial, sans-serif"

#: Answer category -> colour. The same meaning keeps the same colour in every chart.
CATEGORY_COLOURS = {
    "positive": "#0072B2",
    "changed_positive": "#0072B2",
    "neutral": "#8C8C8C",
    "no_change": "#8C8C8C",
    "negative": "#D55E00",
    "changed_negative": "#D55E00",
}
#: Survey wave -> colour.
WAVE_COLOURS = {2023: "#E69F00", 2024: "#009E73"}
#: value_status -> fill opacity (reported values solid, the rest lighter).
STATUS_OPACITY = {"reported": 1.0, "inferred": 0.8, "implied": 0.4, "derived": 0.4}
#: Event kind -> colour for timelines.
EVENT_COLOURS = {
    "session": "#0072B2",
    "meeting": "#E69F00",
    "decree": "#000000",
    "epilogue": "#CC79A7",
}

WIDTH = 560


def theme() -> alt.theme.ThemeConfig:
    """The book's Altair theme: plain background, readable type, no web fonts."""
    return alt.theme.ThemeConfig(
        config={
            "font": FONT,
            "background": "white",
            "view": {"stroke": None},
            "axis": {
                "labelFontSize": 11,
                "titleFontSize": 12,
                "labelColor": "#222",
                "titleColor": "#222",
                "gridColor": "#e6e6e6",
            },
            "legend": {"labelFontSize": 11, "titleFontSize": 12, "orient": "bottom"},
            "title": {"fontSize": 14, "anchor": "start", "color": "#222"},
        }
    )


def enable() -> None:
    """Register and enable the theme, and render charts as static SVG through vl-convert."""
    alt.theme.register("kurultai", enable=True)(theme)
    alt.renderers.enable("svg")


def source_note(text: str | list[str]) -> alt.TitleParams:
    """A small note under the chart naming its source (file, table, seed lines); a list
    gives one line per item."""
    return alt.TitleParams(
        text=text,
        orient="bottom",
        anchor="start",
        fontSize=10,
        fontWeight="normal",
        color="#444",
        offset=12,
    )


def scale(mapping: dict) -> alt.Scale:
    """An Altair colour scale that keeps ``mapping``'s order and colours."""
    return alt.Scale(domain=list(mapping), range=list(mapping.values()))
