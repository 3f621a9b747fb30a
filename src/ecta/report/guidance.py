"""The guidance table: every outlook in the call by period and metric, set against the latest actual."""

from __future__ import annotations

from decimal import Decimal

from ..model import Fact, FactKind
from .figures import fmt_amount, fmt_fact, is_level, is_money, period_key
from .models import GuidanceRow, GuidanceStatus

_OUTLOOK = (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE, FactKind.TARGET)


def latest_actual(facts: list[Fact], like: Fact) -> Fact | None:
    """The most recent actual level of the same metric and unit (basis must agree where both say)."""
    candidates = [
        f for f in facts
        if f.kind is FactKind.ACTUAL and is_level(f) and f.metric == like.metric and f.unit == like.unit
        and (f.basis is None or like.basis is None or f.basis == like.basis)
        and (like.period is None or f.period is None or period_key(f.period) <= period_key(like.period))
    ]
    if not candidates:
        return None
    # Prefer quarters to a quarterly outlook and full years to an annual one.
    want_quarter = like.period is not None and like.period.quarter is not None
    matching = [f for f in candidates if f.period is not None and (f.period.quarter is not None) == want_quarter]
    pool = matching or candidates
    return max(pool, key=lambda f: (period_key(f.period), -f.line))


def bounds(f: Fact) -> tuple[Decimal | None, Decimal | None]:
    if f.low is not None or f.high is not None:
        return f.low, f.high
    return f.value, f.value


def table(facts: list[Fact]) -> list[GuidanceRow]:
    rows: dict[tuple, GuidanceRow] = {}
    for f in facts:
        if f.kind not in _OUTLOOK or f.change is not None and f.value is None and f.low is None and f.direction is None:
            continue
        low, high = bounds(f)
        key = (f.metric, f.period.label if f.period else None, f.kind, f.basis, low, high, f.unit, f.direction, f.change)
        if key in rows:
            rows[key].lines.append(f.line)
            continue
        row = GuidanceRow(
            metric=f.metric + (f" ({f.change.value} change)" if f.change else ""),
            period=f.period.label if f.period else None,
            kind=f.kind.value,
            basis=f.basis.value if f.basis else None,
            text=fmt_fact(f) if (low is not None or f.direction) else f.text,
            low=low, high=high, unit=f.unit,
            direction=f.direction.value if f.direction else None,
            lines=[f.line],
        )
        if f.change is None and low is not None:
            ref = _reference(facts, f)
            if ref is not None and ref.value:
                row.reference = f"{ref.period.label if ref.period else '?'}: {fmt_amount(ref.value, ref.unit)}"
                row.lines.append(ref.line)
                if is_money(f.unit) or f.unit == "count":
                    row.implied_change_low = _pct(low, ref.value)
                    row.implied_change_high = _pct(high, ref.value) if high is not None else None
                if f.kind is FactKind.PRIOR_GUIDANCE:
                    row.status = status(ref.value, low, high)
        rows[key] = row
    return sorted(rows.values(), key=lambda r: (r.kind != "guidance", r.period or "", r.metric))


def _reference(facts: list[Fact], f: Fact) -> Fact | None:
    if f.kind is FactKind.PRIOR_GUIDANCE:
        # The actual for the very period the old outlook covered.
        same = [a for a in facts if a.kind is FactKind.ACTUAL and is_level(a) and a.metric == f.metric
                and a.unit == f.unit and a.period is not None and f.period is not None and a.period.label == f.period.label]
        return same[0] if same else None
    return latest_actual(facts, f)


def status(actual: Decimal, low: Decimal | None, high: Decimal | None) -> GuidanceStatus:
    if low is None and high is None:
        return GuidanceStatus.UNKNOWN
    lo = low if low is not None else high
    hi = high if high is not None else low
    assert lo is not None and hi is not None
    if actual < lo:
        return GuidanceStatus.BELOW
    if actual > hi:
        return GuidanceStatus.ABOVE
    return GuidanceStatus.INSIDE


def _pct(new: Decimal | None, old: Decimal) -> float | None:
    if new is None or old == 0:
        return None
    return round(float((new - old) / abs(old) * 100), 1)
