"""The Communication chapter: no Python, every value it reads exists and follows the data."""

from __future__ import annotations

import re

import pytest

from analysis.i18n import catalog
from analysis.paths import BOOK, PROCESSED
from analysis.prose import Context, communication
from analysis.prose import params as prose_params
from analysis.registry import ENTRIES

CHAPTER = BOOK / "communication.qmd"


@pytest.fixture(scope="module")
def values(tables):
    ctx = Context(processed_dir=PROCESSED)
    ctx.values["params"] = prose_params.values(ctx)
    ctx.values["communication"] = communication.values(ctx)
    return ctx.values


def test_chapter_has_no_python_and_reads_known_values(values):
    text = CHAPTER.read_text(encoding="utf-8")
    assert "```{python" not in text
    assert "`{python}" not in text
    used = set(re.findall(r"\{\{< var communication\.([a-z0-9_]+) >\}\}", text))
    assert used
    assert used <= set(values["communication"])
    includes = set(re.findall(r"\{\{< include artefacts/en/_([a-z0-9-]+)\.md >\}\}", text))
    # The argument ledger's table comes in with its own section (_argues-communication.qmd).
    if "{{< include _argues-communication.qmd >}}" in text:
        argues = (BOOK / "_argues-communication.qmd").read_text(encoding="utf-8")
        includes |= set(re.findall(r"\{\{< include artefacts/en/_([a-z0-9-]+)\.md >\}\}", argues))
    own = {e.label for e in ENTRIES if e.chapter == "communication.qmd"}
    assert includes == own
    # Plain prose: no file paths, column names or internal words in running text.
    for word in ("data/raw", ".csv", "person-meeting", "value_status", "regular expression"):
        assert word not in text, word
    assert "{#sec-pre-decree-meetings}" in text


def test_captions_fill(values):
    """Every figure and table of the chapter has a caption in the catalog
    (``caption-<label>``), filled from these values; a figure's alt text states the data."""
    loc = catalog("en")
    args = {f"{ns}_{key}": text for ns, vals in values.items() for key, text in vals.items()}
    own = {e.label for e in ENTRIES if e.chapter == "communication.qmd"}
    for label in own - {"tbl-argues-communication"}:
        assert loc("caption-" + label, **args).strip(), label
        if label.startswith("fig-"):
            alt = loc.attr("caption-" + label, "alt", **args)
            assert re.search(r"\d", alt), label  # alt text states the data


def test_values(values):
    v = values["communication"]
    assert (v["meetings"], v["entries"], v["people"]) == ("20", "24", "19")
    assert v["pre_decree_list"] == "Zh. Qulekeev on 25 April 2022 and A. Baymenov on 5 May 2022"
    # Cadence from the decree (E7): 18 meetings with members over 31 months.
    assert v["meetings_decree"] == "18"
    assert (v["span_months"], v["per_month"], v["longest_gap_days"]) == ("31", "0.6", "213")
    assert v["intervals_trend"].startswith("The rates fall from one interval to the next, but")
    assert "p = 0.714" in v["intervals_trend"]
    assert (v["iv_i_ii_rate"], v["iv_ii_iii_rate"], v["iv_iii_iv_rate"]) == ("8", "6.7", "5")
    assert (v["iv_iii_iv_rate_to_last"], v["iv_iii_iv_ci_to_last"]) == ("5.9", "1.9 to 13.8")
    assert v["iv_iii_iv_ci"] == "1.6 to 11.7"
    assert (v["together_of_them_loc"], v["separate_dates_word"], v["meetings_alt"]) == (
        "two",
        "two",
        "22",
    )
    assert v["kappa_primary"] == "0.95"
    assert v["kappa_confidence"] == "95%"
    assert v["primary_agree"] == "23"
    assert v["sets_agree"] == "19"
    assert v["k_met_pct"] == "11%"
    assert v["k_seats"] == "149"
    assert (v["span_people"], v["span_people_per_year"]) == ("17", "6.2")
    assert v["ncpt_legal_acts"] == "more than 100"
    assert v["ref_short"] == "127,868"
    assert "sport" in v["primary_sentence"]
    assert "10 July 2023" in v["primary_sentence"]
    assert v["second_top"].startswith("*economy and business* and *culture")


def test_repeat_verdict_agrees_with_the_claims_ledger(values, tables):
    """The chapter states C19's ledger status, and no sentence says the prose is never
    contradicted while the ledger calls a statement inconsistent."""
    v = values["communication"]
    status = tables["claims_ledger"].set_index("claim_id").loc["C19", "status"]
    assert status == "inconsistent"
    assert v["c19_status"] == "inconsistent with the table"
    assert "before the decree" in v["c19_reason"]
    text = CHAPTER.read_text(encoding="utf-8")
    assert "Nothing in the prose contradicts" not in text
    assert "{{< var communication.c19_status >}}" in text
