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

The two editions' renders are independent and run at the same time where there are two
cores. The Kazakh project sits inside the English one (``book/kk/``), and Quarto's render of
``book/`` reads ``book/kk/.quarto/`` while a render of ``book/kk/`` rewrites it, so the
Kazakh edition is rendered from a copy (:func:`kazakh_copy`) under ``build/render/``.
"""

from __future__ import annotations

import ast
import hashlib
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
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                todo += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative import
                    anchor = parts if path.name == "__init__.py" else parts[:-1]
                    base = ".".join([*anchor[: len(anchor) - node.level + 1], *base.split(".")])
                    base = base.rstrip(".")
                todo.append(base)
                todo += [f"{base}.{alias.name}" for alias in node.names]
    return sorted(p for p in seen if package in p.parents)


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


def kazakh_copy(book: Path, dest: Path) -> Path:
    """Copy the Kazakh project (``book/kk/`` without its render folders) and the files of
    ``book/`` it uses into ``dest`` (replaced); returns the copy's ``kk/`` folder."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for name in SHARED_BOOK_FILES:
        source = book / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns(*NOT_CONTENT))
        else:
            shutil.copy2(source, dest / name)
    shutil.copytree(
        book / "kk", dest / "kk", ignore=shutil.ignore_patterns(*RENDER_OUTPUT, *NOT_CONTENT)
    )
    return dest / "kk"


def book_copy(book: Path, dest: Path) -> Path:
    """Copy the book's sources (both projects, without anything built: renders,
    artefacts, values, downloads) into ``dest`` (replaced); returns ``dest``."""
    built = {*RENDER_OUTPUT, *NOT_CONTENT, "artefacts", "downloads", "_variables.yml"}
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(book, dest, ignore=shutil.ignore_patterns(*built))
    return dest


@dataclass
class Render:
    """One edition's render: the project rendered, Quarto's exit status and its output."""

    lang: str
    project: Path
    returncode: int = 0
    output: str = ""


def render_editions(
    quarto: str,
    book: Path,
    langs: Sequence[str],
    env: dict[str, str],
    copy_root: Path,
    parallel: bool | None = None,
) -> list[Render]:
    """Render the editions ``langs`` of the book at ``book`` with ``quarto``.

    English is rendered in place (``book/_book/``); Kazakh from a copy under
    ``copy_root`` (:func:`kazakh_copy`; its site is ``copy_root/kk/_book/``), with
    ``KURULTAI_BUILD_ROOT`` pointing the pre-render step at the copy. Both at once when
    ``parallel`` (default: when the machine has two cores or more). Returns one
    :class:`Render` per edition, in the order of ``langs``; Quarto's output is kept, not
    printed.
    """
    jobs = []
    for lang in langs:
        if not EDITIONS[lang]:
            # The edition whose project is the book's root renders in place.
            jobs.append((Render(lang, book), env))
        else:
            project = kazakh_copy(book, copy_root)
            jobs.append((Render(lang, project), {**env, "KURULTAI_BUILD_ROOT": str(copy_root)}))

    def run(job: tuple[Render, dict[str, str]]) -> Render:
        render, job_env = job
        done = subprocess.run(
            [quarto, "render", str(render.project)],
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
) -> Outcome:
    """Run the pipeline, the artefacts of each edition and the gallery, each only when it
    is not current (:func:`is_current`); ``run`` runs one command (``["python", "-m",
    ...]``) and raises when it fails (then no stamp is written for it). Each step's stamp
    is written after it succeeded. ``log`` gets one line per step skipped and per command
    run (with its time). Returns what ran and what was skipped."""
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
    if stale("gallery"):
        go(["gallery"], ["python", "-m", "analysis.gallery"])
    return outcome
