"""What a user sees on the terminal: click's errors in one line, --json for every output,
and -v showing the package's own progress, not other libraries' request logs."""

from __future__ import annotations

import json

import pytest

from summariser.cli import EXIT_USAGE, cli
from tests.conftest import SEED
from tests.fault_server import FaultConfig, serve
from tests.test_failures import run_cli


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([str(SEED), "--jsn"], "No such option '--jsn'. Did you mean '--json'?"),
        (["run"], "Missing argument 'ARTICLE'."),
        (["check", str(SEED)], "Missing argument 'SUMMARY'."),
        (["batch", "in.jsonl"], "Missing option '-o' / '--output'."),
        ([str(SEED), "--max-claims", "0"], "Invalid value for '--max-claims'"),
        (["check", "-", "-"], "ARTICLE and SUMMARY cannot both be -"),
    ],
    ids=["unknown-option", "no-article", "no-summary", "no-output", "range", "stdin"],
)
def test_a_usage_error_is_one_line_with_exit_code_2(runner, args, message):
    result = runner.invoke(cli, args)
    assert result.exit_code == EXIT_USAGE == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("summarise: error: ") and message in result.stderr
    assert "--help')" in result.stderr  # where to look next


def test_help_and_version_are_no_errors(runner):
    assert runner.invoke(cli, ["run", "--help"]).stdout.startswith("Usage:")
    assert runner.invoke(cli, ["--version"]).exit_code == 0


@pytest.mark.parametrize(
    ("model_args", "key"),
    [([], "prompt"), (["-m", "openai/gpt-4o", "--api-key", "k"], "messages")],
    ids=["embedded", "chat"],
)
def test_show_prompt_with_json_prints_one_json_object(runner, model_args, key):
    result = runner.invoke(cli, [str(SEED), "--show-prompt", "--json", *model_args])
    assert result.exit_code == 0, result.stderr
    shown = json.loads(result.stdout)
    assert set(shown) == {"model", key}
    assert "Russian President Vladimir Putin" in json.dumps(shown[key], ensure_ascii=False)


def test_verbose_show_prompt_logs_what_the_analysis_found():
    result, _ = run_cli(str(SEED), "--show-prompt", "-v")
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("summariser.pipeline: analysed in "), result.stderr
    assert "published 2023-10-10 (dateline); model: local" in result.stderr


def test_verbose_shows_the_packages_logs_and_no_http_client_lines():
    with serve(FaultConfig()) as server:
        result, _ = run_cli(
            str(SEED), "-m", "m", "--base-url", server.base_url, "--api-key", "k", "-v", "--json"
        )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("summariser.") for line in lines), lines
    assert "HTTP Request" not in result.stderr


def test_batch_verbose_shows_no_http_client_lines(runner, tmp_path, seed_text):
    source = tmp_path / "in.jsonl"
    rows = [{"id": str(i), "text": seed_text} for i in range(2)]
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    with serve(FaultConfig()) as server:
        result = runner.invoke(
            cli,
            [
                *("batch", str(source), "-o", str(tmp_path / "out.jsonl"), "-m", "m"),
                *("--base-url", server.base_url, "--api-key", "k", "-v", "--no-cache"),
                *("--workers", "0"),
            ],
        )
    assert result.exit_code == 0, result.stderr
    assert "HTTP Request" not in result.stderr and "summarised" in result.stderr
