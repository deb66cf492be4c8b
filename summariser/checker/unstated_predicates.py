"""A claim that tells of the article's names what the article never says of them.

Retrieval weighs names most, and a word the article lacks only half (most often it is the
journalist's rewording), so "Jana Novakova was arrested" against an article that only reports
her speech scores like a paraphrase. Here a claim whose names its evidence has, but none of
whose other words (numbers, calendar and reporting words aside) its evidence or the sentences
around it state in any wording, is not supported.

A word is stated in another wording when the evidence window has one of its relatives in
WordNet (relatives.txt.gz: the same synset, a phrasal form, a derived form, a hypernym one step
up: "resigned" / "stepped down" / "quit", "gunned down" / "shot"), or the
converse of a predicate of the checker's converse families ("beat" / "lost to").
tools/predicate_relatives.py regenerates the table.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from functools import cache
from importlib import resources

from ..report import FlagCode
from .converses import family_stems
from .features import NUM, Tok, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import CALENDAR, REPORTING_VERBS, TIME_NOUNS
from .prepare import PreparedArticle
from .support import Support

# Words that say nothing of what a name did: reporting verbs and time words.
_ASIDE = REPORTING_VERBS | CALENDAR | TIME_NOUNS


class _Relatives:
    """The table: each synset's words, and for each stem the synsets it is a word of."""

    def __init__(self, text: str) -> None:
        self.groups: list[frozenset[str]] = []
        self.words: list[tuple[str, ...]] = []
        self.member_of: dict[str, list[int]] = defaultdict(list)
        for line in text.splitlines():
            members, _, related = line.partition(" | ")
            k = len(self.groups)
            words = members.split()
            self.groups.append(frozenset(words + related.split()))
            self.words.append(tuple(words))
            for word in words:
                self.member_of[word].append(k)

    def of(self, stem: str) -> frozenset[str]:
        """The stems that reword ``stem`` (empty for a word the table lacks)."""
        found = self.member_of.get(stem)
        if not found:
            return frozenset()
        return frozenset().union(*(self.groups[k] for k in found))


@cache
def _relatives() -> _Relatives:
    data = resources.files("summariser.checker").joinpath("relatives.txt.gz").read_bytes()
    return _Relatives(gzip.decompress(data).decode("utf-8"))


def relatives_of(stem: str) -> frozenset[str]:
    """The stems that reword ``stem`` in WordNet (relatives.txt.gz)."""
    return _relatives().of(stem)


def synonyms_of(stem: str) -> frozenset[str]:
    """The stems that share a synset with ``stem`` in WordNet (its lines' own words, not their
    rewordings: empty for a word that is no verb, adjective or adverb of the table)."""
    table = _relatives()
    return frozenset(w for k in table.member_of.get(stem, ()) for w in table.words[k])


def _predicate_words(view: ClaimView, outside: list[int]) -> list[int]:
    """Of the words ``outside``, those in no number or date ("50 billion", "next week")."""
    skip = {k for m in view.mentions for k in range(m.i, m.j)}
    skip.update(k for d in view.dates for k in range(d.i, d.j))
    return [k for k in outside if k not in skip]


def stated(t: Tok, window: frozenset[str]) -> bool:
    """Whether the window's stems state the claim word ``t`` in some wording."""
    keys = {t.stem, verb_key(t)}
    if not window.isdisjoint(keys) or not window.isdisjoint(family_stems(t.norm)):
        return True
    table = _relatives()
    if any(not window.isdisjoint(table.of(key)) for key in keys):
        return True
    # (the relation read from the evidence's side: its word's synset holds the claim's)
    return any(not keys.isdisjoint(table.of(stem)) for stem in window)


def unstated_predicate_findings(
    view: ClaimView, art: PreparedArticle, sup: Support
) -> list[Finding]:
    """A doubt when the evidence has the claim's names but none of its other words."""
    toks = view.toks
    if not (view.names or view.opening) or not sup.sids:
        return []
    in_names = {k for i, j in view.names for k in range(i, j)}
    if view.opening:  # ("Holland beat Spain": its first word alone is a name)
        in_names.add(0)
    names = {toks[k].stem for k in in_names if toks[k].content}
    outside = [
        k
        for k, t in enumerate(toks)
        if t.content and k not in in_names and t.kind != NUM and t.norm not in _ASIDE
    ]
    # (most claims leave here: the evidence has a word of theirs besides the names)
    if not names or not names <= sup.covered or any(toks[k].stem in sup.covered for k in outside):
        return []
    words = _predicate_words(view, outside)
    window = frozenset().union(*(art.sentences[w].stems for w in sup.window))
    if not words or any(stated(toks[k], window) for k in words):
        return []
    first, last = toks[words[0]], toks[words[-1]]
    said = ", ".join(repr(toks[k].norm) for k in words[:5])
    msg = f"The evidence has the claim's names but states none of what it says of them ({said})."
    return [Finding(FlagCode.LOW_SUPPORT, msg, first.start, last.end, P_CONTRADICTION)]
