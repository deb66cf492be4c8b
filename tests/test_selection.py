"""Deterministic content selection for the embedded model: furniture, captions, claims, gist."""

from __future__ import annotations

import pytest

from summariser.analysis import analyse
from summariser.backends.base import BackendTraits
from summariser.backends.local import to_draft
from summariser.drafts import LocalDraft
from summariser.pipeline import build_request, finish
from summariser.schema import AlignmentStatus
from summariser.selection import is_caption, select_content, trim
from summariser.settings import Settings

# A scraped page around a science story: byline, timestamps, prompts, a caption glued to the
# next sentence, share buttons, a photo credit, a "READ MORE" link.
SCRAPED = "\n\n".join(
    [
        "By Jane Smith for MailOnline",
        "PUBLISHED: 10:02 EST, 3 March 2015 | UPDATED: 11:40 EST, 3 March 2015",
        "Scroll down for video Exercise can increase the size of the brain's memory centre, "
        "scientists at the University of Pittsburgh said on Monday.",
        "Brain boost: A woman jogs along a beach in California (file photo) The researchers "
        "followed 120 older adults in Pittsburgh for a year.",
        "Those who walked for 40 minutes three times a week grew their hippocampus by two per "
        "cent.",
        "Share this article",
        "The hippocampus usually shrinks by about one per cent a year in late adulthood, which "
        "raises the risk of dementia.",
        "Click here to read the full study",
        "Photo: Getty Images",
        "READ MORE: Why a daily walk beats the gym",
        "A control group that only stretched lost about 1.4 per cent of the volume over the year.",
        "'It's well known that exercise can make your muscles bigger,' said Professor Kirk "
        "Erickson, who led the study.",
        "The team now plans a larger trial with 300 volunteers across three American cities next "
        "year.",
        "Follow us on Twitter\n",
    ]
)

FURNITURE = (
    "Jane Smith",
    "PUBLISHED",
    "UPDATED",
    "Scroll down",
    "Brain boost",
    "file photo",
    "Share this",
    "Click here",
    "Getty",
    "READ MORE",
    "Follow us",
)


def _chosen(text: str, **kwargs: int) -> tuple[list[str], list[str]]:
    analysis = analyse(text)
    selection = select_content(analysis, max_claims=kwargs.get("max_claims", 6))
    for unit in (*selection.claims, *selection.gist):
        assert text[unit.start : unit.end] == unit.text  # a verbatim span of the article
    return [u.text for u in selection.claims], [u.text for u in selection.gist]


def test_no_page_furniture_or_caption_becomes_a_claim_or_the_gist():
    claims, gist = _chosen(SCRAPED)
    assert len(claims) == 6 and len(gist) == 1
    for text in (*claims, *gist):
        for furniture in FURNITURE:
            assert furniture not in text, (furniture, text)


def test_a_prompt_glued_to_a_sentence_is_cut_off_and_the_sentence_kept():
    claims, _ = _chosen(SCRAPED)
    assert claims[0].startswith("Exercise can increase the size of the brain's memory centre")


def test_a_caption_glued_to_the_next_sentence_keeps_that_sentence_apart():
    text = (
        "Gary Locke will be confirmed as Kilmarnock's manager on Friday. "
        "Kilmarnock will confirm Gary Locke as manager on Friday The announcement will be made "
        "by the Rugby Park club on Friday morning. He has been given a three-year deal."
    )
    claims, _ = _chosen(text)
    assert "The announcement will be made by the Rugby Park club on Friday morning." in claims
    assert not any(c.startswith("Kilmarnock will confirm") for c in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Scroll down for video",
        "SCROLL DOWN FOR VIDEO",
        "Click here to read more",
        "READ MORE: Why a daily walk beats the gym",
        "Share this article",
        "Follow @MailOnline on Twitter",
        "By Jane Smith",
        "By Jane Smith, CNN",
        "Daily Mail Reporter",
        "PUBLISHED: 10:02 EST, 3 March 2015",
        "Photo: Getty Images",
        "Sorry we are not currently accepting comments on this article.",
    ],
)
def test_page_furniture_sentences_are_recognised(sentence):
    assert trim(sentence, 0, len(sentence)).furniture


@pytest.mark.parametrize(
    "sentence",
    [
        "By Monday night the river had burst its banks in three places.",
        "Click, the camera company, said its profits had doubled.",
        "He said: 'We will not give up on the people of Mali.'",
        "Share prices fell by four per cent on Tuesday.",
    ],
)
def test_sentences_of_the_story_are_not_furniture_or_captions(sentence):
    trimmed = trim(sentence, 0, len(sentence))
    assert not trimmed.furniture and not trimmed.caption
    assert (trimmed.start, trimmed.end) == (0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Strictly business: Julia Louis-Dreyfus covers the magazine's supplement",
        "Chris Copeland (left) and his wife were both stabbed outside a club",
        "Gordon Brown, pictured campaigning this week, has warned the SNP",
    ],
)
def test_captions_are_recognised(sentence):
    assert is_caption(sentence)


def test_trailing_credit_and_link_prompts_are_cut_off():
    text = "The bridge reopened to traffic on Sunday after repairs. Click here for pictures"
    trimmed = trim(text, 0, len(text))
    assert text[trimmed.start : trimmed.end].rstrip() == (
        "The bridge reopened to traffic on Sunday after repairs."
    )


def test_a_sentence_repeating_a_chosen_one_is_not_chosen_again():
    text = (
        "The council approved the new stadium plan on Tuesday evening after a long debate. "
        "On Tuesday evening the council approved the new stadium plan after a long debate. "
        "Residents had collected 4,000 signatures against the scheme in the spring. "
        "The club says construction will begin in the autumn and take two years."
    )
    claims, _ = _chosen(text, max_claims=4)
    assert len(claims) == 3
    assert claims[0].startswith("The council approved")


def test_the_seed_article_keeps_its_lead_as_claims(seed_text):
    claims, gist = _chosen(seed_text)
    assert claims[0].startswith("Russian President Vladimir Putin held discussions")
    assert gist[0].startswith("Russian President Vladimir Putin held discussions")


def _embedded_summary(text: str, *, status: str = "reported_fact"):
    """The request the embedded backend gets, and the summary of the draft its decoder writes
    when it takes the offer (as decode_local_draft does: offered ids in order)."""
    from summariser.backends.base import DraftResult
    from summariser.schema import Usage

    settings = Settings(check=False)
    traits = BackendTraits(name="local", constrained=True, chat=False, context=None)
    analysis = analyse(text)
    request = build_request(analysis, backend=traits, settings=settings)
    assert request.claims_offered and request.gist_offered
    local = LocalDraft.model_validate(
        {
            "gist": request.gist_offered[0][0],
            "claims": [{"evidence": sid, "status": status} for sid, _ in request.claims_offered],
        }
    )
    draft = to_draft(
        local, gist_offered=request.gist_offered, claims_offered=request.claims_offered
    )
    result = DraftResult(draft=draft, usage=Usage(), attempts=1, model="test")
    return finish(analysis, result, backend=traits, settings=settings, timings={})


def test_the_embedded_path_grounds_trimmed_spans_exactly():
    summary = _embedded_summary(SCRAPED)
    assert summary.gist.startswith("Exercise can increase")
    for claim in summary.claims:
        for evidence in claim.evidence:
            assert evidence.status is AlignmentStatus.EXACT
            assert SCRAPED[evidence.start : evidence.end] == evidence.text == claim.statement
        for furniture in FURNITURE:
            assert furniture not in claim.statement


def test_a_speculation_the_article_does_not_signal_is_kept_as_a_reported_fact(seed_text):
    summary = _embedded_summary(seed_text, status="speculation")
    statuses = {c.statement[:20]: c.status.value for c in summary.claims}
    # "played a significant role in a military coup in 2020": no cue word, a plain fact.
    assert statuses["Assimi Goita, a spec"] == "reported_fact"
    assert statuses["Russian President Vl"] == "attributed_statement"
