"""A verb of the claim's own put in the place of the article's, the words around it copied:
"a video showing her berating and exposing an employee" for "... berating and belittling an
employee".

A paraphrase rewords a stretch: its new words come with new words around them. A summariser
that copies a stretch word for word and changes the verb in it has changed what happened: the
museum is dedicated to "solving" its past, not "exploring" it. The claim's verb is one the
article lacks in every form, so no sentence of the article says it; the copied words on both
sides pin the place where the article has another verb. Only a copy on both sides counts
(CONTEXT words before, and after, or the end of the claim sentence after a longer copy before):
one side alone is where paraphrase starts. Only a verb for a verb (a past, a form in "-ing", an
infinitive): a noun in a copied frame may name the same thing in other words ("his current deal"
for "his current contract"), as a journalist's rewording does. A verb that rewords the article's
(a WordNet relative of it, as unstated_predicates.py reads them: "quit" for "resigned") is no
change either.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .features import NUM, Tok, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import IRREGULAR_PAST, UNMARKED_PASTS
from .prepare import PreparedArticle
from .support import Support
from .unstated_predicates import stated

CONTEXT = 3  # words copied on each side of the changed word
END_CONTEXT = 4  # words copied before a changed word that ends the claim sentence
_PASTS = frozenset(IRREGULAR_PAST) | UNMARKED_PASTS


def substitution_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, findings: Sequence[Finding]
) -> list[Finding]:
    """The claim's verbs absent from the article that stand, between copied words, where a
    supporting sentence has another verb (not at a word ``findings`` already judge)."""
    toks = view.toks
    out: list[Finding] = []
    for k, t in enumerate(toks):
        if not t.content or t.kind == NUM or t.stem in art.stems or art.holds(t):
            continue
        if not _verb_at(toks, k) or any(f.start <= t.start < f.end for f in findings):
            continue
        last = k == len(toks) - 1
        before = CONTEXT if not last else END_CONTEXT
        if k < before:
            continue
        left = [x.norm for x in toks[k - before : k]]
        right = [x.norm for x in toks[k + 1 : k + 1 + CONTEXT]]
        if not last and len(right) < CONTEXT:
            continue
        for sid in sup.sids:
            place = _place(art.sentences[sid].toks, left, right)
            if place is None or stated(t, frozenset({place.stem, verb_key(place)})):
                continue  # (a rewording: "quit" for "resigned")
            theirs = art.text[place.start : place.end]
            msg = (
                f"The claim has {view.text[t.start : t.end]!r} where the article, in the same "
                f"words around it, has {theirs!r}."
            )
            out.append(Finding(FlagCode.LOW_SUPPORT, msg, t.start, t.end, P_CONTRADICTION))
            break
    return out


def _verb_at(toks: Sequence[Tok], k: int) -> bool:
    """Whether the word at ``k`` has a verb's form: a past ("made", "belittled"), a form in
    "-ing" ("berating and belittling"), or an infinitive after "to". (Not any word after an
    auxiliary: "be able to" is no verb, and "allowed" for it is a rewording of the modal.)"""
    t = toks[k]
    if t.cap or not t.content:
        return False
    if k > 0 and toks[k - 1].norm == "to":
        return True
    return t.norm in _PASTS or t.norm.endswith("ed") or (t.norm.endswith("ing") and len(t.norm) > 5)


def _place(ev: Sequence[Tok], left: list[str], right: list[str]) -> Tok | None:
    """The content word of ``ev`` right after the words ``left`` and right before ``right``."""
    n = len(left)
    for p in range(n, len(ev) - len(right)):
        if (
            ev[p].content
            and _verb_at(ev, p)
            and [x.norm for x in ev[p - n : p]] == left
            and [x.norm for x in ev[p + 1 : p + 1 + len(right)]] == right
        ):
            return ev[p]
    return None
