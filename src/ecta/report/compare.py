"""What changed between two calls of one company: guidance against outcome, revisions, metrics, tone."""

from __future__ import annotations

from decimal import Decimal

from ..model import Fact, FactKind
from .figures import fmt_amount, fmt_fact, is_level, period_key
from .guidance import bounds
from .models import Comparison, GuidanceOutcome, Report, ToneShift

_MET_SLACK = Decimal("0.005")
"""A single-figure outlook counts as met within half a percent."""


def _outlooks(facts: list[Fact]) -> dict[tuple[str, str, str | None], Fact]:
    out: dict[tuple[str, str, str | None], Fact] = {}
    for f in facts:
        if f.kind is FactKind.GUIDANCE and f.period is not None and f.change is None and bounds(f)[0] is not None:
            out.setdefault((f.metric, f.period.label, f.unit), f)
    return out


def _mid(f: Fact) -> Decimal:
    low, high = bounds(f)
    assert low is not None
    return (low + (high if high is not None else low)) / 2


def _actual_for(facts: list[Fact], g: Fact) -> Fact | None:
    """The actual that answers outlook `g`: same metric, period and unit; the same basis where both say
    (non-GAAP EPS guidance is met or missed by non-GAAP EPS); the plainly named figure over a sub-item."""
    candidates = [
        f for f in facts
        if f.kind is FactKind.ACTUAL and is_level(f) and f.metric == g.metric and f.unit == g.unit
        and f.period is not None and g.period is not None and f.period.label == g.period.label
        and (f.basis is None or g.basis is None or f.basis == g.basis)
    ]
    if not candidates:
        return None

    def rank(f: Fact) -> tuple[int, int, int]:
        plain = " ".join(f.phrase.lower().split()) in {g.metric.replace("_", " "), g.phrase.lower()}
        return (0 if f.basis == g.basis else 1, 0 if plain else 1, f.line)

    return min(candidates, key=rank)


def compare(old: Report, new: Report) -> Comparison:
    result = Comparison(old=old.meta, new=new.meta)
    if period_key_meta(old) > period_key_meta(new):
        result.notes.append("the OLD call is later than the NEW one; outcomes below may read backwards")
    old_guides = _outlooks(old.facts)
    new_guides = _outlooks(new.facts)
    for key, g in old_guides.items():
        actual = _actual_for(new.facts, g)
        if actual is not None and actual.value is not None:
            low, high = bounds(g)
            lo = low if low is not None else high
            hi = high if high is not None else low
            assert lo is not None and hi is not None
            if lo == hi:
                slack = abs(lo) * _MET_SLACK
                lo, hi = lo - slack, hi + slack
            outcome = "missed" if actual.value < lo else "beat" if actual.value > hi else "met"
            result.outcomes.append(GuidanceOutcome(
                metric=g.metric, period=key[1], guided=fmt_fact(g), actual=fmt_amount(actual.value, actual.unit),
                outcome=outcome, old_lines=[g.line], new_lines=[actual.line]))
            continue
        later = new_guides.get(key)
        if later is not None:
            a, b = _mid(g), _mid(later)
            outcome = "raised" if b > a else "lowered" if b < a else "reaffirmed"
            result.revisions.append(GuidanceOutcome(
                metric=g.metric, period=key[1], guided=fmt_fact(g), actual=fmt_fact(later), outcome=outcome,
                old_lines=[g.line], new_lines=[later.line]))
        elif g.period is not None and period_key(g.period) > period_key_meta(new):
            result.revisions.append(GuidanceOutcome(
                metric=g.metric, period=key[1], guided=fmt_fact(g), outcome="not_repeated", old_lines=[g.line]))
    old_metrics = {f.metric for f in old.facts if f.kind is FactKind.ACTUAL}
    new_metrics = {f.metric for f in new.facts if f.kind is FactKind.ACTUAL}
    result.metrics_appeared = sorted(new_metrics - old_metrics)
    result.metrics_disappeared = sorted(old_metrics - new_metrics)
    old_rows = {r.key: r for r in old.tone.by_section + old.tone.by_role}
    for row in new.tone.by_section + new.tone.by_role:
        before = old_rows.get(row.key)
        if before is None:
            continue
        result.tone.append(ToneShift(
            scope=row.label, old_net=before.net, new_net=row.net, change=round(row.net - before.net, 3),
            old_uncertainty_per_1000=before.counts.per_thousand("uncertainty"),
            new_uncertainty_per_1000=row.counts.per_thousand("uncertainty")))
    return result


def period_key_meta(r: Report) -> tuple[int, int]:
    m = r.meta
    return (m.fiscal_year or 0, m.fiscal_quarter or 5)
