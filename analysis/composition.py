"""Composition of the Kurultai: facts, officers, sections, members, rotation, experts' views.

Sources: the article's section on forming the composition (seed lines 129-286) and on the
working format (lines 438-443), and its review of world practices (lines 74-99), transcribed
in data/raw/article/; the partial public roster data/raw/public/roster_candidates.csv; our
field codebook and field coding (data/raw/article/field_codebook.csv, member_fields.csv).
"""

from __future__ import annotations

import re

import pandas as pd
import pandera.pandas as pa

from analysis.errors import Problem
from analysis.outputs import Output, RawTables, sorted_raw
from analysis.paths import raw_label
from analysis.schemas.common import (
    PERSON_ID_REGEX,
    locator_field,
    share_field,
    status_field,
    table_check,
)
from analysis.schemas.raw import (
    ExpertInterviewsRaw,
    ExpertPositionsRaw,
    KurultaiFactsRaw,
    MemberCategoriesRaw,
    MembershipClaimsRaw,
    SectionsRaw,
    WorldPracticesRaw,
)
from analysis.translit import latin


class Newcomers(pa.DataFrameModel):
    """The 32 members who joined by rotation. Key: ``newcomer_order``."""

    newcomer_order: int = pa.Field(ge=1, le=32, unique=True, description="Order as printed.")
    person_id: str = pa.Field(str_matches=PERSON_ID_REGEX, unique=True, description="Person id.")
    name_as_printed: str = pa.Field(description="Name exactly as printed.")
    name_latin: str = pa.Field(description="Latin form (analysis.translit scheme).")
    met_president: bool = pa.Field(description="Appears in Table 3 (met the President).")
    locator: str = locator_field()

    class Config:
        strict = True
        ordered = True


def fact(raw: RawTables, fact_id: str) -> str:
    """The value of one row of article/kurultai_facts.csv, as text.

    Raises ``KeyError`` naming the fact when it is not in the table.
    """
    facts = raw["article/kurultai_facts.csv"].set_index("fact_id")["value"]
    if fact_id not in facts.index:
        raise KeyError(f"fact '{fact_id}' is not in data/raw/article/kurultai_facts.csv")
    return str(facts[fact_id])


def build_newcomers(raw: RawTables, _: dict) -> pd.DataFrame:
    """Newcomers with their Latin form and whether they met the President (:class:`Newcomers`)."""
    df = raw["article/newcomers.csv"].copy()
    met = set(raw["article/meeting_participants.csv"]["person_id"])
    df["name_latin"] = df["name_as_printed"].map(latin)
    df["met_president"] = df["person_id"].isin(met)
    return (
        df[list(Newcomers.to_schema().columns)].sort_values("newcomer_order").reset_index(drop=True)
    )


def check_counts(raw: RawTables) -> list[Problem]:
    """Stated counts match the listed rows: 32 newcomers named, four sections named."""
    problems = []
    pairs = [
        ("rotation_newcomers", "article/newcomers.csv", "newcomers"),
        ("sections_count", "article/sections.csv", "sections"),
    ]
    facts = raw["article/kurultai_facts.csv"].reset_index(drop=True)
    for fact_id, path, what in pairs:
        stated = int(fact(raw, fact_id))
        listed = len(raw[path])
        if stated != listed:
            line = int(facts.index[facts["fact_id"] == fact_id][0]) + 2
            problems.append(
                Problem(
                    raw_label("article/kurultai_facts.csv"),
                    line,
                    "value",
                    f"stated count of {what} ({stated}) does not match the {listed} rows of "
                    f"{raw_label(path)}",
                    str(stated),
                )
            )
    return problems


# ---------------------------------------------------------------------------------------------
# Members: who is known to have been a member, their field of activity, and coverage.
# ---------------------------------------------------------------------------------------------

#: Letters that occur only in Cyrillic names (Kazakh and Russian alphabets).
_CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
#: The Kazakh Cyrillic alphabet in its order (А Ә Б В Г Ғ ...), to sort names as printed.
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
#: Members whom no source names in Cyrillic but the article prints in a short form
#: (``member_id`` -> (printed form, seed line)): the President, "Қ. Тоқаев" (line 37).
PRINTED_KK = {"tokayev-k": ("Қ. Тоқаев", "37")}
#: Our Kazakh Cyrillic forms of members whom the sources name only in Latin letters or in a
#: Russian spelling (``member_id`` -> name); they override the source's form in Kazakh.
NAMES_KK = {
    "amirtai-a": "Азаматхан Әміртай",
    "ashimbaev-d": "Данияр Әшімбаев",
    "balaeva-a": "Аида Балаева",
    "bektaev-a": "Әли Бектаев",
    "ergiyazova-a": "Айсұлу Ерғиязова",
    "ertysbaev-e": "Ермұхамет Ертісбаев",
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


def cyrillic_names(members: pd.DataFrame) -> pd.Series:
    """Each member's name in Kazakh Cyrillic, aligned on ``members``' index.

    ``members`` is the processed ``members`` table (member_id, name_kk, name_as_source).
    The name is our form in :data:`NAMES_KK` (for a source's Latin or Russian spelling);
    else ``name_kk`` (the Cyrillic form as printed, nominative); else the article's printed
    form from :data:`PRINTED_KK`; else the source's own spelling (``name_as_source``).
    """
    printed = members["member_id"].map({k: v[0] for k, v in PRINTED_KK.items()})
    ours = members["member_id"].map(NAMES_KK)
    return ours.fillna(members["name_kk"]).fillna(printed).fillna(members["name_as_source"])


def name_sort_key(name: str) -> list[int]:
    """Sort key of a name: Cyrillic letters in the Kazakh alphabet's order
    (:data:`KAZAKH_ALPHABET`, either case), before every other character, which sorts by
    code point (so Latin names keep their plain order)."""
    n = len(KAZAKH_ALPHABET)
    return [
        KAZAKH_ALPHABET.index(c.lower()) if c.lower() in KAZAKH_ALPHABET else n + ord(c)
        for c in str(name)
    ]


#: Roster confidence grades, as the last words of its ``notes`` ("...; High").
_CONFIDENCE = re.compile(r"(High|Low-Medium|Medium|Low)\s*$")
#: Composition roles read from the start of the roster's ``position_as_given``.
_ROLE_PATTERNS = [
    # "Chairman (President ...)" only: other rows start "Chairman of the Board" and the like.
    (re.compile(r"^Chairman \(President"), "chair"),
    (re.compile(r"^Deputy Chair"), "deputy_chair"),
    (re.compile(r"^Secretary;"), "secretary"),
]
#: Seats ever filled, as the article lets us count them: 117 initial members (line 182) plus
#: 32 newcomers by rotation (lines 188-194). "About", because the article does not say
#: whether the 117 include the officers, nor whether anyone left and came back.
EVER_APPOINTED_NOTE = (
    "117 initial members (line 182) + 32 newcomers (lines 188-194); approximate, since the "
    "article does not say whether the 117 include the chair, deputies and secretary, or "
    "whether anyone was appointed twice."
)
#: The roster compiler's grades, as its ``notes`` end. high: an official source or two
#: independent outlets; medium: one credible outlet; low: indirect or inferred; low-medium:
#: between the two, used only on five rows of people the article itself names (the doubt is
#: about the fuller name or post the roster adds, not about membership). Counts never read
#: this grade directly; they read :data:`MEMBERSHIP_EVIDENCE`.
ROSTER_GRADES = ["high", "medium", "low-medium", "low"]
#: The one scale the counts follow: how strongly a source shows that the person was a
#: member. article: the article names the person a member (newcomer list or Table 3);
#: high / medium: a public source names the person a member or officer, graded as the
#: roster grades it (high: official source or two outlets; medium: one credible outlet);
#: low: participation in a session, a self-description or a probable seat only (a
#: public-source row the roster grades low or low-medium).
MEMBERSHIP_EVIDENCE = ["article", "high", "medium", "low"]
#: Evidence levels that count a person as a known member (if within the article's window).
COUNTED_EVIDENCE = {"article", "high", "medium"}
#: known: counted as a known member; after_window: a source names the person a member only
#: after the article's window (counted apart); not_counted: low evidence, kept in the table.
COUNT_GROUPS = ["known", "after_window", "not_counted"]
#: Years the article's period covers: the newcomers joined "over almost three years"
#: (үш жылға жуық, line 188) from the decree of 14 June 2022.
WINDOW_YEARS = 3
#: Identity rule (see field_codebook.csv, code 'unknown'): the post that decides a field
#: counts only on these bases of ``member_fields.csv``'s ``post_basis``.
POST_BASES_CODED = {"article", "member_source"}
ROSTER = "public/roster_candidates.csv"


def window_end(raw: RawTables) -> pd.Timestamp:
    """Last day of the article's period: the decree date plus :data:`WINDOW_YEARS` years
    (2022-06-14 + 3 years = 2025-06-14), from ``article/kurultai_facts.csv``."""
    return pd.Timestamp(fact(raw, "decree_date")) + pd.DateOffset(years=WINDOW_YEARS)


def earliest_date(text: object) -> pd.Timestamp | None:
    """The earliest day a source date written as the roster writes it can mean.

    "2026-01-19" -> 2026-01-19; "2024-03" -> 2024-03-01; "2026 (bio)" -> 2026-01-01;
    "2022-06..~2025-03" -> 2022-06-01 (a range: its start); ``None`` when no year is given.
    """
    m = re.match(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(text))
    if not m:
        return None
    return pd.Timestamp(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def cyrillic_name(name: str) -> str | None:
    """The Cyrillic part of a name as a source spells it, or ``None`` if there is none.

    Roster names are Cyrillic ("Ә. Бәйменов", "Әлихан Бәйменов"), Latin-script Kazakh
    ("Ilııa Jaqanov"), or two scripts joined by " / " ("سامات نۇرتازا / Самат Нуртаза").
    """
    for part in (p.strip() for p in str(name).split("/")):
        if _CYRILLIC.search(part):
            return part
    return None


def _fold(text: str) -> str:
    # Spellings of one name differ in Kazakh letters (Құлекеев / Күлекеев, Байменов /
    # Бәйменов); the Latin form folds them together once q->k and gh->g are merged.
    s = latin(text).lower().replace("gh", "g").replace("q", "k")
    return re.sub(r"[^a-z]", "", s)


def name_key(name: str) -> tuple[str, str] | None:
    """Matching key (folded surname, folded first initial) of a Cyrillic name, or ``None``.

    Works for "И. Surname" and "Given Surname" forms: the surname is the last word, the
    initial the first letter of the first word. Folding: analysis.translit Latin form,
    lower case, q->k, gh->g, letters only. So "Жақсыбек Күлекеев" and "Ж. Құлекеев" both give
    ``("kulekeev", "zh")``.
    """
    cyr = cyrillic_name(name)
    if cyr is None:
        return None
    words = cyr.replace(".", ". ").split()
    return _fold(words[-1]), _fold(words[0][0])


def _new_id(cyr: str | None, name_latin: str | None) -> str:
    # Same form as the persons registry: latin surname, hyphen, latin first initial.
    has_cyr = isinstance(cyr, str)
    words = (latin(cyr) if has_cyr else str(name_latin)).replace(".", ". ").split()
    surname = re.sub(r"[^a-z]", "", words[-1].lower())
    first = latin(cyr.split()[0][0]) if has_cyr else words[0][0]
    return f"{surname}-{re.sub(r'[^a-z]', '', first.lower())}"


def match_roster(raw: RawTables) -> pd.DataFrame:
    """Each roster row with the member id it resolves to.

    Returns the roster (``public/roster_candidates.csv``, 72 rows, file order kept) with
    columns ``roster_line`` (CSV line), ``name_kk`` (Cyrillic part or NA), ``person_id`` (id
    in ``article/persons.csv`` when surname and initial match one person there, else NA) and
    ``member_id`` (the person id, or a new id of the same form made from the Cyrillic name,
    else from the source's Latin form).

    Raises ``ValueError`` if one key matches two persons of the registry.
    """
    persons = raw["article/persons.csv"]
    index: dict[tuple[str, str], str] = {}
    for pid, name in zip(persons["person_id"], persons["name_kk"], strict=True):
        key = name_key(name)
        if key in index:
            raise ValueError(f"two persons share the key {key}: {index[key]}, {pid}")
        index[key] = pid
    roster = raw[ROSTER].copy()
    roster["roster_line"] = roster.index + 2
    roster["name_kk"] = roster["name_original"].map(cyrillic_name)
    roster["person_id"] = roster["name_original"].map(lambda n: index.get(name_key(n)))
    roster["member_id"] = [
        pid if isinstance(pid, str) else _new_id(cyr, lat)
        for pid, cyr, lat in zip(
            roster["person_id"], roster["name_kk"], roster["name_latin"], strict=True
        )
    ]
    return roster


class FieldCodebook(pa.DataFrameModel):
    """Codebook of members' fields of activity. Key: ``field_code``.

    Our codebook; each code stands for one or more categories of the article's two lists of
    whom the members represent (lines 144-147 and 173-176), plus ``unknown``.
    """

    field_code: str = pa.Field(unique=True, description="Code.")
    field_order: int = pa.Field(ge=1, unique=True, description="Display order.")
    label_en: str = pa.Field(description="Label in English.")
    label_kk: str = pa.Field(description="The article's wording (Kazakh).")
    article_categories: str = pa.Field(
        nullable=True, description="member_categories.csv rows (list_id:category_order)."
    )
    categories_en: str = pa.Field(
        nullable=True, description="Those categories in English, '; ' between them."
    )
    rule_en: str = pa.Field(description="Coding rule (in English).")
    locator: str = locator_field(nullable=True)

    class Config:
        strict = True
        ordered = True


def _category_refs(text: object) -> list[tuple[str, int]]:
    if not isinstance(text, str):
        return []
    return [(r.split(":")[0], int(r.split(":")[1])) for r in text.split("; ")]


def build_field_codebook(raw: RawTables, _: dict) -> pd.DataFrame:
    """Field codebook with the English names of the article categories it covers."""
    cats = raw["article/member_categories.csv"].set_index(["list_id", "category_order"])
    df = raw["article/field_codebook.csv"].copy()
    df["categories_en"] = [
        "; ".join(str(cats.loc[ref, "category_en"]) for ref in _category_refs(t)) or pd.NA
        for t in df["article_categories"]
    ]
    cols = list(FieldCodebook.to_schema().columns)
    return df[cols].sort_values("field_order").reset_index(drop=True)


STATUSES = ["initial", "joined", "unknown"]
MEMBERSHIP_BASES = ["article_newcomer", "article_table3", "public_source"]


class Members(pa.DataFrameModel):
    """Every person known or said to have been a member, one row each. Key: ``member_id``.

    Sources: the article's newcomer list (lines 188-194) and Table 3 (lines 465-611) via the
    persons registry, and the partial public roster data/raw/public/roster_candidates.csv.
    ``membership_evidence`` is the one scale the counts follow; ``count_group`` and
    ``counted_as_known`` apply it (rule in :func:`build_members`); ``post_basis`` records the
    identity rule (the catalog's ``composition-value-identity-rule``) that decides whether a
    field can be coded.
    """

    member_id: str = pa.Field(
        str_matches=PERSON_ID_REGEX,
        unique=True,
        description="person_id where the person is in the persons registry, else a new id of "
        "the same form (Latin surname, hyphen, Latin first initial).",
    )
    person_id: str = pa.Field(
        nullable=True, description="Id in the persons registry (persons table), if there."
    )
    name_as_source: str = pa.Field(description="Name as the roster's source spells it.")
    name_kk: str = pa.Field(nullable=True, description="Name in Kazakh Cyrillic, if known.")
    name_latin: str = pa.Field(
        description="Latin form: for people in the persons registry the analysis.translit "
        "form used across the book, else the source's Latin form (else translit)."
    )
    name_latin_source: str = pa.Field(
        nullable=True, description="The Latin form the roster's source gives, if any."
    )
    status: str = pa.Field(
        isin=STATUSES,
        description="initial: in the first composition (2022); joined: among the article's 32 "
        "newcomers by rotation; unknown: not known.",
    )
    status_basis: str = pa.Field(description="Where the status comes from (in English).")
    left_reported: bool = pa.Field(description="A source says the person later left.")
    composition_role: str = pa.Field(
        isin=["chair", "deputy_chair", "secretary", "member"],
        description="Role in the Kurultai: `chair`, `deputy_chair` or `secretary` for its "
        "officers, `member` for everyone else; read from the start of the roster's position "
        "text.",
    )
    role_as_given: str = pa.Field(description="Position as the roster's source gives it.")
    table3_role_kk: str = pa.Field(
        nullable=True, description="Role printed in Table 3 (latest non-empty), Kazakh."
    )
    table3_meetings: int = pa.Field(
        ge=0, description="Meetings with the President in Table 3.", metadata={"unit": "meetings"}
    )
    membership_basis: str = pa.Field(
        isin=MEMBERSHIP_BASES,
        description="article_newcomer: named in the newcomer list; article_table3: met the "
        "President in Table 3 on or after the decree (meetings with members); public_source: "
        "only the roster (including a person whose only Table 3 row predates the decree).",
    )
    roster_grade: str = pa.Field(
        isin=ROSTER_GRADES,
        description="The roster compiler's grade of its row, as given: high = an official "
        "source or two independent outlets; medium = one credible outlet; low = indirect or "
        "inferred; low-medium = between the two, used only for five people the article names "
        "(the doubt is about the fuller name or post, not membership). Not used for counts.",
    )
    membership_evidence: str = pa.Field(
        isin=MEMBERSHIP_EVIDENCE,
        description="The scale the counts follow. article = the article names the person a "
        "member (newcomer list or Table 3); high = an official source or two outlets name the "
        "person a member or officer; medium = one credible outlet does; low = only session "
        "participation, the person's own statement of being a member, or a probable seat (a "
        "public-source row graded "
        "low or low-medium).",
    )
    count_group: str = pa.Field(
        isin=COUNT_GROUPS,
        description="known = evidence article, always counted (the date window applies to "
        "public-source rows only), or high or medium evidence from a public source dated within "
        "the article's period (decree date + 3 years); after_window = high or medium evidence "
        "only from a public source dated later (counted apart); not_counted = low evidence.",
    )
    counted_as_known: bool = pa.Field(description="count_group is 'known'.")
    count_reason: str = pa.Field(description="Why the row counts or not, in words (in English).")
    field_code: str = pa.Field(description="Field of activity (field_codebook).")
    field_evidence: str = pa.Field(
        nullable=True, description="Position words that decide the field."
    )
    field_evidence_from: str = pa.Field(
        isin=["roster_position", "table3_role", "none"],
        description="Where field_evidence comes from: `roster_position`, the position text of "
        "the roster; `table3_role`, the role printed in Table 3; `none`, nowhere (field "
        "unknown).",
    )
    post_basis: str = pa.Field(
        isin=["article", "member_source", "surname_initial", "none"],
        description="Identity rule: where the post that decides the field comes from "
        "(member_fields.csv); a field is coded only for article and member_source.",
    )
    topic_field: str = pa.Field(
        nullable=True,
        description="For a 'field unknown' member: the field the topic raised with the "
        "President points to (sensitivity check only).",
    )
    field_note: str = pa.Field(nullable=True, description="Coder's note (in English).")
    source: str = pa.Field(description="Source of the roster row.")
    source_date: str = pa.Field(description="Date of that source.")
    roster_line: int = pa.Field(ge=2, description="Line of roster_candidates.csv.")

    class Config:
        strict = True
        ordered = True


def _confidence(notes: object) -> str | None:
    m = _CONFIDENCE.search(str(notes))
    return m.group(1).lower() if m else None


def _role(position: str) -> str:
    for pattern, role in _ROLE_PATTERNS:
        if pattern.search(position):
            return role
    return "member"


def build_members(raw: RawTables, _: dict) -> pd.DataFrame:
    """The members table (see :class:`Members`), one row per person, sorted by member_id.

    Rule (:data:`MEMBERSHIP_EVIDENCE`, :data:`COUNT_GROUPS`): a person named by the article
    (newcomer list, or Table 3 at a meeting on or after the decree of 14 June 2022; a row
    before it is not a meeting with a member) counts, whatever grade the roster gives the
    fuller name; a
    person known only from the public roster counts when the roster grades the row high or
    medium and the source is dated within the article's period (:func:`window_end`); such a
    row from a later source is counted apart (``after_window``); rows graded low or
    low-medium (session participants, self-descriptions, probable seats) are kept but do
    not count.
    """
    roster = match_roster(raw)
    newcomers = set(raw["article/newcomers.csv"]["person_id"])
    part = raw["article/meeting_participants.csv"].merge(
        raw["article/meetings.csv"][["meeting_id", "meeting_date"]], on="meeting_id"
    )
    meetings = part.groupby("person_id")["meeting_id"].nunique()
    roles = (
        part.dropna(subset=["role_as_printed"])
        .sort_values("meeting_date")
        .groupby("person_id")["role_as_printed"]
        .last()
    )
    persons = raw["article/persons.csv"].set_index("person_id")["name_kk"]
    df = roster.rename(columns={"status": "status_raw"})
    df["name_as_source"] = df["name_original"]
    df["name_kk"] = [
        persons.get(pid, cyr) if isinstance(pid, str) else cyr
        for pid, cyr in zip(df["person_id"], df["name_kk"], strict=True)
    ]
    df["name_latin_source"] = df["name_latin"]
    df["name_latin"] = [
        latin(kk) if isinstance(pid, str) or not isinstance(lat, str) else lat
        for pid, lat, kk in zip(df["person_id"], df["name_latin"], df["name_kk"], strict=True)
    ]
    is_new = df["member_id"].isin(newcomers)
    # Only a meeting after the decree is a meeting with a member: a person whose only Table 3
    # row comes before it (Zh. Qulekeev, 25 April 2022) is graded on the public roster.
    decree = pd.Timestamp(fact(raw, "decree_date"))
    as_member = part[part["meeting_date"] >= decree].groupby("person_id")["meeting_id"].nunique()
    in_t3 = df["member_id"].isin(as_member.index)
    df["status"] = "unknown"
    df.loc[df["status_raw"].isin(["initial", "left"]), "status"] = "initial"
    df.loc[is_new, "status"] = "joined"
    df["status_basis"] = [
        "article: newcomer list, lines 188-194"
        if new
        else "roster: seen as a member in 2022-24 and not a newcomer (inferred)"
        if st in ("initial", "left") and ("inferred" in str(n) or st == "left")
        else "roster: named in a 2022 list of the first composition"
        if st == "initial"
        else "roster: no source on when the person joined"
        for new, st, n in zip(is_new, df["status_raw"], df["notes"], strict=True)
    ]
    df["left_reported"] = df["status_raw"] == "left"
    df["composition_role"] = df["position_as_given"].map(_role)
    df["role_as_given"] = df["position_as_given"]
    df["table3_role_kk"] = df["member_id"].map(roles)
    df["table3_meetings"] = df["member_id"].map(meetings).fillna(0).astype(int)
    df["membership_basis"] = "public_source"
    df.loc[in_t3, "membership_basis"] = "article_table3"
    df.loc[is_new, "membership_basis"] = "article_newcomer"
    df["roster_grade"] = df["notes"].map(_confidence)
    article = df["membership_basis"] != "public_source"
    df["membership_evidence"] = [
        "article" if a else g if g in ("high", "medium") else "low"
        for a, g in zip(article, df["roster_grade"], strict=True)
    ]
    end = window_end(raw)
    late = [
        not a and (d is None or d > end)
        for a, d in zip(article, df["source_date"].map(earliest_date), strict=True)
    ]
    counted = df["membership_evidence"].isin(COUNTED_EVIDENCE)
    df["count_group"] = [
        "not_counted" if not c else "after_window" if lt else "known"
        for c, lt in zip(counted, late, strict=True)
    ]
    df["counted_as_known"] = df["count_group"] == "known"
    df["count_reason"] = [
        "named a member by the article"
        if a
        else f"a public source names the person a member ({e} evidence)"
        if grp == "known"
        else f"named a member only by a source dated {d}, after the article's period "
        f"(which ends {end:%Y-%m-%d}); counted apart"
        if grp == "after_window"
        else "public source: participation, self-description or probable seat only"
        for a, e, grp, d in zip(
            article, df["membership_evidence"], df["count_group"], df["source_date"], strict=True
        )
    ]
    fields = raw["article/member_fields.csv"].set_index("member_id")
    df["field_code"] = df["member_id"].map(fields["field_code"])
    df["field_evidence"] = df["member_id"].map(fields["evidence"])
    df["field_evidence_from"] = df["member_id"].map(fields["evidence_from"])
    df["post_basis"] = df["member_id"].map(fields["post_basis"])
    df["topic_field"] = df["member_id"].map(fields["topic_field"])
    df["field_note"] = df["member_id"].map(fields["note"])
    df["source"] = df["source_url"]
    cols = list(Members.to_schema().columns)
    return df[cols].sort_values("member_id").reset_index(drop=True)


BAR_KINDS = ["field", "field_unknown", "not_identified"]


class MembersByField(pa.DataFrameModel):
    """Figure 1, partial: known members by field, plus the gaps. Key: ``bar_order``.

    One bar per code of the field codebook (zeros kept), then 'field unknown' (known members
    whose field no source states) and 'not identified' (of the 149 seats ever filled).
    """

    bar_order: int = pa.Field(ge=1, unique=True, description="Display order.")
    bar_id: str = pa.Field(unique=True, description="Field code, or 'not_identified'.")
    label_en: str = pa.Field(description="Bar label in English.")
    label_kk: str = pa.Field(description="Bar label in Kazakh.")
    bar_kind: str = pa.Field(
        isin=BAR_KINDS,
        description="What the bar counts: `field`, known members of that field; "
        "`field_unknown`, known members whose field no source states; `not_identified`, seats "
        "ever filled that no known member accounts for.",
    )
    persons: int = pa.Field(ge=0, description="Persons.", metadata={"unit": "persons"})
    share_of_ever_appointed_pct: float = share_field(
        description="100 * persons / 149, the seats ever filled (117 initial members + 32 "
        "newcomers)."
    )
    value_status: str = pa.Field(isin=["derived"], description="All bars are derived by us.")

    class Config:
        strict = True
        ordered = True

    @table_check("the bars add up to the seats ever filled (117 + 32)")
    def _adds_up(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series(df["persons"].sum() == 149, index=df.index)


def ever_appointed(raw: RawTables) -> int:
    """Seats ever filled: initial members + newcomers (117 + 32 = 149), from kurultai_facts."""
    return int(fact(raw, "initial_members")) + int(fact(raw, "rotation_newcomers"))


def build_members_by_field(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Bars of the partial Figure 1 (see :class:`MembersByField`), from ``members``."""
    known = built["members"][built["members"]["counted_as_known"]]
    codebook = built["field_codebook"]
    counts = known["field_code"].value_counts()
    total = ever_appointed(raw)
    rows = [
        {
            "bar_id": code,
            "label_en": en,
            "label_kk": kk,
            "bar_kind": "field_unknown" if code == "unknown" else "field",
            "persons": int(counts.get(code, 0)),
        }
        for code, en, kk in zip(
            codebook["field_code"], codebook["label_en"], codebook["label_kk"], strict=True
        )
    ]
    rows.append(
        {
            "bar_id": "not_identified",
            "label_en": f"Not identified (of about {total})",
            "label_kk": "анықталмаған",
            "bar_kind": "not_identified",
            "persons": total - len(known),
        }
    )
    df = pd.DataFrame(rows)
    df.insert(0, "bar_order", range(1, len(df) + 1))
    df["share_of_ever_appointed_pct"] = (100 * df["persons"] / total).round(1)
    df["value_status"] = "derived"
    return df


class CompositionCoverage(pa.DataFrameModel):
    """Rotation and coverage figures. Key: ``metric_id``."""

    metric_id: str = pa.Field(unique=True, description="Which figure.")
    label_en: str = pa.Field(description="What it counts (in English).")
    value: float = pa.Field(ge=0, description="The figure.")
    unit: str = pa.Field(isin=["persons", "percent (0-100)"], description="Unit of value.")
    value_status: str = status_field()
    source: str = pa.Field(description="Seed lines, or how it is computed (in words).")

    class Config:
        strict = True
        ordered = True


def build_coverage(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Rotation (32 against 117) and how much of the membership this book can identify.

    Rows of :class:`CompositionCoverage`; persons are counts, shares percent (0-100) of the
    initial seats or of the 149 seats ever filled. ``source`` is written for readers
    (article lines, or the sum computed), with no file paths.
    """
    members = built["members"]
    known = members[members["counted_as_known"]]
    initial = int(fact(raw, "initial_members"))
    joined = int(fact(raw, "rotation_newcomers"))
    total = ever_appointed(raw)
    newcomers_t3 = int(((members["status"] == "joined") & (members["table3_meetings"] > 0)).sum())
    coded = int((known["field_code"] != "unknown").sum())
    group = members["count_group"]
    rows = [
        ("initial_members", "Initial members", initial, "persons", "reported", "article, line 182"),
        ("newcomers", "Members renewed by rotation", joined, "persons", "reported",
         "article, lines 188-189"),
        ("ever_appointed", "Seats ever filled (about)", total, "persons", "derived",
         EVER_APPOINTED_NOTE),
        ("renewed_share_pct", "Newcomers as a share of the initial seats", 100 * joined / initial,
         "percent (0-100)", "derived", f"{joined} / {initial} x 100"),
        ("newcomers_share_of_ever_pct", "Newcomers among seats ever filled",
         100 * joined / total, "percent (0-100)", "derived", f"{joined} / {total} x 100"),
        ("members_in_table3", "Members who met the President (Table 3)",
         int((members["table3_meetings"] > 0).sum()), "persons", "derived",
         "Table 3, lines 465-611; includes Zh. Qulekeev, received on 25 April 2022, "
         "before the Kurultai existed, so not as a member"),
        ("newcomers_in_table3", "Newcomers who met the President (Table 3)", newcomers_t3,
         "persons", "derived", "newcomer list and Table 3"),
        ("persons_listed", "Persons in the members table", len(members), "persons",
         "derived", "article newcomers and Table 3 plus the public roster, one row a person"),
        ("known_members", "Known members", len(known), "persons", "derived",
         "named a member by the article, or by a public source of high or medium grade "
         "within the article's period"),
        ("known_initial", "Known members of the first composition",
         int((known["status"] == "initial").sum()), "persons", "derived", "known members"),
        ("known_joined", "Known newcomers", int((known["status"] == "joined").sum()),
         "persons", "derived", "known members"),
        ("known_status_unknown", "Known members, status unknown",
         int((known["status"] == "unknown").sum()), "persons", "derived", "known members"),
        ("named_after_window", "Named a member only after the article's period",
         int((group == "after_window").sum()), "persons", "derived",
         "public source dated after the decree date + 3 years; counted apart"),
        ("not_counted", "Listed but not counted (low evidence)",
         int((group == "not_counted").sum()), "persons", "derived",
         "session participants, self-descriptions, probable seats"),
        ("known_field_coded", "Known members with a field", coded, "persons", "derived",
         "known members whose post a source states (identity rule)"),
        ("known_field_unknown", "Known members, field unknown", len(known) - coded, "persons",
         "derived", "known members with no stated post"),
        ("not_identified", "Seats not identified", total - len(known), "persons", "derived",
         f"{total} - known members"),
        ("coverage_pct", "Known members as a share of seats ever filled", 100 * len(known) / total,
         "percent (0-100)", "derived", f"known members / {total} x 100"),
        ("field_coverage_pct", "Known members with a field as a share of seats ever filled",
         100 * coded / total, "percent (0-100)", "derived", f"known with a field / {total} x 100"),
    ]  # fmt: skip
    df = pd.DataFrame(rows, columns=list(CompositionCoverage.to_schema().columns))
    df["value"] = df["value"].astype(float).round(1)
    return df


class MembershipClaims(MembershipClaimsRaw):
    """Claims about single members that rest on one source. Key: ``claim_id``."""

    name_latin: str = pa.Field(description="The member's name (members table).")
    in_newcomer_list: bool = pa.Field(description="Among the article's 32 newcomers.")
    counted_as_known: bool = pa.Field(description="Counted as a known member.")


def build_claims(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One-source claims (article/membership_claims.csv) joined to the members table."""
    members = built["members"].set_index("member_id")
    df = raw["article/membership_claims.csv"].copy()
    df["name_latin"] = df["member_id"].map(members["name_latin"])
    df["in_newcomer_list"] = df["member_id"].map(members["status"]).eq("joined")
    df["counted_as_known"] = df["member_id"].map(members["counted_as_known"]).astype(bool)
    return df.reset_index(drop=True)


class CompositionStructure(pa.DataFrameModel):
    """Structure and governance: decree, officers, working body, sections. Key: item_order."""

    item_order: int = pa.Field(ge=1, unique=True, description="Display order.")
    item_en: str = pa.Field(description="What the row describes (in English).")
    value_en: str = pa.Field(description="Value in English.")
    value_kk: str = pa.Field(description="The article's wording.")
    holder_public: str = pa.Field(
        nullable=True, description="Office holder named by public sources (the article names none)."
    )
    holder_as_of: str = pa.Field(
        nullable=True,
        description="Month of the report that names the holder (e.g. 'March 2024'); the holder "
        "is known to hold the post then, not necessarily since the decree of 2022.",
    )
    holder_source: str = pa.Field(nullable=True, description="Source of holder_public.")
    locator: str = locator_field()

    class Config:
        strict = True
        ordered = True


STRUCTURE_FACTS = {
    "decree_date": "Decree creating the Kurultai",
    "chair": "Chair",
    "deputy_chairs": "Deputy chairs",
    "deputy_chair_ex_officio": "Deputy chair ex officio",
    "secretary": "Secretary",
    "working_body": "Working body",
    "initial_members": "Initial members",
    "rotation_newcomers": "Members renewed by rotation",
    "rotation_period": "Period of the rotation",
    "session_working_days": "Working days per session",
    "sections_since_session": "Sections held since session",
    "sections_count": "Working sections",
}
#: Officer facts -> (composition_role, words the position must contain) of the holders.
_HOLDERS = {
    "chair": ("chair", ""),
    "deputy_chairs": ("deputy_chair", ""),
    "deputy_chair_ex_officio": ("deputy_chair", "State Counselor"),
    "secretary": ("secretary", ""),
}


def month_year(text: object) -> str:
    """A roster source date as a month in words: "2024-03" -> "March 2024"; "2022-06-16" ->
    "June 2022"; a bare year stays as it is. Raises ``ValueError`` when no year is given."""
    day = earliest_date(text)
    if day is None:
        raise ValueError(f"no date in {text!r}")
    has_month = re.match(r"\s*\d{4}-\d{2}", str(text)) is not None
    return f"{day:%B %Y}" if has_month else f"{day:%Y}"


def build_structure(raw: RawTables, built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Facts in :data:`STRUCTURE_FACTS` order, then the four sections (lines 441-443).

    Officers' names come from the public roster (members table), with their sources and the
    month of the report that names them (``holder_as_of``): a name from a March 2024 report
    shows who held the post then, not who held it under the decree of June 2022.
    """
    facts = raw["article/kurultai_facts.csv"].set_index("fact_id")
    members = built["members"]
    rows = []
    for fid, label in STRUCTURE_FACTS.items():
        role, words = _HOLDERS.get(fid, ("-", ""))
        holders = members[
            (members["composition_role"] == role)
            & members["role_as_given"].str.contains(words, regex=False)
        ]
        rows.append(
            {
                "item_en": label,
                "value_en": facts.loc[fid, "value"],
                "value_kk": facts.loc[fid, "value_kk"],
                "holder_public": "; ".join(holders["name_latin"]) or pd.NA,
                "holder_as_of": "; ".join(map(month_year, holders["source_date"])) or pd.NA,
                "holder_source": "; ".join(
                    f"{n}: {s} ({d})"
                    for n, s, d in zip(
                        holders["name_latin"],
                        holders["source"],
                        holders["source_date"],
                        strict=True,
                    )
                )
                or pd.NA,
                "locator": facts.loc[fid, "locator"],
            }
        )
    for sec in raw["article/sections.csv"].sort_values("section_order").itertuples():
        rows.append(
            {
                "item_en": f"Section {sec.section_order}",
                "value_en": sec.name_en,
                "value_kk": sec.name_kk,
                "holder_public": pd.NA,
                "holder_as_of": pd.NA,
                "holder_source": pd.NA,
                "locator": sec.locator,
            }
        )
    df = pd.DataFrame(rows)
    df.insert(0, "item_order", range(1, len(df) + 1))
    return df


def check_members(raw: RawTables) -> list[Problem]:
    """The roster, the article's lists and the field coding agree.

    - every roster row has a confidence grade at the end of ``notes``;
    - no two roster rows resolve to the same person;
    - roster status 'joined' if and only if the person is one of the article's newcomers;
    - every newcomer and every Table 3 person is in the roster;
    - member_fields.csv codes every member once, with a code of field_codebook.csv, and its
      evidence is copied exactly from the position text it names;
    - every field code's article categories exist in member_categories.csv, and every
      article category is covered by a code;
    - every claim names a member.
    """
    problems: list[Problem] = []
    roster = match_roster(raw)
    label = raw_label(ROSTER)
    for i, n in roster["notes"].items():
        if _confidence(n) is None:
            problems.append(
                Problem(
                    label,
                    int(i) + 2,
                    "notes",
                    "must end with a grade: High, Medium, Low-Medium or Low",
                    str(n),
                )
            )
    dup = roster[roster["member_id"].duplicated(keep="first")]
    for i, mid in dup["member_id"].items():
        problems.append(
            Problem(label, int(i) + 2, "name_original", "same person as an earlier row", mid)
        )
    newcomers = set(raw["article/newcomers.csv"]["person_id"])
    for i, (mid, st) in enumerate(zip(roster["member_id"], roster["status"], strict=True)):
        if (st == "joined") != (mid in newcomers):
            problems.append(
                Problem(
                    label,
                    i + 2,
                    "status",
                    "status 'joined' must match the article's newcomer list",
                    st,
                )
            )
    needed = newcomers | set(raw["article/meeting_participants.csv"]["person_id"])
    for pid in sorted(needed - set(roster["member_id"])):
        problems.append(Problem(label, None, "name_original", "no roster row for this person", pid))
    problems += _check_fields(raw, roster)
    members = set(roster["member_id"])
    claims = raw["article/membership_claims.csv"]
    for i, mid in claims["member_id"].items():
        if mid not in members:
            problems.append(
                Problem(
                    raw_label("article/membership_claims.csv"),
                    int(i) + 2,
                    "member_id",
                    "not a member id",
                    mid,
                )
            )
    return problems


def _check_fields(raw: RawTables, roster: pd.DataFrame) -> list[Problem]:
    problems: list[Problem] = []
    path = "article/member_fields.csv"
    fields = raw[path]
    codebook = raw["article/field_codebook.csv"]
    codes = set(codebook["field_code"])
    positions = roster.set_index("member_id")["position_as_given"]
    roles = (
        raw["article/meeting_participants.csv"]
        .groupby("person_id")["role_as_printed"]
        .agg(lambda s: " | ".join(s.dropna()))
    )
    for i, row in fields.iterrows():
        line = int(i) + 2
        if row["member_id"] not in positions.index:
            problems.append(
                Problem(raw_label(path), line, "member_id", "not a member id", row["member_id"])
            )
            continue
        if row["field_code"] not in codes:
            problems.append(
                Problem(
                    raw_label(path),
                    line,
                    "field_code",
                    "not in field_codebook.csv",
                    row["field_code"],
                )
            )
        text = {
            "roster_position": positions.get(row["member_id"], ""),
            "table3_role": roles.get(row["member_id"], ""),
        }.get(row["evidence_from"])
        if text is not None and str(row["evidence"]) not in str(text):
            problems.append(
                Problem(
                    raw_label(path),
                    line,
                    "evidence",
                    f"not found in the {row['evidence_from']} text",
                    str(row["evidence"]),
                )
            )
        if (row["evidence_from"] == "none") != (row["field_code"] == "unknown"):
            problems.append(
                Problem(
                    raw_label(path),
                    line,
                    "field_code",
                    "code 'unknown' if and only if there is no evidence",
                    row["field_code"],
                )
            )
        if (row["post_basis"] in POST_BASES_CODED) != (row["field_code"] != "unknown"):
            problems.append(
                Problem(
                    raw_label(path),
                    line,
                    "post_basis",
                    "identity rule: a field is coded if and only if the post is printed by "
                    "the article or given by a source that ties the person to the Kurultai",
                    str(row["post_basis"]),
                )
            )
        topic = row["topic_field"]
        if isinstance(topic, str) and (row["field_code"] != "unknown" or topic not in codes):
            problems.append(
                Problem(
                    raw_label(path),
                    line,
                    "topic_field",
                    "only for a 'field unknown' member, and a code of field_codebook.csv",
                    topic,
                )
            )
    for mid in sorted(set(positions.index) - set(fields["member_id"])):
        problems.append(
            Problem(raw_label(path), None, "member_id", "member has no coding row", mid)
        )
    cats = raw["article/member_categories.csv"]
    existing = set(zip(cats["list_id"], cats["category_order"], strict=True))
    used: set[tuple[str, int]] = set()
    for i, refs in codebook["article_categories"].items():
        for ref in _category_refs(refs):
            used.add(ref)
            if ref not in existing:
                problems.append(
                    Problem(
                        raw_label("article/field_codebook.csv"),
                        int(i) + 2,
                        "article_categories",
                        "no such row in member_categories.csv",
                        f"{ref[0]}:{ref[1]}",
                    )
                )
    for ref in sorted(existing - used):
        problems.append(
            Problem(
                raw_label("article/field_codebook.csv"),
                None,
                "article_categories",
                "article category not covered by any code",
                f"{ref[0]}:{ref[1]}",
            )
        )
    if "unknown" not in codes:
        problems.append(
            Problem(
                raw_label("article/field_codebook.csv"), None, "field_code", "no 'unknown' code", ""
            )
        )
    return problems


OUTPUTS = [
    Output(
        "kurultai_facts",
        sorted_raw("article/kurultai_facts.csv", ["fact_id"]),
        KurultaiFactsRaw,
        ("article/kurultai_facts.csv",),
        "Composition and format facts",
    ),
    Output(
        "newcomers",
        build_newcomers,
        Newcomers,
        ("article/newcomers.csv", "article/meeting_participants.csv"),
        "The 32 newcomers by rotation",
    ),
    Output(
        "sections",
        sorted_raw("article/sections.csv", ["section_order"]),
        SectionsRaw,
        ("article/sections.csv",),
        "The four working sections",
    ),
    Output(
        "member_categories",
        sorted_raw("article/member_categories.csv", ["list_id", "category_order"]),
        MemberCategoriesRaw,
        ("article/member_categories.csv",),
        "Whom the members represent",
    ),
    Output(
        "world_practices",
        sorted_raw("article/world_practices.csv", ["practice_id"]),
        WorldPracticesRaw,
        ("article/world_practices.csv",),
        "World practices cited",
    ),
    Output(
        "expert_interviews",
        sorted_raw("article/expert_interviews.csv", ["experts"]),
        ExpertInterviewsRaw,
        ("article/expert_interviews.csv",),
        "Expert interviews",
    ),
    Output(
        "field_codebook",
        build_field_codebook,
        FieldCodebook,
        ("article/field_codebook.csv", "article/member_categories.csv"),
        "Codebook of members' fields of activity",
    ),
    Output(
        "members",
        build_members,
        Members,
        (
            "public/roster_candidates.csv",
            "article/kurultai_facts.csv",
            "article/persons.csv",
            "article/newcomers.csv",
            "article/meetings.csv",
            "article/meeting_participants.csv",
            "article/member_fields.csv",
        ),
        "Members known or said to have served",
    ),
    Output(
        "members_by_field",
        build_members_by_field,
        MembersByField,
        ("article/kurultai_facts.csv", "article/field_codebook.csv", "article/member_fields.csv"),
        "Figure 1, partial: known members by field",
    ),
    Output(
        "composition_coverage",
        build_coverage,
        CompositionCoverage,
        ("article/kurultai_facts.csv", "public/roster_candidates.csv"),
        "Rotation and coverage of the members table",
    ),
    Output(
        "membership_claims",
        build_claims,
        MembershipClaims,
        ("article/membership_claims.csv", "public/roster_candidates.csv"),
        "One-source claims about members",
    ),
    Output(
        "composition_structure",
        build_structure,
        CompositionStructure,
        ("article/kurultai_facts.csv", "article/sections.csv", "public/roster_candidates.csv"),
        "Structure and governance",
    ),
    Output(
        "expert_positions",
        sorted_raw("article/expert_positions.csv", ["proposal_order"]),
        ExpertPositionsRaw,
        ("article/expert_positions.csv",),
        "Experts' proposals on choosing members",
    ),
]
CHECKS = [check_counts, check_members]
