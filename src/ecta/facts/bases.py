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

_HINTS = ("ago", "ast year", "ast quarter", "rior", "revious", "arlier", " quarter", " and ", " or ")
"""Words one of the rules below needs: a sentence with none of them has no base to mend."""

_YEAR_BACK = (r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|(?:the\s+)?(?:prior|previous)[-\s]year(?:\s+(?:quarter|period))?"
              r"|(?:the\s+)?year[-\s](?:ago|earlier)\s+(?:quarter|period)|(?:the\s+)?same\s+(?:quarter|period)\s+(?:of\s+|a\s+)?(?:last|prior)\s+year)")
_QUARTER_BACK = (r"(?:last\s+quarter|(?:the\s+)?(?:prior|previous|preceding|sequential|linked)\s+quarter"
                 r"|(?:the\s+)?(?:first|second|third|fourth)\s+quarter|Q[1-4])")
_COMPARED = r"(?:versus|vs\.?|compared\s+(?:with|to)|against|from|over|on|relative\s+to|with)"
_HEDGE = r"(?:(?:about|around|approximately|roughly|nearly|almost|close\s+to|just\s+(?:over|under|below|above))\s+)?"

_LEVEL_AFTER_BASE = re.compile(rf"\b{_COMPARED}\s+(?:(?P<y>{_YEAR_BACK})|(?P<q>{_QUARTER_BACK}))\s*,?\s+at\s+{_HEDGE}$", re.I)
"""'down 11% versus the prior year quarter at $59.20', 'flat versus last year at $171 million': the base ends the move,
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
    if not any(h in s for h in _HINTS) or ctx.fiscal_year is None:
        return facts
    spans = _spans(s, facts)
    out = list(facts)
    for i, f in enumerate(facts):
        if spans[i] is None or f.period is None or f.kind is not FactKind.ACTUAL:
            continue
        start, end = spans[i]
        fixed = (_level_after_base(s, start, f, out[:i], spans[:i], ctx)
                 or _after_closed_year_base(s, start, f, ctx)
                 or _first_of_base_pair(s, end, f, out, spans, i, ctx))
        if fixed is not None and fixed != f.period:
            out[i] = f.model_copy(update={"period": fixed})
    return out


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


def _year_on(p: Period) -> Period | None:
    return P.label(p.fiscal_year + 1, p.quarter, p.half, p.ytd) if p.fiscal_year is not None else None


def _not_after_call(p: Period | None, ctx: Context) -> bool:
    own = P.call_period(ctx.fiscal_year, ctx.fiscal_quarter) if ctx.fiscal_quarter else P.label(ctx.fiscal_year)
    return p is not None and own is not None and P.period_key(p) <= P.period_key(own)


def _level_after_base(s: str, start: int, f: Fact, before: list[Fact], spans: list, ctx: Context) -> Period | None:
    """The period of a level said "at" right after its move's base: the move's own, or the call's."""
    if " at " not in s[max(0, start - 60):start] or (m := _LEVEL_AFTER_BASE.search(s, max(0, start - 80), start)) is None:
        return None
    move = next((b for b, sp in zip(reversed(before), reversed(spans)) if sp is not None and sp[1] <= m.start()
                 and b.change is not None and b.kind is FactKind.ACTUAL and b.period is not None), None)
    if move is not None:
        return move.period
    if m["y"]:
        ahead = _year_on(f.period)
        return ahead if _not_after_call(ahead, ctx) else None
    own = P.call_period(ctx.fiscal_year, ctx.fiscal_quarter) if ctx.fiscal_quarter else None
    return own if own is not None and f.period == P.previous_of(own, True) else None


def _after_closed_year_base(s: str, start: int, f: Fact, ctx: Context) -> Period | None:
    """A figure in the clause after one a year-ago base closes, dated a year back by that base: a year on."""
    if f.change is not None or ctx.fiscal_quarter is None:
        return None
    own = P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)
    if f.period != P.previous_of(own, False):
        return None
    m = _YEAR_BASE_CLOSES.search(s, max(0, start - 160), start)
    if m is None or any(ch.isdigit() for ch in m["gap"]) or _YEAR_WORDS.search(m["gap"]):
        return None
    return own


_YEAR_WORDS = re.compile(r"\b(?:ago|last|prior|previous|earlier|(?:19|20)\d\d)\b", re.I)


def _first_of_base_pair(s: str, end: int, f: Fact, facts: list[Fact], spans: list, i: int, ctx: Context) -> Period | None:
    """The first of two bases said as a pair takes the period of the second, whose period words close the pair."""
    if i + 1 >= len(facts) or spans[i + 1] is None or spans[i] is None:
        return None
    nxt = facts[i + 1]
    n_start = spans[i + 1][0]
    if (nxt.period is None or nxt.period == f.period or nxt.kind is not FactKind.ACTUAL
            or not _PAIR_GAP.fullmatch(s, end, n_start) or _BASE_BEFORE.search(s, max(0, spans[i][0] - 40), spans[i][0]) is None):
        return None
    after = spans[i + 1][1]
    closed = any(after <= c.start <= after + 30 and _TO_PERIOD_WORDS.fullmatch(s, after, c.start) for c in period_cues(s, ctx))
    return nxt.period if closed else None


_TO_PERIOD_WORDS = re.compile(r"(?:\s*,)?\s+(?:(?:at\s+the\s+end\s+of|at|in|of|for|as\s+of|during)\s+)?(?:the\s+)?", re.I)
"""What stands between the second base of a pair and its period words ("... at the end of June", "..., of last year's third quarter")."""
