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
  :func:`downloads_markdown`) take ``lang`` ("en" or "kk"): headings, labels and fixed words
  come from :data:`WORDS`; paths, names of code, checksums and the sources' own English
  documentation stay as they are.

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

from analysis.io import atomic_write_text
from analysis.paths import BOOK, PROCESSED, RAW, ROOT, relative
from analysis.prose.fmt import count
from analysis.provenance import load_source, source_folders

README = ROOT / "README.md"
START, END = "<!-- registry:start -->", "<!-- registry:end -->"
BENCHMARK_RESULTS = ROOT / "benchmarks" / "results.csv"
BENCHMARK_COMMAND = "uv run python benchmarks/benchmark.py"
DOWNLOADS = BOOK / "downloads"
CITATION = ROOT / "CITATION.cff"

#: The fixed words of the generated appendix parts, per language.
WORDS = {
    "en": {
        "figures": "Figures and tables",
        "processed": "Processed tables",
        "software": "Software of this build",
        "time": "Time per step",
        "kind": {"figure": "figure", "table": "table"},
        "registry_item": "- `{label}` ({kind}): made by `{function}` from the processed "
        "tables {processed}; raw files under `data/raw/`: {raw}.",
        "output_item": "- `{table}`: {title}. Raw files under `data/raw/`: {raw}.",
        "none": "none",
        "software_intro": "Versions in the environment that rendered this page, beside the "
        "versions locked in `uv.lock`:",
        "package": "package",
        "this_build": " (this build)",
        "locked": " (uv.lock)",
        "version": "version",
    },
    "kk": {
        "figures": "Суреттер мен кестелер",
        "processed": "Өңделген кестелер",
        "software": "Осы құрастырудың бағдарламалық жасақтамасы",
        "time": "Әр қадамның уақыты",
        "kind": {"figure": "сурет", "table": "кесте"},
        "registry_item": "- `{label}` ({kind}): жасайтын функция `{function}`; өңделген "
        "кестелері: {processed}; `data/raw/` ішіндегі бастапқы файлдары: {raw}.",
        "output_item": "- `{table}`: {title}. `data/raw/` ішіндегі бастапқы файлдары: {raw}.",
        "none": "жоқ",
        "software_intro": "Осы бетті құрастырған ортадағы нұсқалар және `uv.lock` "
        "бекіткен нұсқалар:",
        "package": "пакет",
        "this_build": " (осы құрастыру)",
        "locked": " (uv.lock)",
        "version": "нұсқа",
    },
}
#: Values of the software table in Kazakh (the English ones are the functions' own).
VERSION_WORDS_KK = {"not installed": "орнатылмаған", "not locked": "бекітілмеген"}


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


#: The timings' words in Kazakh: the text around the benchmark table, its column headings
#: and the values of ``meets_target`` and ``unit``.
TIMINGS_KK = {
    "absent": "Өлшеу нәтижелері әлі жоқ: `{path}` файлы жоқ. Әр қадамның қанша уақыт "
    "алатынын өлшеу үшін эталон машинада `{command}` командасын іске қосыңыз; содан кейін "
    "бұл бөлімде оның кестесі шығады. Уақыт өлшенбейінше ешбір сан келтірілмейді.\n",
    "head": "`{command}` өлшеген, нәтижелері `{path}` файлынан оқылды",
    "machine": ". Өлшенген машина:",
    "measurements": "Өлшеулер",
    "columns": {
        "measure": "өлшем",
        "item": "нысан",
        "value": "мәні",
        "target": "мақсат",
        "meets_target": "мақсатқа жетті ме",
    },
    "answers": {"yes": "иә", "no": "жоқ"},
    "units": {"s": "с", "bytes": "байт"},
    # Labels of the machine rows (the benchmark's items); an unknown item keeps its own.
    "machine_items": {
        "date measured": "өлшенген күні",
        "load average (1/5/15 min) at the end": "орташа жүктеме (1/5/15 мин), соңында",
        "cores": "ядролар саны",
        "cpu": "процессор",
        "memory": "жады",
        "system": "жүйе",
        "python": "Python",
        "packages": "пакеттер",
    },
}


#: The benchmark's measures in words, per language (a measure not listed keeps its name).
MEASURE_LABELS = {
    "en": {
        "pipeline_command": "pipeline (fresh process)",
        "artefacts_command": "artefact step (fresh process)",
        "gallery_command": "gallery (fresh process)",
        "chapter_execution": "chapter's code at render time",
        "figure_file": "figure file size",
        "quarto_render": "Quarto render",
        "test_suite": "test suite",
        "baseline_build_warm": "warm build of the baseline",
        "build_clean": "clean build",
        "build_no_change": "rebuild, nothing changed",
        "build_changed_assumption": "rebuild, one assumption changed",
        "baseline_test_suite": "test suite of the baseline",
        "test_suite_vs_baseline": "test suite (parallel workers)",
        "ratio_no_change": "ratio: rebuild with nothing changed to the baseline's build",
        "ratio_changed_assumption": "ratio: rebuild after a changed assumption to the "
        "baseline's build",
        "ratio_test_suite": "ratio: test suite to the baseline's",
        "slowest_test": "slowest test",
    },
    "kk": {
        "pipeline_command": "өңдеу бағдарламасы (жаңа процесс)",
        "artefacts_command": "артефактілер қадамы (жаңа процесс)",
        "gallery_command": "галерея (жаңа процесс)",
        "chapter_execution": "тараудың рендер кезінде орындалатын коды",
        "figure_file": "сурет файлының көлемі",
        "quarto_render": "Quarto рендері",
        "test_suite": "тесттер жиынтығы",
        "baseline_build_warm": "бастапқы нұсқаның қайталама құрастыруы",
        "build_clean": "таза құрастыру",
        "build_no_change": "ештеңе өзгермегендегі қайта құрастыру",
        "build_changed_assumption": "бір болжам өзгергендегі қайта құрастыру",
        "baseline_test_suite": "бастапқы нұсқаның тесттер жиынтығы",
        "test_suite_vs_baseline": "тесттер жиынтығы (параллель)",
        "ratio_no_change": "қатынас: өзгеріссіз қайта құрастыру мен бастапқы нұсқа",
        "ratio_changed_assumption": "қатынас: болжам өзгергендегі құрастыру мен бастапқы нұсқа",
        "ratio_test_suite": "қатынас: тесттер жиынтығы мен бастапқы нұсқа",
        "slowest_test": "ең баяу тест",
    },
}


def _measures(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The benchmark rows with each measure in words (:data:`MEASURE_LABELS`) and each item
    (a command or a file) as inline code."""
    labels = MEASURE_LABELS[lang]
    return frame.assign(
        measure=frame["measure"].map(lambda m: labels.get(m, m)),
        item=frame["item"].map(lambda i: f"`{i}`" if i else i),
    )


def _comma(text: str) -> str:
    """A measured number in the Kazakh format: decimal comma (``1.049`` -> ``1,049``) and
    a no-break space between thousands of a whole number (``21551`` -> ``21 551``); other
    text unchanged."""

    if not text:
        return text
    text = text.strip()
    if re.fullmatch(r"\d{4,}", text):
        return count(int(text), lang="kk")
    return re.sub(r"^(\d+)\.(\d+)$", r"\1,\2", text)


def _machine_value_kk(item: str, value: str) -> str:
    """A machine row's value in Kazakh: the measuring date in words (2026 жылғы 21
    қараша), decimal numbers with a decimal comma (0,92 / 1,30; 23,5 GiB); version
    numbers (3.11.7) and other text unchanged."""
    from analysis.prose.fmt import date_kk

    if item == "date measured" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return date_kk(value.strip())
    if item in ("load average (1/5/15 min) at the end", "memory"):
        return re.sub(r"(?<![\d.])(\d+)\.(\d+)(?![\d.])", r"\1,\2", value)
    return value


def _timings_kk(path: Path) -> str:
    """The timings in Kazakh (see :func:`timings_markdown`)."""
    words = TIMINGS_KK
    frame = timings_frame(path)
    if frame is None:
        return words["absent"].format(path=relative(path), command=BENCHMARK_COMMAND)
    head = words["head"].format(command=BENCHMARK_COMMAND, path=relative(path))
    if {"measure", "item", "value"} <= set(frame.columns):
        machine = frame[frame["measure"] == "machine"]
        frame = frame[frame["measure"] != "machine"]
        if not machine.empty:
            head += (
                words["machine"]
                + "\n\n"
                + "\n".join(
                    f"- {_cell(words['machine_items'].get(r.item, r.item))}: "
                    f"{_cell(_machine_value_kk(r.item, r.value))}"
                    for r in machine.itertuples()
                )
            )
            head += "\n\n" + words["measurements"]
    if {"measure", "item", "value", "unit", "target", "meets_target"} <= set(frame.columns):
        unit = frame["unit"].map(lambda u: words["units"].get(u, u))
        target = frame["target"].str.replace(r"^\s*<=\s*", "", regex=True).map(_comma)
        value = frame["value"].map(_comma)
        frame = frame.assign(
            # A row without a measured value shows nothing, not its unit alone.
            value=value.str.cat(unit.where(value.str.strip() != "", ""), sep=" ").str.strip(),
            target=target.where(target == "", "≤ " + target),
            meets_target=frame["meets_target"].map(lambda a: words["answers"].get(a, a)),
        )[["measure", "item", "value", "target", "meets_target"]]
        frame = _measures(frame, "kk")
    frame = frame.rename(columns=words["columns"])
    return head + ":\n\n" + markdown_table(frame)


def timings_markdown(path: Path = BENCHMARK_RESULTS, lang: str = "en") -> str:
    """Markdown for the timings: the benchmark table, or how to produce it when absent; the
    words in ``lang`` ("en" or "kk"; the measured values are the file's own)."""
    if lang == "kk":
        return _timings_kk(path)
    frame = timings_frame(path)
    if frame is None:
        return (
            f"No benchmark results yet: `{relative(path)}` does not exist. "
            f"Run `{BENCHMARK_COMMAND}` on the reference machine to measure how long each "
            "step takes; this section then shows its table. No time is quoted until it is "
            "measured.\n"
        )
    head = f"Measured by `{BENCHMARK_COMMAND}` and read from `{relative(path)}`"
    if {"measure", "item", "value"} <= set(frame.columns):
        # The benchmark's first rows (measure "machine") say what it was measured on.
        machine = frame[frame["measure"] == "machine"]
        frame = frame[frame["measure"] != "machine"]
        if not machine.empty:
            head += ", on:\n\n" + "\n".join(
                f"- {_cell(r.item)}: {_cell(r.value)}" for r in machine.itertuples()
            )
            head += "\n\nThe measurements"
    if {"measure", "item", "value", "unit", "target", "meets_target"} <= set(frame.columns):
        target = frame["target"].str.replace(r"^\s*<=\s*", "", regex=True)
        met = frame["meets_target"].map({"yes": " (met)", "no": " (missed)"}).fillna("")
        # Four columns, so that the table fits the book's text column.
        frame = frame.assign(
            # A row without a measured value shows nothing, not its unit alone.
            value=frame["value"]
            .str.cat(frame["unit"].where(frame["value"].str.strip() != "", ""), sep=" ")
            .str.strip(),
            target=target.where(target == "", "≤ " + target + met),
        )[["measure", "item", "value", "target"]]
        frame = _measures(frame, "en")
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
    that wraps at any page width, unlike a five-column table. Words in ``lang``."""
    words = WORDS[lang]
    lines: list[str] = []
    frame = registry_frame()
    for chapter, rows in frame.groupby("chapter", sort=False):
        lines += [f"**{chapter}**", ""]
        for r in rows.itertuples():
            lines.append(
                words["registry_item"].format(
                    label=r.label,
                    kind=words["kind"].get(r.kind, r.kind),
                    function=r.function,
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

    words = WORDS[lang]
    lines = [
        words["output_item"].format(
            table=o.name,
            title=_cell(title(o, lang)),
            raw=_codes(", ".join(o.inputs)) or words["none"],
        )
        for o in OUTPUTS
    ]
    return "\n".join(lines) + "\n"


def software_frame(lang: str = "en") -> pd.DataFrame:
    """The installed versions beside the locked ones: columns ``package``, ``version (this
    build)``, ``version (uv.lock)`` (headings and "not installed"/"not locked" in ``lang``)."""
    words = WORDS[lang]
    frame = (
        installed_versions()
        .merge(
            locked_versions().assign(package=lambda d: d["package"].str.replace(" (required)", "")),
            on="package",
            how="left",
            suffixes=(" (this build)", " (uv.lock)"),
        )
        .fillna("")
    )
    if lang == "en":
        return frame
    frame = frame.map(lambda v: VERSION_WORDS_KK.get(v, v))
    return frame.set_axis(
        [
            words["package"],
            words["version"] + words["this_build"],
            words["version"] + words["locked"],
        ],
        axis=1,
    )


def appendix_markdown(lang: str = "en") -> str:
    """Body of the "Reproducing this book" appendix (see book/reproducing.qmd and
    book/kk/reproducing.qmd), its headings and words in ``lang`` ("en" or "kk")."""
    words = WORDS[lang]
    return "\n".join(
        [
            f"## {words['figures']} {{.unnumbered}}",
            "",
            registry_list_markdown(lang),
            f"## {words['processed']} {{.unnumbered}}",
            "",
            outputs_list_markdown(lang),
            f"## {words['software']} {{.unnumbered}}",
            "",
            words["software_intro"],
            "",
            scroll_box(markdown_table(software_frame(lang)), words["software"], lang),
            f"## {words['time']} {{.unnumbered}}",
            "",
            scroll_box(timings_markdown(lang=lang), words["time"], lang),
        ]
    )


#: The accessible name of a box that scrolls sideways, per language ({} = what it holds).
SCROLL_WORDS = {"en": "{}, scrolls sideways", "kk": "{}, көлденең айналады"}


def scroll_box(markdown: str, name: str, lang: str = "en") -> str:
    """``markdown`` (a wide Markdown table and its text) in a box that scrolls sideways on a
    phone and can be reached and scrolled with the keyboard (``tabindex``, ``role`` and a
    label; axe-core's rule ``scrollable-region-focusable``)."""
    label = SCROLL_WORDS[lang].format(name).replace('"', "'")
    return (
        f'::: {{.scroll-box tabindex="0" role="region" aria-label="{label}"}}\n\n'
        f"{markdown.rstrip()}\n\n:::\n"
    )


def _yaml_value(value: object) -> str:
    """A ``source.yml`` value as one line of text; a mapping's Kazakh twins (``<key>_kk``)
    are left out (:func:`_extra_text` uses them in the Kazakh appendix)."""
    if isinstance(value, dict):
        return "; ".join(
            f"{k}: {_yaml_value(v)}" for k, v in value.items() if not str(k).endswith("_kk")
        )
    if isinstance(value, list):
        return "; ".join(_yaml_value(v) for v in value)
    return str(value)


FIELD_LABELS = {
    "title": "Title",
    "producer": "Producer",
    "citation_full": "Citation",
    "url_main": "Where it comes from",
    "date_accessed": "Accessed",
    "date_published": "Published",
    "license": "Licence",
    "description": "What it is",
}
#: The same fields' labels in Kazakh, and the other fixed words of the sources appendix.
FIELD_LABELS_KK = {
    "title": "Атауы",
    "producer": "Авторы (шығарушысы)",
    "citation_full": "Библиографиялық сипаттамасы",
    "url_main": "Қайдан алынған",
    "date_accessed": "Қаралған күні",
    "date_published": "Жарияланған күні",
    "license": "Лицензиясы",
    "description": "Не екені",
}
#: Labels of the other fields some records have, and of the keys inside them, in Kazakh (a
#: field not listed shows its own name).
EXTRA_LABELS_KK = {
    "seed": "Бастапқы мәтін файлы",
    "seeds": "Бастапқы мәтін файлдары",
    "file": "атауы",
    "lines": "жол саны",
    "used_for": "не үшін қолданылды",
}
SOURCE_WORDS = {
    "en": {"files": "Files:", "bytes": "{n} bytes", "lines": "seed lines {locator}"},
    "kk": {
        "files": "Файлдары:",
        "bytes": "{n} байт",
        "lines": "бастапқы мәтіннің {locator}-жолдары",
    },
}


def _locator_text(locator: str, lang: str) -> str:
    """A file's seed locator in words: 'seed lines 88-699; seed 002 lines 303-315' in
    English (the locator as written); in Kazakh each part in Kazakh, the other seed texts
    named as the preface names them («002 мәтін»), ranges with an en dash: 'бастапқы
    мәтіннің 88–699-жолдары; 002 мәтіннің 303–315-жолдары'."""
    words = SOURCE_WORDS[lang]
    if lang == "en":
        return words["lines"].format(locator=locator)
    parts = []
    for part in locator.split("; "):
        other = re.fullmatch(r"seed (\d{3}) lines (.+)", part.strip())
        lines = (other[2] if other else part.strip()).replace("-", "–")
        parts.append(
            f"{other[1]} мәтіннің {lines}-жолдары"
            if other
            else words["lines"].format(locator=lines)
        )
    return "; ".join(parts)


def _source_text(record: dict, key: str, lang: str) -> str:
    """The field ``key`` of a ``source.yml`` record as one Markdown line's text: in Kazakh,
    the record's ``<key>_kk`` when it has one, else the (English) field marked as English
    (:func:`analysis.codebook.english`); an ISO date is the same in both languages."""
    from analysis.codebook import english

    if lang == "kk" and record.get(f"{key}_kk"):
        return _cell(_yaml_value(record[f"{key}_kk"]))
    text = _cell(_yaml_value(record[key]))
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else english(text, lang)


def _extra_text(value: object, lang: str) -> str:
    """An extra ``source.yml`` field (``seed``, ``seeds``: mappings of facts about the seed
    texts) as text; in Kazakh the keys are labelled with :data:`EXTRA_LABELS_KK` and a
    ``<key>_kk`` twin replaces its English key."""
    if lang == "en" or not isinstance(value, dict):
        return _cell(_yaml_value(value))
    parts = []
    for key, item in value.items():
        if str(key).endswith("_kk"):
            continue
        if f"{key}_kk" in value:
            item = value[f"{key}_kk"]
        text = _extra_text(item, lang) if isinstance(item, dict) else _cell(_yaml_value(item))
        label = EXTRA_LABELS_KK.get(str(key), str(key))
        parts.append(f"{label}: ({text})" if isinstance(item, dict) else f"{label}: {text}")
    return "; ".join(parts)


def sources_markdown(raw_dir: Path = RAW, lang: str = "en") -> str:
    """Every source folder of ``raw_dir`` from its ``source.yml``: the provenance fields and
    a table of its files (description, seed locator when given, size, sha256). Labels in
    ``lang`` ("en" or "kk"); the records' text is their own (English unless a field has a
    ``<field>_kk`` twin, used in Kazakh).

    Raises :class:`analysis.errors.PipelineError` when a ``source.yml`` lacks a field.
    """
    labels = FIELD_LABELS if lang == "en" else FIELD_LABELS_KK
    words = SOURCE_WORDS[lang]
    parts = []
    for folder in source_folders(raw_dir):
        record = load_source(folder)
        slug = folder.name.replace("_", "-")
        parts += [f"## `data/raw/{folder.name}/` {{#sec-source-{slug}}}", ""]
        for key, label in labels.items():
            parts.append(f"- **{label}:** {_source_text(record, key, lang)}")
        for key, value in record.items():
            if key not in FIELD_LABELS and key != "files" and not key.endswith("_kk"):
                label = EXTRA_LABELS_KK.get(key, key) if lang == "kk" else key
                parts.append(f"- **{label}:** {_extra_text(value, lang)}")
        parts += ["", words["files"], ""]
        for name, meta in (record["files"] or {}).items():
            size = meta.get("bytes", "?")
            if lang == "kk" and isinstance(size, int):
                size = count(size, lang="kk")  # 16 124 байт
            facts = [words["bytes"].format(n=size)]
            if meta.get("locator"):
                facts.append(_locator_text(str(meta["locator"]), lang))
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


#: The words of the downloads list, per language.
DOWNLOAD_WORDS = {
    "en": {
        "package": "a Frictionless Data Package describing every table below (fields, types, "
        "units, keys, sha256 checksums).",
        "citation": "how to cite this package and the article.",
        "table": "Table",
    },
    "kk": {
        "package": "төмендегі әр кестені сипаттайтын Frictionless Data Package (өрістері, "
        "типтері, бірліктері, кілттері, sha256 бақылау сомалары).",
        "citation": "осы деректер пакетіне және мақалаға қалай сілтеме жасау керектігі.",
        "table": "Кесте",
    },
}


def downloads_markdown(prefix: str = "downloads/", lang: str = "en") -> str:
    """Markdown links to every processed table (CSV and Parquet), the data package and the
    citation file, as :func:`copy_downloads` places them beside the book; words and the
    tables' titles in ``lang`` ("en" or "kk")."""
    from analysis.codebook import title
    from analysis.pipeline import OUTPUTS

    words = DOWNLOAD_WORDS[lang]
    rows = [
        f"| {title(o, lang)} | [`{o.name}.csv`]({prefix}{o.name}.csv) | "
        f"[`{o.name}.parquet`]({prefix}{o.name}.parquet) |"
        for o in OUTPUTS
    ]
    return "\n".join(
        [
            f"- [`datapackage.json`]({prefix}datapackage.json): {words['package']}",
            f"- [`CITATION.cff`]({prefix}CITATION.cff): {words['citation']}",
            "",
            f"| {words['table']} | CSV | Parquet |",
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
