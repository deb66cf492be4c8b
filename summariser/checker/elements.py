"""Checks of a summary's actors, dates and sources against the article.

Names and date expressions must be in the article verbatim or after normalisation (fuzzy
matching would accept "John" for "Joan" or "15 May" for "16 May"). Date values must agree with
the deterministic normaliser. A source must be presented by the article as a speaker, and as the
speaker of the evidence of each claim that cites it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..attribution import Attribution, find_attributions
from ..dates import DateMention
from ..grounding import PreparedText, align_quote
from ..report import ElementCheck, Flag, FlagCode
from ..schema import AlignmentStatus, Claim, Source, SourceType, Summary
from ..spans import Span
from .engines import date_values, presented_as_speaker, same_date, value_at
from .features import Tok, tokenize
from .flags import readable
from .prepare import PreparedArticle

FOUND = (AlignmentStatus.EXACT, AlignmentStatus.NORMALISED)


def element_checks(
    summary: Summary,
    art: PreparedArticle,
    qprep: PreparedText,
    *,
    attributions: Sequence[Attribution] | None = None,
    dates: Sequence[DateMention] | None = None,
) -> list[ElementCheck]:
    """One ElementCheck for each actor, date or source that raised a flag."""
    out: list[ElementCheck] = []
    for actor in summary.actors:
        if not any(_present(n, art, qprep) for n in [actor.name, *actor.aliases]):
            msg = f"The actor {actor.name!r} is not named in the article."
            out.append(_element("actor", actor.id, actor.name, FlagCode.ACTOR_NOT_FOUND, msg))
    # The normaliser runs at most once per article (not at all when the caller has its dates,
    # nor when the summary has none).
    found_dates: tuple[tuple[int, int, str], ...] = ()
    if summary.dates:
        found_dates = (
            date_values(art.text, published=summary.metadata.published)
            if dates is None
            else tuple(
                (m.start, m.end, m.value) for m in dates if m.value and m.type in ("DATE", "TIME")
            )
        )
    for date in summary.dates:
        al = align_quote(date.expression, qprep)
        if al.status not in FOUND or al.start is None or al.end is None:
            msg = f"The date expression {date.expression!r} is not in the article."
            out.append(_element("date", date.id, date.expression, FlagCode.DATE_NOT_FOUND, msg))
            continue
        value = value_at(found_dates, al.start, al.end) if date.value else None
        if value is not None and date.value and not same_date(date.value, value):
            msg = f"{date.expression!r} normalises to {value}, not {date.value}."
            code = FlagCode.DATE_VALUE_MISMATCH
            out.append(_element("date", date.id, date.expression, code, msg))
    if attributions is None:
        attributions = find_attributions(art.text)
    speakers = _Speakers(art, attributions)
    for source in summary.sources:
        cited = [c for c in summary.claims if c.source_id == source.id]
        problem = _source_problem(source, cited, art, qprep, speakers)
        if problem:
            code = FlagCode.SOURCE_NOT_FOUND
            out.append(_element("source", source.id, source.name, code, problem))
    return out


def _element(kind: str, element_id: str, text: str, code: FlagCode, msg: str) -> ElementCheck:
    flag = Flag(code=code, message=readable(msg), span=Span.of(text, 0, len(text)))
    return ElementCheck(kind=kind, element_id=element_id, text=text, flags=[flag])


def _present(name: str, art: PreparedArticle, qprep: PreparedText) -> bool:
    """Verbatim/normalised, or every content word of the name somewhere in the article."""
    if not name.strip():
        return True
    if align_quote(name, qprep).status in FOUND:
        return True
    words = [t for t in tokenize(name) if t.content]
    return bool(words) and all(art.holds(t) for t in words)


class _Speakers:
    """Who the article presents as saying what (the attribution finder, plus a lexical net)."""

    def __init__(self, art: PreparedArticle, attributions: Sequence[Attribution]) -> None:
        self.art = art
        self.attributions = [a for a in attributions if a.source is not None]
        # Every sentence's tokens, built only when a source needs the lexical test.
        self._sentences: list[list[Tok]] | None = None
        # (attribution index, word set) of each attribution's source forms, in attribution
        # order, and the forms holding each word: computed once for all sources.
        self._forms: list[tuple[int, frozenset[str]]] | None = None
        self._by_word: dict[str, list[int]] = {}
        self._names: frozenset[str] | None = None  # every source's text and resolved name

    def _form_words(self) -> list[tuple[int, frozenset[str]]]:
        if self._forms is None:
            forms: list[tuple[int, frozenset[str]]] = []
            seen: dict[str, frozenset[str]] = {}  # a speaker is named again and again
            for k, attribution in enumerate(self.attributions):
                assert attribution.source is not None
                text, resolved = attribution.source.text, attribution.resolved_source
                for name in (text,) if not resolved or resolved == text else (text, resolved):
                    words = seen.get(name)
                    if words is None:
                        words = seen[name] = _words(name)
                    # An empty word set neither contains nor is contained by a non-empty one.
                    if words:
                        forms.append((k, words))
            by_word = self._by_word
            for f, (_, words) in enumerate(forms):
                for w in words:
                    by_word.setdefault(w, []).append(f)
            self._forms = forms
        return self._forms

    def of(self, name: str) -> list[Attribution]:
        """The attributions whose source (or resolved pronoun) is this name."""
        words = _words(name)
        if not words:
            return []
        forms = self._form_words()
        # "Goita" names "President Goita"; "the Kremlin" names "Kremlin". Either way the two
        # share a word: only the forms holding one of the name's words are compared.
        near = sorted({f for w in words for f in self._by_word.get(w, ())})
        hits = dict.fromkeys(
            forms[f][0] for f in near if words <= forms[f][1] or forms[f][1] <= words
        )
        return [self.attributions[k] for k in hits]

    def speaks(self, name: str) -> bool:
        """``bool(self.of(name))``, found without every source's words when it can be: a
        source the summary took from an attribution is named exactly as the attribution names
        it, and then only its own words are needed."""
        words = _words(name)
        if not words:
            return False
        if self._names is None:
            self._names = frozenset(
                n
                for a in self.attributions
                if a.source is not None
                for n in (a.source.text, a.resolved_source)
                if n
            )
        return name in self._names or bool(self.of(name))

    def lexical(self, name: str) -> bool:
        if self._sentences is None:
            self._sentences = [list(sent.toks) for sent in self.art.sentences]
        return presented_as_speaker(tokenize(name), self._sentences)


def _source_problem(
    source: Source,
    cited: list[Claim],
    art: PreparedArticle,
    qprep: PreparedText,
    speakers: _Speakers,
) -> str | None:
    if source.type == SourceType.NARRATOR:
        return None
    if not _present(source.name, art, qprep):
        return f"The source {source.name!r} is not named in the article."
    if source.type == SourceType.UNNAMED:
        return None
    if not cited:
        if speakers.speaks(source.name) or speakers.lexical(source.name):
            return None
        return f"The article never presents {source.name!r} as saying anything."
    said = speakers.of(source.name)
    for claim in cited:
        spans = [
            (e.start, e.end) for e in claim.evidence if e.start is not None and e.end is not None
        ]
        if spans and not any(_covers(a, spans) for a in said):
            return (
                f"The article does not present {source.name!r} as the speaker of the "
                f"evidence of claim {claim.id}."
            )
    return None


def _covers(attribution: Attribution, spans: list[tuple[int, int]]) -> bool:
    parts = (attribution.cue, *attribution.content_parts())
    return any(p.start < end and start < p.end for p in parts for start, end in spans)


_STOP = frozenset({"the", "a", "an", "of", "mr", "mrs", "ms", "dr"})
_WORD = re.compile(r"\w+")


def _words(name: str) -> frozenset[str]:
    return frozenset(_WORD.findall(name.replace("’", "'").lower())) - _STOP
