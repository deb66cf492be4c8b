"""Web pages in: saved pages, stdin and URLs served on 127.0.0.1; extraction, dates, failures."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
from collections.abc import Iterator

import jsonschema
import pytest

from summariser import (
    ConfigurationError,
    Document,
    InputError,
    NetworkError,
    fetch_article,
    from_html,
    read_article,
    summarise,
)
from summariser.cli import cli
from summariser.sources import afetch_source
from summariser.web import MAX_REDIRECTS
from tests.conftest import free_port
from tests.fakes import FakeBackend, seed_draft
from tests.page_server import (
    ARTICLE_TEXT,
    PAGES,
    TITLE,
    PageServer,
    assert_no_boilerplate,
    assert_spans_slice,
    serve_pages,
)

pytest.importorskip("trafilatura", reason="the 'web' extra is not installed")

PUTIN = PAGES / "putin-mali.html"
LYON = PAGES / "lyon-cafes-cp1252.html"
NO_DATE = PAGES / "no-date.html"


@pytest.fixture(scope="module")
def pages() -> Iterator[PageServer]:
    with serve_pages() as server:
        yield server


@pytest.fixture
def fake_summarise(cli_backend):
    """The CLI's summarise() on a FakeBackend that answers the seed draft."""
    return cli_backend.enqueue(seed_draft())


# --- extraction ---------------------------------------------------------------------------


def test_a_saved_news_page_gives_its_main_text_title_and_date_without_boilerplate():
    doc = read_article(str(PUTIN))
    assert (doc.format, doc.title, doc.url) == ("html", TITLE, None)
    assert doc.published == dt.date(2023, 10, 10)
    assert doc.text.startswith("Russian President Vladimir Putin held discussions")
    assert doc.text.endswith("further underscoring the growing ties between the two leaders.")
    assert "phone calls with Goita on August 15 and September 10" in doc.text
    assert doc.text.count("\n\n") == 4  # five paragraphs, blank lines between
    assert_no_boilerplate(doc.text)


def test_a_page_in_a_charset_declared_in_its_meta_tag_is_decoded_by_it():
    assert b"Caf\xe9" in LYON.read_bytes()  # the fixture really is windows-1252
    doc = read_article(LYON)
    assert doc.title == "Lyon café owners sue city over terrace ban"
    assert doc.published == dt.date(2024, 2, 14)
    assert "“We were given three weeks’ notice" in doc.text and "Jérôme Paillard" in doc.text
    assert "€2 million" in doc.text
    assert_no_boilerplate(doc.text)


def test_a_page_without_date_metadata_takes_its_date_from_the_dateline():
    doc = read_article(NO_DATE)
    assert doc.published is None and doc.title == "Kenya opens new rail link to Uganda border"
    assert doc.text.startswith("NAIROBI, March 3, 2024 - Kenya opened")
    assert_no_boilerplate(doc.text)
    summary = summarise(doc, backend=FakeBackend().enqueue(_cite_first()))
    assert summary.metadata.published == dt.date(2024, 3, 3)
    assert summary.metadata.published_from == "dateline"


def test_publication_date_precedence_is_argument_then_metadata_then_dateline():
    html = NO_DATE.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta property="article:published_time" content="2024-03-04T06:00:00Z">'
    )
    doc = from_html(html)
    assert doc.published == dt.date(2024, 3, 4)
    by_page = summarise(doc, backend=FakeBackend().enqueue(_cite_first()))
    assert (by_page.metadata.published, by_page.metadata.published_from) == (
        dt.date(2024, 3, 4),
        "metadata",
    )
    by_argument = summarise(
        doc, published="2024-03-05", backend=FakeBackend().enqueue(_cite_first())
    )
    assert (by_argument.metadata.published, by_argument.metadata.published_from) == (
        dt.date(2024, 3, 5),
        "argument",
    )


def test_relative_dates_resolve_against_the_page_date():
    summary = summarise(read_article(PUTIN), backend=FakeBackend().enqueue(seed_draft()))
    values = {d.expression: d.value for d in summary.dates}
    assert values["August 15"] == "2023-08-15" and values["September 10"] == "2023-09-10"
    assert summary.article is not None and summary.article.title == TITLE
    assert_spans_slice(json.loads(summary.model_dump_json()))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html><head><meta charset='utf-8'></head><body>caf\xe9</body></html>", "not valid"),
        (b"<html><head><meta charset='x-klingon'></head><body>x</body></html>", "unknown charset"),
        (b"<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>", "no article"),
        (b"<!doctype html>\x00\x01\x02" * 50, "binary"),
    ],
    ids=["bad-bytes", "unknown-charset", "no-text", "binary"],
)
def test_an_unusable_page_is_a_one_line_input_error(runner, tmp_path, data, message):
    page = tmp_path / "page.html"
    page.write_bytes(data)
    result = runner.invoke(cli, [str(page)])
    assert result.exit_code == InputError.exit_code
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_without_the_web_extra_a_page_says_which_extra_to_install(runner, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` now fails
    result = runner.invoke(cli, [str(PUTIN)])
    assert result.exit_code == ConfigurationError.exit_code
    assert "pip install 'summariser[web]'" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


# --- the command line: files, stdin, URLs -------------------------------------------------


def test_a_saved_page_summarises_with_the_article_the_spans_point_into(runner, fake_summarise):
    result = runner.invoke(cli, [str(PUTIN), "--json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # nothing from the extractor's loggers either
    summary = json.loads(result.stdout)
    jsonschema.validate(summary, json.loads(runner.invoke(cli, ["schema"]).stdout))
    article = summary["article"]
    assert (article["title"], article["url"], article["format"]) == (TITLE, None, "html")
    assert summary["metadata"]["published"] == "2023-10-10"
    assert summary["metadata"]["published_from"] == "metadata"
    assert {d["expression"]: d["value"] for d in summary["dates"]}["August 15"] == "2023-08-15"
    assert_no_boilerplate(article["text"])
    assert_spans_slice(summary)


def test_a_page_on_stdin_is_recognised_and_extracted(runner, fake_summarise):
    result = runner.invoke(cli, ["-", "--json"], input=PUTIN.read_bytes())
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["article"]["title"] == TITLE and summary["article"]["format"] == "html"
    assert summary["article"]["text"] == read_article(PUTIN).text
    assert_spans_slice(summary)


def test_a_served_page_summarises_like_the_saved_one(runner, fake_summarise, pages):
    url = f"{pages.base}/pages/putin-mali.html"
    result = runner.invoke(cli, [url, "--json"])
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["article"]["url"] == url and summary["article"]["title"] == TITLE
    assert summary["article"]["text"] == read_article(PUTIN).text
    assert summary["metadata"]["published"] == "2023-10-10"
    assert_spans_slice(summary)
    assert pages.user_agents[-1].startswith("summariser/")


def test_plain_text_output_carries_the_article_too(runner, tmp_path, fake_summarise, seed_text):
    path = tmp_path / "a.txt"
    path.write_text(seed_text, encoding="utf-8")
    summary = json.loads(runner.invoke(cli, [str(path), "--json"]).stdout)
    assert summary["article"] == {"text": seed_text, "title": None, "url": None, "format": "text"}
    assert summary["metadata"]["published_from"] == "dateline"
    assert_spans_slice(summary)


def test_check_reads_a_page_as_summarise_does_and_resolves_dates_by_its_date(runner, tmp_path):
    claims = tmp_path / "claims.txt"
    claims.write_text("Putin spoke with Goita by phone on August 15, 2023.", encoding="utf-8")
    result = runner.invoke(cli, ["check", str(PUTIN), str(claims), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"][0]["supported"] is True


def test_human_output_names_the_page(runner, fake_summarise, pages):
    url = f"{pages.base}/pages/putin-mali.html"
    result = runner.invoke(cli, [url])
    assert result.exit_code == 0, result.stderr
    assert f"Title: {TITLE}" in result.stdout and url in result.stdout
    assert "published 2023-10-10 (metadata)" in result.stdout


def test_served_pages_are_decoded_by_their_header_or_their_meta_charset(pages):
    for path in ("/pages/lyon-cafes-cp1252.html", "/bare/lyon-cafes-cp1252.html"):
        doc = fetch_article(pages.base + path)
        assert "Jérôme Paillard" in doc.text and doc.published == dt.date(2024, 2, 14), path


def test_a_plain_text_url_is_read_as_text(pages):
    doc = read_article(f"{pages.base}/plain.txt")
    assert doc == Document(text=ARTICLE_TEXT, url=f"{pages.base}/plain.txt")


def test_redirects_are_followed_up_to_the_limit(pages):
    url = f"{pages.base}/redirect/{MAX_REDIRECTS}/pages/putin-mali.html"
    doc = fetch_article(url)
    assert doc.title == TITLE and doc.url == f"{pages.base}/pages/putin-mali.html"


@pytest.mark.parametrize(
    ("path", "code", "message"),
    [
        ("/pages/missing.html", 3, "HTTP 404"),
        ("/binary.html", 3, "binary"),
        ("/image.png", 3, "image/png, not a web page"),
        ("/huge-declared.html", 3, "the limit is 5,000,000 bytes"),
        ("/huge-streamed.html", 3, "the limit is 5,000,000 bytes"),
        ("/to-file", 3, "not an http(s) URL"),
        (f"/redirect/{MAX_REDIRECTS + 1}/pages/putin-mali.html", 5, "more than 5 redirects"),
        ("/server-error", 5, "HTTP 503"),
    ],
    ids=["404", "binary", "image", "huge", "huge-streamed", "to-file", "redirects", "503"],
)
def test_a_url_that_cannot_be_used_fails_in_one_line_with_its_exit_code(
    runner, pages, path, code, message
):
    result = runner.invoke(cli, [pages.base + path])
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_server_that_is_not_there_is_a_network_error(runner):
    result = runner.invoke(cli, [f"http://127.0.0.1:{free_port()}/page.html"])
    assert result.exit_code == NetworkError.exit_code == 5
    assert "cannot connect" in result.stderr and result.stderr.count("\n") == 1


def test_only_http_and_https_are_fetched(runner):
    result = runner.invoke(cli, ["ftp://127.0.0.1/page.html"])
    assert result.exit_code == InputError.exit_code and "only http and https" in result.stderr


def test_a_page_that_does_not_answer_in_time_is_a_network_error(pages):
    with pytest.raises(NetworkError, match=r"no answer within 0\.5 s"):
        fetch_article(f"{pages.base}/slow.html", timeout=0.5)


def test_a_page_that_trickles_in_is_cut_off_at_the_timeout(pages):
    with pytest.raises(NetworkError, match=r"answer within 1 s"):
        fetch_article(f"{pages.base}/trickle.html", timeout=1.0)


def test_the_async_fetch_keeps_extraction_for_later_and_the_same_limits(pages):
    page = asyncio.run(afetch_source(f"{pages.base}/pages/putin-mali.html"))
    assert not isinstance(page, Document) and "<nav" in page.html
    with pytest.raises(InputError, match="HTTP 404"):
        asyncio.run(afetch_source(f"{pages.base}/nothing-here"))
    with pytest.raises(NetworkError, match="redirects"):
        asyncio.run(afetch_source(f"{pages.base}/redirect/6/pages/putin-mali.html"))


def _cite_first() -> dict:
    """A draft citing the first sentence, for articles other than the seed."""
    return {
        "gist": "A rail link opened.",
        "claims": [
            {
                "statement": "Kenya opened a railway line to the Ugandan border.",
                "status": "reported_fact",
                "evidence": ["S1"],
                "actors": [],
                "dates": [],
                "source": "the reporter",
            }
        ],
        "actors": [],
        "dates": [],
        "sources": [],
    }


def test_a_story_laid_out_in_a_table_loses_the_cell_bars_but_a_data_table_keeps_them():
    story = (
        "Police said on Monday that a man, 34, was arrested in Leeds after a crash on the A64 "
        "that left two people injured."
    )
    page = (
        f"<html><body><table><tr><td>{story}</td></tr></table>"
        "<table><tr><td>Arsenal</td><td>10</td></tr><tr><td>Chelsea</td><td>9</td></tr></table>"
        "<p>The road was closed for six hours, a spokesman said.</p></body></html>"
    )
    paragraphs = from_html(page).text.split("\n\n")
    assert story in paragraphs
    assert "| Arsenal | 10 |" in paragraphs
