"""A small constrained decoder for the embedded model: JSON whose fields are enum choices.

llama.cpp's generic JSON-schema grammar masks the whole 262k-token Gemma vocabulary at every step
(~80 ms a token here). Our output has a fixed shape, so we walk it ourselves: fixed text is fed
in one batch, an enum choice reads the logits of only the tokens that can continue one of its
options. Same guarantee (the output is valid JSON and every enum field holds one of its
options), a fraction of the model calls.
Greedy argmax throughout, so the result is deterministic for a given build and machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np


class ConstrainedDecoder:
    """Feeds text and makes constrained choices on one llama.cpp context."""

    def __init__(self, llm: Any, *, prompt: str) -> None:
        self.llm = llm
        self.text: list[str] = []
        self._pending: list[int] = []
        self.prompt_tokens = 0
        self.completion_tokens = 0
        llm.reset()
        tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=False)
        self.prompt_tokens = len(tokens)
        llm.eval(tokens)

    def _tokens(self, text: str) -> list[int]:
        return list(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def _logits(self) -> np.ndarray:
        if self._pending:
            self.llm.eval(self._pending)
            self._pending = []
        n_vocab = self.llm.n_vocab()
        return np.ctypeslib.as_array(self.llm._ctx.get_logits(), shape=(n_vocab,))

    def feed(self, text: str) -> None:
        """Append fixed text (evaluated lazily, in one batch with what follows)."""
        tokens = self._tokens(text)
        self._pending.extend(tokens)
        self.completion_tokens += len(tokens)
        self.text.append(text)

    def choose(self, options: Sequence[str]) -> int:
        """Pick one option greedily, token by token; returns its index."""
        if not options:
            raise ValueError("choose() needs at least one option")
        seqs = [self._tokens(option) for option in options]
        alive = list(range(len(seqs)))
        depth = 0
        while True:
            finished = [i for i in alive if len(seqs[i]) == depth]
            if finished and len(alive) == len(finished):
                index = finished[0]
                break
            if len(alive) == 1 and not finished:
                # Only one option left: the rest of it is fixed text.
                index = alive[0]
                self._pending.extend(seqs[index][depth:])
                self.completion_tokens += len(seqs[index]) - depth
                break
            nexts = sorted({seqs[i][depth] for i in alive if len(seqs[i]) > depth})
            if finished:
                # An option that is a token prefix of others wins (deterministically). Callers
                # end every option with its closing quote or bracket, so this does not arise.
                index = finished[0]
                break
            logits = self._logits()
            best = nexts[int(np.argmax(logits[nexts]))]
            self._pending.append(best)
            self.completion_tokens += 1
            alive = [i for i in alive if len(seqs[i]) > depth and seqs[i][depth] == best]
            depth += 1
        self.text.append(options[index])
        return index
