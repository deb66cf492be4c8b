"""Words of English written in lower case: what a claim in lower case can say without a name.

A summary written all in lower case has lost the capitals that mark its names, so a name the
article lacks ("frida ghitis") reads as an ordinary word. A word that is neither in the article
nor a word of English is such a name (or a misspelling: either way a fact the article does not
give). The list (english.txt.gz, ~69,000 words) is the lower-case entries of the SCOWL word
lists (Debian's wbritish and wamerican) and of lemminflect's lemma tables; words a dictionary
writes only with a capital ("London", "British") are not in it. tools/english_words.py
regenerates it.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


@cache
def _words() -> frozenset[str]:
    data = resources.files("summariser.checker").joinpath("english.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def is_english(norm: str) -> bool:
    """Whether the lower-cased word is a word of English written in lower case."""
    return norm in _words()
