"""Pre-processing an article once: sentences, tokens, an inverted index and document sets.

Open mode checks many claims against one article; everything that depends only on the article is
computed here, once, and cached by the article's text (a small LRU), so a claim costs only its own
tokens plus a few dictionary look-ups.
"""

from __future__ import annotations

import logging
import math
from bisect import bisect_left
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from itertools import compress, count, pairwise
from operator import and_, gt
from threading import Lock

from .features import NEG, Columns, Tok, date_words, make_toks, numbers, token_fields
from .lexicon import MONTHS, WEEKDAYS
from .sentences import split_sentences

logger = logging.getLogger(__name__)

CACHE_SIZE = 64  # articles kept prepared; a batch usually checks one article at a time


@dataclass(frozen=True, slots=True)
class PreparedSentence:
    """One article sentence and the sets the support tests look things up in."""

    start: int
    end: int
    toks: tuple[Tok, ...]
    norms: frozenset[str]
    stems: frozenset[str]
    numbers: tuple[tuple[float, str], ...]  # (value, kind)
    dates: tuple[tuple[str, str], ...]  # (norm, category)
    negations: int
    neg_scope: frozenset[str]  # stems within a negation's reach
    neg_contexts: tuple[tuple[str | None, tuple[str, ...]], ...]  # see flags.neg_context


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article ready for many claims."""

    text: str
    sentences: tuple[PreparedSentence, ...]
    index: dict[str, tuple[int, ...]]  # content stem -> sentence ids
    idf: dict[str, float]
    max_idf: float
    norms: frozenset[str]
    stems: frozenset[str]
    bigrams: frozenset[tuple[str, str]]  # content stems adjacent (or one apart) in a sentence
    numbers: tuple[tuple[float, str], ...]
    dates: frozenset[str]
    name_words: frozenset[str]  # words always capitalised mid-sentence (empty if lowercased)


NEG_REACH = 4  # tokens after a negation cue that it is taken to negate


def negated_stems(toks: tuple[Tok, ...] | list[Tok]) -> frozenset[str]:
    """Content stems that follow a negation cue within NEG_REACH tokens."""
    out: set[str] = set()
    for i, t in enumerate(toks):
        if t.kind != NEG:
            continue
        for u in toks[i + 1 : i + 1 + NEG_REACH]:
            if u.content:
                out.add(u.stem)
    return frozenset(out)


def content_bigrams(toks: tuple[Tok, ...] | list[Tok], *, gap: int) -> set[tuple[str, str]]:
    """Pairs of content stems in order, at most ``gap`` content words apart."""
    seq = [t.stem for t in toks if t.content]
    out: set[tuple[str, str]] = set()
    for k in range(1, gap + 1):
        out.update(zip(seq, seq[k:], strict=False))
    return out


_CALENDAR = MONTHS | WEEKDAYS


def neg_context(toks: tuple[Tok, ...] | list[Tok], c: int) -> tuple[str | None, tuple[str, ...]]:
    """The content stem before a negation cue (within 4 tokens) and up to two after it."""
    prev = next((t.stem for t in reversed(toks[max(0, c - 4) : c]) if t.content), None)
    after = tuple([t.stem for t in toks[c + 1 : c + 6] if t.content][:2])
    return prev, after


def prepare(text: str) -> PreparedArticle:
    """Prepare ``text`` (no cache; see ``prepared``).

    The whole text is tokenised once, column by column (a sentence's tokens are a slice:
    sentences are separated by white space, which no token crosses), and the per-sentence and
    article sets are built from the columns with C-level calls where they can be.
    """
    spans = split_sentences(text)
    infos, starts, ends = token_fields(text)
    cols = Columns.of(infos)
    toks = tuple(make_toks(cols, starts, ends))
    bounds = [(bisect_left(starts, s), bisect_left(starts, e)) for s, e in spans]
    # The tokens that can start a number or a date (most sentences have none).
    num_at = list(compress(count(), cols.num_at))
    date_at = list(compress(count(), cols.date_at))
    sentences: list[PreparedSentence] = []
    postings: defaultdict[str, list[int]] = defaultdict(list)
    bigrams: set[tuple[str, str]] = set()
    for sid, ((start, end), (lo, hi)) in enumerate(zip(spans, bounds, strict=True)):
        seq = list(compress(cols.stems[lo:hi], cols.contents[lo:hi]))
        sent = _prepare_sentence(
            toks[lo:hi],
            cols,
            start,
            end,
            lo,
            hi,
            seq,
            _local(num_at, lo, hi),
            _local(date_at, lo, hi),
        )
        sentences.append(sent)
        for st in sent.stems:
            postings[st].append(sid)
        bigrams.update(pairwise(seq))
        bigrams.update(zip(seq, seq[2:], strict=False))
    n = max(len(sentences), 1)
    # idf depends only on a stem's sentence count: computed once per count.
    logs = [math.log((n + 1) / (k + 0.5)) for k in range(len(sentences) + 1)]
    # Every token lies in a sentence unless a stretch was dropped as empty.
    inside = _in_sentences(len(toks), bounds)
    return PreparedArticle(
        text=text,
        sentences=tuple(sentences),
        index=dict(zip(postings, map(tuple, postings.values()), strict=True)),
        idf=dict(zip(postings, map(logs.__getitem__, map(len, postings.values())), strict=True)),
        max_idf=math.log((n + 1) / 0.5),
        norms=frozenset(cols.norms if inside is None else compress(cols.norms, inside)),
        stems=frozenset(postings),
        bigrams=frozenset(bigrams),
        numbers=tuple(x for s in sentences for x in s.numbers),
        dates=frozenset(d for s in sentences for d, _ in s.dates),
        name_words=_name_words(cols, bounds, inside),
    )


def _local(at: list[int], lo: int, hi: int) -> list[int]:
    """The indices in ``at`` (sorted) within [lo, hi), counted from ``lo``."""
    a = bisect_left(at, lo)
    b = bisect_left(at, hi, a)
    return [i - lo for i in at[a:b]] if b > a else []


def _in_sentences(n: int, bounds: list[tuple[int, int]]) -> list[bool] | None:
    """Which of ``n`` tokens lie in a sentence; None when all of them do."""
    if sum(hi - lo for lo, hi in bounds) == n:  # (the bounds are sorted and disjoint)
        return None
    inside = [False] * n
    for lo, hi in bounds:
        inside[lo:hi] = [True] * (hi - lo)
    return inside


def _prepare_sentence(
    toks: tuple[Tok, ...],
    cols: Columns,
    start: int,
    end: int,
    lo: int,
    hi: int,
    content_stems: list[str],
    num_at: list[int],
    date_at: list[int],
) -> PreparedSentence:
    found_numbers = numbers(toks, at=num_at) if num_at else []
    found_dates = date_words(toks, at=date_at) if date_at else []
    negations = cols.kinds[lo:hi].count(NEG)
    return PreparedSentence(
        start,
        end,
        toks,
        frozenset(cols.norms[lo:hi]),
        frozenset(content_stems),
        tuple([(n.value, n.kind) for n in found_numbers]),
        tuple([(d.norm, d.cat) for d in found_dates]),
        negations,
        negated_stems(toks) if negations else frozenset(),
        tuple([neg_context(toks, i) for i, t in enumerate(toks) if t.kind == NEG])
        if negations
        else (),
    )


def _name_words(
    cols: Columns, bounds: list[tuple[int, int]], inside: list[bool] | None
) -> frozenset[str]:
    """Words the article capitalises mid-sentence and never writes in lower case: names.

    This lets a lowercased claim's names be recognised against a cased article. (Calendar
    words are never names.)
    """
    # Content words not capitalised (True > False), and capitalised ones not sentence-initial.
    lower_at = map(gt, cols.contents, cols.caps)
    mid = list(map(and_, cols.contents, cols.caps))
    if inside is not None:
        lower_at = map(and_, inside, lower_at)
        mid = list(map(and_, inside, mid))
    for lo, hi in bounds:
        if hi > lo:
            mid[lo] = False
    lower = set(compress(cols.norms, lower_at))
    return frozenset(set(compress(cols.norms, mid)) - lower - _CALENDAR)


_CACHE: OrderedDict[str, PreparedArticle] = OrderedDict()
_LOCK = Lock()


def prepared(text: str) -> PreparedArticle:
    """The prepared article for ``text``, from a small LRU cache keyed by the text itself."""
    with _LOCK:
        hit = _CACHE.get(text)
        if hit is not None:
            _CACHE.move_to_end(text)
            return hit
    art = prepare(text)
    with _LOCK:
        _CACHE[text] = art
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return art
