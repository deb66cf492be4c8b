"""Regenerate summariser/checker/valence.txt.gz: the valence of English words that say whether
something is good or bad ("praised" +2.2, "criticised" -1.8), one "word value" per line.

The values are VADER's lexicon (Hutto & Gilbert, ICWSM 2014; each word's mean rating by ten
raters on a scale of -4 to +4; MIT licence, in summariser/text/WORD_LISTS_NOTICE.txt), read
from the vaderSentiment wheel on PyPI. Only alphabetic single words are kept (no emoticons,
slang spellings with digits, or phrases):

    pip download --no-deps vaderSentiment==3.3.2 -d /tmp/vader
    python tools/valence_words.py /tmp/vader/vaderSentiment-3.3.2-py2.py3-none-any.whl
"""

from __future__ import annotations

import gzip
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "summariser" / "checker" / "valence.txt.gz"
LEXICON = "vaderSentiment/vader_lexicon.txt"


def valences(wheel: Path) -> dict[str, float]:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(LEXICON).decode("utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].isalpha() and fields[0].islower():
            out[fields[0]] = float(fields[1])
    return out


def main() -> None:
    found = valences(Path(sys.argv[1]))
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:  # (mtime=0: the same words, the same bytes)
        fh.write("".join(f"{w} {v:g}\n" for w, v in sorted(found.items())).encode("utf-8"))
    print(f"{len(found)} words -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
