"""Remake docs/report.png, the README's screenshot: the seed article's HTML report as the
embedded model and the checker make it, photographed by headless Chromium.

    python docs/screenshot.py    # needs the `local` extra and Debian's chromium (pngquant helps)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = Path("examples") / "putin-mali.txt"
OUT = ROOT / "docs" / "report.png"


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("screenshot: no chromium (apt-get install chromium)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "seed.html"
        subprocess.run(
            [sys.executable, "-m", "summariser", str(SEED), "--html", str(page)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--virtual-time-budget=3000",  # let layout and paint finish first
                f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--screenshot={OUT}",
                "--window-size=1280,900",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    pngquant = shutil.which("pngquant")  # optional (apt-get install pngquant): a third the size
    if pngquant is not None:
        subprocess.run([pngquant, "--force", "--skip-if-larger", "--output", str(OUT), str(OUT)])
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
