"""What a speaker denies, told as what the speaker affirms: "Laura Whitfield admitted that the
government had cut funding" where the article has "She rejected claims that the government had
cut funding", "Ferreira agreed to a coalition with Renewal" for "Ferreira ... ruled out a
coalition with Renewal". A verb of denial (deny, reject, dismiss, rule out) takes a proposition
or a proposal as its object; the claim copies that object and puts its own predicate before it.

The copied stretch (three tokens or more, a content word among them) anchors the slot: the
evidence's denial verb stands right before it (past "that", "to", "out" and at most one noun of
what is denied: "claims", "suggestions"), the claim's predicate right before it (past "that" or
"to"), neither negated nor itself a denial (in WordNet's words too: "turned down"). The claim's
subject must be the one who denies: a content word of it stands before the denial verb in the
evidence, or the evidence's subject there is a pronoun whose antecedent the sentences before
give as the claim's name.
"""

from __future__ import annotations

from ..report import FlagCode
from .aligned import copied_stretches
from .features import Tok, stem
from .flags import P_NEGATION, ClaimView, Finding
from .opposites import negated
from .predicates import is_predicate
from .prepare import PreparedArticle
from .pronoun_chains import names_antecedent
from .support import Support
from .unstated_predicates import relatives_of
from .withheld import CLAUSE_MARKS, framed

_Toks = tuple[Tok, ...] | list[Tok]
MIN_COPY = 3  # copied tokens that stand for the denied proposition or proposal
# Verbs that deny a proposition or turn down a proposal ("rule" only with "out").
_DENIALS = frozenset(stem(w) for w in ("deny", "reject", "dismiss", "rule"))
_LINKS = frozenset({"that", "to"})  # words that open the object of either verb
_PARTICLES = frozenset({"down", "out", "off", "away", "back"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_BACK = 2  # sentences before the evidence that may name a pronoun's antecedent


def _denial_before(toks: _Toks, b: int, text: str) -> int | None:
    """The denial verb whose object opens at ``toks[b]``, if any."""
    k = b - 1
    noun = False  # (one noun of what is denied passed: "claims", "suggestions")
    particle = False
    while (
        k >= 0
        and b - k <= 4
        and not any(c in text[toks[k].end : toks[k + 1].start] for c in CLAUSE_MARKS)
    ):
        t = toks[k]
        if t.stem in _DENIALS and not t.cap:
            return k if t.stem != stem("rule") or particle else None
        if t.norm == "out":
            particle = True
        elif t.norm in _LINKS:
            pass
        elif t.content and not t.cap and not noun and not particle:
            noun = True
        else:
            return None
        k -= 1
    return None


def _predicate_before(toks: _Toks, a: int) -> int | None:
    """The claim's predicate whose object opens at ``toks[a]`` (past "that" or "to"); a verb of
    saying counts, though no content word ("said")."""
    k = a - 1 - (a > 0 and toks[a - 1].norm in _LINKS)
    if k < 0 or toks[k].cap or not toks[k].norm.isalpha() or not is_predicate(toks[k].norm):
        return None
    return None if toks[k].stem in _DENIALS or negated(toks, k) else k


def _denies(toks: _Toks, k: int) -> bool:
    """Whether the claim's predicate ``toks[k]`` is a denial in other words (WordNet:
    "declined", "turned down": the verb before a particle)."""
    verb = k - (k > 0 and toks[k].norm in _PARTICLES)
    return any(not _DENIALS.isdisjoint(relatives_of(toks[j].stem)) for j in {k, verb})


def _same_subject(view: ClaimView, c: int, art: PreparedArticle, sid: int, r: int) -> bool:
    """Whether the claim's subject (before its predicate ``c``) is the one who denies at the
    evidence's ``r``."""
    mine = [t for t in view.toks[:c] if t.content]
    ev = art.sentences[sid].toks
    if not {t.stem for t in mine}.isdisjoint(t.stem for t in ev[:r]):
        return True
    if r == 0 or ev[r - 1].norm not in _PRONOUNS:
        return False
    if not mine:  # ("She admitted that ..." for "She rejected claims that ...")
        return bool(view.toks) and view.toks[0].norm == ev[r - 1].norm
    name = frozenset(t.stem for t in mine if t.cap)
    return bool(name) and names_antecedent(art, sid, ev[r - 1].norm, name, back=_BACK)


def denied_clause_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A contradiction when the claim affirms what its evidence's speaker denies."""
    toks = view.toks
    if not any(not art.sentences[s].stems.isdisjoint(_DENIALS) for s in sup.sids):
        return []  # (no denial in the evidence: most claims)
    if framed(view):
        return []  # (a claim that denies or negates anything is the negation tests' matter)
    for sid, a, b, _ in copied_stretches(view, art, sup, least=MIN_COPY):
        ev = art.sentences[sid].toks
        r = _denial_before(ev, b, art.text)
        c = None if r is None else _predicate_before(toks, a)
        if r is None or c is None or not _same_subject(view, c, art, sid, r):
            continue
        if _denies(toks, c):  # (last: the WordNet table is read once a process, when first asked)
            continue
        said = view.text[toks[c].start : toks[c].end]
        have = art.text[ev[r].start : ev[b - 1].end]
        msg = f"The claim says {said!r} where its evidence's speaker says {have!r}."
        return [Finding(FlagCode.NEGATION_FLIP, msg, toks[c].start, toks[c].end, P_NEGATION, True)]
    return []
