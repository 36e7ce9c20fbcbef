"""Latin forms of Kazakh (Cyrillic) names, and matching of printed name variants.

Latin scheme: the ``anyascii`` library's Unicode-to-ASCII table (version pinned in uv.lock),
applied letter by letter, with the apostrophes it writes for the soft and hard signs removed.
It gives readable forms such as Бәйменов -> Baymenov, Ізмұхамбетов -> Izmukhambetov,
Құлекеев -> Qulekeev. These are *not* the official passport spellings (the roster in
data/raw/public gives those where a source does); they are a reproducible key for readers who
do not read Cyrillic.

Name variants: Table 3 of the article prints names inside Kazakh sentences, so a surname
carries case endings (Байменовты, Зәкиеваны, Илеуовамен) and sometimes a spelling variant
(Байменов beside Бәйменов). :func:`case_ending` decides whether a printed form is the
registry's nominative name plus one known ending, after :func:`name_key` has normalised
spacing, letter case and the ә/а variant.
"""

from __future__ import annotations

import re

from anyascii import anyascii

SCHEME = "anyascii (Unicode to ASCII), soft/hard-sign apostrophes dropped"

#: Endings a surname takes in Table 3's sentences: accusative (-ты/-ті/-ды/-ді/-ны/-ні, -н
#: after a vowel), instrumental "with" (-мен/-пен/-бен), and the Russian-style accusative -а
#: of a consonant-final surname (Ю. Шина for Ю. Шин, line 586). The empty ending is the
#: nominative itself.
CASE_ENDINGS = ("", "ты", "ті", "ды", "ді", "ны", "ні", "н", "мен", "пен", "бен", "а")
#: Spelling variants the article mixes within one name: ә printed as а (Бәйменов/Байменов).
_FOLD = str.maketrans({"ә": "а"})


def latin(text: str) -> str:
    """Return the Latin form of ``text`` under :data:`SCHEME`.

    >>> latin("Ә. Бәйменов")
    'A. Baymenov'
    >>> latin("К. Гринько")
    'K. Grinko'

    Raises ``TypeError`` when ``text`` is not a ``str`` (e.g. a missing value).
    """
    if not isinstance(text, str):
        raise TypeError(f"latin() takes a str, not {type(text).__name__}")
    return anyascii(text).replace("'", "").replace('"', "")


def name_key(name: str) -> str:
    """Normalised form of a printed name, for comparing variants.

    One space after the initial's dot, surrounding and repeated spaces removed, lower case,
    ә folded into а.

    >>> name_key("Б.Ізмұхамбетовты")
    'б. ізмұхамбетовты'
    >>> name_key("Ә. Байменовты") == name_key("Ә. Бәйменовты")
    True
    """
    if not isinstance(name, str):
        raise TypeError(f"name_key() takes a str, not {type(name).__name__}")
    text = re.sub(r"\.\s*", ". ", name.strip())
    text = re.sub(r"\s+", " ", text).strip()
    return text.lower().translate(_FOLD)


def case_ending(printed: str, nominative: str) -> str | None:
    """The case ending that turns ``nominative`` into ``printed``, or ``None``.

    Returns ``""`` when the two are the same name (after :func:`name_key`), one of
    :data:`CASE_ENDINGS` when ``printed`` is the nominative plus that ending, and ``None``
    when ``printed`` is not a form of ``nominative`` (other initial, other surname, or an
    unknown ending).

    >>> case_ending("Ә. Байменовты", "Ә. Бәйменов")
    'ты'
    >>> case_ending("Г. Илеуовамен", "Г. Илеуова")
    'мен'
    >>> case_ending("Д. Қадыров", "Р. Қадыр") is None
    True
    """
    p, n = name_key(printed), name_key(nominative)
    if not p.startswith(n):
        return None
    rest = p[len(n) :]
    return rest if rest in CASE_ENDINGS else None
