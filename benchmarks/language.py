"""How English the texts read by summariser.language's measure: its share of English function
words, on the development articles (both halves) and on the non-English test texts.

    python benchmarks/language.py

Reads every distinct article of ../shared/data/*/*.jsonl (skips cleanly without it) and
tests/data/languages/*.txt; prints per half the count, the lowest share, the 1st percentile, the
median and how many fall below the warning threshold (MIN_SHARE), then each test text's share.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summariser.language import MIN_SHARE, MIN_WORDS, english_share  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def articles() -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted(DATA.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row.get("document") or row.get("text") or row.get("article")
            if isinstance(text, str):
                seen.setdefault(text, None)
    return list(seen)


def main() -> None:
    docs = articles()
    if not docs:
        print(f"no development data under {DATA}: skipped")
    for half, texts in (("even", docs[0::2]), ("odd", docs[1::2])):
        if not texts:
            continue
        shares = sorted(s for s, n in map(english_share, texts) if n >= MIN_WORDS)
        print(
            f"{half}: {len(texts)} articles, {len(shares)} of {MIN_WORDS}+ words; "
            f"lowest {shares[0]:.3f}, 1st percentile {shares[len(shares) // 100]:.3f}, "
            f"median {statistics.median(shares):.3f}; below {MIN_SHARE}: "
            f"{sum(s < MIN_SHARE for s in shares)}"
        )
    for path in sorted((ROOT / "tests" / "data" / "languages").glob("*.txt")):
        share, count = english_share(path.read_text(encoding="utf-8"))
        print(f"{path.name}: {share:.3f} of {count} words")


if __name__ == "__main__":
    main()
