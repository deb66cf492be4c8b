"""What the words around a mention say about it: a role noun before it, an apposition after
it, a locative preposition, or a cue that it is an armed group."""

from __future__ import annotations

import bisect
import re

from ..text.english import is_english
from .cues import (
    BODY_NOUNS_AFTER,
    CLAUSE_OPENERS,
    FINITE_VERBS,
    OWNERSHIP_NOUNS,
    PLURAL_VERBS,
    SCORECARD_MARKS,
)
from .lexicon import (
    BODY_POSSESSIONS,
    CHARACTER_CUES,
    CHARACTER_PHRASES,
    COMMON_NOUN_DETERMINERS,
    COMPASS_WORDS,
    EPONYM_HEADS,
    GROUP_CUES,
    KIN_NOUNS,
    LOCATIVE_PREPOSITIONS,
    MEMBER_NOUNS,
    NOUN_DETERMINERS,
    PERSON_NOUNS,
    PERSON_POSSESSIONS,
    PLACE_NOUNS,
    REPORTING_WORDS,
    RESIDENCE_WORDS,
    ROLE_FOLLOWERS,
    ROLE_NOUNS,
    SHARED_ROLE_NOUNS,
    SPEECH_VERBS,
    STOPWORDS,
    TEAM_CUES,
    TEAM_PHRASES,
    VISIT_WORDS,
)
from .places import PLACES
from .results import result_side, scorer_starts
from .tokens import Words

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
    r"""[ \t]?,[ \t]+
    (?P<np>
        (?:a|an|the|former|(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*[ \t]?['’]s)\b
        [^,;:!?()\[\]"“”\n]{1,120}?
    )
    \s*(?:,|;|—|–|\.(?=\s|\Z)|\Z)""",
    re.VERBOSE,
)
# After a name: it reports, as only a news outlet does ("DNA Info reports").
_REPORTS = re.compile(r"[ \t]+report(?:s|ed)\b")
# After a name told something: the clause ends (a channel's number may follow: "Fox 8").
_TOLD_END = re.compile(r"(?:[ \t]+[0-9]+)?(?:[:.,;]|\s*\Z)")
# The last words of the team phrases, and "the": the only words before a name worth reading
# further back from.
_TEAM_PHRASE_ENDS = frozenset(p.split()[-1] for p in TEAM_PHRASES) | {"the"}
_SPACES = re.compile(r"[ \t\u00a0]+")

# ", 39," / ", 39." right after a name: an age, which only a person has.
# A bowler's figures after a name: overs, maidens, runs, wickets ("Doull 8-1-29-1").
_BOWLING = re.compile(r"[ \t]+\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b")
_AGE = re.compile(r"[ \t]?,[ \t\u00a0]*(?:aged[ \t\u00a0]+)?(?:10\d|[1-9]\d?)(?=[ \t]?[,.;)]|\s*$)")


def _english_word(name: str) -> bool:
    """A one-word name that is a word of English, or its plural ("People", "Gamers"): its
    capital may come from its place, and a noun or verb after it is its own."""
    if " " in name:
        return False
    low = name.lower()
    return is_english(low) or (low[-1:] == "s" and is_english(low[:-1]))


class Neighbours:
    """Look-ups of the words next to a span of the text, in its word columns."""

    def __init__(self, text: str, words: Words) -> None:
        self.text = text
        self.words = words
        self._starts = words.starts
        self._n = len(words.starts)
        # Every group cue is a lowercase word: when the text uses none, no name has a cue.
        self._cues = not GROUP_CUES.isdisjoint(words.lowercase)

    def _joined(self, left: int, right: int, *, comma: bool = False) -> bool:
        """Whether only spaces (and, if allowed, one comma) separate two tokens."""
        w = self.words
        gap = self.text[w.ends[left] + (2 if w.possessive[left] else 0) : w.starts[right]]
        if comma:
            gap = gap.replace(",", "", 1)
        return gap == "" or bool(_SPACES.fullmatch(gap))

    def previous_word(self, start: int) -> str | None:
        """The word right before ``start`` in the same sentence, if any."""
        i = bisect.bisect_left(self._starts, start)
        if i == 0:
            return None
        w = self.words
        if i < self._n and w.starts[i] == start and w.initial[i]:
            return None
        gap = self.text[w.ends[i - 1] : start]
        return w.texts[i - 1] if gap.strip(" \t\u00a0") == "" else None

    def _word_before(self, start: int) -> str | None:
        """``previous_word``, lower-cased when it opens its sentence ("In Paris, ...")."""
        word = self.previous_word(start)
        if word is not None and word[:1].isupper():
            i = bisect.bisect_left(self._starts, start) - 1
            if self.words.initial[i]:
                return word.lower()
        return word

    def is_locative(self, start: int) -> bool:
        """ "in Bamako", "near Moscow", "Brian Wright, 55, of Kempston", "the village
        Berezhnytsia", "the town of Chadderton": the name is a place here, not an actor."""
        word = self._word_before(start)
        if word == "in" and self.owned(start):
            return False
        if word == "of":  # a residence, after an apposition's comma, or a kind of place
            i = bisect.bisect_left(self._starts, start) - 1
            if i > 0 and "," in self.text[self.words.ends[i - 1] : self._starts[i]]:
                return True
            before = self.previous_word(self._starts[i])
            return before is not None and (before in RESIDENCE_WORDS or before in PLACE_NOUNS)
        return word is not None and (word in LOCATIVE_PREPOSITIONS or word in PLACE_NOUNS)

    def body_cue(self, start: int, end: int) -> bool:
        """ "shares in Daimler-Benz", "Interfax news agency", "Lazio have": what is owned in
        a name, a kind of body after it, or a plural verb agreeing with it make it a body's.
        (One call reads the text on both sides: this is asked of most names.)"""
        text = self.text
        if text[max(0, start - 4) : start] == " in " and self.owned(start):
            return True
        after = text[end : end + 16]
        if after[:1] != " " or not after[1:2].islower():
            return False
        word = after.split(None, 1)[0].rstrip(".,;:")
        if word not in BODY_NOUNS_AFTER and word not in PLURAL_VERBS:
            return False
        name = text[start:end]
        if _english_word(name) or name.rsplit("-", 1)[-1].islower():
            return False  # "Parent company", "People are"; "Spanish-language radio"
        if word in BODY_NOUNS_AFTER:
            # "the Guardian newspaper"; but "a Texas company" says where the company is.
            return name not in PLACES
        return self.collective(start)

    def owned(self, start: int) -> bool:
        """ "shares in Daimler-Benz", "a stake in Acme": what is owned in it makes the name
        after "in" a company's, unless the name is a known place's ("shares in Frankfurt"
        trade there). (Asked only after " in ".)"""
        before = self.text[max(0, start - 24) : start].split()
        if len(before) < 2 or before[-2].lower() not in OWNERSHIP_NOUNS:
            return False
        i = bisect.bisect_left(self._starts, start)
        return i < self._n and self.words.texts[i] not in PLACES

    def next_word(self, end: int) -> str | None:
        """The word right after ``end`` when only spaces (or a comma) separate them."""
        i = bisect.bisect_left(self._starts, end)
        if i >= self._n:
            return None
        gap = self.text[end : self._starts[i]]
        return self.words.texts[i] if gap.strip(" \t\u00a0,") == "" else None

    def member_after(self, end: int) -> bool:
        """ "Arsenal legend", "Liverpool manager": a member noun right after the name (only
        spaces between) makes the name the body the member belongs to."""
        after = self.text[end : end + 2]
        if len(after) < 2 or not after[1].islower() or after[0] not in " \t\u00a0":
            return False  # (a single space and a lowercase letter: spare the look-up)
        i = bisect.bisect_left(self._starts, end)
        if i >= self._n or not self.words.lower[i]:
            return False
        gap = self.text[end : self._starts[i]]
        return self.words.texts[i] in MEMBER_NOUNS and (gap == " " or bool(_SPACES.fullmatch(gap)))

    def verb_after(self, end: int) -> bool:
        """ "Lazio have", "Ajax signed": a finite verb right after the name (only spaces
        between), which makes it a clause's subject."""
        i = bisect.bisect_left(self._starts, end)
        if (
            i >= self._n
            or not self.words.lower[i]
            or not _SPACES.fullmatch(self.text[end : self._starts[i]] or "-")
        ):
            return False
        word = self.words.texts[i]
        return word in FINITE_VERBS or (word.endswith("ed") and len(word) > 3)

    def collective(self, start: int) -> bool:
        """ "Lazio have injury doubts", "said Newmont were": a plural verb right after a name
        (see ``body_cue``) that opens its clause agrees with a collective, a body's name
        (British usage), never with one person."""
        if self.text[max(0, start - 2) : start].strip(" \t") == ",":
            return False  # the last of a list: "Smith, Jones have"
        before = self.previous_word(start)
        return before is None or before in CLAUSE_OPENERS

    def is_team(self, start: int, end: int) -> bool:
        """ "against Roma", "joined Lazio": a word before the name that only a team follows;
        or the name opens a side of a result or a row of a standings table."""
        if result_side(self.text, start, end):
            return True
        # (The word before, read from the text first: most names have no team cue.)
        before = self.text[max(0, start - 10) : start].rsplit(None, 1)
        if not before:
            return False
        if before[-1] in TEAM_CUES:
            return self.previous_word(start) in TEAM_CUES
        if before[-1] not in _TEAM_PHRASE_ENDS:
            return False
        words = self.text[max(0, start - 30) : start].split()[-3:]
        if words[-1] == "the":  # "joined the Highlanders", "played for the Rams"
            words.pop()
            if words and words[-1] in TEAM_CUES:
                return True
        # (Punctuation glued to a word keeps it out of the phrases: "played for. Derby".)
        return " ".join(words[-2:]) in TEAM_PHRASES

    def common_noun(self, start: int, end: int) -> bool:
        """ "an MRI to look", "his DNA.": an acronym after a determiner that an organisation
        never takes, heading its noun phrase (no noun follows; "a NATO summit" proves
        nothing)."""
        if self.previous_word(start) not in COMMON_NOUN_DETERMINERS:
            return False
        i = bisect.bisect_left(self._starts, end)
        if i >= self._n or not self._joined(i - 1, i):
            return True  # punctuation follows
        word = self.words.texts[i]
        return self.words.lower[i] and word in _FUNCTION_WORDS

    def eponym(self, end: int) -> bool:
        """ "Alzheimer's disease": a possessive name before a noun it names, no actor."""
        i = bisect.bisect_left(self._starts, end + 2)
        return i < self._n and self.words.texts[i] in EPONYM_HEADS

    def age_after(self, end: int) -> bool:
        """ "Leon Yeaman, 55, was": an age in commas after a name."""
        return _AGE.match(self.text, end) is not None

    def body_possession(self, end: int) -> bool:
        """ "Acme's shares", "Arsenal's players": a possessive name before a noun only a body
        has."""
        i = bisect.bisect_left(self._starts, end + 2)
        return i < self._n and self.words.texts[i] in BODY_POSSESSIONS

    def media_cue(self, start: int, end: int) -> bool:
        """ "DNA Info reports", "he told Racemail: 'I ...'": a name that reports, or that is
        told something and ends the clause, is a news outlet's. (A person told is named in
        full, or is told something: "told Smith that".)"""
        if _REPORTS.match(self.text, end):
            return True
        before = self.text[max(0, start - 10) : start].split()
        if before and before[-1] == "the":
            before.pop()
        return bool(before) and before[-1] == "told" and bool(_TOLD_END.match(self.text, end))

    def person_context(self, start: int, end: int, *, possessive: bool) -> bool:
        """ "nine-year-old Frankie", "daughter Wyatt", "leaders Tecumseh and", "cast as Belle",
        "c Campbell b Streak", "Vinnie's skull", "Doull 8-1-29-1": an age, a kin noun, a
        plural person noun, a part to play or a scorecard's mark before the name, or a
        possession only a person has, a bowler's figures or a scorer's minutes after it."""
        if possessive:
            i = bisect.bisect_left(self._starts, end + 2)
            return i < self._n and self.words.texts[i] in PERSON_POSSESSIONS
        if self.text[end + 1 : end + 2].isdigit() and (
            _BOWLING.match(self.text, end) or start in scorer_starts(self.text)
        ):
            return True  # "Doull 8-1-29-1", "( Shearer 45 )"
        # (The words before, read from the text: a space must end them.)
        before = self.text[max(0, start - 24) : start]
        if not before or before[-1] not in " \t\u00a0":
            return False
        words = before.split()[-2:]
        if not words:
            return False
        word = words[-1]
        if word in KIN_NOUNS or word in CHARACTER_CUES or word.endswith("-year-old"):
            return True
        if word in SCORECARD_MARKS:
            return True  # "c Campbell b Streak 13"
        if word[-1] == "s" and word[:-1] in PERSON_NOUNS and word[:-1] not in SHARED_ROLE_NOUNS:
            return True  # "the Shawnee leaders Tecumseh and Tenskwatawa"
        return " ".join(words) in CHARACTER_PHRASES

    def is_speaker(self, end: int) -> bool:
        """ "Melanie said": a name that speaks is a person's."""
        return self.next_word(end) in SPEECH_VERBS

    def is_place(self, start: int, end: int) -> bool:
        """Locative, the goal of a visit ("visited London", "via Paris"), a part of the place
        ("east London", "South London"), or a modifier of a noun ("a London home")."""
        before = self._word_before(start)
        if before in VISIT_WORDS or before in LOCATIVE_PREPOSITIONS or before in COMPASS_WORDS:
            return True
        if before in NOUN_DETERMINERS or (before is None and self._after_possessive(start)):
            i = bisect.bisect_left(self._starts, end)
            return i < self._n and self.words.lower[i] and self._joined(i - 1, i)
        return False

    def _after_possessive(self, start: int) -> bool:
        """ "Palace's London home": the word before ``start`` ends with a possessive."""
        i = bisect.bisect_left(self._starts, start)
        return i > 0 and self.words.possessive[i - 1] and self._joined(i - 1, i)

    def group_cue(self, start: int, end: int) -> bool:
        """ "Wagner mercenary group", "the militant group Hamas", "M23 rebels"."""
        if not self._cues:
            return False
        if self.previous_word(start) in GROUP_CUES:
            return True
        w = self.words
        i = bisect.bisect_left(self._starts, end)
        for k in range(i, min(i + 3, self._n)):
            if k == i:
                if not _SPACES.fullmatch(self.text[end : w.starts[k]] or " "):
                    return False
            elif not self._joined(k - 1, k):
                return False
            if not w.lower[k]:
                return False
            if w.texts[k] in GROUP_CUES:
                return True
        return False

    def role_before(self, start: int) -> tuple[str | None, int]:
        """A lowercase role noun right before a name: "Mali's leader Assimi Goita".

        Returns the role and its strength: 3 when anchored by a determiner or a capitalised
        word ("the Kremlin spokesman"), 1 for the bare noun ("said spokesman X").
        """
        i = bisect.bisect_left(self._starts, start)
        if i == 0 or i >= self._n or self._starts[i] != start:
            return None, 0
        w = self.words
        noun = i - 1
        if not (
            w.lower[noun] and w.texts[noun] in ROLE_NOUNS and self._joined(noun, i, comma=True)
        ):
            return None, 0
        first, anchored = noun, False
        for k in range(i - 2, max(i - 7, -1), -1):
            if not self._joined(k, k + 1) or w.initial[k + 1]:
                break
            word = w.texts[k].lower()
            if word in _DETERMINERS:
                first, anchored = k, True
                break
            if not w.lower[k]:
                first, anchored = k, True
                if w.possessive[k] or w.initial[k]:
                    break
                continue
            if word in _FUNCTION_WORDS:
                break
            first = k
        if not anchored:
            first = noun
        role = self.text[w.starts[first] : w.ends[noun]]
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
