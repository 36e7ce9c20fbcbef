"""Tables of the communication role."""

from __future__ import annotations

import pandas as pd
from great_tables import GT

from analysis.tables.common import base_table, grey_rows


def meetings_table(meetings_log: pd.DataFrame) -> GT:
    """Table 3 rebuilt: one row per person met, with date, name (Kazakh and Latin), role as
    printed and topics (English paraphrase). Meetings before the decree of 14 June 2022 are
    set in grey and marked."""
    df = meetings_log.assign(
        Date=lambda d: (
            d["meeting_date"].dt.strftime("%Y-%m-%d")
            + d["before_decree"].map({True: " ◊", False: ""})
        ),
        Name=lambda d: d["name_kk"] + " (" + d["name_latin"] + ")",
        Role=lambda d: d["role_as_printed"].fillna("—"),
        Topics=lambda d: d["topic_en"],
    )[["meeting_id", "Date", "Name", "Role", "Topics"]].rename(columns={"meeting_id": "No."})
    gt = base_table(
        df,
        source=(
            "Source: article Table 3, seed lines 465-611, via data/raw/article/meetings.csv and "
            "meeting_participants.csv. Roles are printed in Kazakh as in the article; topics are "
            "our paraphrase. ◊ dated before the decree of 14 June 2022 that created the Kurultai."
        ),
    )
    return grey_rows(gt, meetings_log["before_decree"])
