"""Binding: each name, number and date of a claim must fill the slot the evidence gives it.

Word overlap cannot see that "Prigozhin echoed these sentiments" misreads "President Goita
echoed these sentiments": every word is in the article. Here the claim sentence is aligned with
its evidence sentence token by token (longest common blocks, so paraphrase, reordering and
dropped clauses leave the copied stretches aligned). Where the alignment replaces a stretch of
the claim by a stretch of the evidence, and both stretches are essentially one value of the
same kind (a name for a name, a number for a number, a date for a date), the claim has put its
value in the slot where the evidence has another: a contradiction, reported with both spans.

A replaced stretch is read as a slot only when it is anchored: copied words on each side (or the
claim's own start or end), at least two on one side, and most of the claim aligned. Otherwise
the claim is a paraphrase and its values are left to the presence tests. The same value in
another form ("ISIS" for "Islamic State", "Georgian" for "Georgia", "Mr Gielgud" for
"Gielgud") is no swap.
"""

from __future__ import annotations

import logging
from difflib import SequenceMatcher

from ..actors.lexicon import TITLES as _TITLES
from ..report import FlagCode
from .features import NEG, NUM, WORD, Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import MONTHS, NUMBER_WORDS, REPORTING_VERBS, WEEKDAYS
from .prepare import PreparedArticle
from .support import Support

logger = logging.getLogger(__name__)

MIN_ALIGNED = 0.5  # share of the claim's content tokens the evidence sentence must align
MIN_ANCHOR = 2  # copied tokens on at least one side of a replaced value
MAX_OTHER = 1  # tokens besides the value that a replaced stretch may hold (a title, "the")
MAX_CUE = 2  # tokens of a negation put in or left out ("not", "did not", "ca n't" for "can")
MIN_PREFIX = 4  # a shorter word is not taken for another form of a name ("Georgia"/"Georgian")

NAME, NUMBER, DATE = "name", "number", "date"
TITLES = frozenset(t.lower().rstrip(".") for t in _TITLES) | {"mr", "mrs", "ms", "miss", "dr"}


def _kind(t: Tok, text: str, art: PreparedArticle, cased: bool) -> str | None:
    """What value a token is part of: a name, a number, a date, or none.

    A name is a word the article always capitalises, or (``cased``) one the claim capitalises.
    """
    if t.kind == NUM:
        return DATE if len(t.norm) == 4 and t.norm[:2] in ("19", "20") else NUMBER
    if t.kind != WORD:
        return None
    if t.norm in MONTHS or t.norm in WEEKDAYS:
        return DATE
    if t.norm in NUMBER_WORDS:
        return NUMBER
    if t.norm in TITLES:
        return None
    if not t.content:  # "US" is no pronoun
        return NAME if t.end - t.start > 1 and text[t.start : t.end].isupper() else None
    return NAME if (cased and t.cap) or art.is_name(t) else None


def _value(
    toks: list[Tok] | tuple[Tok, ...], text: str, art: PreparedArticle, cased: bool
) -> tuple[str, list[Tok]] | None:
    """The one kind of value a replaced stretch holds, and its tokens; None when it holds none,
    values of two kinds, or more than MAX_OTHER other tokens (a paraphrase, not a slot)."""
    kinds: set[str] = set()
    value: list[Tok] = []
    other = 0
    for t in toks:
        k = _kind(t, text, art, cased)
        if k is None:
            other += t.norm not in TITLES
        else:
            kinds.add(k)
            value.append(t)
    if len(kinds) != 1 or other > MAX_OTHER:
        return None
    return kinds.pop(), value


def _same(mine: list[Tok], theirs: list[Tok], kind: str, stretches: tuple[list[Tok], ...]) -> bool:
    """Whether two values are one: a shared word, another form of it, or initials of the other
    stretch's words ("SNP" for "Scottish nationalists")."""
    if kind != NAME:
        return {t.norm for t in mine} == {t.norm for t in theirs}
    for a in mine:
        for b in theirs:
            short, long = sorted((a.norm, b.norm), key=len)
            if a.stem == b.stem or (len(short) >= MIN_PREFIX and long.startswith(short)):
                return True
    for one, stretch in ((mine, stretches[1]), (theirs, stretches[0])):
        words = [t for t in stretch if t.content]
        if len(one) == 1 and len(words) > 1:
            initials = "".join(t.norm[0] for t in words)
            short, long = sorted((one[0].norm, initials), key=len)
            if len(short) >= 2 and long.startswith(short):
                return True
    return False


def _described(toks: list[Tok], i1: int, value: list[Tok]) -> bool:
    """Whether the claim's value is a description ("the Briton" for Hamilton), not a name: a
    determiner of its own, which the evidence does not have in that place."""
    first = toks.index(value[0], i1)
    return len(value) == 1 and first > i1 and toks[first - 1].norm in ("the", "a", "an")


def _is_speaker(ev: tuple[Tok, ...], a: int, b: int) -> bool:
    """Whether ev[a:b] is the speaker of a reporting verb right beside it."""
    after = [t.norm for t in ev[b : b + 2]]
    before = [t.norm for t in ev[max(0, a - 2) : a]]
    return any(w in REPORTING_VERBS for w in after) or (
        bool(before) and before[-1] in REPORTING_VERBS
    )


def _negation(
    toks: list[Tok], i1: int, i2: int, ev: tuple[Tok, ...], j1: int, j2: int, text: str
) -> Finding | None:
    """A negation inserted into or dropped from a copied stretch ("was" for "was not")."""
    if i2 - i1 > MAX_CUE or j2 - j1 > MAX_CUE:
        return None  # a rewritten stretch, not a cue put in or left out
    mine = [t for t in toks[i1:i2] if t.kind == NEG]
    theirs = [t for t in ev[j1:j2] if t.kind == NEG]
    if bool(mine) == bool(theirs):
        return None
    if mine:
        cue = mine[0]
        msg = f"The claim negates what its evidence asserts ({text[cue.start : cue.end]!r})."
        return Finding(FlagCode.NEGATION_FLIP, msg, cue.start, cue.end, P_CONTRADICTION)
    # Dropped: the claim's words on each side of the cue the evidence has.
    a = toks[i1 - 1]
    b = toks[i2] if i2 < len(toks) else a
    msg = f"The claim drops the evidence's negation ({theirs[0].norm!r}) here."
    return Finding(FlagCode.NEGATION_FLIP, msg, a.start, b.end, P_CONTRADICTION)


def _code(kind: str, speaker: bool) -> FlagCode:
    if kind == NUMBER:
        return FlagCode.NUMBER_SWAPPED
    if kind == DATE:
        return FlagCode.DATE_SWAPPED
    return FlagCode.SPEAKER_SWAPPED if speaker else FlagCode.ENTITY_SWAPPED


def _alignment(
    view: ClaimView, art: PreparedArticle, sup: Support
) -> tuple[int, SequenceMatcher[str]] | None:
    """The supporting sentence that aligns most of the claim's content tokens, and the match."""
    toks = view.toks
    mine = [t.norm for t in toks]
    content = sum(t.content for t in toks) or 1
    best: tuple[int, int, SequenceMatcher[str]] | None = None
    for sid in sup.sids:
        ev = art.sentences[sid].toks
        matcher = SequenceMatcher(None, mine, [t.norm for t in ev], autojunk=False)
        aligned = sum(
            sum(toks[block.a + k].content for k in range(block.size))
            for block in matcher.get_matching_blocks()
        )
        if best is None or aligned > best[0]:
            best = (aligned, sid, matcher)
    if best is None or best[0] < MIN_ALIGNED * content:
        return None
    return best[1], best[2]


def binding_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> list[Finding]:
    """Values of the claim that its evidence sentence binds to another value in the same slot.

    ``skip``: indices of claim tokens already flagged (absent from the article, say).
    """
    found = _alignment(view, art, sup)
    if found is None:
        return []
    sid, matcher = found
    toks = view.toks
    ev = art.sentences[sid].toks
    cased = any(t.cap for t in toks[1:])  # (a claim's first word is capitalised anyway)
    ops = matcher.get_opcodes()
    out: list[Finding] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal" or any(i in skip for i in range(i1, i2)):
            continue
        left = ops[k - 1][2] - ops[k - 1][1] if k > 0 else 0
        right = ops[k + 1][2] - ops[k + 1][1] if k + 1 < len(ops) else 0
        inside = left >= 1 and right >= 1 and max(left, right) >= MIN_ANCHOR
        flip = _negation(toks, i1, i2, ev, j1, j2, view.text) if inside else None
        if flip is not None:
            out.append(flip)
            continue
        left_ok = left >= 1 or i1 == 0
        right_ok = right >= 1 or i2 == len(toks)
        if tag != "replace" or not (left_ok and right_ok and max(left, right) >= MIN_ANCHOR):
            continue
        mine = _value(toks[i1:i2], view.text, art, cased and i1 > 0)
        theirs = _value(ev[j1:j2], art.text, art, False)
        if mine is None or theirs is None or mine[0] != theirs[0]:
            continue
        kind = mine[0]
        if _same(mine[1], theirs[1], kind, (list(toks[i1:i2]), list(ev[j1:j2]))):
            continue
        if kind == NAME and _described(toks, i1, mine[1]):
            continue
        start, end = mine[1][0].start, mine[1][-1].end
        a, b = theirs[1][0].start, theirs[1][-1].end
        speaker = kind == NAME and _is_speaker(ev, j1, j2)
        what = "says" if speaker else "has"
        msg = (
            f"The claim puts {view.text[start:end]!r} where the article {what} "
            f"{art.text[a:b]!r}: {art.text[art.sentences[sid].start : art.sentences[sid].end]!r}"
        )
        out.append(Finding(_code(kind, speaker), msg[:400], start, end, P_CONTRADICTION))
    return out
