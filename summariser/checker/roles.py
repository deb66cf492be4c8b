"""Role-level entity swaps: a name of the article put in another name's place in a relation.

Word overlap cannot see that "Wagner was led by Goita" misreads "Wagner, led by Prigozhin, ...
supports Goita's administration": every word is in the sentence. Here each name gets the slot
its local context gives it - agent or patient of the verb next to it (active, passive "V by X"
and reduced relatives "X, V by Y" normalised to the same roles), possessor of the noun after
"X's", object of "<word> in/to/from/... X" - and the same slots are read off the supporting
sentences. When a supporting sentence fills the claim name's slot with another name, and never
with this one, the claim has swapped the two. Slots of prepositions ("in X", "of X") are not
read: place names of different precision would read as swaps.

A slot read off neighbouring words is a doubt, since the claim's name may be another name of
the rival, unless that name is in the same sentence in another role. A sentence that names
its agent outright ("as confirmed by the Kremlin", "Prigozhin, who led a brief mutiny") is
surer: a claim that makes another name of the article the subject of that verb, about the same
thing, contradicts it - unless either name is a country or its capital, which news uses for
its government ("Moscow confirmed"): that is a doubt.

Lexical and deterministic: no parser; the slots are read off adjacent tokens only, so a slot
the patterns cannot read is simply not tested.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from ..actors.gazetteer import COUNTRY_BY_CAPITAL, COUNTRY_BY_NAME
from ..report import FlagCode
from .features import NUM, WORD, Tok, name_spans
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import (
    AUXILIARIES,
    BE_FORMS,
    CALENDAR,
    DEICTIC_DAYS,
    IRREGULAR_PAST,
    PREPOSITIONS,
    REPORTING_VERBS,
    TIME_NOUNS,
    TIME_OPENERS,
    UNMARKED_PASTS,
)
from .prepare import PreparedArticle
from .support import Support

logger = logging.getLogger(__name__)

P_ROLE_SWAP = 1.0

P_AGENT_SWAP = 4.0

Slot = tuple[str, str]  # (stem of the governing word, role)

_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_HAVE = frozenset({"has", "have", "had"})
_RELATIVE = frozenset({"who", "which", "that"})
_INFLECTED = ("ed", "es", "s")
# Endings of nouns, never of a verb's "-s" form ("boss", "census", "thesis": "passes", "focuses").
_NOT_INFLECTED = ("ss", "us", "is")
# Irregular past forms (news is in the past tense), and the pasts that are their present too.
_PAST = frozenset(IRREGULAR_PAST) | UNMARKED_PASTS
# Adverbs of time and frequency that stand between a subject and its verb ("who once had").
_TIME_ADVERBS = frozenset({"once", "also", "still", "already", "often", "later", "recently"})
# Endings of nouns of events ("passing", "resignation", "death"), which no "who" refers to.
_EVENT_ENDINGS = ("ing", "tion", "sion", "ment", "death")
MAX_NOUNS = 2  # common nouns allowed between a name and the verb of a reduced relative
FRAME = 4  # tokens after a verb whose content words say what it is about ("led a brief mutiny")
# Countries and capitals, lower-cased: names that news also uses for a government.
_METONYMS = frozenset(k.lower() for k in (*COUNTRY_BY_NAME, *COUNTRY_BY_CAPITAL))


def _gap(text: str, left: Tok, right: Tok) -> str:
    return text[left.end : right.start]


def possessive(text: str, left: Tok, right: Tok) -> bool:
    """Whether ``left`` is a possessor of what ``right`` starts ("Putin's administration")."""
    gap = _gap(text, left, right)
    return ("'s" in gap or "’s" in gap or "` s" in gap) and len(gap) <= 4


def _verb_after(
    toks: list[Tok], text: str, j: int, *, reporting: bool = False
) -> tuple[int, bool] | None:
    """The verb a name ending at ``j`` is the subject of, and whether it is passive; a reporting
    verb too when ``reporting``.

    "X led", "X has led", "X was led by", "X, who led", "X mercenary group, led by".
    """
    n = len(toks)
    k = j
    if k < n and toks[k].norm in _RELATIVE:
        k += 1
    passive = False
    while k < n and (toks[k].norm in AUXILIARIES or toks[k].norm in _TIME_ADVERBS):
        passive = passive or toks[k].norm in BE_FORMS
        k += 1
    if j < k < n and toks[k - 1].norm in _HAVE and toks[k].norm in _DETERMINERS:
        return k - 1, False  # "had" as the verb itself: "who once had an affair"
    if k >= n or not _verbal(toks[k], reporting=reporting):
        return None
    by = k + 1 < n and toks[k + 1].norm == "by"
    if k == j and by and "," in _gap(text, toks[j - 1], toks[k]):
        return k, True  # a reduced relative: "X, led by Y"
    if k > j or passive:  # after a relative or an auxiliary: "X, who led", "X has led"
        return k, passive  # ("X was sentenced": what was done to X, with no agent named)
    # A reduced relative after an apposition: "X mercenary group, led by Y".
    for m in range(k, min(n, k + MAX_NOUNS + 1)):
        if "," in _gap(text, toks[m - 1], toks[m]) and m + 1 < n and toks[m + 1].norm == "by":
            return m, True
        if not toks[m].content or toks[m].cap:
            break
    # Without an auxiliary, only an inflected verb: "X led", "X supports" (not "X boss").
    norm = toks[k].norm
    inflected = norm.endswith(_INFLECTED) and not norm.endswith(_NOT_INFLECTED)
    return (k, False) if inflected or norm in _PAST else None


def _verbal(t: Tok, *, reporting: bool = False) -> bool:
    """Whether a token can be the verb of a slot: a lower-case content word, not "said" (unless
    ``reporting``)."""
    return (
        t.content and t.kind == WORD and not t.cap and (reporting or t.norm not in REPORTING_VERBS)
    )


def slots(
    toks: list[Tok], names: list[tuple[int, int]], text: str, *, reporting: bool = False
) -> list[tuple[Slot, int]]:
    """Each name's slots as (slot, index of the name in ``names``); the speakers of reporting
    verbs too when ``reporting`` (a claim's: the article's are read only as "V by X")."""
    out: list[tuple[Slot, int]] = []
    for x, (i, j) in enumerate(names):
        k = i - 1
        while k >= 0 and toks[k].norm in _DETERMINERS:
            k -= 1
        if k >= 0:
            t = toks[k]
            v = _before_when(toks, k - 1) if t.norm == "by" else -1
            if v >= 0 and toks[v].content:
                # (the name heads the agent: not the owner of "by Reds boss Brendan Rodgers")
                modifies = j < len(toks) and toks[j].content and not toks[j].cap
                if not (modifies and _gap(text, toks[j - 1], toks[j]).isspace()):
                    out.append(((toks[v].stem, "agent"), x))
            elif _verbal(t) and (k < i - 1 or t.norm.endswith("ed")):
                out.append(((t.stem, "patient"), x))  # "led the X", "supported X"
        if j < len(toks):
            if possessive(text, toks[j - 1], toks[j]):
                continue
            ends_aside = "," in _gap(text, toks[j - 1], toks[j]) and toks[j].norm not in _RELATIVE
            by = j + 1 < len(toks) and toks[j + 1].norm == "by"
            apposed = i > 0 and "," in _gap(text, toks[i - 1], toks[i])
            if ends_aside and not by and not apposed:
                # No comma parts a subject from its verb: "Senator Hart of Ohio, disagreed",
                # "in the absence of the injured Daniel Sturridge, was exposed" end an aside
                # ("Wagner, led by Prigozhin" is a reduced relative: read below; "his son,
                # Wil, appears" an apposition to the subject).
                continue
            verb = _verb_after(toks, text, j, reporting=reporting)
            if verb is not None and (reporting or toks[verb[0]].norm not in REPORTING_VERBS):
                v, passive = verb
                out.append(((toks[v].stem, "patient" if passive else "agent"), x))
    return out


def _before_when(toks: list[Tok], k: int) -> int:
    """The token before a phrase of time ending at ``k`` ("published on Tuesday by", "signed
    last week by", "released yesterday by"); ``k`` itself without one."""
    m = k
    while m >= 0 and (
        toks[m].norm in CALENDAR or toks[m].norm in TIME_NOUNS or toks[m].kind == NUM
    ):
        m -= 1
    if m == k or m < 0:
        return k
    if toks[m].norm in TIME_OPENERS:
        return m - 1
    return m if toks[k].norm in DEICTIC_DAYS and m == k - 1 else k


def _by_agent(toks: list[Tok], i: int) -> bool:
    """Whether the name starting at ``i`` follows "V by" (determiners skipped)."""
    k = i - 1
    while k >= 0 and toks[k].norm in _DETERMINERS:
        k -= 1
    return k > 0 and toks[k].norm == "by"


def _coordinated(toks: list[Tok], names: list[tuple[int, int]], x: int) -> bool:
    """Whether the name is a conjunct of a list of names ("X, Y and Z")."""
    i, j = names[x]
    before = x > 0 and names[x - 1][1] in (i - 1, i) and (i == 0 or toks[i - 1].norm in _AND)
    after = (
        x + 1 < len(names)
        and names[x + 1][0] in (j, j + 1)
        and (j >= len(toks) or toks[j].norm in _AND or names[x + 1][0] == j)
    )
    return before or after


_AND = frozenset({"and", "or", "nor"})


def _words(toks: list[Tok] | tuple[Tok, ...], i: int, j: int) -> frozenset[str]:
    return frozenset(t.stem for t in toks[i:j] if t.content and t.kind != NUM)


class Filler(NamedTuple):
    """A name filling a slot of a supporting sentence."""

    words: frozenset[str]  # its words
    text: str
    present: frozenset[str]  # the name words of its sentence
    sid: int  # its sentence
    # When the sentence names it as the agent outright ("by X", "X, who V"): the content words
    # saying what the verb is about (the clause before "V by", the words after "who V").
    frame: frozenset[str]


def _frame(toks: list[Tok], text: str, i: int, j: int) -> frozenset[str]:
    """What a verb whose agent the sentence names outright at [i, j) is about (else empty)."""
    if _by_agent(toks, i):
        # (the name heads the agent: not "by Elian's Miami relatives")
        if j < len(toks) and toks[j].content and not toks[j].cap:
            return frozenset()
        return frozenset(t.stem for t in toks[:i] if t.content)
    if j < len(toks) and toks[j].norm == "who" and not _object_of_person(toks, i):
        verb = _verb_after(toks, text, j)
        if verb is not None:
            return _about(toks, verb[0])
    return frozenset()


def _object_of_person(toks: list[Tok], i: int) -> bool:
    """Whether the name at ``i`` follows a preposition after a noun that may be the "who" of a
    relative clause after it: "Teklinski of Poland, who won", "the son of X, who" (not an
    event's "the passing of Prigozhin, who led": an event is no "who")."""
    if i == 0 or toks[i - 1].norm not in PREPOSITIONS:
        return False
    head = toks[i - 2] if i >= 2 else None
    return head is None or head.cap or not head.norm.endswith(_EVENT_ENDINGS)


def _about(toks: list[Tok], v: int) -> frozenset[str]:
    """The content words of the FRAME tokens after the verb at ``v``."""
    return frozenset(t.stem for t in toks[v + 1 : v + 1 + FRAME] if t.content)


def _sentence_fillers(art: PreparedArticle, key: tuple[str, int]) -> list[tuple[Slot, Filler]]:
    """The slots a sentence gives its names, in order, each with its filler (the same for every
    claim it supports: kept on the article)."""
    toks = list(art.sentences[key[1]].toks)
    if not toks:
        return []
    # A word opening the sentence is a name when the article writes it as one elsewhere.
    opening = frozenset() if art.is_name(toks[0]) else frozenset({toks[0].start})
    names = name_spans(toks, opening)
    present = frozenset().union(*(_words(toks, i, j) for i, j in names))
    out: list[tuple[Slot, Filler]] = []
    for slot, x in slots(toks, names, art.text):
        i, j = names[x]
        if _coordinated(toks, names, x):
            continue  # "X and Y led": the slot is shared, not X's alone
        name = art.text[toks[i].start : toks[j - 1].end]
        out.append(
            (
                slot,
                Filler(
                    _words(toks, i, j),
                    name,
                    present,
                    key[1],
                    _frame(toks, art.text, i, j) if slot[1] == "agent" else frozenset(),
                ),
            )
        )
    return out


def claim_names(view: ClaimView) -> list[tuple[int, int]]:
    """The claim sentence's names, with a one-word name opening it (ClaimView.opening)."""
    return [(0, 1), *view.names] if view.opening else view.names


def role_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> list[Finding]:
    """Claim names whose slot a supporting sentence gives to another name."""
    if not sup.sids:
        return []
    names = claim_names(view)
    mine = [
        (s, x)
        for s, x in slots(view.toks, names, view.text, reporting=True)
        if names[x][0] not in skip and not _coordinated(view.toks, names, x)
    ]
    if not mine:
        return []
    fillers: dict[Slot, list[Filler]] = {}
    verbs = {verb for (verb, _), _ in mine}
    for sid in sup.sids:
        # A sentence's slots are its own words': one without the claim's verbs fills none of
        # its slots (and its fillers need not be read).
        if verbs.isdisjoint(art.sentences[sid].cols.stems):
            continue
        for slot, filler in art.derived(("roles.fillers", sid), _sentence_fillers):
            fillers.setdefault(slot, []).append(filler)
    out: list[Finding] = []
    flagged: set[int] = set()
    for slot, x in mine:
        others = fillers.get(slot)
        if not others or x in flagged:
            continue
        i, j = names[x]
        words = _words(view.toks, i, j)
        if not words or any(words & f.words for f in others):
            continue
        found = _outright(view, art, slot, (i, j), others)
        if found is not None:
            out.append(found)
            flagged.add(x)
            continue
        # Only a swap within one sentence: the claim's name is there, in another role.
        rivals = sorted(f.text for f in others if words & f.present)
        if not rivals:
            continue
        start, end = view.toks[i].start, view.toks[j - 1].end
        text = view.text[start:end]
        rival = rivals[0]
        msg = f"The claim puts {text!r} where the supporting sentences have {rival!r}."
        # "V by X" names the agent explicitly on both sides: the surest reading of a slot.
        if slot[1] == "agent" and _by_agent(view.toks, i):
            out.append(Finding(FlagCode.ENTITY_SWAPPED, msg, start, end, P_AGENT_SWAP, True))
        else:  # a slot read off neighbouring words only: a doubt, not a contradiction
            out.append(Finding(FlagCode.ENTITY_MISSING, msg, start, end, P_ROLE_SWAP))
        flagged.add(x)
    return out


def _outright(
    view: ClaimView,
    art: PreparedArticle,
    slot: Slot,
    name: tuple[int, int],
    others: list[Filler],
) -> Finding | None:
    """A claim name made the active subject of a verb whose agent a supporting sentence names
    outright as another name, about the same thing (see the module docstring)."""
    toks, (i, j) = view.toks, name
    if slot[1] != "agent":
        return None
    if _by_agent(toks, i):  # "The Eurogroup is chaired by X": about what precedes the verb
        v = next(k for k in range(i - 1, -1, -1) if toks[k].norm == "by") - 1
        about = frozenset(t.stem for t in toks[:v] if t.content)
    else:
        verb = _verb_after(toks, view.text, j, reporting=True)
        if verb is None or verb[1]:
            return None
        v, about = verb[0], _about(toks, verb[0])
    rival = next((f for f in others if about & f.frame), None)
    if rival is None:
        return None
    start, end = toks[i].start, toks[j - 1].end
    text = view.text[start:end]
    said = toks[v].norm in REPORTING_VERBS
    if is_metonym(text) or is_metonym(rival.text):
        msg = (
            f"The supporting sentences name {rival.text!r} as the one who "
            f"{toks[v].norm} it; {text!r} may or may not stand for it."
        )
        return Finding(FlagCode.ENTITY_MISSING, msg, start, end, P_CONTRADICTION)
    code = FlagCode.SPEAKER_SWAPPED if said else FlagCode.ENTITY_SWAPPED
    sentence = art.text[art.sentences[rival.sid].start : art.sentences[rival.sid].end]
    what = "says" if said else "has"
    msg = f"The claim puts {text!r} where the article {what} {rival.text!r}: {sentence!r}"
    return Finding(code, msg[:400], start, end, P_AGENT_SWAP, True)


def is_metonym(name: str) -> bool:
    """Whether a name is a country or a capital ("the United States", "Moscow")."""
    low = name.lower()
    return low.removeprefix("the ") in _METONYMS
