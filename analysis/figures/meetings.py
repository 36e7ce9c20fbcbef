"""Charts of the communication role: meetings against sessions, topics, repeat visits."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.figures.common import EVENT_COLOURS, MIN_FONT_SIZE, source_note
from analysis.meetings import DECREE_DATE

#: Every word the charts draw, per language (the English text is the book's original).
WORDS = {
    "en": {
        "table3_note": (
            "Meetings: article Table 3, seed lines 465-611 (data/raw/article/meetings.csv)."
        ),
        "date_title": "Date of meeting",
        "session": "Session {}",
        "decree": "Decree of 14 June 2022",
        "sessions_note": "Sessions: public sources (data/raw/public/sessions.csv).",
        "hollow_note": "Hollow dots: meetings before the decree.",
        "domain_title": "Dated meetings (one meeting may fall in several domains)",
        "domain_note": [
            "Domains: the rules of data/raw/coding/topic_rules.csv,",
            "applied to our English paraphrase of each meeting's topics.",
        ],
        "status_title": "In the article's prose",
        "prose_note": "Prose: seed lines 622-627 (data/raw/article/repeat_visit_claims.csv).",
        "rules_note": "Vertical lines: plenary days of sessions I-IV (public sources).",
    },
    "kk": {
        "table3_note": (
            "Кездесулер: мақаланың 3-кестесі, мәтіннің 465–611-жолдары "
            "(data/raw/article/meetings.csv)."
        ),
        "date_title": "Кездесу күні",
        "session": "{} отырыс",
        "decree": "Жарлық, 2022 жылғы 14 маусым",
        "legend_session": "отырыс",
        "legend_decree": "Жарлық",
        "sessions_note": "Отырыстар: ашық дереккөздер (data/raw/public/sessions.csv).",
        "hollow_note": "Іші бос нүктелер: Жарлыққа дейінгі кездесулер.",
        "domain_title": "Кездесулер саны (бір кездесу бірнеше салаға жатуы мүмкін)",
        "domain_note": [
            "Салалар: data/raw/coding/topic_rules.csv ережелері бойынша,",
            "әр кездесу тақырыбының біз жазған ағылшынша мазмұндамасынан.",
        ],
        "status_title": "Мақала мәтінінде",
        "prose_note": ("Мәтін: 622–627-жолдар (data/raw/article/repeat_visit_claims.csv)."),
        "rules_note": (
            "Тік сызықтар: I–IV отырыстардың пленарлық отырыс күндері (ашық дереккөздер)."
        ),
    },
}
TABLE3_NOTE = WORDS["en"]["table3_note"]
#: The check of a repeat visitor against the prose (processed ``repeat_visitors.check``),
#: per language.
CHECK_WORDS = {
    "en": {},
    "kk": {
        "matches, omits a meeting": "сәйкес, бір кездесу аталмаған",
        "not mentioned": "аталмайды",
        "matches": "сәйкес",
        "contradicts": "қайшы",
    },
}
#: The people's names as drawn: the Latin transliteration in English, the article's
#: Cyrillic (nominative) in Kazakh.
NAME_COLUMN = {"en": "name_latin", "kk": "name_kk"}
#: Font size of the charts' text marks (names, counts, session labels), px: the book's
#: smallest readable size, so that no text is drawn under 11 px in the 678 px column.
MARK_FONT = MIN_FONT_SIZE
#: How the prose after Table 3 (lines 622-627) treats a meeting of a repeat visitor.
TEXT_STATUS_COLOURS = {
    "year named in the text": "#0072B2",
    "counted in the text, year not given": "#56B4E9",
    "left out of the text": "#D55E00",
}
#: The statuses' words, per language (keys of :data:`TEXT_STATUS_COLOURS`).
STATUS_WORDS = {
    "en": {k: k for k in TEXT_STATUS_COLOURS},
    "kk": {
        "year named in the text": "жылы аталған",
        "counted in the text, year not given": "саны айтылған, жылы аталмаған",
        "left out of the text": "мәтінде жоқ",
    },
}


def meetings_timeline(
    meetings_log: pd.DataFrame, sessions: pd.DataFrame, lang: str = "en"
) -> alt.LayerChart:
    """Timeline of the President's one-to-one meetings (Table 3) against sessions I-V.

    Parameters
    ----------
    meetings_log:
        Processed ``meetings_log`` (meeting_id, meeting_date, name_latin, person_order,
        before_decree; name_kk for ``lang="kk"``).
    sessions:
        Processed ``sessions`` (session, plenary_date).
    lang:
        ``"en"`` or ``"kk"``: the language of every word drawn (:data:`WORDS`); Kazakh
        labels the dots with the article's Cyrillic names.

    One dot per dated meeting (one row each, in date order, labelled with the people met);
    vertical rules for the plenary day of each session and for the decree of 14 June 2022.
    Meetings before the decree are drawn hollow and labelled on their left, so that no label
    crosses the decree's rule. The whole SVG stays within the book's 678 px column, with
    every text at 12 px or more.
    """
    w, name = WORDS[lang], NAME_COLUMN[lang]
    # The legend names the rules' kinds in the chart's language (English: the kinds as they
    # are).
    legend = (
        {}
        if lang == "en"
        else {
            "legend": alt.Legend(
                labelExpr=f"datum.label === 'session' ? '{w['legend_session']}' "
                f": '{w['legend_decree']}'"
            )
        }
    )
    people = (
        meetings_log.sort_values(["meeting_date", "person_order"])
        .groupby(["meeting_id", "meeting_date", "before_decree"], as_index=False)[name]
        .agg(", ".join)
    )
    people["row"] = range(len(people))
    events = pd.concat(
        [
            sessions.assign(
                label=lambda d: d["session"].map(w["session"].format),
                kind="session",
                date=lambda d: d["plenary_date"],
            )[["date", "label", "kind"]],
            pd.DataFrame({"date": [DECREE_DATE], "label": [w["decree"]], "kind": ["decree"]}),
        ],
        ignore_index=True,
    )
    x = alt.X(
        "meeting_date:T",
        title=w["date_title"],
        axis=alt.Axis(format="%Y", tickCount="year"),
        scale=alt.Scale(domain=["2021-12-01", "2026-02-15"]),
    )
    rules = (
        alt.Chart(events)
        .mark_rule(strokeWidth=1.5)
        .encode(
            x=alt.X("date:T"),
            color=alt.Color(
                "kind:N",
                title=None,
                scale=alt.Scale(
                    domain=["session", "decree"],
                    range=[EVENT_COLOURS["session"], EVENT_COLOURS["decree"]],
                ),
                **legend,
            ),
            strokeDash=alt.condition(
                "datum.kind === 'decree'", alt.value([4, 3]), alt.value([1, 0])
            ),
        )
    )
    # Session labels above the plot; the decree (two days before session I) inside it, in
    # the empty bottom-left corner.
    session_text = (
        alt.Chart(events)
        .mark_text(angle=270, align="left", dx=4, dy=-4, fontSize=MARK_FONT)
        .transform_filter("datum.kind !== 'decree'")
        .encode(x="date:T", y=alt.value(-2), text="label:N")
    )
    decree_text = (
        alt.Chart(events)
        .mark_text(align="left", dx=8, fontSize=MARK_FONT, fontStyle="italic")
        .transform_filter("datum.kind === 'decree'")
        .encode(x="date:T", y=alt.value(18 * len(people) - 9), text="label:N")
    )
    base = alt.Chart(people).encode(
        x=x,
        y=alt.Y("row:O", axis=None),
        tooltip=[alt.Tooltip("meeting_date:T", format="%d %b %Y"), name],
    )
    dots = base.mark_point(size=80, color=EVENT_COLOURS["meeting"], opacity=1).encode(
        fill=alt.condition("datum.before_decree", alt.value("white"), alt.value("#E69F00")),
        strokeWidth=alt.value(2),
    )
    after = base.transform_filter("!datum.before_decree").mark_text(
        align="left", dx=7, fontSize=MARK_FONT, color="#222"
    )
    before = base.transform_filter("datum.before_decree").mark_text(
        align="right", dx=-7, fontSize=MARK_FONT, color="#222"
    )
    # Labels cross the session lines: each is drawn twice, first as a white outline (a
    # halo) that clears the line behind its letters, then in ink.
    halo = {"stroke": "white", "strokeWidth": 4, "strokeJoin": "round"}
    return alt.layer(
        rules,
        session_text,
        decree_text.mark_text(align="left", dx=8, fontSize=MARK_FONT, fontStyle="italic", **halo),
        decree_text,
        dots,
        after.mark_text(align="left", dx=7, fontSize=MARK_FONT, **halo).encode(text=f"{name}:N"),
        after.encode(text=f"{name}:N"),
        before.encode(text=f"{name}:N"),
    ).properties(
        width=480,
        height=18 * len(people),
        title=source_note([w["table3_note"], w["sessions_note"], w["hollow_note"]]),
    )


def meetings_by_domain(topic_domains: pd.DataFrame, lang: str = "en") -> alt.LayerChart:
    """Horizontal bars: dated meetings per policy domain (topic coding of Table 3).

    Parameters
    ----------
    topic_domains:
        Processed ``topic_domains`` (label_en, label_kk, meetings, person_meetings).
    lang:
        ``"en"``: each bar labelled in English with the Kazakh label under it; ``"kk"``:
        the Kazakh label alone, and every other word from :data:`WORDS`.

    A meeting can fall in several domains, so the bars add up to more than the 20 meetings.
    Bars are sorted by count; each is labelled with its count. The whole SVG stays within
    the book's 678 px column, with every text at 12 px or more.
    """
    w = WORDS[lang]
    if lang == "en":
        df = topic_domains.assign(label=lambda d: d["label_en"] + "|" + d["label_kk"])
        tip = ["label_en", "label_kk", "meetings", "person_meetings"]
    else:
        df = topic_domains.drop(columns=["label_en", "definition", "rules"]).assign(
            label=lambda d: d["label_kk"]
        )
        tip = ["label_kk", "meetings", "person_meetings"]
    base = alt.Chart(df).encode(
        y=alt.Y(
            "label:N",
            sort="-x",
            title=None,
            # English on the first line, the Kazakh label under it.
            axis=alt.Axis(labelLimit=400, labelExpr="split(datum.label, '|')"),
        ),
        x=alt.X(
            "meetings:Q",
            title=w["domain_title"],
            axis=alt.Axis(tickMinStep=1, format="d"),
        ),
        tooltip=tip,
    )
    bars = base.mark_bar(color=EVENT_COLOURS["meeting"])
    text = base.mark_text(align="left", dx=4, fontSize=MARK_FONT, color="#222").encode(
        text="meetings:Q"
    )
    return alt.layer(bars, text).properties(
        width=300,
        height=36 * len(df),
        title=source_note([w["table3_note"], *w["domain_note"]]),
    )


def repeat_visits(
    repeat_visitors: pd.DataFrame, sessions: pd.DataFrame, lang: str = "en"
) -> alt.LayerChart:
    """Dot plot: each meeting of the people received more than once, coloured by how the
    article's prose (lines 622-627) treats it.

    Parameters
    ----------
    repeat_visitors:
        Processed ``repeat_visitors`` (name_latin, meeting_dates, years_in_text,
        times_in_text, check).
    sessions:
        Processed ``sessions`` (session, plenary_date), drawn as light rules.
    lang:
        ``"en"`` or ``"kk"``: names (Latin or the article's Cyrillic), checks, statuses and
        notes in that language (:data:`WORDS`, :data:`CHECK_WORDS`, :data:`STATUS_WORDS`).

    A meeting is "year named in the text" when the prose names its year, "counted in the
    text, year not given" when the prose gives only a number of times (Kurishbaev), and
    "left out of the text" otherwise. The whole SVG stays within the book's 678 px column,
    with every text at 12 px or more.
    """
    w, status_words = WORDS[lang], STATUS_WORDS[lang]
    rows = []
    for r in repeat_visitors.itertuples():
        named = r.years_in_text.split(";") if isinstance(r.years_in_text, str) else []
        # Kazakh: the check on a second line of the axis label (see the axis below).
        sep = " " if lang == "en" else "|"
        person = f"{getattr(r, NAME_COLUMN[lang])}{sep}({CHECK_WORDS[lang].get(r.check, r.check)})"
        for d in r.meeting_dates.split(";"):
            if d[:4] in named:
                status = "year named in the text"
            elif pd.notna(r.times_in_text):
                status = "counted in the text, year not given"
            else:
                status = "left out of the text"
            rows.append((person, pd.Timestamp(d), status_words[status]))
    df = pd.DataFrame(rows, columns=["person", "meeting_date", "status"])
    order = list(dict.fromkeys(df["person"]))
    x = alt.X(
        "meeting_date:T",
        title=w["date_title"],
        axis=alt.Axis(format="%Y", tickCount="year"),
        scale=alt.Scale(domain=["2022-01-01", "2025-07-01"]),
    )
    rules = (
        alt.Chart(sessions[sessions["plenary_date"] <= "2025-07-01"])
        .mark_rule(color=EVENT_COLOURS["session"], opacity=0.5)
        .encode(x=alt.X("plenary_date:T"))
    )
    rule_text = (
        alt.Chart(sessions[sessions["plenary_date"] <= "2025-07-01"])
        .mark_text(align="left", dx=3, dy=-6, fontSize=MARK_FONT, color=EVENT_COLOURS["session"])
        .encode(x="plenary_date:T", y=alt.value(0), text="session:N")
    )
    dots = (
        alt.Chart(df)
        .mark_circle(size=140, opacity=1)
        .encode(
            x=x,
            y=alt.Y(
                "person:N",
                sort=order,
                title=None,
                axis=alt.Axis(labelLimit=220)
                if lang == "en"
                else alt.Axis(labelLimit=220, labelExpr="split(datum.label, '|')"),
            ),
            color=alt.Color(
                "status:N",
                title=w["status_title"],
                scale=alt.Scale(
                    domain=[status_words[k] for k in TEXT_STATUS_COLOURS],
                    range=list(TEXT_STATUS_COLOURS.values()),
                ),
                legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=400),
            ),
            tooltip=[alt.Tooltip("meeting_date:T", format="%d %b %Y"), "person", "status"],
        )
    )
    return alt.layer(rules, rule_text, dots).properties(
        width=400,
        height=45 * len(order),
        title=source_note([w["table3_note"], w["prose_note"], w["rules_note"]]),
    )
