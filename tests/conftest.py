"""Shared fixtures: the pipeline is run once per test session on the real raw data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import pipeline
from analysis.paths import PROCESSED, RAW


@pytest.fixture(scope="session")
def tables() -> dict:
    """Processed tables from the real raw data, also written to data/processed for the book."""
    return pipeline.run(RAW, PROCESSED)


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A writable copy of data/raw for tests that edit raw files."""
    dst = tmp_path / "raw"
    shutil.copytree(RAW, dst)
    return dst
