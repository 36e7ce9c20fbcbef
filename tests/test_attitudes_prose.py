"""The Attitudes chapter's values and verdict sentences follow the data under any design
effect (issue 15 and "Build once, embed everywhere")."""

from __future__ import annotations

import re

import pytest

from analysis import artefacts, paths
from analysis.i18n import catalog
from analysis.i18n.formats import cap
from analysis.params import Params
from analysis.prose import Context
from analysis.prose import attitudes as prose
from analysis.prose import params as prose_params
from analysis.registry import ENTRIES

pytestmark = pytest.mark.xdist_group("variants")

CHAPTER = paths.BOOK / "attitudes.qmd"
EN = catalog("en")
WORDS = [prose.count_word(n, EN) for n in range(10)]
NAMES = {k: prose.name(k, EN) for k in prose.SHORT}


def chapter_captions(values: dict, lang: str = "en") -> dict[str, tuple[str, str]]:
    """(caption, alt text) of every survey figure and table of the Attitudes chapter, as
    :func:`analysis.artefacts.captions` fills them from the prose values."""
    entries = [
        e
        for e in ENTRIES
        if e.chapter == "attitudes.qmd"
        and e.function.startswith(("analysis.figures.survey.", "analysis.tables.survey."))
    ]
    return {
        label: (c.caption, c.alt)
        for label, c in artefacts.captions(values, lang, entries=entries).items()
    }


#: Each design effect's build, made once per worker: pytest may set a parametrized module
#: fixture up again for the same parameter (when the tests of one parameter do not run in
#: a row, as under pytest-xdist), and each set-up would compute the same values again.
_BUILT: dict[float, tuple] = {}


@pytest.fixture(scope="module", params=[1.0, 1.8, 2.0])
def built(request, processed_under):
    """(design effect, processed tables, prose values) of a build at that design effect."""
    if request.param not in _BUILT:
        out, tables = processed_under(Params(design_effect=request.param))
        ctx = Context(processed_dir=out)
        ctx.values["params"] = prose_params.values(ctx)
        ctx.values["attitudes"] = prose.values(ctx)
        _BUILT[request.param] = (request.param, tables, ctx.values)
    return _BUILT[request.param]


def test_the_chapter_has_no_python_and_every_value_exists(built):
    _, _, values = built
    text = CHAPTER.read_text(encoding="utf-8")
    assert "```{python}" not in text
    assert "{python}" not in text
    used = set(re.findall(r"\{\{< var attitudes\.([a-z0-9_]+) >\}\}", text))
    assert used, "the chapter reads no attitudes values"
    assert used <= set(values["attitudes"])
    assert set(re.findall(r"\{\{< var params\.([a-z0-9_]+) >\}\}", text)) <= set(values["params"])
    # no parameter value written out in the prose
    prose_only = re.sub(r"\{\{<.*?>\}\}", "", text)
    assert not re.search(r"design effects? (of )?\d", prose_only)
    assert "95%" not in prose_only


def test_captions_fill_and_state_the_build(built):
    deff, _, values = built
    labels = set(re.findall(r"artefacts/en/_([a-z0-9-]+)\.md", CHAPTER.read_text()))
    captions = chapter_captions(values)
    assert labels == set(captions)
    caption = captions["fig-changes"][0]
    assert f"thick: design effect {values['params']['design_effect']};" in caption
    assert "1.5" not in caption or deff == 1.5 or "1.5" in values["attitudes"]["deff_compare"]
    alt = captions["fig-changes"][1]
    assert f"design effect {values['params']['design_effect']}:" in alt


def test_verdict_sentences_follow_the_data(built):
    deff, tables, values = built
    v = values["attitudes"]
    ch = tables["survey_changes"]
    d = ch[ch["is_default"]]
    assert set(d["design_effect"]) == {deff}
    aw = d[d["indicator"] == "awareness"]
    assert v["awareness_verdict"].startswith("None") == (not aw["exceeds_sampling_error"].any())
    n = int(d["exceeds_sampling_error"].sum())
    assert v["n_exceed"] == WORDS[n]
    assert v["summary_verdict"].startswith(cap(WORDS[n]) + " of the nine changes")
    n_adj = int(d["exceeds_after_adjustment"].sum())
    assert f"{WORDS[n_adj]} of the nine" in v["adjusted_verdict"]
    for k, name in NAMES.items():
        row = d[(d["indicator"] == k[0]) & (d["group"] == k[1]) & (d["category"] == k[2])]
        said = f"in {name} (" in v["summary_verdict"]
        assert said == bool(row["exceeds_sampling_error"].iloc[0]), (deff, name)
    t1 = tables["attitude_distribution_tests"]
    t1 = t1[(t1["table_id"] == "table1") & t1["is_default"]].iloc[0]
    assert ("do not differ" in v["table1_chi_verdict"]) == (not t1["exceeds_sampling_error"])


def test_known_verdicts_at_each_design_effect(built):
    deff, _, values = built
    v = values["attitudes"]
    if deff == 1.0:
        # a simple random sample: both rises in awareness exceed sampling error
        assert v["awareness_verdict"].startswith("At this design effect, the rise in awareness")
        assert (
            "18–28-year-olds (+7.7 pp) and the rise in awareness among 29–60"
            in (v["awareness_verdict"])
        )
        assert v["n_exceed"] == "five"
        assert v["table1_chi"] == "χ²(2) = 6.1, p = 0.047"
    else:
        assert v["awareness_verdict"] == (
            "None of the three age groups changed by more than sampling error at this "
            "design effect."
        )
        assert v["n_exceed"] == "two"
    if deff == 1.8:
        assert v["deff_grid"] == "1, 1.5, 1.8 and 2"
        assert v["deff_compare"] == "2"
    if deff == 2.0:
        assert v["deff_compare"] == "1"
        assert v["table1_chi_other"] == "χ²(2) = 7.2, p = 0.027"
