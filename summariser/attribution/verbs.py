"""Attributions signalled by a reporting verb, in any tense, voice and word order."""

from __future__ import annotations

import logging

from summariser.attribution.anonymity import FORMULA_WORDS, in_anonymity
from summariser.attribution.contacts import contact_relative, contact_subject
from summariser.attribution.content import (
    content_after,
    content_before,
    make_found,
    verb_clause,
)
from summariser.attribution.dated import dated_before
from summariser.attribution.inverted import bare_object, inverted_source
from summariser.attribution.lexicon import (
    BE_FORMS,
    DETERMINERS,
    LIGHT_VERBS,
    PARTICLE_ONLY,
    PARTICLES,
    QUOTATIVE_ONLY,
    REDUCED_OPENERS,
    RELATIVE_PRONOUNS,
    SPEECH_LEMMAS,
    SUBJECT_PRONOUNS,
    VERB_FORMS,
    words,
)
from summariser.attribution.light import REACTIONS, light_object_end, reacting_source
from summariser.attribution.model import Found
from summariser.attribution.participles import (
    after_comma,
    coordinated_base,
    coordinated_pronoun,
    message_before,
    noun_modifier,
    opening_participle,
)
from summariser.attribution.passives import object_gap_participle, passive_cue, reduced_passive
from summariser.attribution.phrases import GERUND_OPENERS, np_left
from summariser.attribution.reading import (
    CONTRACTED,
    MARKER_PAIRS,
    attributive_participle,
    complement,
    discourse_marker,
    floating_quantifier,
    quantifier_subject,
    reads_as_noun,
)
from summariser.attribution.segment import CLOSE_QUOTES, TOGGLE_QUOTES, Doc
from summariser.attribution.senses import LITERAL_LEMMAS, literal_sense
from summariser.attribution.subjects import (
    described_name,
    left_source,
    participle_source,
    plural_head,
    relative_antecedent,
)
from summariser.attribution.trailers import continues_speech, subject_content
from summariser.attribution.verbframes import (
    FRAMED,
    caused_cue,
    frame_end,
    modal_after_participle,
    prepositional_participle,
    purpose_cue,
    reduced_relative,
)
from summariser.attribution.verbgroup import CATENATIVE_FORMS, verb_group_start

logger = logging.getLogger(__name__)

# Verbs that journalists put before their subject: '"...," said Smith.'
_INVERTING = words(
    "say add write note ask continue explain recall insist argue reply respond declare warn "
    "counter quip joke concede observe remark state announce report tweet post conclude"
)
# Verbs of intention that take an infinitive, never a "that"-clause: a bare form before "that"
# is the noun with a relative clause ("the savings plans that your state offers").
_INFINITIVE_ONLY = words("plan seek want refuse decline offer")
# Lemmas that only attribute as speech goes on ("Caddell continued: ...", '"...," she went on.').
# (and verbs of nonverbal expression: "laughed", "sighed"; "laughed off" is a light verb's)
_QUOTE_ONLY = frozenset({"continue", "go"}) | (QUOTATIVE_ONLY - LIGHT_VERBS)
# Evidential verbs whose participle ("..., underscoring the ties") has a whole clause, not a
# speaker, as its subject.
_EVIDENTIAL = words(
    "underscore highlight signal show suggest indicate reveal document estimate confirm find "
    "demonstrate"
)
_PARTICIPLE_OPENERS = words("and while from for when") | GERUND_OPENERS
_CLAUSE_CONJUNCTIONS = words("and but or so yet")
DASHES = frozenset({"—", "--", "–", "―"})


_NO_GROUP: frozenset[str] = frozenset()


def verb_cue(doc: Doc, verb: int, number: int, found: list[Found]) -> Found | None:
    """The attribution signalled by the reporting verb at token ``verb``, if any."""
    lo, hi, _ = doc.sentences[number]
    lo, hi = verb_clause(doc, lo, verb, hi)
    lemma, form = VERB_FORMS[doc.lowers[verb]]
    if (
        lemma in _INFINITIVE_ONLY
        and form in {"base", "third"}
        and doc.lowers[verb + 1 : verb + 2] == ["that"]
    ):
        return None
    if doc.lowers[verb] in FORMULA_WORDS and in_anonymity(doc, verb, lo, hi):
        return None  # "who asked not to be named": why a source is unnamed, not what it said
    if lemma in LITERAL_LEMMAS and literal_sense(doc, lemma, verb, hi):
        return None  # "claimed the title", "showed him a red card"
    if lemma == "thank" and form == "third" and doc.lowers[verb + 1 : verb + 2] == ["to"]:
        return None  # "thanks to a boozy lifestyle": a preposition (the verb takes an object)
    if (
        verb > 0
        and (doc.lowers[verb - 1], doc.lowers[verb]) in MARKER_PAIRS
        and discourse_marker(doc, verb)
    ):
        return None
    cue_end = verb + 1
    if lemma in LIGHT_VERBS:
        light_end = light_object_end(doc, lemma, cue_end, hi)
        if light_end is None:
            # ("laughed off the claims"; with no such object "laughed" frames a quotation)
            if lemma in QUOTATIVE_ONLY and continues_speech(doc, lo, verb, cue_end, hi):
                light_end = cue_end
            else:
                return None
        cue_end = light_end
        if lemma == "draw" and not REACTIONS.isdisjoint(doc.lowers[verb + 1 : cue_end]):
            # "The plan drew criticism from unions": the unions speak, about the subject.
            source = reacting_source(doc, verb, cue_end, hi)
            if source is None:
                return None
            content = content_after(doc, source[1] + 1, hi)
            cue_first = verb_group_start(doc, verb, lo)
            return make_found(doc, cue_first, cue_end, source, content, number, None)
    elif lemma in FRAMED:  # "came out against", "maintained that" (not "maintained the roads")
        framed_end = frame_end(doc, lemma, form, verb, hi)
        if framed_end is None:
            return None
        cue_end = framed_end
    elif cue_end < hi and doc.lowers[cue_end] in PARTICLES.get(lemma, _NO_GROUP):
        if cue_end + 1 < hi and doc.lowers[cue_end + 1] == "condition":
            return None  # "speaking on condition of anonymity" says how, not what
        cue_end += 1
    elif lemma in PARTICLE_ONLY:
        return None
    cue_first = verb_group_start(doc, verb, lo)
    # Most cues are a bare verb: no group to look at.
    group = set(doc.lowers[cue_first:verb]) if cue_first < verb else _NO_GROUP
    has_be = not BE_FORMS.isdisjoint(group)
    if "to" in group:
        # A catenative chain takes its form from its first verb: "going on to say" is a
        # participle; "is expected to say" is not a passive of "say".
        catenative = next(
            (i for i in range(cue_first, verb) if doc.lowers[i] in CATENATIVE_FORMS), verb
        )
        form = "ing" if doc.lowers[catenative].endswith("ing") else "chain"
        has_be = has_be and form != "chain"
    prev = cue_first - 1 if cue_first > lo else None
    prev_low = doc.lowers[prev] if prev is not None else ""
    if prev_low in CONTRACTED:
        has_be = has_be or prev_low.endswith(("’s", "'s", "’re", "'re", "’m", "'m"))
    if (
        form == "chain"
        and prev_low not in _CLAUSE_CONJUNCTIONS  # ("could reverse the rules or decline to")
        and doc.lowers[cue_first] in VERB_FORMS
        and VERB_FORMS[doc.lowers[cue_first]][1] in {"base", "third"}
        and reads_as_noun(doc, prev, cue_first, cue_first + 1, hi)
    ):
        return None  # "one borrowing plan to rule them all": the chain's first word is a noun
    if (
        prev is not None
        and prev - 2 >= lo
        and form != "ing"
        and not has_be
        and (doc.lowers[prev - 1] in SUBJECT_PRONOUNS or doc.lowers[prev - 2] in SUBJECT_PRONOUNS)
    ):
        contact = contact_subject(doc, prev, lo, base=form == "base")
        if contact is not None:
            # "Everyone I spoke to said ...": the subject holds a relative clause without
            # its pronoun.
            content = subject_content(doc, lemma, cue_end, hi, lo, contact[0])
            return make_found(doc, cue_first, cue_end, contact, content, number, None)
    if (
        prev is not None
        and quantifier_subject(doc, prev, lo)
        and (form in {"past", "ing"} or (cue_end < hi and complement(doc, cue_end)))
    ):
        # "Some believe ...", "but many argue that ...": the quantifier is the whole subject
        # (a present form needs a complement: "some state officials" is a noun phrase).
        content = subject_content(doc, lemma, cue_end, hi, lo, prev)
        return make_found(doc, cue_first, cue_end, (prev, prev), content, number, None)
    if prev_low == "to" and form == "base" and prev is not None:
        # "Jones took to Twitter to blast the referee": an infinitive of purpose; "led the
        # journalist to fear": the causative's object.
        return purpose_cue(doc, verb, cue_end, number, found) or caused_cue(
            doc, verb, cue_end, number
        )
    no_one = prev_low == "one" and prev is not None and prev > lo and doc.lowers[prev - 1] == "no"
    floating = prev is not None and prev_low in DETERMINERS and floating_quantifier(doc, prev, lo)
    if prev_low in {"to", "of", "for", "with", "my"}:
        return None
    if prev_low in DETERMINERS and not no_one and not floating:
        return None  # ("no one" is a pronoun: "No one expected ..."; "they all said")
    if form == "base" and prev_low in _CLAUSE_CONJUNCTIONS and not group and prev is not None:
        # "... call them X and describe": a verb (not "and support for") if its partner is one
        return coordinated_base(doc, (prev, cue_first, cue_end, hi), number, found)
    # "Data from the census show that ...": a base form agrees with a plural head before the
    # phrase that modifies it, so it is a verb although a singular noun comes before it.
    if (
        form in {"base", "third"}
        and not group
        and reads_as_noun(doc, prev, verb, cue_end, hi)
        and not (
            form == "base"
            and prev is not None
            and cue_end < hi
            and complement(doc, cue_end)
            and plural_head(doc, prev, lo)
        )
        # "Figures released yesterday show": after a dated participle, the main verb.
        and (prev is None or dated_before(doc, prev, lo) is None)
    ):
        return None
    if form == "past" and not group and attributive_participle(doc, prev, cue_end, hi):
        return None  # "to disclose detailed records": an adjective
    if lemma in _QUOTE_ONLY and (has_be or not continues_speech(doc, lo, cue_first, cue_end, hi)):
        return None  # (a progressive goes on happening: "fighting is still going on")
    if form == "past" and not has_be and object_gap_participle(doc, verb, prev, lo, hi):
        return None  # "A teacher accused of assault": the teacher is acted on, and says nothing
    if form == "past" and not has_be and modal_after_participle(doc, verb, cue_end, hi):
        return None  # "Americans worried about X might stop to consider": a postmodifier
    if form == "past" and not has_be and reduced_relative(doc, verb, cue_end, hi):
        return None  # "Research published in Nature shows ...": not the main verb
    if (
        form == "past"
        and not group
        and prev is not None
        and prepositional_participle(doc, verb, prev, lo, hi)
    ):
        return None  # "pointed to a fund announced in May": the fund was announced
    if (
        form == "past"
        and lemma not in FRAMED  # (read in the active only)
        and lemma not in QUOTATIVE_ONLY  # (intransitive: no passive)
        and (prev_low in REDUCED_OPENERS or has_be or reduced_passive(doc, verb, prev, hi))
    ):
        passive = passive_cue(doc, verb, cue_first, (lo, hi), number)
        if passive is not None and prev_low in REDUCED_OPENERS and prev_low != "as":
            # "when asked by police": an adverbial clause, background to its sentence.
            passive.weak = True
        return passive
    if form == "ing" and not has_be and prev is None and cue_first == lo:
        return opening_participle(doc, cue_first, cue_end, number)
    if form == "ing" and not has_be and prev is not None and cue_first == verb:
        message = message_before(doc, prev, lo)
        if (
            message is not None
            and cue_end < hi
            and complement(doc, cue_end)
            and not any(item.sentence == number for item in found)
        ):
            # "Trump posted a series of tweets early Friday saying that ...": the message
            # speaks for the clause's subject (unless its verb is already the cue).
            source_tokens = participle_source(doc, lo, message, found)
            content = content_after(doc, cue_end, hi)
            return make_found(doc, verb, cue_end, source_tokens, content, number, None)
    if (
        form == "ing"
        and not has_be
        and prev is not None
        and cue_first == verb
        and (lemma in SPEECH_LEMMAS or lemma in PARTICLE_ONLY)
        and noun_modifier(doc, prev, cue_end, hi)
    ):
        # "footage of Trump saying, ...", "one saying that ...": the noun is the speaker.
        start = np_left(doc, prev, lo)
        message = message_before(doc, prev, lo)
        if (
            start is not None
            and message is not None
            and any(item.sentence == number and item.source is not None for item in found)
        ):
            # "read a statement saying ...": a message speaks for the one who sent or read it
            # (the subject of the cue found before it).
            source_tokens = participle_source(doc, lo, message, found)
            content = content_after(doc, cue_end, hi)
            return make_found(doc, verb, cue_end, source_tokens, content, number, None)
        if start is not None:
            # "footage of Hillary Clinton asking": the speaker is the noun after the last "of".
            start = max([start] + [k + 1 for k in range(start, prev) if doc.lowers[k] == "of"])
            content = content_after(doc, cue_end, hi)
            return make_found(doc, verb, cue_end, (start, prev), content, number, None)
    if form == "ing" and not has_be:
        if prev is None or not (after_comma(doc, prev, lo) or prev_low in _PARTICIPLE_OPENERS):
            return None
        if lemma in _EVIDENTIAL and not any(
            item.sentence == number and item.source is not None for item in found
        ):
            # "..., underscoring the ties" has a clause as subject; after "Sanders said, ..."
            # the speaker goes on: "suggesting a few questions".
            return None
        source_tokens = participle_source(doc, lo, hi, found, main=doc.words[prev] == ",")
        end = hi
        if prev == lo and prev_low in GERUND_OPENERS and source_tokens is not None:
            end = source_tokens[0] - 1  # "Without mentioning Trump, she said": to the comma
        content = content_after(doc, cue_end, end)
        return make_found(doc, cue_first, cue_end, source_tokens, content, number, None)
    if prev is None:
        if lemma in _INVERTING and form == "past":
            # Sentence-initial inversion: 'Said Ellis: "..."'.
            inverted = inverted_source(doc, cue_end, hi)
            if inverted is not None:
                content = content_after(doc, inverted[1] + 1, hi)
                return make_found(doc, cue_first, cue_end, inverted, content, number, None)
        return None
    if prev == lo and form == "base" and prev_low in _CLAUSE_CONJUNCTIONS:
        return None  # "But don't expect a new Trump": an imperative, no speaker
    if prev_low in {"and", "but", "or"} and form != "base":
        pronoun = coordinated_pronoun(doc, prev, lo, finite=form in {"past", "third"})
        content = content_after(doc, cue_end, hi)
        if pronoun is not None:
            antecedent = (
                relative_antecedent(doc, pronoun, lo)
                if doc.lowers[pronoun] in RELATIVE_PRONOUNS
                else None
            )
            return make_found(
                doc, cue_first, cue_end, (pronoun, pronoun), content, number, antecedent
            )
        source_tokens = participle_source(doc, lo, hi, found)
        return make_found(doc, cue_first, cue_end, source_tokens, content, number, None)
    if prev_low in CONTRACTED:
        return make_found(
            doc,
            prev,
            cue_end,
            (prev, prev),
            subject_content(doc, lemma, cue_end, hi, lo, prev),
            number,
            None,
        )
    prev_word = doc.words[prev]
    quoted_before = prev_word in CLOSE_QUOTES or prev_word in TOGGLE_QUOTES
    after_quote = quoted_before and doc.words[verb][0].islower()  # (a title's verb is no inversion)
    # Right after a quotation any reporting verb may come before its subject ('"...," vowed
    # the coach'); after a bare comma only the verbs journalists usually invert.
    if (after_quote or prev_word == ",") and (after_quote or lemma in _INVERTING):
        inverted = inverted_source(doc, cue_end, hi)
        # "Rawlings, 59, of Ashton, who watched ..., said the event ...": a described name
        # before the comma is the subject, whatever follows the verb.
        if inverted is not None and prev_word == "," and described_name(doc, prev, lo):
            inverted = None
        if inverted is not None and not after_quote and bare_object(doc, inverted, lo, hi):
            inverted = None  # "..., declared bankruptcy.": the object, not the subject
        if inverted is not None:
            stop = prev if prev_word == "," else prev + 1
            content = content_before(doc, lo, stop)
            return make_found(doc, cue_first, cue_end, inverted, content, number, None)
    left = left_source(doc, prev, lo)
    if left is None:
        return None
    source_tokens, antecedent = left
    if source_tokens[0] > lo and doc.lowers[source_tokens[0] - 1] == "whether":
        return None  # an indirect question: "asked whether he would apologize" asserts nothing
    if source_tokens[0] == source_tokens[1] and contact_relative(
        doc, source_tokens[0], lo, cue_end, hi
    ):
        return None  # "the four loopholes he cited": the noun is the verb's object
    if antecedent is not None or doc.lowers[source_tokens[0]] in RELATIVE_PRONOUNS:
        # A relative clause ends at its closing comma: "X, who declined to comment, said".
        hi = next((k for k in range(cue_end, hi) if doc.words[k] == ","), hi)
    content = subject_content(doc, lemma, cue_end, hi, lo, source_tokens[0])
    return make_found(doc, cue_first, cue_end, source_tokens, content, number, antecedent)


def is_dash(word: str) -> bool:
    """Whether a token is a dash that can introduce a quotation's author."""
    return word in DASHES
