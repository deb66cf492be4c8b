"""An event keeps its date: "Harper met union leaders on Monday" where the article has "Harper
met union leaders on Tuesday and will meet them again next Monday", "The probe was launched in
2022" for "It was launched ... in 2015, and reached Jupiter in 2022". Both dates are the
article's, and one sentence holds both, so the presence and date tests pass the claim; but the
article gives its date to another clause's event.

A date anchors the words of its clause: a sentence is cut into clauses at ";" or ":" and at
"and" / "but" / "while" after a comma or before a verb of its own ("and will meet", "and
reached"); a clause with two dates gives each the words before it, and a date that opens it
("In 2015, the company ...") the words after it. The claim's date anchors its own clause's
words: its event, told by a verb (a past, or a word after an auxiliary, a modal or "to"; "will
meet" is not "met"). Among the supporting sentences' dates, the one whose clause has one of the
claim's verbs and most of the event's words (at least half) is the event's date. When that date
is another of the same kind (two weekdays, months, years or days of a month: no calendar makes
them one) and no date of the article equal to the claim's anchors a verb and as many words of
the event, the claim has moved another event's date onto this one. A claim's verb the article
lacks ("announced" for "said") dates nothing here, and a date the article lacks is the date
tests' affair.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..report import FlagCode
from .features import Tok, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import AUXILIARIES, IRREGULAR_PAST, RELATIVE_DIRECTIONS
from .predicates import is_predicate
from .prepare import PreparedArticle
from .quantities import DateWord, date_words
from .support import Support

logger = logging.getLogger(__name__)

_KINDS = frozenset({"weekday", "month", "year", "day"})  # dates no calendar makes one if unequal
_JOINS = frozenset({"and", "but", "while", "whereas"})
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must"})
_AFTER = AUXILIARIES | _MODALS | {"to"}  # words a verb follows
_MODAL_REACH = 3  # words before a verb within which a modal governs it ("will not meet")
_STOPS = frozenset(";:—–")  # marks that end a clause
_LISTED = frozenset({"and", "or", "to", "until"})  # between two dates of one list or span

Anchor = tuple[DateWord, int, int]  # a date and the token range of the words it anchors


def _verb_after(toks: Sequence[Tok], k: int) -> bool:
    """Whether ``toks[k]`` opens a predicate: an auxiliary or a verb in the past."""
    return k < len(toks) and (toks[k].norm in _AFTER - {"to"} or _past(toks[k]))


def _past(t: Tok) -> bool:
    """Whether the word reads as a verb in the past: "met", "launched"."""
    if t.cap or not t.content:
        return False
    return t.norm in IRREGULAR_PAST or (t.norm.endswith("ed") and is_predicate(t.norm))


def _verbs(toks: Sequence[Tok], a: int, b: int) -> frozenset[str]:
    """The verbs of ``toks[a:b]`` by their present, marked when a modal stands before them ("will
    meet" is not "met"): a past, or a word after an auxiliary, a modal or "to"."""
    out: set[str] = set()
    for k in range(a, b):
        t = toks[k]
        before = toks[k - 1].norm if k else ""
        if _past(t) or (before in _AFTER and t.content and not t.cap):
            modal = any(u.norm in _MODALS for u in toks[max(a, k - _MODAL_REACH) : k])
            out.add(f"{verb_key(t)}/modal" if modal else verb_key(t))
    return frozenset(out)


def _clause_starts(toks: Sequence[Tok], text: str) -> list[int]:
    """The indices of the tokens that open a clause (0 first)."""
    out = [0]
    for k in range(1, len(toks)):
        gap = text[toks[k - 1].end : toks[k].start]
        if any(c in _STOPS for c in gap):
            out.append(k)
        elif toks[k].norm in _JOINS and ("," in gap or _verb_after(toks, k + 1)):
            out.append(k + 1)
    return out


def _dates(toks: Sequence[Tok]) -> list[DateWord]:
    """The dates of ``toks`` that name a calendar unit, a month inside a day left out."""
    found = [d for d in date_words(toks) if d.cat in _KINDS]
    days = [d for d in found if d.cat == "day"]
    return [d for d in found if d.cat == "day" or not any(e.i <= d.i < e.j for e in days)]


def _words(toks: Sequence[Tok], a: int, b: int) -> frozenset[str]:
    """The stems of the lower-case content words of ``toks[a:b]`` (a verb by its present)."""
    return frozenset(
        verb_key(t)
        for t in toks[a:b]
        if t.content and not t.cap and t.kind == 0 and t.norm not in RELATIVE_DIRECTIONS
    )


def anchors(toks: Sequence[Tok], text: str) -> list[Anchor]:
    """Each date of the sentence ``toks`` (offsets into ``text``) with the words it anchors."""
    dates = _dates(toks)
    if not dates:
        return []
    starts = _clause_starts(toks, text)
    bounds = list(zip(starts, [*starts[1:], len(toks)], strict=True))
    out: list[Anchor] = []
    for lo, hi in bounds:
        mine = [d for d in dates if lo <= d.i < hi]
        if len(mine) == 1:
            out.append((mine[0], lo, hi))
            continue
        prev = lo
        for n, d in enumerate(mine):
            between = toks[prev : d.i]
            if n and all(t.norm in _LISTED for t in between):
                out.append((d, out[-1][1], out[-1][2]))  # ("on Tuesday and Wednesday")
            elif n == 0 and not _words(toks, lo, d.i):
                out.append((d, d.j, mine[1].i))  # (a date that opens its clause)
            else:
                out.append((d, prev, d.i))
            prev = d.j
    return out


def date_event_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A contradiction when the supporting sentences give the claim's dated event another date
    of the same kind, and no sentence of the article gives it the claim's."""
    out: list[Finding] = []
    for date, a, b in anchors(view.toks, view.text):
        event, verbs = _words(view.toks, a, b), _verbs(view.toks, a, b)
        if not verbs or date.norm not in art.dates:
            continue  # (a date without a verb of the claim's dates no event)
        best, theirs = 0, []
        for sid in sup.sids:
            ev = art.sentences[sid].toks
            for d, lo, hi in anchors(ev, art.text):
                words = _words(ev, lo, hi)
                n = len(event & words) if verbs & _verbs(ev, lo, hi) else 0
                if n > best:
                    best, theirs = n, [(d, ev)]
                elif n == best and n:
                    theirs.append((d, ev))
        if 2 * best < len(event) or not best:
            continue
        if len({d.norm for d, _ in theirs}) != 1 or theirs[0][0].norm == date.norm:
            continue
        other, ev = theirs[0]
        if other.cat != date.cat:
            continue  # ("on Tuesday" and "on 13 March" may be one day)
        if _attested(art, date, (event, verbs), best):
            continue
        start, end = view.toks[date.i].start, view.toks[date.j - 1].end
        said, have = view.text[start:end], art.text[ev[other.i].start : ev[other.j - 1].end]
        msg = f"The claim dates the event {said!r}; its evidence has {have!r}."
        out.append(Finding(FlagCode.DATE_SWAPPED, msg, start, end, P_CONTRADICTION, True))
    return out


def _attested(
    art: PreparedArticle, date: DateWord, event: tuple[frozenset[str], frozenset[str]], best: int
) -> bool:
    """Whether a sentence of the article gives the claim's date to one of the event's verbs and
    as many of its words as the evidence's own date."""
    words, verbs = event
    for sent in art.sentences:
        if (date.norm, date.cat) not in sent.dates:
            continue
        for d, lo, hi in anchors(sent.toks, art.text):
            if d.norm != date.norm or not verbs & _verbs(sent.toks, lo, hi):
                continue
            if len(words & _words(sent.toks, lo, hi)) >= best:
                return True
    return False
