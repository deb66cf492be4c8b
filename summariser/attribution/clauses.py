"""Contents cut where another attribution of the sentence begins: inside another's subject ("The
woman who told police about the attack said she was afraid": the first content ends with the
subject, "about the attack"), before a coordinated cue of the same source ("insisted his side
would recover and refused to blame the referee": two acts, two contents), and before a clause
that a comma and a conjunction join to the whole sentence, with a subject and a cue of its own
("called the deal toothless, but Mr. Obama learned that ...")."""

from __future__ import annotations

import logging
import re
from collections import defaultdict

from summariser.attribution.lexicon import SPEECH_LEMMAS, VERB_FORMS
from summariser.attribution.model import Found

logger = logging.getLogger(__name__)


def _shared_sentences(found: list[Found]) -> list[list[Found]]:
    """The finds of each sentence that holds more than one, in order."""
    by_sentence: defaultdict[int, list[Found]] = defaultdict(list)
    for item in found:
        by_sentence[item.sentence].append(item)
    return [group for group in by_sentence.values() if len(group) > 1]


def clip_to_subjects(found: list[Found]) -> None:
    """Cut each content of ``found`` (in place) at the end of a source that holds its cue."""
    for group in _shared_sentences(found):
        for inner in group:
            if inner.content is None:
                continue
            for outer in group:
                source = outer.source
                if (
                    outer is not inner
                    and source is not None
                    and source[0] <= inner.cue[0] < source[1] <= outer.cue[0]
                    and inner.content[0] < source[1] < inner.content[1]
                ):
                    inner.content = (inner.content[0], source[1])


# Words between a content and a coordinated cue of the same source: ", and", ", but also".
_JOINS = frozenset({"and", "but", "or", "yet", "then", "also", ","})
_WORD = re.compile(r",|[^\s,]+")


def clip_to_coordinated(found: list[Found], text: str) -> None:
    """Cut each content of ``found`` (in place) before a later cue of the same source in its
    sentence, and the conjunction that joins the two ("described the results as solid and
    said margins were thin")."""
    by_sentence: defaultdict[int, list[Found]] = defaultdict(list)
    for item in found:
        if item.source is not None and item.content is not None:
            by_sentence[item.sentence].append(item)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        for first in group:
            for later in group:
                content = first.content
                assert content is not None
                if later.source != first.source or not (
                    first.cue[1] <= content[0] < later.cue[0] < content[1]
                ):
                    continue
                if not _speech(text, later.cue):
                    continue  # "said he heard a blast and felt tremors": the clause goes on
                words = list(_WORD.finditer(text, content[0], later.cue[0]))
                if not words or words[-1].group().lower() not in _JOINS:
                    continue  # "asked them to refrain from attacking": inside the content
                while words and words[-1].group().lower() in _JOINS:
                    words.pop()
                if words:
                    first.content = (content[0], words[-1].end())


# A comma and a conjunction that join a new clause to the sentence, right before its subject.
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|yet|though|although|while|whereas)\s+$", re.IGNORECASE)


def clip_to_new_clauses(found: list[Found], text: str) -> None:
    """Cut each content of ``found`` (in place) before ", and", ", but", ", though" ... when
    the clause after it has a source and cue of its own: a coordinate clause of the sentence,
    not more of what was said ("said the plant would close, and the union said it would
    fight"). After "and that" the clause is still the verb's complement, and is kept."""
    for group in _shared_sentences(found):
        for first in group:
            for later in group:
                content, source = first.content, later.source
                if content is None or source is None or later is first:
                    continue
                if not (first.cue[1] <= content[0] < source[0] < later.cue[0] < content[1]):
                    continue
                joint = _NEW_CLAUSE.search(text, content[0], source[0])
                if joint is not None and joint.start() > content[0]:
                    first.content = (content[0], joint.start())


def _speech(text: str, cue: tuple[int, int]) -> bool:
    """Whether a cue's last verb is a verb of speech (not of stance or perception)."""
    for word in reversed(text[cue[0] : cue[1]].lower().split()):
        form = VERB_FORMS.get(word)
        if form is not None:
            return form[0] in SPEECH_LEMMAS
    return False
