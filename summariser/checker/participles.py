"""The speaker of a participle of speech: the subject of the clause it hangs from.

"Bayramov was more cautious, saying Azerbaijan would not sign a full peace treaty ...": after
a comma, "saying" has no subject of its own; it reports for the subject of the main clause,
however many words stand between (here "was more cautious"). The reporting-cue reader takes a
speaker only within a few words of its verb, so such a sentence named no speaker for its
reported words, and a claim giving them to another person of the story went unchallenged.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok
from .lexicon import CLAUSE_OPENERS
from .values import TITLE_WORDS

_SPEAKING = frozenset({"saying", "telling"})  # ("adding", "warning": a verb of their own)


def participle_speaker(
    toks: Sequence[Tok], names: Sequence[tuple[int, int]], text: str
) -> tuple[int, int] | None:
    """The token range of the name that opens the sentence as the subject of a ", saying"
    later in its main clause; None when there is none."""
    if not names:
        return None
    i, j = names[0]
    if any(not (t.cap and t.norm.rstrip(".") in TITLE_WORDS) for t in toks[:i]):
        return None  # the name does not open the sentence (titles aside): not its subject
    for k in range(j + 1, len(toks)):
        if toks[k].norm in CLAUSE_OPENERS:
            return None  # another clause opens before any participle: not the main clause's
        if toks[k].norm in _SPEAKING and "," in text[toks[k - 1].end : toks[k].start]:
            return i, j
    return None
