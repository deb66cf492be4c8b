"""Light lexical features: tokens and names (numbers and date words: quantities.py;
sentences: sentences.py).

One tokeniser serves raw and PTB-tokenised/lowercased text alike: "don't" and "do n't" both give
``do not``, "it's" and "it 's" both give ``it``, "£1.1m" and "£ 1.1 m" both give ``1.1 m``, and
"-lrb-" is treated as punctuation, so a tokenised copy of an article yields the same tokens.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from itertools import accumulate, compress, count, repeat
from operator import is_
from typing import Any, NamedTuple

from ..text import Doc
from .lexicon import (
    IRREGULAR_PAST,
    MONTHS,
    NEGATION_CUES,
    NOT_NAMES,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    RELATIVE_DATES,
    RELATIVE_DIRECTIONS,
    STOPWORDS,
    WEEKDAYS,
)
from .words import shared_fields

logger = logging.getLogger(__name__)

# One capture group around every kind of token, so ``split`` gives gaps and tokens in one
# C-level call. Order matters: "n't" before words; clitics ("'s", "'re") are consumed and
# dropped; codes with digits ("G4S", "MP3") are single words. The first alternative is a fast
# path with the same matches as the general word: a word of ASCII letters not starting with
# "n" (so "n't" stays first where it can match), lower case after its first letter, taken only
# when no letter or digit follows (else the general word is tried). Case is spelt out in the
# classes rather than by re.IGNORECASE, and "don't" is split in Python (see token_fields): both
# make the scan faster, as does the leading class (every token's first character, told apart by
# a look-behind): with it the engine skips the gaps between tokens without trying each branch.
TOKEN_SPLIT = re.compile(
    r"([\w'’`]"
    r"(?:(?<=[a-mo-zA-MO-Z])[a-z]*(?![^\W_])"  # a word of ASCII letters
    r"|(?<=[nN])['’`][tT]\b"  # n't
    r"|(?<=['’`])(?:[sSdDmM]|[rR][eE]|[vV][eE]|[lL][lL])\b"  # a clitic
    r"|(?<=\d)\d*(?:[.,]\d+)*"  # a number
    r"|(?<=[^\W\d_])[^\W\d_]*(?:\d[^\W_]*)?))"  # any other word
)
_NT_AFTER = re.compile(r"['’`][tT]\b")  # after a word ending in "n": "don't" is "do" + "n't"
_NT_PAIR = re.compile("['’`][tT]")  # what _NT_AFTER finds starts with one
_QUOTES = "'’`"
_BRACKET_TOKENS = frozenset({"lrb", "rrb", "lsb", "rsb", "lcb", "rcb"})

WORD, NUM, NEG = 0, 1, 2


class Tok(NamedTuple):
    """One token: its normal form, its stem, where it is, whether it was capitalised.

    A NamedTuple rather than a frozen dataclass: tokens are made by the thousand per second.
    """

    norm: str
    stem: str
    start: int
    end: int
    cap: bool
    kind: int
    content: bool


_STEMS: dict[str, str] = {}


def content_stems(toks: list[Tok] | tuple[Tok, ...], i: int, j: int) -> frozenset[str]:
    """The stems of the content words among ``toks[i:j]``."""
    return frozenset(t.stem for t in toks[i:j] if t.content)


def verb_key(t: Tok) -> str:
    """One key for a verb's forms: its stem, an irregular past through its present ("said" and
    "says", "led" and "leads")."""
    present = IRREGULAR_PAST.get(t.norm)
    return t.stem if present is None else stem(present)


def stem(word: str) -> str:
    """A crude, memoised suffix-stripper: enough to match "killed"/"kills"/"killing"."""
    cached = _STEMS.get(word)
    if cached is not None:
        return cached
    s = word
    n = len(s)
    if n > 3:  # (by the last letter first: a word the memo has not seen is tested once)
        end = s[-1]
        if end == "s" and n > 4 and s[-3:] == "ies":
            s = s[:-3] + "y"
        elif end == "s" and n > 4 and s[-2] == "e" and s[-3] in "sxzh":
            s = s[:-2]
        elif end == "s" and s[-2] not in "sui":  # (not "-ss", "-us", "-is")
            s = s[:-1]
        elif end == "g" and n > 5 and s[-3:] == "ing":
            s = s[:-3]
        elif end == "d" and n > 4 and s[-3:] == "ied":
            s = s[:-3] + "y"  # ("carried" as "carries": "carry")
        elif end == "d" and n > 4 and s[-2] == "e":
            s = s[:-2]
        if len(s) > 4 and s[-2:] == "ly":
            s = s[:-2]
        if len(s) > 3 and s[-1] in "ey":
            s = s[:-1]
        if len(s) > 3 and s[-1] == s[-2] and s[-1] not in "aeiou":
            s = s[:-1]  # "stopped" -> "stopp" -> "stop"
    if len(_STEMS) < 200_000:
        _STEMS[word] = s
    return s


# norm, stem, capitalised, kind, content; whether the token can start a number, a date; and the
# stem again if the token is a content word, else None (one column where an article needs only
# its content stems)
TokInfo = tuple[str, str, bool, int, bool, bool, bool, str | None]
# A token that is not kept (the only 1-tuple: quick to test for). Typed as a tuple of any
# length: it is found by identity, and a compiled build (mypyc) would copy a fixed-size one.
_DROP: tuple[str, ...] = ("",)
_INFOS: dict[str, TokInfo | tuple[str, ...]] = {}  # raw token -> its fields (memoised: news reuses
# a small vocabulary, so nearly every token is one dictionary look-up)

# The words that can start what ``numbers`` and ``date_words`` find (as can any number).
NUMBER_STARTS = frozenset(NUMBER_WORDS) | frozenset(ORDINAL_WORDS) | {"half"}  # ("half a million")
DATE_STARTS = MONTHS | WEEKDAYS | RELATIVE_DATES | frozenset(RELATIVE_DIRECTIONS)
_NOT: TokInfo = ("not", "not", False, NEG, False, "not" in NUMBER_STARTS, "not" in DATE_STARTS,
                 None)  # fmt: skip


def _token_info(raw: str) -> TokInfo | tuple[str, ...]:
    """The fields of a raw token (a word, a number, "n't" or a clitic), or _DROP."""
    info: TokInfo | tuple[str, ...]
    if raw[0] in _QUOTES:
        info = _DROP  # a clitic
    elif len(raw) == 3 and raw[1] in _QUOTES:
        info = _NOT  # "n't" (no word holds a quote)
    elif raw[0].isdecimal():  # (what \d matches)
        norm = raw.replace(",", "")
        info = (norm, norm, False, NUM, True, True, True, norm)
    else:
        norm = raw.lower()
        kind = NEG if norm in NEGATION_CUES else WORD
        content = kind == WORD and len(norm) > 1 and norm not in STOPWORDS
        stemmed = stem(norm)
        info = (norm, stemmed, raw[0].isupper(), kind, content, norm in NUMBER_STARTS,
                norm in DATE_STARTS, stemmed if content else None)  # fmt: skip
        if norm in _BRACKET_TOKENS:
            info = _DROP
    if len(_INFOS) < 200_000:
        _INFOS[raw] = info
    return info


def token_fields(
    text: str | Doc, start: int = 0, end: int | None = None
) -> tuple[list[TokInfo], list[int], list[int]]:
    """The fields (see TokInfo), starts and ends of the tokens of ``text[start:end]`` (plain
    text, or the shared ``Doc``, whose tokens are read: see words.py)."""
    if isinstance(text, Doc):
        shared = shared_fields(text, start, end, read=_read)
        if shared is not None:
            return shared
        text = text.text  # a shared token crosses a bound: the text read alone
    return _read(text, start, len(text) if end is None else end)


def _read(text: str, start: int, stop: int) -> tuple[list[TokInfo], list[int], list[int]]:
    """``token_fields`` of plain text, column by column, with C-level calls for all tokens: one
    ``split`` by the checker's word rule and running sums for the offsets; one memo look-up per
    token; only the rare "don't" and dropped tokens are visited."""
    chunk = text if start == 0 and stop == len(text) else text[start:stop]
    parts = TOKEN_SPLIT.split(chunk)  # gap, token, gap, ..., token, gap
    raw = parts[1::2]
    if not raw:
        return [], [], []
    offsets = list(accumulate(map(len, parts), initial=start))
    starts, ends = offsets[1:-1:2], offsets[2::2]
    infos: list[Any] = list(map(_INFOS.get, raw))
    if not all(infos):  # (a token not seen before, None: the indices found at C level)
        for k in list(compress(count(), map(is_, infos, repeat(None)))):
            infos[k] = _token_info(raw[k])
    # (Each "n't" holds such a pair: one look for it is cheaper than the pattern's scan, and
    # _split_nt finds none where they are not "n't".)
    if _NT_PAIR.search(chunk):
        _split_nt(chunk, start, raw, infos, starts, ends)
    # A few clitics in hundreds of tokens: deleted in place, from the end. (Found by identity:
    # ``_DROP in infos`` would compare every token's norm, a cache miss each in a busy process.)
    for k in reversed(list(compress(count(), map(is_, infos, repeat(_DROP))))):
        del infos[k], starts[k], ends[k]
    return infos, starts, ends


def _split_nt(
    chunk: str, start: int, raw: list[str], infos: list[Any], starts: list[int], ends: list[int]
) -> None:
    """Split "don't" (tokens "don", "t") into "do" + "not", in place (``chunk`` starts at
    ``start``)."""
    for m in reversed(list(_NT_AFTER.finditer(chunk))):
        e = m.start() + start
        k = bisect_left(ends, e)
        if k >= len(ends) or ends[k] != e or len(raw[k]) < 2 or raw[k][-1] not in "nN":
            continue
        if infos[k] is _DROP:
            continue
        head = raw[k][:-1]
        info = _INFOS.get(head) or _token_info(head)
        s = starts[k]
        # The "t" after the quote is no token of its own.
        drop = k + 1
        while drop < len(starts) and starts[drop] < e + 2:
            drop += 1
        new_infos: list[Any] = [_NOT]
        new_starts, new_ends = [e - 1], [e + 2]
        if info is not _DROP:
            new_infos.insert(0, info)
            new_starts.insert(0, s)
            new_ends.insert(0, e - 1)
        infos[k:drop] = new_infos
        starts[k:drop] = new_starts
        ends[k:drop] = new_ends
        raw[k:drop] = [""] * len(new_infos)


def tokenize(text: str | Doc, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    infos, starts, ends = token_fields(text, start, end)
    return make_toks(Columns.of(infos), starts, ends)


class Columns(NamedTuple):
    """The fields of all tokens, field by field (see TokInfo)."""

    norms: tuple[str, ...]
    stems: tuple[str, ...]
    caps: tuple[bool, ...]
    kinds: tuple[int, ...]
    contents: tuple[bool, ...]
    num_at: tuple[bool, ...]  # can start a number
    date_at: tuple[bool, ...]  # can start a date word
    content_stems: tuple[str | None, ...]  # the stem of a content word, else None

    @classmethod
    def of(cls, infos: list[TokInfo]) -> Columns:
        """The columns of ``token_fields``' infos (one C-level transposition)."""
        if not infos:
            return cls((), (), (), (), (), (), (), ())
        return tuple.__new__(cls, zip(*infos, strict=True))  # (what _make does, minus a call)


def make_toks(cols: Columns, starts: list[int], ends: list[int]) -> list[Tok]:
    """Toks from the columns and offsets (no Python-level call per token)."""
    fields = zip(
        cols.norms, cols.stems, starts, ends, cols.caps, cols.kinds, cols.contents, strict=True
    )
    # tuple.__new__(Tok, fields): a Tok without a Python-level call per token.
    return list(map(tuple.__new__, repeat(Tok), fields))


def name_spans(toks: list[Tok], sentence_starts: frozenset[int]) -> list[tuple[int, int]]:
    """Token ranges [i, j) of capitalised word runs that look like names.

    The first word of a sentence counts only when the run goes on ("Natalia Moon said");
    calendar words and capitalised function words are not names.
    """
    out: list[tuple[int, int]] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        nameable = t.cap and t.kind == WORD and t.norm not in NOT_NAMES and _nameable(t)
        if not nameable and not _given_name(toks, i):
            i += 1
            continue
        j = i + 1
        while j < n and toks[j].cap and toks[j].kind == WORD and _nameable(toks[j]):
            j += 1
        if t.start in sentence_starts and j == i + 1:
            i = j
            continue
        out.append((i, j))
        i = j
    return out


def _nameable(t: Tok) -> bool:
    return t.content and t.norm not in WEEKDAYS and t.norm not in MONTHS


# Short forms of months that are given names too ("Jan Kavan"), before a name word.
_SHORT_MONTHS = frozenset({"jan"})


def _given_name(toks: list[Tok], i: int) -> bool:
    t = toks[i]
    if not (t.cap and t.norm in _SHORT_MONTHS and i + 1 < len(toks)):
        return False
    after = toks[i + 1]
    return after.cap and after.kind == WORD and _nameable(after)
