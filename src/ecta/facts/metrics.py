"""Which metric a figure is of (`metric_for`), whether its clause names one at all (`carries_metric`,
`says_nothing_after`), and the pairs "respectively" makes (`respective_metrics`)."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from . import periods as P
from .guard import any_in, guarded
from .numbers import Quantity
from .taxonomy import COUNT_METRICS, DAYS_METRICS, MONEY_METRICS, NEGATING
from .sentences import clause_bounds
from .changes import SHARE_OF
from .nonfacts import is_money, sentence_hints
from ..fiscal_words import FISCAL


_HEAD_METRICS = frozenset({"gross_margin", "operating_margin", "ebitda_margin", "margin", "price", "tax_rate", "market_share", "roe", "roic",
                           "other"})
_HEAD_OF = re.compile(r"\s+(?:on|of|for|from|in)\s+(?:[\w&-]+\s+){0,4}", re.I)
_CHANGE_IN = re.compile(r"^\s*(?:increase|decrease|rise|decline|growth|improvement|reduction|drop|gain|jump)\s+(?:in\s+)?(?:our\s+|the\s+|total\s+|net\s+)?$", re.I)
""""on a 35% increase in revenues": the metric the change is of."""
_OWN_CHANGE = re.compile(r"\s+(?:(?:expected|anticipated|projected|forecast|estimated|likely|year-over-year|year-on-year|organic|underlying)\s+){0,2}"
                         r"(?:increase|decrease|rise|decline|growth|improvement|reduction|drop|fall|gain|jump|contraction|slowdown)\s+in\s+"
                         r"(?P<np>(?:(?:[a-z][\w'’-]*|[A-Z][A-Z&]+)\s+){0,5}?(?:[a-z][\w'’-]*|[A-Z][A-Z&]+))(?=\s*(?:[,;.]|$|\s(?:and|or|but|which|that|as|to|from|compared|"
                         r"versus|vs|driven|due|despite|offset|with|at|for|in|during|this|next|last|over|on|while|year|quarter|relative|against)\b))")
""""even with an 18% expected drop in housing starts": the figure's own noun phrase names what moved."""
_NOT_A_THING = frozenset("the our a an its their constant local currency currencies reported organic real terms basis total aggregate "
                         "absolute dollar dollars value percentage comparison line addition part".split())
_FOLLOW_LINK = re.compile(r"^\s*(?:(?:of|in|for|from|on)\s+)?(?:(?:the|our|total|net|new|additional|incremental|annual(?:ized)?|organic|adjusted|(?:local|constant)[-\s]currency|currency[-\s]neutral|non-GAAP|GAAP|quarterly|senior|unsecured|secured|convertible|year-over-year|year-on-year|sequential|contracted|committed|funded|unfunded|firm|signed|existing)\s+){0,3}$", re.I)
_NAMED_LINK = re.compile(r"^\s+of\s+(?:new\s+|additional\s+)?(?-i:[A-Z][\w&-]*\s+)$", re.I)
""""$400 million of EV orders", "$90 million of SaaS revenue": a name before the metric noun after an amount is still its
own (not "40% of DTC sales", a share)."""
_NAMED_OF = re.compile(r"\s+(?:of|was|were|at)\s+(?:about\s+|approximately\s+|roughly\s+)?", re.I)
_MARGIN_NAMES = frozenset({"margin", "gross_margin", "operating_margin", "ebitda_margin"})
_ADJECTIVES_GAP = re.compile(r"\s+(?:(?!(?:and|or|but|while|was|were|is|are|with|as|to|from|of|in|on|at|for|compared|versus|vs|than|by|which|that)\b)[A-Za-z][\w-]*\s+){1,3}")
_MORE_IN = re.compile(r"\s+(?:more|less|fewer|lower|higher|additional|extra)\s+in\s+(?P<n>cash|proceeds)\b(?!\s+(?:flows?|generat|from\s+operat|tax|interest|payments?|outlays?|costs?|spend|content|paid|basis|terms))", re.I)
_OF_PRETAX = re.compile(r"\s+of\s+(?:our\s+)?pre-?\s?tax\s+(?:income|earnings|profits?|book\s+income)\b", re.I)
_TAX_SHARE_BEFORE = re.compile(r"\btax(?:es)?\s+(?:expense|provision|benefit|charge)\s+as\s+a\s+percent(?:age)?\s+of\s+(?:our\s+)?pre-?\s?tax\s+"
                               r"(?:income|earnings|profits?)\b[^.;]{0,90}$", re.I)
_TAX_BEFORE = re.compile(r"\b(?:income\s+)?tax(?:es)?\s+(?:expense|provision|benefit|charge)\b|\btax(?:es)?\b[^.;]{0,40}?\bas\s+a\s+percent(?:age)?\b", re.I)
_OF_NOUN = re.compile(r"\s+of\s+(?:new\s+|additional\s+|common\s+|incremental\s+)?(equity|savings|synergies|proceeds|goodwill|intangibles|"
                      r"receivables|payables|insurance\s+recoveries)\b", re.I)
_OF_SAVINGS = re.compile(r"\s+(?:of|in)\s+(?:(?:new|additional|incremental|annual|annualized|yearly|run[-\s]rate|gross|net|total|pre-?tax|"
                         r"cost|expense|operating|procurement|SG&A|integration|funding|exit[-\s]rate)\s+){0,4}(?:savings|synergies|saves)\b", re.I)
"""'$48 million of cost synergies', '$60 million in annual run-rate synergies', 'CHF 700 million of treasury cost saves': what a
plan saves, not the cost line it saves on."""
_SAVINGS_OF = re.compile(r"\b(?:savings|synergies|saves)\s+(?:of|totall?ing|worth)\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|approximately\s+|over\s+)?$", re.I)
"""'funding saves of about 500 million': the plan's saving named before its amount, not a line said earlier in the sentence."""
_BUYERS_OF = re.compile(r"\s(?:from|with|to|among|across)\s+(?:(?!(?:was|were|is|are|and|or)\b)[\w-]+\s+){0,3}$", re.I)
_THING_WORDS = ("investment", "facility", "loan", "note", "bond", "program", "grant", "settlement", "commitment", "contract",
                "award", "donation", "fine", "judg")
_THING_AFTER = re.compile(r"\s+(?:(?:initial|total|upfront|cumulative|capital|equity|term|revolving|senior|new)\s+)?"
                          r"(?:investment|investments|infrastructure\s+investment|facility|loan|notes|bonds?|program|programme|grant|settlement|"
                          r"commitment|contract|award|donation|fine|judgment|judgement)\b", re.I)
_CREDIT_WORDS = ("availab", "undrawn", "unused", "untapped", "capacity", "credit", "revolv", "bank line")
_CREDIT_LINE_AFTER = re.compile(
    r"\s+(?:of|in)\s+(?:(?:total|cash(?:\s+and\s+(?:cash\s+)?equivalents)?\s+and|additional|remaining|undrawn|unused|untapped|available|"
    r"approved|committed|borrowing|credit|revolver|revolving)\s+){0,4}?(?P<line>availability|(?:borrowing|credit|revolver|revolving|lending)\s+capacity|"
    r"(?:(?<=undrawn\s)|(?<=unused\s)|(?<=untapped\s))(?:credit\s+lines?|revolver|(?:revolving\s+)?credit\s+facilit(?:y|ies)|lines?\s+of\s+credit)|"
    r"(?<=available\s)(?:borrowing(?:s|\s+capacity)?|liquidity))"
    r"|\s+(?:(?:unsecured|secured|committed|undrawn|untapped|unused|revolving|senior|syndicated|bank|asset-based|multi-?year|new|existing)\s+){0,3}"
    r"(?P<fac>revolvers?|(?:revolving\s+)?credit\s+(?:facilit(?:y|ies)|lines?|agreements?)|lines?\s+of\s+credit|(?<=bank\s)lines?)\b"
    r"|\s+(?:of|in)\s+cash(?:\s+and\s+(?:cash\s+)?equivalents)?\s+and\s+(?:(?:existing|available|undrawn|unused|committed|our)\s+)?"
    r"(?P<sum>(?:revolving\s+)?credit\s+(?:facilit(?:y|ies)|lines?)|revolvers?|lines?\s+of\s+credit)"
    r"|(?:\s+(?:still|currently|now|remaining))?\s+(?P<free>available|undrawn|unused|untapped)(?:\s+(?:to\s+(?:us|draw|borrow)|for\s+borrowings?))?"
    r"\s+(?:under|on|through|from|in)\s+(?:our|the|its|a|an|that|this)\s", re.I)
""""$350 million of availability on our revolver", "$400 million available under our revolver", "$900 million in cash
and available borrowing capacity": what a credit line still lends (with the cash, where both are summed) is liquidity."""
_SAVINGS_AFTER = re.compile(r"(?:\s+(?:run[-\s]rate|annual|annualized))?\s+(?:savings|synergies|saves)\b", re.I)
_SHARE_BASE = re.compile(r"(?:%|percent|per\s+cent)\s+of\s+(?:our\s+|the\s+|total\s+|net\s+)*$", re.I)


def named_other(picked: tuple) -> bool:
    """An industry measure the taxonomy names as `other` ("RevPAR", "the average cost of a buydown"): a segment named
    before it does not make it segment revenue."""
    return len(picked) == 4 and bool(picked[1]) and picked[1].lower() not in ("other",)


# Words that can stand in a clause before a figure without naming a metric of their own: "For the first quarter,
# we expect about 21%" carries the metric of the sentence before; "Tariffs cost us $2 million" does not.
_CARRY_WORDS = frozenset("""
a an the this that it its ago these those which and or but so for in on of at by to from with as than versus vs over under
we we'd we'll we're i you they our us now then also still again just only roughly about approximately around nearly almost
close some another further more less up down flat higher lower is are was were be been being will would should could may
might can expect expects expected expecting anticipate anticipates see sees guide guiding guided forecast project projected
assume assuming estimate think believe plan planning look looking target targeting continue continues remain remains
stay stays come comes came in land landed end ended ending finish finished reached reaching range ranging sit sitting
quarter quarters year years half month months period full fiscal first second third fourth next last prior previous
current same comparable this year-over-year sequentially sequential year-on-year basis excluding including ex impact
item items one-time discrete that's it's there there's rate level around between similar back both each respectively
increased decreased grew rose fell declined improved was up down slightly modestly somewhat meaningfully
have has had gaap non-gaap adjusted reported million billion thousand midpoint mid-point new updated raised compares compared against january february march april may june july august september october november december
""".split())
_EXCLUDED = re.compile(r"\b(?:excluding|exclud(?:es|e|ed)|ex|net\s+of|adjusting\s+for|absent|without)\s+(?:the\s+|that\s+|this\s+|an?\s+)?(?:[\w-]+\s+){0,1}$", re.I)
""""Excluding the inventory charge, it was 45.1%": the words name what was taken out, not the figure's metric."""
_EXCLUDES_CLAUSE = re.compile(r"\b(?:(?:which|that)\s+exclud\w*|excluding)\s[^,;]{0,80}(?=[,;])", re.I)
""""adjusted EPS, which excludes amortization and pension income, was $3.78": the words name what was taken out."""
_EXCLUDING_LIST = re.compile(r"\bexcluding\s(?:(?!,\s*(?:our|its|their|the|which|that|i\.e\.|we|I|they)\s)[^;.]){0,240}?(?=,\s*(?:is|are|was|were|will|would|should|could|came|comes|come|totaled|totalled|"
                             r"remains?|remained|stood|reached|rose|fell|grew|increased|decreased|declined)\b)", re.I)
""""core EPS, excluding amortization, deal fees and a pension true-up, should land near ...": the whole list is left
out, up to where the sentence takes up its subject again."""
_ASIDE_WORDS = ("defined as", "lated as", "sured as", "puted as", "based on", "which is what", "meaning ", "i.e.")
_ASIDE = re.compile(r"\b(?:defined|calculated|measured|computed)\s+as\s(?:[^,;.]|\.(?=\d)){0,120}?(?=\s+(?:was|were|is|are|came|totaled|totalled|amounted|reached)\b|[,;])"
                    r"|,\s+(?:which\s+is\s+what|meaning|i\.e\.,?)\s(?:[^,;.]|\.(?=\d)){0,160}?(?=,)"
                    r"|\bbased\s+on\s+(?:the\s+(?:mid-?point|(?:high|low|top|bottom)\s+end)\s+of\s+)?(?:our|the)\s+(?:[\w&-]+\s+){0,3}?"
                    r"(?:guidance|guide|outlook|forecast|plan)\b[^,;.]{0,30}(?=,)", re.I)
""""Free cash flow, calculated as cash from operations net of capex, totaled ...", "store margin, which is what is left
after food and labor, was ...", "near $90 million based on the low end of our profit outlook, or $40 million below ...":
what a measure is made of, or the guide it rests on, names no figure of it."""
_BEFORE_ITEM = re.compile(r"\s+before\s+", re.I)
_EXCLUDING_PHRASE = re.compile(r"\b(?:excluding|ex|absent|without|net\s+of|adjusting\s+for|adjusted\s+for|before)\b[^,;]{0,60},", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


_RATIO_OF_BEFORE = re.compile(r"\bratio\s+of\s+(?:about\s+|roughly\s+|approximately\s+)?$", re.I)


def says_nothing_after(s: str, q: Quantity) -> bool:
    """True when the clause after the figure names no subject either ("Think of it as 21% to 22%.")."""
    _, cend = clause_bounds(s, q.start)
    return all(w.lower() in _CARRY_WORDS for w in _WORD.findall(s, q.end, cend))


def carries_metric(s: str, q: Quantity) -> bool:
    """True when nothing in the clause before the figure names a subject of its own."""
    cstart, _ = clause_bounds(s, q.start)
    head = s[:q.start] if cstart and not _WORD.search(s, cstart, q.start) else s[cstart:q.start]
    head = _EXCLUDING_PHRASE.sub(" ", head)
    for w in _WORD.findall(head):
        low = w.lower()
        if low in _CARRY_WORDS or P.find_cues(w):
            continue
        return False
    return True


_RATIO_BASES = (MONEY_METRICS - {"revenue", "segment_revenue"}) | {"price"}  # shares of revenue have rules of their own (SHARE_OF)
_VOLUME_BASE = re.compile(r"(?:gross\s+)?(?:bookings|merchandise\s+(?:volume|value)|transaction\s+(?:volume|value))|GMV|GTV|GBV|TPV", re.I)
_COST_LINES = frozenset({"operating_expenses", "research_and_development", "sales_and_marketing", "general_and_administrative"})
"""A platform's volume as the base of a cost line's ratio ("Marketing came to 3.2% of gross bookings"), as revenue is of
a seller's; revenue over the volume (a take rate) stays the volume's `other`."""
_BASE_BEFORE = re.compile(r"(?:%|percent|per\s+cent|basis\s+points?|bps|bp|points?|times|x)\s+of\s+(?:(?:the|our|its|total|average|"
                          r"avg\.?|net|gross|group|annualized|trailing|period-end|ending)\s+)*$", re.I)


_PART_BASE_BEFORE = re.compile(r"(?:%|percent|per\s+cent|basis\s+points?|bps|points?)\s+of\s+(?:(?:the|our|its|average|net)\s+)*"
                               r"(?:(?!(?:total|group|company|consolidated|overall)\b)[\w&'’-]+\s+){1,3}$", re.I)
""""12% of store sales", "3.4% of automotive revenue": a part's sales as the base of a ratio (a cost line's, a channel's
share), not the figure's metric; a part's share of the whole ("28% of our net sales") is the part's revenue."""


_SIZE_CLASS = re.compile(r"\b(?:above|over|more\s+than|at\s+least|greater\s+than|exceeding)\s+\$[\d.,]+\s*(?:[kKmM]\b|thousand|million|billion)?"
                         r"(?:\s+or\s+more)?\s+(?:in|of)\s+(?:annual\s+)?$", re.I)
""""customers above $100,000 in ARR", "clients with more than $1 million of revenue": a size class of a count."""
_PER_BEFORE = re.compile(r"\bper\s+(?:[\w-]+\s+)?$", re.I)
_THAN_BEFORE = re.compile(r"\b(?:than|ahead\s+of|outpac(?:ed|ing|es))\s+(?:(?:that\s+of|the|our|your|its)\s+)?$", re.I)


_PART_LOSS = re.compile(r"\b(?:segment|division|business|unit)\s+(?:had|posted|reported|recorded|incurred|generated|saw)\s+"
                        r"(?P<v>an?\s+(?:(?:small|modest|slight)\s+)?loss)\s+of\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$", re.I)


def metric_for(q: Quantity, s: str, cues: list[tuple[int, int, str, str]], qs: list[Quantity]) -> tuple[str, str, int, int] | None:
    picked = _metric_for(q, s, cues, qs)
    if (is_money(q.unit) and q.scaled and "loss" in s and (lost := _PART_LOSS.search(s, max(0, q.start - 60), q.start)) is not None
            and not item_loss(s, q)):
        # "revenue was $74 million, while the segment posted a loss of $10 million": a part's loss is its operating result
        return "operating_income", lost.group("v"), lost.start("v"), lost.end("v")
    if is_money(q.unit) and " in " in s[q.end:q.end + 20] and (own := _MORE_IN.match(s, q.end)) is not None:
        # "debt about the same, $45 million more in cash", "$35 million less in proceeds": the figure's own noun, not a list's first
        return ("cash" if own.group("n").lower() == "cash" else "other"), own.group("n"), own.start("n"), own.end("n")
    if (q.unit == "%" and "tax" in s and " of pre" in s[q.end:q.end + 8] and _OF_PRETAX.match(s, q.end)
            and _TAX_BEFORE.search(s, max(0, q.start - 90), q.start)):
        return "tax_rate", "tax", q.start, q.start  # "$7 million of tax, 15.3% of pretax earnings": the rate
    if q.unit == "%" and "tax" in s and "pre" in s and _TAX_SHARE_BEFORE.search(s, 0, q.start):
        return "tax_rate", "tax", q.start, q.start  # "our tax provision as a percentage of pretax earnings was 12%": the rate
    cents = is_money(q.unit) and not q.scaled and "." in q.text and abs(q.value if q.value is not None else q.low or 0) < 100
    if picked is not None and cents and (picked[0] == "other" and _FFO.search(picked[1])
                                         or picked[0] in ("net_income", "operating_income") and _EARNINGS.fullmatch(picked[1])
                                         and not _DRIVER_WORDS.search(s, max(0, picked[2] - 30), picked[2])
                                         and not _BY_BEFORE.search(s, max(0, q.start - 12), q.start)):
        # "FFO came to $2.07", "operating earnings of $0.93", "a net loss of $0.21": dollars and cents of
        # earnings are earnings per share
        return ("eps", *picked[1:])
    if (picked is not None and picked[0] == "revenue" and s[picked[3]:picked[3] + 1] == " "
            and (buyers := _BUYER_GROUP.match(s, picked[3])) is not None):
        # "sales to our trade customers rose 11%", "revenue from enterprise clients": a group of buyers' sales are a part's
        return "segment_revenue", s[picked[2]:buyers.end()], picked[2], buyers.end()
    if ((picked is None or picked[0] == "revenue" and picked[2] >= q.end) and q.unit == "%" and " of " in s[q.end:q.end + 5]
            and (part := _part_share(q, s, cues)) is not None):
        return part  # ("accounts for 38% of segment revenue": the sales named after the share are its base, not its metric)
    if picked is None and q.unit == "%" and "than" in s[q.end:q.end + 16] and _FASTER_THAN.match(s, q.end):
        return "other", "outgrowth", q.start, q.start  # "we grew about 4 points faster than production": growth over a market
    if picked is None and not cues and cents and not _PER_AFTER.match(s, q.end):
        if (q.low is not None or _RANGE_END.search(s)) and _GUIDE_WORD.search(s):
            # "our guidance is now $5.35 to $5.55", "we're raising the low end of our range to $6.35": a guided range (or
            # its end or midpoint) in dollars and cents that names no metric is EPS
            return "eps", "guidance", q.start, q.start
        if (street := _STREET.search(s, max(0, q.start - 40), q.start)) is not None:
            return "eps", street.group(0), street.start(), street.end()  # "well ahead of consensus at $10.42": the Street's EPS
        if (earned := _EARNED.search(s, max(0, q.start - 40), q.start)) is not None:
            return "eps", earned.group("v"), earned.start("v"), earned.end("v")  # "this quarter we earned $1.07": what the company earned, per share
    if (picked is None and not cues and is_money(q.unit) and not q.scaled and "mid" in s and q.value is not None and abs(q.value) < 100
            and (_MIDPOINT_BEFORE.search(s, max(0, q.start - 40), q.start) or _MIDPOINT_AFTER.match(s, q.end))):
        # "our earlier model midpoint of $2.80", "the $3 midpoint": the midpoint of a range in dollars and cents that names
        # no metric is of an EPS range, as the range is (a midpoint is said of a guided range only)
        return "eps", "midpoint", q.start, q.start
    if picked is None and q.scaled and is_money(q.unit) and "loss" in s and not any(c[0] < q.start for c in cues) and not item_loss(s, q):
        if (lost := _REPORTED_LOSS.search(s, max(0, q.start - 48), q.start)) is not None:
            return "net_income", lost.group("v"), lost.start("v"), lost.end("v")  # "we recorded a loss of $15 million": the company's result
    return picked


_GROWTH_BEFORE = re.compile(r"\b(?P<w>[\w-]+\s+)?(?P<g>growth)\s+(?:rate\s+)?(?:of|at|in\s+the|to|was|is|would\s+be|will\s+be|should\s+be)\s+"
                            r"(?:(?:about|approximately|roughly|around|nearly|almost|just|over|under|some|close\s+to|more\s+than|less\s+than|"
                            r"a\s+little\s+(?:over|under)|an?)\s+)*$", re.I)
_GROWTH_AFTER = re.compile(r"\s+(?P<g>growth)\b(?!\s+(?:in|of|for|from)\s+(?!the\s+(?:quarter|year|half|period|full\s+year|midpoint)\b))", re.I)
_OFF_A_BASE = re.compile(r"\s+(?:off|from|on)\s+(?:(?:the|our|last\s+year's|this\s+year's)\s+)?(?:[$€£¥]|[A-Z]{3}\s?\d)", re.I)
_GROWTH_LEAD = re.compile(r"\W*(?:(?:and|so|now|then|just|also|okay)\s*,?\s+)*(?:for|on|in|within|as\s+for)\s+(?P<x>[^,;.]{1,50}),", re.I)
_RANGE_WORDS = ("guid", "range", "outlook", "midpoint", "mid-point")
_CENTS = re.compile(r"[$€£]\d+\.\d\d\b(?!\s*(?:million|billion|thousand|[mbk]n?\b))", re.I)
_A_PART_WORD = re.compile(r"\b(?:segments?|divisions?|business(?:es)?|units?|brands?|regions?|franchises?|verticals?|respective(?:ly)?)\b", re.I)
_GROWTH_WORDS = frozenset("implied expected reported total overall annual annualized guided targeted underlying implies imply implying "
                          "expecting delivered delivering deliver drove driving drive saw seeing assumes assume assuming".split())


def bare_growth(q: Quantity, s: str, cues: list[tuple[int, int, str, str]]) -> tuple[str, str, int, int] | None:
    """"our outlook implies growth of about 12%", "roughly 8% growth at the midpoint": growth that names no measure, in a
    clause that names none, is the company's sales growth (the top line is what a call's growth means unqualified);
    "market growth", "EPS growth" and "12% growth in subscribers" name their own."""
    cstart, cend = clause_bounds(s, q.start)
    if any(c[0] < cend for c in cues) or _OFF_A_BASE.match(s, q.end):
        return None  # (a measure named earlier in the sentence, or "growth of 7% to 8% off $4.47", an EPS base, is whose growth it is)
    if not any_in(s.lower(), _RANGE_WORDS) or _A_PART_WORD.search(s) or _CENTS.search(s):
        # read only against the company's own range ("our outlook implies growth of about 12%"); unqualified growth said
        # of anything else is as often a market's, a product's or a region's ("Brazil led with 9% growth"); "the
        # low-teens growth we plan for the division" is a part's; beside dollars and cents, EPS's
        return None
    if (lead := _GROWTH_LEAD.match(s)) is not None and not P.find_cues(lead.group("x")):
        return None  # "For pays per control, we're assuming growth of 1% to 1.5%": the lead names whose growth it is
    m = _GROWTH_BEFORE.search(s, max(cstart, q.start - 70), q.start)
    if m is not None:
        w = (m.group("w") or "").strip().lower()
        if w and w not in _CARRY_WORDS and w not in _GROWTH_WORDS and not P.find_cues(w) and not w.endswith(("quarter", "year", "half", "month")):
            return None  # "market growth of 4%": the words before name whose growth it is
    else:
        m = _GROWTH_AFTER.match(s, q.end)
        if m is None:
            return None
    return "revenue", "growth", m.start("g"), m.end("g")


_BUYER_GROUP = re.compile(r"\s+(?:to|from|with)\s+(?:our\s+|the\s+|its\s+)?(?!(?:our|the|its|all|total|other)\b)(?:[\w&-]+\s+){1,2}?"
                          r"(?:customers|clients|owners|buyers|consumers|members|accounts|shoppers)\b", re.I)
_MIDPOINT_BEFORE = re.compile(r"\bmid-?point\s+(?:of\s+(?:our|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:range|guidance|outlook|guide)\s*,?\s*(?:(?:is|was|at|of)\s+)?|"
                             r"(?:of|at|is|was|to|near)\s+)?(?:(?:about|approximately|roughly|around)\s+)?$", re.I)
_MIDPOINT_AFTER = re.compile(r"\s+mid-?point\b", re.I)
_PROCEEDS_BEFORE = re.compile(r"\b(?:proceeds|receipts?)\s+(?:of|(?:were|was|totaled|totalled|came\s+to)|(?=\$))\s*"
                              r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+|around\s+)?$", re.I)
_PAID_BEFORE = re.compile(r"\b(?:(?:total|aggregate|average|weighted[-\s]average)\s+)?(?:cost|price|purchase\s+price|outlay)\s+(?:paid\s+)?(?:of\s+)?"
                          r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|just\s+(?:over|under)\s+)?$", re.I)


_REPORTED_LOSS = re.compile(r"\b(?:we|the\s+company)\s+(?:reported|recorded|posted|had|incurred)\s+"
                            r"(?P<v>an?\s+(?:(?:(?:first|second|third|fourth)[-\s]quarter|full[-\s]year|(?:first|second)[-\s]half|half[-\s]year|nine[-\s]month|quarterly|annual)\s+)?loss)\s+of\s+"
                            r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|just\s+(?:over|under)\s+)?$", re.I)


_SALES_SHARE_AFTER = re.compile(r"\s+of\s+(?:(?:our|the|its|total|group|net|company|consolidated|overall|all|company-wide)\s+)*"
                                r"(?:(?!(?:costs?|expenses?|income|profits?|earnings|cash|assets|capital|loans|deposits)\b)[A-Za-z][\w&'’-]*\s+){0,2}?"
                                r"(?:(?:net\s+)?(?:sales|revenues?)|business|company|group(?!['’])|total(?=\s*(?:[,.;]|$|\s+(?:in|for|at|and|by|of)\b))|"
                                r"segment(?:['’]s\s+(?:net\s+)?(?:sales|revenues?))?)\b(?!\s+(?:growth|increase|decline|margin))", re.I)
_EFFECT_STEMS = ("impact", "hurt", "cut", "reduc", "lower", "boost", "lift", "affect", "preserv", "conserv")
_EFFECT_ON_SALES = re.compile(r"\b(?:impact(?:ed|s)?|hurt|cut|reduc(?:ed|es)|lower(?:ed|s)|boost(?:ed|s)?|lift(?:ed|s)?|affect(?:ed|s)?)\s+"
                              r"(?:our\s+|the\s+|its\s+)?(?:net\s+|total\s+|reported\s+)?(?:sales|revenues?)\s+by\s+"
                              r"(?:about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|around\s+)?$", re.I)
_A_PROFIT_AFTER = re.compile(r"\s+(?:net\s+)?profit(?!\s+(?:improvement|increase|decrease|decline|swing|growth|uplift|impact|contribution|"
                             r"margins?|pools?|shar(?:e|ing)|centers?|before|from|on|per|opportunit))\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:(?:record|net|small|modest|quarterly)\s+)?$", re.I)
""""We posted a $41 million profit in the quarter": the company's result said as an amount before "profit", its net income
(not "a $92 million profit improvement", a change, nor "a $5 million profit on the sale", an item)."""
_OF_WORD = r"(?!(?:and|or|but|was|were|is|are|be|which|that|to|from|by|with|as|than|at|on|for|per|compared|versus|vs|during|over|after|before|while|a|an|we|our|this|it)\b)[\w&'’-]+"
_OWN_OF_PHRASE = re.compile(rf"\s+(?:of|in)\s+(?:{_OF_WORD}\s+){{1,4}}", re.I)
""""$2.9 billion in outstanding debt": words that qualify the metric named after an amount, not a clause of their own."""
_SUBJECT_LINK = re.compile(r"\s+(?:[\w&'’-]+\s+){0,5}?(?:totaled|totalled|was|were|came\s+to|reached|amounted\s+to)\s+"
                           r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?", re.I)
""""Awards in the quarter totaled $4.1 billion of lifetime revenue": the subject the verb gives the amount is its metric."""
_PREV_OF_NOUN = re.compile(rf"\s+(?:of|in)\s+(?:{_OF_WORD}\s+){{0,4}}", re.I)
_LIST_STEP = re.compile(r"\s*(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+)(?:(?:about|approximately|roughly|around|nearly|some|another|an\s+additional|a\s+further)\s+)?", re.I)
_ITEM_TAIL = re.compile(r"\s+(?:(?:mainly|mostly|largely|primarily|partly)\s+)?(?P<np>(?:of|in|for|related\s+to|tied\s+to|from)\s+[\w&'’-]+(?:\s+[\w&'’-]+){0,4}?)"
                        r"(?=\s*(?:[,;.]|$|\s(?:and|or|plus|in\s+the|during|this|last|for\s+the|as|which|that)\b))", re.I)


def _neighbours_noun(q: Quantity, s: str, before: list[tuple[int, int, str, str]], qs: list[Quantity],
                     cues: list[tuple[int, int, str, str]]) -> tuple[str, str, int, int] | None:
    """"$84 million of buybacks, $29 million in quarterly dividends and $6 million for small stakes": in a list of
    amounts each with its own words, the noun of the item before is not this item's metric; the item's own words are
    (they name a metric where the taxonomy knows them, else it is `other`)."""
    c = before[-1]
    owner = [o for o in qs if o.end <= c[0]][-1:]
    if not owner or not _PREV_OF_NOUN.fullmatch(s, owner[0].end, c[0]):
        return None
    pos = c[1]
    for o in (o for o in qs if c[1] <= o.start and o.end <= q.start):  # items between: each a figure with words of its own
        if not _LIST_STEP.fullmatch(s, pos, o.start) or (step := _ITEM_TAIL.match(s, o.end)) is None:
            return None
        pos = step.end()
    if not _LIST_STEP.fullmatch(s, pos, q.start):
        return None
    tail = _ITEM_TAIL.match(s, q.end)
    if tail is None:
        return None
    named = [c for c in cues if tail.start("np") <= c[0] and c[1] <= tail.end("np")]
    if named:  # "and $16 million related to stock-based compensation": the item's own words name a metric
        return named[-1][2], named[-1][3], named[-1][0], named[-1][1]
    return "other", tail.group("np"), tail.start("np"), tail.end("np")


def _effect_said_before(q: Quantity, s: str, qs: list[Quantity]) -> tuple[str, str, int, int] | None:
    """The effect on sales of the amount before, when only time words and "and"/"another" lie between the two."""
    prev = [o for o in qs if o.end <= q.start][-1:]
    if not prev or not is_money(prev[0].unit) or not all(w.lower() in _CARRY_WORDS or w.lower() == "date" for w in _WORD.findall(s, prev[0].end, q.start)):
        return None
    p = prev[0]
    eff = (_SALES_EFFECT_BEFORE.search(s, max(0, p.start - 90), p.start)
           or (_SALES_LOST_AFTER.match(s, p.end) if _SALES_EFFECT_VERB.search(s, max(0, p.start - 40), p.start) else None))
    return None if eff is None else ("other", eff.group(0).strip(), eff.start(), eff.end())


_NEXT_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+|with\s+)?|;\s*|\s+and\s+)(?:the\s+|our\s+|its\s+)?", re.I)
_OWN_SUBJECT_MOVED = re.compile(r"(?:^|[,;:]\s*|\b(?:expect|see|saw|had|with|and)\s+)(?P<np>(?!(?:we|it|they|this|that|which|and|but|so|the|our)\b)"
                                r"[a-z][\w'’-]*(?:\s+(?!(?:was|were|is|are|will|should|be)\b)[a-z][\w'’-]*){0,2})\s+(?:(?:was|were|is|are|will\s+be|should\s+be)\s+)?"
                                r"(?:down|up|flat|higher|lower)\s+(?:(?:in\s+the|by|about|roughly|approximately|some|around)\s+)?$", re.I)
_SALES_EFFECT_BEFORE = re.compile(r"\b(?:revenues?|(?:net\s+)?sales|top[-\s]?line)\s+(?:impacts?|headwinds?|tailwinds?|hits?|benefits?|drag|shortfalls?|"
                                  r"effects?)\s+(?:of\s+|(?:of|from)\s+[^,;$%\d]{3,60}?\s+(?:was|were|is|came\s+to|totaled|totalled|amounted\s+to|of)\s+)"
                                  r"(?:about\s+|approximately\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+)?$", re.I)
_SALES_EFFECT_VERB = re.compile(r"\b(?:lost|lose|loses|losing|cost(?:s|ing)?\s+(?:us|the\s+company)|impacted\s+by|hurt\s+by|missed|forg(?:o|one|went))\s+"
                                r"(?:(?:about|approximately|roughly|around|some|nearly|almost|over|more\s+than|an\s+estimated|another|a\s+further)\s+)?$", re.I)
_SALES_LOST_AFTER = re.compile(r"\s+(?:of|in)\s+(?:(?:our|the)\s+)?(?:(?:lost|foregone|forgone|missed|potential)\s+)?(?:net\s+)?(?:revenues?|sales)\b", re.I)
_CASH_KEPT = re.compile(r"\b(?:preserv(?:ed|es|ing)|conserv(?:ed|es|ing))\s+(?:about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|around\s+)?$", re.I)
_FASTER_THAN = re.compile(r"\s+(?:faster|slower)\s+than\b", re.I)
_NP = r"(?P<np>[A-Za-z][\w&'’-]*(?:\s+(?:and\s+|&\s+)?[A-Za-z][\w&'’-]*){0,3}?)"
_SHARE_VERB_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:and|while|but)\s+|\b(?:and|while|but)\s+)\W*(?:(?:and|so|now|but|also|today|overall|together)\s*,?\s+)*(?:(?:the|our|its)\s+)?"
    + _NP + r"(?:\s*,\s*which(?:\s+(?:now|still|alone|together))?|(?:\s+(?:now|still|alone|together|also))*)\s+"
    r"(?:(?:is|are|was|were)(?:\s+(?:now|still))?(?:\s+our\s+(?:largest|biggest|second[-\s]largest|smallest|fastest[-\s]growing)\s+[\w-]+\s+at)?|"
    r"(?:make|makes|made|making)\s+up|account(?:s|ed)?\s+for|represent(?:s|ed)?|comprise[sd]?|came\s+to|reached|stood\s+at)\s+"
    r"(?:about\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|around\s+|just\s+(?:over|under)\s+|well\s+(?:over|under)\s+|"
    r"more\s+than\s+|less\s+than\s+|over\s+|under\s+|some\s+)?$", re.I)
_NOT_A_SUBJECT = re.compile(r"^(?:it|that|this|these|those|we|they|which|what|there|he|she|you|i|each|all|both|one|some|most)$|"
                            rf"^(?:the\s+)?(?:first|second|third|fourth|last|next|{FISCAL})\b|\b(?:quarter|half|year|month|season|week|period|"
                            r"costs?|expenses?|labou?r|wages?|rent|freight|occupancy|tax|taxes|payroll|depreciation|amortization|interest|currency|"
                            r"price|pricing|volume|mix|growth|inflation|margin|profit|income|earnings|cash|capex|spend(?:ing)?|investment|"
                            r"returns?|buybacks?|dividends?|compensation|benefits|salaries|penetration|own[-\s]brand|private[-\s]label|"
                            r"share|stake|ownership|shares|cards?|tender|purchased|transportation|fuel|materials|maintenance|insurance|claims|utilities|"
                            r"supplies|delivery|penetration)s?\b", re.I)


def _part_share(q: Quantity, s: str, cues: list[tuple[int, int, str, str]]) -> tuple[str, str, int, int] | None:
    """"Footwear, which is 58% of our business", "Asia now makes up about 21% of the company": a share of the
    company's sales whose subject is a part (a product, channel, region or customer group) is that part's sales;
    a cost line's share ("Labor was 31.2% of sales") and a period's ("the fourth quarter is about 30% of the year") are not."""
    if _SALES_SHARE_AFTER.match(s, q.end) is None:
        return None
    lead = q.start + len(q.text) - len(q.text.lstrip("abcdefghijklmnopqrstuvwxyz ")) if q.text[:1].isalpha() else q.start
    subj = _SHARE_VERB_BEFORE.search(s, max(0, q.start - 110), lead)
    if subj is None or _NOT_A_SUBJECT.search(subj.group("np")):
        return None
    if any(subj.start() <= c[0] < q.start and c[2] not in ("revenue", "segment_revenue", "customers") for c in cues):
        return None  # the clause names a measure of its own
    return "segment_revenue", subj.group("np"), subj.start("np"), subj.end("np")


_PART_MOVED = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:and\s+|while\s+|but\s+|whereas\s+)?|\b(?:and|while|but|whereas)\s+)(?:(?:the|our|its)\s+)?" + _NP
    + r"(?:\s+(?:both|also|again|each|alone|itself|was|were|is|are|came\s+in|ended|finished))*\s+"
    r"(?:grew|rose|gained|increased|climbed|jumped|(?:was|were)\s+up|up|fell|declined|decreased|dropped|slipped|(?:was|were)\s+down|down)"
    r"(?:\s+(?:by|about|roughly|approximately|nearly|almost|some|in\s+the|a\s+strong|a\s+solid))*\s+$", re.I)
_FUNCTION_WORDS = frozenset("and or but so then also was were is are has had have it its which who that as with from "
                            "by at in on of to for up down again still now revenue sales".split())
_APPOSITIVE_MOVED = re.compile(
    r"\W*(?:(?:the|our|its)\s+)?" + _NP + r"\s*,\s*which\s+[^,;]{3,80},\s+(?:(?:also|again|then)\s+)?"
    r"(?:grew|rose|gained|increased|climbed|jumped|was\s+up|were\s+up|fell|declined|decreased|dropped|slipped|was\s+down|were\s+down)"
    r"(?:\s+(?:by|about|roughly|approximately|nearly|almost|some|in\s+the))*\s+$", re.I)
""""Outerwear, which is 41% of our business, grew 6%": the move of the part the appositive described."""
_NOT_A_MOVER = re.compile(r"\b(?:volumes?|traffic|orders?|shipments?|units?|tons?|tonnes?|barrels?|ounces?|customers?|members?|users?|"
                         r"subscribers?|accounts?|employees?|headcount|stores?|visits?|transactions?|ticket|check|basket|"
                         r"market|industry|production|demand|weather|currency|FX|pricing|price|prices|mix|inflation|costs?|expenses?|"
                         r"margins?|earnings|income|profits?|EBITDA\w*|EPS|cash|debt|capex|backlog|bookings|pipeline|rate|rates|yield|"
                         r"it|this|that|they|we|which|everything|everyone|both|all|each|total|growth|comps?|comparable)\b", re.I)


def part_move(q: Quantity, s: str, cues: list[tuple[int, int, str, str]]) -> tuple[str, str, int, int] | None:
    """"Footwear, which is 62% of our business, grew 8%, while apparel grew 3%": after the sales of the company or of a
    part in the same sentence, a move whose subject names nothing the taxonomy knows is the next part's sales."""
    if q.unit != "%":
        return None
    lead = q.start + len(q.text) - len(q.text.lstrip("abcdefghijklmnopqrstuvwxyz ")) if q.text[:1].isalpha() else q.start
    m = (_PART_MOVED.search(s, max(0, q.start - 80), q.start) or (_PART_MOVED.search(s, max(0, q.start - 80), lead) if lead < q.end else None)
         or _APPOSITIVE_MOVED.match(s, 0, q.start) or (_APPOSITIVE_MOVED.match(s, 0, lead) if lead < q.end else None))
    if (m is None or _NOT_A_MOVER.search(m.group("np")) or _NOT_A_SUBJECT.search(m.group("np"))
            or m.group("np").split()[0].lower() in _FUNCTION_WORDS):
        return None
    if any(m.start("np") <= c[0] < m.end("np") for c in cues):
        return None
    return "segment_revenue", m.group("np"), m.start("np"), m.end("np")


_DRIVER_WORDS = re.compile(r"\b(?:higher|lower|increased|decreased|improved|better|weaker|stronger|reduced|incremental|decline\s+in|increase\s+in)\s+"
                           r"(?:[\w-]+\s+)?$", re.I)
""""helped along by stronger operating income worth $0.11": a step in an EPS bridge, not the earnings per share."""
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_EARNINGS = re.compile(r"(?:net\s+|operating\s+)?(?:earnings|income|loss|profit)|earned", re.I)
_PER_AFTER = re.compile(r"\s*(?:per|a|an|/|each)\s", re.I)
"""'$3.10 to $3.40 per unit': a unit's price or cost, not earnings."""
_STREET = re.compile(r"\b(?:consensus|the\s+Street(?:['’]s\s+(?:number|estimate))?)(?=\s+(?:(?:is|was|are|were|had|has|sits?|stood)\s+)?(?:(?:at|of)\s+)?(?:about\s+|around\s+|roughly\s+)?$)", re.I)
_EARNED = re.compile(r"\bwe\s+(?:have\s+|also\s+)?(?P<v>reported|generated|earned|delivered|posted)\s+(?:a\s+record\s+|about\s+|approximately\s+|roughly\s+)?$", re.I)
_GUIDE_WORD = re.compile(r"\b(?:guidance|guide|outlook)\b|\b(?:rais|increas|narrow|tighten|lower|reaffirm|updat)\w*\s+(?:\w+\s+){0,6}?range\b", re.I)
"""A guide, or a range the company moves ("we're increasing the range from ..."), not one a price traded in."""
_RANGE_END = re.compile(r"\b(?:(?:low|high|top|bottom|upper|lower)\s+end|mid-?point)\b", re.I)


_CAUSE_AFTER = re.compile(r"\b(?:(?:primarily|mainly|largely|mostly)\s+)?(?:due\s+to|driven\s+by|because\s+of|owing\s+to|as\s+a\s+result\s+of|thanks\s+to|"
                          r"with\s+(?:increased|higher|lower|decreased|reduced|stronger|weaker|improved)|on\s+(?:increased|higher|lower|stronger|weaker|improved))\b", re.I)


_CAUSE_ENDS = re.compile(r",\s+(?:but|and|while|whereas|with)\b|;", re.I)


def _metric_for(q: Quantity, s: str, cues: list[tuple[int, int, str, str]], qs: list[Quantity]) -> tuple[str, str, int, int] | None:
    if cues and is_money(q.unit):  # an amount of money is never a count of customers or a number of days
        cues = [c for c in cues if c[2] not in COUNT_METRICS and c[2] not in DAYS_METRICS]
    if cues and " per " in s:
        # "cost per unit was down 3%": the count after "per" is what the measure is divided by, not the figure's metric
        cues = [c for c in cues if not (c[2] in COUNT_METRICS and _PER_BEFORE.search(s, max(0, c[0] - 24), c[0])
                                        and any(o[1] <= c[0] for o in cues if o is not c))]
    if len(cues) > 1 and q.unit in ("%", "bps") and any(c[2] in COUNT_METRICS for c in cues):
        # "Revenue from enterprise customers was $210 million, up 12%", "$58 million of radar sales with federal customers,
        # up 27%": the buyers say whose sales they are, and the move is the sales'
        cues = [c for c in cues if not (c[2] in COUNT_METRICS and c[0] < q.start
                                        and (pre := _BUYERS_OF.search(s, max(0, c[0] - 40), c[0])) is not None
                                        and any(o[2] in ("revenue", "segment_revenue") and o[1] <= pre.start() + 1 and pre.start() - o[1] < 30
                                                and not any(o[1] <= x.start < pre.start() for x in qs)  # not "sales were down 5%, with units down 19%"
                                                for o in cues))]
    if cues and ("saving" in s or "synerg" in s or "saves" in s):
        # "cost synergies", "SG&A savings": what a plan saves names no cost line of the company's
        cues = [c for c in cues if not _SAVINGS_AFTER.match(s, c[1])]
    if cues and any(c[0] >= q.end for c in cues) and (cause := _CAUSE_AFTER.search(s, q.end, min(len(s), q.end + 40))) is not None:
        # "treasury fees rose $4 million on higher client volumes", "payment fees grew $2 million with increased cash
        # sweep use": what a cause clause names is the reason, not the figure's measure
        cues = [c for c in cues if c[0] < cause.start()]
        before = max((o.end for o in qs if o.end <= q.start), default=0)
        if before and (said := _CAUSE_AFTER.search(s, before, q.start)) is not None:
            # "down 6% because of lower prices, but up 11% on higher volume": the earlier figure's reason names neither
            shut = _CAUSE_ENDS.search(s, said.end(), q.start)
            cues = [c for c in cues if not said.start() <= c[0] < (shut.start() if shut else q.start)]
    if not cues:
        return None
    if q.unit in ("%", "bps", "x") and " of " in s:
        # "or 43 basis points of average loans": the amount a ratio is taken of is its base, not the figure's metric
        based = [c for c in cues if (c[2] in _RATIO_BASES or c[2] == "other" and _VOLUME_BASE.fullmatch(c[3]) and any(
                     o[2] in _COST_LINES and o[1] <= c[0] for o in cues)) and _BASE_BEFORE.search(s, max(0, c[0] - 40), c[0])]
        for c in cues:
            if (c[2] == "segment_revenue" and (part := _PART_BASE_BEFORE.search(s, max(0, c[0] - 60), c[0])) is not None
                    and (q.start <= part.start() <= q.end or part.start() < q.start
                         and all(w.lower() in _CARRY_WORDS for w in _WORD.findall(s, c[1], q.start)))):
                # the base of this figure's share or of the change said right after it ("12.4% of store sales, up 30
                # basis points"), not of a list's next item ("61% of systems revenue, memory 31%"), which is a part's
                based += [o for o in cues if part.start() <= o[0] <= c[0]]  # and the words naming the part ("store")
        if based:
            # what follows the base qualifies it: "40% of free cash flow after sustaining capital"; and a ratio's own
            # metric is named in its clause ("and we return about 85% of free cash flow" names none)
            cstart0, _ = clause_bounds(s, q.start)
            cues = [c for c in cues if c not in based and cstart0 <= c[0] and c[1] <= q.start]
            if not cues:
                return None
    after = s[q.end:]
    share = q.unit == "%" and SHARE_OF.match(after)
    prev_q_end = max((o.end for o in qs if o.end <= q.start), default=0)
    next_q_start = min((o.start for o in qs if o.start >= q.end), default=len(s))
    cstart, cend = clause_bounds(s, q.start)
    own = _own_change(q, s, cues, next_q_start)
    if own is not None:
        return own
    if q.unit in ("%", "bps") and any_in(s[q.end:q.end + 10].lower(), _COMPARATIVES):
        # "on 2% higher closings and a 5% higher average selling price": each figure is of the noun it qualifies
        m = _HIGHER_NOUN.match(s, q.end)
        if m is not None:
            c = max((c for c in cues if m.start("np") <= c[0] and c[1] <= m.end("np") <= next_q_start), key=lambda c: c[1], default=None)
            if c is not None and c[1] <= next_q_start:
                return c[2], c[3], c[0], c[1]
    if "terms of" in s[q.end:q.end + 40] and (terms := _IN_TERMS_OF.match(s, q.end)) is not None:
        c = next((c for c in cues if c[0] == terms.end()), None)
        if c is not None:
            return c[2], c[3], c[0], c[1]  # "about 14% larger in terms of revenue": the measure the size is said in
    if is_money(q.unit) and ("saving" in s or "synerg" in s or "saves" in s) and (
            _OF_SAVINGS.match(s, q.end) or _SAVINGS_OF.search(s, max(0, q.start - 40), q.start)):
        return None
    if is_money(q.unit) and any_in(s[q.end:q.end + 60].lower(), _CREDIT_WORDS) and (line := _CREDIT_LINE_AFTER.match(s, q.end)):
        # "$350 million of availability on our revolver", "$900 million in cash and undrawn credit lines": what the company
        # may still borrow (alone or with its cash) is liquidity, neither the cash said before it nor debt; and the size
        # of a credit line ("our $500 million revolver") is the line's own, not a balance
        g = next(g for g in ("line", "sum", "free", "fac") if line.group(g))
        return "other", line.group(g), line.start(g), line.end(g)
    if (is_money(q.unit) and any_in(s[q.end:q.end + 40].lower(), _THING_WORDS) and _THING_AFTER.match(s, q.end)
            and not any(q.end <= c[0] <= q.end + 24 for c in cues)):
        return None  # "the $35 million investment", "a $400 million term loan": the amount names a thing of its own
    if (is_money(q.unit) and q.scaled and any_in(s[q.end:q.end + 40].lower(), ("loss", "gain", "charge", "impairment", "write"))
            and (it := _ITEM_ON_AFTER.match(s, q.end)) is not None and not _PROFIT_ITEM.match(it.group(0).lstrip())
            and not any(q.end <= c[0] < it.end("item") for c in cues)):
        return "other", it.group("item"), it.start("item"), it.end("item")  # "a $14 million loss on the retirement of debt"
    if (is_money(q.unit) and q.scaled and "profit" in s[q.end:q.end + 12] and _A_PROFIT_AFTER.match(s, q.end)
            and _ARTICLE_BEFORE.search(s, max(0, q.start - 16), q.start)):
        return "net_income", "profit", q.end + 1, q.end + 1 + len(_A_PROFIT_AFTER.match(s, q.end).group(0).strip())  # "we posted a $41 million profit"
    if is_money(q.unit) and ("revenue" in s or "sales" in s or "top" in s) and (
            (eff := _SALES_EFFECT_BEFORE.search(s, max(0, q.start - 90), q.start)) is not None
            or _SALES_EFFECT_VERB.search(s, max(0, q.start - 40), q.start) and (eff := _SALES_LOST_AFTER.match(s, q.end)) is not None):
        # "a negative revenue impact of $18 million", "the storm cost us about $25 million of revenue": what an event took
        # from (or added to) sales, a step of the bridge, not the company's revenue
        return "other", eff.group(0).strip(), eff.start(), eff.end()
    if is_money(q.unit) and ("revenue" in s or "sales" in s) and (eff := _effect_said_before(q, s, qs)) is not None:
        return eff  # "a sales headwind of $48 million in the quarter and $190 million year to date": the same effect again
    if is_money(q.unit) and any_in(s[max(0, q.start - 50):q.start].lower(), _EFFECT_STEMS):
        if (eff := _EFFECT_ON_SALES.search(s, max(0, q.start - 50), q.start)) is not None:
            return "other", eff.group(0).strip(), eff.start(), eff.end()  # "this cut our sales by about $90 million": a step of the bridge
        if (kept := _CASH_KEPT.search(s, max(0, q.start - 40), q.start)) is not None:
            return "other", kept.group(0).strip(), kept.start(), kept.end()  # "preserved approximately $25 million of cash": money saved
    for c in cues:  # a metric named right after the figure: "$306 million of free cash flow", "8% organic growth"
        if c[0] >= q.end and c[0] <= next_q_start:
            gap = s[q.end:c[0]]
            if c[3].lower().startswith(("per ", "a share")) or (c[3].lower().endswith("leverage") and q.unit in ("%", "bps")):
                break
            if gap.lstrip()[:3].lower() == "on " and any(_NAMED_OF.fullmatch(s, c2[1], q.start) for c2 in cues if c2[1] <= q.start):
                break  # "EPS of $4.33 on revenue of $40.7 billion": the figure's own metric is the one before it
            if gap.lstrip()[:4].lower() == "for " and _RATIO_OF_BEFORE.search(s, max(0, q.start - 24), q.start):
                break  # "a reserve ratio of 8.2% for our card portfolio": the book after "for" is what the ratio covers
            if (next_q_start < len(s) and _NAMED_OF.fullmatch(s, c[1], next_q_start)
                    and any(_NAMED_OF.fullmatch(s, c2[1], q.start) for c2 in cues if c2[1] <= q.start)):
                break  # "net sales of $410 million adjusted EBITDA of $61.3 million": the words after name the next figure
            if ((_FOLLOW_LINK.match(gap) or _CHANGE_IN.match(gap) or (q.unit not in ("%", "bps", "x") and _NAMED_LINK.match(gap)))
                    and not (share and gap.strip().lower().startswith("of"))):
                if c[2] in ("eps",) and q.unit not in (None,) and not is_money(q.unit):
                    if q.unit == "%" and s.startswith(" growth", c[1]):
                        return c[2], c[3], c[0], c[1]  # "12% revenue growth and 15% EPS growth": the growth is the EPS's
                    continue
                return c[2], c[3], c[0], c[1]
            if q.unit == "%" and c[2] in _MARGIN_NAMES and _ADJECTIVES_GAP.fullmatch(gap):
                return c[2], c[3], c[0], c[1]  # "a record 21.4% adjusted pre-tax title margin": the margin named after it
            if (c[2] == "eps" and is_money(q.unit) and not q.scaled and gap[:4].lower() == " of "
                    and _ADJECTIVES_GAP.fullmatch(gap, 3)):
                return c[2], c[3], c[0], c[1]  # "$0.21 of core FFO per share" after "$9 million of EBITDA and": its own measure
            if (is_money(q.unit) and q.scaled and _OWN_OF_PHRASE.fullmatch(gap)
                    and not any(cstart <= o[0] and _SUBJECT_LINK.fullmatch(s, o[1], q.start) for o in cues if o[1] <= q.start)):
                return c[2], c[3], c[0], c[1]  # "$2.9 billion in outstanding debt", "$43 million in common stock dividends": its own noun
            break
    if is_money(q.unit) and (own := _OF_NOUN.match(s, q.end)) and not any(c[0] == own.start(1) for c in cues):
        return None  # "up to $60 million of equity": the amount names its own thing, not the debt said before
    if is_money(q.unit) and any_in(s[max(0, q.start - 40):q.start].lower(), ("proceeds", "receipt")) and _PROCEEDS_BEFORE.search(s, max(0, q.start - 40), q.start):
        return "other", "proceeds", q.start, q.start  # "the net settlement proceeds of $1.1 billion": money a sale or a suit brought in
    if (is_money(q.unit) and any_in(s[max(0, q.start - 30):q.start].lower(), ("cost", "price")) and any(c[2] == "buyback" and c[1] <= q.start for c in cues)
            and (paid := _PAID_BEFORE.search(s, max(0, q.start - 40), q.start)) is not None):
        # "3.1 million shares bought at a total cost of $240 million, an average price of $77.40": the sum paid is the
        # buyback, what one share cost is no price the company charges
        return ("buyback", "buyback", q.start, q.start) if q.scaled else ("other", "share price", paid.start(), paid.end())
    before = [c for c in cues if c[1] <= q.start]
    if before and sentence_hints(s)[0]:
        before = [c for c in before if not _EXCLUDED.search(s, max(0, c[0] - 40), c[0])]
    if before and ("%" in s or "cent" in s):
        before = [c for c in before if not (c[2] == "revenue" and _SHARE_BASE.search(s, max(0, c[0] - 30), c[0]))]
    if before and q.unit in ("%", "count") and "$" in s:
        # "2,800 customers above $100,000 in ARR, up 22%": ARR names the size class; the growth is the count's
        before = [c for c in before if not (_SIZE_CLASS.search(s, max(0, c[0] - 40), c[0])
                                            and any(o[2] in COUNT_METRICS and o[1] <= c[0] for o in before))]
    if before and " before " in s:
        # "pre-provision net revenue before reserve builds came to ...": the line named, before an item it leaves out
        before = [c for c in before if not any(o[1] <= c[0] and _BEFORE_ITEM.fullmatch(s, o[1], c[0]) for o in before)]
    if before and any_in(s, _ASIDE_WORDS):
        asides = [m.span() for m in _ASIDE.finditer(s) if m.end() <= q.start]
        before = [c for c in before if not any(a <= c[0] < b for a, b in asides)] or before
    if before and "xclud" in s:
        out = [m.span() for rx in (_EXCLUDES_CLAUSE, _EXCLUDING_LIST) for m in rx.finditer(s)]
        before = [c for c in before if not any(a <= c[0] < b for a, b in out)]
    if before and is_money(q.unit) and q.scaled and " share" in s:
        # "LIFO expense of $90 million or $1.10 per share and $360 million or $4.40 per share for the year": the per-share
        # tail of the pair before names no metric of the next amount
        before = [c for c in before if not (c[2] == "eps" and c[3].lower().startswith(("per ", "a share"))
                                            and _NEXT_PAIR.fullmatch(s, c[1], q.start)
                                            and any(o.end <= c[0] and not s[o.end:c[0]].strip() and _OR_BEFORE.search(s, max(0, o.start - 8), o.start)
                                                    for o in qs))]
    if before and is_money(q.unit) and q.scaled and (own := _neighbours_noun(q, s, before, qs, cues)) is not None:
        return own
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
                     and not (c[3].lower().endswith("leverage") and q.unit in ("%", "bps"))
                     and not _THAN_BEFORE.search(s, q.end, c[0])  # "up 6% is slower than bookings": what it is held against
                     and not _CAUSE_OPENS.search(s, q.end, c[0])]  # "grew in the high teens as customers refreshed": the cause's subject
        if (following and not before and _NEXT_ITEM.fullmatch(s, q.end, following[0][0])
                and (subj := _OWN_SUBJECT_MOVED.search(s, max(cstart, q.start - 60), q.start)) is not None):
            # "bit production down low single digits, ASP down ... and cost per bit flat": the figure's own subject moved;
            # the metric after the comma opens the next item of the list
            return "other", subj.group("np"), subj.start("np"), subj.end("np")
        if following and len(s[q.end:following[0][0]].split()) <= 6 and not share:
            pick = following[0]
        elif before:
            pick = before[-1]
    if pick is None:
        return None
    if pick[2] == "eps" and pick[3].lower().startswith(("per ", "a share")) and pick[1] <= q.start:
        bv = [c for c in cues if c[2] == "book_value" and c[1] <= pick[0] and _ONLY_PER_SHARE_SINCE(c, cues, q)]
        if bv:  # "book value closed at $18.60 per share, a rise of 4%": the per share of the book value
            pick = bv[-1]
        div = [c for c in cues if c[2] == "dividend" and c[1] <= pick[0]]
        if div:  # "a dividend of 18.2p per share, an increase of 4 per cent": the dividend's "per share", and its rise
            pick = div[-1]
    # "per share" right after the figure: "$2.13 per diluted share" is EPS whatever came before
    if q.unit and is_money(q.unit) and re.match(r"^\s*(?:a|per)\s+(?:diluted\s+|basic\s+|fully\s+diluted\s+)?(?:common\s+|ordinary\s+)?(?:share|unit|ADS)", after, re.I):
        near = [c for c in cues if c[2] == "dividend" and c[1] <= q.start and (c[0] >= cstart or _ONLY_PER_SHARE_SINCE(c, cues, q))]
        if near:  # "the dividend, which we lifted to $0.62 per share": the dividend's, across its relative clause
            return "dividend", near[-1][3], near[-1][0], near[-1][1]
        if _DIVIDEND_STEP_AFTER.match(after):
            return "dividend", "dividend", q.start, q.start  # "a $0.10 a share raise to the regular dividend"
        if "of record" in s and _OF_RECORD.search(s, q.end):
            return "dividend", "dividend", q.start, q.start  # "$0.14 per share ... payable to stockholders of record on ...": a payout
        if pick[2] == "book_value" and pick[0] >= cstart:
            return pick[2], pick[3], pick[0], pick[1]  # "book value stood at $21.70 per share": a value per share, not earnings
        if _SHARE_PRICE_BEFORE.search(s, max(0, q.start - 50), q.start):
            return "other", "share price", q.start, q.start  # "repurchased ... at an average price of $50.10 per share"
        if "los" in s and item_loss(s, q):
            return "other", "loss", q.start, q.start  # "a non-cash loss of $0.19 per share on a rate swap": an item of EPS
        named = _item_amount_before(q, s, qs)
        if named is not None:
            # "a securities loss of $31 million, which is $0.18 per share after tax": the item's amount said per share,
            # not the company's EPS ("net loss of $40 million, or $0.22 per share" is the EPS: no item named)
            cued = [c for c in cues if named[0] <= c[0] < q.start and c[2] in ("amortization", "restructuring")]
            return (cued[-1][2], cued[-1][3], cued[-1][0], cued[-1][1]) if cued else ("other", named[1], named[0], named[0] + len(named[1]))
        item = pick if pick[1] <= q.start else (before[-1] if before else None)
        if (item is not None and item[2] in _PER_SHARE_ITEMS and not q.scaled and q.start - item[1] <= 60
                and (item[2] != "other" or _ITEM_WORD.search(item[3]))
                and not any(item[1] <= c[0] < q.start for c in cues) and not _EARNER_GAP.search(s, item[1], q.start)
                and not any(c[2] == "eps" and not c[3].lower().startswith(("per ", "a share")) and c[1] <= item[0]
                            and not any(c[1] <= o.start < q.start for o in qs) for c in cues)):
            # "merger costs, which were $0.21 per share", "the amortization of acquired intangibles, about $0.12 per
            # share": an item of the EPS bridge, under its own metric where it has one
            return (item[2] if item[2] in ("amortization", "restructuring") else "other"), item[3], item[0], item[1]
        if pick[0] >= q.end and before and before[-1][2] == "net_income" and NEGATING.match(s, before[-1][0]):
            prev = [o for o in qs if o.end <= q.start][-1:]
            if prev and prev[0].scaled and before[-1][1] <= prev[0].start and _PER_SHARE_LINK.fullmatch(s, prev[0].end, q.start):
                # "a net loss of $12 million, which is $0.08 per share": the loss's per-share figure, as after "or"
                return "eps", pick[3], before[-1][0], before[-1][1]
        return "eps", (pick[3] if pick[2] == "eps" else "per share"), pick[0], pick[1]
    _ = prev_q_end
    if pick[2] == "eps" and q.scaled and is_money(q.unit):
        # "$52 million, or $0.65 per share": millions are the earnings, the per-share figure is the EPS
        others = [c for c in cues if c[0] >= q.end and c[1] <= cend and c[2] != "eps"][:1] or [
            c for c in before if c[2] in MONEY_METRICS and c[2] != "eps"][-1:]
        return (others[0][2], others[0][3], others[0][0], others[0][1]) if others else ("net_income", pick[3], pick[0], pick[1])
    if pick[2] == "revenue" and q.unit in ("%", "bps") and pick[1] <= q.start and ", with " in s[pick[1]:q.start]:
        part = _PART_IN_LIST.search(s, max(pick[1], q.start - 70), q.start)
        if (part is not None and ", with " in s[pick[1]:part.end("np")] and not _NOT_A_PART.search(part.group("np"))
                and not any(c[0] < part.end("np") and c[1] > part.start("np") for c in cues)):
            # "premiums grew 8%, with commercial lines up 10% and personal lines up 3%": the parts of the total just given
            return "segment_revenue", part.group("np"), part.start("np"), part.end("np")
    return pick[2], pick[3], pick[0], pick[1]


_PART_IN_LIST = re.compile(r"(?:,\s+with|\band|,)\s+(?:(?:the|our|its)\s+)?"
                           r"(?P<np>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,3}?)\s+(?:(?:was|were|is|are)\s+)?"
                           r"(?:up|down|growing|grew|rising|rose|declining|declined|falling|fell|increasing|increased|decreasing|decreased)\s+"
                           r"(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|more\s+than\s+|in\s+the\s+|at\s+)?$", re.I)
_NOT_A_PART = re.compile(r"\b(?:currency|currencies|FX|foreign|exchange|price|prices|pricing|volumes?|mix|acquisitions?|M&A|organic(?:ally)?|"
                         r"it|that|this|these|those|we|they|both|each|all|everything|most|much|some|full|total|overall|underlying|"
                         r"comparable|same|revenues?|sales|quarter|year|month|half|period|growth|which|what|who|"
                         r"reported|constant|adjusted|GAAP|fuel|weather|inflation|demand|costs?|expenses?)\b", re.I)
""""with DTC up 12%" names a part; "with currency up 2 points" or "with the fourth quarter up 4%" names none."""


_ITEM_NOUN = (r"(?:charges?|loss(?:es)?|gains?|impairments?|write-?(?:downs?|offs?)|costs|expenses?|benefits?|settlements?|items?|adjustments?)")
_PROFIT_BEFORE_ITEM = re.compile(r"\b(?:net|operating|segment|pre-?tax|EBIT\w*|comprehensive|total|gross|our|a\s+net)\s+$", re.I)
_ITEM_BEFORE_AMOUNT = re.compile(rf"\b(?P<item>[\w-]+\s+{_ITEM_NOUN})\s+(?:of|totall?ing|(?:was|were)|came\s+to|net(?:ted)?\s+to|amounted\s+to)\s+"
                                 r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$", re.I)
_ITEM_AFTER_AMOUNT = re.compile(rf"\s+(?:(?:pre-?tax|after-?tax|non-?cash|one-?time|[\w-]+)\s+){{0,2}}(?P<item>{_ITEM_NOUN})\b"
                                r"(?:\s+(?:on|from|related\s+to|tied\s+to|associated\s+with|for)\s+[^,;]{1,60})?", re.I)
_PER_SHARE_LINK = re.compile(r"\s*(?:pre-?tax|after[-\s]tax|before\s+tax)?\s*,?\s*(?:or|which\s+is|which\s+was|that\s+is|equal\s+to|which\s+(?:equates|amounts|works\s+out)\s+to|"
                             r"equating\s+to|equivalent\s+to)?\s*(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$", re.I)


def _item_amount_before(q: Quantity, s: str, qs: list[Quantity]) -> tuple[int, str] | None:
    """The start and name of an item whose amount the per-share figure `q` says again ("a $14 million loss on the
    sale of our tools arm, or $0.06 per share"), or None where the amount before is the company's own result."""
    prev = [o for o in qs if o.end <= q.start]
    if not prev or not (prev[-1].scaled and is_money(prev[-1].unit)):
        return None
    o = prev[-1]
    if not any_in(s[max(0, o.start - 40):q.start].lower(), _ITEM_HINTS):
        return None
    after = _ITEM_AFTER_AMOUNT.match(s, o.end)
    if (after is not None and _PER_SHARE_LINK.fullmatch(s, after.end(), q.start) and not _PROFIT_ITEM.match(after.group(0).lstrip())
            and not _PROFIT_BEFORE_ITEM.search(s, max(0, o.start - 16), o.start)):
        return o.start, after.group("item")  # "a $14 million loss on the sale of ..., or $0.06 per share"
    named = _ITEM_BEFORE_AMOUNT.search(s, max(0, o.start - 50), o.start)
    if (named is not None and _PER_SHARE_LINK.fullmatch(s, o.end, q.start)
            and not _PROFIT_BEFORE_ITEM.search(s, max(0, named.start() - 12), named.start())
            and not _PROFIT_ITEM.match(named.group("item"))):
        return named.start(), named.group("item")  # "a restructuring loss of $27 million, which is $0.15 per share after tax"
    return None


_PROFIT_ITEM = re.compile(r"(?:net|operating|segment|ebit\w*|total|gross|comprehensive)\s|pre-?tax\s+loss", re.I)
""""net loss", "operating loss", "pre-tax loss": the company's own result, whose per-share figure is its EPS."""
_ITEM_ON_AFTER = re.compile(r"\s+(?:(?!of\b)[\w-]+\s+){0,2}?(?P<item>loss(?:es)?|gains?|charges?|impairments?|"
                            r"write-?(?:downs?|offs?))\s+(?:on|from|related\s+to|tied\s+to|associated\s+with)\s", re.I)
""""a $14 million loss on the early retirement of debt": an item named after its amount, whatever line it touches."""
_ITEM_LOSS_BEFORE = re.compile(r"\b(?:restructuring|impairment|securities|investment|realized|unrealized|hedge|hedging|mark-to-market|"
                               r"currency|exchange|FX|swap|derivative|one-?time|non-?cash|pension|settlement|extinguishment|divestiture|"
                               r"disposal|actuarial|translation|valuation|fair[-\s]value)\s+loss(?:es)?\s+(?:of\s+|was\s+|were\s+)?"
                               r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)
_ITEM_LOSS_AFTER = re.compile(r"(?:\s+(?:per\s+(?:diluted\s+)?share|a\s+share))?(?:\s+(?:pre-?tax|after[-\s]tax))?\s+(?:on|from|related\s+to|tied\s+to)\s+"
                              r"(?:the\s+|our\s+|a\s+|an\s+|its\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:sale|sales\s+of|disposal|divestiture|extinguishment|"
                              r"retirement|repurchase|exit|closure|termination|settlement|investments?|securities|hedges?|derivatives?|swaps?|"
                              r"portfolio|transaction|deconsolidation|write-?down)\b", re.I)


def item_loss(s: str, q: Quantity) -> bool:
    """A loss that is an item, not the company's result: "a restructuring loss of $27 million", "a loss of $12 million on
    the sale of the unit". Like a charge it keeps the size of the item, a positive amount."""
    return bool(_ITEM_LOSS_BEFORE.search(s, max(0, q.start - 50), q.start) or _ITEM_LOSS_AFTER.match(s, q.end))


_ITEM_HINTS = ("charge", "loss", "gain", "impairment", "write", "cost", "expense", "benefit", "settlement", "item", "adjustment")
_EARNER_GAP = re.compile(r"\b(?:we|our|earn\w*|lost|loss|income|profit|EPS)\b", re.I)
"""'Leaving out the plant closure costs, we lost $0.07 per share': the company's own result follows the item."""
_ITEM_WORD = re.compile(r"\b(?:costs?|charges?|expenses?|items?|fees?|write|impairments?|tariffs?|losses?)\b", re.I)
"""An item's own name ("integration costs"), not an earnings measure the taxonomy calls `other` ("core net operating income")."""
_PER_SHARE_ITEMS = frozenset({"amortization", "restructuring", "operating_expenses", "other"})
_OF_RECORD = re.compile(r"\bpayable\b[^.;]{0,80}?\b(?:share|stock|unit)?holders\s+of\s+record\b", re.I)
_CAUSE_OPENS = re.compile(r"\b(?:as|because|while|whereas)\s", re.I)
_DIVIDEND_STEP_AFTER = re.compile(r"\s*(?:a|per)\s+share\s+(?:increase|raise|rise)\s+(?:in|to|of)\s+(?:the\s+|our\s+)?"
                                  r"(?:(?:annual(?:ized)?|quarterly|regular|common)\s+)*dividends?\b", re.I)
_FFO = re.compile(r"\b(?:A?FFO|funds\s+from\s+operations)\b", re.I)


def _ONLY_PER_SHARE_SINCE(c: tuple[int, int, str, str], cues: list[tuple[int, int, str, str]], q: Quantity) -> bool:
    """No metric but a "per share" between a dividend named before the figure's clause and the figure."""
    return all(o[2] == "eps" and o[3].lower().startswith(("per ", "a share")) for o in cues if c[1] <= o[0] < q.start)


def _own_change(q: Quantity, s: str, cues: list[tuple[int, int, str, str]], next_q_start: int) -> tuple[str, str, int, int] | None:
    """The metric of "an 18% drop in industry truck production", "a 5% increase in the number of customers": named in
    the change's own noun phrase, else `other` (a market's or a driver's move), whatever metric the sentence named before."""
    if q.unit not in ("%", "bps") or "in " not in s[q.end:q.end + 60]:
        return None
    m = _OWN_CHANGE.match(s, q.end)
    if m is None or m.end("np") > next_q_start:
        return None
    np = m.group("np")
    words = np.lower().split()
    words = [w for w in words if w not in ("the", "our", "a", "an")]
    if not words or any(w in _NOT_A_THING for w in words) or words == words[-1:] and words[0] in _PLACE_WORDS:
        return None  # "a 2% decline in constant currency", "in local currency terms", "in international": no thing named
    inside = [c for c in cues if m.start("np") <= c[0] < m.end("np")]
    if not inside and P.find_cues(re.sub(r"\byear-(?:over|on)-year\b", "", np)):
        return None  # "a 10% increase in the quarter" ("in our quarterly dividend" names its metric)
    if inside and inside[0][2] in ("revenue", "segment_revenue") and "per" in words:
        return "other", np, m.start("np"), m.end("np")  # "the average revenue per order": a per-unit measure
    if inside:
        return inside[0][2], inside[0][3], inside[0][0], inside[0][1]
    if words[-1] in _MEASURE_HEADS:
        return "other", np, m.start("np"), m.end("np")
    return None  # "a 22% increase in outdoor furniture": a product line's sales, as the sentence says


_OR_BEFORE = re.compile(r"\bor\s+(?:about\s+)?$", re.I)
_NEXT_PAIR = re.compile(r"\s*,?\s*(?:and\s+)?(?:about\s+|approximately\s+|roughly\s+)?", re.I)
_COMPARATIVES = (" higher ", " lower ", " more ", " fewer ", " greater ")
_HIGHER_NOUN = re.compile(r"\s+(?:higher|lower|more|fewer|greater)\s+(?P<np>(?:(?!(?:and|or|but|than|to|in|at|on|for|from|as|with)\b)[a-z][\w'’-]*\s+){0,3}?"
                          r"(?!(?:and|or|but|than|to|in|at|on|for|from|as|with)\b)[a-z][\w'’-]*)"
                          r"(?=\s*(?:[,;.]|$|\s(?:and|or|but|in|at|on|for|from|to|as|with|than|while|which|that|driven|due|offset|"
                          r"partly|partially|compared|versus|vs|year|this|last|during)\b))", re.I)
""""3% higher volumes", "a 5% higher average sales price": the comparative names what moved right after it."""
_IN_TERMS_OF = re.compile(r"\s+(?:(?:larger|bigger|smaller|higher|lower|greater|more|less|up|down|better|worse)\s+)?in\s+terms\s+of\s+(?:(?:the|our|its|total|net)\s+)*", re.I)
_PLACE_WORDS = frozenset("international domestic us global worldwide overseas".split())
_MEASURE_HEADS = frozenset("""production output starts builds registrations prices pricing volume volumes demand shipments traffic yield
yields check ticket rates inflation cost costs tax taxes spending spend consumption activity emissions utilization occupancy
attendance visits enrollment enrollments claims premiums wages payroll count headcount""".split())
"""Heads of a noun phrase that name a measure of their own (a market's, a driver's or a cost's), not the sales of a line."""


_SHARE_PRICE_BEFORE = re.compile(r"\b(?:price|cost)\s+(?:paid\s+)?(?:of\s+)?(?:approximately\s+|about\s+|roughly\s+|around\s+|just\s+(?:over|under)\s+)?$", re.I)
""""at a weighted average price of $50.10 per share": what a share cost, not earnings per share."""


def respective_metrics(s: str, qs: list[Quantity], cues: list[tuple[int, int, str, str]]) -> dict[int, tuple[str, str]]:
    """"revenue and EPS were $X and $Y, respectively": the n-th figure goes with the n-th metric."""
    if len(qs) < 2 or "respectively" not in s:
        return {}
    m = re.search(r"\brespectively\b", s)
    if not m:
        return {}
    group = [i for i, q in enumerate(qs) if q.end <= m.start()]
    if len(group) < 2:
        return {}
    first, last = qs[group[0]].start, qs[group[-1]].end
    after = _distinct(c for c in cues if last <= c[0] and c[1] <= m.start())
    if len(after) == len(group):  # "adding $45 million and $4 million to sales and earnings, respectively"
        return {i: (c[2], c[3], c[0], c[1]) for i, c in zip(group, after)}
    named = [c for c in cues if c[1] <= first]
    seen: list[tuple[int, int, str, str]] = []
    for c in named:
        if not seen or seen[-1][2] != c[2]:
            seen.append(c)
    if len(seen) >= len(group):
        seen = seen[-len(group):]
        return {i: (c[2], c[3], c[0], c[1]) for i, c in zip(group, seen)}
    return {}


def _distinct(cues) -> list:
    out: list = []
    for c in cues:
        if not out or out[-1][2] != c[2]:
            out.append(c)
    return out


# Searched across whole sentences or clauses: a first-character test (see guard.py).
_EXCLUDED = guarded(_EXCLUDED)


_MARGIN_METRICS = frozenset({"margin", "gross_margin", "operating_margin", "ebitda_margin"})
_BRIDGE_VERB = re.compile(r"\b(?:add(?:s|ed|ing)?|contribut(?:es|ed|ing)|t(?:ook|akes?|aking)\s+(?:away|off|out)|cost(?:s|ing)?(?:\s+us)?|hurt|"
                          r"help(?:s|ed)?|offset\s+by|worth|dilut(?:es|ed|ing)|weigh(?:s|ed)\s+on)\b[^,;]{0,40}$"
                          r"|(?:\b(?:and|while|with)|,)\s+(?:[\w&/'’-]+\s+){1,6}(?:another\s+|about\s+|roughly\s+|approximately\s+|around\s+|some\s+)*$", re.I)
""""Lower freight added about 120 basis points and channel mix another 100": the steps of a margin's change."""
_BRIDGE_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:favou?rable|unfavou?rable|positive|negative)\s+)?(?:tailwind|headwind|drag|benefit|pressure|"
                           r"help|hit|impact)\b|\s+(?:from|due\s+to)\s", re.I)
_MARGIN_AFTER = re.compile(r"\s+(?:to|off|on|of|from)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?margins?\b", re.I)
_RATIO_PHRASE = re.compile(r"\b(?:ratio|rate|yield|share|spread|margin|churn|occupancy|utili[sz]ation|penetration|mix)\b", re.I)


def bridge_margin(q: Quantity, s: str, picked: tuple | None, last: tuple[str, str, str | None] | None) -> tuple | None:
    """The margin a step of its change in basis points is of ("Gross margin was 54.8%, up 160 basis points. Lower freight
    added about 120 basis points ..."): the paragraph's last figure (`last`: metric, phrase, unit) was that margin, or
    the margin is named after the step ("added 60 basis points to the margin"), and the step's own words name a
    driver, not a ratio of its own ("our take rate fell 2 basis points")."""
    if q.unit != "bps" or last is None or last[0] not in _MARGIN_METRICS or last[2] not in ("%", "bps"):
        return None
    if picked is not None and picked[0] == "margin" and picked[1].lower() in ("margin", "margins") and last[0] != "margin":
        return (last[0], last[1], *picked[2:])  # "EBITDA was $502 million, a margin of 30.6%. Pricing added 60 basis points to the margin"
    if picked is not None and (picked[0] in _MARGIN_METRICS or picked[0] not in MONEY_METRICS | COUNT_METRICS | {"other", "growth", "price"}):
        return None
    named_after = _MARGIN_AFTER.match(s, q.end) is not None
    if picked is not None and not named_after and picked[0] in ("other", "price") and _RATIO_PHRASE.search(picked[1]):
        return None
    cstart, _ = clause_bounds(s, q.start)
    if not (named_after or _BRIDGE_VERB.search(s, max(cstart, q.start - 90), q.start) or _BRIDGE_AFTER.match(s, q.end)):
        return None
    return last[0], last[1]


_RATIO_OF = re.compile(r"\bas\s+an?\s+(?:percent(?:age)?|%|share|proportion)\s+of\s+(?P<base>(?:(?:the|our|its|total|net|average|avg\.?)\s+)*"
                       r"(?:[\w&'’-]+\s+){0,2}?[\w&'’-]+)", re.I)
_SET_ASIDE = re.compile(r"\b(?:before|after|excluding|including|ex|net\s+of|less)\b", re.I)
_RATIO_LINK = re.compile(r"\s*,?\s*(?:(?:was|were|is|are|of|at|came\s+in\s+at|stood\s+at|ended\s+(?:the\s+\w+\s+)?at|totaled|reached|"
                         r"(?:improved|increased|decreased|declined|rose|fell|dropped|grew)\s+to|(?:will|should|would)\s+be)\s+)?"
                         r"(?:(?:about|approximately|roughly|around|nearly|just\s+over|just\s+under)\s+)?$", re.I)


def ratio_of(s: str, q: Quantity, picked: tuple | None, cues: list[tuple[int, int, str, str]]) -> tuple[tuple | None, str | None]:
    """"SG&A as a share of gross profit came to 61.7%, 40 basis points worse": the words after "as a percentage of" are
    the ratio's base, not its metric; the metric is named before them ("SG&A"), or after them where the phrase leads ("As a
    percent of sales, selling costs ran at 17%"). Returns the figure's cue and, for the ratio's level said right after its base,
    the base (so the figure reads as "67.2% of gross profit")."""
    start = max(0, q.start - 160)
    m = None
    for m in _RATIO_OF.finditer(s, start, q.start):
        pass
    if m is None:
        return picked, None
    base = next((c for c in cues if m.start("base") <= c[0] < m.end()), None)
    if base is not None and picked is not None and len(picked) == 4 and m.start("base") <= picked[2] < m.end() + 1:
        cstart, _ = clause_bounds(s, m.start())
        own = [c for c in cues if c[1] <= m.start() and c[0] >= max(cstart, m.start() - 60) and c[2] != "other"]
        while len(own) > 1 and _SET_ASIDE.search(s, own[-2][1], own[-1][0]):
            own.pop()  # "Adjusted EBITDA before and after integration expenses, as a percentage of sales": the EBITDA's
        picked = (own[-1][2], own[-1][3], own[-1][0], own[-1][1]) if own else picked
    level = q.unit == "%" and _RATIO_LINK.fullmatch(s, m.end(), q.start) is not None
    if not level and m.start() < 3 and "," in s[m.end():q.start]:
        between = s[s.index(",", m.end()) + 1:q.start]
        level = q.unit == "%" and not re.search(r"\d", between)  # "As a share of sales, selling costs ran at 17%"
    return picked, (m.group("base") if level else None)


def per_unit_amount(q: Quantity) -> bool:
    """Dollars and cents said with no scale ("$0.14 to $0.22", "$6.35"): an amount per unit sold when a margin names it."""
    amount = q.value if q.value is not None else q.high
    return not q.scaled and amount is not None and 0 < abs(amount) < 100 and "." in q.text
