"""Descriptions read off a sentence's tokens: a title before a name, an apposition after or
before it, a role after "is", and whose they are ("Activision's", "of Siemens").

Pure readers of tokens (no article state): appositions.py binds what they read to names.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..actors.lexicon import PERSON_NOUNS
from .features import Tok, content_stems
from .roles import possessive
from .values import TITLE_WORDS

MAX_WORDS = 8  # tokens of a description, up to the comma that closes it
DETERMINERS = frozenset({"a", "an", "the"})
# What opens a description in apposition before a name: an article or a possessive pronoun.
OPENERS = DETERMINERS | {"its", "his", "her", "their"}
MAX_TITLE = 4  # lower-case words of a title before a name ("deputy finance minister")
TITLE_NOUNS = TITLE_WORDS | PERSON_NOUNS
_NONE: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def comma_between(text: str, left: Tok, right: Tok) -> bool:
    """Whether a comma stands between the two tokens."""
    return "," in text[left.end : right.start]


def spaced(text: str, toks: Sequence[Tok], k: int) -> bool:
    """Whether only spaces stand between token ``k`` and the one before it."""
    return text[toks[k - 1].end : toks[k].start].isspace()


def possessive_at(toks: list[Tok] | tuple[Tok, ...], text: str, k: int) -> bool:
    """Whether the word at ``k`` is a possessor ("Activision's", "the ministry's")."""
    return k + 1 < len(toks) and possessive(text, toks[k], toks[k + 1])


def owner_at(toks: list[Tok] | tuple[Tok, ...], text: str, k: int, end: int) -> frozenset[str]:
    """The stems of the possessor opening the description toks[k:end] ("Activision's chief
    executive"), if one does."""
    return frozenset({toks[k].stem}) if k < end and possessive_at(toks, text, k) else frozenset()


def description_end(
    toks: list[Tok] | tuple[Tok, ...], text: str, k: int, owned: bool = False
) -> int:
    """Where a description opening at ``k`` ends: at a comma or the sentence's end, within
    MAX_WORDS tokens (-1 if it runs on); ``owned``, or past them when its owner's name after
    "of" starts within them ("the general secretary of the Royal College of Nursing")."""
    n = len(toks)
    end = k + 1
    while end < n and not comma_between(text, toks[end - 1], toks[end]):
        end += 1
        if end - k > MAX_WORDS and not (owned and of_owner(toks, k, k + MAX_WORDS)):
            return -1
    return end


def description_at(toks: list[Tok] | tuple[Tok, ...], text: str, k: int) -> frozenset[str]:
    """The content words of a description opening with the determiner at ``k`` and closed by a
    comma (or the sentence's end) within MAX_WORDS tokens; empty if it runs on."""
    end = description_end(toks, text, k)
    return frozenset() if end < 0 else content_stems(toks, k + 1, end)


def role_at(toks: list[Tok] | tuple[Tok, ...], k: int) -> bool:
    """Whether a role with no article opens at ``k`` ("chief executive of Siemens")."""
    return not toks[k].cap and toks[k].norm in TITLE_NOUNS


def of_owner(toks: list[Tok] | tuple[Tok, ...], k: int, end: int) -> frozenset[str]:
    """The stems of the name after "of" in the description toks[k:end] ("chief executive of
    Siemens"): whose it is."""
    for m in range(k, end - 1):
        if toks[m].norm != "of":
            continue
        first = m + 1 + (toks[m + 1].norm == "the" and m + 2 < end)  # ("of the Royal College")
        if toks[first].cap:
            return content_stems(toks, first, end)
    return frozenset()


def description_before(
    toks: list[Tok] | tuple[Tok, ...], text: str, i: int, j: int
) -> tuple[frozenset[str], frozenset[str]]:
    """The content words and the owner of a description the name at [i, j) stands in
    apposition to, before it: "The Czech foreign minister, Jan Kavan, said", "Activision's
    chief executive, Bobby Kotick, will", "Its general secretary, Nicola Ranger, said" (empty
    if there is none)."""
    if i < 2 or not comma_between(text, toks[i - 1], toks[i]):
        return _NONE
    if j < len(toks) and not comma_between(text, toks[j - 1], toks[j]) and toks[j].norm != "who":
        return _NONE  # ("..., Jan Kavan said": a list or a clause, not an apposition)
    for a in range(i - 2, max(-1, i - 2 - MAX_WORDS), -1):
        if a + 1 < i and comma_between(text, toks[a], toks[a + 1]):
            return _NONE
        if toks[a].norm in OPENERS or possessive_at(toks, text, a):
            if a > 0 and not comma_between(text, toks[a - 1], toks[a]):
                return _NONE
            first = a + 1 if toks[a].norm in OPENERS else a
            return content_stems(toks, first, i), owner_at(toks, text, first, i)
    return _NONE


def titled(
    toks: list[Tok] | tuple[Tok, ...], text: str, i: int, j: int
) -> tuple[int, frozenset[str]]:
    """Where the person's name in the name run [i, j) starts, and the title before it: its
    own title words ("Russian President Vladimir Putin") or the lower-case ones before it
    ("foreign minister Bronislaw Geremek"); (i, empty) without a title."""
    for last in range(j - 2, i - 1, -1):
        if toks[last].norm in TITLE_WORDS:
            # (the title's own words only: not a dateline run into it, "WASHINGTON (Reuters) -")
            a = last
            while a > i and spaced(text, toks, a):
                a -= 1
            return last + 1, content_stems(toks, a, last + 1)
    k = i  # (where the title ends: before an honorific alone, "Lead author Dr Gabriela Ortiz")
    if i > 0 and toks[i - 1].cap and toks[i - 1].norm in TITLE_WORDS:
        # (a title the name run left out, as it opens the sentence: "President Tusk must")
        a = i - 1
        while a > 0 and i - a < MAX_TITLE and toks[a - 1].cap and spaced(text, toks, a):
            a -= 1
        if (title := content_stems(toks, a, i)) or a < i - 1:
            return i, title
        k = i - 1
    if k == 0 or toks[k - 1].cap or toks[k - 1].norm not in TITLE_NOUNS:
        return i, frozenset()
    a = k - 1
    while a > 0 and k - a < MAX_TITLE and toks[a - 1].content and not toks[a - 1].cap:
        if comma_between(text, toks[a - 1], toks[a]):
            break
        a -= 1
    # A capitalised word right before is the title's owner: "French finance minister", "Tottenham
    # boss", "Italy's economy minister" (whose minister, whose boss).
    if (
        a > 0
        and toks[a - 1].cap
        and toks[a - 1].content
        and (text[toks[a - 1].end : toks[a].start] == " " or possessive(text, toks[a - 1], toks[a]))
    ):
        a -= 1
    title = content_stems(toks, a, k)
    # A noun saying what someone is, right before the name, is a title too ("union official
    # Birgit Steinborn"); alone ("striker Diego Costa") it may be true of many of the story.
    if toks[k - 1].norm not in TITLE_WORDS and len(title) < 2:
        return i, frozenset()
    return i, title
