"""How a figure moved: is it a change, which way (`change_of`), and against what (`change_kind`)."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..model import Change, Direction, Fact, FactKind
from .guard import OnLowered, any_in, folded, gated, guarded, lowered, may_hold, plain_members
from .numbers import Quantity
from .counts import COUNT_AFTER
from .sentences import clause_bounds
from ..months import MONTH_ALT
from ..fiscal_words import FISCAL

# members read as plain attributes, not through the enum classes' slow attribute hook (see guard.plain_members)
Change, Direction, FactKind = (plain_members(e) for e in (Change, Direction, FactKind))


_UP = r"wider|widened|up|increase[sd]?|increasing|grew|grow(?:n|th|ing|s)?|rose|rising|rises?|expanded|expands|expansion|expand(?:ing)?|improved|improv(?:es?|ement|ing)|higher|gain(?:ed|s)?|jump(?:ed|s)|climb(?:ed|s)|surg(?:ed|es)|soar(?:ed|s)|rebound(?:ed|s)|added|accelerat(?:ed|ion)|better|more|uplift|lift(?:ed|s)?|benefit(?:ed)?"
# "drew down $250 million from our revolver": money borrowed, not a fall
_DOWN = r"(?<!\bdrew\s)(?<!\bdraw\s)(?<!\bdraws\s)(?<!\bdrawn\s)(?<!\bdrawing\s)down|cut|decrease[sd]?|decreasing|decline[sd]?|declining|fell|fall(?:s|ing)?|dropped|drops?|contracted|contraction|lower|fewer|reduc(?:ed|tion)|shrank|shrinks|slip(?:ped|s)|dip(?:ped|s)|slid|slides|sank|sinks|tumbl(?:ed|es)|plung(?:ed|es)|slump(?:ed|s)|retreat(?:ed|s)|eased|softened|subtract(?:ed|s|ing)|consum(?:e|es|ed|ing)|delever(?:ed|s|ing)?|compress(?:ed|es|ing|ion)?|headwind|lost|worse|less|deteriorat(?:ed|ion)|erosion|cost\s+us|costs\s+us|(?:will|would|should|could|to|may|might)\s+cost|took\s+away|takes\s+away|hurt|dragged|weighed|weighing|weighs|pressured?|drag|shorter|deleverag(?:e|ed|ing)|tighter|tightened|narrower|narrowed|lighter(?!\s+than\s+(?:our|their|its|the\s+(?:old|existing|current|regular|standard|original))\b)|lose|loses|losing|gave\s+up|gives?\s+up|giving\s+up"
CHANGE_BEFORE = re.compile(
    rf"\b(?P<w>{_UP}|{_DOWN}|leveraged|change|swing|delta|contracting)(?:\s+(?:again|further|once\s+more)|\s+(?:seasonally|organically|sequentially|year[-\s](?:over|on)[-\s]year)\s*,)?(?:\s*,\s*(?=by\s)|\s+)(?:(?<=growth\s)rates?\s+(?=of\s))?(?:of\s+|by\s+|nearly\s+|about\s+|approximately\s+|roughly\s+|some\s+|over\s+|more\s+than\s+|almost\s+|just\s+(?:over|under)\s+|an?\s+|another\s+|a\s+further\s+|something\s+like\s+|(?:a\s+)?solid\s+|(?:a\s+)?strong\s+|(?:a\s+)?robust\s+|a\s+healthy\s+|a\s+very\s+strong\s+|close(?:r)?\s+to\s+|around\s+|sharply\s+|significantly\s+|a\s+bit\s+|slightly\s+|modestly\s+|by\s+|only\s+|just\s+|in\s+the\s+|at\s+an?\s+|between\s+|(?:with)?in\s+(?:a|the)\s+range\s+of\s+|(?:an?\s+)?average\s+(?:of\s+)?|(?:an?\s+)?even\s+(?:greater|larger|bigger|stronger)\s+|(?:more|much|very)\s+(?=[a-z]+\s)|(?:modest|measured|moderate|respectable|remarkable|steady|sizable|sizeable|substantial|mere|whopping|notable|healthy)\s+)*$",
    re.I,
)
_CHANGE_AFTER = re.compile(
    rf"^\s*(?:or\s+(?:better|higher|more|greater)\s+(?=(?:[\w&-]+\s+){{0,3}}growth\b))?(?:(?:ahead\s+of|behind|above|below|under)\s+(?:last\s+year|a\s+year\s+ago|the\s+prior\s+year|last\s+(?:{MONTH_ALT})\b|(?:{MONTH_ALT})\s+(?:of\s+)?last\s+year|the\s+same\s+(?:period|quarter|time|(?:\w+\s+)?(?:weeks?|months?|days))\s+(?:last\s+year|a\s+year\s+ago|of\s+(?:{FISCAL}\s+)?20\d\d|in\s+20\d\d))|(?:year[-\s]over[-\s]year|YoY|y/y|sequential(?:ly)?|quarter[-\s](?:over|on)[-\s]quarter|QoQ|q/q|organic(?:ally)?|on\s+an?\s+(?:[\w-]+\s+){{0,2}}basis|in\s+constant\s+currency|at\s+constant\s+currency|constant[-\s]currency|reported(?!\s+(?:in|by|for|at|a\s+year|last|during|the|earlier|previously)\b)|as\s+reported|compared\s+(?:to|with)|versus|vs\.?|from\s+(?:the\s+)?(?:prior|last|previous|a\s+year|same)|over\s+(?:the\s+)?(?:prior|last|previous|same)|year[-\s]on[-\s]year|"
    rf"(?:(?!or\b)\w+\s+)?(?:(?:combined|organic|underlying|reported|constant[-\s]currency|currency[-\s]neutral|year[-\s]over[-\s]year|year[-\s]on[-\s]year|sequential|comparable)\s+)?(?:increase|decrease|decline|growth|improvement|expansion|contraction|reduction|rise|jump|gain|drop|uplift|deterioration|headwind|tailwind|benefit|higher|lower|better|worse)"
    # "31% operating income growth", "the 12% service order growth": a line of two or three words, then its growth
    # ("11% adjusted earnings per share growth": four)
    # ("14% adjusted local currency operating profit growth": the basis and currency words ahead of the line's own)
    rf"|(?:(?!(?:of|in|to|from|for|on|at|and|or|with|by|was|were|is|are|the|our|a|an|than|as|we|that|which)\b)[\w&-]+\s+){{2,3}}?growth|"
    rf"(?:(?:adjusted|organic|underlying|comparable|(?:local|constant)[-\s]currency|currency[-\s]neutral)\s+){{1,3}}(?:[\w&-]+\s+){{1,3}}?growth|(?=adjusted\s+|diluted\s+|core\s+)[\w-]+\s+earnings\s+per\s+share\s+growth)\b|(?:\s+(?:{_UP}|{_DOWN}|greater(?=\s+than\b))\b))",
    re.I,
)
_CHANGE_AFTER_LOW = folded(_CHANGE_AFTER)
_GROWTH_AFTER = re.compile(r"[\s-]+(?:(?!(?:of|in|to|from|for|on|at|and|or|but|with|by|was|were|is|are|be|the|our|its|a|an|than|as|we|that|which|"
                           r"despite|due|driven|given|while|margins?)\b)[\w&-]+[\s-]+){0,3}?(?:growth|(?P<fall>declines?|decreases?|contraction))\b"
                           r"(?!\s+(?:rate\s+)?(?:of|in)\b|\s+from\s+(?:about\s+)?[$€£]?\d)", re.I)
""""which is roughly 8% growth", "another quarter of double-digit subscription revenue growth", "a return to mid-single digit
declines": a rate whose move is named after it, the line's words between."""
_TIMED_NOUN_AFTER = re.compile(r"\s+(?:year[-\s](?:over|on)[-\s]year|sequential|quarter[-\s](?:over|on)[-\s]quarter)\s+(?:[\w&-]+\s+){0,2}?"
                               r"(?P<n>increase|decrease|decline|growth|improvement|reduction|drop|gain|rise|contraction|expansion)\b", re.I)
_MORE_AFTER = re.compile(r"\s+(?:more|fewer|additional)\b(?![^.;,]{0,40}\bthan\b)", re.I)
_DOWN_RX = re.compile(rf"\b(?:{_DOWN})\b", re.I)
SEQ = re.compile(r"\b(?:sequential(?:ly)?|(?:from|over|versus|vs\.?|compared\s+(?:to|with)|than(?:\s+(?:in|during|(?:we|they|it)\s+(?:did|had|spent|paid|earned|made|saw|reported|posted|generated|shipped|sold|booked)(?:\s+in)?))?)\s+(?:the\s+)?(?:prior|last|previous|preceding|linked)\s+quarter|linked[-\s]quarter|on\s+a\s+sequential\s+basis)\b", re.I)
FROM_QUARTER = re.compile(rf"\b(?:from|over|versus|vs\.?|compared\s+(?:to|with)|relative\s+to|against|ahead\s+of|behind|(?:(?<=\bmore\s)|(?<=\bless\s)|(?<=\bfewer\s)|(?<=\bhigher\s)|(?<=\blower\s)|(?<=\bbetter\s)|(?<=\bworse\s))than\s+(?:in|at|during)|than|above|below|under)\s+(?:what\s+(?:we|it|they)\s+(?:paid|spent|charged|earned|made|sold|booked|had|saw)\s+(?:in\s+|during\s+)?)?(?:the\s+|our\s+)?(?:(?:end|close)\s+of\s+(?:the\s+|our\s+)?)?(?:(first|second|third|fourth)[-\s](?:{FISCAL}\s+)?quarter\b(?!\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous|a\s+year|{FISCAL}|20\d\d|\d\d))|Q([1-4])\b(?![\s']*(?:FY|F)?\d))", re.I)
MONTHS = rf"{MONTH_ALT}|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
FROM_MONTH = re.compile(
    rf"\b(?:from|since|over|versus|vs\.?|compared\s+(?:to|with)|against|than(?:\s+(?:we|they|it)\s+(?:had|did|was|were|reported))?(?:\s+at)?)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?(?:{MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\b"
    r"(?!,?\s+(?:of\s+)?(?:last\s+year|the\s+prior\s+year|a\s+year\s+ago|20\d\d))")
ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}
YOY = re.compile(r"\b(?:year[-\s](?:over|on)[-\s]year|YoY|y/y|a\s+year\s+ago|year[-\s]ago|year[-\s]earlier|prior[-\s]year|last\s+year|same\s+(?:quarter|period)|previous\s+year|annual(?:ly)?)\b", re.I)
_QUARTER_ENDS = re.compile(r"(?:\bquarter|\bQ[1-4])\s*,?$", re.I)
_QOQ = re.compile(r"\b(?:quarter[-\s](?:over|on)[-\s]quarter|(?<!\bfrom\s)quarter[-\s]to[-\s]quarter(?=\s*(?:[,.;]|$)|\s+(?:on|in|for|and|but|as|so|while|which|because|due|driven|with)\b)|QoQ|q/q)\b", re.I)
""""margin down about 1.5 points quarter to quarter" is against the quarter before; "from quarter to quarter" is how a figure swings,
and said before a noun ("quarter-to-quarter sales") some speakers mean the quarter a year back."""
_TO_BEFORE = re.compile(r"\b(?:to|reach(?:ed|ing)?|at|of|totaled|was|were|is|be|hit)\s+(?:a\s+(?:record|new)\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$", re.I)
_WE_CONTRACTED = re.compile(r"\b(?:we|they|I)(?:['’]ve|\s+have|\s+had)?\s+(?:(?:already|now|so\s+far|also)\s+)*contracted$", re.I)
SHARE_OF = re.compile(r"^\s*of\s+(?:our\s+|the\s+|its\s+|total\s+|net\s+|consolidated\s+)*(?:(?:home|product|service|group)\s+(?:sales\s+)?)?(?:revenues?|sales|turnover|the\s+total|mix)", re.I)
# Ratios where lower is better: an improvement in them is a fall.
_OF_EFFECT = re.compile(r"\s+of\s+(?:operating\s+|sales\s+)?(leverage|deleverage|pressure|headwind|drag|tailwind|benefit|improvement|deterioration)\b"
                        r"|\s+of\s+(?:currency|FX|foreign\s+exchange|exchange[-\s]rate|tariff|weather|pricing|price|freight)\s+(headwinds?|tailwinds?|drag|pressure|benefit)\b"
                        r"|\s+of\s+(?:[\w&-]+\s+){0,3}?(contraction|compression|expansion|deterioration|erosion|dilution)\b"
                        r"|\s+of\s+(?!(?:the|that|this|our|its)\b)(?:[\w&-]+\s+){1,3}?(decline|decrease|drop|fall|increase|rise)\b", re.I)
"""'30 basis points of leverage'; '23 basis points of gross margin contraction' (the effect named after its metric);
'the 90 basis points of gross margin decline' (points of a named margin's move; "40% of the decline" is a share of it)."""
_ON_OUR_SIDE = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:(against\s+us)|in\s+our\s+favou?r)\b", re.I)
REVISED_FROM = re.compile(
    r"\s*,?\s*(?:which\s+is\s+|that's\s+|and\s+)?(?:(?:up|down|increased|decreased|raised|lowered|reduced|revised|updated|higher|lower|narrowed)\s+)?"
    r"(?:from|versus|vs\.?|compared\s+(?:to|with)|against)\s+(?:(?:our|the|its|a)\s+)?"
    r"(?:(?:prior|previous|previously\s+(?:issued|announced|provided|given|communicated)|original|earlier|initial|last\s+quarter's|former)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:guidance|guide|outlook|range|forecast|expectations?|estimate)\b"
    r"|(?:[^,;.]|\.(?=\d)){0,40}?\d%?(?:\s+(?:million|billion|thousand|basis\s+points|bps|points))?\s+(?:previously|prior)\b(?![\s-]+(?:year|quarter|period|month)))",
    re.I,
)
"""After a new outlook, the one it replaces: "increased from prior guidance of", "down from 2.5% to 3% previously"."""
_FROM_YEAR = re.compile(rf"\s+(?:from|over|versus|vs\.?|compared\s+(?:to|with)|relative\s+to)\s+(?:{FISCAL}\s+(?:year\s+)?|full[\s-]year\s+)?(?:19|20)\d\d\b(?!\s+(?:levels?|to)\b)", re.I)
_GROWTH_WORD = re.compile(r"\b(?:grow\w*|grew|accelerat\w*|decelerat\w*|increas\w*|decreas\w*|declin\w*|rose|fell|up|down|gain\w*|expan\w*)\b", re.I)
_AHEAD_CUE = re.compile(r"\b(?:expect\w*|guid\w*|forecast\w*|outlook|anticipat\w*|should|will|project\w*)\b", re.I)
_OF_A_YEAR = re.compile(r"\s*(?:of|in|last|a\s+year|the\s+prior|the\s+previous|'|’|\d)", re.I)
PER_UNIT_PRICE = re.compile(r"\s*(?:per|a|/)\s*(?:(?:metric|gross|net|short|long|wet|dry)\s+(?=ton))?(?:barrel|bbl|boe|Mcf|Mcfe|MMBtu|ton|tonne|pound|lb|ounce|oz|gallon|MWh|kWh|seat\s+mile|ASM)\b", re.I)
_WAY_WORD_NEXT = re.compile(r"\s+(?:higher|lower|above|below|more|less|up|down)\b", re.I)
_VERB_PERIODS_BY = re.compile(r"\b(?P<v>lower\w*|reduc\w*|cut|decreas\w*|declin\w*|increas\w*|improv\w*|grew|rose|fell|expand\w*)\s+"
                              rf"(?:(?:in|for|during|over)\s+(?:the\s+)?(?:full[-\s]|{FISCAL}\s+|fourth\s+|third\s+|second\s+|first\s+)?(?:quarter|year|half)\s*,?\s*(?:and\s+)?){{2}}"
                              r"by\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+)?$", re.I)
""""Profit fell in the fourth quarter and over the full year by $3 million and $6 million": the verb, its two periods, then the amounts."""
_VERBED = re.compile(r"\b(?P<v>lowered|reduced|cut|decreased|increased|boosted|lifted|improved|trimmed|grew|expanded)\s+"
                     r"(?:our\s+|the\s+|its\s+)?(?:(?!(?:from|to|of|in|at|on|for|with|and|or|was|were|is)\b)[\w&-]+\s+){1,2}(?:by\s+)?"
                     r"(?:about\s+|roughly\s+|approximately\s+|nearly\s+)?$", re.I)
""""a pricing change that reduced earnings $0.07 per share": the verb gives the change, "by" or not."""
_VERB_BY = re.compile(r"\b(?P<v>lower|reduc\w*|cut|trim\w*|decreas\w*|declin(?:e|ed|ing)(?=\s+(?:our|the|its|their)\s)|dilut(?:e|es|ing)|diluted(?=\s+(?:the|our|its|their)\s)|erod\w*|slip(?:s|ping)?|dip(?:s|ped)?|rais\w*|increas\w*|improv\w*|boost\w*|lift\w*|grow\w*|grew|expand\w*|shrink\w*)\s+"
                      r"(?:our\s+|the\s+|its\s+|their\s+)?(?:(?:[\w&'’-]+[\s,]+){0,4}?|(?:(?!(?:and|but|while|which|that|who|when|as|lower\w*|reduc\w*|cut|trim\w*|decreas\w*|dilut\w*|erod\w*|slip\w*|rais\w*|increas\w*|"
                      r"improv\w*|boost\w*|lift\w*|grow\w*|grew|expand\w*|shrink\w*)\b)[\w&-]+[\s,]+){5,7}?)by\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|another\s+|nearly\s+|some\s+|maybe\s+|perhaps\s+)?$", re.I)
_RATE_OF_RISE = re.compile(r"\b(?:inflation|increases)\b(?:\s+(?!(?:and|but|while|which|so|as|because)\b)[\w'’-]+){0,6}?\s+"
                           r"(?:of|was|were|is|are|ran(?:\s+at)?|running(?:\s+at)?|runs(?:\s+at)?|at|to\s+be|will\s+be|should\s+be|be|in\s+the|"
                           r"eased\s+to|moderat\w*\s+to|(?:slow|fall|come)\w*\s+to|(?:rise|climb)\w*\s+to)\s+"
                           r"(?:(?:about|around|roughly|approximately|close\s+to|nearly|somewhere\s+around|between)\s+)?$", re.I)
""""A rate of rise by its name: "wage inflation of around 4%", "tuition increases were about 2.5%" (a yoy change)."""
_VERB_STEMS = ("grow", "grew", "declin", "increas", "decreas", "expand", "shr", "contribut")
_VERB_NP_BAND = re.compile(r"\b(?P<v>grow|grows|grew|growing|declin(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
                           r"expand(?:s|ed|ing)?|shrink(?:s|ing)?|shrank)\s+(?:our\s+|the\s+|its\s+|their\s+)?"
                           r"(?:(?!(?:from|to|of|in|at|on|for|with|and|or|but|was|were|is|are|be|by|than|as|that|which|this|next|last|"
                           r"about|roughly|approximately|nearly|some|another|only|just|around)\b)[a-z][\w&/-]*\s+){1,3}"
                           r"(?:in\s+the\s+|at\s+)?(?:about\s+|roughly\s+|approximately\s+|nearly\s+|around\s+)?$", re.I)
_CONTRIBUTED = re.compile(r"\bcontribut(?:ed|ing|es|e)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|another\s+|a\s+further\s+)?$", re.I)
_VERB_RANGE = re.compile(_VERB_BY.pattern.replace(r"by\s+(?:about", r"(?:with)?in\s+(?:a|the)\s+range\s+of\s+(?:about"), re.I)
_STATE_BEFORE = re.compile(r"\b(?:be|is|are|was|were|been|being)\s+$", re.I)
"""'tablet margin will be lower for the back half, in a range of 10% to 11%': "lower" said of a state, not done to the line;
the range after it, in percent, is the level it will be (a range in points is still the move)."""
_VERB_DOWN = ("lower", "reduc", "cut", "decreas", "shrink", "trim", "dilut", "erod", "slip", "dip", "fell", "declin")
# "takes about $25 million out of revenue", "takes 1.7 points off growth": a figure taken away is a fall
_TAKEN_BEFORE = re.compile(r"\b(?:takes?|took|taking|shaves?|shaved|shaving|knocks?|knocked|knocking)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|another\s+|maybe\s+)?$", re.I)
_TOOK_OFF = re.compile(r"\b(?:takes?|took|taking|shaves?|shaved|shaving|knocks?|knocked|knocking)\s+off\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|another\s+)?$", re.I)
_OFF_FALL = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|running|ran|came\s+in|ended|closed|finished|trending|tracking|stayed|remained)\s+|,\s*)"
                       r"off\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|just\s+|only\s+|another\s+)?$", re.I)
""""orders were off about 7%", "revenue of $2.1 billion, off 3%": a level below the year before, a fall."""
_AGAINST_ONLY = re.compile(r"[^,;.]{0,50}?,\s*(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+)?", re.I)
_SIDE_BEFORE = re.compile(r"\b(?:went|goes|go|going|gone|moved|moves|ran|runs|worked|works|turned|turns|swung|swings)\s+"
                          r"(?:(in\s+our\s+favou?r)|against\s+us)\s+(?:this\s+(?:quarter|year)\s+)?by\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+)?$", re.I)
_PART_OF_MOVE = re.compile(r"\s+of\s+(?:the|that|this)\s+(?:[\w&-]+\s+){0,2}?(?:(decline|decrease|drop|fall|contraction|compression|deterioration|erosion|shortfall)|"
                           r"increase|improvement|expansion|rise|gain)\b", re.I)
"""'About 40 basis points of the decline came from selling the hotel': a part of a move, its way the move's (for a cost
ratio the improvement is then turned into a fall like any other). Points only: '40% of the decline' is a share of it."""
_MOVE_STATED_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+(?:about\s+|roughly\s+)?$", re.I)
_GAVE_BACK_BEFORE = re.compile(r"\b(?:gave|give|gives|giving|handed|hands)\s+(?:(?P<us>us)\s+)?back\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|another\s+)?$", re.I)
_TAKE_ON_BEFORE = re.compile(r"\b(?:take|takes|took|taking)\s+on\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|another\s+|maybe\s+)?$", re.I)
_COST_AFTER = re.compile(r"\s+of\s+(?:(?:extra|additional|added|new|start-?up|ramp-?up|one-?time)\s+)?costs?\b", re.I)
_REINVESTED_BEFORE = re.compile(r"\b(?:re)?invest(?:ed|s|ing)?\s+(?:back\s+)?(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|another\s+)?$", re.I)
_INTO_PRICE_AFTER = re.compile(r"\s+(?:back\s+)?(?:in|into)\s+(?:lower\s+)?(?:price|prices|pricing)\b", re.I)
_TAKE_BARE_BEFORE = re.compile(r"\b(?:will|would|should|could|to|may|might)\s+take\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|another\s+|maybe\s+)?$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;]|$)")
_TAKER_SELF = re.compile(r"\b(?:we|I|you)\s+$", re.I)
"""'will take 2 to 3 points' said of a cause (not 'we will take 2 points', which may be share won)."""
_DEBT_CUT_AFTER = re.compile(r"\s+(?:of|in)\s+(?:(?:net|gross|total)\s+)?(?:debt|leverage|borrowings)\s+reductions?\b", re.I)
_TAKEN_FROM_OUTLOOK = re.compile(r"\s+(?:that\s+|which\s+)?(?:we|I)(?:['’]ve|\s+have|\s+had)?\s+(?:took|taken|cut|trimmed|removed|shaved|knocked|pulled)\s+"
                                 r"(?:out\s+of|off(?:\s+of)?|from)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:range|guidance|guide|outlook|forecast|midpoint)\b", re.I)
"""'the roughly $140 million we took out of the sales range', 'the $0.10 we cut from our outlook': the step down of an outlook,
said as what was taken from it."""
_TAKEN_AFTER = re.compile(r"(?:\s+per\s+[\w-]+(?:\s+[\w-]+)??)?\s+(?:out\s+of|off)\b|\s+of\s+(?:[\w&'’-]+\s+){1,3}?out\b", re.I)
"""'took $25 million out of revenue', 'took $0.20 per share off earnings' (the unit said between), and 'took $1 billion
of inventory out': what was taken, its fall."""
# "net price erosion in Europe of 2% to 3%", "a price cut in Germany of 10%": a named fall, its place between
_FALL_OF = re.compile(r"\b(?:erosion|cut|declines?|decreases?|reductions?|drops?|compression|contraction|deterioration)\s+(?:(?:in|on|at|for|across|to|of)\s+(?:[\w&'’-]+\s+){1,4}?)?of\s+"
                      r"(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|maybe\s+)?$", re.I)
# "growth outside Europe of about 8%", "growth in Pellora of 28%", "declining sales of about 13%": a move named before
# its figure with the place or line between, or a line named by the way it went
_EFFECT_NAMED = re.compile(r"\s+(?:(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:head|tail)winds?|(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:hit|drag|pressure|benefit|dilution|leverage|"
                           r"improvement|increase|decrease|decline|expansion|contraction|deterioration)s?)\b", re.I)
"""'$9 million, or a 60 basis point headwind for the margin': the effect said again in points names its way after them."""
_WAY_NOUN_OF = re.compile(r"\b(?:(?P<up>growth)\s+(?:in|outside|across|for|at|from)\s+(?:[\w&'’.-]+\s+){1,4}?|(?:declining|falling)\s+(?:net\s+)?"
                          r"(?:sales|revenues?|volumes?|shipments|orders)\s+(?:(?:in|outside|across|for|at|of|from)\s+(?:[\w&'’.-]+\s+){1,4}?)?)of\s+"
                          r"(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+|just\s+(?:over|under)\s+)?$", re.I)


_BAND_BEFORE_SALES = re.compile(r"\s+(?:(?:top-?line|organic|total|net)\s+)?(?:revenues?|sales)\b"
                                r"(?:\s+(?P<fall>declines?|decreases?|drops?|contractions?|falls?)\b)?", re.I)


_ABOVE_BAR_AFTER = re.compile(
    r"(?:\s*,\s*or\s+[^,;]{1,30},)?\s+(?:comfortably\s+|well\s+)?(?:above|over|in\s+excess\s+of)\s+(?:(?:our|the|its)\s+)?(?:current\s+)?"
    r"(?:(?:regulatory|management|internal|minimum|statutory|[A-Z][\w-]*)\s+)?(?:(?:capital|CET\s?1|leverage|liquidity)\s+)?(?:ratio\s+)?"
    r"(?:requirements?|minimums?|floor|threshold|buffer|reg\s+minimum|targets?(?:\s+range)?)\b", re.I)
_PLAN_AFTER = (
    r"\s+(?:than\s+)?(?:(?:what\s+)?(?:we|I)\s+(?:had\s+)?(?:originally\s+|initially\s+)?)?(?:(?:our|the|its|your)\s+)?"
    r"(?:(?:prior|previous|original|initial|own|internal)\s+)?(?:expected|anticipated|planned|budgeted|forecast(?:ed)?|guided|"
    r"plan|budget|expectations?|guidance|forecast|outlook|consensus)\b")
_AGAINST_PLAN_AFTER = re.compile(r"\s+(?:better|higher|more|above|ahead\s+of)" + _PLAN_AFTER, re.I)
SHORT_OF_PLAN_AFTER = re.compile(r"\s+(?:worse|lower|less|fewer|below|behind)" + _PLAN_AFTER, re.I)
"""'3% lower than we had expected': a miss, held against a plan, not against a period before."""


_AGAINST_PLAN_FIGURE = re.compile(
    r"\s*,?\s*(?:better|worse|higher|lower|above|below)\s+(?:than\s+)?(?:the\s+|our\s+)?(?:(?:prior|previous|original|initial)\s+)?"
    r"(?:range\s+of\s+|outlook\s+of\s+|guidance\s+of\s+)?(?:about\s+|approximately\s+)?[$€£]?\d[\d.,]*\s*(?:%|percent|basis\s+points?|bps|points?)?"
    r"(?:\s+to\s+[$€£]?\d[\d.,]*\s*(?:%|percent|basis\s+points?|bps|points?)?)?\s+(?:(?:that\s+)?we\s+(?:had\s+)?(?:originally\s+|initially\s+)?"
    r"(?:guided|expected|gave|forecast|planned|budgeted)|in\s+our\s+(?:prior\s+|previous\s+|original\s+)?(?:guidance|outlook|plan))\b", re.I)
_OF_A_RESULT = re.compile(r"\s+(?:(?:a|per)\s+(?:diluted\s+)?share\s+)?(?:of|off|from|in|to)\s+(?:our\s+|the\s+|its\s+)?(?:[\w&-]+\s+){0,3}?"
                          r"(?:profit|income|earnings|EBITDA|EBIT|EPS|revenues?|sales|margins?|growth|results?)\b", re.I)
"""What a cost took a part of ("cost us roughly $25 million of gross profit"): a fall of that result, not an item's size."""
_ITEM_SUBJECT = re.compile(r"\b(?:charges?|settlements?|litigation|lawsuits?|storms?|hurricanes?|tariffs?|duties|strikes?|recalls?|fines?|"
                           r"penalt(?:y|ies)|impairments?|write-?(?:downs?|offs?)|restructuring|outages?|fires?|floods?|cyber[\w-]*|breach|"
                           # a line of the accounts named as one ("the indexation line cost us $8 million"): its size, as an item's
                           r"indexation|(?<!top\s)(?<!bottom\s)line|item"
                           # an event the company holds or runs ("the user conference costs us about $6 million")
                           r"|conferences?|summits?|events?|trade\s+shows?|campaigns?|launch(?:es)?)\b", re.I)
_FUNDS_SUBJECT = re.compile(r"\b(?:borrowings?|debt|deposits|funding|notes|loans|facilit(?:y|ies)|financing|liabilities|bonds)\s+(?:now\s+|still\s+)?$", re.I)
_DILUTION_OF = re.compile(r"(?<!share\s)(?<!equity\s)\bdilution\s+(?:(?:in|on|at|for|to|from)\s+(?:[\w&'’-]+\s+){1,4}?)?of\s+"
                          r"(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+|maybe\s+)?$", re.I)
_IT_COST_US = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they|this|that)\s+(?:cost|took\s+(?:off|away\s+from))\s+us\b", re.I)
_MORE_THAN = re.compile(r"\s+(more|less|higher|lower)\s+than\b", re.I)
_SHARE_LOST = re.compile(r"\s+of\s+(?:market\s+)?share\s+(?:that\s+)?(?:we|they|it|you)\s+(?:had\s+)?(?:lost|gave\s+up|ceded)\b", re.I)
""""the 50 basis points of share we lost a year ago": the share given up, a fall."""
_YEAR_BASE = re.compile(rf"\s*,?\s*(?:above|below|ahead\s+of|behind|versus|vs\.?|compared\s+(?:to|with)|relative\s+to|over|from)\s+(?:{FISCAL}\s+(?:year\s+)?)?(?:19|20)\d\d\b(?!\s+to\b)", re.I)
_YEARS_QUARTER_BASE = re.compile(rf"\s*,?\s*(?:above|below|ahead\s+of|behind|versus|vs\.?|compared\s+(?:to|with)|relative\s+to|over|from)\s+(?:the\s+)?"
                                 rf"(?:(?P<o>first|second|third|fourth)[-\s](?:{FISCAL}\s+)?quarter|Q(?P<n>[1-4]))\s+(?:of\s+)?(?:{FISCAL}\s+(?:year\s+)?)?(?:19|20)\d\d\b", re.I)
_QUARTERS_OWN_MOVE = re.compile(r"\s+(?:[\w-]+\s+)?(?:decreases?|increases?|declines?|rises?|growth|gains?|drops?|falls?|shortfalls?)\s+of\s+", re.I)
_PARALLEL_BASIS = re.compile(r"\s+on\s+an?\s+(?:[\w-]+\s+){1,2}basis\s*,?\s*(?:and|or|while|versus|vs\.?)\s+"
                             r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+)?", re.I)
_LIST_OF_EFFECTS = re.compile(r"\s+(?:[a-z]+\s+)?(?P<p>of|on)\s+(?:[\w&'’-]+\s+){1,4}?and\s+"
                              r"(?:about\s+|roughly\s+|approximately\s+|nearly\s+|around\s+|some\s+|another\s+)?", re.I)
_LIST_BY = re.compile(r"\s+and\s+(?P<np>(?:[\w&'’-]+\s+){1,3}?)by\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+|around\s+|some\s+|another\s+)?", re.I)
_OWN_VERB = re.compile(rf"\b(?:{_UP}|{_DOWN}|[a-z]+ed(?<!adjusted)(?<!diluted)(?<!related)(?<!combined)(?<!reported)(?<!consolidated)|lift\w*|rais\w*|boost\w*|trim\w*)\b", re.I)
"""A verb of its own opening a later item of a list ("... and cut its debt by $200 million"): its own way."""
_BASE_THEN_AND = re.compile(r"\s*,?\s*(?:compared\s+(?:to|with)|versus|vs\.?|against|relative\s+to)\s+(?P<base>[^,;]{1,50}?)\s*,?\s+and\s+"
                            r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+)?", re.I)
"""'fell 12% compared to Q3 2025 and 30% compared to Q3 2024': only a base between the first move and the second."""
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+|around\s+|some\s+)?$", re.I)
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b", re.I)
_AND_ONLY = re.compile(r"\s*,?\s*and\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?", re.I)
_RANGE_AFTER = re.compile(r"\s+(?:range|band)\b", re.I)
_BARE_COMPARED = re.compile(r"(?:,\s*which\s+(?:is|was)|,\s*(?:that\s+is|or))\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+)?$", re.I)
_BARE_COMPARED_AT = re.compile(r",\s*which\s+(?:is|was|represents|represented)\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+)?(?:at\s+)?$", re.I)
_MOVE_NOUN_AFTER = re.compile(r"\s+(?:(increase|growth|improvement|rise|gain)|(decrease|decline|drop|reduction|fall))\b", re.I)
_WAS_BEFORE = re.compile(r"\b(?:was|were|be|been|came\s+in|come\s+in|comes\s+in)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$", re.I)
_DAYS_LOST_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing|costs?\s+us)\s+(?:about\s+|roughly\s+|nearly\s+|another\s+|some\s+|an?\s+extra\s+)?$", re.I)
_WOULD = re.compile(r"\b(?:would|could|might)\b|\bif\b", re.I)
_WAY_AGAINST_PERIOD = re.compile(r"\s+(higher|lower)\s+(?:(?:when\s+)?(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to|than)\s+(?:(?:in|during|for|with)\s+)?(?:the\s+)?"
                                 r"(?:(?:last|prior|previous|same|year[-\s]ago)\s+(?:year|quarter|period)|a\s+year\s+ago|(?:first|second|third|fourth)\s+quarter|"
                                 rf"(?:first|second)\s+half|first\s+(?:six|nine)\s+months|Q[1-4]|(?:{FISCAL}\s+)?20\d\d)\b"
                                 r"|(?:year[-\s](?:over|on)[-\s]year|YoY|y/y|sequentially|quarter[-\s](?:over|on)[-\s]quarter|linked[-\s]quarter)\b)", re.I)
_PER_UNIT_THEN_WAY = re.compile(r"\s+(?:a|per)\s+(?!bit\b|little\b|lot\b|touch\b)[A-Za-z]+(?=\s+(?:higher|lower)\b)")
_BARE_WAY = re.compile(r"\s+(higher|lower)(?=\s*(?:[,;.]|$)|\s+(?:as|because|due|driven|reflecting|after(?!\s+tax)|following|amid|thanks\s+to|primarily|mainly|largely|partly|partially|on\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+basis|organically|"
                       r"(?:in|at)\s+(?:local|constant)\s+currenc(?:y|ies)|"
                       r"in\s+the\s+(?:quarter|period|year)|for\s+the\s+(?:quarter|period|year)|this\s+(?:quarter|year))\b)", re.I)
_EFFECT_CAUSE = re.compile(r"\s+(?:because|due|as\s+a\s+result)\b", re.I)
_WAY_OF_NOUN = re.compile(r"\s+(higher|lower)\s+(?:(?:average|realized|net|gross|unit|organic|overall|total)\s+)?(?:volumes?|revenues?|sales|costs?|prices?|pricing|profits?|"
                          r"earnings|shipments|deliveries|demand|expenses|spending|income|production|output|yields?|absorption|margins?)\b", re.I)
""""Sales were 3% lower, as ...", "costs were $4 million higher compared to the third quarter of fiscal 2025": a move."""
_RATE_NAMED = re.compile(r"\b(?:margins?|rates?|ratios?|yields?|shares?|mix|percent(?:age)?\s+of)\b", re.I)
_WAY_THEN_BASE = re.compile(r"\s+(up|down|higher|lower|increase|decrease|decline|growth|rise|drop|improvement)\s+(?:year[-\s](?:over|on)[-\s]year|YoY|y/y|"
                            r"sequentially|quarter[-\s](?:over|on)[-\s]quarter|compared?\b|versus|vs\.?|from\s+(?:last|the\s+prior|a\s+year|the\s+same)|"
                            r"over\s+(?:last|the\s+prior|the\s+same))", re.I)
_WAY_LAST = re.compile(r"\s+(?:up|down)(?=\s*(?:[,;.)]|$|\s+(?:a\s+year|annually|per\s+year|each\s+year|(?:next|this)\s+(?:year|quarter)|over\s+time"
                       r"|for\s+(?:the|that|this|our|its|both)|in\s+(?:(?:the\s+)?(?:quarter|year|first|second|third|fourth)|fiscal|20\d\d)|as|on|both)\b))", re.I)
_LEVEL_LEAD = re.compile(r"\b(?:of|be|is|was|were|are|been)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+)?$", re.I)
"""A rate with its way said last, nothing after it naming a base or a second figure ("a target of 10% down", "sales to be
5% down next year"): the move's size, signed by that word ("up 200 basis points" or "down from 8%" after it are more)."""
_BARE_WAY_AFTER = re.compile(r"\s+(higher|lower|better|worse)(?=\s*(?:[,;.]|$|\s(?:as|because|on\s+the\s+back|driven|due|reflecting)\b))", re.I)

_HEADWIND_IS = re.compile(r"\b(headwinds?|tailwinds?|drag)\s+(?:(?:this|next|last)\s+(?:year|quarter)\s+)?(?:(?:is|was|were|will\s+be|would\s+be|should\s+be|to\s+be|"
                          r"came\s+(?:in\s+)?(?:at|to)|amounted\s+to|totall?ed|(?:to\s+|will\s+|should\s+)?(?:shrink|ease|narrow|moderate|fall|drop|"
                          r"decline|grow|rise|increase|widen)\s+to|(?:shrank|eased|narrowed|moderated|fell|dropped|declined|grew|rose|increased|"
                          r"widened)\s+to)\s+)(?:only\s+|just\s+)?(?:about\s+|roughly\s+|approximately\s+|around\s+|something\s+like\s+|some\s+|nearly\s+|"
                          r"close\s+to\s+)?$", re.I)
_DRAG_NOUN_AFTER = re.compile(r"[\s-]+(?:(?!(?:of|in|to|from|for|on|at|and|or|but|with|by|was|were|is|are|the|our|its|a|an|than|as|which)\b)"
                              r"[\w-]+\s+){0,2}?(?P<n>hit|drag|headwind|tailwind)s?"
                              # the noun ends its phrase ("a $2 million hit to sales"), not "one of our $2 million hit products"
                              r"(?=\s*(?:[,.;:)]|$|--|\s(?:to|on|from|in|for|of|at|versus|vs\.?|compared|this|next|last|during|that|which|as|and|or|we|with|due|related|tied|reported|going)\b))", re.I)
"""'a 200 basis point hit to the margin', 'a 0.3 point year-over-year drag', 'a $40 million hit to revenue': an effect
named after its size moves the measure down (a tailwind up), whatever words about its base or cause come between."""
"""'the reimbursement headwind was about $20 million', 'we expect the headwind to shrink to $20 million next year': the
size of a headwind (or tailwind) said with a copula or the level it moves to is an effect against the base, its sign
its way, as 'a headwind of $20 million' is."""


def change_of(q: Quantity, s: str, qs: list[Quantity], link: bool = True) -> tuple[bool, Direction | None]:
    cstart, _ = clause_bounds(s, q.start)
    prev_end = max([o.end for o in qs if o.end <= q.start] + [cstart])
    before = s[prev_end:q.start]
    after = s[q.end:q.end + 60]
    if q.text[:1] in "buBU" and before.endswith("down ") and _BOUND_AFTER_WAY.match(q.text) and _BROUGHT_DOWN.search(before):
        # "bring total debt down below $13 billion": the bound the level is brought to, no move by it (where "sales were
        # down under 1%" fell by less than that)
        return False, None
    if q.unit == "days" and " days" in q.text and _DAYS_LOST_BEFORE.search(before):
        # "we lost 19 shipping days to rain", "the storms cost us 6 working days": the days counted are those lost, a
        # count of the quarter's like any other, not a fall of some measure kept in days
        return False, None
    if q.unit in ("%", "bps") and (_AGAINST_PLAN_AFTER.match(after) or SHORT_OF_PLAN_AFTER.match(after)):
        # "5% better than expected", "30 basis points above our guidance", "3% lower than we had expected": a beat or a
        # miss, held against no period (a miss is signed as one, where the figure is read)
        return False, None
    if ("above" in after or "excess" in after) and _ABOVE_BAR_AFTER.match(s, q.end):
        # "110 basis points, or over $9 billion, above our regulatory capital requirement": a buffer over a bar, a level
        return False, None
    if q.unit in ("%", "bps") and (" than " in after or " from " in after) and _AGAINST_PLAN_FIGURE.match(s, q.end):
        # "credit costs of 70 to 80 basis points, better than the 80 to 95 basis points we had guided": the level, held
        # against a plan's figure, not a move
        return False, None
    if link and ("or" in before or "," in before or " and " in before) and not SHARE_OF.match(after):
        # "up $1.1 billion, or 10%", "down 4% year-on-year, 2% quarter-on-quarter": the same move said again
        prev = [o for o in qs if o.end <= q.start]
        if prev and prev[-1].unit != q.unit or prev and _AGAIN.fullmatch(before) and _BASIS_WORD.match(after):
            # "growth of approximately 6% or $4.20 at the midpoint": after a growth noun the other figure is the level
            noun = prev[-1].unit == "%" and q.unit != "%" and not _MOVED.search(s, max(0, prev[-1].start - 14), prev[-1].start)
            if not noun and (_LINKED.fullmatch(before) or _AGAIN.fullmatch(before) and _BASIS_WORD.match(after)):
                moved, way = change_of(prev[-1], s, qs, link=False)
                if moved:
                    return True, way
                if (q.unit == "bps" and prev[-1].unit not in ("%", "bps", "x", "days", "count", None) and " or " in before and _LINKED.fullmatch(before)
                        and not _EFFECT_NAMED.match(after)):
                    return False, None  # "write-offs came to $21 million, or 18 basis points": the level again, as a ratio
    if link and q.unit == "%" and "or" in before and _OR_AFTER_BASE.fullmatch(before):
        prev = [o for o in qs if o.end <= q.start]
        if (len(prev) > 1 and prev[-1].unit == prev[-2].unit and prev[-1].unit not in ("%", "bps", None)
                and _FROM_ONLY.fullmatch(s, prev[-2].end, prev[-1].start)
                and (verb := _MOVED_TO.search(s, max(0, prev[-2].start - 24), prev[-2].start)) is not None):
            # "fell to $41 million from $45 million or 8.9%": the rate after the base level is the move itself
            return True, Direction.DOWN if verb.group("down") else Direction.UP
    if link and q.unit not in ("%", "bps") and " or " in after[:24] and (
            nxt := next((o for o in qs if o.start >= q.end), None)) is not None and nxt.unit == "%" \
            and _OR_RATE.fullmatch(s, q.end, nxt.start) and _MOVE_NOUN_NEXT.match(s, nxt.end):
        # "a $40 million or 9% increase over last year", "a $0.03 per share or 7% increase": one move said twice
        moved, way = change_of(nxt, s, qs, link=False)
        if moved:
            return True, way
    if link and " and " in before and (" of " in before or " on " in before or " by " in before):
        # "cost us 300,000 tons of shipments and $12 million of gross profit", "reduced revenue by $22 million and operating
        # profit by $5 million", "a headwind of 2 points on revenue and 15 basis points on the margin": the second item of a
        # list under one verb or effect noun moves the way the first did
        prev = [o for o in qs if o.end <= q.start]
        par = _LIST_OF_EFFECTS.fullmatch(before)
        if par and re.match(rf"\s+{par.group('p')}\s", after, re.I) or (
                (lb := _LIST_BY.fullmatch(before)) and not _OWN_VERB.search(lb.group("np"))
                and prev and _BY_BEFORE.search(s, max(0, prev[-1].start - 12), prev[-1].start)):
            if prev and prev[-1].unit not in ("x", "days") and (said := change_of(prev[-1], s, qs, link=False))[0]:
                return said
    if link and q.unit == "%" and before[-1:] == " " and any(w[:1].isupper() for w in before.split()) and _NAMED_ITEM.fullmatch(before):
        # "online sales increased 61%; Harbor, 84%; and Linwood, 97%": the next parts named with their figures alone, under
        # the first one's verb
        prev = [o for o in qs if o.end <= q.start]
        if prev and prev[-1].unit == "%" and (said := change_of(prev[-1], s, qs))[0]:
            return said
    if link and " and " in before and "respectively" in after[:24] and _RESPECTIVELY_AFTER.match(after) and _AND_ONLY.fullmatch(before):
        prev = [o for o in qs if o.end <= q.start]
        if prev[-1].unit == q.unit and (said := change_of(prev[-1], s, qs, link=False))[0]:
            # "fell in the fourth quarter and over the full year by $3 million and $6 million respectively": one verb, two moves
            return said
    if link and " basis" in before and _PARALLEL_BASIS.fullmatch(before) and (prev := [o for o in qs if o.end <= q.start]):
        # "16.2% on a GAAP basis and 21.4% on a non-GAAP basis": the second of a pair said by basis is what the first
        # is, a level after a level ("was 16.2% ... and 21.4%"), a move after a move ("rose 5% ... and 7%")
        return change_of(prev[-1], s, qs, link=False)
    if q.unit == "%" and q.text[-5:].lower() in ("digit", "teens") and (band := _BAND_BEFORE_SALES.match(s, q.end)):
        # "the mid-single-digit revenue view": a band said before sales is their growth ("a double-digit sales decline" a fall)
        return True, Direction.DOWN if band.group("fall") else Direction.UP
    if q.unit == "%" and _FROM_YEAR.match(s, q.end) and _GROWTH_WORD.search(s, max(prev_end, q.start - 60), q.start):
        # "growth accelerated to 24% from 2025": a change against that year, not its level
        return True, Direction.DOWN if _DOWN_RX.search(s[max(prev_end, q.start - 40):q.start]) else Direction.UP
    if q.unit == "%" and " to " in s[max(0, q.start - 30):q.start] and _PACE_TO.search(s, max(prev_end, q.start - 90), q.start):
        # "online growth accelerated to 47%", "with growth picking up, accelerating to between 8% and 9%": the pace is the growth
        # itself, not a level
        return True, Direction.UP
    money = q.unit is not None and len(q.unit) == 3 and q.unit.isupper()
    past = q.end  # where the words after the figure start: past a unit cost's denominator
    if money and (pu := PER_UNIT_PRICE.match(s, q.end) or _PER_UNIT_THEN_WAY.match(s, q.end)) and _WAY_WORD_NEXT.match(s, pu.end()):
        past = pu.end()  # "BRL 41 per tonne below the second quarter": the way said after the denominator
    if (q.unit in ("%", "bps") or money) and " of " in after[:4]:
        eff = _OF_EFFECT.match(after)
        if eff and (not money or eff.group(2)) and not (eff.group(4) and q.unit != "bps" and "point" not in q.text.lower()):
            # "30 basis points of leverage", "70 basis points of pressure on the margin", "$20 million of currency headwind"
            word = next(g for g in eff.groups() if g).removesuffix("s")  # "of foreign exchange headwinds"
            return True, Direction.DOWN if _DOWN_RX.match(word) or word.lower() in ("dilution", "erosion") else Direction.UP
    if (q.unit in ("%", "bps") or money) and (" us" in after[:40] or " favo" in after[:40]) and (side := _ON_OUR_SIDE.match(after)):
        # "about 2 points of growth against us", "$4 million in our favour": whose side the effect fell on is its way
        return True, Direction.DOWN if side.group(1) else Direction.UP
    if (" we" in after[:10] or " I " in after[:10]) and _TAKEN_FROM_OUTLOOK.match(after):
        return True, Direction.DOWN
    if q.unit == "bps" or q.unit == "%" and "point" in q.text.lower():
        # points of a margin given up or won, said by whose side the effect fell on or what it was spent on
        if link and _AGAINST_ONLY.fullmatch(before) and (prev := [o for o in qs if o.end <= q.start]) and prev[-1].unit == q.unit:
            said = change_of(prev[-1], s, qs, link=False)
            if said[0] and said[1] is Direction.DOWN:
                return said  # "will cost us about 50 basis points of margin next year, against roughly 30 this year": the same effect
        if " us " in before and (side := _SIDE_BEFORE.search(before)):
            return True, Direction.UP if side.group(1) else Direction.DOWN  # "it went against us by 0.9 points this quarter"
        if (" of " in after[:4] and (part := _PART_OF_MOVE.match(after))) and not _MOVE_STATED_BEFORE.search(before):
            return True, Direction.DOWN if part.group(1) else Direction.UP  # "about 40 basis points of the decline came from ..."
        if " back" in before and (gb := _GAVE_BACK_BEFORE.search(before)):
            # "supply chain costs, including lower freight, gave us back about 20 basis points"; "we gave back 30 basis
            # points of share": what was handed over
            return True, Direction.UP if gb.group("us") else Direction.DOWN
        if "take" in before and _TAKE_ON_BEFORE.search(before) and _COST_AFTER.match(after):
            return True, Direction.DOWN  # "we take on about 20 basis points of cost from the first customer trials"
        if "invest" in before and _REINVESTED_BEFORE.search(before) and _INTO_PRICE_AFTER.match(after):
            return True, Direction.DOWN  # "we reinvested about 25 basis points into price": margin handed back to customers
        if "tak" in before and (tk := _TAKE_BARE_BEFORE.search(before)) and _CLAUSE_ENDS.match(after) \
                and not _TAKER_SELF.search(s, max(0, q.start - len(before) + tk.start() - 12), q.start - len(before) + tk.start()):
            return True, Direction.DOWN  # "the overseas fabs will take 2 to 3 points, as I said": what a cause takes from the margin
    if may_hold(_TAKEN_BEFORE, s) and _TAKEN_BEFORE.search(before) and _TAKEN_AFTER.match(s, q.end) or "off" in before and (_TOOK_OFF.search(before) or _OFF_FALL.search(before)):
        return True, Direction.DOWN  # "takes $25 million out of revenue", "volume and mix took off 1.4 points", "sales were off 4%"
    if _FALL_OF.search(s, max(0, q.start - 60), q.start) or "reduction" in after and _DEBT_CUT_AFTER.match(after):
        return True, Direction.DOWN  # "$180 million of net debt reduction": the debt's fall, its noun after the amount
    if q.unit != "count" and " of " in s[max(0, q.start - 16):q.start] and any_in(s[max(0, q.start - 70):q.start].lower(), ("growth", "declining", "falling")) and (
            wn := _WAY_NOUN_OF.search(s, max([o.end for o in qs if o.end <= q.start] + [q.start - 70, 0]), q.start)):
        return True, Direction.UP if wn.group("up") else Direction.DOWN  # ("the U.S." ends no clause here)
    if q.unit in ("%", "bps") and ("ilution" in s[max(0, q.start - 60):q.start] and _DILUTION_OF.search(s, max(0, q.start - 60), q.start)
                                   or " us" in after[:30] and _IT_COST_US.match(after) or "share" in after[:20] and _SHARE_LOST.match(after)):
        return True, Direction.DOWN  # "dilution from the new plants of 1 to 2 points", "the 0.8 points it cost us in the third quarter"
    if ("wind" in before or "drag" in before) and (hw := _HEADWIND_IS.search(before)):
        return True, Direction.UP if hw.group(1).lower().startswith("tail") else Direction.DOWN
    if q.unit == "%" and (after.startswith(" up") or after.startswith(" down")) and _WAY_LAST.match(after) and _LEVEL_LEAD.search(before):
        return True, Direction.DOWN if after[1] == "d" else Direction.UP  # "a target of 10% down", "to be 5% down next year"
    m = CHANGE_BEFORE.search(before)
    lead = q.start + len(q.text) - len(q.text.lstrip("abcdefghijklmnopqrstuvwxyz ")) if q.text[:1].isalpha() else q.start
    if (not m and q.unit in ("%", "bps") and "range of" in s[prev_end:lead]
            and (vr := _VERB_RANGE.search(s, max(0, q.start - 60), lead))
            and not (_STATE_BEFORE.search(s, max(0, vr.start() - 12), vr.start()) and q.unit == "%" and "point" not in q.text.lower())):
        return True, Direction.DOWN if vr.group("v").lower().startswith(_VERB_DOWN) else Direction.UP  # "we plan to lift EPS within a range of 6% to 9%"
    if not m and q.unit == "%" and " at " in before and (ga := _GROWING_AT.search(before)) and not after.startswith(" of "):
        return True, Direction.DOWN if ga.group(1).lower().startswith(("declin", "shrink")) else Direction.UP  # "growing at about 18%"
    if not m and q.unit == "%" and any_in(s[max(0, q.start - 80):q.start].lower(), ("inflation", "increases")):
        if _RATE_OF_RISE.search(s, max(prev_end, q.start - 80), q.start) or lead < q.end and _RATE_OF_RISE.search(s, max(prev_end, q.start - 80), lead):
            return True, Direction.UP  # "wage inflation of around 4%", "the price increases we signed are in the mid-single digits"
    if not m and q.unit == "%" and " at " in before and _STRONG_AT.search(before) and _TIMED_AFTER.match(after):
        return True, Direction.UP
    if not m and " by " in before and (mb := _MOVED_TIMED_BY.search(before)):
        return True, Direction.DOWN if mb.group(1).lower() in ("down", "lower", "decreased", "below") else Direction.UP
    if (not m and q.unit not in (None, "count", "x", "days") and " in " in before and (mi := _MOVE_IN_OF.search(before))
            and before[:mi.start()].strip(" ,") and not _ASKED_FILED.search(s, max(0, q.start - len(before) + mi.start() - 40), q.start - len(before) + mi.start())):
        return True, Direction.DOWN if mi.group("n").lower() in ("decline", "decrease", "drop", "fall", "reduction") else Direction.UP
    if not m and ("higher" in after[:12] or "lower" in after[:12]) and (adj := _WAY_OF_NOUN.match(s, q.end)):
        return True, Direction.DOWN if adj.group(1).lower() == "lower" else Direction.UP  # "on 9% lower volumes", "$15 million lower revenue from ..."
    if not m and _TO_BEFORE.search(before):
        cmp = re.match(r"\s+(tighter|wider|higher|lower|better|worse|greater)\s+(?:(?:in|for|during)\s+(?:the\s+)?(?:Q[1-4]|(?:first|second|third|fourth)\s+quarter|quarter)\s+)?than\b|\s+(fewer|more|less)\s+(?:[a-z]+\s+)?than\s+(?:last\s+year|a\s+year\s+ago|the\s+(?:prior|same|previous)\b)|\s+(below|above|behind|under|ahead\s+of|more\s+than|less\s+than|stronger\s+than|weaker\s+than)\s+(?:last\s+year|a\s+year\s+ago|the\s+(?:prior|same|previous)\b)"
                       r"|\s+(higher|lower|better|worse)\s+(?:(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to)\s+(?:last\s+year|a\s+year\s+ago|the\s+(?:prior|same|previous)\b)|year[-\s](?:over|on)[-\s]year\b|sequentially\b|quarter[-\s](?:over|on)[-\s]quarter\b)",
                       after, re.I) if q.unit in ("%", "bps") else None
        if not cmp and q.unit == "%" and _BARE_COMPARED_AT.search(s, max(0, q.start - 40), q.start):
            cmp = _MOVE_NOUN_AFTER.match(s, q.end)  # ", which is approximately at 8.4% increase": a move said without its article
        if not cmp and q.unit in ("%", "bps") and _BARE_COMPARED.search(s, max(0, q.start - 30), q.start):
            cmp = _BARE_WAY_AFTER.match(s, q.end)  # "Commercial was 17.4%, which is 1.6 points lower, as ...": the move, its base left unsaid
        if not cmp and q.unit in ("%", "bps") and " " in after[:1] and not _RATE_NAMED.search(s, cstart, q.start):
            # (not of a rate's level: "the margin came in at 9% up sequentially" is the level, then its way)
            cmp = _WAY_THEN_BASE.match(s, q.end)  # "output was 13% up year-on-year", "was 50% increase compared to": the way after the rate
        if not cmp and q.unit not in ("%", "bps", "x", "days"):
            cmp = _MONEY_AGAINST_EARLIER.match(s, past)  # "$38.5 million higher than our December 2024 balance"
        if not cmp:
            cmp = _AGAINST_EARLIER.match(s, past)  # "240 basis points above the margin recorded in the third quarter of 2024"
        if not cmp and " than " in after:
            cmp = _THAN_WE_DID.match(s, q.end)  # "$19 million less than we spent a year ago", "10.6% more than we did last quarter"
        if not cmp and ("higher" in s[past:past + 12] or "lower" in s[past:past + 12]) and _WAS_BEFORE.search(before):
            # "were 3% lower due to ...", "$2.1 million higher quarter over quarter", "higher versus the first half of 2025": the
            # period's move with its base said or left unsaid (not "would have been $9 million lower", a what-if, nor "than the
            # rest of the portfolio", another thing)
            cmp = _WAY_AGAINST_PERIOD.match(s, past) or _BARE_WAY.match(s, past)
            if cmp and (_WOULD.search(s, clause_bounds(s, q.start)[0], q.start)
                        or q.unit not in ("%", "bps") and _EFFECT_CAUSE.match(s, cmp.end())):
                cmp = None  # "sales were about $9 million lower because of the storm": what an event cost, not a move
        if cmp:  # "spreads were 25 basis points tighter than a year ago", "sales were 3% below last year"
            word = next(g for g in cmp.groups() if g)
            return True, Direction.DOWN if _DOWN_RX.match(word) or word.lower() in ("below", "behind", "under") or word[:4].lower() == "weak" else Direction.UP
        if q.unit == "%" and (grown := _GROWTH_AFTER.match(s, q.end)):
            return True, Direction.DOWN if grown.group("fall") else Direction.UP  # "which is roughly 8% growth off your new midpoint": a growth named after its rate
        return False, None
    if not m and ("by" in before or "ed " in before or "grew " in before):
        vb = _VERB_BY.search(s, max(0, q.start - 60), q.start)
        if not vb and (q.unit in ("%", "bps") or not re.match(r"[^.;]{0,30}?\bto\s+[$€£¥₹\d]", s[q.end:q.end + 40])):  # not "from $900 million to $2.1 billion"
            vb = _VERBED.search(s, max(0, q.start - 40), q.start)
        if not vb and " year" in s[max(0, q.start - 60):q.start]:
            vb = _VERB_PERIODS_BY.search(s, max(0, q.start - 80), q.start)
        if vb:  # "should lower LOE by roughly 40 cents", "raise prices by 3%"
            return True, Direction.DOWN if vb.group("v").lower().startswith(_VERB_DOWN) else Direction.UP
    if not m and q.unit in ("%", "bps") and any_in(before.lower(), _VERB_STEMS):
        vn = _VERB_NP_BAND.search(s, max(prev_end, q.start - 70), q.start)
        if vn is None and lead < q.end:
            vn = _VERB_NP_BAND.search(s, max(prev_end, q.start - 70), lead)  # "to grow closings about 8%": past the hedge
        if vn is not None:
            # "grew shipments in the high single digits", "to grow closings 8% to 10% a year": the verb, then its line
            return True, Direction.DOWN if vn.group("v").lower().startswith(("declin", "decreas", "shr")) else Direction.UP
        if "point" in q.text.lower() and _CONTRIBUTED.search(before):
            return True, Direction.UP  # "rate contributed 3.1 points": a step of the growth, a yoy change like "added"
    if m and "by" in before:
        vb = _VERB_BY.search(s, max(0, q.start - 60), q.start)
        if vb and vb.start() < m.start():  # "would reduce sales growth by 2 points": the verb, not the noun, says which way
            return True, Direction.DOWN if vb.group("v").lower().startswith(_VERB_DOWN) else Direction.UP
    if m:
        w = m.group("w").lower()
        if w.startswith("cost") and PER_UNIT_PRICE.match(s, q.end):
            return False, None  # "fuel cost us $2.41 per gallon": a price paid, not an effect
        if (w.startswith("cost") and q.unit is not None and len(q.unit) == 3 and q.unit.isupper() and not _OF_A_RESULT.match(s, q.end)
                and _ITEM_SUBJECT.search(s, max(0, prev_end + m.start("w") - 60), prev_end + m.start("w"))):
            # "the strike settlement cost us $0.07 a share": what a one-off item cost, a charge's size; not a driver held
            # against a base ("a wet August cost us $0.08 a share relative to normal") nor "$25 million of gross profit"
            return False, None
        if w.startswith("cost") and "us" in w and (mt := _MORE_THAN.match(s, q.end)):
            # "palm oil cost us roughly 6% more than a year ago": what was paid rose, where "cost us 6%" alone took a part off
            return True, Direction.UP if mt.group(1).lower() in ("more", "higher") else Direction.DOWN
        if (w.startswith("cost") and q.unit == "%" and "us" in w
                and _FUNDS_SUBJECT.search(s, max(0, prev_end + m.start("w") - 40), prev_end + m.start("w"))):
            return False, None  # "our term loans cost us 5.9% on average": the rate paid on funds, not a fall
        if w == "leveraged" and q.unit not in ("%", "bps"):
            return False, None  # "we were leveraged 2.4 times": a level of debt, where "selling costs leveraged 60 bps" moved
        if w.endswith("cost") and q.unit not in ("%", "bps"):
            return False, None  # "we expect the program to cost $44 million": what it costs, where "will cost 80 basis points" is a fall
        if w == "up" and re.search(r"\b(?:make|makes|made|making|add|adds)\s+up\s+", s[max(0, q.start - 30):q.start], re.I):
            return False, None  # "now make up about 22% of sales": a share, not a rise
        if w in ("more", "less", "better", "worse", "added", "benefit", "benefited", "gain", "gains") and q.unit not in ("%", "bps"):
            return False, None  # "a pre-tax gain of $11 million on the sale of ...": a one-off item, not a rise
        if w == "contracting" and (q.unit not in ("%", "bps") or re.match(r"\s+of\b", s[q.end:q.end + 4])):
            return False, None  # "we are contracting 40% of our volumes": sold ahead, not a margin that shrank
        if w == "contracted" and _WE_CONTRACTED.search(s, max(0, prev_end + m.start("w") - 40), prev_end + m.end("w")):
            return False, None  # "we have contracted about 40% of next year's volumes": sales signed ahead, not a shrinking
        return True, (Direction.DOWN if _DOWN_RX.fullmatch(w) or _DOWN_RX.match(w) or w == "contracting" else Direction.UP)
    if SHARE_OF.match(after):
        return False, None
    if q.unit not in (None, "count") and (ag := _AGAINST_EARLIER.match(s, past)):
        return True, Direction.DOWN if ag.group(1).lower() in ("below", "behind", "under") else Direction.UP  # "16.4% above Q3 of last year"
    if link and q.unit != "%" and not m:
        nxt = [o for o in qs if o.start >= q.end]
        if nxt and nxt[0].unit == "%" and _OR_ONLY.fullmatch(s, q.end, nxt[0].start) and (ag := _AGAINST_EARLIER.match(s, nxt[0].end)):
            return True, Direction.DOWN if ag.group(1).lower() in ("below", "behind", "under") else Direction.UP  # "21.3 million or 16.4% above Q3 of last year"
        if nxt and nxt[0].unit == "%" and " and " in before and _OR_ONLY.fullmatch(s, q.end, nxt[0].start) and (_AND_ONLY.fullmatch(before) or _AGAIN.fullmatch(before)):
            prev = [o for o in qs if o.end <= q.start]
            if prev and prev[-1].unit == q.unit and (said := change_of(prev[-1], s, qs, link=False))[0]:
                # "up $45 million sequentially and $2 billion or 7% year-over-year": the second move of the verb's list, said
                # again as a rate that carries its own base
                return said
    if REVISED_FROM.match(s, q.end):
        return False, None  # "$2.15 to $2.25, increased from prior guidance of ...": a revision, not growth
    tn = _TIMED_NOUN_AFTER.match(after) if q.unit not in ("%", "bps") else None
    if tn:  # "a $52.6 million year-over-year revenue decline": the noun after the line says which way
        return True, Direction.DOWN if tn.group("n").lower() in ("decrease", "decline", "reduction", "drop", "contraction") else Direction.UP
    if (q.unit in ("%", "bps") or money) and any_in(after[:40].lower(), ("hit", "drag", "wind")) and (dn := _DRAG_NOUN_AFTER.match(after)):
        return True, Direction.UP if dn.group("n").lower() == "tailwind" else Direction.DOWN
    ahead = after if past == q.end else s[past:past + 60]
    # asked of every figure: the lower-cased window, read by the folded copy (guard.folded), where the sentence allows
    m2 = _CHANGE_AFTER_LOW.match(ahead.lower()) if _CHANGE_AFTER_LOW is not None and lowered(s) is not None else _CHANGE_AFTER.match(ahead)
    if m2 and q.unit in (None, "count") and (cn := COUNT_AFTER.match(s, q.end)) and m2.end() <= cn.end() - q.end:
        return False, None  # "71,400 lower berths": the word belongs to the counted noun
    if m2 and q.unit in (None, "count") and _MORE_AFTER.match(after):
        return False, None  # "and about 120 more in the back half": further ones, not a rise
    if m2 and money and ("fell" in after[:8] or "fall" in after[:12]) and _LANDS_IN.match(after):
        return False, None  # "of which $2 million fell in the third quarter": the period the amount belongs to, no fall
    if m2 and q.unit is not None and len(q.unit) == 3 and q.unit.isupper() and " benefit" in after[:20] and "tax" in s[max(0, q.start - 60):q.end + 40].lower():
        return False, None  # "income tax was a $19 million benefit": what the tax line gave, no rise against a period
    if (m2 and link and " and " in before and (bt := _BASE_THEN_AND.fullmatch(before)) and not _OWN_VERB.search(bt.group("base"))
            and (prev := [o for o in qs if o.end <= q.start]) and prev[-1].unit == q.unit
            and (said := change_of(prev[-1], s, qs, link=False))[0] and said[1] is not None):
        return said  # "decreased 19% compared to Q2 2025 and 36% compared to Q2 2024": the verb's second move, against an older base
    if m2:
        txt = ahead[m2.start():m2.end()]  # as written: the folded copy's groups are lower-cased
        if re.match(r"^\s*(?:reported|as\s+reported)\b", txt, re.I) and q.unit not in ("%", "bps"):
            return False, None
        if q.unit not in ("%", "bps") and not re.search(rf"\b(?:{_UP}|{_DOWN}|increase|decrease|decline|growth|improvement|reduction)\b", txt, re.I):
            return False, None
        if q.unit not in ("%", "bps") and _ITEM_GAIN.match(after):
            return False, None  # "a $93 million net gain from insurance recoveries": an item, not a rise
        if re.search(_DOWN_RX, txt) or re.match(r"\s*(?:below|behind|under)\b", txt, re.I) or _FALL_NOUN_AFTER.match(after):
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
        if q.kind == "word_range" or _RANGE_AFTER.match(after):
            # "in the mid-40s basis points range", "the better half of the 45 to 55 basis point range": a level said as a
            # band; a change would say "up"
            return False, None
        if after.startswith(" inside "):
            return True, Direction.DOWN  # "new deals price 20 basis points inside last quarter's": a spread that narrowed
        return True, Direction.DOWN if _DOWN_RX.search(before[-40:]) else Direction.UP
    return False, None


_EARLIER = (r"(?:a\s+year\s+(?:ago|earlier)|last\s+year|(?:the\s+)?year[-\s]earlier\s+(?:quarter|period)|(?:the\s+)?prior[-\s]year(?:\s+(?:quarter|period))?|(?:the\s+)?previous\s+year|(?:the\s+)?year[-\s]ago\s+(?:quarter|period)"
            r"|(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?:last\s+year|20\d\d|a\s+year\s+(?:ago|earlier))|Q[1-4]\s+(?:of\s+)?(?:last\s+year|20\d\d)"
            r"|(?:the\s+)?same\s+(?:period|quarter)(?:\s+(?:of\s+)?(?:last\s+year|a\s+year\s+ago|20\d\d))?)")
_QUARTER_BEFORE = (rf"(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter(?![-\s]+(?:of\s+)?(?:last|this|next|the|{FISCAL}|20\d\d|\d\d)\b)"
                   r"|(?:prior|previous|last|linked|preceding)\s+quarter)")
""""about 1.5 points below the third quarter": a quarter before the figure's own, a sequential base."""
_AGAINST_EARLIER = re.compile(rf"\s+(below|above|behind|ahead\s+of|under)\s+(?:"
                              # "6% below the level of a year ago", "under the third quarter's level": the earlier period's level
                              rf"(?:the\s+)?levels?\s+of\s+(?:{_EARLIER}|{_QUARTER_BEFORE})|(?:the\s+)?year[-\s](?:ago|earlier)\s+levels?|"
                              rf"(?:{_EARLIER}|{_QUARTER_BEFORE})['’]s?\s+levels?|"
                              rf"{_EARLIER}|{_QUARTER_BEFORE}|(?:(?:pre[-\s]?pandemic\s+|pre[-\s]?COVID\s+)?(?:fall|autumn|spring|summer|winter)\s+(?:of\s+)?)?(?:{FISCAL}\s+)?20\d\d(?:\s+levels?)?(?![\w-])|"
                              # "about 40% below our 2024 spend": a year's own amount named by its year
                              rf"(?:our|the|its)\s+(?:{FISCAL}\s+)?20\d\d\s+(?:[\w-]+\s+)?(?:spend|spending|levels?|results?|revenues?|sales|base|totals?|volumes?|costs?|budget)\b|(?:the|our|its)\s+(?:[\w-]+\s+){{1,3}}?"
                              rf"(?:(?:achieved|reported|delivered|recorded|posted)\s+)?(?:in|for|during)\s+{_EARLIER}"
                              # "4% below the $6.6 billion of the prior-year quarter", "30 bps below the 18.2% of Q2 last year": the earlier level said as its figure
                              rf"|(?:the|its|our)\s+(?:[A-Z]{{3}}\s?|[$€£])?\d[\d.,]*(?:%|\s+(?:trillion|billion|million|thousand))?\s+(?:(?:we|it|they)\s+)?"
                              rf"(?:(?:achieved|reported|delivered|recorded|posted|had|earned|made)\s+)?(?:of|in|for|during)\s+{_EARLIER}"
                              # "about 15% below where they stood a year earlier", "about 6% below October's pace", "5% above the
                              # rate a year earlier" (a dividend's): an earlier level
                              rf"|where\s+(?:it|they|we|that)\s+(?:stood|was|were|ended|sat)|(?:the|its|their)\s+(?:level|pace)\s+of\s+{_EARLIER}|(?:the|its|their)\s+rate\s+(?:of\s+)?{_EARLIER}|(?-i:{MONTHS})['’]s\s+(?:pace|level|rate|run[-\s]rate)|the\s+(?-i:{MONTHS})\s+(?:level|balance)s?\b"
                              # "7% below a very strong quarter a year ago": the earlier period named with a word on its size
                              rf"|(?:a|an|the)\s+(?:[\w-]+\s+){{1,3}}?(?:quarter|half|period|month)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)"
                              # "about 4% below what we paid a year ago": the company's own earlier deed, as "than we paid" is
                              rf"|what\s+(?:we|it|they)\s+(?:paid|spent|charged|earned|made|sold|booked|had|saw)\s+(?:in\s+|during\s+)?(?:{_EARLIER}|{_QUARTER_BEFORE})"
                              # "prices around 5% below our average cost this year", said of a later year's purchases
                              rf"|(?:our|the|its)\s+(?:average\s+)?(?:cost|price|rate)s?\s+(?:this|last)\s+year)\b", re.I)
_MOVE_IN_OF = re.compile(r"\b(?P<n>increase|rise|growth|decline|decrease|drop|fall|reduction)\s+in\s+(?:(?:our|the|its|total|average)\s+)?"
                         r"(?:(?!(?:of|and|or|from|to|by|with|which|that|as|at|outlook|guidance|guide|forecast|target|estimates?|expectations?)\b)"
                         r"[\w&-]+\s+){1,3}?of\s+"
                         r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?$", re.I)
_ASKED_FILED = re.compile(r"\b(?:approv\w*|authori[sz]\w*|request\w*|fil(?:e|es|ed|ing)|seek\w*|sought|ask\w*)\b", re.I)
""""a rise in card balances of 9%", "a decline in card fees of $4 million": the move's noun and what moved said before
the figure, where the moved noun is no metric the rules know. Not a move of an outlook (a revision), not one a regulator
is asked for or grants ("a commission approving an increase in allowed revenue of $3 million"), and not a level after a move
said with its own figure ("a 35% increase in segment profit of $212 million": the $212 million is the level)."""
_GROWING_AT = re.compile(r"\b(grow(?:s|ing)?|grew|increas(?:es|ing|ed)|expand(?:s|ing)?|declin(?:es|ing)|shrink(?:s|ing)?|compound(?:s|ing)?)\s+"
                         # "grew sales at 12%", "grew even faster at 13%": the verb's line or manner between it and "at"
                         r"(?:(?!(?:to|by|in|from|with|and|while|but|which|that|for|of|its|their|our)\b)[\w-]+\s+){0,2}?at\s+"
                         r"(?:a\s+(?:rate|pace)\s+of\s+)?(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|close\s+to\s+)?$", re.I)
"""A growth rate said with "at": "growing at about 18%", "declining at 2% a year" ("to grow at 90% of our sales growth" is a ratio)."""
_STRONG_AT = re.compile(r"\b(?:strong|solid|healthy|robust)\s+at\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)
_TIMED_AFTER = re.compile(r"\s+(?:year[-\s](?:over|on)[-\s]year|YoY|y/y|sequentially|quarter[-\s](?:over|on)[-\s]quarter)\b", re.I)
""""NOI was strong at 17% year-over-year": a rate said with a level's "at", made a move by the base after it ("strong at
95% of target" stays a level)."""
_MOVED_TIMED_BY = re.compile(r"\b(up|higher|increased|down|lower|decreased|below|above)\s+(?:year[-\s](?:over|on)[-\s]year|YoY|sequentially|"
                             r"quarter[-\s](?:over|on)[-\s]quarter|linked[-\s]quarter|(?<!\bbelow\s)(?<!\babove\s)(?:in|for)\s+the\s+(?:quarter|year|period)"
                             r"|than\s+(?:(?:in\s+)?(?:19|20)\d\d|last\s+year|a\s+year\s+ago|the\s+(?:prior|previous)\s+(?:year|quarter)"
                             r"|the\s+same\s+(?:period|quarter)\s+(?:(?:in|of)\s+(?:19|20)\d\d|last\s+year|a\s+year\s+ago))"
                             r"|(?:19|20)\d\d\s+levels?|(?:the\s+)?(?:prior[-\s]year|year[-\s]ago|last\s+year['’]s)\s+levels?)\s+by\s+"
                             r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|some\s+|around\s+)?$", re.I)
""""loans were up year-over-year by about $6 billion", "higher than the same period last year by $9 million", "below 2024
levels by 25%", "higher in the quarter by about 20%": the way, then its base, then the amount."""
_THAN_WE_DID = re.compile(rf"\s+(more|less|fewer|higher|lower|better|worse)\s+than\s+(?:we|they|it|the\s+(?:segment|business|unit|division|group|company))\s+(?:did|had|spent|paid|earned|made|saw|reported|posted"
                          rf"|generated|shipped|sold|booked)\s+(?:in\s+|during\s+)?(?:{_EARLIER}|{_QUARTER_BEFORE})\b", re.I)
"""A move against what the company itself did before, the deed said between: "less than we spent a year ago"."""
_MONEY_AGAINST_EARLIER = re.compile(r"\s+(higher|lower|more|less|above|below)\s+than\s+(?:the\s+|our\s+|its\s+)?(?:(?:end\s+of\s+)?(?:"
                                    + MONTHS + r")\s+(?:20\d\d\s+)?|year[-\s]end\s+|prior[-\s]year\s+|last\s+year's\s+)(?:balance|level)s?\b"
                                    rf"|\s+(higher|lower|more|less|above|below)\s+(?:than\s+(?:in\s+|during\s+|for\s+)?|(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to)\s+(?:(?:in|during)\s+)?)?(?:{_EARLIER}|{_QUARTER_BEFORE})\b"
                                    r"|\s+(higher|lower|more|less)\s+(?:year[-\s](?:over|on)[-\s]year|YoY|y/y)\b", re.I)
_OR_AFTER_BASE = re.compile(r"(?:\s+(?:in|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?,?\s+or\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?", re.I)
_FROM_ONLY = re.compile(r"\s+from\s+(?:the\s+)?(?:about\s+|approximately\s+)?", re.I)
_MOVED_TO = re.compile(r"\b(?:(?P<down>decreased|declined|fell|dropped|slipped|eased|shrank)|increased|rose|grew|climbed|improved|jumped)\s+to\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
"""'rose to $52 million from $47 million in the prior year or 10.6%': a level, its base, then the move as a rate."""
_LINKED = re.compile(r"\s*(?:(?:year[-\s](?:over|on)[-\s]year|sequentially|quarter[-\s](?:over|on)[-\s]quarter|YoY|y/y|on\s+(?:an?\s+)?average(?:\s+basis)?)\s*)?"
                     r",?\s*(?:or|and)?\s*"
                     r"(?:an?\s+)?(?:about|approximately|roughly|nearly|almost|some|over|more\s+than)?\s*", re.I)
_AGAIN = re.compile(r"\s*(?:year[-\s](?:over|on)[-\s]year|sequentially|quarter[-\s](?:over|on)[-\s]quarter|YoY|y/y)\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)
_BASIS_WORD = re.compile(r"\s*(?:year[-\s](?:over|on)[-\s]year|sequentially|quarter[-\s](?:over|on)[-\s]quarter|YoY|y/y|on\s+a\s+(?:sequential|year-over-year)\s+basis)\b", re.I)
_MOVED = re.compile(r"\b(?:up|down|increased|decreased|grew|rose|fell|declined|dropped|jumped|climbed|gained|lost|shrank|higher|lower|"
                    r"(?:increas|decreas|grow|reduc|improv|declin)\w*\s+by)\s+(?:by\s+)?"
                    r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+)?$", re.I)
_OR_RATE = re.compile(r"(?:\s+(?:per|a)\s+(?:diluted\s+)?share)?\s*,?\s*or\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+)?", re.I)
_MOVE_NOUN_NEXT = re.compile(r"\s+(?:(?:year[-\s]over[-\s]year|sequential|annual)\s+)?(?:increase|rise|gain|improvement|decrease|decline|reduction|drop|fall)\b", re.I)
_OR_ONLY = re.compile(r"\s*,?\s*or\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+)?", re.I)
_BPS_OF_BASE = re.compile(r"\s+of\s+(?:(?:the|our|its|total|average|avg\.?|net|gross|period-end)\s+)*(?:loans|assets|deposits|revenues?|sales|"
                          r"AUM|assets\s+under\s+management|risk-weighted\s+assets|RWAs?|receivables|premiums|TPV|volume)\b", re.I)


_BASE_AFTER_COMMA = re.compile(r"\s*(?:(?:up|down|or|and)\s+)?(?:year|YoY|y/y|sequential|quarter|compared|versus|vs|from|over|relative|against|on\s+an?\s|in\s+constant|a\s+year|last|the\s+(?:prior|same|previous))", re.I)
_TO_FIGURE = re.compile(r"(?![^,;]*\b(?:while|and|but|as|with|whereas|which|including)\b)[^,;]{0,30}$", re.I)
"""Between a comparison and the figure it governs ("versus Q3 by approximately 50%"): nothing that starts a clause."""


_PACE_SEQUENTIALLY = re.compile(r"\bgrowth\s+(?:rates?\s+)?(?:has\s+|have\s+)?(?:accelerat|decelerat|slow|moderat|pick|improv|eas|quicken)\w*"
                                r"(?:\s+up)?\s+sequentially\s+to\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$", re.I)
""""order growth picked up sequentially to 7%": the quarters compare the pace; the figure is the growth itself, a
year-over-year rate."""


_NAMED_ITEM = re.compile(r"\s*(?:[;,]\s*)?(?:and\s+)?(?:the\s+)?(?-i:[A-Z][a-z][\w&'’.-]*)(?:\s+(?-i:[A-Z][a-z][\w&'’.-]*)){0,2},?\s+", re.I)
"""'; Harbor, ' or ', and The Linwood Group ': a part named with its figure alone in a list that one verb leads."""


_PACE_TO = re.compile(r"\bgrowth\s+(?:rates?\s+)?(?:has\s+|have\s+|had\s+|is\s+|was\s+)?(?:accelerat|quicken|pick)\w*(?:\s+up)?"
                      r"(?:\s+(?:again|further|sharply|nicely|meaningfully|sequentially))?\s+to\s+"
                      r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|between\s+|over\s+|more\s+than\s+)?$", re.I)
""""online growth accelerated to 47%": a growth rate reached, a rise (a slowing rate is still a growth, but says no way)."""


_PACE_BEFORE_BASE = re.compile(r"\b(?:accelerat|decelerat)\w*\b(?:\s+(?:again|further|sharply|nicely|meaningfully))?\s*$", re.I)
"""The pace's word right before the base quarter ("grew at double-digit rates, with an acceleration from Q3",
"12% accelerated from the third quarter"): the base is the earlier growth rate's, not the figure's; points of
acceleration ("a 350 basis point acceleration from Q3") are the move against that quarter's rate."""


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_BETWEEN_QUARTERS = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?P<a>first|second|third|fourth)\s+quarter|Q(?P<a2>[1-4]))\s+and\s+(?:the\s+)?"
                               r"(?:(?P<b>first|second|third|fourth)\s+quarter|Q(?P<b2>[1-4]))\b", re.I)


def change_kind(s: str, q: Quantity, qs: list[Quantity], fq: int | None = None, call_q: int | None = None) -> Change:
    if "sequentially to" in s and _PACE_SEQUENTIALLY.search(s, max(0, q.start - 90), q.start):
        return Change.YOY
    if q.unit != "%" and (again := next((o for o in qs if o.start >= q.end), None)) and again.unit == "%" and _OR_ONLY.fullmatch(s, q.end, again.start):
        # "slipped $1 billion or 2% from the first quarter": the amount and its rate are one move, against the base said
        # after the rate
        return change_kind(s, again, qs, fq, call_q)
    if (q.unit == "%" and (again := next((o for o in qs if o.start >= q.end), None)) and again.unit not in ("%", "bps", None)
            and _OR_ONLY.fullmatch(s, q.end, again.start)):
        # "up 35% or $4.2 million from Q2": the rate and its amount are one move, against the base said after the amount
        return change_kind(s, again, qs, fq, call_q)
    nxt = min((o.start for o in qs if o.start >= q.end), default=len(s))
    fm = FROM_QUARTER.search(s[q.end:min(nxt, q.end + 60)])
    # The quarter just before the figure's own, or before the call's ("versus the third quarter" in a fourth-quarter
    # call, whatever period an outlook cue gave the figure): a quarter with no year is this year's, so sequential.
    before_own = {(x - 1 or 4) for x in (fq, call_q) if x}
    if fm and "ccelerat" in s and q.unit == "%" and _PACE_BEFORE_BASE.search(s, q.end, q.end + fm.start()) and not (
            SEQ.search(s, q.end, q.end + fm.start()) or _QOQ.search(s, q.end, q.end + fm.start())):
        return Change.YOY  # "grew at double-digit rates, with an acceleration from Q3 into Q4": the quarters compare the pace
    if fm and _QUARTERS_OWN_MOVE.match(s, q.end + fm.end()):
        fm = None  # "fell 11%, better than the Q3 decline of 21%": the quarter of the next move, no base
    if fm and ORDINAL[(fm.group(1) or fm.group(2)).lower()] in before_own:
        cue = s[q.end:q.end + fm.start()]
        # "up 6% year over year, and compared with the third quarter it was up 2%": the 6% is named yoy first
        if not (YOY.search(cue) or _QOQ.search(cue) or SEQ.search(cue)):
            return Change.SEQUENTIAL
    if before_own and (lead := FROM_QUARTER.match(s)) and ORDINAL[(lead.group(1) or lead.group(2)).lower()] in before_own:
        # "Compared with the third quarter, revenue rose 6% and margin improved 80 basis points": the lead is every figure's
        if not any(rx.search(s, q.end, min(nxt, q.end + 40)) for rx in (YOY, _QOQ)):
            return Change.SEQUENTIAL
    if before_own and "between" in s and (bq := _BETWEEN_QUARTERS.search(s, 0, q.start)) is not None:
        # "The changes between the second quarter and first quarter were: lower volumes reduced earnings by $40 million":
        # steps from the quarter before
        a, b = (int(bq[n + "2"]) if bq[n + "2"] else _ORDINALS[bq[n].lower()] for n in ("a", "b"))
        if b in before_own and a == (b % 4) + 1 and not any(rx.search(s, q.end, min(nxt, q.end + 40)) for rx in (YOY, _QOQ)):
            return Change.SEQUENTIAL
    if (fm and fq and ORDINAL[(fm.group(1) or fm.group(2)).lower()] == fq and _AHEAD_CUE.search(s, 0, q.start)
            and not _OF_A_YEAR.match(s, q.end + fm.end())):
        return Change.SEQUENTIAL  # "we expect first quarter revenue to be down about 5% relative to Q4" in a Q4 call
    if ((yq := _YEARS_QUARTER_BASE.match(s, q.end)) is not None
            and (ORDINAL[yq.group("o").lower()] if yq.group("o") else int(yq.group("n"))) in {x for x in (fq, call_q) if x}):
        # "rose 9% versus the fourth quarter of 2025, and sequentially they were up 14%" in a fourth-quarter call: the
        # same quarter of an earlier year, named right after the figure, whatever a later clause compares
        return Change.YOY
    if _YEAR_BASE.match(s, q.end):
        # "bookings down 30% to 35% versus 2019, improving sequentially from January through March": the base named
        # in the figure's own clause; a later clause's way of moving does not replace it
        return Change.YOY
    if fq and (fmo := FROM_MONTH.search(s, q.end, min(nxt, q.end + 60))):
        # "higher by $0.8 billion from June 30 of last year": the same month a year back
        return Change.YOY if _MONTH_A_YEAR_BACK.match(s, fmo.end()) else Change.SEQUENTIAL
    if fq and " the " in s[q.end:q.end + 14] and _AGAINST_MONTH_LEVEL.match(s, q.end):
        return Change.SEQUENTIAL  # "9 days below the June level": a balance at a month's end, the quarter before
    if before_own and " than " in s[q.end:min(nxt, q.end + 40)] and (did := _THAN_DONE_IN_QUARTER.match(s, q.end, min(nxt, q.end + 90))):
        # "room rates $6 higher than the levels we reached in the second quarter": a level the company reached then
        if ORDINAL[did.group(1).lower()] in before_own:
            return Change.SEQUENTIAL
    if " on " in s[q.end:min(nxt, q.end + 40)] and (on := _ON_QUARTER.match(s, q.end, min(nxt, q.end + 40))) is not None:
        # "up 5% on the second quarter", "declined 3% on the quarter": the quarter before, in the British way
        if (on.group(1) is None or ORDINAL[on.group(1).lower()] in before_own) and not YOY.search(s, q.end, on.end()):
            return Change.SEQUENTIAL
    if (fq and "than in" in s[q.end:min(nxt, q.end + 40)] and _THAN_IN_MONTH.match(s, q.end)
            and not any_in(s.lower(), _STEP_WORDS)):  # not "$200 million more than in July" of a guide: a revision step
        return Change.SEQUENTIAL  # "20 basis points lower than in June": the quarter's last month, three months back
    if nxt < len(s) and " to " in s[q.end:nxt + 1] and (lvl := next(o for o in qs if o.start == nxt)) and _TO_LEVEL.fullmatch(s, q.end, nxt):
        # "rose 30 basis points to 12.5% sequentially": the base said after the level the move reached is the move's
        tail = s[lvl.end:min(min((o.start for o in qs if o.start >= lvl.end), default=len(s)), lvl.end + 40)].split(", ")[0]
        hits = [(m.start(), c) for rx, c in ((_QOQ, Change.QOQ), (SEQ, Change.SEQUENTIAL)) for m in rx.finditer(tail)]
        if hits:
            return min(hits, key=lambda h: h[0])[1]
    prev = max((o.end for o in qs if o.end <= q.start), default=max(0, q.start - 60))
    ahead = s[q.end:min(nxt, q.end + 80)]
    if (comma := ahead.find(", ")) >= 0 and not _BASE_AFTER_COMMA.match(ahead, comma + 1):
        ahead = ahead[:comma]  # "the margin shrank 320 bps, once more a step up sequentially": another clause's base
    for n, window in enumerate((ahead, s[max(prev, q.start - 60):q.start], s[max(0, q.start - 60):q.start])):
        if n == 1 and " when " in window:
            # "a sequential gain on Q2 when orders (year over year) dropped 18%": the clause on that
            # quarter tells its own move against a year before, whatever way the quarters compare
            at = window.rfind(" when ")
            if YOY.search(window, at) or not SEQ.search(window, at) and _QUARTER_ENDS.search(window, 0, at):
                return Change.YOY
        hits = [(m.start(), c) for rx, c in ((_QOQ, Change.QOQ), (SEQ, Change.SEQUENTIAL), (YOY, Change.YOY)) for m in rx.finditer(window)
                if not (c is Change.SEQUENTIAL and "equential" in m.group(0) and _seq_elsewhere(window, m, n == 0))]
        if n == 1 and before_own and ("quarter" in window.lower() or "Q" in window):
            # "Compared with the third quarter, revenue rose 6%", "reduced orders versus Q3 by 40%"
            hits += [(m.start(), Change.SEQUENTIAL) for m in FROM_QUARTER.finditer(window)
                     if ORDINAL[(m.group(1) or m.group(2)).lower()] in before_own and _TO_FIGURE.match(window, m.end())]
        if hits:
            # the base word nearest the figure: the first after it, the last before it ("better sequentially, after a
            # quarter in which year-over-year orders had dropped 23%" is yoy)
            return (min if n == 0 else max)(hits, key=lambda h: h[0])[1]
    earlier = [o for o in qs if o.end <= q.start]
    if (earlier and (", with " in s[earlier[-1].end:q.start] or _LIST_ON.fullmatch(s, earlier[-1].end, q.start) and ", with " in s[:earlier[-1].start])
            and not _NEW_CLAUSE.search(s, earlier[-1].end, q.start)):
        # "up 12% from the second quarter, with a 5% increase in software revenue": the with-clause shares the base
        base = change_kind(s, earlier[-1], earlier, fq, call_q)
        if base is not Change.YOY:
            return base
    return Change.YOY


_SEQ_CAUSE_BEFORE = re.compile(r"\b(?:reflect\w*|driven\s+by|due\s+to|because|thanks\s+to|helped\s+by|supported\s+by|despite|amid|as)\b"
                               r"|\band\s+(?:has\s+|have\s+)?(?:remained|stayed|was|were|is|are|held|improved|continued)\b", re.I)
_SEQ_PREDICATE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:and\s+(?:(?:it|they)\s+)?(?:was|were|is|are|grew|rose|increased|declined|fell|came\s+in|ended)"
                                  r"|(?:supported|drove|helped|lifted|boosted|fueled|underpinned|contributed\s+to|led\s+to))\b", re.I)


def _seq_elsewhere(window: str, m: re.Match, ahead: bool) -> bool:
    """Is "sequential(ly)" said of another predicate than the figure's? After the figure, in a cause or a second predicate
    ("reflects the continued sequential recovery", "... and remained stable sequentially"); before it, closing a predicate
    of its own or a subject that drove the figure ("improved sequentially and was up 3%", "sequential share gains
    supported volume growth of 2.1%")."""
    if ahead:
        return _SEQ_CAUSE_BEFORE.search(window, 0, m.start()) is not None
    return _SEQ_PREDICATE_AFTER.match(window, m.end()) is not None


def similar_to_other(s: str, start: int, end: int) -> bool:
    """"similar to the U.S.", "in line with Europe": a match with another place or business, not a level kept; and a
    rate or performance "similar to the December quarter" keeps the rate, not the level (no flat direction)."""
    if not s[start:end].lower().startswith(("similar", "consistent", "in line", "in\u00a0line")):
        return False  # "flat to fiscal 2025" keeps the level
    if _LIKE_A_NAME.match(s, end) or _LIKE_A_PLAN.match(s, end):
        return True  # nor "in line with our prior outlook": a plan met, not a level kept
    if _NUMBER_OF.match(s, end):
        return True  # "a similar number of openings, around 55 to 60": a count like another's, said by its figure
    if " market" in s[end:end + 50] or " industry" in s[end:end + 50]:
        if _LIKE_A_MARKET.match(s, end):
            return True  # "sales broadly in line with the wider handset market": a match with the market's course, no level kept
    if s[start:end].lower() == "similar" and _SIMILAR_THING.match(s, end):
        return True  # "remain shaped by similar drivers": a word on other things, no level of the metric
    return bool(_RATE_BEFORE_SIMILAR.search(s, max(0, start - 70), start)) and s[end:end + 4].lower().startswith((" to", " wit"))


_TO_LEVEL = re.compile(r",?\s+to\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+)?", re.I)
_LIKE_A_MARKET = re.compile(r"\s+(?:to|with)\s+(?:the\s+|that\s+of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:market|industry)\b(?!\s+(?:share|position)\b)", re.I)
_SIMILAR_THING = re.compile(r"\s+(?:drivers|dynamics|factors|forces|trends|patterns|themes|issues|headwinds|tailwinds|pressures|conditions)\b", re.I)
_NUMBER_OF = re.compile(r"\s+(?:number|count|amount)\s+of\s+[a-z]", re.I)
_LIKE_A_NAME = re.compile(r"\s+(?:to|with)\s+(?:the\s+)?(?!(?:Q[1-4]|FY|H[12]|Fiscal|January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|First|Second|Third|Fourth|Last|Prior|Previous)\b)(?-i:U\.S\.|U\.K\.|[A-Z][\w&-]+)")
_LIKE_A_PLAN = re.compile(r"\s+(?:to|with)\s+(?:(?:our|the|your|its|what\s+we)\s+)?(?:(?:prior|previous|original|initial|earlier|current|"
                          r"own|long-term|full-year|annual)\s+)*(?:outlook|guidance|guide|expectations?|expected|plan|plans|forecast|"
                          r"range|targets?|framework|commitments?|algorithm|consensus|the\s+Street|said|told|guided)\b", re.I)
_RATE_BEFORE_SIMILAR = re.compile(r"\b(?:performance|growth|rates?|pace|declines?|trends?|trajector(?:y|ies)|cadence|seasonality|patterns?)\s+(?:[\w'’-]+\s+){0,7}$", re.I)


def quarterly_step(s: str, q: Quantity) -> bool:
    """A move of a quarterly rate ("raised the quarterly dividend by 10% to $0.88") with no base of its own, or against the
    rate paid before ("up 4% from the prior rate"): against the quarter before, not a year ago."""
    lead = _QUARTERLY_RATE.search(s, 0, q.start)
    if lead is None or q.start - lead.end() >= 60:
        # "a $0.04 increase in the quarterly dividend we pay": the rate named after the step
        lead = _STEP_OF_QUARTERLY_RATE.match(s, q.end)
    return (lead is not None and not YOY.search(s, min(lead.start(), q.start), min(len(s), max(q.end, lead.end()) + 60))
            # ("a 5% increase versus the first quarter of 2025": a base of its own, named with its year)
            and not _BASE_QUARTER_OF_A_YEAR.search(s, q.end, min(len(s), q.end + 60)))


_BASE_QUARTER_OF_A_YEAR = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:to|with)|over|from)\s+(?:the\s+)?(?:Q[1-4]|(?:first|second|third|fourth)\s+quarter)\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d\b", re.I)
LOSS_LEVEL_AFTER = re.compile(
    r"(?:\s+(?:per|a)\s+(?:diluted\s+)?[\w-]+)?(?:\s*(?:[,.;)]|$)|\s+(?:in|during|for)\s+(?:the|this|that|its|each|fiscal|20\d\d|Q[1-4])\b(?!\s+(?:[\w-]+\s+){0,2}?(?:sales|revenues?|volumes?)\b)"
    r"|\s+(?:at|on)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:line|level|basis|measure)\b|\s+(?:compared|versus|vs\.?|against|rather|while|and|but)\b)", re.I)
""""the unit lost $1.9 million at the EBITDA line", "lost $42 million on the same measure": the result said as a loss;
what a cause took away names what it took ("we lost $31 million of sales", "lost $12 million in revenue")."""
_QUARTERLY_RATE = re.compile(r"\bquarterly\s+(?:cash\s+|common\s+)?dividend\b", re.I)
_STEP_OF_QUARTERLY_RATE = re.compile(r"\s+(?:increase|rise|raise|hike)\s+(?:in|to|of)\s+(?:our|the|its)\s+quarterly\s+(?:cash\s+|common\s+)?dividend\b", re.I)
_THAN_DONE_IN_QUARTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:higher|lower|more|less|better|worse|above|below)\s+than\s+(?:the\s+|our\s+|what\s+|they\s+|it\s+|we\s+)?"
    r"(?:(?!(?:expected|anticipated|forecast|planned|guided|budgeted|assumed|modeled|thought|consensus)\b)[\w'’-]+\s+){0,4}?"
    r"(?:were|was|had|achieved|saw|seen|reported|posted|did|reached|delivered|set|recorded|generated|earned|ran|averaged)\s+"
    r"(?:(?:just|back)\s+)?(?:in|during)\s+the\s+(first|second|third|fourth)\s+quarter\b(?!\s+(?:of|last|a\s+year|in\s+20)|,?\s+20\d\d)", re.I)
_ON_QUARTER = re.compile(r"(?:[^,;.]{0,20}?)\bon\s+the\s+(?:(first|second|third|fourth)\s+)?quarter\b(?!['’]|\s+(?:of|last|a\s+year|in\s+20))", re.I)
_MONTH_A_YEAR_BACK = re.compile(r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+year|a\s+year\s+(?:ago|earlier))\b", re.I)
_THAN_IN_MONTH = re.compile(rf"\s+(?:(?:higher|lower|more|less|better|worse|above|below)\s+)?than\s+in\s+(?:{MONTHS})\b"
                            r"(?!,?\s+(?:of\s+)?(?:last\s+year|a\s+year\s+ago|20\d\d))", re.I)
_BOUND_AFTER_WAY = re.compile(r"(?:below|under|beneath)\s", re.I)
_BROUGHT_DOWN = re.compile(r"\b(?:bring|brings|bringing|brought|get|gets|getting|got|drive|drives|driving|drove|push|pushes|pushing|pushed|pay|paying)\s+(?:[\w&'’-]+\s+){0,4}down\s+$", re.I)
_AGAINST_MONTH_LEVEL = re.compile(rf"\s+(?:below|above|under)\s+the\s+(?-i:{MONTHS})\s+(?:level|balance)s?\b", re.I)
_LIST_ON = re.compile(r"\s*,?\s*and\s+[^,;.]{1,40}", re.I)
""""..., with services up 6% and hardware up 2%": the next item of a with-list."""
_NEW_CLAUSE = re.compile(r"[;:]|\b(?:but|while|whereas|although|though)\b|,\s+and\s+(?:we|our|the|it|they)\b", re.I)


_QUAL_END = re.compile(r"[.;]|,\s+(?:and|but|while|as|which)\b", re.I)


def qualitative_change(s: str, end: int, fq: int | None, call_q: int | None, half: int | None = None) -> Change | None:
    """What a way said without a figure is held against, where the words after it name that: "down slightly versus
    last year" (yoy), "flat to slightly down sequentially", "step down from the third quarter" in a Q3 call (sequential).
    None where they name nothing: "roughly flat next year" says no base."""
    if way := next((w for w in ("below", "above", "behind", "under") if s[max(0, end - len(w)):end].lower() == w), None):
        # "a little below the third quarter's": the phrase's own last word also sets it against the base named after it
        end -= len(way)
    window = s[end:end + 60]
    stop = _QUAL_END.search(window)
    window = window[:stop.start()] if stop else window
    if not window.strip():
        return None
    if _QOQ.search(window):
        return Change.QOQ
    if SEQ.search(window):
        return Change.SEQUENTIAL
    # searched in place, not in the window's copy: "a bit lower than in the third quarter" needs the word before "than"
    fm = FROM_QUARTER.search(s, end, end + len(window))
    if fm and ORDINAL[(fm.group(1) or fm.group(2)).lower()] in {(x - 1 or 4) for x in (fq, call_q) if x}:
        return Change.SEQUENTIAL
    # "roughly flat with the third quarter": a level held "with" names its base as "from" does
    wm = _WITH_QUARTER.match(window)
    if wm and ORDINAL[wm.group(1).lower()] in {(x - 1 or 4) for x in (fq, call_q) if x}:
        return Change.SEQUENTIAL
    if half == 2 and _FIRST_HALF_BASE.search(window):
        return Change.SEQUENTIAL  # "second-half volumes to be lower than in the first": the half before the one guided
    if YOY.search(window) or _THAN_THIS_YEAR.match(window):
        return Change.YOY
    if fq and " the " in window and (bo := _BARE_ORDINAL_BASE.search(window)) and ORDINAL[bo.group(1).lower()] == (fq - 1 or 4):
        # "fourth-quarter sales to come in lower than in the third", "to improve in the fourth quarter from the third": the
        # quarter named by its ordinal alone, the one before the quarter guided
        return Change.SEQUENTIAL
    return None


_FIRST_HALF_BASE = re.compile(r"\b(?:from|over|versus|vs\.?|with|compared\s+(?:to|with)|relative\s+to|than(?:\s+(?:in|during))?)\s+the\s+first(?:\s+half)?\b"
                              r"(?!['’-]|\s+(?:quarter|year|half|of|nine|six|three|two)\b)", re.I)
_WITH_QUARTER = re.compile(r"\s*with\s+the\s+(first|second|third|fourth)[-\s]quarter\b(?!['’]|\s+(?:of|last|a\s+year|in\s+20)|,?\s+20\d\d)", re.I)
_BARE_ORDINAL_BASE = re.compile(r"\b(?:from|over|versus|vs\.?|with|compared\s+(?:to|with)|relative\s+to|than(?:\s+(?:in|during))?)\s+the\s+(first|second|third|fourth)\b(?!['’-]|\s+(?:quarter|half|year|of|to|and|in)\b)"
                                r"(?=\s*(?:[,.;)]|$)|\s+(?:because|as|since|when|mostly|largely|partly|mainly|due|given|driven|with|on|but)\b)", re.I)


_THAN_THIS_YEAR = re.compile(rf"\s*than\s+(?:(?:in|for)\s+)?(?:this|the\s+current)\s+(?:{FISCAL}\s+)?year\b", re.I)
""""capital spending next year to be somewhat lower than this year": the year ahead held against the year under way."""


_STEP_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:from|versus|vs\.?|over|to|off|in)\s+(?:the\s+|our\s+)?(?:(?:prior|previous|original|earlier|initial|last\s+quarter's)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:midpoint|range|guidance|guide|outlook|forecast)|(?:upper|lower|top|bottom|high|low)\s+end\s+of\s+(?:the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:range|guidance|outlook)|(?:range|guidance|outlook)\s+(?:we|that\s+we)\s+(?:provided|gave|issued|set|shared))\b", re.I)
_STEP_BEFORE = re.compile(
    r"\b(?:(?:rais|lower|increas|reduc|cut|trim|lift|narrow|boost)\w*\s+(?:our\s+|the\s+|its\s+)?"
    r"(?:(?:midpoint|(?:top|bottom|upper|lower|low|high)\s+end)\s+of\s+(?:our\s+|the\s+|its\s+|that\s+)?)?(?:[\w'-]+\s+){0,4}?"
    r"(?:guidance|outlook|forecast|guide|range|estimate)s?\s+(?:range\s+)?by|"
    r"(?:rais|lower|increas|reduc|cut|trim|lift|boost)\w*\s+(?:the|our|its)\s+(?:midpoint|(?:top|bottom|upper|lower|low|high)\s+end)\s+by|midpoint\s+(?:goes|went|moves|moved)\s+(?:up|down|higher|lower)(?:\s+by)?"
    r"|(?:moves?|moved|moving|takes?|took|taking|brings?|brought|bringing|pushes|pushed|pushing|lifts?|lifting)\s+(?:the|our|its)\s+(?:new\s+)?midpoint\s+"
    r"(?:up|down|higher|lower)(?:\s+by)?)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|another\s+)?$", re.I)


_STEP_WORDS = ("uid", "utlook", "range", "orecast", "midpoint", "stimate", "xpectation")
_MONTHS = rf"(?-i:{MONTHS})"
_STEP_AGAINST = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:from|versus|vs\.?|over|compared\s+(?:to|with)|against)\s+(?:the\s+|our\s+)?"
    rf"(?:(?:{_MONTHS}\s+)?(?:expectations?|estimates?)\b(?!\s+(?:of|for)\b)|{_MONTHS}\s+(?:guidance|guide|outlook|forecast|range|view|plan)\b)", re.I)
"""'$45 million higher versus our expectations in March', 'up $0.06 from our estimate', 'from our May outlook': a step
against an earlier outlook (the expectations of a figure, 'expectations of $5 billion', are that outlook's level)."""
_STEP_FROM_MONTH = re.compile(rf"\s*(?:[\w-]+\s+){{0,4}}?(?:from|versus|vs\.?|since|over)\s+{_MONTHS}\b(?!\s+(?:\d|of\s+last|last|a\s+year))", re.I)
"""'We now see operating cash flow reaching $720 million, up $30 million from March': in a revised outlook, a month is the one the
earlier outlook was given in."""


def revision_step(q: Quantity, s: str, qs: list[Quantity], outlook: bool = False) -> bool:
    """The step by which an outlook was revised ("lifting our 2026 outlook by $0.12", "a $0.12 increase at the midpoint
    over our earlier range", "$80 million off the top end of our range"): a revision, not a change against last year.
    Growth set against the outlook it replaces ("growth of 5% to 7%, versus our previous guidance of 2.5% to 4.5%") stays growth."""
    months = outlook and _FROM_A_MONTH_HINT.search(s) is not None and _NOW_SEEN.search(s) is not None
    if not any_in(s, _STEP_WORDS) and not months:
        return False
    nq = next((o for o in qs if o.start >= q.end), None)
    after = s[q.end:nq.start if nq is not None else q.end + 60]
    m = _STEP_AFTER.match(after) or _STEP_AGAINST.match(after) or _TAKEN_FROM_OUTLOOK.match(after) or (_STEP_FROM_MONTH.match(after) if months else None)
    if m and nq is not None and nq.unit == q.unit and re.match(r"\s+of\s+(?:about\s+|approximately\s+)?$", after[m.end():], re.I):
        return False
    return m is not None or _STEP_BEFORE.search(s, max(0, q.start - 80), q.start) is not None


_FROM_A_MONTH_HINT = re.compile(rf"\b{_MONTHS}\b")
_NOW_SEEN = re.compile(r"\b(?:now|updated|revised|raised|raising|lifted|lifting|lowered|lowering)\b", re.I)
"""An outlook said as revised: its month ("up $30 million from March") is when the outlook it replaces was given, where
"an award increase of 3.5% from July" in an assumption is when a rise takes effect."""


_WAY_WORD = re.compile(rf"\b(?:{_UP}|{_DOWN}|increase|decrease|decline|improvement|reduction|above|below|ahead|behind|positive|negative|flat)\b", re.I)
_PLAN_NEXT = re.compile(r"\s+(?:of\s+|than\s+)?(?:(?:what\s+)?(?:we|I)\s+(?:had\s+)?)?(?:our\s+|the\s+|internal\s+)?"
                        r"(?:expect|anticipat|plan|guid|forecast|consensus|budget|outlook)", re.I)
"""After a way word: "sales fell 4%, and 5% in constant currency, ahead of our plan" holds the result against the plan,
no way of the move."""


def way_said(q: Quantity, s: str, qs: list[Quantity]) -> bool:
    """True when the figure's own words say which way it moved: a direction word between the figure before it and the
    figure, or after it before the next one. "off 4% on the quarter and 13% from last year" says none for 13%."""
    prev_end = max([o.end for o in qs if o.end <= q.start] + [0])
    nxt = min([o.start for o in qs if o.start >= q.end] + [len(s)])
    return any(not _PLAN_NEXT.match(s, m.end())
               for a, b in ((prev_end, q.start), (q.end, min(nxt, q.end + 40))) for m in _WAY_WORD.finditer(s, a, b))


_NOUN_AFTER_METRIC = re.compile(r"\s+(?:(?!(?:will|would|should|could|may|might|can|to|did|does|do|has|have|had|is|was|were|are|be|being|been|"
                                r"continued?|continues|began|begins|started|starts|saw|sees|see|expect\w*)\b)[\w-]+\s+)?"
                                r"(?P<n>growth|increase|decline|decrease)\b(?!\s+(?:of\s+(?:our|the|its)|by)\b)", re.I)
_SIGN_BEFORE_METRIC = re.compile(r"\b(positive|negative)\s+$", re.I)
_SIGN_LINK = re.compile(r"\s+(?:of|was|were|at|came\s+in\s+at)\s+(?:about\s+|approximately\s+|roughly\s+)?", re.I)
_NOUN_BEFORE_METRIC = re.compile(r"\b(?P<n>growth|increase|decline|decrease)\s+in\s+(?:our\s+|the\s+|its\s+|total\s+)?$", re.I)
_GROWTH_LINK = re.compile(r"(?:(?!\b(?:and|or|but|while|whereas|which|including|versus|vs|compared|than|from)\b)[^,;:()])*$", re.I)


def growth_named(s: str, span: tuple[int, int], q: Quantity, qs: list[Quantity]) -> Direction | None:
    """The direction of a rate whose metric is named with a growth noun ("bookings growth of 6% to 8%", "parcel volume growth
    came to 14%", "growth in fee revenue of 4%", "the underlying sales decline stood at 3.4%"), or None when the figure is
    not that noun's: another figure, a clause break or a comparison between them."""
    sign = _SIGN_BEFORE_METRIC.search(s, max(0, span[0] - 12), span[0])
    if sign is not None and _SIGN_LINK.fullmatch(s, span[1], q.start):
        return Direction.DOWN if sign.group(1).lower() == "negative" else Direction.UP  # "positive sales of 6.2%"
    m = _NOUN_AFTER_METRIC.match(s, span[1])
    if m is None or m.end() > q.start:
        m = _NOUN_BEFORE_METRIC.search(s, max(0, span[0] - 30), span[0])
        if m is None or s.find(" of", span[1], q.start) < 0:
            return None
    gap_from = max(m.end(), span[1])
    if q.start - gap_from > 80 or any(gap_from <= o.start < q.start for o in qs) or not _GROWTH_LINK.match(s, gap_from, q.start):
        return None
    return Direction.DOWN if m.group("n").lower() in ("decline", "decrease") else Direction.UP


_FALL_NOUN_AFTER = re.compile(r"\s+(?:(?!(?:and|or|but|while|of|in|to|from|for|with|on|versus|vs|compared|than|as)\b)[\w&-]+\s+){1,3}?"
                              r"(?:decline|decrease|drop|fall|contraction|reduction|deterioration)s?\b", re.I)
""""a 7% organic order decline", "a 2% year-over-year unit decrease": the noun a few words on says which way, where the
first word ("organic", "year-over-year") only says the figure is a change."""


_LANDS_IN = re.compile(r"\s+(?:fell|falls?|falling)\s+(?:in|into|within)\s+(?:the\s+|this\s+|next\s+|our\s+)?"
                       rf"(?:(?:first|second|third|fourth|current|coming|same|following|next)\s+)?(?:(?:{FISCAL}\s+)?(?:quarter|half|year)|Q[1-4]|H[12]|20\d\d)\b", re.I)


_ITEM_GAIN = re.compile(r"\s*(?:[\w-]+\s+){0,2}?gains?\b(?!\s+(?:in|of)\b)", re.I)


# Searched across whole sentences or clauses: a first-character test (see guard.py); the lower-cased copy for those
# whose callers use spans and truth only (see guard.OnLowered).
(_VERB_BY, FROM_MONTH) = (guarded(rx) for rx in (_VERB_BY, FROM_MONTH))
(CHANGE_BEFORE, _TO_BEFORE, SEQ, YOY, _QOQ, FROM_QUARTER) = (guarded(rx) for rx in (
    CHANGE_BEFORE, _TO_BEFORE, SEQ, YOY, _QOQ, FROM_QUARTER))
(CHANGE_BEFORE, _TO_BEFORE, SEQ, YOY, _QOQ) = (OnLowered(rx) for rx in (CHANGE_BEFORE, _TO_BEFORE, SEQ, YOY, _QOQ))


def recalled_change(facts: list[Fact]) -> list[Fact]:
    """"We now expect net yields to grow 5.6% to 5.8%, up from the 4.9% to 5.3% we gave in July": a recalled outlook in
    % of a metric the sentence gives as a change is that change too (the growth it guided), not a level."""
    out = list(facts)
    for i, f in enumerate(out):
        if f.kind is not FactKind.PRIOR_GUIDANCE or f.change is not None or f.unit != "%":
            continue
        ref = next((g for g in out if g is not f and g.metric == f.metric and g.unit == "%" and g.change is not None), None)
        if ref is None:
            continue
        top = f.value if f.value is not None else f.high
        bottom = f.value if f.value is not None else f.low
        direction = (Direction.DOWN if top is not None and top < 0 else Direction.UP if bottom is not None and bottom >= 0 else None)
        out[i] = f.model_copy(update={"change": ref.change, "direction": direction})
    return out


_RATE_CASE = re.compile(r"\b(?:rate\s+(?:case|request|filing|application|review|proceeding|order)|revenue\s+requirement|general\s+rate|filing|"
                        r"settlement|commission|regulators?)\b", re.I)
_ASKED_OF = re.compile(r"\b(?:ask\w*|request\w*|seek\w*|sought|approv\w*|authoriz\w*|settle\w*|provides?\s+for|grant\w*)\b[^.;$]{0,40}$", re.I)
_ASK_STEP_AFTER = re.compile(r"\s+(?:net\s+)?(?:increase|decrease|reduction)\b", re.I)
_ASK_STEP_BEFORE = re.compile(r"\b(?:increase|decrease|reduction)\s+of\s+(?:about\s+|approximately\s+)?$", re.I)


def rate_ask(s: str, q) -> bool:
    """Is a money step the one a utility asks of (or is granted by) its regulator ("asking for a $40 million increase in
    annual revenue", "the settlement provides for a revenue increase of $25 million")?"""
    if not (_ASK_STEP_AFTER.match(s, q.end) or _ASK_STEP_BEFORE.search(s, max(0, q.start - 30), q.start)):
        return False
    return _RATE_CASE.search(s) is not None and _ASKED_OF.search(s, max(0, q.start - 70), q.start) is not None

# Seldom matched: first a test for the words each match holds (see guard.Gated).
(_TAKEN_BEFORE, _TOOK_OFF, _FALL_OF, _WAY_NOUN_OF) = (gated(rx) for rx in (_TAKEN_BEFORE, _TOOK_OFF, _FALL_OF, _WAY_NOUN_OF))


_STACK_AFTER = re.compile(r"[^.;\d%]{0,40}?\b(?:(?:two|three|2|3)[-\s]years?\s+(?:stack(?:ed)?|basis|comp(?:arison)?s?)|stack(?:ed)?\s+basis)\b", re.I)
_STACK_BEFORE = re.compile(r"\b(?:two|three|2|3)[-\s]year\b[^.;,\d%]{0,30}?\bstack(?:ed)?\b[^.;,\d%]{0,30}$", re.I)
_CAGR_BEFORE = re.compile(r"\b(?:CAGR|compound(?:ed)?\s+(?:annual|average)(?:\s+(?:growth|earnings\s+growth))?\s+rate|compound(?:ed)?\s+annual(?:ly)?)\b"
                          r"(?:(?!\b(?:and|but|while)\s+(?:we|our|the|it|this)\b|\bgrowth\b)[^.;]){0,60}$", re.I)
_CAGR_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:CAGR|compound(?:ed)?\s+annual)\b", re.I)
"""'two-year compounded annual growth of 4%', 'a 35% CAGR': growth a year averaged over years, against no one year."""
_ONE_AND_TWO = re.compile(r"\bone[-\s]+(?:and|or)\s+(?:a\s+)?two[-\s]year", re.I)


def stacked(s: str, q: Quantity, qs: list[Quantity]) -> bool:
    """"up 12% on a two-year stack", "a two-year stacked comp of 15%": growth summed over two years, no change against
    one year before; so is a compound annual rate ("a two-year CAGR of 4%"). "up 9% and 20% on a one- and two-year basis" pairs each figure with its own span: left as it is."""
    if ("CAGR" in s or "ompound" in s or "cagr" in s) and (
            _CAGR_AFTER.match(s, q.end) or _CAGR_BEFORE.search(s, max(0, q.start - 90), q.start)):
        return True
    if "year" not in s or _ONE_AND_TWO.search(s):
        return False
    nxt = min((o.start for o in qs if o.start >= q.end), default=len(s))
    return bool(_STACK_AFTER.match(s[:nxt], q.end) or _STACK_BEFORE.search(s, max(0, q.start - 60), q.start))


_SPAN_BASE = re.compile(r"\b(?:(?:over|in|during|for|across)\s+(?:the\s+)?(?:last|past|prior|previous)\s+(?:two|three|four|five|several|few|[2-9])\s+years"
                        r"|(?:over|in|during|for|across)\s+(?:the|a)\s+(?:two|three|four|five|[2-9])[-\s]year\s+(?:period|span|stretch)|over\s+(?:two|three|four|five|[2-9])\s+years"
                        # "up 12% on two years ago", "4 points above where it stood three years ago": not "three years ago, the board set"
                        r"|(?:versus|vs\.?|compared\s+(?:to|with)|from|than|over|against|above|below|on|relative\s+to|(?:where|what)\s+(?:we|it|they)\s+(?:were|was|stood))\s+"
                        r"(?:(?:(?:where|what)\s+)?(?:we|it|they)\s+(?:were|was|stood)\s+|the\s+same\s+(?:period|quarter|time|month)\s+)?(?:just\s+|only\s+)?(?:two|three|four|five|several|[2-9])\s+years\s+(?:ago|earlier|before)"
                        r"|since\s+(?:the\s+|its\s+|our\s+)?(?:inception|launch|start|beginning)|since\s+(?:we|it|they)\s+(?:began|started|launched)"
                        # "about 70 more than at the start of the year", "down 300 from the beginning of the year": against
                        # the year's opening level, no year or quarter before
                        r"|(?:than\s+at|from)\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:fiscal\s+|calendar\s+)?year)\b", re.I)
_OF_THIS_PERIOD = re.compile(r"\s+of\s+(?:the\s+|this\s+)?(?:year|quarter|month)\b", re.I)
"""'since the beginning of the year' is the year to date, whose base is the year's start, not a span of years."""
_CLAUSE_BETWEEN = re.compile(r",|\b(?:as|and|but|while|since|because|when)\b", re.I)
_BASE_NAMED = re.compile(r"\b(?:year[-\s](?:over|on)[-\s]year|YoY|sequential(?:ly)?|quarter[-\s](?:over|on)[-\s]quarter|(?:from|versus|vs\.?|over|compared\s+(?:to|with)|relative\s+to)\s+"
                         r"(?:(?:the|a)\s+)?(?:last|prior|previous|same|year[-\s]ago|Q[1-4]|(?:first|second|third|fourth)\s+quarter))\b", re.I)
_SPAN_WORDS = ("year", "ince")


def multi_period_base(s: str, q: Quantity, qs: list[Quantity], own_q: int | None, call_q: int | None) -> bool:
    """A move held against no one period a year or a quarter back: "over the past two years", "since the program's
    inception", "from the first-quarter trough" in a fourth-quarter call. Like a two-year stack it has no change; its way
    and sign stay. A year named as the base ("up 70% versus 2023" in a 2025 call) is a year's base: yoy."""
    cstart, cend = clause_bounds(s, q.start)
    before = (max([o.end for o in qs if o.end <= q.start] + [cstart]), q.start)
    nxt = min([o.start for o in qs if o.start >= q.end] + [cend, q.end + 80])
    comma = s.find(",", q.end, nxt)
    after = (q.end, comma if comma >= 0 else nxt)  # "rose 8%, the most in the last three years" is no base
    if any_in(s, _SPAN_WORDS):
        for lo, hi in (before, after):
            for m in _SPAN_BASE.finditer(s, lo, hi):
                # "fell 30% against last year because rates climbed since ...": the base said first is the figure's
                if not _OF_THIS_PERIOD.match(s, m.end()) and not (lo == q.end and (named := _BASE_NAMED.search(s, lo, m.start()))
                                                                   and _CLAUSE_BETWEEN.search(s, named.end(), m.start())):
                    return True
    before_own = {(x - 1 or 4) for x in (own_q, call_q) if x}
    if before_own:
        for lo, hi in (after, before):
            for m in FROM_QUARTER.finditer(s[lo:hi]):
                n = ORDINAL[(m.group(1) or m.group(2)).lower()]
                if n not in before_own and n not in (own_q, call_q) and (lo == after[0] or _TO_FIGURE.match(s[lo:hi], m.end())):
                    return True
    return False


_PARALLEL_PLACE = re.compile(r"\s+(for|in|at|across|among|from)\s+(?:[\w&'’-]+\s+){0,3}?[\w&'’-]+\s*,\s*", re.I)


def parallel_item(s: str, prev_end: int, q: Quantity) -> bool:
    """"revenue was up 13% for laptops, 8% for monitors and 27% for printers": a list whose items each name their place
    the same way, so the first item's move is every item's (joined by a comma alone, where "and" already says so)."""
    m = _PARALLEL_PLACE.fullmatch(s, prev_end, q.start)
    return m is not None and re.match(rf"\s+{m.group(1)}\b", s[q.end:q.end + 12], re.I) is not None
