"""A predicate put between the article's own arguments where the article says the opposite of them:
"The talks secured the release of 23 Armenians" for "The talks did not resolve the fate of 23
Armenians", "the minister had failed to give adequate reasons" for "the minister had given clear
and adequate reasons".

A clause binds its subject and its object (or complement) through its verb: where the claim
copies both from one evidence sentence, its words between them are what it says of them, and the
evidence's words between them what the article says. The claim contradicts the article when its
stretch affirms a verb that no word of the evidence's negated or refused stretch states in any
wording (WordNet's synonyms, derived forms or a more general verb: "made a decision" /
"decided") and no other sentence gives with both arguments, or when the evidence's stretch holds
an antonym of the claim's verb; and when the claim refuses or denies ("failed to", "did not")
the verb the evidence asserts of them. Two refusals agree ("dismissed" / "rejected", "ignore" /
"did not approach"), and so do an antonym and a negation ("lost" / "did not win"). A verb the
evidence does not negate is left alone, even where it is another verb: a summary rewords
predicates more than anything else ("will eliminate 4,100 positions" for "would cut 4,100
jobs"), so only the evidence's own "no" says the claim's verb is wrong. A subject that the
evidence says refused or declined to do something, and of which the claim copies nothing more,
is given a verb of its own in its place ("Straits Feeder Lines blamed the tanker" for "declined
to comment on the cause"): contradicted, unless some sentence of the article states that verb of
the subject.
"""

from __future__ import annotations

from ..report import FlagCode
from .align import Alignment
from .aligned import alignments
from .converses import family_stems
from .features import NEG, NUM, Tok, stem, verb_key
from .flags import P_NEGATION, ClaimView, Finding
from .lexicon import AUXILIARIES, CLAUSE_OPENERS, NEGATIVE_WORDS, REPORTING_VERBS
from .opposites import antonyms_of
from .prepare import PreparedArticle
from .support import Support
from .unstated_predicates import relatives_of, stated, synonyms_of
from .verb_forms import verb_like
from .withheld import MODALS

# The evidence's words between the two arguments: a verb and its auxiliaries, adverbs and an
# aside ("Daniel Price, 41, of Bramley, admitted"); more is another construction.
STRETCH = 9
_OPENERS = CLAUSE_OPENERS - {"as", "so"}  # ("as" of "such as", "so" of "so far")
# Words after which a word is a verb: "did not resolve", "declined to comment", "will need".
_BEFORE_VERB = AUXILIARIES | MODALS | frozenset({"do", "does", "did", "to"})


# A negation's words and the verbs of refusal, which deny the verb they govern ("declined to
# comment", "failed to give"); not NEGATIVE_WORDS' verbs of their own act ("banned", "halted").
_REFUSALS = frozenset(
    {
        *("without", "refuse", "refused", "refuses", "refusing", "decline", "declined"),
        *("declines", "fail", "failed", "fails", "failing", "deny", "denied", "denies"),
        *("denying", "reject", "rejected", "rejects"),
    }
)


def _negative(t: Tok) -> bool:
    return t.kind == NEG or t.norm in _REFUSALS


# A claim's own word of denial or withholding ("dismissed", "ignore", "avoided"), or a verb
# and particle that share a synset with a refusal ("turned down" / "reject"): its stretch then
# says no as well, and agrees with a negated evidence.
_DENYING_STEMS = frozenset(map(stem, NEGATIVE_WORDS))
_REFUSAL_STEMS = frozenset(map(stem, _REFUSALS - {"without"}))
_PARTICLES = frozenset({"down", "up", "off", "out", "away", "aside"})


def _denying(toks: tuple[Tok, ...] | list[Tok], i: int) -> bool:
    t = toks[i]
    if _negative(t) or t.norm in NEGATIVE_WORDS or t.stem in _DENYING_STEMS:
        return True
    return (
        i + 1 < len(toks)
        and toks[i + 1].norm in _PARTICLES
        and not synonyms_of(t.stem).isdisjoint(_REFUSAL_STEMS)
    )


def _verb(ev: tuple[Tok, ...], i: int) -> bool:
    """Whether the evidence's word at ``i`` is a verb (past a negation too: "did not resolve")."""
    if verb_like(ev, i):
        return True
    if not ev[i].content or ev[i].cap or i == 0:
        return False
    before = i - 1 if i > 1 and _negative(ev[i - 1]) else i
    return ev[before - 1].norm in _BEFORE_VERB


def _states(t: Tok, stems: frozenset[str]) -> bool:
    """Whether the evidence's ``stems`` state the claim's word ``t``: the same word or verb, a
    word of its synset, or a word whose WordNet rewordings hold it (one of its derived forms,
    or a more general verb: "shot" for "gunned down"). A word more specific than the
    evidence's ("raised" where "held" is one step up, of "get hold of") states more than it."""
    keys = {t.stem, verb_key(t)}
    if not stems.isdisjoint(keys) or not stems.isdisjoint(family_stems(t.norm)):
        return True
    if any(not stems.isdisjoint(synonyms_of(key)) for key in keys):
        return True
    return any(not keys.isdisjoint(relatives_of(s)) for s in stems) or any(
        not (stems & relatives_of(key)).isdisjoint(_no_lines(stems)) for key in keys
    )


def _no_lines(stems: frozenset[str]) -> frozenset[str]:
    """Of ``stems``, the nouns (no synset line of their own: their relation is read from the
    claim's side, "decided" for "made a decision")."""
    return frozenset(s for s in stems if not synonyms_of(s))


def _argument(t: Tok) -> bool:
    return t.content and t.kind != NUM


def _candidates(toks: list[Tok], sup: Support) -> list[int]:
    """The claim's verbs that its supporting sentences lack (most claims have none)."""
    return [
        k
        for k, t in enumerate(toks)
        if t.content
        and not t.cap
        and t.stem not in sup.covered
        and t.norm not in REPORTING_VERBS
        and verb_like(toks, k)
    ]


def _stated_elsewhere(
    art: PreparedArticle, mine: list[Tok], left: str, right: str, sid: int
) -> bool:
    """Whether another sentence of the article has both arguments and a word of the claim's
    stretch in some wording (the article states the claim's verb of them there)."""
    both = set(art.index.get(left, ())) & set(art.index.get(right, ()))
    both.discard(sid)
    return any(_states(t, art.sentences[s].stems) for s in sorted(both) for t in mine)


def replaced_predicate_findings(
    view: ClaimView, art: PreparedArticle, sup: Support
) -> list[Finding]:
    """Contradictions where the claim joins two arguments of one evidence clause by a verb
    of the opposite polarity to that clause's."""
    toks = view.toks
    if not sup.sids:
        return []
    verbs = _candidates(toks, sup)
    if not verbs:
        return []
    for sid, matcher in alignments(view, art, sup) or _closest(view, art, sup):
        ev = art.sentences[sid].toks
        at: dict[int, int] = {}
        for a, b, size in matcher.get_matching_blocks():
            # (a number is no argument of its own: "given a four-year ban" / "banned for four")
            at.update((a + d, b + d) for d in range(size) if _argument(toks[a + d]))
        for k in verbs:
            found = _finding(view, art, sid, ev, at, k)
            if found is not None:
                return [found]
    return []


def _closest(view: ClaimView, art: PreparedArticle, sup: Support) -> list[tuple[int, Alignment]]:
    """The supporting sentence that shares most of the claim's words, aligned with it, where
    the claim's own verbs leave it under the binding tests' share ("had failed to give adequate
    reasons" copies only "minister" and "adequate reasons")."""
    stems = {t.stem for t in view.toks if t.content}
    sid = max(sup.sids, key=lambda s: (len(stems & art.sentences[s].stems), -s))
    mine = [t.norm for t in view.toks]
    return [(sid, Alignment(mine, art.sentences[sid].cols.norms))]


def _finding(
    view: ClaimView,
    art: PreparedArticle,
    sid: int,
    ev: tuple[Tok, ...],
    at: dict[int, int],
    k: int,
) -> Finding | None:
    toks = view.toks
    left = max((i for i in at if i < k), default=None)
    right = min((i for i in at if i > k), default=None)
    if left is not None and right is None:
        return _refused_alone(view, art, sid, ev, at[left] + 1, left, k)
    if left is None or right is None or not at[left] < at[right] - 1:
        return None
    mine = toks[left + 1 : right]
    theirs = ev[at[left] + 1 : at[right]]
    if (
        len(theirs) > STRETCH
        or any(t.norm in MODALS for t in mine)
        or any(t.norm in _OPENERS for t in _own(theirs))
        or not any(_verb(ev, at[left] + 1 + d) for d in range(len(theirs)))
    ):
        return None
    denying = [_denying(mine, i) for i in range(len(mine))]
    words = [t for t, no in zip(mine, denying, strict=True) if _argument(t) and not no]
    stems = frozenset(t.stem for t in theirs)
    denied = any(map(_negative, theirs))
    same = any(_states(t, stems) for t in words)
    verb = toks[k]
    said = view.text[verb.start : verb.end]
    have = art.text[theirs[0].start : theirs[-1].end]
    if any(denying):
        # (the claim denies or refuses the evidence's own verb: "failed to give" for "given")
        if denied or not same:
            return None
        msg = f"The claim says {said!r} where its evidence says they did: {have!r}."
        return Finding(FlagCode.NEGATION_FLIP, msg, verb.start, verb.end, P_NEGATION, True)
    # (an antonym of the verb a negation governs, not of the refusal itself: "accepted" /
    # "refused to sign" is no agreement)
    opposite = any(_antonyms(verb, t) for t in theirs if not _negative(t))
    if denied == opposite:  # ("lost" for "did not win" agrees)
        return None
    if not same and _stated_elsewhere(art, words, toks[left].stem, toks[right].stem, sid):
        return None
    msg = f"The claim says {said!r} of what its evidence joins by {have!r}: the opposite."
    return Finding(FlagCode.NEGATION_FLIP, msg, verb.start, verb.end, P_NEGATION, True)


def _refused_alone(
    view: ClaimView, art: PreparedArticle, sid: int, ev: tuple[Tok, ...], e: int, left: int, k: int
) -> Finding | None:
    """A contradiction when the claim's subject (its words to ``left``) does what the evidence,
    from ``ev[e]`` on, says it refused or failed to do, and copies nothing after it: "Straits
    Feeder Lines blamed the tanker" for "Straits Feeder Lines declined to comment on the
    cause". The claim's verb must be its subject's own (no verb between them), affirmed, and
    stated of the subject in no sentence of the article."""
    toks = view.toks
    mine = toks[left + 1 : k + 1]
    if any(verb_like(toks, i) for i in range(left + 1, k)) or any(
        _denying(toks, i) or toks[i].norm in MODALS for i in range(left + 1, k + 1)
    ):
        return None
    # (the evidence's subject, then straight away a refusal and its verb)
    if not (
        e + 2 < len(ev)
        and ev[e].norm in _REFUSALS
        and ev[e + 1].norm == "to"
        # (any WordNet relation here: a verb the refused one rewords at all is no act of its own)
        and not stated(toks[k], frozenset(t.stem for t in ev[e + 2 : e + 2 + STRETCH]))
    ):
        return None
    subject = toks[left].stem
    if any(
        stated(t, art.sentences[s].stems)
        for s in art.index.get(subject, ())
        for t in mine
        if t.content and s != sid
    ):
        return None
    said = view.text[toks[k].start : toks[k].end]
    have = art.text[ev[e].start : ev[e + 2].end]
    msg = f"The claim says {said!r} where its evidence says its subject {have!r}."
    return Finding(FlagCode.NEGATION_FLIP, msg, toks[k].start, toks[k].end, P_NEGATION, True)


def _antonyms(mine: Tok, theirs: Tok) -> bool:
    """Whether the two words are antonyms, either way round, in any form ("lost" / "win")."""
    keys = {mine.norm, mine.stem, verb_key(mine)}
    other = {theirs.norm, theirs.stem, verb_key(theirs)}
    return not (keys.isdisjoint(antonyms_of(theirs)) and other.isdisjoint(antonyms_of(mine)))


def _own(theirs: tuple[Tok, ...]) -> tuple[Tok, ...]:
    """The evidence's stretch but an "and" or "or" that joins a word to the object itself
    ("given clear and adequate reasons")."""
    return theirs[:-1] if theirs and theirs[-1].norm in ("and", "or") else theirs
