"""How well `ecta.extract_facts` finds the figures that matter, measured two ways.

Usage: python bench/facts_eval.py [--part ectsum|labelled|both] [--show N] [--json]
                                  [--ectsum DIR] [--labelled DIR] [--limit N]

ectsum   On ECTSum val (default ../shared/ectsum/val): every number in the gold Reuters bullets that also
         occurs in the transcript (numbers found the way ECTSum's own scorer finds them, after masking
         years, quarters such as q2/fy21, dates, times and phone numbers) is scaled to plain units
         ("$1.2 billion" -> 1.2e9, "8 cents" -> 0.08) and looked up among the extracted facts. Value recall:
         some fact has that value, allowing for the gold's rounding. Metric-match recall: that fact's metric
         is one the bullet's metric words allow ("revenue"/"sales" -> revenue, "eps" -> eps, ...); numbers
         whose bullet names no metric we can map are left out of that denominator.
         Agreement: for each found number, what the bullet says of it besides the metric ("sees q3 ..." is an
         outlook for the next Q3, "q4 revenue fell 6 percent" an actual for the call's Q4 going down, "fy 2022"
         a year) is compared with the facts that have its value; a number the bullet is silent about on a field
         is not judged on it, and analysts' estimates ("versus ... ibes estimate of") are left out. This is the
         one measure of period, kind and direction on real calls: the labelled set is written by the team.
labelled On the hand-labelled set (tests/data/labelled): predictions are paired with labels by
         (file, line, value or range); precision and recall are reported for the value alone, for
         (value, unit), (value, period, kind), and for (metric, value, period, kind, basis), with per-field confusion
         counts.

`--show N` lists the N worst misses of each part. Exit code is 0 whatever the scores: this is a measurement.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ECTSUM = REPO.parent / "shared" / "ectsum" / "val"
DEFAULT_LABELLED = REPO / "tests" / "data" / "labelled"


# --------------------------------------------------------------------------------------------------
# The extractor and the sentence-per-line transcripts
# --------------------------------------------------------------------------------------------------

def load_extractor():
    """`ecta.extract_facts`, or None while the extractor has not landed."""
    import ecta

    fn = getattr(ecta, "extract_facts", None)
    if fn is None:
        try:
            from ecta.facts import extract_facts as fn  # type: ignore[no-redef]
        except ImportError:
            return None
    return fn


def sentences_transcript(path: Path, text: str):
    """A Transcript from one-sentence-per-line text: the `sentences` parser when it is registered and
    reads the file, else one built here."""
    import ecta
    from ecta import formats

    if "sentences" in getattr(formats, "_MODULES", {}):
        try:
            return ecta.parse(path, format="sentences")
        except ecta.EctaError:
            pass
    return _build_sentences(text, path.stem)


def _build_sentences(text: str, name: str):
    import hashlib

    from ecta.callinfo import call_from_name, half_of_call, opening_of
    from ecta.model import Meta, Paragraph, Participant, Section, Transcript, Turn

    speaker = Participant(id="unknown", name="Unknown")
    paragraphs = [
        Paragraph(text=line.strip(), line_start=n, line_end=n)
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip()
    ]
    turns = [Turn(index=0, speaker=speaker, section=Section.PRESENTATION, paragraphs=paragraphs,
                  line_start=paragraphs[0].line_start, line_end=paragraphs[-1].line_end)] if paragraphs else []
    # ECTSum names files <TICKER>_q<N>_<YYYY>: the only period information these files carry, bar a half-year
    # call's welcome, read as the parser reads it.
    named = call_from_name(name)
    meta = Meta(
        ticker=named.ticker,
        fiscal_quarter=named.fiscal_quarter,
        fiscal_year=named.fiscal_year,
        fiscal_half=half_of_call(None, named.fiscal_quarter, opening_of(turns)),
        source_format="facts_eval",  # not "sentences": the report counts which calls the real parser read
        source_name=name,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    if not turns:
        return Transcript(meta=meta)
    return Transcript(meta=meta, participants=[speaker], turns=turns)


# --------------------------------------------------------------------------------------------------
# Gold-summary numbers, found as ECTSum's scorer finds them
# --------------------------------------------------------------------------------------------------

# What ECTSum masks before it reads numbers: these never count as figures.
_MASKS = [
    re.compile(r"covid[-\s']?19", re.I),
    re.compile(r"(?:\+\d{1,2}\s)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}"),                  # phone numbers
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?", re.I),               # times
    re.compile(r"[A-Za-z]+\d+[A-Za-z\d]*"),                                           # q2, fy21, h1, 10q-style tokens
    re.compile(r"(?<![\d.,])\b\d+-?[A-Za-z]\w*"),                                     # 10-k, 2q, 1h
    re.compile(r"'\d{2}\b"),                                                          # '21
    re.compile(r"\b(?:19|20)[1-3]\d\b"),                                              # years
    # Whole month names or their abbreviations only: "dec[a-z]*" would hide the figure in "decreased 26%".
    re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b(?!\s*%)", re.I),
    re.compile(r"\b(?:slide|page|passcode|code)\s+\d+", re.I),
]
_NUMBER = re.compile(r"(?<![A-Za-z\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])")
_AFTER = re.compile(
    r"""\s?(?P<scale>trillion|billion|bln|bn|million|mln|mn|thousand|lakhs?|crores?|[bmk](?![a-z]))?
        \s?(?P<unit>%|percent|pct|basis\s+points?|bps|cents?|pence|p\b)?""",
    re.I | re.X,
)
_SCALE = {
    "trillion": 12, "billion": 9, "bln": 9, "bn": 9, "b": 9, "million": 6, "mln": 6, "mn": 6, "m": 6,
    "thousand": 3, "k": 3, "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7,
}


def mask(text: str) -> str:
    """`text` with the non-figures blotted out, every character in place (positions stay valid)."""
    for rx in _MASKS:
        text = rx.sub(lambda m: "x" * len(m.group()), text)
    return text


@dataclass
class GoldNumber:
    text: str
    """The number as written in the bullet, commas removed ("1.24")."""
    value: Decimal
    """In plain units: 1.2 billion -> 1200000000; 8 cents -> 0.08."""
    tolerance: Decimal
    """Half a unit of the bullet's last digit, in plain units: the reporter may have rounded."""
    bullet: str
    metrics: frozenset[str] | None


# "$765 to $775 million", "13 to 17 percent": the first number of a range takes the second one's scale.
_RANGE_TAIL = re.compile(r"\s*(?:to|and|-|–)\s*[$€£]?\s*" + _NUMBER.pattern)


def quantities(masked: str) -> list[tuple[re.Match, Decimal, Decimal]]:
    """(match, value, tolerance) for every number in masked text, scaled to plain units."""
    out = []
    for m in _NUMBER.finditer(masked):
        raw = m["num"].replace(",", "")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            continue
        after = _AFTER.match(masked, m.end())
        if after and not after.group().strip():
            tail = _RANGE_TAIL.match(masked, m.end())
            if tail:
                after = _AFTER.match(masked, tail.end())
        exp = _SCALE.get((after["scale"] or "").lower(), 0) if after else 0
        unit = (after["unit"] or "").lower() if after else ""
        if unit.startswith(("cent", "pence", "p")) and unit not in ("percent", "pct"):
            exp -= 2
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        step = Decimal(1).scaleb(-decimals) / 2
        out.append((m, value.scaleb(exp), step.scaleb(exp)))
    return out


def gold_numbers(bullet: str) -> list[GoldNumber]:
    return [
        GoldNumber(m["num"].replace(",", ""), value, tol, bullet, metrics_near(bullet, m.start()))
        for m, value, tol in quantities(mask(bullet))
    ]


def document_numbers(text: str) -> set[str]:
    """The numbers of a transcript as strings: ECTSum's test of "occurs in the transcript"."""
    return {m["num"].replace(",", "") for m, _, _ in quantities(mask(text))}


def document_values(text: str) -> list[Decimal]:
    """The same numbers scaled: a stricter test that the transcript states the bullet's quantity."""
    return [value for _, value, _ in quantities(mask(text))]


# Bullet words -> taxonomy metrics. Ordered: the longer, more specific phrase is tried first, and the
# phrase nearest before a number names its metric ("revenue rose 11.1 percent to $481.1 million").
_METRIC_WORDS: list[tuple[str, frozenset[str]]] = [
    (r"earnings per (?:diluted )?share|(?:loss|income|earnings) per (?:diluted )?share|\beps\b|per (?:diluted )?share",
     frozenset({"eps"})),
    (r"dividend", frozenset({"dividend"})),
    # a ratio's base named before its figure is not its metric ("sg&a as a share of gross profit rose to 61%"), and a
    # dealer's profit per vehicle is no gross profit line (docs/facts.md)
    (r"(?:sg&a|selling,? general,? and administrative|operating expenses?|opex)(?: expenses?| costs?)? as a (?:percentage|percent|%) of (?:[\w&]+ ){0,2}[\w&]+",
     frozenset({"operating_expenses"})),
    (r"(?:gross profit|gross|f&i) per (?:new |used |retail )?(?:unit|vehicle)s?(?: retailed| sold)?|\bpvrs?\b", frozenset({"other"})),
    (r"charge[\s-]?offs?", frozenset({"charge_offs"})),
    (r"unit sales|\bunits\b", frozenset({"units"})),
    (r"organic(?: revenue| sales)? growth|organic|constant[\s-]currency|currency[\s-]neutral",
     frozenset({"growth", "revenue", "segment_revenue"})),
    (r"(?:same|comparable|comp)[\s-]*(?:store|restaurant)?[\s-]*sales", frozenset({"same_store_sales", "revenue"})),
    (r"net interest income", frozenset({"net_interest_income"})),
    (r"net interest margin|\bnim\b", frozenset({"net_interest_margin"})),
    (r"annual(?:ized)? recurring revenue|\barr\b", frozenset({"arr", "recurring_revenue"})),
    (r"ebitda margin", frozenset({"ebitda_margin", "margin"})),
    (r"ebitda(?: loss)?", frozenset({"ebitda", "ebitda_margin"})),
    (r"ebita?\b(?: loss)?", frozenset({"ebit", "operating_income"})),
    (r"gross margin|gross profit", frozenset({"gross_margin", "gross_profit"})),
    (r"operating margin", frozenset({"operating_margin", "margin"})),
    (r"operating (?:income|profit|earnings|loss)|income from operations", frozenset({"operating_income", "ebit"})),
    (r"free cash flow", frozenset({"free_cash_flow"})),
    (r"operating cash flows?|cash flows? from operati\w+|cash from operations", frozenset({"operating_cash_flow"})),
    (r"capital expenditures?|\bcapex\b", frozenset({"capex"})),
    (r"book value", frozenset({"book_value"})),
    (r"funds from operations|\bffo\b", frozenset({"other", "eps"})),
    (r"backlog", frozenset({"backlog", "rpo"})),
    (r"remaining performance obligations|\brpo\b", frozenset({"rpo", "backlog"})),
    (r"bookings|orders|order intake", frozenset({"bookings", "backlog"})),
    (r"book[\s-]to[\s-]bill", frozenset({"book_to_bill"})),
    (r"buyback|repurchase", frozenset({"buyback"})),
    (r"tax rate", frozenset({"tax_rate"})),
    (r"assets under management|\baum\b", frozenset({"aum"})),
    (r"deposits", frozenset({"deposits"})),
    (r"loans", frozenset({"loans"})),
    (r"subscribers", frozenset({"subscribers"})),
    (r"customers", frozenset({"customers"})),
    (r"(?<!non-)\bcash(?: (?:and|&) (?:cash )?equivalents)?", frozenset({"cash"})),
    (r"(?:net )?(?:income|earnings|profit|loss)\b", frozenset({"net_income", "eps"})),
    (r"revenues?|sales|turnover", frozenset({"revenue", "segment_revenue", "recurring_revenue", "same_store_sales"})),
    (r"margin", frozenset({"margin", "gross_margin", "operating_margin", "ebitda_margin"})),
]
_METRIC_RX = [(re.compile(rx, re.I), metrics) for rx, metrics in _METRIC_WORDS]


def metrics_near(bullet: str, pos: int) -> frozenset[str] | None:
    """The metrics the bullet's words allow for the number at `pos`: the nearest phrase before it wins."""
    spans: list[tuple[int, int, frozenset[str]]] = []
    taken: list[tuple[int, int]] = []
    for rx, metrics in _METRIC_RX:
        for m in rx.finditer(bullet):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue  # a longer phrase already claimed these words ("net interest income" over "income")
            taken.append((m.start(), m.end()))
            spans.append((m.start(), m.end(), metrics))
    if not spans:
        return None
    if any(metrics == {"dividend"} for _, _, metrics in spans):
        # "dividend of $0.40 per share, up 21%": per-share words name the dividend, not EPS.
        spans = [(a, b, m | {"dividend"} if m == {"eps"} else m) for a, b, m in spans]
    before = [s for s in spans if s[1] <= pos]
    if before:
        return max(before, key=lambda s: s[1])[2]
    # Bullets name the metric before the figure; one just after counts ("$2.3 billion in sales").
    after = [s for s in spans if pos <= s[0] <= pos + 25]
    return min(after, key=lambda s: s[0])[2] if after else None


_TOLERANCE = re.compile(r"plus\s+or\s+minus|give\s+or\s+take|\+/|±", re.I)


def fact_values(fact) -> list[Decimal]:
    vals = [v for v in (fact.value, fact.low, fact.high) if v is not None]
    if fact.low is not None and fact.high is not None and _TOLERANCE.search(fact.text or ""):
        # "$4.07, plus or minus $0.01" is the range 4.06-4.08, and states its centre and its tolerance
        vals += [(fact.low + fact.high) / 2, (fact.high - fact.low) / 2]
    return vals + [-v for v in vals if v < 0]


# What a Reuters bullet says about a number besides its metric: outlook or result, the period, the direction.
# Read only where the bullet says it plainly; a number the bullet is silent about is not judged.
_OUTLOOK_CUE = re.compile(
    r"\b(?:sees|see|expects?|expected|expecting|outlook|guidance|guides?|forecasts?|projects?|projected|"
    r"anticipates?|anticipated|estimates|believes|plans|targets?|targeting|reaffirm\w*|reiterat\w*|"
    r"maintain\w*|raises|raised|raising|lowers|lowered|lowering|narrows|narrowed|expectations?|projecting|"
    r"forecasting|planned|view|will|updated|estimated)\b", re.I)
_ESTIMATE_CUE = re.compile(r"\b(?:ibes|consensus|estimates?\s+of|analysts?'?\s+(?:estimate|expect)\w*)\b", re.I)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PERIOD_CUE = re.compile(
    r"\b(?:(?:q(?P<q>[1-4])|(?P<qw>first|second|third|fourth)[\s-]+quarter)"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|fy\s*)?(?P<qy>20\d\d))?"
    r"|(?:fy|fiscal(?: year)?|full[- ]year)\s*(?P<fy>20\d\d)"
    r"|(?<!\d, )(?<!\d,)(?P<y>20\d\d)"
    r"|(?P<qtr>qtrly|quarterly))\b", re.I)
# A figure given for comparison ("..., compared with $125 million") belongs to another period than the bullet's.
_COMPARED = re.compile(r"\b(?:compared (?:with|to)|versus|vs\.?|from)\s+[$€£]?\s*$", re.I)
_UP_CUE = re.compile(r"\b(?:rose|rises|rise|up|increased|increases|grew|grows|gained|climbed|jumped|higher)"
                     r"\s+(?:by\s+|about\s+|approximately\s+)?$", re.I)
_DOWN_CUE = re.compile(r"\b(?:fell|falls|fall|down|decreased|decreases|declined|declines|dropped|lower)"
                       r"\s+(?:by\s+|about\s+|approximately\s+)?$", re.I)


def bullet_cues(bullet: str, pos: int, call_year: int | None, call_quarter: int | None) -> dict:
    """What the bullet says about the number at `pos`: kind ("actual"/"outlook"/"estimate"), period
    ((fiscal_year, quarter or None) or None when unsaid) and direction ("up"/"down" or None)."""
    before = bullet[:pos]
    if _ESTIMATE_CUE.search(before[-40:]):
        kind = "estimate"
    elif _OUTLOOK_CUE.search(before):
        kind = "outlook"
    else:
        kind = "actual"
    period = None
    cues = list(_PERIOD_CUE.finditer(before))
    if cues and call_year is not None and not _COMPARED.search(before):
        m = cues[-1]
        if m["fy"] or m["y"]:
            period = (int(m["fy"] or m["y"]), None)
        elif (m["q"] or m["qw"]) and call_quarter is not None:
            q = int(m["q"]) if m["q"] else _ORDINAL[m["qw"].lower()]
            if m["qy"]:
                period = (int(m["qy"]), q)
            elif kind == "outlook":
                period = (call_year if q > call_quarter else call_year + 1, q)
            else:
                period = (call_year if q <= call_quarter else call_year - 1, q)
        elif m["qtr"] and kind == "actual" and call_quarter is not None:
            period = (call_year, call_quarter)
    direction = None
    if _UP_CUE.search(before[-30:]):
        direction = "up"
    elif _DOWN_CUE.search(before[-30:]):
        direction = "down"
    return {"kind": kind, "period": period, "direction": direction}


def fact_agrees(fact, cues: dict) -> dict[str, bool]:
    kind = _enum(fact.kind)
    out = {"kind": (kind == "actual") == (cues["kind"] == "actual")}
    if cues["period"] is not None:
        year, quarter = cues["period"]
        p = fact.period
        out["period"] = (p is not None and p.fiscal_year == year and p.quarter == quarter
                         and not p.half and not p.ytd)
    if cues["direction"] is not None:
        d = _enum(fact.direction)
        negative = any(v is not None and v < 0 for v in (fact.value, fact.low, fact.high))
        out["direction"] = (d == cues["direction"]) or (cues["direction"] == "down" and negative and d != "up")
    return out


@dataclass
class EctsumResult:
    files: int = 0
    gold: int = 0
    in_doc: int = 0
    value_hits: int = 0
    metric_known: int = 0
    metric_hits: int = 0
    stated: int = 0
    stated_hits: int = 0
    by_parser: int = 0
    """Calls read by ecta's `sentences` parser; the rest were built by this script."""
    facts: int = 0
    seconds: float = 0.0
    misses: list[dict] = field(default_factory=list)
    judged: Counter = field(default_factory=Counter)
    """How many matched numbers the bullet says something about, per field (kind, period, direction, all)."""
    agreed: Counter = field(default_factory=Counter)
    disagreements: list[dict] = field(default_factory=list)

    def summary(self) -> dict:
        return {
            "files": self.files,
            "read_by_sentences_parser": self.by_parser,
            "gold_numbers": self.gold,
            "gold_numbers_in_transcript": self.in_doc,
            "value_recall": _ratio(self.value_hits, self.in_doc),
            "metric_match_recall": _ratio(self.metric_hits, self.metric_known),
            "metric_known": self.metric_known,
            "gold_numbers_stated": self.stated,
            "value_recall_stated": _ratio(self.stated_hits, self.stated),
            "facts": self.facts,
            "seconds": round(self.seconds, 1),
            "agreement": {k: _ratio(self.agreed[k], n) for k, n in sorted(self.judged.items())},
            "judged": dict(sorted(self.judged.items())),
        }


def judge_cues(res: EctsumResult, name: str, bullet: str, g, close: list, transcript) -> None:
    """Count whether some fact with the bullet's value (and metric, when the bullet names one) agrees with
    what the bullet says of its kind, period and direction."""
    pos = _num_pos(bullet, g.text)
    meta = transcript.meta
    cues = bullet_cues(bullet, max(pos, 0), meta.fiscal_year, meta.fiscal_quarter)
    if cues["kind"] == "estimate":
        return
    pool = [f for f in close if g.metrics is None or f.metric in g.metrics] or close
    verdicts = [fact_agrees(f, cues) for f in pool]
    fields = list(verdicts[0])
    for k in fields:
        res.judged[k] += 1
        res.agreed[k] += any(v[k] for v in verdicts)
    res.judged["all"] += 1
    ok = any(all(v.values()) for v in verdicts)
    res.agreed["all"] += ok
    if not ok:
        res.disagreements.append({
            "file": name, "bullet": bullet, "number": g.text,
            "want": {"kind": cues["kind"], "period": cues["period"], "direction": cues["direction"]},
            "got": sorted({f"{f.metric} {_enum(f.kind)} {f.period.label if f.period else '-'}"
                           f" {_enum(f.direction) or ''} L{f.line}" for f in pool})[:3],
        })


def _num_pos(bullet: str, text: str) -> int:
    for m in _NUMBER.finditer(bullet):
        if m["num"].replace(",", "") == text:
            return m.start()
    return -1


def eval_ectsum(root: Path, extract, limit: int | None = None) -> EctsumResult:
    res = EctsumResult()
    start = time.perf_counter()
    names = sorted(p.name for p in (root / "ects").glob("*.txt"))[:limit]
    for name in names:
        doc = (root / "ects" / name).read_text(encoding="utf-8", errors="replace")
        gold_path = root / "gt_summaries" / name
        if not gold_path.exists():
            continue
        bullets = [b.strip() for b in gold_path.read_text(encoding="utf-8", errors="replace").splitlines() if b.strip()]
        res.files += 1
        transcript = sentences_transcript(root / "ects" / name, doc)
        res.by_parser += transcript.meta.source_format == "sentences"
        facts = extract(transcript)
        res.facts += len(facts)
        doc_nums = document_numbers(doc)
        doc_vals = document_values(doc)
        for bullet in bullets:
            for g in gold_numbers(bullet):
                res.gold += 1
                if g.text not in doc_nums:
                    continue  # computed by the reporter: no extractor can find it
                res.in_doc += 1
                close = [f for f in facts if any(abs(v - g.value) <= g.tolerance for v in fact_values(f))]
                if close:
                    res.value_hits += 1
                # The string may occur by coincidence ("1.46" of "$1.46 billion" for an EPS of $1.46).
                stated = any(abs(v - g.value) <= g.tolerance for v in doc_vals)
                res.stated += stated
                res.stated_hits += stated and bool(close)
                if close:
                    judge_cues(res, name, bullet, g, close, transcript)
                if g.metrics is not None:
                    res.metric_known += 1
                    if any(f.metric in g.metrics for f in close):
                        res.metric_hits += 1
                        continue
                elif close:
                    continue
                res.misses.append({
                    "file": name, "bullet": bullet, "number": g.text, "value": str(g.value),
                    "metrics": sorted(g.metrics) if g.metrics else None,
                    "why": "value" if not close else "metric",
                    "stated": stated,
                    "found": sorted({f"{f.metric}={f.value if f.value is not None else f.low}" for f in close})[:4],
                    "lines": [i for i, line in enumerate(doc.splitlines(), 1) if g.text in line.replace(",", "")][:3],
                })
    res.seconds = time.perf_counter() - start
    return res


# --------------------------------------------------------------------------------------------------
# The hand-labelled set
# --------------------------------------------------------------------------------------------------

def _dec(s: str | None) -> Decimal | None:
    return None if s is None else Decimal(str(s))


def period_key(label: str | None) -> str | None:
    """One spelling per period: "FY 2025" and "FY2025" agree; "YTD Q3 2025" is "YTD 2025" (docs/facts.md)."""
    if label is None:
        return None
    key = re.sub(r"\s+", " ", label.strip().upper())
    key = re.sub(r"^FY\s*(\d{4})$", r"FY\1", key)
    return re.sub(r"^YTD (?:Q[1-4] )?(\d{4})$", r"YTD \1", key)


def _enum(v) -> str | None:
    return None if v is None else getattr(v, "value", v)


@dataclass
class Item:
    """A label or a prediction, reduced to the fields the score compares."""

    file: str
    line: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    metric: str
    period: str | None
    kind: str
    basis: str | None
    change: str | None
    unit: str | None
    approx: bool
    text: str

    @property
    def amount(self) -> tuple:
        return (self.value, self.low, self.high)

    def show(self) -> str:
        amount = str(self.value) if self.value is not None else f"{self.low}..{self.high}"
        return (f"{self.metric} {amount} {self.unit or ''} [{self.period or '-'}] {self.kind}"
                f" basis={self.basis or '-'} change={self.change or '-'}")


def read_labels(root: Path) -> list[Item]:
    items = []
    for row in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not row.strip():
            continue
        d = json.loads(row)
        items.append(Item(d["file"], d["line"], _dec(d.get("value")), _dec(d.get("low")), _dec(d.get("high")),
                          d["metric"], period_key(d.get("period")), d["kind"], d.get("basis"), d.get("change"),
                          d.get("unit"), bool(d.get("approx")), d["text"]))
    return items


def from_fact(file: str, fact) -> Item:
    return Item(file, fact.line, fact.value, fact.low, fact.high, fact.metric,
                period_key(fact.period.label if fact.period else None), _enum(fact.kind), _enum(fact.basis),
                _enum(fact.change), fact.unit, bool(fact.approx), fact.text)


def same_amount(a: Item, b: Item) -> bool:
    def eq(x: Decimal | None, y: Decimal | None) -> bool:
        return x == y if x is None or y is None else x.compare(y) == 0

    return all(eq(x, y) for x, y in zip(a.amount, b.amount))


FIELDS = ("metric", "period", "kind", "basis", "change", "unit", "approx")
LEVELS = {
    "value": (),
    "value+unit": ("unit",),  # a figure in the wrong currency is a wrong figure, whatever its metric
    "value+period+kind": ("period", "kind"),
    "metric+value+period+kind+basis": ("metric", "period", "kind", "basis"),
}


def pair(labels: list[Item], preds: list[Item]) -> tuple[list[tuple[Item, Item]], list[Item], list[Item]]:
    """One-to-one pairs on (file, line, amount); among several candidates the one agreeing on most fields."""
    free = defaultdict(list)
    for p in preds:
        free[(p.file, p.line)].append(p)
    pairs, missed = [], []
    for lab in labels:
        cands = [p for p in free[(lab.file, lab.line)] if same_amount(lab, p)
                 and (lab.amount != (None, None, None) or p.metric == lab.metric)]
        if not cands:
            missed.append(lab)
            continue
        best = max(cands, key=lambda p: sum(getattr(p, f) == getattr(lab, f) for f in FIELDS))
        free[(lab.file, lab.line)].remove(best)
        pairs.append((lab, best))
    spurious = [p for ps in free.values() for p in ps]
    return pairs, missed, spurious


@dataclass
class LabelledResult:
    labels: int
    predictions: int
    scores: dict
    confusion: dict
    per_file: dict
    missed: list[Item]
    spurious: list[Item]
    wrong: list[tuple[Item, Item, list[str]]]
    seconds: float

    def summary(self) -> dict:
        return {"labels": self.labels, "predictions": self.predictions, "scores": self.scores,
                "confusion": self.confusion, "per_file": self.per_file, "seconds": round(self.seconds, 1)}


def eval_labelled(root: Path, extract) -> LabelledResult:
    import ecta

    start = time.perf_counter()
    labels = read_labels(root)
    files = sorted({lab.file for lab in labels})
    preds = []
    for name in files:
        transcript = ecta.parse(root / "transcripts" / name)
        preds += [from_fact(name, f) for f in extract(transcript)]
    pairs, missed, spurious = pair(labels, preds)
    scores = {}
    for level, fields in LEVELS.items():
        tp = sum(all(getattr(lab, f) == getattr(p, f) for f in fields) for lab, p in pairs)
        scores[level] = {"precision": _ratio(tp, len(preds)), "recall": _ratio(tp, len(labels)), "tp": tp}
    confusion: dict[str, Counter] = {f: Counter() for f in FIELDS}
    wrong = []
    for lab, p in pairs:
        bad = [f for f in FIELDS if getattr(lab, f) != getattr(p, f)]
        for f in bad:
            confusion[f][f"{getattr(lab, f)} -> {getattr(p, f)}"] += 1
        if bad:
            wrong.append((lab, p, bad))
    per_file = {}
    for name in files:
        n_lab = sum(lab.file == name for lab in labels)
        n_pred = sum(p.file == name for p in preds)
        tp = sum(lab.file == name for lab, _ in pairs)
        per_file[name] = {"labels": n_lab, "predictions": n_pred, "value_recall": _ratio(tp, n_lab),
                          "value_precision": _ratio(tp, n_pred)}
    return LabelledResult(len(labels), len(preds), scores,
                          {f: dict(c.most_common()) for f, c in confusion.items()}, per_file,
                          missed, spurious, wrong, time.perf_counter() - start)


# --------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------

def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}%"


def print_ectsum(res: EctsumResult, show: int, split: str = "val") -> None:
    s = res.summary()
    print(f"ECTSum {split}: {s['files']} calls ({s['read_by_sentences_parser']} read by the sentences parser,"
          f" the rest built here), {s['facts']} facts extracted, {s['seconds']} s")
    print(f"  gold-bullet numbers: {s['gold_numbers']}, of which in the transcript: {s['gold_numbers_in_transcript']}")
    print(f"  value recall         {_pct(s['value_recall'])}  ({res.value_hits}/{res.in_doc})")
    print(f"  ... of numbers whose scaled value the transcript states: {_pct(s['value_recall_stated'])}"
          f"  ({res.stated_hits}/{res.stated})")
    print(f"  metric-match recall  {_pct(s['metric_match_recall'])}  ({res.metric_hits}/{res.metric_known};"
          f" {res.in_doc - res.metric_known} numbers whose bullet names no mappable metric left out)")
    for k, n in sorted(res.judged.items()):
        print(f"  agreement: {k:10s} {_pct(_ratio(res.agreed[k], n))}  ({res.agreed[k]}/{n} matched numbers whose"
              f" bullet says it)")
    if show:
        print(f"  disagreements with the bullet (first {show} of {len(res.disagreements)}):")
        for d in res.disagreements[:show]:
            print(f"    {d['file']}: {d['number']} in \"{d['bullet']}\"  want {d['want']}  got {d['got']}")
        print(f"  misses (first {show} of {len(res.misses)}; value misses first):")
        for m in sorted(res.misses, key=lambda m: (m["why"] != "value", not m["stated"], m["file"]))[:show]:
            tag = m["why"] + ("" if m["stated"] or m["why"] != "value" else ", string only")
            print(f"    [{tag}] {m['file']}: {m['number']} in \"{m['bullet']}\"  want {m['metrics']}"
                  f"  found {m['found']}  doc lines {m['lines']}")


def print_labelled(res: LabelledResult, show: int) -> None:
    print(f"Labelled set: {res.labels} labels, {res.predictions} predictions, {res.seconds:.1f} s")
    for level, sc in res.scores.items():
        print(f"  {level:32s} precision {_pct(sc['precision'])}  recall {_pct(sc['recall'])}")
    print("  per file (value):")
    for name, d in res.per_file.items():
        print(f"    {name:34s} labels {d['labels']:3d}  predictions {d['predictions']:3d}"
              f"  recall {_pct(d['value_recall'])}  precision {_pct(d['value_precision'])}")
    print("  confusion on paired facts (label -> prediction):")
    for f, counts in res.confusion.items():
        if counts:
            top = ", ".join(f"{k}: {v}" for k, v in list(counts.items())[:8])
            print(f"    {f:7s} {sum(counts.values()):3d}  {top}")
    if show:
        print(f"  missed labels ({len(res.missed)}):")
        for lab in res.missed[:show]:
            print(f"    {lab.file}:{lab.line} \"{lab.text}\"  {lab.show()}")
        print(f"  spurious predictions ({len(res.spurious)}):")
        for p in res.spurious[:show]:
            print(f"    {p.file}:{p.line} \"{p.text}\"  {p.show()}")
        print(f"  paired with wrong fields ({len(res.wrong)}):")
        for lab, p, bad in res.wrong[:show]:
            print(f"    {lab.file}:{lab.line} \"{lab.text}\" {','.join(bad)}\n"
                  f"        want {lab.show()}\n        got  {p.show()}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("ectsum", "labelled", "both"), default="both")
    ap.add_argument("--ectsum", type=Path, default=DEFAULT_ECTSUM, help="ECTSum split (with ects/, gt_summaries/)")
    ap.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED, help="labelled set (labels.jsonl, transcripts/)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N ECTSum calls")
    ap.add_argument("--show", type=int, default=0, help="list up to N misses per part")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)

    extract = load_extractor()
    if extract is None:
        msg = "ecta.extract_facts is not available yet: nothing to measure"
        print(json.dumps({"error": msg}) if args.json else msg)
        return 0
    out: dict = {}
    if args.part in ("ectsum", "both"):
        if (args.ectsum / "ects").is_dir():
            res = eval_ectsum(args.ectsum, extract, args.limit)
            out["ectsum"] = res.summary() | ({"misses": res.misses[: args.show]} if args.show else {})
            if not args.json:
                print_ectsum(res, args.show, args.ectsum.resolve().name)
        elif not args.json:
            print(f"ECTSum: {args.ectsum} not found, skipped")
    if args.part in ("labelled", "both"):
        lres = eval_labelled(args.labelled, extract)
        out["labelled"] = lres.summary()
        if args.show:
            out["labelled"]["missed"] = [vars(x) for x in lres.missed[: args.show]]
            out["labelled"]["spurious"] = [vars(x) for x in lres.spurious[: args.show]]
        if not args.json:
            print_labelled(lres, args.show)
    if args.json:
        print(json.dumps(out, indent=2, default=str))
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `... | head` ends the output quietly
    sys.exit(main())
