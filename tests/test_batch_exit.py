"""`summarise batch` exit codes speak for the whole job (every rerun too), settings are checked
before anything is recorded, and the progress lines and the tally use the same words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser.batch import Tally, errors_path_for
from summariser.batch.tally import final_lines, status_line
from summariser.cli import cli
from tests.fault_server import FaultConfig, FaultServer, serve


def article(n: int) -> str:
    return (
        f"The council of Riverton approved a budget of {n} million dollars on Monday. "
        f"Mayor Jane Porter said the plan would pay for {n % 9 + 2} new schools."
    )


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve(FaultConfig()) as running:
        yield running


def batch(source: Path, output: Path, *more: str, base_url: str | None = None):
    args = ["batch", str(source), "-o", str(output), "--no-cache", "--progress-interval", "0"]
    if base_url is not None:
        args += ["--model", "fault-gpt", "--base-url", base_url]
    return CliRunner().invoke(cli, [*args, *more])


def test_a_failed_item_keeps_the_exit_code_1_on_every_rerun(tmp_path: Path, server: FaultServer):
    rows = [{"id": f"a{n}", "text": article(n)} for n in range(3)] + [{"id": "empty", "text": ""}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    codes = []
    for _ in range(3):
        result = batch(source, output, base_url=server.base_url)
        codes.append(result.exit_code)
    assert codes == [1, 1, 1], result.stderr
    closing = result.stderr.split("batch: 4 inputs:")[1]
    assert "4 already done (1 of them failed)" in closing
    assert "not done: 1 input has a failure record" in closing
    assert server.requests == 3  # the reruns asked the model nothing


def test_a_rerun_after_retry_failed_fixes_everything_exits_0(tmp_path: Path, server: FaultServer):
    rows = [{"id": "a", "text": article(1)}, {"id": "b", "text": article(2)}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    errors_path_for(output).write_text(json.dumps({"id": "b", "code": "retry_exhausted"}) + "\n")
    assert batch(source, output, base_url=server.base_url).exit_code == 1
    fixed = batch(source, output, "--retry-failed", base_url=server.base_url)
    assert fixed.exit_code == 0, fixed.stderr
    assert batch(source, output, base_url=server.base_url).exit_code == 0


def test_a_failure_record_of_an_id_no_longer_in_the_input_does_not_count(
    tmp_path: Path, server: FaultServer
):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    output = tmp_path / "out.jsonl"
    errors_path_for(output).write_text(json.dumps({"id": "gone", "code": "input_error"}) + "\n")
    assert batch(source, output, base_url=server.base_url).exit_code == 0


# Settings that would fail every item: refused before the first one is recorded (exit 4).
BAD_SETTINGS = {
    "missing-key": (["--model", "openai/gpt-4o-mini"], "OPENAI_API_KEY"),
    "bad-base-url": (["--model", "m", "--base-url", "127.0.0.1:8080/v1"], "--base-url"),
    "empty-model": (["--model", "openai/"], "--model"),
    "bad-published": (["--published", "10/10/2023"], "--published"),
}


@pytest.mark.parametrize(("options", "words"), list(BAD_SETTINGS.values()), ids=list(BAD_SETTINGS))
def test_bad_settings_stop_the_batch_before_anything_is_recorded(
    tmp_path: Path, monkeypatch, options, words
):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    rows = [{"id": "empty", "text": ""}, {"id": "a", "text": article(1)}]  # a bad input first
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    result = batch(source, output, *options)
    assert result.exit_code == 4
    assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr
    assert not output.exists() and not errors_path_for(output).exists()


def test_progress_lines_and_the_tally_count_duplicates_the_same_way(
    tmp_path: Path, server: FaultServer
):
    rows = [{"id": "a", "text": article(1)}, {"id": "a", "text": article(2)}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    result = batch(source, tmp_path / "out.jsonl", base_url=server.base_url)
    assert result.exit_code == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if line.startswith("batch: 2/2")]
    assert progress and all("1 duplicate id skipped" in line for line in progress)
    assert "1 summarised" in progress[-1] and "0 already done" in progress[-1]
    assert "batch: 2 inputs: 1 summarised" in result.stderr
    assert "1 duplicate id skipped" in result.stderr.split("batch: 2 inputs:")[1]


@pytest.mark.parametrize(
    ("counts", "phrases"),
    [
        ({"done": 1}, ["1 summarised", "0 failed", "0 already done", "0 duplicate ids skipped"]),
        ({"skipped": 3, "failed_before": 2}, ["3 already done (2 of them failed)"]),
        ({"duplicates": ["x", "y"]}, ["2 duplicate ids skipped"]),
    ],
    ids=["fresh", "rerun", "duplicates"],
)
def test_the_status_line_and_the_tally_share_their_words(counts, phrases):
    tally = Tally(total=5, **counts)
    closing = final_lines(tally, output="o", errors="e")[0]
    for phrase in phrases:
        assert phrase in status_line(tally) and phrase in closing


def test_run_batch_checks_the_backend_before_opening_the_ledger(tmp_path: Path):
    import asyncio

    from summariser.batch import BatchJob, run_batch
    from summariser.errors import ConfigurationError
    from summariser.settings import Settings

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "empty", "text": ""}])
    output = tmp_path / "out.jsonl"
    settings = Settings(model_path=str(tmp_path / "missing.gguf"))
    with pytest.raises(ConfigurationError, match="does not exist"):
        asyncio.run(run_batch(BatchJob(source, output), settings=settings))
    assert not output.exists() and not errors_path_for(output).exists()


def test_a_folder_without_article_files_is_an_input_error_before_anything_is_recorded(
    tmp_path: Path,
):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "story.md").write_text("Putin spoke to Goita.\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = batch(folder, output)
    assert result.exit_code == 3
    assert (
        result.stderr
        == f"summarise: error: {folder} holds no article files (.htm, .html, .txt, .xhtml)\n"
    )
    assert not output.exists() and not errors_path_for(output).exists()
