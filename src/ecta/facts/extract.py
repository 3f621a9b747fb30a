"""Sentences to facts: each figure tied to its metric, change, period, kind and basis.

The rules are local and ordered: the clause around a figure decides first, the sentence next, the
paragraph and the call last. `Context` carries what the call says about itself.

This module runs the readings over each figure; they live in modules of their own, each importing only those
before it and never this one: state.py (`Context`, `State`), sentences.py (sentence and clause ends), counts.py,
changes.py, dating.py (the period), nonfacts.py (what is not a fact), kinds.py, metrics.py and basis.py.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from decimal import Decimal
from functools import lru_cache

from ..model import Basis, Change, Direction, Fact, FactKind, Period, Role
from . import periods as P
from .context import BASIS_CUES, HELD_AGAINST, REPORTED_BASIS, asks_outlook, basis_of, kind_cues
from .guard import OnLowered, any_in, gated, guarded, plain_members
from .currencies import caption_codes
from .numbers import Quantity, find_quantities
from .taxonomy import _BY_PART, COUNT_METRICS, DAYS_METRICS, MONEY_METRICS, NEGATING, PERCENT_METRICS, PNL_METRICS, RATIO_METRICS, metric_cues, part_leads_sales, part_margin, part_subject, part_topic, PART_VERB, _EMPLOYMENT
from .state import Context, State
from .sentences import CLAUSE_BREAK, NEW_SUBJECT, clause_bounds, new_subject_at
from .changes import CHANGE_BEFORE, FROM_QUARTER, LOSS_LEVEL_AFTER, ORDINAL, PER_UNIT_PRICE, REVISED_FROM, SEQ, SHARE_OF, SHORT_OF_PLAN_AFTER, YOY, change_kind, change_of, quarterly_step, similar_to_other, growth_named, qualitative_change, rate_ask, multi_period_base, parallel_item, recalled_change, revision_step, stacked, way_said
from .goals import run_rate_once_done, sum_through
from .dating import (BASE_OF_NO_TIME, lead_kept, NOT_A_SPAN_IN_FORCE, PAST, THAN_THE, WE_POSTED, change_of_base, comparison_cue, done_so_far_this_year, outlook_of_a_month, cue_ahead, cue_reported, economy_path, future_cue, last_years, period_cues,
                     month_under_way, period_for, span_hinted, span_named, period_over, rate_through, THAN_MEASURE, _BASE_NOUNS, still_under_way, to_date, topic_period, undated, when_recalled)
from .counts import averaged_count, listed_count, per_unit_rate, plural_count
from .headings import YEAR_AHEAD_LEAD, results_review, review_left
from .outside import client_again, client_example, industry_way, not_ours
from .subjects import unnamed_subject
from .ways import WAY_BASES
from .nonfacts import NOT_COUNTED, MARGIN_OF, PART_OF_THEM, QUAL_DIR, bare_figures_ok, explained, bare_money, boilerplate, count_subject, counted_earlier, figure_worth_reading, has_digit_or_word, hedge_len, is_figure, is_money, may_match, might_be_qualitative, supposed_outcome, asked_economy
from .kinds import AS_THE_DIVIDEND, added_when_done, LIST_FOLLOWS, RESTATED_GUIDE, announced_outlook, comparison_base_kind, just_reported, authorization_size, declared_dividend, same_declaration, kind_of, open_range, open_year_figure, outlook_spent, price_letters, revised_by_pronoun
from .bases import rebased
from .basis import INCLUDED_ITEM, basis_after, basis_by_reference, basis_for, basis_respectively, basis_simple, cash_measure, item_lead, left_out_of_reported
from .metrics import bare_growth, bridge_margin, carries_metric, item_loss, metric_for, named_other, part_move, per_unit_amount, ratio_of, respective_metrics, says_nothing_after
from ..fiscal_words import FISCAL

# members read as plain attributes, not through the enum classes' slow attribute hook (see guard.plain_members)
FactKind, Role, Direction, Change = (plain_members(e) for e in (FactKind, Role, Direction, Change))


_NOUN_DIRECTION = re.compile(r"\s*(?:higher|lower|upper|better|worse|fewer|less|more)\s", re.I)

_COMPARE_BEFORE = re.compile(r"\b(?:(?<!range\s)(?<!ranges\s)(?<!ranged\s)(?<!ranging\s)(?<!aside\s)(?<!apart\s)from|compar(?:ed|es|ing|e(?=\s+with\b))\s+(?:to|with)|versus|vs\.?|against|relative\s+to|up\s+from|down\s+from|as\s+compared\s+(?:to|with))\s+(?:the\s+|a\s+|an\s+)?(?:(?:adjusted|reported|pro\s+forma|comparable|non-GAAP|GAAP)\s+)?(?:about\s+|approximately\s+|roughly\s+|only\s+|just\s+|a\s+mere\s+)?(?:minus\s+|negative\s+|positive\s+|plus\s+)?$", re.I)
_VERSUS_BEFORE = re.compile(r"^(?:versus|vs\.?|compar(?:ed|es|ing)\s+(?:to|with)|as\s+compared\s+(?:to|with)|relative\s+to|against)\b", re.I)
""""grew 14% versus 8% growth": a change set against another change, which is an earlier one."""
_COMPARE_OF = re.compile(rf"\b(?:(?:compar(?:ed|es|ing)\s+(?:to|with)|versus|vs\.?|against|up\s+from|down\s+from)\s+(?:(?!(?:and|or|where|what|which|we|there)\b)[\w'’-]+\s+){{1,8}}?|(?:over|above)\s+(?:our\s+|the\s+|its\s+)?(?:full[-\s]year\s+|{FISCAL}\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+){{1,4}}?|(?:last|prior|previous)\s+year[’']s\s+(?:[\w-]+\s+){{0,5}})(?:of|at)\s+(?:about\s+|approximately\s+)?$", re.I)
_EARLIER_NOUN_OF = re.compile(r"\b(?:compar(?:ed|es|ing)\s+(?:to|with)|versus|vs\.?|against|up\s+from|down\s+from)\s+(?:the\s+)?"
                             r"(?:(?:prior|previous|last)[-\s]year|year[-\s](?:ago|earlier)|same)(?:\s+(?:period|quarter))?(?:['’]s)?\s+"
                             r"(?:(?!(?:and|or|where|what|which|we|there)\b)[\w&/-]+\s+){1,6}?(?:of|at)\s+(?:about\s+|approximately\s+)?$", re.I)
_OTHER_BASIS_OF = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?(?:adjusted|non-GAAP|GAAP|reported|comparable|pro\s+forma)\s+(?:[\w-]+\s+){0,4}?(?:of|at)\s+", re.I)
_OF_THE_PERIOD = re.compile(r"\s+(?:of|in|for|during)\s+(?:the\s+)?", re.I)
_NOUN_OF_THE_PERIOD = re.compile(r"\s+(?!(?:we|it|they|I|you|that|which|who)\b)[a-z][\w-]*\s+(?:in|for|during)\s+(?:the\s+)?")
"""'smaller than the EUR 58 million loss in the first quarter', 'below the 21 day average in the fourth quarter of 2018': the
base's own noun said between it and its period words."""
_THAN_BEFORE = re.compile(r"\b(?:than|below|above|under|ahead\s+of|short\s+of|double|twice|triple|half|(?:two|three|four)\s+times)\s+the\s+(?:about\s+|roughly\s+|approximately\s+)?$"
                          r"|(?:%|\bpercent|\bper\s+cent)\s+(?:on|over)\s+the\s+$", re.I)
"""'better than the 3.3% we saw', and a growth said on its base, 'an increase of 9.5% on the $1.90 we earned a year ago'
(and a multiple of it, 'nearly double the $215 million we shipped in the same quarter of last year')."""
_VERSUS_BARE = re.compile(r"\s*,?\s*(?:versus|vs\.?|compared\s+(?:to|with))\s+(?:about\s+|approximately\s+|roughly\s+)?", re.I)
_PAIR_AND = re.compile(r"\s+and\s+")
_PAIR_DATED = re.compile(r"\s+(?:(?:in|during|for|at)\s+)?(?:the\s+)?", re.I)
_HEADS_PAIR = re.compile(r"\s*(?:per\s+(?:diluted\s+)?share\s+)?(?:versus|vs\.?|compared\s+(?:to|with)|against)\s", re.I)
""""$1.31 against $1.02 a year ago, or $1.26 against $0.97 excluding items": a figure set against one of its own heads a
new pair; it is not one more earlier level."""
_REPLACED_AFTER = re.compile(r"\s*(?:per\s+share\s+)?(?:,\s*)?(?:previously|earlier|before|(?:that\s+|which\s+)?we\s+(?:announced|gave|guided|"
                             r"provided|issued|had\s+(?:expected|guided|forecast)|forecast)|in\s+(?:our\s+)?(?:prior|previous|"
                             r"original|initial|earlier)\s+(?:guidance|outlook|forecast))\b", re.I)
_OUTLOOK_NAMED = re.compile(r"\b(?:guidance|outlook|forecast)\b", re.I)
_OUTLOOK_WORD = re.compile(r"\b(?:guidance|guide|outlook|range|forecast|expect\w*|guided|target\w*|ceiling|floor|goal)\b", re.I)


_LEVEL_OF = re.compile(r"\b(?:our|the|its)\s+(?:[\w-]+\s+){1,4}?levels?\s+of\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_NOW_AHEAD = re.compile(r"\b(?:we|I)\s+(?:now|['’]re\s+now|are\s+now)\s+(?:expect|see|target|anticipate|forecast|plan|project|guide|look\s+for)(?:ing)?\b", re.I)
_MOVED_FROM = re.compile(r",\s+(?:up|down)\s+from\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?[$€£¥]?$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;]|$)")
_DIGIT_RE = re.compile(r"\d")
"""'we now expect $45 million ..., up from $40 million.': a base with no period of its own, after an outlook said to be new."""
_REVISE = re.compile(r"\b(?:rais(?:e|ed|ing)|lift(?:s|ed|ing)?|lower(?:ed|ing)?|increas(?:e|ed|ing)|revis(?:e|ed|ing)|updat(?:e|ed|ing)|narrow(?:ed|ing)?|cut|reduc(?:e|ed|ing)|tighten(?:ed|ing)?|adjusting)\b", re.I)
_NEGATIVE_WORD = re.compile(r"\b(?:(?:negative|unfavou?rable)\s+(?:[\w-]+\s+){0,3}?of|negative(?:\s+in\s+the|,?\s+at|,)?|minus|a\s+loss\s+of|loss\s+of|loss\s+before\s+(?:income\s+)?tax(?:es)?\s+of|net\s+loss\s+of|(?:net|operating|pre-?tax)\s+losses\s+of|an?\s+\w*\s*loss\s+of|outflows?\s+of|burn\s+of|deficit\s+of|(?:was|were|is|be|as)\s+an?\s+(?:net\s+)?(?:cash\s+)?use\s+of|outflows?\s+(?:(?:in|for|during|over)\s+the\s+(?:quarter|period|year|month|half)\s+)?(?:(?:were|was|totall?ed|came\s+in\s+at|ran\s+at|of)|(?:slowed|narrowed|eased|moderated|improved|shrank|increased|rose|widened|accelerated|grew|fell|declined|dropped)\s+to))\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|just\s+(?:over|under)\s+|nearly\s+|some\s+|between\s+|in\s+the\s+range\s+of\s+)?$", re.I)
""""net outflows of $0.3 billion", "equity outflows slowed to $1.8 billion": money leaving is a negative flow; "negative, at
around $40 million": a level said below zero; "cash flow was a use of $40 million": a flow spent, not earned."""
_FLAT_TO = re.compile(r"\bflat\s+to\s+(?:(up|down)\s+)?(?:about\s+|approximately\s+)?$", re.I)
_TO_FLAT = re.compile(r"(?:\s+(?P<noun>(?P<fall>declines?|decreases?|drop|reduction|contraction)|increase|growth|gain|rise))?"
                      r"\s+to\s+(?:about\s+|roughly\s+|approximately\s+|essentially\s+|basically\s+)?flat\b"
                      r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|for|on|at|next|this|over|versus|vs\.?|compared|year|sequentially|and|or|with|from|relative)\b)", re.I)
"""'down 1% to flat', 'a 2% decline to flat' end the move at zero; 'to flat currency levels' names something else."""
_DOWN_BEFORE = re.compile(r"\b(?:down|declines?|decreases?|declining|decreasing|negative|lower|falling)\s+(?:of\s+|by\s+)?(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_COST_METRICS = frozenset({"dso", "dio", "operating_expenses", "research_and_development", "sales_and_marketing",
                           "general_and_administrative", "interest_expense", "charge_offs", "provision", "net_debt", "debt"})
_IMPROVE = re.compile(r"\b(?:improv(?:e|ed|es|ing|ement)|better|(?:operating\s+)?leverag(?:e|ed|ing)|help(?:ed|s)?|benefit(?:ed|s|ted)?)\b", re.I)
_BENEFIT_OF = re.compile(r"a\s+(?:[\w-]+\s+)?benefit\s+of\b", re.I)
_WORSE_AFTER = re.compile(r"\s+(?:worse|of\s+(?:[\w-]+\s+){0,2}?(?:deterioration|deleverage))\b", re.I)
_WORSE_BEFORE = re.compile(r"\b(?:deteriorat(?:ion|ed|es|e)|worsen(?:ed|ing|s)?|delever(?:ag(?:ed?|ing))?(?:ed|s|ing)?)\s+(?:of\s+|by\s+)?(?:about\s+|roughly\s+|approximately\s+|some\s+)?$", re.I)
"""A cost ratio said to get worse: 'the operating ratio was 60 basis points worse', 'a deterioration of 100 to 150 basis points'."""
_THAN_OUTLOOK = re.compile(r"\s+than\s+(?:our\s+|the\s+|we\s+)?(?:guidance|guided|outlook|forecast|expect\w*|plan(?:ned)?|budget\w*|anticipated)", re.I)
_NEG_NOUN_AFTER = re.compile(r"\s+(?:of\s+)?(?:negative|unfavou?rable|adverse)\s+(?:[\w-]+\s+)?(?:comps?|comparables?|impact|effect|contribution|growth|change|swing)\b", re.I)
"""'a low-single-digit negative comp', 'a 3% unfavorable impact', '200 basis points of adverse effect': the sign named after the figure."""
_INTRODUCES = re.compile(
    r"[^,;.$€£\d]{0,40}?\b(?:guidance|guide|outlook|range|forecast|expectations?|estimate)(?:\s+range)?\s+(?:of|was|is|at|for\s+[^,;.\d]{0,20}?\s+of)?\s*"
    r"(?:between\s+|about\s+|approximately\s+|around\s+|roughly\s+)?(?:[$€£]|[A-Z]{3}\s)?",
    re.I,
)
"""A recalled outlook that names its own figure ("compared to prior guidance of $1.85 to $1.95") is that figure's
cue, not the new figure's before it."""
_PER_OTHER = re.compile(r"\s*(?:per|a|each)\s+(?!share\b|diluted\b|basic\b)[a-z]", re.I)
_OF_A_SET = re.compile(r"\s+of\s+(?:our|the|its|their|all|those|these)\s", re.I)
_WHICH_IS_BEFORE = re.compile(r",\s*which\s+(?:is|was|means)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
_OF_GROWTH = re.compile(r"\s+of\s+(?:(?:our|the|reported|sales|revenue|top-?line)\s+){0,2}growth\b", re.I)
_SHARE_LEAD_PRONOUN = re.compile(r"As\s+an?\s+(?:share|percentage|percent|proportion)\s+of\s+(?:(?:net|total|group)\s+)?(?:sales|revenues?)\s*,?\s+(?:they|it|these|those|this)\b", re.I)
_OR_AFTER_DOWN = re.compile(r"\s*,?\s+or\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?", re.I)
_QUARTER_THEN = re.compile(r"\s+(?:in|for|during|this|last)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+)?quarter\s*,?\s+and\s+"
                           r"(?:about\s+|roughly\s+|approximately\s+|another\s+)?", re.I)
_RUNNING_TOTAL_AFTER = re.compile(r"\s+(?:(?:through|for|in|over|during)\s+(?:the\s+(?:course\s+of\s+the\s+)?(?:first\s+)?(?:nine\s+months|half|three\s+quarters|full\s+year|year)|(?:the\s+)?first\s+(?:nine\s+months|half)|nine\s+months)"
                                  r"|(?:so\s+far\s+)?(?:this\s+year|year[-\s]to[-\s]date)\b(?!\s+(?:was|were|is|are)\b))\b", re.I)
"""'$14 million in the quarter and $41 million through the first nine months': an amount or basis-point move said again
for the longer span shares the verb of the first (a % list does so whatever follows; a bare amount may be a level)."""
_SHARED_BY = re.compile(r"[\s,]*(?:and|or)\s+(?:(?!(?:grew|rose|increased|improved|gained|climbed|jumped|expanded|raised|lifted|boosted|up)\b)[\w&-]+\s+){1,4}?"
                        r"by\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|maybe\s+)?", re.I)
""""reduce A by 2 points and B by about 3 points": the second figure shares the first one's verb (not "A decreased 4% and
B grew by 6%", where B's own verb says its way)."""
# "Labor was 31.2% of sales, a 40 basis point improvement": a cost line's share of sales, where better is lower.
_COST_SHARE = re.compile(
    r"\b(?:labor|labour|wages|payroll|salaries|compensation|benefits|occupancy(?:\s+costs?)?|food|beverage|packaging|paper|commodit(?:y|ies)|freight|rent|advertising|marketing|(?:[\w-]+\s+)?claims|refunds|"
    r"cost\s+of\s+(?:sales|goods(?:\s+sold)?|revenues?)|COGS|expenses?|costs?|G&A|SG&A|overhead)\s+"
    r"(?:\w+\s+){0,2}?(?:was|were|came\s+in\s+at|came\s+to|ran\s+at|ran|represented|equal(?:l?ed)?|(?:fell|declined|dropped|improved|rose|increased)\s+to|of|at)\s+(?:about\s+|approximately\s+|roughly\s+)?"
    r"[\d.]+\s*(?:%|percent|per\s+cent)\s+of\s+(?:total\s+|net\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:sales|revenues?|transactions|orders|GMV|premiums)", re.I)
# a retailer's shrink (stock lost to theft and waste, a share of sales) as a noun, not the verb: "shrink improved by 15 basis
# points", not "we expect the loss to shrink by $2 million"; nor a cause of a margin's move ("up 20 basis points, as lower
# shrink ...", "shrink was a benefit of 15 basis points": the margin's points)
_LOSS_SIZE_VERB = re.compile(r"\b(?:(?P<wider>widened|widening|widens|grew|increased|rose|deepened|worsened)|narrowed|narrowing|narrows|shrank|shrunk|"
                             r"decreased|declined|fell|reduced|contracted)\s+(?:by\s+)?(?:about\s+|roughly\s+|approximately\s+|nearly\s+|some\s+|around\s+)?$", re.I)
_WAY_OF_RESULT = re.compile(r"\b(?:improv\w*|better|worse|deteriorat\w*)\b", re.I)
_BASE_OPENS = re.compile(r"(?:That|This|It|Which)\s+(?:compares|compared)\s+(?:with|to|against)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+)?")
_MARGIN_ASKED = re.compile(r"\bmargins?\b", re.I)
_COST_RATIO = re.compile(r"\b(?:(?:expense|loss|cost|churn|attrition|default|delinquency|cancellation|defect|scrap)\s+rates?|churn|"
                         r"(?<!\bto\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bmay\s)(?<!\blower\s)(?<!\bhigher\s)(?<!\bless\s)(?<!\breduced\s)"
                         r"shrink(?:age)?(?!\s+(?:to|by|the|our|its|their|it|them|further|helped|added|contributed|(?:was|were|is)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:benefit|tailwind|headwind|help|drag))\b)|labou?r\s+hours|mortality(?:\s+rates?)?|delinquenc(?:y|ies)|(?:resident|tenant|employee|staff|workforce|nurse|driver|voluntary|annuali[sz]ed)\s+turnover|turnover\s+rates?|\d{2}[-\s]plus(?:[-\s]days?)?\s+(?:delinquency\s+)?rates?|(?:gross\s+|net\s+)?NPAs?(?:\s+ratio)?|non-?performing\s+(?:assets|loans)(?:\s+ratio)?|(?:combined|expense|loss|efficiency|cost(?:[-\s]to[-\s]income)?|medical(?:\s+care|\s+cost|\s+loss)?|"
                         r"care|benefits?|operating|admin(?:istrative)?(?:\s+expense)?|(?:non-?)?comp(?:ensation)?|payroll|labou?r)\s+ratio|MLR|MCR)\b", re.I)
_LOWER_SHARE = re.compile(r"\b(?:(?:net\s+)?working\s+capital|non-?revenue\s+water|water\s+loss(?:es)?)\b", re.I)
"""Shares kept as low as they can be, so that their improvement is a fall: working capital to sales, water lost before billing."""
_LOSS_METRICS = frozenset({"net_income", "eps", "operating_income", "ebit", "ebitda", "gross_profit", "other"})
_AMOUNT_ONLY = frozenset({
    "debt", "net_debt", "cash", "ebitda", "ebit", "net_income", "operating_income", "free_cash_flow", "gross_profit", "eps",
    "interest_expense", "revenue", "backlog", "inventory", "aum", "book_value", "deferred_revenue", "rpo", "amortization",
    "depreciation_and_amortization", "stock_compensation", "restructuring", "net_interest_income", "arr", "other_income"})
"""Money metrics that are only ever amounts: a level of them in %, x or bps is some ratio to them (the labelled set
has none), unlike cost lines and segments, whose shares of revenue keep their metric."""
_DRIVER_AFTER = re.compile(r"\s+(?:(?:of\s+)?(?:diluted\s+)?(?:earnings\s+per\s+share|EPS)\s+)?(?:(?:non-?cash|one-time|pre-?tax|after-?tax|special|negative|positive|favorable|unfavorable)\s+)?"
                           r"(?:charges?|gains?|benefits?|impacts?|impairments?|write-?downs?|write-?offs?|headwinds?|tailwinds?|hit|drag|losses)\b"
                           r"|\s+of\s+(?:diluted\s+)?(?:EPS|earnings\s+per\s+share)\s+(?:from|due\s+to|related\s+to|associated\s+with|for)\b"
                           # "a loss of $0.31 per share on the sale of two hospitals", "$0.07 per share of other items"
                           r"|\s+(?:per|a)\s+(?:diluted\s+)?share\s+(?:on\s+the\s+(?:sale|disposal|divestiture|settlement|write|early|extinguishment|exit)|"
                           # "about $0.12 per share of investment behind new brands": what an outlook spends, per share
                           r"of\s+(?:other\s+|one-time\s+|special\s+|discrete\s+)?(?:items?|costs?|charges?|gains?|losses|investments?|dilution)|related\s+to|tied\s+to|associated\s+with)\b", re.I)
_RETURN_VERB = re.compile(r"\breturn(?:ed|ing|s)?\b", re.I)
_TO_HOLDERS = re.compile(r"\s+(?:of\s+capital\s+|in\s+cash\s+|(?:in|of)\s+value\s+)?(?:back\s+)?to\s+(?:our\s+)?(?:share|stock|unit)(?:holders|owners)\b"
                         r"(?:[^.;:]{0,40}?\b(?:through|via|in\s+the\s+form\s+of)\s+(?:our\s+|the\s+|its\s+)?(?:(?:share|regular|quarterly|annual|cash|common|[\w-]+-leading)\s+)*(?P<way>(?:buybacks?|repurchases?|share\s+repurchases?|dividends?)\b"
                         r"(?!\s+and\s+(?:(?:cash|regular|quarterly)\s+)?(?:dividends?|buybacks?|repurchases?|share))))?", re.I)
_WRITTEN_OFF = re.compile(r"\s+(?:(?:non-?cash|pre-?tax|one-?time|after-?tax)\s+)?(?:write-?downs?|write-?offs?|impairments?|charges?|reserves?)\s+"
                          r"(?:on|of|to|against|for|related\s+to|tied\s+to)\s+(?:the\s+|our\s+|its\s+|some\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_CAPACITY_BEFORE = re.compile(r"\bcapacit(?:y|ies)\s+(?:(?:for|of|to\s+(?:make|build|produce|process|ship|handle))\s+)?(?:(?:about|roughly|approximately|around|nearly|"
                              r"up\s+to|over|more\s+than|some)\s+)?$", re.I)
_CAPACITY_AFTER = re.compile(r"\s+of\s+(?:annual|yearly|monthly|daily|nameplate|rated|permitted)\s+(?:production\s+|processing\s+)?capacity\b", re.I)
""""four quarries with about 9 million tons of annual capacity": what the plants could make a year, said after the count
(not "we commissioned 1.6 gigawatts of capacity", capacity built)."""
_BOUGHT_PRICE = re.compile(r"\b(?:diesel|(?:jet|bunker|marine)\s+fuel|fuel(?!\s+(?:surcharges?|sales|revenues?|margins?|gallons\s+sold)))\b", re.I)
_BARE_PRICE = re.compile(r"(?:average\s+|realized\s+)?pric(?:es?|ing)(?:\s+per\s+\w+)?$", re.I)
_SOLD = re.compile(r"\b(?:sell\w*|sold|realiz\w*|charg\w+|retail)\b", re.I)
_REPURCHASED_AT = re.compile(r"\b(?:repurchas\w*|bought\s+back|buy(?:ing|s)?\s+back|buy\s*backs?)\b(?:[^.;]|\.(?=\d)){0,90}\bat\s+(?:an\s+)?average\s+(?:price\s+)?(?:of\s+)?(?:about\s+|roughly\s+|approximately\s+)?$", re.I)
_ONE_OFF_AFTER = re.compile(r"(?:\s+(?:per\s+(?:diluted\s+)?share|a\s+share))?\s+(?:[\w-]+\s+){0,2}?(?:gains?|charges?|loss(?:es)?|impairments?|write-?(?:downs?|offs?)|"
                            r"benefits?|settlements?|accruals?|disallowances?)\b"
                            # "including about $12 million of ramp-related costs": costs of a named kind inside the line
                            r"|\s+of\s+(?:[\w-]+\s+){1,3}?(?:costs|expenses)\b", re.I)
_EPS_AFTER_INCOME = re.compile(r"[^.;]{0,12}?(?:,\s*|\s+)(?:and|or)\s+(?:diluted\s+|basic\s+)?(?:EPS|earnings\s+per\s+(?:diluted\s+)?share)"
                               r"(?:\s+(?:was|were|of|came\s+(?:in\s+)?(?:at|to)))?\s+", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_CHANGE_LIST_JOIN = re.compile(r"\s+(?:year[-\s]over[-\s]year|year[-\s]on[-\s]year|versus\s+last\s+year|from\s+a\s+year\s+ago|sequentially|organically|"
                               r"as\s+reported|(?:in\s+)?constant\s+currency)\s*,?\s+and\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?", re.I)
_COMPANY_AMOUNTS = frozenset({"revenue", "segment_revenue", "interest_expense", "cash", "debt", "net_debt", "capex", "ebitda", "gross_profit",
                               "free_cash_flow", "operating_cash_flow", "depreciation_and_amortization", "other_income", "backlog",
                               "bookings", "research_and_development", "sales_and_marketing", "general_and_administrative", "inventory"})
"""Amounts a company states in millions: a figure in cents said of one is its effect on EPS."""
_PER_UNIT_AFTER = re.compile(r"\s*(?:per|a|an|/|each|for\s+every)\s", re.I)
_DRIVER_BEFORE = re.compile(r"\b(?:costs?\s+us|assessment\s+of|charges?\s+of|(?<!for\s)(?<!excluding\s)(?<!before\s)(?:special|tax|discrete|one-time|unusual)\s+items?\s+of|gains?\s+of|impact\s+of|benefit\s+of|headwind\s+of|tailwind\s+of|add(?:s|ed|ing)?|burdened\s+by|worth"
                            # "the storm's impact was about $0.04 per share", "the impact of the storm was ...": the item's effect on EPS;
                            # "special items of $0.25 per share", "a favorable tax item of about $0.05 per share" (not EPS itself "as
                            # adjusted for one-time items of $3.10")
                            r"|(?:impact|effect|hit|benefit|headwind|tailwind|drag)s?(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|was|were|will\s+be|would\s+be|should\s+be|came\s+to|amounted\s+to|totall?ed))"
                            r"\s+(?:about\s+|roughly\s+|approximately\s+|an?\s+|another\s+|less\s+than\s+|under\s+|more\s+than\s+|nearly\s+|just\s+(?:over|under)\s+)?$", re.I)


_PART_OF_MOVE = re.compile(r"\s+of\s+(?:(?:that|this|it)(?:\s*,|\s+(?:came|comes|was|is|were|are|stemmed|stems|resulted|results|reflected|reflects|related|relates|"
                           r"is\s+due|was\s+due|due|from|driven|attributable))|the\s+(?:decline|decrease|drop|fall|contraction|compression|deleverage|pressure)\b)", re.I)
"""A part of the fall said just before ("about 40 basis points of that came from mix"): a share of that fall, so a fall
(not "45% of this backlog", a share of a thing)."""
_OFFSET_BY = re.compile(r"\boffset\s+(?:in\s+part\s+)?by\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|some\s+|an?\s+)?$", re.I)
_NEXT_STEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?!(?:was|were|is|are|added|adds|helped|contributed|gave|up|higher|"
                        r"better|offset|but|while|whereas|against|compared|versus|vs|from|in|for|to|with|including|includes)\b)[\w&/'’-]+\s+){1,6}"
                        r"(?:another\s+|about\s+|roughly\s+|approximately\s+|around\s+|some\s+)*", re.I)
""""took off 0.2 points and the divestiture another 0.3 points": the next step of a bridge, said without a verb; not what a
"with" clause names inside the move ("down 6% to 9%, with price realization of about 2 points"), which has its own way."""
_NEXT_MONEY_STEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?!(?:of|an?|the|our|their|its|we|they|it|have|has|had|will|would|to|in|for|from|by|with|at|on|"
                              r"is|are|was|were)\b)(?![\w-]+(?:ed|ing)\b)[\w&/'’-]+\s+){1,3}(?:another\s+|about\s+|roughly\s+|approximately\s+|around\s+|some\s+)*", re.I)
"""A money step ("took away $0.11 and O&M $0.05") is said in a few bare words: a verb, an article or "of" between starts a
thing of its own ("and have paid out $1.1 billion", "and buyback cuts of $4 million")."""
_WITH_PART = re.compile(r"\s*,?\s*(?:with|including)\s+(?:[\w&/'’-]+\s+){1,6}?(?:of\s+)?(?:about\s+|roughly\s+|approximately\s+|around\s+)*", re.I)
""""down 6% to 9%, with price realization of about 2 points": a step of the move in points, a change of its own (up unless signed)."""


_EFFECT_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?!(?:on|in|to|from|and|or|was|were|is|as|due|because|with|by|while|amid|the|our|its|their|a|an|that|which|of)\b)[\w-]+\s+){0,3}?(?:impact|effect)s?\b", re.I)
_EFFECT_BEFORE = re.compile(r"\b(?:impact|effect)s?\s+(?:of|was|were|is)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?$", re.I)


_OWN_BASIS_AFTER = re.compile(r"[\s,]*(?:(?:on|in)\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+basis|\(|(?:as\s+)?reported|excluding|before|including)\b", re.I)
_BASIS_SAID = re.compile(r"[\s,]*(?:on|in)\s+(?:an?|the)\s+(?P<w>non[-\s]?GAAP|GAAP|adjusted|IFRS)\s+basis\b", re.I)


def _basis_said_end(s: str, f: Fact, q: Quantity) -> int:
    """Where the words of `f`'s own basis, said right after it ("$34 million on a GAAP basis"), end; else where `f` starts.
    Not for an item the figure `q` is part of ("..., including $7 million for ..."), which has no basis of its own."""
    at = s.find(f.text)
    m = _BASIS_SAID.match(s, at + len(f.text))
    if m is None or basis_of(m.group("w")) is not f.basis or INCLUDED_ITEM.search(s, max(m.end(), q.start - 110), q.start):
        return at
    return m.end()


_GENERIC_NAME = re.compile(r"(?:the\s+)?(?:margins?|margin\s+rate|(?:per|a)\s+(?:diluted\s+)?share)", re.I)
""""a margin of 22.9%", "a 9% increase per share": words that name no measure of their own beside the amount before."""
_OTHER_BASIS_WORD = re.compile(r"\b(?:reported|statutory|GAAP|IFRS|unadjusted)\b", re.I)
_FX_SUBJECT = re.compile(r"\b(?:(?:foreign\s+)?currenc(?:y|ies)(?:\s+translation)?|FX|foreign\s+exchange)\b", re.I)
_FX_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:favou?rable|unfavou?rable|positive|negative)\s+)?(?:(?:foreign\s+)?currenc(?:y|ies)|FX|foreign\s+exchange)\b(?![-\s]*(?:neutral|adjusted)\b)", re.I)
_DEAL_FOR = re.compile(
    r"""\b(?:acquir(?:e|ed|es|ing)|acquisition\s+of|purchas(?:e|ed|ing)\s+of|s(?:ell|old|elling)|divest(?:ed|ing|iture\s+of)?|sale\s+of)\b
        (?:(?!\b(?:back|shares|stock|units|per|which|and|but)\b)[^.;:$€£]){1,60}?   # what was bought or sold, not shares bought back
        \bfor\s+(?:a\s+(?:total\s+|combined\s+|net\s+)?(?:(?:purchase\s+)?price|consideration|value)\s+of\s+)?
        (?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+|just\s+(?:over|under)\s+)?$""",
    re.X | re.I)
_DEAL_AFTER = re.compile(r"\s+(?:(?!(?:in|of|to|from|for|on|at|with|increase|decrease|rise|gain)\b)[\w-]+\s+){0,4}?"
                         r"(?:sale|transaction|acquisition|deal|divestiture|disposition)\b", re.I)
_DEAL_WRONG = frozenset({"revenue", "segment_revenue", "ebitda", "ebit", "cash", "operating_income", "net_income", "gross_profit",
                         "operating_expenses", "other"})
"""'agreed to acquire Ferrowell Labs for $1.4 billion', 'a $31 million land sale': a deal's price is `other`, whatever
measure the sentence or its segment was about, and no change ('a $19 million improved development transaction')."""
_GROWTH_OUTLOOK_AFTER = re.compile(r"\s+growth\s+(?:rate\s+)?(?:expectations?|outlook|guidance|guide|forecast|target|range|assumptions?)\b", re.I)
"""'provision growth expectation ... from the mid-20% range to less than 20%': rates of the metric's growth."""
_GUIDE_NOUN = re.compile(r"(?:mid-?point|guidance|guide|outlook|range)\b", re.I)
_GUIDE_NOUN_OF = re.compile(r"\b(?:guidance|guide|outlook)\s+(?:range\s+)?(?:of|at|to|is|was)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|between\s+)?[$€£¥]?$", re.I)
_GROWTH_TARGET = re.compile(r"\bgrowth\s+(?:rate\s+)?(?:targets?|goals?|ambitions?)\b", re.I)
_LONG_SPAN = re.compile(rf"\bover\s+the\s+(?:{FISCAL}\s+)?20\d\d\s*(?:to|through|-|–)\s*(?:{FISCAL}\s+)?20\d\d\b|\bper\s+(?:year|annum)\b|\bCAGR\b"
                        r"|\b(?:medium|mid|long)[-\s]term\b|\b(?:each|a)\s+year\s+(?:since|through|until|to)\b", re.I)
_OWN_YEAR = re.compile(r"\b(?:full[-\s]year|this\s+year|next\s+year|(?:the\s+)?(?:first|second|third|fourth)\s+quarter|Q[1-4])\b", re.I)
_BALANCES = frozenset({"debt", "net_debt", "cash", "loans", "deposits", "aum"})
"""Balances held at each quarter's end, a bank's loans and deposits and a manager's assets among them: moved in a
quarter with no base named, they moved from the last quarter's end."""
_BANK_BALANCES = frozenset({"loans", "deposits", "aum"})
_BASE_AFTER = re.compile(r"[^;]*?\b(?:from|than|below|above|versus|vs\.?|compared\s+(?:to|with)|relative\s+to)\s+(?:[\w$.,'-]+\s+){0,6}?"
                         r"(?:(?:19|20)\d\d|years?|prior|ago|earlier)\b", re.I)
"""'up $0.4 billion from one year prior', '$1.1 billion below the second quarter of 2025': a base the year-ago cues miss, named."""
_IN_THE_QUARTER = re.compile(r"(?:\s+(?!(?:than|versus|vs|from|over|compared)\b)[\w-]+){0,3}?\s+(?:in|during|for|over)\s+the\s+(?:(?:first|second|third|fourth)\s+)?quarter\b", re.I)
"""'0.6 million members in the quarter', '17 stores for the third quarter': the span the count moved in, said right after it."""
_BALANCE_IN_QUARTER = re.compile(r"(?:\s+(?!(?:than|versus|vs|from|over|compared|and|but|while)\b)[\w-]+){0,5}?\s+(?:in|during|over)\s+the\s+quarter\b", re.I)
_HELD_COUNTS = frozenset({"headcount", "customers", "subscribers", "users", "stores", "share_count"})
"""Counts of what the company holds at a quarter's end, not a flow in the quarter (units shipped, tons, bookings)."""
_POLICY_RATE = re.compile(r"\b(?:premiums?|rates?|renewals?)\b", re.I)
_SHARE_OR_YIELD_AFTER = re.compile(r"\s*(?:of|on)\s|\s+(?:(?!(?:and|or|but|with)\b)[\w-]+\s+)?(?:yields?|cap\s+rates?|returns?)\b", re.I)
"""A price figure that is a share ("we raised prices on about 40% of the range", "loans sold at 97% of face value") or a yield
("buildings are pricing at roughly a 7% yield on cost"), not a rise."""
_FALL_STEMS = ("cut", "reduc", "declin", "decreas", "erosion", "drop")
_FALL_NOUN_AFTER = re.compile(r"\s+(?:cuts?|reductions?|declines?|decreases?|erosion|drops?)\b", re.I)
_FALL_NOUN_BEFORE = re.compile(r"\b(?:cuts?|reductions?|declines?|decreases?|erosion|drops?)\s+(?:in|of|on)\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+)?$", re.I)
_NOT_PRICE_LEVEL = re.compile(r"[,;]|\b(?:gaps?|premiums?|discounts?|get|gets|reach|hedged)\b|[^,;]{50}", re.I)
"""Words between a price and a figure that make the figure another measure's ("our price gap to private label is 35%",
"no price increase to get to 20%"), or so far from it that it is no longer the price's own."""
_FIXTURE_BEFORE = re.compile(r"\b(?:cooler|freezer|refrigerated|glass)\s+$", re.I)
_DRIVER_WORDS = ("acquisition", "acquired", "m&a", "divestiture", "currenc", "fx", "foreign exchange")
_DRIVER_ADDED = re.compile(
    r"""\b(?:acquisitions?|acquired\s+(?:businesses|companies)|M&A|divestitures?|(?:foreign\s+)?currenc(?:y|ies)(?:\s+translation)?|FX
           |foreign\s+exchange(?:\s+rates?)?)                     # a driver of the sales bridge as the subject
        \s+(?:also\s+|then\s+)?
        (?:(?P<against>reduced|hurt|subtracted|took\s+away|cost|was\s+a\s+(?:[\w-]+\s+)?(?:headwind|drag)\s+of)
           |added|adds|contributed|contributes|helped|was\s+a\s+(?:[\w-]+\s+)?(?:tailwind|benefit)\s+of)
        (?:\s+(?:our\s+|the\s+)?(?:(?:revenue|sales|top[-\s]line)(?:\s+growth)?|growth)\s+by)?  # "reduced revenue growth by 2 points"
        \s+(?:just\s+(?:under|over)\s+|about\s+|roughly\s+|approximately\s+|nearly\s+|around\s+|another\s+|an?\s+additional\s+|some\s+)?$""",
    re.X | re.I)
_DRIVER_FROM = re.compile(
    r"""\s+(?:of\s+(?:revenue|sales|growth)\s+|contribution\s+)?(?:from|related\s+to|due\s+to)\s+(?:the\s+|our\s+)?
        (?:(?P<against>unfavou?rable|negative|adverse)\s+|(?:favou?rable|positive)\s+)?
        (?:(?-i:[A-Z])[\w&-]*\s+){0,3}?                               # "from the Pellham acquisition"
        (?:acquisitions?|acquired\s+businesses|M&A|divestitures?|(?:foreign\s+)?currenc(?:y|ies)(?:\s+(?:translation|changes|effects?|movements?))?
           |FX|foreign\s+exchange)\b""",
    re.X | re.I)
"""'including $27 million from acquisitions and $11 million from favorable currency': the bridge's steps after a total."""
_GROWTH_NAMED_AFTER = re.compile(r"\s+(?:of|to)\s+(?:our\s+|the\s+)?(?:total\s+|reported\s+)?(?:revenue|sales|top[-\s]line)\s+growth\b", re.I)
"""'Currency added about 1 point to total revenue growth': the step names the growth it is part of, and stays that growth's."""
"""'Acquisitions added 9%', 'currency contributed 2 points', 'acquisitions added $45 million to revenue': a step of the
sales bridge, a measure of its own (`other`), not the company's revenue or its growth."""
_FX_AGAINST = re.compile(r"\b(?:unfavou?rable|headwind|negative|reduced|cost|took|hurt|subtracted|drag|weighed)\b", re.I)
_REALIZED = re.compile(r"\s*realization", re.I)
_POINTS_SAID = re.compile(r"\bpoints?\b", re.I)


def value_sign(q: Quantity) -> int:
    v = q.value if q.value is not None else q.low if q.low is not None else q.high
    return 0 if v is None else (1 if v > 0 else -1 if v < 0 else 0)


def _turned(value: Decimal | None, low: Decimal | None, high: Decimal | None) -> tuple:
    """(value, low, high) with the sign turned: a range's ends swap ("2% to 4%" said as a fall is -4% to -2%)."""
    return (-value if value is not None else None,
            *(((-high if high is not None else None), -low) if low is not None else (low, high)))


def _below_zero(value: Decimal | None, low: Decimal | None, high: Decimal | None) -> tuple:
    """(value, low, high) made negative where above zero (a figure or range said as a fall or a loss)."""
    if value is not None and value > 0:
        value = -value
    if low is not None and low > 0:
        low, high = (-high if high is not None else None), -low
    return value, low, high


_TO_EPS = re.compile(r"\s+(?:a\s+share\s+|per\s+share\s+)?to\s+(?:our\s+)?(?:EPS|earnings)\b", re.I)
_MARGINS = frozenset({"margin", "operating_margin", "gross_margin", "ebitda_margin"})
_LINE_GROWTH_IS = re.compile(r"\b(?<!market\s)(?<!industry\s)(?<!GDP\s)(?<!economic\s)(?<!job\s)(?<!jobs\s)(?<!wage\s)(?<!population\s)"
                             r"(?<!two-year\s)(?<!two\syear\s)(?<!2-year\s)(?<!three-year\s)(?<!3-year\s)(?<!multi-year\s)growth\s+(?:rate\s+)?(?:(?:from|in|at|for)\s+(?:our\s+|the\s+)?[\w&-]+(?:\s+[\w&-]+)?\s+)?"
                             r"(?:of|was|were|is|came\s+in(?:\s+at|\s+the)?|came\s+to|reached|stood\s+at|ran\s+at|"
                             r"(?:is|are)\s+(?:now\s+)?(?:expected|forecast|projected)\s+to\s+be|should\s+be|will\s+be|"
                             # "raising our 2026 traffic growth outlook to between 5% and 6%": the outlook of a growth is a growth
                             r"(?:outlook|guidance|guide|forecast|expectations?)\s+(?:for\s+(?:[\w'’-]+\s+){1,3}?)?(?:to|at|of)(?:\s+between)?)\s+"
                             r"(?:(?:about|approximately|roughly|around|nearly|almost|over|close\s+to|in\s+the|at|plus)\s+)*$", re.I)
"""'cloud growth should now be about 18%', 'the growth came in the low double digits', 'growth from refill
cartridges of 31%': a rate of growth of a line the taxonomy does not name is its rise all the same; a market's or the economy's
growth is not the company's, and growth summed over years ("our two-year growth") is held against no one year."""
_PROFITS = frozenset({"ebitda", "operating_income", "gross_profit", "ebit"})
_PROFIT_AS_RATE = re.compile(r"[^,;:|]{0,40}")
_YEAR_NAMED = re.compile(r"\b(?:19|20)\d\d\b")
_OR_RATE = re.compile(r"\s*,?\s*or\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+)?")
_GROWTH_OF = re.compile(r"\b(?:growth|increase|decline|change)\s+(?:in|of)\s+(?:\w+\s+){0,2}$", re.I)
_RATIO_BASE = re.compile(r"(?:\bof|\binto|\bconversion|\bto)\s+(?:(?:our|the|its|adjusted)\s+)?$", re.I)
"""A profit said as a percent is its margin, but not as the base of a ratio ("conversion of EBITDA above 80%")."""
_GROWTH_NEAR = re.compile(r"\b(?:grow\w*|grew|growth|ris(?:en|e|ing)|rose|increas\w*|decreas\w*|declin\w*|fell|(?<!made\s)(?<!make\s)(?<!makes\s)up|down|(?:more|less|fewer)\s+than\s+(?:a\s+year|last|the)|(?:above|below|(?:higher|lower)\s+than|ahead\s+of|behind)\s+(?:the\s+)?(?:prior|last|previous|a\s+year|year[-\s]ago)|(?:larger|bigger|smaller)\s+in\s+terms\s+of)\b", re.I)
""""organic growth was 6.7%", "would have risen 13.8%", "14% larger in terms of revenue": a rate of change the change test
missed keeps its metric."""
_HEDGED_DIR = re.compile(r"\b(?:slightly|modestly|somewhat|roughly|approximately|about|relatively|largely|essentially|broadly|a\s+bit|a\s+little|just|marginally)\s+$", re.I)


_TOPIC_LEAD = re.compile(r"\W*(?:(?:and|so|now|then|okay|ok|finally|lastly|next)\s*,?\s+)*(?:just\s+)?(?:(?:an?|our|some)\s+(?:early|first|quick|preliminary|initial)\s+(?:look\s+at|view\s+(?:of|on)|thoughts\s+on|read\s+on|take\s+on)|(?:an?|one|some)\s+(?:(?:quick|brief|short|final|few)\s+)*(?:words?|notes?|comments?|update)\s+(?:on|about)|"
                         r"I\s+(?:want(?:ed)?|would\s+like|'d\s+like)\s+to\s+(?:ask|start|follow\s+up)\s+(?:about|on|with)|(?:to\s+)?follow(?:ing)?\s+up\s+on|on|turning\s+(?:now\s+)?to|moving\s+(?:on\s+)?to|"
                         r"(?<=now\s)to|(?<=now\s)(?=the\s+(?:first\s+(?:half|nine\s+months|six\s+months|three\s+quarters)|year[-\s]to[-\s]date)\W*$)|(?:let\s+me\s+(?:now\s+)?|I'?ll\s+(?:now\s+)?)?turn\s+(?:now\s+)?to|(?:let\s+me|I'?ll)\s+(?:(?:now|first|briefly|also|quickly|just)\s+){0,2}(?:frame|start\s+with|take|give\s+you|walk\s+(?:you\s+)?through|go\s+(?:over|through)|cover)|"
                         r"looking\s+(?:ahead\s+)?(?:at|to)|as\s+for|regarding|what\s+about|how\s+about|for|"
                         # an analyst's question put on a topic: "First one on the fourth quarter.", "My question is on next year."
                         r"(?:my\s+)?(?:(?:first|second|third|next|last|final|quick|other)\s+)?(?:one|question)\s+(?:is\s+)?(?:on|about))\b", re.I)


_BACKGROUND_LEAD = re.compile(r"\W*(?:(?:of\s+note|also|and|so|now|then|however|in\s+addition)\s*,?\s+)?(?:following|after|given|coming\s+off|"
                              r"on\s+the\s+heels\s+of)\s+(?!(?:that|this|which)\b|the\s+(?:close|end|quarter|year|period|month|half)\b|(?:quarter|year|period|month)[-\s]end\b)[^,;]{3,90}?,\s+"
                              r"(?=(?!\w+ing\b)(?:we|our|the|its|it|this|[A-Z]\w*)\b)", re.I)
"""An opening clause on what came before the figures ("Following heavy hedging in the second quarter, ...", "After a soft
second quarter, ..."), without figures of its own, then the main clause's subject ("After the close of the quarter, ..."
names the figures' time; "After an active first quarter, buying back 1.2 million shares, ..." goes on about that quarter;
"despite" sets a contrast inside the same period)."""


_ALONE_WORDS = ("alone", "on its own", "by itself", "in isolation", "standalone", "on a standalone")
_ALONE = re.compile(rf"\b(?:quarter|Q[1-4])(?:\s+of\s+(?:{FISCAL}\s+)?(?:20\d\d|this\s+year))?,?\s+(?:alone|on\s+its\s+own|by\s+itself|in\s+isolation|"
                    r"(?:on\s+a\s+)?standalone(?:\s+basis)?)\b", re.I)
"""A quarter named "on its own" inside a longer period's review ("organic growth in the second quarter on its own was 4.6%"
in a half-year call): it dates its own figure, and the paragraph keeps the period it had."""


_TOPIC_ASIDE = re.compile(r",\s+(?:which|when|where)\b")
_OF_THE_YEAR = re.compile(rf"\s+of\s+(?:the|this)\s+(?:{FISCAL}\s+)?year\b"
                          # ("Let me walk you through the fourth-quarter bookings so far.": whom and how far, no topic)
                          r"|(?<=through)\s+you\b|(?<=walk|take)\s+you(?=\s+(?:through|over)\b)|\s+so\s+far\b|\s+to\s+date\b"
                          # ("Let me also give you an early view of 2027.": the words that only say a look ahead is coming)
                          r"|\s+(?:also|now|briefly|quickly|just)\b|\s+(?:an?|our|my|some)\s+(?:early|first|quick|preliminary|initial)\s+(?:look|view|thoughts|read|take)\b"
                          # ("Turning to what we see for the fiscal second quarter.": the words that only say an outlook follows)
                          r"|\s+what\s+(?:we|I)\s+(?:expect|see|anticipate|are\s+(?:expecting|seeing|planning|guiding))(?=\s+(?:for|in)\b)", re.I)


def _topic(s: str) -> str:
    """The words of a short sentence that only names what comes next ("Now to 2027.", "Finally, an early look at
    fiscal 2028, which begins in April." without its aside), else ""."""
    if not _TOPIC_LEAD.match(s):
        return ""  # (a lead the head before an aside holds, the whole sentence holds too: most sentences stop here)
    aside = _TOPIC_ASIDE.search(s)
    head = s[:aside.start()] if aside else s
    if not _TOPIC_LEAD.match(head):
        return ""
    # "of the year" names no new topic ("Turning to the first nine months of the year."); dropping it only lowers the count
    words = head.count(" ")
    return head if words < 8 or _OF_THE_YEAR.sub("", head).count(" ") < 8 else ""


_GENERIC_YOU = re.compile(r"\bas\s+(?:you|one)(?:'d|\s+would|\s+might|\s+can|\s+could)?\s+$|\b(?:you|one)(?:\s+typically|\s+usually|\s+normally|\s+generally|\s+always)?\s+$", re.I)
"""'you expect' and 'as you would expect' before the cue: anyone's expectation; 'you should/can expect' and 'you'd expect
margins to ...' are our outlook."""
_PURPOSE_COUNT = re.compile(r"\bin\s+order\s+to\s+(?:\w+\s+){1,2}$", re.I)
# "our target range is 2 to 3 times, and today we are at 2.4 times": a multiple with its target range named before it
# is a ratio even when the sentence never says which one
_RANGE_BEFORE = re.compile(r"\btarget(?:ed)?\s+range\b", re.I)
_TIMES_AMOUNT = re.compile(r"\s+(?:(?:trailing|adjusted|annuali[sz]ed|LTM|TTM)\s+)?(?:EBITDA|EBIT|EBITDAR|earnings|net\s+income)\b", re.I)
_COVERED_AFTER = re.compile(r"\s+(?:over[-\s]?)?(?:covered|subscribed)\b", re.I)
_LEVERAGE_WORD = re.compile(r"\b(?:leverage|gearing(?!\s+up\b)|coverage|turns?|multiple|ratio|times\s+(?:EBITDA|earnings|sales))\b", re.I)
_MULTIPLE_AT = re.compile(r"\b(?:at|to|below|above|under|within|exit(?:ing)?|end(?:ing)?|operat(?:e|ing)|run(?:ning)?|stay|remain|comfortable|target(?:s|ing)?|go|"
                          r"back\s+to|up\s+to|closer\s+to|near)\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+|just\s+)?(?:between\s+)?$", re.I)
"""An analyst's "in order to win 100 accounts": a figure of the question's premise, not a fact."""
_RANGE_NEXT = re.compile(r"\s+range\b", re.I)
_BOUND_LEAD = re.compile(r"(?:below|under|up\s+to|at\s+most|no\s+more\s+than|less\s+than)\s", re.I)
_LEAD_BASIS = re.compile(
    r"\W*(?:(?:and|so|now|then|also)\s+)?(?:(?:on|in)\s+an?\s+(?P<w>non[-\s]?GAAP|GAAP|adjusted|reported|statutory|IFRS)\s+basis\b"
    r"|(?:turning|moving|looking|switching|now|let\s+me\s+turn|I'll\s+turn|I\s+will\s+turn)\s+(?:now\s+)?(?:to\s+)?(?:our\s+|the\s+)?"
    r"(?P<w2>non[-\s]?GAAP|adjusted)\s+(?:results|numbers|figures|financials|P&L|metrics)"
    # "Under IFRS 16, EBITDA was ..., a margin of ...": the lease standard as reported, beside a call's pre-IFRS 16 figures
    r"|(?:under|including|after|with)\s+(?P<w3>IFRS)\s?16\s*,)", re.I)



_ORDERS_REVIEW = re.compile(r"\borders\s+(?:across|by|in|for)\s+(?:our\s+|the\s+|each\s+)?(?:geograph\w*|regions?|regional|"
                            r"(?:customer|end)\s+markets?|customer\s+segments?|theaters?|geos?)\b", re.I)
_SALES_NAMED = re.compile(r"\b(?:revenues?|sales)\b", re.I)
_PARTS_REVIEW = re.compile(r"\W*(?:(?:and|now|so|next|let\s+me|let's|I'll|I\s+will)\s*,?\s+)*(?:turn(?:ing)?|mov(?:e|ing)|switch(?:ing)?|look(?:ing)?|go(?:ing)?)\s+"
                           r"(?:now\s+|on\s+|over\s+)*(?:to|at)\s+(?:our\s+|the\s+)?(?:business\s+|reportable\s+|operating\s+)?segments?\b"
                           r"(?!\s+(?:level\s+)?(?:totals?|overall)\b)", re.I)


_YEAR_SUBJECT = re.compile(r"\W*(?:full[-\s]year|annual|whole[-\s]year)\s+(?!(?:results?|outlook|guidance|basis)\b)[a-z]", re.I)


def _announced(s: str, ctx: Context, st: State) -> None:
    """`announced_outlook`, save that a sentence in the past tense on the quarter just reported ("Back to the fourth
    quarter, where sales came in a bit above what we had guided.") names no period of the outlook to come."""
    outlook, period = st.outlook, st.period
    announced_outlook(s, ctx, st)
    if st.outlook != outlook and PAST.search(s) and (named := P.find_cues(s)) and all(cue_reported(c, ctx) for c in named):
        st.outlook, st.period = outlook, period
    elif (st.outlook != outlook and st.outlook is not None and st.outlook != _year_ahead(ctx)
          and economy_path(s, P.find_cues(s))):
        # "Our forecast assumes unemployment eases through the second quarter of 2028.": the economy's path, not the period
        # the call's own outlook figures after it are for (the year ahead, which they would take anyway, is left as said)
        st.outlook, st.period = outlook, period


def _year_ahead(ctx: Context) -> Period | None:
    """The year a call's outlook figures without period words are for: its own, or after a fourth quarter the next."""
    if not ctx.fiscal_year:
        return None
    return P.label(ctx.fiscal_year + 1 if ctx.fiscal_quarter == 4 else ctx.fiscal_year)


def _aside_of_year(s: str, period, st: State) -> bool:
    """"Full-year operating expenses should grow ..." inside a quarter's outlook: the year dates its own sentence;
    "Other income is expected to be about $120 million." after it is still the quarter's."""
    return (st.outlook is not None and st.outlook.quarter is not None and period.quarter is None and period.half is None
            and s[:1].lower() in "fawc\"'" and _YEAR_SUBJECT.match(s) is not None)

_TO_DATE_LEAD = re.compile(r"\W*(?:(?:and|so|now)\s*,?\s+)?(?:(?:(?:for\s+the\s+|on\s+an?\s+)?year[-\s]to[-\s]date(?:\s+basis)?|so\s+far\s+this\s+year)\s*,"
                           rf"|(?:for|in|over|during)\s+the\s+first\s+(?:half|(?:nine|six|9|6)\s+months|three\s+quarters)(?:\s+of\s+(?:the\s+|this\s+)?(?:{FISCAL}\s+)?(?:year|20\d\d))?\b(?!\s+(?:of\s+)?(?:last|next)\b)"
                           # "Year to date free cash flow is $470 million.": the running total as the measure's own adjective
                           r"|year[-\s]to[-\s]date\s+(?!(?:basis|we|I|it|that|this|there|and|is|was|has)\b)[a-z]"
                           # "Nine-month EBITDA was ...", "Nine month revenue ...": the span as the measure's own adjective too
                           r"|(?:nine|six|9|6)[-\s]month\s+(?!(?:period|ended|ending|to|of|ago|earlier|later|basis|we|it|and|is|was)\b)[a-z]"
                           # "Overseas first-half operating income was ...", "Group nine-month EBITDA ...": a part's measure so named
                           r"|(?:[a-z][\w&-]*\s+)?(?:first[-\s]half|(?:nine|six|9|6)[-\s]month)\s+(?!(?:period|ended|ending|to|of|ago|earlier|later|basis|we|it|and|is|was|results?)\b)[a-z])", re.I)


_TO_DATE_SAID = re.compile(r"\b(?:for|in|over|during|through)\s+(?:the\s+)?(?:first\s+)?(?:nine|six|9|6)\s+months\b(?!\s+(?:of\s+)?(?:last|next|the\s+(?:next|coming))\b)", re.I)


def _aside_to_date(s: str, period, st: State, ctx: Context) -> bool:
    """A running total led into between the quarter's figures ("Year-to-date, bookings are 7% higher."; a lead over the
    first nine months; in a second quarter, one for the first half), or said after its amount ("Fee revenue was $80
    million for the nine months"): it dates its own sentence, and the paragraph's next figures ("Services revenue was
    ...") are still the quarter's."""
    # (in a word-per-line file, whose paragraphs are the reader's cuts, one that opens on it after the quarter's figures
    # is the same aside)
    return ((period.ytd or period.half == 1 and ctx.fiscal_quarter == 2) and not st.future and ctx.fiscal_quarter is not None
            and (st.period == P.call_period(ctx.fiscal_year, ctx.fiscal_quarter) if st.period is not None else st.cut_after_quarter)
            and (_TO_DATE_LEAD.match(s) is not None or "months" in s and _TO_DATE_SAID.search(s) is not None)
            # "We repurchased $210 million of stock this year.": a deed done "this year" sums the months gone in its own
            # sentence only; the next ("Management fees rose 14%.") says nothing of the year
            or period.ytd and not st.future and ctx.fiscal_quarter in (1, 2, 3) and "this year" in s
            and not any_in(s.lower(), _SPAN_SAID))


_SPAN_SAID = ("so far", "to date", "months", "first half", "year-to-date")


_BY_CONTRAST = re.compile(r",\s+(?:by|in)\s+(?:contrast|comparison)\s*,|^\W*(?:By|In)\s+(?:contrast|comparison)\s*,", re.I)


def _aside_by_contrast(s: str, period, st: State, ctx: Context) -> bool:
    """"In the second quarter, by contrast, we released $65 million." amid the quarter's figures: the period set against
    the quarter dates its own sentence; the paragraph's next figures are the quarter's again."""
    return (("ontrast" in s or "omparison" in s) and st.period is not None and not st.future and period != st.period
            and ctx.fiscal_quarter is not None and st.period == P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)
            and _BY_CONTRAST.search(s) is not None)


_FOR_REFERENCE = re.compile(r"\W*(?:(?:and|but|so)\s+)?(?:for\s+(?:reference|context|comparison|perspective)|as\s+a\s+(?:reminder|reference|point\s+of\s+reference)"
                            r"|by\s+(?:way\s+of\s+)?comparison)\s*,", re.I)


_REFERENCE_HINTS = ("eference", "ontext", "omparison", "erspective", "eminder")


def _aside_for_reference(s: str, period, kind: FactKind, st: State, ctx: Context) -> bool:
    """"For reference, we sold 13 million tonnes in 2026." amid an outlook: a closed period's actual said as a yardstick;
    the outlook's next figures ("Copper stays at ...") are still the outlook's."""
    return (kind is FactKind.ACTUAL and st.outlook is not None and st.future and not period_over(st.outlook, ctx)
            and period != st.outlook and _FOR_REFERENCE.match(s) is not None)


def _total_beside(period, kind: FactKind, facts: list, ctx: Context) -> bool:
    """"Cash flow was $210 million in the quarter and $640 million for the first nine months.": a running total said
    right after the quarter's figure of the same measure is beside it; the paragraph's next figures ("Capital spending
    was $55 million.") are still the quarter's."""
    # (after a fourth quarter the running total is the whole year: "$180 million in the quarter and $620 million for the year")
    whole_year = (ctx.fiscal_quarter == 4 and period.fiscal_year == ctx.fiscal_year and period.quarter is None
                  and period.half is None)
    if not ((period.ytd or whole_year) and kind is FactKind.ACTUAL and len(facts) > 1 and ctx.fiscal_quarter is not None):
        return False
    cur = P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)
    if whole_year and not period.ytd:  # (only as the second of a pair: a long recap of the year names its own periods)
        return facts[-2].period == cur and facts[-2].kind is FactKind.ACTUAL and facts[-2].metric == facts[-1].metric
    # (and the figures said of that running total after it, "... and $1.02 billion through nine months, which is 104% of
    # net income": the total's own ratio is beside the quarter's figures too)
    return any(f.period == period and f.kind is FactKind.ACTUAL
               and any(g.metric == f.metric and g.kind is FactKind.ACTUAL and g.period == cur for g in facts[:i])
               for i, f in enumerate(facts) if i > 0)


_YOU_SAID = re.compile(r"\W*(?:(?:and|so|but|now|first|second|then|also|just)\W+)?(?:on\s+[^,;]{1,40},\s+)?(?:[A-Z][a-z]+,\s+)?"
                       r"(?:I\s+think\s+)?you\s+(?:said|mentioned|noted|called\s+out|cited|talked\s+about)\b", re.I)
"""An analyst recalling a figure of the remarks: "On bill rates, you said up 3.4%.", "Gideon, you mentioned ..."."""
_YOU_SAID_AHEAD = re.compile(r"\b(?:would|will|should|could|going\s+to|talking\s+about|expect\w*|guid\w*|outlook|forecast|plan\w*|versus|vs\.?|relative\s+to)\b", re.I)
_OF_THAT = re.compile(r"\s+of\s+(?:that|this|it|those|these|them)\b", re.I)
_WE_HOLD = re.compile(r"\b(?:fact\s+that|that)\s+we\s+(?:now\s+|currently\s+|already\s+|still\s+)?have\s+(?:about\s+|approximately\s+|roughly\s+|over\s+|"
                      r"more\s+than\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
_HELD_FOR_LATER = re.compile(r"[^.;]{0,40}?\b(?:planned|scheduled|budgeted|expected|coming|slated|lined\s+up|left\s+to\s+spend)\b", re.I)
""""the Q1 guidance of over $9 billion ..., remember that we have $120 billion of backlog to deliver": what the company
holds now, beside the guide; its period words before "that we have" are the guide's."""
_ALREADY_HELD = re.compile(r"\b(?:(?:it|that|this|they|we|which)(?:['’](?:s|re)|\s+(?:is|are|have|has|stands?|sits?|runs?))|is|are|have|has|stands|sits)"
                           r"\s+already\b|\b(?:we|they|it)\s+already\s+(?:have|has|hold|are|is)\b", re.I)
"""'it's already in the low teens', 'we already have': a level reached by now."""
_ALREADY_INTENT = re.compile(r"\s+(?:[a-z]+\s+){0,2}?to\s+(?!date\b)[a-z]+", re.I)
"""'we've already pledged to hand back $1.4 billion in 2027': a deed ahead, already promised."""
_NEAR_SPANS = frozenset(("this_y", "next_y", "this_q", "next_q"))
_BASE_WORD = re.compile(r"\b(?:above|below|over|versus|vs\.?|than|from|against|to|with)\s+(?:the\s+)?$", re.I)
"""'about 250 basis points above this year': a base, not the figure's own year ('annual growth' is a rate a year)."""
_PERIOD_LEAD = re.compile(r"\W*(?:(?:and|so|now|then)\s*,?\s+)?(?:for|in|during)\s", re.I)
_CLOSED_YEAR_AFTER = re.compile(r"[$€£¥\d%][^.;]*\b(?:as|than|from|versus|vs\.?|against|over|compared\s+(?:to|with))\s+(?:in\s+)?(?:the\s+)?"
                                rf"(?:full[-\s]year\s+|{FISCAL}\s+(?:year\s+)?|FY\s*)?$", re.I)
"""A closed year named after a figure ("up 6%, the same growth rate as in the full year 2026"), not as the sentence's topic."""
_LOOKING_BACK = frozenset(("year_ago", "prev_q", "q_last_year", "h_last_year", "ytd_last_year", "n_years_ago"))


def _after_call(period: Period | None, ctx: Context) -> bool:
    """A period that begins after the call's own: a quarter ahead, or a later year."""
    if period is None or period.fiscal_year is None or not ctx.fiscal_year:
        return False
    if period.fiscal_year != ctx.fiscal_year:
        return period.fiscal_year > ctx.fiscal_year
    return bool(period.quarter and ctx.fiscal_quarter and period.quarter > ctx.fiscal_quarter
                or period.half and ctx.fiscal_half and period.half > ctx.fiscal_half)


def _paid_ahead_last_year(period: Period | None, ctx: Context, s: str) -> bool:
    """A quarter after the call's, said in the past tense: dated to last year, or, named without its year, the one under way.
    A fourth-quarter call's quarter after it is next year's first: named bare for the dividend ("the board declared a first
    quarter dividend of $0.30", "a dividend of $0.30 for the first quarter"), it is never the call's year's closed one."""
    if period is None or period.quarter is None or period.ytd or not ctx.fiscal_year or not ctx.fiscal_quarter:
        return False
    if ctx.fiscal_quarter == 4:
        return period.quarter == 1 and period.fiscal_year == ctx.fiscal_year and _FIRST_QUARTER_DIVIDEND.search(s) is not None
    return (period.quarter > ctx.fiscal_quarter
            and (period.fiscal_year == ctx.fiscal_year - 1 or period.fiscal_year == ctx.fiscal_year and not _YEAR_NAMED.search(s)))


_FIRST_QUARTER_DIVIDEND = re.compile(
    r"\b(?:first|1st)[-\s]quarter\s+(?:(?:cash|common|regular|quarterly|ordinary|base|stock)\s+){0,2}(?:dividends?|distributions?)\b"
    r"|\bQ1\s+(?:(?:cash|common|regular|quarterly|ordinary|base|stock)\s+){0,2}(?:dividends?|distributions?)\b"
    r"|\b(?:dividends?|distributions?)\b[^;]{0,60}?\bfor\s+(?:the\s+|our\s+)?(?:first\s+quarter|Q1)\b(?!\s+of\b|,?\s*(?:19|20)\d\d)", re.I)
"""The next quarter named bare for a dividend in a fourth-quarter call: "our first-quarter dividend", "a dividend of $0.30
a share for the first quarter" (not "In the first quarter, we declared ...", a deed of the quarter named)."""


def _looked_back(s: str, period, kind: FactKind, pcues: list, ctx: Context) -> bool:
    """"A year ago it was $3,660.", "Last quarter it was 41%.": an actual of an earlier period named only by its distance
    from the call's is a comparison said on its own; the paragraph's next figures are not of that period (a sentence led
    by the period, "In the third quarter of last year, ...", opens a topic and still carries it)."""
    if kind is not FactKind.ACTUAL or not pcues or not ctx.fiscal_year or not (ctx.fiscal_quarter or ctx.fiscal_half):
        return False
    # (a half-year call's too: "Price added 2.1 points, after 5.5 points in the first half of last year." leaves the
    # paragraph in this half; so does a closed year named after the figure, "the same rate as in the full year 2026")
    call = P.call_period(ctx.fiscal_year, ctx.fiscal_quarter) if ctx.fiscal_quarter else P.label(ctx.fiscal_year, half=ctx.fiscal_half)
    return (all(c.rel in _LOOKING_BACK or c.rel is None and c.year is not None and c.year < ctx.fiscal_year and c.start > 0
                and _CLOSED_YEAR_AFTER.search(s, 0, c.start) is not None for c in pcues if c.rel != "span")
            # (a rolling window beside it, "up 90 million during the last 12 months", dates no paragraph either)
            and any(c.rel != "span" for c in pcues) and P.period_key(period) < P.period_key(call)
            # ("For reference, occupancy was 91% this time last year.": a lead that names no period leads no topic)
            and ((lead := _PERIOD_LEAD.match(s)) is None or not any(c.start <= lead.end() + 5 for c in pcues)))


_BECAUSE_BEFORE = re.compile(r"\b(?:because|since|as|given\s+that)\b", re.I)


def _reason_before(s: str, q, period, kind: FactKind, facts: list) -> bool:
    """"Profit was JPY 41.2 billion, down 3.1%, because last year's first half included a JPY 6.3 billion gain.": an
    earlier period's actual given as the reason for a later figure of the sentence is no topic; the paragraph's next
    figures ("Earnings per share were JPY 152.60.") keep the period of the figure it explains."""
    if (kind is not FactKind.ACTUAL or period is None or len(facts) < 2 or facts[-2].period is None
            or not any_in(s, ("because", " as ", "since", "given"))):
        return False
    return (P.period_key(period) < P.period_key(facts[-2].period) and facts[-2].kind is FactKind.ACTUAL
            and _BECAUSE_BEFORE.search(s, max(0, q.start - 80), q.start) is not None)


_HAD_DONE = re.compile(r"\bhad\s+(?:(?:already|also|only|just|previously)\s+)?(?:been|grown|risen|fallen|dropped|declined|increased|decreased|"
                       r"climbed|slipped|improved|expanded|contracted|run|come\s+in|reached|gained|lost)\b", re.I)
"""'In the second quarter, same-store sales had grown 5.1%': the past perfect tells of a time before the one reported."""


def _recalled_before(s: str, q, period, kind: FactKind, ctx: Context) -> bool:
    """"In the second quarter, pharmacy sales had grown 5.1%, so the acceleration came from ...": an earlier period's
    actual told in the past perfect, before the call's period, is a comparison recalled; the paragraph's next figures
    ("Prescription count rose 4.3%.") are still the call's period, though the sentence opened on the earlier one."""
    if kind is not FactKind.ACTUAL or not ctx.fiscal_year or not ctx.fiscal_quarter or period is None:
        return False
    if P.period_key(period) >= P.period_key(P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)):
        return False
    lo, _ = clause_bounds(s, q.start)
    return _HAD_DONE.search(s, lo, q.start) is not None


def extract_sentence(sentence: str, context: Context | None = None, line: int = 1, state: State | None = None,
                     page: int | None = None) -> list[Fact]:
    """The facts one sentence states. `state` carries the paragraph's last period/metric between calls."""
    if sentence.isupper() and (plain := caption_case(sentence)) is not None:
        # "REVENUE WAS $880 MILLION, UP 7%": a caption's capitals hide the scale, unit and cue words, which are read in
        # lower case; each fact still quotes the sentence as written
        found = _read_sentence(plain, context, line, state, page)
        return [_as_written(f, sentence, plain) for f in found]
    if "] " in sentence and (cuts := [m.span() for m in _NOTE_IN_FIGURE.finditer(sentence)]):
        # "$661.4 [Phonetic] million": a transcriber's note between a figure and its scale, read as if unsaid; each fact
        # quotes the sentence as written, the note inside its text
        plain = _NOTE_IN_FIGURE.sub("", sentence)
        return [_note_kept(f, sentence, plain, cuts) for f in extract_sentence(plain, context, line, state, page)]
    if "plus " in sentence and (plain := unsigned_plus(sentence)) != sentence:
        found = _read_sentence(plain, context, line, state, page)
        return [_as_written(f, sentence, plain) for f in found]
    return _read_sentence(sentence, context, line, state, page)


_SIGN_PLUS = re.compile(r"\b(?:or|and|by|of|nearly|almost|around|about|approximately|roughly|over|just\s+over)\s+(plus)\s+(?=[$€£]?\d)", re.I)


_NOTE_IN_FIGURE = re.compile(r"(?<=\d)\s+\[(?:phonetic|ph|indecipherable|inaudible)\](?=\s+(?:million|billion|thousand|trillion|percent|basis\s+points?)\b)", re.I)
"""A transcriber's bracketed note said between a figure and its scale word."""


def _note_kept(f: Fact, sentence: str, plain: str, cuts: list[tuple[int, int]]) -> Fact:
    """A fact read off `plain` (`sentence` with the notes at `cuts` taken out) quoting `sentence`'s own characters."""
    def back(at: int, closing: bool) -> int:  # a position in `plain` -> the same character's in `sentence`
        for start, end in cuts:
            if at > start or at == start and not closing:
                at += end - start
        return at

    update = {"sentence": sentence.strip()}
    lead = len(plain) - len(plain.lstrip())
    start = plain.strip().find(f.text) if f.text else -1
    if start >= 0:
        o_start = back(start + lead, False) - (len(sentence) - len(sentence.lstrip()))
        update["text"] = sentence.strip()[o_start:back(start + lead + len(f.text), True) - (len(sentence) - len(sentence.lstrip()))]
    return f.model_copy(update=update)


def unsigned_plus(sentence: str) -> str:
    """The sentence with "plus" blanked where it only signs a figure that a word before already places: "rose by plus
    5.2% like-for-like or plus 8.4% in reported terms", "organic growth of nearly plus 4%". Some calls say every rise so; the sign word
    would hide the link ("or", "of", "by") and the hedge the figure is read by. Each character stays where it was."""
    return _SIGN_PLUS.sub(lambda m: m[0][:m.start(1) - m.start()] + "    " + m[0][m.end(1) - m.start():], sentence)


_CAPTION_WORD = re.compile(r"\b[A-Z][A-Z'’]*\b(?![$\d])")
_KEPT_CAPITALS = frozenset({"I"} | caption_codes())
"""Words a caption keeps in capitals: currency codes ("USD 40 MILLION") and the pronoun."""


def caption_case(sentence: str) -> str | None:
    """A sentence written all in capitals, in lower case but for currency codes, "I" and its first letter, each
    character where it was; None for a short label ("EPS $1.20") or where lower-casing would move a character.

    >>> caption_case("WE EXPECT REVENUE OF $410 MILLION TO $430 MILLION IN Q4.")
    'We expect revenue of $410 million to $430 million in Q4.'
    """
    if sum(1 for m in _CAPTION_WORD.finditer(sentence) if len(m[0]) > 3) < 2:
        return None
    plain = _CAPTION_WORD.sub(lambda m: m[0] if m[0] in _KEPT_CAPITALS else m[0].lower(), sentence)
    first = next((i for i, ch in enumerate(plain) if ch.isalpha()), None)
    if first is not None:
        plain = plain[:first] + plain[first].upper() + plain[first + 1:]
    return plain if len(plain) == len(sentence) else None


def _as_written(f: Fact, sentence: str, plain: str) -> Fact:
    """A fact read off `plain` (the caption-cased copy of `sentence`) quoting `sentence`'s own characters."""
    s, low = sentence.strip(), plain.strip()
    update = {"sentence": s}
    for name in ("text", "phrase"):
        at = low.find(getattr(f, name))
        if at >= 0:
            update[name] = s[at:at + len(getattr(f, name))]
    return f.model_copy(update=update)


def _read_sentence(sentence: str, context: Context | None, line: int, state: State | None, page: int | None) -> list[Fact]:
    ctx = context or Context()
    st = state if state is not None else State()
    s = sentence.strip()
    numeric = has_digit_or_word(s)
    was_client, st.client = st.client, False
    if was_client or "xample" in s or "nstance" in s or s[:1].isupper() and any_in(s, _CLIENT_VERBS):
        st.client = client_example(s) or (was_client and client_again(s))
    opening = st.metric is None and not st.by_part  # no figure yet in the paragraph
    if not numeric and s[:1].isalpha() and (part := part_topic(s)) is not None:
        st.part = part  # "Our brokerage arm had a tougher quarter." "Revenue was $94 million, ...": that part's revenue
    elif not numeric and ctx.segments is not None and s[:1].isupper() and (part := named_part_subject(s, ctx.segments)) is not None:
        st.part = part  # "Gaming was softer this quarter." "Revenue was $412 million, ...": a part the call names elsewhere
    elif st.part is not None and numeric and (_WHOLE_SALES.search(s) or segment_lead(s, lower=True)):
        st.part = None
    if not st.by_part and "egment" in s[:80] and _PARTS_REVIEW.match(s):
        st.by_part = True  # "Turning to the segments, starting with ...": the paragraph reviews the parts one by one
    if not st.by_orders and "orders " in s and _ORDERS_REVIEW.search(s):
        st.by_orders = True
    aside = False
    if may_match(s[:60], ("gaap", "adjusted", "reported", "statutory", "ifrs")):
        lead = _LEAD_BASIS.match(s)
        if lead:
            word = lead.group("w") or lead.group("w2") or lead.group("w3")
            st.lead_basis = Basis.GAAP if word.lower() in ("reported", "statutory") else basis_of(word)
            # "..., operating margin was 23%. On a GAAP basis, gross margin was 78%. Operating income was ...": amid the
            # call's own basis, the other one is an aside of its sentence, not a switch for the paragraph
            aside = ctx.basis is not None and st.lead_basis is not ctx.basis and st.metric is not None
    if st.span_said is not None and numeric:
        said, st.span_said = st.span_said, None
        if (span := span_named(said, ctx, st.period)) is not None:
            st.period, st.future = span, False  # "These were our best first nine months." "Revenue reached ...": the nine months'
    before = st.period
    if not s or not (numeric or (ctx.role is not Role.ANALYST and might_be_qualitative(s))) or boilerplate(s):
        if s and not numeric and ctx.role is not Role.ANALYST and (_OUTLOOK_NAMED.search(s) or LIST_FOLLOWS.search(s) or YEAR_AHEAD_LEAD.match(s)):
            _announced(s, ctx, st)  # "For the full year, we are lifting our outlook.", "In fiscal 2027, we expect solid demand."
        elif s:
            outlook_spent(st)
        if s and not numeric and ctx.fiscal_year and _topic(s):
            topic_period(period_cues(topic := _topic(s), ctx), ctx, st, topic)  # "Now to the fourth quarter." heads the figures that follow
        elif s and not numeric and ctx.role is not Role.ANALYST and (review := results_review(s, ctx)) is not None:
            st.period, st.future, st.review = review, False, review
        elif s and not numeric and st.review is not None:
            review_left(s, ctx, st)
        elif s and not numeric and (under_way := month_under_way(s, ctx)) is not None:
            st.period, st.future, st.under_way_named = under_way, False, True  # "October has been good.": the quarter under way, for its to-date figures
        elif s and ctx.fiscal_quarter and span_hinted(s, ctx, st.period):
            st.span_said = s  # "The first half went well.": the span of the figures after it, read when they come
        if st.period is not before:
            st.span_said = None  # (a later rule's period replaces the span said before)
        return []
    lowered = s.lower()
    if (st.period is not None and not st.future and st.heading is None and ctx.fiscal_year and ctx.fiscal_quarter
            and st.period.fiscal_year and not st.period.ytd and P.period_key(st.period) > P.closed_by(ctx.fiscal_year, ctx.fiscal_quarter)
            and not to_date(s) and not ("month" in s and _THE_MONTH.search(s)) and not st.under_way_named):
        # "October is running ...": the quarter under way dates only the sentence that names it, and the next one's
        # figures to date ("Through the first four weeks, volumes are up 3%") or of the month it named ("Our loading in
        # the month is about 93%."), or as things stand now ("Occupancy is 95.5%.": counted, not an outlook)
        now_under_way = bool(st.period.quarter) and still_under_way(s)
        if not now_under_way:
            st.period = None
    else:
        now_under_way = False
    st.under_way_named = False
    outlook = any_in(lowered, ("guid", "outlook", "range", "forecast"))
    found = find_quantities(s, ctx.currency, outlook) if numeric else []
    qs = [q for q in found if is_figure(q, s)] if not st.client else []  # a client's case told as an example: its figures are the client's
    figures = qs  # before the cuts below: what `found` holds besides them may be others' figures (`others`, read far below)
    if qs:
        bare_ok = bare_figures_ok(s, lowered)
        qs = [q for q in qs if figure_worth_reading(q, s, bare_ok)
              or (st.unit == "count" and _COUNT_VERB.search(s, max(0, q.start - 30), q.start))
              or (ctx.question and _asked_count(q, s, ctx.question) is not None)]
        if ", not " in s:  # "DSO was 47 days, not 45": the figure set right, not the one it replaces
            qs = [q for q in qs if not _NOT_THAT.search(s, max(0, q.start - 40), q.start)]
    if numeric and not qs and s[:1].isalpha() and (part := part_topic(s)) is not None:
        st.part = part  # "Harlow Re, our broking arm, has a quiet third quarter, as most treaties renew on January 1.": no figure in it
    cues = metric_cues(s) if (qs or might_be_qualitative(s)) else []
    if qs and not cues and ctx.question and asked_economy(ctx.question):
        # "What are you assuming for the policy rate at year-end?" "We assume 8.25% at the end of December.": the economy's rate
        qs = [q for q in qs if q.unit not in ("%", "bps")]
    if cues and "as " in s:
        cues = _outside_definitions(s, cues)
    kcues = kind_cues(s) if (qs or cues or (ctx.segments is not None and might_be_qualitative(s))) else []
    if kcues and ctx.role is not Role.ANALYST and "you" in lowered:
        # "when you post a comp of 6% you expect some leverage", "as you would expect": anyone's expectation, not our outlook
        kcues = [(pos, k) for pos, k in kcues if not (k is FactKind.GUIDANCE and _GENERIC_YOU.search(s, max(0, pos - 24), pos)
                                                      and s[pos:pos + 7].lower().startswith(("expect", "anticip")))]
    pcues = period_cues(s, ctx) if (qs or cues) else []
    if qs and not pcues and st.period is not None and st.period.quarter and not st.period.ytd and " the " in s and (
            bare := P.BARE_ORDINAL.search(s)) is not None:
        # "Sales grew 2% in the first quarter. Growth reached 4.6% in the second as volumes recovered.": the quarter the
        # paragraph named, said again by its ordinal alone
        pcues = [P.Cue(bare.start(), bare.end(), quarter=P._ORD[bare.group(0).split()[-1].lower()], year=st.period.fiscal_year)]
    if pcues and qs and s[:1] in "OoFfAaGgDdCcTt" and (bg := _BACKGROUND_LEAD.match(s)) is not None and all(q.start > bg.end() for q in qs):
        # "Following strong hedging activity in the second quarter, swap income declined $8 million.": the opening clause
        # tells what came before; its period is not the figures'
        pcues = [c for c in pcues if c.start >= bg.end()]
    if pcues and any(c.rel is None and c.year and not c.quarter and not c.half for c in pcues):
        pcues = undated(s, pcues)
    facts: list[Fact] = []
    if not qs and (_OUTLOOK_NAMED.search(s) or LIST_FOLLOWS.search(s) or (ctx.role is not Role.ANALYST and YEAR_AHEAD_LEAD.match(s))):  # "... as follows.", "we expect the following"
        _announced(s, ctx, st)
    elif not qs:
        outlook_spent(st)
    # after the outlook test: "And a first look at 2027." announces the outlook it heads, which that test would spend
    topic = _topic(s) if not qs and ctx.fiscal_year else ""
    if topic:
        topic_period(period_cues(topic, ctx), ctx, st, topic)
    elif not qs and ctx.role is not Role.ANALYST and (review := results_review(s, ctx)) is not None:
        st.period, st.future, st.review = review, False, review  # "Here are the full-year results.": what follows is of the year
    elif not qs and st.review is not None:
        review_left(s, ctx, st)
    elif not qs and not cues and (under_way := month_under_way(s, ctx)) is not None:
        st.period, st.future, st.under_way_named = under_way, False, True  # "On October, we have about four weeks in hand.": the quarter under way
    elif not qs and ctx.fiscal_quarter and span_hinted(s, ctx, st.period):
        st.span_said = s  # "These were our best first nine months.": read once figures follow
    if not qs and st.period is not before:
        st.span_said = None
    if st.lead_basis is not None and any(k is FactKind.GUIDANCE for _, k in kcues):
        st.lead_basis = None  # the outlook is a new topic: "on a GAAP basis" was about the results
    future_at = tuple(c.start for c in pcues if future_cue([c], ctx, s) or (ctx.role is not Role.ANALYST and cue_ahead(c, ctx, s)))
    # read only where an outlook could carry over: an answer about the outlook, or a paragraph in its outlook
    # ("... growth of 4% to 6% against the same quarter a year earlier": a base, not the figure's own period)
    # (in a fourth-quarter call "for the year" inside next year's outlook is that year, not the one reported)
    ahead_year = st.kind is FactKind.GUIDANCE and st.outlook is not None and bool(
        st.outlook.fiscal_year and ctx.fiscal_year and st.outlook.fiscal_year > ctx.fiscal_year)
    reported_at = tuple(c.start for c in pcues if cue_reported(c, ctx) and not _BASE_BEFORE.search(s, max(0, c.start - 45), c.start)
                        and not _BASE_CUE.match(s, c.start) and not (ahead_year and c.rel == "this_y" and not _THIS_NAMED.search(s, c.start, c.end))
                        ) if ctx.asked_outlook or st.kind is FactKind.GUIDANCE else ()
    # a quarter or year already reported that names the figure's own period (not a comparison base like "last year")
    # ("30 basis points under Q4 of last year, ..., which should pay off next year": a quarter named with its year)
    dated_at = tuple(c.start for c in pcues if c.rel in (None, "this_q", "q_last_year") and cue_reported(c, ctx)) if future_at else ()
    respectively = respective_metrics(s, qs, cues)
    prev: tuple[Quantity, Basis | None] | None = None
    compared_end: int | None = None
    base_cues: list = []  # the period words of a level compared with ("than the $1.0 billion of the third quarter of 2025")
    motion_from: int | None = None
    declared: Period | None = None
    declared_end = 0
    for i, q in enumerate(qs):
        step_of_declared = False
        picked = respectively.get(i) or metric_for(q, s, cues, qs)
        if picked is None and q.unit == "%" and "share point" in q.text.lower():
            picked = ("market_share", "share")  # "gained 0.6 share points": the unit itself names what moved
        if ((picked is None or picked[0] == "revenue") and facts and facts[-1].sentence == s
                and facts[-1].metric in ("revenue", "segment_revenue") and (part := part_move(q, s, cues)) is not None
                and (picked is None or picked[3] <= part[2])):
            picked = part  # "Footwear grew 8%, while apparel grew 3%": the next part of the sales just named
        after = s[q.end:q.end + 40]
        if " as a" in lowered or lowered.startswith("as a"):
            picked, base = ratio_of(s, q, picked, cues)
            if base is not None:
                after = f" of {base}{after}"  # "SG&A as a percentage of sales came to 18.2%" reads as "18.2% of sales"
        count_noun = listed_count(s, q) or (
            # a noun the closed list does not know counts only where the sentence names no count of its own
            plural_count(s, q) if not (picked and picked[0] in COUNT_METRICS) else None)
        counts = [f for f in facts if f.unit == "count"]
        inherited = False
        if (q.unit is None and q.scaled and " per " in s and _PER_PLACE_AFTER.match(s, q.end)
                and _SPEND_BEFORE.search(s, max(0, q.start - 50), q.start)):
            # "spend 1.5 million to 2 million per site", "a cost in the 2 million range per store": a sum spent on each, said without "$"
            q.unit, count_noun = ctx.currency, None
            if picked and picked[0] in COUNT_METRICS:
                picked = None
        if q.unit is None:
            if count_noun:
                cm = [c for c in cues if c[0] <= count_noun.start(1) < c[1]] or metric_cues(count_noun.group(1))  # read in its sentence
                if cm and _FIXTURE_BEFORE.search(s, max(0, count_noun.start(1) - 14), count_noun.start(1)):
                    cm = []  # "48,000 cooler doors": fixtures in a store, not doors that sell
                noun = count_noun.group(1).lower()
                metric = cm[0][2] if cm else ("units" if noun in _GOODS or _GOODS_NOUN.fullmatch(noun) else "headcount" if noun in _PEOPLE
                                              else "customers" if noun in _BUYERS else "share_count" if noun == "shares" else "other")
                if averaged_count(s, q, count_noun):
                    metric = "other"  # "6.1 trips a month": what one person does on average, like an order's value
                elif (metric == "other" and not cm and noun not in _NOT_A_VOLUME
                      and _VOLUME_VERB_BEFORE.search(s, max(0, q.start - 70), q.start)):
                    metric = "units"  # "we shipped 38 million handsets", "we handled 14.8 million passengers": the company's volume
                elif metric not in COUNT_METRICS:
                    metric = "units" if metric in ("units",) else ("customers" if metric == "customers" else "other")
                if metric == "customers" and noun == "students" and _EMPLOYMENT.search(s):
                    metric = "headcount"  # "our driver school has 340 students enrolled" beside the headcount: trainees, not customers
                if metric == "units" and _MARKET_COUNT.search(s, max(0, q.start - 80), q.start):
                    metric = "other"  # "the industry rig count averaged about 610 rigs": the market's, not the company's fleet
                elif metric == "units" and "apacit" in s and (_CAPACITY_BEFORE.search(s, max(0, q.start - 60), q.start)
                                                              or _CAPACITY_AFTER.match(s, count_noun.end(1))):
                    metric = "other"  # "monthly capacity of about 60,000 wafers": what the plant could make, not what was made
                elif metric == "units" and " order" in s and _ORDERS_OF.match(s, count_noun.end(1)):
                    metric = "bookings"  # "we signed 1.8 gigawatts of new orders": orders sized by what they will deliver
                cstart, _ = clause_bounds(s, q.start)
                named = next((c for c in reversed(cues) if cstart <= c[0] and c[1] <= q.start and c[2] in _COUNTED_AS
                              and (c[2] != "units" or _VOLUME_LINK.fullmatch(s, c[1], q.start))), None)
                picked = (metric, count_noun.group(1), count_noun.start(1), count_noun.end(1))
                if named is None and metric == "other":
                    # "average daily volume was 19.6 million contracts": a volume counts what the lists do not know
                    named = next((c for c in reversed(cues) if cstart <= c[0] and c[1] <= q.start and c[2] == "units"
                                  and _VOLUME_IS.fullmatch(s, c[1], q.start)), None)
                if noun == "share":
                    picked = ("buyback", "share repurchase", *picked[2:])  # "a 30 million share buyback": shares to be bought
                elif noun == "shares" and _PER_DAY.match(s, count_noun.end()):
                    picked = ("units", count_noun.group(1), *picked[2:])  # "1.5 billion shares a day": shares traded, not outstanding
                elif named and metric in ("units", "other"):
                    picked = (named[2], named[3], named[0], named[1])  # "Net new orders were 5,130 homes", "a backlog of 6,240 homes": the named metric, counted
                elif noun == "shares" and (_BUYBACK_VERB.search(s, max(0, q.start - 40), q.start) or _bought_shares(cues, q.start)) \
                        and not (cm and cm[0][2] == "share_count"):  # "... and about 80 million shares outstanding"
                    picked = ("buyback", "repurchased shares", *picked[2:])  # "we repurchased 1.4 million shares"
                q.unit = "count"
            elif (facts and facts[-1].unit == "days" and q.value is not None and q.value < 1000
                  and (_COMPARE_BEFORE.search(s[max(0, q.start - 40):q.start]) or _COUNT_LINK.search(s[max(0, q.start - 24):q.start]))):
                q.unit = "days"  # "49 at the end of the quarter, compared with 51 at the end of June and 47 a year ago"
                picked = (facts[-1].metric, facts[-1].phrase)
            elif (("day" in lowered or "time" in lowered or "dpo" in lowered) and _DAYS_MEASURE.search(s, max(0, q.start - 60), q.start)
                  and _DAYS_LINK.search(s, max(0, q.start - 24), q.start)):
                q.unit = "days"  # "Days claims payable were 49 at the end of the quarter, compared with 51"
                # "DIO, DSO and days payable came in at 81, 70 and 58 days respectively": each its own measure
                picked = respectively.get(i) or _days_metric(_DAYS_MEASURE.search(s, max(0, q.start - 60), q.start).group(0))
            elif (q.unit is None and not picked and not facts and ctx.question
                  and (asked_noun := _asked_count(q, s, ctx.question)) is not None):
                q.unit = "count"  # "How many visits a day?" "About 27,000, against 25,000 a year ago.": the noun asked
                named = [c for c in metric_cues(asked_noun) if c[2] in COUNT_METRICS]
                picked = (named[0][2] if named else _noun_metric(asked_noun), asked_noun)
                inherited = True
            elif (not picked or picked[0] not in COUNT_METRICS) and counted_earlier(q, s) and (
                    named := next((c for c in reversed(cues) if c[1] <= q.start and (
                        c[2] in COUNT_METRICS or c[2] in _COUNTED and "," in q.text)), None)  # "net orders were 4,300": homes
                    or ((subject := count_subject(q, s)) is not None and (subject[0], subject[1], _noun_metric(subject[2]), subject[2]))):
                q.unit = "count"  # the count named before the clause the figure ends
                picked = (named[2], named[3], named[0], named[1])
                inherited = True  # its noun said, though not right after it
            elif picked and picked[0] in RATIO_METRICS and "." in q.text:
                q.unit = "x"
            elif picked and picked[0] in DAYS_METRICS:
                q.unit = "days"
            elif q.scaled and picked and picked[0] in MONEY_METRICS:
                q.unit = ctx.currency
            elif q.scaled and not count_noun and q.value is not None and bare_money(q, s, picked, st, facts):
                q.unit = ctx.currency  # "gross margin was up 84 million", "an impairment of 1.6 billion", "Terminals was up 17 million"
                if picked and picked[0] in COUNT_METRICS:
                    picked = None  # the volume named after it is the cause, not the figure's metric
            elif picked and picked[0] in COUNT_METRICS and (q.scaled or "," in q.text or (q.value or 0) >= 10 or (
                    q.value is None and q.low is not None and len(picked) == 4 and 0 <= picked[2] - q.end <= 16)  # "30 to 40 net additions"
                    # "a similar number of openings, 35 to 40": a range said just after the count it gives, in words
                    # (not "(555) 010-2424", nor a range said far from the noun, nor "below the 150 to 200 range")
                    or q.value is None and (q.low or 0) >= 10 and len(picked) == 4 and 0 <= q.start - picked[3] <= 25
                    and (" to " in q.text or " and " in q.text) and not s.startswith(" range", q.end)):
                q.unit = "count"
            elif picked and picked[0] == "eps" and q.value is not None and "." in q.text and abs(q.value) < 100:
                q.unit = ctx.currency
            elif counts and (_COMPARE_BEFORE.search(s[max(0, q.start - 40):q.start])
                             or CHANGE_BEFORE.search(s[max(0, q.start - 30):q.start])
                             or _COUNT_LINK.search(s[max(0, q.start - 24):q.start])
                             or _OF_WHICH.search(s, max(0, q.start - 40), q.start)
                             or s.startswith(" of th", q.end) and PART_OF_THEM.match(s, q.end)
                             or _like_count(q, counts[-1], s)
                             or _COUNT_DO.search(s, max(0, q.start - 30), q.start)
                             or s.endswith("another ", max(0, q.start - 8), q.start)
                             or _STOCK_LINK.search(s, max(0, q.start - 50), q.start)):
                # "1,240 patients, compared with 780": the count of the figure before; "opened 14 stores ..., and we expect
                # to open about 50 this year": the same deed ahead; "in 27 of our plants, and I'd expect another 6 to 8"
                q.unit = "count"
                picked = (counts[-1].metric, counts[-1].phrase)
                inherited = True
            elif (q.value is not None and q.unit is None and " than " in s[q.end:q.end + 14] and (counts or st.count_ref is not None
                  and st.metric in COUNT_METRICS | {"other"} and all(f.metric == st.metric for f in facts)) and _MORE_THAN_BASE.match(s, q.end)):
                # "We averaged 64,200 couriers a week. That is 3% fewer than a year ago, but 1,700 more than in the second
                # quarter", "our indexes back 318 funds, 22 more than at the end of June": the count just given, moved since then
                q.unit = "count"
                picked = (counts[-1].metric, counts[-1].phrase) if counts else (st.metric, st.phrase)
                inherited = True
            elif (st.unit == "count" and not facts and st.metric in COUNT_METRICS | {"other"}
                  and (_COUNT_VERB.search(s, max(0, q.start - 30), q.start) or s.endswith("another ", max(0, q.start - 8), q.start))
                  and (q.value is not None or q.low is not None)):
                q.unit = "count"  # "... 14 new restaurants. Year-to-date we've opened 31": the noun of the sentence before
                picked = (st.metric, st.phrase)
                inherited = True
            elif (st.unit == "count" and st.count_ref and q.value is not None and q.value > 0 and "," in q.text
                  and Decimal("0.8") <= q.value / st.count_ref <= Decimal("1.25")
                  and any(k in (FactKind.ESTIMATE, FactKind.GUIDANCE) for _, k in kcues)):
                q.unit = "count"  # "... guide of 800,000 to 860,000 ounces ... The Street is at 845,000": that count again
                picked = (st.metric, st.phrase)
                inherited = True
            elif (q.low is not None and ctx.ranges and (said := ctx.ranges.get((q.low, q.high))) is not None and (not q.scaled or said[0] == "count")
                  and _BARE_RANGE_END.match(s, q.end)):
                q.unit = said[0]  # "your guide is 75 to 100" after "75 to 100 basis points": that range, its unit said once
                if not picked or picked[0] == "other":
                    picked = (said[1], said[2])
            elif (q.scaled and q.value is not None and q.low is None and ctx.ranges and (said := ctx.ranges.get((q.value, None))) is not None
                  and _BARE_RANGE_END.match(s, q.end)):
                q.unit = "count"  # "we shipped 1.4 million tonnes" ... "the half came in at 1.4 million": that count, its noun said once
                if not picked or picked[0] == "other":
                    picked = (said[1], said[2])
            elif q.value is not None and not q.scaled and ("per " in s[q.end:q.end + 6] and _PER_HOURS.match(s, q.end) or any_in(lowered, _SAFETY_WORDS)
                                                          and _SAFETY_RATE.search(s, max(0, q.start - 110), q.start)):
                q.unit = "count"  # "1.9 per million hours worked", "our LTIFR was 1.9": injuries counted against hours, a rate in no unit
                picked = ("other", "injury frequency rate")
                inherited = True
            elif (not count_noun and (rate := per_unit_rate(q, s)) is not None
                  and (not picked or picked[0] in COUNT_METRICS | {"other"} or rate.startswith(q.text))):
                q.unit = "count"  # "0.61 per site per week", "Daily transactions per terminal averaged 64": a rate counted per thing
                picked = ("other", rate)
                inherited = True
            else:
                continue
        if q.unit == "days" and "suppl" in lowered and _SUPPLY_DAYS.search(s, max(0, q.start - 40), min(len(s), q.end + 12)):
            picked = ("other", "days of supply")  # "18 days of supply", "a 41-day supply": days of sales in stock, not DIO
        elif q.unit == "days" and picked and picked[0] == "inventory":
            picked = ("dio", picked[1], *picked[2:])
        elif q.unit == "days" and " of sales" in s[q.end - 5:q.end + 12] and (held := _HELD_IN_DAYS.search(s, max(0, q.start - 90), q.start)):
            # "stocks ended the year at 38 days of sales": a stock counted in days of the sales it would cover
            picked = ("dio" if held.group(0).lower().startswith("inventor") else "dso", held.group(0))
        elif (q.unit == "days" and "working capital" in lowered
              and (_DAYS_OF_SALES.match(s, q.end) or _DAYS_BASE_AFTER.search(s, max(0, q.start - 70), q.start))
              and _WORKING_CAPITAL_HELD.search(s, max(0, q.start - 110), q.start)):
            # "working capital came down to 14 days of sales from 19 days in March": the capital tied up, counted in days
            # of the sales it funds (and the base it came from, in the same days)
            picked = ("other", "working capital days")
        if q.unit == "days" and _BUCKET_OF_LOANS.search(s, max(0, q.start - 30), q.start):
            continue  # "non-performing loans over 90 days fell to 3.1%": the bucket names which loans, no figure of its own
        if q.unit == "days" and (not picked or picked[0] not in DAYS_METRICS):
            days = _DAYS_MEASURE.search(s)
            kind_of_days = re.search(r"[a-z][\w-]*\s+days$", q.text, re.I)
            if kind_of_days and not _SPAN_BEFORE_DAYS.search(s, max(0, q.start - 20), q.start):
                picked = ("other", kind_of_days.group(0))  # "164 off-hire days": the days say what they measure
            elif days:
                picked = _days_metric(days.group(0))  # "days claims payable were 49", "build cycle time was 118 days"
            elif " for " in s[max(0, q.start - 30):q.start] and _OUT_FOR_DAYS.search(s, max(0, q.start - 40), q.start):
                picked = ("other", "days out of service")  # "a furnace down for 31 days": an outage's length, an operating figure
            elif "time" in lowered and _TIME_TAKEN.search(s, max(0, q.start - 90), q.start):
                picked = ("other", "time taken")  # "cut the time it takes to turn a unit to 11 days, from 14": an operating time
            elif (not picked and st.unit == "days" and st.metric in DAYS_METRICS
                  and _DAYS_LEVEL_BEFORE.search(s, max(0, q.start - 30), q.start)):
                # "DSO was 45 days. That compares with 48 days a year ago.", "The right number is 148 days.": the paragraph's
                # days measure said again as a level, without its name (not "within 30 days" or "take 90 days", spans of time)
                picked = (st.metric, st.phrase)
            elif not (picked and picked[0] in ("other",)):
                continue
        if (q.unit == "x" and not picked and not (ctx.role is Role.ANALYST and "." in q.text) and not _LEVERAGE_WORD.search(s)
                and not _RANGE_BEFORE.search(s, 0, q.start)
                # "the book was 3.1 times covered": the demand for a bond or share issue the company sold, a multiple of its own
                and not _COVERED_AFTER.match(s, q.end)
                # "Net leverage was 2.8 times. We expect to be back to around 2.5 times exiting the year.": the paragraph's
                # multiple (or the one the question asked about) said again at a place it will be
                and not ((st.unit == "x" or ctx.question and _LEVERAGE_WORD.search(ctx.question))
                         # "we would be comfortable between 1 and 2.5 times", "we wouldn't go above 7 times", "the 2.75 to 3.25
                         # times band is what we manage to": the bound or band the multiple is kept in
                         and (_MULTIPLE_AT.search(s, max(0, q.start - 40), q.start) or _RANGE_NEXT.match(s, q.end)
                              # "We intend to keep it below 2.5 times.": the bound read as part of the figure
                              or _BOUND_LEAD.match(q.text)))):
            continue
        if q.unit == "count" and not picked:
            continue
        if q.unit == "count" and ctx.role is Role.ANALYST and _PURPOSE_COUNT.search(s, max(0, q.start - 40), q.start):
            continue
        if (ctx.segments is not None and q.unit != "count"
                and (picked is None or picked[0] in ("growth", "units") or picked[0] == "other" and not named_other(picked))):
            cstart, _ = clause_bounds(s, q.start)
            named = [m for m in ctx.segments.finditer(s, cstart, q.start)]
            listed_margin = bool(named) and q.unit in ("%", "bps") and any(c[2] in _MARGINS for c in cues if c[1] <= named[-1].start())
            if named and (_OWNED_MEASURE.match(s, named[-1].end()) or _SHARE_OF_OTHER.match(s, q.end) or NEGATING.search(s, named[-1].end(), q.start)
                          or (_OWN_NOUN.match(s, named[-1].end()) and not listed_margin)
                          or _SHARE_OF_PART.search(s, max(0, named[-1].start() - 40), named[-1].start())
                          # "production was down 3% in Europe, while China was up 4%": the earlier clause's measure
                          or picked is None and _OTHER_MEASURE.search(s, 0, cstart) and not any(c[2] in ("revenue", "segment_revenue") for c in cues)
                          or (picked is not None and len(picked) == 4 and picked[0] == "units" and named[-1].end() <= picked[2] < q.start
                              and s[picked[2]:picked[2] + 1].islower() and picked[1].lower() != "unit")):
                named = []  # "Brightline's discount was 41%", "Brightline took 28% of new starts", "Brightline scripts rose 9%": not its sales
            if named:
                picked = ("segment_revenue", named[-1].group(0), named[-1].start(), named[-1].end())
                if listed_margin:
                    # "the segment margin ranges: Aeronautics to 11.5% to 11.7%, ...": a segment's margin
                    picked = ("margin", named[-1].group(0) + " margin", named[-1].start(), named[-1].end())
        if ((picked is None or picked[0] == "growth" or picked[0] == "other" and not named_other(picked))
                and (q.unit == "%" or is_money(q.unit)) and (named_part := _NAMED_PART_MOVED.search(s, 0, q.start)) is not None
                and (named_part.group("by") or " " in named_part.group("r")) and not _NOT_A_SUBJECT_PART.match(named_part.group("r"))
                and not any(named_part.start("r") <= c[0] < named_part.end("r") for c in cues)
                and not any(w.isupper() and len(w) > 1 for w in named_part.group("r").split())  # "Credit Risk RWA": a measure
                and not _OTHER_MEASURE.search(s, 0, q.start)):
            # "By division, Garden Care grew 4% organically", "Developing Markets grew 6%": a part the call names, as the
            # subject of a move with no sales word, is the part's sales (a single word only after "By division, ...",
            # since "Northwind grew 5%" may be the company itself)
            picked = ("segment_revenue", named_part.group("r"), q.start, q.start)
        elif picked is None and (q.unit == "%" or is_money(q.unit)) and (
                (region := _REGION_MOVED.search(s, max(0, q.start - 60), q.start)) is not None and not _OTHER_MEASURE.search(s, 0, q.start)
                or _PART_MOVED.search(s, max(0, q.start - 90), q.start) is not None
                or s[:3].lower() == "by " and st.metric in (None, "revenue", "segment_revenue") and _BY_PART.match(s) is not None
                and not _OTHER_MEASURE.search(s, 0, q.start) and not _SHARE_OF_OTHER.match(s, q.end)):
            # "the Americas grew 3% to $741 million", "our Diagnostics division grew 2%", "our smartphone platform grew 4%",
            # "By platform, high-performance computing rose 16%": a part of the business whose sales
            # the figure gives, though no sales word is said (not "production was down 3% in Europe, while China was up 4%")
            picked = ("segment_revenue", region.group("r") if region else "segment", q.start, q.start)
        elif (is_money(q.unit) and (picked is None or picked[0] == "growth" or len(picked) == 4 and picked[2] >= q.end) and facts and facts[-1].sentence == s
              and facts[-1].metric == "segment_revenue" and facts[-1].unit == "%" and i > 0 and _TO_LEVEL.fullmatch(s, qs[i - 1].end, q.start)):
            picked = ("segment_revenue", facts[-1].phrase, q.start, q.start)  # "... grew 6% to $340 million": the part's level
        if picked and picked[0] == "revenue" and _GENERIC_SALES.fullmatch(picked[1]) and (lead := segment_lead(s, lower=True)) is not None:
            # "In Mortgage Servicing, revenue was down 4%", "For our Specialty Coatings division, sales grew 4%": the part's revenue
            picked = ("segment_revenue", f"{lead} {picked[1]}", *picked[2:])
        elif (picked and picked[0] == "revenue" and len(picked) == 4 and ctx.segments is not None and _GENERIC_SALES.fullmatch(picked[1])
              and (q.unit == "%" or is_money(q.unit))
              and (part := part_before(s, ctx.segments, min(q.start, picked[2]), [o for o in qs if o is not q], cues, picked[2])) is not None):
            # "Coatings performed well, delivering 5% sales growth": a part the call names, the subject of the sales
            picked = ("segment_revenue", f"{part} {picked[1]}", *picked[2:])
        elif (picked and picked[0] == "revenue" and len(picked) == 4 and q.unit == "%" and i > 0 and facts and facts[-1].sentence == s
              and facts[-1].metric == "segment_revenue" and is_money(facts[-1].unit) and _GENERIC_SALES.fullmatch(picked[1])
              and facts[-1].phrase.lower().endswith(picked[1].lower()) and qs[i - 1].end <= picked[2] < q.start
              and not _WHOLE_WORD.search(s, qs[i - 1].end, q.start)):
            # "Harborline contributed $64 million of revenue, up 22%": the move of the part's sales just given
            picked = ("segment_revenue", facts[-1].phrase, *picked[2:])
        growth_cue = (bool(picked) and picked[0] == "growth" and len(picked) == 4 and picked[3] <= q.start
                      and _GROWTH_WORD.search(picked[1]) is not None)  # "organic growth came in at 6.3%", not "a tenth of it funds organic growth"
        if picked and picked[0] == "growth":
            named = [c for c in cues if c[1] <= q.start and c[2] not in ("growth", "other")]
            if named:  # "UK revenue was GBP 540 million, up 2.9 per cent organically": organic growth of revenue
                picked = (named[-1][2], named[-1][3], named[-1][0], named[-1][1])
        if (picked and picked[0] == "revenue" and st.part is not None and len(picked) == 4 and _GENERIC_SALES.fullmatch(picked[1])
                and not picked[1].lower().startswith(("total", "overall"))
                and (_SALES_SUBJECT.fullmatch(s, 0, picked[2]) or _AND_SALES.search(s, max(0, picked[2] - 12), picked[2]))):
            picked = ("segment_revenue", f"{st.part} {picked[1]}", *picked[2:])  # the part the sentence before was about
        elif (picked and picked[0] == "revenue" and len(picked) == 4 and _GENERIC_SALES.fullmatch(picked[1]) and ("there" in s or " in th" in s)
              and _SALES_THERE.match(s, picked[3])):
            # "The central lab had a strong quarter. Revenue there was $171 million": the place the sentence before named
            picked = ("segment_revenue", f"{st.part or 'segment'} {picked[1]}", *picked[2:])
        elif (s[:1].isupper() and (picked is None and is_money(q.unit) or picked and picked[0] == "revenue" and len(picked) == 4
                                   and _GENERIC_SALES.fullmatch(picked[1]) and not picked[1].lower().startswith(("total", "overall")))
              and (subj := part_subject(s)) is not None and clause_bounds(s, q.start)[0] <= subj[1]
              and (_EARNED_AMOUNT.fullmatch(s, subj[1], q.start) and subj[2] and not _AMOUNT_OF.match(s, q.end) if picked is None
                   else subj[1] <= picked[2] and not _WHOLE_WORD.search(s, subj[1], picked[2]))):
            # "Our collision business did about $38 million of revenue", "Our freight unit contributed $52 million, up 4%": the
            # sales of the part the sentence's subject names
            picked = ("segment_revenue", f"{subj[0]} {picked[1] if picked else 'revenue'}", *(picked[2:] if picked else (q.start, q.start)))
        elif (picked and picked[0] == "revenue" and len(picked) == 4 and s[:1].isupper() and _GENERIC_SALES.fullmatch(picked[1])
              and not picked[1].lower().startswith(("total", "overall")) and (lead := part_leads_sales(s)) is not None
              and lead[1] <= picked[2] and not _WHOLE_WORD.search(s, lead[1], picked[2]) and not _WE_BETWEEN.search(s, lead[1], picked[2])):
            # "Dairy had its best quarter: sales of $1.2 billion", "Noodles, still the heart of the company, grew net sales 6.8%":
            # the sales of the part the sentence opens on
            picked = ("segment_revenue", f"{lead[0]} {picked[1]}", *picked[2:])
        elif (picked is None and q.unit == "%" and i > 0 and facts and facts[-1].sentence == s and facts[-1].metric == "segment_revenue"
              and is_money(qs[i - 1].unit) and facts[-1].text == qs[i - 1].text and _MOVE_AFTER.fullmatch(s, qs[i - 1].end, q.start)
              and (subj := part_subject(s)) is not None and facts[-1].phrase == f"{subj[0]} revenue"):
            picked = ("segment_revenue", facts[-1].phrase, q.start, q.start)  # "... contributed $52 million, up 4%": the part's move
        if ((picked is None or (picked[0] == "segment_revenue" or picked[0] == "other" and picked[1].lower() == "other")
                                and len(picked) == 4 and picked[3] <= q.start)
                and is_money(q.unit) and " per " in s and (per := _PER_GOODS_AFTER.match(s, q.end)) is not None
                and not _COST_BEFORE.search(s, clause_bounds(s, q.start)[0], q.start)):
            # "sold at US$ 2.80 per kilo", "fetched NOK 71 per kg", "at an average of EUR 98 per megawatt hour", "the spot
            # vessels achieved $48,300 per day": what one unit of what the company sells brings in, its price
            picked = ("price", f"price per {per.group('per')}", q.start, per.end())
        elif ((picked is None or picked[0] == "other") and q.unit == "%" and i > 0 and facts and facts[-1].sentence == s
              and facts[-1].metric == "price" and facts[-1].phrase.startswith("price per ") and is_money(qs[i - 1].unit) and facts[-1].text == qs[i - 1].text
              and (per := _PER_GOODS_AFTER.match(s, qs[i - 1].end)) is not None
              and _PRICE_MOVE_AFTER.fullmatch(s, per.end(), q.start)):
            picked = ("price", facts[-1].phrase, q.start, q.start)  # "..., up 9% year over year": the price's move
        carried, compared_way, margin_basis = False, None, None
        if (picked is None and q.unit == "%" and facts and facts[-1].sentence == s and facts[-1].unit == "%" and facts[-1].change is not None
                and facts[-1].metric not in ("other", "growth") and facts[-1].text in s and " and " in s and not _OF_AFTER.match(s, q.end)
                and _CHANGE_LIST_JOIN.fullmatch(s, s.find(facts[-1].text) + len(facts[-1].text), q.start)):
            picked = (facts[-1].metric, facts[-1].phrase)  # "growth of about 12% year over year and about 3% sequentially": one metric's two changes
        if (picked is not None and picked[0] == "revenue" and len(picked) >= 4 and q.unit in ("%", "bps") and s[:3].lower() == "as "
                and st.metric in _COST_METRICS and (is_money(st.unit) or facts and facts[-1].sentence == s and facts[-1].metric == st.metric)
                and (lead := _SHARE_LEAD_PRONOUN.match(s)) is not None and picked[3] <= lead.end()):
            # "SG&A was $52 million. As a share of sales they came down to 24.8%": the sales are the base; the pronoun is
            # the cost just named, and the figure its ratio
            picked, carried = (st.metric, st.phrase), True
        if (picked is None and st.metric not in (None, "other", "growth") and not count_noun and carries_metric(s, q)
                and (q.unit == st.unit or (q.unit == "bps" and st.unit == "%")
                     # "..., an expansion of 60 basis points. That compares with 27.8% a year ago.": the margin's level again
                     or q.unit == "%" and st.unit == "bps" and st.metric in _MARGINS and _LEVEL_COMPARED.search(s, 0, q.start))):
            picked, carried = (st.metric, st.phrase), True  # "Our tax rate was 23%. For the first quarter, we expect about 21%."
        elif (picked is None and q.unit == "%" and is_money(st.unit) and st.metric not in (None, "other", "growth") and not facts
              and "th" in s and _GROWTH_OF_THAT.search(s, 0, q.start)):
            picked, carried = (st.metric, st.phrase), True  # "... revenue of $5.1 billion to $5.2 billion. At the midpoint, that is growth of about 9%"
        elif ((picked is None or picked[0] == "growth" and len(picked) == 4 and picked[2] >= q.end and st.metric in ("revenue", "segment_revenue"))
              and q.unit == "%" and is_money(st.unit) and st.metric not in (None, "other", "growth") and not facts
              and s.startswith(("It ", "It's ", "That", "This ", "They ")) and _PRONOUN_MOVED.fullmatch(s, 0, q.start)):
            # "Service revenue was $80 million. It grew 6%.", "That line grew 6%", "It grew 11% organically": the amount's change
            picked, carried = (st.metric, st.phrase), True
        elif ((picked is None or picked[0] == "growth" and q.unit == "%" and is_money(st.unit)) and st.metric not in (None, "other", "growth")
              and not count_noun and (q.unit == st.unit or q.unit == "%") and "respectively" not in s and _of_the_midpoint(s, q, st, ctx, facts, pcues)):
            picked, carried = (st.metric, st.phrase), True  # "... EPS of $3.20 to $3.28. That moves the midpoint up $0.06, to $3.24"
        elif (picked is None and is_money(q.unit) and facts and facts[-1].sentence == s and facts[-1].low is not None
              and facts[-1].unit == q.unit and facts[-1].metric not in ("other", "growth") and _MIDPOINT_OF.search(s, max(0, q.start - 40), q.start)):
            picked, carried = (facts[-1].metric, facts[-1].phrase), True  # "... to $620 million to $640 million, which keeps the midpoint at $630 million"
        elif (picked is None and q.unit == "%" and st.metric not in (None, "other", "growth")
              and ((is_money(st.unit) or st.unit == "%" and st.metric not in _MARGINS) and not facts
                   or facts and facts[-1].sentence == s and facts[-1].metric == st.metric)
              and (m := _PRONOUN_COMPARED.search(s, 0, q.start)) is not None and m.end() == q.start
              and (m.group("dir") or _COMPARED_AFTER.match(s, q.end))):
            # "Net sales were $212 million. That is 9% more than a year ago, and it is 2% above the second quarter.",
            # "Against the second quarter, though, it was up 5%": the amount's change, held against a period
            picked, carried = (st.metric, st.phrase), True
            word = (m.group("dir") or _COMPARED_AFTER.match(s, q.end).group(0)).strip().lower()
            compared_way = Direction.DOWN if word in ("down", "less", "lower", "below", "behind", "worse") else Direction.UP
        elif (picked is None and (ctx.asked_metric is not None or ctx.question) and st.metric is None and not facts and not count_noun
              and carries_metric(s, q) and says_nothing_after(s, q)
              and (asked := ctx.asked_metric or question_metric(ctx.question)) is not None and _fits(asked[0], q.unit)):
            picked = asked  # "What are you assuming for the tax rate?" "Think of it as 21% to 22%."
        elif (picked is None and st.kind in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE) and st.metric not in (None, "other", "growth")
              and not facts and q.unit == st.unit and "to" in s and revised_by_pronoun(s, q)):
            picked, carried = (st.metric, st.phrase), True  # "We guided EBITDA of ... We're narrowing that to ...": that outlook's metric
        if ((not picked or picked[0] == "other") and st.metric not in (None, "other", "growth") and not facts and q.unit == st.unit
                and any_in(lowered, ("right", "correct", "actual", "accurate", "should have", "misspoke", "unchanged"))
                and (CORRECTED.search(s, 0, q.start) or _FIGURE_BEFORE.search(s, 0, q.start) and _STANDS_AFTER.match(s, q.end))):
            # "I said mobile revenue grew 14%. The right number is 11%": the figure corrected; "..., not $248 million. The
            # full-year figure of $812 million is right.": the figure the correction leaves standing, of the same measure
            picked, carried = (st.metric, st.phrase), True
        if ((not picked or picked[0] == "other" and " per " not in picked[1] and picked[1].lower() not in ("cost", "costs"))
                and is_money(q.unit) and PER_UNIT_PRICE.match(s, q.end)):  # not "our cost of diesel averaged $3.41 a gallon": an input's price
            picked = ("price", "realized price")  # "we realized $2.31 per Mcf"
        elif ((not picked or picked[0] in ("other", "net_income")) and is_money(q.unit) and not q.scaled and _PER_DAY.match(s, q.end)
              and _DAY_RATE.search(s, max(0, q.start - 80), q.start) and not _BREAKEVEN.search(s, max(0, q.start - 80), q.start)):
            picked = ("price", "day rate")  # "earned a time charter equivalent rate of $21,850 per day": a rate charged
        if picked and picked[0] == "price" and q.unit and _BARE_PRICE.match(picked[1]) and (
                _REPURCHASED_AT.search(s, 0, q.start)
                or _BOUGHT_PRICE.search(s, max(0, q.start - 90), q.start) and not _SOLD.search(s, max(0, q.start - 90), q.start)):
            # "we burned 290,000 tons of fuel at an average price of $618 a ton", "Fuel cost us $2.47 per gallon": what the
            # company pays for an input; "bought back 2.3 million of our shares ..., at an average price of $55": what shares cost
            picked = ("other", *picked[1:])
        if q.unit == "bps" and (step := bridge_margin(q, s, picked, (facts[-1].metric, facts[-1].phrase, facts[-1].unit) if facts
                                                       else (st.metric, st.phrase, st.unit) if st.metric else None)) is not None:
            picked = step  # "Gross margin was 54.8%, up 160 basis points. Lower freight added about 120 basis points, ..."
        if (not picked and q.unit == "%" and "growth" in s and st.part is None
                and (ctx.role is not Role.ANALYST or any_in(lowered, _OUTLOOK_STEMS)) and (grown := bare_growth(q, s, cues)) is not None):
            # "our outlook implies growth of about 12%": no measure named here or carried from before, the top line's (an
            # analyst's bare growth is so only where it reads an outlook: "13% growth in the quarter" may be any line's)
            picked = grown
        metric, phrase = (picked[0], picked[1]) if picked else ("other", "")
        if metric in ("eps", "other") and is_money(q.unit) and " as " in s[q.end:q.end + 20] and (named := AS_THE_DIVIDEND.match(s, q.end)):
            metric, phrase, picked = "dividend", named.group(1), ("dividend", named.group(1), named.start(1), named.end(1))  # "declared $0.40 a share as the base dividend"
        metric_span = (picked[2], picked[3]) if picked and len(picked) == 4 else None
        if metric == "book_to_bill" and is_money(q.unit):
            # "new work booked came to $4.1 billion, a book-to-bill near 1.1": the orders the ratio is made of, not the ratio
            metric = "bookings" if _BOOKED_BEFORE.search(s, max(0, q.start - 40), q.start) else "other"
        elif (q.unit == "x" and metric != "book_to_bill" and facts and facts[-1].metric == "bookings" and facts[-1].sentence == s
              and is_money(facts[-1].unit) and _TIMES_REVENUE.match(s, q.end)):
            metric, phrase = "book_to_bill", "book-to-bill"  # "orders of $980 million, or 1.4 times its revenue"
        is_change, direction = change_of(q, s, qs)
        if compared_way is not None and not is_change:
            is_change, direction = True, compared_way  # "That is 9% more than a year ago": the amount's move
        if q.unit in ("bps", "%") and metric in ("revenue", "segment_revenue", "growth", "units") and (
                _EFFECT_AFTER.match(s, q.end) or _EFFECT_BEFORE.search(s, max(0, q.start - 40), q.start)):
            # "with an 800 basis point foreign-exchange impact", "excluding a currency effect of 2%": the size of an effect
            # on the metric, not the metric's move; its way only where the words say it
            metric = "other"
            if is_change and not way_said(q, s, qs):
                is_change, direction = False, None
        bridge_step = span_step = False
        if (is_money(q.unit) and metric in _DEAL_WRONG
                and any_in(lowered, ("acqui", "purchas", "sell", "sold", "divest", "sale ", "sale,", "sale.", "transaction", "deal", "disposition"))
                and (_DEAL_FOR.search(s, max(0, q.start - 100), q.start + hedge_len(q))
                     or re.search(r"\b(?:a|an|the)\s+$", s[max(0, q.start - 6):q.start]) and _DEAL_AFTER.match(s, q.end))):
            metric, phrase, is_change, direction = "other", "deal price", False, None
        if (metric in ("revenue", "segment_revenue", "growth", "other", "units") and (q.unit in ("%", "bps") or is_money(q.unit))
                and any_in(lowered, _DRIVER_WORDS)
                and ((drv := _DRIVER_ADDED.search(s, max(0, q.start - 80), q.start + hedge_len(q))) is not None
                     and not (metric != "other" and _GROWTH_NAMED_AFTER.match(s, q.end))
                     or (drv := _DRIVER_FROM.match(s, q.end)) is not None)):
            metric, phrase = "other", drv.group(0).split()[-1]
            if q.unit in ("%", "bps"):  # a points step of the bridge, its way its own words' (not a list's before it)
                is_change, direction = True, Direction.DOWN if drv.group("against") else Direction.UP
                bridge_step = True
        if (q.unit in ("%", "bps") and metric in ("price", "revenue", "segment_revenue", "growth") and metric_span is not None
                and ("currenc" in lowered or "fx" in lowered or "exchange" in lowered)
                and ((fx := _FX_AFTER.match(s, q.end)) is not None
                     or metric == "price" and metric_span[1] <= q.start and (fx := _FX_SUBJECT.search(s, metric_span[1], q.start)) is not None)):
            # "Price realization was positive 2 points and currency added about 1 point": the currency's effect, a points
            # change of its own (`other`), not the price's
            metric, phrase = "other", re.sub(r"^\s*of\s+", "", fx.group(0)).strip()
            if not is_change:
                is_change, direction = True, Direction.DOWN if _FX_AGAINST.search(s, fx.end(), q.start) else Direction.UP
        elif (not is_change and metric == "price" and q.unit == "%" and value_sign(q) != 0
              and (_REALIZED.search(phrase) or _REALIZED.match(s, metric_span[1]) if metric_span else False or _POINTS_SAID.search(q.text))):
            # "Price realization was negative 1 point", "we expect price realization of about 1.5 points": the rise in price
            # a year on, a yoy change (the labels' "points contribution")
            is_change = True
            direction = Direction.DOWN if value_sign(q) < 0 or _FX_AGAINST.search(s, metric_span[1] if metric_span else q.start, q.start) else Direction.UP
        if (not is_change and q.unit == "%" and metric not in _MARGINS and metric != "tax_rate" and "year" in lowered
                and _YOY_RIGHT_AFTER.match(s, q.end) and _IS_BEFORE.search(s, max(0, q.start - 30), q.start)):
            is_change, direction = True, Direction.UP  # "The right number is 11% year over year": a growth said without its verb
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
                    and 0 <= last_end <= q.start and not NEW_SUBJECT.search(s, last_end, q.start)):
                metric, phrase = last.metric, last.phrase  # "We produced 214,600 ounces, up 9%": the change of the count
            elif not facts and st.unit == "count" and st.metric in _COUNTED and carries_metric(s, q):
                metric, phrase = st.metric, st.phrase  # "... 868,000 members. That's up 14% from a year ago."
        if (is_change and q.unit == "%" and metric in ("other", "net_income") and facts and facts[-1].metric == "price"
                and facts[-1].phrase == "day rate" and facts[-1].sentence == s and facts[-1].text in s
                and re.fullmatch(r"\s*(?:per|a)\s+day\s*,\s*(?:(?:up|down)\s+)?", s[s.find(facts[-1].text) + len(facts[-1].text):q.start], re.I)):
            metric, phrase = "price", facts[-1].phrase  # "$21,850 per day, 34% higher than a year ago": the rate's change
        if (not is_change and q.unit == "%" and metric != "growth" and not SHARE_OF.match(after)
                and ("growth" in phrase.lower() or metric_span is not None and metric_span[1] < q.start
                     and _GROWTH_OUTLOOK_AFTER.match(s, metric_span[1]))):
            is_change, direction = True, Direction.UP  # "revenue growth guidance of 3% to 5%": a rate of change
        elif (not is_change and q.unit == "%" and metric_span is not None and metric not in _MARGINS and not SHARE_OF.match(after)
              and (way := growth_named(s, metric_span, q, qs) or (Direction.UP if growth_cue else None)) is not None):
            is_change, direction = True, way  # "bookings growth of 6% to 8%", "parcel volume growth came to 14%", "growth in fee revenue of 4%"
        elif (not is_change and q.unit == "%" and metric == "other" and "growth" in s[max(0, q.start - 70):q.start]
              and not SHARE_OF.match(after) and _LINE_GROWTH_IS.search(s, max(0, q.start - 70), q.start)):
            is_change, direction = True, Direction.UP  # "card growth was 9%": a line the taxonomy does not name still grew
        if ((not is_change or facts and facts[-1].direction not in (None, direction) and not bridge_step and not way_said(q, s, qs))
                and facts and facts[-1].change is not None and facts[-1].unit == q.unit
                and (q.unit == "%" or (span_step := (q.unit == "bps" or is_money(q.unit)) and "quarter" in s[max(0, q.start - 30):q.start]
                                             and _QUARTER_THEN.fullmatch(s, s.find(facts[-1].text) + len(facts[-1].text), q.start)
                                             and _RUNNING_TOTAL_AFTER.match(s, q.end)))
                and not SHARE_OF.match(after) and not _OF_A_SET.match(after)  # "..., and 41% of our cafes posted positive comps": a share
                and not _OF_THAT.match(after)  # "up 7% from a year earlier, and more than 70% of that went to our own mills": a share of it
                and facts[-1].sentence == s and (re.fullmatch(r"\s*(?:[A-Za-z-]+\s+){0,4}?(?:[A-Za-z-]+(?=,))?(?:,\s*)?(?:and|or)\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?",
                                                              s[s.find(facts[-1].text) + len(facts[-1].text):q.start])
                                                 or parallel_item(s, s.find(facts[-1].text) + len(facts[-1].text), q))):
            # "up 4.1% organically and 2.8% in reported terms"; "off 4% on the quarter and 13% from last year", where
            # "from last year" alone would read as a rise: the one direction word governs the list
            is_change, direction = True, facts[-1].direction
            if span_step:
                metric = facts[-1].metric  # the same effect over the longer span is still the first figure's measure
        if (not is_change and q.unit in ("%", "bps") and facts and facts[-1].sentence == s and facts[-1].change is not None
                and facts[-1].unit == q.unit and facts[-1].direction is not None and facts[-1].text in s
                and _VERSUS_BARE.fullmatch(s, s.find(facts[-1].text) + len(facts[-1].text), q.start) and _BARE_CHANGE_AFTER.match(s, q.end)):
            # "sales were down 9% versus 21%", "grew 14% versus 8%": the bare figure set against a move is the earlier
            # move, and the one word of direction governs both
            is_change, direction = True, facts[-1].direction
        if (is_change and direction is Direction.UP and facts and facts[-1].sentence == s and facts[-1].direction is Direction.DOWN
                and facts[-1].unit == q.unit and facts[-1].text in s
                and _SHARED_BY.fullmatch(s, s.find(facts[-1].text) + len(facts[-1].text), q.start)):
            direction = Direction.DOWN  # "reduce sales growth by 2 points and operating income growth by about 3 points"
        if q.unit == "%" and metric in MONEY_METRICS and not is_change:
            if SHARE_OF.match(after) and metric in MARGIN_OF:
                # "It earned $90 million of operating income, or 22% of its revenue": where the company says "we", "its" is a part's
                metric = "margin" if re.match(r"\s*of\s+its\b", after) and metric != "gross_profit" else MARGIN_OF[metric]
            elif (metric in _PROFITS and metric_span is not None and metric_span[1] <= q.start and not re.match(r"\s*of\b", after)
                  and _PROFIT_AS_RATE.fullmatch(s, metric_span[1], q.start) and not _RATIO_BASE.search(s, max(0, metric_span[0] - 24), metric_span[0])
                  and not _GROWTH_OF.search(s, max(0, metric_span[0] - 40), metric_span[0])
                  and (not _GROWTH_NEAR.search(s, metric_span[1], q.start)
                       or facts and facts[-1].sentence == s and facts[-1].unit == "bps" and facts[-1].metric == MARGIN_OF[metric])):
                # "Adjusted EBITDA in the quarter was 18.6%": a profit said as a percent is its margin
                metric = MARGIN_OF[metric]
            elif (metric in _PROFITS and facts and facts[-1].sentence == s and facts[-1].metric == metric and facts[-1].change is None
                  and is_money(facts[-1].unit) and not re.match(r"\s*of\b", after)
                  and (at := s.rfind(facts[-1].text, 0, q.start)) >= 0 and _OR_RATE.fullmatch(s, at + len(facts[-1].text), q.start)):
                # "down from $70 million or 14.8% a year ago": the profit's amount, then its margin
                metric = MARGIN_OF[metric]
        if q.unit == "bps" and metric in MARGIN_OF:
            metric = MARGIN_OF[metric]  # "EBITDA ... up 150 basis points": only its margin moves in points
        if (q.unit == "count" and metric in MONEY_METRICS and not ((count_noun or inherited) and metric in _COUNTED_AS)
                or q.unit == "%" and metric == "bookings" and "order" in phrase.lower() and re.match(r"\s+of\b", after)
                or q.unit == "%" and metric in COUNT_METRICS and (re.match(r"\s+of\b", after)
                                                                  or not _GROWTH_NEAR.search(s, max(0, q.start - 45), min(len(s), q.end + 30)))) and not is_change:
            metric = "other"
        if (q.unit in ("%", "x", "bps") and metric in _AMOUNT_ONLY and not is_change
                and (q.unit == "x" and metric in ("debt", "net_debt")  # "net leverage came down to 2.9 times EBITDA": still a ratio
                     # "That is 1.9 times EBITDA, up from 1.6 times": the multiple's own move, not the amount's growth
                     or q.unit == "x" and _TIMES_AMOUNT.match(s, q.end) is not None
                     or not _GROWTH_NEAR.search(s, max(0, q.start - 45), min(len(s), q.end + 30)))):
            before = [c for c in cues if c[1] <= q.start]
            # (the cash flow must be the last measure named before the multiple: "free cash flow of $400 million, and we
            # expect leverage around 2.6 times" is the leverage's)
            flows = before[-1:] if q.unit == "x" and before and before[-1][2] in ("operating_cash_flow", "free_cash_flow") else []
            # "leverage was 3.1 times EBITDA", "94% of net income": a ratio to the amount, not the amount; but
            # "cash flow from operations was $2.1 billion, or 1.3 times net income" is the cash flow's multiple
            metric, phrase = (flows[-1][2], flows[-1][3]) if flows else ("other", phrase)
        item = False
        epsish = metric == "eps" or (metric == "net_income" and q.scaled and re.search(r"\bEPS\b|\bshare\b", phrase, re.I))
        if epsish and is_money(q.unit) and (q.scaled and metric == "eps" or _DRIVER_AFTER.match(s, q.end)
                                          or _DRIVER_BEFORE.search(s, max(0, q.start - 40), q.start + hedge_len(q))
                                          and not _TO_EPS.match(s, q.end)):  # "it adds roughly $0.05 to EPS": EPS said in the labels' way
            # "$64 million", "a $0.15 charge", "cost us $0.08 a share": an item of EPS, not EPS; "earnings were $738
            # million" is the earnings themselves
            metric = "net_income" if q.scaled and re.fullmatch(r"(?:net\s+)?(?:earnings|income|profits?)", phrase, re.I) else "other"
        if (is_money(q.unit) and q.scaled and "holders" in s and (ret := _TO_HOLDERS.match(s, q.end)) is not None
                and _RETURN_VERB.search(s, max(0, q.start - 40), q.start)):
            # "we returned $892 million to shareholders": capital returned, a buyback or a dividend only where the words
            # name that one way ("... through buybacks")
            metric, phrase = ((ret.group("way").lower().startswith(("buy", "rep", "share")) and "buyback" or "dividend") if ret.group("way")
                              else "other"), ret.group(0).strip()
        elif (is_money(q.unit) and metric not in ("other", "restructuring", "amortization", "stock_compensation") and _ONE_OFF_AFTER.match(s, q.end)
              and INCLUDED_ITEM.search(s, max(0, q.start - 110), q.start)):
            metric = "other"  # "net income was $190 million, which includes a $9 million gain on ...": the one-off in it, not the line
            item = True  # nor the sign of the loss it sits in
        elif (metric in _COMPANY_AMOUNTS and is_money(q.unit) and q.scaled and metric_span is not None and metric_span[0] > q.end
              and _WRITTEN_OFF.match(s, q.end, metric_span[0])):
            metric = "other"  # "a $90 million write-down on older inventory": the charge, not the inventory
        elif (metric in _COMPANY_AMOUNTS and is_money(q.unit) and not q.scaled
              and 0 < abs(q.value if q.value is not None else q.high or 0) < 1 and not _PER_UNIT_AFTER.match(s, q.end)):
            metric = "other"  # "Lower interest expense added $0.02", "worth about two cents": cents of EPS, not the line's amount
        if metric == "margin" and phrase.lower() in ("margin", "margins") and q.unit in ("%", "bps"):
            amount = next((f for f in reversed(facts) if f.sentence == s and is_money(f.unit) and f.metric in MARGIN_OF), None)
            if amount is None and not facts and _BARE_MARGIN.search(s, max(0, (metric_span or (q.start,))[0] - 24), q.start):
                before, before_basis = ((st.metric, st.basis) if st.metric is not None and is_money(st.unit) else st.amount_before or (None, None))
                if before in MARGIN_OF and (owner := next((c for c in reversed(cues) if c[1] <= q.start and c[2] in MARGIN_OF), None)) is None:
                    # "Adjusted EBITDA was $128 million. The margin of 21.0% compares with ...": the amount just given's margin
                    metric, margin_basis = MARGIN_OF[before], before_basis
                    if metric != "gross_margin" and part_margin(s, 0, ctx.segments, st.by_part or segment_lead(s, lower=True) is not None):
                        metric = "margin"
            if amount is not None:  # "EBITDA was $41 million, a margin of 14.3%": that amount's margin
                metric, margin_basis = MARGIN_OF[amount.metric], amount.basis
                owner = next((c[0] for c in reversed(cues) if c[1] <= q.start and c[2] == amount.metric), None)
                if metric != "gross_margin" and owner is not None and part_margin(s, owner, ctx.segments, st.by_part or segment_lead(s, lower=True) is not None):
                    metric = "margin"  # "..., and its EBITDA rose to $51 million, a margin of 17%": the part's margin
            elif metric == "margin" and (held := _held_margin(st, s, metric_span[0] if metric_span else q.start, cues, q)) is not None and st.part is None and not st.by_part \
                    and not part_margin(s, metric_span[0] if metric_span else q.start, ctx.segments, segment_lead(s, lower=True) is not None):
                # "EBITDA was $62 million, up 8%, and the margin widened to 19%", "Without the one-off, the margin was 18.4%"
                # after the EBITDA margin: the paragraph's own margin, said again without its name
                metric, margin_basis = held[0], held[1] if ctx.role is not Role.ANALYST else None
        elif (metric in ("ebitda_margin", "operating_margin", "gross_margin") and q.unit in ("%", "bps")
              and part_margin(s, metric_span[0] if metric_span else q.start, ctx.segments,
                              metric != "gross_margin" and (st.by_part or segment_lead(s, lower=True) is not None))):
            # "Tooling's adjusted EBITDA margin was 14.1%", "Cloud gross margin was 71%": a part's margin, not the company's;
            # a gross margin must name its part, as the company's usually follows the parts' sales
            metric = "margin"
        if metric in ("eps", "dividend") and q.unit == "%" and not is_change:
            pass
        if q.unit and is_money(q.unit) and metric in PERCENT_METRICS and metric not in ("growth",):
            metric = {"gross_margin": "gross_profit", "operating_margin": "operating_income", "ebitda_margin": "ebitda",
                      "growth": "revenue"}.get(metric, metric)
            if metric in ("gross_profit", "operating_income", "ebitda", "margin") and per_unit_amount(q):
                metric = "other"  # "EBITDA margins of $0.12 to $0.20" a gallon: a profit per unit sold, not the line
        value, low, high = q.value, q.low, q.high
        flat = _FLAT_TO.search(s, max(0, q.start - 24), q.start) if "flat" in lowered else None
        if flat and value is not None and not q.is_range:
            down = (flat.group(1) or "").lower() == "down" or value < 0
            low, high = (-abs(value), Decimal(0)) if down else (Decimal(0), abs(value))
            q.text = s[flat.start():q.end]
            is_change, direction = True, (Direction.DOWN if down else Direction.UP)
        elif (value is not None and not q.is_range and "flat" in lowered and q.unit in ("%", "bps")
              and (to_flat := _TO_FLAT.match(s, q.end)) is not None):
            # "down 1% to flat": a range from the move to zero, as "flat to down 1%" is
            down = value < 0 or to_flat.group("fall") is not None or (
                to_flat.group("noun") is None and _DOWN_BEFORE.search(s, max(0, q.start - 24), q.start) is not None)
            low, high = (-abs(value), Decimal(0)) if down else (Decimal(0), abs(value))
            value, q.negative = None, down  # its sign is settled: "a decline of negative 1% to flat" is not turned again
            q.text = s[q.start:to_flat.end()]
            is_change, direction = True, (Direction.DOWN if down else Direction.UP)
        elif flat and q.is_range and high is not None and not any(ch.isdigit() for ch in q.text):
            # "flat to down low single digits": the band's far end to zero, as "flat to down 2%" is -2..0
            down = (flat.group(1) or "").lower() == "down" or high < 0
            far = max(abs(low), abs(high)) if low is not None else abs(high)
            low, high = (-far, Decimal(0)) if down else (Decimal(0), far)
            q.text = s[flat.start():q.end]
            is_change, direction = True, (Direction.DOWN if down else Direction.UP)
        negative = q.negative
        before_txt = s[max(0, q.start - 40):q.start]
        if not negative and may_match(before_txt, _NEGATIVE_HINTS) and _NEGATIVE_WORD.search(before_txt) and not item_loss(s, q):
            negative = True
            value, low, high = _turned(value, low, high)
            if is_change and direction is Direction.UP:
                direction = Direction.DOWN  # "currency was a negative 60 basis points": the move is the fall its sign says
        if not negative and q.unit in ("%", "bps") and may_match(s[q.end:q.end + 14], ("negative", "unfavo", "adverse")) and _NEG_NOUN_AFTER.match(s, q.end):
            negative = True
            value, low, high = _below_zero(value, low, high)
            if is_change and direction is Direction.UP:
                direction = Direction.DOWN
        if (not negative and value is not None and value > 0 and may_match(s[max(0, q.start - 90):q.start], ("unfavo", "adverse", "negative"))
                and _ADVERSE_EFFECT_ON.search(s, max(0, q.start - 90), q.start)):
            negative, value = True, -value  # "an unfavorable impact on gross margin of some 60 bps": what it took away
        if (not negative and value is not None and value > 0 and metric not in _COST_METRICS  # (what costs rose by stays their rise)
                and may_match(s[max(0, q.start - 70):q.start], ("urden", "ly impact", "ly affect", "ly hit", "ly by"))
                and (hit := _HIT_BY.search(s, max(0, q.start - 70), q.start) or _HIT_OBJECT_BY.search(s, max(0, q.start - 90), q.start)
                     or _HIT_OBJECT_HOW_BY.search(s, max(0, q.start - 90), q.start))
                and not _COST_SUBJECT.search(s, max(0, hit.start() - 40), hit.start())):  # (an adverse effect on a cost adds to it)
            negative, value = True, -value  # "sales were unfavorably impacted by currency of $2.6 million", "EPS was burdened by $0.25": what it took away
            if is_change:
                direction = Direction.DOWN
        if (not negative and value is not None and value > 0 and q.unit in ("%", "bps") and prev is not None and is_money(prev[0].unit)
                and " or " in s[prev[0].end:q.start] and _SAID_AGAIN_OR.fullmatch(s, prev[0].end, q.start)
                and facts and facts[-1].text == prev[0].text and facts[-1].value is not None and facts[-1].value < 0 and facts[-1].change is None
                and _NEGATIVE_WORD.search(s, max(0, prev[0].start - 40), prev[0].start)):
            # "a negative impact of $12 million or 6 basis points on the margin": the effect said again in points, as signed
            negative, value = True, -value
            if is_change:
                direction = Direction.DOWN
        if (not negative and not is_change and value is not None and value > 0 and q.unit == "%" and prev is not None and is_money(prev[0].unit)
                and facts and facts[-1].text == prev[0].text and facts[-1].sentence == s and facts[-1].value is not None and facts[-1].value < 0
                and facts[-1].change is None and metric in (MARGIN_OF.get(facts[-1].metric), "margin") and facts[-1].metric in MARGIN_OF
                and " or " in s[prev[0].end:q.start] and _SAID_AGAIN_OR.fullmatch(s, prev[0].end, q.start) and SHARE_OF.match(after)):
            negative, value = True, -value  # "the unit's operating loss came to $38 million, or 6% of its sales": the loss's margin, below zero
        if not negative and is_money(q.unit) and value is not None and value > 0 and _NEG_AFTER.match(s, q.end):
            negative, value = True, -value  # "$0.06 unfavorable compared with last year", "$0.11 behind normal"
            if not is_change and YOY.search(s, q.end, min(len(s), q.end + 60)):
                is_change, direction = True, Direction.DOWN
        if (not negative and not is_change and value is not None and value > 0 and q.unit in ("%", "bps", "USD", "EUR", "GBP", "CAD", "AUD", "JPY")
                and ("below" in s[q.end:q.end + 12] and _MISSED_PLAN.match(s, q.end)
                     or q.unit in ("%", "bps") and SHORT_OF_PLAN_AFTER.match(s, q.end))):
            # "$0.05 below consensus", "2% below our expectations", "3% lower than we had expected": a miss, signed as
            # "short of" is
            negative, value = True, -value
        if (not negative and not is_change and value is not None and value > 0 and q.unit == "bps"
                and "below" in s[q.end:q.end + 12] and _BELOW_ANOTHER_PART.match(s, q.end)):
            negative, value = True, -value  # "its margin is 150 basis points below the stores'": a gap under another part's rate
        if not negative and value is not None and value > 0 and "hour" in s[q.end:q.end + 7] and _TIME_BETTER.match(s, q.end):
            negative, value = True, -value  # "terminal dwell was 6.9 hours, 0.4 hours better": a time measure improves by falling
            is_change, direction = True, Direction.DOWN
        if (not is_change and not negative and metric_span is not None and (value is not None and value > 0 or low is not None and low > 0)
                and metric in _LOSS_METRICS and NEGATING.search(s[metric_span[0]:metric_span[1] + 1]) and is_money(q.unit) and not item
                and not item_loss(s, q) and "carry" not in s[metric_span[0]:metric_span[1]].lower()  # (NOL carrybacks earn a benefit)
                and not ("revers" in s[q.end:q.end + 40] and _LOSS_REVERSED.match(s, q.end))):
            # (also a range: "a loss per share between $0.09 and $0.02", "an operating loss of $10 million to $12 million")
            value, low, high = _turned(value, low, high)
        if (not is_change and not negative and metric_span is None and is_money(q.unit) and value is not None and value > 0
                and metric in _LOSS_METRICS and metric == st.metric and st.phrase and NEGATING.search(st.phrase)
                and _BASE_OPENS.fullmatch(s, 0, q.start)):
            # "Fenworks reported an operating loss of $5.26 billion. That compares with $4.41 billion a year ago.": the base of a
            # loss said in the next sentence is a loss too
            value = -value
        if (not negative and metric == "provision" and is_money(q.unit) and value is not None and value > 0 and not is_change
                and may_match(before_txt, ("benefit", "release", "reversal", "recovery")) and _PROVISION_BENEFIT.search(before_txt)):
            negative, value = True, -value  # "the provision was a net release of $7 million": credit costs below zero
        if (not negative and is_money(q.unit) and value is not None and value > 0 and not is_change and "loss" in s[q.end:q.end + 30]
                and _LOSS_AFTER.match(s, q.end) and not item_loss(s, q) and not _LOSS_ON_ITEM.match(s, q.end)):
            value = -value  # "the rates segment contributed $41 million in pre-tax loss": the loss said after its amount
        if (not negative and is_money(q.unit) and value is not None and value > 0 and not is_change and not item
                and (metric == "other" or metric_span is None) and "loss" in s[max(0, q.start - 90):q.start].lower()
                and _BARE_LOSS.search(s, max(0, q.start - 90), q.start) and not item_loss(s, q)
                and not any(o.end <= q.start and item_loss(s, o) for o in qs)):  # (the item's loss said again keeps its size)
            value = -value  # "the year-to-date loss is $2.3 billion", "the unit was a small loss, about $4 million": a result
        if (not negative and is_money(q.unit) and value is not None and value > 0 and not is_change and not item and ctx.question
                and (metric == "other" or metric_span is None) and _IT_WAS.fullmatch(s, 0, q.start) and "loss" in ctx.question
                and _ASKED_LOSS.search(ctx.question[-_QUESTION_CHARS:])):
            value = -value  # "... the segment's loss was $48 million this quarter?" "No, it was $84 million.": that loss, restated
        if (carried and st.loss and metric == st.metric and metric in _LOSS_METRICS and metric != "other" and is_money(q.unit)
                and not is_change and not negative and value is not None and value > 0 and not _PROFIT_WORD.search(s)):
            value = -value  # "... of EBITDA loss for the year. The first half was $17 million.": that loss again, for a part of it
        if not is_change and metric == "same_store_sales" and q.unit == "%" and not re.match(r"\s+of\b", after):
            # comparable sales are a change by their nature: "our comp for the period was 3.9%", "a positive 2.2% comp"
            is_change = True
            top = value if value is not None else high
            since = max([o.end for o in qs if o.end <= q.start] + [metric_span[1] if metric_span is not None else q.start])
            fell = metric_span is not None and metric_span[1] <= q.start and _DOWN_WORD.search(s, since, q.start)
            direction = (Direction.DOWN if top is not None and top < 0 or fell else None if low is not None and low < 0 else Direction.UP)
            if fell and value is not None and value > 0:
                value = -value
        cost_share = (is_change and q.unit in ("%", "bps") and may_match(s, (" of ",)) and may_match(s, ("sales", "revenue", " of total", "transactions", "orders", "gmv", "premiums"))
                      and (cm := _COST_SHARE.search(s, 0, q.start)) is not None
                      # "expenses were 9.8% of revenue, and operating margin came in at 41.5%, an improvement of ...": the
                      # margin named since is the one that moved
                      and not (metric_span is not None and metric_span[0] >= cm.end() and metric not in _COST_METRICS))
        # a change that names no metric of its own, said of the cost ratio the paragraph (or the question answered) is about:
        # "I had the operating ratio at 60.3%. How much of the 180 basis points of improvement was fuel?"
        ratio_topic = (is_change and direction is Direction.UP and picked is None and q.unit in ("%", "bps")
                       and ((_COST_RATIO.search(st.phrase) if st.metric == "other" and st.phrase
                             else not facts and st.metric is None and ctx.question and _COST_RATIO.search(ctx.question)
                             # ("I wanted to ask about the gross margin ... How much of that was shrink?": the margin's points)
                             and not _MARGIN_ASKED.search(ctx.question))
                            # "I said warehousing costs were 5.2% of sales. The right figure is 4.6%, an improvement of 40
                            # basis points": the move is an appositive to the cost level the sentence just gave
                            or bool(facts) and facts[-1].sentence == s and facts[-1].unit == "%" and facts[-1].change is None
                            and facts[-1].metric in _COST_METRICS
                            and _LEVEL_THEN_MOVE.search(s, max(0, q.start - 60), q.start) is not None))
        if (is_change and direction is Direction.UP
                and (_cost_said(q, s, metric, cost_share, ratio_topic)
                     # "the underlying loss ratio, which leaves out weather, came in at 55.4%, a 70 basis point improvement":
                     # the ratio is named far before, as the figure's own measure
                     or picked is not None and metric == "other" and _COST_RATIO.search(picked[1])
                     # "net working capital was 17% of sales, ... an improvement of 80 basis points": a share better kept low
                     or metric == "other" and q.unit in ("%", "bps") and may_match(s, ("working capital", "water"))
                     and _LOWER_SHARE.search(s, max(0, q.start - 160), q.start))
                and not re.search(r"\befficiency\s+(?!ratio)\w+\s*$", s[max(0, q.start - 40):q.start], re.I)
                # ("we improved the combined ratio excluding catastrophes by 1,000 basis points": the verb before the ratio)
                and (imp := _IMPROVE.search(s, max(0, q.start - (70 if _BY_BEFORE_FIGURE.search(s, max(0, q.start - 20), q.start) else 30)),
                                            _clause_end(s, q, 30)))
                and not _THAN_OUTLOOK.match(s, imp.end())  # "rose 1.4%, better than our guidance": not the cost's direction
                # "shrink was a benefit of 15 basis points": what the cost gave another measure (the margin), a step of its bridge
                and not _BENEFIT_OF.match(s, imp.start() - 2 if imp.start() >= 2 else 0)):
            direction = Direction.DOWN  # "DSO improved by 2 days", "a 30 basis point improvement" in SG&A
        if (is_change and direction is Direction.DOWN and q.unit in ("%", "bps", "days")
                and (_WORSE_AFTER.match(s, q.end) or _WORSE_BEFORE.search(s, max(0, q.start - 40), q.start))
                and (_cost_said(q, s, metric, cost_share, ratio_topic) or (picked is not None and _COST_RATIO.search(picked[1])))):
            direction = Direction.UP  # "60 basis points worse", "a deterioration of 100 to 150 basis points" in the operating ratio: it rises
        if (direction is not Direction.DOWN and facts and facts[-1].sentence == s and facts[-1].direction is Direction.DOWN
                and facts[-1].change is not None and facts[-1].text in s and (is_change or is_money(q.unit) or q.unit == "%")
                and _OR_AFTER_DOWN.fullmatch(s, s.find(facts[-1].text) + len(facts[-1].text), q.start)
                and not _PER_OTHER.match(s, q.end)):  # "... or $21,000 per store compared to $27,000": a level of another measure
            is_change, direction = True, Direction.DOWN  # "net income was down $3 million or 2.4%": one fall said two ways
        if (not is_change and q.unit == "%" and (_SIGNED_ASIDE.fullmatch(q.text) or _PLUS_OPEN.search(s, max(0, q.start - 4), q.start)
                                                 and s[q.end:q.end + 2].lstrip().startswith(")"))
                and any(0 <= q.start - o.end <= 4 and is_money(o.unit) for o in qs)):
            is_change, direction = True, Direction.UP  # "$210 million (+6%)": the amount's change, its sign its way
        if (q.unit == "bps" and direction is not Direction.DOWN and facts and facts[-1].sentence == s and facts[-1].direction is Direction.UP
                and facts[-1].unit in ("bps", "%") and _OFFSET_BY.search(s, max(0, q.start - 40), q.start)):
            is_change, direction = True, Direction.DOWN  # "up 90 basis points, partly offset by about 40 basis points from tariffs"
        if ((is_change and direction is Direction.UP or not is_change and ("point" in q.text.lower() or is_money(q.unit)))
                and (q.unit in ("bps", "%") or is_money(q.unit)) and facts and facts[-1].sentence == s
                and facts[-1].direction is Direction.DOWN and facts[-1].unit == q.unit and facts[-1].text in s and not way_said(q, s, qs)
                and (_NEXT_MONEY_STEP if is_money(q.unit) else _NEXT_STEP).fullmatch(s, s.find(facts[-1].text) + len(facts[-1].text), q.start)):
            # "markdowns cost us 40 basis points, tariffs 30 basis points", "freight took away $0.07 and SG&A $0.03": the list shares the verb
            is_change, direction = True, Direction.DOWN
        elif (q.unit in ("bps", "%") and direction is not Direction.DOWN and facts and facts[-1].sentence == s
              and facts[-1].direction is Direction.DOWN and facts[-1].change is not None and facts[-1].unit == q.unit
              and " of " in s[q.end:q.end + 5] and _PART_OF_MOVE.match(s, q.end)
              and q.value is not None and facts[-1].value is not None and abs(q.value) <= abs(facts[-1].value)):
            is_change, direction = True, Direction.DOWN  # "declined 60 basis points; about 40 basis points of that came from mix"
        elif (not is_change and q.unit == "%" and "point" in q.text.lower() and facts and facts[-1].sentence == s
              and facts[-1].change is not None and facts[-1].text in s
              and _WITH_PART.fullmatch(s, s.find(facts[-1].text) + len(facts[-1].text), q.start)):
            is_change, direction = True, Direction.UP
        elif (not is_change and q.unit == "%" and "point" in q.text.lower() and " growth" in s[q.end:q.end + 40] and facts
              and facts[-1].sentence == s and facts[-1].direction is Direction.DOWN and facts[-1].change is not None
              and is_money(facts[-1].unit) and _WHICH_IS_BEFORE.search(s, max(0, q.start - 24), q.start) and _OF_GROWTH.match(s, q.end)):
            # "currency took $4 million off sales, which is about 2 points of growth": the amount taken off said again as
            # the growth it cost, a step of the bridge
            is_change, direction, metric, phrase = True, Direction.DOWN, "other", "points of growth"
        if is_change and direction is Direction.UP and q.negative:
            direction = Direction.DOWN  # "growth was -3%", "$210 million (-6%)": a minus sign is a fall
        if (direction is not Direction.UP and is_money(q.unit) and not q.negative and "los" in s[max(0, q.start - 60):q.start]
                and metric in ("eps", "other")):
            # "we lost 7 cents a share", "we lost $14 million, or $0.22 a share": the company's loss, a level
            said = next((o for o in reversed(qs) if o.end <= q.start), None)
            at = said.start if metric == "eps" and said is not None and said.scaled and _OR_SAID.fullmatch(s, said.end, q.start) else q.start
            if ((is_change or at != q.start) and _LOST_BY.search(s, max(0, at - 60), at) and (metric == "eps" and _PER_SHARE_LEVEL.match(s, q.end)
                                                              or q.scaled and metric == "other" and _OR_PER_SHARE.match(s, q.end))):
                is_change, direction = False, None
                metric = "net_income" if metric == "other" else metric
                if value is not None and value > 0:
                    value = -value
        if (is_change and direction is Direction.DOWN and is_money(q.unit) and not q.negative and "lost" in s[max(0, q.start - 30):q.start]
                and _LOST_SAID.search(s, max(0, q.start - 30), q.start) and LOSS_LEVEL_AFTER.match(s, q.end)):
            # "the tutoring unit lost $1.9 million at the EBITDA line": a part's result said as a loss, a level below
            # zero, held against no period
            is_change, direction = False, None
            if value is not None and value > 0:
                value = -value
        if (is_change and direction is not None and is_money(q.unit) and not q.negative and metric in _LOSS_METRICS
                and "loss" in s[max(0, q.start - 90):q.start].lower()
                and (lost := NEGATING.search(s[metric_span[0]:metric_span[1] + 1]) if metric_span is not None and metric_span[1] <= q.start
                     else None if metric_span is not None else NEGATING.search(s, max(0, q.start - 60), q.start)) is not None
                and (sv := _LOSS_SIZE_VERB.search(s, metric_span[1] if metric_span is not None else lost.end(), q.start)) is not None
                and not _WAY_OF_RESULT.search(s, metric_span[1] if metric_span is not None else lost.end(), q.start)
                and not s.startswith((" on ", " from "), lost.end())):  # (not "losses on the sale fell", an item's own size)
            # "the operating loss narrowed by $12 million": a smaller loss is the result's rise, a wider one its fall (where
            # "the loss improved by $12 million" says the result's way itself)
            direction = Direction.DOWN if sv.group("wider") else Direction.UP
        if is_change and direction is Direction.DOWN:
            value, low, high = _below_zero(value, low, high)
        # kind
        kind = kind_of(q, s, kcues, ctx, st, future_at, reported_at, dated_at)
        if kind in (FactKind.GUIDANCE, FactKind.TARGET) and "already" in lowered and (
                (held := _ALREADY_HELD.search(s, clause_bounds(s, q.start)[0], q.start)) is not None
                and not any(held.start() <= pos < q.start and k in (FactKind.GUIDANCE, FactKind.TARGET) for pos, k in kcues)
                and not any(held.start() <= c.start < q.start and cue_ahead(c, ctx, s) for c in pcues)
                and not _ALREADY_INTENT.match(s, held.end())
                and not any(q.end <= pos < clause_bounds(s, q.start)[1] and k is FactKind.GUIDANCE for pos, k in kcues)):
            # "In our older states, it's already in the low teens.": where it stands now, not the outlook said before
            kind = FactKind.ACTUAL
        held_at = -1
        if (kind in (FactKind.GUIDANCE, FactKind.TARGET) and " have " in s[max(0, q.start - 40):q.start]
                and (held := _WE_HOLD.search(s, max(0, q.start - 40), q.start)) is not None
                and not any(held.start() <= pos < q.start for pos, k in kcues) and not _HELD_FOR_LATER.match(s, q.end)):
            kind, held_at = FactKind.ACTUAL, held.start()
        if (kind in (None, FactKind.ACTUAL) and q.low is not None and (rev := REVISED_FROM.match(s, q.end)) is not None
                and re.search(r"\b(?:previously|prior)$", rev.group(0), re.I) and not PAST.search(s, clause_bounds(s, q.start)[0], q.start)):
            kind = FactKind.GUIDANCE  # "Operating margin of 18% to 19% versus 20% to 21% previously": a range set against the one it replaces
        base = _BASE_OF.search(s, max(0, q.start - 80), q.start) if "base" in s else None
        if base or (kind in (FactKind.GUIDANCE, FactKind.TARGET) and any_in(lowered, _PAST_PERIOD_WORDS)
                    and _PAST_PERIOD_BASE.search(s, max(0, q.start - 90), q.start)):
            kind = FactKind.ACTUAL  # "5% to 7% annual growth off our 2025 base of $3.86": the level of that year
        if (kind in (FactKind.GUIDANCE, FactKind.TARGET) and ctx.fiscal_year and " 20" in s[q.end:q.end + 40]
                and _HELD_BEFORE.search(s, max(0, q.start - 30), q.start) and (yr := _OF_CLOSED_YEAR.match(s, q.end)) is not None
                and (int(yr["y"]) < ctx.fiscal_year or int(yr["y"]) == ctx.fiscal_year and ctx.fiscal_quarter == 4)):
            kind = FactKind.ACTUAL  # "around $90 million for the year, below the $110 million of 2025": a closed year's level, the base
        level_of = _LEVEL_OF.search(s, max(0, q.start - 45), q.start)
        if level_of and "target" in level_of.group(0).lower():
            level_of = None  # "our targeted level of 75%" is the goal, not the level reached
        if level_of and kind in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE):
            kind = FactKind.ACTUAL  # "up slightly from our Q3 level of 43.6%": the level reached, not the outlook
        revised = False
        if kind in (None, FactKind.ACTUAL) and _of_the_midpoint(s, q, st, ctx, facts, pcues):
            kind = FactKind.GUIDANCE  # "That moves the midpoint up $0.06, to $3.24": the range just guided, at its middle
        if (kind in (None, FactKind.ACTUAL) and ctx.role is not Role.ANALYST and st.kind is FactKind.GUIDANCE and st.future
                and st.period is not None and st.period.quarter and not period_over(st.period, ctx)
                and [c.rel for c in pcues if not c.month] == ["this_q"] and all(c.end <= q.start for c in pcues if c.month)
                and (the_q := next(c for c in pcues if c.rel == "this_q")).start >= q.end
                and _THE_QUARTER.fullmatch(s, the_q.start, the_q.end) and _COSTS_NOW.search(s, max(0, q.start - 40), q.start)
                and not new_subject_at(s, q.end, the_q.start)):
            # "$0.95 is the midpoint of what we gave for the fourth quarter. The loan costs us about $0.03 a share in the
            # quarter.": the quarter the paragraph guides, not the one reported (not "..., and we opened one new store in
            # the quarter", a later clause's own deed)
            kind = FactKind.GUIDANCE
        if (kind in (None, FactKind.ACTUAL) and ctx.role is not Role.ANALYST and st.kind is FactKind.GUIDANCE and st.future
                and st.period is not None and st.period.quarter and not period_over(st.period, ctx)
                and s[:40].lower().lstrip(" \"'(").startswith(("the quarter", "that quarter", "and the quarter", "but the quarter"))
                and (opener := _QUARTER_OPENS.match(s)) is not None and opener.end() <= q.start
                and all(c.rel == "this_q" and c.start < opener.end() or c.rel == "year_ago" or c.month
                        or c.rel == "this_y" and _OF_THE.search(s, max(0, c.start - 4), c.start)
                        or c.start >= q.end and new_subject_at(s, q.end, c.start) for c in pcues)
                and not any(m.group(0).lower() != "reported" for m in PAST.finditer(s, opener.end(), q.start))):
            # "Our fourth-quarter outlook calls for ... . The quarter has two fewer shipping days, and that takes about 1 point
            # off growth": the quarter the paragraph guides, as the subject of what it holds
            kind = FactKind.GUIDANCE
        if (kind is FactKind.GUIDANCE and "idpoint" in s and _FROM_OLD.search(s, max(0, q.start - 30), q.start)
                and any(f.sentence == s and f.kind is FactKind.GUIDANCE and f.unit == q.unit for f in facts)
                and _of_the_midpoint(s, q, st, ctx, facts, pcues)):
            kind, revised = FactKind.PRIOR_GUIDANCE, True  # "so the midpoint goes to $430 million from $405 million": the old one
        if "idpoint" in s and q.low is None and _MIDPOINT_FROM.search(s, max(0, q.start - 160), q.start):
            kind, revised = FactKind.PRIOR_GUIDANCE, True  # "we lifted the midpoint of our FFO outlook from $1.62 to $1.70": the old one
        elif ("idpoint" in s and i > 0 and _FROM_TO.fullmatch(s, qs[i - 1].end, q.start) and qs[i - 1].unit == q.unit
              and _MIDPOINT_FROM.search(s, max(0, qs[i - 1].start - 160), qs[i - 1].start)):
            kind = FactKind.GUIDANCE  # ... "to $1.70": the new one
        _, cend = clause_bounds(s, q.start)
        later = [(pos, k) for pos, k in kcues if q.end <= pos < cend]
        if kind is FactKind.GUIDANCE and not _GUIDE_NOUN_OF.search(s, max(0, q.start - 40), q.start) and any(
                                             k is FactKind.TARGET and not any(q.end <= o.start < pos for o in qs)
                                             # ("a dividend of at least EUR 0.85, within our policy of paying out 35% to
                                             # 45%": a goal said with its own figure is that figure's)
                                             and not any(pos < o.start <= pos + 60 and _OWN_GOAL_FIGURE.fullmatch(s, pos, o.start) for o in qs)
                                             # "$4 at the guided midpoint, beside a long-term framework", "a
                                             # range of $2.35 to $2.50, headed for the long-term goals": the outlook
                                             # noun nearest the figure is its own; the goal is cited beside it
                                             and not any(q.end <= gp < pos and gk in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE)
                                                         and _GUIDE_NOUN.match(s, gp) for gp, gk in later)
                                             and not any(q.end <= c.start < pos and c.rel in _NEAR_SPANS and not s[c.start:c.start + 6].lower().startswith("annual")
                                                         and not _BASE_WORD.search(s, max(0, c.start - 20), c.start) for c in pcues)
                                             for pos, k in later):
            # "savings of EUR 220 million by the end of 2026" (a figure between takes it for itself; "north of $200 million
            # for the full year, to cut the share count over time": the figure's own year comes first, the goal is another's)
            kind = FactKind.TARGET
        if (kind is FactKind.GUIDANCE and q.unit == "%" and "target" in lowered and (gt := _GROWTH_TARGET.search(s, 0, q.start)) is not None
                and _LONG_SPAN.search(s) and not _OWN_YEAR.search(s, clause_bounds(s, gt.start())[0], cend)):
            # "raising our revenue growth target to 5.5-6.5% over the 2021 to 2025 period": a goal over years, revised,
            # stays a goal (a full-year target raised is the year's outlook)
            kind = FactKind.TARGET
        if later and later[0][1] is FactKind.PRIOR_GUIDANCE and "," not in s[q.end:later[0][0]] and not HELD_AGAINST.search(s, q.end, later[0][0] + 14) and (
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
        if (kind is FactKind.GUIDANCE and q.low is not None and "previously" in s and _PREVIOUSLY.match(s, q.end)
                and re.search(r"\bfrom\s+$", s[max(0, q.start - 8):q.start], re.I)):
            kind, revised = FactKind.PRIOR_GUIDANCE, True  # "2% to 2.5% for the year, down from 2.5% to 3% previously": the range replaced
        now_from = None
        if (kind in (FactKind.GUIDANCE, FactKind.TARGET, FactKind.ACTUAL) and not revised and " now " in s and facts and facts[-1].sentence == s
                and facts[-1].kind in (FactKind.GUIDANCE, FactKind.TARGET) and facts[-1].unit == q.unit and facts[-1].low is None
                and q.low is None and q.unit not in ("%", "bps") and _MOVED_FROM.search(s, max(0, q.start - 30), q.start)
                and (lead := _NOW_AHEAD.search(s, clause_bounds(s, s.find(facts[-1].text))[0], q.start)) is not None
                and _DIGIT_RE.search(s, lead.end(), q.start) is not None and _CLAUSE_ENDS.match(s, q.end)):
            # "we now expect to reach $45 million of savings by 2027, up from $40 million": the outlook it replaces
            kind, revised, now_from = FactKind.PRIOR_GUIDANCE, True, facts[-1].period
        if (kind in (FactKind.GUIDANCE, FactKind.ACTUAL) and not revised and "before" in s and facts and facts[-1].sentence == s
                and facts[-1].kind is FactKind.GUIDANCE and facts[-1].unit == q.unit
                and (kind is FactKind.GUIDANCE and _BEFORE_AFTER.match(s, q.end) and _SET_AGAINST_OLD.search(s, max(0, q.start - 30), q.start)
                     # "2.9% to 3.1%, better than the 3.0% to 3.4% we had before": the range held until now
                     or _HAD_BEFORE.match(s, q.end) and (_SET_AGAINST_OLD.search(s, max(0, q.start - 30), q.start)
                                                         or _THAN_BEFORE.search(s, max(0, q.start - 24), q.start)))):
            kind, revised = FactKind.PRIOR_GUIDANCE, True  # "growth of 2.4% to 3.1%, compared with 2.0% to 3.5% before": the range replaced
        near = s[max(0, q.start - 80):q.start]
        maybe_compare = may_match(near, _COMPARE_HINTS)
        direct = _COMPARE_BEFORE.search(s[max(0, q.start - 40):q.start]) if maybe_compare else None
        if direct and _SOURCE_FROM.search(s, max(0, q.start - 60), q.start):
            direct = None  # "half of that comes from the $150 million cost program": a source, not an earlier level
        if (direct and q.unit in (None, "count") and i > 0 and " from " in s[qs[i - 1].end:q.start]
                and not _MOVE_BETWEEN.search(s, qs[i - 1].end, q.start) and (own := listed_count(s, q)) is not None
                and (is_money(qs[i - 1].unit) or qs[i - 1].unit in (None, "count") and (prior := listed_count(s, qs[i - 1])) is not None
                     and prior.group(1).lower() != own.group(1).lower())):
            # "sales of EUR 412 million from 4 deliveries", "orders for 3 scanners from 2 customers": what the amount or count
            # came from, not an earlier level
            direct = None
        if direct and _MOTION.search(s[max(0, q.start - 40):q.start]):
            direct = None  # "utilization goes from 78% to 82%": today's level, then where it goes
            motion_from = q.end
            kind = FactKind.ACTUAL
        elif motion_from is not None and re.fullmatch(r"\s*to\s+", s[motion_from:q.start]):
            kind = FactKind.GUIDANCE if kind is FactKind.ACTUAL else kind
            motion_from = None
        of = _COMPARE_OF.search(near) if maybe_compare else None
        if of is None and not direct and ("rior" in near or "ago" in near or "revious" in near or "ame" in near):
            # "versus the prior year period diluted earnings per share of $1.15": the earlier period named before the
            # base's noun, which may be longer than a plain base's
            of = _EARLIER_NOUN_OF.search(s, max(0, q.start - 90), q.start)
        if of and _OUTLOOK_WORD.search(of.group(0)):
            of = None  # "compared with our guidance of $X" recalls an outlook, it is not a base period
        comparison = not is_change and not revised and bool(direct or of) and not (kind is FactKind.PRIOR_GUIDANCE and not direct)
        if (not comparison and not is_change and compared_end is not None
                and (re.fullmatch(r"[^,;.]{0,40}?\s(?:and|or)\s+(?:the\s+|a\s+)?", s[compared_end:q.start])
                     # "of $1.15 and adjusted earnings per share of $1.27": the base's other basis, its noun said again
                     or _OTHER_BASIS_OF.fullmatch(s, compared_end, q.start)
                     # "as compared to 13% in full year 2020, 9% in 2019, and 6% in 2018": a list of earlier levels
                     or q.unit != "count" and re.fullmatch(r"(?:\s+(?:in|for|at|during)\s+[^,;.]{0,25}?|\s+(?:a\s+year\s+ago|last\s+(?:year|quarter)))?,\s+(?:and\s+|or\s+)?(?:the\s+|a\s+)?",
                                                           s[compared_end:q.start])
                     # "compared with a net loss of $61.2 million, or a loss of $0.43 per share, a year ago": the base per share
                     or re.fullmatch(_OR, s[compared_end:q.start]) and _PER_SHARE_NEXT.match(s, q.end))
                and facts and facts[-1].unit == q.unit and not _HEADS_PAIR.match(s, q.end)
                # "against $14.0 million and 5.9% in last year's second quarter": an amount and its margin, one base
                # pair whose period words close it
                or not comparison and not is_change and compared_end is not None and facts and facts[-1].unit != q.unit
                and _PAIR_AND.fullmatch(s, compared_end, q.start) and any(_PAIR_DATED.fullmatch(s, q.end, c.start) for c in pcues if c.start > q.end)):
            comparison = True  # "compared with 40.9% a year ago and 41.6% in the third quarter"
            kind = FactKind.ACTUAL
        if (not comparison and not is_change and kind in (FactKind.ACTUAL, FactKind.GUIDANCE)
                and _THAN_BEFORE.search(s, max(0, q.start - 24), q.start)
                and any(c.start > q.end and (WE_POSTED.fullmatch(s, q.end, c.start) or kind is FactKind.ACTUAL and cue_reported(c, ctx)
                                             and c.rel != "this_q" and (_OF_THE_PERIOD.fullmatch(s, q.end, c.start) or _NOUN_OF_THE_PERIOD.fullmatch(s, q.end, c.start)))
                        and (kind is FactKind.ACTUAL or cue_reported(c, ctx)) for c in pcues)):
            # "a little better than the 3.3% we saw in the second quarter", "below the $71 million of the third quarter
            # of 2025": the level compared with; beside an outlook ("about 90% next year, a little below the 92% we ran
            # last year") a result the speaker says was done
            comparison, kind = True, FactKind.ACTUAL
        base_kind = kind
        if comparison:
            # the base a change starts from is a result unless it is an outlook itself (kinds.comparison_base_kind); what
            # this sentence alone tells: the outlook a new one replaces, said as replaced after it, or the range said
            # before it ("EPS of $14.60 to $14.80, up from $14.25 to $14.55")
            replaces = (kind is FactKind.GUIDANCE and _REPLACED_AFTER.match(s, q.end) is not None
                        or q.low is not None and bool(facts) and facts[-1].sentence == s and facts[-1].low is not None
                        and facts[-1].unit == q.unit and facts[-1].kind is FactKind.GUIDANCE)
            kind = comparison_base_kind(kind, s, q, kcues, ctx, replaces)
        same = [f for f in facts if f.unit == q.unit and f.sentence == s]
        if q.scaled and is_money(q.unit) and any(f.metric == "eps" for f in same):
            # "$7.4 million, or $0.13 per share, against $9.9 million or ...": the amount's metric, not the per-share one
            same = [f for f in same if f.metric != "eps"]
        elif not q.scaled and metric in ("eps", "dividend") and same and _PER_SHARE_AFTER.match(s, q.end):
            # "sales dropped from $318 million to $266 million and EPS from $0.91 per share to $0.64 per share": a
            # per-share base is no base of the amounts before it
            same = [f for f in same if f.metric == metric]
        if comparison and same and (direct or of):
            marker = q.start - len((direct or of).group(0))
            if not any(marker <= c[0] and c[1] <= q.start for c in cues) and not (metric_span and metric_span[0] >= q.end):
                metric, phrase = same[-1].metric, same[-1].phrase  # "..., compared with $109.6 million a year ago"
        target_at = max((pos for pos, k in kcues if k is FactKind.TARGET and pos < q.start), default=0)
        # a base's period words date that base, not a later figure of the sentence ("..., but $70 million higher than in
        # the second quarter": the call's quarter, against the one before)
        own_cues = pcues if comparison or not base_cues else [c for c in pcues if c not in base_cues]
        if "impl" in s and len(own_cues) > 1 and (src := [c for c in own_cues if c.end <= q.start and not c.quarter and not c.half
                                                           and _SOURCE_RANGE.match(s, c.end)]) \
                and any(c.quarter and c not in src for c in own_cues):
            # "For the fourth quarter, the full-year range implies EPS of $0.50 to $0.58": the year names the outlook the
            # figure is worked out from; the quarter named is the figure's
            own_cues = [c for c in own_cues if c not in src]
        if held_at >= 0:
            own_cues = [c for c in own_cues if c.start >= held_at]
        period = period_for(q, s, own_cues, ctx, st, base_kind if comparison else kind, comparison, qs, is_change, target_at, metric)
        if now_from is not None:
            period = now_from
        if kind is FactKind.PRIOR_GUIDANCE and period is not None and period == _own_period(ctx) and outlook_of_a_month(s, q, pcues, _call_month_guess(ctx)):
            period = P.label(ctx.fiscal_year)  # "the $76 to $80 we had in February": the year's range as it stood then
        if (kind is FactKind.ACTUAL and ctx.fiscal_quarter in (1, 2, 3) and period is not None and period == P.label(ctx.fiscal_year)
                and done_so_far_this_year(s, q)):
            period = P.label(ctx.fiscal_year, ctx.fiscal_quarter, ytd=True)  # "you're at 18 deals this year": the year so far
        if (kind in (None, FactKind.ACTUAL) and ctx.role is not Role.ANALYST and ctx.fiscal_quarter and " from " in s[q.end:q.end + 90]
                and period is not None and period == _own_period(ctx) and (fq := _FROM_OWN_QUARTER.match(s, q.end)) is not None
                and ORDINAL.get(fq.group("q").lower()) == ctx.fiscal_quarter and _STEPS_TO.search(s, max(0, q.start - 40), q.start)):
            # "interest expense steps up to around $118 million after the notes, from $104 million in the third quarter"
            # (a third-quarter call): a level said in the present against the quarter just reported is the next one's
            kind, period = FactKind.GUIDANCE, P.next_period(ctx.fiscal_year, ctx.fiscal_quarter)
        if kind in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE) and "our " in s and (
                named := _OUTLOOK_HELD.search(s, max(0, q.start - 90), q.start)) is not None:
            # "EPS was $1.10, compared with our 2026 guidance of $4.20 to $4.40": the outlook held against names its
            # own period, which is the range's, not a base's
            own = [c for c in pcues if named.start() < c.start and c.end <= q.start and c.rel not in ("prev_q", "year_ago", "month")]
            if own:
                period = P.resolve(own[-1], ctx.fiscal_year, ctx.fiscal_quarter, not cue_reported(own[-1], ctx), ctx.fiscal_half) or period
        if (kind is FactKind.GUIDANCE and not comparison and period_over(period, ctx) and not _RECALLED.search(s)
                and (events := [c for c in pcues if _EVENT_DATE.search(s, max(0, c.start - 40), c.start)])):
            # a guide is never for a period the call has reported: "the stores we opened in 2026 should add 1.5 points"
            # in a Q4 2026 call dates the stores, and the guide is the paragraph's outlook or the period ahead
            period = period_for(q, s, [c for c in pcues if c not in events], ctx, st, kind, comparison, qs, is_change, target_at, metric)
        if (kind is FactKind.GUIDANCE and not comparison and period_over(period, ctx) and not _RECALLED.search(s)
                and (bases := [c for c in pcues if _HELD_TO.search(s, max(0, c.start - 45), c.start)
                               and not (c.end <= q.start and _BASE_LEVEL.fullmatch(s, c.end, q.start))])):
            # "we see freight costs falling $30 million set against 2025", "15% growth over fiscal '26 results": the
            # year a guide is measured against is not its period
            ahead = period_for(q, s, [c for c in pcues if c not in bases], ctx, st, kind, comparison, qs, is_change, target_at, metric)
            if not period_over(ahead, ctx):
                period = ahead
        if (kind is not FactKind.ACTUAL and " as " in s and any_in(lowered, _NOT_AHEAD_WORDS) and _NOT_TAKEN_AS.search(s, max(0, q.start - 50), q.start)
                and _AS_A_GUIDE.match(s, q.end)):
            # "I would not take 38.9% as a run rate for the year": the quarter's figure, said not to be the outlook
            kind, period = FactKind.ACTUAL, P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)
        if metric == "buyback" and kind is not FactKind.ACTUAL and not comparison and ctx.role is not Role.ANALYST and authorization_size(q, s):
            kind, period = FactKind.ACTUAL, P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)  # "the board authorized up to $500 million through 2028"
        if metric == "cash" and declared is not None and is_change and " in cash" in s[declared_end:q.start]:
            metric = phrase = "dividend"  # "a dividend of $0.80 a share in cash": "in cash" says how it is paid, not a cash balance
        if (metric == "dividend" and not comparison and ctx.role is not Role.ANALYST
                and (kind is not FactKind.ACTUAL or _paid_ahead_last_year(period, ctx, s) or declared is None) and declared_dividend(q, s)):
            if kind is not FactKind.ACTUAL or _paid_ahead_last_year(period, ctx, s) or period is None or _after_call(period, ctx):
                # ("has declared a dividend of $0.45 for the fourth quarter" in a third-quarter call: not last year's fourth;
                # "the dividend just declared, which shareholders receive in the first quarter of 2027, is $0.42" in a
                # fourth-quarter call: the period it is paid in dates no declaration)
                kind, period = FactKind.ACTUAL, P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)  # "the board raised the quarterly dividend to $0.47"
                if ctx.fiscal_quarter is None and ctx.fiscal_half:
                    period = P.label(ctx.fiscal_year, half=ctx.fiscal_half)  # a half-year call's declaration: the half it reports
            declared, declared_end = period, q.end
        elif metric == "dividend" and declared is not None and is_change and (
                _paid_ahead_last_year(period, ctx, s) or kind is not FactKind.ACTUAL and same_declaration(s, declared_end, q)):
            # "approved a dividend of $0.27 a share for the third quarter, up $0.02 from the second quarter": the
            # step of the dividend just declared, not a change of last year's third quarter; "approved a dividend of $0.66
            # for the first quarter, which represents a 10% increase" in a fourth-quarter call: the declaration's step, done
            if _paid_ahead_last_year(period, ctx, s) or _after_call(period, ctx):
                period = declared
            kind = FactKind.ACTUAL
            step_of_declared = True
        elif metric == "dividend" and declared is not None and not is_change and (
                _PLUS_A.search(s, max(0, q.start - 12), q.start) or kind is not FactKind.ACTUAL and same_declaration(s, declared_end, q)):
            # "declared $0.40 as the base dividend, plus a $0.05 supplemental": one declaration ("plus a special dividend of
            # $0.50 that will be paid in December" too; "bringing the total for the year to Ps. 3.60" keeps its year)
            if period is None or period.quarter is not None or _after_call(period, ctx) or _PLUS_A.search(s, max(0, q.start - 12), q.start):
                period = declared
            kind = FactKind.ACTUAL
        if (metric == "dividend" and kind is FactKind.ACTUAL and declared is None and ctx.role is not Role.ANALYST and not is_change
                and period is not None and period.quarter is None and period.half is None and not period.ytd
                and period.fiscal_year == ctx.fiscal_year and ctx.fiscal_quarter in (1, 2, 3)
                and _YEAR_OWN_DIVIDEND.search(s, max(0, q.start - 40), min(len(s), q.end + 40))
                and not PAST.search(s, *clause_bounds(s, q.start)) and not _PERFECT_DONE.search(s, *clause_bounds(s, q.start))):
            # "for this year KRW 700 per share is above that" in a third-quarter call: the dividend of a year still open, not
            # declared, is the year's outlook
            kind = FactKind.GUIDANCE
        if (metric == "dividend" and kind is FactKind.GUIDANCE and ctx.role is not Role.ANALYST and (is_change or q.unit in ("%", None))
                and any_in(lowered, _OVER_YEARS_WORDS) and _DIVIDEND_OVER_YEARS.search(s)
                and not any(c.rel != "span" for c in pcues)):
            # "we expect to keep growing it in line with AFFO per share, so think mid-single digits", "we intend to grow the
            # dividend 6% to 8% a year": a standing aim for the dividend's growth over the years, no year's outlook
            kind, period = FactKind.TARGET, None
        if kind is FactKind.ACTUAL and not comparison and open_range(q, s, period, ctx) and not any(c.rel == "qtd" for c in pcues) and not now_under_way:
            # (a range seen so far in the quarter under way, "October point-of-sale data show growth in the low single
            # digits", is what was counted, not the outlook of a period still open)
            kind = FactKind.GUIDANCE  # "Fiscal 2027 EPS of $3.10 to $3.25" in a second-quarter call: a range for a year still open
        if base:
            period = P.label(int(base.group(1) or base.group(2)))
        if level_of:
            own = [c for c in pcues if level_of.start() <= c.start < q.start]
            if own:
                period = P.resolve(own[-1], ctx.fiscal_year, ctx.fiscal_quarter, False, ctx.fiscal_half)
        if is_change and direct and period is not None and _VERSUS_BEFORE.search(direct.group(0)):
            period = _compared_change_period(q, s, qs, pcues, ctx, facts) or period
        if metric in ("other",) and q.unit in (None, "count") and not count_noun and not inherited:
            continue
        earlier = not comparison and not is_change and period is not None and last_years(q, s, pcues)
        if earlier:
            # "the $14 million of settlement income in the prior year quarter", "against $118 million in the prior
            # year quarter, which held a $41 million gain": last year's, and no period for the figures after it
            period = P.previous_of(period, False)
        if "'s" in s or "’s" in s:
            poss = next((c for c in pcues if c.rel == "q_poss" and c.end <= q.start and re.fullmatch(r"\s*(?:about\s+|approximately\s+)?", s[c.end:q.start])), None)
            span_back = None if poss is not None or comparison or is_change else next(
                (c for c in pcues if c.rel in ("ytd_last_year", "h_last_year") and c.end <= q.start and _SPAN_MEASURE_OF.fullmatch(s, c.end, q.start)), None)
            if poss is not None:
                # "about 50 basis points above the second quarter's 59.8%": that quarter's own figure, recalled
                kind, earlier = FactKind.ACTUAL, True
                period = P.resolve(poss, ctx.fiscal_year, ctx.fiscal_quarter, False, ctx.fiscal_half)
            elif span_back is not None:
                # "over the prior year's first six months sales of $612 million": that earlier span's own figure
                kind, earlier = FactKind.ACTUAL, True
                period = P.resolve(span_back, ctx.fiscal_year, ctx.fiscal_quarter, False, ctx.fiscal_half) or period
            elif (not comparison and not earlier and not is_change and period is not None
                  and (own := _LAST_PERIODS_OWN.search(s, max(0, q.start - 60), q.start)) is not None
                  and (own["y"] or period.quarter)):
                # "we expect EBITDA slightly below last year's EUR 318 million", "down from last quarter's 7.4%": that
                # earlier period's own figure
                kind, earlier = FactKind.ACTUAL, True
                if (call := _own_period(ctx)) is None or P.period_key(period) >= P.period_key(call):
                    # ("That compares with last year's $410 million.": a period the year-ago words already set is not moved again)
                    period = P.previous_of(period, own["q"] is not None)
        if (not comparison and not earlier and not is_change and period is not None and "year" in s
                and _PRIOR_YEAR_FIGURE.search(s, max(0, q.start - 50), q.start)
                and ((call := _own_period(ctx)) is None or P.period_key(period) >= P.period_key(call))):
            # "a 5% increase over the prior-year amount of $80.6 million": that earlier period's own figure
            kind, earlier = FactKind.ACTUAL, True
            period = P.previous_of(period, False)
        if (" just " in s and _JUST_DONE.match(s, q.end)
                and not any(q.end <= c.start < min([o.start for o in qs if o.start > q.end] + [q.end + 40]) for c in pcues)):
            period = _own_period(ctx) or period  # "a touch slower than the 24% we just posted": the period just reported
        if (kind is FactKind.ACTUAL and not earlier and not now_under_way
                and open_year_figure(q, s, period, ctx, any(k in (FactKind.GUIDANCE, FactKind.TARGET) for _, k in kcues)
                                     # (or an outlook figure said before it, in an answer about the outlook with no cue word)
                                     or any(f.sentence == s and f.kind in (FactKind.GUIDANCE, FactKind.TARGET) for f in facts))):
            kind = FactKind.GUIDANCE  # "against about 300,000 tons this year" in a third-quarter call: the year is not over
        if kind in (FactKind.GUIDANCE, FactKind.TARGET) and run_rate_once_done(s, q):
            # "about $110 million on an annual run rate once the program is finished in fiscal 2028": the rate a programme
            # runs at once done is a goal; the year dates the finish, and a year said before dates another figure
            kind, period = FactKind.TARGET, None
        if (kind is FactKind.GUIDANCE and ctx.fiscal_year and "guid" not in lowered
                and (near := ctx.fiscal_year + (1 if ctx.fiscal_quarter == 4 else 0))
                and ((through := rate_through(s, q, pcues) or sum_through(s, q)) is not None and through >= near + 2
                     or period is not None and period.quarter is None and period.half is None and period.fiscal_year >= near + 2)
                and not any(c.year and near <= c.year < near + 2 for c in pcues)):
            # "our fiscal 2029 plan calls for EBITDA of at least $1.25 billion" in a fiscal 2027 call: a year beyond the
            # next one is a goal, not an outlook (a plan told year by year from this one, "$4.1 billion in 2026, $4.6
            # billion in 2027, $5.0 billion in 2028", and a "2029 guidance range" stay the outlook); a rate a year
            # through such a year ("6% to 7% a year out to 2030") is a goal over the years to it, of no one year
            kind = FactKind.TARGET
            if through is not None:
                period = None
        if kind is FactKind.TARGET and period is not None and " add" in s and added_when_done(s, q):
            period = None  # "launched in the second half of 2027, once in service they will add 30%": the launch's date, not the goal's
        if kind is FactKind.ACTUAL and " just " in s and ctx.fiscal_year and ctx.fiscal_quarter and just_reported(s, q):
            period = P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)  # "a touch slower than the 24% we just posted": this quarter's
        if (ctx.role is Role.ANALYST and not pcues and ctx.fiscal_year and ctx.fiscal_quarter and "you " in lowered
                and (said := _YOU_SAID.match(s)) is not None and q.start - said.end() <= 40 and not _YOU_SAID_AHEAD.search(s)
                and not any(k in (FactKind.GUIDANCE, FactKind.TARGET, FactKind.PRIOR_GUIDANCE) for _, k in kcues)):
            # "You said wages per hour were up about 4%.": a figure of the remarks recalled, the quarter's result
            kind, period = FactKind.ACTUAL, P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)
        lapped = False
        if (not comparison and not earlier and q.unit in ("%", "bps") and period is not None and period.fiscal_year
                and ctx.fiscal_year and period.fiscal_year >= ctx.fiscal_year and change_of_base(q, s)):
            # "that comes against a 35% increase last year": the growth of the base a year earlier, not this period's
            period, kind, earlier, lapped = P.previous_of(period, False), FactKind.ACTUAL, True, True
        # "down 10% from the fourth quarter" in a first-quarter outlook is sequential: the guided quarter's own
        # previous quarter decides, not the call's.
        own_q = period.quarter if period is not None and period.quarter else ctx.fiscal_quarter
        change = change_kind(s, q, qs, own_q, ctx.fiscal_quarter) if is_change else None
        if (change is not None and q.unit not in ("%", "bps") and change is Change.YOY and period and period.quarter and SEQ.search(s)
                # ("up $4 billion or 7% over a year earlier": the base after the move said again is its own)
                and not YOY.search(s, q.end, q.end + (50 if s.startswith(" or ", q.end) else 25))  # "up $45 million sequentially and $130 million year-over-year"
                # ("declined by $5 billion compared to the prior year quarter and remained stable sequentially": its own base first)
                and not ((sq := SEQ.search(s, q.end)) and YOY.search(s, q.end, sq.start()))):
            change = Change.SEQUENTIAL
        if change is Change.YOY and metric == "dividend" and "quarterly" in s and quarterly_step(s, q):
            change = Change.SEQUENTIAL  # "raised the quarterly dividend by 10% to $0.88": against the rate paid the quarter before
        if step_of_declared and change is Change.YOY and any(
                ORDINAL[(m.group(1) or m.group(2)).lower()] == ctx.fiscal_quarter for m in FROM_QUARTER.finditer(s, q.end)):
            change = Change.SEQUENTIAL  # the call's own quarter named as the base of the next quarter's dividend
        if lapped:
            change = Change.YOY
        elif change is not None and revision_step(q, s, qs, kind in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE)):
            change = None  # "lifting our outlook by $0.12 at its midpoint": a revision, not a change against last year
        elif change is Change.YOY and stacked(s, q, qs):
            change = None  # "up 12% on a two-year stack": no change against a year before
        elif change is not None and multi_period_base(s, q, qs, own_q, ctx.fiscal_quarter):
            change = None  # "cut the share count by 10% over the last two years": against no one year or quarter before
        elif (change is Change.YOY and metric in _BALANCES and is_money(q.unit) and period is not None and period.quarter
              and not period.ytd and not YOY.search(s) and not comparison
              and (metric not in _BANK_BALANCES or (not _BASE_AFTER.match(s, q.end, q.end + 80)
                                                    # a fourth-quarter call's review of the year moves balances over the year
                                                    and (period.quarter != 4 or "quarter" in s)))):
            change = Change.SEQUENTIAL  # "we cut net debt by CAD 95 million in the quarter": a balance moved from the last quarter's end
        elif (change is Change.YOY and q.unit == "%" and metric in _BANK_BALANCES and period is not None and period.quarter
              and not period.ytd and not YOY.search(s) and not comparison and _BALANCE_IN_QUARTER.match(s, q.end, min(len(s), q.end + 70))):
            change = Change.SEQUENTIAL  # "loans grew 2% in constant currency during the quarter": a balance's rate since the last quarter's end
        elif (change is Change.YOY and q.unit == "count" and metric in _HELD_COUNTS and period is not None and period.quarter
              and not period.ytd and "quarter" in s and not YOY.search(s) and not comparison
              and _IN_THE_QUARTER.match(s, q.end, min(len(s), q.end + 60))):
            change = Change.SEQUENTIAL  # "members rose by 0.6 million in the quarter": a count held at each quarter's end, moved since the last
        elif (change is Change.YOY and metric == "inventory" and is_money(q.unit) and period is not None and period.quarter
              and not period.ytd and "quarter" in s and not YOY.search(s) and not comparison
              and _IN_THE_QUARTER.match(s, q.end, min(len(s), q.end + 60))):
            change = Change.SEQUENTIAL  # "we cut inventory by $19 million during the quarter": the stock moved since the last quarter's end
        if (change is None and metric == "price" and q.unit == "%" and metric_span is not None and metric_span[1] <= q.start
                and not _POLICY_RATE.search(phrase or "") and not _POLICY_RATE.search(s, max(0, metric_span[0] - 25), metric_span[0]) and not _NOT_PRICE_LEVEL.search(s, metric_span[1], q.start)
                and not _SHARE_OR_YIELD_AFTER.match(s, q.end)):
            # "core price was 6.1%", "price contributed 2.5 points", "yield of about 4%": a price said in % is its rise
            # on what the same customers paid a year before (an insurer's renewal rate change is against the expiring
            # policy, no period: docs/facts.md)
            change, is_change = Change.YOY, True
            if (direction is None and (value if value is not None else low or 0) > 0 and any_in(lowered, _FALL_STEMS)
                    and (_FALL_NOUN_AFTER.match(s, metric_span[1]) or _FALL_NOUN_BEFORE.search(s, max(0, metric_span[0] - 30), metric_span[0]))):
                # "the price cut on those products was about 30%", "the reduction in list prices was 5%": the fall's size
                value, low, high = _turned(value, low, high)
            direction = direction or (Direction.DOWN if (value if value is not None else high or 0) < 0 else Direction.UP)
        if (change is Change.YOY and not lapped and not comparison and kind is FactKind.ACTUAL and period is not None
                and ", so " in s and (own := _own_period(ctx)) is not None and period == P.previous_of(own, False)
                and (so := _SO_RESULT.search(s, 0, q.start)) is not None
                and not any(so.end() <= c.start < q.start for c in pcues)):
            # "In the third quarter of last year, adjusted EPS had been $2.71, so this is growth of 14%": the move of
            # the call's period from that base, not the base period's own
            period = own
        if is_change and q.scaled and is_money(q.unit) and rate_ask(s, q):
            # "filed a rate case asking for a $40 million increase in annual revenue": the step asked of the
            # regulator, a figure of its own, not a rise of the company's revenue
            metric, phrase, is_change, direction, change = "other", "rate increase", False, None, None
        basis = basis_for(q, s, metric_span, prev, metric, ctx, cues)
        if basis is None and (by_ref := basis_by_reference(s, q, st.basis if st.metric is not None else None, metric)) is not None:
            basis = by_ref  # "EPS on the same basis was 48 cents", "Excluding the tax benefit, EPS would have been $3.10"
        elif basis is None and carried and st.basis is not None:
            basis = st.basis  # the metric carried on from the sentence before, and its basis with it
        elif basis is None and margin_basis is not None:
            basis = margin_basis  # "Adjusted EBITDA was $128 million. The margin of 21% ...": the amount's basis
        elif basis in (None, ctx.basis) and st.lead_basis is not None and kind is FactKind.ACTUAL and metric in (ctx.basis_scope or PNL_METRICS) and ctx.role is not Role.ANALYST:
            if ((metric_span is None or not (BASIS_CUES.search(s, max(0, metric_span[0] - 28), metric_span[1]) or cash_measure(s, metric_span, metric)))
                    and item_lead(q, s) is None):  # (not "..., which includes $0.08 a share of integration costs": an item of it)
                basis = st.lead_basis  # "On a non-GAAP basis, gross margin came in at 61%. Operating margin was 24%."
        ref = facts[-1] if facts else None
        if ref is not None and basis is None and is_change and ref.basis is None and len(facts) > 1 and ref.sentence == s and facts[-2].basis is not None:
            # "adjusted EPS is $2.11, which excludes $0.12 a share tied to the unit we sold and is $0.29 higher than a year
            # ago": the measure's move carries its basis past the item between them
            item_q = next((x for x in qs if x.text == ref.text), None)
            ref = facts[-2] if item_q is not None and item_lead(item_q, s) is not None else ref
        if (basis is None and metric == "eps" and is_money(q.unit) and facts and facts[-1].metric == "net_income"
                and facts[-1].basis is not None and facts[-1].kind is kind and _EPS_AFTER_INCOME.fullmatch(s, s.find(facts[-1].text) + len(facts[-1].text), q.start)):
            basis = facts[-1].basis  # "GAAP net income was $2.96 billion, and diluted EPS was $6.74": the earnings' basis, per share
        elif (basis is None and ref is not None and ref.basis is not None and ref.kind is kind and ref.text in s
              and (ref.metric == metric != "other" or metric in _MARGINS and MARGIN_OF.get(ref.metric) == metric and not ref.change
                   or MARGIN_OF.get(metric) == ref.metric and not ref.change and metric_span is not None and metric_span[0] < s.find(ref.text))
              and (metric_span is None or metric_span[0] < s.find(ref.text) or _GENERIC_NAME.fullmatch(phrase))
              and not BASIS_CUES.search(s, (said := _basis_said_end(s, ref, q)), q.start) and not REPORTED_BASIS.search(s, said, q.start)
              and not _OWN_BASIS_AFTER.match(s, q.end) and not _OTHER_BASIS_WORD.search(s, said, q.start) and (is_change or item_lead(q, s) is None)):
            # "Adjusted EBITDA was $884 million, a margin of 22.9%, 60 basis points better than ...", "adjusted EPS of $1.34,
            # a 9% increase from the $1.23 a year ago", "$34 million on a GAAP basis, 13% of revenue, against $31 million
            # and 11% a year ago": the same measure's margin, move and base, on its basis (said once, after the first figure)
            basis = ref.basis
        if phrase == "deal price":
            basis = None  # a price paid or received has no reporting basis, whatever the measure beside it had
        if (basis is Basis.GAAP and left_out_of_reported(s, (cb := clause_bounds(s, q.start)[0]), q.start, ctx)
                and not BASIS_CUES.search(s, cb, q.start)):
            basis = None  # "operating profit excluding the credit of $94 million" under a call's GAAP statement: not its reported figure
        if (kind is FactKind.GUIDANCE and "already" in s and period is not None and (period.half or period.quarter) and not period.ytd
                and _ALREADY_DONE.match(s, q.end) and ctx.fiscal_year is not None and ctx.fiscal_quarter):
            # "we expect about $50 million this year, with roughly $20 million already realized in the first half": the
            # part done, in the part of this year that has closed
            kind = FactKind.ACTUAL
            done = (period.half == 1 and ctx.fiscal_quarter >= 2) or (period.quarter or 5) <= ctx.fiscal_quarter
            if period.fiscal_year == ctx.fiscal_year + 1 and done:
                period = P.label(ctx.fiscal_year, period.quarter, period.half)
        if ("midpoint" in s and is_money(q.unit) and kind in (FactKind.ACTUAL, FactKind.ESTIMATE) and ctx.fiscal_year is not None
                and any(m.start() - 12 <= q.end and q.end <= m.end() for m in _CUT_AT_MIDPOINT.finditer(s, max(0, q.start - 60)))):
            # "Of the $140 million we took out of the sales range at the midpoint", "You took $140 million out of sales at
            # the midpoint": the step of the year's outlook, of its kind and year
            kind, change = FactKind.GUIDANCE, None
            period = P.label(ctx.fiscal_year + (1 if ctx.fiscal_quarter == 4 else 0))
        if ("'s" in s or "’s" in s) and (yo := _YEARS_OWN.search(s, max(0, q.start - 40), q.start + hedge_len(q))) is not None:
            year = int(yo.group(1))
            if (change is None and ctx.fiscal_year is not None
                    and (year < ctx.fiscal_year or year == ctx.fiscal_year and ctx.fiscal_quarter == 4)):
                # "growth of 2% to 3% over fiscal 2025's $6.31 billion": the closed year's own amount, not the outlook's
                period, kind, comparison = P.label(year), FactKind.ACTUAL, True  # (a base: it dates nothing after it)
        prev = (q, basis)
        facts.append(Fact(
            metric=metric, phrase=phrase or metric.replace("_", " "),
            # ("double-digit declines" keep their open end: at most -10, no low)
            value=None if low is not None else value, low=low, high=high if low is not None or value is None else None,
            unit=q.unit, approx=q.approx, change=change, direction=direction if is_change else None,
            period=period, kind=kind, basis=basis, speaker=ctx.speaker, turn=ctx.turn, line=line, page=page,
            sentence=s, text=q.text,
        ))
        st.metric, st.unit, st.phrase, st.basis = metric, q.unit, phrase or metric.replace("_", " "), basis
        st.loss = change is None and is_money(q.unit) and ((value if low is None else high) or 0) < 0
        if q.unit == "count":
            st.count_ref = value if value is not None else high
        compared_end = q.end if comparison else None
        if comparison and kind is FactKind.ACTUAL and _THAN_BEFORE.search(s, max(0, q.start - 24), q.start):
            base_cues += [c for c in pcues if q.end <= c.start <= q.end + 12]
        # "better than the down 1.4% we had in the third quarter": a change recalled as the base dates only itself
        base_change = (is_change and len(facts) > 1 and facts[-2].period != period
                       and THAN_THE.search(s, max(0, q.start - 40), q.start) is not None)
        aside_ref = any_in(s, _REFERENCE_HINTS) and _aside_for_reference(s, period, kind, st, ctx)
        if not comparison and period is not None and kind is not FactKind.PRIOR_GUIDANCE and not level_of and not earlier \
                and not base_change and not _aside_of_year(s, period, st) and not _aside_to_date(s, period, st, ctx) \
                and not (" when " in s and len(facts) > 1 and facts[-2].period != period and when_recalled(s, q, pcues)) \
                and not _aside_by_contrast(s, period, st, ctx) \
                and not aside_ref \
                and not _total_beside(period, kind, facts, ctx) \
                and not _looked_back(s, period, kind, pcues, ctx) \
                and not _reason_before(s, q, period, kind, facts) \
                and not (" had " in s and _recalled_before(s, q, period, kind, ctx)) \
                and not (period.quarter and any_in(lowered, _ALONE_WORDS) and _ALONE.search(s)):
            st.period = period
            st.future = kind is not FactKind.ACTUAL
            if kind is FactKind.GUIDANCE:
                st.outlook = period
                if low is not None and high is not None:
                    st.ranged = period
        elif kind is FactKind.PRIOR_GUIDANCE and period is not None and not period.quarter and not period_over(period, ctx):
            st.outlook = period  # "In July we told you we expected $3 billion in 2026. We now expect $3.5 billion.": the same year, re-guided
        if not aside_ref:  # (the yardstick leaves the outlook's kind to the figures after it)
            # ("raising copper to 5.2 to 5.6 million tonnes, from 5.0 to 5.4 million": the new outlook, not the one it
            # replaces, is what the sentences after it go on with)
            st.kind = (FactKind.GUIDANCE if kind is FactKind.PRIOR_GUIDANCE and any(f.kind is FactKind.GUIDANCE and f.sentence == s for f in facts)
                       else kind)
            st.announced = False
    if len(facts) > 1:
        st.period = lead_kept(facts, st)  # "..., and 12.4 million in the first half.": the quarter the sentence led with stays
    if len(facts) > 1 and any(f.kind is FactKind.PRIOR_GUIDANCE for f in facts):
        _align_revisions(facts)
    if facts and may_match(s, ("basis", "items", "excluding the", "excluding that", "excluding this", "excluding those", "excluding these", "excluding fuel")):
        facts = basis_after(s, facts, qs, ctx)
    if len(facts) > 1 and "respectively" in s:
        facts = basis_respectively(s, facts, qs)
    if len(qs) == 1 and len(facts) == 1 and " and " in s and len(cues) > 1:
        facts = _shared_move(s, cues, qs[0], facts)
    if any(f.kind is FactKind.GUIDANCE for f in facts) and _RECALLED.search(s):
        facts = [f.model_copy(update={"kind": FactKind.PRIOR_GUIDANCE})
                 if f.kind is FactKind.GUIDANCE and period_over(f.period, ctx) else f for f in facts]
        if st.future and st.period is not None and period_over(st.period, ctx) and facts[-1].kind is FactKind.PRIOR_GUIDANCE:
            st.future = False  # the closed year's recalled guide: the figures after it are that year's results, not an outlook
    if len(facts) > 1 and any(f.kind is FactKind.PRIOR_GUIDANCE for f in facts):
        facts = recalled_change(facts)
    if facts and "ncrease" in s:
        facts = price_letters(s, facts, ctx)
    if facts:
        facts = rebased(s, facts, ctx)  # a base's period words date the base alone
    # breakeven of a line named after it ("close to breakeven on an EBITDA basis") or stated of its subject ("adjusted EBITDA
    # was roughly breakeven", "we were breakeven") is read with no metric or kind cue found before it
    line_even = "reak" in s and (_BREAKEVEN_LINE.search(s) is not None or _EVEN_STATED.search(s) is not None)
    # a way said of a measure the table has no name for ("we expect maintenance expense to decline") is read too
    unnamed = not cues and ctx.role is not Role.ANALYST and might_be_qualitative(s)
    # "Gross margin was 12.0%. We expect it to be lower next year.": an outlook of "it" with no metric named, of the rate before
    # (only a margin or a rate: after "orders were up 35%" or "it's down 3%", "it" is as often the business talked of)
    told_of_it = (not cues and not qs and " it to " in s[:50] and st.metric is not None and st.metric.endswith(("margin", "rate"))
                  and st.unit in ("%", "bps") and might_be_qualitative(s))
    if told_of_it and not kcues:
        kcues = kind_cues(s)
    if ((cues or ctx.segments is not None or line_even or unnamed or told_of_it) and (kcues or unnamed or ("think" in s or "believe" in s) and _VIEW_WAY.search(s) or line_even)
            and ctx.role is not Role.ANALYST and not s.rstrip().endswith("?")):
        if (line_even or unnamed) and not cues and not kcues:
            kcues = kind_cues(s)  # read above only for a sentence with a metric named
        # the way said of another's figure ("industry sales are expected to decline 12%") is no outlook of the company's;
        # read only here, where it counts: most numbers no figure is made of are years and dates, in sentences that never get here
        others = [q for q in found if q not in figures and not_ours(q, s)] if len(figures) < len(found) else []
        facts += _qualitative(s, cues, kcues, qs + others if others else qs, ctx, st, line, page, facts)
    if (opening and facts and facts[0].metric == "segment_revenue" and facts[0].kind is FactKind.ACTUAL and ctx.role is not Role.ANALYST
            and (name := segment_lead(s) or _PART_OPENS.match(s) and _PART_OPENS.match(s).group("name")) is not None
            and not P.find_cues(name)):
        # "Harvest Systems net sales were $3.1 billion, ...": a paragraph that opens on one part's sales goes on about that
        # part, so its operating margins are the part's and its bare "net sales" too
        st.by_part, st.part = True, st.part or name
    if st.by_orders and facts and not _SALES_NAMED.search(s):
        # "Here are product orders by region. The Americas was up 14%, ...": the parts' moves are orders
        facts = [f.model_copy(update={"metric": "bookings"}) if f.metric in ("segment_revenue", "customers") and f.unit == "%" else f
                 for f in facts]
    if aside:
        st.lead_basis = None
    if facts and qs and pcues and st.period is not None and ctx.role is not Role.ANALYST and ctx.fiscal_quarter and pcues[-1].start > qs[-1].end:
        _trailing_span(s, qs[-1].end, pcues, ctx, st)
    return facts


_SUBJECT_WORD = re.compile(r"\b(?:we|I|they|it|he|she|you|this|that|these|those)\b", re.I)
_CLAUSE_AFTER = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s|;\s", re.I)


def _trailing_span(s: str, last: int, pcues: list, ctx: Context, st: State) -> None:
    """"About $180 million should come back in the third quarter, and most of the rest by the end of the fiscal year."
    "Operating cash flow of about $1.7 billion would be ...": a clause after the sentence's last figure, with no figure
    and no subject of its own (it shares the verb of the clause before), that names a span (not as a base) leaves that
    span in force for the figures after it, as a sentence without figures would; an outlook's span only for an
    outlook's figures (`State.future`)."""
    c = pcues[-1]
    if c.rel in NOT_A_SPAN_IN_FORCE or (brk := _CLAUSE_AFTER.search(s, last, c.start)) is None or _SUBJECT_WORD.search(s, brk.end(), c.start) \
            or comparison_cue(s, c):
        return  # (a clause with a subject of its own tells of something else: "..., and we finished with a strong fourth quarter")
    future = st.future or future_cue([c], ctx, s) or cue_ahead(c, ctx, s)
    period = P.resolve(c, ctx.fiscal_year, ctx.fiscal_quarter, future, ctx.fiscal_half)
    if period is not None and period != st.period:
        st.period, st.future = period, future


CORRECTED = re.compile(r"\b(?:the\s+)?(?:right|correct|actual|accurate)\s+(?:number|figure|growth(?:\s+rate)?|rate|percentage)\s+(?:is|was|should\s+be)\b"
                        r"|\bshould\s+have\s+(?:said|been)\b|\bI\s+misspoke\b", re.I)
"""A speaker correcting a figure just given: the corrected figure is of the same measure."""
_OUTLOOK_STEMS = ("guid", "range", "outlook", "impl", "expect", "forecast")
_FIGURE_BEFORE = re.compile(r"^\W*(?:(?:and|but)\s+)?the\s+(?:(?:[\w-]+\s+){0,2}?(?:figure|number|total)\s+(?:of\s+)?)?$", re.I)
_STANDS_AFTER = re.compile(r"\s+(?:is|was)\s+(?:still\s+)?(?:right|correct|accurate|unchanged)\b", re.I)
_BEFORE_AFTER = re.compile(r"\s+before\s*(?:[.,;]|$)", re.I)
_HAD_BEFORE = re.compile(r"\s+(?:that\s+|which\s+)?we\s+had\s+(?:given\s+|out\s+)?(?:before|previously|earlier)\s*(?:[.,;]|$)", re.I)
_SET_AGAINST_OLD = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|(?:up|down)\s+from|from)\s+(?:the\s+)?(?:about\s+|roughly\s+|approximately\s+)?$", re.I)
""""compared with 2.0% to 3.5% before": after a guided figure, the one it replaces ("before the charge" names no earlier outlook)."""
_PREVIOUSLY = re.compile(r"\s+(?:previously|prior)\b(?![\s-]+(?:year|quarter|period|month))", re.I)
_SIGNED_ASIDE = re.compile(r"\(\s*[-+−–]\s*\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*\)", re.I)
_PLUS_OPEN = re.compile(r"\(\s*\+\s*$")
_DOWN_WORD = re.compile(r"\b(?:down|decreas\w*|declin\w*|fell|dropped|lower|negative)\b", re.I)
_GROWTH_WORD = re.compile(r"\bgrowth\b", re.I)
_GROWTH_OF_THAT = re.compile(r"\b(?:that|this|which)(?:'s|\s+is|\s+would\s+be|\s+represents|\s+implies|\s+means)\s+(?:\w+\s+){0,2}?"
                             r"(?:growth|an?\s+increase|an?\s+decline|an?\s+decrease)\s+of\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?$", re.I)
"""'that is growth of about 9%' after an amount: the growth of the amount just given."""
_PRONOUN_MOVED = re.compile(r"(?:It|That|This|They)(?:\s+(?:line|business|segment|division|unit|arm))?(?:'s|\s+is|\s+was|\s+were|\s+has|\s+have)?\s+"
                            r"(?:(?:also|now)\s+)?(?:been\s+)?(?:grew|grown|rose|increased|declined|decreased|fell|climbed|up|down|growing|"
                            r"an?\s+(?:increase|decrease|decline|rise|drop|gain)\s+of)\s+(?:by\s+)?"
                            r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|around\s+|almost\s+|over\s+)?")
"""A sentence whose subject is the amount just given, moving by a rate: "It grew 6%", "This is up 23%", "They were down 4%"."""
_YOY_RIGHT_AFTER = re.compile(r"\s+(?:year[-\s](?:over|on)[-\s]year|YoY|y/y)\b", re.I)
_IS_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|actually\s+)?$", re.I)
_BASE_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|over|from|than|against|relative\s+to)\s+(?:the\s+|a\s+|our\s+)?(?:[\w'-]+\s+){0,2}?$"
                          r"|\bbase\s+(?:in|of|for)\s+$"
                          # a guided rise "on top of a 4% rise in Q4 of last year": the period of the growth lapped
                          r"|\b(?:on\s+top\s+of|lapping|lapped|laps)\s+[^,;.]{0,40}$", re.I)
_THIS_NAMED = re.compile(r"\b(?:this|current)\b", re.I)
_BASE_CUE = re.compile(r"(?:year|quarter)[-\s]+(?:over|on)[-\s]+(?:year|quarter)|(?:a\s+)?(?:year|quarter)\s+ago", re.I)
_TIME_BETTER = re.compile(r"\s+hours?\s+(?:better|faster|quicker|shorter|lower|less|fewer)\b", re.I)
_COUNT_VERB = re.compile(r"\b(?:opened|closed|added|hired|drilled|completed|acquired|remodeled|remodelled|relocated|signed|built|"
                         r"brought\s+online|turned\s+in\s+line|connected|sold|shipped|delivered)\s+(?:about\s+|roughly\s+|another\s+|over\s+|nearly\s+)?$", re.I)
_PER_HOURS = re.compile(r"\s+per\s+(?:one\s+)?(?:million|200,000|100,000)\s+(?:man[-\s]|employee\s+|labou?r\s+|exposure\s+)?hours\b", re.I)
_SAFETY_WORDS = ("injur", "ltif", "trif", "trir", "ltir", "incident rate")
_SAFETY_RATE = re.compile(r"\b(?:LTIFR|TRIFR|TRIR|LTIR|(?:lost[-\s]time|recordable)\s+(?:injury|incident)\s+(?:frequency\s+)?rate|injury\s+frequency\s+rate)\b"
                          r"[^.;$€£%]{0,90}?\b(?:was|were|is|of|at|to|improved\s+to|fell\s+to|rose\s+to|came\s+in\s+at|stood\s+at|from)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
"""A safety rate: injuries per million (or 200,000) hours worked, named by its acronym or its words before the figure (an aside
on whom it counts may come between)."""
_BARE_RANGE_END = re.compile(r"\s*(?:[.,;:?!)]|$|(?:range|band|guid\w*|outlook|target|for|in|this|next|is|was|and|or|but|at|implies|means|would)\b)", re.I)
"""After a range said again without its unit: the sentence goes on, not a noun that would be what it counts ("2 to 3 quarters")."""
_STOCK_LINK = re.compile(r"(?:\b(?:and|so)\s+(?:we\s+)?(?:now\s+)?(?:have|employ|operate|run|serve)|\b(?:base|count|total|network|fleet|roster)\s+(?:is|was|stands\s+at|stood\s+at|"
                         r"reached|came\s+to)(?:\s+now)?)\s+(?:(?:about|roughly|around|approximately|nearly|almost|just|over|under|more\s+than|close\s+to|some|just\s+(?:over|under))\s+)?$", re.I)
"""The stock the count just given adds to: "added 310 technicians ... and now employ about 7,950", "signed 112 new vendors and
now have about 640 live", "onboarded 6,900 new carriers, and our active carrier base is now over 71,000"."""
_COUNT_DO = re.compile(r"\b(?:open(?:ing)?|clos(?:e|ing)|add(?:ing)?|hir(?:e|ing)|drill(?:ing)?|complet(?:e|ing)|acquir(?:e|ing)|sign(?:ing)?|"
                       r"build(?:ing)?|ship(?:ping)?|deliver(?:ing)?|remodel(?:ing)?|launch(?:ing)?|install(?:ing)?)\s+(?:another\s+|between\s+)?$", re.I)
"""A count verb not in the past: "... and we expect to open about 50 this year", "plan on adding another 20", "to open
between 40 and 45"."""
_RANGE_OF = re.compile(r"\b(?:range|guidance|outlook|target)\s+of\s+(?:about\s+|approximately\s+)?$|\b(?:the|our|a)\s+$", re.I)


_PLURAL_NEXT = re.compile(r"\s+([a-z][a-z-]*[a-z]s)\b")
_LOSSES_NEXT = re.compile(r"(?:['’]s)?\s+(?:operating\s+|net\s+)?loss(?:es)?\b", re.I)


def _noun_metric(noun: str) -> str:
    """The count metric of a plural noun no metric cue names: goods shipped, people, buyers, or other."""
    noun = noun.lower()
    return ("units" if noun in _GOODS or _GOODS_NOUN.fullmatch(noun) else "headcount" if noun in _PEOPLE
            else "customers" if noun in _BUYERS else "other")


_TIME_TAKEN = re.compile(r"\b(?:(?:average|turn|lead|turnaround|processing|cycle)\s+)?time\s+(?:it\s+takes\s+|taken\s+|needed\s+)?(?:to|from|for)\s"
                         r"[^.;]{0,70}?\s(?:to|from|at)\s+(?:about\s+|roughly\s+|around\s+|just\s+)?$", re.I)
_NOT_THAT = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|percent|days?|times|x|(?:basis\s+)?points?|bps|[mb]illion)?\s*,\s+not\s+$", re.I)
_ASKED_COUNT = re.compile(r"\b(?:how\s+many|what\s+(?:were|was|are|is))\s+(?:the\s+|your\s+)?(?:[a-z-]+\s+){0,2}?([a-z][a-z-]*[a-z]s)"
                          r"\s+(?:(?:per|a|each)\s+(?:day|week|month)|(?:in|for)\s+the\s+quarter|this\s+quarter|at\s+(?:the\s+)?(?:end|close))\b", re.I)
_ANSWER_OPENS = re.compile(r"\W*(?:(?:so|well|yes|yeah|sure)\W+)?(?:(?:about|roughly|around|approximately|nearly|just\s+(?:over|under))\s+)?$", re.I)


def _asked_count(q: Quantity, s: str, question: str) -> str | None:
    """The plural noun a question asks the number of, when the answer opens on a bare number in the thousands ("What
    were admissions per day?" "About 27,000 ..."), or on any whole number (or millions of them) after "how many
    <things>" ("How many regional jets will you fly?" "About 140."), or None."""
    if q.unit is not None or q.kind != "number":
        return None
    lowered = question.lower()
    if not may_match(lowered, ("how many", "what w", "what i", "what a")):
        return None
    if "how many" in lowered and (noun := _how_many_noun(question[-_QUESTION_CHARS:])) is not None and _answers_with_count(q, s, noun):
        return noun
    if q.scaled or "," not in q.text or not _ANSWER_OPENS.match(s, 0, q.start):
        return None
    m = None
    for m in _ASKED_COUNT.finditer(question[-_QUESTION_CHARS:]):
        pass
    return m.group(1) if m is not None and m.group(1).lower() not in NOT_COUNTED else None


_HOW_MANY = re.compile(r"\bhow\s+many\s+(?:more\s+)?(?:(?:of\s+(?P<those>those|them|these)\b)|(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][a-z-]*[a-z]s(?<!ss)|aircraft|people|staff)\b)", re.I)
_PLURAL_NOUN = re.compile(r"\b([a-z][a-z-]*[a-z]s)(?<!ss)\b")
_COUNT_ANSWER_OPENS = re.compile(
    r"\W*(?:(?:so|well|yes|yeah|sure|today|now|currently)\W+)?(?:(?:we|we['’]ve|we\s+have)\s+(?:now\s+)?(?:have|had|added|opened|placed|signed|closed|"
    r"hired|employ|connected|installed|delivered|ended\s+(?:the\s+\w+\s+)?with|expect(?:\s+to\s+\w+)?|plan\s+to\s+\w+)\s+)?"
    r"(?:(?:about|roughly|around|approximately|nearly|almost|close\s+to|just\s+(?:over|under)|a\s+little\s+(?:over|under)|over|under|more\s+than)\s+)?$", re.I)
_COUNT_ANSWER_ENDS = re.compile(r"\s*(?:[.,;:!?]|$|(?:in|by|at|for|this|last|so|and|of|across|through|over|today|now|a|per|each)\b)", re.I)


def _how_many_noun(question: str) -> str | None:
    """The things the question's last "how many" asks of: its plural noun, or for "how many of those", the plural named
    before it ("the digital clients, 7.4 million, how many of those are ..."); None for time, parts of the call or ideas."""
    m = None
    for m in _HOW_MANY.finditer(question):
        pass
    if m is None:
        return None
    noun = m.group("noun")
    if noun is None:
        noun = next((n.group(1) for n in reversed(list(_PLURAL_NOUN.finditer(question, 0, m.start())))
                     if n.group(1).lower() not in NOT_COUNTED), None)
    return noun if noun is not None and noun.lower() not in NOT_COUNTED else None


def _answers_with_count(q: Quantity, s: str, noun: str) -> bool:
    """Does the answer open on a bare whole number (or millions of them) with no noun of its own after it ("About 140.",
    "We opened 12 in the quarter", "About 2.4 million, and ...")?"""
    v = q.value if q.value is not None else q.low
    if v is None or v < 1 or (not q.scaled and v != v.to_integral_value()):
        return False
    if not q.scaled and "," not in q.text and 1980 <= v <= 2049:
        return False  # a year
    if not _COUNT_ANSWER_OPENS.match(s, 0, q.start) or not _COUNT_ANSWER_ENDS.match(s, q.end):
        return False
    after = _PLURAL_AFTER_WORD.match(s, q.end)
    return after is None or after.group(1).lower() == noun.lower()


_PLURAL_AFTER_WORD = re.compile(r"\s+(?:[a-z][\w-]*\s+)?([a-z][a-z-]*[a-z]s)\b", re.I)


def _like_count(q: Quantity, last: Fact, s: str) -> bool:
    """A bare number or range of the same size as the count just given, recalled as a range or an outlook
    ("212 thousand boe per day, at the top end of the 205,000 to 212,000 range")."""
    ref = last.value if last.value is not None else last.high
    here = q.value if q.value is not None else q.high
    if not ref or not here or not (Decimal("0.5") <= here / ref <= Decimal("2")):
        return False
    if q.low is not None:
        return True
    return _RANGE_OF.search(s, max(0, q.start - 30), q.start) is not None or RESTATED_GUIDE.search(s, max(0, q.start - 40), q.start) is not None


_OF_WHICH = re.compile(r"\bof\s+(?:which|whom)\s+(?:(?:about|approximately|around|roughly|nearly|almost|some|over|under|"
                       r"more\s+than|just\s+(?:over|under))\s+)?$", re.I)
"""'69 rigs, of which 11 were ...', '41,300 towers, of which around 27,900 are in ...': a part of the count just given ("11 of those 27" restates the whole)."""
_MORE_THAN_BASE = re.compile(r"\s+(?:more|fewer|less)\s+than\s+(?:(?:we|they|it)\s+(?:had|did|reported|ended\s+with|were\s+at)\s+)?(?:(?:in|at|during|on|by)\s+)?(?:the\s+)?"
                             r"(?:(?:end|start|close)\s+of\s+(?:the\s+)?)?(?:a\s+year|last|prior|previous|same|first|second|third|fourth|year[-\s]end|Q[1-4]|20\d\d|"
                             r"January|February|March|April|May|June|July|August|September|October|November|December)\b", re.I)
"""A bare number then the base it has moved from ("3,100 more than in the second quarter", "37 more than at the end of June")."""
_COUNT_LINK = re.compile(r"\b(?:(?:and|or)\s+(?:[a-z]+\s+)?|to\s+|with\s+|at\s+|reach(?:ed|ing)?\s+)$")
"""Words that join a bare number to the count just given: "opened 18 new stores and closed 6", "ended with 1,300"."""
_MOTION = re.compile(r"\b(?:goes|go|going|moves?|moving|rises?|rising|climbs?|ramps?|ramping|steps?\s+up)\s+(?:up\s+|down\s+)?from\s+$", re.I)
_COUNTED_AS = frozenset({"bookings", "backlog", "inventory", "buyback", "units"})
# the company (or a part of it) the subject of a verb that makes or moves what it sells, right before the count: the
# count is its volume whatever the noun ("we shipped 38 million handsets", "we placed 412 analyzers", "the gins produced
# 640,000 bales", "we booked 312 million room nights"); not bought, opened, signed or added, and not the industry's
_VOLUME_VERB_BEFORE = re.compile(
    r"(?:\b(?:we|I)\s+|\b(?:our|the|its)\s+(?!(?:industry|market|sector|country|world|economy|government|state)\b)(?:[\w-]+\s+){0,3}?)"
    r"(?:(?:have|had|also|now|then|just|already|together|again|still)\s+){0,2}"
    r"(?:shipped|sold|delivered|handled|carried|booked|produced|placed|built|manufactured|processed|installed|transported|flew)\s+"
    r"(?:(?:a\s+record(?:\s+of)?|a\s+total\s+of|about|around|roughly|approximately|nearly|almost|some|over|more\s+than|"
    r"just\s+(?:over|under)|close\s+to|another|an\s+additional|a\s+further)\s+)*$", re.I)
# what a company sells off or signs is no volume of its trade: "we sold 3 plants", "we placed 2 orders"
_NOT_A_VOLUME = frozenset("plants facilities properties buildings businesses assets stakes companies warehouses sites mines "
                          "towers portfolios divisions subsidiaries loans leases contracts agreements licenses acquisitions "
                          "deals projects orders shares bonds notes securities interests entities units "
                          "mtpa mmtpa ktpa".split())  # tonnes a year: what a plant can make, its capacity
_VOLUME_LINK = re.compile(r"\s+(?:there\s+|here\s+)?(?:was|were|is|are|averaged|reached|totaled|totalled|of)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?", re.I)
"""'average daily volume was 19.6 million contracts': the volume counted in a generic noun, said right after its name."""
_COUNTED = COUNT_METRICS | {"bookings", "backlog"}
_OWNED_MEASURE = re.compile(r"['’]s?\s+(?!(?:net\s+|total\s+|product\s+)?(?:sales|revenues?|growth)\b)[a-z]", re.I)
_OWN_NOUN = re.compile(r"\s+(?!(?:net|total|product|organic|segment|sales|revenues?|growth|and|or|of|in|at|to|on|for|with|by|as|from|which|that|who|"
                       r"where|while|now|also|again|still|then|once|alone|itself|only|will|would|should|could|can|may|might|must|is|are|was|were|"
                       r"has|have|had|did|does|do|be|been|being|not|grew|rose|fell|sold|came|made|saw|led|took|brought|drove|won|kept|held|ran|"
                       r"went|got|set|put|cut|hit|beat|lost|spent|paid|built|bought|left|stood|dipped|slid|grows|remains|continues|accounts|makes|"
                       r"represents|contributes|delivers|generates|posts|here|there|this|last|next|year|quarter|we|i|you|they|it|he|she|us|up|down|higher|lower|"
                       r"flat|ahead|behind|off|about|roughly|approximately|nearly|almost|over|under|more|less|business(?:es)?|segments?|divisions?|"
                       r"units?|arm|lines?|franchise|brands?|platforms?|portfolio|operations?|group|side|products?|services?|[a-z]+ing)\b)"
                       r"[a-z]+(?<!ed)(?<!ly)\b(?![-'’])")
"""'Total sportsbook handle was ...', 'Beer depletions fell 2%': a noun right after a part's name is a measure it owns, not its sales."""
_SHARE_OF_PART = re.compile(r"\bshare\s+of\s+(?:[\w.]+\s+){0,2}$", re.I)
_SHARE_OF_OTHER = re.compile(r"\s+of\s+(?!(?:(?:the|our|its|this|that|total|group|company|net|consolidated)\s+)*(?:revenues?|sales|turnover|segment|division|business|unit|group|total|it|that|this)\b)", re.I)
_PRONOUN_COMPARED = re.compile(
    r"(?:^|,\s+(?:and|but|though|while)\s+|^(?:(?:Against|Compared\s+(?:with|to)|Versus|Relative\s+to)\s+[^,]{3,40}|Sequentially|Year\s+over\s+year),\s+(?:though,\s+)?)"
    r"(?:it|that|this|they)(?:['’]s|\s+is|\s+was|\s+were)\s+(?:(?:also|now|still)\s+)?(?P<dir>(?:up|down)\s+)?(?:by\s+)?"
    r"(?:(?:about|roughly|approximately|nearly|around|almost|over|some)\s+)?$", re.I)
_COMPARED_AFTER = re.compile(r"\s+(?:more|less|higher|lower|above|below|ahead\s+of|behind|better|worse|up|down)\b", re.I)
"""A pronoun for the amount just given, held against another period: "That is 9% more than ...", "it was 3% below ..."."""
_VOLUME_IS = re.compile(r"\s+(?:there\s+)?(?:(?:was|were|is|averaged|reached|running|ran|came\s+in|stood|rose\s+to|grew\s+to|at|of)\s+)+"
                        r"(?:(?:about|roughly|approximately|around|nearly|an\s+average\s+of)\s+)?")
"""A volume whose figure follows it as its level ("average daily volume was 19.6 million contracts"), not a count later in
its clause ("housing units in 30 cities")."""
_DEFINITION = re.compile(r",\s*(?:(?:which|that)\s+)?(?:(?:we|is|are)\s+)?(?:defined?|calculated|computed|measured)\s+as\s+[^,;]{3,120}?,", re.I)


def _outside_definitions(s: str, cues: list) -> list:
    """Drop the metrics named inside a defining aside: "Adjusted EBITDA, defined as segment profit plus D&A,
    was $31 million" is EBITDA, not depreciation."""
    spans = [(m.start(), m.end()) for m in _DEFINITION.finditer(s)]
    return [c for c in cues if not any(a <= c[0] < b for a, b in spans)] if spans else cues


def _bought_shares(cues, at: int) -> bool:
    """A share count after the buyback it measures: "we bought back $90 million of stock, or about 1.1 million shares"."""
    before = [c for c in cues if c[1] <= at and c[2] in ("buyback", "share_count")]
    return bool(before) and before[-1][2] == "buyback"


_BUYBACK_VERB = re.compile(r"\b(?:repurchas\w*|bought\s+back|buy(?:ing)?\s+back|retir(?:ed|ing))\s+(?:(?:about|roughly|approximately|another|nearly|over)\s+)?$", re.I)
_PEOPLE = frozenset("advisors advisers agents reps representatives engineers salespeople bankers brokers consultants "
                    "professionals nurses drivers pilots technicians workers hires underwriters analysts scientists developers specialists "
                    "recruiters trainees apprentices recruits conductors crews teammates colleagues coworkers co-workers staffers".split())
_BUYERS = frozenset("buyers shoppers sellers payers cardholders students patients employers consumers riders".split())
"""Those who buy or sell through the company, counted ("41 million active buyers", "about 300,000 monthly unique payers"),
and those it serves ("52,000 students", "1,400 patients on therapy"): its customers, like members and accounts."""
_GOODS = frozenset("cases tests vaccines doses gallons liters litres tonnes tons barrels ounces pounds boxes packages parcels meals "
                   "mt mmt kt boe boe/d boepd bbl bbls bbl/d b/d mcf mcfe mcf/d mcfe/d mmcf mmcfe mmcf/d mmcfe/d bcf bcfe bcf/d bcfe/d mmbtu "
                   "kits bottles cans tins cartons packs pouches pairs pieces items cars trucks aircraft vessels ships homes wafers devices systems rooms megawatts gigawatts mw gw "
                   "carloads containers loads teus berths rigs fleets prescriptions scripts exams "
                   # a service done is counted as a hospital's admissions are: "3.1 billion trips", "reservations passed 8 million"
                   "trips rides journeys reservations".split())
# units shipped or made of a kind the list above cannot hold: vessel classes ("41 Capesizes"), energy ("1.4 gigawatt hours",
# heat in "2.6 petajoules")
_GOODS_NOUN = re.compile(r"\w+(?:maxes|sizes)|vlccs|(?:giga|mega|tera)watt[-\s]hours|gwh|mwh|twh|(?:tera|peta)joules|pj")
_YEAR_OWN_DIVIDEND = re.compile(r"\b(?:for|in)\s+(?:(?:fiscal|FY)\s*)?(?:20\d\d|this\s+(?:fiscal\s+)?year)\b", re.I)
_PERFECT_DONE = re.compile(r"\b(?:has|have|is|was)\s+(?:already\s+)?(?:been\s+)?(?:paid|declared|approved|distributed|set|fixed)\b", re.I)
_OVER_YEARS_WORDS = ("year", "annual", "over time", "keep ", "going forward", "future")
_DIVIDEND_OVER_YEARS = re.compile(r"\b(?:(?:a|per|each|every)\s+year|annually|over\s+time|going\s+forward|future\s+(?:annual\s+)?(?:increases|raises|growth)"
                                  r"|keep\s+(?:on\s+)?(?:growing|raising|increasing|lifting)|continue\s+to\s+(?:grow|raise|increase|lift))\b", re.I)
"""A dividend's growth said over the years: a standing aim (target), where no period is named."""
_OWN_GOAL_FIGURE = re.compile(r"(?:(?!\band\b)[^,;:.\d$€£¥])*?\b(?:of|at|is|are|to|out|between)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|at\s+least\s+|up\s+to\s+)?", re.I)
"""A goal word, then the figure it names ('policy of paying out 35%', 'target of 39%'): that figure is the goal's own."""
_PLUS_A = re.compile(r"\b(?:plus|and)\s+(?:a|an)\s+$", re.I)
_ORDERS_OF = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:orders|order\s+intake)\b", re.I)
_BOOKED_BEFORE = re.compile(r"\b(?:booked|booking|bookings|orders?|order\s+intake|awards?|won)\b[^.;$]{0,24}$", re.I)
_TIMES_REVENUE = re.compile(r"\s*(?:(?:times|x)\s+)?(?:its\s+|their\s+|our\s+|the\s+(?:segment's\s+|division's\s+)?)?(?:(?:segment|division)\s+)?(?:revenues?|sales|billings)\b", re.I)
_MARKET_COUNT = re.compile(r"(?<![\w.])(?<!\b[Oo]ur\s)(?<!\b[Ii]ts\s)(?!(?i:our|its)\b)(?:(?i:the|industry|market)|[A-Z][\w.]*)\s+(?:[\w.-]+\s+){0,3}?(?i:rig\s+counts?)\b")
"""The market's rig count (a survey of the industry) beside the company's own rigs, which are `units`."""
_PER_DAY = re.compile(r"\s*(?:per|a|/)\s*day\b", re.I)
_DAY_RATE = re.compile(r"\b(?:rates?|earned|earn|earns|earning|fixed|TCE|charter|dayrates?|averaged|average\s+of|at)\b", re.I)
_ALREADY_DONE = re.compile(r"\s+(?:(?:of\s+(?:it|that|which)|[\w-]+)\s+)?(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)?already\s+(?:been\s+)?"
                           r"(?:realized|realised|achieved|delivered|captured|booked|spent|done|completed|paid|returned|in\s+hand|banked|secured)\b", re.I)
_CUT_AT_MIDPOINT = re.compile(r"\b(?:took|taken|take|takes|taking|cut|cutting|trimmed|removed|lowered|reduced)\b[^.;:?!]{0,80}?\bat\s+the\s+midpoint\b", re.I)
_YEARS_OWN = re.compile(rf"\b(?:{FISCAL}\s+(?:year\s+)?|FY\s?)?((?:19|20)\d\d)['’]s\s+(?:(?:about|roughly|approximately|around|nearly)\s+)?$", re.I)
"""'fiscal 2025's $6.31 billion': an amount owned by the year said right before it."""
_AT_THE_LEVEL = re.compile(r"\s+at\s+the\s+", re.I)
_BREAKEVEN = re.compile(r"\bbreak-?even\b", re.I)
_LOST_SAID = re.compile(r"\blost\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|just\s+(?:over|under)\s+)?$")
_LOST_BY = re.compile(r"(?:^|\b(?:we|company|firm|group)|(?<![.!?]\s)\b[A-Z][A-Za-z&]+)\s+(?:also\s+|again\s+|still\s+)?(?:lost|lose)\s+"
                      r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|just\s+(?:over|under)\s+)?$")
_OR = r"\s*,?\s*or\s+(?:a\s+loss\s+of\s+)?"
_A_SHARE = r"(?:per|a)\s+(?:(?:basic|diluted|fully\s+diluted|common)\s+(?:and\s+diluted\s+)?)?share\b"
_PER_SHARE_LEVEL = re.compile(rf"\s*{_A_SHARE}"
                              r"(?!\s+(?:of|to|from|on|due|because|as|related|associated|attributable|in\s+(?:earnings|EPS|profit)))", re.I)
_OR_SAID = re.compile(_OR, re.I)
_PER_SHARE_NEXT = re.compile(rf"\s*{_A_SHARE}", re.I)
_OR_PER_SHARE = re.compile(rf"{_OR}[$€£]?\d[\d.,]*\s*(?:cents?\s+)?{_A_SHARE}", re.I)
""""we lost $0.07 per share", "the company lost 8 cents a share": the company's own loss said with a verb, not a fall;
"lost $0.05 per share to currency" and "the strike lost us $0.03 a share" stay effects."""
_MISSED_PLAN = re.compile(r"\s+below\s+(?:the\s+)?(?:(?:low|high|top|bottom|upper|lower)\s+end\s+of\s+|mid-?point\s+of\s+)?(?:our\s+|the\s+|market\s+|street\s+|analysts?['’]?\s+)?"
                          r"(?:prior\s+|previous\s+|original\s+|initial\s+|internal\s+|own\s+)?(?:guidance|guide|outlook|forecast|budget|plan|consensus|expectations?|estimates?)\b", re.I)
_SCOPE_GAP = re.compile(r"\s+(?:in|at|across|within|for)\s+(?:the\s+|our\s+)?", re.I)
_TAKEN_OUT = re.compile(r"\b(?:excluding|ex|excl\.?|without|less|net\s+of)\s+(?:the\s+)?$", re.I)
_BUCKET_OF_LOANS = re.compile(r"\b(?:loans?|NPLs?|receivables|balances|accounts|arrears|credits)\s+$", re.I)
_BELOW_ANOTHER_PART = re.compile(r"\s+below\s+(?:(?:that|those)\s+of\s+(?:the|our)\s+[\w-]+|(?:the|our)\s+[\w-]+(?:['’]\s|['’]s\b))", re.I)
""""150 basis points below the stores'", "below that of the wholesale arm": another part's rate, named by its owner."""
_PROVISION_BENEFIT = re.compile(r"\b(?:was|were|is|came\s+in\s+as|amounted\s+to|with)\s+an?\s+(?:net\s+)?(?:benefit|release|reversal|recovery)\s+of\s+"
                                r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?$", re.I)
"""'Cost of credit was a benefit of $129 million': the provision turned into a credit, below zero."""
_LOSS_AFTER = re.compile(r"\s+(?:in|of)\s+(?:pre-?tax|net|operating|segment|after-?tax)\s+loss(?:es)?\b(?!\s+(?:reversed|reversals?|recover\w*|reserves?\b|and\s+(?:loss\s+adjustment|LAE)\b))", re.I)
_PROFIT_WORD = re.compile(r"\b(?:profit(?:s|able)?|positive|gain|earn(?:ed|ing)?|break[-\s]?even)\b", re.I)
"""A carried measure said as a profit: no longer the loss before it."""
_IT_WAS = re.compile(r"\s*(?:(?:no|yes|actually|well)\s*,?\s+)?(?:it|that)\s+(?:was|is)\s+(?:actually\s+)?(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+)?", re.I)
_ASKED_LOSS = re.compile(r"\bloss(?:es)?\s+(?:was|were|is|came\s+in\s+at)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+)?"
                         r"(?:[A-Z]{1,3}\$?\s?|Rs\.?\s?|[$€£¥])?\d", re.I)
"""A loss the analyst quotes ("the loss was $48 million this quarter?") that an answer's bare "No, it was ..." restates."""
_BARE_LOSS = re.compile(
    r"(?:\b(?:the|its|their|our|this|that)\s+(?:(?:year-to-date|YTD|quarterly|annual|full-year|half-year|(?:first|second)-half|"
    r"(?:first|second|third|fourth)-quarter|Q[1-4]|underlying|adjusted|reported"
    # a unit's own loss ("the software loss", "the segment's loss"), not an item's ("the currency loss")
    r"|(?!(?:tax|credit|impairment|currency|fx|exchange|translation|hedg\w*|actuarial|pension|investment|trading|insurance|underwriting|"
    r"catastrophe|cat|disposal|valuation|loan|casualty|one-time|non-cash|mark-to-market|fair-value|derivative|book|paper|weather|storm|"
    r"flood|fire|deal|sale|divestiture|extinguishment|debt|hyperinflation|monetary|accounting|first|second|third|fourth|next|same|whole|entire|total|full)\b)"
    r"[a-z][a-z-]+(?:['’]s)?)\s+)?loss(?:es)?\s+(?:before\s+(?:income\s+)?tax(?:es)?\s+"
    r"(?:(?:in|at|of|for)\s+(?:the\s+)?[\w&'’.-]+\s+(?:[\w&'’.-]+\s+)?)?)?(?:(?:has|have|had)\s+)?"
    r"(?:is|was|were|came\s+in\s+at|came\s+to|stood\s+at|totall?ed|amounted\s+to|(?:come|came)\s+down|(?:been\s+)?(?:narrowed|shrunk|shrank|"
    r"fell|fallen|declined|dropped|improved|widened|grew|grown|rose|risen|increased|cut|reduced|narrowing|shrinking|improving|widening)"
    r"|to\s+(?:shrink|narrow|fall|decline|drop|improve|come\s+down|widen|grow|rise|increase|be|reach|total))"
    r"(?:\s+to(?:\s+[^\s;]+){1,4}?\s+from|\s+to|\s+from(?:\s+[^\s;]+){1,6}?\s+to|\s+from)?"
    r"|\b(?:was|were|is|are|had|posted|ran)\s+an?\s+(?:(?:small(?:er)?|slight|modest|larger|bigger|narrower)\s+)?loss(?:\s+again)?\s*,)"
    r"\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+|just\s+(?:over|under)\s+)?$", re.I)
"""A result said as a loss with no line named: "the year-to-date loss is", "the loss has come down from $5 million to", "we
expect that loss to shrink to", "was a small loss again, about", "the loss before taxes at the shipping unit was": below zero, as a segment loss is (an item's loss is named so,
or said on what it came from)."""
_LOSS_ON_ITEM = re.compile(r"\s+(?:in|of)\s+(?:[\w-]+\s+)?loss(?:es)?\s+(?:on|from|(?:associated|connected)\s+with|related\s+to|tied\s+to|linked\s+to|stemming\s+from)\b", re.I)
"""'$12 million of loss on disposal', '$80 million in operating losses associated with the plant closure': an item's
size, kept positive as 'a loss of $12 million on the sale' is."""
_LOSS_REVERSED = re.compile(r"\s+(?:in|of)\s+(?:(?:net|credit|realized)\s+)*loss(?:es)?\s+(?:reversed|reversals?)\b", re.I)
""""$9 million in net losses reversed": losses taken back, a gain."""
_ADVERSE_EFFECT_ON = re.compile(r"\b(?:negative|unfavou?rable|adverse)\s+(?:[\w-]+\s+)?(?:impact|effect)\s+(?:on|to)\s+(?:(?!(?:the|our|this|first|second|third|fourth|full)\s+(?:[\w-]+\s+)?(?:quarter|year|half)\b)[\w&'’-]+\s+){1,5}?of\s+"
                                r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$", re.I)
"""The effect named before the measure it hit, and the figure after it ("an adverse effect on operating profit of $5 million")."""
_COST_SUBJECT = re.compile(r"\b(?:SG&A|expenses?|costs?|opex|spending|interest\s+expense)\s+(?:(?:was|were|is|are|have\s+been|has\s+been)\s+)?(?:also\s+)?$", re.I)
_HIT_BY = re.compile(r"\b(?:(?:unfavou?rably|negatively|adversely)\s+(?:impacted|affected|hit)|burdened)\s+by\s+"
                     r"(?:(?!(?:offset|partly|partially|but|and|while)\b)[\w&'’-]+\s+){0,4}?(?:of\s+)?"
                     r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$", re.I)
_HIT_OBJECT_BY = re.compile(r"\b(?:unfavou?rably|negatively|adversely)\s+(?:impacted|affected|hit)\s+(?:(?!(?:offset|partly|partially|but|and|while|by)\b)[\w&'’.-]+\s+){1,5}?"
                            r"by\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$", re.I)
_HIT_OBJECT_HOW_BY = re.compile(r"\b(?:impact|affect|hit)(?:ed|s)?\s+(?:(?!(?:offset|partly|partially|but|and|while|by)\b)[\w&'’.-]+\s+){1,5}?"
                                r"(?:unfavou?rably|negatively|adversely)\s+by\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$", re.I)
"""What a measure was hit by, the measure said as the object ("the strong franc negatively impacted European sales by 3
points"): what it took away, as in the passive."""
_SAID_AGAIN_OR = re.compile(r",?\s+or\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+)?", re.I)
_NEG_AFTER = re.compile(r"\s+(?:per\s+share\s+|a\s+share\s+)?(?:unfavou?rable|behind|short\s+of|worse|dilutive)\b", re.I)
_PER_PLACE_AFTER = re.compile(r"\s+(?:range\s+)?per\s+(?:store|site|location|restaurant|branch|unit|property|hotel|clinic|door|facility)\b", re.I)
_SPEND_BEFORE = re.compile(r"\b(?:spend\w*|spent|invest\w*|cost\w*|capex|capital)\b(?:(?!\b(?:customers?|members?|visitors?|people)\b)[^.;])*$", re.I)
_DAYS_MEASURE = re.compile(r"\bdays?['’]?\s+(?:in\s+|of\s+)?(?:claims|payables?|supply|inventory|receivables?|sales\s+outstanding|cash|"
                           r"to\s+(?:close|collect|pay|sell))(?:\s+payable|\s+outstanding)?|\b(?:cycle|build|lead|turn|turnaround|processing|"
                           r"construction|delivery)\s+times?\b|\blength\s+of\s+(?:the\s+|a\s+|each\s+)?stays?\b|\bALOS\b|\bDPO\b|\b(?:(?:accounts\s+)?receivables?|inventory|(?:accounts\s+)?payables?)\s+turnover\b", re.I)
_SUPPLY_DAYS = re.compile(r"\bdays?['’]?\s+(?:of\s+)?supply\b", re.I)


def _days_metric(measure: str) -> tuple[str, str]:
    """The metric of a days measure: "days of inventory" is `dio`, "days sales outstanding" `dso`, days payable or
    claims payable and cycle times `other`."""
    low = measure.lower()
    if "inventor" in low:
        return "dio", measure
    if "outstanding" in low and "sales" in low or "receivable" in low:
        return "dso", measure
    return "other", measure


_OUT_FOR_DAYS = re.compile(r"\b(?:down|offline|off-line|idle|idled|shut(?:\s+down)?|out\s+of\s+service)\s+for\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|another\s+)?$", re.I)
_SPAN_BEFORE_DAYS = re.compile(r"\b(?:within|in|after|over|for|next|past|last)\s+(?:about\s+)?$", re.I)
_DAYS_LEVEL_BEFORE = re.compile(r"\b(?:is|was|were|are|at|with|versus|vs\.?|against)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|just\s+)?$", re.I)
_DAYS_OF_SALES = re.compile(r"(?:\s+days)?\s+of\s+(?:net\s+)?(?:sales|revenues?|turnover)\b", re.I)
_DAYS_BASE_AFTER = re.compile(r"\bdays\s+of\s+(?:net\s+)?(?:sales|revenues?|turnover)\b[^.;]{0,40}?\b(?:from|against|compared\s+with|versus|vs\.?)\s+"
                             r"(?:about\s+|around\s+|roughly\s+)?$", re.I)
_WORKING_CAPITAL_HELD = re.compile(r"\bworking\s+capital\b(?![^.;]*\b(?:inventor(?:y|ies)|receivables)\b)", re.I)
_HELD_IN_DAYS = re.compile(r"\b(?:inventor(?:y|ies)|receivables)\b(?!.*\b(?:inventor(?:y|ies)|receivables)\b)", re.I)
_SOURCE_RANGE = re.compile(r"[-\s]*(?:(?:adjusted|EPS|earnings|sales|revenue)\s+)?(?:range|guidance|guide|outlook|midpoint|view)\s+(?:now\s+)?impl(?:ies|ied|y)\b", re.I)
_DAYS_LINK = re.compile(r"\b(?:were|was|is|are|of|at|to|with|and|than)\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_NEGATIVE_HINTS = ("negative", "minus", "loss", "outflow", "burn", "deficit", "unfavo", "use of")
_PRIOR_YEAR_FIGURE = re.compile(r"\b(?:the|its|our)\s+(?:prior|previous|last)[-\s]year(?:\s+(?:quarter|period))?\s+"
                                r"(?:amount|figure|number|total|result|value)s?\s+of\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_LAST_PERIODS_OWN = re.compile(r"\b(?:last|the\s+prior|the\s+previous)[-\s](?:(?P<y>year)|(?P<q>quarter))[’']s\s+"
                               r"(?:(?:adjusted|reported|comparable|underlying|GAAP|non-GAAP)\s+)?(?:(?!(?:guid|outlook|forecast|expect|estimat|target|plan|range))(?:[\w-]+\s+){1,3}?(?:of|at)\s+)?"
                               r"(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
"""("from last year's adjusted $0.64", "last year's adjusted segment profit of $48.3 million": a basis word or the measure
between the period and its figure)"""
_PER_SHARE_AFTER = re.compile(r"\s+(?:per|a)\s+(?:diluted\s+|basic\s+)?share\b", re.I)
_SPAN_MEASURE_OF = re.compile(r"\s+(?:[\w&-]+\s+){0,3}?(?:of|at|was|were)\s+(?:about\s+|approximately\s+|roughly\s+)?", re.I)
"""The measure's words between a span of last year and its figure ("last year's first half revenue of")."""
_COMPARE_HINTS = ("from", "compar", "versus", "vs", "against", "relative", "year's", "year’s", "over", "above")


def question_outlook(question: str, ctx: Context, metric: bool = True) -> tuple[bool, Period | None, tuple[str, str] | None]:
    """Does an analyst's question ask about the outlook, for which period ahead (None: it names none), and about
    which one metric (None: none or several)? Only the end of a long turn is read: the question follows the preamble."""
    question = question[-_QUESTION_CHARS:]
    asked = asks_outlook(question)
    # (a year-end asked about in a first- to third-quarter call is the coming one: "And the portfolio size at year end?")
    ahead = [c for c in P.find_cues(question) if (future_cue([c], ctx) or cue_ahead(c, ctx, question) or _restated_year(question, c, ctx)
                                                  or c.rel in ("year_end", "year_end_by") and ctx.fiscal_quarter in (1, 2, 3)
                                                  and not PAST.search(question, max(0, c.start - 60), c.start))
             # "the tax rate next year as similar to this year?": the year asked about, not the one it is held against
             and not _ASKED_BASE.search(question, max(0, c.start - 30), c.start)]
    period = P.resolve(ahead[-1], ctx.fiscal_year, ctx.fiscal_quarter, True, ctx.fiscal_half) if ahead else None
    return asked or bool(ahead), period, question_metric(question) if metric else None


def _restated_year(question: str, c: P.Cue, ctx: Context) -> bool:
    """"You said 3% to 4% for the year; does that ...": the year under way, named with the outlook the analyst restates,
    is the period asked about, though "said" is in the past tense."""
    return (c.rel == "this_y" and ctx.fiscal_quarter in (1, 2, 3) and any_in(question.lower(), ("you", "guid", "outlook", "forecast"))
            and _RESTATED_OUTLOOK.search(question, max(0, c.start - 80), c.start) is not None
            and not _SO_FAR_AFTER.match(question, c.end))


_RESTATED_OUTLOOK = guarded(re.compile(
    r"\b(?:you(?:'ve|\s+have)?\s+(?:said|guided|mentioned|talked\s+about|gave|laid\s+out|called\s+for|indicated|reiterated|are\s+guiding)"
    r"|(?:your|the)\s+(?:[\w-]+\s+)?(?:guid\w*|outlook|forecast))\b[^.?;]*$", re.I))
_SO_FAR_AFTER = re.compile(r"\s*(?:so\s+far|to\s+date)\b", re.I)
"""A span already run ("for the year so far") is no year ahead."""


@lru_cache(maxsize=4)
def question_metric(question: str) -> tuple[str, str] | None:
    """The one metric a question names (None: none or several); read only when an answer's figure names none."""
    question = question[-_QUESTION_CHARS:]
    named = [(c[2], c[3]) for c in metric_cues(question) if c[2] not in ("other", "growth", "eps") or c[3].lower().endswith("eps")]
    # Of one metric's several names, the last the question said (a set's pick would hang on the hash seed).
    return named[-1] if len({m for m, _ in named}) == 1 else None


_QUESTION_CHARS = 320
_ASKED_BASE = guarded(re.compile(r"\b(?:similar\s+to|same\s+as|in\s+line\s+with|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|than|against|from)"
                                 r"\s+(?:the\s+|what\s+you\s+(?:did|had|saw)\s+(?:in\s+)?(?:the\s+)?)?$", re.I))
"""A period a question holds the one it asks about against ("next year as similar to this year", "better than the fourth
quarter")."""


def _fits(metric: str, unit: str | None) -> bool:
    """Can a figure in this unit be a level or change of this metric?"""
    if unit in ("%", "bps"):
        return metric in PERCENT_METRICS or metric in MONEY_METRICS
    if is_money(unit):
        return metric in MONEY_METRICS
    return unit == "count" and metric in COUNT_METRICS


_SOURCE_FROM = re.compile(r"\b(?:comes?|came|coming|derived|deriv(?:es|ing)|results?|resulted|resulting|stems?|stemmed|driven)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+|our\s+|an?\s+)?(?:about\s+|approximately\s+)?$", re.I)
_FOR_THAT = re.compile(r"\s+(?:for|in)\s+[^,;]{1,25}?\s+(?:that|which)\s+", re.I)


_BASE_OF = re.compile(rf"\b(?:off(?:\s+of)?|from|on|over|to|against|versus)\s+(?:our|a|the|its)\s+(?:(?:pre-?COVID|pre-?pandemic|prior|previous)\s+)?(?:(?:{FISCAL}\s+)?(20\d\d)\s+(?:[\w-]+\s+){{0,4}}?base\s+(?:of\s+)?"
                      rf"|(?:[\w-]+\s+){{0,4}}?base\s+(?:in|of|for)\s+(?:{FISCAL}\s+)?(20\d\d)\s+of\s+)(?:about\s+)?$", re.I)
"""A year's level that growth is counted from ("off our 2025 base of $3.86", "from a pre-pandemic EPS base in 2019 of
$1.95"): the actual of that year, not the outlook said beside it."""
_NOT_AHEAD_WORDS = ("not ", "n't ", "n’t ")
_NOT_TAKEN_AS = re.compile(r"\b(?:not|n['’]t)\s+(?:necessarily\s+)?(?:take|use|assume|model|extrapolate|annuali[sz]e|think\s+of|treat|read|view)\s+"
                           r"(?:the\s+|this\s+|that\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:about\s+|roughly\s+)?$", re.I)
_AS_A_GUIDE = re.compile(r"(?:\s+(?!as\b)[\w-]+){0,4}?\s+as\s+(?:a|the|our|any)\s+(?:good\s+|new\s+)?(?:run[-\s]rate|guide|proxy|baseline|starting\s+point|indication)\b", re.I)
_HELD_BEFORE = re.compile(r"\b(?:below|above|under|over|beyond|short\s+of|ahead\s+of|against|versus|vs\.?|compared\s+(?:to|with)|from)\s+"
                          r"the\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?$", re.I)
_OF_CLOSED_YEAR = re.compile(rf"\s+(?:of|in|for|during)\s+(?:{FISCAL}\s+)?(?P<y>20\d\d)\b(?!\s*(?:[-–]|to)\s*20\d\d)", re.I)
"""'below the $110 million of 2025', 'above the 22.5% in 2025': the level of a year already closed, held against an outlook."""
_PAST_PERIOD_WORDS = ("last year", "a year ago", " of 20", " in 20", "fiscal 20", "financial year 20")
_PAST_PERIOD_BASE = re.compile(r"\b(?:off|from|over|on|against|versus|compared\s+(?:to|with))\s+(?:a|the|our|last\s+year's)\s+(?:(?:first|second|third|fourth)\s+quarter|"
                               rf"(?:first|second)\s+half|(?:full\s+)?year)\s+(?:last\s+year|a\s+year\s+ago|(?:of|in)\s+(?:{FISCAL}\s+)?20\d\d)\s+(?:of|at)\s+"
                               r"(?:about\s+|roughly\s+|approximately\s+)?$", re.I)
"""The past period an outlook's growth is counted from ("growth off a fourth quarter last year of $410 million"): its level is
that period's actual."""


_JUST_DONE = re.compile(r"\s+(?:that\s+)?(?:we|you)\s+just\s+(?:reported|posted|delivered|printed|did|had|booked|put\s+up)\b", re.I)
_THE_MONTH = re.compile(r"\b(?:in|for|during|through|over)\s+the\s+month\b|\bthis\s+month\b|\bmonth[-\s]to[-\s]date\b", re.I)
_SO_RESULT = re.compile(r",\s+so\s+(?:this|that|it|we|they|the\s+[\w-]+|our\s+[\w-]+)\b(?=[^,;.]*$)", re.I)
"""A clause drawing the move from a base said before it ("..., so this is growth of 14%", "..., so we are about 3% lower")."""


def _call_month_guess(ctx: Context) -> int | None:
    """The month the call is held in: its date's, else the month after its quarter ends (a calendar quarter's when
    neither is said)."""
    if ctx.call_month:
        return ctx.call_month
    if ctx.quarter_end:
        return ctx.quarter_end % 12 + 1
    return 3 * ctx.fiscal_quarter % 12 + 1 if ctx.fiscal_quarter else None


def _own_period(ctx: Context) -> Period | None:
    """The call's own period: its quarter, else its half."""
    if ctx.fiscal_quarter:
        return P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)
    return P.label(ctx.fiscal_year, half=ctx.fiscal_half) if ctx.fiscal_half else None


_OUTLOOK_HELD = guarded(re.compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|relative\s+to)\s+our\s+(?:(?:initial|original|prior|previous|earlier|updated|new|current)\s+)?"
    r"[\w'’-]+(?:[-\s]+[\w'’-]+){0,2}?\s+(?:guidance|guide|outlook|forecast)(?:\s+range)?\s+(?:of|at)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|around\s+)?$", re.I))
"""An outlook held against a result and named with its period before its figure ("compared with our 2026 guidance of
$4.20 to $4.40", "versus our fourth-quarter outlook of $950 million")."""
_RECALLED = re.compile(r"\b(?:(?:we(?:'ve|\s+have|\s+had)?|I(?:'ve|\s+have)?)\s+(?:said|told|guided|indicated|expected|"
                       r"communicated|projected|given)|(?:had|originally|initially|previously)\s+(?:expected|guided|said)|"
                       r"I\s+actually\s+said|(?:latest|last|prior|previous|earlier)\s+(?:[\w-]+\s+)?guidance\b[^.;]{0,60}?\b(?:was|were|came|come|called))\b", re.I)
"""Words recalling an outlook: "what we've said before was that we expected ...", "our latest guidance for the year was
..." (of a year now closed)."""


def _align_revisions(facts: list[Fact]) -> None:
    """"We now expect $1.68 to $1.71 billion, up from our prior range of ...", "raising it from $200 million to
    $210 million": the outlook being replaced is for the same period as the new one, the one said last before it ("$22
    million to $26 million for Q4 and full-year guidance of $90 million to $96 million, lower than the earlier
    guidance of ...": the year's)."""
    for i, f in enumerate(facts):
        if f.kind is not FactKind.PRIOR_GUIDANCE:
            continue
        new = [g for g in facts if g.kind in (FactKind.GUIDANCE, FactKind.TARGET) and g.metric == f.metric and g.unit == f.unit]
        before = [g for g in facts[:i] if g in new]
        if new and (to := (before or new)[-1 if before else 0]).period != f.period:
            facts[i] = f.model_copy(update={"period": to.period})


_HELD_TO = re.compile(r"\b(?:versus|vs\.?|compar(?:ed|ing)\s+(?:to|with)|in\s+comparison\s+(?:to|with)|relative\s+to|against|over|than|from|surpass(?:es|ing)?|exceed(?:s|ing)?|top(?:s|ping)?|beat(?:s|ing)?|match(?:es|ing)?|above|below|to)\s+"
                      r"(?:(?:the|our|its|a|an|full[-\s]year|adjusted|reported|non-GAAP|GAAP|organic|pre-?COVID|prior|same|comparable|corresponding|[\w-]+'s)\s+){0,3}"
                      r"(?:(?:period|quarter|levels?|results|high\s+point|peak)\s+(?:of|in)\s+)?$", re.I)
"""A period named as what a guide is set against ("down 3% versus 2025", "above the same period of fiscal 2025")."""
_BASE_LEVEL = re.compile(r"[^,;]{0,45}?\b(?:of|at|was|were)\s+(?:about\s+|approximately\s+|roughly\s+|more\s+than\s+)?", re.I)
"""'versus fiscal 2025 adjusted EPS of $9.43': the figure is that year's own level, which keeps its year."""
_EVENT_DATE = re.compile(r"\b(?:we|they|you|that|which)\s+(?:\w+\s+)?(?:[a-z]{3,}ed|paid|made|did|bought|sold|built|won|began|took)"
                         r"\s+(?:\w+\s+){0,2}?(?:in|for|during)\s+(?:the\s+)?$", re.I)
"""A period that dates an event of the sentence ("the acquisitions we closed in 2026", "the level we paid for 2025")."""
_OWN_WORDS = re.compile(r"\s+(?:(?:expected|anticipated|projected|forecast|estimated|likely|year-over-year|year-on-year|sequential|organic)\s+)+", re.I)


_LEVEL = r"(?:[$€£¥]|(?:(?-i:[A-Z]{3})|Rs\.?)\s)?\s*\d[\d.,]*\s*(?:%|percent|(?:million|billion|crore)\b)?"  # any currency's code: "AED 8.1 billion"
_PAST_BASE = re.compile(
    r"\s+(?:(?:a\s+)?(?:bit|little)\s+)?(?:(?:in|for)\s+[^,;.]{1,36}?\s+)?"                        # "a bit lower in the second quarter"
    r"(?:(?:from|than|on|versus|vs\.?|compared\s+(?:to|with)|against)\s+)?"                     # "below" says it itself
    r"(?:(?:the|our)\s+" + _LEVEL +                                                                # "from the 3.1% we just reported"
    r"\s+(?:(?:that|which)\s+)?(?:we|it)\s+(?:just\s+|have\s+just\s+)?"
    r"(?:printed|reported|posted|did|delivered|had|achieved|made|earned|booked|recorded|saw)\b"
    r"|(?:the|our)\s+(?:Q[1-4]|first|second|third|fourth|prior|previous|last)[\w-]*(?:\s+quarter)?\s+level\s+of\s+" + _LEVEL +  # "from our first-quarter level of 36.4%"
    r"|(?:last|this)\s+(?:year|quarter)['’]s\s+" + _LEVEL + r"(?=\s*[,.;]|\s*$|\s+(?:in|for|as|because)\b))", re.I)  # "below last year's €240 million"
"""A direction held against a level the company already reached: "up slightly from the 3.1% we just reported", "a bit
lower in the second quarter than the $90 million we just reported", "slightly below last year's €240 million". The
figure is the base (an actual of its own), the direction the outlook."""


_SALES_WORD = re.compile(r"\b(?:revenues?|sales)\b", re.I)
_PART_WORDS = re.compile(r"\b(?:net|total|gross|our|its|the|revenues?|sales)\b", re.I)
"""The words of a part's sales phrase that are not the sales themselves ("cargo" of "our cargo net revenues")."""


def _related(a: tuple, b: tuple) -> bool:
    """Do two metric cues name the same thing: the same metric (the same part, for parts' revenue), or a line and its
    part ("revenue" and a segment's revenue), or two margins?"""
    if a[2] == b[2]:
        if (a[2] == "segment_revenue" and _SALES_WORD.search(a[3]) and _SALES_WORD.search(b[3])
                and (pa := _PART_WORDS.sub("", a[3]).split()) and (pb := _PART_WORDS.sub("", b[3]).split())):
            # "e-bike revenue to keep growing, and cargo net revenues to pass $1.3 billion": two parts, each named with
            # its sales (a bare part name, "China", may be the place of another part's sales)
            return [w.lower() for w in pa] == [w.lower() for w in pb]
        return a[2] != "segment_revenue" or a[3].lower() == b[3].lower() or "revenue" in b[3].lower() or "revenue" in a[3].lower()
    pair = {a[2], b[2]}
    return pair <= {"revenue", "segment_revenue"} or pair <= _MARGINS


def _figure_says(s: str, c: tuple, m, cues: list, done: list[Fact], ctx: Context, base) -> bool:
    """Does a figure already extracted from the sentence say where the metric of cue `c` goes? Only one said in the
    cue's own stretch (from the last cue of another metric or part before it to the next one after the direction word),
    not the base it is held against ("slightly below last year's €240 million"), and not one of another period when
    the direction names its own ("R&D of $90 million to $95 million this year, and to decline modestly in 2028")."""
    # a figure between an earlier part or metric and this one is the earlier one's ("Marine to grow in the low teens,
    # Lighting to be roughly flat"); with none before, one ahead of the cue is its own ("above $1.5 billion of liquidity")
    lo = c[0] if any(x[1] <= c[0] and not _related(x, c) for x in cues) else 0
    hi = min((x[0] for x in cues if x[0] >= m.end() and not _related(x, c)), default=len(s))
    if base is not None:
        hi = min(hi, m.end())
    own = [f for f in done if f.text and lo <= s.find(f.text, lo) < hi
           and not (f.kind is FactKind.PRIOR_GUIDANCE and _BELOW_THE.fullmatch(s, m.end(), s.find(f.text, lo)))  # the outlook it is held against
           and (f.metric in _SAID_BY.get(c[2], (c[2],)) or c[2] in ("debt", "net_debt") and f.unit == "x")]
    # "we expect the operating margin to expand again as we move toward the 32%": a figure in a clause of its own after
    # the way is where the company heads, no figure of this outlook
    own = [f for f in own if not ((at := s.find(f.text, lo)) >= m.end() and _HEADED_FOR.search(s, m.end(), at))]
    if not own:
        return False
    if (" expect" in s and all(f.kind is FactKind.ACTUAL and s.find(f.text, lo) < m.start() for f in own)
            and _AND_EXPECT.search(s, max(s.find(f.text, lo) + len(f.text) for f in own), m.start())
            and any(x.start >= m.end() and not any_in(s[m.end():x.start], (",", ";")) for x in period_cues(s, ctx))):
        # "we bought back $84 million in October, and we expect buybacks to stay at a similar pace for the rest of the
        # quarter": the deed done, then the outlook with a period of its own
        return False
    if any(s.find(f.text, lo) >= m.start() for f in own) or _LEVEL_KEPT.match(m.group(0)):
        return True  # "increase it by high single digits", "a similar amount in the fourth": the figure's own way or level
    ends = max(s.find(f.text, lo) + len(f.text) for f in own)
    if _EXCLUDING.search(s, ends, m.start()):
        return False  # "down 20% or more; excluding the divestiture, we expect brokerage revenue to be roughly flat": another measure
    and_to = _AND_TO.search(s, ends, m.start())
    if and_to is None:
        return True
    # its own period: right after the direction ("and to decline modestly in 2028") or as the next clause's subject
    # ("the first half ran at 72 basis points, and the second half should be lower")
    cue = next((x for x in period_cues(s, ctx) if x.rel not in ("year_ago", "prev_q") and not comparison_cue(s, x)
                and (and_to.start() <= x.start < m.start() or m.end() <= x.start < hi and _OWN_PERIOD.fullmatch(s, m.end(), x.start))), None)
    if cue is None:
        return True
    period = P.resolve(cue, ctx.fiscal_year, ctx.fiscal_quarter, True)
    return any(f.period == period for f in own)


_HEADED_FOR = re.compile(r"\s(?:as|while|once|until)\s+(?:we|it|they)\s+(?:[\w'’-]+\s+){0,3}?(?:toward|towards|to|on\s+(?:the\s+)?(?:path|way)\s+to)\s+(?:the\s+|our\s+)?[^\d,;]{0,20}$", re.I)
""""..., as we move toward the 32%", "as we work towards our 12%": the company's destination said in a clause of its own."""
_CLOSER_TO = re.compile(r"\s*[,;]?\s*(?:probably\s+|likely\s+|more\s+like\s+|somewhere\s+)?closer\s+to\s+(?:about\s+|around\s+)?", re.I)


def _figure_ahead(s: str, m, c: tuple, done: list[Fact]) -> bool:
    """A figure of the metric said after the direction word in its clause."""
    brk = CLAUSE_BREAK.search(s, m.end())
    end = brk.start() if brk else len(s)
    return any(f.text and m.end() <= (at := s.find(f.text, m.end())) < end and f.metric in _SAID_BY.get(c[2], (c[2],))
               and not (f.kind is FactKind.PRIOR_GUIDANCE and _BELOW_THE.fullmatch(s, m.end(), at))
               and not _HEADED_FOR.search(s, m.end(), at) for f in done)


_EFFECT_NOUN = re.compile(r"\s*(?:[\w'’-]+\s+){0,1}(?:dilution|pressure|headwinds?|tailwinds?|impact|drag|benefit|effect|contribution|"
                          r"sensitivity|exposure|volatility|risk|gap|differential|discount)\b", re.I)
_WHICH = re.compile(r"[^,;]{0,40},?\s+(?:which|that)\b", re.I)
_SUBORDINATE = re.compile(r"\b(?:as|while|since|because|when|if|until|once|where)\s+(?:[\w'’&-]+\s+){0,7}$", re.I)
_OUTLOOK_VERB = re.compile(r"\b(?:expect\w*|anticipat\w*|forecast\w*|guid(?:e|ed|ing)|plan(?:s|ned|ning)?\s+(?:on|for))\b", re.I)
_ING_LEAD = re.compile(r"\b(?:keep|keeps|continue|continues|to\s+be|be|is|are|start|starts)\s+(?:\w+ly\s+)?$", re.I)
_PREDICATE_LEAD = re.compile(r"\b(?:be|is|are|get|gets|look|looks|remain|remains|come\s+in)\s+(?:(?:a\s+)?(?:bit|little|lot|much|somewhat|slightly|"
                             r"meaningfully|significantly|notably|even|considerably|modestly|moderately|marginally|materially|substantially|"
                             r"sharply|touch|tad)\s+)?$", re.I)
_IN_OF = re.compile(r"\s+(?:in|of)\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?$", re.I)
_NOUN_ENDS = re.compile(r"\s*(?:[,.;]|$)|\s+(?:compared|versus|vs\.?|in|for|next|this|to|over|on|year|quarter|at|as|sequentially)\b", re.I)
""""roughly flat operating margin against Q3", not "a stable revenue environment" or "higher earnings from our investment in ..."."""
_RECOVERS_AFTER = re.compile(r"\b(?:to|will|should|would|could|['’]ll)\s+(?:(?:fully|gradually|slowly|quickly|strongly|further|then)\s+)?$", re.I)
_LAST_TO = re.compile(r"\b(?:last|slowest|first|fastest|quickest)\s+to\s+$", re.I)
""""sales to rebound next year", "loans will recover": a line that comes back is a way up, said as a verb right after its
subject (not "a rebound in driving", "when markets recover", "the last to recover")."""
_PHRASAL_UP = re.compile(r"\b(?:catch|catching|caught|set|setting|follow|sign|signing|wrap|open|make|show|end|line|tie|speak|back|hold|holds|holding|held)\s+$", re.I)
_UP_TO_BOUND = re.compile(r"\s+to\s+(?:half|a\s+(?:half|third|quarter|fifth|tenth)|one|two|three|four|five|six|seven|eight|nine|ten|twice|double)\b", re.I)
_ADJECTIVE_WAY = re.compile(r"flat|stable|higher|lower", re.I)
_NOUN_OF_MARGIN = re.compile(rf"\s+(?:in|of)\s+(?:(?:our|the|its|full[-\s]year|{FISCAL}|\w+-?\w*)\s+){{0,3}}?$", re.I)
""""expansion in our gross margin", "contraction of full-year operating margin": the margin a way-noun is said of."""
_NOUN_FIGURE = re.compile(r"\s+(?:of|by)\s+(?:(?:about|roughly|approximately|around|another|some)\s+)?\S*\d", re.I)
_FIGURE_OF_NOUN = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,4}?", re.I)
_NOUN_COMPOUND = re.compile(r"\s+(?:opportunit(?:y|ies)|expectations?|ability|potential|story|goals?|targets?|plans?|initiatives?|"
                            r"programs?|trajectory|journey|drivers?|levers?|path|profile|momentum|track\s+record)\b", re.I)
""""the margin expansion opportunity", "our growth and margin expansion expectations": a thing named, no way said."""
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that(?!\s+(?:we|I|they|you)\b)|these|those|such)\s+(?:[\w-]+\s+){0,2}$", re.I)
""""sourced from the gross margin expansion", "this margin expansion will be offset": a way already named, not guided
(but "is that we expect margin expansion": that opens the clause the outlook is said in)."""
_BETTER_NOT_WAY = re.compile(r"\s+(?:\w+ed\b|than\s+(?:we\s+|I\s+|what\s+we\s+|our\s+|the\s+)?(?:had\s+)?(?:expect|anticipat|plan|guid|thought|forecast|budget|initial|original|prior\s+(?:guidance|outlook)))", re.I)
""""better positioned", "better than we anticipated", "better than our guidance": no way the measure takes."""
_SUBJECT_BETTER = re.compile(r"(?:\s+(?:to|should|will|would|could|may|might|can|is|are))?(?:\s+(?:be|get|look|remain|come\s+in))?"
                             r"(?:\s+(?:a\s+bit|a\s+little|slightly|somewhat|modestly|meaningfully|significantly|much|even|considerably))?\s+", re.I)
""""EBITDA should be a bit better": the measure the subject of "better", nothing between but its verb."""
_REASON_SUB = re.compile(r"\b(?<!as\s)(?<!such\s)(?<!even\s)(?:as|while|since|because|once|whereas|until)\s+(?:[\w'’&-]+\s+){0,4}$", re.I)
_ASSUMED_LEVEL = re.compile(r"\b(?:if|assum\w*|to\s+the\s+extent|provided)\b(?:\s+(?:that|the|our|[\w-]+))*\s*$", re.I)
_NOUN_LEAD = re.compile(r"\b(?:expect\w*|see|anticipat\w*|forecast\w*|guid\w*\s+(?:to|for)|plan\w*\s+for|assum\w*)\s+"
                        r"(?:(?:some|modest|slight|further|continued|more|significant|meaningful|a\s+bit\s+of|a\s+little)\s+){0,2}$", re.I)
""""we'd expect modest expansion in fiscal 2027": a way-noun the outlook verb states, of the margin said before it."""
_EXCLUDING = re.compile(r"\b(?:excluding|ex-|before|absent|apart\s+from|setting\s+aside)\b", re.I)
_THAN = re.compile(r"\bthan\b", re.I)
_BREAKEVEN_LINE = re.compile(r"\s+(?:at|on|in)\s+(?:the|an?)\s+(?P<what>operating|(?:adjusted\s+)?EBITDAR?|EBIT|net\s+income|(?:free\s+)?cash\s+flow)\s+(?:line|level|basis)\b", re.I)
_HOW_FAST = re.compile(r"\bhow\s+(?:fast|quickly|much|far|soon)\s+(?:the\s+|our\s+|its\s+|their\s+)?$", re.I)
_NEAR_EVEN = re.compile(r"\b(?:close\s+to|near|nearly|about|around|roughly|approximately)\s+$", re.I)
_BREAKEVEN_METRIC = {"operating": "operating_income", "ebit": "operating_income", "ebitda": "ebitda", "ebitdar": "ebitda", "income": "net_income", "flow": "free_cash_flow"}
_EVEN_STATED = re.compile(r"\b(?:was|were|is|are|we['’]re)\s+(?:now\s+|already\s+|still\s+)?(?:at\s+)?(?:(?:close\s+to|near|about|around|roughly|approximately|essentially|at)\s+)?(?:breakeven|break-even|break\s+even)\b", re.I)
_OTHER_BASIS = re.compile(r"\s+on\s+an?\s+(?!(?:adjusted|reported|GAAP|non-GAAP|net|pre-?tax|after-?tax|underlying|core)\b)[\w-]+\s+basis", re.I)
_WE_WERE = re.compile(r"\bwe\s+(?:were|are|['’]re)\s+(?:now\s+|already\s+|still\s+)?(?:at\s+)?(?:(?:close\s+to|near|about|around|roughly|approximately|at)\s+)?$", re.I)
""""we were breakeven this quarter": the company's own result stated, its net income."""
_STANDS_AT = re.compile(r"\b(?:is|are|was|were|it['’]s)\s+(?:now\s+|already\s+|still\s+)?(?:at\s+)?(?:(?:close\s+to|near|about|around|roughly|approximately|at)\s+)?$", re.I)
""""the unit is now close to": a line's level stated, not an outlook."""
_ON_COUNTED = re.compile(r"\s+(?:on|for|from|across)\s+(?:[\w-]+\s+){0,2}?", re.I)
""""revenue on new placements", "revenue from new customers": the counted units a measure is said of, not the measure."""
_WAY_SAID_BY = re.compile(r"\b(?:tick|edge|inch|step|drift|come|go|move)\s+$", re.I)
_THAN_LINE = re.compile(r"\bthan\s+(?:(?:our|the|its|total)\s+)?(?:sales|revenues?|company|market|business|group|inflation)\s+$", re.I)
""""rise faster than sales next year": held against another line, not a period; the period after it is the outlook's."""
_THAN_NO_TIME = re.compile(r"(?:\s+[a-z]+)?\s+than" + BASE_OF_NO_TIME.pattern, re.I)
_LOSS_BEFORE = re.compile(r"\blosse?s?\b", re.I)
_FROM_BASE = re.compile(r"\b(?:from|(?<!level\s)(?<!levels\s)(?<!leveling\s)(?<!levelling\s)(?<!taper\s)(?<!tapers\s)(?<!tapering\s)off|than)\s+(?:(?:the|our|a|its)\s+)?(?:(?:low|high|elevated|strong|weak|depressed|reported)\s+)?$", re.I)
_WAY_VERB = re.compile(r"(?:increas|grow|improv|expand|ris|decreas|declin|contract|compress|shrink|fall)", re.I)
_PEOPLE_COUNTS = frozenset({"customers", "subscribers", "users", "headcount"})
_CLAUSE_BETWEEN = re.compile(r"\b(?:as|while|because|since|when|whereas|once|until|if)\s+(?:[\w'’&-]+\s+){1,6}?$", re.I)
_BARE_OBJECT = re.compile(r"\s+(?!(?:in|on|at|from|to|through|throughout|over|by|as|and|or|but|with|into|during|until|after|before|beyond|"
                          r"further|again|more|much|even|year|next|this|that|these|those|each|every|once|when|while|because|due|given|"
                          r"than|versus|compared|relative|vs|going|moving|both|some|somewhat|quite|still|too|so|then|for|if|since|toward|towards|"
                          r"off|up|down|back|from|a|an|the|our|its|their|along|across|significant\w*)\b)(?![a-z-]*(?:ly|ed|en|ing)\b)[a-z][a-z-]+\b(?!['’])")
""""to improve shareholder returns", "to improve companywide profitability": a deed with a bare object, no measure's way."""
_SOFT_OBJECT = re.compile(r"\s+(?:(?:brand|customer|consumer|employee|shopper|user)\s+)?(?:awareness|engagement|visibility|loyalty|confidence|flexibility|"
                          r"transparency|accountability|satisfaction|retention|adoption|consideration|trust)\b", re.I)
"""The object of a deed that no measure is: "will increase awareness", "to improve customer satisfaction"."""
_LOWER_IS_BETTER = re.compile(r"\b(?:leverage|costs?|expenses?)\b", re.I)
"""A measure whose improvement is a fall: leverage or a cost (a cost or loss ratio is _COST_RATIO's; a capital ratio is neither)."""
_NOUN_NEXT = re.compile(r"\s+(?:to\s+be|will|should|would|could|are|were|of)\b", re.I)
_TRANSITIVE = re.compile(rf"\s+(?:our|the|its|their|these|those|an|a(?!\s+(?:little|bit|lot|touch|tad)\b)|(?:this|that)(?!\s+(?:year|quarter|half|month|{FISCAL})\b))\b", re.I)


_TABLE_VERB_LEAD = re.compile(r"\b(?:to|will|shall|should|would|could|may|might|can|['’]ll|keep|continue|start|begin|then)\s+"
                              r"(?:(?:further|gradually|slowly|steadily|then|also|likely|probably|still|again|only|eventually|quickly|sharply|"
                              r"somewhat|modestly|slightly|to)\s+){0,2}$", re.I)
""""to climb", "should ease", "will keep dropping", "continue to soften", "and then to dip": the verb of a clause ahead."""
_TABLE_ING_LEAD = re.compile(r"\b(?:keep|keeps|continue|continues|start|starts|begin|begins|be|see)\s+(?:\w+ly\s+)?$", re.I)
""""to keep softening", "to begin moderating"; not "the outlook is strengthening", a state now."""
_AT_FIGURE = re.compile(r"\s+at\s+(?:[\w-]+\s+){0,3}?[$€£¥]?\d", re.I)
_TABLE_S_LEAD = re.compile(r"\b(?:it|that|this|which)\s+(?:\w+ly\s+)?$", re.I)
_TABLE_NOT_AFTER = re.compile(r"\s+(?:into|in\s+on|out\s+of)\b|\s+through\s+(?:at|between|of|about|around|roughly|\d)|"
                              r"\s+in\s+(?:our|the)\s+(?:results|numbers|P&L|financials)\b|\s+and\s+[a-z]+\s+(?:our|the|its|their)\b|\s+(?:(?:how|what|which|whether|if)\b)", re.I)
_TABLE_FREE_WORDS = frozenset(("around", "near", "close", "below", "above", "under", "beyond", "later", "soon", "into", "toward", "towards",
                               "next", "this", "in", "at", "on", "by", "to", "from", "through", "over", "again", "further", "back", "sequentially"))


def _table_verb_ok(s: str, m, cues: list) -> bool:
    """A verb of ways.WAY_VERBS is a way of the measure only as its verb: the base form after "to", a modal, "keep"
    or "continue" ("expect toll revenue to climb", "should ease"), the -s form right after its subject ("interest expense
    eases"), the -ing form as the other -ing ways are ("keep softening"); and with no object ("to strengthen our
    balance sheet", "to accelerate growth" are deeds) nor a reason or place clause ("as costs ease")."""
    word = m.group(0).split()[0].lower()
    if (sub := _SUBORDINATE.search(s, max(0, m.start() - 50), m.start())) and not _OUTLOOK_VERB.search(s, sub.start(), m.start()):
        return False
    if _TRANSITIVE.match(s, m.end()) or _TABLE_NOT_AFTER.match(s, m.end()) or _SOFT_OBJECT.match(s, m.end()):
        return False
    if _AT_FIGURE.match(s, m.end()):
        return False  # "communities to stabilize at yields of 6.1% to 6.4%": the level reached, the figure's
    if (b := _BARE_OBJECT.match(s, m.end())) is not None and b.group(0).strip().lower() not in _TABLE_FREE_WORDS and not m.group("deg"):
        return False  # "to accelerate growth", "to narrow losses": a deed on what follows
    if word.endswith("ing"):
        return (_TABLE_ING_LEAD.search(s, max(0, m.start() - 30), m.start()) is not None or _TABLE_VERB_LEAD.search(s, max(0, m.start() - 40), m.start()) is not None
                or any(0 <= m.start() - c[1] <= 2 for c in cues))
    if _TABLE_VERB_LEAD.search(s, max(0, m.start() - 40), m.start()) is not None:
        return word in _WAY_HEADS
    return word not in _WAY_HEADS and word.endswith("s") and (
        any(0 <= m.start() - c[1] <= 2 for c in cues) or _TABLE_S_LEAD.search(s, max(0, m.start() - 20), m.start()) is not None)


_TABLE_GAP = re.compile(r"(?:\s*,|\s+(?:to|will|shall|should|would|could|may|might|can|['’]ll|be|is|are|keep|keeps|continue|continues|start|starts|"
                        r"begin|begins|then|also|further|still|again|likely|probably|expected|anticipated|forecast|projected|going|in|the|of|"
                        r"for|this|next|coming|fourth|third|second|first|quarter|half|year|fiscal|[a-z]+ly|20\d\d|Q[1-4]|H[12]|now|we|I|"
                        r"expect|anticipate|think|believe|see|both|all|spending|spend|expenses?|costs?|levels?|dollars))*\s*", re.I)
""""toll revenue to keep climbing", "margin, we expect, should then ease in the second half": between the measure and a
verb of WAY_VERBS only the frame of its outlook, so that the measure is the verb's subject."""
_GROWTH_SUBJECT = re.compile(r"\b(?:growth|pace|rate\s+of|rates\s+of|momentum|increases|decreases|declines|drops|(?:gap|spread|difference|differential)\s+between)\b", re.I)
""""revenue growth to moderate", "the year-over-year decreases in SG&A to narrow", "the spread between online and store margins to keep narrowing": a
change or a gap shrinks, not the line."""
_WAY_HEADS = frozenset(v.split()[0] for v in WAY_BASES)


def _verb_form_ok(s: str, m, cues: list) -> bool:
    """A direction said with an inflected verb or a comparative is one only as a predicate of the measure: "EBITDA grows
    modestly", "expect it to keep falling", "with card loans growing faster", "the second half should be stronger";
    not "to meet growing demand", "we are increasing our guidance" (a deed) or "a stronger second half" (an adjective)."""
    if m.group("more") or m.group("less"):
        return _PREDICATE_LEAD.search(s, max(0, m.start() - 40), m.start()) is not None
    if m.group("v_up") or m.group("v_down") or m.group("v_flat"):
        return _table_verb_ok(s, m, cues)
    if _WAY_VERB.match(m.group(0)) and _TRANSITIVE.match(s, m.end()) and not any(0 < c[0] - m.end() <= 14 for c in cues):
        return False  # "and improve their experience", "increase the dividend": a deed on what follows, not the metric's way
    if not (m.group("ing_up") or m.group("ing_down") or m.group("ing_c")):
        return True
    if (sub := _SUBORDINATE.search(s, max(0, m.start() - 50), m.start())) and not _OUTLOOK_VERB.search(s, sub.start(), m.start()):
        return False  # "as Medicare volume grows", "where volumes are growing": a reason or a place, not the outlook; not
        # "while we'd expect parts revenue to keep growing", an outlook of its own
    if _TRANSITIVE.match(s, m.end()):
        return False
    if _NOUN_NEXT.match(s, m.end()):
        return False  # "list price increases to be set at 5% to 7%", "declines of 4%": a noun
    if not m.group(0).lower().split()[0].endswith("ing"):
        return True
    return (_ING_LEAD.search(s, max(0, m.start() - 30), m.start()) is not None
            or any(0 <= m.start() - c[1] <= 2 for c in cues))


_NO_WAY_AFTER = re.compile(r"\s+(?:(?:end|half|part|portion|bound|limit)\b|(?:that|this|it|those|these)\b(?!\s+(?:year|quarter|half|level))"
                           r")|(?<=above|below)\s+the\s+(?:base|hurdle|threshold|floor)\b", re.I)
""""the lower end of that range", "the upper half", "we're well above that", "half of the income earned above the base":
a place in a range or against a level, no way."""
_PLAN_KEPT = re.compile(r"\b(?:target|outlook|guidance|guide|commitment|midpoint|policy|view|framework|(?<!\bwe\s)(?<!\bI\s)plans?|intention|"
                        r"priorities|strategy|approach|expectations?)s?\b[^,;.]{0,60}?\b(?:is|are|remains?|stays?|leaves?|leaving|keeps?|keeping|(?:would|will|should)\s+(?:be|remain|stay))"
                        r"\s+(?:(?:the|our|its|it|them)\s+)?(?:\w+\s+)?(?:(?:largely|essentially|broadly|basically)\s+)?$", re.I)
""""our target of a 20% margin is unchanged", "which leaves the midpoint unchanged", "the outlook would be unchanged": a plan kept, no measure's way ("we plan
to keep it flat" is a way, the verb's)."""
_SHARE_OF = re.compile(r"(?:%|\bpercent|\bpercentage|\bshare|\bproportion|\bportion)\s+of\s+(?:(?:our|the|its|total|group|net)\s+)*$", re.I)
_OWN_PERIOD = re.compile(r"\s*(?:(?:again|sequentially|year[-\s]over[-\s]year)\s+)?(?:(?:in|for|during|over|through|by)\s+)?(?:the\s+)?", re.I)
""""to decline modestly in 2028": a period said right after the direction, its own."""
_AND_EXPECT = re.compile(r",\s+and\s+(?:we|I)\s+(?:now\s+)?(?:expect|anticipate)\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:[\w-]+\s+){0,3}$", re.I)
_AND_TO = re.compile(r",?\s+and\s+(?:then\s+)?(?:to|(?<=,\sand\s)(?:should|will|would)|(?:we|I)(?:['’]d|\s+would)?\s+(?:expect|see|think)\s+(?:it|them|that|(?:the\s+|our\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+to|(?:we|I)\s+(?:plan|intend|aim)\s+to\s+keep\s+(?:it|them)|"
                     r"(?:the\s+|our\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:should|will|would|could|may|might))\s+(?:be\s+)?(?:\w+\s+){0,2}$", re.I)
""""... of $90 million this year, and to decline ...", "..., and we expect it to be roughly flat", "..., and we plan to keep
it about flat", "..., and the second half should be lower", "..., and we expect net debt to keep falling next year": the same subject's next outlook, after a figure of its own."""
_DECLINED_GUIDE = re.compile(r"[^.;]{0,30}?,\s+but\s+(?:we|I)\s+(?:do\s+|still\s+)?$", re.I)
"""'We don't guide net income, Priya, but we expect it ...': the measure just named, the guide declined, then its outlook."""
_PRONOUN_SUBJECT = re.compile(r"\b(?:(?:expect|see|think|assume)\s+(?:it|them)\s+to\s+(?:(?:be|stay|remain|keep)\s+)?|keep\s+(?:it|them)\s+)(?:\w+ly\s+)?$", re.I)


def _subject_cue(before: list, done: list[Fact], s: str) -> tuple | None:
    """The cue a pronoun stands for: the metric of the last figure said before it, at its own cue ("Consulting revenue
    was $31.5 million, down 3%, ..., and we expect it to be roughly flat")."""
    if not done:
        return None
    metric = done[-1].metric
    return next((x for x in before if x[2] == metric and x[0] < s.find(done[-1].text)), None)


_SHARE_AFTER = re.compile(r"\s+of\s+(?:(?:our|the|its|total|group|net)\s+)*[\w-]+", re.I)
_VIEW_LEAD = re.compile(r"\b(?:our|my|the)\s+(?:current\s+)?(?:view|outlook|expectation|assumption|thinking)\s+(?:now\s+|today\s+)?is\s+that\b"
                        r"|\bwe\s+(?:now\s+|still\s+)?(?:think|believe)\s+(?:that\s+)?[^,;.]{1,40}?\b(?:will|should|can)\b", re.I)
""""our view now is that adjusted EBITDA grows modestly", "we think capex will be lower", "we think the margin can keep
rising": an outlook said as a view."""
_VIEW_WAY = re.compile(r"\bwe\s+(?:now\s+|still\s+)?(?:think|believe)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,6}?(?:will|can|should)\s+"
                       r"(?:(?:keep|continue\s+to)\s+)?(?:\w+ly\s+)?(?:edging\s+|be\s+)?(?:recover|rebound|rise|grow|improve|increase|"
                       r"decline|fall|expand|contract|up\b|down\b|higher\b|lower\b|flat\b|stable\b)", re.I)
""""we think gross margin will recover", "we think the margin can keep edging up": a view whose modal verb is followed by
the way itself, which holds no other outlook word (not "we believe the team will continue to expand our reach")."""
_BELOW_THE = re.compile(r"[^,;]{0,30}?,?\s*(?:(?:lower|higher|less|more|better|worse)\s+(?=than\b))?(?:below|above|than|from|versus|compared\s+(?:to|with)|short\s+of|ahead\s+of)\s+(?:the\s+|our\s+)?", re.I)
_THAN_THE = re.compile(r"\s+than\s+(?:the\s+|our\s+)?", re.I)
_LEVEL_KEPT = re.compile(r"similar|consistent|in\s+line|unchanged", re.I)
_SAID_BY = {"segment_revenue": ("segment_revenue", "revenue"), **{k: tuple(_MARGINS) for k in _MARGINS}}
"""The figures that say where a metric goes: a part's revenue by the revenue figure said of it, a margin by any margin's."""


def _part(c: tuple) -> str:
    """The part a cue names ("gaming", "embedded"), for parts' revenue: each part's outlook is its own; so is each
    measure the taxonomy has no name for ("the cost of funds ..., and lease yields ...": two measures, both `other`)."""
    return c[3].lower() if c[2] in ("segment_revenue", "other") else ""


def _label(period: Period | None) -> str | None:
    return period.label if period is not None else None


_BECAUSE_BETWEEN = re.compile(r"\bbecause\s+(?!of\b)", re.I)


def _said_period(s: str, m, ctx: Context, st: State) -> Period | None:
    """The period a direction without a figure is said for: the nearest period named after it (else before it), not
    the base it is held against; with none, the paragraph's outlook period or the next one."""
    pc = every = period_cues(s, ctx)
    pc = [c2 for c2 in pc if c2.rel not in ("year_ago", "prev_q")]  # "down slightly versus last year"
    pc = [c2 for c2 in pc if (not comparison_cue(s, c2) or _THAN_LINE.search(s, max(0, c2.start - 40), c2.start)) and not _FROM_BASE.search(s, max(0, c2.start - 30), c2.start)]  # "to come in under the second quarter", "rising off the weak first-quarter level"
    brk = CLAUSE_BREAK.search(s, m.end())
    near = ([c2 for c2 in pc if c2.start >= m.start() and not _than_base(s, m.end(), c2.start)  # "stronger than the ARR we see this year"
             and (brk is None or c2.start < brk.start())  # "a bit lower than the first quarter, ..., and the second half should be ..."
             and not ("ecause" in s and _BECAUSE_BETWEEN.search(s, m.end(), c2.start))]  # "slightly below last year, because the slowdown at year-end ...": the reason's
            or [c2 for c2 in pc if c2.end <= m.start()][-1:])
    chosen = near[0] if near else None
    if chosen is not None and chosen.rel == "this_q" and not _RECALLED.search(s):
        chosen = None  # "flat with last year's fourth quarter, and ... in the quarter": the quarter guided
    if ((chosen is None or chosen.rel in ("h_last_year", "q_last_year")) and ctx.fiscal_year
            and (ahead := _part_held_a_year_on(s, every, ctx)) is not None):
        return ahead
    return P.resolve(chosen, ctx.fiscal_year, ctx.fiscal_quarter, True) if chosen else (
        st.period if st.period and st.future else P.next_period(ctx.fiscal_year, ctx.fiscal_quarter) if ctx.fiscal_quarter
        else P.label(ctx.fiscal_year, half=2) if ctx.fiscal_half == 1 and ctx.fiscal_year  # a first half's call looks to the second
        else (P.label(ctx.fiscal_year + 1) if ctx.fiscal_year else None))


def _than_base(s: str, start: int, end: int) -> bool:
    """"than" before the period words makes them the base's ("stronger than the ARR we see this year"), unless what it
    names is another measure outpaced, so the period words date the outlook itself: "to grow more slowly than revenue
    in 2027", "rise faster than sales next year", "ahead of inflation next year"."""
    t = _THAN.search(s, start, end)
    if t is None:
        return False
    if THAN_MEASURE.fullmatch(s, t.end(), end) is not None and not _BASE_NOUNS.search(s, t.end(), end):
        return False
    return not (_THAN_LINE.search(s, start, end) or _THAN_NO_TIME.fullmatch(s, start, end))


def _part_held_a_year_on(s: str, cues, ctx: Context) -> Period | None:
    """"flat against last year's second half", "up on the fourth quarter of last year": a quarter or half a year back
    held as the base of an outlook names the same part of this year, when the call has not reported it yet."""
    for i, c2 in enumerate(cues):
        if not (c2.half or c2.quarter) or c2.year:
            continue
        p = P.resolve(c2, ctx.fiscal_year, ctx.fiscal_quarter, True)
        if p is None or p.fiscal_year is None:
            continue
        if c2.rel in ("h_last_year", "q_last_year"):
            year = p.fiscal_year + 1
        elif i and cues[i - 1].rel == "year_ago" and 0 <= c2.start - cues[i - 1].end <= 3:
            year = ctx.fiscal_year  # "last year's" said before the part, as its own cue
        else:
            continue
        ahead = P.label(year, c2.quarter, c2.half)
        closed = ((ctx.fiscal_year, ctx.fiscal_quarter) if ctx.fiscal_quarter in (1, 2, 3)
                  else (ctx.fiscal_year, 2) if ctx.fiscal_half == 1 and not ctx.fiscal_quarter else (ctx.fiscal_year, 5))
        return ahead if P.period_key(ahead) > closed else None
    return None


_PAIRED = re.compile(r"\s+and\s+(?:(?:the|our|its)\s+)?$", re.I)
_PAIRS = frozenset("revenue segment_revenue operating_income net_income eps ebitda ebit bookings units gross_profit free_cash_flow "
                   "operating_cash_flow".split())
_NOT_A_SUBJECT = re.compile(r"\b(?:excluding|excl\.|before|lower|higher|positive|negative|from|of|with|by)\s+(?:[\w-]+\s+)?$", re.I)
""""opex excluding stock-based compensation and D&A", "absorbed lower interest income and ...": the first noun is no
subject of the move."""


_GROWTH_NEXT = re.compile(r"\s+growth\b(?!\s+(?:rates?\s+)?(?:of|at|to|from)\s)", re.I)
_LEAD_GAP = re.compile(r"\s+(?:(?:adjusted|diluted|reported|GAAP|non-GAAP|core|organic|underlying|total|net)\s+){0,2}", re.I)


def _pair_growing(s: str, cues, q) -> tuple | None:
    """"9% sales and EPS growth", "nearly 30% adjusted operating income and diluted EPS growth": the figure is
    the growth of both metrics the pair after it names."""
    after = [c for c in cues if c[0] >= q.end]
    if len(after) < 2 or " growth" not in s[q.end:q.end + 120]:
        return None
    a, b = after[0], after[1]
    if (a[2] in _PAIRS and b[2] in _PAIRS and a[2] != b[2] and _LEAD_GAP.fullmatch(s, q.end, a[0])
            and re.fullmatch(r"\s+and\s+(?:(?:adjusted|diluted|reported|GAAP|non-GAAP|core)\s+){0,2}", s[a[1]:b[0]], re.I)
            and _GROWTH_NEXT.match(s, b[1])):
        return a, b
    return None


def _shared_move(s: str, cues, q, facts: list[Fact]) -> list[Fact]:
    """"third-quarter operating profit and diluted EPS should fall by low double digits", "sales and operating profit each rose
    12%": one move said of two metrics joined by "and" is a fact of each. Only a move (a percent change): "cash and
    investments of $5 billion" is one total."""
    f = facts[0]
    if f.unit == "%" and f.direction is None and not q.negative and (pair := _pair_growing(s, cues, q)) is not None:
        moved = {"change": f.change or Change.YOY, "direction": Direction.UP}
        return [f.model_copy(update={**moved, "metric": c[2], "phrase": c[3]}) for c in pair]
    if f.change is None or f.unit != "%" or f.metric in (None, "other"):
        return facts
    for a, b in zip(cues, cues[1:]):
        if (b[2] == f.metric and a[2] != f.metric and b[1] <= q.start and a[2] in _PAIRS and f.metric in _PAIRS
                and not _NOT_A_SUBJECT.search(s, max(0, a[0] - 30), a[0])
                and _PAIRED.fullmatch(s, a[1], b[0]) and not any(c.isdigit() for c in s[b[1]:q.start])):
            return [f.model_copy(update={"metric": a[2], "phrase": a[3]}), f]
    return facts


def _qualitative(s: str, cues, kcues, qs, ctx: Context, st: State, line: int, page: int | None, done: list[Fact]) -> list[Fact]:
    """"We see gross margin moving up slightly": a guided direction without a figure."""
    out: list[Fact] = []
    taken = {f.metric for f in done}
    if "revenue" in taken:
        taken.add("segment_revenue")  # "In Wealth Advisory we plan to grow revenues by around 8% a year": the figure says it
    if "margin" in taken:
        taken |= _MARGINS  # "with its EBITDA margin roughly flat at about 21%": a part's margin, which the figure says
    if any(f.unit == "x" for f in done):
        taken |= {"debt", "net_debt"}  # "bring net leverage down to about 2 times": the multiple says where leverage goes
    said: set[tuple] = set()
    parts = [(n.start(), n.end(), "segment_revenue", n.group(0)) for n in ctx.segments.finditer(s)] if ctx.segments is not None else []
    for m in QUAL_DIR.finditer(s):
        if any(q.start <= m.start() < q.end + 3 or abs(q.start - m.end()) < 4 for q in qs):
            continue
        if m.group(0).lower().startswith("up") and _PHRASAL_UP.search(s, max(0, m.start() - 12), m.start()):
            continue  # "as we catch up on initiatives": a phrasal verb, no way
        if m.group(0).lower() == "up" and _UP_TO_BOUND.match(s, m.end()):
            continue  # "partners who can take up to half of a campus": a bound on a share, no way
        if m.group(0)[:3].lower() == "rec" or m.group(0)[:4].lower() == "rebo":
            if (not _RECOVERS_AFTER.search(s, max(0, m.start() - 24), m.start()) or _LAST_TO.search(s, max(0, m.start() - 24), m.start())
                    or not any(0 <= m.start() - c[1] <= 30 for c in cues) or any(n.start() > m.end() for n in QUAL_DIR.finditer(s, m.end()))):
                continue  # a rebound is read only of the metric just before it, and the words after it say where it goes
        if supposed_outcome(s, m.start()):
            continue  # "if selling prices fell 10%, our margin would come down about 3 points": a sensitivity's way
        if _IN_OF.match(s, m.end()) and _ARTICLE_BEFORE.search(s, max(0, m.start() - 30), m.start()):
            continue  # "the ongoing increase in input costs": a noun made with a direction word
        if not _verb_form_ok(s, m, cues):
            continue  # "to meet growing demand", "a stronger second half": an adjective, not a way the outlook gives
        if m.start() > 0 and s[m.start() - 1] in "-‐":
            continue  # "the usual step-up in payroll costs", "the ramp-up": a noun, not a direction the outlook gives
        if _NO_WAY_AFTER.match(s, m.end()) or (m.group("flat") and _PLAN_KEPT.search(s, max(0, m.start() - 90), m.start())):
            continue  # "the lower end of that range", "we're well above that", "our target ... is unchanged": no way
        if m.group("flat") and similar_to_other(s, m.start(), m.end()):
            continue  # "margins similar to the U.S.", "year-over-year performance similar to the December quarter": no way
        if any(0 <= m.start() - q.end <= 40 and _OWN_WORDS.fullmatch(s, q.end, m.start()) for q in qs):
            continue  # "an 18% expected drop in ...": the figure's own direction
        if (re.match(r"\s+(?:from|to|by)\s+(?:(?:our|the|a|prior|previous|original|range|guidance|of|about|approximately|roughly|around|nearly)\s+){0,4}(?!(?<=from\s)[QH][1-4]\b)\S*\d", s[m.end():m.end() + 50])
                and not _PAST_BASE.match(s, m.end())):
            continue  # "up from EUR 2.15": the figure says it; not "up slightly from the 3.1% we just reported", a base (nor "from Q2", a period)
        if s.startswith(" of ", m.end()) and _NOUN_FIGURE.match(s, m.end()):
            continue  # "a volume decline of 2% to 3%": the noun's own figure says it (read or left out as another's)
        if (s.startswith(" than ", m.end()) and any(f.kind is FactKind.PRIOR_GUIDANCE and f.text and (at := s.find(f.text, m.end())) >= 0
                                                      and _THAN_THE.fullmatch(s, m.end(), at) for f in done)):
            continue  # "lower than the $150 million we expected in May": the new view held against the old one, no way of the measure
        before = [c for c in cues if c[1] <= m.start()]
        if ctx.segments is not None:
            # "gross margin excluding fuel to be roughly flat": a part after "excluding" is taken out, not the line guided
            named = [x for x in parts if x[1] <= m.start() and not _TAKEN_OUT.search(s, max(0, x[0] - 12), x[0])]
            # "devices to be down modestly", Devices a part of the call: the part's revenue, not a count of devices; but a
            # metric that holds a part's name and more ("same-store revenue") stays the metric
            named = [y for y in named if not any(x[0] <= y[0] and y[1] <= x[1] and x[1] - x[0] > y[1] - y[0] for x in before)]
            # "same-store sales in Chile to keep growing", "gross margin in Canada to improve": the part is where the
            # metric named before it is measured, not the part's sales
            named = [y for y in named if not any(x[1] <= y[0] and x[2] not in ("revenue", "segment_revenue")
                                                 and _SCOPE_GAP.fullmatch(s, x[1], y[0]) for x in before)]
            # "Mobility trips to keep growing": the part's name before a counted noun names the part's volume, not its sales
            # "Ethiopia's losses to keep narrowing": the part's profit, whose line the words do not name
            named = [y for y in named if not _LOSSES_NEXT.match(s, y[1])]
            named = [(y[0], w.end(), metric, s[y[0]:w.end()]) if (w := _PLURAL_NEXT.match(s, y[1])) is not None
                     and (metric := _noun_metric(w.group(1))) != "other" else y for y in named]
            before = sorted([x for x in before if not any(y[0] <= x[0] and x[1] <= y[1] for y in named)] + named)
        # Breakeven is a level, zero in its line's unit, and is read on this one path: its line is found below (named
        # after it, at the level it is reached at, before it, or the company's own result), then it goes one of two
        # ways, as any level does: stated as where the line stands or stood (an actual, at `stands`) or said after an
        # outlook word (the outlook's, at the end).
        breakeven = m.group("flat") is not None and "break" in m.group(0).lower()
        # "leaving us with approximately breakeven net income": breakeven names its metric after it
        # (and "reach breakeven at the EBITDA level": the line said as the level it is reached at)
        after = [c for c in cues if 0 <= c[0] - m.end() <= 2 or "level" in s[c[1] - 5:c[1] + 7] and _AT_THE_LEVEL.fullmatch(s, m.end(), c[0])
                 ] if breakeven else []
        line_at = _BREAKEVEN_LINE.match(s, m.end()) if breakeven and not after else None
        if line_at:  # "roughly breakeven at the operating line", "close to breakeven on an EBITDA basis": the line named after it
            after = [(line_at.start("what"), line_at.end("what"), _BREAKEVEN_METRIC[line_at["what"].split()[-1].lower()], line_at["what"])]
        noun = m.group("n_up") or m.group("n_down")
        if noun:
            if _NOUN_FIGURE.match(s, m.end()) or any(0 <= m.start() - q.end <= 50 and _FIGURE_OF_NOUN.fullmatch(s, q.end, m.start()) for q in qs):
                continue  # "expansion of 30 to 50 basis points", "another 80 basis points of gross margin expansion": the figure says it
            # a margin widens or narrows: "margin expansion", "expansion in our gross margin"; not a business's expansion
            after = [c for c in cues if 0 <= c[0] - m.end() <= 40 and _NOUN_OF_MARGIN.fullmatch(s, m.end(), c[0])][:1]
            lead = _NOUN_LEAD.search(s, max(0, m.start() - 60), m.start()) is not None
            before = [c for c in before if c[1] <= m.start() and (lead or m.start() - c[1] <= 2)]
        if not after and _ADJECTIVE_WAY.fullmatch(m.group(0)) and _HEDGED_DIR.search(s, max(0, m.start() - 20), m.start()):
            # "we expect roughly flat gross margin against the first quarter": a hedged way said before its metric
            after = [c for c in cues if 0 <= c[0] - m.end() <= 2 and not _ATTRIBUTIVE.match(s, m.end()) and _NOUN_ENDS.match(s, c[1])]
        before = [c2 for c2 in before if not _SHARE_OF.search(s, max(0, c2[0] - 24), c2[0])  # "1% of revenue": the base
                  and not (c2[2] == "eps" and SHARE_OF.match(s[c2[1]:c2[1] + 60]))]  # "marketing as a share of revenue": no per-share line
        if (not before and not after and not breakeven and st.metric is not None and st.metric.endswith(("margin", "rate")) and st.unit in ("%", "bps")
                and m.start() < 50 and _PRONOUN_SUBJECT.search(s, max(0, m.start() - 40), m.start())):
            # "Gross margin was 12.0%, down 80 basis points. We expect it to be lower next year too.": a sentence that opens
            # on an outlook of "it" is of the rate the paragraph's last figure gave
            before = [(m.start(), m.start(), st.metric, st.phrase)]
        if (not before and not after and not breakeven and not noun and (subj := unnamed_subject(s, m.start(), st.metric, st.phrase, st.unit == "%" and not st.future)) is not None
                and not any(0 <= q.start - m.end() <= 30 and not CLAUSE_BREAK.search(s, m.end(), q.start) for q in qs)):
            # "we expect maintenance expense to decline": a measure the table has no name for, the frame's subject (not
            # "Trade to grow in the high single digits": the figure after the way says it)
            before = [subj]
        if not before and not after:
            if not (breakeven and _WE_WERE.search(s, max(0, m.start() - 30), m.start())
                    and not _OTHER_BASIS.match(s, m.end())):
                continue  # not "we are roughly breakeven on a headcount basis": a yardstick of its own, unnamed
            after = [(m.start(), m.start(), "net_income", "breakeven")]  # "we were breakeven on an adjusted basis": the company's result
        if not after and any(0 <= c2[0] - m.end() <= 2 for c2 in cues):
            continue  # "on a relatively flat spending base": the word describes the noun after it, not one before
        if not after and breakeven:
            before = [x for x in before if x[2] not in COUNT_METRICS] or before  # "EBITDA at the new stores was breakeven": no count breaks even
        c = after[0] if after else before[-1]
        if (not after and len(before) > 1 and c[2] in COUNT_METRICS and before[-2][2] not in COUNT_METRICS
                and _ON_COUNTED.fullmatch(s, before[-2][1], c[0])):
            c = before[-2]  # "lease rates on new placements to keep rising": the rate rises; the placements only say which
        if not after and (m.group("v_up") or m.group("v_down") or m.group("v_flat")):
            if not _TABLE_GAP.fullmatch(s, c[1], m.start()):
                continue  # "as we sell older buildings, we expect our footprint to shrink": the verb's subject is another noun
            if m.group("v_flat") and c[2] == "stores":
                continue  # "the new stores to stabilize next year": they mature, no count holds
            if not m.group("v_up") and _GROWTH_SUBJECT.search(s, max(0, c[0] - 45), m.start()):
                continue  # "revenue growth to moderate", "the pace of compression should slow": the growth slows, the line need not fall
        if not after and industry_way(s, c[0], m.start()):
            continue
        if (m.group("better") or m.group("worse")) and (c[2] in _COST_METRICS or _BETTER_NOT_WAY.match(s, m.end())
                                                        or after or not _SUBJECT_BETTER.fullmatch(s, c[1], m.start())):
            continue  # "costs should be better" is no sure way; "better positioned", "better than we expected": no way of the measure
        if noun and not c[2].endswith("margin"):
            continue  # "continued expansion in Latin America", "expansion of our store base": no measure's way
        if noun and (_NOUN_COMPOUND.match(s, m.end()) or not after and m.start() - c[1] <= 2 and _DEFINITE_BEFORE.search(s, max(0, c[0] - 30), c[0])):
            continue
        told = _PRONOUN_SUBJECT.search(s, max(0, m.start() - 40), m.start()) if not after else None
        if told and done:
            if any(f.unit == "%" and _SHARE_AFTER.match(s, s.find(f.text) + len(f.text)) for f in done):
                continue  # "China was 14% of group revenue, ..., and we expect it to decline slightly": a share's way
            c = _subject_cue(before, done, s) or c  # "Consulting revenue was $31.5 million, ..., and we expect it to be roughly flat": it is the revenue
        if c[2] == "margin" and not after and (held := _margin_named(s, c, cues, st, ctx)) is not None:
            c = (c[0], c[1], held, c[3])  # "On EBITDA, ... so the margin should be a bit lower": the margin of the profit named
        improving = m.group(0)[:5].lower() == "impro" or m.group("better") is not None
        if improving and c[2] in _PEOPLE_COUNTS:
            continue  # "visitation among customers to improve", "the margin on those accounts is better": people fare better, no count's way
        if improving and not after and (_CLAUSE_BETWEEN.search(s, c[1], m.start()) or m.group("better") is None and _BARE_OBJECT.match(s, m.end())):
            continue  # "revenue growth next year as conditions continue to improve": what improves is another clause's
            # subject; "debt reduction, ... our chance to improve shareholder returns": a deed on what follows
        if not after and _SOFT_OBJECT.match(s, m.end()):
            continue  # "the new marketing will increase awareness of the brand": a deed on what follows, no measure's way
        between = [q for q in qs if c[1] <= q.start < m.start()] if not after else []
        base = _PAST_BASE.match(s, m.end())
        last = max((q for q in qs if c[0] - 30 <= q.end <= m.start()), key=lambda q: q.end, default=None)
        if last is not None and _WHICH.match(s, last.end, m.start()):
            continue  # "our now $2.3 billion of escrow balances, which we expect to keep growing": the figure's thing
        period = _said_period(s, m, ctx, st)  # read once: the same period dates the fact below
        if (c[2], _part(c), _label(period)) in said:
            continue  # "roughly flat next year, maybe up slightly": the outlook is said once a period
        if (c[2] in taken and (not between or not CLAUSE_BREAK.search(s, between[-1].end, m.start()))
                and _figure_says(s, c, m, cues + parts, done, ctx, base)):
            continue  # the figure already says where the metric goes
        if c[2] in taken and base is None and _figure_ahead(s, m, c, done):
            continue  # "and we expect it to grow in year two to $12 million": the figure after it says it
        if (c[2] in taken and base is not None and "closer" in s[base.end():base.end() + 30].lower()
                and any(f.kind is FactKind.GUIDANCE and f.metric in _SAID_BY.get(c[2], (c[2],)) and f.text
                        and _CLOSER_TO.fullmatch(s, base.end(), s.find(f.text, base.end())) for f in done)):
            continue  # "a bit lower than the 6% we just posted, closer to 4% to 5%": past the base, the outlook's own figure
        if not after and _EFFECT_NOUN.match(s, c[1], m.start()):
            continue  # "gross margin dilution from new nodes will be larger": the dilution grows, not the margin
        if not after and len(s[max([c[1], told.start() if told and "guid" in s and _DECLINED_GUIDE.match(s, c[1], told.start()) else 0] + [a.start() for q in between if (a := _AND_TO.search(s, q.end, m.start()))]):m.start()].split()) > (16 if noun else 8):
            continue  # (a pronoun said for the metric stands where the metric would: "net profit, Ann, but we expect it to be clearly higher")
        if not after and "how " in s and _HOW_FAST.search(s, max(0, c[0] - 30), c[0]):
            continue  # "the rest depends on how fast the installed base grows": a condition, not an outlook
        kb = [k for pos, k in kcues if pos < m.start()]
        near = _NEAR_EVEN.search(s, max(0, m.start() - 20), m.start()) if breakeven else None  # "around breakeven": the figure's hedge
        stands = (_STANDS_AT.search(s, max(0, m.start() - 40), m.start()) if breakeven
                  and (not kb or kb[-1] is FactKind.ACTUAL) and ctx.fiscal_quarter else None)
        if stands and (after or len(s[c[1]:stands.start()].split()) <= 4 and not any_in(s[c[1]:stands.start()], (",", ";"))):
            # "the lending arm is now close to breakeven on an EBITDA basis", "adjusted EBITDA was roughly breakeven in the
            # quarter", "we were breakeven this quarter": where the line stands or stood, the quarter's (or the period named)
            line_cue = after[0] if after else c
            named = [p for p in period_cues(s, ctx) if not comparison_cue(s, p) and p.rel not in ("year_ago", "prev_q")]
            when = P.resolve(named[0], ctx.fiscal_year, ctx.fiscal_quarter, False) if named else None
            out.append(Fact(metric=line_cue[2], phrase=line_cue[3], value=Decimal(0), unit=_even_unit(line_cue[2], ctx), approx=near is not None,
                            direction=None, period=when or P.label(ctx.fiscal_year, ctx.fiscal_quarter), kind=FactKind.ACTUAL, change=None,
                            basis=basis_simple(s, line_cue, ctx) or (basis_of(b.group(0)) if (b := BASIS_CUES.search(s[m.end():m.end() + 30])) else None),
                            speaker=ctx.speaker, turn=ctx.turn, line=line, page=page, sentence=s,
                            text=s[near.start() if near else m.start():m.end()]))
            continue
        if (not kb or kb[-1] not in (FactKind.GUIDANCE, FactKind.TARGET)) and _VIEW_LEAD.search(s, 0, m.start()):
            kb, kcues = [FactKind.GUIDANCE], [*kcues, (_VIEW_LEAD.search(s, 0, m.start()).start(), FactKind.GUIDANCE)]
        if not kb or kb[-1] not in (FactKind.GUIDANCE, FactKind.TARGET, FactKind.PRIOR_GUIDANCE):
            continue
        if m.group("held") and _ASSUMED_LEVEL.search(s, max(0, c[0] - 40), c[0]):
            continue  # "if the euro stays around today's levels": an assumption, not an outlook
        if not after and _REASON_SUB.search(s, max(max(pos for pos, _ in kcues if pos < m.start()), c[0] - 50), c[0]):
            continue  # "gross margin to keep edging up as wafer costs come down": the costs' way is the reason, not an outlook
        if explained(s, max(pos for pos, _ in kcues if pos < m.start()), min(c[0], m.start())):
            continue  # "NII is expected to rise 10%, reflecting growth in loan balances": a reason, not an outlook of its own
        if "n't" in s or "not" in s or "never" in s:
            # "you shouldn't expect us to cut costs lower": no outlook is stated, save by a clause after "but" ("no guidance
            # until May, but we expect margins to be higher next year")
            if any(_NEGATED.search(s, max(0, pos - 16), pos) and not _BUT.search(s, pos, m.start()) for pos, _ in kcues if pos < m.start()):
                continue
        if _ATTRIBUTIVE.match(s, m.end()):
            continue  # "higher margin businesses": a kind of business, not a direction
        if m.group("up"):
            direction = Direction.UP
        elif m.group("down"):
            direction = Direction.DOWN
        else:
            direction = Direction.FLAT
        if improving and (c[2] in _COST_METRICS or _LOWER_IS_BETTER.search(c[3]) or _COST_RATIO.search(c[3])):
            direction = Direction.DOWN  # "leverage should improve", "the comp ratio to improve again": better is lower
        if direction is not Direction.FLAT and c[2] in PNL_METRICS and _LOSS_BEFORE.search(s, c[0], m.start()):
            # "the unit's operating losses will be larger next year": a loss that grows is a profit that falls
            direction = Direction.DOWN if direction is Direction.UP else Direction.UP
        approx = bool(m.group("deg")) or bool(_HEDGED_DIR.search(s[max(0, m.start() - 20):m.start()]))
        kind = kb[-1]
        recalled = [f for f in done if f.kind is FactKind.PRIOR_GUIDANCE and f.period is not None and 0 <= s.find(f.text) < m.start()]
        if recalled and not any(f.kind is FactKind.GUIDANCE for f in done):
            # "last quarter's outlook had sales of $51 million to $55 million and operating margin edging higher than
            # the first half's": an item of the recalled outlook, of its period
            kind, period = FactKind.PRIOR_GUIDANCE, recalled[-1].period
        start = m.start()
        hm = _HEDGED_DIR.search(s[max(0, m.start() - 20):m.start()])
        if hm:
            start = max(0, m.start() - 20) + hm.start()
        elif near:
            start = near.start()  # "around breakeven": the hedge is the figure's
        elif s[max(0, start - 6):start].endswith(("k ", "e ", "h ", "p ", "t ", "o ")) and (vp := _WAY_SAID_BY.search(s, max(0, start - 8), start)):
            start = vp.start()  # "to tick down slightly", "to come down again": the way is said from its verb
        out.append(Fact(
            metric=c[2], phrase=c[3], value=Decimal(0) if breakeven else None, unit=_even_unit(c[2], ctx) if breakeven else None,
            approx=approx or near is not None,
            direction=None if breakeven else direction, period=period, kind=kind,
            change=None if breakeven else qualitative_change(s, m.end(), period.quarter if period else None, ctx.fiscal_quarter,
                                                             period.half if period else None),
            basis=basis_simple(s, c, ctx), speaker=ctx.speaker, turn=ctx.turn, line=line, page=page, sentence=s,
            text=s[start:m.end()],
        ))
        said.add((c[2], _part(c), _label(period)))
    return out


def _even_unit(metric: str, ctx: Context) -> str:
    """Breakeven is zero in the line's own unit: the call's currency, or points of a margin."""
    return "%" if metric.endswith("margin") else ctx.currency


_SEGMENT_LEAD = re.compile(
    r"\W*(?i:(?:and|now|so|next|finally|lastly)\s*,?\s+)?(?i:in|within|moving\s+(?:on\s+)?to|turning\s+(?:now\s+)?to|as\s+(?:to|for)|for|at|(?P<out>outside(?:\s+of)?))\s+"
    r"(?:our\s+|the\s+)?(?P<name>[A-Z][\w&'.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'.-]*){0,4})"
    r"(?:\s+(?P<kind>segment|division|business|businesses|unit|region|group|franchise))?\s*(?:,|\s[–—-]\s)")
_MOVE_BETWEEN = re.compile(r"\b(?:increase|decrease|decline|rise|growth|up|down|higher|lower|more|less|fewer|compared|versus|against)\b", re.I)
_CLIENT_VERBS = (" using ", " deploy", " adopt", " migrat", " switch", " rolling out", " after moving", " by moving")
_SEGMENT_LEAD_LOW = re.compile(
    r"\W*(?i:(?:and|now|so|next|finally|lastly)\s*,?\s+)?(?i:moving\s+(?:on\s+)?to|turning\s+(?:now\s+)?to|starting\s+with|beginning\s+with)\s+"
    r"(?:our\s+|the\s+)?(?P<name>[a-z][a-z'’-]*(?:\s+(?:and\s+)?[a-z][a-z'’-]*){0,2})\s*(?:,|\s[–—-]\s)")
"""A lead naming a part in lower case after a heading verb only ("Moving to marine and rail, revenue was ..."): after
"in" or "for" a lower-case word is any noun ("In total, ...")."""
_PART_OPENS = re.compile(r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'.-]*){0,3})(?:['’]s)?\s+(?:(?:net|total)\s+)?(?:revenues?|sales)\b")
_GENERIC_SALES = re.compile(r"(?:(?:total|net|overall|gross|organic)\s+)?(?:revenues?|sales)(?:\s+growth)?", re.I)
_SALES_SUBJECT = re.compile(r"\W*(?:(?:in|for|during)\s+the\s+(?:quarter|year|period|half)\s*,\s*)?(?:(?:first|second|third|fourth)[-\s]quarter\s+|"
                            r"(?:q[1-4]|quarterly|full[-\s]year|first[-\s]half|second[-\s]half|its|their)\s+)?", re.I)
""""Revenue was ...", "Fourth-quarter sales were ...": the sales a sentence opens on, its subject."""
_LEVEL_COMPARED = re.compile(r"\b(?:compar(?:es|ed|ing)\s+(?:to|with)|versus|against)\s+(?:about\s+|roughly\s+|approximately\s+)?$", re.I)
_NAMED_MARGINS = frozenset({"gross_margin", "operating_margin", "ebitda_margin"})
_BARE_BEFORE = re.compile(r"(?:^|[,;:]|\b(?:the|our|a|that|this|and|its|total|overall|consolidated))\s*$", re.I)
""""the margin", "and margin": no name of its own before the word ("an EBITA margin", "contribution margin" have one)."""


def _held_margin(st: State, s: str, at: int, cues: list, q: Quantity) -> tuple[str, Basis | None] | None:
    """The named margin a bare "the margin" takes up: the paragraph's last figure was that margin, or its profit (an
    amount or its move), and the sentence names no other profit or margin before the figure."""
    held = st.metric if st.metric in _NAMED_MARGINS else MARGIN_OF.get(st.metric or "")
    if held not in _NAMED_MARGINS or st.unit is None or not _BARE_BEFORE.search(s, max(0, at - 14), at):
        return None
    if any(c[1] <= q.start and (c[2] in MARGIN_OF or c[2] in _NAMED_MARGINS) and c[2] not in (held, st.metric) for c in cues):
        return None
    return held, st.basis


def _margin_named(s: str, c: tuple, cues: list, st: State, ctx: Context) -> str | None:
    """The named margin a bare "the margin" of an outlook without a figure means: of the profit or margin the sentence
    named before it ("On EBITDA, ..., so the margin should be lower"), else the paragraph's (as `_held_margin`), else the
    one the question asked about ("your guide implies an EBITDA margin of ...?" "... we would expect the margin to dip")."""
    if not _BARE_BEFORE.search(s, max(0, c[0] - 14), c[0]):
        return None
    named = {x[2] if x[2] in _NAMED_MARGINS else MARGIN_OF.get(x[2]) for x in cues if x[1] <= c[0]} - {None}
    if named:
        return named.pop() if len(named) == 1 and named <= _NAMED_MARGINS else None
    held = st.metric if st.metric in _NAMED_MARGINS else MARGIN_OF.get(st.metric or "")
    if held in _NAMED_MARGINS:
        return held
    asked = {x[2] for x in metric_cues(ctx.question[-_QUESTION_CHARS:])} & _NAMED_MARGINS if ctx.question else set()
    return asked.pop() if len(asked) == 1 else None


_BARE_MARGIN = re.compile(r"(?:^|\b(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+)\W*(?:the|a)\s+margin(?:\s+of|\s+was|\s+came\s+in\s+at|\s+is)?\s+"
                          r"(?:(?:about|roughly|approximately|around|nearly)\s+)?$|^\W*(?:At\s+the\s+midpoint,\s+)?(?:that|this|it)(?:['’]s|\s+is)\s+a\s+margin\s+of\s+"
                          r"(?:(?:about|roughly|approximately|around|nearly)\s+)?$", re.I)
""""The margin of 21.0% compares with ...", "At the midpoint, that is a margin of about 20.8%": a margin named by no line."""
_MIDPOINT_OF = re.compile(r"\bmid-?point\s+(?:(?:is|was|of|at|to|moves\s+(?:up\s+|down\s+)?to)\s+)?(?:(?:about|roughly|approximately|around)\s+)?$", re.I)
"""The midpoint of the range just given: "..., which keeps the midpoint at $630 million"."""
_MIDPOINT_WORD = re.compile(r"\bmid-?point\b", re.I)
_AT_THE_MIDPOINT = re.compile(r"(?:\s+(?:[\w%'-]+|per\s+share)){0,4}?\s+(?:at|on|to)\s+the\s+(?:new\s+)?mid-?point\b", re.I)
_OWN_PAST_AFTER = re.compile(r",?\s+(?:that\s+|which\s+)?(?:we|it|they|the\s+company)\s+(?:\w+\s+)?(?:earned|made|posted|reported|delivered|"
                             r"did|generated|had|achieved|produced|saw)\b", re.I)
_MIDPOINT_FROM = re.compile(r"\bmid-?point\s+(?:(?:of|for)\s+)?(?:(?!(?:we|I|and|but|while|narrow\w*|widen\w*|tighten\w*)\s)[\w'’&/-]+\s+){0,8}?from\s+(?:about\s+|approximately\s+)?$", re.I)
_FROM_TO = re.compile(r"\s*(?:per\s+(?:diluted\s+)?share\s+)?to\s+(?:about\s+|approximately\s+)?", re.I)
_THE_QUARTER = re.compile(r"(?:in|for|during)?\s*the\s+quarter", re.I)
_QUARTER_OPENS = re.compile(r"\W*(?:(?:and|but)\s+)?(?:the|that)\s+quarter\s+(?:also\s+)?(?:has|carries|includes|brings|holds|sees|will\s+(?:have|carry|include|bring|see))\b", re.I)
_OF_THE = re.compile(r"\bof\s+$", re.I)
_STEPS_TO = re.compile(r"\b(?:steps?\s+(?:up|down)|rises?|climbs?|goes|moves?|increases?|falls?|drops?|declines?|comes?\s+down|edges?\s+(?:up|down)|"
                       r"ticks?\s+(?:up|down))\s+to\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+)?$", re.I)
_FROM_OWN_QUARTER = re.compile(r"[^.;]{0,50}?,?\s+from\s+(?:about\s+|around\s+|roughly\s+)?[$€£¥]?\s?\d[\d.,]*\s*(?:million|billion|%|basis\s+points)?\s+"
                               r"in\s+the\s+(?P<q>first|second|third|fourth)\s+quarter\b(?!\s+(?:of\s+)?(?:last|20\d\d|a\s+year))", re.I)
_COSTS_NOW = re.compile(r"\b(?:costs?|adds?|takes?|weighs?|hurts?|helps?|contributes?|is|are)\s+(?:us\s+)?(?:about\s+|roughly\s+|approximately\s+|around\s+|another\s+)?$", re.I)
""""the loan costs us about $0.03 a share in the quarter": a figure said in the present, of the quarter being guided."""
_FIGURE_BETWEEN = re.compile(r"[$€£¥]\s*\d|\d\s*%|\d\s+(?:million|billion|basis\s+points?|cents?)\b", re.I)
_FROM_OLD = re.compile(r"\b(?:(?:up|down)\s+)?from\s+(?:the\s+|our\s+)?(?:old\s+|prior\s+|previous\s+|earlier\s+)?(?:about\s+|roughly\s+|approximately\s+)?$", re.I)
""""so the midpoint goes to $430 million from $405 million": the midpoint the new one replaces."""


def _of_the_midpoint(s: str, q: Quantity, st: State, ctx: Context, facts: list[Fact], pcues: list) -> bool:
    """Does a figure speak of the middle of the range guided just before ("EPS of $3.20 to $3.28. That moves the
    midpoint up $0.06, to $3.24, which is growth of about 6%", "This is an increase of $0.10 at the midpoint")? Not a
    result the sentence sets it against ("over the $3.05 we earned in 2025", "higher than our 2019 margin of 22.4%",
    "after a $0.31 rise through the first half") or one said in the past."""
    if ctx.role is Role.ANALYST or "idpoint" not in s:
        return False
    if not (st.ranged is not None and st.kind in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE) or any(
            f.sentence == s and f.kind is FactKind.GUIDANCE and f.low is not None for f in facts)):
        return False
    named = _MIDPOINT_WORD.search(s)
    if named.start() > q.start and not _AT_THE_MIDPOINT.match(s, q.end):
        return False
    cstart = clause_bounds(s, q.start)[0]
    if any(c.rel not in ("prev_q", "year_ago") and (named.end() <= c.start and c.end <= q.start and q.start - c.end <= 40
            or q.end <= c.start <= q.end + 45 and not comparison_cue(s, c) and not _FIGURE_BETWEEN.search(s, q.end, c.start))
           and (cue_reported(c, ctx) or period_over(P.resolve(c, ctx.fiscal_year, ctx.fiscal_quarter, False, ctx.fiscal_half), ctx))
           for c in pcues):
        return False
    return not PAST.search(s, cstart, q.start) and not _OWN_PAST_AFTER.match(s, q.end)


_SALES_THERE = re.compile(r"\s+(?:there|in\s+th(?:at|is)\s+(?:segment|business|division|unit|arm|region|line))\b(?!\s+(?:is|are|was|were|will)\s+(?:a|an|no|some|any)\b)", re.I)
_EARNED_AMOUNT = re.compile(r"\s*(?:about|roughly|approximately|nearly|some|over|just\s+over|a\s+little\s+over)?\s*", re.I)
_AMOUNT_OF = re.compile(r"\s+(?:of|in|for|to)\s+(?!(?:the\s+)?(?:quarter|year|half|period)\b)", re.I)
""""contributed $52 million of gross profit", "added $9 million to EBITDA": the amount is another measure's, not the part's sales."""
_PER_GOODS_AFTER = re.compile(r"\s*(?:per|a|/)\s*(?:(?:metric|short)\s+)?(?P<per>kg|kilo(?:gram)?|tonne|ton|t|lb|pound|ounce|oz|barrel|bbl|boe|"
                              r"gallon|liter|litre|hectoliter|hectolitre|(?:mega|kilo)watt[-\s]hour|MWh|kWh|square\s+(?:foot|feet|meter|metre)|sq\.?\s*ft|"
                              r"vehicle|car|case|box|bottle|head|hundredweight|cwt|bushel|MMBtu|Mcf|day)\b(?![-\s](?:of\s+)?(?:cost|spend))", re.I)
"""A unit of what is sold after an amount: "US$ 2.80 per kilo", "EUR 98 per megawatt hour", "$48,300 per day" (a vessel's rate)."""
_COST_BEFORE = re.compile(r"\b(?:costs?|cost\s+us|spen[dt]|spending|expenses?|paid|pay|paying|capex|capital|bought|buy|purchas\w*|"
                          r"fuel|bunkers?|inputs?|feed|wages?|freight|charges?|tax|taxes|levy|royalt\w*|assum\w*|consensus|sensitivit\w*|every|each|if|"
                          r"expensive|cheap\w*|break-?even|adds?|added|worth|rents?|rental|moved\s+in|move-?ins?|"
                          # a pronoun for a measure said before ("It was $4.85 a barrel", "That should have been $202 per tonne")
                          r"(?:it|that|this|which)\s+(?:(?:should|would|will|to)\s+(?:have\s+)?)?(?:was|is|been|be|came|averaged|ran))\b", re.I)
"""What is paid, assumed or supposed per unit is no price the company gets: "voyages cost us $585 per tonne", "the outlook
assumes $135 a ton", "every $10 a ton"."""
_PRICE_MOVE_AFTER = re.compile(r"(?:\s+(?:in|for)\s+the\s+(?:quarter|year|half|period))?,\s+(?:(?:up|down)\s+|an?\s+(?:increase|decrease|decline|rise|improvement)\s+of\s+)"
                               r"(?:about\s+|roughly\s+|nearly\s+)?", re.I)
_MOVE_AFTER = re.compile(r",\s+(?:(?:up|down)\s+|an?\s+(?:increase|decrease|decline|rise)\s+of\s+)(?:about\s+|roughly\s+|nearly\s+)?", re.I)
_AND_SALES = re.compile(r",\s+and\s+(?:its\s+|their\s+)?$")
""""Turning to Corvix. We ended June with 900 patients on therapy, and net sales reached ...": the part's sales opening a clause."""
_WHOLE_SALES = re.compile(r"\b(?:total|consolidated|overall|company-wide|companywide|group|combined)\s+(?:net\s+)?(?:revenues?|sales)\b", re.I)
_NOT_A_PART = frozenset("addition total summary conclusion short sum aggregate terms fact particular general response contrast comparison "
                        "constant local reported organic the our this that these those q1 q2 q3 q4 h1 h2 fy fiscal first second third "
                        "fourth january february march april may june july august september october november december today "
                        "overall consolidated turn closing line light connection order our each both all looking".split())


_NEXT_CLAUSE = re.compile(r"[;]|,\s+(?:and|but|while|whereas)\s+(?!by\b|to\b)", re.I)
"""Where a later clause starts: "revenue was up 5%, and the operating ratio improved" says the ratio of another clause."""


def _clause_end(s: str, q: Quantity, reach: int) -> int:
    """The end of the window after the figure, cut at the next clause."""
    m = _NEXT_CLAUSE.search(s, q.end, min(len(s), q.end + reach))
    return m.start() if m else min(len(s), q.end + reach)


def _cost_said(q: Quantity, s: str, metric: str, cost_share: bool, ratio_topic) -> bool:
    """Is the change one of a cost or a cost ratio (lower is better), so that an improvement is a fall and a
    deterioration a rise?"""
    return bool(metric in _COST_METRICS or cost_share or ratio_topic
                or _COST_RATIO.search(s, _ratio_reach(s, q), _reason_cut(s, q.end, _clause_end(s, q, 40)))
                # leverage in points is only ever won on a cost's share of sales ("40 basis points of leverage" on
                # occupancy); operating leverage may name a margin's rise, so it is left to the words around it
                or q.unit in ("%", "bps") and "leverag" in s[q.end:q.end + 14].lower() and bool(_LEVERAGE_AFTER.match(s, q.end))
                # a cycle or collection time is better short ("the cash conversion cycle deteriorated 4 days" grew), unless
                # its own words before the figure name days a company is better holding long: payables, cash on hand
                or q.unit == "days" and not _LONG_IS_BETTER.search(s, clause_bounds(s, q.start)[0], q.start))


_REASON_AFTER = re.compile(r",?\s+(?:as|because|since|due\s+to|driven\s+by|helped\s+by|thanks\s+to)\s", re.I)


def _reason_cut(s: str, start: int, end: int) -> int:
    """Where the words after a move stop naming what moved: "up 20 basis points, as lower shrink paid for ..." gives the
    reason, and a cost named there is not the measure."""
    m = _REASON_AFTER.search(s, start, end)
    return m.start() if m else end


_BY_BEFORE_FIGURE = re.compile(r"\bby\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$", re.I)
_LEVERAGE_AFTER = re.compile(r"\s+(?:of\s+)?leverage\b", re.I)
_LONG_IS_BETTER = re.compile(r"\b(?:payables?|DPO|cash)\b", re.I)
_LEVEL_THEN_MOVE = re.compile(r"\d\s*(?:%|percent)(?:\s+on\s+an?\s+(?:[\w-]+\s+){0,3}?basis)?\s*,\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:about\s+|roughly\s+|approximately\s+)?$", re.I)


def _ratio_reach(s: str, q: Quantity) -> int:
    """Where to look back for the ratio a move belongs to: 60 characters, or the whole clause of the level the move is
    an appositive to ("loss rates on the acquired book stood at 3.1%, an improvement of 10 basis points": a long subject
    is still the subject)."""
    reach = max(0, q.start - 60)
    if reach and may_match(s[reach:q.start], ("%", "percent")) and (m := _LEVEL_THEN_MOVE.search(s, reach, q.start)):
        return min(reach, clause_bounds(s, m.start())[0])
    return reach


_REGION_MOVED = re.compile(
    r"(?:^|[,;]\s+|\b(?:the|and|while|our)\s+)(?P<r>(?-i:Americas|EMEA|APAC|Asia(?:[-\s]Pacific)?|Europe|International|North\s+America|Latin\s+America|"
    r"China|Japan|India|Canada|Domestic))(?:,\s+[^,]{1,60},)?\s+(?:grew|rose|increased|declined|decreased|fell|reached|delivered|contributed|generated|"
    r"was\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+)?$", re.I)
"""A region's growth said with no sales word ("the Americas grew 3%", "International, which includes China, grew 8%")."""
_PART_MOVED = re.compile(r"(?:\b(?:segment|division)|\b(?:our|the|its)\s+(?!(?:overall|core|total|whole|entire|underlying|base|existing|combined|own)\b)"
                         r"[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2}\s+(?:business|arm|unit|platform|franchise))"
                         r"(?:\s*,[^,]{1,60},)?\s+(?:grew|rose|increased|declined|decreased|fell|was\s+(?:up|down))\s+"
                         r"(?:by\s+)?(?:about\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+)?$", re.I)
"""A segment or division as the subject of a move ("our Diagnostics division grew 2%", "the segment grew 3.1%")."""
_NAMED_PART_MOVED = re.compile(
    r"^\W*(?:(?:and|now|so|then|while|but)\s+)?(?P<by>by\s+(?:division|segment|region|geography|business|brand|categor(?:y|ie))s?\s*,\s+)?"
    r"(?P<r>(?-i:[A-Z][\w'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'-]*){0,3}))"  # the part's capitalised name, "Home and Garden"
    r"\s+(?:grew|rose|increased|declined|decreased|fell|was\s+(?:up|down))\s+"
    r"(?:by\s+)?(?:about\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+)?$", re.I)
"""A name as the subject of a move at the sentence's start ("Developing Markets grew 6%", "By division, Garden Care grew 4%")."""
_NOT_A_SUBJECT_PART = re.compile(
    r"(?:we|our|the|it|this|that|these|they|total|overall|group|company|underlying|reported|organic|comparable|like|adjusted|"
    rf"constant|currency|volumes?|prices?|pricing|mix|everything|each|both|all|full|{FISCAL}|first|second|third|fourth|"
    r"Q[1-4]|H[12]|january|february|march|april|may|june|july|august|september|october|november|december|last|next|"
    r"same|net|gross|operating|free|core|base)\b", re.I)
"""A subject that is a pronoun, a whole-company word, a period or a measure, not a named part ("Total Revenue grew 4%")."""
_OTHER_MEASURE = re.compile(r"\b(?:production|output|volumes?|prices?|pricing|RevPAR|yields?|traffic|demand|shipments|inflation|GDP|market)\b", re.I)
"""A sentence about a measure other than sales ("production was down 3% in Europe, while China was up 4%")."""
_TO_LEVEL = re.compile(r"(?:\s+organically|\s+in\s+constant\s+currency)?\s+to\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+)?")
_WE_BETWEEN = re.compile(r"\b(?:we|I|it|they|the\s+rest)\b|[.;]|,\s+and\b", re.I)
"""Another subject between the part and the sales, or a clause of their own: "Europe was soft, and we saw sales fall 3%",
"Attendance was a worry, and sales reached 63 million"."""
_WHOLE_WORD = re.compile(r"\b(?:total|consolidated|overall|company|group|combined|companywide|company-wide|our)\b", re.I)
""""Coatings dragged our net sales down by 2%": the company's sales; and "Northwind's sales" may be the company's own."""


def part_before(s: str, segments, at: int, others: list[Quantity], cues, cue_at: int) -> str | None:
    """A segment the call names, said before `at` in the sentence with no other figure, metric or whole-company word since."""
    named = None
    for named in segments.finditer(s, 0, at):
        pass
    # "a few systems for a customer" (a common noun, not the Systems segment), "Transaction margin dollars, meaning revenue
    # less ..." (a metric of its own named since)
    if (named is None or s[named.end():named.end() + 1] in ("'", "’")
            or not named.group(0)[:1].isupper() and not (s[named.end():named.end() + 1] == "," and _LEAD_WORDS.fullmatch(s, 0, named.start()))):
        return None  # (a part the call names, in lower case, leads the sentence: "For cold storage, we want it to be ...")
    after = ap.end() if (ap := _PART_APPOSITIVE.match(s, named.end())) else named.end()  # "..., our data unit, ...": no metric's
    if (any(after <= o.start < at for o in others) or any(after <= c[0] < at for c in cues)
            or _WHOLE_WORD.search(s, after, max(at, cue_at))):
        return None
    return named.group(0)


_LEAD_WORDS = re.compile(r"\W*(?:(?:and|now|so)\s+)?(?:for|in|within|on|at|as\s+for)\s+(?:our\s+|the\s+)?", re.I)
_PART_APPOSITIVE = re.compile(r",\s+(?:which\s+is\s+)?(?:our|its)\s+(?:(?:[\w-]+\s+){0,4}?(?:business|segment|division|unit|arm|platform|vertical|franchise|brand)\s*,"
                              r"|[^,.;]{3,60}?,(?=\s+(?:produced|generated|delivered|contributed|posted|had|earned|brought\s+in|booked)\s))", re.I)
"""'Harbor Controls, which is our marine automation business, generated revenue of ...': the 'our' names the part; so it
does in 'Harbor Clinics, our 23 outpatient sites in two states, produced net revenue of ...', before the part's verb."""


def named_part_subject(s: str, segments) -> str | None:
    """The part a figure-free sentence opens on, by a name the call uses for one of its parts ("Gaming was softer.",
    "Northwind Ambulatory had another strong quarter."), or None."""
    m = re.match(r"(?:The\s+|Our\s+)?(?:[A-Z][\w&'’-]*\s+)?", s)
    for start in {0, m.end()}:
        named = segments.match(s, start)
        if named is not None and PART_VERB.match(s, named.end()):
            return named.group(0)
    return None


def segment_lead(s: str, lower: bool = False) -> str | None:
    """The part of the business a sentence opens on ("In Mortgage Servicing, ...", "Moving to Capital Markets – ..."), if any;
    with `lower`, one named in lower case after a heading verb too, for the plain sales said after it."""
    if not s[:1].isalpha() and not s[:3].strip(" \"'(").isalpha():
        return None
    m = _SEGMENT_LEAD.match(s)
    if lower and (m is not None and not m.group("name")[:1].isupper() or m is None and s[:1] in "MmTtSsBbAaNn"):
        low = _SEGMENT_LEAD_LOW.match(s)
        return part_topic(f"Moving to {low.group('name')}.") if low is not None else None  # "Moving to marine and rail, revenue was ..."
    if m is None:
        return None
    words = m.group("name").split()
    if words[0].lower() in _NOT_A_PART or any(w.lower() in _NOT_A_PART for w in words[:1]) or any(ch.isdigit() for ch in m.group("name")):
        return None
    if len(words) == 1 and len(words[0]) <= 2:
        return None
    return f"Outside {m.group('name')}" if m.group("out") else m.group("name")  # "Outside the U.S., revenue grew 9%": the rest


_NEGATED = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?$", re.I)
_BUT = re.compile(r"[,;]\s+but\s+(?:(?:with|given|as|once)\s+[^,;]{1,40},\s+)?\w")
""""We don't guide to net profit, but the margin will be a little lower", "..., but fees are softer then, and the margin
will be lower": a way said past a "but" is out of the refusal's reach, whoever the clause's subject."""
_ATTRIBUTIVE = re.compile(r"\s+(?:margin|cost|value|return|price|quality|growth|yield)s?\s+(?:business(?:es)?|products?|services?|mix|customers?|"
                          r"segments?|work|projects?|offerings?|items?|categor(?:y|ies)|opportunit(?:y|ies)|deals?|brands?)\b", re.I)


# Patterns searched across whole sentences or clauses get a first-character test (see guard.py); those
# only ever matched at one position gain nothing from it.
(_COST_SHARE, _COUNT_VERB) = (guarded(rx) for rx in (_COST_SHARE, _COUNT_VERB))
_DAYS_MEASURE = guarded(_DAYS_MEASURE)
(_LEVEL_OF, _COMPARE_BEFORE, _COMPARE_OF, _NEGATIVE_WORD, _COST_RATIO, _IMPROVE, _FLAT_TO, _REVISE, _MOTION,
 _OUTLOOK_WORD, _COUNT_LINK, _HEDGED_DIR) = (guarded(rx) for rx in (
    _LEVEL_OF, _COMPARE_BEFORE, _COMPARE_OF, _NEGATIVE_WORD, _COST_RATIO, _IMPROVE, _FLAT_TO, _REVISE, _MOTION,
    _OUTLOOK_WORD, _COUNT_LINK, _HEDGED_DIR))
# Searched around every figure; their callers use spans and truth only: read the lower-cased copy (see guard.OnLowered).
(_COMPARE_BEFORE, _COMPARE_OF, _THAN_BEFORE) = (OnLowered(rx) for rx in (_COMPARE_BEFORE, _COMPARE_OF, _THAN_BEFORE))
# Seldom matched: first a test for the words each match holds (see guard.Gated).
(_OUTLOOK_NAMED, _LEVEL_OF, _RECALLED, _COST_RATIO, _REGION_MOVED) = (gated(rx) for rx in (
    _OUTLOOK_NAMED, _LEVEL_OF, _RECALLED, _COST_RATIO, _REGION_MOVED))


def _compared_change_period(q: Quantity, s: str, qs: list[Quantity], pcues: list, ctx: Context, facts: list[Fact]) -> Period | None:
    """The period of a change compared with the one before it in the sentence ("revenue grew 14% versus 8% growth",
    "compared with 9% growth in the second quarter"): its own period words, else the earlier period of the same
    kind of change (a yoy growth against the same period a year before, a sequential one against the quarter before).
    A figure followed by other words ("versus 8% for the market") may be a peer's, of the same period: left alone."""
    prev = [f for f in facts if f.sentence == s and f.unit == q.unit and f.change is not None and f.period is not None]
    if not prev:
        return None
    nxt = min([o.start for o in qs if o.start >= q.end] + [len(s)])
    _, clause_end = clause_bounds(s, q.start)
    own = [c for c in pcues if q.end <= c.start <= min(nxt, clause_end, q.end + 40)]
    seq = prev[-1].change in (Change.SEQUENTIAL, Change.QOQ)
    if own:
        c = own[0]
        if c.rel == "year_ago":
            return P.previous_of(prev[-1].period, False)
        if c.rel == "prev_q":
            return P.previous_of(prev[-1].period, True)
        return P.resolve(c, ctx.fiscal_year, ctx.fiscal_quarter, False, ctx.fiscal_half)
    if not _BARE_CHANGE_AFTER.match(s, q.end):
        return None
    return P.previous_of(prev[-1].period, seq)


_BARE_CHANGE_AFTER = re.compile(r"(?:\s+(?:[\w-]+\s+)?(?:growth|increase|rise|gain|decline|decrease|improvement|drop|expansion|contraction))?\s*(?:[.,;:)]|\s+(?:and|but|while|which|as)\b|$)", re.I)
