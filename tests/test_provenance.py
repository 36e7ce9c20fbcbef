"""Provenance and reproducibility: the data package, the registry, the generated appendices,
the README block, the downloads and the citation file."""

from __future__ import annotations

import json
import logging
import re
import shutil
import tomllib

import frictionless
import pandas as pd
import pytest
import yaml

from analysis import (
    artefacts,
    chapters,
    datapackage,
    paths,
    pipeline,
    quotes,
    registry,
    reproducing,
)
from analysis.errors import PipelineError
from analysis.paths import BOOK, PROCESSED, RAW, ROOT
from analysis.provenance import load_source, sha256_of, source_folders
from analysis.schemas.raw import RAW_TABLES


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
    assert status["constraints"]["enum"] == [
        "reproduced",
        "read_back",
        "inconsistent",
        "not_reproducible",
    ]
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
        for include in chapters.all_includes(path):
            label = re.fullmatch(r"artefacts/en/_((?:fig|tbl)-[\w-]+)\.md", include)
            if label:
                shows.setdefault(label.group(1), []).append(path.name)
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
    files = reproducing.source_files_markdown()
    folders = source_folders()
    assert {f.name for f in folders} >= {"article", "public", "context"}
    for folder in folders:
        record = load_source(folder)
        # For readers: the source's title and citation, no paths, files or checksums.
        assert f"## {record['title']} {{#sec-source-{folder.name}}}" in text
        assert record["citation_full"].split("\n")[0][:40] in text
        assert record["summary"][:40] in text
        # The files, their checksums and paths: in the Reproducing appendix.
        assert f"### `data/raw/{folder.name}/`" in files
        for name, meta in record["files"].items():
            assert f"`{name}`" in files
            assert f"`{name}`" not in text
            # Shortened in the text, in full on hover (the span's title).
            assert f'`{meta["sha256"][:12]}…`]{{title="{meta["sha256"]}"}}' in files
    assert not re.search(r"data/raw|\.csv|\.py|seeds/|sha256|search_log|`", text)
    assert files in reproducing.appendix_markdown()
    appendix = (BOOK / "sources.qmd").read_text(encoding="utf-8")
    # Generated, not written by hand: the artefact step writes the part the page includes.
    assert "{{< include artefacts/en/_appendix-sources.md >}}" in appendix


def test_appendices_are_in_the_book():
    names = [p.name for p in chapters.chapter_files()]
    assert names.index("claims.qmd") == names.index("communication.qmd") + 1
    assert names[-2:] == ["reproducing.qmd", "sources.qmd"]
    text = (BOOK / "reproducing.qmd").read_text(encoding="utf-8")
    assert "{{< include artefacts/en/_appendix-reproducing.md >}}" in text
    assert artefacts.APPENDIX_PARTS["reproducing"] == ("analysis.reproducing", "appendix_markdown")


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


# --- the article's text: where it is looked for, and what happens without it ---------------


def test_article_text_is_looked_for_in_one_documented_place(tmp_path, monkeypatch):
    text = tmp_path / "article.txt"
    text.write_text("line 1\n", encoding="utf-8")
    (tmp_path / "002_047f29c1118dd147.txt").write_text("other\n", encoding="utf-8")
    monkeypatch.setattr(paths, "DEFAULT_ARTICLE", tmp_path / "nowhere" / paths.ARTICLE_SEED)
    monkeypatch.delenv(paths.ARTICLE_TEXT_ENV, raising=False)
    assert paths.article_text() is None
    reason = paths.seed_missing_reason()
    assert "KURULTAI_ARTICLE_TEXT is not set" in reason
    assert str(tmp_path / "nowhere" / paths.ARTICLE_SEED) in reason
    assert "Data availability" in reason

    monkeypatch.setenv(paths.ARTICLE_TEXT_ENV, str(text))
    assert paths.article_text() == text
    assert paths.seed_text(paths.ARTICLE_SEED) == text
    # The other seeds are looked for beside the article's text.
    assert paths.seed_text("002_047f29c1118dd147.txt") == tmp_path / "002_047f29c1118dd147.txt"
    assert paths.seed_text("003_none.txt") is None

    # A variable that names no file is not silently replaced by the default place.
    monkeypatch.setattr(paths, "DEFAULT_ARTICLE", text)
    monkeypatch.setenv(paths.ARTICLE_TEXT_ENV, str(tmp_path / "typo.txt"))
    assert paths.article_text() is None
    assert f"KURULTAI_ARTICLE_TEXT={tmp_path / 'typo.txt'} is not a file" in (
        paths.seed_missing_reason()
    )
    monkeypatch.delenv(paths.ARTICLE_TEXT_ENV)
    assert paths.article_text() == text


def test_tests_needing_the_text_skip_without_it_and_fail_under_ci(tmp_path, monkeypatch):
    from conftest import require_seed

    monkeypatch.setenv(paths.ARTICLE_TEXT_ENV, str(tmp_path / "absent.txt"))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        require_seed()
    assert "set KURULTAI_ARTICLE_TEXT to the path of the text file" in str(skipped.value)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception) as failed:
        require_seed()
    assert str(failed.value).startswith("CI=true and the article's text")
    # Present: the path, under CI or not.
    (tmp_path / "absent.txt").write_text("x\n", encoding="utf-8")
    assert require_seed() == tmp_path / "absent.txt"


# --- quotes as printed stand in the lines their locator cites -------------------------------


def test_passage_joins_line_end_hyphens_and_white_space():
    lines = ["Қазақстан Респу-", "бликасының  Президенті", "сондай-", "ақ 2022-", "2023 жылы"]
    text = quotes.passage(lines, "1-2")
    assert quotes.stands_in("Қазақстан Республикасының Президенті", text)
    assert not quotes.stands_in("Қазақстан Республикасының Премьері", text)
    both = quotes.passage(lines, "3-5")
    assert quotes.stands_in("сондай-ақ", both)  # the hyphen at the line end is printed
    assert quotes.stands_in("2022-2023 жылы", both)
    assert quotes.stands_in("сондай-ақ ... жылы", both)  # an ellipsis leaves words out
    assert not quotes.stands_in("жылы ... сондай-ақ", both)  # but keeps their order
    assert quotes.stands_in("Президенті", quotes.passage(lines, "1, 2"))
    with pytest.raises(IndexError, match="line 9 is beyond the text's 5 lines"):
        quotes.passage(lines, "8-9")


def test_every_quote_column_exists_and_stands_in_the_text(article_text, raw_copy):
    assert {spec.path for spec in quotes.QUOTE_COLUMNS} <= set(RAW_TABLES)
    raw = pipeline.load_raw(raw_copy, accept=True)  # the real data (checksums aside)
    for spec in quotes.QUOTE_COLUMNS:
        frame = raw[spec.path]
        assert {spec.column, "locator"} <= set(frame.columns), spec
        assert frame[spec.column].notna().sum() >= 2, spec
    problems, notes = quotes.check(raw)
    assert problems == []
    assert notes == []


def test_a_quote_not_in_its_lines_is_rejected(raw_copy, article_text, seed_text):
    seed_text("002_047f29c1118dd147.txt")  # the context rows are checked too
    path = raw_copy / "article" / "newcomers.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("2,Б. Алтынбеков,", "2,Б. Алтынбекова,"),
        encoding="utf-8",
    )
    claims_path = raw_copy / "article" / "claims.csv"
    text = claims_path.read_text(encoding="utf-8")
    claims_path.write_text(text.replace(",114-115,", ",9000,", 1), encoding="utf-8")
    before = (raw_copy / "article" / "source.yml").read_bytes()
    with pytest.raises(PipelineError) as err:
        pipeline.load_raw(raw_copy, accept=True)
    found = {(p.file, p.line, p.column): p for p in err.value.problems}
    assert set(found) == {
        ("data/raw/article/newcomers.csv", 3, "name_as_printed"),
        ("data/raw/article/claims.csv", 2, "locator"),
    }
    moved = found[("data/raw/article/newcomers.csv", 3, "name_as_printed")]
    assert moved.value == "Б. Алтынбекова"
    assert moved.rule.startswith("words as printed not found in lines 189 of 000_a46ed8cb280de15a")
    beyond = found[("data/raw/article/claims.csv", 2, "locator")]
    assert "line 9000 is beyond the text's 770 lines" in beyond.rule
    assert (
        "data/raw/article/newcomers.csv, line 3, column 'name_as_printed': words as printed"
        in str(err.value)
    )
    # An invalid edit is not recorded, even with accept.
    assert (raw_copy / "article" / "source.yml").read_bytes() == before


def test_without_the_text_the_quote_check_is_skipped_once(raw_copy, tmp_path, monkeypatch, caplog):
    monkeypatch.setenv(paths.ARTICLE_TEXT_ENV, str(tmp_path / "absent.txt"))
    path = raw_copy / "article" / "newcomers.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("2,Б. Алтынбеков,", "2,Б. Алтынбекова,"),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="analysis.pipeline"):
        raw = pipeline.load_raw(raw_copy, accept=True)
    assert raw["article/newcomers.csv"]["name_as_printed"].iloc[1] == "Б. Алтынбекова"
    skipped = [r.getMessage() for r in caplog.records if "quote check skipped" in r.getMessage()]
    assert len(skipped) == 1
    assert "KURULTAI_ARTICLE_TEXT" in skipped[0]
    assert str(tmp_path / "absent.txt") in skipped[0]


def test_another_version_of_the_text_is_not_used(tmp_path, monkeypatch, article_text, raw_copy):
    copy = tmp_path / paths.ARTICLE_SEED
    copy.write_text("\n" + article_text.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv(paths.ARTICLE_TEXT_ENV, str(copy))
    raw = pipeline.load_raw(raw_copy, accept=True)
    problems, notes = quotes.check(raw)
    assert problems == []  # one line off would break every quote: the text is not used
    assert any("is not the version of 000_a46ed8cb280de15a.txt" in n for n in notes)


# --- --accept-edits records checksums only for valid edits ----------------------------------


def test_accept_edits_does_not_record_an_invalid_edit(raw_copy, tmp_path, capsys):
    before = {p: p.read_bytes() for p in raw_copy.glob("*/source.yml")}
    path = raw_copy / "article" / "awareness_by_age.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(",39.7,reported", ",139.7,reported", 1),
        encoding="utf-8",
    )
    status = pipeline.main(["--raw", str(raw_copy), "--out", str(tmp_path / "p"), "--accept-edits"])
    err = capsys.readouterr().err
    assert status == 1
    assert "data/raw/article/awareness_by_age.csv, line 3, column 'share_pct'" in err
    assert "checksum mismatch" not in err
    assert {p: p.read_bytes() for p in raw_copy.glob("*/source.yml")} == before
    assert not (tmp_path / "p").exists()

    # Once the edit is valid, the same command records its checksum (and only that one).
    path.write_text(
        path.read_text(encoding="utf-8").replace(",139.7,reported", ",40.7,reported", 1),
        encoding="utf-8",
    )
    status = pipeline.main(["--raw", str(raw_copy), "--out", str(tmp_path / "p"), "--accept-edits"])
    assert status == 0, capsys.readouterr().err
    after = {p: p.read_bytes() for p in raw_copy.glob("*/source.yml")}
    assert [p.parent.name for p in after if after[p] != before[p]] == ["article"]
    record = yaml.safe_load(after[raw_copy / "article" / "source.yml"])
    assert record["files"]["awareness_by_age.csv"]["sha256"] == sha256_of(path)
    shares = pd.read_parquet(tmp_path / "p" / "awareness_by_age.parquet")
    assert shares.set_index(["wave_year", "age_group"]).loc[(2024, "18-28"), "share_pct"] == 40.7


# --- the data availability statement and the publishing workflow ---------------------------


def test_data_availability_names_every_source_and_where_the_text_is():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Data availability\n")[1].split("\n## ")[0]
    for folder in source_folders():
        assert f"`data/raw/{folder.name}/" in section, folder.name
        record = load_source(folder)
        seeds = {record["seed"]["file"]: record["seed"]} if "seed" in record else {}
        for name, meta in {**seeds, **(record.get("seeds") or {})}.items():
            assert name in section  # every text that is not redistributed is named
            if name == paths.ARTICLE_SEED:
                assert f"sha256 `{meta['sha256']}`" in section
    assert f"`{paths.ARTICLE_TEXT_ENV}`" in section
    assert f"`../shared/seeds/{paths.ARTICLE_SEED}`" in section
    assert ROOT.parent / "shared" / "seeds" / paths.ARTICLE_SEED == paths.DEFAULT_ARTICLE
    assert "CC BY 3.0 IGO" in section  # the UN population data


def test_publish_workflow_builds_and_deploys_the_book():
    workflow = yaml.safe_load(
        (ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8")
    )
    # PyYAML reads the key `on` as True.
    assert set(workflow[True]) == {"push", "workflow_dispatch"}
    assert workflow[True]["push"] == {"branches": ["main"]}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    uses = [step.get("uses", "").split("@")[0] for step in build["steps"]]
    assert uses == [
        "actions/checkout",
        "astral-sh/setup-uv",
        "quarto-dev/quarto-actions/setup",
        "",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
    ]
    assert build["steps"][3]["run"] == "uvx nox -s build"
    assert build["steps"][5]["with"] == {"path": "book/_book"}
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
