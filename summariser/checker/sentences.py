"""Sentence boundaries in news text, raw or tokenised, with the run-ons of picture captions."""

from __future__ import annotations

import logging
import re
from operator import itemgetter

from .lexicon import STOPWORDS

logger = logging.getLogger(__name__)

# Sentence ends: terminal punctuation (plus closing quotes/brackets) then space, or a line break.
_SENT_END_RE = re.compile(r"[.!?]+['\"’”)\]]*\s+|\s*\n\s*")
# Every sentence end holds one of these: the scan visits only them (see _sentence_ends).
_END_MARK = re.compile(r"[.!?\n]")
# Picture captions run into the text without a full stop ("... the monuments The concrete arrows
# were ..."): a capitalised pronoun, article or connective after a lower-case content word, and
# before a lower-case word, starts a sentence - not a title ("from The Spice Girls", "joined
# The Beatles"). The break is the run of spaces before the word, after one of _RUN_ON_AFTER;
# the search looks for the word (rarer than spaces) and checks what is before it in Python.
_RUN_ON_WORD = re.compile(
    r"(?:The|He|She|They|It|His|Her|Their|This|These|But|However|When|While|After|Now)\s+[a-z0-9]"
)
_RUN_ON_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'’)")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "rev",
        "gov",
        "sen",
        "rep",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
    ]
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets, stripped of surrounding whitespace."""
    cased = text != text.lower()
    spans: list[tuple[int, int]] = []
    start = 0
    # (start, end, match): a match of _SENT_END_RE, or None for a caption's run-on break.
    ends: list[tuple[int, int, re.Match[str] | None]] = [
        (m.start(), m.end(), m) for m in _sentence_ends(text)
    ]
    if cased:
        run_ons = [(s, e, None) for s, e in _run_ons(text) if _ends_caption(text, s)]
        if run_ons:
            ends += run_ons
            ends.sort(key=itemgetter(0))
    for m_start, end, m in ends:
        if end <= start:
            continue
        if m is None:
            _append_stripped(text, start, end, spans)
            start = end
            continue
        if "\n" not in m.group():
            last = _last_word(text, start, m_start).lower().strip(".")
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or "." in last:
                continue  # "Mr. Smith", "J. Smith", "U.S. officials"
            nxt = text[end : end + 1]
            if cased and nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'‘“(["):
                continue
        _append_stripped(text, start, end, spans)
        start = end
    _append_stripped(text, start, len(text), spans)
    return spans


def _last_word(text: str, start: int, stop: int) -> str:
    """``text[start:stop].rsplit(None, 1)[-1]`` (or ""), read from a window before ``stop``
    that grows until it holds the whole word: a copy from ``start`` at every full stop that
    ends no sentence ("Mr.", "U.S.") is quadratic in a long sentence."""
    size = 64
    while True:
        lo = max(start, stop - size)
        parts = text[lo:stop].rsplit(None, 1)
        if len(parts) == 2 or lo == start:
            return parts[-1] if parts else ""
        size *= 4


def _sentence_ends(text: str) -> list[re.Match[str]]:
    """What ``_SENT_END_RE.finditer(text)`` gives, trying the pattern only where a match can
    start: at a terminal mark, or at the white space before a line break."""
    out: list[re.Match[str]] = []
    pos = 0
    while True:
        mark = _END_MARK.search(text, pos)
        if mark is None:
            return out
        at = mark.start()
        if text[at] == "\n":
            while at > pos and text[at - 1].isspace():
                at -= 1  # the match starts where the white space before the break does
        m = _SENT_END_RE.match(text, at)
        if m is None:
            pos = at + 1
            continue
        out.append(m)
        pos = m.end()


def _run_ons(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of spaces or tabs that comes after one of _RUN_ON_AFTER and
    before a caption-starting word (see _RUN_ON_WORD)."""
    out: list[tuple[int, int]] = []
    for m in _RUN_ON_WORD.finditer(text):
        word = m.start()
        at = word
        while at > 0 and text[at - 1] in " \t":
            at -= 1
        if at < word and at > 0 and text[at - 1] in _RUN_ON_AFTER:
            out.append((at, word))
    return out


_NAMING = frozenset(["called", "named", "nicknamed", "dubbed", "titled", "entitled", "starring"])


def _ends_caption(text: str, at: int) -> bool:
    """Whether the word before ``at`` can end a caption: lower-case, not a function word, not a
    word that introduces a title ("nicknamed The Invisible Man")."""
    word = text[max(0, at - 40) : at].rsplit(None, 1)[-1:]
    if not word or not word[0][:1].islower():
        return False
    return word[0].lower() not in STOPWORDS and word[0] not in _NAMING


def _append_stripped(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
