"""Figures about others than the company: its industry's and market's statistics, surveys, product claims against a
rival class, tariff rates, what-ifs and illustrations. Each rule waits behind a substring test of the sentence: most hold none."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from .guard import any_in
from .numbers import Quantity
from ..fiscal_words import FISCAL

_SURVEY_WORDS = ("survey", "polled", "respondent", " said ", " say ", " says ", "told us", "believe", "agree", "out of")
_SURVEYED = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){1,3}?(?:(?:we\s+|they\s+)?(?:surveyed|polled|questioned)|respondents|"
                       r"(?:said|say|says|told\s+us|believe|agree)\b)", re.I)
""""82% of contractors surveyed said ...", "six in ten of the buyers polled": an opinion counted in a survey."""
_OUT_OF_TEN = re.compile(r"\s+out\s+of\s+(?:10|ten|100|a\s+hundred)\s+(?:[a-z-]+\s+)?(?:companies|firms|businesses|people|consumers|"
                         r"shoppers|buyers|adults|households|homeowners|respondents|executives|leaders|CFOs|CIOs|employees|workers)\b")
""""nine out of 10 firms plan to buy ...": a share of a population, not of the business."""
_POPULATION = re.compile(r"\s+(?:[a-z-]+\s+)?(?:companies|firms|businesses|people|consumers|shoppers|buyers|adults|households|"
                         r"homeowners|respondents|executives|leaders|CFOs|CIOs)\b")
_MILESTONE = re.compile(r"\bmilestones?\b[^.;]{0,60}?\b(?:exceed\w*|surpass\w*|cross\w*|top(?:s|ped|ping)|pass(?:es|ed|ing)?)\s+(?:about\s+)?$", re.I)
""""a milestone, with quarterly sales above $150 billion": the round bar crossed; the figure said before it is the result."""
_CONTENT_AFTER = re.compile(r"\s+(?:post-consumer\s+|ocean-bound\s+|renewable\s+)?recycled\s+(?:[\w-]+\s+)?(?:content|materials?|plastics?)\b", re.I)
""""a case of some 40% recycled resin materials": what a product is made of."""

_RIVAL_WORDS = ("ordinary", "standard", "conventional", "traditional", "typical", "competing", "competitor", "rival", "generation",
                "alternative")
_THAN_RIVAL = re.compile(r"\s*(?:[\w-]+\s+){0,4}?(?:than|over|versus|vs\.?|compared\s+(?:to|with))\s+(?:an?\s+|the\s+|most\s+)?"
                         r"(?:ordinary|standard|conventional|traditional|typical|competing|competitors?|competitive\s+products|rivals?|"
                         r"(?:previous|prior|last|older)[-\s]generation|alternatives?)\b", re.I)
""""40% more water resistant than ordinary boots", "cuts heat loss by 200% over standard panels": a product's claim
against a class of products, not a figure of the business."""

_TARIFF_WORDS = ("tariff", "duty", "duties")
_TARIFF_AFTER = re.compile(r"\s+(?:(?:import|punitive|retaliatory|additional|incremental|ad\s+valorem)\s+)?(?:tariffs?|dut(?:y|ies))\b", re.I)
_TARIFF_BEFORE = re.compile(r"\b(?:tariffs?|dut(?:y|ies))\s+(?:rates?\s+)?(?:of|at|to|from|on\s+\w+\s+(?:of|at))\s+(?:about\s+|around\s+|up\s+to\s+)?$", re.I)
""""a 25% tariff", "duties of 10%": a government's rate on imports; the company's tariff cost (in money) stays."""
_TARIFF_GOES = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|they|it)\s+(?:(?:would|will|do|does|should|could)\s+)?(?:go|goes|went|rise|rises|rose|move|moves|"
                          r"increase|increases|step|steps|jump|jumps)\s+(?:up\s+)?to\s+(?:about\s+|around\s+)?$", re.I)
"""'once the duties go to 15%', 'tariff costs should they rise to 20%': the rate the government may set, not the company's."""

_STATE_WORDS = ("state ", "government", "parliament", "legislature", "congress", "federal ", "public ")
_STATE_SET = re.compile(r"\b(?:the\s+)?(?:state|(?:federal\s+|national\s+|central\s+)?government|parliament|legislature|Congress)\s+(?:has\s+|had\s+|have\s+)?"
                        r"(?:now\s+)?(?:set|fixed|raised|lowered|cut|increased|reduced|put)\s+(?:(?:the|its|a|that|this)\s+)?(?:[\w-]+\s+){0,3}?(?:at|to)\s+"
                        r"(?:about\s+|around\s+|roughly\s+)?$", re.I)
""""a resource rent tax, which the state has set at 25%", "the government raised the royalty to 12%": a rate the state
sets for everyone, as a tariff is; what it costs the company, and its own tax rate, stay."""

_SETTING_WORDS = ("gdp", "surcharge", "spot rate", "exchange rate", "tax rate", "health care", "healthcare", "national", "procedures",
                  "admissions")
_GDP = re.compile(r"\b(?:GDP|gross\s+domestic\s+product)\b(?:(?!\b(?:our|we|us|revenues?|sales|earnings|income|margins?|volumes?)\b)[^.;:?!]){0,160}$"
                  r"|\bof\s+(?:(?:real|nominal|U\.?S\.?|global|world)\s+)?(?:GDP|gross\s+domestic\s+product)\b", re.I)
_GDP_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:real|nominal|U\.?S\.?|global|world)\s+)?(?:GDP|gross\s+domestic\s+product)\b", re.I)
""""GDP growth of about 1%", "two quarters of minus half a percent of GDP growth": the economy's path, the setting every
company works in, whoever forecasts it."""
_SURCHARGE = re.compile(r"\b(?:G-?SIBs?|systemic(?:\s+risk)?)\s+(?:capital\s+)?(?:surcharges?|buffers?)?(?:(?!\b(?:CET1|ratio|we|us)\b)[^.;:?!]){0,40}$"
                        r"|\b(?:capital\s+)?surcharges?\s+(?:(?:will|would|could|to)\s+)?(?:(?:be|go|rise|increase|move|step)\w*\s+)?(?:up\s+)?(?:at|to|of|from)\s+(?:about\s+)?$", re.I)
_SURCHARGE_AFTER = re.compile(r"\s+(?:G-?SIB|systemic)\b", re.I)
""""at a 4.5% GSIB", "the surcharge will rise to 4.5%": the capital a regulator's rule asks for, a requirement the bank
must meet; its own CET1 ratio, the result, stays."""
_RATE_OF_CURRENCY = re.compile(r"\b(?:spot|exchange|FX|currency|conversion)\s+rates?\b(?:(?!\b(?:our|we|us|impacts?|effects?|headwinds?|"
                               r"tailwinds?|revenues?|sales|earnings|EPS|EBITDA|income|profits?|margins?|contribut\w*|benefit\w*|hurt|cost\w*)\b)(?:U\.S\.|[^.;:?!])){0,70}$", re.I)
""""the euro's spot rate against the dollar at $1.09 last week": a currency's price, the market's; what it does to the
company's results (an FX impact in % or money) stays."""
_NATIONAL_TAX = re.compile(r"\b(?<!effective\s)(?:(?:overall|national|federal|headline|country['’]s)\s+)+(?:corporate\s+)?(?:income\s+)?tax\s+rates?\b"
                           r"|\b(?<!effective\s)corporate\s+(?:income\s+)?tax\s+rates?\b", re.I)
_TAX_TAIL = re.compile(r"(?:(?!\b(?:our|we|us|its|effective)\b)[^.;:?!]){0,60}$", re.I)
""""the corporate tax rate falls from the mid-30s to 25%": the rate a country sets for every company, as a tariff is;
"our effective tax rate" and "our statutory rate" are the company's and stay."""
_NATIONAL_SPEND = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:total|overall|national|nation['’]s|country['’]s|U\.?S\.?|global|world)\s+)+"
                             r"(?:[\w-]+\s+){0,2}?(?:spending|spend|costs?|expenditures?|budgets?)\b"
                             r"|\s+of\s+(?:the\s+)?(?:total\s+)?(?:[\w-]+\s+){0,2}?(?:spending|spend|costs?|expenditures?)\s+in\s+(?:the\s+)?"
                             r"(?:U\.?S\.?|United\s+States|country|nation|world)\b", re.I)
""""drugs make up 12% of the nation's health care spending": a share of an economy's outlay, not of the business."""
_CARE_VOLUMES = re.compile(r"\b(?<!our\s)(?<!same-facility\s)(?<!same\sfacility\s)(?:hospital\s+admissions|(?:surgical|lab|laboratory|elective)\s+"
                          r"procedures?(?:\s+volumes?)?)\b(?:(?!\b(?:our|its|revenues?|sales|shipments)\b)[^.;:?!]){0,60}$", re.I)
_CARE_FRAME = re.compile(r"\b(?:we\s+(?:saw|see|did\s+see|have\s+seen)|utili[sz]ation|trends?|market|industry|U\.S\.|nationally)\b", re.I)
""""we saw hospital admissions and surgical procedures both up about 2%": the health care system's volumes, the market a
maker of devices and drugs sells into, as vehicles built are to a parts maker; said by a hospital operator of its own
beds ("our admissions", "same-facility admissions") they stay."""

_TOLL_WORDS = ("infect", "vaccin", "economy", "jobs", "unemploy")
_EPIDEMIC_WORDS = ("virus", "covid", "pandemic", "epidemic", "outbreak", "infect")
_TOLL_COUNT = re.compile(r"\s+(?:more\s+)?(?:(?:people|persons|patients|residents)\s+)?(?:(?:have|has|had)\s+been\s+|were\s+|are\s+|being\s+)?"
                         r"(?:infected|infections|deaths|(?:(?:new|confirmed|active|reported)\s+)?(?:covid(?:-19)?|virus)\s+cases|"
                         r"(?:new|confirmed|active)\s+cases)\b", re.I)
_TOLL_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?jobs?\b[^.;:?!]{0,50}?\bat\s+risk\b"
                         r"|\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:population|adults|residents|citizens)\s+(?:[\w-]+\s+){0,6}?vaccinated\b"
                         r"|\s+(?:in\s+)?(?:an?\s+)?(?:increase|rise|jump)\s+(?:of|in)\s+(?:the\s+)?(?:global|world|national|U\.?S\.?)\s+unemployment\b", re.I)
_TOLL_BEFORE = re.compile(r"\b(?:the\s+)?(?:global|world|worldwide|national|U\.?S\.?)\s+economy\s+(?:(?!(?:our|we|us)\b)[\w-]+\s+){0,5}?"
                          r"(?:lose|loses|lost|losing|shed|sheds|shedding|forgo|forgoes)\s+(?:(?:some|about|roughly|around|nearly|up\s+to|over|more\s+than)\s+)*$", re.I)
_OURS_BEFORE = re.compile(r"\b(?:we|our|us)\b", re.I)
""""about 4 million people infected by the virus", "60 million jobs at risk", "70% of the adult population fully
vaccinated", "the world economy may lose $3 trillion": an epidemic's toll and the economy's loss, the setting a company
speaks of, not its own figures (its own sales lost stay; deaths only beside an epidemic's name, and cases only named
as the disease's, since a distributor ships cases)."""

_PRICE_WORDS = ("price", "quot")
_MARKET_PRICE = re.compile(r"\b(?<!our\s)(?<!realized\s)(?:(?:lumber|panel|plywood|OSB|copper|steel|aluminum|aluminium|resin|scrap|pulp|"
                           r"iron\s+ore|wheat|corn|soybeans?|coffee|cocoa|sugar|cotton|commodity|commodities|spot|market|"
                           # "apartment prices have risen by about 14%": the housing market's price, as a developer's own
                           # launch or selling price is not said
                           r"home|house|housing|apartment|villa|condo|land)\s+prices?"
                           # "global dairy quotations have come down 8%": the world market's price of any good, as traders quote it
                           r"|(?:global|world|international)\s+(?:[\w-]+\s+){0,2}?(?:prices?|quotations?|quotes))\b"
                           r"(?:(?!\b(?:our|we|us|realized|selling|revenues?|sales|margins?|costs?|earnings|income|EBITDA|profits?|"
                           r"(?<!risen\s)(?<!rose\s)(?<!fallen\s)(?<!fell\s)(?<!climbed\s)(?<!dropped\s)by|and|or|"
                           r"headwinds?|tailwinds?|impacts?)\b)[^.;:?!,]){0,30}$", re.I)
""""lumber prices are now 4% ahead of last year": a market's price move; the company's realized or selling price stays."""
_HOME_PRICE = re.compile(r"(?:home|house|housing|apartment|villa|condo|land)\s", re.I)
_MARKET_PRICE_LEVEL = re.compile(r"\b(?:up|down|risen|rose|fallen|fell|climbed|dropped|increased|decreased|declined)\s+(?:by\s+)?"
                                 r"(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?\d[\d.,]*\s?(?:%|percent)"
                                 r"(?:\s+(?:over|in|from|since)\s+(?:the\s+)?(?:past|last|prior)\s+(?:year|quarter|twelve\s+months|12\s+months))?"
                                 r"\s+to\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$", re.I)
_PER_AREA_OR_UNIT = re.compile(r"\s*(?:per|a|/)\s*(?:square\s+(?:foot|feet|metre|meter)|sq\.?\s*(?:ft|m)|ton|tonne|pound|ounce|barrel|unit|board\s+feet|acre)\b", re.I)
""""prices have risen 14% over the past year to around $410 per square foot": the market's level the move took it to."""
_SOURCE_DATA = re.compile(r"^(?!(?:[\w'’-]+\s+){0,3}?(?:our|internal|own)\b)(?:[\w'’-]+\s+){0,2}?(?:department|registry|bureau|agency|government|official|census|ministry|authority)\s+data\s+(?:put|puts|show|shows|showed|"
                          r"suggest|suggests|suggested|indicate|indicates|indicated|place|places|placed)\b"
                          r"(?:(?!\b(?:our|we|us|and|while|but|whereas)\b)[^.;:?!,]){0,80}$", re.I)
""""Registry data put average resale values in the region near $380 per square foot": a sentence led by another body's
data gives that body's statistic, the setting the company sells into."""
_RESALE_TRADES = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:secondary|resale)(?:[-\s]market)?\s+(?:[\w-]+\s+){0,3}?[^.;:?!]{0,60}?"
                            r"\b(?:trade|trades|traded|sell|sells|sold|change\s+hands|changed\s+hands|go|went)\s+(?:at|for)\s+"
                            r"(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$", re.I)
""""Resale homes near our sites trade at around $350 per square foot": the secondary market's price, not the company's."""
_PUBLIC_SPEND = re.compile(r"\b(?<!our\s)(?:state|federal|government|public)\s+(?:[\w-]+\s+){0,2}?(?:lettings|contract\s+awards|spending|funding|outlays|budgets?)\b"
                           r"(?:(?!\b(?:our|we|us)\b)[^.;:?!,]){0,40}?\b(?:were|was|are|is|rose|grew|fell|increased|decreased|declined|climbed|dropped)\s+"
                           r"(?:up\s+|down\s+)?(?:by\s+)?(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|almost\s+)?$", re.I)
""""State road lettings in the region were up about 9% this year": public spending, the market a supplier sells into."""

_REFERENCE_PRICE = re.compile(r"\b(?<!our\s)(?<!realized\s)(?:reference|benchmark|index|spot|market)\s+(?:spot\s+)?prices?\s+(?:for|of)\s+"
                              r"(?!(?:our|its|their)\b)(?:[\w-]+\s+){1,3}?(?:averaged|was|were|stood|ended|closed|fell|rose|dropped|declined|increased|is|are)\b"
                              r"(?:(?!\b(?:our|we|us|realized|selling|revenues?|sales|margins?|costs?|earnings|income|EBITDA|profits?)\b)[^.;:?!]){0,70}$", re.I)
""""the reference spot price for Atlantic cod averaged about $6 per kg, some 10% below last year": the market's price and
its move, the setting the company sells into; its own realized price stays."""

_INDUSTRY_WORDS = ("industry", "housing", "homeowner", "household", "home equity", "addressable", "market opportunity",
                   "market size", "utiliz", "utilis", "new supply", " supply is", " supply was", " supply has", "market data",
                   "third-party data", "global supply", "world supply", "global market", "world market", "supply rose", "supply grew",
                   "supply fell", "supply increased", "supply declined", "supply dropped", "demand growth", "supply growth")
_INDUSTRY_SUBJECT = re.compile(
    r"\b(?<!our\s)(?:(?-i:industry|(?<![\w&]\s)Industry)(?:['’]s)?(?!\s+(?:groups?|segments?|verticals?|solutions|business|units?)\b)"
    r"(?:\s+(?!(?:share|outgrowth|and|or|of|the|to|in|with|by|as|that|which|while|but|we|our)\b)[\w-]+){0,3}?\s+(?:was|were|is|are|grew|rose|fell|"
    r"declined|increased|decreased|dropped|improved|reached|ran|stands?|up|down|of)|home\s+equity\s+values|housing\s+(?:turnover|stock)|"
    r"(?-i:industry|(?<![\w&]\s)Industry|market|markets|sector|nationwide|national)\s+(?:[\w-]+\s+){0,2}?(?:utili[sz]ation|operating)\s+rates?|"
    r"(?:addressable|serviceable)\s+market|market\s+(?:opportunity|size)|(?:global|world|worldwide)\s+(?:[\w-]+\s+){0,2}?supply|supply\s+of\s+(?:[\w-]+\s+){1,3}?to\s+the\s+(?:global|world|worldwide)\s+market|(?<!our\s)(?<!its\s)\bnew\s+(?:[\w-]+\s+)?supply\b(?!\s+(?:chain|agreements?|contracts?|deals?|of\s+our)\b))"
    r"(?:(?!\b(?:our|we|us|and|while|but|whereas)\b)[^.;:?!,]){0,40}$", re.I)
""""industry retail grew 12%", "housing turnover stands at about 5% of units", "industry utilization reached 81%", "the market
opportunity is $18 billion", "new warehouse supply is running at 3% of the existing stock": the setting the company works
in, as the economy's statistics are (a market's new supply is its rivals' building); its own share and results stay."""
_INDUSTRY_DATA = re.compile(r"\b(?:industry|market|third[-\s]party)(?:\s+(?:association|body|group)(?:['’]s)?)?\s+(?:data|figures|statistics|numbers|reports?|trackers?)\s+"
                            r"(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)\b"
                            r"(?:(?!\b(?:our|we|us|and|while|but|whereas)\b)[^.;:?!,]){0,80}$", re.I)
""""Industry data show unit shipments across the market grew about 2%": a statistic of the market, told from its source."""
_MARKET_GROWTH = re.compile(r"\b(?P<w>demand|supply)\s+growth\s+(?:forecast\s+|rate\s+|outlook\s+)?(?:of\s+|in\s+the\s+|at\s+|is\s+|was\s+|"
                            r"to\s+be\s+|(?:in\s+)?(?:the\s+|a\s+)?range\s+of\s+)?(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+)?$", re.I)
_MARKET_GROWTH_AFTER = re.compile(r"\s+(?:(?:bit|unit)\s+)?(?P<w>demand|supply)\s+growth\b", re.I)
_OUR_SUPPLY = re.compile(r"\b(?:our|its|we|us)\b(?:\s+[\w-]+){0,3}\s*$", re.I)
""""a sector's bit demand growth of 30% to 35%", "flash bit supply growth of 25% to 30% in 2027": the market's demand or
supply, which the company's outlook assumes; "our bit supply growth" is the company's own."""
_FORECAST_WORDS = ("expect", "forecast", "project", "estimat", "predict", "anticipat", "according to")
"""A forecast of the market made by others stays, as an estimate (docs/facts.md): only the industry's own statistic goes."""
_INDUSTRY_FRAME = re.compile(
    rf"\b(?:for\s+the\s+(?:(?:{FISCAL}|calendar)\s+)?(?:(?:19|20)\d\d\s+)?industry\b|(?<!\bour\s)(?<!\bits\s)(?<!\bof\s)"
    r"industry\s+(?:demand|sales|units|volumes?|shipments|retail(?:\s+sales)?|(?:[\w-]+\s+){0,2}?(?:supply(?!\s+chains?\b)|production|output|growth))\b)"
    r"(?:(?!\b(?:we|us|our\s+(?!(?:view|views|forecasts?|outlook|expectations?|estimates?|assumptions?|sense|take)\b)|share|outgr[eo]w\w*|outperform\w*|faster|ahead|versus|vs)\b)[^;:?!])*$", re.I)
_FOR_THE_INDUSTRY = re.compile(r"\s+(?:for|in)\s+the\s+industry\b(?!['’]s?\s)", re.I)
_SPEAKER = re.compile(r"\b(?:we|our|I|you)\b", re.I)
""""For the coming year's industry, we think row-crop machines will be down 8%", "we see the industry demand for
forklifts flat to up 4%", an analyst's "you said up 3% for the industry": the company's forecast of its end market, which
its own outlook assumes and names no metric of its own (docs/facts.md); a forecaster other than the company ("IHS
expects industry sales to fall 4%") still makes an estimate, and the company's own sales or share beside it stay."""
_OF_POPULATION = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:U\.?S\.?\s+|American\s+)?(?:homeowners|housing\s+units|housing\s+stock|"
                            r"consumers|Americans|adults|the\s+population)\b(?!\s+(?:we|that\s+we|who\s+(?:use|bank|buy|shop)))", re.I)
""""96% of homeowners are staying put": a share of a population, not of the company's business."""

_END_MARKET = (r"(?:(?:global|worldwide|industry|North\s+American|European|Chinese|China|U\.?S\.?)\s+)?"
               r"(?:auto(?:motive)?|light[-\s]vehicle|car|truck|(?:hybrid|electric|EV)(?:\s+and\s+[\w-]+)?\s+vehicle)\s+production\b")
_END_MARKET_BEFORE = re.compile(r"\b" + _END_MARKET + r"(?:(?!\b(?:our|we|us|content|share|outgr[eo]w\w*|outperform\w*|versus|vs|than)\b)"
                                r"[^.;:?!,])*$", re.I)
_END_MARKET_AFTER = re.compile(r"\s+(?:(?:expected|projected|forecast|anticipated)\s+)?(?:declines?|decreases?|drops?|falls?|"
                               r"increases?|rises?|growth|reductions?|cuts?|(?:units?\s+)?range)\s+(?:in|for|of)\s+"
                               r"(?:(?:year-over-year|year-on-year|the)\s+)?" + _END_MARKET, re.I)
_UNITS_MADE = re.compile(r"\s+(?:units|cars|vehicles)\s+(?:made|produced|built)\b", re.I)
_OTHERS_FORECAST = re.compile(r"\b(?:expects|forecasts|forecasters|projects|predicts|estimates|according\s+to|calling\s+for|"
                              r"(?<!\bwe\s)(?<!\bI\s)(?<!\bdo\s)(?<!\bwe\snow\s)(?<!\bwe\salso\s)(?<!we\sstill\s)(?:expect|forecast|project|see)\b"
                              r"|(?:is|are)\s+expected\s+to)\b", re.I)
"""A forecaster other than the company ("IHS expects", "forecasters are calling for", "is expected to ... according to");
not the company's own view ("we're expecting", "than we anticipated") nor an adjective ("a 20% expected decline")."""
_OF_OURS = re.compile(r"\s+of\s+(?:our|its|the\s+company['’]s)\b", re.I)
_OUTPACED = re.compile(r"\b(?:outgr[eo]w\w*|outpac\w*|outperform\w*|than|versus|vs\.?|over|above|below|ahead\s+of|compared\s+(?:to|with))\s+"
                       r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
""""auto production fell about 20%", "a 20% decline in auto production", "nine million units produced": to a maker of parts,
the vehicles its customers build are its end market's statistic, as the industry's are; its sales set against that
production ("we outgrew auto production by 8 points"), the share of its sales it makes ("25% of our sales"), others'
forecast of it (an estimate; the company's own forecast of its end market is no fact) and an automaker's own "our vehicle
production" stay."""

_WHAT_IF = re.compile(r"\b(?:[Ii]f|[Ss]uppose|[Ss]ay)\b[^.;:?!]{0,70}?\bwere\s+to\s+(?:(?:fall|drop|decline|decrease|rise|increase|grow|climb|"
                      r"slip|jump|swing|move|go\s+(?:up|down))\w*\s+)(?:(?:by|another|a\s+further)\s+)?(?:about\s+|roughly\s+)?$")
""""if turnover were to drop 15%": a supposed move, not one anyone reports or guides."""

_ASIDE_WORDS = (" say", "tend", "recession", "one year", "one quarter", "delivering", "offering", "providing", "promising")
_SAY_FOR_EXAMPLE = re.compile(r"(?:\b(?:between|of|at|to|from|like|by|if|is|be|it'?s|maybe|or|and)|,)\s+say\s*,?\s+"
                              r"(?:[$€£]?\d[\d.,]*\s*%?\s*(?:and|or|to|versus|vs\.?)\s+)?$"
                              r"|(?:cannot|\bnot|n['’]t|\b(?:hard|difficult|impossible|too\s+early))(?:\s+(?:be\s+able\s+)?to)?\s+say\s+(?:it\s+)?(?:(?:today|now|yet)\s+)?"
                              r"(?:(?:whether|if)\s+)?(?:it['’]?s|it\s+is|that['’]?s)\s+(?:[^.;:?!]{0,60}?(?:,|\bor|\band)\s+)?$", re.I)
""""between, say, 4% and 2%", "you can't say it's $3 billion a year or $4 billion", "I can't say yet if it's $4
billion, $5 billion or $7 billion": figures picked to make a point, each of them."""
_ONE_YEAR_ANOTHER = re.compile(r"\s+one\s+(?:year|quarter)\s*(?:,|and\b|or\b)(?=[^.;:?!]*\b(?:another|the\s+next|the\s+other)\b)"
                               r"|\s+(?:another|the\s+next|the\s+other)\b(?!\s+(?:[\w-]+\s+)?(?:of|for))", re.I)
""""nothing one year, $7 billion the next": how much a figure swings, not what it was or will be."""
_TENDS_TO = re.compile(r"\btend(?:s|ed)?\s+to\s+(?:go\s+(?:up|down)|climb|rise|grow|fall|drop|decline|increase|decrease)\s+"
                       r"(?:by\s+)?(?:about\s+|around\s+|roughly\s+)?(?:\d[\d.]*\s*%\s*(?:or|to|-|–)\s*)?$", re.I)
_A_YEAR = re.compile(r"(?:\s*(?:or|to|-|–)\s*\d[\d.]*\s*%)?\s+(?:a|per|each|every)\s+year\b|\s+annually\b", re.I)
""""traffic tends to climb 2% or 3% a year": a habitual rate of a market, no period's figure; "our" subject keeps it."""
_RECESSION = re.compile(r"\b(?:the|that|last|a)\s+(?:last\s+|great\s+|previous\s+|prior\s+)?(?:recession|financial\s+crisis)\b"
                        r"(?:(?!\b(?:we|our|us)\b)[^.;:?!]){0,120}$", re.I)
""""in the last recession, traffic fell 5%": history told to make a point, not a period's figure of the company."""
_RIVAL_SAYS = re.compile(r"\b(?:competitors?|rivals?|peers?)\s+(?:(?:says?|said|claims?|claimed|boasts?|boasted|announced?|brags?)\b)"
                         r"(?:(?!\b(?:we|our|us)\b)[^.;:?!]){0,120}$", re.I)
""""one of our rivals claims it won 40 of the last 30 bids": a rival's boast."""
_CLAIM_BEFORE = re.compile(r"\b(?:delivering|offering|providing|promising)\s+(?:up\s+to\s+)?$", re.I)
_CLAIM_AFTER = re.compile(r"\s+(?:lower|higher|better|faster|less|more|greater)\s+(?:total\s+)?(?:cost\s+(?:per|of\s+ownership)|TCO|"
                          r"performance|power|energy|latency|throughput|efficiency|battery|speed)\b", re.I)
""""instances delivering 35% lower cost per instance": a product's claim, whoever makes the product."""

_SCREEN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:TVs?|televisions?|displays?|resolution|content|video|HDR|UHD|screens?|monitors?|"
                           r"cameras?|streaming|movies|titles|shipments\s+of\s+TVs)\b", re.I)
""""4K TV shipments", "shot in 8K": a picture format's name, not four thousand of anything."""


class _Hints(NamedTuple):
    """Which families of rules the sentence's words leave open, read once for all its figures: most sentences open none,
    and then no pattern runs."""
    survey: bool
    rival: bool
    tariff: bool
    price: bool
    industry: bool
    what_if: bool
    aside: bool
    output: bool
    state: bool
    setting: bool
    toll: bool
    data: bool
    resale: bool
    source: bool


@lru_cache(maxsize=8)
def _hints(s: str) -> _Hints:
    low = s.lower()
    return _Hints(survey=any_in(low, _SURVEY_WORDS), rival=any_in(low, _RIVAL_WORDS), tariff=any_in(low, _TARIFF_WORDS),
                  price=any_in(low, _PRICE_WORDS), industry=any_in(low, _INDUSTRY_WORDS), what_if="were to" in low,
                  aside=any_in(low, _ASIDE_WORDS), output="production" in low, state=any_in(low, _STATE_WORDS),
                  setting=any_in(low, _SETTING_WORDS), toll=any_in(low, _TOLL_WORDS) or any_in(low, _EPIDEMIC_WORDS),
                  data=" data " in low, resale=any_in(low, ("secondary", "resale")), source="according to" in low)


def not_ours(q: Quantity, s: str) -> bool:
    """True for a figure the sentence says of others: a survey's share, a product claim against a rival class, a tariff
    rate, a market price's move, an industry's or the housing stock's statistic, a supposed move, an illustration, a
    rival's boast, a market's habitual rate or its recession history."""
    if q.text[-1:] == "K" and q.text[:-1].isdigit() and (_SCREEN_AFTER.match(s, q.end) or s.endswith(" in ", 0, q.start)):
        return True
    h = _hints(s)
    if not any(h) and "milestone" not in s and "recycled" not in s:
        return False
    lead = re.match(r"\D*?(?=[$€£¥₹\d(-])", q.text)  # "exceeding $150 billion": the hedge words belong before
    before = s[max(0, q.start - 90):q.start + (lead.end() if lead else 0)]
    if h.survey and (q.unit == "%" and _SURVEYED.match(s, q.end) or q.unit is None and _OUT_OF_TEN.match(s, q.end)
                   or q.unit is None and before.endswith(" out of ") and _POPULATION.match(s, q.end)):
        return True
    if "milestone" in s and q.unit is not None and _MILESTONE.search(before):
        return True
    if q.unit == "%" and "recycled" in s and _CONTENT_AFTER.match(s, q.end):
        return True
    if h.rival and q.unit in ("%", "x") and _THAN_RIVAL.match(s, q.end):
        return True
    if h.tariff and q.unit == "%" and (_TARIFF_AFTER.match(s, q.end) or _TARIFF_BEFORE.search(before)
                                       or _TARIFF_GOES.search(before) and not s.startswith(" of ", q.end)  # ("they rose to 3% of sales": a cost's share)
                                       and any_in(s[max(0, q.start - 80):q.start].lower(), _TARIFF_WORDS)):
        return True
    if h.state and q.unit == "%" and _STATE_SET.search(before):
        return True
    if h.setting and _setting(q, s, before):
        return True
    if h.toll and (_TOLL_AFTER.match(s, q.end) or q.unit not in (None, "count", "%") and _TOLL_BEFORE.search(before)
                   or q.unit in (None, "count") and _TOLL_COUNT.match(s, q.end) and any_in(s.lower(), _EPIDEMIC_WORDS)
                   and not _OURS_BEFORE.search(s, max(0, q.start - 60), q.start)):
        return True
    if (h.price and q.unit in ("%", "bps") and (mp := _MARKET_PRICE.search(before))
            and not (mp.group(0)[:1].lower() in "hacvl" and _HOME_PRICE.match(mp.group(0))
                     and any_in(s.lower(), _FORECAST_WORDS) and _OTHERS_FORECAST.search(s))):
        return True  # (a forecast of house prices made by others stays, an estimate)
    if (h.price and q.unit not in (None, "count", "%", "bps", "x", "days") and " to " in s[max(0, q.start - 16):q.start]
            and _PER_AREA_OR_UNIT.match(s, q.end) and (lv := _MARKET_PRICE_LEVEL.search(s, max(0, q.start - 90), q.start))
            and _MARKET_PRICE.search(s, max(0, lv.start() - 60), lv.start() + s[lv.start():].find("%") + 1)):
        return True
    if h.data and q.unit not in (None, "count") and _SOURCE_DATA.search(s, 0, q.start):
        return True
    if h.resale and q.unit not in (None, "count", "%", "bps") and _RESALE_TRADES.search(s, 0, q.start):
        return True
    if h.source and _credited(q, s):
        return True
    if h.state and q.unit == "%" and _PUBLIC_SPEND.search(before):
        return True
    if h.price and q.unit not in (None, "count") and _REFERENCE_PRICE.search(s, max(0, q.start - 150), q.start):
        return True
    if (h.industry and (m := _INDUSTRY_SUBJECT.search(before)) and "share" not in before[max(0, m.start() - 30):].lower()
            and not any_in(s[max(0, q.start - 90):q.end + 15].lower(), _FORECAST_WORDS)):
        return True  # "our share of the industry was 28%" is the company's
    if h.industry and _INDUSTRY_DATA.search(before):
        return True
    if (h.industry and q.unit in ("%", "count", None) and (_INDUSTRY_FRAME.search(s, 0, q.start) or _FOR_THE_INDUSTRY.match(s, q.end))
            and _SPEAKER.search(s, 0, q.start)):
        return True
    if h.industry and q.unit == "%" and _OF_POPULATION.match(s, q.end):
        return True
    if h.industry and q.unit == "%" and " growth" in s and "analyst" not in s:
        at = q.start
        if (mg := _MARKET_GROWTH.search(before)) is not None and mg.end() == len(before):
            at = max(0, q.start - 90) + mg.start()
        else:
            mg = _MARKET_GROWTH_AFTER.match(s, q.end)
        if mg is not None and (mg.group("w").lower() == "demand" or not _OUR_SUPPLY.search(s, max(0, at - 30), at)):
            return True
    if h.aside and _aside(q, s, before, q.start + (lead.end() if lead else 0)):
        return True
    if (h.output and q.unit in ("%", "count", "bps", None) and not _OF_OURS.match(s, q.end) and _end_market_output(q, s, before)
            and not (any_in(s[max(0, q.start - 120):q.end + 40].lower(), _FORECAST_WORDS)
                     and _OTHERS_FORECAST.search(s, max(0, q.start - 120), q.end + 40))):
        return True
    if h.rival and _RIVAL_SAYS.search(before):
        return True
    return h.what_if and _WHAT_IF.search(before) is not None


_ACCORDING_OPENS = re.compile(r"^\W*(?:(?:and|but|so|now|also)\s*,?\s+)?according\s+to\s+(?!(?:us|me|management|the\s+company)\b)[^,;:.?!]{2,80},", re.I)
_ACCORDING_CLOSES = re.compile(r",?\s+according\s+to\s+(?!(?:us|me|management|the\s+company|our)\b)[^,;:?!]{2,60}[.!]?\s*$", re.I)
_AHEAD_WORDS = ("expect", "forecast", "project", "predict", "anticipat", " will ", " would ", " should ")
_OUR_WORDS = re.compile(r"\b(?:our|we|us|my|I)\b")
_STUDY = re.compile(r"\b(?:study|studies|survey|research|report|analysis|census|estimates?)\b", re.I)


def _credited(q: Quantity, s: str) -> bool:
    """A figure the sentence credits to another body ("According to the World Bank, there are more than 270 million
    migrant workers", "..., according to the census bureau"): that body's statistic, not the company's. A study the
    company ran about a population counts as such a body; its own figure told from one ("According to our data, our
    retention rose to 91%") stays, and so does a forecast others make (an estimate)."""
    if any_in(s.lower(), _AHEAD_WORDS):
        return False
    if (m := _ACCORDING_OPENS.match(s)) is not None:
        return (m.end() <= q.start and not _OUR_WORDS.search(s, m.end(), q.start)
                and (not _OUR_WORDS.search(m.group(0)) or _STUDY.search(m.group(0)) is not None))
    return (m := _ACCORDING_CLOSES.search(s, q.end)) is not None and not _OUR_WORDS.search(s)


def _setting(q: Quantity, s: str, before: str) -> bool:
    """A figure of the economy or of the rules every company lives under: GDP's path, a regulator's capital surcharge, a
    currency's rate, a country's tax rate, a share of a nation's spending."""
    low = s.lower()
    if q.unit == "%" and ("gdp" in low or "gross domestic" in low):
        if _GDP.search(s, max(0, q.start - 200), q.start) or _GDP_AFTER.match(s, q.end):
            return True
    if q.unit == "%" and ("surcharge" in low or "sib" in low) and (_SURCHARGE.search(before) or _SURCHARGE_AFTER.match(s, q.end)):
        return True
    # a currency's price is a small figure said without a scale ("$1.09"); "$6 million" beside the rate is what it did to results
    if (q.unit not in (None, "%", "count", "bps", "x") and not q.scaled and " rate" in low
            and _RATE_OF_CURRENCY.search(before)):
        return True
    if q.unit == "%" and "tax rate" in low and (m := _last(_NATIONAL_TAX, before)) is not None:
        if not re.search(r"\b(?:our|its)\s+(?:[\w-]+\s+){0,2}$", before[:m.start()], re.I) and _TAX_TAIL.match(before, m.end()):
            return True
    if q.unit == "%" and ("procedures" in low or "admissions" in low) and _CARE_VOLUMES.search(before) and _CARE_FRAME.search(s):
        return True
    return q.unit == "%" and _NATIONAL_SPEND.match(s, q.end) is not None


def _last(pattern, text: str):
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def _aside(q: Quantity, s: str, before: str, at: int) -> bool:
    """A figure said to make a point rather than to report: an example picked ("say 4%"), a swing from year to year, a
    market's habitual rate, a recession's history, a product's claim."""
    if " say" in before and _SAY_FOR_EXAMPLE.search(before):
        return True
    low = s.lower()
    if ("one year" in low or "one quarter" in low) and (m := _ONE_YEAR_ANOTHER.match(s, q.end)):
        return m.group(0).lstrip().lower().startswith("one") or bool(re.search(r"\bone\s+(?:year|quarter)\s*(?:,|and|or)\s+$", before, re.I))
    if "tend" in before and q.unit == "%" and _TENDS_TO.search(before) and _A_YEAR.match(s, q.end) and "our " not in before.lower():
        return True
    if "recession" in low and q.unit == "%" and _RECESSION.search(s, 0, at):
        return True
    return q.unit in ("%", "x") and _CLAIM_BEFORE.search(before) is not None and _CLAIM_AFTER.match(s, q.end) is not None


def _end_market_output(q: Quantity, s: str, before: str) -> bool:
    """A figure of the vehicles the company's customers build: the production said before it with nothing of the
    company's between, said after it ("a 20% decline in auto production"), or units made in a sentence on production
    that no "we" or "our" leads."""
    if (m := _END_MARKET_BEFORE.search(before)) and not _OUTPACED.search(before, 0, m.start()):
        return True
    if _END_MARKET_AFTER.match(s, q.end):
        return True
    return _UNITS_MADE.match(s, q.end) is not None and _SPEAKER.search(s, 0, q.start) is None


def industry_way(s: str, start: int, end: int) -> bool:
    """A way said of the industry's supply, production or demand after the metric the sentence named ("we see flash
    industry output dipping"): the market the outlook assumes, no way of the company's line."""
    return "industry" in s[start:end].lower() and _INDUSTRY_FRAME.search(s, start, end) is not None


_EXAMPLE = re.compile(r"\b(?:for\s+(?:example|instance)|as\s+an\s+example|(?:one|another|an|a\s+(?:great|good))\s+example)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e(?:['’](?:re|ve|ll|d))?|(?<!\bin )(?<!\bon )(?<!\bto )(?<!\bat )(?<!\bof )(?<!\bvia )(?<!\bwith )(?<!\binto )(?<!\bfrom )(?<!\busing )(?<!\bthrough )(?<!\bacross )[Oo]urs?|us|"
                           r"I(?:['’](?:m|d|ve|ll))?)\b")
"""The company speaking of itself; "our" after a preposition ("ads in our feeds", "moved to our cloud") is its product in a client's story."""
_CLIENT_USES = (r"(?:(?:is|are|was|were|has|have|had|will|already|now|recently|initially|also|just)\s+)*(?:using|uses|used|migrat(?:ed|ing)|"
                r"deploy(?:ed|ing)|roll(?:ed|ing)?\s+(?:it\s+)?out|adopt(?:ed|ing)|selected|chose|switched|tested|promoted|moved)\b")
_CLIENT_NAMED = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*,?(?:\s+for\s+(?:example|instance),)?\s+" + _CLIENT_USES)
_CLIENT_LEADS = re.compile(
    r"\W*(?:(?:And|So|Also|Lastly|Finally|Similarly|Meanwhile|Likewise|Today|Now)\s*,?\s+(?:(?:lastly|finally|also)\s*,?\s+)?)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}),?\s+(?:(?:is|are|has|have|had|was|were|already|now|recently|also)\s+)*"
    r"(?:using|deploy(?:ed|ing|s)|adopt(?:ed|ing|s)|migrat(?:ed|ing|es)|switch(?:ed|ing|es)\s+to|rolling\s+out|(?P<result>realized|achieved|saw|cut|reduced))\b")
_CLIENT_AFTER_USING = re.compile(r"\b(?:after|by|with|from)\s+(?:moving|migrating|using|adopting|switching|deploying)\b", re.I)
_NOT_A_CLIENT = frozenset("It This That These Those There They He She Customers Clients Users Everyone Many Most Some "
                          "Revenue Sales The A An By In For With After Before When While As At From Through Since Despite If Once "
                          "Our We Its Their".split())
"""A named client as the sentence's subject using the product, or a result it got after moving to it ("AT&T realized 70%
savings after moving to ..."); not a pronoun or a plural of customers in general."""
_CLIENT_AT = re.compile(r"\b(?:example|instance),\s+at\s+[A-Z]")
_CLIENT_DESCRIBED = re.compile(r"\b(?:an?|one)\s+(?:[\w&'’-]+\s+){0,4}?(?:brand|retailer|business|company|customer|client|bank|insurer|"
                               r"hospital|(?:health\s+)?system|advertiser|merchant|seller|manufacturer|maker|firm|start-?up|chain|"
                               r"distributor|utility|university|agency)(?:\s+(?:called|named)\b|,)")
""""For example, Halvor Goods, an online tea business, earns 30% of its sales ...", "a furniture chain called ...",
"Kestrel Bank, for instance, is rolling it out to 9,000 staff": a client's own result or size, told as an example."""
_CLIENT_AGAIN = re.compile(r"^(?:And\s+|So\s+|Now\s+)?(?:They|Their|It|Its|The\s+(?:campaign|brand|retailer|customer|client|bank|team))\b|"
                           r"\b(?:they|their|its)\b")


def client_example(s: str) -> bool:
    """A client's case told as an example ("For instance, Marlow Foods, a regional grocer, moved ..."), or a named client
    opening the sentence as the user of the product ("Kestrel Air is using our models to cut handling costs by 30%"):
    its figures are the client's, not the company's. Without a "we" or "our" in the sentence only: "for example, our
    largest customer ..." and "for example, in Europe we grew 12%" stay the company's."""
    if _FIRST_PERSON.search(s) is not None:
        return False
    if _EXAMPLE.search(s) is None:
        m = _CLIENT_LEADS.match(s)
        return m is not None and m.group("name").split()[0] not in _NOT_A_CLIENT and (
            m.group("result") is None or _CLIENT_AFTER_USING.search(s, m.end()) is not None)
    return (_CLIENT_DESCRIBED.search(s) is not None or _CLIENT_NAMED.search(s) is not None
            or (_CLIENT_AT.search(s) is not None and re.search(_CLIENT_USES, s) is not None))


def client_again(s: str) -> bool:
    """The sentence after a client's example that goes on about that client ("They cut processing time by 30%.",
    "The brand's repeat orders rose 18%.", "... more items in their baskets"), with no "we" or "our" of the company."""
    return _FIRST_PERSON.search(s) is None and _CLIENT_AGAIN.search(s) is not None
