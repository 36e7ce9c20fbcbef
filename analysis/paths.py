"""Where things live, resolved from the package (never from the working directory)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
RAW = DATA / "raw"
#: Processed tables. ``KURULTAI_PROCESSED_DIR`` overrides it (the tests point it at a
#: temporary folder so that they never touch data/processed).
PROCESSED = Path(os.environ.get("KURULTAI_PROCESSED_DIR", DATA / "processed"))
BOOK = ROOT / "book"
#: The shared folder beside the checkout (seeds and public facts); only for provenance checks.
SHARED = ROOT.parent / "shared"

#: The article's full text (the "seed"), whose line numbers the raw data's ``locator`` cites.
#: It is not redistributed with the package (README, "Data availability"): the package looks
#: for it at ``$KURULTAI_ARTICLE_TEXT`` when that is set, otherwise at :data:`DEFAULT_ARTICLE`.
ARTICLE_TEXT_ENV = "KURULTAI_ARTICLE_TEXT"
ARTICLE_SEED = "000_a46ed8cb280de15a.txt"
DEFAULT_ARTICLE = SHARED / "seeds" / ARTICLE_SEED


def article_text() -> Path | None:
    """The article's text file, or ``None`` when it is not available.

    ``$KURULTAI_ARTICLE_TEXT`` (a path to the text file) wins when it is set and not empty,
    and is then the only place looked at; otherwise ``../shared/seeds/000_a46ed8cb280de15a.txt``
    beside the checkout (:data:`DEFAULT_ARTICLE`). The environment is read at each call.
    """
    configured = os.environ.get(ARTICLE_TEXT_ENV, "").strip()
    path = Path(configured).expanduser() if configured else DEFAULT_ARTICLE
    return path if path.is_file() else None


def seed_text(name: str) -> Path | None:
    """A seed text by file name, or ``None`` when it is not available.

    The article (:data:`ARTICLE_SEED`) is found by :func:`article_text`. The other seeds
    (``002_047f29c1118dd147.txt``, the source of ``data/raw/context``) are looked for in the
    same folder as the article's text: the folder of ``$KURULTAI_ARTICLE_TEXT`` when it is
    set, otherwise ``../shared/seeds/``.
    """
    if name == ARTICLE_SEED:
        return article_text()
    configured = os.environ.get(ARTICLE_TEXT_ENV, "").strip()
    folder = Path(configured).expanduser().parent if configured else DEFAULT_ARTICLE.parent
    path = folder / name
    return path if path.is_file() else None


def seed_missing_reason(name: str = ARTICLE_SEED) -> str:
    """Why :func:`seed_text` found nothing for ``name``, and how to provide the text."""
    configured = os.environ.get(ARTICLE_TEXT_ENV, "").strip()
    if name == ARTICLE_SEED:
        where = (
            f"{ARTICLE_TEXT_ENV}={configured} is not a file"
            if configured
            else f"{ARTICLE_TEXT_ENV} is not set and {DEFAULT_ARTICLE} does not exist"
        )
        return (
            f"the article's text ({ARTICLE_SEED}) is not available: {where}; set "
            f"{ARTICLE_TEXT_ENV} to the path of the text file, or put it at {DEFAULT_ARTICLE} "
            "(README.md, section 'Data availability')"
        )
    folder = Path(configured).expanduser().parent if configured else DEFAULT_ARTICLE.parent
    return (
        f"the seed text {name} is not available: it is looked for beside the article's text, "
        f"and {folder / name} does not exist; put it there (README.md, section "
        "'Data availability')"
    )


def relative(path: Path) -> str:
    """Return ``path`` relative to the repository root when it lies inside it (for messages)."""
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return Path(path).as_posix()


def raw_label(path: str) -> str:
    """How messages name a raw table: ``data/raw/<path>`` whatever folder it was read from."""
    return f"data/raw/{path}"
