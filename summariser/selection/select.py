"""Choose the claims and the gist from the article's own sentences, for models that only choose.

Every signal is read off the text:
- page furniture and captions (boilerplate.py) are never chosen while the story offers enough;
- claims: position (news is written as an inverted pyramid), the attribution engine's findings
  (the reporter's own statements before what someone is reported to have said), one fact per
  claim (long sentences are worth less), and no repeats (maximal marginal relevance, Carbonell &
  Goldstein 1998: a sentence is worth what it adds to the claims already chosen);
- gist: the sentence that speaks for most of the article (LexRank centrality, centrality.py),
  drawn from its top (position, discounted more gently, since a lead may open on a hook).
Which signals were tried and what each adds is in BENCHMARKS.md ("Content selection").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..analysis import Analysis
from .boilerplate import pieces
from .centrality import content_words, lexrank, similarity_matrix, tfidf_vectors


@dataclass(frozen=True)
class Unit:
    """A verbatim span of one article sentence (the whole sentence unless furniture was cut)."""

    sentence_id: str
    start: int
    end: int
    text: str
    whole: bool


@dataclass(frozen=True)
class Selection:
    """What the deterministic selection offers: gist candidates (best first) and the claims."""

    gist: tuple[Unit, ...]
    claims: tuple[Unit, ...]


# A sentence of fewer content words than this cannot state who did what ("Not so.").
_MIN_WORDS = 4
# Content words in the longest sentences that state one fact: the CNN/DailyMail reference
# highlights (one fact each) have 9 on average and 14 or fewer in nine cases out of ten.
_ONE_FACT = 20
_ATTRIBUTED = 0.75  # see _claim_worth
# Above this similarity a candidate mostly repeats a chosen sentence (half its weighted words).
_REPEAT = 0.5


def units(analysis: Analysis) -> tuple[list[Unit], list[Unit]]:
    """The story's sentences with furniture trimmed, and the captions (kept apart)."""
    story: list[Unit] = []
    captions: list[Unit] = []
    text = analysis.text
    for sentence in analysis.sentences:
        span = sentence.span
        for trimmed in pieces(text, span.start, span.end):
            if trimmed.furniture:
                continue
            unit = _unit(text, sentence.id, span.start, span.end, trimmed.start, trimmed.end)
            if len(content_words(unit.text)) < _MIN_WORDS:
                continue
            (captions if trimmed.caption else story).append(unit)
    return story, captions


def _unit(text: str, sentence_id: str, lo: int, hi: int, start: int, end: int) -> Unit:
    """The span without surrounding whitespace (a quote is the words themselves)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Unit(
        sentence_id=sentence_id,
        start=start,
        end=end,
        text=text[start:end],
        whole=(start, end) == (lo, hi),
    )


def select_content(analysis: Analysis, *, max_claims: int, gist_options: int = 1) -> Selection:
    """Claims (in article order) and gist candidates (best first) for one analysed article."""
    story, captions = units(analysis)
    if len(story) < min(max_claims, 3):
        story = sorted(story + captions, key=lambda u: u.start)  # better a caption than nothing
    if not story:
        return Selection(gist=(), claims=())
    sim = similarity_matrix(tfidf_vectors([u.text for u in story]))
    worth = _claim_worth(analysis, story)
    chosen: list[int] = []
    candidates = list(range(len(story)))
    while candidates and len(chosen) < max_claims:
        best = max(candidates, key=lambda i: (_novel_worth(i, worth, sim, chosen), -i))
        candidates.remove(best)
        if chosen and max(sim[best][j] for j in chosen) >= _REPEAT:
            continue  # it mostly says what a chosen claim says
        chosen.append(best)
    gist_worth = _gist_worth(analysis, story, sim)
    gist_order = sorted(range(len(story)), key=lambda i: (-gist_worth[i], i))
    return Selection(
        gist=tuple(story[i] for i in gist_order[:gist_options]),
        claims=tuple(story[i] for i in sorted(chosen)),
    )


def _claim_worth(analysis: Analysis, story: Sequence[Unit]) -> list[float]:
    """How much each sentence deserves to be a claim, before redundancy is considered.

    - Position: the i-th sentence of an inverted pyramid is worth 1/(1+i) of the first.
    - Attribution: what someone is reported to have said is their account; the reporter's own
      statements carry the news, so an attributed sentence yields to a plain one of about the
      same place (a quarter less worth).
    - Length: a claim states one fact; a sentence past _ONE_FACT content words states several
      (or is several run together) and is worth proportionally less.
    """
    cues = [a.cue.start for a in analysis.attributions if a.source is not None]
    worth = []
    for i, unit in enumerate(story):
        value = 1.0 / (1.0 + i)
        if any(unit.start <= cue < unit.end for cue in cues):
            value *= _ATTRIBUTED
        words = len(content_words(unit.text))
        value *= min(1.0, _ONE_FACT / words)
        worth.append(value)
    return worth


def _gist_worth(
    analysis: Analysis, story: Sequence[Unit], sim: Sequence[Sequence[float]]
) -> list[float]:
    """How well each sentence would state the news: it speaks for most of the article
    (centrality) and comes from its top, discounted by the square root of the position since a
    lead may open on a hook before the news."""
    central = lexrank(sim)
    return [central[i] / (1.0 + i) ** 0.5 for i in range(len(story))]


def _novel_worth(
    i: int, worth: Sequence[float], sim: Sequence[Sequence[float]], chosen: Sequence[int]
) -> float:
    """Worth discounted by the share of it already said (maximal marginal relevance)."""
    if not chosen:
        return worth[i]
    return worth[i] * (1.0 - max(sim[i][j] for j in chosen))
