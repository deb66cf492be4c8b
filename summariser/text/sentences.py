"""The package's one sentence splitter: paragraphs (lines), sentences and quotation state over
the shared tokens.

A paragraph ends at a line break; a sentence at an ender (". ! ? … ...") outside a quotation,
before a token that can open one; never longer than ``MAX_SENTENCE_TOKENS``. Tokens between
balanced quotation marks are flagged ``quoted``, and so is a paragraph that opens a quotation
and never closes it (it continues someone's speech).

In a text without capitals (lowercased research sets) a capital cannot mark a sentence's first
word: there (``Rules(cased=False)``) any token after a space opens one, and a full stop that
touches a single letter or a title ("u.s.", "mr.") ends none, for the tokeniser keeps those
whole only with their capitals.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress
from typing import NamedTuple

from .tokens import _TITLES

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
# What the tokeniser keeps whole with its full stop when capitalised ("Mr.", "Gen.").
_LOWER_TITLES = frozenset(_TITLES.lower().split("|"))


class Rules(NamedTuple):
    """How a text marks its sentences' ends: ``cased``, a capital opens a sentence (False for
    a text without capitals); ``touching``, a capital right after a full stop does ("said
    so.The"; else only after a space)."""

    cased: bool = True
    touching: bool = True


CASED = Rules()


class Sentences(NamedTuple):
    """The sentences of a tokenised text and the quotation state of its tokens."""

    # (first token, one past last token, paragraph number)
    sentences: list[tuple[int, int, int]]
    # token index -> whether it lies inside a quotation
    quoted: list[bool]


def _is_opening(word: str) -> bool:
    """Whether a token can start a sentence: capital letter, digit or an opening quote."""
    first = word[0]
    return first.isupper() or first.isdigit() or word in QUOTES or first in "(['"


_MARKS = QUOTES | _ENDERS  # the only tokens the sentence splitter has to look at
# A sentence that ends with an acronym or abbreviation ("in Washington, D.C.", "Apple Inc.")
# has its full stop inside that token. It ends there before a closed-class word (article,
# pronoun, conjunction, preposition) with a capital, which is the sentence's, not a name's
# ("D.C. The barricade ..." but "U.S. National Security Council").
_OPENERS = (
    "The|A|An|He|She|It|They|We|I|You|His|Her|Its|Their|Our|This|That|These|Those|There|Then"
    "|But|And|Or|So|Yet|If|When|While|After|Before|As|In|On|At|For|With|By|From|Since"
    "|Although|Though|However|Meanwhile"
)
# (The full stop first, its word character looked behind for: a pattern opening with a literal
# is searched for that character at C speed, one opening with a look-behind tried everywhere.)
_TOKEN_END = re.compile(rf"\.(?<=\w\.)(?=[ \t]+(?:{_OPENERS})(?![\w.'’\-]))")
_CLOSERS = CLOSE_QUOTES | TOGGLE_QUOTES | {")", "]", "'"}


def _quotes_balanced(marks: list[str]) -> bool:
    """Whether the quotation marks of a paragraph pair up (else they are ignored for splitting).

    ``marks``: the paragraph's quotation marks and sentence enders, in order."""
    opened = sum(1 for w in marks if w in OPEN_QUOTES and w != "‘")
    closed = sum(1 for w in marks if w == "”")
    toggles = sum(1 for w in marks if w in TOGGLE_QUOTES)
    return opened == closed and toggles % 2 == 0


def _mark_quoted(
    words: list[str], quoted: list[bool], lo: int, hi: int, balanced: bool, marks: list[int]
) -> None:
    """Flag the tokens of paragraph [lo, hi) that lie between quotation marks (``marks``: the
    indices of its quotation marks and sentence enders)."""
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


def _next_start(words: list[str], starts: list[int], i: int, hi: int, rules: Rules) -> int:
    """Where the sentence after the ender ``i`` starts (``hi`` at the paragraph's end), or -1
    if it ends none: past the closing marks that touch it ("Strength." He), at a token that can
    open a sentence. A token touching the marks opens one only in a cased text, with no digit
    ("paid £48.6m" is a number; "bbc.co.uk" in a text without capitals, an address), after a
    word that ends in more than a letter ("E.Y Harburg", "U.S population", "R-S.C."), if
    ``rules.touching``."""
    j = i + 1
    while j < hi and words[j] in _CLOSERS and starts[j] == starts[j - 1] + len(words[j - 1]):
        j += 1  # (a mark after a space opens the next quotation: 'dishes. "what ...')
    if j >= hi:
        return hi
    if starts[j] == starts[j - 1] + len(words[j - 1]):
        after_word = i > 0 and words[i - 1][-2:-1].isalnum()  # (not "E", not "R-S")
        opens = rules.touching and rules.cased and after_word and not words[j][0].isdigit()
        return j if opens and _is_opening(words[j]) else -1
    return j if not rules.cased or _is_opening(words[j]) else -1


def _split_paragraph(
    tokens: tuple[list[str], list[int]],
    out: Sentences,
    lo: int,
    hi: int,
    para: int,
    marks: list[int],
    rules: Rules,
) -> None:
    """Append the sentences of tokens [lo, hi) to ``out`` (``tokens``: the texts and starts);
    never split inside a quotation (``marks``: the indices of the paragraph's quotation marks
    and sentence enders)."""
    words, starts = tokens
    marked = [words[i] for i in marks]
    if QUOTES.isdisjoint(marked):
        track = True  # no quotation: nothing to mark (every token starts unquoted)
    else:
        track = _quotes_balanced(marked)
        _mark_quoted(words, out.quoted, lo, hi, track, marks)
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
        if (word in _ENDERS or word[-1] == ".") and (
            (depth == 0 and not toggled)
            or (i + 1 < hi and (words[i + 1] == "”" or words[i + 1] in TOGGLE_QUOTES))
        ):
            j = _next_start(words, starts, i, hi, rules)
            if j >= 0:
                # Any closing marks skipped end the quotation ("... Strength." He told ...).
                depth, toggled = 0, False
                _add_sentence(out, start, j, para)
                start = j
                resume = j
    if start < hi:
        _add_sentence(out, start, hi, para)


def _add_sentence(out: Sentences, lo: int, hi: int, para: int) -> None:
    """Append the sentence of tokens [lo, hi), cut into pieces of ``MAX_SENTENCE_TOKENS``."""
    for start in range(lo, hi, MAX_SENTENCE_TOKENS):
        out.sentences.append((start, min(start + MAX_SENTENCE_TOKENS, hi), para))


def _dotted(starts: list[int], lowers: list[str], i: int) -> bool:
    """Whether token ``i`` is a full stop touching a single letter or a title before it."""
    before = lowers[i - 1] if i else ""
    return (
        lowers[i] == "."
        and starts[i - 1] + len(before) == starts[i]
        and ((len(before) == 1 and before.isalpha()) or before in _LOWER_TITLES)
    )


def _inner_ends(text: str, starts: list[int], words: list[str]) -> list[int]:
    """The acronyms and abbreviations whose full stop ends a sentence (see ``_TOKEN_END``)."""
    found = []
    for m in _TOKEN_END.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        word = words[k]
        if len(word) > 2 and starts[k] + len(word) == m.end() and word not in _ENDERS:
            found.append(k)
    return found


def split(
    text: str,
    starts: list[int],
    words: list[str],
    lowers: list[str] | None = None,
    *,
    rules: Rules = CASED,
) -> Sentences:
    """The paragraphs, sentences and quotation state of the tokens of ``text`` (``lowers``, the
    tokens in lower case, are read only for a text without capitals: made here if not given)."""
    count = len(words)
    out = Sentences([], [False] * count)
    # A paragraph ends at a line break (no token holds one); a break before the first token
    # or after the last starts no paragraph, nor does a line wrapped inside a sentence.
    blank_lines = "\n\n" in text
    # (a text in lower case throughout opens its lines in lower case: it wraps none)
    wraps = rules.cased and _CASED_TEXT.search(text) is not None
    breaks = sorted(
        {
            bisect.bisect_left(starts, m.start())
            for m in _NEWLINE.finditer(text)
            if not (wraps and wrapped(text, m.start(), blank_lines))
        }
        - {0, count}
    )
    marks = list(compress(range(count), map(_MARKS.__contains__, words)))
    if not rules.cased:
        lowers = list(map(str.lower, words)) if lowers is None else lowers
        marks = [i for i in marks if not _dotted(starts, lowers, i)]
    elif inner := _inner_ends(text, starts, words):
        marks = sorted(marks + inner)
    lo = 0
    for para, hi in enumerate([*breaks, count]):
        if hi > lo:
            first, last = bisect.bisect_left(marks, lo), bisect.bisect_left(marks, hi)
            if first == last:
                _add_sentence(out, lo, hi, para)  # no mark: one sentence, nothing quoted
            else:
                _split_paragraph((words, starts), out, lo, hi, para, marks[first:last], rules)
        lo = hi
    return out


def wrapped(text: str, at: int, blank_lines: bool) -> bool:
    """Whether the line break at ``at`` wraps a sentence (text pasted from a PDF or an email).

    The line must end mid-sentence (a word, a comma; no mark a sentence, a heading or a list's
    lead-in ends with). Then the next line goes on in lower case; or, in a text whose
    paragraphs are set apart by blank lines, the line is as long as a wrapped one and the next
    opens with a word or a number, not a quotation mark or a list's number."""
    line_start = text.rfind("\n", 0, at) + 1
    line = text[line_start:at].rstrip(" \t\r")
    if not line or not (line[-1].isalnum() or line[-1] in _GOES_ON):
        return False
    nxt = text[at + 1 : at + 3]
    if "a" <= nxt[:1] <= "z":
        return True
    if not blank_lines or len(line) < WRAP_WIDTH or not nxt[:1].isalnum() or line[-1] == ";":
        return False
    return not (nxt[0].isdigit() and nxt[1:] in _LIST_MARKS)


_GOES_ON = frozenset(",;-–—(")
_CASED_TEXT = re.compile(r"[a-z,;.!?]\s+[A-Z]")  # a capital after a word or a sentence
_LIST_MARKS = frozenset(".)")
# A line at least this long before a break is taken for a wrapped one (texts are wrapped at 60 to
# 80 characters; headings and list lines are shorter).
WRAP_WIDTH = 50


# Every token that can end a sentence (an ender, or a title or acronym with its full stop) holds
# one of these characters; a line break ends a paragraph.
_CAN_END = re.compile("[.!?…\n]")
# What may follow a text's last sentence end: enders and the closing marks ``_next_start`` skips,
# no space between them (every token made of them is an ender or a closer).
_TAIL = ".!?…\"'”’)]"


def one_sentence(text: str) -> tuple[int, int] | None:
    """(start, end) of the one sentence ``split`` finds in ``text`` under any ``Rules`` (from
    its first token's start to its last token's end), when a look at its characters proves that
    it finds one; None when it cannot tell.

    It proves so when no character that can end a sentence comes before the text's tail of
    enders and closing marks, and no line break either: the only enders are then in that tail,
    and after each of them come only closers (skipped) and enders (which open no sentence), so
    none ends a sentence before the text's end. (Every non-space character lies in a token.)
    """
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if start >= end or end - start > MAX_SENTENCE_TOKENS:  # (no token, or maybe cut in pieces)
        return None
    body = len(text[:end].rstrip(_TAIL))  # (the tail's characters are no white space)
    if _CAN_END.search(text, start, body):
        return None
    return start, end
