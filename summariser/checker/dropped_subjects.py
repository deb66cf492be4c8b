"""The opposite predicate of a subject the alignment drops: "The gap between girls and boys at
the top grades widened" where the article has "Girls continued to outperform boys at the top
grades, although the gap narrowed slightly". The claim names its subject before the words it
copies and the evidence after them, so the longest common blocks align the copied words and
leave the subject out on the claim's side; the claim's verb then faces a stretch of the evidence
that holds the subject again and its opposite predicate, which the one-word slot test does not
read.

The claim's predicate and the evidence's, WordNet antonyms (opposites.antonymous), neither
negated, stand in one replaced stretch; the word right before the evidence's predicate (past a
form of "be" or a verb of staying) is a content word of the claim before its predicate that the
alignment left unmatched. An evidence sentence that also has the claim's predicate itself
("narrowed in May but widened in June") is left alone.
"""

from __future__ import annotations

from ..report import FlagCode
from .aligned import alignments
from .features import Tok, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .opposites import antonymous, negated
from .predicates import is_predicate
from .prepare import PreparedArticle
from .support import Support
from .undergoers import STATE_LINKS, opposed_in

_Toks = tuple[Tok, ...] | list[Tok]


def _subject_before(ev: _Toks, e: int, lo: int) -> int | None:
    """The word before the evidence's predicate ``ev[e]`` past links, within [lo, e)."""
    k = e - 1
    while k >= lo and e - k <= 2 and ev[k].norm in STATE_LINKS:
        k -= 1
    return k if k >= lo and ev[k].content and not ev[k].cap else None


def _unmatched(opcodes: list[tuple[str, int, int, int, int]], end: int) -> set[int]:
    """The claim's places before ``end`` that the alignment leaves unmatched."""
    return {i for op, i1, i2, _, _ in opcodes if op != "equal" for i in range(i1, min(i2, end))}


def dropped_subject_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A contradiction when the claim's verb faces its opposite, said of the claim's subject,
    in a stretch of the evidence the alignment replaces."""
    toks = view.toks
    if not opposed_in(view, art, sup):
        return []  # (no antonym of a claim's word in its evidence: most claims)
    for sid, matcher in alignments(view, art, sup):
        ev = art.sentences[sid].toks
        opcodes = matcher.get_opcodes()
        for op, i1, i2, j1, j2 in opcodes:
            if op != "replace":
                continue
            for c in range(i1, i2):
                t = toks[c]
                if t.cap or not is_predicate(t.norm) or negated(toks, c):
                    continue
                for e in range(j1, j2):
                    if not antonymous(t, ev[e]) or negated(ev, e):
                        continue
                    n = _subject_before(ev, e, j1)
                    if n is None or any(verb_key(u) == verb_key(t) for u in ev):
                        continue
                    dropped = _unmatched(opcodes, c)
                    if not any(toks[d].stem == ev[n].stem for d in dropped):
                        continue
                    said = view.text[t.start : t.end]
                    have = art.text[ev[n].start : ev[e].end]
                    msg = f"The claim says {said!r} where its evidence says {have!r}."
                    return [
                        Finding(FlagCode.NEGATION_FLIP, msg, t.start, t.end, P_CONTRADICTION, True)
                    ]
    return []
