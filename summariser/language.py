"""Does a text read as English? The deterministic engines (sentences, names, dates, speakers) are
built for English; on another language they split at "12. März" and read every capitalised
noun as a name, so the commands say so in one line.

The test is English's own closed class: articles, pronouns, prepositions, conjunctions and
auxiliaries make up a large part of any English running text whatever its subject (a third or
more of the words of a news article), and few of them are words of other languages. A text
where they are rare is not English, or not prose (a table, a list of names).
"""

from __future__ import annotations

import re

# The commonest English function words, less those that are common words of German, French,
# Spanish, Italian or Dutch too ("a", "in", "an", "was", "will", "he", "so", "die").
FUNCTION_WORDS = frozenset(
    """
    the of and to is that for it with as be by on at this had not are but from or have his
    they which were their has been would there we what when who more its she her about than
    into could also after over these those our said says
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
MIN_WORDS = 40  # shorter texts (a headline, a line of claims) say too little either way
# English news: 0.18 at the lowest; German, French...: 0.03 at most (BENCHMARKS.md)
MIN_SHARE = 0.12

_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> tuple[float, int]:
    """(share of the words that are English function words, number of words)."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    return sum(word in FUNCTION_WORDS for word in words) / len(words), len(words)


def reads_as_english(text: str) -> bool:
    """False when a text long enough to tell has few of English's function words."""
    share, count = english_share(text)
    return count < MIN_WORDS or share >= MIN_SHARE
