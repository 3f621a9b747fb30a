"""The guidance table: every outlook in the call by period and metric, set against the latest actual."""

from __future__ import annotations

from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up
from collections import defaultdict
from decimal import Decimal

from ..facts.guard import lowered
from ..model import Direction, Fact, FactKind
from ..facts.periods import closed_by, period_key
from .figures import at, favour, fmt_amount, guided_slack, said_off, is_level, is_money, previous, push, same_measure, same_period, singular, unsaid_qualifier
from .models import GuidanceRow, GuidanceStatus
from .recalled import WITHDRAWN, distances, is_distance, position

_OUTLOOK = (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE, FactKind.TARGET)


_ORDER = ("revenue", "segment_revenue", "gross_margin", "gross_profit", "operating_expenses", "operating_income",
          "operating_margin", "ebitda", "ebitda_margin", "net_income", "eps", "tax_rate", "share_count",
          "operating_cash_flow", "free_cash_flow", "capex", "cash")
"""Metrics in the order an income statement, then a cash-flow statement, reads; the rest follow by name."""

_NAMED = ("segment_", "other", "growth")
"""Metrics whose spoken phrase says which thing it is ("Technical Textiles revenue", "organic growth"): rows and
references keep the phrase, so one segment's outlook is never set against another segment's actual."""


def _named(metric: str) -> bool:
    return metric.startswith(_NAMED)


_DATED = re.compile(r"\b(?:(?:FY|fiscal(?:\s+year)?)\s*'?(?:19|20)?\d\d|[QH][1-4](?:\s*'?(?:19|20)?\d\d)?|(?:19|20)\d\d)(?:'s)?\b\s*", re.I)
"""A period said inside a phrase ("FY'23 revenue", "2027 segment sales"): the row's period column says it already."""


def _undated(phrase: str) -> str:
    """A phrase as a row's name, without the period said in it; as said when nothing else is left."""
    return " ".join(_DATED.sub(" ", phrase).split()) or phrase


def _norm(phrase: str) -> str:
    """One spelling of a name: "cost/income ratio", "cost-income ratio" and "Cost income ratios" are one row's."""
    return singular(" ".join(_JOINED.sub(" ", phrase.lower()).split()))


_JOINED = re.compile(r"(?<=\w)[/-](?=\w)")


def _granularity(f: Fact) -> str:
    p = f.period
    if p is None:
        return "?"
    return "quarter" if p.quarter else "half" if p.half else "year"


def latest_actual(facts: list[Fact], like: Fact) -> Fact | None:
    """The most recent actual level of the same thing: metric, unit, the same kind of period (a quarter for
    a quarterly outlook, a year for an annual one), the same basis where both say, and for segment-like
    metrics the same phrase, of the period just before or a year before. `facts` should hold management's figures only (an analyst's number is not
    the company's actual)."""
    if like.period is None:
        return None
    candidates = [
        f for f in facts
        if f.kind is FactKind.ACTUAL and is_level(f) and f.metric == like.metric and f.unit == like.unit
        and f.period is not None and not f.period.ytd and _granularity(f) == _granularity(like)
        and (f.basis is None or like.basis is None or f.basis == like.basis)
        and period_key(f.period) < period_key(like.period)
        # The period just before, or the same period a year before: "Q2 2021 guide vs Q1 2020" or "FY2022 vs
        # FY2019" sets an outlook against a base the call does not use (a pre-pandemic year, an old quarter).
        # A multi-year target is set against the latest actual, however far back.
        and (like.kind is FactKind.TARGET
             or any(same_period(f.period, *previous(like.period, step)) for step in ("sequential", "yoy")))
        and (not _named(like.metric) or _norm(f.phrase) == _norm(like.phrase)) and same_measure(f, like)
        # "28% of revenue" is set only against another "% of revenue"; a percentage of a metric that is not
        # a ratio by name only against one the words name alike ("renewal rate increases" is not "harvest
        # pricing", though both are read as price; "NIM" is the net interest margin by its metric).
        and (like.unit != "%" or share_of(f) == share_of(like)
             and (bool(_RATIO.search(like.metric.replace("_", " "))) or _alike(f.phrase, like.phrase)))
        # A count ("customers", "stores") is comparable only under the same name.
        and (like.unit != "count" or _norm(f.phrase) == _norm(like.phrase))
        # A past figure in the outlook's own sentence is its reference only when the words set them side
        # by side ("38%, up from 36%"); otherwise it is usually one figure of a range or another thing.
        and (f.sentence != like.sentence or bool(_COMPARED.search(like.sentence)))
        # "a $2.7 million rise in freight costs": a step of a bridge, not the level of anything.
        and not _STEP.match(f.sentence, at(f) + len(f.text) if at(f) >= 0 else len(f.sentence)) and not push(f)
    ]
    if not candidates:
        return None
    # The latest period; within it the same basis first, then the first mention (the headline figure).
    best = min(candidates, key=lambda f: (tuple(-k for k in period_key(f.period)), f.basis != like.basis, f.line))
    if like.metric in _UNNAMED_MEASURE and len({f.value for f in candidates if f.period == best.period}) > 1:
        # "The used equipment margin was 45.2%" and "the segment's margin was 44.8%": a bare "margin" of the period
        # said at several values is several margins, and which one the outlook's is, the name does not say.
        return None
    if like.basis is not None and best.basis != like.basis and len({f.value for f in candidates if f.period == best.period}) > 1:
        # "Gap gross margins were 58.3%, and non-gap gross margins were 59.1%" read with no basis: a non-GAAP
        # outlook cannot tell which of the two is its own.
        return None
    if like.basis is None and best.basis is not None:
        # An outlook silent on its basis, and the period's actual stated on two bases with two values
        # (GAAP and adjusted EPS): which one it is to be read against, the words do not say.
        same = [f for f in candidates if f.period == best.period and f.basis is not None]
        if len({(f.basis, f.value) for f in same}) > 1 and len({f.basis for f in same}) > 1:
            return None
    return best


_UNNAMED_MEASURE = frozenset({"margin"})
"""Metrics whose name does not say whose measure it is (a product's, a segment's, the company's)."""


_FILLER = frozenset({"the", "our", "of", "a", "an", "and", "in", "on", "for", "total", "overall", "adjusted", "reported",
                     "gaap", "non", "non-gaap", "basis", "rate", "rates", "ratio", "percent", "percentage"})


def _alike(a: str, b: str) -> bool:
    """Two phrases share a word that names the thing ("gross margin" and "non-GAAP gross margins")."""
    def words(p: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]+", p.lower()) if w not in _FILLER}
    wa, wb = words(a), words(b)
    return not wa or not wb or bool(wa & wb)


_STEP = re.compile(r"\s*(?:(?:in|of)\s+)?(?:increase|decrease|incremental|additional|higher|lower|reduction|improvement|impact"
                   r"|benefit|headwind|tailwind|uplift|drag)\b", re.I)
"""Right after a figure, words that make it a step between two levels ("a $3.5 million increase in ...")."""


def bounds(f: Fact) -> tuple[Decimal | None, Decimal | None]:
    if f.low is not None or f.high is not None:
        return f.low, f.high
    return f.value, f.value


_PLAUSIBLE = (-50.0, 100.0)
"""An outlook at less than half or more than double the latest level of the same metric is almost always a
different thing (one segment's revenue read as the total, a unit slip): no reference is shown for it."""


_RATIO = re.compile(r"\b(?:margins?|rates?|ratios?|yields?|returns?|mix|percent\w*|utili[sz]ation|roe|roa|roic|roi|payout"
                    r"|occupancy|churn|retention|market[\s_]share|share\s+of|attach|penetration|conversion)\b", re.I)
"""Metrics whose level is itself a percentage. For any other metric ("revenue 4% to 6%") a percentage is a
growth rate or a share whose base the words do not give: it is never set against a level."""


def share_of(f: Fact) -> str | None:
    """"28% of revenue" -> "revenue": a percentage whose base the sentence names."""
    if f.unit != "%" or not f.text:
        return None
    i = at(f)
    if i > 0 and (which := _OF_WHICH.search(f.sentence[max(0, i - 120):i])):
        return which.group("amount")  # "$1.4 billion of fees, of which about 60% is recurring": a share of it
    low = lowered(f.sentence)  # None where lower-casing would not read as re.I does: then the pattern decides
    if low is not None and not any(w in low for w in ("revenue", "sales", "gross profit", "income", "earnings", "cash flow")):
        return None  # the pattern, made from the figure's text, is compiled anew for each figure: only where it can match
    # "a low-double-digit percentage of our fiscal 2027 net sales": the period said between "of" and the base.
    m = re.search(re.escape(f.text) + r"\s+of\s+(?:our\s+|the\s+)?(?:(?:this|next|current|last|prior|fiscal|full|year|"
                  r"quarter|(?:fy)?\d{2,4}|'\d\d|q[1-4])[\s-]+){0,4}(?:total\s+|net\s+|consolidated\s+)?(revenues?|sales|gross\s+profit)\b(\s+growth\b)?",
                  f.sentence, re.I)
    if m and m.group(2):
        return "sales growth"  # "operating expenses to grow at about 137% of our sales growth": a rate against another rate
    i = at(f)
    # "SG&A as a percentage of gross profit of 66% to 67%": the base said before the figure.
    m = m or (_SHARE_BEFORE.search(f.sentence[max(0, i - 100):i]) if i > 0 else None)
    if m is None:
        # "distributions of 50% of net income", "a payout of 40% of free cash flow": a share of earnings.
        e = re.match(r"\s+of\s+(?:our\s+|the\s+)?(?:(?:adjusted|annual|distributable|reported)\s+)?"
                     r"(net\s+(?:income|profit|earnings)|earnings|free\s+cash\s+flow)\b", f.sentence[i + len(f.text):], re.I) if i >= 0 else None
        return " ".join(e.group(1).lower().split()) if e else None
    return "gross profit" if m.group(1).lower().startswith("gross") else "revenue"


_OF_WHICH = re.compile(r"(?P<amount>[$€£¥]\s?\d[\d.,]*(?:\s*(?:million|billion|trillion|bn)\b)?"
                       r"|\d[\d.,]*\s*(?:million|billion|trillion|bn)\b(?:\s+(?:euros?|dollars?|pounds?))?)"
                       r"[^.;%$€£¥]{0,80}?\bof\s+which\s+(?:(?:about|approximately|around|roughly|nearly|some|over|under|only"
                       r"|more\s+than|less\s+than|just\s+(?:over|under))\s+)?$", re.I)
"""An amount, then "of which" right before a percentage: the percentage is that amount's share."""

_SHARE_BEFORE = re.compile(r"\b(?:percent(?:age)?|share|proportion)\s+of\s+(?:total\s+|net\s+)?(revenues?|sales|gross\s+profit)\b"
                           r"[^.;%$]{0,30}$", re.I)


def is_ratio(metric: str, phrase: str = "", sentence: str = "") -> bool:
    """`sentence`, when given, may name the ratio right after the phrase ("the card net charge-off rate")."""
    p = " ".join(phrase.lower().split())
    if p.endswith("share") and not p.endswith(("per share", "a share")):
        return True  # "server unit share", "share": a share of a market
    # The ratio word is looked for first: the pattern with the phrase in it is compiled anew for each phrase.
    if sentence and phrase and _RATIO_AFTER.search(sentence) and _ratio_after(phrase, sentence):
        return True
    return bool(_RATIO.search(f"{metric.replace('_', ' ')} {phrase}"))


_RATIO_AFTER = re.compile(r"\s+(?:rate|ratio|margin|yield)s?\b", re.I)


def _ratio_after(phrase: str, sentence: str) -> bool:
    """Whether `phrase` (any case) runs into a ratio word in `sentence`: at each place the lower-cased copies meet, the
    ratio word is asked for right after. The pattern made from the phrase decides where lower-casing would not
    read as re.I does (see facts.guard.lowered), or the phrase is not ASCII."""
    low, said = lowered(sentence), phrase.lower() if phrase.isascii() else None
    if low is None or said is None:
        return bool(re.search(re.escape(phrase) + _RATIO_AFTER.pattern, sentence, re.I))
    i = low.find(said)
    while i >= 0:
        if _RATIO_AFTER.match(sentence, i + len(said)):
            return True
        i = low.find(said, i + 1)
    return False


_GROWTH_BEFORE = re.compile(r"\b(?:growth|grow|growing|increase|decline|decrease)\b[^.;]{0,25}$", re.I)

_MOVE_FILLER = (r"(?:\s+(?:by|between|about|approximately|around|roughly|some|nearly|almost|over|closer?\s+to|more\s+than"
                r"|at\s+least|in\s+the\s+range\s+of|to|of|an?|the))*\s*$")
_FALL_BEFORE = re.compile(r"\b(?:down|declin\w*|decreas\w*|fall\w*|drop\w*|shrink\w*|contract(?:s|ed|ing)?|lower)" + _MOVE_FILLER, re.I)
_RISE_BEFORE = re.compile(r"\b(?:up|ris(?:e|es|ing)|grow(?:s|ing)?|increas\w*|higher|climb\w*)" + _MOVE_FILLER, re.I)


def growth_said(f: Fact) -> bool:
    """"net sales growth is now 0.4% to 0.9%": the words just before the percentage call it growth."""
    i = at(f)
    return i >= 0 and bool(_GROWTH_BEFORE.search(f.sentence[max(0, i - 40):i]))


def moved(f: Fact) -> str | None:
    """"Fee income will be down between 6% and 8%": "down" (or "up") when the words right before a
    percentage of an amount say it moves, though the base is not given; the row then carries the sign."""
    i = at(f)
    if i < 0 or f.unit != "%" or f.change is not None:
        return None
    before = f.sentence[max(0, i - 45):i]
    if _FALL_BEFORE.search(before):
        return "down"
    return "up" if _RISE_BEFORE.search(before) else None


_PERIOD_WORDS = re.compile(r"\b(?:quarter\w*|year\w*|fy\s?\d*|fiscal|half|annual\w*|(?:19|20)\d\d|q[1-4]|[1-4]q|h[12])\b", re.I)


def one_outlook_per_range(facts: list[Fact], call_period: tuple[int, int] | None = None) -> list[Fact]:
    """The same two-ended range said twice is one outlook ("we raise EPS guidance to $7.30 to $7.40" after
    "full-year EPS of $7.30 to $7.40"): a mention whose sentence names no period, or no metric (`other`),
    takes them from the mention that does, so it is one row, not a second row for a default period. A mention
    dated to a period still ahead (`call_period` given) inside a paragraph of outlooks for that period keeps it:
    "For the second quarter, our guidance is as follows. ... gross margin of 61% to 62%" took its quarter from the
    paragraph, and the same range said later of the full year is a second outlook."""
    ahead = closed_by(*call_period) if call_period is not None else None
    block: dict[tuple, set[str]] = defaultdict(set)
    for f in facts:
        if f.kind in _OUTLOOK and f.period is not None:
            block[(f.line, f.period.label)].add(f.metric)

    def own(f: Fact, a: Fact) -> bool:
        return (ahead is not None and f.period is not None and bool(f.period.fiscal_year) and f.period != a.period
                and period_key(f.period) > ahead and _naming(f)[0] and len(block[(f.line, f.period.label)] - {f.metric}) >= 2)

    anchors: dict[tuple, Fact] = {}
    for f in facts:
        if (f.kind in _OUTLOOK and f.low is not None and f.high is not None and f.low != f.high and f.period is not None
                and _TWO_FIGURES.search(f.text or "")):
            key = (f.low, f.high, f.unit, f.change)
            best = anchors.get(key)
            if best is None or _naming(f) > _naming(best):
                anchors[key] = f
    out = []
    for f in facts:
        a = (anchors.get((f.low, f.high, f.unit, f.change)) if f.kind in _OUTLOOK and f.low is not None
             and _TWO_FIGURES.search(f.text or "") else None)
        if (a is not None and a is not f and _naming(f) < _naming(a) and (f.metric == a.metric or not _naming(f)[0])
                and not own(f, a)):
            f = f.model_copy(update={"metric": a.metric, "phrase": a.phrase, "period": a.period, "basis": f.basis or a.basis})
        out.append(f)
    return out


_TWO_FIGURES = re.compile(r"\d[\d.,]*\D+\d")
"""A range said in two figures ("$7.30 to $7.40"); "mid single digits" is said of many things alike."""


def _naming(f: Fact) -> tuple[bool, bool]:
    """(the metric has a name, the sentence names a period)."""
    return (f.metric != "other" and _norm(f.phrase) not in ("other", ""), bool(_PERIOD_WORDS.search(f.sentence)))


def segment_floors(facts: list[Fact]) -> dict[tuple, Decimal]:
    """(period, unit) -> the highest low end of a named segment's revenue outlook for that period."""
    floors: dict[tuple, Decimal] = {}
    for g in facts:
        low = bounds(g)[0]
        if (g.metric == "segment_revenue" and g.kind is FactKind.GUIDANCE and g.change is None and g.period is not None
                and low is not None and is_money(g.unit)):
            key = (g.period.label, g.unit)
            floors[key] = max(floors.get(key, low), low)
    return floors


def below_a_segment(f: Fact, floors: dict[tuple, Decimal]) -> bool:
    """"Field Services, we expect revenue between $2.2 billion and $2.4 billion" beside two other segments'
    outlooks above it: an outlook under the total's name that a named segment's outlook exceeds is a part's."""
    low, high = bounds(f)
    top = high if high is not None else low
    floor = floors.get((f.period.label, f.unit)) if f.period is not None else None
    return (f.metric == "revenue" and f.kind is FactKind.GUIDANCE and f.change is None and top is not None
            and floor is not None and top < floor)


def midpoints(facts: list[Fact]) -> set[tuple]:
    """(sentence, unit, midpoint) of every two-ended range: "$5.34 to $5.40 with the midpoint of $5.37" makes
    the single figure the range's midpoint. Made once per table; a scan of all facts per figure would cost
    time squared on a long input."""
    return {(g.sentence, g.unit, (g.low + g.high) / 2) for g in facts
            if g.low is not None and g.high is not None and g.low != g.high}


_INCREMENT = re.compile(
    r"^\s*(?:per\s+(?:diluted\s+)?share\s+|a\s+share\s+)?(?:or\s+[^,;]{0,25}?\s+)?(?:\w+\s+){0,2}?"
    r"(?:increase|decrease|improvement|impact|contribution|benefit|headwind|tailwind|reduction|decline|uplift|drag|offset|incremental"
    r"|of\s+(?:higher|lower|additional|incremental|increased|reduced)|(?:higher|lower|more|less|better|worse)\s+than)\b", re.I)


def increment(f: Fact) -> bool:
    """"an approximate $0.05 increase from our development communities", "$0.02 of higher revenue": one step
    of a bridge between two figures, not an outlook of the metric."""
    i = at(f)
    return i >= 0 and bool(_INCREMENT.match(f.sentence[i + len(f.text):]))


_BAND = re.compile(r"(?:plus\s+or\s+minus|\+/-|\+\s*or\s*-|±|give\s+or\s+take)\s*$", re.I)


def band(f: Fact) -> bool:
    """"Revenue is expected to be $32.5 billion, plus or minus 2%": the 2% is the width of the outlook before
    it, not an outlook (nor a change) of its own."""
    i = at(f)
    return i > 0 and bool(_BAND.search(f.sentence[max(0, i - 25):i]))


_REVISION = re.compile(
    r"\b(?P<verb>rais|increas|lift|boost|lower|reduc|cut|trim|decreas)\w*\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\b(?:guidance|guides?"
    r"|outlook|forecast"
    r"|range|midpoint|expectations?)\b[^.;]{0,40}?\bby\s+(?:about\s+|approximately\s+|roughly\s+|another\s+)?$", re.I)
_MOVED_BY = re.compile(r"\b(?:(?P<up>up|raised|higher|increased?|an\s+increase\s+of)|(?P<down>down|lowered|lower|reduced|decreased?"
                       r"|a\s+(?:decrease|reduction)\s+of))\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_FROM_EARLIER_VIEW = re.compile(r"\s*(?:points?\s+)?(?:at\s+the\s+mid-?point\s+)?(?:versus|vs\.?|from|compared\s+(?:to|with)|over|above|below)\s+"
                                r"(?:(?:our|the)\s+(?:[\w-]+\s+){0,3}?(?:guidance|guide|outlook|forecast|estimates?|expectations?|view|range)\b"
                                r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)", re.I)
""""EPS of $3.10, up $0.12 from our estimate in May", "free cash flow of $610 million, up $25 million from August": the
figure before the earlier view (or the month it was given) is the revision's size."""


def revision(f: Fact) -> str | None:
    """"raising our full year EPS guidance by $0.15": "raised" (or "lowered") when the figure is the size
    by which an outlook was revised."""
    i = at(f)
    m = _REVISION.search(f.sentence[max(0, i - 140):i]) if i >= 0 and f.kind in _OUTLOOK and f.value is not None else None
    if not m:
        if i < 0 or f.kind not in _OUTLOOK or f.value is None or not _FROM_EARLIER_VIEW.match(f.sentence, i + len(f.text)):
            return None
        moved_by = _MOVED_BY.search(f.sentence[max(0, i - 40):i])
        return None if moved_by is None else "raised" if moved_by.group("up") else "lowered"
    return "raised" if m.group("verb").lower() in ("rais", "increas", "lift", "boost") else "lowered"


_COMPARED = re.compile(r"(?<!range )(?<!ranging )(?<!between )\bfrom\b|\b(?:compared|versus|vs\.?|against|last\s+year|prior\s+year"
                       r"|a\s+year\s+ago|year[\s-]ago|last\s+quarter|prior\s+quarter)\b", re.I)
"""Words that make a sentence set an outlook against a past figure it states ("38%, up from 36% a year ago")."""


_OUTLOOK_WORD = re.compile(r"\b(?:guid\w*|outlook|expect\w*|forecast\w*|target\w*|range|plan\w*|budget\w*|anticipat\w*"
                           r"|project\w*|estimat\w*|indicat\w*|called\s+for|said|told|framework|commit\w*)\b", re.I)

_EARLIER_VIEW = re.compile(r"\b(?:view|prior|previous(?:ly)?|original(?:ly)?|initial(?:ly)?|earlier|believ\w*|confident|on\s+track|aim\w*|goals?|objectives?)\b", re.I)
"""Words that recall an earlier outlook, or hold to one, without naming it one: "an increase from our prior view of
$1.75 to $2.00", "we hold to our belief in 4% to 6% growth"."""


def said_as_outlook(g: Fact) -> bool:
    """Recalled guidance said as such near its figure ("our guidance was", "we had expected"); a past figure the
    extractor marked as recalled guidance without such a word ("short of the 31 million shipped a year before") is a result."""
    i = g.sentence.find(g.text)
    if i < 0:
        return bool(_OUTLOOK_WORD.search(g.sentence))
    return bool(_OUTLOOK_WORD.search(g.sentence[max(0, i - 80):i + len(g.text) + 40]))


def as_of(facts: list[Fact], call_period: tuple[int, int] | None) -> list[Fact]:
    """An "outlook" for a period already over when the call is held is guidance recalled."""
    if call_period is None:
        return facts
    done = closed_by(*call_period)
    # An outlook said looking ahead for a quarter or half a year or more before the call's own ("net interest
    # income is expected to be up 10% to 12%" dated by an earlier "last year") is misdated, not recalled: it
    # stays an outlook, and the table shows its period as unclear (see `stale`).
    # A dividend for a year already over is proposed after it closes ("for the 2023 financial year, we
    # intend to propose a dividend of 70 cents"): an outlook, not guidance recalled.
    return [f.model_copy(update={"kind": FactKind.PRIOR_GUIDANCE})
            if f.kind is FactKind.GUIDANCE and f.period is not None and f.period.fiscal_year
            and period_key(f.period) <= done and f.metric != "dividend" and not stale(f, call_period) else f for f in facts]


_LOOKING_AHEAD = re.compile(
    r"\b(?:we\s+(?:now\s+|still\s+|also\s+|currently\s+)?(?:expect|anticipate|see|project|forecast|guide|estimate)\b"
    r"|(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?(?:expected|projected|anticipated|forecast|estimated)\s+to"
    r"|\bwill\s+be|we(?:'re|\s+are|\s+remain)\s+(?:now\s+)?(?:comfortable|guiding|targeting|expecting|assuming|forecasting|projecting))",
    re.I)
_RECALLING = re.compile(
    r"\b(?:was|were|had|expected\s+(?!to\b)|we\s+(?:said|guided|noted|mentioned|indicated|gave|provided|set|increased|"
    r"raised|lowered|narrowed|updated|talked|discussed)|last\s+(?:quarter|call|year|time)|a\s+year\s+ago|"
    r"at\s+the\s+(?:beginning|start)|(?:prior|previous|original|earlier|initial)\s+(?:guidance|outlook|forecast|expectations?)|"
    r"within|in\s+line\s+with|(?:above|below|ahead\s+of|short\s+of)\s+(?:our|the))\b",
    re.I)


def stale(f: Fact, call_period: tuple[int, int] | None) -> bool:
    """An outlook (said looking ahead) for a period the call cannot be looking ahead to: a quarter or half that
    ended a year or more before the call's own period, or any period already over that the sentence speaks of in
    the future tense with no word of an earlier outlook ("we anticipate gross margin in the range of 63.5% to
    64.5%" dated to the year just reported). Its period is a misreading, not a recalled outlook: the table shows it
    as unclear, and no check sets it against that period's actual."""
    p = f.period
    if call_period is None or f.kind is not FactKind.GUIDANCE or p is None or not p.fiscal_year:
        return False
    if p.quarter or p.half:
        end = p.fiscal_year * 4 + (p.quarter or 2 * (p.half or 0))
        if end <= call_period[0] * 4 + min(call_period[1], 4) - 4:
            return True
    return (period_key(p) <= closed_by(*call_period) and bool(_LOOKING_AHEAD.search(f.sentence))
            and not _RECALLING.search(f.sentence))


def table(facts: list[Fact], analysts: frozenset[str] = frozenset(),
          call_period: tuple[int, int] | None = None) -> list[GuidanceRow]:
    """One row per distinct outlook; a repeat of the same outlook adds its line to the first row.
    Figures spoken by `analysts` (participant ids) are left out: an analyst quoting a number is not outlook.
    `call_period` (fiscal year, quarter) of the call: an "outlook" for a period already over when the call
    is held is guidance recalled, and is shown as prior guidance."""
    # "a 160 basis point currency headwind", "an additional $25 million in EBITDA": what one cause adds to the outlook
    # is no outlook, nor a second one beside it that would make the metric's outlooks look like several things.
    facts = [f for f in facts if f.speaker not in analysts and not (f.kind in _OUTLOOK and push(f) and not revision(f))]
    facts = spoken_names(one_outlook_per_range(as_of(facts, call_period), call_period))
    if call_period is not None:
        # An "outlook" for a year long gone ("since 1980") is history, not guidance recalled.
        facts = [f for f in facts if f.kind not in _OUTLOOK or f.period is None or f.period.fiscal_year is None
                 or f.period.fiscal_year >= call_period[0] - 1]
    # Several different outlooks of one metric, period, unit, basis and change ("revenue $32 billion",
    # "revenue $30 billion") are several things the words do not name (segments read as the total):
    # none of them is set against the total's actual.
    # A metric usually comes with a level, a year-on-year and a sequential change at most: more than
    # three different outlooks of one metric and period are likewise several things under one name.
    variants: dict[tuple, set] = defaultdict(set)
    per_metric: dict[tuple, set] = defaultdict(set)
    for f in facts:
        if f.kind is FactKind.GUIDANCE and (f.value is not None or f.low is not None):
            variants[_what(f)].add(bounds(f))
            per_metric[_what(f)[:3]].add((f.unit, f.change, f.basis, bounds(f)))

    for what, seen in variants.items():
        # "$4.0 billion, plus or minus 2%" read as a range, and "$4.0 billion" said again of the quarter: one outlook.
        middles = {(lo + hi) / 2 for lo, hi in seen if lo is not None and hi is not None and lo != hi}
        variants[what] = {(lo, hi) for lo, hi in seen if not (lo == hi and lo in middles)}

    def ambiguous(f: Fact) -> bool:
        return len(variants.get(_what(f), ())) > 1 or len(per_metric.get(_what(f)[:3], ())) > 3

    mids = midpoints(facts)
    bases: set[int] = set()  # rows of a figure said as an earlier level ("up 9% from last year's $1.74")
    growths: set[int] = set()  # rows of a growth named only by its kind ("organic growth")
    floors = segment_floors(facts)
    tops = _largest_outlooks(facts)
    rows: dict[tuple, GuidanceRow] = {}
    counted: dict[int, tuple[str, str]] = {}  # count rows: the words around the figure, and the figure
    sentences_of: dict[int, set[str]] = defaultdict(set)  # each row's sentences
    for f in facts:
        if f.kind not in _OUTLOOK or f.change is not None and f.value is None and f.low is None and f.direction is None:
            continue
        if (_named(f.metric) and _norm(f.phrase) in _GENERIC | {"other", ""}
                or f.metric in _GENERIC and not _growth_named(f)):
            continue  # a figure with no name ("the more than $1 billion", a segment's "other") says nothing an analyst can use
        if is_distance(f):
            continue  # "$22 million above the high end of our guidance": shown as the end it implies, below
        if f.kind is FactKind.PRIOR_GUIDANCE and not (_OUTLOOK_WORD.search(f.sentence) or _EARLIER_VIEW.search(f.sentence)):
            continue  # "short of the 31 million shipped a year before": no word of an outlook, a past result
        if band(f):
            continue  # "$32.5 billion plus or minus 2%": the band is shown with the outlook it belongs to
        if f.change is None and _part_of_outlook(f, facts):
            continue  # "buybacks of about $380 million in total, including the $96 million": a part, not an outlook
        if f.change is None and ((f.sentence, f.unit, f.value) in mids or increment(f)):
            continue  # the midpoint of a range beside it, or one step of a bridge ("a $0.02 per share increase")
        withdrawn = f.kind in _OUTLOOK and bool(WITHDRAWN.search(f.sentence))
        if withdrawn:
            # "We withdrew our formal guidance of 3% to 6% EBITDA growth": no longer the outlook.
            f = f.model_copy(update={"kind": FactKind.PRIOR_GUIDANCE})
        revised = revision(f)
        if revised:
            # "raising our EPS guidance by $0.15 to ...": the size of the revision, neither a level nor a
            # change on last year.
            f = f.model_copy(update={"kind": FactKind.GUIDANCE, "change": None, "direction": None,
                                     "value": -abs(f.value) if revised == "lowered" and f.value is not None else f.value})
        low, high = bounds(f)
        if not revised and f.change is None and low is not None and low < 0 and is_money(f.unit) and "revenue" in f.metric:
            continue  # revenue is never negative: a "plus or minus $50 million" read as the outlook
        if misread(low, high, f.unit) or _unit_contradicts(f):
            continue
        if not revised and _dwarfed(f, high, tops) and not below_a_segment(f, floors):
            continue  # "$2.36 billion to $2.46 billion ..., so about $30 million at the midpoint": not the metric's outlook
        if f.kind is FactKind.PRIOR_GUIDANCE and f.change is not None and position(f.sentence):
            continue  # a change beside a result placed against guidance is the result's, not an outlook
        loss = (f.change is None and "loss" in f.phrase.lower() and f.metric in _CAN_BE_LOSS
                and low is not None and high is not None and low >= 0 and high >= 0)
        if loss:
            # "a loss per share of $0.11 to $0.01" is EPS of -$0.11 to -$0.01.
            low, high = -high, -low  # type: ignore[operator]
        said_move = moved(f) if not is_ratio(f.metric, f.phrase, f.sentence) else None
        if ((f.change is not None and f.direction is Direction.DOWN or said_move == "down") and low is not None
                and high is not None and low > 0 and high > 0):
            # "down 3% to 5%" spoken unsigned: the row reads as a change, so it carries the sign.
            low, high = -high, -low
        # The direction only tells rows apart when there is no figure ("up" vs "down"); one outlook said
        # with and without a basis is one row, two bases are two rows.
        key = (f.metric, _norm(f.phrase) if _named(f.metric) else "", f.period.label if f.period else None,
               f.kind, low, high, f.unit, f.direction if low is None else None, f.change, revised)
        basis = f.basis.value if f.basis else None
        if (key, basis) not in rows and basis is None:
            same = [k for k in rows if k[0] == key]
            if same:
                (key, basis), = same[:1]
        if (key, basis) in rows:
            row = rows[(key, basis)]
            if f.line not in row.lines:
                row.lines.append(f.line)
            sentences_of[id(row)].add(f.sentence)
            if row.basis is None and basis is not None:
                row.basis = basis
            continue
        if basis is not None and (key, None) in rows:
            # The first mention gave no basis; this one says which it is.
            row = rows.pop((key, None))
            row.basis = basis
            if f.line not in row.lines:
                row.lines.append(f.line)
            sentences_of[id(row)].add(f.sentence)
            rows[(key, basis)] = row
            continue
        name = _undated(f.phrase) if _named(f.metric) else f.metric
        unclear = stale(f, call_period) or per_year(f)
        part = below_a_segment(f, floors)
        unit_loss = not part and _a_units_loss(f, low, high, tops)
        if f.unit == "x" and _norm(name).replace("adjusted ", "") in ("ebitda", "ebitdar"):
            # "leverage under 1.5 times EBITDA": a multiple of EBITDA is leverage (or cover), not EBITDA.
            said = _LEVERAGE_OR_COVER.search(f.sentence)
            if said:
                shown = (" ".join(f.phrase.split()) if _norm(f.phrase).replace("adjusted ", "") in ("ebitda", "ebitdar")
                         else name if any(c.isupper() for c in name) else name.upper())
                name = f"{'coverage' if said.group(0).lower().startswith('cover') else 'leverage'} (x {shown})"
            else:
                continue  # "a price of about 12.5 times the EBITDA we expect it to earn": a deal's multiple, no outlook
        if f.metric in WHAT_COUNTED and _norm(f.phrase) not in ("", "other", _norm(f.metric.replace("_", " "))):
            # "units 800,000 to 860,000" and "units 115 million to 125 million" say nothing until the row
            # says what is counted: "units: ounces", "units: pounds".
            name += f": {' '.join(f.phrase.split())}"
        if not _named(f.metric):
            name += unsaid_qualifier(f)  # "gross_margin [system]": the sentence names whose margin it is
        if loss:
            name += " (stated as a loss)"
        if withdrawn:
            name += " (withdrawn)"
        if part:
            name += " (a part: below a segment's outlook)"
        if unit_loss:
            name += " (a part: a loss beside the total's profit outlook)"
        if revised:
            name += f" (outlook {revised} by)"
        elif f.unit == "%" and several_years(f) and not is_ratio(f.metric, f.phrase, f.sentence):
            name += " (growth over several years)"
        elif f.unit == "%" and f.change is None and not is_ratio(f.metric, f.phrase, f.sentence) and f.metric != "growth":
            of = share_of(f)
            name += (f" (% of {of})" if of else " (decline; base not stated)" if said_move == "down"
                     else " (growth; base not stated)" if said_move == "up" or growth_said(f)
                     else " (%: growth or share, base not stated)")
        row = GuidanceRow(
            metric=name + (f" ({f.change.value} change)" if f.change and not (f.unit == "%" and several_years(f)) else "")
            + (" (period unclear)" if unclear else ""),
            period=f.period.label if f.period and not unclear else None,
            kind=f.kind.value,
            basis=basis,
            text=(fmt_outlook(f, low, high) if (low is not None or f.direction) else f.text)
            if not revised else ("+" if revised == "raised" else "") + fmt_amount(low, f.unit),
            low=low, high=high, unit=f.unit,
            direction=f.direction.value if f.direction else None,
            lines=[f.line],
        )
        if revised or withdrawn or unclear or part or unit_loss:
            pass  # a revision's size, a withdrawn outlook or one of no clear period is set against nothing
        elif (f.change is None and low is not None and (f.unit != "%" or is_ratio(f.metric, f.phrase, f.sentence) or share_of(f))
                and not ambiguous(f)):
            # A quarterly rate for the year is set against no year's level.
            ref = _reference(facts, f) if not _open(f, call_period) and not per_quarter(f) else None
            if ref is not None and ref.value and not plausible(low, high, ref.value):
                ref = None
            if (ref is not None and ref.value is not None and f.unit == "%" and f.kind is not FactKind.PRIOR_GUIDANCE
                    and min(abs(v - ref.value) for v in (low, high if high is not None else low)) > _POINTS_APART):
                ref = None
            if ref is not None and ref.value:
                row.reference = f"{ref.period.label if ref.period else '?'}: {fmt_amount(ref.value, ref.unit)}"
                if ref.line not in row.lines:
                    row.lines.append(ref.line)
                # A percent change is meaningful for amounts only, and only between two positive amounts
                # (a loss narrowing is no "+23%"); a margin's move is read off the levels.
                if (f.kind is not FactKind.PRIOR_GUIDANCE and (is_money(f.unit) or f.unit == "count")
                        and ref.value > 0 and low > 0):
                    row.implied_change_low = _pct(low, ref.value)
                    row.implied_change_high = _pct(high, ref.value) if high is not None else None
                if f.kind is FactKind.PRIOR_GUIDANCE:
                    # As the check reads it: "16%" guided is met by 15.9%, what rounds to the single figure.
                    half = guided_slack(f) if low == high and not said_off(ref, f, facts) else Decimal(0)
                    row.status = status(ref.value, low - half, (high if high is not None else low) + half)
                    row.reading = favour(f.metric, f.phrase, row.status.value) or None
        elif f.change is not None and low is not None and f.kind is FactKind.GUIDANCE and not ambiguous(f) and not several_years(f):
            _implied_level(row, facts, f, low, high)
        if _SAID_AS_BASE.search(f.sentence[:max(0, at(f))]):
            bases.add(id(row))
        if f.metric == "growth":
            growths.add(id(row))
        rows[(key, basis)] = row
        sentences_of[id(row)].add(f.sentence)
        if f.unit == "count" and low is not None:
            counted[id(row)] = (_said_around(f), fmt_outlook(f, low, high).split(" (\u201c")[0])
    _tell_counts_apart(list(rows.values()), counted)
    kept = _unclear_said_as_target(_growth_said_again(list(rows.values()), growths))
    return sorted(_revised(_middles_said_again(_said_with_figure(kept, sentences_of), facts), bases) + _implied_ends(facts),
                  key=_row_order)


def _unclear_said_as_target(rows: list[GuidanceRow]) -> list[GuidanceRow]:
    """"1 million units a year ... an achievable target": one figure read twice in a passage, as an outlook of no clear
    period and as a target, is one row, the target's (with both lines)."""
    targets = {(r.metric.removesuffix(" (target)"), r.text): r for r in rows if r.kind == "target" and r.period is None}
    out = []
    for r in rows:
        t = targets.get((r.metric.removesuffix(" (period unclear)"), r.text)) if r.metric.endswith(" (period unclear)") else None
        if t is not None and set(r.lines) & set(t.lines):
            t.lines.extend(n for n in r.lines if n not in t.lines)
            continue
        out.append(r)
    return out


def _said_around(f: Fact, words: int = 3) -> str:
    """The figure with up to `words` words either side of it in its clause: "open 1,050 new stores"."""
    i = at(f)
    if i < 0:
        return f.text
    before = re.split(r"[,;:()\u2014]", f.sentence[:i])[-1].split()[-words:]
    after = re.split(r"[,;:.()\u2014]", f.sentence[i + len(f.text):], maxsplit=1)[0].split()[:words]
    return " ".join(before + f.text.split() + after)


def _tell_counts_apart(rows: list[GuidanceRow], counted: dict[int, tuple[str, str]]) -> None:
    """Rows that count under one name for one period ("stores" ten times for the year: new ones, remodels, relocations,
    stores with a pickup service) say nothing apart: each shows the words the figure was said with."""
    groups: dict[tuple, list[GuidanceRow]] = defaultdict(list)
    for r in rows:
        if id(r) in counted:
            groups[(r.metric, r.period, r.kind, r.basis)].append(r)
    for group in groups.values():
        if len({r.text for r in group}) > 1:
            for r in group:
                said, figure = counted[id(r)]
                r.text = f"{figure} (\u201c{said}\u201d)"


def _as_said(r: GuidanceRow) -> tuple:
    return (r.period, r.kind, r.low, r.high, r.unit, re.findall(r"\((\w+) change\)", r.metric))


def _growth_said_again(rows: list[GuidanceRow], growths: set[int]) -> list[GuidanceRow]:
    """A bare "organic growth" for the segment, said again at the range a named segment's row already holds, is that
    row's outlook repeated, not the company's: its line joins that row."""
    out = []
    for r in rows:
        same = [o for o in rows if id(o) != id(r) and id(o) not in growths and _as_said(o) == _as_said(r)
                and o.low is not None] if id(r) in growths and r.low is not None else []
        if same:
            same[0].lines = sorted(set(same[0].lines) | set(r.lines))
            continue
        out.append(r)
    return out


_SAID_AS_BASE = re.compile(r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against)\b[^.;,]{0,45}$", re.I)


_NEVER_MONEY = frozenset({"roe", "roa", "roic", "tax_rate", "cet1_ratio", "net_interest_margin", "market_share"})
_NEVER_TIMES = frozenset({"revenue", "segment_revenue", "net_income", "operating_income", "other_income", "free_cash_flow",
                          "operating_cash_flow", "capex", "buyback", "dividend", "eps", "gross_profit", "operating_expenses", "cash"})


def _unit_contradicts(f: Fact) -> bool:
    """A figure whose unit its metric can never have: a return or a tax rate in money ("ROE ... $450 million" is a savings
    goal said in the same breath), an amount in times ("free cash flow ... under two times" is leverage) or as a level in
    basis points ("about 30 basis points" of uplift to a growth rate, read as revenue). The facts
    misnamed it; the row would show a wrong figure under the metric's name."""
    return ((f.metric in _NEVER_MONEY and is_money(f.unit)) or (f.unit == "x" and f.metric in _NEVER_TIMES)
            or (f.unit == "bps" and f.change is None and (f.metric in _NEVER_TIMES or f.metric.endswith("revenue"))))


_DWARFED = 20
"""An amount outlook this many times smaller than another of the same metric, period and unit is not that metric's
outlook: a per-share figure under a total's name, the size of a revision, a part."""


def _largest_outlooks(facts: list[Fact]) -> dict[tuple, Decimal]:
    out: dict[tuple, Decimal] = {}
    for f in facts:
        if f.kind in (FactKind.GUIDANCE, FactKind.TARGET) and f.change is None and is_money(f.unit) and f.period is not None:
            v = f.low if f.low is not None else f.value
            if v is not None and v > 0:
                k = (f.metric, _norm(f.phrase) if _named(f.metric) else "", f.period.label, f.unit)
                out[k] = max(out.get(k, v), v)
    return out


def _dwarfed(f: Fact, high: Decimal | None, tops: dict[tuple, Decimal]) -> bool:
    if (f.kind not in (FactKind.GUIDANCE, FactKind.TARGET) or f.change is not None or f.period is None or high is None or high <= 0
            or f.metric == "dividend"):
        return False  # (a dividend per share and the year's dividends in total are both the dividend)
    top = tops.get((f.metric, _norm(f.phrase) if _named(f.metric) else "", f.period.label, f.unit))
    if top is None or top <= high * _DWARFED:
        return False
    # "Opex of $6,400 to $6,600 per vessel per day" is a rate, whatever total the call also reads under the name.
    return f.metric == "eps" or not _PER_UNIT.match(f.sentence, at(f) + len(f.text) if at(f) >= 0 else len(f.sentence))


def _a_units_loss(f: Fact, low: Decimal | None, high: Decimal | None, tops: dict[tuple, Decimal]) -> bool:
    """"We expect its EBITDA loss for the year to be under $8 million" beside a $500 million EBITDA outlook: one period
    cannot hold both, and a loss that small beside the profit is one unit's (the pronoun's), not the company's."""
    if (f.kind not in (FactKind.GUIDANCE, FactKind.TARGET) or f.change is not None or f.period is None or low is None
            or high is None or high >= 0):
        return False
    top = tops.get((f.metric, _norm(f.phrase) if _named(f.metric) else "", f.period.label, f.unit))
    return top is not None and top > -low * _DWARFED


_PER_UNIT = re.compile(r"\s*(?:per|a|an|each)\s+(?!(?:year|quarter|month|annum|half|period)\b)[a-z]", re.I)


def _said_with_figure(rows: list[GuidanceRow], said: dict[int, set[str]]) -> list[GuidanceRow]:
    """A direction read from the words beside an outlook's figure ("non-compensation expenses of $141 million to
    $145 million; the step-up is mostly seasonal") repeats that outlook: no row of its own. So does one said of the
    metric on the same line as its change ("Harbour revenue should decline" beside "Harbour revenue down 4% to 6%"),
    and a bare name's in the sentence of a named line's figure ("in Retail we see revenue down in the low
    single digits"), unless the two point different ways. `said`: each row's sentences, by the row's id."""
    figured = [r for r in rows if r.low is not None or r.high is not None]

    def repeats(r: GuidanceRow) -> bool:
        name = _bare(r.metric)
        for g in figured:
            if g.period != r.period or g.kind != r.kind or _way(g) not in (None, r.direction):
                continue
            if _bare(g.metric) == name and set(g.lines) & set(r.lines):
                return True
            if _bare(g.metric).endswith(f" {name}") and said.get(id(g), set()) & said.get(id(r), set()):
                return True
        return False

    return [r for r in rows if r.low is not None or r.high is not None or r.direction is None or not repeats(r)]


_LABELS = re.compile(r"\s+\((?:\w+ change|growth; base not stated|decline; base not stated)\)")


def _bare(metric: str) -> str:
    """A row's metric without what the row says of its figure: "Harbour revenue (yoy change)" is "Harbour revenue"."""
    return _LABELS.sub("", metric)


def _way(r: GuidanceRow) -> str | None:
    """Which way a change row's figure points ("-6% to -4%": down); None for a level, which points nowhere."""
    if r.unit != "%" or "change)" not in r.metric and "; base not stated)" not in r.metric:
        return None
    ends = [v for v in (r.low, r.high) if v is not None]
    return "down" if all(v < 0 for v in ends) else "up" if all(v > 0 for v in ends) else "flat" if all(v == 0 for v in ends) else None


_MIDPOINT_SAID = re.compile(r"\bmid[\s-]?points?\b", re.I)


def _middles_said_again(rows: list[GuidanceRow], facts: list[Fact]) -> list[GuidanceRow]:
    """The middle of an outlook range said again in another sentence: "the midpoint of $2.15" after "$2.10 to $2.20",
    or "$4.2 billion" said in the Q&A of "$4.2 billion, plus or minus 2%". One outlook: its line joins the range's row.
    Only when the sentence says "midpoint" beside the figure, or the range is a band about that very figure."""
    ranges = [r for r in rows if r.low is not None and r.high is not None and r.low != r.high]
    if not ranges:
        return rows
    said = defaultdict(list)
    for f in facts:
        if f.kind in _OUTLOOK and f.change is None and f.value is not None:
            said[(f.line, f.value)].append(f)
    out = []
    for r in rows:
        whole = None
        if r.low is not None and r.high in (None, r.low) and r.direction is None:
            for g in ranges:
                if (g.metric, g.period, g.kind, g.unit) != (r.metric, r.period, r.kind, r.unit) or r.basis not in (None, g.basis) \
                        or (g.low + g.high) / 2 != r.low:
                    continue
                near = [f.sentence[max(0, at(f) - 40):at(f) + len(f.text) + 40] for line in r.lines for f in said.get((line, r.low), [])
                        if at(f) >= 0]
                if _BAND_SAID.search(g.text) or any(_MIDPOINT_SAID.search(x) for x in near):
                    whole = g
                    break
        if whole is None:
            out.append(r)
        else:
            whole.lines.extend(line for line in r.lines if line not in whole.lines)
    return out


_BAND_SAID = re.compile(r"plus\s+or\s+minus|\+/-|\+\s*or\s*-|±|give\s+or\s+take", re.I)


_LEVERAGE_OR_COVER = re.compile(r"\b(?:leverage|debt|cover\w*)\b", re.I)

_PART = re.compile(r"\b(?:includ\w*|of\s+which)\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,3}$", re.I)


def _part_of_outlook(f: Fact, facts: list[Fact]) -> bool:
    """The figure is said as part of another outlook of its metric in the same sentence."""
    i = at(f)
    return (i >= 0 and bool(_PART.search(f.sentence[max(0, i - 40):i]))
            and any(g is not f and g.sentence == f.sentence and g.metric == f.metric and g.unit == f.unit
                    and g.kind in _OUTLOOK and 0 <= at(g) < i for g in facts))


_SPOKEN_RATIO = re.compile(
    r"(?P<name>(?:[A-Za-z][\w&/-]*\s+){0,3}?(?:ratio|margin|yield|spread))\s+"
    r"(?:(?:of|at|between|in\s+the\s+range\s+of|to\s+be|to\s+run\s+at|around|about|near|is|will\s+be|should\s+be|approximately|roughly)\s+){0,3}$",
    re.I)
_NOT_NAME = frozenset({"the", "our", "a", "an", "full-year", "full", "year", "expect", "we", "now", "see", "and", "for", "its",
                       "this", "that", "quarter", "fourth-quarter", "annual", "to"})


_SPOKEN_AMOUNT = re.compile(
    r"(?P<name>(?:[A-Za-z][\w&/'’-]*\s+){1,5}?)(?:of|at|should\s+be|to\s+be|will\s+be|would\s+be|between|in\s+the\s+range\s+of)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|around\s+|close\s+to\s+|some\s+)?$", re.I)
_AMOUNT_LEAD = _NOT_NAME | frozenset({"expects", "still", "plan", "planning", "assume", "assumed", "target", "targets", "targeting",
                                      "remain", "on", "track", "also", "continue", "guide", "guiding", "think", "would", "should",
                                      "will", "be", "of", "in", "with", "which", "it", "first-quarter", "second-quarter",
                                      "third-quarter", "next", "there", "have", "about", "approximately", "roughly", "around"})
_NO_AMOUNT_NAME = frozenset({"midpoint", "level", "range", "number", "guide", "guidance", "outlook", "plan", "figure", "estimate",
                             "goal", "one", "total", "end", "amount", "rate", "needs", "need", "spend", "top", "bottom", "side",
                             "part", "somewhere", "the", "for", "a", "an", "is", "are", "was", "were", "be",
                             "been", "has", "have", "had", "we", "you", "i", "they", "not", "put", "remains", "renewed",
                             "changed", "unchanged", "largest", "piece", "items", "so", "it", "that", "this", "made", "make",
                             "anticipate", "anticipated", "anticipating", "expecting", "effect", "impact", "alone", "almost",
                             "and", "or", "our", "their", "its"})
"""Words that say the figure's words before it are no metric's name: a place in a range, a verb, a pronoun."""


def _spoken_amount(f: Fact) -> str | None:
    """"we expect claims expense of about $38 million", "PRT volume of $7 billion to $9 billion": the words naming an
    amount outlook the extractor left nameless."""
    i = at(f)
    m = _SPOKEN_AMOUNT.search(f.sentence[max(0, i - 70):i]) if i >= 0 else None
    words = m.group("name").split() if m else []
    while words and words[0].lower() in _AMOUNT_LEAD:
        words = words[1:]
    if not words or len(words) > 5 or any(w.lower() in _NO_AMOUNT_NAME or "'" in w or "’" in w for w in words):
        return None
    return " ".join(words) if len(words) > 1 or len(words[0]) >= 4 else None


def spoken_names(facts: list[Fact]) -> list[Fact]:
    """An outlook level the extractor could not name (`other`) whose sentence names a ratio just before it ("we
    expect the full-year adjusted operating ratio between 59.5% and 60%") takes that name; a recalled range
    said right after it in the sentence ("better than the 60% to 60.5% we guided in January") takes it too. So does
    an amount outlook whose words name it just before ("claims expense of about $38 million") and is no loss."""
    names: dict[int, str] = {}
    named: dict[tuple, str] = {}
    for f in facts:
        if (f.metric == "other" and f.kind in _OUTLOOK and f.change is None and is_money(f.unit)
                and _norm(f.phrase) in ("other", "") and min(bounds(f)[0] or 0, bounds(f)[1] or 0) >= 0):
            name = _spoken_amount(f)
            if name:
                names[id(f)] = name
    nameless = [f for f in facts if f.metric == "other" and f.kind in _OUTLOOK and f.change is None and f.unit == "%"
                and _norm(f.phrase) in ("other", "")]
    for f in sorted(nameless, key=lambda f: (f.line, f.sentence, at(f))):
        i = at(f)
        m = _SPOKEN_RATIO.search(f.sentence[max(0, i - 90):i]) if i >= 0 else None
        words = m.group("name").split() if m else []
        while words and words[0].lower() in _NOT_NAME:
            words = words[1:]
        name = " ".join(words) if len(words) >= 2 else None
        if name is None and f.kind is FactKind.PRIOR_GUIDANCE:
            name = named.get((f.sentence, f.unit))
        if name:
            named[(f.sentence, f.unit)] = name
            names[id(f)] = name
    return [f.model_copy(update={"phrase": names[id(f)]}) if id(f) in names else f for f in facts] if names else facts


def _revised(rows: list[GuidanceRow], bases: set[int] = frozenset()) -> list[GuidanceRow]:  # type: ignore[assignment]
    """Recalled guidance for a period not over, beside the outlook the call now gives for it ("now $3.75 to
    $3.95, compared to our original range of $3.65 to $3.85"): the row says what it became, since no actual
    can land yet. Only when exactly one current outlook of the metric, period, unit and basis is a level.
    A recalled range identical to that outlook is the outlook said again ("our guidance range is now ..."):
    one row."""
    current: dict[tuple, list[GuidanceRow]] = defaultdict(list)
    for r in rows:
        if r.kind == FactKind.GUIDANCE.value and r.low is not None and not _NOT_A_LEVEL.search(r.metric):
            current[(_SHARE_LABEL.sub("", r.metric), r.period, r.unit, r.basis)].append(r)
    out = []
    for r in rows:
        out.append(r)
        if r.kind != FactKind.PRIOR_GUIDANCE.value or r.reference or r.status or r.low is None or _NOT_A_LEVEL.search(r.metric):
            continue
        # "66% to 67% of gross profit, against 65.5% to 66.5% in July": the recalled range need not say its base again.
        now = current.get((_SHARE_LABEL.sub("", r.metric), r.period, r.unit, r.basis), [])
        # A range revised to a range, or a figure to a figure, in a named period; a figure and a range only when said
        # on one line ("about $260 million, up from the $230 million to $250 million we guided"): a single figure
        # elsewhere beside a recalled range, or one said as a base, is as often last year's actual ("up 9% from 2020's
        # $1.64") read as an outlook.
        single = (r.high is None or r.high == r.low, now[0].high is None or now[0].high == now[0].low) if len(now) == 1 else None
        if (single is None or r.period is None
                or single[0] != single[1] and (not set(r.lines) & set(now[0].lines) or id(now[0]) in bases)):
            continue
        if (now[0].low, now[0].high) == (r.low, r.high):
            out.pop()
            now[0].lines = sorted(set(now[0].lines) | set(r.lines))
            continue
        before, after = _middle(r), _middle(now[0])
        if r.unit != "%" and before > 0 and not plausible(after, None, before):
            continue  # more than halved or doubled: another line's outlook under the name (SG&A read as R&D)
        how = "raised" if after > before else "lowered" if after < before else "reaffirmed at the midpoint"
        if single == (False, False) and r.low <= now[0].low and now[0].high <= r.high:  # type: ignore[operator]
            # "$2.50 to $2.58 billion, from $2.45 to $2.65 billion": no move to call. A range narrowed inside the old one
            # toward one end ("now 6% to 6.5%", after 5.5% to 6.5%) is a narrowing that moves the midpoint, not a raise
            # beyond what was guided.
            how = ("narrowed, midpoint about kept" if abs(after - before) <= abs(before) * Decimal("0.005")
                   else f"narrowed, midpoint {how}")
        if single[0] != single[1]:
            # "around EUR 520 million, the lower end of the EUR 520 million to EUR 560 million": inside the old range
            # is no revision beyond it.
            rng, fig = (r, now[0]) if single[1] else (now[0], r)
            if rng.low <= _middle(fig) <= (rng.high if rng.high is not None else rng.low):  # type: ignore[operator]
                how = "within the prior range" if single[1] else "a range around the prior figure"
        r.reference = f"now {now[0].text} ({how})"
        r.lines = sorted(set(r.lines) | set(now[0].lines))
    return out


_SHARE_LABEL = re.compile(r" \((?:%: growth or share, base not stated|% of [\w ]+)\)")


_NOT_A_LEVEL = re.compile(r"\((?:outlook \w+ by|withdrawn|stated as a loss)\)")
"""Rows that are no outlook of the metric itself: the size of a revision, a withdrawn outlook. (A change
row, "revenue (yoy change)", is set only against another change row: the names must match.)"""


def _middle(r: GuidanceRow) -> Decimal:
    lo = r.low if r.low is not None else r.high
    hi = r.high if r.high is not None else r.low
    return (lo + hi) / 2  # type: ignore[operator]


def _implied_ends(facts: list[Fact]) -> list[GuidanceRow]:
    """Recalled guidance the call gives only as a distance from it ("$1.43 billion, $22 million above the high
    end of our guidance range"): the end it implies, set against the result."""
    rows: dict[tuple, GuidanceRow] = {}
    for d in distances(facts):
        r = d.result
        if r.period is None or r.value is None:
            continue
        key = (r.metric, r.period.label, d.end, d.implied)
        if key in rows:
            continue
        st = {"above": GuidanceStatus.ABOVE, "below": GuidanceStatus.BELOW}.get(d.outside)
        name = r.phrase if _named(r.metric) else r.metric
        rows[key] = GuidanceRow(
            metric=name, period=r.period.label, kind=FactKind.PRIOR_GUIDANCE.value, basis=r.basis.value if r.basis else None,
            text=f"{d.end} {fmt_amount(d.implied, r.unit)} (implied: {d.distance.text} {d.side} it)",
            low=d.implied if d.end != "high end" else None, high=d.implied if d.end != "low end" else None, unit=r.unit,
            reference=f"{r.period.label}: {fmt_amount(r.value, r.unit)}", status=st,
            reading=favour(r.metric, r.phrase, st.value) or None if st else None,
            lines=sorted({r.line, d.distance.line}))
    return list(rows.values())


WHAT_COUNTED = ("units", "price", "margin", "yield", "customers", "headcount")
"""Metrics whose name says the kind of figure but not the thing: the row adds the words spoken."""

_CAN_BE_LOSS = ("eps", "net_income", "operating_income", "pretax_income", "ebit", "ebitda")

_GENERIC = frozenset({"growth", "business", "it", "that", "this", "numbers", "number", "results", "performance", "trend"})


def _growth_named(f: Fact) -> bool:
    """"For the fourth quarter, we see organic growth of 5% to 6%": a growth rate whose words say which growth it is
    (organic, constant currency) is the company's outlook of it; a bare "growth", or one in money, says nothing."""
    if (f.metric != "growth" or _norm(f.phrase) in _GENERIC | {"other", ""}
            or not (f.unit in ("%", "bps") or f.unit is None and f.direction is not None)):
        return False
    # "The remaining 20% will fund our organic growth initiatives": a figure before the name is another thing's; "one to
    # two points better than GDP" is a distance from a benchmark, not the growth.
    i = at(f)
    if i < 0:
        return True
    said = f.sentence[:i].lower().rfind(f.phrase.lower())
    # "U.S. organic growth is around 5%, and gross growth would be closer to 6.5%": another growth named nearer the figure.
    return (said >= 0 and not _ANOTHER_GROWTH.search(f.sentence, said + len(f.phrase), i)
            and not _THAN_AFTER.match(f.sentence, i + len(f.text)))


_ANOTHER_GROWTH = re.compile(r"\b[\w-]+\s+growth\b", re.I)


_THAN_AFTER = re.compile(r"\s*(?:(?:percentage\s+)?points?\s+)?(?:better|higher|faster|more|less|lower|slower|worse|above|ahead\s+of|below)"
                         r"(?:\s+than)?\b", re.I)


def _what(f: Fact) -> tuple:
    return (f.metric, _norm(f.phrase) if _named(f.metric) else "", f.period.label if f.period else None,
            f.unit, f.basis, f.change)


def _open(f: Fact, call_period: tuple[int, int] | None) -> bool:
    """Recalled guidance for a period not over when the call is held: there is no actual to land yet."""
    if f.kind is not FactKind.PRIOR_GUIDANCE or call_period is None or f.period is None or not f.period.fiscal_year:
        return False
    return period_key(f.period) > closed_by(*call_period)


_SEVERAL_YEARS = re.compile(
    r"""\b(?:compound(?:ed)?\s+annual|cagr)\b
        |\b(?:two|three|four|five|2|3|4|5|multi)[\s-]+years?[\s-]+(?:stack|basis|period|cagr|compound|average|run)\b
        |\b(?:over|across)\s+(?:the\s+next\s+|a\s+)?(?:two|three|four|five|2|3|4|5)[\s-]+(?:years?|-year\s+period)\b
        |\b(?:over|between|from|across|for|during)\s+(?:the\s+)?(?:(?:period|years)\s+(?:of\s+|from\s+)?)?(?:fy\s*)?(?:19|20)\d\d\s*(?:to|and|through|-|\u2013)\s*(?:fy\s*)?(?:19|20)\d\d\b
        |\b(?:per|a)\s+year\s+(?:through|until|to)\s+(?:19|20)\d\d\b""", re.I | re.X)
"""Near a growth figure, words that spread it over more than one year ("a compound annual growth rate of 15% to 20% over a
two-year period", "10% to 12% on a two-year stack basis"): no one year's growth, so no level follows from last year's."""


_OTHER_FIGURE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*")
"""A figure other than a year: where the words about the figure before or after it begin."""


def several_years(f: Fact) -> bool:
    """Whether `_SEVERAL_YEARS` is said next to the figure: in the words after it up to the next figure, or before it back
    to the one before ("a decline of 4% to 6% but which reflects growth of 10% to 12% on a two-year stack basis" spreads
    the second range only)."""
    i = at(f)
    if i < 0:
        return False
    end = i + len(f.text)
    # Up to the next figure or clause either side: "... over a two-year period, comfortably ahead of our long-term aim
    # of 8% or more" spreads the figures before the comma, not the aim after it.
    after, *rest = re.split(r"[,;]", f.sentence[end:end + 80], maxsplit=1)
    after = after[:m.start()] if (m := _OTHER_FIGURE.search(after)) else after
    if not after.strip() and rest and _SEVERAL_YEARS.match(rest[0].strip()):
        return True  # "to between 3% and 4%, for the period 2026 through 2030": the span said right after it
    before = re.split(r"[,;]", f.sentence[max(0, i - 80):i])[-1]
    figures = list(_OTHER_FIGURE.finditer(before))
    before = before[figures[-1].end():] if figures else before
    return bool(_SEVERAL_YEARS.search(before) or _SEVERAL_YEARS.search(after))


_GROWTH_BY = re.compile(r"\bgrowth\b[^.;]{0,80}?\bby\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+"
                        r"|close\s+to\s+|a\s+little\s+(?:over|under|more\s+than|less\s+than)\s+)?$", re.I)
"""Before a figure, a change said of a growth rate ("to increase full-year revenue growth by approximately"): the figure
moves the growth, in points; it is no growth of the metric to build a level on."""


def _implied_level(row: GuidanceRow, facts: list[Fact], f: Fact, low: Decimal, high: Decimal | None) -> None:
    """Guidance given only as a change ("revenue up 3% to 5% next year") gets the level it implies when the
    call states the base: the same metric, unit, basis and length of period, for the period the change
    runs from (last year for a year-on-year change, last quarter for a sequential one)."""
    if f.period is None or f.unit != "%" or f.change is None:
        return
    i = at(f)
    if i >= 0 and _GROWTH_BY.search(f.sentence[max(0, i - 120):i]):
        return  # "FX should add to revenue growth by about 2 points": a share of the growth, not the growth
    if any(g is not f and g.sentence == f.sentence and g.metric == f.metric and g.change is None and is_money(g.unit)
           and g.value is not None for g in facts):
        # "Q2 revenue of $6 billion, up 19%": the sentence states the level; a level implied on another base
        # (the total's, when the $8 billion is a segment's) would contradict it.
        return
    base = change_base(facts, f)
    if base is None:
        return
    assert base.value is not None
    # Three significant figures: the base is itself rounded ("$5.8 billion"), so more would be false precision.
    lo = _significant(base.value * (1 + low / 100))
    hi = _significant(base.value * (1 + high / 100)) if high is not None and high != low else None
    level = fmt_amount(lo, base.unit) + (f" to {fmt_amount(hi, base.unit)}" if hi is not None else "")
    row.reference = f"{base.period.label if base.period else '?'}: {fmt_amount(base.value, base.unit)}"
    row.implied_level = level
    if base.line not in row.lines:
        row.lines.append(base.line)


def change_base(facts: list[Fact], f: Fact) -> Fact | None:
    """The level a change outlook runs from, when `facts` state it: the same metric, money, basis and length
    of period, for the period before (last year for a year-on-year change, last quarter for a sequential one)."""
    if f.period is None or f.unit != "%" or f.change is None or is_ratio(f.metric, f.phrase):
        return None
    fy, q, h = previous(f.period, f.change.value)
    bases = [a for a in facts if a.kind is FactKind.ACTUAL and is_level(a) and a.metric == f.metric
             and is_money(a.unit) and same_period(a.period, fy, q, h)
             and (a.basis is None or f.basis is None or a.basis == f.basis)
             and (not _named(f.metric) or _norm(a.phrase) == _norm(f.phrase)) and not push(a)]
    if not bases:
        return None
    base = min(bases, key=lambda a: (a.basis != f.basis, a.approx, a.line))
    if base.value is None or base.value <= 0:
        return None
    # "the business we bought had about $120 million in sales last year": a part's level read as the whole's. A base
    # that one quarter of the metric exceeds, or a third of one year's, is another thing's.
    for a in facts:
        if (a.kind is FactKind.ACTUAL and a.metric == f.metric and a.unit == base.unit and is_level(a) and a.value is not None
                and a.period is not None and (not _named(f.metric) or _norm(a.phrase) == _norm(f.phrase))):
            over = base.value * (Decimal(3) if _granularity(a) == _granularity(base) else Decimal(1))
            if _granularity(a) in ("quarter", _granularity(base)) and a.value > over:
                return None
    return base


def _significant(v: Decimal, digits: int = 3) -> Decimal:
    if v == 0:
        return v
    return v.scaleb(-v.adjusted()).quantize(Decimal(1).scaleb(1 - digits)).scaleb(v.adjusted())


def fmt_outlook(f: Fact, low: Decimal | None, high: Decimal | None) -> str:
    """The outlook's figures, signed when it is a change, with the speaker's own words beside them when
    those say more than the figure ("in excess of 37%", "mid-20s percent")."""
    signed = f.change is not None
    def one(v: Decimal) -> str:
        text = fmt_amount(v, f.unit)
        return f"+{text}" if signed and v > 0 else text
    if low is None:
        return f.direction.value if f.direction else f.text
    text = one(low) if high is None or high == low else f"{one(low)} to {one(high)}"
    said = " ".join(f.text.split())
    i = f.sentence.find(f.text)
    plus_minus = _PLUS_MINUS.match(f.sentence[i + len(f.text):]) if i >= 0 and f.text else None
    if plus_minus:
        # "$4.4 billion, plus or minus 2%": the band is part of the outlook.
        return f"{text} ({' '.join(plus_minus.group(1).split())})"
    if per_quarter(f):
        text += " per quarter"
    if _QUALIFIED.search(said):
        text += f" (\u201c{said}\u201d)"
    elif f.approx and (high is None or high == low):
        text = "about " + text
    return text


_PER_QUARTER = re.compile(r"[^.;]{0,30}?\b(?:per|a|each|every)\s+quarter\b", re.I)


def per_quarter(f: Fact) -> bool:
    """"For the rest of the year, net investment income of $425 million to $435 million per quarter": an
    outlook for a year or half said as a quarterly rate; neither the year's level nor comparable with it."""
    i = f.sentence.find(f.text) if f.text else -1
    return (i >= 0 and f.period is not None and not f.period.quarter and f.unit != "%"
            and bool(_PER_QUARTER.match(f.sentence, i + len(f.text))
                     or _QUARTERLY_BEFORE.search(re.split(r"[,;]", f.sentence[max(0, i - 70):i])[-1])))


_QUARTERLY_BEFORE = re.compile(r"\bquarterly\s+(?!dividends?\b)(?:[\w'-]+\s+){0,6}?(?:of|at|to|around|about|approximately)\s+$", re.I)
"""Before the figure in its clause: "a quarterly run-rate return for our strategies of $0.50 per share" is a quarter's rate."""


_PER_YEAR = re.compile(r"\s*(?:units?\s+)?(?:a|per|each)\s+year\b|\s*annually\b|\s*(?:a|per)\s+annum\b", re.I)


def per_year(f: Fact) -> bool:
    """"We aim to reach 400,000 units annually", read as a quarter's outlook: a yearly rate is no quarter's figure,
    and the words give it no other period."""
    i = at(f)
    return (f.period is not None and bool(f.period.quarter) and i >= 0 and f.kind in _OUTLOOK
            and bool(_PER_YEAR.match(f.sentence, i + len(f.text))))


def misread(low: Decimal | None, high: Decimal | None, unit: str | None) -> bool:
    """"raising our forecast for net absorption by 20% to 360 million square feet" read as a range of 20% to
    360,000,000%: ends a hundred times apart, or a percentage in the tens of thousands, are two figures
    joined by mistake, not one outlook."""
    if low is None or high is None:
        return unit == "%" and any(v is not None and abs(v) > 10_000 for v in (low, high))
    if unit == "%" and max(abs(low), abs(high)) > 10_000:
        return True
    return low > 0 and high / low > 100


_PLUS_MINUS = re.compile(r"\s*,?\s*((?:plus\s+or\s+minus|\+/-|±)\s*\$?\d[\d.,]*\s*(?:%|percent|million|billion)?)", re.I)

_QUALIFIED = re.compile(r"\b(?:excess|least|more|less|over|under|above|below|up\s+to|upwards|mid|high|low|single|double|"
                        r"teens|twenties|plus|minus|roughly|almost|nearly|north|south|exceed\w*|greater|lower|higher)\b", re.I)


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


_POINTS_APART = Decimal(6)
"""A ratio outlook more than this many points from the latest level of its name is set against another thing (a
segment's margin read as the company's, a regulatory minimum read as the ratio's outlook): no reference is shown.
Over 204 calls, seven of the eight such references were of this kind; the eighth was five points off."""


def plausible(low: Decimal, high: Decimal | None, ref: Decimal) -> bool:
    if ref > 0 and low < 0 and (high is None or high <= 0):
        # A loss against a profit: a swing ("a loss per share of $0.11 to $0.01" after $0.35) is a tenth of the profit
        # or more; a loss of $6 million to $9 million beside a $352 million profit is one unit's, not the total's.
        return max(abs(low), abs(high if high is not None else low)) >= ref / 10
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
                and (not _named(f.metric) or _norm(a.phrase) == _norm(f.phrase)) and same_measure(a, f)]
        # Of two results for the period, the one the range can be held to first: "NT$418.6 billion ... US$13.21 billion"
        # with the first read in dollars is no reason to say the result is not stated.
        lo, hi = bounds(f)
        return min(same, key=lambda a: (lo is not None and a.value is not None and not plausible(lo, hi, a.value),
                                        a.basis != f.basis, a.line)) if same else None
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
