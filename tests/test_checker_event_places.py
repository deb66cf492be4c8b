"""An event keeps its place: a claim that puts an event in another place of the article than
its supporting sentences give it is contradicted (`entity_swapped`), whatever the aligned
sentence, the claim's subject or the order of place and time; the event's own place, a place
that may hold the other (a country, a region, a continent), one the article also gives the
event, or one the article lacks, is not."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """WARSAW (Reuters) - Poland's ruling coalition lost its majority on Sunday.
"We still have the votes," Tusk told reporters in Gdansk.
Jordan Hale, 27, was convicted by a jury at Cardiff Crown Court on Tuesday.
He was arrested at a flat in Newport four days after the stabbing.
The ministers are due to meet again in November, in Washington.
A Kremlin spokesman said Moscow had not been told of the meeting.
Officials said Izzat al-Douri had died in fighting in Salahuddin province.
Al-Douri was born near Tikrit in 1942.
The glasses will go on sale in the United States on October 23 and in Europe next year."""

MOVED = "The claim puts the event in"


def _moved(claim: str) -> tuple[Verdict, bool]:
    [result] = check_claims(ARTICLE, [claim])
    found = any(f.code is FlagCode.ENTITY_SWAPPED and MOVED in f.message for f in result.flags)
    return result.verdict, found


@pytest.mark.parametrize(
    "claim",
    [
        # The claim goes on past the place, names the subject in full, or puts time after it.
        "Tusk told reporters in Warsaw that the coalition still had the votes.",
        "Jordan Hale was arrested at a flat in Cardiff.",
        "The ministers will meet again in Moscow in November.",
    ],
)
def test_an_event_put_in_another_place_of_the_article_is_contradicted(claim: str) -> None:
    verdict, moved = _moved(claim)
    assert moved, claim
    assert verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "claim",
    [
        # The event's own place.
        "Tusk told reporters in Gdansk that the coalition still had the votes.",
        "Jordan Hale was arrested at a flat in Newport.",
        "Jordan Hale was convicted at Cardiff Crown Court.",
        # A country, or a region's city, may be where the event's place is.
        "Tusk told reporters in Poland that the coalition still had the votes.",
        "Al-Douri died in fighting in Tikrit.",
        # The article gives the event the claim's place too, later in a list.
        "The glasses will go on sale in Europe next year.",
        # A place the article lacks is the presence test's.
        "Jordan Hale was arrested at a flat in Swansea.",
    ],
)
def test_an_events_own_or_a_wider_place_is_not_flagged(claim: str) -> None:
    _, moved = _moved(claim)
    assert not moved, claim
