"""Whose words a claim reports: the speaker its evidence names outright.

The attribution test (flags.py) asks whether the claim's speaker is near its evidence, since
quotes run over several sentences and their speaker is often a pronoun or a sentence away. A
supporting sentence that holds most of what the claim reports and names its own speaker right
beside the claim's reporting verb ("'Poland forever returns ...,' said Bronislaw Geremek")
settles it: another name of the article as the one who said those words is a swap ("Kavan
said that Poland forever returns ..."), even when the next sentence quotes Kavan. A sentence whose
speaker is a pronoun, a description, an aside away or absent settles nothing, nor does
another verb ("confirmed" for "said": a body confirms what its spokesman said), nor a
"sentence" too long to be one (text whose sentences run together).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from operator import attrgetter

from ..report import FlagCode
from .engines import MAX_DESCRIPTION, SPEAKER_ASIDE, claim_speakers
from .features import Tok, content_stems, name_spans, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import DEFINITE_DETERMINERS, PREPOSITIONS, REPORTING_VERBS, WHERE_FROM
from .participles import participle_speaker
from .prepare import PreparedArticle
from .quote_speakers import beside_verb, unnamed_verb
from .relative_clauses import in_other_clause
from .roles import claim_names
from .slot_edges import past_aside
from .support import Support
from .swaps import same_name
from .values import TITLES

logger = logging.getLogger(__name__)

_NORM = attrgetter("norm")
MAX_TOKENS = 80  # a longer "sentence" is text whose sentences run together
Speaker = tuple[tuple[Tok, ...], str, str]  # the speaker's tokens, its text, its verb's stem


def _verb(toks: list[Tok] | tuple[Tok, ...], i: int, j: int) -> str | None:
    """The reporting verb right beside the speaker at [i, j) ("X said", "said X"), any form of
    it ("said" is "says"); "say" and "tell" name one act ("told reporters" is "said"), past
    where the speaker is from ("Rachel Obi of Kestrel Research said")."""
    for k in (_past_where(toks, j), i - 1, _before_description(toks, i)):
        if 0 <= k < len(toks) and toks[k].norm in REPORTING_VERBS:
            return _SPEECH if toks[k].norm in _SAY_TELL else verb_key(toks[k])
    return None


def _cue(toks: list[Tok] | tuple[Tok, ...], i: int, j: int, text: str) -> str | None:
    """The reporting verb beside the speaker at [i, j), or past an aside after it ("X, whose
    party had tried to block the vote, said")."""
    return _verb(toks, i, j) or _verb(toks, i, past_aside(toks, j, text, reach=SPEAKER_ASIDE))


def _before_description(toks: list[Tok] | tuple[Tok, ...], i: int) -> int:
    """The word before a description in lower case and a title that stand before the name at
    ``i`` ("said lead author Dr Hannah Coates"); -1 when none stands there."""
    k = i - 1
    while k > 0 and toks[k].norm.rstrip(".") in TITLES:
        k -= 1
    m = k
    while k > 0 and m - k < MAX_DESCRIPTION and toks[k].content and not toks[k].cap:
        k -= 1
    if k < m and k > 0 and toks[k].norm in DEFINITE_DETERMINERS:
        k -= 1  # ("said the museum's director, Helene Marchetti")
    return k if k < m else -1


def _past_where(toks: list[Tok] | tuple[Tok, ...], j: int) -> int:
    """Past "of" or "from" and the name after it, which say where the speaker ending at ``j``
    is from; ``j`` itself when none follows."""
    if j + 1 < len(toks) and toks[j].norm in WHERE_FROM and toks[j + 1].cap:
        j += 1
        while j < len(toks) and toks[j].cap:
            j += 1
    return j


_SAY_TELL = frozenset({"say", "says", "said", "saying", "tell", "tells", "told", "telling"})
_SPEECH = "say"


def _speakers(art: PreparedArticle, key: tuple[str, int]) -> list[Speaker]:
    """The names a sentence gives as speakers of its reporting verbs (the same for every claim:
    kept on the article)."""
    toks = list(art.sentences[key[1]].toks)
    if not toks or len(toks) > MAX_TOKENS:
        return []
    names = name_spans(toks, frozenset({toks[0].start}))
    if (not names or names[0][0] > 0) and art.is_name(toks[0]):
        names.insert(0, (0, 1))  # as the claim's (ClaimView.opening): "Flynn says Trump ..."
    out: list[Speaker] = []
    for i, j in claim_speakers(toks, names, text=art.text, in_case=True):
        verb = _cue(toks, i, j, art.text)
        if verb is None or _governed(toks, i) or _possessor(art.text, toks, j):
            continue
        if any(t.content for t in toks[i:j]):
            # (where the speaker is from goes with the name: "Rachel Obi of Kestrel Research")
            k = _past_where(toks, j)
            out.append((tuple(toks[i:k]), art.text[toks[i].start : toks[j - 1].end], verb))
    subject = participle_speaker(toks, names, art.text)  # ("X was cautious, saying ...")
    if subject is not None:
        i, j = subject
        said = (tuple(toks[i:j]), art.text[toks[i].start : toks[j - 1].end], _SPEECH)
        if said not in out:
            out.append(said)
    if not out and key[1] > 0:
        sent = art.sentences[key[1]]
        verb = unnamed_verb(art.text, sent.toks, sent.start, sent.end, _verb)
        before = art.derived(("speakers", key[1] - 1), _speakers) if verb else []
        if verb and len({text for _, text, _ in before}) == 1:
            prior = art.sentences[key[1] - 1].toks
            # (a speaker the sentence before took from its own before: the quote goes on)
            inherited = before[0][0][0] not in prior
            if inherited or beside_verb(art.text, prior, before[0][0], REPORTING_VERBS):
                out.append((before[0][0], before[0][1], verb))  # (a quote that goes on)
    return out


def _possessor(text: str, toks: list[Tok], j: int) -> bool:
    """Whether the name ending at ``j`` owns what follows ("said Pence's performance ..."): the
    reported clause's opening, not its speaker."""
    return j < len(toks) and text[toks[j - 1].end : toks[j].start] in ("'", "’")


def _governed(toks: list[Tok], i: int) -> bool:
    """Whether the name at ``i`` is a preposition's object ("officials at the BPCA said", "who
    used to play for the New York Knicks, told"): not the speaker itself."""
    k = i - 1
    while k >= 0 and toks[k].norm in _DETERMINERS:
        k -= 1
    if k == i - 1 > 0 and toks[k].norm == "of" and toks[k - 1].norm in TITLES:
        return False  # (a title's own "of": "Secretary of State Antony Blinken said")
    return k >= 0 and toks[k].norm in PREPOSITIONS


def _same(mine: tuple[Tok, ...], theirs: tuple[Tok, ...]) -> bool:
    """Whether two speakers are one name in two forms, either way ("BPCA" and "British Pest
    Control Association")."""
    return same_name(content_stems(mine, 0, len(mine)), theirs) or same_name(
        content_stems(theirs, 0, len(theirs)), mine
    )


_DETERMINERS = frozenset({"the", "a", "an"})


def _merged(
    art: PreparedArticle,
    sids: Sequence[int],
    sid: int,
    mine: tuple[Tok, ...],
    verb: str,
    said: set[str],
) -> bool:
    """Whether another supporting sentence gives the claim's speaker, beside the same verb, as
    much of what the claim reports: the claim merges two sentences ("Puente said the line to
    Madrid could be closed for three weeks", from "the line to Madrid remained closed" and
    "Puente said the line could be closed for two to three weeks"), and its speaker is theirs."""
    for other in sids:
        if other == sid or 2 * len(said & art.sentences[other].stems) <= len(said):
            continue
        speakers = art.derived(("speakers", other), _speakers)
        if any(v == verb and _same(mine, theirs) for theirs, _, v in speakers):
            return True
    return False


def _reporting(named: list[Speaker], ev: tuple[Tok, ...], said: set[str]) -> list[Speaker]:
    """Of a sentence's speakers ("A said ..., while B said ..."), the one whose stretch (from
    it to the next speaker) holds clearly most of what the claim reports; all when none does."""
    starts = sorted({ev.index(s[0][0]) for s in named if s[0][0] in ev})
    if len(starts) < 2:
        return named
    ends = [*starts[1:], len(ev)]
    held = {
        a: sum(t.stem in said for t in ev[a if a != starts[0] else 0 : b])
        for a, b in zip(starts, ends, strict=True)
    }
    best = max(held.values())
    if sum(n == best for n in held.values()) > 1:
        return named
    return [s for s in named if s[0][0] in ev and held[ev.index(s[0][0])] == best]


def _holding_most(art: PreparedArticle, said: set[str]) -> tuple[int, ...]:
    """The article's sentences that hold most of ``said``."""
    found: dict[int, int] = {}
    for w in said:
        for sid in art.index.get(w, ()):
            found[sid] = found.get(sid, 0) + 1
    return tuple(sorted(k for k, n in found.items() if 2 * n > len(said)))


def speaker_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> list[Finding]:
    """Claim speakers whose words the supporting sentence that holds most of them gives to
    another speaker, named beside the same verb."""
    if not sup.sids or REPORTING_VERBS.isdisjoint(map(_NORM, view.toks)):
        return []
    names = claim_names(view)
    if not names:
        return []
    out: list[Finding] = []
    for i, j in claim_speakers(view.toks, names, text=view.text, in_case=view.in_case):
        mine = tuple(view.toks[i:j])
        verb = _cue(view.toks, i, j, view.text)
        if i in skip or not any(t.content for t in mine) or verb is None:
            continue
        if _governed(view.toks, i):  # ("under Tony Blair, told": Blair is no speaker)
            continue
        # The sentence that holds the most of what the claim reports says whose words they are
        # (a title before the speaker is the speaker's: "Judge Cooke said").
        first = i
        while first > 0 and view.toks[first - 1].norm in TITLES:
            first -= 1
        said = {t.stem for t in view.toks if t.content} - content_stems(view.toks, first, j)
        sids = sup.sids
        sid = max(sids, key=lambda k: (len(said & art.sentences[k].stems), -k))
        if 2 * len(said & art.sentences[sid].stems) <= len(said):
            # (no supporting sentence holds most of it: one elsewhere in the article may)
            sids = _holding_most(art, said)
            if not sids:
                continue
            sid = max(sids, key=lambda k: (len(said & art.sentences[k].stems), -k))
        named = [s for s in art.derived(("speakers", sid), _speakers) if s[2] == verb]
        ev = art.sentences[sid].toks
        named = [
            s
            for s in named
            if s[0][0] not in ev or not in_other_clause(ev, ev.index(s[0][0]), said)
        ]
        named = _reporting(named, ev, said)
        if not named or any(_same(mine, theirs) for theirs, _, _ in named):
            continue
        if _merged(art, sids, sid, mine, verb, said):
            continue
        rival = named[0][1]
        start, end = view.toks[i].start, view.toks[j - 1].end
        sentence = art.text[art.sentences[sid].start : art.sentences[sid].end]
        msg = f"The claim puts {view.text[start:end]!r} where the article says {rival!r}: "
        msg += repr(sentence)
        out.append(Finding(FlagCode.SPEAKER_SWAPPED, msg[:400], start, end, P_CONTRADICTION, True))
    return out
