"""Where the summary's ROUGE goes missing: each gold ECTSum bullet classed by what ecta could have offered for it.

Usage: python bench/summary_gaps.py [--split train] [--limit 200] [--ectsum DIR] [--show CLASS]

Every gold bullet falls in one class, first match wins:
  matched      a candidate bullet carries one of its figures and a metric word (the ranker's training label);
               the wording gap is reported as the mean unigram recall of the best such candidate
  in_facts     its figure is in an extracted fact that yields no candidate (skipped metric, kind or unit)
  in_text      its figure is in the transcript but no fact holds it
  not_in_text  its figure is nowhere in the call (a consensus estimate, a rounding the reporter did)
  statement    no figure, and an outlook statement candidate shares two words with it ("reaffirms 2026 guidance.")
  nonnum:*     no figure otherwise: guidance / dividend / buyback / people / covid / other
Each class's share of gold bullets and of gold unigrams (the ROUGE-1 mass a perfect bullet there would win).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"[a-z]+|\d[\d.,]*")
_NONNUM = [
    ("guidance", re.compile(r"guidance|outlook|forecast|sees|expects|affirm|reiterat|withdr|suspend", re.I)),
    ("dividend", re.compile(r"dividend", re.I)),
    ("buyback", re.compile(r"repurchase|buyback|buy back", re.I)),
    ("people", re.compile(r"\bceo\b|chief|president|officer|board|appoint|retire|succe", re.I)),
    ("covid", re.compile(r"covid|pandemic", re.I)),
]
_FILLER = {"q", "qtrly", "sees", "fy", "rose", "fell", "up", "down", "percent", "million", "billion", "to", "of",
           "about", "adjusted", "gaap", "non"}


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def classify(bullet: str, cands, facts, doc_figures: set[str]) -> tuple[str, float]:
    from ecta.summarize.numbers import figures

    nums = set(figures(bullet))
    bw = set(words(bullet))
    best = 0.0
    for c in cands:
        cw = set(re.findall(r"[a-z]+", c.text.lower())) - _FILLER
        if c.numbers & nums and cw & bw:
            best = max(best, len(bw & set(words(c.text))) / max(len(bw), 1))
    if best:
        return "matched", best
    if not nums:
        for c in cands:
            if not c.numbers and len(bw & set(words(c.text))) >= 2:
                return "statement", len(bw & set(words(c.text))) / max(len(bw), 1)
        for name, rx in _NONNUM:
            if rx.search(bullet):
                return f"nonnum:{name}", 0.0
        return "nonnum:other", 0.0
    if any(nums & set(figures(f.text)) for f in facts):
        return "in_facts", 0.0
    if nums & doc_figures:
        return "in_text", 0.0
    return "not_in_text", 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train")
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--ectsum", type=Path, default=REPO.parent / "shared" / "ectsum")
    ap.add_argument("--show", default=None, help="print up to 40 gold bullets of this class")
    args = ap.parse_args()

    from ecta import parse
    from ecta.facts import extract_facts
    from ecta.summarize import with_call_period
    from ecta.summarize.candidates import candidates
    from ecta.summarize.numbers import figures

    split = args.ectsum / args.split
    count, mass, recall = Counter(), Counter(), defaultdict(list)
    shown = []
    for p in sorted((split / "ects").glob("*.txt"))[: args.limit]:
        t = with_call_period(parse(p))
        facts = extract_facts(t)
        cands = candidates(t, facts)
        doc_figures = set(figures(p.read_text("utf-8")))
        for bullet in (split / "gt_summaries" / p.name).read_text("utf-8").splitlines():
            if not bullet.strip():
                continue
            cls, r = classify(bullet, cands, facts, doc_figures)
            count[cls] += 1
            mass[cls] += len(words(bullet))
            if cls in ("matched", "statement"):
                recall[cls].append(r)
            if cls == args.show and len(shown) < 40:
                shown.append(f"{p.name}: {bullet}")
    total_n, total_m = sum(count.values()), sum(mass.values())
    print(f"{total_n} gold bullets, {total_m} unigrams, {args.limit} calls of {args.split}")
    for cls, n in count.most_common():
        extra = f"  best-candidate unigram recall {sum(recall[cls]) / len(recall[cls]):.2f}" if recall[cls] else ""
        print(f"{cls:18}{n:6} {n / total_n:6.1%} bullets {mass[cls] / total_m:6.1%} unigrams{extra}")
    for line in shown:
        print(line, file=sys.stderr)


if __name__ == "__main__":
    main()
