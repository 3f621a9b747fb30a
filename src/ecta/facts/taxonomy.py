"""ecta's metric taxonomy: canonical names and the phrases that name them, as ordered data.

Within one position the longest phrase wins ("adjusted EBITDA margin" before "EBITDA"), so the table
can list general phrases beside specific ones. `NEGATING` phrases flip the sign of an amount ("net loss").
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from .. import stored_re

from .guard import ANY, ascii_classes, first_chars, folded, folded_source, gated, guarded, lookahead, lowered, prefixes
from .periods import find_cues as find_period_cues
from ..months import MONTH_ALT
from ..fiscal_words import FISCAL

METRICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("eps", (r"(?:diluted\s+|basic\s+)?(?:earnings|income|EPS|profit)\s+per\s+(?:diluted\s+|basic\s+|fully\s+diluted\s+)?(?:common\s+|ordinary\s+)?(?:share|unit|ADS)",
             r"(?:diluted\s+|basic\s+)?D?EPS", r"(?:diluted\s+|basic\s+)?(?:net\s+)?loss\s+per\s+(?:diluted\s+|basic\s+)?(?:common\s+|ordinary\s+)?(?:share|ADS)",
             r"per\s+(?:diluted\s+|basic\s+|fully\s+diluted\s+)?(?:common\s+|ordinary\s+)?share", r"a\s+share", r"per\s+diluted\s+share",
             r"earnings", r"(?:net\s+)?loss\s+per\s+(?:diluted\s+)?unit")),
    ("gross_margin", (r"gross\s+(?:profit\s+)?margins?", r"GM", r"gross\s+profit\s+(?:rate|percentage|percent)")),
    ("gross_profit", (r"gross\s+profits?",)),
    ("operating_margin", (r"operating\s+(?:profit\s+|income\s+)?margins?", r"op(?:erating)?\s+margins?", r"EBIT\s+margins?", r"OI\s+margins?")),
    ("ebitda_margin", (r"(?:adjusted\s+)?EBITDA\s*(?:\w+\s+)?margins?",)),
    # an insurance broker's EBITDAC (before change in contingent consideration), a lessor's EBITDAR, a producer's EBITDAX
    ("ebitda", (r"EBITDA(?:R|X|C)?(?:\s+loss(?:es)?)?", r"EBITDAre")),
    ("ebit", (r"EBIT(?:\s+loss(?:es)?)?",)),
    ("operating_income", (r"operating\s+(?:income|profits?|earnings|loss(?:es)?)", r"income\s+from\s+operations",
                          # "breakeven at the operating level": the operating line, named by its level
                          r"(?:(?<=breakeven\sat\sthe\s)|(?<=break-even\sat\sthe\s)|(?<=break\seven\sat\sthe\s))operating\s+level\b",
                          r"segment\s+(?:operating\s+)?(?:income|profits?|loss(?:es)?|earnings)", r"(?:operating\s+)?profit\s+from\s+operations",
                          # "earnings in our rail business climbed 21%": a part's profit, not a per-share figure
                          r"(?<!\band\s)(?<!&\s)earnings\s+(?:in|of|from)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?:business(?:es)?|segments?|divisions?)",
                          # a new plant's or contract's "start-up loss" is the operating line of what it runs
                          r"start-?up\s+(?:operating\s+)?loss(?:es)?",
                          r"loss\s+from\s+operations", r"trading\s+profit",
                          # a processor's "OP" is its operating profit; a REIT's "OP units" are partnership units
                          r"(?<!&)OP(?!\s+(?:units?|margins?)\b)")),
    ("net_income", (r"net\s+(?:income|earnings|profits?|loss(?:es)?)", r"comprehensive\s+(?:income|loss)",
                    r"net\s+financial\s+earnings", r"NFE",  # a utility's non-GAAP net earnings
                    r"NPAT",  # net profit after tax, in the words of Australian and Indian reporters
                    r"earned(?!\s+(?:more|several|many|new|multiple|additional|our|their|its|the\s+right|trust)\b)", r"(?:profit|income|earnings)\s+after\s+tax(?:es|ation)?",
                    r"PAT", r"bottom[-\s]line", r"net\s+income\s+attributable\s+to\s+\w+", r"income\s+from\s+continuing\s+operations",
                    r"earnings\s+from\s+continuing\s+operations", r"profit\s+for\s+the\s+(?:period|quarter|year)",
                    r"(?:pre-?tax|before\s+tax)\s+(?:income|profits?|earnings)", r"profit\s+before\s+tax",
                    r"PBT", r"profitability",
                    r"(?<=adjusted\s)income(?!\s+(?:tax|statement))",  # "non-GAAP adjusted income grew 23%": the bottom line adjusted
                    # the US filing's name for pre-tax income
                    r"(?:income|earnings)\s+(?:from\s+continuing\s+operations\s+)?before\s+(?:income\s+)?tax(?:es|ation)?")),
    ("tax_rate", (r"(?:effective\s+)?tax\s+rates?", r"ETR",
                  # "our annual effective rate to be around 22%": the tax rate with its noun left out
                  r"effective\s+rate(?!\s+(?:of|on|for|increases?|cases?|base)\b)", r"(?:income\s+)?tax\s+provision\s+rate",
                  # the rate said as its division: "tax expense as a share of pre-tax earnings came to 23.5%"
                  r"(?:income\s+)?tax(?:es|\s+expense|\s+provision)?\s+as\s+an?\s+(?:percent(?:age)?|%|share|proportion)\s+of\s+(?:our\s+)?"
                  r"(?:pre-?tax|before[-\s]tax)\s+(?:income|earnings|profits?)")),
    # a dealer's interest on the loans that fund its stock ("floor plan interest should be $40 million to $43 million")
    # "net finance costs" is the IFRS line of interest paid less earned (with the interest on leases): interest expense
    ("interest_expense", (r"(?:net\s+)?interest\s+expenses?", r"(?:net\s+)?(?:finance|interest)\s+(?:costs?|charges?)(?!\s+(?:of|on|per)\s+(?:the\s+)?(?:deal|acquisition|transaction|merger))", r"(?:net\s+)?interest\s+and\s+other\s+expenses?(?:,\s+net)?", r"(?:(?:new\s+|used\s+)?(?:vehicle\s+)?floor\s*plan|other)\s+interest(?:\s+(?:expenses?|costs?))?(?!\s+(?:income|rates?|assistance|credits?))")),
    # an annuity writer's spread income is what a bank calls net interest income, its base spread the margin
    ("net_interest_income", (r"net\s+interest\s+income", r"NII", r"spread\s+income")),
    ("net_interest_margin", (r"net\s+interest\s+margins?", r"NIM", r"(?:base|(?:net\s+)?investment|(?:net\s+)?interest)\s+spreads?(?!\s+income)")),
    ("operating_cash_flow", (r"(?:operating|operations)\s+cash\s+flows?", r"cash\s+(?:flows?\s+)?(?:from|provided\s+by|generated\s+(?:from|by))\s+(?:operating\s+activities|operations)",
                             r"cash\s+generated\s+from\s+operations", r"cash\s+flows?\s+(?:from|generated\s+by)\s+(?:our\s+)?(?:[\w&-]+\s+){1,2}?operations", r"net\s+cash\s+(?:provided\s+by|from|generated\s+(?:by|from))\s+(?:operating\s+activities|operations)", r"operating\s+cash", r"cash\s+from\s+operations", r"OCF")),
    ("free_cash_flow", (r"(?:adjusted\s+)?free\s+cash\s*flows?", r"FCF", r"free\s+cash\s+(?:out|in)flows?",
                        # "free cash of $310 million", "cash flow after capital spending": the same measure in other words
                        r"free\s+cash(?:\s+generation)?",
                        r"(?:operating\s+)?cash\s+flows?\s+(?:after|less|net\s+of)\s+(?:(?:all|our)\s+)?(?:capital\s+(?:spending|expenditures?|investments?)|cap\s?ex)")),
    ("capex", (r"capital\s+(?:expenditures?|spending|investments?|expenses)", r"cap\s?ex", r"capex", r"CapEx",
               # (no "growth"/"total" capital: common first words cost every sentence a failed match attempt)
               r"(?:sustaining|maintenance)\s+capital(?:\s+(?:spending|plan|program|budget))?",
               r"capital\s+(?:plan|program|budget|spend|outlays?|projects?|improvements?)",
               # "total capital of $930 million", "growth capital": keyed on "capital", so common first words cost nothing
               r"(?<=\btotal\s)capital(?!\s+(?:ratio|adequacy|base|structure|markets?|allocation|returns?|returned|deployed|position|levels?|requirements?|employed)\b)",
               r"(?:(?<=\bplanned\s)|(?<=\bprojected\s)|(?<=\bbudgeted\s))capital(?!\s+(?:ratio|adequacy|base|structure|markets?|allocation|returns?|returned|deployed|deployment|position|levels?|requirements?|employed)\b)",
               r"(?<=\bgrowth\s)capital(?!\s+(?:ratio|adequacy|base|structure|markets?|allocation|returns?|returned|deployed|position|levels?|requirements?|employed)\b)",
               # "we invested $40 million in capital, mostly machinery": the spend on assets, said by its last word alone
               rf"(?<=\bin\s)capital(?=,|\s+(?:during|so\s+far|this\s+(?:quarter|year)|in\s+(?:the|{FISCAL}|20\d\d)))")),
    ("cash", (r"cash(?:\s+and\s+(?:cash\s+equivalents|equivalents|investments|marketable\s+securities|short-term\s+investments))?(?:\s+balance)?",
              r"cash\s+on\s+hand", r"cash\s+position", r"net\s+cash(?:\s+position)?")),
    # "gearing": leverage in British, Asian and Australian usage (not "gearing up", getting ready)
    ("net_debt", (r"net\s+debt", r"net\s+(?:leverage|gearing(?!\s+up\b))(?:\s+ratio)?")),
    ("debt", (r"(?:total\s+|gross\s+|long-term\s+)?debt", r"borrowings",
              # "continued to leverage digital", "we leverage our scale": the verb (making use of), no debt named
              r"(?!(?:(?<=\bto\s)|(?<=\bwe\s)|(?<=\bwill\s)|(?<=\bcan\s)|(?<=\bcould\s)|(?<=\bcontinue\s)|(?<=\bcontinued\s)|(?<=\bthey\s))leverage\s+"
              r"(?!(?:of|ratio|at|to|below|under|above|in|target|was|is|remains|remained|will|and|for|on|from)\b)[a-z])"
              r"(?!leverage\s+(?:our|their|its|this|these|those|them|it)\b)(?:leverage|gearing(?!\s+up\b))(?:\s+ratio)?", r"term\s+loans?", r"notes")),
    ("depreciation_and_amortization", (r"depreciation(?:\s+and\s+amortization)?", r"D&A")),
    ("stock_compensation", (r"stock[-\s]based\s+comp(?:ensation)?", r"stock\s+comp(?:ensation)?\b", r"share[-\s]based\s+comp(?:ensation)?", r"SBC", r"equity\s+compensation")),
    ("amortization", (r"amortization(?:\s+of\s+(?:acquired\s+)?intangibles?)?",)),
    ("restructuring", (r"restructuring(?:\s+(?:charges?|costs?))?", r"severance")),
    ("research_and_development", (r"R&D(?:\s+expenses?)?", r"research\s+and\s+development(?:\s+expenses?)?",
                                  r"technology\s+and\s+development(?:\s+expenses?)?",
                                  # an online business's name for its engineering spend
                                  r"product\s+(?:and\s+)?(?:technology|development)\s+(?:expenses?|costs?|spend(?:ing)?)")),
    ("sales_and_marketing", (r"sales\s+and\s+marketing(?:\s+expenses?)?", r"S&M",
                             # the spend, not a business called Marketing ("Marketing and Specialties", "Marketing segment EBITDA")
                             r"(?:brand\s+)?marketing(?:\s+and\s+sales)?(?:\s+(?:expenses?|spend(?:ing)?|investments?|costs?)|(?![\s-]+(?:and\s+specialties|segment|"
                             r"business|revenues?|sales|EBITDA|income|margins?|earnings|volumes?|partners?|agreements?|programs?|campaigns?|organi[sz]ations?|"
                             r"channels?|teams?|rights|fees?|services?|solutions?|platforms?|agenc(?:y|ies)|software|technology|automation|products?|offerings?|"
                             r"firms?|companies|clients?|customers?|capabilit(?:y|ies)|businesses)\b)(?!,?\s+(?:and\s+)?(?:administrat|general|research|selling|distribution)))",
                             r"advertising(?:\s+and\s+(?:media|promotion|marketing))?\s+(?:spend(?:ing)?|expenses?|costs?|investments?)",
                             # the spend held against sales ("advertising as a share of net sales"); bare "advertising" may be a medium's revenue
                             r"advertising(?=\s+(?:as\s+an?\s+(?:percentage|percent|share)|on\s+an?\s+percent(?:age)?)\s+of\s+(?:net\s+)?(?:sales|revenues?)\b)",
                             r"marketing\s+(?:and|&)\s+promo(?:tion(?:al)?|tions)?(?:\s+(?:spend(?:ing)?|expenses?|costs?|investments?))?")),
    ("general_and_administrative", (r"(?:general\s+and\s+administrative|G&A)(?:\s+expenses?)?",)),
    ("operating_expenses", (r"operating\s+(?:expenses?|costs?)", r"opex", r"OpEx", r"O&M(?:\s+expenses?)?",
                            r"operations\s+and\s+maintenance(?:\s+expenses?)?", r"AISC", r"all-in\s+sustaining\s+costs?", r"(?:cash\s+)?cost\s+of\s+(?:goods\s+sold|sales)\s+per\s+(?:ton|tonne|unit|ounce|pound|barrel|boe)s?\b", r"SG&A(?:\s+expenses?)?", r"expenses", r"overhead",
                            r"selling(?:,?\s+(?:general|distribution|technical|marketing)(?=[\s,]))*,?\s+(?:and\s+)?administrative(?:\s+expenses?)?", r"SD&A(?:\s+expenses?)?", r"costs?",
                            r"non-?interest\s+expenses?", r"(?:adjusted|total|reported)\s+expense",
                            r"expense(?=\s+(?:growth|increases?|declines?)\b(?!\s+(?:factor|ratio|multiple)))",  # "expense growth of 3.8%", beside same-store revenue growth
                            # the noun, not the verb ("we're spending $40 million on R&D"); "capital spending" is capex
                            r"(?:(?<=\bour\s)|(?<=\bthe\s)|(?<=\bin\s)|(?<=\btotal\s)|(?<=\boverall\s)|(?<=\bstable\s)|(?<=\bflat\s))spending",
                            r"spending\s+(?:base|levels?)")),
    # "cash dividends": paid out in cash, not the cash balance
    # "supplementals": the variable dividends paid on top of a base one, named by the adjective alone
    ("dividend", (r"(?:cash\s+)?(?:quarterly\s+|annual\s+|special\s+|supplemental\s+)?dividends?(?:\s+per\s+share)?", r"distributions?(?!\s+fees)(?:\s+per\s+unit)?",
                  r"supplementals")),
    ("buyback", (r"(?:share|stock)\s+(?:repurchases?|buybacks?)", r"buybacks?", r"repurchas(?:e|ed|ing)\s+(?:(?![$€£¥₹\d])\S+\s+){0,3}?shares",
                 r"repurchase[sd]?", r"(?:bought|buy(?:ing|s)?)\s+back", r"repurchase\s+(?:authorization|program)", r"(?:remaining\s+)?authorization")),
    ("share_count", (r"(?:(?:fully\s+)?diluted\s+)?(?:weighted[-\s]average\s+)?(?:common\s+)?shares?\s+outstanding", r"share\s+count",
                     r"(?:fully\s+)?diluted\s+(?:weighted[-\s]average\s+)?shares")),
    ("dso", (r"DSOs?", r"days\s+sales\s+outstanding", r"receivables?\s+days")),
    ("dio", (r"DIO", r"days\s+(?:of\s+)?inventory(?:\s+outstanding|\s+on\s+hand)?", r"inventory\s+days")),
    ("inventory_turns", (r"inventory\s+turns?", r"inventory\s+turnover")),
    ("inventory", (r"inventor(?:y|ies)",)),
    ("deferred_revenue", (r"deferred\s+revenues?", r"unearned\s+revenues?", r"billings")),
    ("rpo", (r"(?:current\s+)?remaining\s+performance\s+obligations?", r"c?RPO")),
    ("backlog", (r"(?:order\s+)?backlog", r"order\s+books?")),
    ("book_to_bill", (r"book[-\s]to[-\s]bill(?:\s+ratio)?",)),
    ("bookings", (r"(?:net\s+|new\s+|total\s+)?bookings", r"(?:contract\s+)?awards?", r"(?:total\s+|annual\s+)?contract\s+value", r"TCV", r"ACV", r"(?:large\s+)?deal\s+wins",
                  # "in order to", "in order for": a purpose, no orders taken ("a decline in order volume" is one)
                  r"orders(?:\s+intake)?", r"order(?!\s+(?:books?|backlogs?|of\s+magnitude|to)\b)(?!(?<=\bin\sorder)\s+for\b)(?:\s+intake)?", r"order\s+intake", r"new\s+business")),
    ("arr", (r"(?:annual(?:ized)?\s+recurring\s+revenues?|ARR)",)),
    ("recurring_revenue", (r"(?:recurring|subscription|SaaS|cloud)\s+revenues?",)),
    ("same_store_sales", (r"(?:same|comparable|like-for-like)[-\s](?:store|restaurant|unit|shop)?\s*sales", r"same[-\s](?:facility|hospital)\s+(?:net\s+)?revenues?(?:\s+growth)?", r"comps?(?:\s+sales)?",
                          r"comparable\s+(?:store\s+)?sales", r"SSS", r"LFL", r"same-store\s+sales",
                          r"(?:same|comparable)[-\s](?:store|unit|restaurant|shop)\s+revenues?", r"identical(?:[-\s]store)?\s+sales")),
    ("revenue", (r"(?:total\s+|net\s+|consolidated\s+|quarterly\s+|overall\s+)?revenues?", r"(?:net\s+|total\s+)?sales", r"top[-\s]?line",
                 r"turnover", r"(?:total\s+)?net\s+revenues?", r"revenue\s+growth", r"(?:organic\s+)?(?:sales|revenue)\s+growth")),
    ("headcount", (r"headcount", r"employees", r"(?:full-time\s+)?(?:staff|workforce|people|team\s+members|associates)")),
    ("customers", (r"customers?", r"clients?", r"accounts(?!\s+for\b)", r"logos", r"merchants", r"advertisers", r"partners", r"members(?:hip)?")),
    ("subscribers", (r"(?:paid\s+|net\s+)?subscribers?", r"paid\s+memberships?", r"subs", r"(?:paid\s+)?subscriptions", r"(?:net\s+)?adds", r"net\s+additions", r"connections")),
    ("users", (r"(?:daily|monthly|weekly)?\s*active\s+users", r"(?:daily|monthly|weekly)\s+actives", r"DAUs?", r"MAUs?", r"users")),
    ("stores", (r"(?:new\s+)?(?:stores?|restaurants?|locations?|branches|outlets|units\s+opened|openings|clinics|hotels|(?<!cooler\s)(?<!freezer\s)(?<!refrigerated\s)doors|sites|"
                r"(?:active\s+)?(?:selling\s+)?communities|salons|pharmacies|dealerships|showrooms|gyms|theaters|theatres|shops|cafes|bakeries)",
                # (a store's cooler or freezer doors are fixtures in it, not doors that sell)
                # a provider's or a renter's sites: "41 acute-care hospitals", "318 surgery centers", "9 de novos", "14 cold
                # starts" (new branches); a data, call or distribution center is a building that serves the business, not one
                r"(?:acute[-\s]care\s+)?hospitals", r"de\s+novos", r"cold\s+starts",
                r"(?:surgery\s+|surgical\s+|ambulatory\s+|urgent[-\s]care\s+|imaging\s+|dialysis\s+|fitness\s+|care\s+)?centers")),
    ("units", (r"units?(?:\s+shipped)?", r"(?:net\s+)?unit\s+growth", r"(?:home\s+)?closings", r"shipments", r"deliveries", r"vehicles", r"homes", r"wafers", r"volumes?", r"tons", r"tonnage", r"barrels", r"cubic\s+(?:feet|meters|metres)(?=(?:\s+equivalent|\s+of\s+(?:natural\s+)?gas)?\s+(?:per|a)\s+day)",
               r"devices", r"systems", r"ad\s+impressions(?:\s+served)?", r"impression\s+growth",
               # bare "impressions" only as the subject of a move: "impressions grew 9%", not "the impressions we sell"
               r"impressions(?=\s+(?:served\s+)?(?:grew|rose|increased|declined|decreased|fell|were|was|are|is)\b)",
               r"procedures?(?:\s+volumes?)?", r"placements", r"installed\s+base", r"robots",
               # a distributor's or a drinks maker's cases: "case growth of 4%", "total cases rose 3%" (not a court's or an epidemic's)
               # and a drinks maker's depletions (its sales to retailers, counted in cases)
               r"case\s+growth", r"depletions", r"(?<!COVID\s)(?<!COVID-19\s)(?<!virus\s)cases(?=\s+(?:shipped\s+|sold\s+|delivered\s+)?(?:grew|rose|increased|declined|decreased|fell|"
               r"(?:were|are|was|is)\s+(?:up|down))\b)",
               # a hospital's volumes: patients admitted, seen and operated on
               r"(?:same[-\s](?:facility|hospital)\s+)?(?:adjusted\s+|equivalent\s+)?admissions", r"(?:emergency\s+(?:room|department)|ER)\s+visits",
               r"(?:(?:hospital\s+)?(?:inpatient|outpatient)\s+)?surgeries", r"surgical\s+(?:cases|volumes?)", r"surgery\s+center\s+cases",
               r"(?:inpatient\s+|patient\s+)days")),
    ("price", (r"(?:average\s+selling\s+)?prices?\s+per\s+(?:new\s+)?(?:customer|user|seat|subscriber|unit|deal)",
               # what one unit sold brings in: "revenue per hundredweight", "net bookings per full-game unit" (not RevPAR's
               # "per available room", a yield)
               r"(?:average\s+)?(?:net\s+)?(?:revenues?|sales|bookings)\s+per\s+(?:[\w-]+\s+){0,2}?(?:unit|hundredweight|cwt|shipment|carload|"
               r"load|ton|tonne|hectolit(?:er|re)|vehicle|home|piece|case|admission|patient\s+day|visit|procedure|contract|transaction)s?(?![\w-])", r"(?:average\s+selling\s+)?prices?", r"ASPs?", r"pricing", r"rate\s+increases?", r"price\s+increases?",
               # what a staffing firm charges clients per hour worked, and what a lessor charges for a term of use
               r"(?:average\s+)?bill\s+rates?", r"(?:lease|rental|charter)\s+rates?(?!\s+factors?\b)",
               # an insurer's price: the rate it gets on renewals ("renewal premium change was 7.8%", "pure rate was about
               # 5%"; a bare "renewal rate" of 95% is customers kept), and a price said as realized or core
               r"renewal\s+(?:premium|rate|price)\s+(?:changes?|increases?)", r"renewal\s+pric(?:ing|es?)", r"pure\s+rate",
               r"core\s+price", r"price\s+realizations?", r"shelf[-\s]price\s+inflation", r"effective\s+labou?r\s+rates?",
               r"tuition\s+increases?")),
    ("market_share", (r"market\s+share", r"share\s+of\s+(?:the\s+)?market",
                      # a consumer brand's share as the trade's panels track it: of retail sales, in volume or value, of a
                      # product category
                      r"(?:retail|volume|value)\s+share(?!\s*(?:holders?|repurchases?|buybacks?|counts?|prices?))",
                      r"share\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?category")),
    ("loans", (r"(?:total\s+|average\s+|net\s+)?loans(?:\s+and\s+leases)?", r"loan\s+(?:growth|balances?|portfolio|totals?)", r"originations",
               # "average loan will be up 4%": the book said in the singular (not a loan's average size, yield or rate)
               r"average\s+loan(?!\s+(?:sizes?|yields?|rates?|spreads?|pricing|to|amounts?|balance\s+per|losses|loss|life|terms?|durations?|maturit))",
               # banks in India and the Gulf call their loan book "advances": "our gross advances stood at ...", "retail advances rose 17%"
               r"(?:gross\s+|net\s+|total\s+|retail\s+|corporate\s+|wholesale\s+|(?:M?SME)\s+|agri(?:cultural)?\s+|rural\s+|"
               r"commercial\s+|unsecured\s+|secured\s+|business\s+banking\s+)advances", r"loans\s+and\s+advances", r"advances\s+(?:growth|book)",
               # a card issuer's or lender's book is its receivables; a trade debtor's "accounts receivable" is not
               r"(?:(?:credit\s+)?card|loan|finance|contract|consumer|retail\s+card|private[-\s]label|co-?brand)\s+receivables",
               # what cardholders owe ("card balances grew 4%"); a credit facility's "revolving balances" are debt
               r"(?:(?:credit\s+)?card|private[-\s]label|general[-\s]purpose|co-?brand)\s+(?:card\s+)?balances",
               # a card issuer's book named as its portfolio ("the card portfolio closed at $2.1 billion")
               r"(?:credit\s+)?card\s+(?:loan\s+)?(?:portfolio|book)")),
    ("deposits", (r"(?:total\s+|average\s+|core\s+)?deposits", r"deposit\s+(?:growth|base|book|guid(?:e|ance)|totals?|balances?)",
                  # the share of current and savings accounts in deposits, a bank's cheap funding
                  r"CASA(?:\s+(?:ratio|deposits|share|mix))?", r"current\s+and\s+savings\s+accounts?(?:\s+ratio)?")),
    ("provision", (r"provision(?:\s+for\s+credit\s+losses)?(?:\s+ratio)?", r"provisions", r"credit\s+loss\s+expense", r"reserve\s+build",
                   # the provision for credit losses by its abbreviation
                   r"PCLs?(?:\s+ratio)?", r"allowance\s+build", r"credit\s+costs?", r"cost\s+of\s+credit",
                   # a lender's provisions over its average book, as consumer lenders and card issuers name the ratio
                   r"cost\s+of\s+risk",
                   # what a bank in the Singapore or Hong Kong habit sets aside for bad loans in the period
                   r"(?:specific|general|total)\s+allowances")),
    ("charge_offs", (r"(?:net\s+)?charge[-\s]offs?", r"NCOs?",
                     # the verb: "the card book charged off at 6.1%"
                     r"charg(?:ed|ing)[-\s]off")),
    ("cet1_ratio", (r"CET\s?1(?:\s+ratio)?", r"common\s+equity\s+tier\s+(?:1|one)(?:\s+(?:capital\s+)?ratio)?", r"tier\s+(?:1|one)\s+(?:common\s+)?(?:capital\s+)?ratio")),
    ("aum", (r"(?:assets\s+under\s+(?:management|administration)|AUM|AUA)",)),
    ("book_value", (r"(?:tangible\s+)?book\s+value(?:\s+per\s+(?:common\s+|diluted\s+|ordinary\s+)?share)?",)),
    ("roe", (r"(?:return\s+on\s+(?:average\s+)?(?:tangible\s+)?(?:common\s+)?equity|ROT?CE|ROA?E)",
             # a bank's return on the capital it must hold, not that capital's ratio to risk-weighted assets
             r"return\s+on\s+(?:CET\s?1|(?:common\s+equity\s+|core\s+)tier\s+1)(?:\s+capital)?")),
    ("roic", (r"(?:return\s+on\s+invested\s+capital|ROIC|return\s+on\s+capital(?:\s+employed)?|ROCE)",)),
    # "other income and expenses", "other income (expense), net": one line, not the company's expenses
    ("other_income", (r"(?:net\s+)?OI&E(?:\s+expenses?)?", r"other\s+(?:income|expense)(?:s?\s*(?:and|or|&|/|\()\s*(?:other\s+)?(?:expenses?|income|deductions?)\)?)?(?:,\s+net)?", r"(?:net\s+)?investment\s+income", r"(?:non-?service\s+)?pension\s+(?:income|benefit)", r"interest\s+income", r"non-?interest\s+(?:income|revenue)",
                      r"fee\s+income")),
    ("margin", (r"margins?", r"(?:contribution|segment|adjusted|net|pre-?tax|profit|EBT)\s+margins?",
                r"(?:total\s+)?segment\s+operating\s+(?:profit\s+)?margins?")),
    ("growth", (r"(?:organic|constant[-\s]currency|underlying)\s+growth", r"grew\s+organically", r"organically",
                r"(?:on\s+an?\s+)?(?:organic|constant[-\s]currency)\s+basis")),
)

# Phrases of particular industries and wordings, kept apart from METRICS for reading; both are tried together
# (their distinct six-character starts make them nearly free for words that cannot begin one).
EXTRA_METRICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # a REIT's per-share earnings measure; the phrase keeps its name
    ("eps", (r"(?:A?FFO|funds\s+from\s+operations)\s+(?:loss\s+)?per\s+(?:diluted\s+|basic\s+)?(?:share|unit)",
             # its own phrase, so that its length puts it before "operating income" in the alternation
             r"(?:net\s+)?operating\s+(?:income|earnings)\s+(?:loss\s+)?per\s+(?:diluted\s+|basic\s+)?(?:share|unit)",
             r"per\s+(?:(?:core|normalized|adjusted|diluted)\s+)?A?FFO\s+(?:share|unit)")),
    ("operating_expenses", (r"LOE", r"lease\s+operating\s+(?:expenses?|costs?)")),
    # "contributed $1.4 billion of revenue, $640 million of expense and $500 million of net income": the cost line named
    # after its figure in a list of P&L lines (alone, "of expense" is often an item's or other expense's)
    ("operating_expenses", (r"(?<=\bof\s)(?:(?:total|core|adjusted|operating|noninterest|non-interest)\s+)?expense(?=,?\s+(?:and\s+)?(?:[$€£¥₹]|\d))",)),
    ("revenue", (r"(?:net\s+|gross\s+|total\s+)?(?:written|earned)\s+premiums?(?:\s+growth)?", r"premiums(?:\s+(?:earned|written))?", r"(?:premium|fee)\s+revenues?",
                 r"home\s+sales(?:\s+revenues?)?",
                 # a lending fund's top line, interest, fees and dividends together (an insurer's "net investment income" stays apart)
                 r"total\s+investment\s+income")),
    # a utility's volumes: "weather-normalized retail electric sales rose 2.6%" is kilowatt-hours, not revenue
    ("units", (r"(?:weather[-\s]normali[sz]ed\s+)?(?:retail\s+)?(?:electric(?:ity)?|kWh|power)\s+sales(?:\s+growth)?",
               r"weather[-\s]normali[sz]ed\s+(?:retail\s+)?sales(?:\s+growth)?")),
    ("operating_expenses", (r"(?:adjusted\s+)?(?:administrative|G&A|SG&A)\s+(?:expense\s+)?ratio",)),
    ("headcount", (r"(?:employee|staff)\s+(?:count|base)",)),
    # fee lines a firm earns: "base management fees were $418.7 million", "investment banking fees of $688 million"
    ("segment_revenue", (r"(?:base\s+|incentive\s+|asset\s+|investment\s+)?(?:management|performance|advisory|investment\s+banking|franchise|royalty|(?:product\s+)?distribution|card|interchange|"
                         r"wealth|brokerage|underwriting|custody|trust|placement|origination|licensing)\s+fees",
                         # a club retailer's fee line ("membership and other income"), not a count of its members
                         r"membership\s+(?:fee\s+)?(?:and\s+other\s+)?income")),
    # a bank's noninterest income lines: "capital markets income was $14 million", "mortgage banking was $9 million"
    ("segment_revenue", (r"(?:capital\s+markets|mortgage\s+banking|wealth\s+management|trust(?:\s+and\s+investment)?|service\s+charges?|deposit\s+service)"
                         r"\s+(?:income|revenues?|fees)",
                         r"mortgage\s+banking(?=\s+(?:income\s+)?(?:was|were|came\s+in|rose|fell|grew|increased|decreased|declined)\b)")),
    # what clients have placed with a wealth business is an asset base
    ("aum", (r"(?:fee-based\s+|total\s+)?client\s+(?:investment\s+)?assets", r"assets\s+under\s+advice", r"invested\s+assets")),
    ("customers", (r"(?:customer|client|account)\s+count", r"policies(?:[-\s]in[-\s]force)?", r"PIF")),
    # those a school, a clinic or a drug serves are its customers: "students enrolled", "new student enrollments", "patients
    # on therapy" (where a trial's patients are no fact at all)
    ("customers", (r"students\s+enrolled", r"student\s+starts", r"(?:new\s+|total\s+)?(?:student\s+)?enrollments?(?!\s+(?:spend\w*|costs?|expenses?|centers?|centres?|period|season|window|fees?|marketing))",
                   r"patients\s+on\s+(?:therapy|treatment|drug)")),
    # what a drug or an exchange sells, counted: prescriptions filled, contracts and shares traded a day
    ("units", (r"(?:total\s+|new[-\s]to[-\s]brand\s+|new\s+)?(?:prescriptions|scripts)", r"TRx", r"NBRx",
               r"(?:(?:options|futures|equit(?:y|ies))\s+)?ADV", r"average\s+daily\s+(?:trading\s+)?volumes?")),
    # what one contract or share traded brings an exchange ("net capture per contract", "revenue per contract, or RPC")
    ("price", (r"(?:average\s+)?net\s+capture(?:\s+per\s+(?:contract|trade|(?:hundred|100)\s+shares))?", r"capture\s+per\s+(?:contract|trade|(?:hundred|100)\s+shares)",
               r"RPC", r"(?:average\s+)?rate\s+per\s+contract")),
    # a subscription business's book of annual contract value, the ARR of data vendors
    ("arr", (r"annual\s+subscription\s+value", r"ASV")),
    # a count of large customers names its threshold in ARR: "customers with ARR of more than $100,000" is customers
    ("customers", (r"(?:customers?|clients?|accounts)\s+(?:with|spending|paying|generating|contributing)\s+(?:(?:ARR|annual\s+recurring\s+revenue)\s+of\s+)?"
                   r"(?:more\s+than|over|greater\s+than|above|at\s+least|in\s+excess\s+of)\s+\$\d[\d,.]*\s*(?:[kKmM]\b|thousand|million)?"
                   r"(?:\s+(?:in|of)\s+(?:ARR|annual\s+recurring\s+revenue|revenue|annual\s+spend))?",
                   # a card issuer counts its cardholders by the cards: "credit cards in force reached 41 lakh"
                   r"(?:credit\s+)?cards\s+(?:in\s+force|outstanding|issued)")),
    ("subscribers", (r"subscriber\s+count",)),
    ("customers", (r"(?:member|membership)\s+count",)),
    ("stores", (r"(?:store|restaurant|unit|location|door|branch|community|hotel)\s+count",)),
    # Industry measures with no name of their own are `other`, named here so that a word inside them ("per share",
    # "revenue", "income", "AUM") does not lend them a metric they are not.
    ("other", (r"A?FFO", r"funds\s+from\s+operations", r"take\s+rates?", r"bad\s+debts?(?:\s+expenses?)?", r"(?:market|business|reporting|operating|strategic)\s+units?",
               r"order\s+of\s+magnitude", r"(?:income\s+)?tax\s+provision",
               # losses carried back or forward to earn a tax benefit are a tax item, not an operating result
               r"(?:net\s+)?operating\s+loss(?:es)?\s+carry-?(?:backs?|forwards?)|NOLs?",
               # an insurer's claims inflation, set against its renewal rate, is no price of its own
               r"loss\s+(?:cost\s+)?trends?",
               # an insurer's reserves for claims ("net loss and loss adjustment expense reserves") are no result of its own
               r"(?:net\s+)?loss\s+and\s+(?:loss\s+adjustment\s+expenses?|LAE)(?:\s+reserves?)?|(?:net\s+)?loss\s+reserves?",
               # money leaving each month while a business is shut, and the economy's rates, are no cash balance or price
               r"(?:monthly\s+|operating\s+)?cash\s+burn(?:\s+rate)?",
               # what is left after dividends or fixed outlays, a measure of its own ("$90 million of discretionary cash flow")
               r"(?:discretionary|retained|distributable)\s+cash\s+flows?",
               # capital returned both ways (buybacks and dividends) is no dividend
               r"(?:capital|shareholder|total\s+shareholder)\s+distributions?", r"unemployment(?:\s+rate)?", r"(?:policy|fed\s+funds|benchmark)\s+rates?",
               # inflation of what the company pays, and raises of its people's pay: cost trends, not a line or a count
               r"(?:wage|cost|input\s+cost|input|commodity|product\s+cost|labou?r|freight|protein|food|raw\s+materials?|materials?|"
               r"rail\s+cost|medical\s+cost|claims?\s+cost)\s+inflation", r"(?:wage|pay|salary|merit)\s+increases?", r"provision\s+for\s+(?:income\s+)?tax(?:es)?",  # tax expense, not credit losses
               r"(?:data|call|distribution|fulfil?lment|delivery|service|processing|operations)\s+centers",
               # days payable: a days measure the taxonomy has no name for
               r"DPO", r"days\s+payables?(?:\s+outstanding)?", r"payables?\s+days",
               # what was sold, counted in contracts written or by the average sale, is not the revenue booked: "preneed sales
               # production grew 9%", "the sales average rose 4%"
               r"sales\s+(?:production|average)",
               # the gain of spreading fixed costs over more sales, not borrowing
               r"(?:volume|operating|expense|cost|fixed[-\s]cost|occupancy|labou?r|sales)\s+(?:de)?leverage",
               # a bank's cost per unit of income and its return on assets are ratios of their own, not costs or ROE
               r"cost(?:[-\s]to[-\s]|[-/])income(?:\s+ratio)?", r"cost\s+income\s+ratio", r"(?:loan|credit)[-\s]to[-\s]deposits?(?:\s+ratio)?", 
               # what a bank pays for its funding is a rate, not the deposit book
               r"(?:(?:total|average)\s+)?cost\s+of\s+(?:(?:total|average|interest[-\s]bearing)\s+)*deposits", r"(?:interest[-\s]bearing\s+)?deposit\s+costs?",
               r"ROAA?|return\s+on\s+(?:average\s+)?(?:total\s+)?assets",
               # a software company's growth-plus-margin score is neither its growth nor its margin
               r"(?:the\s+)?rule\s+of\s+40(?:\s+score)?",
               r"(?:same[-\s](?:property|store|center|asset)\s+|cash\s+)?(?:NOI|net\s+operating\s+income)",
               r"(?:average\s+)?(?:physical\s+|economic\s+|leased\s+)?occupancy(?:\s+rate)?",
               r"(?:underlying\s+|reported\s+|accident[-\s]year\s+)?(?:combined|loss|expense|efficiency|payout|leverage|operating|(?:non-?)?comp(?:ensation)?|reserve|allowance|coverage)\s+ratio",
               r"(?:T|P)?RASM|CASM(?:[-\s]ex(?:[-\s]fuel)?)?|(?:passenger\s+)?load\s+factor",
               r"(?:available\s+seat|revenue\s+passenger)\s+(?:miles|kilometers)|ASMs|RPMs",
               r"ARPU|ARPA|average\s+revenue\s+per\s+(?:account|user|unit|subscriber|customer|member)",
               # a dealer's or builder's profit per unit sold ("new gross profit per unit", "GPU", "F&I per vehicle retailed"):
               # neither the gross profit line nor a price charged
               # (one phrase per opening word: the longest phrase is tried first, by its shortest match)
               r"(?:cash\s+)?gross\s+profit\s+per\s+(?:new\s+|used\s+|retail\s+)?(?:units?|vehicles?|cars?|homes?|tons?|tonnes?|barrels?|gallons?|cases?|(?:cubic\s+)?yards?)(?:\s+(?:retailed|sold|delivered|shipped))?",
               # the same per unit of a producer's or a fuel seller's volume: "EBITDA per ton", "margin per barrel"
               r"(?:EBITDA|(?:unit\s+|cash\s+|fuel\s+|refining\s+)?margins?|profit)\s+per\s+(?:tons?|tonnes?|barrels?|gallons?|cases?|cubic\s+yards?)",
               r"(?:gross|GP)\s+per\s+(?:new\s+|used\s+|retail\s+)?(?:units?|vehicles?|cars?|homes?)(?:\s+(?:retailed|sold|delivered))?",
               r"(?:F&I|finance\s+and\s+insurance)(?:\s+(?:gross\s+profit|revenue|income))?\s+per\s+(?:new\s+|used\s+|retail\s+)?(?:units?|vehicles?|cars?)(?:\s+(?:retailed|sold))?",
               r"PVRs?",  # (not "GPU", a chip's name as often as a dealer's gross per unit)
               # the yearly sales of businesses bought or sold ("six stores with about $1.1 billion of annualized revenue"): a
               # deal's size, like its purchase price, not the company's revenue in the period
               r"(?:estimated\s+)?annuali[sz]ed\s+revenues?(?!\s+(?:growth|request|increase))",
               # what a carrier bills to pass its fuel cost on moves with the price of diesel, not with a line of business
               r"fuel\s+surcharge\s+revenues?",

               # the same measure said of paying users or members ("average revenue per paid membership", "the extra
               # revenue per member"): a revenue per user, not the company's revenue (where one unit sold is `price`)
               r"(?:average\s+)?(?:monthly\s+)?revenue\s+per\s+(?:(?:paid|paying|active|enrolled|monthly\s+unique)\s+)?(?:user|subscriber|member(?:ship)?|account|student|customer|client|payer|player|household|MUP|"
               # and of those a place or a platform serves: "commercial revenue per passenger", "revenue per visitor"
               r"passenger|traveler|traveller|visitor|guest|rider|consumer)s?",
               r"net\s+(?:in|out)?flows", r"(?:long-term\s+)?(?:net\s+)?(?:inflows|outflows)",
               # a payment said as a "cash outflow" is what moved, not the cash balance
               r"cash\s+(?:out|in)flows?",
               # the part of a backlog that turns into sales ("35% will be recognized in revenue over the coming year, up
               # 22%"): the backlog's share and its growth, not the company's revenue
               r"recogni[sz]ed\s+(?:as|in(?:to)?)\s+revenues?",
               # money that passes through a platform is a volume measured in money, not units and not revenue
               r"(?:total\s+|gross\s+)?(?:payment|transaction|dollar|merchandise|trading|origination|purchase|checkout)\s+volumes?", r"TPV", r"GMV",
               # a marketplace's or a travel agent's gross bookings are the value of trips and orders it passes on, like GMV
               r"gross\s+bookings",
               # what one order, ticket or check averages is a driver of sales, like traffic: no orders taken
               r"(?:average\s+)?order\s+(?:value|size)s?|AOV", r"average\s+(?:ticket|check|basket)(?:\s+(?:size|value))?s?",
               r"cross-border\s+volumes?",
               # sales of a fund manager's funds are flows of client money, not its revenue
               r"net\s+new\s+(?:client\s+)?(?:assets|money)",
               # an insurer's sales are new policies and deposits written, not revenue (premiums earned are)
               r"annuit(?:y|ies)\s+sales", r"(?:(?:term|universal|whole|variable)\s+)?life(?:\s+insurance)?\s+sales",
               r"(?:group|voluntary|workplace)\s+benefits?\s+sales", r"(?:net|gross)\s+(?:fund\s+)?sales\s+(?:in|of|into)\s+(?:[\w-]+\s+){0,3}?(?:funds|ETFs|mandates)",
               r"churn(?:\s+rate)?", r"retention(?:\s+rate)?", r"utilization(?:\s+rate)?",
               # operating measures whose outlook is said without a figure ("we expect the take rate to tick up"): a
               # marketplace's cut of what passes through it, a timeshare seller's sale per tour, an input's cost trend (not the
               # steel spread "margin over scrap", nor the market's "scarcity of scrap")
               r"take\s+rates?", r"VPG|volume\s+per\s+(?:guest|tour)", r"(?<!over\s)(?<!of\s)scrap(?:\s+(?:prices?|rates?))?",
               # a balance that is neither debt nor a cost line: the rent owed on leases carried on the balance sheet
               r"(?:operating\s+|finance\s+)?lease\s+liabilit(?:y|ies)",
               # credit quality, not the loan book: "gross impaired loans rose to $6.84 billion"
               r"(?:gross\s+|net\s+)?(?:impaired|non-?performing|non-?accrual|delinquent|criticized|classified)\s+(?:loans|assets)", r"NPLs?|NPAs?",
               # what a lender holds against its book ("a reserve-to-funded loan ratio of 8.2% for our card portfolio")
               r"(?:loan\s+loss\s+|credit\s+loss\s+)?reserve(?:[-\s]to[-\s](?:funded[-\s]|total[-\s])?loans?)?\s+ratio",
               # ratios and yields named by a money word they are not: "debt-to-capital was 38.7%", "cost of debt"
               r"(?:(?:adjusted|homebuilding|total)\s+)?(?:net\s+)?debt[-\s]to[-\s](?:total\s+)?(?:capital(?:ization)?|equity|(?:adjusted\s+)?EBITDA\w*)(?:\s+ratio)?",
               r"(?:adjusted\s+)?net\s+debt\s+to\s+(?:(?:annualized|trailing|adjusted)\s+){0,2}EBITDA\w*",
               r"(?:average\s+|weighted\s+average\s+)?cost\s+of\s+(?:debt|capital|funds|borrowing)", r"(?:yield|return)\s+on\s+cost",
               r"amortized\s+cost", r"(?:total\s+)?liquidity", r"cash\s+(?:taxes|tax\s+rate|rent(?:\s+spreads?)?|spreads?|yields?|conversion(?:\s+rate)?)",
               r"cash[-\s]on[-\s]cash(?:\s+returns?)?", r"RevPAR", r"ADR",
               # the company's own share price (what buybacks paid, what dilution assumes) is no price it charges
               r"(?:average\s+|closing\s+|current\s+)?(?:stock|share)\s+prices?",
               # a bank's pre-provision profit, said with "revenue" in its name, is no revenue line
               r"pre-?provision\s+net\s+revenues?", r"pre-?tax,?\s+pre-?provision\s+(?:income|earnings|profits?)",
               # what an initiative or a project adds to profit, like the savings of a plan, not the company's EBIT
               r"incremental\s+(?:EBIT(?:DA)?|operating\s+(?:income|profits?))(?!\s+margins?)",
               # costs that are not the cost line: a program's savings, a trend, one event's or item's costs
               r"costs?\s+(?:programs?|savings|trends?|inflation|initiatives?|actions?|reductions?|take-?outs?)",
               r"(?:input|loss)\s+costs?\s+(?:inflation|trends?)", r"cost\s+of\s+(?:goods(?:\s+sold)?|sales|revenues?)",
               r"(?:average\s+)?cost\s+(?:of|per)\s+an?\b",
               r"(?:storm|lease|closure|impairment|integration|direct)\s+(?:and\s+[\w-]+\s+)?costs?",
               # a deal's inventory marked up to fair value runs through cost of sales once: an item, not the stock on hand
               r"inventory\s+(?:fair[-\s]value\s+)?step[-\s]?ups?(?:\s+(?:amortization|charges?|costs?|expenses?|adjustments?))?", r"(?:new\s+money\s+)?yields?", r"average\s+daily\s+rates?", r"win\s+rate", r"equity\s+ratio",
               r"(?:regulated\s+|average\s+)?rate\s+base", r"(?:total\s+|passenger\s+)?revenue\s+per\s+available\s+seat\s+mile",
               # what a deal or an asset cost to buy, and assets carried at what they first cost: neither a price
               # charged nor the cost line ("a purchase price of $265 million", "a fleet of $9 billion at original cost")
               r"(?:total\s+|aggregate\s+|gross\s+|combined\s+|net\s+)?purchase\s+price",
               r"(?:original|historical|historic|replacement)\s+(?:equipment\s+)?cost", r"OEC",
               # the share of extra revenue that reaches profit (an incremental margin), not the revenue or the profit
               r"(?:incremental\s+|decremental\s+)?(?:flow|drop)-?through(?:\s+(?:rate|margin|percentage))?",
               # output per unit of fleet or labour, a driver of revenue or cost, not the revenue itself
               r"(?:fleet|labou?r|workforce|employee|driver|dock|linehaul|network)\s+productivity",
               # capital returned both ways at once: neither the buyback nor the dividend alone
               r"(?:share\s+|stock\s+)?(?:buybacks?|repurchases?)\s+(?:and|&)\s+(?:(?:regular|quarterly|cash)\s+)?dividends?",
               r"(?:(?:regular|quarterly|cash)\s+)?dividends?\s+(?:and|&)\s+(?:share\s+|stock\s+)?(?:buybacks?|repurchases?)")),
)

NEGATING = re.compile(r"\b(?:net\s+loss(?!\s+(?:and\s+(?:loss\s+adjustment|LAE)|reserves?)\b)|loss\s+per|operating\s+loss|(?:segment|start-?up)\s+loss|EBIT(?:DA\w*)?\s+loss|loss\s+from\s+operations|pre-?tax\s+loss|(?:a|the)\s+loss|losses)\b", re.I)

MONEY_METRICS = frozenset({
    "revenue", "segment_revenue", "recurring_revenue", "arr", "gross_profit", "operating_expenses", "research_and_development",
    "sales_and_marketing", "general_and_administrative", "operating_income", "ebitda", "net_income", "eps", "interest_expense",
    "operating_cash_flow", "free_cash_flow", "cash", "debt", "net_debt", "capex", "depreciation_and_amortization", "dividend",
    "buyback", "inventory", "deferred_revenue", "backlog", "bookings", "rpo", "net_interest_income", "loans", "deposits",
    "provision", "charge_offs", "aum", "book_value", "stock_compensation", "amortization", "restructuring", "other_income", "ebit",
})
PERCENT_METRICS = frozenset({
    "gross_margin", "operating_margin", "ebitda_margin", "tax_rate", "net_interest_margin", "cet1_ratio", "roe", "roic",
    "margin", "market_share", "same_store_sales", "growth",
})
COUNT_METRICS = frozenset({"headcount", "customers", "subscribers", "users", "stores", "units", "share_count"})
RATIO_METRICS = frozenset({"book_to_bill", "inventory_turns"})
DAYS_METRICS = frozenset({"dso", "dio"})
PNL_METRICS = frozenset({
    "revenue", "segment_revenue", "recurring_revenue", "gross_profit", "gross_margin", "operating_expenses",
    "research_and_development", "sales_and_marketing", "general_and_administrative", "operating_income",
    "operating_margin", "ebitda", "ebitda_margin", "net_income", "eps", "tax_rate", "ebit", "margin", "other_income",
    "interest_expense",
})
"""Metrics a call-level basis statement ("all figures are non-GAAP unless noted") applies to."""

# Words in front of "revenue"/"sales" that name the whole company, not a segment.
_WHOLE = rf"q1|q2|q3|q4|qtrly|total|net|consolidated|quarterly|overall|our|group|company|worldwide|global|companywide|company-wide|firmwide|firm-wide|enterprise-wide|record|reported|gaap|non-gaap|adjusted|organic|annual|full-year|first|second|third|fourth|the|its|their|and|of|in|that|this|q[1-4]|{FISCAL}|\d{{4}}|higher|lower|strong|core"


def _min_len(phrase: str) -> int:
    """Roughly the shortest text the phrase matches: the order in which alternatives are tried. Stored with the
    patterns (a walk over every phrase was a fifth of importing the facts engine)."""
    return stored_re.derived(("min_len", phrase), lambda: _walk_min_len(phrase))


def _walk_min_len(phrase: str) -> int:
    def walk(p: str, i: int) -> tuple[list[int], int]:
        alts, n = [], 0
        while i < len(p):
            c = p[i]
            if c == "(":
                inner, i = walk(p, i + 1 + (2 if p.startswith("?:", i + 1) else 0))
                size = min(inner)
                if i < len(p) and p[i] in "?*":
                    size, i = 0, i + 1
                elif i < len(p) and p[i] == "+":
                    i += 1
                n += size
                continue
            if c == ")":
                alts.append(n)
                return alts, i + 1
            if c == "|":
                alts.append(n)
                n, i = 0, i + 1
                continue
            step = 1
            if c == "\\":
                step = 2
            elif c == "[":
                step = p.index("]", i) - i + 1
            i += step
            if i < len(p) and p[i] in "?*":
                i += 1
                continue
            if i < len(p) and p[i] == "+":
                i += 1
            n += 1
        alts.append(n)
        return alts, i

    return min(walk(phrase, 0)[0])


def _first_chars(phrase: str) -> set[str] | None:
    """Lower-case letters a phrase can start with (None: anything), so the alternation can be split by letter."""
    chars = first_chars(phrase)
    return None if chars is None else {c.lower() for c in chars}


def _build(metrics=METRICS) -> dict[str, tuple[re.Pattern[str], list[str]]]:
    """Per first letter: one pattern of the phrases that can start with it (longest first) and their metrics."""
    alts: list[tuple[int, str, str]] = []
    for metric, phrases in metrics:
        for phrase in phrases:
            alts.append((_min_len(phrase), metric, phrase))
    alts.sort(key=lambda a: -a[0])
    letters = "abcdefghijklmnopqrstuvwxyz&"
    # Parsing a phrase's regex is the slow part of start-up: do it once per phrase, not once per letter.
    starts = {phrase: (_first_chars(phrase) or set(letters)) for _, _, phrase in alts}
    table: dict[str, tuple[re.Pattern[str], list[str]]] = {}
    for c in letters:
        items = [(metric, phrase) for _, metric, phrase in alts if c in starts[phrase]]
        if items:
            body = "|".join(f"({phrase})" for _, phrase in items)
            table[c] = (re.compile(rf"(?:{body})(?![\w])", re.I), [metric for metric, _ in items])
            _LETTER_ITEMS[table[c][0].pattern] = items
    return table


_LETTER_ITEMS: dict[str, list[tuple[str, str]]] = {}
"""Each letter pattern's (metric, phrase) items, by its source: `_build_pairs` splits them by second character."""


# Trying each word start against only the phrases of its first letter is several times faster than
# one alternation of every phrase, which the engine would try at every position.
_BY_LETTER = _build(METRICS + EXTRA_METRICS)


def _word_start(metrics=METRICS) -> re.Pattern[str]:
    """A word start whose first six characters some phrase can begin with: most words never reach a pattern."""
    starts = set()
    for _, phrases in metrics:
        for phrase in phrases:
            # a phrase can only start with a space or a digit where it cannot start at a letter
            starts |= {p for p in prefixes(phrase, 6) or {()} if p[:1] not in (("\\s",), ("\\d",))}
    # re.I as the phrases have it, so the lookahead never refuses what they would match
    return re.compile(rf"(?<![\w-]){lookahead(starts)}[A-Za-z&]", re.I)


_WORD_START = _word_start(METRICS + EXTRA_METRICS)
_BY_LETTER_LOW: dict[str, tuple[re.Pattern[str], list[str]]] | None = {c: (folded(rx), metrics) for c, (rx, metrics) in _BY_LETTER.items()}
_WORD_START_LOW = folded(_WORD_START)
if _WORD_START_LOW is None or any(rx is None for rx, _ in _BY_LETTER_LOW.values()):
    _BY_LETTER_LOW = None  # a pattern lower-casing would change: read the sentence as it is


def _build_pairs() -> dict[str, tuple[re.Pattern[str], list[str]]]:
    """Per first two characters of the lower-cased text, for a second character some phrase names as a letter: a
    pattern of the phrases of the first letter's pattern (in its order) that can start with both, and their metrics.
    The engine enters every alternative of a pattern at the word start; a word start whose two characters no table
    keys is read by its letter's pattern. Only for the lower-cased copy (`guard.lowered`), where a character is the
    one `str.lower` gives. Worked out once for the rules as they stand and kept with the stored patterns (start-up)."""
    plan = stored_re.derived(("metric_pairs", tuple(rx.pattern for rx, _ in _BY_LETTER.values())), _pair_plan)
    return {key: (re.compile(source, ascii_classes(0)), list(metrics)) for key, source, metrics in plan}


def _pair_plan() -> list[tuple[str, str, list[str]]]:
    plan = []
    for c, (rx, names) in _BY_LETTER.items():
        heads = [(metric, phrase, _seconds(prefixes(phrase, 2), c)) for metric, phrase in zip(names, _phrases(rx))]
        for d in sorted({ch for _, _, (_, chars) in heads for ch in chars}):
            items = [(metric, phrase) for metric, phrase, (wild, chars) in heads if d in chars or _wild_fits(wild, d)]
            body = "|".join(f"({phrase})" for _, phrase in items)
            source = folded_source(rf"(?:{body})(?![\w])", re.I)
            if source is not None:  # else the letter's own pattern reads these word starts
                plan.append((c + d, source, [metric for metric, _ in items]))
    return plan


def _phrases(rx) -> list[str]:
    """The phrases of a letter's pattern, in order, as `_build` joined them."""
    return [phrase for _, phrase in _LETTER_ITEMS[rx.pattern]]


def _seconds(tuples: set[tuple[str, ...]] | None, first: str) -> tuple[set[str], set[str]]:
    """(the classes and ANY a match starting with `first` can have second, the letters it can have second), from the token
    tuples of `guard.prefixes`; ANY where the match can end after its first character or cannot be read."""
    wild: set[str] = set()
    chars: set[str] = set()
    for t in tuples if tuples is not None else ((ANY,),):
        if not _token_fits(t[0], first) if t else False:
            continue
        if len(t) < 2 or t[1] == ANY:
            wild.add(ANY)
        elif t[1] in ("\\s", "\\d", "\\w"):
            wild.add(t[1])
        else:
            chars.add(t[1])
    return wild, chars


def _token_fits(token: str, ch: str) -> bool:
    return (token == ANY or token == ch or token == "\\s" and ch.isspace() or token == "\\d" and ch.isdigit()
            or token == "\\w" and (ch.isalnum() or ch == "_"))


def _wild_fits(wild: set[str], ch: str) -> bool:
    return any(_token_fits(token, ch) for token in wild)


_BY_PAIR_LOW = _build_pairs() if _BY_LETTER_LOW is not None else {}
_NO_PAIRS: dict = {}
_NOT_SEGMENT = frozenset((_WHOLE + "|a|an|to|for|with|on|at|by|from|as|was|were|is|are|be|been|had|has|have|grew|increased|"
    "decreased|drove|generated|delivered|reported|total|quarter|year|period|month|months|quarters|years|per|share|"
    "sequential|incremental|additional|more|less|new|same|comparable|recurring|deferred|unearned|lost|top|gross|"
    "interest|which|while|where|when|whose|also|still|both|all|other|just|only|million|billion|percent|half|"
    "expected|higher-margin|lower-margin|we|i|you|they|it|he|she|we're|we've|we'll|we'd|i'm|they're|it's|that's|expect|see|sees|anticipate|saw|guide|project|forecast|"
    "estimate|think|believe|said|says|within|across|into|over|under|than|between|about|around|against|versus|vs|outpacing|\u2019s|'s|total|underlying|segment|segments|reported|"
    # a conjunction or a verb before "revenue" names no segment: "but revenue was ...", "currency to increase revenue growth by a point"
    "but|so|yet|whereas|because|lift|lifted|lifting|boost|boosted|drive|driving|increase|increasing|raise|raised|"
    # a verb's base form before its object: "we expect to grow revenue by 2% to 6%"
    "grow|expand|double|accelerate|deliver|generate|improve|recognize|help|hurt|impact|add|reduce|lower|cut|"
    "year-over-year|year-on-year|quarter-over-quarter|quarter-on-quarter|"
    # "local currency sales", "constant-currency revenue": the whole company's sales on another basis, no part
    "currency|constant-currency|local-currency|"
    # a period said as one hyphenated word names no segment: "third-quarter sales", "first-half revenue"
    "first-quarter|second-quarter|third-quarter|fourth-quarter|first-half|second-half|half-year|year-to-date|nine-month|six-month|"
    "three-month|twelve-month|12-month|trailing-twelve-month|"
    # a month or an analyst's "your" says whose or when, not which part: "October sales are tracking up 3%"
    "january|february|march|april|may|june|july|august|september|october|november|december|your|my|off|take|compound").split("|"))


_ADJECTIVES = frozenset(
    "good solid robust healthy weak modest significant double-digit growing increased guided projected implied full new "
    "strong stronger weaker softer higher lower better worse flat stable steady incremental additional overall total "
    "cumulative aggregate combined average annual monthly weekly daily quarterly record lost related based driven "
    "generated recognized reported organic underlying positive negative".split())


_PLACES = frozenset("international domestic us uk european asian americas emea apac".split())


_NAMED_SUBJECT_VERBS = frozenset("expects anticipates projects forecasts estimates guides targets plans intends reports posts "
                                 "posted recorded achieved achieves delivers generates realized realizes booked books".split())
"""A company that names itself as the subject ("Northwind expects revenue of ...", "Northwind posted revenue of ...") puts a
verb in the third person between its name and the sales: the company's own revenue, not a part's. Read in lower case only,
since "Major Projects revenue" is a part."""


_LINE_NOUNS = frozenset(
    "trading advertising licensing consulting banking clearing underwriting lending servicing processing shipping publishing "
    "brokerage financing leasing hosting streaming gaming ticketing catering packaging printing roaming wholesale "
    "services products solutions systems devices subscriptions rental digital commercial industrial residential "
    "institutional "
    # parts said in lower case whose ending the guard below would take for an adjective or a plural
    "ads regional supplemental collaboration royalties gas".split())
"""Lines of business whose lower-case names end like a verb or a plural ("trading revenue of $1.41 billion", "services
revenue grew 36%"): a segment, where "growing revenue" or "annual revenue" is the company's."""


_BRIDGE_WORDS = frozenset("price prices pricing volume volumes mix currency currencies fx acquisitions acquisition m&a "
                          "divestitures weather inflation tariffs fuel".split())
"""'Pricing and volume sales grew 3%': the steps of a sales bridge, not a line of business."""


def _segment_words(before: str, enumerating: bool = False, opening: bool = False) -> str | None:
    """The segment name in front of "revenue" ("Data center", "Automotive"), or None for company-wide.
    `enumerating`: the sentence has named a segment already, so "and apparel fabrics revenue" is the next one;
    `opening`: `before` is all the sentence says before the sales."""
    if "urrency" in before:
        before = _CURRENCY_BASIS_END.sub("", before)  # "Nordic local currency sales": the part named before the basis
    words = re.findall(r"[\w&'’-]+|[^\w\s]", before.replace("U.S.", "US").replace("U.K.", "UK"))
    if not words:
        return None
    last = words[-1]
    if (len(words) >= 3 and words[-2] in ("and", "&") and (len(words) == 3 and opening or len(words) > 3 and words[-4] in (".", ":", ";", "The", "Our"))
            and re.fullmatch(r"[A-Z][a-z][\w'’-]*", words[-3]) and re.fullmatch(r"[a-z][\w'’-]*", last)
            and not {words[-3].lower(), last.lower()} & (_NOT_SEGMENT | _ADJECTIVES | _BRIDGE_WORDS) and not words[-3].lower().endswith(("ed", "ly"))
            and not metric_cues(words[-3]) and not metric_cues(last)):
        return f"{words[-3]} and {last}"  # "Metals and minerals revenue was ...": a line of business named by two nouns
    if last.lower() == "other" and (len(words) < 2 or words[-2].lower() not in ("no", "any", "every", "each", "in", "on", "from", "of")):
        return last  # "other revenue grew 4%", "Subscription and other revenue": the line the call's parts leave, not the total
    if not re.fullmatch(r"[A-Za-z][\w&'’-]*", last) or last.lower() in _NOT_SEGMENT or last.lower().endswith(("ly", "'s", "’s")):
        return None
    if last in _NAMED_SUBJECT_VERBS:
        return None
    if last.lower().endswith(("-digit", "-digits", "-teens", "-twenties", "-quarter", "-half")):
        return None  # "the mid-single-digit revenue view": a growth rate in words, not a part; "December-quarter revenue": a period
    if last[:1] in "FQHCfqhc" and re.fullmatch(r"(?:FY|F|Q[1-4]|H[12]|CY)['’]?\d{2,4}", last, re.I):
        return None  # "total FY'28 revenue": the period named before the sales, not a part
    if last.lower() in _PLACES:
        return last  # "international revenue grew 4.9%": a region, whatever its ending
    if (len(words) > 1 and words[-2].lower() in ("total", "consolidated") and last[:1].isupper() and last.lower() not in _LINE_NOUNS
            and (len(words) < 3 or not re.fullmatch(r"[A-Z][\w&-]*", words[-3]))):
        return None  # "total Norwell revenue": the company's name before its whole sales, not a part
    name = [last]
    if last.lower() == "lines" and len(words) > 1 and re.fullmatch(r"[A-Za-z][\w&'’-]*", words[-2]) and words[-2].lower() not in _NOT_SEGMENT:
        return words[-2] + " " + last  # an insurer's lines of business: "commercial lines premiums", "personal lines"
    if len(words) > 1 and re.fullmatch(r"[A-Z][\w&-]*", words[-2]) and words[-2].lower() not in _NOT_SEGMENT:
        name.insert(0, words[-2])
    if (not name[0][:1].isupper() and last.lower() not in _LINE_NOUNS
            and (last.lower() in _ADJECTIVES or last.lower().endswith(("ed", "ing", "ly") if enumerating else ("s", "ed", "ing", "ly", "al")))):
        return None
    i = len(words) - len(name)
    if (i >= 3 and words[i - 1] in ("and", "&") and re.fullmatch(r"[A-Z][\w-]*", words[i - 2])
            and words[i - 2].lower() not in _NOT_SEGMENT and _NAME_LEAD.fullmatch(words[i - 3])):
        name = words[i - 2:i] + name  # "Q1 Products and Systems Integration sales": one part's name, "and" inside it
    return " ".join(name)


_CURRENCY_BASIS_END = re.compile(r"\b(?:local|constant|fixed|reported)[-\s]+currency\s*$", re.I)
_PREMIUM_QUALIFIER = re.compile(r"(?<=\w\s)(?:net|gross|direct)\s+(?:written\s+|earned\s+)?$", re.I)
_NAME_LEAD = re.compile(r"Q[1-4]|FY\d*|H[12]|The|the|Our|our|Its|its|quarter|year|,|:")
SEGMENT_AFTER = re.compile(
    r"^\s+(?:(?:in|from|for|at|out\s+of)\s+(?:our|the)\s+[\w&\s-]{2,40}?\s+(?:segment|business|division|unit|group)\b"
    r"|at\s+the\s+(?:property|resort|casino|mine|plant|hospital|brand)\b"
    # "Revenue of the financial services segment was ...": the part named with "of" too (not the whole: "of the total group")
    r"|of\s+(?:our|the)\s+(?!(?:total|whole|entire|combined|overall|consolidated)\b)[\w&\s-]{2,40}?\s+(?:segment|division)\b(?!\s+level)"
    r"|(?:in|from|for|at|of)\s+(?:the|this|that)\s+(?:segment|division)\b(?!\s+level)"
    r"|(?:in|from|out\s+of|coming\s+(?:from|out\s+of)|outside(?:\s+of)?)\s+(?:our\s+|the\s+)?(?!(?:Q[1-4]|FY|H[12]|"
    rf"{MONTH_ALT}|Fiscal|The)\b)[A-Z][\w&-]+)"
)


_BUSINESS_LEAD = re.compile(r"\W*(?:(?:and|now|so|next|finally|lastly|then)\s*,?\s+)?(?:in|within|for|on)\s+(?:our|the)\s+"
                            r"(?!(?:overall|total|whole|entire|core|base|own|underlying|existing|combined|consolidated|legacy|new)\b)"
                            r"(?:[\w&'’-]+\s+){1,3}business(?:es)?\s*,", re.I)
""""In our hosted storage business, revenue fell 3%": a lead naming one line of business, as "In our boat
segment, ..." does."""
_BUSINESS_SUBJECT = re.compile(r"\W*(?:(?:and|now|so|also)\s*,?\s+)?(?:our|the)\s+"
                               r"(?!(?:overall|total|whole|entire|core|base|own|underlying|existing|combined|consolidated|legacy|new)\b)"
                               r"(?:[\w&'’-]+\s+){1,3}business\s+(?:was|is|had|saw|also|again|remained|continued|performed)\b[^,;]{0,60},", re.I)
""""Our aftermarket business had a strong quarter, with sales up 31%": a sentence whose subject is one line of business,
its sales said after the comma."""
_LINES_LEAD = re.compile(r"\W*(?:(?:and|now|so|next|finally|lastly|then)\s*,?\s+)?(?:in|within|for)\s+(?:our\s+|the\s+)?"
                         r"(?!(?:all|both|total|other)\b)[\w'’-]+\s+lines\s*,", re.I)
_PART_WORD = re.compile(r"\b(?:segment|division)(?:['’]s)?\b(?!\s+(?:basis|level|reporting|results|mix|profits?|income|margins?|EBITDA\w*|earnings|operating)\b)", re.I)
_BY_PART = re.compile(r"^\W*(?:(?:and|now|so)\s+)?by\s+(?:segment|division|region|geography|business|brand|channel|product(?:\s+line)?|platform|end[\s-]market|market|application|vertical|technolog(?:y|ie)|node)s?\s*,", re.I)
_FIGURE = re.compile(r"[$€£¥]\s?\d|\d(?<!\b(?:19|20)\d\d)(?:[.,]\d+)?\s*(?:%|percent|per\s+cent|million|billion|bps|basis)|\d+(?![\d,.]*\s*(?:%|percent))(?<!\b(?:19|20)\d\d)\b", re.I)
_SHARE_OF_PART = re.compile(r"(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|our\s+|total\s+)*(?:segment|division)\s+$", re.I)
_WHOLE_BEFORE = re.compile(r"\b(?:total|consolidated|overall|company|group|combined|our)\s+(?:[\w-]+\s+){0,2}$", re.I)


def part_said_before(sentence: str, at: int) -> bool:
    """"Our Machine Clothing segment ... grew sales by 11%", "Within our flow control segment, sales decreased 6.8%",
    "By region, the UK delivered revenue of ...": the sentence is about one part of the business, and its sales are
    that part's (unless a figure has been given since, or the words say the whole: "total company sales")."""
    if _SHARE_OF_PART.search(sentence, max(0, at - 40), at):
        return False  # "EBITDA of $31 million, or 16.2% of segment revenues": a ratio's base
    if _BY_PART.match(sentence):
        return not _WHOLE_BEFORE.search(sentence, max(0, at - 30), at)
    if " lines," in sentence[:60].lower() and (lead := _LINES_LEAD.match(sentence)) is not None and lead.end() <= at:
        return not _FIGURE.search(sentence, lead.end(), at)  # "In commercial lines, net premiums written were ...": an insurer's part
    if "usiness" in sentence[:80] and (lead := _BUSINESS_LEAD.match(sentence) or _BUSINESS_SUBJECT.match(sentence)) is not None and lead.end() <= at:
        return not _FIGURE.search(sentence, lead.end(), at) and not _WHOLE_BEFORE.search(sentence, max(lead.end(), at - 30), at)
    if "egment" not in sentence and "ivision" not in sentence:
        return False
    last = None
    for last in _PART_WORD.finditer(sentence, 0, at):
        pass
    if last is None or sentence[last.start() - 1:last.start()] == "-" or _FIGURE.search(sentence, last.end(), at):
        return False
    return not _WHOLE_BEFORE.search(sentence, max(last.end(), at - 30), at) or sentence[last.end():at].lower().split()[-1:] == ["our"]


_PART_OWNER = re.compile(
    r"(?:\b(?P<kind>segments?|divisions?|propert(?:y|ies)|units?|businesses)(?:['’]s?)?|(?P<name>[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,3})['’]s|\b(?P<its>its)"
    r"|(?P<bare>[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,3}))"
    r"\s+(?:(?:adjusted|underlying|non-GAAP|reported|segment|property)\s+){0,2}$")
_WHOLE_OWNER = re.compile(r"\b(?:consolidated|group|total|company|company-wide|overall|our|the\s+company['’]s)\s+(?:[\w-]+\s+){0,2}$", re.I)


_BASIS_NAMES = frozenset({"non-gaap", "gaap", "adjusted", "reported", "core", "underlying", "ifrs", "statutory", "total"})


def part_margin(sentence: str, at: int, segments: re.Pattern[str] | None, led: bool) -> bool:
    """Is the EBITDA or operating margin whose words (or whose profit's words) start at `at` a part's, not the company's?
    "Tooling's adjusted EBITDA margin", "segment operating margin", "Kestrel Labs grew sales ..., and its EBITDA rose to
    $51 million, a margin of 17%", or any margin of a sentence that opens on a part (`led`: "In Tooling, ...", "By
    segment, ..."); "our consolidated EBITDA margin" stays the company's."""
    before = sentence[max(0, at - 60):at]
    if _WHOLE_OWNER.search(before):
        return False
    if led or _BY_PART.match(sentence):
        return True
    m = _PART_OWNER.search(before)
    if m is None:
        return False
    if m.group("kind") or m.group("its"):
        return True
    name = m.group("name") or m.group("bare")
    if name.split()[0].lower() in _BASIS_NAMES:
        return False  # "Non-GAAP gross margin": a basis, not a part
    # a name before the margin is a part only where the call names that part's sales: "Tooling revenue"
    return segments is not None and any(p.end() == len(name) for p in segments.finditer(name))


_OF_INPUT = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:diesel|(?:jet\s+)?fuel|gasoline|natural\s+gas|electricity|power|steel|alumin(?:um|ium)|copper|"
                       r"resins?|cotton|coffee|cocoa|corn|wheat|feed|raw\s+materials?|inputs?|commodities|labou?r|freight)\b", re.I)
_COST_ITEM = re.compile(r"\b(?:tariffs?|warranty|launch|corporate|fuel|freight|input|commodity|food|beverage|packaging|raw\s+materials?|labou?r|employee|wages?|"
                        r"pre-?opening|start-?up|transaction|lease|energy|shipping|transition|litigation|legal|brick)\s+$", re.I)
"""Costs named for one item or input ("tariff costs", "launch costs", "corporate costs", "employee expenses"): a driver or a
line of its own, not the company's operating expenses."""


_EMPLOYMENT = re.compile(r"\b(?:hir(?:e|es|ed|ing)|employ\w*|staff\w*|workforce|headcount|jobs?|lay\s*offs?|laid\s+off|join(?:s|ed|ing)?|"
                         r"attrition|trainees?|crews?|(?:we|you)(?:'re|’re|\s+are)\s+at\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?\d[\d,.]*\s+people|"
                         r"recruit\w*|roles|positions|redundanc\w*|reduction\s+in\s+force|team|people\s+(?:in|at|across|on)\s+(?:our|the)|"
                         r"(?:our|the\s+company's)\s+(?:\d[\d,.]*\s+(?:thousand\s+)?)?people|"
                         r"we\s+(?:now\s+|still\s+)?(?:have|had)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|more\s+than\s+)?\d[\d,.]*\s+(?:thousand\s+)?people)\b", re.I)
""""We hired 1,200 people", "our 4,000 people": people as staff, where "what 300 people saw" are anyone."""


_BUSINESS_UNIT_BEFORE = re.compile(r"\b(?:the|our|this|that|its|each)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)
_UNIT_NOUN_AFTER = re.compile(r"[\s-]+(?:sales|volumes?|growth|shipments|shipped|share|demand|registrations|selling|prices?|pricing|declines?|"
                              r"increases?|ratio|costs?|economics|counts?|levels?|range|margins?|revenues?|deliveries|production|retail)\b", re.I)
_CAPITAL_BASE_BEFORE = re.compile(r"\b(?:on|of|to)\s+(?:total|growth)\s+$", re.I)
_SPENT_BEFORE = re.compile(r"\b(?:invest|spen[dt]|deploy)\w*\s+(?:[^.;]|\.(?=\d)){0,64}$", re.I)
_SITES_COUNTED_ONLY = frozenset({"centers", "spitals", "e novos", "d starts"})
"""Site words that are a `stores` count only right after a number ("318 surgery centers", "9 cold starts")."""
_COUNT_BEFORE = re.compile(r"\d[\d,.]*(?:\s+(?:thousand|million))?\s+(?:(?:new|more|additional|net|open|owned|operating)\s+)?$", re.I)
_USING_AFTER = re.compile(r"\s+(?:(?:are|were|now|still)\s+){0,2}(?:us(?:e|es|ed|ing)|active\s+on|engag(?:e|ed|ing)\s+with)\b", re.I)
_USED_BY = re.compile(r"\b(?:used|visited|accessed)\s+by\s+(?:(?:close\s+to|about|around|roughly|nearly|over|more\s+than|some)\s+)?\d[\d,.]*\s*(?:(?:million|billion|[mb]n?)\s+)?$", re.I)
"""People counted as using a product ("N people use our apps daily", "used by N people") are its users, not staff."""


_SAME_BASIS_BEFORE = re.compile(r"\b(?:same|comparable)[-\s](?:store|facility|hospital|restaurant|center)s?\s+basis\s*,\s*(?:(?:our|the|total)\s+)?$", re.I)
_CASH_BASIS = re.compile(r"\s+(?:basis|terms)\b", re.I)
_TRADED_BEFORE = re.compile(r"\b(?:gas|oil|crude|energy|power|electricity|fuels?|NGLs?|LNG|commodity|commodities|propane|refined\s+products?)\s+$", re.I)
_CASH_OUTLAY = re.compile(r"\s+(?:[\w-]+\s+)?(?:spend(?:ing)?|taxes|tax\s+payments|interest(?:\s+(?:expense|payments))?|payments|charges?|"
                          r"compensation|outlays?|expenses?)\b", re.I)


_COST_VERB = re.compile(r"\s+(?:us|them|it|me)\b", re.I)


_RULING_BEFORE = re.compile(r"\b(?:rate|final|interim|commission['’]?s?|regulatory|regulator['’]?s|year['’]s|PUC|court['’]?s?|settlement|"
                            r"(?:the|its|our|that)\s+(?:[\w-]+\s+)?rate)\s+(?:case\s+)?$", re.I)
_GRID_BEFORE = re.compile(r"\b(?:electric|electricity|gas|power|water|energy|wholesale|food|product|pharmaceutical|retail|selling,?)\s+$", re.I)
_NETWORK_AFTER = re.compile(r"\s+(?:centers?|centres?|network|systems?|grids?|business|segment|capacity|facilit(?:y|ies)|hubs?|lines?|assets?|rate\s+base"
                            r"|channels?|partners?|agreements?|(?:and\s+administrative\s+)?(?:expenses?|costs?))\b", re.I)
_EARNED_AFTER = re.compile(r"\s+(?:delivered|contributed|generated|earned|brought\s+in)\b", re.I)
""""Distribution delivered EUR 3 billion" in a list of segments: a business that earns, where a payout is paid or declared."""
_OTHERS_CAPEX = re.compile(r"\b(?:cloud|hyperscalers?['’]?|hyperscale|customers?['’]?|clients?['’]?|industry|market|carriers?['’]?|telcos?['’]?|operators?['’]?|"
                           r"their|WFE|semiconductor|chipmakers?['’]?|OEMs?['’]?)\s+$", re.I)


_COMP_PERIOD = re.compile(r"\s+periods?\b", re.I)
_PAY_BEFORE = re.compile(r"\b(?:deferred|incentive)\s+$", re.I)


def metric_cues(sentence: str) -> list[tuple[int, int, str, str]]:
    """(start, end, metric, phrase as spoken) for every metric phrase in the sentence."""
    out = []
    resume = 0
    low = lowered(sentence)
    if low is None or _BY_LETTER_LOW is None:
        table, word_start, read, pairs = _BY_LETTER, _WORD_START, sentence, _NO_PAIRS
    else:  # the lower-cased copy, read by case-sensitive patterns: the same spans, much faster (guard.folded)
        table, word_start, read, pairs = _BY_LETTER_LOW, _WORD_START_LOW, low, _BY_PAIR_LOW
    for w in word_start.finditer(read):
        at = w.start()
        if at < resume:
            continue
        entry = pairs.get(read[at:at + 2]) or table.get(w.group().lower())
        if entry is None:
            continue
        m = entry[0].match(read, w.start())
        if m is None:
            continue
        resume = m.end()
        metric = entry[1][(m.lastindex or 1) - 1]
        text = sentence[m.start():m.end()]
        if text.isupper() is False and _needs_case(metric, text):
            continue
        if metric == "operating_expenses" and text[:4].lower() == "cost" and _COST_VERB.match(sentence, m.end()):
            continue  # "the stronger dollar cost us 1.3 points": a verb, not the cost line
        if (metric == "operating_expenses" and text.lower() in ("cost", "costs", "expense", "expenses")
                and (item := _COST_ITEM.search(sentence, max(0, m.start() - 24), m.start())) is not None):
            metric, text = "other", sentence[item.start():m.end()]  # "tariff costs of $45 million": one cost item, not the cost base
        elif metric == "operating_expenses" and text.lower() in ("cost", "costs") and _OF_INPUT.match(sentence, m.end()):
            metric = "other"  # "our cost of diesel averaged $3.41 a gallon": what an input costs, not the cost base
        if (metric == "other" and text[-5:].lower() == "price" and any(o[2] == "buyback" for o in out)
                and not text.lower().endswith(("share price", "stock price"))):  # what one share cost stays `other`
            metric = "buyback"  # "we bought back 1.5 million shares for a total purchase price of $95 million"
        if metric == "headcount" and text.lower() == "people" and (_USING_AFTER.match(sentence, m.end())
                                                                  or _USED_BY.search(sentence, max(0, m.start() - 48), m.start())):
            metric = "users"  # "1.3 billion people now use the service monthly", "used by 80 million people": a platform's reach
        elif metric == "headcount" and text.lower() == "people" and not _EMPLOYMENT.search(sentence):
            metric = "other"  # "similar to what 300 people saw": people, not the company's staff
        if (metric == "units" and text.lower() == "unit" and _BUSINESS_UNIT_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
                and not _UNIT_NOUN_AFTER.match(sentence, m.end())):
            continue  # "we expect the unit to be at breakeven", "our transportation unit was up 18%": a business, not a count
        if metric == "capex" and text.lower() == "capital" and _CAPITAL_BASE_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # "return on total capital", "12% of total capital": a base, not money spent
        if metric == "capex" and text.lower() == "capital" and sentence[max(0, m.start() - 3):m.start()].lower() == "in " and not _SPENT_BEFORE.search(sentence, max(0, m.start() - 90), m.start()):
            continue  # "a 25% increase in capital, ...": a bank's capital, not money spent on assets
        if metric == "stores" and text[-7:].lower() in _SITES_COUNTED_ONLY and not _COUNT_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "revenue at our centers grew 5%": the sites name the business there, not a count of them
        if metric == "cash" and _CASH_BASIS.match(sentence, m.end()):
            continue  # "rent growth on a cash basis": how the figure is counted, not the cash balance
        if metric == "sales_and_marketing" and text[:1] in "mM" and _TRADED_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            metric = "other"  # "gas marketing", "crude marketing": a business that trades the commodity, not a selling cost
        if metric == "cash" and _CASH_OUTLAY.match(sentence, m.end()):
            metric = "other"  # "cash content spend", "cash taxes", "cash interest": money paid out in cash, not the cash held
        if metric == "capex" and _OTHERS_CAPEX.search(sentence, max(0, m.start() - 28), m.start()):
            metric = "other"  # "carrier capex is likely to rise another 9%": the customers' or the industry's, not ours
        if metric == "bookings" and text.lower() == "order" and _RULING_BEFORE.search(sentence, max(0, m.start() - 24), m.start()):
            continue  # "set in last year's rate order", "the commission's final order": a regulator's ruling, not orders taken
        if metric == "dividend" and text[:4].lower() == "dist" and (_GRID_BEFORE.search(sentence, max(0, m.start() - 16), m.start())
                                                                  or _NETWORK_AFTER.match(sentence, m.end())
                                                                  or _EARNED_AFTER.match(sentence, m.end())):
            continue  # "electric distribution", "our distribution centers": a business or its assets, not a payout
        if metric == "operating_margin" and text.lower().startswith(("operating", "ebit ", "ebit-")):  # EBIT is the operating profit's European name
            seg = _segment_words(sentence[max(0, m.start() - 40):m.start()])
            if seg and seg[:1].isupper() and not re.match(r"(?:First|Second|Third|Fourth|Full|Half|Fiscal|Quarter)", seg):
                metric = "margin"  # "Aeronautics operating margin was 11.4%": a segment's margin, not the company's
        if metric == "same_store_sales" and text[:4].lower() == "comp":
            if _COMP_PERIOD.match(sentence, m.end()):
                continue  # "versus the prior-year comp period": the base a move is held against, not comparable sales
            if _PAY_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
                metric = "other"  # "deferred comp", "incentive comp": pay, not comparable sales
        if metric == "revenue" and _SAME_BASIS_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            metric = "same_store_sales"  # "On a same-facility basis, net revenue rose 6.9%": the comparable base's sales
        if metric == "revenue" and text.lower() in ("revenue", "revenues", "sales", "net sales", "net revenue", "net revenues", "premiums",
                                                   "premium revenue", "premium revenues", "fee revenue", "fee revenues",
                                                   "premiums earned", "premiums written",
                                                   "revenue growth", "sales growth"):
            lead = sentence[max(0, m.start() - 40):m.start()]
            if text[:4].lower() == "prem" and (qual := _PREMIUM_QUALIFIER.search(lead)) is not None:
                lead = lead[:qual.start()]  # "Commercial lines net premiums written": the line of business before "net"
            seg = _segment_words(lead, any(o[2] == "segment_revenue" for o in out), m.start() <= 40)
            if seg or SEGMENT_AFTER.match(sentence[m.end():m.end() + 60]) or part_said_before(sentence, m.start()):
                metric = "segment_revenue"
                if seg:
                    text = seg + " " + text
        out.append((m.start(), m.end(), metric, text))
    return out


_CASED = {"OEC", "GM", "PIF", "LOE", "PAT", "PBT", "ETR", "NII", "NIM", "OCF", "FCF", "SBC", "DSO", "DSOs", "DIO", "RPO", "cRPO", "ARR", "SSS",
          "LFL", "ROE", "ROAE", "ROCE", "ROTCE", "ROIC", "AUM", "AUA", "NCO", "NCOs", "DAU", "DAUs", "MAU", "MAUs", "ASP", "ASPs", "EPS",
          "EBIT", "EBITDA", "S&M", "G&A", "R&D", "D&A", "SG&A", "EBITDAR", "CET1", "ADR", "AISC", "O&M", "ADV", "RPC", "ASV", "TRx", "NBRx", "OP", "NFE", "NPAT"}


_CASED_UPPER = frozenset(c.upper() for c in _CASED)


def _needs_case(metric: str, text: str) -> bool:
    """True when an abbreviation matched in the wrong case (`gm`, `pat`), which is then not a metric."""
    t = text.strip()
    if len(t) <= 5 and t.upper() in _CASED_UPPER and t.upper() not in {"EPS", "EBIT", "EBITDA", "R&D", "G&A", "S&M", "D&A", "SG&A"}:
        return t not in _CASED
    return False


_SEGMENT_NAME = re.compile(
    r"\b([A-Z][\w&'-]+(?:\s+(?:&\s+|and\s+)?[A-Za-z][\w&'-]+){0,3})\s+(?:segment\s+|business\s+|division\s+)?(?:net\s+)?(?:revenues?|sales)\b(?!\s+outstanding)"
)

# Scanned over every paragraph of the call. A pattern that opens on a character class lets the engine skip to the
# next capital in C; "\b" (or a lookahead guard) in front makes it enter the pattern at every position. The same
# matches: "\b" before a capital is "no word character before it", tested once the capital is read.
_SEGMENT_NAME_GUARDED = (re.compile(r"([A-Z](?<!\w[A-Z])" + _SEGMENT_NAME.pattern[len(r"\b([A-Z]"):])
                         if _SEGMENT_NAME.pattern.startswith(r"\b([A-Z]") else guarded(_SEGMENT_NAME))


_PART_DELIVERED = re.compile(r"(?:^|(?<=[.;:]\s))(?!(?:The|This|That|These|Our|Its|Each|Every|Another)\s)([A-Z][a-z]+(?:\s+[a-z][a-z-]+){1,2})\s+(?:delivered|posted|generated)\s+(?:record\s+)?(?:net\s+)?(?:revenues?|sales)\s+of\b")
"""A sentence opening on a part said in lower case ("Smart lighting delivered revenue of $410 million"): a company's own
name is capitalised throughout, so it is never read as one of its parts here."""
_PART_EARNED = re.compile(
    r"(?:^|(?<=[.;:]\s))(?!(?:The|This|That|These|Those|Our|Its|Each|Every|Another|We|It|They|He|She|I|You|Currency|Pricing|Price|Volume|Mix|"
    r"FX|Acquisitions?|M&A|Weather|Hold|Inflation|Rate|Rates|Tariffs?|Fuel|Everything|Everyone|Both|All|Total|Organic)\b)"
    r"([A-Z][\w&'’-]+(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’-]+){0,3})(?:,\s+[^,.]{3,80},)?\s+(?:also\s+)?"
    r"(?:contributed|brought\s+in|added|did|delivered|generated|produced|posted|had|booked)\s+"
    r"(?:(?:record\s+)?(?:net\s+)?(?:revenues?|sales)\s+of\b|(?:about\s+|roughly\s+|approximately\s+|nearly\s+|some\s+|just\s+over\s+|a\s+little\s+over\s+)?"
    r"[$€£]\s?\d[\d.,]*\s*(?:million|billion|[mb]n?)?\s+(?:of|in)\s+(?:net\s+)?(?:revenues?|sales)\b)")
_EARNED_VERB = re.compile(r"(?:contributed|brought\s+in|added|did|delivered|generated|produced|posted|had|booked)\s+(?:[$€£]|(?:record\s+)?(?:net\s+)?(?:revenue|sales)|about|roughly|approximately|nearly|some|just|a\s+little)")
"""A capitalised part earning its sales ("Employee Benefits brought in revenue of $218 million", "Ontario contributed $64 million
of revenue"): the drivers of a sales bridge (currency, pricing, acquisitions) and pronouns are no parts."""

# Other ways a call names its parts: "Financial services, our largest vertical, grew 3.4%", "Service, our most profitable
# business, grew 7.5%", "North America is now about 14 per cent of group revenue", "Europe is now 28% of our revenue".
_APPOSITIVE_TAIL = (r",\s+(?:which\s+is\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,4}?|(?:our|the|its)\s+(?:[\w-]+\s+){0,4}?)"
                    r"(?:vertical|business|segment|division|region|unit|franchise|brand|market|geography|channel|arm|platform)\b")
_SEGMENT_APPOSITIVE = re.compile(
    r"(?:^|[.;]\s+|\b(?:By|In|and|while)\s+)([A-Z][\w&'-]+(?:\s+(?:&\s+|and\s+)?[A-Za-z][\w&'-]+){0,3})" + _APPOSITIVE_TAIL)
_SHARE_TAIL = (r"\d[\d.]*\s*(?:%|per\s+cent|percent)\s+of\s+"
               r"(?:the\s+|our\s+|group\s+|total\s+|company\s+|consolidated\s+)*(?:revenues?|sales|turnover|"
               # a part of one line's sales: "Mobile was about 33% of total licensing"
               r"(?<=total\s)(?:licensing|advertising|subscriptions?|services|products)(?!\s+(?:costs?|expenses?|margins?)))\b")
_SEGMENT_SHARE = re.compile(
    r"(?:^|[.;]\s+|,\s+and\s+)([A-Z][\w&'-]+(?:\s+(?:&\s+|and\s+)?[A-Za-z][\w&'-]+){0,3})(?:,\s+which)?\s+(?:now\s+)?"
    r"(?:is|was|are|were|made\s+up|makes?\s+up|accounted\s+for|accounts?\s+for|represented|represents?)\s+(?:now\s+)?"
    r"(?:about\s+|roughly\s+|approximately\s+|nearly\s+|around\s+|just\s+over\s+|just\s+under\s+)?" + _SHARE_TAIL)
# Both open on an alternation the engine tries at every position of every paragraph; their tails, which every
# match holds, are found fast (a literal or a digit first), and a paragraph without one is not scanned.
_SEGMENT_GATES = ((_SEGMENT_APPOSITIVE, gated(re.compile(_APPOSITIVE_TAIL))), (_SEGMENT_SHARE, gated(re.compile(_SHARE_TAIL))))


_COST_LINES = frozenset("labor labour wages payroll occupancy food beverage beverages packaging paper freight rent cost costs expense "
                        "expenses overhead marketing spend spending advertising fuel commodities returns discounts rebates promotions "
                        "allowances chargebacks royalties".split())
"""A cost line's share of sales ("Labor was 31.2% of sales") names no part of the business."""


def _segment_name(raw: str, acronym: bool = False) -> str | None:
    """The part's name in `raw`, or None; `acronym`: a short name in capitals may stand ("PC was 10% of total
    licensing": said in a share of the whole, a part's initials are its name)."""
    words = raw.split()
    while words and words[0].lower() in _NOT_SEGMENT:
        words = words[1:]
    if (words and words[0][:1].isupper() and words[0].lower() not in ("days", "same", "comparable", "like-for-like")
            and not any(w.lower() in _NOT_SEGMENT or w.lower() in _ADJECTIVES for w in words if w not in ("and", "&"))):
        name = " ".join(words)  # ("Completion and Production": one part's name)
        if ((len(name) > 3 or acronym and re.fullmatch(r"[A-Z]{2,3}", name)) and not re.fullmatch(r"(?:Q[1-4]|FY\d*|H[12]|Total|Net|GAAP)", name)
                and not metric_cues(name)):
            return name
    return None


PART_VERB = re.compile(r"\s+(?:(?:also|again|then|once\s+again)\s+)?(?:had|has|was|were|is|led|grew|delivered|saw|posted|performed|remained|"
                       r"continued|came|did|faced|enjoyed|struggled|slowed|accelerated|softened|improved|declined|turned\s+in)\b")
"""The verb after a part that a sentence is about: "Gaming was softer", "Specialty had another excellent quarter"."""
_SEGMENT_PROFIT = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\bin\s)|(?<=\band\s))([A-Z][a-z][\w&'-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'-]*){0,2})(?:['’]s)?\s+"
                             r"(?:segment\s+)?(?:adjusted\s+)?(?:operating\s+(?:income|profit|loss)|EBITDA|EBIT)\b(?!\s+(?:margin|per|guidance|outlook))")
"""A part named before its profit, opening a sentence or a clause ("Gaming operating income was ...", "Ambulatory EBITDA")."""
_DISCOURSE_WORDS = frozenset("next first second third fourth finally lastly now then also further furthermore additionally moreover "
                             "similarly likewise overall turning moving again here".split())
"""'Next, we expect double-digit revenue ...': a word that leads a speaker's next point, never a part's name (the names match
in any case, so 'next' would tag 'the next 12 months' as a part's too)."""
_NOT_PROFIT_OWNER = frozenset("pro normalized underlying comparable cash segment divisional business operating our the "
                              "consolidated group total company non-gaap gaap ifrs core base recurring".split())
_VOLUME_NAME = re.compile(r"\bweather[-\s]normali[sz]ed\b|\b(?:kWh|kilowatt[-\s]hours?|megawatt[-\s]hours?)\b", re.I)
"""'Weather-normalized retail electric sales': a utility's volumes, never a segment's revenue."""


def segment_names(paragraphs, company: str | None = None) -> re.Pattern[str] | None:
    """A pattern of the segment names a call puts in front of "revenue", or None when it names none."""
    names: set[str] = set()
    profits: set[str] = set()
    texts = []
    for text in paragraphs:
        texts.append(text)
        if "our " in text or "% of" in text or "cent of" in text:
            for rx, gate in _SEGMENT_GATES:
                for m in (rx.finditer(text) if gate.search(text) else ()):
                    name = _segment_name(re.sub(r"\s+(?:now|still|also|alone|together)$", "", m.group(1)), acronym=True)  # "Digital services now make up ..."
                    if name and name.split()[-1].lower() not in _COST_LINES:
                        names.add(name)
        for m in (_SEGMENT_PROFIT.finditer(text) if "perating " in text or "EBIT" in text else ()):
            name = _segment_name(m.group(1))
            if (name and not name.lower().endswith("ed") and (not name.lower().endswith("ing") or name.split()[-1].lower() in _LINE_NOUNS)
                    and name.split()[0].lower() not in _NOT_PROFIT_OWNER):
                profits.add(name)  # "Gaming operating income was $41 million": a part whose profit the call states
        if "evenue" not in text and "ales" not in text:
            continue
        for m in (_PART_DELIVERED.finditer(text) if "ed " in text else ()):
            if not any(w.lower() in _NOT_SEGMENT or w.lower() in _ADJECTIVES for w in m.group(1).split()):
                names.add(m.group(1))
        for m in (_PART_EARNED.finditer(text) if " of " in text and _EARNED_VERB.search(text) else ()):
            name = _segment_name(m.group(1))
            # (one capitalised word may be the company's own name where the call does not say it)
            if name and (name.split()[0].lower() not in company.lower().split() if company else " " in name):
                names.add(name)
        for m in _SEGMENT_NAME_GUARDED.finditer(text):
            words = m.group(1).split()
            if words[-1] in ("net", "Net"):
                words = words[:-1]  # "Sportsbook net revenue": the name greedily took the "net" of its sales
            while words and words[0].lower() in _NOT_SEGMENT:
                words = words[1:]
            if words and re.sub(r"['’]s?$", "", words[-1]).lower() in ("company", "group", "firm", "corporation", "business", "segment"):
                continue  # "the Company's net sales": the whole
            if (words and words[0][:1].isupper() and words[0].lower() not in ("days", "same", "comparable", "like-for-like")
                    and not any(w.lower() in _NOT_SEGMENT or w.lower() in _ADJECTIVES for w in words)):
                name = " ".join(words)
                if (len(name) > 3 and not re.fullmatch(r"(?:Q[1-4]|FY\d*|H[12]|Total|Net|GAAP)", name)
                        and not _VOLUME_NAME.search(name) and not (len(words) > 1 and words[-1].endswith("ed") and words[-1].islower())):
                    # (a verb before the sales is no part of a name: "Foreign exchange reduced net sales by 2%")
                    names.add(name)
    names |= _topic_parts("\n".join(texts), company)
    for name in profits - names:
        # and that is the subject of a sentence about how it did ("Gaming was softer", "Northwind Ambulatory had another
        # strong quarter"): a name before a profit alone may be a region's or an adjective ("Below EBITDA, ...")
        said = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][\w&'’-]*\s+)?" + re.escape(name) + PART_VERB.pattern)
        if any(name in t and said.search(t) for t in texts):
            names.add(name)
    names = {n for n in names if n.lower() not in _DISCOURSE_WORDS and not n.lower().endswith(("-than-expected", "-than-anticipated"))}
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return guarded(re.compile(rf"\b(?:{alts})\b", re.I))


_SALES_OPENS = re.compile(r"(?<=[.!?])\s+(?:(?:Its|Their)\s+)?(?:[Nn]et\s+)?(?:[Ss]ales|[Rr]evenues?)\s+(?:there\s+)?(?:were|was|reached|rose|grew|fell|declined|"
                          r"increased|decreased|came\s+in|totaled|totalled|of)\b")
_SENTENCE_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[^.!?\n]*[.!?]$")
_NAMED_SUBJECT = re.compile(r"\s*([A-Z][\w&'’-]+(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’-]+){0,2})" + PART_VERB.pattern)
_NAMED_HEADING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:And|Now|So|Next|Finally)\s*,?\s+)?(?:Turning|Moving|Switching|Shifting)\s+(?:now\s+)?to\s+"
                            r"([A-Z][\w&'’-]+(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’-]+){0,2})\s*[.:]\s[^.!?]{0,160}?\b(?:[Ss]ales|[Rr]evenues?)\b")


def _topic_parts(text: str, company: str | None = None) -> set[str]:
    """Parts a call names only as the topic of its sales: a figure-free sentence about one ("Brightline led again.",
    "Turning to Corvix.") before the sentence whose plain sales it gives ("Net sales were $212 million."). The name must be a
    proper noun, said capitalised amid a sentence elsewhere in the call ("demand was strong" opens no part)."""
    found: set[str] = set()
    if "ales " not in text and "evenue" not in text:
        return found
    cands = []
    for m in _SALES_OPENS.finditer(text):
        prev = _SENTENCE_BEFORE.search(text, max(0, m.start() - 200), m.start())
        if prev is None or any(ch.isdigit() or ch in "$%€£" for ch in prev.group(0)):
            continue
        if (named := _NAMED_SUBJECT.match(prev.group(0))) is not None:
            cands.append(named.group(1))
    if "urning" in text or "oving" in text:
        cands += [m.group(1) for m in _NAMED_HEADING.finditer(text)]
    for name in cands:
        words = name.lower().split()
        if (any(w in _NOT_SEGMENT or w in _ADJECTIVES or w in _NOT_PART_WORDS for w in words[:1] + [w for w in words[1:] if w not in ("and", "&")]) or len(name) < 4
                or find_period_cues(name) or any(c[2] not in COUNT_METRICS for c in metric_cues(name))):
            continue  # ("Commercial Systems": a count's noun inside a part's name, as in `_part_name`)
        if company and words[0] in company.lower().split():
            continue  # "Northmoor had its best quarter. Net revenue was ...": the company, not a part of it
        if re.search(r"\b(?i:welcome\s+to|joining)\s+(?:the\s+)?" + re.escape(name) + r"\b", text):
            continue  # the company the call is welcomed to, where its name is not known
        # a name whose every word is capitalised ("Residential Solutions had a better quarter.") is proper on its own; one
        # word at a sentence's start may be any noun ("Demand was strong.")
        proper = sum(1 for w in name.split() if w[:1].isupper()) >= 2
        if proper or re.search(r"(?<=[a-z,;:]\s)" + re.escape(name) + r"\b", text):
            found.add(name)
    return found


_PART_KIND = r"(?:segment|division|business(?:es)?|unit|arm|sector|region|franchise|brand|portfolio|operations|group)"
_PART_HEADING = re.compile(
    r"\W*(?i:(?:and|now|so|next|finally|lastly|let\s+me|let's|I'll|I\s+will)\s*,?\s+)*(?i:turn(?:ing)?|mov(?:e|ing)|switch(?:ing)?|shift(?:ing)?)\s+"
    r"(?i:now\s+|on\s+|over\s+)*(?i:to)\s+(?:our\s+|the\s+)?(?P<name>(?:[A-Z]|[a-z][A-Z])[\w&'’.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’.-]*){0,4})"
    r"(?:\s+" + _PART_KIND + r")?(?:,\s+(?:our|the|its)\s+(?:[\w&'’-]+\s+){0,5}?" + _PART_KIND + r")?\s*[.:!]?\s*$")
""""Turning to Spirits and Ready-to-Drink.", "Moving now to our Marine segment.": a heading sentence naming one part."""
_PART_HEADING_LOW = re.compile(
    r"\W*(?i:(?:and|now|so|next|finally|lastly|let\s+me|let's|I'll|I\s+will)\s*,?\s+)*(?i:(?:turn(?:ing)?|mov(?:e|ing)|switch(?:ing)?)\s+(?i:now\s+|on\s+|over\s+)*to|"
    r"start(?:ing)?\s+(?:off\s+)?with|begin(?:ning)?\s+with)\s+(?:our\s+|the\s+)?(?P<low>[a-z][a-z'’-]*(?:\s+(?:and\s+)?[a-z][a-z'’-]*){0,2})\s*[.:!]?\s*$")
""""Starting with gaming.", "Moving to automotive.": a heading naming a part in lower case, as a spoken call's words often are
(the words are read as `_part_name` reads a name: no metric, period or topic word)."""
_TOPIC_WORDS = frozenset("number numbers picture headline headlines basics detail details update updates item items housekeeping "
                         "priority priorities strategy progress performance quarter year p&l income statement demand environment "
                         "market markets macro economy trend trends key point points some few couple review recap color colour "
                         "context backdrop bottom top line dispositions acquisitions investments divestitures".split())
_PART_SUBJECT = re.compile(
    r"\W*(?:(?:Our|The)\s+(?P<own>(?:[\w&'’-]+\s+){1,4}?)" + _PART_KIND + r"\b(?:\s*,\s*(?P<named>[A-Z][^,]{1,40}),)?"
    r"|(?P<lead>[A-Z][\w&'’-]*(?:\s+(?:&\s+|and\s+)?[A-Za-z&][\w&'’-]*){0,3}),\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,3}?" + _PART_KIND + r"\b[^,]{0,30},)"
    r"\s+(?:(?:also|again|then|always|still|usually|typically)\s+)?(?:had|has|saw|sees|delivered|produced|posted|turned\s+in|was|were|is|remains?|remained|continued|continues|"
    r"grew|performed|accelerated|slowed|faced|struggled|enjoyed|came|did|made)\b")
""""Our brokerage arm, Northline Logistics, had a tougher quarter.", "Marine Systems, our smallest segment, had a mixed
year.": a sentence whose subject is one part of the business."""
_NOT_PART_WORDS = frozenset("slide slides page pages outlook guidance guide results result financial financials balance sheet cash flow "
                            "flows capital allocation liquidity q&a questions question call remarks summary conclusion overview highlights "
                            "core overall whole entire total consolidated company group underlying existing base combined largest "
                            "smallest biggest new other remaining second third fourth first next last january february march april may june july "
                            "august september october november december".split())


_PART_TITLE = r"(?:Business\s+Unit|Business|Unit|Segment|Division)"
"""A part's kind said as part of its title ("The Mobile Business Unit", "the Consumer Segment"), capitalised as the name is."""
_PART_EARNS = re.compile(
    r"\W*(?:(?:Our|The|And\s+(?:our|the))\s+(?P<own>(?:[\w&'’.-]+\s+){1,4}?)(?:" + _PART_KIND + "|" + _PART_TITLE + r")\b(?:\s*,\s*(?P<named>[A-Z][^,]{1,40}),)?"
    r"|(?P<lead>[A-Z][\w&'’-]*(?:\s+(?:&\s+|and\s+)?[A-Za-z&][\w&'’-]*){0,3}),\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,3}?" + _PART_KIND + r"\b[^,]{0,30},)"
    r"\s+(?:(?:also|again|then)\s+)?(?:(?P<bare>contributed|delivered|generated|brought\s+in|did)|had|saw|produced|posted|booked|earned|reported|"
    r"added|grew|achieved|recorded)\b")
""""Our collision business did about $38 million of revenue", "Our drilling unit, Harrowgate Rigs, generated sales of ...": a
sentence whose subject is one part earning the sales it gives."""


def part_subject(s: str) -> tuple[str, int, bool] | None:
    """The part of the business a sentence with figures opens on as its subject, where the verb ends and whether that verb
    earns an amount with no sales word ("contributed $52 million"), or None."""
    m = _PART_EARNS.match(s)
    if m is None or (name := _part_name(m)) is None or re.search(r"\b(?:divested|acquired|exited|sold|former)\b", m.group(0), re.I):
        return None  # "The divested valves business had a 3% drag on sales": a step of the bridge
    if re.search(r"\b[A-Z]\.[A-Z]$", name):
        name += "."  # "Our U.S. operations": the abbreviation keeps its last stop
    return re.sub(r"\s+(?i:business|segment|division)$", "", name), m.end(), m.group("bare") is not None  # "The Embedded business unit"


_PART_LEADS = re.compile(
    r"\W*(?:And\s+)?(?:(?:Our|The)\s+)?(?P<lead>[A-Z][\w&'’-]*(?:\s+(?:&\s+|and\s+)?[A-Za-z&][\w&'’-]*){0,3})"
    r"(?:\s*,\s*(?:which|still|now|led\s+by|our|the|its|a|an)\b[^,;.]{1,70},)?"
    r"\s+(?:(?:also|again|once\s+again)\s+)?(?:had|grew|remains?|remained|was|were|brought\s+in|(?P<results>generated|posted)|saw|did)\b")
_NOT_A_LEAD = frozenset("business businesses company firm group portfolio team demand pricing price prices volume volumes shipments "
                        "traffic mix currency fx weather inflation execution momentum activity trading everything it this that "
                        "these those they we there each all both revenue revenues sales growth performance numbers results "
                        "including excluding divestiture divestitures acquisition acquisitions covid covid-19 pandemic impact attendance "
                        "footfall ridership".split())
_LEAD_CAUSE = re.compile(r"\s+(?:(?:also|again|mainly|mostly|largely|primarily)\s+)?(?:driven|helped|hurt|impacted|affected|offset|authorized|"
                         r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:driver|drag|contributor)\s+(?:of|to|on))\b", re.I)


def part_leads_sales(s: str) -> tuple[str, int] | None:
    """The part of the business a sentence opens on as its subject, with its verb, before the sales it then gives with no
    owner ("Dairy had its best quarter: sales of $1.2 billion", "Coatings, which serves builders, had sales of $578
    million", "Noodles, still the heart of the company, grew net sales 6.8%"): (the part, where the verb ends) or None.
    Not the company, a driver of the sales or a measure ("Demand was strong, with sales up 4%")."""
    m = _PART_LEADS.match(s)
    if m is None or any(w.lower() in _NOT_A_LEAD for w in m.group("lead").split()) or _LEAD_CAUSE.match(s, m.end()):
        return None
    if m.group("results") and "," not in s[m.start("lead"):m.start("results")] and all(w[:1].isupper() for w in m.group("lead").split()):
        return None  # "Halverd Systems posted revenue of $820 million": a name that posts results may be the company's own
    name = _part_name(m)
    return (name, m.end()) if name else None


def _part_name(m: re.Match[str]) -> str | None:
    name = (m.groupdict().get("named") or m.groupdict().get("name") or m.groupdict().get("lead") or m.groupdict().get("own")
            or m.groupdict().get("low") or "").strip(" .")
    if find_period_cues(name):
        return None  # "Turning to Q3.": a period heads what follows, not a part
    words = [w.lower() for w in name.split()]
    if m.groupdict().get("low") and any(w in _TOPIC_WORDS or w in _ADJECTIVES for w in words):
        return None  # "Let me start with the numbers.": a topic of the talk, not a part of the business
    if (not words or any(w in _NOT_PART_WORDS or w in _NOT_SEGMENT - {"and", "of"} for w in words)
            or any(c[2] not in COUNT_METRICS for c in metric_cues(name))):  # "Turning to gross margin." ("Marine Systems" is a name)
        return None
    if m.groupdict().get("own") and not m.groupdict().get("named") and any(w in _ADJECTIVES for w in words):
        return None
    return name


def part_topic(s: str) -> str | None:
    """The part of the business a sentence without figures heads or is about, for the sales said in the sentences after it
    ("Revenue was $94 million"), or None."""
    m = _PART_HEADING.match(s) or (_PART_SUBJECT.match(s) if _may_open_on_part(s) else None)
    if m is None and len(s) < 60 and ("ing " in s or "to " in s or "with " in s):
        m = _PART_HEADING_LOW.match(s)
    return None if m is None else _part_name(m)


def _may_open_on_part(s: str) -> bool:
    """Can _PART_SUBJECT match: where the sentence opens on a word character (its `\\W*` then reads nothing), only on
    "Our" or "The", or on a capital with a comma after it. A test of its kind words cost as much as the pattern."""
    c = s[:1]
    if c.isalnum() or c == "_":
        return s.startswith(("Our", "The")) or ("A" <= c <= "Z" and "," in s)
    return True
