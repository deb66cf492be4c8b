"""A link between two facts that the article does not state: "The minister overruled the
inspector because the turbines would harm views" where the article gives the inspector's warning
and the minister's ruling in two sentences, and no reason of his; "The fire was started by a
fault on a power line" where "the cause of the fire is under investigation".

links.py doubts a link whose two facts no sentence holds together; this test binds it. A claim
that links two clauses by a cause, consequence or purpose (causal_words: "because", "thanks to",
"so", "led to", "caused", "blamed ... for") is supported only where a sentence of the article
states a link between the same two facts: one side of the claim's link before a link word of
that sentence, the other after it (most of each side's content words), or in the sentence
before when the link word opens its sentence ("As a result, ..."). Otherwise the claim is
contradicted when the article calls the cause open ("under investigation", "too early to say
what caused") or its evidence gives the same effect another cause ("a rise in profit thanks to
its pharmaceuticals unit"), and unverified when every word of it is the article's: clauses
stitched by a link of the claim's own (a claim in words of its own, or a side the article
mostly lacks, is the overlap tests' matter). A claim that negates or hedges its link ("cannot
prove that walking causes") asserts none.
"""

from __future__ import annotations

from typing import NamedTuple

from ..report import FlagCode
from .aliases import country_forms
from .causal_words import (
    AFTER,
    BEFORE,
    CLAIM_STEMS,
    EITHER,
    KNOWN,
    Marker,
    connective,
    known_cause,
    loose_marker,
    open_cause,
    strict_marker,
)
from .features import Tok, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import REPORTING_VERBS
from .links import P_UNLINKED
from .prepare import PreparedArticle
from .support import Support
from .withheld import claim_framed

# A claim that only allows its link states none: "the effect may be caused by caffeine".
_HEDGES = frozenset({"may", "might", "could", "can", "possibly", "perhaps", "probably"})
_QUESTIONS = frozenset({"what", "why", "whether", "how", "if"})
# Words that open a clause within a sentence; "and", "but" join clauses that may share one
# link ("cut jobs and closed stores because demand fell").
_SUBORDINATORS = frozenset(
    {"after", "before", "when", "while", "that", "who", "which", "whose", "since", "until"}
)
# Words before a gerund that names a charge ("accused of causing death by careless driving").
_CHARGE = frozenset({"of", "with", "for"})
OPENING = 3  # tokens from a sentence's start within which a link word links it to the one before
# Words of the link's class read only as its own words, never as a side's facts.
_LINK_STEMS = CLAIM_STEMS | frozenset({"result", "consequ", "account", "order"})


class Region(NamedTuple):
    """The content words on one side of a link word: their stems and verb keys, and their
    normal forms for words of one family that the stemmer parts ("deployed", "deployments")."""

    keys: frozenset[str]
    norms: tuple[str, ...]


def _region(toks: list[Tok] | tuple[Tok, ...]) -> Region:
    words = [t for t in toks if t.content]
    return Region(
        frozenset(k for t in words for k in (t.stem, verb_key(t))), tuple(t.norm for t in words)
    )


FAMILY = 5  # letters two words must share from the start to count as one family ...
FAMILY_SHARE = 0.6  # ... and this share of the shorter one


def _kin(a: str, b: str) -> bool:
    """Whether two words are of one family by their opening letters ("injuries", "injured")."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= FAMILY and n >= FAMILY_SHARE * min(len(a), len(b))


def _found(t: Tok, region: Region) -> bool:
    if t.stem in region.keys or verb_key(t) in region.keys:
        return True
    # (a name is one thing's, not a family's: "Chemie" is not "chemicals")
    return not t.cap and len(t.norm) >= FAMILY and any(_kin(t.norm, n) for n in region.norms)


def _side(toks: list[Tok], i: int, j: int) -> list[Tok]:
    """A side's words of fact: its content words, not the link's own words nor a reflexive
    pronoun ("killed herself" for "kill themselves")."""
    return [
        t
        for t in toks[i:j]
        if t.content and t.stem not in _LINK_STEMS and not t.norm.endswith(("self", "selves"))
    ]


def _holds(side: list[Tok], region: Region) -> bool:
    """Whether most of a side's content words (half, rounded up) are in ``region``, and one of
    its names if it has any (the fact is that one's: "Vessner Chemie's profit" is not
    Halvorsen's)."""
    found = [_found(t, region) for t in side]
    names = [f for t, f in zip(side, found, strict=True) if t.cap]
    if names and not any(names):
        return False
    return any(found) and 2 * sum(found) >= len(side)


def _relative(toks: list[Tok] | tuple[Tok, ...], text: str) -> tuple[int, int] | None:
    """The token range of a sentence's non-restrictive relative clause (", which ...,",
    ", who ...,"), which news uses for the circumstance of its head that the main clause's
    event turns on ("Holt & Pryce, which admitted its involvement, had its penalty cut")."""
    for k in range(1, len(toks)):
        if toks[k].norm in ("which", "who") and "," in text[toks[k - 1].end : toks[k].start]:
            end = next(
                (
                    n
                    for n in range(k + 1, len(toks))
                    if "," in text[toks[n - 1].end : toks[n].start]
                ),
                len(toks),
            )
            return k + 1, end
    return None


def _split(
    toks: list[Tok] | tuple[Tok, ...], text: str, prev: tuple[Tok, ...] | None
) -> list[tuple[Region, Region]]:
    """Each way an evidence sentence parts two facts it links: before and after each link word
    (with the sentence before for a word that opens it), and a non-restrictive relative clause
    and the rest of its sentence."""
    out = []
    for k in range(len(toks)):
        m = loose_marker(toks, k, text)
        if m is None:
            continue
        left, right = _region(toks[: m.i]), _region(toks[m.j :])
        if m.i < OPENING and prev is not None:
            left = _region(prev + tuple(toks[: m.i]))
        out.append((left, right))
        if m.i < OPENING and m.side == AFTER:
            # A cause fronted before its effect, no comma between ("As a result of the
            # forecast heavy rain the game has been postponed"): the sentence is the link.
            out.append((right, right))
    rel = _relative(toks, text)
    if rel is not None:
        rest = (*toks[: rel[0]], *toks[rel[1] :])
        out.append((_region(toks[rel[0] : rel[1]]), _region(rest)))
    return out


def _opens_clause(toks: list[Tok], n: int, text: str) -> bool:
    """Whether the clause nearest a link starts after ``toks[n]``: a verb of saying (its
    speaker is no side), a subordinator, or a comma ("... will resign after a worker killed
    herself because of overwork" links the death and the overwork)."""
    t = toks[n]
    if t.norm in REPORTING_VERBS or t.norm in _SUBORDINATORS:
        return True
    return n + 1 < len(toks) and "," in text[t.end : toks[n + 1].start]


def claim_link(toks: list[Tok], text: str) -> tuple[Marker, list[Tok], list[Tok]] | None:
    """The claim's first link and its two sides (cause and effect in the marker's order: the
    side before it first), or None. A speaker before the link is no side ("X said its
    equipment caused the fire" links the equipment and the fire); "blamed X for Y" links X and
    Y."""
    for k in range(len(toks)):
        m = strict_marker(toks, k, text)
        if m is None:
            continue
        if any(t.norm in _QUESTIONS for t in toks[max(0, k - 2) : k]):
            return None  # ("too early to say what caused")
        if toks[k].stem == "caus" and k and toks[k - 1].norm in _CHARGE:
            return None  # (a charge's name: "accused of causing death by dangerous driving")
        # (the comma of ", so" is the link's own)
        start = max((n + 1 for n in range(k - 1) if _opens_clause(toks, n, text)), default=0)
        end = len(toks)
        if toks[k].stem == "blam":
            # "blamed the tanker for the collision": the blamer is no side.
            cut = next((n for n in range(m.j, len(toks)) if toks[n].norm in ("for", "on")), None)
            if cut is not None and cut > m.j:
                before, after = _side(toks, m.j, cut), _side(toks, cut + 1, end)
                if before and after:
                    return Marker(k, m.j, EITHER), before, after
        before, after = _side(toks, start, m.i), _side(toks, m.j, end)
        return (m, before, after) if before and after else None
    return None


def _stated(art: PreparedArticle, before: list[Tok], after: list[Tok]) -> bool:
    """Whether a sentence of the article links the two sides: one before its link word, the
    other after it. Any sentence may ("As a result of standing water and the forecast heavy
    rain, the game has been postponed" in a club's statement far from the report's opening);
    only those that hold a word of each side are read."""
    one = frozenset(t.stem for t in before)
    other = frozenset(t.stem for t in after)
    # (a sentence with the one side, after one with the other: "As a result, ..." links them)
    held = [
        (not one.isdisjoint(sent.stems), not other.isdisjoint(sent.stems)) for sent in art.sentences
    ]
    sids = [
        s
        for s, (a, b) in enumerate(held)
        if (a or (s and held[s - 1][0])) and (b or (s and held[s - 1][1]))
    ]
    for s in sids:
        sent = art.sentences[s]
        toks = sent.toks
        if open_cause(toks):
            continue  # ("too early to say what caused the crash" states no cause)
        for left, right in art.derived(("link splits", s), _splits):
            if (_holds(before, left) and _holds(after, right)) or (
                _holds(after, left) and _holds(before, right)
            ):
                return True
    return False


def _splits(art: PreparedArticle, key: tuple[str, int]) -> list[tuple[Region, Region]]:
    """``_split`` of sentence ``key[1]``, made once an article."""
    s = key[1]
    prev = tuple(art.sentences[s - 1].toks) if s else None
    return _split(tuple(art.sentences[s].toks), art.text, prev)


def _other_cause(
    art: PreparedArticle,
    sids: tuple[int, ...],
    claim_toks: list[Tok],
    marker: Marker,
    sides: tuple[list[Tok], ...],
) -> str | None:
    """An evidence sentence that gives the claim's effect another cause, if any: the effect on
    the effect's side of a connective, and none of the claim's cause on the other side. Only
    connectives join clauses whose facts both sides spell out; a verb's cause is often its
    subject, which a pronoun may stand for ("she could cause lasting damage")."""
    if marker.side == EITHER or not connective(claim_toks, marker):
        return None
    cause, effect = sides if marker.side == BEFORE else sides[::-1]
    for s in sids:
        sent = art.sentences[s]
        toks = sent.toks
        for k in range(len(toks)):
            m = strict_marker(toks, k, art.text)
            if m is None or m.side == EITHER or not connective(toks, m):
                continue
            pre, post = _region(toks[: m.i]), _region(toks[m.j :])
            theirs_cause, theirs_effect = (pre, post) if m.side == BEFORE else (post, pre)
            if not theirs_cause.keys or not _holds(effect, theirs_effect):
                continue
            if not any(_found(t, theirs_cause) for t in cause):
                return art.text[sent.start : sent.end]
    return None


def _article_region(art: PreparedArticle, key: tuple[str, int]) -> Region:
    """The article's content words as one region (made once an article)."""
    # (from the token columns: most sentences' Toks are never built)
    norms = sorted(
        {
            n
            for sent in art.sentences
            for n, content in zip(sent.cols.norms, sent.cols.contents, strict=True)
            if content
        }
    )
    return Region(art.stems, tuple(norms))


def _open_sentences(art: PreparedArticle, key: tuple[str, int]) -> tuple[int, ...]:
    """The article's sentences that leave a cause open (read once an article)."""
    return tuple(s for s, sent in enumerate(art.sentences) if open_cause(sent.toks))


def _open_for(
    art: PreparedArticle, sup: Support, toks: list[Tok], sides: frozenset[str]
) -> str | None:
    """An article sentence that leaves open the cause of the claim's facts: one that holds a
    word of its sides, or one of its evidence that holds any of its words ("Straits Feeder Lines
    declined to comment on the cause")."""
    words = frozenset(t.stem for t in toks if t.content and t.stem not in _LINK_STEMS)
    for s in art.derived(("open causes", 0), _open_sentences):
        sent = art.sentences[s]
        if not sides.isdisjoint(sent.stems) or (
            s in sup.window and not words.isdisjoint(sent.stems)
        ):
            return art.text[sent.start : sent.end]
    return None


def _known_but_open(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A claim that a cause is known ("the cause of the crash was known") where the article
    leaves it open."""
    toks = view.toks
    # (its verb of saying and of knowing are no words of the facts)
    sides = frozenset(
        t.stem
        for t in toks
        if t.content
        and t.stem not in _LINK_STEMS
        and t.norm not in REPORTING_VERBS
        and not t.norm.startswith(KNOWN)
    )
    quote = _open_for(art, sup, toks, sides)
    if quote is None:
        return []
    cue = next(t for t in toks if t.stem == "caus" or t.norm == "why" or t.stem == "reason")
    msg = f"The claim says the cause is known; the article leaves it open: {quote!r}."
    return [Finding(FlagCode.CAUSE_UNSTATED, msg[:400], cue.start, cue.end, P_CONTRADICTION, True)]


def cause_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """The claim's link between two facts, if its evidence does not state it."""
    toks = view.toks
    if _LINK_STEMS.isdisjoint(t.stem for t in toks) and not any(t.norm == "so" for t in toks):
        return []  # (no word of the class: most claims)
    if claim_framed(toks) or any(t.norm in _HEDGES for t in toks) or open_cause(toks):
        return []  # (a link the claim itself leaves open: "an inquiry into the cause")
    if known_cause(toks):
        return _known_but_open(view, art, sup)
    found = claim_link(toks, view.text)
    if found is None:
        return []
    marker, before, after = found
    article = art.derived(("causes: article words", 0), _article_region)
    if not (_holds(before, article) and _holds(after, article)):
        return []  # (a fact the article lacks is the novel-word tests' matter, not a link's)
    if _stated(art, before, after):
        return []
    said = view.text[toks[marker.i].start : toks[marker.j - 1].end]
    start, end = toks[marker.i].start, toks[marker.j - 1].end
    quote = _open_for(art, sup, toks, frozenset(t.stem for t in before + after))
    if quote is not None:
        msg = f"The claim gives a cause ({said!r}); the article leaves it open: {quote!r}."
        return [Finding(FlagCode.CAUSE_UNSTATED, msg[:400], start, end, P_CONTRADICTION, True)]
    other = _other_cause(art, sup.sids, toks, marker, (before, after))
    if other is not None:
        msg = f"The claim gives a cause ({said!r}); its evidence gives another: {other!r}."
        return [Finding(FlagCode.CAUSE_UNSTATED, msg[:400], start, end, P_CONTRADICTION, True)]
    if not all(
        _found(t, article) or country_forms(t, art)  # ("British" for "Britain")
        for t in toks
        if t.content and t.stem not in _LINK_STEMS
    ):
        return []  # (a claim in words of its own: its overlap tests judge it)
    msg = f"The claim links two facts ({said!r}); its evidence states no such link."
    # (unverified whatever its overlap, by its code; its score weighs it as a doubt only: the
    # article may link the two facts in words of its own)
    return [Finding(FlagCode.CAUSE_UNSTATED, msg, start, end, P_UNLINKED)]
