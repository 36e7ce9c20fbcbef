"""Tables of the composition chapter.

Every table fits the 678 px text column: at most four or five columns whose widths add up
to the column, related values stacked in one cell (a name over its Kazakh spelling, a field
over the words that decide it), and long text wrapping. The full tables, with every column,
are the processed CSV files behind them.
"""

from __future__ import annotations

import re

import pandas as pd
from great_tables import GT

from analysis.prose.fmt import KK_MONTHS, kk_case
from analysis.tables.common import base_table, grey_rows

#: Width of the book's text column, px; the widths of each table's columns add up to it.
COLUMN_PX = 678
#: Languages the tables can be drawn in.
LANGS = ("en", "kk")
#: Kazakh month names (nominative), January first.
MONTHS_KK = KK_MONTHS
#: Members whom no source names in Cyrillic but the article prints in a short form
#: (``member_id`` -> (printed form, seed line)): the President, "Қ. Тоқаев" (line 37).
PRINTED_KK = {"tokayev-k": ("Қ. Тоқаев", "37")}
#: Our Kazakh Cyrillic forms of members whom the sources name only in Latin letters or in a
#: Russian spelling (``member_id`` -> name); they override the source's form in Kazakh.
NAMES_KK = {
    "amirtai-a": "Азаматхан Әміртай",
    "balaeva-a": "Аида Балаева",
    "fazylzhanova-a": "Анар Фазылжанова",
    "karin-e": "Ерлан Қарин",
    "kuttykadam-s": "Сейдахмет Құттықадам",
    "nurtaza-s": "Самат Нұртаза",
    "orynbek-a": "Айгүл Орынбек",
    "sabilyanov-n": "Нұртай Сабильянов",
    "zhakanov-i": "Ілия Жақанов",
    "zheksenbay-b": "Бибігүл Жексенбай",
    "zholdybaiuly-k": "Қайрат Жолдыбайұлы",
}
#: The note of a Kazakh table that shows a name from :data:`NAMES_KK`.
LATIN_NAMES_NOTE_KK = (
    "Мақала атамайтын, дереккөздерде тек латын әрпімен не орысша жазылған есімдердің қазақша "
    "кириллица түрі біздікі."
)


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGS)}")


def names_kk(members: pd.DataFrame) -> pd.Series:
    """Each member's name for the Kazakh edition, aligned on ``members``' index.

    ``members`` is the processed ``members`` table (member_id, name_kk, name_as_source).
    The name is our form in :data:`NAMES_KK` (for a source's Latin or Russian spelling);
    else ``name_kk`` (the Cyrillic form as printed, nominative); else the article's printed
    form from :data:`PRINTED_KK`; else the source's own spelling (``name_as_source``).
    """
    printed = members["member_id"].map({k: v[0] for k, v in PRINTED_KK.items()})
    ours = members["member_id"].map(NAMES_KK)
    return ours.fillna(members["name_kk"]).fillna(printed).fillna(members["name_as_source"])


def month_kk(text: str, case: str | None = None) -> str:
    """A month as the English data write it ("March 2024") in the article's Kazakh style
    ("2024 жылғы наурыз"; with ``case`` as in :func:`analysis.prose.fmt.kk_case`,
    "attributive": "2024 жылғы наурыздағы"); a bare year becomes "2024 жыл"."""
    if " " not in text.strip():
        return f"{text.strip()} жыл"
    when = pd.Timestamp(text)
    return f"{when.year} жылғы {kk_case(MONTHS_KK[when.month - 1], case)}"


_KK_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"


def kk_sort_key(name: str) -> list[int]:
    """Sort key of a name in the Kazakh alphabet's order (А Ә Б В Г Ғ ...); letters outside
    it (Latin) sort after every Cyrillic letter, by code point."""
    return [
        _KK_ORDER.index(c) if c in _KK_ORDER else len(_KK_ORDER) + ord(c) for c in str(name).lower()
    ]


#: One line of a stacked cell: a grey block under the main value, left out when empty.
_SUB = '<< <span style="display:block;color:#555">{%d}</span> >>'


def stack(gt: GT, main: str, *subs: str) -> GT:
    """Show columns ``subs`` inside column ``main``, each on a line of its own in grey (an
    empty value leaves no line). The frame keeps every column apart, so the table's CSV
    download has them as separate columns; great-tables escapes every value."""
    pattern = "{0}" + "".join(_SUB % (i + 1) for i in range(len(subs)))
    return gt.cols_merge(columns=[main, *subs], pattern=pattern)


def _blank_to_na(frame: pd.DataFrame) -> pd.DataFrame:
    # cols_merge leaves out a line only for a missing value, not for "".
    return frame.astype(object).where(frame.astype(str).ne(""), None)


def _widths(gt: GT, widths: dict[str, int]) -> GT:
    if sum(widths.values()) > COLUMN_PX:
        raise ValueError(f"column widths add up to more than {COLUMN_PX} px: {widths}")
    return gt.cols_width({c: f"{w}px" for c, w in widths.items()})


def _url_site(text: object) -> str:
    """A source as readers need it in a narrow cell: the web site of each address
    (``https://ar.inform.kz/news/...`` -> ``ar.inform.kz``); other text is kept."""
    return re.sub(r"https?://(?:www\.)?([^/\s,;)]+)[^\s,;)]*", r"\1", str(text))


NEWCOMERS_KK = {
    "no": "№",
    "name": "Аты-жөні (мақалада басылғандай)",
    "met": "Президентпен кездескен (3-кесте)",
    "yes": "иә",
    "source": "Дереккөз: мақала, 188–194-жолдар.",
}


def newcomers_table(newcomers: pd.DataFrame, lang: str = "en") -> GT:
    """The 32 newcomers in printed order, with Latin form and whether they met the President.

    ``newcomers`` is the processed ``newcomers`` table (32 rows). In Kazakh (``lang="kk"``)
    the names as printed only, with no Latin form. Raises ``ValueError`` for an unknown
    language.
    """
    _check_lang(lang)
    if lang == "kk":
        w = NEWCOMERS_KK
        out = pd.DataFrame(
            {
                w["no"]: newcomers["newcomer_order"],
                w["name"]: newcomers["name_as_printed"],
                w["met"]: newcomers["met_president"].map({True: w["yes"], False: ""}),
            }
        )
        gt = base_table(out, source=w["source"])
        return _widths(gt, {w["no"]: 50, w["name"]: 378, w["met"]: 250})
    df = newcomers.assign(
        **{
            "No.": lambda d: d["newcomer_order"],
            "Name (as printed)": lambda d: d["name_as_printed"],
            "Latin form": lambda d: d["name_latin"],
            "Met the President (Table 3)": lambda d: d["met_president"].map(
                {True: "yes", False: ""}
            ),
        }
    )
    gt = base_table(
        df[["No.", "Name (as printed)", "Latin form", "Met the President (Table 3)"]],
        source="Source: the article, lines 188-194. Latin forms: the book's transliteration "
        "(Methods appendix).",
    )
    return _widths(
        gt,
        {
            "No.": 50,
            "Name (as printed)": 220,
            "Latin form": 220,
            "Met the President (Table 3)": 180,
        },
    )


STATUS_LABELS = {"initial": "initial", "joined": "newcomer", "unknown": "not known"}
ROLE_LABELS = {"chair": "chair", "deputy_chair": "deputy chair", "secretary": "secretary"}


#: Kazakh item labels of ``composition_structure`` (by ``item_en``; "Section N" apart).
STRUCTURE_ITEMS_KK = {
    "Decree creating the Kurultai": "Құрылтайды құру туралы Жарлық",
    "Chair": "Төраға",
    "Deputy chairs": "Төрағаның орынбасарлары",
    "Deputy chair ex officio": "Лауазымы бойынша төраға орынбасары",
    "Secretary": "Хатшы",
    "Working body": "Жұмыс органы",
    "Initial members": "Алғашқы құрамның мүшелері",
    "Members renewed by rotation": "Ротация арқылы жаңарған мүшелер",
    "Period of the rotation": "Ротация кезеңі",
    "Working days per session": "Бір отырыстың жұмыс күндері",
    "Sections held since session": "Секциялар өткізіле бастаған отырыс",
    "Working sections": "Жұмыс секциялары",
}
STRUCTURE_KK = {
    "item": "Тармақ",
    "value": "Мақалада",
    "holder": "Лауазым иесі (жаңалық хабарлары)",
    "lines": "Жолдар",
    "as_of": "{name} ({when} хабар)",
    "data_value": "деректегі мәні: {}",
    "data_col": "Деректегі мәні",
    "section": "{n}-секция",
}
STRUCTURE_NOTE_KK = (
    "Дереккөз: мақала, жолдары әр жолда көрсетілген. Мақала лауазым иелерінің ешқайсысын "
    "атамайды; есімдер жаңалық хабарларынан алынды (inform.kz және newstaraz.kz, 2022 жылғы "
    "маусым; astanatimes.com, 2024 жылғы наурыз) және сол айда лауазымда кім болғанын көрсетеді, "
    "2022 жылғы маусымдағы Жарлықтан бері кім болғанын емес. 2024 жылғы наурыздағы хабар "
    "хатшыны Ақпарат және қоғамдық даму министрі деп атайды, бұл атау ол кезде ескірген: "
    "Қазинформ (2024 жылғы 13 мамыр) оны Мәдениет және ақпарат министрі деп атайды. "
    + LATIN_NAMES_NOTE_KK
)


def _item_kk(item: str) -> str:
    section = re.fullmatch(r"Section (\d+)", item)
    if section:
        return STRUCTURE_KK["section"].format(n=section.group(1))
    return STRUCTURE_ITEMS_KK[item]


def structure_table(
    structure: pd.DataFrame, members: pd.DataFrame | None = None, lang: str = "en"
) -> GT:
    """Structure and governance: decree, officers, working body, format, the four sections.

    ``structure`` is the processed ``composition_structure`` table. Officers' names come
    from news reports, since the article names none; each holder carries the month of the
    report that names them ("as of March 2024"), which may be later than the decree of 2022.
    Shown: item; the article's value over its Kazakh wording; holders; lines.

    In Kazakh (``lang="kk"``): item, the article's wording, holders by their Kazakh names
    (:func:`names_kk`, read from ``members``, the processed ``members`` table, matched on
    ``name_latin``), lines. Raises ``ValueError`` for an unknown language, or in Kazakh
    when ``members`` is missing or lacks a holder; ``KeyError`` for an item with no
    Kazakh label.
    """
    _check_lang(lang)
    df = structure.sort_values("item_order")
    if lang == "kk":
        if members is None:
            raise ValueError("the Kazakh structure table needs the members table")
        kk_name = dict(zip(members["name_latin"], names_kk(members), strict=True))
        w = STRUCTURE_KK
        holders = []
        for h, a in zip(df["holder_public"], df["holder_as_of"], strict=True):
            if pd.isna(h):
                holders.append("")
                continue
            pairs = list(zip(str(h).split("; "), str(a).split("; "), strict=True))
            missing = [name for name, _ in pairs if name not in kk_name]
            if missing:
                raise ValueError(f"office holders not in the members table: {missing}")
            holders.append(
                "; ".join(
                    w["as_of"].format(name=kk_name[name], when=month_kk(when, "attributive"))
                    for name, when in pairs
                )
            )
        out = pd.DataFrame(
            {
                w["item"]: df["item_en"].map(_item_kk),
                w["value"]: df["value_kk"],
                # The value as the data file holds it (a date, a count), as the English
                # table shows it: the printed wording alone may spell a count in words.
                w["data_col"]: [
                    w["data_value"].format(v) if re.fullmatch(r"[\d-]+", str(v)) else ""
                    for v in df["value_en"]
                ],
                w["holder"]: holders,
                w["lines"]: df["locator"].str.replace("-", "–"),
            }
        )
        gt = stack(base_table(out, source=STRUCTURE_NOTE_KK), w["value"], w["data_col"])
        return _widths(gt, {w["item"]: 170, w["value"]: 270, w["holder"]: 178, w["lines"]: 60})
    out = pd.DataFrame(
        {
            "Item": df["item_en"],
            "What the article says": df["value_en"],
            "Kazakh": df["value_kk"],
            "Holder (news reports)": [
                ""
                if pd.isna(h)
                else "; ".join(
                    f"{name} (as of {when})"
                    for name, when in zip(str(h).split("; "), str(a).split("; "), strict=True)
                )
                for h, a in zip(df["holder_public"], df["holder_as_of"], strict=True)
            ],
            "Lines": df["locator"],
        }
    )
    gt = stack(
        base_table(_blank_to_na(out), source=STRUCTURE_NOTE), "What the article says", "Kazakh"
    )
    return _widths(
        gt, {"Item": 140, "What the article says": 300, "Holder (news reports)": 178, "Lines": 60}
    )


STRUCTURE_NOTE = (
    "Source: the article, lines given per row. The article names no office holder; the names "
    "come from news reports (inform.kz and newstaraz.kz, June 2022; Astana Times, March 2024) "
    "and show who held the post in the month given, not necessarily since the decree of June "
    "2022. The March 2024 report calls the secretary Minister of Information and Social "
    "Development, a title out of date by then: Kazinform (13 May 2024) calls her Minister of "
    "Culture and Information."
)

COUNT_LABELS = {
    "known": "yes",
    "after_window": "apart: named only after the article's period",
    "not_counted": "no",
}
EVIDENCE_LABELS = {
    "article": "named by the article",
    "high": "news reports: high",
    "medium": "news report: medium",
    "low": "participation or self-description only",
}


STATUS_LABELS_KK = {"initial": "алғашқы құрам", "joined": "жаңа мүше", "unknown": "белгісіз"}
ROLE_LABELS_KK = {
    "chair": "төраға",
    "deputy_chair": "төраға орынбасары",
    "secretary": "хатшы",
}
COUNT_LABELS_KK = {
    "known": "иә",
    "after_window": "бөлек: тек мақала кезеңінен кейін аталған",
    "not_counted": "жоқ",
}
EVIDENCE_LABELS_KK = {
    "article": "мақалада аталған",
    "high": "жаңалық хабарлары: жоғары",
    "medium": "жаңалық хабары: орташа",
    "low": "тек қатысуы немесе өзі туралы айтуы",
}
#: Kazakh wording of the English words that decide a field (``field_evidence``); words the
#: sources give in Kazakh are shown as they are.
FIELD_EVIDENCE_KK = {
    "'Club of Chief Editors'": "«Бас редакторлар клубы»",
    "Chairman of the Board, Khabar Agency JSC": "«Хабар агенттігі» АҚ басқарма төрағасы",
    "Mazhilis deputy": "Мәжіліс депутаты",
    "Minister": "министр",
    "President of the Republic of Kazakhstan": "Қазақстан Республикасының Президенті",
    "Senate deputy": "Сенат депутаты",
    "State Counselor": "Мемлекеттік кеңесші",
    "director of the Institute of Management": "Басқару институтының директоры",
    "first Kazakh cosmonaut": "тұңғыш қазақ ғарышкері",
    "heads the Kazakh National Agrarian Research University": (
        "Қазақ ұлттық аграрлық зерттеу университетінің басшысы"
    ),
    "journalist, media manager": "журналист, медиаменеджер",
    "member of Almaty city Public Council": "Алматы қаласы Қоғамдық кеңесінің мүшесі",
    "poet": "ақын",
    "political observer": "саяси шолушы",
    "political scientist": "саясаттанушы",
    "politician": "саясаткер",
    "public figure": "қоғам қайраткері",
}
MEMBERS_KK = {
    "member": "Мүше",
    "status": "Мәртебесі",
    "officer": "Лауазымы",
    "meetings": "3-кестедегі кездесулер",
    "meetings_n": "3-кесте: {n} кездесу",
    "field": "Саласы (оны анықтайтын сөздер)",
    "decided": "Анықтайтын сөздер",
    "counted": "Саналады ма (дәлелі)",
    "evidence": "Дәлелі",
    "source": "Дереккөз",
    "source_date": "Дереккөз күні",
}
MEMBERS_NOTE_KK = (
    "Дереккөздер: мақаладағы жаңа мүшелер тізімі (188–194-жолдар) және 3-кесте "
    "(465–611-жолдар, Президентпен кездесулер); ішінара тізімге жиналған жаңалық хабарлары "
    "(әр адамның дереккөзі деректер файлында). Есімдер мақалада не дереккөзде басылған "
    "кириллица түрінде. " + LATIN_NAMES_NOTE_KK + " Ағылшын тіліндегі дереккөздердің "
    "лауазым сөздері қазақшаға аударылып, тырнақшасыз берілді. Сұр жолдар тізімде бар, "
    "бірақ белгілі мүше ретінде саналмайды."
)


def _quote_kk(text: str) -> str:
    """``text`` in Kazakh quotation marks, «...», a quotation inside it in „...“."""
    return "«" + text.replace("«", "„").replace("»", "“") + "»"


def _members_table_kk(members: pd.DataFrame, field_codebook: pd.DataFrame) -> GT:
    from analysis.figures.composition import FIELD_LABELS_KK

    labels = field_codebook.set_index("field_code")["label_kk"]
    labels = pd.Series({c: FIELD_LABELS_KK.get(c, labels[c]) for c in labels.index})
    status_rank = {"initial": 0, "joined": 1, "unknown": 2}
    group_rank = {"known": 0, "after_window": 1, "not_counted": 2}
    df = members.assign(
        _g=lambda d: d["count_group"].map(group_rank),
        _s=lambda d: d["status"].map(status_rank),
        _name=names_kk(members),
    )
    df = df.assign(_k=df["_name"].map(lambda n: tuple(kk_sort_key(n))))
    df = df.sort_values(["_g", "_s", "_k"])
    untranslated = sorted(
        e
        for e in set(df["field_evidence"].dropna())
        if re.search("[A-Za-z]", e) and e not in FIELD_EVIDENCE_KK
    )
    if untranslated:
        raise ValueError(f"no Kazakh wording for field evidence {untranslated}")
    w = MEMBERS_KK
    out = pd.DataFrame(
        {
            w["member"]: df["_name"],
            w["status"]: df["status"].map(STATUS_LABELS_KK),
            w["officer"]: df["composition_role"].map(ROLE_LABELS_KK).fillna(""),
            w["meetings"]: [
                w["meetings_n"].format(n=n) if n else "" for n in df["table3_meetings"]
            ],
            w["field"]: df["field_code"].map(labels),
            # A source's own Kazakh words in quotes; a Kazakh wording of English words not.
            w["decided"]: [
                FIELD_EVIDENCE_KK[x]
                if x in FIELD_EVIDENCE_KK
                else (_quote_kk(x) if isinstance(x, str) else "")
                for x in df["field_evidence"]
            ],
            w["counted"]: df["count_group"].map(COUNT_LABELS_KK),
            w["evidence"]: df["membership_evidence"].map(EVIDENCE_LABELS_KK),
            w["source"]: df["source"],
            w["source_date"]: df["source_date"],
        }
    )
    gt = base_table(_blank_to_na(out), source=MEMBERS_NOTE_KK)
    gt = stack(gt, w["status"], w["officer"], w["meetings"])
    gt = stack(gt, w["field"], w["decided"])
    gt = stack(gt, w["counted"], w["evidence"])
    gt = gt.cols_hide([w["source"], w["source_date"]])
    gt = _widths(gt, {w["member"]: 190, w["status"]: 140, w["field"]: 208, w["counted"]: 140})
    return grey_rows(gt, df["count_group"].ne("known").reset_index(drop=True))


def members_table(members: pd.DataFrame, field_codebook: pd.DataFrame, lang: str = "en") -> GT:
    """Every person known or said to have been a member, one row each, in four columns.

    ``members`` is the processed ``members`` table, ``field_codebook`` gives the field
    labels. Rows counted as known members first (by status, then name), then the one named
    only after the article's period, then the rows kept but not counted (grey). Cells stack
    related values: the book's Latin name over the source's spelling and the Kazakh
    Cyrillic; status over officer role and meetings in Table 3; field over the words that
    decide it; counted or not over the evidence grade. The frame behind the table (its CSV)
    also has each person's source and its date.

    In Kazakh (``lang="kk"``): the name is the Kazakh one (:func:`names_kk`), rows sorted
    in the Kazakh alphabet, field labels from the Kazakh codebook, English words that decide
    a field in their Kazakh wording (:data:`FIELD_EVIDENCE_KK`). Raises ``ValueError`` for an
    unknown language or English field evidence with no Kazakh wording.
    """
    _check_lang(lang)
    if lang == "kk":
        return _members_table_kk(members, field_codebook)
    labels = field_codebook.set_index("field_code")["label_en"]
    status_rank = {"initial": 0, "joined": 1, "unknown": 2}
    group_rank = {"known": 0, "after_window": 1, "not_counted": 2}
    df = members.assign(
        _g=lambda d: d["count_group"].map(group_rank),
        _s=lambda d: d["status"].map(status_rank),
    ).sort_values(["_g", "_s", "name_latin"])
    out = pd.DataFrame(
        {
            "Member": df["name_latin"],
            # Under the identity rule a match on surname and initial establishes no one, so
            # a source's gloss naming a well-known person is dropped ("(academician ...)").
            "Source spelling": [
                src if isinstance(src, str) and src != lat else ""
                for lat, src in zip(
                    df["name_latin"],
                    [
                        re.sub(r"\s*\(.*\)$", "", s) if basis == "surname_initial" else s
                        for s, basis in zip(
                            df["name_latin_source"].fillna(""), df["post_basis"], strict=True
                        )
                    ],
                    strict=True,
                )
            ],
            "Kazakh": df["name_kk"].fillna(""),
            "Status": df["status"].map(STATUS_LABELS),
            "Officer": df["composition_role"].map(ROLE_LABELS).fillna(""),
            "Meetings in Table 3": [
                f"Table 3: {n} meeting{'s' if n > 1 else ''}" if n else ""
                for n in df["table3_meetings"]
            ],
            "Field": df["field_code"].map(labels),
            "Decided by": [f"“{e}”" if isinstance(e, str) else "" for e in df["field_evidence"]],
            "Counted": df["count_group"].map(COUNT_LABELS),
            "Evidence": df["membership_evidence"].map(EVIDENCE_LABELS),
            "Source": df["source"],
            "Source date": df["source_date"],
        }
    )
    gt = base_table(_blank_to_na(out), source=MEMBERS_NOTE)
    gt = stack(gt, "Member", "Source spelling", "Kazakh")
    gt = stack(gt, "Status", "Officer", "Meetings in Table 3")
    gt = stack(gt, "Field", "Decided by")
    gt = stack(gt, "Counted", "Evidence")
    gt = gt.cols_hide(["Source", "Source date"]).cols_label(
        Field="Field (the words that decide it)", Counted="Counted (evidence)"
    )
    gt = _widths(gt, {"Member": 200, "Status": 130, "Field": 208, "Counted": 140})
    return grey_rows(gt, df["count_group"].ne("known").reset_index(drop=True))


MEMBERS_NOTE = (
    "Sources: the article's newcomer list (lines 188-194) and Table 3 (lines 465-611, "
    "meetings with the President); news reports gathered in a partial roster (source per row "
    "in the data download). Names: the book's Latin form, then the source's own spelling and "
    "the Kazakh Cyrillic where they differ. Grey rows are listed but not counted as known "
    "members."
)


#: Coding rules of the field codebook in Kazakh (``field_code`` -> rule); the English ones
#: are the codebook's ``rule_en``.
RULES_KK = {
    "politics": "Мемлекеттік саяси лауазым атқарады не атқарған (Президент, Мемлекеттік "
    "кеңесші, министр, Парламенттің кез келген палатасының депутаты), партияда лауазымы бар, "
    "не дереккөз оны саясаткер деп атайды.",
    "public_figures": "Дереккөз оны қоғам қайраткері деп атайды, не ол басқа салаларға кірмейтін "
    "қоғамдық рөлімен танымал (тағайындалған мемлекеттік уәкіл, тұңғыш қазақ ғарышкері сияқты "
    "ұлттық тұлға).",
    "science": "Академик, Ұлттық ғылым академиясының лауазымды қызметкері не дереккөзде "
    "солай аталған зерттеуші.",
    "culture_arts": "Жазушы, ақын, суретші, кинорежиссер не мәдениет ұйымының басшысы.",
    "media": "Журналист, редактор, медиакомпанияның не редакторлар бірлестігінің басшысы.",
    "economy_business": "Экономист, кәсіпкер не бизнес бірлестігінің басшысы (мысалы, "
    "«Атамекен» Ұлттық кәсіпкерлер палатасы).",
    "medicine": "Дәрігер не медициналық ұйымның басшысы.",
    "education": "Мұғалім не университеттің, мектептің, оқу институтының басшысы.",
    "sport": "Спортшы, жаттықтырушы не спорт федерациясының, қауымдастығының басшысы.",
    "youth": "Жастар ұйымының көшбасшысы не белсендісі.",
    "ngo_sector": "Жұмысы азаматтық сипаттағы, жоғарыдағы салалардың ешқайсысына кірмейтін "
    "қоғамдық бірлестіктің не қоғамның басшысы (заңгерлер одағы, ардагерлер ұйымы, тіл "
    "қоғамы).",
    "expert_community": "Саясаттанушы, сарапшы не саяси шолушы, не саясат пен қоғам "
    "жөніндегі талдау орталығының басшысы.",
    "public_councils": "Облыстың, республикалық маңызы бар қаланың не астананың қоғамдық "
    "кеңесінің мүшесі.",
    "unknown": "Мұнда қолжетімді ешбір дереккөз адамның лауазымын көрсетпейді; не лауазым тек "
    "тегі мен аты-жөнінің бас әрпі бірдей, бірақ дереккөз оны құрылтай мүшесі деп атамайтын "
    "адамға ғана белгілі (сәйкестендіру ережесі: лауазым мақала оны есімнің қасында басқанда "
    "не бір дереккөз толық есімді, лауазымды және құрылтайға қатысын бергенде ғана "
    "есептеледі). Адамның Президентке көтерген тақырыбы лауазым емес.",
}
CODEBOOK_KK = {
    "field": "Сала",
    "article": "Мақаладағы атауы",
    "rule": "Кодтау ережесі",
    "code": "Код",
    "ours": "(біздікі)",
    "source": "Дереккөз: біздің кодтар кітабы, мақаладағы мүшелер санаттарының екі тізіміне "
    "сүйенеді (144–147 және 173–176-жолдар).",
}


def field_codebook_table(field_codebook: pd.DataFrame, lang: str = "en") -> GT:
    """The field codebook: field (English over Kazakh), the article categories it covers, the
    coding rule. ``field_codebook`` is the processed table; the frame behind the table (its
    CSV) also has the codes.

    In Kazakh (``lang="kk"``): field (the short Kazakh label), the article's own wording of
    the categories it covers (``label_kk``), the rule (:data:`RULES_KK`). Raises
    ``ValueError`` for an unknown language, ``KeyError`` for a code with no Kazakh rule.
    """
    _check_lang(lang)
    df = field_codebook.sort_values("field_order")
    if lang == "kk":
        from analysis.figures.composition import FIELD_LABELS_KK

        w = CODEBOOK_KK
        out = pd.DataFrame(
            {
                w["field"]: [
                    FIELD_LABELS_KK.get(c, k)
                    for c, k in zip(df["field_code"], df["label_kk"], strict=True)
                ],
                w["article"]: [
                    k if isinstance(a, str) else w["ours"]
                    for k, a in zip(df["label_kk"], df["article_categories"], strict=True)
                ],
                w["rule"]: [RULES_KK[c] for c in df["field_code"]],
                w["code"]: df["field_code"],
            }
        )
        gt = base_table(out, source=w["source"]).cols_hide([w["code"]])
        return _widths(gt, {w["field"]: 190, w["article"]: 190, w["rule"]: 298})
    out = pd.DataFrame(
        {
            "Field": df["label_en"],
            "Kazakh": df["label_kk"],
            "Article categories": df["categories_en"].fillna("(ours)"),
            "Rule": df["rule_en"],
            "Code": df["field_code"],
        }
    )
    gt = base_table(
        out,
        source="Source: our codebook, following the article's two lists of member "
        "categories (lines 144-147 and 173-176).",
    )
    gt = stack(gt, "Field", "Kazakh").cols_hide(["Code"])
    return _widths(gt, {"Field": 210, "Article categories": 170, "Rule": 298})


STATUS_WORDS = {
    "reported": "printed in the article",
    "derived": "computed",
    "inferred": "inferred",
    "implied": "implied",
}


STATUS_WORDS_KK = {
    "reported": "мақалада басылған",
    "derived": "есептелген",
    "inferred": "шамалап анықталған",
    "implied": "жанама шығады",
}
#: Kazakh label and source of each coverage figure (``metric_id`` -> (label, source));
#: a source may name ``{initial}``, ``{joined}``, ``{total}`` (persons) and ``{years}``.
COVERAGE_KK = {
    "initial_members": ("Алғашқы құрамның мүшелері", "мақала, 182-жол"),
    "newcomers": ("Ротация арқылы жаңарған мүшелер", "мақала, 188–189-жолдар"),
    "ever_appointed": (
        "Осы уақытқа дейін толтырылған орындар (шамамен)",
        "алғашқы құрамның {initial} мүшесі (182-жол) + {joined} жаңа мүше (188–194-жолдар); "
        "шамамен, өйткені мақала {initial} адамға төраға, орынбасарлар мен хатшы кіре ме, "
        "біреу екі рет тағайындалды ма, айтпайды.",
    ),
    "renewed_share_pct": (
        "Алғашқы құрамның бір орнына шаққандағы жаңа мүшелер",
        "{joined} / {initial} × 100",
    ),
    "newcomers_share_of_ever_pct": (
        "Толтырылған орындар ішіндегі жаңа мүшелер",
        "{joined} / {total} × 100",
    ),
    "members_in_table3": ("Президентпен кездескен мүшелер (3-кесте)", "3-кесте, 465–611-жолдар"),
    "newcomers_in_table3": (
        "Президентпен кездескен жаңа мүшелер (3-кесте)",
        "жаңа мүшелер тізімі және 3-кесте",
    ),
    "persons_listed": (
        "Мүшелер кестесіндегі адамдар",
        "мақаладағы жаңа мүшелер мен 3-кесте, оған қоса жария тізім; әр адам бір жолда",
    ),
    "known_members": (
        "Белгілі мүшелер",
        "мақала мүше деп атаған, не мақала кезеңі ішінде жоғары не орташа дәрежелі жария "
        "дереккөз атаған",
    ),
    "known_initial": ("Алғашқы құрамның белгілі мүшелері", "белгілі мүшелер"),
    "known_joined": ("Белгілі жаңа мүшелер", "белгілі мүшелер"),
    "known_status_unknown": ("Мәртебесі белгісіз белгілі мүшелер", "белгілі мүшелер"),
    "named_after_window": (
        "Тек мақала кезеңінен кейін мүше деп аталғандар",
        "Жарлық күнінен {years} жыл өткеннен кейінгі ашық дереккөз; бөлек саналады",
    ),
    "not_counted": (
        "Тізімде бар, бірақ саналмайтындар (дәлелі әлсіз)",
        "отырысқа қатысушылар, өзі туралы айтқандар, мүмкін мүшелер",
    ),
    "known_field_coded": (
        "Саласы белгілі мүшелер",
        "лауазымын дереккөз көрсеткен белгілі мүшелер (сәйкестендіру ережесі)",
    ),
    "known_field_unknown": (
        "Саласы белгісіз белгілі мүшелер",
        "лауазымы көрсетілмеген белгілі мүшелер",
    ),
    "not_identified": ("Анықталмаған орындар", "{total} − белгілі мүшелер"),
    "coverage_pct": (
        "Толтырылған бір орынға шаққандағы белгілі мүшелер",
        "белгілі мүшелер / {total} × 100",
    ),
    "field_coverage_pct": (
        "Толтырылған бір орынға шаққандағы саласы белгілі мүшелер",
        "саласы белгілі мүшелер / {total} × 100",
    ),
}
ROTATION_KK = {
    "figure": "Көрсеткіш",
    "value": "Мәні",
    "source": "Қайдан алынды",
    "note": "Басылған көрсеткіштер мақаланікі; есептелгендері біздікі, мүшелер кестесінен.",
}


def rotation_table(coverage: pd.DataFrame, lang: str = "en") -> GT:
    """Rotation (32 newcomers against 117 initial seats) and coverage of the members table.

    ``coverage`` is the processed ``composition_coverage`` table; persons as whole
    numbers, shares as percent with one decimal (Kazakh: decimal comma, labels and sources
    from :data:`COVERAGE_KK`). Raises ``ValueError`` for an unknown language, ``KeyError``
    for a figure with no Kazakh wording.
    """
    _check_lang(lang)
    if lang == "kk":
        from analysis.composition import WINDOW_YEARS
        from analysis.prose.fmt import count, pct

        val = coverage.set_index("metric_id")["value"]
        nums = {
            "initial": count(val["initial_members"], lang="kk"),
            "joined": count(val["newcomers"], lang="kk"),
            "total": count(val["ever_appointed"], lang="kk"),
            "years": WINDOW_YEARS,
        }
        w = ROTATION_KK
        out = pd.DataFrame(
            {
                w["figure"]: [COVERAGE_KK[m][0] for m in coverage["metric_id"]],
                w["value"]: [
                    pct(v, lang="kk") if u.startswith("percent") else count(v, lang="kk")
                    for v, u in zip(coverage["value"], coverage["unit"], strict=True)
                ],
                w["source"]: [
                    f"{STATUS_WORDS_KK[s]}: {COVERAGE_KK[m][1].format(**nums)}"
                    for m, s in zip(coverage["metric_id"], coverage["value_status"], strict=True)
                ],
            }
        )
        gt = base_table(out, source=w["note"])
        return _widths(gt, {w["figure"]: 250, w["value"]: 70, w["source"]: 358})
    out = pd.DataFrame(
        {
            "Figure": coverage["label_en"],
            "Value": [
                f"{v:.1f}%" if u.startswith("percent") else f"{v:.0f}"
                for v, u in zip(coverage["value"], coverage["unit"], strict=True)
            ],
            "Where it comes from": [
                f"{STATUS_WORDS[s]}: {src}"
                for s, src in zip(coverage["value_status"], coverage["source"], strict=True)
            ],
        }
    )
    gt = base_table(
        out,
        source="Printed figures are the article's; computed figures are ours, from the "
        "table of members.",
    )
    return _widths(gt, {"Figure": 250, "Value": 70, "Where it comes from": 358})


GRADES_KK = {"high": "жоғары", "medium": "орташа", "low": "төмен"}
#: Kazakh wording of the sources of ``membership_claims`` that are not web addresses.
SOURCES_KK = {
    "personal website biography (no public address recorded)": (
        "жеке сайттағы өмірбаяны (жария мекенжайы тіркелмеген)"
    ),
}
CLAIMS_KK = {
    "member": "Мүше",
    "claim": "Тұжырым",
    "source": "Дереккөз",
    "date": "Күні мен дәрежесі",
    "date_grade": "{date}, дәрежесі {grade}",
    "reading": "Біздің оқуымыз",
    "address": "Мекенжай",
    "note": "Дереккөз: жаңалық хабарларынан жиналған ішінара мүшелер тізімінің ескертпелері; "
    "дәрежелер тізімдегідей (жоғары: ресми дереккөз не екі басылым; орташа: бір сенімді "
    "басылым; төмен: жанама). " + LATIN_NAMES_NOTE_KK,
}


def claims_table(claims: pd.DataFrame, members: pd.DataFrame | None = None, lang: str = "en") -> GT:
    """Claims about single members that rest on one source, with our reading.

    ``claims`` is the processed ``membership_claims`` table; web addresses are shortened to
    their site in the table (the full address is in the frame behind it, its CSV).

    In Kazakh (``lang="kk"``): the claim and reading in Kazakh (``claim_kk``,
    ``reading_kk``) and the member's Kazakh name (:func:`names_kk`, from ``members``, the
    processed ``members`` table, by ``member_id``). Raises ``ValueError`` for an unknown
    language, or in Kazakh when ``members`` is missing or lacks a claim's member.
    """
    _check_lang(lang)
    if lang == "kk":
        if members is None:
            raise ValueError("the Kazakh claims table needs the members table")
        kk_name = dict(zip(members["member_id"], names_kk(members), strict=True))
        missing = sorted(set(claims["member_id"]) - set(kk_name))
        if missing:
            raise ValueError(f"claims about members not in the members table: {missing}")
        w = CLAIMS_KK
        out = pd.DataFrame(
            {
                w["member"]: claims["member_id"].map(kk_name),
                w["claim"]: claims["claim_kk"],
                w["source"]: claims["source"].map(lambda s: SOURCES_KK.get(s, _url_site(s))),
                w["date"]: [
                    w["date_grade"].format(date=d, grade=GRADES_KK[c])
                    for d, c in zip(claims["source_date"], claims["source_confidence"], strict=True)
                ],
                w["reading"]: claims["reading_kk"].map(_url_site),
                w["address"]: claims["source"],
            }
        )
        gt = base_table(out, source=w["note"])
        gt = stack(gt, w["source"], w["date"]).cols_hide([w["address"]])
        return _widths(gt, {w["member"]: 110, w["claim"]: 210, w["source"]: 120, w["reading"]: 238})
    out = pd.DataFrame(
        {
            "Member": claims["name_latin"],
            "Claim": claims["claim_en"],
            "Source": claims["source"].map(_url_site),
            "Date and grade": [
                f"{d}, {c} grade"
                for d, c in zip(claims["source_date"], claims["source_confidence"], strict=True)
            ],
            "Our reading": claims["reading_en"].map(_url_site),
            "Address": claims["source"],
        }
    )
    gt = base_table(
        out,
        source="Source: the notes of the partial roster of members gathered from news "
        "reports; grades as the roster gives them (high: official source or two outlets; "
        "medium: one credible outlet; low: indirect).",
    )
    gt = stack(gt, "Source", "Date and grade").cols_hide(["Address"])
    return _widths(gt, {"Member": 110, "Claim": 210, "Source": 120, "Our reading": 238})


CAMP_LABELS = {
    "critics": "critics of the present selection",
    "supporters": "those who find the present selection clear",
    "both": "both camps",
    "not_stated": "not stated",
}
SUPPORT_LABELS = {
    "proposed": "proposed",
    "prevailing_view": "prevailing view of its camp",
    "little_support": "little support",
    "option_named": "named as an option",
}


CAMP_LABELS_KK = {
    "critics": "қазіргі іріктеуді сынаушылар",
    "supporters": "қазіргі іріктеуді түсінікті деп санайтындар",
    "both": "екі тарап та",
    "not_stated": "айтылмаған",
}
SUPPORT_LABELS_KK = {
    "proposed": "ұсынылған",
    "prevailing_view": "өз тобындағы басым пікір",
    "little_support": "қолдау аз",
    "option_named": "опция ретінде аталған",
}
POSITIONS_KK = {
    "proposal": "Ұсыныс",
    "phrase": "Мақаладағы сөзі",
    "camp": "Тобы; қолдауы",
    "support": "Қолдауы",
    "says": "Мақала не дейді",
    "lines": "Жолдар",
    "note": "Дереккөз: мақала, 196–286-жолдар, мазмұндалған. † тобы басылмаған; абзацтың "
    "сыншылар дәлелі ішіндегі орнынан шамалап анықталған.",
}


def expert_positions_table(positions: pd.DataFrame, lang: str = "en") -> GT:
    """The experts' proposals on choosing members, with camp and support as the article says.

    ``positions`` is the processed ``expert_positions`` table. An inferred camp (not
    printed) is marked † and its row set in grey italics. In Kazakh (``lang="kk"``) the
    proposal and support are ``proposal_kk`` and ``support_kk``, the key phrase stays as
    printed. Raises ``ValueError`` for an unknown language.
    """
    _check_lang(lang)
    df = positions.sort_values("proposal_order")
    if lang == "kk":
        w = POSITIONS_KK
        out = pd.DataFrame(
            {
                w["proposal"]: df["proposal_kk"],
                w["phrase"]: "«" + df["key_phrase_kk"] + "»",
                w["camp"]: df["camp"].map(CAMP_LABELS_KK)
                + df["camp_status"].map({"reported": "", "inferred": " †"}),
                w["support"]: df["support_level"].map(SUPPORT_LABELS_KK),
                w["says"]: df["support_kk"],
                w["lines"]: df["locator"].str.replace("-", "–"),
            }
        )
        gt = base_table(out, source=w["note"])
        gt = stack(gt, w["proposal"], w["phrase"])
        gt = stack(gt, w["camp"], w["support"])
        gt = _widths(gt, {w["proposal"]: 270, w["camp"]: 140, w["says"]: 208, w["lines"]: 60})
        return grey_rows(gt, df["camp_status"].eq("inferred").reset_index(drop=True))
    out = pd.DataFrame(
        {
            "Proposal": df["proposal_en"],
            "Kazakh": df["key_phrase_kk"],
            "Camp": df["camp"].map(CAMP_LABELS)
            + df["camp_status"].map({"reported": "", "inferred": " †"}),
            "Support": df["support_level"].map(SUPPORT_LABELS),
            "What the article says": df["support_en"],
            "Lines": df["locator"],
        }
    )
    gt = base_table(
        out,
        source="Source: the article, lines 196-286, paraphrased. † camp not printed; "
        "inferred from the paragraph's place in the critics' argument.",
    )
    gt = stack(gt, "Proposal", "Kazakh")
    gt = stack(gt, "Camp", "Support").cols_label(Camp="Camp; support")
    gt = _widths(gt, {"Proposal": 270, "Camp": 140, "What the article says": 208, "Lines": 60})
    return grey_rows(gt, df["camp_status"].eq("inferred").reset_index(drop=True))
