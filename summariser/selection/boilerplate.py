"""Page furniture that is not news: prompts, bylines, credits, share buttons, picture captions.

Scraped articles carry the page around the story: "Scroll down for video", "Click here ...",
bylines, photo credits, share prompts, "READ MORE" and picture captions. Captions and prompts
have no full stop, so the sentence splitter glues them onto the next sentence ("Scroll down for
video Exercise can increase ..."). We trim furniture off the ends of a sentence (what is left is
still a verbatim span of the article) and mark what is furniture through and through, so that
none of it becomes a claim or the gist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

# Prompts that lead a reader elsewhere on the page; whatever follows them in the same "sentence"
# is the next element of the page (a caption or the story), so they are cut off as a prefix.
_LEADING = re.compile(
    r"""^(?:
        (?:scroll|swipe)\s+down\s+for\s+(?:the\s+)?(?:videos?|more|pictures?|photos?)\b
      | share\s+this\s+with(?:\s*(?:email|facebook|messenger|twitter|pinterest|whatsapp|linkedin))*
        (?:\s*copy\s+this\s+link)?
      | (?:[A-Z][A-Za-z .,]{0,40}\s)?\(CNN\)\s*(?:--|—|–)?
      | (?:[A-Z][A-Z .,]{1,40})?\s*\((?:AP|Reuters|AFP)\)\s*(?:--|—|–|-)
      | (?-i:By\s+\.?\s*(?:[A-Z][\w'’-]+\s+){1,3}\.\s+)
        (?:(?:published|updated|last\s+updated)\s*:[^|]*\|?\s*)*
      | (?:published|updated|last\s+updated)\s*:\s*\d[\w :,.]*\d{4}\s*(?:\|\s*)?
    )\s*""",
    re.IGNORECASE | re.VERBOSE,
)
# Furniture that ends a sentence: a link prompt or a credit after the story's last words.
_TRAILING = re.compile(
    r"""\s*(?:
        (?:click|tap)\s+here\b.*
      | (?:read\s+more|related|see\s+also|watch)\s*:.*
      | \(?(?:photos?|pictures?|images?|credit|photograph)\s*(?:credit)?\s*:\s*[^.()]{1,60}\)?\.?
      | \((?:photo\s+by|pictures?\s*:|image\s*:|credit\s*:)[^()]{1,80}\)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Whole sentences that are page furniture.
_FURNITURE = re.compile(
    r"""^(?:
        (?:scroll|swipe)\s+down\b
      | (?:click|tap)\s+here\b
      | read\s+more\b
      | sorry\s+we\s+are\s+not\s+currently\s+accepting\s+comments
      | share\s+(?:this|on|via)\b
      | (?:follow|like)\s+(?:us|@\w+|\w+\s+on\s+(?:twitter|facebook|instagram))
      | sign\s+up\b
      | (?:watch|see)\s+the\s+(?:video|pictures?|photos?)\b
      | (?:comments?|video|advertisement)\s*$
      | (?-i:By\s+\.?\s*(?:[A-Z][\w'’-]+\s*){1,4})
        (?:,\s*CNN|for\s+(?:mailonline|daily\s+mail\b.*)|\.?)$
      | (?:daily\s+mail|mailonline)\s+reporter\b
      | (?:published|updated|last\s+updated)\s*:
      | (?:photos?|pictures?|images?|credit)\s*:
      | [\w\s/&.-]{0,40}\b(?:getty\s+images|afp|reuters|ap\s+photo|rex\s+features|shutterstock)\.?$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A picture caption points at the picture ("(pictured)", "(left)") ...
_POINTS_AT_PICTURE = re.compile(
    r"\((?:pictured|left|right|centre|center|top|bottom|above|below|inset|file\s+photo|"
    r"file\s+picture|stock\s+(?:image|photo)|picture\s+posed\s+by\s+models?)[^()]{0,30}\)"
    r"|,\s+pictured(?:\s+\w+){0,3},|\bpictured\s+(?:left|right|above|below|here|with|in|at)\b",
    re.IGNORECASE,
)
# ... or opens with a headline-style label: "Strictly business: Julia Louis-Dreyfus covers ...".
_LABEL = re.compile(r"^(?P<label>[A-Z‘'\"][^:.!?]{0,40}?)\s*:\s+\S")
# Words that make "X:" an introduction of speech ("He said: ...", "The statement read: ..."),
# not a caption label.
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|added|wrote|writes|asked|explained|tweeted|posted|stated|read|"
    r"reads|warned|declared|insisted|continued|replied|noted|claimed|admitted|quipped|"
    r"concluded|announced|revealed|according|he|she|they|it|we|i)\b",
    re.IGNORECASE,
)


# Where a caption or heading without a full stop runs into the story: a capitalised word that
# only starts sentences ("The", "He", "According") right after a word that does not end one.
_GLUE = re.compile(
    r"(?P<prev>[\w’']+[)’']?)\s+(?=(?P<next>The|A|An|He|She|It|They|We|His|Her|Their|Its|And|But|"
    r"In|This|These|Those|There|When|While|After|According)\s)"
)
# Words a sentence does not end with: "at The Elbow" is a name, not two sentences.
_NO_END_WORDS = "a an the at of in on to by as or for and with from into than like about is was be"
_NO_END = frozenset(_NO_END_WORDS.split())
_PRONOUNS = frozenset({"It", "He", "She", "We", "They", "A"})


@dataclass(frozen=True)
class Trimmed:
    """What is left of a sentence once page furniture is cut off its ends."""

    start: int
    end: int
    furniture: bool  # nothing of the story is left
    caption: bool  # what is left describes a picture


def glue_points(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text[start:end]`` where a sentence starts after text that lost its full stop."""
    points = []
    for match in _GLUE.finditer(text, start, end):
        prev, nxt = match.group("prev"), match.group("next")
        last = prev.rstrip(")’'")
        if not last or not (last[-1].islower() or last[-1].isdigit()):
            continue
        if last.lower() in _NO_END:
            continue
        if nxt in _PRONOUNS and prev[0].isupper():
            continue  # a title in capitals: "The Times They Are A Changin"
        points.append(match.end())
    return points


def pieces(text: str, start: int, end: int) -> list[Trimmed]:
    """The parts of one split sentence, each trimmed; a part that runs into the next without a
    full stop is a caption or a heading (a story's sentence ends with one)."""
    bounds = [start, *glue_points(text, start, end), end]
    out = []
    for lo, hi in pairwise(bounds):
        part = trim(text, lo, hi)
        if hi != end and not part.furniture:
            part = Trimmed(part.start, part.end, furniture=False, caption=True)
        out.append(part)
    return out


def trim(text: str, start: int, end: int) -> Trimmed:
    """Cut page furniture off ``text[start:end]``; offsets stay offsets into ``text``."""
    while True:
        piece = text[start:end]
        lead = _LEADING.match(piece)
        if lead and lead.end() > 0:
            start += lead.end()
            continue
        tail = _TRAILING.search(piece)
        if tail and tail.start() > 0:
            end = start + tail.start()
            continue
        break
    piece = text[start:end].strip()
    if not piece or not any(c.isalpha() for c in piece) or _FURNITURE.match(piece):
        return Trimmed(start, end, furniture=True, caption=False)
    return Trimmed(start, end, furniture=False, caption=is_caption(piece))


def is_caption(sentence: str) -> bool:
    """Whether a sentence reads as a picture caption rather than the story."""
    if _POINTS_AT_PICTURE.search(sentence):
        return True
    label = _LABEL.match(sentence)
    if label is None:
        return False
    words = label.group("label").split()
    return len(words) <= 5 and not _SPEECH.search(label.group("label"))
