"""Closed word lists the checker's lexical tests rely on (English news prose).

Kept small and general on purpose: every entry names a linguistic phenomenon (function words,
number words, calendar words, negation cues, reporting verbs, polar opposites), never a topic.
"""

from __future__ import annotations

from ..actors.lexicon import TITLES as _TITLES


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Function words: they carry no checkable content, so they neither count for nor against support.
# ("nearly", "roughly", "approximately": degree words like "almost" and "about", which hedge the
# number after them; the number test judges the hedge.)
# ("nd", "rd", "th": the suffixes the tokeniser splits off "2nd", "3rd", "18th".)
STOPWORDS: frozenset[str] = _words(
    """
    a an the and or but if then else so as than that this these those there here of in on at
    to for from by with about into onto over under after before during since until up down
    out off through across against among between within without along around near is are was
    were be been being am do does did doing done have has had having will would shall should
    can could may might must ought i me my mine we us our ours you your yours he him his she
    her hers it its they them their theirs who whom whose which what when where why how
    whoever whatever all any both each every few many more most much other some such own
    same several also just only very too quite rather even still yet again ever once already
    almost not no nor never s t d ll m re ve o lrb rrb lsb rsb lcb rcb mr mrs ms dr st said
    says say told tell according nd rd th unk nearly roughly approximately
    """
)

# Negation cues: a clause containing an odd number of these is read as negated. "without" is
# left out: "won without Robin van Persie" does not deny that Van Persie said anything.
NEGATION_CUES: frozenset[str] = _words(
    """
    not no never none nobody nothing neither nor nowhere cannot
    """
)

# Pairs of opposite predicates: one side in the claim and only the other in its evidence is a
# polarity flip even without a negation word ("won" vs "lost").
_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("win", "lose"),
    ("won", "lost"),
    ("winning", "losing"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("risen", "fallen"),
    ("increase", "decrease"),
    ("increased", "decreased"),
    ("higher", "lower"),
    ("guilty", "innocent"),
    ("convicted", "acquitted"),
    ("approved", "rejected"),
    ("support", "oppose"),
    ("supported", "opposed"),
    ("supports", "opposes"),
    ("accepted", "rejected"),
    ("allowed", "banned"),
    ("alive", "dead"),
    ("survived", "died"),
    ("opened", "closed"),
    ("confirmed", "denied"),
    ("admitted", "denied"),
    ("success", "failure"),
    ("succeeded", "failed"),
    ("gained", "lost"),
    ("hired", "fired"),
    ("joined", "left"),
    ("largest", "smallest"),
    ("biggest", "smallest"),
    ("highest", "lowest"),
    ("best", "worst"),
    ("government", "opposition"),  # (the two sides of a parliament)
    # a change of an amount one way or the other ("raised its forecast" for "cut its forecast")
    ("raised", "cut"),
    ("raised", "lowered"),
    ("raises", "cuts"),
    ("raises", "lowers"),
    ("increased", "reduced"),
    ("increases", "reduces"),
    ("boosted", "cut"),
    # an amount kept as it was is not changed ("kept its dividend" for "cut its dividend")
    ("kept", "cut"),
    ("kept", "raised"),
    ("kept", "lowered"),
    ("kept", "reduced"),
    ("kept", "increased"),
    ("keep", "cut"),  # (the plain forms: "would keep its dividend" for "will cut its dividend")
    ("keep", "raise"),
    ("keep", "lower"),
    ("keep", "reduce"),
    ("keep", "increase"),
    # the two leanings of a market or a central bank, which WordNet lacks
    ("hawkish", "dovish"),
    ("bullish", "bearish"),
)
OPPOSITES: dict[str, frozenset[str]] = {}
for _a, _b in _OPPOSITES:
    OPPOSITES[_a] = OPPOSITES.get(_a, frozenset()) | {_b}
    OPPOSITES[_b] = OPPOSITES.get(_b, frozenset()) | {_a}

# Words that deny or withhold without a negation cue: evidence holding one of them may word a
# claim's negation differently ("refused to comment" for "did not comment").
NEGATIVE_WORDS: frozenset[str] = _words(
    """
    without refuse refused refuses refusing deny denied denies denying fail failed fails
    failing unable lack lacked lacks reject rejected rejects declined declines decline
    absent unlikely instead yet dismissed dismisses ruled barred banned stopped halted
    avoid avoided neglected ignored impossible
    """
)

# Prepositions that take a name as their object ("in Paisley", "from Exeter"): a name after one
# is not the subject of the verb that follows.
# (Not those that also open a clause, "after"/"before"/"as": "after Smith said" names a speaker.)
PREPOSITIONS = frozenset(
    {
        *("in", "of", "from", "at", "for", "to", "with", "by", "on", "near", "under", "over"),
        *("against", "behind", "about", "without", "between", "among", "during", "into"),
        *("through", "alongside", "beside", "via", "toward", "towards", "across", "around"),
        *("beyond", "within", "despite", "amid"),
    }
)

# Reporting cues: verbs (and "according to") that attribute content to a speaker.
REPORTING_VERBS: frozenset[str] = _words(
    """
    said says say saying told tells tell claimed claims claim stated states announced
    announces added adds insisted insists warned warns explained explains confirmed confirms
    denied denies admitted admits revealed reveals argued argues suggested suggests wrote
    writes tweeted tweets alleged alleges reported reports acknowledged acknowledges noted
    notes believes believed according
    """
)

# Cardinal number words and their values; "one" is left out because it is mostly a pronoun
# ("one of the", "no one") and would produce spurious number mismatches.
NUMBER_WORDS: dict[str, float] = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}

ORDINAL_WORDS: dict[str, float] = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

# Words that scale the number before them: "1.1 m", "£3bn", "two million".
MULTIPLIERS: dict[str, float] = {
    "hundred": 100,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}

MONTHS: frozenset[str] = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
# Month names and abbreviations -> the full name, so "13 Sept" and "13 September" compare equal.
_FULL_MONTHS = _words(
    "january february march april may june july august september october november december"
)
MONTH_NAMES: dict[str, str] = {m: full for full in _FULL_MONTHS for m in (full, full[:3])}
MONTH_NAMES["sept"] = "september"
# Abbreviations that are also ordinary words are only months when written with a capital.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"march", "may", "mar", "jan", "dec", "sep"})

WEEKDAYS: frozenset[str] = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday
    """
)

# Calendar words are never names, though written with a capital.
CALENDAR: frozenset[str] = MONTHS | WEEKDAYS

RELATIVE_DATES: frozenset[str] = _words(
    """
    yesterday today tomorrow tonight weekend
    """
)
# "next week", "last month", "this year": a direction, then a unit of the calendar.
RELATIVE_DIRECTIONS: dict[str, str] = {
    "next": "next",
    "coming": "next",
    "last": "last",
    "past": "last",
    "this": "this",
}
RELATIVE_UNITS = frozenset({"week", "month", "year", "weekend"})

# Capitalised words that are not names (sentence-internal capitals in headlines, pronouns...).
NOT_NAMES: frozenset[str] = _words(
    """
    i the a an he she it we they you his her their its our this that these those mr mrs ms
    dr unk
    """
)


# Irregular past forms of verbs news uses, to their present: "said" and "says" are one verb.
IRREGULAR_PAST: dict[str, str] = {
    "said": "says",
    "told": "tells",
    "wrote": "writes",
    "spoke": "speaks",
    "thought": "thinks",
    "led": "leads",
    "won": "wins",
    "lost": "loses",
    "took": "takes",
    "gave": "gives",
    "made": "makes",
    "held": "holds",
    "met": "meets",
    "left": "leaves",
    "sent": "sends",
    "sold": "sells",
    "bought": "buys",
    "paid": "pays",
    "found": "finds",
    "brought": "brings",
    "caught": "catches",
    "built": "builds",
    "began": "begins",
    "ran": "runs",
    "drove": "drives",
    "chose": "chooses",
    "fought": "fights",
    "struck": "strikes",
    "became": "becomes",
    "came": "comes",
    "went": "goes",
    "saw": "sees",
    "knew": "knows",
    "kept": "keeps",
    "fell": "falls",
    "rose": "rises",
    "stood": "stands",
    "sought": "seeks",
}
# Pasts written as their present ("Liverpool beat Brentford"), and "shot": verbs of an agent's
# act on another, which news reports in the past.
UNMARKED_PASTS = frozenset({"beat", "hit", "shot", "cut", "hurt", "quit", "upset", "spread"})
# The forms of "be": before a participle they make it passive ("was struck").
BE_FORMS: frozenset[str] = _words("is are was were be been being")
# Auxiliaries: a finite clause's verb group opens with one of these.
AUXILIARIES: frozenset[str] = BE_FORMS | _words("has have had will would")
# The articles: "the", "a" and "an" open a noun phrase, a description rather than a name.
ARTICLES: frozenset[str] = _words("a an the")
# "The" and the possessives: a description of one known person ("the museum's director").
DEFINITE_DETERMINERS: frozenset[str] = _words("the its his her their")
# Words after which a clause opens inside a sentence: a conjunction, a subordinator or a relative.
CLAUSE_OPENERS: frozenset[str] = _words(
    """
    and but or so then after before when while as since because if although though once until
    unless whereas where who which that
    """
)


# Titles written by their initials, and the words they abbreviate (a claim's "CEO" is the
# article's "chief executive"; "officer" is often left out).
TITLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "ceo": ("chief", "executive"),
    "cfo": ("chief", "financial"),
    "coo": ("chief", "operating"),
    "cto": ("chief", "technology"),
    "pm": ("prime", "minister"),
    "mp": ("parliament", "member"),
    "vp": ("vice", "president"),
    "md": ("managing", "director"),
}

# Words of a phrase of time besides dates' own ("on Wednesday", "last week", "yesterday"): what
# opens one, and the nouns of time it may have.
TIME_OPENERS: frozenset[str] = frozenset(
    {"on", "in", "at", "last", "this", "next", "early", "late", "earlier", "later"}
)
DEICTIC_DAYS: frozenset[str] = frozenset({"yesterday", "today", "tonight"})
TIME_NOUNS: frozenset[str] = DEICTIC_DAYS | frozenset(
    {"week", "month", "year", "weekend", "morning", "afternoon", "evening"}
)

# Titles, in lower case without a full stop ("president", "dr"): the actors' list.
TITLE_WORDS = frozenset(t.lower().rstrip(".") for t in _TITLES)
# Words after a name that say where its bearer is from ("Rachel Obi of Kestrel Research").
WHERE_FROM = frozenset({"of", "from"})
