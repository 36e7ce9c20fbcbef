"""Tables of the composition chapter.

Every table fits the 678 px text column: at most four or five columns whose widths add up
to the column, related values stacked in one cell (a name over its Kazakh spelling, a field
over the words that decide it), and long text wrapping. The full tables, with every column,
are the processed CSV files behind them.

Every word a table writes (headers, labels of codes, notes) is a message of the catalog
(``composition-*`` in ``locales/<lang>/composition.ftl``); per-language data columns
(``claim_en``/``claim_kk``, …) are chosen by :func:`analysis.i18n.data_field`. An edition in
the article's own language (:func:`reads_article`) shows the article's words and the names
as printed; another edition shows its own wording with the article's Kazakh and the Kazakh
Cyrillic beside it, and the book's Latin forms of the names.
"""

from __future__ import annotations

import re

import pandas as pd
from great_tables import GT

from analysis.composition import WINDOW_YEARS, cyrillic_names, name_sort_key
from analysis.i18n import Catalog, catalog, data_field
from analysis.tables.common import base_table, dates_in_text, grey_rows

#: Width of the book's text column, px; the widths of each table's columns add up to it.
COLUMN_PX = 678
#: The language the article is printed in (its data field, :func:`analysis.i18n.data_field`).
ARTICLE_LANGUAGE = "kk"


def reads_article(lang: str) -> bool:
    """Whether the edition of ``lang`` is in the article's language (Kazakh): its tables
    and values show the article's own words and the names as printed, with no translation,
    transliteration or Kazakh original beside them. Raises ``ValueError`` for an unknown
    language."""
    catalog(lang)
    return data_field(lang) == ARTICLE_LANGUAGE


def member_names(members: pd.DataFrame, lang: str = "en") -> pd.Series:
    """Each member's name as the edition of ``lang`` gives it, aligned on ``members``'
    index: the Kazakh Cyrillic (:func:`analysis.composition.cyrillic_names`) in the
    article's language, else the book's Latin form (``name_latin``)."""
    if reads_article(lang):
        return cyrillic_names(members)
    return members["name_latin"]


def _id(code: str) -> str:
    """A code or a text as the tail of a message id: lower case, words joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", str(code).lower()).strip("-")


def line_range(locator: str, loc: Catalog) -> str:
    """Seed lines as the language writes a range (``composition-line-range``: '188-194' in
    English, '188–194' in Kazakh); a single line as it is."""
    first, dash, last = str(locator).partition("-")
    return loc("composition-line-range", first=first, last=last) if dash else first


def month_words(text: str, loc: Catalog) -> str:
    """A month as the data write it ("March 2024") in the language's words
    (``composition-month-year``: "March 2024", "2024 жылғы наурыз"); a bare year by
    ``composition-year``."""
    if " " not in text.strip():
        return loc("composition-year", year=text.strip())
    when = pd.Timestamp(text)
    return loc("composition-month-year", month=loc.month(when.month), year=str(when.year))


def _word(loc: Catalog, msg_id: str, **args: object) -> str:
    """The message ``msg_id`` for a code or text of the data; ``KeyError`` naming the id
    and the catalog when the catalog has no such message (the data hold an unknown code)."""
    if not loc.has(msg_id):
        raise KeyError(f"no message {msg_id!r} in locales/{loc.base}: unknown code in the data")
    return loc(msg_id, **args)


def _label(prefix: str, code: object, loc: Catalog, *, optional: bool = False) -> str:
    """The word of a code: the message ``prefix`` + the code (``composition-status-`` +
    ``joined``); '' for a missing code, or (``optional``) for a code with no message."""
    if not isinstance(code, str):
        return ""
    if optional and not loc.has(prefix + _id(code)):
        return ""
    return _word(loc, prefix + _id(code))


#: One line of a stacked cell: a grey block under the main value, left out when empty.
_SUB = '<< <span style="display:block;color:#555">{%d}</span> >>'


def stack(gt: GT, main: str, *subs: str) -> GT:
    """Show columns ``subs`` inside column ``main``, each on a line of its own in grey (an
    empty value leaves no line). The frame keeps every column apart, so the table's CSV
    download has them as separate columns; great-tables escapes every value."""
    pattern = "{0}" + "".join(_SUB % (i + 1) for i in range(len(subs)))
    return gt.cols_merge(columns=[main, *subs], pattern=pattern)


def _blank_to_na(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``frame`` with "" made missing in ``columns`` only: the grey lines that
    :func:`stack` merges into another cell (cols_merge leaves out a line only for a missing
    value, not for ""). Every other column keeps its "": great-tables prints a missing
    value in a cell of its own as the word "None"."""
    out = frame.astype(object)
    for column in columns:
        out[column] = out[column].where(out[column].astype(str).ne(""), None)
    return out


def _widths(gt: GT, widths: dict[str, int]) -> GT:
    if sum(widths.values()) > COLUMN_PX:
        raise ValueError(f"column widths add up to more than {COLUMN_PX} px: {widths}")
    return gt.cols_width({c: f"{w}px" for c, w in widths.items()})


def _url_site(text: object) -> str:
    """A source as readers need it in a narrow cell: the web site of each address
    (``https://ar.inform.kz/news/...`` -> ``ar.inform.kz``); other text is kept."""
    return re.sub(r"https?://(?:www\.)?([^/\s,;)]+)[^\s,;)]*", r"\1", str(text))


def newcomers_table(newcomers: pd.DataFrame, lang: str = "en") -> GT:
    """The 32 newcomers in printed order, with whether they met the President.

    ``newcomers`` is the processed ``newcomers`` table (32 rows). An edition in another
    language than the article's also shows the book's Latin form of each name
    (:func:`reads_article`). Raises ``ValueError`` for an unknown language.
    """
    loc = catalog(lang)
    latin = not reads_article(lang)
    head = {k: loc("composition-newcomers-col-" + k) for k in ("number", "name", "latin", "met")}
    columns = {
        head["number"]: newcomers["newcomer_order"],
        head["name"]: newcomers["name_as_printed"],
        head["latin"]: newcomers["name_latin"],
        head["met"]: newcomers["met_president"].map(
            {True: loc("composition-newcomers-yes"), False: ""}
        ),
    }
    widths = {head["number"]: 50, head["name"]: 220, head["latin"]: 220, head["met"]: 180}
    if not latin:
        del columns[head["latin"]]
        widths = {head["number"]: 50, head["name"]: 378, head["met"]: 250}
    gt = base_table(pd.DataFrame(columns), source=loc("composition-newcomers-note"))
    return _widths(gt, widths)


def _item(item: str, data: object, loc: Catalog) -> str:
    """An item of ``composition_structure`` (``item_en``) in the language's words: the
    catalog's ``composition-structure-item-<item>``, else the data's own item in the
    language (``data``; None where the data have no column of the language: ``KeyError``)."""
    section = re.fullmatch(r"Section (\d+)", item)
    if section:
        return loc("composition-structure-section", n=section.group(1))
    msg_id = "composition-structure-item-" + _id(item)
    if data is not None and not loc.has(msg_id):
        return str(data)
    return _word(loc, msg_id, item=item)


def structure_table(
    structure: pd.DataFrame, members: pd.DataFrame | None = None, lang: str = "en"
) -> GT:
    """Structure and governance: decree, officers, working body, format, the four sections.

    ``structure`` is the processed ``composition_structure`` table. Officers' names come
    from news reports, since the article names none; each holder carries the month of the
    report that names them ("as of March 2024"), which may be later than the decree of 2022.
    Shown: item; the article's value in the edition's words over the article's Kazakh
    wording; holders; lines.

    In the article's language (:func:`reads_article`): the article's wording over the value
    as the data hold it (a date, a count), holders by their Kazakh names
    (:func:`analysis.composition.cyrillic_names`, read from ``members``, the processed
    ``members`` table, matched on ``name_latin``). Raises ``ValueError`` for an unknown
    language, or there when ``members`` is missing or lacks a holder;
    ``KeyError`` for an item that neither the catalog nor the data of the
    language word.
    """
    loc = catalog(lang)
    own = reads_article(lang)
    df = structure.sort_values("item_order")
    name_of = None
    if own:
        if members is None:
            raise ValueError(
                "the structure table in the article's language needs the members table"
            )
        name_of = dict(zip(members["name_latin"], member_names(members, lang), strict=True))
    holders = []
    for h, a in zip(df["holder_public"], df["holder_as_of"], strict=True):
        if pd.isna(h):
            holders.append("")
            continue
        pairs = list(zip(str(h).split("; "), str(a).split("; "), strict=True))
        if name_of is not None:
            missing = [name for name, _ in pairs if name not in name_of]
            if missing:
                raise ValueError(f"office holders not in the members table: {missing}")
            pairs = [(name_of[name], when) for name, when in pairs]
        holders.append(
            "; ".join(
                loc("composition-structure-holder", name=name, when=month_words(when, loc))
                for name, when in pairs
            )
        )
    head = {
        k: loc("composition-structure-col-" + k)
        for k in ("item", "value", "article", "data", "holder", "lines")
    }
    value = f"value_{data_field(lang)}"
    if own:
        # The article's wording is the value. A count follows in figures, in brackets, only
        # where the wording writes it neither in figures nor in words («екі орынбасар»,
        # «хатшы» for one); a date the wording writes out in full is not repeated.
        number_words = {
            loc("arguments-number", n=k, digits=str(k)).lower(): k for k in range(1, 11)
        }
        sub = (
            head["data"],
            [
                loc("composition-structure-data-value", value=dates_in_text(str(v), lang))
                if re.fullmatch(r"[\d-]+", str(v))
                and not _shows_numbers(str(w), str(v), number_words)
                else ""
                for v, w in zip(df["value_en"], df[value], strict=True)
            ],
        )
    else:
        sub = head["article"], df["value_kk"]
    out = pd.DataFrame(
        {
            head["item"]: [
                _item(i, d, loc)
                for i, d in zip(
                    df["item_en"], df.get(f"item_{data_field(lang)}", [None] * len(df)), strict=True
                )
            ],
            head["value"]: df[value],
            sub[0]: sub[1],
            head["holder"]: holders,
            head["lines"]: [line_range(x, loc) for x in df["locator"]],
        }
    )
    note = loc("composition-structure-note")
    gt = stack(
        base_table(out if own else _blank_to_na(out, [sub[0]]), source=note), head["value"], sub[0]
    )
    widths = (170, 270) if own else (140, 300)
    return _widths(
        gt,
        {head["item"]: widths[0], head["value"]: widths[1], head["holder"]: 178, head["lines"]: 60},
    )


def _shows_numbers(wording: str, value: str, number_words: dict[str, int] | None = None) -> bool:
    """Whether ``wording`` (the article's words for an item) already writes ``value``: a
    count (``"32"``) in figures or as one of ``number_words`` (word → number, e.g.
    ``{"екі": 2}``), a count of one by the singular noun alone («хатшы»), or an ISO date
    (``"2022-06-14"``) written out in full (its day and year in figures, «2022 жылғы 14
    маусым»)."""
    shown = {int(n) for n in re.findall(r"\d+", wording)}
    tokens = re.findall(r"[^\W\d_]+", wording.lower())
    shown |= {n for w, n in (number_words or {}).items() if w in tokens}
    parts = [int(n) for n in value.split("-")]
    if len(parts) == 3:
        return parts[0] in shown and parts[2] in shown
    return all(n in shown or n == 1 for n in parts)


def _quoted(text: str, loc: Catalog) -> str:
    """``text`` in the language's quotation marks (``composition-quoted``), a quotation
    inside it in the inner marks (``composition-quote-inner-open``/``-close``)."""
    inner = text.replace("«", loc("composition-quote-inner-open")).replace(
        "»", loc("composition-quote-inner-close")
    )
    return loc("composition-quoted", text=inner)


def decided_by(words: object, loc: Catalog) -> str:
    """The words that decide a member's field (``field_evidence``) as a table shows them:
    words in English (Latin letters) by the catalog's ``composition-decided-<words>``
    (quoted as the source's words in English, in the edition's wording otherwise); a
    source's Kazakh words quoted (:func:`_quoted`); '' for none.

    Raises ``ValueError`` for English words the catalog does not word."""
    if not isinstance(words, str):
        return ""
    if not re.search("[A-Za-z]", words):
        return _quoted(words, loc)
    msg_id = "composition-decided-" + _id(words)
    if not loc.has(msg_id):
        raise ValueError(
            f"no wording for field evidence {words!r} in locales/{loc.base} ({msg_id})"
        )
    return loc(msg_id, words=words)


def field_labels(field_codebook: pd.DataFrame, lang: str = "en") -> pd.Series:
    """``field_code`` -> the field's label in ``lang``
    (:func:`analysis.figures.composition.field_label` over the codebook's label of the
    language)."""
    from analysis.figures.composition import field_label

    loc = catalog(lang)
    data = field_codebook.set_index("field_code")[f"label_{data_field(lang)}"]
    return pd.Series({code: field_label(code, d, loc) for code, d in data.items()}, dtype=object)


def members_table(members: pd.DataFrame, field_codebook: pd.DataFrame, lang: str = "en") -> GT:
    """Every person known or said to have been a member, one row each, in four columns.

    ``members`` is the processed ``members`` table, ``field_codebook`` gives the field
    labels. Rows counted as known members first (by status, then name), then the one named
    only after the article's period, then the rows kept but not counted (grey). Cells stack
    related values: the edition's name (:func:`member_names`; in another language than the
    article's over the source's spelling and the Kazakh Cyrillic); status over officer role
    and meetings in Table 3; field over the words that decide it (:func:`decided_by`);
    counted or not over the evidence grade. The frame behind the table (its CSV) also has
    each person's source and its date.

    Names sort by :func:`analysis.composition.name_sort_key` (the Kazakh alphabet for
    Cyrillic). Raises ``ValueError`` for an unknown language or English field evidence the
    catalog does not word.
    """
    loc = catalog(lang)
    own = reads_article(lang)
    labels = field_labels(field_codebook, lang)
    status_rank = {"initial": 0, "joined": 1, "unknown": 2}
    group_rank = {"known": 0, "after_window": 1, "not_counted": 2}
    df = members.assign(
        _g=lambda d: d["count_group"].map(group_rank),
        _s=lambda d: d["status"].map(status_rank),
        _name=member_names(members, lang),
    )
    df = df.assign(_k=df["_name"].map(lambda n: tuple(name_sort_key(n))))
    df = df.sort_values(["_g", "_s", "_k"])
    decided = [decided_by(x, loc) for x in df["field_evidence"]]
    head = {
        k: loc("composition-members-col-" + k)
        for k in (
            "member",
            "spelling",
            "kazakh",
            "status",
            "officer",
            "meetings",
            "field",
            "decided",
            "counted",
            "evidence",
            "source",
            "source-date",
        )
    }
    # Under the identity rule a match on surname and initial establishes no one, so a
    # source's gloss naming a well-known person is dropped ("(academician ...)").
    spelling = [
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
    ]
    columns = {
        head["member"]: df["_name"],
        head["spelling"]: spelling,
        head["kazakh"]: df["name_kk"].fillna(""),
        head["status"]: df["status"].map(lambda x: _label("composition-status-", x, loc)),
        head["officer"]: df["composition_role"].map(
            lambda x: _label("composition-role-", x, loc, optional=True)
        ),
        head["meetings"]: [
            loc("composition-members-meetings", n=int(n)) if n else ""
            for n in df["table3_meetings"]
        ],
        head["field"]: df["field_code"].map(labels),
        head["decided"]: decided,
        head["counted"]: df["count_group"].map(lambda x: _label("composition-counted-", x, loc)),
        head["evidence"]: df["membership_evidence"].map(
            lambda x: _label("composition-membership-evidence-", x, loc)
        ),
        head["source"]: df["source"],
        head["source-date"]: df["source_date"],
    }
    names = [head["member"]]
    if own:
        del columns[head["spelling"]], columns[head["kazakh"]]
    else:
        names += [head["spelling"], head["kazakh"]]
    merged = [*names[1:], head["officer"], head["meetings"], head["decided"], head["evidence"]]
    frame = _blank_to_na(pd.DataFrame(columns), merged)
    gt = base_table(frame, source=loc("composition-members-note"))
    if len(names) > 1:
        gt = stack(gt, *names)
    gt = stack(gt, head["status"], head["officer"], head["meetings"])
    gt = stack(gt, head["field"], head["decided"])
    gt = stack(gt, head["counted"], head["evidence"])
    gt = gt.cols_hide([head["source"], head["source-date"]]).cols_label(
        **{
            head["field"]: loc("composition-members-label-field"),
            head["counted"]: loc("composition-members-label-counted"),
        }
    )
    widths = (200, 130) if not own else (190, 140)
    gt = _widths(
        gt,
        {
            head["member"]: widths[0],
            head["status"]: widths[1],
            head["field"]: 208,
            head["counted"]: 140,
        },
    )
    return grey_rows(gt, df["count_group"].ne("known").reset_index(drop=True))


def field_codebook_table(field_codebook: pd.DataFrame, lang: str = "en") -> GT:
    """The field codebook: field, the article categories it covers, the coding rule.
    ``field_codebook`` is the processed table; the frame behind the table (its CSV) also
    has the codes.

    The field is :func:`field_labels`' label; in another language than the article's over
    the Kazakh label, with the English wording of the article's categories
    (``categories_en``); in the article's language the article's own wording
    (``label_kk``). The rule is the catalog's ``composition-rule-<code>`` (in English the
    codebook's ``rule_en``). Raises ``ValueError`` for an unknown language,
    ``KeyError`` for a code with no rule in the catalog.
    """
    loc = catalog(lang)
    own = reads_article(lang)
    df = field_codebook.sort_values("field_order")
    head = {
        k: loc("composition-codebook-col-" + k)
        for k in ("field", "kazakh", "article", "rule", "code")
    }
    ours = loc("composition-codebook-ours")
    labels = field_labels(field_codebook, lang)
    article = df["label_kk"] if own else df["categories_en"]
    out = pd.DataFrame(
        {
            head["field"]: df["field_code"].map(labels),
            head["kazakh"]: df["label_kk"],
            head["article"]: [
                a if isinstance(c, str) else ours
                for a, c in zip(article, df["article_categories"], strict=True)
            ],
            head["rule"]: [
                _word(loc, "composition-rule-" + _id(c), rule=r)
                for c, r in zip(df["field_code"], df["rule_en"], strict=True)
            ],
            head["code"]: df["field_code"],
        }
    )
    if own:
        out = out.drop(columns=head["kazakh"])
    gt = base_table(out, source=loc("composition-codebook-note"))
    if not own:
        gt = stack(gt, head["field"], head["kazakh"])
    gt = gt.cols_hide([head["code"]])
    widths = (190, 190) if own else (210, 170)
    return _widths(gt, {head["field"]: widths[0], head["article"]: widths[1], head["rule"]: 298})


def rotation_table(coverage: pd.DataFrame, lang: str = "en") -> GT:
    """Rotation (32 newcomers against 117 initial seats) and coverage of the members table.

    ``coverage`` is the processed ``composition_coverage`` table; persons as whole
    numbers, shares as percent with one decimal, in the language's format. The processed
    table words each figure in English (``label_en``, ``source``): an edition whose data
    field has that label column shows them as the data hold them; another edition shows the
    catalog's ``composition-coverage-<metric_id>`` and its ``.source`` (with the counts
    ``$initial``, ``$joined``, ``$total`` and ``$years``). Raises ``ValueError`` for an
    unknown language, ``KeyError`` for a figure the catalog does not word.
    """
    loc = catalog(lang)
    val = coverage.set_index("metric_id")["value"]
    nums = {
        "initial": loc.count(val["initial_members"]),
        "joined": loc.count(val["newcomers"]),
        "total": loc.count(val["ever_appointed"]),
        "years": WINDOW_YEARS,
    }
    own_words = f"label_{data_field(lang)}"
    if own_words in coverage.columns:
        labels, sources = coverage[own_words].tolist(), coverage["source"].tolist()
    else:
        ids = ["composition-coverage-" + _id(m) for m in coverage["metric_id"]]
        labels = [_word(loc, i, **nums) for i in ids]
        sources = [loc.attr(i, "source", **nums) for i in ids]
    head = {k: loc("composition-rotation-col-" + k) for k in ("figure", "value", "source")}
    out = pd.DataFrame(
        {
            head["figure"]: labels,
            head["value"]: [
                loc.pct(v) if u.startswith("percent") else loc.count(v)
                for v, u in zip(coverage["value"], coverage["unit"], strict=True)
            ],
            head["source"]: [
                loc(
                    "composition-rotation-source",
                    status=_label("composition-figure-status-", s, loc),
                    source=src,
                )
                for src, s in zip(sources, coverage["value_status"], strict=True)
            ],
        }
    )
    gt = base_table(out, source=loc("composition-rotation-note"))
    return _widths(gt, {head["figure"]: 250, head["value"]: 70, head["source"]: 358})


def claims_table(claims: pd.DataFrame, members: pd.DataFrame | None = None, lang: str = "en") -> GT:
    """Claims about single members that rest on one source, with our reading.

    ``claims`` is the processed ``membership_claims`` table; web addresses are shortened to
    their site in the table (the full address is in the frame behind it, its CSV). The
    claim and reading are the data of the language (``claim_en``/``claim_kk``,
    ``reading_en``/``reading_kk``); a source that is not an address is worded by the
    catalog (``composition-claims-source-<text>``) where it has a message.

    The member is the claims' ``name_latin``; in the article's language the Kazakh name
    (:func:`analysis.composition.cyrillic_names`, from ``members``, the processed
    ``members`` table, by ``member_id``). Raises ``ValueError`` for an unknown language, or
    there when ``members`` is missing or lacks a claim's member.
    """
    loc = catalog(lang)
    field = data_field(lang)
    names = claims["name_latin"]
    if reads_article(lang):
        if members is None:
            raise ValueError("the claims table in the article's language needs the members table")
        name_of = dict(zip(members["member_id"], member_names(members, lang), strict=True))
        missing = sorted(set(claims["member_id"]) - set(name_of))
        if missing:
            raise ValueError(f"claims about members not in the members table: {missing}")
        names = claims["member_id"].map(name_of)

    def source(text: str) -> str:
        msg_id = "composition-claims-source-" + _id(text)
        return loc(msg_id, source=text) if loc.has(msg_id) else _url_site(text)

    head = {
        k: loc("composition-claims-col-" + k)
        for k in ("member", "claim", "source", "date", "reading", "address")
    }
    out = pd.DataFrame(
        {
            head["member"]: names,
            head["claim"]: claims[f"claim_{field}"],
            head["source"]: claims["source"].map(source),
            head["date"]: [
                loc(
                    "composition-claims-date-grade",
                    date=dates_in_text(d, lang),
                    grade=_label("composition-grade-", c, loc),
                )
                for d, c in zip(claims["source_date"], claims["source_confidence"], strict=True)
            ],
            head["reading"]: claims[f"reading_{field}"]
            .map(_url_site)
            .map(lambda t: dates_in_text(t, lang)),
            head["address"]: claims["source"],
        }
    )
    gt = base_table(out, source=loc("composition-claims-note"))
    gt = stack(gt, head["source"], head["date"]).cols_hide([head["address"]])
    return _widths(
        gt, {head["member"]: 110, head["claim"]: 210, head["source"]: 120, head["reading"]: 238}
    )


def expert_positions_table(positions: pd.DataFrame, lang: str = "en") -> GT:
    """The experts' proposals on choosing members, with camp and support as the article says.

    ``positions`` is the processed ``expert_positions`` table. An inferred camp (not
    printed) is marked † and its row set in grey italics. The proposal and support are the
    data of the language (``proposal_en``/``proposal_kk``, ``support_en``/``support_kk``),
    the key phrase stays as printed (``composition-positions-phrase`` places it). Raises
    ``ValueError`` for an unknown language.
    """
    loc = catalog(lang)
    field = data_field(lang)
    df = positions.sort_values("proposal_order")
    head = {
        k: loc("composition-positions-col-" + k)
        for k in ("proposal", "phrase", "camp", "support", "says", "lines")
    }
    out = pd.DataFrame(
        {
            head["proposal"]: df[f"proposal_{field}"],
            head["phrase"]: [
                loc("composition-positions-phrase", phrase=p) for p in df["key_phrase_kk"]
            ],
            head["camp"]: df["camp"].map(lambda x: _label("composition-camp-", x, loc))
            + df["camp_status"].map({"reported": "", "inferred": " †"}),
            head["support"]: df["support_level"].map(
                lambda x: _label("composition-support-", x, loc)
            ),
            head["says"]: df[f"support_{field}"],
            head["lines"]: [line_range(x, loc) for x in df["locator"]],
        }
    )
    gt = base_table(out, source=loc("composition-positions-note"))
    gt = stack(gt, head["proposal"], head["phrase"])
    gt = stack(gt, head["camp"], head["support"]).cols_label(
        **{head["camp"]: loc("composition-positions-label-camp")}
    )
    gt = _widths(
        gt, {head["proposal"]: 270, head["camp"]: 140, head["says"]: 208, head["lines"]: 60}
    )
    return grey_rows(gt, df["camp_status"].eq("inferred").reset_index(drop=True))
