"""Words that can be verbs, adjectives or adverbs: the words a paraphrase rewords.

A claim in its own words keeps the article's people, things and numbers and rewords what they
did ("lost" for "defeats by", "fled" for "left"); a noun or name the article lacks is new
matter. The list (predicates.txt.gz, ~36,000 words) comes from lemminflect's English lemma
tables; tools/predicate_words.py regenerates it.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


@cache
def packaged_words(name: str) -> frozenset[str]:
    """The words of a gzipped word list shipped beside this module (loaded once)."""
    data = resources.files("summariser.checker").joinpath(name).read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def is_predicate(norm: str) -> bool:
    """Whether the lower-cased word can be a verb, an adjective or an adverb."""
    return norm in packaged_words("predicates.txt.gz")
