"""Table of the claims audit."""

from __future__ import annotations

import pandas as pd
from great_tables import GT, loc, style

from analysis.tables.common import base_table

_STATUS_TEXT = {
    "reproduced": "✓ reproduced",
    "inconsistent": "✗ inconsistent",
    "not_reproducible": "– not reproducible",
}


def claims_table(ledger: pd.DataFrame) -> GT:
    """The claims ledger: id, seed lines, the number as printed (Kazakh), our paraphrase, the
    printed value and unit, the value the data give, and the status (text, not colour alone).

    ``ledger`` is the processed ``claims_ledger`` (one row per claim, key ``claim_id``).
    Inconsistent rows are set in bold.
    """
    lines = [
        loc_ if seed.startswith("000") else f"seed {seed[:3]}: {loc_}"
        for seed, loc_ in zip(ledger["seed_file"], ledger["locator"], strict=True)
    ]
    df = pd.DataFrame(
        {
            "Claim": ledger["claim_id"],
            "Lines": lines,
            "As printed": ledger["quote_kk"],
            "What it says": ledger["paraphrase_en"],
            "Printed": ledger["value_printed"].fillna("—") + " " + ledger["unit"],
            "Data": ledger["data_value"].fillna("—"),
            "Check": ledger["check_kind"],
            "Status": ledger["status"].map(_STATUS_TEXT),
        }
    )
    gt = base_table(
        df,
        source=(
            "Source: data/raw/article/claims.csv (seed lines of the article, "
            "../shared/seeds/000_a46ed8cb280de15a.txt, unless another seed is named), checked by "
            "analysis/claims.py against the processed tables; data/processed/claims_ledger.csv "
            "has the check of each claim and a sentence on what the data say."
        ),
    )
    rows = [i for i, s in enumerate(ledger["status"]) if s == "inconsistent"]
    if rows:
        gt = gt.tab_style(style=style.text(weight="bold"), locations=loc.body(rows=rows))
    return gt
