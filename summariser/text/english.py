"""Words of English written in lower case (english.txt.gz, ~69,000 words).

The lower-case entries of the SCOWL word lists (Debian's wbritish and wamerican) and of
lemminflect's lemma tables; words a dictionary writes only with a capital ("London",
"British") are not in it, so a capitalised word that is not in it is a name whatever its
position. Shared by the engines that tell names from words: the checker (a claim written in
lower case) and the actor finder (a word capitalised only because it opens a sentence).
tools/english_words.py regenerates it; WORD_LISTS_NOTICE.txt holds its sources' notices.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


@cache
def packaged_words(package: str, name: str) -> dict[str, None]:
    """The words of a gzipped word list shipped in ``package`` (loaded once), as the keys of a
    dict: asked the same questions as a set (``in``, ``set.difference``, ``keys().isdisjoint``),
    but a dict of strings is no container the cyclic garbage collector tracks, while it walks
    every entry of a set (here some 105,000 words) at each of its full collections."""
    data = resources.files(package).joinpath(name).read_bytes()
    return dict.fromkeys(gzip.decompress(data).decode("utf-8").split())


@cache
def english_words() -> dict[str, None]:
    """The word list (loaded once, on first use)."""
    return packaged_words("summariser.text", "english.txt.gz")


def is_english(norm: str) -> bool:
    """Whether the lower-cased word is a word of English written in lower case."""
    return norm in english_words()
