"""Sessions: pipeline, test, lint, build (Quarto), preview. Run ``nox -l`` for the list."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent))
from analysis.buildcheck import quarto_warnings

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
    session.run_install(*args, env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location})


@nox.session
def pipeline(session: nox.Session) -> None:
    """Raw -> processed, validated. Pass ``-- --accept-edits`` after a deliberate raw edit."""
    _sync(session)
    session.run("python", "-m", "analysis.pipeline", *session.posargs)


@nox.session
def test(session: nox.Session) -> None:
    """The test suite (no Quarto needed). Extra arguments go to pytest."""
    _sync(session, "test")
    session.run("python", "-m", "ipykernel", "install", "--sys-prefix", "--name", "python3")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and format check."""
    _sync(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


def _find_quarto(session: nox.Session) -> tuple[str, tuple[str, ...]]:
    """A quarto binary: $QUARTO_PATH, then PATH, then the quarto-cli package (build group).

    Returns the binary and the dependency groups the session must keep synced (the build
    group when Quarto came from the quarto-cli package, since `uv sync` removes what is not
    asked for).
    """
    candidates = [os.environ.get("QUARTO_PATH"), shutil.which("quarto")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            session.log(f"using Quarto at {candidate}")
            return candidate, ()
    session.log("no quarto on PATH or in QUARTO_PATH; installing the quarto-cli package")
    try:
        _sync(session, "build")
    except Exception:
        session.error(
            "Quarto is needed to render the book and could not be installed.\n"
            "  The quarto-cli package downloads its binary at install time, which fails "
            "without internet access.\n"
            "  Install Quarto >= 1.6 from https://quarto.org/docs/get-started/ and either put "
            "it on PATH or set QUARTO_PATH=/path/to/quarto, then run `nox -s build` again.\n"
            "  Everything before the render is checked by `nox -s test` without Quarto."
        )
    found = shutil.which("quarto", path=str(Path(session.bin)))
    if not found:
        session.error(
            "quarto-cli installed but no `quarto` executable was found in "
            f"{session.bin}; set QUARTO_PATH to a Quarto binary."
        )
    return found, ("build",)


@nox.session(default=False)
def build(session: nox.Session) -> None:
    """Pipeline, then a clean `quarto render book`, failing on any Quarto warning."""
    quarto, groups = _find_quarto(session)
    _sync(session, *groups)
    session.run("python", "-m", "ipykernel", "install", "--sys-prefix", "--name", "python3")
    session.run("python", "-m", "analysis.pipeline")
    for stale in ("_book", "_freeze", ".quarto"):
        shutil.rmtree(BOOK / stale, ignore_errors=True)
    env = {
        "QUARTO_PYTHON": str(Path(session.bin) / "python"),
        "JUPYTER_PATH": str(Path(session.virtualenv.location) / "share" / "jupyter"),
    }
    log = ROOT / "build" / "quarto-render.log"
    log.parent.mkdir(exist_ok=True)
    output = session.run(quarto, "render", str(BOOK), env=env, silent=True, external=True)
    log.write_text(output or "", encoding="utf-8")
    print(output)
    warnings = quarto_warnings(output or "")
    if warnings:
        session.error("Quarto reported warnings:\n" + "\n".join(warnings))
    session.log(f"book written to {BOOK / '_book' / 'index.html'}")


@nox.session(default=False)
def preview(session: nox.Session) -> None:
    """Live preview of the book (needs Quarto)."""
    quarto, groups = _find_quarto(session)
    _sync(session, *groups)
    session.run("python", "-m", "analysis.pipeline")
    session.run(quarto, "preview", str(BOOK), external=True)


if __name__ == "__main__":
    nox.main()
