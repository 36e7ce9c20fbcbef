"""Every number and phrase the book's prose uses, computed once from the processed tables.

Chapters contain no Python. A sentence in a chapter reads a value with Quarto's ``var``
shortcode, ``{{< var attitudes.young_aware_2023 >}}``; the artefact step
(:mod:`analysis.artefacts`) writes every value into ``book/_variables.yml``, nested by
namespace. Captions and alt text in :mod:`analysis.registry` are templates over the same
values, e.g. ``"... (design effect {params.design_effect})"``.

A namespace is a module of this package with a function ``values(ctx: Context) ->
dict[str, str]``: keys are ``[a-z0-9_]+``; values are plain text or inline Markdown (no
block structure). Values that depend on a parameter must be computed from
``ctx.params``, never written out, so that every build states what it computed.

Language is a parameter like the others: ``ctx.lang`` is ``"en"`` or ``"kk"``, and a
namespace returns the same keys in both, worded in that language, with numbers formatted
by :mod:`analysis.prose.fmt` (``70.6%`` / ``70,6%``). Captions and alt texts are the catalogs'
``caption-<label>`` messages (``locales/<lang>/captions.ftl``), over the same values; the
Kazakh edition's values go to ``book/kk/_variables.yml``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from analysis.paths import PROCESSED

if TYPE_CHECKING:
    import pandas as pd

    from analysis.params import Params

#: The namespaces, in the order they are computed (a later one may read an earlier one's
#: values through ``ctx.values``). Each is a module ``analysis.prose.<name>``.
NAMESPACES = (
    "params",
    "attitudes",
    "communication",
    "composition",
    "context",
    "claims",
    "arguments",
    "index",
    "methods",
)


@dataclass
class Context:
    """What a namespace's ``values`` function reads: processed tables and parameters.

    ``table(name)`` returns the processed table ``name`` (parquet in ``processed_dir``,
    read once and cached); ``params`` the :class:`analysis.params.Params` of the build
    (from the processed table ``parameters``); ``values`` the namespaces computed so far.
    """

    processed_dir: Path = PROCESSED
    lang: str = "en"
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    _cache: dict[str, pd.DataFrame] = field(default_factory=dict, repr=False)

    def table(self, name: str) -> pd.DataFrame:
        """The processed table ``name``; raises ``FileNotFoundError`` naming the command to
        run when the pipeline has not written it."""
        if name not in self._cache:
            from analysis.store import read_processed

            self._cache[name] = read_processed(name, self.processed_dir)
        return self._cache[name].copy()

    @property
    def params(self) -> Params:
        """The parameters the processed tables were built with."""
        from analysis.params import from_frame

        return from_frame(self.table("parameters"))


def provider(name: str) -> Callable[[Context], dict[str, str]]:
    """The ``values`` function of namespace ``name`` (module ``analysis.prose.<name>``)."""
    return importlib.import_module(f"analysis.prose.{name}").values


def collect(ctx: Context) -> dict[str, dict[str, str]]:
    """Every namespace's values, in :data:`NAMESPACES` order.

    Raises ``ValueError`` naming the namespace and key for a key that is not
    ``[a-z0-9_]+`` or a value that is not a non-empty string.
    """
    import re

    for name in NAMESPACES:
        values = provider(name)(ctx)
        for key, value in values.items():
            if not re.fullmatch(r"[a-z0-9_]+", key):
                raise ValueError(f"prose namespace {name!r}: bad key {key!r}")
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"prose namespace {name!r}: {key!r} is not a non-empty string")
        ctx.values[name] = dict(values)
    return ctx.values


def fill(template: str, values: dict[str, dict[str, str]]) -> str:
    """``template`` with ``{namespace.key}`` placeholders replaced from ``values``.

    Raises ``KeyError``/``AttributeError`` naming the placeholder when it is unknown.
    """
    spaces = {ns: SimpleNamespace(**vals) for ns, vals in values.items()}
    return template.format_map(spaces)
