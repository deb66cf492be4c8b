"""Lines of sports results and standings, where the names are teams.

"Lazio 2 Roma 1", "Barcelona 3 Real Madrid 1", "Houston 108 Dallas 101": a name and a score
(of up to three figures, as basketball's run; a year has four), twice, open the line,
each score perhaps followed by its scorers in brackets and the line by what follows a
match's report ("Newcastle 1 ( Shearer 45 ) Arsenal 2 ( Wright 30 ) . Attendance : 36,500");
a scorer is named with the minutes of the goals, a person. "Ajax 12 9 2 1 30 10 29": a name
then a row of five or more numbers (played, won, drawn ...). "1. Erik Zabel ( Germany )
Telekom 4:54:12": a ranked rider or driver, their country, then their team.
People's results read otherwise ("Sampras beat Ivanisevic 6-3 6-4", "Montgomerie 69 70").
In prose, "Leeds beat Chelsea 2-0", "the 2-1 defeat to Newcastle": a town does not win or
lose, its team does, and so the side it plays is a team too; one score only (a tennis
player's sets are several: "6-4 6-3"), and only when a side is a well-known place's name
("Kelbrook beat Marlow 6-4" may be two players), or the result was played at the side's
ground ("lost 2-1 at Udinese").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datelines import line_starts
from .lexicon import (
    CLUB_HEADS,
    NAME_CONNECTORS,
    ORG_HEADS,
    PLACE_HEADS,
    STOPWORDS,
    SURNAME_PARTICLES,
)
from .names import looks_like_person, place_ended
from .places import PLACES

_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_SCORE = re.compile(
    rf"""[ \t]*(?P<home>{_NAME})[ \t]+\d{{1,3}}(?:[ \t]+\((?P<home_goals>[^()\n]*)\))?
    [ \t]+(?P<away>{_NAME})[ \t]+\d{{1,3}}(?:[ \t]+\((?P<away_goals>[^()\n]*)\))?
    [ \t]*(?:[.;,]?[ \t]*$|[.;,][ \t]+[A-Z])""",  # the line's end, or a sentence more
    re.MULTILINE | re.VERBOSE,
)
_TABLE = re.compile(rf"[ \t]*(?P<team>{_NAME})(?:[ \t]+\d{{1,3}}){{5,}}[ \t]*$", re.MULTILINE)
# A ranked row of a race's result: a place, a rider or driver, their country in brackets, then
# their team ("1. Erik Zabel ( Germany ) Telekom 4:54:12"), perhaps several rows to a line.
# (Found from the bracket, which the pattern opens with, so the text is searched fast.)
_BRACKET_TEAM = re.compile(rf"\([ \t]*{_NAME}[ \t]*\)[ \t]+(?P<team>{_NAME})")
# (The rider's name may hold a surname's particles: "5. Pedro de la Rosa ( Spain ) Jordan".)
_PARTICLES = "|".join(sorted(SURNAME_PARTICLES))
_RIDER = rf"[A-Z][\w.'’-]*(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+)*[A-Z][\w.'’-]*){{0,3}}"
_RANKED_BEFORE = re.compile(rf"(?<![\w.])\d{{1,3}}\.[ \t]+{_RIDER}[ \t]+\Z")
# A name alone in brackets, and the name before the bracket ("Giuseppe Signori ( Lazio )").
_BRACKETED = re.compile(rf"\([ \t]*(?P<club>{_NAME})[ \t]*\)")
_NAME_BEFORE = re.compile(rf"(?<![\w.'’-])(?P<name>{_NAME})[ \t]+\Z")
_NO_WORDS: frozenset[str] = frozenset()
# A scorer: a name, then the minutes of the goals ("Fowler 12 , 54", "Shearer 45 pen").
_SCORER = re.compile(rf"(?P<name>{_NAME})[ \t]+\d{{1,3}}\b")


def result_side(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens a side of a result line or a row of a
    standings table ("Lazio 2 Roma 1", "BALTIMORE 7 Seattle 4"), or is a ranked rider's team
    ("( Germany ) Telekom 4:54:12"): a team's, even in capitals."""
    after = text[end : end + 2]
    # (A score, a row or a time follows, or the line ends.)
    if (after[:1] == " " and after[1:].isdigit()) or after[:1] in ("\n", ""):
        return start in _result_lines(text)[0]
    return False


def scorer_starts(text: str) -> frozenset[int]:
    """Where the names of the scorers of ``text``'s result lines start."""
    return _result_lines(text)[1]


def ranked_team(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a ranked rider's or driver's team, after their country
    in brackets ("( Spain ) Jordan 1:22.411"): a team's, even a country's name (the country
    stands in the brackets)."""
    return start in _result_lines(text)[2]


@lru_cache(maxsize=1)
def _result_lines(text: str) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """The starts of the teams and of the scorers of ``text``'s result lines, standings
    rows and ranked rows, and of the ranked rows' teams alone (cached: asked once per name
    that a score or a line end follows)."""
    teams: set[int] = set()
    scorers: set[int] = set()
    ranked: set[int] = set()
    for start in line_starts(text):
        score = _SCORE.match(text, start)
        if score is not None:
            teams.update((score.start("home"), score.start("away")))
            for goals in ("home_goals", "away_goals"):
                if score.group(goals):
                    at = score.start(goals)
                    scorers.update(at + m.start() for m in _SCORER.finditer(score.group(goals)))
        table = _TABLE.match(text, start)
        if table is not None:
            teams.add(table.start("team"))
    for m in _BRACKET_TEAM.finditer(text):
        if _RANKED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            ranked.add(m.start("team"))
    return frozenset(teams | ranked), frozenset(scorers), frozenset(ranked)


_ONE_SCORE = r"\d{1,2}-\d{1,2}(?![\d-]|[ \t]+\d{1,2}-\d)"
_PROSE = re.compile(
    rf"(?P<a>{_NAME})[ \t]+(?:beat|defeated|thrashed|edged|drew[ \t]+with|lost[ \t]+to)[ \t]+"
    rf"(?P<b>{_NAME})[ \t]+{_ONE_SCORE}"
    rf"|(?P<c>{_NAME})(?:[ \t]*,[ \t]+who)?[ \t]+(?:drew|lost|won)[ \t]+{_ONE_SCORE}[ \t]+"
    r"(?:with|to|against|at)"
    rf"[ \t]+(?P<d>{_NAME})"
)
# "the 2-1 defeat to Newcastle", "a 3-0 win over Leeds": a result's side after its score.
_AFTER_SCORE = re.compile(
    rf"(?<![\d-]){_ONE_SCORE}[ \t]+(?:home[ \t]+|away[ \t]+)?"
    r"(?:win|victory|defeat|loss|draw|triumph|thrashing|drubbing)[ \t]+"
    rf"(?:over|against|to|at|with|by)[ \t]+(?P<side>{_NAME})"
)
# "lost 2-1 at Udinese": a result played at a side's ground names the side, a place's name
# or not (no person is a ground).
_AWAY = re.compile(rf"(?:lost|won|drew)[ \t]+{_ONE_SCORE}[ \t]+at[ \t]+(?P<side>{_NAME})")
# One score, not a date's or a set's part: "2-0", not "1996-12-06" or "6-4 6-3".
_SCORE_ALONE = re.compile(rf"(?<![\d-]){_ONE_SCORE}")


def _named_for_place(side: str) -> bool:
    """Whether a result's side is a place's name, is named for one or is named as a club is
    ("Leeds", "Manchester City", "Stoke City", "Real Madrid"): a town does not win or lose,
    its team does, and a player is not named so. (A name's pattern takes a full stop: "to
    Leeds.")"""
    words = tuple(side.rstrip(".").split())
    if (len(words) > 1 and words[-1] in CLUB_HEADS) or place_ended(words):
        return True
    return any(" ".join(words[:k]) in PLACES for k in range(len(words), 0, -1))


def _word_starts(at: int, name: str) -> list[int]:
    """The starts of the words of ``name``, which starts at ``at``."""
    return [at + w.start() for w in re.finditer(r"\S+", name)]


@lru_cache(maxsize=1)
def result_sides(text: str) -> frozenset[int]:
    """Where the sides of ``text``'s results in prose start ("Leeds beat Chelsea 2-0"): read
    only around each score (most texts have none)."""
    found: set[int] = set()
    for score in _SCORE_ALONE.finditer(text):
        after = _AFTER_SCORE.match(text, score.start())
        if after is not None and _named_for_place(after.group("side")):
            found.update(_word_starts(after.start("side"), after.group("side")))
        away = _AWAY.search(text, max(0, score.start() - 5), score.end() + 80)
        if (
            away is not None
            and away.start() < score.start()
            and away.group("side").rstrip(".").rsplit(None, 1)[-1] not in PLACE_HEADS
        ):
            found.add(away.start("side"))  # (not a ground by its name: "at Boundary Park")
        for m in _PROSE.finditer(text, max(0, score.start() - 120), score.end() + 80):
            _add_sides(m, ("a", "b") if m.group("a") else ("c", "d"), found)
    return frozenset(found)


def _add_sides(m: re.Match[str], sides: tuple[str, ...], found: set[int]) -> None:
    """Add to ``found`` the start of every word of the ``sides`` of ``m`` when one is named
    for a place (a sentence's opener may lead a side: "Second-placed X")."""
    if any(_named_for_place(m.group(side)) for side in sides):
        for side in sides:
            found.update(_word_starts(m.start(side), m.group(side)))


# "two points behind Newcastle", "a point clear of Leeds": a table's rival by its points.
_POINTS = re.compile(
    r"[ \t]points?[ \t]+(?:behind|above|below|(?:ahead|clear|short|adrift)[ \t]+of)[ \t]+"
    rf"(?P<side>{_NAME})"
)


@lru_cache(maxsize=1)
def standing_sides(text: str) -> frozenset[int]:
    """Where the rivals named for a place in ``text``'s standings start ("two points behind
    Newcastle"): a town has no points in a table, its team has (a driver has too, so a name
    not of a place says nothing)."""
    return _sides_of_a_place(_POINTS, text, sides=("side",))


def _sides_of_a_place(
    pattern: re.Pattern[str], text: str, *, sides: tuple[str, ...]
) -> frozenset[int]:
    """The starts of every word of the ``sides`` of each match of ``pattern`` in ``text``
    where a side is named for a place."""
    found: set[int] = set()
    for m in pattern.finditer(text):
        _add_sides(m, sides, found)
    return frozenset(found)


# "Surrey 320 ( A. Brown 120 ) v Warwickshire", "Essex v Kent": a match between two sides,
# the first perhaps with its score and its batsmen.
_VERSUS = re.compile(
    rf"(?P<a>{_NAME})(?:[ \t]+\d{{1,3}}(?:-\d{{1,2}})?(?:[ \t]+\([^()\n]*\))?)?"
    rf"[ \t]+(?:v|vs\.?|versus)[ \t]+(?P<b>{_NAME})"
)


@lru_cache(maxsize=1)
def versus_sides(text: str) -> frozenset[int]:
    """Where the sides of ``text``'s matches named with "v" start, when a side is named for a
    place ("Surrey v Kent"): a town or a county plays no match, its team does, and so does
    the side it plays ("Sampras v Agassi" may be two players)."""
    return _sides_of_a_place(_VERSUS, text, sides=("a", "b"))


# A win by a margin that only a team's game counts in ("beat Somerset by an innings and 39
# runs", "won by six wickets", "beat Leeds by two goals"): the sides are teams.
# (The margin is found first, from the literal " by " it opens with; the sides before it.)
_BY_MARGIN = re.compile(r" by (?:an |\d+ |[a-z]+ ){1,2}(?:wickets?|runs?|innings|goals?)\b")
_SIDES_BEFORE = re.compile(
    rf"(?P<a>{_NAME})[ \t]+(?:beat|defeated|thrashed|won)(?:[ \t]+(?P<b>{_NAME}))?\Z"
)


@lru_cache(maxsize=1)
def margin_sides(text: str) -> frozenset[int]:
    """Where the sides of ``text``'s wins by a team game's margin start."""
    found: set[int] = set()
    for margin in _BY_MARGIN.finditer(text):
        m = _SIDES_BEFORE.search(text, max(0, margin.start() - 80), margin.start())
        if m is None:
            continue
        for side in ("a", "b"):
            if m.group(side):
                # (Every word's start: a sentence's opener may lead the side, "As Kent".)
                found.update(_word_starts(m.start(side), m.group(side)))
    return frozenset(found)


@lru_cache(maxsize=1)
def bracketed_clubs(text: str) -> frozenset[int]:
    """Where the names in brackets right after a person's full name start ("Giuseppe Signori
    ( Lazio )", "Alija Izetbegovic ( SDA )"): scorers' and candidates' lists name each
    person's club or party so. (A country so named is the gazetteer's, typed before this is
    asked.)"""
    found: set[int] = set()
    for m in _BRACKETED.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        words = tuple(before.group("name").split())
        # (Not after a body's name: "Kelmont Bank ( Valmora )" may be where it is; nor a
        # short form in capitals, "Common Fisheries Policy ( CFP )", or a name after "The":
        # "The Hamilton ( Ontario ) Spectator".)
        if (
            words[-1] not in ORG_HEADS
            and not m.group("club").isupper()
            and STOPWORDS.isdisjoint(words)
            and looks_like_person(words, _NO_WORDS)
        ):
            found.add(m.start("club"))
    return frozenset(found)


# A team's list of its players: a squad or team noun (perhaps after the club's name) and a
# colon open it ("Squad : Peruzzi , Ferrara", "Juventus squad :", "Team : 15 - Tim Stimpson (
# Newcastle ) , 14 - ..."); items are split by commas, each perhaps numbered and followed by
# the player's club in brackets.
_PLAYERS = re.compile(
    rf"^[ \t]*(?:{_NAME}[ \t]+)?(?:[Ss]quad|[Tt]eam|[Ll]ine-?up)[ \t]*:[ \t]*(?P<list>[^\n]+)",
    re.MULTILINE,
)
# (A player's name may hold particles: "Phil de Glanville", "Marco van Basten".)
_PARTICLE = "|".join(sorted(NAME_CONNECTORS - {"of", "the"}))
_PLAYER = rf"[A-Z][\w.'’-]*(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)?[A-Z][\w.'’-]*){{0,3}}"
_ITEM = re.compile(
    rf"[ \t]*(?:\d{{1,2}}[ \t]*-[ \t]*)?(?P<name>{_PLAYER})"
    rf"[ \t]*(?:\([ \t]*(?P<club>{_NAME})[ \t]*\)[ \t]*)?"
)


def listed_players(text: str) -> frozenset[int]:
    """Where the names of a team's list of players start (every word's: a given name that is
    also a word of English may be left out of the name, "Will Carling"): a squad is people,
    whatever their surnames look like."""
    return _players_lists(text)[0]


def listed_clubs(text: str) -> frozenset[int]:
    """Where the names in brackets after the players of such a list start: their clubs."""
    return _players_lists(text)[1]


@lru_cache(maxsize=1)
def _players_lists(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """The starts of the players and of their clubs in ``text``'s lists of players. Only a
    line that is such a list and nothing else counts: each of its two or more items, between
    commas and up to a full stop, is one name."""
    players: set[int] = set()
    clubs: set[int] = set()
    for m in _PLAYERS.finditer(text):
        items = m.group("list").rstrip(" \t.").split(",")
        at = m.start("list")
        found: list[int] = []
        found_clubs: list[int] = []
        for item in items:
            one = _ITEM.fullmatch(item)
            if one is None:
                break  # not a list of names: "Team : the side will be named on Friday"
            found.extend(_word_starts(at + one.start("name"), one.group("name")))
            if one.group("club"):
                found_clubs.append(at + one.start("club"))
            at += len(item) + 1
        else:
            if len(items) >= 2:
                players.update(found)
                clubs.update(found_clubs)
    return frozenset(players), frozenset(clubs)


# A match and where it was played: "beat Valencia 3-1 at the Nou Camp", "the first test between
# Australia and West Indies at the Gabba". A score or a match's noun earlier in the sentence,
# then "at the" right before the name.
_MATCH_BEFORE = re.compile(
    r"(?:(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])|\b(?:match|matches|game|games|test|final|"
    r"semi-final|quarter-final|tie|derby|fixture|clash|kick-off)\b)"
    r"[^.!?\n]*[ \t]at(?:[ \t]+the)?[ \t]+\Z"
)


def match_ground(text: str, start: int, *, grounds: bool = False) -> bool:
    """Whether the name at ``start`` is where a match was played ("beat Valencia 3-1 at the
    Nou Camp"): a ground is a place. (Only "at the": "at Derby" is where a club plays, the
    club; with ``grounds``, the name says it holds grounds, and "at" alone will do: "the
    first test ... at Harare Sports Club".)"""
    if not grounds and not text.startswith(" the ", start - 5):
        return False
    return _MATCH_BEFORE.search(text, max(0, start - 160), start) is not None
