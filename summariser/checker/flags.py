"""The support tests: each compares one claim sentence with its evidence and returns findings.

A finding is a flag (code, human sentence, offsets in the claim) plus the penalty it takes off the
claim's score. Penalties are in logit units (see score.py); a fact absent from the whole article
weighs more than one that the article gives elsewhere, away from the supporting sentences.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from ..report import Flag, FlagCode
from ..spans import Span
from .aliases import SPELT_TITLES, country_forms, expansion, given_in_full, written_in_full
from .claim_view import ClaimView
from .common_acronyms import spelt_in_words
from .engines import claim_speakers, date_values, value_at
from .features import NUM, Tok
from .holidays import fixed_rivals
from .name_references import referred
from .predicates import is_predicate
from .prepare import PreparedArticle
from .pronoun_names import said_by_pronoun
from .quantities import DateWord, relative_clash
from .support import W_REWORDED, Support

logger = logging.getLogger(__name__)

# Penalties (logits). A contradiction (absent from the article, or at odds with the evidence)
# must on its own take a fully supported claim (logit about 3) below the threshold; "elsewhere"
# findings (in the article, not in the supporting sentences) only weaken it.
P_CONTRADICTION = 4.0
P_ENTITY_DOC = P_CONTRADICTION
P_ENTITY_EV = 0.8
P_NUMBER_DOC = P_CONTRADICTION
P_NUMBER_EV = 0.7
P_DATE_CONFLICT = P_CONTRADICTION
P_DATE_DOC = 1.5
P_NEGATION = P_CONTRADICTION
P_OPPOSITE = 2.0
P_ATTRIBUTION = P_CONTRADICTION
P_NOVEL_WORD = 0.5  # each content word absent from the article, not already flagged otherwise
LOW_COVERAGE = 0.6  # LOW_SUPPORT when less of the claim's weight than this is in its evidence
NOVEL_WORDS_FLAG = 2  # ... or when this many content words are absent from the article
# Summarisation systems write "UNK" ("[UNK]", "<unk>") for a word they could not produce: the
# claim cannot be checked there. Not a name absent from the article (P_ENTITY_DOC per
# placeholder would rank such summaries below everything), but one doubt per sentence: human
# raters mark most, not all, such summaries unfaithful.
P_PLACEHOLDER = 2.0
PLACEHOLDER = "unk"
_CONTENT = attrgetter("content")
_NORM = attrgetter("norm")
_STEM = attrgetter("stem")


# In a message, a value quoted with repr shows a line break of wrapped article text as "\n"; a
# reader wants the words. An escaped backslash is matched first, so it is never split.
_ESCAPED_BREAK = re.compile(r"\\\\|[ ]*(?:\\[nrt][ ]*)+")


def readable(message: str) -> str:
    """The message with each line break or tab quoted inside it read as one space."""
    if "\\" not in message:
        return message
    return _ESCAPED_BREAK.sub(lambda m: m[0] if m[0] == "\\\\" else " ", message)


class Finding(NamedTuple):
    """One flag-to-be with its penalty (a NamedTuple: quick to make)."""

    code: FlagCode
    message: str
    start: int
    end: int
    penalty: float
    # The evidence says otherwise (another value in the slot, the opposite polarity), rather
    # than too little: with a contradiction-sized penalty, the verdict is `contradicted`.
    contradicts: bool = False


def report_flags(claim: str, findings: Sequence[Finding]) -> list[Flag]:
    """The report's flags for a claim's findings: in the order of their spans, each fault once,
    its message readable."""
    # model_construct: every value is built here, from offsets that slice their own texts, so
    # pydantic's validation would only cost time (it is most of a claim's cost otherwise).
    return [
        Flag.model_construct(
            code=f.code,
            message=readable(f.message),
            span=Span.model_construct(start=f.start, end=f.end, text=claim[f.start : f.end])
            if f.end > f.start
            else None,
        )
        for f in distinct(findings)
    ]


def distinct(findings: Sequence[Finding]) -> list[Finding]:
    """The findings in the order of their spans, one per span and code: two tests that find
    the same fault ("dovish" for "hawkish") say so once."""
    out: list[Finding] = []
    seen: set[tuple[int, int, FlagCode]] = set()
    for f in sorted(findings, key=lambda f: (f.start, f.end, f.code.value, f.message)):
        if (f.start, f.end, f.code) not in seen:
            seen.add((f.start, f.end, f.code))
            out.append(f)
    return out


def span_text(view: ClaimView, i: int, j: int) -> tuple[int, int, str]:
    start, end = view.toks[i].start, view.toks[j - 1].end
    return start, end, view.text[start:end]


def _in_article(t: Tok, art: PreparedArticle) -> bool:
    return t.stem in art.stems or art.holds(t)


def _article_stems(
    view: ClaimView, t: Tok, art: PreparedArticle, nxt: Tok | None = None
) -> frozenset[str]:
    """The stems under which the article has the claim's word ``t``: its own; for a country or
    its demonym, the country's other forms ("Britain" for "British"); for an acronym the
    article spells out, those of the name spelt out (a title's too: "CEO"); for a given name
    shortened before its surname ``nxt``, the full given name's; empty if it lacks it."""
    if _in_article(t, art):
        return frozenset({t.stem})
    title = SPELT_TITLES.get(t.stem)
    if title is not None and title <= art.stems:
        return title  # ("CEO" where the article has "chief executive")
    country = country_forms(t, art)
    if country:
        return country
    found = expansion(view.text[t.start : t.end], art)
    if found is None:  # ("GDP" for "gross domestic product")
        found = spelt_in_words(view.text[t.start : t.end], art)
    if found is None and nxt is not None and nxt.content:
        return given_in_full(t, nxt, art)
    return found or frozenset()


def _next(toks: Sequence[Tok], k: int, end: int | None = None) -> Tok | None:
    """The token after ``k`` within ``end`` (a name's next word), if any."""
    return toks[k + 1] if k + 1 < (len(toks) if end is None else end) else None


def attribution_findings(
    view: ClaimView, art: PreparedArticle, sup: Support
) -> tuple[list[Finding], set[int]]:
    """Speakers the claim names that the evidence does not present as saying it."""
    out: list[Finding] = []
    used: set[int] = set()
    speakers = claim_speakers(view.toks, view.names, text=view.text, in_case=view.in_case)
    if not speakers:
        return out, used
    near = sorted({w for s in sup.sids for w in range(s - 2, s + 3) if 0 <= w < len(art.sentences)})
    near_stems: frozenset[str] = frozenset().union(*(art.sentences[i].stems for i in near))
    for i, j in speakers:
        speaker = [t for t in view.toks[i:j] if t.content]
        if not speaker or all(t.stem in near_stems for t in speaker):
            continue
        forms = [_article_stems(view, t, art, _next(speaker, k)) for k, t in enumerate(speaker)]
        if all(f and f <= near_stems for f in forms):
            continue  # an acronym of a name the evidence spells out
        if all(forms) and forms[-1] <= near_stems:
            continue  # "Lewis Hamilton" where the evidence has "Hamilton": one person's names
        if all(forms) and said_by_pronoun(art, sup.sids, frozenset().union(*forms)):
            continue  # "She said" where the sentences before give her name
        start, end, text = span_text(view, i, j)
        if all(forms):
            msg = f"The claim attributes this to {text!r}, but the supporting sentences do not."
        else:
            msg = f"The claim attributes this to {text!r}, who is not in the article."
        out.append(Finding(FlagCode.ATTRIBUTION_MISMATCH, msg, start, end, P_ATTRIBUTION))
        used.update(range(i, j))
    return out, used


def entity_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> tuple[list[Finding], set[int]]:
    """Names in the claim that the article (or the claim's evidence) does not contain."""
    out: list[Finding] = []
    used: set[int] = set()
    absent: set[str] = set()  # (a name the article lacks, named again, is one finding)
    for i, j in [(0, 1), *view.names] if view.opening else view.names:
        idx = [k for k in range(i, j) if k not in skip and view.toks[k].content]
        if not idx:
            continue
        start, end, text = span_text(view, i, j)
        forms = [_article_stems(view, view.toks[k], art, _next(view.toks, k, j)) for k in idx]
        if not all(forms):
            if text.lower() not in absent:
                absent.add(text.lower())
                msg = f"{text!r} does not appear in the article."
                out.append(Finding(FlagCode.ENTITY_MISSING, msg, start, end, P_ENTITY_DOC))
        elif (
            not all(sup.in_window(art, stem) for f in forms for stem in f)
            and not (
                sup.in_window(art, view.toks[j - 1].stem) and written_in_full(view.toks[i:j], art)
            )
            and not referred(art, sup.sids, forms, view.toks[i:j])
        ):
            msg = f"{text!r} is in the article but not in the sentences supporting this claim."
            out.append(Finding(FlagCode.ENTITY_MISSING, msg, start, end, P_ENTITY_EV))
        used.update(range(i, j))
    return out, used


def date_findings(
    view: ClaimView,
    art: PreparedArticle,
    sup: Support,
    *,
    mentions: Sequence[DateWord],
    published: dt.date | None = None,
) -> list[Finding]:
    """Calendar expressions that contradict the evidence's dates or that the article never gives.

    A year equal to the publication year is accepted: articles say "this year" or nothing. A date
    the words do not match is still accepted when the date normaliser resolves it to the same
    day (or a vaguer one) as a date of the evidence: "13 March" for "Wednesday".
    """
    out: list[Finding] = []
    if not mentions:
        return out
    window_dates: dict[str, set[str]] = {}
    for sid in sup.window:
        for norm, cat in art.sentences[sid].dates:
            window_dates.setdefault(cat, set()).add(norm)
    flagged_days: list[tuple[int, int]] = []
    for d in sorted(mentions, key=lambda d: (d.cat != "day", d.i)):  # days before their months
        if d.norm in window_dates.get(d.cat, ()):
            continue
        if any(i <= d.i and d.j <= j for i, j in flagged_days):
            continue  # the month of a flagged "14 April" is not a second finding
        if d.cat == "year" and published is not None and d.norm == str(published.year):
            continue
        start, end, text = span_text(view, d.i, d.j)
        others = window_dates.get(d.cat)
        if d.cat == "relative":  # ("tonight" in the next sentence is another event's)
            others = {n for s in sup.sids for n, c in art.sentences[s].dates if c == d.cat} or None
        elsewhere = not others and (d.norm in art.dates or d.cat == "relative")
        if elsewhere and published is None:
            continue  # without a publication date the normaliser cannot add anything
        if d.cat == "relative" and others:
            clash = [relative_clash(d.norm, other) for other in sorted(others)]
            if False in clash:
                continue  # ("today" for "tonight")
            if True not in clash:  # (a day against a week: one may fall in the other)
                said = ", ".join(sorted(others))
                msg = f"The claim says {text!r}; the supporting sentences say {said}."
                out.append(Finding(FlagCode.DATE_MISMATCH, msg, start, end, P_DATE_CONFLICT))
                continue
        agrees, rivals = _resolved(view, art, sup, start, end, published=published)
        if agrees:
            continue
        if others or rivals:
            said = ", ".join(sorted(others or rivals))
            msg = f"The claim says {text!r} where the supporting sentences say {said}."
            out.append(Finding(FlagCode.DATE_MISMATCH, msg, start, end, P_DATE_CONFLICT, True))
        elif not elsewhere:
            msg = f"The date {text!r} does not appear in the article."
            out.append(Finding(FlagCode.DATE_MISMATCH, msg, start, end, P_DATE_DOC))
        else:
            continue
        if d.cat == "day":
            flagged_days.append((d.i, d.j))
    return out


def _resolved(
    view: ClaimView,
    art: PreparedArticle,
    sup: Support,
    start: int,
    end: int,
    *,
    published: dt.date | None,
) -> tuple[bool, list[str]]:
    """What the normaliser says of the claim's date at [start, end): whether an evidence-window
    date confirms it, and the window's dates as precise as it (rivals) when none does.

    The evidence may be more precise than the claim ("13 March" confirms "March"), not vaguer:
    "this year" does not confirm "14 March".
    """
    if published is None:
        # Without a publication date the two dates agree only if they agree whatever it is
        # ("February" and "Valentine's Day" do; "2014" and "last year" do not): read both
        # against two stand-in dates; its rivals are dates that do not move with it either.
        if all(_resolved(view, art, sup, start, end, published=day)[0] for day in _STAND_INS):
            return True, []
        spans = [(art.sentences[w].start, art.sentences[w].end) for w in sup.window]
        return False, fixed_rivals(view.text, art.text, spans, start, end, _STAND_INS)
    first, last = view.toks[0].start, view.toks[-1].end
    found = date_values(view.text[first:last], published=published)
    mine = value_at(found, start - first, end - first)
    if mine is None:
        return False, []
    spans = [(art.sentences[w].start, art.sentences[w].end) for w in sup.window]
    near = [
        value
        for s, _, value in date_values(art.text, published=published)
        if any(lo <= s < hi for lo, hi in spans)
    ]
    if any(value.startswith(mine) for value in near):
        return True, []
    return False, sorted({value for value in near if len(value) == len(mine)})


# Two days apart in every unit (year, month, day of month and of week), for _resolved.
_STAND_INS = (dt.date(2001, 3, 7), dt.date(2012, 10, 20))


def novel_word_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> tuple[list[Finding], float]:
    """Content words absent from the article, and low coverage by the evidence."""
    toks = view.toks
    # (Most claims: every content stem is the article's, told at C level.)
    if art.stems.issuperset(compress(map(_STEM, toks), map(_CONTENT, toks))):
        novel = []
    else:
        novel = [
            k
            for k, t in enumerate(toks)
            if t.content
            and t.kind != NUM
            and k not in skip
            and not _in_article(t, art)
            and t.stem not in sup.covered  # (an acronym the evidence spells out: support.py)
        ]
    penalty = sum(P_NOVEL_WORD * (W_REWORDED if is_predicate(toks[k].norm) else 1.0) for k in novel)
    out: list[Finding] = []
    norms = list(map(_NORM, toks))
    unknown = toks[norms.index(PLACEHOLDER)] if PLACEHOLDER in norms else None
    if unknown is not None:  # one doubt per sentence, however many placeholders it has
        text = view.text[unknown.start : unknown.end]
        msg = f"The claim has a placeholder ({text!r}) for a word its writer could not produce."
        out.append(Finding(FlagCode.LOW_SUPPORT, msg, unknown.start, unknown.end, P_PLACEHOLDER))
    if sup.coverage < LOW_COVERAGE or len(novel) >= NOVEL_WORDS_FLAG:
        missing = novel or [
            k for k, t in enumerate(view.toks) if t.content and t.stem not in sup.covered
        ]
        if missing:
            words = ", ".join(repr(view.toks[k].norm) for k in missing[:5])
            first = view.toks[missing[0]]
            msg = (
                f"Only {sup.coverage:.0%} of the claim's content is in its evidence; "
                f"missing: {words}."
            )
            out.append(Finding(FlagCode.LOW_SUPPORT, msg, first.start, first.end, 0.0))
    return out, penalty
