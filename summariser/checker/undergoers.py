"""The thing a verb acts on, told as the subject of the evidence's predicate: "the company closed
its 270 stores" where the article has "The 270 stores stayed open", "The museum was closed" for
"Staff opened the museum". English tells what befell a thing either as the object of an active
verb or as the subject of a passive, a copula or a verb of staying; the opposite predicate then
stands on the other side of the copied phrase, where the one-word slot test does not look.

Only a phrase the alignment copies (two tokens or more, a content word among them) anchors the
two predicates: the claim's verb right before it (past a determiner) and the evidence's
predicate right after it (past a form of "be" or a verb of staying), or the other way round;
the two must be antonyms (opposites.antonymous), neither negated.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .aligned import copied_stretches
from .features import Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .opposites import antonymous, antonyms, antonyms_of, negated
from .predicates import is_predicate
from .prepare import PreparedArticle
from .support import Support

MIN_PHRASE = 2  # copied tokens that anchor the two predicates
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "all"})
# Words between a subject and the predicate that tells its state ("stayed open", "was closed").
STATE_LINKS = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"}
    | {"stayed", "stays", "remained", "remains", "kept"}
)


def _predicate(toks: Sequence[Tok], k: int) -> bool:
    return 0 <= k < len(toks) and not toks[k].cap and is_predicate(toks[k].norm)


def _verb_before(toks: Sequence[Tok], a: int) -> int | None:
    """The verb whose object opens at ``a`` (past one determiner)."""
    v = a - 1 - (a > 0 and toks[a - 1].norm in _DETERMINERS)
    return v if _predicate(toks, v) else None


def _state_after(toks: Sequence[Tok], e: int) -> int | None:
    """The predicate that tells the state of the subject ending at ``e`` (past links)."""
    p = e
    while p < len(toks) and p - e < 2 and toks[p].norm in STATE_LINKS:
        p += 1
    return p if p > e and _predicate(toks, p) else None


def _claim_antonyms(toks: Sequence[Tok]) -> frozenset[str]:
    """The antonyms (and their stems) of the claim's predicates."""
    # Only a word the antonym table holds (as written or by its stem) has antonyms: the table
    # is asked first, and only its words are read as predicates (a few of a claim's words).
    table = antonyms()
    return frozenset(
        a
        for t in toks
        if (t.norm in table or t.stem in table) and not t.cap and is_predicate(t.norm)
        for a in antonyms_of(t)
    )


def opposed_in(view: ClaimView, art: PreparedArticle, sup: Support) -> bool:
    """Whether a supporting sentence holds an antonym of a predicate of the claim (read once a
    view and support: this test and dropped_subjects.py ask)."""
    found = view.memo("antonyms", lambda: _claim_antonyms(view.toks))
    return bool(found) and view.with_support(
        "opposed",
        art,
        sup,
        lambda: any(
            not art.sentences[s].stems.isdisjoint(found)
            or not art.sentences[s].norms.isdisjoint(found)
            for s in sup.sids
        ),
    )


def undergoer_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A contradiction when the claim's verb and the evidence's predicate, one on each side of
    a copied phrase, say opposite things of what it names."""
    toks = view.toks
    if not opposed_in(view, art, sup):
        return []  # (no antonym of a claim's word in its evidence: most claims)
    for sid, a, b, size in copied_stretches(view, art, sup, least=MIN_PHRASE):
        ev = art.sentences[sid].toks
        phrase = toks[a : a + size]
        # The claim's verb acts on the phrase, the evidence's predicate tells its state; or
        # the other way round.
        pairs = (
            (_verb_before(toks, a), _state_after(ev, b + size)),
            (_state_after(toks, a + size), _verb_before(ev, b)),
        )
        for c, e in pairs:
            if c is None or e is None or not antonymous(toks[c], ev[e]):
                continue
            if negated(toks, c) or negated(ev, e):
                continue
            said = view.text[toks[c].start : toks[c].end]
            have = art.text[ev[e].start : ev[e].end]
            what = view.text[phrase[0].start : phrase[-1].end]
            msg = f"The claim says {said!r} of {what!r} where its evidence says {have!r}."
            return [
                Finding(
                    FlagCode.NEGATION_FLIP,
                    msg,
                    toks[c].start,
                    toks[c].end,
                    P_CONTRADICTION,
                    True,
                )
            ]
    return []
