"""Shared fixtures: the pipeline is run once per test session on the real raw data."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Before analysis is imported: the tests (and the kernels they start) read and write
# processed tables in a temporary folder, never in data/processed.
os.environ["KURULTAI_PROCESSED_DIR"] = tempfile.mkdtemp(prefix="kurultai-processed-")

from analysis import pipeline
from analysis.paths import PROCESSED, RAW


@pytest.fixture(scope="session")
def tables() -> dict:
    """Processed tables from the real raw data, written to $KURULTAI_PROCESSED_DIR."""
    return pipeline.run(RAW, PROCESSED)


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A writable copy of data/raw for tests that edit raw files."""
    dst = tmp_path / "raw"
    shutil.copytree(RAW, dst)
    return dst
