"""Kind and basis cues: is a figure an actual, guidance, a recalled outlook, a target or an estimate,
and is it GAAP, non-GAAP or adjusted. Cues are positions in the sentence; `extract` picks the one that
governs each figure."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..model import Basis, FactKind
from .currencies import statement_cues, statement_names, trie
from .guard import folded, gated, guarded, lowered, may_hold, prefix_guarded
from ..months import MONTH_ALT
from .taxonomy import PNL_METRICS
from .ways import will_alt
from ..fiscal_words import FISCAL

_SOME_TIME_AGO = r"(?:\w+|\d+)\s+(?:days|weeks|months)\s+ago"
"""("Ninety days ago we were guiding to ..."): an alternative of the recalled outlook's cue that opens with any word,
which its guard tries whole (see `KIND_CUES` and guard.prefix_guarded)."""

KIND_CUES: tuple[tuple[FactKind, re.Pattern[str]], ...] = (
    (FactKind.PRIOR_GUIDANCE, re.compile(rf"""
        \b(?:previous(?:ly)?|prior|original(?:ly)?|earlier|initial|last\s+quarter's|former)\s+(?:[\w-]+\s+|[$€£¥]?\d[\d,.]*\s*(?:%|million|billion)?\s+){{0,3}}?(?:guidance|guide|outlook|forecast|expectations?|range|guided|projections?|estimates?)
        |\b(?:previous|prior|original|earlier|former)\s+(?:[\w-]+\s+){{0,2}}?(?:view|assumptions?)\s+(?:of|was|were|had\s+been|called\s+for)\b  # "our prior view was 3% to 4%" (an initial view is the first outlook, given now)
        |\b(?:previous(?:ly)?|prior|original(?:ly)?|initial(?:ly)?)\s+estimated\b
        |\bhad\s+(?:previously\s+|originally\s+)?(?:guided|expected|anticipated|forecast|projected|said|indicated|targeted|planned|promised)
        |\bwe\s+had\s+(?:previously\s+|originally\s+|initially\s+)?(?:pencill?ed\s+in|budgeted|modell?ed)\b  # "which we had pencilled in at about R1.0 billion": the plan then (an analyst's "I had modeled" is his own)
        |\b(?:guidance|outlook|range|forecast|target)\s+(?:that\s+)?(?:we\s+)?(?:gave|provided|issued|set|had|shared|laid\s+out|promised|committed\s+to|communicated)
        |\b(?:compared\s+(?:to|with)|versus|vs\.?|against|above|below|within|exceed(?:ed|ing)?|beat|top\s+end\s+of|high\s+end\s+of|low\s+end\s+of|midpoint\s+of)\s+(?:the\s+)?(?:(?:top|high|low|upper|lower|bottom)(?:\s+end)?\s+of\s+(?:the\s+)?|midpoint\s+of\s+(?:the\s+)?)?(?:our\s+)?(?:prior\s+|previous\s+|original\s+)?(?:guidance|outlook|forecast|guided\s+range)
        |\b(?:ahead\s+of|above|below|better\s+than|worse\s+than|short\s+of|in\s+line\s+with)\s+(?:our|the)\s+(?:\w+\s+)?expectations?\s+(?:of|for)\b
        |\b(?:in\s+line|consistent)\s+with\s+(?:our|the)\s+(?:\w+\s+)?(?:guidance|guide|outlook|forecast)\s+of\b
        |\b(?:guidance|outlook|forecast)\s+(?:had\s+)?(?:called\s+for|assumed|contemplated)\b
        |\bour\s+(?:(?!latest\b|current\b|updated\b|new\b|revised\b|raised\b)[\w-]+\s+){{0,2}}?(?:guidance|outlook|forecast|guide)\s+(?:for\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){{0,2}}?)?(?:was|were)\b(?!\s+(?:raised|lowered|increased|reduced|revised|updated|narrowed|cut|lifted|trimmed|tightened|reaffirmed|maintained|unchanged)\b)  # "our sales outlook for the year was $7.5 billion": the outlook as it stood (the latest one is still in force)
        |\b(?:better|worse|higher|lower|ahead)\s+(?:than|of)\s+(?:our\s+|the\s+)?(?:prior\s+|previous\s+|original\s+)?(?:guidance|outlook|forecast|guide)\b
        |\b(?:(?:top|high|low|bottom|upper|lower)\s+end|midpoint|middle)\s+of\s+(?:our|the)\s+(?:[\w$€£.,%-]+\s+){{0,7}}?(?:budget|plan|range|guidance|outlook)\b(?!\s+(?:of|for|to|is|at)\b)
        |\bat\s+the\s+(?:start|beginning)\s+of\s+the\s+year,?\s+(?:our|the)\s+(?:[\w-]+\s+){{0,2}}?(?:guidance|outlook|forecast)
        |\bwe\s+guided\b|\bguided\s+to\b|\bwas\s+(?:previously\s+)?guided
        |\b(?:withdr(?:ew|awn|awing|aws?)|suspend(?:ed|ing|s)?|rescind(?:ed|ing|s)?|pull(?:ed|ing)|scrapp(?:ed|ing))\s+(?:our|the|its)\s+(?:[\w-]+\s+){{0,3}}?(?:guidance|outlook|forecast|guide)(?=\s+(?:of|for|calling|which|that)\b)  # "we withdrew our full-year outlook of ...": an outlook taken back is no longer in force, so it is the one before; not a view said after the withdrawal ("when we pulled our guidance, we ...")
        |\bpreviously,\s+(?:we|I)\s+(?:said|had\s+said|talked\s+about|thought)\b  # "previously, we said high-single digits to low double digits": the view before this one
        |\bwe\s+(?:had\s+)?(?:indicated|provided|gave|communicated|outlined|projected|forecast|shared|discussed|set|laid\s+out|talked\s+about|framed|flagged|signall?ed|pointed\s+to)\s+(?:in|on|last|at|back|earlier|previously|with)\b(?!\s+(?:our\s+|my\s+|the\s+)?(?:prepared|opening|formal)\s+(?:remarks|comments)|\s+(?:this|today's)\s+call)  # "as we discussed in my opening comments": this call
        |\b(?:in|back\s+in)\s+(?:{MONTH_ALT})\s*,?\s+we\s+(?:had\s+)?(?:framed|guided|indicated|projected|forecast|outlined|talked\s+about|laid\s+out|set\s+out)\b
        |(?:\b(?:in|back\s+in)\s+(?:{MONTH_ALT})\s*,?\s+we\s+(?:had\s+)?(?:said\s+we\s+expected|expected|anticipated|assumed)
          |\b(?:last\s+quarter|a\s+quarter\s+ago|three\s+months\s+ago|90\s+days\s+ago)\s*,?\s+we\s+(?:had\s+)?(?:expected|anticipated|guided\s+to|projected|forecast|assumed|called\s+for)  # "a quarter ago we expected 20 basis points of savings": the outlook as it stood then
          |\b(?:we|I)\s+(?:had\s+)?(?:initially|originally)\s+(?:expected|anticipated|projected|guided|forecast|planned|assumed|estimated|called\s+for)
          |\b(?:when|as)\s+we\s+(?:last\s+)?(?:spoke|talked|met|reported)\b[^.;]{{0,50}}?,\s+we\s+(?:had\s+)?(?:(?:said|told\s+you)\s+(?:that\s+)?we\s+expected|set|expected|guided|said|projected|anticipated|gave|provided|forecast|called\s+for|assumed|planned)
          |\bwe\s+(?:said|told\s+you)\s+(?:(?:in|on|at|back\s+in)\s+(?:[\w-]+\s+){{1,3}}?)?(?:that\s+)?we\s+expected
          |\b(?:in|back\s+in)\s+(?:{MONTH_ALT})\s*,?\s+we\s+told\s+you\s+(?:that\s+)?we\s+expected
          |\b(?:in|back\s+in)\s+(?:{MONTH_ALT})\s*,?\s+we\s+(?:said|told\s+you)\s+(?:that\s+)?(?:[\w-]+\s+){{1,4}}?would\b
          |\bwe\s+had\s+(?:in|back\s+in)\s+(?:{MONTH_ALT})\b
          |\bwe\s+(?:had\s+)?(?:assumed|expected|anticipated|budgeted|planned\s+(?:on|for))\s+(?:in|back\s+in)\s+(?:{MONTH_ALT})\b  # "below the $100 million we assumed in June": the plan as it stood then
          |\bat\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:{FISCAL}\s+)?year,?\s+we\s+(?:had\s+)?(?:expected|anticipated|guided|projected|forecast|set|said|planned|assumed|called\s+for)
          |\b(?:on|in|during)\s+(?:our|the)\s+(?:last|prior|previous)\s+(?:earnings\s+)?(?:call|update)\s*,?\s+we\s+(?:said|told\s+you|indicated|expected|guided|projected|assumed|thought)(?:\s+(?:that\s+)?(?:[\w-]+\s+){{1,4}}?(?:would|should)\b)?  # "On our last call we said margins would be about 21%": the outlook then
          |\b(?:in|back\s+in)\s+(?:{MONTH_ALT})\s*,?\s+we\s+(?:gave|provided|showed|offered|set)\s+(?:you\s+|out\s+)?(?:a|an|the|our)\s+(?:[\w-]+\s+){{0,2}}?(?:range|guidance|guide|outlook|forecast)\b  # "In July we gave you a range of ..."
          |\bwhen\s+we\s+(?:launched|announced|started|began|introduced|unveiled|set\s+up)\b[^.;]{{0,40}}?,?\s+we\s+(?:said|told\s+you|expected|projected|estimated|thought)(?:\s+(?:that\s+)?(?:[\w-]+\s+){{1,4}}?(?:would|should|could)\b)?  # "When we launched it we said it would deliver about $45 million this year"
          |\b(?:the\s+)?last\s+time\s+we\s+(?:spoke|talked|met|reported)\s*,?\s+(?:we\s+(?:said|expected|guided|thought|projected|assumed)|(?:the|our)\s+(?:[\w-]+\s+)?(?:range|guide|guidance|outlook|forecast)\s+was)
          |\b(?:{_SOME_TIME_AGO}|a\s+(?:quarter|year)\s+ago|last\s+quarter|(?:back\s+)?in\s+(?:{MONTH_ALT}))\s*,?\s+we\s+were\s+(?:guiding|expecting|forecasting|projecting|looking\s+for|planning\s+(?:on|for))\b  # "Ninety days ago we were guiding to EPS of $2.40"
          |\b(?:guidance|outlook|forecast|guide|plan|budget|view|expectations?)\s+(?:at|entering|going\s+into|coming\s+into)\s+(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+(?:{FISCAL}\s+)?year)\b
          (?![^.;]*\b(?:not\s+changed|unchanged|still\s+(?:stands|holds|applies)|remains?\s+(?:intact|the\s+same|in\s+place)))  # "When we spoke in May, we set ...", "we had initially expected 3% to 5%": the outlook as first given ("..., and that has not changed" still holds)
        |\b(?:our|the)\s+(?:{MONTH_ALT})\s+(?:estimate|outlook|guidance|forecast|range|plan)s?\b
        |(?<=\bwe\swere\s)\b(?:originally\s+|initially\s+|previously\s+)?(?:thinking|planning|expecting|budgeting|forecasting|projecting|anticipating|assuming)\b
        |\bwe\s+had\s+been\s+(?:thinking|planning|expecting|budgeting|forecasting|projecting|anticipating|assuming|guiding|looking\s+for)\b  # "we had been forecasting 2% growth": the plan as it stood  # "before the pandemic, we were thinking about 1,200 stores": a plan as it stood
        |\bwe\s+(?:started|began|entered|came\s+into|went\s+into|headed\s+into)\s+(?:the|this)\s+(?:{FISCAL}\s+)?year\s+(?:expecting|guiding(?:\s+to)?|looking\s+for|assuming|planning\s+(?:on|for)
          |at(?=\s+(?:about\s+|around\s+)?[$€£¥]?\d[\d.,]*\s*%?\s*(?:to|-|–)\s*[$€£¥]?\d[^.;]*?\bnow\s+(?:expect|see|anticipate|project|guide)))  # "we started the year expecting about 20% growth", "we started the year at 6% to 8% and we now expect 7% to 9%": the outlook as first given
        """, re.X | re.I)),
    (FactKind.ESTIMATE, re.compile(r"""
        \b(?:consensus|the\s+street|street\s+(?:estimates?|expectations?|numbers?|is|has)|sell[-\s]side|I\s+ha(?:ve|d)\s+you|we\s+ha(?:ve|d)\s+you|I\s+was\s+at|I'm\s+at
        |my\s+model|our\s+model|my\s+(?:[\w-]+\s+){0,2}(?:estimates?|numbers?|forecast|model|checks)|I\s+had\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){1,4}?(?:at|closer\s+to|nearer(?:\s+to)?|more\s+like)(?=\s+(?:about\s+|around\s+|roughly\s+)?[$€£\d])|I'm\s+model(?:l)?ing|I\s+am\s+model(?:l)?ing|I\s+had\s+(?:modell?ed|pencill?ed\s+in|penciled\s+in|assumed|expected)|analysts?\s+(?:expect|estimate)|(?<!our\s)(?<!our\scurrent\s)(?<!our\supdated\s)(?<!best\s)estimates?\s+(?:are|is|were|of)
        |you\s+guys\s+(?:are|were)\s+at|I\s+(?:think|believe|assume|calculate|get|estimated?)|I(?:'m|\s+am|\s+was)\s+estimating|by\s+my\s+(?:math|numbers|calculations?|model))\b
        """, re.X | re.I)),
    (FactKind.TARGET, re.compile(rf"""
        \b(?:(?<!annualized\s)long[-\s]term(?!\s+(?:[\w-]+\s+){{0,2}}?(?:agreements?|contracts?|debt|borrowings|notes|leases?|investments?|liabilities|incentive|commitments?|obligations?|financing|loans?|bonds?|securities|relationships?|partnerships?|supply|offtake|arrangements?)\b)(?!\s+(?:(?:net\s+)?organic\s+growth|debt|borrowings|notes|investments|assets|liabilities|contracts|agreements|customers|relationships|incentives?|care|leases?|(?:net\s+)?(?:in|out)?flows|(?:mutual\s+)?funds|AUM|products|fixed\s+income|equity|bonds?|rates?|interest\s+rates?))|longer[-\s]term|target(?:s|ed)?\s+(?:model|of|range|is|for)|targeting|(?:financial\s+)?targets?\b|goals?|(?<!the\s)objectives?\s+(?:of\s+(?=(?:about\s+|around\s+|approximately\s+|at\s+least\s+)?[$€£¥\d]|(?:generating|delivering|reaching|achieving|earning)\b)|is\s+to|are\s+to|range|remains?)\b|(?:financial|growth|return|earnings|margin|capital)\s+objectives?\b|aspiration|ambition|aspire
        |(?:our|a|the)\s+(?:[\w-]+\s+)?(?:ceiling|floor)\s+of|our\s+(?:[\w-]+\s+)?(?:ceiling|floor)\s+(?:is|remains|stays)|we\s+like\s+(?:[\w-]+\s+){{0,3}}?(?:under|below|above|over|around|between)|we\s+want\s+(?:our\s+|the\s+)(?:[\w-]+\s+){{1,3}}?(?:at|between|in\s+the\s+range\s+of)(?=\s+(?:about\s+|around\s+|roughly\s+)?[$€£\d])
        |(?:manage|keep|hold)\s+(?:[\w-]+\s+){{1,3}}?(?:to\s+stay\s+)?(?:at\s+or\s+)?(?:below|under|above|within)|level\s+we\s+have\s+in\s+mind
        |(?:is|are|remains?)\s+(?:still\s+)?to\s+(?:manage|keep|hold|maintain)\s+(?:[\w-]+\s+){{1,3}}?(?:between|in\s+(?:a|the)\s+range\s+of)
        |(?:managing|keeping|holding)\s+(?:[\w-]+\s+){{1,3}}?(?:at\s+or\s+)?(?:below|under|within)\s+(?=(?:about\s+|roughly\s+|around\s+)?(?:[$€£\d]|(?:one|two|three|four|five)\s+times))
        |(?<!\bwe\s)(?<!position\sto\s)(?<!\bwill\s)(?<!'ll\s)(?:return(?:ing)?|pay(?:ing)?\s+out|distribut(?:e|ing))\s+(?:at\s+least\s+|about\s+|approximately\s+|roughly\s+|around\s+|more\s+than\s+)?\d+(?:\.\d+)?%\s+of\s+(?:our\s+)?(?:annual\s+)?(?:free\s+cash\s+flow|FCF|(?:adjusted\s+)?net\s+income|(?:adjusted\s+)?earnings)
        |(?:our|the)\s+(?:[\w-]+\s+)?policy\s+(?:of|is\s+to)|\bour\s+(?:[\w-]+\s+)?rule\s+(?:of\s+(?=[a-z]+ing\b)|is\s+to)
        |\brun\s+(?:the|our)\s+(?:business|company|balance\s+sheet)\s+(?:at\s+or\s+)?(?:between|within|in\s+the\s+range\s+of|at|around|below|under|above)(?=\s+(?:about\s+|roughly\s+|around\s+)?[$€£\d])  # "we intend to run the business between 5 and 6 times": a standing policy
        |(?:stay|remain|operate)\s+(?:comfortably\s+|well\s+)?(?:inside|within)\s+(?:the|our)\s+(?=(?:[\d.]+\s*(?:x|times)?\s*(?:to|-|–)\s*[\d.]+\s*(?:x|times)\s+(?:[\w-]+\s+)?range\b|(?:[\w-]+\s+){{0,2}}leverage\s+range\b))
        |by\s+(?:the\s+end\s+of\s+)?(?:{FISCAL}\s+|FY\s*)?(?:20[2-4]\d)|by\s+(?:the\s+end\s+of\s+)?(?:{FISCAL}\s+['’]?|FY\s*['’]?)\d{{2}}\b|aim(?:s|ing)?\s+to|aim\s+(?:is|remains)\s+(?:still\s+)?to|we(?:'d|\s+would)\s+like\s+(?:[\w-]+\s+){{0,4}}?to\b|(?:three|five|3|5|multi)[-\s]year\s+period|over\s+the\s+next\s+(?:\w+|several|few)\s+years|(?:spread|phased|split)\s+over\s+(?:two|three|four|five|[2-5])\s+years|(?:three|four|five|six|seven|ten|3|4|5|6|7|10|multi)[-\s]year\s+(?:(?:capital|capex|investment|spending)\s+(?:plan|program(?:me)?|forecast|budget)|(?:financial|strategic|business)\s+plan|plan|targets?|framework|model|outlook)
        |medium[-\s]term|mid[-\s]term|long[-\s]run|(?<!\bran\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!operated\s)(?<!operating\s)(?<!running\s)at\s+full\s+(?:run[-\s]rate|capacity|ramp)|peak\s+(?:annual\s+|year\s+)?sales|(?:investor|analyst|capital\s+markets?)\s+day|financial\s+model|algorithm|(?:long[-\s]term\s+|financial\s+|capital\s+(?:return\s+|allocation\s+)?)?framework|in\s+year\s+(?:one|two|three|four|five|[1-5])|by\s+year\s+(?:one|two|three|four|five|[1-5])|by\s+(?:its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|tenth|\d{{1,2}}(?:nd|rd|th))\s+(?:full\s+)?year\b|(?<!\d\s)through\s+(?:{FISCAL}\s+)?20[2-4]\d|over\s+time
        |path\s+to(?=\s+(?:about\s+|at\s+least\s+)?(?:[$€£\d]|(?:low|mid|high|double|single|triple)[-\s]))  # "the path to double-digit share": a goal
        |(?<!\bhas\s)(?<!\bhave\s)(?<!ed\s)(?<!\bsaw\s)(?<!\bhad\s)(?<!\bits\s)(?<!\bour\s)(?<!\btheir\s)(?:sustain(?:s|ing)?|steady|consistent)\s+(?:(?:and|,)\s+(?:steady|consistent)\s+)?(?=(?:double|single|high|mid|low)[-\s](?:single[-\s]|double[-\s])?(?:digits?|teens)\s+(?:[\w-]+\s+){{0,4}}?growth\b)  # "consistent double-digit earnings growth": the company's standing aim
        |(?:over|through|across|during|within)\s+the\s+(?:(?:whole|entire|full|new|current)\s+)?plan(?:\s+period)?(?!\s+(?:for|to)\b)|(?:over|in)\s+(?:each|every)\s+year\s+of\s+the\s+plan|over\s+the\s+(?:life|course)\s+of\s+the\s+(?:program(?:me)?|plan|initiative|project|contract)|over\s+(?:its|their)\s+(?:whole\s+|full\s+|entire\s+)?life\b|(?:total|overall|whole)\s+(?:program(?:me)?|project)\s+(?:cost|budget|spend(?:ing)?|investment|outlay)|until\s+(?:we(?:'re|’re|\s+are)|(?:net\s+)?leverage\s+is|it(?:'s|’s|\s+is))\s+(?:back\s+)?(?:below|under|at\s+or\s+below|within)(?=\s+(?:about\s+|roughly\s+|around\s+)?[$€£\d])|(?:across|over|for)\s+the\s+(?:whole|entire|full)\s+(?:program(?:me)?|plan|initiative|project)|across\s+the\s+next\s+(?:\w+|several|few)\s+years|years?\s+of\s+the\s+plan|(?:upside|downside)\s+to\s+the\s+plan|the\s+(?:new\s+|capital\s+)?plan\s+(?:supports|needs|calls\s+for|includes)|(?:strategic|long[-\s]range|multi[-\s]year|transformation|renewables?|expansion)\s+plan\s+(?:supports|needs|calls\s+for|includes|envisages|foresees|targets|has|sets|assumes|implies|commits)
        |(?:(?:over|from|for)\s+(?:{FISCAL}\s+)?20[2-4]\d\s+(?:through|to|-|–)|(?:spread\s+(?:over|across)|between)\s+(?:{FISCAL}\s+)?20[2-4]\d\s+and)\s+(?:{FISCAL}\s+)?20[2-4]\d)\b
        """, re.X | re.I)),
    (FactKind.GUIDANCE, re.compile(rf"""
        \b(?:expect(?:s|ing)?|we\s+expected|(?:is|are|remains?)\s+(?:now\s+|still\s+|currently\s+|both\s+|all\s+|also\s+)?(?:expected|projected|anticipated|estimated|targeted|budgeted|planned|forecasted)\s+(?:to(?!\s+have\s+been)|at|in\s+the(?=\s+(?:range|[$€£¥\d]))|within|between)
        |(?:our|other)\s+(?:(?!(?:previous|prior|original|earlier|initial|last|return)\b)[\w'’-]+\s+){{0,4}}?expectations?\s+(?:are|include[sd]?)(?=\s*:|\s+(?:for|now)\b|\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?[$€£\d])  # "Other {FISCAL} '26 expectations are: interest expense of ...": the list is the outlook
        |anticipat(?:e|es|ing)|guid(?:ance|ing|e)|(?:we|I)(?:\s+would|'d)\s+(?:model|put(?=\s+(?:[\w'’-]+\s+){{0,5}}?(?:at|around|somewhere|between)\s))|(?<!economic\s)(?<!macro\s)(?<!market\s)outlook(?!\s+for\s+(?:the\s+)?(?:economic|economy|macro\w*|consumer|credit|interest\s+rates|the\s+industry))|forecast(?:s|ing|ed)?|project(?:ing|ed)|(?:we|I|management|it)\s+(?:now\s+|still\s+)?projects?\b|we\s+(?:now\s+|still\s+|now\s+also\s+|also\s+now\s+)?see|sees|I'd\s+(?:still\s+)?call|we(?:'ve|\s+have)\s+assumed
        |(?<!\bI\s)should\s+(?!have\b|we\b|I\b|you\b|be\s+(?:noted|said|mentioned|pointed|highlighted|emphasi[sz]ed|remembered|clear)|(?:say|note|mention|add(?!\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|another\s+)?[$€£¥\d])|point|stress|clarify|remind|emphasi[sz]e|highlight|also|keep\s+in\s+mind|bear\s+in\s+mind)\b)\w+|will\s+(?:(?:also|likely|probably|still|again)\s+)?(?:be|grow|increase|decline|decrease|range|come\s+in|come\s+from|account\s+for|make\s+up|represent|remain|stay|approximate|total|reach|land|exit|yield|generate|earn|contribute|{will_alt()}|rise(?!\s+(?:above|to\s+the)\b)|fall(?!\s+(?:in|into|within|short|behind)\b)|expand|contract|shrink|moderate|ease|climb)
        |to\s+be\s+(?:in\s+the\s+range|between|approximately|around|about|roughly|up|down|flat|in\s+line)|plan(?:s|ning)?\s+to(?![^.;,]{{0,80}}?\b(?:delivered|drove|generated|produced|yielded|resulted\s+in)\b)|we\s+(?:now\s+|also\s+|still\s+)?plan\b|planning\s+(?:on|for)|intend(?:s|ing)?|(?<!\bof\s)(?<!\bto\s)(?<!\bover\s)(?<!\babove\s)(?<!\bbelow\s)(?<!\bunder\s)(?<!\bversus\s)(?<!\bagainst\s)(?<!\bthan\s)(?<!\bof\sour\s)(?<!\bof\sthe\s)(?<!\bto\sour\s)(?<!\bto\sthe\s)(?<!\bover\sour\s)(?<!\bover\sthe\s)(?<!\babove\sour\s)(?<!\babove\sthe\s)(?<!\bbelow\sour\s)(?<!\bbelow\sthe\s)(?<!\bunder\sour\s)(?<!\bunder\sthe\s)(?<!\bversus\sour\s)(?<!\bversus\sthe\s)(?<!\bagainst\sour\s)(?<!\bagainst\sthe\s)(?<!\bthan\sour\s)(?<!\bthan\sthe\s)budget(?:ed|ing)?  # not a result held against the plan: "sales were 118% of budget", "favorable compared to our budget"
        |(?:our|an?|the|my|some)\s+(?:very\s+)?(?:early|preliminary|initial|first)\s+(?:view|look|read|take|thoughts?)\b  # "our early view is revenue growth of 11% to 13%"
        |(?<=range\s)(?:that\s+)?we(?:['’]re|\s+are)\s+(?:planning|expecting|assuming|budgeting)\b  # "the 30-cent to 34-cent range we are planning": the outlook named after its figure
        |assum(?:e|es|ing|ption)|our\s+(?:current\s+|updated\s+|latest\s+)?estimates?\s+(?:includes?|assumes?|contemplates?|reflects?)|(?:capital|capex|spending|investment)\s+(?:plan|budget)\b(?!\s+period)|going\s+to\s+be|we(?:\s+will\s+|['’]ll\s+)(?!not\b|(?:now\s+|then\s+|also\s+)?(?:discuss|review|(?:begin|start)\s+(?:with|by|our|on|off|today)|turn|walk|talk|highlight|look\s+at|go\s+(?:over|through|into|to)|use\s+(?:our|the|this)\s+time|be\s+(?:discussing|covering|reviewing|reporting|hosting|publishing|talking))\b)\w+|(?:(?<=and\s)will|going\s+to)\s+(?!not\b|have\b)(?:also\s+)?(?:open|add|hire|launch|build|close|remodel|deliver|ship|complete|spend|invest|return|repurchase|buy\s+back|pay|retire|reduce|cut)\b|look\s+for|estimated?\s+(?:to(?!\s+have\s+been)|at)|reaffirm\w*|rais(?:e|ed|ing)\s+(?:our\s+)?(?:full[-\s]year\s+)?(?:guidance|outlook)
        |(?:(?:narrow|rais|lift|lower|tighten)(?:ed|ing|e)?|cut(?:s|ting)?)\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?(?:guidance|outlook|ranges?|forecast)
        |(?:rais|lower|increas|reduc|lift|updat|revis|adjust|narrow|trimm?)(?:ed|ing|e)?\s+our\s+(?:[\w-]+\s+){{0,2}}?estimates?\s+(?:for|of)\b  # "we raised our estimate for capital spending to ..."
        |(?:increas|reduc|lift|updat|revis|adjust|moderat|trimm?)(?:ed|ing|e)?\s+(?:our|the|its)\s+(?:(?!in\b|by\b|at\b|to\b|of\b|from\b)[\w'-]+\s+){{0,4}}?(?:guidance|guide|outlook|ranges?|forecast|projections?)\b(?!\s+(?:process|call|practice|policy|approach)\b)
        |(?:rais|increas|lift|narrow|updat|revis|lower|reduc|adjust|mov|tighten)(?:e|es|ed|ing)\s+(?:our\s+|the\s+|its\s+)?(?:[\w'-]+\s+){{0,10}}?to\s+(?:a\s+|the\s+)?(?:new\s+)?range\b  # "we are increasing our {FISCAL} 2026 EPS to a range of ...", "EPS was updated to a range"
        |(?:we\s+are|we're)\s+(?:now\s+|also\s+|again\s+)?(?:raising|increasing|lifting|lowering|reducing|narrowing|updating|revising|adjusting|moderating|tightening|trimming)\s+(?:our|the)\s+(?:(?:[\w'-]+\s+){{0,5}}?(?<!authorization\s)(?<!authorization\sby\s)(?<!authorisation\s)(?<!authorisation\sby\s)(?<!dividend\s)(?<!dividend\sby\s)(?:by\s+)?(?:(?:about|approximately|roughly|another)\s+)?(?:[$€£¥]?\d[\d.,]*\s*(?:%|percent|billion|million|bps|basis\s+points|points?)?\s+)?to\b|(?:full[-\s]year|annual|{FISCAL}|year)\b)  # "we're lifting our EBIT margin to 31%": the outlook revised now
        |(?:we\s+are|we're)\s+(?:now\s+|also\s+)?(?:raising|lifting|lowering|reducing|narrowing|trimming)\s+(?:[\w'-]+\s+){{1,4}}?(?<!authorization\s)(?<!authorization\sby\s)(?<!authorisation\s)(?<!authorisation\sby\s)(?<!dividend\s)(?<!dividend\sby\s)(?:by\s+)?(?:(?:about|approximately|roughly|another)\s+)?(?:[$€£¥]?\d[\d.,]*\s*(?:%|percent|billion|million|bps|basis\s+points|points?)?\s+)?to(?=\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|between\s+)?[$€£¥]?\d)  # "we are lowering same-store revenue growth to 2% to 3%": the measure revised, named bare
        |(?:number|item|line|measure)\s+(?:that\s+)?(?:we\s+are|we're)\s+(?:raising|lifting|lowering|cutting|trimming|taking\s+(?:down|up)|moving\s+(?:down|up))\s+is\b  # "the one number we are taking down is capex: ...": the measure revised, named after
        |\brange\s+(?:(?:for|of)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,5}}?)?(?:is|remains)(?=\s+(?:now\s+|still\s+)?(?:between|from|[$€£¥\d]))  # "the revenue range for the year is between ...": a range set for a period ahead
        |comfortable\s+with\s+(?:your|the\s+street(?:['’]s)?|analysts['’]?|(?:the\s+)?consensus)\s+(?:models?|estimates?|modell?ing)\b  # "we are comfortable with your models showing growth of 1% to 2%": the outlook
        |(?:could|would)\s+range\b|\bto\s+range\s+(?:between|from)\b|our\s+expectations?\s+for\s+(?:the\s+)?(?:full|{FISCAL}|next|coming|remainder|rest|balance|first|second|third|fourth|this|20\d\d)(?:\s+[\w'-]+){{0,3}}?\s+(?:is|are|includes?|calls?)\b|(?:narrow|rais|lower|tighten|reduc|increas)(?:ed|ing)\s+(?:our|the)\s+(?:[\w-]+\s+){{0,5}}?expectations?|(?:the|our|a)\s+(?:new|updated|revised|raised)\s+(?:[\w-]+\s+){{0,2}}?(?:range|guidance|outlook)|updat(?:ed|ing)\s+(?:our\s+)?(?:guidance|outlook)|lower(?:ed|ing)\s+(?:our\s+)?(?:guidance|outlook)|implies|implied|call(?:s)?\s+for|likely|on\s+track\s+(?:to|for)|heading\s+(?:for|toward|towards)\s+(?=(?:(?:about|around|roughly|approximately|some|close\s+to)\s+)?(?:[$€£¥\d]|(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|NOK|SEK|DKK|INR|CNY|RMB|HKD|ZAR|BRL|MXN|MNOK|MSEK|MEUR)\s))|would\s+be|anticipated\s+to
        |(?<!of\s)(?<!with\s)(?<!than\s)(?<!versus\s)(?<!above\s)(?<!below\s)(?<!beat\s)(?<!exceeded\s)our\s+(?:latest|current|updated|revised|new|improved|increased|raised|reduced|lowered)\s+(?:[\w-]+\s+){{0,2}}?expectations?\s+(?:for|is|are|remains?)
        |at\s+the\s+midpoint,\s+(?:(?:about|roughly|around|approximately|nearly|close\s+to)\s+)?(?:that|this|it|which|[$€£¥]?(?=\d))
        )\b
        """, re.X | re.I)),
)

# Each is tried only where one of its phrases can start, by their first seven characters (see guard.prefix_guarded): the
# outlook and target alternations were entered at nearly every word start; with four, "the " and "our " were still 44k of
# the 105k word starts the guidance cue's guard passed in 19k sentences, for 36 matches (eight characters makes
# `prefixes` explode on the \s+ and {0,n} repeats).
_OPEN_HEADS = {FactKind.PRIOR_GUIDANCE: (_SOME_TIME_AGO,)}
KIND_CUES = tuple((kind, prefix_guarded(rx, k=7, open_heads=_OPEN_HEADS.get(kind, ()))) for kind, rx in KIND_CUES)

_HELD_WORDS = (r"compared|versus|vs\b|against|above|below|within|inside|beyond|exceed\w*|beat\w*|ahead\s+of|better|worse|short\s+of|"
               r"shy\s+of|behind|(?:more|less)\s+than|(?:top|high|low|bottom|upper|lower)\s+end|midpoint|middle\s+of|in\s+line|"
               r"consistent\s+with|(?:meet(?:s|ing)?|met|match(?:es|ed|ing)?|miss(?:es|ed|ing)?)\b")
HELD_AGAINST = re.compile(rf"\b(?:{_HELD_WORDS})", re.I)
"""'$5 million was 10% above our prior forecast', '$0.25, meeting consensus': a figure held against an outlook or an
estimate is not that outlook or estimate; searched between the figure and the cue."""
HELD_AGAINST_BEFORE = re.compile(rf"\b(?:{_HELD_WORDS}|top\s+of|end\s+of)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){{0,3}}?"
                                 r"(?:about\s+|roughly\s+|approximately\s+)?$", re.I)
"""'above the top of our ... about': the comparison word right before a figure."""

# Words that look forward but describe the past: "better than expected", "as anticipated".
NOT_GUIDANCE = re.compile(
    r"\b(?:than\s+(?:we\s+|I\s+)?(?:had\s+)?(?:(?:initially|originally|previously)\s+)?(?:expected|anticipated|forecast(?:ed)?|guided|projected|planned|thought)|(?:above|below|within|inside|at|near)\s+(?:the\s+)?(?:top|high|low|bottom|upper|lower)\s+end\s+of\s+(?:our|the)\s+(?!(?:prior|previous|original|initial|earlier)\b)(?:[\w-]+\s+){0,2}?(?:range|guidance|outlook)|as\s+(?:we\s+|I\s+)?(?:had\s+)?(?:(?:initially|originally|previously)\s+)?(?:expected|anticipated|projected|guided|forecasted)|(?:in\s+line\s+with|consistent\s+with|ahead\s+of|close\s+to)\s+what\s+(?:we|I)\s+(?:had\s+)?(?:expected|anticipated|forecast|guided|planned|projected|thought)|(?:our|the)\s+expectations?(?!\s+(?:of|for)\s)|in\s+line\s+with\s+(?:our\s+|the\s+)?(?:(?:guidance|guide|outlook)(?!\s+of\s)|expectations?(?!\s+(?:of|for)\s))|ahead\s+of\s+(?:our\s+)?(?:guidance|outlook|expectations?(?!\s+(?:of|for)\s))|(?:ahead\s+of|above|below|short\s+of)\s+(?:our\s+|the\s+)?guide\b|exceeded\s+(?:our\s+)?(?:guidance|outlook|expectations?)|(?:will|we'll)\s+(?:give|provide|share|issue)\s+(?:\w+\s+){0,2}(?:guidance|outlook)|(?:won['’]t|will\s+not|don['’]t|do\s+not|can['’]t|cannot|not\s+going\s+to)\s+(?:forecast|predict)\b)\b",
    re.I,
)
PAST = re.compile(r"\b(?:made(?!\s+up\b)|reached|added|paid|bought|repurchased|spent|declared|completed|opened|hired|signed|launched|sold|shipped|booked|incurred|acquired|produced|drilled|placed|exited|surpassed|crossed|amounted|included|contributed|represented|accounted|was|were|grew|increased|decreased|declined|rose|fell|came\s+in|delivered|reported|achieved|ended|generated|totaled|totalled|improved|had|did|posted|recorded|saw|returned|closed|finished|averaged|has\s+run|have\s+run|ran)\b", re.I)

# "on an FX adjusted basis" leaves out a currency, which gives no basis (as "FX-adjusted" and "in constant currency" give none)
# "on a seasonally adjusted basis" evens out the calendar (and "inflation adjusted" the price level): no measure left out
BASIS_CUES = re.compile(
    r"""(?P<nongaap>\bnon[-\s]?GAAP\b|\bnon[-\s]?IFRS\b|\bnon[-\s]?gap\b)
      |(?P<gaap>(?<![-\w])(?:GAAP|IFRS|U\.S\.\s+GAAP|statutory|under\s+IAS\s+\d{1,3})\b
        |(?<![-\w])gap(?=\s+(?:and\s+non[-\s]?gap\b|gross|operating|net\s+income|EPS|earnings|diluted|tax|other\s+income|basis)))
      |(?P<adj>(?<![-\w])(?:before\s+(?:hyper)?inflation\s+accounting|(?<!FX\s)(?<!currency\s)(?<!exchange\s)(?<!seasonally\s)(?<!inflation\s)adjusted|pro[-\s]forma|normali[sz]ed|(?:excluding|before)\s+(?:special|one-time|non-?recurring|certain|unusual|notable|significant|discrete|highlighted|specified|exceptional)\s+items|ex-items|(?:excluding|before)\s+(?:about\s+|roughly\s+|approximately\s+)?[$€£]?\d[\d,.]*\s*(?:million|billion)?\s+(?:of\s+)?(?:special|one-time|non-?recurring|significant|exceptional|unusual|notable)\s+items|(?:excluding|before)\s+one-offs|excluding\s+(?:the\s+|those\s+|these\s+)?items|(?:excluding|ex)\s+(?:regulatory\s+)?credits|(?:excluding|before)\s+(?:(?:one-time|special|restructuring|certain|non-recurring|unusual|all)\s+)?charges|(?:excluding|ex)[-\s]fuel(?:\s+surcharges?)?|excluding\s+(?:that|those|this|these|the)\s+(?:[\w-]+\s+){0,2}?(?:charges?|items?|impairments?|write-?downs?|benefits?|credits?|gains?|accruals?|reserves?|settlements?|loss(?:es)?)(?=,)|(?:core|underlying)\s+(?:EPS|earnings|net\s+income|operating|income|profit|net|A?FFO|EBITDA|EBITA?|(?:gross\s+|pre-?tax\s+)?margins?|(?:effective\s+)?tax\s+rate|R&D|SG&A|G&A|expenses?|costs?|return\s+on|RO(?:T?C?E|IC)))\b)""",
    re.X | re.I,
)

REPORTED_BASIS = re.compile(
    r"(?:(?<=^)|(?<=^[\W])|(?<=\bthe\s)|(?<=\bour\s)|(?<=\bits\s)|(?<=,\s)|(?<=\band\s)|(?<=\bas\s)|(?<=\bso\s)|(?<=\bwhy\s)|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=\bbut\s))reported(?=\s+(?:diluted\s+|basic\s+)?"
    r"(?:operating\s+(?:profit|income|margin|loss)|net\s+(?:income|earnings|loss|profit)|EPS|earnings\s+per|gross\s+(?:profit|margin)|diluted\s+EPS"
    r"|EBIT(?:DA)?|N?PAT|PBT|profit\s+(?:after|before)\s+tax)\b)", re.I)
"""'Reported operating profit was $871 million', 'and reported diluted EPS was $0.94', 'while reported EPS was $0.71', 'so
reported EBIT was ...' after the
items between the two: GAAP in the words of companies that say 'adjusted' (or 'core', 'before exceptional items') for the
other one; 'we reported net income' is a verb. Read only where "eported" occurs (see basis.py)."""

CALL_BASIS = re.compile(
    r"""(?:\b(?:all|the|every|each|our)\s+(?:of\s+the\s+|of\s+our\s+)?(?:[\w-]+\s+){0,4}(?:figures?|numbers?|results|metrics?|comparisons?|measures?|amounts?|financials|references|margins),?\s+(?:[\w,'’-]+\s+){0,8}?(?:are|will\s+be|is|were|be)\s+(?:[\w-]+,?\s+){0,3}?(?:on\s+an?\s+)?(?P<a>non[-\s]?GAAP|adjusted)\b(?!\s+(?:for|to|by)\b))
       |(?:\b(?P<b>non[-\s]?GAAP|adjusted)\b[^.]{0,80}\bunless\s+(?:otherwise\s+)?(?:noted|stated|indicated|specified|mentioned|we\s+say))
       |(?:\b(?:unless\s+(?:otherwise\s+)?(?:noted|stated|indicated|specified|mentioned)|unless\s+we\s+(?:say|note|state|indicate)\s+otherwise|except\s+(?:where|as|when)\s+(?:we\s+|otherwise\s+)?(?:say|said|note|noted|stated|indicated)(?:\s+otherwise)?)\b(?:[^.]{0,120}?\b(?P<c>non[-\s]?GAAP|adjusted)\b|[^.]{0,120}?\b(?:are|is|be)\s+(?:on\s+an?\s+)?(?P<d>core|underlying)\b))""",
    re.X | re.I,
)

SAFE_HARBOUR = re.compile(
    r"forward[-\s]looking\s+statements?|safe\s+harbou?r|Private\s+Securities\s+Litigation|risk\s+factors|actual\s+results\s+(?:may|could)\s+differ|Form\s+10-?[KQ]|reconciliation|webcast|replay|passcode|conference\s+ID|investor\s+relations\s+website",
    re.I,
)


def basis_of(word: str) -> Basis:
    w = word.lower().replace(" ", "-")
    if w.startswith("non"):
        return Basis.NON_GAAP
    if (w in ("gaap", "ifrs", "statutory", "gap", "reported") or w.endswith(("gaap", "ifrs"))  # "Gap gross margins": speech-to-text spelling
            or w.startswith(("as-reported-under-", "reported-under-", "under-ias-"))):  # "as reported under IAS 29": the standard named by its number
        return Basis.GAAP
    return Basis.ADJUSTED


_MARGINS = {"gross_margin", "operating_margin", "ebitda_margin", "margin", "net_interest_margin"}
_NAMED_MARGIN = re.compile(r"\b(?:(?P<q>gross|operating|EBITDA|EBITA|EBIT|OI|net\s+interest|net)\s+(?:profit\s+|income\s+)?)?margins?\b", re.I)
_MARGIN_OF = {"gross": "gross_margin", "operating": "operating_margin", "ebit": "operating_margin", "oi": "operating_margin",
              "ebitda": "ebitda_margin", "ebita": "margin", "net interest": "net_interest_margin", "net": "margin"}
MARGIN_OF = _MARGIN_OF
"""'the EBITDA, EBITDA margin and EPS figures are adjusted': that margin (and a segment's, said as a bare margin), not the
gross margin; a bare 'margin figures' covers every margin."""


def _margin_scope(sentence: str) -> set[str]:
    scope: set[str] = set()
    for m in _NAMED_MARGIN.finditer(sentence):
        q = m.group("q")
        scope |= {_MARGIN_OF[" ".join(q.lower().split())], "margin"} if q else _MARGINS
    return scope


_SCOPES = (
    # "the per-share earnings figures are adjusted" names EPS only, not a segment's operating loss
    # ("net profit" names the bottom line alone, as "net income" does)
    (re.compile(r"(?<!per-share\s)(?<!per\sshare\s)(?<!\bnet\s)\b(?:earnings|profits?|income)\b(?!\s+per\b)", re.I),
     {"net_income", "eps", "operating_income", "ebit", "ebitda", "gross_profit"}),
    (re.compile(r"\b(?:EPS|per[-\s]share)\b", re.I), {"eps"}),
    (re.compile(r"\bEBITDA\w*", re.I), {"ebitda", "ebitda_margin"}),
    (re.compile(r"\bEBITA?\b"), {"ebit"}),
    (re.compile(r"\bNPAT\b|\bnet\s+profit\b", re.I), {"net_income"}),
    # "EBITDA and free cash flow are adjusted": the cash measure is named, so it is covered too
    (re.compile(r"\bfree\s+cash\s+flows?\b(?!\s+margin)|\bFCF\b(?!\s+margin)", re.I), {"free_cash_flow"}),
    (re.compile(r"\btax\s+rates?\b", re.I), {"tax_rate"}),
    (re.compile(r"\breturns?\s+on\s+(?:average\s+)?(?:tangible\s+)?(?:common\s+)?(?:shareholders['’]?\s+)?equity\b|\bRO(?:T?C?E)\b", re.I), {"roe"}),
    (re.compile(r"\b(?:expenses?|costs?|opex|spending)\b", re.I), {"operating_expenses", "research_and_development", "sales_and_marketing",
                                                                 "general_and_administrative"}),
)
_BEFORE_ITEMS = (r"(?:before|excluding)\s+(?:special|significant|exceptional|one[-\s]?(?:time|off)|non[-\s]?recurring|specified|notable|"
                 r"specific)\s+items")
"""'EBIT and NPAT figures are before significant items': the adjusted basis in the words of IFRS reporters."""
_SUBJECT_BASIS = re.compile(
    r"\b(?:are|is|will\s+be|were)\s+(?:(?:all|also|presented|discussed|given|stated|shown|expressed|today)\s+){0,2}(?:on\s+an?\s+|in\s+)?"
    # "pre-IFRS 16": before the lease standard, as the company runs the business (adjusted)
    rf"(?P<d>non[-\s]?GAAP|adjusted|core|underlying|{_BEFORE_ITEMS}|(?:pre|before|excluding)[-\s]IFRS\s?16|(?:reported\s+)?(?:(?:U\.?S\.?|[A-Z])[-\s])?(?:GAAP|IFRS)|(?:as\s+)?reported\s+under\s+(?:(?:IAS|IFRS)\s+\d{{1,3}}|(?:(?:U\.?S\.?|[A-Z])[-\s])?(?:GAAP|IFRS)))\b"
    r"(?!\s+(?:for|to|by)\b)(?!\s+(?:financial\s+)?(?:measures?|metrics?|figures?\s+(?:of|for)))", re.I)
""""Our cost figures are adjusted", "Margin and EPS figures are on an adjusted basis": what the subject names is covered;
so is "operating profit and margin are reported IFRS figures" (GAAP), and "... figures today are as reported under
K-IFRS", the reporting standard named ("reported" alone,
as in "on a reported basis", names none)."""
_SUBJECT_EXCLUDES = re.compile(
    r"\b(?P<d>(?:exclude|leave\s+out|strip\s+out|are\s+stated\s+before)\s+(?:the\s+|all\s+)?(?:special|significant|exceptional|one[-\s]?(?:time|off)|"
    r"non[-\s]?recurring|specified|notable|specific|unusual)\s+items"
    r"|are\s+operating\s+(?:figures|numbers|results|measures),?\s+(?:which|that)\s+(?:exclude|leave\s+out|strip\s+out))\b", re.I)
""""EBITDA and net profit figures on this call exclude non-recurring items", "the earnings and per-share figures we discuss
are operating figures, which exclude realized investment gains": the subject's figures without their one-offs (adjusted),
said with a verb where others say "are adjusted"."""
_SUBJECT_WORDS = re.compile(r"\b(?:figures?|numbers?|results|metrics|amounts|financials|margins?|earnings|EPS|costs?|expenses|opex|"
                            r"EBITDA\w*|profits?|income|comparisons|references)\b", re.I)
_HEAD_NOUN = re.compile(r"\b(?:figures|numbers|metrics|measures|amounts)\b", re.I)
"""The noun a statement's subject ends with: what comes after it ("we discuss exclude the one-off gain on the sale of ...")
is the verb's, and names no measure."""
_DIGIT = re.compile(r"\d")
_UNLESS = re.compile(r"\bunless\s+(?:we\s+(?:say|note|state)\s+)?otherwise(?:\s+(?:noted|stated|indicated))?,", re.I)
_SLIDE = re.compile(r"\b(?:slides?|pages?|appendix)\s+\d+\b", re.I)
"""'the reconciliations start on slide 19': a slide number states no figure."""
_THIS_CALL = re.compile(r"\b(?:on|in|during|for)\s+this\s+(?:call|presentation|webcast|morning|afternoon)\b|\bthis\s+(?:morning|afternoon)\b", re.I)
"""'the EBITDA figures on this call are adjusted': the call, not some figures."""
_STANDARD = re.compile(r"\b(?:IFRS|IAS|ASC)\s?\d{1,3}\b")
"""An accounting standard's number ('pre-IFRS 16', 'as reported under IAS 29'), which states no figure."""
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]?\d)")
"""A year, which states no figure: 'growth rates compare with the third quarter of 2025'."""
_SOME = re.compile(r"\b(?:some|certain|several|a\s+few)\s+(?:of\s+)?(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:figures?|numbers?|results|metrics|measures)\b", re.I)
_NOT_ALL = re.compile(r"\b(?:some|certain|several|few|which|that|these|this|may|might|can|one(?![-\s]?(?:off|time)\b)|our\s+non)\b", re.I)
_EVERYTHING = re.compile(r"\b(?:all|every|each)\s+(?:of\s+the\s+|of\s+our\s+)?(?:financial\s+)?(?:figures?|numbers?|results|metrics?|measures?|amounts?|financials|comparisons?)\b", re.I)


def _subject_statement(text: str) -> tuple[str, str] | None:
    """(basis word, subject) of a figure-free sentence whose subject names what is adjusted ("EBITDA and margin figures
    are adjusted")."""
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if ("adjusted" not in sentence and "GAAP" not in (up := sentence.upper()) and "IFRS" not in up and "IAS " not in sentence and " items" not in sentence
                and "core" not in sentence and "underlying" not in sentence and "xclude" not in sentence or _DIGIT.search(_YEAR.sub("", _SLIDE.sub("", _STANDARD.sub("", sentence))))):
            continue
        m = _SUBJECT_BASIS.search(sentence) or (_SUBJECT_EXCLUDES.search(sentence) if " items" in sentence or "xclude" in sentence else None)
        if m:
            head = sentence[:m.start()]
            lead = None
            for lead in _UNLESS.finditer(head):
                pass
            cut = lead.end() if lead else 0
            for join in _JOINED.finditer(head, cut):
                if _STATED.search(head, cut, join.start()):
                    # "All numbers are consolidated, and EBITDA and profit figures are before exceptional items": the
                    # subject of the statement before the join is not what the basis covers
                    cut = join.end()
            # "Unless we say otherwise, the gross margin, ... and EPS figures are non-GAAP": the whole subject after the lead
            subj = _THIS_CALL.sub("", head[cut:] if lead else " ".join(head[cut:].split()[-12:]))
            if lead and (noun := _HEAD_NOUN.search(subj)):
                subj = subj[:noun.end()]  # "..., the net profit and EPS figures we discuss exclude the one-off gain on ..., so they are adjusted"
            if _SUBJECT_WORDS.search(subj) and not _NOT_ALL.search(subj):
                return m.group("d"), subj
    return None


_WE_MEAN = re.compile(r"\b(?:when|where|whenever)\s+(?:we|I)\s+(?:say|mention|refer\s+to|talk\s+about|discuss|use|cite|speak\s+(?:of|about))\s+"
                      r"(?P<subj>[^.;]{1,80}?),?\s+(?:we\s+mean|we(?:['’]re|\s+are)\s+referring\s+to|(?:it|they)\s+(?:means?|refers?\s+to))\s+"
                      r"(?P<d>adjusted|non[-\s]?GAAP)\b", re.I)


_NAMED_AFTER = re.compile(r"[^.;]*?(?=\b(?:that|which|excluding|exclud\w+|for\s+(?:the|this|all)|as\s+well|except)\b|[.;]|$)", re.I)
_NO_LIST = re.compile(r"\s*(?:basis|financial|measures?|metrics?|figures?|numbers?|results|terms|,|$)", re.I)
""""we will be covering adjusted EBITDA, net income and EPS, all leaving out ...": the basis word stands before
the measures it covers, not before "basis" or "measures"."""
_EBITDA_SPELLED = re.compile(r"earnings\s+before\s+interest,?\s+(?:and\s+)?taxes,?\s+depreciation,?\s+and\s+amortization", re.I)
_EXCEPT = re.compile(r"\b(?:except|other\s+than|apart\s+from)\s+(?:for\s+)?(?!(?:where|as|when|otherwise|if|in|that)\b)(?P<x>[^.;]{3,160}?)"
                     r"(?=,?\s+(?:which|that|where|these|those|are|is)\b|[.;]|$)", re.I)
_ALL_BUT = re.compile(r"\b(?P<d>non[-\s]?GAAP|adjusted)\s+(?:financial\s+)?(?:measures?|metrics?|figures?|numbers?|results)\b[^.;]{0,60}?"
                      r"(?=\b(?:except|other\s+than|apart\s+from)\s)", re.I)
""""We will mostly cite non-GAAP measures today, other than sales and gross margin, which are GAAP": every P&L figure
but those the exception names."""
SEGMENTS_LEFT_OUT = "(segment results)"
"""A mark in a call-level scope: the statement leaves the segments' results to GAAP, so a sentence about a segment takes
no call-level basis."""
_SALES_WORDS = re.compile(r"\b(?:revenues?|sales|top[-\s]line)\b", re.I)
_SEGMENT_WORDS = re.compile(r"\bsegments?\b", re.I)


_NET_INCOME = re.compile(r"\bnet\s+(?:income|earnings)\b(?!\s+per\b)", re.I)
_OPERATING_PROFIT = re.compile(r"\boperating\s+(?:profit|income)\b(?!\s+(?:per|margin)\b)", re.I)


_COST_INCOME = re.compile(r"\bcost[-\s]to[-\s]income\b", re.I)


def _named_scope(sentence: str) -> set[str]:
    # "net income" names the bottom line alone, and "operating profit" the operating line, where "earnings" or "income"
    # covers every profit line
    sentence = _NET_INCOME.sub("NPAT", _EBITDA_SPELLED.sub("EBITDA", sentence))
    if "-to-" in sentence or " to " in sentence:
        sentence = _COST_INCOME.sub("", sentence)  # a bank's cost-to-income ratio names neither its costs nor its income
    scope = {"operating_income"} if "perating" in sentence and _OPERATING_PROFIT.search(sentence) else set()
    sentence = _OPERATING_PROFIT.sub("OPINC", sentence) if scope else sentence
    scope |= _margin_scope(sentence)
    for rx, metrics in _SCOPES:
        if rx.search(sentence):
            scope |= metrics
    return scope


def _left_out(sentence: str) -> set[str]:
    """What an "except for ..." or "other than ..." after a call-level statement leaves to GAAP."""
    out: set[str] = set()
    for m in _EXCEPT.finditer(sentence):
        x = m.group("x")
        out |= _named_scope(x)
        if "gross_margin" in out:
            out.add("gross_profit")
        if _SALES_WORDS.search(x):
            out |= {"revenue", "segment_revenue", "recurring_revenue"}
        if _SEGMENT_WORDS.search(x):
            out |= {"segment_revenue", "margin"}  # "the segments' results": the parts' sales and margins
    return out


_JOINED = re.compile(r";\s*(?:and\s+)?|,\s+(?:and|while|but|whereas)\s+", re.I)
_STATED = re.compile(r"\b(?:are|is|will\s+be|were|refers?|means?)\b", re.I)
"""Where one sentence joins two call-level statements ("..., and ... are adjusted"), the join before the basis word,
after a statement of its own (a verb before it: not the last comma of a list, "revenue, margins, and EPS are ...")."""


def call_level_statement(texts: list[str]) -> tuple[Basis, frozenset[str] | None] | None:
    """(basis, the metrics it covers or None for every P&L figure) from the call's basis statement."""
    for text in texts:
        # Every form names "non-GAAP" or "adjusted": skip the costly scan when neither occurs (ASCII only, where
        # str.lower() folds exactly as re.I does).
        if (text.isascii() and "gaap" not in (low := text.lower()) and "adjusted" not in low and " items" not in low and "ifrs" not in low
                and "underlying" not in low and " core" not in low and "ias " not in low and "xclude" not in low):
            continue
        m = CALL_BASIS.search(text)
        if m and _SOME.search(text, max(0, text.rfind(".", 0, m.start()) + 1), m.end()):
            m = None  # "Some of the figures are non-GAAP": not every figure
        whole = ""  # the statement's whole sentence, where an exception after it may leave measures out
        if m:
            basis = basis_of(m.group("a") or m.group("b") or m.group("c") or m.group("d"))
            start = max(0, text.rfind(".", 0, m.start()) + 1)
            sentence = text[start:m.end()]
            whole = text[start:(text.find(".", m.end()) + 1 or len(text))]
            word_at = next(m.start(g) for g in "abcd" if m.group(g))
            for join in _JOINED.finditer(text, start, word_at):
                if _STATED.search(text, start, join.start()):
                    # "All amounts are in euros unless we say otherwise, and EBITDA and EPS are adjusted": the statement
                    # before the join is another one (the currency), and its subject is not what the basis covers
                    sentence = text[join.end():m.end()]
            if m.group("a") and not _NO_LIST.match(text, m.end()) and (named := _NAMED_AFTER.match(text, m.end())) is not None:
                listed = _named_scope(named.group(0))
                if listed:  # "we will be covering adjusted EBITDA, net income and EPS": those, not every figure
                    return basis, frozenset(listed)
        elif (but := _ALL_BUT.search(text)) is not None:
            basis, sentence = basis_of(but.group("d")), ""
            start = max(0, text.rfind(".", 0, but.start()) + 1)
            whole = text[start:(text.find(".", but.end()) + 1 or len(text))]
        elif (mean := _WE_MEAN.search(text)) is not None:
            # "When we say EBITDA tonight, we mean adjusted EBITDA": what the words name on this call is adjusted
            basis, sentence = basis_of(mean.group("d")), mean.group("subj")
        else:
            found = _subject_statement(text)
            if found is None:
                continue
            basis, sentence = basis_of(found[0]), found[1]
        left = _left_out(whole) if whole else set()
        if _EVERYTHING.search(sentence):
            return basis, (PNL_METRICS - left) if left else None
        scope = _named_scope(sentence) if sentence else set()
        if left:
            return basis, frozenset((scope or PNL_METRICS) - left) | ({SEGMENTS_LEFT_OUT} if "margin" in left and "segment_revenue" in left and _SEGMENT_WORDS.search(whole) else set())
        return basis, frozenset(scope) if scope else None
    return None


# Words one of which each kind's cues contain: a cheap test before the regular expression.
_HINTS = {
    FactKind.PRIOR_GUIDANCE: ("previous", "prior", "original", "earlier", "initial", "former", "had ", "guid", "outlook", "range", "forecast", "midpoint", "middle of", "top end", "high end", "low end", "bottom end", "upper end", "lower end",
                              "indicated", "provided", "gave", "communicated", "outlined", "projected", "shared", "promised", "target", "framed", "set out", "flagged", "signal",
                              "discussed", "we set", "laid out", "talked about", " estimate", "expectation", "ber plan", "ary plan", "march plan", "april plan",
                              "may plan", "june plan", "july plan", "august plan", "we spoke", "we talked", "we met", "we last", "start of th", "beginning of th", "arted the", "egan the", "ntered the",
                              "we expected", "we anticipated", "we assumed", "we said", "we were thinking", "we were planning", "we were expecting", "we were budgeting", "we were forecasting",
                              "we were projecting", "we were anticipating", "we were assuming", "we were originally", "we were initially",
                              "we were previously", "had been", "last call", "last time", "prior call", "previous call", "we were looking", "were guiding", "into the year", "into this year",
                              "start of the year", "beginning of the year", "pencil", "modeled", "modelled", "pointed to", "we launched", "we announced", "we started", "we began", "we introduced", "we unveiled", "we set up"),
    FactKind.ESTIMATE: ("consensus", "street", "by my", "sell", "have you", "had you", "was at", "i'm at", "model", "analyst", "estimate", "you guys", "i think", "i believe",
                        "i assume", "i calculate", "i get", "i am", "i'm", "my number", "my forecast", "i had", "my "),
    FactKind.TARGET: ("long", "target", "goal", "objective", "like", "at full", "policy", "rule of", "rule is", "aspir", "ambition", "by ", "aim", "-year", "over the next", "year", "medium", "mid", "investor day", "analyst day", "markets day", "peak",
                      "ceiling", "floor", "we like", "manag", "keep", "hold", "maintain", "stay", "remain", "operate", "in mind", "return", "pay", "distribut", "run the",
                      "the plan", "new plan", "capital plan", " to 20", "- 20", "–20", "-20",
                      "model", "through", "over time", "algorithm", "framework", "life of", "course of the", "path to", "spread ",
                      "its life", "their life", "total prog", "total proj", "overall prog", "overall proj", "until", "whole prog", "entire prog", "full prog", "whole plan", "entire plan", "full plan",
                      "gic plan", "range plan", "year plan", "tion plan", "ables plan", "sion plan", "between 20", "plan period", "new plan", "current plan",
                      "whole proj", "entire proj", "full proj", "whole init", "entire init", "full init", "across the next",
                      "sustain", "steady", "consistent "),
    FactKind.GUIDANCE: ("expect", "anticipat", "guid", "outlook", "forecast", "project", "see", "should", "will", "'ll ", "’ll ", "to be", "plan",
                        "early", "preliminar", "initial", "first",
                        "intend", "budget", "assum", "going to", "look for", "estimat", "reaffirm", "rais", "narrow", "updat",
                        "lower", "impli", "call", "likely", "on track", "heading", "would", "targeted", "new range", "new guid", "new outlook",
                        "revised", "raised", "at the midpoint,", "model", "increas", "reduc", "lift", "adjust", "moderat", "trim", "revis", "range",
                        "taking down", "taking up", "moving down", "moving up", "cutting", "'d put"),
}


def _fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    """The hints without those that hold another hint of their kind: when the longer one occurs, so does the shorter."""
    return tuple(w for w in words if not any(v != w and v in w for v in words))


_HINTS = {kind: _fewest(words) for kind, words in _HINTS.items()}

# Fragments that many of a kind's hints share ("we " of "we said", "we set", "we were guiding"): where the fragment is
# absent, none of the hints holding it can be present, so a sentence with no hint (most sentences, for three of the four
# kinds) is refused in about a third fewer substring tests. Only the order of the tests changes, never the answer.
_HINT_GATES = {
    FactKind.PRIOR_GUIDANCE: ("we ", " end", "int", "ed", "la"),
    FactKind.ESTIMATE: ("i ", "you", "my"),
    FactKind.TARGET: ("plan", " pro", "ul", "20", "ife", "he nex"),
    FactKind.GUIDANCE: ("im", "get", "ll "),
}


def _hint_groups(words: tuple[str, ...], gates: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(gate, hints) pairs: the hints that hold no gate first, under the empty gate, then each gate with the hints that
    hold it (each hint under the first gate it holds)."""
    under = {g: [w for w in words if g in w and not any(h in w for h in gates[:i])] for i, g in enumerate(gates)}
    free = tuple(w for w in words if not any(g in w for g in gates))
    return (("", free),) + tuple((g, tuple(under[g])) for g in gates if under[g])


_HINT_GROUPS = {kind: _hint_groups(words, _HINT_GATES.get(kind, ())) for kind, words in _HINTS.items()}


def _hinted(low: str, groups) -> bool:
    """Does the lower-cased sentence hold one of a kind's hints?"""
    for gate, words in groups:
        if gate in low:
            for w in words:
                if w in low:
                    return True
    return False


def asks_outlook(text: str) -> bool:
    """Does the text hold a guidance cue ("how should we think about", "your guide", "expect") that is not a
    look-alike for the past ("than expected")? Cheaper than `kind_cues` for a question's whole text."""
    low = lowered(text)
    if low is None or _KIND_CUES_LOW is None:
        rx, read = KIND_CUES[-1][1], text
    else:  # the lower-cased copy, read by the case-sensitive copy of the pattern: the same spans (guard.folded)
        rx, read = _KIND_CUES_LOW[-1][1], low
    for m in rx.finditer(read):
        if not NOT_GUIDANCE.search(text, max(0, m.start() - 30), min(len(text), m.end() + 30)):
            return True
    return False


def kind_cues(sentence: str) -> list[tuple[int, FactKind]]:
    """(position, kind) of every kind cue in the sentence, past-tense look-alikes removed."""
    low = lowered(sentence)
    if low is None or _KIND_CUES_LOW is None:
        low, text, not_guidance, kind_rx = sentence.lower(), sentence, NOT_GUIDANCE, KIND_CUES
    else:  # the lower-cased copy, read by case-sensitive patterns: the same spans, much faster (guard.folded)
        text, not_guidance, kind_rx = low, _NOT_GUIDANCE_LOW, _KIND_CUES_LOW
    masked = text
    # each alternative of NOT_GUIDANCE holds one of these words: "finished above the high end of the range" needs " end of"
    for m in (not_guidance.finditer(text) if ("than" in low or "as " in low or "expectation" in low or "in line" in low or "ahead" in low
                                                 or "exceed" in low or " guide" in low or "give" in low or "provide" in low
                                                 or " end of" in low or "share" in low or "issue" in low or "what " in low
                                                 or ("n't " in low or "n’t " in low or "not " in low) and ("forecast" in low or "predict" in low)) else ()):
        masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    out = []
    taken: set[int] = set()  # positions inside an earlier kind's cue: one lookup, where a scan of the spans grew with them
    for kind, rx in kind_rx:
        if not _hinted(low, _HINT_GROUPS[kind]):  # substring tests beat an alternation of literals
            continue
        for m in rx.finditer(masked):
            start, end = m.span()
            if start in taken:
                continue
            taken.update(range(start, end))
            out.append((start, kind))
    out.sort()
    return out


# Searched across whole sentences: a first-character test first (see guard.py).
NOT_GUIDANCE, PAST, BASIS_CUES, CALL_BASIS, SAFE_HARBOUR, _EVERYTHING = (
    guarded(rx) for rx in (NOT_GUIDANCE, PAST, BASIS_CUES, CALL_BASIS, SAFE_HARBOUR, _EVERYTHING))

_NOT_GUIDANCE_LOW = folded(NOT_GUIDANCE)
_KIND_CUES_LOW = tuple((kind, folded(rx)) for kind, rx in KIND_CUES)
if _NOT_GUIDANCE_LOW is None or any(rx is None for _, rx in _KIND_CUES_LOW):
    _KIND_CUES_LOW = None  # a pattern lower-casing would change: read the sentence as it is
else:
    _NOT_GUIDANCE_LOW = gated(_NOT_GUIDANCE_LOW)
# Seldom matched, and searched in every sentence or around every figure: first a test for the words each match holds.
NOT_GUIDANCE, BASIS_CUES, CALL_BASIS = (gated(rx) for rx in (NOT_GUIDANCE, BASIS_CUES, CALL_BASIS))


# The currency a call reports in, where it says so once for every figure: "All amounts are in Canadian dollars
# unless we say otherwise", "figures are in euros unless otherwise stated", "we report in Australian dollars".
_CURRENCY_NAMES = statement_names()


def _names(tag: str) -> str:
    return "|".join(f"(?P<{tag}{i}>{rx})" for i, (rx, _) in enumerate(_CURRENCY_NAMES))


CALL_CURRENCY = re.compile(
    rf"""\b(?:amounts?|figures?|numbers?|results|financials|(?:financial\s+)?statements|everything|comparisons)\b[^.;:\d]{{0,80}}?
         \b(?:are|is|were|will\s+be|be|reported|expressed|stated|presented|denominated|quoted|given|discussed)\s+
         (?:(?:all|also|both|today|throughout|here|stated|expressed|reported|presented|denominated|quoted|given)\s+)*(?:in\s+)?(?:(?:the\s+)?local\s+currency,?\s+)?
         (?:{_names("a")})(?![\w$])
       |\bwe\s+(?:report|present|state|express)\s+(?:(?:our\s+)?(?:results|figures|numbers|financials|everything)\s+)?in\s+(?:{_names("b")})(?![\w$])""",
    re.X | re.I,
)
CALL_CURRENCY = gated(CALL_CURRENCY)


_CURRENCY_WORDS = statement_cues()
# Some 500 cues (every currency's word, country and code): one scan of their trie finds whether any occurs, where a
# substring test for each read the whole paragraph 500 times
_CURRENCY_CUE = re.compile(trie(_CURRENCY_WORDS, space=" "))
_SENTENCE_END = re.compile(r"[.;!?](\s+)")


def _sentences(text: str) -> list[str]:
    """The text split after each sentence's closing mark (".", ";", "!" or "?") and the spaces after it, as a split on
    a lookbehind of those marks would: a pattern that opens on the mark is found by a fast scan, where the lookbehind
    was tried at every position of the opening's paragraphs."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append(text[start:m.start(1)])
        start = m.end()
    out.append(text[start:])
    return out


def call_level_currency(texts: list[str]) -> str | None:
    """The ISO code of a figure-free statement early in the call that names the currency of every figure ("All
    amounts are in Canadian dollars unless we say otherwise"); None when there is none. A figure's own "US$", "C$"
    or "in U.S. dollars" still wins over it."""
    for text in texts:
        # the statement's own words first ("amounts", "report", ...): nine opening paragraphs in ten name some
        # currency's cue, one in seven holds one of those words, and a sentence holds none its paragraph lacks
        if not may_hold(CALL_CURRENCY, text):
            continue
        low = text.lower()
        if _CURRENCY_CUE.search(low) is None:
            continue
        for sentence in _sentences(text):
            if _DIGIT.search(_YEAR.sub("", sentence)):
                continue  # a figure's sentence: "in U.S. dollars" there is about that figure (a year is no figure)
            m = CALL_CURRENCY.search(sentence)
            if m:
                return next(code for i, (_, code) in enumerate(_CURRENCY_NAMES) if m.group(f"a{i}") or m.group(f"b{i}"))
    return None
