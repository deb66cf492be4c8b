"""Pre-processing an article once: sentences, tokens, an inverted index and document sets.

Open mode checks many claims against one article; everything that depends only on the article is
computed here, once, and cached by the article's text (a small LRU), so a claim costs only its own
tokens plus a few dictionary look-ups. What every claim needs (the index, idf, the document's
stems and bigrams) is built up front; what only some claims need (a sentence's tokens, numbers
and dates, the document's numbers, dates and name words) is built on first use and kept: in a
batch each article is new and checked against a claim or two, so up-front work is paid in full.
"""

from __future__ import annotations

import logging
import math
from bisect import bisect_left
from collections import Counter, OrderedDict
from itertools import compress, pairwise
from operator import and_, gt
from threading import Lock

from .features import Columns, Tok, token_fields
from .lexicon import MONTHS, WEEKDAYS
from .prepared_sentence import ArticleTokens, PreparedSentence
from .sentences import split_sentences

logger = logging.getLogger(__name__)

CACHE_SIZE = 64  # articles kept prepared; a batch usually checks one article at a time


class PreparedArticle:
    """An article ready for many claims.

    Attributes: ``text``; ``sentences``; ``index`` (content stem -> sentence ids); ``idf``;
    ``max_idf``; ``stems``; ``bigrams`` (content stems adjacent or one apart in a sentence).
    Built on first access: ``norms`` (every word form), ``numbers`` ((value, kind)), ``dates``
    (date norms) and ``name_words`` (words always capitalised mid-sentence; empty if lowercased).
    """

    __slots__ = (
        "_bounds",
        "_dates",
        "_inside",
        "_name_words",
        "_norms",
        "_numbers",
        "_src",
        "bigrams",
        "idf",
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
        postings: tuple[dict[str, int], dict[str, list[int]]],
        bigrams: frozenset[tuple[str, str]],
        *,
        src: ArticleTokens,
        bounds: list[tuple[int, int]],
    ) -> None:
        first, more = postings
        n = len(sentences)
        # idf depends only on a stem's sentence count: computed once per count.
        logs = [math.log((max(n, 1) + 1) / (k + 0.5)) for k in range(n + 1)]
        self.text = text
        self.sentences = sentences
        # Most stems are in one sentence: their postings are shared 1-tuples, not new objects.
        self.index: dict[str, tuple[int, ...]] = dict(
            zip(first, map(_singletons(n).__getitem__, first.values()), strict=True)
        )
        self.index.update(zip(more, map(tuple, more.values()), strict=True))
        self.idf: dict[str, float] = dict.fromkeys(first, logs[1] if n else 0.0)
        self.idf.update(zip(more, map(logs.__getitem__, map(len, more.values())), strict=True))
        self.max_idf = math.log((max(n, 1) + 1) / 0.5)
        self.stems = frozenset(first)
        self.bigrams = bigrams
        self._src = src
        self._bounds = bounds
        # Every token lies in a sentence unless a stretch was dropped as empty.
        self._inside = _in_sentences(len(src.starts), bounds)
        self._norms: frozenset[str] | None = None
        self._numbers: tuple[tuple[float, str], ...] | None = None
        self._dates: frozenset[str] | None = None
        self._name_words: frozenset[str] | None = None

    @property
    def norms(self) -> frozenset[str]:
        norms = self._norms
        if norms is None:
            col, inside = self._src.cols.norms, self._inside
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
            found = self._name_words = _name_words(self._src.cols, self._bounds, self._inside)
        return found


def content_bigrams(toks: tuple[Tok, ...] | list[Tok], *, gap: int) -> set[tuple[str, str]]:
    """Pairs of content stems in order, at most ``gap`` content words apart."""
    seq = [t.stem for t in toks if t.content]
    out: set[tuple[str, str]] = set()
    for k in range(1, gap + 1):
        out.update(zip(seq, seq[k:], strict=False))
    return out


_CALENDAR = MONTHS | WEEKDAYS
_SINGLETONS: tuple[tuple[int], ...] = ()


def _singletons(n: int) -> tuple[tuple[int], ...]:
    """The 1-tuples (0,) ... (n - 1,), made once for all articles."""
    global _SINGLETONS
    if len(_SINGLETONS) < n:
        _SINGLETONS = tuple((i,) for i in range(max(n, 2 * len(_SINGLETONS))))
    return _SINGLETONS


def prepare(text: str) -> PreparedArticle:
    """Prepare ``text`` (no cache; see ``prepared``).

    The whole text is tokenised once (a sentence's tokens are a slice: sentences are separated
    by white space, which no token crosses); per sentence only the content stems are taken
    here, for the index and the bigrams.
    """
    spans = split_sentences(text)
    infos, starts, ends = token_fields(text)
    cols = Columns.of(infos)
    src = ArticleTokens(cols, starts, ends)
    bounds = [(bisect_left(starts, s), bisect_left(starts, e)) for s, e in spans]
    content_stems = cols.content_stems  # None for other tokens
    sentences: list[PreparedSentence] = []
    first: dict[str, int] = {}  # stem -> the first sentence holding it
    more: dict[str, list[int]] = {}  # stem -> all its sentences, for stems in more than one
    bigrams: set[tuple[str, str]] = set()
    for sid, ((start, end), (lo, hi)) in enumerate(zip(spans, bounds, strict=True)):
        seq = list(filter(None, content_stems[lo:hi]))
        stems = frozenset(seq)
        sentences.append(PreparedSentence(src, start, end, lo, hi, stems))
        for st in stems:
            if first.setdefault(st, sid) != sid:
                held = more.get(st)
                if held is None:
                    more[st] = [first[st], sid]
                else:
                    held.append(sid)
        bigrams.update(pairwise(seq))
        bigrams.update(zip(seq, seq[2:], strict=False))
    return PreparedArticle(
        text, tuple(sentences), (first, more), frozenset(bigrams), src=src, bounds=bounds
    )


def _in_sentences(n: int, bounds: list[tuple[int, int]]) -> list[bool] | None:
    """Which of ``n`` tokens lie in a sentence; None when all of them do."""
    if sum(hi - lo for lo, hi in bounds) == n:  # (the bounds are sorted and disjoint)
        return None
    inside = [False] * n
    for lo, hi in bounds:
        inside[lo:hi] = [True] * (hi - lo)
    return inside


def _name_words(
    cols: Columns, bounds: list[tuple[int, int]], inside: list[bool] | None
) -> frozenset[str]:
    """Words the article capitalises mid-sentence and never writes in lower case: names.

    This lets a lowercased claim's names be recognised against a cased article. (Calendar
    words are never names.)
    """
    if inside is not None:
        return _name_words_inside(cols, bounds, inside)
    # With C-level selections only (a content word's stem is a non-empty string, else None):
    # capitalised content words not sentence-initial, and how often each content word is
    # written at all and capitalised; a word never in lower case has the two counts equal.
    content = cols.content_stems
    caps_mid = list(cols.caps)
    for lo, hi in bounds:
        if hi > lo:
            caps_mid[lo] = False
    mid = set(compress(compress(cols.norms, caps_mid), compress(content, caps_mid))) - _CALENDAR
    if not mid:
        return frozenset()
    written = Counter(compress(cols.norms, content))
    capitalised = Counter(compress(compress(cols.norms, cols.caps), compress(content, cols.caps)))
    return frozenset(w for w in mid if written[w] == capitalised[w])


def _name_words_inside(
    cols: Columns, bounds: list[tuple[int, int]], inside: list[bool]
) -> frozenset[str]:
    """``_name_words`` counting only the tokens ``inside`` sentences."""
    # Content words not capitalised (True > False), and capitalised ones not sentence-initial.
    lower_at = map(and_, inside, map(gt, cols.contents, cols.caps))
    mid = list(map(and_, inside, map(and_, cols.contents, cols.caps)))
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
