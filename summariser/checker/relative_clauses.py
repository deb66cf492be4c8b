"""The subject of a relative clause is the subject of that clause only.

"Bayramov was more cautious, saying Azerbaijan would not sign a treaty until Armenia changed
its constitution, which Baku says contains a claim to its territory": Baku is the speaker of
"contains a claim to its territory", the clause its relative pronoun opens, not of the words
before it. A claim that reports those earlier words ("Bayramov said Azerbaijan would not
sign ...") has no rival in Baku; one that reports the clause ("Baku says the constitution
contains a claim") does.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok

_RELATIVES = frozenset({"which", "that", "who", "whom"})


def in_other_clause(toks: Sequence[Tok], i: int, words: set[str]) -> bool:
    """Whether the subject at ``i`` of sentence ``toks`` opens a relative clause ("which Baku
    says") while most of the claim's words ``words`` (stems) stand before that clause."""
    if i == 0 or toks[i - 1].norm not in _RELATIVES:
        return False
    before = sum(t.stem in words for t in toks[: i - 1])
    after = sum(t.stem in words for t in toks[i:])
    return before > after
