"""What the article says the claim's subject did not do, in a sentence of its own: "Veloce-Nord was
also sanctioned" where the article has "The team was not sanctioned", "Police named the climber"
for "Police did not release his name". Such a sentence shares little with the claim but its
subject and predicate, so retrieval leaves it out of the support; its subject says whom it is
about all the same.

A sentence outside the support is about the claim's subject when it opens with the claim's
subject (its words before its first verb) or with "the" and the noun the article puts right
before the subject's name, and before no other name ("the Belgian team Veloce-Nord": "The
team"). Here the same predicate after a negation right after that opening (past one auxiliary:
"was not sanctioned") is `negation_flip`, unless a supporting sentence asserts it;
denied_nouns.py reads the same sentences for a denied noun ("did not release his name").
"""

from __future__ import annotations

import re
from operator import attrgetter

from ..report import FlagCode
from .features import Tok
from .flags import P_NEGATION, ClaimView, Finding
from .prepare import PreparedArticle
from .support import Support
from .withheld import (
    MODALS,
    framed,
    framing_words,
    predicate_keys,
    sentence_predicates,
    withheld_predicate,
)

_Toks = tuple[Tok, ...] | list[Tok]
SUBJECT_REACH = 3  # words of a claim's subject that a sentence outside the support opens with
# Auxiliaries that carry a negation after a subject ("The team was not", "The club did not").
_NEGATED_AUXILIARIES = frozenset(
    {"did", "does", "do", "has", "have", "had", "was", "were", "is", "are"}
)
_LINKS = frozenset({"been", "be", "being"})  # (between a negation and a passive participle)
_WORD = re.compile(r"[^\W_]+")
_NORM = attrgetter("norm")
# "The team was not", "The club hasn't", "The company never": a description and a negation.
_AUX = "(?:was|were|is|are|has|have|had|did|does|do)"
_NEGATED_OPENING = re.compile(
    rf"the [a-z]+ (?:{_AUX}n't\b|(?:{_AUX} )?(?:not|never|no)\b)", re.IGNORECASE
)


def subject_end(toks: _Toks) -> int:
    """Where the claim's subject ends: its run of capitalised words (a name), or else its words
    before the first auxiliary or predicate (0 for none within reach)."""
    k = 0
    if toks and toks[0].cap and toks[0].content:
        while k < len(toks) and toks[k].cap:
            k += 1
    else:
        while (
            k < len(toks)
            and toks[k].norm not in _NEGATED_AUXILIARIES
            and not withheld_predicate(toks, k)
        ):
            k += 1
    return k if 0 < k <= SUBJECT_REACH and k < len(toks) else 0


def _description(toks: _Toks, s: int, art: PreparedArticle) -> str | None:
    """The noun the article puts right before the claim's name ``toks[:s]``, and before no
    other name ("team" of "the Belgian team Veloce-Nord"), if any."""
    if not all(t.cap for t in toks[:s]):
        return None
    return art.derived(("name description", tuple(t.stem for t in toks[:s])), _name_description)


def _name_description(art: PreparedArticle, key: tuple[str, tuple[str, ...]]) -> str | None:
    """The noun before the name of stems ``key[1]`` and before no other name (read once an
    article and name: every claim about that name asks)."""
    name = list(key[1])
    s = len(name)
    found: set[str] = set()
    others: set[str] = set()
    for sent in art.sentences:
        ev = sent.toks
        for k in range(1, len(ev)):
            if ev[k].cap and not ev[k - 1].cap and ev[k - 1].content:
                mine = [t.stem for t in ev[k : k + s]] == name
                (found if mine else others).add(ev[k - 1].stem)
    only = found - others
    return min(only) if len(only) == 1 else None


def _first_word(text: str, start: int = 0, end: int | None = None) -> str:
    """The first word of ``text[start:end]`` (matched in place, not copied), in lower case."""
    found = _WORD.match(text, start, len(text) if end is None else end)
    return found.group(0).lower() if found else ""


def _openings(art: PreparedArticle, _key: str) -> dict[str, tuple[int, ...]]:
    """The sentences by their first word, read off the text (once an article): no sentence's
    tokens or columns are made to find the few that open with a claim's subject."""
    out: dict[str, list[int]] = {}
    for sid, sent in enumerate(art.sentences):
        out.setdefault(_first_word(art.text, sent.start, sent.end), []).append(sid)
    return {word: tuple(sids) for word, sids in out.items()}


def _described_openings(art: PreparedArticle, _key: str) -> tuple[tuple[int, str], ...]:
    """The sentences that open with "the", a noun and a negation right after it ("The team was
    not sanctioned"), each with that noun's stem (read once an article: most have none)."""
    out = []
    for sid, sent in enumerate(art.sentences):
        if not _NEGATED_OPENING.match(art.text, sent.start, sent.end):
            continue  # (told off the text: no sentence's tokens are made for most)
        ev = sent.toks
        if ev[1].content and not ev[1].cap and frame_after(ev, 2) is not None:
            out.append((sid, ev[1].stem))
    return tuple(out)


def subject_openings(
    view: ClaimView, art: PreparedArticle, sup: Support
) -> tuple[tuple[int, int], ...]:
    """The sentences outside the support that open with the claim's subject, each with the
    place right after that opening (read once a view and support: this test and
    denied_nouns.py ask)."""
    return view.with_support("subject openings", art, sup, lambda: _openings_of(view, art, sup))


def _openings_of(
    view: ClaimView, art: PreparedArticle, sup: Support
) -> tuple[tuple[int, int], ...]:
    toks = view.toks
    s = subject_end(toks)
    if not s:
        return ()
    words = view.text[toks[0].start : toks[s - 1].end].lower()
    out = []
    for sid in art.derived("sentence openings", _openings).get(_first_word(words), ()):
        sent = art.sentences[sid]
        text = art.text[sent.start : min(sent.end, sent.start + len(words))]
        if sid in sup.sids or text.lower() != words:
            continue  # (told off the text: the tokens are made only of a sentence that may do)
        ev = sent.toks
        if len(ev) > s + 2 and [t.stem for t in ev[:s]] == [t.stem for t in toks[:s]]:
            out.append((sid, s))
    if not all(t.cap for t in toks[:s]):
        return tuple(sorted(out))  # (no name: the article puts no noun before it, _description)
    described = [
        sid
        for sid, _ in art.derived("described openings", _described_openings)
        if sid not in sup.sids
    ]
    if described:
        noun = _description(toks, s, art)
        out += [(sid, 2) for sid in described if art.sentences[sid].toks[1].stem == noun]
    return tuple(sorted(out))


def frame_after(ev: _Toks, k: int) -> int | None:
    """The negation or frame right after an opening that ends at ``k`` (past one auxiliary)."""
    i = k + (k < len(ev) and ev[k].norm in _NEGATED_AUXILIARIES)
    return i if i < len(ev) and framing_words(ev, i) else None


def subject_denial_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """The claim's predicate that a sentence about its subject negates, as `negation_flip`."""
    toks = view.toks
    if framed(view) or not MODALS.isdisjoint(map(_NORM, toks)):
        return []  # (the negation and hedge tests' matter)
    openings = subject_openings(view, art, sup)
    if not openings:
        return []
    c = next((k for k in range(subject_end(toks), len(toks)) if withheld_predicate(toks, k)), None)
    if c is None:
        return []
    keys = predicate_keys(toks[c])
    for sid, k in openings:
        ev = art.sentences[sid].toks
        i = frame_after(ev, k)
        if i is None:
            continue
        m = i + 1
        while m < len(ev) and m - i <= 2 and ev[m].norm in _LINKS:
            m += 1
        if m < len(ev) and withheld_predicate(ev, m) and not keys.isdisjoint(predicate_keys(ev[m])):
            if _asserted(keys, art, sup):
                return []  # (a supporting sentence asserts it: asked only once one denies it)
            said = view.text[toks[c].start : toks[c].end]
            have = art.text[ev[0].start : ev[m].end]
            msg = f"The claim states {said!r} as done; the article says {have!r}."
            return [
                Finding(FlagCode.NEGATION_FLIP, msg, toks[c].start, toks[c].end, P_NEGATION, True)
            ]
    return []


def _asserted(keys: frozenset[str], art: PreparedArticle, sup: Support) -> bool:
    """Whether a supporting sentence asserts a predicate of those keys, unframed."""
    return any(
        frame is None and not keys.isdisjoint(theirs)
        for s in sup.sids
        for theirs, frame, _ in art.derived(("withheld predicates", s), sentence_predicates)
    )
