"""One claim sentence as the checker's tests read it: its tokens, names and case, and what the
tests read off it once (its numbers, dates, spaced words and alignments with its evidence)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, TypeVar

from .features import Tok
from .quantities import DateWord, NumberMention, date_words, numbers

_NORM = attrgetter("norm")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One claim sentence: its tokens carry offsets into the whole claim text."""

    text: str
    toks: list[Tok]
    names: list[tuple[int, int]]  # token ranges of names (empty for lowercased claims)
    # Written with capitals, so a word in lower case is no name: "the actor" is a description.
    in_case: bool = False
    # Its first word alone is a name: the sentence's capital leaves it open, the article (which
    # always writes it with a capital) does not ("Goita led ..."). Not among ``names``.
    opening: bool = False
    # Its numbers and date words, read when a test first asks (the number, slot, event and year
    # tests all read them): see ``mentions`` and ``dates``.
    _mentions: tuple[NumberMention, ...] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _dates: tuple[DateWord, ...] | None = field(default=None, init=False, repr=False, compare=False)
    # Its words between spaces, and its alignments with the evidence of one (article, support):
    # read on first use, by the copy tests and by each test that reads slots (see aligned.py).
    _spaced: str | None = field(default=None, init=False, repr=False, compare=False)
    _aligned: tuple[object, object, Any] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    # What several tests read off the view, or off it and one (article, support), by key: see
    # ``memo`` and ``with_support``.
    _memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def mentions(self) -> tuple[NumberMention, ...]:
        """The claim sentence's numbers (``quantities.numbers``)."""
        return self._once("_mentions", lambda: tuple(numbers(self.toks)))

    @property
    def dates(self) -> tuple[DateWord, ...]:
        """The claim sentence's date words (``quantities.date_words``)."""
        return self._once("_dates", lambda: tuple(date_words(self.toks)))

    @property
    def spaced(self) -> str:
        """The claim sentence's words (normal forms) joined by spaces, with a space at each end
        (as an article sentence's ``spaced``)."""
        return self._once("_spaced", lambda: " " + " ".join(map(_NORM, self.toks)) + " ")

    def _once(self, slot: str, make: Callable[[], T]) -> T:
        """The field ``slot``, made by ``make`` on first use (the view is frozen: set once)."""
        found: T | None = getattr(self, slot)
        if found is None:
            found = make()
            object.__setattr__(self, slot, found)
        return found

    def memo(self, key: str, make: Callable[[], T]) -> T:
        """What ``make()`` gives, made once a view under ``key``: a fact of the claim sentence
        alone that several tests ask for (whether it frames anything, its antonyms)."""
        memo = self._memo
        if key in memo:
            found: T = memo[key]
            return found
        made = memo[key] = make()
        return made

    def with_support(self, key: str, art: object, sup: object, make: Callable[[], T]) -> T:
        """What ``make()`` gives for the view and the evidence ``sup`` in ``art``, made once
        for the last (article, support) asked about under ``key`` (asked with another, anew)."""
        memo = self._memo
        found = memo.get(key)
        if found is not None and found[0] is art and found[1] is sup:
            result: T = found[2]
            return result
        made = make()
        memo[key] = (art, sup, made)
        return made

    def aligned(self, art: object, sup: object, build: Callable[[], T]) -> T:
        """The view's alignments with the evidence ``sup`` in ``art``: what ``build()`` gives,
        made once for the last (article, support) asked about (see aligned.alignments)."""
        found = self._aligned
        if found is not None and found[0] is art and found[1] is sup:
            result: T = found[2]
            return result
        made = build()
        object.__setattr__(self, "_aligned", (art, sup, made))
        return made
