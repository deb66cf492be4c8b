"""Words that can be verbs, adjectives or adverbs: the words a paraphrase rewords.

A claim in its own words keeps the article's people, things and numbers and rewords what they
did ("lost" for "defeats by", "fled" for "left"); a noun or name the article lacks is new
matter. The list (predicates.txt.gz, ~36,000 words) comes from lemminflect's English lemma
tables; tools/predicate_words.py regenerates it.
"""

from __future__ import annotations

from functools import cache

from ..text.english import packaged_words


@cache
def _predicates() -> dict[str, None]:
    return packaged_words("summariser.checker", "predicates.txt.gz")


def is_predicate(norm: str) -> bool:
    """Whether the lower-cased word can be a verb, an adjective or an adverb."""
    return norm in _predicates()
