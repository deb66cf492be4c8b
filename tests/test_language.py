"""The engines are built for English: a text in another language gets one warning line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.cli import cli
from summariser.language import reads_as_english
from tests.conftest import ROOT, SEED

LANGUAGES = sorted((ROOT / "tests" / "data" / "languages").glob("*.txt"))


@pytest.mark.parametrize("path", LANGUAGES, ids=lambda p: p.stem)
def test_news_in_another_language_does_not_read_as_english(path: Path):
    assert not reads_as_english(path.read_text(encoding="utf-8"))


def test_english_news_reads_as_english(seed_text):
    assert reads_as_english(seed_text)
    assert reads_as_english(seed_text.lower())  # lower-cased research data too


def test_a_headline_is_too_short_to_tell():
    assert reads_as_english("Scholz und Macron beraten über Munition für die Ukraine")


def test_run_warns_in_one_line_about_a_german_article(runner):
    german = LANGUAGES[0]
    assert german.stem == "de"
    result = runner.invoke(cli, [str(german), "--show-prompt"])
    assert result.exit_code == 0
    assert result.stderr == (
        f"summarise: warning: {german}: the article does not read as English; the engines are "
        "built for "
        "English, so its sentences, names, dates and speakers may be read wrong\n"
    )


def test_check_warns_about_a_german_article_and_not_about_an_english_one(runner):
    claims = "Scholz sprach mit Macron."
    result = runner.invoke(cli, ["check", str(LANGUAGES[0]), "-"], input=claims)
    assert result.stderr.startswith("summarise: warning: ") and result.stderr.count("\n") == 1
    result = runner.invoke(cli, ["check", str(SEED), "-"], input="Putin spoke with Goita.")
    assert result.stderr == ""


def test_a_batch_counts_the_articles_that_do_not_read_as_english_and_marks_each(
    tmp_path: Path,
):
    from tests.fault_server import FaultConfig, serve

    rows = [
        {"id": "de", "text": LANGUAGES[0].read_text(encoding="utf-8")},
        {"id": "en", "text": SEED.read_text(encoding="utf-8")},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    with serve(FaultConfig()) as server:
        args = ["batch", str(source), "-o", str(output), "--no-cache", "--model", "fault-gpt"]
        result = CliRunner().invoke(cli, [*args, "--base-url", server.base_url])
    assert result.exit_code == 0, result.stderr
    assert "notices: 1 article does not read as English" in result.stderr
    records = {r["id"]: r for r in map(json.loads, output.read_text().splitlines())}
    codes = {
        k: [n["code"] for n in r["summary"]["metadata"]["notices"]] for k, r in records.items()
    }
    assert codes == {"de": ["not_english"], "en": []}


@pytest.mark.parametrize(
    ("notices", "said"),
    [
        ({}, None),
        ({"not_english": 2}, "notices: 2 articles do not read as English"),
        ({"unresolved_dates": 1}, "notices: 1 article has dates left unresolved"),
    ],
    ids=["none", "languages", "dates"],
)
def test_the_batch_tally_words_its_notices_with_the_remedy_of_a_batch(notices, said):
    from collections import Counter

    from summariser.batch import Tally
    from summariser.batch.tally import final_lines

    lines = final_lines(Tally(total=3, notices=Counter(notices)), output="o", errors="e")
    shown = [line for line in lines if line.startswith("notices:")]
    assert shown == ([] if said is None else [shown[0]])
    if said is not None:
        assert shown[0].startswith(said)
    if "unresolved_dates" in notices:
        assert "'published' field" in shown[0]
