"""The codebook, rendered from the pandera models of the processed tables, per language.

The English codebook (``lang="en"``) is the models' own text. The Kazakh one (``"kk"``)
writes its headings, labels, types, units, rules and the tables' titles in Kazakh
(:data:`WORDS`, :data:`UNITS_KK`, :data:`TITLES_KK`); the models' descriptions of tables
and columns are documented in English only and stay English unless a column's metadata has
a ``description_kk`` (the Kazakh appendix says so at its top). Column names, types' values,
paths and patterns are technical and the same in both."""

from __future__ import annotations

import re

import pandera.pandas as pa

from analysis.outputs import Output


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


#: The codebook's fixed words, per language.
WORDS = {
    "en": {
        "date": "date",
        "integer": "integer",
        "number": "number",
        "boolean": "boolean",
        "text": "text",
        "one_of": "one of: ",
        "matches": "matches `{pattern}`",
        "between": "between {low} and {high}",
        "unique": "unique",
        "required": "required",
        "files": "{title}. Files: `data/processed/{name}.csv` and `.parquet`. Built from: {raw}.",
        "no_raw": "",
        "key": "Key (unique together): {columns}.",
        "table_rules": "Table rules: {rules}.",
        "unit": ", in {unit}",
        "rules": "*Rules:*",
    },
    "kk": {
        "date": "күн",
        "integer": "бүтін сан",
        "number": "сан",
        "boolean": "логикалық",
        "text": "мәтін",
        "one_of": "мүмкін мәндері: ",
        "matches": "`{pattern}` үлгісіне сәйкес",
        "between": "{low} мен {high} аралығында",
        "unique": "қайталанбайды",
        "required": "міндетті",
        "files": "{title}. Файлдары: `data/processed/{name}.csv` және `.parquet`. "
        "Бастапқы деректері: {raw}.",
        "no_raw": "жоқ (талдау параметрлерінен жасалады)",
        "key": "Кілт (бірге алғанда қайталанбайды): {columns}.",
        "table_rules": "Кесте ережелері (ағылшынша): {rules}.",
        "unit": ", бірлігі: {unit}",
        "rules": "*Ережелері:*",
    },
}

#: Units of the models' columns in Kazakh (a unit not listed stays as the model gives it).
UNITS_KK = {
    "date": "ЖЖЖЖ-АА-КК",
    "days": "күн",
    "fields": "сала",
    "fraction": "бөлшек (0–1)",
    "line numbers of ../shared/seeds/000_a46ed8cb280de15a.txt": (
        "мақала мәтінінің жол нөмірлері (../shared/seeds/000_a46ed8cb280de15a.txt)"
    ),
    "line numbers of the seed file": "бастапқы мәтіннің жол нөмірлері",
    "meetings": "кездесу",
    "meetings per month": "айына кездесу",
    "meetings per year": "жылына кездесу",
    "months": "ай",
    "percent": "пайыз",
    "percent (0-100)": "пайыз (0–100)",
    "percent of the 2023 share": "2023 жылғы үлестің пайызы",
    "percentage points": "пайыздық тармақ (п.т.)",
    "person-meetings": "тұлға-кездесу",
    "persons": "адам",
    "persons per year": "жылына адам",
    "proportion": "үлес (0–1)",
    "ratio": "қатынас",
    "respondents": "респондент",
    "respondents (estimate)": "респондент (бағалау)",
    "seats": "орын",
    "sessions": "отырыс",
    "sessions per year": "жылына отырыс",
    "thousand persons": "мың адам",
    "years": "жыл",
}

#: The processed tables' titles in Kazakh (``Output.title`` is the English one); every
#: processed table of :data:`analysis.pipeline.OUTPUTS` has one (a test checks it).
TITLES_KK = {
    "parameters": "Осы құрастыру қолданған талдау болжамдары (params.yml және командалық "
    "жолда берілген өзгертулер)",
    "survey_waves": "Сауалнаманың екі толқыны",
    "awareness_by_age": "Құрылтай туралы хабардарлық, жас топтары бойынша",
    "attitude_shares": "1 және 2-кестелер: Құрылтайға көзқарас және оның өзгеруі",
    "year_order_readings": "70,6% пен 76,1% қай жылға тиесілі",
    "table2_closure": "2-кестенің басылмаған ұяшықтары басылғандарынан қалай шығады",
    "age_group_sizes": "Толқын мен жас тобы бойынша шамалап есептелген респонденттер "
    "(БҰҰ WPP 2024 бойынша)",
    "awareness_overall": "Әр толқында Құрылтай туралы хабардарлардың шамалап есептелген "
    "үлесі және оның интервалы",
    "survey_intervals": "Сауалнаманың әр үлесінің қателік шегі мен сенімділік интервалы",
    "survey_changes": "2023 → 2024 өзгерістері пайыздық тармақпен: интервалдар, тесттер "
    "және түзетілген p мәндері",
    "attitude_distribution_tests": "1 және 2-кестелер бір үлестірім ретінде: 2023 және "
    "2024 жылдарды салыстыратын хи-квадрат тесттері",
    "persons": "Тұлғалар тізілімі",
    "meetings_log": "3-кесте: Президенттің мүшелермен жеке кездесулері",
    "meeting_domains": "Әр тұлға-кездесудің тақырыбын саясат салаларына кодтау",
    "topic_domains": "Тақырыптардың кодтар кітабы: ережелері мен сандары",
    "repeat_visitors": "Қайта келгендер: 3-кесте мен мақала мәтінін салыстыру",
    "sessions": "I–V отырыстар",
    "session_intervals": "Отырыстар арасындағы кездесулер",
    "meetings_by_year": "Жылдар бойынша кездесулер",
    "meeting_cadence": "Кездесулердің жиілігі: жылдар бойынша айына кездесу саны мен аралықтар",
    "coding_agreement": "Тақырыптық кодтау: ережелер мен тәуелсіз екінші кодтаушы",
    "coding_reliability": "Тақырыптық кодтау: ережелер мен екінші кодтаушы арасындағы Коэн каппасы",
    "context_figures": "Басқа дереккөздерден алынған контекстік көрсеткіштер",
    "body_comparison": "Құрылтай және Ұлттық қоғамдық сенім кеңесі",
    "epilogue_2026": "2026 жылы не болды",
    "kurultai_facts": "Құрамы мен форматы туралы деректер",
    "newcomers": "Ротация бойынша келген 32 жаңа мүше",
    "sections": "Төрт жұмыс секциясы",
    "member_categories": "Мүшелер кімнің өкілі",
    "world_practices": "Мақала келтірген әлемдік тәжірибелер",
    "expert_interviews": "Сарапшылармен сұхбаттар",
    "field_codebook": "Мүшелердің қызмет салаларының кодтар кітабы",
    "members": "Құрылтайда болғаны белгілі немесе айтылған мүшелер",
    "members_by_field": "1-сурет, ішінара: белгілі мүшелер салалар бойынша",
    "composition_coverage": "Ротация және мүшелер кестесінің қамтуы",
    "membership_claims": "Мүшелер туралы бір ғана дереккөзге сүйенетін тұжырымдар",
    "composition_structure": "Құрылымы және басқарылуы",
    "expert_positions": "Сарапшылардың мүшелерді іріктеу туралы ұсыныстары",
    "recommendations": "Мақаланың ұсынымдары",
    "deliberative_criteria": "Кеңесуші демократияның өлшемдері: азаматтар ассамблеясы "
    "және Құрылтай",
    "glossary": "Кітапта қолданылған қазақ терминдері және олардың ағылшынша баламалары",
    "argument_ledger": "Дәлелдер тізілімі: мақаланың Құрылтай туралы тұжырымдары және "
    "әрқайсысының бағасы",
    "claims_ledger": "Сандарды тексеру: мақаланың әр саны деректермен салыстырылды",
}


def title(out: Output, lang: str = "en") -> str:
    """The processed table's title in ``lang`` (Kazakh from :data:`TITLES_KK`; English,
    ``out.title``, for a table without a Kazakh title)."""
    if lang == "en":
        return out.title
    if lang == "kk":
        return TITLES_KK.get(out.name, out.title)
    raise ValueError(f"unknown language {lang!r}")


def english(text: str, lang: str) -> str:
    """``text`` (English documentation) marked as English inside a page of ``lang``, so that
    screen readers and hyphenation treat it as English: ``[text]{lang="en"}``. Text with
    brackets (which would break the span) and English pages get no mark."""
    if lang == "en" or not text.strip() or "[" in text or "]" in text:
        return text
    return f'[{text}]{{lang="en"}}'


def _type(column: pa.Column, lang: str = "en") -> str:
    name = str(column.dtype).lower()
    for key, label in (
        ("datetime", "date"),
        ("int", "integer"),
        ("float", "number"),
        ("bool", "boolean"),
        ("str", "text"),
    ):
        if key in name:
            return WORDS[lang][label]
    return name


def _rules(column: pa.Column, lang: str = "en") -> str:
    words = WORDS[lang]
    rules = []
    for check in column.checks:
        stats = getattr(check, "statistics", {}) or {}
        name = check.name
        if name == "isin":
            rules.append(words["one_of"] + ", ".join(map(str, stats.get("allowed_values", []))))
        elif name == "str_matches":
            rules.append(words["matches"].format(pattern=stats.get("pattern")))
        elif name in {
            "greater_than_or_equal_to",
            "less_than_or_equal_to",
            "greater_than",
            "less_than",
            "in_range",
        }:
            sym = {
                "greater_than_or_equal_to": "≥",
                "less_than_or_equal_to": "≤",
                "greater_than": ">",
                "less_than": "<",
            }.get(name)
            if sym:
                rules.append(f"{sym} {next(iter(stats.values()))}")
            else:
                rules.append(
                    words["between"].format(low=stats.get("min_value"), high=stats.get("max_value"))
                )
        else:
            rules.append(name)
    if column.unique:
        rules.append(words["unique"])
    if not column.nullable:
        rules.append(words["required"])
    return "; ".join(rules)


def table_markdown(out: Output, lang: str = "en") -> str:
    """Markdown for one processed table: title, key, table-level rules and its columns
    (a definition list: name, then type, unit, description and rules), read from
    ``out.model``; the fixed words in ``lang`` ("en" or "kk", see the module docstring).

    Raises ``KeyError`` for an unknown language."""
    words = WORDS[lang]
    schema = out.model.to_schema()
    raw = ", ".join(f"`data/raw/{p}`" for p in out.inputs) or words["no_raw"]
    lines = [
        f"### `{out.name}` {{#sec-codebook-{out.name.replace('_', '-')}}}",
        "",
        words["files"].format(title=title(out, lang), name=out.name, raw=raw),
        "",
    ]
    doc = " ".join((out.model.__doc__ or "").strip().split("\n\n")[0].split())
    doc = re.sub(r":\w+:`~?([\w.]+)`", r"`\1`", doc)  # reST roles -> plain code
    # Keys are stated from the model itself (below, and "unique" in the rules column).
    doc = re.sub(r"\s*Key: [^.]*\.", "", doc)
    if doc:
        lines += [english(doc, lang), ""]
    if schema.unique:
        columns = ", ".join(f"`{c}`" for c in schema.unique)
        lines += [words["key"].format(columns=columns), ""]
    table_checks = [c.name for c in schema.checks if c.name]
    if table_checks:
        lines += [words["table_rules"].format(rules="; ".join(table_checks)), ""]
    # One definition per column (not a wide table): it wraps at any page width.
    for name, col in schema.columns.items():
        meta = col.metadata or {}
        unit = meta.get("unit", "")
        description = col.description or ""
        if lang == "kk":
            unit = UNITS_KK.get(unit, unit)
            description = meta.get("description_kk") or english(description, lang)
        kind = _type(col, lang) + (words["unit"].format(unit=_cell(unit)) if unit else "")
        lines += [
            f"`{name}`",
            f":   *{kind}.* {_cell(description)} {words['rules']} {_cell(_rules(col, lang))}.",
            "",
        ]
    return "\n".join(lines) + "\n"


def codebook_markdown(lang: str = "en") -> str:
    """The codebook of every processed table in :data:`analysis.pipeline.OUTPUTS`, in
    ``lang`` ("en" or "kk"; see the module docstring)."""
    from analysis.pipeline import OUTPUTS

    return "\n".join(table_markdown(out, lang) for out in OUTPUTS)
