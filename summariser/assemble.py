"""Ground a model's draft into a Summary: offsets, ids, names, date values, sources.

Whatever the model said, what reaches the user is tied to the article: evidence carries offsets
and an alignment status, actors carry their mentions, date values come from the deterministic
normaliser, and sources come from the attributions the article actually makes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .actors import ActorCandidate
from .analysis import Analysis
from .attribution import Attribution
from .drafts import NARRATOR, Draft, DraftActor, DraftClaim
from .grounding import align_quote, prepare
from .schema import (
    Actor,
    ActorType,
    AlignmentStatus,
    Claim,
    ClaimStatus,
    DateRef,
    Evidence,
    Mention,
    Source,
    SourceType,
)

_SENTENCE_ID = re.compile(r"S\d+")
# Heads of unnamed human sources ("security analysts", "officials said").
_PEOPLE = re.compile(
    r"\b(analysts?|officials?|experts?|sources?|diplomats?|observers?|critics?|residents?|"
    r"witnesses?|spokes(?:man|woman|person)|people|lawmakers?|leaders?|ministers?|"
    r"authorities|police|investigators?|researchers?|scientists?|economists?|aides?|"
    r"activists?|supporters?|opponents?|campaigners?|representatives?|members?)\b",
    re.IGNORECASE,
)
# Heads of institutions, which speak through statements ("the city council said", "according
# to the electoral commission"): a source of their own, though no actor names them.
_BODIES = re.compile(
    r"\b(council|commission|committee|ministry|department|agency|government|court|board|"
    r"parliament|congress|senate|assembly|embassy|administration|cabinet|regulator|union|"
    r"company|firm|bank|office|army|military|navy|club|association|federation|institute|"
    r"university|hospital|charity|foundation|league|bureau|organi[sz]ation|service)s?\b",
    re.IGNORECASE,
)
_SPECULATION = re.compile(
    r"\b(speculat\w*|expect\w*|predict\w*|forecast\w*|may|might|could|likely|probably|"
    r"possibl\w*|suggest\w*|believe\w*)\b",
    re.IGNORECASE,
)
_ALLEGATION = re.compile(r"\b(alleg\w*|accus\w*|purported\w*)\b", re.IGNORECASE)
# Statuses the article's own words must signal (the cue patterns above): a small model's
# guess of them on a plain sentence is not kept.
_CUED = (ClaimStatus.SPECULATION, ClaimStatus.ALLEGATION)


class Assembler:
    """Turns one Draft into grounded Summary parts for one analysed article."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self._prepared = prepare(analysis.doc)
        self.actors: list[Actor] = []
        self.dates: list[DateRef] = []
        self.sources: list[Source] = []
        self._source_spans: list[tuple[str, Attribution]] = []
        self._source_keys: dict[str, str] = {}  # speaker key -> source id

    # -- evidence -------------------------------------------------------------------------
    def evidence(self, item: str) -> Evidence:
        sentence = self.analysis.sentence(item) if _SENTENCE_ID.fullmatch(item) else None
        if sentence is not None:
            span = sentence.span
            return Evidence(
                quote=span.text,
                start=span.start,
                end=span.end,
                text=span.text,
                status=AlignmentStatus.EXACT,
                similarity=1.0,
            )
        found = align_quote(item, self._prepared)
        if found.start is None or found.end is None:
            return Evidence(quote=item)
        return Evidence(
            quote=item,
            start=found.start,
            end=found.end,
            text=self.text[found.start : found.end],
            status=found.status,
            similarity=found.similarity,
        )

    # -- actors ---------------------------------------------------------------------------
    def add_candidate_actors(self) -> None:
        for candidate in self.analysis.actors:
            self.actors.append(self._from_candidate(candidate, role=None))

    def add_draft_actors(self, drafts: Iterable[DraftActor]) -> None:
        for draft in drafts:
            if self.actor_id(draft.name) is not None:
                continue  # the model named the same actor twice
            candidate = self._candidate(draft.name)
            if candidate is not None:
                # The candidate's type comes from gazetteers and titles: keep it over the model's.
                actor = self._from_candidate(candidate, role=draft.role)
            else:
                actor = Actor(
                    id=f"a{len(self.actors) + 1}",
                    name=draft.name,
                    type=draft.type,
                    role=draft.role,
                    mentions=self._find_all(draft.name),
                )
            self.actors.append(actor)

    def _from_candidate(self, candidate: ActorCandidate, *, role: str | None) -> Actor:
        return Actor(
            id=f"a{len(self.actors) + 1}",
            name=candidate.name,
            type=ActorType(candidate.type),
            role=role or candidate.role,
            aliases=list(candidate.aliases),
            mentions=[Mention(start=m.start, end=m.end, text=m.text) for m in candidate.mentions],
        )

    def _candidate(self, name: str) -> ActorCandidate | None:
        key = _key(name)
        for candidate in self.analysis.actors:
            forms = [candidate.name, *candidate.aliases]
            if any(_key(form) == key for form in forms):
                return candidate
        return None

    def actor_id(self, name: str) -> str | None:
        key = _key(name)
        for actor in self.actors:
            if key in {_key(form) for form in (actor.name, *actor.aliases)}:
                return actor.id
        return None

    def _find_all(self, name: str) -> list[Mention]:
        if not name.strip():
            return []
        pattern = re.compile(r"(?<!\w)" + re.escape(name.strip()) + r"(?!\w)", re.IGNORECASE)
        return [
            Mention(start=m.start(), end=m.end(), text=m.group())
            for m in pattern.finditer(self.text)
        ]

    # -- dates ----------------------------------------------------------------------------
    def add_found_dates(self) -> None:
        # Without a publication date, "on Tuesday" or "August 15" has no value; it is listed
        # all the same (value null), so the reader sees the date and that it is unresolved.
        undated = self.analysis.published is None
        for mention in self.analysis.dates:
            if mention.type in ("DATE", "TIME") and (mention.value or undated):
                sentence = self._sentence_at(mention.start)
                self._add_date(mention.text, mention.start, event=sentence)

    def add_draft_dates(self, expressions: Iterable[tuple[str, str | None]]) -> None:
        for expression, event in expressions:
            if self.date_id(expression) is None:
                self._add_date(expression, None, event=event)

    def _add_date(self, expression: str, start: int | None, *, event: str | None) -> None:
        mention = next(
            (
                m
                for m in self.analysis.dates
                if (start is None or m.start == start) and _key(m.text) == _key(expression)
            ),
            None,
        )
        self.dates.append(
            DateRef(
                id=f"d{len(self.dates) + 1}",
                expression=expression,
                # The normaliser, not the model, decides the value: it is deterministic and
                # knows the publication date.
                value=mention.value if mention else None,
                granularity=mention.granularity if mention else None,
                event=event,
                start=mention.start if mention else None,
                end=mention.end if mention else None,
            )
        )

    def date_id(self, expression: str) -> str | None:
        key = _key(expression)
        return next((d.id for d in self.dates if _key(d.expression) == key), None)

    def _sentence_at(self, offset: int) -> str | None:
        for sentence in self.analysis.sentences:
            if sentence.span.start <= offset < sentence.span.end:
                return sentence.text
        return None

    # -- sources --------------------------------------------------------------------------
    def add_attributed_sources(self) -> None:
        """One Source per speaker the article presents (attributions grouped by speaker)."""
        for attribution in self.analysis.attributions:
            if attribution.source is None:
                continue
            name = attribution.resolved_source or attribution.source.text
            kind = self._speaker_type(attribution)
            if kind is None:
                continue  # "This repeated contact highlights ..." is not a speaker
            actor = self._actor_at(attribution.source.start, attribution.source.end)
            # "he said", resolved to a named speaker, is that speaker's source, not a second one.
            key = actor.id if actor else (self.actor_id(name) or _key(name))
            existing = next((s for s in self.sources if s.id == self._source_keys.get(key)), None)
            if existing is None:
                existing = Source(
                    id=f"s{len(self.sources) + 1}",
                    name=name,
                    type=kind,
                    channel=attribution.channel,
                    cue=attribution.cue.text,
                    start=attribution.source.start,
                    end=attribution.source.end,
                )
                self.sources.append(existing)
                self._source_keys[key] = existing.id
            elif existing.channel is None and attribution.channel:
                existing.channel = attribution.channel
            self._source_spans.append((existing.id, attribution))

    def _speaker_type(self, attribution: Attribution) -> SourceType | None:
        assert attribution.source is not None
        actor = self._actor_at(attribution.source.start, attribution.source.end)
        if actor is not None:
            return SourceType.PERSON if actor.type == ActorType.PERSON else SourceType.ORGANISATION
        if attribution.resolved_source and attribution.resolved_source != attribution.source.text:
            return SourceType.PERSON  # a pronoun resolved to a named antecedent
        if _PEOPLE.search(attribution.source.text):
            return SourceType.UNNAMED
        if _BODIES.search(attribution.source.text):
            return SourceType.ORGANISATION
        return None

    def _actor_at(self, start: int, end: int) -> Actor | None:
        for actor in self.actors:
            if any(m.start < end and start < m.end for m in actor.mentions):
                return actor
        return None

    def add_draft_sources(self, draft: Draft) -> None:
        """Sources the model named that the article's attributions did not already give."""
        for source in draft.sources:
            if _key(source.name) in ("", _key(NARRATOR)) or self._named_source(source.name):
                continue
            self.sources.append(
                Source(
                    id=f"s{len(self.sources) + 1}",
                    name=source.name,
                    type=source.type,
                    channel=source.channel,
                )
            )

    def source_of(self, spans: list[Evidence]) -> str | None:
        """The speaker whose attribution covers the evidence, if any."""
        for evidence in spans:
            if evidence.start is None or evidence.end is None:
                continue
            for source_id, attribution in self._source_spans:
                for part in (*attribution.content_parts(), attribution.cue):
                    if part.start < evidence.end and evidence.start < part.end:
                        return source_id
        return None

    def narrator(self) -> str:
        for source in self.sources:
            if source.type == SourceType.NARRATOR:
                return source.id
        narrator = Source(id=f"s{len(self.sources) + 1}", name=NARRATOR, type=SourceType.NARRATOR)
        self.sources.append(narrator)
        return narrator.id

    # -- claims ---------------------------------------------------------------------------
    def claims(self, draft: Draft, *, correct_status: bool) -> list[Claim]:
        claims: list[Claim] = []
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for item in draft.claims:
            evidence = [self.evidence(e) for e in dict.fromkeys(item.evidence)]
            statement = item.statement.strip() or " ".join(e.quote for e in evidence)
            key = (_key(statement), tuple(sorted(e.quote for e in evidence)))
            if key in seen:
                continue
            seen.add(key)
            source_id = self.source_of(evidence)
            if source_id is None and _key(item.source) not in ("", _key(NARRATOR)):
                source_id = self._named_source(item.source)
            status = item.status
            if correct_status:
                hint = self._status_hint(evidence, attributed=source_id is not None)
                status = hint or status
                if source_id is None and status == ClaimStatus.ATTRIBUTED_STATEMENT:
                    status = ClaimStatus.REPORTED_FACT  # nobody in the article says it
                if hint is None and status in _CUED:
                    status = ClaimStatus.REPORTED_FACT  # no word of the article marks it so
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}",
                    statement=statement,
                    status=status,
                    evidence=evidence,
                    actor_ids=self._claim_actors(item, evidence),
                    date_ids=self._claim_dates(item, evidence),
                    source_id=source_id or self.narrator(),
                )
            )
        return claims

    def _named_source(self, name: str) -> str | None:
        key = _key(name)
        return next((s.id for s in self.sources if _key(s.name) == key), None)

    def _status_hint(self, evidence: list[Evidence], *, attributed: bool) -> ClaimStatus | None:
        """What the article's own wording says about a claim's status (cue words)."""
        text = " ".join(e.text or "" for e in evidence)
        if _ALLEGATION.search(text):
            return ClaimStatus.ALLEGATION
        if _SPECULATION.search(text):
            return ClaimStatus.SPECULATION
        if attributed:
            return ClaimStatus.ATTRIBUTED_STATEMENT
        return None

    def _claim_actors(self, item: DraftClaim, evidence: list[Evidence]) -> list[str]:
        ids = [i for i in (self.actor_id(name) for name in item.actors) if i]
        for actor in self.actors:
            if any(_inside(m.start, m.end, evidence) for m in actor.mentions):
                ids.append(actor.id)
        return list(dict.fromkeys(ids))

    def _claim_dates(self, item: DraftClaim, evidence: list[Evidence]) -> list[str]:
        ids = [i for i in (self.date_id(expr) for expr in item.dates) if i]
        for date in self.dates:
            if (
                date.start is not None
                and date.end is not None
                and _inside(date.start, date.end, evidence)
            ):
                ids.append(date.id)
        return list(dict.fromkeys(ids))


def _inside(start: int, end: int, evidence: list[Evidence]) -> bool:
    return any(
        e.start is not None and e.end is not None and e.start <= start and end <= e.end
        for e in evidence
    )


def _key(name: str) -> str:
    """Comparison key for names: case, curly quotes, possessives and 'the' do not matter."""
    folded = name.replace("’", "'").strip().lower()
    folded = re.sub(r"'s$", "", folded)
    return re.sub(r"^the\s+", "", folded)
