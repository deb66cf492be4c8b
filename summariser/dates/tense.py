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
_FUTURE_PHRASES = (
    "as early as", "as soon as", "no later than", "in time for", "ahead of", "going to",
    "is to", "are to", "set to", "set for", "due to", "expected to",
)  # fmt: skip
# One of them at the end of a text (whitespace may follow), read backwards: matched at the
# start of the reversed text, it costs one try instead of a search through the text.
_FUTURE_PHRASE_REVERSED = re.compile(
    r"\s*(?:"
    + "|".join(r"\s+".join(word[::-1] for word in reversed(p.split())) for p in _FUTURE_PHRASES)
    + ")",
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
_NEAR = 80  # characters that usually hold the _MAX_WORDS + 1 words next to an expression

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


def _cue_at(words: list[str], i: int, *, after: bool) -> Cue:
    """The cue of ``words[i]`` (lower-case words) given its neighbours there."""
    word = words[i]
    if word not in _CUE_WORDS and not word.endswith("ed"):
        return _NO_CUE
    previous = words[i - 1] if i else ""
    following = words[i + 1] if i + 1 < len(words) else ""
    return _classify(word, previous, following, after=after)


def _nearest(
    before: list[str], after: list[str], *, strong_before: int, strong_after: bool
) -> Tense:
    """The tense of the nearest strong cue (before wins ties), else of the nearest cue, among
    the ``_MAX_WORDS`` words on each side (lower-case; ``before`` in text order, ending at the
    expression). ``strong_before`` (a distance, or -1) and ``strong_after`` (the first word)
    mark reporting verbs next to the expression, which count as strong. Cues are worked out
    only as far as the answer needs."""
    weak: Tense = None
    last = len(before) - 1
    for i in range(min(max(len(before), len(after)), _MAX_WORDS)):
        if i <= last:
            tense, strong = _cue_at(before, last - i, after=False)
            if tense is not None:
                if strong or i == strong_before:
                    return tense
                weak = weak or tense
        if i < len(after):
            tense, strong = _cue_at(after, i, after=True)
            if tense is not None:
                if strong or (i == 0 and strong_after):
                    return tense
                weak = weak or tense
    return weak


def _own_clause(after: list[str]) -> list[str]:
    """The words after an expression up to a conjunction that opens another verb group: "met
    them on Tuesday and will meet them again" puts Tuesday with "met", not with "will" (whose
    clause still speaks when the expression's own says nothing: "planned a rally on Saturday
    and were planning to")."""
    for k in range(len(after) - 1):
        if after[k] in _COORDINATORS and _opens_verb_group(after[k + 1]):
            return after[:k]
    return after


_COORDINATORS = words("and but or")


def _opens_verb_group(word: str) -> bool:
    return word in _MODALS or word in _AUXILIARIES or word in PAST_CUES or word in _REPORTING


def _last_words(text: str, lo: int, hi: int) -> list[str]:
    """The last words of ``text[lo:hi]`` (at least ``_MAX_WORDS + 1`` of them, when it has
    that many): a short stretch before ``hi`` usually holds them."""
    near = max(lo, hi - _NEAR)
    if near > lo:
        words = _WORD.findall(text, near, hi)
        if len(words) > _MAX_WORDS + 1:  # the first may be cut, the others are whole
            return words[1:]
    return _WORD.findall(text, lo, hi)


def _first_words(text: str) -> list[str]:
    """The first words of ``text`` (at least ``_MAX_WORDS + 1`` of them, when it has that
    many), found in a short stretch at its start when that holds them."""
    if len(text) > _NEAR:
        words = _WORD.findall(text, 0, _NEAR)
        if len(words) > _MAX_WORDS + 1:  # the last may be cut, the others are whole
            return words[:-1]
    return _WORD.findall(text)


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
    if left.rstrip()[-1:] in _PHRASE_ENDS and _FUTURE_PHRASE_REVERSED.match(left[::-1]):
        return "future"
    right_end = min(len(text), end + _WINDOW)
    if text.startswith(("'s", "’s"), end):
        return "past"  # "Wednesday's ruling": a possessive date names a reported event
    stop = _BOUNDARY.search(text, end, right_end)
    right = text[end : stop.start() if stop is not None else right_end]
    left_words = _last_words(text, cut, start)
    right_words = _first_words(right)
    if left_words and left_words[-1].lower() in ("until", "till") and _PAST_PERFECT.search(right):
        return "past"
    # (The words are ASCII letters: lower-casing them joined is lower-casing each.)
    before = " ".join(left_words[-_MAX_WORDS - 1 :]).lower().split(" ") if left_words else []
    after = " ".join(right_words[: _MAX_WORDS + 1]).lower().split(" ") if right_words else []
    # A reporting verb right next to the expression dates it: "said Friday", "said on
    # Friday", "Friday said".
    strong_before = -1
    if before and before[-1] in _REPORTING:
        strong_before = 0
    elif len(before) >= 2 and before[-1] in ("on", "at") and before[-2] in _REPORTING:
        strong_before = 1
    strong_after = bool(after) and after[0] in _REPORTING
    own = _own_clause(after)
    if len(own) < len(after):  # (the clause's own cues first, then the next clause's)
        found = _nearest(before, own, strong_before=strong_before, strong_after=strong_after)
        if found is not None:
            return found
    return _nearest(before, after, strong_before=strong_before, strong_after=strong_after)
