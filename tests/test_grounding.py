"""Evidence-quote alignment: exact, normalised, fuzzy and not-found quotes slice back correctly."""

from __future__ import annotations

import importlib.util

import pytest

from summariser.grounding import (
    FUZZY_THRESHOLD,
    Alignment,
    align_evidence,
    align_quote,
    prepare,
)
from summariser.schema import AlignmentStatus, Evidence
from summariser.textnorm import is_word_boundary, normalise, normalise_with_map, tokenize

EXACT = AlignmentStatus.EXACT
NORMALISED = AlignmentStatus.NORMALISED
FUZZY = AlignmentStatus.FUZZY
NOT_FOUND = AlignmentStatus.NOT_FOUND

ARTICLE = (
    "date 2023-10-10 Russian President Vladimir Putin held discussions on trade and security "
    "with Mali’s leader in their third phone conversation in less than two months, as confirmed "
    "by the Kremlin.\n\n"
    "Assimi Goïta, a special forces commander, played a significant role in a military coup "
    "in 2020 — and later assumed the “interim presidency”. The Kremlin didn't say when the "
    "leaders would meet.\n"
    "Wagner’s fighters (about 1,000 of them) have been in Mali since 2021, officials said."
)

# The same text as the datasets ship it: lowercased and PTB-tokenised.
TOKENISED = (
    "russian president vladimir putin held discussions on trade and security with mali 's "
    "leader in their third phone conversation in less than two months , as confirmed by the "
    "kremlin .\nthe kremlin did n't say when the leaders would meet .\n"
    "wagner 's fighters -lrb- about 1,000 of them -rrb- have been in mali since 2021 , "
    "officials said . `` we are here to stay , '' a commander said ."
)


def assert_slices_back(article: str, quote: str, al: Alignment) -> None:
    """The invariant every aligned quote must satisfy."""
    assert al.start is not None and al.end is not None
    assert 0 <= al.start < al.end <= len(article)
    assert is_word_boundary(article, al.start) and is_word_boundary(article, al.end)
    assert article[al.start : al.end] == article[al.start : al.end].strip()
    if al.status is EXACT:
        assert article[al.start : al.end] == quote
        assert al.similarity == 1.0


# (quote, expected status, expected aligned article text)
CASES = [
    ("Vladimir Putin held discussions", EXACT, "Vladimir Putin held discussions"),
    ("Mali’s leader", EXACT, "Mali’s leader"),
    ("vladimir putin HELD discussions", NORMALISED, "Vladimir Putin held discussions"),
    ("Vladimir  Putin\nheld\tdiscussions", NORMALISED, "Vladimir Putin held discussions"),
    ("Mali's leader", NORMALISED, "Mali’s leader"),
    ('the "interim presidency"', NORMALISED, "the “interim presidency”"),
    ("in 2020 - and later", NORMALISED, "in 2020 — and later"),
    ("in 2020 -- and later", NORMALISED, "in 2020 — and later"),
    ("in 2020 – and later", NORMALISED, "in 2020 — and later"),
    ("Assimi Goi\u0308ta", NORMALISED, "Assimi Goïta"),  # combining diaeresis (NFD) vs NFC
    ("Ｖｌａｄｉｍｉｒ Putin", NORMALISED, "Vladimir Putin"),  # full-width letters (NFKC)
    ("The Kremlin did n't say", NORMALISED, "The Kremlin didn't say"),
    ("wagner 's fighters -lrb- about 1,000", NORMALISED, "Wagner’s fighters (about 1,000"),
    ('"Putin held discussions on trade."', NORMALISED, "Putin held discussions on trade"),
    ("…played a significant role...", NORMALISED, "played a significant role"),
    ("months, as confirmed by the Kremlin", EXACT, "months, as confirmed by the Kremlin"),
    ("months , as confirmed by the kremlin", NORMALISED, "months, as confirmed by the Kremlin"),
    (
        "Putin held talks on trade and security with Mali’s leader",
        FUZZY,
        "Putin held discussions on trade and security with Mali’s leader",
    ),
    (
        "Putin held discussions on trade with Mali’s leader in their third phone conversation",
        FUZZY,
        "Putin held discussions on trade and security with Mali’s leader in their third phone "
        "conversation",
    ),
    (
        "a special forces commander played a role in a military coup in 2020",
        FUZZY,
        "a special forces commander, played a significant role in a military coup in 2020",
    ),
    ("Vladimir Putn held discussions", FUZZY, "Vladimir Putin held discussions"),
    (
        "Assimi Goïta ... played a significant role",
        FUZZY,
        "Assimi Goïta, a special forces commander, played a significant role",
    ),
    ("The Kremlin denied that Wagner ever operated in Niger last year.", NOT_FOUND, None),
    ("Joe Biden visited Kyiv to announce new sanctions on Moscow", NOT_FOUND, None),
    ("France sent troops", NOT_FOUND, None),
    ("Goïta thanked the Kremlin for its support on social media", NOT_FOUND, None),
    ("ussian Preside", FUZZY, "Russian President"),  # never aligned to half a word
    ("", NOT_FOUND, None),
    ("   \n ", NOT_FOUND, None),
    (". , —", NOT_FOUND, None),
    (" Putin held discussions\n", NORMALISED, "Putin held discussions"),
    (
        ARTICLE + " Then the French president flew to Bamako for talks with the junta.",
        FUZZY,
        ARTICLE[:-1],
    ),
    (ARTICLE + " " + ARTICLE, NOT_FOUND, None),
]
CASE_IDS = [
    "exact",
    "exact-curly-apostrophe",
    "case",
    "whitespace-newline-tab",
    "straight-vs-curly-apostrophe",
    "straight-vs-curly-double-quotes",
    "hyphen-vs-em-dash",
    "double-hyphen-vs-em-dash",
    "en-dash-vs-em-dash",
    "nfd-vs-nfc",
    "nfkc-fullwidth",
    "tokenised-quote-raw-article-nt",
    "tokenised-quote-lrb",
    "quote-marks-and-full-stop-around",
    "leading-trailing-ellipses",
    "exact-with-comma",
    "tokenised-space-before-comma",
    "fuzzy-word-changed",
    "fuzzy-words-dropped",
    "partial-words-dropped-and-changed",
    "fuzzy-misspelt-name",
    "inner-ellipsis-elision",
    "invented-sentence",
    "invented-other-topic",
    "invented-short",
    "loose-paraphrase",
    "fragment-snapped-to-whole-words",
    "empty",
    "whitespace-only",
    "punctuation-only",
    "surrounding-whitespace",
    "longer-than-article-by-a-sentence",
    "twice-the-article",
]


@pytest.mark.parametrize(("quote", "status", "expected"), CASES, ids=CASE_IDS)
def test_quote_aligns_with_expected_status_and_text(
    quote: str, status: AlignmentStatus, expected: str | None
) -> None:
    al = align_quote(quote, ARTICLE)
    assert al.status is status, (al, ARTICLE[al.start : al.end] if al.start is not None else None)
    if status is NOT_FOUND:
        assert al.start is None and al.end is None
        assert al.similarity < FUZZY_THRESHOLD
        return
    assert_slices_back(ARTICLE, quote, al)
    assert ARTICLE[al.start : al.end] == expected
    if status is NORMALISED:
        assert al.similarity == 1.0
    if status is FUZZY:
        assert FUZZY_THRESHOLD <= al.similarity <= 1.0


TOKENISED_CASES = [
    ("Mali’s leader", "mali 's leader"),
    ("The Kremlin didn't say when", "the kremlin did n't say when"),
    (
        "Wagner's fighters (about 1,000 of them)",
        "wagner 's fighters -lrb- about 1,000 of them -rrb-",
    ),
    ("months, as confirmed by the Kremlin.", "months , as confirmed by the kremlin ."),
    ("“We are here to stay,” a commander said.", "`` we are here to stay , '' a commander said ."),
]


@pytest.mark.parametrize(
    ("quote", "expected"),
    TOKENISED_CASES,
    ids=["clitic-s", "negation-nt", "ptb-brackets", "space-before-punct", "ptb-quotes"],
)
def test_raw_quote_aligns_to_tokenised_lowercased_article(quote: str, expected: str) -> None:
    al = align_quote(quote, TOKENISED)
    assert al.status is NORMALISED
    assert_slices_back(TOKENISED, quote, al)
    assert TOKENISED[al.start : al.end] == expected


def test_repeated_quote_takes_first_occurrence() -> None:
    article = "The Kremlin said so. Later, the Kremlin said so again. THE KREMLIN SAID SO."
    exact = align_quote("the Kremlin said so", article)
    assert (exact.status, exact.start) == (EXACT, article.index("the Kremlin said so"))
    normalised = align_quote("the kremlin said so", article)
    assert (normalised.status, normalised.start) == (NORMALISED, 0)
    fuzzy = align_quote("the Kremlin says so", article)
    assert (fuzzy.status, fuzzy.start) == (FUZZY, 0)


def test_exact_match_inside_a_word_is_skipped_for_a_whole_word_one() -> None:
    article = "Trumpet players met Trump."
    al = align_quote("Trump", article)
    assert al.status is EXACT
    assert al.start == article.index("Trump.")


def test_prepared_article_gives_the_same_alignments_as_raw_text() -> None:
    prepared = prepare(ARTICLE)
    for quote, _, _ in CASES:
        assert align_quote(quote, prepared) == align_quote(quote, ARTICLE)


def test_alignment_is_deterministic() -> None:
    quotes = [c[0] for c in CASES]
    first = [align_quote(q, ARTICLE) for q in quotes]
    second = [align_quote(q, prepare(ARTICLE)) for q in reversed(quotes)]
    assert first == list(reversed(second))


def test_threshold_decides_between_fuzzy_and_not_found() -> None:
    quote = "Putin held talks on trade and security with Mali’s leader"
    lenient = align_quote(quote, ARTICLE, fuzzy_threshold=0.5)
    strict = align_quote(quote, ARTICLE, fuzzy_threshold=0.99)
    assert lenient.status is FUZZY
    assert strict.status is NOT_FOUND
    assert strict.similarity == lenient.similarity  # the near miss is still reported


@pytest.mark.parametrize(
    ("quote", "status"),
    [
        ("Vladimir Putin held discussions", EXACT),
        ("vladimir putin held discussions", NORMALISED),
        ("Putin held talks on trade and security", FUZZY),
        ("Nobody expected the Spanish inquisition", NOT_FOUND),
    ],
    ids=["exact", "normalised", "fuzzy", "not-found"],
)
def test_align_evidence_fills_offsets_and_text(quote: str, status: AlignmentStatus) -> None:
    ev = align_evidence(Evidence(quote=quote), prepare(ARTICLE))
    assert ev.quote == quote
    assert ev.status is status
    if status is NOT_FOUND:
        assert (ev.start, ev.end, ev.text) == (None, None, None)
    else:
        assert ev.start is not None and ev.end is not None
        assert ev.text == ARTICLE[ev.start : ev.end]
        assert 0.0 < ev.similarity <= 1.0


@pytest.mark.parametrize(
    ("raw", "tokenised"),
    [
        ("Mali’s leader didn’t say “hi” — ok…", "mali 's leader did n't say `` hi '' -- ok . . ."),
        ("Wagner (AP) can't", "wagner -lrb- ap -rrb- ca n't"),
        ("Goi\u0308ta,  ﬁne", "goïta , fine"),
    ],
    ids=["quotes-dashes-ellipsis", "ptb-brackets-cant", "nfkc-and-spacing"],
)
def test_raw_and_tokenised_text_normalise_identically(raw: str, tokenised: str) -> None:
    assert normalise(raw).norm == normalise(tokenised).norm


def test_offset_map_points_into_the_original() -> None:
    norm, starts = normalise_with_map(ARTICLE)
    assert len(starts) == len(norm)
    assert starts == sorted(starts)
    for i, ch in enumerate(norm):
        if ch.isascii() and ch.isalpha():
            assert ARTICLE[starts[i]].lower() == ch


def test_tokenize_returns_words_with_original_offsets() -> None:
    text = "Mali’s leader didn't (AP)."
    tokens = tokenize(text)
    assert [t[0] for t in tokens] == ["mali", "'s", "leader", "did", "n't", "ap"]
    assert [text[s:e] for _, s, e in tokens] == ["Mali", "’s", "leader", "did", "n't", "AP"]


HAS_HYPOTHESIS = importlib.util.find_spec("hypothesis") is not None

if HAS_HYPOTHESIS:
    from hypothesis import assume, given, settings
    from hypothesis import strategies as st

    WORDS = ["Putin", "Mali", "said", "the", "Kremlin", "don't", "“talks”", "—", "1,000", "ﬁne"]

    # Derandomised: CI must give the same verdict on every run.
    @settings(max_examples=150, deadline=None, database=None, derandomize=True)
    @given(
        words=st.lists(st.sampled_from(WORDS), min_size=3, max_size=25),
        seps=st.lists(st.sampled_from([" ", "  ", "\n", ", ", ". "]), min_size=25, max_size=25),
        bounds=st.tuples(st.integers(0, 24), st.integers(0, 24)),
    )
    def test_property_any_word_span_of_the_article_slices_back(
        words: list[str], seps: list[str], bounds: tuple[int, int]
    ) -> None:
        starts, ends, article = [], [], ""
        for word, sep in zip(words, seps, strict=False):
            starts.append(len(article))
            article += word
            ends.append(len(article))
            article += sep
        i, j = (min(b, len(words) - 1) for b in sorted(bounds))
        quote = article[starts[i] : ends[j]]
        assume(any(c.isalnum() for c in quote))  # punctuation-only quotes are never aligned
        variants = {
            quote: EXACT,
            quote.upper(): NORMALISED,
            " ".join(quote.split()): NORMALISED,
            quote.replace("’", "'").replace("“", '"').replace("—", "-"): NORMALISED,
        }
        for q, status in variants.items():
            al = align_quote(q, article)
            # A restyled variant may itself occur verbatim elsewhere ("Putin  Putin Putin").
            expected = {EXACT} if q == quote else {status, EXACT} if q in article else {status}
            assert al.status in expected
            assert_slices_back(article, q, al)
            # normalised text equal to the quote's: the first occurrence of that text is chosen
            assert normalise(article[al.start : al.end]).norm == normalise(q).norm
