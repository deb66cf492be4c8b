"""The `summarise` console script. Everything it imports is imported inside main(), so a Ctrl-C
while the command starts is the one line "summarise: interrupted" (exit 130), not a traceback
from whichever import it landed in."""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130  # as summariser.cli.EXIT_INTERRUPTED (not imported: that is the point)


def main() -> None:
    """Console-script entry point."""
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("summarise: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    run()
