"""Binding: names, numbers, dates and speakers must fill the slots the article gives them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

SEED = (Path(__file__).resolve().parents[1] / "examples" / "putin-mali.txt").read_text(
    encoding="utf-8"
)
PUBLISHED = dt.date(2023, 10, 10)

ARTICLE = """Police in Glasgow said three armed men robbed a security van on Monday.
Detective Inspector Alan Burns said officers were studying CCTV footage.
The raid came after 25 people were evacuated from a bank in Paisley on Friday.
Sarah Jones, a local shopkeeper, called the police at 9am.
The van's owner, G4S, did not comment.
Police believe the gang came from the UK.
About 40 officers searched the area on Tuesday.
Diplomats from the United States later met marchers on Unity Boulevard.
Sarah Jones is a director of Acme Holdings, a Glasgow security firm."""

# (id, claim, the flag code of the swapped value): one edit of a copied sentence each.
BINDING_CASES = [
    (
        "name-in-another-name's-place",
        "Police in Paisley said three armed men robbed a security van on Monday.",
        FlagCode.ENTITY_SWAPPED,
    ),
    (
        "speaker-swapped",
        "Detective Inspector Sarah Jones said officers were studying CCTV footage.",
        FlagCode.SPEAKER_SWAPPED,
    ),
    (
        "number-from-elsewhere",
        "The raid came after three people were evacuated from a bank in Paisley on Friday.",
        FlagCode.NUMBER_SWAPPED,
    ),
    (
        "date-from-elsewhere",
        "The raid came after 25 people were evacuated from a bank in Paisley on Monday.",
        FlagCode.DATE_SWAPPED,
    ),
    (
        "subject-behind-an-aside",
        "Alan Burns, a local shopkeeper, called the police at 9am.",
        FlagCode.ENTITY_SWAPPED,
    ),
    (
        "hedged-estimate-copied-with-its-hedge",
        "About 45 officers searched the area on Tuesday.",
        FlagCode.NUMBER_MISMATCH,
    ),
    (
        "two-word-names-sharing-a-first-word-stem",
        "Diplomats from the Unity Boulevard later met marchers.",
        FlagCode.ENTITY_SWAPPED,
    ),
    (
        "slot-after-the-nearer-copy-of-its-anchor",
        "A Paisley security firm.",
        FlagCode.ENTITY_SWAPPED,
    ),
    ("negation-dropped", "The van's owner, G4S, did comment.", FlagCode.NEGATION_FLIP),
    (
        "negation-inserted",
        "Police in Glasgow said three armed men did not rob a security van on Monday.",
        FlagCode.NEGATION_FLIP,
    ),
]


@pytest.mark.parametrize(
    ("claim", "code"), [c[1:] for c in BINDING_CASES], ids=[c[0] for c in BINDING_CASES]
)
def test_a_value_in_another_values_slot_is_a_contradiction(claim: str, code: FlagCode) -> None:
    [result] = check_claims(ARTICLE, [claim])
    assert result.verdict is Verdict.CONTRADICTED and not result.supported
    flags = [f for f in result.flags if f.code is code]
    assert flags, [f.code for f in result.flags]
    assert flags[0].span is not None and flags[0].span.text in claim


# (id, claim): true claims that reword, reorder, round or alias what the article says.
KEPT_CASES = [
    ("copy", "Detective Inspector Alan Burns said officers were studying CCTV footage."),
    ("title-dropped", "Alan Burns said officers were studying CCTV footage."),
    ("bound-with-hedge", "The raid came after nearly 30 people were evacuated from a bank."),
    ("negative-verb-for-not", "G4S, the van's owner, refused to comment."),
    ("trimmed", "Three armed men robbed a security van on Monday."),
    ("country-by-another-name", "Police believe the gang came from Britain."),
    ("bound-is-no-negation", "The raid came after no more than 30 people were evacuated."),
    ("claims-own-hedge", "The raid came after about 24 people were evacuated from a bank."),
    ("estimate-copied", "About 40 officers searched the area."),
    ("name-shortened", "Diplomats from the States later met marchers on Unity Boulevard."),
]


@pytest.mark.parametrize("claim", [c[1] for c in KEPT_CASES], ids=[c[0] for c in KEPT_CASES])
def test_a_rewording_that_keeps_every_binding_is_supported(claim: str) -> None:
    [result] = check_claims(ARTICLE, [claim])
    assert result.verdict is Verdict.SUPPORTED, [f.message for f in result.warnings]
    assert result.flags == []


# The claims a user tried on the seed article (issue 13): each wrong one is flagged, each
# paraphrase kept.
SEED_WRONG = [
    "Yevgeny Prigozhin echoed these sentiments on social media, expressing his gratitude for "
    "Russia's support to Mali.",
    "Goita pledged to supply free grain to Mali.",
    "Assimi Goita led a brief mutiny against Russia's military leadership in June.",
    "France has faced allegations of grave human rights violations in Africa and the Middle East.",
    "Mali is one of two African countries benefitting from the grain commitment.",
    "Goita's Wagner group, led by Putin, has been supporting Prigozhin's administration in Mali.",
    "Putin played a significant role in a military coup in 2020.",
]
SEED_RIGHT = [
    "Putin and Goita spoke by phone on August 15 and September 10.",
    "Wagner, led by Yevgeny Prigozhin, has supported Goita's administration in Mali.",
    "Prigozhin died in a plane crash in August.",
    "Mali is one of six African countries getting free grain from Russia.",
    "The Kremlin said the two leaders discussed trade, security and fighting terrorism.",
    "Goita thanked Russia for its support to Mali on social media.",
    "Assimi Goita played a significant role in a 2020 military coup.",
]


@pytest.mark.parametrize("claim", SEED_WRONG)
def test_the_seed_articles_misbound_claims_are_contradicted(claim: str) -> None:
    [result] = check_claims(SEED, [claim], published=PUBLISHED)
    assert result.verdict is Verdict.CONTRADICTED, (result.score, result.flags)


@pytest.mark.parametrize("claim", SEED_RIGHT)
def test_the_seed_articles_paraphrases_are_supported(claim: str) -> None:
    [result] = check_claims(SEED, [claim], published=PUBLISHED)
    assert result.verdict is Verdict.SUPPORTED, (result.score, result.flags)


def test_a_swap_names_both_the_claims_value_and_the_articles() -> None:
    [result] = check_claims(SEED, [SEED_WRONG[0]], published=PUBLISHED)
    [flag] = [f for f in result.flags if f.code is FlagCode.ENTITY_SWAPPED]
    assert flag.span is not None and flag.span.text == "Yevgeny Prigozhin"
    assert "'Goita'" in flag.message and "President Goita echoed" in flag.message


def test_the_slot_is_the_name_next_to_the_copied_words_not_the_names_before_a_comma() -> None:
    [result] = check_claims(SEED, [SEED_WRONG[1]], published=PUBLISHED)
    [flag] = [f for f in result.flags if f.code is FlagCode.ENTITY_SWAPPED]
    assert "where the article has 'Putin':" in flag.message


def test_warnings_never_hold_a_reason_for_an_unsupported_verdict() -> None:
    results = check_claims(SEED, SEED_WRONG + SEED_RIGHT, published=PUBLISHED)
    for r in results:
        assert (r.verdict is Verdict.SUPPORTED) == r.supported
        assert not (r.supported and r.flags) and not (not r.supported and r.warnings)


# (id, article, claim): the article's evidence, a claim that states it in other words.
NAME_READING_CASES = [
    (
        "a-capital-opening-the-sentence-is-no-name",
        "The midfielder Jack Grealish watched the final at Wembley.",
        "Midfielder Jack Grealish watched the final at Wembley.",
    ),
    (
        "negation-inside-a-word",
        "His father said Louis Jordan is an inexperienced sailor.",
        "His father said Louis Jordan is not an experienced sailor.",
    ),
]


@pytest.mark.parametrize(
    ("article", "claim"),
    [c[1:] for c in NAME_READING_CASES],
    ids=[c[0] for c in NAME_READING_CASES],
)
def test_words_read_as_the_article_writes_them_leave_a_paraphrase_supported(
    article: str, claim: str
) -> None:
    [result] = check_claims(article, [claim])
    assert result.verdict is Verdict.SUPPORTED, [f.message for f in result.flags]


def test_a_list_of_names_is_checked_name_by_name() -> None:
    article = "Carver worked under Alan Pardew at Newcastle. Bobby Robson hired him in 1999."
    [result] = check_claims(
        article, ["Carver worked under Alan Pardew, Ruud Gullit and Bobby Robson."]
    )
    missing = [f.span.text for f in result.flags if f.code is FlagCode.ENTITY_MISSING and f.span]
    assert missing == ["Ruud Gullit"]


def test_a_name_where_the_evidence_has_a_description_is_unverified_not_contradicted() -> None:
    article = (
        "Odds on the royal baby being called Sam have been slashed by bookmakers. "
        "Sam Waley-Cohen, a jockey, helped the couple rekindle their romance."
    )
    claim = "Odds on Sam Waley-Cohen being called Sam have been slashed by bookmakers."
    [result] = check_claims(article, [claim])
    assert result.verdict is Verdict.UNVERIFIED
    [flag] = result.flags
    assert flag.code is FlagCode.ENTITY_MISSING and "the royal baby" in flag.message


SUBJECT_ARTICLE = (
    "Jonjo O'Neill hosted a media visit at his Jackdaws Castle yard on Thursday. "
    "He trains Shutthefrontdoor for his principal patron J P McManus, who retains AP McCoy. "
    "Derby are ready to poach Alberto Bueno at the end of the season. "
    "Bueno played for Derby on loan five years ago. "
    "Newcastle host Sunderland on Sunday. "
    "The Dutchman left out Alan Shearer and Duncan Ferguson in 1999. "
    "In July, at a summit in Sochi, Putin pledged to supply free grain to Mali. "
    "The leader of Mali, Assimi Goita, thanked him. "
    "On Tuesday, Christie's sold the manuscript of American Pie for $1.2 million. "
    "The Latest: Trump urges supporters to monitor polling places. "
    "Donald Trump is demanding President Barack Obama make a pledge. "
    "Hillary Clinton spoke in Ohio about Donald Trump. "
    "Seventeen of the 35 goals that Rayo have scored this season have come from Bueno. "
    "Bueno celebrates scoring for Real Madrid in November 2008 Bueno has scored 17 goals for Rayo "
    "this season. "
    "Grand National winner Many Clouds died after a haemorrhage, as King George winner Kauto "
    "Star did."
)

# (id, claim, verdict, flag code or None): a name opening the claim, before copied words.
SUBJECT_CASES = [
    (
        "another-name-as-subject",
        "Bueno are ready to poach Alberto Bueno at the end of the season.",
        Verdict.CONTRADICTED,
        FlagCode.ENTITY_SWAPPED,
    ),
    (
        "pronoun-whose-antecedent-is-not-the-name",
        "McCoy trains Shutthefrontdoor for his principal patron J P McManus.",
        Verdict.UNVERIFIED,
        FlagCode.ENTITY_MISSING,
    ),
    (
        "pronoun-resolved-to-the-previous-sentence's-subject",
        "O'Neill trains Shutthefrontdoor for his principal patron J P McManus.",
        Verdict.SUPPORTED,
        None,
    ),
    (
        "description-named-by-the-claim",
        "Ruud Gullit left out Alan Shearer and Duncan Ferguson in 1999.",
        Verdict.UNVERIFIED,  # Gullit is not in the article at all
        FlagCode.ENTITY_MISSING,
    ),
    (
        "subject-after-a-subordinator",
        "On Sunday, when Newcastle host Sunderland, the derby begins.",
        Verdict.SUPPORTED,
        None,
    ),
    (
        "another-name-as-subject-after-a-comma-reworded",
        "Goita pledged free grain to Mali at a summit in July.",
        Verdict.CONTRADICTED,
        FlagCode.ENTITY_SWAPPED,
    ),
    (
        "subject-after-a-comma-reworded",
        "Putin pledged free grain to Mali at a summit in July.",
        Verdict.SUPPORTED,
        None,
    ),
    (
        "another-form-of-the-verb-after-a-headline-label",
        "Clinton urged her supporters to monitor polling places.",
        Verdict.CONTRADICTED,
        FlagCode.ENTITY_SWAPPED,
    ),
    (
        "another-form-of-the-verb-after-an-auxiliary",
        "Obama demanded a pledge from Donald Trump.",
        Verdict.CONTRADICTED,
        FlagCode.ENTITY_SWAPPED,
    ),
    (
        "the-name-before-the-verb-in-a-run-on-caption",
        "Bueno has scored 17 goals for Rayo this season.",
        Verdict.SUPPORTED,
        None,
    ),
    (
        "a-noun-after-the-name-is-no-verb",
        "grand national winner many clouds died after a haemorrhage.",
        Verdict.SUPPORTED,
        None,
    ),
    (
        "passive-participle-after-the-name",
        "American Pie was sold by Christie's for $1.2 million.",
        Verdict.SUPPORTED,
        None,
    ),
]


@pytest.mark.parametrize(
    ("claim", "verdict", "code"),
    [c[1:] for c in SUBJECT_CASES],
    ids=[c[0] for c in SUBJECT_CASES],
)
def test_a_name_opening_copied_words_must_be_their_subject_in_the_article(
    claim: str, verdict: Verdict, code: FlagCode | None
) -> None:
    [result] = check_claims(SUBJECT_ARTICLE, [claim])
    codes = {f.code for f in result.flags}
    assert result.verdict is verdict, (result.score, result.flags)
    assert (code in codes) if code else not codes


def test_a_description_subject_leaves_the_claims_name_untested() -> None:
    article = "The Real Madrid star is expected to be fit for the return game. Ronaldo trained."
    [result] = check_claims(article, ["Ronaldo is expected to be fit for the return game."])
    assert result.verdict is Verdict.SUPPORTED


ACRONYM_ARTICLE = (
    "Islamic State has claimed the killing of 13 men on a dusty road in Deir ez-Zor, Syria. "
    "The Scottish National Party won 56 seats in the election."
)

# (id, claim, verdict): an acronym is the article's name when its letters are that name's initials.
ACRONYM_CASES = [
    (
        "initials-of-a-speaker",
        "Men were killed on a dusty road in Deir ez-Zor, Syria, ISIS claimed.",
        Verdict.SUPPORTED,
    ),
    ("initials-of-a-party", "The SNP won 56 seats in the election.", Verdict.SUPPORTED),
    ("initials-of-no-name-here", "The NHS won 56 seats in the election.", Verdict.CONTRADICTED),
    (
        "a-capitalised-word-is-no-acronym",
        "Men were killed on a dusty road in Deir ez-Zor, Syria, Isis claimed.",
        Verdict.UNVERIFIED,
    ),
]


@pytest.mark.parametrize(
    ("claim", "verdict"), [c[1:] for c in ACRONYM_CASES], ids=[c[0] for c in ACRONYM_CASES]
)
def test_an_acronym_stands_for_the_name_the_article_spells_out(
    claim: str, verdict: Verdict
) -> None:
    [result] = check_claims(ACRONYM_ARTICLE, [claim])
    assert result.verdict is verdict, (result.score, result.flags)


# A dateline's capitalised words run on into the name the acronym abbreviates.
DATELINE_ARTICLE = (
    "BRUSSELS (Reuters) - European Union ministers will vote on the budget reform next month, "
    "officials said."
)

# (id, claim, verdict): the acronym's letters are the initials of a stretch of capitalised words.
DATELINE_ACRONYM_CASES = [
    ("after-a-dateline", "The EU ministers will vote on the budget reform.", Verdict.SUPPORTED),
    ("initials-of-the-whole-run", "The BREU ministers will vote on the budget reform.", None),
    ("initials-of-no-stretch", "The UN ministers will vote on the budget reform.", None),
]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [c[1:] for c in DATELINE_ACRONYM_CASES],
    ids=[c[0] for c in DATELINE_ACRONYM_CASES],
)
def test_an_acronym_spells_a_stretch_of_a_run_of_capitalised_words(
    claim: str, verdict: Verdict | None
) -> None:
    [result] = check_claims(DATELINE_ARTICLE, [claim])
    if verdict is None:
        assert result.verdict is not Verdict.SUPPORTED, result.score
    else:
        assert result.verdict is verdict, (result.score, result.flags)


def test_an_acronym_covers_the_name_its_evidence_spells_out() -> None:
    """ "EU" counts as the evidence's "European Union", as the name itself would."""
    spelt, short = check_claims(
        DATELINE_ARTICLE,
        [
            "European Union ministers will vote on the budget reform.",
            "EU ministers will vote on the budget reform.",
        ],
    )
    assert short.verdict is Verdict.SUPPORTED
    assert not [f for f in [*short.flags, *short.warnings] if f.code is FlagCode.LOW_SUPPORT]
    assert short.score >= spelt.score - 0.1


GRID = """Jenson Button out-qualified Fernando Alonso for the second consecutive race.
Button will start 17th for McLaren and Alonso 18th."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Fernando Alonso will start 18th.", Verdict.SUPPORTED),
        ("Fernando Alonso will start 17th.", Verdict.CONTRADICTED),
        ("Jenson Button will start 17th.", Verdict.SUPPORTED),
    ],
    ids=["gapped-clause-own-value", "first-clause-value", "first-clause-own"],
)
def test_a_clause_that_leaves_out_the_shared_verb_binds_its_own_name(
    claim: str, verdict: Verdict
) -> None:
    assert check_claims(GRID, [claim])[0].verdict is verdict


MOVED = """The singer moved to London in 2012 after failing to find work as an actress in Sydney, \
and she has since appeared on magazine covers in London.
She toured France and Spain last year.
Red Bull's Daniel Ricciardo was seventh quickest ahead of the Lotus of Romain Grosjean."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The singer moved to London in 2012 after failing to find work as an actress in "
            "London.",
            Verdict.CONTRADICTED,
        ),
        (
            "the singer moved to london in 2012 after failing to find work as an actress in "
            "london .",
            Verdict.CONTRADICTED,
        ),
        (
            "The singer moved to London in 2012 after failing to find work as an actress in "
            "Sydney.",
            Verdict.SUPPORTED,
        ),
        ("She toured Spain last year.", Verdict.SUPPORTED),
        (
            "Red Bull's Daniel Ricciardo was seventh quickest ahead of Romain Grosjean.",
            Verdict.SUPPORTED,
        ),
    ],
    ids=["name-of-another-clause", "lowercased", "own-name", "one-of-a-list", "one-phrase"],
)
def test_a_name_aligned_further_on_must_not_leave_another_name_in_its_slot(
    claim: str, verdict: Verdict
) -> None:
    assert check_claims(MOVED, [claim])[0].verdict is verdict


# Wire copy the checker's rules were not read against (after benchmarks/perturbations.py).
WIRE = """Barnett Slepian, a 52-year-old obstetrician, was shot at home. About 50 people \
attended the vigil.
In a debate against Vacco, Spitzer said the clinic had worked with lawyers for years. It was the \
same family clinic where Slepian worked.
Talks on a climate treaty in Copenhagen fell apart in 2009. A smaller deal followed in 2010.
As far as could be established, no South Africans had been affected by the blasts, the South \
African Foreign Affairs Department said.
When she fills a position at the Justice Department, she said, women are in the pool. The \
department said justice would be done. She visited the United States last year."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Barnett Slepian, a 50-year-old obstetrician, was shot at home.", Verdict.CONTRADICTED),
        ("About 50 people attended the vigil.", Verdict.SUPPORTED),
        ("It was the same family clinic where Vacco worked.", Verdict.CONTRADICTED),
        ("Talks on a climate treaty in Copenhagen fell apart in 2010.", Verdict.CONTRADICTED),
        (
            "No South Africans had been affected by the blasts, the South African Foreign "
            "Affairs Department said.",
            Verdict.SUPPORTED,
        ),
        (
            "When she fills a position at the United States, she said, women are in the pool.",
            Verdict.CONTRADICTED,
        ),
    ],
    ids=[
        "an-age-is-exact",
        "a-round-count-approximates",
        "the-sentence-copied-in-order",
        "a-year-ending-the-claim",
        "a-negation-the-evidence-has-too",
        "a-name-capitalised-in-place",
    ],
)
def test_values_of_copied_wire_sentences_are_bound_to_their_own_slots(
    claim: str, verdict: Verdict
) -> None:
    assert check_claims(WIRE, [claim])[0].verdict is verdict
