"""Cutting a text into runs at every span boundary, so overlapping spans nest as HTML must.

HTML elements cannot overlap, but evidence spans, actor mentions, dates and sources do. The
text is cut at every start and end of every span; each cut piece knows which spans cover it.
Consecutive pieces covered by the same claims form one run (one ``<mark>``); the actor, date and
source annotations nest inside it, split where a run boundary crosses them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from ..spans import Span


@dataclass(frozen=True)
class Annotation:
    """An actor mention, a date or a source over the article text."""

    kind: str  # "actor", "date" or "source"
    id: str
    start: int
    end: int
    label: str  # shown after the span: the actor's id, the TIMEX3 value, the cue
    title: str  # the longer description (tooltip)
    flagged: bool = False


@dataclass(frozen=True)
class Piece:
    """A stretch of text under one fixed set of annotations."""

    text: str
    annotations: tuple[Annotation, ...]
    labels: tuple[Annotation, ...]  # annotations that end with this piece

    def ids(self, kind: str) -> str:
        return " ".join(a.id for a in self.annotations if a.kind == kind)

    @property
    def kinds(self) -> str:
        return " ".join(sorted({a.kind for a in self.annotations}))

    @property
    def flagged(self) -> bool:
        return any(a.flagged for a in self.annotations)

    @property
    def title(self) -> str:
        return "\n".join(a.title for a in self.annotations)


@dataclass(frozen=True)
class Run:
    """Consecutive pieces covered by the same claims' evidence (none: plain text)."""

    start: int
    claims: tuple[str, ...]  # in claim order
    flagged: tuple[str, ...]  # those of `claims` whose (flagged) verdict relied on this text
    pieces: tuple[Piece, ...]


@dataclass(frozen=True)
class EvidenceSpan:
    claim: str
    start: int
    end: int
    flagged: bool = False


def runs(
    text: str,
    *,
    evidence: Iterable[EvidenceSpan],
    annotations: Iterable[Annotation],
    claim_order: list[str],
) -> list[Run]:
    """The text as runs of pieces; empty or out-of-range spans are dropped."""
    size = len(text)
    marks = [e for e in evidence if 0 <= e.start < e.end <= size]
    notes = [a for a in annotations if 0 <= a.start < a.end <= size]
    cuts = sorted(
        {0, size, *(e.start for e in marks), *(e.end for e in marks)}
        | {a.start for a in notes}
        | {a.end for a in notes}
    )
    rank = {claim: i for i, claim in enumerate(claim_order)}
    result: list[Run] = []
    pieces: list[Piece] = []
    key: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    start = 0
    for left, right in pairwise(cuts):
        covering = [e for e in marks if e.start <= left and right <= e.end]
        claims = tuple(sorted({e.claim for e in covering}, key=lambda c: rank.get(c, len(rank))))
        flagged = tuple(c for c in claims if any(e.flagged for e in covering if e.claim == c))
        here = tuple(a for a in notes if a.start <= left and right <= a.end)
        piece = Piece(
            text=text[left:right],
            annotations=here,
            labels=tuple(a for a in here if a.end == right),
        )
        if (claims, flagged) != key and pieces:
            assert key is not None
            result.append(Run(start, key[0], key[1], tuple(pieces)))
            pieces = []
        if not pieces:
            start, key = left, (claims, flagged)
        pieces.append(piece)
    if pieces and key is not None:
        result.append(Run(start, key[0], key[1], tuple(pieces)))
    return result


@dataclass(frozen=True)
class StatementPiece:
    """A stretch of a claim's own text; `codes` are the flags whose offending span covers it."""

    text: str
    codes: tuple[str, ...] = ()
    warning: bool = False  # only warnings (no flags) cover it


def statement_pieces(
    statement: str,
    *,
    flags: Iterable[tuple[str, Span | None]],
    warnings: Iterable[tuple[str, Span | None]],
) -> list[StatementPiece]:
    """The claim's text cut at the offending spans of its flags and warnings.

    A span whose text is not the statement's text at its offsets (a report made for another
    wording) is not marked rather than marked in the wrong place.
    """
    marked: list[tuple[str, int, int, bool]] = []
    for is_warning, items in ((False, flags), (True, warnings)):
        for code, span in items:
            if span is None or not 0 <= span.start < span.end <= len(statement):
                continue
            if statement[span.start : span.end] != span.text:
                continue
            marked.append((code, span.start, span.end, is_warning))
    cuts = sorted({0, len(statement)} | {m[1] for m in marked} | {m[2] for m in marked})
    pieces = []
    for left, right in pairwise(cuts):
        over = [m for m in marked if m[1] <= left and right <= m[2]]
        codes = tuple(dict.fromkeys(m[0] for m in over))
        pieces.append(
            StatementPiece(statement[left:right], codes, bool(over) and all(m[3] for m in over))
        )
    return pieces
