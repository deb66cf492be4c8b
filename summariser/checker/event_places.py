"""An event keeps its place: "Hale was arrested at a flat in Cardiff" where the article has "He
was arrested at a flat in Newport", "the ministers will meet again in Moscow" for "are due to
meet again in November, in Washington". The place is an article name, so the presence tests
pass it; the slot tests read one aligned sentence, and a claim that names its subject in full,
goes on past the place, or puts the time on the other side of it is aligned elsewhere.

Here a claim's "in"/"at" + name is set against every supporting sentence: the words that tell
the event (the content words right before the preposition) found together there before "in"/"at"
+ another name (a phrase of time may stand between) give the event another place, unless some
sentence of the article gives it the claim's place too. Two places one may hold the other
("in Cardiff" and "at Cardiff Crown Court", "in Gdansk" and "in Poland") are no swap: places
that share a word, or where either is a country, a continent or a region ("in Salahuddin
province" may hold Tikrit), or that the article writes side by side ("Gdansk, Poland") are left
alone; and a sentence that names the claim's place anywhere after the event's words (a list,
"in the US on October 23 and in Europe") gives it that place too.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..report import FlagCode
from .aliases import COUNTRY_KEYS
from .clause_events import event_verbs
from .features import NUM, Tok, stem
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import CALENDAR, REPORTING_VERBS, TIME_NOUNS
from .nearby import written_near
from .prepare import PreparedArticle
from .support import Support

logger = logging.getLogger(__name__)

_PREPOSITIONS = frozenset({"in", "at"})
# Places that hold others: continents, and a name a region noun follows ("Salahuddin province").
_CONTINENTS = frozenset(
    stem(w) for w in ("europe", "asia", "africa", "america", "oceania", "antarctica")
)
_REGIONS = frozenset({"province", "region", "state", "county", "district", "territory"})
_EVENT = 4  # claim words before the preposition that tell the event
_REACH = 8  # evidence words before its preposition within which the event's words stand
_PLACE = 4  # words of a place's name
_BESIDE = 3  # words apart at which the article writes two places as one ("Gdansk, Poland")
_MIN_EVENT = 2  # content words that tell the event (one word is too common a match)


Place = tuple[tuple[str, ...], int, int]  # a name's stems, and where it starts and ends


def _place_at(toks: Sequence[Tok], k: int) -> Place:
    """The name after the preposition ``toks[k]`` (capitalised, as no sentence opens with it);
    no stems when none follows or it is a time ("in November")."""
    words: list[str] = []
    m = k + 1
    if m < len(toks) and toks[m].norm == "the":
        m += 1
    while m < len(toks) and len(words) < _PLACE and toks[m].cap and toks[m].kind != NUM:
        if toks[m].norm in CALENDAR or toks[m].norm in TIME_NOUNS:
            return (), 0, 0
        words.append(toks[m].stem)
        m += 1
    if m < len(toks) and toks[m].norm in _REGIONS:
        words.append(toks[m].norm)  # (a region's noun marks the place as one holding others)
        return tuple(words), toks[m - len(words) + 1].start, toks[m].end
    if not words:
        return (), 0, 0
    return tuple(words), toks[m - len(words)].start, toks[m - 1].end


def _event(toks: Sequence[Tok], k: int) -> frozenset[str]:
    """The stems of the lower-case content words right before ``toks[k]`` (a reporting verb,
    "told reporters in", is one too)."""
    before = toks[max(0, k - _EVENT) : k]
    return frozenset(
        t.stem
        for t in before
        if (t.content or t.norm in REPORTING_VERBS) and not t.cap and t.kind != NUM
    )


def _places_of(toks: Sequence[Tok], event: frozenset[str]) -> list[Place]:
    """The places a sentence gives the event: a name after "in"/"at" with every event word
    within the words before it."""
    out: list[Place] = []
    for k, t in enumerate(toks):
        if t.norm not in _PREPOSITIONS:
            continue
        place = _place_at(toks, k)
        if place[0] and event <= {e.stem for e in toks[max(0, k - _REACH) : k]}:
            out.append(place)
    return out


def _attested(art: PreparedArticle, event: frozenset[str], mine: tuple[str, ...]) -> bool:
    """Whether a sentence of the article names the claim's place after all the event's words,
    with no verb between: a verb there opens another event, whose place it is ("broke the
    world record in Berlin ..., to take 14 seconds off the mark set by Korir in Chicago")."""
    for s in art.sentences:
        stems = [t.stem for t in s.toks]
        if not event <= set(stems):
            continue
        last = max(stems.index(w) for w in event)
        for k in range(last + 1, len(stems) - len(mine) + 1):
            if stems[k : k + len(mine)] == list(mine):
                if not event_verbs(s.toks, last + 1, k):
                    return True
                break
    return False


def _one_place(art: PreparedArticle, mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether the two places may be one, or one inside the other."""
    words = mine + theirs
    if set(mine) & set(theirs) or any(w in COUNTRY_KEYS or w in _CONTINENTS for w in words):
        return True
    if _REGIONS.intersection(words):
        return True
    return written_near(art, mine[0], theirs[0], reach=_BESIDE)


def place_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A contradiction when the supporting sentences give the claim's event another place."""
    toks = view.toks
    for k, t in enumerate(toks):
        if t.norm not in _PREPOSITIONS:
            continue
        mine, start, end = _place_at(toks, k)
        event = _event(toks, k)
        if not mine or len(event) < _MIN_EVENT or not art.stems.issuperset(mine):
            continue  # (a place the article lacks is the presence test's)
        theirs = [p for sid in sup.sids for p in _places_of(art.sentences[sid].toks, event)]
        if not theirs or any(p[0] == mine for p in theirs):
            continue
        if _attested(art, event, mine) or any(_one_place(art, mine, p[0]) for p in theirs):
            continue
        said, have = view.text[start:end], art.text[theirs[0][1] : theirs[0][2]]
        msg = f"The claim puts the event in {said!r}; its evidence has it in {have!r}."
        return [Finding(FlagCode.ENTITY_SWAPPED, msg, start, end, P_CONTRADICTION, True)]
    return []
