"""Attributions signalled by a reporting verb, in any tense, voice and word order."""

from __future__ import annotations

import logging

from summariser.attribution.content import (
    char_span,
    content_after,
    content_before,
    only_trailer,
    trim,
)
from summariser.attribution.lexicon import (
    ADDRESSEE_VERBS,
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    CATENATIVE_FORMS,
    CATENATIVE_ON,
    CUE_FORMS,
    DETERMINERS,
    PARTICLE_ONLY,
    PARTICLES,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    words,
)
from summariser.attribution.model import Found
from summariser.attribution.phrases import (
    is_content_word,
    np_left,
    np_right,
)
from summariser.attribution.segment import CLOSE_QUOTES, QUOTES, TOGGLE_QUOTES, Doc
from summariser.attribution.subjects import (
    described_name,
    inverted_source,
    left_source,
    participle_source,
)

logger = logging.getLogger(__name__)

# Verbs that journalists put before their subject: '"...," said Smith.'
_INVERTING = words(
    "say add write note ask continue explain recall insist argue reply respond declare warn "
    "counter quip joke concede observe remark state announce report tweet post conclude"
)
# Lemmas that are as often nouns: as bare base/third forms they need verb-like surroundings.
_NOUN_LIKE = words(
    "plan claim report call promise pledge support question demand estimate charge comment "
    "post tweet vow hope fear worry doubt wish offer order quote reference answer reply "
    "response back project document count address detail outline signal hint "
    "echo counter challenge attack praise dispute threat protest object press direct "
    "command guarantee forecast label joke boast concern figure guess state note remark attack "
    "protest suspect rate rule release"
)
_CONTRACTED = words(
    "he’s she’s it’s they’re we’re i’m you’re he's she's it's they're we're i'm you're "
    "he’d she’d they’d we’d i’d he'd she'd they'd we'd i'd they’ve we’ve i’ve they've "
    "we've i've he’ll she’ll they’ll we’ll i’ll"
)
# Lemmas that only attribute when a quotation or colon follows ("Caddell continued: ...").
_QUOTE_ONLY = frozenset({"continue"})
# Evidential verbs whose participle ("..., underscoring the ties") has a whole clause, not a
# speaker, as its subject.
_EVIDENTIAL = words(
    "underscore highlight signal show suggest indicate reveal document estimate confirm find "
    "demonstrate"
)
_PARTICIPLE_OPENERS = words("and while by after before from for without when")
_DASHES = frozenset({"—", "--", "–", "―"})
# Words before a participle that never speak: "from saying", "worth noting".
_NOT_SPEAKERS = words("from despite perhaps worth of for at without by about")


def _reads_as_noun(doc: Doc, prev: int | None, verb: int, cue_end: int, hi: int) -> bool:
    """Whether a bare base/-s form is a noun ("key posts", "his tax plan") rather than a verb."""
    lemma = CUE_FORMS[doc.lowers[verb]][0]
    if prev is not None:
        low = doc.lowers[prev]
        if low.endswith(("’s", "'s")) and low not in _CONTRACTED:
            return True
    if lemma not in _NOUN_LIKE:
        return False
    if cue_end < hi and (doc.lowers[cue_end] in AUXILIARIES or doc.lowers[cue_end] == "of"):
        return True
    if prev is None:
        return True
    low = doc.lowers[prev]
    word = doc.words[prev]
    if low in SUBJECT_PRONOUNS or low in RELATIVE_PRONOUNS:
        return False
    if word[0].isupper():
        # After a name a noun-like form is a verb unless a noun-phrase word follows it
        # ("the New York state attorney general", "Clean Air Act rules before ...").
        if cue_end >= hi or doc.words[cue_end] in {".", "!", "?"}:
            # "... Over Police Shooting Comments." is a noun; '..., the Journal reports.' is not.
            lo = doc.sentences[doc.sentence_of[verb]][0]
            start = np_left(doc, prev, lo)
            return start is None or start == lo or doc.words[start - 1] not in {",", "”", "''", '"'}
        return doc.words[cue_end][0].islower() and not _complement(doc, cue_end)
    # After a lowercase word a noun-like form is a verb only if a complement follows it
    # ("the poll shows that", "voters want to"), else a compound noun ("key posts").
    if CUE_FORMS[doc.lowers[verb]][1] == "base" and not low.endswith("s"):
        return True
    if cue_end >= hi:
        return True
    return not _complement(doc, cue_end)


def _complement(doc: Doc, at: int) -> bool:
    """Whether token ``at`` can open a reporting verb's complement ("that", "to", a quote ...)."""
    nxt = doc.lowers[at]
    return (
        nxt in {"that", "to", ":", "what", "how", "why", "whether", "it", "him", "her", "them"}
        or nxt in DETERMINERS
        or nxt in SUBJECT_PRONOUNS
        or doc.words[at] in QUOTES
        or doc.words[at][0].isupper()
    )


def _noun_modifier(doc: Doc, prev: int, cue_end: int, hi: int) -> bool:
    """Whether a participle right after ``prev`` modifies it as a reduced relative clause."""
    low = doc.lowers[prev]
    word = doc.words[prev]
    if not word[0].isalpha() or low in CUE_FORMS or low in _NOT_SPEAKERS or low.endswith("ly"):
        return False
    if not (word[0].isupper() or low in SUBJECT_PRONOUNS - {"it"} or is_content_word(doc, prev)):
        return False
    return cue_end < hi and (
        doc.lowers[cue_end] in {"that", ":"}
        or doc.words[cue_end] in QUOTES
        or doc.words[cue_end] == ","
    )


def _verb_group_start(doc: Doc, verb: int, lo: int) -> int:
    """First token of the auxiliaries, adverbs and catenatives before the verb ("has also said",
    "continues to insist", "went on to say")."""
    i = verb
    while i - 1 >= lo:
        low = doc.lowers[i - 1]
        if low in AUXILIARIES or low in ADVERBS or (low.endswith("ly") and len(low) > 4):
            i -= 1
            continue
        if low == "to" and i - 2 >= lo:
            before = i - 2
            if doc.lowers[before] == "on" and before - 1 >= lo:
                lemma = CATENATIVE_FORMS.get(doc.lowers[before - 1])
                if lemma in CATENATIVE_ON:
                    i = before - 1
                    continue
            if doc.lowers[before] in CATENATIVE_FORMS and doc.words[before][0].islower():
                i = before
                continue
        break
    return i


def _passive(
    doc: Doc, verb: int, cue_first: int, sentence: tuple[int, int], number: int
) -> Found | None:
    """'as confirmed by the Kremlin', 'was reported by X', 'it was reported that ...'."""
    lo, hi = sentence
    by = None
    for i in range(verb + 1, min(hi, verb + 9)):
        if doc.lowers[i] == "by":
            by = i
            break
        if doc.words[i] in {",", ";", ":", "."} or doc.lowers[i] == "that":
            break
    if by is not None:
        end = np_right(doc, by + 1, hi, appositive=False)
        if end is None:
            return None
        source = (by + 1, end - 1)
        before = cue_first - 1 if cue_first - 1 >= lo else None
        if before is not None and doc.lowers[before] == "as":
            before -= 1
        content = None
        if before is not None and before > lo:
            content = content_before(doc, lo, before + 1)
        if content is None:
            content = content_after(doc, end, hi)
        return Found(
            cue=char_span(doc, cue_first, verb + 1),
            source=char_span(doc, source[0], source[1] + 1),
            content=char_span(doc, *content) if content else None,
            sentence=number,
            source_tokens=source,
        )
    if cue_first - 1 >= lo and doc.lowers[cue_first - 1] == "it":
        content = content_after(doc, verb + 1, hi)
        if content is None or doc.lowers[content[0]] != "that":
            return None
        return Found(
            cue=char_span(doc, cue_first - 1, verb + 1),
            source=None,
            content=char_span(doc, *content),
            sentence=number,
        )
    return None


def _opening_participle(doc: Doc, cue_first: int, cue_end: int, number: int) -> Found | None:
    """ "Citing an unfounded report, Trump said ...": the subject after the comma speaks."""
    hi = doc.sentences[number][1]
    comma = next((k for k in range(cue_end, min(hi, cue_end + 25)) if doc.words[k] == ","), None)
    if comma is None:
        return None
    end = np_right(doc, comma + 1, hi, appositive=False)
    if end is None or not (
        doc.words[comma + 1][0].isupper() or doc.lowers[comma + 1] in SUBJECT_PRONOUNS
    ):
        return None
    while end - 1 > comma + 1 and (
        doc.lowers[end - 1] in ADVERBS or doc.lowers[end - 1] == "often"
    ):
        end -= 1  # "Trump repeatedly accused": the adverb is not part of the subject
    content = trim(doc, cue_end, comma)
    return make_found(doc, cue_first, cue_end, (comma + 1, end - 1), content, number, None)


def verb_cue(doc: Doc, verb: int, number: int, found: list[Found]) -> Found | None:
    """The attribution signalled by the reporting verb at token ``verb``, if any."""
    lo, hi, _ = doc.sentences[number]
    lemma, form = CUE_FORMS[doc.lowers[verb]]
    cue_end = verb + 1
    if cue_end < hi and doc.lowers[cue_end] in PARTICLES.get(lemma, frozenset()):
        cue_end += 1
    elif lemma in PARTICLE_ONLY:
        return None
    cue_first = _verb_group_start(doc, verb, lo)
    group = {doc.lowers[i] for i in range(cue_first, verb)}
    has_be = bool(group & BE_FORMS)
    if "to" in group:
        # A catenative chain takes its form from its first verb: "going on to say" is a
        # participle; "is expected to say" is not a passive of "say".
        catenative = next(i for i in range(cue_first, verb) if doc.lowers[i] in CATENATIVE_FORMS)
        form = "ing" if doc.lowers[catenative].endswith("ing") else "chain"
        has_be = has_be and form != "chain"
    prev = cue_first - 1 if cue_first > lo else None
    prev_low = doc.lowers[prev] if prev is not None else ""
    if prev_low in _CONTRACTED:
        has_be = has_be or prev_low.endswith(("’s", "'s", "’re", "'re", "’m", "'m"))
    if prev_low in DETERMINERS or prev_low in {"to", "of", "for", "with", "my", "our"}:
        return None
    if form in {"base", "third"} and not group and _reads_as_noun(doc, prev, verb, cue_end, hi):
        return None
    if lemma in _QUOTE_ONLY and not (
        cue_end >= hi or doc.words[cue_end] in {":", ",", "."} or doc.words[cue_end] in QUOTES
    ):
        return None
    if form == "past" and (prev_low == "as" or has_be):
        return _passive(doc, verb, cue_first, (lo, hi), number)
    if form == "ing" and not has_be and prev is None and cue_first == lo:
        return _opening_participle(doc, cue_first, cue_end, number)
    noun_modifier = prev is not None and _noun_modifier(doc, prev, cue_end, hi)
    if form == "ing" and not has_be and prev is not None and cue_first == verb and noun_modifier:
        # "footage of Trump saying, ...", "one saying that ...": the noun is the speaker.
        start = np_left(doc, prev, lo)
        if start is not None:
            # "footage of Hillary Clinton asking": the speaker is the noun after the last "of".
            start = max([start] + [k + 1 for k in range(start, prev) if doc.lowers[k] == "of"])
            content = content_after(doc, cue_end, hi)
            return make_found(doc, verb, cue_end, (start, prev), content, number, None)
    if form == "ing" and not has_be:
        if prev is None or not (doc.words[prev] == "," or prev_low in _PARTICIPLE_OPENERS):
            return None
        if lemma in _EVIDENTIAL:
            return None
        source_tokens = participle_source(doc, lo, hi, found)
        content = content_after(doc, cue_end, hi)
        return make_found(doc, cue_first, cue_end, source_tokens, content, number, None)
    if prev is None:
        if lemma in _INVERTING and form == "past":
            # Sentence-initial inversion: 'Said Ellis: "..."'.
            inverted = inverted_source(doc, cue_end, hi)
            if inverted is not None:
                content = content_after(doc, inverted[1] + 1, hi)
                return make_found(doc, cue_first, cue_end, inverted, content, number, None)
        return None
    if prev_low in {"and", "but", "or"} and form != "base":
        source_tokens = participle_source(doc, lo, hi, found)
        content = content_after(doc, cue_end, hi)
        return make_found(doc, cue_first, cue_end, source_tokens, content, number, None)
    if prev_low in _CONTRACTED:
        return make_found(
            doc,
            prev,
            cue_end,
            (prev, prev),
            _after(doc, lemma, cue_end, hi, lo, prev),
            number,
            None,
        )
    prev_word = doc.words[prev]
    if (prev_word in CLOSE_QUOTES or prev_word in TOGGLE_QUOTES or prev_word == ",") and (
        lemma in _INVERTING
    ):
        inverted = inverted_source(doc, cue_end, hi)
        # "Rawlings, 59, of Ashton, who watched ..., said the event ...": a described name
        # before the comma is the subject, whatever follows the verb.
        if inverted is not None and prev_word == "," and described_name(doc, prev, lo):
            inverted = None
        if inverted is not None:
            stop = prev if prev_word == "," else prev + 1
            content = content_before(doc, lo, stop)
            return make_found(doc, cue_first, cue_end, inverted, content, number, None)
    left = left_source(doc, prev, lo)
    if left is None:
        return None
    source_tokens, antecedent = left
    if antecedent is not None or doc.lowers[source_tokens[0]] in RELATIVE_PRONOUNS:
        # A relative clause ends at its closing comma: "X, who declined to comment, said".
        hi = next((k for k in range(cue_end, hi) if doc.words[k] == ","), hi)
    content = _after(doc, lemma, cue_end, hi, lo, source_tokens[0])
    return make_found(doc, cue_first, cue_end, source_tokens, content, number, antecedent)


def _after(
    doc: Doc, lemma: str, cue_end: int, hi: int, lo: int, source_first: int
) -> tuple[int, int] | None:
    """Content for a subject-first cue: after it, or before the subject when nothing follows."""
    position = cue_end
    if lemma in ADDRESSEE_VERBS and position < hi:
        end = np_right(doc, position, hi, appositive=False)
        if end is not None:
            position = end
    if (position < hi and doc.words[position] == ",") or only_trailer(doc, position, hi):
        before = content_before(doc, lo, source_first)
        if before is not None:
            return before
    return content_after(doc, position, hi)


def make_found(
    doc: Doc,
    cue_first: int,
    cue_end: int,
    source_tokens: tuple[int, int] | None,
    content: tuple[int, int] | None,
    number: int,
    antecedent: tuple[int, int] | None,
) -> Found | None:
    """Build a Found from token ranges; cue-only finds without a source are dropped."""
    if source_tokens is None:
        return None
    first, last = source_tokens
    return Found(
        cue=char_span(doc, cue_first, cue_end),
        source=char_span(doc, first, last + 1),
        content=char_span(doc, *content) if content else None,
        sentence=number,
        source_tokens=source_tokens,
        antecedent=char_span(doc, antecedent[0], antecedent[1] + 1) if antecedent else None,
    )


def is_dash(word: str) -> bool:
    """Whether a token is a dash that can introduce a quotation's author."""
    return word in _DASHES
