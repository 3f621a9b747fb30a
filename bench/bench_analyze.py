"""How long `ecta analyze` takes, split by stage, and from the command line including start-up.

Usage: python bench/bench_analyze.py [--cache DIR] [FILES...]   (default: the bundled example and ../shared/seeds)

`--cache DIR`: the fresh processes keep ecta's bytecode in DIR (`PYTHONPYCACHEPREFIX`), as an installed package
has it, even where `PYTHONDONTWRITEBYTECODE` is set (then each process compiles ecta's source).

Prints, per file: words, parse ms, then each report stage's ms (facts, summary, guidance, checks, tone,
qa), and the wall time of `ecta analyze FILE --json` in a fresh process with its CPU time (the lowest of five:
what a shared machine disturbs least). The baseline measured in the same run is a fresh `python -c pass`, so
start-up cost can be read as a ratio on a noisy machine.

Then the same command's CPU time in a fresh process, split by stage: importing the CLI, reading the file (the
first parse imports the format parsers), importing the report and its models, each report stage (facts, summary,
guidance, checks, tone, qa: the first run in the process, which builds the patterns it reaches) with the rest of
`analyze` (the stages' own imports, reading recalled guidance), and the JSON; the lowest of five runs, as CPU time
is what a shared machine disturbs least.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ENV = dict(os.environ)
"""The fresh processes' environment (`--cache` sets their bytecode folder)."""


def default_files() -> list[Path]:
    files = sorted(f for f in (REPO / "examples").glob("*.md") if f.name != "README.md")
    seeds = REPO.parent / "shared" / "seeds"
    if seeds.exists():
        files += sorted(seeds.glob("*.txt"))
    return files


def wall(cmd: list[str], runs: int = 5) -> tuple[float, float]:
    """Median wall ms and lowest CPU ms (user + system) of `cmd` in fresh processes."""
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(times) * 1000, min(cpu) * 1000


# Run in a fresh interpreter: CPU ms of each start-up stage of `ecta analyze FILE --json`. The report times its stages
# with `time.perf_counter`; here that clock is the process's CPU clock, so the stages read in CPU ms too.
_STAGES = """
import gc, json, sys, time
t0 = time.process_time()
import ecta.cli
t1 = time.process_time()
gc.freeze(); gc.disable()  # as ecta.cli.main does for `analyze`
t = ecta.cli._read(ecta.cli.Path(sys.argv[1]), None)
t2 = time.process_time()
from ecta.report import analyze
t3 = time.process_time()
time.perf_counter = time.process_time
report = analyze(t)
t4 = time.process_time()
report.model_dump_json(indent=2)
t5 = time.process_time()
stages = {k: round(v, 1) for k, v in report.timings_ms.items()}
stages["rest"] = round((t4 - t3) * 1000 - sum(report.timings_ms.values()), 1)
print(json.dumps({"import ecta.cli": (t1 - t0) * 1000, "read": (t2 - t1) * 1000, "import report": (t3 - t2) * 1000,
                  **stages, "json": (t5 - t4) * 1000, "process": t5 * 1000}))
"""


def startup(path: Path, runs: int = 5) -> str:
    import json

    best = None
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _STAGES, str(path)], check=True, capture_output=True, text=True,
                             env=ENV)
        row = json.loads(out.stdout)
        best = row if best is None or row["process"] < best["process"] else best
    return "CPU ms in a fresh process: " + ", ".join(f"{k} {v:.0f}" for k, v in best.items())


def main(argv: list[str]) -> None:
    import ecta
    from ecta.report import analyze

    if argv[:1] == ["--cache"]:
        ENV.pop("PYTHONDONTWRITEBYTECODE", None)
        ENV["PYTHONPYCACHEPREFIX"] = str(Path(argv[1]).resolve())
        argv = argv[2:]
    files = [Path(a) for a in argv] or default_files()
    baseline, baseline_cpu = wall([sys.executable, "-c", "pass"])
    print(f"baseline: python start-up {baseline:.0f} ms (median of 5), {baseline_cpu:.0f} ms CPU (lowest of 5)")
    for f in files:
        start = time.process_time()
        t = ecta.parse(f)
        parse_ms = (time.process_time() - start) * 1000
        words = sum(turn.words for turn in t.turns)
        analyze(t)  # warm caches (the word lists) once, as a second run in one process would
        report = analyze(t)
        split = "  ".join(f"{k} {v:.1f}" for k, v in report.timings_ms.items())
        cli, cli_cpu = wall([sys.executable, "-m", "ecta.cli", "analyze", str(f), "--json"])
        print(f"{f.name}: {words} words  parse {parse_ms:.1f} ms  {split}  |  "
              f"`ecta analyze --json` {cli:.0f} ms = {cli / baseline:.1f}x python start-up, {cli_cpu:.0f} ms CPU")
        print(f"    {startup(f)}")


if __name__ == "__main__":
    main(sys.argv[1:])
