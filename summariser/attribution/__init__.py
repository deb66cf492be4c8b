"""Deterministic attribution finding: who said what, signalled by which words, and where.

``find_attributions(text)`` reads a news text once, sentence by sentence, and applies closed-class
rules: reporting verbs in any tense and voice (with subject, inverted, relative, participle and
passive sources, and catenative chains such as 'went on to say' or 'was quick to note'), light
verbs with a noun of communication ('raised concerns about', 'drew criticism from X', 'brushed
off the questions'), stance adjectives and agent nouns ('has been critical of', 'is a vocal
critic of'), idioms of stance ('took aim at the plan', 'came out against', 'stopped short of'),
infinitives of purpose ('took to Twitter to blast'), hearsay passives without a named source ('is
said to'), 'according to X', 'in the latest poll', owned reporting nouns ('his claim that', 'her
view is that', 'the claim by X that'), 'SPEAKER:' lines, 'X <verb phrase>: "..."', dash-signed
quotations, channel frames ('In a speech, X laid out ...') and viewpoint frames ('in his view',
'To her, ...', 'To critics, ...'). A subject keeps its relative clause ('A man who lives nearby
said', 'Everyone I spoke to said').
Pronoun and nominal sources are resolved to the nearest safe named source.
"""

from __future__ import annotations

import bisect
import heapq
import logging
from collections import Counter
from itertools import compress
from operator import itemgetter

from pydantic import TypeAdapter

from summariser.attribution.channels import (
    channel_matches,
    fold,
    pick_channel,
    trim_channel,
)
from summariser.attribution.clauses import (
    clip_to_coordinated,
    clip_to_new_clauses,
    clip_to_subjects,
)
from summariser.attribution.continued import continue_contents
from summariser.attribution.framed import FRAME_NOUNS, in_channel, in_view, to_view
from summariser.attribution.lexicon import (
    CUE_FORMS,
    DETERMINERS,
    IDIOM_VERBS,
    NOUN_CUES,
    VERB_FORMS,
    WEAK_WHEN_NESTED,
)
from summariser.attribution.model import Attribution, Found
from summariser.attribution.nouns import BY_NOUNS, PREDICATE_NOUNS, is_noun_cue, noun_cue
from summariser.attribution.patterns import (
    POLL_NOUNS,
    according_to,
    clause_colon,
    colon_follow_on,
    in_poll,
    per_source,
    quote_dash,
    speaker_colon,
)
from summariser.attribution.pronouns import resolve
from summariser.attribution.segment import Doc, segment
from summariser.attribution.stance import STANCE_ADJECTIVES, adjective_cue
from summariser.attribution.verbs import DASHES, is_dash, verb_cue

__all__ = ["Attribution", "find_attributions"]

logger = logging.getLogger(__name__)

_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})


def _is_headline(words: list[str], lo: int, hi: int) -> bool:
    """Whether a sentence is in title case ("Lindsey Graham Says ..."), so verbs are capitalised."""
    alphabetic = [w for w in words[lo:hi] if w[0].isalpha() and len(w) > 3]
    if len(alphabetic) < 3:
        return False
    return sum(1 for w in alphabetic if w[0].isupper()) >= 0.8 * len(alphabetic)


# Every token a rule below can start from: the others are passed over without a look.
_TRIGGERS = (
    frozenset(VERB_FORMS)
    | NOUN_CUES
    | BY_NOUNS
    | PREDICATE_NOUNS
    | STANCE_ADJECTIVES
    | DASHES
    | {"according", "in", "per"}
)

# The forms of the idiom verbs ("breaks", "came"): framed, but read in a title too.
_IDIOM_FORMS = frozenset(word for word, (lemma, _) in VERB_FORMS.items() if lemma in IDIOM_VERBS)

# Every "in" frame (in_poll, in_channel, in_view) needs one of these after its "in" and before
# the sentence's end: a poll noun anywhere there, a channel head or a view noun within four
# tokens.
_IN_FRAME_NOUNS = POLL_NOUNS | FRAME_NOUNS


def _sentence_finds(
    doc: Doc, number: int, found: list[Found], triggers: list[int], *, has_colon: bool
) -> None:
    """Append the attributions of sentence ``number`` to ``found`` (``triggers``: the indices
    of its tokens that are in _TRIGGERS, in order; ``has_colon``: whether it holds a ":")."""
    lo, hi, _ = doc.sentences[number]
    # Both colon rules need a ":" in the sentence.
    colon = speaker_colon(doc, number) if has_colon else None
    if colon is not None:
        found.append(colon)
    view = to_view(doc, number) if doc.lowers[lo] == "to" else None
    if view is not None:
        found.append(view)
    lowers = doc.lowers
    quoted = doc.quoted
    words = doc.words
    headline: bool | None = None  # computed when first needed
    for i in triggers:
        if quoted[i]:
            continue
        low = lowers[i]
        item: Found | None = None
        cue = low in VERB_FORMS and (words[i][0].islower() or i == lo)
        # (a framed verb is no title's, "the Washington Post", but for an idiom, whose frame
        # is its test: "Clinton Breaks With Obama On ...")
        if not cue and (low in CUE_FORMS or low in _IDIOM_FORMS):
            if headline is None:
                headline = _is_headline(words, lo, hi)
            cue = headline
        if cue:
            item = verb_cue(doc, i, number, found)
            if item is not None:
                item = colon_follow_on(doc, item, number)
            elif is_noun_cue(low):
                # "Trump's claim that ...": a form that is both verb and noun, read as a noun.
                item = noun_cue(doc, i, number)
            elif low in STANCE_ADJECTIVES:
                # "The union is opposed to ...": a participle of stance read as an adjective.
                item = adjective_cue(doc, i, number)
        elif low == "according" and i + 1 < hi and lowers[i + 1] == "to":
            item = according_to(doc, i, number)
        elif low == "per":
            item = per_source(doc, i, number)
        elif low == "in" and i + 1 < hi:
            # The three rules need a determiner or a name after "in" (their first test, done
            # here for the many "in"s followed by neither), and one of their nouns after it in
            # the sentence: one look at the rest of the sentence, not three calls.
            if (
                lowers[i + 1] in DETERMINERS or words[i + 1][0].isupper()
            ) and not _IN_FRAME_NOUNS.isdisjoint(lowers[i + 1 : hi]):
                item = (
                    in_poll(doc, i, number) or in_channel(doc, i, number) or in_view(doc, i, number)
                )
        elif is_noun_cue(low):
            item = noun_cue(doc, i, number)
        elif low in STANCE_ADJECTIVES:
            item = adjective_cue(doc, i, number)
        elif is_dash(low):
            item = quote_dash(doc, i, number)
        if item is not None:
            found.append(item)
    if has_colon and colon is None and (not found or found[-1].sentence != number):
        item = clause_colon(doc, number)
        if item is not None:
            found.append(item)


def _cue_verb(text: str, cue: tuple[int, int]) -> tuple[str, str]:
    """(lemma, form) of the last reporting verb of a cue, or ("", "") for verbless cues."""
    for word in reversed(text[cue[0] : cue[1]].lower().split()):
        if word in VERB_FORMS:
            return VERB_FORMS[word]
    return "", ""


def _weak_when_nested(item: Found, text: str) -> bool:
    """Whether a find is no attribution of its own when it lies inside another's content.

    Stance and evidence verbs ('Smith said he thinks ...'), and any reporting verb other than
    'say' in the present or with a modal whose subject is not a personal pronoun: inside
    reported content 'Clinton will address ...' or 'it underscores ...' is what was said.
    """
    if item.weak:
        return True
    lemma, form = _cue_verb(text, item.cue)
    if lemma in WEAK_WHEN_NESTED:
        return True
    if lemma == "say" or form not in {"base", "third"} or item.source is None:
        return False
    return text[item.source[0] : item.source[1]].lower() not in _PERSONAL_PRONOUNS


def _drop_weak_nested(found: list[Found], text: str) -> list[Found]:
    """Remove weak cues lying inside the content of another attribution."""
    holders = [
        (other.content[0], other.content[1], other.source)
        for other in found
        if other.content is not None
    ]
    # The characters some content covers, as sorted disjoint ranges: a find starting outside
    # them is nested in nothing, and its cue need not be read.
    covered: list[list[int]] = []
    for first, stop, _ in sorted(holders, key=itemgetter(0, 1)):
        if covered and first <= covered[-1][1]:
            covered[-1][1] = max(covered[-1][1], stop)
        else:
            covered.append([first, stop])
    firsts = [first for first, _ in covered]
    weak = []
    for item in found:
        k = bisect.bisect_right(firsts, item.cue[0]) - 1
        if k >= 0 and item.cue[0] < covered[k][1] and _weak_when_nested(item, text):
            weak.append(item)
    if not weak:
        return found
    # A weak find is nested when the content of another find holds its cue start, unless that
    # one has the same source: the same source again is a second act of its own ("she called
    # X ... and called for Y"), not something reported by the first. One sweep over the cue
    # starts in order, keeping the contents that hold the current one (and how many there are
    # per source), rather than every find against every content (quadratic in a long text).
    nested: set[int] = set()  # ids of the weak finds to drop
    holders.sort(key=itemgetter(0))
    active: list[tuple[int, int, tuple[int, int] | None]] = []  # heap of (stop, n, source)
    per_source: Counter[tuple[int, int] | None] = Counter()
    n = 0
    for item in sorted(weak, key=lambda f: f.cue[0]):
        start = item.cue[0]
        while n < len(holders) and holders[n][0] <= start:
            heapq.heappush(active, (holders[n][1], n, holders[n][2]))
            per_source[holders[n][2]] += 1
            n += 1
        while active and active[0][0] <= start:
            per_source[heapq.heappop(active)[2]] -= 1
        source = item.source
        if source is None:  # any other content holding it, whatever its source
            own = item.content is not None and item.content[0] <= start < item.content[1]
            others = len(active) - int(own)
        else:  # (its own content, if it holds it, has the same source)
            others = len(active) - per_source[source]
        if others > 0:
            nested.add(id(item))
    return [item for item in found if id(item) not in nested] if nested else found


def _drop_contained(found: list[Found]) -> list[Found]:
    """Remove finds whose cue lies inside a longer cue ("refused" in "refused to comment").

    Per sentence, in order of cue start (longer first on ties): a cue is contained when an
    earlier, different cue reaches as far as its end. One sweep, not a comparison of every
    pair (quadratic in a long sentence)."""
    by_sentence: dict[int, list[Found]] = {}
    for item in found:
        by_sentence.setdefault(item.sentence, []).append(item)
    contained: set[int] = set()  # ids of the finds to drop
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        group = sorted(group, key=lambda f: (f.cue[0], -f.cue[1]))
        reach = -1  # the furthest end of the cues before the current one
        k = 0
        while k < len(group):
            cue = group[k].cue
            j = k + 1
            while j < len(group) and group[j].cue == cue:  # equal cues do not contain each other
                j += 1
            if reach >= cue[1]:
                contained.update(id(item) for item in group[k:j])
            reach = max(reach, cue[1])
            k = j
    return [item for item in found if id(item) not in contained] if contained else found


def _drop_channel_nouns(found: list[Found]) -> list[Found]:
    """Remove a noun cue between a verb cue and the content the two share ("said in his
    remarks that ...", "wrote in her statement that ..."): the noun names the channel of the
    verb's act, not a second act."""
    by_content: dict[tuple[int, int], list[Found]] = {}
    for item in found:
        if item.content is not None:
            by_content.setdefault(item.content, []).append(item)
    channel: set[int] = set()
    for (start, _), group in by_content.items():
        for outer in group:
            for inner in group:
                if outer.cue[1] <= inner.cue[0] and inner.cue[1] <= start:
                    channel.add(id(inner))
    return [item for item in found if id(item) not in channel] if channel else found


# One call to pydantic-core for the whole list, on plain dicts for the spans too: the same
# objects as one model at a time (Span has no validators of its own).
_NEW_ATTRIBUTIONS = TypeAdapter(list[Attribution]).validate_python


def _span(text: str, bounds: tuple[int, int] | None) -> dict[str, int | str] | None:
    """The fields of a Span for character bounds, or None."""
    if bounds is None:
        return None
    start, end = bounds
    return {"start": start, "end": end, "text": text[start:end]}


def find_attributions(text: str | Doc) -> list[Attribution]:
    """Every attribution in ``text`` (plain text, or the article's shared ``Doc``), sorted by cue
    start; the same text gives the same list."""
    doc = segment(text)
    text = doc.text
    if not text or text.isspace():  # what ``not text.strip()`` tests, without a copy
        return []
    found: list[Found] = []
    lowers = doc.lowers
    triggers = list(compress(range(len(lowers)), map(_TRIGGERS.__contains__, lowers)))
    colons = doc.char_tokens(":")
    # Each sentence's triggers, by one walk over them; a sentence with neither triggers nor a
    # ":" has nothing a rule can start from.
    k = 0
    for number, (lo, hi, _) in enumerate(doc.sentences):
        first = k
        while k < len(triggers) and triggers[k] < hi:
            k += 1
        has_colon = bool(colons) and bisect.bisect_left(colons, lo) < bisect.bisect_left(colons, hi)
        if first < k or has_colon or lowers[lo] == "to":
            _sentence_finds(doc, number, found, triggers[first:k], has_colon=has_colon)
    unique: dict[tuple[int, int], Found] = {}
    for item in found:
        unique.setdefault(item.cue, item)
    ordered = _drop_weak_nested(_drop_contained(sorted(unique.values(), key=lambda f: f.cue)), text)
    ordered = _drop_channel_nouns(ordered)
    clip_to_subjects(ordered)
    clip_to_coordinated(ordered, text)
    clip_to_new_clauses(ordered, text)
    continue_contents(ordered, doc)
    names = resolve(ordered, doc)
    fields = []
    folded = fold(text) if ordered else text
    numbers = sorted({item.sentence for item in ordered})
    windows = [doc.sentences[number][:2] for number in numbers]
    matches = channel_matches(
        text, folded, [(doc.starts[lo], doc.ends[hi - 1]) for lo, hi in windows]
    )
    channels = dict(zip(numbers, matches, strict=True))  # per sentence
    for item, name in zip(ordered, names, strict=True):
        content = item.content
        if content is not None:
            content = (content[0], trim_channel(text, folded, *content))
        sentence_channels = channels[item.sentence]
        start, end = item.cue
        fields.append(
            {
                "source": _span(text, item.source),
                "cue": {"start": start, "end": end, "text": text[start:end]},
                "content": _span(text, content),
                "continued": [_span(text, span) for span in item.continued],
                "resolved_source": name,
                "channel": (
                    pick_channel(sentence_channels, skip=content) if sentence_channels else None
                ),
            }
        )
    result = _NEW_ATTRIBUTIONS(fields)
    logger.debug("found %d attributions in %d characters", len(result), len(text))
    return result
