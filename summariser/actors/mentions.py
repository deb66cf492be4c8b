"""The mentions of an article's capitalised runs: the common runs on fast paths that yield
what the general path (``segment``) would, the others by the general path."""

from __future__ import annotations

import functools
import re

from ..text.english import is_english
from .cues import DEMONYM_NOUNS
from .datelines import dateline_places
from .given_names import GIVEN_NAMES
from .lexicon import (
    NON_ACTOR_ACRONYMS,
    NON_ACTOR_WORDS,
    NOUN_DETERMINERS,
    OPENERS,
    ORG_HEADS,
    PLACE_LEADS,
    SURNAME_PARTICLES,
    TITLE_MODIFIERS,
    TITLES,
)
from .names import org_headed
from .phrases import CAPITAL_KEYS, COUNTRY_KEYS, PHRASE_STARTS, PHRASES, Segment, norm
from .runs import capitalised_runs
from .segment import PARTY_TAG, RawMention, part_mentions, run_mentions
from .tokens import Words

# One word that names no actor: a party tag, a plural acronym ("NGOs") or a listed word.
_NON_NAME_SHAPE = re.compile(r"[DRI]-[A-Z]|[A-Z]{2,}s$")
_NON_NAMES = TITLE_MODIFIERS | NON_ACTOR_WORDS | NON_ACTOR_ACRONYMS


def _is_common_opener(word: str, lowercase: frozenset[str], text: str) -> bool:
    """A sentence-initial capitalised word that is an ordinary word of this text."""
    if word in OPENERS:
        return True
    if norm(word) in PHRASES:
        return False
    if word.lower() in lowercase:
        return True
    # "Second-placed", "Title-chasing": a compound of words of English, its last part in lower
    # case, is an adjective ("Heung-min" is no compound of English words).
    head, hyphen, tail = word.rpartition("-")
    if (
        hyphen
        and tail.islower()
        and is_english(tail)
        and all(map(is_english, head.lower().split("-")))
    ):
        return True
    # "Following", "Speaking": an opening participle; but not a surname the article also
    # writes inside a sentence ("Marlow Tenzing won. Tenzing said", "Peyton Manning").
    return word.endswith("ing") and len(word) >= 6 and not _named_within(text, word)


def _particle_opens(text: str, words: Words, first: int, last: int) -> bool:
    """ "Van de Velde dropped two shots": a surname's particle, capitalised as it opens the
    sentence, where the text writes the same surname inside a full name in lower case ("Jean
    van de Velde"); it is no common word then, as "Van" is elsewhere."""
    if words.texts[first].lower() not in SURNAME_PARTICLES:
        return False
    k = first + 1
    while k < last and words.lower[k]:
        k += 1
    surname = text[words.starts[first] : words.ends[k]]
    return f" {surname[0].lower()}{surname[1:]}" in text


def _describes(word: str, given: str) -> bool:
    """Whether ``word``, opening a sentence before a given name and a surname, is a word of
    English that describes the person ("Author", "Administrator", "Schoolboy"), not a given
    name of its own ("Mark Anthony Brown") nor a title, which the name's segments read
    ("Judge Michael Kay")."""
    return (
        given in GIVEN_NAMES
        and word not in GIVEN_NAMES
        and word not in TITLES
        and word[1:].islower()
        and is_english(word.lower().replace("-", ""))
    )


def _named_within(text: str, word: str) -> bool:
    """Whether ``word`` also stands capitalised after a word or a comma, not opening a
    sentence."""
    i = text.find(word)
    while i != -1:
        end = i + len(word)
        gap = text[max(0, i - 16) : i]
        before = gap.rstrip(" \t\u00a0")
        if (
            len(before) < len(gap)
            and before
            and (before[-1].isalnum() or before[-1] == ",")
            and not text[end : end + 1].isalnum()
        ):
            return True
        i = text.find(word, end)
    return False


def find_mentions(text: str, words: Words) -> list[RawMention]:
    """Every mention in the capitalised runs of ``text`` (tokenised as ``words``), in order.

    Most runs are one word, or plain unknown words ("Hillary Clinton"): those take fast paths
    here; the others the general one (``run_mentions``)."""
    texts, initial, lower, lowercase = words.texts, words.initial, words.lower, words.lowercase
    mentions: list[RawMention] = []
    places = dateline_places(text)
    runs = capitalised_runs(text, words)
    if places:
        mentions.extend(_place(text, start, end) for start, end in places)
        runs = _outside(runs, places, words.starts)
    for first, last in _origins(text, words, runs, mentions):
        # ("New York grain freight": a word that opens place names keeps its run.)
        if (
            initial[first]
            and _is_common_opener(texts[first], lowercase, text)
            and not (first < last and texts[first] in PLACE_LEADS)
            and not (first < last and _particle_opens(text, words, first, last))
        ):
            first += 1
        while first <= last and lower[first]:
            first += 1
        if first <= last and text.startswith("$", words.ends[last]):
            last -= 1  # "C$ 4.10", "US$ 2": a currency's letters, no name
        if first < last and texts[first] in DEMONYM_NOUNS:
            first += 1  # "Briton Tim Henman": the nationality is no part of the name
        elif initial[first] and first + 1 < last and _describes(texts[first], texts[first + 1]):
            first += 1  # "Author Florian Huber said": the noun opening the sentence describes
        if first == last:
            mentions.extend(_word_mentions(text, words, first))
        elif first < last:
            if any(lower[first : last + 1]) or not PHRASE_STARTS.isdisjoint(
                [w.replace("’", "'") for w in texts[first : last + 1]]
            ):
                mentions.extend(run_mentions(text, words.tokens(first, last)))
            else:
                mentions.extend(_plain_mentions(text, words, first, last))
    return mentions


# "Chicago-based", "Windsor-born": a place glued to the word that says what comes from it.
_ORIGIN = re.compile(r"-(?:based|born|bred|raised|headquartered)$")
_ORIGIN_ANYWHERE = re.compile(r"-(?:based|born|bred|raised|headquartered)\b")


def _origins(
    text: str, words: Words, runs: list[tuple[int, int]], mentions: list[RawMention]
) -> list[tuple[int, int]]:
    """The ``runs`` less their words of origin ("the Chicago-based Orvex"), whose places are
    added to ``mentions``: the place is no part of the name after it."""
    if _ORIGIN_ANYWHERE.search(text) is None:
        return runs  # (most texts)
    texts = words.texts
    kept: list[tuple[int, int]] = []
    for first, last in runs:
        if text.find("-", words.starts[first], words.ends[last]) == -1:
            kept.append((first, last))  # (most runs: no hyphen, no word of origin)
            continue
        for k in range(first, last + 1):
            match = _ORIGIN.search(texts[k]) if "-" in texts[k] else None
            if match is None:
                continue
            # The place is the capitalised words glued before ("New York-based"); the words
            # before them keep their run ("Ninoska Perez of the Miami-based ...").
            j = k
            while j > first and j > k - 3 and words.capital[j - 1] and not words.lower[j - 1]:
                j -= 1
            if first < j:
                kept.append((first, j - 1))
            start, end = words.starts[j], words.ends[k] - len(match.group())
            place = norm(text[start:end])
            kind = PHRASES.get(place)
            if kind == "country":
                mentions.append(_place(text, start, end, kind="country", key=COUNTRY_KEYS[place]))
            elif (kind is None and place.lower() not in words.lowercase) or kind in (
                "capital",
                "region",
            ):  # (not "German-born", nor a shouted word of the text: "Us-based")
                mentions.append(_place(text, start, end))
            first = k + 1
        if first <= last:
            kept.append((first, last))
    return kept


def _place(
    text: str, start: int, end: int, *, kind: str = "place", key: str | None = None
) -> RawMention:
    """The place of a dateline, as a mention of kind "place"."""
    surface = text[start:end]
    fields = (
        start, end, surface, kind, key or surface, tuple(surface.split()), True, False, start, end,
        False, None, 0, None, False, False,
    )  # fmt: skip
    return tuple.__new__(RawMention, fields)


def _outside(
    runs: list[tuple[int, int]], spans: list[tuple[int, int]], starts: list[int]
) -> list[tuple[int, int]]:
    """The ``runs`` that start in none of the (sorted, disjoint) ``spans``: one pass over
    both, as a long wire file holds many datelines."""
    kept = []
    k = 0
    for run in runs:
        at = starts[run[0]]
        while k < len(spans) and spans[k][1] <= at:
            k += 1
        if k < len(spans) and spans[k][0] <= at:
            continue
        kept.append(run)
    return kept


def _word_mentions(text: str, words: Words, k: int) -> list[RawMention]:
    """The mentions of a run of one capitalised word ``k`` (most runs): what ``segments``
    and ``part_mentions`` yield for it, without their bookkeeping (nor a ``Token``)."""
    word = words.texts[k]  # (a token's text is always ``text[start:end]``)
    found = _word_kind(word)
    if found is None:
        if not _title_surname(text, words, k):
            return []
        found = ("name", word)
    kind, key = found
    if kind == "modifier":  # rare: left to the general path
        return part_mentions(text, [Segment(kind, (words.token(k),))])
    start, end = words.starts[k], words.ends[k]
    fields = (
        start, end, word, kind, key, (word,), words.initial[k], words.headline[k], start, end,
        words.possessive[k], None, 0, None, False, False,
    )  # fmt: skip
    return [tuple.__new__(RawMention, fields)]


# Shared by all texts: the same capitalised words (names, countries, sentence openers) recur
# across a batch's articles; bounded, as a long batch names ever new people.
@functools.lru_cache(maxsize=8192)
def _word_kind(word: str) -> tuple[str, str] | None:
    """The kind and key of the mention one capitalised word makes alone, or None when it
    makes none. One word is one known phrase or one unknown "word" (it is not lowercase, so
    no connector); a title, an honorific, a demonym or a non-actor word alone is no
    mention. (Kind "modifier" is left to the general path.)"""
    normed = word.replace("’", "'")
    kind = PHRASES.get(normed, "word")
    if kind == "word":
        if word in _NON_NAMES or _NON_NAME_SHAPE.match(word):
            return None
        return "name", word
    if kind == "country":
        return kind, COUNTRY_KEYS.get(normed, word)
    if kind == "capital":
        return kind, CAPITAL_KEYS.get(normed, word)
    if kind in ("modifier", "org", "group", "region"):
        return kind, word
    return None


def _title_surname(text: str, words: Words, k: int) -> bool:
    """ "King said", "Bishop 26-3-98-1": a title's word alone, with no name after it and no
    determiner before it ("the King"), is a surname where the text names someone by it after
    a given name ("Don King") or figures follow it (a scorecard's or a result's row)."""
    word = words.texts[k]
    if PHRASES.get(word) != "title" or (k and words.texts[k - 1].lower() in NOUN_DETERMINERS):
        return False
    after = text[words.ends[k] : words.ends[k] + 2]
    if after[:1] == " " and after[1:].isdigit():
        return True
    given = re.findall(rf"\b([A-Z][a-z]+) {re.escape(word)}(?!\w)", text)
    return any(g in GIVEN_NAMES for g in given)


def _plain_mentions(text: str, words: Words, first: int, last: int) -> list[RawMention]:
    """The mentions of a run of two or more words, none lowercase and none opening a known
    phrase ("Hillary Clinton"): what the general path yields for it, as no connector splits
    it and no title prefixes it. An organisation when its last word is an organisation word
    ("Wagner Group"), else one name unless the words name no actor."""
    texts = tuple(words.texts[first : last + 1])
    if texts[-1] in ORG_HEADS and org_headed(texts):
        kind = "org"
    elif PARTY_TAG.match(texts[0]) or all(
        w in TITLE_MODIFIERS or w in NON_ACTOR_WORDS for w in texts
    ):
        return []
    else:
        kind = "name"
    start, end = words.starts[first], words.ends[last]
    surface = text[start:end]
    fields = (
        start, end, surface, kind, surface, texts, words.initial[first], words.headline[first],
        start, end, words.possessive[last], None, 0, None, False, False,
    )  # fmt: skip
    return [tuple.__new__(RawMention, fields)]
