"""A number whose noun is left out counts the noun of the number before it.

English drops the counted noun in a second, parallel phrase once the first has said it:
"killing at least 38 people and injuring more than 200" (200 people), "18 of 24 economists
..., while the remaining six had forecast no change" (six economists). Such a number stands
for its whole noun phrase: its phrase ends right after it (a comma, a stop, the sentence's
end) or a verb's auxiliary follows it. A number right after a name is not one: the name is
the subject of a clause whose verb is left out too ("Castle has 87 branches and Northway
210": Northway's count, which this test, blind to owners, must not lend). A number joined to
another by a hyphen, slash or colon (a score, a range, "21-year-old") or followed by a unit
sign is not such a number.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .features import NUM, Tok
from .lexicon import AUXILIARIES
from .quantities import NumberMention

# Marks that end the number's noun phrase.
_PHRASE_ENDS = frozenset(",;.")


def _stands_alone(toks: Sequence[Tok], m: NumberMention, text: str) -> bool:
    """Whether the number is its whole noun phrase: nothing that it could count follows it."""
    if m.kind != "num":
        return False
    end = toks[m.j - 1].end
    start = toks[m.i].start
    if start and text[start - 1] in "-–/:":
        return False
    if m.i > 0 and toks[m.i - 1].cap:
        return False
    if m.j >= len(toks):
        return not text[end : end + 1] or text[end : end + 1] in _PHRASE_ENDS | {" ", "\n"}
    gap = text[end : toks[m.j].start]
    if gap and gap[0] in _PHRASE_ENDS:
        return True
    nxt = toks[m.j]
    return gap.isspace() and nxt.kind != NUM and nxt.norm in AUXILIARIES


def elided_counts(
    toks: Sequence[Tok], mentions: Sequence[NumberMention], counting: NumberMention, text: str
) -> Iterator[NumberMention]:
    """The numbers after ``counting`` (a number before its noun) that leave that noun out, up
    to the next number of the sentence that is not one of them."""
    later = [m for m in mentions if m.i >= counting.j]
    for m in sorted(later, key=lambda m: m.i):
        if not _stands_alone(toks, m, text):
            return
        yield m
