"""A number inside a relative clause counts for the clause's antecedent only.

"Battery life is about six hours, less than rival products from Meta, which last up to eight
hours" gives the eight hours to Meta's products: the clause that ", which" opens is about the
words right before the comma. A claim that copies the clause's number but puts it to the
sentence's own subject ("The glasses' battery lasts up to eight hours") moves the number to
another thing: the claim names the sentence's subject ("battery") and not the antecedent
("rival products from Meta").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .features import Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .quantities import NumberMention, same_number
from .support import Support

_OPENERS = frozenset({"which", "who"})
MAX_ANTECEDENT = 5  # tokens before the comma that name what the clause is about
MAX_REACH = 8  # tokens from the relative pronoun to the number


def _clause_of(ev: Sequence[Tok], k: int, text: str) -> int:
    """The index of the ", which" / ", who" that opens the clause holding token ``k`` (within
    MAX_REACH tokens, no comma between), or -1."""
    for r in range(k - 1, max(0, k - MAX_REACH) - 1, -1):
        gap = text[ev[r].end : ev[r + 1].start]
        if "," in gap or ";" in gap:
            return -1
        if ev[r].norm in _OPENERS and r > 0 and "," in text[ev[r - 1].end : ev[r].start]:
            return r
    return -1


def _antecedent(ev: Sequence[Tok], r: int, text: str) -> int:
    """Where the words the clause at ``r`` is about begin: back from the comma to the comma
    before, within MAX_ANTECEDENT tokens."""
    a = _segment(ev, r, text)
    if a > 0 and r - a <= 2 and "," in text[ev[a - 1].end : ev[a].start]:
        a = _segment(ev, a, text)  # (past an apposition: "Kiprop, 24, who was running")
    while a < r - 1 and not ev[a].content:
        a += 1  # ("than rival products": the words, not the comparison's "than")
    return a


def _segment(ev: Sequence[Tok], r: int, text: str) -> int:
    """Where the words before token ``r`` begin, back to a comma, within MAX_ANTECEDENT."""
    a = r - 1
    while a > 0 and r - a < MAX_ANTECEDENT and "," not in text[ev[a - 1].end : ev[a].start]:
        a -= 1
    return a


def relative_number_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, mentions: Sequence[NumberMention]
) -> list[Finding]:
    """Claim numbers that their evidence gives, inside a relative clause, to an antecedent the
    claim leaves out, while the claim names the sentence's subject instead."""
    out: list[Finding] = []
    stems = {t.stem for t in view.toks if t.content}
    for m in mentions:
        for sid in sup.sids:
            sent = art.sentences[sid]
            ev = sent.toks
            for n in sent.number_mentions:
                if not same_number(m.value, n.value):
                    continue
                r = _clause_of(ev, n.i, art.text)
                if r < 0:
                    continue
                a = _antecedent(ev, r, art.text)
                about = {t.stem for t in ev[a:r] if t.content}
                subject = {t.stem for t in ev[:a] if t.content} - about
                named = subject & stems
                if about & stems or not named or _given_elsewhere(art, sid, m.value, named):
                    continue
                tok = view.toks[m.i]
                mine = view.text[tok.start : view.toks[m.j - 1].end]
                msg = (
                    f"The claim gives {mine!r} to what its sentence is about; the article's "
                    f"clause gives it to {art.text[ev[a].start : ev[r - 1].end]!r}."
                )
                end = view.toks[m.j - 1].end
                out.append(
                    Finding(FlagCode.NUMBER_SWAPPED, msg, tok.start, end, P_CONTRADICTION, True)
                )
    return out


def _given_elsewhere(art: PreparedArticle, sid: int, value: float, named: set[str]) -> bool:
    """Whether another sentence gives the number with the claim's subject words."""
    return any(
        other != sid
        and named <= art.sentences[other].stems
        and any(same_number(value, v) for v, _ in art.sentences[other].numbers)
        for w in named
        for other in art.index.get(w, ())
    )
