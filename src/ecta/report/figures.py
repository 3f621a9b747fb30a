"""Small helpers over facts shared by the guidance table, the checks and the comparison."""

from __future__ import annotations

from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up
from decimal import Decimal
from functools import lru_cache

from ..model import Fact, FactKind, Meta, Period

_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))
"""Below a million a figure is written out as said ("$1,318 per ounce", "1,800 megawatts", "860,000 ounces"):
"$1.318 thousand" is no way a call or a reader puts it."""
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def previous(p: Period, change: str) -> tuple[int | None, int | None, int | None]:
    """(fiscal_year, quarter, half) of the period a change figure compares against."""
    if p.fiscal_year is None:
        return (None, None, None)
    if change in ("qoq", "sequential") and p.quarter:
        return (p.fiscal_year - 1, 4, None) if p.quarter == 1 else (p.fiscal_year, p.quarter - 1, None)
    return (p.fiscal_year - 1, p.quarter, p.half)


def same_period(p: Period | None, fy: int | None, q: int | None, h: int | None) -> bool:
    return p is not None and fy is not None and p.fiscal_year == fy and p.quarter == q and p.half == h and not p.ytd


def is_level(f: Fact) -> bool:
    return f.change is None and f.value is not None


def is_money(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper()


def fmt_amount(value: Decimal | None, unit: str | None) -> str:
    """344700000, USD -> "$344.7 million"; 20.1, % -> "20.1%"."""
    if value is None:
        return "?"
    if unit == "%":
        return f"{_num(value)}%"
    if unit == "bps":
        return f"{_num(value)} bps"
    if unit == "x":
        return f"{_num(value)}x"
    if unit == "days":
        return f"{_num(value)} days"
    if unit == "g/t":
        return f"{_num(value)} g/t"
    sign = "-" if value < 0 else ""
    v = abs(value)
    word = ""
    for scale, name in _SCALES:
        if v >= scale:
            v, word = v / scale, f" {name}"
            break
    if is_money(unit):
        sym = _SYMBOLS.get(unit or "")
        # Per-share figures read in cents: "$0.60", not "$0.6"; a third or fourth decimal said is kept ("$0.165 to
        # $0.170" per contract, "$0.0025"): rounded to cents it is another figure.
        num = (f"{v:,.2f}" if v == v.quantize(Decimal("0.01")) else f"{v.quantize(Decimal('0.0001')).normalize():f}"
               ) if not word and v < 100 and v != v.to_integral() else _num(v)
        return f"{sign}{sym}{num}{word}" if sym else f"{sign}{unit} {num}{word}"
    return f"{sign}{_num(v)}{word}"


def fmt_fact(f: Fact) -> str:
    if f.low is not None and f.high is not None:
        return f"{fmt_amount(f.low, f.unit)} to {fmt_amount(f.high, f.unit)}"
    if f.value is not None:
        return fmt_amount(f.value, f.unit)
    return f.direction.value if f.direction else f.text


def _num(v: Decimal) -> str:
    q = v.quantize(Decimal("0.001")).normalize()
    return f"{q:,f}" if abs(q) >= 1000 else f"{q:f}"


def singular(phrase: str) -> str:
    """"adjusted operating margins" and "adjusted operating margin" name one figure."""
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w for w in phrase.split())


def half_unit(f: Fact) -> Decimal:
    """Half a unit of the last digit the speaker said, in the fact's plain units ("$32.6 million" -> 50,000)."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", f.text or "")
    if not m or f.value is None:
        return Decimal(0)
    try:
        number = Decimal(m.group().replace(",", ""))
    except ArithmeticError:
        return Decimal(0)
    if number == 0:
        return Decimal(0)
    scale = abs(f.value) / number
    return Decimal(5) / Decimal(10) ** (len(m.group(1) or "") + 1) * scale


_PUSH = r"(?:headwinds?|tailwinds?|benefits?|impacts?|contributions?|drag|uplift|pressure|accretion|accretive|dilution|dilutive|effects?)"
# "a $40 million tax benefit", "a provision benefit of $823 million": the level of a benefit line, not a push on another
# "7% to 10% as the savings of ...": a clause after the figure is no word of what it is.
_PUSH_AFTER = re.compile(r"\s*(?:(?:percentage\s+)?points?\s+)?(?:of\s+(?:the\s+)?)?(?:(?!(?:tax|provision|pension|credit|as|the|and|or|with|while|but|to|in"
                         r"|for|on|which|that|from|by|its|our|their|this|these|is|are|was|were|be|will|we|reflects?|reflect(?:ed|ing)|includ(?:es?|ed|ing))\b)"
                         r"[\w-]+\s+){0,3}?"
                         + _PUSH + r"\b", re.I)
_PUSH_BEFORE = re.compile(r"\b(?:headwinds?|tailwinds?|impacts?|contributions?|drag|accretion|dilution)\s+(?:to\s+(?:[\w-]+\s+){1,3}?)?of\s+"
                          r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+|an?\s+)?"
                          r"(?:[$€£]?\d[\d.,]*\s*(?:cents|million|billion|%|(?:percentage\s+)?points?|basis\s+points?)?\s*"
                          r"(?:(?:on|to|in)\s+(?:the\s+)?[\w&-]+\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)"
                          r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?)?$", re.I)
"""The words before what a cause adds, the second of two included ("accretion of 15 cents and 20 cents", "a currency
headwind of roughly 2% on revenue and 5% on EPS")."""
_SAVINGS_BEFORE = re.compile(r"\bsavings\s+(?:(?:in|on|to|from)\s+(?:[\w&-]+\s+){1,3}?)?(?:(?:of|in\s+the\s+range\s+of|represents?|worth)\s+)?"
                             r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$", re.I)
"""'Savings in overhead of $8 million to $11 million', 'the savings represent $0.21 a share': what savings take from a cost
or add to earnings, under the cost's or the earnings' name."""


_TAKEN_BEFORE = re.compile(r"\b(?:take|takes|took|taking|taken|shave[sd]?|shaving|knock(?:s|ed)?|cost|costs)\s+(?:us\s+)?"
                           r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+|almost\s+)?$", re.I)
_OFF_AFTER = re.compile(r"\s*(?:of\s+\w+\s+)?(?:out\s+of|off(?:\s+of)?)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:revenues?|sales|ebitda|earnings|margins?|eps|growth|income|profit)\b", re.I)
"""What a cause takes out of a metric: the verb right before the figure and the metric right after it."""


_GROWTH_BY = re.compile(r"(?:\bgrowth\s+(?:[\w-]+\s+){0,6}?by\s+(?:[^.;]{0,40}?\bpoints?\b[^.;]{0,80}?\b(?:and|or)\s+)?"
                        r"|\b(?:impacts?|effects?|translation|contributions?|benefits?|headwinds?|tailwinds?)\s+(?:on|to)\s+"
                        r"(?:[\w-]+\s+){0,4}?growth\b[^.;]{0,50}?)"
                        r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$", re.I)
"""The words before the points a cause moves growth by, the second of two included ("by 3 points in one segment and
1 point in another"), or said of the cause's effect ("the currency effect on sales growth should be 1 to 2 points")."""
_IMPACT_BY = re.compile(r"\b(?:impact|affect|hurt|weigh\s+on|benefit)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,5}?by\s+"
                        r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+|an\s+estimated\s+)?$", re.I)
_POINTS = re.compile(r"\s*(?:percentage\s+)?points?\b", re.I)
_WORTH_BEFORE = re.compile(r"\bworth,?\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+|up\s+to\s+"
                           r"|(?:call\s+it|say),?\s+)?$", re.I)
"""'Each point of hold is worth about $400 million of revenue', 'levers worth $0.04 to $0.06': what one cause is worth to a
metric, not the metric's outlook."""
_ADDED_BEFORE = re.compile(r"\b(?:additional|incremental|extra|another)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|over\s+"
                           r"|more\s+than\s+)?$", re.I)
_ADD_BEFORE = re.compile(r"\b(?:add|adds|adding|contribute|contributes|contributing)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+"
                         r"|nearly\s+|some\s+|up\s+to\s+|more\s+than\s+|over\s+)?"
                         # the second of two added: "contributing some $3 billion of sales and about $0.05 of EPS"
                         r"(?:[$€£]?\d[\d.,]*\s*(?:cents|million|billion|%)?\s*(?:(?:of|on|to|in)\s+(?:the\s+)?[\w&-]+\s*)?"
                         r"(?:,\s*(?:and\s+)?|and\s+)(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?)?$", re.I)
_ADDED_AFTER = re.compile(r"\s*(?:(?:per\s+(?:diluted\s+)?share|a\s+share)\s+)?(?:of|in)\s+(?:increased|additional|incremental|extra)\b", re.I)


_GROSS = re.compile(r"\bgross\s+(?:[\w-]+\s+){0,2}?(?:revenues?|sales|bookings|receipts|premiums?|merchandise)\b", re.I)


def gross_measure(f: Fact) -> bool:
    """"Gross gaming revenue in iGaming reached $455 million", "fund gross sales increased 11% to $19.5 billion": a gross
    measure, which is no part of the net revenue the company reports, nor that revenue."""
    i = at(f)
    return bool(_GROSS.search(f"{f.phrase} {f.sentence[max(0, i - 60):max(0, i)]}"))


_SPENDS = frozenset({"buyback", "restructuring", "capex"})
"""Amounts a company spends or books in instalments: "another" of them is the next instalment, an outlook of its own."""


def push(f: Fact, said_added: bool = True) -> bool:
    """"a 150 basis point headwind to growth", "$0.05 to $0.15 of contribution to EPS", "an FX headwind of 2%", "an
    additional $40 million in EBITDA", "$12 million of incremental costs": the figure is what one cause adds to or
    takes from a metric, neither the metric's level nor its change."""
    i = at(f)
    if i < 0:
        return False
    end = i + len(f.text)
    before = f.sentence[max(0, i - 60):i]
    if _PUSH_AFTER.match(f.sentence, end) or _PUSH_BEFORE.search(before) or _WORTH_BEFORE.search(before):
        return True
    if "saving" not in f.phrase.lower() and f.metric != "other" and _SAVINGS_BEFORE.search(before):
        return True
    # "that takes roughly $15 million out of fourth-quarter revenue", "took about 2 points off revenue growth"
    if _TAKEN_BEFORE.search(before) and _OFF_AFTER.match(f.sentence, end):
        return True
    # "the port strike could hurt our second-half profit by roughly $4 million": what the cause does to the metric
    if _IMPACT_BY.search(before):
        return True
    # "we expect currency to lift revenue growth by roughly 2 points": points a cause moves a growth rate by, not the
    # growth itself
    if "growth" in f.sentence[:i] and _GROWTH_BY.search(f.sentence, 0, i) and (f.text.rstrip().lower().endswith(("point", "points")) or _POINTS.match(f.sentence, end)):
        return True
    # "we plan to buy back another $200 million of stock", "another $10 million of restructuring charges next quarter":
    # a spend or a charge is counted in the amounts added; "we raised the dividend by another 9%" is the dividend's change
    if f.metric in _SPENDS or f.change is not None:
        return False
    # "the two acquisitions will add roughly $6 million of EBITDA" (but "we plan to add 40 stores" is an outlook of openings)
    return bool(_ADDED_AFTER.match(f.sentence, end) or _ADDED_BEFORE.search(before)
                or said_added and f.unit != "count" and _ADD_BEFORE.search(before))


_ITEM_BEFORE = re.compile(
    r"\b(?:charges?|impairments?|benefits?|gains?|reserves?|write[\s-]?(?:downs?|offs?)|items?|costs?|expenses?)\s+"
    r"(?:of|totaling|totalling|amounting\s+to|equal\s+to)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?$"
    r"|\b(?:includ\w*|reflect\w*|offset\s+by)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:loss(?:es)?|charges?|gains?|benefits?)\s+of\s+"
    r"(?:about\s+|approximately\s+|roughly\s+)?$", re.I)


def an_items_share(f: Fact) -> bool:
    """"EPS was $0.87, which includes a non-cash loss of $0.19 per share on a swap", "a charge of $0.22 per share":
    the per-share size of one item inside the result, not the result (a bullet would print it as the quarter's EPS)."""
    i = at(f)
    return f.metric == "eps" and f.change is None and i >= 0 and bool(_ITEM_BEFORE.search(f.sentence[max(0, i - 70):i]))


def at(f: Fact) -> int:
    """Where the fact's figure is in its sentence (-1 if not found); "$0.02" is not the start of "$0.025"."""
    return figure_at(f.sentence, f.text)


def figure_at(sentence: str, text: str) -> int:
    if not text:
        return -1
    # A scan, not a pattern made from the figure: that was compiled anew for nearly every fact of a call.
    i = sentence.find(text)
    while i >= 0:
        end = i + len(text)
        if end == len(sentence) or not sentence[end].isdecimal():  # what the pattern's (?!\d) refused
            return i
        i = sentence.find(text, i + 1)
    return -1


_SAID_OFF = re.compile(r"\b(?:lower|less|below|short\s+of|under|higher|above|ahead\s+of|more|better|worse|miss(?:ed|ing)?"
                       r"|exceed(?:ed|ing)?|beat(?:ing)?)\s+(?:than\s+)?(?:our|the)\s+(?:[\w$.%-]+\s+){0,3}?"
                       r"(?:target|guidance|outlook|expectations?|forecast|plan)\b", re.I)


def said_off(actual: Fact, guided: Fact, facts: list[Fact] = ()) -> bool:  # type: ignore[assignment]
    """A sentence of the result (this one, or another of `facts` stating the same value for the period) says it
    landed off the guided figure it names ("21.7%, 30 basis points short of our 22% target"): the single figure
    then stands for itself, not for what rounds to it."""
    said = guided.text.strip()
    if not said:
        return False
    same = [actual] + [f for f in facts if f.kind is FactKind.ACTUAL and f.metric == actual.metric and f.value == actual.value
                       and f.period is not None and actual.period is not None and f.period.label == actual.period.label]
    return any(said in m.group(0) for f in same for m in _SAID_OFF.finditer(f.sentence))


def guided_slack(g: Fact) -> Decimal:
    """How far a result may sit from a single guided figure and still meet it: what rounds to the figure as
    said ("16%" is met by 15.9%), at least half a percent, but never more than 2.5% of it, since "$1 billion"
    is a round figure for about $1 billion, not anything from $0.5 to $1.5 billion."""
    if g.value is None and g.low is None:
        return Decimal(0)
    v = abs(g.value if g.value is not None else g.low)  # type: ignore[arg-type]
    return max(v * Decimal("0.005"), min(half_unit(g), v * Decimal("0.025")))


def call_period(m: Meta) -> tuple[int, int] | None:
    """The `period_key` a call reports: its quarter; the first half (2) for a first half's results call, whose year
    is not over (the parser decides which calls are, `Meta.fiscal_half`); else the whole year (5), which a second
    half's results also close."""
    if not m.fiscal_year:
        return None
    if m.fiscal_quarter:
        return (m.fiscal_year, m.fiscal_quarter)
    return (m.fiscal_year, 2 if m.fiscal_half == 1 else 5)


_COSTS = frozenset({"operating_expenses", "research_and_development", "sales_and_marketing", "general_and_administrative",
                    "interest_expense", "restructuring", "provision", "charge_offs", "stock_compensation", "tax_rate"})
_COST_WORDS = re.compile(r"\b(?:costs?|expenses?|expenditures?|opex|spend(?:ing)?|(?:efficiency|cost[\s/-]+(?:to[\s-]+)?income|combined|loss"
                         r"|operating|expense|compensation|comp)\s+ratios?|charge[\s-]?offs?|provisions?|losses)\b", re.I)
_NOT_COST = re.compile(r"\b(?:sav\w*|synerg\w*|reduction\w*|cuts?|takeout|avoid\w*|capex|capital|efficienc(?:y|ies)(?!\s+ratio))\b", re.I)
_NOT_COST_NOUN = re.compile(r"\b(?:income|revenues?|sales|margins?|profits?|earnings|ebitda?)\b(?!\s+ratio)", re.I)
_COST_OF = re.compile(r"\bcosts?\s+of\s+(?:goods\s+)?(?:sales|revenues?|goods)\b", re.I)


def is_cost(metric: str, phrase: str = "") -> bool:
    """A cost, expense or loss, where less is better: an actual below its guidance is favourable and one above
    it unfavourable, the other way round from revenue or earnings. Capital spending is left out (spending less
    than planned is not a result to praise or blame), and so are savings ("cost savings of $40 million")."""
    if _NOT_COST.search(phrase):
        return False
    if metric in _COSTS:
        return True
    if metric.startswith(("segment_", "other")) or metric in ("margin", "growth"):
        if _COST_OF.search(phrase):
            return True
        return bool(_COST_WORDS.search(phrase)) and not _NOT_COST_NOUN.search(_COST_WORDS.sub(" ", phrase))
    return False


_NEUTRAL = frozenset({"capex", "depreciation_and_amortization", "depreciation", "amortization", "share_count"})


def is_neutral(metric: str, phrase: str = "") -> bool:
    """A figure a company plans rather than earns (capital spending, depreciation and amortization, the share count):
    landing above or below its guidance is neither a beat nor a miss."""
    return metric in _NEUTRAL or bool(_NOT_COST.search(phrase) and re.search(r"\b(?:capex|capital)\b", phrase, re.I))


def favour(metric: str, phrase: str, side: str) -> str:
    """How a result `side` ("above" or "below") of guidance reads for this metric: the words to add for a cost
    (below is favourable), nothing for anything else (above is better, as everyone reads it)."""
    if not is_cost(metric, phrase) or side not in ("above", "below"):
        return ""
    return "favourable for a cost" if side == "below" else "unfavourable for a cost"


_HEADS = {
    "gross_margin": ("margin",), "operating_margin": ("margin",), "ebitda_margin": ("margin",), "margin": ("margin",),
    "net_interest_margin": ("margin",), "price": ("price", "pricing"), "revenue": ("revenue", "sales"),
    "operating_expenses": ("expense", "opex", "cost", "costs", "spending"), "operating_income": ("income", "profit"),
}
"""The noun that names each metric's measure in a phrase: the words before it say which one ("system gross
margin", "renewal price"); metrics left out are not qualified this way."""

_PLAIN_WORDS = frozenset(
    "the our a an of and in on for its their this that total overall adjusted reported gaap non non-gaap basis company "
    "group consolidated net quarterly annual full full-year year quarter fiscal average blended comparable group-wide "
    "companywide firmwide diluted underlying core headline income profit earnings nongaap selling realized realised".split())


_OWN_SHORT = {"operating_margin": {"oi", "ebit", "op"}}
"""Short names of the measure itself: an "OI margin" or an "EBIT margin" is the operating margin, not a part's."""


def qualifier(f: Fact) -> frozenset[str] | None:
    """See `_qualifier`; asked for every pair of figures a reference or an outcome considers, so remembered."""
    return _qualifier(f.metric, f.phrase, f.sentence, f.text) if f.metric in _HEADS else None


@lru_cache(maxsize=8192)
def _qualifier(metric: str, phrase: str, sentence: str, text: str) -> frozenset[str] | None:
    return _qualify(Fact.model_construct(metric=metric, phrase=phrase, sentence=sentence, text=text))


def _qualify(f: Fact) -> frozenset[str] | None:
    """The words that make a fact's phrase a part or a kind of its metric ("system" in "system gross margin",
    "renewal" in "renewal price increases"); empty for the plain measure ("non-GAAP gross margins"); None when
    the phrase does not name the measure by its usual noun (a synonym, "opex"), so nothing can be said."""
    heads = _HEADS.get(f.metric)
    if not heads:
        return None
    words = re.findall(r"[a-z][a-z&/-]*", f.phrase.lower())
    own = set(f.metric.split("_")) | _OWN_SHORT.get(f.metric, set())
    for i, w in enumerate(words):
        if singular(w) in heads or w in heads:
            # "at least 40% system gross margin": words between the figure and the phrase qualify it too.
            j = at(f)
            after = f.sentence[j + len(f.text):] if j >= 0 else ""
            k = after.lower().find(f.phrase.lower()) if f.phrase else -1
            named_before = j >= 0 and f.phrase.lower() in f.sentence[:j].lower()
            between = (re.findall(r"[a-z][a-z&/-]*", after[:k].lower())
                       if not named_before and 0 <= k <= 30 and not re.search(r"[,;:.()]", after[:k]) else [])
            if len(between) > 2 or _COMPARING.search(" ".join(between)):
                between = []  # "17% higher than spring pricing": another figure's words
            between = [w for w in between if w not in _NOT_ITEM]
            def kept(ws: list[str]) -> frozenset[str]:
                return frozenset(_SAME_WORD.get(x, singular(x.replace("-", ""))) for x in ws
                                 if not {x, x.replace("-", "")} & (_PLAIN_WORDS | _NOT_ITEM)
                                 and x not in own and not _PERIODISH.fullmatch(x))
            own_words = kept(words[:i] + words[i + 1:])
            # A bare "costs" or "prices" takes the words said right before it in the sentence ("corporate costs",
            # "highway deicing average selling prices"), whichever side of the figure they are: costs and prices
            # come in many lines, each of its own.
            said = _said_before(f) if not own_words and (f.metric in _COSTS or f.metric == "price") else []
            return kept(words[:i] + between + (_named_before(f) or _owned_before(f)) + said)
    return None


def _named_before(f: Fact) -> list[str]:
    """A capitalised name right before the phrase where the sentence says it ("a Space margin of around 10%",
    "EUV gross margin"): the segment or product whose measure it is, when the phrase leaves the name out."""
    if not f.phrase or not _after_capital(f.sentence, f.phrase):
        return []
    # Mid-sentence a capital marks a name; at the start of a sentence only an acronym ("GIS margins were 5.5%").
    m = (re.search(r"(?<=[a-z,;] )((?:[A-Z][\w&-]*\s+){1,2})" + re.escape(f.phrase) + r"\b", f.sentence)
         or re.match(r"\s*((?:[A-Z]{2,}[&-]?\s+){1,2})" + re.escape(f.phrase) + r"\b", f.sentence))
    if m is None:
        return []
    return [w.lower() for w in m.group(1).split() if w.lower() not in _PLAIN_WORDS and not _MONTHS.match(w)]


_OWNED = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+((?:[a-z][a-z&-]*\s+){1,3}?)$")
"""A lower-case name between a determiner and the phrase: "the asphalt gross margin", "our cement and aggregates
revenue" is the part's measure as surely as "Asphalt gross margin" is."""

_NOT_OWNER = re.compile(r"(?:.*(?:ed|ing|est)|same|new|best|peak|historical|normal|target|mid|overall|total|high|low|strong|weak"
                        r"|solid|healthy|record|gross|net|operating|one|two|three|first|second|third|fourth)$")
"""Words before a measure that say how it went or which of its kind it is ("the improved", "the resulting", "the lowest",
"the same"), not whose it is."""


def _owned_before(f: Fact) -> list[str]:
    """The lower-case words naming whose measure it is, said right after a determiner before the phrase (see
    `_OWNED`); none when any of them is a word of manner or degree (`_NOT_OWNER`) or a plain one."""
    if not f.phrase:
        return []
    i = f.sentence.lower().find(f.phrase.lower())
    m = _OWNED.search(f.sentence[:i]) if i > 0 else None
    if m is None:
        return []
    ws = [w for w in m.group(1).split() if w != "and"]
    if not ws or any(_NOT_OWNER.fullmatch(w) or w in _PLAIN_WORDS or w in _NOT_ITEM or _PERIODISH.fullmatch(w) or _MONTHS.match(w)
                     for w in ws):
        return []
    return ws


def _after_capital(sentence: str, phrase: str) -> bool:
    """Whether `phrase` stands somewhere after blanks that follow a word opening with a capital: what both patterns of
    `_named_before` need. Most phrases follow a lower-case word, and those patterns, made from the phrase, are
    compiled anew for each phrase (a quarter of a millisecond each)."""
    i = sentence.find(phrase)
    while i >= 0:
        j = i
        while j > 0 and sentence[j - 1].isspace():
            j -= 1
        if 0 < j < i:
            k = j
            while k > 0 and not sentence[k - 1].isspace():
                k -= 1
            if "A" <= sentence[k] <= "Z":
                return True
        i = sentence.find(phrase, i + 1)
    return False


_SAME_WORD = {"selling": "sg&a", "general": "sg&a", "administrative": "sg&a", "sga": "sg&a"}
"""Words that name one cost line two ways: "SG&A expense ratio" and "selling, general and administrative expense ratio"."""

_NOT_ITEM = frozenset(
    "expect expects expected see sees anticipate anticipated incur incurred incurring have had has be been being were was "
    "is are will would should could may might and or in of with to for on at by from as these those such similar other all "
    "higher lower more less some any no its their your my we they it which that this into across drive realize can greater "
    "million billion thousand trillion percent basis points bps per share incremental additional reduce cut excluding "
    "including plus about approximately around roughly grow drive generate deliver achieve reach post report book "
    "recognize see expecting seeing forecasting planning budgeting targeting assuming strong solid good record so "
    "increase increases decrease decreases reduction reductions decline declines growth rise drop improvement expansion "
    "contraction change sequential potential significant certain right protect leaner low high extremely long term "
    "longterm longerterm forward very doubledigit singledigit fullyear get gets got getting take takes took taking bring brings "
    "brought bringing put puts putting leave leaves left leaving keep keeps kept keeping push pushes pushed lift lifts lifted".split())


def _said_before(f: Fact) -> list[str]:
    """A bare "costs" or "expenses" takes the words said right before it ("separation and related costs",
    "one-time reactivation expenses", "cloud transformation costs"): which cost it is. "Our costs" is plain."""
    m = re.search(r"\b" + re.escape(f.phrase) + r"\b", f.sentence, re.I)
    if m is None:
        return []
    out: list[str] = []
    for w in reversed(f.sentence[:m.start()].split()[-2:]):
        said, w = w.lower(), w.lower().replace("-", "")
        if (not re.fullmatch(r"[a-z&/]+", w) or {w, said} & (_NOT_ITEM | _PLAIN_WORDS)
                or w.endswith("ed") and not w.endswith("related")):
            break  # a verb ("rebounded", "incurred") ends the name
        out.append(w)
    return out


_MONTHS = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*$|q[1-4]$|fy\d*$|h[12]$|i$|we$", re.I)

_COMPARING = re.compile(r"\b(?:than|versus|vs|compared|from|over|against|above|below|higher|lower|up|down)\b")

_PERIODISH = re.compile(r"(?:q[1-4]|h[12]|fy|first|second|third|fourth|next|this|last|prior|current|\w+-quarter|\w+-year)")


def same_measure(a: Fact, b: Fact) -> bool:
    """Two facts of one metric measure the same thing unless their phrases qualify the metric differently
    ("system gross margin" is not the gross margin; "harvest pricing" is not "renewal price")."""
    qa, qb = qualifier(a), qualifier(b)
    return qa is None or qb is None or qa == qb


def unsaid_qualifier(f: Fact) -> str:
    """The qualifier the sentence gives but the phrase leaves out, for a row's name: " [system]" for "at least 40%
    system gross margin" read as "gross margin"; "" when the phrase says it all."""
    q = qualifier(f)
    if not q:
        return ""
    said = {singular(w.replace("-", "")) for w in re.findall(r"[a-z][a-z&/-]*", f.phrase.lower())}
    low = f.sentence.lower().replace("-", "")
    extra = sorted(q - said, key=lambda w: (low.find(w) if w in low else len(low), w))  # in the order said
    return f" [{' '.join(_hyphened(w, f.sentence) for w in extra)}]" if extra else ""


def _hyphened(word: str, sentence: str) -> str:
    """A qualifier as the sentence spells it when it is a compound ("integration-related", "one-time"): the words are
    compared without their hyphens, but "[integrationrelated]" is no word anyone said."""
    for said in re.findall(r"[a-z][a-z&/]*(?:-[a-z&/]+)+", sentence.lower()):
        if singular(said.replace("-", "")) == word or said.replace("-", "") == word:
            return said
    return word
