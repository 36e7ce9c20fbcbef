"""Provenance and reproducibility: the data package, the registry, the generated appendices,
the README block, the downloads and the citation file."""

from __future__ import annotations

import json
import re
import shutil
import tomllib

import frictionless
import pandas as pd
import pytest
import yaml

from analysis import chapters, datapackage, pipeline, registry, reproducing
from analysis.paths import BOOK, PROCESSED, RAW, ROOT
from analysis.provenance import load_source, source_folders


def test_datapackage_validates(tables):
    path = PROCESSED / "datapackage.json"
    report = frictionless.validate(str(path))
    assert report.valid, report.flatten(["title", "message"])[:5]
    package = json.loads(path.read_text(encoding="utf-8"))
    names = [r["name"] for r in package["resources"]]
    expected = [n for o in pipeline.OUTPUTS for n in (o.name, f"{o.name}-parquet")]
    assert names == expected
    assert package["version"] == datapackage.project_version()


def test_datapackage_fields_come_from_the_models(tables):
    package = json.loads((PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    res = {r["name"]: r for r in package["resources"]}
    ledger = res["claims_ledger"]["schema"]
    assert ledger["primaryKey"] == ["claim_id"]
    status = next(f for f in ledger["fields"] if f["name"] == "status")
    assert status["constraints"]["enum"] == ["reproduced", "inconsistent", "not_reproducible"]
    shares = res["awareness_by_age"]["schema"]
    assert shares["primaryKey"] == ["wave_year", "age_group"]
    share = next(f for f in shares["fields"] if f["name"] == "share_pct")
    assert share == {
        "name": "share_pct",
        "type": "number",
        "description": "Share of the age group aware of the Kurultai.",
        "unit": "percent (0-100)",
        "constraints": {"required": True, "minimum": 0, "maximum": 100},
    }
    waves = {f["name"]: f for f in res["survey_waves"]["schema"]["fields"]}
    assert waves["fieldwork_start"]["type"] == "date"
    assert waves["respondents"]["type"] == "integer"


def test_datapackage_catches_tampering_and_broken_rows(tables, tmp_path):
    copy = tmp_path / "tampered"
    shutil.copytree(PROCESSED, copy)
    csv = copy / "survey_waves.csv"
    csv.write_text(csv.read_text(encoding="utf-8").replace("2400", "2401"), encoding="utf-8")
    report = frictionless.validate(str(copy / "datapackage.json"))
    assert not report.valid
    assert {e.type for t in report.tasks for e in t.errors} == {"hash-count"}

    broken = dict(tables)
    broken["claims_ledger"] = tables["claims_ledger"].assign(status="maybe")
    files = pipeline.serialise(broken)  # consistent hashes, but rows break the schema
    out = tmp_path / "broken"
    out.mkdir()
    for name, data in files.items():
        (out / name).write_bytes(data)
    report = frictionless.validate(str(out / "datapackage.json"))
    errors = {(t.name, e.type) for t in report.tasks for e in t.errors}
    assert errors == {("claims_ledger", "constraint-error")}


def test_datapackage_is_deterministic(tables):
    a = pipeline.serialise(tables)["datapackage.json"]
    b = pipeline.serialise(tables)["datapackage.json"]
    assert a == b
    assert a == (PROCESSED / "datapackage.json").read_bytes()
    assert not {"created", "modified"} & set(json.loads(a))  # no build-time stamps


def test_registry_labels_appear_in_exactly_one_chapter():
    shows: dict[str, list[str]] = {}
    for path in chapters.chapter_files():
        text = path.read_text(encoding="utf-8")
        for label in re.findall(r'book\.show\("([\w-]+)"\)', text):
            shows.setdefault(label, []).append(path.name)
    for entry in registry.ENTRIES:
        assert shows.get(entry.label) == [entry.chapter], entry.label


def test_registry_chain_reaches_existing_raw_files():
    frame = reproducing.registry_frame()
    assert frame["label"].tolist() == [e.label for e in registry.ENTRIES]
    for row in frame.itertuples():
        for path in row.raw.split(", "):
            assert (RAW / path).is_file(), (row.label, path)
    claims_row = frame.set_index("label").loc["tbl-claims"]
    assert claims_row["function"] == "analysis.tables.claims.claims_table"
    assert "article/claims.csv" in claims_row["raw"].split(", ")


def test_readme_block_is_up_to_date():
    assert reproducing.readme_is_current(), (
        "README.md's generated block is stale: run `python -m analysis.reproducing --readme`"
    )
    block = (ROOT / "README.md").read_text(encoding="utf-8")
    for entry in registry.ENTRIES:
        assert f"`{entry.label}`" in block


def test_replace_block(tmp_path):
    text = f"a\n{reproducing.START}\nold\n{reproducing.END}\nb\n"
    assert reproducing.replace_block(text, "new") == (
        f"a\n{reproducing.START}\nnew\n{reproducing.END}\nb\n"
    )
    with pytest.raises(ValueError, match="README must contain"):
        reproducing.replace_block("no markers here", "new")
    readme = tmp_path / "README.md"
    readme.write_text(text, encoding="utf-8")
    assert reproducing.update_readme(readme) is True
    assert reproducing.update_readme(readme) is False
    assert reproducing.readme_is_current(readme)


def test_sources_appendix_lists_every_source_folder():
    text = reproducing.sources_markdown()
    folders = source_folders()
    assert {f.name for f in folders} >= {"article", "public", "context"}
    for folder in folders:
        record = load_source(folder)
        assert f"## `data/raw/{folder.name}/`" in text
        assert record["citation_full"].split("\n")[0][:40] in text
        for name, meta in record["files"].items():
            assert f"`{name}`" in text
            assert f"`{meta['sha256']}`" in text
    appendix = (BOOK / "sources.qmd").read_text(encoding="utf-8")
    assert "print(sources_markdown())" in appendix  # generated, not written by hand


def test_appendices_are_in_the_book():
    names = [p.name for p in chapters.chapter_files()]
    assert names.index("claims.qmd") == names.index("communication.qmd") + 1
    assert names[-2:] == ["reproducing.qmd", "sources.qmd"]
    text = (BOOK / "reproducing.qmd").read_text(encoding="utf-8")
    assert "print(appendix_markdown())" in text


def test_timings_are_read_not_invented(tmp_path):
    absent = reproducing.timings_markdown(tmp_path / "results.csv")
    assert "No benchmark results yet" in absent
    assert reproducing.BENCHMARK_COMMAND in absent
    assert reproducing.timings_frame(tmp_path / "results.csv") is None
    measured = tmp_path / "results.csv"
    measured.write_text("step,seconds\npipeline,3.21\n", encoding="utf-8")
    shown = reproducing.timings_markdown(measured)
    assert "| pipeline | 3.21 |" in shown
    assert "No benchmark results yet" not in shown
    measured.write_text(
        "measure,item,value,unit\nmachine,cpu,2 cores,\npipeline_run,all,1.42,s\n",
        encoding="utf-8",
    )
    shown = reproducing.timings_markdown(measured)
    assert "- cpu: 2 cores" in shown
    assert "| pipeline_run | all | 1.42 | s |" in shown
    assert "| machine |" not in shown


def test_software_versions_come_from_the_lock():
    locked = reproducing.locked_versions().set_index("package")["version"]
    with (ROOT / "uv.lock").open("rb") as fh:
        lock = {p["name"]: p["version"] for p in tomllib.load(fh)["package"] if "version" in p}
    assert locked["pandas"] == lock["pandas"]
    assert locked["frictionless"] == lock["frictionless"]
    assert "not locked" not in set(locked)
    installed = reproducing.installed_versions().set_index("package")["version"]
    assert installed["pandas"] == pd.__version__


def test_downloads_copy_and_links(tables, tmp_path):
    dest = tmp_path / "downloads"
    names = reproducing.copy_downloads(dest, PROCESSED)
    assert "datapackage.json" in names
    assert "CITATION.cff" in names
    links = re.findall(r"\]\(downloads/([^)]+)\)", reproducing.downloads_markdown())
    assert len(links) == 2 * len(pipeline.OUTPUTS) + 2
    assert [name for name in links if not (dest / name).is_file()] == []
    report = frictionless.validate(str(dest / "datapackage.json"))
    assert report.valid


def test_citation_file():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    assert {"message", "title", "authors", "version"} <= set(cff)
    assert cff["version"] == datapackage.project_version()
    config = yaml.safe_load((BOOK / "_quarto.yml").read_text(encoding="utf-8"))
    assert cff["title"] == config["book"]["title"]
    (article,) = cff["references"]
    assert article["type"] == "article"
    assert [a["family-names"] for a in article["authors"]] == [
        "Tasym",
        "Pusyrmanov",
        "Nazarbetova",
    ]
