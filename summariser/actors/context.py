"""What the words around a mention say about it: a role noun before it, an apposition after
it, a locative preposition, or a cue that it is an armed group."""

from __future__ import annotations

import bisect
import re

from .lexicon import (
    GROUP_CUES,
    LOCATIVE_PREPOSITIONS,
    REPORTING_WORDS,
    ROLE_FOLLOWERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STOPWORDS,
    VISIT_WORDS,
)
from .tokens import Token

_DETERMINERS = frozenset({"a", "an", "the", "former"})
# Words that end a role phrase when walking left from the role noun ("met with", "said").
_FUNCTION_WORDS = frozenset(w.lower() for w in STOPWORDS) | {
    "said",
    "says",
    "told",
    "met",
    "by",
    "called",
    "named",
    "including",
}
_APPOSITION = re.compile(
    r""",[ \t]+
    (?P<np>
        (?:a|an|the|former|(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*['’]s)\b
        [^,;:!?()\[\]"“”\n]{1,120}?
    )
    \s*(?:,|;|—|–|\.(?=\s|\Z)|\Z)""",
    re.VERBOSE,
)
_SPACES = re.compile(r"[ \t\u00a0]+")


class Neighbours:
    """Look-ups of the words next to a span of the text."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self._starts = [t.start for t in tokens]

    def _index(self, offset: int) -> int:
        """Index of the token starting at ``offset`` (or the first one after it)."""
        return bisect.bisect_left(self._starts, offset)

    def _joined(self, left: Token, right: Token, *, comma: bool = False) -> bool:
        """Whether only spaces (and, if allowed, one comma) separate two tokens."""
        gap = self.text[left.end + (2 if left.possessive else 0) : right.start]
        if comma:
            gap = gap.replace(",", "", 1)
        return gap == "" or bool(_SPACES.fullmatch(gap))

    def previous_word(self, start: int) -> str | None:
        """The word right before ``start`` in the same sentence, if any."""
        i = self._index(start)
        if i == 0:
            return None
        prev = self.tokens[i - 1]
        if i < len(self.tokens) and self.tokens[i].start == start and self.tokens[i].initial:
            return None
        gap = self.text[prev.end : start]
        return prev.text if gap.strip(" \t\u00a0") == "" else None

    def is_locative(self, start: int) -> bool:
        """ "in Bamako", "near Moscow": the name is a place here, not an actor."""
        word = self.previous_word(start)
        return word is not None and word in LOCATIVE_PREPOSITIONS

    def next_word(self, end: int) -> str | None:
        """The word right after ``end`` when only spaces (or a comma) separate them."""
        i = self._index(end)
        if i >= len(self.tokens):
            return None
        gap = self.text[end : self.tokens[i].start]
        return self.tokens[i].text if gap.strip(" \t\u00a0,") == "" else None

    def is_speaker(self, end: int) -> bool:
        """ "Melanie said": a name that speaks is a person's."""
        return self.next_word(end) in SPEECH_VERBS

    def is_place(self, start: int) -> bool:
        """Locative, or the goal of a visit: "visited London", "via Paris"."""
        return self.is_locative(start) or self.previous_word(start) in VISIT_WORDS

    def group_cue(self, start: int, end: int) -> bool:
        """ "Wagner mercenary group", "the militant group Hamas", "M23 rebels"."""
        if self.previous_word(start) in GROUP_CUES:
            return True
        i = self._index(end)
        prev = None
        for tok in self.tokens[i : i + 3]:
            if prev is None:
                if not _SPACES.fullmatch(self.text[end : tok.start] or " "):
                    return False
            elif not self._joined(prev, tok):
                return False
            if not tok.lower:
                return False
            if tok.text in GROUP_CUES:
                return True
            prev = tok
        return False

    def role_before(self, start: int) -> tuple[str | None, int]:
        """A lowercase role noun right before a name: "Mali's leader Assimi Goita".

        Returns the role and its strength: 3 when anchored by a determiner or a capitalised
        word ("the Kremlin spokesman"), 1 for the bare noun ("said spokesman X").
        """
        i = self._index(start)
        if i == 0 or i >= len(self.tokens) or self.tokens[i].start != start:
            return None, 0
        noun = self.tokens[i - 1]
        if not (
            noun.lower
            and noun.text in ROLE_NOUNS
            and self._joined(noun, self.tokens[i], comma=True)
        ):
            return None, 0
        first, anchored = i - 1, False
        for k in range(i - 2, max(i - 7, -1), -1):
            tok = self.tokens[k]
            if not self._joined(tok, self.tokens[k + 1]) or self.tokens[k + 1].initial:
                break
            word = tok.text.lower()
            if word in _DETERMINERS:
                first, anchored = k, True
                break
            if not tok.lower:
                first, anchored = k, True
                if tok.possessive or tok.initial:
                    break
                continue
            if word in _FUNCTION_WORDS:
                break
            first = k
        if not anchored:
            first = i - 1
        role = self.text[self.tokens[first].start : noun.end]
        return role, 3 if anchored else 1

    def apposition(self, end: int) -> str | None:
        """ "Assimi Goita, a special forces commander, ..." -> "a special forces commander"."""
        match = _APPOSITION.match(self.text, end)
        if match is None:
            return None
        np = match.group("np").strip()
        words = [w.strip(".") for w in np.split()]
        if len(words) > 10 or any(w.lower() in REPORTING_WORDS for w in words):
            return None
        # The head is the last word before any preposition: "the chief executive of Acme".
        head: list[str] = []
        for word in words:
            if word in ROLE_FOLLOWERS:
                break
            head.append(word)
        if head and head[-1].islower() and head[-1] in ROLE_NOUNS:
            return np
        return None
