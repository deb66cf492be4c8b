"""What a sentence names outright - a verb's agent ("as confirmed by X", "X, who led ..."), the
name an apposition or a title describes ("X, the oldest sister,", "Russian President X"), the
speaker of a quote ("'...,' said X") - cannot go to another name of the article in a claim."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Russian President Vladimir Putin held talks with Mali's leader in their third phone \
conversation in two months, as confirmed by the Kremlin.
Dmitry Peskov spoke to reporters in Moscow on Tuesday.
Analysts say Moscow wants to keep its influence after the passing of Prigozhin, who led a brief \
mutiny against the army in June.
Latham chased down Adrian Teklinski of Poland, who won gold in the scratch race.
The plan was opposed by Elian's Miami relatives, who are fighting to keep the boy in Florida.
Fidel Castro spoke on television.
Trump invited Gennifer Flowers, who once had an affair with President Clinton, to the debate.
Mark Cuban sat in the front row.
Smith, who won the Boston marathon in 2019, retired this year.
Jones won the Boston marathon in 2021 and trained with Smith.
Caridad Gonzalez, the oldest sister, was the first to come to the United States.
Juan Miguel arrived later.
Bronislaw Geremek, the foreign minister of Poland, spoke after Madeleine Albright, a daughter \
of Czechoslovakia, who fled as a child.
Gerhard Schroeder, the German chancellor, and Lionel Jospin, the French prime minister, met.
Greek deputy finance minister Dimitris Mardas said the loan would be repaid.
Yanis Varoufakis did not comment.
The Czech foreign minister, Jan Kavan, who lived in London from 1968, said he was buoyant."""

SWAPPED = {FlagCode.ENTITY_SWAPPED, FlagCode.SPEAKER_SWAPPED}


@pytest.mark.parametrize(
    ("claim", "verdict", "code"),
    [
        (
            "Peskov confirmed the phone conversation.",
            Verdict.CONTRADICTED,
            FlagCode.SPEAKER_SWAPPED,
        ),
        ("Putin confirmed the phone conversation.", Verdict.CONTRADICTED, FlagCode.SPEAKER_SWAPPED),
        ("The Kremlin confirmed the phone conversation.", Verdict.SUPPORTED, None),
        # A capital or a country may stand for its government: a doubt, not a contradiction.
        ("Moscow confirmed the phone conversation.", Verdict.UNVERIFIED, FlagCode.ENTITY_MISSING),
        (
            "Peskov led a brief mutiny against the army.",
            Verdict.CONTRADICTED,
            FlagCode.ENTITY_SWAPPED,
        ),
        ("Peskov led the June mutiny.", Verdict.CONTRADICTED, FlagCode.ENTITY_SWAPPED),
        ("Prigozhin led a brief mutiny against the army.", Verdict.SUPPORTED, None),
        ("Mark Cuban once had an affair with President Clinton.", Verdict.CONTRADICTED, None),
        ("Gennifer Flowers had an affair with President Clinton.", Verdict.SUPPORTED, None),
        # "Teklinski of Poland, who won": the "who" may be Teklinski's, not Poland's.
        ("Poland won gold in the scratch race.", Verdict.SUPPORTED, None),
        # The relatives, not Elian, are fighting: a description names no rival.
        ("Castro is fighting to keep the boy in Florida.", None, None),
        # The article gives the claim's name the same verb in another sentence.
        ("Jones won the Boston marathon.", Verdict.SUPPORTED, None),
    ],
    ids=[
        "passive-agent-of-a-reporting-verb",
        "passive-agent-named-in-the-sentence",
        "passive-agent-right",
        "capital-for-a-government",
        "relative-clause-agent",
        "relative-clause-agent-reworded",
        "relative-clause-agent-right",
        "had-as-the-verb",
        "had-as-the-verb-right",
        "relative-after-a-preposition",
        "relative-after-a-description",
        "the-name-does-it-elsewhere",
    ],
)
def test_a_claim_subject_where_the_article_names_another_agent_outright(
    claim: str, verdict: Verdict | None, code: FlagCode | None
) -> None:
    [result] = check_claims(ARTICLE, [claim])
    codes = {f.code for f in [*result.flags, *result.warnings]}
    if verdict is not None:
        assert result.verdict is verdict
    if code is not None:
        assert code in codes
    if verdict is Verdict.CONTRADICTED:
        assert codes & SWAPPED
    else:
        assert not codes & SWAPPED


@pytest.mark.parametrize(
    ("claim", "swapped"),
    [
        ("Juan Miguel is the oldest sister.", True),
        ("Juan Miguel, the oldest sister, was the first to come to the United States.", True),
        ("Madeleine Albright is the foreign minister of Poland.", True),
        ("Caridad Gonzalez is the oldest sister.", False),
        ("Bronislaw Geremek is the foreign minister of Poland.", False),
        ("Madeleine Albright is a daughter of Czechoslovakia.", False),
        # Less than the evidence says ("a minister" may be true of another minister too).
        ("Juan Miguel is a minister.", False),
        ("Lionel Jospin is the French prime minister.", False),
        ("Gerhard Schroeder is the French prime minister.", True),
        ("Vladimir Putin is the Russian President.", False),
        ("Dmitry Peskov is the Russian President.", True),
        ("Russian President Dmitry Peskov held talks with Mali's leader.", True),
        ("Yanis Varoufakis is the deputy finance minister.", True),
        ("Dimitris Mardas is the deputy finance minister.", False),
        ("Finance minister Dimitris Mardas said the loan would be repaid.", False),
        ("Bronislaw Geremek is the Czech foreign minister.", True),
        ("Jan Kavan is the Czech foreign minister.", False),
    ],
    ids=[
        "copula",
        "claims-own-apposition",
        "description-with-a-name",
        "copula-right",
        "description-with-a-name-right",
        "second-apposition-right",
        "one-word-of-the-description",
        "coordinated-appositions-right",
        "coordinated-appositions-swapped",
        "title-right",
        "title-swapped",
        "claims-own-title-swapped",
        "lower-case-title-swapped",
        "lower-case-title-right",
        "claims-own-shorter-title-right",
        "description-before-the-name-outside-the-evidence",
        "description-before-the-name-right",
    ],
)
def test_a_description_the_article_gives_another_name_by_apposition_or_title(
    claim: str, swapped: bool
) -> None:
    [result] = check_claims(ARTICLE, [claim])
    codes = {f.code for f in [*result.flags, *result.warnings]}
    assert (FlagCode.ENTITY_SWAPPED in codes) is swapped
    assert (result.verdict is Verdict.CONTRADICTED) is swapped


QUOTES = """Nato admitted three new members on Friday in Independence, Missouri.
``Poland forever returns where she has always belonged _ the free world,'' said Bronislaw \
Geremek, the foreign minister of Poland.
``It helped us to win,'' Jan Kavan said of the campaign poster.
Officials at the British Pest Control Association said pest numbers were at a record high.
The BPCA said councils had cut free services.
Flynn says Trump is absolutely right about the generals.
Madeleine Albright confirmed the treaty was signed, and spoke after Geremek.
French finance minister Bruno Le Maire told reporters the rules would cost French banks dear.
Mr Elton, who left the party under Tony Blair, told supporters he was back."""


@pytest.mark.parametrize(
    ("claim", "swapped"),
    [
        ("Kavan said that Poland forever returns to the free world.", True),
        ("Kavan says Poland forever returns to the free world.", True),
        ("Geremek said that Poland forever returns to the free world.", False),
        ("Geremek said the campaign poster helped them to win.", True),
        ("Kavan said the campaign poster helped them to win.", False),
        # Another verb: a body confirms what its spokesman said.
        ("Albright said the treaty was signed.", False),
        # A preposition's object is no speaker; an acronym is its name spelt out.
        ("The British Pest Control Association said councils had cut free services.", False),
        ("Flynn says Trump is absolutely right about the generals.", False),
        # "Said" and "told" name one act of speech.
        ("Geremek said the rules would cost French banks dear.", True),
        ("Le Maire said the rules would cost French banks dear.", False),
        # A name after a preposition is no speaker of the verb after it.
        ("Elton, who left the party under Tony Blair, told supporters he was back.", False),
    ],
    ids=[
        "speaker-after-the-quote-swapped",
        "another-form-of-the-verb",
        "speaker-after-the-quote-right",
        "speaker-before-the-verb-swapped",
        "speaker-before-the-verb-right",
        "another-reporting-verb",
        "acronym-of-the-speaker",
        "name-opening-the-sentence-is-the-speaker",
        "said-for-told-swapped",
        "said-for-told-right",
        "object-of-under-is-no-speaker",
    ],
)
def test_words_the_article_gives_a_named_speaker_cannot_go_to_another(
    claim: str, swapped: bool
) -> None:
    [result] = check_claims(QUOTES, [claim])
    codes = {f.code for f in [*result.flags, *result.warnings]}
    assert (FlagCode.SPEAKER_SWAPPED in codes) is swapped
    if swapped:
        assert result.verdict is Verdict.CONTRADICTED


WIRE = """Microsoft agreed on Monday to buy Activision Blizzard for $68.7 billion in cash.
Activision's chief executive, Bobby Kotick, will remain in his role until the deal closes, \
Microsoft said.
Phil Spencer, who runs Microsoft's gaming business, said some games would stay on rival consoles.
In the Premier League on Saturday, Liverpool beat Brentford 3-0 at Anfield."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A possessor opening an apposition ("Activision's chief executive, Bobby Kotick,").
        ("Phil Spencer is Activision's chief executive.", Verdict.CONTRADICTED),
        ("Bobby Kotick is Activision's chief executive.", Verdict.SUPPORTED),
        # The same description, another owner of the article.
        ("Bobby Kotick is Microsoft's chief executive.", Verdict.CONTRADICTED),
        # A past written as its present ("beat") is a verb to the subject test.
        ("Brentford beat Liverpool 3-0 at Anfield.", Verdict.CONTRADICTED),
        ("Liverpool beat Brentford 3-0 at Anfield.", Verdict.SUPPORTED),
    ],
)
def test_owners_and_unmarked_pasts_bind_as_written(claim: str, verdict: Verdict) -> None:
    check = check_claims(WIRE, [claim])[0]
    assert check.verdict is verdict, (check.verdict, check.flags)
    swapped = {FlagCode.ENTITY_SWAPPED, FlagCode.SPEAKER_SWAPPED} & {f.code for f in check.flags}
    assert bool(swapped) is (verdict is Verdict.CONTRADICTED)


MINISTERS = """Irish finance minister Paschal Donohoe, who chairs the Eurogroup, backed the delay.
French finance minister Bruno Le Maire told reporters the rules would cost French banks dear.
Tottenham boss Ange Postecoglou said his team had been too passive.
Italy's economy minister Giancarlo Giorgetti wanted more time."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A capitalised word before a title is its owner: the title is another name's.
        ("French finance minister Paschal Donohoe chairs the Eurogroup.", Verdict.CONTRADICTED),
        ("Irish finance minister Paschal Donohoe chairs the Eurogroup.", Verdict.SUPPORTED),
        ("Finance minister Paschal Donohoe chairs the Eurogroup.", Verdict.SUPPORTED),
        ("French finance minister Bruno Le Maire spoke to reporters.", Verdict.SUPPORTED),
        ("Tottenham boss Bruno Le Maire said his team had been too passive.", Verdict.CONTRADICTED),
        # A country in any of its forms ("France's" for "French", "Italian" for "Italy's").
        ("Giorgetti is France's finance minister.", Verdict.CONTRADICTED),
        ("Le Maire is France's finance minister.", Verdict.SUPPORTED),
        ("French economy minister Giancarlo Giorgetti wanted more time.", Verdict.CONTRADICTED),
        ("Italian economy minister Giancarlo Giorgetti wanted more time.", Verdict.SUPPORTED),
        # The claim's name with its own title and another country of the article.
        ("Italian finance minister Paschal Donohoe chairs the Eurogroup.", Verdict.CONTRADICTED),
    ],
)
def test_a_title_with_its_owner_belongs_to_the_name_the_article_gives_it(
    claim: str, verdict: Verdict
) -> None:
    [result] = check_claims(MINISTERS, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)


TRIAL = """A separate trial in Britain, involving 1,200 patients, found no link with heartbeats.
Bedene, 26, of Slovenia, now plays for the UK."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A demonym is its country in another form ("British" for "Britain", "the UK").
        ("A British trial of 1,200 patients found no link with heartbeats.", Verdict.SUPPORTED),
        ("Bedene now plays for Britain.", Verdict.SUPPORTED),
        ("A French trial of 1,200 patients found no link with heartbeats.", Verdict.UNVERIFIED),
    ],
)
def test_a_country_and_its_demonym_are_one_name(claim: str, verdict: Verdict) -> None:
    [result] = check_claims(TRIAL, [claim])
    assert result.verdict is verdict, (result.verdict, result.flags)
