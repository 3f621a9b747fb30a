"""Train the summary ranker on ECTSum train and pick its stopping threshold on val.

Usage: python scripts/train_summarizer.py [--ectsum ../shared/ectsum] [--l2 1.0] [--out src/ecta/summarize/ranker.json]

A candidate bullet (a fact rendered in wire style, see ecta.summarize.candidates) is a positive example when
a gold Reuters bullet for that call carries one of its figures and one of its metric words; an outlook
statement without figures ("reaffirms 2026 guidance.") when a gold bullet speaks of the outlook with the same verb. The ranker is an
L2-regularised logistic regression over the hand-made features, fitted by full-batch Newton steps (numpy,
training time only). The threshold, the probability below which no further bullet is added once
MIN_BULLETS (4, as issue 6 asks) are in, is the one that maximises mean ROUGE-1 + ROUGE-2 + ROUGE-Lsum on val.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))


def featurise(split_dir: Path, limit: int | None = None):
    from ecta.facts import extract_facts
    from ecta.summarize.candidates import candidates
    from ecta import parse
    from ecta.summarize import with_call_period

    docs = []
    files = sorted((split_dir / "ects").glob("*.txt"))[:limit]
    for p in files:
        text = p.read_text("utf-8")
        gold = (split_dir / "gt_summaries" / p.name).read_text("utf-8")
        t = with_call_period(parse(p))
        cands = candidates(t, extract_facts(t))
        labels = [label(c, gold) for c in cands]
        docs.append((p.name, text, gold, cands, labels))
    return docs


_FILLER = {"q", "qtrly", "sees", "fy", "rose", "fell", "up", "down", "percent", "million", "billion", "to", "of",
           "about", "adjusted", "gaap", "non"}
"""Words every bullet shares: agreeing on them says nothing about agreeing on the metric."""


_ACTION_WORDS = {
    "reaffirms": r"affirm|reiterat|confirm|maintain",
    "raises": r"rais|increas",
    "lowers": r"lower|reduc|\bcut",
    "withdraws": r"withdr|suspend",
    "not providing": r"\bnot\b|\bno longer\b|refrain|will not|won't",
}


def label(candidate, gold: str) -> int:
    """1 when some gold bullet has one of the candidate's figures and a metric word of it ("sales", "share"); for
    a statement without figures, when a gold bullet speaks of the outlook with the same action."""
    import re

    from ecta.summarize.numbers import figures

    if candidate.key[0] == "statement":
        action = re.compile(_ACTION_WORDS[candidate.key[1]], re.I)
        return int(any(re.search(r"guidance|outlook|forecast", b, re.I) and action.search(b)
                       for b in gold.splitlines()))

    words = _stems(candidate.text) - _FILLER
    for bullet in gold.splitlines():
        if candidate.numbers & set(figures(bullet)) and words & _stems(bullet):
            return 1
    return 0


def _stems(text: str) -> set[str]:
    """Words with a plural "s" dropped: "revenues" in the gold is the candidate's "revenue"."""
    import re

    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in re.findall(r"[a-z]+", text.lower())}


def fit(docs, l2: float) -> dict[str, float]:
    import numpy as np

    names = sorted({k for d in docs for c in d[3] for k in c.features})
    index = {k: i for i, k in enumerate(names)}
    rows = [c for d in docs for c in d[3]]
    y = np.array([lab for d in docs for lab in d[4]], dtype=float)
    X = np.zeros((len(rows), len(names)))
    for r, c in enumerate(rows):
        for k, v in c.features.items():
            X[r, index[k]] = v
    w = np.zeros(len(names))
    reg = np.full(len(names), l2)
    reg[index["bias"]] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg + 1e-6)
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    print(f"fitted on {len(rows)} candidates ({int(y.sum())} positive), {len(names)} features", file=sys.stderr)
    return {k: round(float(w[i]), 5) for k, i in index.items() if abs(w[i]) > 1e-5}


def rouge_of(docs, weights: dict[str, float], threshold: float) -> tuple[float, float, float]:
    from ectsum_eval import score_documents
    from ecta.summarize import arrange, score

    preds = []
    for _, text, gold, cands, _ in docs:
        for c in cands:
            c.score = score(c, weights)
        preds.append(("\n".join(b.text for b in arrange(cands, threshold)), gold, text))
    r = score_documents(preds)
    return r["rouge1"], r["rouge2"], r["rougeLsum"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ectsum", type=Path, default=REPO.parent / "shared" / "ectsum")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=REPO / "src" / "ecta" / "summarize" / "ranker.json")
    args = ap.parse_args()

    train = featurise(args.ectsum / "train", args.limit)
    val = featurise(args.ectsum / "val", args.limit)
    weights = fit(train, args.l2)
    best = None
    for threshold in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 1.01):
        r1, r2, rl = rouge_of(val, weights, threshold)
        print(f"threshold {threshold:.2f}: val R1 {r1:.4f} R2 {r2:.4f} RLsum {rl:.4f}", file=sys.stderr)
        if best is None or r1 + r2 + rl > best[0]:
            best = (r1 + r2 + rl, threshold)
    model = {
        "note": (f"Logistic ranker for ecta.summarize, made by scripts/train_summarizer.py on {date.today()}: "
                 f"weights fitted on ECTSum train ({len(train)} calls, L2 {args.l2}), threshold chosen on val "
                 f"({len(val)} calls) for the best mean ROUGE. Candidate features: ecta.summarize.candidates."),
        "threshold": best[1],
        "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
    print(f"wrote {args.out} (threshold {best[1]})", file=sys.stderr)


if __name__ == "__main__":
    main()
