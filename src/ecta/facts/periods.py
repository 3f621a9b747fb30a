"""Period words in a sentence, and their resolution against the call's own fiscal period.

A cue is kept raw (quarter/half/year/relation) until the figure's kind is known: "the first quarter"
in a Q4 call is next year's Q1 when guided, last year's... never; a past quarter without a year in a
Q1 call ("the fourth quarter") is last year's.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from dataclasses import dataclass
from functools import lru_cache

from ..model import Period
from .guard import folded, lookahead, lowered, prefixes
from ..months import MONTH_ALT
from ..fiscal_words import FISCAL

_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4,
        "one": 1, "two": 2, "three": 3, "four": 4}  # "in quarter one, 2020": the quarter named by its number after it
_YEAR = rf"(?:(?:{FISCAL}|FY|F|calendar|CY)(?:\s*|-(?=year\b))(?:year[-\s]+)?'?(?P<{{n}}>\d{{{{4}}}}|\d{{{{2}}}})(?!\d)|(?<!:)(?P<{{n}}b>(?:19[89]|20[0-4])\d)(?!\d|[,.]\d|[A-Za-z]{{{{2}}}}|\s?(?:%|percent|million|billion)))"

CUES = re.compile(
    rf"""
    (?P<q>\bQ(?P<qn>[1-4])(?:\s*(?:FY|F|{FISCAL}(?:\s+year)?|of(?:\s+(?:the\s+)?{FISCAL}(?:\s+year)?)?(?=\s+['’]\d\d\b|\s+(?:19|20)\d\d\b))?\s*['’]?(?P<qy>\d{{4}}|\d{{2}})(?![\d%]|[,.]\d)|,\s*(?P<qy3>(?:19|20)\d\d)(?![\d%]|[,.]\d)
         |(?P<qlast2>\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+(?:{FISCAL}\s+)?year|\s+(?:a|one)\s+year\s+(?:ago|earlier)))?\b
      |\b(?:last|prior)\s+year(?:['’]s)?\s+Q(?P<qn3>[1-4])\b
      |\b(?P<qn2>[1-4])Q\s*(?:of\s+(?=['’]\d\d\b))?['’]?(?P<qy2>\d{{4}}|\d{{2}})?\b
      |\b(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th|(?<=the\s)final|(?<=our\s)final)[-\s]+(?:{FISCAL}\s+|calendar\s+)?quarter
         (?:\s+(?:of\s+)?(?:(?:the\s+)?(?:{FISCAL}|calendar)\s+(?:year\s+)?|FY\s*)?'?(?P<qoy>\d{{4}}|\d{{2}}(?!\d|%|[,.]\d|\s+(?:basis|bps|points?|percent|per\s+cent|million|billion|thousand|times|cents?)\b))|,\s*(?P<qoy2>(?:19|20)\d\d)(?![\d%]|[,.]\d)|\s+(?:in|for)\s+(?:{FISCAL}\s+(?:year\s+)?|FY\s*)?(?P<qoy3>(?:19|20)\d\d)(?![\d%]|[,.]\d)
            |(?P<qlast>\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+(?:{FISCAL}\s+)?year|\s+(?:a|one)\s+year\s+(?:ago|earlier)\b)|(?P<qthis>\s+of\s+this\s+(?:{FISCAL}\s+)?year\b)|(?P<qnext>\s+of\s+(?:the\s+)?(?:next|following|coming)\s+(?:{FISCAL}\s+)?year\b)|(?P<qposs>['’]s(?=\s)))?
      |\b(?:last|prior)\s+year(?:['’]s)?\s+(?P<qo2>first|second|third|fourth)\s+quarter
      |\bthis\s+(?:{FISCAL}\s+)?year['’]s\s+(?P<qo3>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:{FISCAL}\s+)?quarter\b
      |\b(?:(?:{FISCAL}|FY)\s*'?(?P<qby>\d{{4}}|\d{{2}})|(?P<qby2>(?:19|20)\d\d))\s+(?P<qbo>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:{FISCAL}\s+)?quarter\b
      |\bquarter(?<!\bthe\squarter)(?<!\bthis\squarter)(?<!\ba\squarter)(?<!\bper\squarter)(?<!\beach\squarter)\s+(?P<qw>one|two|three|four)\b(?:,?\s+(?:of\s+)?(?P<qwy>(?:19|20)\d\d)(?![\d%]|[,.]\d)|(?P<qwlast>\s+(?:of\s+)?last\s+year\b))?
         (?=\s*[,.;:)]|\s*$|\s+(?:and|results|this\s+year|of\s+this\s+year)\b))
    |(?P<h>\b(?:this\s+(?:{FISCAL}\s+)?year['’]s\s+|(?P<hlast2>(?:last|(?:the\s+)?prior|(?:the\s+)?previous)\s+(?:{FISCAL}\s+)?year['’]s\s+))?(?P<ho>first|second|1st|2nd|back|front)[-\s]+half(?:\s+of\s+(?:the\s+)?(?:(?:{FISCAL}|calendar)\s+(?:year\s+)?|FY\s*)?'?(?P<hy>\d{{4}}|\d{{2}}(?!\d|%|[,.]\d))
         |(?P<hlast>\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+(?:{FISCAL}\s+)?year)|(?P<hnext>\s+of\s+(?:the\s+)?(?:next|following|coming)\s+(?:{FISCAL}\s+)?year\b)|\s+of\s+the\s+(?:{FISCAL}\s+)?year\b)?
      |\bH(?P<hn>[12])(?!0)\s*(?:FY\s*|{FISCAL}\s*)?'?(?P<hy2>\d{{4}}|\d{{2}})?\b
      |\b(?P<hq>first\s+and\s+second|third\s+and\s+fourth)\s+(?:{FISCAL}\s+)?quarters\b(?![^.;]*\brespectively\b)
         (?:\s+of\s+(?:the\s+)?(?:{FISCAL}\s+(?:year\s+)?|FY\s*)?'?(?P<hy3>\d{{4}}|\d{{2}}(?!\d|%|[,.]\d))|\s+of\s+(?:this|the)\s+(?:{FISCAL}\s+)?year\b)?)
    |(?P<ytd>\b(?:(?:(?:the|this)\s+)?(?:{FISCAL}\s+)?year[-\s]to[-\s]date|YTD|(?:so|thus)\s+far\s+this\s+(?:{FISCAL}\s+)?year|(?<=to\sdate\s)this\s+(?:{FISCAL}\s+)?year|(?:(?:for|in|over)\s+(?:the|this)|this)\s+(?:{FISCAL}\s+)?year\s+(?:so|thus)\s+far|(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:{FISCAL}\s+)?year|than\s+at\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:{FISCAL}\s+)?year|first\s+(?:nine|six|three|9|6|3)\s+months|first\s+(?:[2-5]\d|twenty-four|thirty-six|forty)\s+weeks(?!\s+(?:of|in)\s+(?:the\s+)?(?:next|coming|following|new)\b)|first\s+(?:two|three|2|3)\s+(?:{FISCAL}\s+)?quarters|(?P<ytdlast2>(?:last|(?:the\s+)?prior)\s+year['’]s\s+)first\s+(?:nine|six|two|three|9|6|2|3)\s+(?:months|(?:{FISCAL}\s+)?quarters)|through\s+(?:nine|six|three|9|6|3)\s+months|through\s+(?:two|three|2|3)\s+(?:{FISCAL}\s+)?quarters\b(?!\s+of\s+(?:the\s+)?(?:next|coming|following))|(?<![\w,]\s)(?<![\w,])(?:nine|six|9|6)\s+months\s+of(?=\s+(?:about\s+|roughly\s+|around\s+)?[$€£]?\d)|(?=nine|six|9|6)(?:(?<=the\s)|(?<=the\ssame\s))(?:nine|six|9|6)\s+months(?!\s+(?:ahead|to\s+come|before|after|since|from|of\s+(?:the\s+)?(?:{FISCAL}\s+)?(?:next|last|prior|previous)))|(?:(?<=for\s)|(?<=over\s))(?:nine|six|9|6)\s+months(?=\s*,|\s+(?:was|were|is|are|came|stood|totall?ed|reached|amounted)\b)|(?:(?<=\Afor\s)|(?<=\Aover\s)|(?<=[,;:]\sfor\s)|(?<=[,;:]\sover\s)|(?<=\band\sfor\s))(?:nine|six|9|6)\s+months(?!\s+(?:now|straight|running|in\s+a\s+row|ahead|to\s+come|before|after|since|from|of|or|and)\b)|(?:(?<=\d\sfor\s)|(?<=%\sfor\s)|(?<=illion\sfor\s)|(?<=illion\sover\s))(?:nine|six|9|6)\s+months(?=\s*[.;,]|\s*$|\s+and\b)|(?:nine|six|9|6)[-\s]months?\s+(?:period|ended|to\s+date|year[-\s]to[-\s]date)
         |(?:nine|six|9|6)[-\s]month(?=\s+(?:(?:year[-\s]over[-\s]year|adjusted|effective|underlying|GAAP|non-GAAP|reported|total|net|operating|organic|gross|free|core|interest|consolidated|group|segment|comparable|same[-\s]store|like[-\s]for[-\s]like|pre[-\s]?tax|diluted|basic)\s+){{0,2}}
            (?:revenues?|sales|results|earnings|EPS|EBITDA|EBIT|income|profits?|margins?|tax\s+rate|capex|capital\s+expenditures?|production|output|(?:combined|compensation|expense|loss|efficiency|operating)\s+ratio|cash\s+flow|growth|bookings|orders|volumes?|comps?|(?:total|figure|number|amount)(?=\s+(?:of|is|was|came|stood|stands|to)\b))\b))\b
         (?:\s+(?:of\s+|in\s+)?(?:(?:{FISCAL}\s+(?:year\s+)?)?(?P<yty>\d{{4}})|(?:{FISCAL}\s+(?:year\s+)?|FY\s*)'?(?P<yty2>\d{{2}})(?!\d|%|[,.]\d))|\s+of\s+(?:the|this)\s+(?:{FISCAL}\s+)?year\b|(?P<ytdlast>\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+(?:{FISCAL}\s+)?year\b))?)
    |(?P<span>\bover\s+the\s+(?:past|last|prior)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|few|couple(?:\s+of)?)\s+|\d{{1,2}}\s+)?(?:years|decades?)\b
       |\b(?:over\s+)?a\s+(?:maximum\s+)?period\s+of\s+(?:up\s+to\s+)?(?:\d{{1,2}}|two|three|four|five)\s+(?:years|months)\b
       |\b(?:within|over|in)\s+the\s+(?:next|coming|following)\s+(?:\d{{1,2}}|twelve|eighteen|six|nine)\s+months\b
       |\bwithin\s+(?:\d|two|three|four|five)\s+years\b|\b(?:the\s+)?trailing\s+(?:twelve|12)\s+months\b
       |\b(?:over|for|during|in)\s+the\s+(?:past|last|prior|preceding|trailing)\s+(?:four|4)\s+quarters\b
       |\b(?:the\s+)?(?:twelve|12)\s+months\s+(?:ended|ending)\b
       |\b(?:over|in|during|for)\s+the\s+(?:past|last|prior|preceding)\s+(?:twelve|12)\s+months\b
       |\bbeyond\s+(?:{FISCAL}\s+(?:year\s+)?)?(?:19|20)\d\d\b)
    |(?P<trail>\bover\s+the\s+(?:past|last|prior|trailing)\s+(?:year|twelve\s+months|12\s+months)\b(?!['’]s)|\bover\s+the\s+year\b(?=\s*[.,;]|\s*$))
    |(?P<qe>\bin\s+the\s+(?P<qeo>first|second|third|fourth)\b(?=\s*[.,;]|\s+(?:and|but|as|with|too|as\s+well)\b)(?!(?<=first)\s+and\s+second\s+(?:{FISCAL}\s+)?quarters\b(?![^.;]*\brespectively\b))(?!(?<=third)\s+and\s+fourth\s+(?:{FISCAL}\s+)?quarters\b(?![^.;]*\brespectively\b)))
    |(?P<qtd>\bquarter[-\s]to[-\s]date\b|\bmonth[-\s]to[-\s]date\b|\bso\s+far\s+this\s+month\b|\bso\s+far\s+(?:this|in\s+the)\s+quarter\b|\bas\s+of\s+(?:(?:last|this\s+past)\s+(?:monday|tuesday|wednesday|thursday|friday|week)|yesterday|this\s+week|today(?!['’]s|,\s+(?:{MONTH_ALT})))\b|\Ayesterday\s*,|\bsince\s+the\s+end\s+of\s+(?:march|june|september|december)\b
        |(?<=the\s)(?:first\s+(?:ten|eleven|twelve|1[0-2])|(?:first\s+)?(?:two|three|four|five|six|seven|eight|nine|[2-9]))\s+(?:trading\s+)?weeks(?:\s+of\s+(?:this|the\s+current)\s+(?:{FISCAL}\s+)?quarter)?\b
           (?!\s+(?:of|in|into|after|since|following|from|before|at\s+the)\b)(?=(?:[^.;?]|\.(?=\d)){{0,90}}?\b(?:are|is|has\s+been|have\s+been|so\s+far|to\s+date)\b)
        |\b(?:since|after|subsequent\s+to)\s+(?:the\s+)?(?:end\s+of\s+the\s+quarter|quarter[-\s]end|(?:the\s+)?close\s+of\s+the\s+quarter|quarter\s+(?:ended|closed)
        |(?:end|close)\s+of\s+(?:the\s+|our\s+)?(?P<qtdo>first|second|third|fourth)\s+(?:{FISCAL}\s+)?quarter(?!\s+(?:of\s+)?(?:last|{FISCAL}|20\d\d)))\b)
    |(?P<rest_y>\b(?:rest|remainder|balance)\s+of\s+(?:(?:the\s+|this\s+)(?:{FISCAL}\s+)?year\b|(?:{FISCAL}\s+(?:year\s+)?)?(?P<ryy>(?:19|20)\d\d)\b(?!\s*(?:%|[,.]\d))))
    |(?P<fyn>\bfull[-\s]year\s+(?:of\s+)?(?:{FISCAL}\s+)?(?P<fyy>(?:19[89]|20[0-4])\d|'\d\d)\b)
    |(?P<ye>\b(?:(?:{FISCAL}|calendar)\s+)?year[-\s]end\b(?!\s*(?:[-–,]\s*)?(?:of\s+)?(?:'\d\d|(?:19|20)\d\d|{FISCAL}|FY)|\s+(?:dividend|results|report|close|closing|audit|bonus|review|call)))
    |(?P<this_q>\b(?:this|the|current|in\s+the|recent|latest|reported)\s+quarter\b
       |(?:(?<=\bhad\s)|(?<=\bwas\s)|(?<=\bdelivered\s)|(?<=\bposted\s)|(?<=\benjoyed\s))(?:another|an?)\s+(?:(?:very|really|particularly|exceptionally|truly|extremely|solid|strong|good|record)\s+)?(?:strong|stronger|good|better|solid|record|great|excellent|outstanding|terrific|healthy|robust|busy|big|steady|steadier|soft|softer|weak|weaker|tough|tougher|difficult|challenging|quiet|quieter|mixed|disappointing|slow|slower|noisy|messy|transitional|productive|eventful|clean|remarkable|exceptional|fantastic|phenomenal|record-breaking|record-setting)\s+quarter\b(?![-\s]+(?:of|in|ended|ending|over|on|to)\b|\s+(?:a\s+year|last\s+year))|\b(?:the\s+)?current[-\s](?:{FISCAL}[-\s])?year(?:['’]s)?\s+quarter\b|\bquarterly(?=\s+(?:cash\s+)?dividend))
    |(?P<this_h>\b(?:this|the|current|in\s+the)\s+half(?!\s+of)\b|\bhalf[-\s]year\b|\binterim\s+(?:period|dividend)\b)
    |(?P<prev_q>\b(?:last|prior|previous|preceding|linked|trailing)[-\s]quarter\b|\b(?:three|3)\s+months\s+(?:ago|earlier)\b|\bsequential(?:ly)?\b|\bquarter[-\s]over[-\s]quarter\b|\bQoQ\b)
    |(?P<next_q>\b(?:next|coming|following|upcoming|current)\s+quarter\b)
    |(?P<sameq>\b(?:same|comparable|corresponding)\s+(?P<sqw>quarter|period|stretch|span|(?:nine|six)\s+months)\s+(?:of|in)\s+(?:{FISCAL}\s+)?(?P<sqy>(?:19|20)\d\d)\b)
    |(?P<year_ago>\b(?:a\s+year\s+(?:ago|earlier|before(?=\s*[,.;:)]|\s*$|\s+(?:and|but|while|whereas|when)\b))|(?<=\bone\s)year\s+(?:ago|earlier)|(?:twelve|12)\s+months\s+(?:ago|earlier)|year[-\s]ago|prior[-\s]year(?!\s+(?:reserves?|development|accident|claims?|loss(?:es)?|charges?|items?|adjustments?|catastrophe|favorable|adverse))|last\s+year|previous\s+year|year[-\s]over[-\s]year|YoY|same\s+(?:period|quarter)\s+(?:of\s+)?(?:last|prior|the\s+prior|the\s+previous)\s+year)\b)
    |(?P<next_y>\b(?:next|coming|following|upcoming)\s+(?:{FISCAL}\s+)?year\b)
    |(?P<next_n_years>\b(?:(?:over|in|within)\s+the\s+next|(?:spread|phased|split)\s+over)\s+(?P<nn>two|three|four|five|2|3|4|5)\s+years\b)
    |(?P<n_years_ago>\b(?P<na>two|three|four|five|2|3|4|5)\s+years\s+ago\b)
    |(?P<this_y>\b(?:(?:this|the|current|full|whole|entire|calendar)[-\s]+(?:{FISCAL}\s+)?year|full[-\s]year|(?<!(?:19|20)\d\d\s){FISCAL}\s+year|annual(?:ly)?|for\s+the\s+year|(?:year[-\s]end|final)\s+dividend)\b(?!\s+(?:'\d\d|(?:19|20)\d\d)\b|[-\s]+(?:ago|earlier)\b|[-\s]+to[-\s]+date\b|[-\s]+(?:over|on)[-\s]+year\b|[-\s]end\b))
    |(?P<y>\b{_YEAR.format(n="yy")}|(?<=\s['’])(?P<yyc>[1-3]\d)(?![\w%]|[,.]\d))
    |(?P<month>\b(?:(?P<thru>through|until(?=\s+the\s+end\s+of\s+(?:{MONTH_ALT})\b)|to(?=\s+(?:{MONTH_ALT})\b)|from(?=\s+(?:{MONTH_ALT})\s+[1-3]?\d(?:st|nd|rd|th)?\s+(?:through|to|until)\b)|as\s+of(?=\s+(?:{MONTH_ALT})\s+[1-3]?\d(?:st|nd|rd|th)?\b))|in|during|for|since|over(?=\s+the\s+first\s)|(?:at|as\s+of)(?=\s+the\s+(?:end|beginning|start)\s+of\s+(?:{MONTH_ALT})\b|\s+[1-3]?\d\s+(?:{MONTH_ALT})\b)|(?<=\bwe\s)(?:ended|exited|finished|closed)(?=\s+(?:{MONTH_ALT})\s+(?:with|at)\b))\s+(?:the\s+month\s+of\s+|the\s+(?:end|middle)\s+of\s+|(?P<dfirst>(?<=\bat\s)[1-3]?\d\s+|(?<=\bof\s)[1-3]?\d\s+)|(?P<part>(?:early|mid|late)[-\s]+|the\s+(?:beginning|start)\s+of\s+|the\s+(?:(?:first|second|third|fourth|last|final)\s+)?(?:(?:two|three|four|five|six|few|couple\s+of|\d{{1,2}})\s+)?(?:(?:trading|business|selling|working|operating)\s+)?(?:weeks?|days)\s+(?:of|in)\s+)?)?(?P<mon>{MONTH_ALT})\b
       (?(thru)(?P<thruday>\s+[1-3]?\d(?:st|nd|rd|th)?\b(?!\s*\d|[,.]\d))?)(?!\s*\d|,?\s+(?:of\s+)?(?:last\s+year|the\s+prior\s+year|a\s+year\s+ago|next\s+year)))
    |(?P<month2>\b(?P<mon2>{MONTH_ALT})
       (?=\s+(?:sales|orders|revenues?|RevPAR|traffic|comps|comparable|volumes?|shipments|bookings|deliveries|closings|production
                |depletions|enrollments|starts?(?!\s+(?:of|to|date|in|for|up)\b)|(?:point[-\s]of[-\s]sale|POS|sell[-\s]through|scanner)(?:\s+data)?|data)\b
          |\s+(?:so\s+far\s+|to\s+date\s+)?(?:is|has\s+been|was)\s+(?:running|tracking|trending|pacing)\b
          |\s+[a-z][a-z-]*\s+(?:so\s+far\s+)?(?:is|has\s+been)\s+(?:running|tracking|trending|pacing)\b
          |\s+(?:is|has\s+been)\s+(?:better|stronger|weaker|softer|slower|faster)\b(?=[^.;]*\bso\s+far\b)|\s+(?:to\s+date|month[-\s]to[-\s]date)\s*,))
    |(?P<month3>\b(?P<mon3>{MONTH_ALT})
       (?=\s+(?:(?!(?:quarter|year|of|and|to|the|through|last|this|next|we|our|end|when)\b)[a-z][a-z-]*\s+){{0,2}}(?!(?:quarter|year|of|and|we|end)\b)[a-z][a-z-]*s
           \s+(?:are|were|have\s+been)\s+(?:running|growing|tracking|trending|pacing|up|down|higher|lower|ahead|behind|flat)\b
          |\s+(?:was|has\s+been|is)\s+(?:(?:very|quite|really|also)\s+)?(?:an?\s+(?:(?:very|really)\s+)?[a-z]+\s+)?[a-z]+\s*:(?=[^.;]*\d)
          |\s+(?:has\s+)?(?:started|began|begun|opened)\s+(?:(?:off\s+)?(?:very|quite|really|also)\s+)?[a-z]+\s*:(?=[^.;]*\d)
          |\s+(?:alone\s+)?(?:(?!(?:quarter|year|of|and|to|the|through|last|this|next|we|our|end|when|in|on|for)\b)[a-z][a-z-]*\s+){{0,3}}
           (?:was|were|grew|rose|fell|declined|increased|decreased|averaged|improved|dropped|came\s+in|brought\s+in)\b(?=[^.;]*\d)))
    """,
    re.X | re.I,
)


BARE_ORDINAL = re.compile(r"\bin\s+the\s+(?:first|second|third|fourth)\b(?=\s*[.,;]|\s+(?:and|but|as|with|too|as\s+well)\b)", re.I)
"""A quarter said by its ordinal alone ("... and 4.6% in the second."), read as one where a quarter was named."""


@dataclass
class Cue:
    start: int
    end: int
    quarter: int | None = None
    half: int | None = None
    ytd: bool = False
    year: int | None = None
    rel: str | None = None
    """this_q, prev_q, next_q, year_ago, next_y, this_y, month (see `month`), qtd (the quarter after the call's, to
    date), or None for an explicit period."""
    month: int | None = None
    """1-12 for a month named as a period ("in October"): its quarter depends on when the call's quarter ends."""
    part: bool = False
    """The month came as a part of it ("in early June", "the last week of June"): a quarter the sentence names dates the
    figure instead ("second-quarter utilization bottomed at 72.6% in early June")."""
    day: bool = False
    """The month came with a day ("through October 13"): a span to date only in the quarter under way."""
    close: bool = False
    """The month's close ("at the end of December", "as of March 31", "at 30 June"): a balance held then."""
    span: int = 0
    """The months of a span said from one month to another ("January to September": 9), 0 for none: to date only where
    it runs from the fiscal year's start to the call's quarter end."""
    next_year: bool = False
    """A quarter or half "of next year": the year after the call's, whatever the quarter the call reports (the back
    half of next year in a third-quarter call is not this year's)."""

    @property
    def explicit(self) -> bool:
        return self.rel is None


_SUBJECT_WINDOW = re.compile(r",?\s+(?:was|were|is|are|stood|totaled|totalled|came\s+in|ended)\b(?!\s+(?:expected|likely|set|going|due|projected)\b)", re.I)
"""A window ahead said inside the subject of a level held now ("current RPO, the part we expect to recognize over the next
12 months, was $1.28 billion"): it names what is measured, not the figure's span."""
_WINDOW_DEED = re.compile(r"\b(?:recogni[sz]e[ds]?|play|plays|take\s+place|occur|convert|ship|deliver|be\s+(?:recognized|recognised|billed|delivered))\s+$", re.I)
"""(A window ahead said of a deed of what is measured, "the part we expect to recognize over the next 12 months", "for
shows that play in the next 12 months"; not "the premium over the next twelve months is ...", a flow over that window.)"""
_THREE_MONTHS = re.compile(r"\b(?:first|through)\s+(?:three|3)\s+months\b", re.I)
_MONTH_NUMBER = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def month_cue(c: Cue, fy: int | None, q: int | None, quarter_end: int | None, call_month: int | None,
              named: frozenset[int] = frozenset(), call_day: int | None = None, half: int | None = None,
              call_year: int | None = None) -> Cue | None:
    """A month named as a period, as the quarter that holds it: the call's quarter when the month lies in it, the
    quarter after it to date ("In October, orders were up 8%" in a call about a quarter ending in September), the
    quarter before. `quarter_end` is the last month of the call's quarter when the call says it ("the quarter ended
    September 30"); else only the month the call is held in is known to lie after the quarter. None: no such period."""
    if c.rel != "month" or c.month is None:
        return c
    if c.year is not None and c.close:
        # "at the end of March 2026": the close of the fiscal year that ends then when the month closes one (a balance
        # held at last year-end), else the year as said
        m = month_cue(Cue(c.start, c.end, rel="month", month=c.month, close=c.close), fy, q, quarter_end, call_month,
                      named, call_day, half, call_year)
        if m is not None and m.year == c.year and not (m.quarter or m.half or m.rel):
            return m
        if call_year and call_month and quarter_end and c.month == quarter_end and fy and (q in (1, 2, 3) or not q and half == 1):
            # the close of the call's own quarter or half, in the year it ended or the one before ("£3.19 billion at the end
            # of December 2025" in a February 2027 call on the half ended December 2026): that period, or a year back
            back = (call_year if quarter_end <= call_month else call_year - 1) - c.year
            if back in (0, 1):
                return Cue(c.start, c.end, quarter=q, year=fy - back) if q else Cue(c.start, c.end, half=1, year=fy - back)
        return Cue(c.start, c.end, year=c.year)
    if fy and not q and half == 1 and not (c.ytd or c.span) and (quarter_end or call_month):
        # a first half's fiscal year began after the month six before the half's end: a balance "at the end of March"
        # in a call about a half ended in September is last fiscal year's closing one
        end = quarter_end or ((call_month - 1) // 3 * 3 or 12)
        return Cue(c.start, c.end, year=fy - 1) if c.month == (end - 7) % 12 + 1 else None
    if not fy or not q:
        return None
    if quarter_end:
        offset = (c.month - quarter_end) % 12
        if offset in (1, 2, 3) and call_month and offset > (call_month - quarter_end) % 12:
            return None  # "in late March" said in a February call about a quarter ended December: no month to come
    elif call_month:
        # the quarter ended in one of the three months before the call: the call's month is after it, earlier ones in it
        ago = (call_month - c.month) % 12
        if (3 * q + 2 - call_month) % 12 == 0 and (c.month - 2 - 1) % 12 + 1 not in named:
            # a calendar quarter that ended two months before the call ("For January, orders were up 15%" in a February
            # call about the fourth quarter): the month before the call is the next quarter's too, unless the sentence
            # names it with the two before it, as a quarter's months ("comps of 9% in April, 6.5% in May and 4.8% in June")
            offset = 1 if ago <= 1 else 0 if ago <= 4 else None
        elif call_day is not None and call_day <= 15 and (c.month - 2 - 1) % 12 + 1 not in named:
            # a call held early in its month ("Beer depletions in January were down 2.5%" on February 4): no quarter
            # reported then ended the month before, which is the next quarter's too
            offset = 1 if ago <= 1 else 0 if ago <= 4 else None
        else:
            offset = 1 if ago == 0 else 0 if ago <= 3 else None
        if offset is None and 4 <= ago <= 6 and (call_month - 3 * q) % 12 in (1, 2):
            # a quarter numbered as the calendar's, a month or two before the call ("$3.9 billion in June" in an October
            # call about the third quarter): a month of the three before it is the last quarter's
            offset = 9
    else:
        return None
    if c.close and offset in (7, 8, 9) and q == 1:
        return Cue(c.start, c.end, year=fy - 1)  # "down from 2.4 times at December's end" in a first-quarter call: last year-end
    if c.close and quarter_end and offset == 6 and q == 2:
        return Cue(c.start, c.end, year=fy - 1)  # "from 3.9% at the end of March" in a call on a quarter ended September
    if c.day and offset not in (1, 2, 3):
        return None  # "earnings through June 30 were $1.87": a date inside or before the quarter, no period of its own
    if offset == 0 and c.ytd:
        if c.span and c.span != 3 * q:
            return None  # "April to September" in a third-quarter call: not from the year's start, no period of ours
        return Cue(c.start, c.end, ytd=True, year=c.year or fy)  # "Through September" in a call about a quarter ending then
    if offset in (0, 10, 11):
        return Cue(c.start, c.end, quarter=q, year=fy)
    if offset in (1, 2, 3):
        return Cue(c.start, c.end, rel="qtd")
    if offset in (7, 8, 9):
        return Cue(c.start, c.end, quarter=q - 1 or 4, year=fy if q > 1 else fy - 1)
    return None


_MONTH_QUARTER = re.compile(rf"\b(?:the\s+|this\s+|our\s+)?(?P<mon>{MONTH_ALT})[-\s]+quarter\b(?!\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+year)(?!['’]s\s+call)", re.I)
"""'the December quarter': a quarter named by the month it ends in, as companies with fiscal years off the calendar say."""


def last_quarter_of(q: int | None, h: int | None) -> int | None:
    """The call's quarter, or the last quarter of the half a half-year call reports: its "September quarter" is dated
    against that quarter as a quarterly call's is against its own."""
    return q or (2 * h if h else None)


def month_quarters(s: str, fy: int | None, q: int | None, quarter_end: int | None, call_month: int | None) -> list[Cue]:
    """The quarters of `s` named by the month they end in, dated against the call's quarter (fiscal year `fy`, quarter
    `q`, ending in month `quarter_end`, else the latest calendar quarter's last month before the call's month): "the
    December quarter" in a call about a quarter ending in September is the next one, "the June quarter" the one before."""
    end = quarter_end or ((call_month - 1) // 3 * 3 or 12 if call_month else None)
    if not fy or not q or not end or "uarter" not in s:
        return []
    call = label(fy, q)
    # a month no quarter of this calendar ends in names none; two quarters away, ahead or back (a partner's lagged
    # figure), is left undated
    by_distance = {0: call, 1: next_period(fy, q), 3: previous_of(call, True)}
    out = []
    for m in _MONTH_QUARTER.finditer(s):
        ahead, rest = divmod((_MONTH_NUMBER[m["mon"].lower()[:3]] - end) % 12, 3)
        if not rest and (p := by_distance.get(ahead)) is not None:
            out.append(Cue(m.start("mon"), m.end(), quarter=p.quarter, year=p.fiscal_year))
    return out


def _year(text: str | None) -> int | None:
    if not text:
        return None
    n = int(text)
    return n + 2000 if n < 100 else n


_WORD_START = re.compile(r"\b" + lookahead(prefixes(CUES.pattern, 6, CUES.flags)) + r"[QqHh1-4FfSsTtBbYyNnCcIiRrLlPpAaWwEeUuOoJjMmDd]", re.I)
"""First characters of every cue, and the first six a cue can start with: the pattern is tried only where
one starts (much cheaper than a scan, and most words are ruled out before any Python runs)."""


_PREFIXES = frozenset(
    "q1 q2 q3 q4 1q 2q 3q 4q 1s 2n 3r 4t fi se th fo ba fr h1 h2 ha ye yt ni si cu in re la pr li tr qu ne co up a  sa yo fu "
    "wh en an ov wi tw be fy ca cy cl 19 20 f1 f2 f3 f4 f5 f6 f7 f8 f9 de lo du so si ja fe ma ap ju au oc no af su mo as ex at to un sp ph".split()
) | {"a "} | {str(n) for n in range(10, 40)}
"""Two-letter starts of every cue: most words are ruled out without running the pattern."""

_CUES_LOW, _WORD_START_LOW = folded(CUES), folded(_WORD_START)
if _WORD_START_LOW is None:
    _CUES_LOW = None  # a pattern lower-casing would change: read the sentence as it is


def _matches(sentence: str):
    resume = 0
    low = lowered(sentence)
    if low is None or _CUES_LOW is None:
        word_start, cues, read = _WORD_START, CUES, sentence
    else:  # the lower-cased copy, read by case-sensitive patterns: the same spans, much faster (guard.folded)
        word_start, cues, read = _WORD_START_LOW, _CUES_LOW, low
    for w in word_start.finditer(read):
        pos = w.start()
        if pos < resume or read[pos:pos + 2].lower() not in _PREFIXES:
            continue
        if (read[pos:pos + 3].lower() == "at " and read[pos + 3:pos + 15].lower() not in ("the end of j", "the end of f", "the end of m",
                                                                                      "the end of a", "the end of s", "the end of o",
                                                                                      "the end of n", "the end of d")
                and not read[pos + 3:pos + 20].lower().startswith(("the beginning of ", "the start of "))
                and not (read[pos + 3:pos + 4].isdigit() and read[pos + 5:pos + 7].strip()[:1].isalpha())):
            continue  # ("at" opens a cue only as "at the end of June", "at the beginning of July" or "at 30 June")
        if read[pos:pos + 3].lower() == "to " and read[pos + 3:pos + 6].lower() not in _MONTH_NUMBER:
            continue  # ("to" opens a cue only as "January to September")
        if read[pos:pos + 2].lower() == "un" and read[pos:pos + 17].lower() != "until the end of ":
            continue  # ("until" opens a cue only as "until the end of September")
        m = cues.match(read, pos)
        if m:
            resume = m.end()
            yield m


_TIMES_BEFORE = re.compile(r"\b(?:times|x)\s+$", re.I)
_SPAN_TO_DATE = re.compile(r"\b(?:nine|six|9|6)\s+months\b|\byear[-\s]to[-\s]date\b|\bso\s+far\s+this\s+year\b|\bYTD\b", re.I)
"""A sentence on the months to date: "the same period of 2025" in it is that year's span to date."""
_MULTIPLE_OF = re.compile(r"\d\s*(?:times|x)\s+(?:our\s+|its\s+|the\s+)?$", re.I)
"""A multiple of a yearly base ("2.0 times annual revenue"): the base is a rate a year, the ratio a level of today."""
_RUN_OF_YEARS = re.compile(r"(?:consecutive|straight|\d+(?:st|nd|rd|th)|\b(?:first|second|third))\s+$", re.I)
"""A count of years ("our 15th consecutive annual increase"), or one year of a thing's life ("in 2027, its first full
year", "the second full year of the contract"): no period of the call."""
_COHORT = re.compile(r"\s+(?:[a-z-]+\s+)?(?:builds?|vintages?|cohorts?|class(?:es)?|acquisitions|openings|launches)\b", re.I)
"""A year naming a group by when it began ("the 2024 builds are at 19% penetration", "our 2023 acquisitions added $4
million"): what is measured, not the figure's period; without a determiner ("guidance for 2027 acquisitions") it dates."""
_DEED_OF_THEN = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:divestitures?|acquisitions?|disposals?|closures?|exits?|restructuring|actions?)\s+"
                           r"(?:(?:have|has|had)\s+)?(?:reduced|added|contributed|lowered|cut|hurt|weighed|increased|lifted|boosted|took)\b", re.I)
"""'prior year divestitures reduced sales by 3%', 'last year's plant closures cut revenue by 2%': a deed done then, whose
effect is the figure of the period reported."""
_ACTIONS_TAKEN_IN = re.compile(r"\b(?:actions?|steps|measures|initiatives)\s+(?:we\s+)?(?:have\s+|had\s+)?taken\s+(?:in|during)\s+(?:fiscal\s+|calendar\s+)?$", re.I)
_COHORT_DETERMINER = re.compile(r"\b(?:the|our|those|these|its|their)\s+$", re.I)
_DEED_ANNOUNCED = re.compile(r"\b(?:announc|report|declar|approv|authori[sz]|issu|post|releas|fil|publish|reaffirm|rais|increas|"
                             r"priced|clos|complet|sign|enter|agree|sent|hosted|held)\w*", re.I)
"""A release, a board's act or a deal done "yesterday": the day dates the deed, not the figures it made public."""
_LAST_TWELVE = re.compile(r"(?:over|in|during|for)\s+the\s+(?:past|last|prior|preceding)\s+(?:twelve|12)\s+months", re.I)
_CLAUSE_START = re.compile(r"(?:\A|,|\b(?:and|but|so))\W*$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|\Z|,\s+(?:and|but|while|which|as|so)\b|,\s+(?:an?\s+)?(?:about\s+|roughly\s+|some\s+)?[$€£]?\d)", re.I)
"""(and "was 14.1% over the last twelve months, 40 basis points better than a year earlier": the windowed level's move follows)"""
_COMMA_NEXT = re.compile(r"\s*(?:,|(?:ended|ending|through)\b|(?:it|they|that|this)\s+(?:was|were|stood|came|ran|averaged)\b)", re.I)
"""(and "over the last twelve months it was $412": the window leads a clause whose subject is said again)"""
_BEYOND_LEAD = re.compile(r"(?:\A|,|;|\b(?:and|but|so))\W*(?:(?:looking|look|going|as\s+we\s+look)\s+(?:out\s+)?(?:(?:just\s+)?a\s+bit\s+)?)?$", re.I)
_FIGURE_JUST_BEFORE = re.compile(r"(?:\d|%|\b(?:million|billion|thousand|points|bps))\s*(?:(?:of\s+)?(?!(?:driven|due|by|from|because|after|through)\b)[a-z-]+\s+){0,3}$", re.I)
"""'Over the last 12 months, we repurchased ...' (a clause's lead) and '$1.7 billion over the last 12 months', 'reduced by
5% over the last 12 months' (right after the figure) are the figure's rolling window."""
_A_YEAR_OF = re.compile(r"\s+of\s+(?!(?:19|20)\d\d\b)(?!(?:about\s+|roughly\s+|around\s+)?[$€£]?\d)", re.I)
"""("a full year of 46% to 47%" names the year's figure: the year's period)"""
_MEASURE_JUST_BEFORE = re.compile(r"\b(?:return|returns|ROCE|ROIC|ROE|ROA|yield|turnover|conversion|rate|ratio|margin|growth)\b(?:\s+on\s+(?:average\s+)?(?:capital|equity|assets|invested\s+capital)(?:\s+employed)?)?\s+$"
                                  r"|\bper\s+(?:customer|account|member|subscriber|user|employee|connection|household|unit)\s+$", re.I)
"""A ratio measured over a rolling window, named right before the window ("return on capital employed over the last
twelve months was 21%"); not a deed's object ("the stores we opened over the last twelve months")."""


_last_cues: tuple[str, list[Cue]] = ("", [])
"""The last text read and its cues: several rules of a sentence ask for them again in a row (an outlook's test, then
the sentence's own reading)."""
_SEEN_CUES: dict[str, list[Cue]] = {}
"""Cues of the call's texts read so far: a sentence is read again after others (the call's reporting grain reads the
prepared remarks before the facts are read), and the cues are the text's alone. Emptied for each call
(`forget_cues`) and when full, so it stays small."""
_SEEN_MAX = 4096


def forget_cues() -> None:
    """A new call: the cues kept are the last call's."""
    global _last_cues
    _SEEN_CUES.clear()
    _last_cues = ("", [])


def find_cues(sentence: str) -> list[Cue]:
    global _last_cues
    text, cues = _last_cues
    if text == sentence:
        return list(cues)  # each caller's list its own; no rule changes a Cue once made
    cues = _SEEN_CUES.get(sentence)
    if cues is None:
        cues = _find_cues(sentence)
        if len(_SEEN_CUES) >= _SEEN_MAX:
            _SEEN_CUES.clear()
        _SEEN_CUES[sentence] = cues
    _last_cues = (sentence, cues)
    return list(cues)


_SPAN_YEAR = re.compile(r"\s+(?:of\s+)?((?:19|20)\d\d)\b")
_MONTH_BEFORE = re.compile(rf"\b(?P<mon>{MONTH_ALT})\s+$", re.I)
_FIRST_TIME = re.compile(rf"(?:\s+(?:this|of\s+the|of\s+this)\s+(?:{FISCAL}\s+)?year)?\s+in\s+which\b", re.I)
"""'the first quarter (this year) in which': the first time something happened, not the year's first quarter."""


def _find_cues(sentence: str) -> list[Cue]:
    out = []
    skip_to = 0
    for m in _matches(sentence):
        if m.start() < skip_to:
            continue
        # the match's own groups, read one by one (`groupdict` builds all 66 of them); `lastgroup` names the one top-level
        # alternative that matched, since each is a whole named group and the pattern ends with them
        g, top = m, m.lastgroup
        c = Cue(m.start(), m.end())
        if top == "q":
            if g["qo"] and g["qo"][0] in "fF" and "which" in sentence and (ft := _FIRST_TIME.match(sentence, m.end())):
                skip_to = ft.end()  # "the first quarter this year in which volume was positive": the first time, not Q1 or the year
                continue
            c.quarter = int(g["qn"] or g["qn2"] or g["qn3"] or 0) or _ORD[(g["qo"] or g["qo2"] or g["qbo"] or g["qo3"] or g["qw"]).lower()]
            c.year = _year(g["qy"] or g["qy2"] or g["qy3"] or g["qoy"] or g["qoy2"] or g["qoy3"] or g["qby"] or g["qby2"] or g["qwy"])
            if g["qlast"] or g["qlast2"] or g["qo2"] or g["qn3"] or g["qwlast"]:  # ("Q2 of last year", "last year's Q2" as "the second quarter of last year")
                c.rel = "q_last_year"
            elif g["qposs"] and c.year is None:
                c.rel = "q_poss"  # "the second quarter's 59.8%": a quarter's own figure, recalled
            elif g["qthis"] or g["qo3"]:
                c.rel = "q_this_year"  # "versus the first quarter of this year": the call's own year, whatever the tense
            c.next_year = bool(g["qnext"])
        elif top == "h":
            ho = (g["ho"] or "").lower()
            # "the third and fourth quarters" (no "respectively" after them) are the half they make up
            c.half = int(g["hn"]) if g["hn"] else (1 if ho in ("first", "1st", "front") or (g["hq"] or "")[:1].lower() == "f" else 2)
            c.year = _year(g["hy"] or g["hy2"] or g["hy3"])
            if g["hlast"] or g["hlast2"]:  # ("last year's first half" as "the first half of last year")
                c.rel = "h_last_year"
            c.next_year = bool(g["hnext"])
        elif top == "ytd":
            c.ytd = True
            c.year = _year(g["yty"] or g["yty2"])
            if _THREE_MONTHS.search(g["ytd"]) and not g["ytdlast"]:
                c.ytd, c.quarter = False, 1  # "the first three months of 2026": the first quarter, not a span to date
            if g["ytdlast"] or g["ytdlast2"]:
                c.rel = "ytd_last_year"  # "the first nine months of last year", "last year's first three quarters": a comparison base
        elif top == "span":
            if _TIMES_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
                continue  # "net debt was 1.4 times trailing 12 months EBITDA": the window of the base, not of the ratio
            if _SUBJECT_WINDOW.match(sentence, m.end()) and _WINDOW_DEED.search(sentence, max(0, m.start() - 30), m.start()) and re.match(r"\s*(?:in|over|within)\s+the\s+(?:next|coming|following)\b", m.group(0), re.I):
                continue  # "deferred revenue for shows that play in the next 12 months was $860 million": the window names the measure
            if m.group(0)[:2].lower() == "be" and not (_BEYOND_LEAD.search(sentence, 0, m.start())
                                                       or _FIGURE_JUST_BEFORE.search(sentence, max(0, m.start() - 40), m.start())):
                continue  # "assumes the rule is deferred beyond 2027": the time of an event, not the figure's
            if _LAST_TWELVE.match(m.group(0)) and not (
                    _CLAUSE_START.search(sentence, 0, m.start()) and _COMMA_NEXT.match(sentence, m.end())
                    or _FIGURE_JUST_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) and _CLAUSE_END.match(sentence, m.end())
                    # "return on capital employed over the last twelve months was 21%": right after the measure, before its verb
                    or _SUBJECT_WINDOW.match(sentence, m.end()) and _MEASURE_JUST_BEFORE.search(sentence, max(0, m.start() - 40), m.start())):
                # "growth of 6.5%, driven by acquisitions over the past 12 months": the window of a cause, not the figure's;
                # "we added 21,000 customers over the past twelve months, growth of 1.4%": a count's yearly step, said
                # again as its growth against a year ago, is the quarter's
                continue
            c.rel = "span"  # "close to $8 billion over the last five years": a span of years dates no figure
        elif top == "trail":
            if "trailing" in m.group(0).lower():
                c.rel = "span"  # "$2.08 billion over the trailing twelve months": a rolling window, no fiscal period
            elif "past" in m.group(0).lower() or "last" in m.group(0).lower() or "prior" in m.group(0).lower() \
                    or "twelve" in m.group(0).lower() or "12" in m.group(0) or _PAST_MOVE.search(sentence, max(0, m.start() - 70), m.start()):
                continue  # "came down by about 1,100 over the (past) year": a trailing span, no fiscal period
            else:
                c.rel = "this_y"
        elif top == "qe":
            if "quarter" not in sentence.lower() and ("half" in sentence.lower() or len(BARE_ORDINAL.findall(sentence)) < 2):
                continue  # ("4.6% in the second, after 3.1% in the first": two of them are quarters, named once each)
            c.quarter = _ORD[g["qeo"].lower()]  # "... in the third quarter, and we expect roughly $0.02 in the fourth."
        elif top == "qtd":
            if m.group(0)[:1] in "Yy" and _DEED_ANNOUNCED.search(sentence):
                continue  # "Yesterday, we reported earnings of $1.12": the day of a release, not of the figure
            c.rel = "qtd"  # "Since quarter end, we have bought back ...": the quarter under way, to date
            if g["qtdo"]:
                c.quarter = _ORD[g["qtdo"].lower()]  # "Subsequent to the close of the third quarter": the quarter after that one
        elif top == "rest_y":
            c.rel = "rest_y"
            if g["ryy"]:
                c.year = int(g["ryy"])  # "for the rest of 2026": the quarters left of that year
        elif top == "sameq":
            # "on the same quarter of 2025": the call's quarter, in that year; "the same stretch of 2025" after a nine-month
            # figure: that span of that year (a base of a change, read only as such)
            c.rel, c.year = ("same_q" if g["sqw"].lower() == "quarter" else "same_span"), int(g["sqy"])
            c.ytd = c.rel == "same_span" and (g["sqw"].lower() != "period" or _SPAN_TO_DATE.search(sentence) is not None)
        elif top == "fyn":
            c.year = _year(g["fyy"].lstrip("'"))  # "in full year 2020", "full year '21": that year, not the call's
        elif top == "month":
            c.rel, c.month, c.day = "month", _MONTH_NUMBER[g["mon"].lower()[:3]], bool(g["thruday"] or g["dfirst"])
            # "at the end of December", "as of December 31", "at 30 June": a balance at the month's close
            c.close = bool(g["dfirst"]) or "nd of" in m.group(0) or bool(g["thruday"]) and m.group(0)[:2].lower() == "as"
            c.ytd = (g["thru"] or "").lower() in ("through", "until")  # ("from January 6th through the 22nd": a span of days, not to date)
            if (g["thru"] or "").lower() == "to":
                # "January to September brought $18 billion": a span of months, to date when longer than one quarter
                # ("April to June" is the quarter); "moved the launch to September" names no period
                first = _MONTH_BEFORE.search(sentence, 0, c.start)
                if first is None:
                    continue
                c.span = (c.month - _MONTH_NUMBER[first["mon"].lower()[:3]]) % 12 + 1
                c.ytd = c.span > 3
                if (yr := _SPAN_YEAR.match(sentence, c.end)) is not None:
                    c.year, skip_to = int(yr.group(1)), yr.end()  # "January to September of 2025": that year's span
            # ("the share count as of October 23 was 41 million": a day after the quarter is the quarter under way, to
            # date, as "as of last Friday" is; a day inside or at the end of the quarter names no period of its own)
            c.part = bool(g["part"]) and not g["part"].lower().startswith("the first ")
        elif top == "month2":
            c.rel, c.month = "month", _MONTH_NUMBER[g["mon2"].lower()[:3]]
        elif top == "month3":
            # "October room nights are growing at 6%", "October was strong: ...", "October gross bookings grew about 19%",
            # "October alone brought in ...": the month as the subject's modifier or the
            # subject itself, named (capitalised) so as not to read the verb "may" (checked here: a scoped flag in the
            # pattern would blind the first-letter guard before it)
            if not sentence[m.start("mon3"):m.start("mon3") + 1].isupper():  # (the match may be read on a lower-cased copy)
                continue
            c.rel, c.month = "month", _MONTH_NUMBER[g["mon3"].lower()[:3]]
        elif top == "ye":
            before = _YEAR_END_BEFORE.search(sentence, max(0, m.start() - 24), m.start())
            if before is None and _AFTER_YEAR_END.search(sentence, max(0, m.start() - 24), m.start()):
                # "Since year-end, we have bought back 2 million shares": after a fourth quarter, as after the end of that
                # quarter, the quarter under way (read only in a fourth-quarter call, see dating.period_cues)
                c.rel, c.quarter = "qtd", 4
            elif before is None:
                if m.group(0)[:1].lower() not in "fc":
                    continue  # "year-end leverage": a noun's modifier, no period of the figure
                c.rel = "this_y"  # "the fiscal year-end balance": the year, as "fiscal year" always read
            else:
                c.rel = "year_end_by" if (before.group(1) or "").lower() in _AHEAD_PREPOSITIONS else "year_end"
        elif top == "y":
            c.year = _year(g["yy"] or g["yyb"] or g["yyc"])
            if g["yyc"]:
                c.start -= 1  # "our '27 outlook", "in '26": the year with its apostrophe, as the scan finds no word start there
            if c.year is None or not 1980 <= c.year <= 2049:
                continue
            if _COHORT.match(sentence, m.end()) and _COHORT_DETERMINER.search(sentence, max(0, m.start() - 8), m.start()):
                continue
            if "taken" in sentence[max(0, m.start() - 40):m.start()] and _ACTIONS_TAKEN_IN.search(sentence, max(0, m.start() - 60), m.start()):
                continue  # "savings from actions taken in 2025 of about $40 million": when the deed was done, not the figure's year
        else:
            c.rel = top  # this_q, this_h, prev_q, next_q, year_ago, next_y, next_n_years, n_years_ago or this_y
            if c.rel == "year_ago" and _DEED_OF_THEN.match(sentence, m.end()):
                continue  # "prior year divestitures reduced sales by 3%": the deed's year, not the move's
            if c.rel == "this_y" and _A_YEAR_OF.match(sentence, m.end()) and sentence[max(0, m.start() - 2):m.start()].lower() == "a ":
                continue  # "a full year of the new content": an amount of time, not the year's period
            if c.rel == "this_y" and m.group(0).lower() == "annual" and (
                    _RATE_STEP.match(sentence, m.end()) or _STEP_IN.search(sentence, max(0, m.start() - 24), m.start())):
                continue  # "a $40 million increase in annual revenue", "an annual revenue requirement": a yearly rate, no period
            if (c.rel == "this_y" and m.group(0).lower() == "annual" and _YEARLY_THING.match(sentence, m.end())
                    and not (_SHARE_OF_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) and _COST_AFTER.match(sentence, m.end()))):
                # "our annual review of reserves", "$90 million in annual savings": an event held yearly, a rate a year
                # (not "roughly 3% of its annual cost base", a share of the year's whole)
                continue
            if (c.rel == "this_y" and m.group(0).lower() == "annual" and _SIZE_HELD.search(sentence, max(0, m.start() - 8), m.start())
                    and _SALES_AFTER.match(sentence, m.end())):
                continue  # "the business we bought has annual revenues of about $40 million": its size, a rate a year
            if c.rel == "this_y" and _RUN_OF_YEARS.search(sentence, max(0, m.start() - 16), m.start()):
                continue  # "our 15th consecutive annual increase": a count of years, not a period
            if (c.rel == "this_y" and m.group(0).lower() == "annual" and "times" in sentence
                    and _MULTIPLE_OF.search(sentence, max(0, m.start() - 16), m.start())):
                continue  # "backlog of $4.9 billion, roughly 2.0 times annual revenue": the base of a ratio held now, no period
            if c.rel == "this_y" and m.group(0).lower() == "annually":
                # "grow 8% to 10% annually", "save $50 million annually": a rate a year, no fiscal year; "customers
                # spending $100,000 with us annually grew to 2,870": a size class, no period of the figure
                if not _RATE_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
                    continue
                c.rel = "span"
            if c.rel in ("next_n_years", "n_years_ago"):
                c.year = _COUNT[(g["nn"] or g["na"]).lower()]
        if (c.quarter or c.year) and c.rel is None and (_STREAK.match(sentence, c.end) or " of " in sentence[c.end:c.end + 4]
                                                         and _STREAK_OF.match(sentence, c.end) and _OWN_BEFORE.search(sentence, max(0, c.start - 8), c.start)):
            continue  # "positive for the second quarter running", "the third year in a row": a count of periods, not one
        out.append(c)
    if any(c.part for c in out) and any(c.quarter and c.rel is None for c in out):
        out = [c for c in out if not c.part]
    if any(c.ytd and c.rel is None for c in out):
        # "year-to-date repurchases as of today": the span to date is the year's, as far as today
        out = [c for c in out if not (c.rel == "qtd" and sentence[c.start:c.end].lower().startswith(("as of today", "as of this week")))]
    return out


_AFTER_YEAR_END = re.compile(r"\b(?:since|after|subsequent\s+to)\s+(?:the\s+)?$", re.I)
_YEAR_END_BEFORE = re.compile(r"\b(at|by|to|toward|towards|through|until|till|before|from)\s+(?:the\s+)?$|\b(as\s+of)\s+(?:the\s+)?$", re.I)
_AHEAD_PREPOSITIONS = frozenset({"by", "to", "toward", "towards", "through", "until", "till", "before"})
""""at year-end", "by year-end": the fiscal year's end as a figure's period (a balance then, or a goal reached by then);
"toward" and "by" look ahead whatever the tense of the verb."""
_RATE_BEFORE = re.compile(r"(?:\d\s*(?:%|percent|million|billion|thousand)?|digits?|teens|twenties|thirties)\s+$", re.I)
_RATE_STEP = re.compile(r"\s+(?:base\s+)?(?:revenues?|rates?)\s+(?:increases?|decreases?|reductions?|requirements?)\b", re.I)
_YEARLY_THING = re.compile(r"(?:\s+(?:actuarial|assumptions?|goodwill|impairment|shareholders?'?|stockholders?'?|investor|strategic|"
                           r"budget|merit|planning|leadership))?\s+(?:review|meeting|update|test(?:ing)?|conference|reset|unlocking|study|"
                           r"investor\s+day|(?:run[-\s]rate\s+)?(?:cost\s+)?(?:savings|synergies)|recurring\s+revenues?|(?:contract|subscription)\s+value|run[-\s]?rates?|"
                           r"(?:[a-z-]+\s+){0,2}?capacity\b|"  # "9 million tons of annual capacity": what a plant could make a year
                           r"(?:fixed\s+|operating\s+)?cost(?:s|\s+base)?|"
                           r"(?:(?:base|effective|net|in-place|contract(?:ual)?)\s+)?rent(?:s|al\s+rates?)?)\b", re.I)
""""annual rent per square foot", "annual base rent": a landlord's price said by the year, as a rate is; no period."""
_SHARE_OF_BEFORE = re.compile(r"(?:%|\bpercent|\bpoints?)\s+of\s+(?:our|the|its|their)\s+$", re.I)
_COST_AFTER = re.compile(r"\s+(?:fixed\s+|operating\s+)?cost", re.I)
_SIZE_HELD = re.compile(r"\b(?:has|had|have|with)\s+(?:about\s+|roughly\s+)?$", re.I)
_SALES_AFTER = re.compile(r"\s+(?:revenues?|sales)\b", re.I)
_STEP_IN = re.compile(r"\b(?:increase|decrease|reduction|rise)\s+in\s+$", re.I)
_PAST_MOVE = re.compile(r"\b(?:came\s+(?:down|in)|went\s+(?:up|down)|fell|rose|grew|declined|dropped|increased|decreased|improved|added|reduced|cut|shrank)\b", re.I)
_STREAK = re.compile(r"\s+(?:running|in\s+a\s+row|straight|(?:in|since)\s+(?:some\s+time|a\s+(?:long\s+)?(?:while|time)|(?:over\s+)?a\s+decade|decades|years|(?:many|several|a\s+few|a\s+couple\s+of|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years|(?:our|the\s+company['’]s)\s+history)|since\s+(?:19|20)\d\d)\b", re.I)
""""our first quarter in a long while with ...", "the first quarter since 2019 with ...": the ordinal counts periods of a
streak, it names no quarter of the year."""
_STREAK_OF = re.compile(r"\s+of\s+(?:about\s+|over\s+|more\s+than\s+|nearly\s+|roughly\s+)?(?:\d[\d.]*\s*(?:%|percent)|(?:\w+[-\s])?(?:single|double|triple)[-\s]digits?)"
                        r"(?:[-\s]*plus)?\s+(?:[\w-]+\s+){0,2}?(?:growth|increases?|gains?|declines?)\b", re.I)
_OWN_BEFORE = re.compile(r"\b(?:our|its|their|a)\s+$", re.I)
"""'our second quarter of 40%-plus growth': a streak of its own quarters (not 'a win rate in Q4 of about 9.8%', that
quarter's figure)."""


@lru_cache(maxsize=256)  # asked for every figure; nothing changes a Period once made, so figures share them
def label(fy: int | None, quarter: int | None = None, half: int | None = None, ytd: bool = False) -> Period | None:
    if fy is None:
        return None
    if ytd:
        text = f"YTD {fy}"
    elif quarter:
        text = f"Q{quarter} {fy}"
    elif half:
        text = f"H{half} {fy}"
    else:
        text = f"FY{fy}"
    return Period(fiscal_year=fy, quarter=quarter if (quarter and not half) else None, half=half, ytd=ytd, label=text)


def call_period(fy: int | None, q: int | None) -> Period | None:
    return label(fy, q)


def next_period(fy: int | None, q: int | None) -> Period | None:
    if fy is None:
        return None
    if q is None:
        return label(fy + 1)
    return label(fy + 1, 1) if q == 4 else label(fy, q + 1)


def previous_of(p: Period | None, sequential: bool) -> Period | None:
    """The period a comparison figure belongs to: last quarter, or the same period a year earlier."""
    if p is None or p.fiscal_year is None:
        return None
    if sequential and p.quarter:
        return label(p.fiscal_year - 1, 4) if p.quarter == 1 else label(p.fiscal_year, p.quarter - 1)
    return label(p.fiscal_year - 1, p.quarter, p.half, p.ytd)


def resolve(c: Cue, fy: int | None, q: int | None, future: bool, h: int | None = None) -> Period | None:
    """The period a cue names, in a call about fiscal year `fy`, quarter `q` (None: a full-year call)
    or half `h` (a half-year call)."""
    if c.rel == "this_q":
        return label(fy, q) if q else None
    if c.rel == "this_h":
        # a quarterly call's "half" (or "interim dividend") is the half its quarter closes: Q2 closes H1, Q4 H2
        return label(fy, half=h or (q // 2 if q in (2, 4) else None)) if h or q in (2, 4) else None
    if c.rel == "qtd" and c.quarter and q and fy and c.quarter != q:
        # "since the end of the third quarter" in a fourth-quarter call: the quarter after the one named
        return label(fy, c.quarter + 1) if c.quarter < q else next_period(fy - 1, c.quarter)
    if c.rel in ("next_q", "qtd"):
        if q is None and h and fy and c.rel == "qtd":
            return label(fy, half=2) if h == 1 else label(fy + 1, half=1)  # a half-year call's span to date: the half under way
        return next_period(fy, q) if q else None
    if c.rel == "month":
        return label(fy, q) if q else None
    if c.rel == "prev_q":
        return previous_of(label(fy, q), True) if q else None
    if c.rel == "year_ago":
        return label(fy - 1, q, None if q else h) if fy else None
    if c.rel in ("same_q", "same_span"):
        return label(c.year, q, ytd=c.ytd) if q else label(c.year)
    if c.rel == "q_last_year":
        return label(fy - 1, c.quarter) if fy else None
    if c.rel == "q_poss":  # the latest such quarter already reported
        return label(fy if (q is None or c.quarter <= q) else fy - 1, c.quarter) if fy else None
    if c.rel == "rest_y":
        # "for the rest of the year": the quarters left, the second half in a second-quarter call
        if c.year is not None and c.year != fy:
            return label(c.year)  # a year other than the call's: all of it is left (the next, after a fourth quarter)
        if fy is None or q is None:
            return label(fy) if fy else None
        return label(fy, half=2) if q == 2 else label(fy, 4) if q == 3 else label(fy + 1) if q == 4 else label(fy)
    if c.rel == "q_this_year":  # a fourth-quarter call is held in the new year: its outlook's "this year" is that one
        return label(fy + 1 if (future and q == 4) else fy, c.quarter) if fy else None
    if c.rel == "ytd_last_year":
        if fy and q is None and h == 1:
            return label(fy - 1, half=1)  # a first-half call's "first six months of last year" is last year's first half
        return label(fy - 1, q, ytd=True) if fy else None
    if c.rel == "h_last_year":
        return label(fy - 1, half=c.half) if fy else None
    if c.rel == "next_y":
        return label(fy + 1) if fy else None
    if c.rel == "next_n_years":
        return label(fy + (c.year or 1)) if fy else None
    if c.rel == "n_years_ago":
        # like "a year ago": in a first- to third-quarter call, that quarter of the year it names (a fourth-quarter
        # call reports the year too: "14% of revenue in 2026, down from 17% two years ago" is that year's)
        return label(fy - (c.year or 1), q if q in (1, 2, 3) else None, None if q else h) if fy else None
    if c.rel == "this_y":
        if fy is None:
            return None
        return label(fy + 1 if (future and q == 4) else fy)
    if c.rel in ("year_end", "year_end_by"):
        # the coming year-end is this fiscal year's (the next one's after a fourth quarter); a balance held at the
        # year-end in a first- to third-quarter call is last year's closing one; after a fourth quarter, the quarter's
        if fy is None:
            return None
        if future or (c.rel == "year_end_by" and q in (1, 2, 3)):
            return label(fy + 1 if q == 4 or (q is None and h is None) else fy)
        return label(fy - 1) if q in (1, 2, 3) else label(fy, None, None if q else h)
    year = fy + 1 if c.next_year and fy and c.year is None else c.year
    if c.quarter:
        if year is None:
            if fy is None:
                return None
            year = fy
            if q is not None:
                # the call's own quarter, named bare in an outlook ("costs carried over from the third quarter" in a
                # third-quarter call), is the one just reported: a quarter a year ahead is named with its year
                if future and c.quarter < q:
                    year = fy + 1
                elif not future and c.quarter > q:
                    year = fy - 1
        return label(year, c.quarter)
    if c.half:
        if year is None:
            if fy is None:
                return None
            year = fy
            # the half the call's quarter closes is the one just reported, as its own quarter is ("a rise of 1% over the
            # first-half average" in a second-quarter outlook): only a half already over is named for next year's
            if future and q is not None and (c.half == 1 and q >= 3 or q == 4):
                year = fy + 1
        return label(year, half=c.half)
    if c.ytd:
        if year is None and future and q == 4 and fy:
            return label(fy + 1, None, ytd=True)  # "spread over the first three quarters" in a fourth-quarter call's outlook: next year's
        if q is None and h == 1 and year in (None, fy) and fy:
            return label(fy, half=1)  # a first-half call's year so far ("in the six months") is the half it reports
        return label(year or fy, q if (year in (None, fy)) else None, ytd=True)
    return label(year)


def period_key(p: Period | None) -> tuple[int, int]:
    """Sort key: year, then Q1..Q4 (1-4), H1 (2), H2 (4), full year (5)."""
    if p is None or p.fiscal_year is None:
        return (0, 0)
    if p.quarter:
        return (p.fiscal_year, p.quarter)
    if p.half:
        return (p.fiscal_year, p.half * 2)
    return (p.fiscal_year, 5)


def closed_by(fiscal_year: int, fiscal_quarter: int | None) -> tuple[int, int]:
    """The last `period_key` a call about this period can report: its quarter, or the whole year after a fourth
    quarter or a year-end call (`fiscal_quarter` None or 5)."""
    return (fiscal_year, 5) if fiscal_quarter in (None, 4, 5) else (fiscal_year, fiscal_quarter)
