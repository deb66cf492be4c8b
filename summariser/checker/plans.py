"""A plan stated as done: "Karamanlis said he had visited the site" where the article says he
"would visit the site on Thursday". A summary that turns what someone will do into what they
did reports an event the article does not.

The evidence's verb is planned when a modal of the future stands just before it ("will visit",
"would also meet"), or "to" after a verb of intention or schedule ("plans to visit", "is set to
sign") or after a planned verb, as its purpose ("will meet on Monday to vote"); the claim's form
of it is done when it is past ("visited", "met") or perfect ("has signed"), with no modal or
"to" of its own before it. A verb the supporting sentences also give as done, or that either
side negates, is left to the other tests.
"""

from __future__ import annotations

import logging

from ..report import FlagCode
from .features import NEG, WORD, Tok, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import IRREGULAR_PAST
from .plan_subjects import planned_for_other
from .prepare import PreparedArticle
from .support import Support

logger = logging.getLogger(__name__)

_FUTURE = frozenset({"will", "would", "shall"})
_INTENT = frozenset(
    {"plans", "plan", "planned", "planning", "set", "due", "expected", "going", "intends", "aims"}
)
_PERFECT = frozenset({"has", "have", "had"})
_MODALS = frozenset({"may", "might", "could", "can", "should", "must"})
_INFINITIVE_BE = frozenset({"be", "being"})
_REACH = 3  # tokens before a verb within which its modal stands ("will also visit")
_PURPOSE_REACH = 5  # tokens from a planned verb to the "to" of its purpose


def _planned_at(toks: tuple[Tok, ...] | list[Tok], m: int) -> bool:
    """Whether the verb at ``m`` is in the future: after "will" ("will also visit"), or after
    "to" that follows a verb of intention ("plans to visit"), not negated."""
    for b in range(m - 1, max(-1, m - 1 - _REACH), -1):
        t = toks[b]
        if t.kind == NEG:
            return False
        if t.norm in _FUTURE:
            return True
        if t.norm == "to":
            return b > 0 and (toks[b - 1].norm in _INTENT or _purpose_of_plan(toks, b))
        if t.content and not t.norm.endswith("ly"):
            return False
    return False


def _purpose_of_plan(toks: tuple[Tok, ...] | list[Tok], b: int) -> bool:
    """Whether the "to" at ``b`` opens the purpose of a planned verb: "will meet again next
    Monday to vote" (the vote is to come as the meeting is)."""
    for p in range(b - 1, max(-1, b - 1 - _PURPOSE_REACH), -1):
        t = toks[p]
        if t.kind == NEG or not t.norm.isalnum():
            return False
        if t.kind == WORD and t.content and not t.cap and _planned_at(toks, p):
            return True
    return False


def _after_future(toks: tuple[Tok, ...] | list[Tok], b: int) -> bool:
    """Whether a modal of the future stands within reach of a planned verb's purpose before
    ``b`` (see _purpose_of_plan)."""
    return any(t.norm in _FUTURE for t in toks[max(0, b - _PURPOSE_REACH - _REACH) : b])


def done_at(toks: list[Tok], k: int) -> bool:
    """Whether the claim's verb at ``k`` says it happened: a past or perfect form, with no
    modal, "to" or negation of its own before it."""
    t = toks[k]
    past = (t.norm.endswith("ed") and len(t.norm) > 4) or t.norm in IRREGULAR_PAST
    perfect = k > 0 and toks[k - 1].norm in _PERFECT
    if not (past or perfect) or (k > 0 and toks[k - 1].norm in _INFINITIVE_BE):
        return False  # (a participle after "be": "can be relegated", "will be held")
    return not any(
        x.norm in _FUTURE or x.norm in _MODALS or x.norm == "to" or x.kind == NEG
        for x in toks[max(0, k - _REACH) : k]
    )


def verb_places(art: PreparedArticle, sids: tuple[int, ...], key: str) -> list[tuple[int, int]]:
    """Each (sentence, token) of ``sids`` where the verb ``key`` (verb_key) stands."""
    return [
        (sid, m)
        for sid in sids
        for m, e in enumerate(art.sentences[sid].toks)
        if e.kind == WORD and verb_key(e) == key
    ]


def plan_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """Claim verbs stated as done where every supporting sentence gives them as planned."""
    planned = _planned_keys(art, sup)
    if not planned:
        return []  # (most claims: no supporting sentence looks ahead)
    toks = view.toks
    for k, t in enumerate(toks):
        if t.kind != WORD or t.cap or verb_key(t) not in planned or not done_at(toks, k):
            continue
        key = verb_key(t)
        places = verb_places(art, sup.sids, key)
        # (another subject's plan: "while the ECB is expected to keep rates")
        claimed = {x.stem for x in toks}
        places = [
            (s, m)
            for s, m in places
            if not planned_for_other(art.sentences[s].toks, m, art.text, claimed)
        ]
        if not places or not all(_planned_at(art.sentences[s].toks, m) for s, m in places):
            continue
        sid, m = planned[key]
        ev = art.sentences[sid].toks
        said = art.text[ev[max(0, m - _REACH)].start : ev[m].end]
        msg = (
            f"The claim says {view.text[t.start : t.end]!r} happened; the article gives it as "
            f"to come: {said!r}."
        )
        return [Finding(FlagCode.HEDGE_DROPPED, msg, t.start, t.end, P_CONTRADICTION)]
    return []


def _planned_keys(art: PreparedArticle, sup: Support) -> dict[str, tuple[int, int]]:
    """The verbs (verb_key) the supporting sentences give as planned, each with its first place:
    those within reach after "will" or after an intention's "to"."""
    out: dict[str, tuple[int, int]] = {}
    for sid in sup.sids:
        for key, place in art.derived((_PLANS, sid), _sentence_plans):
            out.setdefault(key, place)
    return out


_PLANS = "planned verbs"
_Planned = tuple[str, tuple[int, int]]  # a verb's key and its place (sentence, token)


def _sentence_plans(art: PreparedArticle, key: tuple[str, int]) -> tuple[_Planned, ...]:
    """The verbs one sentence gives as planned, each with its first place, in order (the same
    for every claim it supports: kept on the article)."""
    sid = key[1]
    sent = art.sentences[sid]
    if _FUTURE.isdisjoint(sent.norms) and _INTENT.isdisjoint(sent.norms):
        return ()
    out: dict[str, tuple[int, int]] = {}
    ev = sent.toks
    for b, t in enumerate(ev):
        if t.norm not in _FUTURE and t.norm != "to":
            continue
        intended = b > 0 and ev[b - 1].norm in _INTENT
        if t.norm == "to" and not intended and not _after_future(ev, b):
            continue  # (a "to" with no plan before it: neither intention nor purpose)
        for m in range(b + 1, min(len(ev), b + 1 + _REACH)):
            if ev[m].kind == WORD and ev[m].content and _planned_at(ev, m):
                out.setdefault(verb_key(ev[m]), (sid, m))
    return tuple(out.items())
