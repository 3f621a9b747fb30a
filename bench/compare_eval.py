"""Count what `ecta compare` makes of every old call's outlooks, over consecutive ECTSum calls of one company.

Usage: python bench/compare_eval.py [--split train|val|both] [--limit N] [--show N] [--seed S] [--cache DIR]

A pair is two calls of one ticker in consecutive quarters (TICKER_q3_2021 then TICKER_q4_2021; q4 then the next
year's q1). Each old outlook that compare keeps is counted once under the verdict it got: met / beat / missed
(held to the new call's result), raised / reaffirmed / lowered / withdrawn / not_repeated (a later period's
outlook), no_actual (its period is over by the new call, which states no figure of the metric for it), not_held (the
new call states figures of the metric for the period, none the outlook can be held to), "silent" (a period over and
nothing said: should not happen) or "dropped" (a later period's outlook compare says nothing of).
Appeared and disappeared metrics are counted per pair. `--show N` lists N of the not-repeated and no-actual
outlooks (a fixed random draw) with the new call's figures of the same metric family, for reading by hand.
`--cache DIR` keeps each call's analysis between runs: clear it when the facts or the parser change.
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ECTSUM = REPO.parent / "shared" / "ectsum"
VERDICTS = ("met", "beat", "missed", "outside", "raised", "reaffirmed", "lowered", "withdrawn", "not_repeated", "no_actual", "not_held",
            "silent", "dropped")
_NAME = re.compile(r"(.+)_q([1-4])_(\d{4})")


def pairs(folder: Path) -> list[tuple[Path, Path]]:
    calls = {}
    for p in folder.glob("*.txt"):
        m = _NAME.fullmatch(p.stem)
        if m:
            calls[(m[1], int(m[3]), int(m[2]))] = p
    out = []
    for (ticker, year, q), p in sorted(calls.items()):
        after = (ticker, year, q + 1) if q < 4 else (ticker, year + 1, 1)
        if after in calls:
            out.append((p, calls[after]))
    return out


def load(path: Path, cache: Path | None):
    """(report, analyst ids, transcript) of one call."""
    from ecta import parse
    from ecta.report import analyst_ids, analyze

    stored = cache / f"{path.parent.parent.name}_{path.stem}.pickle" if cache else None
    if stored is not None and stored.exists():
        return pickle.loads(stored.read_bytes())
    t = parse(path)
    got = (analyze(t), analyst_ids(t), t)
    if stored is not None:
        stored.write_bytes(pickle.dumps(got))
    return got


def family(metric: str, phrase: str) -> set[str]:
    """The words that tie two metrics together for reading by hand: "operating_margin" and "ebitda_margin" are
    both margins, "segment_revenue" and "revenue" both revenue."""
    words = set(metric.split("_")) - {"segment", "other", "total", "adjusted", "per", "share"}
    if metric.startswith(("segment_", "other")):
        words |= set(re.findall(r"[a-z]{4,}", phrase.lower()))
    if words & {"eps", "income", "earnings"}:
        words |= {"eps", "income", "earnings"}
    return words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "val", "both"), default="both")
    ap.add_argument("--ectsum", type=Path, default=DEFAULT_ECTSUM)
    ap.add_argument("--limit", type=int, default=None, help="only the first N pairs (by ticker, then period)")
    ap.add_argument("--show", type=int, default=0, help="list N unmatched old outlooks with the new call's figures")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dump", type=Path, default=None, help="write each old outlook's verdict here, one a line, to diff runs")
    ap.add_argument("--cache", type=Path, default=None, help="keep each call's analysis here between runs")
    args = ap.parse_args()

    from ecta.model import FactKind
    from ecta.facts.periods import closed_by, period_key
    from ecta.report.compare import _change_outlooks, _label, _outlooks, compare, own_figures, period_key_meta

    splits = ("train", "val") if args.split == "both" else (args.split,)
    todo = [pr for s in splits for pr in pairs(args.ectsum / s / "ects")][:args.limit]
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    counts: Counter = Counter()
    unmatched = []
    appeared = disappeared = 0
    dumped = []
    start = time.perf_counter()
    for old_path, new_path in todo:
        (old, old_an, _), (new, new_an, new_t) = load(old_path, args.cache), load(new_path, args.cache)
        analysts = old_an | new_an
        c = compare(old, new, analysts, new_t)
        own = own_figures(old.facts)
        guides = _outlooks(own, analysts) | _change_outlooks(own, analysts)
        said = {}
        for o in c.outcomes + c.revisions + c.no_result:
            for line in o.old_lines[:1]:
                said.setdefault((line, o.period, o.metric), []).append(o.outcome)
        closed = closed_by(*period_key_meta(new))
        for g in guides.values():
            silent = "silent" if period_key(g.period) <= closed else "dropped"
            verdicts = said.get((g.line, g.period.label, _label(g))) or [silent]
            verdict = verdicts.pop(0)
            counts[verdict] += 1
            told = next((o for o in c.outcomes + c.revisions + c.no_result if o.old_lines[:1] == [g.line] and o.period == g.period.label
                         and o.metric == _label(g)
                         and o.outcome == verdict), None)
            dumped.append(f"{old_path.stem}\t{g.line}\t{g.metric}\t{g.period.label}\t{g.text}\t{verdict}"
                          f"\t{told.actual if told else ''}")
            if verdict in ("not_repeated", "no_actual", "not_held", "silent", "dropped"):
                unmatched.append((old_path, new_path, g, verdict, new))
        appeared += len(c.metrics_appeared)
        disappeared += len(c.metrics_disappeared)
    took = time.perf_counter() - start
    if args.dump:
        args.dump.write_text("\n".join(dumped) + "\n", "utf-8")

    total = sum(counts.values())
    print(f"{len(todo)} pairs ({', '.join(splits)}), {total} old outlooks, {took:.0f} s")
    for v in VERDICTS:
        print(f"  {v:<13} {counts[v]:>5}  {counts[v] / max(total, 1):6.1%}")
    print(f"  metrics appeared {appeared}, disappeared {disappeared} (over all pairs)")

    random.Random(args.seed).shuffle(unmatched)
    for old_path, new_path, g, verdict, new in sorted(unmatched[:args.show], key=lambda u: u[3]):
        print(f"\n== {old_path.stem} -> {new_path.stem} (call {new.meta.fiscal_year} Q{new.meta.fiscal_quarter}): {verdict}: {g.metric} [{g.phrase}] {g.period.label if g.period else '?'} "
              f"{g.basis.value if g.basis else '-'} {g.text!r} {g.unit} change={g.change.value if g.change else '-'} (line {g.line})")
        print(f"   {' '.join(g.sentence.split())[:300]}")
        fam = family(g.metric, g.phrase)
        near = [f for f in new.facts if f.kind in (FactKind.ACTUAL, FactKind.GUIDANCE) and fam & family(f.metric, f.phrase)]
        # The new call's outlooks first, then its figures for the outlook's own period.
        near.sort(key=lambda f: (f.kind is not FactKind.GUIDANCE, (f.period.label if f.period else "") != g.period.label, f.line))
        for f in near[:10]:
            print(f"   new {f.kind.value:<8} {f.metric} [{f.phrase}] {f.period.label if f.period else '?'} "
                  f"{f.basis.value if f.basis else '-'} {f.text!r} change={f.change.value if f.change else '-'} (line {f.line})")
        if len(near) > 10:
            print(f"   ... {len(near) - 10} more")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
