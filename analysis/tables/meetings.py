"""Tables of the communication role: Table 3 with topics, sessions, intervals, comparisons.

Every builder takes ``lang`` (``"en"`` or ``"kk"``): the column labels, notes and words of
the cells come from the per-language dicts of this module; the data's own Kazakh columns
(``name_kk``, ``role_as_printed``, ``topic_kk``, ``label_kk``, ``theme_kk``, ``body_kk``)
replace their English counterparts in Kazakh. Wording the processed tables hold only in
English (places, the sources' rounded counts, the codebook's definitions, the second
coder's notes on disagreements, the epilogue's events) is given in Kazakh here, keyed by
the data's ids, and a builder raises ``KeyError`` naming the id when a new row has no
Kazakh wording.
"""

from __future__ import annotations

import pandas as pd
from great_tables import GT

from analysis.meetings import referendum_figures
from analysis.prose.fmt import KK_MONTHS, count, date_kk, decimal, pct
from analysis.tables.common import base_table, grey_rows

TABLE3 = (
    "article Table 3, seed lines 465-611 (data/raw/article/meetings.csv, meeting_participants.csv)"
)
#: The source of Table 3, per language.
TABLE3_SOURCE = {
    "en": TABLE3,
    "kk": (
        "мақаланың 3-кестесі, мәтіннің 465–611-жолдары (data/raw/article/meetings.csv, "
        "meeting_participants.csv)"
    ),
}
#: Month names of Kazakh dates (nominative, January first), as the article writes them.
MONTHS_KK = KK_MONTHS


def _date(s: pd.Series) -> pd.Series:
    return s.dt.strftime("%Y-%m-%d").fillna("—")


def _both(first: pd.Series, second: pd.Series) -> pd.Series:
    """``first (second)``, or ``first`` alone where ``second`` is missing; "—" if both are."""
    out = first.fillna("").astype(str) + second.map(
        lambda s: f" ({s})" if isinstance(s, str) and s else ""
    )
    return out.where(first.notna(), "—")


def _kk(value: str, words: dict[str, str], what: str) -> str:
    """The Kazakh wording of ``value`` from ``words``; raises ``KeyError`` naming the
    missing ``what`` (a new data row needs its Kazakh wording added here)."""
    try:
        return words[value]
    except KeyError:
        raise KeyError(f"no Kazakh wording for {what} {value!r}") from None


# ----------------------------------------------------------------------------- Table 3

MEETINGS_WORDS = {
    "en": {
        "date": "Date",
        "person": "Person and role",
        "topics": "Topics (the article's Kazakh wording in brackets)",
        "domains": "Domains",
    },
    "kk": {
        "date": "Күні",
        "person": "Адам және лауазымы",
        "topics": "Тақырыптар (мақаланың сөзімен)",
        "domains": "Салалар",
        "source": (
            "Дереккөз: {table3}. Лауазымдар мен тақырыптар мақалада басылғандай "
            "(тақырыптар қысқартылған); — лауазым көрсетілмеген. Салалар: тақырыптарды "
            "кодтау (meeting_domains өңделген кестесі). ◊ Құрылтайды құрған 2022 жылғы "
            "14 маусымдағы Жарлыққа дейінгі кездесу."
        ),
    },
}


def meetings_table(
    meetings_log: pd.DataFrame,
    meeting_domains: pd.DataFrame,
    topic_domains: pd.DataFrame | None = None,
    lang: str = "en",
) -> GT:
    """Table 3 rebuilt: one row per person met, with the date, the person (Kazakh and Latin
    names), the role and the topics (each in English with the article's Kazakh beside it)
    and the policy domains coded from the topics.

    Parameters
    ----------
    meetings_log:
        Processed ``meetings_log`` (one row per person met; needs meeting_date,
        before_decree, name_kk, name_latin, role_en, role_as_printed, topic_en, topic_kk).
    meeting_domains:
        Processed ``meeting_domains`` (meeting_id, person_order, label_en, domain_id, in
        stored order).
    topic_domains:
        Processed ``topic_domains`` (domain_id, label_kk): the Kazakh domain labels, needed
        for ``lang="kk"``.
    lang:
        ``"en"``: English roles and topics with the article's Kazakh in brackets; ``"kk"``:
        the article's Kazakh name, role and topics alone, Kazakh domain labels.

    Meetings before the decree of 14 June 2022 are set in grey and marked ◊.
    """
    if lang == "en":
        labels = meeting_domains["label_en"]
    else:
        if topic_domains is None:
            raise ValueError("meetings_table(lang='kk') needs topic_domains for the labels")
        labels = meeting_domains["domain_id"].map(topic_domains.set_index("domain_id")["label_kk"])
    domains = (
        meeting_domains.assign(label=labels)
        .groupby(["meeting_id", "person_order"], sort=False)["label"]
        .agg("; ".join)
    )
    log = meetings_log.merge(
        domains.rename("Domains").reset_index(), on=["meeting_id", "person_order"], how="left"
    )
    w = MEETINGS_WORDS[lang]
    date = log["meeting_date"].dt.strftime("%Y-%m-%d") + log["before_decree"].map(
        {True: " ◊", False: ""}
    )
    if lang == "en":
        person = (
            log["name_kk"]
            + " ("
            + log["name_latin"]
            + "): "
            + _both(log["role_en"], log["role_as_printed"])
        )
        topics = _both(log["topic_en"], log["topic_kk"])
        source = (
            f"Source: {TABLE3}. Roles and topics: our English, with the article's Kazakh words "
            "in brackets (data/raw/coding/meeting_wording.csv; topics abridged); — no role "
            "printed. Domains: the topic coding (processed table meeting_domains). ◊ dated "
            "before the decree of 14 June 2022 that created the Kurultai."
        )
    else:
        person = log["name_kk"] + ": " + log["role_as_printed"].fillna("—")
        topics = log["topic_kk"].fillna("—")
        source = w["source"].format(table3=TABLE3_SOURCE[lang])
    df = pd.DataFrame(
        {w["date"]: date, w["person"]: person, w["topics"]: topics, w["domains"]: log["Domains"]}
    )
    gt = base_table(df, source=source)
    return grey_rows(gt, log["before_decree"])


# ----------------------------------------------------------------------------- sessions


#: A date in Kazakh in the article's style, '2022 жылғы 25 сәуір' (with a case ending).
day_kk = date_kk


def _day_range(first: pd.Series, last: pd.Series, lang: str = "en") -> pd.Series:
    """'16–17 Jun 2023' from two dates (the first may be missing: '16 Jun 2022'); in
    Kazakh '2023 жылғы 16–17 маусым'."""

    def one(a: object, b: pd.Timestamp) -> str:
        if lang == "kk":
            if pd.isna(a):
                return day_kk(b)
            if a.month == b.month and a.year == b.year:
                return date_kk(a, end=b)
            return f"{day_kk(a)} – {day_kk(b)}"
        end = f"{b.day} {b:%b %Y}"
        if pd.isna(a):
            return end
        if a.month == b.month and a.year == b.year:
            return f"{a.day}–{end}"
        return f"{a.day} {a:%b %Y} – {end}"

    return pd.Series([one(a, b) for a, b in zip(first, last, strict=True)], index=last.index)


#: Places of the sessions in Kazakh (keyed by ``sessions.place`` without its bracket).
PLACES_KK = {
    "Ulytau": "Ұлытау",
    "Turkistan": "Түркістан",
    "Atyrau": "Атырау",
    "Burabay": "Бурабай",
    "Kyzylorda": "Қызылорда",
}
#: The sources' rounded counts in Kazakh (keyed by ``members_spoke_in_sections`` and
#: ``proposals`` as the data word them).
SOURCE_COUNTS_KK = {
    "more than 70": "70-тен астам",
    "about 70": "шамамен 70",
    "424 citizen proposals in 11 areas received through eGov before the session": (
        "отырысқа дейін «электрондық үкімет» арқылы 11 бағыт бойынша азаматтардың 424 "
        "ұсынысы келіп түсті"
    ),
    "more than 100 initiatives": "100-ден астам бастама",
    "more than 200 proposals and recommendations": "200-ден астам ұсыныс пен ұсыным",
}
SESSIONS_WORDS = {
    "en": {
        "session": "Session",
        "days": "Days (sections, plenary)",
        "place": "Place",
        "theme": "Theme",
        "counts": "Sections, speakers, proposals",
        "sections": "{} sections",
        "spoke": "{} members spoke in sections",
        "source": (
            "Source: public sources named in each row of data/raw/public/sessions.csv (not the "
            "article); the CSV of this table also gives the outcomes, sources and confidence of "
            "each session. Counts are worded as the sources word them; — not found."
        ),
    },
    "kk": {
        "session": "Отырыс",
        "days": "Күндері (секциялар, пленарлық отырыс)",
        "place": "Өткен жері",
        "theme": "Тақырыбы",
        "counts": "Секциялар, сөз сөйлегендер, ұсыныстар",
        "sections": "{} секция",
        "spoke": "секцияларда {} мүше сөз сөйледі",
        "source": (
            "Дереккөз: data/raw/public/sessions.csv файлының әр жолында аталған ашық "
            "дереккөздер (мақала емес); осы кестенің CSV файлында әр отырыстың нәтижелері, "
            "дереккөздері мен сенімділігі де бар. Сандар дереккөздердегідей берілген; — "
            "табылмады."
        ),
    },
}


def sessions_table(sessions: pd.DataFrame, lang: str = "en") -> GT:
    """Sessions I-V from public sources, narrowed to fit the book's column: dates, place,
    theme (English and Kazakh; Kazakh alone for ``lang="kk"``), and the speakers and
    proposals as the sources word them (processed ``sessions``; outcomes, sources and
    confidence are in the table's CSV). Raises ``KeyError`` for a place or a count with no
    Kazakh wording in :data:`PLACES_KK` / :data:`SOURCE_COUNTS_KK` (``lang="kk"``)."""
    w = SESSIONS_WORDS[lang]

    def local(text: str) -> str:
        return text if lang == "en" else _kk(text, SOURCE_COUNTS_KK, "count")

    def counts(r: pd.Series) -> str:
        parts = []
        if isinstance(r["sections"], int | float) and pd.notna(r["sections"]):
            parts.append(w["sections"].format(int(r["sections"])))
        if isinstance(r["members_spoke_in_sections"], str):
            parts.append(w["spoke"].format(local(r["members_spoke_in_sections"])))
        if isinstance(r["proposals"], str):
            parts.append(local(r["proposals"]))
        return "; ".join(parts) or "—"

    place = sessions["place"].str.replace(r" \(.*\)$", "", regex=True)
    if lang == "en":
        theme = _both(sessions["theme_en"], sessions["theme_kk"])
    else:
        place = place.map(lambda p: _kk(p, PLACES_KK, "place"))
        theme = sessions["theme_kk"].fillna("—")
    df = pd.DataFrame(
        {
            w["session"]: sessions["session"],
            w["days"]: _day_range(sessions["sections_date"], sessions["plenary_date"], lang),
            w["place"]: place,
            w["theme"]: theme,
            w["counts"]: sessions.apply(counts, axis=1),
        }
    )
    return base_table(df, source=w["source"])


# ----------------------------------------------------------------------------- intervals

INTERVAL_WORDS = {
    "en": {
        "period": "Period",
        "dates": "Dates",
        "days": "Days",
        "meetings": "Meetings",
        "people": "People received",
        "rate": "Meetings per year (CI)",
        "rate_last": "Per year to 17 Jan 2025 (CI)",
        "ids": "Meeting ids",
        "between": "Between sessions {}",
        "before": "Before session {}",
        "after": "After session {}",
        "year": "Calendar year {}",
        "to": " to ",
        "before_decree": "{} before the decree",
        "source": (
            "Source: {table3}; plenary days from data/raw/public/sessions.csv. An interval "
            "runs from the day after one plenary to the next plenary day. Meetings per year = "
            "meetings / (days / 365.25); in brackets the exact Poisson confidence interval at "
            "the build's confidence level. The next column counts a period's days only up to "
            "Table 3's last date, 17 January 2025. † Table 3 ends on 17 January 2025, so these "
            "periods are not covered: 0 means none listed, not none held. For calendar years "
            "the last column gives meetings dated before the decree of 14 June 2022."
        ),
    },
    "kk": {
        "period": "Кезең",
        "dates": "Күндері",
        "days": "Күн саны",
        "meetings": "Кездесулер",
        "people": "Қабылданған адамдар",
        "rate": "Жылына кездесулер (СИ)",
        "rate_last": "2025 жылғы 17 қаңтарға дейін жылына (СИ)",
        "ids": "Кездесулердің кодтары",
        "between": "{} отырыстар аралығы",
        "before": "{} отырысқа дейін",
        "after": "{} отырыстан кейін",
        "year": "{} күнтізбелік жылы",
        "to": " – ",
        "before_decree": "Жарлыққа дейін {}",
        "source": (
            "Дереккөз: {table3}; пленарлық отырыс күндері data/raw/public/sessions.csv "
            "файлынан. Аралық бір пленарлық отырыстан кейінгі күннен келесі пленарлық отырыс "
            "күніне дейін есептеледі. Жылына кездесулер = кездесулер / (күн саны / 365,25); "
            "жақша ішінде "
            "Пуассон үлестірімі бойынша нақты сенімділік интервалы (құрастырудың сенімділік "
            "деңгейімен). Келесі баған күндерді 3-кестенің соңғы күніне, 2025 жылғы "
            "17 қаңтарға дейін ғана санайды. † 3-кесте 2025 жылғы 17 қаңтарда аяқталады, "
            "сондықтан бұл кезеңдер қамтылмаған: 0 кездесу болмағанын емес, тізімде "
            "жоқтығын білдіреді. Күнтізбелік жылдарда соңғы баған 2022 жылғы 14 маусымдағы "
            "Жарлыққа дейінгі кездесулерді көрсетеді."
        ),
    },
}


def _interval_name(label: str, w: dict[str, str], lang: str) -> str:
    """'I-II' -> 'Between sessions I-II'; 'before I' / 'after V' -> 'Before session I' /
    'After session V' (in ``w``'s language; Kazakh writes the range with an en dash)."""
    if label.startswith("before "):
        return w["before"].format(label.split()[-1])
    if label.startswith("after "):
        return w["after"].format(label.split()[-1])
    return w["between"].format(label if lang == "en" else label.replace("-", "–"))


def intervals_table(
    session_intervals: pd.DataFrame, meetings_by_year: pd.DataFrame, lang: str = "en"
) -> GT:
    """Meetings of Table 3 between consecutive plenary days, with the yearly counts below.

    Parameters
    ----------
    session_intervals:
        Processed ``session_intervals``.
    meetings_by_year:
        Processed ``meetings_by_year``.
    lang:
        ``"en"`` or ``"kk"``: words from :data:`INTERVAL_WORDS`, rates with the language's
        decimal mark.
    """
    w = INTERVAL_WORDS[lang]
    iv = session_intervals

    def with_ci(rate: str, low: str, high: str) -> pd.Series:
        return iv.apply(
            lambda r: (
                "—"
                if pd.isna(r[rate])
                else f"{decimal(r[rate], 1, lang=lang)} ({decimal(r[low], 1, lang=lang)}–"
                f"{decimal(r[high], 1, lang=lang)})"
            ),
            axis=1,
        )

    rate = with_ci("meetings_per_year", "rate_low", "rate_high")
    rate_last = with_ci("rate_to_last", "rate_to_last_low", "rate_to_last_high")
    a = pd.DataFrame(
        {
            w["period"]: iv["interval_label"].map(lambda lab: _interval_name(lab, w, lang)),
            w["dates"]: _date(iv["start_date"]) + w["to"] + _date(iv["end_date"]),
            w["days"]: iv["days"].astype("string").fillna("—"),
            w["meetings"]: iv["meetings"].astype(str)
            + iv["table3_covers"].map({True: "", False: " †"}),
            w["people"]: iv["person_meetings"].astype(str),
            w["rate"]: rate,
            w["rate_last"]: rate_last,
            w["ids"]: iv["meeting_ids"].str.replace(";", ", ", regex=False).fillna("—"),
        }
    )
    y = meetings_by_year
    b = pd.DataFrame(
        {
            w["period"]: y["year"].map(lambda v: w["year"].format(v)),
            w["dates"]: y["year"].astype(str)
            + "-01-01"
            + w["to"]
            + y["year"].astype(str)
            + "-12-31",
            w["days"]: "—",
            w["meetings"]: y["meetings"].astype(str),
            w["people"]: y["person_meetings"].astype(str),
            w["rate"]: "—",
            w["rate_last"]: "—",
            w["ids"]: y["meetings_before_decree"].map(
                lambda n: w["before_decree"].format(n) if n else "—"
            ),
        }
    )
    df = pd.concat([a, b], ignore_index=True)
    return base_table(df, source=w["source"].format(table3=TABLE3_SOURCE[lang]))


# ----------------------------------------------------------------------------- codebook

#: The codebook's definitions in Kazakh, keyed by ``domain_id`` (the codebook holds them in
#: English only).
DEFINITIONS_KK = {
    "economy_business": (
        "Ұлттық экономика және оның салалары (мұнай-газ, мұнай-химия), бағалар, кәсіпкерлік, "
        "мемлекет пен бизнес арасындағы қарым-қатынас."
    ),
    "public_administration": (
        "Мемлекеттік аппараттың жұмысы: бюрократия, басқарудағы сыбайлас жемқорлық, "
        "мемлекеттік қызмет және қызметшілерді оқыту, жергілікті өзін-өзі басқару, "
        "мемлекеттік басқару доктриналары."
    ),
    "law": (
        "Құқықтық реформалар, азаматтардың құқықтық сауаттылығы және белгілі бір заңды "
        "жүзеге асыру."
    ),
    "science_education": (
        "Ғылыми зерттеулер, Ғылым академиясы, университеттер және жас ғалымдарды қолдау."
    ),
    "culture_language": (
        "Мәдениет және кино, қазақ тілі мен оның жазуы, тіл саясаты, мемлекеттік рәміздер "
        "және мұра ретіндегі ұлттық ойындар."
    ),
    "sport": (
        "Бұқаралық және жоғары жетістіктер спорты, спорт бағдарламалары мен нысандары, ұлттық "
        "спорт түрлері және олардың федерациялары, Дүниежүзілік көшпенділер ойындары."
    ),
    "social_policy_veterans": (
        "Әлеуметтік мәселелер мен әлеуметтік қолдау, тұрғын үй, табиғи апаттан зардап "
        "шеккендерге көмек, ардагерлер және аға буын."
    ),
    "interethnic_relations": (
        "Ұлттық бірегейлік, этносаясат, Қазақстан халқы Ассамблеясы және діни ахуал."
    ),
    "childrens_rights": (
        "Балалардың құқықтары мен қауіпсіздігін қорғау, жетім балалар мен ата-анасының "
        "қамқорлығынсыз қалған балалар, балаларға арналған инфрақұрылым."
    ),
    "agriculture": "Ауыл шаруашылығы, агроөнеркәсіптік сала және аграрлық зерттеулер.",
    "civil_society": (
        "Үкіметтік емес ұйымдар және олардың мемлекетпен жұмысы, ақыл-ой орталықтары, "
        "азаматтардың қоғамдық бақылауы."
    ),
}


def topic_codebook_table(topic_domains: pd.DataFrame, lang: str = "en") -> GT:
    """The topic codebook: each domain with its Kazakh label, definition, rules and counts
    (processed ``topic_domains``). In Kazakh (``lang="kk"``) the domain is named by its
    Kazakh label, defined from :data:`DEFINITIONS_KK`, and the rules (regular expressions
    over the English paraphrase) are listed by their ids (R01, R02, ...) without the
    English expressions, which the note points to.
    Raises ``KeyError`` for a domain with no Kazakh definition."""
    t = topic_domains
    if lang == "en":
        df = pd.DataFrame(
            {
                "Domain": t["label_en"] + " (" + t["label_kk"] + ")",
                "Definition": t["definition"],
                "Rules (regular expressions, case-insensitive)": t["rules"],
                "Meetings": t["meetings"],
                "People received": t["person_meetings"],
            }
        )
        source = (
            "Source: data/raw/coding/topic_codebook.csv and topic_rules.csv (this project), "
            f"applied to the topic paraphrase of {TABLE3}. A domain is coded when any of its "
            r"rules matches; \b marks a word boundary."
        )
    else:
        df = pd.DataFrame(
            {
                "Сала": t["label_kk"],
                "Анықтамасы": t["domain_id"].map(
                    lambda d: _kk(d, DEFINITIONS_KK, "domain definition")
                ),
                "Ережелер": t["rules"].str.findall(r"R\d\d").str.join(", "),
                "Кездесулер": t["meetings"],
                "Қабылданған адамдар": t["person_meetings"],
            }
        )
        source = (
            "Дереккөз: data/raw/coding/topic_codebook.csv және topic_rules.csv (осы жоба), "
            f"{TABLE3_SOURCE['kk']} тақырыптарының мазмұндамасына қолданылды. Сала оның "
            "ережелерінің (регистрді ескермейтін тұрақты өрнектердің) кез келгені сәйкес "
            "келсе кодталады; «Ережелер» бағанында ережелердің коды берілген, олардың мәтіні "
            "(ағылшынша мазмұндамаға арналған өрнектер) topic_rules.csv файлында."
        )
    return base_table(df, source=source)


# ----------------------------------------------------------------------------- repeat visits

#: The check of a repeat visitor against the prose, in Kazakh (``repeat_visitors.check``).
CHECK_KK = {
    "matches, omits a meeting": "сәйкес, бір кездесу аталмаған",
    "not mentioned": "аталмайды",
    "matches": "сәйкес",
    "contradicts": "қайшы",
}


def repeat_visitors_table(repeat_visitors: pd.DataFrame, lang: str = "en") -> GT:
    """People received more than once: Table 3 against the prose of lines 622-627
    (processed ``repeat_visitors``). ``lang="kk"``: the article's Cyrillic names and
    Kazakh words (:data:`CHECK_KK`)."""
    r = repeat_visitors

    def text_says(row: pd.Series) -> str:
        if isinstance(row["years_in_text"], str):
            if lang == "kk":
                return row["years_in_text"].replace(";", " және ") + " жылдары қабылдаған"
            return "received in " + row["years_in_text"].replace(";", " and ")
        if pd.notna(row["times_in_text"]):
            if lang == "kk":
                return f"{int(row['times_in_text'])} рет қабылдаған (жылдары жоқ)"
            return f"received {int(row['times_in_text'])} times (no years)"
        return "—"

    if lang == "en":
        cols = {
            "Person": r["name_kk"] + " (" + r["name_latin"] + ")",
            "Meetings in Table 3": r["meetings"],
            "Dates in Table 3": r["meeting_dates"].str.replace(";", ", "),
            "The text says": r.apply(text_says, axis=1),
            "Check": r["check"],
            "Years the text leaves out": r["years_left_out"].fillna("—").str.replace(";", ", "),
            "Text lines": r["text_locator"].fillna("—"),
        }
        source = (
            f"Source: {TABLE3}; the prose at seed lines 622-627 "
            "(data/raw/article/repeat_visit_claims.csv)."
        )
    else:
        cols = {
            "Адам": r["name_kk"],
            "3-кестедегі кездесулер": r["meetings"],
            "3-кестедегі күндер": r["meeting_dates"].str.replace(";", ", "),
            "Мәтінде айтылғаны": r.apply(text_says, axis=1),
            "Тексеру": r["check"].map(lambda c: _kk(c, CHECK_KK, "check")),
            "Мәтін қалдырған жылдар": r["years_left_out"].fillna("—").str.replace(";", ", "),
            "Мәтін жолдары": r["text_locator"].fillna("—").str.replace("-", "–"),
        }
        source = (
            f"Дереккөз: {TABLE3_SOURCE['kk']}; кестеден кейінгі мәтін, 622–627-жолдар "
            "(data/raw/article/repeat_visit_claims.csv)."
        )
    return base_table(pd.DataFrame(cols), source=source)


# ----------------------------------------------------------------------------- comparison

#: The periods of ``body_comparison`` in Kazakh, keyed by ``row_id``.
PERIODS_KK = {
    "ncpt": "2019 жылдан 2022 жылғы маусымға дейін",
    "kurultai": "Жарлықтан IV отырысқа дейін (2022 жылғы маусым – 2025 жылғы наурыз)",
    "kurultai_table_span": (
        "3-кестенің алғашқы кездесуінен соңғысына дейін (2022 жылғы сәуір – 2025 жылғы қаңтар)"
    ),
}
#: The bodies' schedules in Kazakh, keyed by ``schedule_en`` without its seed locator.
SCHEDULES_KK = {"not stated": "айтылмаған", "once a year": "жылына бір рет"}


def body_comparison_table(body_comparison: pd.DataFrame, lang: str = "en") -> GT:
    """Context, not a like-for-like comparison: sessions and members met one to one, per year
    and as a share of the seats, for the National Council of Public Trust and the Kurultai
    (processed ``body_comparison``; the caveats are in the table's CSV and the note).
    ``lang="kk"``: ``body_kk``, :data:`PERIODS_KK`, :data:`SCHEDULES_KK` and Kazakh number
    formats; raises ``KeyError`` for a row or schedule with no Kazakh wording."""
    c = body_comparison

    def num(v: object, fmt: str = "{:.1f}") -> str:
        if pd.isna(v):
            return "—"
        text = fmt.format(v)
        return text if lang == "en" else text.replace(".", ",")

    schedule = c["schedule_en"].str.replace(r" \(seed .*\)$", "", regex=True)
    seats = int(c.loc[c["row_id"] == "kurultai", "members"].iloc[0])
    if lang == "en":
        df = pd.DataFrame(
            {
                "Body and period": (
                    c["body_en"] + ", " + c["period_en"] + ": " + c["years"].map(num) + " years"
                ),
                "Meant to meet": schedule,
                "Sessions (per year)": c["sessions"].astype(str)
                + " ("
                + c["sessions_per_year"].map(num)
                + ")",
                "Members met one to one (per year)": c["people_met"].astype(str)
                + " ("
                + c["people_met_per_year"].map(num)
                + ")",
                "Share of the seats met": c["people_met_pct_of_members"].map(
                    lambda v: num(v, "{:.0f}%")
                )
                + c["members"].map(lambda m: "" if pd.isna(m) else f" of about {int(m)}"),
            }
        )
        source = (
            "Sources: seed 002 lines 302-309 (data/raw/context/context_figures.csv) for the "
            f"Council; {TABLE3}, the Kurultai's about {seats} seats ever filled (initial "
            "members and newcomers, the article's lines 182 and 188-194) and "
            "data/raw/public/sessions.csv for the Kurultai. Years = days / 365.25; the "
            "Council's 'almost three years' is taken as 3. — not given by the source: seed 002 "
            "gives neither the Council's size nor a schedule, and counts members met, not "
            "meetings. The Kurultai is meant to meet once a year (the article's line 59)."
        )
    else:
        period = c["row_id"].map(lambda r: _kk(r, PERIODS_KK, "period of row"))
        df = pd.DataFrame(
            {
                "Орган және кезең": c["body_kk"]
                + ", "
                + period
                + ": "
                + c["years"].map(num)
                + " жыл",
                "Қаншалықты жиі жиналуы тиіс": schedule.map(
                    lambda s: _kk(s, SCHEDULES_KK, "schedule")
                ),
                "Отырыстар (жылына)": c["sessions"].astype(str)
                + " ("
                + c["sessions_per_year"].map(num)
                + ")",
                "Жеке кездескен мүшелер (жылына)": c["people_met"].astype(str)
                + " ("
                + c["people_met_per_year"].map(num)
                + ")",
                "Кездескен мүшелердің орындардағы үлесі": c["people_met_pct_of_members"].map(
                    lambda v: num(v, "{:.0f}%")
                )
                + c["members"].map(lambda m: "" if pd.isna(m) else f" (шамамен {int(m)} орыннан)"),
            }
        )
        source = (
            "Дереккөздер: Кеңес үшін 002 мәтіннің 302–309-жолдары "
            f"(data/raw/context/context_figures.csv); Құрылтай үшін {TABLE3_SOURCE['kk']}, "
            f"Құрылтайдың осы уақытқа дейін толтырылған шамамен {seats} орны (алғашқы мүшелер "
            "мен жаңа мүшелер, мақаланың 182 және 188–194-жолдары) және "
            "data/raw/public/sessions.csv. "
            "Жыл = күн саны / 365,25; Кеңестің «үш жылға жуық» жұмысы 3 жыл деп алынды. — "
            "дереккөзде жоқ: 002 мәтін Кеңестің құрамын да, жиналу кестесін де бермейді, "
            "кездесулерді емес, кездескен мүшелерді санайды. Құрылтай жылына бір рет жиналуы "
            "тиіс (мақаланың 59-жолы)."
        )
    return base_table(df, source=source)


# ----------------------------------------------------------------------------- second coder

#: The second coder's notes in Kazakh for the entries where the codings differ, keyed by
#: (meeting date, person_id); the coder wrote the notes in English
#: (data/raw/coding/second_coding.csv).
CODER_NOTES_KK = {
    ("2023-07-10", "baymenov-a"): (
        "Тоғызқұмалақ «ұлттық ойын» деп аталады (мәдениет: мұра ретіндегі ұлттық ойындар), "
        "бірақ Дүниежүзілік тоғызқұмалақ федерациясы да талқыланды (спорт: федерациялар); "
        "мәдениет негізгі сала болып алынды."
    ),
    ("2024-03-12", "kurishbaev-a"): (
        "Университеттің агроөнеркәсіптік сала бойынша зерттеулері ауыл шаруашылығы "
        "анықтамасындағы «аграрлық зерттеулерге» кіреді, сондықтан ғылым мен білім қосылмады."
    ),
    ("2024-05-30", "izmukhambetov-b"): (
        "Тақырыптар көп: мұнай-газ саласы мен азық-түлік бағасы экономиканы негізгі сала "
        "етті; «Қоғамдық бақылау туралы» заң құқық пен азаматтық қоғамды қосады; аға буын "
        "мұнда әлеуметтік саясаттың тақырыбы емес, іс-әрекет иесі."
    ),
    ("2024-06-18", "zakieva-d"): (
        "Жетім балаларға тұрғын үй мен ауылдағы балаларға арналған инфрақұрылым балалар "
        "құқықтары анықтамасына кіреді, сондықтан әлеуметтік саясат (тұрғын үй) қосылмады."
    ),
    ("2025-01-17", "baymenov-a"): (
        "Бірлескен кездесудің тақырыптары екі адамның біріне жеке телінбеген, сондықтан екі "
        "жол бірдей кодталды; негізгі сала бірінші аталуы бойынша алынды; жас ғалымдарға "
        "«әлеуметтік қолдау» әлеуметтік саясат емес, ғылым болып кодталды."
    ),
    ("2025-01-17", "kurishbaev-a"): (
        "Бірлескен кездесу Ә. Бәйменовтің жолымен бірдей кодталды; тақырыптарды адамдардың "
        "лауазымы бойынша бөлуден бас тартылды, өйткені лауазым тақырып емес."
    ),
}
DISAGREEMENT_WORDS = {
    "en": {
        "date": "Date",
        "person": "Person",
        "rules": "Rules (English paraphrase)",
        "second": "Second coder (Kazakh text)",
        "note": "Second coder's note",
        "primary": "primary",
        "source": (
            "Source: data/raw/coding/second_coding.csv (an independent coder, from the Kazakh "
            "text and the codebook only) against the rules of data/raw/coding/topic_rules.csv "
            "(processed table coding_agreement). Primary domain: for the rules, the domain "
            "named first in the paraphrase; for the coder, the dominant topic, or the "
            "first-mentioned one."
        ),
    },
    "kk": {
        "date": "Күні",
        "person": "Адам",
        "rules": "Ережелер (ағылшынша мазмұндама)",
        "second": "Екінші кодтаушы (қазақша мәтін)",
        "note": "Екінші кодтаушының түсіндірмесі",
        "primary": "негізгі",
        "source": (
            "Дереккөз: data/raw/coding/second_coding.csv (тек мақаланың қазақша мәтіні мен "
            "кодтар кітабы бойынша жұмыс істеген тәуелсіз кодтаушы) пен "
            "data/raw/coding/topic_rules.csv ережелерін салыстыру (coding_agreement өңделген "
            "кестесі). Негізгі сала: ережелер үшін мазмұндамада бірінші аталған сала; "
            "кодтаушы үшін басым тақырып, ал салмағы тең болса бірінші аталғаны. "
            "Түсіндірмелерді кодтаушы ағылшынша жазған, мұнда қазақшаға аударылған."
        ),
    },
}


def coding_disagreements_table(
    coding_agreement: pd.DataFrame,
    topic_domains: pd.DataFrame,
    meetings_log: pd.DataFrame | None = None,
    lang: str = "en",
) -> GT:
    """The person-meetings where the rule coding and the independent second coder differ
    (primary domain or set of domains), with the second coder's note.

    Parameters
    ----------
    coding_agreement:
        Processed ``coding_agreement`` (one row per person-meeting).
    topic_domains:
        Processed ``topic_domains`` (domain_id, label_en, label_kk) for the domain names.
    meetings_log:
        Processed ``meetings_log`` (person_id, name_kk): the Cyrillic names, needed for
        ``lang="kk"``.
    lang:
        ``"en"`` or ``"kk"``; Kazakh takes the coder's notes from :data:`CODER_NOTES_KK`
        and raises ``KeyError`` for a differing entry with no Kazakh note.
    """
    w = DISAGREEMENT_WORDS[lang]
    labels = topic_domains.set_index("domain_id")["label_en" if lang == "en" else "label_kk"]
    a = coding_agreement[~(coding_agreement["primary_agree"] & coding_agreement["domains_agree"])]

    def names(ids: str, primary: str) -> str:
        # The primary domain first, marked; then the others in codebook order.
        rest = [labels[d] for d in ids.split(";") if d != primary]
        return "; ".join([f"{labels[primary]} ({w['primary']})", *rest])

    dates = a["meeting_date"].dt.strftime("%Y-%m-%d")
    if lang == "en":
        person = a["name_latin"]
        note = a["coder_note"].fillna("—")
    else:
        if meetings_log is None:
            raise ValueError("coding_disagreements_table(lang='kk') needs meetings_log")
        person = a["person_id"].map(
            meetings_log.drop_duplicates("person_id").set_index("person_id")["name_kk"]
        )
        note = pd.Series(
            [
                _kk((d, p), CODER_NOTES_KK, "coder's note of")  # type: ignore[arg-type]
                for d, p in zip(dates, a["person_id"], strict=True)
            ],
            index=a.index,
        )
    df = pd.DataFrame(
        {
            w["date"]: dates,
            w["person"]: person,
            w["rules"]: [
                names(d, p) for d, p in zip(a["domains_rules"], a["primary_rules"], strict=True)
            ],
            w["second"]: [
                names(d, p) for d, p in zip(a["domains_second"], a["primary_second"], strict=True)
            ],
            w["note"]: note,
        }
    )
    return base_table(df, source=w["source"])


# ----------------------------------------------------------------------------- epilogue

#: The epilogue's events and figures in Kazakh, keyed by date (``None``: the figure is
#: computed, see :func:`_referendum_kk`; "—": none given).
EPILOGUE_KK = {
    "2026-01-20": (
        "Қазақстан халқы Ассамблеясы мен Ұлттық құрылтайдың орнына Қазақстанның Халық "
        "кеңесін құру ұсынылды",
        "ең көбі 126 мүше: 42 – этномәдени бірлестіктерден, 42 – қоғамдық бірлестіктерден, "
        "42 – мәслихаттар мен өңірлік қоғамдық кеңестерден",
    ),
    "2026-01-24": (
        "Конституциялық реформа комиссиясының алғашқы отырысы",
        "азаматтардан 2\u00a0000-нан астам ұсыныс; 7 партия мен 16 қоғамдық ұйым ұсыныс жіберді",
    ),
    "2026-03-15": ("Жаңа Конституция бойынша референдум", None),
    "2026-07-01": (
        "Жаңа Конституция күшіне енеді; Сенат таратылады; парламент Құрылтай деп аталатын бір "
        "палаталы органға айналады (145 депутат)",
        "—",
    ),
    "2026-09-01": (
        "Жаңа парламент (Құрылтай) 2026 жылғы тамыздағы сайлаудан кейін жұмысын бастайды",
        "—",
    ),
}
#: Words of the epilogue's sources and confidence in Kazakh (replaced in the text as is).
SOURCE_WORDS_KK = {
    "Central Election Commission figures as reported by": (
        "Орталық сайлау комиссиясының деректері, жариялағандар:"
    ),
    "(Constitutional reform commission starts work)": (
        "(Конституциялық реформа комиссиясы жұмысын бастады)"
    ),
    "TASS": "ТАСС",
}
CONFIDENCE_KK = {"high": "жоғары", "medium": "орташа", "low": "төмен"}


def _referendum_kk(epilogue: pd.DataFrame) -> str:
    """The referendum's counts and printed shares in Kazakh, from
    :func:`analysis.meetings.referendum_figures`."""
    v = referendum_figures(epilogue).set_index("measure")

    def c(m: str) -> str:
        return count(v.loc[m, "count"], lang="kk")

    def s(m: str) -> str:
        return pct(v.loc[m, "share_pct_reported"], 2, lang="kk")

    return (
        f"сайлаушылар саны {c('eligible')}; қатысқаны {c('turnout')} ({s('turnout')}); "
        f"«иә» {c('yes')} ({s('yes')}); «жоқ» {c('no')} ({s('no')}); жарамсыз {c('invalid')}"
    )


def epilogue_table(epilogue_2026: pd.DataFrame, lang: str = "en") -> GT:
    """What followed the fifth session in 2026, with figures and sources (processed
    ``epilogue_2026``). ``lang="kk"``: events and figures from :data:`EPILOGUE_KK` (the
    referendum's figures computed from the data); raises ``KeyError`` for a date with no
    Kazakh wording."""
    e = epilogue_2026
    if lang == "en":
        df = pd.DataFrame(
            {
                "Date": _date(e["date"]),
                "Event": e["event"],
                "Figures": e["figure"].fillna("—"),
                "Sources (confidence)": e["sources"] + " (" + e["confidence"] + ")",
            }
        )
        source = (
            "Source: public sources named in each row (data/raw/public/epilogue_2026.csv); not "
            "from the article, which ends before these events."
        )
    else:
        dates = _date(e["date"])
        kk = [_kk(d, EPILOGUE_KK, "epilogue row of") for d in dates]
        sources = e["sources"]
        for en, kz in SOURCE_WORDS_KK.items():
            sources = sources.str.replace(en, kz, regex=False)
        df = pd.DataFrame(
            {
                "Күні": dates,
                "Оқиға": [event for event, _ in kk],
                "Сандар": [_referendum_kk(e) if fig is None else fig for _, fig in kk],
                "Дереккөздер (сенімділігі)": sources
                + " ("
                + e["confidence"].map(lambda x: _kk(x, CONFIDENCE_KK, "confidence"))
                + ")",
            }
        )
        source = (
            "Дереккөз: әр жолда аталған ашық дереккөздер (data/raw/public/epilogue_2026.csv); "
            "мақаладан емес, мақала бұл оқиғалардан бұрын аяқталады."
        )
    return base_table(df, source=source)
