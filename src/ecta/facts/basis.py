"""The basis of a figure (GAAP, non-GAAP, adjusted): said next to it, after it, or for the whole call."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..model import Basis, Fact, Role
from .context import BASIS_CUES, MARGIN_OF, REPORTED_BASIS, SEGMENTS_LEFT_OUT, basis_of
from .guard import OnLowered, gated, may_hold
from .numbers import Quantity
from .taxonomy import PNL_METRICS
from .state import Context
from .sentences import clause_bounds


_STANDARD_AFTER = re.compile(r"[\s,]*(?:(before\s+(?:hyper)?inflation\s+accounting)|under\s+IAS\s+\d{1,3})\b", re.I)


def basis_for(q: Quantity, s: str, metric_span: tuple[int, int] | None, prev: tuple[Quantity, Basis | None] | None,
           metric: str, ctx: Context, cues: list[tuple[int, int, str, str]] = ()) -> Basis | None:
    if "djusted " in s and _ADJUSTED_VOLUME.search(s):
        # "adjusted admissions were up 3.1%": a hospital's volume measure by its name, not an adjusted figure
        s = _ADJUSTED_VOLUME.sub(lambda v: "x" * len(v.group(1)) + v.group(0)[len(v.group(1)):], s)
    after = s[q.end:q.end + 45]
    m = re.match(r"^[\s,]*(?:(?:on|in)\s+(?:an?|the)\s+(?P<w>[\w-]+(?:\s+[\w-]+)?)\s+basis|\((?P<p>[\w-]+)\))", after, re.I)
    if m:
        w = (m.group("w") or m.group("p") or "").lower()
        bm = BASIS_CUES.search(w)
        if bm:
            return basis_of(bm.group(0))
    if "ccounting" in after or "IAS" in after:
        # "9.9% under IAS 29 and 11.5% before inflation accounting": a hyperinflation reporter's two bases, said after each figure
        if (st := _STANDARD_AFTER.match(after)) is not None:
            return Basis.ADJUSTED if st.group(1) else Basis.GAAP
    if metric_span is not None and metric == "other" and q.unit in ("x", "%") and metric_span[0] >= q.end:
        metric_span = None  # "2.8 times adjusted EBITDA", "a payout of 40% of adjusted EPS": the base's basis, not the ratio's
    # "On a GAAP basis, operating margin was 11.8%, including $9 million of severance charges": an item in the figure
    # before, which the sentence's basis words do not qualify (a call-level basis still may)
    part_of = item_lead(q, s)
    item = part_of is not None
    if item and metric_span is not None and metric_span[1] <= q.start and (
            metric == "other" or metric_span[0] >= part_of.start() and _BRIDGE_ENDS.match(s, part_of.start())):
        # "net income was $190 million, which includes a $9 million gain", "the difference to adjusted EPS is $0.31 of
        # charges": the words of the figure it is a part of, or of the bridge's ends, not the item's own (not "results,
        # including GAAP earnings of $0.71": the figure's own words)
        metric_span = None
    if metric_span is not None and metric_span[1] <= q.start and " items" in s[metric_span[1]:q.start] and _ITEMS_LEFT_OUT.match(s, metric_span[1]):
        return Basis.ADJUSTED  # "NPAT before significant items was $690 million": the measure without its one-offs
    if metric_span is not None:
        floor = prev[0].end if prev is not None and prev[0].end <= metric_span[0] else 0
        if item and part_of.start() <= metric_span[0]:
            floor = max(floor, part_of.start())  # "the GAAP results include a charge of $11 million": the whole's basis word
        window = s[max(floor, metric_span[0] - 28):metric_span[1]]
        found = list(BASIS_CUES.finditer(window)) if may_hold(BASIS_CUES, s) else []
        if "eported" in window:
            found = sorted(found + list(REPORTED_BASIS.finditer(window)), key=lambda m: m.start())
        if q.unit == "x":
            wstart = max(floor, metric_span[0] - 28)
            found = [b for b in found if not _RATIO_BASE.search(s, max(0, wstart + b.start() - 30), wstart + b.start())]
        if found:
            return basis_of(found[-1].group(0))
    if metric == "tax_rate" and metric_span is not None and metric_span[1] < q.start and " on " in s[metric_span[1]:metric_span[1] + 5]:
        on = _TAX_ON_BASIS.match(s, metric_span[1])
        if on is not None and on.end() <= q.start:
            return basis_of(on.group("w"))  # "the tax rate on adjusted earnings was 24.6%": the adjusted tax rate
    if (prev is not None and re.fullmatch(r"[\s,]*(?:or|and|,)\s*(?:about\s+|approximately\s+)?", s[prev[0].end:q.start])
            and (metric_span is None or "or" in s[prev[0].end:q.start] or not _OF_MEASURE.fullmatch(s, q.end, metric_span[0]))):
        return prev[1]  # not "growth in the high teens and at least 100 basis points of margin expansion": a measure of its own
    cstart, _ = clause_bounds(s, q.start)
    for b in reversed(list(BASIS_CUES.finditer(s, cstart, q.start)) if not item else ()):
        if q.unit == "x" and _RATIO_BASE.search(s, max(0, b.start() - 30), b.start()):
            continue  # "2.4 times underlying EBITDA, down from 2.7 times": the base's basis, not the multiple's
        if q.start - b.end() > 70 and "uel" in b.group(0):
            continue  # "unit cost ex-fuel was 9.1 cents, ..., on capacity 12% higher": the fuel left out of one measure, said long before
        # "adjusted EPS was $1.01 and revenue $2 billion": the word binds to the metric it stands before
        named = [c for c in cues if b.end() <= c[0] <= b.end() + 30]
        # "Excluding those charges, home sales gross margin was 22.4%": a lead clause, not an adjective of the next noun
        # (and "Before inflation accounting, EBITDA came to ... and the margin to ...": a lead clause that opens the sentence)
        if (not named or named[0][2] == metric or (metric == "eps" and named[0][2] == "net_income") or b.group(0)[:1] in "Ee"
                or b.start() == 0 and s.startswith(",", b.end())):
            return basis_of(b.group(0))
        break
    lead = _LEAD_BASIS.match(s) if not item else None
    if lead:
        bm = BASIS_CUES.search(lead.group("w"))
        if bm:
            return basis_of(bm.group(0))
    if ctx.basis is not None and metric in (ctx.basis_scope or PNL_METRICS) and ctx.role is not Role.ANALYST:
        return None if (cash_measure(s, metric_span, metric) or _segment_left_out(s, ctx, metric_span)
                        or _other_margin(s, metric_span, metric, ctx)) else ctx.basis
    return None


_MARGIN_KIND = re.compile(r"\b(gross|operating|EBITDA|EBITA|EBIT|net)\s+(?:profit\s+|income\s+)?margins?\b", re.I)


def _other_margin(s: str, span: tuple[int, int] | None, metric: str, ctx: Context) -> bool:
    """"Unless we say otherwise, EBITDA, EBITDA margin and EPS are adjusted" and then "segment gross margin was 32.8%": a
    part's margin of another kind than the statement names keeps no call-level basis (a bare "the margin" still does)."""
    if metric != "margin" or span is None or ctx.basis_scope is None or "argin" not in s[span[0]:span[1]]:
        return False
    m = None
    for m in _MARGIN_KIND.finditer(s, max(0, span[0] - 16), span[1]):
        pass  # the words right before the span's "margin" ("segment operating margin": the span may start at "margin")
    return m is not None and m.end() >= span[1] - 1 and MARGIN_OF[" ".join(m.group(1).lower().split())] not in ctx.basis_scope


_EXCLUDING = re.compile(r"\bexcluding\b", re.I)


def left_out_of_reported(s: str, start: int, end: int, ctx: Context) -> bool:
    """Under a call's GAAP statement, is the measure said "excluding" something ("operating profit excluding the credit
    of $94 million")? Then it is not the reported figure the statement names, and takes no basis from it."""
    return ctx.basis is Basis.GAAP and "xclud" in s and _EXCLUDING.search(s, start, end) is not None


def _segment_left_out(s: str, ctx: Context, span: tuple[int, int] | None) -> bool:
    """"non-GAAP ..., other than sales, gross margin and the segments' results": a segment's figures keep no call-level basis
    (a segment named in the measure's clause up to just after it: "Devices operating income", "operating income for
    Devices"; not "Group operating margin reached 14%, and both segments ...")."""
    if ctx.basis_scope is None or SEGMENTS_LEFT_OUT not in ctx.basis_scope:
        return False
    lo, hi = (clause_bounds(s, span[0])[0], min(len(s), span[1] + 16)) if span else (0, len(s))
    return "egment" in s[lo:hi] or ctx.segments is not None and ctx.segments.search(s, lo, hi) is not None


_ITEMS_LEFT_OUT = re.compile(r"\s*,?\s*(?:before|excluding|ex)\s+(?:special|one-time|one-off|certain|non-recurring|unusual|notable|"
                             r"significant|exceptional|individually\s+significant)\s+items\b", re.I)
INCLUDED_ITEM = re.compile(r"\b(?:(?:(?:which\s+)?(?:includ(?:es|ing|ed)|(?<=\bresults\s)include|reflect(?:s|ing|ed))|which\s+exclude[sd]?|after"
                            r"|(?:the\s+)?(?:difference|gap)(?:\s+(?:to|from|between|versus)\s+(?:[\w-]+\s+){0,4}?)?\s*(?:is|was|reflects|reflected)"
                            r"|items\s+between\s+(?:the\s+two|them)\s+(?:are|were))(?:\s+(?:mostly|mainly|largely|primarily))?"
                            r"|(?:partly|partially)\s+offset\s+by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:gains?|charges?|benefits?|impairments?|loss(?:es)?)\s+of)"
                            r"\s+(?:(?:[^.;]|\.(?=\d)){0,70}?\band\s+(?!(?:is|was|are|were|has|have|had|rose|fell|grew|up|down)\b))?"
                            r"(?:(?:an?|the|about|roughly|approximately|some)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:of\s+)?$", re.I)
"""An amount named as part of another ("which includes a $9 million charge", "the difference is mostly amortization of
intangibles of $21 million", "after $7 million of restructuring charges", "the gap to adjusted reflects an impairment of $9
million, partly offset by a gain of $2 million", "the items between the two are $0.17 of amortization and $0.04 of deal
costs"): an item of the figure or of the bridge between two bases, with no basis of its own."""


# Searched before every amount; its callers use spans and truth only: read the lower-cased copy (see guard.OnLowered).
INCLUDED_ITEM = OnLowered(INCLUDED_ITEM)

_BRIDGE_ENDS = re.compile(r"(?:the\s+)?(?:difference|gap)\b", re.I)


def item_lead(q: Quantity, s: str):
    """The words naming `q` an item of another figure (INCLUDED_ITEM), or None; never for a rate or a count."""
    if q.unit in ("%", "bps", "x", "count", "days", None):
        return None
    return INCLUDED_ITEM.search(s, max(0, q.start - 110), q.start)


_OF_MEASURE = re.compile(r"\s+of\s+(?:(?:our|the|its)\s+)?", re.I)
_TAX_ON_BASIS = re.compile(r"\s+on\s+(?:our\s+|the\s+)?(?P<w>adjusted|non[-\s]?GAAP|core|underlying)\b", re.I)
"""A tax rate said of the profit it is charged on ("the effective tax rate on adjusted pretax income"): that profit's basis
is the rate's, as "the adjusted tax rate" (not a payout or a multiple of an adjusted base, which has none)."""
_ADJUSTED_VOLUME = re.compile(r"\b([Aa]djusted)\s+(?:admissions?|patient\s+days)\b")
_LEAD_BASIS = gated(re.compile(r"^\W*(?:\w+\s+){0,3}?(?:on|in)\s+an?\s+(?P<w>[\w-]+(?:\s+[\w-]+)?)\s+basis\b", re.I))
"""A sentence that opens on its basis ("On an adjusted basis, ..."); seldom said, so first a test for its last word (guard.Gated)."""
_RATIO_BASE = re.compile(r"(?:\btimes|\d\s?x|\bto)\s+(?:(?:trailing|annualized|last\s+twelve\s+months|LTM|TTM)\s+)?$", re.I)
_CASH_BEFORE = re.compile(r"(?:\bcash(?:[-\s]flows?)?|\bFCF)[-\s]+$", re.I)


def cash_measure(s: str, span: tuple[int, int] | None, metric: str) -> bool:
    """"a free cash flow margin of 12%": a margin of cash, which a call's "all margins are non-GAAP" does not cover
    (companies adjust profit, not cash flow). Only margins: a miner's "cash costs" are its non-GAAP unit costs."""
    if span is None or not metric.endswith("margin") or ("ash" not in s[max(0, span[0] - 20):span[0]] and "FCF" not in s[max(0, span[0] - 6):span[0]]):
        return False
    return _CASH_BEFORE.search(s, max(0, span[0] - 20), span[0]) is not None


_BASIS_AFTER = re.compile(
    r"(?:,\s*|\s+)(?:(?:both|all|each|all\s+of\s+(?:them|these|those)|each\s+of\s+them)\s+)?(?:(?:on|in)\s+(?:an?|the)\s+(?P<w>non[-\s]?GAAP|GAAP|"
    r"adjusted|IFRS|statutory|pro[-\s]forma|core|underlying)\s+basis|(?P<x>excluding|ex|before)\s+(?:special|one-time|certain|"
    r"non-recurring|unusual|notable|significant|exceptional)?\s*items"
    # "or 18.5% excluding the benefit": the figure without a named one-off, not a currency or a divestiture
    # and "up 4% excluding fuel surcharge": a carrier's or a retailer's figure without the fuel it passes through
    r"|(?P<y>excluding)\s+(?:(?:the|that|this|those|these)\s+(?:[\w-]+\s+){0,2}?(?:benefits?|gains?|charges?|impairments?)|(?P<f>fuel)(?:\s+surcharges?)?))\b", re.I)


_REPORTED_BEFORE = re.compile(r"\b(?:as\s+)?reported\s+(?:(?:about|approximately|roughly|nearly)\s+)?$", re.I)
_OR_ALTERNATIVE = re.compile(r"[\s,]*or\s+(?:about\s+|approximately\s+)?", re.I)
_LEADS = re.compile(r"(?:^|[;:]|\b(?:and|but|while|whereas))\s*$", re.I)


_ALL_OF = re.compile(r"\b(?:both|all|each)\b", re.I)
_MEASURE_BEFORE = re.compile(r"\b(?:N?PAT|profits?|income|earnings|EBITD?A|EBITA?|EPS|margins?)$", re.I)


def basis_after(s: str, facts: list[Fact], qs: list[Quantity], ctx: Context) -> list[Fact]:
    """"Revenue was $410 million and EPS $1.12, both on a non-GAAP basis", "..., excluding items": a basis stated after
    the figures is theirs, back to the previous such statement."""
    out = list(facts)
    start = 0
    ends = {q.text: q.end for q in qs}
    for m in _BASIS_AFTER.finditer(s):
        if _LEADS.search(s, 0, m.start() + 1):
            start = m.end()  # "...; on a GAAP basis, diluted EPS was $1.31": it leads what follows, not what went before
            continue
        word = m.group("w")
        basis = (Basis.GAAP if word.lower() == "statutory" else basis_of(word)) if word else Basis.ADJUSTED
        if m.group("f") and re.search(r"[A-Za-z]", s[max([e for e in ends.values() if e <= m.start()], default=0):m.start()]):
            start = m.end()  # "..., and revenue excluding fuel surcharge was ...": it names the next figure's measure (basis_for)
            continue
        if m.group("x") and s[m.start()] != "," and _MEASURE_BEFORE.search(s, max(0, m.start() - 30), m.start()):
            # "a payout ratio of 73%, in line with paying out 70% to 75% of NPAT before significant items": the base
            # measure's own words, not a basis said after the figures (a payout of an adjusted base has none)
            start = m.end()
            continue
        if m.group("y"):
            # "8.9%, or 18.5% excluding the benefit": the one figure right before it
            start = max([e for e in ends.values() if e <= m.start()], default=start)
            start = max([q.start for q in qs if q.end == start], default=start)
        if ";" in s and not _ALL_OF.search(s, max(0, m.start() - 24), m.end()):
            # "net sales down 2% to flat; ...; and EPS of $8.80 to $9.50, ... on an adjusted basis": an item of a
            # list said apart by semicolons keeps its basis to itself
            start = max(start, s.rfind(";", start, m.start()) + 1)
        last = [f for f in out if start <= ends.get(f.text, -1) <= m.start()][-2:]
        if (len(last) == 2 and last[0].metric == last[1].metric and last[0].unit == last[1].unit
                and _OR_ALTERNATIVE.fullmatch(s, ends[last[0].text], s.find(last[1].text, ends[last[0].text]))):
            start = ends[last[0].text] + 1  # "EPS was $1.10, or $1.32 on an adjusted basis": the second reading alone
        for i, f in enumerate(out):
            end = ends.get(f.text, -1)
            if "eported" in s and _REPORTED_BEFORE.search(s, max(0, end - len(f.text) - 24), end - len(f.text)):
                continue  # "rose a reported 23%, and 17% on the core basis": the first has a basis of its own
            if start <= end <= m.start() and f.basis in (None, ctx.basis) and f.unit is not None:
                out[i] = f.model_copy(update={"basis": basis})
        start = m.end()
    return out


def basis_simple(s: str, c, ctx: Context) -> Basis | None:
    found = list(BASIS_CUES.finditer(s[max(0, c[0] - 28):c[1]]))
    if found:
        return basis_of(found[-1].group(0))
    if left_out_of_reported(s, c[0], min(len(s), c[1] + 30), ctx):
        return None
    return ctx.basis if (c[2] in (ctx.basis_scope or PNL_METRICS) and not cash_measure(s, (c[0], c[1]), c[2]) and not _segment_left_out(s, ctx, (c[0], c[1]))
                         and not _other_margin(s, (c[0], c[1]), c[2], ctx)) else None


_PAIR = re.compile(r"\b(?P<a>non[-\s]?GAAP|GAAP|adjusted|reported|IFRS|non[-\s]?gap|gap|cash)\s+and\s+"
                   r"(?P<b>non[-\s]?GAAP|GAAP|adjusted|reported|IFRS|non[-\s]?gap|cash|underlying|core)\b", re.I)


def basis_respectively(s: str, facts: list[Fact], qs: list[Quantity]) -> list[Fact]:
    """"We expect GAAP and non-GAAP operating expenses of about $2.1 billion and $1.6 billion, respectively": the first
    figure takes the first basis, the second the second."""
    pair = _PAIR.search(s)
    end = s.find("respectively")
    if pair is None or end < pair.end():
        return facts
    ends = {q.text: q.end for q in qs}
    inside = [i for i, f in enumerate(facts) if pair.end() <= ends.get(f.text, -1) <= end and f.unit is not None]
    if len(inside) != 2:
        return facts
    out = list(facts)
    for i, word in zip(inside, (pair.group("a"), pair.group("b"))):
        w = word.lower()
        basis = None if w == "cash" else Basis.GAAP if w == "reported" else basis_of(word)
        out[i] = out[i].model_copy(update={"basis": basis})
    return out


_SAME_BASIS = re.compile(r"\bon\s+(?:the\s+same|a\s+like|a\s+similar|a\s+like-for-like)\s+basis\b", re.I)
_EXCLUDING_WOULD = re.compile(r"\W*(?:excluding|without|absent|adjusting\s+for|adjusted\s+for)\s(?:[^.;]|\.(?=\d)){0,140}?\bwould\s+have\s+been\b", re.I)


def basis_by_reference(s: str, q: Quantity, before: Basis | None, metric: str) -> Basis | None:
    """A basis the sentence gives by pointing back: "Adjusted net income was $610 million. Earnings per share on the same
    basis were 48 cents." (the figure before's), or "Excluding the tax benefit, ..., EPS would have been $3.10" (adjusted)."""
    if before is not None and "basis" in s and (m := _SAME_BASIS.search(s)) is not None and m.start() < q.start + 80:
        return before
    if metric != "other" and s[:1] in "EeWwAa" and (m := _EXCLUDING_WOULD.match(s)) is not None and m.end() <= q.start:
        return Basis.ADJUSTED  # (not "the growth would have been 6.5%": a named measure's basis)
    return None
