"""Align evidence quotes to the article: exact, then normalised, then fuzzy, else not found.

The stages get progressively more permissive and more expensive, so most quotes (verbatim
model output) cost one ``str.find``:

1. EXACT: ``str.find`` of the quote, first occurrence on word boundaries.
2. NORMALISED: ``str.find`` in the canonical forms of quote and article (case, Unicode form,
   whitespace, quote/dash/ellipsis styles, dataset tokenisation; see :mod:`summariser.textnorm`),
   mapped back to original offsets; then the same without the quote's enclosing punctuation
   (quote marks, a final full stop, leading/trailing ellipses).
3. FUZZY, elided: a quote with inner ellipses whose pieces all occur in order, close together
   (similarity 1.0: every quoted word is there, but text was left out).
4. FUZZY: token-level alignment. Tokens are encoded as one character each so rapidfuzz's C code
   locates the best window (``partial_ratio_alignment``); an LCS alignment around it then lets the
   window grow or shrink for dropped or added words. The window is snapped to whole words and
   accepted when the character-level similarity of the canonical texts reaches the threshold.
   A character-level search backs this up for quotes whose words are all misspelt.

Invariant: unless NOT_FOUND, ``article[start:end]`` is the aligned text, starts and ends on word
boundaries, and equals the quote for EXACT.
"""

from __future__ import annotations

import logging
import weakref
from functools import lru_cache
from typing import Final, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from .schema import AlignmentStatus, Evidence
from .text import Doc
from .textnorm import NormalisedText, Token, is_word_boundary, normalise

logger = logging.getLogger(__name__)

FUZZY_THRESHOLD: Final[float] = 0.8
"""Minimum similarity for a FUZZY alignment: the rapidfuzz Indel ratio (in [0, 1]) of the quote
and the aligned article text, both in canonical form without leading/trailing punctuation.
Measured with ``benchmarks/alignment.py`` (synthetic quotes, 181 documents): 99.7% of quotes with
one word changed and 99.7% of partial quotes with words dropped score >= 0.8, while invented
sentences score at most 0.59 and loose paraphrases of article sentences 0.53-0.76 - a quote is
meant to be verbatim, so paraphrases are rightly NOT_FOUND."""

_MAX_ELIDED_CHARS: Final = 200  # longest stretch of article an ellipsis in a quote may stand for
_GAP_COST: Final = 0.5  # cost of an unmatched article word inside a fuzzy window, in matches
_MAX_EDGE_WORDS: Final = 4  # how far a fuzzy window may grow over unmatched edge words
_CHAR_SEARCH_WORDS: Final = 4  # quotes this short also get a character-level fuzzy search
_CODE_BASE: Final = 0x21  # word codes are code points; small ones keep rapidfuzz on 16-bit strings


class Alignment(NamedTuple):
    """Where a quote sits in the article; start/end are None when NOT_FOUND.

    ``similarity`` is 1.0 for EXACT and NORMALISED; for FUZZY the accepted score; for NOT_FOUND the
    best score seen (0.0 when nothing came close), which tells a checker how near the miss was.
    """

    start: int | None
    end: int | None
    status: AlignmentStatus
    similarity: float


class PreparedText:
    """An article pre-processed once for many quotes: canonical form, offset map, token codes.

    The canonical form is built on first use (most quotes are verbatim and never need it), from
    the article's shared ``Doc`` when given one: held weakly, as this is kept on it.
    """

    __slots__ = ("_codes", "_doc", "_normalised", "_vocab", "_word_ends", "_word_starts", "text")

    def __init__(self, text: str | Doc) -> None:
        self.text: str = text.text if isinstance(text, Doc) else text
        self._doc = weakref.ref(text) if isinstance(text, Doc) else None
        self._normalised: NormalisedText | None = None
        self._word_starts: list[int] = []
        self._word_ends: list[int] = []
        self._vocab: dict[str, str] = {}
        self._codes = ""

    def _build(self) -> NormalisedText:
        nt = normalise((self._doc and self._doc()) or self.text)
        idx = [i for i, w in enumerate(nt.is_word) if w]
        # Original offsets of the word tokens (punctuation is left out of fuzzy alignment).
        self._word_starts = [nt.starts[i] for i in idx]
        self._word_ends = [nt.ends[i] for i in idx]
        vocab: dict[str, str] = {}
        codes = []
        for i in idx:
            code = vocab.get(nt.texts[i])
            if code is None:
                code = vocab[nt.texts[i]] = chr(_CODE_BASE + len(vocab))
            codes.append(code)
        self._vocab = vocab
        self._codes = "".join(codes)
        self._normalised = nt
        return nt

    @property
    def normalised(self) -> NormalisedText:
        """The article in canonical form with its offset map."""
        return self._normalised if self._normalised is not None else self._build()

    @property
    def word_starts(self) -> list[int]:
        """Original start offsets of the word tokens."""
        if self._normalised is None:
            self._build()
        return self._word_starts

    @property
    def word_ends(self) -> list[int]:
        """Original end offsets of the word tokens."""
        if self._normalised is None:
            self._build()
        return self._word_ends

    @property
    def codes(self) -> str:
        """One code character per word token (equal words share a code)."""
        if self._normalised is None:
            self._build()
        return self._codes

    def encode(self, words: list[str]) -> str:
        """Token codes of ``words``; words absent from the article get fresh codes."""
        if self._normalised is None:
            self._build()
        vocab = self._vocab
        fresh: dict[str, str] = {}
        out = []
        for w in words:
            code = vocab.get(w)
            if code is None:
                code = fresh.setdefault(w, chr(_CODE_BASE + len(vocab) + len(fresh)))
            out.append(code)
        return "".join(out)

    def __repr__(self) -> str:
        return f"PreparedText({len(self.text)} chars, {len(self.word_starts)} words)"


def prepare(article: str | Doc) -> PreparedText:
    """Pre-process ``article`` once so that aligning many quotes against it is cheap: kept on
    its shared ``Doc`` (the assembler and the checker of one summary share it), or cached."""
    if isinstance(article, Doc):
        return article.view("grounding.text", PreparedText)
    return _prepared(article)


_prepared = lru_cache(maxsize=16)(PreparedText)  # plain texts, by text


_NOT_FOUND: Final = Alignment(None, None, AlignmentStatus.NOT_FOUND, 0.0)


def align_quote(
    quote: str, article: str | PreparedText, *, fuzzy_threshold: float = FUZZY_THRESHOLD
) -> Alignment:
    """Align ``quote`` to its first best place in ``article`` (see the module docstring)."""
    if not any(c.isalnum() for c in quote):  # empty, blank or punctuation only
        return _NOT_FOUND
    prep = article if isinstance(article, PreparedText) else PreparedText(article)
    text = prep.text
    stripped = quote.strip()
    found = _find_exact(text, stripped)
    if found is not None:
        # Surrounding whitespace is not part of the article text: that is a normalisation.
        status = AlignmentStatus.EXACT if stripped == quote else AlignmentStatus.NORMALISED
        return Alignment(found, found + len(stripped), status, 1.0)
    nq = normalise(quote)
    if not nq.norm:
        return _NOT_FOUND
    span = _find_normalised(prep, nq.norm)
    core = _core(nq)
    if span is None and core != nq.norm:
        span = _find_normalised(prep, core)
    if span is not None:
        return Alignment(span[0], span[1], AlignmentStatus.NORMALISED, 1.0)
    elided = _align_elided(prep, nq)
    if elided is not None:
        return elided
    return _align_fuzzy(prep, nq, fuzzy_threshold)


def align_evidence(evidence: Evidence, article: str | PreparedText) -> Evidence:
    """A copy of ``evidence`` with start, end, text, status and similarity from align_quote."""
    al = align_quote(evidence.quote, article)
    text = article.text if isinstance(article, PreparedText) else article
    aligned = None if al.start is None or al.end is None else text[al.start : al.end]
    return evidence.model_copy(
        update={
            "start": al.start,
            "end": al.end,
            "text": aligned,
            "status": al.status,
            "similarity": round(al.similarity, 4),
        }
    )


def _find_exact(text: str, quote: str) -> int | None:
    """First occurrence of ``quote`` in ``text`` that starts and ends on word boundaries."""
    i = text.find(quote)
    while i != -1:
        if is_word_boundary(text, i) and is_word_boundary(text, i + len(quote)):
            return i
        i = text.find(quote, i + 1)
    return None


def _core(nq: NormalisedText) -> str:
    """The canonical quote without leading/trailing punctuation (quote marks, ellipses, stops)."""
    idx = [i for i, w in enumerate(nq.is_word) if w]
    if not idx:
        return ""
    last = idx[-1]
    return nq.norm[nq.norm_starts[idx[0]] : nq.norm_starts[last] + len(nq.texts[last])]


def _find_normalised(
    prep: PreparedText, nquote: str, *, from_norm: int = 0
) -> tuple[int, int] | None:
    """First whole-token occurrence of the canonical quote at or after canonical offset
    ``from_norm``, as original offsets."""
    if not nquote:
        return None
    norm = prep.normalised.norm
    text = prep.text
    i = norm.find(nquote, from_norm)
    while i != -1:
        j = i + len(nquote)
        if (i == 0 or norm[i - 1] == " ") and (j == len(norm) or norm[j] == " "):
            s, e = prep.normalised.to_original(i, j)
            if is_word_boundary(text, s) and is_word_boundary(text, e):
                return s, e
        i = norm.find(nquote, i + 1)
    return None


def _align_elided(prep: PreparedText, nq: NormalisedText) -> Alignment | None:
    """A quote with inner ellipses ("Goita ... played a role") whose every piece occurs, in order
    and close together, is FUZZY (text was left out) with similarity 1.0; None otherwise."""
    if "..." not in nq.texts:
        return None
    pieces: list[list[Token]] = [[]]
    for tok in nq.tokens:
        if tok.text == "...":
            pieces.append([])
        elif tok.is_word or pieces[-1]:
            pieces[-1].append(tok)
    pieces = [p for p in pieces if any(t.is_word for t in p)]
    if len(pieces) < 2:
        return None
    max_gap = max(_MAX_ELIDED_CHARS, 2 * len(nq.original))
    start = end = None
    from_norm = 0
    for piece in pieces:
        while not piece[-1].is_word:
            piece = piece[:-1]
        span = _find_normalised(
            prep, nq.norm[piece[0].norm_start : piece[-1].norm_end], from_norm=from_norm
        )
        if span is None or (end is not None and span[0] - end > max_gap):
            return None
        start = span[0] if start is None else start
        end = span[1]
        from_norm = prep.normalised.to_norm(span[0], span[1])[1]
    if start is None or end is None:
        return None
    return Alignment(start, end, AlignmentStatus.FUZZY, 1.0)


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words and trim surrounding whitespace."""
    while start > 0 and not is_word_boundary(text, start):
        start -= 1
    while end < len(text) and not is_word_boundary(text, end):
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _score(prep: PreparedText, nquote: str, start: int, end: int) -> float:
    """Similarity of the canonical quote and the canonical text of original ``[start, end)``."""
    nt = prep.normalised
    i, j = nt.to_norm(start, end)
    return fuzz.ratio(nquote, nt.norm[i:j]) / 100.0


class _Window(NamedTuple):
    """Article words ``[first, last)`` aligned to a quote, and how many quote words before the
    first and after the last matched word found no partner (candidates for edge extension)."""

    first: int
    last: int
    head: int
    tail: int


def _token_window(prep: PreparedText, qcodes: str) -> _Window | None:
    """Best window of article words for the quote's word codes."""
    codes = prep.codes
    n, m = len(codes), len(qcodes)
    if n == 0 or m == 0:
        return None
    if m <= n:
        hit = fuzz.partial_ratio_alignment(qcodes, codes)
        if hit is None or hit.score == 0:
            return None
        # Room for the words the quote dropped or added on either side of the located window.
        slack = m // 2 + 2
        lo, hi = max(0, hit.dest_start - slack), min(n, hit.dest_end + slack)
    else:
        lo, hi = 0, n
    blocks = [b for b in LCSseq.opcodes(qcodes, codes[lo:hi]).as_matching_blocks() if b.size]
    if not blocks:
        return None
    # Choose the run of matching blocks that covers the most quote words, each article word in
    # it left unmatched (a word the quote dropped) costing half a matched one: a far-away stray
    # match of a common word does not pay for the gap it would open.
    best = (-1.0, 0, 0)
    for a in range(len(blocks)):
        matched = 0
        for b in range(a, len(blocks)):
            matched += blocks[b].size
            width = blocks[b].b + blocks[b].size - blocks[a].b
            gain = matched - _GAP_COST * (width - matched)
            if gain > best[0]:
                best = (gain, a, b)
    first, last = blocks[best[1]], blocks[best[2]]
    return _Window(lo + first.b, lo + last.b + last.size, first.a, m - last.a - last.size)


def _refine(prep: PreparedText, core: str, window: _Window) -> Alignment:
    """Grow the window over quote words left unmatched at its edges (a changed first or last
    word, or a match the LCS placed elsewhere) when that raises the similarity."""
    text, starts, ends = prep.text, prep.word_starts, prep.word_ends

    def scored(first: int, last: int) -> Alignment:
        s, e = _snap(text, starts[first], ends[last - 1])
        return Alignment(s, e, AlignmentStatus.FUZZY, _score(prep, core, s, e))

    best = scored(window.first, window.last)
    first = window.first
    for d in range(1, min(window.head, _MAX_EDGE_WORDS) + 2):
        if window.first - d < 0:
            break
        cand = scored(window.first - d, window.last)
        if cand.similarity > best.similarity:
            best, first = cand, window.first - d
    for d in range(1, min(window.tail, _MAX_EDGE_WORDS) + 2):
        if window.last + d > len(starts):
            break
        cand = scored(first, window.last + d)
        if cand.similarity > best.similarity:
            best = cand
    return best


def _align_fuzzy(prep: PreparedText, nq: NormalisedText, threshold: float) -> Alignment:
    """FUZZY alignment at or above ``threshold``, else NOT_FOUND with the best score seen."""
    text = prep.text
    best = _NOT_FOUND
    core = _core(nq)
    qwords = [t for t, w in zip(nq.texts, nq.is_word, strict=True) if w]
    window = _token_window(prep, prep.encode(qwords))
    if window is not None:
        best = _refine(prep, core, window)
    if (
        best.similarity < threshold
        and (window is None or len(qwords) <= _CHAR_SEARCH_WORDS)
        and len(core) <= len(prep.normalised.norm)
    ):
        # Short quotes may have every word misspelt ("Putln"): search by characters instead.
        # (Longer ones are located by their intact words; this search is the costly part.)
        cutoff = max(0.0, threshold - 0.1) * 100
        hit = fuzz.partial_ratio_alignment(core, prep.normalised.norm, score_cutoff=cutoff)
        if hit is not None and hit.dest_end > hit.dest_start:
            s, e = _snap(text, *prep.normalised.to_original(hit.dest_start, hit.dest_end))
            score = _score(prep, core, s, e)
            if score > best.similarity:
                best = Alignment(s, e, AlignmentStatus.FUZZY, score)
    if (
        best.similarity >= threshold
        and best.start is not None
        and best.end is not None
        and best.end > best.start
    ):
        return best
    logger.debug("quote not found (best similarity %.3f)", best.similarity)
    return Alignment(None, None, AlignmentStatus.NOT_FOUND, best.similarity)
