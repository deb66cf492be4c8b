"""The subject of a participle: the subject of the clause it hangs from.

"Bayramov was more cautious, saying Azerbaijan would not sign a full peace treaty ...": after
a comma, "saying" has no subject of its own; it reports for the subject of the main clause,
however many words stand between (here "was more cautious"). The reporting-cue reader takes a
speaker only within a few words of its verb, so such a sentence named no speaker for its
reported words, and a claim giving them to another person of the story went unchallenged.
"""

from __future__ import annotations

from collections.abc import Sequence

from .descriptions import spaced
from .features import Tok
from .lexicon import AUXILIARIES, CLAUSE_OPENERS, PREPOSITIONS

_NOT_DESCRIPTION = CLAUSE_OPENERS | PREPOSITIONS | AUXILIARIES
_SPEAKING = frozenset({"saying", "telling"})  # ("adding", "warning": a verb of their own)


def _opens(toks: Sequence[Tok], i: int, text: str) -> bool:
    """Whether the name at ``i`` is in the sentence's first phrase: before it only words of a
    description ("Chief executive Priya Raman"), no comma, preposition or clause opener ("In a
    memo, Raman", "After the vote Raman")."""
    if any(toks[k].norm in _NOT_DESCRIPTION for k in range(i)):
        return False
    return i == 0 or "," not in text[toks[0].start : toks[i].start]


def participle_speaker(
    toks: Sequence[Tok], names: Sequence[tuple[int, int]], text: str
) -> tuple[int, int] | None:
    """The token range of the name that opens the sentence as the subject of a ", saying"
    later in its main clause; None when there is none."""
    if not names:
        return None
    i, j = names[0]
    if not _opens(toks, i, text):
        return None
    for k in range(j + 1, len(toks)):
        if toks[k].norm in CLAUSE_OPENERS:
            return None  # another clause opens before any participle: not the main clause's
        if toks[k].norm in _SPEAKING and "," in text[toks[k - 1].end : toks[k].start]:
            return i, j
    return None


def participle_subject(toks: Sequence[Tok], v: int, text: str) -> tuple[int, int] | None:
    """The token range of the name opening the sentence as the subject of the participle at
    ``v`` after a comma ("Rival General Electric announced a restructuring, cutting 1,500
    jobs"); None when the participle hangs from another clause or the sentence opens with none."""
    if not toks[v].norm.endswith("ing") or "," not in text[toks[v - 1].end : toks[v].start]:
        return None
    # The first run of capitalised words joined by spaces that a word in lower case follows (a
    # dateline's "FRANKFURT (Reuters) -" is none).
    i = j = 0
    while i < v:
        if not (toks[i].cap and toks[i].content):
            i += 1
            continue
        j = i + 1
        while j < v and toks[j].cap and toks[j].content and spaced(text, toks, j):
            j += 1
        if j < v and spaced(text, toks, j) and not toks[j].cap:
            break
        i = j
    if i >= v or not _opens(toks, i, text):
        return None
    if any(toks[k].norm in CLAUSE_OPENERS for k in range(j, v)):
        return None  # (another clause opens before the participle)
    return i, j
