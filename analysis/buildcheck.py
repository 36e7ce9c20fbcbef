"""Reading Quarto's render log: which lines are Quarto warnings (standard library only).

Quarto prints its own warnings as lines that start with ``WARN:`` / ``WARNING:`` or
``WARNING (file:line)``, and unresolved cross-references as "Unable to resolve crossref".
ipykernel 7 logs "WARNING | Kernel is running over TCP without encryption" into the same
output; that line is the kernel's, not Quarto's, and is ignored.
"""

from __future__ import annotations

import re

_QUARTO_WARNING = re.compile(r"^\s*(?:\x1b\[[0-9;]*m)*(WARN|WARNING)(?::|\s+\()")
_CROSSREF = re.compile(r"Unable to resolve crossref|WARNING.*crossref", re.IGNORECASE)
_KERNEL_NOISE = re.compile(r"Kernel is running over TCP without encryption")


def quarto_warnings(output: str) -> list[str]:
    """The lines of a ``quarto render`` log that are Quarto warnings, in order."""
    found = []
    for line in output.splitlines():
        if _KERNEL_NOISE.search(line):
            continue
        if _QUARTO_WARNING.search(line) or _CROSSREF.search(line):
            found.append(line.strip())
    return found
