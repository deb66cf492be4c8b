"""Descriptions bound to a name by apposition or a title, anywhere in the article.

"Caridad Gonzalez, the oldest sister, was the first to come" makes "the oldest sister"
Caridad's: an apposition names whom its description is of, and so does a title before a name
("Russian President Vladimir Putin", "foreign minister Bronislaw Geremek"), as does a noun of
what someone is, before the name or after a comma with no article ("union official Birgit
Steinborn", "John Flannery, chief executive of GE,"). A claim that gives
the same description to another name of the article - "Juan Miguel is the oldest sister", its
own apposition "Juan Miguel, the oldest sister, ...", or "Russian President Goita" -
contradicts it, unless the article also gives it to the claim's name ("two ministers"), or
either name is a country or a capital, which news may write for a government. An apposition
after a person's "of" phrase ("Dr Mark Ellison of the Natural History Museum, a co-author,")
may be the person's as well as the body's: it closes the phrase the person heads.

The claim's description must be one the article gives in full (every content word of it, two
at least, or all of the article's): "X is the president" says less than "Y, the president of
France," and may be true of X too.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from ..actors.lexicon import TITLE_MODIFIERS
from ..report import FlagCode
from .aliases import COUNTRY_KEYS, as_countries, spelt_out
from .descriptions import (
    DETERMINERS,
    MAX_TITLE,
    TITLE_NOUNS,
    comma_between,
    description_at,
    description_before,
    description_end,
    of_owner,
    owner_at,
    possessive_at,
    role_at,
    titled,
)
from .features import Tok, content_stems, name_spans, stem
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import WHERE_FROM
from .prepare import PreparedArticle
from .roles import claim_names, is_metonym
from .support import Support

logger = logging.getLogger(__name__)

_COPULAS = frozenset({"is", "was", "are", "were"})
_HEADS = frozenset(map(stem, TITLE_NOUNS))
_TITLE_STEMS = _HEADS | frozenset(
    stem(w.lower()) for w in TITLE_MODIFIERS
)  # (stems, as descriptions hold them)
# The words that say which office of a kind ("finance", "prime", "defence" minister), not when or
# how high it is held.
_OFFICES = frozenset(stem(w.lower()) for w in TITLE_MODIFIERS) - frozenset(
    map(stem, ("former", "ex", "acting", "interim", "senior", "junior", "deputy", "vice", "first"))
)


class Described(NamedTuple):
    """A name of a sentence and the description its apposition or title gives it."""

    words: frozenset[str]  # the name's words (stems)
    text: str
    description: frozenset[str]  # the description's content words (stems), its owner's too
    owner: frozenset[str] = frozenset()  # whose it is: "Activision's chief executive"


def _described(art: PreparedArticle, key: tuple[str, int]) -> list[Described]:
    """The names of a sentence that an apposition describes (the same for every claim: kept on
    the article)."""
    toks = art.sentences[key[1]].toks
    if not toks:
        return []
    out: list[Described] = []
    previous: tuple[int, int] | None = None  # the name before, as "of" or "from" may tie it
    for i, j in name_spans(list(toks), frozenset({toks[0].start})):
        head, previous = _headed_by(toks, previous, i), (i, j)
        a, title = titled(toks, art.text, i, j)
        if title:
            text = art.text[toks[a].start : toks[j - 1].end]
            out.append(Described(content_stems(toks, a, j), text, title))
        owner: frozenset[str] = frozenset()
        if j + 1 < len(toks) and comma_between(art.text, toks[j - 1], toks[j]) and role_at(toks, j):
            end = description_end(
                toks, art.text, j
            )  # ("John Flannery, chief executive of GE, declined")
            description = content_stems(toks, j, end) if end > 0 else frozenset()
        elif (
            j + 1 < len(toks)
            and toks[j].norm in DETERMINERS
            and comma_between(art.text, toks[j - 1], toks[j])
        ):
            description = description_at(toks, art.text, j)
        else:
            description, owner = description_before(toks, art.text, i, j)
            head = None  # (a description before the name is the name's own)
        if description:
            text = art.text[toks[a].start : toks[j - 1].end]
            out.append(Described(content_stems(toks, a, j), text, description, owner))
            if head is not None:
                # "Dr Mark Ellison of the Natural History Museum, a co-author,": the apposition
                # closes the phrase that the person heads, so it may be the person's too.
                h = titled(toks, art.text, *head)[0]
                text = art.text[toks[h].start : toks[head[1] - 1].end]
                out.append(Described(content_stems(toks, h, head[1]), text, description, owner))
    return out


def _headed_by(
    toks: tuple[Tok, ...], previous: tuple[int, int] | None, i: int
) -> tuple[int, int] | None:
    """The name run that the name starting at ``i`` follows as its "of" or "from" phrase ("Mark
    Ellison of the Natural History Museum"), if it does."""
    if previous is None:
        return None
    k = previous[1]
    if k >= i or toks[k].norm not in WHERE_FROM:
        return None
    return previous if i == k + 1 or (i == k + 2 and toks[k + 1].norm == "the") else None


def _claimed(view: ClaimView, i: int, j: int) -> tuple[frozenset[str], int, frozenset[str]]:
    """What the claim says its name at [i, j) is - "X is a former minister", "X, a former
    minister, ...", "X is Activision's chief executive", "X is chief executive of Siemens" -
    where its possessive owner is (-1 if it has none), and its owner after "of"; empty if
    neither."""
    toks = view.toks
    none: tuple[frozenset[str], int, frozenset[str]] = (frozenset(), -1, frozenset())
    k = j
    copula = k < len(toks) and toks[k].norm in _COPULAS
    if copula and not comma_between(view.text, toks[k - 1], toks[k]):
        k += 1
    elif not (k < len(toks) and comma_between(view.text, toks[k - 1], toks[k])):
        return none
    if k + 1 >= len(toks):
        return none
    if toks[k].norm in DETERMINERS:
        end = description_end(toks, view.text, k, owned=True)
        said = content_stems(toks, k + 1, end) if end > 0 else frozenset()
        # Its owner after "of", or a possessive after the article when two words or more follow
        # it ("the study's lead author" is a lead author's; "the museum's director", whose).
        owned = owner_at(toks, view.text, k + 1, end)
        owned = owned if len(said - owned) >= 2 else frozenset()
        return said, -1, of_owner(toks, k, end) | owned
    if possessive_at(toks, view.text, k):
        return description_at(toks, view.text, k - 1) | {toks[k].stem}, k, frozenset()
    # A role one holds needs no article after "is" ("X is chief executive of Siemens").
    end = description_end(toks, view.text, k - 1)
    if copula and end > k and role_at(toks, k):
        return content_stems(toks, k, end), -1, of_owner(toks, k, end)
    return none


def holding(art: PreparedArticle, words: frozenset[str]) -> list[set[int]]:
    """The sentences that hold every one of ``words`` (as a one-set list; none if none)."""
    found: set[int] | None = None
    for w in words:
        where = set(art.index.get(w, ()))
        found = where if found is None else found & where
        if not found:
            return []
    return [found] if found else []


def apposition_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> list[Finding]:
    """Claim names given a description that a supporting sentence gives to another name."""
    if not sup.sids:
        return []
    out: list[Finding] = []
    for i, j in claim_names(view):
        if i in skip:
            continue
        a, title = titled(view.toks, view.text, i, j)
        mine, owner_at, whose = (
            (title, -1, _title_owner(view, art, i, a, title)) if title else _claimed(view, i, j)
        )
        mine = spelt_out(mine - whose)
        words = content_stems(view.toks, a, j)
        if not mine or not words:
            continue
        if owner_at >= 0:
            moved = _owner_moved(view, art, words, mine, owner_at)
            if moved is not None:
                out.append(moved)
                continue
        # The sentences that hold the whole description (a country in any of its forms): the
        # evidence's, and any other.
        plain = frozenset(x for x in mine if x not in COUNTRY_KEYS)
        where = set(sup.sids).union(*holding(art, plain or mine))
        described = [
            (d, sid) for sid in sorted(where) for d in art.derived(("appositions", sid), _described)
        ]
        ours = as_countries(mine)
        found = [
            (d, sid)
            for d, sid in described
            if ours <= (of := as_countries(d.description))
            and (len(mine) >= 2 or (ours == of and not whose))
            and _same_owner(whose, of - ours, d.owner)
        ]
        if not found:
            said = _Said(view, words, mine, described, art)
            moved = (_country_moved(said) if title else None) or _office_moved(said)
            if moved is not None:
                out.append(moved)
            continue
        # (none, or the article gives it to the claim's name too)
        if not found or any(words & d.words for d, _ in found):
            continue
        d, sid = found[0]
        start, end = view.toks[a].start, view.toks[j - 1].end
        text = view.text[start:end]
        if is_metonym(text) or is_metonym(d.text):
            continue
        sentence = art.text[art.sentences[sid].start : art.sentences[sid].end]
        msg = f"The claim puts {text!r} where the article has {d.text!r}: {sentence!r}"
        out.append(Finding(FlagCode.ENTITY_SWAPPED, msg[:400], start, end, P_CONTRADICTION, True))
    return out


def _title_owner(
    view: ClaimView, art: PreparedArticle, i: int, a: int, title: frozenset[str]
) -> frozenset[str]:
    """The stems of the name owning the claim's title ("Siemens CEO Birgit Steinborn"): its
    words the article writes as a name, neither a title's nor a country's."""
    named = {t.stem for t in view.toks[max(0, i - MAX_TITLE - 1) : a] if t.cap and art.is_name(t)}
    return frozenset(
        x for x in title if x in named and x not in _TITLE_STEMS and x not in COUNTRY_KEYS
    )


def _same_owner(whose: frozenset[str], rest: frozenset[str], owner: frozenset[str]) -> bool:
    """Whether the claim's owner ("of Siemens") may be the article's: the article's description
    names none besides the claim's words ("Chief executive Roland Busch"), or names the same."""
    return not whose or whose <= rest | owner or not (rest or owner)


def _owner_moved(
    view: ClaimView, art: PreparedArticle, words: frozenset[str], mine: frozenset[str], k: int
) -> Finding | None:
    """The claim's name given its own description with another owner: "Bobby Kotick is
    Microsoft's chief executive" where the article has "Activision's chief executive, Bobby
    Kotick" (another name of the article as the owner)."""
    owner = view.toks[k]
    rest = mine - {owner.stem}
    if not rest or not art.is_name(owner):
        return None
    for sid in sorted(set().union(*holding(art, rest))):
        for d in art.derived(("appositions", sid), _described):
            if words & d.words and d.owner and owner.stem not in d.owner and rest <= d.description:
                return _moved(view, art, owner, sid, "another owner")
    return None


class _Said(NamedTuple):
    """A claim name's words and the description the claim gives it, with the article's
    descriptions that may be its rivals."""

    view: ClaimView
    words: frozenset[str]
    mine: frozenset[str]
    described: list[tuple[Described, int]]
    art: PreparedArticle


def _country_moved(said: _Said) -> Finding | None:
    """The claim's name given its own title with another country: "Italian finance minister
    Paschal Donohoe" where the article has "Irish finance minister Paschal Donohoe"."""
    view, words, mine, described, art = said
    ours = _countries(mine)
    country = next((t for t in view.toks if t.stem in mine and t.stem in COUNTRY_KEYS), None)
    if not ours or country is None:
        return None
    rest = mine - {country.stem}
    for d, sid in described:
        theirs = _countries(d.description)  # (the article's title has a country, another one)
        if words & d.words and len(rest) >= 2 and rest <= d.description and theirs - ours:
            return _moved(view, art, country, sid, "another country")
    return None


def _office_moved(said: _Said) -> Finding | None:
    """The claim's name given another office of the same kind: "Anna Nowak is a former deputy
    prime minister" where the article has "former deputy finance minister Anna Nowak" (one
    portfolio for another, the head noun shared)."""
    view, words, mine, described, art = said
    for d, sid in described:
        if not words & d.words or not mine & d.description & _HEADS:
            continue
        ours = (mine - d.description) & _OFFICES
        # (no sentence may give the name the claim's office too: "X, defence minister until 2019")
        named = words & d.words
        if (
            ours
            and (d.description - mine) & _OFFICES
            and not any(holding(art, ours | {w}) for w in sorted(named))
        ):
            t = next(t for t in view.toks if t.stem in ours)
            return _moved(view, art, t, sid, "another office")
    return None


def _moved(view: ClaimView, art: PreparedArticle, t: Tok, sid: int, what: str) -> Finding:
    """The claim's word ``t`` where the article's sentence ``sid`` has ``what``."""
    said = view.text[t.start : t.end]
    sentence = art.text[art.sentences[sid].start : art.sentences[sid].end]
    msg = f"The claim puts {said!r} where the article has {what}: {sentence!r}"
    return Finding(FlagCode.ENTITY_SWAPPED, msg[:400], t.start, t.end, P_CONTRADICTION, True)


def _countries(stems: frozenset[str]) -> frozenset[str]:
    """The countries (one stem each) among ``stems``."""
    return frozenset(COUNTRY_KEYS[x] for x in stems if x in COUNTRY_KEYS)
