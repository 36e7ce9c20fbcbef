"""Helpers shared by the table builders."""

from __future__ import annotations

import pandas as pd
from great_tables import GT, loc, style

STATUS_MARK = {"reported": "", "inferred": "†", "implied": "*", "derived": "‡"}
STATUS_NOTE = (
    "† printed, but the article leaves the year ambiguous; we infer it.  "
    "* not printed; implied by the printed shares closing to 100."
)


def base_table(frame: pd.DataFrame, *, source: str, title: str | None = None) -> GT:
    """A GT with the book's defaults: plain styling, a source note, no index.

    ``frame`` is shown as it is (column order kept); ``source`` names the data file and
    the seed lines behind the table.
    """
    gt = GT(frame.reset_index(drop=True))
    if title:
        gt = gt.tab_header(title=title)
    return (
        gt.tab_source_note(source)
        .tab_options(
            table_font_size="14px",
            column_labels_font_weight="bold",
            source_notes_font_size="12px",
            table_width="100%",
        )
        .opt_table_font(font=["Helvetica", "Arial", "sans-serif"])
    )


def grey_rows(gt: GT, mask: pd.Series) -> GT:
    """Set the rows where ``mask`` is true in italic grey (e.g. implied values)."""
    rows = [i for i, flag in enumerate(mask.tolist()) if flag]
    if not rows:
        return gt
    return gt.tab_style(
        style=[style.text(style="italic", color="#555")], locations=loc.body(rows=rows)
    )
