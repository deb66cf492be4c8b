"""Tokens, paragraphs and sentences with character offsets, in one regex pass over the text."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

_TITLES = (
    "Mr|Mrs|Ms|Dr|Sen|Sens|Gov|Rep|Reps|Gen|Lt|Col|Sgt|Jr|Sr|St|Prof|Rev|Hon|Capt|Maj|Adm|Pres"
    "|Atty|Gens|Cpl|Pvt|Supt|Insp|Det|No|Inc|Corp|Ltd|Co|Bros|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec"
    "|vs|etc|approx|Ft|Mt"
)
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # acronyms: U.S., I.R.S.
    rf"|\b(?:{_TITLES})\.(?=\s|$)"  # titles and common abbreviations
    r"|\b[A-Z]\.(?=\s+[A-Z])"  # middle initials: Joseph R. Biden
    r"|\([A-Z][A-Za-z.\- ]{0,14}\)"  # affiliations kept whole: (R-S.C.), (Vt.)
    r"|\w+(?:[’'\-&]\w+)*"  # words, with inner apostrophes and hyphens
    r"|''|``|--|\.\.\.|\S"
)
OPEN_QUOTES = frozenset({"“", "``", "‘"})
CLOSE_QUOTES = frozenset({"”", "’"})
TOGGLE_QUOTES = frozenset({'"', "''"})
QUOTES = OPEN_QUOTES | CLOSE_QUOTES | TOGGLE_QUOTES
_ENDERS = frozenset({".", "!", "?", "…", "..."})


@dataclass
class Doc:
    """A tokenised text: parallel token arrays and sentence token ranges."""

    text: str
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    lowers: list[str] = field(default_factory=list)
    # (first token, one past last token, paragraph number)
    sentences: list[tuple[int, int, int]] = field(default_factory=list)
    # token index -> index of the sentence holding it
    sentence_of: list[int] = field(default_factory=list)
    # token index -> whether it lies inside a quotation (quoted speech holds no attributions)
    quoted: list[bool] = field(default_factory=list)


def _is_opening(word: str) -> bool:
    """Whether a token can start a sentence: capital letter, digit or an opening quote."""
    first = word[0]
    return first.isupper() or first.isdigit() or word in QUOTES or first in "(['"


def _quotes_balanced(words: list[str]) -> bool:
    """Whether the quotation marks of a paragraph pair up (else they are ignored for splitting)."""
    opened = sum(1 for w in words if w in OPEN_QUOTES and w != "‘")
    closed = sum(1 for w in words if w == "”")
    toggles = sum(1 for w in words if w in TOGGLE_QUOTES)
    return opened == closed and toggles % 2 == 0


def _mark_quoted(doc: Doc, lo: int, hi: int, balanced: bool) -> None:
    """Flag the tokens of paragraph [lo, hi) that lie between quotation marks."""
    words = doc.words
    if not balanced:
        # A paragraph that opens a quotation and never closes it continues someone's speech.
        opens = words[lo] in OPEN_QUOTES or words[lo] in TOGGLE_QUOTES
        closes = any(w == "”" or w in TOGGLE_QUOTES for w in words[lo + 1 : hi])
        if opens and not closes:
            for i in range(lo, hi):
                doc.quoted[i] = True
        return
    inside = False
    for i in range(lo, hi):
        word = words[i]
        if word in TOGGLE_QUOTES:
            inside = not inside
        elif word in OPEN_QUOTES and word != "‘":
            inside = True
        elif word == "”":
            inside = False
        else:
            doc.quoted[i] = inside


def _closes_next(words: list[str], i: int, hi: int) -> bool:
    """Whether a sentence end at ``i`` is followed by a closing quotation mark."""
    return i + 1 < hi and (words[i + 1] == "”" or words[i + 1] in TOGGLE_QUOTES)


def _split_paragraph(doc: Doc, lo: int, hi: int, para: int) -> None:
    """Append the sentences of tokens [lo, hi) to ``doc``; never split inside a quotation."""
    words = doc.words
    track = _quotes_balanced(words[lo:hi])
    _mark_quoted(doc, lo, hi, track)
    depth = 0
    toggled = False
    start = lo
    i = lo
    while i < hi:
        word = words[i]
        if track:
            if word in OPEN_QUOTES and word != "‘":
                depth += 1
            elif word == "”":
                depth = max(0, depth - 1)
            elif word in TOGGLE_QUOTES:
                toggled = not toggled
        if word in _ENDERS and ((depth == 0 and not toggled) or _closes_next(words, i, hi)):
            j = i + 1
            while j < hi and words[j] in CLOSE_QUOTES | TOGGLE_QUOTES | {")"}:
                j += 1
            if j >= hi or _is_opening(words[j]):
                # Any closing marks skipped end the quotation ("... Strength." He told ...).
                depth, toggled = 0, False
                doc.sentences.append((start, j, para))
                start = j
                i = j
                continue
        i += 1
    if start < hi:
        doc.sentences.append((start, hi, para))


def segment(text: str) -> Doc:
    """Tokenise ``text`` and split it into paragraphs (lines) and sentences."""
    doc = Doc(text=text)
    doc.quoted = [False] * len(text)  # upper bound on the token count; trimmed below
    para = 0
    para_start = 0
    last_end = 0
    for match in _TOKEN.finditer(text):
        start = match.start()
        if "\n" in text[last_end:start] and len(doc.starts) > para_start:
            _split_paragraph(doc, para_start, len(doc.starts), para)
            para += 1
            para_start = len(doc.starts)
        word = match.group()
        doc.starts.append(start)
        doc.ends.append(match.end())
        doc.words.append(word)
        doc.lowers.append(word.lower())
        last_end = match.end()
    if len(doc.starts) > para_start:
        _split_paragraph(doc, para_start, len(doc.starts), para)
    del doc.quoted[len(doc.starts) :]
    doc.sentence_of = [0] * len(doc.starts)
    for number, (lo, hi, _) in enumerate(doc.sentences):
        for i in range(lo, hi):
            doc.sentence_of[i] = number
    return doc
