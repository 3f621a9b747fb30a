"""How long `ecta analyze` takes, split by stage, and from the command line including start-up.

Usage: python bench/bench_analyze.py [FILES...]   (default: the bundled example and ../shared/seeds)

Prints, per file: words, parse ms, then each report stage's ms (facts, summary, guidance, checks, tone,
qa), and the wall time of `ecta analyze FILE --json` in a fresh process. The baseline measured in the same
run is a fresh `python -c pass`, so start-up cost can be read as a ratio on a noisy machine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def default_files() -> list[Path]:
    files = sorted(f for f in (REPO / "examples").glob("*.md") if f.name != "README.md")
    seeds = REPO.parent / "shared" / "seeds"
    if seeds.exists():
        files += sorted(seeds.glob("*.txt"))
    return files


def wall(cmd: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(argv: list[str]) -> None:
    import ecta
    from ecta.report import analyze

    files = [Path(a) for a in argv] or default_files()
    baseline = wall([sys.executable, "-c", "pass"])
    print(f"baseline: python start-up {baseline:.0f} ms (median of 5)")
    for f in files:
        start = time.process_time()
        t = ecta.parse(f)
        parse_ms = (time.process_time() - start) * 1000
        words = sum(turn.words for turn in t.turns)
        analyze(t)  # warm caches (the word lists) once, as a second run in one process would
        report = analyze(t)
        stages = "  ".join(f"{k} {v:.1f}" for k, v in report.timings_ms.items())
        cli = wall([sys.executable, "-m", "ecta.cli", "analyze", str(f), "--json"])
        print(f"{f.name}: {words} words  parse {parse_ms:.1f} ms  {stages}  |  "
              f"`ecta analyze --json` {cli:.0f} ms = {cli / baseline:.1f}x python start-up")


if __name__ == "__main__":
    main(sys.argv[1:])
