"""Tables of the survey findings.

Every setting a table states (design effect, confidence level, base of Tables 1 and 2,
p-value adjustment) is read from the default rows (``is_default``) of the processed
tables, which the pipeline built from the parameters (:mod:`analysis.params`).

Every builder takes ``lang`` (``"en"``, ``"kk"`` or the pseudo-locale): column labels,
notes and category words are the catalog's ``survey-tbl-*`` messages
(``locales/<lang>/survey-tables.ftl``, and ``survey.ftl`` for the words the survey's prose
and charts share); numbers are formatted by the locale layer (:mod:`analysis.i18n`; Kazakh:
decimal comma, no-break space between thousands).
"""

from __future__ import annotations

import re
from statistics import NormalDist

import pandas as pd
from great_tables import GT

from analysis.figures.survey import date_text, level, number, setting
from analysis.i18n import Catalog, catalog
from analysis.i18n.formats import MINUS
from analysis.survey import CHANGE_ROWS, WHOLE_SAMPLE
from analysis.tables.common import STATUS_MARK, base_table, grey_rows

#: Table 2's answers as the processed ``table2_closure.printed`` spells them (the data's
#: words, read to find each printed cell's answer).
PRINTED = {
    "changed for the better": "changed_positive",
    "did not change": "no_change",
    "changed for the worse": "changed_negative",
}


def _id(code: str) -> str:
    """A code as the tail of a message id: ``whole_sample`` → ``whole-sample``."""
    return code.replace("_", "-")


def _columns(loc: Catalog, msg_id: str) -> list[str]:
    """Column headers from a catalog message that separates them with '|'."""
    return loc(msg_id).split("|")


def _minus(loc: Catalog) -> str:
    """The minus sign of the tables' numbers in the language (``survey-tbl-minus``)."""
    return MINUS if MINUS in loc("survey-tbl-minus") else "-"


def _dec(value: float, loc: Catalog, decimals: int = 1) -> str:
    """``value`` with ``decimals`` decimals and the tables' minus sign of the language."""
    return loc.decimal(value, decimals).replace("-", _minus(loc))


def _signed(value: float, loc: Catalog, decimals: int = 1) -> str:
    """'+7.7' ('+7,7' in Kazakh), a negative value with the tables' minus sign. A value
    that is not zero but rounds to zero keeps one more decimal ('+0.03'), so that an
    interval bound shows which side of zero it lies."""
    return loc.signed(value, decimals, true_minus=_minus(loc) == MINUS)


def _scenario(scen: str, loc: Catalog) -> str:
    return loc("survey-scenario-" + _id(scen))


def _method(frame: pd.DataFrame, loc: Catalog) -> str:
    """Name of the default rows' p-value adjustment (e.g. Holm, Холм)."""
    return loc("survey-adjustment-" + _id(_default(frame)["p_adjustment"].iloc[0]))


def _yes(hit: bool, loc: Catalog) -> str:
    return loc("survey-tbl-yes") if hit else loc("survey-tbl-no")


def method_note(frame: pd.DataFrame, lang: str = "en") -> str:
    """The note on intervals and tests of a table built from ``frame``'s default rows."""
    loc = catalog(lang)
    deff, conf = setting(frame)
    note = loc("survey-tbl-method", level=level(conf, lang), deff=number(deff, lang))
    if "p_adjustment" in frame:
        method = frame.loc[frame["is_default"], "p_adjustment"].iloc[0]
        if method != "none":
            note += " " + loc("survey-tbl-method-adj", method=_method(frame, loc))
    return note


def _fmt_ci(low: float, high: float, loc: Catalog) -> str:
    return loc("survey-tbl-range", low=_dec(low, loc), high=_dec(high, loc))


def _fmt_p(p: float, loc: Catalog) -> str:
    return f"< {loc.decimal(0.001, 3)}" if p < 0.001 else loc.decimal(p, 3)


def _default(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["is_default"]]


def _change_text(ch: pd.Series, loc: Catalog) -> str:
    low, high = _signed(ch["ci_low_pp"], loc), _signed(ch["ci_high_pp"], loc)
    interval = loc("survey-tbl-range", low=low, high=high)
    return loc("survey-tbl-change-cell", diff=_signed(ch["diff_pp"], loc), range=interval)


def _relative(ch: pd.Series, loc: Catalog) -> str:
    rel = ch["relative_change_pct"]
    return loc("survey-tbl-na-implied") if pd.isna(rel) else f"{_signed(rel, loc, 0)}%"


def _base_of(frame: pd.DataFrame) -> str:
    """Scenario of the default whole-sample rows (the chosen base of Tables 1 and 2)."""
    d = _default(frame)
    d = d[d["group"] == WHOLE_SAMPLE] if "group" in d else d
    return str(d["size_scenario"].iloc[0])


def distribution_text(
    tests: pd.DataFrame, table_id: str, scenario: str | None = None, lang: str = "en"
) -> str:
    """'χ²(2) = 4.07, p = 0.130' for a table's distribution test (default row, or the row
    of ``scenario`` at the default design effect); Kazakh: 'χ²(2) = 4,07, p = 0,130'."""
    loc = catalog(lang)
    deff, _ = setting(tests)
    t = tests[(tests["table_id"] == table_id) & (tests["design_effect"] == deff)]
    t = t[t["is_default"]] if scenario is None else t[t["size_scenario"] == scenario]
    r = t.iloc[0]
    p = _fmt_p(r["p_value"], loc)
    chi = _dec(r["chi2"], loc, 2)
    return f"χ²({r['dof']}) = {chi}, p {p if p.startswith('<') else '= ' + p}"


def attitude_table(
    attitudes: pd.DataFrame,
    intervals: pd.DataFrame,
    changes: pd.DataFrame,
    tests: pd.DataFrame,
    table_id: str,
    lang: str = "en",
) -> GT:
    """Table 1 or Table 2 with intervals and the 2023 -> 2024 change: one row per answer.

    Parameters
    ----------
    attitudes:
        Processed ``attitude_shares`` (share_pct in percent 0-100, value_status).
    intervals, changes:
        Processed ``survey_intervals`` and ``survey_changes`` (default rows: the build's
        design effect and base of the table).
    tests:
        Processed ``attitude_distribution_tests``: the note gives the table's single test
        of 2023 against 2024 over all three answers.
    table_id:
        ``"table1"`` or ``"table2"``.
    lang:
        The language of the words. Every language shows the answer
        (``survey-tbl-answer-long-*``) beside the article's own Kazakh wording
        (``category_kk``), under the article's table title (``survey-tbl-title-*``).

    Cells carry a mark for their status († inferred, * implied); shares and intervals in
    percent, the change in percentage points (pp) with its interval, the raw and the
    adjusted p-value of the score test, and the relative change (percent of the 2023
    share; not given when a cell is implied).

    Raises
    ------
    ValueError
        If ``table_id`` has no rows.
    """
    loc = catalog(lang)
    df = attitudes[attitudes["table_id"] == table_id]
    if df.empty:
        raise ValueError(f"no rows for table_id={table_id!r} in attitude_shares")
    _, conf = setting(intervals)
    lv = level(conf, lang)
    ci = _default(intervals).set_index(["indicator", "wave_year", "category"])
    ch = _default(changes).set_index(["indicator", "category"])
    rows = []
    for cat in df.sort_values("category_order")["category"].unique():
        r = {}
        for year in (2023, 2024):
            cell = df[(df["category"] == cat) & (df["wave_year"] == year)].iloc[0]
            iv = ci.loc[(table_id, year, cat)]
            r[loc("survey-tbl-answer")] = loc("survey-tbl-answer-long-" + _id(cat))
            r[loc("survey-tbl-answer-kk")] = cell["category_kk"]
            share = loc.pct(cell["share_pct"])
            r[f"{year}"] = f"{share}{STATUS_MARK[cell['value_status']]}"
            r[loc("survey-tbl-year-ci", year=str(year), level=lv)] = _fmt_ci(
                iv["ci_low_pct"], iv["ci_high_pct"], loc
            )
        c = ch.loc[(table_id, cat)]
        r[loc("survey-tbl-change", level=lv)] = _change_text(c, loc)
        r["p"] = _fmt_p(c["p_value"], loc)
        r[loc("survey-tbl-p-adj")] = _fmt_p(c["p_adjusted"], loc)
        r[loc("survey-tbl-relative")] = _relative(c, loc)
        rows.append(r)
    wide = pd.DataFrame(rows)
    title = loc("survey-tbl-title-" + table_id)
    base = _base_of(intervals[intervals["indicator"] == table_id])
    n = _default(intervals[intervals["indicator"] == table_id]).drop_duplicates("wave_year")
    n = dict(zip(n["wave_year"], n["respondents"], strict=True))
    implied = (df["value_status"] == "implied").any()
    source = loc(
        "survey-tbl-attitude-source",
        base=_scenario(base, loc),
        n2023=loc.count(n[2023]),
        n2024=loc.count(n[2024]),
        estimates="yes" if base == "aware" else "no",
        test=distribution_text(tests, table_id, lang=lang),
        implied="yes" if implied else "no",
    )
    return base_table(
        wide,
        title=title,
        source=" ".join(
            t
            for t in (
                source,
                loc(
                    "survey-tbl-status-note",
                    inferred="yes" if (df["value_status"] == "inferred").any() else "no",
                    implied="yes" if implied else "no",
                ).strip(),
                method_note(changes, lang),
            )
            if t
        ),
    )


def awareness_table(
    awareness: pd.DataFrame, intervals: pd.DataFrame, changes: pd.DataFrame, lang: str = "en"
) -> GT:
    """Awareness by age group with ESTIMATED respondents, intervals and the change.

    Parameters
    ----------
    awareness:
        Processed ``awareness_by_age`` (share_pct in percent, value_status).
    intervals, changes:
        Processed ``survey_intervals`` / ``survey_changes`` (default rows: the build's
        design effect and age-group sizes, see ``age_group_sizes``).
    lang:
        The language of the words (``survey-tbl-*`` messages).
    """
    loc = catalog(lang)
    _, conf = setting(intervals)
    lv = level(conf, lang)
    ci = _default(intervals)
    ci = ci[ci["indicator"] == "awareness"].set_index(["wave_year", "group"])
    ch = _default(changes)
    ch = ch[ch["indicator"] == "awareness"].set_index("group")
    rows = []
    for group in awareness["age_group"].unique():
        r = {loc("survey-tbl-age"): group}
        for year in (2023, 2024):
            cell = awareness[
                (awareness["age_group"] == group) & (awareness["wave_year"] == year)
            ].iloc[0]
            iv = ci.loc[(year, group)]
            r[loc("survey-tbl-n-est", year=str(year))] = "≈" + loc.count(iv["respondents"])
            share = loc.pct(cell["share_pct"])
            r[loc("survey-tbl-share-y", year=str(year))] = (
                f"{share}{STATUS_MARK[cell['value_status']]}"
            )
            r[loc("survey-tbl-ci-y", year=str(year), level=lv)] = _fmt_ci(
                iv["ci_low_pct"], iv["ci_high_pct"], loc
            )
        c = ch.loc[group]
        r[loc("survey-tbl-change", level=lv)] = _change_text(c, loc)
        r["p"] = _fmt_p(c["p_value"], loc)
        r[loc("survey-tbl-p-adj")] = _fmt_p(c["p_adjusted"], loc)
        r[loc("survey-tbl-relative")] = _relative(c, loc)
        rows.append(r)
    return base_table(
        pd.DataFrame(rows),
        source=loc("survey-tbl-awareness-source") + " " + method_note(changes, lang),
    )


def awareness_overall_table(overall: pd.DataFrame, lang: str = "en") -> GT:
    """ESTIMATED share of each wave aware of the Kurultai, with its interval, and the
    aware respondents it implies (the base of Tables 1 and 2 when they count the aware).

    ``overall`` is the processed ``awareness_overall``; rows: its default age-size method
    at every design effect of the build (percent; respondents). ``lang``: the language of
    the words.
    """
    loc = catalog(lang)
    deff, conf = setting(overall)
    method = _default(overall)["age_size_method"].iloc[0]
    d = overall[overall["age_size_method"] == method]
    rows = []
    for year, wave in d.groupby("wave_year"):
        r = {
            loc("survey-tbl-wave"): str(year),
            loc("survey-tbl-respondents"): loc.count(wave["respondents"].iloc[0]),
            loc("survey-tbl-aware-est"): loc.pct(wave["share_pct"].iloc[0]),
        }
        for row in wave.sort_values("design_effect").itertuples():
            head = loc(
                "survey-tbl-ci-deff",
                level=level(conf, lang),
                deff=number(row.design_effect, lang),
                build="yes" if row.design_effect == deff else "no",
            )
            r[head] = _fmt_ci(row.ci_low_pct, row.ci_high_pct, loc)
        r[loc("survey-tbl-aware-n-est")] = "≈" + loc.count(wave["aware_respondents_est"].iloc[0])
        rows.append(r)
    name = _scenario(method, loc) if loc.has("survey-scenario-" + _id(method)) else method
    return base_table(pd.DataFrame(rows), source=loc("survey-tbl-overall-source", method=name))


def base_readings_table(changes: pd.DataFrame, tests: pd.DataFrame, lang: str = "en") -> GT:
    """Every change of Tables 1 and 2 under both bases: the whole sample and the aware.

    ``changes`` is the processed ``survey_changes``, ``tests`` the processed
    ``attitude_distribution_tests``; both at the build's design effect. Per base: the
    interval of the change (pp), raw and adjusted p, and the verdict; last two rows: the
    single test of each table over all three answers. The chosen base (parameter
    ``table_base``) is marked in the column headers. ``lang``: the language of the words.
    """
    loc = catalog(lang)
    deff, conf = setting(changes)
    lv = level(conf, lang)
    chosen = _base_of(changes)
    key = ["indicator", "group", "category"]
    at = changes[(changes["design_effect"] == deff) & (changes["group"] == WHOLE_SAMPLE)]
    change_col, pp = loc("survey-tbl-change-col"), loc("unit-pp")

    def head(scen: str) -> str:
        return loc(
            "survey-tbl-base-head",
            base=_scenario(scen, loc),
            chosen="yes" if scen == chosen else "no",
        )

    rows = []
    for k, row in CHANGE_ROWS.items():
        if k[1] != WHOLE_SAMPLE:
            continue
        sub = at[(at[key] == pd.Series(k, index=key)).all(axis=1)].set_index("size_scenario")
        r = {
            change_col: loc("survey-tbl-change-" + row),
            pp: _signed(sub["diff_pp"].iloc[0], loc),
        }
        for scen in ("aware", "reported"):
            c = sub.loc[scen]
            h = head(scen)
            verdict = _yes(c["exceeds_sampling_error"], loc)
            verdict_adj = _yes(c["exceeds_after_adjustment"], loc)
            r[loc("survey-tbl-head-ci", head=h, level=lv)] = _fmt_ci(
                c["ci_low_pp"], c["ci_high_pp"], loc
            )
            r[loc("survey-tbl-head-p", head=h)] = (
                f"{_fmt_p(c['p_value'], loc)} / {_fmt_p(c['p_adjusted'], loc)}"
            )
            r[loc("survey-tbl-head-exceeds", head=h)] = f"{verdict} / {verdict_adj}"
        rows.append(r)
    t = tests[tests["design_effect"] == deff].set_index(["table_id", "size_scenario"])
    for table_id in ("table1", "table2"):
        r = {change_col: loc("survey-tbl-" + table_id + "-all"), pp: "—"}
        for scen in ("aware", "reported"):
            c = t.loc[(table_id, scen)]
            h = head(scen)
            r[loc("survey-tbl-head-ci", head=h, level=lv)] = (
                f"χ²({c['dof']}) = {_dec(c['chi2'], loc, 2)}"
            )
            r[loc("survey-tbl-head-p", head=h)] = f"{_fmt_p(c['p_value'], loc)} / —"
            r[loc("survey-tbl-head-exceeds", head=h)] = (
                _yes(c["exceeds_sampling_error"], loc) + " / —"
            )
        rows.append(r)
    n = at[at["design_effect"] == deff].drop_duplicates("size_scenario")
    n = n.set_index("size_scenario")
    whole = n.loc["reported"]
    source = loc(
        "survey-tbl-base-source",
        a2023=loc.count(n.loc["aware", "respondents_2023"]),
        a2024=loc.count(n.loc["aware", "respondents_2024"]),
        w2023=loc.count(whole["respondents_2023"]),
        w2024=loc.count(whole["respondents_2024"]),
        alpha=number(1 - conf, lang),
    )
    return base_table(
        pd.DataFrame(rows),
        source=source + " " + method_note(changes, lang),
    )


def age_group_sizes_table(sizes: pd.DataFrame, lang: str = "en") -> GT:
    """The ESTIMATED respondents per age group and wave, with the population behind them.

    ``sizes`` is the processed ``age_group_sizes`` (population in thousands, share in
    percent of the population aged 18 and over, respondents as estimates). ``lang``: the
    language of the words.
    """
    loc = catalog(lang)
    df = pd.DataFrame(
        {
            "Wave": [
                loc("survey-tbl-midpoint", year=str(y), date=date_text(m, lang, short=True))
                for y, m in zip(sizes["wave_year"], sizes["fieldwork_midpoint"], strict=True)
            ],
            "Group": sizes["age_group"],
            "Population": [loc.count(v) for v in sizes["population_thousands"]],
            "Share": [loc.pct(v) for v in sizes["population_share_pct"]],
            "n": [
                loc("survey-tbl-of", value=loc.count(v), total=loc.count(t))
                for v, t in zip(sizes["respondents_est"], sizes["respondents_wave"], strict=True)
            ],
        }
    )
    df.columns = _columns(loc, "survey-tbl-sizes-columns")
    return base_table(df, source=loc("survey-tbl-sizes-source"))


def design_effect_table(intervals: pd.DataFrame, lang: str = "en") -> GT:
    """Margin of error (pp) of every share under each design effect of the build.

    ``intervals`` is the processed ``survey_intervals``; rows use the build's base of
    Tables 1 and 2 and age-group sizes (the scenarios of the default rows). ``lang``: the
    language of the words.
    """
    loc = catalog(lang)
    deff, conf = setting(intervals)
    aware_base = _base_of(intervals) == "aware"
    scen = _default(intervals)[["indicator", "group", "category", "wave_year", "size_scenario"]]
    df = intervals.merge(scen, on=list(scen.columns))
    grid = sorted(set(df["design_effect"]))
    wide = df.pivot_table(
        index=["indicator", "group", "category", "wave_year", "share_pct", "respondents"],
        columns="design_effect",
        values="moe_pp",
        sort=False,
    ).reset_index()
    out = pd.DataFrame(
        {
            loc("survey-tbl-finding"): wide["indicator"].map(
                lambda i: loc("survey-tbl-finding-" + i)
            ),
            loc("survey-tbl-group-answer"): [
                loc("survey-tbl-age-g", group=g)
                if i == "awareness"
                else loc("survey-tbl-answer-" + _id(c))
                for i, g, c in zip(wide["indicator"], wide["group"], wide["category"], strict=True)
            ],
            loc("survey-tbl-wave"): wide["wave_year"].astype(str),
            loc("survey-tbl-share"): [loc.pct(v) for v in wide["share_pct"]],
            "n": [
                ("≈" if i == "awareness" or aware_base else "") + loc.count(n)
                for i, n in zip(wide["indicator"], wide["respondents"], strict=True)
            ],
            **{
                loc("survey-tbl-moe-col", deff=number(d, lang)): [_dec(v, loc) for v in wide[d]]
                for d in grid
            },
        }
    )
    z = NormalDist().inv_cdf(0.5 + conf / 2)
    return base_table(
        out,
        source=loc(
            "survey-tbl-deff-source",
            level=level(conf, lang),
            z=_dec(z, loc, 2),
            deff=number(deff, lang),
            base=_scenario(_base_of(intervals), loc),
        ),
    )


def sensitivity_table(changes: pd.DataFrame, lang: str = "en") -> GT:
    """Which changes exceed sampling error under each design effect, base and age size.

    ``changes`` is the processed ``survey_changes``. Columns: each design effect of the
    build with the default scenarios; then, at the build's design effect, the verdict
    after the p-value adjustment, the other base of Tables 1 and 2, and the age-group n
    20% smaller, 20% larger, or n/3 per group. A cell reads "yes" when the interval of the
    change excludes zero, with the p-value of the score test. ``lang``: the language of
    the words.
    """
    loc = catalog(lang)
    key = ["indicator", "group", "category"]
    deff, conf = setting(changes)
    chosen = _base_of(changes)
    other_base = "reported" if chosen == "aware" else "aware"
    method = _method(changes, loc)
    grid = sorted(set(changes["design_effect"]))

    def cell(sub: pd.DataFrame, *, adjusted: bool = False) -> str:
        if sub.empty:
            return loc("survey-tbl-na")
        r = sub.iloc[0]
        hit = r["exceeds_after_adjustment"] if adjusted else r["exceeds_sampling_error"]
        p = r["p_adjusted"] if adjusted else r["p_value"]
        return loc("survey-tbl-cell", verdict=_yes(hit, loc), p=_fmt_p(p, loc))

    scen = _default(changes)[[*key, "size_scenario"]]
    rows = []
    for k, row in CHANGE_ROWS.items():
        sub = changes[(changes[key] == pd.Series(k, index=key)).all(axis=1)]
        central = sub.merge(scen, on=[*key, "size_scenario"])
        at_default = sub[sub["design_effect"] == deff]
        r = {
            loc("survey-tbl-change-col"): loc("survey-tbl-change-" + row),
            loc("unit-pp"): _signed(sub["diff_pp"].iloc[0], loc),
        }
        for d in grid:
            head = loc(
                "survey-tbl-deff-col", deff=number(d, lang), build="yes" if d == deff else "no"
            )
            r[head] = cell(central[central["design_effect"] == d])
        r[loc("survey-tbl-adj-col", method=method)] = cell(
            central[central["design_effect"] == deff], adjusted=True
        )
        r[_scenario(other_base, loc)] = cell(at_default[at_default["size_scenario"] == other_base])
        for s in ("wpp2024_minus20", "wpp2024_plus20", "equal_thirds"):
            r[_scenario(s, loc)] = cell(at_default[at_default["size_scenario"] == s])
        rows.append(r)
    return base_table(
        pd.DataFrame(rows),
        source=loc(
            "survey-tbl-sens-source",
            level=level(conf, lang),
            alpha=number(1 - conf, lang),
            base=_scenario(chosen, loc),
            deff=number(deff, lang),
            method=method,
        ),
    )


def _printed(text: str, loc: Catalog) -> str:
    """The processed ``table2_closure.printed`` ('changed for the better 46.1 + did not
    change 47.3') in the language's words (``survey-tbl-printed-*``) and numbers."""
    cells = []
    for part in text.split(" + "):
        words, value = re.fullmatch(r"(.+) (\d+(?:\.\d+)?)", part).groups()
        decimals = len(value.partition(".")[2])
        cells.append(
            loc("survey-tbl-printed-" + _id(PRINTED[words]))
            + " "
            + _dec(float(value), loc, decimals)
        )
    return " + ".join(cells)


def table2_closure_table(closure: pd.DataFrame, lang: str = "en") -> GT:
    """How Table 2's missing cells follow from the printed ones (shares in percent).

    ``closure`` is the processed ``table2_closure``; ``lang``: the language of the words.
    """
    loc = catalog(lang)
    df = pd.DataFrame(
        {
            "Wave": closure["wave_year"].astype(str),
            "Printed": [_printed(t, loc) for t in closure["printed"]],
            "Sum": [_dec(v, loc) for v in closure["printed_sum_pct"]],
            "Missing": [loc("survey-tbl-answer-" + _id(c)) for c in closure["missing_category"]],
            "Implied": [_dec(v, loc) for v in closure["implied_pct"]],
            # If some said 'hard to say': from none of the missing share to all of it.
            "Range": [
                loc("survey-tbl-range", low=loc.number(0), high=_dec(v, loc))
                for v in closure["implied_pct"]
            ],
            "Lines": closure["locator"],
        }
    )
    df.columns = _columns(loc, "survey-tbl-closure-columns")
    return base_table(df, source=loc("survey-tbl-closure-source"))


def year_order_table(readings: pd.DataFrame, lang: str = "en") -> GT:
    """The two readings of '70,6%/76,1%' and what each wave sums to (percent, pp).

    ``readings`` is the processed ``year_order_readings``; ``lang``: the language of the
    words. Each reading is labelled from its shares ('A: 76.1 in 2023, 70.6 in 2024';
    Kazakh 'А: 2023 ж. 76,1, 2024 ж. 70,6').
    """
    loc = catalog(lang)
    pos = readings.set_index(["reading", "wave_year"])["positive_pct"]
    labels = [
        loc("survey-tbl-reading-" + r.lower())
        + ": "
        + loc(
            "survey-tbl-reading-label",
            year_1="2023",
            share_1=_dec(pos[(r, 2023)], loc),
            year_2="2024",
            share_2=_dec(pos[(r, 2024)], loc),
        )
        for r in readings["reading"]
    ]
    verdict = {True: loc("survey-tbl-order-chosen"), False: loc("survey-tbl-order-rejected")}
    pp = loc("unit-pp")
    df = pd.DataFrame(
        {
            "Reading": pd.Series(labels, index=readings.index),
            "Wave": readings["wave_year"].astype(str),
            "Positive": [_dec(v, loc) for v in readings["positive_pct"]],
            "Neutral": [_dec(v, loc) for v in readings["neutral_pct"]],
            "Negative": [_dec(v, loc) for v in readings["negative_pct"]],
            "Sum": [_dec(v, loc) for v in readings["total_pct"]],
            "Gap": [f"{_signed(v, loc)} {pp}" for v in readings["gap_pp"]],
            "Change": [f"{_signed(v, loc)} {pp}" for v in readings["positive_change_pp"]],
            "Verdict": readings["chosen"].map(verdict),
        }
    )
    df.columns = _columns(loc, "survey-tbl-order-columns")
    gt = base_table(df, source=loc("survey-tbl-order-source"))
    return grey_rows(gt, ~readings["chosen"])
