"""CPU time of fact extraction per 10,000 words, against one regular-expression pass for numbers.

Runs over whatever parses in ../shared (seeds, formats, ectsum val; $ECTA_SHARED names another place). Both timings are taken in the same
run, so the ratio holds across machines. Usage: python bench/bench_facts.py [--limit N]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

import ecta
from ecta.errors import EctaError
from ecta.facts import extract_facts

# ECTA_SHARED: the shared corpus when the checkout does not sit beside it (a git worktree elsewhere, say)
SHARED = Path(os.environ.get("ECTA_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
_NUMBER = re.compile(r"\d[\d,.]*")


def _inputs(limit: int) -> list[Path]:
    files = sorted((SHARED / "seeds").glob("*.txt"))
    files += sorted(f for f in (SHARED / "formats").rglob("*") if f.is_file() and f.suffix != ".md" and not f.name.startswith("."))
    files += sorted((SHARED / "ectsum" / "val" / "ects").glob("*.txt"))[:40]
    return files[:limit] if limit else files


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    calls = []
    for f in _inputs(args.limit):
        try:
            calls.append(ecta.parse(f))
        except EctaError:
            continue
    if not calls:
        print("nothing to measure: ../shared is absent")
        return 0
    extract_facts(calls[0])  # compile the rules outside the measurement
    words = sum(sum(t.words for t in c.turns) for c in calls)
    texts = ["\n".join(t.text for t in c.turns) for c in calls]
    best_facts = best_regex = float("inf")
    n_facts = 0
    for _ in range(args.repeat):
        t0 = time.process_time()
        n_facts = sum(len(extract_facts(c)) for c in calls)
        best_facts = min(best_facts, time.process_time() - t0)
        t0 = time.process_time()
        for text in texts:
            for _m in _NUMBER.finditer(text):
                pass
        best_regex = min(best_regex, time.process_time() - t0)
    per10k = best_facts / words * 10_000 * 1000
    per10k_rx = best_regex / words * 10_000 * 1000
    print(f"{len(calls)} calls, {words} words, {n_facts} facts")
    print(f"extraction: {per10k:.1f} ms CPU per 10k words")
    print(f"regex pass: {per10k_rx:.2f} ms CPU per 10k words")
    print(f"ratio: {per10k / max(per10k_rx, 1e-9):.0f}x one regular-expression pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
