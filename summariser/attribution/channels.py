"""The channel an attribution was made through: statement, social media, interview, ..."""

from __future__ import annotations

import bisect
import logging
import re
from itertools import accumulate

logger = logging.getLogger(__name__)

# Ordered: the first channel whose pattern matches the attribution's sentence wins.
_CHANNELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "social media",
            r"\b(?:social media|twitter|facebook|instagram|tweet(?:s|ed|ing)?|"
            r"telegram|truth social|x\.com|posted (?:on|to)|in a (?:post|video posted))\b",
        ),
        ("press conference", r"\b(?:press|news) (?:conference|briefing)s?\b|\btold reporters\b"),
        ("statement", r"\b(?:statement|communiqu[eé]|press release|readout)s?\b"),
        ("interview", r"\binterview(?:s|ed)?\b"),
        ("speech", r"\b(?:speech|address|rally|remarks)\b"),
        ("letter", r"\bletter\b"),
        ("email", r"\be-?mail(?:s|ed)?\b"),
        ("report", r"\breport\b"),
        ("testimony", r"\b(?:testimony|testified|hearing)\b"),
    )
)


_TRAILING_CHANNEL = re.compile(
    r"[\s,]+(?:in|on|at|during|via|through)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}(?:statement|interview|tweet|post|social media|twitter|facebook|"
    r"instagram|briefing|conference|speech|rally|e-?mail|letter|video)s?$",
    re.IGNORECASE,
)


# The only non-ASCII characters that IGNORECASE matches to ASCII letters (checked over all of
# Unicode): folded first, lower-casing then shows every case-insensitive match of a literal.
# Folding keeps the length ("İ", the one character whose lower case is two, is folded before
# lower-casing), so offsets into the folded text are offsets into the text.
_FOLD = {"İ": "i", "ı": "i", "ſ": "s", "K": "k"}
_FOLDED = re.compile("[İıſK]")


def fold(text: str) -> str:
    """``text`` lower-cased after folding, as IGNORECASE matches it, with the same offsets."""
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text or "K" in text):
        # a substitution, not ``str.translate``, which is slow on non-Latin-1 texts
        text = _FOLDED.sub(lambda match: _FOLD[match.group()], text)
    return text.lower()


# How every _TRAILING_CHANNEL match ends (before the newline that $ may stand before): checked
# with a string test first, it spares the full search (which tries every comma and space).
_CHANNEL_NOUNS = (
    "statement", "interview", "tweet", "post", "social media", "twitter", "facebook",
    "instagram", "briefing", "conference", "speech", "rally", "email", "e-mail", "letter", "video",
)  # fmt: skip
_CHANNEL_ENDS = tuple(word + plural for word in _CHANNEL_NOUNS for plural in ("", "s"))
_CHANNEL_END_CHARS = 16  # more than the longest of them, and its newline


def trim_channel(text: str, folded: str, start: int, end: int) -> int:
    """End of ``text[start:end]`` without a trailing channel phrase ("... in a statement")
    (``folded``: ``fold(text)``)."""
    tail = folded[max(start, end - _CHANNEL_END_CHARS) : end]
    if not (
        tail.endswith(_CHANNEL_ENDS) or (tail[-1:] == "\n" and tail[:-1].endswith(_CHANNEL_ENDS))
    ):
        return end
    match = _TRAILING_CHANNEL.search(text, start, end)
    if match is None or match.start() == start:
        return end
    return match.start()


# Literal pieces of every way each channel's pattern can match (keep in step with _CHANNELS):
# a channel none of whose pieces a sentence holds has no match in it.
_CHANNEL_PIECES: dict[str, tuple[str, ...]] = {
    "social media": (
        "social media", "twitter", "facebook", "instagram", "tweet", "telegram",
        "truth social", "x.com", "posted on", "posted to", "in a post", "in a video posted",
    ),
    "press conference": ("conference", "briefing", "told reporters"),
    "statement": ("statement", "communiqu", "press release", "readout"),
    "interview": ("interview",),
    "speech": ("speech", "address", "rally", "remarks"),
    "letter": ("letter",),
    "email": ("mail",),
    "report": ("report",),
    "testimony": ("testimony", "testified", "hearing"),
}  # fmt: skip
assert list(_CHANNEL_PIECES) == [name for name, _ in _CHANNELS]

# Substrings of those pieces, with the channels whose pieces hold them: each piece holds one
# of its channel's, so a sentence holding none of these holds no piece either (and there are
# fewer of them to look for than pieces).
_ANCHORS: dict[str, tuple[str, ...]] = {
    "social": ("social media",), "twitter": ("social media",), "facebook": ("social media",),
    "instagram": ("social media",), "tweet": ("social media",), "telegram": ("social media",),
    "x.com": ("social media",), "posted": ("social media",), "in a post": ("social media",),
    "conference": ("press conference",), "briefing": ("press conference",),
    "report": ("press conference", "report"), "statement": ("statement",),
    "communiqu": ("statement",), "press release": ("statement",), "readout": ("statement",),
    "interview": ("interview",), "speech": ("speech",), "address": ("speech",),
    "rally": ("speech",), "remarks": ("speech",), "letter": ("letter",), "mail": ("email",),
    "testi": ("testimony",), "hearing": ("testimony",),
}  # fmt: skip
assert all(
    any(anchor in piece and name in names for anchor, names in _ANCHORS.items())
    for name, pieces in _CHANNEL_PIECES.items()
    for piece in pieces
)
_NUMBERED = {name: number for number, (name, _) in enumerate(_CHANNELS)}
_ANCHOR_NUMBERS = tuple(
    (anchor, tuple(_NUMBERED[name] for name in names)) for anchor, names in _ANCHORS.items()
)
_ANCHOR_LIST = tuple(_ANCHORS)

ChannelMatches = tuple[tuple[str, tuple[int, ...]], ...]


def channel_matches(text: str, folded: str, windows: list[tuple[int, int]]) -> list[ChannelMatches]:
    """For each window ``(start, end)`` of ``text`` (a sentence): each channel, in order, with
    the starts of its matches there (``folded``: ``fold(text)``), shared by all the
    attributions of the sentence. A channel is searched for only in windows holding one of
    its anchors, and channels without a match may be left out."""
    # The windows joined (no anchor holds the separator), so that each anchor is looked for
    # in one call: most windows hold none.
    joined = "\0".join([folded[start:end] for start, end in windows])
    firsts = list(accumulate([end - start + 1 for start, end in windows[:-1]], initial=0))
    numbers: dict[int, set[int]] = {}
    for anchor, anchored in _ANCHOR_NUMBERS:
        at = joined.find(anchor)
        while at >= 0:
            numbers.setdefault(bisect.bisect_right(firsts, at) - 1, set()).update(anchored)
            at = joined.find(anchor, at + 1)
    matches: list[ChannelMatches] = [()] * len(windows)
    for window, held in numbers.items():
        start, end = windows[window]
        matches[window] = tuple(
            (name, tuple(m.start() for m in pattern.finditer(text, start, end)))
            for number, (name, pattern) in enumerate(_CHANNELS)
            if number in held
        )
    return matches


def pick_channel(matches: ChannelMatches, *, skip: tuple[int, int] | None) -> str | None:
    """The first channel with a match outside the content span ``skip``."""
    for name, starts in matches:
        for begin in starts:
            if skip is not None and skip[0] <= begin < skip[1]:
                continue
            return name
    return None
