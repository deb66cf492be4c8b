"""Pronoun and nominal sources resolved to the nearest safe named antecedent."""

from __future__ import annotations

import bisect
import logging
from itertools import compress, islice
from operator import eq

from summariser.attribution.lexicon import words
from summariser.attribution.model import Found
from summariser.attribution.segment import Doc

logger = logging.getLogger(__name__)

PERSONAL = frozenset({"he", "she", "him", "his", "her"})
GROUP = frozenset({"they", "their", "it", "its", "we", "i", "you", "who", "which", "that"})
_WINDOW = 6  # sentences: beyond this a pronoun's referent is no longer safe to guess
# Capitalised words that make a name an organisation or place, never a "he" or "she".
_ORGANISATION = words(
    """
    house states council department committee party union ministry office agency court congress
    senate times post news university institute center centre bank company corp inc group
    association coalition commission fund service army forces foundation nations kingdom
    republic street city county campaign administration network press journal television
    """
)
_GENERIC_HEADS = frozenset({"the", "a", "an", "this", "that"})


def is_named(text: str) -> bool:
    """Whether a source names someone: it has a capitalised word beyond a leading article."""
    words = text.split()
    return any(w[:1].isupper() for w in words if w.lower() not in _GENERIC_HEADS)


def person_mentions(doc: Doc, *, stop: int | None = None) -> list[tuple[int, int, str]]:
    """(char start, sentence, text) of person-like names: 'Olaf Scholz', 'Mr. Bown'; only those
    starting before token ``stop`` when given."""
    mentions: list[tuple[int, int, str]] = []
    words = doc.words
    lowers = doc.lowers
    quoted = doc.quoted
    count = len(words)
    stop = count if stop is None else stop
    # A name is a run of two or more consecutive capitalised (alphabetic) tokens that starts
    # outside quotation marks; a run's later words start no run of their own. Only a
    # capitalised token followed by another can start one: those are found in C-level passes
    # (over one token more than ``stop``, to see whether the last before it is followed).
    limit = min(stop + 1, count)
    capitals = list(compress(range(limit), map(str.isupper, islice(doc.firsts, limit))))
    pairs = compress(capitals, map(eq, map((1).__add__, capitals), islice(capitals, 1, None)))
    end = 0  # tokens before this belong to a run already read
    for i in pairs:
        if i >= stop:
            break
        if i < end or quoted[i]:
            continue
        j = i
        while j < count and words[j][0].isupper() and words[j][0].isalpha():
            j += 1
        end = max(j, i + 1)
        if j - i >= 2 and _ORGANISATION.isdisjoint(lowers[i:j]):
            text = doc.text[doc.starts[i] : doc.ends[j - 1]]
            mentions.append((doc.starts[i], doc.sentence_of(i), text))
    return mentions


def resolve(found: list[Found], doc: Doc) -> list[str | None]:
    """For each find (in text order): the named source it stands for, or None."""
    text = doc.text
    sources = [
        None if item.source is None else text[item.source[0] : item.source[1]] for item in found
    ]
    lows = [None if source is None else source.lower() for source in sources]
    # Only pronouns look names up: found once, before the last of them.
    pronouns = [
        item.source[0]
        for item, low in zip(found, lows, strict=True)
        if item.source is not None and item.antecedent is None and low in PERSONAL
    ]
    mentions = (
        person_mentions(doc, stop=bisect.bisect_left(doc.starts, pronouns[-1])) if pronouns else []
    )
    starts = [m[0] for m in mentions]
    resolved: list[str | None] = []
    # (sentence, text, lower-cased words) of named sources so far
    named: list[tuple[int, str, frozenset[str]]] = []
    for item, source, low in zip(found, sources, lows, strict=True):
        if item.source is None or source is None or low is None:  # (one test; three for mypy)
            resolved.append(None)
            continue
        answer: str | None = None
        if item.antecedent is not None:
            antecedent = text[item.antecedent[0] : item.antecedent[1]]
            answer = antecedent if is_named(antecedent) else None
        elif low in PERSONAL:
            k = bisect.bisect_left(starts, item.source[0]) - 1
            if k >= 0 and item.sentence - mentions[k][1] <= _WINDOW:
                answer = mentions[k][2]
        elif low in GROUP:
            answer = None
        elif is_named(source):
            answer = source
            named.append((item.sentence, source, frozenset(low.split())))
        else:
            answer = _nominal(named, item.sentence, low)
        resolved.append(answer)
    return resolved


def _nominal(named: list[tuple[int, str, frozenset[str]]], sentence: int, low: str) -> str | None:
    """'the president' -> the latest named source whose words include 'President'."""
    words = low.split()
    if not words or words[0] not in {"the", "this"} or len(words) > 3:
        return None
    head = words[-1]
    for number, text, lowered in reversed(named):
        if sentence - number > _WINDOW:
            return None
        if head in lowered:
            return text
    return None
