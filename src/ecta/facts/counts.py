"""Bare numbers that count things: "612,000 carloads", "65 new locomotives", "1,500-plus dealers"; not years, units of
measure or ranks."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from .numbers import Quantity


# a grade or generation before the noun ("4E ounces", "5G subscribers") qualifies the thing counted, as a capitalised word does,
# and so does a model number right after the count ("3 2600 XR scanners")
COUNT_AFTER = re.compile(
    r"(?:[-–]plus\b)?\s*(?:(?:new|net|active|paying|paid|total|additional|more|unique|retail|full-time|enterprise|million|billion|thousand|[A-Z][\w-]*|\d[A-Z][A-Za-z]?|(?<=\d\s)\d{3,5}(?=\s+[A-Z]))\s+){0,3}"
    r"(?:(?!(?:of|in|for|per|a|an|the|to|and|or|from|at|by|on|with|our|their|its|this|that|were|was|are|is)\b|(?:seat|passenger)\s+(?:miles|kilomet))[a-z][\w-]*\s+){0,2}"
    r"(customers?|clients?|subscribers?|subs|users|members|employees|people|associates|stores|restaurants|locations|branches|"
    r"units|homes|vehicles|wafers|accounts|merchants|advertisers|hospitals|patients|sites|doors|outlets|clinics|hotels|rooms|"
    r"properties|shipments|devices|systems|orders|contracts|deals|partners|logos|transactions|projects|installations|"
    r"connections|lines|households|policies|loans|leases|meters|openings|closures|closings|remodels|relocations|tons|barrels|ounces|pounds|megawatts|gigawatts|MW|GW|seats|boe(?:/d|pd)?|bbls?(?:/d)?|b/d|"
    r"MM?TPA|M[Tt]pa|mtpa|MMT|Mt(?!\.?\s+[A-Z])|kt(?:pa)?|KTPA|M{0,2}cfe?(?:/d)?|Bcfe?(?:/d)?|MMBtu|cubic\s+(?:feet|meters|metres)(?=(?:\s+equivalent|\s+of\s+(?:natural\s+)?gas)?\s+(?:per|a)\s+day)|licenses|downloads|visits|trucks|aircraft|rigs|wells|"
    r"cases|physicians|doctors|prescribers|practitioners|providers|dealers|franchisees|distributors|countries|markets|cities|"
    r"team\s+members|workers|staff|hires|jobs|beds|units|cars|vessels|ships|planes|routes|flights|passengers|guests|"
    r"tickets|bookings|nights|games|titles|apps|products|SKUs|brands|facilities|plants|factories|warehouses|centers|"
    r"branches|ATMs|cards|claims|members|schools|students|sites|towers|miles|kilometers|acres|square\s+feet|"
    r"tests|vaccines|doses|gallons|liters|litres|tonnes|boxes|packages|parcels|meals|impressions|streams|"
    r"prescriptions|scripts|procedures|treatments|kits|bottles|cans|tins|cartons|packs|pouches|pairs|pieces|items|advisors|advisers|agents|reps|"
    r"representatives|engineers|salespeople|bankers|brokers|consultants|professionals|nurses|drivers|pilots|technicians|"
    r"underwriters|analysts|scientists|developers|specialists|recruiters|shares|communities|lots|homesites|shipsets|interceptors|"
    r"missiles|satellites|engines|airframes|turbines|rigs|mines|plants|vessels|stations|stalls|chargers|"
    r"(?:giga|mega|tera)watt[-\s]hours|GWh|MWh|TWh|(?:tera|peta)joules|PJ|[A-Z][a-z]*(?:maxes|sizes)|VLCCs|"
    # traffic counted in seat or passenger distance ("68 billion available seat miles"): the seat is no size of each
    r"(?:seat|passenger)\s+(?:miles|kilometers|kilometres)|"
    r"approvals|readouts|(?:molecular\s+)?entities|molecules|compounds|indications|filings|launches|"
    r"carloads|railcars|locomotives|trains|trainees|apprentices|conductors|berths|cabins|(?:passenger\s+)?cruise\s+days|APCDs|ALBDs|"
    r"containers|TEUs|pallets|deliveries|installs|subscriptions|seats|cold\s+starts|de\s+novos|"
    # herds and stock counted in nouns whose plural takes no -s: "14 million smolt", "2,300 head of cattle"
    r"fish|smolts?|fry|cattle|sheep|swine|head\s+of\s+(?:cattle|livestock)"
    # "a 30 million common share buyback": shares to be bought, said as a modifier in the singular
    r"|share(?=\s+(?:buy-?backs?|repurchases?|repurchase\s+(?:program|plan|authorization))\b)"
    # a consumer brand's reach and a distributor's range: "4,500 new points of distribution", "1,100 distribution points",
    # "1,400 part numbers" (points and numbers said alone are no count)
    r"|points\s+of\s+(?:distribution|sale|presence)|(?<=distribution\s)points|(?<=part\s)numbers)\b",
)
# Any plural noun right after a bare number counts something ("612,000 carloads", "65 new locomotives", "240 conductor
# trainees", "71,400 lower berths"), where the closed list above does not know the industry's word: up to three
# modifiers, no function word between, and a head that is not time, a slide, a question or a word for ideas.
_PLURAL_AFTER = re.compile(
    r"(?:[-–]plus\b)?\s*(?:(?!(?:of|in|for|per|a|an|the|to|and|or|from|at|by|on|with|our|their|its|this|that|these|those|were|was|are|is|be|been|"
    r"we|you|they|it|as|than|more|less|fewer|over|under|about|around|each|every|which|who|what|when|where|while|if|so|but|not|no|"
    r"all|both|other|such|same|into|out|up|down|off|per|will|would|could|should|can|may|have|has|had|do|does|did)\b)(?:[A-Za-z][\w&-]*|(?<=\d\s)\d{3,5}(?=\s+[A-Z]))\s+){0,3}?"
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
    "volumes flows inflows outflows dividends assets liabilities deaths infections hospitalizations emissions calories scores "
    # kinds, feats and reach said in a product story: "2 types of technologies", "set 16 records", "in 25 languages"
    "types kinds technologies milestones records languages "
    # the people and tasks of an explanation: "a niche's 3 leaders", "those 2 sums", "2 question marks"
    "leaders exercises marks".split())
"""Heads that are time, units of measure, parts of the call or words for ideas: "3 consecutive quarters", "two key
priorities", "4 reasons". A count in millions of days or nights is a volume ("6.9 million passenger cruise days",
"1.2 million room nights"), not a duration."""
# (not a period said after the noun: "we hired 164 producers this year" counts producers)
_OBJECT_AFTER = re.compile(r"\s+(?!(?:this|that)\s+(?:year|quarter|month|week|half|season|period|spring|summer|fall|autumn|winter)\b)"
                           r"(?:(?:a|an|the|about|roughly|approximately|around|that|this|our|us|we|you|it)\b|\d|[$€£¥])", re.I)
_NAMED_BEFORE = re.compile(r"(?:[^\s.]\s+[A-Z][\w&-]*|\b(?i:day|days|group|phase|level|tier|model|number|no\.|version|class|category|series|top|step|stage|gen|generation)"
                           r"(?:\s+\d{1,2}\s*(?i:and|or|&|to))?)\s*$")
"""A name's number, and the second of a pair of them: "Group 3", "stage 1 and 2 provisions", "tier 1 and 2 suppliers"."""
_SIZE_WORD = re.compile(r"\b(?:square|sq\.?|foot|feet|acres?|miles?|kilo\w+|mega\w+|giga\w+|volts?|watts?|inch(?:es)?|meters?|metres?|"
                        r"bed|room|story|storey|unit|seat|megawatt|ton|tonne|gallon|barrel|pound|ounce|hour|minute|day|week|month|year|percent)\b", re.I)
_PAIR_OF_FIRMS = re.compile(r"\b(?:between|combin\w*|merg\w*|join\w*|both)\s+(?:the\s+|our\s+|these\s+|those\s+)?$", re.I)
_WHOLE_SET = re.compile(r"\b(?:all|of\s+the|of\s+only|one\s+of|only)\s+$", re.I)
_RANKED = re.compile(r"\b(?:\w+est|most|top|first(?![-–]time)|last|next|past|prior|previous|consecutive|straight|remaining|additional\s+years?)\b", re.I)


_PER_SPAN = re.compile(r"\s+(?:a|per|each)\s+(?:day|week|month|year|quarter)\b", re.I)
AVERAGED = frozenset("trips rides journeys visits orders purchases transactions sessions streams downloads deliveries".split())
"""What one person does, averaged over a span: "takes 6.1 trips a month", "2.4 visits per week"."""


def averaged_count(s: str, q: Quantity, m) -> bool:
    """A count in tenths of what one person does over a span (`m` the plural after it): an average, not a volume."""
    return not q.scaled and "." in q.text and m.group(1).lower() in AVERAGED and _PER_SPAN.match(s, m.end()) is not None


def listed_count(s: str, q: Quantity):
    """`COUNT_AFTER`'s count noun after the figure, unless the words between give the size of each ("150,000 square
    foot warehouses", "10 year contracts")."""
    m = COUNT_AFTER.match(s, q.end)
    if (m is None and " of " in s[q.end:q.end + 4] and (part := _PART_OF.match(s, q.end)) and any(c.isdigit() for c in q.text)
            and not s.endswith(("all ", "All "), max(0, q.start - 4), q.start)):  # not "all 12 of our depots": the whole set
        m = COUNT_AFTER.match(s, part.end())  # "we shut 5 of the weakest branches", "in 27 of our plants": a part of the set counted
    if (m is not None and m.start(1) - q.end > 1 and _SIZE_WORD.search(s, q.end, m.start(1))
            and not (q.scaled and m.group(1).lower() in ("nights", "days"))):  # "312 million room nights": a volume of stays
        return None
    return m


_PART_OF = re.compile(r"\s+of\s+(?:the|our|its|their|these|those)(?=\s)", re.I)


def plural_count(s: str, q: Quantity):
    """The plural noun a bare number counts, where `COUNT_AFTER`'s list has none: the match (group 1 the head) or None."""
    v = q.value if q.value is not None else q.low  # "between 9,000 and 10,000 nodes": a range counts as its low end does
    if q.unit is not None or q.kind != "number" or v is None or v < 1 and not (v > 0 and s.startswith(" hours", q.end)):
        return None
    m = _PLURAL_AFTER.match(s, q.end)
    if m is None:
        return None
    head = m.group(1).lower()
    averaged = averaged_count(s, q, m)
    if _OBJECT_AFTER.match(s, m.end()) and not averaged:
        return None  # "232,000 implies about 63,000": a verb with its object, not a noun
    volume = q.scaled and head in ("days", "nights", "hours")
    if head in ("hours", "hour") and not q.scaled and "." in q.text and m.start(1) - q.end <= 1:
        return m  # "terminal dwell was 6.9 hours, 0.4 hours better": hours in tenths measure an operation, not a span of time
    if head in _NOT_COUNTED and not volume:
        return None
    if not q.scaled and "." in q.text and not averaged:
        return None  # things are counted in whole numbers: "the 6.18 programs" is a date; not "2.3 visits a month", an average
    before = s[max(0, q.start - 24):q.start]
    if head == "companies" and v <= 3 and _PAIR_OF_FIRMS.search(before):
        return None  # "between the 2 companies", "combining the two companies": the parties to a deal, not a count
    if _WHOLE_SET.search(before):
        return None  # "across all 3 businesses", "50 of the 68 universities", "one of only 37 companies": a set, not a figure
    if before.endswith(("'", "’", "-", "–")) or _NAMED_BEFORE.search(before):
        return None  # "'21 sales": a year; "the Boeing 787", "day 1 requirements", "Group 3": a name, not a count
    if _SIZE_WORD.search(s, q.end, m.start(1)):
        return None  # "100,000 square foot expansions", "135 kilowatt chargers": the size of each, not how many
    if _RANKED.search(s, q.end, m.start(1)) or re.match(r"\s*(?:[A-Za-z]+\s+)*?(?:years?|months?|weeks?)\b", s[q.end:m.start(1)]):
        return None  # "the 10 largest banks", "3 straight quarters"
    if not q.scaled and "," not in q.text and v == v.to_integral_value() and 1980 <= v <= 2049:
        return None  # "2026 deliveries": a year
    return m


# A rate per thing said right after a bare number ("0.61 per site per week", "about 31,000 a day", "11 gigabytes a
# month", "48 per shift"): the thing or span each is counted against; not money ("per share", "a share"), a time back
# ("a year ago") or a part of a hundred.
_RATE_AFTER = re.compile(
    r"(?:\s+(?:kilos?|kilograms?|kgs?|grams?|gigabytes?|GB|megabytes?|MB|terabytes?|TB|litres?|liters?|tonnes?|tons?|pounds?|lbs?)(?:\s+(?:gutted|net|gross|live))?)?"
    r"\s+(?:per\s+(?!(?:share|cent|percent|piece|annum|hundred|thousand|million|billion|mille)\b)(?P<per>(?:(?:available|active|average|working|paying|new)\s+)?[a-z][a-z-]*[a-z])"
    r"|(?:a|an|each)\s+(?P<span>day|week|month|year|night|shift|quarter|season)(?!\s+(?:ago|earlier|before|later|out|from|of)\b))\b(?!['’])", re.I)
# A rate named in the subject before its verb ("Shipments handled per person per day were 7.2", "Daily transactions per
# terminal averaged 64", "Average data use per smartphone user passed 11 gigabytes"), within the clause.
_RATE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|while|but)\s+)(?P<subj>[^,;:]{0,60}?\b(?:per\s+(?!share|cent)[a-z][a-z-]+|(?i:average|daily|weekly|monthly))\b[^,;:]{0,50}?)\s+"
    r"(?:was|were|is|are|averaged|reached|passed|topped|came\s+(?:in\s+)?(?:at|to)|stood\s+at|rose\s+to|fell\s+to|improved\s+to|climbed\s+to|increased\s+to)\s+"
    r"(?:(?:about|roughly|around|approximately|nearly|almost|just|over|under|close\s+to|more\s+than|just\s+(?:over|under))\s+)?$", re.I)
_RATE_NOT_COUNT = re.compile(
    r"\b(?:revenues?|sales|prices?|pricing|costs?|spend\w*|income|profits?|earnings|fees?|margins?|yields?|ebitda|values?|tickets?|checks?|"
    r"baskets?|wages?|salar\w+|dividends?|shares?|ratios?|returns?|ages?|life|tenure|scores?|days|time|dso|dio|dpo|leverage|coverage|"
    r"multiples?|occupancy|utili[sz]ation|load\s+factor|retention|churn|penetration|mix|conversion|attach|rates?|ARPU|ARPA|ADR|RevPAR|"
    r"cash|capex|capital|dollars?|euros?|pounds?\s+sterling|rents?|rental|premiums?|spreads?|returns?|growth|speeds?|temperatures?|"
    r"hours|minutes|weeks|months|years)\b", re.I)
_RATE_MONEY_VERB = re.compile(r"\b(?:earn\w*|cost\w*|charg\w+|pa(?:y|id|ys|ying)|spen[dt]\w*|price\w*|sell\w*\s+(?:it|them)\s+(?:at|for)|worth|makes?|made|save\w*)\s+(?:us\s+)?(?:about\s+|roughly\s+|around\s+)?$", re.I)


def per_unit_rate(q: Quantity, s: str) -> str | None:
    """The words that make a bare number a rate counted per thing or span ("0.61 per site per week", "Daily transactions
    per terminal averaged 64"), or None. Money, shares of a hundred, prices and spans of time are no such rate."""
    if q.unit is not None or q.kind != "number":
        return None
    v = q.value if q.value is not None else q.low
    if v is None or v <= 0 or q.scaled:
        return None  # (not "we spend 20 to 25 million per year on licences": millions said bare are mostly money)
    if not q.scaled and "," not in q.text and "." not in q.text and 1980 <= v <= 2049:
        return None  # a year
    if _RATE_MONEY_VERB.search(s, max(0, q.start - 30), q.start):
        return None  # "we earn 14 per passenger": money said without its sign
    if _OPENS_ON_IT.match(s, 0, q.start):
        return None  # "About 27,000 per day, Ana, ...": nothing named is counted (unless a question asked it)
    if s[q.end:q.end + 1] in "½¼¾⅓⅔" or _NOT_A_COUNT.search(s, _clause_start(s, q.start), q.start) or _SUPPOSED.search(s, _clause_start(s, q.start), q.start):
        return None  # "average weekly sales of over 52,000 per outlet", "infections at around 35,000 per day"
    m = _RATE_AFTER.match(s, q.end)
    if m is not None and (m.group("span") or m.group("per").lower() not in ("hour", "minute", "second", "watt", "dollar", "euro")):
        if " per " in s[q.end:q.end + 40] and _SPEED_PER.match(s, q.end):
            return None
        if _MODIFIER_NEXT.match(s, m.end()):
            return None  # "a 1,750 ton per day processing facility": the size of a plant, not what was done
        return s[q.start:m.end()]
    if "per " not in s and not any(w in s.lower() for w in ("average", "daily", "weekly", "monthly")):
        return None
    r = _RATE_SUBJECT.search(s, max(0, q.start - 120), q.start)
    if r is None or _RATE_NOT_COUNT.search(r.group("subj")):
        return None
    after = s[q.end:q.end + 20]
    if re.match(r"\s*(?:%|percent|basis|bps|points?|times|x\b|days|hours|minutes|years|months|weeks)", after, re.I):
        return None
    return r.group("subj").strip()


_SPEED_PER = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z]+s\s+per\s+(?:hour|minute|second|watt)\b", re.I)
_OPENS_ON_IT = re.compile(r"\W*(?:(?:so|well|yes|yeah|sure)\W+)?(?:(?:about|roughly|around|approximately|nearly|almost|just\s+(?:over|under)|over|under)\s+)?$", re.I)
# Words of the clause before a rate that make it money, a score, a size or others' statistic: "average weekly sales of over
# 52,000 per outlet" (the sign dropped), "banker productivity ... 415,000 per banker", "the average FICO was 702",
# "average well length was 9,300 feet", "infections at around 35,000 per day", "tourist arrivals ... 12,000 per day".
_NOT_A_COUNT = re.compile(
    r"\b(?:revenues?|sales|prices?|pricing|costs?|spend\w*|income|profits?|earnings|fees?|productivity|wages?|salar\w+|dividends?|"
    r"values?|tickets?|checks?|baskets?|rents?|premiums?|ARPU|ARPA|ADR|RevPAR|cash|capex|capital|dollars?|euros?|"
    r"FICO|scores?|tenors?|ages?|tenure|lengths?|sizes?|feet|foot|square|cases|infections?|deaths|vaccinations?|arrivals?|visitors?|"
    r"tourists?|population|unemployment|GDP|inflation)\b", re.I)
_MODIFIER_NEXT = re.compile(
    r"\s+(?!(?:in|at|for|by|during|over|through|across|and|or|but|compared|versus|vs|against|from|to|up|down|this|last|the|which|as|"
    r"with|on|so|since|of|while|now|today|ahead|above|below|more|less|than|average|respectively|each|both|per|when|where|after|before|"
    r"until|into|is|was|were|are|will|would|should|could|has|have|had|we|it|they|that|those|these|our|its|then|there|here|still|already|"
    r"again|currently|or|a|an|year|quarter|month|week|day|next|every|going|even|just|only|about|roughly|around|nearly|versus|gutted)\b)[a-z][a-z-]+\b")


def _clause_start(s: str, at: int) -> int:
    """Where the clause holding `at` begins: after the last comma, semicolon or colon within 90 characters, else 90 back."""
    lo = max(0, at - 90)
    cut = max(s.rfind(",", lo, at), s.rfind(";", lo, at), s.rfind(":", lo, at))
    return cut + 1 if cut >= 0 else lo
_SUPPOSED = re.compile(r"\b(?:if|unless|whether|once)\b[^,;.]*$", re.I)
"""'If we achieve 125 per wafer ...': a level supposed, not one reached."""
