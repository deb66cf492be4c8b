"""How a word reads in a clause, off its neighbours: a finite verb, a passive one, a clause's
opening. Shared by the tests of who did what (subjects.py, patients.py)."""

from __future__ import annotations

from .features import NUM, Tok
from .lexicon import (
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_OPENERS,
    IRREGULAR_PAST,
    REPORTING_VERBS,
    UNMARKED_PASTS,
)

# Reporting verbs too common to be content words ("said", "told"): verbs all the same.
_SAYING = frozenset({"said", "says", "say", "told", "tell", "tells"})


def verb_like(toks: tuple[Tok, ...] | list[Tok], v: int) -> bool:
    """Whether the word at ``v`` reads as a finite verb: a content word after an auxiliary,
    inflected ("pledged", "urges"), or an irregular or unmarked past ("led", "beat"); "said"
    and "told" too, though they are stop words."""
    t = toks[v]
    if t.cap or not (t.content or t.norm in _SAYING):
        return False
    if v > 0 and toks[v - 1].norm in AUXILIARIES:
        return True
    if t.norm in IRREGULAR_PAST or t.norm in UNMARKED_PASTS:
        return True
    return t.norm.endswith(("ed", "s")) and not t.norm.endswith(("ss", "us", "is"))


def surely_verb(toks: tuple[Tok, ...], v: int) -> bool:
    """Whether the word at ``v`` is a verb whatever precedes it: a reporting verb, a past tense
    or after an auxiliary (not a plural noun: "..., Ramapo and Long Island, investigators")."""
    t = toks[v]
    return (
        t.norm in REPORTING_VERBS
        or t.norm in IRREGULAR_PAST
        or t.norm in UNMARKED_PASTS
        or t.norm.endswith("ed")
        or (v > 0 and toks[v - 1].norm in AUXILIARIES)
    )


def is_passive(toks: tuple[Tok, ...] | list[Tok], v: int) -> bool:
    """Whether the verb at ``v`` is passive: "sold by Christie's", "was sold" (not "is
    demanding")."""
    if v + 1 < len(toks) and toks[v + 1].norm == "by":
        return True
    return toks[v - 1].norm in BE_FORMS and not toks[v].norm.endswith("ing")


def opens_at(ev: tuple[Tok, ...], a: int, text: str) -> bool:
    """Whether a clause can start at token ``a`` (after an opener, a comma or a dash)."""
    if opens_clause(ev[a - 1]):
        return True
    gap = text[ev[a - 1].end : ev[a].start]
    return not _BREAKS.isdisjoint(gap) or " -" in gap or "- " in gap


_BREAKS = frozenset(",:;(—–")  # marks a clause (or a headline's label, "The Latest:") ends at


def opens_clause(t: Tok) -> bool:
    """Whether a clause can start after token ``t``."""
    return t.norm in CLAUSE_OPENERS


_STOPS = frozenset(".;!?")


def numbers_after(toks: tuple[Tok, ...] | list[Tok], v: int, text: str) -> frozenset[str]:
    """The stems of the numbers after the verb at ``v``, up to the end of its sentence (a
    claim may hold several)."""
    out = []
    for k in range(v + 1, len(toks)):
        if not _STOPS.isdisjoint(text[toks[k - 1].end : toks[k].start]):
            break
        if toks[k].kind == NUM:
            out.append(toks[k].stem)
    return frozenset(out)
