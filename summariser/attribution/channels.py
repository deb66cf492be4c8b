"""The channel an attribution was made through: statement, social media, interview, ..."""

from __future__ import annotations

import logging
import re

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
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def _folded_lower(text: str) -> str:
    if not text.isascii() and any(char in text for char in "İıſK"):
        text = text.translate(_FOLD)
    return text.lower()


# How every _TRAILING_CHANNEL match ends (before the newline that $ may stand before): checked
# with a string test first, it spares the full search (which tries every comma and space).
_CHANNEL_NOUNS = (
    "statement", "interview", "tweet", "post", "social media", "twitter", "facebook",
    "instagram", "briefing", "conference", "speech", "rally", "email", "e-mail", "letter", "video",
)  # fmt: skip
_CHANNEL_ENDS = tuple(word + plural for word in _CHANNEL_NOUNS for plural in ("", "s"))
_CHANNEL_END_CHARS = 16  # more than the longest of them, and its newline


def trim_channel(text: str, start: int, end: int) -> int:
    """End of ``text[start:end]`` without a trailing channel phrase ("... in a statement")."""
    tail = _folded_lower(text[max(start, end - _CHANNEL_END_CHARS) : end])
    if not (
        tail.endswith(_CHANNEL_ENDS) or (tail[-1:] == "\n" and tail[:-1].endswith(_CHANNEL_ENDS))
    ):
        return end
    match = _TRAILING_CHANNEL.search(text, start, end)
    if match is None or match.start() == start:
        return end
    return match.start()


# Literal pieces of every way each channel's pattern can match (keep in step with _CHANNELS):
# a channel none of whose pieces a sentence holds is not searched for in it.
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
_PIECED = tuple((name, _CHANNEL_PIECES[name], pattern) for name, pattern in _CHANNELS)

ChannelMatches = tuple[tuple[str, tuple[int, ...]], ...]


def channel_matches(text: str, *, start: int, end: int) -> ChannelMatches:
    """Each channel (in order) with the starts of its matches in ``text[start:end]``. Shared by
    all the attributions of one sentence."""
    folded = _folded_lower(text[start:end])
    found = []
    for name, pieces, pattern in _PIECED:
        for piece in pieces:
            if piece in folded:
                found.append((name, tuple(m.start() for m in pattern.finditer(text, start, end))))
                break
    return tuple(found)


def pick_channel(matches: ChannelMatches, *, skip: tuple[int, int] | None) -> str | None:
    """The first channel with a match outside the content span ``skip``."""
    for name, starts in matches:
        for begin in starts:
            if skip is not None and skip[0] <= begin < skip[1]:
                continue
            return name
    return None
