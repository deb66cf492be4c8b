"""Tokens, paragraphs and sentences with character offsets, in one regex pass over the text."""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field
from itertools import accumulate, compress

logger = logging.getLogger(__name__)

_TITLES = (
    "Mr|Mrs|Ms|Dr|Sen|Sens|Gov|Rep|Reps|Gen|Lt|Col|Sgt|Jr|Sr|St|Prof|Rev|Hon|Capt|Maj|Adm|Pres"
    "|Atty|Gens|Cpl|Pvt|Supt|Insp|Det|No|Inc|Corp|Ltd|Co|Bros|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec"
    "|vs|etc|approx|Ft|Mt"
)
_TITLE_INITIALS = "".join(sorted({title[0] for title in _TITLES.split("|")}))
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # acronyms: U.S., I.R.S.
    # titles and common abbreviations (the lookahead, their first letters, only saves time)
    rf"|(?=[{_TITLE_INITIALS}])\b(?:{_TITLES})\.(?=\s|$)"
    r"|\b[A-Z]\.(?=\s+[A-Z])"  # middle initials: Joseph R. Biden
    r"|\([A-Z][A-Za-z.\- ]{0,14}\)"  # affiliations kept whole: (R-S.C.), (Vt.)
    r"|\w+(?:[’'\-&]\w+)*"  # words, with inner apostrophes and hyphens
    r"|''|``|--|\.\.\.|\S"
)
# _TOKEN as a separator (for ``split``), with the same matches found faster. Tried first, the
# tokens that only _TOKEN's word or single-character alternative can match: a word starting
# with a lowercase ASCII letter that no title or abbreviation starts with, or with a word
# character that is no ASCII letter (a digit); any word whose letters (taken whole, hence the
# possessive ``*+``) no "." follows, for only titles, acronyms and initials end in one; and a
# character that no other alternative can start.
_FAST_TOKEN = r"(?:[b-df-uw-z]\w*|[^\WA-Za-z]\w*|[A-Za-z]\w*+(?!\.))(?:[’'\-&]\w+)*|[^\w\s(`'\-.]"
# A token is never searched for at a space (the lookahead fails there at once), so the texts
# between the tokens are exactly the whitespace, and their lengths give the offsets.
_TOKEN_SPLIT = re.compile(f"(?=\\S)({_FAST_TOKEN}|{_TOKEN.pattern})")
assert not set("bcdfghijklmnopqrstuwxyz") & set(_TITLE_INITIALS)
OPEN_QUOTES = frozenset({"“", "``", "‘"})
CLOSE_QUOTES = frozenset({"”", "’"})
TOGGLE_QUOTES = frozenset({'"', "''"})
QUOTES = OPEN_QUOTES | CLOSE_QUOTES | TOGGLE_QUOTES
_ENDERS = frozenset({".", "!", "?", "…", "..."})
_NEWLINE = re.compile("\n")
# No sentence is longer (the longest in the dev texts, a run of quotations, has 769 tokens). A
# text without sentence ends (a table, a list, a paste from a PDF) is cut into pieces this long:
# the rules look across a sentence (content runs to its end), so each piece bounds their work
# and the time stays linear in the text.
MAX_SENTENCE_TOKENS = 1000


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
    # the first token of each sentence, for ``sentence_of``
    sentence_starts: list[int] = field(default_factory=list)
    _commas: list[int] | None = None
    # token index -> whether it lies inside a quotation (quoted speech holds no attributions)
    quoted: list[bool] = field(default_factory=list)

    def commas(self) -> list[int]:
        """The indices of the "," tokens, in order; found by the characters on first use, as
        every "," is a token of its own."""
        if self._commas is None:
            self._commas = self.char_tokens(",")
        return self._commas

    def char_tokens(self, char: str) -> list[int]:
        """The indices of the tokens that are ``char`` alone, in order, found by the
        characters: for a punctuation mark that is always a token of its own (few texts have
        many), cheaper than a look at every token."""
        text = self.text
        starts = self.starts
        words = self.words
        tokens = []
        at = text.find(char)
        while at >= 0:
            k = bisect.bisect_left(starts, at)
            if k < len(starts) and starts[k] == at and words[k] == char:
                tokens.append(k)
            at = text.find(char, at + 1)
        return tokens

    def sentence_of(self, token: int) -> int:
        """The index of the sentence holding token ``token`` (looked up: few tokens need it)."""
        return bisect.bisect_right(self.sentence_starts, token) - 1


def _is_opening(word: str) -> bool:
    """Whether a token can start a sentence: capital letter, digit or an opening quote."""
    first = word[0]
    return first.isupper() or first.isdigit() or word in QUOTES or first in "(['"


_MARKS = QUOTES | _ENDERS  # the only tokens the sentence splitter has to look at
_CLOSERS = CLOSE_QUOTES | TOGGLE_QUOTES | {")"}


def _quotes_balanced(marks: list[str]) -> bool:
    """Whether the quotation marks of a paragraph pair up (else they are ignored for splitting).

    ``marks``: the paragraph's quotation marks and sentence enders, in order."""
    opened = sum(1 for w in marks if w in OPEN_QUOTES and w != "‘")
    closed = sum(1 for w in marks if w == "”")
    toggles = sum(1 for w in marks if w in TOGGLE_QUOTES)
    return opened == closed and toggles % 2 == 0


def _mark_quoted(doc: Doc, lo: int, hi: int, balanced: bool, marks: list[int]) -> None:
    """Flag the tokens of paragraph [lo, hi) that lie between quotation marks (``marks``: the
    indices of its quotation marks and sentence enders)."""
    words = doc.words
    quoted = doc.quoted
    if not balanced:
        # A paragraph that opens a quotation and never closes it continues someone's speech.
        opens = words[lo] in OPEN_QUOTES or words[lo] in TOGGLE_QUOTES
        closes = any(words[i] == "”" or words[i] in TOGGLE_QUOTES for i in marks if i > lo)
        if opens and not closes:
            quoted[lo:hi] = [True] * (hi - lo)
        return
    # Every other token takes the state the last quotation mark before it left.
    inside = False
    after = lo  # first token after the last quotation mark seen
    for i in marks:
        word = words[i]
        if word in TOGGLE_QUOTES:
            change = not inside
        elif word in OPEN_QUOTES and word != "‘":
            change = True
        elif word == "”":
            change = False
        else:
            continue
        quoted[after:i] = [inside] * (i - after)
        inside = change
        after = i + 1
    quoted[after:hi] = [inside] * (hi - after)


def _split_paragraph(doc: Doc, lo: int, hi: int, para: int, marks: list[int]) -> None:
    """Append the sentences of tokens [lo, hi) to ``doc``; never split inside a quotation
    (``marks``: the indices of the paragraph's quotation marks and sentence enders)."""
    words = doc.words
    marked = [words[i] for i in marks]
    if QUOTES.isdisjoint(marked):
        track = True  # no quotation: nothing to mark (every token starts unquoted)
    else:
        track = _quotes_balanced(marked)
        _mark_quoted(doc, lo, hi, track, marks)
    depth = 0
    toggled = False
    start = lo
    resume = lo  # tokens before this were skipped over as closing marks
    for i in marks:
        if i < resume:
            continue
        word = words[i]
        if track:
            if word in OPEN_QUOTES and word != "‘":
                depth += 1
            elif word == "”":
                depth = max(0, depth - 1)
            elif word in TOGGLE_QUOTES:
                toggled = not toggled
        if word in _ENDERS and (
            (depth == 0 and not toggled)
            or (i + 1 < hi and (words[i + 1] == "”" or words[i + 1] in TOGGLE_QUOTES))
        ):
            j = i + 1
            while j < hi and words[j] in _CLOSERS:
                j += 1
            if j >= hi or _is_opening(words[j]):
                # Any closing marks skipped end the quotation ("... Strength." He told ...).
                depth, toggled = 0, False
                _add_sentence(doc, start, j, para)
                start = j
                resume = j
    if start < hi:
        _add_sentence(doc, start, hi, para)


def _add_sentence(doc: Doc, lo: int, hi: int, para: int) -> None:
    """Append the sentence of tokens [lo, hi), cut into pieces of ``MAX_SENTENCE_TOKENS``."""
    for start in range(lo, hi, MAX_SENTENCE_TOKENS):
        doc.sentences.append((start, min(start + MAX_SENTENCE_TOKENS, hi), para))


def segment(text: str) -> Doc:
    """Tokenise ``text`` and split it into paragraphs (lines) and sentences."""
    # _TOKEN as a separator: ``split`` gives the tokens (each after the whitespace before it)
    # in one C-level call, and running sums of their lengths give the offsets. (Every
    # non-space character is part of some token, so the texts between tokens are whitespace.)
    parts = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2]
    count = len(words)
    doc = Doc(
        text=text,
        starts=offsets[0:-1:2],
        ends=offsets[1::2],
        words=words,
        lowers=list(map(str.lower, words)),
        quoted=[False] * count,
    )
    # A paragraph ends at a line break (no token holds one); a break before the first token
    # or after the last starts no paragraph.
    breaks = sorted(
        {bisect.bisect_left(doc.starts, m.start()) for m in _NEWLINE.finditer(text)} - {0, count}
    )
    # Looked up by their lower-case forms (the same for these marks, which have no case), for
    # that caches the hashes of ``lowers``, which the attribution rules look up again.
    marks = list(compress(range(count), map(_MARKS.__contains__, doc.lowers)))
    lo = 0
    for para, hi in enumerate([*breaks, count]):
        if hi > lo:
            first, last = bisect.bisect_left(marks, lo), bisect.bisect_left(marks, hi)
            if first == last:
                _add_sentence(doc, lo, hi, para)  # no mark: one sentence, nothing quoted
            else:
                _split_paragraph(doc, lo, hi, para, marks[first:last])
        lo = hi
    doc.sentence_starts = [lo for lo, _, _ in doc.sentences]
    return doc
