"""Verbs that WordNet 3.0 files under cognition, communication or emotion with the frame
"Somebody ----s that CLAUSE" (clause_verbs.txt.gz, built by tools/clause_verbs.py; its
licence in summariser/text/WORD_LISTS_NOTICE.txt): a holder and a proposition, which is what
an attribution is. A class from a general resource, not from the articles the engine is
measured on."""

from __future__ import annotations

import gzip
from importlib import resources


def _load() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(form -> (lemma, kind), lemma -> WordNet class) of the shipped list."""
    data = resources.files(__package__).joinpath("clause_verbs.txt.gz").read_bytes()
    forms: dict[str, tuple[str, str]] = {}
    classes: dict[str, str] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        form, lemma, kind, klass = line.split()
        forms.setdefault(form, (lemma, kind))
        classes[lemma] = klass
    return forms, classes


# Every inflected form, and each lemma's class (cognition, communication or emotion).
CLAUSE_VERB_FORMS, CLAUSE_VERB_CLASSES = _load()
