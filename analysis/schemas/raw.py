"""pandera models of the raw tables (data/raw/<source>/*.csv), as transcribed or copied.

Column order in each model is the order of the CSV header. All models are strict (no extra
columns) and coerce the text read from CSV into the declared type.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from analysis.schemas.common import (
    BODY_PERIOD,
    LOCATOR_REGEX,
    PERSON_ID_REGEX,
    WAVE_YEARS,
    closes_to_100,
    closure_sum,
    locator_field,
    share_field,
    status_field,
    table_check,
)


class _Raw(pa.DataFrameModel):
    class Config:
        strict = True
        coerce = True


class SurveyWavesRaw(_Raw):
    """The two waves of the mass survey (article, lines 113-120)."""

    wave_year: int = pa.Field(isin=WAVE_YEARS, unique=True, description="Year of the wave.")
    fieldwork_start: Series[pd.Timestamp] = pa.Field(
        description="First day of fieldwork.", metadata={"unit": "date"}
    )
    fieldwork_end: Series[pd.Timestamp] = pa.Field(
        description="Last day of fieldwork.", metadata={"unit": "date"}
    )
    respondents: int = pa.Field(
        gt=0, description="Number of respondents (sample size n).", metadata={"unit": "respondents"}
    )
    min_age: int = pa.Field(
        ge=15, le=21, description="Youngest age sampled.", metadata={"unit": "years of age"}
    )
    mode: str = pa.Field(isin=["face-to-face"], description="Interview mode.")
    fielded_by_kk: str = pa.Field(description="Organisation that fielded the survey, as printed.")
    fielded_by_en: str = pa.Field(description="The same organisation in English.")
    coverage_en: str = pa.Field(description="Geographic coverage.")
    sample_en: str = pa.Field(description="Sample description as printed (in English).")
    quota_variables: str = pa.Field(
        str_matches=r"^[a-z]+(;[a-z]+)*$",
        description="Quota variables, separated by ';'.",
    )
    locator: str = locator_field()
    value_status: str = status_field()

    @table_check("fieldwork_end is on or after fieldwork_start, in the wave year")
    def _fieldwork_order(cls, df: pd.DataFrame) -> pd.Series:
        return (df["fieldwork_end"] >= df["fieldwork_start"]) & (
            df["fieldwork_start"].dt.year == df["wave_year"]
        )


class ExpertInterviewsRaw(_Raw):
    """The in-depth expert interviews (article, lines 122-124)."""

    experts: int = pa.Field(
        gt=0, description="Number of experts interviewed.", metadata={"unit": "persons"}
    )
    fields: int = pa.Field(
        gt=0, description="Number of fields the experts work in.", metadata={"unit": "fields"}
    )
    period_en: str = pa.Field(
        description="When the interviews took place, as the article words it (in English)."
    )
    includes_members: bool = pa.Field(description="Whether Kurultai members were among them.")
    locator: str = locator_field()
    value_status: str = status_field()


AGE_GROUPS = ["18-28", "29-60", "61+"]


class AwarenessByAgeRaw(_Raw):
    """Share who had heard of the Kurultai, by age group and wave (article, lines 318-341)."""

    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    age_group: str = pa.Field(isin=AGE_GROUPS, description="Age group (years).")
    age_group_as_printed: str = pa.Field(description="The age group as the article prints it.")
    age_min: int = pa.Field(
        ge=18, le=100, description="Youngest age in the group.", metadata={"unit": "years of age"}
    )
    age_max: Series[pd.Int64Dtype] = pa.Field(
        ge=18,
        le=100,
        nullable=True,
        description="Oldest age in the group; empty if open.",
        metadata={"unit": "years of age"},
    )
    share_pct: float = share_field(description="Share of the age group aware of the Kurultai.")
    value_status: str = status_field()
    locator: str = locator_field()
    note: str = pa.Field(nullable=True, description="Transcriber's note (in English).")

    class Config:
        unique = ["wave_year", "age_group"]

    @table_check("age_max is empty or not below age_min")
    def _age_bounds(cls, df: pd.DataFrame) -> pd.Series:
        return df["age_max"].isna() | (df["age_max"] >= df["age_min"])


ATTITUDE_CATEGORIES = {
    "table1": ["positive", "neutral", "negative"],
    "table2": ["changed_positive", "no_change", "changed_negative"],
}


class AttitudeSharesRaw(_Raw):
    """Table 1 and Table 2 of the article (lines 347-396): one row per wave and answer."""

    table_id: str = pa.Field(isin=list(ATTITUDE_CATEGORIES), description="Article table.")
    wave_year: int = pa.Field(isin=WAVE_YEARS, description="Survey wave.")
    category: str = pa.Field(
        isin=sorted({c for cats in ATTITUDE_CATEGORIES.values() for c in cats}),
        description="Answer category (positive/negative include the 'rather' answers).",
    )
    category_kk: str = pa.Field(description="The answer as the article words it.")
    share_pct: float = share_field()
    value_status: str = pa.Field(
        isin=["reported", "inferred", "implied"], description="See the codebook's value_status."
    )
    locator: str = locator_field()
    note: str = pa.Field(
        nullable=True, description="Reasoning for inferred and implied values (in English)."
    )

    class Config:
        unique = ["table_id", "wave_year", "category"]

    @table_check("category belongs to its table")
    def _category_in_table(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series(
            [
                c in ATTITUDE_CATEGORIES.get(t, [])
                for t, c in zip(df["table_id"], df["category"], strict=True)
            ],
            index=df.index,
        )

    @table_check(
        "share_pct of each table closes to 100 within 0.2 pp in each wave",
        detail=closure_sum(["table_id", "wave_year"]),
    )
    def _closes(cls, df: pd.DataFrame) -> pd.Series:
        return closes_to_100(df, ["table_id", "wave_year"])

    @table_check("category: every table has all its categories in both waves")
    def _complete(cls, df: pd.DataFrame) -> pd.Series:
        n = df.groupby(["table_id", "wave_year"])["category"].transform("nunique")
        expected = df["table_id"].map({k: len(v) for k, v in ATTITUDE_CATEGORIES.items()})
        return n == expected

    @table_check("share_pct of an implied row is 100 minus the others of its wave")
    def _implied_is_residual(cls, df: pd.DataFrame) -> pd.Series:
        total = df.groupby(["table_id", "wave_year"])["share_pct"].transform("sum")
        residual = 100 - (total - df["share_pct"])
        return (df["value_status"] != "implied") | ((residual - df["share_pct"]).abs() < 0.05)


FACT_TYPES = {
    "decree_date": "date",
    "chair": "text",
    "deputy_chairs": "count",
    "deputy_chair_ex_officio": "text",
    "secretary": "count",
    "working_body": "text",
    "initial_members": "count",
    "rotation_newcomers": "count",
    "rotation_period": "text",
    "session_working_days": "count",
    "sections_since_session": "roman",
    "sections_count": "count",
}


def _fact_value_ok(fact_id: str, value: str) -> bool:
    kind = FACT_TYPES.get(fact_id)
    if kind == "count":
        return value.isdigit()
    if kind == "date":
        ts = pd.to_datetime(value, format="%Y-%m-%d", errors="coerce")
        return pd.notna(ts) and BODY_PERIOD[0] <= ts <= BODY_PERIOD[1]
    if kind == "roman":
        return value in {"I", "II", "III", "IV", "V"}
    return kind == "text" and bool(value.strip())


class KurultaiFactsRaw(_Raw):
    """Composition and format facts (lines 139-188, 438-443), one row per fact."""

    fact_id: str = pa.Field(isin=list(FACT_TYPES), unique=True, description="Which fact.")
    value: str = pa.Field(description="The value, as text (a date is YYYY-MM-DD).")
    unit: str = pa.Field(
        isin=["date", "role", "count", "body", "period", "days", "session"],
        description="What the value measures.",
    )
    value_kk: str = pa.Field(description="The value as the article words it.")
    locator: str = locator_field()
    value_status: str = status_field()
    note: str = pa.Field(nullable=True, description="Transcriber's note (in English).")

    @table_check("value has the type its fact needs (count, date in 2022-2026, ...)")
    def _typed(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series(
            [_fact_value_ok(f, v) for f, v in zip(df["fact_id"], df["value"], strict=True)],
            index=df.index,
        )

    @table_check("fact_id: every fact the pipeline expects has a row (none deleted)")
    def _all_facts(cls, df: pd.DataFrame) -> bool:
        # The book and the stated-count checks read each fact; a deleted row must stop here.
        return set(FACT_TYPES) <= set(df["fact_id"])


class SectionsRaw(_Raw):
    """The four working sections (lines 441-443)."""

    section_order: int = pa.Field(ge=1, unique=True, description="Order as printed.")
    name_kk: str = pa.Field(unique=True, description="Section name as printed.")
    name_en: str = pa.Field(description="Section name in English.")
    since_session: str = pa.Field(
        isin=["I", "II", "III", "IV", "V"], description="Session since which it is held."
    )
    locator: str = locator_field()


class MemberCategoriesRaw(_Raw):
    """The article's two lists of whom the members represent."""

    list_id: str = pa.Field(
        isin=["fields_of_activity", "constituencies"],
        description="Which list (`constituencies`: the groups whose representatives make up "
        "the Kurultai; `fields_of_activity`: the professions and social groups its members "
        "are drawn from).",
    )
    category_order: int = pa.Field(ge=1, description="Order within the list.")
    category_kk: str = pa.Field(description="Category as printed.")
    category_en: str = pa.Field(description="Category in English.")
    locator: str = locator_field()

    class Config:
        unique = ["list_id", "category_order"]


class PersonsRaw(_Raw):
    """Persons registry: one row per person named in Table 3 or the newcomer list."""

    person_id: str = pa.Field(
        str_matches=PERSON_ID_REGEX,
        unique=True,
        description="Stable id: Latin surname, hyphen, initial.",
    )
    name_kk: str = pa.Field(unique=True, description="Initial and surname, nominative form.")
    locator: str = locator_field()
    note: str = pa.Field(nullable=True, description="Spelling variants and other notes.")


class NewcomersRaw(_Raw):
    """The 32 members who joined by rotation (lines 188-194), in printed order."""

    newcomer_order: int = pa.Field(ge=1, unique=True, description="Order as printed.")
    name_as_printed: str = pa.Field(unique=True, description="Name exactly as printed.")
    person_id: str = pa.Field(
        str_matches=PERSON_ID_REGEX, unique=True, description="Id in persons.csv."
    )
    locator: str = locator_field()


class MeetingsRaw(_Raw):
    """Table 3: one row per dated meeting of the President with members."""

    meeting_id: str = pa.Field(str_matches=r"^M\d{2}$", unique=True, description="Meeting id.")
    meeting_date: Series[pd.Timestamp] = pa.Field(
        ge=BODY_PERIOD[0],
        le=BODY_PERIOD[1],
        unique=True,
        description="Date of the meeting (inside 2022-2026).",
        metadata={"unit": "date"},
    )
    date_as_printed: str = pa.Field(description="The date as printed.")
    locator: str = locator_field()


class MeetingParticipantsRaw(_Raw):
    """Table 3: one row per person met."""

    meeting_id: str = pa.Field(str_matches=r"^M\d{2}$", description="Meeting id.")
    person_order: int = pa.Field(isin=[1, 2], description="Order of the person in the row.")
    person_id: str = pa.Field(str_matches=PERSON_ID_REGEX, description="Id in persons.csv.")
    name_as_printed: str = pa.Field(description="Name exactly as printed (case endings kept).")
    role_as_printed: str = pa.Field(nullable=True, description="Role as printed; empty if none.")
    topic_en: str = pa.Field(
        str_length={"min_value": 5, "max_value": 300}, description="Topics, paraphrased in English."
    )
    locator: str = locator_field()

    class Config:
        unique = ["meeting_id", "person_order"]


class WorldPracticesRaw(_Raw):
    """World practices the article cites (lines 74-99)."""

    practice_id: str = pa.Field(str_matches=r"^[a-z_]+$", unique=True, description="Id.")
    country_en: str = pa.Field(description="Country, in English.")
    country_kk: str = pa.Field(description="Country as printed.")
    mechanism_en: str = pa.Field(description="The mechanism, paraphrased in English.")
    mechanism_kk: str = pa.Field(description="The mechanism, paraphrased in Kazakh (ours).")
    figure_value: float = pa.Field(nullable=True, ge=0, description="The figure printed, if any.")
    figure_unit: str = pa.Field(
        nullable=True, isin=["percent", "count", "decade"], description="Unit of figure_value."
    )
    figure_en: str = pa.Field(nullable=True, description="What the figure counts, in English.")
    figure_kk: str = pa.Field(nullable=True, description="What the figure counts, in Kazakh.")
    reference: str = pa.Field(
        str_matches=r"^\[\d+\]( \[\d+\])*$", description="The article's reference number(s)."
    )
    locator: str = locator_field()
    value_status: str = status_field()

    @table_check("figure_value and figure_unit are both given or both empty")
    def _figure_pair(cls, df: pd.DataFrame) -> pd.Series:
        return df["figure_value"].isna() == df["figure_unit"].isna()


class RecommendationsRaw(_Raw):
    """The article's recommendations (lines 668-699), paraphrased, in printed order."""

    rec_order: int = pa.Field(ge=1, unique=True, description="Order as printed.")
    theme: str = pa.Field(description="Short theme of the recommendation (ours, in English).")
    key_phrase_kk: str = pa.Field(description="A key phrase as printed, to find it in the text.")
    recommendation_en: str = pa.Field(description="The recommendation, paraphrased in English.")
    recommendation_kk: str = pa.Field(
        description="The recommendation, paraphrased in Kazakh (ours, not a quote)."
    )
    related_finding: str = pa.Field(
        description="The finding of the article it rests on (in English)."
    )
    related_finding_kk: str = pa.Field(description="The same finding, in Kazakh.")
    locator: str = locator_field()


#: One row of member_categories.csv, as ``list_id:category_order``.
_CATEGORY_REF = r"(fields_of_activity|constituencies):\d+"


class FieldCodebookRaw(_Raw):
    """Codebook of members' fields of activity (ours), following the article's two lists of
    member categories (lines 144-147 and 173-176) plus an explicit ``unknown`` code."""

    field_code: str = pa.Field(str_matches=r"^[a-z_]+$", unique=True, description="Code.")
    field_order: int = pa.Field(ge=1, unique=True, description="Display order.")
    label_en: str = pa.Field(unique=True, description="Label in English.")
    label_kk: str = pa.Field(description="The article's wording (Kazakh), ';' between lists.")
    article_categories: str = pa.Field(
        nullable=True,
        str_matches=rf"^{_CATEGORY_REF}(; {_CATEGORY_REF})*$",
        description="Rows of member_categories.csv (list_id:category_order) the code stands for; "
        "empty for the project's own 'unknown' code.",
    )
    rule_en: str = pa.Field(description="Coding rule: which position text gets this code.")
    locator: str = locator_field(nullable=True)


class MemberFieldsRaw(_Raw):
    """Field of activity coded for every person of the members table (our coding)."""

    member_id: str = pa.Field(
        str_matches=PERSON_ID_REGEX, unique=True, description="Member id (members table)."
    )
    field_code: str = pa.Field(str_matches=r"^[a-z_]+$", description="Code in field_codebook.csv.")
    evidence: str = pa.Field(
        nullable=True,
        description="The words of the position text that decide the code, copied exactly.",
    )
    evidence_from: str = pa.Field(
        isin=["roster_position", "table3_role", "none"],
        description="Where the evidence is: the roster's position_as_given, the role printed "
        "in Table 3, or nowhere (code 'unknown').",
    )
    post_basis: str = pa.Field(
        isin=["article", "member_source", "surname_initial", "none"],
        description="Identity rule, where the post comes from: article = the article prints "
        "it beside the name; member_source = one public source gives the full name, the post "
        "and the tie to the Kurultai; surname_initial = a post is known only for someone who "
        "shares the surname and initial; none = no post stated. A field is coded only for "
        "article and member_source.",
    )
    topic_field: str = pa.Field(
        nullable=True,
        str_matches=r"^[a-z_]+$",
        description="For a 'field unknown' member only: the field the topic they raised with "
        "the President points to (sensitivity check; never used as the field).",
    )
    note: str = pa.Field(nullable=True, description="Why, where the rule needs judgement.")

    @table_check("evidence is given unless evidence_from is 'none'")
    def _evidence(cls, df: pd.DataFrame) -> pd.Series:
        return (df["evidence_from"] == "none") == df["evidence"].isna()


class ExpertPositionsRaw(_Raw):
    """Experts' proposals on how members should be chosen (article, lines 196-286)."""

    proposal_id: str = pa.Field(str_matches=r"^[a-z_]+$", unique=True, description="Id.")
    proposal_order: int = pa.Field(ge=1, unique=True, description="Order in the article.")
    proposal_en: str = pa.Field(description="The proposal, paraphrased in English.")
    key_phrase_kk: str = pa.Field(description="A key phrase as printed, to find it in the text.")
    camp: str = pa.Field(
        isin=["critics", "supporters", "both", "not_stated"],
        description="critics: experts who do not support or understand the present selection "
        "rule; supporters: those who find it clear; both: the article speaks of both sides; "
        "not_stated: the article names no camp.",
    )
    camp_status: str = pa.Field(
        isin=["reported", "inferred"], description="Whether the camp is printed or inferred."
    )
    support_en: str = pa.Field(description="What the article says about its support, in English.")
    proposal_kk: str = pa.Field(description="The proposal, paraphrased in Kazakh.")
    support_kk: str = pa.Field(description="What the article says about its support, in Kazakh.")
    support_level: str = pa.Field(
        isin=["proposed", "prevailing_view", "little_support", "option_named"],
        description="The article's wording, coded: `proposed`, proposed by some experts; "
        "`prevailing_view`, the prevailing view of one camp; `little_support`, little support "
        "from either side; `option_named`, named as an option only.",
    )
    reference: str = pa.Field(
        nullable=True, str_matches=r"^\[\d+\]$", description="The article's reference number."
    )
    locator: str = locator_field()
    note: str = pa.Field(nullable=True, description="Reasoning for inferred values (in English).")


class MembershipClaimsRaw(_Raw):
    """Claims about individual members that rest on one source (from the public roster)."""

    claim_id: str = pa.Field(str_matches=r"^[a-z_0-9]+$", unique=True, description="Id.")
    member_id: str = pa.Field(str_matches=PERSON_ID_REGEX, description="Member id.")
    claim_en: str = pa.Field(description="The claim, paraphrased in English.")
    source: str = pa.Field(description="Where the claim is made.")
    source_date: str = pa.Field(description="Date of the source, as precise as known.")
    recorded_in: str = pa.Field(description="Project file and row that record it.")
    source_confidence: str = pa.Field(
        isin=["high", "medium", "low"], description="Confidence as the roster grades it."
    )
    reading_en: str = pa.Field(description="How this book reads the claim, in English.")
    claim_kk: str = pa.Field(description="The claim, paraphrased in Kazakh.")
    reading_kk: str = pa.Field(description="How this book reads the claim, in Kazakh.")


ROMAN = ["I", "II", "III", "IV", "V"]


class SessionsRaw(_Raw):
    """Sessions I-V from public sources (data/raw/public/sessions.csv)."""

    session: str = pa.Field(isin=ROMAN, unique=True, description="Session number (Roman).")
    sections_date: Series[pd.Timestamp] = pa.Field(
        nullable=True,
        ge=BODY_PERIOD[0],
        le=BODY_PERIOD[1],
        description="Day of the section meetings.",
    )
    plenary_date: Series[pd.Timestamp] = pa.Field(
        ge=BODY_PERIOD[0], le=BODY_PERIOD[1], unique=True, description="Day of the plenary."
    )
    place: str = pa.Field(description="Place (in English).")
    region: str = pa.Field(description="Region (in English).")
    theme_kk: str = pa.Field(nullable=True, description="Theme in Kazakh.")
    theme_en: str = pa.Field(nullable=True, description="Theme in English.")
    sections: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="Sections held.")
    members_spoke_in_sections: str = pa.Field(
        nullable=True,
        description="Members who spoke in the sections, as sources word it (in English).",
    )
    proposals: str = pa.Field(
        nullable=True, description="Proposals, as sources word it (in English)."
    )
    outcomes: str = pa.Field(nullable=True, description="Outcomes, paraphrased in English.")
    sources: str = pa.Field(description="Sources.")
    confidence: str = pa.Field(
        isin=["high", "medium", "low"],
        description="How far the public sources can be trusted: `high`, `medium` or `low`.",
    )

    @table_check("sections_date is empty or the day before the plenary or earlier")
    def _order(cls, df: pd.DataFrame) -> pd.Series:
        return df["sections_date"].isna() | (df["sections_date"] < df["plenary_date"])


class EpilogueRaw(_Raw):
    """What followed the fifth session (data/raw/public/epilogue_2026.csv)."""

    date: Series[pd.Timestamp] = pa.Field(
        ge=BODY_PERIOD[0], le=BODY_PERIOD[1], unique=True, description="Date of the event."
    )
    event: str = pa.Field(description="Event, paraphrased in English.")
    figure: str = pa.Field(nullable=True, description="Figures the sources give (in English).")
    sources: str = pa.Field(description="Sources.")
    confidence: str = pa.Field(
        isin=["high", "medium", "low"],
        description="How far the public sources can be trusted: `high`, `medium` or `low`.",
    )


class RosterCandidatesRaw(_Raw):
    """Partial member roster from public sources (data/raw/public/roster_candidates.csv)."""

    name_original: str = pa.Field(description="Name as the source spells it.")
    name_latin: str = pa.Field(nullable=True, description="Latin form, where known.")
    position_as_given: str = pa.Field(description="Position as the source gives it.")
    source_url: str = pa.Field(description="Source.")
    source_date: str = pa.Field(description="Date of the source (as precise as known).")
    status: str = pa.Field(
        isin=["initial", "joined", "left", "unknown"], description="Membership status."
    )
    notes: str = pa.Field(nullable=True, description="Notes, including confidence.")


class NcptFactsRaw(_Raw):
    """The National Council of Public Trust (2019-2022) from public sources, one fact a row
    (data/raw/public/ncpt.csv). Read by the claims audit to cross-check the context figures."""

    fact_id: str = pa.Field(str_matches=r"^[a-z_0-9]+$", unique=True, description="Fact id.")
    value: str = pa.Field(description="The fact, as the source gives it (dates ISO).")
    source_outlet: str = pa.Field(description="Outlet or register that gives it.")
    source_title: str = pa.Field(description="Title of the item, as published.")
    source_url: str = pa.Field(description="Address of the item.")
    date_published: str = pa.Field(
        nullable=True, description="Date of the item, as precise as known."
    )
    confidence: str = pa.Field(
        isin=["high", "medium", "low"], description="How far the source can be trusted."
    )
    note: str = pa.Field(nullable=True, description="Note (in English).")


class PopulationAge5Raw(_Raw):
    """UN WPP 2024: Kazakhstan population by five-year age band, thousands."""

    age: str = pa.Field(
        str_matches=r"^(\d+-\d+|100\+)$", unique=True, description="Five-year age band."
    )
    male_2020: float = pa.Field(
        nullable=True, ge=0, metadata={"unit": "thousand persons"}, description="Men, 1 July 2020."
    )
    female_2020: float = pa.Field(
        nullable=True,
        ge=0,
        metadata={"unit": "thousand persons"},
        description="Women, 1 July 2020.",
    )
    total_2020: float = pa.Field(
        gt=0, metadata={"unit": "thousand persons"}, description="Both sexes, 1 July 2020."
    )
    male_2025: float = pa.Field(
        nullable=True, ge=0, metadata={"unit": "thousand persons"}, description="Men, 1 July 2025."
    )
    female_2025: float = pa.Field(
        nullable=True,
        ge=0,
        metadata={"unit": "thousand persons"},
        description="Women, 1 July 2025.",
    )
    total_2025: float = pa.Field(
        gt=0, metadata={"unit": "thousand persons"}, description="Both sexes, 1 July 2025."
    )

    @table_check("total_2020, total_2025: male + female = total within 0.002 thousand")
    def _sexes_add_up(cls, df: pd.DataFrame) -> pd.Series:
        ok = pd.Series(True, index=df.index)
        for year in (2020, 2025):
            both = df[f"male_{year}"] + df[f"female_{year}"]
            ok &= both.isna() | ((both - df[f"total_{year}"]).abs() <= 0.002)
        return ok


class RepeatVisitClaimsRaw(_Raw):
    """What the prose after Table 3 says about repeat visits (lines 622-627)."""

    person_id: str = pa.Field(
        str_matches=PERSON_ID_REGEX, unique=True, description="Id in persons.csv."
    )
    name_as_printed: str = pa.Field(description="Name exactly as printed (case ending kept).")
    years_claimed: str = pa.Field(
        nullable=True,
        str_matches=r"^\d{4}(;\d{4})*$",
        description="Years the text names, separated by ';'; empty if it names none.",
    )
    times_claimed: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=2,
        description="Number of times the text says the person was received; empty if not said.",
        metadata={"unit": "meetings"},
    )
    locator: str = locator_field()
    value_status: str = status_field()

    @table_check("years_claimed or times_claimed: each claim gives one of them")
    def _some_claim(cls, df: pd.DataFrame) -> pd.Series:
        return df["years_claimed"].notna() | df["times_claimed"].notna()


class TopicCodebookRaw(_Raw):
    """Policy domains for the meetings' topics (data/raw/coding/topic_codebook.csv)."""

    domain_id: str = pa.Field(str_matches=r"^[a-z_]+$", unique=True, description="Domain id.")
    domain_order: int = pa.Field(ge=1, unique=True, description="Display order.")
    label_en: str = pa.Field(unique=True, description="Domain label in English.")
    label_kk: str = pa.Field(unique=True, description="Domain label in Kazakh.")
    definition: str = pa.Field(
        str_length={"min_value": 20}, description="What the domain covers (in English)."
    )


class TopicRulesRaw(_Raw):
    """Coding rules: a regular expression per row (data/raw/coding/topic_rules.csv)."""

    rule_id: str = pa.Field(str_matches=r"^R\d{2}$", unique=True, description="Rule id.")
    domain_id: str = pa.Field(str_matches=r"^[a-z_]+$", description="Domain the rule assigns.")
    field: str = pa.Field(isin=["topic_en"], description="Column of the meeting the rule reads.")
    pattern: str = pa.Field(description="Python regular expression, searched case-insensitively.")
    note: str = pa.Field(nullable=True, description="What the rule is meant to catch.")


class ContextFiguresRaw(_Raw):
    """Context figures from the other seed texts (data/raw/context/context_figures.csv)."""

    figure_id: str = pa.Field(str_matches=r"^[a-z_]+$", unique=True, description="Figure id.")
    body: str = pa.Field(isin=["ncpt"], description="Body: National Council of Public Trust.")
    seed_file: str = pa.Field(
        str_matches=r"^\d{3}_[0-9a-f]{16}\.txt$", description="Seed file the figure is in."
    )
    locator: str = pa.Field(
        str_matches=LOCATOR_REGEX,
        description="Line range of the seed file.",
        metadata={"unit": "line numbers of the seed file"},
    )
    value: float = pa.Field(ge=0, description="The value.")
    qualifier: str = pa.Field(
        isin=["exact", "about", "more than"],
        description=(
            "How the value is printed: `exact`, as the number itself; `about`, as an "
            "approximation (e.g. 'nearly a hundred'); `more than`, as a lower bound (e.g. 'more "
            "than 100')."
        ),
    )
    unit: str = pa.Field(description="What the value counts (in English).")
    value_as_printed: str = pa.Field(description="The words as printed, in Kazakh.")
    description: str = pa.Field(description="What the figure means, in English.")
    value_status: str = status_field()
    note: str = pa.Field(nullable=True, description="Transcriber's note (in English).")


#: Every raw table the pipeline reads: path under data/raw -> model.
#: How a claim is checked (claims.csv ``check_kind``). Only ``recomputed`` and ``cross_checked``
#: claims can count as reproduced: a ``transcribed`` claim is read back from our own
#: transcription of the same printed number, which shows the transcription is faithful, not
#: that the number is right.
CLAIM_CHECK_KINDS = ["transcribed", "recomputed", "cross_checked", "none"]


class ClaimsRaw(_Raw):
    """The claims ledger: every number the article states (and the other seeds' context
    figures the book uses), with how it is checked (analysis/claims.py)."""

    claim_id: str = pa.Field(str_matches=r"^C\d{2}$", unique=True, description="Claim id.")
    topic: str = pa.Field(
        isin=["methods", "composition", "communication", "attitudes", "world practices", "context"],
        description="Part of the article the claim belongs to; `context` holds the figures "
        "on the National Council of Public Trust from seed 002 and the article's closing list "
        "of recommendations.",
    )
    seed_file: str = pa.Field(
        str_matches=r"^\d{3}_[0-9a-f]{16}\.txt$", description="Seed text the claim is printed in."
    )
    locator: str = locator_field(
        description="Line range of the seed text named in `seed_file` that the value comes from.",
        unit="line numbers of the seed file",
    )
    quote_kk: str = pa.Field(
        description="Short exact excerpt of the number as printed in the seed text named in "
        "`seed_file`."
    )
    paraphrase_en: str = pa.Field(description="What the claim says, in our own English words.")
    paraphrase_kk: str = pa.Field(
        description="What the claim says, in our own Kazakh words (the Kazakh edition's "
        "claims table); its numbers as the article prints them."
    )
    value_printed: str = pa.Field(
        nullable=True, description="The printed value, normalised (ISO dates, '.' decimals)."
    )
    unit: str = pa.Field(description="Unit of the printed value (in English).")
    value_status: str = status_field()
    check_kind: str = pa.Field(
        isin=CLAIM_CHECK_KINDS,
        description=(
            "transcribed: read back from our own transcription of the same printed number "
            "(checks the transcription, not the number); recomputed: derived by computation "
            "from other data (other rows, other tables); cross_checked: compared with an "
            "independent source (public records, a second source text, UN data); none: "
            "nothing in the package can check it."
        ),
    )
    check_spec: str = pa.Field(
        description="table[col=value, ...].column|aggregate, or fn:name(arg) of analysis.claims."
    )
    tolerance: float = pa.Field(
        nullable=True, ge=0, description="Allowed difference (printed rounding)."
    )
    note: str = pa.Field(
        nullable=True, description="Reading of the claim, or what is missing (in English)."
    )
    note_kk: str = pa.Field(
        nullable=True, description="note in Kazakh (given exactly when note is)."
    )
    problem_id: str = pa.Field(
        nullable=True,
        str_matches=r"^P\d+$",
        description=(
            "Distinct problem the claim belongs to when the data contradict it (P1, P2, ...); "
            "claims that fail for the same reason share one id, so problems are counted once."
        ),
    )

    data_says_kk: str = pa.Field(
        description="What the data say, in Kazakh: the sentence the check writes in English "
        "(the ledger's `data_says`), with the same numbers (tests/test_kk_claims.py pins them)."
    )

    @table_check("Kazakh note given exactly with the English")
    def _kazakh_note(cls, df: pd.DataFrame) -> pd.Series:
        return df["note"].isna() == df["note_kk"].isna()

    @table_check("a tolerance is given unless check_kind is none")
    def _tolerance(cls, df: pd.DataFrame) -> pd.Series:
        return (df["check_kind"] == "none") | df["tolerance"].notna()


class MeetingWordingRaw(_Raw):
    """Per person-meeting of Table 3: the role in English and the topics in the article's
    Kazakh words (data/raw/coding/meeting_wording.csv). Key: ``meeting_id, person_order``."""

    meeting_id: str = pa.Field(str_matches=r"^M\d{2}$", description="Meeting id.")
    person_order: int = pa.Field(isin=[1, 2], description="Order of the person in the row.")
    role_en: str = pa.Field(
        nullable=True,
        description="English rendering of role_as_printed (this project's); empty where the "
        "article prints no role.",
    )
    topic_kk: str = pa.Field(
        str_length={"min_value": 5},
        description="The article's Kazakh words for the topics, abridged, separated by '; '.",
    )
    locator: str = locator_field()

    class Config:
        unique = ["meeting_id", "person_order"]


class SecondCodingRaw(_Raw):
    """An independent second coding of Table 3 from the Kazakh text and the codebook
    (data/raw/coding/second_coding.csv), one row per person-meeting."""

    meeting_date: Series[pd.Timestamp] = pa.Field(
        ge=BODY_PERIOD[0], le=BODY_PERIOD[1], description="Date of the meeting."
    )
    person_as_printed: str = pa.Field(
        nullable=True,
        description="Name as the coder read it (nominative); empty where the text prints none.",
    )
    locator: str = locator_field()
    primary_domain: str = pa.Field(
        str_matches=r"^[a-z_]+$", description="Domain of the dominant topic (codebook id)."
    )
    domains: str = pa.Field(
        str_matches=r"^[a-z_]+(;[a-z_]+)*$",
        description="Every domain coded, codebook ids separated by ';'.",
    )
    coder_note: str = pa.Field(nullable=True, description="The coder's reasoning.")

    @table_check("primary_domain is one of domains")
    def _primary_in_domains(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series(
            [p in d.split(";") for p, d in zip(df["primary_domain"], df["domains"], strict=True)],
            index=df.index,
        )


RAW_TABLES: dict[str, type[pa.DataFrameModel]] = {
    "article/survey_waves.csv": SurveyWavesRaw,
    "article/expert_interviews.csv": ExpertInterviewsRaw,
    "article/awareness_by_age.csv": AwarenessByAgeRaw,
    "article/attitude_shares.csv": AttitudeSharesRaw,
    "article/kurultai_facts.csv": KurultaiFactsRaw,
    "article/sections.csv": SectionsRaw,
    "article/member_categories.csv": MemberCategoriesRaw,
    "article/persons.csv": PersonsRaw,
    "article/newcomers.csv": NewcomersRaw,
    "article/meetings.csv": MeetingsRaw,
    "article/meeting_participants.csv": MeetingParticipantsRaw,
    "article/world_practices.csv": WorldPracticesRaw,
    "article/claims.csv": ClaimsRaw,
    "article/field_codebook.csv": FieldCodebookRaw,
    "article/member_fields.csv": MemberFieldsRaw,
    "article/expert_positions.csv": ExpertPositionsRaw,
    "article/membership_claims.csv": MembershipClaimsRaw,
    "article/recommendations.csv": RecommendationsRaw,
    "article/repeat_visit_claims.csv": RepeatVisitClaimsRaw,
    "coding/topic_codebook.csv": TopicCodebookRaw,
    "coding/topic_rules.csv": TopicRulesRaw,
    "coding/meeting_wording.csv": MeetingWordingRaw,
    "coding/second_coding.csv": SecondCodingRaw,
    "context/context_figures.csv": ContextFiguresRaw,
    "public/sessions.csv": SessionsRaw,
    "public/epilogue_2026.csv": EpilogueRaw,
    "public/roster_candidates.csv": RosterCandidatesRaw,
    "public/wpp2024_kazakhstan_age5.csv": PopulationAge5Raw,
    "public/ncpt.csv": NcptFactsRaw,
}


# --- the argument ledger (analysis/arguments.py) ----------------------------------------------

ARGUMENT_PARTS = ["framing", "composition", "attitudes", "communication", "conclusion"]
ARGUMENT_VOICES = ["authors", "article_interviews", "experts", "officials", "survey"]
ARGUMENT_EVIDENCE = [
    "survey table",
    "expert interviews",
    "official documents",
    "meetings table",
    "literature",
    "none",
]
#: Verdicts of the argument ledger, from strongest support to none.
VERDICTS = ["supported", "partly_supported", "not_supported", "contradicted", "not_testable"]
#: Whom a survey claim speaks of (ArgumentsRaw ``scale``).
CLAIM_SCALES = ["respondents", "aware", "adults"]


class VerdictRulesRaw(_Raw):
    """The rulebook: one rule per type of claim, with its thresholds, the evidence it
    accepts and why (data/raw/article/verdict_rules.csv, this project's own). Every row of
    the argument ledger names one rule; its outcomes are in verdict_outcomes.csv."""

    rule_id: str = pa.Field(str_matches=r"^[a-z_]+$", unique=True, description="Rule id.")
    rule_order: int = pa.Field(ge=1, unique=True, description="Order in the rulebook.")
    name_en: str = pa.Field(description="Name of the rule (in English).")
    name_kk: str = pa.Field(description="name_en in Kazakh.")
    claim_type_en: str = pa.Field(description="The claims the rule judges (in English).")
    claim_type_kk: str = pa.Field(description="claim_type_en in Kazakh.")
    evidence: str = pa.Field(
        description="The kinds of evidence (ArgumentsRaw `evidence`) a claim judged by this "
        "rule may offer, separated by '; '."
    )
    threshold: float = pa.Field(
        nullable=True, ge=0, le=100, description="The rule's threshold, where it has one."
    )
    margin: float = pa.Field(
        nullable=True,
        ge=0,
        description="The rule's margin (equivalence margin, 'about' band, longest gap, share of "
        "seats), where it has one.",
    )
    threshold_unit: str = pa.Field(nullable=True, description="Unit of threshold and margin.")
    test_en: str = pa.Field(description="What the rule looks at (in English).")
    test_kk: str = pa.Field(description="test_en in Kazakh.")
    rationale_en: str = pa.Field(description="Why these thresholds (in English).")
    rationale_kk: str = pa.Field(description="rationale_en in Kazakh.")

    @table_check("evidence names only kinds of evidence the ledger knows")
    def _evidence_known(cls, df: pd.DataFrame) -> pd.Series:
        return df["evidence"].map(lambda e: set(e.split("; ")) <= set(ARGUMENT_EVIDENCE))


class VerdictOutcomesRaw(_Raw):
    """What each rule can find and the verdict it yields (data/raw/article/
    verdict_outcomes.csv). Key: ``rule_id, outcome``."""

    rule_id: str = pa.Field(str_matches=r"^[a-z_]+$", description="Rule id (verdict_rules).")
    outcome: str = pa.Field(str_matches=r"^[a-z_]+$", description="Outcome code.")
    verdict: str = pa.Field(isin=VERDICTS, description="The verdict the outcome yields.")
    when_en: str = pa.Field(description="When the rule finds this outcome (in English).")
    when_kk: str = pa.Field(description="when_en in Kazakh.")

    class Config:
        unique = ["rule_id", "outcome"]


#: The longest quote (in words) a raw file may hold: the article's licence is unknown, so
#: the repository keeps short quotes only.
QUOTE_MAX_WORDS = 20


def short_quotes(df: pd.DataFrame) -> pd.Series:
    """Per row of ``df``: whether its ``quote_kk`` has at most :data:`QUOTE_MAX_WORDS` words."""
    return df["quote_kk"].str.split().str.len() <= QUOTE_MAX_WORDS


class ArgumentsRaw(_Raw):
    """The argument ledger: each substantive claim of the article's argument (not its
    numbers, which are in claims.csv), with the evidence the article offers and either a
    named computed check (analysis/arguments.py) or a judgement verdict with its reasoning."""

    claim_id: str = pa.Field(str_matches=r"^A\d{2}$", unique=True, description="Claim id.")
    part: str = pa.Field(isin=ARGUMENT_PARTS, description="Part of the argument.")
    locator: str = locator_field()
    quote_kk: str = pa.Field(
        str_length={"min_value": 3, "max_value": 200},
        description="A short phrase exactly as printed at the locator (at most about 20 words).",
    )
    paraphrase_en: str = pa.Field(description="The claim in our own English words.")
    voice: str = pa.Field(isin=ARGUMENT_VOICES, description="Whose claim it is.")
    evidence: str = pa.Field(
        isin=ARGUMENT_EVIDENCE, description="The kind of evidence the article offers (in English)."
    )
    rule: str = pa.Field(
        str_matches=r"^[a-z_]+$",
        description="The rule of the rulebook (data/raw/article/verdict_rules.csv, `rule_id`) "
        "the claim is judged by; it must accept the row's `evidence`.",
    )
    scale: str = pa.Field(
        nullable=True,
        isin=CLAIM_SCALES,
        description="Whom a survey claim speaks of: `respondents` (those who answered the "
        "question), `aware` (those who had heard of the Kurultai) or `adults` (the adult "
        "population, 'the people'); empty for a claim that is not about "
        "survey shares.",
    )
    check: str = pa.Field(
        nullable=True,
        str_matches=r"^[a-z_]+$",
        description="Name of the computed check in analysis.arguments.CHECKS; empty for a "
        "judgement.",
    )
    outcome: str = pa.Field(
        nullable=True,
        str_matches=r"^[a-z_]+$",
        description="A judgement's outcome under its rule (data/raw/article/verdict_outcomes.csv"
        "); the verdict follows from the rulebook. Empty when check is given.",
    )
    reasoning: str = pa.Field(
        nullable=True, description="Reasoning of a judgement verdict; empty when check is given."
    )
    reads: str = pa.Field(
        nullable=True,
        str_matches=r"^[a-z0-9_]+(; [a-z0-9_]+)*$",
        description="Processed tables a judgement's reasoning refers to, separated by '; '.",
    )
    note: str = pa.Field(nullable=True, description="What the verdict does not cover.")
    paraphrase_kk: str = pa.Field(description="The claim in our own Kazakh words.")
    reasoning_kk: str = pa.Field(
        nullable=True, description="reasoning in Kazakh (given exactly when reasoning is)."
    )
    note_kk: str = pa.Field(
        nullable=True, description="note in Kazakh (given exactly when note is)."
    )
    untested_part_en: str = pa.Field(
        nullable=True,
        description="The part of the quoted sentence that cannot be tested (a reading, a cause, "
        "a forecast, an 'only' resting on the article's silence), in English; empty when every "
        "part the sentence states is tested. The pipeline caps the verdict at partly supported "
        "(the rulebook's compound-claim clause, outcome `<outcome>_part_untested`).",
    )
    untested_part_kk: str = pa.Field(
        nullable=True,
        description="untested_part_en in Kazakh (given exactly when untested_part_en is).",
    )

    @table_check("Kazakh reasoning, note and untested part are given exactly with the English")
    def _kazakh_given(cls, df: pd.DataFrame) -> pd.Series:
        return (
            (df["reasoning"].isna() == df["reasoning_kk"].isna())
            & (df["note"].isna() == df["note_kk"].isna())
            & (df["untested_part_en"].isna() == df["untested_part_kk"].isna())
        )

    @table_check("outcome fact_holds names its untested reading in untested_part_en")
    def _reading_named(cls, df: pd.DataFrame) -> pd.Series:
        return (df["outcome"] != "fact_holds") | df["untested_part_en"].notna()

    @table_check("check given, or else outcome and reasoning given (never both)")
    def _check_or_judgement(cls, df: pd.DataFrame) -> pd.Series:
        judged = df["check"].isna() & df["outcome"].notna() & df["reasoning"].notna()
        computed = df["check"].notna() & df["outcome"].isna() & df["reasoning"].isna()
        return judged != computed

    @table_check(f"quote_kk is at most {QUOTE_MAX_WORDS} words")
    def _short_quote(cls, df: pd.DataFrame) -> pd.Series:
        return short_quotes(df)


CRITERION_STATUSES = ["meets", "partly", "does_not_meet"]


class DeliberativeCriteriaRaw(_Raw):
    """Benchmarks of deliberative democracy: what a citizens' assembly (Ireland 2016-2018)
    does and what the Kurultai does, per criterion, with sources (our coding)."""

    criterion_id: str = pa.Field(str_matches=r"^[a-z_]+$", unique=True, description="Id.")
    criterion_order: int = pa.Field(ge=1, unique=True, description="Display order.")
    criterion_en: str = pa.Field(description="The criterion (in English).")
    assembly_en: str = pa.Field(description="What Ireland's Citizens' Assembly does (in English).")
    assembly_source: str = pa.Field(description="Public sources for the assembly.")
    kurultai_en: str = pa.Field(
        description="What the Kurultai does, from the article and public data (in English)."
    )
    kurultai_source: str = pa.Field(
        description="Lines of the article and/or public records (session named)."
    )
    kurultai_status: str = pa.Field(
        isin=CRITERION_STATUSES, description="Whether the Kurultai meets the benchmark (ours)."
    )
    reasoning_en: str = pa.Field(description="Why that status (in English).")
    criterion_kk: str = pa.Field(description="criterion_en in Kazakh.")
    assembly_kk: str = pa.Field(description="assembly_en in Kazakh.")
    kurultai_kk: str = pa.Field(description="kurultai_en in Kazakh.")
    kurultai_source_kk: str = pa.Field(description="kurultai_source in Kazakh.")
    reasoning_kk: str = pa.Field(description="reasoning_en in Kazakh.")


class GlossaryRaw(_Raw):
    """Kazakh terms the book uses, with an English rendering and where they are printed."""

    term_kk: str = pa.Field(unique=True, description="The term (dictionary form).")
    as_printed: str = pa.Field(
        nullable=True, description="The form printed at the locator (case endings kept)."
    )
    term_en: str = pa.Field(description="English rendering.")
    explanation_en: str = pa.Field(description="What it is (in English).")
    locator: str = locator_field(
        nullable=True,
        description="Line range of the article where the term is printed (as `as_printed`); "
        "empty for a term the article does not print.",
    )
    source: str = pa.Field(
        description="article, or the data/raw/public file that names it, or edition:<language> "
        "for a term of that edition's own writing (listed in its glossary only)."
    )
    explanation_kk: str = pa.Field(description="explanation_en in Kazakh.")

    @table_check("as_printed and locator are given together")
    def _printed_at(cls, df: pd.DataFrame) -> pd.Series:
        return df["as_printed"].isna() == df["locator"].isna()


RAW_TABLES.update(
    {
        "article/arguments.csv": ArgumentsRaw,
        "article/verdict_rules.csv": VerdictRulesRaw,
        "article/verdict_outcomes.csv": VerdictOutcomesRaw,
        "article/deliberative_criteria.csv": DeliberativeCriteriaRaw,
        "article/glossary.csv": GlossaryRaw,
    }
)


# --- Table 3 against the world; the Council; literature; caveats (data/raw/public) ---------

#: How a row of Table 3 compares with public records (meeting_records.csv ``match``).
RECORD_MATCHES = ["confirmed", "date_differs", "not_found", "not_in_table3"]


class JointReceptionsRaw(_Raw):
    """Meetings of Table 3 that the article words as one reception of several members
    («мүшелері … қабылдады»), as opposed to two receptions printed under one date."""

    meeting_id: str = pa.Field(str_matches=r"^M\d{2}$", unique=True, description="Meeting id.")
    locator: str = locator_field()
    note_en: str = pa.Field(description="What the article prints (in English).")


class MeetingRecordsRaw(_Raw):
    """Table 3 checked against public records (data/raw/public/meeting_records.csv): one row
    per person of each meeting (R01-R24), and receptions of members not in Table 3 (X..)."""

    record_id: str = pa.Field(str_matches=r"^[RX]\d{2}$", unique=True, description="Row id.")
    meeting_id: str = pa.Field(
        nullable=True, str_matches=r"^M\d{2}$", description="Meeting of Table 3 (empty: X rows)."
    )
    person_id: str = pa.Field(str_matches=PERSON_ID_REGEX, description="Person id.")
    person_name_as_printed: str = pa.Field(nullable=True, description="Name in Table 3.")
    person_name_latin: str = pa.Field(nullable=True, description="Latin form, as found.")
    date_in_table3: Series[pd.Timestamp] = pa.Field(nullable=True, description="Table 3 date.")
    date_in_record: str = pa.Field(
        nullable=True,
        str_matches=r"^\d{4}-\d{2}(-\d{2})?$",
        description="Date in the public record (day or month), where one was found.",
    )
    match: str = pa.Field(isin=RECORD_MATCHES, description="How Table 3 compares.")
    source_outlet: str = pa.Field(nullable=True, description="Outlet of the record.")
    source_title: str = pa.Field(nullable=True, description="Title of the record.")
    source_url: str = pa.Field(nullable=True, description="Address of the record.")
    date_published: str = pa.Field(nullable=True, description="When the record was published.")
    confidence: str = pa.Field(
        nullable=True, isin=["high", "medium", "low"], description="Confidence in the record."
    )
    in_karin_list_2023: str = pa.Field(
        nullable=True,
        isin=["yes", "no"],
        description="Named in the State Counselor's list of 22 Feb 2023 (Astana Times).",
    )
    other_sources: str = pa.Field(nullable=True, description="Other sources.")
    note: str = pa.Field(description="What was found, with the search_log queries.")

    @table_check("meeting_id is given for rows of Table 3 and empty for other receptions")
    def _meeting_given(cls, df: pd.DataFrame) -> pd.Series:
        return df["meeting_id"].isna() == (df["match"] == "not_in_table3")

    @table_check(
        "date_in_record and source_url are given when the match is confirmed or date_differs"
    )
    def _dated(cls, df: pd.DataFrame) -> pd.Series:
        found = df["match"].isin(["confirmed", "date_differs"])
        return ~found | (df["date_in_record"].notna() & df["source_url"].notna())


class NcptRaw(_Raw):
    """Facts on the National Council of Public Trust (data/raw/public/ncpt.csv)."""

    fact_id: str = pa.Field(str_matches=r"^[a-z0-9_]+$", unique=True, description="Fact id.")
    value: str = pa.Field(description="The fact, paraphrased or as a number/date.")
    source_outlet: str = pa.Field(description="Outlet.")
    source_title: str = pa.Field(description="Title.")
    source_url: str = pa.Field(description="Address.")
    date_published: str = pa.Field(nullable=True, description="Date published.")
    confidence: str = pa.Field(isin=["high", "medium", "low"], description="Confidence.")
    note: str = pa.Field(nullable=True, description="Note.")

    @table_check("value of size_at_creation is a whole number of members")
    def _size(cls, df: pd.DataFrame) -> pd.Series:
        size = df["fact_id"] == "size_at_creation"
        return ~size | df["value"].str.fullmatch(r"\d+")


class PublicEventsRaw(NcptRaw):
    """Outside events the article mentions, each with the public source read
    (data/raw/public/events.csv): ``value`` opens with the year or date the source gives."""


class LiteratureRaw(_Raw):
    """Criteria and claims of the deliberative-systems and authoritarian-deliberation
    literature, each with a short quote from the text actually read
    (data/raw/public/literature.csv)."""

    citation: str = pa.Field(description="Full citation (or 'as above').")
    url: str = pa.Field(description="Where it was read.")
    criterion_id: str = pa.Field(str_matches=r"^[a-z_]+$", unique=True, description="Id.")
    criterion: str = pa.Field(description="The criterion or claim, paraphrased (in English).")
    quote_as_read: str = pa.Field(description="A short quote from the text read.")
    language: str = pa.Field(isin=["en", "kk", "ru"], description="Language of the quote.")
    source_type: str = pa.Field(description="Primary or secondary, and what was read.")
    note: str = pa.Field(nullable=True, description="Note.")


class CaveatSourcesRaw(_Raw):
    """Sources for the survey caveats: social desirability under autocracy, and the
    fielding institute's tie to the ministry (data/raw/public/caveat_sources.csv)."""

    caveat_id: str = pa.Field(str_matches=r"^[a-z0-9_]+$", unique=True, description="Id.")
    topic: str = pa.Field(description="Which caveat.")
    claim: str = pa.Field(description="What the source says (paraphrased).")
    citation: str = pa.Field(nullable=True, description="Full citation; empty: nothing found.")
    source_url: str = pa.Field(nullable=True, description="Where it was read.")
    date_published: str = pa.Field(nullable=True, description="Date published.")
    quote_as_read: str = pa.Field(nullable=True, description="A short quote as read.")
    confidence: str = pa.Field(
        nullable=True, isin=["high", "medium", "low"], description="Confidence."
    )
    note: str = pa.Field(nullable=True, description="Note.")


COVERAGE_DECISIONS = ["ledger", "audit", "background"]


class CoverageRaw(_Raw):
    """Which sentences are claims of the argument (data/raw/article/coverage.csv, our own
    coding): each sentence whose place in the argument ledger was questioned, with the
    decision under the rulebook's inclusion criteria and the reason. Key: ``locator``."""

    locator: str = locator_field(unique=True)
    quote_kk: str = pa.Field(
        description="A short phrase exactly as printed at the locator (at most 20 words)."
    )
    decision: str = pa.Field(
        isin=COVERAGE_DECISIONS,
        description="`ledger` (a claim of the argument, judged in the argument ledger), `audit` "
        "(its point is no claim; the fact it mentions in passing is checked in the claims "
        "audit) or `background` (left out: background the argument does not rest on).",
    )
    claim_id: str = pa.Field(
        nullable=True,
        str_matches=r"^[AC]\d{2}$",
        description="The argument claim (an A id) or audit claim (a C id) the sentence became; "
        "empty for "
        "`background`.",
    )
    sentence_en: str = pa.Field(description="What the sentence says, in our own English words.")
    sentence_kk: str = pa.Field(description="sentence_en in Kazakh.")
    reason_en: str = pa.Field(description="Why the decision follows from the inclusion criteria.")
    reason_kk: str = pa.Field(description="reason_en in Kazakh.")

    @table_check(f"quote_kk is at most {QUOTE_MAX_WORDS} words")
    def _short_quote(cls, df: pd.DataFrame) -> pd.Series:
        return short_quotes(df)

    @table_check("claim_id is given exactly when the decision is ledger or audit")
    def _claim_given(cls, df: pd.DataFrame) -> pd.Series:
        return df["claim_id"].notna() == df["decision"].isin(["ledger", "audit"])

    @table_check("claim_id of a ledger sentence is an A claim, of an audit sentence a C claim")
    def _claim_kind(cls, df: pd.DataFrame) -> pd.Series:
        prefix = df["claim_id"].str[0]
        return (
            df["claim_id"].isna()
            | ((df["decision"] == "ledger") & (prefix == "A"))
            | ((df["decision"] == "audit") & (prefix == "C"))
        )


RAW_TABLES.update({"article/coverage.csv": CoverageRaw})


RAW_TABLES.update(
    {
        "article/joint_receptions.csv": JointReceptionsRaw,
        "public/meeting_records.csv": MeetingRecordsRaw,
        "public/ncpt.csv": NcptRaw,
        "public/events.csv": PublicEventsRaw,
        "public/literature.csv": LiteratureRaw,
        "public/caveat_sources.csv": CaveatSourcesRaw,
    }
)
