"""Deterministic analysis of an article, done once: sentences, actors, dates, attributions.

It gives the model grounded candidates (and, in source-constrained mode, the only values it may
choose) and gives the assembler what it needs to ground the model's answer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .actors import ActorCandidate, find_actors
from .article import Sentence, sha256, split_sentences
from .attribution import Attribution, find_attributions
from .dates import DateMention, find_dateline, find_dates
from .document import Document
from .text import Doc


@dataclass(frozen=True)
class Analysis:
    document: Document
    text: str
    sha256: str
    published: dt.date | None
    published_from: str | None  # "argument", "metadata", "dateline" or None
    body_start: int  # where the article proper starts (after a dateline)
    sentences: tuple[Sentence, ...]
    actors: tuple[ActorCandidate, ...]
    dates: tuple[DateMention, ...]
    attributions: tuple[Attribution, ...]
    # The article as the engines read it, shared with the checker when the draft is assembled.
    doc: Doc = field(compare=False, repr=False)

    def sentence(self, sentence_id: str) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.id == sentence_id:
                return sentence
        return None


# What separates a dateline from the story on its line: an agency in parentheses and a dash or
# colon ("NAIROBI, March 3, 2024 (Reuters) - Kenya opened ..."); the story's first sentence
# starts after it, not with "- Kenya".
_DATELINE_TAIL = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:(?:--|[-\u2013\u2014:|])[ \t]*)?"
)


def _after_dateline(text: str, end: int) -> int:
    match = _DATELINE_TAIL.match(text, end)
    return match.end() if match and match.group().strip() else end


def analyse(article: str | Document, *, published: dt.date | None = None) -> Analysis:
    """Analyse an (already validated) article.

    The publication date is ``published`` if given, else the page's own (its metadata), else
    the article's dateline.
    """
    document = article if isinstance(article, Document) else Document(text=article)
    text = document.text
    doc = Doc(text)  # read once, by every engine
    dateline = find_dateline(doc)
    published_from: str | None = "argument" if published else None
    if published is None and document.published is not None:
        published, published_from = document.published, "metadata"
    body_start = 0
    if dateline is not None:
        body_start = _after_dateline(text, dateline[1].end)
        if published is None:
            published, published_from = dateline[0], "dateline"
    dates = tuple(
        m for m in find_dates(doc, published) if dateline is None or m.start >= body_start
    )
    return Analysis(
        document=document,
        text=text,
        sha256=sha256(text),
        published=published,
        published_from=published_from,
        body_start=body_start,
        sentences=tuple(split_sentences(doc, begin=body_start)),
        actors=tuple(find_actors(doc)),
        dates=dates,
        attributions=tuple(find_attributions(doc)),
        doc=doc,
    )
