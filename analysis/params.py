"""The book's analytic assumptions: one file (``params.yml``), overridable for one build.

Every value here changes numbers, and therefore sentences, captions, alt text and charts.
The pipeline reads the parameters once (:func:`load`), applies command-line overrides
(:func:`add_arguments` / :func:`from_args`), and writes them as the processed table
``parameters`` (:func:`to_frame`), so that everything downstream (survey builders, the
artefact step, the gallery, the tests) reads the values the data were built with
(:func:`from_frame`), never the file again.

Raises :class:`ParameterError` (naming the file, the key and the rule) for an unknown key,
a wrong type or a value outside its valid range.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
import yaml

from analysis.paths import ROOT

PARAMS_FILE = ROOT / "params.yml"

#: Valid values, per parameter: a (low, high) closed range for numbers, a tuple of choices
#: for strings.
RANGES: dict[str, tuple[float, float]] = {
    "design_effect": (1.0, 4.0),
    "confidence_level": (0.80, 0.99),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "table_base": ("aware", "whole_sample"),
    "age_size_method": ("wpp2024", "equal_thirds"),
    "multiple_comparison": ("holm", "bonferroni", "fdr_bh", "none"),
}
DESCRIPTIONS = {
    "design_effect": "Design effect of the quota samples (n counts as n / design_effect).",
    "confidence_level": "Confidence level of every interval and test (proportion 0-1).",
    "table_base": "Respondents behind Tables 1 and 2: the aware, or the whole sample.",
    "age_size_method": "How respondents per age group are estimated.",
    "multiple_comparison": "p-value adjustment for the 2023-2024 changes tested together.",
}


class ParameterError(ValueError):
    """A parameter that is unknown, of the wrong type or outside its valid range."""


@dataclass(frozen=True)
class Params:
    """The analytic assumptions (see ``params.yml`` for what each one means).

    ``design_effect`` is a ratio (>= 1); ``confidence_level`` a proportion (0-1), so 0.95
    gives 95% intervals; the rest are names from :data:`CHOICES`.
    """

    design_effect: float = 1.5
    confidence_level: float = 0.95
    table_base: str = "aware"
    age_size_method: str = "wpp2024"
    multiple_comparison: str = "holm"

    def __post_init__(self) -> None:
        for name, (low, high) in RANGES.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ParameterError(f"{name}: must be a number, got {value!r}")
            if not low <= float(value) <= high:
                raise ParameterError(f"{name}: must lie in [{low}, {high}], got {value!r}")
            object.__setattr__(self, name, float(value))
        for name, allowed in CHOICES.items():
            value = getattr(self, name)
            if value not in allowed:
                raise ParameterError(f"{name}: must be one of {', '.join(allowed)}, got {value!r}")

    @property
    def confidence_pct(self) -> float:
        """The confidence level in percent (95.0 for 0.95)."""
        return round(100 * self.confidence_level, 6)

    @property
    def alpha(self) -> float:
        """Significance level of the tests: 1 - confidence_level."""
        return round(1 - self.confidence_level, 10)


def load(path: Path = PARAMS_FILE, **overrides: Any) -> Params:
    """Read ``path`` (YAML mapping) and apply ``overrides`` (None values are ignored).

    Raises :class:`ParameterError` naming the file and key for an unknown key or an invalid
    value, and ``FileNotFoundError`` when the file is missing.
    """
    path = Path(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ParameterError(f"{path}: must be a mapping of parameter: value")
    known = {f.name for f in fields(Params)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ParameterError(f"{path}: unknown parameter(s) {', '.join(unknown)}")
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Params(**data)
    except ParameterError as exc:
        raise ParameterError(f"{path}: {exc}") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--params FILE`` and one ``--<name>`` option per parameter to ``parser``."""
    group = parser.add_argument_group("parameters (default: params.yml)")
    group.add_argument("--params", type=Path, default=PARAMS_FILE, help="parameters file")
    for f in fields(Params):
        kind = float if f.name in RANGES else str
        extra = {"choices": CHOICES[f.name]} if f.name in CHOICES else {}
        group.add_argument(
            "--" + f.name.replace("_", "-"),
            dest=f.name,
            type=kind,
            default=None,
            help=DESCRIPTIONS[f.name] + _range_help(f.name),
            **extra,
        )


def _range_help(name: str) -> str:
    """`` (from LOW to HIGH)`` for a parameter with a numeric range, else nothing."""
    if name not in RANGES:
        return ""
    low, high = RANGES[name]
    return f" Valid: {low:g} to {high:g}."


def from_args(args: argparse.Namespace) -> Params:
    """The parameters of ``args`` (see :func:`add_arguments`): the file, then the options."""
    return load(args.params, **{f.name: getattr(args, f.name, None) for f in fields(Params)})


class ParametersTable(pa.DataFrameModel):
    """The parameters a build used: one row per parameter. Key: ``parameter``.

    ``value`` is the parameter as text (numbers as Python writes them, e.g. ``1.5``).
    """

    parameter: str = pa.Field(
        isin=[f.name for f in fields(Params)], unique=True, description="Parameter name."
    )
    value: str = pa.Field(description="Value used by this build, as text.")
    description: str = pa.Field(description="What the parameter means (in English).")

    class Config:
        strict = True
        ordered = True


def to_frame(params: Params) -> pd.DataFrame:
    """``params`` as the processed table ``parameters`` (see :class:`ParametersTable`)."""
    return pd.DataFrame(
        [
            {"parameter": k, "value": str(v), "description": DESCRIPTIONS[k]}
            for k, v in asdict(params).items()
        ]
    )


def from_frame(frame: pd.DataFrame) -> Params:
    """The :class:`Params` recorded in a ``parameters`` table (inverse of :func:`to_frame`)."""
    values: dict[str, Any] = dict(zip(frame["parameter"], frame["value"], strict=True))
    for name in RANGES:
        values[name] = float(values[name])
    return replace(Params(), **values)
