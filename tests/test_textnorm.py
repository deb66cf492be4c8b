"""The canonical form (textnorm) read from the shared tokens: tricky texts give the canonical
tokens, a Doc's tokens give what its text gives, and grounding reads the article's Doc."""

from __future__ import annotations

import weakref

import pytest

from summariser import grounding
from summariser.schema import AlignmentStatus
from summariser.text import Doc
from summariser.text import doc as doc_module
from summariser.text import tokens as shared_tokens
from summariser.textnorm import normalise

# text, canonical tokens, the original text of each, "w" for a word token ("." for punctuation)
CASES = [
    (
        "The Kremlin did n't say",
        ["the", "kremlin", "did", "n't", "say"],
        ["The", "Kremlin", "did", "n't", "say"],
        "wwwww",
    ),
    ("didn’t, don`t", ["did", "n't", ",", "do", "n't"], ["did", "n’t", ",", "do", "n`t"], "ww.ww"),
    (
        "-LRB- AP -RRB- said",
        ["(", "ap", ")", "said"],
        ["-LRB-", "AP", "-RRB-", "said"],
        ".w.w",
    ),
    (
        "`` hi '' , he said",
        ['"', "hi", '"', ",", "he", "said"],
        ["``", "hi", "''", ",", "he", "said"],
        ".w..ww",
    ),
    ("Wait . . . and....", ["wait", "...", "and", "..."], ["Wait", ". . .", "and", "...."], "w.w."),
    (
        "the U.S. . Then",
        ["the", "u", ".", "s", "...", "then"],
        ["the", "U", ".", "S", ". .", "Then"],
        "ww.w.w",
    ),
    ("cafe\u0301 ﬁne ¨x", ["café", "fine", "\u0308", "x"], ["cafe\u0301", "ﬁne", "¨", "x"], "ww.w"),
    (
        "a - - b -- c — d",
        ["a", "-", "b", "-", "c", "-", "d"],
        ["a", "- -", "b", "--", "c", "—", "d"],
        "w.w.w.w",
    ),
    (
        "AT&T (R-S.C.)",
        ["at", "&", "t", "(", "r", "-", "s", ".", "c", ".", ")"],
        ["AT", "&", "T", "(", "R", "-", "S", ".", "C", ".", ")"],
        "w.w.w.w.w..",
    ),
    (
        "(Reuters) Mr. Smith",
        ["(", "reuters", ")", "mr", ".", "smith"],
        ["(", "Reuters", ")", "Mr", ".", "Smith"],
        ".w.w.w",
    ),
    ("Mali's 's ’S", ["mali", "'s", "'s", "'s"], ["Mali", "'s", "'s", "’S"], "wwww"),
    (
        "İstanbul’s “hi”…",
        ["i\u0307stanbul", "'s", '"', "hi", '"', "..."],
        ["İstanbul", "’s", "“", "hi", "”", "…"],
        "ww.w..",
    ),
    (
        "foo_bar 25-year-old 1,000",
        ["foo", "_", "bar", "25", "-", "year", "-", "old", "1", ",", "000"],
        ["foo", "_", "bar", "25", "-", "year", "-", "old", "1", ",", "000"],
        "w.ww.w.ww.w",
    ),
]
IDS = [
    "ptb-nt",
    "nt-apostrophe-styles",
    "ptb-brackets",
    "ptb-quotes",
    "spaced-and-long-ellipses",
    "acronym-then-spaced-dots",
    "marks-and-nfkc",
    "dashes-merge",
    "amp-and-affiliation",
    "agency-and-title",
    "clitics",
    "expanding-lowercase",
    "underscore-hyphen-number",
]


@pytest.mark.parametrize(("text", "canonical", "pieces", "kinds"), CASES, ids=IDS)
def test_tricky_texts_give_the_canonical_tokens(
    text: str, canonical: list[str], pieces: list[str], kinds: str
) -> None:
    nt = normalise(text)
    assert nt.texts == canonical
    assert [text[s:e] for s, e in zip(nt.starts, nt.ends, strict=True)] == pieces
    assert "".join("w" if w else "." for w in nt.is_word) == kinds
    assert nt.norm == " ".join(canonical)


@pytest.mark.parametrize("text", [c[0] for c in CASES], ids=IDS)
def test_a_docs_shared_tokens_give_what_its_text_gives(text: str) -> None:
    doc = Doc(text)
    doc.lowers  # noqa: B018 - made by an engine before the canonical form is asked for
    from_doc, from_text = normalise(doc), normalise(text)
    for field in ("norm", "texts", "starts", "ends", "norm_starts", "is_word", "original"):
        assert getattr(from_doc, field) == getattr(from_text, field)


ARTICLE = (
    "Mali’s leader didn’t say “hi” — ok… The U.S. . . . envoy (AP) met Goi\u0308ta, "
    "a ﬁne -LRB- rare -RRB- day."
)


def test_grounding_reads_the_articles_doc_without_tokenising_it_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = Doc(ARTICLE)
    doc.lowers  # noqa: B018 - the engines have read the article
    expected = normalise(ARTICLE)

    def no_tokenising(text: str) -> object:
        raise AssertionError(f"tokenised again: {text[:30]!r}")

    monkeypatch.setattr(doc_module, "tokenize", no_tokenising)
    monkeypatch.setattr(shared_tokens, "tokenize", no_tokenising)
    prepared = grounding.prepare(doc)
    assert prepared is grounding.prepare(doc)  # kept on the Doc
    assert prepared.normalised.texts == expected.texts
    assert prepared.normalised.starts == expected.starts


def test_a_prepared_text_kept_on_a_doc_does_not_keep_the_doc_alive() -> None:
    doc = Doc(ARTICLE)
    prepared = grounding.prepare(doc)
    gone = weakref.ref(doc)
    del doc
    assert gone() is None  # no cycle through the Doc's views: freed at once
    # Built after its Doc is gone: read from the text instead, to the same canonical form.
    assert prepared.normalised.texts == normalise(ARTICLE).texts
    found = grounding.align_quote("mali 's leader did n't say", prepared)
    assert found.status is AlignmentStatus.NORMALISED
    assert ARTICLE[found.start : found.end] == "Mali’s leader didn’t say"
