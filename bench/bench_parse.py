"""Parse throughput per format, against a baseline measured in the same run.

Usage: python bench/bench_parse.py [-n N] [--ectsum] [PATHS...]

Default input: examples/ plus every file under ../shared/seeds and ../shared/formats/<folder>/
(side folders starting with _ skipped); --ectsum adds ../shared/ectsum/*/ects. Each file is parsed N
times (default 3) with `ecta.parse`; the baseline reads, decodes and splits the lines of the same files
the same number of times. Machines here are shared and noisy, so the ratio (parse time / baseline
time) is the number to compare between runs, not the absolute rates. Times are CPU time of this
process, so other people's load counts for little.

Prints per format: files, MB, words (of the parsed transcript), files/s, MB/s, words/s, the ratio to
the baseline, and the worst file's CPU ms per 10k words (the bound that matters for one large
transcript). For PDFs the baseline splits compressed bytes, so their ratio says little.
Files ecta refuses are counted and listed, not timed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@dataclass
class Tally:
    files: int = 0
    bytes: int = 0
    words: int = 0
    parse_s: float = 0.0
    base_s: float = 0.0
    worst_ms_per_10k: float = 0.0
    worst_file: str = ""
    failures: list[str] = field(default_factory=list)


def default_paths(ectsum: bool) -> list[Path]:
    files = sorted(p for p in (REPO / "examples").glob("*") if p.is_file())
    folders = [SHARED / "seeds"] + sorted(p for p in (SHARED / "formats").glob("*") if p.is_dir())
    if ectsum:
        folders += sorted((SHARED / "ectsum").glob("*/ects"))
    for folder in folders:
        files += sorted(f for f in folder.glob("*") if f.is_file() and not f.name.startswith((".", "_")))
    return [f for f in files if f.name != "README.md"]


def expand(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out += sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
    return out


def baseline(data: bytes) -> int:
    """The least any parser must do: decode the bytes and split them into lines."""
    return len(data.decode("utf-8", "replace").splitlines())


def measure(files: list[Path], repeat: int) -> tuple[dict[str, Tally], list[tuple[Path, str]]]:
    import ecta

    tallies: dict[str, Tally] = defaultdict(Tally)
    refused: list[tuple[Path, str]] = []
    for f in files:
        data = f.read_bytes()
        try:
            t = ecta.parse(f)  # also warms imports and compiled regexes before timing
        except ecta.EctaError as e:
            refused.append((f, str(e)))
            continue
        fmt = t.meta.source_format
        # words of the transcript, not of the file: markup (HTML, JSON) and PDF streams are not words
        words = sum(len(p.text.split()) for turn in t.turns for p in turn.paragraphs)

        start = time.process_time()
        for _ in range(repeat):
            ecta.parse(f)
        parse_s = (time.process_time() - start) / repeat

        start = time.process_time()
        for _ in range(repeat):
            baseline(f.read_bytes())
        base_s = (time.process_time() - start) / repeat

        tally = tallies[fmt]
        tally.files += 1
        tally.bytes += len(data)
        tally.words += words
        tally.parse_s += parse_s
        tally.base_s += base_s
        per_10k = parse_s * 1000 / max(words, 1) * 10_000
        if per_10k > tally.worst_ms_per_10k:
            tally.worst_ms_per_10k, tally.worst_file = per_10k, f.name
    return dict(tallies), refused


def rate(amount: float, seconds: float) -> float:
    return amount / seconds if seconds > 0 else float("inf")


def report(tallies: dict[str, Tally], refused: list[tuple[Path, str]], repeat: int) -> None:
    total = Tally()
    for t in tallies.values():
        total.files += t.files
        total.bytes += t.bytes
        total.words += t.words
        total.parse_s += t.parse_s
        total.base_s += t.base_s
        if t.worst_ms_per_10k > total.worst_ms_per_10k:
            total.worst_ms_per_10k, total.worst_file = t.worst_ms_per_10k, t.worst_file

    head = f"{'format':<20} {'files':>5} {'MB':>6} {'words':>8} {'files/s':>8} {'MB/s':>6} {'words/s':>9} {'x base':>7}  worst ms/10k words"
    print(f"ecta.parse, CPU time, mean of {repeat} runs per file; baseline = read + decode + split lines")
    print(head)
    print("-" * len(head))
    rows = sorted(tallies.items()) + [("ALL", total)]
    for name, t in rows:
        ratio = t.parse_s / t.base_s if t.base_s > 0 else float("inf")
        print(
            f"{name:<20} {t.files:>5} {t.bytes / 1e6:>6.2f} {t.words:>8} {rate(t.files, t.parse_s):>8.1f}"
            f" {rate(t.bytes / 1e6, t.parse_s):>6.2f} {rate(t.words, t.parse_s):>9.0f} {ratio:>7.0f}"
            f"  {t.worst_ms_per_10k:.1f} ({t.worst_file})"
        )
    if total.base_s > 0:
        print(f"baseline alone: {rate(total.bytes / 1e6, total.base_s):.1f} MB/s, {rate(total.words, total.base_s):.0f} words/s")
    if refused:
        print(f"\n{len(refused)} file(s) refused by ecta (not timed):")
        for f, why in refused:
            print(f"  {f.name}: {why[:140]}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="files or folders (default: examples and ../shared)")
    ap.add_argument("-n", "--repeat", type=int, default=3, help="parses per file (default 3)")
    ap.add_argument("--ectsum", action="store_true", help="also the ECTSum transcripts (hundreds of files)")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    files = expand(args.paths) if args.paths else default_paths(args.ectsum)
    if not files:
        print("no files to parse", file=sys.stderr)
        return 1
    tallies, refused = measure(files, args.repeat)
    report(tallies, refused, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
