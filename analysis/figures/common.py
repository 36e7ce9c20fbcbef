"""Colours, theme and helpers shared by every chart of the book.

One colour per answer category across the whole book, from the Okabe-Ito palette
(colour-blind-safe). Values the article does not print (implied) are drawn lighter, with a
dashed outline, and say so in their tooltip and label.

Sizes (the issue "A site readers can read"): the book's text column is
:data:`COLUMN_WIDTH` (678 px) wide at a 1280 px window, and a chart's SVG is scaled down
to the column when it is wider. A chart whose whole SVG (view, axes, legend, padding)
is at most :data:`COLUMN_WIDTH` wide is shown at its own size, so its smallest text,
:data:`MIN_FONT_SIZE` (12 px) in the theme, is drawn at 12 px, above the target of
:data:`MIN_DRAWN_FONT` (11 px). :data:`CHART_WIDTH` (560 px) is the view width that
leaves room for a y axis with short labels; a builder whose y labels are long gives the
view less (e.g. ``CHART_WIDTH - 120``). :func:`chart_problems` checks a chart against
both rules from its rendered SVG.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import altair as alt

from analysis.i18n.formats import base_language

#: The chart and table typefaces per language. English: Helvetica or its metric twins.
#: Kazakh: the system's interface font, as the book's text has it (Bootstrap's stack), then
#: families with the Kazakh letters (ә ғ қ ң ө ұ ү һ і); Helvetica, Arial and Liberation
#: Sans have none of them, and with those first browsers drew the Kazakh letters from
#: another font mid-word.
FONTS = {
    "en": ("Helvetica", "Arial", "Liberation Sans", "DejaVu Sans", "sans-serif"),
    "kk": (
        "system-ui",
        "-apple-system",
        "Segoe UI",
        "Roboto",
        "Noto Sans",
        "DejaVu Sans",
        "sans-serif",
    ),
}


def font(lang: str = "en") -> str:
    """The CSS ``font-family`` of charts and tables in ``lang`` (:data:`FONTS`; the
    pseudo-locale ``en-XA`` has English's)."""
    return ", ".join(f"'{f}'" if " " in f else f for f in FONTS[base_language(lang)])


FONT = font("en")

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

#: Width in px of the book's text column at a 1280 px window (Quarto's default book
#: layout, measured in a real render). No chart's SVG may be wider.
COLUMN_WIDTH = 678
#: The smallest font size in px any chart text may have in its SVG (the theme's own
#: smallest size: axis and legend labels, text marks, source notes).
MIN_FONT_SIZE = 12
#: The smallest size in px any chart text may be drawn at in the book at desktop width
#: (font size in the SVG x the scale at which the column shows the SVG).
MIN_DRAWN_FONT = 11
#: Default view width in px (the plotting area, without axes and legend): with a y axis of
#: short labels the whole SVG stays within :data:`COLUMN_WIDTH`.
CHART_WIDTH = 560
#: Former name of :data:`CHART_WIDTH`, kept for the builders that import it.
WIDTH = CHART_WIDTH

#: Font sizes of the theme, px.
LABEL_SIZE = MIN_FONT_SIZE  # axis, legend and facet labels; text marks; source notes
GUIDE_TITLE_SIZE = 13  # axis, legend and facet titles; subtitles
TITLE_SIZE = 15  # chart titles
TEXT_COLOUR = "#222"


def theme() -> alt.theme.ThemeConfig:
    """The book's Altair theme: plain background, readable type (>= 12 px), no web fonts.

    Every text the theme styles is at least :data:`MIN_FONT_SIZE` px: axis, legend and
    facet-header labels and titles, chart titles and subtitles, and text marks (marks
    that set their own ``fontSize`` override this; keep them >= 12 too). The default
    width of a chart with a continuous x axis is :data:`CHART_WIDTH`.
    """
    labels = {"labelFontSize": LABEL_SIZE, "titleFontSize": GUIDE_TITLE_SIZE}
    colours = {"labelColor": TEXT_COLOUR, "titleColor": TEXT_COLOUR}
    return alt.theme.ThemeConfig(
        config={
            "font": FONT,
            "background": "white",
            "view": {"stroke": None, "continuousWidth": CHART_WIDTH},
            "axis": {**labels, **colours, "gridColor": "#e6e6e6"},
            "legend": {**labels, **colours, "orient": "bottom"},
            "header": {**labels, **colours},
            "title": {
                "fontSize": TITLE_SIZE,
                "subtitleFontSize": GUIDE_TITLE_SIZE,
                "anchor": "start",
                "color": TEXT_COLOUR,
                "subtitleColor": TEXT_COLOUR,
            },
            "text": {"fontSize": LABEL_SIZE, "color": TEXT_COLOUR},
            "mark": {"fontSize": LABEL_SIZE},
            "style": {
                "guide-label": {"fontSize": LABEL_SIZE},
                "guide-title": {"fontSize": GUIDE_TITLE_SIZE},
                "group-title": {"fontSize": TITLE_SIZE},
                "group-subtitle": {"fontSize": GUIDE_TITLE_SIZE},
            },
        }
    )


def enable() -> None:
    """Register and enable the theme, and render charts as static SVG through vl-convert."""
    alt.theme.register("kurultai", enable=True)(theme)
    alt.renderers.enable("svg")


def source_note(text: str | list[str]) -> alt.TitleParams:
    """A note under the chart naming its source for readers (the article's table and lines,
    public records), at the smallest readable size (:data:`MIN_FONT_SIZE`); a list gives one
    line per item."""
    return alt.TitleParams(
        text=text,
        orient="bottom",
        anchor="start",
        fontSize=MIN_FONT_SIZE,
        fontWeight="normal",
        color="#444",
        offset=12,
    )


def scale(mapping: dict) -> alt.Scale:
    """An Altair colour scale that keeps ``mapping``'s order and colours."""
    return alt.Scale(domain=list(mapping), range=list(mapping.values()))


# --- checking a chart's size and type --------------------------------------------------

_SVG_TAG = re.compile(r"<svg\b[^>]*>")
_TEXT_TAG = re.compile(r"<text\b[^>]*>")
_ATTR = r'\b{}\s*=\s*"([^"]*)"'
_FONT_SIZE = re.compile(r"font-size\s*[:=]\s*\"?\s*([\d.]+)(?:px)?")


@dataclass(frozen=True)
class SvgSize:
    """What :func:`svg_size` reads from a chart's SVG.

    ``width``: the SVG's own width in px (its ``viewBox`` width, else its ``width``);
    ``font_sizes``: the font size in px of every ``<text>`` element, in document order
    (empty for a chart without text).
    """

    width: float
    font_sizes: tuple[float, ...]

    def scale(self, column: float = COLUMN_WIDTH) -> float:
        """The factor the book draws the SVG at in a column ``column`` px wide (<= 1)."""
        return min(1.0, column / self.width) if self.width > 0 else 1.0

    def min_drawn_font(self, column: float = COLUMN_WIDTH) -> float | None:
        """The smallest text as drawn in a column ``column`` px wide, px (None: no text)."""
        if not self.font_sizes:
            return None
        return min(self.font_sizes) * self.scale(column)


def svg_size(svg: str) -> SvgSize:
    """The width and the text sizes of an SVG as vl-convert writes it.

    Reads the root ``<svg>``'s ``viewBox`` (else ``width``) and each ``<text>``'s
    ``font-size`` attribute or style (``"12px"`` or ``"12"``). Raises ``ValueError`` when
    there is no ``<svg>`` element or a ``<text>`` has no font size.
    """
    root = _SVG_TAG.search(svg)
    if root is None:
        raise ValueError("no <svg> element")
    view_box = re.search(_ATTR.format("viewBox"), root.group(0))
    if view_box:
        width = float(view_box.group(1).replace(",", " ").split()[2])
    else:
        found = re.search(_ATTR.format("width"), root.group(0))
        if found is None:
            raise ValueError("the <svg> element has neither viewBox nor width")
        width = float(found.group(1).removesuffix("px"))
    sizes = []
    for tag in _TEXT_TAG.findall(svg):
        size = _FONT_SIZE.search(tag)
        if size is None:
            raise ValueError(f"a <text> without font-size: {tag}")
        sizes.append(float(size.group(1)))
    return SvgSize(width, tuple(sizes))


def to_svg(chart: Any) -> str:
    """``chart`` (an Altair chart) as the static SVG the book shows: the book's theme
    enabled, compiled by vl-convert."""
    import vl_convert

    enable()
    return vl_convert.vegalite_to_svg(chart.to_json())


def svg_problems(svg: str, column: float = COLUMN_WIDTH) -> list[str]:
    """What breaks the size rules in a chart's SVG (empty list: nothing).

    The rules: the SVG is at most ``column`` px wide (so the book shows it unscaled), and
    every text in it is at least :data:`MIN_FONT_SIZE` px (so it is drawn at >=
    :data:`MIN_DRAWN_FONT` px even where a wider chart is scaled down a little).
    """
    size = svg_size(svg)
    problems = []
    if size.width > column:
        problems.append(f"the chart is {size.width:g} px wide, wider than the {column:g} px column")
    small = sorted({s for s in size.font_sizes if s < MIN_FONT_SIZE})
    if small:
        problems.append(
            f"text at {', '.join(f'{s:g}' for s in small)} px, under {MIN_FONT_SIZE} px"
        )
    drawn = size.min_drawn_font(column)
    if drawn is not None and drawn < MIN_DRAWN_FONT:
        problems.append(f"smallest text drawn at {drawn:.1f} px, under {MIN_DRAWN_FONT} px")
    return problems


def chart_problems(chart: Any, column: float = COLUMN_WIDTH) -> list[str]:
    """:func:`svg_problems` of ``chart`` rendered with the book's theme (:func:`to_svg`).

    A builder's test can assert ``chart_problems(build(...)) == []``.
    """
    return svg_problems(to_svg(chart), column)


def min_font_size(chart: Any) -> float | None:
    """The smallest font size in px of ``chart`` as rendered (None: no text)."""
    sizes = svg_size(to_svg(chart)).font_sizes
    return min(sizes) if sizes else None
