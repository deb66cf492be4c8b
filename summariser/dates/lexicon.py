"""Word tables: the vocabulary of dates in English news, shared by the patterns and resolver."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words (keeps long word lists readable)."""
    return frozenset(text.split())


MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

# Seasons: TIMEX3 code and the month that stands for the season when picking its year.
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 4), "summer": ("SU", 7), "fall": ("FA", 10), "autumn": ("FA", 10),
    "winter": ("WI", 1),
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a couple of": 2, "a dozen": 12, "half a": 0,
}  # fmt: skip

# Vague quantities: the duration is known to exist but its length is X.
VAGUE_NUMBERS: frozenset[str] = frozenset(
    {"a few", "few", "several", "some", "many", "a number of", "recent", "the coming", "coming"}
)

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "final": 4, "last": 4,
}  # fmt: skip

DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip

# Duration units: TIMEX3 letter and whether it is a time-of-day unit (PT...).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "month": ("M", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "quarter": ("Q", False),
}  # fmt: skip

SET_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
}  # fmt: skip

REFS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "these days": "PRESENT_REF", "presently": "PRESENT_REF",
    "in the past": "PAST_REF",
    "the past": "PAST_REF", "once": "PAST_REF", "future": "FUTURE_REF",
    "the future": "FUTURE_REF", "in the future": "FUTURE_REF",
}  # fmt: skip

TIMEZONES = (
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST",
    "IST", "JST",
)  # fmt: skip

# Words that, right after a four-digit number, show it counts things rather than naming a year.
COUNT_NOUNS: frozenset[str] = words(
    """people persons men women children troops soldiers workers students residents
    families homes houses cars vehicles dollars euros pounds yen tons tonnes km
    kilometers kilometres miles meters metres feet acres hectares units shares jobs
    cases deaths votes seats members copies points calories barrels rounds pages words
    items refugees migrants civilians prisoners police officers protesters delegates
    fighters rebels militants employees patients passengers flights bombs missiles
    rockets tanks aircraft planes ships times percent"""
)

# Words that, right before a four-digit number, name a thing rather than a year.
LABEL_WORDS: frozenset[str] = words(
    """no number flight resolution route room highway interstate article section chapter
    boeing airbus model form rule bill act code pin box suite apartment unit page tel
    phone gate platform channel than about nearly almost around approximately some
    roughly only over under least exactly additional another"""
)

# Tense cues, looked for near an expression; the nearest one decides.
FUTURE_CUES: frozenset[str] = words(
    """will ll shall would may might should must can plan plans planned planning schedule
    scheduled expected expect expects due upcoming next coming until till intend intends
    intended aim aims hope hopes going await awaits awaiting pending later tomorrow
    wants want scheduling slated"""
)
PAST_CUES: frozenset[str] = words(
    """was were had did said told met went came took gave made held left found began won
    lost saw got brought sent spent led fled fell rose struck became wrote spoke broke
    ran paid sold bought felt kept thought knew ago last since earlier previously
    recently yesterday d been announced"""
)
PRESENT_CUES: frozenset[str] = words("is are am says has have does do")
# -ed words that are not past-tense verbs (or are future cues, checked first).
NOT_PAST_ED: frozenset[str] = words(
    """need needs indeed hundred red bed seed speed feed shed embed proceed exceed succeed
    united armed based alleged suspected so called"""
)
