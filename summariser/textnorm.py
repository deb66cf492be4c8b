"""Shared text normalisation with an offset map back to the original text.

Raw news text and the lowercased, tokenised text of research datasets ("do n't", "`` quote ''",
"-lrb-", "mali 's") must compare equal, so both are rewritten into one *canonical* form: tokens
(words, clitics such as ``'s``/``n't``, single punctuation marks) folded for case, Unicode form,
quote and dash style, joined by single spaces. Because every token is delimited the same way in
both inputs, "said," and "said ," give the same canonical "said ,". Every canonical character
remembers the original range it came from, so a match in canonical text maps back to offsets in
the original.

The canonical tokens are a view of the shared tokens (summariser.text): a plain ASCII word or
punctuation mark is a canonical token as it stands (in lower case), and only the few stretches
of text between spaces where the two readings may part (see ``_odd``) are read with the
canonical unit rule ``_UNIT``.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from .text import Doc
from .text import tokens as shared

logger = logging.getLogger(__name__)

# Combining marks kept with their base character so NFKC can compose them ("e" + U+0301 -> "é").
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_NT = re.compile(r"n['’‘`]t(?![^\W_])", re.IGNORECASE)  # "n't", split from its host like PTB

# One canonical unit per match; whitespace is skipped by finditer. Words come first because they
# are by far the most common unit.
_UNIT = re.compile(
    rf"(?P<word>[^\W_]+(?:[{_MARKS}]+[^\W_]*)*)"
    r"|(?P<clitic>['’‘`](?i:s|re|ve|ll|d|m))(?![^\W_])"
    r"|(?P<dquote>``|''|[\"“”„‟«»″〝〞＂])"
    r"|(?P<ptb>-(?i:lrb|rrb|lsb|rsb|lcb|rcb)-)"
    r"|(?P<dash>[-‐‑‒–—―−﹘﹣－]+)"
    r"|(?P<dots>\.(?:[ \t]?\.)+|…)"
    rf"|(?P<other>\S[{_MARKS}]*)",
)
# Where a shared token may not be one canonical unit as it stands (each match is checked
# against its token in ``_odd``): one of "&'(-._`" (clitics, "n't", PTB quotes and brackets,
# dashes, which merge, dotted ellipses, "U.S.", "AT&T", "(R-S.C.)"), or any character beyond
# ASCII (folded by Unicode form) but the quotation marks and the ellipsis of ``_KEPT``. Every
# other ASCII character is a letter, a digit, a space or a mark that is a unit alone. (One
# class, the ASCII ranges between those seven characters left out: it is scanned fast.)
_ODD = re.compile(r"[^\x00-\x25\x29-\x2c\x2f-\x5e\x61-\x7f\s“”„‟«»″〝〞＂…]")
# Two full stops that one dotted ellipsis holds.
_DOTS = re.compile(r"\.[ \t]?\.")
# The shared tokens kept (not read again) whose canonical text is not their lower case.
_KEPT = {**dict.fromkeys("“”„‟«»″〝〞＂", '"'), "…": "..."}

_PTB = {"-lrb-": "(", "-rrb-": ")", "-lsb-": "[", "-rsb-": "]", "-lcb-": "{", "-rcb-": "}"}
_PUNCT = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′´`ʼ＇", "'"),
        **dict.fromkeys("“”„‟«»″〝〞", '"'),
        **dict.fromkeys("‐‑‒–—―−﹘﹣", "-"),
    }
)


@lru_cache(maxsize=65536)
def _fold(chars: str) -> str:
    """Unicode-compatibility, case and punctuation-style folding of a short piece of text."""
    # NFKC can produce spaces ("¨" -> " ̈"); a unit must not contain the token separator.
    return "".join(unicodedata.normalize("NFKC", chars).casefold().translate(_PUNCT).split())


class Token(NamedTuple):
    """A canonical token: folded text, original range, range in the canonical string, and
    whether it is a word or clitic (has a letter or digit) rather than punctuation."""

    text: str
    start: int
    end: int
    norm_start: int
    norm_end: int
    is_word: bool


class NormalisedText:
    """A text in canonical form: ``norm`` is the tokens' texts joined by single spaces.

    Token ``i`` is ``texts[i]``, from ``original[starts[i]:ends[i]]``, at ``norm_starts[i]`` in
    ``norm``; parallel lists because building one object per token would double the cost.
    Offsets map per token: inside a token whose folded text is as long as its original (nearly
    all of them), character by character; otherwise to the whole token.
    """

    __slots__ = ("_tokens", "ends", "is_word", "norm", "norm_starts", "original", "starts", "texts")

    def __init__(
        self,
        original: str,
        texts: list[str],
        starts: list[int],
        ends: list[int],
        is_word: list[bool],
    ) -> None:
        self.original = original
        self.texts = texts
        self.starts = starts
        self.ends = ends
        self.is_word = is_word
        self.norm = " ".join(texts)
        norm_starts: list[int] = []
        offset = 0
        for t in texts:
            norm_starts.append(offset)
            offset += len(t) + 1
        self.norm_starts = norm_starts
        self._tokens: list[Token] | None = None

    @property
    def tokens(self) -> list[Token]:
        """The tokens as objects (built on first use)."""
        if self._tokens is None:
            self._tokens = [
                Token(t, s, e, n, n + len(t), w)
                for t, s, e, n, w in zip(
                    self.texts, self.starts, self.ends, self.norm_starts, self.is_word, strict=True
                )
            ]
        return self._tokens

    def _orig(self, norm_offset: int, *, end: bool) -> int:
        """Original offset of a canonical character boundary (a start, or an end if ``end``)."""
        i = bisect_right(self.norm_starts, norm_offset - 1 if end else norm_offset) - 1
        if i < 0:
            return self.starts[0] if self.starts else 0
        s, e = self.starts[i], self.ends[i]
        inside = norm_offset - self.norm_starts[i]
        n = len(self.texts[i])
        if inside >= n:  # at or past the token's end: the gap after it
            return e
        if n != e - s:
            return e if end else s
        return s + inside

    def to_original(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Original range covered by the non-empty canonical range ``[norm_start, norm_end)``."""
        return self._orig(norm_start, end=False), self._orig(norm_end, end=True)

    def to_norm(self, start: int, end: int) -> tuple[int, int]:
        """The canonical range of the whole tokens inside the original range ``[start, end)``."""
        i = bisect_left(self.starts, start)
        j = bisect_right(self.ends, end)
        if j <= i:
            return 0, 0
        return self.norm_starts[i], self.norm_starts[j - 1] + len(self.texts[j - 1])

    def char_starts(self) -> list[int]:
        """For each canonical character, the offset of its source in the original."""
        out: list[int] = []
        prev_end = 0
        for t, s, e in zip(self.texts, self.starts, self.ends, strict=True):
            if out:
                out.append(prev_end)  # the separator maps to the gap after the previous token
            prev_end = e
            out.extend(range(s, e) if len(t) == e - s else [s] * len(t))
        return out


def _fold_unit(kind: str | None, raw: str) -> str:
    """The canonical text of one unit other than an ASCII word."""
    if kind == "ptb":
        return _PTB[raw.lower()]
    if kind == "dquote":
        return '"'
    if kind == "dash":
        return "-"
    if kind == "dots":
        return "..."
    return _fold(raw)


def normalise(text: str | Doc) -> NormalisedText:
    """Canonical form of ``text`` (or of a ``Doc``'s text, read from its shared tokens) with its
    offset map and tokens (see the module docstring)."""
    if isinstance(text, Doc):
        original, starts, ends, words = text.text, text.starts, text.ends, text.words
        lowers = text.lowers
    else:  # plain text (a quote): its shared tokens, without a Doc that nothing else reads
        original = text
        starts, ends, words = shared.tokenize(text)
        lowers = list(map(str.lower, words))
    # A kept token (ASCII, or a quotation mark or ellipsis of ``_KEPT``) is its own canonical
    # text, a word if it is letters and digits.
    kept_texts = lowers if original.isascii() else list(map(_KEPT.get, lowers, lowers))
    kept_words = list(map(str.isalnum, lowers))
    odd = _odd(original, words, starts, ends)
    if not odd:  # (copies: a Doc's columns are not to be handed on)
        return NormalisedText(original, kept_texts[:], starts[:], ends[:], kept_words)
    lowered = original.lower()
    # Lower-casing the whole text at once is much faster than per word; it keeps offsets only
    # if no character expanded ("İ" -> "i̇"), otherwise fold word by word.
    src = lowered if len(lowered) == len(original) else original
    texts: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    is_word: list[bool] = []
    done = 0
    for lo, hi in [*odd, (len(lowers), len(lowers))]:
        texts += kept_texts[done:lo]
        out_starts += starts[done:lo]
        out_ends += ends[done:lo]
        is_word += kept_words[done:lo]
        if lo < hi:
            _read(src, starts[lo], ends[hi - 1], texts, out_starts, out_ends, is_word)
        done = hi
    return NormalisedText(original, texts, out_starts, out_ends, is_word)


def _odd(text: str, words: list[str], starts: list[int], ends: list[int]) -> list[tuple[int, int]]:
    """The token ranges [lo, hi) read with ``_UNIT``, in order: the stretches between spaces
    holding a token that ``_ODD`` marks, two joined where a dotted ellipsis goes on over the
    one space or tab between them."""
    odd: list[int] = []
    for m in _ODD.finditer(text):
        at = m.start()
        k = bisect_right(starts, at) - 1
        mark = text[at]
        if mark == "." and (dots := _DOTS.match(text, at)) is not None:
            if (k2 := bisect_right(starts, dots.end() - 1) - 1) != k:
                odd += (k, k2)  # a full stop going on to one in another token: both
        elif mark not in ".&(" or (len(words[k]) > 1 and words[k] != "..."):
            odd.append(k)
    found: list[tuple[int, int]] = []
    for lo, hi in shared.stretches(starts, ends, odd):
        if found and found[-1][1] == lo and _DOTS.fullmatch(text, ends[lo - 1] - 1, starts[lo] + 1):
            found[-1] = (found[-1][0], hi)
        else:
            found.append((lo, hi))
    return found


def _read(
    src: str,
    start: int,
    end: int,
    texts: list[str],
    starts: list[int],
    ends: list[int],
    words: list[bool],
) -> None:
    """Append the canonical tokens of ``src[start:end]`` (whole stretches between spaces), read
    with ``_UNIT``, to ``texts``, ``starts``, ``ends`` and ``words``."""
    skip = 0
    for m in _UNIT.finditer(src, start, end):
        s, e = m.span()
        if s < skip:  # the "'t" of an "n't" already emitted
            continue
        kind = m.lastgroup
        raw = m.group()
        if kind == "word":
            if raw[-1] in "nN" and (nt := _NT.match(src, e - 1)) is not None:
                if e - 1 > s:
                    raw = raw[:-1]
                    texts.append(raw.lower() if raw.isascii() else _fold(raw))
                    starts.append(s)
                    ends.append(e - 1)
                    words.append(True)
                skip = nt.end()
                texts.append(nt.group().lower().translate(_PUNCT))
                starts.append(e - 1)
                ends.append(skip)
                words.append(True)
                continue
            folded = raw.lower() if raw.isascii() else _fold(raw)
            is_word = True
        elif kind == "clitic":
            folded = raw.lower().translate(_PUNCT)
            is_word = True
        else:
            folded = _fold_unit(kind, raw)
            if not folded:
                continue
            if folded == "-" and texts and texts[-1] == "-":
                ends[-1] = e  # "- -" is one dash, like "--"
                continue
            is_word = kind == "other" and any(c.isalnum() for c in folded)
        texts.append(folded)
        starts.append(s)
        ends.append(e)
        words.append(is_word)


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """The canonical form of ``text`` and, for each of its characters, its offset in ``text``."""
    result = normalise(text)
    return result.norm, result.char_starts()


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Canonical word tokens (words and clitics, no punctuation) with their original offsets."""
    return [(t.text, t.start, t.end) for t in normalise(text).tokens if t.is_word]


def is_word_boundary(text: str, offset: int) -> bool:
    """True unless ``offset`` falls between two letters/digits of the same word."""
    if offset <= 0 or offset >= len(text):
        return True
    return not (text[offset - 1].isalnum() and text[offset].isalnum())
