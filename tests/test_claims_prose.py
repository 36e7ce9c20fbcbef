"""The claims and context chapters: no Python, every value and caption computed, the
ledger table fits the text column, and the new claims are where the article prints them."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import artefacts, prose
from analysis.paths import BOOK, PROCESSED
from analysis.tables.claims import (
    HIDDEN,
    WIDTHS,
    claims_table,
    column_names,
    show_value,
    verdict_words,
)

CHAPTERS = ("claims", "context")
#: Words of the ledger's machinery that readers should not meet in the chapters' text. The
#: three ways of checking (transcribed, recomputed, cross-checked) are reader's terms the
#: chapter defines; their codes are not.
INTERNAL = (
    "`transcribed`",
    "`recomputed`",
    "cross_checked",
    "check_kind",
    "read_back",
    "external",
    "value_status",
    "check_spec",
    "data/raw",
)


@pytest.fixture(scope="module")
def values(tables):
    """The prose values of the namespaces the two chapters read (namespace -> key -> text)."""
    vals: dict[str, dict[str, str]] = {}
    c = prose.Context(processed_dir=PROCESSED, values=vals)
    for name in ("params", "composition", "context", "claims"):
        vals[name] = prose.provider(name)(c)
    return vals


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapters_have_no_python_and_only_known_values(chapter, values):
    text = (BOOK / f"{chapter}.qmd").read_text(encoding="utf-8")
    assert "{python}" not in text
    for ns, key in re.findall(r"\{\{< var (\w+)\.(\w+) >\}\}", text):
        assert key in values[ns], f"{chapter}.qmd uses unknown value {ns}.{key}"
    for word in INTERNAL:
        assert word not in text, f"{chapter}.qmd uses the internal word {word!r}"


def test_includes_and_captions_cover_the_registry(tables):
    from analysis.registry import ENTRIES

    caps = artefacts.captions(prose.collect(prose.Context(processed_dir=PROCESSED, values={})))
    for entry in ENTRIES:
        if entry.chapter not in ("claims.qmd", "context.qmd") or "argues" in entry.label:
            continue
        text = (BOOK / entry.chapter).read_text(encoding="utf-8")
        assert f"{{{{< include artefacts/en/_{entry.label}.md >}}}}" in text
        caption, alt = caps[entry.label].caption, caps[entry.label].alt
        assert caption.strip()
        if entry.kind == "figure":
            assert "54 claims" in alt
            assert "Communication: 11, of which 8 reproduced" in alt


def test_summary_values(values):
    v = values["claims"]
    assert v["n_claims"] == "54"
    assert v["status_sentence"] == (
        "20 are reproduced (12 recomputed from other data, 8 cross-checked against an "
        "independent source), 28 are only read back from our own transcription, 3 are "
        "inconsistent and 3 cannot be checked"
    )
    assert v["independent_ids"] == "C10, C14, C16, C42, C43, C51, C52 and C54"
    assert v["context_read_only_ids"] == "C44–C46 and C48–C50"
    assert v["n_problems"] == "1"
    assert "three inconsistent claims come down to one distinct problem," in v["problem_sentence"]
    assert v["early_list"] == "Zh. Qulekeev on 25 April 2022 and A. Baymenov on 5 May 2022"
    assert v["baymenov_dates"] == "5 May 2022, 10 July 2023 and 17 January 2025"
    assert v["joint_date"] == "17 January 2025"
    assert v["years_range"] == "2.5 to 3.5"
    assert (v["years_active"], v["years_to_next"]) == ("2.6", "2.75")
    assert (v["next_session"], v["next_session_date_loc"]) == ("IV", "14 March 2025")
    assert v["young_relative_pct"] == "24.1%"
    assert v["unchecked_ids"] == "C13, C40 and C41"
    assert values["context"]["n_recommendations"] == "eight"
    assert values["context"]["brazil_amendments"] == "374"


def test_recommendations_count_matches_the_article(tables, article_text):
    """Eight dashes open the recommendations in lines 670-699; the ledger counts eight."""
    lines = article_text.read_text(encoding="utf-8").splitlines()[669:699]
    dashes = sum(1 for line in lines if line.strip().startswith("–"))
    ledger = tables["claims_ledger"].set_index("claim_id")
    assert dashes == 8
    assert ledger.loc["C53", "data_value"] == str(dashes)
    assert ledger.loc["C53", "status"] == "reproduced"


def test_c37_paraphrase_keeps_neutral_or_settled(tables):
    c37 = tables["claims_ledger"].set_index("claim_id").loc["C37"]
    assert "neutral" in c37["paraphrase_en"]
    assert "settled" in c37["paraphrase_en"]
    assert "20.2% and 24.1%" in c37["note"]
    # The article prints no number ('nearly half' read as 50): checked on the 2024 share the
    # sentence draws on, the printed scale A49 judges it on.
    assert c37["data_value"] == "48.4"
    assert "prints no number" in c37["note"]
    assert "A49" in c37["note"]


def test_claims_table_is_compact(tables):
    ledger = tables["claims_ledger"]
    gt = claims_table(ledger)
    names = column_names("en")
    hidden = [names[c] for c in HIDDEN]
    shown = [c for c in gt._tbl_data.columns if c not in hidden]
    assert shown == [names[c] for c in WIDTHS]
    assert shown == ["Reproduced", "What the article says", "Printed", "Data"]
    assert sum(float(w.rstrip("%")) for w in WIDTHS.values()) == 100
    assert min(float(w.rstrip("%")) for w in WIDTHS.values()) >= 14  # ~12 characters
    html = gt.as_raw_html()
    for word in ("Kazakh quote", "What the data say", "Claim"):
        assert f">{word}<" not in html  # hidden columns have no header ...
    assert hidden == [
        "Claim",
        "Lines",
        "Kazakh quote",
        "Problem",
        "Check",
        "Note",
        "What the data say",
    ]
    assert set(hidden) <= set(gt._tbl_data.columns)  # ... but are in the CSV
    # Each row: the claim's id and lines over what it says, the quote and the kind of check
    # folded in the row; the note and the sentence on what the data say stay in the CSV.
    assert html.count('<details class="row-more">') == len(ledger)
    assert "Check: transcribed" in html
    assert "What the data say:" not in html
    verdict = verdict_words("en")
    assert verdict == {
        "reproduced": "✓ yes",
        "read_back": "≡ read back only",
        "inconsistent": "✗ no",
        "not_reproducible": "– unchecked",
    }
    assert set(gt._tbl_data["Reproduced"]) == set(verdict.values())
    longest = max(len(v) for v in verdict.values())
    assert longest <= 16


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        ("2400", "respondents", "2,400 respondents"),
        ("32", "percent", "32%"),
        ("7.7", "percentage points", "7.7 pp"),
        ("2022;2023;2025", "years", "2022, 2023, 2025"),
        ("2023-07-20..2023-07-31", "date range", "2023-07-20 to 2023-07-31"),
        (pd.NA, "members by field", "—"),
    ],
)
def test_show_value(value, unit, shown):
    assert show_value(value, unit) == shown
