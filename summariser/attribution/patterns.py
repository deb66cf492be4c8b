"""Attributions without a reporting verb: 'according to X', 'X: ...' and '"..." ― X'."""

from __future__ import annotations

import logging

from summariser.attribution.content import char_span, content_after, content_before, trim
from summariser.attribution.lexicon import (
    CUE_FORMS,
    DETERMINERS,
    SENTENCE_ADVERBS,
    SPEECH_LEMMAS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    VERB_FORMS,
    words,
)
from summariser.attribution.model import Found
from summariser.attribution.phrases import is_content_word, np_right, sentence_subject
from summariser.attribution.segment import OPEN_QUOTES, QUOTES, TOGGLE_QUOTES, Doc

logger = logging.getLogger(__name__)

_MAX_SPEAKER = 5
# Labels that end in a colon without naming a speaker.
_NOT_SPEAKERS = words("""
    note update updated correction related photo photos video watch read editor source sources
    q a question answer caption credit image images share listen also see more live breaking
    exclusive analysis opinion commentary transcript partial full excerpt excerpts warning
    latest clarification editorial review
    """)
_DASHES = frozenset({"—", "--", "–", "―"})


# Heads after "according to" in its other sense, conformity to a norm or measure ("paid
# according to age", "sorted according to his body mass"): they name no one who reports.
_MEASURES = words("""
    size age weight height income rank seniority ability need needs merit preference
    preferences taste mass tradition custom customs
    """)
# Plans and rules conform when bare ("went according to plan", "played according to rules");
# with a determiner they are documents that state things ("according to the plan, taxes rise").
_NORMS = words("plan schedule script rules protocol procedure instructions")


def according_to(doc: Doc, at: int, number: int, *, width: int = 2) -> Found | None:
    """'according to the Kremlin' (or 'per the Kremlin', ``width`` 1): the source follows the
    cue, the content is the rest."""
    lo, hi, _ = doc.sentences[number]
    first = at + width
    end = np_right(doc, first, hi)
    if end is None:
        return None
    if _conformity(doc, first, end):
        return None
    end = _participle_tail(doc, end, hi)
    leading = all(doc.lowers[i] in SENTENCE_ADVERBS for i in range(lo, at))
    if leading and end >= hi - 1:
        # "According to X, the road will reopen": the clause after the comma is the content,
        # not an appositive of X.
        end = np_right(doc, first, hi, appositive=False) or end
    content = trim(doc, end, hi) if leading else content_before(doc, lo, at)
    return Found(
        cue=char_span(doc, at, first),
        source=char_span(doc, first, end),
        content=char_span(doc, *content) if content else None,
        sentence=number,
        source_tokens=(first, end - 1),
    )


# What "per" before a determiner or a name is otherwise: a rate ("per the hour" is rare; "per
# cent", "per capita" and "$5 per share" have neither), or conformity to a rule or plan.
_RATES = words("cent capita annum diem se")
_RULES = _NORMS | words(
    "bylaws law laws policy guidelines contract agreement terms statute constitution "
    "tradition custom request order orders regulations"
)


def per_source(doc: Doc, at: int, number: int) -> Found | None:
    """'per the report', 'per a statement from the board': "per" as "according to", before a
    determiner or a name; not a rate ("per cent", "per year", "$5 per share")."""
    hi = doc.sentences[number][1]
    nxt = at + 1
    if nxt >= hi or doc.lowers[nxt] in _RATES:
        return None
    if doc.lowers[nxt] not in DETERMINERS and not doc.words[nxt][0].isupper():
        return None
    end = np_right(doc, nxt, hi, appositive=False)
    if end is None or not _RULES.isdisjoint(doc.lowers[nxt:end]):
        return None  # "chosen per the party's bylaws": done as a rule says, not reported
    return according_to(doc, at, number, width=1)


def _participle_tail(doc: Doc, end: int, hi: int) -> int:
    """One past a reduced relative after a source phrase ending before ``end``, with its time
    and its agent ("a statement released on Monday by the company", "the indictment unsealed
    Thursday"), else ``end``: the document is described by who issued it and when."""
    if end + 1 >= hi:
        return end
    word = doc.words[end]
    form = CUE_FORMS.get(doc.lowers[end])
    if not (word.isalpha() and word.islower()) or not (
        word.endswith("ed") or (form is not None and form[1] == "past")
    ):
        return end
    k = end + 1
    if doc.lowers[k] in {"on", "last", "this", "earlier"} and k + 1 < hi:
        k += 1
    if doc.lowers[k] in TIME_WORDS:
        k += 1
    if k < hi and doc.lowers[k] == "by":
        agent = np_right(doc, k + 1, hi, appositive=False)
        if agent is not None:
            k = agent
            if k + 1 < hi and doc.lowers[k] == "on" and doc.lowers[k + 1] in TIME_WORDS:
                k += 2  # "released by the company on Monday"
    return k if k > end + 1 else end


def _conformity(doc: Doc, first: int, end: int) -> bool:
    """Whether the phrase after "according to" (tokens ``[first, end)``) is a measure or a bare
    norm: its head, before any "of" or comma, is one of _MEASURES or, alone, of _NORMS."""
    head = first
    for k in range(first, end):
        if doc.words[k] == "," or doc.lowers[k] in {"of", "for", "by", "from"}:
            break
        head = k
    low = doc.lowers[head]
    return low in _MEASURES or (head == first and low in _NORMS)


POLL_NOUNS = words("poll polls survey surveys polling")


def in_poll(doc: Doc, at: int, number: int) -> Found | None:
    """'Trump's gains in some polls', 'In the latest poll, ...': a poll as the source."""
    lo, hi, _ = doc.sentences[number]
    # The cheap tests first: a determiner or name after "in", and a poll noun after it.
    if doc.lowers[at + 1] not in DETERMINERS and not doc.words[at + 1][0].isupper():
        return None
    if POLL_NOUNS.isdisjoint(doc.lowers[at + 1 : hi]):
        return None
    end = np_right(doc, at + 1, hi, appositive=False)
    if end is None:
        return None
    head = next((k for k in range(at + 1, end) if doc.lowers[k] in POLL_NOUNS), None)
    if head is None:
        return None
    leading = all(doc.lowers[i] in SENTENCE_ADVERBS for i in range(lo, at))
    content = trim(doc, end, hi) if leading else content_before(doc, lo, at)
    return Found(
        cue=char_span(doc, at, at + 1),
        source=char_span(doc, at + 1, head + 1),
        content=char_span(doc, *content) if content else None,
        sentence=number,
        source_tokens=(at + 1, head),
        weak=True,
    )


def _paragraph_end(doc: Doc, number: int) -> int:
    """One past the last token of the paragraph holding sentence ``number``."""
    para = doc.sentences[number][2]
    last = number
    while last + 1 < len(doc.sentences) and doc.sentences[last + 1][2] == para:
        last += 1
    return doc.sentences[last][1]


def speaker_colon(doc: Doc, number: int) -> Found | None:
    """'PENCE: Well, look ...' or 'Trump: ...' at the start of a paragraph."""
    lo, hi, para = doc.sentences[number]
    if number > 0 and doc.sentences[number - 1][2] == para:
        return None
    first = lo
    if first < hi and doc.words[first] in QUOTES:
        first += 1
    try:  # list.index scans in C
        colon = doc.words.index(
            ":", first + 1, min(hi, first + _MAX_SPEAKER + max(_MAX_TOPIC, _MAX_ASIDE + 2) + 1)
        )
    except ValueError:
        return None
    names = range(first, _topic_start(doc, first, _aside_start(doc, first, colon), colon, hi))
    if not names or any(not (doc.words[i][0].isupper() or _affiliation(doc, i)) for i in names):
        return None
    if any(
        doc.lowers[i] in _NOT_SPEAKERS
        or doc.lowers[i] in SENTENCE_ADVERBS
        or doc.lowers[i] in CUE_FORMS
        for i in names
    ):
        return None
    if _speech_after(doc, colon, hi):
        return None
    content = trim(doc, colon + 1, _paragraph_end(doc, number))
    if content is None:
        return None
    return Found(
        cue=char_span(doc, colon, colon + 1),
        source=char_span(doc, first, names[-1] + 1),
        content=char_span(doc, *content),
        sentence=number,
        source_tokens=(first, names[-1]),
    )


def _speech_after(doc: Doc, colon: int, hi: int) -> bool:
    """Whether a named subject and its finite verb of speech open the text after ``colon``
    ("Storm Ciara: forecasters warn of gusts", "Budget: Treasury says ..."): the speaker is
    in that clause, and the words before the colon are its topic. A pronoun there is the
    colon's speaker talking ("TRUMP: I said ...")."""
    for k in range(colon + 2, min(hi, colon + 2 + _MAX_SPEAKER)):
        form = VERB_FORMS.get(doc.lowers[k])
        if form is not None and (form[1] == "ing" or form[0] not in SPEECH_LEMMAS):
            return False  # the clause's first verb is no verb of speech ("voters want")
        if form is not None:
            return all(
                doc.lowers[j] not in SUBJECT_PRONOUNS
                and (doc.lowers[j] in DETERMINERS or is_content_word(doc, j))
                for j in range(colon + 1, k)
            )
        if not (doc.lowers[k] in DETERMINERS or is_content_word(doc, k)):
            return False
    return False


_MAX_TOPIC = 4  # tokens of the topic in "Obama on Syria:"
_MAX_ASIDE = 6  # tokens inside the brackets of "Trump (in a tweet):"
_ASIDE_PREPOSITIONS = words("in on at via during to through")
_FIRST_PERSON = words("i we my our me us")


def _affiliation(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a bracketed affiliation after a name ("Pelosi (D-Calif.):"),
    which the tokeniser keeps whole."""
    word = doc.words[i]
    return i > 0 and word[0] == "(" and len(word) > 2 and word[1].isupper()


def _aside_start(doc: Doc, first: int, colon: int) -> int:
    """Where an aside in brackets before ``colon`` opens, else ``colon``: "Trump (in a
    tweet):", "Klopp (at his pre-match press conference):" say where the speaker said it, so
    they open with a preposition of channel, place or time ("Smith (pictured):" is a
    caption's label)."""
    if doc.words[colon - 1] != ")":
        return colon
    for k in range(colon - 2, max(first, colon - _MAX_ASIDE - 2), -1):
        if doc.words[k] == "(":
            return k if doc.lowers[k + 1] in _ASIDE_PREPOSITIONS else colon
    return colon


def _topic_start(doc: Doc, first: int, stop: int, colon: int, hi: int) -> int:
    """Where the speaker's name ends before ``stop`` (the colon or an aside before it): at
    its "on" and topic ("Obama on Syria: we will not intervene") when the words after the
    colon are the speaker's own, in the first person ("Crackdown on dissent: police arrest
    40" names no speaker); else ``stop``, or ``first`` when the name runs past
    ``_MAX_SPEAKER`` tokens."""
    on = next((k for k in range(first + 1, stop) if doc.lowers[k] == "on"), None)
    if on is None:
        return stop if stop - first <= _MAX_SPEAKER else first
    if stop - on - 1 > _MAX_TOPIC or on - first > _MAX_SPEAKER - 1:
        return first
    spoken = any(
        doc.lowers[k] in _FIRST_PERSON or doc.words[k] in QUOTES
        for k in range(colon + 1, min(hi, colon + 6))
    )
    return on if spoken else first


def quote_dash(doc: Doc, dash: int, number: int) -> Found | None:
    """'"...." ― Pamela Padilla': a quotation signed by the name after a dash."""
    para = doc.sentences[number][2]
    if dash - 1 < 0 or dash + 1 >= len(doc.words):
        return None
    if doc.words[dash - 1] not in QUOTES or not doc.words[dash + 1][0].isupper():
        return None
    end = np_right(doc, dash + 1, len(doc.words), appositive=False)
    if end is None or end - dash > 5:
        return None
    if (
        end < len(doc.words)
        and doc.sentence_of(end) == doc.sentence_of(dash)
        and doc.words[end] not in {".", ",", ";"}
    ):
        return None
    opening = None
    for i in range(dash - 2, -1, -1):
        if doc.sentences[doc.sentence_of(i)][2] != para:
            break
        if doc.words[i] in OPEN_QUOTES or doc.words[i] in TOGGLE_QUOTES:
            opening = i
            break
    content = (opening, dash) if opening is not None else None
    return Found(
        cue=char_span(doc, dash, dash + 1),
        source=char_span(doc, dash + 1, end),
        content=char_span(doc, *content) if content else None,
        sentence=number,
        source_tokens=(dash + 1, end - 1),
    )


def colon_follow_on(doc: Doc, found: Found, number: int) -> Found:
    """For 'He said:' closing a paragraph, the content is the next paragraph."""
    if found.content is not None or number + 1 >= len(doc.sentences):
        return found
    hi = doc.sentences[number][1]
    if doc.words[hi - 1] != ":":
        return found
    nxt = number + 1
    content = content_after(doc, doc.sentences[nxt][0], _paragraph_end(doc, nxt))
    if content is None:
        return found
    return Found(
        cue=found.cue,
        source=found.source,
        content=char_span(doc, *content),
        sentence=found.sentence,
        source_tokens=found.source_tokens,
        antecedent=found.antecedent,
    )


def clause_colon(doc: Doc, number: int) -> Found | None:
    """'The piece used her words as its headline: "..."': a subject and verb phrase announcing
    a quotation by a colon; the verb phrase up to the colon is the cue.

    Only a quotation after the colon makes it an attribution: a bare colon as often opens a
    list ("the report lists three items: ...") or a summary."""
    lo, hi, _ = doc.sentences[number]
    try:  # list.index scans in C, and most sentences hold no colon
        colon = doc.words.index(":", lo + 2, max(hi - 1, lo + 2))
    except ValueError:
        return None
    if doc.words[colon + 1] not in QUOTES:
        return None
    subject = sentence_subject(doc, lo, colon)
    if subject is None:
        return None
    first, verb = subject
    if verb >= colon or not doc.words[verb][0].islower():
        return None
    if not (doc.words[first][0].isupper() or doc.lowers[first] in SUBJECT_PRONOUNS):
        return None
    content = trim(doc, colon + 1, hi)
    if content is None:
        return None
    return Found(
        cue=char_span(doc, verb, colon + 1),
        source=char_span(doc, first, verb),
        content=char_span(doc, *content),
        sentence=number,
        source_tokens=(first, verb - 1),
        weak=True,
    )
