"""HTML reports in a real browser: Debian's headless Chromium driven by selenium (chromedriver).

`.ci/run` installs chromium and chromium-driver; without them these tests skip and say why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summariser.html_report import summary_report, write_page
from tests.conftest import ROOT, SEED
from tests.html_pages import INJECTION, batch_files, summary_of

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="headless Chromium tests need Debian's chromium and chromium-driver "
    "(apt-get install chromium chromium-driver; .ci/run installs them)",
)


def start_chromium(profile: Path, *, scripts: bool = True):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    if not scripts:  # the page's scripts are off; selenium's own still run
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    # Every request the page makes is logged (Network domain events), so none can go unseen.
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not download anything
    return webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    driver = start_chromium(tmp_path_factory.mktemp("chromium"))
    try:
        yield driver
    finally:
        driver.quit()


def open_page(driver, path: Path) -> None:
    driver.get_log("performance")  # drop earlier pages' events
    driver.get(path.as_uri())


def requested_urls(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article with a contradicted and an unverified claim, and article-borne markup."""
    text = SEED.read_text(encoding="utf-8") + INJECTION
    path = tmp_path_factory.mktemp("pages") / "seed.html"
    write_page(summary_report(summary_of(text), text, title="seed"), path)
    return path


def assert_dom_contract(driver) -> dict[str, str]:
    """Every claim one element with a verdict; every claim with evidence has marks; returns
    claim id -> verdict."""
    claims = driver.execute_script(
        "return Array.from(document.querySelectorAll('[data-claim-id]'))"
        ".map(e => [e.dataset.claimId, e.dataset.verdict, e.querySelector('.ev a') !== null])"
    )
    marks = driver.execute_script(
        "return Array.from(document.querySelectorAll('mark[data-claim]'), m => m.dataset.claim)"
    )
    marked = {cid for ids in marks for cid in ids.split(" ")}
    ids = [cid for cid, _, _ in claims]
    assert claims and len(ids) == len(set(ids))
    assert {verdict for _, verdict, _ in claims} <= {"supported", "contradicted", "unverified"}
    assert marked <= set(ids)
    for cid, _, has_evidence in claims:
        assert (cid in marked) == has_evidence, cid
    return {cid: verdict for cid, verdict, _ in claims}


def test_the_report_meets_the_dom_contract_after_scripts_ran(browser, seed_page):
    open_page(browser, seed_page)
    shown = browser.execute_script(
        "const t = document.querySelector('.text').cloneNode(true);"
        "t.querySelectorAll('.lab').forEach(e => e.remove()); return t.textContent"
    )
    assert shown == SEED.read_text(encoding="utf-8") + INJECTION  # every character, as written
    verdicts = assert_dom_contract(browser)
    assert verdicts == {"c1": "supported", "c2": "contradicted", "c3": "unverified"}
    flags = browser.execute_script(
        "const c = document.querySelector('[data-claim-id=c2]');"
        "return [c.querySelectorAll('.flags .flag').length,"
        " Array.from(c.querySelectorAll('.statement .offending'), e => e.textContent),"
        " document.querySelectorAll('mark.flagged[data-flagged~=c2]').length]"
    )
    assert flags[0] >= 1 and "August 16" in flags[1] and flags[2] >= 1


def test_selecting_a_claim_highlights_and_scrolls_to_its_evidence(browser, seed_page):
    open_page(browser, seed_page)
    browser.find_element("css selector", "[data-claim-id=c2]").click()
    state = browser.execute_script(
        "const marks = Array.from(document.querySelectorAll('mark[data-claim]'));"
        "return marks.map(m => [m.dataset.claim.split(' ').includes('c2'),"
        " m.classList.contains('active')])"
    )
    assert state and all(mine == active for mine, active in state)
    from selenium.webdriver.support.wait import WebDriverWait

    in_view = (
        "const r = document.querySelector('mark.active').getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight"
    )
    WebDriverWait(browser, 10).until(lambda d: d.execute_script(in_view))  # smooth scrolling
    assert (
        browser.find_element("css selector", "[data-claim-id=c2]").get_attribute("aria-pressed")
        == "true"
    )


def test_selecting_highlighted_text_shows_its_claims(browser, seed_page):
    open_page(browser, seed_page)
    mark = browser.find_element("css selector", "mark[data-claim~=c3]")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    panel = browser.find_element("css selector", ".picked")
    assert panel.is_displayed()
    assert "c3 (unverified): The Kremlin said Russia would send troops to Mali." in panel.text
    active = browser.execute_script(
        "return Array.from(document.querySelectorAll('[data-claim-id].active'),"
        " e => e.dataset.claimId)"
    )
    assert active == mark.get_attribute("data-claim").split(" ")


def test_selecting_text_with_the_mouse_shows_the_claims_it_is_evidence_for(browser, seed_page):
    open_page(browser, seed_page)
    browser.execute_script(
        "const m = document.querySelector('mark[data-claim~=c2]');"
        "const range = document.createRange(); range.selectNodeContents(m);"
        "getSelection().removeAllRanges(); getSelection().addRange(range);"
        "m.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));"
    )
    panel = browser.find_element("css selector", ".picked")
    assert panel.is_displayed() and "c2 (contradicted): Putin spoke with Goita" in panel.text


def test_article_borne_script_and_onerror_are_shown_and_inert(browser, seed_page):
    open_page(browser, seed_page)
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    assert browser.execute_script("return document.images.length") == 0
    assert browser.execute_script("return document.scripts.length") == 1
    text = browser.find_element("css selector", ".text").text
    assert (
        '<script>window.pwned = 1; alert(1)</script> <img src=x onerror="window.pwned = 2">' in text
    )
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018


def test_no_request_leaves_the_file(browser, seed_page):
    open_page(browser, seed_page)
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert requested_urls(browser) == [seed_page.as_uri()]


def test_one_toggle_per_kind_shows_actors_dates_and_sources_over_the_text(browser, seed_page):
    open_page(browser, seed_page)
    date_label = browser.find_element("css selector", ".text .lab-date")
    assert not date_label.is_displayed()
    browser.find_element("css selector", ".toggle-date").click()
    assert date_label.is_displayed() and date_label.text.startswith("20")
    assert not browser.find_element("css selector", ".text .lab-actor").is_displayed()
    browser.find_element("css selector", ".toggle-actor").click()
    browser.find_element("css selector", ".toggle-source").click()
    assert browser.find_element("css selector", ".text .lab-actor").is_displayed()
    assert browser.find_element("css selector", ".text .lab-source").is_displayed()


def test_the_batch_index_filters_to_articles_with_flagged_claims(browser, tmp_path, seed_text):
    from summariser.html_report import batch_report

    source, output = batch_files(tmp_path, seed_text)
    path = tmp_path / "report.html"
    write_page(batch_report(output, articles=source), path)
    open_page(browser, path)
    rows = browser.find_elements("css selector", "tr[data-article]")
    assert all(r.is_displayed() for r in rows)
    browser.find_element("css selector", "#only-flagged").click()
    shown = {r.get_attribute("data-article") for r in rows if r.is_displayed()}
    assert shown == {"seed", "seed-injected"}
    browser.find_element("link text", "Article seed-injected").click()
    assert browser.execute_script("return location.hash") == "#a2"
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    assert requested_urls(browser) == [path.as_uri()]


def test_the_report_is_readable_with_scripts_off(seed_page, tmp_path):
    driver = start_chromium(tmp_path / "profile", scripts=False)
    try:
        open_page(driver, seed_page)
        assert_dom_contract(driver)
        text = driver.find_element("css selector", ".text").text
        assert "Russian President Vladimir Putin held discussions" in text
        driver.find_element("css selector", "[data-claim-id=c2]").click()
        assert driver.execute_script("return document.querySelectorAll('.active').length") == 0
        # The toggles and the evidence links need no script.
        driver.find_element("css selector", ".toggle-date").click()
        assert driver.find_element("css selector", ".text .lab-date").is_displayed()
        driver.find_element("css selector", "[data-claim-id=c3] .ev a").click()
        assert driver.execute_script("return location.hash").startswith("#v1-p")
    finally:
        driver.quit()


@pytest.mark.integration
def test_embedded_model_seed_report_meets_the_contract_in_chromium(browser, model_path, tmp_path):
    path = tmp_path / "seed.html"
    result = subprocess.run(
        [sys.executable, "-m", "summariser", str(SEED.relative_to(ROOT)), "--html", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Claims (" in result.stdout
    open_page(browser, path)
    verdicts = assert_dom_contract(browser)
    assert len(verdicts) >= 3
    assert (
        browser.execute_script("return document.querySelectorAll('mark[data-claim]').length") >= 3
    )
    assert requested_urls(browser) == [path.as_uri()]
