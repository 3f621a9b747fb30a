"""The guidance table: every outlook in the call by period and metric, set against the latest actual."""

from __future__ import annotations

import re
from decimal import Decimal

from ..model import Fact, FactKind
from .figures import fmt_amount, fmt_fact, is_level, is_money, period_key
from .models import GuidanceRow, GuidanceStatus

_OUTLOOK = (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE, FactKind.TARGET)


_ORDER = ("revenue", "segment_revenue", "gross_margin", "gross_profit", "operating_expenses", "operating_income",
          "operating_margin", "ebitda", "ebitda_margin", "net_income", "eps", "tax_rate", "share_count",
          "operating_cash_flow", "free_cash_flow", "capex", "cash")
"""Metrics in the order an income statement, then a cash-flow statement, reads; the rest follow by name."""

_NAMED = ("segment_", "other")
"""Metrics whose spoken phrase says which thing it is ("Technical Textiles revenue"): rows and references
keep the phrase, so one segment's outlook is never set against another segment's actual."""


def _named(metric: str) -> bool:
    return metric.startswith(_NAMED)


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _granularity(f: Fact) -> str:
    p = f.period
    if p is None:
        return "?"
    return "quarter" if p.quarter else "half" if p.half else "year"


def latest_actual(facts: list[Fact], like: Fact) -> Fact | None:
    """The most recent actual level of the same thing: metric, unit, the same kind of period (a quarter for
    a quarterly outlook, a year for an annual one), the same basis where both say, and for segment-like
    metrics the same phrase. `facts` should hold management's figures only (an analyst's number is not
    the company's actual)."""
    if like.period is None:
        return None
    candidates = [
        f for f in facts
        if f.kind is FactKind.ACTUAL and is_level(f) and f.metric == like.metric and f.unit == like.unit
        and f.period is not None and not f.period.ytd and _granularity(f) == _granularity(like)
        and (f.basis is None or like.basis is None or f.basis == like.basis)
        and period_key(f.period) < period_key(like.period)
        and (not _named(like.metric) or _norm(f.phrase) == _norm(like.phrase))
    ]
    if not candidates:
        return None
    # The latest period; within it the same basis first, then the first mention (the headline figure).
    return min(candidates, key=lambda f: (tuple(-k for k in period_key(f.period)), f.basis != like.basis, f.line))


def bounds(f: Fact) -> tuple[Decimal | None, Decimal | None]:
    if f.low is not None or f.high is not None:
        return f.low, f.high
    return f.value, f.value


_PLAUSIBLE = (-50.0, 100.0)
"""An outlook at less than half or more than double the latest level of the same metric is almost always a
different thing (one segment's revenue read as the total, a unit slip): no reference is shown for it."""


def table(facts: list[Fact], analysts: frozenset[str] = frozenset(),
          call_period: tuple[int, int] | None = None) -> list[GuidanceRow]:
    """One row per distinct outlook; a repeat of the same outlook adds its line to the first row.
    Figures spoken by `analysts` (participant ids) are left out: an analyst quoting a number is not outlook.
    `call_period` (fiscal year, quarter) of the call: an "outlook" for a period already over when the call
    is held is guidance recalled, and is shown as prior guidance."""
    facts = [f for f in facts if f.speaker not in analysts]
    if call_period is not None:
        # The fourth-quarter call closes the year too.
        done = (call_period[0], 5) if call_period[1] == 4 else call_period
        facts = [f.model_copy(update={"kind": FactKind.PRIOR_GUIDANCE})
                 if f.kind is FactKind.GUIDANCE and f.period is not None and f.period.fiscal_year
                 and period_key(f.period) <= done else f for f in facts]
    rows: dict[tuple, GuidanceRow] = {}
    for f in facts:
        if f.kind not in _OUTLOOK or f.change is not None and f.value is None and f.low is None and f.direction is None:
            continue
        if f.metric == "other" and _norm(f.phrase) in ("other", ""):
            continue  # a figure with no name says nothing an analyst can use
        low, high = bounds(f)
        # Basis is left out of the key: one outlook repeated with and without "non-GAAP" is one row.
        key = (f.metric, _norm(f.phrase) if _named(f.metric) else "", f.period.label if f.period else None,
               f.kind, low, high, f.unit, f.direction, f.change)
        if key in rows:
            if f.line not in rows[key].lines:
                rows[key].lines.append(f.line)
            continue
        name = f.phrase if _named(f.metric) else f.metric
        row = GuidanceRow(
            metric=name + (f" ({f.change.value} change)" if f.change else ""),
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
            if ref is not None and ref.value and not plausible(low, high, ref.value):
                ref = None
            if ref is not None and ref.value:
                row.reference = f"{ref.period.label if ref.period else '?'}: {fmt_amount(ref.value, ref.unit)}"
                if ref.line not in row.lines:
                    row.lines.append(ref.line)
                # A percent change is meaningful for amounts only; a margin's move is read off the levels.
                if f.kind is not FactKind.PRIOR_GUIDANCE and (is_money(f.unit) or f.unit == "count"):
                    row.implied_change_low = _pct(low, ref.value)
                    row.implied_change_high = _pct(high, ref.value) if high is not None else None
                if f.kind is FactKind.PRIOR_GUIDANCE:
                    row.status = status(ref.value, low, high)
        rows[key] = row
    return sorted(rows.values(), key=_row_order)


def _row_order(r: GuidanceRow) -> tuple:
    """Outlook first, by period (the coming quarter, the year, later), then metrics in statement order;
    prior guidance recalled last."""
    m = r.metric.split(" (")[0]
    base = m if m in _ORDER else "segment_revenue" if "revenue" in m.lower() else m
    rank = _ORDER.index(base) if base in _ORDER else len(_ORDER)
    return (r.kind == "prior_guidance", r.kind == "target", _period_rank(r.period), rank, m, r.metric)


def _period_rank(label: str | None) -> tuple[int, int]:
    if not label:
        return (9999, 9)
    year = re.search(r"(\d{4})", label)
    y = int(year.group(1)) if year else 9999
    q = re.match(r"Q(\d)", label)
    h = re.match(r"H(\d)", label)
    return (y, int(q.group(1)) if q else 2 * int(h.group(1)) if h else 5)


def plausible(low: Decimal, high: Decimal | None, ref: Decimal) -> bool:
    if ref <= 0 or low <= 0:
        return True
    for v in (low, high if high is not None else low):
        pct = _pct(v, ref)
        if pct is not None and not _PLAUSIBLE[0] <= pct <= _PLAUSIBLE[1]:
            return False
    return True


def _reference(facts: list[Fact], f: Fact) -> Fact | None:
    if f.kind is FactKind.PRIOR_GUIDANCE:
        # The actual for the very period the old outlook covered, of the same thing and basis.
        same = [a for a in facts if a.kind is FactKind.ACTUAL and is_level(a) and a.metric == f.metric
                and a.unit == f.unit and a.period is not None and f.period is not None and a.period.label == f.period.label
                and (a.basis is None or f.basis is None or a.basis == f.basis)
                and (not _named(f.metric) or _norm(a.phrase) == _norm(f.phrase))]
        return min(same, key=lambda a: (a.basis != f.basis, a.line)) if same else None
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
