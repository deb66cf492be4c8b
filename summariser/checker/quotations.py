"""Quotations in a claim: words between quotation marks are the article's own words.

A summary that puts words between quotation marks says someone wrote or said *those* words;
"answers on the issue are 'all off-shore'" is false when the article quotes "all evasion", even
though "off-shore" may occur elsewhere in it. So each quotation of a claim must run, word for
word, somewhere in the article (case, punctuation and spelling of contractions aside); an ellipsis
or an editor's bracket ("[Obama]") splits a quotation into parts that must each run.

Which marks open and close is read from the characters around them, as in raw text ('"Yes," he
said') and in tokenised text, where marks stand apart (`` yes , '' he said; ' yes , ' he said):
a mark that stands apart closes when a quotation is open or when it follows ". , ! ?", and opens
otherwise. An apostrophe inside a word ("it's", "rock'n'roll") or one that starts a clitic ("it
's", "'90s") is not a mark.
"""

from __future__ import annotations

import re

from ..report import FlagCode
from .features import tokenize
from .flags import Finding
from .prepare import PreparedArticle

# Double marks and single ones: a quotation closes with a mark of the family it opened with.
_DOUBLE = frozenset({'"', "“", "”", "``", "''", "'\\'"})
_MARK = re.compile(r"``|'\\?'|[\"“”‘’'`]")
_OPENS_ONLY = frozenset({"“", "‘", "`", "``"})
_CLOSES_ONLY = frozenset({"”", "''", "'\\'"})
_CLITIC = re.compile(r"(?:s|re|ve|ll|d|m|t|em|n|\d\ds)\b", re.IGNORECASE)
_BREAK = re.compile(r"\.\.\.|…|\[[^\]]*\]")
# A mark that may be a quotation mark: not an apostrophe between letters or digits.
_ANY_MARK = re.compile(r"[\"“”‘`]|(?<![^\W_])['’]|['’](?![^\W_])")
_MARK_CHARS = frozenset("\"“”‘`'’")  # (every match of _ANY_MARK is one of them)
_ENDS = frozenset(".!?")  # a mark standing apart after these closes a quotation
_OPENERS_BEFORE = frozenset("([{—–-:")


def _family(mark: str) -> int:
    return 2 if mark in _DOUBLE else 1


def _role(claim: str, i: int, j: int, mark: str, *, inside: bool) -> str:
    """Whether the mark at ``claim[i:j]`` opens, closes, may do either, or is no mark ("")."""
    before = claim[i - 1] if i else " "
    if before == "\\" and i > 1:  # an escaped mark (a quirk of some corpora)
        before = claim[i - 2]
    after = claim[j] if j < len(claim) else " "
    if mark in _OPENS_ONLY:
        return "open"
    if mark in _CLOSES_ONLY:
        return "close"
    if mark in "'’" and ((before.isalnum() and after.isalnum()) or _CLITIC.match(claim, j)):
        return ""  # an apostrophe inside a word, or a clitic ("it 's", "'90s")
    if before.isspace() or before in _OPENERS_BEFORE:
        if not after.isspace():
            return "open"
        if inside:
            return "close"
        last = _last_char(claim, i)
        if mark in "'’" and last in ("s", "S"):
            return ""  # "the players ' union" (a mark after such a word is rarely an opener)
        return "close" if last in _ENDS else "either"
    return "close" if after.isspace() or not after.isalnum() else "either"


def _last_char(text: str, i: int) -> str:
    """The last character before ``i`` that is not white space ("" if none)."""
    k = i - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def quoted_spans(claim: str) -> list[tuple[int, int]]:
    """The (start, end) of the words inside each outermost quotation of ``claim``; a quotation
    that opened before the claim or does not close within it is left out."""
    spans: list[tuple[int, int]] = []
    open_at, open_family = -1, 0
    for m in _MARK.finditer(claim):
        mark, i, j = m.group(), m.start(), m.end()
        role = _role(claim, i, j, mark, inside=open_at >= 0)
        family = _family(mark)
        if not role:
            continue
        if open_at < 0:
            if role != "close":
                open_at, open_family = j, family
        elif family != open_family:
            continue  # a quotation inside the quotation, or an apostrophe
        elif role == "open" and mark in _OPENS_ONLY:
            open_at = j  # a quotation does not open inside itself: the mark before was no opener
        elif role != "open":
            if claim[open_at:i].strip():
                spans.append(_trimmed(claim, open_at, i))
            open_at = -1
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` less the white space at either end of ``text[start:end]``."""
    inner = text[start:end]
    lead = len(inner) - len(inner.lstrip())
    return start + lead, start + len(inner.rstrip())


P_MISQUOTE = 1.5  # logits off a claim's score per quotation the article does not hold


def quotation_findings(claim: str, art: PreparedArticle) -> list[Finding]:
    """A finding for each quotation of ``claim`` some part of which the article lacks: its words
    run neither together in the article nor in order within one of its sentences (words dropped
    from a quotation without an ellipsis are a lapse of style; words added or changed are not)."""
    # (most claims: no mark at all, told by a set look-up per character, far cheaper than the
    # pattern's alternatives at every place; or only apostrophes inside words, "Putin's")
    if _MARK_CHARS.isdisjoint(claim) or _ANY_MARK.search(claim) is None:
        return []
    found = []
    for start, end in quoted_spans(claim):
        for part in _BREAK.split(claim[start:end]):
            norms = [t.norm for t in tokenize(part)]
            if norms and not _holds(art, norms):
                msg = f"The article does not say {claim[start:end][:80]!r}, as the claim quotes."
                found.append(Finding(FlagCode.QUOTE_NOT_FOUND, msg, start, end, P_MISQUOTE))
                break
    return found


def _holds(art: PreparedArticle, norms: list[str]) -> bool:
    if f" {' '.join(norms)} " in art.spaced():
        return True
    first = norms[0]
    return any(first in s.norms and _in_order(norms, s.cols.norms) for s in art.sentences)


def _in_order(words: list[str], seq: tuple[str, ...]) -> bool:
    """Whether ``words`` occur in ``seq`` in this order (not necessarily together)."""
    it = iter(seq)
    return all(w in it for w in words)
