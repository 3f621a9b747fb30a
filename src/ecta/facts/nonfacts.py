"""What is not a fact: a figure that is a threshold, an assumption, a market or macro quote or a bare number that
names nothing; boilerplate; text not worth reading."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from functools import lru_cache

from ..model import Fact, Role
from .guard import OnLowered, any_in, gated, guarded, prefix_guarded
from .numbers import Quantity
from .taxonomy import COUNT_METRICS, PERCENT_METRICS
from .state import State
from .outside import not_ours
from .ways import way_alt as _way_alt
from .counts import _NOT_COUNTED as NOT_COUNTED, listed_count, per_unit_rate, plural_count  # the heads no bare number counts
from ..months import MONTH_ALT
from ..fiscal_words import FISCAL


_NOT_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:slide|slides|page|pages|day|question|questions|No\.|number|item|items|section|chapter|rule|Form|Note|version|phase|tier|"
    r"level|class|series|step|gen|generation|age|aged|ages|age\s+of|(?<!in\s)line|lines|extension|ext\.|room|suite|floor|route|model|Section|Article|Exhibit|top|"
    r"covid|COVID|ASC|IFRS|IAS|Basel|per|(?:phase|tier|level|class|step|stage)\s+\d{1,2}\s*(?:and|or|&|to))\s*#?|#)$",
    re.I,
)
"""A name's number, and the second of a pair of them ("tier 1 and 2 capital", "stage 1 and 2 loans")."""
_NOT_FIGURE_AFTER = re.compile(
    r"^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|years?\s+old|year-old|questions?|follow-ups?|minutes?|hours?|seconds?|people\s+on|analysts?|slides?|old\b|(?:st|nd|rd|th)\b))",
    re.I,
)

_HOURS_AFTER = re.compile(r"\s*hours?\b", re.I)
_NAME_BEFORE = re.compile(rf"[^\s.!?:;]\s+(?!(?:{MONTH_ALT}|"
                          r"Q[1-4]|H[12]|FY\d*|In|At|On|By|And|Of|The|We|Our|I)\s)[a-z]{0,2}[A-Z][\w&-]*\s$")
_THE_BEFORE = re.compile(r"\b(?:the|our|its|this)\s+$", re.I)
_SINGULAR_VERB = re.compile(r"\s+(?:is|was|has|gives|delivers|provides|brings|lets|allows|enables)\b")
_PHONE_AFTER = re.compile(r"[-.]\d{3}[-.]\d{4}\b")
_PHONE_BEFORE = re.compile(r"\d{3}[-.]\s?$|\(\d{3}\)\s?\d{3}[-.]$")
_DURATION_AFTER = re.compile(rf"[\s-]*(?:calendar\s+|{FISCAL}\s+|full\s+|consecutive\s+|straight\s+|successive\s+)?(?:months?|weeks?|years?|quarters?|decades?)\b"
                             r"(?!\s+old|\s+of\s+(?:supply|inventory|backlog|coverage|runway))", re.I)
_PRODUCT_AFTER = re.compile(
    r"(?:[A-Za-z]|[-\s](?:gig|gigs|gigabits?|gigabytes?|terabits?|terabytes?|megabits?|nanometers?|nanometres?|nm|millimeters?|millimetres?|mm|"
    r"inch|inches|GHz|MHz|Gbps|Mbps|Tbps|G|GB|TB|kW|kWh|MW|W|core|bit|K)\b)")
_NODE_AFTER = re.compile(r"(?:[-\s]*(?:,|and|or|to)?\s*\d+(?:\.\d+)?[xyz]?)*[-\s]*(?:nanomet(?:er|re)s?|nm)\b", re.I)
_BAND_NODE_AFTER = re.compile(r"[-\s]+(?:[A-Za-z]+\s+)?node\b", re.I)
_COUNT_BEFORE = re.compile(r"(?:^|[^\d,.$€£¥\w-])\d{1,3}\s$")
_LET_SUPPOSE = re.compile(r"\blet(?:'s|’s|\s+us)\s+(?:say|assume|suppose|imagine)\b,?\s+(?:that\s+)?(?!(?:about|around|roughly|approximately|"
                          r"maybe|like|some|somewhere|something|close|north|south|more|less|over|under|up|down|in|on|at|to|for|by|a|an)\b)"
                          r"(?=[A-Za-z])", re.I)
_SUPPOSAL_ENDS = re.compile(r"[.;?!]|,\s+(?:and\s+|but\s+|so\s+)?(?:you|I|we)(?:['’](?:ve|re|d|ll))?\s", re.I)
"""The supposed case ends with its sentence, or where a clause of the speaker's or the listener's own begins (", you've
indicated $510 billion")."""
_LAW_RATE_BEFORE = re.compile(r"\b(?:the|a)\s+(?:(?:U\.?S\.?|corporate|state)\s+)*(?:federal|national|U\.?S\.?)\s+statutory\s+(?:(?:corporate\s+)?(?:income\s+)?tax\s+)?rate\s+"
                              r"(?:of\s+|is\s+|was\s+|at\s+)?(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_LAW_RATE_AFTER = re.compile(r"\s+(?:(?:U\.?S\.?|corporate|state)\s+)*(?:federal|national|U\.?S\.?)\s+statutory\s+(?:(?:income\s+)?tax\s+)?rate\b", re.I)
_LAW_WORD_BEFORE = re.compile(r"\b(?:the|a)\s+(?:(?:U\.?S\.?|corporate|state)\s+)*(?:federal|national|U\.?S\.?)\s+statutory\s+$", re.I)
_RATE_AFTER = re.compile(r"\s+(?:(?:income\s+)?tax\s+)?rate\b", re.I)
MARGIN_OF = {"operating_income": "operating_margin", "ebitda": "ebitda_margin", "gross_profit": "gross_margin",
              "net_income": "margin", "ebit": "operating_margin", "free_cash_flow": "margin"}
# "fall" is a season after an article or "in" ("in the fall of this year", "this fall"): no way
QUAL_DIR = re.compile(
    r"\b(?:(?P<up>(?P<v_up>" + _way_alt("up") + r")|up|increase|grow|improve|expand|(?<!gap\s)widen(?:s|ing)?(?!\s+(?:our|the|its|their|a|an|this|that)\b)|higher|rise|rebound|recover|return\s+to\s+growth|above|(?P<n_up>expansion)|"
    r"(?P<ing_up>increas|grow|improv|expand|ris)(?:es|s|ing)|(?P<more>stronger|larger|bigger|heavier|firmer|(?P<better>better)))|"  # "grows modestly", "keep growing", "should be stronger"
    r"(?P<down>(?P<v_down>" + _way_alt("down") + r")|down|decrease|decline|lower|(?P<n_down>contraction)|contract|compress|(?P<ing_down>decreas|declin|shrink|fall)(?:es|s|ing)|(?P<ing_c>contract)ing|(?P<less>weaker|smaller|lighter|softer|(?P<worse>worse))|"
    r"(?<!the\s)(?<!this\s)(?<!next\s)(?<!last\s)(?<!\bin\s)(?<!early\s)(?<!\blate\s)fall(?!\s+(?:of|semester|season|term|selling|quarter)\b)|below|(?<=a\slittle\s)under|(?<=slightly\s)under|(?<=just\s)under)|(?P<flat>(?P<v_flat>" + _way_alt("flat") + r")|flat|stable|unchanged|similar|consistent|in\s+line|breakeven|break-even|break\s+even|(?P<held>(?:hold|stay|remain)s?\s+(?:at|near|around|close\s+to)\s+(?:roughly\s+|about\s+)?(?:the\s+)?(?:current|these|those|that|this|today['’]s|existing)\s+levels?)))"
    r"(?:\s+(?P<deg>slightly|modestly|somewhat|meaningfully|significantly|sharply|a\s+bit|marginally|materially|substantially))?\b",
    re.I,
)


_THRESHOLD = re.compile(
    r"(?:customers?|clients?|deals?|transactions?|contracts?|accounts?|logos|orders?|relationships|members|guests|users|shoppers|mandates|projects|"
    r"consumers|households|visitors|subscribers|those)\s+(?:with\s+|that\s+|who\s+|"
    r"spending\s+|paying\s+|generating\s+|worth\s+|of\s+)?(?:[\w-]+\s+){0,4}?(?:above|over|more\s+than|greater\s+than|exceeding|"
    r"in\s+excess\s+of|at\s+least|north\s+of)\s*$", re.I)


_THRESHOLD_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:downgrade|rating|covenant)\s+(?:thresholds?|triggers?|limits?)\b", re.I)
_GROUP_BOUND = re.compile(r"\b[a-z]+s\s+(?:priced|valued|costing|worth|needing|using|requiring|earning|making|insured|yielding|selling|sized)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:above|over|more\s+than|greater\s+than|under|below|less\s+than|at\s+least)\s*$", re.I)
_GROUP_VERBS = ("priced", "valued", "costing", "worth", "needing", "using", "requiring", "earning", "making", "insured", "yielding",
                "selling", "sized")
_SIZE_WITH = re.compile(r"\b[a-z]{2,}[a-rt-z]s\s+with\s+(?:(?!(?:of|now|up|down|across|an?|the|about|just|only|still|rates?|increases?|growth|declines?)\b)[a-z&-]+\s+){1,2}"
                        r"(?:above|over|below|under|more\s+than|less\s+than|greater\s+than|in\s+excess\s+of|exceeding)\s*$", re.I)
""""brands with sales above €1 billion", "policies with premiums over $25,000": a size class said by a measure of its members."""
_SIZE_BETWEEN = re.compile(r"\b[a-z]{2,}[a-rt-z]s\s+with\s+(?:(?!(?:of|now|up|down|across|an?|the|about|just|only|still|rates?)\b)[\w&-]+\s+){1,2}"
                           r"(?:of\s+)?between\s*$", re.I)
_STREAK = re.compile(r"\b(?:straight|consecutive|successive)\s+(?:quarters?|years?|months?)\s+(?:(?:with|of)\s+(?:an?\s+)?(?:[\w-]+\s+){1,3}?)?"
                     r"(?:above|over|below|under|north\s+of|south\s+of|more\s+than|less\s+than|greater\s+than)\s*$", re.I)
""""our ninth straight quarter above 4%", "a sixth consecutive month with an order ratio under 1": the bar a streak
kept to, not a figure of any one period ("a second consecutive year of over 30%" is the year's figure)."""
_BAND_STREAK_AFTER = re.compile(r"\s+(?:rates?\s+|growth\s+)?for\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:quarters|years|months)\s+(?:in\s+a\s+row|straight|running)\b", re.I)
_BAND_OF_PERIOD = re.compile(r"[-\s]+(?:[\w-]+\s+)?(?:quarters?|quarterly|years?|yearly|annual|months?)\b", re.I)
_ORDINAL_BEFORE = re.compile(r"\b(?:our|its|their|a|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|[a-z]+th)\s+"
                             r"(?:straight\s+|consecutive\s+|successive\s+)?(?:an?\s+)?$", re.I)
"""'a digit band held for a run of periods ("grown at a double-digit rate for six quarters in a row", "our seventh double-digit
quarter", "our first double-digit quarterly margin in three years"): the bar of a streak, as "our ninth straight quarter above
4%" is, not a figure of the period."""
_THINGS_SIZED = re.compile(r"\b(?:(?:every|each|any)\s+(?:[a-z-]+\s+)?(?:loan|deal|contract|project|store|home|property|site|account|policy|order)"
                          r"(?:\s+in\s+(?:it|them|the\s+book|the\s+portfolio))?|(?:bottles|loans|deals|contracts|projects|stores|homes|properties|sites|"
                          r"policies|orders|products|items|SKUs|vehicles|cars|brands))\s+(?:priced\s+|sized\s+)?(?:above|over|under|below|more\s+than|less\s+than)\s*$", re.I)
"""Things counted and named right before the bound of their size: a class of them, not a figure ("stores under 50,000
square feet", "bottles above $30", "every loan in it above $5 million"); not a measure's level ("revenues above $4 billion")."""
_EACH = re.compile(r"\s*(?:\w+\s+){0,2}each\b")
_PRICE_DECK_AFTER = re.compile(r"\s*(?:per\s+barrel\s+|/bbl\s+|a\s+barrel\s+|per\s+MMBtu\s+|per\s+Mcf\s+)?(?:WTI|Brent|Henry\s+Hub|oil|crude|gas|natural\s+gas|strip|price\s+deck|deck)\b", re.I)
_PRICE_DECK_BEFORE = re.compile(r"\b(?:at|assuming|assumes|assumed|using|based\s+on|with|under)\s+(?:an?\s+|the\s+)?(?:about\s+|around\s+)?$", re.I)
_ASSUMED_SPREAD = re.compile(r"\b(?:budget\w*|assum\w*|using|model(?:l)?(?:ed|ing)?|plan\w*\s+(?:on|for))\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:basis|differential|deck|strip|price\s+assumption)\s+(?:of\s+)?(?:about\s+|approximately\s+|around\s+|roughly\s+)?(?:negative\s+|minus\s+)?$", re.I)
_MONTH_ENDS = frozenset("ary rch pril may une uly ust ber jan feb mar apr jun jul aug sep ept oct nov dec".split()) | {"ril"}
_DATE_BEFORE = re.compile(rf"\b(?:{MONTH_ALT}|"
                          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")


_MONTH_AFTER = re.compile(rf"\s+(?-i:{MONTH_ALT})\b(?!\s+(?:quarter|half|period|year)\b)")
_MONTH_AFTER_COUNTED = re.compile(r"\s+May\s+(?:be|have|not|also|well|still|need|take|see|come|bring|add|help)\b")
"""(not "5 May be": the verb after a figure.)"""
_BOUND_WORDS = ("under", "over", "above", "below", "than")
_NOUN_BOUND = re.compile(r"\b[a-z]{3,}s\s+(?:under|over|above|below|larger\s+than|smaller\s+than|bigger\s+than|of\s+more\s+than|of\s+less\s+than|with\s+more\s+than|with\s+fewer\s+than)\s+$")


_COMMODITY_AT = re.compile(r"\b(?:gold|silver|copper|nickel|zinc|platinum|palladium|iron\s+ore|coal|power|electricity|uranium|lithium|"
                           r"oil|gas|crude|reserve|resource|euro|dollar|yen|pound|sterling|peso|real|rupee|yuan)\s+(?:prices?\s+|rates?\s+)?"
                           # "assumes ... that the euro stays near $1.12": the level a market price is assumed to hold
                           r"(?:(?:stays?|remains?|trades?|trading|holds?|averages?|averaging)\s+)?(?:of|at|around|near)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
_MARKET_ASSUMED = re.compile(r"\b(?:outlook|guidance|guide|plan|planning|forecast|budget|model)\s+assumes?\s+(?:that\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:(?:mortgage|interest|policy|fed|funds|30-year|10-year|exchange|FX|state|repo|reverse\s+repo|base|bank|benchmark|prime|"
                             r"overnight|cash)\s+rates?|rate\s+(?:actions|cuts|hikes)|"
                             r"(?:gold|oil|commodity|copper|gas|power|metal)\s+prices?|diesel|jet\s+fuel|fuel\s+prices?|gasoline|inflation|currenc(?:y|ies)|euro|dollar|yen)\b[^.;]*$", re.I)
_ASSUMPTION_WORDS = ("wti", "brent", "henry", "oil", "gas", "crude", "deck", "strip", "basis", "differential", "assum", "reserve price",
                     "resource price")


_ASSUMED_BEFORE = re.compile(r"\bassum\w*\s+(?:that\s+)?(?:(?:an?|the|today's|current)\s+)?(?:[\w'’-]+\s+){0,4}?(?:of\s+|at\s+)?"
                             r"(?:about\s+|around\s+|roughly\s+|approximately\s+)?$", re.I)
_PER_GOODS = re.compile(r"\s*(?:a|an|per|/)\s*(?:metric\s+|short\s+)?(?:tons?|tonnes?|barrels?|bbls?|gallons?|ounces?|oz|pounds?|lbs?|bushels?|"
                        r"MWh|megawatt[-\s]hours?|Mcf|MMBtu|therms?|cwt|hundredweight)\b", re.I)
_MACRO_NOUN_AFTER = re.compile(r"\s+(?:annual\s+|average\s+|general\s+|wage\s+|cost\s+|core\s+|labou?r\s+)?(?:inflation|unemployment|GDP\s+growth|"
                               r"(?:interest|mortgage|policy|base|benchmark|fed\s+funds)\s+rates?)\b", re.I)
_RATE_MOVES = re.compile(r"[\s-]*(?:rate\s+)?(?:cuts?|hikes?)\b", re.I)


def _assumption(q: Quantity, s: str) -> bool:
    """"At a $65 WTI deck", "assuming $3 gas", "budgeting a basis of negative $1.10": a planning assumption about
    market prices, not the company's figure (like a rate-cut assumption)."""
    if "ssum" in s or "reserve price" in s or "resource price" in s:  # "ssum": "Assuming" opens sentences too
        before = s[max(0, q.start - 60):q.start + hedge_len(q)]
        if _COMMODITY_AT.search(before) or _MARKET_ASSUMED.search(s, 0, q.start):
            return True  # "assumes a gold price of $3,200 per ounce", "assumes mortgage rates stay around 6.5%", "a euro at $1.12"
        if is_money(q.unit) and _PER_GOODS.match(s, q.end) and (m := _ASSUMED_BEFORE.search(before)) and "fuel" not in m.group(0).lower():
            # "the outlook assumes about $210 a ton", "we've assumed a delivery premium of 40 cents a pound": a market price
            # (an airline's "assuming fuel of $2.35 to $2.45 per gallon" is its own cost guidance)
            return True
        if q.unit == "bps" and _RATE_MOVES.match(s, q.end) and "assum" in s[max(0, q.start - 40):q.start]:
            return True  # "our guide assumes two 25 basis point cuts": the central bank's moves
        if q.unit in ("%", "bps") and _MACRO_NOUN_AFTER.match(s, q.end) and _ASSUMED_BEFORE.search(s, max(0, q.start - 60), q.start + hedge_len(q)):
            return True  # "our outlook assumes 3% inflation", "assuming 4% wage inflation": the setting, as "inflation of 3%" is
    if not is_money(q.unit) or not sentence_hints(s)[1]:
        return False
    before = s[max(0, q.start - 70):q.start + hedge_len(q)]
    if _PRICE_DECK_AFTER.match(s, q.end) and _PRICE_DECK_BEFORE.search(before):
        return True
    return may_match(before, ("basis", "differential", "deck", "strip", "assumption")) and _ASSUMED_SPREAD.search(before) is not None


_NONE_ABOVE = re.compile(r"\b[Nn]o\s+(?:other\s+|single\s+|one\s+|individual\s+)?(?:customer|client|tenant|payer|distributor|retailer|"
                         r"counterparty|supplier|company|borrower|issuer|obligor|name|investment|position|holding|country|market|region|plant|factory)\s+(?:\w+\s+){0,3}?(?:was|is|accounts?\s+for|accounted\s+for|represents?|represented|makes?\s+up|made\s+up|exceeded|reached|"
                         r"(?:to\s+|will\s+|should\s+|would\s+)(?:be|make|account\s+for|represent|exceed)|"
                         r"comprised)\s+(?:above|over|more\s+than|greater\s+than|at\s+least|in\s+excess\s+of)\s*$")
""""No single client made up over 10% of billings": the reporting threshold, not a share any client has."""
_IF_CROSSED = re.compile(r"\b(?:[Ii]f|[Ww]hat\s+would|[Ww]hat\s+could|[Ww]ere\s+to|[Ss]hould|[Uu]ntil|[Uu]nless)\b[^.?!;,]{0,70}?\b(?:slips?|falls?|drops?|dips?|goes|"
                         r"rises?|climbs?|gets?|moves?|push(?:es)?|takes?|breaks?|(?<=\bis\s)back|(?<=\bare\s)back)\s+(?:[\w-]+\s+){0,4}?(?:below|above|under|over|beyond|past|through)\s*$")
""""does that hold if the deposit mix slips below 38%?", "what would push provisions above 50 basis points?": a level
crossed in a supposition, not a figure anyone has; so is the bar a deed waits for ("no special dividends until
leverage is back under 3 times")."""


_CAP_BEFORE = re.compile(r"\b(?:no|not)\s+more\s+than\s+$|\b(?:up\s+to|at\s+most|a\s+maximum\s+of|capped\s+at|limits?\s+of)\s+(?:about\s+|around\s+)?$", re.I)
_PER_ITEM_AFTER = re.compile(r"\s+(?:on|per|for|in|to)\s+(?:a\s+single|any\s+(?:single\s+|one\s+)?|each|(?:an?\s+)?individual|a\s+given)\s+(?!shares?\b)[a-z-]{3,}", re.I)
""""no more than $10 million on a single risk", "up to $5 million per individual loan": the cap on any one item, a rule
of the book, not a figure of any period."""
_LEGAL_FLOOR = re.compile(r"\b(?:laws?|regulations?|regulators?|rules|statutes?|bylaws)\s+(?:requires?|required|obliges?|mandates?|forces?)\s+"
                          r"(?:[\w-]+\s+){0,5}?(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than)\s+$", re.I)
""""the law requires listed companies to pay out at least 30% of net income": what a statute asks of everyone, not the
company's own figure (its own policy, said next to it, is)."""


def _per_item_cap(q: Quantity, s: str) -> bool:
    return _PER_ITEM_AFTER.match(s, q.end) is not None and _before_bound(_CAP_BEFORE, q, s, 20)


def _legal_floor(q: Quantity, s: str) -> bool:
    low = s.lower()
    return ("law" in low or "regulat" in low or "rule" in low or "statut" in low) and _before_bound(_LEGAL_FLOOR, q, s, 90)


def _threshold(q: Quantity, s: str) -> bool:
    """"customers with ARR above $100,000", "$100 million-plus clients": a size class, not a reported figure."""
    if q.kind == "word_range" and "digit" in q.text.lower() and (
            _BAND_STREAK_AFTER.match(s, q.end) or _BAND_OF_PERIOD.match(s, q.end) and _ORDINAL_BEFORE.search(s, max(0, q.start - 30), q.start)):
        return True  # "our seventh double-digit quarter", "grown by double digits for five quarters in a row": a streak's bar
    if q.approx and sentence_hints(s)[2]:
        before = s[max(0, q.start - 100):q.start + hedge_len(q)]
        if (" no " in before.lower() or before[:3] in ("No ", "no ")) and _NONE_ABOVE.search(before):
            return True
        if _IF_CROSSED.search(before):
            return True
    if ("hreshold" in s or "rigger" in s or "limit" in s) and _THRESHOLD_AFTER.match(s, q.end):
        return True  # "the 12% downgrade thresholds"
    if (" more than" in s or "up to" in s or "at most" in s or "maximum" in s or "capped" in s or "limit" in s) and _per_item_cap(q, s):
        return True  # "no more than $10 million on a single risk"
    if _legal_floor(q, s):
        return True  # "the law requires companies to distribute at least 30% of net income"
    if q.approx and (sentence_hints(s)[2] or "less" in s or "least" in s):
        if ((may_match(s[max(0, q.start - 60):q.start], _GROUP_VERBS) and _GROUP_BOUND.search(s, max(0, q.start - 60), q.start + hedge_len(q)))
                or ("each" in s and _EACH.match(s, q.end))):
            return True  # "homes priced under $400,000", "customers needing more than 100 megawatts each"
    if q.unit is not None and sentence_hints(s)[2]:
        before = s[max(0, q.start - 60):q.start + hedge_len(q)]
        if " with " in before and _SIZE_WITH.search(before) or _STREAK.search(before):
            return True
    if sentence_hints(s)[2] and _THINGS_SIZED.search(s, max(0, q.start - 60), q.start + hedge_len(q)):
        return True  # "bottles above $30 outgrew the rest", "every loan in it above $5 million": a class of things by their size
    if " with " in s and "between" in s and is_money(q.unit) and _SIZE_BETWEEN.search(s, max(0, q.start - 60), q.start + hedge_len(q)):
        return True  # "borrowers with EBITDA between $20 million and $80 million": a size class, as "above $1 billion" is
    if "nything" in s and _ANYTHING.search(s, max(0, q.start - 30), q.start + hedge_len(q)):
        return True  # "Anything above $2 billion in price would be a stretch": a bound on what might be, not a figure
    if not is_money(q.unit):
        return False
    if re.match(r"[-\s]?(?:plus\b|\+)(?!\s*(?:or\b|[$€£¥₹\d]))", s[q.end:q.end + 12]):
        return True  # not "$52 million plus $7 million": a sum of two figures
    if " and " in s[q.end:q.end + 6] and _AND_PLUS_CLASS.match(s, q.end):
        return True  # "more $5 million and $25 million-plus deals were signed": both ends name deal sizes
    return _THRESHOLD.search(s[max(0, q.start - 90):q.start + hedge_len(q)]) is not None or _size_class(q, s)


_AND_PLUS_CLASS = re.compile(r"\s+and\s+[$€£¥₹]?\d[\d.,]*\s*(?:thousand|million|billion|[kKmMbB])?(?:-plus\b|\+)\s+(?:[a-z-]+\s+)?"
                             r"(?:contracts|deals|customers|clients|accounts|transactions|orders|wins|relationships|projects|commitments|logos|renewals)\b")
_CLASS_NOUNS = ("platforms", "brands", "franchises", "products", "medicines", "drugs", "relationships", "loans", "borrowers")
_CLASS = r"(?:platforms|brands|franchises|products|medicines|drugs|relationships|loans|borrowers)"
_COUNTED = r"(?:platforms|brands|franchises|products|medicines|drugs|relationships)"  # "ending loans of $7 billion" is a balance
_COUNTED_CLASS = re.compile(r"(?<![\w.,])(?:(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*(?![\w.,])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens)\s+(?:[\w-]+\s+)?" + _COUNTED
                            + r"\s+(?:(?P<that>(?:that|which)\s+(?P<each>each\s+)?(?:[\w-]+\s+){1,2}?)|of\s+(?:over\s+|more\s+than\s+|at\s+least\s+)?|"
                            r"(?:above|over|exceeding|topping)\s+)(?:about\s+)?$", re.I)
_OR_MORE_CLASS = re.compile(r"\s+or\s+(?:more|better|greater|higher|above|larger)\b(?:\s+(?:[\w-]+\s+)?" + _CLASS + r"\b)?", re.I)
_CROSSED_CLASS = re.compile(r"\b" + _CLASS + r"\s+(?:that|which|who)\s+(?:have\s+|has\s+)?(?:crossed|surpassed|exceeded|topped)\s+$", re.I)
_BELOW_CLASS = re.compile(r"\b(?:loans|borrowers|accounts|balances)\s+(?:(?:of|with\s+balances)\s+)?(?:under|below|less\s+than|smaller\s+than|up\s+to)\s+$", re.I)
""""14 platforms that each bring in $2 billion or more", "over 9 brands of $1 billion", "our 14 $2 billion or better
franchises", "client relationships that topped $50 million a year", "relief on loans under $120,000": a size class
counted or named by its bar, not a figure of any one period."""


def _size_class(q: Quantity, s: str) -> bool:
    if not any_in(s.lower(), _CLASS_NOUNS):
        return False
    before = s[max(0, q.start - 80):q.start + hedge_len(q)]
    after = _OR_MORE_CLASS.match(s, q.end)
    if (m := _COUNTED_CLASS.search(before)) and (not m.group("that") or m.group("each") or after):
        return True
    if after and after.group(0).rstrip().lower().endswith(_CLASS_NOUNS) and re.search(r"\b(?:\d+|our|the)\s+$", before):
        return True
    return _CROSSED_CLASS.search(before) is not None or _BELOW_CLASS.search(before) is not None


_ANYTHING = re.compile(r"\b[Aa]nything\s+(?:(?:much|well)\s+)?(?:above|over|below|under|beyond|north\s+of|south\s+of|more\s+than|less\s+than|"
                       r"higher\s+than|lower\s+than|in\s+excess\s+of|short\s+of)\s*(?:about\s+|around\s+)?(?=[$€£¥₹\d]|$)")


def hedge_len(q: Quantity) -> int:
    """Characters of hedge words at the start of the figure's text ("above $1 million")."""
    m = re.match(r"\D*?(?=[$€£¥₹\d(-])", q.text)
    return m.end() if m else 0


_EXCLUDED_HINTS = ("exclud", "ex ", "net of", "adjusting", "absent", "without")


@lru_cache(maxsize=8)
def sentence_hints(s: str) -> tuple[bool, bool, bool]:
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
_FX_ONE_BEFORE = re.compile(r"\b(?:1|one|a)\s+(?:(?:U\.?S\.?|US|[A-Z][a-z]+)\s+)?(?:dollars?|euros?|yen|francs?|pounds?|[A-Z]{3})\s+"
                            r"(?:to|equals?|=|buys?|for)\s+(?:about\s+|around\s+|roughly\s+)?$")
"""'an exchange rate of 1 US dollar to 31.8 Taiwan dollars': the other currency's quote for one unit, not a result."""
_DEAL_CLASS = re.compile(r"\b(?:deals|acquisitions|transactions|bolt-ons|targets|tuck-ins)\s+(?:of\s+)?(?:up\s+to|under|below|above|over|"
                         r"(?:more|less)\s+than|(?:as\s+)?(?:large|big|small)\s+as)\s+$", re.I)


_MACRO_HINTS = ("unemploy", "jobless", "gdp", "gross domestic", "bank of", "federal reserve", "the fed", "central bank", "fed funds",
                "policy rate", "mortgage rate", "treasury", "housing", "home price", "cpi", "forward price", "spot price", "futures",
                "building approv", "building permit", "building consent", "dwelling", "construction start", "statistic",
                " move in", " change in", "minimum", "requirement", "inflation")
_MACRO = re.compile(r"\b(?:unemployment|jobless(?:\s+rate)?|GDP|gross\s+domestic\s+product|Bank\s+of\s+(?:Canada|England|Japan|Korea)|Federal\s+Reserve|"
                    r"the\s+Fed\b|central\s+banks?|fed\s+funds|policy\s+rates?|mortgage\s+rates?|Treasury\s+yields?|(?:\d+|two|five|ten|thirty)[-\s]year\s+Treasur(?:y|ies)|housing\s+(?:starts|turnover)|"
                    r"(?:building|dwelling|housing)\s+(?:approvals|permits|consents|commencements|completions)|construction\s+starts|"
                    r"home\s+prices|CPI|(?:consumer|headline)\s+(?:(?:urban|rural|national|annual|food)\s+)?(?:price\s+)?inflation|inflation\s+in\s+(?-i:[A-Z][a-z]+)|(?:national\s+|official\s+|government\s+)?statistic(?:s|al)\s+(?:office|bureau|agency|institute)|"
                    # a statutory wage floor's rise is the law's, not the company's pay: "a minimum wage increase of about 7%"
                    r"minimum\s+wages?\s+(?:increase|rise|hike)s?\s+(?:of|at)(?=\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?$))\b[^.;]{0,50}$", re.I)
"""Economy-wide statistics and central-bank moves: the setting the company speaks of, not its own figures. A nation's
building approvals and construction starts are such a statistic: a builder's supplier reads its demand from them."""
_CAME_FROM = re.compile(r"\d[\d.,]*\s*%\s+(?:in\s+\w+\s+)?from\s+(?:well\s+|just\s+|a\s+little\s+)?(?:above\s+|below\s+|over\s+|under\s+)?$", re.I)
""""inflation eased to 13.1% in May from well above 20%": the level a statistic came from is the statistic's too."""
_CUT_BY = re.compile(r"\s+(?:rate\s+)?(?:cuts?|hikes?|increases?|reductions?)\s+(?:from|by)\s+(?:the\s+)?(?:Bank\s+of|Federal\s+Reserve|Fed\b|ECB|central\s+bank)", re.I)
_MARKET_AT = re.compile(r"\bat\s+(?:current\s+|today's\s+|prevailing\s+)?(?:forward|spot|strip|futures)\s+(?:prices?|rates?|curves?)\s+(?:of\s+)?(?:about\s+|around\s+)?$", re.I)
_SENSITIVITY = re.compile(r"\s+(?:move|change|swing|shift|increase|decrease|rise|decline|drop)\s+in\s+(?:the\s+)?(?:euro|dollar|yen|pound|sterling|currenc\w+|"
                          r"exchange\s+rates?|interest\s+rates?|rates|oil|fuel|diesel|commodity|prices?)\b", re.I)
_HELD_AT = re.compile(r"\b(?:deposits?|balances?|cash|reserves|placements)\s+(?:held\s+|parked\s+)?(?:at|with|of|in)\s+(?:the\s+)?$", re.I)
"""'higher deposits at the Fed ... cost nine basis points of margin': the company's own money held at the central bank."""
_MINIMUM_AFTER = re.compile(r"\s+(?:regulatory\s+)?(?:minimum|requirement|floor)\b", re.I)
_MINIMUM_BEFORE = re.compile(r"\b(?:(?:law|laws|regulations?|regulators?|statutes?|bylaws)\s+(?:requires?|asks?\s+for|sets?|mandates?|demands?)\s+"
                             r"(?:an?\s+|the\s+)?|(?:legal|statutory|mandatory|regulatory)\s+)minimum\s+(?:(?!of\b)[\w-]+\s+){0,2}?(?:of\s+)?"
                             r"(?:about\s+|around\s+|roughly\s+)?$"
                             # "above our regulatory capital requirement of 12.3%": the bar the regulator sets, said after its name
                             r"|\b(?:regulatory|statutory|minimum)\s+(?:(?:capital|CET\s?1|leverage|liquidity)\s+)?(?:ratio\s+)?requirements?\s+of\s+"
                             r"(?:about\s+|around\s+|roughly\s+|approximately\s+)?$", re.I)
""""the law asks for a minimum payout of 30%", "a statutory minimum of 25% of earnings": the floor a rule sets, not the
company's figure (what it paid beside it stays)."""


_ASKED_ECONOMY = re.compile(r"\b(?:assum\w*|expect\w*|see|seeing|forecast\w*|view|baking\s+in|modell?ing)\s+(?:for|on|of|in|about)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                            r"(?:(?:policy|benchmark|base|repo|overnight|fed\s+funds)\s+rates?|interest\s+rates|inflation|GDP|unemployment)\b", re.I)
_ECONOMY_ASKED = ("assum", "expect", "see", "forecast", "view", "baking", "model")


def asked_economy(question: str) -> bool:
    """Does the analyst ask what the company assumes of the economy ("What are you assuming for the policy rate at the end
    of this year?")? An answer's figure that names no measure of its own is then that assumption, no figure of the company's."""
    low = question.lower()
    return any_in(low, ("rate", "inflation", "gdp", "unemployment")) and any_in(low, _ECONOMY_ASKED) and _ASKED_ECONOMY.search(question) is not None


def _macro_before(s: str, at: int):
    if (m := _MACRO.search(s, max(0, at - 60), at)) is None and (c := _CAME_FROM.search(s, max(0, at - 50), at)) is not None:
        m = _MACRO.search(s, max(0, c.start() - 60), c.start())
    return m


def _not_reported(q: Quantity, s: str) -> bool:
    """A market assumption behind the plan ("we assume the fed funds rate ends the year around 3.25%"), a clinical
    trial's size ("enrolled 4,200 patients") or a size class of deals ("deals of up to $4 billion"): not results."""
    supposed, trial, deals, macro = _not_reported_hints(s)
    if supposed and _MARKET_SUPPOSED.search(s, max(0, q.start - 90), q.start):
        return True
    if (fx := _FX_QUOTE.match(s, q.end)) and (q.unit is None or q.unit not in _FX_CODE[fx.group("cur").lower().rstrip("s")]):
        return True  # an exchange rate ("JPY 145 to the U.S. dollar", "150 yen per dollar", "4,100 to the dollar"), not a result
    if q.unit and len(q.unit) == 3 and q.unit.isupper() and " to " in s[max(0, q.start - 6):q.start] and _FX_ONE_BEFORE.search(s, max(0, q.start - 40), q.start):
        return True
    if trial and q.unit is None and _TRIAL_COUNT.match(s, q.end):
        return True
    if macro and (q.unit in ("%", "bps") and ((m := _macro_before(s, q.start)) and not _HELD_AT.search(s, max(0, m.start() - 30), m.start())
                                              or _CUT_BY.match(s, q.end))
                  or _MARKET_AT.search(s, max(0, q.start - 50), q.start)):
        return True  # "unemployment peaking at 7.1%", "a 25 basis point cut from the Bank of Canada", "at forward prices of $640"
    if macro and q.unit in ("%", "bps") and _SENSITIVITY.match(s, q.end) and re.search(r"\b(?:a|an|each|every)\s+$", s[max(0, q.start - 8):q.start], re.I):
        return True  # "a 1% move in the euro": a sensitivity, not a figure of the business
    if macro and q.unit in ("%", "bps") and _MINIMUM_AFTER.match(s, q.end):
        return True  # "well above the 11.5% regulatory minimum"
    if macro and q.unit in ("%", "bps") and _MINIMUM_BEFORE.search(s, max(0, q.start - 60), q.start):
        return True
    if q.unit in (None, "count") and _PLACE_SIZE_AFTER.match(s, q.end) and _PLACE_SIZE_BEFORE.search(s, max(0, q.start - 40), q.start):
        return True  # "stores in towns of under 15,000 inhabitants": a size class of places, not a count of the business
    return deals and _before_bound(_DEAL_CLASS, q, s, 40)


def _before_bound(pattern: re.Pattern, q: Quantity, s: str, reach: int) -> bool:
    """`pattern` ends just before the figure, or before its number when the bound word is the figure's own hedge
    ("tuck-ins under $500 million"; not the currency code of "deals of up to CHF 4 billion")."""
    lo = max(0, q.start - reach)
    if pattern.search(s, lo, q.start):
        return True
    hedge = hedge_len(q)
    if not hedge or not q.text[:1].isalpha() or q.text[:3].isupper():
        return False
    return pattern.search(s, lo, q.start + hedge) is not None


_PLACE_SIZE_BEFORE = re.compile(r"\b(?:towns?|cities|city|villages?|municipalit(?:y|ies)|communities|places|areas)\s+(?:of|with)\s+"
                                r"(?:(?:under|over|below|above|fewer\s+than|more\s+than|less\s+than|up\s+to|at\s+least|around|about)\s+)?$", re.I)
_PLACE_SIZE_AFTER = re.compile(r"\s+(?:inhabitants|residents|people)\b", re.I)


@lru_cache(maxsize=8)
def _not_reported_hints(s: str) -> tuple[bool, bool, bool, bool]:
    low = s.lower()
    return (("assum" in low or "if " in low), any_in(low, _TRIAL_WORDS),
            any_in(low, ("deal", "acqui", "transaction", "bolt", "target", "tuck")), any_in(low, _MACRO_HINTS))


_DENIED_FIGURE = re.compile(
    r"\b(?:can(?:'|’)?t|cannot|can\s+not|don(?:'|’)?t|do\s+not|wouldn(?:'|’)?t|would\s+not|won(?:'|’)?t|shouldn(?:'|’)?t|should\s+not)\s+"
    r"(?:(?:just|really|simply|necessarily|go\s+and|then)\s+)?(?:say|take|read|assume|model|put|extrapolate|annuali[sz]e)\s+(?:that|this|it)?\s*"
    r"(?:(?:it|that)(?:'|’)?s|(?:it|that)\s+(?:is|will\s+be)|to\s+be|as|at)\s+(?:(?:a|an|about|like|around|roughly|just)\s+)?"
    r"(?:\S+\s+(?:or|to)\s+)?$", re.I)
"""'I wouldn't say it's $3 billion every year', 'would not take that to be 2% or 3%': a figure named to be denied, no fact."""


_EVERY = re.compile(r"(?:^|[,;:]\s*|\b(?:[Aa]nd|[Ss]o|[Bb]ut|that|where|roughly|say|thumb,?|[Ff]or|[Oo]n)\s+)(?:[Ee]very|[Ee]ach)\s+"
                    r"(?:(?:additional|incremental|extra|further)\s+[$€£\da-z]|(?:[A-Z]{3}\s?)?[$€£\d]|R\d|(?:one|a|ten|five)[\s-]|(?:percentage\s+|basis\s+)?point\s+of\s"
                    # "every EUR 50 a tonne": the currency said as its code; "every peso of movement against the dollar", "each cent
                    # of change in the rate": a step in a currency's unit
                    r"|[a-z]+\s+of\s+(?:movement|move|change|swing)\b)")
_WORTH = re.compile(r"\b(?:(?:is|are|'s|would\s+be|will\s+be)\s+(?:worth|about|approximately|roughly|around)|would\s+(?:mean|add|take|cost|reduce|lower|"
                    r"raise|shift|move|drive)|adds?|equates?|translates?|means|results?\s+in|produces?|moves?|swings?|impacts?|takes|costs|lifts|reduces|lowers|raises|changes|shifts|rises|falls|increases|decreases|improves|grows|declines|(?:is|are)\s+(?:impacted|affected)|(?:would|will)\s+(?:increase|decrease|improve|rise|fall|decline|benefit))\b", re.I)


_RATE_STEP = re.compile(r"(?:\b[Ii]f\s+(?:interest\s+|short[-\s]term\s+|long[-\s]term\s+|market\s+|policy\s+)?rates\s+(?:were\s+to\s+)?(?:rose|rise|fell|fall|moved?|"
                        r"increased?|decreased?|declined?|dropped|drop|went\s+(?:up|down)|go\s+(?:up|down))\s+(?:by\s+)?(?:another\s+|an\s+(?:additional|extra)\s+|a\s+further\s+)?"
                        r"|(?:^|[,;:]\s*|\b(?:[Aa]nd|[Ss]o|[Bb]ut|that|[Rr]esult,?)\s+)[Aa]n?\s+(?=[$€£]?\d[\d.,]*[-\s]*(?:basis[-\s]points?|bps|%|percent|percentage[-\s]points?)\s+"
                        r"(?:parallel\s+)?(?:increase|decrease|rise|decline|drop|move|change|shift|shock)\s+in\s+(?:(?:short|long)[-\s]term\s+|market\s+|policy\s+)?(?:interest\s+)?rates\b))")

_PRICE_STEP = re.compile(r"(?:^|[,;:]\s*|\b(?:[Aa]nd|[Ss]o|[Bb]ut|that)\s+)[Aa]n?\s+(?=[$€£]?\d[\d.,]*[-\s]*(?:%|percent|basis[-\s]points?|bps|cents?|pence)[-\s]+"
                         r"(?:change|move|swing|shift|increase|decrease|rise|decline|drop)\s+in\s)")
"""'a 10-cent change in the price per gallon is worth ...': a step in a price or a rate said in the present tense (with
`_STEP_WORTH` after it), as a sensitivity, not a move of the period."""
_STEP_WORTH = re.compile(r"\b(?:is|are|'s|would\s+be|will\s+be)\s+worth\b|\bwould\b(?!\s+(?:like|say|note|add\s+that|expect|guess|think)\b)", re.I)
_RATE_CUT_STEP = re.compile(r"(?:^|[,;:]\s*|\b(?:[Aa]nd|[Ss]o|[Bb]ut|that|[Ss]ensitivity,?)\s+)(?:[Aa]n?|[Ee]ach|[Ee]very)\s+(?=[$€£]?\d[\d.,]*[-\s]*(?:basis[-\s]points?|bps|percentage[-\s]points?)\s+"
                            r"(?:rate\s+)?(?:cut|hike)s?(?:\s+(?:in|to)\s+(?:the\s+)?(?:policy\s+|interest\s+|benchmark\s+)?rates?|\s+(?:by|from)\s+(?:the\s+)?(?:central\s+bank|Fed|ECB|Bank\s+of\s+[A-Z][a-z]+))?"
                            r"\s+(?:would\s+|will\s+|should\s+)?(?:costs?|takes?|reduces?|lowers?|adds?|raises?|lifts?|is\s+worth|means|moves?|shaves?)\b)")
""""a 100 basis point cut costs us roughly 12 basis points of margin": a step in the rates the central bank sets, said as its
cut or hike, and what each such step is worth (a sensitivity, like "a 100 basis point rise in rates")."""


_SUPPOSED_STEP = re.compile(r"\b[Ii]f\s+(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:were\s+to\s+)?"
                            r"(?:rose|rise|fell|fall|increased|decreased|climbed|dropped|went\s+(?:up|down)|weakened|strengthened|depreciated|appreciated"
                            # "if trend came in one point higher than that, it would cost us ...": a level supposed above or below
                            r"|came\s+in|comes?\s+in|ran|were|was)\s+(?:by\s+)?(?:another\s+|a\s+further\s+)?"
                            r"(?=[$€£]?\d[\d.,]*\s*(?:%|percent|basis\s+points?|bps|(?:to|against)\s+the\s+(?:U\.?S\.?\s+)?(?:dollar|euro|yen))[^.;]*\bwould\b"
                            r"|(?:[$€£]?\d[\d.,]*|one|two|three|half\s+a|a)[-\s]*(?:%|percent(?:age)?(?:\s+points?)?|basis\s+points?|bps|points?)\s+(?:higher|lower|above|below|worse|better|more|less)\b[^.;]*\bwould\b)")
""""If freight rates rose 8%, it would cost us ...", "if volumes fell 5%, we would lose ...": a supposed step and what it would be worth;
"if the peso weakened by another 300 to the dollar, it would take ...": a currency's step said as its quote."""
_WERE_TO_WOULD = re.compile(r"\b[Ii]f\s+(?:we|I|you|they)\s+were\s+to\s+(?!(?:exclude|adjust|strip|back|normali[sz]e|take\s+out|remove|add\s+back|"
                            r"look|compare|annuali[sz]e|restate)\b)(?:[^.;?!]|\.(?=\d))*?,\s*(?:then\s+)?(?:we|I|you|they|it|that)\s+would\b"
                            r"(?!(?:[^.;?!]|\.(?=\d))*\b(?:but|while|whereas)\b)(?:[^.;?!]|\.(?=\d))*$")
""""If we were to roll the bond ladder into current yields, we would earn $500 million more a year": the figures of the
clause after the supposed deed are what it would bring, no figure of the period (the balances said in the deed stay, and
so does a result restated without an item: "were we to strip out the charge, earnings would be $1.10")."""
_THUMB = re.compile(r"\b(?:rule\s+of\s+thumb|all\s+(?:else|other\s+things)\s+(?:being\s+)?equal|other\s+things\s+being\s+equal)\b", re.I)
_THUMB_STEP = re.compile(r"\b(?:an?|each|every)\s+(?:[\w-]+\s+)?[$€£]?\d[\d.,]*\s*(?:%|percent|basis\s+points?|bps|cents?)\s+(?:stronger|weaker|higher|lower|"
                         r"move|change|swing|shift|rise|fall|increase|decrease|drop)\b", re.I)
""""as a rule of thumb, a peso 10% weaker ... would lower operating income by around $X, all else being equal"."""


_ASKED_STEP = re.compile(r"(?:\b[Ww]hat\s+(?:happens|would\s+happen|will\s+happen)?[^.?!;]{0,50}?\bif|(?:^|(?<=[.?!;]\s))If)\s+(?:[\w'’-]+\s+){1,4}?(?:were\s+to\s+)?"
                         r"(?:rise|rises|rose|fall|falls|fell|climb|climbs|increase|increases|drop|drops|jump|jumps|go(?:es)?\s+(?:up|down))\s+"
                         r"(?:by\s+)?(?:another\s+|a\s+further\s+|an\s+(?:additional|extra)\s+)?(?:about\s+|roughly\s+)?$")
""""What happens if memory costs rise another 20%?", "what if rates go up 50 basis points?", "If rates fall another 50
basis points, what does that do to margin?": a step the analyst supposes in a question, no figure of the period."""


_ASKED_REACH = re.compile(r"\b[Ww]hat\s+(?:has|have|needs?|would\s+(?:have|need)|will\s+(?:have|need)|does\s+it|would\s+it|will\s+it)\s+"
                          r"(?:to\s+(?:happen|change|go\s+right|be\s+true)|take)\s+(?:for\s+[^.?!;]{1,60}?\s+)?to\s+"
                          r"(?:reach|get\s+(?:back\s+)?to|hit|achieve|return\s+to|earn|deliver)\s+(?:an?\s+|the\s+|that\s+)?$")
""""What has to happen for that plant to reach a 15% margin?", "what would it take to get back to $2 of EPS?": a level the
analyst supposes in a question, no figure of the period."""


_ASKED_PAST = re.compile(r"(?:^|[,;]\s+|\b(?:[Aa]nd|[Ss]o|[Bb]ut)\s+)(?:[Dd]oes|[Dd]o|[Ww]ill|[Ww]ould|[Cc]ould|[Cc]an|[Ss]hould)\s+[^.?!;]{1,60}?\s+"
                         r"(?:move|go|get|climb|rise|fall|drop|slip|stay|land|end\s+up)\s+(?:(?:above|below|over|under|past|beyond)\s+)?$")
""""Does customer growth move above 4%?": a level the analyst asks about passing, no figure anyone gave."""


def _asked_reach(q: Quantity, s: str) -> bool:
    return "?" in s[q.end:] and _ASKED_REACH.search(s, max(0, q.start - 140), q.start) is not None


def _asked_step(q: Quantity, s: str) -> bool:
    return "?" in s[q.end:] and _ASKED_STEP.search(s, max(0, q.start - 140), q.start) is not None


_MOVED_STEP = re.compile(r"\b[Ii]f\s+(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+"
                         r"(?:moves?|changes?|swings?|shifts?|strengthens?|weakens?)\s+(?:by\s+)?(?:about\s+|roughly\s+)?"
                         r"(?=[$€£]?\d[\d.,]*\s*(?:%|(?:percent|basis\s+points?|bps|cents?|centavos|centimes|pence|paise|won|yen|yuan|rupees?|pesos?|baht|forint|rubles?)\b))")
""""If the krone moves 1% against the euro, our revenue moves by about $X a year", "if the won weakens by 10 won against
the dollar": a supposed move of a price or a currency said in the present tense, and what it is worth, a sensitivity like one said with "would"."""


def _moved_step(q: Quantity, s: str) -> bool:
    sp = _MOVED_STEP.search(s, 0, q.end + 10)  # (its look-ahead reads the unit after a bare figure: "20 centavos")
    if sp is None or sp.start() > q.start:
        return False
    if sp.end() >= q.start - 1:
        return True  # the step itself
    return _WORTH.search(s, sp.end(), q.start) is not None and not any(c in s[sp.end():q.start] for c in ".;")


def _supposed_hints(s: str) -> bool:
    """The words a supposed step or a rule of thumb needs besides "would": most sentences with "would" hold none."""
    return "thumb" in s or "equal" in s or "if " in s or "If " in s


def supposed_outcome(s: str, at: int) -> bool:
    """Is the word at `at` what a supposed step would bring ("if selling prices fell 10%, our margin would come down")? A
    way said there is the sensitivity's, no outlook."""
    return ("would" in s and ("If " in s or "if " in s) and (sp := _SUPPOSED_STEP.search(s, 0, at)) is not None
            and "would" in s[sp.end():at])


def _rule_of_thumb(q: Quantity, s: str) -> bool:
    """"Every $10 a ton is worth about $14 million of EBITDA", "each 1% change in volume moves EPS by about 3 cents": a
    sensitivity, both its step and what the step is worth, not a figure of the period; so is a step in rates ("if rates
    rose 100 basis points, net interest income would rise about $40 million") or in a price ("if freight rates rose 8%,
    it would cost us ..."), and a step said as a rule of thumb ("a euro 10% stronger would ..., all else being equal")."""
    if "would" in s and ("thumb" in s or "equal" in s) and _THUMB.search(s) and (st := _THUMB_STEP.search(s)) is not None:
        return q.start >= st.start() and "would" in s[st.end():]  # the step and what it would be worth
    if ("thumb" in s or "equal" in s) and _THUMB.search(s) and (st := _THUMB_STEP.search(s)) is not None and (w := _WORTH.search(s, st.end())) is not None:
        # "as a rule of thumb, a 5% move in the dollar changes annual EBIT by about X": the rule said in the present tense
        ends = [e for e in (s.find(";", w.end()), s.find(", and ", w.end()), s.find(", while ", w.end())) if e >= 0]
        return st.start() <= q.start < st.end() or w.end() <= q.start < min(ends, default=len(s))
    if "would" in s and ("If " in s or "if " in s) and (sp := _SUPPOSED_STEP.search(s)) is not None and sp.start() <= q.start:
        if sp.end() >= q.start - 1:
            return True  # the step itself
        return "would" in s[sp.end():q.start]
    if " worth" in s or "would" in s:
        step = _PRICE_STEP.search(s)  # (its look-ahead reads past the figure)
        if step is not None and step.start() <= q.start and (w := _STEP_WORTH.search(s, step.end())) is not None:
            # "a 10-cent change in the price per gallon is worth about $190 million of annual fuel expense": the step and
            # what it is worth, up to the end of the clause that says so
            return step.end() >= q.start - 1 or w.end() <= q.start and not any(c in s[w.end():q.start] for c in ".;")
    if not ("very" in s or "ach" in s or "rates" in s or " cut" in s or " hike" in s):
        return False
    m = _EVERY.search(s, 0, q.end)
    if m is None and ((m := _RATE_STEP.search(s) if "rates" in s else None) is not None or (" cut" in s or " hike" in s)
                      and (m := _RATE_CUT_STEP.search(s)) is not None) and m.start() <= q.start:  # (its look-ahead reads past the step)
        if m.end() >= q.start - 1:
            return True  # the step itself
        return "would" in s[m.end():q.start] or _WORTH.search(s, m.end(), q.start) is not None
    if m is None:
        return False
    ends = [e for e in (s.find(";", m.end()), s.find(", and ", m.end()), s.find(", while ", m.end())) if e >= 0]
    end = min(ends) if ends else len(s)  # the rule's own clause
    return q.start < end and _WORTH.search(s, m.end(), end) is not None


_METALS = r"(?:gold|silver|copper|nickel|zinc|platinum|palladium|molybdenum|moly|cobalt|aluminum|aluminium|iron\s+ore|lithium|uranium)"
_METAL_AFTER = re.compile(rf"\s*(?:(?:per|a|an)\s+(?:pound|ounce|ton|tonne)\s+)?{_METALS}\b(?!\s+(?:production|sales|volumes?|output|"
                          r"reserves?|resources?|equivalents?|mines?|operations?|business|segment|revenues?|ounces|pounds|tonnes))", re.I)
""""at $3.50 copper and $1,750 gold": the price a scenario is run at, said before its metal."""
_PER_METAL = re.compile(rf"\s*(?:per|a|an)\s+(?:pound|ounce|ton|tonne)\s+of\s+{_METALS}\b", re.I)
_METAL_AT = re.compile(rf"\b{_METALS}\s+(?:prices?\s+)?(?:flat\s+|steady\s+|constant\s+|unchanged\s+)?(?:at|of)\s+(?:about\s+|around\s+)?$", re.I)
_SCENARIO_WORDS = ("would", "holding", "assum", "if ", "scenario", "sensitiv", "at these", "at those", "each", "every")
_PRICES_FROM = re.compile(r"\bat\s+(?:(?:metal|commodity|copper|gold|oil)\s+)?prices?\s+(?:ranging\s+)?(?:from|of|between)\s+$", re.I)
_TEN_PCT_CUSTOMER = re.compile(r"\b(?:one|a|two|three|no|any|only|single|another|our)\s+$", re.I)
_CUSTOMER_AFTER = re.compile(r"[\s-]+(?:customers?|clients?)\b(?!\s+(?:growth|retention|satisfaction|base|count|wins?|adds?|additions?|"
                             r"churn|renewals?|rates?|acquisition|traffic|demand|sales|revenues?|deposits?)\b)", re.I)
""""one 10% customer": the reporting threshold that names a large customer, not a share."""
_CASE_STUDY = re.compile(r"(?:^|[.;:]\s+|,\s+|\b(?:example|instance|fact)\s*,?\s+)(?:one|a|an|another)\s+(?:[\w&'’-]+\s+){1,4}?"
                         r"(?:saw|sees|achieved|experienced|realized|recorded|got|drove|delivered|reported|generated)\s+(?:an?\s+|the\s+)?"
                         r"(?:[\w-]+\s+){0,2}?$", re.I)
""""One grocer saw a 48% lift in clicks": a client's result told as a case study, not the company's figure."""


def _not_the_company(q: Quantity, s: str) -> bool:
    """A metal price a scenario is run at ("at $3.50 copper", "holding gold flat at $1,750 an ounce"), a "10% customer"
    and a client's case-study result: figures that are not the company's."""
    low = s.lower()
    if is_money(q.unit) and not q.scaled and any_in(low, _SCENARIO_WORDS):
        if _METAL_AFTER.match(s, q.end):
            return True
        if _PER_METAL.match(s, q.end) and any_in(low, ("holding", "flat at", "assum", "ranging", "deck")):
            return True  # "holding gold flat at $1,750 per ounce of gold and $15 per pound of cobalt" (not a unit cost per pound of copper)
        if (_PER_GOODS.match(s, q.end) and (_METAL_AT.search(s, max(0, q.start - 40), q.start + hedge_len(q))
                                            or _PRICES_FROM.search(s, max(0, q.start - 40), q.start + hedge_len(q)))):
            return True
    if q.unit == "%" and ("customer" in low or "client" in low):
        if _CUSTOMER_AFTER.match(s, q.end) and _TEN_PCT_CUSTOMER.search(s, max(0, q.start - 12), q.start):
            return True
    if q.unit in ("%", "x") and any_in(low, (" saw ", " sees ", "achieved", "experienced", "realized", "recorded", " got ", " drove ",
                                             "delivered", "reported", "generated")):
        m = _CASE_STUDY.search(s, max(0, q.start - 80), q.start + hedge_len(q))
        if m and not re.search(r"\b(?:we|our|us|the\s+company|quarter|year)\b", m.group(0), re.I):
            return True
    return False


def _denied(q: Quantity, s: str) -> bool:
    low = s[max(0, q.start - 70):q.start].lower()
    return ("n't" in low or "n’t" in low or "not " in low) and _DENIED_FIGURE.search(s, max(0, q.start - 70), q.start) is not None


_RESTART = re.compile(r"\s*(?:…|\.\.\.|--)\s*(?:(?:uh|um|I\s+mean),?\s+)?[$€£]?(?P<next>\d[\d.,]*)")


_DIGITS_NEXT = re.compile(r"\s+[$€£]?(?P<next>\d[\d.,]*)(?![\d.,]*\s*(?:%|percent|basis|bps|million|billion))")
_BROKEN_OFF = re.compile(r"[^.;:?!\d$€£]{0,25}?--(?!\s*(?:and|or|versus|vs|compared)\b)[^.;:?!\d$€£]{0,40}?(?=[$€£\d])")


_MARKET_SIZE_AFTER = re.compile(r"\s+(?:(?:total|serviceable|global|annual)\s+)?(?:(?:addressable\s+)?market\s+opportunit(?:y|ies)|addressable\s+markets?|(?-i:TAM|SAM)s?)\b", re.I)
_INSURED_LOSS_AFTER = re.compile(r"\s+(?:of|in)\s+(?:industry(?:[-\s]wide)?\s+)?insured\s+loss(?:es)?\b", re.I)
_INSURED_LOSS_BEFORE = re.compile(r"(?<!\bour\s)(?<!\bits\s)\binsured\s+loss(?:es)?\s+(?:(?!(?:we|our|us)\b)[\w-]+\s+){0,4}?(?:of|at|were|was|reached|totall?ed|came\s+to|exceeded|topped)\s+"
                                  r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)
_GOVERNANCE_MEMBERS = re.compile(r"(?:\s+(?:of|out\s+of)\s+(?:the\s+|our\s+)?(?:\d+|[a-z]+))?\s+(?:[\w-]+\s+){0,2}?(?:committee|board|leadership\s+team|management\s+team|executive\s+team)\s+members\b", re.I)
_EXTENT_CROSSED = re.compile(r"\b[Tt]o\s+the\s+extent\b[^.?!;]{0,70}?\b(?:rises?|goes|grows?|falls?|drops?|moves?|climbs?|gets?)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:below|above|under|over|beyond|past)\s+(?:the\s+)?$")
_SELF_FIX = re.compile(r"\s*(?:--|—|\.\.\.|…)\s*(?:I['’]m\s+sorry|sorry|excuse\s+me|pardon\s+me|I\s+mean)\s*,(?=[^.;\d]{0,25}[$€£\d])")
_BROKEN_AT_FIX = re.compile(r"[^\w$€£]*")


def _restarted(q: Quantity, s: str) -> bool:
    """"at three dollars… $3.35 per unit": a figure broken off and said again at once, in full (speech to text keeps
    both); only the second is the figure. So is one said in words and again in digits ("rose five times 5x") and one
    said again after a dash or an ellipsis ("$11 billion a year -- it is at an $11 billion yearly pace"; not "$130 million in 2026 -- and
    $130 million in 2025", a second figure)."""
    if q.value is None:
        return False
    if q.text[:1].isalpha() and (m := _DIGITS_NEXT.match(s, q.end)) and m.group("next").rstrip(".,").replace(",", "") == f"{q.value.normalize():f}":
        return True
    if "--" in s and (m := _BROKEN_OFF.match(s, q.end)) and s.startswith(q.text.lstrip("~ "), m.end()) and q.text[:1] in "$€£0123456789":
        return True
    if (("--" in s or "—" in s or "..." in s or "…" in s) and ("sorry" in s or "excuse me" in s or "pardon me" in s or "I mean" in s)
            and (fix := _SELF_FIX.search(s, q.end)) is not None
            and (_BROKEN_AT_FIX.fullmatch(s, q.end, fix.start()) or q.text in s[fix.end():])):
        # "up 48% for one group and 40 -- I'm sorry, up 48% for one group and 40% for the other": the words before the
        # speaker's own "sorry" are said again after it; the figure cut off and the one repeated are the second telling's
        return True
    if q.scaled or ("…" not in s and "..." not in s and "--" not in s):
        return False
    m = _RESTART.match(s, q.end)
    return m is not None and m.group("next").startswith(str(int(q.value)) + ".")  # "4% -- 40 basis points" is two figures


_HEDGE_STRIKE = re.compile(r"\b(?:floors?|ceilings?|caps?|strikes?|strike\s+prices?)\s+(?:price\s+|rate\s+)?(?:of|at)\s+"
                           r"(?:about\s+|around\s+|roughly\s+|approximately\s+)?$", re.I)
_DISTANCE_UNIT = re.compile(r"\s+(?:miles?|kilomet(?:er|re)s?)\b", re.I)
_DISTANCE_AFTER = re.compile(r"\s+(?:miles?|kilomet(?:er|re)s?)\s+(?:(?:due\s+)?(?:north|south|east|west)(?:east|west)?|away|from|down\s+the\s+road|"
                             r"outside\s+(?:of\s+)?|or\s+(?:\d[\d,.]*\s+)?(?:miles?|kilomet(?:er|re)s?)\s+(?:north|south|east|west|away|from))\b", re.I)
"""A distance that places something ("9 miles east of the port", "3,000 kilometers away"); not miles of pipeline laid."""
_AS_OFTEN_AS = re.compile(r"\s+as\s+(?:often|much|many|likely|frequently|fast|quickly|long)\s+as\b"
                          r"(?!\s+(?:(?:in\s+|during\s+)?(?:last|this|the\s+(?:prior|previous|same|year|quarter)|a\s+year)\b|in\s+\d|\d))", re.I)
"""Against another group ("as often as everyone else"), not against a period ("twice as much as a year ago", a change)."""


def is_figure(q: Quantity, s: str) -> bool:
    """False for years, times, phone numbers, slide numbers and counts of questions."""
    if q.unit is None and not q.scaled and _is_year(q, s):
        return False  # first: about a quarter of the numbers tested are years, and every test below can only say False too
    # then the tests of the figure's own shape and the few words around it (dates, spans, names, products): cheap, and
    # they turn away most of the other numbers that are no figures before the sentence-wide tests run
    before, after = s[max(0, q.start - 14):q.start], s[q.end:q.end + 24]
    if q.unit == "x" and " as " in after and _AS_OFTEN_AS.match(after):
        return False  # "members order three times as often as others": how one group outdoes another, no measure's multiple
    if q.unit in ("%", "bps") and "minus" in before and _BARE_TOLERANCE.search(s, 0, q.start):
        return False  # "..., 47.4% and 48% respectively. Plus or minus 40 basis points.": the spread, not a figure
    if not q.unit and q.value is not None and q.value <= 31 and before.rstrip()[-3:].rstrip(".").lower()[-3:] in _MONTH_ENDS and _DATE_BEFORE.search(before):
        return False  # "47,300 homes at June 30, 2021": a date
    if (q.unit in (None, "count", "days") and q.text.isdigit() and int(q.text) <= 31 and after[:1] == " "
            and _MONTH_AFTER.match(after) and not _MONTH_AFTER_COUNTED.match(after)):
        return False  # "at 30 June", "as of 31 March": a date written day first
    if not q.unit and _NOT_FIGURE_BEFORE.search(before.rstrip()):
        return False
    if _NOT_FIGURE_AFTER.match(after) and not (q.value is not None and q.value != q.value.to_integral_value()
                                                and _HOURS_AFTER.match(after)):
        return False  # (but "terminal dwell was 6.9 hours, 0.4 hours better": hours in tenths measure an operation)
    if (q.unit is None and not q.scaled and (q.value is None or q.value == q.value.to_integral_value())
            and _DURATION_AFTER.match(after)):
        return False  # "3, 6, 9 months out", "over the next 10 years", "6 to 9 months": a span of time, not a count
    if (q.unit is None and not q.scaled and q.kind == "number" and "," not in q.text and "." not in q.text
            and (_NAME_BEFORE.search(s, max(0, q.start - 30), q.start) or _PHONE_BEFORE.search(before)
                 or _PHONE_AFTER.match(after))):
        return False  # "Zephyr 14 customers", "Cloudbase 365 users", "the Fortune 100", "555-201-0199": a name or a number to call
    if (("nanomet" in s or "nm" in s or " node" in s) and (not q.scaled or len(q.text) == 2)  # (a memory node "1b", not a billion)
            and (q.unit in (None, "x", "count") or q.unit == "%" and q.kind == "word_range" or len(q.text) == 2 and q.text[0].isdigit())
            and (_NODE_AFTER.match(s, q.end) or q.kind == "word_range" and _BAND_NODE_AFTER.match(s, q.end))):
        return False  # "10- and 7-nanometer logic", "the 1x nanometer node", "this mid-teens node": a chip process's size, a name
    if (q.unit is None and not q.scaled and q.kind == "number" and "," not in q.text and len(q.text) >= 3
            and _COUNT_BEFORE.search(before) and before[-1:] == " "):
        return False  # "orders for 3 2600 XR scanners": the model the count is of, not a second count
    if q.unit is None and not q.scaled and _PRODUCT_AFTER.match(after):
        return False  # "400 gig optics", "5G radios", "3-nanometer": a product's speed or size, not a count
    if (q.unit is None and not q.scaled and q.kind == "number" and q.value is not None and q.value > 1 and "," not in q.text
            and _THE_BEFORE.search(before) and _SINGULAR_VERB.match(after)):
        return False  # "The 6600 gives our buyers ...": a model the singular verb says is one thing, not a count
    if q.text[-1:] in "Kk" and q.text[:-1].isdigit() and _NAME_BEFORE.search(s, max(0, q.start - 30), q.start):
        return False  # "the Vantage 7K did well in the quarter": a product's name, not thousands of anything
    if _threshold(q, s) or _assumption(q, s) or _not_reported(q, s) or _denied(q, s) or _not_the_company(q, s) or not_ours(q, s) or _restarted(q, s):
        return False
    if ("TAM" in s or "SAM" in s or "ddressable" in s or "opportunit" in s) and is_money(q.unit) and _MARKET_SIZE_AFTER.match(s, q.end):
        return False  # "competing for a $260 billion TAM", "a $14 billion market opportunity": the market's size, not ours
    if "insured loss" in s and is_money(q.unit) and (_INSURED_LOSS_AFTER.match(s, q.end) or _INSURED_LOSS_BEFORE.search(s, max(0, q.start - 80), q.start)):
        return False  # "a storm estimated at $36 billion of insured loss": the whole market's claims, an industry statistic
    if "extent" in s and _EXTENT_CROSSED.search(s, max(0, q.start - 110), q.start):
        return False  # "to the extent that backlog climbs past the $8.2 billion mark": a level crossed in a supposition
    if q.unit in (None, "count") and " members" in s and _GOVERNANCE_MEMBERS.match(s, q.end):
        return False  # "11 of 16 operating committee members joined in the last two years": who runs the company, no business count
    if ("very" in s or "ach" in s or "rates" in s or "thumb" in s or " cut" in s or " hike" in s or "would" in s and _supposed_hints(s)
            or " worth" in s and " in " in s) and _rule_of_thumb(q, s):
        return False
    if ("If " in s or "if " in s) and _moved_step(q, s):
        return False
    if ("et's " in s or "et’s " in s or "et us " in s) and (sup := _LET_SUPPOSE.search(s, 0, q.start)) is not None and (
            _SUPPOSAL_ENDS.search(s, sup.end(), q.start) is None):
        return False  # "let's assume demand for phones is down 20%", "let's say a client wants 36 units": a case supposed
    if q.unit == "%" and "tatutory" in s and (_LAW_RATE_BEFORE.search(s, max(0, q.start - 70), q.start) or _LAW_RATE_AFTER.match(s, q.end)
                                              or _LAW_WORD_BEFORE.search(s, max(0, q.start - 40), q.start) and _RATE_AFTER.match(s, q.end)):
        # "sits below the 21% federal statutory rate": the country's rate, not the company's (a statutory rate the company
        # states its drivers at stays)
        return False
    if ("collar" in s or "hedg" in s or "options" in s) and _HEDGE_STRIKE.search(s, max(0, q.start - 40), q.start):
        return False  # "collars with an average floor of MXN 17.20": the price a hedge pays out at, not a result
    if ("if " in s or "If " in s) and "hat " in s and _asked_step(q, s):
        return False
    if "were to" in s and "would" in s and (m := _WERE_TO_WOULD.search(s, 0, q.start)) is not None and m.start() < q.start:
        return False  # "if we were to roll the bond ladder ..., we would earn $500 million more": what a supposed deed would bring
    if "hat " in s and "?" in s and _asked_reach(q, s):
        return False
    if s.startswith("?", q.end) and _ASKED_PAST.search(s, max(0, q.start - 120), q.start):
        return False
    if q.unit is None and sentence_hints(s)[2] and _NOUN_BOUND.search(s, max(0, q.start - 40), q.start + hedge_len(q)):
        return False  # "buildings under 100,000 square feet": a size class
    if ("mile" in s or "kilomet" in s) and q.unit in (None, "count") and _DISTANCE_UNIT.match(s, q.end) and (
            _DISTANCE_AFTER.match(s, q.end) or s.endswith("within ", max(0, q.start - 8), q.start)):
        return False  # "roughly 6 miles west of the harbor", "within 20 kilometers of a depot": where a place is, no business figure
    if q.text.lower() in ("a penny", "a nickel", "a dime", "a cent") and re.match(r"\s+(?:ahead\s+of|above|below|better|worse|short\s+of|shy\s+of|more|less)\b", s[q.end:q.end + 12]):
        return False  # "a penny ahead of the top end of the range": a word for a difference
    return True


def _is_year(q: Quantity, s: str) -> bool:
    """A bare number that is a year: "in 2026", or one cut to two digits ("higher in '25 than in '24", "by the end of '27")."""
    if q.value is not None and q.value == q.value.to_integral_value() and 1980 <= q.value <= 2049 and "," not in q.text:
        return True
    return len(q.text) == 2 and q.text.isdigit() and q.start > 0 and s[q.start - 1] in "'’‘" and (q.start < 2 or not s[q.start - 2].isalnum())


_BOILER_WORDS = ("forward-looking", "forward looking", "safe harbor", "safe harbour", "private securities", "risk factors",
                 "results may differ", "results could differ", "form 10", "reconciliation", "webcast", "replay", "passcode",
                 "conference id", "relations website")


_BARE_TOLERANCE = re.compile(r"(?:^|[.;,]\s*|\brespectively\W*)(?:and\s+)?plus\s+or\s+minus\s+$", re.I)


def boilerplate(s: str) -> bool:
    """Safe-harbour and housekeeping sentences: their percentages and numbers are not results."""
    low = s.lower()
    for w in _BOILER_WORDS:  # any_in, inline: asked of every sentence
        if w in low:
            return True
    return False


def may_match(text: str, words: tuple[str, ...]) -> bool:
    """A cheap test before a regular expression anchored at the end of `text`."""
    low = text.lower()
    for w in words:  # any_in, inline: asked some 47k times a pass
        if w in low:
            return True
    return False


def is_money(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper()


_BARE_OK = re.compile(r"headcount|employees|customers|clients|logos|subscribers|members|stores|users|accounts|locations|book[-\s]to[-\s]bill|\bturns?\b|\bDSO|\bDIO|\bdays\b|leverage|coverage|\bEPS\b|per\s+share|\bratio\b|[A-Za-z]\s+(?:and\s+)?\d[\d,.]*\s+(?:\w+\s+)?[a-z]", re.I)


# _BARE_OK split so its costly case-insensitive keyword alternation becomes substring tests. Only for ASCII:
# str.lower() and re.I fold a few non-ASCII letters differently, and then the full pattern decides.
_BARE_WORDS = ("headcount", "employees", " count", "customers", "clients", "logos", "subscribers", "members", "stores", "users",
               "accounts", "locations", "leverage", "coverage")
_BARE_STEMS = ("book", "turn", "dso", "dio", "days", "eps", "per", "ratio")
_BARE_BOUNDED = re.compile(r"book[-\s]to[-\s]bill|\bturns?\b|\bDSO|\bDIO|\bdays\b|\bEPS\b|per\s+share|\bratio\b", re.I)
_BARE_SPACED = re.compile(r"[A-Za-z]\s+(?:and\s+)?\d[\d,.]*\s+(?:\w+\s+)?[a-z]", re.I)


def bare_figures_ok(s: str, low: str) -> bool:
    if not s.isascii():
        return _BARE_OK.search(s) is not None
    return (any_in(low, _BARE_WORDS) or (any_in(low, _BARE_STEMS) and _BARE_BOUNDED.search(s) is not None)
            or _BARE_SPACED.search(s) is not None)


_DIGITS = "0123456789"
# "percent" is found by "cent", and the decades are tried only where "ties" stands: most texts hold no figure word,
# and for those every word is a scan of the text
_NUMBER_WORDS = ("point", "million", "billion", "teens", "digit", "cent", "penny", "times", "thirds", "third of", "quarters of",
                 "fourths")
_DECADE_NAMES = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")


def worth_reading(text: str, role: Role = Role.CORPORATE, known: dict[str, bool] | None = None) -> bool:
    """Cheap test of a whole paragraph: without a figure or a guided direction it holds no fact. `known` keeps each
    paragraph's figure test, which a call asks twice (for the answer's question, then for its reading)."""
    n = known.get(text) if known is not None else None
    if n is None:
        n = has_digit_or_word(text)
        if known is not None:
            known[text] = n
    return n or (role is not Role.ANALYST and might_be_qualitative(text))


def has_digit_or_word(s: str) -> bool:
    # Plain substring tests: a case-insensitive alternation scanned every paragraph twice (any_in, inline: asked of
    # every sentence and paragraph)
    for d in _DIGITS:
        if d in s:
            return True
    low = s.lower()
    for w in _NUMBER_WORDS:
        if w in low:
            return True
    if "ties" in low:
        for w in _DECADE_NAMES:
            if w in low:
                return True
    return False


_MONEY_NOUN_OF = re.compile(r"\b(?:impairments?|charges?|gains?|loss(?:es)?|costs?|expenses?|proceeds|spend(?:ing)?|investments?|write-?(?:downs?|offs?)|"
                            r"payments?|contributions?|benefit|headwind|tailwind|dividends?|revenues?|sales)\b(?:\s+(?:[\w-]+\s+){0,7}?)?"
                            r"\s*(?:of|was|were|totaled|totalled|came\s+to)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)
_MONEY_MOVE = re.compile(r"\b(?:up|down|increased|decreased|rose|fell|higher|lower|better|worse|by)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)


def bare_money(q: Quantity, s: str, picked: tuple | None, st: State, facts: list[Fact]) -> bool:
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
    if picked and picked[0] in MARGIN_OF.values():
        return True  # the margin's dollars; mapped to its amount metric below
    last_unit = facts[-1].unit if facts else st.unit
    return is_money(last_unit) and (picked is None or picked[0] not in PERCENT_METRICS)


def figure_worth_reading(q: Quantity, s: str, bare_ok: bool) -> bool:
    """Cheap first cut: a bare number needs a unit word nearby or a count noun after it."""
    if q.unit is not None or q.scaled or q.kind != "number":
        return True
    if " per " in s[q.end:q.end + 40] and _SPEED_OF_EACH.match(s, q.end):
        return False  # "170 wafers per hour", "20 gigaflops per watt": a machine's speed, a product's claim
    return (bare_ok or listed_count(s, q) is not None or counted_earlier(q, s) or plural_count(s, q) is not None
            or s.startswith(" of th", q.end) and PART_OF_THEM.match(s, q.end) is not None or per_unit_rate(q, s) is not None)


_SPEED_OF_EACH = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?!(?:miles|kilometers|kilometres|feet|meters|metres|knots)\b)[A-Za-z]+s\s+per\s+(?:hour|minute|second|watt)\b", re.I)
"""(not a distance an hour: "train speed averaged 21.4 miles per hour" is how the network ran)"""
PART_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b(?![\s,]+(?:about\s+|some\s+)?\d)", re.I)
""""opened 19 new routes, 12 of them international": a part of the count just given (not "11 of those 27", the whole said again)."""


_COUNT_IS = re.compile(r"\b(?:was|were|is|are|came\s+(?:in\s+)?(?:at|to)|totall?ed|reached|numbered|(?:increased|decreased|grew|rose|fell|declined|"
                       r"climbed|dropped|jumped)\s+(?:by\s+)?(?:about\s+|roughly\s+)?\d[\d.]*\s?(?:%|percent)\s+to|(?<=[a-z]s\s)of)\s+"
                       r"(?:(?:just|a\s+little|a\s+bit|slightly|well)\s+(?:over|under|above|below|more\s+than|less\s+than|shy\s+of)\s+|about\s+|roughly\s+|nearly\s+|"
                       r"almost\s+|over\s+|around\s+|approximately\s+|some\s+|more\s+than\s+|close\s+to\s+|(?:north|upwards)\s+of\s+|"
                       r"in\s+excess\s+of\s+|at\s+least\s+)?$", re.I)
# the noun capitalised only where it opens the sentence ("Visits rose 4% to 212,000"), not a name mid-sentence
_COUNT_SUBJECT = re.compile(r"\b((?:(?<=^)|(?<=^The\s)|(?<=^Our\s))[A-Z][a-z-]*[a-z]s|[a-z][a-z-]*[a-z]s)\s+(?:were|was|are|is|reached|totall?ed|numbered|came\s+(?:in\s+)?(?:at|to)|of|increased|decreased|grew|"
                            r"rose|fell|declined|climbed|dropped|jumped)\b[^,;]{0,24}$")

# "the number of new franchise locations signed across Europe in the quarter was 318": the plural the number is of, with
# the words that place it between it and the verb
_NUMBER_OF_SUBJECT = re.compile(r"\bnumber\s+of\s+(?:(?!(?:was|were|is|are)\b)[\w-]+\s+){0,3}?([a-z][a-z-]*[a-z]s)\b(?!\s+(?:of|was|were|is|are)\s+(?:our|the|days|shares))"
                                r"[^,;]{0,80}?\s(?:was|were|is|are|came\s+(?:in\s+)?(?:at|to)|totall?ed|reached|stood\s+at)\b[^,;]{0,24}$")

# Millions said of a plural subject that is never a sum of money: "Riders came to 3.1 billion", "weekly listeners on the
# app climbed to 42 million", "bookings of stays, the ones made a month ahead, passed 8 million". The subject opens its
# clause with modifiers only (no "fees from merchants rose to 400 million", which is money).
_SCALED_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|while|but|whereas)\s+)"
    r"(?:(?!(?:of|in|for|per|from|to|by|on|with|at|as|than|revenues?|sales|fees|spend|spending|income|volumes?|value|"
    r"global|worldwide|industry|market|national|total\s+market)\b)[A-Za-z][\w-]*\s+){0,4}?"  # not "global airline passengers": the market's
    r"([A-Za-z][a-z-]*[a-z]s|(?i:footfall|attendance|ridership))(?:\s+(?:on|in|across|at)\s+(?:the\s+|our\s+)?[a-z-]+(?:\s+(?:platform|network|app|system|service)s?)?|\s*,[^,;]{3,60},)?\s+(?:now\s+|also\s+)?"
    r"(?:were|came\s+to|reached|numbered|totall?ed|averaged|stood\s+at|passed|surpassed|topped|crossed|exceeded|"
    r"(?:rose|grew|climbed|increased|jumped)\s+(?:by\s+)?(?:\d[\d.]*\s?(?:%|percent)\s+)?to)\s+"
    r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|around\s+|approximately\s+|more\s+than\s+|just\s+over\s+)?$", re.I)
_SCALED_COUNTED = frozenset(
    "customers consumers users members subscribers payers riders passengers travelers travellers visitors viewers listeners "
    "players guests shoppers buyers sellers earners drivers couriers hosts merchants households patients students "
    "learners followers cardholders borrowers depositors accounts trips rides journeys visits reservations downloads "
    "streams deliveries shipments parcels packages impressions installs subscriptions tickets transactions "
    "carloads railcars containers acres hectares "
    "footfall attendance ridership".split())
"""People and what they do that a platform counts in millions, and the loads and land a railroad or a farm platform
counts; not orders, loans or bookings, which are as often money.
"Footfall", "attendance" and "ridership" are singular but count people only ("footfall reached 121 million")."""


def _scaled_subject(q: Quantity, s: str) -> tuple[int, int, str] | None:
    if q.unit is not None or q.kind != "number":
        return None
    m = _SCALED_SUBJECT.search(s, max(0, q.start - 140), q.start + hedge_len(q))
    if m is None or m.group(1).lower() not in _SCALED_COUNTED:
        return None
    return m.start(1), m.end(1), m.group(1)


def counted_earlier(q: Quantity, s: str) -> bool:
    """"deliveries of the new pickup, which began in August, were just over 1,900", "net orders increased 15% to 1,442": a
    number in thousands said of a counted noun named earlier in the sentence (one in millions is as often money: "the
    operating loss of 280 million", unless its subject is people or what they do: `_SCALED_SUBJECT`)."""
    if q.scaled:
        return _scaled_subject(q, s) is not None
    if "," in q.text:
        return _COUNT_IS.search(s, max(0, q.start - 30), q.start + hedge_len(q)) is not None
    # "new patient starts were about 380": a whole number under a thousand, said of a plural noun just before its verb
    return (not q.scaled and q.value is not None and 10 <= q.value < 1000 and "." not in q.text
            and _COUNT_IS.search(s, max(0, q.start - 30), q.start + hedge_len(q)) is not None
            and (subject := count_subject(q, s)) is not None and not s.startswith(" of ", subject[1]))  # "scores of 660"


def count_subject(q: Quantity, s: str) -> tuple[int, int, str] | None:
    """The plural noun a `counted_earlier` number is said of, when no metric names it ("loads of about 41,300"): (start,
    end, noun), or None for money, time and the like ("sales were 4,300", "payments of 1,250 million")."""
    if q.scaled:
        return _scaled_subject(q, s)
    m = _COUNT_SUBJECT.search(s, max(0, q.start - 60), q.start)
    if m is None and "number of" in s:
        m = _NUMBER_OF_SUBJECT.search(s, max(0, q.start - 130), q.start)
    if m is None or m.group(1).lower() in NOT_COUNTED:
        return None
    return m.start(1), m.end(1), m.group(1)


_QUAL_WORDS = ("expect", "anticipat", "guid", "outlook", "forecast", "should", "will", "going to be", "look for ", "can keep ", "plan to keep ", "plan to hold ", "breakeven", "break-even", "break even",
               "assuming they", "assuming it", "assume they", "assume it")
_WE_SEE = re.compile(r"\bwe\s+(?:now\s+|still\s+|also\s+|currently\s+)?see\s+(?!(?:this|that|it|them|a|an|some|signs?|no|any|lots|plenty|opportunit\w*)\b)"
                     r"(?![^,.;]{0,60}?\bas\b)", re.I)
""""we see revenue roughly flat next quarter": an outlook said as a view; not "we see this as a chance", "we see
signs of", "we still see the market as ..."."""


_WE_SEE_IT_MOVE = re.compile(r"\bwe\s+(?:now\s+|still\s+|also\s+|currently\s+)?see\s+(?:it|them)\s+(?:\w+ing\s+)?(?:(?:\w+ly|a\s+(?:bit|little|touch))\s+)?"
                             r"(?:up|down|flat|higher|lower|stable|rising|falling|growing|declining|improving|increasing|decreasing|recovering|edging|drifting|ticking|inching)\b", re.I)
""""Margins held at 21%. We see them edging up next year.": the measure said before, seen moving (not "we see it as ...")."""


@lru_cache(maxsize=8)  # asked up to three times of the same sentence
def might_be_qualitative(s: str) -> bool:
    low = s.lower()
    return ((any_in(low, _QUAL_WORDS) or " see " in low and (_WE_SEE.search(s) is not None or _WE_SEE_IT_MOVE.search(s) is not None))
            and _QUAL_DIR_ANY.search(s) is not None)


# Searched across whole sentences or clauses: a first-character test (see guard.py); _THRESHOLD is searched around
# every figure and its callers use spans and truth only: it reads the lower-cased copy (see guard.OnLowered).
(_NOUN_BOUND, _PRICE_DECK_BEFORE, _ASSUMED_SPREAD, _MARKET_ASSUMED, _COMMODITY_AT, _GROUP_BOUND, _NOT_FIGURE_BEFORE,
 _THRESHOLD, _BARE_BOUNDED) = (guarded(rx) for rx in (
    _NOUN_BOUND, _PRICE_DECK_BEFORE, _ASSUMED_SPREAD, _MARKET_ASSUMED, _COMMODITY_AT, _GROUP_BOUND, _NOT_FIGURE_BEFORE,
    _THRESHOLD, _BARE_BOUNDED))
# The directions start on a few dozen words, most of whose first letters are common: a first-letter test let the
# alternation be entered at nearly every letter. Behind `\b` and the first four characters of its words it is entered
# at the word starts that can begin one (guard.prefix_guarded). Every caller reads spans, the truth of groups, or the
# matched words lower-cased, so it reads the lower-cased copy too (guard.OnLowered), finditer included.
QUAL_DIR = OnLowered(prefix_guarded(QUAL_DIR))  # type: ignore[assignment]
_QUAL_DIR_ANY = QUAL_DIR
_THRESHOLD = gated(OnLowered(_THRESHOLD))  # seldom matched: first a test for the words each match holds


_REASON_LEAD = re.compile(r"\b(?:reflecting|driven\s+by|due\s+to|supported\s+by|as\s+a\s+result\s+of|thanks\s+to|helped\s+by|"
                          r"(?:partially\s+|partly\s+)?offset\s+by|because\s+of|owing\s+to|on\s+the\s+back\s+of|"
                          r"benefit(?:ing|ed|s)?\s+from|aided\s+by|fu(?:el|elled|eled)\s+by)\b", re.I)
_REASON_WORDS = ("reflect", "driven", "due", "support", "result", "thanks", "helped", "offset", "because", "owing", "back of",
                 "benefit", "aided", "fuel")


def explained(s: str, start: int, end: int) -> bool:
    """True when a reason clause ("reflecting", "driven by", "supported by") opens between the outlook word at `start` and
    the metric at `end`: the metric is why the outlook holds ("higher interest rates"), not a further outlook."""
    return end > start and any_in(s[start:end].lower(), _REASON_WORDS) and _REASON_LEAD.search(s, start, end) is not None
