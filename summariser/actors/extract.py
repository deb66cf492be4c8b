"""Find the actors of an article: capitalised runs -> mentions -> actors, deterministically."""

from __future__ import annotations

import logging

from ..text import Doc, as_doc
from .candidates import build, draft, keep
from .context import Neighbours
from .grounds import played_grounds
from .mentions import find_mentions
from .model import ActorCandidate
from .resolve import Resolver
from .shouted import shouted_sides
from .tokens import tokenize

logger = logging.getLogger(__name__)


def find_actors(text: str | Doc, *, max_actors: int = 20) -> list[ActorCandidate]:
    """Actor candidates named in ``text`` (plain text or the article's shared ``Doc``), ordered
    by first mention.

    When more than ``max_actors`` are found, the most mentioned are kept (known types before
    "other", earlier before later on ties), then put back in order of first mention.
    """
    doc = as_doc(text)
    text = doc.text
    if max_actors <= 0 or not text or text.isspace():
        return []
    words = tokenize(doc)
    near = Neighbours(text, words)
    resolver = Resolver(text, near, words.lowercase)
    resolver.add_all(find_mentions(text, words))
    resolver.merge_short_forms()
    resolver.merge_acronyms()
    for key, side in shouted_sides(resolver.clusters, text=text, near=near):
        resolver.merge(key, side)
    resolver.decide_types()
    for key in played_grounds(resolver.clusters, text=text):
        resolver.clusters[key].kind = "place"
    drafts = [draft(key, cluster) for key, cluster in resolver.clusters.items()]
    kept = keep(drafts, max_actors=max_actors)
    logger.debug("found %d actor candidates, kept %d", len(drafts), len(kept))
    return build(text, kept)
