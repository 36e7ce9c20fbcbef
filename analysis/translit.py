"""Latin forms of Kazakh (Cyrillic) names.

Scheme: the ``anyascii`` library's Unicode-to-ASCII table (version pinned in uv.lock), applied
letter by letter, with the apostrophes it writes for the soft and hard signs removed. It gives
readable forms such as Бәйменов -> Baymenov, Ізмұхамбетов -> Izmukhambetov, Құлекеев ->
Qulekeev. These are *not* the official passport spellings (the roster in data/raw/public
gives those where a source does); they are a reproducible key for readers who do not read
Cyrillic.
"""

from __future__ import annotations

from anyascii import anyascii

SCHEME = "anyascii (Unicode to ASCII), soft/hard-sign apostrophes dropped"


def latin(text: str) -> str:
    """Return the Latin form of ``text`` under :data:`SCHEME`.

    >>> latin("Ә. Бәйменов")
    'A. Baymenov'
    >>> latin("К. Гринько")
    'K. Grinko'
    """
    if not isinstance(text, str):
        raise TypeError(f"latin() takes a str, not {type(text).__name__}")
    return anyascii(text).replace("'", "").replace('"', "")
