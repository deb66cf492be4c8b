"""What the web-page reader gives on the saved fixture pages, and how long extraction takes.

    python benchmarks/web_extract.py [--runs 50]

For each page in tests/pages/: its title, date and characters of text, how many of the page's
boilerplate phrases (navigation, cookie banner, related links, footer: tests/page_server.py)
reached the text, and the median milliseconds of read_article() (decode + trafilatura).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summariser import read_article  # noqa: E402
from tests.page_server import BOILERPLATE, PAGES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    print(f"{'page':<26} {'bytes':>6} {'chars':>5} {'date':<10} {'boiler':>6} {'ms':>5}  title")
    for page in sorted(PAGES.glob("*.html")):
        read_article(page)  # warm up: imports and caches
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            doc = read_article(page)
            times.append(time.perf_counter() - started)
        leaked = sum(b.lower() in doc.text.lower() for b in BOILERPLATE)
        print(
            f"{page.name:<26} {page.stat().st_size:>6} {len(doc.text):>5} "
            f"{doc.published or '-'!s:<10} {leaked:>6} {statistics.median(times) * 1000:>5.1f}  "
            f"{doc.title}"
        )


if __name__ == "__main__":
    main()
