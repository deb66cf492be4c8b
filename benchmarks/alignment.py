"""Evidence-quote alignment: our aligner against LangExtract's, on the same quotes.

Quotes are built deterministically (fixed seed) from the seed article and the documents of
``../shared/data/factuality/*.jsonl``: exact sentences, sentences with case/quote-style/spacing
changes (and tokenised sentences detokenised), sentences with one word changed, with words
dropped (partial quotes), and invented sentences (taken from another document, sharing few of
this document's words). Each aligner pre-processes a document once (ours: ``prepare``; LangExtract:
one ``WordAligner.align_extractions`` call per document, its batched mode) and the figures are:
quotes per second, the speed ratio, and the share aligned correctly (right place: the aligned span
overlaps the expected one with IoU >= 0.5; invented quotes: not aligned).

LangExtract runs in its own virtual environment (created on first use under
``~/.cache/summariser-bench/langextract``); without it only our figures are printed.

    python benchmarks/alignment.py [--docs-per-file N] [--no-langextract]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from rapidfuzz import fuzz  # noqa: E402

from summariser.grounding import align_quote, prepare  # noqa: E402
from summariser.textnorm import normalise  # noqa: E402

SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "factuality"
SEED_ARTICLE = SHARED / "seed" / "article.txt"
VENV = Path.home() / ".cache" / "summariser-bench" / "langextract"
SEED = 20231010
KINDS = ["exact", "restyled", "word_changed", "words_dropped", "invented"]

_SENTENCE = re.compile(r"[^\n.!?]*[^\s.!?][^\n.!?]*[.!?]+(?:['\"”’]+)?|[^\n]+")
_WORD = re.compile(r"\S+")
_WORDS = re.compile(r"\w+")

DRIVER = r"""
import json, sys, time
from langextract.core import data
from langextract.resolver import WordAligner

docs = json.load(sys.stdin)
best, results = None, None
for _ in range(REPEATS):
    out = []
    t0 = time.perf_counter()
    for doc in docs:
        exts = [data.Extraction("quote", q) for q in doc["quotes"]]
        WordAligner().align_extractions([exts], doc["text"])
        for e in exts:
            ci = e.char_interval
            ok = ci is not None and ci.start_pos is not None
            out.append([ci.start_pos, ci.end_pos] if ok else None)
    dt = time.perf_counter() - t0
    best = dt if best is None else min(best, dt)
    results = out
from importlib.metadata import version
print(json.dumps({"seconds": best, "spans": results, "version": version("langextract")}))
"""


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans with 6 to 40 words (a simple splitter is enough to make quotes)."""
    spans = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        if 6 <= len(_WORD.findall(text[s:e])) <= 40:
            spans.append((s, e))
    return spans


def restyle(quote: str, rng: random.Random) -> str:
    """Case, quote-style and spacing changes; tokenised text is detokenised as a writer would."""
    q = re.sub(r" n't\b", "n't", quote)
    q = re.sub(r" ('s|'re|'ve|'ll|'d|'m)\b", r"\1", q)
    q = re.sub(r" ([.,;:!?%)])", r"\1", q).replace("`` ", "“").replace(" ''", "”")
    q = q.replace("-lrb- ", "(").replace(" -rrb-", ")")
    q = q.replace("'", "’").replace(' "', " “").replace('" ', "” ")
    choice = rng.randrange(3)
    if choice == 0:
        q = q.upper() if len(q) < 60 else q.lower()
    elif choice == 1:
        q = q[:1].lower() + q[1:] if q[:1].isupper() else q[:1].upper() + q[1:]
    words = q.split(" ")
    if len(words) > 3:
        k = rng.randrange(1, len(words) - 1)
        words[k] = "\n" + words[k] if choice == 2 else " " + words[k]
    return " ".join(words)


def change_word(quote: str, rng: random.Random, vocab: list[str]) -> str:
    words = quote.split(" ")
    slots = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not slots:
        return quote
    i = rng.choice(slots)
    words[i] = rng.choice([v for v in vocab if v.lower() != words[i].lower()])
    return " ".join(words)


def drop_words(quote: str, rng: random.Random) -> tuple[str, int, int]:
    """A partial quote: a sub-part of the sentence with one or two inner words dropped;
    returns it with the (start, end) of the kept part within ``quote``."""
    spans = [m.span() for m in _WORD.finditer(quote)]
    n = len(spans)
    lo = rng.randrange(0, max(1, n // 4))
    hi = n - rng.randrange(0, max(1, n // 4))
    keep = list(range(lo, hi))
    for _ in range(1 if len(keep) < 10 else 2):
        inner = keep[1:-1]
        if len(inner) > 2:
            keep.remove(rng.choice(inner))
    text = " ".join(quote[spans[i][0] : spans[i][1]] for i in keep)
    return text, spans[lo][0], spans[hi - 1][1]


def load_documents(per_file: int) -> list[str]:
    docs = [SEED_ARTICLE.read_text(encoding="utf-8")] if SEED_ARTICLE.exists() else []
    for path in sorted(DATA.glob("*.jsonl")):
        seen: dict[str, None] = {}
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                seen.setdefault(json.loads(line)["document"], None)
        docs.extend(list(seen)[:per_file])
    return docs


def build_quotes(docs: list[str]) -> list[list[tuple[str, str, tuple[int, int] | None]]]:
    """Per document: (kind, quote, expected original span or None for invented quotes)."""
    rng = random.Random(SEED)
    all_sentences = [sentences(d) for d in docs]
    vocab = sorted({w for d in docs[:50] for w in _WORDS.findall(d) if len(w) >= 4 and w.isalpha()})
    out = []
    for di, doc in enumerate(docs):
        spans = all_sentences[di]
        picks = rng.sample(spans, min(4, len(spans)))
        doc_words = {w.lower() for w in _WORDS.findall(doc)}
        quotes: list[tuple[str, str, tuple[int, int] | None]] = []
        for s, e in picks:
            sent = doc[s:e]
            quotes.append(("exact", sent, (s, e)))
            quotes.append(("restyled", restyle(sent, rng), (s, e)))
            quotes.append(("word_changed", change_word(sent, rng, vocab), (s, e)))
            part, ps, pe = drop_words(sent, rng)
            quotes.append(("words_dropped", part, (s + ps, s + pe)))
            for _ in range(20):  # an invented sentence: another document's, foreign to this one
                oi = rng.randrange(len(docs))
                if oi == di or not all_sentences[oi]:
                    continue
                os_, oe = rng.choice(all_sentences[oi])
                other = docs[oi][os_:oe]
                words = [w.lower() for w in _WORDS.findall(other)]
                if words and sum(w in doc_words for w in words) / len(words) < 0.5:
                    quotes.append(("invented", other, None))
                    break
        out.append(quotes)
    return out


def correct(doc: str, expected: tuple[int, int] | None, got: tuple[int, int] | None) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    (es, ee), (gs, ge) = expected, got
    inter = max(0, min(ee, ge) - max(es, gs))
    union = max(ee, ge) - min(es, gs)
    if union and inter / union >= 0.5:
        return True
    # the same text elsewhere (a repeated sentence) is also the right text
    return fuzz.ratio(normalise(doc[es:ee]).norm, normalise(doc[gs:ge]).norm) >= 90


def time_ours(docs: list[str], quotes: list, repeats: int) -> tuple[float, list]:
    best, spans = float("inf"), []
    for _ in range(repeats):
        out = []
        t0 = time.perf_counter()
        for doc, qs in zip(docs, quotes, strict=True):
            prep = prepare(doc)
            for _, q, _ in qs:
                al = align_quote(q, prep)
                out.append(None if al.start is None else (al.start, al.end))
        best = min(best, time.perf_counter() - t0)
        spans = out
    return best, spans


def langextract_python() -> Path | None:
    """The venv's python with langextract installed (installing it on first use), or None."""
    py = VENV / "bin" / "python"
    check = [str(py), "-c", "import langextract"]
    if py.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return py
    print(f"installing langextract into {VENV} ...", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, capture_output=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", "-q", "langextract"], check=True, capture_output=True
        )
    except (subprocess.CalledProcessError, OSError) as exc:
        print(f"langextract could not be installed ({exc}); printing our figures only")
        return None
    return py


def time_langextract(py: Path, docs: list[str], quotes: list, repeats: int) -> dict | None:
    payload = [
        {"text": d, "quotes": [q for _, q, _ in qs]} for d, qs in zip(docs, quotes, strict=True)
    ]
    driver = VENV / "driver.py"
    driver.write_text(DRIVER.replace("REPEATS", str(repeats)), encoding="utf-8")
    proc = subprocess.run(
        [str(py), str(driver)], input=json.dumps(payload), capture_output=True, text=True
    )
    if proc.returncode != 0:
        print("langextract driver failed:", proc.stderr.strip().splitlines()[-1:])
        return None
    result: dict = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def report(name: str, docs: list[str], quotes: list, spans: list, seconds: float) -> None:
    total: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    flat = [(doc, kind, exp) for doc, qs in zip(docs, quotes, strict=True) for kind, _, exp in qs]
    for (doc, kind, exp), got in zip(flat, spans, strict=True):
        total[kind] += 1
        ok[kind] += correct(doc, exp, None if got is None else tuple(got))
    n = sum(total.values())
    per_kind = "  ".join(f"{k} {ok[k] / total[k]:.3f}" for k in KINDS if total[k])
    print(f"{name:12s} {n / seconds:10.0f} quotes/s   correct {sum(ok.values()) / n:.3f}")
    print(f"{'':12s} by kind: {per_kind}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs-per-file", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=3, help="timing runs of ours (best kept)")
    parser.add_argument("--le-repeats", type=int, default=1, help="timing runs of langextract")
    parser.add_argument("--no-langextract", action="store_true")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return 0
    docs = load_documents(args.docs_per_file)
    quotes = build_quotes(docs)
    n = sum(len(q) for q in quotes)
    kinds = Counter(k for qs in quotes for k, _, _ in qs)
    print(f"{len(docs)} documents, {n} quotes ({', '.join(f'{k} {kinds[k]}' for k in KINDS)})")
    ours_s, ours_spans = time_ours(docs, quotes, args.repeats)
    report("ours", docs, quotes, ours_spans, ours_s)
    py = None if args.no_langextract else langextract_python()
    le = time_langextract(py, docs, quotes, args.le_repeats) if py else None
    if le is not None:
        report(f"langextract {le['version']}", docs, quotes, le["spans"], le["seconds"])
        print(f"speed ratio (ours / langextract): {le['seconds'] / ours_s:.1f}x (target >= 10x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
