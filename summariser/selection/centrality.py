"""How much of the article a sentence speaks for: LexRank over TF-IDF sentence similarity.

A sentence that shares its content words with many other sentences, which in turn share theirs
with many others, states what the article keeps coming back to (Erkan & Radev, 2004). Word
weights are TF-IDF within the article, so words every sentence uses count for little.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Function words carry no topic; they would make every pair of sentences look alike.
_STOPWORD_LIST = """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours out over own said same say says she should so some such than that the
    their theirs them then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself
"""
_STOPWORDS = frozenset(_STOPWORD_LIST.split())
# The PageRank damping factor: the chance a random reader follows a similarity link rather
# than jumping to any sentence; 0.85 is the customary value for LexRank and PageRank.
_DAMPING = 0.85
_ITERATIONS = 50
_TOLERANCE = 1e-6  # far below any difference that changes which sentence ranks first


def content_words(text: str) -> list[str]:
    """Lower-cased content words with a light plural/possessive fold ("talks" ~ "talk")."""
    words = []
    for raw in _WORD.findall(text.lower()):
        word = raw.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if word in _STOPWORDS or not word:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.append(word)
    return words


def tfidf_vectors(texts: Sequence[str]) -> list[dict[str, float]]:
    """One unit-length TF-IDF vector per text, IDF taken over the texts themselves."""
    bags = [Counter(content_words(t)) for t in texts]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(texts)
    vectors = []
    for bag in bags:
        vec = {w: tf * math.log((n + 1) / df[w]) for w, tf in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        vectors.append({w: v / norm for w, v in vec.items()} if norm else {})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def similarity_matrix(vectors: Sequence[dict[str, float]]) -> list[list[float]]:
    n = len(vectors)
    sim = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            sim[i][j] = sim[j][i] = cosine(vectors[i], vectors[j])
    return sim


def lexrank(sim: Sequence[Sequence[float]]) -> list[float]:
    """Continuous LexRank scores (they sum to 1) from a symmetric similarity matrix."""
    n = len(sim)
    if n == 0:
        return []
    sums = [sum(row) for row in sim]
    # Who links to i, and with what share of their links (only the links that exist).
    inbound = [
        [(j, sim[j][i] / sums[j]) for j in range(n) if sim[j][i] and sums[j]] for i in range(n)
    ]
    scores = [1.0 / n] * n
    for _ in range(_ITERATIONS):
        updated = [
            (1 - _DAMPING) / n + _DAMPING * sum(scores[j] * share for j, share in links)
            for links in inbound
        ]
        total = sum(updated)
        updated = [s / total for s in updated]
        converged = max(abs(a - b) for a, b in zip(updated, scores, strict=True)) < _TOLERANCE
        scores = updated
        if converged:
            break
    return scores
