"""Where the connectors of a run of segments ("and", "of", "for", "on") split it into names
and where they join one name: "France and Germany" are two, "Securities and Exchange
Commission" one; "Jane O'Brien of Human Rights Watch" two, "Bank of England" one."""

from __future__ import annotations

from ..text.english import is_english
from .given_names import GIVEN_NAMES
from .lexicon import ORG_HEADS, ORG_LEADS, PLACE_HEADS, THING_HEADS
from .names import EVENT_LEADS, looks_like_person
from .phrases import Segment
from .runs import ORG_CONNECTORS

_ORG_WORDS = ORG_LEADS | ORG_HEADS
_PLACE_KINDS = frozenset({"country", "capital", "region"})
_PLAIN = frozenset({"word", "modifier"})
_NO_WORDS: frozenset[str] = frozenset()


def split_parts(segs: list[Segment]) -> list[list[Segment]]:
    """The parts of a run of segments that name one actor each, without the connectors that
    open or end them."""
    parts: list[list[Segment]] = [[]]
    plain = _plain_prefix(segs)
    for i, seg in enumerate(segs):  # "France and Germany": "and" separates names...
        if (
            seg.kind == "connector"
            and seg.tokens[0].text == "and"
            and not _and_joins(segs, i, plain=plain)
        ):
            parts.append([])
        else:
            parts[-1].append(seg)
    out = []
    for part in [p for whole in parts for p in _split_of(whole)]:
        while part and part[0].kind == "connector":
            part = part[1:]
        while part and part[-1].kind == "connector":
            part = part[:-1]
        if part:
            out.append(part)
    return out


def _plain_prefix(segs: list[Segment]) -> int:
    """How many leading segments are plain words (unknown or modifiers), none an organisation
    word: what ``_and_joins`` asks of the words before an "and", found once per run (asking
    at every "and" is quadratic in a long run)."""
    for k, s in enumerate(segs):
        if s.kind not in ("word", "modifier") or any(t.text in ORG_HEADS for t in s.tokens):
            return k
    return len(segs)


def _and_joins(segs: list[Segment], i: int, *, plain: int) -> bool:
    """... except inside "Securities and Exchange Commission" or "Trade and Industry Ministry":
    plain words before it (the first ``plain`` segments are) and an organisation word ending
    the run after it."""
    if i + 1 >= len(segs) or segs[i + 1].kind == "connector":
        return False
    if _org_purpose_before(segs, i):
        return True
    if segs[-1].tokens[-1].text not in ORG_HEADS:
        return False
    # Two places joined, then more words, name a body of both: "England and Wales Cricket
    # Board" ("England and Wales" alone stay two).
    return i <= plain or (
        i == 1 and len(segs) > 3 and segs[0].kind in _PLACE_KINDS and segs[2].kind in _PLACE_KINDS
    )


def _org_purpose_before(segs: list[Segment], i: int) -> bool:
    """ "Organisation for Economic Cooperation and Development", "Commission on Security and
    Cooperation": after a body's "for" or "on" (its purpose), an "and" between plain words
    joins the purpose's fields."""
    # (One field after the "and", ending the name: "Centre for Policy Studies and Oxford
    # University" are two bodies.)
    if i + 2 != len(segs) or segs[i + 1].kind not in _PLAIN or _is_org_word(segs[i + 1]):
        return False
    for j in range(i - 1, 0, -1):
        seg = segs[j]
        if seg.kind == "connector":
            return seg.tokens[0].text in ORG_CONNECTORS and _is_org_word(segs[j - 1])
        if seg.kind not in _PLAIN:
            return False
    return False


def _split_of(segs: list[Segment]) -> list[list[Segment]]:
    """ "Jane O'Brien of Human Rights Watch" is a person and an organisation, while
    "Bank of England", "Secretary of State" and "Gulf of Thailand" stay whole."""
    for i, seg in enumerate(segs):
        if seg.kind != "connector" or seg.tokens[0].text not in ("of", "on", "for") or i == 0:
            continue
        before = segs[i - 1]
        if (before.kind in ("title", "modifier", "org") or _is_org_word(before)) and not (
            seg.tokens[0].text == "of" and _person_after(segs[i + 1 :])
        ):
            return [segs]
        if i == 1 and before.tokens[0].text in EVENT_LEADS:
            return [segs]  # "Tour of Britain"
        if i == 1 and seg.tokens[0].text == "of" and before.tokens[0].text in PLACE_HEADS:
            return [segs]  # "Gulf of Thailand", "Isle of Man": a place of a kind
        if seg.tokens[0].text == "of" and _body_of_words(segs[:i], segs[i + 1 :]):
            # "Confederation of British Industry": one body's name, whatever its words are;
            # "Freedom of Information Act" one thing's
            tokens = tuple(t for s in segs for t in s.tokens)
            return [[Segment("word" if tokens[-1].text in THING_HEADS else "org", tokens)]]
        return [segs[:i], segs[i + 1 :]]
    return [segs]


def _body_of_words(before: list[Segment], after: list[Segment]) -> bool:
    """ "Confederation of British Industry", "Liberation Tigers of Tamil Eelam": words of
    English before "of" name no person, and two words or more after it, with no article ("Tomb
    of the Unknown Soldier" is a thing's), no given name opening them and no one place (as in
    "Impala Platinum of South Africa") are the rest of the body's name. (Not one word opening
    a sentence: "Supporters of ..." is a common noun's capital.)"""
    words = [t for seg in before for t in seg.tokens]
    if any(seg.kind not in _PLAIN for seg in before) or (len(words) == 1 and words[0].initial):
        return False
    if not all(is_english(t.text.lower()) for t in words):
        return False
    if sum(len(seg.tokens) for seg in after) < 2 or any(seg.kind == "connector" for seg in after):
        return False
    return not (len(after) == 1 and after[0].kind in _PLACE_KINDS) and not (
        after[0].tokens[0].text in GIVEN_NAMES or _person_after(after)
    )


def _person_after(segs: list[Segment]) -> bool:
    """ "the National Alliance of Gianfranco Fini": a person's full name after a body's "of"
    is its leader, not part of its name; as "Bank of England" is not, no word of it is a
    word of English ("University of Notre Dame" stays whole)."""
    if any(seg.kind != "word" for seg in segs):
        return False
    words = tuple(t.text for seg in segs for t in seg.tokens)
    return (
        len(words) >= 2
        and looks_like_person(words, _NO_WORDS)
        and not any(is_english(w.lower()) for w in words)
    )


def _is_org_word(seg: Segment) -> bool:
    return len(seg.tokens) == 1 and seg.tokens[0].text in _ORG_WORDS
