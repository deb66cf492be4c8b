"""Deterministic analysis of an article, done once: sentences, actors, dates, attributions.

It gives the model grounded candidates (and, in source-constrained mode, the only values it may
choose) and gives the assembler what it needs to ground the model's answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .actors import ActorCandidate, find_actors
from .article import Sentence, sha256, split_sentences
from .attribution import Attribution, find_attributions
from .dates import DateMention, find_dateline, find_dates


@dataclass(frozen=True)
class Analysis:
    text: str
    sha256: str
    published: dt.date | None
    published_from: str | None  # "argument", "dateline" or None
    body_start: int  # where the article proper starts (after a dateline)
    sentences: tuple[Sentence, ...]
    actors: tuple[ActorCandidate, ...]
    dates: tuple[DateMention, ...]
    attributions: tuple[Attribution, ...]

    def sentence(self, sentence_id: str) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.id == sentence_id:
                return sentence
        return None


def analyse(text: str, *, published: dt.date | None = None) -> Analysis:
    """Analyse an (already validated) article."""
    dateline = find_dateline(text)
    published_from: str | None = "argument" if published else None
    body_start = 0
    if dateline is not None:
        body_start = dateline[1].end
        if published is None:
            published, published_from = dateline[0], "dateline"
    dates = tuple(
        m for m in find_dates(text, published) if dateline is None or m.start >= body_start
    )
    return Analysis(
        text=text,
        sha256=sha256(text),
        published=published,
        published_from=published_from,
        body_start=body_start,
        sentences=tuple(split_sentences(text, begin=body_start)),
        actors=tuple(find_actors(text)),
        dates=dates,
        attributions=tuple(find_attributions(text)),
    )
