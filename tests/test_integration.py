"""Real integrations, no fakes: the embedded model, and openai SDK + Instructor against a real
llama.cpp server on 127.0.0.1 (started by the llama_server fixture)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from summariser import AlignmentStatus, BackendError, Settings, summarise
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.integration


def _names(summary) -> set[str]:
    return {form for a in summary.actors for form in (a.name, *a.aliases)}


def test_embedded_model_summarises_the_seed_article_grounded(seed_text, model_path):
    summary = summarise(seed_text)
    names = _names(summary)
    for required in ("Putin", "Goita", "Kremlin", "Mali", "Russia"):
        assert any(required in name for name in names), required
    assert names & {"Yevgeny Prigozhin", "Prigozhin", "Wagner"}
    values = {d.expression: d.value for d in summary.dates}
    assert values["August 15"] == "2023-08-15" and values["September 10"] == "2023-09-10"
    verbatim = [
        c
        for c in summary.claims
        if c.evidence
        and all(
            e.status is AlignmentStatus.EXACT and seed_text[e.start : e.end] == e.quote
            for e in c.evidence
        )
    ]
    assert len(verbatim) >= 3
    assert summary.metadata.backend == "local" and summary.metadata.usage.completion_tokens > 0
    assert summary.check is not None and summary.check.claims


def test_readme_command_one_runs_offline():
    result = subprocess.run(
        [sys.executable, "-m", "summariser", str(SEED.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Claims (" in result.stdout and "September 10 -> 2023-09-10" in result.stdout
    assert result.stderr == ""


def test_openai_sdk_and_instructor_against_a_real_llama_cpp_server(seed_text, llama_server):
    settings = Settings(
        model="gemma-3-270m", base_url=llama_server, max_claims=1, max_retries=2, timeout=300
    )
    summary = summarise(seed_text, settings=settings)
    assert summary.metadata.backend == "openai"
    assert summary.metadata.usage.total_tokens > 0
    assert summary.claims
    for claim in summary.claims:  # constrained mode: evidence are article sentences
        for ev in claim.evidence:
            assert ev.status is AlignmentStatus.EXACT
            assert seed_text[ev.start : ev.end] == ev.quote


def test_llama_cpp_server_rejects_json_schema_mode_with_a_clear_error(seed_text, llama_server):
    settings = Settings(
        model="gemma-3-270m",
        base_url=llama_server,
        mode="json_schema",
        max_transient_retries=0,
        timeout=120,
    )
    with pytest.raises(BackendError, match="HTTP 500"):
        summarise(seed_text, settings=settings)


def test_embedded_decoder_output_fits_the_local_schema(seed_text, model_path):
    import json

    import jsonschema

    from summariser.backends.decoder import ConstrainedDecoder
    from summariser.backends.local import LocalBackend, decode_local_draft
    from summariser.pipeline import prepare_run

    _, backend, _, request = prepare_run(seed_text)
    assert isinstance(backend, LocalBackend)
    decoder = ConstrainedDecoder(backend.model, prompt=request.prompt)
    offered = [sid for sid, _ in request.claims_offered]
    text = decode_local_draft(
        decoder,
        sentence_ids=request.sentence_ids,
        max_claims=6,
        gist_ids=[sid for sid, _ in request.gist_offered],
        claim_ids=offered,
    )
    document = json.loads(text)
    jsonschema.validate(document, request.local_schema)
    assert [c["evidence"] for c in document["claims"]] == offered  # the selection's, in order


def test_embedded_decoder_without_an_offer_chooses_distinct_sentences(seed_text, model_path):
    import json

    from summariser.backends.decoder import ConstrainedDecoder
    from summariser.backends.local import LocalBackend, decode_local_draft
    from summariser.pipeline import prepare_run

    _, backend, _, request = prepare_run(seed_text)
    assert isinstance(backend, LocalBackend)
    decoder = ConstrainedDecoder(backend.model, prompt=request.prompt)
    text = decode_local_draft(decoder, sentence_ids=request.sentence_ids, max_claims=6)
    cited = [c["evidence"] for c in json.loads(text)["claims"]]
    assert len(cited) == len(set(cited)) >= 3  # each sentence at most once, at least three


def test_embedded_model_summarises_a_saved_page_and_the_same_page_served_on_loopback(model_path):
    """The issue's done-when, end to end through the command line on the real model."""
    import json

    pytest.importorskip("trafilatura", reason="the 'web' extra is not installed")
    from tests.page_server import (
        PAGES,
        TITLE,
        assert_no_boilerplate,
        assert_spans_slice,
        serve_pages,
    )

    saved = PAGES / "putin-mali.html"
    with serve_pages() as pages:
        url = f"{pages.base}/pages/putin-mali.html"
        results = [
            subprocess.run(
                [sys.executable, "-m", "summariser", source, "--json"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=300,
            )
            for source in (str(saved), url)
        ]
    summaries = []
    for result in results:
        assert result.returncode == 0, result.stderr
        summary = json.loads(result.stdout)
        assert summary["article"]["title"] == TITLE and summary["article"]["format"] == "html"
        assert summary["metadata"]["published"] == "2023-10-10"
        assert summary["metadata"]["published_from"] == "metadata"
        values = {d["expression"]: d["value"] for d in summary["dates"]}
        assert values["August 15"] == "2023-08-15"
        assert_no_boilerplate(summary["article"]["text"])
        assert len(summary["claims"]) >= 3
        assert_spans_slice(summary)
        summaries.append(summary)
    assert summaries[0]["article"]["url"] is None and summaries[1]["article"]["url"] == url
    assert summaries[0]["article"]["text"] == summaries[1]["article"]["text"]
    assert summaries[0]["claims"] == summaries[1]["claims"]  # same text, same greedy model


def test_embedded_model_keeps_page_furniture_out_of_claims_and_gist(model_path):
    from tests.test_selection import FURNITURE, SCRAPED

    summary = summarise(SCRAPED)
    assert summary.claims
    for text in (summary.gist, *(c.statement for c in summary.claims)):
        for furniture in FURNITURE:
            assert furniture not in text, (furniture, text)
    for claim in summary.claims:
        for evidence in claim.evidence:
            assert evidence.status is AlignmentStatus.EXACT
            assert SCRAPED[evidence.start : evidence.end] == evidence.quote
