"""A change given as its amount where the article gives its two ends: "The alliance gained nine
seats compared with last year's election" for "The alliance ... took 89 of the 230 seats in
parliament, up from 80 in the election held in March last year".

News reports a change either way: by its ends ("89, up from 80") or by its amount ("gained
nine"). A claim's number after a verb of gain or loss ("gained nine", "lost 12", "rose by 5") or
before "more" or "fewer" ("nine more seats") agrees with two numbers of one evidence sentence
joined by "up from" or "down from" (the first anywhere before, but not a whole: "89 of the 230
seats, up from 80") whose difference it is, in the same direction: "lost nine" for "89, up from
80" is the change reversed, and "gained eight" another amount. The words before the claim's
verb must all be in that sentence: a change is the party's the sentence gives it to ("The
Socialist Party gained nine seats" is not the alliance's change).
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok
from .prepare import PreparedArticle
from .quantities import NumberMention, same_number

# Verbs that give a change by its amount, as a gain or as a loss.
_GAIN = frozenset(
    {"gain", "gains", "gained", "add", "adds", "added", "rise", "rises", "rose", "increased"}
    | {"grew", "up"}
)
_LOSS = frozenset(
    {"lose", "loses", "lost", "shed", "sheds", "fall", "falls", "fell", "dropped", "decreased"}
    | {"declined", "down"}
)
_AFTER = {"more": 1, "fewer": -1, "less": -1}  # ("nine more seats")
_ENDS = {"up": 1, "down": -1}  # ("89, up from 80")


def direction(toks: Sequence[Tok], num: NumberMention) -> tuple[int, int]:
    """+1 where the claim gives ``num`` as a gain, -1 as a loss, 0 as neither; and where the
    words before the change's verb end."""
    k = num.i - 1
    if k >= 0 and toks[k].norm == "by":  # ("rose by five")
        k -= 1
    if k >= 0 and toks[k].norm in _GAIN:
        return 1, k
    if k >= 0 and toks[k].norm in _LOSS:
        return -1, k
    k = num.i - 1  # ("won nine more seats")
    return (_AFTER.get(toks[num.j].norm, 0) if num.j < len(toks) else 0), k


def given_as_change(
    toks: Sequence[Tok], num: NumberMention, art: PreparedArticle, sids: Sequence[int]
) -> bool:
    """Whether sentences ``sids`` give two ends, "A, up from B", whose change the claim's number
    ``num`` (of the claim's ``toks``) is, in the direction the claim gives it."""
    way, verb = direction(toks, num)
    subject = frozenset(t.stem for t in toks[:verb] if t.content)
    if not way or not subject:
        return False
    for sid in sids:
        sent = art.sentences[sid]
        if not subject <= sent.stems:
            continue  # (the change is the party's that the sentence gives it to)
        st, ms = sent.toks, sent.number_mentions
        for n, old in enumerate(ms):
            k = old.i
            if k < 2 or st[k - 1].norm != "from" or _ENDS.get(st[k - 2].norm) != way:
                continue
            # (any number before it but a whole: "took 89 of the 230 seats, up from 80")
            if any(
                m.kind == old.kind
                and not _whole(st, m)
                and same_number(way * (m.value - old.value), num.value)
                for m in ms[:n]
            ):
                return True
    return False


def _whole(toks: Sequence[Tok], m: NumberMention) -> bool:
    """Whether the number is the whole of a part ("89 of the 230 seats"), not an end."""
    k = m.i - 1
    if k >= 0 and toks[k].norm == "the":
        k -= 1
    return k >= 0 and toks[k].norm == "of"
