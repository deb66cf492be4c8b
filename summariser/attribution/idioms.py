"""Idioms of stance whose verb alone reports nothing: "took aim at the plan", "took a swipe at
Jones", "came out against
the bill", "came out in favour of", "stopped short of calling for".

Each idiom also has a literal sense ("took aim at the deer", "came out against the wall",
"stopped short of the summit"); what tells them apart is the object: a
stance is taken towards a proposal, a policy, a person named or owned, or an act of speech.
"""

from __future__ import annotations

import logging

from summariser.attribution.lexicon import CUE_FORMS, DETERMINERS, words
from summariser.attribution.phrases import np_right
from summariser.attribution.segment import Doc

logger = logging.getLogger(__name__)

# Heads of objects that a stance targets: proposals, policies, decisions and their records.
_POLICIES = words(
    """
    plan plans proposal proposals bill bills law laws measure measures deal deals merger
    mergers war reform reforms policy policies idea ideas ban bans tax taxes cuts legislation
    amendment amendments referendum decision decisions move scheme schemes treaty agreement
    ruling rulings sanctions changes budget record nomination nominee candidacy strategy
    programme program approach handling tariffs rules regulation regulations project
    pipeline expansion closure privatisation privatization
    """
)
# People who speak against or for a cause ("took aim at critics", "at his opponents").
_SPEAKERS = words(
    """
    critics opponents detractors rivals supporters lawmakers legislators politicians
    media press
    """
)
# What follows a target of words, giving the reason ("took aim at the mayor over the budget").
_REASONS = words("over for about")
# Acts of speech that one can stop short of ("stopped short of an apology").
_SPEECH_ACTS = words(
    """
    apology endorsement condemnation accusation accusations call demand criticism admission
    promise pledge commitment recommendation statement declaration confirmation denial
    blame threat guarantee
    """
)
_MAX_MODIFIERS = 3


def _target_head(doc: Doc, first: int, hi: int) -> tuple[int, int] | None:
    """(head, end) of the object phrase at ``first``, without an appositive, or None."""
    end = np_right(doc, first, hi, appositive=False)
    if end is None:
        return None
    head = end - 1
    for k in range(first, end):  # "the mayor's plan for the park": the head is before "for"
        if doc.lowers[k] in {"of", "for", "from", "at"}:
            head = k - 1
            break
    return head, end


def _stance_target(doc: Doc, first: int, hi: int, *, named: bool) -> bool:
    """Whether the object at ``first`` is a target of stance: a proposal or policy (its head),
    a named or owned person or body (``named``: whether a name suffices), speakers, or any
    phrase followed by a reason ("the mayor over the budget")."""
    if first >= hi:
        return False
    found = _target_head(doc, first, hi)
    if found is None:
        return False
    head, end = found
    low = doc.lowers[head]
    if low in _POLICIES or low in _SPEAKERS:
        return True
    if named and (doc.words[first][0].isupper() or doc.words[head][0].isupper()):
        return True
    if any(doc.lowers[k].endswith(("’s", "'s")) for k in range(first, head)):
        return named or low in _POLICIES
    return end < hi and doc.lowers[end] in _REASONS


# Nouns of a verbal attack after "take" ("took a swipe at", "took a dig at"); "aim" takes no
# article ("took aim at").
_ATTACKS = words("swipe swipes dig digs jab jabs potshot potshots")


def aim_end(doc: Doc, after: int, hi: int) -> int | None:
    """One past "aim at" or "a swipe at" after "take" ("took aim at the council's plan",
    "took a swipe at Jones over ..."), or None (also for "took aim at the deer")."""
    noun = after
    if doc.lowers[after] in {"a", "another"} and after + 1 < hi:
        noun = after + 1
        if doc.lowers[noun] not in _ATTACKS:
            return None
    elif doc.lowers[after] != "aim":
        return None
    at = noun + 1
    if at + 1 >= hi or doc.lowers[at] != "at":
        return None
    return at + 1 if _stance_target(doc, at + 1, hi, named=True) else None


def _come_out(doc: Doc, after: int, hi: int) -> int | None:
    """ "came out against the bill", "came out for the plan", "came out in favour of",
    "came out in support of": one past the cue, or None."""
    if after + 2 >= hi or doc.lowers[after] != "out":
        return None
    nxt = doc.lowers[after + 1]
    if nxt in {"against", "for"}:
        return after + 2 if _stance_target(doc, after + 2, hi, named=False) else None
    in_favour = nxt == "in" and after + 3 < hi and doc.lowers[after + 3] == "of"
    if in_favour and doc.lowers[after + 2] in {"favour", "favor", "support"}:
        return after + 4
    return None


def _stop_short(doc: Doc, after: int, hi: int) -> int | None:
    """ "stopped short of calling for", "stopped short of an apology": the object is a
    reporting verb's gerund or an act of speech (not "the summit")."""
    if after + 2 >= hi or doc.lowers[after : after + 2] != ["short", "of"]:
        return None
    first = after + 2
    form = CUE_FORMS.get(doc.lowers[first])
    if form is not None and form[1] == "ing":
        return first
    for k in range(first, min(hi, first + _MAX_MODIFIERS)):
        low = doc.lowers[k]
        if low in _SPEECH_ACTS:
            return first
        if not (low in DETERMINERS or (doc.words[k].isalpha() and doc.words[k].islower())):
            break
    return None


# What one throws behind a cause or candidate: "threw its support behind", "his weight behind".
_BACKING = words("support weight")
_OWNERS = words("its his her their our my full")


def _throw_behind(doc: Doc, after: int, hi: int) -> int | None:
    """ "threw its support behind the nominee", "threw his full weight behind the bill": one
    past "behind" when a target of stance follows (not "threw the ball behind the line")."""
    k = after
    while k < hi and k - after < 2 and doc.lowers[k] in _OWNERS:
        k += 1
    if k + 2 >= hi or k == after or doc.lowers[k] not in _BACKING or doc.lowers[k + 1] != "behind":
        return None
    return k + 2 if _stance_target(doc, k + 2, hi, named=True) else None


def _break_with(doc: Doc, after: int, hi: int) -> int | None:
    """ "broke with the president over tariffs", "breaks with Obama on": one past "with" when
    its object is named, or is a definite or owned party followed by the issue ("broke with
    tradition" and "broke with a loud crack" report nothing). In a title, where every word is
    capitalised ("Clinton Breaks With Obama On ..."), a capital names no one: the issue must
    follow."""
    if after + 1 >= hi or doc.lowers[after] != "with":
        return None
    first = after + 1
    found = _target_head(doc, first, hi)
    if found is None:
        return None
    head, end = found
    title = doc.words[after][0].isupper()
    named = doc.words[first][0].isupper() or doc.words[head][0].isupper()
    owned = doc.lowers[first] in _OWNERS - {"full"} or doc.lowers[first] == "the"
    issue = end < hi and doc.lowers[end] in _ISSUES
    if title:  # (the name runs on over the capitalised "On": the head is before it)
        at = next((k for k in range(first + 1, min(hi, end + 1)) if doc.lowers[k] in _ISSUES), 0)
        issue = at > 0
        head = at - 1 if issue else head
    party = (named and not title) or ((owned or title) and issue)
    return first if party and doc.lowers[head] not in _NOT_PARTIES else None


# What a break with someone is over: "broke with the party over the war", "on trade".
_ISSUES = _REASONS | {"on"}
# Heads after "broke with" that are customs, not parties: "broke with tradition".
_NOT_PARTIES = words("tradition traditions precedent convention custom habit past")


def idiom_end(doc: Doc, lemma: str, after: int, hi: int) -> int | None:
    """One past the cue of idiom verb ``lemma`` (come, stop, go, throw, break) whose rest
    starts at ``after``, or None when the verb is in another sense here."""
    if lemma == "come":
        return _come_out(doc, after, hi)
    if lemma == "go":  # "went on" (whether speech follows is the caller's test)
        return after + 1 if after < hi and doc.lowers[after] == "on" else None
    if lemma == "throw":
        return _throw_behind(doc, after, hi)
    if lemma == "break":
        return _break_with(doc, after, hi)
    return _stop_short(doc, after, hi)
