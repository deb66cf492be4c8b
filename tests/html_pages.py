"""Summaries and pages shared by the HTML report tests (FakeBackend drafts of the seed article)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summariser.batch.ledger import encode
from summariser.pipeline import summarise
from summariser.schema import Summary
from tests.fakes import FakeBackend, seed_draft

INJECTION = '\n\n<script>window.pwned = 1; alert(1)</script> <img src=x onerror="window.pwned = 2">'


def flagged_draft() -> dict[str, Any]:
    """The seed draft with a wrong date in claim 2 and a claim the article does not make."""
    draft = seed_draft()
    draft["claims"][1]["statement"] = "Putin spoke with Goita on August 16 and September 10."
    draft["claims"].append(
        {
            "statement": "The Kremlin said Russia would send troops to Mali.",
            "status": "attributed_statement",
            "evidence": ["S3"],
            "actors": [],
            "dates": [],
            "source": "the Kremlin",
        }
    )
    return draft


def summary_of(text: str, draft: dict[str, Any] | None = None) -> Summary:
    return summarise(text, backend=FakeBackend().enqueue(draft or flagged_draft()))


def batch_files(tmp_path: Path, seed_text: str) -> tuple[Path, Path]:
    """A batch SOURCE and an OUTPUT in the format `summarise batch` writes."""
    texts = {
        "seed": seed_text,
        "seed-injected": seed_text + INJECTION,
        "plain": "Mayor Jane Porter said on Monday that the council approved the budget.",
    }
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": k, "text": v, "title": f"Article {k}"}) + "\n"
            for k, v in texts.items()
        ),
        encoding="utf-8",
    )
    drafts = {
        "seed": flagged_draft(),
        "seed-injected": flagged_draft(),
        "plain": {
            "gist": "S1",
            "claims": [
                {
                    "statement": "The council approved the budget.",
                    "status": "attributed_statement",
                    "evidence": ["S1"],
                    "actors": [],
                    "dates": [],
                    "source": "Mayor Jane Porter",
                }
            ],
            "actors": [],
            "dates": [],
            "sources": [],
        },
    }
    output = tmp_path / "out.jsonl"
    with output.open("wb") as file:
        for key in [*texts, "gone"]:
            summary = summary_of(texts.get(key, seed_text), drafts.get(key, flagged_draft()))
            file.write(
                encode(
                    {"id": key, "title": f"Article {key}"},
                    raw={"summary": summary.model_dump_json()},
                )
            )
    return source, output
