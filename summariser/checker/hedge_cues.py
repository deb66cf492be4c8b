"""The hedge cues of English that put a verb short of a fact, by class, and where one governs.

The classes are those of the hedge-cue annotations (the CoNLL-2010 shared task's BioScope cues,
Hyland's hedges), cut to what a summary drops in news: adverbs of likelihood ("it probably
sank", "apparently dropped"), adverbs of frequency, which make a habit of a single case ("were
often stolen to order"), a modal with "have" (a counterfactual or a conjecture: "a fine that
would have been"), "can" (ability or possibility: neither says it happened), a modal whose
clause a condition restricts ("would stage a strike ... if the Senate approved"), and a modal
of possibility over the predicate of "be" ("may already be at risk"). The plain modals of
possibility before a verb are modality.py's; plans and intentions stated as done are plans.py's.
Each class is short and closed, so it is written out here with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import NEG, NUM, WORD, Tok
from .lexicon import IRREGULAR_PAST, PREPOSITIONS

# Adverbs of likelihood and of report (Hyland's "probability adverbs"; BioScope's adverb cues).
LIKELY = frozenset(
    {
        *("probably", "possibly", "perhaps", "maybe", "apparently", "seemingly", "presumably"),
        *("reportedly", "allegedly", "supposedly", "purportedly", "ostensibly", "conceivably"),
        *("potentially", "likely", "plausibly"),
    }
)
# Adverbs of indefinite frequency: what happens often is no statement of one case. (Not
# "always" or "never", which hold of every case, nor "rarely", which works as a negation.)
FREQUENT = frozenset(
    {
        *("often", "sometimes", "usually", "frequently", "occasionally", "typically"),
        *("generally", "normally", "commonly", "routinely", "oftentimes"),
    }
)
# Modals before "have": what would, could or might have happened did not, or is a guess.
PERFECT_MODALS = frozenset({"would", "could", "might", "may", "should", "must"})
# Verbs before an infinitive they do not assert: necessity, wish, attempt, expectation. Only a
# claim's own: as cues of the article they were tried and left out (BENCHMARKS.md, hedges15).
GOVERNING = frozenset(
    {
        *("need", "needs", "expected", "expects", "hope", "hopes", "hoped", "hoping"),
        *("want", "wants", "wanted", "wish", "wishes", "wished", "try", "tries", "tried"),
        *("trying", "attempt", "attempts", "attempted", "attempting", "seek", "seeks"),
        *("sought", "seeking", "threaten", "threatens", "threatened", "threatening"),
    }
)
# Words opening a condition that restricts a modal's clause. ("even if" and "as if" concede
# or compare: the clause holds either way; "if" after a verb of asking is a question, frames.py.)
CONDITIONS = frozenset({"if", "unless", "provided", "providing"})
CONDITIONAL_MODALS = frozenset({"would", "could", "might", "will"})
_NOT_CONDITIONS = frozenset({"even", "as", "whether", "asked", "ask", "asks", "wonder", "see"})
# Words between a cue and its verb that leave the verb under it: auxiliaries, "to", and
# adverbs of degree or time.
_PASSED = frozenset(
    {"be", "been", "being", "have", "has", "had", "to", "get", "got", "also", "already"}
    | {"still", "even", "now", "soon", "again", "just", "only", "then", "all", "yet"}
)
_BE = frozenset({"be", "been", "being"})
REACH = 4  # tokens from a cue to the verb it governs ("may already be at risk")
_CONDITION_REACH = 12  # tokens from a conditional modal's verb to its "if"

# The cue classes, as findings name them.
LIKELIHOOD, FREQUENCY, COUNTERFACTUAL, ABILITY, CONDITIONAL, POSSIBLE = range(6)
# Modals of possibility (modality.py reads the verb right after them; here a predicate after
# "be" too: "may already be at risk").
POSSIBILITY = frozenset({"may", "might", "could"})
# Every word that opens one of them.
CUE_WORDS = LIKELY | FREQUENT | PERFECT_MODALS | CONDITIONAL_MODALS | CONDITIONS | {"can"}
_ALONE = LIKELY | FREQUENT | POSSIBILITY | {"can"}  # (cues without a partner word)


def has_cue(norms: frozenset[str]) -> bool:
    """Whether a sentence's words can hold a cue: one that needs no partner, or a modal with
    "have", or a modal with a condition (told at C level: "would" alone is the commonest)."""
    if not norms.isdisjoint(_ALONE):
        return True
    if "have" in norms and not norms.isdisjoint(PERFECT_MODALS):
        return True
    return not norms.isdisjoint(CONDITIONS) and not norms.isdisjoint(CONDITIONAL_MODALS)


def cue_at(toks: Sequence[Tok], m: int, text: str) -> int:
    """The class of the hedge cue that governs the word at ``m``, or -1: a cue within reach
    before it with only auxiliaries, "to", adverbs and a predicate's preposition between
    ("probably sank", "may already be at risk", "would have been"), not negated."""
    passed_have = False
    for b in range(m - 1, max(-1, m - 1 - REACH), -1):
        t = toks[b]
        if t.kind == NEG:
            return -1
        if t.norm in LIKELY:
            return LIKELIHOOD
        if t.norm in FREQUENT:
            return FREQUENCY
        if t.norm in PERFECT_MODALS and passed_have:
            return COUNTERFACTUAL
        if t.norm == "can":
            return ABILITY
        if t.norm in POSSIBILITY and not is_month(toks, b):
            return POSSIBLE
        if t.norm in CONDITIONAL_MODALS:
            return CONDITIONAL if _conditioned(toks, b, m, text) else -1
        if any(p in text[t.end : toks[b + 1].start] for p in ",;:()"):
            return -1
        if t.norm in ("have", "has"):
            passed_have = True
        if t.norm in PREPOSITIONS and b == m - 1 and b > 0 and toks[b - 1].norm in _BE:
            continue  # (the predicate of "be": "at risk")
        if t.norm in _PASSED or (t.content and t.norm.endswith("ly")):
            continue
        return -1
    return -1


def is_month(toks: Sequence[Tok], b: int) -> bool:
    """Whether the "may" at ``b`` is the month: capitalised inside a sentence, before a number,
    or after a determiner or preposition, where no modal stands ("in the May issue", "may 7")."""
    t = toks[b]
    if t.norm != "may":
        return False
    if (t.cap and b > 0) or (b + 1 < len(toks) and toks[b + 1].kind == NUM):
        return True
    return b > 0 and (toks[b - 1].norm in PREPOSITIONS or toks[b - 1].norm in _BEFORE_MONTH)


_BEFORE_MONTH = frozenset({"the", "this", "last", "next", "early", "late", "mid", "since"})


def _conditioned(toks: Sequence[Tok], modal: int, m: int, text: str) -> bool:
    """Whether a condition restricts the clause of the modal at ``modal`` whose verb is at
    ``m``: an "if", "unless" or "provided" after the verb within reach, with no colon or
    semicolon between (a stop inside a sentence is an abbreviation's: "Nov. 12 if"), or a
    sentence opening with one before the modal."""
    first = toks[0].norm if toks else ""
    if first in CONDITIONS and modal > 0:
        return True  # ("If the Senate approves the bill, unions will strike")
    for c in range(m + 1, min(len(toks), m + 1 + _CONDITION_REACH)):
        if any(p in text[toks[c - 1].end : toks[c].start] for p in ";:"):
            return False
        if toks[c].norm in CONDITIONS and toks[c - 1].norm not in _NOT_CONDITIONS:
            return True
    return False


def claim_hedged(toks: Sequence[Tok], k: int, reach: int) -> bool:
    """Whether the claim keeps a hedge of its own before its word at ``k``: a cue of any class,
    a modal, a condition or a negation within ``reach`` tokens. A "would" after a verb of
    saying is the future of reported speech ("Unite said jobs would be lost"), no hedge."""
    for b in range(max(0, k - reach), k):
        t = toks[b]
        if t.kind == NEG or (t.norm in _CLAIM_HEDGES and not (t.cap and b > 0)):
            if t.norm == "would" and _reported_future(toks, b):
                continue
            return True
    return False


_CLAIM_HEDGES = (LIKELY | FREQUENT | GOVERNING | CONDITIONS) | {
    *("may", "might", "could", "can", "would", "should", "must", "plans", "plan", "set"),
    *("believe", "believes", "believed", "think", "thinks", "fear", "fears", "feared"),
    *("suggest", "suggests", "suggested", "linked", "associated", "whether", "due"),
    # (verbs of avoidance and prospect keep a counterfactual: "escaped a fine of £12m")
    *("escaped", "escapes", "avoided", "avoids", "spared", "faces", "faced", "facing"),
}
_SAYING = frozenset({"said", "says", "say", "told", "announced", "added", "stated"})


def _reported_future(toks: Sequence[Tok], b: int) -> bool:
    """Whether the "would" at ``b`` follows a verb of saying (not "would have")."""
    if b + 1 < len(toks) and toks[b + 1].norm == "have":
        return False
    return any(t.norm in _SAYING for t in toks[max(0, b - 6) : b])


# Past forms not in "-ed": the irregular pasts and their participles in "-en" ("taken").
_PARTICIPLES = frozenset(IRREGULAR_PAST) | frozenset(
    {"taken", "stolen", "given", "driven", "written", "beaten", "broken", "chosen", "eaten"}
    | {"fallen", "forgotten", "frozen", "hidden", "ridden", "risen", "shaken", "spoken"}
    | {"sworn", "torn", "worn", "thrown", "shown", "known", "grown", "drawn", "flown", "seen"}
)


def claim_done(toks: Sequence[Tok], k: int) -> bool:
    """Whether the claim's verb at ``k`` says it happened: a past form or participle, not
    after "will" nor after a present "be" (a habit or a state: "are stolen to order")."""
    t = toks[k]
    before = {x.norm for x in toks[max(0, k - REACH) : k]}
    past = t.kind == WORD and (t.norm.endswith("ed") or t.norm in _PARTICIPLES)
    return past and before.isdisjoint(_NOT_DONE)


_NOT_DONE = frozenset({"will", "shall", "is", "are", "am", "be"})


def claim_past(toks: Sequence[Tok]) -> bool:
    """Whether the claim has a verb in a past or perfect form (it tells of an event)."""
    return any(t.kind == WORD and not t.cap and claim_done(toks, k) for k, t in enumerate(toks))
