"""A match result binds its score to its two sides, and says who won.

"Arsenal beat Tottenham 2-0" copies a score the article gives ("Manchester City ... after losing
2-0 to Aston Villa") and two names it has, so the presence tests pass; but a score belongs to
one match. A result is read from the words around its score: a verb ("X beat Y 3-1", "X lost
2-0 to Y", "X drew 1-1 at Y", "X were beaten 2-1 by Y"), or a noun after it ("a 3-1 win over
Y", "X's 2-0 defeat by Y", "a 1-1 draw with Y"). A side stays unknown where the words do not
say it ("Arsenal moved top with a 3-1 win over Tottenham": the winner is the sentence's topic,
not the nearest name).

The claim's result contradicts the article's when every result the article gives with that
score disagrees with it, and the disagreement is one the article shows: the claim gives a side
the other role ("Tottenham beat Arsenal" for "a win over Tottenham"), or a side that plays in
another of the article's results. A side the article names no result for ("Spurs" where the
article says "Tottenham") is left alone: it may be another name for the same team.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..report import FlagCode
from .converses import contest_order
from .features import NUM, Tok, name_spans
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .swaps import same_name

logger = logging.getLogger(__name__)

Side = tuple[Tok, ...]

# (Wins and defeats are the converse predicates' contest words: converses.contest_order.)
_DRAW = frozenset({"drew", "draw", "draws", "drawn", "drawing", "tied"})
_DRAW_NOUNS = frozenset({"draw", "stalemate"})
_AGAINST = frozenset({"over", "against", "at", "to", "by", "with"})
_WHO = frozenset({"who", "which", "that"})
_REACH = 8  # tokens back from a verb within which its subject is looked for
_BREAKS = frozenset(",;:()")
MAX_GOALS = 99  # a score's numbers: "2-0", not "1939-45" or "10-15 years"
# What every score's text holds: a number token ends in a digit and starts with one, and a
# score's two are joined by a dash alone. Searched at C level before any token is read (few
# claims and sentences hold a score).
_SCORE_TEXT = re.compile(r"\d[-–]\d")


@dataclass(frozen=True)
class Result:
    """One result: its score (higher first), and the sides the words say (None: unknown)."""

    score: tuple[int, int]
    winner: Side | None
    loser: Side | None
    drawn: tuple[Side, ...]  # the sides of a draw
    start: int  # offsets of the score
    end: int

    def sides(self) -> list[Side]:
        return [s for s in (self.winner, self.loser, *self.drawn) if s]


def read_results(toks: Sequence[Tok], text: str, spans: Sequence[tuple[int, int]]) -> list[Result]:
    """The results in one sentence's tokens, given its name spans [i, j)."""
    out: list[Result] = []
    if toks and toks[0].cap and toks[0].content and not any(a == 0 for a, _ in spans):
        # A capitalised content word opening the sentence: before a result's verb, its subject
        # ("Liverpool, who drew 1-1"), which a name test leaves open at a sentence's start.
        j = 1
        while j < len(toks) and toks[j].cap and toks[j].content:
            j += 1
        spans = [(0, j), *spans]
    for k in range(len(toks) - 1):
        score = _score(toks, k, text)
        if score is None:
            continue
        found = _sides(toks, k, text, spans)
        if found is not None:
            winner, loser, drawn = found
            out.append(Result(score, winner, loser, drawn, toks[k].start, toks[k + 1].end))
    return out


def _score(toks: Sequence[Tok], k: int, text: str) -> tuple[int, int] | None:
    a, b = toks[k], toks[k + 1]
    if a.kind != NUM or b.kind != NUM or text[a.end : b.start] not in ("-", "–"):
        return None
    if not (a.norm.isdigit() and b.norm.isdigit()):
        return None
    x, y = int(a.norm), int(b.norm)
    if x > MAX_GOALS or y > MAX_GOALS:
        return None
    return (max(x, y), min(x, y))


def _name_at_end(spans: Sequence[tuple[int, int]], end: int) -> tuple[int, int] | None:
    return next((s for s in spans if s[1] == end), None)


def _name_at(spans: Sequence[tuple[int, int]], start: int) -> tuple[int, int] | None:
    return next((s for s in spans if s[0] == start), None)


def _sides(
    toks: Sequence[Tok], k: int, text: str, spans: Sequence[tuple[int, int]]
) -> tuple[Side | None, Side | None, tuple[Side, ...]] | None:
    """(winner, loser, drawn sides) of the score at ``k``, or None when no result word
    is beside it."""
    after = k + 2
    noun = toks[after].norm if after < len(toks) else ""
    noun_order = contest_order(noun, noun=True)
    if noun_order is not None or noun in _DRAW_NOUNS:
        after += 1
    other = _after(toks, after, spans)  # "... to Aston Villa"
    before = k
    named = _name_at_end(spans, before)  # "beat Tottenham 3-1"
    if named is not None:
        before = named[0]
    verb = toks[before - 1].norm if before > 0 else ""
    if before > 1 and toks[before - 2].norm in _BE and contest_order(verb, passive=True) is False:
        subject = _subject(toks, before - 2, text, spans)  # "Villa were beaten 2-1 by"
        return (other if _by(toks, after) else None), subject, ()
    order = contest_order(verb)
    if order is not None or verb in _DRAW:
        subject = _subject(toks, before - 1, text, spans)
        opponent = _side(toks, named) if named is not None else other
        if order is None:
            return None, None, tuple(s for s in (subject, opponent) if s)
        return (subject, opponent, ()) if order else (opponent, subject, ())
    own = _side(toks, named) if named is not None else None  # ("Spain's 2-0 defeat")
    if noun_order is not None:
        return (own, other, ()) if noun_order else (other, own, ())
    if noun in _DRAW_NOUNS:
        return None, None, tuple(s for s in (own, other) if s)
    return None


_BE = frozenset({"was", "were", "is", "are", "been", "be"})


def _by(toks: Sequence[Tok], after: int) -> bool:
    return after < len(toks) and toks[after].norm == "by"


def _side(toks: Sequence[Tok], span: tuple[int, int]) -> Side:
    return tuple(toks[span[0] : span[1]])


def _after(toks: Sequence[Tok], at: int, spans: Sequence[tuple[int, int]]) -> Side | None:
    """The name after a preposition of the opponent ("over", "to", "by", "at" ...)."""
    if at < len(toks) and toks[at].norm in _AGAINST:
        at += 1
        if at < len(toks) and toks[at].norm == "the":
            at += 1
        named = _name_at(spans, at)
        if named is not None:
            return _side(toks, named)
    return None


def _subject(
    toks: Sequence[Tok], v: int, text: str, spans: Sequence[tuple[int, int]]
) -> Side | None:
    """The name the verb at token ``v`` is said of: the nearest before it in its clause, or
    the name before a relative's comma ("Liverpool, who drew 1-1")."""
    for a, b in sorted(spans, key=lambda s: -s[1]):
        if b > v or v - b > _REACH:
            continue
        gaps = [text[toks[m - 1].end : toks[m].start] for m in range(b, v + 1)]
        if not any(_BREAKS & set(gap) for gap in gaps):
            return _side(toks, (a, b))
        if toks[b].norm in _WHO and b + 1 == v:
            return _side(toks, (a, b))
        return None
    return None


def _claim_spans(view: ClaimView, art: PreparedArticle) -> list[tuple[int, int]]:
    toks = view.toks
    spans = [*view.names]
    if view.opening and toks and toks[0].cap:
        spans.insert(0, (0, 1))
    if view.in_case:
        return spans
    # A lower-cased claim: the runs of words the article writes as names.
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j].content and toks[j].kind != NUM and art.is_name(toks[j]):
            j += 1
        if j > i:
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _article_results(art: PreparedArticle, _key: str) -> list[Result]:
    out: list[Result] = []
    text = art.text
    for sent in art.sentences:
        if not _SCORE_TEXT.search(text, sent.start, sent.end) or len(sent.number_mentions) < 2:
            continue
        toks = list(sent.toks)
        out += read_results(toks, text, name_spans(toks, frozenset({toks[0].start})))
    return out


_RESULTS = "match results"


def result_findings(view: ClaimView, art: PreparedArticle) -> list[Finding]:
    """Claim results that every article result with their score contradicts."""
    if not _SCORE_TEXT.search(view.text):
        return []
    mine = read_results(view.toks, view.text, _claim_spans(view, art))
    if not mine:
        return []
    theirs = art.derived(_RESULTS, _article_results)
    out: list[Finding] = []
    for claimed in mine:
        same = [r for r in theirs if r.score == claimed.score]
        if not same or any(_agree(claimed, r) for r in same):
            continue
        clash = _shown_wrong(claimed, same, [r for r in theirs if r.score != claimed.score])
        if clash is None:
            continue
        msg = (
            f"The claim gives the result {view.text[claimed.start : claimed.end]!r} to "
            f"{clash}; the article gives that score to "
            f"{_describe(same[0])}."
        )
        out.append(
            Finding(FlagCode.NUMBER_SWAPPED, msg, claimed.start, claimed.end, P_CONTRADICTION, True)
        )
    return out


def _named(side: Side | None, other: Side | None) -> bool:
    """Whether two sides are one: the words of one among the other's ("Villa", "Aston Villa";
    not "Manchester United", "Manchester City"), or one word another form of the other."""
    if not side or not other:
        return False
    mine = frozenset(t.stem for t in side if t.content)
    theirs = frozenset(t.stem for t in other if t.content)
    if mine <= theirs or theirs <= mine:
        return True
    return (len(mine) == 1 or len(theirs) == 1) and same_name(mine, other)


def _agree(claimed: Result, given: Result) -> bool:
    """Whether nothing known of the two results differs."""
    if _named(claimed.winner, given.loser) or _named(claimed.loser, given.winner):
        return False
    for mine, theirs in ((claimed.winner, given.winner), (claimed.loser, given.loser)):
        if mine and theirs and not _named(mine, theirs):
            return False
    known = given.sides()
    return all(any(_named(s, t) for t in known) for s in claimed.drawn) if known else True


def _shown_wrong(claimed: Result, same: list[Result], others: list[Result]) -> str | None:
    """How the article shows the claim wrong: a side in the other role, or a side of another
    of its results; None when it does not show it."""
    for given in same:
        for mine, theirs, role in (
            (claimed.winner, given.loser, "winner"),
            (claimed.loser, given.winner, "loser"),
        ):
            if _named(mine, theirs):
                return f"{_words(mine)} as the {role}"
    for side in claimed.sides():
        if any(_named(side, s) for r in others for s in r.sides()) and not any(
            _named(side, s) for r in same for s in r.sides()
        ):
            return f"{_words(side)}, a side of another result"
    return None


def _words(side: Side | None) -> str:
    return repr(" ".join(t.norm for t in side or ()))


def _describe(result: Result) -> str:
    if result.drawn:
        return " and ".join(_said(s) for s in result.drawn) + " (a draw)"
    return f"{_said(result.winner)} over {_said(result.loser)}"


def _said(side: Side | None) -> str:
    return _words(side) if side else "a side not named there"
