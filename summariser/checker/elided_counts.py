"""A number whose noun is left out counts the noun of the number before it.

English drops the counted noun in a second, parallel phrase once the first has said it:
"killing at least 38 people and injuring more than 200" (200 people), "18 of 24 economists
..., while the remaining six had forecast no change" (six economists). Such a number stands
for its whole noun phrase: its phrase ends right after it (a comma, a stop, the sentence's
end), a verb's auxiliary follows it, or a word of degree before its "of" or "than" ("two
short of a majority": two seats), which then goes with the count: a claim without a word of
that side of the mark ("two seats shy of", not "two seats above a majority") is not given
the number. A number right after a name is not one: the name is
the subject of a clause whose verb is left out too ("Castle has 87 branches and Northway
210": Northway's count, which this test, blind to owners, must not lend). A number joined to
another by a hyphen, slash or colon (a score, a range, "21-year-old") or followed by a unit
sign is not such a number.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from .features import NUM, Tok
from .lexicon import AUXILIARIES
from .quantities import NumberMention

# Marks that end the number's noun phrase.
_PHRASE_ENDS = frozenset(",;.")
# Words of degree a number measures, its noun left out ("two short of a majority", "200 more
# than last year", "three ahead of Chelsea"), by the side of the mark they put it on.
_BELOW = frozenset({"short", "shy", "fewer", "less", "behind"})
_ABOVE = frozenset({"more", "ahead", "clear"})


def measures_degree(toks: Sequence[Tok], m: NumberMention, text: str) -> bool:
    """Whether the number stands for its whole noun phrase as the measure of a degree word,
    on either side ("two short of a majority", "200 more than last year")."""
    return _stands_alone(toks, m, text, _BELOW | _ABOVE)


def _stands_alone(
    toks: Sequence[Tok], m: NumberMention, text: str, claimed: Collection[str]
) -> bool:
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
    if not gap.isspace() or nxt.kind == NUM:
        return False
    if nxt.norm in AUXILIARIES:
        return True
    # A measure of a degree word before its "of" or "than": "two short of a majority"
    after = toks[m.j + 1].norm if m.j + 1 < len(toks) else ""
    if after not in ("of", "than"):
        return False
    side = _BELOW if nxt.norm in _BELOW else _ABOVE if nxt.norm in _ABOVE else None
    return side is not None and not side.isdisjoint(claimed)


def elided_counts(
    toks: Sequence[Tok],
    mentions: Sequence[NumberMention],
    counting: NumberMention,
    text: str,
    *,
    claimed: Collection[str],
) -> Iterator[NumberMention]:
    """The numbers after ``counting`` (a number before its noun) that leave that noun out, up
    to the next number of the sentence that is not one of them; a number before a word of
    degree only for a claim whose stems and words (``claimed``) hold one of its side."""
    later = [m for m in mentions if m.i >= counting.j]
    for m in sorted(later, key=lambda m: m.i):
        if not _stands_alone(toks, m, text, claimed):
            return
        yield m
