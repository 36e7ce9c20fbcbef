"""C25, "the middle age groups are highest two years running": the verdict on the lead
follows the design effect the pipeline was run with."""

from __future__ import annotations

import pytest

from analysis import claims
from analysis.params import Params
from analysis.prose import Context
from analysis.prose import claims as prose_claims

pytestmark = pytest.mark.xdist_group("variants")


@pytest.fixture(scope="module", params=[1.0, 2.0], ids=["deff1", "deff2"])
def built(request, processed_under):
    out, tables = processed_under(Params(design_effect=request.param))
    return request.param, out, tables


def test_margins_follow_the_design_effect(built):
    deff, _, tables = built
    m = claims.age_lead_margins(tables["awareness_by_age"], tables["survey_intervals"])
    m = m.set_index("wave_year")
    assert m["leader"].tolist() == ["29-60", "29-60"]
    assert m["runner_up"].tolist() == ["61+", "18-28"]
    assert m["gap_pp"].round(1).tolist() == [2.7, 7.7]
    assert (m["design_effect"] == deff).all()
    # sqrt(moe_29-60^2 + moe_61+^2) at the 95% level, from survey_intervals' default rows.
    expected = {1.0: (5.24, 7.02), 2.0: (7.42, 9.93)}[deff]
    assert m["moe_gap_pp"].round(2).tolist() == list(expected)
    # 2023: the lead is within its margin under any design effect; 2024 only from 1.5 up.
    assert m.loc[2023, "within_moe"]
    assert m.loc[2024, "within_moe"] == (deff == 2.0)


def test_the_ledger_and_the_chapter_say_so(built):
    deff, out, tables = built
    c25 = tables["claims_ledger"].set_index("claim_id").loc["C25"]
    assert c25["status"] == "reproduced"  # the printed shares do put 29-60 first
    assert f"design effect {deff:g}" in c25["data_says"]
    assert "in 2023 29-60 leads 61+ by 2.7 percentage points, within" in c25["data_says"]
    word = "beyond" if deff == 1.0 else "within"
    assert f"in 2024 29-60 leads 18-28 by 7.7 percentage points, {word}" in c25["data_says"]
    v = prose_claims.values(Context(processed_dir=out))
    assert v["lead_within_2023"] == "within"
    assert v["lead_within_2024"] == ("larger than" if deff == 1.0 else "within")
    assert v["lead_moe_2023"] == {1.0: "±5.2 pp", 2.0: "±7.4 pp"}[deff]
    if deff == 1.0:
        assert v["lead_verdict"].startswith("So in 2023 the data cannot tell")
    else:
        assert v["lead_verdict"].startswith("In neither wave")
