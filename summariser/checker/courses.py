"""A quantity's course: it went up, went down, or held. A claim that gives a value a course the
evidence denies in the same slot ("the pass rate rose to 97.2%" where the article has "was
unchanged at 97.2%", "the DAX fell 0.4%" for "which was up 0.4%", "cut its dividend to 2.20
euros" for "keep its dividend unchanged at 2.20 euros") copies every name and number, and its
verb is no antonym of the evidence's word, so the slot tests see nothing.

English tells a value's course by the word of change or of holding before it ("rose to",
"fell", "up", "unchanged at", "kept ... at"); a value aligned with the same value of its
evidence, about the same quantity (a content word of the claim's phrase before it in the
evidence's), has one course in each, and two different courses contradict. The same holds for
a course in one word's slot: "would stop investing" for "would keep investing".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .align import Alignment
from .aligned import alignments
from .features import NEG, NUM, Tok, stem
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import CLAUSE_OPENERS, NEGATIVE_WORDS
from .prepare import PreparedArticle
from .support import Support

UP, DOWN, HELD, ENDED = "up", "down", "held", "ended"


def _stems(*words: str) -> frozenset[str]:
    return frozenset(map(stem, words))


# Verbs and adverbs of a change of amount, each way; words that say an amount or a course held;
# verbs that end a course (a course held is not ended: "stop investing" for "keep investing").
_COURSES = {
    UP: _stems(
        *("rise", "rose", "risen", "climb", "jump", "gain", "increase", "grow", "grew", "grown"),
        *("soar", "surge", "raise", "boost", "widen", "up"),
    ),
    DOWN: _stems(
        *("fall", "fell", "fallen", "drop", "decline", "decrease", "slip", "slide", "slid"),
        *("shrink", "shrank", "slump", "plunge", "tumble", "sink", "sank", "lower", "cut"),
        *("reduce", "narrow", "down"),
    ),
    HELD: _stems(
        *("unchanged", "steady", "stable", "flat", "keep", "kept", "remain", "stay", "stayed"),
        "continue",
    ),
    ENDED: _stems("stop", "quit", "cease", "halt", "end", "abandon"),
}
_COURSE_OF = {s: course for course, stems in _COURSES.items() for s in stems}
# The opposed courses: up against down, and a course held against any change of it.
_OPPOSED = frozenset(
    {(UP, DOWN), (DOWN, UP), (HELD, UP), (UP, HELD), (HELD, DOWN), (DOWN, HELD)}
    | {(HELD, ENDED), (ENDED, HELD)}
)
REACH = 4  # tokens between a value and the word of its course
QUANTITY = 8  # tokens before the evidence's word of course where its quantity may be named
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "wo", "ca"})
_BREAKS = ",;:()"


def _course(t: Tok) -> str | None:
    return _COURSE_OF.get(t.stem) if not t.cap else None


def courses_opposed(toks: Sequence[Tok], i: int, ev: Sequence[Tok], j: int) -> bool:
    """Whether the claim's word ``toks[i]`` and the evidence's ``ev[j]``, in one slot, give a
    course and its opposite ("stop" / "keep"). A verb that ends or holds a course does so
    before the course itself ("keep investing"); before its object it causes
    ("kept helicopters grounded" is "stopped helicopters from flying")."""
    a, b = _course(toks[i]), _course(ev[j])
    if a is None or b is None or (a, b) not in _OPPOSED:
        return False
    if ENDED not in (a, b):
        return True
    return all(k + 1 < len(s) and s[k + 1].norm.endswith("ing") for s, k in ((toks, i), (ev, j)))


def _course_before(toks: Sequence[Tok], n: int, text: str) -> int | None:
    """The index of the word that gives the value at ``n`` its course: the nearest word of
    course within REACH before it, in its clause ("up to 2.4 million" is a limit, no course)."""
    for k in range(n - 1, max(-1, n - 2 - REACH), -1):
        if any(c in text[toks[k].end : toks[k + 1].start] for c in _BREAKS):
            return None
        t = toks[k]
        if t.norm == "up" and toks[k + 1].norm == "to":
            continue
        if _course(t) is not None:
            return k
        if t.norm in CLAUSE_OPENERS:
            return None
    return None


def _framed(toks: Sequence[Tok], k: int) -> tuple[bool, bool]:
    """Whether a negation, and whether a modal, stands in the three words before ``toks[k]``."""
    before = toks[max(0, k - 3) : k]
    negated = any(t.kind == NEG or t.norm in NEGATIVE_WORDS for t in before)
    return negated, any(t.norm in _MODALS for t in before)


def _words(toks: Sequence[Tok]) -> set[str]:
    """The stems of the content words of a stretch, numbers and words of course aside."""
    return {t.stem for t in toks if t.content and t.kind != NUM and _course(t) is None}


def _aligned_values(matcher: Alignment, toks: Sequence[Tok]) -> list[tuple[int, int]]:
    """(claim index, evidence index) of each number the alignment copies."""
    return [
        (a + d, b + d)
        for a, b, size in matcher.get_matching_blocks()
        for d in range(size)
        if toks[a + d].kind == NUM
    ]


def course_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A contradiction when the claim gives a copied value the course its evidence denies."""
    toks = view.toks
    if not any(t.kind == NUM for t in toks) or all(_course(t) is None for t in toks):
        return []  # (most claims)
    for sid, matcher in alignments(view, art, sup):
        ev = art.sentences[sid].toks
        for n, m in _aligned_values(matcher, toks):
            c, e = _course_before(toks, n, view.text), _course_before(ev, m, art.text)
            if c is None or e is None or (_course(toks[c]), _course(ev[e])) not in _OPPOSED:
                continue
            if _framed(toks, c) != (False, _framed(ev, e)[1]) or _framed(ev, e)[0]:
                continue  # (a course denied, or told as a plan on one side only)
            quantity = _words(toks[max(0, c - REACH) : n])
            if quantity.isdisjoint(_words(ev[max(0, e - QUANTITY) : m])):
                continue  # (another quantity's course: "Shares fell ... the index, up 0.4%")
            mine, theirs = toks[c], ev[e]
            said = view.text[mine.start : toks[n].end]
            have = art.text[theirs.start : ev[m].end]
            msg = f"The claim says {said!r} where its evidence says {have!r}."
            return [
                Finding(FlagCode.NEGATION_FLIP, msg, mine.start, mine.end, P_CONTRADICTION, True)
            ]
    return []
