"""A count stays with its event: "At least 38 people were missing" where the article has
"killing at least 38 people" and "At least 12 people were missing there"; "The jury deliberated
for three weeks" for "The jury deliberated for 11 hours" (the three weeks are the trial's). The
number is the article's, so the number tests pass it; but the article counts another event so.

A number anchors the words of its clause (clause_events.py) and counts the word after it: its
noun, a unit of time by its family ("48 hours" and "two days" are one span), "%" or a currency
sign. A supporting sentence (or one with the claim's verb) that tells the claim's whole event,
its verb (in its tense), its words and the names before the verb (whose count it is), with a
number of the same noun that disagrees with the claim's (hedges read as the number tests read
them), gives the event another count; unless some clause of the article gives a number that
agrees with the claim's, of its noun, to the claim's verb ("she married 10 men": a pronoun for
the name), the claim has moved another event's count onto this one. Numbers are denser than
dates in a clause and their verbs are often reworded, so the whole event must be told, not
most of it (event_dates.py). A number the article lacks is the number tests' affair; a number
whose noun is left out or is a name, and an age, are not read here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..report import FlagCode
from .clause_events import anchors, event_verbs, event_words
from .durations import in_two_units, is_span
from .features import NUM, Tok, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .number_flags import EXACT, agrees, hedge_before
from .prepare import PreparedArticle
from .quantities import DateWord, NumberMention, date_words, numbers
from .support import Support

logger = logging.getLogger(__name__)

_SIGNS = frozenset("$£€¥")
_UNWORDED = _SIGNS | {"%", "time"}  # nouns that are no word's stem ("time": a span, any unit)
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})


def _counts(mentions: Sequence[NumberMention], dates: Sequence[DateWord]) -> list[NumberMention]:
    """The numbers of one sentence (``mentions``, with its ``dates``) that are no year and no
    day of a month."""
    days = {k for d in dates if d.cat == "day" for k in range(d.i, d.j)}
    return [m for m in mentions if m.kind != "year" and m.i not in days]


def _noun(toks: Sequence[Tok], text: str, m: NumberMention) -> str:
    """What ``m`` counts: "%", a currency sign, "time" for a span of time, the stem of the
    lower-case word after it (after a partitive's whole: "89 of the 230 seats"); "" when none
    of these."""
    end, start = toks[m.j - 1].end, toks[m.i].start
    if text[end : end + 1] == "%":
        return "%"
    if start and text[start - 1] in _SIGNS:
        return text[start - 1]
    if m.j >= len(toks):
        return ""
    k = _past_partitive(toks, m.j)
    t = toks[k]
    if text[end : t.start].strip(" -") and k == m.j:
        return ""  # ("more than 200, officials said": the phrase ends at the mark)
    if t.norm == "percent" or (
        t.norm == "per" and toks[m.j + 1 : m.j + 2] and toks[m.j + 1].norm == "cent"
    ):
        return "%"
    if is_span(toks, m):
        return "time"
    return t.stem if t.content and not t.cap and t.kind != NUM else ""


def _given(art: PreparedArticle, sup: Support, value: float, hedge: str) -> bool:
    """Whether the article gives a number the claim's (hedged) ``value`` agrees with: its
    supporting sentences asked first, whose numbers the number tests have read already."""
    for sid in sup.sids:
        if any(agrees(value, hedge, v) for v, _ in art.sentences[sid].numbers):
            return True
    return any(agrees(value, hedge, v) for v, _ in art.numbers)


def _with_verbs(art: PreparedArticle, toks: Sequence[Tok], verbs: frozenset[str]) -> set[int]:
    """The sentences that hold a word of ``toks`` that is one of the claim's ``verbs``."""
    stems = {
        t.stem for t in toks if t.content and any(v.split("/")[0] == verb_key(t) for v in verbs)
    }
    return {k for st in stems for k in art.index.get(st, ())}


def _past_partitive(toks: Sequence[Tok], k: int) -> int:
    """The index of the noun a part counts: "89 of the 230 seats" counts seats; else ``k``."""
    if toks[k].norm != "of":
        return k
    m = k + 1
    while m < len(toks) and (toks[m].norm in _DETERMINERS or toks[m].kind == NUM):
        m += 1
    return m if m < len(toks) and toks[m - 1].kind == NUM else k


def _agree(
    toks: Sequence[Tok], m: NumberMention, hedge: str, ev: Sequence[Tok], n: NumberMention
) -> bool:
    """Whether the claim's (hedged) number ``m`` is consistent with ``n`` of ``ev``."""
    both = in_two_units(toks, m, ev, n)
    if both is not None:
        return agrees(both[0], hedge, both[1])
    return agrees(m.value, hedge, n.value)


def count_event_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A contradiction when the supporting sentences give the claim's counted event another
    count of the same noun, and no sentence of the article gives it the claim's."""
    toks, text = view.toks, view.text
    out: list[Finding] = []
    counts = _counts(view.mentions, view.dates)
    if not counts:  # (most claims)
        return out
    # What a count needs before its clause is read: a noun, no exact reading (an age is
    # ages.py's) and, but for a span of time, a number of the article it agrees with.
    read: dict[int, tuple[str, str]] = {}
    for m in counts:
        noun = _noun(toks, text, m)
        hedge = hedge_before(toks, m.i, text)
        if not noun or hedge == EXACT:
            continue
        if noun != "time" and not _given(art, sup, m.value, hedge):
            continue
        read[m.i] = noun, hedge
    if not read:  # (the clauses are cut only for a count that may be another event's)
        return out
    for m, a, b in anchors(toks, text, counts):
        if m.i not in read:
            continue
        noun, hedge = read[m.i]
        event = event_words(toks, a, b, owners=True) - {t.stem for t in toks[m.j : m.j + 1]}
        verbs = event_verbs(toks, a, b)
        if not event or not verbs:
            continue
        # The clauses of the supporting sentences, or of any with the claim's verb, that tell
        # the claim's whole event with a count of the same noun.
        theirs = []
        # (a sentence without the event's words other than its verbs, which may be written in
        # another form, cannot tell it: a look-up in its stems spares reading its clauses)
        keys = {v.split("/")[0] for v in verbs}
        plain = {t.stem for t in toks[a:b] if t.stem in event and t.stem not in keys}
        # (a count of a word's noun is that word's count: a sentence without the word has none)
        worded = noun not in _UNWORDED
        for sid in sorted(set(sup.sids) | _with_verbs(art, toks[a:b], verbs)):
            stems = art.sentences[sid].stems
            if not plain <= stems or (worded and noun not in stems):
                continue
            ev = art.sentences[sid].toks
            for n, their_noun, their_verbs, words in art.derived(("counted events", sid), _events):
                if their_noun != noun or not verbs & their_verbs:
                    continue
                if event <= words:
                    theirs.append((n, ev))
        if not theirs:
            continue
        if any(_agree(toks, m, hedge, ev, n) for n, ev in theirs):
            continue
        if _attested(art, (toks, m, hedge, noun), verbs):
            continue
        n, ev = theirs[0]
        k = m.j if noun == "time" else m.j - 1  # (a span with its unit: "three weeks")
        start, end = toks[m.i].start, toks[k].end
        said = text[start:end]
        have = art.text[ev[n.i].start : ev[n.j if noun == "time" else n.j - 1].end]
        msg = f"The claim counts the event {said!r}; its evidence has {have!r}."
        out.append(Finding(FlagCode.NUMBER_SWAPPED, msg, start, end, P_CONTRADICTION, True))
    return out


def _attested(
    art: PreparedArticle,
    count: tuple[Sequence[Tok], NumberMention, str, str],
    verbs: frozenset[str],
) -> bool:
    """Whether a sentence of the article gives a number that agrees with the claim's, of its
    noun, to one of the claim's verbs (whoever its subject: "she married 10 men")."""
    toks, m, hedge, noun = count
    for sid, sent in enumerate(art.sentences):
        if noun != "time" and not any(agrees(m.value, hedge, v) for v, _ in sent.numbers):
            continue  # (a span of time may be given in another unit)
        ev = sent.toks
        for n, their_noun, their_verbs, _ in art.derived(("counted events", sid), _events):
            same = their_noun == noun and _agree(toks, m, hedge, ev, n)
            if same and verbs & their_verbs:
                return True
    return False


CountedEvent = tuple[NumberMention, str, frozenset[str], frozenset[str]]


def _events(art: PreparedArticle, key: tuple[str, int]) -> tuple[CountedEvent, ...]:
    """Each count of sentence ``key[1]`` with its noun and the verbs and words (with owners) of
    the clause it anchors (the same for every claim: read once an article)."""
    ev = art.sentences[key[1]].toks
    return tuple(
        (n, _noun(ev, art.text, n), event_verbs(ev, lo, hi), event_words(ev, lo, hi, owners=True))
        for n, lo, hi in anchors(ev, art.text, _counts(numbers(ev), date_words(ev)))
    )
