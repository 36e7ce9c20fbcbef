"""The claims audit: every number the article states, recomputed from the data.

Source: data/raw/article/claims.csv, one row per claim (seed file, line range, a short exact
quote, our English paraphrase, the printed value, its unit and rounding tolerance, and how
to check it). :func:`evaluate` runs each claim's check on the processed tables (and, for
the few raw tables that have no processed form, the validated raw tables) and gives it a
status:

``reproduced``
    a recomputed or cross-checked claim (``check_kind`` ``recomputed`` or ``cross_checked``)
    whose check gives the printed value, within the printed rounding (``tolerance``);
``read_back``
    a transcribed claim (``check_kind`` ``transcribed``) found as printed in our own
    transcription: the transcription is faithful, but nothing independent confirms the
    number, so it does not count as reproduced;
``inconsistent``
    the data give another value; ``data_value`` and ``data_says`` say which;
``not_reproducible``
    nothing in the package can check it (``check_kind`` is ``none``); ``data_says`` names
    what is missing.

Inconsistent claims that fail for the same reason share a ``problem_id``; :func:`problems`
counts each problem once.

A check (``check_spec``) is either a lookup, ``table[col=value, ...].column|aggregate``
(filters, column and aggregate optional: ``count``, ``nunique``, ``min``, ``max``), or a
named function of :data:`CHECK_FUNCTIONS`, ``fn:name`` or ``fn:name(argument)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from analysis.errors import PipelineError, Problem
from analysis.outputs import Output, RawTables
from analysis.paths import raw_label
from analysis.schemas.common import ROUNDING_TOLERANCE_PP, table_check
from analysis.schemas.raw import ClaimsRaw

RAW_PATH = "article/claims.csv"
STATUSES = ["reproduced", "read_back", "inconsistent", "not_reproducible"]
#: The check kinds whose agreement counts as reproduced (the others: ``transcribed`` gives
#: ``read_back``; ``none`` gives ``not_reproducible``).
REPRODUCING_KINDS = ("recomputed", "cross_checked")

_LOOKUP = re.compile(
    r"^(?P<table>\w+)(?:\[(?P<filters>[^\]]*)\])?(?:\.(?P<column>\w+))?(?:\|(?P<agg>\w+))?$"
)
_FUNCTION = re.compile(r"^fn:(?P<name>\w+)(?:\((?P<arg>[^)]*)\))?$")


@dataclass(frozen=True)
class Finding:
    """What the data say for one claim: a value (number, text or ``None``) and a sentence."""

    value: float | str | None
    says: str


class ClaimsLedger(ClaimsRaw):
    """The claims audit, one row per claim. Key: ``claim_id``. The raw columns of
    data/raw/article/claims.csv plus what the data say and the resulting status."""

    data_value: str = pa.Field(
        nullable=True,
        description="The value the check finds in the data, as text (words in English).",
    )
    status: str = pa.Field(
        isin=STATUSES,
        description=(
            "reproduced: a recomputed or cross-checked claim whose check gives the printed "
            "value within the tolerance; read_back: a transcribed claim found as printed in "
            "our own transcription (not counted as reproduced); inconsistent: the check gives "
            "another value; not_reproducible: nothing in the package can check it."
        ),
    )
    data_says: str = pa.Field(
        description="What the data say, in a sentence, with the source (in English)."
    )

    class Config:
        strict = True
        ordered = True

    @table_check("status is not_reproducible exactly when check_kind is none")
    def _none_means_not_reproducible(cls, df: pd.DataFrame) -> pd.Series:
        return (df["check_kind"] == "none") == (df["status"] == "not_reproducible")

    @table_check("status is reproduced only for a recomputed or cross_checked claim")
    def _reproduced_needs_independent_check(cls, df: pd.DataFrame) -> pd.Series:
        return (df["status"] != "reproduced") | df["check_kind"].isin(REPRODUCING_KINDS)

    @table_check("status is read_back only for a transcribed claim")
    def _read_back_means_transcribed(cls, df: pd.DataFrame) -> pd.Series:
        return (df["status"] != "read_back") | (df["check_kind"] == "transcribed")


# --- lookups ---------------------------------------------------------------------------------


def _table(name: str, raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    if name in built:
        return built[name]
    matches = [key for key in raw if Path(key).stem == name]
    if len(matches) == 1:
        return raw[matches[0]]
    raise KeyError(f"no processed or raw table named '{name}'")


def _as_text(series: pd.Series) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(series):
        return series.dt.strftime("%Y-%m-%d")
    return series.map(_fmt)


def _fmt(value: object) -> str:
    """A value as the ledger prints it: ISO dates, integers without '.0', at most 2 decimals."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        number = float(value)
        if number.is_integer():
            return str(int(number))
        return f"{number:.2f}".rstrip("0").rstrip(".")
    return str(value)


def lookup(spec: str, raw: RawTables, built: dict[str, pd.DataFrame]) -> Finding:
    """Run a lookup spec ``table[col=value, ...].column|aggregate`` (see module docstring).

    Without an aggregate the filters must leave exactly one row. Raises ``ValueError`` for a
    malformed spec, ``KeyError`` for an unknown table or column, and ``LookupError`` when a
    plain lookup does not find exactly one row.
    """
    m = _LOOKUP.match(spec)
    if not m:
        raise ValueError(f"malformed check spec '{spec}'")
    frame = _table(m["table"], raw, built)
    where = []
    for item in filter(None, (f.strip() for f in (m["filters"] or "").split(","))):
        col, _, value = item.partition("=")
        if col not in frame.columns:
            raise KeyError(f"table '{m['table']}' has no column '{col}'")
        frame = frame[_as_text(frame[col]) == value]
        where.append(f"{col} = {value}")
    column, agg = m["column"], m["agg"]
    if column is not None and column not in frame.columns:
        raise KeyError(f"table '{m['table']}' has no column '{column}'")
    label = m["table"] + (f" ({', '.join(where)})" if where else "")
    if agg == "count":
        return Finding(len(frame), f"{len(frame)} rows in {label}")
    if agg in {"nunique", "min", "max"}:
        value = getattr(frame[column], agg)()
        return Finding(_num(value), f"{agg} of {label}.{column} = {_fmt(value)}")
    if agg is not None:
        raise ValueError(f"unknown aggregate '{agg}' in '{spec}'")
    if len(frame) != 1 or column is None:
        raise LookupError(f"'{spec}' selects {len(frame)} rows, not one value")
    value = frame[column].iloc[0]
    return Finding(_num(value), f"{label}.{column} = {_fmt(value)}")


def _num(value: object) -> float | str | None:
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, bool):
        return str(value)
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None if pd.isna(value) else str(value)


# --- named checks ----------------------------------------------------------------------------


def _fieldwork(raw: RawTables, built: dict, year: str) -> Finding:
    row = built["survey_waves"].set_index("wave_year").loc[int(year)]
    value = f"{row.fieldwork_start:%Y-%m-%d}..{row.fieldwork_end:%Y-%m-%d}"
    return Finding(value, f"survey_waves ({year}): fieldwork {value}")


def _decree(built: dict) -> pd.Timestamp:
    facts = built["kurultai_facts"].set_index("fact_id")["value"]
    return pd.Timestamp(facts["decree_date"])


def _years_active(raw: RawTables, built: dict, _: str = "") -> Finding:
    """Years from the decree to the article's latest dated event, the last meeting of
    Table 3 (meetings_log): the endpoint of "about/almost N years", the article not dating
    its writing. Where ``built`` has ``sessions`` (public/sessions.csv), the sentence also
    gives the years to the first session after that meeting, which the article does not
    mention: the latest plausible time of writing."""
    decree, last = _decree(built), built["meetings_log"]["meeting_date"].max()
    years = (last - decree).days / 365.25
    says = (
        f"{years:.2f} years from the decree ({decree:%Y-%m-%d}) to the last meeting in "
        f"Table 3 ({last:%Y-%m-%d}), the article's latest dated event"
    )
    sessions = built.get("sessions")
    later = None if sessions is None else sessions[sessions["plenary_date"] > last]
    if later is None or later.empty:
        return Finding(years, says + " (meetings_log)")
    nxt = later.sort_values("plenary_date").iloc[0]
    to_next = (nxt["plenary_date"] - decree).days / 365.25
    return Finding(
        years,
        f"{says}; {to_next:.2f} years to the next event, which the article does not mention, "
        f"session {nxt['session']} ({nxt['plenary_date']:%Y-%m-%d}) (meetings_log, "
        "public/sessions.csv)",
    )


def _figure1_coverage(raw: RawTables, built: dict, _: str = "") -> Finding:
    roster = raw["public/roster_candidates.csv"]
    facts = built["kurultai_facts"].set_index("fact_id")["value"]
    ever = int(facts["initial_members"]) + int(facts["rotation_newcomers"])
    says = (
        f"the public partial roster (public/roster_candidates.csv) names {len(roster)} of about "
        f"{ever} members ever appointed (117 initial + 32 newcomers)"
    )
    partial = built.get("members_by_field")
    if partial is not None and {"bar_kind", "persons"} <= set(partial.columns):
        known = int(partial.loc[partial["bar_kind"] == "field", "persons"].sum())
        says += (
            f"; members_by_field rebuilds Figure 1 in part, for the {known} whose field is known"
        )
    return Finding(None, says)


def _session_days(raw: RawTables, built: dict, _: str = "") -> Finding:
    s = built["sessions"].dropna(subset=["sections_date"])
    days = ((s["plenary_date"] - s["sections_date"]).dt.days + 1).unique()
    value: float | str = float(days[0]) if len(days) == 1 else ";".join(map(str, sorted(days)))
    return Finding(
        value,
        f"sessions {', '.join(s['session'])}: sections the day before the plenary "
        f"({_fmt(value)} days; public/sessions.csv); session I has no section day",
    )


def _first_session_with_sections(raw: RawTables, built: dict, n: str) -> Finding:
    s = built["sessions"]
    with_n = s[s["sections"].fillna(-1) == int(n)]
    if with_n.empty:
        return Finding("none", f"no session has {n} sections in public/sessions.csv")
    first = with_n.sort_values("session_number")["session"].iloc[0]
    return Finding(
        first,
        f"public sources give {n} sections for sessions {', '.join(with_n['session'])} "
        "and no section count for the earlier ones (public/sessions.csv)",
    )


def _people(rows: pd.DataFrame) -> str:
    return "; ".join(
        f"{r.meeting_date:%Y-%m-%d} {r.name_latin}"
        for r in rows.sort_values(["meeting_date", "person_order"]).itertuples()
    )


def _meetings_before_decree(raw: RawTables, built: dict, _: str = "") -> Finding:
    log = built["meetings_log"]
    early = log[log["before_decree"]]
    n = early["meeting_id"].nunique()
    return Finding(
        n,
        f"{n} meetings of Table 3 are dated before the decree of {_decree(built):%Y-%m-%d} "
        f"({_people(early)}; meetings_log)",
    )


def _meetings_before_first_session(raw: RawTables, built: dict, _: str = "") -> Finding:
    log, sessions = built["meetings_log"], built["sessions"]
    first = sessions.sort_values("session_number")["plenary_date"].iloc[0]
    early = log[log["meeting_date"] < first]
    n = early["meeting_id"].nunique()
    return Finding(
        n,
        f"{n} meetings of Table 3 are dated before session I ({first:%Y-%m-%d}, "
        f"public/sessions.csv): {_people(early)}",
    )


def _last_session_before(raw: RawTables, built: dict, date: str) -> Finding:
    s = built["sessions"].sort_values("plenary_date")
    day = pd.Timestamp(date)
    before = s[s["plenary_date"] < day]
    if before.empty:
        return Finding("none", f"no session met before {day:%Y-%m-%d} (public/sessions.csv)")
    last = before.iloc[-1]
    return Finding(
        last["session"],
        f"the last session before {day:%Y-%m-%d} is session {last['session']}, plenary "
        f"{last['plenary_date']:%Y-%m-%d} in {last['place'].split(' (')[0]} (public/sessions.csv)",
    )


def _sessions_per_year(raw: RawTables, built: dict, _: str = "") -> Finding:
    """Sessions per calendar year ("annual sessions", line 59), counted over the full years
    from the first session's to the one before the article's latest dated event (the last
    meeting of Table 3): ``1`` when every such year has exactly one session, else the counts
    joined by ";" (public/sessions.csv, processed ``sessions``)."""
    s = built["sessions"].sort_values("plenary_date")
    last = built["meetings_log"]["meeting_date"].max()
    years = range(int(s["plenary_date"].dt.year.min()), int(last.year))
    counts = {y: s[s["plenary_date"].dt.year == y] for y in years}
    value: int | str = (
        1
        if all(len(g) == 1 for g in counts.values())
        else ";".join(str(len(g)) for g in counts.values())
    )
    listing = "; ".join(
        f"{y}: "
        + (", ".join(f"{r.session} ({r.plenary_date:%Y-%m-%d})" for r in g.itertuples()) or "none")
        for y, g in counts.items()
    )
    return Finding(
        value,
        f"sessions by year up to the article's latest dated event ({last:%Y-%m-%d}): {listing} "
        "(public/sessions.csv)",
    )


def _person_meetings(built: dict, person_id: str) -> pd.DataFrame:
    log = built["meetings_log"]
    rows = log[log["person_id"] == person_id]
    if rows.empty:
        raise LookupError(f"person '{person_id}' has no meeting in meetings_log")
    return rows.drop_duplicates("meeting_id")


def _meeting_years(raw: RawTables, built: dict, person_id: str) -> Finding:
    rows = _person_meetings(built, person_id)
    years = ";".join(str(y) for y in sorted(rows["meeting_date"].dt.year.unique()))
    dates = ", ".join(rows["meeting_date"].dt.strftime("%Y-%m-%d"))
    name = rows["name_latin"].iloc[0]
    return Finding(years, f"Table 3 dates the meetings with {name} {dates} (meetings_log)")


def _meeting_years_among(raw: RawTables, built: dict, arg: str) -> Finding:
    """``arg`` is ``person_id:Y1;Y2``, the years an example of repeat receptions of members
    names. The value is those of the named years in which Table 3 has a meeting with the
    person from the decree on (a meeting before the Kurultai existed is not a meeting with
    its member), so it equals the printed years when every named year is such a year;
    ``says`` names the pre-decree meetings and any year of the table the example leaves out,
    an omission rather than an error, since the prose gives examples ("Мәселен")."""
    person_id, _, named = arg.partition(":")
    rows = _person_meetings(built, person_id)
    member = rows[~rows["before_decree"]]
    table = sorted({str(y) for y in member["meeting_date"].dt.year})
    cited = [y for y in named.split(";") if y]
    found = ";".join(y for y in cited if y in table)
    left = [y for y in table if y not in cited]
    dates = ", ".join(rows["meeting_date"].dt.strftime("%Y-%m-%d"))
    name = rows["name_latin"].iloc[0]
    says = f"Table 3 dates the meetings with {name} {dates} (meetings_log)"
    early = rows.loc[rows["before_decree"], "meeting_date"].dt.strftime("%Y-%m-%d").tolist()
    if early:
        says += (
            f"; {', '.join(early)} is before the decree, not a meeting with a member, so from "
            f"the decree his years are {', '.join(table)}"
        )
    if left:
        says += f"; the example leaves out {', '.join(left)} (an omission, not a wrong year)"
    return Finding(found, says)


def _meeting_count(raw: RawTables, built: dict, person_id: str) -> Finding:
    rows = _person_meetings(built, person_id)
    dates = ", ".join(rows["meeting_date"].dt.strftime("%Y-%m-%d"))
    name = rows["name_latin"].iloc[0]
    return Finding(
        len(rows), f"Table 3 has {len(rows)} meetings with {name}: {dates} (meetings_log)"
    )


def _awareness(built: dict) -> pd.DataFrame:
    return built["awareness_by_age"].pivot(
        index="age_group", columns="wave_year", values="share_pct"
    )


def _relative_growth(raw: RawTables, built: dict, group: str) -> Finding:
    a = _awareness(built).loc[group]
    pp, rel = a[2024] - a[2023], (a[2024] - a[2023]) / a[2023] * 100
    return Finding(
        rel,
        f"{group}: {a[2023]:.1f}% in 2023 and {a[2024]:.1f}% in 2024, a rise of {pp:.1f} "
        f"percentage points, which is a relative growth of {rel:.1f}% (awareness_by_age)",
    )


def _awareness_change(raw: RawTables, built: dict, group: str) -> Finding:
    a = _awareness(built).loc[group]
    pp, rel = a[2024] - a[2023], (a[2024] - a[2023]) / a[2023] * 100
    return Finding(
        pp,
        f"{group}: {a[2023]:.1f}% in 2023 and {a[2024]:.1f}% in 2024, a rise of {pp:.1f} "
        f"percentage points (as a relative growth it would be {rel:.1f}%; awareness_by_age)",
    )


def age_lead_margins(awareness: pd.DataFrame, intervals: pd.DataFrame) -> pd.DataFrame:
    """Per wave, the age group with the highest awareness, its lead over the next group, and
    whether that lead exceeds its margin of error.

    Parameters
    ----------
    awareness:
        Processed ``awareness_by_age`` (``wave_year``, ``age_group``, ``share_pct`` 0-100).
    intervals:
        Processed ``survey_intervals``; only the default rows (``is_default``) of indicator
        ``awareness`` are read (``moe_pp``, ``design_effect``, ``confidence_level``), so the
        margins follow the build's parameters.

    Returns one row per wave (int ``wave_year``, ascending) with ``leader`` and ``runner_up``
    (age groups), ``leader_pct`` and ``runner_up_pct`` (percent), ``gap_pp`` (pp),
    ``moe_gap_pp`` (margin of error of the gap in pp: the square root of the sum of the two
    groups' squared margins, the groups being independent subsamples), ``within_moe``
    (bool: the gap is no larger than its margin), ``design_effect`` and
    ``confidence_level`` (proportion 0-1) of those rows. Raises ``KeyError`` when a group
    has no default interval row.
    """
    default = intervals[intervals["is_default"] & (intervals["indicator"] == "awareness")]
    moe = default.set_index(["wave_year", "group"])
    rows = []
    for year, g in awareness.groupby("wave_year"):
        top = g.sort_values("share_pct", ascending=False).head(2)
        (lead, lead_pct), (second, second_pct) = top[["age_group", "share_pct"]].itertuples(
            index=False
        )
        m1, m2 = (moe.loc[(year, grp)] for grp in (lead, second))
        gap, moe_gap = lead_pct - second_pct, float((m1.moe_pp**2 + m2.moe_pp**2) ** 0.5)
        rows.append(
            {
                "wave_year": int(year),
                "leader": lead,
                "runner_up": second,
                "leader_pct": float(lead_pct),
                "runner_up_pct": float(second_pct),
                "gap_pp": round(float(gap), 4),
                "moe_gap_pp": round(moe_gap, 4),
                "within_moe": bool(gap <= moe_gap),
                "design_effect": float(m1.design_effect),
                "confidence_level": float(m1.confidence_level),
            }
        )
    return pd.DataFrame(rows).sort_values("wave_year").reset_index(drop=True)


def _highest_age_group(raw: RawTables, built: dict, _: str = "") -> Finding:
    top = _awareness(built).idxmax()
    value = top.iloc[0] if len(set(top)) == 1 else "; ".join(f"{y}: {g}" for y, g in top.items())
    says = "highest awareness: " + "; ".join(f"{y}: {g}" for y, g in top.items())
    if "survey_intervals" in built:
        margins = age_lead_margins(built["awareness_by_age"], built["survey_intervals"])
        parts = [
            f"in {r.wave_year} {r.leader} leads {r.runner_up} by {r.gap_pp:.1f} percentage points, "
            + ("within" if r.within_moe else "beyond")
            + f" the margin of error of that gap (±{r.moe_gap_pp:.1f} points)"
            for r in margins.itertuples()
        ]
        r0 = margins.iloc[0]
        says += (
            "; " + "; ".join(parts) + f" ({r0.confidence_level * 100:g}% level, design effect "
            f"{r0.design_effect:g}; awareness_by_age, survey_intervals)"
        )
    else:
        says += " (awareness_by_age)"
    return Finding(value, says)


def _table1_positive_pair(raw: RawTables, built: dict, _: str = "") -> Finding:
    r = built["year_order_readings"]
    pair = sorted(r["positive_pct"].unique())
    feasible = r[r["feasible"]]
    totals = {
        reading: ", ".join(f"{t:.1f}" for t in g.sort_values("wave_year")["total_pct"])
        for reading, g in r.groupby("reading")
    }
    detail = "; ".join(
        f"{g['reading_label'].iloc[0]} closes the waves at {totals[k]}"
        for k, g in r.groupby("reading")
    )
    if feasible.empty:
        return Finding("no feasible reading", f"neither year order closes Table 1: {detail}")
    return Finding(
        "/".join(f"{p:.1f}" for p in pair),
        f"{detail} (tolerance {ROUNDING_TOLERANCE_PP} pp; year_order_readings)",
    )


def _table2_no_change_latest(raw: RawTables, built: dict, _: str = "") -> Finding:
    """The 2024 no-change share of Table 2 (percent, as printed on the table's base), from
    which the article draws 'nearly half' («одан аңғаратынымыз», lines 378-380); the 2023
    share is named beside it."""
    a = built["attitude_shares"]
    rows = a[(a["table_id"] == "table2") & (a["category"] == "no_change")]
    rows = rows.sort_values("wave_year")
    latest = float(rows["share_pct"].iloc[-1])
    parts = ", ".join(f"{r.share_pct:.1f}% in {r.wave_year}" for r in rows.itertuples())
    return Finding(latest, f"no change: {parts}; the sentence follows the latest (attitude_shares)")


def _ncpt_facts(raw: RawTables) -> pd.Series:
    return raw["public/ncpt.csv"].set_index("fact_id")["value"]


def _ncpt_years_active(raw: RawTables, built: dict, _: str = "") -> Finding:
    """Years from the Council's decree (public record: decree No. 63 of 17 July 2019,
    public/ncpt.csv) to the decree that created the Kurultai and replaced it (kurultai_facts)."""
    start, end = pd.Timestamp(_ncpt_facts(raw)["decree_date"]), _decree(built)
    years = (end - start).days / 365.25
    return Finding(
        years,
        f"{years:.2f} years from the Council's decree of {start:%Y-%m-%d} (adilet.zan.kz, The "
        f"Astana Times, Kazinform; public/ncpt.csv) to the Kurultai's decree of {end:%Y-%m-%d}, "
        "which replaced it",
    )


def _public_initial_members(raw: RawTables, built: dict, _: str = "") -> Finding:
    """The Kurultai's size at creation as public sources give it (public/ncpt.csv,
    ``replaced_by``: Turkystan.kz and Qazaq TV, June 2022)."""
    row = raw["public/ncpt.csv"].set_index("fact_id").loc["replaced_by"]
    found = re.search(r"(\d+) members", str(row["value"]))
    if found is None:
        raise LookupError("public/ncpt.csv (replaced_by) gives no number of members")
    n = int(found.group(1))
    return Finding(
        n,
        f"{row['source_outlet']} ({row['date_published']}) put the Kurultai at {n} members when "
        "it was created (public/ncpt.csv)",
    )


def _public_event(raw: RawTables, built: dict, fact_id: str = "") -> Finding:
    """The year of an outside event the article mentions, as the public source gives it
    (public/events.csv, row ``fact_id``: ``value`` opens with the year). Raises
    ``LookupError`` for an unknown row or a value that opens with no year."""
    events = raw["public/events.csv"].set_index("fact_id")
    if fact_id not in events.index:
        raise LookupError(f"public/events.csv has no row '{fact_id}'")
    row = events.loc[fact_id]
    found = re.match(r"(\d{4})", str(row["value"]))
    if found is None:
        raise LookupError(f"public/events.csv ({fact_id}): the value opens with no year")
    return Finding(
        int(found.group(1)),
        f"{row['source_outlet']} ({row['date_published']}): {row['value'][6:]} (public/events.csv)",
    )


def _public_event_decade(raw: RawTables, built: dict, fact_id: str = "") -> Finding:
    """The decade of an outside event the article dates only by decade ("the 1920s" is
    printed as 1920): the year of :func:`_public_event` rounded down to its decade, with
    that function's sentence. Raises ``LookupError`` as :func:`_public_event` does."""
    event = _public_event(raw, built, fact_id)
    decade = int(event.value) // 10 * 10
    return Finding(decade, f"the {decade}s: {event.says}")


CheckFunction = Callable[..., Finding]


#: Named checks usable as ``fn:name`` or ``fn:name(argument)`` in claims.csv.
def _sentences(*parts: str) -> str:
    """Join clauses as sentences: each ends with a full stop, none is left empty."""
    done = [p if p.endswith((".", "!", "?")) else f"{p}." for p in parts if p]
    return " ".join(p[:1].upper() + p[1:] for p in done)


CHECK_FUNCTIONS: dict[str, CheckFunction] = {
    "fieldwork": _fieldwork,
    "years_active": _years_active,
    "figure1_coverage": _figure1_coverage,
    "session_days": _session_days,
    "first_session_with_sections": _first_session_with_sections,
    "meetings_before_decree": _meetings_before_decree,
    "meetings_before_first_session": _meetings_before_first_session,
    "meeting_years": _meeting_years,
    "meeting_years_among": _meeting_years_among,
    "meeting_count": _meeting_count,
    "relative_growth": _relative_growth,
    "awareness_change": _awareness_change,
    "last_session_before": _last_session_before,
    "sessions_per_year": _sessions_per_year,
    "highest_age_group": _highest_age_group,
    "table1_positive_pair": _table1_positive_pair,
    "table2_no_change_latest": _table2_no_change_latest,
    "ncpt_years_active": _ncpt_years_active,
    "public_initial_members": _public_initial_members,
    "public_event": _public_event,
    "public_event_decade": _public_event_decade,
}


def run_check(spec: str, raw: RawTables, built: dict[str, pd.DataFrame]) -> Finding:
    """Run one ``check_spec`` (a lookup or ``fn:...``) and return what the data say.

    Raises ``KeyError``/``ValueError``/``LookupError`` for a spec that names an unknown
    function, table or column, or that does not select one value.
    """
    m = _FUNCTION.match(spec)
    if m:
        if m["name"] not in CHECK_FUNCTIONS:
            raise KeyError(f"unknown check function '{m['name']}'")
        return CHECK_FUNCTIONS[m["name"]](raw, built, m["arg"] or "")
    return lookup(spec, raw, built)


# --- statuses --------------------------------------------------------------------------------


def compare(printed: object, found: float | str | None, tolerance: float | None) -> bool:
    """True when ``found`` equals ``printed``: numerically within ``tolerance`` when both are
    numbers, otherwise as text."""
    if found is None or printed is None or (not isinstance(printed, str) and pd.isna(printed)):
        return False
    try:
        a, b = float(printed), float(found)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(printed).strip() == _fmt(found).strip()
    return abs(a - b) <= (tolerance or 0.0) + 1e-9


def evaluate(claims: pd.DataFrame, raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Check every claim and return the ledger (:class:`ClaimsLedger`).

    Parameters
    ----------
    claims:
        The validated raw ledger (:class:`analysis.schemas.raw.ClaimsRaw`), RangeIndex in
        file order.
    raw, built:
        The validated raw tables and the processed tables built so far.

    Returns
    -------
    The claims with three more columns: ``data_value`` (text or NA), ``status`` (one of
    :data:`STATUSES`: a match is ``reproduced`` for a recomputed or cross-checked claim and
    ``read_back`` for a transcribed one) and ``data_says`` (a sentence naming the table it
    read).

    Raises
    ------
    PipelineError
        One problem per claim whose check cannot run (unknown table, column or function, or a
        lookup that does not select one value), pointing at its line of claims.csv.
    """
    problems: list[Problem] = []
    values, statuses, says = [], [], []
    for i, claim in claims.iterrows():
        try:
            finding = run_check(claim["check_spec"], raw, built)
        except (KeyError, ValueError, LookupError) as exc:
            problems.append(
                Problem(raw_label(RAW_PATH), int(i) + 2, "check_spec", str(exc).strip("'\""))
            )
            values.append(pd.NA), statuses.append(""), says.append("")
            continue
        if claim["check_kind"] == "none":
            status = "not_reproducible"
            missing = claim["note"] if isinstance(claim["note"], str) else ""
            recorded = f"recorded as printed: {finding.says}" if finding.value is not None else ""
            text = _sentences(recorded or finding.says, missing)
        else:
            ok = compare(claim["value_printed"], finding.value, claim["tolerance"])
            matched = "read_back" if claim["check_kind"] == "transcribed" else "reproduced"
            status = matched if ok else "inconsistent"
            text = finding.says
        values.append(_fmt(finding.value) if finding.value is not None else pd.NA)
        statuses.append(status)
        says.append(text)
    if problems:
        raise PipelineError(problems, "claims cannot be checked; nothing was written")
    out = claims.copy()
    out["data_value"] = pd.Series(values, index=out.index, dtype="str")
    out["status"] = statuses
    out["data_says"] = says
    return out[list(ClaimsLedger.to_schema().columns)]


def build_claims_ledger(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Pipeline builder: :func:`evaluate` on article/claims.csv (see :class:`ClaimsLedger`)."""
    return evaluate(raw[RAW_PATH], raw, built).reset_index(drop=True)


def status_labels(lang: str = "en") -> dict[str, str]:
    """Status -> its label in ``lang`` ("Reproduced", «Қайталанды»; the catalog's
    ``claims-status-label-<status>``), in the order of :data:`STATUSES`."""
    from analysis.i18n import catalog

    loc = catalog(lang)
    return {s: loc("claims-status-label-" + s.replace("_", "-")) for s in STATUSES}


def status_counts(ledger: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Claims per status: columns ``status``, ``status_label`` (in ``lang``,
    :func:`status_labels`), ``claims`` (int), in the order of :data:`STATUSES`, zero rows
    kept."""
    counts = ledger["status"].value_counts().reindex(STATUSES, fill_value=0)
    labels = status_labels(lang)
    return pd.DataFrame(
        {
            "status": STATUSES,
            "status_label": [labels[s] for s in STATUSES],
            "claims": counts.to_numpy().astype(int),
        }
    )


def problems(ledger: pd.DataFrame) -> pd.DataFrame:
    """The distinct problems behind the inconsistent claims: one row per problem.

    Claims that fail for the same reason share a ``problem_id`` in claims.csv (C17 and C18
    both find the same two meetings before the decree); an inconsistent claim without one is
    a problem of its own. Columns: ``problem_id`` (str; the claim id when none is given),
    ``claim_ids`` (list of str, file order), ``claims`` (int). Rows ordered by first claim.
    """
    bad = ledger[ledger["status"] == "inconsistent"]
    ids = bad["problem_id"].where(bad["problem_id"].notna(), bad["claim_id"])
    rows = [
        {"problem_id": pid, "claim_ids": list(g["claim_id"]), "claims": len(g)}
        for pid, g in bad.assign(_pid=ids).groupby("_pid", sort=False)
    ]
    return pd.DataFrame(rows, columns=["problem_id", "claim_ids", "claims"])


#: Raw files behind the claims ledger: the claims and everything its checks read.
LEDGER_INPUTS = (
    RAW_PATH,
    "article/survey_waves.csv",
    "article/expert_interviews.csv",
    "article/awareness_by_age.csv",
    "article/attitude_shares.csv",
    "article/kurultai_facts.csv",
    "article/newcomers.csv",
    "article/sections.csv",
    "article/meetings.csv",
    "article/meeting_participants.csv",
    "article/persons.csv",
    "article/world_practices.csv",
    "article/recommendations.csv",
    "public/sessions.csv",
    "public/wpp2024_kazakhstan_age5.csv",
    "public/roster_candidates.csv",
    "public/ncpt.csv",
    "article/field_codebook.csv",
    "article/member_fields.csv",
    "context/context_figures.csv",
)

OUTPUTS = [
    Output(
        "claims_ledger",
        build_claims_ledger,
        ClaimsLedger,
        LEDGER_INPUTS,
        "Claims audit: every number of the article, checked against the data",
    )
]
