"""Generated documentation: "Reproducing this book", the data sources, the README block and
the downloads, all from the registries in the code (never written by hand).

- :func:`registry_frame` chains :data:`analysis.registry.ENTRIES` (label -> chapter ->
  builder -> processed tables) with :data:`analysis.pipeline.OUTPUTS` (processed table ->
  raw files), so every figure and table is traced to the raw files behind it.
- :func:`locked_versions` reads the versions of the declared dependencies from ``uv.lock``
  (the README); :func:`installed_versions` reads them from the running environment (the
  appendix shows the build's own versions).
- :func:`timings_frame` reads ``benchmarks/results.csv`` as the benchmark script wrote it;
  nothing is timed or invented here.
- :func:`sources_markdown` renders every ``data/raw/*/source.yml``.
- The appendix parts (:func:`appendix_markdown`, :func:`sources_markdown`,
  :func:`downloads_markdown`) take ``lang``: headings, labels and fixed words come from the
  catalog (``locales/<lang>/appendix.ftl``); paths, names of code, checksums and the
  sources' own English documentation stay as they are.

Command line::

    python -m analysis.reproducing --readme      # rewrite README.md between the markers
    python -m analysis.reproducing --check       # exit 1 when README.md's block is stale
    python -m analysis.reproducing --downloads   # processed files + CITATION.cff to book/downloads
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pandas as pd

from analysis.i18n import LANGUAGES, Catalog, catalog, data_field, foreign
from analysis.io import atomic_write_text
from analysis.paths import BOOK, PROCESSED, RAW, ROOT, relative
from analysis.provenance import REQUIRED_FIELDS, load_source, source_folders

README = ROOT / "README.md"
START, END = "<!-- registry:start -->", "<!-- registry:end -->"
BENCHMARK_RESULTS = ROOT / "benchmarks" / "results.csv"
BENCHMARK_COMMAND = "uv run python benchmarks/benchmark.py"
DOWNLOADS = BOOK / "downloads"
CITATION = ROOT / "CITATION.cff"

#: Values of the software table that are words ("not installed", "not locked"): their
#: catalog messages.
VERSION_MESSAGES = {"not installed": "repro-not-installed", "not locked": "repro-not-locked"}


# --- registry ------------------------------------------------------------------------------


def registry_frame() -> pd.DataFrame:
    """One row per figure or table of the book, in registry order.

    Columns (all text): ``label``, ``kind`` (figure/table), ``chapter`` (.qmd file),
    ``function`` (dotted name of the builder), ``processed`` (processed tables it reads,
    ``", "``-joined) and ``raw`` (the raw files behind those tables, sorted, ``", "``-joined,
    as paths under data/raw).

    Raises ``KeyError`` naming the label when an entry reads a processed table that no
    pipeline output makes.
    """
    from analysis.pipeline import OUTPUTS
    from analysis.registry import ENTRIES

    inputs = {out.name: out.inputs for out in OUTPUTS}
    rows = []
    for e in ENTRIES:
        unknown = [name for name in e.inputs if name not in inputs]
        if unknown:
            raise KeyError(f"{e.label} reads {unknown}, which no pipeline output makes")
        raw = sorted({path for name in e.inputs for path in inputs[name]})
        rows.append(
            {
                "label": e.label,
                "kind": e.kind,
                "chapter": e.chapter,
                "function": e.function,
                "processed": ", ".join(e.inputs),
                "raw": ", ".join(raw),
            }
        )
    return pd.DataFrame(rows, columns=["label", "kind", "chapter", "function", "processed", "raw"])


def outputs_frame() -> pd.DataFrame:
    """One row per processed table: ``table``, ``title``, ``raw`` (", "-joined raw inputs)."""
    from analysis.pipeline import OUTPUTS

    return pd.DataFrame(
        [{"table": o.name, "title": o.title, "raw": ", ".join(o.inputs)} for o in OUTPUTS],
        columns=["table", "title", "raw"],
    )


# --- software ------------------------------------------------------------------------------


def declared_packages() -> list[str]:
    """Names of the dependencies declared in pyproject.toml (runtime and test), in order."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        project = tomllib.load(fh)
    specs = list(project["project"]["dependencies"])
    specs += project.get("dependency-groups", {}).get("test", [])
    return [re.split(r"[<>=!~\[; ]", s, maxsplit=1)[0] for s in specs]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_versions(packages: list[str] | None = None) -> pd.DataFrame:
    """Versions of ``packages`` (default: :func:`declared_packages`) pinned in ``uv.lock``.

    Returns columns ``package`` and ``version`` (text; ``"not locked"`` when absent), and the
    Python requirement of the project as a first row.
    """
    with (ROOT / "uv.lock").open("rb") as fh:
        lock = tomllib.load(fh)
    pinned = {_normal(p["name"]): str(p.get("version", "")) for p in lock.get("package", [])}
    names = packages or declared_packages()
    rows = [{"package": "python (required)", "version": str(lock.get("requires-python", ""))}]
    rows += [{"package": n, "version": pinned.get(_normal(n), "not locked")} for n in names]
    return pd.DataFrame(rows, columns=["package", "version"])


def installed_versions(packages: list[str] | None = None) -> pd.DataFrame:
    """Versions of ``packages`` installed in the running environment, with Python's version
    first; ``"not installed"`` for a missing package. Columns ``package``, ``version``."""
    names = packages or declared_packages()
    rows = [{"package": "python", "version": sys.version.split()[0]}]
    for n in names:
        try:
            version = metadata.version(n)
        except metadata.PackageNotFoundError:
            version = "not installed"
        rows.append({"package": n, "version": version})
    return pd.DataFrame(rows, columns=["package", "version"])


# --- timings -------------------------------------------------------------------------------


def timings_frame(path: Path = BENCHMARK_RESULTS) -> pd.DataFrame | None:
    """The benchmark results as written by the benchmark script, or ``None`` when the file
    does not exist. Columns are the file's own; nothing is recomputed."""
    if not Path(path).is_file():
        return None
    return pd.read_csv(path, dtype=str, keep_default_na=False)


#: The benchmark's machine rows whose value is a list of decimal numbers (localised).
_DECIMAL_ITEMS = ("load average (1/5/15 min) at the end", "memory")


def _slug(text: str) -> str:
    """A catalog id part from a benchmark item or measure: 'load average (1/5/15 min) at
    the end' -> 'load-average-1-5-15-min-at-the-end'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _localised(text: str, loc: Catalog) -> str:
    """A measured number in the language's CLDR format, its decimals kept: ``1.049`` ->
    ``1,049`` (Kazakh), ``21551`` -> ``21,551`` / ``21 551``; other text unchanged."""
    text = text.strip()
    if re.fullmatch(r"\d+", text):
        return loc.count(int(text))
    if re.fullmatch(r"\d+\.\d+", text):
        return loc.decimal(float(text), len(text.split(".")[1]))
    return text


def _machine_value(item: str, value: str, loc: Catalog) -> str:
    """A machine row's value in the page's language: the measuring date in words (26
    November 2026 / 2026 жылғы 26 қараша), decimal numbers in the language's format (0.92 /
    0,92; 23.5 GiB / 23,5 GiB); version numbers (3.11.7) and other text unchanged."""
    value = value.strip()
    if item == "date measured" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return loc.date(value)
    if item in _DECIMAL_ITEMS:
        return re.sub(r"(?<![\d.])(\d+\.\d+)(?![\d.])", lambda m: _localised(m[1], loc), value)
    return value


def _word(loc: Catalog, msg_id: str, default: str) -> str:
    """The catalog's message ``msg_id``, or ``default`` (the data's own text) when the
    catalog has none: a benchmark measure or item added later shows its own name."""
    return loc(msg_id) if loc.has(msg_id) else default


def timings_markdown(path: Path = BENCHMARK_RESULTS, lang: str = "en") -> str:
    """Markdown for the timings: the benchmark table, or how to produce it when absent; the
    words from the ``lang`` catalog (``bench-*`` messages), the numbers in its format, the
    measured values the file's own."""
    loc = catalog(lang)
    frame = timings_frame(path)
    where = {"command": BENCHMARK_COMMAND, "path": relative(path)}
    if frame is None:
        return loc("bench-absent", **where) + "\n"
    head = loc("bench-head", **where)
    if {"measure", "item", "value"} <= set(frame.columns):
        # The benchmark's first rows (measure "machine") say what it was measured on.
        machine = frame[frame["measure"] == "machine"]
        frame = frame[frame["measure"] != "machine"]
        if not machine.empty:
            head += (
                loc("bench-machine")
                + "\n\n"
                + "\n".join(
                    f"- {_cell(_word(loc, 'bench-machine-' + _slug(r.item), r.item))}: "
                    f"{_cell(_machine_value(r.item, r.value, loc))}"
                    for r in machine.itertuples()
                )
            )
            head += "\n\n" + loc("bench-measurements")
    if {"measure", "item", "value", "unit", "target", "meets_target"} <= set(frame.columns):
        value = frame["value"].map(lambda v: _localised(v, loc))
        unit = frame["unit"].map(lambda u: _word(loc, "bench-unit-" + _slug(u), u) if u else u)
        target = (
            frame["target"]
            .str.replace(r"^\s*<=\s*", "", regex=True)
            .map(lambda t: _localised(t, loc))
        )
        met = frame["meets_target"].map(
            lambda a: loc("bench-target-" + a) if a in ("yes", "no") else ""
        )
        # Four columns, so that the table fits the book's text column.
        frame = pd.DataFrame(
            {
                loc("bench-col-measure"): frame["measure"].map(
                    lambda m: _word(loc, "bench-measure-" + _slug(m), m)
                ),
                loc("bench-col-item"): frame["item"].map(lambda i: f"`{i}`" if i else i),
                # A row without a measured value shows nothing, not its unit alone.
                loc("bench-col-value"): value.str.cat(
                    unit.where(value != "", ""), sep=" "
                ).str.strip(),
                loc("bench-col-target"): [
                    ""
                    if not t
                    else loc("bench-target", target=t, met=m)
                    if m
                    else loc("bench-target-plain", target=t)
                    for t, m in zip(target, met, strict=True)
                ],
            }
        )
    return head + ":\n\n" + markdown_table(frame)


# --- markdown ------------------------------------------------------------------------------


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def markdown_table(frame: pd.DataFrame, code: tuple[str, ...] = ()) -> str:
    """A pipe table of ``frame``; columns named in ``code`` are set as inline code (each
    ``", "``-separated item on its own)."""
    lines = ["| " + " | ".join(map(str, frame.columns)) + " |"]
    lines.append("|" + "---|" * len(frame.columns))
    for row in frame.itertuples(index=False):
        cells = []
        for col, value in zip(frame.columns, row, strict=True):
            text = _cell(value)
            if col in code and text:
                text = ", ".join(f"`{item}`" for item in text.split(", "))
            cells.append(text)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _under_raw(paths: str) -> str:
    return ", ".join(f"data/raw/{p}" for p in paths.split(", ") if p)


def registry_markdown() -> str:
    """The figure/table table: label, chapter, function, processed tables, raw files."""
    df = registry_frame().drop(columns="kind")
    df["raw"] = df["raw"].map(_under_raw)
    return markdown_table(df, code=("label", "chapter", "function", "processed", "raw"))


def readme_block() -> str:
    """The generated part of README.md (what goes between the markers)."""
    processed = outputs_frame()
    processed["raw"] = processed["raw"].map(_under_raw)
    parts = [
        "<!-- generated by `python -m analysis.reproducing --readme`; do not edit by hand -->",
        "",
        "Every figure and table of the book, the function that makes it, the processed "
        "tables it reads (`data/processed/`) and the raw files behind them:",
        "",
        registry_markdown(),
        "Every processed table and the raw files it is built from:",
        "",
        markdown_table(processed, code=("table", "raw")),
        "Software: the declared dependencies at the versions locked in `uv.lock` "
        "(the book's appendix lists the versions of the build that rendered it):",
        "",
        markdown_table(locked_versions()),
        "How long each step takes on the reference machine:",
        "",
        timings_markdown(),
    ]
    return "\n".join(parts)


def replace_block(text: str, block: str) -> str:
    """``text`` with everything between the README markers replaced by ``block``.

    Raises ``ValueError`` when the markers are missing, repeated or out of order.
    """
    if text.count(START) != 1 or text.count(END) != 1 or text.index(START) > text.index(END):
        raise ValueError(f"README must contain {START} once, followed by {END} once")
    head, rest = text.split(START)
    _, tail = rest.split(END)
    return f"{head}{START}\n{block.rstrip()}\n{END}{tail}"


def update_readme(path: Path = README) -> bool:
    """Rewrite the generated block of ``path`` atomically; True when the file changed."""
    old = path.read_text(encoding="utf-8")
    new = replace_block(old, readme_block())
    if new != old:
        atomic_write_text(path, new)
    return new != old


def readme_is_current(path: Path = README) -> bool:
    """True when the block in ``path`` equals :func:`readme_block`."""
    text = path.read_text(encoding="utf-8")
    return replace_block(text, readme_block()) == text


# --- the appendices ------------------------------------------------------------------------


def _codes(items: str) -> str:
    return ", ".join(f"`{item}`" for item in items.split(", ") if item)


def registry_list_markdown(lang: str = "en") -> str:
    """The figures and tables as one list per chapter (what makes each, from what): a layout
    that wraps at any page width, unlike a five-column table. Words from the ``lang``
    catalog."""
    loc = catalog(lang)
    lines: list[str] = []
    frame = registry_frame()
    for chapter, rows in frame.groupby("chapter", sort=False):
        lines += [f"**{chapter}**", ""]
        for r in rows.itertuples():
            lines.append(
                "- "
                + loc(
                    "repro-registry-item",
                    label=f"`{r.label}`",
                    kind=loc("repro-kind-" + r.kind),
                    function=f"`{r.function}`",
                    processed=_codes(r.processed),
                    raw=_codes(r.raw),
                )
            )
        lines.append("")
    return "\n".join(lines)


def outputs_list_markdown(lang: str = "en") -> str:
    """Every processed table and the raw files behind it, as a list; words and the tables'
    titles in ``lang`` (:func:`analysis.codebook.title`)."""
    from analysis.codebook import title
    from analysis.pipeline import OUTPUTS

    loc = catalog(lang)
    lines = [
        "- "
        + loc(
            "repro-output-item",
            table=f"`{o.name}`",
            title=_cell(title(o, lang)),
            raw=_codes(", ".join(o.inputs)) or loc("repro-none"),
        )
        for o in OUTPUTS
    ]
    return "\n".join(lines) + "\n"


def software_frame(lang: str = "en") -> pd.DataFrame:
    """The installed versions beside the locked ones: three columns (package, version of
    this build, version in uv.lock), headings and "not installed"/"not locked" from the
    ``lang`` catalog."""
    loc = catalog(lang)
    frame = (
        installed_versions()
        .merge(
            locked_versions().assign(package=lambda d: d["package"].str.replace(" (required)", "")),
            on="package",
            how="left",
        )
        .fillna("")
    )
    frame = frame.map(lambda v: loc(VERSION_MESSAGES[v]) if v in VERSION_MESSAGES else v)
    return frame.set_axis(
        [loc("repro-col-package"), loc("repro-col-version-build"), loc("repro-col-version-locked")],
        axis=1,
    )


def appendix_markdown(lang: str = "en") -> str:
    """Body of the "Reproducing this book" appendix (see book/reproducing.qmd and
    book/kk/reproducing.qmd), its headings and words from the ``lang`` catalog."""
    loc = catalog(lang)
    software, time = loc("repro-software"), loc("repro-time")
    return "\n".join(
        [
            f"## {loc('repro-figures')} {{.unnumbered}}",
            "",
            registry_list_markdown(lang),
            f"## {loc('repro-processed')} {{.unnumbered}}",
            "",
            outputs_list_markdown(lang),
            f"## {loc('repro-raw')} {{#sec-raw-files .unnumbered}}",
            "",
            loc("repro-raw-intro"),
            "",
            source_files_markdown(lang=lang),
            f"### {loc('repro-topic-rules')} {{#sec-topic-rules}}",
            "",
            loc("repro-topic-rules-intro"),
            "",
            topic_rules_markdown(lang=lang),
            f"## {software} {{.unnumbered}}",
            "",
            loc("repro-software-intro"),
            "",
            scroll_box(markdown_table(software_frame(lang)), software, lang),
            f"## {time} {{.unnumbered}}",
            "",
            scroll_box(timings_markdown(lang=lang), time, lang),
        ]
    )


def topic_rules_markdown(raw_dir: Path = RAW, lang: str = "en") -> str:
    """The topic coding rules as the code applies them (``coding/topic_rules.csv`` and
    ``coding/topic_codebook.csv`` of ``raw_dir``): one item per rule, its id, the domain's
    label in ``lang`` (``label_en`` / ``label_kk``) and the regular expression as code.
    Chapter 4's codebook table words each domain's rule in plain language instead."""
    rules = pd.read_csv(Path(raw_dir) / "coding" / "topic_rules.csv", dtype=str)
    domains = pd.read_csv(Path(raw_dir) / "coding" / "topic_codebook.csv", dtype=str)
    label = domains.set_index("domain_id")[f"label_{data_field(lang)}"]
    return (
        "\n".join(
            f"- `{r.rule_id}` ({label[r.domain_id]}, `{r.field}`): `{r.pattern}`"
            for r in rules.itertuples(index=False)
        )
        + "\n"
    )


def scroll_label(name: str, lang: str = "en") -> str:
    """The accessible name of a box that scrolls sideways and holds ``name``
    ("…, scrolls sideways"), from the ``lang`` catalog."""
    return catalog(lang)("scroll-box-label", name=name)


def scroll_box(markdown: str, name: str, lang: str = "en") -> str:
    """``markdown`` (a wide Markdown table and its text) in a box that scrolls sideways on a
    phone and can be reached and scrolled with the keyboard (``tabindex``, ``role`` and a
    label; axe-core's rule ``scrollable-region-focusable``)."""
    label = scroll_label(name, lang).replace('"', "'")
    return (
        f'::: {{.scroll-box tabindex="0" role="region" aria-label="{label}"}}\n\n'
        f"{markdown.rstrip()}\n\n:::\n"
    )


def _yaml_value(value: object) -> str:
    """A ``source.yml`` value as one line of text; a mapping's per-language twins
    (``<key>_kk``) are left out (:func:`_extra_text` uses them in their language)."""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_yaml_value(v)}" for k, v in value.items() if not _is_twin(str(k)))
    if isinstance(value, list):
        return "; ".join(_yaml_value(v) for v in value)
    return str(value)


def _is_twin(key: str) -> bool:
    """Whether a ``source.yml`` key is a per-language twin of another (``title_kk``)."""
    return bool(re.search(r"_[a-z]{2}$", key)) and key.rsplit("_", 1)[1] in LANGUAGES


#: The provenance fields every ``source.yml`` record has, in the order the appendix shows
#: them (labels: the catalog's ``source-field-<field>``).
SOURCE_FIELDS = tuple(field for field in REQUIRED_FIELDS if field != "files")


def _locator_text(locator: str, loc: Catalog) -> str:
    """A file's locator in words, each part from the catalog: 'seed lines 88–699' /
    «бастапқы мәтіннің 88–699-жолдары» (``source-lines``), another seed text named as the
    preface names it, 'seed 002 lines 303–315' / «002 мәтіннің 303–315-жолдары»
    (``source-lines-other``); ranges with an en dash."""
    parts = []
    for part in locator.split("; "):
        other = re.fullmatch(r"seed (\d{3}) lines (.+)", part.strip())
        lines = (other[2] if other else part.strip()).replace("-", "–")
        parts.append(
            loc("source-lines-other", seed=other[1], lines=lines)
            if other
            else loc("source-lines", lines=lines)
        )
    return "; ".join(parts)


def _source_text(record: dict, key: str, lang: str) -> str:
    """The field ``key`` of a ``source.yml`` record as one Markdown line's text, in
    ``lang`` when the record has a twin ``<key>_<lang>``, else the (English) field marked
    as English on a page of another language; an ISO date as a table writes it in ``lang``
    (:func:`analysis.tables.common.table_date`)."""
    own = record.get(f"{key}_{data_field(lang)}")
    if own:
        return _cell(_yaml_value(own))
    text = _cell(_yaml_value(record[key]))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        from analysis.tables.common import table_date

        return table_date(text, lang)
    return foreign(text, lang)


def _extra_text(value: object, loc: Catalog) -> str:
    """An extra ``source.yml`` field (``seed``, ``seeds``: mappings of facts about the seed
    texts) as text: each key labelled from the catalog (``source-extra-<key>``, else its own
    name), a ``<key>_<lang>`` twin in place of its key."""
    if not isinstance(value, dict):
        return _cell(_yaml_value(value))
    own = data_field(loc.lang)
    parts = []
    for key, item in value.items():
        if _is_twin(str(key)):
            continue
        item = value.get(f"{key}_{own}", item)
        text = _extra_text(item, loc) if isinstance(item, dict) else _cell(_yaml_value(item))
        label = _word(loc, f"source-extra-{key}", str(key))
        parts.append(f"{label}: ({text})" if isinstance(item, dict) else f"{label}: {text}")
    return "; ".join(parts)


#: The fields the sources appendix (E) shows readers, in order: who made the source, how to
#: cite it, when it was published and read, its licence and what it gives (``summary``).
#: The technical fields (where the files came from, what each file holds, checksums) are in
#: the Reproducing appendix (:func:`source_files_markdown`).
READER_FIELDS = ("producer", "citation_full", "date_published", "date_accessed", "license")


def _field_bullet(record: dict, key: str, lang: str, loc: Catalog) -> str:
    """``- **Label:** text``: one field of a ``source.yml`` record, its label the catalog's
    ``source-field-<field>``, its text in ``lang`` where the record has a twin."""
    label = loc(f"source-field-{key.replace('_', '-')}")
    return f"- **{label}:** {_source_text(record, key, lang)}"


def sources_markdown(raw_dir: Path = RAW, lang: str = "en") -> str:
    """Every source folder of ``raw_dir`` for readers (appendix E): its title as the
    heading, then who made it, the citation, dates, licence and what it gives (the
    ``summary`` field when the record has one). No paths, file or column names: those are
    in :func:`source_files_markdown`. Labels from the ``lang`` catalog; the records' text
    is their own (English unless a field has a ``<field>_<lang>`` twin).

    Raises :class:`analysis.errors.PipelineError` when a ``source.yml`` lacks a field.
    """
    loc = catalog(lang)
    parts = []
    for folder in source_folders(raw_dir):
        record = load_source(folder)
        slug = folder.name.replace("_", "-")
        parts += [f"## {_source_text(record, 'title', lang)} {{#sec-source-{slug}}}", ""]
        parts += [
            _field_bullet(record, key, lang, loc)
            for key in (*READER_FIELDS, "summary")
            if key in record
        ]
        parts.append("")
    return "\n".join(parts)


def source_files_markdown(raw_dir: Path = RAW, lang: str = "en") -> str:
    """Every source folder of ``raw_dir`` as the Reproducing appendix (D) lists it: the
    folder, where its files came from, what they hold (``description``), the seed texts
    (``seed``, ``seeds``) and a list of its files (size, the article lines each transcribes,
    sha256). Labels from the ``lang`` catalog.

    Raises :class:`analysis.errors.PipelineError` when a ``source.yml`` lacks a field.
    """
    loc = catalog(lang)
    parts = []
    for folder in source_folders(raw_dir):
        record = load_source(folder)
        slug = folder.name.replace("_", "-")
        parts += [f"### `data/raw/{folder.name}/` {{#sec-source-files-{slug}}}", ""]
        parts += [
            _field_bullet(record, key, lang, loc)
            for key in SOURCE_FIELDS
            if key not in READER_FIELDS and key != "title"
        ]
        for key, value in record.items():
            if key not in (*SOURCE_FIELDS, "summary", "files") and not _is_twin(key):
                label = _word(loc, f"source-extra-{key}", key)
                parts.append(f"- **{label}:** {_extra_text(value, loc)}")
        parts += ["", loc("source-files"), ""]
        for name, meta in (record["files"] or {}).items():
            size = meta.get("bytes", "?")
            facts = [loc("source-bytes", n=loc.count(size) if isinstance(size, int) else size)]
            if meta.get("locator"):
                facts.append(_locator_text(str(meta["locator"]), loc))
            digest = str(meta.get("sha256", ""))
            # Shortened; the full checksum is the span's title (shown on hover) and in
            # source.yml, which the downloads carry.
            facts.append(f'sha256 [`{digest[:12]}…`]{{title="{digest}"}}')
            description = _source_text(meta, "description", lang) if meta.get("description") else ""
            parts.append(f"- `{name}` ({'; '.join(facts)}): {description}")
        parts.append("")
    return "\n".join(parts)


# --- downloads -----------------------------------------------------------------------------


def copy_downloads(dest: Path = DOWNLOADS, processed: Path = PROCESSED) -> list[str]:
    """Copy every processed file (CSV, Parquet, datapackage.json) and CITATION.cff into
    ``dest`` (replacing what was there), for the book's downloads. Returns the file names.

    Raises ``FileNotFoundError`` naming the command to run when the pipeline has not run.
    """
    package = Path(processed) / "datapackage.json"
    if not package.is_file():
        raise FileNotFoundError(
            f"{package} does not exist: run `nox -s pipeline` (or `python -m analysis.pipeline`)"
        )
    dest = Path(dest)
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    names = []
    for path in sorted(Path(processed).iterdir()):
        if path.is_file() and not path.name.startswith("."):
            shutil.copyfile(path, dest / path.name)
            names.append(path.name)
    shutil.copyfile(CITATION, dest / CITATION.name)
    return [*names, CITATION.name]


def downloads_markdown(prefix: str = "downloads/", lang: str = "en") -> str:
    """Markdown links to every processed table (CSV and Parquet), the data package and the
    citation file, as :func:`copy_downloads` places them beside the book; words from the
    ``lang`` catalog and the tables' titles in ``lang``."""
    from analysis.codebook import title
    from analysis.pipeline import OUTPUTS

    loc = catalog(lang)
    rows = [
        f"| {title(o, lang)} | [`{o.name}.csv`]({prefix}{o.name}.csv) | "
        f"[`{o.name}.parquet`]({prefix}{o.name}.parquet) |"
        for o in OUTPUTS
    ]
    return "\n".join(
        [
            f"- [`datapackage.json`]({prefix}datapackage.json): {loc('downloads-package')}",
            f"- [`CITATION.cff`]({prefix}CITATION.cff): {loc('downloads-citation')}",
            "",
            f"| {loc('downloads-table')} | CSV | Parquet |",
            "|---|---|---|",
            *rows,
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (see the module docstring); returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis.reproducing",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--readme", action="store_true", help="rewrite README.md's block")
    parser.add_argument("--check", action="store_true", help="fail if README.md is stale")
    parser.add_argument("--downloads", action="store_true", help="copy files for the book")
    args = parser.parse_args(argv)
    if args.readme:
        changed = update_readme()
        print(f"README.md {'updated' if changed else 'already up to date'}")
    if args.check and not readme_is_current():
        print("README.md is stale: run `python -m analysis.reproducing --readme`", file=sys.stderr)
        return 1
    if args.downloads:
        names = copy_downloads()
        print(f"copied {len(names)} files to {DOWNLOADS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
