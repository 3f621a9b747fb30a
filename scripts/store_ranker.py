"""Write src/ecta/summarize/ranker.marshal: the summary ranker's trees as compiled Python (see ecta.summarize.trees).

Run it after retraining the ranker (`scripts/train_summarizer.py`); a store written from another ranker.json, or by
another Python, is passed over and the trees are walked node by node, which gives the same scores more slowly:

    python scripts/store_ranker.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from ecta.summarize import trees  # noqa: E402


def main() -> int:
    source = REPO / "src" / "ecta" / "summarize" / "ranker.json"
    out = source.with_name(trees.STORE)
    out.write_bytes(trees.store_bytes(source.read_bytes()))
    print(f"{out.stat().st_size // 1024} KB -> {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
