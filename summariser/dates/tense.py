"""Local tense around an expression: the nearest tense cue in its clause decides.

News mixes tenses within one sentence ("Neal Horsley said Friday that he would seek ..."), so
the cue nearest to the expression, not the sentence's first verb, says which Friday is meant.
The search stops at sentence ends and quotation marks: the tense of a quotation is inside it,
and the "said" that frames it is about the speaking.
"""

from __future__ import annotations

import re

from .calendar import Tense
from .lexicon import FUTURE_CUES, NOT_PAST_ED, PAST_CUES, PRESENT_CUES, words

_WORD = re.compile(r"[A-Za-z]+")
# A clause ends at a paragraph break, at .?! after a word of 4+ letters (so "U.S." and "Aug."
# do not end one) followed by a capitalised word, at ; or :, or at a quotation mark.
# (Every alternative opens with a literal character, checks behind it only after consuming it,
# so the engine can skip ahead to those characters instead of trying every position.)
_BOUNDARY = re.compile(
    r"\n\s*\n"
    + "".join(f"|\\{c}(?:(?<=[a-z]{{4}}\\{c})|(?<=\\d\\{c}))\\s+(?=[A-Z])" for c in ".?!")
    + r"|;\s|:\s|``|''|\"|“|”|'(?<![A-Za-z]')(?![A-Za-z])"
)
_FUTURE_PHRASE = re.compile(
    r"(?:as\s+(?:early|soon)\s+as|no\s+later\s+than|in\s+time\s+for|ahead\s+of|going\s+to"
    r"|is\s+to|are\s+to|set\s+to|set\s+for|due\s+to|expected\s+to)\s*$",
    re.IGNORECASE,
)
_PHRASE_ENDS = frozenset("sSſnNrRfFoO")  # what the phrases' last letters match, ignoring case
_AUXILIARIES = words("was were is are am had has have be been being")
_BE = words("was were is are am be been being")
_MODALS = words("will would could may might should must can")
# Verbs that signal the future only with an infinitive ("plans to", not "vacation plans").
_NEEDS_TO = words("plan plans hope hopes aim aims want wants intend intends")
# Decisions and plans with an infinitive look ahead from when they were made. A date after
# the infinitive belongs to it ("has decided to admit them in early March", "planned to leave
# on Thursday": future); a date before the verb belongs to the deciding ("In July, Putin
# pledged to supply grain": past). After "be", a planning verb means "scheduled" ("the rally
# is planned for Friday"); without "to" it is an adjective ("the hastily planned trip") that
# says nothing about the clause's tense.
_PLANNED = words("planned intended")
_COMMIT_TO = words(
    """decided agreed promised pledged vowed voted threatened prepared offered undertook
    arranged planned intended"""
)
# Reporting verbs date the speaking, not what is reported: they decide the tense of an
# expression right next to them ("said Friday", "said on Friday") but elsewhere in the clause
# only when no other cue does ("expected to admit them in early March, an official said").
_REPORTING = words(
    """said says told tells added adds announced announces reported stated declared noted
    explained predicted warned insisted confirmed claimed"""
)
# Adverbs that lean towards a tense without fixing it: consulted only when no verb is.
_WEAK = words("since later next earlier previously last ago")
# "until X" looks ahead ("postponed until Tuesday"), except in a past-perfect clause: "Until
# Thursday, they had not called him a suspect" puts Thursday in the past.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:not\s+|never\s+)?(?:been|[a-z]+ed|[a-z]+en)\b")
_WINDOW = 140
_MAX_WORDS = 10

Cue = tuple[Tense, bool]  # (tense, strong)


def _classify(word: str, previous: str, following: str, *, after: bool) -> Cue:
    """Tense signalled by ``word`` given its neighbours (lower-case), and whether it is strong;
    ``after`` when the word follows the expression."""
    if word in _AUXILIARIES and (following in FUTURE_CUES or following in _PLANNED):
        return "future", True  # "were planning", "is expected", "was planned"
    if word in _MODALS and following == "have":
        return "past", True  # "could have emerged"
    if word in _NEEDS_TO and following != "to":
        return None, False
    if word == "next" and following == "to":
        return None, False  # "next to the embassy"
    if word in _PLANNED and previous in _BE:
        return "future", True
    if word in _COMMIT_TO and following == "to":
        return ("past" if after else "future"), True
    if word in _PLANNED:
        return None, False
    if word in _WEAK:
        return ("future" if word in FUTURE_CUES else "past"), False
    if word in FUTURE_CUES:
        return "future", True
    if previous in ("be", "being") and (word in PAST_CUES or word.endswith("ed")):
        return None, False  # "will be held": a participle after "be" takes the modal's tense
    if word in _REPORTING:
        return ("present" if word.endswith("s") else "past"), False
    if word in PAST_CUES:
        return "past", True
    if word in PRESENT_CUES:
        return "present", True
    if len(word) > 4 and word.endswith("ed") and word not in NOT_PAST_ED:
        return "past", True
    return None, False


# Every word _classify can give a cue for, apart from "-ed" words: the others give none.
_CUE_WORDS = (
    _AUXILIARIES | _MODALS | _NEEDS_TO | _PLANNED | _COMMIT_TO | _WEAK | _REPORTING
    | FUTURE_CUES | PAST_CUES | PRESENT_CUES | {"next"}
)  # fmt: skip
_NO_CUE: Cue = (None, False)


def _cues(words: list[str], *, after: bool) -> list[Cue]:
    lowered = [w.lower() for w in words]
    padded = ["", *lowered, ""]
    return [
        _classify(w, padded[i], padded[i + 2], after=after)
        if w in _CUE_WORDS or w.endswith("ed")
        else _NO_CUE
        for i, w in enumerate(lowered)
    ]


def _nearest(before: list[Cue], after: list[Cue], *, strong: bool) -> Tense:
    """The nearest cue (before wins ties); with ``strong``, only strong cues and reporting
    verbs adjacent to the expression count."""
    for i in range(max(len(before), len(after))):
        for cues in (before, after):
            if i < len(cues) and cues[i][0] is not None and (cues[i][1] or not strong):
                return cues[i][0]
    return None


def local_tense(text: str, start: int, end: int) -> Tense:
    """The tense of the clause around ``text[start:end]``: past, future, present or None."""
    # Search the full text between bounds (not a slice) so that look-behinds see the
    # characters before the window: "by Jan. 14. The ..." ends a clause after the "14".
    lo = max(0, start - _WINDOW)
    cut = lo
    for b in _BOUNDARY.finditer(text, lo, start):
        cut = b.end()
    left = text[cut:start]
    # (Each phrase ends in one of these letters: only then is the search worth its cost.)
    if left.rstrip()[-1:] in _PHRASE_ENDS and _FUTURE_PHRASE.search(left):
        return "future"
    right_end = min(len(text), end + _WINDOW)
    if text.startswith(("'s", "’s"), end):
        return "past"  # "Wednesday's ruling": a possessive date names a reported event
    stop = _BOUNDARY.search(text, end, right_end)
    right = text[end : stop.start() if stop is not None else right_end]
    left_words = _WORD.findall(left)
    right_words = _WORD.findall(right)
    if left_words and left_words[-1].lower() in ("until", "till") and _PAST_PERFECT.search(right):
        return "past"
    before = _cues(left_words[-_MAX_WORDS - 1 :], after=False)[::-1][:_MAX_WORDS]
    after = _cues(right_words[: _MAX_WORDS + 1], after=True)[:_MAX_WORDS]
    # A reporting verb right next to the expression dates it: "said Friday", "said on
    # Friday", "Friday said".
    near = [w.lower() for w in left_words[-2:][::-1]]
    if near and near[0] in _REPORTING:
        before[0] = (before[0][0], True)
    elif len(near) == 2 and near[0] in ("on", "at") and near[1] in _REPORTING:
        before[1] = (before[1][0], True)
    if right_words and after and right_words[0].lower() in _REPORTING:
        after[0] = (after[0][0], True)
    return _nearest(before, after, strong=True) or _nearest(before, after, strong=False)
