"""Open mode: check any claims against an article, finding the evidence ourselves."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from itertools import compress, count
from operator import attrgetter

from ..errors import InputError
from ..report import ClaimCheck, FlagCode, Verdict
from ..spans import Span
from ..text import Doc
from .aligned import verbatim, whole_copy
from .converses import converse_check, settle
from .cut_off import cut_off_findings
from .english import absent, is_english, shouted, unknown_opening, unknown_words
from .english import in_case as in_case_text
from .features import Tok, name_spans, tokenize
from .flags import (
    P_CONTRADICTION,
    ClaimView,
    Finding,
    novel_word_findings,
    report_flags,
)
from .holidays import holidays_as_dates
from .late_tests import with_late_findings
from .name_openings import name_start
from .participle_links import participle_findings
from .prepare import PreparedArticle, prepared
from .quotations import quotation_findings
from .score import (
    COPY_THRESHOLD,
    NEAR_COPY,
    SUPPORT_THRESHOLD,
    apply_penalty,
    combine,
    sentence_score,
)
from .sentences import split_sentences
from .slot_tests import SlotFindings, slot_findings
from .statements import statement_findings
from .support import Support, find_support
from .unstated_predicates import unstated_predicate_findings

logger = logging.getLogger(__name__)

_CAP = attrgetter("cap")
_CONTENT = attrgetter("content")
_NORM = attrgetter("norm")
_STEM = attrgetter("stem")


def split_claims(text: str) -> list[str]:
    """A plain-text summary as one claim per sentence (blank lines and bullets dropped)."""
    out: list[str] = []
    for start, end in split_sentences(text):
        claim = text[start:end].lstrip("-*•–— \t").strip()
        if any(c.isalnum() for c in claim):
            out.append(claim)
    return out


def claim_views(claim: str, art: PreparedArticle) -> list[ClaimView]:
    """The claim's sentences, tokens carrying offsets into the whole claim.

    Names come from the claim's own capitals; a claim without mid-sentence capitals (lowercased
    or badly cased) takes them from the words the article always capitalises.
    """
    if shouted(claim):  # (in capitals throughout, as a headline: no name is marked)
        claim = claim.lower()
    bounds = split_sentences(claim) or [(0, len(claim))]
    # (Read from the text: the tokens a view of the claim's Doc gives, found faster.)
    sentences = [holidays_as_dates(tokenize(claim, start, end), art.text) for start, end in bounds]
    cased = any(any(map(_CAP, toks[1:])) for toks in sentences)
    first = next((toks[0] for toks in sentences if toks), None)
    # A claim that opens with a capital against a cased article was written in case.
    in_case = cased or (first is not None and first.cap and in_case_text(art.text))
    views = [ClaimView(text=claim, toks=toks, names=[], in_case=in_case) for toks in sentences]
    if cased:
        quoting = not _OPENING_QUOTES.isdisjoint(claim)
        for view in views:
            starts = {view.toks[0].start} if view.toks else set()
            if quoting:
                starts.update(_quote_openers(view, art))
            view.names.extend(_names(view, name_spans(view.toks, frozenset(starts)), art))
        return _with_openings(views, art)
    unknown = _unknown_names(views, art)
    named = (lambda t: t.start in unknown or art.is_name(t)) if unknown else art.is_name
    # (asked word by word: the article's whole set costs a pass over all its tokens; and only
    # of the words a run can start at, found at C level: a name word is one the article writes
    # with a capital, or one it lacks)
    capitalised = art.capitalised
    for view in views:
        at = set(compress(count(), map(capitalised.__contains__, map(_NORM, view.toks))))
        if unknown:
            at.update(k for k, t in enumerate(view.toks) if t.start in unknown)
        if at:
            view.names.extend(_runs(view.toks, named, claim, at=at))
    return _with_openings(views, art)


def _with_openings(views: list[ClaimView], art: PreparedArticle) -> list[ClaimView]:
    """The views, each told whether its first word alone is a name (see ClaimView)."""
    out = []
    for view in views:
        # (the article's name words are built on first use: asked for last)
        named = bool(view.toks) and all(i > 0 for i, _ in view.names)
        if named and (art.is_name(view.toks[0]) or unknown_opening(view.toks, art)):
            view = replace(view, opening=True)
        out.append(view)
    return out


_OPENING_QUOTES = frozenset("\"'`“‘")


def _quote_openers(view: ClaimView, art: PreparedArticle) -> list[int]:
    """Offsets of the words that open a quotation ("said: 'Oh, come on'"), where a word of
    English is capitalised as a sentence's first word is: by its place, not as a name."""
    toks, text = view.toks, view.text
    out = []
    for k in range(1, len(toks)):
        gap = text[toks[k - 1].end : toks[k].start].rstrip()  # ("said : ` Oh": a spaced quote)
        if (
            gap
            and gap[-1] in _OPENING_QUOTES
            and (len(gap) == 1 or not gap[-2].isalnum())
            and toks[k].cap
            and is_english(toks[k].norm)
            and not art.is_name(toks[k])
        ):
            out.append(toks[k].start)
    return out


def _unknown_names(views: list[ClaimView], art: PreparedArticle) -> set[int]:
    """The offsets of the words of a claim without mid-sentence capitals that are names the
    article lacks (see english.py): none when the claim opens with a capital and the article has
    names, for such a claim was written in case and names no one."""
    if views[0].in_case:
        return set()
    # The article is asked first, at C level: a word it has is no name it lacks, and most words
    # of a claim are its words (the word list is asked only of the others).
    stems = art.stems
    lacking: list[Tok] = []
    for view in views:
        toks = view.toks
        odd = set(compress(map(_STEM, toks), map(_CONTENT, toks))).difference(stems)
        if odd:
            lacking += [t for t in toks if t.stem in odd]
    unknown = unknown_words(lacking) if lacking else []
    return {t.start for t in unknown if absent(t, art)}


# Punctuation inside a run of capitalised words ends a name: "Alan Pardew, Sir Bobby Robson"
# lists two people, "Bethesda, Maryland" a place and its state. (Initials and hyphens stay.)
_NAME_BREAK = frozenset(',;:()[]"“”|/')


def _names(
    view: ClaimView, spans: list[tuple[int, int]], art: PreparedArticle
) -> list[tuple[int, int]]:
    """The claim's names: capitalised runs cut at punctuation, a run opening the sentence
    without a first word whose capital is the sentence's (see name_openings.py)."""
    toks, text = view.toks, view.text
    out: list[tuple[int, int]] = []
    for i, j in spans:
        if i == 0 and j > 1:
            i = name_start(toks[:j], art)
        start = i
        for k in range(i + 1, j):
            if not _NAME_BREAK.isdisjoint(text[toks[k - 1].end : toks[k].start]):
                out.append((start, k))
                start = k
        out.append((start, j))
    return out


def _runs(
    toks: list[Tok], is_name: Callable[[Tok], bool], text: str, *, at: set[int]
) -> list[tuple[int, int]]:
    """Token ranges of consecutive tokens that ``is_name``, cut at punctuation (see
    ``_NAME_BREAK``); a run starts only at the tokens ``at`` (the others are no names)."""
    out: list[tuple[int, int]] = []
    for i in sorted(at):
        if out and i < out[-1][1]:
            continue  # (in the run just found)
        if toks[i].content and is_name(toks[i]):  # (names are content words)
            j = i + 1
            while (
                j < len(toks)
                and toks[j].content
                and _NAME_BREAK.isdisjoint(text[toks[j - 1].end : toks[j].start])
                and is_name(toks[j])
            ):
                j += 1
            out.append((i, j))
    return out


def check_view(
    view: ClaimView,
    art: PreparedArticle,
    *,
    published: dt.date | None = None,
    seeds: tuple[int, ...] = (),
) -> tuple[float, Support, list[Finding], int]:
    """Score one claim sentence against the prepared article; also how many of its tokens are
    copied from its evidence sentence."""
    sup = find_support(art, view.toks, seeds=seeds, names=view.names, text=view.text)
    if not verbatim(view, art, sup):
        slots = slot_findings(view, art, sup, published=published)
    elif whole_copy(view, art, sup):  # (the article says just this: nothing to test)
        return sentence_score(sup, [], 0.0), sup, [], len(view.toks)
    else:
        # A stretch of one supporting sentence copied word for word: its names and values stand
        # in the slots the article gives them, so only what the copy leaves out is tested (a
        # negation, hedge or plan of the sentence around it).
        slots = SlotFindings([], set(), len(view.toks), len(view.mentions))
    findings, copied = slots.findings, slots.copied
    findings += statement_findings(view, art, sup, numbers=slots.numbers)
    findings = with_late_findings(findings, view, art, sup)
    # An event told from the other party's side ("Villa lost to Chelsea" for "Chelsea beat
    # Villa"): the predicate's opposite and the parties' order are no contradiction.
    findings = settle(findings, view, converse_check(view, art))
    low, extra = novel_word_findings(view, art, sup, slots.known)
    findings += low
    findings += unstated_predicate_findings(view, art, sup)
    if not any(map(_CONTENT, view.toks)):  # ("not not not"): nothing the evidence could say
        first, last = view.toks[0], view.toks[-1]
        msg = "The claim has no content word to check."
        findings.append(Finding(FlagCode.LOW_SUPPORT, msg, first.start, last.end, P_CONTRADICTION))
    findings += cut_off_findings(view)  # ("she knew the": a fact the claim never finishes)
    findings += participle_findings(view, art)  # (", causing ..." of another clause)
    # A word of the claim's own (absent from the article) makes it a paraphrase, whatever it
    # copies: only a claim made of the article's words is held to the near-copy threshold.
    if not art.stems.issuperset(compress(map(_STEM, view.toks), map(_CONTENT, view.toks))):
        copied = 0
    return sentence_score(sup, findings, extra), sup, findings, copied


def check_prepared(
    art: PreparedArticle,
    claim: str,
    *,
    claim_id: str | None = None,
    published: dt.date | None = None,
    seeds: tuple[int, ...] = (),
    prior: list[Finding] | None = None,
    quotes: list[Span] | None = None,
) -> ClaimCheck:
    """The verdict on one claim (of one or more sentences).

    Evidence mode passes ``seeds`` (sentences of the aligned quotes), ``prior`` findings (quotes
    not found; their penalties lower the score) and the aligned ``quotes`` themselves.
    """
    scores: list[float] = []
    sids: set[int] = set()
    findings: list[Finding] = list(prior or [])
    tokens = copied = 0
    for view in claim_views(claim, art):
        if not view.toks:
            continue
        score, sup, found, view_copied = check_view(view, art, published=published, seeds=seeds)
        tokens += len(view.toks)
        copied += view_copied
        scores.append(score)
        sids.update(sup.sids)
        findings += found
    misquotes = quotation_findings(claim, art)
    findings += misquotes
    score = combine(scores)
    if prior or misquotes:
        score = apply_penalty(score, sum(f.penalty for f in [*(prior or []), *misquotes]))
    verdict = _verdict(score, findings, near_copy=tokens > 0 and copied >= NEAR_COPY * tokens)
    flags = report_flags(claim, findings)
    # The aligned quotes first, then the supporting sentences; a sentence that a quote already
    # spans exactly is not listed twice.
    evidence = list(quotes or [])
    listed = {(q.start, q.end) for q in evidence}
    for sid in sorted(sids):
        sent = art.sentences[sid]
        if (sent.start, sent.end) not in listed:
            evidence.append(art.derived((_EVIDENCE, sid), _sentence_span))
    return ClaimCheck.model_construct(
        claim=claim,
        claim_id=claim_id,
        verdict=verdict,
        supported=verdict is Verdict.SUPPORTED,
        score=score,
        evidence=evidence,
        # Doubts that leave a claim supported are warnings, not reasons for a verdict.
        flags=[] if verdict is Verdict.SUPPORTED else flags,
        warnings=flags if verdict is Verdict.SUPPORTED else [],
    )


# Findings that leave a claim unverified whatever its overlap: a negation its evidence lacks (a
# fact of the claim's own), an evidence quote the article lacks (its grounding is broken), a
# link between two facts its evidence does not state (causes.py).
_UNGROUNDED = frozenset({FlagCode.NEGATION_FLIP, FlagCode.QUOTE_NOT_FOUND, FlagCode.CAUSE_UNSTATED})


def _verdict(score: float, findings: list[Finding], *, near_copy: bool) -> Verdict:
    """Contradicted when the evidence says otherwise; never supported when the claim states a
    fact of its own (a name, number or date the article lacks, a negation its evidence lacks) or
    cites a quote the article lacks; else supported at the threshold for its kind of claim."""
    if any(f.contradicts and f.penalty >= P_CONTRADICTION for f in findings):
        return Verdict.CONTRADICTED
    if any(f.penalty >= P_CONTRADICTION or f.code in _UNGROUNDED for f in findings):
        return Verdict.UNVERIFIED
    threshold = COPY_THRESHOLD if near_copy else SUPPORT_THRESHOLD
    return Verdict.SUPPORTED if score >= threshold else Verdict.UNVERIFIED


def _span(text: str, start: int, end: int) -> Span:
    return Span.model_construct(start=start, end=end, text=text[start:end])


_EVIDENCE = "evidence span"


def _sentence_span(art: PreparedArticle, key: tuple[str, int]) -> Span:
    """An article sentence as an evidence span, made once per article: a ``Span`` is frozen,
    so the reports of the claims it supports can share it."""
    sent = art.sentences[key[1]]
    return _span(art.text, sent.start, sent.end)


def check_claims(
    article: str | Doc, claims: list[str], *, published: dt.date | None = None
) -> list[ClaimCheck]:
    """Check each claim against the article (text, or its shared ``Doc``; prepared once and
    cached)."""
    if isinstance(claims, str):  # (a text's characters would be checked one by one)
        raise InputError("claims must be a list of claims; split a text with split_claims()")
    art = prepared(article)
    return [check_prepared(art, claim, published=published) for claim in claims]
