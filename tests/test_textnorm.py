"""The canonical form (textnorm) read from the shared tokens: tricky texts give the canonical
tokens, a Doc's tokens give what its text gives, and grounding reads the article's Doc."""

from __future__ import annotations

import json
import weakref
from pathlib import Path
from typing import Any

import pytest

from summariser import grounding
from summariser.schema import AlignmentStatus
from summariser.text import Doc
from summariser.text import doc as doc_module
from summariser.text import tokens as shared_tokens
from summariser.textnorm import normalise

DATA = Path(__file__).parent / "data"

CASES = [
    json.loads(line)
    for line in (DATA / "textnorm" / "cases.jsonl").read_text(encoding="utf-8").splitlines()
]
IDS = [case["id"] for case in CASES]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_tricky_texts_give_the_canonical_tokens(case: dict[str, Any]) -> None:
    text = case["text"]
    nt = normalise(text)
    assert nt.norm == case["canonical"]
    assert nt.texts == case["canonical"].split(" ")
    assert [text[s:e] for s, e in zip(nt.starts, nt.ends, strict=True)] == case["pieces"]
    assert "".join("w" if w else "." for w in nt.is_word) == case["kinds"]


@pytest.mark.parametrize("text", [case["text"] for case in CASES], ids=IDS)
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
