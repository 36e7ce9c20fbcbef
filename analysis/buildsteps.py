"""The build as steps that run only when their inputs changed (standard library only).

``nox -s build`` (the noxfile imports this module before any dependency is installed) runs
the steps of :func:`steps` in order:

==============  =====================================  =====================================
step            reads (its inputs)                     writes (its outputs)
==============  =====================================  =====================================
pipeline        ``data/raw/``, ``params.yml``, the     ``data/processed/``
                pipeline's own modules, the article's
                text when present, the command line's
                parameters (``-- --design-effect 1.8``)
artefacts-en    ``data/processed/``, ``analysis/``,    ``book/artefacts/en/``,
                ``params.yml``, ``pyproject.toml``,    ``book/_variables.yml``,
                ``uv.lock``, ``CITATION.cff``, the     ``book/downloads/``
                benchmark results
artefacts-kk    the same                               the same under ``book/kk/``
gallery         both editions' artefacts, ``analysis/``  ``build/gallery/``
render-en       ``book/`` (without ``kk/`` and the     ``book/_book/`` (without ``kk/``)
                render's own folders), Quarto's version
render-kk       ``book/kk/`` and the files of          ``build/render/book/kk/_book/``,
                ``book/`` it uses, Quarto's version    copied to ``book/_book/kk/``
==============  =====================================  =====================================

A step is *current* when the sha256 digest of its inputs (every file's relative name and
bytes, and its settings) is the one recorded in its stamp, ``build/stamps/<step>.json``,
after it last ran, and its outputs still have the digest recorded then (an output deleted
or edited by hand makes the step run again). Digests, not timestamps: a ``git checkout``
that restores the same bytes does not rebuild anything. A downstream step reads the outputs
of the steps before it, so a change propagates exactly as far as the bytes it changes.

A render step that must run renders only the pages whose own inputs changed, when nothing
the pages share changed (:func:`plan_pages`, :func:`render_book`): a changed assumption
renders again the five pages of each edition that show survey numbers, not all twelve.

The two editions' renders are independent and run at the same time where there are two
cores. The Kazakh project sits inside the English one (``book/kk/``), and Quarto's render of
``book/`` reads ``book/kk/.quarto/`` while a render of ``book/kk/`` rewrites it, so the
Kazakh edition is rendered from a copy (:func:`kazakh_copy`) under ``build/render/``.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

#: Folders never read as inputs or outputs: caches of Python, Quarto and the tools.
NOT_CONTENT = frozenset({"__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis"})
#: Quarto's own folders inside a project: what a render writes, never what it reads.
RENDER_OUTPUT = frozenset({"_book", ".quarto", "_freeze"})
#: The files of book/ that the Kazakh project uses (``../`` in ``book/kk/_quarto.yml``).
SHARED_BOOK_FILES = ("_prerender.py", "_scripts", "styles.css", "theme.scss")
#: Where the Kazakh edition is rendered from (a copy, see the module docstring).
RENDER_COPY = Path("build") / "render" / "book"
STAMPS = Path("build") / "stamps"
#: Seed texts are named like ``000_a46ed8cb280de15a.txt`` in the raw folders' source.yml.
_SEED_NAME = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")

#: The editions, as in :data:`analysis.artefacts.EDITIONS` (this module imports nothing of
#: the project): language -> folder of its Quarto project inside ``book/`` ("" = the root).
EDITIONS = {"en": "", "kk": "kk"}


@dataclass(frozen=True)
class Step:
    """One step of the build: what it reads, what it writes, and the settings it ran with.

    ``inputs`` and ``outputs`` are files or folders (a folder stands for every file under
    it, except those under a folder named in ``skip``). A path that does not exist counts
    as "missing", which is part of the digest. ``settings`` are strings that change what
    the step makes without being files (command-line parameters, Quarto's version).
    """

    name: str
    inputs: tuple[Path, ...]
    outputs: tuple[Path, ...]
    settings: tuple[str, ...] = ()
    skip: frozenset[str] = field(default_factory=frozenset)
    skip_outputs: frozenset[str] = field(default_factory=frozenset)


def _files(path: Path, skip: frozenset[str]) -> list[Path]:
    """Every file under ``path`` (or ``path`` itself), sorted, without skipped folders."""
    if path.is_file():
        return [path]
    found = []
    for folder, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if d not in skip and d not in NOT_CONTENT)
        found += [Path(folder) / n for n in names]
    return sorted(found)


def tree_digest(paths: Iterable[Path], skip: frozenset[str] = frozenset(), extra=()) -> str:
    """sha256 over ``paths`` (files and folders) and the strings ``extra``.

    Each file is named relative to the listed path it was found under (with that path's
    position in the list), so the digest does not depend on where the project lives.
    """
    digest = hashlib.sha256()
    for i, path in enumerate(paths):
        path = Path(path)
        if not path.exists():
            digest.update(f"{i}:missing\n".encode())
            continue
        for file in _files(path, skip):
            name = file.relative_to(path).as_posix() if path.is_dir() else path.name
            digest.update(f"{i}:{name}:".encode())
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    for text in extra:
        digest.update(f"setting:{text}\n".encode())
    return digest.hexdigest()


def _stamp_path(root: Path, step: Step) -> Path:
    return root / STAMPS / f"{step.name}.json"


def input_digest(step: Step) -> str:
    """The digest of ``step``'s inputs and settings."""
    return tree_digest(step.inputs, step.skip, step.settings)


def output_digest(step: Step) -> str:
    """The digest of ``step``'s outputs."""
    return tree_digest(step.outputs, step.skip_outputs)


def is_current(root: Path, step: Step) -> bool:
    """True when ``step``'s stamp records the inputs' digest now and its outputs, all
    present, still have the digest recorded when it ran."""
    stamp = _stamp_path(root, step)
    if not stamp.is_file() or not all(p.exists() for p in step.outputs):
        return False
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except ValueError:
        return False
    return recorded == {"inputs": input_digest(step), "outputs": output_digest(step)}


def record(root: Path, step: Step) -> None:
    """Write ``step``'s stamp (after it ran successfully), atomically."""
    stamp = _stamp_path(root, step)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    data = {"inputs": input_digest(step), "outputs": output_digest(step)}
    fd, tmp = tempfile.mkstemp(dir=stamp.parent, prefix=f".{stamp.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, sort_keys=True)
    os.replace(tmp, stamp)


def forget(root: Path) -> None:
    """Remove every stamp (the next build runs every step)."""
    shutil.rmtree(root / STAMPS, ignore_errors=True)


def module_files(root: Path, entry: str) -> list[Path]:
    """The source files of the ``analysis`` modules that module ``entry`` imports, directly
    or not (found by reading the ``import`` statements, not by importing), with the
    ``__init__.py`` of every package on the way. Sorted."""
    package = root / "analysis"

    def path_of(module: str) -> Path | None:
        parts = module.split(".")
        if parts[0] != "analysis":
            return None
        base = root.joinpath(*parts)
        for candidate in (base / "__init__.py", base.with_suffix(".py")):
            if candidate.is_file():
                return candidate
        return None

    todo, seen = [entry], set()
    while todo:
        module = todo.pop()
        path = path_of(module)
        if path is None or path in seen:
            continue
        seen.add(path)
        parts = module.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]
        for names, level, base in _imports(path.read_bytes()):
            if level is None:
                todo += list(names)
                continue
            if level:  # relative import
                anchor = parts if path.name == "__init__.py" else parts[:-1]
                base = ".".join([*anchor[: len(anchor) - level + 1], *base.split(".")])
                base = base.rstrip(".")
            todo.append(base)
            todo += [f"{base}.{name}" for name in names]
    return sorted(p for p in seen if package in p.parents)


@functools.lru_cache(maxsize=1024)
def _imports(source: bytes) -> tuple[tuple[tuple[str, ...], int | None, str], ...]:
    """The import statements of a module's ``source``: ``(names, None, "")`` for ``import
    a, b`` and ``(names, level, module)`` for ``from module import names`` (``level`` > 0
    when relative). Cached by content: a build asks for the same files many times."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.append((tuple(alias.name for alias in node.names), None, ""))
        elif isinstance(node, ast.ImportFrom):
            found.append((tuple(alias.name for alias in node.names), node.level, node.module or ""))
    return tuple(found)


def seed_files(root: Path) -> list[Path]:
    """The seed texts (the article's text and the other seeds) the raw folders'
    ``source.yml`` name, where they are present (``$KURULTAI_ARTICLE_TEXT``'s folder, or
    ``../shared/seeds/``): the pipeline's quote check reads them."""
    configured = os.environ.get("KURULTAI_ARTICLE_TEXT", "").strip()
    folder = (
        Path(configured).expanduser().parent if configured else root.parent / "shared" / "seeds"
    )
    names = set()
    for source in sorted((root / "data" / "raw").glob("*/source.yml")):
        names.update(_SEED_NAME.findall(source.read_text(encoding="utf-8")))
    found = [folder / n for n in sorted(names) if (folder / n).is_file()]
    if configured and Path(configured).expanduser().is_file():
        found.append(Path(configured).expanduser())
    return found


def processed_dir(root: Path) -> Path:
    """The processed tables' folder: ``$KURULTAI_PROCESSED_DIR`` or ``data/processed``."""
    configured = os.environ.get("KURULTAI_PROCESSED_DIR")
    return Path(configured) if configured else root / "data" / "processed"


def steps(
    root: Path, pipeline_args: Sequence[str] = (), quarto_version: str | None = None
) -> list[Step]:
    """The build's steps for the project at ``root``, in the order they run.

    ``pipeline_args`` are the pipeline's command-line arguments (parameters for this
    build). Without ``quarto_version`` (no Quarto) the render steps are left out.
    """
    root = Path(root)
    book, processed = root / "book", processed_dir(root)
    seeds = seed_files(root)
    shared = (root / "params.yml", root / "pyproject.toml")
    out = [
        Step(
            "pipeline",
            (
                root / "data" / "raw",
                root / "locales",
                *shared,
                *module_files(root, "analysis.pipeline"),
                *seeds,
            ),
            (processed,),
            settings=(
                "args:" + "\0".join(pipeline_args),
                "seeds:" + ",".join(p.name for p in seeds),
            ),
        )
    ]
    for lang, folder in EDITIONS.items():
        home = book / folder if folder else book
        out.append(
            Step(
                f"artefacts-{lang}",
                (
                    processed,
                    root / "analysis",
                    root / "locales",
                    *shared,
                    root / "uv.lock",
                    root / "CITATION.cff",
                    root / "benchmarks" / "results.csv",
                    *sorted((root / "data" / "raw").glob("*/source.yml")),
                ),
                (home / "artefacts" / lang, home / "_variables.yml", home / "downloads"),
            )
        )
    out.append(
        Step(
            "gallery",
            (
                book / "artefacts" / "en",
                book / "kk" / "artefacts" / "kk",
                root / "analysis",
                root / "locales",
            ),
            (root / "build" / "gallery",),
        )
    )
    if quarto_version is not None:
        version = (f"quarto {quarto_version}",)
        out.append(
            Step(
                "render-en",
                (book,),
                (book / "_book",),
                settings=version,
                skip=RENDER_OUTPUT | {"kk"},
                skip_outputs=frozenset({"kk"}),
            )
        )
        out.append(
            Step(
                "render-kk",
                (book / "kk", *(book / name for name in SHARED_BOOK_FILES)),
                (root / RENDER_COPY / "kk" / "_book",),
                settings=version,
                skip=RENDER_OUTPUT,
            )
        )
    return out


def _sync(source: Path, dest: Path, skip: frozenset[str]) -> None:
    """Make ``dest`` hold the bytes of ``source`` (a file or folder): copy what differs,
    remove what ``source`` lacks; names in ``skip`` (at the top of ``source`` only) are
    neither copied nor removed (a render's own folders in the copy stay)."""
    if source.is_file():
        if not dest.is_file() or dest.read_bytes() != source.read_bytes():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest)
        return
    dest.mkdir(parents=True, exist_ok=True)
    wanted = {p.name for p in source.iterdir() if p.name not in skip | NOT_CONTENT}
    for old in dest.iterdir():
        if old.name not in wanted and old.name not in skip | NOT_CONTENT:
            shutil.rmtree(old) if old.is_dir() and not old.is_symlink() else old.unlink()
    for name in sorted(wanted):
        target = dest / name
        if (source / name).is_dir() != target.is_dir() and target.exists():
            shutil.rmtree(target) if target.is_dir() else target.unlink()
        _sync(source / name, target, frozenset())


def kazakh_copy(book: Path, dest: Path, keep_render: bool = False) -> Path:
    """Copy the Kazakh project (``book/kk/`` without its render folders) and the files of
    ``book/`` it uses into ``dest``; returns the copy's ``kk/`` folder. The copy is made
    afresh, unless ``keep_render``: then ``dest`` is brought up to date file by file and
    keeps the copy's site and Quarto's index of it (``kk/_book/``, ``kk/.quarto/``), which a
    render of single pages needs (:func:`plan_pages`)."""
    if not keep_render:
        shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True, exist_ok=True)
    for name in SHARED_BOOK_FILES:
        _sync(book / name, dest / name, frozenset())
    _sync(book / "kk", dest / "kk", RENDER_OUTPUT)
    return dest / "kk"


# --- Which pages a render must make again -------------------------------------------
#
# A page of a Quarto book is made from its .qmd, the files it includes
# (``{{< include ... >}}``, followed into included files), the values of the
# ``{{< var ns.key >}}`` keys it uses (``_variables.yml``), and what every page shares: the
# project's configuration, theme, scripts, Quarto's version, and the book's structure (every
# page's headings and cross-reference labels give the sidebar, the chapter and section
# numbers and the targets of links between pages). When only the first kind changed for
# some pages, ``quarto render <project>/<page>.qmd ...`` makes exactly those pages again:
# Quarto keeps the project's cross-reference index in ``.quarto/``, writes the whole
# sidebar into each page it renders, copies the project's resources (``resources:`` in
# ``_quarto.yml``) on every render, and updates ``search.json`` entry by entry, in place.
# Every other change renders the whole edition.

_INCLUDE = re.compile(r"\{\{<\s*include\s+(\S+?)\s*>\}\}")
_VAR = re.compile(r"\{\{<\s*var\s+([\w.\-]+)\s*>\}\}")
_HEADING = re.compile(r"^#{1,6}\s.*$", re.MULTILINE)
_LABEL = re.compile(r"\{#[^}\s]+")
_YAML_KEY = re.compile(r"""(?:'((?:[^']|'')*)'|"([^"\\]*)"|([^\s'"#\-][^:]*?)):(?:\s+(.*))?$""")
#: Files of a project that are made by the artefact step and not read by Quarto as pages:
#: their names are shared by every page (a new or removed file renders everything: Quarto
#: copies resources on every render but removes stale ones only on a full render), their
#: bytes only by the pages that include them.
GENERATED_FOLDERS = ("artefacts", "downloads")
PAGES_STAMP = "pages-{lang}.json"


def variable_blocks(text: str) -> dict[str, str]:
    """The ``_variables.yml`` text of each key, by its dotted name (``"ns.key"``): the key's
    line and every line under it (its value, or the keys nested in it). Standard library
    only (this module runs before the project's environment exists): the text stands for
    the value, which is all a comparison needs (the same value written the same way)."""
    lines = text.splitlines()
    blocks: dict[str, str] = {}
    path: list[tuple[int, str]] = []
    scalar_indent = None
    for i, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        if scalar_indent is not None and indent > scalar_indent:
            continue  # a value's continuation line
        found = _YAML_KEY.match(line.strip())
        scalar_indent = None
        if not found:
            continue
        name = next(g for g in found.groups()[:3] if g is not None).replace("''", "'")
        while path and path[-1][0] >= indent:
            path.pop()
        path.append((indent, name))
        if found.group(4):
            scalar_indent = indent
        end = i + 1
        while end < len(lines) and (
            not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip(" ")) > indent
        ):
            end += 1
        blocks[".".join(n for _, n in path)] = "\n".join(lines[i:end])
    return blocks


def _expand(file: Path, seen: tuple[Path, ...] = ()) -> tuple[str, list[Path]]:
    """``file``'s text with its includes put in (paths relative to the including file),
    and the files included, in order. A missing include stays as written (and is listed:
    the digest then says "missing")."""
    text = file.read_text(encoding="utf-8")
    included: list[Path] = []

    def put(match: re.Match) -> str:
        target = file.parent / match.group(1)
        included.append(target)
        if not target.is_file() or target in seen:
            return match.group(0)
        inner, more = _expand(target, (*seen, file))
        included.extend(more)
        return inner

    return _INCLUDE.sub(put, text), included


def pages(project: Path) -> list[str]:
    """The pages of a book project: its ``*.qmd`` files whose names do not start with ``_``
    (the included parts), sorted."""
    return sorted(p.name for p in project.glob("*.qmd") if not p.name.startswith("_"))


def page_inputs(project: Path, shared_files: Sequence[Path] = (), settings=()) -> dict:
    """Digests of what each page of the book project at ``project`` is made from.

    Returns ``{"shared": str, "pages": {page: {"content": str, "structure": str}}}``:
    ``content`` covers the page's .qmd, the files it includes and the values of the
    ``var`` keys it (or an included file) uses; ``structure`` its headings (values put in)
    and cross-reference labels; ``shared`` everything else of the project (every other
    file, with ``shared_files`` from outside it, e.g. ``book/theme.scss`` for the Kazakh
    project, the names of the generated files under :data:`GENERATED_FOLDERS`, the list of
    pages, and ``settings`` such as Quarto's version).
    """
    project = Path(project)
    variables_file = project / "_variables.yml"
    variables = (
        variable_blocks(variables_file.read_text(encoding="utf-8"))
        if variables_file.is_file()
        else {}
    )
    attributed = {variables_file}
    result: dict = {"pages": {}}
    for name in pages(project):
        text, included = _expand(project / name)
        attributed |= {project / name, *included}
        content = hashlib.sha256(name.encode() + b"\0" + text.encode())
        for file in included:
            content.update(
                hashlib.sha256(file.read_bytes()).digest() if file.is_file() else b"missing"
            )
        keys = sorted(set(_VAR.findall(text)))
        for key in keys:
            content.update(f"\0{key}\0{variables.get(key, '<missing>')}".encode())

        def value(match: re.Match) -> str:
            return variables.get(match.group(1), "<missing>")

        headings = _HEADING.findall(_VAR.sub(value, text))
        structure = "\n".join([*headings, *_LABEL.findall(text)])
        result["pages"][name] = {
            "content": content.hexdigest(),
            "structure": hashlib.sha256(structure.encode()).hexdigest(),
        }
    shared = hashlib.sha256()
    for text in (*settings, *pages(project)):
        shared.update(f"{text}\0".encode())
    # Not read: the render's own folders, a project inside this one (book/kk/), and what
    # Quarto writes beside the pages while it renders (site_libs/, <page>.html, <page>_files/).
    nested = {d.name for d in project.iterdir() if (d / "_quarto.yml").is_file()}
    transient = {"site_libs", *(Path(p).stem + "_files" for p in pages(project))}
    written = {project / (Path(p).stem + ".html") for p in pages(project)}
    for file in _files(project, RENDER_OUTPUT | nested | transient):
        relative = file.relative_to(project).as_posix()
        if file in attributed or file in written:
            continue
        shared.update(relative.encode() + b"\0")
        if relative.split("/")[0] not in GENERATED_FOLDERS:
            shared.update(hashlib.sha256(file.read_bytes()).digest())
    for extra in shared_files:
        shared.update(f"extra:{Path(extra).name}\0".encode())
        for file in _files(Path(extra), frozenset()):
            shared.update(file.relative_to(extra.parent).as_posix().encode() + b"\0")
            shared.update(hashlib.sha256(file.read_bytes()).digest())
    result["shared"] = shared.hexdigest()
    return result


def pages_to_render(previous: dict | None, now: dict) -> list[str] | None:
    """The pages whose content changed between two :func:`page_inputs` (``previous`` from
    the last render), or None when the whole edition must be rendered: nothing recorded,
    anything shared or any page's structure changed, a page added or removed, or no page
    changed at all (then what changed is not a page's: render everything, to be safe)."""
    if not previous or previous.get("shared") != now["shared"]:
        return None
    before, after = previous.get("pages", {}), now["pages"]
    if sorted(before) != sorted(after):
        return None
    if any(before[p]["structure"] != after[p]["structure"] for p in after):
        return None
    changed = [p for p in after if before[p]["content"] != after[p]["content"]]
    return changed or None


def book_copy(book: Path, dest: Path) -> Path:
    """Copy the book's sources (both projects, without anything built: renders,
    artefacts, values, downloads) into ``dest`` (replaced); returns ``dest``."""
    built = {*RENDER_OUTPUT, *NOT_CONTENT, "artefacts", "downloads", "_variables.yml"}
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(book, dest, ignore=shutil.ignore_patterns(*built))
    return dest


@dataclass
class Render:
    """One edition's render: the project rendered, the pages rendered (None: all of them),
    Quarto's exit status and its output."""

    lang: str
    project: Path
    returncode: int = 0
    output: str = ""
    pages: list[str] | None = None


def render_editions(
    quarto: str,
    book: Path,
    langs: Sequence[str],
    env: dict[str, str],
    copy_root: Path,
    parallel: bool | None = None,
    pages: dict[str, list[str] | None] | None = None,
) -> list[Render]:
    """Render the editions ``langs`` of the book at ``book`` with ``quarto``.

    English is rendered in place (``book/_book/``); Kazakh from a copy under
    ``copy_root`` (:func:`kazakh_copy`; its site is ``copy_root/kk/_book/``), with
    ``KURULTAI_BUILD_ROOT`` pointing the pre-render step at the copy. Both at once when
    ``parallel`` (default: when the machine has two cores or more). ``pages`` gives, by
    language, the pages to render (``quarto render <project>/<page>.qmd ...``, into the
    site an earlier render left; the Kazakh copy is then updated in place) or None for the
    whole edition (the default). Returns one :class:`Render` per edition, in the order of
    ``langs``; Quarto's output is kept, not printed.
    """
    pages = pages or {}
    jobs = []
    for lang in langs:
        chosen = pages.get(lang)
        if not EDITIONS[lang]:
            # The edition whose project is the book's root renders in place.
            render, job_env = Render(lang, book, pages=chosen), env
        else:
            project = kazakh_copy(book, copy_root, keep_render=chosen is not None)
            render = Render(lang, project, pages=chosen)
            job_env = {**env, "KURULTAI_BUILD_ROOT": str(copy_root)}
        jobs.append((render, job_env))

    def run(job: tuple[Render, dict[str, str]]) -> Render:
        render, job_env = job
        targets = [str(render.project)]
        if render.pages:
            # Quarto's command line reads the names after the first as inputs only when an
            # option follows them (else it hands them to Pandoc, which joins the pages into
            # the first one's file): `--no-execute` is that option, and changes nothing
            # here (the chapters run no code).
            targets = [*(str(render.project / p) for p in render.pages), "--no-execute"]
        done = subprocess.run(
            [quarto, "render", *targets],
            env=job_env,
            capture_output=True,
            text=True,
            check=False,
        )
        render.returncode, render.output = done.returncode, done.stdout + done.stderr
        return render

    if parallel is None:
        parallel = (os.cpu_count() or 1) >= 2
    with ThreadPoolExecutor(max_workers=len(jobs) if parallel else 1) as pool:
        return list(pool.map(run, jobs))


def project_of(root: Path, lang: str) -> Path:
    """The Quarto project of edition ``lang`` (its sources, in the book)."""
    return root / "book" / EDITIONS[lang] if EDITIONS[lang] else root / "book"


def rendered_project(root: Path, lang: str) -> Path:
    """The folder Quarto renders edition ``lang`` in (the Kazakh copy for Kazakh)."""
    return root / RENDER_COPY / EDITIONS[lang] if EDITIONS[lang] else root / "book"


def edition_page_inputs(root: Path, lang: str, quarto_version: str) -> dict:
    """:func:`page_inputs` of edition ``lang``'s project, with the files of ``book/`` the
    Kazakh project uses, and Quarto's version."""
    shared = [root / "book" / n for n in SHARED_BOOK_FILES] if EDITIONS[lang] else []
    return page_inputs(project_of(root, lang), shared, (f"quarto {quarto_version}",))


def _pages_stamp(root: Path, lang: str) -> Path:
    return root / STAMPS / PAGES_STAMP.format(lang=lang)


def search_ids(site: Path) -> list[str] | None:
    """The entries of a site's ``search.json``, in order (None without one)."""
    index = site / "search.json"
    if not index.is_file():
        return None
    try:
        return [doc.get("objectID") for doc in json.loads(index.read_text(encoding="utf-8"))]
    except ValueError:
        return None


class _Text(HTMLParser):
    """The text of an HTML page, without its scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs) -> None:
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag) -> None:
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def stale_search_entries(site: Path, pages: Sequence[str]) -> list[str]:
    """The pages among ``pages`` whose entries in the site's ``search.json`` hold a line
    their rendered page does not show (an entry Quarto did not update)."""
    docs = json.loads((site / "search.json").read_text(encoding="utf-8"))
    stale = []
    for page in pages:
        name = Path(page).with_suffix(".html").name
        parser = _Text()
        parser.feed((site / name).read_text(encoding="utf-8"))
        shown = _words("".join(parser.parts))
        lines = (
            _words(line)
            for doc in docs
            if doc.get("href", "").split("#")[0] == name
            for line in html.unescape(doc.get("text", "")).split("\n")
        )
        if any(line and line not in shown for line in lines):
            stale.append(page)
    return stale


def plan_pages(root: Path, lang: str, quarto_version: str) -> tuple[dict, list[str] | None]:
    """What edition ``lang``'s render must make: ``(inputs, pages)`` with ``inputs`` its
    :func:`edition_page_inputs` now, and ``pages`` the pages to render alone
    (:func:`pages_to_render` against the inputs recorded by its last render), or None for
    the whole edition, as when the last render's site or Quarto's index is missing."""
    now = edition_page_inputs(root, lang, quarto_version)
    stamp, project = _pages_stamp(root, lang), rendered_project(root, lang)
    ready = (
        stamp.is_file()
        and (project / "_book" / "index.html").is_file()
        and search_ids(project / "_book") is not None
        and (project / ".quarto" / "xref" / "INDEX").is_file()
    )
    try:
        previous = json.loads(stamp.read_text(encoding="utf-8")) if ready else None
    except ValueError:
        previous = None
    return now, pages_to_render(previous, now)


def record_pages(root: Path, lang: str, inputs: dict) -> None:
    """Record the :func:`edition_page_inputs` an edition's successful render was made from."""
    stamp = _pages_stamp(root, lang)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps(inputs, sort_keys=True), encoding="utf-8")


def render_book(
    quarto: str,
    root: Path,
    langs: Sequence[str],
    env: dict[str, str],
    quarto_version: str,
    log: Callable[[str], None] = print,
) -> list[Render]:
    """Render the editions ``langs`` of the project at ``root``, each as little as it
    needs: the pages whose own inputs changed (:func:`plan_pages`), or the whole edition.

    A render of single pages updates the site's ``search.json`` entry by entry; when its
    list of entries comes out different from before (a page gained or lost a section),
    the edition is rendered whole again, so that the site is the one a whole render makes.
    Records each successful render's inputs (:func:`record_pages`). Returns the renders
    (:func:`render_editions`), the last one of each edition."""
    plans = {lang: plan_pages(root, lang, quarto_version) for lang in langs}
    for lang, (_, chosen) in plans.items():
        what = f"{len(chosen)} page(s): {', '.join(chosen)}" if chosen else "every page"
        log(f"render-{lang}: {what}")
    chosen = {lang: plan[1] for lang, plan in plans.items()}
    before = {
        lang: search_ids(rendered_project(root, lang) / "_book") for lang in langs if chosen[lang]
    }
    copy_root = root / RENDER_COPY
    renders = render_editions(quarto, root / "book", langs, env, copy_root, pages=chosen)
    redo: dict[str, list[str] | None] = {}
    for render in renders:
        if render.returncode != 0 or not render.pages:
            continue
        site = rendered_project(root, render.lang) / "_book"
        if search_ids(site) != before[render.lang]:
            log(f"render-{render.lang}: the search index's entries changed; every page")
            redo[render.lang] = None
        elif stale := stale_search_entries(site, render.pages):
            # Quarto 1.9 now and then leaves an entry (a section, or a whole page) as the
            # page's previous render had it; rendering that page again updates it.
            log(f"render-{render.lang}: search entries not updated for {', '.join(stale)}")
            redo[render.lang] = stale
    if redo:
        done = {
            r.lang: r
            for r in render_editions(quarto, root / "book", list(redo), env, copy_root, pages=redo)
        }
        for lang, render in done.items():
            site = rendered_project(root, lang) / "_book"
            if render.returncode == 0 and render.pages and stale_search_entries(site, render.pages):
                log(f"render-{lang}: search entries still not updated; every page")
                [render] = render_editions(quarto, root / "book", [lang], env, copy_root)
                done[lang] = render
        renders = [
            Render(
                r.lang,
                r.project,
                done[r.lang].returncode,
                r.output + "\n" + done[r.lang].output,
                r.pages,
            )
            if r.lang in done
            else r
            for r in renders
        ]
    for render in renders:
        if render.returncode == 0:
            record_pages(root, render.lang, plans[render.lang][0])
    return renders


def assemble_site(book: Path, kazakh_site: Path) -> None:
    """Put the Kazakh site (``kazakh_site``) under ``book/_book/kk/``, as it is published."""
    target = book / "_book" / "kk"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(kazakh_site, target)


@dataclass
class Outcome:
    """What a build did: the steps it ran and the steps it skipped (their inputs had not
    changed), in order."""

    ran: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def step(root: Path, name: str, pipeline_args: Sequence[str] = ()) -> Step:
    """The step called ``name`` of :func:`steps` (Python steps only), read afresh."""
    return {s.name: s for s in steps(root, pipeline_args)}[name]


def run_python_steps(
    root: Path,
    pipeline_args: Sequence[str],
    run: Callable[[list[str]], object],
    log: Callable[[str], None] = print,
    gallery: bool = True,
) -> Outcome:
    """Run the pipeline, the artefacts of each edition and (``gallery``) the gallery, each
    only when it is not current (:func:`is_current`); ``run`` runs one command
    (``["python", "-m", ...]``) and raises when it fails (then no stamp is written for it).
    Each step's stamp is written after it succeeded. ``log`` gets one line per step skipped
    and per command run (with its time). Returns what ran and what was skipped.

    ``gallery=False`` leaves the gallery to :func:`run_gallery_step`, which ``nox -s
    build`` runs while Quarto renders (it reads only the artefacts, which are then built)."""
    outcome = Outcome()

    def stale(name: str) -> bool:
        if is_current(root, step(root, name, pipeline_args)):
            outcome.skipped.append(name)
            log(f"{name}: skipped (inputs unchanged since it last ran)")
            return False
        return True

    def go(names: list[str], command: list[str]) -> None:
        start = time.perf_counter()
        run(command)
        for name in names:
            record(root, step(root, name, pipeline_args))
            outcome.ran.append(name)
        log(f"{', '.join(names)}: ran in {time.perf_counter() - start:.1f} s")

    if stale("pipeline"):
        go(["pipeline"], ["python", "-m", "analysis.pipeline", *pipeline_args])
    # Each step is read again when its turn comes: its inputs include what ran before it.
    langs = [lang for lang in EDITIONS if stale(f"artefacts-{lang}")]
    if langs:
        which = "all" if len(langs) == 2 else langs[0]
        go(
            [f"artefacts-{x}" for x in langs],
            ["python", "-m", "analysis.artefacts", "--lang", which],
        )
    if gallery:
        run_gallery_step(root, pipeline_args, run, log, outcome)
    return outcome


def run_gallery_step(
    root: Path,
    pipeline_args: Sequence[str],
    run: Callable[[list[str]], object],
    log: Callable[[str], None] = print,
    outcome: Outcome | None = None,
) -> Outcome:
    """The gallery step alone (after the artefact steps), only when it is not current;
    ``run``, ``log`` and the return value as in :func:`run_python_steps` (``outcome``: the
    record to add to, a new one by default)."""
    outcome = outcome if outcome is not None else Outcome()
    gallery = step(root, "gallery", pipeline_args)
    if is_current(root, gallery):
        outcome.skipped.append("gallery")
        log("gallery: skipped (inputs unchanged since it last ran)")
        return outcome
    start = time.perf_counter()
    run(["python", "-m", "analysis.gallery"])
    record(root, gallery)
    outcome.ran.append("gallery")
    log(f"gallery: ran in {time.perf_counter() - start:.1f} s")
    return outcome
