"""Attributions inside another's subject: "The woman who told police about the attack said she
was afraid" reports two acts, and the first one's content ends where the subject of the second
ends ("about the attack"), not at the end of the sentence."""

from __future__ import annotations

import logging
from collections import defaultdict

from summariser.attribution.model import Found

logger = logging.getLogger(__name__)


def clip_to_subjects(found: list[Found]) -> None:
    """Cut each content of ``found`` (in place) at the end of a source that holds its cue."""
    by_sentence: defaultdict[int, list[Found]] = defaultdict(list)
    for item in found:
        by_sentence[item.sentence].append(item)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        for inner in group:
            if inner.content is None:
                continue
            for outer in group:
                source = outer.source
                if (
                    outer is not inner
                    and source is not None
                    and source[0] <= inner.cue[0] < source[1] <= outer.cue[0]
                    and inner.content[0] < source[1] < inner.content[1]
                ):
                    inner.content = (inner.content[0], source[1])
