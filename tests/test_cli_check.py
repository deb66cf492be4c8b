"""`summarise check` as a user meets it: what SUMMARY may be, and what the text output shows."""

from __future__ import annotations

import json

import pytest

from summariser.cli import EXIT_UNSUPPORTED, EXIT_USAGE, cli
from summariser.errors import InputError
from tests.fakes import seed_draft


def write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_check_of_a_summary_shows_a_flagged_date_in_the_text_output(
    runner, tmp_path, seed_text, fake_summarise
):
    fake_summarise.enqueue(seed_draft())
    article = write(tmp_path, "a.txt", seed_text)
    summary = json.loads(runner.invoke(cli, [article, "--json"]).stdout)
    date = summary["dates"][0]
    date["value"] = "2019-01-01"  # not what the expression means
    result = runner.invoke(cli, ["check", article, write(tmp_path, "s.json", json.dumps(summary))])
    assert f"date {date['id']} date_value_mismatch" in result.stdout
    assert "1 flagged actors/dates/sources" in result.stdout


def test_check_reads_a_json_list_of_strings_as_the_claims(runner, tmp_path, seed_text):
    claims = ["Putin pledged to supply free grain to Mali.", "Putin visited Bamako."]
    article = write(tmp_path, "a.txt", seed_text)
    result = runner.invoke(cli, ["check", article, write(tmp_path, "c.json", json.dumps(claims))])
    assert result.exit_code == EXIT_UNSUPPORTED, result.stderr
    assert "1/2 claims supported" in result.stdout
    assert "[" not in result.stdout.splitlines()[0]  # not one claim made of the JSON text


def test_check_refuses_json_that_is_neither_a_summary_nor_a_list_of_claims(
    runner, tmp_path, seed_text
):
    summary = write(tmp_path, "c.json", "[1, 2]")
    result = runner.invoke(cli, ["check", write(tmp_path, "a.txt", seed_text), summary])
    assert result.exit_code == InputError.exit_code
    assert result.stderr == (
        f"summarise: error: {summary} is JSON but neither a summary nor a list of claims "
        "(strings)\n"
    )


def test_check_reads_a_plain_text_claim_that_starts_with_a_bracket(runner, tmp_path, seed_text):
    claims = write(tmp_path, "c.txt", "[Update] Putin pledged to supply free grain to Mali.\n")
    result = runner.invoke(cli, ["check", write(tmp_path, "a.txt", seed_text), claims])
    assert result.exit_code in (0, EXIT_UNSUPPORTED), result.stderr
    assert "[Update] Putin pledged" in result.stdout


def test_check_names_the_summary_file_that_is_broken_json(runner, tmp_path, seed_text):
    summary = write(tmp_path, "s.json", '{"gist":')
    result = runner.invoke(cli, ["check", write(tmp_path, "a.txt", seed_text), summary])
    assert result.exit_code == InputError.exit_code
    assert result.stderr.startswith(f"summarise: error: {summary} starts like JSON but is not")
    assert result.stderr.count("\n") == 1


def test_check_refuses_stdin_for_both_article_and_summary(runner):
    result = runner.invoke(cli, ["check", "-", "-"], input="Putin visited Mali.\n")
    assert result.exit_code == EXIT_USAGE
    assert "cannot both be -" in result.stderr


@pytest.mark.parametrize(
    ("dated", "shown"),
    [(False, "published unknown ·"), (True, "published 2023-10-10 (dateline) ·")],
    ids=["no-date", "dateline"],
)
def test_summary_footer_says_where_the_publication_date_came_from(
    runner, tmp_path, seed_text, fake_summarise, dated, shown
):
    article = seed_text if dated else seed_text.replace("date 2023-10-10", "", 1)
    fake_summarise.enqueue(seed_draft())
    result = runner.invoke(cli, [write(tmp_path, "a.txt", article)])
    assert result.exit_code == 0, result.stderr
    assert shown in result.stdout.splitlines()[-1]


def test_check_published_applies_to_a_summary_json_too(runner, tmp_path, seed_text, fake_summarise):
    fake_summarise.enqueue(seed_draft())
    article = write(tmp_path, "a.txt", seed_text)  # dated 2023-10-10: "September 10" is 2023-09-10
    summary = write(tmp_path, "s.json", runner.invoke(cli, [article, "--json"]).stdout)
    as_made = runner.invoke(cli, ["check", article, summary, "--json"])
    a_year_on = runner.invoke(
        cli, ["check", article, summary, "--json", "--published", "2024-10-10"]
    )
    flags = [
        [f["code"] for e in json.loads(r.stdout)["elements"] for f in e["flags"]]
        for r in (as_made, a_year_on)
    ]
    assert "date_value_mismatch" not in flags[0]
    assert "date_value_mismatch" in flags[1]


def test_check_warns_in_one_line_when_the_summary_is_of_another_article(
    runner, tmp_path, seed_text, fake_summarise
):
    fake_summarise.enqueue(seed_draft())
    article = write(tmp_path, "a.txt", seed_text)
    summary = write(tmp_path, "s.json", runner.invoke(cli, [article, "--json"]).stdout)
    same = runner.invoke(cli, ["check", article, summary])
    other = write(tmp_path, "b.txt", seed_text.replace("Mali", "Niger"))
    different = runner.invoke(cli, ["check", other, summary])
    assert same.stderr == ""
    assert different.stderr == (
        f"summarise: warning: {summary} is a summary of another text than {other} "
        "(its article_sha256 differs)\n"
    )


@pytest.mark.parametrize(
    "summary",
    [
        {"claims": ["Putin pledged to supply free grain to Mali.", "Goita pledged free grain."]},
        {
            "gist": "Putin and Goita talk.",
            "claims": [
                {"statement": "Putin pledged to supply free grain to Mali."},
                {
                    "statement": "Goita pledged free grain.",
                    "evidence": ["Putin pledged to supply free grain to Mali"],
                },
            ],
        },
    ],
    ids=["claims-as-strings", "claims-with-evidence-quotes"],
)
def test_check_accepts_a_hand_written_summary_of_claims_only(runner, tmp_path, seed_text, summary):
    article = write(tmp_path, "a.txt", seed_text)
    path = write(tmp_path, "mine.json", json.dumps(summary))
    result = runner.invoke(cli, ["check", article, path, "--json"])
    assert result.exit_code == EXIT_UNSUPPORTED, result.stderr
    assert result.stderr == ""  # no warning about another article's hash
    verdicts = [c["verdict"] for c in json.loads(result.stdout)["claims"]]
    assert verdicts == ["supported", "contradicted"]


def test_a_hand_written_claims_date_is_checked_against_the_article(runner, tmp_path, seed_text):
    claim = {"statement": "Putin phoned Goita on August 16.", "evidence": "on August 15"}
    path = write(tmp_path, "mine.json", json.dumps({"claims": [claim]}))
    result = runner.invoke(cli, ["check", write(tmp_path, "a.txt", seed_text), path, "--json"])
    flags = [f["code"] for f in json.loads(result.stdout)["claims"][0]["flags"]]
    assert result.exit_code == EXIT_UNSUPPORTED and "date_mismatch" in flags


def test_a_hand_written_claim_without_a_statement_is_named_in_one_line(runner, tmp_path, seed_text):
    path = write(tmp_path, "mine.json", json.dumps({"claims": [{"evidence": ["Putin"]}]}))
    result = runner.invoke(cli, ["check", write(tmp_path, "a.txt", seed_text), path])
    assert result.exit_code == InputError.exit_code
    assert result.stderr == (
        f"summarise: error: {path} is JSON but not a summary (claims.0.statement: Field required)\n"
    )


def test_the_report_of_a_hand_written_summary_says_so_once(runner, tmp_path, seed_text):
    path = write(tmp_path, "mine.json", json.dumps({"claims": ["Putin pledged free grain."]}))
    page = tmp_path / "mine.html"
    article = write(tmp_path, "a.txt", seed_text)
    result = runner.invoke(cli, ["check", article, path, "--html", str(page)])
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "<dd>hand-written</dd>" in html and "Prompt version" not in html
    assert "2023-10-10 (from the dateline)" in html  # the article's own date, as summarise finds
