"""One prepared article sentence, whose look-up structures are built when a claim first asks.

A claim touches a handful of an article's sentences (its evidence and their neighbours), and in a
batch every article is new: building every sentence's tokens, sets, numbers and dates up front
cost most of a check. Only the content stems (which the article's inverted index needs anyway)
are computed eagerly; everything else is built on first use from the article's token rows and
kept. Building is deterministic and has no side effect beyond the cache slot, so two threads
racing to build the same field store equal values.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from itertools import compress, count, pairwise, repeat
from operator import itemgetter
from typing import NamedTuple, overload

from .features import NEG, NUM, Columns, Tok, TokInfo
from .quantities import NumberMention, date_words, numbers

logger = logging.getLogger(__name__)

NEG_REACH = 4  # tokens after a negation cue that it is taken to negate
_NUM_AT = 5  # TokInfo's field "can start a number"
_DATE_AT = 6  # and "can start a date word"


class ArticleTokens(NamedTuple):
    """The token fields (see ``TokInfo``) and offsets of a whole article; a sentence's tokens
    are a slice. Rows, not columns: a sentence transposes its own slice when a claim asks."""

    infos: list[TokInfo]
    starts: list[int]
    ends: list[int]


class PreparedSentence:
    """One article sentence and the sets the support tests look things up in.

    ``start``, ``end`` and ``stems`` (content stems) are plain attributes; the other fields are
    built on first access: ``cols`` (the token fields, column by column), ``toks``, ``norms``,
    ``numbers`` ((value, kind); ``number_mentions`` with token ranges), ``dates`` ((norm,
    category)), ``negations`` (cue count), ``neg_scope`` (stems within a negation's reach),
    ``neg_contexts`` (see ``neg_context``), ``norm_pairs`` (adjacent word pairs) and ``spaced``
    (the words between spaces).
    """

    __slots__ = (
        "_cols",
        "_dates",
        "_hi",
        "_lo",
        "_mentions",
        "_neg",
        "_norms",
        "_numbers",
        "_pairs",
        "_spaced",
        "_src",
        "_toks",
        "end",
        "start",
        "stems",
    )

    def __init__(
        self, src: ArticleTokens, start: int, end: int, lo: int, hi: int, stems: frozenset[str]
    ) -> None:
        self.start = start
        self.end = end
        self.stems = stems
        self._src = src
        self._lo = lo  # token range [lo, hi) in the article
        self._hi = hi
        self._cols: Columns | None = None
        self._toks: tuple[Tok, ...] | None = None
        self._norms: frozenset[str] | None = None
        self._numbers: tuple[tuple[float, str], ...] | None = None
        self._mentions: tuple[NumberMention, ...] | None = None
        self._dates: tuple[tuple[str, str], ...] | None = None
        self._neg: tuple[frozenset[str], tuple[tuple[str | None, tuple[str, ...]], ...]] | None
        self._neg = None
        self._pairs: frozenset[tuple[str, str]] | None = None
        self._spaced: str | None = None

    @property
    def cols(self) -> Columns:
        """The sentence's token fields, column by column."""
        cols = self._cols
        if cols is None:
            cols = self._cols = Columns.of(self._src.infos[self._lo : self._hi])
        return cols

    @property
    def toks(self) -> tuple[Tok, ...]:
        toks = self._toks
        if toks is None:
            lo, hi = self._lo, self._hi
            c = self.cols
            _, starts, ends = self._src
            fields = zip(
                c.norms, c.stems, starts[lo:hi], ends[lo:hi], c.caps, c.kinds, c.contents,
                strict=True,
            )  # fmt: skip
            toks = self._toks = tuple(map(tuple.__new__, repeat(Tok), fields))
        return toks

    @property
    def norms(self) -> frozenset[str]:
        norms = self._norms
        if norms is None:
            norms = self._norms = frozenset(self.cols.norms)
        return norms

    @property
    def norm_pairs(self) -> frozenset[tuple[str, str]]:
        """The sentence's pairs of adjacent words (normal forms)."""
        pairs = self._pairs
        if pairs is None:
            pairs = self._pairs = frozenset(pairwise(self.cols.norms))
        return pairs

    @property
    def spaced(self) -> str:
        """The sentence's words (normal forms) joined by spaces, with a space at each end."""
        spaced = self._spaced
        if spaced is None:
            spaced = self._spaced = " " + " ".join(self.cols.norms) + " "
        return spaced

    @property
    def number_mentions(self) -> tuple[NumberMention, ...]:
        """The sentence's numbers with their token ranges."""
        found = self._mentions
        if found is None:
            at = self._where(_NUM_AT)
            found = self._mentions = tuple(numbers(self._tok_seq(), at=at)) if at else ()
        return found

    @property
    def numbers(self) -> tuple[tuple[float, str], ...]:
        found = self._numbers
        if found is None:
            found = self._numbers = tuple([(n.value, n.kind) for n in self.number_mentions])
        return found

    @property
    def dates(self) -> tuple[tuple[str, str], ...]:
        found = self._dates
        if found is None:
            at = self._where(_DATE_AT)
            found = tuple(
                [(d.norm, d.cat) for d in date_words(self._tok_seq(), at=at)] if at else ()
            )
            self._dates = found
        return found

    def _where(self, field: int) -> list[int]:
        """The indices of the tokens whose flag ``field`` (of ``TokInfo``) is set: read off the
        article's rows when the columns are not built (a sentence without a number or a date,
        asked only for those, needs none)."""
        cols = self._cols  # (its fields in TokInfo's order)
        if cols is not None:
            return list(compress(count(), cols[field]))
        return list(compress(count(), map(itemgetter(field), self._src.infos[self._lo : self._hi])))

    def _tok_seq(self) -> Sequence[Tok]:
        """The tokens if built, else a view that builds only those asked for (a number or a
        date looks at a token or two around it)."""
        return self._toks if self._toks is not None else _TokView(self)

    @property
    def negations(self) -> int:
        return self.cols.kinds.count(NEG)

    @property
    def neg_scope(self) -> frozenset[str]:
        return self._negation_sets()[0]

    @property
    def neg_contexts(self) -> tuple[tuple[str | None, tuple[str, ...]], ...]:
        return self._negation_sets()[1]

    def _negation_sets(
        self,
    ) -> tuple[frozenset[str], tuple[tuple[str | None, tuple[str, ...]], ...]]:
        neg = self._neg
        if neg is None:
            if self.negations:
                toks = self.toks
                contexts = tuple(
                    [neg_context(toks, i) for i, t in enumerate(toks) if t.kind == NEG]
                )
                neg = (negated_stems(toks), contexts)
            else:
                neg = (frozenset(), ())
            self._neg = neg
        return neg


class _TokView(Sequence[Tok]):
    """A sentence's tokens, each made when indexed (non-negative indices only)."""

    __slots__ = ("_sent",)

    def __init__(self, sent: PreparedSentence) -> None:
        self._sent = sent

    def __len__(self) -> int:
        return self._sent._hi - self._sent._lo

    @overload
    def __getitem__(self, k: int) -> Tok: ...
    @overload
    def __getitem__(self, k: slice) -> Sequence[Tok]: ...
    def __getitem__(self, k: int | slice) -> Tok | Sequence[Tok]:
        if isinstance(k, slice):
            return self._sent.toks[k]
        sent = self._sent
        if not 0 <= k < sent._hi - sent._lo:
            raise IndexError(k)
        infos, starts, ends = sent._src
        i = sent._lo + k
        # (read off the article's row: the sentence's columns need not be built for a token)
        norm, stem, cap, kind, content = infos[i][:5]
        return tuple.__new__(Tok, (norm, stem, starts[i], ends[i], cap, kind, content))


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


def neg_context(toks: tuple[Tok, ...] | list[Tok], c: int) -> tuple[str | None, tuple[str, ...]]:
    """The content stem before a negation cue (within 4 tokens) and up to two after it. A number
    is no anchor before the cue: it is most often an aside ("Bill Clinton, 74, will not")."""
    prev = next(
        (t.stem for t in reversed(toks[max(0, c - 4) : c]) if t.content and t.kind != NUM), None
    )
    after = tuple([t.stem for t in toks[c + 1 : c + 6] if t.content][:2])
    return prev, after
