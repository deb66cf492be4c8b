"""Finding the sentences that best support a claim, and how much of the claim they cover.

Retrieval is an IDF-weighted vote through the article's inverted index: the best sentence, then
up to MAX_EXTRA more that cover what is still uncovered. A further sentence must earn its place:
an adjacent one (claims often fuse neighbouring sentences) needs one uncovered word, a distant one
two - so a single swapped name is not "supported" by a far-away sentence that happens to hold it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from .aliases import expansion, is_acronym, written_in_full
from .common_acronyms import spelt_in_words
from .features import Tok
from .genitives import PREPOSITIONS as _PREPOSITIONS
from .genitives import reversed_modifiers
from .predicates import is_predicate
from .prepare import PreparedArticle, content_bigrams
from .units import UNIT_STEMS, unit_given

logger = logging.getLogger(__name__)

_NORM = attrgetter("norm")

MAX_EXTRA = 2  # sentences beyond the best one
DISTANT_MIN_WORDS = 2  # uncovered content words a non-adjacent sentence must add
# A verb, adjective or adverb the article lacks is most often the rewording of a predicate it
# has ("lost" for "defeats by"); a noun or name it lacks is new matter. The first weighs less.
W_REWORDED = 0.5
WINDOW = 1  # neighbours of the chosen sentences that the entity/number/date tests also accept


class Support(NamedTuple):
    """The evidence chosen for one claim sentence and its lexical fit (a NamedTuple: one is
    made per claim sentence, and a frozen dataclass costs more to make)."""

    sids: tuple[int, ...]  # chosen sentences, in article order
    window: tuple[int, ...]  # chosen sentences and their neighbours
    covered: frozenset[str]  # the claim's content stems that the chosen sentences contain
    coverage: float  # IDF-weighted share of the claim's content stems in the chosen sentences
    doc_coverage: float  # the same against the whole article
    bigram_precision: float  # share of the claim's adjacent content pairs found in the article

    def in_window(self, art: PreparedArticle, stem: str) -> bool:
        """Whether a chosen sentence or a neighbour of one contains ``stem``."""
        return any(stem in art.sentences[w].stems for w in self.window)


def _best(
    scores: dict[int, float], counts: dict[int, int], eligible: set[int] | None
) -> int | None:
    """The highest-scoring sentence; ties go to more words, then to the earlier sentence."""
    pool = scores if eligible is None else eligible
    if not pool:
        return None
    return max(pool, key=lambda sid: (scores[sid], counts[sid], -sid))


def find_support(
    art: PreparedArticle,
    toks: list[Tok],
    *,
    seeds: tuple[int, ...] = (),
    names: Sequence[tuple[int, int]] = (),
    text: str = "",
) -> Support:
    """Choose supporting sentences for a claim sentence's tokens and measure the fit.

    ``seeds`` are sentences already known to be evidence (those holding the claim's aligned
    quotes in evidence mode); retrieval then only adds sentences for what they leave uncovered.
    A name of the claim (token ranges ``names``) that the evidence gives by its last word and the
    article writes in full is covered whole (see ``aliases.written_in_full``), and so is an
    acronym (in the claim's ``text``) of a name that the evidence spells out ("EU" for "European
    Union").
    """
    # Words absent from the article weigh most: they are the mark of invented detail.
    by_count, index = art.idf_by_count, art.index
    weights: dict[str, float] = {}
    postings: dict[str, tuple[int, ...]] = {}  # (each stem's, asked of the index once)
    for t in toks:
        if t.content and t.stem not in weights:
            posted = postings[t.stem] = index.get(t.stem, ())
            found = len(posted)
            weights[t.stem] = by_count[found] * (
                W_REWORDED if not found and is_predicate(t.norm) else 1.0
            )
    sentences = art.sentences
    chosen: list[int] = sorted(set(seeds))
    covered: set[str] = set()
    if chosen:
        covered.update(s for s in weights if any(s in sentences[i].stems for i in chosen))
    # The stems that can still vote, in claim order: a stem the article lacks is in no sentence,
    # and a covered one votes no more.
    voters = [(s, w, postings[s]) for s, w in weights.items() if postings[s] and s not in covered]
    for _ in range(MAX_EXTRA + (0 if chosen else 1)):
        scores: defaultdict[int, float] = defaultdict(float)
        counts: defaultdict[int, int] = defaultdict(int)
        for _s, w, posted in voters:
            for sid in posted:
                scores[sid] += w
                counts[sid] += 1
        for sid in chosen:
            scores.pop(sid, None)
        if not scores:
            break
        if chosen:
            near = {c + d for c in chosen for d in (-1, 1)}
            eligible = {sid for sid in scores if counts[sid] >= DISTANT_MIN_WORDS or sid in near}
            pick = _best(scores, counts, eligible)
        else:
            pick = _best(scores, counts, None)
        if pick is None:
            break
        chosen.append(pick)
        stems = sentences[pick].stems
        covered.update(s for s in weights if s in stems)
        voters = [v for v in voters if v[0] not in stems]
    for i, j in names:
        whole = [t.stem for t in toks[i:j] if t.content]
        # (the run is searched for only when it would add something)
        last_given = toks[j - 1].stem in covered and not covered.issuperset(whole)
        if last_given and written_in_full(toks[i:j], art):
            covered.update(whole)
    for t in toks if text and len(covered) < len(weights) else ():
        if t.stem in weights and t.stem not in covered and is_acronym(text[t.start : t.end]):
            spelt = expansion(text[t.start : t.end], art) or spelt_in_words(
                text[t.start : t.end], art
            )
            if spelt and any(spelt <= sentences[c].stems for c in chosen):
                covered.add(t.stem)
    # ("the 4km ride" for "the four kilometres": a unit the chosen sentences write otherwise)
    if len(covered) < len(weights) and not UNIT_STEMS.isdisjoint(weights.keys() - covered):
        held = [sentences[c].toks for c in chosen]
        covered.update(
            t.stem
            for k, t in enumerate(toks)
            if t.stem in weights and t.stem not in covered and unit_given(toks, k, held)
        )
    chosen.sort()
    n = len(sentences)
    window = sorted({w for c in chosen for w in range(max(0, c - WINDOW), min(n, c + WINDOW + 1))})
    total = sum(weights.values())
    if total > 0:
        # Summed in claim order, not set order: the score must not depend on hash seeds.
        coverage = sum(compress(weights.values(), map(covered.__contains__, weights))) / total
        doc = art.stems
        doc_coverage = sum(compress(weights.values(), map(doc.__contains__, weights))) / total
    else:
        coverage = doc_coverage = 1.0
    pairs = content_bigrams(toks, gap=1)
    hits = art.bigram_hits(pairs)
    if not _PREPOSITIONS.isdisjoint(map(_NORM, toks)):  # ("permission from Surrey")
        hits += len(reversed_modifiers(toks, art, chosen) & pairs)
    return Support(
        sids=tuple(chosen),
        window=tuple(window),
        covered=frozenset(covered),
        coverage=coverage,
        doc_coverage=doc_coverage,
        bigram_precision=hits / len(pairs) if pairs else 1.0,
    )
