"""summarise(): article in, grounded and checked Summary out."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from pydantic import ValidationError

from .analysis import Analysis, analyse
from .article import validate_article
from .assemble import Assembler
from .backends import make_backend
from .backends.base import Backend, DraftRequest, DraftResult, Traits
from .checker import check
from .document import Document, as_document
from .drafts import allowed_values, local_draft_schema
from .errors import ConfigurationError, InputError, first_invalid
from .notices import reading_notices
from .prompts import chat_messages, completion_prompt, load_example, manifest, prompt_version
from .schema import Article, Metadata, Summary
from .selection import Unit, select_content
from .settings import Settings

logger = logging.getLogger(__name__)


def _validated(settings: Settings | None, overrides: dict[str, Any]) -> Settings:
    """Settings with keyword overrides applied and validated ("2023-10-10" becomes a date)."""
    base = settings or Settings()
    if not overrides:
        return base
    try:
        return Settings.model_validate({**base.model_dump(), **overrides})
    except ValidationError as exc:
        where, message = first_invalid(exc)
        raise ConfigurationError(f"invalid setting {where}: {message}", setting=where) from None


def build_request(analysis: Analysis, *, backend: Traits, settings: Settings) -> DraftRequest:
    """Render the prompt for this backend (the article enters as template data only)."""
    sentences = [{"id": s.id, "text": s.text} for s in analysis.sentences]
    ids = tuple(s.id for s in analysis.sentences)
    variables: dict[str, Any] = {
        "article": analysis.text,
        "sentences": sentences,
        "published": analysis.published.isoformat() if analysis.published else None,
        "max_claims": settings.max_claims,
        "constrained": backend.constrained,
    }
    if not backend.chat:
        # A model that only chooses gets the deterministic selection's offer (see selection/).
        selection = select_content(
            analysis, max_claims=settings.max_claims, gist_options=GIST_OPTIONS
        )
        gist_offered = tuple(_offer(u) for u in selection.gist)
        claims_offered = tuple(_offer(u) for u in selection.claims)
        return DraftRequest(
            article=analysis.text,
            sentence_ids=ids,
            prompt=completion_prompt(examples=_examples(), **variables),
            local_schema=local_draft_schema(
                sentence_ids=ids,
                max_claims=settings.max_claims,
                gist_ids=[sid for sid, _ in gist_offered],
                claim_ids=[sid for sid, _ in claims_offered],
            ),
            max_claims=settings.max_claims,
            gist_offered=gist_offered,
            claims_offered=claims_offered,
        )
    allowed = None
    if backend.constrained:
        allowed = allowed_values(
            sentence_ids=ids,
            actor_names=[n for a in analysis.actors for n in (a.name, *a.aliases)],
            date_expressions=[m.text for m in analysis.dates if m.type in ("DATE", "TIME")],
            source_names=[
                a.resolved_source or a.source.text for a in analysis.attributions if a.source
            ],
            max_claims=settings.max_claims,
        )
    return DraftRequest(
        article=analysis.text,
        sentence_ids=ids,
        messages=tuple(chat_messages(**variables)),
        allowed=allowed,
        quote_checked=not backend.constrained,
        max_claims=settings.max_claims,
    )


# Gist candidates offered to the embedded model: one, so the selection decides. Offering the
# model the best three to choose from did not help on the development data (BENCHMARKS.md).
GIST_OPTIONS = 1


def _offer(unit: Unit) -> tuple[str, str]:
    """(sentence id, evidence): the id for a whole sentence, else the verbatim span."""
    return unit.sentence_id, unit.sentence_id if unit.whole else unit.text


def _examples() -> list[dict[str, Any]]:
    from .article import split_sentences

    out = []
    for name in manifest()["examples"]:
        example = load_example(name)
        sentences = split_sentences(example["text"])
        out.append(
            {
                "sentences": [{"id": s.id, "text": s.text} for s in sentences],
                "summary_json": json.dumps(example["summary"], ensure_ascii=False),
            }
        )
    return out


def prepare(
    article: str | Document, *, settings: Settings, backend: Traits
) -> tuple[Analysis, DraftRequest]:
    """Validate, analyse and render one article for this backend."""
    document = as_document(article)
    validate_article(document.text, name="the article", max_chars=backend.context_chars())
    analysis = analyse(document, published=settings.published)
    if not analysis.sentences:
        raise InputError("the article has no text after its dateline")
    return analysis, build_request(analysis, backend=backend, settings=settings)


def prepare_run(
    article: str | Document,
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    **overrides: Any,
) -> tuple[Settings, Backend, Analysis, DraftRequest]:
    """Settings, backend, analysis and request: everything up to the model call."""
    as_document(article)  # a wrong type fails before a model is loaded
    config = _validated(settings, overrides)
    chosen = backend or make_backend(config)
    started = time.perf_counter()
    analysis, request = prepare(article, settings=config, backend=chosen)
    _log_prepared(analysis, backend=chosen, seconds=time.perf_counter() - started)
    return config, chosen, analysis, request


def finish(
    analysis: Analysis,
    result: DraftResult,
    *,
    backend: Traits,
    settings: Settings,
    timings: dict[str, float],
) -> Summary:
    """Ground the draft, attach metadata and the check report."""
    started = time.perf_counter()
    assembler = Assembler(analysis)
    draft = result.draft
    if backend.chat:
        assembler.add_draft_actors(draft.actors)
        assembler.add_draft_dates((d.expression, d.event) for d in draft.dates)
    else:  # the small model does not name things: the deterministic engines do
        assembler.add_candidate_actors()
        assembler.add_found_dates()
    assembler.add_attributed_sources()
    if backend.chat:
        assembler.add_draft_sources(draft)
    claims = assembler.claims(draft, correct_status=not backend.chat)
    for source in assembler.sources:
        source.claim_ids = [c.id for c in claims if c.source_id == source.id]
    gist = draft.gist.strip()
    gist_sentence = analysis.sentence(gist)
    summary = Summary(
        gist=gist_sentence.text if gist_sentence else gist,
        claims=claims,
        actors=assembler.actors,
        dates=assembler.dates,
        sources=assembler.sources,
        metadata=Metadata(
            model=result.model,
            backend=backend.name,
            prompt_version=prompt_version(),
            article_sha256=analysis.sha256,
            published=analysis.published,
            published_from=analysis.published_from,
            usage=result.usage,
            attempts=result.attempts,
            timings=timings,
            notices=reading_notices(
                analysis.text, dates=assembler.dates, published=analysis.published
            ),
        ),
        article=Article(
            text=analysis.text,
            title=analysis.document.title,
            url=analysis.document.url,
            format=analysis.document.format,
        ),
    )
    timings["assemble"] = round(time.perf_counter() - started, 4)
    if settings.check:
        started = time.perf_counter()
        summary.check = check(
            summary, analysis.doc, attributions=analysis.attributions, dates=analysis.dates
        )
        timings["check"] = round(time.perf_counter() - started, 4)
    summary.metadata.timings = timings  # pydantic copied the dict; give it the final one
    return summary


def summarise(
    article: str | Document,
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    **overrides: Any,
) -> Summary:
    """Summarise one article (text, or a Document from read_article/from_html) into a
    grounded, checked Summary; its offsets index ``summary.article.text``.

    Keyword overrides are Settings fields, e.g. ``summarise(text, published="2023-10-10")``.
    """
    started = time.perf_counter()
    config, chosen, analysis, request = prepare_run(
        article, settings=settings, backend=backend, **overrides
    )
    timings = {"prepare": round(time.perf_counter() - started, 4)}
    started = time.perf_counter()
    result = chosen.draft(request)
    timings["model"] = round(time.perf_counter() - started, 4)
    _log_answered(result, seconds=timings["model"])
    return finish(analysis, result, backend=chosen, settings=config, timings=timings)


async def asummarise(
    article: str | Document,
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    **overrides: Any,
) -> Summary:
    """The async twin of summarise(), for many articles at once."""
    started = time.perf_counter()
    config, chosen, analysis, request = prepare_run(
        article, settings=settings, backend=backend, **overrides
    )
    timings = {"prepare": round(time.perf_counter() - started, 4)}
    started = time.perf_counter()
    result = await chosen.adraft(request)
    timings["model"] = round(time.perf_counter() - started, 4)
    _log_answered(result, seconds=timings["model"])
    return finish(analysis, result, backend=chosen, settings=config, timings=timings)


# What -v shows of one article's run (a batch logs its own progress instead).
def _log_prepared(analysis: Analysis, *, backend: Backend, seconds: float) -> None:
    published = analysis.published.isoformat() if analysis.published else "unknown"
    logger.info(
        "analysed in %.2fs: %d sentences, %d actors, %d dates, %d attributions; published %s "
        "(%s); model: %s",
        seconds,
        len(analysis.sentences),
        len(analysis.actors),
        len(analysis.dates),
        len(analysis.attributions),
        published,
        analysis.published_from or "none given, no page date or dateline",
        backend.name,
    )


def _log_answered(result: DraftResult, *, seconds: float) -> None:
    logger.info(
        "%s answered in %.2fs (%d attempt(s), %d tokens)",
        result.model,
        seconds,
        result.attempts,
        result.usage.total_tokens,
    )
