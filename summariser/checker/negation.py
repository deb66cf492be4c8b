"""Polarity flips: the same statement negated on one side only, or opposite predicates.

A negation in the claim when no supporting sentence negates or denies anything is a doubt of its
own (P_UNMATCHED_NEGATION, weighed as the other indirect polarity test, P_OPPOSITE). Words that
deny without a cue ("refused to confirm") count as negations on both sides.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from operator import attrgetter

from ..report import FlagCode
from .features import NEG, NUM, Tok
from .features import stem as features_stem
from .flags import P_NEGATION, P_OPPOSITE, ClaimView, Finding
from .lexicon import NEGATIVE_WORDS, OPPOSITES
from .negation_reach import clause_after
from .prepare import PreparedArticle
from .prepared_sentence import neg_context
from .quantities import is_bound
from .support import Support

_KIND = attrgetter("kind")
_NORM = attrgetter("norm")


def _negative(t: Tok) -> bool:
    """A negation cue, or a word that denies or withholds ("refused to confirm")."""
    return t.kind == NEG or t.norm in NEGATIVE_WORDS


def _asserted(
    toks: list[Tok] | tuple[Tok, ...], prev: str | None, after: tuple[str, ...]
) -> int | None:
    """Index of the negation's target in ``toks`` when the same words occur there un-negated.

    The target (first word after the cue) must be preceded closely by the cue's preceding word,
    or (without one) be followed by the cue's second word - so only the same statement counts.
    None as well when the same words occur there negated too: "no South Africans had been
    affected ... the South African Foreign Affairs Department said" negates the statement, and
    its second "South African" is another phrase.
    """
    target = after[0]
    found = None
    for k, t in enumerate(toks):
        if t.stem != target or not t.content:
            continue
        lo = max(0, k - 6)
        if prev is not None:
            starts = [i for i in range(lo, k) if toks[i].stem == prev]
            if not starts:
                continue
            lo = starts[-1]
        elif len(after) < 2 or not any(u.stem == after[1] for u in toks[k + 1 : k + 4]):
            continue
        if any(_negative(u) for u in toks[max(0, k - 4) : k]) or any(
            _negative(u) for u in toks[lo:k]
        ):
            return None
        found = k if found is None else found
    return found


_NOMINAL_SUFFIXES = ("ion", "ment")
NOMINAL_REACH = 6  # tokens after the noun within which the negated verb's object must follow


def _root(stem: str) -> str:
    """The verb inside a nominalisation: "discussion" -> "discuss", "agreement" -> "agree"."""
    for suffix in _NOMINAL_SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
            return features_stem(stem[: -len(suffix)])  # as the verb's own stem: "discus"
    return stem


def _nominal(toks: tuple[Tok, ...], after: tuple[str, ...]) -> bool:
    """Whether the evidence affirms the negated verb as a noun: "did not discuss security"
    against "held discussions on trade and security" (same object, no negation before)."""
    verb, obj = after[0], after[1]
    for k, t in enumerate(toks):
        if not t.content or t.stem == verb or _root(t.stem) != verb:
            continue
        if any(u.stem == obj for u in toks[k + 1 : k + 1 + NOMINAL_REACH]) and not any(
            u.kind == NEG for u in toks[max(0, k - 4) : k]
        ):
            return True
    return False


def _own_clause(
    toks: tuple[Tok, ...] | list[Tok], c: int, text: str, after: tuple[str, ...]
) -> tuple[str, ...]:
    """The words the cue toks[c] negates (``after``, as ``neg_context`` read them) within its
    own clause: punctuation right after the cue ends what it negates (``clause_after``)."""
    own = clause_after(toks, c, text) if after else None
    return after if own is None else own


def negation_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """Polarity flips: the same statement negated on one side only, or opposite predicates."""
    out: list[Finding] = []
    if not sup.sids:
        return out
    # (Most claims negate nothing and hold no polar word: both are told at C level.)
    negates = NEG in map(_KIND, view.toks)
    for c, t in enumerate(view.toks if negates else ()):
        if t.kind != NEG or is_bound(view.toks, c):
            continue
        prev, after = neg_context(view.toks, c)
        after = _own_clause(view.toks, c, view.text, after)
        # (the target is a content stem: only a sentence holding it can assert it)
        if after and any(
            after[0] in art.sentences[s].stems
            and _asserted(art.sentences[s].toks, prev, after) is not None
            for s in sup.sids
        ):
            cue = view.text[t.start : t.end]
            msg = f"The claim is negated ({cue!r}) where its evidence states the same positively."
            out.append(Finding(FlagCode.NEGATION_FLIP, msg, t.start, t.end, P_NEGATION, True))
            return out
        if len(after) > 1 and any(_nominal(art.sentences[s].toks, after) for s in sup.sids):
            cue = view.text[t.start : t.end]
            msg = f"The claim is negated ({cue!r}) where its evidence states it as a fact."
            out.append(Finding(FlagCode.NEGATION_FLIP, msg, t.start, t.end, P_NEGATION, True))
            return out
    mine = None  # (the claim's content stems, made when a sentence negates something)
    for s in sup.sids:
        for n, (prev, after) in enumerate(art.sentences[s].neg_contexts):
            if mine is None:
                mine = frozenset(t.stem for t in view.toks if t.content)
            k = _asserted(view.toks, prev, after) if after and after[0] in mine else None
            if k is not None:  # (read again within the cue's clause, asked of a match only)
                toks = art.sentences[s].toks
                at = [i for i, t in enumerate(toks) if t.kind == NEG][n]
                after = _own_clause(toks, at, art.text, after)
                k = _asserted(view.toks, prev, after) if after and after[0] in mine else None
            if k is not None:
                tok = view.toks[k]
                text = view.text[tok.start : tok.end]
                msg = f"The evidence negates {text!r}; the claim states it positively."
                out.append(
                    Finding(FlagCode.NEGATION_FLIP, msg, tok.start, tok.end, P_NEGATION, True)
                )
                return out
    undone = _undone(view, art, sup)
    if undone is not None:
        out.append(undone)
        return out
    unmatched = _unmatched_negation(view, art, sup) if negates else None
    if unmatched is not None:
        out.append(unmatched)
        return out
    if OPPOSITES.keys().isdisjoint(map(_NORM, view.toks)):
        return out
    polar = [t for t in view.toks if t.norm in OPPOSITES]
    if not polar:
        return out
    ev_norms: frozenset[str] = frozenset().union(*(art.sentences[s].norms for s in sup.sids))
    for t in polar:
        opposites = OPPOSITES[t.norm]
        if t.norm in ev_norms:
            continue
        hit = sorted(opposites & ev_norms)
        if hit:
            text = view.text[t.start : t.end]
            msg = f"The claim says {text!r} where its evidence says {hit[0]!r}."
            out.append(Finding(FlagCode.NEGATION_FLIP, msg, t.start, t.end, P_OPPOSITE))
            break
    return out


# Verbs and adjectives whose "to" complement did not happen (negative implicatives): "was unable
# to form a government" says no government was formed.
_IMPLICATIVE = frozenset({"unable", "failed", "fails", "fail", "refused", "refuses", "neglected"})
_REACH = 5  # tokens after "to" where the verb and its object's first word are read


def _undone(view: ClaimView, art: PreparedArticle, sup: Support) -> Finding | None:
    """A claim stating what its evidence says someone failed, refused or was unable to do."""
    for s in sup.sids:
        sent = art.sentences[s]
        if sent.norms.isdisjoint(_IMPLICATIVE):
            continue
        toks = sent.toks
        for k in range(len(toks) - 2):
            if toks[k].norm not in _IMPLICATIVE or toks[k + 1].norm != "to":
                continue
            after = tuple(t.stem for t in toks[k + 2 : k + 2 + _REACH] if t.content)[:2]
            at = _asserted(view.toks, None, after) if len(after) == 2 else None
            if at is not None:
                tok = view.toks[at]
                said = view.text[tok.start : tok.end]
                cue = art.text[toks[k].start : toks[k + 2].end]
                msg = f"The evidence says {cue!r}; the claim states {said!r} as done."
                return Finding(FlagCode.NEGATION_FLIP, msg, tok.start, tok.end, P_NEGATION, True)
    return None


# A claim's negation that its evidence has no way of saying: no negation cue and no word that
# denies or withholds. Summarisers invent these ("has not been approached by the ECB" from "is
# close to the ECB"); a paraphrased negation keeps some negative word in its evidence.
P_UNMATCHED_NEGATION = 2.0
# English also negates inside a word: "inexperienced", "unable", "dishonest", "non-violent". A
# claim's "not experienced" paraphrases such a word of its evidence.
NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "non-")
# Content words after the claim's cue that the negation may govern ("not an experienced").
AFFIX_REACH = 3


def negated_inside(words: Iterable[str], norms: Container[str]) -> bool:
    """Whether ``norms`` holds one of ``words`` with a negative prefix ("inexperienced")."""
    return any(p + w in norms for w in words for p in NEGATIVE_PREFIXES)


def _unmatched_negation(view: ClaimView, art: PreparedArticle, sup: Support) -> Finding | None:
    """A negation cue in the claim when no supporting sentence negates or denies anything."""
    toks = view.toks
    at = next(
        (
            k
            for k, t in enumerate(toks)
            if t.kind == NEG
            and not (k + 1 < len(toks) and toks[k + 1].kind == NUM)
            and not is_bound(toks, k)
        ),
        None,
    )  # "no 1", "No. 10": a number sign, not a negation
    if at is None:
        return None
    cue = toks[at]
    negated = {t.norm for t in toks[at + 1 : at + 1 + AFFIX_REACH] if t.content}
    for s in sup.sids:
        sent = art.sentences[s]
        if sent.negations or not sent.norms.isdisjoint(NEGATIVE_WORDS):
            return None
        if negated_inside(negated, sent.norms):
            return None  # "is n't experienced" for "an inexperienced sailor"
    text = view.text[cue.start : cue.end]
    msg = f"The claim is negated ({text!r}); its evidence negates nothing."
    return Finding(FlagCode.NEGATION_FLIP, msg, cue.start, cue.end, P_UNMATCHED_NEGATION)
