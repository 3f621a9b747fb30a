"""Goals, limits and plans: which year a long-term goal's words give it, and which they leave it without.

A goal is dated only by a year of its own ("a margin of 18% by fiscal 2030"); these checks tell the years that belong to
another item of the same list, and the spans (a plan's years, a run rate reached once a programme is done) that date no
one year."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..fiscal_words import FISCAL
from . import periods as P
from .numbers import Quantity
from .sentences import clause_bounds

_YEAR_CLOSES_FIGURE = re.compile(rf"[^,;.\d$€£¥]{{0,30}}?\bby\s+(?:the\s+(?:end|close)\s+of\s+)?(?:{FISCAL}\s+(?:year\s+)?)?$", re.I)
"""'an adjusted operating margin of 18% by fiscal 2030': the year closing a goal's own figure."""
_NEXT_ITEM = re.compile(r"\s*[,;]\s*(?:and|but|while)\b", re.I)
"""'..., and leverage of around 2 times': a later item set off by a comma from the year ("a margin of 12% by 2027 and
leverage of 2.5 times", "..., with a combined ratio in the low 90s" share the year)."""
_BACK_TO_YEAR = re.compile(r"\b(?:by\s+then|by\s+that\s+(?:time|year|date)|in\s+that\s+year|(?:by|at)\s+the\s+same\s+(?:date|time)|"
                           r"(?:get|getting|gets|got)\s+there|that\s+(?:same\s+)?year)\b", re.I)
"""'..., and we want at least 35% of our milk to come from such farms by then': the later item points back to the year."""

_OWN_ITEM = re.compile(r",\s+with\b|\band\s+to\s+[a-z]{3,}\b", re.I)
"""', with international sales making up 55% of revenue by 2028', 'and to bring loan-to-value under 25% by 2028': an item
of its own, whose year is its own ("a margin of 30% and free cash flow margin of 32% by 2028" share it)."""


def year_of_earlier_goal(c: P.Cue, q: Quantity, s: str, qs: list[Quantity]) -> bool:
    """Does a year said before a goal's figure close an earlier figure's goal ("an adjusted operating margin of 18% by
    fiscal 2030, and leverage of around 2 times", "OER to 22.5% by financial year 2030, and we intend to keep net gearing
    below 0.4 times")? That year is the earlier goal's; the later item (often a standing limit) has none of its own."""
    if not (c.end <= q.start and c.year and c.rel is None and not c.quarter and not c.half):
        return False
    return (any(o is not q and o.end <= c.start and c.start - o.end <= 40 and _YEAR_CLOSES_FIGURE.fullmatch(s, o.end, c.start)
                for o in qs)
            and _NEXT_ITEM.match(s, c.end, q.start) is not None and _BACK_TO_YEAR.search(s, c.end) is None)


def year_of_later_goal(c: P.Cue, q: Quantity, s: str, qs: list[Quantity]) -> bool:
    """Does a year said after a goal's figure close a later figure's goal ("an EBITDA margin of 12% to 13%, with
    international sales making up 55% of revenue by 2028")? That year is the later item's."""
    if not (q.end <= c.start and c.year and c.rel is None and not c.quarter and not c.half):
        return False
    return any(o is not q and q.end <= o.start and o.end <= c.start and c.start - o.end <= 40
               and _YEAR_CLOSES_FIGURE.fullmatch(s, o.end, c.start) and _OWN_ITEM.search(s, q.end, o.start) for o in qs)


_YEAR = rf"(?:(?:{FISCAL}\s+(?:year\s+)?|FY\s*)?(?:19|20)\d\d|FY\s*'?\d\d)"
_SUM_THROUGH = re.compile(rf"[^.;]{{0,60}}?(?:\bthrough|\bthru|\bbetween\s+now\s+and|\b(?:from|over|between|across)\s+{_YEAR}\s+(?:to|through|and))\s+"
                          rf"(?:the\s+end\s+of\s+)?(?:(?:{FISCAL}\s+(?:year\s+)?|FY\s*)?(?P<y>(?:19|20)\d\d)|FY\s*'?(?P<yy>\d\d))\b", re.I)
"""'between now and 2030', 'left to spend through fiscal 2029', 'over 2025 through 2029', 'over FY29 and FY30': the last year
of a span the amount is spread over."""


def sum_through(s: str, q: Quantity) -> int | None:
    """The last year of a span of years an amount is spent, saved or earned over ("around AED 12 billion of investment
    between now and 2030", "ZAR 3.1 billion left to spend through fiscal 2029", "free cash flow of $3.5 billion over 2025
    through 2029"): a plan's sum dates no one year; None where the amount is not said so."""
    if not (q.unit and q.unit.isupper()) or (m := _SUM_THROUGH.match(s, q.end)) is None:
        return None
    return int(m["y"]) if m["y"] else 2000 + int(m["yy"])


_RATE_ONCE_DONE = re.compile(r"[^.;\d]{0,50}?\brun[-\s]rate\b[^.;\d]{0,20}?\b(?:once|when)\b"
                             r"[^.;\d]{0,60}?\b(?:finish\w*|complet\w*|done|fully|in\s+place|ramped|implemented|delivered)\b", re.I)
"""'about $110 million on an annual run rate once the program is finished in fiscal 2028' (not "about $75 million of
revenue a year once it is fully running in 2028": a yearly level from that year on)."""


def run_rate_once_done(s: str, q: Quantity) -> bool:
    """Is the figure a yearly rate reached once a programme or project is done ("about $110 million on an annual run rate
    once the program is finished in fiscal 2028")? The year dates the finish, not the rate: a goal of no one year."""
    return (" once " in s or " when " in s) and _RATE_ONCE_DONE.match(s, q.end) is not None


def year_of_later_deed(c: P.Cue, q: Quantity, s: str, qs: list[Quantity]) -> bool:
    """Does a year said after a goal's figure date a figure of a later clause of its own ("Our policy is to pay out at
    least 40% of core net profit, and for financial year 2026 we paid 46%", "..., and in May we paid CLP 61 per share
    against the 2025 results")? That year is the later figure's; the policy has none."""
    if c.start < q.end:
        return False
    start, end = clause_bounds(s, c.start)
    return start >= q.end and "," in s[q.end:start + 1] and any(o is not q and start <= o.start < end for o in qs)
