"""Tables of the survey findings."""

from __future__ import annotations

import pandas as pd
from great_tables import GT

from analysis.tables.common import STATUS_MARK, STATUS_NOTE, base_table, grey_rows


def attitude_table(attitudes: pd.DataFrame, table_id: str) -> GT:
    """Table 1 or Table 2 as printed and implied: one row per answer, one column per wave.

    Parameters
    ----------
    attitudes:
        Processed ``attitude_shares`` (share_pct in percent 0-100, value_status).
    table_id:
        ``"table1"`` or ``"table2"``.

    Cells carry a mark for their status († inferred, * implied); the change 2023 -> 2024 is
    in percentage points (pp).
    """
    df = attitudes[attitudes["table_id"] == table_id]
    if df.empty:
        raise ValueError(f"no rows for table_id={table_id!r} in attitude_shares")
    cell = df.assign(
        text=lambda d: [
            f"{v:.1f}%{STATUS_MARK[s]}"
            for v, s in zip(d["share_pct"], d["value_status"], strict=True)
        ]
    )
    wide = cell.pivot(
        index=["category_order", "category_label", "category_kk"],
        columns="wave_year",
        values="text",
    ).reset_index()
    num = df.pivot(index="category_order", columns="wave_year", values="share_pct")
    wide["change"] = [f"{d:+.1f} pp" for d in (num[2024] - num[2023]).to_numpy()]
    wide = wide.sort_values("category_order").drop(columns="category_order")
    wide.columns = ["Answer", "Answer (Kazakh, as printed)", "2023", "2024", "Change"]
    title = df["table_title"].iloc[0]
    return base_table(
        wide,
        title=title,
        source=(
            "Source: article, seed lines 347-396, via data/raw/article/attitude_shares.csv. "
            "Respondents: 2,400 (2023), 1,200 (2024). " + STATUS_NOTE
        ),
    )


def year_order_table(readings: pd.DataFrame) -> GT:
    """The two readings of '70,6%/76,1%' and what each wave sums to (percent, pp)."""
    df = readings.assign(
        Reading=lambda d: d["reading"] + ": " + d["reading_label"],
        Wave=lambda d: d["wave_year"].astype(str),
        Positive=lambda d: d["positive_pct"].map("{:.1f}".format),
        Neutral=lambda d: d["neutral_pct"].map("{:.1f}".format),
        Negative=lambda d: d["negative_pct"].map("{:.1f}".format),
        Sum=lambda d: d["total_pct"].map("{:.1f}".format),
        Gap=lambda d: d["gap_pp"].map("{:+.1f} pp".format),
        Verdict=lambda d: d["chosen"].map({True: "chosen (closes to 100)", False: "rejected"}),
    )[["Reading", "Wave", "Positive", "Neutral", "Negative", "Sum", "Gap", "Verdict"]]
    gt = base_table(
        df,
        source="Shares in percent. Source: article, seed lines 347-365; "
        "data/processed/year_order_readings.csv.",
    )
    return grey_rows(gt, ~readings["chosen"])
