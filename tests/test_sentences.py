"""The one sentence splitter (summariser.text.sentences) and the views its readers take of it:
the prompt's S1, S2, ... (article.split_sentences) and the checker's sentences."""

from __future__ import annotations

import bisect

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summariser.analysis import analyse
from summariser.article import split_sentences
from summariser.checker.sentences import _RUN_ON_WORD, _ends_caption, _run_ons, sentence_tokens
from summariser.checker.sentences import split_sentences as checker_sentences
from summariser.text import Doc
from summariser.text.sentence_view import sentences_of
from summariser.text.sentences import Rules, one_sentence, split


def shared(text: str) -> list[str]:
    doc = Doc(text)
    return [text[doc.starts[lo] : doc.ends[hi - 1]] for lo, hi, _ in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'He closed the "port" used to hijack it. "for the love of god, close it," he wrote.',
            [
                'He closed the "port" used to hijack it.',
                '"for the love of god, close it," he wrote.',
            ],
        ),
        (
            'He said: "here is our top dish. "we cannot bring chefs over."',
            ['He said: "here is our top dish.', '"we cannot bring chefs over."'],
        ),
        (
            "She was called a 'gold digger.' He apologised.",
            ["She was called a 'gold digger.'", "He apologised."],
        ),
        ("Barca paid £48.6m for him. He scored.", ["Barca paid £48.6m for him.", "He scored."]),
        (
            'The four were "Over the Rainbow" (by E.Y "Yip" Harburg) and more.',
            ['The four were "Over the Rainbow" (by E.Y "Yip" Harburg) and more.'],
        ),
        (
            "Lindsey Graham, R-S.C., now says so. He left.",
            ["Lindsey Graham, R-S.C., now says so.", "He left."],
        ),
        (
            "He was boxed in at Northeast D.C. The barricade caused a crash.",
            ["He was boxed in at Northeast D.C.", "The barricade caused a crash."],
        ),
        (
            "U.S. National Security Council spokesman P.J. Crowley said so.",
            ["U.S. National Security Council spokesman P.J. Crowley said so."],
        ),
        ("Apple Inc. But the firm said no.", ["Apple Inc.", "But the firm said no."]),
        (
            "It was opened before diplomats.Nikolai Primak said so.",
            ["It was opened before diplomats.", "Nikolai Primak said so."],
        ),
    ],
    ids=[
        "a-quote-after-a-space-opens-the-next-sentence",
        "an-unclosed-quotation-ends-at-the-next-one",
        "a-single-quote-touching-the-stop-closes",
        "no-end-inside-a-number",
        "no-end-after-an-initial",
        "no-end-after-a-hyphened-initial",
        "an-acronym-ends-before-a-closed-class-word",
        "an-acronym-before-a-name-ends-nothing",
        "an-abbreviation-ends-before-a-conjunction",
        "a-capital-touching-the-stop-opens",
    ],
)
def test_the_shared_splitter_ends_sentences(text: str, expected: list[str]) -> None:
    assert shared(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Law and Justice was unable to form a\ngovernment. The mayor resigned.",
            ["Law and Justice was unable to form a\ngovernment.", "The mayor resigned."],
        ),
        (
            "The talks, held in\nsecret, ended.\nIt rained.",
            ["The talks, held in\nsecret, ended.", "It rained."],
        ),
        # a line that ends a sentence or leads in a list, or a next line in capitals, breaks
        ("He resigned.\nthe council met.", ["He resigned.", "the council met."]),
        ("Results:\nsmith won.", ["Results:", "smith won."]),
        ("Squad\nJavier Pertile, Paolo Vaccari.", ["Squad", "Javier Pertile, Paolo Vaccari."]),
    ],
    ids=["a-wrapped-line", "a-wrap-after-a-word", "an-ended-line", "a-lead-in", "a-capital"],
)
def test_a_line_wrapped_inside_a_sentence_does_not_end_it(text: str, expected: list[str]) -> None:
    assert shared(text) == expected


def test_the_checker_reads_a_wrapped_sentence_whole() -> None:
    from summariser.checker import check_claims
    from summariser.report import Verdict

    text = "Law and Justice won the vote but was unable to form a\ngovernment.\nThe mayor resigned."
    [result] = check_claims(text, ["Law and Justice formed a government."])
    assert result.verdict is Verdict.CONTRADICTED, result.flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he said . the next one .", ["he said .", "the next one ."]),
        (
            "mr. smith went to the u.s. yesterday . he left .",
            ["mr. smith went to the u.s. yesterday .", "he left ."],
        ),
        ("see bbc.co.uk for more . it is there .", ["see bbc.co.uk for more .", "it is there ."]),
        (
            "he did n't go . `` yes , '' he said . the end .",
            ["he did n't go .", "`` yes , '' he said .", "the end ."],
        ),
    ],
    ids=["any-word-opens", "titles-and-letters-keep-their-stop", "no-end-inside-an-address", "ptb"],
)
def test_a_text_without_capitals_is_split_by_its_spaces_and_stops(
    text: str, expected: list[str]
) -> None:
    doc = Doc(text)
    found = split(text, doc.starts, doc.words, doc.lowers, rules=Rules(cased=False)).sentences
    assert [text[doc.starts[lo] : doc.ends[hi - 1]] for lo, hi, _ in found] == expected
    assert [text[s:e] for s, e in checker_sentences(text)] == expected
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "begin", "expected"),
    [
        (
            "Headline without a stop\nThe story starts here. It goes on.",
            0,
            ["Headline without a stop", "The story starts here.", "It goes on."],
        ),
        (
            "WASHINGTON, March 3, 2020 — The senate voted. It passed.",
            25,
            ["— The senate voted.", "It passed."],
        ),
        ("  Padded.  \n\n  Lines.  ", 0, ["Padded.", "Lines."]),
        ("", 0, []),
    ],
    ids=["a-headline-line-is-its-own-sentence", "begin-cuts-a-sentence", "trimmed", "empty"],
)
def test_prompt_sentences_are_the_shared_sentences_numbered(
    text: str, begin: int, expected: list[str]
) -> None:
    sentences = split_sentences(text, begin=begin)
    assert [s.text for s in sentences] == expected
    assert [s.id for s in sentences] == [f"S{k}" for k in range(1, len(expected) + 1)]
    assert all(text[s.span.start : s.span.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was opened before diplomats.Nikolai Primak said so. Then he left.",
            ["It was opened before diplomats.Nikolai Primak said so.", "Then he left."],
        ),
        (
            "Smith missed the match Picture above His team lost. He said so.",
            ["Smith missed the match Picture above", "His team lost.", "He said so."],
        ),
        ("He joined The Beatles in 1960.", ["He joined The Beatles in 1960."]),
    ],
    ids=["no-start-right-after-a-stop", "a-caption-run-on-is-cut", "a-title-is-no-run-on"],
)
def test_checker_sentences_are_the_shared_sentences_with_its_rules(
    text: str, expected: list[str]
) -> None:
    assert [text[s:e] for s, e in checker_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("Headline\nThe U.S. said so. It was done.", True),
        ("It was opened before diplomats.Nikolai spoke.", False),
        ("he said . the next one .", False),
    ],
    ids=["cased-spaced", "a-start-touching-a-stop", "uncased"],
)
def test_the_checker_reads_the_docs_own_sentences_unless_its_rules_differ_there(
    text: str, shared: bool
) -> None:
    doc = Doc(text)
    made = doc.sentences  # (split for another engine first)
    assert (sentences_of(doc, touching=False) is made) is shared
    fresh = Doc(text)  # split by the checker's rules alone: the same sentences
    assert sentences_of(fresh, touching=False) == sentences_of(doc, touching=False)
    assert not fresh.split_made


def test_each_reader_splits_a_doc_once_and_keeps_its_view() -> None:
    text = "Headline\nThe U.S. said so. It was opened before diplomats.Nikolai spoke."
    doc = Doc(text)
    assert sentences_of(doc) is doc.sentences  # a cased text: the Doc's own sentences
    first = sentence_tokens(doc)
    assert sentence_tokens(doc) is first
    assert [s.text for s in split_sentences(doc)] == [s.text for s in split_sentences(text)]
    analysis = analyse(doc.text)
    assert [s.text for s in analysis.sentences] == [s.text for s in split_sentences(text)]


# Pieces of text for the splitter's one-sentence test: words that make titles, initials,
# acronyms and openers, every ender, quotation mark and closer, and every kind of space.
_WORDS = ["Mr", "U", "S", "A", "the", "The", "He", "said", "5", "3", "mid", "Vt", "(R-S", "so"]
_ENDS = [".", "!", "?", "…", "...", ".."]
_MARKS = ['"', "'", "“", "”", "‘", "’", "(", ")", "[", "]", "``", "''", "-", ",", ":"]
_SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\r\n", ""]
_TAILS = [".", '."', ".'", ".”", ".’", ".)", "?!", "!”", "...", "…", '.")', "", "'", "]"]


def _text(pieces: list[str], gaps: list[str]) -> str:
    """The pieces, each followed by its gap (a space when the gaps run out)."""
    return "".join(p + (gaps[k] if k < len(gaps) else " ") for k, p in enumerate(pieces))


def _split_offsets(text: str, rules: Rules) -> list[tuple[int, int]]:
    doc = Doc(text)
    found = split(text, doc.starts, doc.words, doc.lowers, rules=rules).sentences
    return [(doc.starts[lo], doc.ends[hi - 1]) for lo, hi, _ in found]


_ANY_PIECE = st.sampled_from(_WORDS + _ENDS + _MARKS)
_RULES = [Rules(cased=c, touching=t) for c in (True, False) for t in (True, False)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_ANY_PIECE, max_size=14),
    st.lists(st.sampled_from(_SPACES), max_size=14),
    st.text(alphabet=".!?…\"'”’)]([“‘,`-:A5", max_size=4),  # a tail, maybe one that opens
)
@example(["so"], [""], ".(").via("a mark that opens a sentence, touching the stop")
@example(["so"], [""], ".‘").via("an opening quotation mark")
@example(["so"], [""], '."A').via("a capital after the closers")
def test_a_text_proved_one_sentence_is_one_sentence_for_the_splitter(
    pieces: list[str], gaps: list[str], tail: str
) -> None:
    text = _text(pieces, gaps).rstrip() + tail
    one = one_sentence(text)
    if one is not None:
        for rules in _RULES:
            assert _split_offsets(text, rules) == [one], rules
    # The checker's view (a caption's run-on, split rules of its own) agrees with its full split.
    doc = Doc(text)
    full = [(doc.starts[lo], doc.ends[hi - 1]) for lo, hi in sentence_tokens(doc)]
    assert checker_sentences(text) == full


@settings(max_examples=400, deadline=None, database=None, derandomize=True)
@given(
    st.lists(st.sampled_from(_WORDS + _ENDS + _MARKS), max_size=14),
    st.lists(st.sampled_from(_SPACES), max_size=14),
)
def test_a_reader_splitting_a_fresh_doc_by_its_rules_gets_what_the_shared_split_gives(
    pieces: list[str], gaps: list[str]
) -> None:
    text = _text(pieces, gaps)
    shared = Doc(text)
    assert shared.sentences is not None  # (split first with the Doc's own rules)
    fresh = Doc(text)
    for touching in (False, True):  # (the fresh Doc read first by the checker's rules)
        assert sentences_of(fresh, touching=touching) == sentences_of(shared, touching=touching)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS + _MARKS), min_size=1, max_size=14),
    st.lists(st.sampled_from([" ", "", "  ", "\t"]), max_size=14),
    st.sampled_from(_TAILS),
    st.sampled_from(["", " ", "\n", " \n "]),
)
def test_a_text_with_enders_only_in_its_tail_is_proved_one_sentence(
    pieces: list[str], gaps: list[str], tail: str, around: str
) -> None:
    text = around + _text(pieces, gaps) + tail + around
    one = one_sentence(text)
    assert one is not None
    for rules in _RULES:
        assert _split_offsets(text, rules) == [one], rules


@pytest.mark.parametrize(
    "text",
    [
        "He said so. It was done.",
        "Mr. Smith went",
        "He said so\nIt was done",
        "the u.s. said so .",
        "It cost 3.5m",
        "  ",
        "",
    ],
    ids=["two-sentences", "a-title", "two-lines", "an-acronym", "a-decimal", "spaces", "empty"],
)
def test_a_text_with_an_ender_before_its_tail_is_not_proved_one_sentence(text: str) -> None:
    assert one_sentence(text) is None


def _run_ons_by_scan(doc: Doc) -> list[int]:
    """The caption run-ons as the pattern's scan of the text finds them (the tokens where a
    match starts, after a space and a stretch that can end a caption)."""
    starts, ends = doc.starts, doc.ends
    out = []
    for m in _RUN_ON_WORD.finditer(doc.text):
        k = bisect.bisect_left(starts, m.start())
        if 0 < k < len(starts) and starts[k] == m.start() and ends[k - 1] < starts[k]:
            first = k - 1
            while first > 0 and ends[first - 1] == starts[first]:
                first -= 1
            if _ends_caption(doc.text[starts[first] : ends[k - 1]]):
                out.append(k)
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the monuments The concrete arrows", [2]),
        ("the monuments They 5 arrows", [2]),
        ("the monuments The Concrete arrows", []),  # (a title: a capital after it)
        ("from The Spice Girls", []),
        ("the monuments, The concrete", []),  # (after a comma: no caption's end)
        ("the monuments (The concrete", []),  # (touching a bracket)
        ("the monuments Theme parks", []),
        ("the monumentsThe concrete", []),  # (inside a word)
        ("the monuments The", []),  # (nothing after it)
        ("the monuments The\u00a0concrete", [2]),
        ("the monuments The-concrete", []),
        ("the monuments The É", []),  # (not an ASCII lower-case letter or digit)
    ],
)
def test_a_captions_run_on_starts_at_an_opener_token_before_a_lower_case_word(
    text: str, expected: list[int]
) -> None:
    doc = Doc(text)
    assert _run_ons(doc) == expected == _run_ons_by_scan(doc)


@settings(max_examples=500, deadline=None, database=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from(_WORDS + _MARKS + ["They", "Their", "Now", "arrows", "BThe", "é", "_"]),
        max_size=14,
    ),
    st.lists(st.sampled_from(_SPACES), max_size=14),
)
def test_the_run_ons_found_among_the_tokens_are_those_the_patterns_scan_finds(
    pieces: list[str], gaps: list[str]
) -> None:
    doc = Doc(_text(pieces, gaps))
    assert _run_ons(doc) == _run_ons_by_scan(doc)


def test_an_article_wrapped_at_72_columns_reads_as_the_same_article() -> None:
    import re
    import textwrap
    from pathlib import Path

    seed = Path(__file__).resolve().parents[1] / "examples" / "putin-mali.txt"
    paragraphs = [p for p in seed.read_text(encoding="utf-8").split("\n") if p.strip()]
    flat = "\n\n".join(paragraphs)
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    assert wrapped.count("\n") > flat.count("\n") + 10

    def read(text: str) -> dict[str, list[str]]:
        found = analyse(text)
        return {
            kind: sorted(
                re.sub(r"start=\d+, end=\d+, ", "", str(x)).replace("\\n", " ").replace("\n", " ")
                for x in getattr(found, kind)
            )
            for kind in ("actors", "dates", "attributions")
        }

    assert read(wrapped) == read(flat)
    assert len(shared(wrapped)) == len(shared(flat))
