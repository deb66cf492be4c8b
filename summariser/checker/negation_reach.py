"""What a negation cue negates: the words of its own clause, and no word put in their place.

A cue right before punctuation negates a verb it leaves out ("do better than those who don't,
researchers claim": the clause ends at the comma, and "researchers claim" is the sentence's
main clause, not what is denied). A short aside set off by commas ("did not, however, attend")
leaves the clause open past it.

A negation a claim leaves out is a flip only when the claim still says what the cue negated.
"Abe was not in his office at the time. He is in Indonesia" denies one place and states
another: "Abe was in Indonesia at the time" puts the other place where the denied one was, and
asserts nothing the evidence denies (whether it is supported is the other tests' question).
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Tok

_CLAUSE_END = frozenset(",;:.!?—–")  # punctuation that can end a clause (no hyphen: "non-")
ASIDE_REACH = 3  # words of an aside set off by commas right after a cue ("not, however,")
CONTEXT_REACH = 5  # tokens after a cue read for its context, as neg_context reads them
HEAD_REACH = 3  # tokens after a cue where the word it negates is read ("not in his office")


def _gap(toks: Sequence[Tok], k: int, text: str) -> str:
    """The text between toks[k] and the token after it."""
    return text[toks[k].end : toks[k + 1].start]


def clause_after(toks: Sequence[Tok], c: int, text: str) -> tuple[str, ...] | None:
    """The content stems the cue toks[c] negates when punctuation follows it: none for a verb it
    leaves out ("those who don't, researchers claim"), the first two past a short aside ("did
    not, however, attend the meeting"). None when no punctuation follows the cue (its words are
    read as ``neg_context`` reads them)."""
    if c + 1 >= len(toks) or _CLAUSE_END.isdisjoint(_gap(toks, c, text)):
        return None
    if _gap(toks, c, text).strip() == ",":
        for k in range(c + 1, min(c + 1 + ASIDE_REACH, len(toks) - 1)):
            gap = _gap(toks, k, text)
            if not _CLAUSE_END.isdisjoint(gap):
                if gap.strip() != ",":
                    break
                words = toks[k + 1 : k + 1 + CONTEXT_REACH]
                return tuple([t.stem for t in words if t.content][:2])
    return ()


def replaced_denied(toks: Sequence[Tok], i: int, ev: Sequence[Tok], j: int) -> bool:
    """Whether the claim's words from toks[i] put other words where the evidence's from ev[j],
    right after the cue the claim left out, were: neither side's content words there are the
    other's ("in Indonesia" where the evidence has "not in his office")."""
    denied = {t.stem for t in ev[j : j + HEAD_REACH] if t.content}
    said = {t.stem for t in toks[i : i + HEAD_REACH] if t.content}
    return bool(denied) and bool(said) and denied.isdisjoint(said)
