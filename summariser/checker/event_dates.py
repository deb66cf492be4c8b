"""An event keeps its date: "Harper met union leaders on Monday" where the article has "Harper
met union leaders on Tuesday and will meet them again next Monday", "The probe was launched in
2022" for "It was launched ... in 2015, and reached Jupiter in 2022". Both dates are the
article's, and one sentence holds both, so the presence and date tests pass the claim; but the
article gives its date to another clause's event.

A date anchors the words and verbs of its clause (clause_events.py); the claim's date anchors
its event. Among the supporting sentences' dates, the one whose clause has one of the claim's
verbs (in its tense: "will meet" is not "met") and most of the event's words (at least half) is
the event's date. When that date is another of the same kind (two weekdays, months, years or
days of a month: no calendar makes them one) and no date of the article equal to the claim's
anchors a verb and as many words of the event, the claim has moved another event's date onto
this one. A date of another kind may be the same time told otherwise ("in March" of 2028), so
it is moved only where the article gives the claim's date to a clause with verbs of its own,
none of them the event's ("proposed the rules in 2028" for "proposed the rules in March" and
"raise the capital by 2028"). A claim's verb the article lacks ("announced" for "said") dates
nothing here, and a date the article lacks is the date tests' affair.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..report import FlagCode
from .clause_events import anchors, event_verbs, event_words
from .features import stem
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .quantities import DateWord, date_words
from .support import Support

logger = logging.getLogger(__name__)

_KINDS = frozenset({"weekday", "month", "year", "day"})  # dates no calendar makes one if unequal


def _dates(dates: Sequence[DateWord]) -> list[DateWord]:
    """The ``dates`` (of one sentence) that name a calendar unit, a month inside a day left
    out."""
    found = [d for d in dates if d.cat in _KINDS]
    days = [d for d in found if d.cat == "day"]
    return [d for d in found if d.cat == "day" or not any(e.i <= d.i < e.j for e in days)]


def date_event_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A contradiction when the supporting sentences give the claim's dated event another date
    (of another kind: where the article dates another event with the claim's), and no sentence
    of the article gives it the claim's."""
    out: list[Finding] = []
    mine = _dates(view.dates)
    if not mine or not any(d.norm in art.dates for d in mine):
        return out  # (most claims: no date, or none the article has)
    # Only another date of the supporting sentences can be the event's other date: without one
    # the clauses need not be read. Of another kind, only where the claim's date is another
    # event's (below).
    given = {d for sid in sup.sids for d in art.sentences[sid].dates}
    rivalled = {d for d in mine if d.norm in art.dates and any(n != d.norm for n, _ in given)}
    if not rivalled:
        return out
    for date, a, b in anchors(view.toks, view.text, mine):
        if date not in rivalled:
            continue
        same_kind = any(c == date.cat and n != date.norm for n, c in given)
        event, verbs = event_words(view.toks, a, b), event_verbs(view.toks, a, b)
        if not verbs:
            continue  # (a date without a verb of the claim's dates no event)
        happened = _occurred(verbs, event)
        best, theirs = 0, []
        for sid in sup.sids:
            ev = art.sentences[sid].toks
            for d, words, their_verbs in art.derived(("dated events", sid), _dated_events):
                n = len(event & words) if happened or verbs & their_verbs else 0
                if n > best:
                    best, theirs = n, [(d, ev)]
                elif n == best and n:
                    theirs.append((d, ev))
        if 2 * best < len(event) or not best:
            continue
        if len({d.norm for d, _ in theirs}) != 1 or theirs[0][0].norm == date.norm:
            continue
        other, ev = theirs[0]
        # ("on Tuesday" and "on 13 March" may be one day, unless the article gives the claim's
        # date to another event: "proposed the rules in March" and "raise the capital by 2028"
        # make "proposed the rules in 2028" the raise's date)
        excluded = other.cat == date.cat or (same_kind and _other_month(date, other))
        if not excluded and not _dates_another_event(art, date, verbs):
            continue
        if _attested(art, date, (event, verbs), best, any_verb=happened):
            continue
        start, end = view.toks[date.i].start, view.toks[date.j - 1].end
        said, have = view.text[start:end], art.text[ev[other.i].start : ev[other.j - 1].end]
        msg = f"The claim dates the event {said!r}; its evidence has {have!r}."
        out.append(Finding(FlagCode.DATE_SWAPPED, msg, start, end, P_CONTRADICTION, True))
    return out


def _occurred(verbs: frozenset[str], event: frozenset[str]) -> bool:
    """Whether the claim's verbs only say that its event took place ("happened", "occurred",
    "took place"): the event is then its nouns', which the article may date with any verb ("a
    break-in took place in March" for "linked to a break-in ... in March")."""
    return verbs <= _OCCUR or (verbs == _TAKE and _PLACE in event)


_OCCUR = frozenset(stem(w) for w in ("happen", "occur"))
_TAKE, _PLACE = frozenset({stem("take")}), stem("place")


def _attested(
    art: PreparedArticle,
    date: DateWord,
    event: tuple[frozenset[str], frozenset[str]],
    best: int,
    *,
    any_verb: bool = False,
) -> bool:
    """Whether a sentence of the article gives the claim's date to one of the event's verbs (any
    verb, with ``any_verb``) and as many of its words as the evidence's own date."""
    words, verbs = event
    for sid, sent in enumerate(art.sentences):
        if (date.norm, date.cat) not in sent.dates:
            continue
        for d, their_words, their_verbs in art.derived(("dated events", sid), _dated_events):
            if d.norm != date.norm or not (any_verb or verbs & their_verbs):
                continue
            if len(words & their_words) >= best:
                return True
    return False


def _dates_another_event(art: PreparedArticle, date: DateWord, verbs: frozenset[str]) -> bool:
    """Whether a sentence of the article gives the claim's date to a clause with verbs of its
    own, none of them the event's."""
    for sid, sent in enumerate(art.sentences):
        if (date.norm, date.cat) not in sent.dates:
            continue
        for d, _, their_verbs in art.derived(("dated events", sid), _dated_events):
            if d.norm == date.norm and their_verbs and not verbs & their_verbs:
                return True
    return False


def _other_month(date: DateWord, other: DateWord) -> bool:
    """Whether one is a month and the other a day of another month ("in June" and "3
    September"): no calendar makes them one."""
    if {date.cat, other.cat} != {"month", "day"}:
        return False
    month, day = (date, other) if date.cat == "month" else (other, date)
    return day.norm.split()[-1] != month.norm


DatedEvent = tuple[DateWord, frozenset[str], frozenset[str]]
_OBJECTS = frozenset({"them", "it", "him", "her"})  # pronouns for a thing the clause before names


def _dated_events(art: PreparedArticle, key: tuple[str, int]) -> tuple[DatedEvent, ...]:
    """Each date of sentence ``key[1]`` with the words and verbs of the clause it anchors (the
    same for every claim: read once an article)."""
    ev = art.sentences[key[1]].toks
    out: list[DatedEvent] = []
    before: tuple[int, frozenset[str]] = (0, frozenset())  # the clause before: start, words
    for d, lo, hi in anchors(ev, art.text, _dates(date_words(ev))):
        own = words = event_words(ev, lo, hi)
        if lo > before[0] and any(t.norm in _OBJECTS for t in ev[lo:hi]):
            # ("met union leaders on Tuesday and will meet them again next Monday": the
            # pronoun's clause tells of the union leaders too)
            words = own | before[1]
        out.append((d, words, event_verbs(ev, lo, hi)))
        before = (lo, own)
    return tuple(out)
