"""A learned second opinion on each fact's period and kind, read from the text and the fact records alone.

The rules (kinds, dating, periods) decide a fact's period and kind from the wording they were written for; on a
call unlike the labelled ones their misses follow a few patterns (a cue word further off than a rule looks, a period
named only in the sentence before). The arbiter scores a short list of candidates for each fact: for the period,
the rule's own and the periods a call's figures mostly have relative to the call (its quarter, the quarter before
or after, the year-ago quarter, the fiscal year, the next and the last one, the year to date, the half, none); for
the kind, the five kinds. Its trees (`arbiter.json`, trained by `scripts/train_arbiter.py`) see the rule's answer
expressed relative to the call, cue words and period words before and after the figure, in the sentence before,
the speaker's role and section, and the fact before in the turn. A candidate other than the rule's replaces it only
where the trees are confident, by thresholds kept per rule answer (in the model, chosen by cross-validation by
call), and only for the answers cross-validation opened: a closed earlier period (`OPEN`). Elsewhere, and for
kinds, the trees' overrides did not pay. A figure whose own sentence names the rule's period is left alone.

Its features use nothing of the rules' internal state, so the same trees can re-decide the output of an older
extractor: that is how its gain on calls the rules had not seen is measured (bench/README.md, "arbiter").
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from .. import lazy_re as re
from ..model import FactKind, ParagraphKind, Section
from . import periods as P
from ..fiscal_words import FISCAL

MODEL = Path(__file__).with_name("arbiter.json")
ENABLED = False
"""Off (since the thirteenth session). Refitted in the thirty-first on 134 calls and 126 blind calls' first readings:
out of fold the trees lift (value, period, kind) on the first readings by 129 facts (most on four calls), on today's
rules by 5 (10 calls up, 5 down) and on the 14 latest blind calls by 4 and 2; on that session's held-out calls
(written blind, scored at its end) they moved one fact, from one wrong period to another, for about 2% more instructions a pass. The rule for
switching them on (a gain out of fold on today's rules AND on a held-out call) is not met (bench/README.md,
"arbiter"). Off, `extract_facts` neither reads the model nor computes a feature."""

KINDS = ("actual", "guidance", "prior_guidance", "target", "estimate")
PERIODS = ("none", "Q0", "Q-1", "Q+1", "Q-4", "FY0", "FY+1", "FY-1", "YTD0", "H0", "H+1")
"""The periods a candidate can take, relative to the call's quarter Q0 of fiscal year FY0."""
OPEN = frozenset({"Q-4", "Q-1", "FY-1"})
"""The rule's periods the trees may re-decide: a figure dated to a closed earlier period, which a comparison said
nearby ("a year ago", "last quarter") can lend a figure of the call's own period. Elsewhere, measured out of fold
(last on 2026-12-02, every period answer and every kind), their overrides gained a few facts at most and broke
about as many on today's rules; and scoring only these keeps the pass cheap. Cross-validation opens Q-4 and FY-1."""

_CUES = {
    "guide": r"\b(?:expect\w*|guid\w*|outlook|forecast\w*|anticipat\w*|project\w*|see|sees|seeing)\b",
    "target": r"\b(?:target\w*|goals?|aspir\w*|long[-\s]term|over\s+time|framework|algorithm|through\s+the\s+cycle|by\s+20\d\d|plan\s+period|over\s+the\s+next)\b",
    "estimate": r"\b(?:consensus|street|you\s+(?:said|have|had|mentioned|guys)|your\s+(?:estimate|number|model|guid\w*)|I\s+had|my\s+(?:estimate|model|number)|analysts?|models?)\b",
    "recall": r"\b(?:previous\w*|prior\s+(?:guid\w*|outlook|range|view|expectation)|we\s+said|we\s+gave|initial\w*|originally|last\s+call|at\s+the\s+(?:start|beginning)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b",
    "revise": r"\b(?:reaffirm\w*|reiterat\w*|rais\w*|narrow\w*|lower\w*|now\s+(?:see|expect|anticipate)|updat\w*|maintain\w*|increas\w*\s+(?:our|the)\s+(?:guid|outlook))\b",
    "past": r"\b(?:was|were|grew|delivered|reported|achieved|came\s+in|ended|rose|fell|declined|increased|decreased|generated|posted|had|totaled|improved)\b",
    "future": r"\b(?:will|should|would|going\s+to|plan\w*|intend|assum\w*|continue\s+to|next)\b",
    "market": r"\b(?:industry|market|peers?|competitors?)\b",
    "compare": r"\b(?:compared|versus|vs\.?|from|against|a\s+year\s+ago|year[-\s]ago|prior[-\s]year|last\s+year)\b",
}
_PERIOD_WORDS = {
    "quarter": r"\b(?:(?:this|the)\s+quarter|Q[1-4]|(?:first|second|third|fourth)\s+quarter|[1-4]Q|quarterly)\b",
    "next_q": r"\b(?:next\s+quarter|coming\s+quarter|(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+of\s+(?:next|20\d\d))\b",
    "last_q": r"\b(?:last\s+quarter|prior\s+quarter|previous\s+quarter|sequential\w*|linked[-\s]quarter)\b",
    "year": rf"\b(?:full[-\s]year|{FISCAL}\s+(?:year|20\d\d)|the\s+year|this\s+year|for\s+the\s+year|annual\w*|FY\s?\d\d)\b",
    "next_y": rf"\b(?:next\s+year|coming\s+year|(?:{FISCAL}\s+)?20\d\d\s+outlook)\b",
    "last_y": r"\b(?:last\s+year|prior\s+year|a\s+year\s+ago|year[-\s]ago|year[-\s]over[-\s]year)\b",
    "ytd": r"\b(?:year[-\s]to[-\s]date|YTD|first\s+(?:nine|six)\s+months|so\s+far\s+this\s+year|nine\s+months)\b",
    "half": r"\b(?:(?:first|second|back|front)\s+half|H[12])\b",
    "month": r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
    "todate": r"\b(?:to\s+date|so\s+far|quarter[-\s]to[-\s]date|month[-\s]to[-\s]date|since\s+(?:the\s+)?(?:end|quarter))\b",
}
_CUE_RX = {k: re.compile(v, re.I) for k, v in _CUES.items()}
_PERIOD_RX = {k: re.compile(v, re.I) for k, v in _PERIOD_WORDS.items()}
_YEAR = re.compile(rf"(?<![\d$.,])(?:FY\s?|{FISCAL}\s+(?:year\s+)?)?'?(20\d\d|'\d\d)\b", re.I)
_ORDINAL_Q = re.compile(r"\b(?:(first|second|third|fourth)\s+quarter|Q([1-4])|([1-4])Q)\b", re.I)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_FAR = 400
_WORDS = re.compile(r"[a-z][a-z'-]+")
_CLAUSE = re.compile(r"[,;:]\s+|\s+(?:and|but|while|which)\s+")


def relative(label: str | None, fy: int, q: int) -> str:
    """A period label as a class relative to the call's fiscal year `fy` and quarter `q`."""
    if label is None:
        return "none"
    head, _, year = label.rpartition(" ") if " " in label else (label[:2], "", label[2:])
    try:
        y = int(year)
    except ValueError:
        return "other"
    if head.startswith("Q"):
        d = (y * 4 + int(head[1])) - (fy * 4 + q)
        return {0: "Q0", -1: "Q-1", 1: "Q+1", -4: "Q-4"}.get(d, "Qother")
    if head == "FY":
        d = y - fy
        return {0: "FY0", 1: "FY+1", -1: "FY-1"}.get(d, "FY+2" if d > 1 else "FYold")
    if head == "YTD":
        return {0: "YTD0", -1: "YTD-1"}.get(y - fy, "other")
    if head.startswith("H"):
        d = (y * 2 + int(head[1])) - (fy * 2 + (1 if q <= 2 else 2))
        return {0: "H0", 1: "H+1", -1: "H-1"}.get(d, "other")
    return "other"


def absolute(rel: str, fy: int, q: int):
    """The Period a relative class stands for in a call of fiscal year `fy`, quarter `q` (None for "none")."""
    if rel == "none":
        return None
    if rel[0] == "Q":
        n = fy * 4 + q - 1 + int(rel[1:])
        return P.label(n // 4, n % 4 + 1)
    if rel.startswith("FY"):
        return P.label(fy + int(rel[2:]))
    if rel == "YTD0":
        return P.label(fy, ytd=True)
    n = fy * 2 + (0 if q <= 2 else 1) + int(rel[1:])
    return P.label(n // 2, half=n % 2 + 1)


def _kind(f) -> str:
    return getattr(f.kind, "value", f.kind) or "actual"


def _label(f) -> str | None:
    return f.period.label if f.period is not None else None


class _Lines:
    """Which turn and paragraph hold a source line, and the text around a sentence."""

    def __init__(self, transcript) -> None:
        self.starts: list[int] = []
        self.where: list[tuple] = []
        for turn in transcript.turns:
            paras = [p for p in turn.paragraphs if p.kind is ParagraphKind.SPEECH]
            for i, p in enumerate(paras):
                self.starts.append(p.line_start)
                self.where.append((turn, i, len(paras), p))

    def at(self, line: int):
        i = bisect_right(self.starts, line) - 1
        return self.where[i] if i >= 0 else None


@lru_cache(maxsize=512)
def _marks(text: str) -> tuple:
    """Where each cue and period word starts in `text`, and the years and quarters it names."""
    cues = tuple((k, tuple(m.start() for m in rx.finditer(text))) for k, rx in _CUE_RX.items())
    words = tuple((k, tuple(m.start() for m in rx.finditer(text))) for k, rx in _PERIOD_RX.items())
    years = []
    for m in _YEAR.finditer(text):
        y = m.group(1)
        years.append((m.start(), 2000 + int(y[1:]) if y.startswith("'") else int(y)))
    quarters = [(m.start(), _ORD.get((m.group(1) or "").lower()) or int(m.group(2) or m.group(3))) for m in _ORDINAL_Q.finditer(text)]
    return cues, words, tuple(years), tuple(quarters)


def _near(starts: tuple, at: int) -> tuple[int, int]:
    """Distance in characters to the nearest start before `at` and after it (_FAR where there is none)."""
    before = after = _FAR
    for s in starts:
        if s < at:
            before = min(before, at - s)
        else:
            after = min(after, s - at)
    return before, after


def features(transcript, facts: list, only=None) -> list[dict[str, float] | None] | None:
    """One feature dict per fact (None for a fact not in `only`, when given), or None where the call's own period
    is unknown (nothing is relative then)."""
    meta = transcript.meta
    fy, q = meta.fiscal_year, meta.fiscal_quarter
    if not fy or not q:
        return None
    lines = _Lines(transcript)
    out = []
    prev_turn, prev = None, None
    counts: dict[str, int] = {}
    for f in facts:
        counts[f.sentence] = counts.get(f.sentence, 0) + 1
    seen: dict[str, int] = {}
    for n, f in enumerate(facts):
        if only is not None and n not in only:
            seen[f.sentence] = seen.get(f.sentence, 0) + 1
            prev_turn, prev = f.turn, f
            out.append(None)
            continue
        x: dict[str, float] = {"call_q": q, f"kind={_kind(f)}": 1, f"rel={relative(_label(f), fy, q)}": 1,
                               f"unit={_unit(f.unit)}": 1, "range": float(f.low is not None),
                               f"change={getattr(f.change, 'value', f.change) or '-'}": 1, f"metric={f.metric}": 1}
        sentence = f.sentence or ""
        at = max(sentence.find(f.text), 0) if f.text else 0
        x["pos"] = at / max(len(sentence), 1)
        x["n_in_sentence"] = counts[sentence]
        x["i_in_sentence"] = seen.get(sentence, 0)
        seen[sentence] = seen.get(sentence, 0) + 1
        x["question"] = float("?" in sentence)
        for w in _WORDS.findall(sentence[max(at - 40, 0):at].lower())[-4:]:
            x[f"b:{w}"] = 1
        end = at + len(f.text or "")
        for w in _WORDS.findall(sentence[end:end + 30].lower())[:3]:
            x[f"a:{w}"] = 1
        clause = _CLAUSE.split(sentence[:at])[-1] + sentence[at:end] + _CLAUSE.split(sentence[end:])[0]
        ccues = _marks(clause)[0]
        for k, starts in ccues:
            if starts:
                x[f"clause:{k}"] = 1
        cues, words, years, quarters = _marks(sentence)
        for k, starts in cues + words:
            b, a = _near(starts, at)
            x[f"{k}<"], x[f"{k}>"] = b, a
        for pos, y in years:
            d = y - fy
            x[f"year{'+' if d > 0 else ''}{max(min(d, 2), -2)}{'<' if pos < at else '>'}"] = 1
        for pos, n in quarters:
            d = n - q
            x[f"qword{'+' if d > 0 else ''}{d}{'<' if pos < at else '>'}"] = 1
        place = lines.at(f.line)
        if place is not None:
            turn, i, n, para = place
            role = turn.speaker.role
            x[f"role={getattr(role, 'value', role)}"] = 1
            x["qa"] = float(turn.section is Section.QA)
            x["para_in_turn"] = i
            x["paras_in_turn"] = n
            where = para.text.find(sentence) if sentence else -1
            before = para.text[max(where - 300, 0):where] if where > 0 else ""
            if before:
                pc, pw, py, pq = _marks(before)
                for k, starts in pc + pw:
                    x[f"prev:{k}"] = float(bool(starts))
                for _, y in py:
                    x[f"prev:year{max(min(y - fy, 2), -2)}"] = 1
                for _, n2 in pq:
                    x[f"prev:qword{n2 - q}"] = 1
            x["sentence_in_para"] = float(where > 0)
        if f.turn == prev_turn and prev is not None:
            x[f"prev_kind={_kind(prev)}"] = 1
            x[f"prev_rel={relative(_label(prev), fy, q)}"] = 1
            x["prev_same_sentence"] = float(prev.sentence == f.sentence)
        prev_turn, prev = f.turn, f
        out.append(x)
    return out


def _unit(unit: str | None) -> str:
    if unit is None:
        return "-"
    return unit if unit in ("%", "bps", "count", "x", "days") else "money"


def period_candidates(f, fy: int, q: int) -> list[str]:
    rule = relative(_label(f), fy, q)
    return list(PERIODS) if rule in PERIODS else [rule, *PERIODS]


def candidate_features(base: dict, cand: str, rule: str, task: str) -> dict:
    x = dict(base)
    x[f"{task}_cand={cand}"] = 1
    x["is_rule"] = float(cand == rule)
    return x


GATES = {"Q0": re.compile(_PERIOD_WORDS["month"] + "|" + _PERIOD_WORDS["todate"], re.I)}
"""A rule answer most facts have is re-decided only where the sentence holds what its misses share, so the rest
cost nothing: a figure dated to the call's quarter is re-decided when the sentence names a month or says "to date"
or "so far" (a month after the quarter closed, a range given at a month's call)."""


def gated(f, rule: str, fy: int, q: int) -> bool:
    """Whether a fact the rule gave the answer `rule` may be re-decided: its answer's gate passes, and its own
    sentence does not name the rule's period where that differs from the call's (a year, or a quarter by number:
    "in the third quarter of 2026 we had ..."), for what the trees set right is a period lent from elsewhere."""
    gate = GATES.get(rule)
    if gate is not None and not gate.search(f.sentence or ""):
        return False
    if rule not in PERIODS or rule in ("none", "Q0"):
        return True
    period = absolute(rule, fy, q)
    _, _, years, quarters = _marks(f.sentence or "")
    if period.fiscal_year != fy and any(y == period.fiscal_year for _, y in years):
        return False
    return not (period.quarter and period.quarter != q and any(n == period.quarter for _, n in quarters))


NEVER = frozenset({"other", "Qother", "FY+2", "FYold", "YTD-1", "H-1"})
"""Classes a candidate never replaces a rule's answer with: no single period stands for them."""


def passes(t: dict, kept: float, best: float) -> bool:
    """Whether a candidate scored `best` replaces the rule's answer scored `kept`, by the thresholds `t`."""
    return kept < t["keep"] and best >= t.get("take", 0.0) and best - kept >= t["margin"]


def by_answer(thresholds: dict, task: str) -> dict[str, dict]:
    """The task's thresholds for each rule answer the trees may re-decide. An older model's one setting for
    the whole task stands for the closed periods (`OPEN`), or for every kind."""
    t = thresholds.get(task) or {}
    if "keep" in t:
        t = {c: t for c in (OPEN if task == "period" else KINDS)} if t.get("take", 1.0) < 1.0 else {}
    return {c: v for c, v in t.items() if v.get("keep", 0.0) > 0.0}


class Arbiter:
    """The shipped trees, or none: `decide` then keeps every fact as the rules left it."""

    def __init__(self, model: dict | None) -> None:
        from ..summarize.trees import Forest

        self.model = model or {}
        self.period = Forest(self.model["period"]) if self.model.get("period") else None
        self.kind = Forest(self.model["kind"]) if self.model.get("kind") else None
        thresholds = self.model.get("thresholds", {})
        self.open = {task: by_answer(thresholds, task) if getattr(self, task) is not None else {}
                     for task in ("period", "kind")}

    def decide(self, transcript, facts: list) -> list:
        """The facts, with period or kind replaced where a candidate beats the rule's clearly."""
        fy, q = transcript.meta.fiscal_year, transcript.meta.fiscal_quarter
        if not facts or not fy or not q or not (self.open["period"] or self.open["kind"]):
            return facts
        # the gate: only facts whose rule answer is open to the trees are featurised and scored
        rules = []
        for f in facts:
            p, k = relative(_label(f), fy, q), _kind(f)
            rules.append((p if p in self.open["period"] and gated(f, p, fy, q) else None,
                          k if k in self.open["kind"] else None))
        only = {n for n, (p, k) in enumerate(rules) if p or k}
        if not only:
            return facts
        base = features(transcript, facts, only)
        if base is None:
            return facts
        out = []
        for f, x, (rp, rk) in zip(facts, base, rules):
            update = {}
            if x is not None and rp is not None:
                best = self._best(self.period, x, period_candidates(f, fy, q), rp, "period", self.open["period"][rp])
                if best is not None:
                    update["period"] = absolute(best, fy, q)
            if x is not None and rk is not None:
                best = self._best(self.kind, x, KINDS, rk, "kind", self.open["kind"][rk])
                if best is not None:
                    update["kind"] = FactKind(best)
            out.append(f.model_copy(update=update) if update else f)
        return out

    @staticmethod
    def _best(forest, x: dict, cands, rule: str, task: str, t: dict) -> str | None:
        """The candidate that replaces the rule's answer, or None. The same scores as `forest.probability` of each
        candidate's `candidate_features` (the same leaves summed in the same order), computed cheaper: the features
        as a sparse map, and the other candidates walked through each tree together, parting only where a split
        asks which candidate it is (most of the arbiter's cost was walking the same trees a dozen times)."""
        index = forest.index
        sparse = {}
        for name, value in x.items():
            i = index.get(name)
            if i is not None:
                sparse[i] = value
        owner = _owners(forest, task)
        own = dict(sparse)
        for name, value in ((f"{task}_cand={rule}", 1), ("is_rule", 1.0)):
            if (i := index.get(name)) is not None:
                own[i] = value
        kept = _sigmoid(_walk(forest.trees, own.get))
        if kept >= t["keep"]:
            return None  # the rule's answer is likely: no other candidate is scored
        others = tuple(c for c in cands if c != rule)
        if not others:
            return None
        if (i := index.get("is_rule")) is not None:
            sparse[i] = 0.0
        scores = {c: _sigmoid(z) for c, z in _walk_all(forest.trees, sparse.get, owner, others).items()}
        best = max(scores, key=lambda c: (scores[c], c))
        if best in NEVER:
            return None
        return best if passes(t, kept, scores[best]) else None


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))  # as Forest.probability


def _walk(trees: list, get) -> float:
    """Forest.raw on a sparse feature map (a feature it lacks is 0)."""
    total = 0.0
    for tree in trees:
        node = tree[0]
        while type(node) is list:
            node = tree[node[2] if get(node[0], 0.0) <= node[1] else node[3]]
        total += node
    return total


def _walk_all(trees: list, get, owner: dict, cands: tuple) -> dict:
    """`_walk` for each candidate at once: `get` holds the features they share, and candidate c adds only its own
    one-hot feature (`owner` maps that feature's index to c). Each candidate still takes one leaf per tree, in tree
    order, so its sum is the float `_walk` gives."""
    totals = dict.fromkeys(cands, 0.0)
    for tree in trees:
        todo = [(tree[0], cands)]
        while todo:
            node, group = todo.pop()
            while type(node) is list:
                c = owner.get(node[0])
                if c is None or c not in group:
                    node = tree[node[2] if get(node[0], 0.0) <= node[1] else node[3]]
                    continue
                if len(group) > 1:
                    todo.append((tree[node[2] if 0.0 <= node[1] else node[3]], tuple(g for g in group if g != c)))
                node, group = tree[node[2] if 1 <= node[1] else node[3]], (c,)
            for c in group:
                totals[c] += node
    return totals


_OWNERS: dict = {}


def _owners(forest, task: str) -> dict:
    """The index of each candidate's one-hot feature in `forest` -> the candidate."""
    key = (id(forest), task)
    if key not in _OWNERS:
        prefix = f"{task}_cand="
        _OWNERS[key] = (forest, {i: n[len(prefix):] for i, n in enumerate(forest.features) if n.startswith(prefix)})
    return _OWNERS[key][1]


def load(path: Path = MODEL) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=1)
def shipped() -> Arbiter:
    return Arbiter(load() if ENABLED else None)


def arbitrate(transcript, facts: list) -> list:
    return facts if _off else shipped().decide(transcript, facts)


_off = False


def unarbitrated(extract, transcript) -> list:
    """`extract(transcript)` with the arbiter left out: the rules' own answers, which the trees are trained on."""
    global _off
    _off, was = True, _off
    try:
        return extract(transcript)
    finally:
        _off = was
