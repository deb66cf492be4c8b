"""Where the checker meets the separate engines: the date normaliser, and speakers.

Dates: the lexical tests (flags.py) compare calendar words; when they would flag a date, the
date normaliser (``summariser.dates.find_dates``, TIMEX3 values) gets the last word, so "on
Wednesday" in the article and "on 13 March" in a claim agree when the publication date makes
them the same day. It is imported lazily and any failure only skips that test: the checker
must keep working whatever state that package is in.

Speakers stay lexical: the claim's speaker is looked for near its evidence, not through the
attribution finder (``summariser.attribution``), which judged speakers worse on the dev data
(BENCHMARKS.md, "Checker: what was tried").
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import OrderedDict
from itertools import pairwise
from threading import Lock

from .bare_speakers import bare_speaker
from .features import Tok
from .lexicon import (
    DEFINITE_DETERMINERS,
    PREPOSITIONS,
    REPORTING_VERBS,
    TITLE_WORDS,
    WHERE_FROM,
)

logger = logging.getLogger(__name__)

SPEAKER_GAP = 3  # tokens allowed between a speaker's name and the reporting verb after it
SPEAKER_ASIDE = 12  # tokens of an aside between them, set off by commas (a relative clause's)
MAX_DESCRIPTION = 4  # lower-case words of a description between a cue and the name after it
# Verbs whose following name is the listener, not the speaker ("told Reuters").
_LISTENER_VERBS = frozenset({"told", "tells", "tell"})
# Cues that are as often nouns ("the United States", "after reports"): only a name right before
# them makes them reporting verbs.
_NOUN_CUES = frozenset({"states", "claims", "claim", "reports", "notes"})
# Marks that open a quotation after a cue: a name behind them is quoted, not the speaker.
_QUOTE_OPENERS = frozenset(":\"'`‘“")


def claim_speakers(
    toks: list[Tok], names: list[tuple[int, int]], *, text: str, in_case: bool = False
) -> list[tuple[int, int]]:
    """Token ranges [i, j) of the speakers a claim names beside a reporting cue.

    "X said", "X, the minister, said", "said X", "according to X"; in a lowercased claim (no
    names) the content word right before the cue ("police said"), which in a claim written
    ``in_case`` is a description ("The actor says"), free to differ from the article's. A name
    is not the speaker when another noun stands between it and the cue without a comma ("X when
    the manager said"), when it opens the reported clause after the cue ("say the Georgian
    fled") rather than ends it, nor when a colon or quotation mark opens a quotation before it
    ("said: 'Oh, come on'").
    """
    found: set[tuple[int, int]] = set()
    for c, t in enumerate(toks):
        if t.norm not in REPORTING_VERBS:
            continue
        # (A name after a preposition is its object, in an aside: "Karo, now in LA, claims".)
        before = []
        for n in names:
            if not (c - SPEAKER_GAP <= n[1] <= c and _subject_of(toks, text, n[1], c)):
                continue
            if n[0] > 0 and toks[n[0] - 1].norm in PREPOSITIONS:
                head = _head_of(names, toks, n)
                if head is None:
                    continue
                n = head
            before.append(n)
        if t.norm in _NOUN_CUES and not any(n[1] == c for n in before):
            continue
        after = [
            n
            for n in names
            if c < n[0] <= max(c + 2, _past_description(toks, text, c))
            and _ends_clause(toks, text, n[1])
            and not _opens_quote(text[t.end : toks[n[0]].start])
        ]
        speaker_after = t.norm == "according" or (not before and t.norm not in _LISTENER_VERBS)
        if speaker_after and after:
            found.add(after[0])
            continue
        head = _before_aside(names, toks, text, c)
        if head is not None and all(n[0] > head[1] for n in before):
            before = [head]  # ("X, who chairs the Eurogroup, said": X, not the Eurogroup)
        if before:
            found.add(before[-1])
        elif not names and not in_case and c > 0 and t.norm != "according":
            # Without names, only "police said": the word before "according" is not a speaker.
            k = bare_speaker(toks, text, c, aside=SPEAKER_ASIDE, quoted=_quoted)
            if k is not None:
                found.add((k, k + 1))
    return sorted(found)


def _before_aside(
    names: list[tuple[int, int]], toks: list[Tok], text: str, c: int
) -> tuple[int, int] | None:
    """The name right before an aside set off by commas that ends at the cue ``c`` ("X, a
    deputy from the ruling coalition, said"; a relative clause too), unless a preposition
    governs it ("In Brussels, the EU's envoy said")."""
    if c == 0 or "," not in (gap := text[toks[c - 1].end : toks[c].start]) or _quoted(gap):
        return None
    for k in range(c - 1, max(0, c - 1 - SPEAKER_ASIDE), -1):
        if _quoted(text[toks[k - 1].end : toks[k].start]):
            return None  # (a quotation's words, not an aside: '"Oh, my God," said X')
        if "," in text[toks[k - 1].end : toks[k].start]:
            n = next((m for m in names if m[1] == k), None)
            if n is None or (n[0] > 0 and toks[n[0] - 1].norm in PREPOSITIONS):
                return None
            return n
    return None


_INSIDE = frozenset({"", "'s", "’s"})  # (a possessive inside the description: "museum's")


def _opens_quote(between: str) -> bool:
    """Whether a colon or a quotation mark stands in the text (not an apostrophe inside a word:
    "said the museum's director, X")."""
    for k, ch in enumerate(between):
        if ch not in _QUOTE_OPENERS:
            continue
        inside = 0 < k < len(between) - 1 and between[k - 1].isalpha() and between[k + 1].isalpha()
        if not (ch in "'’" and inside):
            return True
    return False


def _quoted(gap: str) -> bool:
    """Whether the text between two tokens holds a quotation mark (not an apostrophe in a
    word: a single quote counts beside a space or a comma)."""
    if not _DOUBLE_QUOTES.isdisjoint(gap):
        return True
    return not _SINGLE_QUOTES.isdisjoint(gap) and (" " in gap or "," in gap)


_DOUBLE_QUOTES = frozenset('"“”')
_SINGLE_QUOTES = frozenset("'‘’")


def _past_description(toks: list[Tok], text: str, c: int) -> int:
    """Where a name can start after the cue at ``c`` and a description in lower case ("said
    lead author Dr Hannah Coates", "said chief executive Ana Ruiz"); ``c`` when none."""
    k = c + 1
    if k < len(toks) and toks[k].norm in DEFINITE_DETERMINERS:
        k += 1  # (and an apposition: "said the museum's director, Helene Marchetti")
    first = k
    while k < len(toks) and k - c <= MAX_DESCRIPTION and toks[k].content and not toks[k].cap:
        if text[toks[k - 1].end : toks[k].start].strip() not in _INSIDE:
            return c
        k += 1
    if k == first:
        return c
    while k < len(toks) and toks[k].norm.rstrip(".") in TITLE_WORDS:
        k += 1  # ("Dr")
    return k if k < len(toks) and toks[k].cap else c


def _head_of(
    names: list[tuple[int, int]], toks: list[Tok], n: tuple[int, int]
) -> tuple[int, int] | None:
    """The speaker when "of" or "from" governs the name ``n``: the name before it, which ``n``
    says where it is from ("Rachel Obi of Kestrel Research said"), or ``n`` itself after a title
    that holds its "of" ("Secretary of State Antony Blinken said"); None if no name is before."""
    if n[0] < 2 or toks[n[0] - 1].norm not in WHERE_FROM:
        return None
    head = next((m for m in names if m[1] == n[0] - 1), None)
    if head is not None and any(toks[k].norm in TITLE_WORDS for k in range(*head)):
        return n
    return head


def _subject_of(toks: list[Tok], text: str, j: int, c: int) -> bool:
    """Whether a name ending at token ``j`` can be the subject of the cue at ``c``: nothing but
    function words between them, or an apposition set off by a comma ("X, the minister, said");
    never across another cue ("X said he had warned": X is the speaker of "said")."""
    if any(toks[k].norm in REPORTING_VERBS for k in range(j, c)):
        return False
    if j == c or not any(toks[k].content for k in range(j, c)):
        return True
    return "," in text[toks[j - 1].end : toks[c].start]


def _ends_clause(toks: list[Tok], text: str, j: int) -> bool:
    """Whether the name ending at token ``j`` closes its clause ("..., said Smith.")."""
    if j >= len(toks):
        return True
    return any(ch in ",.;:!?)\"'’”" for ch in text[toks[j - 1].end : toks[j].start])


DateValue = tuple[int, int, str]  # start, end, TIMEX3 value
_DATE_CACHE: OrderedDict[tuple[str, dt.date | None], tuple[DateValue, ...]] = OrderedDict()
_DATE_LOCK = Lock()
DATE_CACHE_SIZE = 128


def date_values(text: str, *, published: dt.date | None = None) -> tuple[DateValue, ...]:
    """The resolved dates the normaliser finds in ``text`` (cached; empty when unavailable)."""
    key = (text, published)
    with _DATE_LOCK:
        hit = _DATE_CACHE.get(key)
    if hit is not None:
        return hit
    try:
        from ..dates import find_dates  # lazily: see the module docstring

        mentions = find_dates(text, published)
    except Exception:  # the engine is optional here; a failure must not break the check
        logger.warning("date normaliser failed; skipping the date value test", exc_info=True)
        return ()
    found = tuple(
        (m.start, m.end, str(m.value)) for m in mentions if m.value and m.type in ("DATE", "TIME")
    )
    with _DATE_LOCK:
        _DATE_CACHE[key] = found
        while len(_DATE_CACHE) > DATE_CACHE_SIZE:
            _DATE_CACHE.popitem(last=False)
    return found


def same_date(a: str, b: str) -> bool:
    """TIMEX values agree when one is a prefix of the other: one is only vaguer.

    "2023-08" and "2023-08-15" agree, as do the decade "199" and "1995"; "2023-08-15" and
    "2023-08-16" do not. (TIMEX units have fixed widths, so a prefix never splits a unit.)
    """
    short, long = sorted((a.strip(), b.strip()), key=len)
    return long.startswith(short)


def value_at(values: tuple[DateValue, ...], start: int, end: int) -> str | None:
    """The value of the first resolved date overlapping [start, end)."""
    for s, e, value in values:
        if s < end and start < e:
            return value
    return None


_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})


def presented_as_speaker(name_toks: list[Tok], sentences: list[list[Tok]]) -> bool:
    """Whether the article presents the name as saying something.

    Lexically: the name right before a reporting verb ("X said", "X, the minister, said"), right
    after one ("said X", "according to X"), or a pronoun reporting in the next sentence ("...,"
    he said). The attribution finder, once it lands, can answer this from resolved sources.
    """
    words = [t.norm for t in name_toks if t.content]
    if not words:
        return False
    n = len(words)
    for si, toks in enumerate(sentences):
        norms = [t.norm for t in toks]
        for k in range(len(norms) - n + 1):
            if norms[k : k + n] != words:
                continue
            after = norms[k + n : k + n + 1 + SPEAKER_GAP]
            before = norms[max(0, k - 2) : k]
            if REPORTING_VERBS.intersection(after) or REPORTING_VERBS.intersection(before):
                return True
            nxt = sentences[si + 1] if si + 1 < len(sentences) else []
            if any(a.norm in _PRONOUNS and b.norm in REPORTING_VERBS for a, b in pairwise(nxt)):
                return True
    return False
