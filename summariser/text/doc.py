"""One article's text as every engine reads it: tokens, sentences, quotation state, and the
annotations an engine adds, each made once, on first use, and shared.

``Document`` (summariser.document) is what the user gave (text, format, title, ...); a ``Doc``
is that text read: the pipeline makes one per article and hands it to the dates, actors,
attribution and the checker, so no engine reads the article again. Each public engine function
also takes plain text and makes its own ``Doc``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cached_property
from itertools import chain
from operator import itemgetter
from typing import Any, TypeVar

from .sentences import split
from .tokens import tokenize

T = TypeVar("T")
_FIRST = itemgetter(0)


class Doc:
    """A text read once. Built on first use: ``starts``, ``ends``, ``words`` (token texts),
    ``firsts`` (their first characters), ``lowers`` (lower case), ``cased`` (whether it has
    capitals), ``sentences`` ((first token, one past last, paragraph number)),
    ``sentence_starts`` and ``quoted`` (whether each token lies inside a quotation).

    ``view(key, build)`` keeps what an engine derives from the text or tokens (its
    annotations), so that a second reader of the same ``Doc`` finds it made."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._views: dict[str, Any] = {}
        self._commas: list[int] | None = None
        self._found: dict[str, list[int]] = {}  # ``positions``, by character

    def __reduce__(self) -> tuple[type[Doc], tuple[str]]:
        # Sent to another process as its text alone: what is built from it is built again there.
        return (Doc, (self.text,))

    def __repr__(self) -> str:
        return f"Doc({self.text[:40]!r}{'...' if len(self.text) > 40 else ''})"

    @cached_property
    def _tokens(self) -> tuple[list[int], list[int], list[str]]:
        return tokenize(self.text)

    @cached_property
    def starts(self) -> list[int]:
        """Each token's start offset."""
        return self._tokens[0]

    @cached_property
    def ends(self) -> list[int]:
        """Each token's end offset."""
        return self._tokens[1]

    @cached_property
    def words(self) -> list[str]:
        """Each token's text."""
        return self._tokens[2]

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's text in lower case."""
        return list(map(str.lower, self.words))

    @cached_property
    def firsts(self) -> list[str]:
        """Each token's first character (a token is never empty)."""
        return list(map(_FIRST, self.words))

    @cached_property
    def cased(self) -> bool:
        """Whether the text has capitals (lower-casing changes it): asked by every reader that
        splits it, and a lower-cased copy of the whole text costs as much as a regex scan."""
        return self.text != self.text.lower()

    @cached_property
    def _split(self) -> tuple[list[tuple[int, int, int]], list[bool]]:
        return split(self.text, self.starts, self.words)  # (cased rules: no ``lowers``)

    @property
    def split_made(self) -> bool:
        """Whether ``sentences`` and ``quoted`` are made (a reader whose rules differ may take
        the sentences where they agree; else it splits the text by its own rules alone)."""
        return "_split" in self.__dict__

    @cached_property
    def sentences(self) -> list[tuple[int, int, int]]:
        """The sentences: (first token, one past the last token, paragraph number)."""
        return self._split[0]

    @cached_property
    def quoted(self) -> list[bool]:
        """Whether each token lies inside a quotation."""
        return self._split[1]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The first token of each sentence, for ``sentence_of``."""
        return [lo for lo, _, _ in self.sentences]

    def sentence_of(self, token: int) -> int:
        """The index of the sentence holding token ``token`` (looked up: few tokens need it)."""
        return bisect.bisect_right(self.sentence_starts, token) - 1

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
        starts = self.starts
        words = self.words
        tokens = []
        for at in self.positions(char):
            k = bisect.bisect_left(starts, at)
            if k < len(starts) and starts[k] == at and words[k] == char:
                tokens.append(k)
        return tokens

    def positions(self, chars: str) -> list[int]:
        """The offsets in the text of any of ``chars``, in order (a list not to be changed).

        Each character is sought with ``str.find`` (at the speed of a memory scan) and its
        offsets kept for the next reader; a regex class of them would be tested against every
        character of the text, several times as slow for the few marks an engine looks for."""
        found = self._found
        text = self.text
        lists = []
        for char in chars:
            offsets = found.get(char)
            if offsets is None:
                offsets = found[char] = []
                at = text.find(char)
                while at >= 0:
                    offsets.append(at)
                    at = text.find(char, at + 1)
            lists.append(offsets)
        return lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists))

    def view(self, key: str, build: Callable[[Doc], T]) -> T:
        """What ``build(self)`` gives, made once per ``Doc`` and kept under ``key``."""
        views = self._views
        if key not in views:
            views[key] = build(self)
        result: T = views[key]
        return result


def as_doc(text: str | Doc) -> Doc:
    """``text`` as a ``Doc`` (a ``Doc`` itself, or a new one for plain text)."""
    return text if isinstance(text, Doc) else Doc(text)
