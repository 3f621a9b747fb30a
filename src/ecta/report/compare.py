"""What changed between two calls of one company: guidance against outcome, revisions, metrics, tone."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from ..model import Fact, FactKind, Meta, Transcript
from .figures import call_period, closed_by, fmt_amount, fmt_fact, guided_slack, is_level, period_key, singular
from .guidance import bounds, increment, is_ratio, misread, per_quarter, plausible, revision
from .models import CategoryShift, Comparison, GuidanceOutcome, Report, ToneCounts, ToneShift
from .recalled import WITHDRAWN, is_distance

_WITHDRAWN = WITHDRAWN
"""An outlook is `withdrawn` only when the new call says so; one merely absent is `not_repeated`."""


_LOOKS_AHEAD = re.compile(
    r"\b(?:expect\w*|guid\w*|outlook|forecast\w*|anticipat\w*|project\w*|will|'ll|should|target\w*|plan\w*|assum\w*"
    r"|going\s+to|intend\w*|estimat\w*|see|sees|look\w*\s+(?:for|ahead)|on\s+track|range|goal\w*|budget\w*|aim\w*)\b", re.I)
"""An outlook is said looking ahead. A figure marked as guidance in a sentence with none of these words ("so far
in 2021 we have purchased 1.4 million shares") is a result or an aside read as guidance: the next call is
not held to it."""


def _outlooks(facts: list[Fact], analysts: frozenset[str]) -> dict[tuple, Fact]:
    """One outlook per metric, name, period, unit and basis. Several different figures under one key are
    several things the words do not tell apart (segments read as the total): none of them is kept, so no
    outcome is claimed for the wrong one."""
    out: dict[tuple, Fact] = {}
    figures: dict[tuple, set] = {}
    for f in facts:
        if (f.kind is FactKind.GUIDANCE and f.period is not None and f.change is None and bounds(f)[0] is not None
                and f.speaker not in analysts and _LOOKS_AHEAD.search(f.sentence) and not WITHDRAWN.search(f.sentence)):
            named = singular(" ".join(f.phrase.lower().split())) if f.metric.startswith(("segment_", "other")) else ""
            if f.metric == "other" and named in ("", "other"):
                continue  # nameless: nothing to hold the next call to
            if misread(*bounds(f), f.unit) or increment(f) or revision(f) or is_distance(f):
                continue  # what the guidance table shows as no level of the period (see guidance.table)
            if per_quarter(f):
                named += " (per quarter)"  # a quarterly rate for the year: set against another such rate only
            key = (f.metric, named, f.period.label, f.unit, f.basis.value if f.basis else None)
            out.setdefault(key, f)
            figures.setdefault(key, set()).add(bounds(f))
    return {k: f for k, f in out.items() if len(figures[k]) == 1}


def _said(f: Fact) -> str:
    return fmt_fact(f) + (" per quarter" if per_quarter(f) else "")


def _same_outlook(guides: dict[tuple, Fact], key: tuple) -> Fact | None:
    """The new call's outlook for the same thing: the same basis, or one of them silent on it."""
    if key in guides:
        return guides[key]
    return next((f for k, f in guides.items() if k[:4] == key[:4] and (k[4] is None or key[4] is None)), None)


def _as_actuals(facts: list[Fact]) -> list[Fact]:
    """Actuals, including a recognisable extraction slip: in "EPS was $0.61, compared with our guidance of
    $0.55 to $0.60" a single figure beside a recalled range, same metric and sentence, is the result."""
    out = [f for f in facts if f.kind is FactKind.ACTUAL]
    ranges = {(f.metric, f.sentence) for f in facts if f.kind is FactKind.PRIOR_GUIDANCE and f.low is not None}
    for f in facts:
        if (f.kind is FactKind.PRIOR_GUIDANCE and f.low is None and f.value is not None and f.change is None
                and (f.metric, f.sentence) in ranges):
            out.append(f.model_copy(update={"kind": FactKind.ACTUAL}))
    return out


def _withdrawals(t: Transcript | None) -> list[tuple[str, int]]:
    if t is None:
        return []
    found = []
    for turn in t.turns:
        for p in turn.paragraphs:
            for sentence in re.split(r"(?<=[.!?])\s+", p.text):
                if _WITHDRAWN.search(sentence):
                    found.append((sentence.lower(), p.line_start))
    return found


def _mid(f: Fact) -> Decimal:
    low, high = bounds(f)
    assert low is not None
    return (low + (high if high is not None else low)) / 2


_COUNTS = ("units", "customers", "headcount", "stores", "other")

_SAID_AHEAD = re.compile(r"\b(?:(?:is|are|was|were)\s+expected|expects?\s+(?:to|that)|anticipat\w*|will|should|forecast\w*"
                         r"|projected)\b", re.I)
"""A result is told, not foreseen: a figure "marked actual" in "sales are expected to range ..., which reflects
anticipated production of 35 million tons" is no result to hold an outlook to."""


def _actual_for(facts: list[Fact], g: Fact) -> Fact | None:
    """The actual that answers outlook `g`: same metric, period and unit; the same basis where both say
    (non-GAAP EPS guidance is met or missed by non-GAAP EPS); the plainly named figure over a sub-item."""
    if g.metric in _COUNTS or g.unit in (None, "count"):
        return None  # "34 million tonnes", "customers": counts of things the words seldom name alike in two calls
    candidates = [
        f for f in facts
        if f.kind is FactKind.ACTUAL and is_level(f) and f.metric == g.metric and f.unit == g.unit
        and f.period is not None and g.period is not None and f.period.label == g.period.label
        and (f.basis is None or g.basis is None or f.basis == g.basis) and not _SAID_AHEAD.search(f.sentence)
    ]
    if not candidates:
        return None

    def rank(f: Fact) -> tuple[int, int, int]:
        plain = " ".join(f.phrase.lower().split()) in {g.metric.replace("_", " "), g.phrase.lower()}
        return (0 if f.basis == g.basis else 1, 0 if plain else 1, f.line)

    return min(candidates, key=rank)


def compare(old: Report, new: Report, analysts: frozenset[str] = frozenset(),
            new_call: Transcript | None = None) -> Comparison:
    """`analysts`: participant ids whose figures are not outlook. `new_call`: read for explicit withdrawals."""
    result = Comparison(old=old.meta, new=new.meta)
    if not (old.meta.fiscal_year and new.meta.fiscal_year):
        result.notes.append("the fiscal period of one call is unknown, so outlooks cannot be matched to periods; "
                            "guidance outcomes and revisions below are incomplete")
    elif period_key_meta(old) > period_key_meta(new):
        result.notes.append("the OLD call is later than the NEW one; outcomes below may read backwards")
    elif period_key_meta(old) == period_key_meta(new) and old.meta.sha256 != new.meta.sha256:
        result.notes.append("both calls report the same fiscal period; outcomes need a later call")
    if old.meta.sha256 == new.meta.sha256:
        result.notes.append("OLD and NEW are the same transcript: nothing can have changed")
    elif _different_companies(old.meta, new.meta):
        result.notes.append(f"the calls name different companies ({old.meta.company}; {new.meta.company}): "
                            "outcomes and revisions below set one company's outlook against the other's figures")
    old_guides = _outlooks(old.facts, analysts)
    new_guides = _outlooks(new.facts, analysts)
    new_actuals = [f for f in _as_actuals(new.facts) if f.speaker not in analysts]
    withdrawals = _withdrawals(new_call)
    # The new call reports results only for periods over when it is held (its quarter; the year with Q4).
    closed = closed_by(*period_key_meta(new))
    for key, g in old_guides.items():
        # A percentage outlook of an amount ("EPS growth of 10% to 14%") is a growth rate: no actual stated
        # as a percentage of that metric is its result.
        growth_rate = (g.unit == "%") != is_ratio(g.metric, g.phrase, g.sentence)
        actual = (_actual_for(new_actuals, g) if g.period is not None and period_key(g.period) <= closed and not growth_rate
                  and not per_quarter(g) else None)
        if actual is not None and actual.value is not None and not plausible(*bounds(g), actual.value):  # type: ignore[arg-type]
            actual = None  # less than half or more than double the outlook: another thing under the name
        if actual is not None and actual.value is not None:
            low, high = bounds(g)
            lo = low if low is not None else high
            hi = high if high is not None else low
            assert lo is not None and hi is not None
            if lo == hi:
                # A single figure stands for what rounds to it ("16%" is met by 15.9%), and at least half a percent.
                slack = guided_slack(g)
                lo, hi = lo - slack, hi + slack
            outcome = "missed" if actual.value < lo else "beat" if actual.value > hi else "met"
            result.outcomes.append(GuidanceOutcome(
                metric=_label(g), basis=g.basis.value if g.basis else None, period=g.period.label if g.period else key[2], guided=_said(g), actual=fmt_amount(actual.value, actual.unit),
                outcome=outcome, old_lines=[g.line], new_lines=[actual.line]))
            continue
        later = _same_outlook(new_guides, key)
        if later is None:
            # The same outlook recalled as prior guidance is no new outlook; fall through.
            pass
        if later is not None:
            a, b = _mid(g), _mid(later)
            outcome = "raised" if b > a else "lowered" if b < a else "reaffirmed"
            result.revisions.append(GuidanceOutcome(
                metric=_label(g), basis=g.basis.value if g.basis else None, period=g.period.label if g.period else key[2], guided=_said(g), actual=_said(later), outcome=outcome,
                old_lines=[g.line], new_lines=[later.line]))
        elif g.period is not None and period_key(g.period) > period_key_meta(new) and not growth_rate:
            words = g.metric.replace("_", " ").split()[:1] + g.phrase.lower().split()[-1:]
            said = [line for sentence, line in withdrawals if any(w in sentence for w in words)
                    or not re.search(r"\b(?:revenue|margin|eps|earnings|capex|expenses?|cash)\b", sentence)]
            result.revisions.append(GuidanceOutcome(
                metric=_label(g), basis=g.basis.value if g.basis else None, period=g.period.label, guided=_said(g),
                outcome="withdrawn" if said else "not_repeated", old_lines=[g.line], new_lines=said[:1]))
    # A metric the company still guides is still reported; an analyst's estimate is not the company's.
    # Appeared: reported now and not even mentioned before; disappeared: reported before, not mentioned now.
    old_metrics, new_metrics = _reported(old.facts, analysts), _reported(new.facts, analysts)
    result.metrics_appeared = sorted(new_metrics - _reported(old.facts, analysts, mentions=True))
    result.metrics_disappeared = sorted(old_metrics - _reported(new.facts, analysts, mentions=True))
    old_rows = {r.key: r for r in old.tone.by_section + old.tone.by_role}
    for row in new.tone.by_section + new.tone.by_role:
        before = old_rows.get(row.key)
        if before is None or row.key == "operator":
            continue
        tests = [category_shift(c, before.counts, row.counts) for c in TONE_CATEGORIES]
        result.tone.append(ToneShift(
            scope=row.label, old_net=before.net, new_net=row.net, change=round(row.net - before.net, 3),
            old_uncertainty_per_1000=before.counts.per_thousand("uncertainty"),
            new_uncertainty_per_1000=row.counts.per_thousand("uncertainty"),
            categories=tests, significant=any(t.significant for t in tests)))
    return result


TONE_CATEGORIES = ("positive", "negative", "uncertainty", "litigious", "strong_modal", "weak_modal")

SIGNIFICANCE = 0.01
"""Two-sided p-value under which a category's rate counts as shifted. Stricter than the usual 0.05: words
in a call are not independent draws (a speaker repeats a phrase), so the test's p-values run small."""

MIN_WORDS = 300
"""Fewer words than this on either side (a short Q&A) are too few to call any shift."""


def _different_companies(a: Meta, b: Meta) -> bool:
    """Two calls plainly of two companies: different tickers, or names whose first word differs ("Acme
    Widgets, Inc." and "ACME WIDGETS" are one). A ticker given as the name ("HMGI") says nothing either way."""
    if a.ticker and b.ticker:
        return a.ticker.upper() != b.ticker.upper()
    if not (a.company and b.company) or any(re.fullmatch(r"[A-Z.&]{1,6}", n.strip()) for n in (a.company, b.company)):
        return False

    def first(name: str) -> str:
        words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w != "the"]
        return words[0] if words else ""
    return first(a.company) != first(b.company)


def category_shift(category: str, old: ToneCounts, new: ToneCounts) -> CategoryShift:
    """Two-proportion z-test: the share of words in `category` in the old scope against the new one,
    pooled standard error; p-value two-sided from the normal distribution."""
    k1, n1, k2, n2 = getattr(old, category), old.words, getattr(new, category), new.words
    z, p = 0.0, 1.0
    if n1 and n2 and (k1 + k2):
        pooled = (k1 + k2) / (n1 + n2)
        se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        if se > 0:
            z = (k2 / n2 - k1 / n1) / se
            p = math.erfc(abs(z) / math.sqrt(2))
    return CategoryShift(category=category, old_per_1000=old.per_thousand(category), new_per_1000=new.per_thousand(category),
                         z=round(z, 2), p_value=round(p, 4),
                         significant=p < SIGNIFICANCE and min(n1, n2) >= MIN_WORDS)


def _reported(facts: list[Fact], analysts: frozenset[str], mentions: bool = False) -> set[str]:
    """Metrics management gives a figure for: an outlook, a result under the metric's own name ("a backlog of
    $210 million"), or results in at least two sentences. A passing mention under another name (an insurer's
    "stores", read from "store count") or an analyst's estimate is not a metric the company reports.
    `mentions`: every metric management gives any figure for."""
    sentences: dict[str, set[str]] = {}
    guided: set[str] = set()
    for f in facts:
        if (f.kind is not FactKind.ESTIMATE and f.metric != "other" and f.speaker not in analysts
                and (f.value is not None or f.low is not None)):
            sentences.setdefault(f.metric, set()).add(f.sentence)
            # An outlook, or a figure named plainly by the metric's own name ("a backlog of $210 million").
            if f.kind is not FactKind.ACTUAL or singular(" ".join(f.phrase.lower().split())) == f.metric.replace("_", " "):
                guided.add(f.metric)
    return {m for m, said in sentences.items() if mentions or len(said) >= 2 or m in guided}


def _label(f: Fact) -> str:
    name = f.phrase if f.metric.startswith(("segment_", "other")) else f.metric
    if f.unit == "%" and f.change is None and not is_ratio(f.metric, f.phrase, f.sentence):
        name += " (%: growth or share)"
    return name


def period_key_meta(r: Report) -> tuple[int, int]:
    return call_period(r.meta) or (0, 5)
