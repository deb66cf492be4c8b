"""Deterministic actor candidates: names, types, roles, aliases and mentions."""

from __future__ import annotations

import re
import time

import pytest

from summariser.actors import ActorCandidate, find_actors
from summariser.spans import Span

# A copy of the seed article (tests never read ../shared).
SEED_ARTICLE = (
    " date 2023-10-10 Russian President Vladimir Putin held discussions on trade and security"
    " with Mali’s leader in their third phone conversation in less than two months, as "
    "confirmed by the Kremlin. This repeated contact highlights Moscow’s increasing interest "
    "in bolstering its influence in the coup-prone Sahel region of West Africa, where it is "
    "actively cultivating robust security relationships, displacing the traditional "
    "involvement of France and the United States.\n"
    "\n"
    "The two leaders focused their conversation on their shared commitment to enhancing trade"
    " and economic ties, collaborating on security matters, and jointly combatting terrorism,"
    " as conveyed in a statement by the Kremlin. President Goita echoed these sentiments on "
    "social media, expressing his gratitude for Russia’s support to Mali.\n"
    "\n"
    "Assimi Goita, a special forces commander, played a significant role in a military coup "
    "in 2020 and subsequently assumed interim presidency the following year. Russia’s Wagner "
    "mercenary group, led by Yevgeny Prigozhin, who tragically perished in a plane crash in "
    "August, has been actively supporting Goita’s administration in Mali.\n"
    "\n"
    "Wagner has faced allegations of grave human rights violations in Africa and the Middle "
    "East, drawing condemnation from Western governments and NGOs. The mercenary group has "
    "secured profitable agreements, including rights to gold and diamond concessions in "
    "several African nations. Security analysts speculate that Moscow is eager to maintain "
    "its influence on the continent, particularly following the passing of Prigozhin, who led"
    " a brief mutiny against Russia’s military leadership in June.\n"
    "\n"
    "In July, at a summit in Russia, Putin pledged to supply free grain to Mali, which is one"
    " of six African countries benefitting from this commitment. Following their meeting in "
    "Russia, Putin engaged in phone calls with Goita on August 15 and September 10, further "
    "underscoring the growing ties between the two leaders.”"
)


def by_name(actors: list[ActorCandidate]) -> dict[str, ActorCandidate]:
    return {a.name: a for a in actors}


def actor_named(text: str, name: str) -> ActorCandidate:
    found = by_name(find_actors(text))
    assert name in found, f"{name!r} not among {sorted(found)}"
    return found[name]


# --- the seed article ------------------------------------------------------------------------

SEED_EXPECTED = [
    ("Vladimir Putin", "person", "Putin"),
    ("Assimi Goita", "person", "Goita"),
    ("Yevgeny Prigozhin", "person", "Prigozhin"),
    ("Wagner", "group", None),
    ("Kremlin", "organisation", None),
    ("Mali", "country", None),
    ("Russia", "country", "Moscow"),
    ("France", "country", None),
    ("United States", "country", None),
]


@pytest.mark.parametrize(
    ("name", "kind", "alias"), SEED_EXPECTED, ids=[row[0] for row in SEED_EXPECTED]
)
def test_seed_article_names_its_actors(name: str, kind: str, alias: str | None) -> None:
    actor = actor_named(SEED_ARTICLE, name)
    assert actor.type == kind
    if alias is not None:
        assert alias in actor.aliases


@pytest.mark.parametrize(
    "not_an_actor",
    [
        "This",
        "The",
        "Security",
        "In July",
        "July",
        "Following",
        "NGOs",
        "Western",
        "African",
    ],
)
def test_seed_article_has_no_common_words_or_places_as_actors(not_an_actor: str) -> None:
    names = {a.name for a in find_actors(SEED_ARTICLE)}
    aliases = {alias for a in find_actors(SEED_ARTICLE) for alias in a.aliases}
    assert not_an_actor not in names | aliases


@pytest.mark.parametrize("place", ["Sahel", "West Africa", "Africa", "Middle East"])
def test_seed_article_regions_are_places_not_actors(place: str) -> None:
    found = by_name(find_actors(SEED_ARTICLE))
    assert found[place].type == "place"


def test_seed_article_places_rank_after_actors_when_capped() -> None:
    kept = {a.name for a in find_actors(SEED_ARTICLE, max_actors=len(SEED_EXPECTED))}
    assert kept == {row[0] for row in SEED_EXPECTED}


def test_seed_article_roles_come_from_titles_and_appositions() -> None:
    actors = by_name(find_actors(SEED_ARTICLE))
    assert actors["Vladimir Putin"].role == "Russian President"
    assert actors["Assimi Goita"].role == "a special forces commander"
    assert "President Goita" in actors["Assimi Goita"].aliases


def occurrences(word: str) -> int:
    return len(re.findall(rf"\b{word}\b", SEED_ARTICLE))


def test_seed_article_counts_every_mention() -> None:
    actors = by_name(find_actors(SEED_ARTICLE))
    assert [m.text for m in actors["Russia"].mentions].count("Moscow") == occurrences("Moscow")
    assert len(actors["Russia"].mentions) == occurrences("Russia") + occurrences("Moscow")
    assert len(actors["Mali"].mentions) == occurrences("Mali")
    assert len(actors["Vladimir Putin"].mentions) == occurrences("Putin")
    assert len(actors["Assimi Goita"].mentions) == occurrences("Goita")
    assert len(actors["Kremlin"].mentions) == occurrences("Kremlin")


def test_seed_article_actors_are_ordered_by_first_mention() -> None:
    actors = find_actors(SEED_ARTICLE)
    firsts = [a.mentions[0].start for a in actors]
    assert firsts == sorted(firsts)
    assert actors[0].name == "Vladimir Putin"


# --- sentences -> actors ---------------------------------------------------------------------

# (id, text, name, type, role, aliases that must be present)
CASES = [
    (
        "title-split",
        "Russian President Vladimir Putin spoke.",
        "Vladimir Putin",
        "person",
        "Russian President",
        [],
    ),
    (
        "multiword-title",
        "US Secretary of State Antony Blinken met them.",
        "Antony Blinken",
        "person",
        "US Secretary of State",
        [],
    ),
    (
        "abbreviated-title",
        "Sen. Elizabeth Warren objected. Warren left.",
        "Elizabeth Warren",
        "person",
        "Sen.",
        ["Warren"],
    ),
    (
        "honorific-is-no-role",
        "Mr. Smith, a lawyer, spoke. Later Mr. Smith left.",
        "Smith",
        "person",
        "a lawyer",
        ["Mr. Smith"],
    ),
    (
        "surname-merge",
        "Vladimir Putin spoke. Later, President Putin left. Putin smiled.",
        "Vladimir Putin",
        "person",
        "President",
        ["Putin", "President Putin"],
    ),
    (
        "surname-before-full-name",
        "President Goita spoke. Assimi Goita is Mali's leader.",
        "Assimi Goita",
        "person",
        "President",
        ["Goita"],
    ),
    (
        "apposition",
        "Yevgeny Prigozhin, the founder of Wagner, died.",
        "Yevgeny Prigozhin",
        "person",
        "the founder of Wagner",
        [],
    ),
    (
        "role-before-name",
        "Mali's interim president, Assimi Goita, met them.",
        "Assimi Goita",
        "person",
        "Mali's interim president",
        [],
    ),
    (
        "org-role-before-name",
        "The talks failed, Kremlin spokesman Dmitry Peskov said.",
        "Dmitry Peskov",
        "person",
        "Kremlin spokesman",
        [],
    ),
    ("possessive-straight", "Mali's army advanced.", "Mali", "country", None, []),
    ("possessive-curly", "Mali’s army advanced.", "Mali", "country", None, []),
    (
        "capital-metonym",
        "Russia denied it. Moscow said the claim was false.",
        "Russia",
        "country",
        None,
        ["Moscow"],
    ),
    (
        "capital-alone",
        "Talks between Moscow and Kyiv stalled.",
        "Ukraine",
        "country",
        None,
        ["Kyiv"],
    ),
    (
        "country-short-forms",
        "The United States and the U.S. Treasury agreed. US officials spoke.",
        "United States",
        "country",
        None,
        ["US"],
    ),
    ("britain", "Britain and the UK are the same.", "Britain", "country", None, ["UK"]),
    (
        "multiword-country",
        "Bosnia and Herzegovina signed with the Democratic Republic of the Congo.",
        "Democratic Republic of the Congo",
        "country",
        None,
        [],
    ),
    (
        "kremlin",
        "The Kremlin said so. The Kremlin repeated it.",
        "Kremlin",
        "organisation",
        None,
        [],
    ),
    (
        "white-house",
        "A White House official said the White House would respond.",
        "White House",
        "organisation",
        None,
        [],
    ),
    (
        "org-head",
        "Russia's Defence Ministry said so.",
        "Defence Ministry",
        "organisation",
        None,
        [],
    ),
    ("org-of", "The Bank of England raised rates.", "Bank of England", "organisation", None, []),
    (
        "org-and",
        "The Securities and Exchange Commission sued.",
        "Securities and Exchange Commission",
        "organisation",
        None,
        [],
    ),
    (
        "acronym-link",
        "The North Atlantic Treaty Organization met. NATO said it was united.",
        "North Atlantic Treaty Organization",
        "organisation",
        None,
        ["NATO"],
    ),
    ("company", "Acme Corp. said its profits rose.", "Acme Corp.", "organisation", None, []),
    ("group-cue-after", "Russia's Wagner mercenary group left Mali.", "Wagner", "group", None, []),
    ("group-cue-before", "The militant group Hamas attacked.", "Hamas", "group", None, []),
    ("known-group", "The Taliban seized the city.", "Taliban", "group", None, []),
    (
        "group-short-form",
        "The Wagner Group left. Wagner fighters stayed.",
        "Wagner Group",
        "group",
        None,
        ["Wagner"],
    ),
    (
        "person-of-org",
        "Dr. Jane O'Brien of Human Rights Watch accused them.",
        "Jane O'Brien",
        "person",
        "Dr.",
        [],
    ),
    (
        "particle-name",
        "Police arrested Abu Bakr al-Baghdadi and Charles de Gaulle.",
        "Abu Bakr al-Baghdadi",
        "person",
        None,
        [],
    ),
    (
        "surname-is-capital",
        "Denzel Washington arrived. Washington said he was happy.",
        "Denzel Washington",
        "person",
        None,
        ["Washington"],
    ),
    ("may-as-name", "Theresa May spoke in May.", "Theresa May", "person", None, []),
    (
        "spelling-variant",
        "Volodymyr Zelensky spoke. Zelenskyy later left.",
        "Volodymyr Zelensky",
        "person",
        None,
        ["Zelenskyy"],
    ),
    ("speaker", "Asked about it, Melanie said no. Melanie laughed.", "Melanie", "person", None, []),
    (
        "bare-unknown-speaker",
        "Gold Fields rejected a proposal from Newmont, which Newmont said was fair.",
        "Newmont",
        "organisation",
        None,
        [],
    ),
    (
        "given-name-before-title-word",
        "Britain's Prime Minister John Major met Helmut Kohl.",
        "John Major",
        "person",
        "Prime Minister",
        [],
    ),
    ("age", "The court heard that Weatherhogg, 42, was guilty.", "Weatherhogg", "person", None, []),
    (
        "member-noun-makes-a-club",
        "Arsenal legend Ian Wright will present it. Arsenal said it was pleased.",
        "Arsenal",
        "organisation",
        None,
        [],
    ),
    (
        "name-shaped-club",
        "He saw a shot saved by Aston Villa goalkeeper Brad Guzan.",
        "Aston Villa",
        "organisation",
        None,
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "kind", "role", "aliases"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_sentence_gives_actor(
    text: str, name: str, kind: str, role: str | None, aliases: list[str]
) -> None:
    actor = actor_named(text, name)
    assert actor.type == kind
    assert actor.role == role
    for alias in aliases:
        assert alias in actor.aliases


# (id, text, names that must not be actors or aliases)
NOT_ACTORS = [
    (
        "sentence-initial-common-word",
        "Security analysts disagree. The security council met.",
        ["Security"],
    ),
    ("sentence-initial-opener", "Following the talks, officials left.", ["Following"]),
    ("stop-words", "This is it. The end. In July it rained.", ["This", "The", "In July", "July"]),
    (
        "demonyms",
        "Russian and African officials met Western diplomats.",
        ["Russian", "African", "Western", "Russia"],
    ),
    ("bare-title", "The President spoke to the Prime Minister.", ["President", "Prime Minister"]),
    ("locative-capital", "A summit was held in Moscow.", ["Russia"]),
    (
        "headline-case",
        "Analysts Say The Deal Is Dead Again. The deal was signed.",
        ["Say", "Deal", "Dead", "Analysts"],
    ),
    ("plural-acronym", "NGOs and CEOs complained.", ["NGOs", "CEOs"]),
    ("urls-and-handles", "See https://example.com/Foo and @BigNews for more.", ["Foo", "BigNews"]),
    ("months-and-days", "On Monday, August 15, nothing happened.", ["Monday", "August"]),
]


@pytest.mark.parametrize(
    ("text", "absent"), [case[1:] for case in NOT_ACTORS], ids=[case[0] for case in NOT_ACTORS]
)
def test_common_words_places_and_titles_are_not_actors(text: str, absent: list[str]) -> None:
    actors = find_actors(text)
    forms = {a.name for a in actors} | {alias for a in actors for alias in a.aliases}
    for word in absent:
        assert word not in forms


PLACES = [
    (
        "regions",
        "Africa, the Sahel, West Africa and the Middle East suffer.",
        ["Africa", "Sahel", "West Africa", "Middle East"],
    ),
    ("locative-capital", "A summit was held in Moscow.", ["Moscow"]),
    ("locative-place", "Officials gathered in Sochi.", ["Sochi"]),
    ("street", "He was in his yard on Muller Road making a noise.", ["Muller Road"]),
]


@pytest.mark.parametrize(
    ("text", "places"), [case[1:] for case in PLACES], ids=[case[0] for case in PLACES]
)
def test_places_are_typed_place(text: str, places: list[str]) -> None:
    found = by_name(find_actors(text))
    for place in places:
        assert place in found, f"{place!r} not among {sorted(found)}"
        assert found[place].type == "place"


def test_person_with_shared_surname_keeps_both_people() -> None:
    text = "Joe Biden met Hunter Biden. Biden spoke first. Joe Biden left."
    names = [a.name for a in find_actors(text)]
    assert names == ["Joe Biden", "Hunter Biden"]
    assert "Biden" in actor_named(text, "Joe Biden").aliases


def test_title_in_middle_of_list_gives_each_person_their_role() -> None:
    text = "Sen. Elizabeth Warren and Gov. Gavin Newsom criticised the plan."
    assert actor_named(text, "Gavin Newsom").role == "Gov."
    assert actor_named(text, "Elizabeth Warren").role == "Sen."


# --- mentions, robustness, determinism, speed -----------------------------------------------

TEXTS = [
    pytest.param(SEED_ARTICLE, id="seed"),
    pytest.param(
        "Mali’s leader met Russia’s envoy in Bamako.\n\nPutin’s aide, Mr. Ivanov, said “no”.",
        id="curly-quotes",
    ),
    pytest.param("  Sen.  Elizabeth   Warren\tspoke.\n\nWarren  left.", id="odd-spacing"),
]


@pytest.mark.parametrize("text", TEXTS)
def test_mentions_slice_back_and_are_sorted(text: str) -> None:
    for actor in find_actors(text):
        assert actor.mentions
        for m in actor.mentions:
            assert isinstance(m, Span)
            assert text[m.start : m.end] == m.text
        starts = [m.start for m in actor.mentions]
        assert starts == sorted(starts)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "russia and mali signed a deal. putin was pleased.",
        "123 456 !!!",
        "’s ’s 's",
        "A",
        "U.S.",
        "Mr.",
        "of the and",
        "\u200b\u00a0",
    ],
    ids=[
        "empty",
        "whitespace",
        "lowercase",
        "numbers",
        "bare-possessives",
        "one-letter",
        "lone-acronym",
        "lone-title",
        "particles",
        "invisible",
    ],
)
def test_odd_input_does_not_crash(text: str) -> None:
    actors = find_actors(text)
    assert len(actors) <= 1
    for actor in actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text


def test_lowercase_text_gives_no_actors() -> None:
    assert find_actors(SEED_ARTICLE.lower()) == []


def test_output_is_deterministic() -> None:
    first = [a.model_dump() for a in find_actors(SEED_ARTICLE)]
    for _ in range(3):
        assert [a.model_dump() for a in find_actors(SEED_ARTICLE)] == first


def test_max_actors_keeps_most_mentioned_in_text_order() -> None:
    everyone = find_actors(SEED_ARTICLE)
    kept = find_actors(SEED_ARTICLE, max_actors=3)
    assert len(everyone) > 3 and len(kept) == 3
    fewest_kept = min(len(a.mentions) for a in kept)
    dropped = [a for a in everyone if a not in kept]
    assert all(len(a.mentions) <= fewest_kept for a in dropped)
    assert [a.mentions[0].start for a in kept] == sorted(a.mentions[0].start for a in kept)
    assert "Russia" in {a.name for a in kept}  # 7 mentions, the most in the article
    assert find_actors(SEED_ARTICLE, max_actors=0) == []


def test_candidates_are_frozen() -> None:
    actor = find_actors(SEED_ARTICLE)[0]
    with pytest.raises(ValueError):
        actor.name = "someone else"


def test_long_text_is_fast() -> None:
    text = "\n\n".join([SEED_ARTICLE] * 20)  # about 5,800 words
    assert len(text.split()) > 5000
    started = time.perf_counter()
    actors = find_actors(text)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0
    assert len(by_name(actors)["Russia"].mentions) == 20 * len(
        by_name(find_actors(SEED_ARTICLE))["Russia"].mentions
    )


# --- Reuters wire style: datelines, ALL-CAPS headlines, squad lists ---------------------------

# Written for these tests in the style of CoNLL-2003's Reuters news (no text from it).
WIRE = (
    "SOCCER - LAZIO HAVE INJURY DOUBTS AHEAD OF DERBY .\n"
    "ROME 1996-12-06\n"
    "Lazio have injury doubts over two defenders ahead of Sunday's derby against Roma , coach"
    " Dino Zoff said on Friday .\n"
    "Squad : Luca Marchegiani , Giuseppe Favalli , Paolo Negro , Alessandro Nesta , Pierluigi"
    " Casiraghi .\n"
    "\n"
    "GOLD FIELDS REJECTS NEWMONT OFFER .\n"
    "NEW YORK 1996-12-06\n"
    "New York grain freight rates were steady on Friday , traders said .\n"
    "Gold Fields Ltd said it had rejected a proposal from Newmont , which Newmont said was fair"
    " .\n"
    "LONDON (Reuters) - Britain's Prime Minister John Major met Helmut Kohl in Bonn .\n"
)


def test_wire_datelines_are_places_not_acronyms() -> None:
    found = by_name(find_actors(WIRE, max_actors=100))
    for name in ("ROME", "New York", "LONDON"):
        assert found[name].type == "place", name
    assert "NEW YORK" in found["New York"].aliases  # the dateline and the sentence opener


def test_wire_squad_list_names_are_kept() -> None:
    found = by_name(find_actors(WIRE, max_actors=100))
    for name in ("Luca Marchegiani", "Alessandro Nesta", "Pierluigi Casiraghi"):
        assert found[name].type == "person", name


def test_wire_headline_words_are_no_actors() -> None:
    forms = {a.name for a in find_actors(WIRE, max_actors=100)}
    assert not forms & {"SOCCER", "LAZIO", "GOLD FIELDS", "NEWMONT", "DERBY", "OFFER"}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Roma", "organisation"),  # "against Roma"
        ("Newmont", "organisation"),  # a bare unknown word that speaks
        ("Gold Fields Ltd", "organisation"),
        ("John Major", "person"),
        ("Helmut Kohl", "person"),
        ("Bonn", "place"),
        ("Britain", "country"),
    ],
)
def test_wire_types(name: str, kind: str) -> None:
    assert by_name(find_actors(WIRE, max_actors=100))[name].type == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("AP McCoy will be presented with the trophy. McCoy smiled.", "AP McCoy", "person"),
        ("He left his house in east London on Friday.", "London", "place"),
        ("Fans queued outside the Paris landmark.", "Paris", "place"),
        ("He posted the clip on his Instagram account.", "Instagram", "organisation"),
        ("Bueno prepares to face his former club Real Madrid.", "Real Madrid", "organisation"),
        ("The bar was closed. Police found people at Joe's in Dungiven.", "Dungiven", "place"),
        ("Brian Wright, 55, of Kempston, told the court he was blinded.", "Kempston", "place"),
        ("England flanker James Haskell won his first England cap.", "England", "country"),
        ("Fluid in Vinnie's skull led to death. Vinnie was 24.", "Vinnie", "person"),
        ("There were clashes in Northeast Washington on Friday.", "Northeast Washington", "place"),
        ("The club Bueno joined praised Alberto Bueno, who scored.", "Alberto Bueno", "person"),
        ("The museum charts how Munich became the birthplace of the party.", "Munich", "place"),
        ("Barcelona said it had paid the tax. Barcelona won.", "Barcelona", "organisation"),
        ("England first innings\nM. Atherton c Campbell b Streak 13\n", "M. Atherton", "person"),
        (
            "The European Commission said it would fine Volkswagen AG .",
            "Volkswagen AG",
            "organisation",
        ),
    ],
)
def test_context_types_a_name(text: str, name: str, kind: str) -> None:
    assert actor_named(text, name).type == kind


# Written for these tests in the style of a CNN health story.
HEALTH = (
    "(CNN) Doctors used an MRI to look at the brain. The MRI showed damage, and DNA tests"
    " confirmed that his DNA carried the gene. Alzheimer's disease affects millions, said"
    " Dr. Sanjay Gupta. A NATO summit was held. The FBI declined to comment."
)


@pytest.mark.parametrize("word", ["Doctors", "MRI", "DNA", "Alzheimer"])
def test_common_nouns_acronyms_and_eponyms_are_no_actors(word: str) -> None:
    forms = {a.name for a in find_actors(HEALTH)} | {
        x for a in find_actors(HEALTH) for x in a.aliases
    }
    assert word not in forms


@pytest.mark.parametrize("name", ["CNN", "NATO", "FBI"])
def test_organisation_acronyms_stay_organisations(name: str) -> None:
    assert actor_named(HEALTH, name).type == "organisation"


# Written for these tests in the style of CoNLL-2003's sports pages.
RESULTS = (
    "SOCCER - ITALIAN LEAGUE RESULTS .\n"
    "ROME 1996-12-08\n"
    "Results of Italian first division matches on Sunday :\n"
    "Lazio 2 Roma 1\n"
    "Juventus 3 Sampdoria 0\n"
    "Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :\n"
    "Juventus 12 8 3 1 25 9 27\n"
    "Fiorentina 12 6 4 2 18 12 22\n"
    "Pete Sampras ( U.S. ) beat Goran Ivanisevic ( Croatia ) 6-3 6-4\n"
    "Colin Montgomerie 69 70 68 207\n"
)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Lazio", "organisation"),
        ("Roma", "organisation"),
        ("Sampdoria", "organisation"),
        ("Juventus", "organisation"),
        ("Fiorentina", "organisation"),
        ("Pete Sampras", "person"),
        ("Goran Ivanisevic", "person"),
        ("Colin Montgomerie", "person"),
        ("ROME", "place"),
    ],
)
def test_result_and_standings_lines_name_teams(name: str, kind: str) -> None:
    assert by_name(find_actors(RESULTS, max_actors=100))[name].type == kind


# A capitalised word of English is a discipline, no actor, after the words that take a
# subject ("professor of", "studied"), spaces and tabs between them; not after other words,
# nor across a line break.
@pytest.mark.parametrize(
    ("before", "field"),
    [
        ("She is a professor of ", True),
        ("She is a professor of\t ", True),
        ("She is a Professor in\u00a0", True),
        ("He won the Nobel Prize in ", True),
        ("She studied Law and ", True),
        ("She studied Law & ", True),
        ("He majored in ", True),
        ("He teaches ", True),
        ("She is a professor of\n", False),
        ("She is a professor of", False),
        ("She is a professor at ", False),
        ("She is a professor from ", False),
        ("He studied in ", False),
        ("She married Law and ", False),
        ("He won the prize for ", False),
        ("", False),
    ],
)
def test_discipline_follows_words_that_take_a_subject(before: str, field: bool) -> None:
    from summariser.actors.fields import field_of_study

    assert field_of_study(before + "Medicine said", len(before)) is field


# Tokens inside web addresses and handles hold no names: those starting inside such a span
# are left out, those at its end or outside kept.
@pytest.mark.parametrize(
    ("starts", "skip", "kept"),
    [
        ([0, 5, 10, 15], [], [0, 1, 2, 3]),
        ([0, 5, 10, 15], [(5, 10)], [0, 2, 3]),
        ([0, 5, 10, 15], [(4, 11)], [0, 3]),
        ([0, 5, 10, 15], [(0, 1), (15, 16)], [1, 2]),
        ([0, 5, 10, 15], [(1, 4), (6, 9)], [0, 1, 2, 3]),
        ([0, 5, 10, 15], [(0, 20)], []),
        ([], [(0, 3)], []),
    ],
)
def test_tokens_inside_web_addresses_are_left_out(
    starts: list[int], skip: list[tuple[int, int]], kept: list[int]
) -> None:
    from summariser.actors.columns import _outside

    assert _outside(starts, skip) == kept
