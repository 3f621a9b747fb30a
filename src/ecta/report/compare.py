"""What changed between two calls of one company: guidance against outcome, revisions, metrics, tone."""

from __future__ import annotations

import math
from functools import lru_cache
from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up
from decimal import Decimal

from ..model import Fact, FactKind, Meta, Role, Transcript
from ..facts.periods import closed_by, period_key
from .figures import (call_period, fmt_amount, fmt_fact, guided_slack, half_unit, is_cost, is_level, is_money,
                      is_neutral, push, qualifier, same_measure, singular, unsaid_qualifier)
from .guidance import WHAT_COUNTED, band, bounds, change_base, fmt_outlook, increment, is_ratio, misread, per_quarter, plausible, revision
from .compare_models import CategoryShift, Comparison, GuidanceOutcome, ToneShift
from .models import Report, ToneCounts
from .pages import key as line_key
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
    figures: dict[tuple, dict[tuple, Fact]] = {}
    for f in facts:
        if (f.kind is FactKind.GUIDANCE and f.period is not None and f.change is None and bounds(f)[0] is not None
                and f.speaker not in analysts and _LOOKS_AHEAD.search(f.sentence) and not WITHDRAWN.search(f.sentence)):
            named = _name(f.phrase.lower().split()) if f.metric.startswith(("segment_", "other")) else ""
            if f.metric == "other" and named in ("", "other"):
                continue  # nameless: nothing to hold the next call to
            if misread(*bounds(f), f.unit) or increment(f) or revision(f) or is_distance(f) or band(f):
                continue  # what the guidance table shows as no level of the period (see guidance.table)
            if _too_wide(f):
                continue
            if _SHARE_OF.search(_around(f, 80, 40)):
                continue
            if per_quarter(f):
                named += " (per quarter)"  # a quarterly rate for the year: set against another such rate only
            named += _qualified(f)
            basis = _basis_said(f, facts)  # "our range of $3.35 to $3.50" restates the non-GAAP outlook
            key = (f.metric, named, f.period.label, f.unit, basis.value if basis else None)
            figures.setdefault(key, {}).setdefault(bounds(f), f)
    return _one_each(figures, _quarter_levels(facts))


def _quarter_levels(facts: list[Fact]) -> dict[tuple, list[Decimal]]:
    """The call's own results of a quarter, by metric and unit: the size a quarter's outlook of the metric has."""
    out: dict[tuple, list[Decimal]] = {}
    for f in facts:
        if (f.kind is FactKind.ACTUAL and f.period is not None and f.period.quarter is not None and f.value is not None
                and f.value > 0 and is_level(f) and is_money(f.unit)):
            out.setdefault((f.metric, f.unit), []).append(f.value)
    return out


def _quarter_sized(key: tuple, by_bounds: dict[tuple, Fact], levels: dict[tuple, list[Decimal]]) -> dict[tuple, Fact]:
    """A quarter's figures of an amount set against the call's own quarter results of the metric: where some are
    of that size and others not, the others are the year's outlook dated as the quarter ("EBITDA of $660 million
    to $700 million" for the quarter, then "$3.3 billion to $3.7 billion" with no period said), not the quarter's."""
    if not key[2].startswith("Q") or len(by_bounds) < 2:
        return by_bounds
    refs = levels.get((key[0], key[3]), [])
    sized = {b: f for b, f in by_bounds.items() if b[0] is not None and b[0] > 0 and any(plausible(b[0], b[1], r) for r in refs)}
    rest = [b for b in by_bounds if b not in sized]
    # Only a larger figure is the year's: one smaller is a part, or the same outlook after a split ("$0.90 to $0.94,
    # or $0.45 to $0.47 after the split"), which the quarter's results said before it do not tell apart.
    if not sized or not rest or min(b[0] for b in rest) <= 2 * max(b[1] if b[1] is not None else b[0] for b in sized):
        return by_bounds
    return sized


def _too_wide(f: Fact) -> bool:
    """An amount range whose ends are over twenty times apart is two figures read as one ("14 to $0.16" a share,
    cents said bare, read as $0.16 to $14): no outlook names so wide a span."""
    low, high = bounds(f)
    return (is_money(f.unit) and low is not None and high is not None and low > 0
            and max(low, high) / min(low, high) > 20)


def _one_each(figures: dict[tuple, dict[tuple, Fact]], levels: dict[tuple, list[Decimal]] | None = None) -> dict[tuple, Fact]:
    """The outlook under each key: its only figure, or its only range when every other figure under the key is
    a single one inside it ("earnings per share of $1.37 to $1.47, so $1.42 in the middle" is one outlook). An
    amount under half of another under the key is a part of it (a raise at the midpoint, a segment), not another
    outlook of the whole ("revenue of $6.2 billion to $6.3 billion, up $90 million at the midpoint"). Two ranges (one said last quarter and one said
    now: which is current, the facts do not say) or figures apart are several things the words do not tell
    apart, and the key is dropped."""
    out = {}
    for key, by_bounds in figures.items():
        if is_money(key[3]) and len(by_bounds) > 1:
            by_bounds = _quarter_sized(key, by_bounds, levels or {})
            top = max(b[1] if b[1] is not None else b[0] for b in by_bounds)
            if top > 0:
                by_bounds = {b: f for b, f in by_bounds.items() if (b[1] if b[1] is not None else b[0]) * 2 >= top}
        ranges = [(b, f) for b, f in by_bounds.items() if b[1] is not None and b[1] != b[0]]
        if len(by_bounds) == 1:
            out[key] = next(iter(by_bounds.values()))
        elif len(ranges) == 1 and all(ranges[0][0][0] <= b[0] <= ranges[0][0][1] for b in by_bounds):
            out[key] = ranges[0][1]
    return out


_SHARE_OF = re.compile(r"\b(?:contribut\w*|annuali[sz]ed|run[\s-]rate|proceeds|synerg\w*|accreti\w*|dilution|dilutive)\b",
                       re.I)
"""What a deal or a program adds ("expected to contribute annualized EBITDA of more than $50 million", "cash proceeds
of about $94 million"): a part of the period's figure, or no figure of it; the next call's total does not meet it.
Kept apart from `_PART`, the part of a change: a level outlook's sentence often names an impact or a benefit
beside the level itself ("a tax rate of about 24%, with a benefit from ..."), and the two patterns as one, at any
window, lose more true outcomes and revisions than they drop wrong ones (bench/compare_eval.py)."""


_PART = re.compile(r"\b(?:headwinds?|tailwinds?|impact\w*|contribut\w*|benefit\w*|drag|points?\s+(?:of|to|from)"
                   r"|(?:of|to)\s+(?:reported\s+)?(?:sales|revenue)\s+growth)\b", re.I)
"""A share of a change, not the change: "a headwind of about one point to reported sales growth"."""


_CHANGE = {"yoy": "year on year", "qoq": "sequentially", "sequential": "sequentially"}
"""What a change runs against; a sequential change and a quarter-on-quarter one are the same thing."""

_GROWTH_WORDS = frozenset({"growth", "increase", "increases", "decline", "declines", "decrease", "decreases", "change"})


def _core(phrase: str, metric: str = "") -> str:
    """"revenue growth", "total revenue" and "revenue" name the metric whose change is said; so does any name
    the metric goes by ("net sales", "the top line"; "comp sales" and "comparable store sales"), unless it says
    another measure ("organic sales")."""
    words = [w for w in re.findall(r"[a-z0-9&']+", phrase.lower().replace("-", " "))
             if w not in _GROWTH_WORDS and w not in ("total", "consolidated", "overall")]
    # A count's names are the things counted ("homes", "shipments", "Bcfe"): each is its own measure.
    own = _own_name(metric) if metric and not metric.startswith(("segment_", "other")) and metric not in _COUNTS else None
    # "organic sales" is another measure than sales; "comparable store sales" is the metric itself.
    if (own is not None and words and own.fullmatch(" ".join(words))
            and (metric == "same_store_sales" or not _QUALIFIED.search(" ".join(words)))):
        return metric.replace("_", " ")
    return _name(words)


def _name(words: list[str]) -> str:
    """One spelling of a name: "policies in-force" and "policy in force" are one; "inventories" is the plural of
    "inventory", not of "inventorie"."""
    words = " ".join(words).replace("-", " ").split()
    return singular(" ".join(w[:-3] + "y" if len(w) > 4 and w.endswith("ies") else w for w in words))


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name, or a name and its initials: "noi" is "net operating income" and "ffo" is "funds
    from operations"; "same store net operating income" too, its first words a measure's qualifier, which
    `_qualifiers` checks on its own."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    words = long.split()
    if not re.fullmatch(r"[a-z]{2,5}", short) or len(words) < len(short):
        return False
    head, tail = words[:len(words) - len(short)], words[len(words) - len(short):]
    return "".join(w[0] for w in tail) == short and (not head or bool(_QUALIFIED.fullmatch(" ".join(head))))


@lru_cache(maxsize=None)
def _own_name(metric: str) -> re.Pattern[str] | None:
    """The names the facts read as `metric` ("sales", "net revenues", "top line" for revenue)."""
    from ..facts.taxonomy import METRICS

    names = [p for m, said in METRICS if m == metric for p in said]
    return re.compile("(?:" + "|".join(names) + ")", re.I) if names else None


def _change_outlooks(facts: list[Fact], analysts: frozenset[str]) -> dict[tuple, Fact]:
    """Outlooks given only as a change of an amount ("revenue growth of 5% to 7%", "net interest income down
    low single digits"), keyed as `_outlooks` keys levels, with the change in place of the unit. A change of
    a ratio ("margin up 50 basis points") is left out: points and percent are too easily confused."""
    figures: dict[tuple, dict[tuple, Fact]] = {}
    for f in facts:
        if (f.kind is FactKind.GUIDANCE and f.period is not None and f.change is not None and f.unit == "%"
                and bounds(f)[0] is not None and f.speaker not in analysts and not is_ratio(f.metric, f.phrase, f.sentence)
                and _LOOKS_AHEAD.search(f.sentence) and not WITHDRAWN.search(f.sentence)):
            # The phrase is part of the key whatever the metric: "premiums in this group" and "net written
            # premiums" are both revenue, and two different outlooks.
            named = _core(f.phrase, f.metric)
            if f.metric.startswith(("segment_", "other")) and named in ("", "other", "segment"):
                continue  # "growth for the segment": which segment, the figure does not say
            if misread(*bounds(f), f.unit) or revision(f) or is_distance(f) or band(f) or not _a_change_of(f):
                continue
            if any(x.sentence == f.sentence and x.metric == f.metric and x.change is None and is_money(x.unit)
                   and x.kind is f.kind for x in facts):
                continue  # "revenue of $845 million to $853 million, about 11% growth": the level is the outlook
            basis = _basis_said(f, facts)
            key = (f.metric, named, f.period.label, "change " + _CHANGE[f.change.value], basis.value if basis else None)
            figures.setdefault(key, {}).setdefault(bounds(f), f)
    return _one_each(figures)


def _qualified(f: Fact) -> str:
    """What a metric's phrase adds to it ("system" in "system gross margin"), as part of an outlook's key: the
    margin of one product line is not the company's, and one product's price is not another's."""
    q = qualifier(f)
    return f" [{' '.join(sorted(q))}]" if q else ""


def _verdict(f: Fact, value: Decimal, lo: Decimal, hi: Decimal) -> tuple[str, str]:
    """(outcome, position) of a result against an outlook from `lo` to `hi`: above is a beat and below a miss,
    except for a cost, where coming in below the outlook is the beat."""
    position = "below" if value < lo else "above" if value > hi else "inside"
    if position == "inside":
        return "met", position
    if is_neutral(f.metric, f.phrase):
        return "outside", position  # capital spending over plan is no beat, nor under it a miss
    good = "below" if is_cost(f.metric, f.phrase) else "above"
    return ("beat" if position == good else "missed"), position


def _said(f: Fact) -> str:
    if f.change is not None:
        low, high = bounds(f)
        return f"{fmt_outlook(f, low, high)} {_CHANGE[f.change.value]}"
    # "at least $270 million" is a floor, not a point: the reader checks the words as said.
    m = _OPEN_ENDED.match(f.text.strip()) if f.text and f.low is None else None
    if m:
        return f"{' '.join(m.group(0).lower().split())} {fmt_fact(f)}" + (" per quarter" if per_quarter(f) else "")
    if f.kind is not FactKind.GUIDANCE:
        return fmt_fact(f)
    # An outlook said in words ("a rate in the high 20s") shows them beside the range read from them, which
    # the old call does not state.
    return fmt_outlook(f, *bounds(f))


_QUALIFIED = re.compile(r"\b(?:organic\w*|constant[\s-]currenc\w*|comparable|same[\s-]stores?|like[\s-]for[\s-]like"
                        r"|underlying|(?:currency|fx)[\s-]neutral|pro[\s-]forma|excluding|ex[\s-]\w+)\b", re.I)
"""Words that make a growth figure another measure than the reported one ("organic revenue growth of 3%",
"up 2% in constant currency")."""


def _around(f: Fact, before: int, after: int) -> str:
    i = f.sentence.find(f.text) if f.text else -1
    return f.sentence[max(0, i - before):i + len(f.text) + after] if i >= 0 else ""


def _qualifiers(f: Fact, after: int = 30) -> set[str]:
    # Everything said before the figure ("Setting aside the trade-show business, we look for sales growth of 3.5%"), and just after,
    # in its clause: in "net sales growth of 3% to 4%; a same-store sales decline of 2%" the next item is another's.
    clause = _own_clause(f)
    i = clause.find(f.text) if f.text else -1
    said = clause[max(0, i - 1000):i + len(f.text) + after] if i >= 0 else ""
    return {" ".join(m.lower().replace("-", " ").split())[:8] for m in _QUALIFIED.findall(f"{f.phrase} {said}")}


_BASE_SAID = re.compile(r"\b(?:year[\s-]+(?:over|on)[\s-]+year|y/?o/?y|(?:prior|last|previous)[\s-]+year|a\s+year\s+ago|year[\s-]ago"
                        r"|sequential\w*|(?:prior|last|previous|linked)[\s-]+quarter|quarter[\s-]+(?:over|on)[\s-]+quarter"
                        r"|from\s+(?:the\s+)?(?:first|second|third|fourth|q[1-4])\b|(?:versus|vs\.?|compared\s+(?:to|with)|over|from)\s+"
                        r"(?:the\s+)?(?:20\d\d|q[1-4]))", re.I)
"""What a quarter's change runs against, said: "down mid-single digits from first quarter levels". A quarter's
outlook said as a bare change ("expenses down low single digits") may run against last quarter or last year."""


_OTHER_BASE = re.compile(r"\b(?:two|three|four|2|3|4)[\s-]years?\b|\b(?:versus|vs\.?|compared\s+(?:to|with)|over|from)\s+"
                         r"(?:fiscal\s+|fy\s*)?(?:20|')(\d\d)\b", re.I)


def _own_clause(f: Fact) -> str:
    """The words that can say what `f` runs against: its clause, between semicolons. In "sales growth of 3% to 4%;
    EPS of $6, a 15% CAGR compared to 2021", the 2021 base is the CAGR's, not the sales growth's. Within a clause a
    base can be said once for two figures ("a 41% rise in the quarter and 37% in the half versus 2021"): all of
    it counts."""
    i = f.sentence.find(f.text) if f.text else -1
    if i < 0:
        return f.sentence
    start = f.sentence.rfind(";", 0, i) + 1
    stop = f.sentence.find(";", i + len(f.text))
    return f.sentence[start:len(f.sentence) if stop < 0 else stop]


def _against_last_period(f: Fact) -> bool:
    """A year-on-year figure that runs against the year before: "up 10% versus two years ago" or "over 2019"
    said in 2021 measures growth on another base."""
    for m in _OTHER_BASE.finditer(_own_clause(f)):
        if m.group(1) is None or f.period is None or f.period.fiscal_year is None or int(m.group(1)) != (f.period.fiscal_year - 1) % 100:
            return False
    return True


def _a_change_of(f: Fact) -> bool:
    """A figure that is the change of its metric for its period, as such: not a part of it, not on another
    base, and sequential only for a quarter."""
    assert f.change is not None
    if f.change.value != "yoy" and (f.period is None or f.period.quarter is None):
        return False
    return not _PART.search(_around(f, 80, 60)) and _against_last_period(f)


def _plain(f: Fact, g: Fact) -> bool:
    """`f` names the very figure outlook `g` is about, not a part of it ("Americas revenue grew 9%"), and on
    the same measure (organic growth is not met by reported growth)."""
    return (any(_same_name(_core(f.phrase, f.metric), n) for n in (g.metric.replace("_", " "), _core(g.phrase, g.metric)))
            and _qualifiers(f) == _qualifiers(g)
            and same_measure(f, g))


def _actual_change_for(facts: list[Fact], g: Fact) -> Fact | None:
    """The stated change that answers change outlook `g`: same metric, period, kind of change and basis (an
    organic growth outlook is not met by reported growth), named plainly. Two different such figures are
    two things the words do not tell apart: none is taken."""
    assert g.change is not None and g.period is not None
    found = [f for f in facts
             if f.kind is FactKind.ACTUAL and f.change is not None and _CHANGE[f.change.value] == _CHANGE[g.change.value]
             and f.unit == "%" and f.value is not None and f.metric == g.metric and f.period is not None
             and f.period.label == g.period.label and f.basis == g.basis and _plain(f, g) and _a_change_of(f)
             and not _said_ahead(f) and not is_ratio(f.metric, f.phrase, f.sentence)]
    if len({f.value for f in found}) != 1:
        return None
    return min(found, key=lambda f: f.line)


def _base_of(g: Fact, *calls: list[Fact]) -> Fact | None:
    """The level a change outlook runs from, as the first of `calls` that states it."""
    return next((b for facts in calls if (b := change_base(facts, g)) is not None), None)


def _pct(new: Decimal, base: Decimal) -> Decimal:
    return (new - base) / base * 100


def _on(base: Fact, pct_low: Decimal, pct_high: Decimal) -> str:
    """The levels a change implies on `base`, as text."""
    assert base.value is not None
    ends = [base.value * (1 + v / 100) for v in dict.fromkeys((pct_low, pct_high))]
    levels = " to ".join(fmt_amount(_round3(v), base.unit) for v in ends)
    return f"≈ {levels} on {base.period.label if base.period else '?'} {fmt_amount(base.value, base.unit)}"


def _round3(v: Decimal) -> Decimal:
    # Three significant figures: the base is itself rounded, so more would be false precision.
    return v if v == 0 else v.scaleb(-v.adjusted()).quantize(Decimal("0.01")).scaleb(v.adjusted())


def _change_outcome(g: Fact, value: Decimal) -> tuple[str, str]:
    """Met, beat or missed for a change outlook against the change that came: a single figure stands for what
    rounds to it ("about 3%" is met by 2.6%), and at least a quarter point either side."""
    low, high = bounds(g)
    lo = low if low is not None else high
    hi = high if high is not None else low
    assert lo is not None and hi is not None
    if lo == hi:
        slack = max(half_unit(g), Decimal("0.25"))
        lo, hi = lo - slack, hi + slack
    return _verdict(g, value, lo, hi)


def _same_outlook(guides: dict[tuple, Fact], key: tuple) -> Fact | None:
    """The new call's outlook for the same thing: the same basis, or one of them silent on it."""
    if key in guides:
        return guides[key]
    return next((f for k, f in guides.items() if k[:4] == key[:4] and (k[4] is None or key[4] is None)), None) or next(
        (f for k, f in guides.items() if (k[0], k[2], k[3]) == (key[0], key[2], key[3]) and _same_name(k[1], key[1])
         and (k[4] is None or key[4] is None or k[4] == key[4])), None)


def _restated(old: Fact, new: Fact) -> bool:
    """`new` may restate amount outlook `old`: the same sign, and within half to double of it."""
    a, b = _mid(old), _mid(new)
    return a == b or (a > 0) == (b > 0) and a != 0 and Decimal("0.5") <= b / a <= 2


def _revised(old: Fact, new: Fact) -> tuple[str, str]:
    """(outcome, words) of outlook `old` said again as `new`: raised, lowered or reaffirmed by the midpoint. A range
    narrowed inside the old one says so, as the guidance table does: "$1.10 to $1.20" after "$1.00 to $1.20" lifts
    the midpoint without guiding beyond the old top, and one kept within half a percent is reaffirmed."""
    a, b = _mid(old), _mid(new)
    (lo, hi), (new_lo, new_hi) = bounds(old), bounds(new)
    narrowed = (None not in (lo, hi, new_lo, new_hi) and lo != hi and new_lo != new_hi and (lo, hi) != (new_lo, new_hi)
                and lo <= new_lo and new_hi <= hi)  # type: ignore[operator]
    if narrowed and abs(b - a) <= abs(a) * Decimal("0.005"):
        return "reaffirmed", " (narrowed, midpoint about kept)"
    outcome = "raised" if b > a else "lowered" if b < a else "reaffirmed"
    return outcome, f" (narrowed, midpoint {outcome})" if narrowed else ""


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


def _withdrawals(t: Transcript | None, said: re.Pattern[str] = _WITHDRAWN, management_only: bool = False,
                 by_turn: bool = False) -> list[tuple[str, int]]:
    """(sentence in lower case, line) of each sentence of the call that says `said` (an outlook withdrawn); with
    `management_only`, of no analyst or operator; `by_turn`, the line keyed by its turn (see `pages`)."""
    if t is None:
        return []
    found = []
    for turn in t.turns:
        if management_only and turn.speaker.role in (Role.ANALYST, Role.OPERATOR):
            continue
        for p in turn.paragraphs:
            for sentence in re.split(r"(?<=[.!?])\s+", p.text):
                if said.search(sentence):
                    found.append((sentence.lower(), line_key(p.line_start, turn.index + 1) if by_turn else p.line_start))
    return found


_KEPT = re.compile(r"\b(?:guidance|outlook|forecast)\b[^.]{0,60}?\b(?:remains?|is|stays?)\s+(?:\w+\s+)?unchanged\b"
                   r"|\b(?:reiterat\w*|reaffirm\w*|re-affirm\w*)\b[^.]{0,60}?\b(?:guidance|outlook|forecast)\b", re.I)
"""A sentence saying the outlook stands without restating it: "our 2031 outlook remains unchanged", "we are reaffirming
our outlook for the year"."""

_NAMES_ONE = re.compile(r"\b(?:revenue|sales|margin|eps|earnings|capex|capital\s+expenditures?|expenses?|cash)\b"
                        r"|(?<![\w.])(?!(?:19|20)\d\d\b)\d", re.I)
"""A metric's name or a figure (not a year): a sentence keeping an outlook that says either keeps that one only."""

KEPT_IN_WORDS = "said unchanged, no figure"
"""What a reaffirmed outlook shows as the new one when the new call keeps it in words only."""


def _mid(f: Fact) -> Decimal:
    low, high = bounds(f)
    assert low is not None
    return (low + (high if high is not None else low)) / 2


_COUNTS = ("units", "customers", "headcount", "stores", "other")

_SAID_AHEAD = re.compile(r"\b(?:(?:is|are|was|were)\s+expected|expects?\s+(?:to|that)|anticipat\w*|will|should"
                         r"|(?<!our\s)(?<!the\s)(?<!have\s)(?<!had\s)forecast(?!ed\s+range)\w*|projected)\b", re.I)
"""A result is told, not foreseen: a figure "marked actual" in "sales are expected to range ..., which reflects
anticipated production of 35 million tons" is no result to hold an outlook to. One set against "our forecasted
range" or what "we had forecast" is a result."""


_CLAUSE_BREAK = re.compile(r"[;:]|,?\s+(?:and|but|while|whereas)\s+(?=(?:we|i|our|the\s+company|management)\b)", re.I)


def _said_ahead(f: Fact) -> bool:
    """`_SAID_AHEAD` in the clause that holds the figure: "the tax rate for the year was 27%, and we anticipate
    27% to 29% for next year" tells the year's result in its first clause and looks ahead only in its second."""
    i = f.sentence.find(f.text) if f.text else -1
    if i < 0:
        return bool(_SAID_AHEAD.search(f.sentence))
    head = max((m.end() for m in _CLAUSE_BREAK.finditer(f.sentence, 0, i)), default=0)
    tail = next((m.start() for m in _CLAUSE_BREAK.finditer(f.sentence, i + len(f.text))), len(f.sentence))
    return bool(_SAID_AHEAD.search(f.sentence, head, tail))


_AUTHORIZED = re.compile(r"\bauthori[sz]\w*", re.I)
"""A repurchase program's size ("the board authorized a new $75 million program") is what may be bought back, not
what was: no result of a buyback outlook."""


def _actual_for(facts: list[Fact], g: Fact, same_basis: bool = False) -> Fact | None:
    """The actual that answers outlook `g`: same metric, period and unit; the same basis where both say
    (non-GAAP EPS guidance is met or missed by non-GAAP EPS); the plainly named figure over a sub-item.
    `same_basis`: a result silent on its basis does not answer `g` either."""
    if g.metric in _COUNTS or g.unit in (None, "count"):
        return None  # "34 million tonnes", "customers": counts of things the words seldom name alike in two calls
    candidates = [
        f for f in facts
        if f.kind is FactKind.ACTUAL and is_level(f) and f.metric == g.metric and f.unit == g.unit
        and f.period is not None and g.period is not None and f.period.label == g.period.label
        and (f.basis is None and not same_basis or g.basis is None or f.basis == g.basis) and not _said_ahead(f)
        and same_measure(f, g) and not (f.metric == "buyback" and _AUTHORIZED.search(_own_clause(f)))
    ]
    if not candidates:
        return None

    def rank(f: Fact) -> tuple[int, int, int, int]:
        plain = " ".join(f.phrase.lower().split()) in {g.metric.replace("_", " "), g.phrase.lower()}
        # "$13 to $14 per barrel, excluding Libya" is met by the figure said excluding Libya, not the one including it.
        return (0 if f.basis == g.basis else 1, 0 if _qualifiers(f, 50) == _qualifiers(g, 50) else 1, 0 if plain else 1, f.line)

    return min(candidates, key=rank)


def _said_basis(g: Fact, facts: list[Fact]) -> Fact:
    """An outlook silent on its basis is on the basis the call reports that metric in: a call that gives only
    adjusted EPS and "expects earnings per share of $1.57 to $1.61" guides adjusted EPS, and the next call's GAAP
    figure does not miss it. So is one the call says with its basis elsewhere, the same figures for the same
    period ("non-GAAP earnings of $3.35 to $3.50 a share", later "our range of $3.35 to $3.50")."""
    if g.basis is not None:
        return g
    said = _basis_said(g, facts)
    if said is not None:
        return g.model_copy(update={"basis": said})
    bases = {f.basis for f in facts if f.kind is FactKind.ACTUAL and f.metric == g.metric and f.unit == g.unit
             and is_level(f)}
    return g.model_copy(update={"basis": bases.pop()}) if len(bases) == 1 and None not in bases else g


def _basis_said(g: Fact, facts: list[Fact]):
    """The basis the call gives elsewhere for the very figures of outlook `g`, or None."""
    if g.basis is not None:
        return g.basis
    said = {f.basis for f in facts if f.kind is FactKind.GUIDANCE and f.basis is not None and f.metric == g.metric
            and f.period is not None and g.period is not None and f.period.label == g.period.label
            and f.unit == g.unit and f.change == g.change and bounds(f) == bounds(g)}
    return said.pop() if len(said) == 1 else None


def own_figures(facts: list[Fact]) -> list[Fact]:
    """The facts without what one cause adds to a metric ("currency to lift sales growth by 2 points"), which is
    neither its outlook nor its result, as in the guidance table."""
    return [f for f in facts if not push(f) or revision(f)]


def compare(old: Report, new: Report, analysts: frozenset[str] = frozenset(),
            new_call: Transcript | None = None) -> Comparison:
    """`analysts`: participant ids whose figures are not outlook. `new_call`: read for explicit withdrawals."""
    from .models import Citation
    from .pages import keyed, split

    result = Comparison(old=old.meta, new=new.meta, old_cited_by=old.cited_by, new_cited_by=new.cited_by)
    # A call whose lines do not find the words is compared on facts keyed by turn (see `pages`), so that every line
    # below names its turn too; the keys are split back into lines and turns at the end.
    by_turn = (old.cited_by is not Citation.LINE, new.cited_by is not Citation.LINE)
    if by_turn[0]:
        old = old.model_copy(update={"facts": keyed(old.facts, True)})
    if by_turn[1]:
        new = new.model_copy(update={"facts": keyed(new.facts, True)})
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
    old_own, new_own = own_figures(old.facts), own_figures(new.facts)
    old_guides = _outlooks(old_own, analysts) | _change_outlooks(old_own, analysts)
    new_guides = _outlooks(new_own, analysts) | _change_outlooks(new_own, analysts)
    new_actuals = [f for f in _as_actuals(new_own) if f.speaker not in analysts]
    withdrawals = _withdrawals(new_call, by_turn=by_turn[1])
    kept_said = _withdrawals(new_call, _KEPT, management_only=True, by_turn=by_turn[1])
    # The new call reports results only for periods over when it is held (its quarter; the year with Q4).
    closed = closed_by(*period_key_meta(new))
    for key, g in old_guides.items():
        # A percentage outlook of an amount ("EPS growth of 10% to 14%") is a growth rate, and an amount read
        # as a ratio metric ("margin of 12%, excluding a $5 million charge") no level of it: no actual of that
        # metric is its result. An amount of an amount metric is a level, even beside a ratio ("EBITDA of
        # $64 million to $66 million, putting the EBITDA margin near 31%"; a gross margin in dollars is gross profit).
        growth_rate = g.change is None and (g.unit == "%" and not is_ratio(g.metric, g.phrase, g.sentence)
                                            or is_money(g.unit) and is_ratio(g.metric))
        if g.change is not None:
            held = (_change_held(g, old.facts, new.facts, new_actuals)
                    if g.period is not None and period_key(g.period) <= closed
                    and (g.period.quarter is None or _BASE_SAID.search(g.sentence)) else None)
            if held is not None:
                result.outcomes.append(held)
                continue
        # "EPS of about $0.55, or adjusted EPS of about $0.74": a result silent on its basis is the unmarked one's.
        twinned = key[4] not in (None, "GAAP") and any(k[:4] == key[:4] and k[4] in (None, "GAAP") for k in old_guides)
        actual = (_actual_for(new_actuals, _said_basis(g, old.facts), twinned) if g.period is not None and period_key(g.period) <= closed and not growth_rate
                  and not per_quarter(g) and g.change is None else None)
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
            # An amount said coarsely stands for what rounds to it too, up to 2.5% of it: "$3.1 billion" misses no
            # range of $3.11 billion to $3.12 billion, but "$1 billion" still beats $650 million. A percentage is
            # said to the precision meant.
            rounded = min(half_unit(actual), abs(actual.value) / 40) if is_money(actual.unit) else Decimal(0)
            outcome, position = _verdict(g, actual.value, lo - rounded, hi + rounded)
            result.outcomes.append(GuidanceOutcome(
                metric=_label(g), basis=g.basis.value if g.basis else None, period=g.period.label if g.period else key[2], guided=_said(g), actual=fmt_amount(actual.value, actual.unit),
                outcome=outcome, position=position, cost=is_cost(g.metric, g.phrase), old_lines=[g.line], new_lines=[actual.line]))
            continue
        later = _same_outlook(new_guides, key)
        if later is not None and g.change is None and g.unit != "%" and not _restated(g, later):
            # An amount cut to less than half or more than doubled in a quarter is another thing under the name
            # (capital spending of some $60 million, then $6 million of it); a growth rate may well double.
            later = None
        across = _across(g, key, new_guides, old.facts, new.facts) if later is None else None
        if across is not None:
            result.revisions.append(across)
        elif later is not None:
            outcome, how = _revised(g, later)
            result.revisions.append(GuidanceOutcome(
                metric=_label(g), basis=g.basis.value if g.basis else None, period=g.period.label if g.period else key[2], guided=_said(g),
                actual=_said(later) + how, outcome=outcome, old_lines=[g.line], new_lines=[later.line]))
        elif g.period is not None and period_key(g.period) > closed and not growth_rate:
            # An outlook for a period the new call closes (the year, on a Q4 call) is not one to repeat.
            words = g.metric.replace("_", " ").split()[:1] + g.phrase.lower().split()[-1:]
            said = [line for sentence, line in withdrawals if any(w in sentence for w in words)
                    or not re.search(r"\b(?:revenue|margin|eps|earnings|capex|expenses?|cash)\b", sentence)]
            # "We are reaffirming our outlook for the year": kept in words, with no figure to set against the old one.
            # A sentence that states a figure ("reaffirming our capital expenditures outlook of about $80 million") keeps
            # what it names only.
            kept = [line for sentence, line in kept_said if any(w in sentence for w in words)
                    or not _NAMES_ONE.search(sentence)] if not said else []
            result.revisions.append(GuidanceOutcome(
                metric=_label(g), basis=g.basis.value if g.basis else None, period=g.period.label, guided=_said(g),
                actual=KEPT_IN_WORDS if kept else None,
                outcome="withdrawn" if said else "reaffirmed" if kept else "not_repeated", old_lines=[g.line],
                new_lines=(said or kept)[:1]))
        elif g.period is not None and period_key(g.period) <= closed:
            result.no_result.append(_no_result(g, new_actuals))
    # The new call's own link from an old range to its new one outweighs a name that matched nothing.
    held = {(o.old_lines[0], o.guided) for o in result.outcomes + result.revisions + result.no_result if o.outcome != "not_repeated"}
    for link in _recalled_revisions(old_own, new_own, analysts):
        if (link.old_lines[0], link.guided) not in held:
            same = [i for i, o in enumerate(result.revisions) if (o.old_lines[0], o.guided) == (link.old_lines[0], link.guided)]
            result.revisions = [o for i, o in enumerate(result.revisions) if i not in same]
            result.revisions.insert(same[0] if same else len(result.revisions), link)
    # Rows in period order (the quarter before its year), each period's in the order the old call said them: a link
    # found last is no later period.
    result.revisions.sort(key=lambda o: _label_key(o.period))
    # A metric the company still guides is still reported; an analyst's estimate is not the company's.
    # Appeared: reported now and not even mentioned before; disappeared: reported before, not mentioned now.
    old_metrics, new_metrics = _reported(old.facts, analysts), _reported(new.facts, analysts)
    result.metrics_appeared = _unmentioned(new_metrics, _reported(old.facts, analysts, mentions=True))
    result.metrics_disappeared = _unmentioned(old_metrics, _reported(new.facts, analysts, mentions=True))
    old_rows = {r.key: r for r in old.tone.by_section + old.tone.by_role}
    rows: dict[tuple, ToneShift] = {}
    for row in new.tone.by_section + new.tone.by_role:
        before = old_rows.get(row.key)
        if before is None or row.key == "operator":
            continue
        # A call that is all prepared remarks by management counts the same words twice: one row, both names.
        counted = (tuple(before.counts.model_dump().values()), tuple(row.counts.model_dump().values()))
        if counted in rows:
            rows[counted].scope += f" / {row.label}"
            continue
        tests = [category_shift(c, before.counts, row.counts) for c in TONE_CATEGORIES]
        result.tone.append(ToneShift(
            scope=row.label, old_net=before.net, new_net=row.net, change=round(row.net - before.net, 3),
            old_readable=before.readable, new_readable=row.readable,
            old_uncertainty_per_1000=before.counts.per_thousand("uncertainty"),
            new_uncertainty_per_1000=row.counts.per_thousand("uncertainty"),
            categories=tests, significant=any(t.significant for t in tests)))
        rows[counted] = result.tone[-1]
    for o in result.outcomes + result.revisions + result.no_result:
        if by_turn[0]:
            o.old_lines, turns = split(o.old_lines)
            o.old_turns = [k - 1 if k else None for k in turns]
        if by_turn[1]:
            o.new_lines, turns = split(o.new_lines)
            o.new_turns = [k - 1 if k else None for k in turns]
    return result


_PERIOD_LABEL = re.compile(r"^(?:(?P<part>[QH])(?P<n>[1-4]) |FY|YTD )(?P<year>\d{4})$")
"""A label as `facts.periods.label` writes it: "Q3 2026", "H1 2026", "FY2026", "YTD 2026"."""


def _label_key(label: str) -> tuple[int, int]:
    """`period_key` of a period's label; a label of another shape sorts last."""
    m = _PERIOD_LABEL.match(label)
    if m is None:
        return (10_000, 0)
    n = int(m.group("n")) if m.group("n") else 5
    return (int(m.group("year")), n * 2 if m.group("part") == "H" else n)


def _recalled_revisions(old_facts: list[Fact], new_facts: list[Fact], analysts: frozenset[str]) -> list[GuidanceOutcome]:
    """Old outlooks the keys could not tell apart (several segments' growth under "sales"), which the new call itself
    links to its new outlook: "sales up 6% to 8%, against our prior view of 3% to 5%" recalls the old range in
    the sentence of the new one, so that old outlook became the new one whatever its name. An old range two old
    outlooks share is linked only to a new one of its own name."""
    out: list[GuidanceOutcome] = []
    old = [g for g in old_facts if g.kind is FactKind.GUIDANCE and g.period is not None and bounds(g)[0] is not None
           and g.speaker not in analysts and not (misread(*bounds(g), g.unit) or revision(g) or is_distance(g) or band(g)
                                                 or g.change is None and increment(g) or WITHDRAWN.search(g.sentence))]
    linked: set[int] = set()
    for p in new_facts:
        if p.kind is not FactKind.PRIOR_GUIDANCE or p.period is None or bounds(p)[0] is None or p.speaker in analysts:
            continue
        now = [n for n in new_facts if n.kind is FactKind.GUIDANCE and n.sentence == p.sentence and n.metric == p.metric
               and n.period is not None and n.period.label == p.period.label and n.unit == p.unit
               and n.change in (p.change, None) and bounds(n)[0] is not None and bounds(n) != bounds(p)
               and not (revision(n) or band(n) or increment(n))]
        if len(now) != 1:
            continue  # none, or several new figures in the sentence: which one replaced it, the words do not say
        n = now[0]
        was = [g for g in old if id(g) not in linked and g.metric == p.metric and g.period.label == p.period.label  # type: ignore[union-attr]
               and g.unit == p.unit and g.change in (p.change, None) and bounds(g) == bounds(p)]
        if len({_core(g.phrase, g.metric) for g in was}) > 1:
            was = [g for g in was if _same_name(_core(g.phrase, g.metric), _core(n.phrase, n.metric))]
        if not was or len({_core(g.phrase, g.metric) for g in was}) > 1:
            continue
        g = min(was, key=lambda g: g.line)  # one outlook said twice ("as Dana said, 3% to 5%"): its first saying
        linked.update(id(x) for x in was)
        outcome, how = _revised(g, n)
        out.append(GuidanceOutcome(
            # The old outlook's name, unless only the new saying marks it a change ("GTS sales, year on year"): a
            # bare percentage's name says "growth or share" of what the other saying calls a change.
            metric=_label(g if g.change is not None or n.change is None else n), basis=g.basis.value if g.basis else None,
            period=g.period.label, guided=_said(g), actual=_said(n) + how, outcome=outcome,  # type: ignore[union-attr]
            old_lines=[g.line], new_lines=sorted({n.line, p.line})))
    return out


def _no_result(g: Fact, actuals: list[Fact]) -> GuidanceOutcome:
    """An outlook for a period now over that meets no result: the new call's figures of the same metric (under the
    same name, for a nameless or segment metric) and period are given, so a reader sees whether the result is
    truly unstated or stated in a way the outlook cannot be held to."""
    assert g.period is not None
    named = g.metric.startswith(("segment_", "other"))
    # A level outlook is held to levels only: the period's changes are no figures of it to show.
    near = sorted((f for f in actuals if f.metric == g.metric and f.period is not None and f.period.label == g.period.label
                   and (f.value is not None or f.low is not None) and (g.change is not None or f.change is None)
                   and (not named or _same_name(_core(f.phrase, f.metric), _core(g.phrase, g.metric)))), key=lambda f: f.line)
    # One figure said again on another line is shown once, with both lines ("$0.59" in the headline and the detail).
    lines: dict[str, tuple[str, set[int]]] = {}
    for f in near:
        text = f"{' '.join(f.phrase.split())}{', ' + f.basis.value if f.basis else ''} {_said(f)}"
        lines.setdefault(text.lower(), (text, set()))[1].add(f.line)
    shown = list(lines.values())[:3]
    return GuidanceOutcome(
        metric=_label(g), basis=g.basis.value if g.basis else None, period=g.period.label, guided=_said(g),
        actual="; ".join(text for text, _ in shown) or None, outcome="not_held" if shown else "no_actual",
        old_lines=[g.line], new_lines=sorted(set().union(*(ls for _, ls in shown))) if shown else [])


def _change_held(g: Fact, old_facts: list[Fact], new_facts: list[Fact], actuals: list[Fact]) -> GuidanceOutcome | None:
    """A change outlook held to the change that came: the change the new call states, or else the level it
    states set against the base either call gives for the period before."""
    assert g.change is not None and g.period is not None
    said = dict(metric=_label(g), basis=g.basis.value if g.basis else None, period=g.period.label, guided=_said(g))
    low, high = bounds(g)
    assert low is not None
    mid = (low + (high if high is not None else low)) / 2
    stated = _actual_change_for(actuals, g)
    if stated is not None and stated.value is not None and abs(stated.value - mid) <= 50:
        # More than fifty points off the outlook is another figure under the name ("-75%" against "+4.5%").
        outcome, position = _change_outcome(g, stated.value)
        return GuidanceOutcome(**said, actual=f"{fmt_amount(stated.value, '%')} {_CHANGE[g.change.value]}",
                               outcome=outcome, position=position, cost=is_cost(g.metric, g.phrase), old_lines=[g.line], new_lines=[stated.line])
    if _qualifiers(g):
        return None  # an organic, constant-currency or "excluding" change: reported levels do not measure it
    base = _base_of(g, old_facts, new_facts)
    if base is None or base.value is None:
        return None
    level = _actual_for(actuals, g.model_copy(update={"unit": base.unit, "change": None, "direction": None}))
    if level is None or level.value is None or level.unit != base.unit:
        return None
    change = _pct(level.value, base.value)
    if abs(change - mid) > 50:
        return None  # fifty points off what was guided: another thing under the name, or another base
    lines = ([g.line, base.line], [level.line]) if base in old_facts else ([g.line], sorted({level.line, base.line}))
    outcome, position = _change_outcome(g, change)
    return GuidanceOutcome(
        **said, actual=f"{fmt_amount(level.value, level.unit)} ({fmt_amount(_round3(change), '%')} on "
                       f"{base.period.label if base.period else '?'} {fmt_amount(base.value, base.unit)})",
        outcome=outcome, position=position, cost=is_cost(g.metric, g.phrase), old_lines=lines[0], new_lines=lines[1])


_OPEN_ENDED = re.compile(r"(?:over|more\s+than|at\s+least|above|in\s+excess\s+of|exceed\w*|north\s+of|greater\s+than"
                         r"|under|less\s+than|below|at\s+most|up\s+to)\b", re.I)


def _across(g: Fact, key: tuple, new_guides: dict[tuple, Fact], old_facts: list[Fact],
            new_facts: list[Fact]) -> GuidanceOutcome | None:
    """The same period's outlook given as a level in one call and as a change in the other ("revenue of $1.26
    billion to $1.28 billion", then "revenue growth of 4% to 6%"): the change is turned into the levels it
    implies on the base a call states, and the revision read from the levels. Nothing when no call states it."""
    def match(k: tuple) -> bool:
        if (k[0], k[2]) != (key[0], key[2]) or not (k[4] is None or key[4] is None or k[4] == key[4]):
            return False
        if (g.change is None) != str(k[3]).startswith("change "):
            return False
        level_name, change_name = (key[1], k[1]) if g.change is None else (k[1], key[1])
        # The change's name is the metric's own, or the level's: "revenue growth" restates "revenue".
        return change_name in (level_name, key[0].replace("_", " "), "")
    later = next((f for k, f in new_guides.items() if match(k)), None)
    if later is None:
        return None
    change, level = (g, later) if g.change is not None else (later, g)
    if not is_money(level.unit) or per_quarter(level):
        return None
    if not re.search(r"\d", change.text) or _OPEN_ENDED.match(change.text):
        return None  # "double-digit growth", "over 20%": a band open at one end, whose levels say no revision
    base = _base_of(change, new_facts, old_facts) if change is later else _base_of(change, old_facts, new_facts)
    if base is None or base.value is None or base.unit != level.unit:
        return None
    low, high = bounds(change)
    assert low is not None
    high = high if high is not None else low
    implied = (base.value * (1 + low / 100), base.value * (1 + high / 100))
    if change.low is None:
        slack = base.value * max(half_unit(change), Decimal("0.25")) / 100
        implied = (implied[0] - slack, implied[1] + slack)
    lv_low, lv_high = bounds(level)
    assert lv_low is not None
    lv_high = lv_high if lv_high is not None else lv_low
    if not plausible(lv_low, lv_high, base.value):
        return None
    if change is later:  # the old level against the levels the new change implies
        mid = (implied[0] + implied[1]) / 2
        lo, hi = lv_low, lv_high
        if lo == hi:
            lo, hi = lo - guided_slack(level), hi + guided_slack(level)
        outcome = "raised" if mid > hi else "lowered" if mid < lo else "reaffirmed"
    else:  # the new level against the levels the old change implied
        mid = (lv_low + lv_high) / 2
        outcome = "raised" if mid > implied[1] else "lowered" if mid < implied[0] else "reaffirmed"
    text = {id(change): f"{_said(change)} ({_on(base, low, high)})", id(level): _said(level)}
    base_line = ([base.line], []) if base in old_facts else ([], [base.line])
    return GuidanceOutcome(
        metric=_label(level), basis=(g.basis or later.basis).value if (g.basis or later.basis) else None,
        period=key[2], guided=text[id(g)], actual=text[id(later)], outcome=outcome,
        old_lines=[g.line] + base_line[0], new_lines=[later.line] + base_line[1])


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


def _unmentioned(metrics: set[str], mentioned: set[str]) -> list[str]:
    """The metrics the other call gives no figure for. A bare "margin" (often an operating or a gross margin said
    in passing) and a named margin may be one thing said two ways: neither is dropped or taken up for the other.
    A gross margin and an operating margin stay two things."""
    def said(m: str) -> bool:
        if m == "margin":
            return any(n.endswith("_margin") for n in mentioned)
        return m.endswith("_margin") and "margin" in mentioned  # a gross margin is no operating margin
    return sorted(m for m in metrics - mentioned if not said(m))


def _label(f: Fact) -> str:
    name = f.phrase if f.metric.startswith(("segment_", "other")) else f.metric
    if name == f.metric:
        # As in the guidance table: "price: coated paper prices", not a bare "price" that could be any product's.
        phrase = " ".join(f.phrase.split())
        if f.metric in WHAT_COUNTED and singular(phrase.lower()) not in ("", "other", singular(f.metric.replace("_", " "))):
            name += f": {phrase}"
        name += unsaid_qualifier(f)
    if f.unit == "%" and f.change is None and not is_ratio(f.metric, f.phrase, f.sentence):
        name += " (%: growth or share)"
    return name


def period_key_meta(r: Report) -> tuple[int, int]:
    return call_period(r.meta) or (0, 5)
