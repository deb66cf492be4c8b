"""Where a benchmark imports the package from: this checkout, or a build of it in a folder.

The engines are pure Python unless built with SUMMARISER_COMPILE=1 (setup.py). To time the
compiled engines, install such a build into a folder and pass it as `--package-dir`:

    SUMMARISER_COMPILE=1 pip install --no-deps --target /tmp/compiled .
    python benchmarks/analysis.py --package-dir /tmp/compiled
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def import_from_chosen_build() -> str:
    """Put `--package-dir DIR` (else the checkout) first on the import path; return it. Call
    before the package is imported."""
    argv = sys.argv
    chosen = argv[argv.index("--package-dir") + 1] if "--package-dir" in argv[:-1] else str(ROOT)
    sys.path.insert(0, chosen)
    return chosen
