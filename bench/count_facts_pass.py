"""One steady extraction pass over every STEP-th bench call, for counting instructions on a busy machine.

CPU times swing by 10-20% when other jobs share the cores; instructions do not. The measured pass runs inside
`functools.reduce`, which ecta never calls, so callgrind can count that pass alone in one run (the imports,
parsing and a first pass that compiles the rules are left out):

    PYTHONPATH=src valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        python bench/count_facts_pass.py --step 24

and read "Collected" at the end (about 3.5 minutes for --step 24 on a 2-core machine).
"""

from __future__ import annotations

import argparse
import sys
from functools import reduce
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ecta  # noqa: E402
import bench_facts  # noqa: E402
from bench_facts import _inputs  # noqa: E402
from ecta.errors import EctaError  # noqa: E402
from ecta.facts import extract_facts  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--step", type=int, default=24)
    args = ap.parse_args()
    files = _inputs(0)
    if not files:
        # counting an empty pass would print a believable instruction total for no work at all
        print(f"Error: no bench calls under {bench_facts.SHARED} (set ECTA_SHARED to the shared corpus)", file=sys.stderr)
        return 1
    calls = []
    for f in files[::args.step]:
        try:
            calls.append(ecta.parse(f))
        except EctaError:
            continue
    for c in calls:
        extract_facts(c)  # first use of the rules, outside the count
    n = reduce(lambda total, c: total + len(extract_facts(c)), calls, 0)
    print(f"{len(calls)} calls, {sum(sum(t.words for t in c.turns) for c in calls)} words, {n} facts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
