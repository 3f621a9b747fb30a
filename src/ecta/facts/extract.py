"""Sentences to facts: each figure tied to its metric, change, period, kind and basis.

The rules are local and ordered: the clause around a figure decides first, the sentence next, the
paragraph and the call last. `Context` carries what the call says about itself.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ..model import Basis, Change, Direction, Fact, FactKind, Period, Role, Section
from . import periods as P
from .context import BASIS_CUES, PAST, asks_outlook, basis_of, kind_cues
from .guard import OnLowered, any_in, guarded
from .numbers import Quantity, find_quantities
from .taxonomy import COUNT_METRICS, DAYS_METRICS, MONEY_METRICS, NEGATING, PERCENT_METRICS, PNL_METRICS, RATIO_METRICS, metric_cues


@dataclass
class Context:
    """What a sentence needs to know about its call and speaker."""

    fiscal_year: int | None = None
    fiscal_quarter: int | None = None
    fiscal_half: int | None = None
    """Set for a half-year call (interim results), whose figures default to that half."""
    section: Section | None = None
    role: Role = Role.CORPORATE
    basis: Basis | None = None
    """A call-level basis statement ("all figures are non-GAAP unless noted")."""
    basis_scope: frozenset[str] | None = None
    """The metrics that statement covers ("all margins and earnings figures"); None for every P&L figure."""
    currency: str = "USD"
    speaker: str | None = None
    turn: int | None = None
    segments: re.Pattern[str] | None = None
    """Segment names the call uses ("Technical Textiles revenue"), so "Technical Textiles grew 18%" is segment revenue."""
    asked_outlook: bool = False
    """An answer to an analyst's question about the outlook: "For the first quarter, gross margin in the 44% range"."""
    asked_period: Period | None = None
    """The period ahead that question named, for an answer that names none."""
    quarter_end: int | None = None
    """The month (1-12) the call's quarter ends, where the call says it ("for the quarter ended September 30")."""
    call_month: int | None = None
    """The month the call is held in: a month named as a period that is this one lies after the call's quarter."""
    question: str = ""
    """That question's text, whose one metric is read only when an answer's figure names none."""
    asked_metric: tuple[str, str] | None = None
    """The one metric that question named ("What are you assuming for the tax rate?"), for an answer's first figure
    that names none ("Think of it as 21% to 22%.")."""


@dataclass
class State:
    """What the previous figures of the paragraph said, for figures that say nothing themselves."""

    period: Period | None = None
    future: bool = False
    metric: str | None = None
    kind: FactKind | None = None
    had_period: bool = False
    unit: str | None = None
    phrase: str = ""
    basis: Basis | None = None
    """The basis of the last figure whose metric a later sentence may carry on."""
    lead_basis: Basis | None = None
    """"On a non-GAAP basis, ..." opening a paragraph's sentence: the basis of the P&L figures that follow."""
    count_ref: Decimal | None = None
    """The size of the paragraph's last count, for a bare number said of it again ("The Street is at 845,000")."""
    heading: Period | None = None
    """A quarter ahead named by a heading sentence ("Now to the fourth quarter."): "the quarter" after it is that one."""
    outlook: Period | None = None
    """The period of the paragraph's last outlook figure: "We are raising our full-year outlook ... At current rates,
    currency should add 0.5 points, so we now expect revenue of ..." is still the full year."""


# The end mark is matched, not looked behind for: a pattern that starts with a character class lets the
# engine skip straight to the candidates instead of trying every position of the paragraph.
_SENT_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z0-9$€£])")
_ABBREV_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Inc|Corp|Co|Ltd|vs|approx|No|St|Jr|Sr|U\.S|e\.g|i\.e|etc|Fig|Mt|Nos|est|Rs|Ps|Mn|Bn|Cr|ca|Rp|Sh)\.|\b[A-Z]\.)$")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; offsets index into `text` so a sentence keeps its line."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        piece = text[start:m.start() + 1]
        # The pattern is anchored at the end and its longest form is 7 characters: scan only the tail
        # (\b still sees the character before `pos`).
        if _ABBREV_END.search(piece, max(0, len(piece) - 12)):
            continue
        if piece.strip():
            out.append((start, piece))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


_CLAUSE_BREAK = re.compile(r";|:\s|,\s+(?:and|but|while|whereas|although|though|which|with|so)\s|\s(?:while|whereas|but)\s|\.\s|—|\s–\s|\s-\s")
_COUNT_AFTER = re.compile(
    r"\s*(?:(?:new|net|active|paying|paid|total|additional|more|unique|retail|full-time|enterprise|million|billion|thousand|[A-Z][\w-]*)\s+){0,3}"
    r"(?:(?!(?:of|in|for|per|a|an|the|to|and|or|from|at|by|on|with|our|their|its|this|that|were|was|are|is)\b)[a-z][\w-]*\s+){0,2}"
    r"(customers?|clients?|subscribers?|subs|users|members|employees|people|associates|stores|restaurants|locations|branches|"
    r"units|homes|vehicles|wafers|accounts|merchants|advertisers|hospitals|patients|sites|doors|outlets|clinics|hotels|rooms|"
    r"properties|shipments|devices|systems|orders|contracts|deals|partners|logos|transactions|projects|installations|"
    r"connections|lines|households|policies|loans|leases|meters|openings|closures|closings|remodels|relocations|tons|barrels|ounces|pounds|megawatts|MW|GW|seats|boe(?:/d|pd)?|bbls?(?:/d)?|b/d|"
    r"M{0,2}cfe?(?:/d)?|Bcfe?(?:/d)?|MMBtu|licenses|downloads|visits|trucks|aircraft|rigs|wells|"
    r"cases|physicians|doctors|prescribers|practitioners|providers|dealers|franchisees|distributors|countries|markets|cities|"
    r"team\s+members|workers|staff|hires|jobs|beds|units|cars|vessels|ships|planes|routes|flights|passengers|guests|"
    r"tickets|bookings|nights|games|titles|apps|products|SKUs|brands|facilities|plants|factories|warehouses|centers|"
    r"branches|ATMs|cards|claims|members|schools|students|sites|towers|miles|kilometers|acres|square\s+feet|"
    r"tests|vaccines|doses|gallons|liters|litres|tonnes|boxes|packages|parcels|meals|impressions|streams|"
    r"prescriptions|scripts|procedures|treatments|kits|bottles|pairs|pieces|items|advisors|advisers|agents|reps|"
    r"representatives|engineers|salespeople|bankers|brokers|consultants|professionals|nurses|drivers|pilots|technicians|"
    r"underwriters|analysts|scientists|developers|specialists|recruiters|shares|communities|lots|homesites|shipsets|interceptors|"
    r"missiles|satellites|engines|airframes|turbines|rigs|mines|plants|vessels|stations|stalls|chargers|"
    r"(?:giga|mega|tera)watt[-\s]hours|GWh|MWh|TWh|[A-Z][a-z]*(?:maxes|sizes)|VLCCs|"
    r"approvals|readouts|(?:molecular\s+)?entities|molecules|compounds|indications|filings|launches|"
    r"carloads|railcars|locomotives|trains|trainees|apprentices|conductors|berths|cabins|(?:passenger\s+)?cruise\s+days|APCDs|ALBDs|"
    r"containers|TEUs|pallets|deliveries|installs|subscriptions|seats)\b",
)
# Any plural noun right after a bare number counts something ("612,000 carloads", "65 new locomotives", "240 conductor
# trainees", "71,400 lower berths"), where the closed list above does not know the industry's word: up to three
# modifiers, no function word between, and a head that is not time, a slide, a question or a word for ideas.
_PLURAL_AFTER = re.compile(
    r"\s*(?:(?!(?:of|in|for|per|a|an|the|to|and|or|from|at|by|on|with|our|their|its|this|that|these|those|were|was|are|is|be|been|"
    r"we|you|they|it|as|than|more|less|fewer|over|under|about|around|each|every|which|who|what|when|where|while|if|so|but|not|no|"
    r"all|both|other|such|same|into|out|up|down|off|per|will|would|could|should|can|may|have|has|had|do|does|did)\b)[A-Za-z][\w&-]*\s+){0,3}?"
    r"([a-z][a-z-]*[a-z]s(?<!ss)(?<!us)(?<!is)|[A-Z]{2,}s)\b(?![-'’])")
_NOT_COUNTED = frozenset(
    "years months weeks days hours minutes seconds quarters halves decades times nights points percent basis cents dollars euros "
    "pounds slides pages sections chapters questions follow-ups things reasons ways priorities areas factors topics steps parts "
    "pillars phases examples words comments calls remarks segments categories buckets drivers levers themes components elements "
    "dimensions aspects issues ones others folks guys ideas options scenarios sessions meetings conversations conferences rounds "
    "tranches bps basis-points percentage-points notches turns multiples rates results numbers figures metrics levels terms "
    "years-old lbs kgs kilograms grams degrees feet inches meters metres miles-per-hour mph knots gigs stars ratings grades "
    # verbs in the third person look like plurals: "the midpoint of 232,000 implies about 63,000"
    "implies means represents includes reflects remains compares equates translates brings puts gets makes takes gives "
    "shows suggests leaves goes comes looks seems says assumes excludes covers adds requires contains needs was has does "
    "gas plus thus its this his continues provides "
    # money and rates are not counted by a bare number: "fiscal 22 sales", "the 6.18 programs" aside
    "sales earnings revenues margins savings profits costs expenses returns proceeds losses gains taxes prices yields "
    "volumes flows inflows outflows dividends assets liabilities deaths infections hospitalizations emissions calories".split())
"""Heads that are time, units of measure, parts of the call or words for ideas: "3 consecutive quarters", "two key
priorities", "4 reasons". A count in millions of days or nights is a volume ("6.9 million passenger cruise days",
"1.2 million room nights"), not a duration."""
_OBJECT_AFTER = re.compile(r"\s+(?:(?:a|an|the|about|roughly|approximately|around|that|this|our|us|we|you|it)\b|\d|[$€£¥])", re.I)
_NAMED_BEFORE = re.compile(r"(?:[^\s.]\s+[A-Z][\w&-]*|\b(?i:day|days|group|phase|level|tier|model|number|no\.|version|class|category|series|top|step|stage|gen|generation))\s*$")
_SIZE_WORD = re.compile(r"\b(?:square|sq\.?|foot|feet|acres?|miles?|kilo\w+|mega\w+|giga\w+|volts?|watts?|inch(?:es)?|meters?|metres?|"
                        r"bed|room|story|storey|unit|seat|megawatt|ton|tonne|gallon|barrel|pound|ounce|hour|minute|day|week|month|year|percent)\b", re.I)
_WHOLE_SET = re.compile(r"\b(?:all|of\s+the|of\s+only|one\s+of|only)\s+$", re.I)
_RANKED = re.compile(r"\b(?:\w+est|most|top|first|last|next|past|prior|previous|consecutive|straight|remaining|additional\s+years?)\b", re.I)


def _listed_count(s: str, q: Quantity):
    """`_COUNT_AFTER`'s count noun after the figure, unless the words between give the size of each ("150,000 square
    foot warehouses", "10 year contracts")."""
    m = _COUNT_AFTER.match(s, q.end)
    if m is not None and m.start(1) - q.end > 1 and _SIZE_WORD.search(s, q.end, m.start(1)):
        return None
    return m


def _plural_count(s: str, q: Quantity):
    """The plural noun a bare number counts, where `_COUNT_AFTER`'s list has none: the match (group 1 the head) or None."""
    if q.unit is not None or q.kind != "number" or q.value is None or q.value < 1:
        return None
    m = _PLURAL_AFTER.match(s, q.end)
    if m is None:
        return None
    head = m.group(1).lower()
    if _OBJECT_AFTER.match(s, m.end()):
        return None  # "232,000 implies about 63,000": a verb with its object, not a noun
    volume = q.scaled and head in ("days", "nights", "hours")
    if head in _NOT_COUNTED and not volume:
        return None
    if not q.scaled and "." in q.text:
        return None  # things are counted in whole numbers: "the 6.18 programs" is a date
    before = s[max(0, q.start - 24):q.start]
    if _WHOLE_SET.search(before):
        return None  # "across all 3 businesses", "50 of the 68 universities", "one of only 37 companies": a set, not a figure
    if before.endswith(("'", "’", "-", "–")) or _NAMED_BEFORE.search(before):
        return None  # "'21 sales": a year; "the Boeing 787", "day 1 requirements", "Group 3": a name, not a count
    if _SIZE_WORD.search(s, q.end, m.start(1)):
        return None  # "100,000 square foot expansions", "135 kilowatt chargers": the size of each, not how many
    if _RANKED.search(s, q.end, m.start(1)) or re.match(r"\s*(?:[A-Za-z]+\s+)*?(?:years?|months?|weeks?)\b", s[q.end:m.start(1)]):
        return None  # "the 10 largest banks", "3 straight quarters"
    if not q.scaled and "," not in q.text and q.value == q.value.to_integral_value() and 1980 <= q.value <= 2049:
        return None  # "2026 deliveries": a year
    return m


_NOUN_DIRECTION = re.compile(r"\s*(?:higher|lower|upper|better|worse|fewer|less|more)\s", re.I)
_NOT_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:slide|slides|page|pages|question|questions|No\.|number|item|items|section|chapter|rule|Form|Note|version|phase|tier|"
    r"level|class|series|step|age|aged|ages|age\s+of|(?<!in\s)line|lines|extension|ext\.|room|suite|floor|route|model|Section|Article|Exhibit|top|"
    r"covid|COVID|ASC|IFRS|Basel)\s*#?|#)$",
    re.I,
)
_NOT_FIGURE_AFTER = re.compile(
    r"^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|years?\s+old|year-old|questions?|follow-ups?|minutes?|hours?|seconds?|people\s+on|analysts?|slides?|(?:st|nd|rd|th)\b))",
    re.I,
)

_PRODUCT_AFTER = re.compile(
    r"(?:[A-Za-z]|[-\s](?:gig|gigs|gigabits?|gigabytes?|terabits?|terabytes?|megabits?|nanometers?|nanometres?|nm|millimeters?|millimetres?|mm|"
    r"inch|inches|GHz|MHz|Gbps|Mbps|Tbps|G|GB|TB|kW|kWh|MW|W|core|bit|K)\b)")
_UP = r"wider|widened|up|increased?|increasing|grew|grow(?:n|th|ing|s)?|rose|rising|rise|expanded|expansion|expand(?:ing)?|improved|improv(?:e|ement|ing)|higher|gain(?:ed|s)?|jumped|climbed|added|accelerat(?:ed|ion)|better|more|uplift|benefit(?:ed)?"
_DOWN = r"down|cut|decreased?|decreasing|declined?|declining|fell|fall(?:ing)?|dropped|drop|contracted|contraction|lower|fewer|reduc(?:ed|tion)|shrank|slipped|compressed|compression|headwind|lost|worse|less|deteriorat(?:ed|ion)|erosion|cost\s+us|costs\s+us|took\s+away|takes\s+away|hurt|dragged|weighed|weighing|weighs|pressure|drag|shorter|deleverag(?:e|ed|ing)|tighter|tightened|narrower|lose|loses|losing"
_CHANGE_BEFORE = re.compile(
    rf"\b(?P<w>{_UP}|{_DOWN}|change|swing|delta)\s+(?:of\s+|by\s+|nearly\s+|about\s+|approximately\s+|roughly\s+|some\s+|over\s+|more\s+than\s+|almost\s+|just\s+(?:over|under)\s+|an?\s+|another\s+|a\s+further\s+|something\s+like\s+|(?:a\s+)?solid\s+|(?:a\s+)?strong\s+|(?:a\s+)?robust\s+|a\s+healthy\s+|a\s+very\s+strong\s+|close\s+to\s+|around\s+|sharply\s+|significantly\s+|a\s+bit\s+|slightly\s+|modestly\s+|by\s+|only\s+|just\s+|in\s+the\s+|at\s+an?\s+)*$",
    re.I,
)
_CHANGE_AFTER = re.compile(
    rf"^\s*(?:(?:ahead\s+of|behind|above|below)\s+(?:last\s+year|a\s+year\s+ago|the\s+prior\s+year|the\s+same\s+(?:period|quarter|time)\s+(?:last\s+year|a\s+year\s+ago|of\s+(?:fiscal\s+)?20\d\d|in\s+20\d\d))|(?:year[-\s]over[-\s]year|YoY|y/y|sequential(?:ly)?|quarter[-\s]over[-\s]quarter|QoQ|q/q|organic(?:ally)?|on\s+an?\s+(?:\w+\s+){{0,2}}basis|in\s+constant\s+currency|at\s+constant\s+currency|constant[-\s]currency|reported|as\s+reported|compared\s+(?:to|with)|versus|vs\.?|from\s+(?:the\s+)?(?:prior|last|previous|a\s+year|same)|over\s+(?:the\s+)?(?:prior|last|previous|same)|year\s+on\s+year|"
    rf"(?:\w+\s+)?(?:increase|decrease|decline|growth|improvement|expansion|contraction|reduction|rise|jump|gain|drop|uplift|deterioration|headwind|tailwind|benefit|higher|lower|better|worse))\b|(?:\s+(?:{_UP}|{_DOWN})\b))",
    re.I,
)
_DOWN_RX = re.compile(rf"\b(?:{_DOWN})\b", re.I)
_FLAT_RX = re.compile(r"\b(?:flat|unchanged|stable|in\s+line|similar|consistent|breakeven|break-even|break\s+even)\b", re.I)
_SEQ = re.compile(r"\b(?:sequential(?:ly)?|(?:from|over|versus|vs\.?|compared\s+(?:to|with)|than)\s+(?:the\s+)?(?:prior|last|previous|preceding|linked)\s+quarter|linked[-\s]quarter|on\s+a\s+sequential\s+basis)\b", re.I)
_FROM_QUARTER = re.compile(r"\b(?:from|over|versus|vs\.?|compared\s+(?:to|with)|relative\s+to|than)\s+(?:the\s+|our\s+)?(?:(?:end|close)\s+of\s+(?:the\s+|our\s+)?)?(?:(first|second|third|fourth)[-\s](?:fiscal\s+)?quarter\b(?!\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous|a\s+year|fiscal|20\d\d|\d\d))|Q([1-4])\b(?![\s']*(?:FY|F)?\d))", re.I)
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
_FROM_MONTH = re.compile(
    rf"\b(?:from|since|over|versus|vs\.?|compared\s+(?:to|with)|than)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?(?:{_MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\b"
    r"(?!,?\s+(?:of\s+)?(?:last\s+year|the\s+prior\s+year|a\s+year\s+ago|20\d\d))")
_AT_MONTH = re.compile(
    rf"\s+(?:at|as\s+of|on)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?(?:{_MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\b"
    r"(?!,?\s+(?:of\s+)?(?:last\s+year|the\s+prior\s+year|a\s+year\s+ago|20\d\d))")
""""up $22 million from the end of September": a month-end before the quarter's is the last balance sheet, not a year ago."""
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YOY = re.compile(r"\b(?:year[-\s](?:over|on)[-\s]year|YoY|y/y|a\s+year\s+ago|year[-\s]ago|prior[-\s]year|last\s+year|same\s+(?:quarter|period)|previous\s+year|annual(?:ly)?)\b", re.I)
_QOQ = re.compile(r"\b(?:quarter[-\s](?:over|on)[-\s]quarter|QoQ|q/q)\b", re.I)
_COMPARE_BEFORE = re.compile(r"\b(?:from|compar(?:ed|es|ing)\s+(?:to|with)|versus|vs\.?|against|relative\s+to|up\s+from|down\s+from|as\s+compared\s+(?:to|with))\s+(?:the\s+|a\s+|an\s+)?(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_COMPARE_OF = re.compile(r"\b(?:(?:compar(?:ed|es|ing)\s+(?:to|with)|versus|vs\.?|against|up\s+from|down\s+from)\s+(?:[\w-]+\s+){1,4}?|(?:last|prior|previous)\s+year[’']s\s+(?:[\w-]+\s+){0,2})(?:of|at)\s+(?:about\s+|approximately\s+)?$", re.I)
_TO_LEVEL = re.compile(r"\s+to\s+(?:a\s+(?:record\s+)?)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?", re.I)
_REPLACED_AFTER = re.compile(r"\s*(?:per\s+share\s+)?(?:,\s*)?(?:previously|earlier|before|(?:that\s+|which\s+)?we\s+(?:announced|gave|guided|"
                             r"provided|issued|had\s+(?:expected|guided|forecast)|forecast)|in\s+(?:our\s+)?(?:prior|previous|"
                             r"original|initial|earlier)\s+(?:guidance|outlook|forecast))\b", re.I)
_OUTLOOK_NAMED = re.compile(r"\b(?:guidance|outlook|forecast)\b", re.I)
_OUTLOOK_WORD = re.compile(r"\b(?:guidance|guide|outlook|range|forecast|expect\w*|guided|target\w*|ceiling|floor|goal)\b", re.I)
# ", and we expect ...": a new subject starts a new statement, whose cue is not the earlier figure's
_NEW_SUBJECT = re.compile(r"(?:,\s+|\s)(?:and|but|while|so)\s+(?:we|I|they|you|management)\b|;\s"
                          r"|,\s+(?:and|but|while|so)\s+(?:the|our|this|that|it)\b|\s(?:and|but)\s+(?:the|our)\s+(?:guide|guidance|outlook|forecast)\b", re.I)
_STANDS_NOW = re.compile(r"\s+(?:today|currently|right\s+now|at\s+present|as\s+of\s+(?:today|now|the\s+end\s+of\s+the\s+quarter))\b", re.I)


def _new_subject(s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    return _NEW_SUBJECT.search(s, pos, len(s) if endpos is None else endpos)


# "Our cost of debt is 4.6%": a statement of where things stand, even inside an outlook paragraph
_PRESENT_STATE = re.compile(r"\b(?:is|are|has|have|currently|now|today|so\s+far|remains?|stands?|averages|runs|sits)\b", re.I)
_LEVEL_OF = re.compile(r"\b(?:our|the|its)\s+(?:[\w-]+\s+){1,4}?levels?\s+of\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_COMPARED_AFTER = re.compile(r"\b(?:compared|versus|vs\b|against|above|below|within|inside|exceed\w*|beat|ahead\s+of|short\s+of|shy\s+of|behind|(?:top|high|low|bottom|upper|lower)\s+end|midpoint|middle\s+of|in\s+line)", re.I)
_COMPARE_CUE_BEFORE = re.compile(r"\b(?:from|compared|versus|vs\.?|against|than|relative\s+to|(?:above|below|behind|over|under)(?=\s+(?:the\s+same|last\s+year|the\s+prior|a\s+year\s+ago|the\s+year[-\s]ago|last\s+quarter|the\s+(?:first|second|third|fourth)\s+quarter\s+(?:of\s+|in\s+)?(?:fiscal\s+)?(?:19|20)\d\d|(?:Q[1-4]\s+)?(?:fiscal\s+)?(?:19|20)\d\d\b))|(?:a\s+little|slightly|just|somewhat)\s+(?:under|below|above)|(?:flat|ahead|behind|in\s+line|consistent|even)\s+(?:with|of))\b", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|reach(?:ed|ing)?|at|of|totaled|was|were|is|be|hit)\s+(?:a\s+(?:record|new)\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$", re.I)
_REVISE = re.compile(r"\b(?:rais(?:e|ed|ing)|lower(?:ed|ing)?|increas(?:e|ed|ing)|revis(?:e|ed|ing)|updat(?:e|ed|ing)|narrow(?:ed|ing)?|cut|reduc(?:e|ed|ing)|tighten(?:ed|ing)?)\b", re.I)
_SHARE_OF = re.compile(r"^\s*of\s+(?:our\s+|the\s+|total\s+|net\s+|consolidated\s+)*(?:(?:home|product|service|group)\s+(?:sales\s+)?)?(?:revenues?|sales|turnover|the\s+total|mix)", re.I)
_HEAD_METRICS = frozenset({"gross_margin", "operating_margin", "ebitda_margin", "margin", "price", "tax_rate", "market_share", "roe", "roic",
                           "other"})
_HEAD_OF = re.compile(r"\s+(?:on|of|for|from|in)\s+(?:[\w&-]+\s+){0,4}", re.I)
_CHANGE_IN = re.compile(r"^\s*(?:increase|decrease|rise|decline|growth|improvement|reduction|drop|gain|jump)\s+in\s+(?:our\s+|the\s+|total\s+|net\s+)?$", re.I)
""""on a 35% increase in revenues": the metric the change is of."""
_FOLLOW_LINK = re.compile(r"^\s*(?:(?:of|in|for|from|on)\s+)?(?:(?:the|our|total|net|new|additional|incremental|annual(?:ized)?|organic|adjusted|non-GAAP|GAAP|quarterly|senior|unsecured|secured|convertible)\s+){0,3}$", re.I)
_NEGATIVE_WORD = re.compile(r"\b(?:(?:negative|unfavou?rable)\s+(?:[\w-]+\s+){0,3}?of|negative(?:\s+in\s+the)?|minus|a\s+loss\s+of|loss\s+of|net\s+loss\s+of|(?:net|operating|pre-?tax)\s+losses\s+of|an?\s+\w*\s*loss\s+of|outflows?\s+of|burn\s+of|deficit\s+of|outflows?\s+(?:(?:were|was|totall?ed|came\s+in\s+at|ran\s+at|of)|(?:slowed|narrowed|eased|moderated|improved|shrank|increased|rose|widened|accelerated|grew|fell|declined|dropped)\s+to))\s+(?:about\s+|approximately\s+|roughly\s+|just\s+(?:over|under)\s+|nearly\s+|some\s+)?$", re.I)
""""net outflows of $0.3 billion", "equity outflows slowed to $1.8 billion": money leaving is a negative flow."""
_GUIDANCE_WORDS = re.compile(r"\b(?:guidance|outlook|range|guide|guided|forecast)\b", re.I)
_FLAT_TO = re.compile(r"\bflat\s+to\s+(?:(up|down)\s+)?(?:about\s+|approximately\s+)?$", re.I)
_COST_METRICS = frozenset({"dso", "dio", "operating_expenses", "research_and_development", "sales_and_marketing",
                           "general_and_administrative", "interest_expense", "charge_offs", "provision", "net_debt", "debt"})
_IMPROVE = re.compile(r"\b(?:improv(?:e|ed|es|ing|ement)|better|(?:operating\s+)?leverage|help(?:ed|s)?|benefit(?:ed|s|ted)?)\b", re.I)
# Ratios where lower is better: an improvement in them is a fall.
_OF_EFFECT = re.compile(r"\s+of\s+(?:operating\s+|sales\s+)?(leverage|deleverage|pressure|headwind|drag|tailwind|benefit|improvement|deterioration)\b"
                        r"|\s+of\s+(?:[\w&-]+\s+){1,3}?(contraction|compression|expansion|deterioration|erosion|dilution)\b", re.I)
"""'30 basis points of leverage'; '16 basis points of gross margin contraction' (the effect named after its metric)."""
_THAN_OUTLOOK = re.compile(r"\s+than\s+(?:our\s+|the\s+|we\s+)?(?:guidance|guided|outlook|forecast|expect\w*|plan(?:ned)?|budget\w*|anticipated)", re.I)
_NEG_NOUN_AFTER = re.compile(r"\s+(?:negative|unfavou?rable|adverse)\s+(?:[\w-]+\s+)?(?:comps?|comparables?|impact|effect|contribution|growth|change|swing)\b", re.I)
"""'a low-single-digit negative comp', 'a 3% unfavorable impact': the sign named after the figure."""
_WOULD_BE = re.compile(r"\b(?:which|that)\s+would\s+(?:be|mean|imply)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?$", re.I)
_REVISED_FROM = re.compile(
    r"\s*,?\s*(?:which\s+is\s+|that's\s+|and\s+)?(?:(?:up|down|increased|decreased|raised|lowered|reduced|revised|updated|higher|lower|narrowed)\s+)?"
    r"(?:from|versus|vs\.?|compared\s+(?:to|with)|against)\s+(?:(?:our|the|its|a)\s+)?"
    r"(?:(?:prior|previous|previously\s+(?:issued|announced|provided|given|communicated)|original|earlier|initial|last\s+quarter's|former)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:guidance|guide|outlook|range|forecast|expectations?|estimate)\b"
    r"|(?:[^,;.]|\.(?=\d)){0,40}?\d%?(?:\s+(?:million|billion|thousand|basis\s+points|bps|points))?\s+(?:previously|prior)\b(?![\s-]+(?:year|quarter|period|month)))",
    re.I,
)
"""After a new outlook, the one it replaces: "increased from prior guidance of", "down from 2.5% to 3% previously"."""
_REVISION = re.compile(
    r"\b(?:(?:prior|previous|original|earlier|initial)\s+(?:\w+\s+){0,2}?(?:guidance|guide|outlook|range|forecast)"
    r"|previously(?:\s+(?:issued|announced|provided|given))?\b(?!\s+(?:reported|disclosed|announced\s+(?:acquisition|deal|transaction)))"
    r"|(?:new|updated|revised|raised|increased|lowered|narrowed)\s+(?:\w+\s+){0,2}?(?:guidance|outlook|range|forecast)"
    r"|(?:rais|lower|narrow|updat|revis|increas|reduc|tighten)\w*\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:guidance|outlook|ranges?|forecast))\b",
    re.I,
)
"""A sentence revising an outlook: the figures it gives without period words are the fiscal year's."""
_NEW_OUTLOOK = re.compile(
    r"\b(?:now\s+(?:expect|see|anticipate|project|forecast|estimate)|new\s+(?:[\w-]+\s+){0,2}?(?:guidance|outlook|range)"
    r"|(?:rais|lower|narrow|updat|revis|increas|reduc|tighten)\w*\s+(?:and\s+\w+\s+)?(?:our\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:guidance|outlook|ranges?|forecast|expectations?))\b",
    re.I,
)
"""A new outlook in the sentence: only then is a recalled one beside it the one being replaced (a prior outlook
recalled beside an actual is the reported period's)."""
_REVISED_TARGET = re.compile(
    r"\b(?:increas|narrow|rais|lower|updat|revis|reduc|tighten)(?:e|es|ed|ing)\s+(?:and\s+\w+\s+)?(?:our|the)\s+"
    r"(?:(?!long|longer|medium|mid|multi|three|five|\d)[\w'-]+\s+){0,8}?target(?!s)\s+(?:to|range|of)\b", re.I)
_UPDATING = re.compile(r"\b(?:updat|revis|rais|lower|narrow|tighten)(?:e|es|ed|ing)\s+(?:our\s+|the\s+)?$", re.I)
_FROM_YEAR = re.compile(r"\s+(?:from|over|versus|vs\.?|compared\s+(?:to|with)|relative\s+to)\s+(?:fiscal\s+(?:year\s+)?|full[\s-]year\s+)?(?:19|20)\d\d\b(?!\s+(?:levels?|to)\b)", re.I)
_GROWTH_WORD = re.compile(r"\b(?:grow\w*|grew|accelerat\w*|decelerat\w*|increas\w*|decreas\w*|declin\w*|rose|fell|up|down|gain\w*|expan\w*)\b", re.I)
_OUTLOOK_AGAINST_YEAR = re.compile(
    r"[^;.]{0,20}?\b(?:up|down|an?\s+(?:increase|decrease|rise|decline))?\s*(?:from|compared\s+(?:to|with)|versus|vs\.?)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+)?[$€£]?\d[\d.,]*\s*(?:million|billion|thousand|%)?\s+(?:in|for)\s+"
    r"(?:fiscal\s+(?:year\s+)?|full[\s-]year\s+)?(?P<y>20\d\d)\b", re.I)
"""An outlook set against a year's level ("free cash flow of $600 million, up from $545 million in 2026") is the
following year's."""
_AHEAD_CUE = re.compile(r"\b(?:expect\w*|guid\w*|forecast\w*|outlook|anticipat\w*|should|will|project\w*)\b", re.I)
_OF_A_YEAR = re.compile(r"\s*(?:of|in|last|a\s+year|the\s+prior|the\s+previous|'|’|\d)", re.I)
_INTRODUCES = re.compile(
    r"[^,;.$€£\d]{0,40}?\b(?:guidance|guide|outlook|range|forecast|expectations?|estimate)(?:\s+range)?\s+(?:of|was|is|at|for\s+[^,;.\d]{0,20}?\s+of)?\s*"
    r"(?:between\s+|about\s+|approximately\s+|around\s+|roughly\s+)?(?:[$€£]|[A-Z]{3}\s)?",
    re.I,
)
"""A recalled outlook that names its own figure ("compared to prior guidance of $2.90 to $3.00") is that figure's
cue, not the new figure's before it."""
_NOW_EXPECT = re.compile(r"\b(?:now|still|currently)\s+(?:expect|see|anticipate|project|forecast)", re.I)
"""'we have lifted the bottom end of our range and now expect earnings to be ...': the outlook in force, not the one recalled."""
_PER_OTHER = re.compile(r"\s*(?:per|a|each)\s+(?!share\b|diluted\b|basic\b)[a-z]", re.I)
_OR_AFTER_DOWN = re.compile(r"\s*,?\s+or\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?", re.I)
_PER_UNIT_PRICE = re.compile(r"\s*(?:per|a|/)\s*(?:barrel|bbl|boe|Mcf|Mcfe|MMBtu|ton|tonne|pound|lb|ounce|oz|gallon|MWh|kWh|seat\s+mile|ASM)\b", re.I)
_VERBED = re.compile(r"\b(?P<v>lowered|reduced|cut|decreased|increased|boosted|lifted|improved|trimmed)\s+"
                     r"(?:our\s+|the\s+|its\s+)?(?:(?!(?:from|to|of|in|at|on|for|with|and|or|was|were|is)\b)[\w&-]+\s+){1,2}(?:by\s+)?"
                     r"(?:about\s+|roughly\s+|approximately\s+|nearly\s+)?$", re.I)
""""a change in rate design that reduced earnings $0.19 per share": the verb gives the change, "by" or not."""
_VERB_BY = re.compile(r"\b(?P<v>lower|reduc\w*|cut|trim\w*|decreas\w*|dilut(?:e|es|ing)|erod\w*|slip(?:s|ping)?|rais\w*|increas\w*|improv\w*|boost\w*|lift\w*|grow\w*|grew|expand\w*|shrink\w*)\s+"
                      r"(?:our\s+|the\s+|its\s+|their\s+)?(?:[\w&-]+[\s,]+){0,4}?by\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|another\s+|nearly\s+|some\s+|maybe\s+|perhaps\s+)?$", re.I)
_SHARED_BY = re.compile(r"[\s,]*(?:and|or)\s+(?:[\w&-]+\s+){1,4}?by\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|maybe\s+)?", re.I)
""""reduce A by 2 points and B by about 3 points": the second figure shares the first one's verb."""
_VERB_DOWN = ("lower", "reduc", "cut", "decreas", "shrink", "trim", "dilut", "erod", "slip")
# "takes about $25 million out of revenue", "takes 1.7 points off growth": a figure taken away is a fall
_TAKEN_BEFORE = re.compile(r"\b(?:takes?|took|taking|shaves?|shaved|shaving|knocks?|knocked|knocking)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|another\s+|maybe\s+)?$", re.I)
_TAKEN_AFTER = re.compile(r"\s+(?:out\s+of|off)\b", re.I)
# "net price erosion in Europe of 2% to 3%", "a price cut in Germany of 10%": a named fall, its place between
_FALL_OF = re.compile(r"\b(?:erosion|cut|declines?|decreases?|reductions?|drops?|compression|contraction|deterioration)\s+(?:(?:in|on|at|for|across|to)\s+(?:[\w&'’-]+\s+){1,4}?)?of\s+"
                      r"(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|maybe\s+)?$", re.I)
# "Labor was 31.2% of sales, a 40 basis point improvement": a cost line's share of sales, where better is lower.
_COST_SHARE = re.compile(
    r"\b(?:labor|labour|wages|payroll|occupancy(?:\s+costs?)?|food|beverage|packaging|paper|commodit(?:y|ies)|freight|rent|"
    r"cost\s+of\s+(?:sales|goods(?:\s+sold)?|revenues?)|COGS|expenses?|costs?|G&A|SG&A|overhead)\s+"
    r"(?:\w+\s+){0,2}?(?:was|were|came\s+in\s+at|ran\s+at|ran|represented|equal(?:l?ed)?|of|at)\s+(?:about\s+|approximately\s+|roughly\s+)?"
    r"[\d.]+\s*(?:%|percent|per\s+cent)\s+of\s+(?:total\s+|net\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:sales|revenues?)", re.I)
_SHARE_BASE = re.compile(r"(?:%|percent|per\s+cent)\s+of\s+(?:our\s+|the\s+|total\s+|net\s+)*$", re.I)
_COST_RATIO = re.compile(r"\b(?:(?:expense|loss|cost|churn|attrition|default|delinquency)\s+rates?|churn|(?:combined|expense|loss|efficiency|cost(?:[-\s]to[-\s]income)?|medical(?:\s+care|\s+cost|\s+loss)?|"
                         r"care|benefits?|operating|admin(?:istrative)?(?:\s+expense)?|(?:non-?)?comp(?:ensation)?|payroll|labou?r)\s+ratio|MLR|MCR)\b", re.I)
_LOSS_METRICS = frozenset({"net_income", "eps", "operating_income", "ebit", "ebitda", "gross_profit", "other"})
_AMOUNT_ONLY = frozenset({
    "debt", "net_debt", "cash", "ebitda", "ebit", "net_income", "operating_income", "free_cash_flow", "gross_profit", "eps",
    "interest_expense", "revenue", "backlog", "inventory", "aum", "book_value", "deferred_revenue", "rpo", "amortization",
    "depreciation_and_amortization", "stock_compensation", "restructuring", "net_interest_income", "arr", "other_income"})
"""Money metrics that are only ever amounts: a level of them in %, x or bps is some ratio to them (the labelled set
has none), unlike cost lines and segments, whose shares of revenue keep their metric."""
_DRIVER_AFTER = re.compile(r"\s+(?:(?:non-?cash|one-time|pre-?tax|after-?tax|special|negative|positive)\s+)?(?:charges?|gains?|benefits?|impairments?|write-?downs?|write-?offs?|headwinds?|tailwinds?|hit|drag|losses)\b", re.I)
_DRIVER_BEFORE = re.compile(r"\b(?:costs?\s+us|assessment\s+of|charges?\s+of|gains?\s+of|impact\s+of|benefit\s+of|headwind\s+of|tailwind\s+of)\s+(?:about\s+|roughly\s+|approximately\s+|an?\s+)?$", re.I)
def _named_other(picked: tuple) -> bool:
    """An industry measure the taxonomy names as `other` ("RevPAR", "the average cost of a buydown"): a segment named
    before it does not make it segment revenue."""
    return len(picked) == 4 and bool(picked[1]) and picked[1].lower() not in ("other",)


_MARGINS = frozenset({"margin", "operating_margin", "gross_margin", "ebitda_margin"})
_GROWTH_NEAR = re.compile(r"\b(?:grow\w*|grew|growth|ris(?:en|e|ing)|rose|increas\w*|decreas\w*|declin\w*|fell|(?<!made\s)(?<!make\s)(?<!makes\s)up|down|(?:more|less|fewer)\s+than\s+(?:a\s+year|last|the)|(?:above|below|(?:higher|lower)\s+than|ahead\s+of|behind)\s+(?:the\s+)?(?:prior|last|previous|a\s+year|year[-\s]ago))\b", re.I)
""""organic growth was 6.7%", "would have risen 13.8%": a rate of change the change test missed keeps its metric."""
_MARGIN_OF = {"operating_income": "operating_margin", "ebitda": "ebitda_margin", "gross_profit": "gross_margin",
              "net_income": "margin", "ebit": "operating_margin", "free_cash_flow": "margin"}
_QUAL_DIR = re.compile(
    r"\b(?:(?P<up>up|increase|grow|improve|expand|higher|rise|return\s+to\s+growth|above)|(?P<down>down|decrease|decline|lower|contract|compress|fall|below|(?<=a\slittle\s)under|(?<=slightly\s)under|(?<=just\s)under)|(?P<flat>flat|stable|unchanged|similar|consistent|in\s+line|breakeven|break-even|break\s+even))"
    r"(?:\s+(?P<deg>slightly|modestly|somewhat|meaningfully|significantly|sharply|a\s+bit|marginally|materially|substantially))?\b",
    re.I,
)
_HEDGED_DIR = re.compile(r"\b(?:slightly|modestly|somewhat|roughly|approximately|about|relatively|largely|essentially|broadly|a\s+bit|a\s+little|just|marginally)\s+$", re.I)


@lru_cache(maxsize=32)
def _breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple([m.span() for m in _CLAUSE_BREAK.finditer(sentence)])


@lru_cache(maxsize=256)  # asked of the same figure by the metric, change, basis and segment tests
def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(sentence)
    for b_start, b_end in _breaks(sentence):
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


_THRESHOLD = re.compile(
    r"(?:customers?|clients?|deals?|transactions?|contracts?|accounts?|logos|orders?|relationships|members|guests|users|shoppers|mandates|projects|"
    r"consumers|households|visitors|subscribers|those)\s+(?:with\s+|that\s+|who\s+|"
    r"spending\s+|paying\s+|generating\s+|worth\s+|of\s+)?(?:[\w-]+\s+){0,4}?(?:above|over|more\s+than|greater\s+than|exceeding|"
    r"in\s+excess\s+of|at\s+least|north\s+of)\s*$", re.I)


_THRESHOLD_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:downgrade|rating|covenant)\s+(?:thresholds?|triggers?|limits?)\b", re.I)
_GROUP_BOUND = re.compile(r"\b[a-z]+s\s+(?:priced|valued|costing|worth|needing|using|requiring|earning|making)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:above|over|more\s+than|greater\s+than|under|below|less\s+than|at\s+least)\s*$", re.I)
_GROUP_VERBS = ("priced", "valued", "costing", "worth", "needing", "using", "requiring", "earning", "making")
_EACH = re.compile(r"\s*(?:\w+\s+){0,2}each\b")
_PRICE_DECK_AFTER = re.compile(r"\s*(?:per\s+barrel\s+|/bbl\s+|a\s+barrel\s+|per\s+MMBtu\s+|per\s+Mcf\s+)?(?:WTI|Brent|Henry\s+Hub|oil|crude|gas|natural\s+gas|strip|price\s+deck|deck)\b", re.I)
_PRICE_DECK_BEFORE = re.compile(r"\b(?:at|assuming|assumes|assumed|using|based\s+on|with|under)\s+(?:an?\s+|the\s+)?(?:about\s+|around\s+)?$", re.I)
_ASSUMED_SPREAD = re.compile(r"\b(?:budget\w*|assum\w*|using|model(?:l)?(?:ed|ing)?|plan\w*\s+(?:on|for))\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:basis|differential|deck|strip|price\s+assumption)\s+(?:of\s+)?(?:about\s+|approximately\s+|around\s+|roughly\s+)?(?:negative\s+|minus\s+)?$", re.I)


_TOPIC_LEAD = re.compile(r"\W*(?:(?:and|so|now|then|okay|ok)\s*,?\s+)*(?:just\s+)?(?:(?:to\s+)?follow(?:ing)?\s+up\s+on|on|turning\s+(?:now\s+)?to|moving\s+(?:on\s+)?to|"
                         r"(?<=now\s)to|(?:let\s+me\s+(?:now\s+)?|I'?ll\s+(?:now\s+)?)?turn\s+(?:now\s+)?to|"
                         r"looking\s+(?:ahead\s+)?(?:at|to)|as\s+for|regarding|what\s+about|how\s+about|for)\b", re.I)
_MONTH_ENDS = frozenset("ary rch pril may une uly ust ber jan feb mar apr jun jul aug sep ept oct nov dec".split()) | {"ril"}
_DATE_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
_DATE_YEAR = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?=(?:19|20)\d\d\b)")


@lru_cache(maxsize=8)
def _dated_years(s: str) -> frozenset[int]:
    """Where the year of a full date starts ("September 30, 2021"), found once per sentence."""
    if " 20" not in s and " 19" not in s:
        return frozenset()
    return frozenset(m.end() for m in _DATE_YEAR.finditer(s))
_BOUND_WORDS = ("under", "over", "above", "below", "than")
_NOUN_BOUND = re.compile(r"\b[a-z]{3,}s\s+(?:under|over|above|below|larger\s+than|smaller\s+than|bigger\s+than|of\s+more\s+than|of\s+less\s+than|with\s+more\s+than|with\s+fewer\s+than)\s+$")


_COMMODITY_AT = re.compile(r"\b(?:gold|silver|copper|nickel|zinc|platinum|palladium|iron\s+ore|coal|power|electricity|uranium|lithium|"
                           r"oil|gas|crude|reserve|resource|euro|dollar|yen|pound|sterling|peso|real|rupee|yuan)\s+(?:prices?\s+|rates?\s+)?"
                           r"(?:of|at|around|near)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
_MARKET_ASSUMED = re.compile(r"\b(?:outlook|guidance|guide|plan|forecast|budget)\s+assumes?\s+(?:that\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:(?:mortgage|interest|policy|fed|funds|30-year|10-year|exchange|FX|state)\s+rates?|rate\s+(?:actions|cuts|hikes)|"
                             r"(?:gold|oil|commodity|copper|gas|power|metal)\s+prices?|diesel|jet\s+fuel|fuel\s+prices?|gasoline|inflation|currenc(?:y|ies)|euro|dollar|yen)\b[^.;]*$", re.I)
_ASSUMPTION_WORDS = ("wti", "brent", "henry", "oil", "gas", "crude", "deck", "strip", "basis", "differential", "assum", "reserve price",
                     "resource price")


def _assumption(q: Quantity, s: str) -> bool:
    """"At a $65 WTI deck", "assuming $3 gas", "budgeting a basis of negative $1.10": a planning assumption about
    market prices, not the company's figure (like a rate-cut assumption)."""
    if "assum" in s or "reserve price" in s or "resource price" in s:
        before = s[max(0, q.start - 60):q.start + _hedge_len(q)]
        if _COMMODITY_AT.search(before) or _MARKET_ASSUMED.search(s, 0, q.start):
            return True  # "assumes a gold price of $3,200 per ounce", "assumes mortgage rates stay around 6.5%", "a euro at $1.12"
    if not _money(q.unit) or not _hints(s)[1]:
        return False
    before = s[max(0, q.start - 70):q.start + _hedge_len(q)]
    if _PRICE_DECK_AFTER.match(s, q.end) and _PRICE_DECK_BEFORE.search(before):
        return True
    return _maybe(before, ("basis", "differential", "deck", "strip", "assumption")) and _ASSUMED_SPREAD.search(before) is not None


def _threshold(q: Quantity, s: str) -> bool:
    """"customers with ARR above $100,000", "$100 million-plus clients": a size class, not a reported figure."""
    if ("hreshold" in s or "rigger" in s or "limit" in s) and _THRESHOLD_AFTER.match(s, q.end):
        return True  # "the 12% downgrade thresholds"
    if q.approx and (_hints(s)[2] or "less" in s or "least" in s):
        if ((_maybe(s[max(0, q.start - 60):q.start], _GROUP_VERBS) and _GROUP_BOUND.search(s, max(0, q.start - 60), q.start + _hedge_len(q)))
                or ("each" in s and _EACH.match(s, q.end))):
            return True  # "homes priced under $400,000", "customers needing more than 100 megawatts each"
    if not _money(q.unit):
        return False
    if re.match(r"[-\s]?(?:plus\b|\+)", s[q.end:q.end + 6]):
        return True
    return _THRESHOLD.search(s[max(0, q.start - 90):q.start + _hedge_len(q)]) is not None


def _hedge_len(q: Quantity) -> int:
    """Characters of hedge words at the start of the figure's text ("above $1 million")."""
    m = re.match(r"\D*?(?=[$€£¥₹\d(-])", q.text)
    return m.end() if m else 0


# Words that can stand in a clause before a figure without naming a metric of their own: "For the first quarter,
# we expect about 21%" carries the metric of the sentence before; "Tariffs cost us $2 million" does not.
_CARRY_WORDS = frozenset("""
a an the this that it its these those which and or but so for in on of at by to from with as than versus vs over under
we we'd we'll we're i you they our us now then also still again just only roughly about approximately around nearly almost
close some another further more less up down flat higher lower is are was were be been being will would should could may
might can expect expects expected expecting anticipate anticipates see sees guide guiding guided forecast project projected
assume assuming estimate think believe plan planning look looking target targeting continue continues remain remains
stay stays come comes came in land landed end ended ending finish finished reached reaching range ranging sit sitting
quarter quarters year years half month months period full fiscal first second third fourth next last prior previous
current same comparable this year-over-year sequentially sequential year-on-year basis excluding including ex impact
item items one-time discrete that's it's there there's rate level around between similar back both each respectively
increased decreased grew rose fell declined improved was up down slightly modestly somewhat meaningfully
have has had gaap non-gaap adjusted reported january february march april may june july august september october november december
""".split())
_EXCLUDED_HINTS = ("exclud", "ex ", "net of", "adjusting", "absent", "without")
_EXCLUDED = re.compile(r"\b(?:excluding|exclud(?:es|e|ed)|ex|net\s+of|adjusting\s+for|absent|without)\s+(?:the\s+|that\s+|this\s+|an?\s+)?(?:[\w-]+\s+){0,1}$", re.I)
""""Excluding the inventory charge, it was 45.1%": the words name what was taken out, not the figure's metric."""
_EXCLUDES_CLAUSE = re.compile(r"\b(?:(?:which|that)\s+exclud\w*|excluding)\s[^,;]{0,80}(?=[,;])", re.I)
""""adjusted EPS, which excludes amortization and pension income, was $3.78": the words name what was taken out."""
_EXCLUDING_PHRASE = re.compile(r"\b(?:excluding|ex|absent|without|net\s+of|adjusting\s+for|adjusted\s+for|before)\b[^,;]{0,60},", re.I)
_RESTATED_GUIDE = re.compile(r"\b(?:your|the)\s+(?:guidance\s+|guide\s+|range\s+)?midpoint\b|\bmidpoint\s+of\s+(?:your|the)\s+(?:guid\w*|range|outlook)|\b(?:your|the)\s+guide\s+implies\b", re.I)
_HYPOTHESIS = re.compile(r"\b(?:if|suppose|supposing|assuming|assume|let's\s+say|let\s+us\s+say|say|hypothetically|were\s+to|in\s+order\s+to|what\s+if)\b", re.I)
_PURPOSE_COUNT = re.compile(r"\bin\s+order\s+to\s+(?:\w+\s+){1,2}$", re.I)
"""An analyst's "in order to win 100 accounts": a figure of the question's premise, not a fact."""
_LEAD_BASIS = re.compile(
    r"\W*(?:(?:and|so|now|then|also)\s+)?(?:(?:on|in)\s+an?\s+(?P<w>non[-\s]?GAAP|GAAP|adjusted|reported|statutory|IFRS)\s+basis\b"
    r"|(?:turning|moving|looking|switching|now|let\s+me\s+turn|I'll\s+turn|I\s+will\s+turn)\s+(?:now\s+)?(?:to\s+)?(?:our\s+|the\s+)?"
    r"(?P<w2>non[-\s]?GAAP|adjusted)\s+(?:results|numbers|figures|financials|P&L|metrics))", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _says_nothing_after(s: str, q: Quantity) -> bool:
    """True when the clause after the figure names no subject either ("Think of it as 21% to 22%.")."""
    _, cend = _clause_bounds(s, q.start)
    return all(w.lower() in _CARRY_WORDS for w in _WORD.findall(s, q.end, cend))


def _carries_metric(s: str, q: Quantity) -> bool:
    """True when nothing in the clause before the figure names a subject of its own."""
    cstart, _ = _clause_bounds(s, q.start)
    head = s[:q.start] if cstart and not _WORD.search(s, cstart, q.start) else s[cstart:q.start]
    head = _EXCLUDING_PHRASE.sub(" ", head)
    for w in _WORD.findall(head):
        low = w.lower()
        if low in _CARRY_WORDS or P.find_cues(w):
            continue
        return False
    return True


@lru_cache(maxsize=8)
def _hints(s: str) -> tuple[bool, bool, bool]:
    """Cheap per-sentence tests before the costlier patterns: (excluding words, assumption words, bound words)."""
    low = s.lower()
    return any_in(low, _EXCLUDED_HINTS), any_in(low, _ASSUMPTION_WORDS), any_in(low, _BOUND_WORDS)


_MARKET_SUPPOSED = re.compile(
    r"\b(?:assum\w*|if)\s+(?:that\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:euro|dollar|yen|pound|sterling|franc|yuan|rupee|"
    r"currenc(?:y|ies)|exchange\s+rates?|FX|fed\s+funds|policy\s+rates?|interest\s+rates?|base\s+rates?|oil|gold|copper|gas)\b"
    r"(?:\s+(?:rate|rates|price|prices))?\s+(?:stays?|remains?|holds?|ends?|averages?|settles?|is|are|at|of|around|near)\b[^.;]{0,45}$", re.I)
_TRIAL_COUNT = re.compile(r"\s+(?:[\w-]+\s+)?(?:patients|subjects|participants|volunteers)\b", re.I)
_TRIAL_WORDS = ("phase", "trial", "study", "studies", "enrol", "cohort", "endpoint", "read out", "readout")
_FX_QUOTE = re.compile(r"\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+)?(?:U\.?S\.?\s+|US\s+)?"
                       r"(?P<cur>dollars?|euros?|yen|francs?)\b(?!\s+of\b)", re.I)  # not "per pound": copper is sold by weight
_FX_CODE = {"dollar": ("USD", "CAD", "AUD", "NZD", "SGD", "HKD"), "euro": ("EUR",), "yen": ("JPY",), "franc": ("CHF",)}
_DEAL_CLASS = re.compile(r"\b(?:deals|acquisitions|transactions|bolt-ons|targets|tuck-ins)\s+(?:of\s+)?(?:up\s+to|under|below|above|over|"
                         r"(?:more|less)\s+than|(?:as\s+)?(?:large|big|small)\s+as)\s+$", re.I)


_MACRO_HINTS = ("unemploy", "jobless", "gdp", "gross domestic", "bank of", "federal reserve", "the fed", "central bank", "fed funds",
                "policy rate", "mortgage rate", "treasury", "housing", "home price", "cpi", "forward price", "spot price", "futures",
                " move in", " change in", "minimum", "requirement")
_MACRO = re.compile(r"\b(?:unemployment|jobless(?:\s+rate)?|GDP|gross\s+domestic\s+product|Bank\s+of\s+(?:Canada|England|Japan|Korea)|Federal\s+Reserve|"
                    r"the\s+Fed\b|central\s+banks?|fed\s+funds|policy\s+rates?|mortgage\s+rates?|Treasury\s+yields?|housing\s+(?:starts|turnover)|"
                    r"home\s+prices|CPI)\b[^.;]{0,50}$", re.I)
"""Economy-wide statistics and central-bank moves: the setting the company speaks of, not its own figures."""
_CUT_BY = re.compile(r"\s+(?:rate\s+)?(?:cuts?|hikes?|increases?|reductions?)\s+(?:from|by)\s+(?:the\s+)?(?:Bank\s+of|Federal\s+Reserve|Fed\b|ECB|central\s+bank)", re.I)
_MARKET_AT = re.compile(r"\bat\s+(?:current\s+|today's\s+|prevailing\s+)?(?:forward|spot|strip|futures)\s+(?:prices?|rates?|curves?)\s+(?:of\s+)?(?:about\s+|around\s+)?$", re.I)
_SENSITIVITY = re.compile(r"\s+(?:move|change|swing|shift|increase|decrease|rise|decline|drop)\s+in\s+(?:the\s+)?(?:euro|dollar|yen|pound|sterling|currenc\w+|"
                          r"exchange\s+rates?|interest\s+rates?|rates|oil|fuel|diesel|commodity|prices?)\b", re.I)
_MINIMUM_AFTER = re.compile(r"\s+(?:regulatory\s+)?(?:minimum|requirement|floor)\b", re.I)


def _not_reported(q: Quantity, s: str) -> bool:
    """A market assumption behind the plan ("we assume the fed funds rate ends the year around 3.25%"), a clinical
    trial's size ("enrolled 4,200 patients") or a size class of deals ("deals of up to $4 billion"): not results."""
    supposed, trial, deals, macro = _not_reported_hints(s)
    if supposed and _MARKET_SUPPOSED.search(s, max(0, q.start - 90), q.start):
        return True
    if q.unit and (fx := _FX_QUOTE.match(s, q.end)) and q.unit not in _FX_CODE[fx.group("cur").lower().rstrip("s")]:
        return True  # an exchange rate ("JPY 145 to the U.S. dollar", "150 yen per dollar"), not a result
    if trial and q.unit is None and _TRIAL_COUNT.match(s, q.end):
        return True
    if macro and (q.unit in ("%", "bps") and (_MACRO.search(s, max(0, q.start - 60), q.start) or _CUT_BY.match(s, q.end))
                  or _MARKET_AT.search(s, max(0, q.start - 50), q.start)):
        return True  # "unemployment peaking at 7.1%", "a 25 basis point cut from the Bank of Canada", "at forward prices of $640"
    if macro and q.unit in ("%", "bps") and _SENSITIVITY.match(s, q.end) and re.search(r"\b(?:a|an|each|every)\s+$", s[max(0, q.start - 8):q.start], re.I):
        return True  # "a 1% move in the euro": a sensitivity, not a figure of the business
    if macro and q.unit in ("%", "bps") and _MINIMUM_AFTER.match(s, q.end):
        return True  # "well above the 11.5% regulatory minimum"
    return deals and _DEAL_CLASS.search(s, max(0, q.start - 40), q.start) is not None


@lru_cache(maxsize=8)
def _not_reported_hints(s: str) -> tuple[bool, bool, bool, bool]:
    low = s.lower()
    return (("assum" in low or "if " in low), any_in(low, _TRIAL_WORDS),
            any_in(low, ("deal", "acqui", "transaction", "bolt", "target", "tuck")), any_in(low, _MACRO_HINTS))


def _is_figure(q: Quantity, s: str) -> bool:
    """False for years, times, phone numbers, slide numbers and counts of questions."""
    if _threshold(q, s) or _assumption(q, s) or _not_reported(q, s):
        return False
    if q.unit is None and _hints(s)[2] and _NOUN_BOUND.search(s, max(0, q.start - 40), q.start + _hedge_len(q)):
        return False  # "buildings under 100,000 square feet": a size class
    if q.text.lower() in ("a penny", "a nickel", "a dime", "a cent") and re.match(r"\s+(?:ahead\s+of|above|below|better|worse|short\s+of|shy\s+of|more|less)\b", s[q.end:q.end + 12]):
        return False  # "a penny ahead of the top end of the range": a word for a difference
    before, after = s[max(0, q.start - 14):q.start], s[q.end:q.end + 24]
    if not q.unit and q.value is not None and q.value <= 31 and before.rstrip()[-3:].rstrip(".").lower()[-3:] in _MONTH_ENDS and _DATE_BEFORE.search(before):
        return False  # "47,300 homes at June 30, 2021": a date
    if not q.unit and _NOT_FIGURE_BEFORE.search(before.rstrip()):
        return False
    if _NOT_FIGURE_AFTER.match(after):
        return False
    if q.unit is None and not q.scaled and _PRODUCT_AFTER.match(after):
        return False  # "400 gig optics", "5G radios", "3-nanometer": a product's speed or size, not a count
    if q.unit is None and not q.scaled:
        if q.value is not None and q.value == q.value.to_integral_value() and 1980 <= q.value <= 2049 and "," not in q.text:
            return False
    return True


_RATIO_BASES = (MONEY_METRICS - {"revenue", "segment_revenue"}) | {"price"}  # shares of revenue have rules of their own (_SHARE_OF)
_BASE_BEFORE = re.compile(r"(?:%|percent|per\s+cent|basis\s+points?|bps|bp|points?|times|x)\s+of\s+(?:(?:the|our|its|total|average|"
                          r"avg\.?|net|gross|group|annualized|trailing|period-end|ending)\s+)*$", re.I)


def _metric_for(q: Quantity, s: str, cues: list[tuple[int, int, str, str]], qs: list[Quantity]) -> tuple[str, str, int, int] | None:
    if cues and _money(q.unit):  # an amount of money is never a count of customers or a number of days
        cues = [c for c in cues if c[2] not in COUNT_METRICS and c[2] not in DAYS_METRICS]
    if not cues:
        return None
    if q.unit in ("%", "bps", "x") and " of " in s:
        # "or 43 basis points of average loans": the amount a ratio is taken of is its base, not the figure's metric
        based = [c for c in cues if c[2] in _RATIO_BASES and _BASE_BEFORE.search(s, max(0, c[0] - 40), c[0])]
        if based:
            # what follows the base qualifies it: "40% of free cash flow after sustaining capital"; and a ratio's own
            # metric is named in its clause ("and we return about 85% of free cash flow" names none)
            cstart0, _ = _clause_bounds(s, q.start)
            cues = [c for c in cues if c not in based and cstart0 <= c[0] and c[1] <= q.start]
            if not cues:
                return None
    after = s[q.end:]
    share = q.unit == "%" and _SHARE_OF.match(after)
    prev_q_end = max((o.end for o in qs if o.end <= q.start), default=0)
    next_q_start = min((o.start for o in qs if o.start >= q.end), default=len(s))
    cstart, cend = _clause_bounds(s, q.start)
    for c in cues:  # a metric named right after the figure: "$306 million of free cash flow", "8% organic growth"
        if c[0] >= q.end and c[0] <= next_q_start:
            gap = s[q.end:c[0]]
            if c[3].lower().startswith(("per ", "a share")) or (c[3].lower() == "leverage" and q.unit in ("%", "bps")):
                break
            if (_FOLLOW_LINK.match(gap) or _CHANGE_IN.match(gap)) and not (share and gap.strip().lower().startswith("of")):
                if c[2] in ("eps",) and q.unit not in (None,) and not _money(q.unit):
                    continue
                return c[2], c[3], c[0], c[1]
            break
    before = [c for c in cues if c[1] <= q.start]
    if before and _hints(s)[0]:
        before = [c for c in before if not _EXCLUDED.search(s, max(0, c[0] - 40), c[0])]
    if before and ("%" in s or "cent" in s):
        before = [c for c in before if not (c[2] == "revenue" and _SHARE_BASE.search(s, max(0, c[0] - 30), c[0]))]
    if before and "xclud" in s:
        out = [m.span() for m in _EXCLUDES_CLAUSE.finditer(s)]
        before = [c for c in before if not any(a <= c[0] < b for a, b in out)]
    in_clause = [c for c in before if c[0] >= cstart]
    pick = in_clause[-1] if in_clause else None
    if pick is not None and len(in_clause) >= 2 and pick[2] in ("loans", "other"):
        head = in_clause[-2]
        if head[2] in ("provision", "charge_offs") and _HEAD_OF.fullmatch(s, head[1], pick[0]):
            pick = head  # "provisions on impaired loans were $1.02 billion": the provision, said of some loans
    if pick is not None and len(in_clause) >= 2 and pick[2] not in _HEAD_METRICS:
        for head in reversed(in_clause[:-1]):
            if (head[2] in _HEAD_METRICS and (q.unit in ("%", "bps")) == (head[2] != "price")
                    and _HEAD_OF.fullmatch(s, head[1], pick[0]) and not any(head[1] <= o.start < pick[0] for o in qs)):
                pick = head  # "gross profit margin on home sales revenue was 25.9%", "average price on net orders was $359,200"
                break
    if pick is None:
        following = [c for c in cues if c[0] >= q.end and c[0] < cend and c[0] <= next_q_start
                     and not (c[3].lower() == "leverage" and q.unit in ("%", "bps"))]
        if following and len(s[q.end:following[0][0]].split()) <= 6 and not share:
            pick = following[0]
        elif before:
            pick = before[-1]
    if pick is None:
        return None
    if pick[2] == "eps" and pick[3].lower().startswith(("per ", "a share")) and pick[1] <= q.start:
        div = [c for c in cues if c[2] == "dividend" and c[1] <= pick[0]]
        if div:  # "a dividend of 18.2p per share, an increase of 4 per cent": the dividend's "per share", and its rise
            pick = div[-1]
    # "per share" right after the figure: "$2.13 per diluted share" is EPS whatever came before
    if q.unit and _money(q.unit) and re.match(r"^\s*(?:a|per)\s+(?:diluted\s+|basic\s+|fully\s+diluted\s+)?(?:common\s+|ordinary\s+)?(?:share|unit|ADS)", after, re.I):
        near = [c for c in cues if c[2] == "dividend" and c[1] <= q.start and c[0] >= cstart]
        if near:
            return "dividend", near[-1][3], near[-1][0], near[-1][1]
        return "eps", (pick[3] if pick[2] == "eps" else "per share"), pick[0], pick[1]
    _ = prev_q_end
    if pick[2] == "eps" and q.scaled and _money(q.unit):
        # "$52 million, or $0.65 per share": millions are the earnings, the per-share figure is the EPS
        others = [c for c in cues if c[0] >= q.end and c[1] <= cend and c[2] != "eps"][:1] or [
            c for c in before if c[2] in MONEY_METRICS and c[2] != "eps"][-1:]
        return (others[0][2], others[0][3], others[0][0], others[0][1]) if others else ("net_income", pick[3], pick[0], pick[1])
    return pick[2], pick[3], pick[0], pick[1]


def _change(q: Quantity, s: str, qs: list[Quantity]) -> tuple[bool, Direction | None]:
    cstart, _ = _clause_bounds(s, q.start)
    prev_end = max([o.end for o in qs if o.end <= q.start] + [cstart])
    before = s[prev_end:q.start]
    after = s[q.end:q.end + 60]
    if q.unit == "%" and _FROM_YEAR.match(s, q.end) and _GROWTH_WORD.search(s, max(prev_end, q.start - 60), q.start):
        # "growth accelerated to 24% from 2025": a change against that year, not its level
        return True, Direction.DOWN if _DOWN_RX.search(s[max(prev_end, q.start - 40):q.start]) else Direction.UP
    if q.unit in ("%", "bps") and " of " in after[:4]:
        eff = _OF_EFFECT.match(after)
        if eff:  # "30 basis points of leverage", "70 basis points of pressure on the margin"
            word = eff.group(1) or eff.group(2)
            return True, Direction.DOWN if _DOWN_RX.match(word) or word.lower() in ("dilution", "erosion") else Direction.UP
    if _TAKEN_BEFORE.search(before) and _TAKEN_AFTER.match(s, q.end):
        return True, Direction.DOWN
    if _FALL_OF.search(s, max(0, q.start - 60), q.start):
        return True, Direction.DOWN
    m = _CHANGE_BEFORE.search(before)
    if not m and _TO_BEFORE.search(before):
        cmp = re.match(r"\s+(tighter|wider|higher|lower|better|worse)\s+than\b|\s+(below|above|behind|ahead\s+of)\s+(?:last\s+year|a\s+year\s+ago|the\s+(?:prior|same|previous)\b)",
                       after, re.I) if q.unit in ("%", "bps") else None
        if cmp:  # "spreads were 25 basis points tighter than a year ago", "sales were 3% below last year"
            word = cmp.group(1) or cmp.group(2)
            return True, Direction.DOWN if _DOWN_RX.match(word) or word.lower() in ("below", "behind") else Direction.UP
        return False, None
    if not m and ("by" in before or "ed " in before):
        vb = _VERB_BY.search(s, max(0, q.start - 60), q.start)
        if not vb and not re.match(r"[^.;]{0,30}?\bto\s+[$€£¥₹\d]", s[q.end:q.end + 40]):  # not "from $900 million to $2.1 billion"
            vb = _VERBED.search(s, max(0, q.start - 40), q.start)
        if vb:  # "should lower LOE by roughly 40 cents", "raise prices by 3%"
            return True, Direction.DOWN if vb.group("v").lower().startswith(_VERB_DOWN) else Direction.UP
    if m and "by" in before:
        vb = _VERB_BY.search(s, max(0, q.start - 60), q.start)
        if vb and vb.start() < m.start():  # "would reduce sales growth by 2 points": the verb, not the noun, says which way
            return True, Direction.DOWN if vb.group("v").lower().startswith(_VERB_DOWN) else Direction.UP
    if m:
        w = m.group("w").lower()
        if w.startswith("cost") and _PER_UNIT_PRICE.match(s, q.end):
            return False, None  # "fuel cost us $2.41 per gallon": a price paid, not an effect
        if w == "up" and re.search(r"\b(?:make|makes|made|making|add|adds)\s+up\s+", s[max(0, q.start - 30):q.start], re.I):
            return False, None  # "now make up about 22% of sales": a share, not a rise
        if w in ("more", "less", "better", "worse", "added", "benefit", "benefited") and q.unit not in ("%", "bps"):
            return False, None
        return True, (Direction.DOWN if _DOWN_RX.fullmatch(w) or _DOWN_RX.match(w) else Direction.UP)
    if _SHARE_OF.match(after):
        return False, None
    if _REVISED_FROM.match(s, q.end):
        return False, None  # "$2.15 to $2.25, increased from prior guidance of ...": a revision, not growth
    m2 = _CHANGE_AFTER.match(after)
    if m2 and q.unit in (None, "count") and (cn := _COUNT_AFTER.match(s, q.end)) and m2.end() <= cn.end() - q.end:
        return False, None  # "71,400 lower berths": the word belongs to the counted noun
    if m2:
        txt = m2.group(0)
        if re.match(r"^\s*(?:reported|as\s+reported)\b", txt, re.I) and q.unit not in ("%", "bps"):
            return False, None
        if q.unit not in ("%", "bps") and not re.search(rf"\b(?:{_UP}|{_DOWN}|increase|decrease|decline|growth|improvement|reduction)\b", txt, re.I):
            return False, None
        if q.unit not in ("%", "bps") and _ITEM_GAIN.match(after):
            return False, None  # "a $93 million net gain from insurance recoveries": an item, not a rise
        if re.search(_DOWN_RX, txt) or re.match(r"\s*(?:below|behind)\b", txt, re.I):
            return True, Direction.DOWN
        return True, Direction.UP
    if q.unit == "bps":
        wide = s[max(0, q.start - 90):q.start]
        if "compar" in wide or "versus" in wide or " vs" in wide or "than" in wide:
            cmp = list(re.finditer(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|than\s+(?:the|our))\s", wide))
            if cmp and not re.search(rf"\b(?:{_UP}|{_DOWN})\b", wide[cmp[-1].end():], re.I):
                return False, None  # "compared with 47 basis points last quarter": an earlier level, not a change
        if _BPS_OF_BASE.match(after):
            return False, None  # "43 basis points of average loans": a ratio's level, not a change
        if q.kind == "word_range":
            return False, None  # "in the mid-40s basis points range": a level said as a band; a change would say "up"
        return True, Direction.DOWN if _DOWN_RX.search(before[-40:]) else Direction.UP
    return False, None


_BPS_OF_BASE = re.compile(r"\s+of\s+(?:(?:the|our|its|total|average|avg\.?|net|gross|period-end)\s+)*(?:loans|assets|deposits|revenues?|sales|"
                          r"AUM|assets\s+under\s+management|risk-weighted\s+assets|RWAs?|receivables|premiums|TPV|volume)\b", re.I)


def _change_kind(s: str, q: Quantity, qs: list[Quantity], fq: int | None = None) -> Change:
    nxt = min((o.start for o in qs if o.start >= q.end), default=len(s))
    fm = _FROM_QUARTER.match(s, q.end) if False else _FROM_QUARTER.search(s[q.end:min(nxt, q.end + 60)])
    if fm and fq and _ORDINAL[(fm.group(1) or fm.group(2)).lower()] == (fq - 1 or 4):
        return Change.SEQUENTIAL
    if (fm and fq and _ORDINAL[(fm.group(1) or fm.group(2)).lower()] == fq and _AHEAD_CUE.search(s, 0, q.start)
            and not _OF_A_YEAR.match(s, q.end + fm.end())):
        return Change.SEQUENTIAL  # "we expect first quarter revenue to be down about 5% relative to Q4" in a Q4 call
    if fq and _FROM_MONTH.search(s, q.end, min(nxt, q.end + 60)):
        return Change.SEQUENTIAL
    prev = max((o.end for o in qs if o.end <= q.start), default=max(0, q.start - 60))
    for window in (s[q.end:min(nxt, q.end + 80)], s[max(prev, q.start - 60):q.start], s[max(0, q.start - 60):q.start]):
        hits = [(m.start(), c) for rx, c in ((_QOQ, Change.QOQ), (_SEQ, Change.SEQUENTIAL), (_YOY, Change.YOY)) for m in [rx.search(window)] if m]
        if hits:
            return min(hits, key=lambda h: h[0])[1]
    return Change.YOY


def _basis(q: Quantity, s: str, metric_span: tuple[int, int] | None, prev: tuple[Quantity, Basis | None] | None,
           metric: str, ctx: Context, cues: list[tuple[int, int, str, str]] = ()) -> Basis | None:
    after = s[q.end:q.end + 45]
    m = re.match(r"^[\s,]*(?:(?:on|in)\s+an?\s+(?P<w>[\w-]+(?:\s+[\w-]+)?)\s+basis|\((?P<p>[\w-]+)\))", after, re.I)
    if m:
        w = (m.group("w") or m.group("p") or "").lower()
        bm = BASIS_CUES.search(w)
        if bm:
            return basis_of(bm.group(0))
    if metric_span is not None:
        floor = prev[0].end if prev is not None and prev[0].end <= metric_span[0] else 0
        window = s[max(floor, metric_span[0] - 28):metric_span[1]]
        found = list(BASIS_CUES.finditer(window))
        if found:
            return basis_of(found[-1].group(0))
    if prev is not None and re.fullmatch(r"[\s,]*(?:or|and|,)\s*(?:about\s+|approximately\s+)?", s[prev[0].end:q.start]):
        return prev[1]
    cstart, _ = _clause_bounds(s, q.start)
    for b in reversed(list(BASIS_CUES.finditer(s, cstart, q.start))):
        # "adjusted EPS was $1.01 and revenue $2 billion": the word binds to the metric it stands before
        named = [c for c in cues if b.end() <= c[0] <= b.end() + 30]
        # "Excluding those charges, home sales gross margin was 22.4%": a lead clause, not an adjective of the next noun
        if not named or named[0][2] == metric or (metric == "eps" and named[0][2] == "net_income") or b.group(0)[:1] in "Ee":
            return basis_of(b.group(0))
        break
    lead = re.match(r"^\W*(?:\w+\s+){0,3}?(?:on|in)\s+an?\s+(?P<w>[\w-]+(?:\s+[\w-]+)?)\s+basis\b", s, re.I)
    if lead:
        bm = BASIS_CUES.search(lead.group("w"))
        if bm:
            return basis_of(bm.group(0))
    if ctx.basis is not None and metric in (ctx.basis_scope or PNL_METRICS) and ctx.role is not Role.ANALYST:
        return ctx.basis
    return None


_END_OF_RANGE = re.compile(r"(?:(?:top|high|low|bottom|upper|lower)\s+end|midpoint|middle)\s+of\s+(?:our|the)\b", re.I)


def _kind(q: Quantity, s: str, cues: list[tuple[int, FactKind]], ctx: Context, state: State, future_at: tuple[int, ...],
          reported_at: tuple[int, ...] = (), dated_at: tuple[int, ...] = ()) -> FactKind:
    # a future period in a later statement ("..., and we plan to remodel another 40 in 2027") is not this figure's
    new_subject = _new_subject(s, q.end) if future_at or reported_at or ctx.asked_outlook else None
    cut = new_subject.start() if new_subject else len(s)
    if future_at and "," in s[q.end:cut] and (splice := _COMMA_WE.search(s, q.end, cut)):
        cut = splice.start()  # "the rate of 20.3% benefited from gains, we would expect 21% in the fourth quarter"
    has_future_cue = bool(future_at) and any(pos < cut for pos in future_at)
    before = [k for pos, k in cues if pos < q.start]
    kind: FactKind | None = before[-1] if before else None
    if kind is FactKind.GUIDANCE:
        last = max(pos for pos, k in cues if pos < q.start)
        ns = _new_subject(s, last, q.start)
        if ns and _tensed(s[ns.start():q.start]):
            kind = FactKind.ACTUAL  # "We've assumed China is down for the year, and it's about 19% of the pipeline": a new statement
    if kind is FactKind.TARGET and _NOW_AT.search(s, max(0, q.start - 40), q.start):
        kind = FactKind.ACTUAL  # "We like leverage under 1.5 times, and today we are at 1.1 times": where it stands
    if kind in (FactKind.GUIDANCE, FactKind.TARGET) and _STANDS_NOW.match(s, q.end):
        last = max(pos for pos, k in cues if pos < q.start)
        if _new_subject(s, last, q.start):
            kind = FactKind.ACTUAL  # "We want leverage below 25% by 2028, and we are at 29% today": where it stands
    if kind is FactKind.GUIDANCE and FactKind.TARGET in before:
        tpos = max(pos for pos, k in cues if pos < q.start and k is FactKind.TARGET)
        if not _new_subject(s, tpos, q.start):
            kind = FactKind.TARGET  # "Longer term, our algorithm calls for revenue growth of 12% to 14%"
    if kind is FactKind.GUIDANCE and FactKind.PRIOR_GUIDANCE in before:
        last = max(pos for pos, _ in cues if pos < q.start)
        prior_at = max(pos for pos, k in cues if pos < q.start and k is FactKind.PRIOR_GUIDANCE)
        if s[last:last + 6].lower().startswith("to be") and not _NOW_EXPECT.search(s, prior_at, last):
            kind = FactKind.PRIOR_GUIDANCE  # "the guidance we provided included ..., margin to be up slightly, ..."
    if kind is FactKind.TARGET:
        tpos = max(pos for pos, k in cues if pos < q.start and k is FactKind.TARGET)
        if _REVISED_TARGET.search(s, max(0, tpos - 90), tpos + 16):
            kind = FactKind.GUIDANCE  # "we have increased and narrowed our full-year EPS target to $10.50 to $10.65": this year's outlook
    if kind is FactKind.PRIOR_GUIDANCE and _UPDATING.search(s, max(0, max(pos for pos, _ in cues if pos < q.start) - 30),
                                                           max(pos for pos, _ in cues if pos < q.start)):
        kind = FactKind.GUIDANCE  # "we are updating our previously issued guidance ranges, including revenue of ...": the new ones
    if kind is FactKind.PRIOR_GUIDANCE and FactKind.GUIDANCE in before:
        last = max(pos for pos, k in cues if pos < q.start)
        first_guide = min(pos for pos, k in cues if k is FactKind.GUIDANCE)
        if first_guide < last and _END_OF_RANGE.match(s, last) and not PAST.search(s, 0, last):
            kind = FactKind.GUIDANCE  # "we expect AISC to come in at the upper end of our $1,300 to $1,400 range": the range in force
    if kind is FactKind.PRIOR_GUIDANCE and before[-1] is FactKind.PRIOR_GUIDANCE and FactKind.GUIDANCE in before:
        last = max(pos for pos, k in cues if pos < q.start)
        if re.search(r",\s+(?:and|with)\s+", s[last:q.start]) and not re.search(r"\b(?:range|guidance|guide|outlook)\b", s[q.start - 40:q.start], re.I):
            kind = FactKind.GUIDANCE  # "we now expect 5% to 6%, up from the range we gave last quarter, and occupancy of 96%"
    if kind is None:
        _, cend = _clause_bounds(s, q.start)
        # "$0.61, compared with our guidance of $0.55 to $0.60": a cue past a comparison word is the other figure's
        after = [k for pos, k in cues if q.end <= pos < cend and (pos - q.end < 40 or not PAST.search(s))
                 and not _COMPARED_AFTER.search(s, q.end, pos + 12) and not _new_subject(s, q.end, pos + 1)]
        if after and (PAST.search(s, _clause_bounds(s, q.start)[0], q.start) or _COMMA_WE.search(s, q.end, cend)):
            # "We generated $86 million in the quarter that we will put to use", "the rate of 20.3% benefited from
            # gains, we would expect ...": the figure's own clause already says what happened
            after = [k for pos, k in cues if q.end <= pos < cend and k not in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE) and pos - q.end < 40
                     and not _COMMA_WE.search(s, q.end, pos + 1) and not _COMPARED_AFTER.search(s, q.end, pos + 12)]
        kind = after[0] if after else None
        if kind is FactKind.PRIOR_GUIDANCE and _REVISED_FROM.match(s, q.end):
            kind = FactKind.GUIDANCE  # "Adjusted EPS of $2.15 to $2.25, increased from prior guidance of ...": the new range
    elif before:
        # "we guided $395 to $405 million, so we came in $7.6 million above": a new clause in the past is an actual
        last_pos = max(pos for pos, _ in cues if pos < q.start)
        between = s[last_pos:q.start]
        if _CLAUSE_BREAK.search(between) and PAST.search(s, _clause_bounds(s, q.start)[0], q.start) and kind is not FactKind.TARGET:
            kind = FactKind.ACTUAL
        elif kind is FactKind.GUIDANCE and (rel := _RELATIVE.search(between)) and PAST.search(between, rel.end()):
            kind = FactKind.ACTUAL  # "We see encouraging success in Italy, where the device reached a 7% share"

    if (kind is FactKind.GUIDANCE and any(k is FactKind.ESTIMATE and pos < q.start for pos, k in cues)
            and _WOULD_BE.search(s, max(0, q.start - 30), q.start)):
        return FactKind.ESTIMATE  # "Consensus has you at $13.10, which would be about 9% growth": the estimate's own implication
    if ctx.role is Role.ANALYST and _RESTATED_GUIDE.search(s, _clause_bounds(s, q.start)[0], q.start):
        return FactKind.GUIDANCE  # "your midpoint is 218,000", "the guide implies 16%": management's outlook restated
    if ctx.role is Role.ANALYST and any(k is FactKind.ESTIMATE and pos >= q.end for pos, k in cues) and _BY_MY.search(s, q.end):
        return FactKind.ESTIMATE  # "... would be up something like 12% on last year's quarter by my math"
    if ctx.role is Role.ANALYST and _HYPOTHESIS.search(s, 0, q.start):
        return FactKind.ESTIMATE  # "if you were to add 500 stores", "suppose pricing is up 3%": the analyst's what-if
    if ctx.role is Role.ANALYST and _YOU_HAVE.search(s) and kind is None:
        return FactKind.ACTUAL  # "you have almost $2 billion of cash": the company's position today
    if ctx.role is Role.ANALYST:
        if kind in (None, FactKind.ACTUAL, FactKind.ESTIMATE) or not re.search(r"\byou(?:r)?\b", s, re.I):
            if kind in (FactKind.PRIOR_GUIDANCE,):
                return kind
            if re.search(r"\b(?:your|the)\s+(?:guidance|outlook|guide)|\byou(?:'ve)?\s+(?:guided|said|mentioned|talked|reported|gave|provided)|\byou\s+(?:are|were)\s+guiding", s, re.I):
                return FactKind.GUIDANCE if kind in (None, FactKind.GUIDANCE) else kind
            if kind is None and PAST.search(s) and not has_future_cue:
                return FactKind.ACTUAL
            return FactKind.ESTIMATE
    if kind is None:
        # "the program currently provides $1.8 billion, and we expect pricing for 2026 to ...": the future is the next clause's
        cstart = _clause_bounds(s, q.start)[0]
        now = (_new_subject(s, q.end) and _PRESENT_STATE.search(s, cstart, q.start)
               and not (future_at and any(cstart <= pos < q.start for pos in future_at)))  # "bookings for the third quarter are 3 points ahead"
        if (has_future_cue and not PAST.search(s) and not now and not _TO_DATE.search(s, cstart, q.start)
                and not _dated_reported(q, cstart, future_at, dated_at)):
            return FactKind.GUIDANCE
        if ctx.asked_outlook and not _tensed(s) and not _BACK_REF.search(s, max(0, q.start - 8), q.start + _hedge_len(q)) and not any(
                pos < (new_subject.start() if new_subject else len(s)) for pos in reported_at):
            return FactKind.GUIDANCE  # an answer about the outlook: "For the first quarter, gross margin in the 44% range."
        if (state.kind is FactKind.GUIDANCE and not PAST.search(s) and not (q.low is None and _PRESENT_STATE.search(s))
                and not any(pos < (new_subject.start() if new_subject else len(s)) for pos in reported_at)):
            return FactKind.GUIDANCE
        return FactKind.ACTUAL
    return kind


def _dated_reported(q: Quantity, cstart: int, future_at: tuple[int, ...], reported_at: tuple[int, ...]) -> bool:
    """Is the figure dated by a period already reported, with no period ahead between the two ("despite a 0.3 point drag
    in Q3" after "momentum going into Q4", "The third quarter tax rate of 20.3%")?"""
    for pos in reported_at:
        if q.end <= pos <= q.end + 40 and not any(q.end <= f < pos for f in future_at):
            return True
        if cstart <= pos < q.start and not any(pos < f < q.end + 40 for f in future_at):
            return True
    return False


def _announced_outlook(s: str, ctx: Context, st: State) -> None:
    """"We have revised our fiscal 2025 forecast upward." dates the outlook figures of the sentences after it; after a
    quarter's guide ("For the full year, we are raising our outlook.") it also ends that quarter's period."""
    named = [c for c in P.find_cues(s) if c.rel not in ("year_ago", "prev_q", "this_q")]
    if named:
        st.outlook = P.resolve(named[-1], ctx.fiscal_year, ctx.fiscal_quarter, True, ctx.fiscal_half)
        if st.future and st.outlook is not None:
            st.period = st.outlook


def extract_sentence(sentence: str, context: Context | None = None, line: int = 1, state: State | None = None,
                     page: int | None = None) -> list[Fact]:
    """The facts one sentence states. `state` carries the paragraph's last period/metric between calls."""
    ctx = context or Context()
    st = state if state is not None else State()
    s = sentence.strip()
    numeric = _has_digit_or_word(s)
    if _maybe(s[:60], ("gaap", "adjusted", "reported", "statutory", "ifrs")):
        lead = _LEAD_BASIS.match(s)
        if lead:
            word = lead.group("w") or lead.group("w2")
            st.lead_basis = Basis.GAAP if word.lower() in ("reported", "statutory") else basis_of(word)
    if not s or not (numeric or (ctx.role is not Role.ANALYST and _might_be_qualitative(s))) or _boilerplate(s):
        if s and not numeric and ctx.role is not Role.ANALYST and _OUTLOOK_NAMED.search(s):
            _announced_outlook(s, ctx, st)  # "For the full year, we are raising our outlook."
        if s and not numeric and ctx.fiscal_year and s.count(" ") < 8 and _TOPIC_LEAD.match(s):
            _topic_period(_cues(s, ctx), ctx, st)  # "Now to the fourth quarter." heads the figures that follow
        return []
    lowered = s.lower()
    if (st.period is not None and not st.future and st.heading is None and ctx.fiscal_year and ctx.fiscal_quarter
            and st.period.fiscal_year and not st.period.ytd and P.period_key(st.period) > P.closed_by(ctx.fiscal_year, ctx.fiscal_quarter)):
        st.period = None  # "October is running ...": the quarter under way dates only the sentence that names it
    outlook = any_in(lowered, ("guid", "outlook", "range", "forecast"))
    qs = [q for q in find_quantities(s, ctx.currency, outlook) if _is_figure(q, s)] if numeric else []
    if qs:
        bare_ok = _bare_ok(s, lowered)
        qs = [q for q in qs if _worth_reading(q, s, bare_ok)
              or (st.unit == "count" and _COUNT_VERB.search(s, max(0, q.start - 30), q.start))]
    cues = metric_cues(s) if (qs or _might_be_qualitative(s)) else []
    kcues = kind_cues(s) if (qs or cues or (ctx.segments is not None and _might_be_qualitative(s))) else []
    pcues = _cues(s, ctx) if (qs or cues) else []
    if pcues and any(c.rel is None and c.year and not c.quarter and not c.half for c in pcues):
        pcues = _undated(s, pcues)
    facts: list[Fact] = []
    topic = not qs and ctx.fiscal_year and s.count(" ") < 8 and _TOPIC_LEAD.match(s)
    if topic and not cues:
        pcues = _cues(s, ctx)
    if topic and pcues:
        _topic_period(pcues, ctx, st)
    if not qs and _OUTLOOK_NAMED.search(s):
        _announced_outlook(s, ctx, st)
    if st.lead_basis is not None and any(k is FactKind.GUIDANCE for _, k in kcues):
        st.lead_basis = None  # the outlook is a new topic: "on a GAAP basis" was about the results
    future_at = tuple(c.start for c in pcues if _future_cue([c], ctx) or (ctx.role is not Role.ANALYST and _ahead(c, ctx, s)))
    # read only where an outlook could carry over: an answer about the outlook, or a paragraph in its outlook
    reported_at = tuple(c.start for c in pcues if _reported(c, ctx)) if ctx.asked_outlook or st.kind is FactKind.GUIDANCE else ()
    # a quarter or year already reported that names the figure's own period (not a comparison base like "last year")
    dated_at = tuple(c.start for c in pcues if c.rel in (None, "this_q") and _reported(c, ctx)) if future_at else ()
    respectively = _respectively(s, qs, cues)
    prev: tuple[Quantity, Basis | None] | None = None
    compared_end: int | None = None
    motion_from: int | None = None
    for i, q in enumerate(qs):
        picked = respectively.get(i) or _metric_for(q, s, cues, qs)
        after = s[q.end:q.end + 40]
        count_noun = _listed_count(s, q) or (
            # a noun the closed list does not know counts only where the sentence names no count of its own
            _plural_count(s, q) if not (picked and picked[0] in COUNT_METRICS) else None)
        counts = [f for f in facts if f.unit == "count"]
        inherited = False
        if q.unit is None:
            if count_noun:
                cm = metric_cues(count_noun.group(1))
                noun = count_noun.group(1).lower()
                metric = cm[0][2] if cm else ("units" if noun in _GOODS or _GOODS_NOUN.fullmatch(noun) else "headcount" if noun in _PEOPLE
                                              else "share_count" if noun == "shares" else "other")
                if metric not in COUNT_METRICS:
                    metric = "units" if metric in ("units",) else ("customers" if metric == "customers" else "other")
                cstart, _ = _clause_bounds(s, q.start)
                named = next((c for c in reversed(cues) if cstart <= c[0] and c[1] <= q.start and c[2] in _COUNTED_AS), None)
                picked = (metric, count_noun.group(1), count_noun.start(1), count_noun.end(1))
                if named and metric in ("units", "other"):
                    picked = (named[2], named[3], named[0], named[1])  # "Net new orders were 5,130 homes", "a backlog of 6,240 homes": the named metric, counted
                elif noun == "shares" and _BUYBACK_VERB.search(s, max(0, q.start - 40), q.start):
                    picked = ("buyback", "repurchased shares", *picked[2:])  # "we repurchased 1.4 million shares"
                q.unit = "count"
            elif (facts and facts[-1].unit == "days" and q.value is not None and q.value < 1000
                  and (_COMPARE_BEFORE.search(s[max(0, q.start - 40):q.start]) or _COUNT_LINK.search(s[max(0, q.start - 24):q.start]))):
                q.unit = "days"  # "49 at the end of the quarter, compared with 51 at the end of June and 47 a year ago"
                picked = (facts[-1].metric, facts[-1].phrase)
            elif (("day" in lowered or "time" in lowered or "dpo" in lowered) and _DAYS_MEASURE.search(s, max(0, q.start - 60), q.start)
                  and _DAYS_LINK.search(s, max(0, q.start - 24), q.start)):
                q.unit = "days"  # "Days claims payable were 49 at the end of the quarter, compared with 51"
                picked = ("other", _DAYS_MEASURE.search(s, max(0, q.start - 60), q.start).group(0))
            elif (not picked or picked[0] not in COUNT_METRICS) and _counted_earlier(q, s) and (
                    named := next((c for c in reversed(cues) if c[1] <= q.start and c[2] in COUNT_METRICS), None)):
                q.unit = "count"  # the count named before the clause the figure ends
                picked = (named[2], named[3], named[0], named[1])
            elif picked and picked[0] in RATIO_METRICS and "." in q.text:
                q.unit = "x"
            elif picked and picked[0] in DAYS_METRICS:
                q.unit = "days"
            elif q.scaled and picked and picked[0] in MONEY_METRICS:
                q.unit = ctx.currency
            elif q.scaled and not count_noun and q.value is not None and _bare_money(q, s, picked, st, facts):
                q.unit = ctx.currency  # "gross margin was up 95 million", "an impairment of 1.6 billion", "Terminals was up 17 million"
                if picked and picked[0] in COUNT_METRICS:
                    picked = None  # the volume named after it is the cause, not the figure's metric
            elif picked and picked[0] in COUNT_METRICS and (q.scaled or "," in q.text or (q.value or 0) >= 10):
                q.unit = "count"
            elif picked and picked[0] == "eps" and q.value is not None and "." in q.text and abs(q.value) < 100:
                q.unit = ctx.currency
            elif counts and (_COMPARE_BEFORE.search(s[max(0, q.start - 40):q.start])
                             or _CHANGE_BEFORE.search(s[max(0, q.start - 30):q.start])
                             or _COUNT_LINK.search(s[max(0, q.start - 24):q.start])
                             or _like_count(q, counts[-1], s)):
                q.unit = "count"  # "1,240 patients, compared with 780": the count of the figure before
                picked = (counts[-1].metric, counts[-1].phrase)
                inherited = True
            elif (st.unit == "count" and not facts and st.metric in COUNT_METRICS | {"other"}
                  and _COUNT_VERB.search(s, max(0, q.start - 30), q.start) and q.value is not None):
                q.unit = "count"  # "... 14 new restaurants. Year-to-date we've opened 31": the noun of the sentence before
                picked = (st.metric, st.phrase)
                inherited = True
            elif (st.unit == "count" and st.count_ref and q.value is not None and q.value > 0 and "," in q.text
                  and Decimal("0.8") <= q.value / st.count_ref <= Decimal("1.25")
                  and any(k in (FactKind.ESTIMATE, FactKind.GUIDANCE) for _, k in kcues)):
                q.unit = "count"  # "... guide of 800,000 to 860,000 ounces ... The Street is at 845,000": that count again
                picked = (st.metric, st.phrase)
                inherited = True
            else:
                continue
        if q.unit == "days" and picked and picked[0] == "inventory":
            picked = ("dio", picked[1], *picked[2:])
        if q.unit == "days" and (not picked or picked[0] not in DAYS_METRICS):
            days = _DAYS_MEASURE.search(s)
            kind_of_days = re.search(r"[a-z][\w-]*\s+days$", q.text, re.I)
            if kind_of_days and not re.search(r"\b(?:within|in|after|over|for|next|past|last)\s+(?:about\s+)?$", s[max(0, q.start - 20):q.start], re.I):
                picked = ("other", kind_of_days.group(0))  # "164 off-hire days": the days say what they measure
            elif days:
                picked = ("other", days.group(0))  # "days claims payable were 49", "build cycle time was 118 days"
            elif not (picked and picked[0] in ("other",)):
                continue
        if q.unit == "x" and not picked and not (ctx.role is Role.ANALYST and "." in q.text) and not re.search(r"\b(?:leverage|coverage|turns?|multiple|ratio|times\s+(?:EBITDA|earnings|sales))\b", s, re.I):
            continue
        if q.unit == "count" and not picked:
            continue
        if q.unit == "count" and ctx.role is Role.ANALYST and _PURPOSE_COUNT.search(s, max(0, q.start - 40), q.start):
            continue
        if (ctx.segments is not None and q.unit != "count"
                and (picked is None or picked[0] in ("growth", "units") or picked[0] == "other" and not _named_other(picked))):
            cstart, _ = _clause_bounds(s, q.start)
            named = [m for m in ctx.segments.finditer(s, cstart, q.start)]
            if named:
                picked = ("segment_revenue", named[-1].group(0), named[-1].start(), named[-1].end())
                if q.unit in ("%", "bps") and any(c[2] in _MARGINS for c in cues if c[1] <= named[-1].start()):
                    # "the segment margin ranges: Aeronautics to 11.5% to 11.7%, ...": a segment's margin
                    picked = ("margin", named[-1].group(0) + " margin", named[-1].start(), named[-1].end())
        if picked and picked[0] == "growth":
            named = [c for c in cues if c[1] <= q.start and c[2] not in ("growth", "other")]
            if named:  # "UK revenue was GBP 540 million, up 2.9 per cent organically": organic growth of revenue
                picked = (named[-1][2], named[-1][3], named[-1][0], named[-1][1])
        carried = False
        if (picked is None and st.metric not in (None, "other", "growth") and not count_noun and _carries_metric(s, q)
                and (q.unit == st.unit or (q.unit == "bps" and st.unit == "%"))):
            picked, carried = (st.metric, st.phrase), True  # "Our tax rate was 23%. For the first quarter, we expect about 21%."
        elif (picked is None and (ctx.asked_metric is not None or ctx.question) and st.metric is None and not facts and not count_noun
              and _carries_metric(s, q) and _says_nothing_after(s, q)
              and (asked := ctx.asked_metric or question_metric(ctx.question)) is not None and _fits(asked[0], q.unit)):
            picked = asked  # "What are you assuming for the tax rate?" "Think of it as 21% to 22%."
        if (not picked or picked[0] == "other") and _money(q.unit) and _PER_UNIT_PRICE.match(s, q.end):
            picked = ("price", "realized price")  # "we realized $2.31 per Mcf"
        elif ((not picked or picked[0] in ("other", "net_income")) and _money(q.unit) and not q.scaled and _PER_DAY.match(s, q.end)
              and _DAY_RATE.search(s, max(0, q.start - 80), q.start) and not _BREAKEVEN.search(s, max(0, q.start - 80), q.start)):
            picked = ("price", "day rate")  # "earned a time charter equivalent rate of $21,850 per day": a rate charged
        metric, phrase = (picked[0], picked[1]) if picked else ("other", "")
        metric_span = (picked[2], picked[3]) if picked and len(picked) == 4 else None
        is_change, direction = _change(q, s, qs)
        if (is_change and q.unit == "count" and count_noun is not None
                and _NOUN_DIRECTION.match(s, q.end, count_noun.start(1))):
            is_change, direction = False, None  # "71,400 lower berths": the word names the thing counted, not a change
        if (metric == "other" and q.unit == "%" and not re.match(r"\s+of\b", after)
                and (is_change or _GROWTH_NEAR.search(s, max(0, q.start - 45), min(len(s), q.end + 30)))):
            last = next((f for f in reversed(facts) if f.unit == "count"), None)
            if last is not None and any(f.metric != last.metric for f in facts[facts.index(last):]):
                last = facts[-1]  # another metric came in between
            last_end = s.find(last.text) + len(last.text) if last is not None and last.text in s else -1
            if (last is not None and last.unit == "count" and last.metric in _COUNTED and last.sentence == s
                    and 0 <= last_end <= q.start and not _NEW_SUBJECT.search(s, last_end, q.start)):
                metric, phrase = last.metric, last.phrase  # "We produced 214,600 ounces, up 9%": the change of the count
            elif not facts and st.unit == "count" and st.metric in _COUNTED and _carries_metric(s, q):
                metric, phrase = st.metric, st.phrase  # "... 868,000 members. That's up 14% from a year ago."
        if (is_change and q.unit == "%" and metric in ("other", "net_income") and facts and facts[-1].metric == "price"
                and facts[-1].phrase == "day rate" and facts[-1].sentence == s and facts[-1].text in s
                and re.fullmatch(r"\s*(?:per|a)\s+day\s*,\s*(?:(?:up|down)\s+)?", s[s.find(facts[-1].text) + len(facts[-1].text):q.start], re.I)):
            metric, phrase = "price", facts[-1].phrase  # "$21,850 per day, 34% higher than a year ago": the rate's change
        if not is_change and q.unit == "%" and metric != "growth" and "growth" in phrase.lower() and not _SHARE_OF.match(after):
            is_change, direction = True, Direction.UP  # "revenue growth guidance of 3% to 5%": a rate of change
        if (not is_change and q.unit == "%" and facts and facts[-1].change is not None and facts[-1].unit == "%"
                and facts[-1].sentence == s and re.fullmatch(r"\s*(?:[A-Za-z-]+\s+){0,4}?(?:,\s*)?(?:and|or)\s+(?:about\s+|approximately\s+)?",
                                                             s[s.find(facts[-1].text) + len(facts[-1].text):q.start])):
            is_change, direction = True, facts[-1].direction  # "up 4.1% organically and 2.8% in reported terms"
        if (is_change and direction is Direction.UP and facts and facts[-1].sentence == s and facts[-1].direction is Direction.DOWN
                and facts[-1].unit == q.unit and facts[-1].text in s
                and _SHARED_BY.fullmatch(s, s.find(facts[-1].text) + len(facts[-1].text), q.start)):
            direction = Direction.DOWN  # "reduce sales growth by 2 points and operating income growth by about 3 points"
        if q.unit == "%" and metric in MONEY_METRICS and not is_change:
            if _SHARE_OF.match(after) and metric in _MARGIN_OF:
                metric = _MARGIN_OF[metric]
        if (q.unit == "count" and metric in MONEY_METRICS and not (count_noun and metric in _COUNTED_AS)
                or q.unit == "%" and metric in COUNT_METRICS and (re.match(r"\s+of\b", after)
                                                                  or not _GROWTH_NEAR.search(s, max(0, q.start - 45), min(len(s), q.end + 30)))) and not is_change:
            metric = "other"
        if (q.unit in ("%", "x", "bps") and metric in _AMOUNT_ONLY and not is_change
                and not _GROWTH_NEAR.search(s, max(0, q.start - 45), min(len(s), q.end + 30))):
            flows = [c for c in cues if c[1] <= q.start and c[2] in ("operating_cash_flow", "free_cash_flow")] if q.unit == "x" else []
            # "leverage was 3.1 times EBITDA", "94% of net income": a ratio to the amount, not the amount; but
            # "cash flow from operations was $2.1 billion, or 1.3 times net income" is the cash flow's multiple
            metric, phrase = (flows[-1][2], flows[-1][3]) if flows else ("other", phrase)
        epsish = metric == "eps" or (metric == "net_income" and q.scaled and re.search(r"\bEPS\b|\bshare\b", phrase, re.I))
        if epsish and _money(q.unit) and (q.scaled and metric == "eps" or _DRIVER_AFTER.match(s, q.end)
                                          or _DRIVER_BEFORE.search(s, max(0, q.start - 40), q.start + _hedge_len(q))):
            # "$64 million", "a $0.15 charge", "cost us $0.08 a share": an item of EPS, not EPS; "earnings were $738
            # million" is the earnings themselves
            metric = "net_income" if q.scaled and re.fullmatch(r"(?:net\s+)?(?:earnings|income|profits?)", phrase, re.I) else "other"
        if metric == "margin" and phrase.lower() in ("margin", "margins") and q.unit in ("%", "bps"):
            amount = next((f for f in reversed(facts) if f.sentence == s and _money(f.unit) and f.metric in _MARGIN_OF), None)
            if amount is not None:  # "EBITDA was $41 million, a margin of 14.3%": that amount's margin
                metric = _MARGIN_OF[amount.metric]
        if metric in ("eps", "dividend") and q.unit == "%" and not is_change:
            pass
        if q.unit and _money(q.unit) and metric in PERCENT_METRICS and metric not in ("growth",):
            metric = {"gross_margin": "gross_profit", "operating_margin": "operating_income", "ebitda_margin": "ebitda",
                      "growth": "revenue"}.get(metric, metric)
        value, low, high = q.value, q.low, q.high
        flat = _FLAT_TO.search(s, max(0, q.start - 24), q.start) if "flat" in lowered else None
        if flat and value is not None and not q.is_range:
            down = (flat.group(1) or "").lower() == "down" or value < 0
            low, high = (-abs(value), Decimal(0)) if down else (Decimal(0), abs(value))
            q.text = s[flat.start():q.end]
            is_change, direction = True, (Direction.DOWN if down else Direction.UP)
        negative = q.negative
        before_txt = s[max(0, q.start - 40):q.start]
        if not negative and _maybe(before_txt, _NEGATIVE_HINTS) and _NEGATIVE_WORD.search(before_txt):
            negative = True
            value = -value if value is not None else None
            low, high = ((-high if high is not None else None), -low) if low is not None else (low, high)
        if not negative and q.unit in ("%", "bps") and _maybe(s[q.end:q.end + 14], ("negative", "unfavo", "adverse")) and _NEG_NOUN_AFTER.match(s, q.end):
            negative = True
            value = -abs(value) if value is not None else None
            low, high = ((-high if high is not None else None), -low) if low is not None and low > 0 else (low, high)
        if not negative and _money(q.unit) and value is not None and value > 0 and _NEG_AFTER.match(s, q.end):
            negative, value = True, -value  # "$0.06 unfavorable compared with last year", "$0.11 behind normal"
            if not is_change and _YOY.search(s, q.end, min(len(s), q.end + 60)):
                is_change, direction = True, Direction.DOWN
        if (not is_change and not negative and metric_span is not None and value is not None and value > 0
                and metric in _LOSS_METRICS and NEGATING.search(s[metric_span[0]:metric_span[1] + 1]) and _money(q.unit)):
            value = -value
        cost_share = (is_change and q.unit in ("%", "bps") and _maybe(s, (" of ",)) and _maybe(s, ("sales", "revenue", " of total"))
                      and _COST_SHARE.search(s, 0, q.start) is not None)
        # a change that names no metric of its own, said of the cost ratio the paragraph (or the question answered) is about:
        # "I had the operating ratio at 60.3%. How much of the 180 basis points of improvement was fuel?"
        ratio_topic = (is_change and direction is Direction.UP and picked is None and q.unit in ("%", "bps")
                       and (_COST_RATIO.search(st.phrase) if st.metric == "other" and st.phrase
                            else not facts and st.metric is None and ctx.question and _COST_RATIO.search(ctx.question)))
        if (is_change and direction is Direction.UP and (metric in _COST_METRICS or cost_share or ratio_topic
                                                         or _COST_RATIO.search(s, max(0, q.start - 60), min(len(s), q.end + 40)))
                and not re.search(r"\befficiency\s+(?!ratio)\w+\s*$", s[max(0, q.start - 40):q.start], re.I)
                and (imp := _IMPROVE.search(s, max(0, q.start - 30), min(len(s), q.end + 30)))
                and not _THAN_OUTLOOK.match(s, imp.end())):  # "rose 1.4%, better than our guidance": not the cost's direction
            direction = Direction.DOWN  # "DSO improved by 2 days", "a 30 basis point improvement" in SG&A
        if (direction is not Direction.DOWN and facts and facts[-1].sentence == s and facts[-1].direction is Direction.DOWN
                and facts[-1].change is not None and facts[-1].text in s and (is_change or _money(q.unit) or q.unit == "%")
                and _OR_AFTER_DOWN.fullmatch(s, s.find(facts[-1].text) + len(facts[-1].text), q.start)
                and not _PER_OTHER.match(s, q.end)):  # "... or $33,000 per salon compared to $49,000": a level of another measure
            is_change, direction = True, Direction.DOWN  # "net income was down $2 million or 1.7%": one fall said two ways
        if is_change and direction is Direction.DOWN:
            if value is not None and value > 0:
                value = -value
            if low is not None and low > 0:
                low, high = (-high if high is not None else None), -low
        # kind
        kind = _kind(q, s, kcues, ctx, st, future_at, reported_at, dated_at)
        if (kind in (None, FactKind.ACTUAL) and q.low is not None and (rev := _REVISED_FROM.match(s, q.end)) is not None
                and re.search(r"\b(?:previously|prior)$", rev.group(0), re.I) and not PAST.search(s, _clause_bounds(s, q.start)[0], q.start)):
            kind = FactKind.GUIDANCE  # "Operating margin of 18% to 19% versus 20% to 21% previously": a range set against the one it replaces
        base = _BASE_OF.search(s, max(0, q.start - 40), q.start) if "base" in s else None
        if base:
            kind = FactKind.ACTUAL  # "5% to 7% annual growth off our 2025 base of $3.86": the level of that year
        level_of = _LEVEL_OF.search(s, max(0, q.start - 45), q.start)
        if level_of and "target" in level_of.group(0).lower():
            level_of = None  # "our targeted level of 75%" is the goal, not the level reached
        if level_of and kind in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE):
            kind = FactKind.ACTUAL  # "up slightly from our Q3 level of 41.8%": the level reached, not the outlook
        revised = False
        _, cend = _clause_bounds(s, q.start)
        later = [(pos, k) for pos, k in kcues if q.end <= pos < cend]
        if kind is FactKind.GUIDANCE and any(k is FactKind.TARGET and not any(q.end <= o.start < pos for o in qs) for pos, k in later):
            kind = FactKind.TARGET  # "savings of EUR 220 million by the end of 2026" (a figure between takes it for itself)
        if later and later[0][1] is FactKind.PRIOR_GUIDANCE and "," not in s[q.end:later[0][0]] and (
                later[0][0] - q.end < 16 or _FOR_THAT.fullmatch(s, q.end, later[0][0])) and not any(
                o.start > later[0][0] and _INTRODUCES.fullmatch(s, later[0][0], o.start) for o in qs):  # "the 45 to 50 basis points for fiscal 2026 that we talked about"
            kind = FactKind.PRIOR_GUIDANCE  # "up from the EUR 180 million we had targeted"
            revised = True
        if kind is FactKind.GUIDANCE and re.search(r"\bfrom\s+(?:the\s+|our\s+)?(?:prior\s+|previous\s+)?(?:\w+\s+){0,2}$", s[max(0, q.start - 30):q.start], re.I) and _REVISE.search(s[:q.start]):
            nxt = [o for o in qs if o.start > q.end]
            earlier = [o for o in qs if o.end <= q.start and o.unit == q.unit]
            if (nxt and re.match(r"^\s*(?:\w+\s+){0,3}?to\b", s[q.end:nxt[0].start])) or earlier:
                kind = FactKind.PRIOR_GUIDANCE  # "raising EPS to $4.85-$5.00, from $4.70-$4.95"
                revised = True
        near = s[max(0, q.start - 60):q.start]
        maybe_compare = _maybe(near, _COMPARE_HINTS)
        direct = _COMPARE_BEFORE.search(s[max(0, q.start - 40):q.start]) if maybe_compare else None
        if direct and _SOURCE_FROM.search(s, max(0, q.start - 60), q.start):
            direct = None  # "half of that comes from the $150 million cost program": a source, not an earlier level
        if direct and _MOTION.search(s[max(0, q.start - 40):q.start]):
            direct = None  # "utilization goes from 78% to 82%": today's level, then where it goes
            motion_from = q.end
            kind = FactKind.ACTUAL
        elif motion_from is not None and re.fullmatch(r"\s*to\s+", s[motion_from:q.start]):
            kind = FactKind.GUIDANCE if kind is FactKind.ACTUAL else kind
            motion_from = None
        of = _COMPARE_OF.search(near) if maybe_compare else None
        if of and _OUTLOOK_WORD.search(of.group(0)):
            of = None  # "compared with our guidance of $X" recalls an outlook, it is not a base period
        comparison = not is_change and not revised and bool(direct or of) and not (kind is FactKind.PRIOR_GUIDANCE and not direct)
        if (not comparison and not is_change and compared_end is not None
                and (re.fullmatch(r"[^,;.]{0,40}?\s(?:and|or)\s+(?:the\s+|a\s+)?", s[compared_end:q.start])
                     # "as compared to 11% in full year 2020, 8% in 2019, and 5% in 2018": a list of earlier levels
                     or q.unit != "count" and re.fullmatch(r"(?:\s+(?:in|for|at|during)\s+[^,;.]{0,25}?|\s+(?:a\s+year\s+ago|last\s+(?:year|quarter)))?,\s+(?:and\s+|or\s+)?(?:the\s+|a\s+)?",
                                                           s[compared_end:q.start]))
                and facts and facts[-1].unit == q.unit):
            comparison = True  # "compared with 40.9% a year ago and 41.6% in the third quarter"
            kind = FactKind.ACTUAL
        base_kind = kind
        replaced = comparison and kind is FactKind.GUIDANCE and _REPLACED_AFTER.match(s, q.end) is not None
        if (comparison and q.low is not None and facts and facts[-1].sentence == s and facts[-1].low is not None
                and facts[-1].unit == q.unit and facts[-1].kind is FactKind.GUIDANCE):
            replaced = True  # "EPS of $14.60 to $14.80, up from $14.25 to $14.55": the range the new one replaces
        if replaced:
            # "revenue of JPY 1,265 billion, up from the JPY 1,240 billion we announced in May": the outlook it replaces
            kind = FactKind.PRIOR_GUIDANCE
        elif comparison and kind is not FactKind.ACTUAL:
            kind = FactKind.ACTUAL  # the base a change starts from: "grow 3% from $4.7 billion in 2024"
        same = [f for f in facts if f.unit == q.unit and f.sentence == s]
        if comparison and same and (direct or of):
            marker = q.start - len((direct or of).group(0))
            if not any(marker <= c[0] and c[1] <= q.start for c in cues) and not (metric_span and metric_span[0] >= q.end):
                metric, phrase = same[-1].metric, same[-1].phrase  # "..., compared with $109.6 million a year ago"
        target_at = max((pos for pos, k in kcues if k is FactKind.TARGET and pos < q.start), default=0)
        period = _period_for(q, s, pcues, ctx, st, base_kind if comparison else kind, comparison, qs, is_change, target_at, metric)
        if base:
            period = P.label(int(base.group(1)))
        if level_of:
            own = [c for c in pcues if level_of.start() <= c.start < q.start]
            if own:
                period = P.resolve(own[-1], ctx.fiscal_year, ctx.fiscal_quarter, False, ctx.fiscal_half)
        if metric in ("other",) and q.unit in (None, "count") and not count_noun and not inherited:
            continue
        earlier = not comparison and not is_change and period is not None and _last_years(q, s, pcues)
        if earlier:
            # "the $25 million of insurance proceeds in the prior year quarter", "compared to $192 million in the prior
            # year quarter that included a $93 million gain": last year's, and no period for the figures after it
            period = P.previous_of(period, False)
        if "'s" in s or "’s" in s:
            poss = next((c for c in pcues if c.rel == "q_poss" and c.end <= q.start and re.fullmatch(r"\s*(?:about\s+|approximately\s+)?", s[c.end:q.start])), None)
            if poss is not None:
                # "about 50 basis points above the second quarter's 59.8%": that quarter's own figure, recalled
                kind, earlier = FactKind.ACTUAL, True
                period = P.resolve(poss, ctx.fiscal_year, ctx.fiscal_quarter, False, ctx.fiscal_half)
        # "down 10% from the fourth quarter" in a first-quarter outlook is sequential: the guided quarter's own
        # previous quarter decides, not the call's.
        own_q = period.quarter if period is not None and period.quarter else ctx.fiscal_quarter
        change = _change_kind(s, q, qs, own_q) if is_change else None
        if change is not None and q.unit not in ("%", "bps") and change is Change.YOY and period and period.quarter and _SEQ.search(s):
            change = Change.SEQUENTIAL
        basis = _basis(q, s, metric_span, prev, metric, ctx, cues)
        if basis is None and carried and st.basis is not None:
            basis = st.basis  # the metric carried on from the sentence before, and its basis with it
        elif basis in (None, ctx.basis) and st.lead_basis is not None and kind is FactKind.ACTUAL and metric in (ctx.basis_scope or PNL_METRICS) and ctx.role is not Role.ANALYST:
            if metric_span is None or not BASIS_CUES.search(s, max(0, metric_span[0] - 28), metric_span[1]):
                basis = st.lead_basis  # "On a non-GAAP basis, gross margin was 61%. Operating margin was 24%."
        prev = (q, basis)
        facts.append(Fact(
            metric=metric, phrase=phrase or metric.replace("_", " "),
            value=None if low is not None else value, low=low, high=high if low is not None else None,
            unit=q.unit, approx=q.approx, change=change, direction=direction if is_change else None,
            period=period, kind=kind, basis=basis, speaker=ctx.speaker, turn=ctx.turn, line=line, page=page,
            sentence=s, text=q.text,
        ))
        st.metric, st.unit, st.phrase, st.basis = metric, q.unit, phrase or metric.replace("_", " "), basis
        if q.unit == "count":
            st.count_ref = value if value is not None else high
        compared_end = q.end if comparison else None
        if not comparison and period is not None and kind is not FactKind.PRIOR_GUIDANCE and not level_of and not earlier:
            st.period = period
            st.future = kind is not FactKind.ACTUAL
            if kind is FactKind.GUIDANCE:
                st.outlook = period
        st.kind = kind
    if len(facts) > 1 and any(f.kind is FactKind.PRIOR_GUIDANCE for f in facts):
        _align_revisions(facts)
    if facts and _maybe(s, ("basis", "items")):
        facts = _basis_after(s, facts, qs, ctx)
    if any(f.kind is FactKind.GUIDANCE for f in facts) and _RECALLED.search(s):
        facts = [f.model_copy(update={"kind": FactKind.PRIOR_GUIDANCE})
                 if f.kind is FactKind.GUIDANCE and _over(f.period, ctx) else f for f in facts]
    if (cues or ctx.segments is not None) and kcues and ctx.role is not Role.ANALYST and not s.rstrip().endswith("?"):
        facts += _qualitative(s, cues, kcues, qs, ctx, st, line, page, facts)
    return facts


_BOILER_WORDS = ("forward-looking", "forward looking", "safe harbor", "safe harbour", "private securities", "risk factors",
                 "results may differ", "results could differ", "form 10", "reconciliation", "webcast", "replay", "passcode",
                 "conference id", "relations website")


def _boilerplate(s: str) -> bool:
    """Safe-harbour and housekeeping sentences: their percentages and numbers are not results."""
    low = s.lower()
    return any_in(low, _BOILER_WORDS)


_COUNT_VERB = re.compile(r"\b(?:opened|closed|added|hired|drilled|completed|acquired|remodeled|remodelled|relocated|signed|built|"
                         r"brought\s+online|turned\s+in\s+line|connected|sold|shipped|delivered)\s+(?:about\s+|roughly\s+|another\s+|over\s+|nearly\s+)?$", re.I)
_RANGE_OF = re.compile(r"\b(?:range|guidance|outlook|target)\s+of\s+(?:about\s+|approximately\s+)?$|\b(?:the|our|a)\s+$", re.I)


def _like_count(q: Quantity, last: Fact, s: str) -> bool:
    """A bare number or range of the same size as the count just given, recalled as a range or an outlook
    ("212 thousand boe per day, at the top end of the 205,000 to 212,000 range")."""
    ref = last.value if last.value is not None else last.high
    here = q.value if q.value is not None else q.high
    if not ref or not here or not (Decimal("0.5") <= here / ref <= Decimal("2")):
        return False
    if q.low is not None:
        return True
    return _RANGE_OF.search(s, max(0, q.start - 30), q.start) is not None or _RESTATED_GUIDE.search(s, max(0, q.start - 40), q.start) is not None


_COUNT_LINK = re.compile(r"\b(?:(?:and|or)\s+(?:[a-z]+\s+)?|to\s+|with\s+|at\s+|reach(?:ed|ing)?\s+)$")
"""Words that join a bare number to the count just given: "opened 18 new stores and closed 6", "ended with 1,300"."""
_YOU_HAVE = re.compile(r"\byou(?:'ve|\s+have|\s+now\s+have|'re\s+sitting\s+on|\s+are\s+sitting\s+on|\s+ended\s+with)\b"
                       r"|\bwith\s+(?:almost|about|nearly|over|more\s+than|roughly)?\s*[$€£¥₹]\s?\d[^,.]{0,20}\bof\s+(?:cash|liquidity|net\s+cash)", re.I)
_MOTION = re.compile(r"\b(?:goes|go|going|moves?|moving|rises?|rising|climbs?|ramps?|ramping|steps?\s+up)\s+(?:up\s+|down\s+)?from\s+$", re.I)
_COUNTED_AS = frozenset({"bookings", "backlog", "inventory", "buyback"})
_COUNTED = COUNT_METRICS | {"bookings", "backlog"}
_BUYBACK_VERB = re.compile(r"\b(?:repurchas\w*|bought\s+back|buy(?:ing)?\s+back|retir(?:ed|ing))\s+(?:(?:about|roughly|approximately|another|nearly|over)\s+)?$", re.I)
_PEOPLE = frozenset("advisors advisers agents reps representatives engineers salespeople bankers brokers consultants "
                    "professionals nurses drivers pilots technicians workers hires underwriters analysts scientists developers specialists "
                    "recruiters trainees apprentices recruits conductors crews".split())
_GOODS = frozenset("cases tests vaccines doses gallons liters litres tonnes tons barrels ounces pounds boxes packages parcels meals "
                   "boe boe/d boepd bbl bbls bbl/d b/d mcf mcfe mcf/d mcfe/d mmcf mmcfe mmcf/d mmcfe/d bcf bcfe bcf/d bcfe/d mmbtu "
                   "kits bottles pairs pieces items cars trucks aircraft vessels ships homes wafers devices systems rooms megawatts mw gw "
                   "carloads containers loads teus berths".split())
# units shipped or made of a kind the list above cannot hold: vessel classes ("41 Capesizes"), energy ("1.4 gigawatt hours")
_GOODS_NOUN = re.compile(r"\w+(?:maxes|sizes)|vlccs|(?:giga|mega|tera)watt[-\s]hours|gwh|mwh|twh")
_PER_DAY = re.compile(r"\s*(?:per|a|/)\s*day\b", re.I)
_DAY_RATE = re.compile(r"\b(?:rates?|earned|earn|earns|earning|fixed|TCE|charter|dayrates?|averaged|average\s+of|at)\b", re.I)
_BREAKEVEN = re.compile(r"\bbreak-?even\b", re.I)
_NEG_AFTER = re.compile(r"\s+(?:per\s+share\s+|a\s+share\s+)?(?:unfavou?rable|behind|short\s+of|worse)\b", re.I)
_DAYS_MEASURE = re.compile(r"\bdays?\s+(?:in\s+|of\s+)?(?:claims|payables?|supply|inventory|receivables?|sales\s+outstanding|cash|"
                           r"to\s+(?:close|collect|pay|sell))(?:\s+payable|\s+outstanding)?|\b(?:cycle|build|lead|turn|turnaround|processing|"
                           r"construction|delivery)\s+times?\b|\bDPO\b", re.I)
_DAYS_LINK = re.compile(r"\b(?:were|was|is|are|of|at|to|with|and|than)\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_NEGATIVE_HINTS = ("negative", "minus", "loss", "outflow", "burn", "deficit", "unfavo")
_COMPARE_HINTS = ("from", "compar", "versus", "vs", "against", "relative", "year's", "year’s")


def _maybe(text: str, words: tuple[str, ...]) -> bool:
    """A cheap test before a regular expression anchored at the end of `text`."""
    low = text.lower()
    return any_in(low, words)


def _money(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper()


def _segmentish(phrase: str) -> bool:
    return bool(phrase) and phrase.split()[0][:1].isupper() and phrase.split()[0].lower() not in ("revenue", "revenues", "sales", "total", "net")


def _span_of(cues: list[tuple[int, int, str, str]], picked: tuple[str, str] | None) -> tuple[int, int] | None:
    if picked is None:
        return None
    for c in cues:
        if c[2] == picked[0] and c[3].endswith(picked[1].split()[-1] if picked[1] else ""):
            return c[0], c[1]
    return None


def _respectively(s: str, qs: list[Quantity], cues: list[tuple[int, int, str, str]]) -> dict[int, tuple[str, str]]:
    """"revenue and EPS were $X and $Y, respectively": the n-th figure goes with the n-th metric."""
    if len(qs) < 2 or "respectively" not in s:
        return {}
    m = re.search(r"\brespectively\b", s)
    if not m:
        return {}
    group = [i for i, q in enumerate(qs) if q.end <= m.start()]
    if len(group) < 2:
        return {}
    first = qs[group[0]].start
    named = [c for c in cues if c[1] <= first]
    seen: list[tuple[int, int, str, str]] = []
    for c in named:
        if not seen or seen[-1][2] != c[2]:
            seen.append(c)
    if len(seen) >= len(group):
        seen = seen[-len(group):]
        return {i: (c[2], c[3], c[0], c[1]) for i, c in zip(group, seen)}
    return {}


_BARE_OK = re.compile(r"headcount|employees|customers|clients|logos|subscribers|members|stores|users|accounts|locations|book[-\s]to[-\s]bill|\bturns?\b|\bDSO|\bDIO|\bdays\b|leverage|coverage|\bEPS\b|per\s+share|\bratio\b|[A-Za-z]\s+(?:and\s+)?\d[\d,.]*\s+(?:\w+\s+)?[a-z]", re.I)


# _BARE_OK split so its costly case-insensitive keyword alternation becomes substring tests. Only for ASCII:
# str.lower() and re.I fold a few non-ASCII letters differently, and then the full pattern decides.
_BARE_WORDS = ("headcount", "employees", " count", "customers", "clients", "logos", "subscribers", "members", "stores", "users",
               "accounts", "locations", "leverage", "coverage")
_BARE_STEMS = ("book", "turn", "dso", "dio", "days", "eps", "per", "ratio")
_BARE_BOUNDED = re.compile(r"book[-\s]to[-\s]bill|\bturns?\b|\bDSO|\bDIO|\bdays\b|\bEPS\b|per\s+share|\bratio\b", re.I)
_BARE_SPACED = re.compile(r"[A-Za-z]\s+(?:and\s+)?\d[\d,.]*\s+(?:\w+\s+)?[a-z]", re.I)


def _bare_ok(s: str, low: str) -> bool:
    if not s.isascii():
        return _BARE_OK.search(s) is not None
    return (any_in(low, _BARE_WORDS) or (any_in(low, _BARE_STEMS) and _BARE_BOUNDED.search(s) is not None)
            or _BARE_SPACED.search(s) is not None)


_DIGITS = "0123456789"
_NUMBER_WORDS = ("percent", "point", "million", "billion", "teens", "digit", "cent", "penny", "times", "twenties", "thirties",
                 "forties", "fifties", "sixties", "seventies", "eighties", "nineties")




def worth_reading(text: str, role: Role = Role.CORPORATE) -> bool:
    """Cheap test of a whole paragraph: without a figure or a guided direction it holds no fact."""
    return _has_digit_or_word(text) or (role is not Role.ANALYST and _might_be_qualitative(text))


def _has_digit_or_word(s: str) -> bool:
    # Plain substring tests: a case-insensitive alternation scanned every paragraph twice.
    if any_in(s, _DIGITS):
        return True
    low = s.lower()
    return any_in(low, _NUMBER_WORDS)


_MONEY_NOUN_OF = re.compile(r"\b(?:impairments?|charges?|gains?|loss(?:es)?|costs?|expenses?|proceeds|spend(?:ing)?|investments?|write-?(?:downs?|offs?)|"
                            r"payments?|contributions?|benefit|headwind|tailwind|dividends?|revenues?|sales)\b(?:\s+(?:[\w-]+\s+){0,7}?)?"
                            r"\s*(?:of|was|were|totaled|totalled|came\s+to)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)
_MONEY_MOVE = re.compile(r"\b(?:up|down|increased|decreased|rose|fell|higher|lower|better|worse|by)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)


def _bare_money(q: Quantity, s: str, picked: tuple | None, st: State, facts: list[Fact]) -> bool:
    """An amount in millions or billions said without its currency: after a money noun ("an impairment of 1.6 billion"),
    or a rise or fall of a margin's dollars or of a line after money figures ("gross margin was up 95 million",
    "Terminals was up 17 million" after "... was up $66 million")."""
    before = s[max(0, q.start - 60):q.start]
    if picked and picked[0] in COUNT_METRICS and not (len(picked) > 2 and picked[2] >= q.end):
        return False  # a count named before it; "up 17 million, driven by volume" names the cause after it
    if _MONEY_NOUN_OF.search(before):
        return True
    if not _MONEY_MOVE.search(before):
        return False
    if picked and picked[0] in _MARGIN_OF.values():
        return True  # the margin's dollars; mapped to its amount metric below
    last_unit = facts[-1].unit if facts else st.unit
    return _money(last_unit) and (picked is None or picked[0] not in PERCENT_METRICS)


def _worth_reading(q: Quantity, s: str, bare_ok: bool) -> bool:
    """Cheap first cut: a bare number needs a unit word nearby or a count noun after it."""
    if q.unit is not None or q.scaled or q.kind != "number":
        return True
    return bare_ok or _listed_count(s, q) is not None or _counted_earlier(q, s) or _plural_count(s, q) is not None


_COUNT_IS = re.compile(r"\b(?:was|were|is|are|came\s+(?:in\s+)?(?:at|to)|totall?ed|reached|numbered)\s+(?:just\s+(?:over|under|shy\s+of)\s+|"
                       r"about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|around\s+|approximately\s+|some\s+|more\s+than\s+|close\s+to\s+)?$", re.I)


def _counted_earlier(q: Quantity, s: str) -> bool:
    """"deliveries of the new pickup, which began in August, were just over 1,900": a number in thousands said
    of a counted noun named earlier in the sentence."""
    return "," in q.text and _COUNT_IS.search(s, max(0, q.start - 30), q.start) is not None




_QUAL_WORDS = ("expect", "anticipat", "guid", "outlook", "forecast", "should", "will")




@lru_cache(maxsize=8)  # asked up to three times of the same sentence
def _might_be_qualitative(s: str) -> bool:
    low = s.lower()
    return any_in(low, _QUAL_WORDS) and _QUAL_DIR.search(s) is not None


def _ahead(c: P.Cue, ctx: Context, s: str) -> bool:
    """Periods ahead of the call that name no year: the second half in a first- or second-quarter call; in a
    fourth-quarter call the first quarter or half (next year's, unless the sentence is in the past tense); and "for
    the year" in a sentence with no verb of its own ("For the full year, revenue of about $4 billion.")."""
    fq = ctx.fiscal_quarter
    if c.year is not None or not fq or not ctx.fiscal_year:
        return False
    if c.rel is None:
        if c.half == 2 and fq <= 2:
            return not _OF_LAST_YEAR.match(s, c.end)
        return fq == 4 and (c.quarter == 1 or c.half == 1) and not _OF_LAST_YEAR.match(s, c.end)
    return c.rel == "this_y" and fq < 4 and not _tensed(s)


_OF_LAST_YEAR = re.compile(r"\s+(?:of\s+)?(?:last\s+year|the\s+(?:prior|previous|last)\s+year|a\s+year\s+ago)\b", re.I)


_YEAR_SPAN = re.compile(r"\b(?:fiscal\s+)?20\d\d\s*(?:through|to|-|–)\s*(?:fiscal\s+)?20\d\d\b", re.I)
_BASE_YEAR = re.compile(r"\s+base\b", re.I)
_MADE_IN = re.compile(r"\b(?:built|constructed|founded|established|incorporated|manufactured|commissioned)\s+(?:back\s+)?(?:in|before|after|since|prior\s+to)\s+$"
                      r"|\b(?:matur\w*|due|expir\w*|callable)\s+(?:in\s+)?(?:(?:19|20)\d\d\s+(?:and|or|to|through)\s+)?$"
                      r"|\bsince\s+(?:mid-|early\s+|late\s+|the\s+end\s+of\s+)?$", re.I)
""""sell our two oldest vessels, both built in 2010, for $52 million": the year something was made dates no figure."""


def _undated(s: str, pcues: list[P.Cue]) -> list[P.Cue]:
    """Years that date no figure: a span ("for 2027 through 2031", a multi-year plan), a base year ("off our 2025 base of
    $3.86", which dates only its base), a year inside a date ("at our investor day in March 2025")."""
    spans = [(m.start(), m.end()) for m in _YEAR_SPAN.finditer(s)]
    dated = _dated_years(s)
    return [c for c in pcues if not (c.rel is None and c.year and not c.quarter and not c.half and not c.ytd and (
        any(a <= c.start < b for a, b in spans) or c.start in dated or _BASE_YEAR.match(s, c.end)
        or _MADE_IN.search(s, max(0, c.start - 40), c.start)))]


def _cues(s: str, ctx: Context) -> list[P.Cue]:
    """The sentence's period cues, a month named as a period ("in October") as the quarter that holds it."""
    found = P.find_cues(s)
    if any(c.rel == "month" for c in found):
        found = [m for c in found if (c.rel != "month" or _MONTH_LEAD.search(s, 0, c.start) or _month_of_figure(s, c.start))
                 and (m := P.month_cue(c, ctx.fiscal_year, ctx.fiscal_quarter, ctx.quarter_end, ctx.call_month)) is not None]
    return found


def _month_of_figure(s: str, at: int) -> bool:
    """"milled 5,350 tonnes per day in June": a month right after a figure, with no verb between, dates it; "the range we
    gave in May" does not."""
    m = _AFTER_FIGURE.search(s, max(0, at - 32), at)
    return m is not None and not _tensed(m.group(0)) and not _IRREGULAR.search(m.group(0))


_AFTER_FIGURE = re.compile(r"\d[^.;,\d]{0,30}$")
_IRREGULAR = re.compile(r"\b(?:gave|said|told|set|laid|made|took|put|saw|got|did|we|you|they)\b", re.I)
_MONTH_LEAD = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|so|now|then|also)\s+)\W*$|\b(?:sales|revenues?|orders|comps|traffic|volumes?|"
                         r"bookings|shipments|RevPAR|occupancy|production)\s+$", re.I)
"""A month is a figure's period where it leads its clause ("In October, orders rose 8%") or follows the measure
("orders in October"); elsewhere it dates an event ("the buyback we announced in May")."""


_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|does|did|(?P<ed>[a-z]{3,}ed))\b|(?:%|\b(?:it|this|that|which))\s+[a-z]{3,}s\b"
                   r"|\b(?:it|that|there|what|he|she)['’]s\b", re.I)
_NOT_VERB = frozenset("adjusted expected related based diluted combined consolidated weighted estimated projected anticipated "
                      "planned targeted guided levered leveraged unlevered owned controlled detailed limited needed hundred "
                      "indexed secured unsecured advanced integrated".split())


@lru_cache(maxsize=32)
def _lowered(s: str) -> str:
    return s.lower()


@lru_cache(maxsize=32)
def _tensed(s: str) -> bool:
    """Has the sentence a verb with a tense of its own ("was", "lowered", "the 10.5% reflects")? "For the first quarter,
    gross margin in the 44% range" has none."""
    if PAST.search(s) or _PRESENT_STATE.search(s):
        return True
    return any(not (m.group("ed") and m.group("ed").lower() in _NOT_VERB) for m in _VERB.finditer(s))


def _reported(c: P.Cue, ctx: Context) -> bool:
    """A period the call reports on or before it ("in the quarter", "last year", "the second quarter" in a Q3 call)."""
    if c.rel == "q_this_year":
        return bool(c.quarter and ctx.fiscal_quarter and c.quarter <= ctx.fiscal_quarter)
    if c.rel is not None:
        return c.rel in ("this_q", "prev_q", "year_ago", "q_last_year", "h_last_year", "ytd_last_year", "n_years_ago", "this_h", "qtd") or (
            c.rel == "this_y" and ctx.fiscal_quarter in (None, 4))
    if c.year is not None and ctx.fiscal_year is not None:
        return c.year < ctx.fiscal_year or (c.year == ctx.fiscal_year and bool(c.quarter) and ctx.fiscal_quarter is not None
                                              and c.quarter <= ctx.fiscal_quarter)
    # without a year only the quarter reported and the one before are surely past: "the second quarter" in a Q4 call may
    # be next year's
    return bool(c.quarter and ctx.fiscal_quarter and 0 <= ctx.fiscal_quarter - c.quarter <= 1)


def question_outlook(question: str, ctx: Context, metric: bool = True) -> tuple[bool, Period | None, tuple[str, str] | None]:
    """Does an analyst's question ask about the outlook, for which period ahead (None: it names none), and about
    which one metric (None: none or several)? Only the end of a long turn is read: the question follows the preamble."""
    question = question[-_QUESTION_CHARS:]
    asked = asks_outlook(question)
    ahead = [c for c in P.find_cues(question) if _future_cue([c], ctx) or _ahead(c, ctx, question)]
    period = P.resolve(ahead[-1], ctx.fiscal_year, ctx.fiscal_quarter, True, ctx.fiscal_half) if ahead else None
    return asked or bool(ahead), period, question_metric(question) if metric else None


@lru_cache(maxsize=4)
def question_metric(question: str) -> tuple[str, str] | None:
    """The one metric a question names (None: none or several); read only when an answer's figure names none."""
    question = question[-_QUESTION_CHARS:]
    named = {(c[2], c[3]) for c in metric_cues(question) if c[2] not in ("other", "growth", "eps") or c[3].lower().endswith("eps")}
    return named.pop() if len({m for m, _ in named}) == 1 else None


_QUESTION_CHARS = 320


def _fits(metric: str, unit: str | None) -> bool:
    """Can a figure in this unit be a level or change of this metric?"""
    if unit in ("%", "bps"):
        return metric in PERCENT_METRICS or metric in MONEY_METRICS
    if _money(unit):
        return metric in MONEY_METRICS
    return unit == "count" and metric in COUNT_METRICS


def _topic_period(pcues: list[P.Cue], ctx: Context, st: State) -> None:
    """"And just to follow up on 2026." / "Turning to next year.": the period of what comes next."""
    if not pcues:
        return
    c = pcues[-1]
    fut = _future_cue([c], ctx)
    st.period, st.future = P.resolve(c, ctx.fiscal_year, ctx.fiscal_quarter, fut, ctx.fiscal_half), fut
    st.heading = st.period if fut and st.period is not None and st.period.quarter else None
    year = st.period is not None and not st.period.quarter and not st.period.half
    if year and st.period.fiscal_year == ctx.fiscal_year and (ctx.fiscal_quarter in (1, 2, 3) or ctx.fiscal_half == 1):
        st.outlook = st.period  # "Turning to the full year." before the year is over: what follows is guided


def _future_cue(pcues: list[P.Cue], ctx: Context) -> bool:
    for c in pcues:
        if c.rel in ("next_q", "next_y", "rest_y"):
            return True
        if c.rel == "q_this_year" and c.quarter and ctx.fiscal_quarter and c.quarter > ctx.fiscal_quarter:
            return True
        if c.rel is None and ctx.fiscal_year:
            if c.year and c.year > ctx.fiscal_year:
                return True
            if c.year is None and c.quarter and ctx.fiscal_quarter and c.quarter > ctx.fiscal_quarter:
                return True
            if c.year == ctx.fiscal_year and c.quarter and ctx.fiscal_quarter and c.quarter > ctx.fiscal_quarter:
                return True
    return False


def _comparison_cue(s: str, c: P.Cue) -> bool:
    """A period named after "from $287.0 million in 2010": it dates the comparison figure, not the sentence.
    So does the period of "our second quarter level of $35.5 million"."""
    return (_comparison_at(s, c.start) or re.match(r"\s+levels?\s+of\b", s[c.end:c.end + 12], re.I) is not None
            # "grew 19% to 2019 levels": the year a level is measured against, not the figure's period
            or c.year is not None and not c.quarter and not c.half and re.match(r"\s+levels?\b", s[c.end:c.end + 8], re.I) is not None
            and re.search(r"\b(?:to|from|versus|vs\.?|over|than|relative\s+to|compared\s+(?:to|with)|above|below)\s+(?:the\s+|our\s+)?$", s[max(0, c.start - 25):c.start], re.I) is not None)


_END_OF = re.compile(r"\b(?:the\s+)?(?:(?:end|close|start|beginning)\s+of|same\s+(?:time\s+)?(?:period|quarter)\s+(?:in|of|last))\b", re.I)


@lru_cache(maxsize=256)
def _comparison_at(s: str, start: int) -> bool:
    # read past the period words, so "below" can see what it is below ("70 basis points below the third quarter of 2025")
    found = [m for m in _COMPARE_CUE_BEFORE.finditer(s, max(0, start - 45), start + 40) if m.end() <= start]
    if not found:
        return False
    between = s[found[-1].end():start]
    if " of" in between or " in" in between:
        between = _END_OF.sub(" ", between)
    if len(between.split()) <= 3:  # "up 3% from the third quarter"
        return True
    # "from $287.0 million in 2010" yes; "cash flow from operations was $52.7 million in the quarter" no
    return any(ch.isdigit() for ch in between) and not re.search(r"\b(?:was|were|is|are|of|totaled|came)\b", between)


_LEAD_PERIOD = re.compile(r"\W*(?:(?:and|so|now|then)\s*,?\s+)?(?:for|in|during)\s+(?:the\s+|our\s+)?$", re.I)
_SOURCE_FROM = re.compile(r"\b(?:comes?|came|coming|derived|deriv(?:es|ing)|results?|resulted|resulting|stems?|stemmed|driven)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+|our\s+|an?\s+)?(?:about\s+|approximately\s+)?$", re.I)
_FOR_THAT = re.compile(r"\s+(?:for|in)\s+[^,;]{1,25}?\s+(?:that|which)\s+", re.I)
_NOW_AT = re.compile(r"\b(?:today|currently|right\s+now|at\s+present)\s*,?\s+(?:we\s+are|we're|it\s+is|it's|we\s+sit|we\s+stand)\s+(?:at\s+)?(?:about\s+|roughly\s+|around\s+)?$", re.I)
_BACK_REF = re.compile(r"\b(?:that|those|this|these)\s+$", re.I)
"""'we can unpack that 8% comp', 'those 90 basis points': a figure already given, not an answer about the outlook."""
_AHEAD_WORDS = re.compile(r"\b(?:will|would|going\s+to|gonna|next|expect\w*|model\w*|forecast\w*|guid\w*|outlook|estimates?|consensus|street|"
                          r"assum\w*|ahead|forward|upcoming|coming|impl(?:y|ies|ied)|should|project\w*|plan\w*|have\s+you|at\s+(?:about\s+)?[$\d]|"
                          r"20[2-4]\d|fiscal|full[-\s]year|for\s+the\s+(?:year|quarter)|back\s+half|second\s+half|run[-\s]rate|target\w*|through)\b", re.I)
_AT_YEAR_END = re.compile(r"\s+(?:at|as\s+of)\s+(?:the\s+)?(?:fiscal\s+)?(?:year[-\s]end|end\s+of\s+the\s+year)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)", re.I)
_OF_FIGURE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:of|at)\s+(?:about\s+|approximately\s+|roughly\s+)?", re.I)
_ITEM_GAIN = re.compile(r"\s*(?:[\w-]+\s+){0,2}?gains?\b(?!\s+(?:in|of)\b)", re.I)
_OF_THEN = re.compile(r"\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:in|during|for)\s+(?:the\s+)?", re.I)
"""Between a figure and the period its noun phrase names: "$25 million of insurance proceeds in the prior year quarter"."""
_INCLUDED_THEN = re.compile(r"\b(?:prior|last|previous)[-\s]year(?:'s)?(?:\s+(?:quarter|period))?,?\s+(?:that|which)\s+(?:had\s+)?"
                            r"(?:included|benefited\s+from|reflected|contained|had)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
"""An amount inside a relative clause on last year's period is that period's."""
def _last_years(q: Quantity, s: str, pcues: list[P.Cue]) -> bool:
    """Is the figure last year's by its own noun phrase or a relative clause on last year's period?"""
    if "year" not in s:
        return False
    for c in pcues:
        if c.rel == "year_ago" and q.end + 4 < c.start <= q.end + 60:
            if _OF_THEN.fullmatch(s, q.end, c.start) and not _tensed(s[q.end:c.start]):
                return True
            break
    return _INCLUDED_THEN.search(s, max(0, q.start - 70), q.start) is not None


_END_OF_LAST_YEAR = re.compile(r"\s+(?:[\w-]+\s+){0,3}?at\s+(?:the\s+)?(?:end|close)\s+of\s+(?:last|the\s+prior|the\s+previous)\s+(?:fiscal\s+)?year\b", re.I)
_BASE_OF = re.compile(r"\b(?:off|from|on)\s+(?:our|a|the|its)\s+(?:fiscal\s+)?(20\d\d)\s+base\s+(?:of\s+)?(?:about\s+)?$", re.I)
_BY_MY = re.compile(r"\bby\s+my\s+(?:math|numbers|calculations?|model)\b", re.I)
_COMMA_WE = re.compile(r",\s+(?:and\s+)?(?:we|I)\s+(?:would|will|now|also|still|currently|continue|expect|anticipate|see|believe|think|plan)\b", re.I)
"""', we would expect ...' after a figure: a new statement (a comma splice) whose cue is not the figure's."""
_RELATIVE = re.compile(r"\b(?:where|when|which|after|because|since)\b", re.I)
_TO_DATE = re.compile(r"\b(?:is|are)\s+(?:running|tracking|trending)|\bso\s+far\b|\bto\s+date\b|quarter[-\s]to[-\s]date", re.I)
""""April RevPAR is running up around 5%": data already seen of the quarter under way, an actual."""
_UNDER_WAY = re.compile(r"\balready\s+(?:fixed|booked|covered|contracted|hedged|locked|sold)\b|"
                        r"\b(?:are|is|have\s+been|has\s+been)\s+(?:now\s+)?(?:fixed|booked|covered|contracted|hedged|locked\s+in)\b", re.I)
""""61% of the quarter's days already fixed" said after the quarter reported: the next one, which has begun."""
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.I)
""""an improvement of 40 basis points on the first half of last year": the base of the change, not its period."""


_STOCKS = frozenset({"cash", "debt", "net_debt", "backlog", "rpo", "deferred_revenue", "inventory", "book_value", "aum", "loans",
                     "deposits", "share_count", "headcount", "customers", "subscribers", "users", "stores"})
_BALANCE_WORDS = re.compile(r"\b(?:remaining|left|available|outstanding|on\s+hand|st(?:ood|ands)\s+at|ended\s+(?:\w+\s+){0,3}?with|balance)\b", re.I)


def _span(p: Period, fq: int | None) -> bool:
    """A period a balance cannot be dated by in a quarterly call: year-to-date, or a year not yet over."""
    return p.ytd or (p.quarter is None and p.half is None and fq in (1, 2, 3))


def _point_in_time(s: str, q: Quantity, metric: str | None) -> bool:
    """A balance or stock ("backlog of $58 billion", "$1.2 billion remaining under the authorization"): it is at a
    point in time, so it takes the call's quarter, not the span of a flow figure before it."""
    if metric in _STOCKS:
        return True
    cstart, cend = _clause_bounds(s, q.start)
    return _BALANCE_WORDS.search(s, cstart, cend) is not None


def _period_for(q: Quantity, s: str, pcues: list[P.Cue], ctx: Context, st: State, kind: FactKind, comparison: bool,
                qs: list[Quantity], is_change: bool, target_at: int = 0, metric: str | None = None) -> Period | None:
    fy, fq = ctx.fiscal_year, ctx.fiscal_quarter
    # an analyst's own figure looks ahead only when the sentence does ("I have you at", "the Street is at", "next year"):
    # "inventory being down 18%", "the digital business, up 26%" are about the quarter just reported
    future = kind in (FactKind.GUIDANCE, FactKind.TARGET) or (kind is FactKind.ESTIMATE and not PAST.search(s) and _AHEAD_WORDS.search(s) is not None)
    next_start = min((o.start for o in qs if o.start >= q.end), default=len(s))
    main_cues = [c for c in pcues if c.rel not in ("prev_q", "year_ago")
                 and not (_comparison_cue(s, c) and not (kind is FactKind.PRIOR_GUIDANCE and q.end <= c.start <= q.end + 30))
                 and not (c.rel == "q_poss" and not (c.end <= q.start and re.fullmatch(r"\s*(?:about\s+|approximately\s+)?", s[c.end:q.start])))
                 and not (is_change and c.rel in ("q_last_year", "h_last_year", "ytd_last_year") and _ON_BEFORE.search(s, max(0, c.start - 9), c.start))]
    main_cues += [c for c in pcues if c.rel in ("prev_q", "year_ago") and c.end <= q.start and not comparison
                  and (re.fullmatch(r"(?:last|prior|previous)\s+(?:quarter|year)|a\s+year\s+ago", s[c.start:c.end], re.I)
                       # "lapping a prior-year increase of 16.1%": the hyphenated form only right before its figure
                       or re.fullmatch(r"prior-year", s[c.start:c.end], re.I) and _OF_FIGURE.fullmatch(s, c.end, q.start) is not None)
                  and not _comparison_cue(s, c)
                  and not _CHANGE_BEFORE.search(s[max(0, c.start - 30):c.start])]
    # "was $59.70 at September 30, 2021": the year of a dated balance is not a fiscal-year figure
    dated = _dated_years(s)
    if dated:
        main_cues = [c for c in main_cues if not (c.rel is None and c.year and not c.quarter and not c.half and not c.ytd
                                                  and c.start in dated)]
    if len(main_cues) > 1 and any(c.rel == "year_ago" for c in main_cues):
        explicit_ends = [c.end for c in pcues if c.rel is None and c.quarter]
        main_cues = [c for c in main_cues if not (c.rel == "year_ago" and any(0 <= c.start - e <= 2 for e in explicit_ends))]
    main_cues.sort(key=lambda c: c.start)
    main: Period | None = None
    clause_end = _clause_bounds(s, q.start)[1]
    following = [c for c in main_cues if q.end <= c.start <= min(next_start, q.end + 45, clause_end)]
    if not following and is_change and _TO_LEVEL.fullmatch(s, q.end, next_start):
        # "rose 9.8% to JPY 221.7 billion in the first half": the level's period words date its change too
        level = next(o for o in qs if o.start == next_start)
        following = [c for c in main_cues if level.end <= c.start <= min(level.end + 45, clause_end)]
    preceding = [c for c in main_cues if c.end <= q.start]
    if following and preceding and _LEAD_PERIOD.match(s[:preceding[0].start]) and "," in s[q.end:following[0].start]:
        following = []  # "For the fourth quarter, we expect sales of about $5.3 billion, our biggest quarter of the year"
    if (not following and preceding and kind is FactKind.ACTUAL and not _LEAD_PERIOD.match(s[:preceding[-1].start])
            and _new_subject(s, preceding[-1].end, q.start)):
        preceding = []  # "China is down for the year, and it's about 19% of the pipeline": that year was the other clause's
    chosen = following[0] if following else (preceding[-1] if preceding else None)
    if kind is FactKind.TARGET and chosen is not None and (chosen.rel in ("this_q", "this_y", "this_h", "prev_q", "next_n_years", "year_ago", "n_years_ago") or chosen.ytd):
        chosen = None  # a long-term goal is not about the quarter just reported, nor dated by "over the next five years"
    if target_at:
        # a year in the goal's own lead-in still dates it ("In fiscal 2030, we are targeting ..."); one that dates
        # an earlier figure does not ("We returned $640 million in fiscal 2026, or 59%, above our framework of ...")
        figures_before = [o.end for o in qs if o.end <= target_at]
        target_at = figures_before[-1] if figures_before else 0
    if kind is FactKind.TARGET and chosen is not None and not following and chosen.start < target_at:
        chosen = None  # "We returned $640 million in fiscal 2026, ..., above our framework of returning at least 50%"
    if chosen is not None and kind is FactKind.ESTIMATE and chosen.rel == "this_q" and not re.search(r"\b(?:had|was|were|beat|missed|came\s+in)\b", s, re.I):
        main = P.next_period(fy, fq) if fq else None  # the Street's "for the quarter" is the quarter ahead, unless it is past
    elif chosen is not None and chosen.rel == "this_q" and kind is FactKind.GUIDANCE and fq:
        # "G&A should be roughly $15 million in the quarter": the quarter being guided, not the one reported
        main = st.period if (st.period is not None and st.future and st.period.quarter) else P.next_period(fy, fq)
    elif (chosen is not None and chosen.rel == "this_q" and fq
          and (st.heading is not None or kind is FactKind.ACTUAL and _UNDER_WAY.search(s))
          and re.fullmatch(r"(?:the|in\s+the)\s+quarter", s[chosen.start:chosen.end], re.I)):
        # "Now to the fourth quarter. ... 58% of our days for the quarter are fixed": the quarter under way
        main = st.heading or P.next_period(fy, fq)
    elif chosen is not None and chosen.rel is None and chosen.quarter and chosen.year is None and fy and re.match(
            r"\s+(?:a\s+year\s+ago|of\s+last\s+year|last\s+year)\b", s[chosen.end:chosen.end + 16], re.I):
        main = P.label(fy - 1, chosen.quarter)  # "the third quarter a year ago"
    elif (chosen is not None and kind is FactKind.ACTUAL and chosen.rel is None and chosen.year is None and fq
          and chosen.quarter == fq % 4 + 1 and _TO_DATE.search(s)):
        main = P.next_period(fy, fq)  # "the second quarter, where April RevPAR is running up around 5%": the quarter under way
    elif chosen is not None:
        # the Street's or an analyst's figure for a named quarter is ahead of the call, unless it is the quarter just
        # reported, in the past tense ("my estimate for the fourth quarter was $710 million" in a Q4 call)
        ahead = future or (kind is FactKind.ESTIMATE and not (chosen.quarter == fq and chosen.year is None
                                                              and re.search(r"\b(?:had|was|were|beat|missed|came\s+in)\b", s, re.I)))
        main = P.resolve(chosen, fy, fq, ahead, ctx.fiscal_half)
    elif kind is FactKind.TARGET:
        annual = re.match(r"\s*(?:a|per)\s+year\b|\s*annually\b|\s*per\s+annum\b", s[q.end:q.end + 12], re.I)
        # only a named year dates a goal ("by 2030"); "over the next five years" leaves it open
        later = _new_subject(s, q.end)  # "..., and we'd expect a decision by the middle of 2027" dates the decision
        dated = [] if annual else [c for c in pcues if c.rel is None and c.year and c.start >= target_at
                                   and (later is None or c.start < later.start())]
        main = P.resolve(dated[0], fy, fq, True, ctx.fiscal_half) if dated else None
    elif (kind is FactKind.GUIDANCE and fy and (against := _OUTLOOK_AGAINST_YEAR.match(s, q.end)) is not None
          and fy - 1 <= int(against["y"]) <= fy):
        main = P.label(int(against["y"]) + 1)  # "we expect $600 million, up from $545 million in 2026": 2027's outlook
    elif (fy and fq and (kind is FactKind.GUIDANCE or kind is FactKind.PRIOR_GUIDANCE and _NEW_OUTLOOK.search(s)) and _REVISION.search(s)
          and not (st.period is not None and st.future and st.period.quarter is None)):
        # an outlook revised or recalled without period words is the year's ("we now expect EPS of $2.15 to $2.25,
        # up from prior guidance of ..."); a fourth-quarter call's is the next year's
        main = P.label(fy + 1 if fq == 4 else fy)
    elif (st.period is not None and st.future == (kind is not FactKind.ACTUAL)
          and not (kind is FactKind.ACTUAL and _span(st.period, fq) and _point_in_time(s, q, metric))):
        main = st.period
    elif kind is FactKind.GUIDANCE and st.outlook is not None:
        main = st.outlook
    elif kind is FactKind.GUIDANCE and ctx.asked_period is not None:
        main = ctx.asked_period  # the period the question asked about
    elif future:
        if fq:
            main = P.next_period(fy, fq)
        elif ctx.fiscal_half == 1:
            main = P.label(fy)
        else:
            main = P.label(fy + 1) if fy else None
    elif fq:
        main = P.call_period(fy, fq)
    else:
        main = P.label(fy, half=ctx.fiscal_half)
    if not comparison:
        if fy and _END_OF_LAST_YEAR.match(s, q.end):
            return P.label(fy - 1)  # "reserves stood at 24.6 million ounces at the end of last year"
        ago = [c for c in pcues if c.rel == "year_ago" and q.end <= c.start <= q.end + 4]
        if ago and not is_change and main is not None:
            return P.previous_of(main, False)  # "the margin was 17.9 per cent last year"
        return main
    # A comparison level ("from $287.0 million a year ago"): its own period words, else the period before.
    if fy and _AT_YEAR_END.match(s, q.end):
        return P.label(fy - 1)  # "down from 4.6 times at year-end": the last year-end
    after_cues = [c for c in pcues if q.end <= c.start <= min(next_start, q.end + 60)]
    if after_cues:
        c = after_cues[0]
        if c.rel == "year_ago" and re.search(r"\b(?:end|close)\s+of\s+$", s[max(0, c.start - 12):c.start], re.I) and fy:
            return P.label(fy - 1)  # "down from 3.3 times at the end of last year": the year-end balance
        if (main is not None and main.ytd and c.rel is None and c.year and not c.quarter and not c.half
                and not re.search(r"\bfull\b", s[c.start:c.end], re.I) and re.search(r"\b(?:same|period|months|nine|six)\b", s[q.end:c.start], re.I)):
            return P.label(c.year, main.quarter, ytd=True)  # "$3.21 for the first nine months versus $3.02 in the same period of 2025"
        if c.rel == "year_ago" and main is not None and fy and main.fiscal_year and main.fiscal_year > fy:
            return P.label(fy - 1)  # "320,000 ounces a year by 2029, up from about 240,000 ounces last year"
        if c.rel == "year_ago":
            return P.previous_of(main, False)
        if c.rel == "prev_q":
            return P.previous_of(main, True)
        return P.resolve(c, fy, fq, False, ctx.fiscal_half)
    fm = _FROM_QUARTER.search(s)
    named_previous = bool(fm and fq and _ORDINAL[(fm.group(1) or fm.group(2)).lower()] == (fq - 1 or 4))
    month_end = bool(fq and (_FROM_MONTH.search(s, max(0, q.start - 60), min(len(s), q.end + 60))
                             or _AT_MONTH.match(s, q.end)))
    return P.previous_of(main, bool(_SEQ.search(s)) or named_previous or month_end)


_RECALLED = re.compile(r"\b(?:(?:we(?:'ve|\s+have|\s+had)?|I(?:'ve|\s+have)?)\s+(?:said|told|guided|indicated|expected|"
                       r"communicated|projected|given)|(?:had|originally|initially|previously)\s+(?:expected|guided|said)|"
                       r"I\s+actually\s+said)\b", re.I)
"""Words recalling an outlook: "what we've said before was that we expected ..."."""


def _over(period: Period | None, ctx: Context) -> bool:
    """The period ended by the close of the call's own period (a Q4 call is held after the year is over)."""
    if period is None or period.fiscal_year is None or ctx.fiscal_year is None or ctx.fiscal_quarter is None:
        return False
    return P.period_key(period) <= P.closed_by(ctx.fiscal_year, ctx.fiscal_quarter)


def _align_revisions(facts: list[Fact]) -> None:
    """"We now expect $1.68 to $1.71 billion, up from our prior range of ...", "raising it from $200 million to
    $210 million": the outlook being replaced is for the same period as the new one."""
    for i, f in enumerate(facts):
        if f.kind is not FactKind.PRIOR_GUIDANCE:
            continue
        new = [g for g in facts if g.kind in (FactKind.GUIDANCE, FactKind.TARGET) and g.metric == f.metric and g.unit == f.unit]
        if new and new[0].period != f.period:
            facts[i] = f.model_copy(update={"period": new[0].period})


def _qualitative(s: str, cues, kcues, qs, ctx: Context, st: State, line: int, page: int | None, done: list[Fact]) -> list[Fact]:
    """"We expect gross margin to be up slightly": a guided direction without a figure."""
    out: list[Fact] = []
    taken = {f.metric for f in done}
    for m in _QUAL_DIR.finditer(s):
        if any(q.start <= m.start() < q.end + 3 or abs(q.start - m.end()) < 4 for q in qs):
            continue
        if re.match(r"\s+(?:from|to|by)\s+(?:(?:our|the|a|prior|previous|original|range|guidance|of)\s+){0,4}\S*\d", s[m.end():m.end() + 50]):
            continue  # "up from EUR 2.15": the figure says it
        before = [c for c in cues if c[1] <= m.start()]
        if ctx.segments is not None:
            before += [(n.start(), n.end(), "segment_revenue", n.group(0)) for n in ctx.segments.finditer(s, 0, m.start())]
            before.sort()
        # "leaving us with approximately breakeven net income": breakeven names its metric after it
        after = [c for c in cues if 0 <= c[0] - m.end() <= 2] if m.group("flat") and "break" in m.group(0).lower() else []
        if not before and not after:
            continue
        c = after[0] if after else before[-1]
        between = [q for q in qs if c[1] <= q.start < m.start()] if not after else []
        if c[2] in taken and (not between or not _CLAUSE_BREAK.search(s, between[-1].end, m.start())):
            continue  # the figure already says where the metric goes
        if not after and len(s[c[1]:m.start()].split()) > 8:
            continue
        kb = [k for pos, k in kcues if pos < m.start()]
        if not kb or kb[-1] not in (FactKind.GUIDANCE, FactKind.TARGET):
            continue
        word = m.group(0).lower()
        if m.group("up"):
            direction = Direction.UP
        elif m.group("down"):
            direction = Direction.DOWN
        else:
            direction = Direction.FLAT
        breakeven = "break" in word
        approx = bool(m.group("deg")) or bool(_HEDGED_DIR.search(s[max(0, m.start() - 20):m.start()]))
        pc = _cues(s, ctx)
        pc = [c2 for c2 in pc if c2.rel not in ("year_ago", "prev_q")]  # "down slightly versus last year"
        pc = [c2 for c2 in pc if not _comparison_cue(s, c2)]  # "to be lower than the third quarter"
        near = [c2 for c2 in pc if c2.start >= m.start()] or [c2 for c2 in pc if c2.end <= m.start()][-1:]
        chosen = near[0] if near else None
        period = P.resolve(chosen, ctx.fiscal_year, ctx.fiscal_quarter, True) if chosen else (
            st.period if st.period and st.future else P.next_period(ctx.fiscal_year, ctx.fiscal_quarter) if ctx.fiscal_quarter else (P.label(ctx.fiscal_year + 1) if ctx.fiscal_year else None))
        start = m.start()
        hm = _HEDGED_DIR.search(s[max(0, m.start() - 20):m.start()])
        if hm:
            start = max(0, m.start() - 20) + hm.start()
        out.append(Fact(
            metric=c[2], phrase=c[3], value=Decimal(0) if breakeven else None, unit=None, approx=approx,
            direction=None if breakeven else direction, period=period, kind=kb[-1],
            basis=_basis_simple(s, c, ctx), speaker=ctx.speaker, turn=ctx.turn, line=line, page=page, sentence=s,
            text=s[start:m.end()],
        ))
        taken.add(c[2])
    return out


_BASIS_AFTER = re.compile(
    r"(?:,\s*|\s+)(?:(?:both|all|each|all\s+of\s+(?:them|these|those)|each\s+of\s+them)\s+)?(?:(?:on|in)\s+an?\s+(?P<w>non[-\s]?GAAP|GAAP|"
    r"adjusted|IFRS|statutory|pro[-\s]forma|core|underlying)\s+basis|(?P<x>excluding|ex|before)\s+(?:special|one-time|certain|"
    r"non-recurring|unusual|notable|significant|exceptional)?\s*items)\b", re.I)


_LEADS = re.compile(r"(?:^|[;:]|\b(?:and|but|while|whereas))\s*$", re.I)


def _basis_after(s: str, facts: list[Fact], qs: list[Quantity], ctx: Context) -> list[Fact]:
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
        for i, f in enumerate(out):
            end = ends.get(f.text, -1)
            if start <= end <= m.start() and f.basis in (None, ctx.basis) and f.unit is not None:
                out[i] = f.model_copy(update={"basis": basis})
        start = m.end()
    return out


def _basis_simple(s: str, c, ctx: Context) -> Basis | None:
    found = list(BASIS_CUES.finditer(s[max(0, c[0] - 28):c[1]]))
    if found:
        return basis_of(found[-1].group(0))
    return ctx.basis if c[2] in (ctx.basis_scope or PNL_METRICS) else None


# Patterns searched across whole sentences or clauses get a first-character test (see guard.py); those
# only ever matched at one position gain nothing from it.
(_COST_SHARE, _NOUN_BOUND, _EXCLUDED, _VERB_BY, _HYPOTHESIS, _RESTATED_GUIDE, _FROM_MONTH, _PRICE_DECK_BEFORE, _ASSUMED_SPREAD,
 _COUNT_VERB, _END_OF, _DATE_YEAR) = (guarded(rx) for rx in (_COST_SHARE, _NOUN_BOUND, _EXCLUDED, _VERB_BY, _HYPOTHESIS,
                                                             _RESTATED_GUIDE, _FROM_MONTH, _PRICE_DECK_BEFORE, _ASSUMED_SPREAD,
                                                             _COUNT_VERB, _END_OF, _DATE_YEAR))
(_VERB, _YEAR_SPAN, _MARKET_ASSUMED, _COMMODITY_AT, _GROUP_BOUND, _DAYS_MEASURE, _BALANCE_WORDS, _TO_DATE, _NEW_SUBJECT,
 _PRESENT_STATE, _BY_MY) = (guarded(rx) for rx in (_VERB, _YEAR_SPAN, _MARKET_ASSUMED, _COMMODITY_AT, _GROUP_BOUND, _DAYS_MEASURE,
                                                  _BALANCE_WORDS, _TO_DATE, _NEW_SUBJECT, _PRESENT_STATE, _BY_MY))
(_QUAL_DIR, _CHANGE_BEFORE, _NOT_FIGURE_BEFORE, _TO_BEFORE, _THRESHOLD, _SEQ, _YOY, _QOQ, _LEVEL_OF, _COMPARE_BEFORE,
 _COMPARE_OF, _NEGATIVE_WORD, _COST_RATIO, _IMPROVE, _FLAT_TO, _REVISE, _MOTION, _OUTLOOK_WORD, _FROM_QUARTER,
 _COUNT_LINK, _HEDGED_DIR, _BARE_BOUNDED) = (guarded(rx) for rx in (
    _QUAL_DIR, _CHANGE_BEFORE, _NOT_FIGURE_BEFORE, _TO_BEFORE, _THRESHOLD, _SEQ, _YOY, _QOQ, _LEVEL_OF, _COMPARE_BEFORE,
    _COMPARE_OF, _NEGATIVE_WORD, _COST_RATIO, _IMPROVE, _FLAT_TO, _REVISE, _MOTION, _OUTLOOK_WORD, _FROM_QUARTER,
    _COUNT_LINK, _HEDGED_DIR, _BARE_BOUNDED))
# Searched around every figure; their callers use spans and truth only: read the lower-cased copy (see guard.OnLowered).
(PAST, _NEW_SUBJECT, _PRESENT_STATE, _CHANGE_BEFORE, _TO_BEFORE, _THRESHOLD, _COMPARE_CUE_BEFORE, _COMPARE_BEFORE, _COMPARE_OF, _SEQ, _YOY,
 _QOQ) = (OnLowered(rx) for rx in (PAST, _NEW_SUBJECT, _PRESENT_STATE, _CHANGE_BEFORE, _TO_BEFORE, _THRESHOLD, _COMPARE_CUE_BEFORE,
                                   _COMPARE_BEFORE, _COMPARE_OF, _SEQ, _YOY, _QOQ))
