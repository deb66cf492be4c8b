"""Find the actors of an article: capitalised runs -> mentions -> actors, deterministically."""

from __future__ import annotations

import logging

from .candidates import build, draft, keep
from .context import Neighbours
from .mentions import find_mentions
from .model import ActorCandidate
from .resolve import Resolver
from .tokens import tokenize

logger = logging.getLogger(__name__)


def find_actors(text: str, *, max_actors: int = 20) -> list[ActorCandidate]:
    """Actor candidates named in ``text``, ordered by first mention.

    When more than ``max_actors`` are found, the most mentioned are kept (known types before
    "other", earlier before later on ties), then put back in order of first mention.
    """
    if max_actors <= 0 or not text or text.isspace():
        return []
    words = tokenize(text)
    resolver = Resolver(text, Neighbours(text, words), words.lowercase)
    resolver.add_all(find_mentions(text, words))
    resolver.merge_short_forms()
    resolver.merge_acronyms()
    resolver.decide_types()
    drafts = [draft(key, cluster) for key, cluster in resolver.clusters.items()]
    kept = keep(drafts, max_actors=max_actors)
    logger.debug("found %d actor candidates, kept %d", len(drafts), len(kept))
    return build(text, kept)
