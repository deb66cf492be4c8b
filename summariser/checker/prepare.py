"""Pre-processing an article once: sentences, tokens, an inverted index and document sets.

Open mode checks many claims against one article; everything that depends only on the article is
computed here, once, and cached by the article's text (a small LRU), so a claim costs only its own
tokens plus a few dictionary look-ups.
"""

from __future__ import annotations

import logging
import math
import re
from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock

from .features import NEG, Tok, date_words, numbers, tokenize
from .lexicon import MONTHS, NUMBER_WORDS, ORDINAL_WORDS, RELATIVE_DATES, WEEKDAYS
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


# Words that can start a number or a date word. A sentence with none of them and no digit (every
# number token has one) has neither, and most sentences are spared both scans.
_NUMBER_STARTS = frozenset(NUMBER_WORDS) | frozenset(ORDINAL_WORDS)
_DATE_STARTS = MONTHS | WEEKDAYS | RELATIVE_DATES
_DIGIT = re.compile(r"\d")


def _prepare_sentence(text: str, start: int, end: int) -> PreparedSentence:
    tok_list = tokenize(text, start, end)
    toks = tuple(tok_list)
    norms = frozenset(t.norm for t in toks)
    digits = _DIGIT.search(text, start, end) is not None
    found_numbers = numbers(tok_list) if digits or not norms.isdisjoint(_NUMBER_STARTS) else []
    found_dates = date_words(tok_list) if digits or not norms.isdisjoint(_DATE_STARTS) else []
    return PreparedSentence(
        start=start,
        end=end,
        toks=toks,
        norms=norms,
        stems=frozenset(t.stem for t in toks if t.content),
        numbers=tuple((n.value, n.kind) for n in found_numbers),
        dates=tuple((d.norm, d.cat) for d in found_dates),
        negations=sum(1 for t in toks if t.kind == NEG),
        neg_scope=negated_stems(toks),
        neg_contexts=tuple(neg_context(toks, i) for i, t in enumerate(toks) if t.kind == NEG),
    )


def neg_context(toks: tuple[Tok, ...] | list[Tok], c: int) -> tuple[str | None, tuple[str, ...]]:
    """The content stem before a negation cue (within 4 tokens) and up to two after it."""
    prev = next((t.stem for t in reversed(toks[max(0, c - 4) : c]) if t.content), None)
    after = tuple([t.stem for t in toks[c + 1 : c + 6] if t.content][:2])
    return prev, after


def prepare(text: str) -> PreparedArticle:
    """Prepare ``text`` (no cache; see ``prepared``)."""
    sentences = tuple(_prepare_sentence(text, s, e) for s, e in split_sentences(text))
    postings: dict[str, list[int]] = {}
    bigrams: set[tuple[str, str]] = set()
    for sid, sent in enumerate(sentences):
        for st in sent.stems:
            postings.setdefault(st, []).append(sid)
        bigrams |= content_bigrams(sent.toks, gap=2)
    n = max(len(sentences), 1)
    idf = {st: math.log((n + 1) / (len(ids) + 0.5)) for st, ids in postings.items()}
    max_idf = math.log((n + 1) / 0.5)
    return PreparedArticle(
        text=text,
        sentences=sentences,
        index={st: tuple(ids) for st, ids in postings.items()},
        idf=idf,
        max_idf=max_idf,
        norms=frozenset().union(*(s.norms for s in sentences)),
        stems=frozenset(postings),
        bigrams=frozenset(bigrams),
        numbers=tuple(x for s in sentences for x in s.numbers),
        dates=frozenset(d for s in sentences for d, _ in s.dates),
        name_words=_name_words(sentences),
    )


def _name_words(sentences: tuple[PreparedSentence, ...]) -> frozenset[str]:
    """Words the article capitalises mid-sentence and never writes in lower case: names.

    This lets a lowercased claim's names be recognised against a cased article.
    """
    capital: set[str] = set()
    lower: set[str] = set()
    for sent in sentences:
        for k, t in enumerate(sent.toks):
            if not t.content or t.norm in WEEKDAYS or t.norm in MONTHS:
                continue
            if not t.cap:
                lower.add(t.norm)
            elif k > 0:
                capital.add(t.norm)
    return frozenset(capital - lower)


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
