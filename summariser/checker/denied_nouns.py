"""An act the evidence denies by its noun: "Belarusian state media named the two journalists"
where the article has "did not mention the journalists' names", "Police will fine everyone" for
"will focus on ... rather than issue fines to everyone". English tells many acts by a noun after
a light or reporting verb ("release his name", "issue fines", "make arrests") or after "no" ("no
arrests"); a frame that withholds that verb, or "no" itself, withholds the act.

The noun is the claim's predicate itself used as a noun (the same stem), in the frame's clause:
right after "no" or "without", or after the one verb the frame governs, past at most a few
words of its noun phrase ("the journalists'"), not after "to" (an infinitive is a verb). The
claim's word must be a verb that states an act (a form in "-ed", or a verb after a modal), not
the noun or adjective its letters also spell, and its subject (a content word of it) must stand
before the frame. Only the sentence that shares most of the claim's other words counts, and none
that asserts the predicate with as many of them. The sentences read are the supporting ones and
any that opens with the claim's subject and a frame right after it: "Police did not release his
name" says what "Police named the climber" denies, wherever the article says it. A claim that
negates or withholds anything itself is the negation tests' matter; one with a modal counts only
where the evidence's clause opens with a modal of the same class ("will fine" / "will focus ...
rather than issue fines").
"""

from __future__ import annotations

from typing import NamedTuple

from ..report import FlagCode
from .features import Tok
from .flags import P_NEGATION, ClaimView, Finding
from .lexicon import PREPOSITIONS
from .prepare import PreparedArticle
from .subject_sentences import frame_after, subject_openings
from .support import Support
from .withheld import (
    CLAUSE_MARKS,
    MODAL_CLASS,
    MODALS,
    OTHER_CLAUSE,
    framed,
    framed_stretch,
    framing_sentences,
    framing_words,
    modal_before,
    predicate_keys,
    withheld_predicate,
)

_Toks = tuple[Tok, ...] | list[Tok]
PHRASE_REACH = 3  # words of the noun phrase before its head ("the journalists ' names")
# Frames that take the noun itself, as a determiner does ("no arrests", "without a fine").
_DETERMINING = frozenset({"no", "without"})
# Words that end a noun phrase: another clause, an infinitive, an indirect question.
_STOPS = OTHER_CLAUSE | frozenset({"to", "how", "what", "whether", "why", "when", "where", "if"})
# Endings of a verb's forms: such a word after a frame is its verb, not a noun of the act, and
# in a claim they tell a verb from the noun or adjective the same letters spell ("fine").
_VERB_ENDINGS = ("ed", "ing")
# A sentence's nouns under a frame: stem, the class of the modal of the frame's clause, the
# words from the frame to the noun, and the noun's place.
_Denied = tuple["_Noun", ...]


class _Noun(NamedTuple):
    """A noun under a frame: its stem, the class of the modal of the frame's clause, the words
    from the frame to the noun, the noun's place and the frame's."""

    stem: str
    modal: str | None
    cue: str
    place: int
    frame: int


def _broken(text: str, toks: _Toks, k: int) -> bool:
    """Whether a break of the clause stands between ``toks[k - 1]`` and ``toks[k]``."""
    return any(c in text[toks[k - 1].end : toks[k].start] for c in CLAUSE_MARKS)


def _denied(toks: _Toks, i: int, text: str) -> list[int]:
    """The places of the nouns the frame at ``toks[i]`` withholds: right after a determining
    frame, or past the one verb it governs and a few words of that verb's object."""
    k = i + 1
    if toks[i].norm not in _DETERMINING:
        if k >= len(toks) or _broken(text, toks, k) or not withheld_predicate(toks, k):
            return []
        k += 1  # (past the verb the frame governs: "not release", "than issue")
    out = []
    for j in range(k, min(len(toks), k + PHRASE_REACH + 1)):
        t = toks[j]
        if _broken(text, toks, j) or t.norm in _STOPS or t.norm in PREPOSITIONS:
            break  # (the noun phrase ends: "not clear how the baby", "nothing back as")
        if t.content and not t.cap and not t.norm.endswith(_VERB_ENDINGS):
            out.append(j)
    return out


def _clause_modal(toks: _Toks, i: int, text: str) -> str | None:
    """The class of the modal that opens the clause of the frame at ``toks[i]``, if any."""
    k = i - 1
    while k >= 0 and not _broken(text, toks, k + 1) and toks[k].norm not in OTHER_CLAUSE:
        if toks[k].norm in MODALS:
            return MODAL_CLASS.get(toks[k].norm, "")
        k -= 1
    return None


def _denied_nouns(art: PreparedArticle, key: tuple[str, int]) -> _Denied:
    """Sentence ``key[1]``'s nouns under a frame (read once an article)."""
    toks = art.sentences[key[1]].toks
    out = []
    for i, t in enumerate(toks):
        if framing_words(toks, i):
            first = i - (t.norm == "than")  # (from the pair's first word: "rather than")
            modal = _clause_modal(toks, first, art.text)
            for j in _denied(toks, i, art.text):
                cue = art.text[toks[first].start : toks[j].end]
                out.append(_Noun(toks[j].stem, modal, cue, j, first))
    return tuple(out)


def _finite(norms: list[str], c: int) -> bool:
    """Whether the claim's word ``norms[c]`` is a verb that states an act: a past or participle
    in "-ed" ("named", "was fined") or a verb after a modal ("will fine")."""
    return norms[c].endswith("ed") or (c > 0 and norms[c - 1] in MODALS)


def _asserts(
    art: PreparedArticle, sid: int, keys: frozenset[str], denied: dict[int, _Denied]
) -> bool:
    """Whether sentence ``sid`` holds a predicate of those keys that no frame withholds."""
    toks = art.sentences[sid].toks
    held = {n.place for n in denied.get(sid, ())}
    return any(
        not keys.isdisjoint(predicate_keys(e))
        and k not in held
        and withheld_predicate(toks, k)
        and framed_stretch(toks, k, art.text) is None
        for k, e in enumerate(toks)
    )


def _subject_denials(view: ClaimView, art: PreparedArticle, sup: Support) -> dict[int, _Denied]:
    """The nouns denied by sentences outside the support that open with the claim's subject
    and a frame right after it (subject_sentences.py)."""
    out: dict[int, _Denied] = {}
    for sid, k in subject_openings(view, art, sup):
        ev = art.sentences[sid].toks
        i = frame_after(ev, k)
        if i is None:
            continue
        modal = _clause_modal(ev, i, art.text)
        found = [
            _Noun(ev[j].stem, modal, art.text[ev[i].start : ev[j].end], j, i)
            for j in _denied(ev, i, art.text)
        ]
        if found:
            out[sid] = tuple(found)
    return out


def denied_noun_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """The claim's first predicate whose noun its evidence withholds, as `negation_flip`."""
    toks = view.toks
    norms = [t.norm for t in toks]
    acts = [c for c in range(len(toks)) if _finite(norms, c) and withheld_predicate(toks, c)]
    if not acts or framed(view):
        return []  # (no act stated, or one the claim negates: the negation tests' matter)
    framing = framing_sentences(view, art, sup)
    # A noun its evidence withholds is a content word of its sentence: an act whose stem no
    # framing supporting sentence and no sentence opening with the claim's subject holds cannot
    # be found denied (most claims; their sentences' nouns under a frame are not read).
    acted = {toks[c].stem for c in acts}
    openings = subject_openings(view, art, sup)
    if all(art.sentences[s].stems.isdisjoint(acted) for s in framing) and all(
        art.sentences[s].stems.isdisjoint(acted) for s, _ in openings
    ):
        return []
    denied = {s: art.derived(("denied nouns", s), _denied_nouns) for s in framing}
    denied |= _subject_denials(view, art, sup)
    if not denied:
        return []  # (no evidence sentence frames anything: most claims)
    stems = {n.stem for found in denied.values() for n in found}
    hedged = not MODALS.isdisjoint(norms)
    for c in acts:
        t = toks[c]
        if t.stem not in stems:
            continue
        modal = modal_before(toks, c)
        if hedged and not modal:
            continue
        others = frozenset(u.stem for j, u in enumerate(toks) if u.content and j != c)
        keys = predicate_keys(t)
        # The one who does the act: the claim's subject stands before the frame.
        subject = {u.stem for u in toks[:c] if u.content}
        best, cue = -1, ""
        for s, found in denied.items():
            ev = art.sentences[s].toks
            shared = len(others & art.sentences[s].stems)
            for n in found:
                if n.stem != t.stem or n.modal != modal or shared <= best:
                    continue
                if not subject or not subject.isdisjoint(u.stem for u in ev[: n.frame]):
                    best, cue = shared, n.cue
        if best < 0:
            continue
        asserted = max(
            (
                len(others & art.sentences[s].stems)
                for s in {*sup.sids, *denied}
                if _asserts(art, s, keys, denied)
            ),
            default=-1,
        )
        if best > asserted:
            said = view.text[t.start : t.end]
            msg = f"The claim states {said!r} as done; its evidence says {cue!r}."
            return [Finding(FlagCode.NEGATION_FLIP, msg, t.start, t.end, P_NEGATION, True)]
    return []
