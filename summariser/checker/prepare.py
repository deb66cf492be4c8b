"""Pre-processing an article once: sentences, tokens, an inverted index and document sets.

Open mode checks many claims against one article; everything that depends only on the article is
computed here, once, and cached by the article's text (a small LRU), so a claim costs only its own
tokens plus a few dictionary look-ups. What every claim needs (each sentence's content stems,
the document's stems) is built up front; what only some claims need (a sentence's tokens, numbers
and dates, the document's numbers, dates and name words) is built on first use and kept, and what
a claim asks about a few of its own words (the index's postings, word pairs, word forms, name
words) is answered for those words alone: in a batch each article is new and checked against a
claim or two, so up-front work is paid in full.
"""

from __future__ import annotations

import logging
import math
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import lru_cache
from itertools import compress, pairwise
from operator import attrgetter, itemgetter
from threading import Lock
from typing import Any, TypeVar

from ..text import Doc, as_doc
from .features import Columns, Tok, token_fields
from .lexicon import CALENDAR
from .name_words import capitalised, name_words
from .postings import Postings
from .prepared_sentence import ArticleTokens, PreparedSentence
from .sentences import split_sentences

logger = logging.getLogger(__name__)

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")
_MISSING = object()

CACHE_SIZE = 64  # articles kept prepared; a batch usually checks one article at a time
NAME_MEMO_MAX = 48  # words asked about one by one before all the article's name words are found
# Pairs looked for one by one before all an article's pairs are collected: about as many as cost
# what collecting them does, per content stem of the article (a pair ~1 us, a stem ~0.12 us).
PAIRS_BEFORE_SET = 8


class PreparedArticle:
    """An article ready for many claims.

    Attributes: ``text``; ``sentences``; ``index`` (content stem -> sentence ids, see
    ``Postings``);
    ``idf_by_count`` (a stem's idf by the number of sentences holding it); ``max_idf``;
    ``stems``. ``bigram_hits`` counts the pairs of content stems that are adjacent or one apart
    in a sentence.
    Built on first access: ``norms`` (every word form), ``numbers`` ((value, kind)), ``dates``
    (date norms), ``name_words`` (words always capitalised mid-sentence; empty if lowercased)
    and ``capitalised`` (words capitalised somewhere: a superset of ``name_words``).
    ``holds`` and ``is_name`` answer ``norms`` and ``name_words`` for one token without them;
    ``derived`` keeps what a claim-side test reads off a sentence the same way for every claim.
    """

    __slots__ = (
        "_bigrams",
        "_bounds",
        "_caps",
        "_dates",
        "_derived",
        "_inside",
        "_joined",
        "_joined_at",
        "_name_memo",
        "_name_words",
        "_norms",
        "_norms_at",
        "_numbers",
        "_pairs_asked",
        "_spaced",
        "_src",
        "idf_by_count",
        "index",
        "max_idf",
        "sentences",
        "stems",
        "text",
    )

    def __init__(
        self,
        text: str,
        sentences: tuple[PreparedSentence, ...],
        stems: frozenset[str],
        pairs: tuple[list[str], list[int]],
        *,
        src: ArticleTokens,
        bounds: list[tuple[int, int]],
        inside: list[bool] | None,
    ) -> None:
        n = len(sentences)
        self.text = text
        self.sentences = sentences
        self.index = Postings(tuple([s.stems for s in sentences]))
        # idf depends only on a stem's sentence count (0 for a stem the article lacks).
        self.idf_by_count = _idf_by_count(n)
        self.max_idf = self.idf_by_count[0]
        self.stems = stems
        self._joined, self._joined_at = pairs
        self._pairs_asked = 0
        # (pairs with a break's empty string in them equal no claim pair)
        self._bigrams: set[tuple[str, str]] | None = None
        self._src = src
        self._bounds = bounds
        self._inside = inside  # which tokens lie in a sentence (None: all of them)
        self._norms: frozenset[str] | None = None
        self._numbers: tuple[tuple[float, str], ...] | None = None
        self._dates: frozenset[str] | None = None
        self._name_words: frozenset[str] | None = None
        self._name_memo: dict[str, bool] = {}
        self._caps: frozenset[str] | None = None
        self._norms_at: list[str] | None = None
        self._spaced: str | None = None
        self._derived: dict[Hashable, Any] = {}

    def derived(self, key: K, build: Callable[[PreparedArticle, K], T]) -> T:
        """What ``build(self, key)`` gives, made once per article and kept under ``key``: what a
        test reads off the article's sentences the same way for every claim (deterministic, so
        two threads racing for one key store equal values)."""
        found = self._derived.get(key, _MISSING)
        if found is _MISSING:
            found = self._derived[key] = build(self, key)
        result: T = found
        return result

    @property
    def norms(self) -> frozenset[str]:
        norms = self._norms
        if norms is None:
            col, inside = map(_NORM, self._src.infos), self._inside
            norms = self._norms = frozenset(col if inside is None else compress(col, inside))
        return norms

    @property
    def numbers(self) -> tuple[tuple[float, str], ...]:
        found = self._numbers
        if found is None:
            found = self._numbers = tuple(x for s in self.sentences for x in s.numbers)
        return found

    @property
    def dates(self) -> frozenset[str]:
        found = self._dates
        if found is None:
            found = self._dates = frozenset(d for s in self.sentences for d, _ in s.dates)
        return found

    @property
    def name_words(self) -> frozenset[str]:
        found = self._name_words
        if found is None:
            cols = Columns.of(self._src.infos)
            found = self._name_words = name_words(cols, self._bounds, self._inside)
        return found

    # A content word's stem and its being a content word depend on its normal form alone, so
    # every token written as a content word ``t`` is in a sentence that ``t.stem`` indexes: the
    # one-token questions below look only there (building ``norms`` or ``name_words`` costs a
    # pass over every token of the article, and a claim asks about a few words).

    def bigram_hits(self, pairs: set[tuple[str, str]]) -> int:
        """How many of these content stem pairs a sentence has, the second word right after the
        first or one word further.

        A claim asks about its own twenty-odd pairs, and in a batch an article meets a claim or
        two: the pairs are looked for in the sentences holding both words. Once the article has
        been asked about so many pairs that collecting all its pairs costs less (several claims,
        or many checks of one article), they are collected and asked instead.
        """
        found = self._bigrams
        if found is not None:
            return len(pairs.intersection(found))
        self._pairs_asked += len(pairs)
        joined = self._joined
        if self._pairs_asked > len(joined) // PAIRS_BEFORE_SET:
            found = self._bigrams = set(pairwise(joined))
            found.update(zip(joined, joined[2:], strict=False))
            return len(pairs.intersection(found))
        return sum(1 for a, b in pairs if self._has_bigram(a, b))

    def _has_bigram(self, a: str, b: str) -> bool:
        sa = self.index.get(a)
        if sa is None:
            return False
        sb = self.index.get(b)
        if sb is None:
            return False
        joined, at = self._joined, self._joined_at
        for sid in sa:
            if sid not in sb:
                continue
            lo, hi = at[sid], at[sid + 1] - len(_BREAK)
            k = _find(joined, a, lo, hi)
            while k >= 0:
                if joined[k + 1] == b or joined[k + 2] == b:  # (the break pads every sentence)
                    return True
                k = _find(joined, a, k + 1, hi)
        return False

    def holds(self, t: Tok) -> bool:
        """``t.norm in self.norms``."""
        if self._norms is not None or not t.content:
            return t.norm in self.norms
        norms, bounds = self._norm_list(), self._bounds
        for sid in self.index.get(t.stem, ()):
            lo, hi = bounds[sid]
            if _find(norms, t.norm, lo, hi) >= 0:
                return True
        return False

    @property
    def capitalised(self) -> frozenset[str]:
        """Words the article writes with a capital somewhere (a name word is one)."""
        caps = self._caps
        if caps is None:
            caps = self._caps = capitalised(self._norm_list(), map(_CAP_OF, self._src.infos))
        return caps

    def is_name(self, t: Tok) -> bool:
        """``t.norm in self.name_words``."""
        found = self._name_words
        if found is not None:
            return t.norm in found
        if not t.content or t.norm in CALENDAR:
            return False  # (name words are content words, never calendar words)
        caps = self.capitalised
        if not caps:
            self._name_words = frozenset()  # an article without capitals names nothing
            return False
        if t.norm not in caps:
            return False  # (a name word is capitalised where the article has it)
        memo = self._name_memo
        known = memo.get(t.norm)
        if known is None:
            if len(memo) >= NAME_MEMO_MAX:  # many words asked (an uncased summary): all at once
                return t.norm in self.name_words
            known = memo[t.norm] = self._written_as_name(t.norm, t.stem)
        return known

    def _written_as_name(self, word: str, stem: str) -> bool:
        """Whether ``word`` is capitalised wherever a sentence has it, and once not first."""
        norms, infos, bounds = self._norm_list(), self._src.infos, self._bounds
        mid = False
        for sid in self.index.get(stem, ()):
            lo, hi = bounds[sid]
            k = _find(norms, word, lo, hi)
            while k >= 0:
                if not infos[k][_CAP]:
                    return False
                mid = mid or k > lo  # (a sentence's first word is capitalised anyway)
                k = _find(norms, word, k + 1, hi)
        return mid

    def spaced(self) -> str:
        """Every word's normal form in article order, joined by spaces, with a space at each
        end (made once: a phrase is found in it by one substring search)."""
        found = self._spaced
        if found is None:
            found = self._spaced = " " + " ".join(self._norm_list()) + " "
        return found

    def _norm_list(self) -> list[str]:
        """Every token's normal form, in article order."""
        found = self._norms_at
        if found is None:
            found = self._norms_at = list(map(_NORM, self._src.infos))
        return found


def _find(seq: list[str], value: str, lo: int, hi: int) -> int:
    """The first index of ``value`` in ``seq[lo:hi]``, or -1."""
    try:
        return seq.index(value, lo, hi)
    except ValueError:
        return -1


def content_bigrams(toks: tuple[Tok, ...] | list[Tok], *, gap: int) -> set[tuple[str, str]]:
    """Pairs of content stems in order, at most ``gap`` content words apart."""
    seq = list(compress(map(_STEM, toks), map(_CONTENT, toks)))
    out: set[tuple[str, str]] = set()
    for k in range(1, gap + 1):
        out.update(zip(seq, seq[k:], strict=False))
    return out


_BREAK = ("", "")  # between two sentences' content stems: no pair spans it
_NORM = itemgetter(0)  # of a TokInfo
_CAP = 2
_CAP_OF = itemgetter(_CAP)
_CONTENT_STEM = itemgetter(7)
_STEM = attrgetter("stem")  # of a Tok
_CONTENT = attrgetter("content")


@lru_cache(maxsize=256)
def _idf_by_count(n: int) -> tuple[float, ...]:
    """The idf of a stem in k of n sentences, for k = 0 ... n (alike for all n-sentence texts)."""
    return tuple(math.log((max(n, 1) + 1) / (k + 0.5)) for k in range(n + 1))


def prepare(article: str | Doc) -> PreparedArticle:
    """Prepare ``article`` (text, or its shared ``Doc``; no cache: see ``prepared``).

    The whole text is tokenised once (a sentence's tokens are a slice: sentences are separated
    by white space, which no token crosses); per sentence only the content stems are taken
    here, for the index and the word pairs.
    """
    doc = as_doc(article)  # (plain text read once: its sentences and tokens are the Doc's)
    text = doc.text
    spans = split_sentences(doc)
    infos, starts, ends = token_fields(doc)
    src = ArticleTokens(infos, starts, ends)
    bounds = [(bisect_left(starts, s), bisect_left(starts, e)) for s, e in spans]
    content_stems = list(map(_CONTENT_STEM, infos))  # None for other tokens
    sentences: list[PreparedSentence] = []
    joined: list[str] = []  # every sentence's content stems, and a break after each
    at: list[int] = []  # where each sentence's stems start in ``joined`` (and the end)
    covered = 0  # tokens in sentences
    for (start, end), (lo, hi) in zip(spans, bounds, strict=True):
        seq = list(filter(None, content_stems[lo:hi]))
        sentences.append(PreparedSentence(src, start, end, lo, hi, frozenset(seq)))
        at.append(len(joined))
        covered += hi - lo
        joined += seq
        joined += _BREAK
    at.append(len(joined))
    # Every token lies in a sentence unless a stretch was dropped as empty.
    inside = None if covered == len(starts) else _in_sentences(len(starts), bounds)
    return PreparedArticle(
        text,
        tuple(sentences),
        frozenset(joined).difference(_BREAK),
        (joined, at),
        src=src,
        bounds=bounds,
        inside=inside,
    )


def _in_sentences(n: int, bounds: list[tuple[int, int]]) -> list[bool]:
    """Which of ``n`` tokens lie in a sentence."""
    inside = [False] * n
    for lo, hi in bounds:
        inside[lo:hi] = [True] * (hi - lo)
    return inside


_CACHE: OrderedDict[str, PreparedArticle] = OrderedDict()
_LOCK = Lock()


def prepared(text: str | Doc) -> PreparedArticle:
    """The prepared article for ``text``, from a small LRU cache keyed by the text itself (for
    the article's shared ``Doc``, kept on it as well)."""
    if isinstance(text, Doc):
        return text.view("checker.article", _prepared_doc)
    return _cached(text, text)


def _prepared_doc(doc: Doc) -> PreparedArticle:
    return _cached(doc.text, doc)


def _cached(text: str, article: str | Doc) -> PreparedArticle:
    """The prepared article for ``text`` (read from ``article``: the text or its ``Doc``)."""
    with _LOCK:
        hit = _CACHE.get(text)
        if hit is not None:
            _CACHE.move_to_end(text)
            return hit
    art = prepare(article)
    with _LOCK:
        _CACHE[text] = art
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return art
