"""What the evidence gathered for a name says it is: a person, an organisation, a place, an
armed group, no actor at all, or "other" when nothing says."""

from __future__ import annotations

from ..text.english import english_words, is_english
from .armed import group_cued
from .clauses import CHANGE_VERBS, clause_kind, next_subject, origin_kind, vote
from .cluster import Cluster
from .companies import trade_cue
from .context import Neighbours
from .cues import DEMONYM_NOUNS, PARTY_STANDING
from .fields import field_of_study
from .given_names import GIVEN_NAMES
from .lexicon import (
    BODY_NOUNS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_LEADS,
    ROLE_FOLLOWERS,
    SHARED_ROLE_NOUNS,
    THING_HEADS,
)
from .model import ActorKind
from .motion import going_to
from .names import (
    CONTEST_HEADS,
    club_town,
    land_plural,
    operation,
    part_of_place,
    place_ended,
    place_led,
)
from .places import PLACES
from .results import bracketed_clubs, listed_clubs, listed_players, match_ground
from .segment import ACRONYM, RawMention

_CLAUSE_STARTS = frozenset(", \t\u00a0")
_REPORTING = (" said ", " says ", " told ", " added ", " announced ")
_CHANGING = tuple(f" {verb} " for verb in CHANGE_VERBS)


def used_as_body(cluster: Cluster, *, near: Neighbours) -> bool:
    """Shaped like a person's name but used as a body is ("Aston Villa goalkeeper", "Herri
    Batasuna , ETA 's political wing ,"): a member noun followed it or an apposition calls it
    a body, no person cue did, and no form opens with a given name."""
    return (
        not cluster.person_cue
        and not cluster.given
        and (
            member_cued(cluster, near=near)
            or _body_by_clauses(cluster, text=near.text)
            or _apposition_kind(cluster, near=near) == "organisation"
        )
    )


def plural_body(cluster: Cluster, *, near: Neighbours) -> bool:
    """ "the Social Democrats", "the Young Conservatives": a person-shaped name ending in the
    plural of a word of English, after "the", names many (a party, a movement); a person's
    name takes no "the" ("Sally Fields said")."""
    # (Asked of every person: the cheap test of the last letter first.)
    return any(
        m.words[-1][-1] == "s" and len(m.words) > 1 and _plural_after_the(m, near=near)
        for m in cluster.mentions
    )


# Plurals that name a contest, not its members: "the World Athletics Championships".
_CONTESTS = frozenset(["championships", "games", "awards", "finals", "olympics", "trials"])


def _plural_after_the(m: RawMention, *, near: Neighbours) -> bool:
    """ "the Conservatives", "the Tories", "the Free Democrats", "the opposition Social
    Democrats": the plural of a word of English after "the" (and perhaps one lowercase
    word)."""
    if m.possessive:
        return False
    last = m.words[-1].lower()
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    if last in _CONTESTS or not is_english(singular):
        return False
    before = near.previous_word(m.start) or ""
    if before.lower() == "the":
        return True
    # ("the opposition Social Democrats", "the ruling Free Democrats": one word of where a
    # party stands between; not a kind noun, "the feature Looney Tunes", "the band Wings".)
    if before not in PARTY_STANDING or m.words[0] in GIVEN_NAMES:
        return False
    words = near.text[max(0, m.start - 32) : m.start].split()[-2:]
    return len(words) == 2 and words[1] == before and words[0].lower() == "the"


def _body_by_clauses(cluster: Cluster, *, text: str) -> bool:
    """ "the New York-based Morvan Stanhope", "Morvan Stanhope said its profits rose",
    "Morvan Stanhope raised its stake": most places of origin and reported and owners'
    pronouns around a person-shaped name make it a body. (Only these cues: this is asked of
    every person named without a given name.)"""
    kinds: list[ActorKind | None] = []
    for m in cluster.mentions:
        if text.find("-", max(0, m.start - 16), m.start) != -1:
            kinds.append(origin_kind(text, m.start))
        if text.startswith(_REPORTING, m.end) or text.startswith(_CHANGING, m.end):
            kinds.append(clause_kind(text, m.start, m.end))
    return vote(kinds) == "organisation"


def _clause_vote(cluster: Cluster, *, near: Neighbours) -> ActorKind | None:
    """What most of the clauses around a name's mentions say: a place of origin before it,
    the clause after it ("said its", "who", "was born", "cut prices"), a "He" or "She"
    opening the next sentence (see ``clauses``)."""
    text, ms = near.text, cluster.mentions
    kinds: list[ActorKind | None] = []
    for m in ms:
        # (Both look-ups read the text first: most mentions have neither cue.)
        if text.find("-", max(0, m.start - 16), m.start) != -1:
            kinds.append(origin_kind(text, m.start))
        if not m.possessive and text[m.end : m.end + 1] in _CLAUSE_STARTS:
            kinds.append(clause_kind(text, m.start, m.end))
    if any(m.initial for m in ms) and _next_subject_counts(ms[0].words, ms, near=near):
        kinds += ["person" for m in ms if m.initial and next_subject(text, m.end)]
    return vote(kinds)


def member_cued(cluster: Cluster, *, near: Neighbours) -> bool:
    """A mention is used as a body is: "the club Real Madrid" (found while reading), "Arsenal
    legend", "against Roma", "Acme's shares", "shares in Acme", "Lazio have", a result line,
    "Marlow plc", a ticker, "Leeds beat Chelsea 2-0", "Giuseppe Signori ( Lazio )".
    Looked up only for the names whose type it can still change, so not while the mentions
    are read."""
    if not cluster.member_cue:
        cluster.member_cue = any(
            m.kind == "name"
            and (
                near.body_possession(m.end)
                if m.possessive
                else near.member_after(m.end)
                or near.is_team(m.start, m.end)
                or near.body_cue(m.start, m.end)
                or trade_cue(near.text, m.start, m.end)
                or m.start in bracketed_clubs(near.text)
                or m.start in listed_clubs(near.text)
            )
            for m in cluster.mentions
        )
    return cluster.member_cue


def _capitalised_by_place(cluster: Cluster) -> bool:
    """ "Leftist guerrillas attacked": one word of English, only ever opening a sentence, is
    capitalised by its place, not as a group's name ("Hamas militants")."""
    words = cluster.mentions[0].words
    return (
        len(words) == 1
        and all(m.initial for m in cluster.mentions)
        and is_english(words[0].lower())
    )


def _common_plural(words: tuple[str, ...]) -> bool:
    """ "Traders", "Brokers": one word, the plural of a word of English."""
    word = words[0].lower()
    return len(words) == 1 and word.endswith("s") and is_english(word[:-1])


def _apposition_kind(cluster: Cluster, *, near: Neighbours) -> ActorKind | None:
    """ "Kelmont, the Swiss bank, said": the noun of an apposition after a name says what it
    is, a body or a person ("Kelmont, a Swiss lawyer,"); not a noun both are called
    ("an adviser"). After "of" it is the head noun's ("Senator Mitch McConnell of Kentucky,
    the majority leader,")."""
    for start, np in cluster.described:
        if near.previous_word(start) == "of":
            continue
        head = []
        for word in np.split():
            if word in ROLE_FOLLOWERS:
                break
            head.append(word.strip("."))
        noun = head[-1] if head else ""
        if noun in BODY_NOUNS:
            return "organisation"
        if noun in PERSON_NOUNS and noun not in SHARED_ROLE_NOUNS:
            return "person"
    return None


# Prepositions of being in a place, not of a visit or a workplace ("at MIT", "at IBM").
_INSIDE = frozenset(["in", "into", "inside", "throughout", "across"])


def _in_place(m: RawMention, *, near: Neighbours) -> bool:
    """ "in D.C.", "back into DC": an acronym one is in is a place's, when every mention is
    so; "a stake in IBM" is owned (``Neighbours.is_locative``), "at MIT" a workplace."""
    return near.previous_word(m.start) in _INSIDE and near.is_locative(m.start)


def _compound_bank(word: str) -> bool:
    """ "Bundesbank", "Commerzbank", "Rabobank": a name compounded with "bank" is a bank's,
    unless the compound is a word of English ("Riverbank", "Sandbank")."""
    lower = word.lower()
    return len(lower) > 6 and lower.endswith("bank") and not is_english(lower)


def _no_english(words: tuple[str, ...]) -> bool:
    """Whether no word of a name is a word of English written in lower case: then a capital
    it takes at a sentence's opening, as a clause's subject, still marks a name ("Lazio have
    injury doubts"), where "Storey is" or "Paramedics were" are words capitalised by their
    place."""
    return english_words().keys().isdisjoint([w.lower() for w in words])


def _place_named(words: tuple[str, ...]) -> bool:
    """ "New York", "Munich", "the Midlands": a place by its name, whose "which" is no
    body's."""
    return (
        (len(words) > 1 and words[0] in PLACE_LEADS)
        or " ".join(words) in PLACES
        or part_of_place(words)
        or (words[-1][-1] == "s" and land_plural(words[-1]))
    )


def _next_subject_counts(words: tuple[str, ...], ms: list[RawMention], *, near: Neighbours) -> bool:
    """Whether a "He" opening the next sentence may type the name: a name of letters that is
    one anyway (not only a sentence's capitalised first word, or a clause's subject), as a
    text in lower case capitalises every sentence's first word ("tottenham won. He ...")."""
    return all(w.replace("-", "").isalpha() for w in words) and (
        not all(m.initial for m in ms)
        or any(not m.possessive and near.verb_after(m.end) for m in ms)
    )


def _club(cluster: Cluster, *, near: Neighbours) -> bool:
    """ "Bolton Wanderers", whatever its cues say ("Bolton striker John McGinlay"); "Stoke
    City" when the article uses its town's name alone as a body's ("Stoke manager"): a county
    or a city is named so too ("Medog County", then "Medog")."""
    ms = cluster.mentions
    full = max((m.words for m in ms), key=len)
    if club_town(full) is None:
        return False
    return full[-1] not in PLACE_HEADS or (
        any(len(m.words) == 1 for m in ms) and member_cued(cluster, near=near)
    )


def evidence_type(
    cluster: Cluster, *, near: Neighbours, lowercase: frozenset[str]
) -> ActorKind | None:
    """The type of a name no list knows, or None when it is probably no actor."""
    ms = cluster.mentions
    if group_cued(cluster, near=near) and not _capitalised_by_place(cluster):
        return "group"
    if ACRONYM.match(ms[0].text):
        # A long capitalised word that the text also uses in lowercase is shouting, as in
        # a dateline ("HEMPSTEAD, N.Y."), not an acronym.
        word = ms[0].text
        if any(near.is_team(m.start, m.end) for m in ms):
            return "organisation"  # "BALTIMORE 7 Seattle 4": the home side, in capitals
        if len(word) >= 8 or word.lower() in lowercase:
            return None
        if any(near.common_noun(m.start, m.end) for m in ms):
            return None  # "an MRI": a common noun's acronym
        # (Not with a digit: "in Q2", "in P6" are a session and a place on a grid.)
        lettered = not any(c.isdigit() for c in word)
        if lettered and all(not m.possessive and _in_place(m, near=near) for m in ms):
            return "place"  # "ended in D.C.", "back into DC"
        return "organisation"
    words = ms[0].words
    if any(m.start in listed_players(near.text) for m in ms):
        return "person"  # "Squad : Peruzzi , Ferrara , Zidane": a team's players
    if _club(cluster, near=near):
        return "organisation"
    if len(words) == 1:
        if words[0][-4:] == "bank" and _compound_bank(words[0]):
            return "organisation"  # "the Bundesbank", "Commerzbank": a bank by its own name
        if words[0] in DEMONYM_NOUNS:
            return "other"  # "two Swedes": a people's members, not "the Social Democrats"
    elif words[-1] in CONTEST_HEADS:
        return "other"  # "host the World Cup": an event, not a team hosted
    if (
        len(words) == 1
        and words[0].lower() in english_words()
        and all(field_of_study(near.text, m.start) for m in ms)
    ):
        return None  # "a professor of Medicine": a discipline, capitalised
    if not cluster.person_cue:
        cluster.person_cue = any(
            near.person_context(m.start, m.end, possessive=m.possessive) for m in ms
        )
    if cluster.person_cue:
        return "person"
    if member_cued(cluster, near=near):
        return "organisation"
    # (Not a sentence's first word of English: "Similarly, the Hungarian minister, ...".)
    if cluster.described and (not all(m.initial for m in ms) or _no_english(words)):
        described = _apposition_kind(cluster, near=near)
        if described is not None:
            return described
    place_named = _place_named(words)
    # (A capital that opens a sentence may be the word's own: "Paramedics, who". A place's
    # name keeps its kind: "Senator from Texas says he".)
    if not place_named and (not all(m.initial for m in ms) or _no_english(words)):
        clause = _clause_vote(cluster, near=near)
        if clause is not None:
            return clause
    # (Not "in Vinnie's skull": a possessive is no place.)
    locative = None
    if cluster.speaks:
        # ("Brian Wright, 55, of Kempston, told": the place does not speak.)
        locative = any(not m.possessive and near.is_locative(m.start) for m in ms)
        if not locative:
            # A bare unknown word that speaks is as often a company or a club ("Newmont
            # said"): people are introduced by their full names.
            given = (len(words) > 1 and not place_led(words)) or words[0] in GIVEN_NAMES
            if not given and all(m.initial for m in ms) and _common_plural(words):
                return None  # "Traders said", "Dealers said": a plural common noun speaks
            return "person" if given else "organisation"
    if place_named:
        # (A place by its name alone may be a club of it, as its fellows in a list tell:
        # "talks between Real Madrid and Barcelona".)
        # ("Port Authority of New York and New Jersey" is no list of bodies.)
        cluster.named_place = len(words) == 1 and not any(
            not m.possessive and near.is_locative(m.start) for m in ms
        )
        return "place"  # "New York", "South London", "Munich"
    if place_ended(words):
        return "organisation"  # "Real Madrid", "Inter Milan"
    # ("Leeds United held Chelsea": a well-known place's name is capitalised anywhere.)
    if (
        all(m.initial for m in ms)
        and not operation(words)
        and not place_led(words)
        and not (
            _no_english(words) and any(not m.possessive and near.verb_after(m.end) for m in ms)
        )
    ):
        return None  # only ever capitalised because it opens a sentence
    if len(words) == 1 and words[0] in GIVEN_NAMES:
        return "person"
    if len(words) == 1 and words[0].lower() in lowercase:
        return None
    if locative is None:
        locative = any(not m.possessive and near.is_locative(m.start) for m in ms)
    if words[-1] in PLACE_HEADS or locative:
        return "place"  # "a summit in Sochi", "Lake Chad", "Muller Road"
    if any(match_ground(near.text, m.start) for m in ms):
        return "place"  # "beat Valencia 3-1 at the Nou Camp": a ground
    if place_led(words):
        return "organisation"  # "Manchester United", "Texas Instruments"
    if any(not m.possessive and near.media_cue(m.start, m.end) for m in ms):
        return "organisation"
    if any(m.words[-1][-1] == "s" and _plural_after_the(m, near=near) for m in ms):
        return "organisation"  # "the Conservatives", "the Tories": a party, a movement
    # ("her march toward Election Day": a day or a thing is gone towards in a figure.)
    if words[-1] not in THING_HEADS and any(going_to(near.text, m.start, home=True) for m in ms):
        return "place"  # "returning home to Walford": a home is a place
    return "other"
