"""ECTSum value recall and metric match of the facts extractor.

For every number in a gold Reuters bullet that also occurs in the transcript: is there an extracted
fact with that value (after scaling; sign ignored, range ends count), and does one of those facts carry
the bullet's metric? Usage: python bench/facts_recall.py [--split val] [--misses N]
"""

from __future__ import annotations

import argparse
import re
import sys
from decimal import Decimal
from pathlib import Path

from ecta.callinfo import half_of_call, opening_of
from ecta.facts import extract_facts
from ecta.facts.numbers import find_quantities
from ecta.facts.taxonomy import metric_cues
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "ectsum"
_EQUIV = {"segment_revenue": "revenue", "recurring_revenue": "revenue", "same_store_sales": "revenue", "growth": "revenue"}


def transcript_of(path: Path) -> Transcript:
    """One turn per line: the ECTSum files are one sentence per line, speakers removed."""
    m = re.search(r"_q([1-4])_(\d{4})", path.stem)
    fq, fy = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    who = Participant(id="speaker", name="Speaker", role=Role.CORPORATE)
    turns = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            turns.append(Turn(index=len(turns), speaker=who, section=Section.PRESENTATION,
                              paragraphs=[Paragraph(text=line, line_start=n, line_end=n)], line_start=n, line_end=n))
    # a half-year call's welcome read as the parser reads it
    meta = Meta(fiscal_year=fy, fiscal_quarter=fq, fiscal_half=half_of_call(None, fq, opening_of(turns)),
                source_format="ectsum", sha256="-")
    return Transcript(meta=meta, participants=[who], turns=turns)


def gold_items(bullet: str) -> list[tuple[Decimal, str | None, str]]:
    cues = metric_cues(bullet)
    out = []
    for q in find_quantities(bullet):
        if q.unit is None and not q.scaled:
            continue
        before = [c for c in cues if c[1] <= q.start]
        metric = before[-1][2] if before else (cues[0][2] if cues else None)
        for v in (q.value, q.low, q.high):
            if v is not None:
                out.append((abs(v), metric, q.text))
    return out


def _digits(text: str) -> str:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return m.group(0).replace(",", "") if m else ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="val")
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    files = sorted((ROOT / args.split / "ects").glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    total = found = metric_ok = 0
    misses: list[str] = []
    wrong: list[str] = []
    for path in files:
        gold = (ROOT / args.split / "gt_summaries" / path.name).read_text(encoding="utf-8")
        text = path.read_text(encoding="utf-8")
        plain = text.replace(",", "")
        facts = extract_facts(transcript_of(path))
        by_value: dict[Decimal, list[str]] = {}
        for f in facts:
            for v in (f.value, f.low, f.high):
                if v is not None:
                    by_value.setdefault(abs(v).normalize(), []).append(f.metric)
        for bullet in gold.splitlines():
            for value, metric, raw in gold_items(bullet):
                d = _digits(raw)
                if not d or not re.search(rf"(?<![\d.]){re.escape(d)}(?![\d]|\.\d)", plain):
                    continue
                total += 1
                metrics = by_value.get(value.normalize())
                if metrics is None:
                    misses.append(f"{path.name}: {bullet.strip()}  [{raw}]")
                    continue
                found += 1
                if metric is None or metric in metrics or _EQUIV.get(metric, metric) in {_EQUIV.get(m, m) for m in metrics}:
                    metric_ok += 1
                else:
                    wrong.append(f"{path.name}: {bullet.strip()}  [{raw}: {metric} vs {sorted(set(metrics))}]")
    print(f"{len(files)} calls, {total} gold numbers found in transcripts")
    print(f"value recall {found / max(total, 1):.3f}  metric match {metric_ok / max(found, 1):.3f}")
    for line in misses[: args.misses]:
        print("MISS", line)
    for line in wrong[: args.misses]:
        print("METRIC", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
