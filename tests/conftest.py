"""Shared fixtures: the pipeline is run once per test session on the real raw data.

Tests that read the article's text (or another seed text) ask for the ``article_text`` or
``seed_text`` fixture. The texts are not redistributed (README.md, "Data availability"):
when one is absent such a test is skipped with a reason that says how to provide it, except
under ``CI=true``, where the absence is a failure (CI must check the transcription).

The suite runs in parallel workers (pytest-xdist, ``nox -s test``): each worker is its own
process with its own temporary folders (set below, at import), so the session fixtures
(``tables``, ``built_artefacts``) are built once per worker. The check that the working
tree is untouched (:mod:`tree_guard`) runs once, in the process that started the session.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

try:
    import fcntl
except ImportError:  # not on Windows: each worker builds its own
    fcntl = None

# Before analysis is imported: the tests (and the kernels they start) read and write
# processed tables in a temporary folder, never in data/processed.
os.environ["KURULTAI_PROCESSED_DIR"] = tempfile.mkdtemp(prefix="kurultai-processed-")
# ... and the artefacts, _variables.yml, downloads and gallery in another, never in book/.
os.environ["KURULTAI_BUILD_ROOT"] = tempfile.mkdtemp(prefix="kurultai-build-")

import tree_guard

from analysis import pipeline
from analysis.paths import ARTICLE_SEED, PROCESSED, RAW, ROOT, seed_missing_reason
from analysis.paths import seed_text as find_seed_text

#: Set in a pytest-xdist worker (before this file is imported).
_WORKER = os.environ.get("PYTEST_XDIST_WORKER")
_TREE = pytest.StashKey[dict]()
_TREE_CHANGES = pytest.StashKey[list]()


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def pytest_configure(config: pytest.Config) -> None:
    """Before any test (and any worker) starts: a snapshot of what a build writes."""
    if not _is_worker(config):
        config.stash[_TREE] = tree_guard.snapshot(ROOT)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Make ``--dist loadgroup`` keep each ``xdist_group`` on one worker under pytest 9.

    pytest-xdist 3.8 names a test's group by appending ``@<group>`` to ``item._nodeid``,
    which pytest 9 no longer reads (a node's id is ``item._id``): the groups were silently
    ignored, and each worker built every variant (``processed_under``) again. This puts
    the suffix where pytest 9 reads it; with an older pytest, xdist's own does it."""
    if not _is_worker(config) or not config.getvalue("loadgroup"):
        return
    try:
        from _pytest.nodeid import coerce_node_id
    except ImportError:  # pytest < 9: pytest-xdist's suffix works
        return
    for item in items:
        names = {
            str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
            for mark in item.iter_markers("xdist_group")
        }
        if names and not item.nodeid.rsplit("]", 1)[-1].count("@"):
            item._id = coerce_node_id(f"{item.nodeid}@{'_'.join(sorted(names))}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """After every test (every worker has finished): the same files, byte for byte, or the
    session fails."""
    config = session.config
    if _is_worker(config) or _TREE not in config.stash:
        return
    found = tree_guard.changes(config.stash[_TREE], tree_guard.snapshot(ROOT))
    config.stash[_TREE_CHANGES] = found
    if found:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    found = config.stash.get(_TREE_CHANGES, [])
    if found:
        terminalreporter.section("the tests changed the working tree", red=True)
        terminalreporter.write_line(
            "book/_book, data/processed, build/ and the other build outputs must be "
            "byte-identical after the suite (tests/tree_guard.py); these differ:"
        )
        for line in found[:50]:
            terminalreporter.write_line(f"  {line}")


def require_seed(name: str = ARTICLE_SEED) -> Path:
    """The seed text ``name`` (:func:`analysis.paths.seed_text`); when it is absent, skip
    the calling test with a reason saying how to provide it, or fail it under ``CI=true``."""
    path = find_seed_text(name)
    if path is not None:
        return path
    reason = seed_missing_reason(name)
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def tables() -> dict:
    """Processed tables from the real raw data, written to $KURULTAI_PROCESSED_DIR."""
    return pipeline.run(RAW, PROCESSED)


@pytest.fixture(scope="session")
def processed_under(tmp_path_factory):
    """``processed_under(parameters) -> (folder, tables)``: the pipeline run on the real raw
    data under ``parameters`` (an :class:`analysis.params.Params`), once per set of
    parameters and worker, into a temporary folder. Tests share the result: read it, never
    change it. Tests that use it are grouped on one worker (``xdist_group("variants")``)
    so that each build runs once per session."""
    cache: dict = {}

    def build(parameters) -> tuple[Path, dict]:
        if parameters not in cache:
            out = tmp_path_factory.mktemp("processed-under") / "processed"
            cache[parameters] = (out, pipeline.run(RAW, out, parameters=parameters))
        return cache[parameters]

    return build


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A writable copy of data/raw for tests that edit raw files."""
    dst = tmp_path / "raw"
    shutil.copytree(RAW, dst)
    return dst


@pytest.fixture
def article_text() -> Path:
    """Path of the article's text; skips the test (fails it under CI=true) when absent."""
    return require_seed(ARTICLE_SEED)


@pytest.fixture
def seed_text():
    """``seed_text(name) -> Path`` for any seed file name; skips the test at that point
    (fails it under CI=true) when the text is absent."""
    return require_seed


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (a lock file) while the block runs."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def shared_build(tmp_path_factory, name: str, build: Callable[[Path], object]) -> Path:
    """A folder ``name`` that ``build(folder)`` fills once per test session, shared by the
    parallel workers (pytest-xdist): the first worker to ask builds it under a file lock in
    the folder the workers' temporary folders share (as pytest-xdist's documentation
    shows); the others wait for it and read it. Without workers (or without ``fcntl``), a
    folder of this process. Tests read it, never change it."""
    if not _WORKER or fcntl is None:
        folder = tmp_path_factory.mktemp(name)
        build(folder)
        return folder
    shared = tmp_path_factory.getbasetemp().parent
    folder, done = shared / f"shared-{name}", shared / f"shared-{name}.done"
    with _locked(shared / f"shared-{name}.lock"):
        if not done.is_file():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            done.touch()
    return folder


def _build_artefacts(tmp_path_factory, lang: str) -> dict:
    import json

    import yaml

    from analysis import artefacts

    # Every worker's processed tables are the same bytes (one raw folder, one pipeline):
    # one worker's artefacts serve all.
    def build(root: Path) -> None:
        artefacts.build(
            PROCESSED,
            root / "artefacts",
            root / "_variables.yml",
            lang,
            downloads=root / "downloads",
        )

    root = shared_build(tmp_path_factory, f"artefacts-{lang}", build)
    manifest = root / "artefacts" / lang / "manifest.json"
    return {
        "dir": manifest.parent,
        "root": root,
        "manifest": json.loads(manifest.read_text(encoding="utf-8")),
        "variables": yaml.safe_load((root / "_variables.yml").read_text(encoding="utf-8")),
        "lang": lang,
    }


@pytest.fixture(scope="session")
def built_artefacts(tables, tmp_path_factory) -> dict:
    """The English artefact step run once on the session's processed tables, into a
    temporary folder. Returns ``{"dir": <artefacts/en folder>, "root": <its parent's
    parent>, "manifest": dict, "variables": dict, "lang": "en"}``."""
    return _build_artefacts(tmp_path_factory, "en")


@pytest.fixture(scope="session")
def built_artefacts_kk(tables, tmp_path_factory) -> dict:
    """The same for the Kazakh edition (``"dir"`` is an ``artefacts/kk`` folder)."""
    return _build_artefacts(tmp_path_factory, "kk")
