"""Errors that point at the mistake: file, CSV line, column and rule."""

from __future__ import annotations

from dataclasses import dataclass

#: Longest value a message quotes in full (``found: ...``); longer ones end in an ellipsis.
MAX_SHOWN = 80


def clip(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` as a message quotes it: whole when it has at most ``limit`` characters,
    otherwise its first ``limit - 1`` characters and an ellipsis (…)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, order=True)
class Problem:
    """One broken rule in one place.

    ``line`` is the 1-based line of the CSV file (the header is line 1, so the first data row
    is line 2); ``None`` when the rule concerns the whole file or a whole column (a missing
    file, an empty file, a row that should exist but does not). ``column`` is the column the
    rule is about; for a key made of several columns they are joined by ``+``
    (``wave_year+age_group``); ``None`` when the rule concerns a whole row or file.
    """

    file: str
    line: int | None
    column: str | None
    rule: str
    value: str = ""

    def __str__(self) -> str:
        where = self.file
        where += f", line {self.line}" if self.line is not None else ""
        where += f", column '{self.column}'" if self.column else ""
        value = f" (found: {self.value})" if self.value not in ("", "None", "nan") else ""
        return f"{where}: {self.rule}{value}"


class PipelineError(Exception):
    """Raised when raw or processed data break a rule; carries every :class:`Problem` found.

    The message lists each problem on its own line, sorted by file and line, so a student who
    edited a raw CSV sees exactly where to look.
    """

    def __init__(self, problems: list[Problem], headline: str = "invalid input") -> None:
        self.problems = sorted(set(problems), key=_sort_key)
        lines = [f"{headline}: {len(self.problems)} problem(s)"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))


def _sort_key(p: Problem) -> tuple:
    return (p.file, p.line if p.line is not None else -1, p.column or "", p.rule, p.value)
