"""Train the facts arbiter (ecta.facts.arbiter) and measure it on calls the rules had not seen.

Usage: python scripts/train_arbiter.py [--out src/ecta/facts/arbiter.json] [--history DIR] [--folds 10]
                                       [--report FILE] [--oof FILE] [--sets FILE] [--no-cv]

Rows are facts paired with the labelled set's labels (as bench/facts_eval.py pairs them), from two extractors:
- the current rules on every labelled call (they were tuned on these calls: few errors, and not the unseen kind);
- for each call written blind, the extractor of the commit just before the call was added, which had never seen it
  (`--history` caches those runs; a missing run is made from `git archive` of that commit's src).
Each candidate (a period relative to the call, or a kind) of a fact is one row, its target whether the label has it.

The measure that predicts unseen calls: cross-validation by call (the folds hold a call's rows of both extractors),
applying the out-of-fold trees to the old extractor's output and comparing (value, period, kind) P/R with the old
output's own. The override thresholds for a call are the ones best on the other calls' out-of-fold scores. The final
trees are fitted on all rows; `ecta.facts.arbiter.ENABLED` decides whether extract_facts uses them (only after the
measure shows a gain).

Deterministic: same rows, same trees.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import ecta  # noqa: E402
from ecta.facts import arbiter as A  # noqa: E402

LABELLED = REPO / "tests" / "data" / "labelled"
FIRST_BLIND = "c940f72"
"""The commit that added the first calls written blind; the eight calls before it were the rules' first tuning set."""
PARAMS = {"objective": "binary", "learning_rate": 0.08, "num_leaves": 15, "max_depth": 5, "min_data_in_leaf": 20,
          "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0, "verbose": -1,
          "seed": 7, "deterministic": True, "force_row_wise": True, "num_threads": 1}
ROUNDS = 200
WRONG_WEIGHT = 4.0
"""Rows of a fact the rule got wrong weigh this much: they are one in ten, and the only ones that teach an override."""
ECTSUM_WEIGHT = 0.0
"""Weight of ECTSum's weak-label rows (bullets read for kind and period): 0 leaves them out (see bench/README.md)."""
RECENT = 15

_DUMP = r'''
import json, sys
from pathlib import Path
import ecta
try:
    from ecta import extract_facts
except ImportError:
    from ecta.facts import extract_facts
out = {}
for f in sys.argv[2:]:
    p = Path(f)
    try:
        facts = extract_facts(ecta.parse(p))
    except Exception as e:
        out[p.name] = {"error": f"{type(e).__name__}: {e}"}
        continue
    def val(v):
        return getattr(v, "value", v)
    out[p.name] = {"facts": [{"value": None if x.value is None else str(x.value), "low": None if x.low is None else str(x.low),
                              "high": None if x.high is None else str(x.high), "metric": x.metric, "unit": x.unit,
                              "period": x.period.label if x.period else None, "kind": val(x.kind), "line": x.line,
                              "sentence": x.sentence, "text": x.text, "speaker": getattr(x, "speaker", None),
                              "turn": getattr(x, "turn", None), "basis": val(getattr(x, "basis", None)),
                              "change": val(getattr(x, "change", None)), "approx": bool(getattr(x, "approx", False))}
                             for x in facts]}
Path(sys.argv[1]).write_text(json.dumps(out))
'''


def facts_eval():
    if "facts_eval" not in sys.modules:
        spec = importlib.util.spec_from_file_location("facts_eval", REPO / "bench" / "facts_eval.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["facts_eval"] = module
        spec.loader.exec_module(module)
    return sys.modules["facts_eval"]


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, check=True, capture_output=True, text=True).stdout


def blind_calls() -> dict[str, str]:
    """Each blind call's file name -> the commit before the one that first added it, newest first.

    `--full-history`: a call first added on a side branch, fixed on there and added again on main after the merge
    (the merge left it out) has its first addition pruned by git's default history simplification, and the commit
    before the second addition already knew the call (four calls, the 2026-12-01 "back in" commits)."""
    first: dict[str, tuple[int, str]] = {}
    commit, when = None, 0
    log = _git("log", "--full-history", "--diff-filter=A", "--format=C %H %ct", "--name-only", f"{FIRST_BLIND}^..HEAD",
               "--", "tests/data/labelled/transcripts/")
    for row in log.splitlines():
        if row.startswith("C "):
            commit, stamp = row[2:].split()
            when = int(stamp)
        elif row.strip():
            name = Path(row).name
            if name not in first or when < first[name][0]:
                first[name] = (when, commit)
    order = sorted(first, key=lambda n: (-first[n][0], n))
    return {n: _git("rev-parse", "--short", f"{first[n][1]}^").strip() for n in order}


def history(cache: Path) -> dict[str, list[dict]]:
    """The old extractor's facts for each blind call, made once per commit and kept in `cache`."""
    import tempfile

    cache.mkdir(parents=True, exist_ok=True)
    by_commit: dict[str, list[str]] = defaultdict(list)
    for name, commit in blind_calls().items():
        by_commit[commit].append(name)
    out = {}
    for commit, names in sorted(by_commit.items()):
        path = cache / f"{commit}.json"
        have = json.loads(path.read_text()) if path.exists() else {}
        missing = [n for n in names if n not in have]  # a cache made when fewer calls had this commit
        if missing:
            with tempfile.TemporaryDirectory(prefix=f"arb_old_{commit}_") as tmp:
                archive = subprocess.run(["git", "archive", commit, "src"], cwd=REPO, check=True, capture_output=True).stdout
                subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
                files = [str(LABELLED / "transcripts" / n) for n in missing]
                part = Path(tmp) / "out.json"
                subprocess.run([sys.executable, "-c", _DUMP, str(part), *files], cwd=tmp, check=True,
                               env={"PYTHONPATH": f"{tmp}/src", "PATH": "/usr/bin:/bin"})
                have.update(json.loads(part.read_text()))
            path.write_text(json.dumps(have))
        for name in names:
            if "facts" in have.get(name, {}):
                out[name] = have[name]["facts"]
    return out


def as_fact(d: dict) -> SimpleNamespace:
    dec = lambda v: None if v is None else Decimal(v)  # noqa: E731
    return SimpleNamespace(value=dec(d["value"]), low=dec(d["low"]), high=dec(d["high"]), metric=d["metric"],
                           unit=d["unit"], period=SimpleNamespace(label=d["period"]) if d["period"] else None,
                           kind=d["kind"] or "actual", line=d["line"], sentence=d["sentence"] or "", text=d["text"] or "",
                           speaker=d["speaker"], turn=d["turn"], basis=d["basis"], change=d["change"], approx=d["approx"])


class CallSet:
    """One extractor's facts on one labelled call, with their features and the labels paired to them."""

    def __init__(self, source: str, name: str, transcript, facts: list, labels: list) -> None:
        fe = facts_eval()
        self.source, self.name, self.transcript, self.facts, self.labels = source, name, transcript, facts, labels
        self.fy, self.q = transcript.meta.fiscal_year, transcript.meta.fiscal_quarter
        self.base = A.features(transcript, facts)
        items = [fe.from_fact(name, f) for f in facts]
        at = {id(it): i for i, it in enumerate(items)}
        pairs, _, _ = fe.pair(labels, items)
        self.target = {at[id(p)]: lab for lab, p in pairs}
        self.items, self.scored = items, {}


def collect(history_dir: Path) -> list[CallSet]:
    fe = facts_eval()
    from ecta.facts import extract_facts

    labels = fe.read_labels(LABELLED)
    by_file = defaultdict(list)
    for lab in labels:
        by_file[lab.file].append(lab)
    old = history(history_dir)
    sets = []
    for name in sorted(by_file):
        transcript = ecta.parse(LABELLED / "transcripts" / name)
        if not transcript.meta.fiscal_year or not transcript.meta.fiscal_quarter:
            continue
        sets.append(CallSet("current", name, transcript, A.unarbitrated(extract_facts, transcript), by_file[name]))
        if name in old:
            sets.append(CallSet("old", name, transcript, [as_fact(d) for d in old[name]], by_file[name]))
    return sets


class WeakSet:
    """One ECTSum call's facts with what its gold bullets say of them (kind: actual or outlook; the period when a
    bullet names it): weak labels, noisy, for training only."""

    def __init__(self, name: str, transcript, facts: list, said: dict[int, dict]) -> None:
        self.source, self.name, self.transcript, self.facts, self.said = "ectsum", name, transcript, facts, said
        self.fy, self.q = transcript.meta.fiscal_year, transcript.meta.fiscal_quarter
        self.base = A.features(transcript, facts, set(said))


def ectsum(root: Path, limit: int | None) -> list[WeakSet]:
    """A WeakSet per ECTSum call: each gold bullet number that one to three facts of the bullet's metric carry
    labels those facts (analysts' estimates and numbers many facts share are left out)."""
    fe = facts_eval()
    from ecta.facts import extract_facts

    out = []
    for name in sorted(p.name for p in (root / "ects").glob("*.txt"))[:limit]:
        gold = root / "gt_summaries" / name
        if not gold.exists():
            continue
        doc = (root / "ects" / name).read_text(encoding="utf-8", errors="replace")
        transcript = fe.sentences_transcript(root / "ects" / name, doc)
        fy, q = transcript.meta.fiscal_year, transcript.meta.fiscal_quarter
        if not fy or not q:
            continue
        facts = A.unarbitrated(extract_facts, transcript)
        said: dict[int, dict] = {}
        for bullet in (b.strip() for b in gold.read_text(encoding="utf-8", errors="replace").splitlines()):
            for g in fe.gold_numbers(bullet):
                close = [i for i, f in enumerate(facts) if any(abs(v - g.value) <= g.tolerance for v in fe.fact_values(f))]
                pool = [i for i in close if g.metrics is not None and facts[i].metric in g.metrics]
                if not 1 <= len(pool) <= 3:
                    continue
                cues = fe.bullet_cues(bullet, max(fe._num_pos(bullet, g.text), 0), fy, q)
                if cues["kind"] != "estimate":
                    for i in pool:
                        said.setdefault(i, cues)
        if said:
            out.append(WeakSet(name, transcript, facts, said))
    return out


def weak_rows(ws: WeakSet, task: str):
    """rows() for a WeakSet: only candidates whose target the bullet settles."""
    for i, cues in ws.said.items():
        f = ws.facts[i]
        if task == "period":
            if cues["period"] is None:
                continue
            year, quarter = cues["period"]
            rule = A.relative(A._label(f), ws.fy, ws.q)
            for c in A.period_candidates(f, ws.fy, ws.q):
                p = f.period if c == rule else A.absolute(c, ws.fy, ws.q)
                hit = p is not None and p.fiscal_year == year and p.quarter == quarter and not p.half and not p.ytd
                yield i, c, rule, A.candidate_features(ws.base[i], c, rule, task), float(hit)
        else:
            rule = A._kind(f)
            for c in A.KINDS:
                if cues["kind"] == "actual" or c in ("actual", "estimate"):
                    yield i, c, rule, A.candidate_features(ws.base[i], c, rule, task), float((c == "actual") == (cues["kind"] == "actual"))


def rows(cs: CallSet, task: str):
    """(fact index, candidate, rule's candidate, features, target) for each candidate of each fact."""
    fe = facts_eval()
    for i, f in enumerate(cs.facts):
        lab = cs.target.get(i)
        if task == "period":
            rule = A.relative(A._label(f), cs.fy, cs.q)
            for c in A.period_candidates(f, cs.fy, cs.q):
                label = A._label(f) if c == rule else (p.label if (p := A.absolute(c, cs.fy, cs.q)) else None)
                hit = None if lab is None else float(fe.period_key(label) == lab.period)
                yield i, c, rule, A.candidate_features(cs.base[i], c, rule, task), hit
        else:
            rule = A._kind(f)
            for c in A.KINDS:
                hit = None if lab is None else float(c == lab.kind)
                yield i, c, rule, A.candidate_features(cs.base[i], c, rule, task), hit


class Design:
    """Every candidate row of one task over all call sets: the sparse matrix, the targets (None: no label paired),
    and which call set, fact and candidate each row stands for."""

    def __init__(self, sets: list[CallSet], task: str, weak: list[WeakSet] = (), weak_weight: float = 0.0) -> None:
        import numpy as np
        import scipy.sparse as sp

        feats, self.y, self.who, wrong = [], [], [], {}
        for j, cs in enumerate(sets):
            for i, c, rule, x, y in rows(cs, task):
                feats.append(x)
                self.y.append(np.nan if y is None else y)
                self.who.append((j, i, c))
                if c == rule and y is not None:
                    wrong[(j, i)] = y == 0
        scale = {}
        for k, ws in enumerate(weak if weak_weight > 0 else ()):
            j = -1 - k  # weak rows train every fold and are never scored
            scale[j] = weak_weight
            for i, c, rule, x, y in weak_rows(ws, task):
                feats.append(x)
                self.y.append(y)
                self.who.append((j, i, c))
                if c == rule:
                    wrong[(j, i)] = y == 0
        self.weight = np.array([(WRONG_WEIGHT if wrong.get((j, i)) else 1.0) * scale.get(j, 1.0) for j, i, _ in self.who])
        self.names = sorted({k for x in feats for k in x})
        index = {k: n for n, k in enumerate(self.names)}
        r, col, v = [], [], []
        for n, x in enumerate(feats):
            for k, val in x.items():
                if val:
                    r.append(n)
                    col.append(index[k])
                    v.append(float(val))
        self.matrix = sp.csr_matrix((np.array(v), (r, col)), shape=(len(feats), len(self.names)))
        self.y = np.array(self.y)
        self.set_of = np.array([j for j, _, _ in self.who])

    def fingerprint(self) -> str:
        """A hash of the rows the trees are fitted on: the same rows give the same trees."""
        import hashlib

        h = hashlib.sha256("\n".join(self.names).encode())
        for a in (self.matrix.indptr, self.matrix.indices, self.matrix.data, self.y, self.weight):
            h.update(a.tobytes())
        return h.hexdigest()[:16]

    def fit(self, keep):
        """Trees fitted on the labelled rows of the call sets `keep(j)` allows."""
        import lightgbm as lgb
        import numpy as np

        allowed = [j for j in range(self.set_of.max() + 1) if keep(j)]
        mask = (np.isin(self.set_of, allowed) | (self.set_of < 0)) & ~np.isnan(self.y)
        data = lgb.Dataset(self.matrix[mask], self.y[mask], weight=self.weight[mask], feature_name=[f"f{i}" for i in range(len(self.names))])
        return lgb.train(PARAMS, data, ROUNDS)


def export(booster, names: list[str]) -> dict:
    sys.path.insert(0, str(REPO / "scripts"))
    from train_summarizer import export as export_trees

    return export_trees(booster, names)


def scores(design: Design, booster, chosen: set[int], sets: list[CallSet]) -> dict[int, list[dict[str, float]]]:
    """For each call set in `chosen`: each fact's candidates with the trees' probability."""
    import numpy as np

    rows_at = np.nonzero(np.isin(design.set_of, list(chosen)))[0]
    prob = booster.predict(design.matrix[rows_at])
    out = {j: [dict() for _ in sets[j].facts] for j in chosen}
    for n, p in zip(rows_at, prob):
        j, i, c = design.who[n]
        out[j][i][c] = float(p)
    return out


def best_other(s: dict, rule: str, task: str) -> tuple[float, str | None, float]:
    """The rule's candidate's score, and the best other candidate a fact's answer may become, with its score."""
    kept = s.get(rule, 1.0)
    others = {c: p for c, p in s.items() if c != rule and c in (A.PERIODS if task == "period" else A.KINDS)}
    if not others:
        return kept, None, 0.0
    best = max(others, key=lambda c: (others[c], c))
    return kept, best, others[best]


def decided(cs: CallSet, period_scores, kind_scores, tp: dict, tk: dict) -> tuple:
    """The overrides the per-answer thresholds `tp`, `tk` allow: (fact index, period label, kind) per fact changed."""
    out = []
    for i, f in enumerate(cs.facts):
        label, kind = A._label(f), A._kind(f)
        rule_p, changed = A.relative(label, cs.fy, cs.q), False
        if rule_p in tp and A.gated(f, rule_p, cs.fy, cs.q):
            kept, best, p = best_other(period_scores[i], rule_p, "period")
            if best is not None and best not in A.NEVER and A.passes(tp[rule_p], kept, p):
                q = A.absolute(best, cs.fy, cs.q)
                label, changed = q.label if q else None, True
        if kind in tk:
            kept, best, p = best_other(kind_scores[i], kind, "kind")
            if best is not None and A.passes(tk[kind], kept, p):
                kind, changed = best, True
        if changed:
            out.append((i, label, kind))
    return tuple(out)


def vpk(cs: CallSet, changes: tuple = ()) -> tuple[int, int, int]:
    """(true positives, predictions, labels) of (value, period, kind) on the call, with `changes` made."""
    import dataclasses

    fe = facts_eval()
    if cs.items is None:
        cs.items = [fe.from_fact(cs.name, f) for f in cs.facts]
    key = changes
    if key not in cs.scored:
        items = list(cs.items)
        for i, label, kind in changes:
            items[i] = dataclasses.replace(items[i], period=fe.period_key(label), kind=kind)
        pairs, _, _ = fe.pair(cs.labels, items)
        tp = sum(lab.period == p.period and lab.kind == p.kind for lab, p in pairs)
        cs.scored[key] = (tp, len(items), len(cs.labels))
    return cs.scored[key]


def _pr(t: tuple[int, int, int]) -> str:
    return f"P {t[0] / max(t[1], 1):.4f} R {t[0] / max(t[2], 1):.4f} (tp {t[0]}, {t[1]} facts, {t[2]} labels)"


def _add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def cross_validate(sets: list[CallSet], designs: dict, folds: int) -> dict:
    names = sorted({cs.name for cs in sets})
    fold_of = {n: i % folds for i, n in enumerate(names)}
    oof: dict[int, tuple] = {}
    for k in range(folds):
        test = {j for j, cs in enumerate(sets) if fold_of[cs.name] == k}
        got = {task: scores(d, d.fit(lambda j: j not in test), test, sets) for task, d in designs.items()}
        for j in test:
            oof[j] = (got["period"][j], got["kind"][j])
        print(f"fold {k + 1}/{folds}", file=sys.stderr)
    return oof


GRID = [{"keep": k, "take": t, "margin": m} for k in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
        for t in (0.0, 0.3, 0.5, 0.7) for m in (-0.2, -0.1, 0.0, 0.2, 0.4) if t < k or t == 0.0]
OPENABLE = {"period": A.OPEN, "kind": frozenset()}
"""The rule answers cross-validation may open to the trees. Measured 2026-11-30 (bench/README.md, arbiter): opening
the call's quarter (behind its gate) or kinds gained a few facts on the old extractors' rows and lost some on
today's rules, out of fold."""
MIN_GAIN = 2
"""An answer is opened to the trees only where its best setting fixes this many more facts than it breaks."""


def gains(sets: list[CallSet], oof: dict, task: str) -> dict:
    """For each rule answer of the task and each setting of GRID: per call set, the facts it fixes minus those it
    breaks, counting each override alone on the fact's paired label (overrides of different facts add up; the
    final measure re-pairs every call with all of them made)."""
    import numpy as np

    fe = facts_eval()
    rows = defaultdict(list)  # answer -> (set, kept, best score, gain)
    for j, cs in enumerate(sets):
        for i, f in enumerate(cs.facts):
            rule = A.relative(A._label(f), cs.fy, cs.q) if task == "period" else A._kind(f)
            if task == "period" and not A.gated(f, rule, cs.fy, cs.q):
                continue
            kept, best, p = best_other(oof[j][0 if task == "period" else 1][i], rule, task)
            if best is None or (task == "period" and best in A.NEVER):
                continue
            lab, g = cs.target.get(i), 0
            if lab is not None:
                if task == "period":
                    new = A.absolute(best, cs.fy, cs.q)
                    now, then = fe.period_key(A._label(f)), fe.period_key(new.label if new else None)
                    ok = lab.kind == cs.items[i].kind
                    g = ok * ((then == lab.period) - (now == lab.period))
                else:
                    ok = lab.period == cs.items[i].period
                    g = ok * ((best == lab.kind) - (rule == lab.kind))
            rows[rule].append((j, kept, p, g))
    out = {}
    for rule, r in rows.items():
        j, kept, p, g = (np.array(c) for c in zip(*r))
        out[rule] = np.array([np.bincount(j, weights=g * (kept < s["keep"]) * (p >= s["take"]) * (p - kept >= s["margin"]),
                                          minlength=len(sets)) for s in GRID])
    return out


def choose(sets: list[CallSet], table: dict, held: str | None, task: str) -> dict:
    """Per rule answer, the setting best on the old extractors' calls other than `held` that does not lose on
    today's rules over those calls; answers no setting helps by MIN_GAIN stay closed."""
    import numpy as np

    old = np.array([cs.source == "old" and cs.name != held for cs in sets])
    now = np.array([cs.source == "current" and cs.name != held for cs in sets])
    out = {}
    for rule, g in sorted(table.items()):
        if rule not in OPENABLE[task]:
            continue
        on_old, on_now = g[:, old].sum(axis=1), g[:, now].sum(axis=1)
        ok = [n for n in range(len(GRID)) if on_old[n] >= MIN_GAIN and on_now[n] >= 0]
        if ok:
            # ties go to the stricter setting (fewer overrides for the same gain)
            n = max(ok, key=lambda n: (on_old[n], on_now[n], GRID[n]["margin"], -GRID[n]["keep"], GRID[n]["take"]))
            out[rule] = GRID[n]
    return out


def _contributions(sets: list[CallSet], oof: dict, task: str, answer: str, gate: bool = True):
    """Each fact whose rule answer is `answer` and that the trees could re-decide: (set, kept, best score, fixes,
    breaks), where a fix (break) is an override that makes the fact's paired label match (stop matching), the
    fact's other half (kind, or period) being right."""
    fe = facts_eval()
    out = []
    for j, cs in enumerate(sets):
        for i, f in enumerate(cs.facts):
            rule = A.relative(A._label(f), cs.fy, cs.q) if task == "period" else A._kind(f)
            if rule != answer:
                continue
            if task == "period":
                gates = A.GATES if gate else {}
                saved, A.GATES = A.GATES, gates
                try:
                    if not A.gated(f, rule, cs.fy, cs.q):
                        continue
                finally:
                    A.GATES = saved
            kept, best, p = best_other(oof[j][0 if task == "period" else 1][i], rule, task)
            if best is None or (task == "period" and best in A.NEVER):
                continue
            lab, fix, brk = cs.target.get(i), 0, 0
            if lab is not None:
                if task == "period":
                    new = A.absolute(best, cs.fy, cs.q)
                    now, then = fe.period_key(A._label(f)), fe.period_key(new.label if new else None)
                    ok = lab.kind == cs.items[i].kind
                    fix, brk = ok and then == lab.period and now != lab.period, ok and now == lab.period and then != lab.period
                else:
                    ok = lab.period == cs.items[i].period
                    fix, brk = ok and best == lab.kind and rule != lab.kind, ok and rule == lab.kind and best != lab.kind
            out.append((j, kept, p, int(fix), int(brk)))
    return out


def widen(sets: list[CallSet], oof: dict) -> dict:
    """Each rule answer opened alone, measured out of fold: per held-out call the setting of GRID best on the other
    calls (as `choose`: at least MIN_GAIN on the old extractors, no loss on today's rules), and the facts it fixes
    and breaks on the held-out call's old and current sets; overall, on the RECENT latest blind calls, and the
    wrong answers there were to fix. Overrides are counted alone on each fact's paired label."""
    import numpy as np

    names = sorted({cs.name for cs in sets})
    recent = set(list(blind_calls())[:RECENT])
    old = np.array([cs.source == "old" for cs in sets])
    name_of = np.array([cs.name for cs in sets])
    answers = [("period", a, True) for a in ("Q-4", "Q-1", "FY-1", "Q0", "FY0", "none", "YTD0", "H0", "FY+1", "Q+1", "H+1")]
    answers += [("period", "Q0", False)] + [("kind", k, True) for k in A.KINDS]
    report = {}
    for task, answer, gate in answers:
        rows = _contributions(sets, oof, task, answer, gate)
        if not rows:
            continue
        j, kept, p, fix, brk = (np.array(c) for c in zip(*rows))
        passes = np.array([(kept < s["keep"]) & (p >= s["take"]) & (p - kept >= s["margin"]) for s in GRID])
        F = np.array([np.bincount(j, weights=fix * m, minlength=len(sets)) for m in passes])
        B = np.array([np.bincount(j, weights=brk * m, minlength=len(sets)) for m in passes])
        G = F - B
        got = defaultdict(lambda: np.zeros(2))
        opened = 0
        for held in names:
            o = old & (name_of != held)
            c = ~old & (name_of != held)
            on_old, on_now = G[:, o].sum(axis=1), G[:, c].sum(axis=1)
            ok = [n for n in range(len(GRID)) if on_old[n] >= MIN_GAIN and on_now[n] >= 0]
            if not ok:
                continue
            opened += 1
            n = max(ok, key=lambda n: (on_old[n], on_now[n], GRID[n]["margin"], -GRID[n]["keep"], GRID[n]["take"]))
            for k in np.nonzero(name_of == held)[0]:
                src = "old" if old[k] else "current"
                got[src] += (F[n, k], B[n, k])
                if held in recent:
                    got[src + "_recent"] += (F[n, k], B[n, k])
        allo, allc = G[:, old].sum(axis=1), G[:, ~old].sum(axis=1)
        ok = [n for n in range(len(GRID)) if allo[n] >= MIN_GAIN and allc[n] >= 0]
        final = GRID[max(ok, key=lambda n: (allo[n], allc[n], GRID[n]["margin"], -GRID[n]["keep"], GRID[n]["take"]))] if ok else None
        key = f"{task}:{answer}{'' if gate else ' (no gate)'}"
        scored = {src: int(((~old if src == "current" else old)[j]).sum()) for src in ("old", "current")}
        report[key] = {"scored_facts": scored, "calls_opened_for": opened, "final_setting": final,
                       **{k: [int(x) for x in v] for k, v in got.items()}}
        def fb(k):
            v = got.get(k, (0, 0))
            return f"+{int(v[0])}/-{int(v[1])}"
        print(f"{key:22s} facts {scored['old']:6d}/{scored['current']:6d}  opened for {opened:3d}/{len(names)} calls  "
              f"old {fb('old'):9s} old15 {fb('old_recent'):9s} now {fb('current'):9s} now15 {fb('current_recent'):9s} "
              f"final {final}", file=sys.stderr)
    return report


def measure(sets: list[CallSet], oof: dict) -> dict:
    tables = {task: gains(sets, oof, task) for task in ("period", "kind")}
    report = {"settings": {task: choose(sets, tables[task], None, task) for task in tables}}
    for source in ("current", "old"):
        idx = [j for j, cs in enumerate(sets) if cs.source == source]
        base = chosen_total = (0, 0, 0)
        per_call = {}
        for j in idx:
            cs = sets[j]
            tp, tk = (choose(sets, tables[task], cs.name, task) for task in ("period", "kind"))
            before, after = vpk(cs), vpk(cs, decided(cs, *oof[j], tp, tk))
            base, chosen_total = _add(base, before), _add(chosen_total, after)
            per_call[cs.name] = {"rules": before, "arbiter": after, "period": sorted(tp), "kind": sorted(tk)}
        ups = sum(c["arbiter"][0] > c["rules"][0] for c in per_call.values())
        downs = sum(c["arbiter"][0] < c["rules"][0] for c in per_call.values())
        mean_gain = sum((c["arbiter"][0] - c["rules"][0]) / max(c["rules"][2], 1) for c in per_call.values()) / max(len(per_call), 1)
        report[source] = {"rules": base, "arbiter": chosen_total, "mean_recall_gain_per_call": mean_gain,
                          "up": ups, "down": downs, "per_call": per_call}
        print(f"{source}: rules {_pr(base)}\n{source}: arbiter (thresholds from the other calls) {_pr(chosen_total)}"
              f"; per call mean VPK recall {100 * mean_gain:+.2f} points, {ups} up, {downs} down", file=sys.stderr)
        # the latest blind calls' old extractors are the nearest to today's rules, and their errors to today's
        recent = [n for n in list(blind_calls())[:RECENT] if n in per_call]
        before = after = (0, 0, 0)
        for n in recent:
            before, after = _add(before, per_call[n]["rules"]), _add(after, per_call[n]["arbiter"])
        report[source]["recent"] = {"calls": recent, "rules": before, "arbiter": after}
        print(f"{source}, the {len(recent)} latest blind calls: rules {_pr(before)}; arbiter {_pr(after)}", file=sys.stderr)
    print(f"settings: {json.dumps(report['settings'])}", file=sys.stderr)
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=A.MODEL)
    ap.add_argument("--history", type=Path, default=Path("/tmp/ecta_arbiter_history"))
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--no-cv", action="store_true", help="fit the shipped trees only")
    ap.add_argument("--report", type=Path)
    ap.add_argument("--oof", type=Path, help="keep the out-of-fold scores here (and reuse them if present)")
    ap.add_argument("--ectsum", type=Path, default=REPO.parent / "shared" / "ectsum" / "train",
                    help="ECTSum split whose gold bullets give weak labels (not val: that is the guard)")
    ap.add_argument("--ectsum-weight", type=float, default=ECTSUM_WEIGHT, help="their rows' weight (0: none)")
    ap.add_argument("--ectsum-limit", type=int)
    ap.add_argument("--ectsum-sets", type=Path, help="keep the ECTSum calls' facts here (and reuse them if present)")
    ap.add_argument("--sets", type=Path, help="keep the call sets here (and reuse them if present), to re-measure with --oof")
    ap.add_argument("--measure-only", action="store_true", help="with --oof: measure, fit no final trees")
    ap.add_argument("--widen", type=Path, help="with --oof: measure each rule answer opened alone, write the table here")
    ap.add_argument("--open", nargs="*", default=None, metavar="TASK=A,B",
                    help="the rule answers cross-validation may open (default: OPENABLE), e.g. period=Q-4,Q-1 kind=")
    args = ap.parse_args()
    import pickle

    facts_eval()  # the pickled call sets hold its Items
    if args.sets and args.sets.exists():
        sets = pickle.loads(args.sets.read_bytes())
    else:
        sets = collect(args.history)
        if args.sets:
            args.sets.write_bytes(pickle.dumps(sets))
    print(f"{len(sets)} call sets ({sum(cs.source == 'old' for cs in sets)} from old extractors)", file=sys.stderr)
    weak = []
    if args.ectsum_weight > 0:
        if args.ectsum_sets and args.ectsum_sets.exists():
            weak = pickle.loads(args.ectsum_sets.read_bytes())
        else:
            weak = ectsum(args.ectsum, args.ectsum_limit)
            if args.ectsum_sets:
                args.ectsum_sets.write_bytes(pickle.dumps(weak))
        print(f"{len(weak)} ECTSum calls, {sum(len(w.said) for w in weak)} facts with weak labels", file=sys.stderr)
    if args.open is not None:
        for spec in args.open:
            task, _, answers = spec.partition("=")
            OPENABLE[task] = frozenset(a for a in answers.split(",") if a)
        print(f"openable: {({k: sorted(v) for k, v in OPENABLE.items()})}", file=sys.stderr)
    designs = {task: Design(sets, task, weak, args.ectsum_weight) for task in ("period", "kind")}
    report = {}
    if not args.no_cv:
        oof = None
        if args.oof and args.oof.exists():
            oof = pickle.loads(args.oof.read_bytes())
        if oof is None:
            oof = cross_validate(sets, designs, args.folds)
            if args.oof:
                args.oof.write_bytes(pickle.dumps(oof))
        if args.widen:
            args.widen.write_text(json.dumps(widen(sets, oof), indent=1, default=str))
        report = measure(sets, oof)
    if args.report:
        args.report.write_text(json.dumps(report, indent=1, default=str))
    if args.measure_only:
        return 0
    model = {"note": "scripts/train_arbiter.py; bench/README.md, arbiter"}
    for task, design in designs.items():
        model[task] = export(design.fit(lambda j: True), design.names)
    model["rows"] = {task: design.fingerprint() for task, design in designs.items()}
    model["thresholds"] = {"period": {}, "kind": {}}
    if not report and (kept := A.load(args.out) or A.load()) is not None:
        model["thresholds"] = kept.get("thresholds", model["thresholds"])  # --no-cv: the measured thresholds stay
    if report:
        # per answer, the setting best over all the old extractors' calls, out of fold (each call's own measure
        # above used the settings best on the others)
        model["thresholds"] = report["settings"]
    args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n")
    print(f"-> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
