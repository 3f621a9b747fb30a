"""The call's own quarter when no title names it: the quarter the opening sentences talk about most."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..callinfo import period_from_text

_OPENING = 40
"""Prepared remarks name the quarter being reported early and often; later lines drift to guidance."""

_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_QUARTER = re.compile(
    r"\b(?:(?P<w>first|second|third|fourth)[\s-]+(?:fiscal\s+)?quarter|q(?P<q>[1-4])\b|(?P<n>[1-4])q\b)"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?(?:'|20)?(?P<y>\d{2})\b)?",
    re.I,
)
_NOT_REPORTED = re.compile(
    r"\b(?:next|coming|upcoming|following|last year'?s?|prior[\s-]year|year[\s-]ago|guidance|expect\w*|estimate\w*|"
    r"outlook|forecast|from|with|versus|vs|than|over|since|into|through|early|late|by|after|before|until)\W+(?:\w+\W+)?$",
    re.I,
)
"""Words just before a quarter that make it some other quarter: a comparison or an outlook."""
_YEAR = re.compile(r"\b(?:fiscal\s+(?:year\s+)?)?(20[0-4]\d)\b", re.I)


def call_period(sentences: Iterable[str]) -> tuple[int | None, int | None]:
    """(fiscal_year, fiscal_quarter) of the call, from a title if one opens the text, else by majority."""
    everything = list(sentences)
    opening = everything[:_OPENING]
    for s in opening[:3]:
        year, quarter = period_from_text(s)
        if quarter:
            return year, quarter
    quarters: Counter[int] = Counter()
    years: Counter[int] = Counter()
    _count(opening, quarters, years)
    if not quarters:
        _count(everything[_OPENING:], quarters, years)
    quarter = quarters.most_common(1)[0][0] if quarters else None
    year = years.most_common(1)[0][0] if years else None
    return year, quarter


def _count(sentences: list[str], quarters: Counter[int], years: Counter[int]) -> None:
    for rank, s in enumerate(sentences):
        # Earlier mentions weigh more: the welcome and the first results name the reported quarter.
        weight = 2.0 if rank < 10 else 1.0
        for m in _QUARTER.finditer(s):
            if _NOT_REPORTED.search(s[max(0, m.start() - 40):m.start()]):
                continue
            q = _ORD[m["w"].lower()] if m["w"] else int(m["q"] or m["n"])
            quarters[q] += weight
            if m["y"]:
                years[2000 + int(m["y"])] += weight
        for m in _YEAR.finditer(s):
            years[int(m.group(1))] += 0.5
