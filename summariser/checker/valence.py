"""Words of opposite valence: "IG Metall welcomed the cuts" where the article has "criticised
the cuts", "a weak economy" for "a strong economy". Most such pairs are no antonyms in WordNet,
but a rewording keeps whether a thing is told as good or bad; one word turned from clearly good
to clearly bad (or back) in the same slot says something else.

The valences are VADER's lexicon (valence.txt.gz, ~7,200 words rated by ten people from -4 to
+4; tools/valence_words.py regenerates it). A word counts when it is at least STRONG away from
neutral, so mildly coloured words ("top" +0.8, "serious" -0.3) never do.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

from .features import Tok, stem

STRONG = 1.0  # a full point from neutral on the nine-point scale


@cache
def _valences() -> dict[str, float]:
    """Word -> valence; a stem too, when every listed form of it leans the same way."""
    data = resources.files("summariser.checker").joinpath("valence.txt.gz").read_bytes()
    words: dict[str, float] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        word, rating = line.split()
        words[word] = float(rating)
    by_stem: dict[str, list[float]] = {}
    for word, value in words.items():
        by_stem.setdefault(stem(word), []).append(value)
    for key, values in by_stem.items():
        if key not in words and (all(v > 0 for v in values) or all(v < 0 for v in values)):
            words[key] = sum(values) / len(values)
    return words


def _valence(t: Tok) -> float:
    table = _valences()
    found = table.get(t.norm)
    return table.get(t.stem, 0.0) if found is None else found


def leaning(t: Tok) -> int:
    """1 for a clearly good word, -1 for a clearly bad one, 0 otherwise."""
    value = _valence(t)
    return 0 if abs(value) < STRONG else (1 if value > 0 else -1)


def opposed(mine: Tok, theirs: Tok) -> bool:
    """Whether one word is clearly good and the other clearly bad."""
    if mine.stem == theirs.stem:
        return False
    lean = leaning(mine)
    return lean != 0 and leaning(theirs) == -lean
