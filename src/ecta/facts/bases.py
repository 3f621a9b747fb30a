"""Comparison bases: the earlier period a figure is held against dates that base only.

Read after a sentence's facts are made, on the few sentences that hold a base's words: a level said "at" right after
its move's base ("flat versus last year at $171 million") is today's, not the base's; a year-ago base closing one
clause ("twice as many as a year ago") dates nothing in the clause after it; and the first of two bases said as a pair
("from 1.7% and 0.8% at the end of June", "the $118 million, or 8.6 points, of last year's third quarter") takes the
period words that close the pair.
"""

from __future__ import annotations

from .. import lazy_re as re
from ..model import Fact, FactKind, Period
from . import periods as P
from .dating import period_cues
from .state import Context

_YEAR_BACK = (r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|(?:the\s+)?(?:prior|previous)[-\s]year(?:\s+(?:quarter|period))?"
              r"|(?:the\s+)?year[-\s](?:ago|earlier)\s+(?:quarter|period)|(?:the\s+)?same\s+(?:quarter|period)\s+(?:of\s+|a\s+)?(?:last|prior)\s+year)")
_QUARTER_BACK = (r"(?:last\s+quarter|(?:the\s+)?(?:prior|previous|preceding|sequential|linked)\s+quarter"
                 r"|(?:the\s+)?(?:first|second|third|fourth)\s+quarter|Q[1-4])")
_COMPARED = r"(?:versus|vs\.?|compared\s+(?:with|to)|against|from|over|on|relative\s+to|with)"
_HEDGE = r"(?:(?:about|around|approximately|roughly|nearly|almost|close\s+to|just\s+(?:over|under|below|above))\s+)?"

_LEVEL_AFTER_BASE = re.compile(rf"\b{_COMPARED}\s+(?:(?P<y>{_YEAR_BACK})|(?P<q>{_QUARTER_BACK}))\s*,?\s+at\s+{_HEDGE}$", re.I)
"""'down 8% versus the prior year quarter at $47.30', 'flat versus last year at $171 million': the base ends the move,
and the level after "at" is where the measure stands now."""

_YEAR_BASE_CLOSES = re.compile(rf"\b(?:as|than|{_COMPARED})\s+(?:(?:it\s+was|we\s+(?:had|did|saw))\s+)?{_YEAR_BACK}\s*"
                               r"(?P<gap>[,;]\s+(?:and|but|while|whereas)\s+[^,;]*)$", re.I)
"""'roughly twice as many as a year ago, and programmatic buying makes up ...': a year-ago base that closes its clause;
the clause after it is the sentence's own period again."""

_PAIR_GAP = re.compile(r"\s*(?:,\s*)?(?:or|and)\s+(?:a\s+loss\s+of\s+|the\s+)?", re.I)
"""'from 1.7% and 0.8% at the end of June', 'the $118 million, or 8.6 points, of last year's third quarter'."""

_BASE_BEFORE = re.compile(rf"\b(?:{_COMPARED}|below|above|than|short\s+of|ahead\s+of)\s+(?:the\s+|a\s+)?{_HEDGE}$", re.I)


def rebased(s: str, facts: list[Fact], ctx: Context) -> list[Fact]:
    """The sentence's facts with the periods a base lent to figures it does not date taken back."""
    if ctx.fiscal_year is None:
        return facts
    year_back = any(h in s for h in _YEAR_BACK_HINTS)
    level_at = (" at " in s or " to " in s) and (year_back or "uarter" in s or " Q" in s)
    labels = {f.period.label if f.period is not None else None for f in facts}
    mixed = len(labels) > 1  # a pair, or a basis held against another, moves a period to one the sentence already gives
    if not (level_at or mixed or year_back and ", " in s):
        return facts
    paired = mixed and (" and " in s or " or " in s)
    other_basis = mixed and any(h in s for h in _CONTRAST_HINTS)
    own = _call_quarter(ctx)
    own_year_back = P.previous_of(own, False) if own is not None and year_back and ", " in s else None
    spans = _spans(s, facts)
    out = list(facts)
    for i, f in enumerate(facts):
        if spans[i] is None or f.kind is not FactKind.ACTUAL:
            continue
        start, end = spans[i]
        if f.period is None:
            # (a base of an undated figure stays undated: "2.1 million in the trailing twelve months, up from 1.6 million a
            # year ago")
            lead = next((b for b in reversed(out[:i]) if b.unit == f.unit), None)
            if (year_back and (lead is None or lead.period is not None)
                    and (dated := _year_ago_after(s, end, f, own)) is not None):
                out[i] = f.model_copy(update={"period": dated})
            continue
        fixed = (level_at and _level_after_base(s, start, f, out[:i], spans[:i], ctx)
                 or own_year_back is not None and f.change is None and f.period.label == own_year_back.label
                 and _after_closed_year_base(s, start) and own
                 or paired and _first_of_base_pair(s, end, f, out, spans, i, ctx)
                 or other_basis and _other_basis_held_against(s, start, end, f, out[:i], spans[:i], ctx))
        if fixed and fixed.label != f.period.label:
            out[i] = f.model_copy(update={"period": fixed})
    return out


_YEAR_BACK_HINTS = ("ago", "ast year", "ast quarter", "rior", "revious", "arlier", "same ")
"""Words a base a year (or a quarter) back is said with."""
_CONTRAST_HINTS = ("against", "ompared", "versus", " vs")


def _spans(s: str, facts: list[Fact]) -> list[tuple[int, int] | None]:
    """Where each fact's text stands in the sentence, read left to right (None when it is not found as written)."""
    spans: list[tuple[int, int] | None] = []
    at = 0
    for f in facts:
        pos = s.find(f.text, at) if f.text else -1
        if pos < 0 and f.text:
            pos = s.find(f.text)
        spans.append((pos, pos + len(f.text)) if pos >= 0 else None)
        if pos >= at:
            at = pos + len(f.text)
    return spans


def _call_quarter(ctx: Context) -> Period | None:
    """The call's quarter (None in a call that reports only a half or a year)."""
    return P.call_period(ctx.fiscal_year, ctx.fiscal_quarter) if ctx.fiscal_quarter else None


def _year_on(p: Period) -> Period | None:
    return P.label(p.fiscal_year + 1, p.quarter, p.half, p.ytd) if p.fiscal_year is not None else None


def _not_after_call(p: Period | None, ctx: Context) -> bool:
    own = P.call_period(ctx.fiscal_year, ctx.fiscal_quarter) if ctx.fiscal_quarter else P.label(ctx.fiscal_year)
    return p is not None and own is not None and P.period_key(p) <= P.period_key(own)


def _level_after_base(s: str, start: int, f: Fact, before: list[Fact], spans: list, ctx: Context) -> Period | None:
    """The period of a level said "at" right after its move's base (the move's own, or the call's), or "to" right after
    the base it moved from."""
    if " to " in s[max(0, start - 20):start] and before and spans[-1] is not None:
        return _level_to_after_base(s, start, f, before[-1], spans[-1], ctx)
    if " at " not in s[max(0, start - 60):start] or (m := _LEVEL_AFTER_BASE.search(s, max(0, start - 80), start)) is None:
        return None
    move = next((b for b, sp in zip(reversed(before), reversed(spans)) if sp is not None and sp[1] <= m.start()
                 and b.change is not None and b.kind is FactKind.ACTUAL and b.period is not None), None)
    if move is not None:
        return move.period
    if m["y"]:
        ahead = _year_on(f.period)
        return ahead if _not_after_call(ahead, ctx) else None
    own = _call_quarter(ctx)
    return own if own is not None and f.period == P.previous_of(own, True) else None


_TO_AFTER_BASE = re.compile(rf"\s+(?:(?P<y>{_YEAR_BACK})|(?P<q>{_QUARTER_BACK}))\s*,?\s+to\s+{_HEDGE}", re.I)
"""'from $7.8 million a year ago to $4.1 million': the base's period words, then the level it came to."""
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:a\s+(?:loss|profit|gain)\s+of\s+)?(?:the\s+)?{_HEDGE}$", re.I)


def _level_to_after_base(s: str, start: int, f: Fact, base: Fact, span: tuple[int, int], ctx: Context) -> Period | None:
    """A level said "to" right after the base it moved from, dated by the base's words: the period they are a step back from."""
    if (base.period is None or base.period.label != f.period.label or (m := _TO_AFTER_BASE.fullmatch(s, span[1], start)) is None
            or _FROM_BEFORE.search(s, max(0, span[0] - 30), span[0]) is None):
        return None
    if m["y"]:
        ahead = _year_on(f.period)
        return ahead if _not_after_call(ahead, ctx) else None
    return _call_quarter(ctx)


def _after_closed_year_base(s: str, start: int) -> bool:
    """A figure in the clause after one a year-ago base closes (dated a year back by that base)."""
    m = _YEAR_BASE_CLOSES.search(s, max(0, start - 160), start)
    return m is not None and not any(ch.isdigit() for ch in m["gap"]) and _YEAR_WORDS.search(m["gap"]) is None


_YEAR_WORDS = re.compile(r"\b(?:ago|last|prior|previous|earlier|(?:19|20)\d\d)\b", re.I)


def _first_of_base_pair(s: str, end: int, f: Fact, facts: list[Fact], spans: list, i: int, ctx: Context) -> Period | None:
    """The first of two bases said as a pair takes the period of the second, whose period words close the pair."""
    if i + 1 >= len(facts) or spans[i + 1] is None or spans[i] is None:
        return None
    nxt = facts[i + 1]
    n_start = spans[i + 1][0]
    if (nxt.period is None or nxt.period.label == f.period.label or nxt.kind is not FactKind.ACTUAL
            or not _PAIR_GAP.fullmatch(s, end, n_start) or _BASE_BEFORE.search(s, max(0, spans[i][0] - 40), spans[i][0]) is None):
        return None
    after = spans[i + 1][1]
    closed = any(after <= c.start <= after + 30 and _TO_PERIOD_WORDS.fullmatch(s, after, c.start) for c in period_cues(s, ctx))
    return nxt.period if closed else None


_TO_PERIOD_WORDS = re.compile(r"(?:\s*,)?\s+(?:(?:at\s+the\s+end\s+of|at|in|of|for|as\s+of|during)\s+)?(?:the\s+)?", re.I)
"""What stands between the second base of a pair and its period words ("... at the end of June", "..., of last year's third quarter")."""


_OTHER_BASIS_BEFORE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:a\s+|the\s+|our\s+)?"
                                 r"(?:GAAP|IFRS|reported|statutory|adjusted|non-GAAP|underlying|core)\b[^,;.$\d]{0,40}?\s(?:of\s+)?"
                                 r"(?:a\s+(?:loss|profit)\s+of\s+)?$", re.I)
"""'adjusted net income was $219 million, against GAAP net income of $268 million': the same period's figure on another basis."""


def _other_basis_held_against(s: str, start: int, end: int, f: Fact, before: list[Fact], spans: list, ctx: Context) -> Period | None:
    """A figure of another basis held against the one before it, with no period words of its own, is of that one's period."""
    if f.change is not None or f.basis is None or (m := _OTHER_BASIS_BEFORE.search(s, max(0, start - 70), start)) is None:
        return None
    prior = next(((b, sp) for b, sp in zip(reversed(before), reversed(spans)) if sp is not None and sp[1] <= m.start()), None)
    if prior is None or prior[0].change is not None or prior[0].basis in (None, f.basis) or prior[0].kind is not FactKind.ACTUAL:
        return None
    if any(prior[1][1] <= c.start <= end + 30 for c in period_cues(s, ctx)):
        return None  # "... against GAAP EPS of $1.18 a year ago": a base with its own period
    return prior[0].period


_YEAR_AGO_AFTER = re.compile(r"\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|in\s+the\s+(?:prior|previous)[-\s]year(?:\s+quarter|\s+period)?)\b", re.I)


def _year_ago_after(s: str, end: int, f: Fact, own: Period | None) -> Period | None:
    """An undated figure closed by year-ago words ("up from 48 cents a year ago"): the call's period a year back."""
    if f.change is not None or own is None or _YEAR_AGO_AFTER.match(s, end) is None:
        return None
    return P.previous_of(own, False)
