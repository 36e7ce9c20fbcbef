"""The Kazakh edition of the appendices: the ``params`` and ``methods`` prose values in
Kazakh, the generated appendix parts (codebook, reproducing, sources, downloads) with Kazakh
headings and words, and the four pages book/kk/<appendix>.qmd."""

from __future__ import annotations

import importlib
import inspect
import re

import pytest
import yaml

from analysis import artefacts, codebook, pipeline, prose, reproducing
from analysis.i18n import catalog
from analysis.paths import BOOK, RAW
from analysis.prose import methods as methods_ns
from analysis.prose import params as params_ns
from analysis.provenance import load_source, source_folders

APPENDICES = ("codebook", "methods", "reproducing", "sources")
CYRILLIC = re.compile(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІіҺһ]")
NBSP = "\u00a0"


def _values(lang: str) -> dict[str, dict[str, str]]:
    ctx = prose.Context(lang=lang)
    ctx.values["params"] = params_ns.values(ctx)
    ctx.values["methods"] = methods_ns.values(ctx)
    return ctx.values


@pytest.fixture(scope="module")
def values(tables) -> dict[str, dict[str, dict[str, str]]]:
    return {lang: _values(lang) for lang in ("en", "kk")}


def _number_en(text: str) -> str:
    return text.replace(",", "")


def _number_kk(text: str) -> str:
    return text.replace(NBSP, "").replace(",", ".")


# --- prose values ----------------------------------------------------------------------


@pytest.mark.parametrize("namespace", ["params", "methods"])
def test_kazakh_values_have_the_english_keys(values, namespace):
    assert set(values["kk"][namespace]) == set(values["en"][namespace])
    assert all(v.strip() for v in values["kk"][namespace].values())


def test_methods_numbers_equal_the_english_in_kazakh_format(values):
    en, kk = values["en"]["methods"], values["kk"]["methods"]
    for key, text in en.items():
        assert _number_kk(kk[key]) == _number_en(text), key
        assert "." not in kk[key], f"{key}: Kazakh numbers take a decimal comma: {kk[key]!r}"
    # The article's two waves: 2,400 and 1,200 respondents (seed lines 118-119).
    assert kk["n_2023"] == f"2{NBSP}400"
    assert kk["n_2024"] == f"1{NBSP}200"
    assert en["z"] == "1.96"
    assert kk["z"] == "1,96"


def test_params_in_kazakh(values):
    en, kk = values["en"]["params"], values["kk"]["params"]
    for key in ("design_effect", "confidence_pct", "confidence", "alpha"):
        assert _number_kk(kk[key]) == _number_en(en[key]), key
    assert kk["alpha"] == en["alpha"].replace(".", ",")
    # Words: Cyrillic in Kazakh, and never the English ones.
    for key in ("table_base", "multiple_comparison"):
        assert CYRILLIC.search(kk[key]), key
        assert kk[key] != en[key]
    assert kk["table_base"] in params_ns.BASE_WORDS_BY_LANG["kk"].values()
    # The English words other modules import stay as they were.
    assert params_ns.BASE_WORDS is params_ns.BASE_WORDS_BY_LANG["en"]
    assert set(params_ns.ADJUST_WORDS_BY_LANG["kk"]) == set(params_ns.ADJUST_WORDS)


# --- generated appendix parts ------------------------------------------------------------


def test_artefact_step_passes_the_language_to_every_appendix_part():
    for name, (module, function) in artefacts.APPENDIX_PARTS.items():
        generate = getattr(importlib.import_module(module), function)
        assert "lang" in inspect.signature(generate).parameters, name


def test_every_processed_table_has_a_kazakh_title_and_unit():
    titles = {o.name: codebook.title(o, "kk") for o in pipeline.OUTPUTS}
    assert all(CYRILLIC.search(t) for t in titles.values()), titles
    units = {
        (col.metadata or {}).get("unit")
        for o in pipeline.OUTPUTS
        for col in o.model.to_schema().columns.values()
    } - {None, ""}
    kk = catalog("kk")
    missing = [u for u in units if codebook._unit(u, kk) == u]
    assert missing == [], missing
    # The article prints 70,6% and 76,1% (seed line 350): Kazakh titles keep its commas.
    assert "70,6%" in titles["year_order_readings"]


def test_kazakh_codebook_uses_kazakh_words_and_the_same_sections():
    en = codebook.codebook_markdown()
    kk = codebook.codebook_markdown(lang="kk")
    ids = re.compile(r"\{#(sec-codebook-[a-z0-9-]+)\}")
    assert ids.findall(kk) == ids.findall(en)
    assert len(ids.findall(kk)) == len(pipeline.OUTPUTS)
    for english in ("Files: `", "Built from:", "*Rules:*", "Key (unique together)", "required."):
        assert english in en
        assert english not in kk
    assert kk.count("*Ережелері:*") == en.count("*Rules:*")
    assert "Файлдары: `data/processed/survey_waves.csv` және `.parquet`." in kk
    # Column names are technical and the same in both.
    assert re.findall(r"^`(\w+)`$", kk, re.M) == re.findall(r"^`(\w+)`$", en, re.M)
    # The descriptions are Kazakh (tests/test_kk_codebook.py checks every one).
    assert "[Share of the age group aware of the Kurultai.]" not in kk
    assert "*сан, бірлігі: пайыз (0–100).*" in kk


def test_kazakh_reproducing_appendix_has_kazakh_headings():
    en = reproducing.appendix_markdown()
    kk = reproducing.appendix_markdown(lang="kk")
    headings = re.compile(r"^## (.+) \{\.unnumbered\}$", re.M)
    assert headings.findall(en) == [
        "Figures and tables",
        "Processed tables",
        "Software of this build",
        "Time per step",
    ]
    assert headings.findall(kk) == [
        "Суреттер мен кестелер",
        "Өңделген кестелер",
        "Осы құрастырудың бағдарламалық жасақтамасы",
        "Әр қадамның уақыты",
    ]
    labels = re.compile(r"^- `((?:fig|tbl)-[a-z0-9-]+)` \(", re.M)
    assert labels.findall(kk) == labels.findall(en)
    assert "made by" not in kk
    assert "Raw files under" not in kk
    assert "| пакет | нұсқа (осы құрастыру) | нұсқа (uv.lock) |" in kk
    waves = next(o for o in pipeline.OUTPUTS if o.name == "survey_waves")
    assert f"- `survey_waves`: {codebook.title(waves, 'kk')}." in kk


def test_kazakh_timings_keep_the_measured_values(tmp_path):
    measured = tmp_path / "results.csv"
    measured.write_text(
        "measure,item,value,unit,target,meets_target\n"
        "machine,cpu,2 cores,,,\n"
        "pipeline_command,python -m analysis.pipeline,1.42,s,<= 2.0,yes\n"
        "quarto_render,quarto render book,,s,<= 30.0,\n"
        "new_measure,x,3.5,s,,\n",
        encoding="utf-8",
    )
    kk = reproducing.timings_markdown(measured, lang="kk")
    en = reproducing.timings_markdown(measured)
    row = (
        "| өңдеу бағдарламасы (жаңа процесс) | `python -m analysis.pipeline` "
        "| 1,42 с | ≤ 2,0 (мақсатқа жетті) |"
    )
    assert row in kk
    assert (
        "| pipeline (fresh process) | `python -m analysis.pipeline` | 1.42 s | ≤ 2.0 (met) |" in en
    )
    # Not measured: an empty cell, not the unit alone; an unknown measure keeps its name.
    assert "| Quarto рендері | `quarto render book` |  | ≤ 30,0 |" in kk
    assert "| Quarto render | `quarto render book` |  | ≤ 30.0 |" in en
    assert "| new_measure | `x` | 3.5 s |  |" in en
    assert "- процессор: 2 cores" in kk
    assert "| өлшем | нысан | мәні | мақсат |" in kk
    absent = reproducing.timings_markdown(tmp_path / "none.csv", lang="kk")
    assert reproducing.BENCHMARK_COMMAND in absent
    assert "әлі жоқ" in absent


def test_kazakh_sources_appendix_keeps_paths_and_checksums():
    ids = re.compile(r"\{#(sec-source-[a-z0-9-]+)\}")
    assert ids.findall(reproducing.sources_markdown(lang="kk")) == ids.findall(
        reproducing.sources_markdown()
    )
    en = reproducing.source_files_markdown()
    kk = reproducing.source_files_markdown(lang="kk")
    assert ids.findall(kk) == ids.findall(en)
    for folder in source_folders():
        for name, meta in load_source(folder)["files"].items():
            assert f'`{meta["sha256"][:12]}…`]{{title="{meta["sha256"]}"}}' in kk, name
            # Kazakh thousands: a no-break space (1 826 байт).
            assert f"{meta['bytes']:,} байт".replace(",", "\u00a0") in kk
    shown = reproducing.sources_markdown(lang="kk") + kk
    for key in reproducing.SOURCE_FIELDS:
        if key == "title":
            continue
        label = catalog("kk")(f"source-field-{key.replace('_', '-')}")
        assert f"- **{label}:**" in shown
    assert "- **Title:**" not in shown
    assert "Files:" not in kk
    assert kk.count("Файлдары:") == len(source_folders())
    # Article transcriptions: the seed lines, in Kazakh (survey waves: lines 113-120).
    assert "бастапқы мәтіннің 113–120-жолдары" in kk


def test_kazakh_source_fields_are_used_when_a_record_has_them(tmp_path):
    folder = tmp_path / "context"
    folder.mkdir()
    record = load_source(RAW / "context")
    record["title_kk"] = "Контекстік дереккөздер"
    (folder / "source.yml").write_text(yaml.safe_dump(record, allow_unicode=True), "utf-8")
    kk = reproducing.sources_markdown(tmp_path, lang="kk")
    en = reproducing.sources_markdown(tmp_path)
    assert "## Контекстік дереккөздер {#sec-source-context}" in kk
    assert "title_kk" not in kk
    assert "title_kk" not in en
    assert "Контекстік дереккөздер" not in en


def test_kazakh_downloads_link_the_same_files():
    en = reproducing.downloads_markdown()
    kk = reproducing.downloads_markdown(lang="kk")
    links = re.compile(r"\]\((downloads/[^)]+)\)")
    assert links.findall(kk) == links.findall(en)
    assert len(links.findall(kk)) == 2 * len(pipeline.OUTPUTS) + 2
    assert "| Кесте | CSV | Parquet |" in kk
    assert "| Table |" not in kk
    assert "Сауалнаманың екі толқыны" in kk


# --- the pages ---------------------------------------------------------------------------


def _page(lang: str, name: str) -> str:
    path = BOOK / f"{name}.qmd" if lang == "en" else BOOK / "kk" / f"{name}.qmd"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", APPENDICES)
def test_kazakh_page_mirrors_the_english_one(name):
    en, kk = _page("en", name), _page("kk", name)
    heading = re.compile(r"^# (.+) \{#(sec-[a-z-]+)\}$")
    en_first, kk_first = en.splitlines()[0], kk.splitlines()[0]
    assert heading.match(kk_first)
    assert heading.match(en_first)
    assert heading.match(kk_first)[2] == heading.match(en_first)[2]
    assert CYRILLIC.search(heading.match(kk_first)[1])
    assert kk.splitlines()[2] == (
        f'[English](../{name}.html){{.lang-switch hreflang="en" lang="en"}}'
    )
    assert "```{python}" not in kk
    # Same section ids, cross-references and includes (the Kazakh artefacts).
    ids = re.compile(r"\{#(sec-[a-z-]+)\}")
    assert ids.findall(kk) == ids.findall(en)
    refs = re.compile(r"@((?:sec|fig|tbl)-[a-z0-9-]+)")
    assert sorted(refs.findall(kk)) == sorted(refs.findall(en))
    includes = re.compile(r"\{\{< include artefacts/(en|kk)/(_[a-z-]+\.md) >\}\}")
    assert [(lang, f) for lang, f in includes.findall(kk)] == [
        ("kk", f) for _, f in includes.findall(en)
    ]
    assert len(re.findall(r"^## ", kk, re.M)) == len(re.findall(r"^## ", en, re.M))
    # The same values: every number the English page states, the Kazakh one states too.
    var = re.compile(r"\{\{< var ([a-z0-9_.]+) >\}\}")
    assert set(var.findall(kk)) == set(var.findall(en))


def test_kazakh_pages_read_values_that_exist(values, tables):
    english_keys = {
        ns: set(vals) for ns, vals in _english_namespaces(("attitudes", "arguments")).items()
    } | {ns: set(values["kk"][ns]) for ns in ("params", "methods")}
    for name in APPENDICES:
        for ns, key in re.findall(r"\{\{< var ([a-z0-9_]+)\.([a-z0-9_]+) >\}\}", _page("kk", name)):
            assert key in english_keys[ns], f"{name}.qmd: {ns}.{key}"


def _english_namespaces(names: tuple[str, ...]) -> dict[str, dict[str, str]]:
    ctx = prose.Context(lang="en")
    for ns in ("params", *names):
        ctx.values[ns] = prose.provider(ns)(ctx)
    return ctx.values


def test_kazakh_appendices_say_where_their_kazakh_text_is_kept():
    assert "`locales/kk/codebook/`" in _page("kk", "codebook")
    assert "`_kk`" in reproducing.appendix_markdown(lang="kk")
    for name in ("codebook", "sources"):
        assert "ағылшын тілінде жүргізіледі" not in _page("kk", name), name
