"""A verb or a number the article gives only under a hedge cue, stated by the claim as a fact.

"The ship sank in the 4th century B.C." for "It probably sank ...", "The brooch had been stolen
to order" for "pieces of this kind were often stolen to order", "Each company was fined 10%" for
"Fines can reach 10%", "Unions will stage a strike" for "would stage a strike ... if the Senate
approved the bill", "Dunmore was fined £12m" for "escaping a fine that would have been about
£12m". The cue classes are hedge_cues.py's. A word the supporting sentences also give
without a cue, or that the claim keeps under a hedge of its own, is left to the other tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .features import NUM, WORD, Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .hedge_cues import (
    ABILITY,
    CONDITIONAL,
    CONDITIONS,
    CUE_WORDS,
    FREQUENCY,
    PERFECT_MODALS,
    REACH,
    claim_done,
    claim_hedged,
    claim_past,
    cue_at,
    has_cue,
    is_month,
)
from .lexicon import NUMBER_WORDS
from .prepare import PreparedArticle
from .support import Support

_CLAUSE = 8  # tokens before a claim's word within which its own hedge covers it
# Modals whose clause puts a number short of a fact: possibility ("up to 1,500 jobs could be
# lost"), and any modal with "have" ("would have been about £12m").
_NUMBER_MODALS = frozenset({"may", "might", "could", "can"})
_NUMBER_BACK = 6  # tokens from a modal forward to a number of its complement
_NUMBER_AHEAD = 3  # tokens from a number forward to the modal of its clause (its subject)
# A subject's number is under the modal only as the patient of a passive ("up to 1,500 jobs
# could be lost"): an active verb's subject is there whether or not it acts ("holders from the
# 2010-11 campaign might struggle").
_POSSIBLE = frozenset({"may", "might", "could"})
# Words that end a clause for a number's modal: a relative's or a conjunction's clause is
# another ("500 people who could lose their jobs").
_CLAUSE_STOPS = frozenset({"and", "but", "that", "which", "who", "while", "whereas", "after"})

_Cued = tuple[str, tuple[int, int, int]]  # a stem and its (class, sentence, token)


def hedge_cue_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """Claim words stated as facts where every supporting sentence gives them under a cue."""
    sids = [s for s in sup.sids if has_cue(art.sentences[s].norms)]
    if not sids:
        return []  # (most claims: no supporting sentence has a cue)
    return _word_findings(view, art, sids, sup.sids) or _number_findings(view, art, sup.sids)


def _word_findings(
    view: ClaimView, art: PreparedArticle, sids: list[int], support: Sequence[int]
) -> list[Finding]:
    """Claim words the cued sentences ``sids`` give under a cue, and every sentence of the
    ``support`` that gives them at all."""
    cued: dict[str, tuple[int, int, int]] = {}
    for sid in sids:
        for stem, place in art.derived((_CUED, sid), _sentence_cued):
            cued.setdefault(stem, place)
    if not cued:
        return []
    toks = view.toks
    for k, t in enumerate(toks):
        if t.kind != WORD or not t.content or t.cap or t.stem not in cued:
            continue
        if t.norm.endswith("ly"):
            continue  # (the claim's adverb is not the verb a cue governs: "only slowly")
        if claim_hedged(toks, k, _CLAUSE) or not _cued_everywhere(art, support, t.stem):
            continue
        kind, sid, m = cued[t.stem]
        if kind == CONDITIONAL and any(x.norm in CONDITIONS for x in toks[k + 1 :]):
            continue  # (the claim keeps the condition after its verb: "will return ... if")
        if kind in (ABILITY, FREQUENCY) and not claim_done(toks, k):
            continue  # ("can display": an ability is no event; "often use": a habit)
        ev = art.sentences[sid].toks
        said = art.text[ev[max(0, m - 4)].start : ev[m].end]
        msg = (
            f"The claim states {view.text[t.start : t.end]!r} as a fact; the article gives it "
            f"only under a hedge: {said!r}."
        )
        return [Finding(FlagCode.HEDGE_DROPPED, msg, t.start, t.end, P_CONTRADICTION)]
    return []


def _cued_everywhere(art: PreparedArticle, sids: Sequence[int], stem: str) -> bool:
    """Whether every place the supporting sentences give ``stem`` is under a cue."""
    return all(
        cue_at(art.sentences[s].toks, m, art.text) >= 0
        for s in sids
        if stem in art.sentences[s].stems
        for m, e in enumerate(art.sentences[s].toks)
        if e.stem == stem
    )


_CUED = "hedge-cued words"


def _sentence_cued(art: PreparedArticle, key: tuple[str, int]) -> tuple[_Cued, ...]:
    """The content words of sentence ``key[1]`` under a hedge cue, each at its first place
    (the same for every claim: read once an article)."""
    sid = key[1]
    ev = art.sentences[sid].toks
    out: dict[str, tuple[int, int, int]] = {}
    # (only the words within reach after a cue word can be governed by one)
    near = sorted({m for b, e in enumerate(ev) if e.norm in CUE_WORDS for m in _after(b, ev)})
    for m in near:
        e = ev[m]
        if e.kind == WORD and e.content and not e.cap and e.norm not in CUE_WORDS:
            kind = cue_at(ev, m, art.text)
            if kind >= 0:
                out.setdefault(e.stem, (kind, sid, m))
    return tuple(out.items())


def _after(b: int, ev: Sequence[Tok]) -> range:
    return range(b + 1, min(len(ev), b + 1 + REACH))


def _number_findings(view: ClaimView, art: PreparedArticle, sids: Sequence[int]) -> list[Finding]:
    """A number of the claim the supporting sentences give only in a modal's clause."""
    toks = view.toks
    numbers = [k for k, t in enumerate(toks) if _is_number(t)]
    if not numbers or claim_hedged(toks, len(toks), len(toks)):
        return []  # (no number, or a hedge of the claim's own anywhere in it)
    for k in numbers:
        norm = toks[k].norm
        places = [
            (ev, p)
            for ev in (art.sentences[s].toks for s in sids)
            for p, e in enumerate(ev)
            if e.norm == norm
        ]
        hedges = [_number_modal(ev, p, art.text) for ev, p in places]
        if not places or "" in hedges:
            continue
        if all(h == "can" for h in hedges) and not claim_past(toks):
            continue  # ("Fines can reach 10%": only an event said to have been fined is more)
        t = toks[k]
        msg = (
            f"The claim states {view.text[t.start : t.end]!r} as a fact; the article gives it "
            f"only under {hedges[0]!r}."
        )
        return [Finding(FlagCode.HEDGE_DROPPED, msg, t.start, t.end, P_CONTRADICTION)]
    return []


def _is_number(t: Tok) -> bool:
    return t.kind == NUM or (t.norm in NUMBER_WORDS and t.norm not in ("one", "a"))


def _number_modal(ev: Sequence[Tok], p: int, text: str) -> str:
    """The modal whose clause holds the number at ``p`` ("could reach 10%", "would have been
    about £12m", "1,500 jobs could be lost"), or "" if none does. A number after "from" is the
    start of a change, which holds now ("could cut rates from 4%")."""
    if p > 0 and ev[p - 1].norm == "from":
        return ""
    for b in range(p - 1, max(-1, p - 1 - _NUMBER_BACK), -1):
        if _stop(ev, b, text):
            break
        if is_month(ev, b):
            continue
        if ev[b].norm in _NUMBER_MODALS or (
            ev[b].norm in PERFECT_MODALS and ev[b + 1].norm == "have"
        ):
            return ev[b].norm
    for a in range(p + 1, min(len(ev) - 1, p + 1 + _NUMBER_AHEAD)):
        if _stop(ev, a - 1, text):
            break
        if ev[a].norm in _POSSIBLE and ev[a + 1].norm == "be":
            return ev[a].norm
    return ""


def _stop(ev: Sequence[Tok], b: int, text: str) -> bool:
    """Whether a clause ends at or right after token ``b``."""
    if ev[b].norm in _CLAUSE_STOPS:
        return True
    return b + 1 < len(ev) and any(c in text[ev[b].end : ev[b + 1].start] for c in ",;:()")
