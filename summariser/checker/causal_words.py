"""Where a sentence links two facts as cause and effect, and where it leaves a cause open.

The claim's class is the explicit connectives of the Penn Discourse Treebank's Contingency class
("because", "due to", "thanks to", "as a result", "so", "therefore", "so that") and the verbs and
nouns of causing ("cause", "lead to", "result in", "trigger", "prompt", "spark", "blame",
"reason"). Temporal "after" and "since" are left out of it: "fell after the report" may say
no more than the order of two events. An article states a link with any of these, and with the
words that news uses for a cause where the reading is plain enough to grant it (a cause after
"after", "amid", "over", "by", "for": "hurt by weak demand", "jailed for fraud").

Each link is a marker: the token range of its words and the side its cause stands on
(``AFTER``: "because the turbines"; ``BEFORE``: "the fault caused the fire"; ``EITHER`` where
the words leave it to the syntax: "blamed X for Y", "the reason").
"""

from __future__ import annotations

from typing import NamedTuple

from .features import Tok
from .lexicon import BE_FORMS
from .predicates import is_predicate

AFTER, BEFORE, EITHER = 1, -1, 0

# Connectives by their first word: the words that must follow it, and the side of the cause.
# (PDTB 2.0 explicit connectives of Contingency.Cause, .Pragmatic cause and .Condition's
# purposive "so that", "in order to"; "since" and "as" are mostly temporal or comparative.)
_CONNECTIVES: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = {
    "because": (((), AFTER),),
    "due": ((("to",), AFTER),),
    "owing": ((("to",), AFTER),),
    "thanks": ((("to",), AFTER),),
    "therefore": (((), BEFORE),),
    "thus": (((), BEFORE),),
    "hence": (((), BEFORE),),
    "consequently": (((), BEFORE),),
    "accordingly": (((), BEFORE),),
    "as": (
        (("a", "result", "of"), AFTER),
        (("a", "consequence", "of"), AFTER),
        (("a", "result"), BEFORE),
        (("a", "consequence"), BEFORE),
    ),
    "on": ((("account", "of"), AFTER),),
    "in": ((("order", "to"), BEFORE),),
}
# "so" joins a consequence only after a comma or "and" ("so far", "so much" are no link).
_NOT_AFTER_SO = frozenset({"far", "much", "many", "long", "too", "called", "as", "to"})
# Verbs and nouns of causing, by stem: an active verb has its cause before it, a passive one
# ("was caused by") after it. "lead", "result" count only with their particle ("led to",
# "resulted in"), "start" and "ignite" only passive with "by" ("was started by a fault").
_CAUSE_VERBS = frozenset({"caus", "trigger", "prompt", "spark", "provok"})
_PARTICLED = {"lead": "to", "led": "to", "result": "in"}
_BY_ONLY = frozenset({"start", "ignit"})
_EITHER_WORDS = frozenset({"blam", "reason"})
_BE_OR_S = BE_FORMS | {"'s", "s"}  # ("is due to appear", "she's due to appear")
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "these", "those", "this"}
)
# Words a claim's link is read by at all (most claims hold none: told at once, by stem).
CLAIM_STEMS = (
    _CAUSE_VERBS
    | _BY_ONLY
    | _EITHER_WORDS
    | frozenset(_PARTICLED)
    | frozenset({"becaus", "due", "owing", "thank", "therefor", "thus", "henc", "consequent"})
)
# An article's further words for a cause, read only in the evidence: the link is stated in
# words that put one event down to another ("fell after the report", "hurt by weak demand").
_LOOSE_AFTER = frozenset(
    {"after", "since", "following", "amid", "over", "by", "for", "from", "as", "when", "with"}
)
_LOOSE_VERBS = frozenset({"forc", "hurt", "hit", "boost", "driven", "fuel", "help", "drove"})


class Marker(NamedTuple):
    """A link's words (token range) and the side its cause stands on."""

    i: int
    j: int
    side: int


def _word_at(toks: list[Tok] | tuple[Tok, ...], k: int, words: tuple[str, ...]) -> bool:
    return k + len(words) <= len(toks) and all(toks[k + n].norm == w for n, w in enumerate(words))


def _passive(toks: list[Tok] | tuple[Tok, ...], k: int) -> bool:
    """Whether the verb at ``k`` is a passive participle with its agent: "was caused by"."""
    return (
        k + 1 < len(toks)
        and toks[k + 1].norm == "by"
        and any(t.norm in BE_FORMS for t in toks[max(0, k - 3) : k])
    )


def _noun_before(toks: list[Tok] | tuple[Tok, ...], k: int, text: str) -> bool:
    """Whether ``toks[k]`` heads a noun phrase: after a determiner or a possessive ("the
    results", "Ferrante's results from June")."""
    if not k:
        return False
    between = text[toks[k - 1].start : toks[k].start]
    return toks[k - 1].norm in _DETERMINERS or "'s" in between or "\u2019s" in between


def _schedule(toks: list[Tok] | tuple[Tok, ...], k: int) -> bool:
    """Whether "due to" at ``k`` is a schedule ("is due to appear"): after a form of "be",
    before a bare verb (a word of a verb's reading, not after a determiner); the cause of
    "was due to the strike" is a noun phrase."""
    if not k or toks[k - 1].norm not in _BE_OR_S or k + 2 >= len(toks):
        return False
    nxt = toks[k + 2]
    return nxt.norm.isalpha() and not nxt.cap and is_predicate(nxt.norm) and nxt.norm[-1] != "s"


def strict_marker(toks: list[Tok] | tuple[Tok, ...], k: int, text: str) -> Marker | None:
    """The claim class's link at ``toks[k]``, if one starts there."""
    t = toks[k]
    for rest, side in _CONNECTIVES.get(t.norm, ()):
        if _word_at(toks, k + 1, rest):
            if t.norm == "due" and _schedule(toks, k):
                return None
            return Marker(k, k + 1 + len(rest), side)
    if t.norm == "so" and k + 1 < len(toks) and toks[k + 1].norm not in _NOT_AFTER_SO:
        before = text[toks[k - 1].end : t.start] if k else ""
        if k and ("," in before or toks[k - 1].norm == "and"):
            return Marker(k, k + 1, BEFORE)
        if k + 1 < len(toks) and toks[k + 1].norm == "that" and k:
            return Marker(k, k + 2, BEFORE)  # (purpose: "so that")
        return None
    if not t.content or (t.cap and k):
        return None
    s = t.stem
    if s in _CAUSE_VERBS:
        if t.norm.startswith("caus") and _noun_before(toks, k, text):
            return Marker(k, k + 1, EITHER)  # (the noun: "the cause of the fire was ...")
        return Marker(k, k + 1, AFTER if _passive(toks, k) else BEFORE)
    if s in _BY_ONLY:
        return Marker(k, k + 2, AFTER) if _passive(toks, k) else None
    particle = _PARTICLED.get(s) or _PARTICLED.get(t.norm)
    if particle is not None and not _noun_before(toks, k, text):
        if k + 1 < len(toks) and toks[k + 1].norm == particle:
            return Marker(k, k + 2, BEFORE)
        if s == "result" and k + 1 < len(toks) and toks[k + 1].norm == "from":
            return Marker(k, k + 2, AFTER)
        return None
    if s in _EITHER_WORDS:
        return Marker(k, k + 1, EITHER)
    return None


def connective(toks: list[Tok] | tuple[Tok, ...], m: Marker) -> bool:
    """Whether the link at ``m`` is a connective ("because", "thanks to", ", so"), not a verb
    or noun of causing."""
    return toks[m.i].norm in _CONNECTIVES or toks[m.i].norm == "so"


def loose_marker(toks: list[Tok] | tuple[Tok, ...], k: int, text: str) -> Marker | None:
    """An article's link at ``toks[k]``: the claim class's, or one of the looser words."""
    found = strict_marker(toks, k, text)
    if found is not None:
        return found
    t = toks[k]
    if t.norm in _LOOSE_AFTER:
        return Marker(k, k + 1, AFTER)
    if t.stem in _LOOSE_VERBS or t.norm in ("led", "leads", "leading", "resulted", "results"):
        return Marker(k, k + 1, AFTER if _passive(toks, k) else BEFORE)
    return None


# An open cause: a word for a cause ("the cause", "what caused", "why") in a sentence that says
# it is not known ("under investigation", "too early to say", "unclear", "declined to comment on
# the cause", "not known", "disputed").
_OPEN = (
    "investig", "unknown", "unclear", "uncertain", "disput", "declin", "specul", "unexplain",
)  # fmt: skip
KNOWN = ("known", "clear", "establish", "determin", "confirm", "identifi")


def _asks_cause(toks: list[Tok] | tuple[Tok, ...]) -> bool:
    """Whether the sentence speaks of a cause as such: "the cause", "what caused", "why"."""
    return any(
        (t.stem == "caus" and k and toks[k - 1].norm in ("the", "what", "its"))
        or t.norm == "why"
        or (t.stem == "reason" and k and toks[k - 1].norm == "the")
        for k, t in enumerate(toks)
    )


def known_cause(toks: list[Tok] | tuple[Tok, ...]) -> bool:
    """Whether the sentence says a cause is known, with no negation ("the cause of the crash was
    known"), the converse of an open one."""
    if not _asks_cause(toks) or open_cause(toks):
        return False
    norms = [t.norm for t in toks]
    negated = any(n in ("not", "no", "yet", "n't", "never") for n in norms)
    return not negated and any(n.startswith(KNOWN) for n in norms)


def open_cause(toks: list[Tok] | tuple[Tok, ...]) -> bool:
    """Whether the sentence leaves a cause open: a cause noun ("the cause"), or a question of
    cause ("what caused", "why"), with a word that says it is not known."""
    if not _asks_cause(toks):
        return False
    norms = [t.norm for t in toks]
    if any(n.startswith(_OPEN) for n in norms):
        return True
    if "early" in norms and "too" in norms:
        return True
    negated = any(n in ("not", "no", "yet", "n't", "never") for n in norms)
    return negated and any(n.startswith(KNOWN) for n in norms)
