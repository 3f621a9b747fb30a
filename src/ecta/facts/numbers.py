"""Quantities in a sentence: the figure as written, its value in plain units, its unit and hedges.

Everything is Decimal. A quantity knows nothing of metrics or periods; `extract` ties it to those.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .currencies import (TABLE, AFTER_SIGNS, AMBIGUOUS_CODES, AMBIGUOUS_WORDS, SIGN_OWNERS, WORD_OWNERS, code_pattern, codes, guarded_sign,
                         prefix_map, resolve, sign_pattern, unit_words, word_map, SUBUNITS, THOUSANDTHS,
                         subunit_words)
from .guard import any_in, folded, guarded, lowered as lowered_copy
from ..fiscal_words import FISCAL

SCALES = {
    "trillion": 12, "tn": 12, "t": 12,
    "billion": 9, "bn": 9, "b": 9, "bil": 9, "bln": 9,
    "million": 6, "mn": 6, "mln": 6, "mm": 6, "m": 6, "mil": 6,
    "thousand": 3, "k": 3,
    "lakh": 5, "lakhs": 5, "lac": 5, "crore": 7, "crores": 7, "cr": 7,
    "lakh crore": 12, "lakh crores": 12, "lakhs crore": 12, "lakhs crores": 12,
}

# Signs, codes and words that name a currency: derived from the one table of currencies.
CURRENCY_PREFIX = prefix_map()
CURRENCY_WORD = word_map() | {s.lower(): code for s, code in AFTER_SIGNS.items()}
_CODES = frozenset(codes())
_DOLLARS = WORD_OWNERS["dollars"]

# A scale letter before a code is read only with a space before the figure ("MSEK 2,370"; "KERN681" is a model name).
# A code or a letter sign that is also a word or a name ("TOP 10", "R7") is only a candidate: `_plain_money` decides, as
# a pattern shared by all calls cannot
_CUR = rf"(?:{sign_pattern()}|(?:[MmBKkT](?=[A-Z]{{3}}\s\d))?(?:{code_pattern()})(?:m|bn)?(?=\s?\d))"
# "MSEK 2,370", "TEUR 850": a Nordic and German reporting habit puts the scale as one letter before the currency code;
# "DKKm 612", "EURbn 1.2": the same scale written after the code, as European reports head their tables
_CODE_SCALE = {"m": 6, "b": 9, "k": 3, "t": 3}
_CODE_SUFFIX = {"m": 6, "bn": 9}
_NOT_MONEY = ("%", "bps", "x", "days", "g/t")
_NUM = r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
"""Western grouping, Indian grouping ("2,41,530" is 241530), or plain."""
# "$14 Million" as some transcripts capitalise it; "a $33-million charge", hyphened before its noun ("our first
# $5-billion-quarter" names a threshold, no figure)
_SCALE = r"(?:\s?(?:(?i:trillion|billion|million|thousand)|lakhs?\s+crores?|lakhs?|lac|crores?)\b|[-–](?i:trillion|billion|million|thousand)\b(?![-–](?!dollars?\b)[A-Za-z])|\s?(?:bn|bln|mn|mln|mm|tn|cr)\b|(?:[bBmMkKT]|bil|mil)\b)"
_MOVE_NOUN = r"(?:improvement|increase|decrease|decline|expansion|contraction|reduction|gain|drop|swing|deterioration|rise|headwind|tailwind|drag|hit)"
"""'a 6-point improvement in segment margin': points of a move said hyphened before its noun (not 'a 10-point plan')."""
_UNIT = (
    rf"(?:\s?(?:%|percent(?:age\s+points?)?|per\s+cent|pct)|\s(?:basis\s+points?|bps|bp|(?:share\s+)?points?)\b|[-–](?:basis[-\s]points?|percentage[-\s]points?|percent|bps)\b|[-–]points?(?=\s+{_MOVE_NOUN}\b)|[-–]cents?(?=\s+(?:to|range|a\s+share|per)\b)|(?<=illion)[-–]dollars?\b|x\b|p\b(?!\.[a-z])|\s?times\b|(?<=1)(?<![\d.,]1)\s?time\b(?![-\s](?:charges?|items?|gains?|costs?|payments?|benefits?|fees?|events?|basis|only|use|deal|offer|sale)\b)|\s(?:turns?)\b(?!\s+(?:of|in|on|out|over|around|into))"
    r"|\s(?:grams?\s+(?:per|a)\s+(?:metric\s+)?(?:tonne|ton)|g/t)\b"
    r"|\s(?:off-?hire|dry-?dock(?:ing)?|operating|ownership|available|calendar|trading|business|working|idle|shipping|production|selling|rain|weather)\s+days\b"
    # "a 41-day supply of new vehicles": inventory counted in days of sales, the hyphen before its noun; "a 3-day
    # improvement" in DSO: a move in days, said the same way
    r"|[-–]days?(?=\s+(?:supply|improvement|reduction|increase|decrease|decline|deterioration)\b)"
    # "the 40-cent to 44-cent range", "a 5-cent raise": cents hyphened before the noun they size
    r"|[-–]cents?\b(?![-–])"
    rf"|\s(?:days?|cents?|pence|{subunit_words()})\b|\s{unit_words()}"
    r")"
)

# Tonnes with their scale in the abbreviation, written as calls write them: "72.5 MTPA", "3 mtpa", "6 Mtpa" and "12
# MMTPA" (million tonnes per annum, a capacity), "4.2 Mt" and "12 MMT" (million tonnes), "120 kt" and "40 ktpa"
# (thousand tonnes). The figure keeps its digits; the abbreviation stays after it as the counted noun (`counts`), and
# gives the scale. Not "MT" or "mt" (a metric ton as often as a million of them), nor "MW"/"GW" (counted as said).
_TONNE_SCALED = r"MM?TPA|M[Tt]pa|mtpa|MMT|Mt(?!\.?\s+[A-Z])|kt(?:pa)?|KTPA|ktpa"
"""(not "2 Mt Carmel leases": a mount's name, its abbreviation before a capital)"""
TONNE_SCALES = {"mmtpa": 6, "mtpa": 6, "mmt": 6, "mt": 6, "kt": 3, "ktpa": 3}
PER_ANNUM_TONNES = frozenset(("mmtpa", "mtpa", "ktpa"))
"""Abbreviations that say a yearly rate: a plant's capacity, not tonnes made or sold."""

ATOM = re.compile(
    rf"""
    (?<![\w.,/:])(?<![A-Za-z][-–])
    (?P<open>\(\s*)?
    (?P<minus>(?<![\w)%])[-−–](?=\s?[\d.$€£]))?
    (?:(?P<cur>{_CUR})\s?)?
    (?P<open2>\(\s*)?
    (?P<minus2>[-−](?=\d))?
    (?P<num>{_NUM})(?![\d]|/\d|:\d|\.\d|[-–](?!basis[-\s]points?\b|percentage[-\s]points?\b|percent\b|bps\b|plus\b|points?\s+{_MOVE_NOUN}\b|days?\s+(?:supply|improvement|reduction|increase|decrease|decline|deterioration)\b|cents?\b(?![-–])|(?i:trillion|billion|million|thousand)\b(?![-–](?!dollars?\b)[A-Za-z]))[a-zA-Z])
    (?P<scale>{_SCALE})?
    (?(scale)|(?=\s?(?P<tscale>{_TONNE_SCALED})\b))?
    (?P<unit>{_UNIT})?
    (?P<close>\s*\))?
    """,
    re.X,
)

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "half": Decimal("0.5"),
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
WORD_NUM = re.compile(
    rf"""
    (?<![\w-])(?P<word>(?:{_TENS})(?:[-\s](?:{_ONES}))?|zero|{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen
        |sixteen|seventeen|eighteen|nineteen|(?:a|one)\s+hundred|half\s+a|a)
    (?P<frac>\s+and\s+(?:a\s+half|a\s+quarter|three[-\s]quarters))?
    (?P<scale>\s(?:trillion|billion|million|thousand)\b)?
    (?P<unit>\s(?:percent(?:age\s+points?)?|per\s+cent|basis\s+points?|(?:percentage\s+)?points?|times|cents?|pennies|penny|dollars|euros|bps))?
    (?=\W|$)
    """,
    re.X | re.I,
)

_SPELLED_DECIMAL = re.compile(
    rf"""(?<![\w-])(?P<int>(?:{_TENS})(?:[-\s](?:{_ONES}))?|zero|{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen
        |eighteen|nineteen)\s+point\s+(?P<dec>(?:zero|{_ONES})(?:\s+(?:zero|{_ONES}))*)\b
    (?P<scale>\s(?:trillion|billion|million|thousand)\b)?
    (?P<unit>\s(?:percent|per\s+cent|times|dollars|euros))?""",
    re.X | re.I,
)
""""two point five eight percent", "one point two billion": a decimal spoken digit by digit (a point is no percentage point
when a digit word follows it)."""
# "low teens", "mid-single digits", "high 30s", "low twenties", "double digits": word ranges, always approximate.
_DECADE_WORDS = {"twenties": "20", "thirties": "30", "forties": "40", "fifties": "50", "sixties": "60", "seventies": "70",
                 "eighties": "80", "nineties": "90"}
WORD_RANGE = re.compile(
    r"""(?<![\w-])(?:(?P<pos>low|mid|high|upper|lower)(?:[-\s]*(?:to|-)[-\s]*(?P<pos2>low|mid|high|upper))?)?[-–\s]?(?P<band>single[-\s]digits?|double[-\s]digits?|teens|(?<=[-\s])teen(?=[-\s]?(?:%|percent))|(?P<dec>[2-9]0)(?:'?s|(?P<pct>(?=\s?(?:%|percent))))|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))
        (?:\s?(?:%s?|percent(?:age)?|range))*""",
    re.X | re.I,
)
# "a historically high 90% retention", "a record low 20% rate": an adjective on one figure, not a band
_NOT_BAND_BEFORE = re.compile(r"\b(?:historically|record|all[-\s]time|very|relatively|extremely|quite|unusually|seasonally)\s*$", re.I)

# "the low-31% range", "the mid 26% range": a position on one whole percent names its tenths, as "the low 40s" names units
_PCT_BAND = re.compile(r"(?<![\w-])(?P<pos>low|lower|mid|high|upper)[-\s]?(?P<n>[1-9]\d?)(?:\s?%|\s?percent)\s+(?:range|area)\b", re.I)
_TENTHS = {"low": (0, 3), "lower": (0, 3), "mid": (4, 6), "high": (7, 9), "upper": (7, 9)}
_MONEY_BAND = re.compile(r"(?<![\w-])(?P<pos>low|lower|mid|high|upper)[-\s]+(?P<cur>US\$|\$|€|£)(?P<lead>[1-9]\d{0,2}(?:,000)+|[1-9]00)['’]?s\b", re.I)
CROSS_BAND = re.compile(
    r"(?<![\w-])(?P<pos>low|mid|high|upper)[-\s]single(?:[-\s]digits?)?\s*(?:to|-)\s*(?:the\s+)?(?:low|lower)[-\s]double[-\s]digits?"
    r"(?:\s?(?:%|percent(?:age)?|range))*",
    re.I,
)
""""high single to low double digits": from the single-digit band's bottom to 13."""

HEDGE = re.compile(
    r"""(?:about|approximately|approx\.?|roughly|around|close\s+to|nearly|almost|a\s+little\s+(?:over|under|more\s+than|less\s+than)
        |north\s+of|south\s+of|more\s+than|less\s+than|over|under|at\s+least|upwards\s+of|in\s+excess\s+of|just\s+(?:over|under|shy\s+of)
        |some|something\s+like|circa|~|an\s+estimated|in\s+the\s+(?:range|neighborhood|vicinity)\s+of|shy\s+of|greater\s+than|above|below|exceeds?|exceeding)\s*$""",
    re.X | re.I,
)

_WORD_UNITS = ("percent", "per cent", "point", "million", "billion", "thousand", "trillion", "basis point", "bps", "times", "cent",
               "penn", "dollar", "euro")
_HEDGE_PHRASES = tuple(" " + p for p in (
    "about", "approximately", "approx", "approx.", "roughly", "around", "close to", "nearly", "almost", "a little over",
    "a little under", "a little more than", "a little less than", "north of", "south of", "more than", "less than", "over",
    "under", "at least", "upwards of", "in excess of", "just over", "just under", "just shy of", "some", "something like", "circa",
    "an estimated", "in the range of", "in the neighborhood of", "in the vicinity of", "shy of", "greater than", "above",
    "below", "exceed", "exceeds", "exceeding"))
"""Every hedge, as the words before a figure end: HEDGE (which finds where it starts) runs only on a hit."""

_COUNTED_AFTER_BAND = re.compile(r"[-\s]+(?:shipments|units|systems|tools|machines|orders|deals|stores|openings|launches|"
                                 r"customers|wins|acquisitions|vessels|rigs|aircraft|deliveries)\b(?![-\s]+(?:growth|increases?|declines?|gains?|rises?))", re.I)
"""A band of digits said of things counted ("double-digit shipments a quarter"; not "double-digit numbers", whose thing is named elsewhere)."""
_SCALE_AFTER_BAND = re.compile(r"\s+(billions|millions)\b(?:\s+of\s+dollars)?", re.I)
# (a bound ahead, "to pass $1.1 billion", "should cross 3 million members", is as loose as one reached)
_BOUND_PHRASES = (" closer to", " nearer to", " nearer", " near", " passed", " crossed", " surpassed", " topped", " pass", " cross", " surpass")
_BOUND_BEFORE = re.compile(r"\b(?:closer\s+to|nearer(?:\s+to)?|(?<!\bthe\s)near|passed|crossed|surpassed|topped|(?<=\bto\s)(?:pass|cross|surpass)|(?:should|will|could|would)\s+(?:pass|cross|surpass))\s+$", re.I)
_BOUND_AFTER = re.compile(r"\s*,?\s+or\s+(?:better|more|higher|greater|above|below|less|lower|so)\b|[-–]plus\b", re.I)
# "declined by EUR 410 million to EUR 1.74 billion": a change and the new level, not a range
_CHANGE_TO = re.compile(r"\b(?:declined|decreased|fell|dropped|rose|increased|grew|improved|expanded|contracted|reduced|up|down)\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
# "raising our revenue outlook by $1.5 billion to $52 billion", "lifting capex $0.4 billion to $14 billion": a verb of change
# earlier in the clause, then the step and the new level
_CHANGED_EARLIER = re.compile(r"\b(?:rais(?:e[sd]?|ing)|lift(?:s|ed|ing)?|increas(?:e[sd]?|ing)|boost(?:s|ed|ing)?|upp(?:ed|ing)"
                              r"|lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e[sd]?|ing)|trim(?:s|med|ming)?|grow(?:s|ing)?|grew)\b"
                              r"(?P<object>[^;:!?]{0,120}?)(?P<by>\bby\s+)?(?:about\s+|approximately\s+|roughly\s+|another\s+|an?\s+additional\s+)?$", re.I)
_SHARE_AFTER = re.compile(r"\s+of\s+(?:our\s+|the\s+|total\s+|net\s+)*(?:revenues?|sales)\b", re.I)
_OUTLOOK_NOUN = re.compile(r"\b(?:guid(?:e|ance)|outlook|forecast|range|target|expectations?|estimates?|plan|budget)\b", re.I)
_CONNECT = re.compile(r"^\s*(?:(?:per|a)\s+(?:diluted\s+)?share\s+)?(?:to|through|-|–|—|and(?:\s+to)?|or)\s*(?:plus\s+|\+)?$", re.I)
""""plus 13% to plus 14%" ("+13 to +14%"), as some calls say every growth figure, is the range 13-14%."""
""""$2.45 per share to $2.60 per share" is one range, as "$3.65 to $3.85" is."""
_BETWEEN = re.compile(rf"\b(?:between|from|range\s+(?:for\s+the\s+(?:{FISCAL}\s+|full\s+)?year\s+)?(?:of|at)|rang(?:e[sd]?|ing)\s+from)\s+(?:about\s+|approximately\s+|probably\s+|maybe\s+|perhaps\s+|roughly\s+)?$", re.I)
"""The verb "range" makes "from A to B" a range ("EPS is expected to range from $1.14 to $1.18"), not a move; the noun makes
"A and B" one ("a capital range for the year of $1.1 billion and $1.4 billion", "the range at $2 billion and $3 billion")."""


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    """Currency code, %, bps, x, days, count; None for a bare number."""
    approx: bool = False
    negative: bool = False
    scaled: bool = False
    """A scale word (million, bn) was written: a bare scaled number is money or a count."""
    kind: str = "number"
    """number | word_range."""

    @property
    def is_range(self) -> bool:
        return self.low is not None


def plain(v: Decimal) -> Decimal:
    """344.7 million as 344700000, not 344700000.0 or 3.447E+8."""
    if v == v.to_integral_value():
        return v.quantize(Decimal(1))
    return v.normalize()


def _dec(s: str) -> Decimal | None:
    s = s.replace(",", "")
    if len(s.partition(".")[0]) > 15:  # no call says a figure past a quadrillion; a run of digits scaled past 28 of them breaks plain()
        return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _unit_of(raw: str | None) -> tuple[str | None, int, bool]:
    """(unit, extra power of ten, is cents) from a unit suffix."""
    if not raw:
        return None, 0, False
    u = raw.strip().lower().lstrip("-–")  # "a 170-basis-point improvement"
    if u.startswith(("%", "percent", "per cent", "pct")):
        return "%", 0, False
    if u.startswith(("basis", "bp")):
        return "bps", 0, False
    if u.startswith(("point", "share point")):
        # percentage points, as spoken of margins and rates; "share points" are those of a market share
        return "%", 0, False
    if u in ("x", "times", "time", "turn", "turns"):  # leverage "down 0.2 turns", "below 1 time"
        return "x", 0, False
    if u.startswith("day") or u.endswith(" days"):  # "164 off-hire days", "120 drydock days"
        return "days", 0, False
    if u.startswith("gram") or u == "g/t":
        return "g/t", 0, False  # an ore grade
    if u.startswith(("cent", "penn", "pence")) and not u.startswith("central") or u == "p":  # (not "Central African CFA francs")
        return ("GBP" if u in ("pence", "p") else "USD"), 0, True
    if u.split()[0] in SUBUNITS:
        return SUBUNITS[u.split()[0]][0], 0, True  # "61.2 sen": another currency's hundredth, resolved by `_atom`
    u = " ".join(u.split())  # "pounds  sterling", "Swedish kronor"
    code = CURRENCY_WORD.get(u) or CURRENCY_WORD.get(u.rstrip("s"))
    return code, 0, False


_CENTS_COUNTRY = re.compile(r"(?<![\w$])(HK|US|NZ|NT)\s$")
_COUNTRY_DOLLAR = {"HK": "HKD", "US": "USD", "NZ": "NZD", "NT": "TWD"}
"""Cents said with their country's letters before the figure ("HK 8.5 cents", "US 4 cents")."""


def _plain_money(m: re.Match[str], code: str, default_currency: str) -> bool:
    """Is a figure after a code or sign that is also a word or a name ("TOP 10", "ALL 3", "the R7 release", "RM 2") money
    all the same? The shared pattern offers each before a digit, as it cannot know the call. A call in that currency reads
    it as its own; elsewhere only a figure that looks like money in its own right does ("R38.1 billion", "TRY 48 billion",
    "R17,450 an ounce", "PEN 2.10 per share": a scale, a grouping or a price's "per" after it)."""
    return (default_currency == code or bool(m.group("scale")) or "," in m.group("num")
            or m.string.startswith(" per ", m.end("num")))


def _atom(m: re.Match[str], default_currency: str) -> Quantity | None:
    num = _dec(m.group("num"))
    if num is None:
        return None
    cur_raw = m.group("cur")
    unit: str | None = None
    code_power = 0
    if cur_raw:
        key = cur_raw.lower()
        if key not in SIGN_OWNERS:
            if key[:3] in SIGN_OWNERS and key[3:] in _CODE_SUFFIX:  # "DKKm 612"
                key, code_power = key[:3], _CODE_SUFFIX[key[3:]]
            elif key[0] in _CODE_SCALE and key[1:] in SIGN_OWNERS:  # "MSEK 2,370"
                key, code_power = key[1:], _CODE_SCALE[key[0]]
        owners = SIGN_OWNERS.get(key) or SIGN_OWNERS.get(key.rstrip("."))
        unit = resolve(owners, default_currency) if owners else "USD"
        written = key.upper()
        if ((written in AMBIGUOUS_CODES if written in _CODES else guarded_sign(cur_raw))
                and not _plain_money(m, unit, default_currency)):
            if m.end("cur") == m.start("num"):
                return None  # its digits belong to the name ("R12", "TOP10"), no figure at all
            cur_raw, unit, code_power = None, None, 0  # "TOP 10 customers": the figure alone
    scale_raw = m.group("scale")
    power = 0
    if scale_raw:
        power = SCALES.get(" ".join(scale_raw.lower().lstrip("-–").split()), 0)
        if scale_raw.strip() in ("T",) and not cur_raw:
            return None
    sfx, _, cents = _unit_of(m.group("unit"))
    mass = False
    if sfx and not cents and sfx not in _NOT_MONEY:
        said = " ".join(m.group("unit").lower().split())
        owners = WORD_OWNERS.get(said)
        if said in ("pounds", "pound") and not cur_raw and default_currency not in owners:
            mass = True  # "31.2 million pounds of copper" in a call that is not in pounds: a weight, counted by the noun after it
        elif said in AMBIGUOUS_WORDS and default_currency not in owners and not m.string.startswith(" per ", m.end("unit")):
            mass = True  # "9 won a place", "the 3 crowns": a word that only names a currency before "per" or in its own call
        elif owners:
            sfx = resolve(owners, default_currency)  # "500 million dollars" in a call in Canadian dollars, "pesos" in Chile
        if mass:
            sfx = None
    if sfx in ("%", "bps", "x") and cur_raw and cur_raw[0].isalpha():
        cur_raw, unit, code_power = None, None, 0  # "IRR 15%", "EUR 5% notes": a code before a rate names no sum of money
    if sfx:
        if sfx in ("USD", "GBP") and cents and cur_raw and "." in m.group("num"):
            cents = False  # "$8.45 cents per share": the dollar sign and the decimals say dollars, "cents" is a slip
            unit = unit or default_currency
        elif sfx in ("USD", "GBP") and cents:
            num = num / 100
            if not unit and sfx == "USD" and (lead := _CENTS_COUNTRY.search(m.string, max(0, m.start() - 4), m.start())):
                unit = _COUNTRY_DOLLAR[lead.group(1)]  # "HK 8.5 cents": the country's cents, not the call's currency
            unit = unit or (default_currency if sfx == "USD" else sfx)
        elif cents:
            # "61.2 sen", "45 groszy": the hundredth of the call's currency where the word can name it
            code = resolve(SUBUNITS[m.group("unit").split()[0].lower()], default_currency)
            num = num / (1000 if code in THOUSANDTHS else 100)
            unit = unit or code
        elif sfx not in ("%", "bps", "x", "days"):
            unit = unit or sfx
        else:
            if unit is None:
                unit = sfx
    if code_power and not power:
        power = code_power
    if not power and not cur_raw and (ts := m.group("tscale")):
        power = TONNE_SCALES[ts.lower()]  # "72.5 MTPA": millions of tonnes a year, the abbreviation counted after it
    value = num * (Decimal(10) ** power) if power else num
    opened, closed = m.group("open") or m.group("open2"), m.group("close")
    negative = bool(m.group("minus") or m.group("minus2")) or bool(opened and closed)
    start = m.start("num")
    if cur_raw:
        start = m.start("cur")
    if m.group("minus") and m.start("minus") < start:
        start = m.start("minus")
    end = m.end("num")
    for g in (("scale",) if mass else ("scale", "unit")):
        if m.group(g):
            end = m.end(g)
    if opened and closed:
        start, end = min(start, m.start("open") if m.group("open") else m.start("open2")), m.end("close")
    q = Quantity(start, end, m.string[start:end], value=-value if negative else value, unit=unit,
                 negative=negative, scaled=bool(power))
    q._power = power  # type: ignore[attr-defined]
    q._cents = cents  # type: ignore[attr-defined]
    return q


_AND_A_HALF = re.compile(r"\s+and\s+a\s+half(?=\s+[a-z])(?!\s+(?:years?|months?|weeks?|days?|hours?|times|percent|points?|basis|million|billion|thousand|trillion)\b)", re.I)
"""'12 and a half gigawatts'; not a span or a scale word ('2 and a half years', '3 and a half million'), read elsewhere."""
_FRAC_WORDS = {"a half": Decimal("0.5"), "a quarter": Decimal("0.25"), "three quarters": Decimal("0.75")}
_WORD_RANGE_TO = re.compile(r"\s+(?:to|-|–|through|and)\s+", re.I)
""""six to seven percent": a bare spelled-out number before the connector of a range whose other end has the unit."""


_WORD_LOW = re.compile(
    rf"""(?<![\w-])(?P<word>(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen
        |eighteen|nineteen)                                  # a spelled-out number, never "a"
    (?P<frac>\s+and\s+(?:a\s+half|a\s+quarter|three[-\s]quarters))?
    \s+(?:to|through)\s+$                                    # the connector right before the figure""",
    re.X | re.I,
)
"""'eight to 10%', 'seven and a half to 10%': the bare word before a figure's range connector."""
_NAMED_BY_NUMBER = re.compile(r"\b(?:year|phase|stage|tier|day|week|wave|step|number|version|level|class|round|chapter|type)\s+$", re.I)
"""'in year two to $9 million': a word that names a stage, not the low end of a range."""
_STANDARD_NAMED = re.compile(r"\b(?:IAS|IFRS|ASC|S?FAS|ASU|AASB|Ind\s+AS)\s$")


_WORD_ENDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "teen", "ty", "half",
              "quarter", "quarters")
"""How each spelled-out number _WORD_LOW reads can end, its fraction included."""


def _word_before(sentence: str, end: int) -> bool:
    """Can _WORD_LOW match before the connector that ends at `end`: does the word before it end as a spelled-out number
    does? Most connectors follow a figure or a noun, and the pattern tries its words at every position of the window.
    A non-ASCII window is left to the pattern (re.I folds a few other letters to "i" and "s")."""
    head = sentence[max(0, end - 40):end]
    head = head[:-4 if head.endswith(" to ") else -9].rstrip()
    return not head.isascii() or head.lower().endswith(_WORD_ENDS)


def _word_value(word: str, frac: str | None = None) -> Decimal:
    """"seven and a half" is 7.5, as "7.5" reads."""
    if frac:
        return _word_value(word) + _FRAC_WORDS[" ".join(frac.lower().replace("-", " ").split()[1:])]
    w = word.lower().replace("-", " ").split()
    if w[-1] == "hundred":
        return Decimal(100)
    if w == ["half", "a"]:
        return Decimal("0.5")
    total = Decimal(0)
    for part in w:
        total += Decimal(_SMALL.get(part, 0))
    return total


_CENTS_AFTER_BAND = re.compile(r"\s+(?:on\s+an?\s+|in\s+)?cents?\b(?!\s+(?:of\s+)?(?:every|each)\b)", re.I)
_PER_THING = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+)?content\s+)?per\s+(?:vehicle|car|truck|household|home|device|phone|passenger|"
                        r"guest|visitor|ticket|transaction|order|room|seat|bed|patient|member|subscriber|user|customer)\b", re.I)


def _bare_decade(b: Quantity) -> bool:
    """A decade band said without a percent sign ("the mid-70s"), which only its sentence gives a unit."""
    return b.unit == "%" and b.low is not None and b.low >= 20 and "%" not in b.text and "percent" not in b.text.lower()


def find_quantities(sentence: str, default_currency: str = "USD", outlook: bool = False) -> list[Quantity]:
    """Every figure in the sentence, ranges merged, hedges marked; spans index into `sentence`."""
    found: list[Quantity] = []
    bands: list[Quantity] = []
    bare_words = False
    lowered = sentence.lower()
    if ("teen" in lowered or "digit" in lowered or "0s" in lowered or "0's" in lowered or "0%" in lowered or "0 percent" in lowered
            or "ties" in lowered and any_in(lowered, _DECADE_WORDS)):  # (each decade word ends so: one scan for most sentences)
        for m in CROSS_BAND.finditer(sentence) if "double" in lowered and "single" in lowered else ():
            low = _band("single", m.group("pos").lower(), None)[0]
            bands.append(Quantity(m.start(), m.end(), m.group(0).strip(), low=low, high=Decimal(13), unit="%",
                                  approx=True, kind="word_range"))
        for m in WORD_RANGE.finditer(sentence):
            if any(b.start <= m.start() < b.end for b in bands):
                continue
            band, pos, dec = m.group("band").lower(), (m.group("pos") or "").lower(), m.group("dec") or _DECADE_WORDS.get((m.group("decw") or "").lower())
            if dec and not (pos or "%" in m.group(0) or "percent" in m.group(0).lower()):
                continue
            # "the high 30% range" is the band 37..39 as "the high 30s" is; "30%" on its own stays one figure
            if m.group("pct") is not None and (not pos or _NOT_BAND_BEFORE.search(sentence, 0, m.start())):
                continue
            low, high = _band(band, pos, dec)
            if m.group("pos2"):  # "mid to high single digits": from the lower band's bottom to the upper one's top
                low2, high2 = _band(band, m.group("pos2").lower(), dec)
                low, high = min(low, low2), max(high, high2)  # said high-to-low too ("high to low teens")
            bands.append(Quantity(m.start(), m.end(), m.group(0).strip(), low=low, high=high, unit="%",
                                  approx=True, kind="word_range"))
        for m in _MONEY_BAND.finditer(sentence) if "$" in sentence or "€" in sentence or "£" in sentence else ():
            # "the low $2,000s": the band counts the digit after the leading one, as "the low 40s" is 41..43
            lead = m.group("lead").replace(",", "")
            step = Decimal(10) ** (len(lead) - 2)
            lo, hi = {"low": (1, 3), "lower": (1, 3), "mid": (4, 6), "high": (7, 9), "upper": (7, 9)}[m.group("pos").lower()]
            key = m.group("cur").lower()
            unit = resolve(SIGN_OWNERS[key], default_currency) if key in SIGN_OWNERS else "USD"
            bands.append(Quantity(m.start(), m.end(), m.group(0), low=int(lead) + lo * step, high=int(lead) + hi * step,
                                  unit=unit, approx=True, kind="word_range"))
    if "% range" in lowered or "percent range" in lowered or "% area" in lowered:
        for m in _PCT_BAND.finditer(sentence):
            if m.group("n").endswith("0") or any(b.start <= m.start() < b.end for b in bands):
                continue  # "the high 30% range" is the band of units 37..39 above
            lo, hi = _TENTHS[m.group("pos").lower()]
            n = Decimal(m.group("n"))
            bands.append(Quantity(m.start(), m.end(), m.group(0), low=n + Decimal(lo) / 10, high=n + Decimal(hi) / 10, unit="%",
                                  approx=True, kind="word_range"))
    if len(bands) > 1:
        bands = _join_bands(sentence, bands)
    for b in bands if "illions" in lowered else ():
        scale = _SCALE_AFTER_BAND.match(sentence, b.end) if b.unit == "%" else None
        if scale is not None:
            # "low double-digit billions": a band of billions of money, not a percentage
            factor = Decimal(10) ** (9 if scale.group(1).lower().startswith("b") else 6)
            b.low, b.high = b.low * factor if b.low is not None else None, b.high * factor if b.high is not None else None
            b.unit, b.scaled = (default_currency if default_currency else "USD"), True
            b.text, b.end = sentence[b.start:scale.end()], scale.end()
    for b in bands if "digit" in lowered else ():
        if b.unit == "%" and _COUNTED_AFTER_BAND.match(sentence, b.end) and "%" not in b.text and "percent" not in b.text.lower():
            b.unit = "count"  # "double-digit shipments a quarter": a band of things counted, not a percentage
    if bands and " per " in lowered and any(_PER_THING.match(sentence, b.end) for b in bands if _bare_decade(b)):
        # "the low 50s per vehicle then, the mid-60s now": decade bands of an amount per thing are money, as the band
        # names dollars of content a vehicle carries, not a percentage
        for b in bands:
            if _bare_decade(b):
                b.unit = default_currency or "USD"
    if bands and "cent" in lowered:
        for b in bands:
            if _bare_decade(b) and _CENTS_AFTER_BAND.match(sentence, b.end):
                # "fuel margins in the low 40s on a cents per gallon basis": a band of cents, not a percentage
                b.unit, b.low, b.high = default_currency or "USD", b.low / 100, b.high / 100
                b._cents = True  # type: ignore[attr-defined]
    for m in ATOM.finditer(sentence):
        if bands and any(b.start <= m.start("num") < b.end for b in bands):
            continue
        q = _atom(m, default_currency)
        if q is not None:
            found.append(q)
    for k, b in enumerate(bands):
        # "the mid 20% to 30% range": from the band's bottom to the figure after it
        nxt = next((q for q in found if q.start > b.end and q.unit == "%" and q.value is not None and not q.is_range), None)
        if (nxt is not None and b.unit == "%" and nxt.value > b.low and _BAND_TO.fullmatch(sentence, b.end, nxt.start)
                and not _FROM_BEFORE.search(sentence, 0, b.start)):
            found.remove(nxt)
            bands[k] = Quantity(b.start, nxt.end, sentence[b.start:nxt.end], low=b.low, high=nxt.value, unit="%", approx=True,
                                kind="word_range")
    found += bands
    if " of " in lowered and any_in(lowered, ("half", "quarter", "tenth")):
        for m in _FRACTION.finditer(sentence):
            found = [q for q in found if not m.start() <= q.start < m.end()]
            unit, _, _ = _unit_of(" " + m.group("unit").strip())
            frac = " ".join(m.group("frac").lower().replace("-", " ").split())
            share = _FRACTIONS[frac.split()[-1]] * (3 if frac.startswith("three") else 1)
            found.append(Quantity(m.start(), m.end(), m.group(0), value=share, unit=unit))
    if " of " in lowered and any_in(lowered, ("third", "quarters", "fourths", "/3 of", "/4 of")):
        for m in _SHARE_OF.finditer(sentence):
            frac = m.group("frac").lower()
            if frac.endswith("quarters") and _QUARTERS_OF_TIME.search(sentence, max(0, m.start() - 14), m.start()):
                continue
            share = _SHARE_VALUE.get(frac) or _SHARE_VALUE[frac.replace("-", " ").split()[-1]]
            found.append(Quantity(m.start(), m.end("frac"), m.group("frac"), value=share, unit="%", approx="3" in frac or "third" in frac))
    if " point " in lowered:
        for m in _SPELLED_DECIMAL.finditer(sentence):
            if any(q.start <= m.start() < q.end for q in found):
                continue
            digits = "".join(str(_SMALL[w]) for w in m.group("dec").lower().split())
            unit, _, _ = _unit_of(m.group("unit"))
            power = SCALES.get(" ".join((m.group("scale") or "").lower().split()), 0)
            value = (_word_value(m.group("int")) + Decimal("0." + digits)) * Decimal(10) ** power
            q = Quantity(m.start(), m.end(), m.group(0), value=value, unit=unit, scaled=bool(power))
            q._power = power  # type: ignore[attr-defined]
            found.append(q)
    if any_in(lowered, _WORD_UNITS):
        # the lower-cased copy where it reads as the sentence does (guard.folded): groups are lower-cased, spans the same
        fold = _WORD_NUM_LOW is not None and lowered_copy(sentence) is not None
        matches = list(_WORD_NUM_LOW.finditer(lowered) if fold else WORD_NUM.finditer(sentence))
        for k, m in enumerate(matches):
            word = m.group("word")
            if not (m.group("scale") or m.group("unit")):
                nxt = matches[k + 1] if k + 1 < len(matches) else None
                if (word.lower() == "a" or nxt is None or not (nxt.group("unit") or nxt.group("scale"))
                        or not _WORD_RANGE_TO.fullmatch(sentence, m.end(), nxt.start())):
                    continue
                # "six to seven percent": the bare low end, for the range merge to give the high end's unit
                q = Quantity(m.start(), m.end(), sentence[m.start():m.end()], value=_word_value(word, m.group("frac")))
                q._bare_word = bare_words = True  # type: ignore[attr-defined]
                found.append(q)
                continue
            if word.lower() == "a" and not m.group("scale") and not (m.group("unit") or "").strip().lower() == "penny":
                continue  # "a penny"; "SG&A dollars", "G&A dollars" are no amount ("a dollars" is never said of one)
            if any(q.start <= m.start() < q.end for q in found):
                continue
            num = _word_value(word, m.group("frac"))
            power = SCALES.get(" ".join((m.group("scale") or "").lower().split()), 0)
            unit, _, cents = _unit_of(m.group("unit"))
            if (m.group("unit") or "").strip().lower() in ("penny", "pennies"):
                unit, cents = "USD", True
            if unit == "USD":
                unit = resolve(_DOLLARS, default_currency)  # "a penny", "five million dollars": the call's own dollar
            value = num * Decimal(10) ** power
            if cents:
                value = value / 100
            q = Quantity(m.start(), m.end(), sentence[m.start():m.end()], value=value, unit=unit, scaled=bool(power))
            q._power = power  # type: ignore[attr-defined]
            q._cents = cents  # type: ignore[attr-defined]
            found.append(q)
    if any_in(lowered, _LOOSE_WORDS):
        for m in _LOOSE_POINTS.finditer(sentence):
            if (any(q.start <= m.start() < q.end or m.start() <= q.start < m.end() for q in found)
                    or not m.group("op") and _LOOSE_AGAINST.match(sentence, m.end())):
                continue  # "a couple of points faster", "a half-point worse at both ends": an offset from a figure said with it
                # (but "a point higher than a year ago" is the move of the figure before it, said against a period)
            if (m.group("cp") or "").lower().startswith("point") and (_REMARKS_AFTER.match(sentence, m.end()) or not any_in(lowered, _MEASURE_WORDS)):
                continue  # "I'd add a couple of points here": remarks, not percentage points
            if m.group("op"):
                value, unit, approx = Decimal(1), "%", False
            elif m.group("ph"):
                value, unit, approx = Decimal("1.5"), "%", False
            elif m.group("hp"):
                value, unit, approx = Decimal("0.5"), "%", False
            else:
                unit = "bps" if (m.group("cp") or m.group("np")).lower().startswith(("basis", "bp")) else "%"
                value = Decimal(m.group("n")) if m.group("n") else Decimal(200 if m.group("hund") else 2)
                approx = True
            found.append(Quantity(m.start(), m.end(), m.group(0), value=value, unit=unit, approx=approx))
    if " to " in lowered or " through " in lowered:
        for q in list(found):
            if (q.kind == "number" and q.value is not None and (q.unit or q.scaled) and q.text[:1] in "$€£¥0123456789"
                    and sentence.endswith((" to ", " through "), 0, q.start) and _word_before(sentence, q.start)):
                m = _WORD_LOW.search(sentence, max(0, q.start - 40), q.start)
                low = _word_value(m.group("word"), m.group("frac")) if m is not None else None
                if (low is not None and 0 < low < q.value and not any(f.start <= m.start() < f.end for f in found)
                        and not _NAMED_BY_NUMBER.search(sentence, max(0, m.start() - 12), m.start())):
                    # "six to $7 per share", "nine to 9.5%": a spelled-out low end before a figure that carries the unit
                    w = Quantity(m.start(), m.start() + len(m.group("word")) + len(m.group("frac") or ""),
                                 sentence[m.start():m.start() + len(m.group("word")) + len(m.group("frac") or "")], value=low)
                    w._bare_word = bare_words = True  # type: ignore[attr-defined]
                    found.append(w)
    if "and a half" in lowered:
        for q in found:
            if (q.kind == "number" and q.unit is None and not q.scaled and q.value is not None and q.text.isdigit()
                    and (h := _AND_A_HALF.match(sentence, q.end)) is not None):
                # "12 and a half gigawatts": the half said after the digits is the figure's, as "seven and a half" is
                q.end, q.value = h.end(), q.value + Decimal("0.5")
                q.text = sentence[q.start:q.end]
    if "AS" in sentence or "IFRS" in sentence:
        # "under IAS 29", "IFRS 16 leases", "ASC 842": the standard's number names it, and is no low end of a range after it
        found = [q for q in found if not (q.unit is None and not q.scaled and _STANDARD_NAMED.search(sentence, max(0, q.start - 8), q.start))]
    found.sort(key=lambda q: q.start)
    merged = _merge_ranges(sentence, found, outlook)
    if bare_words:
        merged = [q for q in merged if not getattr(q, "_bare_word", False)]  # a word low end that made no range
    if "dollar" in lowered:
        for q in merged:
            named = _IN_DOLLARS.match(sentence, q.end) if q.unit in _DOLLARS else None
            if named and not _EXPLICIT_DOLLAR.search(q.text):
                q.unit = _DOLLAR_OF[named.group(1).lower().replace(" ", "").replace(".", "")]
    if "$" in sentence and any_in(lowered, ("users", "customers", "subscribers", "members", "people", "viewers", "visitors",
                                            "households", "patients", "students")):
        for q in merged:
            if q.scaled and q.text[:1] == "$" and q.kind == "number" and _PEOPLE_AFTER.match(sentence, q.end):
                q.unit = None
    if "illion" in lowered:
        saved = "sav" in lowered or "synerg" in lowered
        for q in merged:
            if (q.unit is None and q.scaled and q.kind == "number" and q.text[:1].isdigit()
                    and (_MONEY_NOUN_BEFORE.search(sentence, max(0, q.start - 48), q.start) and _NO_NOUN_AFTER.match(sentence, q.end)
                         or saved and (_SAVINGS_NOUN_AFTER.match(sentence, q.end) or saved is not True
                                       and (_NO_NOUN_AFTER.match(sentence, q.end) or _VERB_AFTER.match(sentence, q.end))))):
                q.unit = default_currency
                if saved and _SAVINGS_NOUN_AFTER.match(sentence, q.end):
                    saved = q  # "a 6 billion savings plan, of which 2 billion is done": the part, money too
    if " and " in lowered and "cent" in lowered:
        merged = _units_and_cents(sentence, merged)
    if any_in(lowered, _SELF_FIX_WORDS):
        for q in merged:
            if (q.scaled and q.value is not None and (fix := _SCALE_FIXED.match(sentence, q.end)) is not None
                    and (fix.group("pre") or fix.group("post"))):
                said = q.text.lower().split()[-1]
                if said in SCALES and said != fix.group("scale").lower():
                    # "$2.9 million, billion, excuse me": a speaker correcting the scale just said
                    q.value = q.value * Decimal(10) ** (SCALES[fix.group("scale").lower()] - SCALES[said])
    for q in merged:
        q.value = plain(q.value) if q.value is not None else None
        q.low = plain(q.low) if q.low is not None else None
        q.high = plain(q.high) if q.high is not None else None
        before = sentence[max(0, q.start - 40):q.start]
        tail = " " + " ".join(before[-28:].lower().split()[-5:])
        if not q.approx and (tail.endswith(_BOUND_PHRASES) and _BOUND_BEFORE.search(before) or ("or " in sentence[q.end:q.end + 4] or "plus" in sentence[q.end:q.end + 5])
                             and _BOUND_AFTER.match(sentence, q.end)):
            q.approx = True  # "closer to 15%", "passed 20 million", "13% or better", "100,000-plus": a bound or a neighbourhood
        if not (tail.endswith(_HEDGE_PHRASES) or tail.endswith("~")):
            continue
        hm = HEDGE.search(before)
        if hm:
            q.approx = True
            if hm.group(0).strip():
                start = q.start - (len(before) - hm.start())
                q.text = sentence[start:q.end]
                q.start = start
    return merged


def _units_and_cents(sentence: str, qs: list[Quantity]) -> list[Quantity]:
    """"19 euros and 7 cents", "41 dollars and 7 cents": a price read out in its two coins is one amount (19.07)."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (prev is not None and getattr(q, "_cents", False) and q.value is not None and 0 < q.value < 1 and prev.value is not None
                and prev.unit == q.unit and not prev.scaled and not getattr(prev, "_cents", False) and prev.value == prev.value.to_integral_value()
                and _COIN_WORD.search(prev.text) and _AND_BETWEEN.fullmatch(sentence, prev.end, q.start)):
            joined = Quantity(prev.start, q.end, sentence[prev.start:q.end], value=prev.value + q.value, unit=q.unit, approx=prev.approx)
            joined._power, joined._cents = 0, False  # type: ignore[attr-defined]
            out[-1] = joined
            continue
        out.append(q)
    return out


_COIN_WORD = re.compile(r"\b(?:dollars?|euros?|pounds?|francs?)$", re.I)
_AND_BETWEEN = re.compile(r"\s+and\s+")


_SELF_FIX_WORDS = ("excuse me", "sorry", "i mean", "pardon me", "rather")
_SCALE_FIXED = re.compile(r"\s*,?\s*(?:(?P<pre>sorry|excuse\s+me|I\s+mean|pardon\s+me|rather)\s*,?\s*)?(?P<scale>billion|million|thousand|trillion)\b"
                          r"(?:\s*,?\s*(?P<post>sorry|excuse\s+me|I\s+mean|pardon\s+me)\b)?", re.I)
"""The scale said again, with a word of correction before or after it: "$2.9 million, billion, excuse me", "$4 billion,
sorry, million"."""
_PEOPLE_AFTER = re.compile(r"\s+(?:(?:active|monthly|daily|paying|paid|new|registered|unique|total)\s+){0,2}"
                           r"(?:users|customers|subscribers|members|people|viewers|visitors|households|patients|students)\b"
                           r"(?!['’-]|\s+(?:costs?|expenses?|spend|spending|investments?|programs?|related|fees?|revenues?|sales|budgets?)\b)", re.I)
""""$18 million users": a transcriber's dollar sign on a count of people, who are never a sum of money."""

_MONEY_NOUN_BEFORE = re.compile(r"\b(?:liquidity|cash(?:\s+and\s+(?:cash\s+equivalents|investments))?|revenues?|debt|borrowings|backlog"
                                r"|capex|capital\s+expenditures|free\s+cash\s+flow|ebitda|net\s+income|savings|synergies|saves)\s+(?:of|was|were|is|at|totaled|totaling)"
                                r"\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|over\s+|up\s+to\s+)?$", re.I)
_SAVINGS_NOUN_AFTER = re.compile(r"\s+(?:of|in)\s+(?:(?!(?:the|our|its|their|this|that|and|or|but|with|to|which|provided|from)\b)[\w&-]+\s+){0,4}"
                                 r"(?:savings|synergies|saves)\b", re.I)
""""1.8 billion of exit-rate cost saves so far": what a plan saves is money, said without its sign as the call's currency."""
_VERB_AFTER = re.compile(r"\s+(?:are|is|was|were|have|has)\b", re.I)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:in|at|for|as|and|or|compared|versus|vs\.?|from|to|up|down|this|last|during|over|by|with|which|while)\b)")
""""liquidity of 16.5 billion": a sum of money said without its sign, as a call in dollars often is when read out."""

_FRACTION = re.compile(r"(?<![\w-])(?P<frac>(?:one|a)[-\s]half|half|(?:a|one)[-\s](?:quarter|tenth)|three[-\s]quarters)"
                       r"\s+of\s+(?:a|one|1)\s*(?P<unit>%|percent(?:age\s+points?)?|per\s+cent|(?:percentage\s+)?points?|basis\s+points?)(?![\w-])", re.I)
""""one-half of 1%", "a quarter of a point": a share of one unit, not the one."""
_LOOSE_WORDS = ("couple", "and a half", "half point", "half-point", "half percentage", "-odd", "a point ", "one point ")
_LOOSE_POINTS = re.compile(
    r"(?<![\w-])(?:(?:a|one)\s+(?P<ph>(?:percentage\s+)?point)\s+and\s+a\s+half|a\s+(?P<hp>half[-\s](?:percentage\s+)?point)"
    r"|a\s+couple(?:\s+of)?\s+(?P<hund>hundred\s+)?(?P<cp>(?:percentage\s+)?points?|basis\s+points?|bps)"
    r"|(?P<n>[1-9]\d{0,2})-odd\s+(?P<np>(?:percentage\s+)?points?|basis\s+points?|bps|percent)"
    r"|(?:a|one)\s+(?P<op>(?:full\s+)?(?:percentage\s+)?point)(?=\s+(?:higher|lower|better|worse|above|below)\s+than\s+(?:a\s+year\s+(?:ago|earlier)"
    r"|(?:last|the\s+prior|the\s+previous|the\s+same)\s+(?:year|quarter)\b)))(?![\w-])", re.I)
_REMARKS_AFTER = re.compile(r"\s+(?:I|that|to|which|we|you|here|about|on|for|worth)\b", re.I)
_MEASURE_WORDS = ("%", "percent", "margin", "growth", "grow", "comp", "share", "rate", "sales", "revenue", "points of", "points in", " up ", " down ")
_LOOSE_AGAINST = re.compile(r"\s+(?:faster|slower|below|above|better|worse|higher|lower|ahead|behind|more|less|short)\b", re.I)
""""a point and a half" (1.5), "a half point" (0.5), "a couple of points" (about 2), "a couple hundred basis points" (about
200), "25-odd basis points" (about 25): small moves said in words, as margins and rates are talked about."""
_SHARE_OF = re.compile(
    r"""(?<![\w/-])(?P<frac>two[-\s]thirds|one[-\s]third|three[-\s](?:quarters|fourths)|[123]/[34])  # the share, in words or a fraction
    \s+of\s+(?:(?:our|the|its|their|total|all|this|that)\s+)*(?:(?!(?:growth|increase|decline|year|quarter)\b)[\w&-]+\s+){0,2}?
    (?:revenues?|sales|profits?|income|earnings|ebitda|(?:free\s+)?cash\s+flow|costs?|expenses?|capex|spend(?:ing)?|deposits|loans
      |portfolio|assets|book|backlog|bookings|orders|volumes?|shipments|production|output|capacity|business|customers|clients
      |stores|footprint|workforce|employees|debt|borrowings|buybacks?|dividends?|payout|returns)\b  # a level, not a change
    (?![-\s]+(?:growth|increase|decline|decrease|gains?|improvement|drop)\b)  # not "two-thirds of the volume growth" """,
    re.X | re.I,
)
""""two-thirds of our revenue", "3/4 of free cash flow": a share of a level said as a fraction, as "67%" would be; "three
quarters of the year" is a span of time and "two-thirds of the growth" a part of a change, which no labelled call reads."""
_QUARTERS_OF_TIME = re.compile(r"\b(?:first|last|past|next|final|remaining|these|those|consecutive|straight)\s+$", re.I)
"""'the first three quarters of fiscal sales': quarters counted, not a share."""
_SHARE_VALUE = {"third": Decimal("33.3"), "thirds": Decimal("66.7"), "quarters": Decimal(75), "fourths": Decimal(75),
                "1/3": Decimal("33.3"), "2/3": Decimal("66.7"), "1/4": Decimal(25), "3/4": Decimal(75)}
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25"), "tenth": Decimal("0.1")}
_DOLLAR_OF = {a.lower().replace(" ", "").replace(".", ""): c.code for c in TABLE if "dollars" in c.words for a in c.adjectives}
_IN_DOLLARS = re.compile(r"\s*,?\s*(?:in|of)\s+(" + "|".join(sorted({re.escape(a).replace(r"\ ", r"\s+").replace(r"\.", r"\.\s?")
                                                                  for c in TABLE if "dollars" in c.words for a in c.adjectives}, key=lambda a: (-len(a), a)))
                         + r")\s+dollars?\b", re.I)
"""A bare "$" whose dollar is named after it: "$566 million in Canadian dollars", "$40 million in U.S. dollar terms"."""
_EXPLICIT_DOLLAR = re.compile(r"[A-Z]{1,2}\$|\b[A-Z]{3}\b")


_BAND_TO = re.compile(r"\s*(?:to|-|–|through)\s+(?:the\s+)?", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


def _join_bands(sentence: str, bands: list[Quantity]) -> list[Quantity]:
    """"the high teens to low 20% range" is one range 17..23; "from the low teens to the high teens" is a move, two bands."""
    bands = sorted(bands, key=lambda q: q.start)
    out = [bands[0]]
    for b in bands[1:]:
        a = out[-1]
        if (a.kind == b.kind == "word_range" and a.unit == b.unit == "%" and a.high is not None and b.high is not None
                and a.low < b.low and _BAND_TO.fullmatch(sentence, a.end, b.start)
                and not _FROM_BEFORE.search(sentence, 0, a.start)):
            out[-1] = Quantity(a.start, b.end, sentence[a.start:b.end], low=a.low, high=b.high, unit="%", approx=True,
                               kind="word_range")
        else:
            out.append(b)
    return out


def _band(band: str, pos: str, dec: str | None) -> tuple[Decimal, Decimal | None]:
    if dec:
        base = int(dec)
        lo, hi = {"low": (1, 3), "lower": (1, 3), "mid": (4, 6), "high": (7, 9), "upper": (7, 9)}.get(pos, (0, 9))
        return Decimal(base + lo), Decimal(base + hi)
    if band.startswith("single"):
        lo, hi = {"low": (1, 3), "lower": (1, 3), "mid": (4, 6), "high": (7, 9), "upper": (7, 9)}.get(pos, (1, 9))
        return Decimal(lo), Decimal(hi)
    if band.startswith("teen"):  # "the mid-teen percentage range" names the band "the mid-teens" does
        lo, hi = {"low": (11, 13), "lower": (11, 13), "mid": (14, 16), "high": (17, 19), "upper": (17, 19)}.get(pos, (13, 19))
        return Decimal(lo), Decimal(hi)
    # double digits: "low double digits" 10..13, otherwise open-ended
    if pos in ("low", "lower"):
        return Decimal(10), Decimal(13)
    if pos == "mid":
        return Decimal(14), Decimal(16)
    if pos in ("high", "upper"):
        return Decimal(17), Decimal(19)
    return Decimal(10), None


_POINTS = re.compile(r"\bpoints?\b|\bpts?\b|\bppts?\b", re.I)


_TOLERANCE = re.compile(r"\s*,?\s*(?:plus\s+or\s+minus|give\s+or\s+take|\+/-|\+/−|±)\s*$", re.I)
""""$2.3 billion plus or minus $60 million": the guide is the range the tolerance spans."""
_COUNT_NOUN_TOLERANCE = re.compile(r"\s+([a-z]+)\s*,?\s*(?:plus\s+or\s+minus|give\s+or\s+take|\+/-|±)\s*", re.I)


_PAIR_AND = re.compile(r"\s*,?\s*and\s+$", re.I)
_PAIR_TOLERANCE = re.compile(r"\s*,?\s*(?:respectively\s*[,.;]?\s*(?:and\s+)?)?(?:plus\s+or\s+minus|give\s+or\s+take|\+/-|\+/−|±)\s*$", re.I)
"""'57% and 59.5% for the two bases, respectively, give or take 40 basis points': one tolerance said once for both guides of a pair."""


def _pair_tolerance(sentence: str, a: Quantity, b: Quantity, c: Quantity) -> tuple[Quantity, Quantity] | None:
    if a.unit != b.unit or not _PAIR_AND.fullmatch(sentence, a.end, b.start) or not _PAIR_TOLERANCE.fullmatch(sentence, b.end, c.start):
        return None
    ta, tb = _tolerance(sentence, a, c, said=True), _tolerance(sentence, b, c, said=True)
    if ta is None or tb is None:
        return None
    ta.end, ta.text = a.end, a.text  # each keeps its own span, so "respectively" still pairs them with their words
    tb.end, tb.text = b.end, b.text
    return ta, tb


def _tolerance(sentence: str, a: Quantity, b: Quantity, said: bool = False) -> Quantity | None:
    if a.value is None or b.value is None or a.negative or b.negative:
        return None
    if not said and not _TOLERANCE.fullmatch(sentence, a.end, b.start):
        # "212,000 tonnes, plus or minus 2,000 tonnes": a count's noun said with both the level and its tolerance
        noun = _COUNT_NOUN_TOLERANCE.fullmatch(sentence, a.end, b.start) if a.unit in (None, "count") else None
        if noun is None or not re.match(rf"\s+{re.escape(noun.group(1))}\b", sentence[b.end:b.end + 40], re.I):
            return None
    spread = b.value
    if a.unit == "%" and b.unit == "bps":
        spread = spread / 100
    elif b.unit == "%" and a.unit != "%" and (a.scaled or a.unit not in (None, "count")):
        spread = a.value * b.value / 100  # "$8.0 billion, plus or minus 2%": a share of the level
    elif b.unit not in (None, a.unit) or (b.unit is None and not (b.scaled or a.unit is None)):
        return None
    elif b.unit is None and b.scaled and not getattr(b, "_power", 0):
        return None
    if spread >= a.value:
        return None
    q = Quantity(a.start, b.end, sentence[a.start:b.end], low=a.value - spread, high=a.value + spread, unit=a.unit,
                 approx=a.approx, scaled=a.scaled)
    q._power = getattr(a, "_power", 0)  # type: ignore[attr-defined]
    q._cents = getattr(a, "_cents", False)  # type: ignore[attr-defined]
    return q


_OTHER_BASE_AFTER = re.compile(r"\s+(?:as|at|in|on|excluding|ex|before|after|including|organic\w*|reported|adjusted|constant|net|gross|"
                               r"when|if|depending|respectively)\b|\s*[,;]?\s+(?:respectively|organically|excluding)\b", re.I)
"""'14% or 17% in constant currency', '5% or 6% organically': the second figure is the first on another base."""


_YEAR_TEXT = re.compile(r"(?:19|20)\d\d")
_RESPECTIVE_PAIR = re.compile(r"[^.;]{0,80}?\s(?:and|&)\s[^.;]{0,60}?,?\s+respectively\b", re.I)


def _merge_ranges(sentence: str, qs: list[Quantity], outlook: bool = False) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        if i + 1 < len(qs) and a.kind == "number" and qs[i + 1].kind == "number":
            b = qs[i + 1]
            gap = sentence[a.end:b.start]
            if i + 2 < len(qs) and qs[i + 2].kind == "number" and "and" in gap:
                pair = _pair_tolerance(sentence, a, b, qs[i + 2])
                if pair is not None:
                    out.extend(pair)
                    i += 3
                    continue
            if "minus" in gap or "+" in gap or "±" in gap or "give" in gap:
                tol = _tolerance(sentence, a, b)
                if tol is not None:
                    out.append(tol)
                    i += 2
                    continue
            signed = (_signed_range(sentence, a, b) if a.unit in ("%", "bps", None) and b.unit in ("%", "bps")
                      or a.unit == b.unit and ("minus" in gap or "negative" in gap) else None)  # "minus $0.12 to minus $0.04"
            if signed is not None:
                out.append(signed)
                i += 2
                continue
            if gap == ", " and _guessed_pair(sentence, a, b, out):
                out.append(_as_range(sentence, a, b))  # "$30 million, $40 million or so": two guesses said one after the other
                i += 2
                continue
            conn = _CONNECT.match(gap)
            # searched only for a connected pair: the test below needs it only then
            ct = _CHANGE_TO.search(sentence, max(0, a.start - 30), a.start) if conn else None
            # "down 5% to 10%" is a range; "down by 2 points to 41%" and "up 40 bps to 12.5%" are a change and a level
            change_then_level = (ct is not None and a.value is not None and b.value is not None
                                 and (a.unit not in (None, "%", "bps") or abs(b.value) >= 2 * abs(a.value))
                                 and (not (a.unit == b.unit == "%" and "by" not in ct.group(0).lower().split())
                                      # "improved 1.1 points to 31.4%": points of change, then the level
                                      or (_POINTS.search(a.text) is not None and "%" in b.text)))
            if (change_then_level and b.unit in ("%", "bps") and a.unit is None and not a.scaled
                    and (a.text.replace(".", "", 1).isdigit() or getattr(a, "_bare_word", False))):
                change_then_level = False  # "up 2 to 4%", "up 30 to 60 basis points": a bare first figure takes the unit of a range
            if conn and not change_then_level and a.value is not None and b.value is not None:
                change_then_level = _step_then_level(sentence, a, b)
            if (conn and not change_then_level and ct is not None and a.unit == b.unit == "%"
                    and _SHARE_AFTER.match(sentence, b.end) and not _SHARE_AFTER.match(sentence, a.end)):
                change_then_level = True  # "SG&A rose 17% to 41.5% of sales": the rise, then the share
            if (conn and b.text == "1" and a.unit in (None, "x") and not a.scaled and a.value is not None and 0 < a.value < 1
                    and gap.strip().lower() == "to"):
                conn = None  # "a book-to-bill of 0.96 to 1": a ratio to one, not a range up to 1
            if conn and _compatible(sentence, a, b) and not change_then_level:
                word = gap.strip().lower()
                if word.endswith((" plus", "+")):
                    word = word[:-5 if word.endswith("plus") else -1].rstrip()
                if word[:1] in ("p", "a") and " " in word:
                    word = word.rsplit(None, 1)[-1]  # "per share to"
                between = _BETWEEN.search(sentence[max(0, a.start - 30):a.start])
                said = between.group(0).lower() if between is not None else ""
                ranged = said.startswith("rang") and "from" in said  # "to range from A to B", "ranging from A to B"
                from_word = said.startswith("from") or ranged
                ok = (word in ("to", "-", "–", "—", "through") and not from_word) or (word == "and" and between and not from_word)
                if word == "or" and not from_word and a.unit is None and not a.scaled and b.unit in (None, "%", "bps") and 0 < a.value < b.value:
                    ok = True  # "35 or 40%", "2 or 3 stores": one loose range (not "14% or 17% at constant exchange rates": two bases)
                if (word == "or" and not from_word and a.unit == b.unit == "%" and 0 < a.value < b.value <= 2 * a.value
                        and not _OTHER_BASE_AFTER.match(sentence, b.end)):
                    ok = True  # "rise 3% or 4% a year", "20% or 30%": one loose range, said with its unit twice
                if word in ("to", "and") and ranged:
                    ok = True
                # "raising guidance to $150 to $170 million, from $120 to $140 million": an earlier range
                if word == "to" and from_word and out and out[-1].is_range and (outlook or _like_range(out[-1], a, b)):
                    ok = True  # "adjusted EPS of $14.60 to $14.80, up from $14.25 to $14.55": the range it replaces
                if (ok and word != "and" and "respectively" in sentence and (resp := _RESPECTIVE_PAIR.match(sentence, b.end)) is not None
                        and not any(o.kind == "number" and b.end <= o.start < resp.end() and not _YEAR_TEXT.fullmatch(o.text)
                                    for o in qs[i + 2:])):
                    ok = False  # "330 to 380 basis points for our 2025 and 2026 groupings, respectively": one figure for each
                    if a.unit is None and not a.scaled and b.unit in ("%", "bps") and a.text.replace(".", "", 1).isdigit():
                        a.unit = b.unit  # (the unit said once, after the second)
                if ok:
                    out.append(_as_range(sentence, a, b))
                    i += 2
                    continue
                if (from_word and word == "to" and a.unit is None and not a.scaled and b.unit in ("%", "x")
                        and a.text.replace(".", "", 1).isdigit()):
                    a.unit = b.unit  # "leverage went from 2.4 to 2.6 times": the unit said once, after the level it reached
        out.append(a)
        i += 1
    return out


_GUESS_APART = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+)(?:[$€£]|[A-Z]{3}\s?)?\d|\s+(?:in|for|last|a\s+year|the\s+(?:prior|previous|same)|compared|versus|vs\.?|"
                          r"from|above|below|higher|lower|more|less|up|down|ahead|behind|respectively)\b", re.I)


_BOTH_IN = re.compile(r"\s+in\s+(?:there|here|Q[1-4]|the\s+(?:(?:first|second|third|fourth)\s+)?quarter)\b", re.I)


def _guessed_pair(sentence: str, a: Quantity, b: Quantity, out: list[Quantity]) -> bool:
    """"$30 million, $40 million or so", "30, 40 basis points", "$0.04, $0.05": a speaker's two guesses joined by a comma
    alone, the second a little above the first (a list goes on to a third figure; a second figure set against another
    period or said apart is its own; "in there" or "in Q4" after the pair says where both guesses lie)."""
    if a.value is None or b.value is None or a.is_range or b.is_range or not 0 < a.value < b.value:
        return False
    if not (a.unit == b.unit and a.unit is not None and getattr(a, "_power", 0) == getattr(b, "_power", 0)
            or a.unit is None and not a.scaled and b.unit in ("%", "bps") and a.text.isdigit()):
        return False
    if b.value > a.value * Decimal("1.5") or (out and out[-1].end + 2 >= a.start and "," in sentence[out[-1].end:a.start]):
        return False
    if _BOTH_IN.match(sentence, b.end):
        return True
    return _GUESS_APART.match(sentence, b.end) is None and _OTHER_BASE_AFTER.match(sentence, b.end) is None


_WAY_BEFORE = re.compile(r"(?:\b(?P<from>from|between)\s+)?(?:\b(?P<down>down|negative|minus|(?:an?\s+)?(?:decline|decrease|drop|reduction)\s+of)"
                         r"|\b(?P<up>up|positive|plus|(?:growth|(?:an?\s+)?(?:increase|rise|gain))\s+of))\s+(?:about\s+|approximately\s+)?$", re.I)
_WAY_AFTER = re.compile(r"\s+(?:(?P<down>declines?|decreases?|drop|reduction)|(?P<up>increases?|rise|gain|growth))\b", re.I)
_BETWEEN_WAY = re.compile(r"\bbetween\s+(?:an?\s+)?(?:[a-z]+(?:\s+of)?\s+)?$", re.I)
_SIGNED_GAP = re.compile(r"\s*(?:(?:declines?|decreases?|drop|reduction|increases?|rise|gain|growth)\s+)?(?P<conn>to|and|through|-|–)\s+(?:an?\s+)?", re.I)


def _signs(sentence: str, q: Quantity, before_from: int) -> tuple[int | None, bool]:
    """The way a figure is said to go (-1, 1 or None) and whether "from" leads it."""
    m = _WAY_BEFORE.search(sentence, max(before_from, q.start - 40), q.start)
    if m is not None:
        return (-1 if m.group("down") else 1), (m.group("from") or "").lower() == "from"
    m = _WAY_AFTER.match(sentence, q.end)
    return ((-1 if m.group("down") else 1) if m else None), False


def _signed_range(sentence: str, a: Quantity, b: Quantity) -> Quantity | None:
    """"down 2% to up 1%", "between a 3% decline and a 1% increase", "negative 0.4% to negative 0.2%": a range whose ends say
    their own way, one range from the lower end to the higher. "from down 2% to up 1%" is a move, unless a range is named."""
    if a.value is None or b.value is None or a.negative or b.negative:
        return None
    gap = _SIGNED_GAP.match(sentence, a.end)
    if gap is None:
        return None
    sa, from_a = _signs(sentence, a, 0)
    sb, _ = _signs(sentence, b, a.end)
    if sa is None or sb is None or (sa > 0 and sb > 0):
        return None
    if a.unit not in (None, b.unit):
        return None
    said = _WAY_BEFORE.search(sentence, gap.end(), b.start)
    if sentence[gap.end():said.start() if said else b.start].strip():
        return None  # "chemicals up 9% and forest products down 5%": two figures of two things
    if gap.group("conn").lower() == "and" and not _BETWEEN_WAY.search(sentence, max(0, a.start - 40), a.start):
        return None
    if sb < 0 and sa < 0 and said is None and not _WAY_AFTER.match(sentence, b.end):
        return None  # "down 3% to 5%" is read as a fall between two sizes where it is met
    if from_a and not re.search(r"\brang(?:e[sd]?|ing)\s+from\s+\S+\s*$", sentence[max(0, a.start - 40):a.start], re.I):
        return None
    ends = sorted((sa * abs(a.value), sb * abs(b.value)))
    q = _as_range(sentence, a, b)
    q.low, q.high = ends
    q.negative = True  # signed already: a sign word before it does not turn it again
    return q


def _step_then_level(sentence: str, a: Quantity, b: Quantity) -> bool:
    """"raising the outlook by $1.5 billion to $52 billion": a step and the level it leads to, not a range. Only when the
    level is far above the step: "reduce costs by $50 million to $75 million" and "grow by 2% to 6%" stay ranges."""
    m = _CHANGED_EARLIER.search(sentence, max(0, a.start - 140), a.start)
    if m is None or a.unit != b.unit or a.negative or b.negative or a.value <= 0:
        return False
    if not m.group("by") and any(c.isdigit() for c in m.group("object")):
        return False  # a verb before an earlier figure governs this one only through "..., and the outlook by X to Y"
    lo = a.value * (Decimal(10) ** getattr(b, "_power", 0)) if not getattr(a, "_power", 0) else a.value
    ratio = b.value / lo
    if a.unit in ("%", "bps"):  # a growth range is common: only a revised outlook's step
        return m.group("by") is not None and _OUTLOOK_NOUN.search(m.group("object")) is not None and ratio >= 3
    return ratio >= (3 if m.group("by") else 5)


def _like_range(prev: Quantity, a: Quantity, b: Quantity) -> bool:
    """Is "A to B" of the same unit and size as the range just given, so that "from A to B" recalls a range?"""
    if prev.unit != (a.unit or b.unit) or prev.low is None or prev.high is None or a.value is None or b.value is None:
        return False
    lo = a.value * (Decimal(10) ** getattr(b, "_power", 0)) if not getattr(a, "_power", 0) else a.value
    return prev.low > 0 and Decimal("0.5") <= lo / prev.low <= Decimal(2) and Decimal("0.5") <= b.value / prev.high <= Decimal(2)


def _compatible(sentence: str, a: Quantity, b: Quantity) -> bool:
    if a.negative != b.negative and not (a.value == 0 or b.value == 0):
        return a.negative and not b.negative  # "(0.05) to 0.02" style ranges crossing zero
    ua, ub = a.unit, b.unit
    if ua and ub and ua != ub:
        return False
    if a.value is None or b.value is None:
        return False
    if _share_and_amount(a, b) or _share_and_amount(b, a):
        return False  # "slipped 3% to 2.9 million tonnes": the change, then the level it came to
    ya, yb = _year_like(a, sentence), _year_like(b, sentence)
    if ya != yb and (ua or ub or a.scaled or b.scaled) or ya and yb:
        return False  # "from 62% in Q2, 2023 to 58%", "4 billion euros through 2029": a year is no end of a range
    if not ua and not ub and not a.scaled and not b.scaled and a.value > b.value > 0:
        return False  # "from 512 in Q4 2020 to 733 in Q2 2021": a year, then the next figure, not a falling range
    return True


def _share_and_amount(p: Quantity, q: Quantity) -> bool:
    """A percentage and a sized amount said without a unit (scaled, written with thousands, or past any percentage) measure
    two things: one can be the change and the other the level, never the two ends of one range."""
    if p.unit not in ("%", "bps") or q.unit is not None or q.value is None:
        return False
    return q.scaled or "," in q.text or (p.unit == "%" and q.start > p.start and q.value > 100)


def _year_like(q: Quantity, sentence: str) -> bool:
    """"in 2025", "Q1, 2024", "FY '24": a year, never an end of a range of amounts."""
    v = q.value
    if q.unit is not None or q.scaled or v is None or v != v.to_integral_value() or "," in q.text:
        return False
    return 1980 <= v <= 2049 or (len(q.text) == 2 and q.start > 0 and sentence[q.start - 1] in "'’")


def _as_range(sentence: str, a: Quantity, b: Quantity) -> Quantity:
    unit = a.unit or b.unit
    pa, pb = getattr(a, "_power", 0), getattr(b, "_power", 0)
    lo, hi = a.value, b.value
    assert lo is not None and hi is not None
    # "$80 to $82 million": the first figure takes the second's scale; "900,000 to 1.1 million" said its low in full
    # (scaled, it would pass the high, and as said it is of the high's size)
    if not pa and pb and not (lo * Decimal(10) ** pb > hi and lo * 1000 >= hi):
        lo = lo * Decimal(10) ** pb
    if getattr(b, "_cents", False) and not getattr(a, "_cents", False) and not a.unit:
        lo = lo / 100
    elif (not a.unit and not pa and not pb and b.unit and len(b.unit) == 3 and b.unit.isupper() and 0 < hi < 1 and lo == lo.to_integral_value() and 1 <= lo < 100
          and lo / 100 <= hi):
        lo = lo / 100  # "14 to $0.16": the cents of the low end said bare, before the dollar figure of the high end
    if lo > hi and hi >= 0 and not a.negative:
        lo, hi = hi, lo
    q = Quantity(a.start, b.end, sentence[a.start:b.end], low=lo, high=hi, unit=unit,
                 approx=a.approx or b.approx, scaled=a.scaled or b.scaled)
    q._power = pb or pa  # type: ignore[attr-defined]
    q._cents = getattr(b, "_cents", False)  # type: ignore[attr-defined]
    return q


# Scanned across whole sentences: a first-character test first (see guard.py).
WORD_NUM = guarded(WORD_NUM)
_WORD_NUM_LOW = folded(WORD_NUM)
ATOM = guarded(ATOM)
