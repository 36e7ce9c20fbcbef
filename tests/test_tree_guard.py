"""The check that the suite leaves the working tree alone (tests/tree_guard.py) sees every
kind of change to what a build writes."""

from __future__ import annotations

import tree_guard


def test_snapshot_sees_written_changed_and_removed_files(tmp_path):
    (tmp_path / "book" / "_book").mkdir(parents=True)
    (tmp_path / "book" / "_book" / "index.html").write_text("built by the user", "utf-8")
    (tmp_path / "data" / "processed").mkdir(parents=True)
    (tmp_path / "data" / "processed" / "a.csv").write_text("x\n1\n", "utf-8")
    before = tree_guard.snapshot(tmp_path)
    assert before["build"] == "absent"
    assert tree_guard.changes(before, tree_guard.snapshot(tmp_path)) == []

    (tmp_path / "book" / "_book" / "index.html").write_text("re-rendered by a test", "utf-8")
    (tmp_path / "data" / "processed" / "a.csv").unlink()
    (tmp_path / "build" / "gallery").mkdir(parents=True)
    (tmp_path / "build" / "gallery" / "index.html").write_text("<p>", "utf-8")
    assert tree_guard.changes(before, tree_guard.snapshot(tmp_path)) == [
        "changed: book/_book/index.html",
        "written: build",
        "written: build/gallery/index.html",
        "removed: data/processed/a.csv",
    ]


def test_the_watched_paths_are_the_builds_outputs():
    for name in ("book/_book", "data/processed", "build", "book/kk/_book", "book/artefacts"):
        assert name in tree_guard.WATCHED
