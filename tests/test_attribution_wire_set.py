"""The hand-annotated attribution sets: their markup reads into PolNeAR-style spans, and each
committed .jsonl is what its annotation source builds (so the two cannot drift apart)."""

from __future__ import annotations

import json

import pytest

from benchmarks.attribution_wire import SETS, MarkupError, article_row, parse


@pytest.mark.parametrize("name", sorted(SETS))
def test_committed_rows_are_built_from_the_annotation_source(name: str) -> None:
    source, output = SETS[name]
    built = parse(source.read_text(encoding="utf-8"))
    committed = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert built == committed


def _roles(marked: str) -> list[tuple[str | None, str, str | None]]:
    row = article_row("t", marked)

    def text(role: dict[str, object] | None) -> str | None:
        if role is None:
            return None
        fragments = role["fragments"]
        assert isinstance(fragments, list)
        return " | ".join(str(piece["text"]) for piece in fragments)

    return [
        (text(a["source"]), str(text(a["cue"])), text(a["content"])) for a in row["attributions"]
    ]


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        ("{S1:She} {C1:said} {Q1:it rained}.", [("She", "said", "it rained")]),
        # a quote broken by its speaker is one content in two fragments
        (
            '{Q1:"No,"} {S1:he} {C1:said}. {Q1:"Never."}',
            [("he", "said", '"No," | "Never."')],
        ),
        # one subject shared by two cues; an attribution inside a content
        (
            "{S1:{S2:Staff}} {C1:said} {Q1:{S3:Ann} {C3:knew}} and {C2:added} {Q2:more}.",
            [("Staff", "said", "Ann knew"), ("Staff", "added", "more"), ("Ann", "knew", None)],
        ),
        # no source: kept, with a null source
        (
            "{C1:It is understood} that {Q1:talks failed}.",
            [(None, "It is understood", "talks failed")],
        ),
    ],
)
def test_markup_reads_into_roles(
    marked: str, expected: list[tuple[str | None, str, str | None]]
) -> None:
    assert _roles(marked) == expected


def test_text_keeps_no_markup() -> None:
    assert article_row("t", "{S1:She} {C1:said} {Q1:so}.\n")["text"] == "She said so.\n"


@pytest.mark.parametrize(
    "marked",
    ["{S1:She said so.", "She} said so.", "{X1:She} said so.", "{S1:She} {Q1:so}."],
)
def test_malformed_markup_is_refused(marked: str) -> None:
    with pytest.raises(MarkupError):
        article_row("t", marked)
