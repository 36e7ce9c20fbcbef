"""Which lines of a Quarto render log fail the build."""

from __future__ import annotations

from analysis.buildcheck import quarto_warnings

LOG = """\
[1/4] index.qmd
Starting python3 kernel...Done
[IPKernelApp] WARNING | Kernel is running over TCP without encryption. All communication...
WARNING | Kernel is running over TCP without encryption.
  Executing 'attitudes.quarto_ipynb'
WARN: Unable to resolve crossref @fig-missing
WARNING (/work/main/book/attitudes.qmd:12:1) Unable to resolve crossref @tbl-gone
\x1b[33mWARNING:\x1b[39m some theme variable is unknown
Output created: _book/index.html
"""


def test_quarto_warnings_are_caught_and_kernel_noise_is_not():
    found = quarto_warnings(LOG)
    assert found == [
        "WARN: Unable to resolve crossref @fig-missing",
        "WARNING (/work/main/book/attitudes.qmd:12:1) Unable to resolve crossref @tbl-gone",
        "\x1b[33mWARNING:\x1b[39m some theme variable is unknown",
    ]


def test_clean_log_has_no_warnings():
    assert quarto_warnings("[1/1] index.qmd\nOutput created: _book/index.html\n") == []


def test_pandoc_warnings_fail_except_the_known_kazakh_ones():
    log = (
        "  data file translations/kk.yaml not found\n"
        "[WARNING] Could not load translations for kk\n"
        "[WARNING] The term Abstract has no translation defined.\n"
        "[WARNING] Duplicate identifier 'sec-x' at line 3 column 1\n"
    )
    assert quarto_warnings(log) == ["[WARNING] Duplicate identifier 'sec-x' at line 3 column 1"]


def test_unresolved_shortcodes_are_found(tmp_path):
    from analysis.buildcheck import unresolved_shortcodes

    (tmp_path / "kk").mkdir()
    (tmp_path / "index.html").write_text("<p>2,400 respondents</p>", encoding="utf-8")
    (tmp_path / "kk" / "a.html").write_text("<p>?var:index.n_2023 and ?var:x</p>", "utf-8")
    assert unresolved_shortcodes(tmp_path) == ["kk/a.html: ?var:index.n_2023", "kk/a.html: ?var:x"]


def test_the_allowed_kazakh_lines_are_counted_in_one_line():
    from analysis.buildcheck import KNOWN_PANDOC_KK, without_allowed_kazakh_lines

    noise = (
        "  data file translations/kk.yaml not found\n"
        "[WARNING] Could not load translations for kk\n"
        "[WARNING] The term Abstract has no translation defined.\n"
    )
    log = "[1/11] index.qmd\n" + noise * 11 + "Output created: _book/index.html\n"
    shown = without_allowed_kazakh_lines(log).splitlines()
    assert shown[:2] == ["[1/11] index.qmd", "Output created: _book/index.html"]
    [note] = shown[2:]
    assert note.startswith("render-kk: 33 Pandoc warning line(s) allowed: Pandoc ships no Kazakh")
    assert "build/quarto-render.log" in note
    assert not any(k.search(note) for k in KNOWN_PANDOC_KK)
    assert without_allowed_kazakh_lines("[1/1] index.qmd") == "[1/1] index.qmd"
