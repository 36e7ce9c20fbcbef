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
