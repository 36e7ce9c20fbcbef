"""Kazakh dates in the article's style (analysis.i18n: catalog("kk").date, kk_case)."""

from __future__ import annotations

import pytest

from analysis.i18n import catalog
from analysis.prose.fmt import kk_case

date_kk = catalog("kk").date


@pytest.mark.parametrize(
    ("month", "locative", "dative", "attributive"),
    [
        ("маусым", "маусымда", "маусымға", "маусымдағы"),
        ("шілде", "шілдеде", "шілдеге", "шілдедегі"),
        ("қазан", "қазанда", "қазанға", "қазандағы"),
        ("сәуір", "сәуірде", "сәуірге", "сәуірдегі"),
        ("қыркүйек", "қыркүйекте", "қыркүйекке", "қыркүйектегі"),
        ("қараша", "қарашада", "қарашаға", "қарашадағы"),
    ],
)
def test_month_endings_follow_vowel_harmony(month, locative, dative, attributive):
    assert kk_case(month, None) == month
    assert kk_case(month, "locative") == locative
    assert kk_case(month, "dative") == dative
    assert kk_case(month, "attributive") == attributive


def test_dates_as_the_article_writes_them():
    assert date_kk("2022-06-14") == "2022 жылғы 14 маусым"
    assert date_kk("2024-10-07", "locative") == "2024 жылғы 7 қазанда"
    assert date_kk("2024-10-06", "attributive") == "2024 жылғы 6 қазандағы"
    assert date_kk("2023-07-20", end="2023-07-31") == "2023 жылғы 20–31 шілде"


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="unknown case"):
        date_kk("2022-06-14", "genitive")
    with pytest.raises(ValueError, match="within one month"):
        date_kk("2023-07-20", end="2023-08-02")
