"""Turning raw input into an article we can trust: decoding, validation, sentences, identity."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass

from pydantic import TypeAdapter

from .errors import InputError
from .spans import Span
from .text import Doc, as_doc
from .text.sentence_view import sentences_of

# Input larger than this is refused before decoding: no news article is 5 MB of text, and
# reading more would only delay the same error.
MAX_INPUT_BYTES = 5_000_000

# Share of control characters above which decoded text is treated as binary data.
_CONTROL_SHARE_LIMIT = 0.02
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<\?xml)", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|span|p|br|a|img|script|style|table|tr|td|ul|ol|li|h[1-6]|meta|"
    r"link|article|section|header|footer|nav|iframe|strong|em|figure|noscript)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
# A few stray tags happen in plain text (a quoted "<br>"); markup this dense is a web page.
_HTML_TAG_LIMIT = 5


def decode_article(data: bytes, *, name: str = "input") -> str:
    """Decode bytes as UTF-8 article text, refusing binary or non-UTF-8 data with a clear error.

    Nothing is replaced or dropped: a byte we cannot decode is an error, not a `?`.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(
            f"{name} is {len(data):,} bytes; the limit is {MAX_INPUT_BYTES:,} bytes "
            "(split it into articles first)"
        )
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} looks like binary data (it contains NUL bytes), not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not valid UTF-8 (bad byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. with `iconv -f latin1 -t utf-8`"
        ) from None
    return text


def looks_like_html(text: str) -> bool:
    """A web page rather than article text: an HTML preamble or dense markup."""
    if _HTML_START.match(text):
        return True
    return len(_HTML_TAG.findall(text, 0, 200_000)) >= _HTML_TAG_LIMIT


def validate_article(text: str, *, name: str = "input", max_chars: int | None = None) -> str:
    """Check that text can be summarised; returns it unchanged (offsets refer to it)."""
    if not text.strip():
        raise InputError(f"{name} is empty (nothing but whitespace)")
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > _CONTROL_SHARE_LIMIT * len(sample):
        raise InputError(f"{name} looks like binary data (too many control characters)")
    if looks_like_html(text):
        # Never stripped as text: a web page goes through main-text extraction (html_text).
        raise InputError(
            f"{name} looks like HTML, not article text; give it as a web page (a .html file, a "
            'URL, a batch row\'s "html" field, or from_html() in Python) to extract its text'
        )
    if max_chars is not None and len(text) > max_chars:
        raise InputError(
            f"{name} has {len(text):,} characters; this model's context holds about "
            f"{max_chars:,}; use a model with a longer context or split the article"
        )
    return text


def sha256(text: str) -> str:
    """The article's identity: sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article, with its id (S1, S2, ...) and place."""

    id: str
    span: Span

    @property
    def text(self) -> str:
        return self.span.text


# The spans of a text's sentences in one call to pydantic-core, from plain dicts: the same
# objects as ``Span.of`` one at a time, for less (as the engines build their models).
_NEW_SPANS = TypeAdapter(list[Span]).validate_python


def split_sentences(text: str | Doc, *, begin: int = 0) -> list[Sentence]:
    """The sentences of text[begin:] (a ``Doc``'s, see ``summariser.text``), numbered from S1,
    each from its first token to its last; one that ``begin`` cuts starts at ``begin``."""
    doc = as_doc(text)
    source, starts, ends = doc.text, doc.starts, doc.ends
    first = bisect.bisect_left(starts, begin)
    bounds = [
        (starts[max(lo, first)], ends[hi - 1]) for lo, hi, _ in sentences_of(doc) if hi > first
    ]
    spans = _NEW_SPANS(
        [{"start": start, "end": end, "text": source[start:end]} for start, end in bounds]
    )
    return [Sentence(id=f"S{n}", span=span) for n, span in enumerate(spans, 1)]
