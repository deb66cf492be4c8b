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


def trim_channel(text: str, start: int, end: int) -> int:
    """End of ``text[start:end]`` without a trailing channel phrase ("... in a statement")."""
    match = _TRAILING_CHANNEL.search(text, start, end)
    if match is None or match.start() == start:
        return end
    return match.start()


def find_channel(text: str, *, start: int, end: int, skip: tuple[int, int] | None) -> str | None:
    """The channel named in ``text[start:end]`` outside the content span ``skip``."""
    for name, pattern in _CHANNELS:
        for match in pattern.finditer(text, start, end):
            if skip is not None and skip[0] <= match.start() < skip[1]:
                continue
            return name
    return None
