"""The claim sentence aligned with its evidence sentences, token by token.

Binding tests read slots off these alignments (longest common blocks, so paraphrase,
reordering and dropped clauses leave the copied stretches aligned): which supporting sentences
to align, and whether the claim is a plain copy of one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress, pairwise
from operator import attrgetter

from .align import Alignment
from .features import NUM, Tok
from .flags import ClaimView
from .prepare import PreparedArticle
from .support import Support

_CONTENT = attrgetter("content")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_NORM = attrgetter("norm")
MIN_ALIGNED = 0.5  # share of the claim's content tokens the evidence sentence must align


def alignments(view: ClaimView, art: PreparedArticle, sup: Support) -> list[tuple[int, Alignment]]:
    """The supporting sentences to read slots off, each with its token match to the claim: the
    one sharing most of the claim's content words, and the one sharing most of its word pairs
    (a copy with one name changed may share more words with a sentence that holds that name
    than with its own). Each must align at least MIN_ALIGNED of the claim. (Made once a view:
    the binding tests, the courses and the undergoers read the same.)"""
    return view.aligned(art, sup, lambda: _alignments(view, art, sup))


def _alignments(view: ClaimView, art: PreparedArticle, sup: Support) -> list[tuple[int, Alignment]]:
    toks = view.toks
    stems = {t.stem for t in toks if t.content}
    if not sup.sids or not stems:
        return []
    sids = [max(sup.sids, key=lambda s: (len(stems & art.sentences[s].stems), -s))]
    if len(sup.sids) > 1:
        pairs = set(pairwise(t.norm for t in toks))

        def in_order(s: int) -> tuple[int, int]:
            return len(pairs.intersection(art.sentences[s].norm_pairs)), -s

        best = max(sup.sids, key=in_order)
        if in_order(best)[0] > in_order(sids[0])[0]:
            sids.append(best)
    out = []
    mine = list(map(_NORM, toks))
    contents = list(map(_CONTENT, toks))
    # A claim whose subject is a pronoun names fewer things: its names are the values the slot
    # tests compare, and what it copies is the rest ("She studied under Paul Laurent").
    named = sum(contents[k] for i, j in view.names for k in range(i, j))
    if named and toks[0].norm in _PRONOUNS:
        needed = MIN_ALIGNED * max(1, sum(contents) - named)
    else:
        needed = MIN_ALIGNED * sum(contents)
    for sid in sids:
        sent = art.sentences[sid]
        # Only a content word the sentence has can align: too few of them, and the alignment
        # cannot reach MIN_ALIGNED (a third of the sentences tried fall short).
        if sum(map(sent.norms.__contains__, compress(mine, contents))) < needed:
            continue
        theirs = sent.cols.norms
        matcher = Alignment(_backshifted(mine, theirs), theirs)
        aligned = sum(sum(contents[a : a + size]) for a, _, size in matcher.get_matching_blocks())
        if aligned >= needed:
            out.append((sid, matcher))
    return out


def copied_stretches(
    view: ClaimView, art: PreparedArticle, sup: Support, *, least: int
) -> Iterator[tuple[int, int, int, int]]:
    """Each stretch of ``least`` tokens or more, a content word that is no number among them,
    that the claim copies from a supporting sentence: the sentence, where the stretch starts in
    the claim and in the sentence, and its size."""
    for sid, matcher in alignments(view, art, sup):
        for a, b, size in matcher.get_matching_blocks():
            if size >= least and any(t.content and t.kind != NUM for t in view.toks[a : a + size]):
                yield sid, a, b, size


def verbatim(view: ClaimView, art: PreparedArticle, sup: Support) -> bool:
    """Whether the claim's tokens occur in a row in one supporting sentence, keeping its commas
    (a plain copy: no slot can differ; "Ben Lane said" out of "who had tried to reach Ben Lane,
    said" joins words the article keeps apart)."""
    mine = view.spaced
    for s in sup.sids:
        sent = art.sentences[s]
        at = sent.spaced.find(mine)
        if at >= 0 and _commas_kept(view, art, sent.toks, sent.spaced.count(" ", 0, at)):
            return True
    return False


def _commas_kept(view: ClaimView, art: PreparedArticle, ev: Sequence[Tok], first: int) -> bool:
    """Whether the claim keeps each comma between the evidence tokens it copies from ``first``."""
    toks = view.toks
    for k in range(1, len(toks)):
        e = first + k
        ours = view.text[toks[k - 1].end : toks[k].start]
        if "," in art.text[ev[e - 1].end : ev[e].start] and "," not in ours:
            return False
    return True


def whole_copy(view: ClaimView, art: PreparedArticle, sup: Support) -> bool:
    """Whether the claim sentence is a supporting sentence, word for word: the article says
    just this, so no test of a slot or a polarity can find it saying otherwise."""
    mine = view.spaced
    return any(mine == art.sentences[s].spaced for s in sup.sids)


# A modal and its past: reported speech shifts "will appeal" to "said he would appeal".
_BACKSHIFT = {"will": "would", "can": "could", "shall": "should", "may": "might"}


def _backshifted(mine: list[str], theirs: Sequence[str]) -> list[str]:
    """The claim's words with each modal in the past form the evidence has and its own form
    lacks ("Hayes will not appeal" against "said his client would appeal")."""
    if _BACKSHIFT.keys().isdisjoint(mine):
        return mine
    shifted = {w: p for w, p in _BACKSHIFT.items() if p in theirs and w not in theirs}
    return [shifted.get(w, w) for w in mine] if shifted else mine
