"""The artefact step: every figure, table and prose value of the book, rendered once.

``python -m analysis.artefacts [--lang en|kk|all]`` reads the processed tables (and the
parameters they were built with, the processed table ``parameters``) and writes, for each
edition, into its Quarto project's ``artefacts/<lang>/`` (``book/artefacts/en/``,
``book/kk/artefacts/kk/``):

* per figure (``fig-...``): ``<label>.svg`` (the static chart: what the book shows without
  JavaScript and in print), ``<label>.png`` (2x), ``<label>.vl.json`` (the Vega-Lite spec),
  ``<label>.csv`` (the data drawn) and ``<label>.live.json`` (the spec the page draws live,
  :mod:`analysis.figures.live`);
* once per edition, the live charts' scripts: ``vega.js`` (vl-convert's Vega bundle) and
  ``charts.js`` (``analysis/web/charts.js``);
* per table (``tbl-...``): ``<label>.html`` (great-tables' HTML fragment) and
  ``<label>.csv`` (the rows and columns shown);
* per figure and table, ``_<label>.md``: the Markdown a chapter includes with
  ``{{< include artefacts/<lang>/_<label>.md >}}`` (the cross-referenceable figure or
  table, its caption and alt text, and links to its data);
* ``_appendix-<name>.md``: the generated parts of the appendices (codebook, reproducing,
  sources, downloads);
* ``manifest.json``: one record per figure and table (label, kind, chapter, caption, alt
  text, processed inputs, files with their sha256), the parameters, and the digests of the
  processed data and of the code it was built from;

and the edition's ``_variables.yml``: every prose value (:mod:`analysis.prose`) in that
language, nested by namespace, which chapters read with ``{{< var namespace.key >}}``. The
downloads of the preface (processed tables, ``datapackage.json``, ``CITATION.cff``) go to
the edition's ``downloads/``. Language is a parameter like the design effect: the same
builders draw both editions (``lang``), with Kazakh number and date formats.

Everything is written atomically (a staging folder swapped in whole; files by temp file and
rename) and byte-identically from run to run for the same processed tables. The chapters
and the gallery (:mod:`analysis.gallery`) only embed these files; nothing renders a figure
twice.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib
import inspect
import io
import json
import multiprocessing
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from analysis import prose
from analysis.i18n import PSEUDO, catalog, formats
from analysis.paths import BOOK, PROCESSED, relative

#: ``KURULTAI_BUILD_ROOT`` moves everything this step (and the gallery) writes out of
#: ``book/`` (the tests use it); by default the book's own folder.
BUILD_ROOT = (
    Path(os.environ["KURULTAI_BUILD_ROOT"]) if "KURULTAI_BUILD_ROOT" in os.environ else None
)
#: Languages the artefact step can write, and the folder of each edition's Quarto project
#: (relative to the book): the English book is ``book/``, the Kazakh one ``book/kk/``.
EDITIONS = {"en": "", "kk": "kk"}
LANGUAGES = tuple(EDITIONS)
MANIFEST = "manifest.json"


def edition_dir(lang: str) -> Path:
    """The Quarto project folder of the ``lang`` edition (``book/`` or ``book/kk/``)."""
    if lang not in EDITIONS:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
    base = BUILD_ROOT or BOOK
    return base / EDITIONS[lang] if EDITIONS[lang] else base


#: Where the English artefacts go: ``<ARTEFACTS>/en/`` (the Kazakh ones in
#: ``book/kk/artefacts/kk/``: each edition's project holds its own files).
ARTEFACTS = edition_dir("en") / "artefacts"
VARIABLES = edition_dir("en") / "_variables.yml"
#: PNG scale (2 = twice the SVG's pixel size, sharp on high-density screens).
PNG_SCALE = 2
#: The appendix parts written as include files: name -> (module, function).
APPENDIX_PARTS = {
    "codebook": ("analysis.codebook", "codebook_markdown"),
    "reproducing": ("analysis.reproducing", "appendix_markdown"),
    "sources": ("analysis.reproducing", "sources_markdown"),
    "downloads": ("analysis.reproducing", "downloads_markdown"),
}


#: Catalog message id of a figure's or table's caption: this prefix and its label.
CAPTION_PREFIX = "caption-"


@dataclass(frozen=True)
class Captions:
    """A figure's or table's caption and alt text, after the prose values are filled in."""

    caption: str
    alt: str


def captions(
    values: dict[str, dict[str, str]], lang: str = "en", entries: Iterable[Any] | None = None
) -> dict[str, Captions]:
    """Caption and alt text of every registry entry (or of ``entries``, a selection of
    them): the catalog's message ``caption-<label>`` and its attribute ``.alt``
    (``locales/<lang>/captions.ftl``), with every prose value of ``values`` as a variable
    ``$<namespace>_<key>``.

    Raises ``ValueError`` naming the label when an entry has no caption, a figure has no
    alt text, or a caption names an unknown value.
    """
    from analysis.i18n import MessageError, catalog
    from analysis.registry import ENTRIES

    loc = catalog(lang)
    args = {f"{ns}_{key}": text for ns, vals in values.items() for key, text in vals.items()}
    out: dict[str, Captions] = {}
    for entry in ENTRIES if entries is None else entries:
        msg_id = CAPTION_PREFIX + entry.label
        if not loc.has(msg_id):
            raise ValueError(f"{entry.label}: no caption (add {msg_id} to locales/*/captions.ftl)")
        try:
            caption = loc(msg_id, **args)
            alt = loc.attr(msg_id, "alt", **args) if entry.kind == "figure" else ""
        except MessageError as exc:
            raise ValueError(f"{entry.label}: {exc}") from exc
        if not caption.strip() or (entry.kind == "figure" and not alt.strip()):
            raise ValueError(f"{entry.label}: empty caption or alt text")
        out[entry.label] = Captions(caption, alt)
    return out


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _csv(frame: Any) -> bytes:
    buf = io.StringIO()
    frame.to_csv(buf, index=False, lineterminator="\n", date_format="%Y-%m-%d")
    return buf.getvalue().encode("utf-8")


def figure_files(
    chart: Any, label: str, lang: str = "en", description: str = ""
) -> dict[str, bytes]:
    """A chart's files: ``<label>.svg``, ``.png``, ``.vl.json``, ``.csv`` and
    ``.live.json`` (the spec the page draws, :func:`analysis.figures.live.live_spec`, with
    ``description``, the alt text, as its accessible name).

    The CSV is the chart's data as drawn (the largest inline dataset of the spec; a chart
    with several datasets gets the others as ``<label>-data-<n>.csv``).
    """
    import pandas as pd
    import vl_convert

    from analysis.figures import common as fig_common
    from analysis.figures.live import live_spec

    fig_common.enable()
    spec = chart.to_dict()
    spec.setdefault("config", {})["font"] = fig_common.font(lang)
    spec_json = json.dumps(spec, sort_keys=True, ensure_ascii=False, indent=1)
    locale = {
        "format_locale": formats.d3_format_locale(lang),
        "time_format_locale": formats.d3_time_locale(lang),
    }
    files = {
        f"{label}.vl.json": spec_json.encode("utf-8"),
        f"{label}.svg": vl_convert.vegalite_to_svg(spec_json, **locale).encode("utf-8"),
        f"{label}.png": vl_convert.vegalite_to_png(spec_json, scale=PNG_SCALE, **locale),
        f"{label}.live.json": json.dumps(
            live_spec(spec, description, lang), sort_keys=True, ensure_ascii=False, indent=1
        ).encode("utf-8"),
    }
    datasets = sorted(spec.get("datasets", {}).values(), key=len, reverse=True)
    if not datasets:
        raise ValueError(f"{label}: the chart has no inline data to offer as CSV")
    for i, rows in enumerate(datasets):
        name = f"{label}.csv" if i == 0 else f"{label}-data-{i + 1}.csv"
        files[name] = _csv(pd.DataFrame(rows))
    return files


def table_files(gt: Any, label: str, lang: str = "en", caption: str = "") -> dict[str, bytes]:
    """A table's files: ``<label>.html`` (fragment, fixed id ``<label>-gt``, its scroll box
    reachable by keyboard and named after ``caption``, in the language's typeface
    (:data:`analysis.figures.common.FONTS`), Kazakh words with soft hyphens) and ``.csv``
    (the frame the table shows, without soft hyphens)."""
    from analysis.figures.common import FONTS
    from analysis.reproducing import scroll_label
    from analysis.tables.common import hyphenate_cells, keyboard_scrollable, range_dashes

    gt = gt.opt_table_font(font=list(FONTS[formats.base_language(lang)]))
    name = re.split(r"(?<=[^\d\s])\.\s", caption.strip(), maxsplit=1)[0].rstrip(".") or label
    html = keyboard_scrollable(
        gt.with_id(f"{label}-gt").as_raw_html(),
        # What the box holds: "Table: <the caption, up to its first full stop>".
        scroll_label(catalog(lang)("scroll-box-table", caption=name), lang),
    )
    html = range_dashes(html)  # «18-28» in the data, «18–28» on the page
    if formats.soft_hyphens(lang):
        html = hyphenate_cells(html)
    return {
        f"{label}.html": html.encode("utf-8"),
        f"{label}.csv": _csv(gt._tbl_data),
    }


def _escape_md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _escape_attr(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def data_links(label: str, kind: str, prefix: str, lang: str = "en") -> str:
    """The Markdown links under a figure or table to the files of exactly what it shows."""
    loc = catalog(lang)
    links = [f"[{loc('links-csv')}]({prefix}{label}.csv)"]
    if kind == "figure":
        links += [
            f"[{loc('links-svg')}]({prefix}{label}.svg)",
            f"[{loc('links-png')}]({prefix}{label}.png)",
            f"[{loc('links-vl')}]({prefix}{label}.vl.json)",
        ]
    return "::: {.data-links}\n" + " · ".join(links) + "\n:::\n"


#: Where the book explains the survey's methods (a Quarto cross-reference, worded by the
#: catalog so that each language can inflect it): the note under a chart with controls
#: points there.
METHODS_XREF = "chart-controls-methods-xref"


def snippet(
    label: str, kind: str, cap: Captions, prefix: str, html: str = "", lang: str = "en"
) -> str:
    """The include file of one figure or table (see module docstring).

    ``prefix`` is the path from the including chapter to the artefact folder, e.g.
    ``artefacts/en/``. A figure's ``html`` is its live spec (``<label>.live.json``): the
    figure is then a Quarto figure div (cross-referenceable as before) holding the live
    chart's HTML (:func:`analysis.figures.live.chart_html`: the static SVG with its alt
    text, the spec, the script), the note under its controls if it has any (shown only
    once the live chart is drawn), and the caption.
    """
    if kind == "figure" and html:
        from analysis.figures import live

        spec = json.loads(html)
        chart = live.chart_html(
            label, cap.alt, f"{prefix}{label}.svg", spec, f"{prefix}{live.CHART_SCRIPT}"
        )
        note = ""
        if live.has_controls(spec):
            text = live.controls_note(spec, catalog(lang)(METHODS_XREF), lang)
            note = f'::: {{.chart-live-only hidden=""}}\n{text}\n:::\n\n'
        body = (
            f"::: {{#{label}}}\n\n```{{=html}}\n{chart}\n```\n\n{note}"
            f"{_escape_md(cap.caption)}\n\n:::\n"
        )
    elif kind == "figure":
        body = (
            f"![{_escape_md(cap.caption)}]({prefix}{label}.svg)"
            f'{{#{label} fig-alt="{_escape_attr(cap.alt)}"}}\n'
        )
    else:
        body = (
            f"::: {{#{label}}}\n\n```{{=html}}\n{html.strip()}\n```\n\n"
            f"{_escape_md(cap.caption)}\n\n:::\n"
        )
    return f"{body}\n{data_links(label, kind, prefix, lang)}"


def environment_digest() -> str:
    """sha256 over everything besides its own processed inputs that a figure's or table's
    files can depend on: the code (:func:`code_digest`), the catalogs (``locales/``), and
    the locked library versions (``pyproject.toml``, ``uv.lock``)."""
    from analysis.paths import ROOT

    digest = hashlib.sha256(code_digest().encode("ascii"))
    locales = sorted(p for p in (ROOT / "locales").rglob("*") if p.is_file())
    for path in [*locales, ROOT / "pyproject.toml", ROOT / "uv.lock"]:
        if path.is_file():
            digest.update(path.relative_to(ROOT).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


def entry_key(
    entry: Any, lang: str, cap: Captions, inputs: dict[str, str], environment: str
) -> str:
    """What one figure's or table's files are a function of, as a sha256: its label, kind,
    builder and arguments, the language, its caption and alt text (which carry prose
    values), the digests of its processed inputs (``inputs``: table name -> the sha256 that
    ``datapackage.json`` lists) and :func:`environment_digest`. Two builds with the same key
    write the same bytes (the builders are pure functions of these; tested), so a build
    reuses the files of the previous one when the key is unchanged (:func:`render`).

    Raises ``KeyError`` naming the table when an input is not in ``inputs``.
    """
    record = {
        "label": entry.label,
        "kind": entry.kind,
        "function": entry.function,
        "kwargs": repr(sorted(dict(entry.kwargs).items())),
        "lang": lang,
        "caption": cap.caption,
        "alt": cap.alt,
        "inputs": {name: inputs[name] for name in entry.inputs},
        "environment": environment,
    }
    return _sha(json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8"))


def _input_digests(processed_dir: Path) -> dict[str, str]:
    """Processed table name -> sha256 of its CSV, as ``datapackage.json`` lists them."""
    package = json.loads((Path(processed_dir) / "datapackage.json").read_text(encoding="utf-8"))
    return {r["name"]: r["hash"].removeprefix("sha256:") for r in package["resources"]}


def _reusable(previous: Path | None) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """The records of the previous build's manifest in ``previous`` (label -> record) whose
    files are all still there with the digests it recorded, and the manifest itself ({}
    when there is none or it cannot be read)."""
    if previous is None or not (previous / MANIFEST).is_file():
        return {}, {}
    try:
        manifest = json.loads((previous / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, {}
    usable = {}
    for record in manifest.get("entries", []):
        paths = {name: previous / name for name in record.get("files", {})}
        if record.get("key") and all(
            p.is_file() and _sha(p.read_bytes()) == record["files"][n] for n, p in paths.items()
        ):
            usable[record["label"]] = record
    return usable, manifest


def render(
    processed_dir: Path = PROCESSED, lang: str = "en", previous: Path | None = None
) -> tuple[dict[str, bytes], bytes]:
    """Every artefact file of language ``lang`` (name -> bytes) and ``_variables.yml``.

    ``lang`` is an edition's language or the pseudo-locale (:data:`analysis.i18n.PSEUDO`,
    which the tests build to find words that escaped the catalogs). ``previous`` is the
    folder of this edition's artefacts as the last build left them (``None``: build every
    file): a figure or table whose :func:`entry_key` is the one recorded there is not drawn
    again, its files are read back (a changed assumption redraws only what it changes).

    Raises ``FileNotFoundError`` when the pipeline has not run, ``ValueError`` for a
    missing caption/alt text or an unknown language.
    """
    if lang not in (*LANGUAGES, PSEUDO):
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
    from analysis.registry import ENTRIES

    ctx = prose.Context(processed_dir=Path(processed_dir), lang=lang)
    values = prose.collect(ctx)
    caps = captions(values, lang)
    prefix = f"artefacts/{lang}/"
    files: dict[str, bytes] = {}
    records = []
    reusable, before = _reusable(Path(previous) if previous is not None else None)
    environment = environment_digest()
    inputs = _input_digests(Path(processed_dir))
    for entry in ENTRIES:
        key = entry_key(entry, lang, caps[entry.label], inputs, environment)
        record = reusable.get(entry.label)
        if record is not None and record["key"] == key:
            files.update({name: (Path(previous) / name).read_bytes() for name in record["files"]})
            records.append(record)
            continue
        frames = [ctx.table(name) for name in entry.inputs]
        kwargs = dict(entry.kwargs)
        if "lang" not in inspect.signature(entry.builder).parameters:
            raise ValueError(f"{entry.function} has no `lang` parameter: it cannot draw {lang}")
        kwargs["lang"] = lang
        obj = entry.builder(*frames, **kwargs)
        if entry.kind == "figure":
            own = figure_files(obj, entry.label, lang, caps[entry.label].alt)
            live_json = own[f"{entry.label}.live.json"].decode("utf-8")
            md = snippet(entry.label, "figure", caps[entry.label], prefix, live_json, lang)
        else:
            own = table_files(obj, entry.label, lang, caps[entry.label].caption)
            html = own[f"{entry.label}.html"].decode("utf-8")
            md = snippet(entry.label, "table", caps[entry.label], prefix, html, lang)
        own[f"_{entry.label}.md"] = md.encode("utf-8")
        files.update(own)
        records.append(
            {
                "label": entry.label,
                "kind": entry.kind,
                "chapter": entry.chapter,
                "caption": caps[entry.label].caption,
                "alt": caps[entry.label].alt,
                "function": entry.function,
                "inputs": list(entry.inputs),
                "files": {name: _sha(data) for name, data in sorted(own.items())},
                "key": key,
            }
        )
    # The live charts' scripts, once per edition (analysis.figures.live); the Vega bundle
    # (about 1 s to assemble) is read back when the library that makes it has not changed.
    from analysis.figures.live import VEGA_BUNDLE, assets, bundle_key

    old_bundle = Path(previous) / VEGA_BUNDLE if previous is not None else None
    if (
        old_bundle is not None
        and before.get("scripts_key") == bundle_key()
        and old_bundle.is_file()
        and _sha(old_bundle.read_bytes()) == before.get("scripts", {}).get(VEGA_BUNDLE)
    ):
        scripts = assets(bundle=old_bundle.read_bytes())
    else:
        scripts = assets()
    files.update(scripts)
    for name, (module, function) in APPENDIX_PARTS.items():
        generate = getattr(importlib.import_module(module), function)
        params = inspect.signature(generate).parameters
        text = generate(lang=lang) if "lang" in params else generate()
        files[f"_appendix-{name}.md"] = text.encode("utf-8")
    variables = yaml.safe_dump(values, allow_unicode=True, sort_keys=True, width=10_000)
    var_bytes = variables.encode("utf-8")
    manifest = {
        "code": code_digest(),
        "lang": lang,
        "parameters": ctx.table("parameters").set_index("parameter")["value"].to_dict(),
        "processed": _processed_digest(Path(processed_dir)),
        "variables_sha256": _sha(var_bytes),
        "entries": records,
        "scripts": {name: _sha(data) for name, data in sorted(scripts.items())},
        "scripts_key": bundle_key(),
    }
    files[MANIFEST] = (
        json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    ).encode("utf-8")
    return files, var_bytes


def code_digest() -> str:
    """sha256 over the package's source files (``analysis/**/*.py``), its text files
    (``analysis/**/*.yml``: the Kazakh codebook), ``params.yml`` and the raw folders'
    ``source.yml`` (which the sources appendix prints): a change of any of them makes the
    artefacts stale."""
    from analysis.params import PARAMS_FILE
    from analysis.paths import RAW

    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    texts = [
        *sorted(root.rglob("*.py")),
        *sorted(root.rglob("*.yml")),
        *sorted(root.rglob("*.js")),
        PARAMS_FILE,
    ]
    sources = sorted(Path(RAW).glob("*/source.yml"))
    for path in [*texts, *sources]:
        name = path.relative_to(Path(RAW).parent if path in sources else root.parent)
        digest.update(name.as_posix().encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _processed_digest(processed_dir: Path) -> str:
    """sha256 of the processed folder's ``datapackage.json`` (which lists every file's
    sha256): what the artefacts were built from."""
    return _sha((processed_dir / "datapackage.json").read_bytes())


def write_file_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build(
    processed_dir: Path = PROCESSED,
    out_dir: Path | None = None,
    variables_path: Path | None = None,
    lang: str = "en",
    downloads: Path | None = None,
) -> Path:
    """Render the artefacts (:func:`render`) and write them; returns the manifest's path.

    ``out_dir/<lang>`` is replaced as a whole (:func:`analysis.store.write_processed`),
    ``variables_path`` by a rename, and the preface's downloads are copied to ``downloads``
    (:func:`analysis.reproducing.copy_downloads`). The defaults are the edition's own
    folder (:func:`edition_dir`): ``artefacts/``, ``_variables.yml`` and ``downloads/`` in
    ``book/`` for English, ``book/kk/`` for Kazakh. On any error before the swap nothing
    already built changes.
    """
    from analysis.reproducing import copy_downloads

    home = edition_dir(lang) if lang in EDITIONS else None
    if home is None and None in (out_dir, variables_path, downloads):
        raise ValueError(f"{lang!r} has no edition: give out_dir, variables_path and downloads")
    out_dir = Path(out_dir) if out_dir is not None else home / "artefacts"
    variables_path = Path(variables_path) if variables_path is not None else home / VARIABLES.name
    downloads = Path(downloads) if downloads is not None else home / "downloads"
    from analysis.store import write_processed

    target = Path(out_dir) / lang
    files, variables = render(processed_dir, lang, previous=target)
    write_processed(files, target)
    write_file_atomic(Path(variables_path), variables)
    copy_downloads(downloads, processed=Path(processed_dir))
    return target / MANIFEST


def is_current(processed_dir: Path = PROCESSED, lang: str = "en") -> bool:
    """Whether the ``lang`` edition's artefacts (default folders, see :func:`build`) were
    built by the current code (:func:`code_digest`) from the processed tables now in
    ``processed_dir`` (same ``datapackage.json``), and its ``_variables.yml`` is the one
    they wrote."""
    home = edition_dir(lang)
    manifest = home / "artefacts" / lang / MANIFEST
    variables = home / VARIABLES.name
    package = Path(processed_dir) / "datapackage.json"
    if not (manifest.is_file() and package.is_file() and variables.is_file()):
        return False
    data = json.loads(manifest.read_text(encoding="utf-8"))
    return (
        data.get("processed") == _processed_digest(Path(processed_dir))
        and data.get("variables_sha256") == _sha(variables.read_bytes())
        and data.get("code") == code_digest()
    )


def read_manifest(out_dir: Path | None = None, lang: str = "en") -> dict[str, Any]:
    """The manifest written by :func:`build` (a dict; ``entries`` is a list of records);
    ``out_dir`` defaults to the edition's ``artefacts/`` folder.

    Raises ``FileNotFoundError`` naming the command to run when it does not exist.
    """
    out_dir = Path(out_dir) if out_dir is not None else edition_dir(lang) / "artefacts"
    path = out_dir / lang / MANIFEST
    if not path.is_file():
        raise FileNotFoundError(
            f"{relative(path)} does not exist: run `python -m analysis.artefacts` "
            "(after `python -m analysis.pipeline`)"
        )
    return json.loads(path.read_text(encoding="utf-8"))


#: How the command line starts its worker processes (one per edition): "spawn", a fresh
#: interpreter, so that no thread or state of this process is copied into the workers.
START_METHOD = "spawn"


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m analysis.artefacts [--lang en|kk|all] [--if-stale] ...``."""
    parser = argparse.ArgumentParser(prog="python -m analysis.artefacts", description=__doc__)
    parser.add_argument("--processed", type=Path, default=PROCESSED, help="processed folder")
    parser.add_argument("--out", type=Path, default=None, help="artefacts folder")
    parser.add_argument("--variables", type=Path, default=None, help="_variables.yml path")
    parser.add_argument("--downloads", type=Path, default=None, help="downloads folder")
    parser.add_argument("--lang", choices=(*LANGUAGES, "all"), default="all")
    parser.add_argument(
        "--if-stale", action="store_true", help="do nothing when the artefacts are current"
    )
    args = parser.parse_args(argv)
    langs = LANGUAGES if args.lang == "all" else (args.lang,)
    todo = []
    for lang in langs:
        if args.if_stale and is_current(args.processed, lang):
            print(f"artefacts ({lang}): current, nothing to do")
        else:
            todo.append(lang)
    jobs = [(args.processed, args.out, args.variables, lang, args.downloads) for lang in todo]
    # Editions are independent: build them in parallel processes when there are cores for it.
    workers = min(len(jobs), os.cpu_count() or 1)
    if workers > 1 and not (args.out or args.variables or args.downloads):
        context = multiprocessing.get_context(START_METHOD)
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [pool.submit(build, *job) for job in jobs]
            results = [_outcome(f.result) for f in futures]
    else:
        results = [_outcome(functools.partial(build, *job)) for job in jobs]
    status = 0
    for lang, (manifest, error) in zip(todo, results, strict=True):
        if error:
            print(f"artefacts ({lang}): {error}", file=sys.stderr)
            status = 1
        else:
            entries = len(json.loads(manifest.read_text(encoding="utf-8"))["entries"])
            print(f"artefacts ({lang}): wrote {entries} figures and tables and the prose values")
    return status


def _outcome(run: Callable[[], Path]) -> tuple[Path | None, str]:
    """``(manifest, "")`` from ``run()``, or ``(None, message)`` when it raised one of the
    errors the command line reports (a missing input, a bad value)."""
    try:
        return run(), ""
    except (FileNotFoundError, ValueError) as exc:
        return None, str(exc)


if __name__ == "__main__":
    sys.exit(main())
