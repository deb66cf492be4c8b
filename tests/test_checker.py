"""The grounding checker: open mode, evidence mode and every flag code."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from typing import Any

import pytest

from summariser.checker import SUPPORT_THRESHOLD, check, check_claims, split_claims
from summariser.checker.prepare import prepare
from summariser.errors import InputError
from summariser.report import ClaimCheck, FlagCode, Verdict
from summariser.schema import (
    Actor,
    ActorType,
    Claim,
    ClaimStatus,
    DateRef,
    Evidence,
    Metadata,
    Source,
    SourceType,
    Summary,
)
from tests.test_binding import BINDING_CASES

ARTICLE = """GLASGOW - Three armed men robbed a security van outside a branch of the Royal Bank of \
Scotland in Glasgow city centre on Monday, police said.
The men took a five-figure sum from the vehicle in Sauchiehall Street at about 21:45.
A spokesman for Police Scotland said no-one had been injured, although two security guards \
were badly shaken.
Detective Inspector Alan Burns said officers were studying CCTV footage from nearby shops.
"We are determined to find the people responsible," he said.
The van's owner, G4S, did not comment on the robbery.
The bank will reopen on Wednesday, the council confirmed.
It was the second robbery in the city this year, after a raid in March in which \
£20,000 was taken. Officers fear the gang may strike again."""

# (id, claim, expected flag code or None for a supported claim)
CASES = [
    ("paraphrase", "Three armed men robbed a security van in Glasgow on Monday.", None),
    ("hedge-dropped", "The gang will strike again, officers said.", FlagCode.HEDGE_DROPPED),
    (
        "cause-unstated",
        "The bank will reopen on Wednesday because three armed men robbed a security van.",
        FlagCode.CAUSE_UNSTATED,
    ),
    ("paraphrase-passive", "A security van was robbed by three armed men in Glasgow.", None),
    ("paraphrase-said", "Police Scotland said that nobody had been injured.", None),
    ("paraphrase-speaker", "Alan Burns said officers were studying CCTV footage.", None),
    (
        "entity-swap",
        "Three armed men robbed a security van in Edinburgh on Monday.",
        FlagCode.ENTITY_MISSING,
    ),
    (
        "number-change",
        "Four armed men robbed a security van in Glasgow on Monday.",
        FlagCode.NUMBER_MISMATCH,
    ),
    ("number-amount", "A raid in March saw £50,000 taken.", FlagCode.NUMBER_MISMATCH),
    (
        "date-change",
        "Three armed men robbed a security van in Glasgow on Tuesday.",
        FlagCode.DATE_MISMATCH,
    ),
    (
        "date-reopen",
        "The bank will reopen on Friday, the council confirmed.",
        FlagCode.DATE_MISMATCH,
    ),
    ("negation-added", "The two security guards were not badly shaken.", FlagCode.NEGATION_FLIP),
    ("negation-dropped", "G4S commented on the robbery.", FlagCode.NEGATION_FLIP),
    (
        "speaker-swap",
        "Detective Inspector Mary Jones said officers were studying CCTV footage.",
        FlagCode.ATTRIBUTION_MISMATCH,
    ),
    (
        "invented-detail",
        "The robbers escaped on a stolen motorbike after firing shots at passing pedestrians.",
        FlagCode.LOW_SUPPORT,
    ),
]


def _codes(claim: str, article: str = ARTICLE) -> set[FlagCode]:
    return {f.code for f in check_claims(article, [claim])[0].flags}


@pytest.mark.parametrize(("claim", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_claim_verdicts(claim: str, expected: FlagCode | None) -> None:
    result = check_claims(ARTICLE, [claim])[0]
    if expected is None:
        assert result.flags == []
        assert result.supported
        assert result.score >= SUPPORT_THRESHOLD
    else:
        assert expected in {f.code for f in result.flags}
        assert not result.supported


@pytest.mark.parametrize(("claim", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_flag_spans_slice_the_claim(claim: str, expected: FlagCode | None) -> None:
    result = check_claims(ARTICLE, [claim])[0]
    assert 0.0 <= result.score <= 1.0
    for flag in result.flags:
        assert flag.span is not None
        assert claim[flag.span.start : flag.span.end] == flag.span.text
        assert flag.message
    for span in result.evidence:
        assert ARTICLE[span.start : span.end] == span.text


FACTS = """Prosecutors in the Mexican state of Morelos have begun exhuming 116 bodies from a mass \
grave on 13 March.
A report found that 225,000 homes in the state were damaged by the earthquake.
The exhumation will cost 2,000 pesos per body, the state's prosecutor told reporters.
Without Robin van Persie, United will face City on Sunday.
Van Persie said he was fit to play."""

# Hedged, round and written-out numbers and dates: (id, claim, expected code or None).
FACT_CASES = [
    ("more-than-bound", "Prosecutors have begun exhuming more than 100 bodies.", None),
    ("about-estimate", "Prosecutors have begun exhuming about 120 bodies.", None),
    ("round-number", "Prosecutors have begun exhuming 100 bodies.", None),
    ("precise-number", "Prosecutors have begun exhuming 118 bodies.", FlagCode.NUMBER_MISMATCH),
    (
        "bound-too-loose",
        "A report found that more than 100,000 homes were damaged by the earthquake.",
        FlagCode.NUMBER_MISMATCH,
    ),
    ("day-other-order", "Prosecutors have begun exhuming 116 bodies on March 13th.", None),
    ("month-abbreviation", "Prosecutors have begun exhuming 116 bodies on 13 Mar.", None),
    (
        "day-change",
        "Prosecutors have begun exhuming 116 bodies on 14 March.",
        FlagCode.DATE_MISMATCH,
    ),
    ("without-is-not-negation", "Robin van Persie said he was fit to play.", None),
]


@pytest.mark.parametrize(
    ("claim", "expected"), [c[1:] for c in FACT_CASES], ids=[c[0] for c in FACT_CASES]
)
def test_numbers_and_dates_as_news_writes_them(claim: str, expected: FlagCode | None) -> None:
    result = check_claims(FACTS, [claim])[0]
    codes = [f.code for f in result.flags]
    if expected is None:
        assert codes == [] and result.supported
    else:
        assert codes == [expected] and not result.supported


BRIDE = """Maria Lopez, 39, is accused of marrying 10 men over 11 years and faces two felony \
charges of filing false papers.
She married six men in 2002 alone, the newspaper reported.
The hearing is set for next month."""

GRANDMOTHER = """Pat Ingles, 69, remembers her grandmother sitting by the fire knitting.
In comparison, the retired hairdresser prefers to dress up and go out dancing until late.
Her friends say she has never looked better.
Grandmother-of-three Pat lost her husband 12 years ago to cancer after caring for him.
She took up dancing two years later."""

# (id, article, claim, verdict): a number stands only against numbers of its own kind.
NUMBER_KIND_CASES = [
    (
        "other-numbers-of-the-claim-account-for-the-evidence",
        BRIDE,
        "Lopez married 10 men in 11 years, with six in one year alone.",
        Verdict.SUPPORTED,
    ),
    (
        "number-in-the-slot-of-one-counting-the-same",
        BRIDE,
        "Lopez married 12 men in 11 years.",
        Verdict.CONTRADICTED,
    ),
    ("second-number-changed", BRIDE, "Lopez married 10 men in 12 years.", Verdict.CONTRADICTED),
    (
        "rival-counts-the-same-thing",
        BRIDE,
        "Lopez faces three felony charges.",
        Verdict.CONTRADICTED,
    ),
    (
        "age-given-elsewhere-is-no-count-of-grandchildren",
        GRANDMOTHER,
        "Pat, 69, lost her husband 12 years ago to cancer.",
        Verdict.UNVERIFIED,
    ),
    (
        "years-against-years",
        GRANDMOTHER,
        "Pat lost her husband 15 years ago to cancer.",
        Verdict.CONTRADICTED,
    ),
    (
        "age-against-age",
        GRANDMOTHER,
        "Pat, 70, remembers her grandmother sitting by the fire.",
        Verdict.CONTRADICTED,
    ),
]


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [c[1:] for c in NUMBER_KIND_CASES],
    ids=[c[0] for c in NUMBER_KIND_CASES],
)
def test_a_number_stands_only_against_numbers_of_its_own_kind(
    article: str, claim: str, verdict: Verdict
) -> None:
    assert check_claims(article, [claim])[0].verdict is verdict


@pytest.mark.parametrize(
    ("claim", "published", "supported"),
    [
        ("The bank will reopen on 13 March.", dt.date(2024, 3, 11), True),
        ("The bank will reopen on 14 March.", dt.date(2024, 3, 11), False),
        ("The bank will reopen on 13 March.", None, False),
    ],
    ids=["same-day", "other-day", "no-publication-date"],
)
def test_the_date_normaliser_reconciles_weekdays_and_dates(
    claim: str, published: dt.date | None, supported: bool
) -> None:
    # The article says "on Wednesday"; published on Monday 11 March 2024 that is 13 March.
    result = check_claims(ARTICLE, [claim], published=published)[0]
    assert result.supported == supported
    assert {f.code for f in result.flags} <= {FlagCode.DATE_MISMATCH}


WEDDING = """The couple married on Valentine's Day in a small ceremony in Paris, friends said.
They had met at university in 2010."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The couple married in February in Paris.", Verdict.SUPPORTED),
        # Valentine's Day is in February whatever the year: March conflicts with it.
        ("The couple married in March in Paris.", Verdict.CONTRADICTED),
        ("The couple married on a Saturday in Paris.", Verdict.UNVERIFIED),
    ],
    ids=["month-of-the-holiday", "another-month", "a-weekday-only-a-year-could-fix"],
)
def test_dates_agree_without_a_publication_date_only_if_they_agree_whatever_it_is(
    claim: str, verdict: Verdict
) -> None:
    result = check_claims(WEDDING, [claim])[0]
    assert result.verdict is verdict
    assert FlagCode.DATE_MISMATCH not in {f.code for f in result.warnings}


@pytest.mark.parametrize(
    "claim",
    [
        "the united states embassy criticised the robbers .",
        "insurance claims rose after the robbery .",
    ],
    ids=["states", "claims"],
)
def test_nouns_that_look_like_reporting_verbs_are_not_speakers(claim: str) -> None:
    assert FlagCode.ATTRIBUTION_MISMATCH not in _codes(claim)


@pytest.mark.parametrize(
    "placeholder", ["UNK", "[UNK]", "<unk>"], ids=["bare", "bracketed", "angled"]
)
def test_system_placeholders_are_a_doubt_not_a_missing_name(placeholder: str) -> None:
    clean = "Detective Inspector Alan Burns said officers were studying CCTV footage."
    holed = f"Detective Inspector Alan {placeholder} said officers were studying CCTV footage."
    invented = "Detective Inspector Alan Smith said officers were studying CCTV footage."
    good, doubt, bad = check_claims(ARTICLE, [clean, holed, invented])
    assert [f.code for f in doubt.flags] == [FlagCode.LOW_SUPPORT]
    assert bad.score < doubt.score < good.score


@pytest.mark.parametrize(
    ("claim", "speakers"),
    [
        ("Alan Burns said officers were busy.", ["Alan Burns"]),
        ("Alan Burns, the detective, said officers were busy.", ["Alan Burns"]),
        ("Officers were busy, said Alan Burns.", ["Alan Burns"]),
        ("According to Alan Burns, officers were busy.", ["Alan Burns"]),
        ("Officers called Alan Burns when the council confirmed it.", []),
        ("Police say the Georgian national fled the country.", []),
        ("Alan Burns, now in Paisley, said officers were busy.", ["Alan Burns"]),
        ("police said officers were busy .", ["police"]),
        ("The detective says officers are busy.", []),
        ("The detective said: 'Alan, we are busy.'", []),
    ],
    ids=[
        "subject",
        "apposition",
        "inverted",
        "according-to",
        "other-subject",
        "reported-clause",
        "aside-with-a-place",
        "lowercased-description",
        "description-in-a-cased-claim",
        "name-opening-a-quotation",
    ],
)
def test_speakers_are_found_beside_their_reporting_verbs(claim: str, speakers: list[str]) -> None:
    from summariser.checker.engines import claim_speakers
    from summariser.checker.open_mode import claim_views

    view = claim_views(claim, prepare(ARTICLE))[0]
    found = claim_speakers(view.toks, view.names, text=view.text, in_case=view.in_case)
    assert [claim[view.toks[i].start : view.toks[j - 1].end] for i, j in found] == speakers


RACE = """Mercedes driver Lewis Hamilton took pole position for the Chinese Grand Prix in Shanghai.
Nico Rosberg was second, four hundredths of a second behind.
Sebastian Vettel qualified third for Ferrari.
The race starts at 2pm local time on Sunday.
Rain is forecast for the afternoon.
Hamilton said the car had been fast all weekend."""


@pytest.mark.parametrize(
    ("claim", "mismatch"),
    [
        ("Lewis Hamilton said the car had been fast all weekend.", False),
        ("Nico Rosberg said the car had been fast all weekend.", True),
    ],
    ids=["full-name-of-the-evidence-speaker", "another-driver-of-the-article"],
)
def test_a_speaker_is_known_by_any_of_the_articles_forms_of_the_name(
    claim: str, mismatch: bool
) -> None:
    codes = {f.code for f in check_claims(RACE, [claim])[0].flags}
    assert bool(codes & {FlagCode.ATTRIBUTION_MISMATCH, FlagCode.SPEAKER_SWAPPED}) == mismatch


QUOTED = """Rosberg was told over the team radio that he was slower than Hamilton again.
"Come on, guys," the German said.
"Putin will not come," the minister said."""


@pytest.mark.parametrize(
    ("claim", "missing"),
    [
        ('The German said: "Oh, come on, guys."', False),
        ("The German said: ` Oh , come on , guys . '", False),
        ('The German said: "Medvedev will not come."', True),
    ],
    ids=["word-opening-a-quote", "spaced-quote", "name-opening-a-quote"],
)
def test_a_capital_opening_a_quotation_is_no_name_when_it_is_a_word(
    claim: str, missing: bool
) -> None:
    result = check_claims(QUOTED, [claim])[0]
    codes = {f.code for f in [*result.flags, *result.warnings]}
    assert (FlagCode.ENTITY_MISSING in codes) == missing


MINISTER = """Hungary's foreign minister Peter Szijjarto met officials in Kiev on Monday.
The talks covered gas supplies and the border.
Szijjarto said the talks had been constructive."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Peter Szijjarto said the talks had been constructive.", Verdict.SUPPORTED),
        ("Szijjarto said the talks had been constructive.", Verdict.SUPPORTED),
        ("Michel Szijjarto said the talks had been constructive.", Verdict.UNVERIFIED),
        ("Pete Szijjarto said the talks had been constructive.", Verdict.SUPPORTED),
        ("Peterson Szijjarto said the talks had been constructive.", Verdict.UNVERIFIED),
        ("Pete Smith said the talks had been constructive.", Verdict.UNVERIFIED),
    ],
    ids=[
        "full-name-written-earlier",
        "surname",
        "first-name-the-article-lacks",
        "short-form-of-the-given-name",
        "given-name-lengthened",
        "short-form-before-another-surname",
    ],
)
def test_a_full_name_is_the_person_the_evidence_names_by_surname(
    claim: str, verdict: Verdict
) -> None:
    result = check_claims(MINISTER, [claim])[0]
    assert result.verdict is verdict
    if verdict is Verdict.SUPPORTED:
        assert not result.flags and not result.warnings


def test_flagged_claims_score_below_their_faithful_versions() -> None:
    good = check_claims(ARTICLE, ["Three armed men robbed a security van on Monday."])[0]
    bad = check_claims(ARTICLE, ["Five armed men robbed a security van on Friday."])[0]
    assert bad.score < good.score


def test_evidence_points_at_the_supporting_sentence() -> None:
    result = check_claims(ARTICLE, ["The bank will reopen on Wednesday."])[0]
    assert any("reopen on Wednesday" in span.text for span in result.evidence)


def test_same_input_gives_identical_reports() -> None:
    claims = [c[1] for c in CASES]
    first = [c.model_dump() for c in check_claims(ARTICLE, claims)]
    second = [c.model_dump() for c in check_claims(ARTICLE, claims)]
    assert first == second


_DUMP = """
import json, sys
from summariser.checker import check_claims
article, claims = json.load(sys.stdin)
print(json.dumps([c.model_dump(mode="json") for c in check_claims(article, claims)]))
"""


def test_reports_do_not_depend_on_the_hash_seed() -> None:
    # Set and dict orders change with PYTHONHASHSEED; scores summed in set order once did too.
    payload = json.dumps([ARTICLE, [c[1] for c in CASES] + [c[1] for c in FACT_CASES]])
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", _DUMP], input=payload, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]


def _ptb_lower(text: str) -> str:
    """A lowercased, PTB-tokenised copy, as in the CNN/DailyMail data sets."""
    text = text.lower().replace("(", " -lrb- ").replace(")", " -rrb- ")
    text = re.sub(r"n't\b", " n't", text)
    text = re.sub(r"'s\b", " 's", text)
    text = re.sub(r'"', " `` ", text)
    text = re.sub(r"([,.;:!?£])(\s|$)", r" \1\2", text)
    text = re.sub(r"£(\d)", r"£ \1", text)
    return re.sub(r"[ \t]+", " ", text)


@pytest.mark.parametrize(("claim", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_tokenised_lowercased_article_gives_the_same_verdicts(
    claim: str, expected: FlagCode | None
) -> None:
    raw = check_claims(ARTICLE, [claim])[0]
    tok = check_claims(_ptb_lower(ARTICLE), [claim])[0]
    assert tok.supported == raw.supported
    # A lowercased article hides which words are names, so the slot test names fewer swaps (a
    # swapped speaker is then only a speaker the evidence lacks: unverified, not contradicted);
    # every reason it gives, the cased article gives too.
    assert tok.verdict == raw.verdict or tok.verdict is Verdict.UNVERIFIED
    assert {f.code for f in tok.flags} <= {f.code for f in raw.flags}


def test_lowercased_claims_are_checked_too() -> None:
    assert _codes("three armed men robbed a security van in glasgow on monday .") == set()
    assert FlagCode.NUMBER_MISMATCH in _codes("four armed men robbed a security van .")


def test_claims_of_several_sentences_are_as_weak_as_their_weakest_part() -> None:
    good = "Three armed men robbed a security van. The bank will reopen on Wednesday."
    bad = "Three armed men robbed a security van. The bank will reopen on Friday."
    good_check, bad_check = check_claims(ARTICLE, [good, bad])
    assert good_check.supported and not bad_check.supported
    flag = bad_check.flags[0]
    assert flag.code == FlagCode.DATE_MISMATCH and flag.span is not None
    assert flag.span.text == "Friday" and bad[flag.span.start : flag.span.end] == "Friday"


# (id, claim, the connective flagged as an unsupported link, or None)
LINK_CASES = [
    (
        "invented-cause",
        "The bank will reopen on Wednesday because three armed men robbed a security van.",
        "because",
    ),
    (
        "invented-contrast",
        "Two security guards were badly shaken despite the CCTV footage from nearby shops.",
        "despite",
    ),
    (
        "invented-phrase",
        "Officers were studying CCTV footage as a result of the G4S robbery.",
        "as a result of",
    ),
    (
        "article-link",
        "It was the second robbery in the city this year, after a raid in March.",
        None,
    ),
    ("article-link-restyled", "The second robbery in the city came after a March raid.", None),
    ("sentence-initial", "After a raid in March, the bank will reopen on Wednesday.", None),
    ("no-connective", "Three armed men robbed a security van in Glasgow.", None),
]


# Links the cause test binds (checker/causes.py): its flag stands for the weaker doubt.
CAUSE_TESTED = frozenset({"because", "as a result of"})


@pytest.mark.parametrize(
    ("claim", "connective"), [c[1:] for c in LINK_CASES], ids=[c[0] for c in LINK_CASES]
)
def test_connectives_the_article_does_not_support_are_flagged(
    claim: str, connective: str | None
) -> None:
    (result,) = check_claims(ARTICLE, [claim])
    doubts = [*result.flags, *result.warnings]  # (a warning when the claim stays supported)
    linked = [f for f in doubts if f.span is not None and "links two facts" in f.message]
    if connective is None:
        assert linked == []
        return
    assert [f.code for f in linked] == [
        FlagCode.CAUSE_UNSTATED if connective in CAUSE_TESTED else FlagCode.LOW_SUPPORT
    ]
    span = linked[0].span
    assert span is not None and claim[span.start : span.end] == span.text == connective


def test_an_invented_link_lowers_the_score_of_copied_fragments() -> None:
    joined, invented = check_claims(
        ARTICLE,
        [
            "The bank will reopen on Wednesday and three armed men robbed a security van.",
            "The bank will reopen on Wednesday after three armed men robbed a security van.",
        ],
    )
    assert not [f for f in joined.flags if "links two facts" in f.message]
    assert invented.score < joined.score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One claim. Another claim.", ["One claim.", "Another claim."]),
        ("- first point\n- second point", ["first point", "second point"]),
        ("Mr. Smith went to Washington. He spoke.", ["Mr. Smith went to Washington.", "He spoke."]),
        ("", []),
        (
            "Smith missed the match Picture above His team lost",
            ["Smith missed the match Picture above", "His team lost"],
        ),
        (
            "He was nicknamed The Invisible Man by fans from The Hague.",
            ["He was nicknamed The Invisible Man by fans from The Hague."],
        ),
        ("He joined The Beatles in 1960.", ["He joined The Beatles in 1960."]),
    ],
    ids=["sentences", "bullets", "abbreviation", "empty", "caption-run-on", "titles", "band"],
)
def test_split_claims(text: str, expected: list[str]) -> None:
    assert split_claims(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [("carried", "carries"), ("denied", "denies"), ("studied", "studying"), ("tried", "tries")],
)
def test_a_verb_in_y_has_one_stem_in_all_its_forms(a: str, b: str) -> None:
    from summariser.checker.features import stem

    assert stem(a) == stem(b)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He didn't go.", ["he", "did", "not", "go"]),
        ("I don't know, G4S can't say.", ["i", "do", "not", "know", "g4s", "ca", "not", "say"]),
        ("he did n't go .", ["he", "did", "not", "go"]),
        ("It's £1.1m -lrb- about $1.4m -rrb-", ["it", "1.1", "m", "about", "1.4", "m"]),
        ("it 's £ 1.1 m", ["it", "1.1", "m"]),
    ],
    ids=["contraction", "dont-code", "ptb-contraction", "money", "ptb-money"],
)
def test_tokeniser_treats_raw_and_tokenised_text_alike(text: str, words: list[str]) -> None:
    from summariser.checker.features import tokenize

    assert [t.norm for t in tokenize(text)] == words


def test_prepared_article_indexes_every_sentence() -> None:
    art = prepare(ARTICLE)
    assert len(art.sentences) == 9
    assert all(ARTICLE[s.start : s.end].strip() for s in art.sentences)
    assert "glasgow" in art.name_words


# ---- evidence mode -------------------------------------------------------------------------


def _summary(claims: list[Claim], **elements: Any) -> Summary:
    meta = Metadata(
        model="test",
        backend="none",
        prompt_version="0",
        article_sha256="0" * 64,
        published=dt.date(2024, 3, 11),
    )
    return Summary(gist="A van was robbed in Glasgow.", claims=claims, metadata=meta, **elements)


def _claim(cid: str, statement: str, *quotes: str) -> Claim:
    return Claim(
        id=cid,
        statement=statement,
        status=ClaimStatus.REPORTED_FACT,
        evidence=[Evidence(quote=q) for q in quotes],
    )


def test_evidence_mode_flags_an_invented_quote() -> None:
    summary = _summary(
        [
            _claim(
                "c1",
                "Three armed men robbed a security van in Glasgow.",
                "Three armed men robbed a security van",
            ),
            _claim(
                "c2", "The robbers fired shots.", "The robbers fired several shots into the air"
            ),
        ]
    )
    report = check(summary, ARTICLE)
    c1, c2 = report.claims
    assert c1.claim_id == "c1" and c1.supported and c1.flags == []
    assert any(s.text == "Three armed men robbed a security van" for s in c1.evidence)
    assert FlagCode.QUOTE_NOT_FOUND in {f.code for f in c2.flags}
    # A claim citing evidence the article lacks is never called supported, and says why.
    assert c2.verdict is Verdict.UNVERIFIED and not c2.supported and c2.warnings == []
    assert not c2.supported
    assert report.supported_share == pytest.approx(0.5)
    assert report.flagged_claims == 1
    assert report.threshold == SUPPORT_THRESHOLD


def test_evidence_lists_a_quoted_whole_sentence_once() -> None:
    sentence = "The bank will reopen on Wednesday, the council confirmed."
    report = check(
        _summary([_claim("c1", "The bank will reopen on Wednesday.", sentence)]), ARTICLE
    )
    spans = [(s.start, s.end) for s in report.claims[0].evidence]
    assert spans == sorted(set(spans), key=spans.index)
    assert [ARTICLE[a:b] for a, b in spans] == [sentence]


def test_evidence_mode_accepts_a_restyled_quote() -> None:
    quote = "WE ARE DETERMINED TO FIND THE PEOPLE RESPONSIBLE"
    summary = _summary([_claim("c1", "Police are determined to find those responsible.", quote)])
    report = check(summary, ARTICLE)
    assert FlagCode.QUOTE_NOT_FOUND not in {f.code for f in report.claims[0].flags}


@pytest.mark.parametrize(
    ("elements", "kind", "code"),
    [
        (
            {"actors": [Actor(id="a1", name="Mary Jones", type=ActorType.PERSON)]},
            "actor",
            FlagCode.ACTOR_NOT_FOUND,
        ),
        ({"dates": [DateRef(id="d1", expression="last Friday")]}, "date", FlagCode.DATE_NOT_FOUND),
        (
            {"sources": [Source(id="s1", name="Scotland Yard", type=SourceType.ORGANISATION)]},
            "source",
            FlagCode.SOURCE_NOT_FOUND,
        ),
        (
            {
                "sources": [
                    Source(id="s1", name="Royal Bank of Scotland", type=SourceType.ORGANISATION)
                ]
            },
            "source",
            FlagCode.SOURCE_NOT_FOUND,
        ),
    ],
    ids=["invented-actor", "invented-date", "invented-source", "source-never-speaks"],
)
def test_evidence_mode_flags_elements_absent_from_the_article(
    elements: dict[str, Any], kind: str, code: FlagCode
) -> None:
    report = check(_summary([], **elements), ARTICLE)
    assert [(e.kind, [f.code for f in e.flags]) for e in report.elements] == [(kind, [code])]


@pytest.mark.parametrize(
    "elements",
    [
        {"actors": [Actor(id="a1", name="Alan Burns", type=ActorType.PERSON)]},
        {"actors": [Actor(id="a1", name="Royal Bank of Scotland", type=ActorType.ORGANISATION)]},
        {"dates": [DateRef(id="d1", expression="Monday")]},
        {"sources": [Source(id="s1", name="Police Scotland", type=SourceType.ORGANISATION)]},
        {"sources": [Source(id="s1", name="Alan Burns", type=SourceType.PERSON)]},
    ],
    ids=["actor", "organisation", "date", "source", "person-source"],
)
def test_evidence_mode_accepts_elements_in_the_article(elements: dict[str, Any]) -> None:
    assert check(_summary([], **elements), ARTICLE).elements == []


def test_evidence_mode_flags_a_date_value_the_normaliser_disagrees_with() -> None:
    # Published Monday 2024-03-11: "on Monday ... police said" is that day.
    wrong = _summary([], dates=[DateRef(id="d1", expression="Monday", value="2024-03-18")])
    right = _summary([], dates=[DateRef(id="d1", expression="Monday", value="2024-03-11")])
    codes = [f.code for e in check(wrong, ARTICLE).elements for f in e.flags]
    assert codes == [FlagCode.DATE_VALUE_MISMATCH]
    assert check(right, ARTICLE).elements == []


def _cited(quote: str, source: str, article: str = ARTICLE) -> Summary:
    start = article.index(quote)
    evidence = Evidence(quote=quote, start=start, end=start + len(quote), text=quote)
    claim = Claim(
        id="c1",
        statement="Somebody said something.",
        status=ClaimStatus.ATTRIBUTED_STATEMENT,
        evidence=[evidence],
        source_id="s1",
    )
    return _summary([claim], sources=[Source(id="s1", name=source, type=SourceType.PERSON)])


@pytest.mark.parametrize(
    ("quote", "source", "flagged"),
    [
        (
            "Detective Inspector Alan Burns said officers were studying CCTV footage",
            "Alan Burns",
            False,
        ),
        ("Police Scotland said no-one had been injured", "Alan Burns", True),
        ("The bank will reopen on Wednesday, the council confirmed.", "Alan Burns", True),
    ],
    ids=["right-speaker", "other-speaker", "other-speaker-inverted"],
)
def test_evidence_mode_checks_the_source_is_the_speaker_of_its_claims_evidence(
    quote: str, source: str, flagged: bool
) -> None:
    codes = [f.code for e in check(_cited(quote, source), ARTICLE).elements for f in e.flags]
    assert codes == ([FlagCode.SOURCE_NOT_FOUND] if flagged else [])


def test_every_flag_code_is_exercised() -> None:
    open_codes = {c[2] for c in CASES if c[2] is not None} | {c[2] for c in BINDING_CASES}
    element_codes = {
        FlagCode.QUOTE_NOT_FOUND,
        FlagCode.ACTOR_NOT_FOUND,
        FlagCode.DATE_NOT_FOUND,
        FlagCode.SOURCE_NOT_FOUND,
        FlagCode.DATE_VALUE_MISMATCH,
    }
    assert open_codes | element_codes == set(FlagCode)


_NAMED = (FlagCode.ENTITY_MISSING, FlagCode.ENTITY_SWAPPED)


def entity_flag_spans(result: ClaimCheck, *, saying: str) -> list[str]:
    """The claim spans of the entity flags whose message contains `saying`."""
    return [
        f.span.text
        for f in [*result.flags, *result.warnings]
        if f.code in _NAMED and saying in f.message and f.span is not None
    ]


ROLE_ARTICLE = (
    "Assimi Goita became interim president in 2021. Russia's Wagner mercenary group, "
    "led by Yevgeny Prigozhin, has been supporting Goita's "
    "administration in Mali. Putin held discussions on trade and security with Mali's leader."
)


@pytest.mark.parametrize(
    ("claim", "swapped"),
    [
        ("Wagner was led by Assimi Goita.", "Goita"),
        ("Wagner was led by Goita.", "Goita"),
        ("Goita led the Wagner group.", "Goita"),
        ("Prigozhin was led by Wagner.", "Wagner"),
        ("Wagner was led by Yevgeny Prigozhin.", None),
        ("The Wagner group was led by Prigozhin.", None),
        ("Prigozhin led the Wagner group.", None),
        ("Wagner, led by Prigozhin, has been supporting Goita's administration.", None),
    ],
    ids=[
        "passive-agent-swapped",
        "passive-agent-swapped-short-name",
        "active-subject-swapped",
        "roles-reversed",
        "passive-agent-right",
        "passive-agent-right-with-noun",
        "active-subject-right",
        "copied-relative-clause",
    ],
)
def test_a_name_put_in_another_names_role_is_flagged(claim: str, swapped: str | None) -> None:
    [result] = check_claims(ROLE_ARTICLE, [claim])
    roles = entity_flag_spans(result, saying="where the")
    if swapped is None:
        assert roles == []
        assert result.supported
    else:
        assert any(swapped in text for text in roles)


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [
        ("The leaders did not discuss security.", True),
        ("The leaders did not discuss football.", False),
    ],
    ids=["nominalised-predicate-affirmed", "different-object"],
)
def test_a_negated_verb_the_evidence_affirms_as_a_noun_is_a_flip(claim: str, flagged: bool) -> None:
    [result] = check_claims(ROLE_ARTICLE, [claim])
    # Only the noun-form test ("states it as a fact"); a negation whose evidence negates nothing
    # is a flag of its own (test_a_negation_its_evidence_does_not_have_is_flagged).
    nominal = [f for f in result.flags if "states it as a fact" in f.message]
    assert all(f.code == FlagCode.NEGATION_FLIP for f in nominal)
    assert bool(nominal) is flagged


def test_the_seed_articles_swapped_roles_and_negation_are_flagged() -> None:
    path = os.path.join(os.path.dirname(__file__), "..", "examples", "putin-mali.txt")
    with open(path, encoding="utf-8") as fh:
        article = fh.read()
    claims = [
        "Wagner was led by Assimi Goita.",
        "Goita led the Wagner group.",
        "Prigozhin was led by Wagner.",
        "The Kremlin said the leaders did not discuss security.",
        "Wagner was led by Yevgeny Prigozhin.",
    ]
    results = check_claims(article, claims)
    codes = [{f.code for f in [*r.flags, *r.warnings]} for r in results]
    named = {FlagCode.ENTITY_MISSING, FlagCode.ENTITY_SWAPPED}
    assert all(c & named for c in codes[:3])
    assert FlagCode.NEGATION_FLIP in codes[3]
    assert not results[0].supported and not results[2].supported and not results[3].supported
    assert results[4].supported and FlagCode.ENTITY_MISSING not in codes[4]
    assert results[1].score < results[4].score


COPY_ARTICLE = """Bobbi Kristina Brown, the daughter of Bobby Brown and Whitney Houston, has \
global brain damage, according to her grandmother.
Though the 22-year-old is no longer in a coma, she remains unresponsive, Cissy Houston said.
She also has a tracheostomy in her throat, the source said.
Promise Tamang has made videos of herself as Elsa from Frozen in her bedroom.
The Scottish Nationalists won 56 seats in the election last May.
The council refused to confirm the cost of the repairs.
Serena Williams is the world No 1 and will face Simona Halep on Thursday.
Alec Stewart, who is close to the incoming ECB director, wants the job.
Kevin Pietersen and Angelina Jolie were seen at the match, and the SNP's leader spoke later."""

_COPIED = (
    "Bobbi Kristina Brown, the daughter of Bobby Brown and Whitney Houston, has global brain "
    "damage, according to her grandmother."
)
_TRACHEOSTOMY = "She also has a tracheostomy in her throat, the source said."

# (id, claim of several sentences, expected flag code or None when every sentence is supported)
MULTI_CASES = [
    (
        "all-sentences-copied",
        f"{_COPIED} Though the 22-year-old is no longer in a coma, she remains unresponsive. "
        f"{_TRACHEOSTOMY}",
        None,
    ),
    (
        "one-number-contradicted",
        f"{_COPIED} Though the 25-year-old is no longer in a coma, she remains unresponsive. "
        f"{_TRACHEOSTOMY}",
        FlagCode.NUMBER_MISMATCH,
    ),
    (
        "one-name-invented",
        f"{_COPIED} Though the 22-year-old is no longer in a coma, she remains unresponsive. "
        "She also has a tracheostomy in her throat, Oprah Winfrey said.",
        FlagCode.ATTRIBUTION_MISMATCH,
    ),
]


@pytest.mark.parametrize(
    ("claim", "expected"), [c[1:] for c in MULTI_CASES], ids=[c[0] for c in MULTI_CASES]
)
def test_a_claim_with_one_contradicted_sentence_is_not_supported(
    claim: str, expected: FlagCode | None
) -> None:
    [whole] = check_claims(COPY_ARTICLE, [claim])
    parts = check_claims(COPY_ARTICLE, split_claims(claim))
    assert len(parts) == 3
    if expected is None:
        assert whole.supported and whole.flags == []
        assert all(p.supported for p in parts)
    else:
        assert expected in {f.code for f in whole.flags}
        assert not whole.supported
        # Two copied sentences do not average the contradicted one away.
        weakest = min(p.score for p in parts)
        assert weakest < SUPPORT_THRESHOLD and whole.score <= weakest


# (id, claim, whether it is flagged as a negation its evidence does not have)
UNMATCHED_NEGATION_CASES = [
    (
        "invented-negation",
        "Alec Stewart has not been approached by the incoming ECB director.",
        True,
    ),
    ("invented-never", "The Scottish Nationalists never took part in the election.", True),
    ("negation-copied", "Cissy Houston said the 22-year-old is no longer in a coma.", False),
    ("negation-paraphrased", "The council did not confirm the cost of the repairs.", False),
    ("number-sign-not-negation", "Serena Williams is the world No 1.", False),
    ("positive-claim", "Alec Stewart is close to the incoming ECB director.", False),
]


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [c[1:] for c in UNMATCHED_NEGATION_CASES],
    ids=[c[0] for c in UNMATCHED_NEGATION_CASES],
)
def test_a_negation_its_evidence_does_not_have_is_flagged(claim: str, flagged: bool) -> None:
    [result] = check_claims(COPY_ARTICLE, [claim])
    negations = [f for f in result.flags if f.code == FlagCode.NEGATION_FLIP]
    assert bool(negations) is flagged
    assert result.supported is not flagged
    for flag in negations:
        assert flag.span is not None and flag.span.text.lower() in {"not", "never", "no"}


# (id, claim, the name flagged as put in another name's place inside a copied stretch, or None)
SWAP_CASES = [
    (
        "name-replaces-film",
        "Promise Tamang has made videos of herself as Elsa from Angelina Jolie in her bedroom.",
        "Angelina Jolie",
    ),
    (
        "name-replaces-description",
        "Alec Stewart, who is close to the incoming Kevin Pietersen, wants the job.",
        "Kevin Pietersen",
    ),
    ("copied-name", "Promise Tamang has made videos of herself as Elsa from Frozen.", None),
    ("acronym-of-the-rival", "The SNP won 56 seats in the election last May.", None),
]


@pytest.mark.parametrize(
    ("claim", "swapped"), [c[1:] for c in SWAP_CASES], ids=[c[0] for c in SWAP_CASES]
)
def test_a_name_swapped_into_a_copied_stretch_is_flagged(claim: str, swapped: str | None) -> None:
    [result] = check_claims(COPY_ARTICLE, [claim])
    swaps = entity_flag_spans(result, saying="supporting sentence has")
    if swapped is None:
        assert swaps == [] and result.supported
    else:
        assert swaps == [swapped] and not result.supported


def test_a_text_passed_as_the_claims_is_refused_in_one_line() -> None:
    # A str is a sequence too: each character would be checked as a claim.
    with pytest.raises(InputError, match="split_claims"):
        check_claims(ROLE_ARTICLE, "Goita led the Wagner group.")  # type: ignore[arg-type]
