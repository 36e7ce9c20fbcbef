"""The chart theme and the table defaults that keep figures and tables readable in the
book's 678 px text column (issue "A site readers can read"); the browser checks of the
rendered pages are in ``tests/test_browser.py``."""

from __future__ import annotations

import altair as alt
import pandas as pd
import pytest

from analysis.figures import common as fig
from analysis.tables import common as tbl

FRAME = pd.DataFrame({"answer": ["yes", "no"], "share": [61.5, 38.5]})


def test_theme_draws_every_text_at_12_px_or_more():
    chart = (
        alt.Chart(FRAME, title=alt.Title("Title", subtitle="Subtitle"))
        .mark_bar()
        .encode(x="share:Q", y="answer:N", color="answer:N")
    )
    labels = alt.Chart(FRAME).mark_text(dx=4).encode(x="share:Q", y="answer:N", text="share:Q")
    svg = fig.to_svg((chart + labels).properties(title=fig.source_note(["Source: a", "b"])))
    size = fig.svg_size(svg)
    assert min(size.font_sizes) == fig.MIN_FONT_SIZE == 12
    assert len(size.font_sizes) >= 10  # axis labels and titles, legend, text marks, notes
    # The default view width leaves room for axes: the whole chart fits the column unscaled.
    assert fig.CHART_WIDTH == fig.WIDTH == 560
    assert size.width <= fig.COLUMN_WIDTH == 678
    assert size.scale() == 1.0
    assert fig.svg_problems(svg) == []


def test_chart_problems_name_small_text_and_a_wide_chart():
    small = alt.Chart(FRAME).mark_text(fontSize=9).encode(x="share:Q", text="answer:N")
    assert fig.chart_problems(small) == [
        "text at 9 px, under 12 px",
        "smallest text drawn at 9.0 px, under 11 px",
    ]
    assert fig.min_font_size(small) == 9
    wide = alt.Chart(FRAME).mark_bar().encode(x="share:Q", y="answer:N").properties(width=900)
    problems = fig.chart_problems(wide)
    assert problems[0].startswith("the chart is ")
    assert problems[0].endswith("px wide, wider than the 678 px column")
    # 12 px text in a chart scaled down by 678/width is drawn under 11 px.
    width = fig.svg_size(fig.to_svg(wide)).width
    assert problems[1] == f"smallest text drawn at {12 * 678 / width:.1f} px, under 11 px"


def test_svg_size_reads_viewbox_and_font_sizes():
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="1356" viewBox="0 0 904 100">'
        '<text font-size="12px">a</text><text style="font-size: 15px">b</text></svg>'
    )
    size = fig.svg_size(svg)
    assert size.width == 904
    assert size.font_sizes == (12.0, 15.0)
    assert size.min_drawn_font() == pytest.approx(12 * 678 / 904)  # 9.0 px
    with pytest.raises(ValueError, match="without font-size"):
        fig.svg_size('<svg viewBox="0 0 10 10"><text>a</text></svg>')
    with pytest.raises(ValueError, match="no <svg>"):
        fig.svg_size("<p>no chart</p>")


def test_base_table_fits_the_column():
    html = tbl.base_table(FRAME, source="Source: a").with_id("t").as_raw_html()
    assert "width: 100%" in html
    assert "font-size: 14px" in html  # body
    assert "font-size: 13px" in html  # source note
    assert "padding-top: 4px; padding-bottom: 4px; padding-left: 6px; padding-right: 6px" in html
    # Long tokens break only when nothing else fits: numbers are never split.
    assert ".gt_table td { white-space: normal; overflow-wrap: break-word; }" in html
    # A label breaks inside a word only at its soft hyphens (Kazakh syllables).
    assert ".gt_table th { white-space: normal; overflow-wrap: break-word; hyphens: manual; }" in (
        html
    )


def test_short_hash_keeps_the_full_value_on_hover():
    digest = "0123456789abcdef" * 4
    assert tbl.short_hash(digest) == f'<code title="{digest}">0123456789ab…</code>'
    assert tbl.short_hash("abc") == "<code>abc</code>"
    assert tbl.short_hash(None) == tbl.short_hash(float("nan")) == tbl.short_hash("") == ""
    assert tbl.short_hash('<"x">' * 4, chars=3) == (
        '<code title="&lt;&quot;x&quot;&gt;' * 1
        + "&lt;&quot;x&quot;&gt;" * 3
        + '">&lt;&quot;x…</code>'
    )


def test_reference_table_shortens_checksums_and_sets_widths():
    frame = pd.DataFrame({"file": ["data/raw/a.csv"], "sha256": ["f" * 64]})
    html = (
        tbl.reference_table(frame, source="s", hash_columns=["sha256"], widths={"file": "40%"})
        .with_id("r")
        .as_raw_html()
    )
    assert f'<code title="{"f" * 64}">{"f" * 12}…</code>' in html
    assert "f" * 13 not in html.replace(f'title="{"f" * 64}"', "")
    assert '<col style="width:40%;"/>' in html
    with pytest.raises(KeyError, match="sha"):
        tbl.reference_table(frame, source="s", hash_columns=["sha"])


def test_keyboard_scrollable_marks_the_scroll_box():
    fragment = tbl.base_table(FRAME, source="s").with_id("t").as_raw_html()
    marked = tbl.keyboard_scrollable(fragment, 'Table "1", scrolls sideways')
    assert marked.startswith(
        '<div tabindex="0" role="region" aria-label="Table &quot;1&quot;, scrolls sideways"'
        ' id="t" style="'
    )
    assert marked.count('tabindex="0"') == 1
    with pytest.raises(ValueError, match="no great-tables scroll box"):
        tbl.keyboard_scrollable("<table></table>", "x")


def test_kazakh_words_break_only_at_syllables():
    soft = tbl.SOFT_HYPHEN
    assert tbl.hyphenate("Жарияланғандардың", "kk") == soft.join(
        ["Жа", "рия", "лан", "ған", "дар", "дың"]
    )
    assert tbl.hyphenate("респонденттер", "kk") == soft.join(["рес", "пон", "дент", "тер"])
    # At least two letters stay on the first line and three go to the next.
    assert tbl.hyphenate("Отырыс", "kk") == f"Оты{soft}рыс"
    assert tbl.hyphenate("айтты", "kk") == "айтты"
    # Never before a soft or hard sign; Latin words and numbers are left alone.
    assert tbl.hyphenate("Құрылтайдың", "kk") == soft.join(["Құ", "рыл", "тай", "дың"])
    assert tbl.hyphenate("statsmodels", "kk") == "statsmodels"


def test_table_cells_get_soft_hyphens_but_not_their_markup_or_code():
    fragment = (
        '<table><tr><th class="gt_col_heading">Жарияланғандардың саны</th></tr>'
        '<tr><td title="Респонденттер">Респонденттер <code>респонденттер</code> 2400</td></tr>'
        "</table><p>Респонденттер</p>"
    )
    out = tbl.hyphenate_cells(fragment, "kk")
    soft = tbl.SOFT_HYPHEN
    assert f'<th class="gt_col_heading">Жа{soft}рия{soft}лан' in out
    assert f">Рес{soft}пон{soft}дент{soft}тер <code>респонденттер</code> 2400</td>" in out
    assert 'title="Респонденттер"' in out  # attributes untouched
    assert out.endswith("<p>Респонденттер</p>")  # outside the table untouched
    # A language whose catalog gives no hyphenation letters (English) is left alone.
    assert tbl.hyphenate_cells(fragment, "en") == fragment
