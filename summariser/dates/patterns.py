"""The one compiled regular expression that finds candidate temporal expressions in one pass.

Each alternative is a named group whose name is the *kind* of expression (``md`` = month-day,
``ago`` = "two weeks ago", ...); inner groups are prefixed with that kind. Alternatives that can
start at the same position are ordered longest-first, because a regex alternation takes the first
one that matches, not the longest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .lexicon import DECADE_WORDS, NUMBER_WORDS, ORDINALS, TIMEZONES, words


def alt(words: Iterable[str]) -> str:
    """Alternation of phrases, longest first, with spaces matching any whitespace.

    Written as a trie (shared prefixes factored out) whose branches open with a case-sensitive
    class where that matches the same characters: the engine then skips a branch on its first
    character without entering it, and tries a prefix only after its extensions, so the
    phrases that can match are still tried longest first.
    """
    return trie(dict.fromkeys(words, ""), edge=_edge, fold_case=True)


# Letters that IGNORECASE also matches to non-ASCII characters: these stay plain literals.
_FOLDED = frozenset("iks")


def _edge(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char.isascii() and char.isalpha() and char.lower() not in _FOLDED:
        return f"(?-i:[{char.lower()}{char.upper()}])"
    return re.escape(char)


def trie(tails: dict[str, str], *, edge: Callable[[str], str], fold_case: bool = False) -> str:
    """An alternation of ``word + tail`` for each word, factored on shared prefixes (so the
    engine tests a character once, not once per word); ``edge`` renders one character,
    ``fold_case`` merges words that differ only in case. A word that is a prefix of others is
    tried after them (longest first)."""
    heads: dict[str, dict[str, str]] = {}
    ends = []
    for word, tail in sorted(tails.items()):
        if word:
            head = word[0].lower() if fold_case else word[0]
            heads.setdefault(head, {})[word[1:]] = tail
        else:
            ends.append(tail)
    parts = []
    for head, rest in heads.items():
        inner = trie(rest, edge=edge, fold_case=fold_case)
        parts.append(edge(head) + (f"(?:{inner})" if "|" in inner else inner))
    return "|".join(parts + ends)


_FULL_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
# Month and weekday names must be capitalised (or all caps): "may" and "march" are also verbs.
MONTH_FULL = "(?-i:" + "|".join(_FULL_MONTHS + [m.upper() for m in _FULL_MONTHS]) + ")"
MONTH = (
    "(?-i:"
    + "|".join(_FULL_MONTHS + [m.upper() for m in _FULL_MONTHS])
    + r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?"
    + r"|JAN\.?|FEB\.?|MAR\.|APR\.?|JUN\.|JUL\.|AUG\.?|SEPT?\.?|OCT\.?|NOV\.?|DEC\.?)"
)
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY = "(?-i:" + "|".join(_DAYS + [d.upper() for d in _DAYS]) + ")"
WEEKDAYS_PLURAL = "(?-i:" + "|".join(d + "s" for d in _DAYS) + ")"

_TEN_WORDS = sorted(words("twenty thirty forty fifty sixty seventy eighty ninety"))
_TENS = alt(_TEN_WORDS)
_ONES = alt(words("one two three four five six seven eight nine"))
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+\d/\d)?|(?:{_TENS})[\s-](?:{_ONES})"
    rf"|{alt(NUMBER_WORDS)}|{alt(['a few', 'few', 'several', 'some', 'many', 'a number of'])})"
)
UNIT = f"(?:{alt(words('second minute hour day night week month year decade century centurie'))})"
ORDINAL = alt(ORDINALS)
TZ = "(?-i:" + "|".join(TIMEZONES) + ")"
PART = r"(?:morning|afternoon|evening|night)"
_QUALIFIER = alt(
    [
        *words("about almost nearly over some roughly only just around another exactly barely"),
        *words("fully approximately"),
        *["more than", "less than", "at least", "up to", "no more than", "as many as"],
        "as long as",
    ]
)
_SPAN_MOD = alt(["early", "late", "mid", "the end of", "the beginning of", "the start of",
                 "the middle of", "the first half of", "the second half of"])  # fmt: skip

_ALTERNATIVES: list[tuple[str, str]] = [
    # Not temporal, but must be consumed so that "44-year-old" is not read as a duration.
    ("skip", rf"{NUM}[\s-]+{UNIT}s?[\s-]+old|24/7"),
    ("iso", r"(?<![\d-])(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
            r"(?:[T\s](?P<iso_h>[0-2]\d):(?P<iso_min>[0-5]\d)(?::\d\d)?)?(?![\d-])"),
    ("slash", r"(?P<sl_a>\d{1,2})/(?P<sl_b>\d{1,2})/(?P<sl_y>\d{4}|\d{2})(?![\d/])"),
    ("week_of", rf"(?:the\s+)?week\s+of\s+(?P<wo_mon>{MONTH})\s*(?P<wo_day>[0-3]?\d)"
                rf"(?:st|nd|rd|th)?(?!\d|[:,.]\d)(?:,?\s+(?P<wo_year>[12]\d{{3}})(?!\d))?"),
    ("time", rf"(?P<tm_h>\d{{1,2}})(?:[:.](?P<tm_min>[0-5]\d))?\s?(?P<tm_ap>[ap])\.?\s?m\b\.?"
             rf"(?:\s+(?P<tm_tz>{TZ}))?(?:,?\s+(?:on\s+)?(?P<tm_day>{WEEKDAY}|today|tomorrow"
             rf"|yesterday|tonight))?"
             rf"|(?P<tm24_h>[01]?\d|2[0-3]):(?P<tm24_min>[0-5]\d)\s*(?P<tm24_tz>{TZ}|hours|hrs)"
             rf"|(?P<tmw_word>noon|midnight|midday)(?:\s+(?:on\s+)?(?P<tmw_day>{WEEKDAY}|today"
             rf"|tomorrow|yesterday))?"
             rf"|(?P<tmm_h>\d{{1,2}}|{_ONES}|ten|eleven|twelve)(?:\s+o'clock)?\s+in\s+the\s+"
             rf"(?P<tmm_part>morning|afternoon|evening)"
             rf"|(?P<tmo_h>\d{{1,2}}|{_ONES}|ten|eleven|twelve)\s+o'clock"),
    ("md", rf"(?:(?P<md_wd>{WEEKDAY}),?\s+)?(?:(?P<md_mod>early|late|mid)[\s-]+)?"
           rf"(?P<md_mon>{MONTH})\s*(?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[:,.]\d)"
           rf"(?:,?\s+(?P<md_year>[12]\d{{3}})(?!\d))?"),
    ("dm", rf"(?:(?P<dm_wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?"
           rf"\s+(?:of\s+)?(?P<dm_mon>{MONTH})(?:,?\s+(?P<dm_year>[12]\d{{3}})(?!\d))?"),
    ("my", rf"(?:(?P<my_mod>{_SPAN_MOD})[\s-]+)?(?P<my_mon>{MONTH})(?:,?\s+of)?,?\s+"
           rf"(?P<my_year>[12]\d{{3}})(?!\d|,\d)"),
    ("fiscal", r"(?:fiscal|financial)(?:\s+year)?\s+(?P<fy_year>\d{4}|['’]\d{2})(?![\d/-])"
               r"|(?-i:FY)\s?['’]?(?P<fy_year2>\d{4}|\d{2})(?!\d)"
               r"|(?P<fy_rel>this|last|next|the\s+current|the\s+previous|the\s+next|the\s+coming"
               r"|the\s+last)\s+(?:fiscal|financial)\s+year"),
    ("quarter", r"(?:the\s+)?(?P<q_ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
                r"[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:(?P<q_year>[12]\d{3})"
                r"|(?P<q_rel>this|last|next)\s+year))?"
                r"|(?-i:Q(?P<q_num>[1-4]))(?:\s+(?P<q_year2>[12]\d{3}))?"),
    ("decade", rf"(?:the\s+)?(?:(?P<dc_mod>early|mid|late)[\s-]+)?(?P<dc_full>[12]\d{{2}}0)['’]?s"
               rf"|(?:the\s+)?(?:(?P<dc_mod2>early|mid|late)[\s-]+)?['’](?P<dc_short>\d0)s"
               rf"|the\s+(?:(?P<dc_mod3>early|mid|late)[\s-]+)?(?P<dc_short2>\d0)s"
               rf"|the\s+(?:(?P<dc_mod4>early|mid|late)[\s-]+)?(?P<dc_word>{alt(DECADE_WORDS)})"),
    # "2024-25", "2023/24", "1994-97": one mention per end, as for day ranges.
    ("yrange", r"(?P<yrr_a>1[5-9]\d\d|20\d\d)[-–/](?P<yrr_b>\d\d|1[5-9]\d\d|20\d\d)"
               r"(?![\d%/-]|\.\d|\s*percent)"),
    # "'98", "the class of '02": a year written with two digits.
    ("yshort", r"(?<!['’])['’](?P<ys>\d\d)(?![\d%]|['’]?s\b|\s*percent)"),
    ("century", rf"(?:the\s+)?(?:(?P<ce_mod>early|mid|late)[\s-]+)?(?P<ce_ord>\d{{1,2}}"
                rf"(?:st|nd|rd|th)|{ORDINAL})[\s-]+century"
                rf"|(?P<ce_rel>this|last|next|the\s+current|the\s+last|the\s+previous"
                rf"|the\s+next|the\s+past)\s+century"),
    ("ago", rf"(?:(?P<ago_q>{_QUALIFIER})\s+)?(?P<ago_n>{NUM})\s+(?P<ago_u>{UNIT})s?\s+ago"),
    ("offset", rf"(?:(?:{_QUALIFIER})\s+)?(?P<of_n>{NUM})\s+(?P<of_u>{UNIT})s?\s+"
               rf"(?P<of_dir>earlier|later|before|after|afterwards?|previously|prior|from\s+now|hence)"
               rf"|the\s+(?P<of2_u>day|week|month|year)\s+(?P<of2_dir>before|after|earlier"
               rf"|later)"),
    ("duration", rf"(?:(?:{_QUALIFIER}|(?:the\s+)?(?:past|last|next|first|coming|previous"
                 rf"|final|following))\s+)*(?P<du_n>{NUM})[\s-]+(?:more\s+|additional\s+"
                 rf"|full\s+|straight\s+|consecutive\s+|long\s+)?(?P<du_u>{UNIT})s?(?:-long)?"
                 rf"|(?P<dh_u>minute|hour|day|week|month|year|decade|centurie)s-(?:long|old)"),
    ("set", rf"(?P<st_every>every|each)\s+(?:other\s+)?(?:(?P<st_n>{NUM})\s+)?"
            rf"(?P<st_u>{UNIT}|{WEEKDAY}|morning|afternoon|evening|weekend|summer|winter"
            rf"|spring|fall|autumn)s?"
            rf"|(?P<st_word>hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly"
            rf"|biannually)"
            rf"|(?:once|twice|{NUM}\s+times)\s+(?:a|per|each)\s+(?P<st_u2>hour|day|week|month"
            rf"|year)"
            rf"|per\s+(?P<st_u3>hour|day|week|month|year)"
            rf"|(?P<st_wds>{WEEKDAYS_PLURAL})"),
    ("deictic", rf"(?P<dx>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today"
                rf"|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)"
                rf"|last\s+night)(?:\s+(?P<dx_part>{PART}))?"),
    ("relunit", rf"(?:(?P<ru_pre>earlier|later|early|late|{_SPAN_MOD})[\s-]+)?"
                rf"(?P<ru_mod>this\s+past|last|this|next|past|previous|following|coming|current|same|that"
                rf"|the\s+following|the\s+next|the\s+previous|the\s+past|the\s+last|the\s+same"
                rf"|the\s+coming|the\s+current|the\s+preceding|the\s+prior)\s+"
                rf"(?P<ru_unit>week|weekend|month|year|quarter|decade|day|{PART})"
                rf"|the\s+(?:end|beginning|start|middle|rest)\s+of\s+the\s+"
                rf"(?P<ru_cur>week|month|year)"),
    ("season", r"(?:(?P<se_mod>last|this|next|coming|past|the|early|late|mid)[\s-]+)?"
               r"(?:(?P<se_mod2>early|late|mid)[\s-]+)?"
               r"(?P<se_name>spring|summer|autumn|fall|winter)"
               r"(?:\s+(?:of\s+)?(?P<se_year>[12]\d{3})(?!\d))?"),
    ("holiday", r"(?:(?P<ho_mod>last|next|this)\s+)?(?P<ho_name>(?-i:Thanksgiving(?:\s+Day)?"
                r"|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]?s(?:\s+(?:Day|Eve))?"
                r"|Easter(?:\s+Sunday)?|Good\s+Friday|Election\s+Day|Independence\s+Day"
                r"|Halloween|Valentine['’]?s\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day"
                r"|Boxing\s+Day|Bastille\s+Day))(?:,?\s+(?P<ho_year>[12]\d{3})(?!\d))?"
                r"(?P<ho_week>\s+week)?"),
    ("weekday", rf"(?:(?P<wd_mod>last|next|this|coming|past|early|late|earlier|later)\s+)?"
                rf"(?P<wd_name>{WEEKDAY})(?:\s+(?P<wd_part>{PART}))?"),
    ("ref", rf"(?P<rf>right\s+now|nowadays|now|currently|current|at\s+present"
            rf"|at\s+the\s+moment|these\s+days|presently"
            rf"|(?:in\s+)?the\s+past(?!\s+(?:{NUM}|{UNIT}))"
            rf"|in\s+the\s+future|the\s+future|future)"),
    ("vague", r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s))(?P<vg_u>minutes|hours|days|weeks"
              r"|months|years|decades|centuries)"
              r"|(?:recent|(?:the\s+)?coming|(?:the\s+)?next\s+few|(?:the\s+)?past\s+few"
              r"|(?:the\s+)?last\s+few)\s+(?P<vg_u2>minutes|hours|days|weeks|months|years"
              r"|decades)"),
    ("year", rf"(?:(?P<yr_mod>{_SPAN_MOD}|post|pre)[\s-]+)?(?:(?P<yr_the>the\s+year)\s+)?"
             rf"(?P<yr>1[0-9]\d\d|20\d\d)(?![\d%/]|,\d|\.\d|['’]?s\b|-(?:\d|[a-z]+-old))"),
    ("month", rf"(?:(?P<mo_mod>last|next|this|earlier|later|{_SPAN_MOD})[\s-]+)?"
              rf"(?P<mo_name>{MONTH_FULL})(?:\s+(?P<mo_rel>this|last|next)\s+year)?"),
]  # fmt: skip

# Every alternative starts with a digit, an apostrophe or one of these words. Checking that
# first, in one lookahead, spares the engine the full alternation at most word starts (3x).
_FIRST_WORDS = (
    [m.lower() for m in _FULL_MONTHS]
    + ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    + [d.lower() for d in _DAYS]
    + [d.lower() + "s" for d in _DAYS]
    + [w.split()[0] for w in NUMBER_WORDS]
    + _TEN_WORDS
    + sorted(
        words(
            """few several some many about almost nearly over roughly only just around another
            exactly barely fully approximately more less at up no as the past last
            next first coming previous final following this early late mid earlier
            later current same that preceding prior fiscal financial fy q every each
            hourly daily nightly weekly monthly quarterly annually yearly biannually
            once twice per today tonight yesterday tomorrow right nowadays now
            currently presently in future these recent post pre noon
            midnight midday ten eleven twelve spring summer autumn fall winter
            thanksgiving christmas new easter good election independence halloween
            valentine valentines labor memorial veterans boxing bastille minutes
            hours days weeks months years decades centuries week"""
        )
    )
)
_FIRST = rf"(?=\d|['’]\d|(?:{alt(_FIRST_WORDS)})(?![a-z]))"

MASTER = re.compile(
    r"(?<![\w$£€#@/])"
    + _FIRST
    + "(?:"
    + "|".join(f"(?P<{kind}>{body})" for kind, body in _ALTERNATIVES)
    + r")(?!\w)",
    re.IGNORECASE,
)

# "August 15 and 16", "April 24-25": the second day of a month-day range.
DAY_RANGE_TAIL = re.compile(
    r"\s*(?:-|–|—|and|to|through|until|or)\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:%]|\s*"
    r"(?:a\.?m|p\.?m|percent|per|[A-Za-z]+\s+(?:people|years|days)))(?!\s*" + MONTH + ")"
)
