"""Structures of English that decide whether a reporting word is a cue and whose it is, found
by classifying the misses and false finds of the even half of PolNeAR dev by kind (BENCHMARKS.md,
attrib8). Invented sentences, none from dev; each row holds its exact cue and source (or
content), and the near misses use the same words where the structure says they report nothing.
These tables are run by the table tests of test_attribution_language.py (cues, near misses)
and test_attribution_styles.py (contents)."""

from __future__ import annotations

import pytest

# (sentence, cue text, source text): the sentence holds exactly one find with that cue.
STRUCTURE_CUES = [
    # A quantifier floats after the subject it quantifies: the subject is before it.
    pytest.param("They all said the plan would fail.", "said", "They all", id="float-they-all"),
    pytest.param(
        "The teachers all said the plan would fail.",
        "said",
        "The teachers all",
        id="float-plural-all",
    ),
    pytest.param(
        "Lee and Park both argued that the rule was unlawful.",
        "argued",
        "Park both",
        id="float-names-both",
    ),
    pytest.param(
        "Sen. Ann Lee (D-Ore.) and Sen. Tom Park (R-Ohio) all suggested that the fine was small.",
        "suggested",
        "Sen. Tom Park (R-Ohio) all",
        id="float-after-affiliation",
    ),
    # "called" naming a noun is no cue, so the named noun can be a speaker.
    pytest.param(
        "A group called Mothers Against Guns said it would march.",
        "said",
        "Mothers Against Guns",
        id="naming-called-then-subject",
    ),
    # Near misses of naming: the reporting "call" takes a second complement, or has a subject.
    pytest.param("The senator called Trump a liar.", "called", "The senator", id="called-x-a-y"),
    pytest.param(
        "The debate is infected with what he called tribalism.",
        "called",
        "he",
        id="what-he-called",
    ),
    # Near misses of the adjective: a noun before the past form can be its subject.
    pytest.param(
        "The letter to parents said the school would close.",
        "said",
        "parents",
        id="past-after-to-noun",
    ),
    pytest.param(
        "The mayor has refused to disclose the figures.",
        "has refused to disclose",
        "The mayor",
        id="infinitive-object",
    ),
    # Near misses of agreement: a plural name, coordinated names, an -s form.
    pytest.param("The Democrats plan to hold a vote.", "plan", "The Democrats", id="plural-plan"),
    pytest.param("The Clintons say they will fight.", "say", "The Clintons", id="plural-say"),
    pytest.param("The Trump campaign plans to appeal.", "plans", "The Trump campaign", id="plans"),
    # After a comma the verb is inverted only before a subject; a singular noun without an
    # article is its object, and the subject is before the verb.
    pytest.param(
        "One after another, mining companies, including Acme, declared bankruptcy.",
        "declared",
        "mining companies",
        id="bare-noun-object",
    ),
    pytest.param('"We will win," said officials.', "said", "officials", id="inverted-plural"),
    pytest.param('"We will win," said police.', "said", "police", id="inverted-police"),
    # In lower-cased copy a name is lowercase: after a quotation, or in a sentence without
    # capitals, a lowercase word after the verb still names the speaker.
    pytest.param(
        '"i have loved every minute," smyth explained.',
        "explained",
        "smyth",
        id="lowercase-name-after-quote",
    ),
    pytest.param(
        "the plan would fail, said dr beth meyerson.",
        "said",
        "dr beth meyerson",
        id="lowercase-copy-inverted",
    ),
    # Near misses of the chain's noun: a plural subject, and a verb coordinated after "or".
    pytest.param("Voters plan to punish the party.", "plan", "Voters", id="chain-plural"),
    pytest.param(
        "The state could reverse the rules or decline to appeal to the court.",
        "decline to appeal to",
        "The state",
        id="chain-after-or",
    ),
    # Near miss of the imperative: a subject between the conjunction and the verb.
    pytest.param("But critics argue that the plan fails.", "argue", "critics", id="but-subject"),
    # Near miss of the credit: what was reported follows the place.
    pytest.param(
        "Our correspondent reported from Kabul that the city had fallen.",
        "reported",
        "Our correspondent",
        id="reported-from-that",
    ),
    # Near misses of the postmodifier: the modal is inside a clause the participle takes.
    pytest.param(
        "Officials worried the plan might fail.", "worried", "Officials", id="worried-clause"
    ),
    pytest.param(
        "She worried about what might happen to the plan.", "worried", "She", id="worried-what"
    ),
    pytest.param(
        "He warned about the risks it might bring.", "warned about", "He", id="warned-contact"
    ),
    # A one-word nickname in quotes between first name and surname belongs to the name.
    pytest.param(
        'Marcia "Cia" Price said the vote was close.',
        "said",
        'Marcia "Cia" Price',
        id="nickname",
    ),
    pytest.param(
        '"This is a big year," Sen. Marcia "Cia" Price shouted to the crowd.',
        "shouted",
        'Sen. Marcia "Cia" Price',
        id="nickname-trailing",
    ),
    # Near miss: a quoted word between a noun and a time is no nickname.
    pytest.param(
        'He called the plan "Dead" Tuesday and said it would fail.',
        "called",
        "He",
        id="quoted-word-not-nickname",
    ),
]

# (sentence, cue text, content text): the content of a trailing clause after a quotation.
STRUCTURE_CONTENTS = [
    # An addressee after "to" ending the sentence is no content: the quotation is.
    pytest.param('"We will win," she said to reporters.', "said", '"We will win,"', id="to-plural"),
    pytest.param(
        '"We will win," the mayor said to the Times.', "said", '"We will win,"', id="to-name"
    ),
    # Near misses: "to" opening an infinitive, and "to" before a thing (an object, whose
    # content ends before the new clause ", but Abu said").
    pytest.param('"It is over," she said to be sure.', "said", "to be sure", id="to-infinitive"),
    pytest.param(
        'The family objected to his inclusion on the wall, but Abu said "no".',
        "objected",
        "to his inclusion on the wall",
        id="to-object-not-addressee",
    ),
]

# (sentence, cue start): no find's cue starts with these words.
STRUCTURE_NOT_CUES = [
    # "all" after a preposition or a pronoun object is no floating quantifier.
    pytest.param("Of all said so far, this matters most.", "said", id="float-of-all"),
    pytest.param("What it all said about the party was clear.", "said", id="float-it-all"),
    # "called" and "known as" giving a name: one complement after the named noun.
    pytest.param(
        "The mine was built near a mountain stream called Miracle Run.",
        "called",
        id="naming-called",
    ),
    pytest.param(
        "He met a preacher called Richard Cole, who ran a shelter.",
        "called",
        id="naming-called-comma",
    ),
    pytest.param(
        "It is a version of what has become known as the Buffett rule.",
        "known",
        id="naming-known-as",
    ),
    # A past form after a reporting verb's base form is an adjective of the object's noun.
    pytest.param(
        "The mayor has refused to disclose detailed budget figures.",
        "detailed",
        id="adjective-after-infinitive",
    ),
    pytest.param("He agreed to answer written questions.", "written", id="adjective-written"),
    # A base form after the conjunction opening a sentence is an imperative: no speaker.
    pytest.param("But don't expect a new mayor to appear next time.", "don't", id="imperative-but"),
    pytest.param("But believe me, the vote is close.", "believe", id="imperative-believe"),
    # A catenative chain's first word reads as a noun where a bare verb would ("borrowing plan").
    pytest.param(
        "What we need is one saving, paying and borrowing plan to rule them all.",
        "plan",
        id="chain-noun-plan",
    ),
    # A reporter's credit: "reported from" a place, with nothing reported.
    pytest.param(
        "Ann Lee reported from Midway Atoll, and Tom Park from Kaneohe Bay, Hawaii.",
        "reported",
        id="credit-reported-from",
    ),
    # A participle's phrase running into a modal postmodifies the subject: the modal's verb
    # is the clause's.
    pytest.param(
        "Voters worried about crime in the city might stop to consider the cost.",
        "worried",
        id="postmodifier-before-modal",
    ),
    # A base form cannot agree with a singular name in a phrase that opens with an article or
    # holds a possessive: it heads a compound noun.
    pytest.param("A quarter of that, per the Baxter plan, is $40,000.", "plan", id="the-name-plan"),
    pytest.param(
        "In a clip for Ann Lee's upcoming Apple Music show The Hour, Lee sings a song.",
        "show",
        id="possessive-name-show",
    ),
]
