"""Sentence boundaries in news text, raw or tokenised, with the run-ons of picture captions."""

from __future__ import annotations

import logging
import re

from .lexicon import STOPWORDS

logger = logging.getLogger(__name__)

# Sentence ends: terminal punctuation (plus closing quotes/brackets) then space, or a line break.
_SENT_END_RE = re.compile(r"[.!?]+['\"’”)\]]*\s+|\s*\n\s*")
# Picture captions run into the text without a full stop ("... the monuments The concrete arrows
# were ..."): a capitalised pronoun, article or connective after a lower-case content word, and
# before a lower-case word, starts a sentence - not a title ("from The Spice Girls", "joined
# The Beatles").
_RUN_ON_RE = re.compile(
    r"(?<=[a-z0-9'’)])[ \t]+(?=(?:The|He|She|They|It|His|Her|Their|This|These|But|However|"
    r"When|While|After|Now)\s+[a-z0-9])"
)
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
    ends = list(_SENT_END_RE.finditer(text))
    if cased:
        ends += [m for m in _RUN_ON_RE.finditer(text) if _ends_caption(text, m.start())]
        ends.sort(key=lambda m: m.start())
    for m in ends:
        end = m.end()
        if end <= start:
            continue
        if m.re is _RUN_ON_RE:
            _append_stripped(text, start, end, spans)
            start = end
            continue
        if "\n" not in m.group():
            before = text[start : m.start()].rsplit(None, 1)
            last = before[-1].lower().strip(".") if before else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or "." in last:
                continue  # "Mr. Smith", "J. Smith", "U.S. officials"
            nxt = text[end : end + 1]
            if cased and nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'‘“(["):
                continue
        _append_stripped(text, start, end, spans)
        start = end
    _append_stripped(text, start, len(text), spans)
    return spans


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
