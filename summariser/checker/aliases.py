"""Other forms of the article's names: acronyms ("ISIS" for the article's "Islamic State", "SNP"
for "Scottish National Party") and full names where the article's sentence has the surname.

An acronym the article never writes is not a name it lacks when its letters are the initials of
a name the article does write: a summary abbreviates what the article spells out. The initials
are those of the name's content words ("of", "and", "the" are skipped, as acronyms skip them).
A name may also be the acronym's shorter form: "Islamic State" is what "ISIS" ("Islamic State of
Iraq and Syria") is called for short, so the name's initials may be the acronym's first letters,
with at most MAX_UNSPELT letters left over.

A numbered name keeps its number whole in its acronym: "WWII" and "WW2" are "World War II",
"World War 2", "World War Two" or "the Second World War", and "WWI" is none of them (read
letter by letter, "WWI" would be the initials of "World War II", another war).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from ..actors.gazetteer import COUNTRIES
from .features import Tok, stem
from .lexicon import NUMBER_WORDS, ORDINAL_WORDS, TITLE_ABBREVIATIONS
from .prepare import PreparedArticle

logger = logging.getLogger(__name__)

MIN_LETTERS = 2
MAX_LETTERS = 6
MAX_UNSPELT = 2  # letters of the acronym beyond the name's initials
MIN_SHORT = 3  # letters of a short given name ("Al" could shorten too many)


# A title written by its initials (its stem) -> the stems of the words it abbreviates.
SPELT_TITLES = {stem(k): frozenset(map(stem, words)) for k, words in TITLE_ABBREVIATIONS.items()}


def spelt_out(stems: frozenset[str]) -> frozenset[str]:
    """``stems`` with each title written by its initials spelt out ("ceo" -> chief executive)."""
    if SPELT_TITLES.keys().isdisjoint(stems):
        return stems
    return frozenset().union(*(SPELT_TITLES.get(x, {x}) for x in stems))


def is_acronym(word: str) -> bool:
    """A word written in capitals only, as acronyms are ("ISIS", "NHS"; not "I" or "Isis"),
    perhaps with a number after them ("WW2")."""
    letters = word.rstrip("0123456789")
    return (
        len(letters) >= MIN_LETTERS
        and len(word) <= MAX_LETTERS
        and len(word) - len(letters) <= 2
        and letters.isalpha()
        and letters.isupper()
    )


# An acronym's letters and the Roman or Arabic number that closes it ("ww" and "ii" of "wwii").
_NUMBERED = re.compile(r"([a-z]+?)([0-9]{1,2}|i{1,3}|iv|vi{0,3}|ix|x)")
_ROMAN = {
    r: k
    for k, r in enumerate(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"], start=1)
}
_ORDINALS = {"first": 1.0, **ORDINAL_WORDS}


def _number(word: str) -> float | None:
    """The value of a number written as a name writes it: "II", "2", "Two"."""
    if word.isdigit():
        return float(word)
    roman = _ROMAN.get(word)
    return float(roman) if roman is not None else NUMBER_WORDS.get(word)


def _abbreviates(letters: str, initials: str) -> bool:
    """Whether the ``letters`` are the ``initials``, or begin with them and spell at most
    MAX_UNSPELT more (see the module docstring)."""
    return initials == letters or (
        letters.startswith(initials) and len(letters) - len(initials) <= MAX_UNSPELT
    )


def name_words(toks: Sequence[Tok]) -> list[str]:
    """The words of a name that its acronym may spell: its content words, and a closing "I"
    ("World War I", "Elizabeth I": no pronoun follows a name's word without a break)."""
    return [
        t.norm
        for k, t in enumerate(toks)
        if t.content or (t.norm == "i" and k > 0 and toks[k - 1].cap and toks[k - 1].content)
    ]


def numbered(acronym: str, words: Sequence[str]) -> bool | None:
    """Whether ``acronym`` (lower case) abbreviates a numbered name (its content words
    ``words``, lower case): its letters the initials of the name's other words, then the same
    number ("wwii" and "world war ii", "world war 2", "second world war"). None when the name
    has no number, or opens with an ordinal that the acronym does not end with ("fm" for "first
    minister"): then the letters alone decide."""
    if len(words) < 2:
        return None
    tail = _NUMBERED.fullmatch(acronym)
    closing = _number(words[-1])
    if closing is not None:
        number, rest = closing, words[:-1]
    elif words[0] in _ORDINALS:
        number, rest = _ORDINALS[words[0]], words[1:]
    else:
        return False if acronym[-1].isdigit() else None  # ("ww2": a number the name lacks)
    initials = "".join(w[0] for w in rest)
    spelt = tail is not None and tail.group(1) == initials
    if spelt and tail is not None and _number(tail.group(2)) == number:
        return True
    return False if closing is not None or spelt else None


def expansion(word: str, art: PreparedArticle) -> frozenset[str] | None:
    """The content stems of the article's name that the acronym ``word`` abbreviates (the
    first such name in the article), or None."""
    if not is_acronym(word):
        return None
    letters = word.lower()
    text = art.text
    # A name it abbreviates opens with a capitalised word of its first letter, and another of
    # its second follows (words of letters between): sentences without them are not read.
    opening = re.compile(rf"\b{word[0]}\w*(?:\W+[^\W\d_]+)*?\W+{word[1]}")
    for sent in art.sentences:
        if opening.search(text, sent.start, sent.end) is None:
            continue
        toks = sent.toks
        k = 0
        while k < len(toks):
            if not (toks[k].cap and toks[k].content):
                k += 1
                continue
            # A run of capitalised words, with the function words a name may hold inside it.
            run = [toks[k]]
            j = k + 1
            while (
                j < len(toks)
                and (toks[j].cap or (not toks[j].content and toks[j].norm.isalpha()))
                and not text[toks[j - 1].end : toks[j].start].strip()
            ):
                run.append(toks[j])
                j += 1
            # (its number: "I" closing the run, or a number after it: "World War 2")
            number = list(toks[j : j + 1]) if j < len(toks) and toks[j].norm.isdigit() else []
            spelt = numbered(letters, name_words(run + number))
            while run and not run[-1].content:
                run.pop()
            words = [t for t in run if t.content and text[t.start : t.end][:1].isupper()]
            if spelt:
                return frozenset(t.stem for t in words + number)
            if spelt is None:
                window = _spelt_by(letters, words)
                if window:
                    return frozenset(t.stem for t in window)
            k = j
    return None


def _spelt_by(letters: str, words: Sequence[Tok]) -> Sequence[Tok]:
    """The words of a run that ``letters`` abbreviate, or none: a stretch whose initials they
    are, or one closing the run that they begin with (see _abbreviates). A run may hold more
    than the name: "Yesterday European Union ministers", "Tory MP Boris Johnson"."""
    for s in range(len(words) - MIN_LETTERS + 1):
        for e in range(len(words), s + MIN_LETTERS - 1, -1):
            initials = "".join(t.norm[0] for t in words[s:e])
            if initials == letters or (e == len(words) and _abbreviates(letters, initials)):
                return words[s:e]
    return ()


def _as_given(word: Tok, given: Tok) -> bool:
    """Whether the article's ``word`` is the claim's given name ``given`` or a longer form of
    it: English short forms of given names keep their opening letters ("Alex" for "Alexander",
    "Chris", "Sam", "Nick"). A claim that lengthens a name ("Alexander" for "Alex") adds detail
    and is not excused."""
    short = given.norm
    return word.norm == short or (
        len(short) >= MIN_SHORT
        and word.cap
        and len(word.norm) > len(short)
        and word.norm.startswith(short)
        and short.isalpha()
    )


def _full_run(name: Sequence[Tok], art: PreparedArticle) -> Tok | None:
    """The article's first word of a run that writes the claim's name (its given name perhaps
    in full), or None."""
    norms = [t.norm for t in name]
    width = len(norms)
    for sid in art.index.get(name[-1].stem, ()):
        toks = art.sentences[sid].toks
        for k in range(len(toks) - width + 1):
            if _as_given(toks[k], name[0]) and all(
                toks[k + m].norm == norms[m] for m in range(1, width)
            ):
                return toks[k]
    return None


def given_in_full(first: Tok, surname: Tok, art: PreparedArticle) -> frozenset[str]:
    """The stem of the article's given name that the claim's ``first`` shortens before the
    same ``surname`` ("Alex Soumbadze" for "Alexander Soumbadze"); empty when it has none."""
    found = _full_run((first, surname), art)
    return frozenset() if found is None else frozenset({found.stem})


def written_in_full(name: Sequence[Tok], art: PreparedArticle) -> bool:
    """Whether the article writes the claim's name of two or more words as one run, as news
    names a person in full once and by surname after ("Peter Szijjarto" ... "Szijjarto said"):
    then a sentence with the name's last word speaks of the same one."""
    if sum(t.content for t in name) < 2:
        return False
    return _full_run(name, art) is not None


def _country_forms() -> dict[str, frozenset[str]]:
    """Each one-word name or demonym of a country (lower case) -> the stems of all of them:
    "British" and "Britain" and "UK" are one country."""
    forms: dict[str, set[str]] = {}
    for country in COUNTRIES:
        words = [w.lower() for w in (*country.names, *country.demonyms) if " " not in w]
        words = [w.replace(".", "") for w in words]
        for w in words:
            forms.setdefault(w, set()).update(stem(x) for x in words)
    return {w: frozenset(s) for w, s in forms.items()}


COUNTRY_FORMS = _country_forms()
# The stem of each form of a country -> one stem for the country ("french" and "franc" -> one).
COUNTRY_KEYS = {x: min(stems) for stems in COUNTRY_FORMS.values() for x in stems}


def as_countries(stems: frozenset[str]) -> frozenset[str]:
    """``stems`` with each country's name or demonym as one stem for the country: "French
    finance minister" and "France's finance minister" are one title."""
    return frozenset(COUNTRY_KEYS.get(x, x) for x in stems)


def country_forms(t: Tok, art: PreparedArticle) -> frozenset[str]:
    """The stems under which the article names the country of the claim's word ``t`` (a
    country or its demonym) in another form: "Britain" for "British"; empty if none."""
    found = COUNTRY_FORMS.get(t.norm)
    return frozenset(s for s in found if s in art.stems) if found else frozenset()
