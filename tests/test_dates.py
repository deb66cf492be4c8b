"""Date normaliser: finding temporal expressions in news and resolving them (TIMEX3)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from summariser.dates import DateMention, find_dateline, find_dates
from summariser.errors import InputError

# The seed article (a copy: tests never read ../shared).
SEED_ARTICLE = (
    " date 2023-10-10 Russian President Vladimir Putin held discussions on trade and "
    "security with Mali’s leader in their third phone conversation in less than two "
    "months, as confirmed by the Kremlin. This repeated contact highlights Moscow’s "
    "increasing interest in bolstering its influence in the coup-prone Sahel region of "
    "West Africa, where it is actively cultivating robust security relationships, "
    "displacing the traditional involvement of France and the United States.\n\nThe two "
    "leaders focused their conversation on their shared commitment to enhancing trade and "
    "economic ties, collaborating on security matters, and jointly combatting terrorism, "
    "as conveyed in a statement by the Kremlin. President Goita echoed these sentiments "
    "on social media, expressing his gratitude for Russia’s support to Mali.\n\nAssimi "
    "Goita, a special forces commander, played a significant role in a military coup in "
    "2020 and subsequently assumed interim presidency the following year. Russia’s Wagner "
    "mercenary group, led by Yevgeny Prigozhin, who tragically perished in a plane crash "
    "in August, has been actively supporting Goita’s administration in Mali.\n\nWagner has "
    "faced allegations of grave human rights violations in Africa and the Middle East, "
    "drawing condemnation from Western governments and NGOs. The mercenary group has "
    "secured profitable agreements, including rights to gold and diamond concessions in "
    "several African nations. Security analysts speculate that Moscow is eager to "
    "maintain its influence on the continent, particularly following the passing of "
    "Prigozhin, who led a brief mutiny against Russia’s military leadership in June.\n\nIn "
    "July, at a summit in Russia, Putin pledged to supply free grain to Mali, which is "
    "one of six African countries benefitting from this commitment. Following their "
    "meeting in Russia, Putin engaged in phone calls with Goita on August 15 and "
    "September 10, further underscoring the growing ties between the two leaders.”"
)


PUB = "2023-10-10"  # a Tuesday


def _mention_at(text: str, expression: str, published: str | None = PUB) -> DateMention:
    """The mention covering the first occurrence of ``expression`` in ``text``."""
    at = text.index(expression)
    found = [m for m in find_dates(text, published) if m.start <= at < m.end]
    assert found, f"no mention covers {expression!r} in {text!r}"
    return found[0]


SEED_EXPECTED = [
    ("July", "2023-07"),
    ("August 15", "2023-08-15"),
    ("September 10", "2023-09-10"),
    ("June", "2023-06"),
    ("2020", "2020"),
    ("the following year", "2021"),
    ("in August", "2023-08"),
]


@pytest.mark.parametrize(("expression", "value"), SEED_EXPECTED, ids=[e for e, _ in SEED_EXPECTED])
def test_seed_article_dates_resolve_against_its_dateline(expression: str, value: str) -> None:
    target = expression.removeprefix("in ")
    at = SEED_ARTICLE.index(expression) + expression.index(target)
    found = [m for m in find_dates(SEED_ARTICLE, PUB) if m.start == at]
    assert len(found) == 1
    assert found[0].text == target
    assert found[0].value == value
    assert found[0].type == "DATE"


def test_seed_article_less_than_two_months_is_a_duration_not_a_date() -> None:
    mention = _mention_at(SEED_ARTICLE, "less than two months")
    assert mention.type == "DURATION"
    assert mention.value == "P2M"


def test_seed_article_dateline_is_found() -> None:
    found = find_dateline(SEED_ARTICLE)
    assert found is not None
    day, span = found
    assert day == dt.date(2023, 10, 10)
    assert SEED_ARTICLE[span.start : span.end] == span.text == "2023-10-10"


# (id, sentence, expression, publication date, expected value)
RESOLUTION = [
    ("december-past-across-new-year", "The talks collapsed in December.", "December",
     "2024-01-03", "2023-12"),
    ("month-past-before-publication", "Putin pledged grain in July.", "July", PUB, "2023-07"),
    ("month-past-after-publication", "Prices rose sharply in November.", "November", PUB,
     "2022-11"),
    ("month-future-before-publication", "The leaders will meet in February.", "February", PUB,
     "2024-02"),
    ("month-no-tense-soon-after", "Hearings in December.", "December", PUB,
     "2023-12"),
    ("last-month-name", "Exports fell last March.", "last March", PUB, "2023-03"),
    ("late-month", "The ceasefire collapsed in late August.", "late August", PUB, "2023-08"),
    ("month-abbreviation-day", "The attacks on Aug. 15 killed 12.", "Aug. 15", PUB,
     "2023-08-15"),
    ("month-day-year", "He was born on August 15, 1961.", "August 15, 1961", PUB, "1961-08-15"),
    ("day-month-year", "The treaty was signed on 15 August 2023.", "15 August 2023", PUB,
     "2023-08-15"),
    ("iso-date", "The filing is dated 2023-08-15.", "2023-08-15", PUB, "2023-08-15"),
    ("us-numeric-date", "The order of 8/15/2023 stands.", "8/15/2023", PUB, "2023-08-15"),
    ("month-year", "The plant closed in January 1998.", "January 1998", PUB, "1998-01"),
    ("day-next-year-future", "The summit will open on Jan. 20.", "Jan. 20", PUB, "2024-01-20"),
    ("weekday-past", "Officials said Friday that talks had stalled.", "Friday", PUB,
     "2023-10-06"),
    ("weekday-future", "The minister will visit Kyiv on Friday.", "Friday", PUB, "2023-10-13"),
    ("weekday-publication-day", "The president spoke on Tuesday.", "Tuesday", PUB,
     "2023-10-10"),
    ("weekday-reported-future", "She said Monday that he would resign on Thursday.", "Thursday",
     PUB, "2023-10-12"),
    ("weekday-possessive", "Critics attacked Saturday's vote.", "Saturday", PUB, "2023-10-07"),
    ("last-weekday", "The deal was struck last Friday.", "last Friday", PUB, "2023-10-06"),
    ("next-weekday", "Voting starts next Tuesday.", "next Tuesday", PUB, "2023-10-17"),
    ("weekday-part-of-day", "Rockets fell on Sunday night.", "Sunday night", PUB, "2023-10-08"),
    ("yesterday", "The army withdrew yesterday.", "yesterday", PUB, "2023-10-09"),
    ("today", "Parliament votes today.", "today", PUB, "2023-10-10"),
    ("tomorrow", "Parliament votes tomorrow.", "tomorrow", PUB, "2023-10-11"),
    ("last-month", "Inflation eased last month.", "last month", PUB, "2023-09"),
    ("this-month", "Talks resumed this month.", "this month", PUB, "2023-10"),
    ("next-month", "Talks resume next month.", "next month", PUB, "2023-11"),
    ("last-month-across-new-year", "Inflation eased last month.", "last month", "2024-01-03",
     "2023-12"),
    ("last-year", "Output fell last year.", "last year", PUB, "2022"),
    ("earlier-this-year", "He was arrested earlier this year.", "earlier this year", PUB,
     "2023"),
    ("next-year", "Elections are due next year.", "next year", PUB, "2024"),
    ("this-week", "Talks resumed this week.", "this week", PUB, "2023-W41"),
    ("last-week", "Talks collapsed last week.", "last week", PUB, "2023-W40"),
    ("next-week", "Talks resume next week.", "next week", PUB, "2023-W42"),
    ("last-week-across-new-year", "Talks collapsed last week.", "last week", "2024-01-03",
     "2023-W52"),
    ("week-number-unpadded", "Talks collapsed last week.", "last week", "2000-02-16", "2000-W6"),
    ("weeks-ago", "The strike began two weeks ago.", "two weeks ago", PUB, "2023-W39"),
    ("days-ago", "He died three days ago.", "three days ago", PUB, "2023-10-07"),
    ("years-ago", "The war began 50 years ago.", "50 years ago", PUB, "1973"),
    ("months-ago", "The mine closed two months ago.", "two months ago", PUB, "2023-08"),
    ("now", "The mission is now over.", "now", PUB, "PRESENT_REF"),
    ("currently", "He is currently in Moscow.", "currently", PUB, "PRESENT_REF"),
    ("in-the-past", "Such deals failed in the past.", "in the past", PUB, "PAST_REF"),
    ("in-the-future", "More may follow in the future.", "in the future", PUB, "FUTURE_REF"),
    ("decade", "Violence peaked in the 1990s.", "the 1990s", PUB, "199X"),
    ("decade-short", "Music of the '90s returned.", "the '90s", PUB, "199X"),
    ("decade-mid", "Oil boomed in the mid-1990s.", "the mid-1990s", PUB, "199X"),
    ("century", "Borders drawn in the 19th century remain.", "the 19th century", PUB, "18"),
    ("season-last", "The offensive began last summer.", "last summer", PUB, "2023-SU"),
    ("season-next", "Troops leave next spring.", "next spring", PUB, "2024-SP"),
    ("season-of-year", "It happened in the summer of 1997.", "the summer of 1997", PUB,
     "1997-SU"),
    ("season-last-fall", "The doctor was killed last fall.", "last fall", "1999-04-10",
     "1998-FA"),
    ("quarter-past", "Profits rose in the third quarter.", "the third quarter", PUB, "2023-Q3"),
    ("quarter-future", "Sales will recover in the fourth quarter.", "the fourth quarter", PUB,
     "2023-Q4"),
    ("quarter-past-across-new-year", "Profits rose in the fourth quarter.", "the fourth quarter",
     "2024-01-03", "2023-Q4"),
    ("quarter-explicit", "Deliveries start in Q1 2024.", "Q1 2024", PUB, "2024-Q1"),
    ("quarter-of-year", "Growth in the second quarter of 2022 slowed.",
     "the second quarter of 2022", PUB, "2022-Q2"),
    ("fiscal-year", "The budget for fiscal 2024 passed.", "fiscal 2024", PUB, "FY2024"),
    ("holiday-past-across-new-year", "Shelling resumed on Christmas Day.", "Christmas Day",
     "2024-01-03", "2023-12-25"),
    ("time-with-weekday", "The vote closed at 2 p.m. on Friday.", "2 p.m. on Friday", PUB,
     "2023-10-06T14:00"),
    ("time-anchored-to-date", "On Aug. 15, the blast came at 10:35 a.m. local time.",
     "10:35 a.m.", PUB, "2023-08-15T10:35"),
    # Notation and conventions of TempEval-3 gold.
    ("weekday-evening", "Rallies began Wednesday evening.", "Wednesday evening", PUB,
     "2023-10-04TEV"),
    ("weekday-morning-plain-day", "Shells fell Friday morning.", "Friday morning", PUB,
     "2023-10-06"),
    ("week-of-day", "A hearing is set for the week of March 6.", "the week of March 6",
     "2000-02-24", "2000-W10"),
    ("holiday-week", "Protesters prayed as Easter week began.", "Easter week", "2000-04-17",
     "2000-W16"),
    ("this-past-weekend", "Talks stalled this past weekend.", "this past weekend", PUB,
     "2023-W40-WE"),
    ("two-digit-year", "He has lived there since '98.", "'98", PUB, "1998"),
    ("two-digit-year-this-century", "The class of '02 met again.", "'02", PUB, "2002"),
    ("from-now", "The plant will close two years from now.", "two years from now", PUB,
     "2025"),
    ("end-of-the-year", "A deal is due by the end of the year.", "the end of the year", PUB,
     "2023"),
    # Tense: which occurrence a bare date means.
    ("past-tense-deadline-soon", "The agency set a Jan. 14 return date.", "Jan. 14",
     "2000-01-06", "2000-01-14"),
    ("clause-ends-after-a-number", "He must return by Jan. 14. The ruling angered many.",
     "Jan. 14", "2000-01-07", "2000-01-14"),
    ("decision-with-infinitive-looks-ahead", "NATO has decided to admit them in early March.",
     "early March", "1999-02-10", "1999-03"),
    ("fronted-date-belongs-to-the-deciding", "In July, Putin pledged to supply grain.", "July",
     PUB, "2023-07"),
    ("planned-to-after-date-is-past", "On Friday, the government planned to pay claims.",
     "Friday", PUB, "2023-10-06"),
    ("planned-to-before-date-is-future", "The team planned to leave on Thursday.", "Thursday",
     PUB, "2023-10-12"),
    ("adjective-planned-is-no-cue", "On Friday, she set aside plans for the hastily planned trip.",
     "Friday", PUB, "2023-10-06"),
    ("next-to-is-no-future", "A bomb exploded next to the embassy Friday morning.",
     "Friday morning", PUB, "2023-10-06"),
    ("until-with-past-perfect", "Until Thursday, police had not called him a suspect.",
     "Thursday", PUB, "2023-10-05"),
    ("until-deadline-looks-ahead", "Officials extended the deadline until Thursday.", "Thursday",
     PUB, "2023-10-12"),
    ("distant-reporting-verb-yields", "Poland will join the alliance formally in early March, "
     "NATO said.", "early March", "1999-02-10", "1999-03"),
    ("adjacent-reporting-verb-dates", "Poland will join, NATO said Friday.", "Friday", PUB,
     "2023-10-06"),
    # A conjunction opening another verb group ends the expression's clause.
    ("own-clause-before-and-will", "Harper met union leaders on Tuesday and will meet them "
     "again next Monday.", "Tuesday", "2024-03-14", "2024-03-12"),
    ("next-clause-when-own-says-nothing", "Protesters planned a demonstration on Saturday and "
     "were planning to drive around the airport.", "Saturday", "2000-01-06", "2000-01-08"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "value"),
    [case[1:] for case in RESOLUTION],
    ids=[case[0] for case in RESOLUTION],
)
def test_expression_resolves_against_publication_date(
    sentence: str, expression: str, published: str, value: str
) -> None:
    mention = _mention_at(sentence, expression, published)
    assert mention.text == expression
    assert mention.value == value
    assert mention.type in ("DATE", "TIME")


# (id, text, [(expression, value), ...]): relative to the most recent year written out.
ANAPHORA = [
    ("following-year", "A coup in 2020 put him in charge, and he took office the following year.",
     [("2020", "2020"), ("the following year", "2021")]),
    ("next-year", "The war ended in 1995; the next year, elections were held.",
     [("1995", "1995"), ("the next year", "1996")]),
    ("year-later", "He was elected in 2008. A year later, he resigned.",
     [("2008", "2008"), ("A year later", "2009")]),
    ("latest-year-wins", "Born in 1950, he moved in 1975 and married two years later.",
     [("1975", "1975"), ("two years later", "1977")]),
    ("year-earlier-without-anchor", "Sales rose 5 percent from a year earlier.",
     [("a year earlier", "2022")]),
    ("day-after-event-uses-last-date",
     "The doctor was shot on Oct. 3. Two men came to his house the day after his death.",
     [("Oct. 3", "2023-10-03"), ("the day after", "2023-10-04")]),
    ("day-before-a-written-date", "The day before last Tuesday's hearing, he flew to Miami.",
     [("The day before last Tuesday", "2023-10-02")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ANAPHORA], ids=[c[0] for c in ANAPHORA]
)
def test_anaphoric_years_count_from_the_last_year_mentioned(
    text: str, expected: list[tuple[str, str]]
) -> None:
    for expression, value in expected:
        mention = _mention_at(text, expression)
        assert (mention.text, mention.value) == (expression, value)


# (id, text, expected (text, value) pairs in order)
RANGES = [
    ("from-to-years", "Production fell from 1990 to 1995.", [("1990", "1990"), ("1995", "1995")]),
    ("between-years", "Three doctors were shot between 1994 and 1997.",
     [("1994", "1994"), ("1997", "1997")]),
    ("month-day-range", "The summit ran August 15-16.",
     [("August 15", "2023-08-15"), ("16", "2023-08-16")]),
    ("month-day-and-day", "It will be held on April 24 and 25.",
     [("April 24", "2024-04-24"), ("25", "2024-04-25")]),
    ("two-full-dates", "Calls on August 15 and September 10 followed.",
     [("August 15", "2023-08-15"), ("September 10", "2023-09-10")]),
    ("season-years", "The 2024-25 season opens soon.", [("2024", "2024"), ("25", "2025")]),
    ("fiscal-years-slash", "Profits rose in 2022/23.", [("2022", "2022"), ("23", "2023")]),
    ("century-turn", "The 1999-00 budget passed.", [("1999", "1999"), ("00", "2000")]),
    ("four-digit-end", "Output rose over 1990-2010.", [("1990", "1990"), ("2010", "2010")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in RANGES], ids=[c[0] for c in RANGES])
def test_ranges_give_one_mention_per_end(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.value) for m in find_dates(text, PUB) if m.type == "DATE"]
    assert found == expected


# (id, text, expression, type, value): recognised so they are not taken for dates.
NOT_DATES = [
    ("less-than-two-months", "Their third call in less than two months.", "less than two months",
     "DURATION", "P2M"),
    ("for-three-years", "He ruled for three years.", "three years", "DURATION", "P3Y"),
    ("hyphenated-duration", "After a 16-hour flight, she landed.", "16-hour", "DURATION",
     "PT16H"),
    ("past-n-years", "Attacks rose in the past 20 years.", "the past 20 years", "DURATION",
     "P20Y"),
    ("vague-duration", "The siege lasted for weeks.", "weeks", "DURATION", "PXW"),
    ("every-day", "Protesters gather every day.", "every day", "SET", "P1D"),
    ("daily", "Rallies are held daily.", "daily", "SET", "P1D"),
    ("weekday-plural", "The market opens on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
    ("twice-a-week", "They meet twice a week.", "twice a week", "SET", "P1W"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [c[1:] for c in NOT_DATES],
    ids=[c[0] for c in NOT_DATES],
)
def test_durations_and_sets_are_not_dated(
    text: str, expression: str, kind: str, value: str
) -> None:
    mention = _mention_at(text, expression)
    assert (mention.text, mention.type, mention.value) == (expression, kind, value)
    assert mention.granularity == ("duration" if kind == "DURATION" else "set")


NO_MENTION = [
    ("age", "A 44-year-old protester was held."),
    ("count-after", "Some 1999 people were evacuated."),
    ("count-noun", "The fire destroyed 1200 homes."),
    ("flight-number", "Flight 2020 landed safely."),
    ("may-modal", "May I ask a question? Officials may resign."),
    ("fall-verb", "Prices may fall sharply."),
    ("name-april", "Reporter April Ryan asked a question."),
    ("money", "The deal is worth $2023 million."),
    ("recently", "Relations recently improved."),
    ("high-noon", "For Poland, it was high noon."),
    ("event-name-month", "Protesters joined the annual March for Life."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_MENTION], ids=[c[0] for c in NO_MENTION])
def test_non_temporal_numbers_and_words_are_not_dates(text: str) -> None:
    assert [m for m in find_dates(text, PUB) if m.type in ("DATE", "TIME")] == []


def test_relative_expressions_are_found_but_unvalued_without_publication_date() -> None:
    text = "Talks collapsed last month, on Friday and on Aug. 15, after the 2020 coup."
    found = {m.text: m.value for m in find_dates(text)}
    assert found == {"last month": None, "Friday": None, "Aug. 15": None, "2020": "2020"}


def test_absolute_dates_resolve_without_publication_date() -> None:
    found = [(m.text, m.value) for m in find_dates("Signed on August 15, 2023 in Bamako.")]
    assert found == [("August 15, 2023", "2023-08-15")]


@pytest.mark.parametrize(
    "published", [PUB, dt.date(2023, 10, 10), dt.datetime(2023, 10, 10, 9, 30)],
    ids=["iso-string", "date", "datetime"],
)  # fmt: skip
def test_publication_date_accepts_iso_string_date_and_datetime(published: object) -> None:
    found = find_dates("Talks collapsed yesterday.", published)  # type: ignore[arg-type]
    assert [m.value for m in found] == ["2023-10-09"]


def test_malformed_publication_date_is_an_input_error() -> None:
    with pytest.raises(InputError):
        find_dates("Talks collapsed yesterday.", "10/10/2023")


def test_offsets_slice_back_sorted_and_non_overlapping() -> None:
    mentions = find_dates(SEED_ARTICLE, PUB)
    assert len(mentions) >= 8
    for m in mentions:
        assert SEED_ARTICLE[m.start : m.end] == m.text
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start


def test_results_are_deterministic() -> None:
    first = [m.model_dump() for m in find_dates(SEED_ARTICLE, PUB)]
    for _ in range(3):
        assert [m.model_dump() for m in find_dates(SEED_ARTICLE, PUB)] == first


def test_mentions_are_frozen() -> None:
    mention = find_dates("Talks collapsed yesterday.", PUB)[0]
    with pytest.raises(ValueError):
        mention.value = "2020"


DATELINES = [
    ("seed-style", " date 2023-10-10 Russian President Putin held talks.", dt.date(2023, 10, 10),
     "2023-10-10"),
    ("published-label", "Published: 10 October 2023\nMali's leader spoke.", dt.date(2023, 10, 10),
     "10 October 2023"),
    ("month-first-with-dash", "October 10, 2023 — Mali's leader spoke.", dt.date(2023, 10, 10),
     "October 10, 2023"),
    ("iso-line", "2023-10-10\nMali's leader spoke.", dt.date(2023, 10, 10), "2023-10-10"),
    ("wire-city-agency", "WASHINGTON (AP) Oct. 10, 2023 - The president spoke.",
     dt.date(2023, 10, 10), "Oct. 10, 2023"),
    ("after-title-line", "Mali and Russia talk trade\nPublished 9 October 2023\nBody.",
     dt.date(2023, 10, 9), "9 October 2023"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "day", "span_text"), [c[1:] for c in DATELINES], ids=[c[0] for c in DATELINES]
)
def test_dateline_at_top_is_found(text: str, day: dt.date, span_text: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found[0] == day
    assert text[found[1].start : found[1].end] == found[1].text == span_text


NO_DATELINE = [
    ("date-inside-sentence", "The talks on Oct. 10, 2023 were tense."),
    ("no-year", "WASHINGTON, August 7 (Xinhua) -- The talks were tense."),
    ("beyond-head", "x" * 220 + "\n2023-10-10\nBody."),
    ("no-date", "Russian President Putin held talks."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATELINE], ids=[c[0] for c in NO_DATELINE])
def test_no_dateline_when_none_at_top(text: str) -> None:
    assert find_dateline(text) is None


# Heads without a digit: find_dateline answers None without reading their dates, which holds
# only while no date of such a text gets a day's value without a publication date.
DIGIT_FREE_HEADS = [
    ("weekday-and-month", "WASHINGTON (AP) — Monday, March fifth: the talks were tense."),
    ("holiday", "Published: Christmas Day\nThe talks were tense."),
    ("deictic", "Updated today\nThe talks yesterday were tense, and tomorrow too."),
    ("offsets", "The day before Easter, and the next day, a week later, the talks ended."),
    ("decade-words", "In the nineties, on the first of May, the talks were tense."),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in DIGIT_FREE_HEADS], ids=[c[0] for c in DIGIT_FREE_HEADS]
)
def test_head_without_digits_has_no_day_valued_date(text: str) -> None:
    assert find_dateline(text) is None
    assert not [m for m in find_dates(text) if m.granularity == "day" and m.value is not None]


# The word before a date, as the resolvers read it: the last run of ASCII letters of the 30
# characters before (a longer word is cut), with nothing but non-word characters after it (a
# digit, an underscore or a letter outside ASCII after it means no word).
@pytest.mark.parametrize(
    ("before", "word"),
    [
        ("the fighting began in ", "in"),
        ("the fighting began In, ", "in"),
        ("it ended (during) ", "during"),
        ("it rose 5 ", ""),
        ("it rose in 5 ", ""),
        ("snake_case ", "case"),
        ("case_ ", ""),
        ("Ernő ", ""),
        ("Maló—", ""),
        ("café ", ""),
        ("naïve ", "ve"),
        ("", ""),
        ("  \n\t", ""),
        ("a very long opening clause and then of ", "of"),
        ("awordofexactlytwentyninechars ", "awordofexactlytwentyninechars"),
        ("awordofexactlythirtycharacters ", "wordofexactlythirtycharacters"),
    ],
)
def test_word_before_a_date_is_the_last_ascii_word_with_only_marks_after(
    before: str, word: str
) -> None:
    from summariser.dates.context import Context

    text = before + "May 2020"
    assert Context(text=text, published=None).prev_word(len(before)) == word
