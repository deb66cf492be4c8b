"""HTML reports without a browser: span nesting, escaping, self-containment, the commands.

tests/test_html_browser.py opens the same pages in headless Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from summariser.checker import check_claims
from summariser.cli import cli
from summariser.html_report import batch_report, check_report, summary_report
from summariser.html_report.segments import Annotation, EvidenceSpan, runs, statement_pieces
from summariser.pipeline import summarise
from summariser.spans import Span
from tests.fakes import FakeBackend
from tests.html_pages import INJECTION, batch_files, flagged_draft, summary_of

VERDICTS = {"supported", "contradicted", "unverified"}


class Elements(HTMLParser):
    """Start tags with their attributes, in document order."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def having(self, attribute: str) -> list[dict[str, str]]:
        return [a for _, a in self.tags if attribute in a]


def test_overlapping_spans_become_runs_labelled_with_every_covering_claim():
    text = "abcdefghij"
    result = runs(
        text,
        evidence=[EvidenceSpan("c1", 0, 6), EvidenceSpan("c2", 3, 9, flagged=True)],
        annotations=[Annotation("actor", "a1", 2, 4, "a1", "a1 X")],
        claim_order=["c1", "c2"],
    )
    assert [(r.start, r.claims, r.flagged) for r in result] == [
        (0, ("c1",), ()),
        (3, ("c1", "c2"), ("c2",)),
        (6, ("c2",), ("c2",)),
        (9, (), ()),
    ]
    assert "".join(p.text for r in result for p in r.pieces) == text
    # The actor mention crossing a run boundary is split, and labelled once, at its end.
    actor = [(p.text, [a.id for a in p.labels]) for r in result for p in r.pieces if p.annotations]
    assert actor == [("c", []), ("d", ["a1"])]


def test_spans_outside_the_text_are_dropped_not_rendered():
    result = runs("abc", evidence=[EvidenceSpan("c1", 2, 9)], annotations=[], claim_order=["c1"])
    assert [(r.start, r.claims) for r in result] == [(0, ())]


def test_a_flag_span_is_marked_in_the_claim_only_where_its_text_is():
    statement = "Putin spoke with Goita on August 16."
    pieces = statement_pieces(
        statement,
        flags=[
            ("date_mismatch", Span.of(statement, 26, 35)),
            ("x", Span(start=0, end=5, text="no")),
        ],
        warnings=[],
    )
    assert [(p.text, p.codes) for p in pieces] == [
        ("Putin spoke with Goita on ", ()),
        ("August 16", ("date_mismatch",)),
        (".", ()),
    ]


def test_a_summary_report_marks_every_claims_evidence_and_its_verdict(seed_text):
    summary = summary_of(seed_text)
    page = summary_report(summary, seed_text, title="seed")
    dom = Elements(page)
    claims = {a["data-claim-id"]: a for a in dom.having("data-claim-id")}
    assert list(claims) == [c.id for c in summary.claims]
    assert summary.check is not None
    for check in summary.check.claims:
        assert claims[check.claim_id]["data-verdict"] == check.verdict.value
    marked = {cid for a in dom.having("data-claim") for cid in a["data-claim"].split()}
    assert marked == {c.id for c in summary.claims if any(e.start is not None for e in c.evidence)}
    assert {a["data-verdict"] for a in claims.values()} <= VERDICTS
    assert "contradicted" in {a["data-verdict"] for a in claims.values()}
    # The flagged claim's offending date is marked in its statement, with the flag's message.
    assert re.search(r'class="offending" data-flag="[a-z_ ]*date[a-z_]*">August 16<', page)


def test_article_markup_is_shown_as_text_and_the_page_has_only_its_own_script(seed_text):
    text = seed_text + INJECTION
    page = summary_report(summary_of(text), text, title="<b>title</b>")
    dom = Elements(page)
    assert [t for t, _ in dom.tags].count("script") == 1
    assert "img" not in [t for t, _ in dom.tags] and "b" not in [t for t, _ in dom.tags]
    assert "&lt;script&gt;window.pwned = 1; alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;window.pwned = 2&#34;&gt;" in page


def test_the_page_is_self_contained_and_its_policy_allows_only_its_own_script(seed_text):
    page = summary_report(summary_of(seed_text), seed_text, title="seed")
    for external in ("http://", "https://", "src=", "url(", "@import", "<link"):
        assert external not in page, external
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None and "default-src 'none'" in policy.group(1)
    script = re.search(r"<script>(.*)</script>", page, re.S)
    assert script is not None
    digest = base64.b64encode(hashlib.sha256(script.group(1).encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy.group(1)


def test_offsets_of_another_text_are_not_drawn_on_this_one(seed_text):
    summary = summary_of(seed_text)
    other = "Someone else wrote this.\n\n" + seed_text
    dom = Elements(summary_report(summary, other, title="moved"))
    # Only the checker's spans, computed on this text, mark it; they cover the quoted sentences.
    for mark in dom.having("data-claim"):
        assert mark["id"] != "v1-p0"
    assert not [a for a in dom.having("data-actor")]


def test_open_mode_report_shows_the_checkers_evidence_and_the_engines_elements(seed_text):
    checks = check_claims(
        seed_text, ["Putin spoke with Goita on September 10.", "Goita thanked France."]
    )
    page = check_report(checks, seed_text, title="open")
    dom = Elements(page)
    assert [a["data-claim-id"] for a in dom.having("data-claim-id")] == ["c1", "c2"]
    assert {a["data-claim"] for a in dom.having("data-claim")} >= {"c1"}
    assert any("2023-09-10" in a.get("title", "") for a in dom.having("data-date"))
    assert dom.having("data-source") and dom.having("data-actor")


# -- the commands ---------------------------------------------------------------------------


@pytest.fixture
def fake_run(monkeypatch):
    backend = FakeBackend()

    def run(text, *, settings):
        return summarise(text, settings=settings, backend=backend)

    monkeypatch.setattr("summariser.pipeline.summarise", run)
    return backend


def test_run_with_html_writes_the_report_and_prints_the_usual_output(tmp_path, seed_text, fake_run):
    article = tmp_path / "seed.txt"
    article.write_text(seed_text, encoding="utf-8")
    fake_run.enqueue(flagged_draft())
    result = CliRunner().invoke(cli, [str(article), "--html", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert "Claims (3)" in result.stdout
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<title>seed.txt</title>" in page and 'data-claim-id="c3"' in page


def test_run_refuses_an_unwritable_report_path_before_the_model_runs(tmp_path, seed_text, fake_run):
    article = tmp_path / "seed.txt"
    article.write_text(seed_text, encoding="utf-8")
    fake_run.enqueue(flagged_draft())
    result = CliRunner().invoke(cli, [str(article), "--html", str(tmp_path / "no" / "r.html")])
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1 and "cannot write" in result.stderr
    assert fake_run.requests == []


@pytest.mark.parametrize("mode", ["open", "evidence"])
def test_check_with_html_writes_the_report_and_keeps_its_exit_code(tmp_path, seed_text, mode):
    article = tmp_path / "seed.txt"
    article.write_text(seed_text, encoding="utf-8")
    summary = tmp_path / "summary"
    if mode == "evidence":
        summary.write_text(summary_of(seed_text).model_dump_json(), encoding="utf-8")
    else:
        summary.write_text("Putin visited Bamako on August 16.\nGoita thanked Russia.\n")
    out = tmp_path / "check.html"
    result = CliRunner().invoke(cli, ["check", str(article), str(summary), "--html", str(out)])
    assert result.exit_code == 1, result.output  # a claim is unsupported in both
    dom = Elements(out.read_text(encoding="utf-8"))
    verdicts = [a["data-verdict"] for a in dom.having("data-claim-id")]
    assert len(verdicts) == (3 if mode == "evidence" else 2)
    assert set(verdicts) <= VERDICTS and set(verdicts) != {"supported"}


def test_report_indexes_a_batch_and_links_each_article_to_its_view(tmp_path, seed_text):
    source, output = batch_files(tmp_path, seed_text)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli, ["report", str(output), "--articles", str(source), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    dom = Elements(page)
    rows = {a["data-article"]: a for a in dom.having("data-article")}
    assert list(rows) == ["seed", "seed-injected", "plain", "gone"]
    assert rows["seed"]["data-flagged"] == "true" and rows["plain"]["data-flagged"] == "false"
    views = [a["id"] for t, a in dom.tags if t == "article"]
    assert views == ["a1", "a2", "a3"]  # "gone" has no text in SOURCE: listed, no view
    assert {a["href"] for t, a in dom.tags if t == "a" and a.get("href", "").startswith("#a")} >= {
        "#a1",
        "#a2",
        "#a3",
    }
    assert "Article text not in" in page and [t for t, _ in dom.tags].count("script") == 1


def test_report_of_a_missing_output_is_an_input_error(tmp_path):
    result = CliRunner().invoke(
        cli,
        [
            "report",
            str(tmp_path / "none.jsonl"),
            "--articles",
            str(tmp_path),
            "-o",
            str(tmp_path / "r.html"),
        ],
    )
    assert result.exit_code == 3 and "no such file" in result.stderr


def test_batch_report_lists_an_article_changed_since_without_its_view(tmp_path, seed_text):
    source, output = batch_files(tmp_path, seed_text)
    rows = [json.loads(line) for line in source.read_text().splitlines()]
    rows[0]["text"] += " Updated."
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    page = batch_report(output, articles=source)
    assert "changed in" in page and '<article class="view" id="a1"' not in page


def test_each_evidence_link_points_at_the_mark_holding_its_start(seed_text):
    summary = summary_of(seed_text)
    page = summary_report(summary, seed_text, title="seed")
    dom = Elements(page)
    ids = {a["id"] for a in dom.having("id")}
    links = [a["href"][1:] for t, a in dom.tags if t == "a" and a.get("href", "").startswith("#v1")]
    assert links and set(links) <= ids


def test_claims_of_an_unchecked_summary_say_so(seed_text):
    summary = summarise(seed_text, backend=FakeBackend().enqueue(flagged_draft()), check=False)
    dom = Elements(summary_report(summary, seed_text, title="seed"))
    assert {a["data-verdict"] for a in dom.having("data-claim-id")} == {"unchecked"}
    assert dom.having("data-claim")  # the evidence is still marked


def test_report_of_a_real_batch_run_has_a_view_per_article(tmp_path):
    """`summarise batch` against a real local server (tests/fault_server.py), then the report."""
    from summariser.batch import BatchJob
    from tests.fault_server import FaultConfig, serve
    from tests.test_batch import article, run, settings_for

    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"n{n}", "text": article(n)}) + "\n" for n in range(3))
    )
    output = tmp_path / "out.jsonl"
    with serve(FaultConfig()) as server:
        run(BatchJob(source, output), settings_for(server))
    out = tmp_path / "report.html"
    args = ["report", str(output), "--articles", str(source), "-o", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    dom = Elements(out.read_text(encoding="utf-8"))
    assert sorted(a["data-article"] for a in dom.having("data-article")) == ["n0", "n1", "n2"]
    assert len([t for t, _ in dom.tags if t == "article"]) == 3
    assert dom.having("data-claim") and dom.having("data-claim-id")


@pytest.mark.parametrize(
    ("first_line", "said"),
    [
        ({"id": "a", "text": "Putin spoke to Goita."}, "holds articles, not summaries"),
        ({"id": "a", "code": "input_error", "message": "empty"}, "is a batch's errors file"),
    ],
    ids=["the-articles", "the-errors-file"],
)
def test_report_of_the_wrong_batch_file_names_the_mix_up(runner, tmp_path, first_line, said):
    given = tmp_path / "given.jsonl"
    given.write_text(json.dumps(first_line) + "\n" + '{"no id": 1}\n', encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(cli, ["report", str(given), "--articles", str(given), "-o", str(out)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"summarise: error: {given} {said}")
    assert result.stderr.count("\n") == 1 and not out.exists()
