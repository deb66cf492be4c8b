"""The product's contract: the pydantic models of a structured summary."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from .enums import ValueEnum
from .report import CheckReport


class AlignmentStatus(ValueEnum):
    """How an evidence quote was found in the article."""

    EXACT = "exact"  # verbatim
    NORMALISED = "normalised"  # equal after folding case, whitespace, quote and dash styles
    FUZZY = "fuzzy"  # best approximate match above the fuzzy threshold
    NOT_FOUND = "not_found"  # no acceptable match: offsets are null


class Evidence(BaseModel):
    """A quote from the article with its place in it, computed after the model answers."""

    quote: str = Field(description="The quote as given by the model.")
    start: int | None = Field(default=None, description="Offset of the aligned article text.")
    end: int | None = Field(default=None, description="End offset (exclusive).")
    text: str | None = Field(default=None, description="article[start:end], when aligned.")
    status: AlignmentStatus = AlignmentStatus.NOT_FOUND
    similarity: float = Field(default=0.0, ge=0.0, le=1.0)


class ClaimStatus(ValueEnum):
    """The epistemic status of a claim, as the article presents it."""

    REPORTED_FACT = "reported_fact"  # the reporter states it as fact
    ATTRIBUTED_STATEMENT = "attributed_statement"  # someone said/stated it
    ALLEGATION = "allegation"  # an accusation not (yet) established
    SPECULATION = "speculation"  # a guess, prediction or expectation
    OPINION = "opinion"  # a judgement or evaluation


class Claim(BaseModel):
    id: str = Field(description="Short id, e.g. c1.")
    statement: str = Field(description="The claim in plain words.")
    status: ClaimStatus
    evidence: list[Evidence] = Field(default_factory=list)
    actor_ids: list[str] = Field(default_factory=list)
    date_ids: list[str] = Field(default_factory=list)
    source_id: str | None = None


class ActorType(ValueEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    PLACE = "place"  # a city, region, street or venue: where, not who
    GROUP = "group"
    OTHER = "other"


class Mention(BaseModel):
    """Where a name occurs in the article."""

    start: int
    end: int
    text: str


class Actor(BaseModel):
    id: str = Field(description="Short id, e.g. a1.")
    name: str = Field(description="Canonical name, the fullest form the article uses.")
    type: ActorType
    role: str | None = Field(default=None, description="Role as the article gives it.")
    aliases: list[str] = Field(default_factory=list, description="Other forms in the article.")
    mentions: list[Mention] = Field(default_factory=list)


class DateRef(BaseModel):
    id: str = Field(description="Short id, e.g. d1.")
    expression: str = Field(description="The date as written in the article.")
    value: str | None = Field(
        default=None, description="TIMEX3-style value: 2023-08-15, 2023-07, 2023, 2023-W32, ..."
    )
    granularity: str | None = Field(default=None, description="day, month, year, week, ...")
    event: str | None = Field(default=None, description="What happened then.")
    start: int | None = None
    end: int | None = None


class SourceType(ValueEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    UNNAMED = "unnamed"  # "security analysts", "officials"
    NARRATOR = "narrator"  # the reporter's own narration


class Source(BaseModel):
    id: str = Field(description="Short id, e.g. s1.")
    name: str = Field(description="Who asserts it, as the article names them.")
    type: SourceType
    channel: str | None = Field(default=None, description="statement, social media, interview...")
    cue: str | None = Field(default=None, description="The reporting words: said, according to...")
    claim_ids: list[str] = Field(default_factory=list)
    start: int | None = None
    end: int | None = None


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def add(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


class Article(BaseModel):
    """The text the summary was made from: every start/end offset in the summary indexes it."""

    text: str = Field(description="The article text (for a web page, its extracted main text).")
    title: str | None = Field(default=None, description="The page's title, when known.")
    url: str | None = Field(default=None, description="Where the page was fetched from.")
    format: Literal["text", "html"] = Field(
        default="text", description="What the input was: plain text or a web page."
    )


class Notice(BaseModel):
    """Something a reader of the summary should know about how the article was read."""

    code: Literal["not_english", "unresolved_dates"] = Field(
        description="not_english: the article does not read as English, the language the "
        "engines are built for; unresolved_dates: dates given relative to a publication date "
        "nobody gave."
    )
    message: str


class Metadata(BaseModel):
    model: str
    backend: str
    prompt_version: str
    article_sha256: str
    published: dt.date | None = None
    published_from: str | None = Field(
        default=None,
        description="Where the publication date came from: argument, metadata (the web page's) "
        "or dateline.",
    )
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 1
    timings: dict[str, float] = Field(default_factory=dict, description="Seconds per stage.")
    notices: list[Notice] = Field(default_factory=list)


class Summary(BaseModel):
    """A grounded structured summary of one article."""

    gist: str = Field(description="One sentence saying what the article is about.")
    claims: list[Claim] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    dates: list[DateRef] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    metadata: Metadata
    check: CheckReport | None = None
    article: Article | None = Field(
        default=None, description="The text that evidence, mention and date offsets index."
    )


def summary_json_schema() -> dict[str, object]:
    """JSON Schema of the output (what `summarise schema` prints)."""
    return Summary.model_json_schema()
