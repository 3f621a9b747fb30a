"""The period a figure is for: what the sentence, the paragraph and the call say about when (`period_for`)."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from functools import lru_cache

from ..model import FactKind, Period, Role
from . import periods as P
from .context import PAST, HELD_AGAINST_BEFORE as _HELD_AGAINST_GUIDE
from .guard import OnLowered, any_in, gated, guarded, plain_members
from .numbers import Quantity
from .goals import sum_through, year_of_earlier_goal, year_of_later_deed, year_of_later_goal
from .state import Context, State
from .sentences import clause_bounds, new_subject_at
from .changes import CHANGE_BEFORE, FROM_MONTH, FROM_QUARTER, MONTHS, ORDINAL, SEQ
from ..months import MONTH_ALT, month_number
from ..fiscal_words import FISCAL

# members read as plain attributes, not through the enum classes' slow attribute hook (see guard.plain_members)
FactKind, Role = (plain_members(e) for e in (FactKind, Role))


_AT_MONTH = re.compile(
    rf"\s+(?:at|as\s+of|on)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?(?:{MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\b"
    r"(?!,?\s+(?:of\s+)?(?:last\s+year|the\s+prior\s+year|a\s+year\s+ago|20\d\d))")
""""up $22 million from the end of September": a month-end before the quarter's is the last balance sheet, not a year ago."""
_FOR_PRICE = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:for|and|worth|at\s+a\s+(?:total\s+)?cost\s+of)\s+(?:a\s+total\s+of\s+)?"
                        r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?", re.I)
"""' shares for ', ' stores and ' between a count and a sum of money: what the things counted cost or brought."""
_TO_LEVEL = re.compile(r"(?:,?\s+(?:organically|as\s+reported|year[-\s]over[-\s]year|in\s+constant\s+currency|on\s+an?\s+(?:organic|reported|"
                       r"constant[-\s]currency|like[-\s]for[-\s]like)\s+basis),?)?\s+to\s+(?:a\s+(?:record\s+)?)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?", re.I)
"""' to $512 million' after a move (also after the way it was measured, ' organically to', ' year-over-year to'):
the level it reached, whose period words date the move too."""


# "Our cost of debt is 4.6%": a statement of where things stand, even inside an outlook paragraph
PRESENT_STATE = re.compile(r"\b(?:is|are|has|have|currently|now|today|so\s+far|remains?|stands?|averages|runs|sits|(?<=\bwe\s)(?:employ|operate|serve|own))\b", re.I)
"""(and "we employ about 8,300 people": what the company is today, said in the present tense)"""
_COMPARE_CUE_BEFORE = re.compile(rf"\b(?:from|compared|compare(?=\s+with\b)|versus|vs\.?|against|than|relative\s+to|(?<=\bgap\s)(?:to|with)|(?<=\bdifference\s)(?:to|with)|following(?=\s+(?:a|an)\s)|followed\s+by(?=\s+(?:a|an)\s)|(?:flat|even)\s+to(?=\s+(?:{FISCAL}\s+)?(?:19|20)\d\d\b|\s+(?:last|the\s+prior)\s+year\b|\s+(?:the\s+)?(?:(?:first|second|third|fourth|prior|previous|last)\s+quarter|Q[1-4])\b)|off(?=\s+(?:of\s+)?(?:the\s+|our\s+|its\s+)?(?:new\s+|updated\s+|revised\s+)?(?:{FISCAL}\s+)?(?:19|20)\d\d\b)|(?:above|below|behind|over|under)(?=\s+(?:the\s+same|last\s+year|the\s+prior|prior[-\s]year|(?:the\s+)?previous\s+year|the\s+(?:comparable|corresponding)|a\s+year\s+ago|the\s+year[-\s]ago|last\s+quarter|the\s+(?:first|second|third|fourth)\s+quarter\s+(?:(?:of\s+|in\s+)?(?:{FISCAL}\s+)?(?:19|20)\d\d|(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+(?:{FISCAL}\s+)?year|a\s+year\s+ago)|the\s+(?:first|second)\s+half\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+(?:{FISCAL}\s+)?year|(?:(?:reported|our|actual)\s+)?(?:Q[1-4]\s+(?:of\s+)?)?(?:full[-\s]year\s+)?(?:(?:the\s+)?(?:pre[-\s]?pandemic\s+|pre[-\s]?COVID\s+)?(?:fall|autumn|spring|summer|winter)\s+(?:of\s+)?)?(?:{FISCAL}\s+)?(?:19|20)\d\d\b))|(?:(?<=\d\s)|(?<=%\s)|(?<=points\s)|(?<=point\s)|(?<=million\s)|(?<=billion\s)|(?<=thousand\s)|(?<=bps\s)|(?<=\bton\s)|(?<=tonne\s)|(?<=barrel\s)|(?<=ounce\s)|(?<=pound\s)|(?<=gallon\s)|(?<=\bboe\s))(?:(?:above|below|over|under|on)(?=\s+(?:the\s+)?(?:(?:first|second|third|fourth|prior|previous|last|linked|sequential)\s+quarter|Q[1-4])\b(?!\s+(?:of\s+)?(?:this|the\s+current)\s+year))|on(?=\s+(?:the\s+)?(?:(?:first|second)\s+half|H[12])\b(?!\s+(?:of\s+)?(?:this|the\s+current)\s+year)))|(?:(?<=\bup\s)|(?<=\bdown\s))on(?=\s+(?:the\s+)?(?:(?:first|second|third|fourth|prior|previous|last|linked)\s+quarter|Q[1-4]|(?:first|second)\s+half|H[12])\b(?!\s+(?:of\s+)?(?:this|the\s+current)\s+year))|(?:above|below|over|under|behind)(?=\s+what\s+(?:we|it|they)\s)|(?:above|below|over|under|behind)(?=\s+where\s+(?:we|it|they)\s+(?:[\w-]+\s+){{1,3}}?(?:(?:two|three|four|five|six|several|\d+)\s+years\s+ago|in\s+(?:the\s+)?(?:first|second|third|fourth|Q[1-4]\b|20\d\d)))|(?:a\s+(?:little|bit|touch|tad)|slightly|just|somewhat|modestly|well)\s+(?:under|below|above)(?!\s+[$€£¥\d])|(?:flat|ahead|behind|in\s+line|consistent|even)\s+(?:with|of)|match(?:ing|ed|es)|shy\s+of|on\s+par\s+with|similar\s+to|comparable\s+to|(?<=\bsame\space\s)as|(?<=\bsame\srate\s)as|(?<=\bsame\slevel\s)as|(?<=\blevel\s)(?:(?:we|it|they)\s+)?(?:had|saw|reported|reached|posted)|(?<=\bthe\slevel\s)of(?=\s+(?:the\s+)?(?:first|second|third|fourth|prior|previous|last)\s+quarter\b))\b", re.I)
"""(and "the margin to 11.8%, broadly the level we had in the second quarter": the quarter the level is held against, as is
"the same pace as the third quarter";
"selling costs of $27 million, even at flat to Q3": the quarter the level is even with)"""
_REVISION = re.compile(
    r"\b(?:(?:prior|previous|original|earlier|initial)\s+(?:\w+\s+){0,2}?(?:guidance|guide|outlook|range|forecast|view)"
    r"|previously(?:\s+(?:issued|announced|provided|given))?\b(?!\s+(?:reported|disclosed|announced\s+(?:acquisition|deal|transaction)))"
    r"|(?:new|updated|revised|raised|increased|lowered|narrowed)\s+(?:\w+\s+){0,2}?(?:guidance|outlook|range|forecast)"
    r"|\b(?:we|I)\s+(?:had\s+)?(?:initially|originally)\s+(?:expected|anticipated|projected|guided|forecast)"
    r"|\b(?:we|I)\s+had\s+(?:planned|budgeted|expected|assumed)\b(?=[^.;]{0,80}?\bnow\s+(?:expect|see|tracking|trending|heading))"
    r"|(?:rais|lift|lower|narrow|updat|revis|increas|reduc|tighten)\w*\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:guidance|outlook|ranges?|forecast)"
    r"|(?:we\s+are|we're)\s+(?:now\s+|also\s+)?(?:raising|lifting|lowering|reducing|narrowing|trimming)\s+(?:[\w'-]+\s+){1,4}?to(?=\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|between\s+)?[$€£¥]?\d)"
    r"|(?:number|item|line|measure)\s+(?:that\s+)?(?:we\s+are|we're)\s+(?:raising|lifting|lowering|cutting|trimming|taking\s+(?:down|up)|moving\s+(?:down|up))\s+is"
    r"|(?<=\s)(?:we|I)\s+(?:had\s+)?(?:gave|provided|guided|issued|shared|communicated|laid\s+out|put\s+out)(?:\s+you)?\s+(?:in|back\s+in|last|on|at|during)\b)\b",
    re.I,
)
"""A sentence revising an outlook ("..., up from the $2.41 billion to $2.45 billion we gave in August"): the figures it
gives without period words are the fiscal year's."""
_HELD_OUTLOOK = re.compile(r"\b(?:(?:continue|continues)\s+to|still)\s+(?:expect|anticipate|see|project|forecast|target)\b|\b(?:remain|remains|stay|stays)\s+on\s+track\s+(?:to|for)\b|\b(?:reaffirm|reiterat)\w*\s+"
                           r"(?:(?:our\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:guidance|guide|outlook|range|forecast|expectations?)\b|(?=[$€£\d]))"
                           r"|\b(?:expectations?|outlook|guidance|forecast|budget)\b(?:[^.;]|\.(?=\d)){0,90}?\b(?:remains?|is|are|stays?)\s+(?:still\s+)?unchanged\b", re.I)
_NEW_OUTLOOK = re.compile(
    r"\b(?:now\s+(?:expect|see|anticipate|project|forecast|estimate|tracking|trending|heading)|new\s+(?:[\w-]+\s+){0,2}?(?:guidance|outlook|range)"
    r"|(?:rais|lift|lower|narrow|updat|revis|increas|reduc|tighten)\w*\s+(?:and\s+\w+\s+)?(?:our\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:guidance|outlook|ranges?|forecast|expectations?)\b"
    r"|(?:we\s+are|we're)\s+(?:now\s+|also\s+)?(?:raising|lifting|lowering|reducing|narrowing|trimming)\s+(?:[\w'-]+\s+){1,4}?to(?=\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|between\s+)?[$€£¥]?\d)"
    r"|(?:number|item|line|measure)\s+(?:that\s+)?(?:we\s+are|we're)\s+(?:raising|lifting|lowering|cutting|trimming|taking\s+(?:down|up)|moving\s+(?:down|up))\s+is"
    r")",
    re.I,
)
"""A new outlook in the sentence: only then is a recalled one beside it the one being replaced (a prior outlook
recalled beside an actual is the reported period's)."""
_OUTLOOK_AGAINST_YEAR = re.compile(
    r"[^;.]{0,20}?\b(?:up|down|an?\s+(?:increase|decrease|rise|decline))?\s*(?:from|compared\s+(?:to|with)|versus|vs\.?)\s+"
    r"(?:the\s+|our\s+)?(?:about\s+|approximately\s+|roughly\s+)?[$€£]?\d[\d.,]*\s*(?:million|billion|thousand|%)?\s+"
    r"(?:(?:that\s+|which\s+)?(?:we|it)\s+(?:earned|reported|recorded|delivered|posted|generated|achieved|made|had|did|saw)\s+)?(?:in|for)\s+"
    rf"(?:{FISCAL}\s+(?:year\s+)?|full[\s-]year\s+)?(?P<y>20\d\d)\b", re.I)
"""An outlook set against a year's level ("free cash flow of $640 million, up from $575 million in 2026", "up some
7% from the $31.7 million we reported in 2026") is the following year's."""
_DATE_YEAR = re.compile(rf"\b(?:{MONTH_ALT}|"
                        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?=(?:19|20)\d\d\b|['’]\d\d\b)")


@lru_cache(maxsize=8)
def _dated_years(s: str) -> frozenset[int]:
    """Where the year of a full date starts ("September 30, 2021"), found once per sentence."""
    if " 20" not in s and " 19" not in s and " '" not in s and " ’" not in s:
        return frozenset()
    return frozenset(m.end() for m in _DATE_YEAR.finditer(s))


_ECONOMY = re.compile(
    r"\b(?:GDP|unemployment|jobless|inflation|CPI|recession|(?:the\s+|U\.?S\.?\s+)?economy"  # the economy's own measures
    r"|(?:fed(?:eral)?\s+funds|short[-\s]term|policy|interest)\s+rates?|rate\s+(?:hikes?|increases|cuts)"  # the central bank's rates
    r"|(?:home|house|oil)\s+prices)\b", re.I)
_OURS = re.compile(r"\b(?:we|our|us|I)\b|[$€£¥]|\bguid", re.I)
_OUTLOOK_NOUN = re.compile(r"\s*(?:outlook|guidance|forecast|plan|budget)\b", re.I)


def economy_path(s: str, cues: list[P.Cue]) -> bool:
    """Are all the periods a sentence without figures names the path of the economy it assumes ("Our forecast assumes
    unemployment peaks at mid-year and eases back through the second quarter of 2028")? They are no period of the
    company's own outlook, which later guided figures without period words would take on."""
    if not cues or "guid" in s.lower() or not _ECONOMY.search(s):
        return False
    for c in cues:
        if _OUTLOOK_NOUN.match(s, c.end):
            return False  # "uncertainty from cost inflation for the fiscal 2028 outlook": the outlook's own year
        m = None
        for m in _ECONOMY.finditer(s, max(0, c.start - 90), c.start):
            pass
        if m is None or _OURS.search(s, m.end(), c.start) or any(ch in s[m.end():c.start] for ch in ";"):
            return False
    return True


def cue_ahead(c: P.Cue, ctx: Context, s: str) -> bool:
    """Periods ahead of the call that name no year: the second half in a first- or second-quarter call; in a
    fourth-quarter call the first quarter or half (next year's, unless the sentence is in the past tense); and "for
    the year" in a sentence with no verb of its own ("For the full year, revenue of about $4 billion.")."""
    # a half-year call reads as the quarter its half ends in: the second half lies ahead of a first-half call
    fq = ctx.fiscal_quarter or (ctx.fiscal_half and 2 * ctx.fiscal_half)
    if c.year is not None or not fq or not ctx.fiscal_year:
        return False
    if c.rel is None:
        if c.half == 2 and fq <= 2:
            return not _OF_LAST_YEAR.match(s, c.end)
        return fq == 4 and (c.quarter == 1 or c.half == 1) and not _OF_LAST_YEAR.match(s, c.end)
    # ("save $50 million annually" with no verb of its own looks ahead as "for the year" did, though it dates no year)
    return (c.rel == "this_y" or c.rel == "span" and s[c.start:c.end].lower() == "annually") and fq < 4 and not tensed(s)


_OF_LAST_YEAR = re.compile(r"\s+(?:of\s+)?(?:last\s+year|the\s+(?:prior|previous|last)\s+year|a\s+year\s+ago)\b", re.I)


_YEAR_SPAN = re.compile(rf"\b(?:{FISCAL}\s+)?20\d\d\s*(?:through|to|-|–)\s*(?:{FISCAL}\s+)?20\d\d\b"
                        rf"|\b(?:spread\s+over|spread\s+across|split\s+between|between)\s+(?:{FISCAL}\s+)?20\d\d\s+and\s+(?:{FISCAL}\s+)?20\d\d\b", re.I)
_BASE_YEAR = re.compile(r"\s+base\b", re.I)
_MADE_IN = re.compile(r"\b(?:built|constructed|founded|established|incorporated|manufactured|commissioned)\s+(?:back\s+)?(?:in|before|after|since|prior\s+to)\s+$"
                      r"|\b(?:matur\w*|due|expir\w*|callable)\s+(?:in\s+)?(?:(?:19|20)\d\d\s+(?:and|or|to|through)\s+)?$"
                      r"|\bsince\s+(?:mid-|early\s+|late\s+|the\s+end\s+of\s+)?$", re.I)
""""sell our two oldest vessels, both built in 2010, for $52 million": the year something was made dates no figure."""


def undated(s: str, pcues: list[P.Cue]) -> list[P.Cue]:
    """Years that date no figure: a span ("for 2027 through 2031", a multi-year plan), a base year ("off our 2025 base of
    $3.86", which dates only its base), a year inside a date ("at our investor day in March 2025")."""
    spans = [(m.start(), m.end()) for m in _YEAR_SPAN.finditer(s)]
    dated = _dated_years(s)
    return [c for c in pcues if not (c.rel is None and c.year and not c.quarter and not c.half and not c.ytd and (
        any(a <= c.start < b for a, b in spans) or c.start in dated or _BASE_YEAR.match(s, c.end)
        or _MADE_IN.search(s, max(0, c.start - 40), c.start) or _NAME_AFTER.match(s, c.end)
        or _NAME_BEFORE.search(s, max(0, c.start - 24), c.start)))]


_NAME_AFTER = re.compile(r"[-‐‑](?:[A-Z]{1,4}\d*|\d[A-Z]{1,3})\b|\s+(?:[A-Z][a-z]+\s+){0,2}(?:Summit|Conference|Forum|Expo|Congress|Symposium|Convention|Olympics|Games|World\s+Cup)\b"
                         # "amended its 2024 storm filing to ask for $300 million": a regulatory filing named by its year
                         r"|\s+(?:storm\s+(?:cost\s+)?|rate\s+|general\s+rate\s+)?(?:filing|rate\s+case|docket)s?\b")
_NAME_BEFORE = re.compile(r"\b(?:[A-Z]{2,}[a-z]+|[A-Z][a-z]+[A-Z][A-Za-z]*|(?:Summit|Conference|Forum|Expo|Congress|Symposium|Convention|Olympics|Games|World\s+Cup))\s+$")
"""A year that is part of a name dates nothing: a security's series ("the 2019-B notes", "Trust 2023-NR2"), an event
("the 2026 Growth Summit", "DevWorld 2025" named by a brand in capitals)."""


_last_period_cues: tuple[tuple, list[P.Cue]] = ((), [])
"""The last sentence read, with the call's dates that its cues depend on, and its cues: a figure-free direction's period
(`_said_period`) asks again for those of the sentence just read. One sentence only."""


def period_cues(s: str, ctx: Context) -> list[P.Cue]:
    """The sentence's period cues, a month named as a period ("in October") as the quarter that holds it."""
    global _last_period_cues
    key = (s, ctx.fiscal_year, ctx.fiscal_quarter, ctx.quarter_end, ctx.call_month, ctx.call_day)
    last, found = _last_period_cues
    if last == key:
        return list(found)
    found = _period_cues(s, ctx)
    _last_period_cues = (key, found)
    return list(found)


_GIVEN_WORDS = (" gave", " guided", " provided", " issued", " set ", " shared", " laid out", " announced", " put out", " introduced")
_GIVEN_WHEN = re.compile(r"(?:\b(?:guidance|guide|outlook|range|forecast|targets?)\s+(?:that\s+)?(?:we|I)\s+(?:had\s+)?(?:gave|provided|issued|set|shared|"
                         r"laid\s+out|announced|put\s+out|introduced)|\b(?:that|which)\s+(?:we|I)\s+(?:had\s+)?(?:gave|guided))(?:\s+(?:you|out))?\s+$", re.I)
"""'the capex guide we set out last year', '$700 million that we guided last year': the year the outlook was said, not its period."""


_MONTH_CLOSE_YEAR = re.compile(rf"\b(?:at|as\s+of)\s+the\s+end\s+of\s+(?P<mon>{MONTH_ALT})\s+$", re.I)
"""'at the end of March 2026': a month's close with its year (the year alone is the cue found)."""


def _month_close(c: P.Cue, s: str) -> P.Cue:
    if c.rel is None and c.year and not (c.quarter or c.half or c.ytd) and (m := _MONTH_CLOSE_YEAR.search(s, max(0, c.start - 40), c.start)):
        return P.Cue(m.start(), c.end, year=c.year, rel="month", month=P._MONTH_NUMBER[m["mon"].lower()[:3]], close=True)
    return c


def _period_cues(s: str, ctx: Context) -> list[P.Cue]:
    found = P.find_cues(s)
    if found and "end of" in s:
        found = [_month_close(c, s) for c in found]
    if (found and ctx.fiscal_quarter in (1, 3) and "nterim" in s and any(c.rel is None and c.half for c in found)):
        # "an interim dividend of $0.40, paid in October out of first-half earnings" in a third-quarter call: the half
        # named says which half the interim payout is of, where "interim" alone names none and the month is when it was paid
        found = [c for c in found if not (c.rel == "this_h" and "nterim" in s[c.start:c.end] or c.rel == "month")]
    if found and ctx.fiscal_quarter != 4 and any(c.rel == "qtd" and c.quarter == 4 and "year" in s[c.start:c.end].lower() for c in found):
        # "since year-end" before the fourth quarter is reported spans the months of the year so far: no quarter of its own
        found = [c for c in found if not (c.rel == "qtd" and c.quarter == 4 and "year" in s[c.start:c.end].lower())]
    if found and ("s we " in s or "s I " in s) and (said := _AS_WE_SAID.search(s)) is not None:
        # "As we said in the first quarter, our view is unchanged: ...": when it was said, not the figure's period
        found = [c for c in found if not (said.end() == c.start and _SAID_CLAUSE_ENDS.match(s, c.end))]
    if found and ("call" in s or "release" in s or "webcast" in s):
        # "down $100 million from the indication we gave on our Q2 earnings call": the call it was said on, not a period of
        # the sentence's figures nor of those after it
        found = [c for c in found if not (c.quarter and not c.half and _CALL_NAMED.match(s, c.end))]
    if found and any_in(s, _GIVEN_WORDS) and " year" in s:
        # "the capex guide we set out last year still holds": when the outlook was given, not the year it is for
        found = [c for c in found if not (c.rel == "year_ago" and _GIVEN_WHEN.search(s, max(0, c.start - 70), c.start))]
    if found and ("year's" in s or "year’s" in s):
        # "EBITDA was $22 million, about half of last year's, and corporate costs were $11 million": an elided base, the
        # earlier figure's yardstick, which dates none of the figures after it
        found = [c for c in found if not (c.rel == "year_ago" and _ELIDED_POSSESSIVE.match(s, c.end))]
    if found and "assum" in s:
        # "Our guidance assumes normal weather for the fourth quarter, a tax rate of about 12% ...", "the 2026 range ...
        # assumes average weather over the balance of the year": when the assumed setting holds, not the outlook's period
        # ("we assume a tax rate of 21% for the fourth quarter" gives a figure for it, and stays)
        found = [c for c in found if not _ASSUMED_FOR.search(s, max(0, c.start - 60), c.start)]
    if len(found) > 1 and "% of " in s and any(c.quarter or c.half or c.rel in ("this_q", "next_q", "this_h") for c in found):
        # "we expect the first half to be about 47% of the year's revenue", "the quarter contributed 40% of full-year EPS":
        # the year is the whole the share is of; the part named beside it is the figure's period
        # ("12% of our annual upkeep budget": a yearly measure's name, no whole of the year said)
        found = [c for c in found if not (c.rel == "this_y" and "year" in s[c.start:c.end].lower()
                                          and _SHARE_OF_WHOLE.search(s, max(0, c.start - 16), c.start))]
    if found and ("start of" in s or "beginning of" in s):
        # "4.6% of the shares outstanding at the start of the year": the moment a base is taken, not the figure's period
        # ("At the start of the year, our outlook called for ..." still dates the outlook recalled)
        found = [c for c in found if not (c.rel == "this_y" and _AT_START_OF.search(s, max(0, c.start - 70), c.start))]
    if found and (" as " in s or "after " in s or "ecause " in s or "ollowing " in s):
        # "grew 7% as fees reset at the start of the year", "we run 40 branches after opening three this year": when
        # the cause or the deed said in the trailing clause happened, not the period of the figure before it
        found = [c for c in found if not (c.rel == "this_y" and _DEED_DATED.search(s, max(0, c.start - 90), c.start))]
    if found and ("launch" in s or "introduc" in s or "debut" in s or "went live" in s or "rolled out" in s):
        # "the platform, which we launched about a year ago, is now at 50% of volumes": when it started, not a period of
        # the figure (a count said between the deed and the period is dated by it: "launched 12 models last year")
        found = [c for c in found if not (c.rel in ("year_ago", "prev_q", "q_last_year", "h_last_year", None)
                                          and _LAUNCHED_THEN.search(s, max(0, c.start - 40), c.start))]
    if found and " we " in s:  # "up 8%, as the price changes we made in the first quarter flowed through": the changes' date
        found = [c for c in found if not _EVENT_OF_NOUN.search(s, max(0, c.start - 80), c.start)]
    if found and (" of " in s or " from " in s) and any_in(s, _EVENT_NOUNS):
        # "the sale of our frozen desserts arm in May of last year took off another point": when the deed was done, not
        # the period of the sentence's figures, nor of the paragraph's after it
        found = [c for c in found if not _EVENT_NOUN.search(s, max(0, c.start - 90), c.start)
                 and not (c.rel in ("year_ago", "prev_q") and _EVENT_NOUN_SAID.search(s, max(0, c.start - 90), c.start))]
    if found and ("atever" in s or "egardless" in s or "matter" in s):
        # "so the year lands in the high single digits whatever the fourth quarter does": a period conceded, not the figure's
        found = [c for c in found if not _WHATEVER.search(s, max(0, c.start - 40), c.start)]
    if found and ("that " in s or "which " in s):
        # "signed a co-brand that goes live in the first quarter, and opened 1.9 million accounts": when the thing named
        # in the aside starts, not the period of the figures after it
        found = [c for c in found if not (_EVENT_CLAUSE.search(s, max(0, c.start - 50), c.start) and _CLAUSE_CLOSES.match(s, c.end))]
    if found and "ince " in s:
        # "Since the launch of the app in 2020, members have booked 41 million trips": when the running total began, not
        # the figure's period ("since 2014" dates no figure either)
        found = [c for c in found if not (c.rel in (None, "q_last_year", "h_last_year", "this_q", "prev_q", "year_ago")
                                          and _SINCE_EVENT.search(s, max(0, c.start - 110), c.start))
                 # "orders on hand are 17% higher since year-end 2025": where the move starts, as with "since the end of 2025"
                 and not (c.rel is None and c.year and not c.quarter and not c.half and _SINCE_YEAR_END.search(s, max(0, c.start - 30), c.start))
                 # "rose for the first time since 2025's second quarter, up $1.4 billion from the third quarter": where
                 # the span starts, not the figure's period
                 and not (c.rel in (None, "q_last_year", "h_last_year", "prev_q", "year_ago")
                          and _SINCE_START.search(s, max(0, c.start - 12), c.start))]
    if found and "est " in s and " of the year" in s:
        # "The first quarter will be the softest of the year, with growth in the low single digits": the year the
        # quarter is ranked in, not the figure's period
        found = [c for c in found if not (c.rel == "this_y" and _RANKED_IN.search(s, max(0, c.start - 50), c.start))]
    if found and "on the year" in s:
        # "up 4.7% sequentially and 10% on the year": a move against the year before, not the fiscal year ("a margin of
        # 17.7% on the year" still names it)
        found = [c for c in found if not (c.rel == "this_y" and _MOVE_ON_THE.search(s, max(0, c.start - 60), c.start))]
    if found and _SHIFT_HINT.search(s):  # "as we pushed some technology spend into the fourth quarter": where it was moved to
        found = [c for c in found if not _MOVED_TO.search(s, max(0, c.start - 70), c.start)]
    if _DEBT_WORD.search(s):  # "notes due this year", "our 2027 maturities", "the 2029 convertible notes": the debt's date
        found = [c for c in found if not ((c.rel in ("this_y", "next_y") and _MADE_IN.search(s, max(0, c.start - 40), c.start))
                                          or (not c.quarter and not c.half and (_MATURITIES.match(s, c.end)
                                                                                or _DUE_BEFORE.search(s, max(0, c.start - 18), c.start))))]
    if found and " from " in s and any_in(s, _REVISION_WORDS):
        # "lifting EBITDA to $3.4 billion, from $3.3 billion in May", "... up from $870 million last quarter": when the
        # range it replaces was given, not a period of either figure
        found = [c for c in found if not (c.rel in ("month", "prev_q") and _RANGE_GIVEN_IN.search(s, max(0, c.start - 48), c.start)
                                          and _REVISED_TO.search(s, 0, c.start))]
    if any(c.rel == "month" for c in found):
        named = frozenset(c.month for c in found if c.rel == "month" and c.month)
        found = [m for c in found if (c.rel != "month" or (_MONTH_LEAD.search(s, 0, c.start) and not _GUIDE_GIVEN.match(s, c.end))
                                      or s[c.start:c.end].lower()[:3] in P._MONTH_NUMBER  # before its measure: "the October data"
                                      or (c.ytd and s[c.start:c.start + 3].lower() == "to ")  # "January to September": a span, a period
                                      or _month_of_figure(s, c.start) or _MONTH_SUBJECT.match(s, c.end) or _month_detailed(s, c)
                                      or c.part and _month_of_state(s, c))
                 and (m := _close_ahead(c, P.month_cue(c, ctx.fiscal_year, ctx.fiscal_quarter, ctx.quarter_end, ctx.call_month, named, ctx.call_day, half=ctx.fiscal_half, call_year=ctx.call_year), s, ctx)
                      or _month_to_date(c, s, ctx)) is not None
                 # ("leverage of 2.5 times at the end of December": a balance ahead at a month's end, not one counted so far)
                 # (its start is past once the quarter is over: "80% of stores open at the beginning of July" is to date)
                 and not (m.rel == "qtd" and s[c.start:c.start + 3].lower() == "at " and not c.part)
                 # "since mid-October" after the quarter is the quarter under way to date; since a month inside or before it
                 # spans more than any one quarter
                 and not (m.rel != "qtd" and s[c.start:c.start + 6].lower() == "since ")
                 and not (c.rel == "month" and "from" in s[max(0, c.start - 40):c.start] and _RANGE_GIVEN_IN.search(s, max(0, c.start - 40), c.start)
                          and _OUTLOOK_NAMED.search(s, 0, c.start))]
    if "," in s[:20] and (on := _ON_MONTH.match(s)) is not None:
        # "On October, through the first four weeks, units are running up 1%": the month the sentence is about
        c = P.Cue(on.start("mon"), on.end("mon"), rel="month", month=P._MONTH_NUMBER[on["mon"].lower()[:3]])
        if (m := P.month_cue(c, ctx.fiscal_year, ctx.fiscal_quarter, ctx.quarter_end, ctx.call_month, call_day=ctx.call_day, half=ctx.fiscal_half, call_year=ctx.call_year)) is not None:
            found = [m] + found
    if "uarter" in s and (named := P.month_quarters(s, ctx.fiscal_year, P.last_quarter_of(ctx.fiscal_quarter, ctx.fiscal_half), ctx.quarter_end, ctx.call_month)):
        found = sorted(found + [c for c in named if not any(f.start <= c.start < f.end for f in found)], key=lambda c: c.start)
    if ctx.fiscal_quarter == 4 and ctx.fiscal_year and ("ast year" in s or "AST YEAR" in s):
        found = [_closed_year(c, s, ctx.fiscal_year) for c in found]
    elif ctx.fiscal_year and ctx.fiscal_quarter and s[:1] in "LlAaBbSs" and (lead := _LAST_YEAR_LEAD.match(s)) is not None:
        # "Last year, we paid 1,000 won a share, and the payout ratio was 27%": the year the sentence opens with as the time
        # of all it tells is the year before, not its same quarter (which "margin last year was 41%" stays); a quarter it
        # names ("Last year, in the third quarter, ...") is that year's
        if _QUARTER_TALK.search(s):
            found = [P.Cue(c.start, c.end, quarter=c.quarter, year=ctx.fiscal_year - 1) if c.rel is None and c.quarter and c.year is None
                     and not c.half and not c.ytd else c for c in found]
        else:
            found = [P.Cue(c.start, c.end, year=ctx.fiscal_year - 1) if c.start == lead.start("ly") and c.rel == "year_ago" else c
                     for c in found]
    if (ctx.fiscal_year and ctx.fiscal_quarter and ("last " in s or "a year" in s) and not any(c.rel in ("qtd", "month") or c.quarter for c in found)
            and (base := _MONTH_YEAR_BASE.search(s)) is not None):
        # "vacates are down 4% from last October", "returns are up 6% versus November last year": a move against a month a
        # year back is of that month this year, the quarter under way when the month lies after the call's quarter
        mon = base["mon"] or base["mon2"]
        c = P.Cue(base.start(), base.start(), rel="month", month=P._MONTH_NUMBER[mon.lower()[:3]])
        m = P.month_cue(c, ctx.fiscal_year, ctx.fiscal_quarter, ctx.quarter_end, ctx.call_month, call_day=ctx.call_day, half=ctx.fiscal_half)
        if m is not None and m.rel == "qtd":
            found = [P.Cue(0, 0, rel="qtd")] + found
    if len(found) > 1 and any(c.ytd and c.rel is None and c.year is None for c in found) and any(c.rel == "year_ago" for c in found):
        found = _span_to_date_a_year_back(s, found)
    if ctx.fiscal_quarter in (1, 2, 3) and ("o far" in s or "hus far" in s):
        found = [_year_so_far(s, c, ctx) for c in found]
    return found


_SO_FAR_AFTER_YEAR = re.compile(r"\s+(?:so|thus)\s+far\b", re.I)
_SO_FAR_BEFORE_YEAR = re.compile(rf"\b(?:so|thus)\s+far\s+(?:in|for|during|this)\s+(?:{FISCAL}\s+)?$", re.I)


def _year_so_far(s: str, c: P.Cue, ctx: Context) -> P.Cue:
    """"the dividends declared for 2026 so far", "so far in 2026" before the year is over: the year to date, as "so far
    this year" is."""
    if (c.rel is None and c.year == ctx.fiscal_year and not (c.quarter or c.half or c.ytd or c.month)
            and (_SO_FAR_AFTER_YEAR.match(s, c.end) or _SO_FAR_BEFORE_YEAR.search(s, max(0, c.start - 30), c.start))):
        return P.Cue(c.start, c.end, ytd=True, year=c.year)
    return c


_SPAN_NOUN_GAP = re.compile(r"\s+(?:[a-z&-]+\s+){1,3}", re.I)
_A_YEAR_BACK = re.compile(r"(?:last|the\s+(?:prior|previous))\s+year|a\s+year\s+(?:ago|earlier)", re.I)
_YEARS_OWN = re.compile(r"['’]s\s+", re.I)


def _span_to_date_a_year_back(s: str, found: list[P.Cue]) -> list[P.Cue]:
    """"nine-month core profit last year", "year-to-date revenue a year ago", "last year's nine-month revenue": the span
    to date of the year before, one cue (as "the first nine months of last year" is), not this year's span beside a base."""
    out, dropped = list(found), set()
    for i, c in enumerate(found):
        if not (c.ytd and c.rel is None and c.year is None):
            continue
        for o in found:
            if o.rel != "year_ago" or not _A_YEAR_BACK.fullmatch(s, o.start, o.end):
                continue
            after = o.start > c.end and (gap := _SPAN_NOUN_GAP.fullmatch(s, c.end, o.start)) is not None and not tensed(gap.group(0))
            before = o.end <= c.start and _YEARS_OWN.fullmatch(s, o.end, c.start) is not None
            if after or before:
                out[i] = P.Cue(c.start, c.end, ytd=True, rel="ytd_last_year")
                dropped.add(id(o))
                break
    return [c for c in out if id(c) not in dropped]


_MONTH_YEAR_BASE = re.compile(rf"\b(?:from|versus|vs\.?|on|over|against|than|compared\s+(?:to|with))\s+(?:the\s+same\s+month\s+)?"
                              rf"(?:last\s+(?P<mon>{MONTH_ALT})\b|(?P<mon2>{MONTH_ALT})\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)))", re.I)


_CLOSE_AHEAD = re.compile(r"\b(?:should|will|would|expect\w*|plan\w*|aim\w*|target\w*|intend\w*|forecast\w*|guid\w*)\b", re.I)


def _close_ahead(c: P.Cue, m: P.Cue | None, s: str, ctx: Context) -> P.Cue | None:
    """The last fiscal year's close read for a month's end ("against $341 million at 30 June" in a half-year call) is the
    coming one in an outlook for it ("Inventory days should settle at around 130 at 30 June")."""
    if (m is not None and c.close and ctx.fiscal_year and m.year == ctx.fiscal_year - 1 and not m.quarter and not m.half
            and _CLOSE_AHEAD.search(s, clause_bounds(s, c.start)[0], c.start)):
        return P.Cue(m.start, m.end, year=ctx.fiscal_year)
    return m


_LAST_YEAR_LEAD = re.compile(r"\W*(?:(?:and|but|so|also)\s+)?(?P<ly>last\s+year)(?:,|\s+(?=(?:we|you)\s+(?!(?:were|was|are|had)\b)[a-z]+\b))", re.I)
"""("Last year you paid ...": a deed of the year, no comma; "Last year they were EUR 455 million" after the quarter's own
figure is that quarter a year ago)"""


_ELIDED_POSSESSIVE = re.compile(r"['’]s\s*(?:[,;.)]|$)")
_NOT_OWN_YEAR = re.compile(r"\b(?:from|versus|vs\.?|than|over|against|since|to|of|with|like|as|until|through|compared|on|after|lapping|cycling)\s+$", re.I)
_BASE_FIGURE_BEFORE = re.compile(r"\b(?:from|versus|vs\.?|(?<!more\s)(?<!less\s)(?<!fewer\s)than|compared|compares|against|over(?!\s+[$€£¥\d])|with)\b[^,;]{0,30}\d[^,;]{0,30}$", re.I)
""""up from 13.1% last year": a base figure the year is said of ("more than 20,000 sellers last year" is no base)."""
_YEAR_AHEAD_AFTER = re.compile(rf"\b(?:expect|plan|anticipate|aim|intend|target|project|forecast|will|should|look\s+to)\w*\b[^.;]*?\bthis\s+(?:{FISCAL}\s+)?year\b(?!['’]s)", re.I)
_EARLIER_BASE_AFTER = re.compile(rf"\b(?:versus|vs\.?|over|from|compared\s+(?:to|with)|than)\s+(?:the\s+)?(?:previous|prior|preceding)\s+(?:{FISCAL}\s+)?year\b", re.I)


def _closed_year(c: P.Cue, s: str, fy: int) -> P.Cue:
    """"Last year" in a fourth-quarter call, said of what was done in it, is the year just reported when the sentence
    calls the year ahead "this year" ("we added 900 dealers last year and expect 1,500 more this year") or sets it against
    a year of its own ("last year ..., up 40% versus the previous year"): the speaker counts from the new year the call is
    held in. A base "from last year" stays the year before."""
    if (c.rel != "year_ago" or s[c.start:c.end].lower() != "last year" or _NOT_OWN_YEAR.search(s, max(0, c.start - 14), c.start)
            or _BASE_FIGURE_BEFORE.search(s, max(0, c.start - 60), c.start)):
        return c
    if _YEAR_AHEAD_AFTER.search(s, c.end) is None and _EARLIER_BASE_AFTER.search(s, c.end) is None:
        return c
    return P.Cue(c.start, c.end, year=fy)


_CALL_NAMED = re.compile(rf"(?:['’]s)?(?:\s+(?:{FISCAL}\s+)?(?:19|20)\d\d)?[-\s]+(?:(?:earnings|results|investor|analyst|conference|quarterly)\s+)*"
                         r"(?:call|release|webcast)\b", re.I)
"""A quarter naming the call or release something was said in ("on our second quarter earnings call", "with the Q3 2026
release")."""
_AS_WE_SAID = re.compile(r"\b(?:as|like)\s+(?:we|I)\s+(?:said|mentioned|indicated|noted|discussed|communicated|guided|told\s+you|shared|"
                         r"outlined|highlighted)(?:\s+(?:earlier|before|previously))?\s+(?:(?:in|during|on|at)\s+)?(?:the\s+|our\s+)?", re.I)
_SAID_CLAUSE_ENDS = re.compile(r"(?:['’]s)?(?:\s+(?:earnings|conference))?(?:\s+call)?\s*,", re.I)
_ASSUMED_FOR = re.compile(r"\bassum(?:es|ed|ing|e)\s+(?:(?:normal|average|typical|seasonal)\s+weather|no\s+(?:further|more|additional|other)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?"
                          r"|(?:current|today['’]s|spot|constant)\s+(?:[a-z][a-z-]*\s+)?(?:rates|prices|levels))\s+(?:for|in|through|during|over)\s+(?:the\s+|this\s+)?$", re.I)
"""A setting an outlook assumes without a figure of its own (normal weather, no further cuts, today's rates) and the
period it is assumed for; an assumption given a figure ("hold in the fourth quarter near 10.5%") keeps its period."""
_THERE_BY = re.compile(rf"\b(?:get|be|arrive|land)\s+there\s+(?:by|in|during|before)\s+(?:the\s+(?:end|close)\s+of\s+)?(?:the\s+)?(?:{FISCAL}\s+)?$", re.I)
_SHARE_OF_WHOLE = re.compile(r"\d\s*%\s+of\s+(?:the\s+|our\s+|its\s+)?$", re.I)
_DEED_DATED = re.compile(r"\b(?:as|because|after|following)\s+(?:[^,;.\d]{0,70}?\bat\s+the\s+(?:start|beginning)\s+of\s+|"
                         r"(?:(?:opening|adding|closing|launching|acquiring|buying|selling|hiring|signing)\s+)[^,;.\d]{0,40}?)$", re.I)
_AT_START_OF = re.compile(r"%\s+of\s+[^,;%]{0,40}?\b(?:at|as\s+of)\s+the\s+(?:start|beginning)\s+of\s+$", re.I)
"""A ratio's base taken at a moment ("4.6% of the shares outstanding at the start of the year"); "the cut we had planned at the
start of the year" still names the year."""
_EVENT_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:will\s+|should\s+|is\s+set\s+to\s+|are\s+set\s+to\s+)?(?:goe?s?|went|comes?|came|starts?|started|begins?|began|"
                           r"launch(?:es|ed)?|open(?:s|ed)?|clos(?:es|ed)|t(?:akes?|ook)\s+effect|kick(?:s|ed)?\s+in|expire[sd]?|end(?:s|ed)?)\s+(?:live\s+|online\s+)?"
                           r"(?:in|during|at\s+the\s+(?:start|end)\s+of)\s+(?:the\s+)?$", re.I)
_CLAUSE_CLOSES = re.compile(r"(?:\s+(?:of\s+)?(?:this|last|next)\s+year|,?\s+(?:19|20)\d\d)?\s*,", re.I)
_RANKED_IN = re.compile(r"\b(?:best|worst|strongest|weakest|softest|biggest|largest|smallest|slowest|busiest|lightest|heaviest|highest|"
                        r"lowest|seasonally\s+(?:strongest|weakest|lowest|highest))\b(?:\s+[\w-]+){0,3}?\s+of\s+$", re.I)
_MOVE_ON_THE = re.compile(r"\b(?:up|down|rose|fell|grew|growth|increased?|decreased?|declined?|higher|lower|ahead|behind|improved?)\b"
                          r"[^,;]{0,40}?(?:%|percent|points?|bps|basis\s+points)\s+on\s+$", re.I)
_SINCE_EVENT = re.compile(rf"\bsince\s+(?:[^.;,]{{0,60}}?,\s+and\s+)?(?!the\s+(?:start|beginning|end)\s+of\s+(?:the\s+)?(?:{FISCAL}\s+)?(?:year|quarter)\b)"
                          rf"[^.;,%$]{{1,60}}?\b(?:in|during|back\s+in|starting\s+in|late\s+in|early\s+in)\s+(?:the\s+)?(?:{FISCAL}\s+)?$", re.I)
"""A period inside a "since ..." clause dates the event a running total starts from ("since we acquired the unit in 2023",
"since launching the app in 2020")."""
_BASIS_BEFORE = re.compile(r"\b(?:adjusted|reported|pro\s+forma|comparable|non-GAAP|GAAP)\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_LAUNCHED_THEN = re.compile(r"\b(?:launched|introduced|debuted|went\s+live|rolled\s+(?:it\s+|them\s+)?out)\s+(?:back\s+)?(?:in\s+|during\s+)?"
                            r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+|some\s+|over\s+)?(?:the\s+)?$", re.I)
_LONG_NOUN_GAP = re.compile(r"\s+(?:of|in)\s+(?:(?!(?:was|were|is|are|we|which|that|who|compared|versus|than|from)\b)[a-z][\w'’-]*\s+){1,12}?(?:during|in|for|over|through)\s+(?:the\s+)?", re.I)
_MOVE_NOUN_OF = re.compile(r"[\s-]+(?:increase|decrease|decline|growth|rise|gain|improvement|reduction|drop|change)\s+(?:of|was|is)\s", re.I)
_SINCE_START = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_SINCE_YEAR_END = re.compile(rf"\bsince\s+(?:the\s+)?(?:(?:{FISCAL}|calendar)\s+)?year[-\s]end\s+(?:of\s+)?(?:{FISCAL}\s+)?$", re.I)
_ALONG_WITH = re.compile(r"\b(?:along\s+with|as\s+well\s+as|together\s+with|in\s+addition\s+to)\b", re.I)
_BUT_BETWEEN = re.compile(r",\s+but\b|;", re.I)
_WHATEVER = re.compile(r"\b(?:whatever|regardless\s+of|no\s+matter\s+(?:what|how))\s+(?:[\w'’-]+\s+){0,3}?$", re.I)
_SHIFT_HINT = re.compile(r"\b(?:push|shift|mov|pull|slipp|slid|defer|delay)", re.I)
_MOVED_TO = re.compile(r"\b(?<!\bas\swe\s)(?<!\bwe\s)(?:pushed|shifted|moved|pulled|slipped|slid|deferred|delayed)(?:\s+(?:forward|out|back|over))?"
                       r"(?:\s+(?!into\b|to\b|out\b|from\b)[\w$.,%'-]+){0,6}?\s+(?:into|out\s+of|to|from)\s+(?:the\s+|this\s+|next\s+|our\s+)?$"
                       r"|\b(?:pushed|shifted|moved|pulled|slipped|slid|deferred|delayed)\s+out\s+of\s+(?:the\s+|this\s+)?$", re.I)
"""A period something was moved into or out of ("pushed some spend into the fourth quarter", "the spend we moved out of
this year", "orders that slipped into 2027"): the timing of the shift, not the period of the sentence's figures ("as we
moved into 2027" is a time, and stays)."""
_ON_MONTH = re.compile(rf"(?:On|And|As\s+for|Now|So|But)\s+(?P<mon>{MONTH_ALT})"
                       rf"\s*,(?!\s*(?:\d|{MONTH_ALT}))", re.I)
"""A month opening the sentence as its topic ("On October, ...", "And October, through the end of the month, ..."); not a
date ("And October 3, ...") nor a list of months."""
_EVENT_OF_NOUN = re.compile(r"(?:(?<!double\s)(?<!twice\s)(?<!triple\s)(?<!times\s)(?<!than\s)(?<!below\s)(?<!above\s)\b(?:the|our|a|an)\s+|\b(?:the|our|a|an)\s+(?!\d[\d.,]*\s))(?:[a-z\d][a-z\d'-]*\s+){1,4}?(?:that\s+|which\s+)?we\s+(?:made|sold|closed|completed|acquired|bought|divested|"
                            r"exited|announced|launched|raised|took|introduced|implemented|signed|opened|shut|agreed|granted|issued|won|entered|struck|"
                            r"formed|started|began|built|received|secured)(?:\s+(?:them|it|us|him|her))?(?:\s+(?:to|from|with)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+"
                            r"(?:in|during|at\s+the\s+(?:start|end)\s+of)\s+(?:the\s+)?$", re.I)
"""'the product line we sold in the first quarter', 'the price changes we made in the first quarter', 'the plant that we sold to a
local partner in the first quarter': a period that dates
what was done to a thing named before it, not a figure of the sentence ('the 72 megawatts we signed in the third quarter of
last year', a count compared with, is a figure of that quarter ('the 14 depots we closed in the second quarter' a thing); 'the $138 a ton we realized in January' names a
figure, so its month stays)."""


_EVENT_NOUNS = ("sale", "divest", "dispos", "acqui", "purchase", "spin", "carve", "closure", "closing", "exit", "launch", "issu",
                "redemption", "refinanc", "opening", "deconsolidat", "merger", "IPO", "listing", "buyout", "takeover", "transfer")
_EVENT_NOUN = re.compile(rf"\b(?:sale|divestiture|disposal|disposition|acquisition|purchase|spin-?off|carve-?out|closure|closing|exit|launch|"
                         r"issue|issuance|redemption|refinancing|opening|deconsolidation|merger|IPO|listing|buyout|takeover|transfer)"
                         r"\s+(?:of|from)\s+(?!(?:our\s+|its\s+|the\s+)?(?:own\s+)?(?:shares|stock|common)\b)(?:[A-Za-z'’&.-]+\s+){0,5}?[A-Za-z'’&.-]+"
                         r"(?:,?\s+(?:which\s+|that\s+)?(?:(?:was|were)\s+)?(?:completed|closed|announced|finali[sz]ed|agreed|signed|done|effective)\s+|\s+)"
                         r"(?:back\s+|earlier\s+|late\s+|early\s+)?(?:in|during|at\s+the\s+(?:start|end)\s+of)\s+"
                         rf"(?:(?:early|mid|late)[-\s]+)?(?:(?:{MONTH_ALT})\s+(?:of\s+)?)?(?:the\s+)?$", re.I)
_EVENT_NOUN_SAID = re.compile(r"\b(?:adjust\w*|excluding|exclude|ex|net\s+of|account\w*)\s+(?:for\s+)?(?:the\s+(?:impact|effect)\s+of\s+)?"
                              r"(?:the\s+|our\s+)(?:sale|divestiture|disposal|acquisition|purchase|spin-?off|exit|closure)\s+of\s+"
                              r"(?:[A-Za-z'’&.-]+\s+){0,5}?[A-Za-z'’&.-]+\s+$", re.I)
"""'Excluding the disposal of our truck leasing arm last year, ...': the deed an adjustment takes out, dated by a past
period said right after it; the figures of the sentence stay the call's."""
"""A period that dates a deed named as a noun ("the sale of our frozen desserts arm in May of last year", "the launch of
the new app in the second quarter", "the issue of our green bonds in March"), not a figure of the sentence."""


_MONTH_SO_FAR = re.compile(rf"\W*(?:(?:and|so|now|but|well)\W+)?(?:in\s+)?(?P<mon>{MONTH_ALT})"
                           r"(?:\s+so\s+far)?\s+(?:has\s+been|is|looks|has\s+started|started|got\s+off|is\s+off)\b", re.I)
"""'October has been good.' opening a remark: what follows is about the quarter under way, to date."""
_AS_ASIDE = re.compile(r",\s+as\s+(?:it|they|that|this|we)\s+(?:always|usually|typically|normally|often|generally|traditionally)?\s*(?:is|are|does|do|did|was|were|has|have|tends?)\b[^,;]*$", re.I)
"""', as it always is after our fiscal year-end': a manner aside, told of the pattern, not the figure."""
_IN_ASIDE = re.compile(r",\s+which\s+[^,;]*$", re.I)
_ASIDE_ENDS = re.compile(r",\s+(?:and|but|while)\s", re.I)
_WHICH_WHEN = re.compile(r"\s*,\s+which\s+(?:we\s+(?:now\s+)?(?:expect|plan|intend)\s+to|we\s+will|we['’]ll|(?:is|are)\s+(?:expected|planned|due|scheduled)\s+to)"
                         r"\s+(?:book|record|recogni[sz]e|incur|take|spend|pay|receive|reali[sz]e|collect|invest|deploy)\s+(?:[a-z]+\s+)?"
                         r"(?:in|during|by|over)\s+(?:the\s+)?", re.I)
_SIGN_FOR = re.compile(r",\s+(?:which\s+is\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:sign|signal|indicator|harbinger|read|tailwind|support|foundation|"
                       r"set-?up)\s+(?:for|of|into|ahead\s+of)\s+(?:the\s+|our\s+)?$", re.I)
_SHORT_SUBJECT = re.compile(r"(?:^|[,;:]\s*)(?:the\s+|our\s+|its\s+)?(?:[A-Za-z][\w&'’-]*\s+){0,3}[A-Za-z][\w&'’-]*$")
"""The aside's head: a subject of a few words opening its clause ("Mexico", "The Ohio plant"), no clause with a verb and figure."""
_ASIDE_CLOSED = re.compile(r"[^,;.\d]*,\s+(?!(?:and|but|while|or|so)\s)[^,;.\d]*")
"""', and visits are up 1%' after the aside: a clause of its own ('..., which brought full-year EPS to $4.10, an increase of 9%' is the aside's)."""
_WEEKS_OF = re.compile(rf"\b(?:weeks?|days?)\s+(?:of|into)\s+(?P<mon>{MONTH_ALT})\b"
                       r"(?!\s+(?:last\s+year|\d))", re.I)
"""'We have about three weeks of April in hand.': the quarter under way."""
_TO_DATE_SPAN = re.compile(rf"\b(?:(?:first|past)\s+(?:two|three|four|five|six|few|couple\s+of|2|3|4|5|6)\s+weeks|first\s+week)\b|"
                           rf"\blast\s+(?:two|three|four|five|six|few|couple\s+of|2|3|4|5|6)\s+weeks\b(?!\s+(?:of|in)\s+(?:{MONTH_ALT})\b)|"
                           r"\bsince\s+then\b|\b(?:in\s+)?that\s+(?:week|period|time\s*frame|stretch)\b", re.I)
"""Also the days after a span the sentence before dated ("Since then, ...", "In that time frame, ..."): the same span, to date."""
_MONTH_BEGUN = re.compile(rf"\W*(?:(?:and|so|now|but|then)\W+)?(?:(?:beginning|starting|since|from)\s+)?(?:in\s+)?(?:early|mid|late)?[-\s]*"
                          rf"(?P<mon>{MONTH_ALT})\b(?!\s*\d)", re.I)
"""'Beginning in early January, the variant spread quickly.' opening a remark: a month as the time of what follows."""


_MONTH_GROWING = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\s+(?:is|are)\s+(?:growing|pacing|climbing|falling|declining)\b")
"""'October room nights are growing at 6%': a month's measure in the present progressive is counted to date."""


def _month_to_date(c: P.Cue, s: str, ctx: Context) -> P.Cue | None:
    """"So far in October, utilization is running close to 80%" where the call says neither when its quarter ended nor
    when it was held: a month counted to date lies after the quarter reported, in the quarter under way."""
    if (c.rel == "month" and not c.day and ctx.fiscal_year and ctx.fiscal_quarter and not ctx.quarter_end and not ctx.call_month
            and (_SO_FAR.search(s) or to_date(s) or ("ing " in s and _MONTH_GROWING.match(s, c.end)))):
        return P.Cue(c.start, c.end, rel="qtd")
    return None


def month_under_way(s: str, ctx: Context) -> Period | None:
    """The quarter under way, when a sentence without figures names a month after the call's quarter as its subject
    ("October has been good."): the to-date figures of the next sentence ("Through the first four weeks, volumes are
    running up 3%") are that quarter's."""
    m = _MONTH_SO_FAR.match(s) or (_WEEKS_OF.search(s) if ("week" in s or "days" in s) else None) or (_ON_MONTH.match(s) if "," in s[:20] else None) \
        or (_MONTH_BEGUN.match(s) if "," in s[:36] else None)
    if m is None or not ctx.fiscal_year or not ctx.fiscal_quarter:
        return None
    c = P.month_cue(P.Cue(m.start("mon"), m.end("mon"), rel="month", month=P._MONTH_NUMBER[m["mon"].lower()[:3]]),
                    ctx.fiscal_year, ctx.fiscal_quarter, ctx.quarter_end, ctx.call_month, call_day=ctx.call_day)
    return P.next_period(ctx.fiscal_year, ctx.fiscal_quarter) if c is not None and c.rel == "qtd" else None


def to_date(s: str) -> bool:
    """A figure of a span still running ("is running up 4%", "through the first three weeks"): it keeps the quarter under
    way that the sentence before named."""
    return TO_DATE.search(s) is not None or _TO_DATE_SPAN.search(s) is not None


_NOW_STATE = re.compile(r"\b(?:is|are)\b(?!\s+(?:expected|projected|forecast|planned|likely|going|set|due)\b)", re.I)
_NOT_NOW = re.compile(r"\b(?:will|would|should|could|may|might|expect\w*|plan\w*|guid\w*|outlook|forecast\w*|assum\w*|next|last|ago|"
                      rf"years?|quarters?|months?|weeks?|{MONTH_ALT}|20\d\d)\b", re.I)


def still_under_way(s: str) -> bool:
    """A level or move said in the present with no time of its own ("Occupancy is 95.5%.", "Used units are up in the
    mid-single digits.") right after figures of the quarter under way: as things stand now, still that quarter; a past
    verb ("Occupancy was 95.5%.") or an outlook goes back to the paragraph's own periods."""
    return (" is " in s or " are " in s) and _NOW_STATE.search(s) is not None and PAST.search(s) is None and _NOT_NOW.search(s) is None


def _month_of_figure(s: str, at: int) -> bool:
    """"milled 5,350 tonnes per day in June": a month right after a figure, with no verb between, dates it; "the range we
    gave in May" does not."""
    m = _AFTER_FIGURE.search(s, max(0, at - 32), at)
    return m is not None and (not tensed(m.group(0)) and not _IRREGULAR.search(m.group(0)) or _MEASURED_IN.search(m.group(0)) is not None)


_MONTH_DETAIL = re.compile(r",?\s+(?:with|at|of)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?[$€£¥]?\d", re.I)
_SOMEONE = re.compile(r"\b(?:we|I|you|they|he|she)\b", re.I)


def _month_detailed(s: str, c: P.Cue) -> bool:
    """"Fundings held up well in April, with $9.2 billion closed": a month that ends a measure's clause, its figures
    given right after, is their period; "we raised the dividend in May, with ..." dates a deed, not them."""
    if _MONTH_DETAIL.match(s, c.end) is None:
        return False
    lead = max(s.rfind(",", 0, c.start), s.rfind(";", 0, c.start)) + 1
    return _SOMEONE.search(s, lead, c.start) is None


def _month_of_state(s: str, c: P.Cue) -> bool:
    """"About 80% of our salons were open at the beginning of July": a part of a month (its start, early in it) at the end
    of a clause with no one acting in it is when the level stood; "we gave the range in early May" dates a deed."""
    lead = max(s.rfind(",", 0, c.start), s.rfind(";", 0, c.start)) + 1
    return _SOMEONE.search(s, lead, c.start) is None


_MONTH_SUBJECT = re.compile(r"\s+(?:was|were|is|are|ran|came\s+in|averaged|grew|rose|fell|increased|decreased|declined|improved|up|down"
                            r"|so\s+far|to\s+date|month[-\s]to[-\s]date)\b", re.I)
""""Core price in January was 6.2%", "with handle in July up 5%": a month inside the subject of a measure's move is the figure's
period; so is one counted to date after a measure ("bookings in October so far are up 9%", "we collected 91% for October
to date")."""
_MEASURED_IN = re.compile(r"\b(?:we|it|they)\s+(?:realized|averaged|earned|achieved|posted|recorded|generated|shipped|sold|booked|"
                          r"collected|saw)\s+(?:(?:in|during)\s+)?$", re.I)
""""the $138 a ton we realized in January": the figure measured in that month, not an event dated by it."""


_MATURITIES = re.compile(r"\s+(?:(?:debt|note|bond|term\s+loan|senior|convertible|secured|unsecured|exchangeable|subordinated|term|green)\s+){0,3}"
                         r"(?:maturit(?:y|ies)|notes|bonds|debentures|loans?|convertibles?|warrants)\b", re.I)
_DUE_BEFORE = re.compile(r"\b(?:due|maturing)\s+(?:in\s+|until\s+|before\s+|after\s+)?$", re.I)
_DEBT_WORD = re.compile(r"\b(?:due|matur\w*|notes|bonds|debentures|loans?|convertibles?|warrants)\b", re.I)
"""A year that names a security or its maturity ("our 2029 convertible notes", "notes due 2031", "nothing maturing until
2030") dates the debt, not a figure."""
_GUIDE_GIVEN = re.compile(r",?\s+we\s+(?:had\s+)?(?:framed|guided|indicated|projected|forecast|outlined|talked\s+about|laid\s+out|set\s+out|said\s+we\s+expected|expected|anticipated|assumed|set)\b", re.I)
"""'In November we framed margin expansion of ...': the month says when an outlook was given, not the period it is for."""
_AFTER_FIGURE = re.compile(r"\d[^.;,\d]{0,30}$")
_IRREGULAR = re.compile(r"\b(?:gave|said|told|set|laid|made|took|put|saw|got|did|we|you|they)\b", re.I)
_MONTH_LEAD = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|so|now|then|also|so\s+far|thus\s+far)\s+)\W*(?:we\s+)?$|\b(?:sales|revenues?|orders|comps|traffic|volumes?|"
                         r"bookings|shipments|RevPAR|occupancy|production)\s+$", re.I)
"""A month is a figure's period where it leads its clause ("In October, orders rose 8%") or follows the measure
("orders in October"); elsewhere it dates an event ("the buyback we announced in May")."""


_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|does|did|(?P<ed>[a-z]{3,}ed))\b|(?:%|\b(?:it|this|that|which))\s+[a-z]{3,}s\b"
                   r"|\b(?:it|that|there|what|he|she)['’]s\b", re.I)
_NOT_VERB = frozenset("adjusted expected related based diluted combined consolidated weighted estimated projected anticipated "
                      "planned targeted guided levered leveraged unlevered owned controlled detailed limited needed hundred "
                      "indexed secured unsecured advanced integrated".split())


@lru_cache(maxsize=32)
def tensed(s: str) -> bool:
    """Has the sentence a verb with a tense of its own ("was", "lowered", "the 10.5% reflects")? "For the first quarter,
    gross margin in the 44% range" has none."""
    if PAST.search(s) or PRESENT_STATE.search(s):
        return True
    return any(not (m.group("ed") and m.group("ed").lower() in _NOT_VERB) for m in _VERB.finditer(s))


def cue_reported(c: P.Cue, ctx: Context) -> bool:
    """A period the call reports on or before it ("in the quarter", "last year", "the second quarter" in a Q3 call)."""
    if c.rel == "q_this_year":
        return bool(c.quarter and ctx.fiscal_quarter and c.quarter <= ctx.fiscal_quarter)
    if c.rel is not None:
        return c.rel in ("this_q", "prev_q", "year_ago", "q_last_year", "h_last_year", "ytd_last_year", "n_years_ago", "this_h", "qtd") or (
            c.rel == "this_y" and ctx.fiscal_quarter in (None, 4))
    if c.year is not None and ctx.fiscal_year is not None:
        return c.year < ctx.fiscal_year or (c.year == ctx.fiscal_year and bool(c.quarter) and ctx.fiscal_quarter is not None
                                              and c.quarter <= ctx.fiscal_quarter)
    # without a year only the quarter reported and the one before are surely past: "the second quarter" in a Q4 call may
    # be next year's
    return bool(c.quarter and ctx.fiscal_quarter and 0 <= ctx.fiscal_quarter - c.quarter <= 1)


def topic_period(pcues: list[P.Cue], ctx: Context, st: State, topic: str = "") -> None:
    """"And just to follow up on 2026." / "Turning to next year.": the period of what comes next."""
    if not pcues:
        return
    c = pcues[-1]
    # ("Now to the first quarter." in a fourth-quarter call: next year's, as the quarter ahead)
    fut = future_cue([c], ctx) or (c.rel is None and cue_ahead(c, ctx, topic))
    st.period, st.future = P.resolve(c, ctx.fiscal_year, ctx.fiscal_quarter, fut, ctx.fiscal_half), fut
    st.heading = st.period if fut and st.period is not None and st.period.quarter else None
    year = st.period is not None and not st.period.quarter and not st.period.half
    if year and (fut or st.period.fiscal_year == ctx.fiscal_year and ctx.year_open):
        # "Turning to the full year." before the year is over, "Now to 2027." after it: what follows is guided, also
        # in the next paragraphs of the turn
        st.outlook = st.period
        if ctx.role is not Role.ANALYST and not period_over(st.period, ctx):
            # ("Let me frame the full year first." in a second-quarter call: its figures are the year's outlook)
            st.future, st.kind, st.announced = True, FactKind.GUIDANCE, True


def future_cue(pcues: list[P.Cue], ctx: Context, s: str = "") -> bool:
    for c in pcues:
        if c.rel in ("next_q", "next_y", "rest_y"):
            return True
        if c.rel == "q_this_year" and c.quarter and ctx.fiscal_quarter and c.quarter > ctx.fiscal_quarter:
            return True
        if c.rel is None and ctx.fiscal_year:
            if c.year and c.year > ctx.fiscal_year:
                return True
            if (c.year is None and c.quarter and ctx.fiscal_quarter and c.quarter > ctx.fiscal_quarter
                    and not (s and c.quarter == 4 and ctx.fiscal_quarter == 1 and _SEQUENTIAL_BASE.search(s, max(0, c.start - 40), c.start))):
                return True
            if c.year == ctx.fiscal_year and c.quarter and ctx.fiscal_quarter and c.quarter > ctx.fiscal_quarter:
                return True
    return False


_SEQUENTIAL_BASE = re.compile(r"\b(?:from|versus|vs\.?|compared\s+(?:to|with)|relative\s+to|against)\s+(?:the\s+|our\s+)?$", re.I)
"""A first-quarter call's bare fourth quarter said as a base ("up 6% from Q4", "30 basis points sequentially versus the
fourth quarter") is the quarter just before, last year's: no period ahead that would make the figure an outlook."""


_WE_EXPECT_BEFORE = re.compile(r"\b(?:we|I)\s+(?:now\s+|still\s+)?(?:expect|anticipate|forecast|project|see)\s+$", re.I)


_COMPARED_KEPT = 64
_compared: dict[tuple, bool] = {}
"""Answers of `comparison_cue` for the sentences at hand: each figure's period asks them again of every cue."""


def comparison_cue(s: str, c: P.Cue) -> bool:
    """A period named after "from $287.0 million in 2010": it dates the comparison figure, not the sentence.
    So does the period of "our second quarter level of $21.3 million"."""
    key = (s, c.start, c.end, c.year, c.quarter, c.half, c.rel, c.ytd)  # every field the answer reads
    said = _compared.get(key)
    if said is None:
        if len(_compared) >= _COMPARED_KEPT:
            _compared.clear()
        said = _compared[key] = _comparison_cue(s, c)
    return said


_ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_BETWEEN_QUARTERS = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?P<w>first|second|third|fourth)\s+quarter|Q(?P<n>[1-4]))\s+and\s+(?:the\s+)?$", re.I)


def _quarter_before_named(s: str, c: P.Cue) -> bool:
    """"the moves we saw between the second quarter and the first quarter, 2026": the quarter just before the one named first
    is the base the changes are measured from."""
    m = _BETWEEN_QUARTERS.search(s, max(0, c.start - 40), c.start)
    first = m and (int(m["n"]) if m["n"] else _ORDINAL_Q[m["w"].lower()])
    return bool(first) and c.quarter == (first - 1 or 4)


_SPAN_CLAUSE_LEAD = re.compile(r"(?:,|;)\s+(?:and|but|while|whereas)\s+(?:(?:for|in|over|during|through)\s+)?(?:the\s+)?$", re.I)
"""", and year to date we stand at ...", ", while for the nine months ...": a span of the year that leads a clause of its own
after a quarter's figure and its base ("up 8.6% against the same quarter of 2025, and year to date ..."), not a base."""


_SAME_SPAN_LEAD = re.compile(r"\W*(?:(?:and|so|now)\s*,?\s+)?(?:over|in|during|for)\s+the\s+same\s+", re.I)
"""'Over the same nine months, ...' opening the sentence: the span the sentence before named, as this one's lead; not
'over the same period' said as a base after a figure."""


_RATE_STARTS_FROM = re.compile(r"(?:\b(?:a|per|each)\s+year|\bannually|\bper\s+annum|\bannual(?:i[sz]ed)?\s[^;]{0,100}?\d[^;]{0,80}?)"
                               r"\s+from\s+(?:fiscal\s+(?:year\s+)?|FY\s*)?$", re.I)
_MOVED_FROM = re.compile(r"\b(?:up|down|rose|grew|increased?|decreased?|declined?|fell|higher|lower|compared|versus|vs\.?|improved?|gain(?:ed)?)\b", re.I)

_DEAL_DONE = re.compile(r"\b(?:signed|won|awarded|booked|secured|agreed|contracted|closed|entered\s+into)\b", re.I)


def rate_starts_in_year(s: str, c: P.Cue) -> bool:
    """"savings of about $9 million a year from fiscal 2028", "annual savings of $90 million from 2028": the year a run
    rate starts is its first year, not a base it is compared with ("up 5% from 2025" is one)."""
    if not c.year or c.quarter or c.half or c.rel is not None or c.ytd or "from" not in s[max(0, c.start - 20):c.start]:
        return False
    m = _RATE_STARTS_FROM.search(s, max(0, c.start - 200), c.start)
    # ("we signed contracts for 2.3 TWh a year from 2027": the deal is the quarter's deed, the year its deliveries')
    return m is not None and _MOVED_FROM.search(s, m.start(), m.end()) is None and _DEAL_DONE.search(s, 0, m.start()) is None


_GIVEN_IN_MONTH = re.compile(rf"(?:\s+(?:per|a)\s+share)?(?:\s+(?:range|guidance|outlook|forecast))?\s+(?:that\s+)?(?:we|I)\s+(?:had|gave|set|issued|"
                             rf"provided|published|shared|announced|laid\s+out|put\s+out|guided\s+to)(?:\s+(?:you|out))?(?:\s+back)?\s+in\s+"
                             rf"(?:early\s+|mid-?\s*|late\s+)?(?P<month>{MONTH_ALT})\b(?!\s+(?:19|20)\d\d)", re.I)
_MONTH_OUTLOOK_OF = re.compile(rf"\b(?:our|the)\s+(?:early\s+|mid-?\s*|late\s+)?(?P<month>{MONTH_ALT})\s+(?:outlook|guidance|guide|forecast|range|view|plan|budget)"
                               r"\s+(?:of|was|at|for\s+the\s+(?:full\s+)?year\s+of)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?$", re.I)


def outlook_of_a_month(s: str, q: Quantity, pcues: list[P.Cue], call_month: int | None) -> bool:
    """A range recalled by the month it was given ("above the $76 to $80 we had in February", "our May outlook of $1.10
    to $1.20"), with no quarter or half named, given two calls back or earlier: the fiscal year's outlook as it stood
    then, not the quarter of the call (the last call's range, "the $4.2 to $4.5 billion we gave you in July" in an
    October call, is most often the quarter's own)."""
    if not call_month or any(c.quarter or c.half or c.ytd for c in pcues):
        return False
    m = _GIVEN_IN_MONTH.match(s, q.end) or _MONTH_OUTLOOK_OF.search(s, max(0, q.start - 60), q.start)
    return m is not None and (call_month - month_number(m["month"].rstrip("."))) % 12 >= 4


_DONE_THIS_YEAR = re.compile(r"[^,.;]{0,40}?\b(?:done|completed|closed|opened|bought\s+back|repurchased)\s+(?:so\s+far\s+)?this\s+year\b"
                             r"|\s+(?:are|is|were|have\s+been)\s+already\s+(?:open|opened|done|complete|completed|closed|live)\b", re.I)
_AT_SO_FAR = re.compile(r"\b(?:you|we)(?:['’]re|\s+are)\s+(?:now\s+|already\s+)?at\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
_THIS_YEAR_AFTER = re.compile(r"[^,.;]{0,25}?\bthis\s+year\b", re.I)


def done_so_far_this_year(s: str, q: Quantity) -> bool:
    """A count of what is done in the year so far ("$1.05 billion of buybacks done this year", "you're at 18 deals this
    year", "300 new branches for the full year, of which 122 are already open"): the span to date, not the whole year."""
    if _DONE_THIS_YEAR.match(s, q.end):
        return True
    return _AT_SO_FAR.search(s, max(0, q.start - 30), q.start) is not None and _THIS_YEAR_AFTER.match(s, q.end) is not None


def _comparison_cue(s: str, c: P.Cue) -> bool:
    if rate_starts_in_year(s, c):
        return False
    if c.ytd and c.rel is None and s[c.end:c.end + 1] == "," and _SAME_SPAN_LEAD.fullmatch(s, 0, c.start):
        return False
    return (_comparison_at(s, c.start) and not _VIEWPOINT.match(s, c.end)
            and not ((c.ytd or c.half or c.rel == "this_y") and _SPAN_CLAUSE_LEAD.search(s, max(0, c.start - 30), c.start))
            # "a dividend of $2.10 a share from 2025 profit": the year whose profit pays it, the dividend's own year
            and not (c.year is not None and not c.quarter and not c.half and s.startswith(" ", c.end) and _PAID_FROM_PROFIT.match(s, c.end)
                     and "dividend" in s.lower())
            # "in line with the 25% to 26% we expect for the year": the period of the outlook the relative clause gives
            and not (s[c.start:c.start + 3].lower() in ("for", "in ") and _WE_EXPECT_BEFORE.search(s, max(0, c.start - 30), c.start))
            or re.match(r"\s+levels?\s+of\b", s[c.end:c.end + 12], re.I) is not None
            # "grew 19% to 2019 levels": the year a level is measured against, not the figure's period
            # (also with a word that says which level: "still below the 2024 pre-pandemic levels")
            or c.year is not None and not c.quarter and not c.half
            and re.match(r"\s+(?:(?:pre|post)[-\s]?[a-z]+\s+|peak\s+|record\s+)?levels?\b", s[c.end:c.end + 30], re.I) is not None
            and re.search(r"\b(?:to|from|versus|vs\.?|over|than|relative\s+to|compared\s+(?:to|with)|above|below)\s+(?:the\s+|our\s+)?(?:(?:pre|post)[-\s]?[a-z]+(?:-19)?\s+)?$", s[max(0, c.start - 35):c.start], re.I) is not None
            # "at 64% of 2018 levels", "64% of the first half of the 2018 levels": the base of a ratio, which dates nothing
            or c.year is not None and not c.quarter and "level" in s[c.end:c.end + 8] and re.match(r"\s+levels?\b", s[c.end:c.end + 8], re.I) is not None
            and re.search(r"%\s+of\s+(?:the\s+|our\s+)?$", s[max(0, c.start - 25):c.start], re.I) is not None
            or c.quarter is not None and "between" in s and _quarter_before_named(s, c))


_EXPECTED_HINTS = ("line with", "onsistent with", "track", "what we", "expect", "assum", "guid", "outlook", "plan", "range", "forecast", "estimate")
_EXPECTED_BEFORE = re.compile(
    r"\b(?:in\s+line\s+with|consistent\s+with|on\s+track\s+(?:with|for)|close\s+to|near|at|within|below|above|under|ahead\s+of|behind|short\s+of|roughly|about|around|"
    r"(?:which|that)\s+(?:is|was)\s+(?:also\s+|about\s+|roughly\s+|broadly\s+|exactly\s+|just\s+)?)\s*"
    r"(?:(?:what|where)\s+(?:we|I)\s+|(?:the|our)\s+(?:[\w-]+\s+){0,3}?(?:(?:that\s+)?(?:we|I)\s+)?)(?:(?:still|now|had|have|currently|continue\s+to)\s+)?"
    r"(?:assum|expect|guid|plan|forecast|model|anticipat|budget|project|see)\w*\s+(?:(?:it\s+to\s+be\s+)?(?:for|in|over|across)\s+)?(?:the\s+)?$"
    r"|\b(?:in\s+line\s+with|consistent\s+with|on\s+track\s+(?:with|for)|within|below|above|ahead\s+of|behind|compared\s+(?:to|with)|versus|vs\.?|against|"
    r"relative\s+to)\s+(?P<own>our|the)\s+$", re.I)
_EXPECTATION_AFTER = re.compile(r"[-\s]+(?:[\w-]+\s+){0,2}?(?:assumptions?|expectations?|guidance|guide|outlook|forecast|plan|estimate|range)\b", re.I)


def _expected_base(s: str, q: Quantity, c: P.Cue, fy: int | None) -> bool:
    """A year not yet over that dates the expectation a result is held against ("in line with what we assume for the full
    year", "consistent with our full-year guidance"), not the result."""
    if not (c.rel == "this_y" or c.rel is None and c.year and c.year == fy and not c.quarter and not c.half and not c.ytd):
        return False
    m = _EXPECTED_BEFORE.search(s, max(q.end, c.start - 70), c.start)
    # (only after the result: "in line with our expectations in 2021 for a mid-30% margin" gives the expectation's figure)
    if m is None or any(ch.isdigit() for ch in m.group(0)):
        return False
    # ("in line with our full-year guidance": the expectation named after the period words)
    return m["own"] is None or _EXPECTATION_AFTER.match(s, c.end) is not None


_REFERENCE_WORDS = ("portfolio", "book", "covenant", "limit", "market", "industry", "peer", "benchmark", "hurdle", "threshold", "requirement",
                    "minimum", "maximum", "regulatory", "cost of capital", "cost of debt", "index")
_REFERENCE_BASE = re.compile(r"\b(?:against|versus|vs\.?|compared\s+(?:to|with)|relative\s+to)\s+(?:a|an|the|our|its)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:portfolio|book|covenant|limit|market|industry|peers?['’]?|benchmark|hurdle|threshold|requirement|minimum|maximum|"
                             r"regulatory|cost\s+of\s+(?:capital|debt)|index)(?:\s+[\w-]+){0,2}?\s+(?:of|at)\s+"
                             r"(?:about\s+|approximately\s+|roughly\s+|around\s+)?$", re.I)
"""A base that is another measure's level now ("against a portfolio book yield of 4.4%", "versus a covenant limit of 3.5
times", "compared with a market rate of 6%"), not the figure's own measure a period earlier."""

_FOR_OTHER_GROUP = re.compile(r"\s+for\s+(?:a|an|our|the|its|their|each)\s+(?!(?:same|prior|previous|comparable|corresponding|like|year|quarter|"
                              r"period|full|first|second|third|fourth|last|whole|nine|six|three|twelve|months?|half|fiscal|current|next|"
                              r"trailing|entire|total|year-ago|prior-year|quarter-ago)\b)(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*(?:[.,;]|$))", re.I)
"""A base that is the same measure of another group said now ("about 6 days against 3.2 days for our domestic patients",
"$410 against $230 for a standard room"): who it is of, not a period before."""

_GROUPS_COMPARED = re.compile(r"\b(?:higher|lower|more|less|bigger|smaller|larger|better|worse|faster|slower)\s+than\s+(?:the\s+|our\s+)?"
                              r"(?!(?:last|the|a|an|prior|previous|expected|planned|we|it|they|in|at|our|its|\d)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*,\s+[^.;]*$", re.I)
"""'Dental runs higher than veterinary, around $23,000 against about $16,400': two groups held against each other now."""

_SET_AGAINST = re.compile(r"\b(?:against|versus|vs\.?)\s+(?:the\s+|our\s+)?$", re.I)
_DEBT_NAMED = re.compile(r"(?:\s+(?:of|in))?\s+(?:(?:senior|convertible|secured|unsecured|term|outstanding|total|gross)\s+){0,2}"
                         r"(?:notes|debt|converts?|convertibles|bonds|borrowings|debentures|term\s+loans?)\b", re.I)
_AGAINST_DEBT_OF = re.compile(r"\b(?:against|versus|vs\.?)\s+(?:the\s+|our\s+)?(?:(?:senior|convertible|secured|unsecured|term|outstanding|total|gross)\s+){0,2}"
                              r"(?:debt|borrowings|notes|bonds)\s+(?:of|at)\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
"""The same set against the debt named first ("cash of $1.2 billion against gross debt of $900 million")."""
_CASH_BEFORE = re.compile(r"\b(?:cash|liquidity)\b", re.I)
_DEBT_DUE = re.compile(r"\b(?:due|maturing)\s+(?:in\s+)?$", re.I)
"""Debt held now set against the cash ("cash of $1.2 billion against $700 million of senior notes due in 2029")."""
_ON_THE_CALL = re.compile(r"\s+(?:earnings\s+|conference\s+)?call\b", re.I)
""""the guide we shared on the Q4 call": the call held then, not a quarter ahead."""
_AT_MIDPOINT = re.compile(r"(?:\s+(?:[\w%'-]+|per\s+share)){0,4}?\s+at\s+the\s+mid-?point\b", re.I)
_CLAUSE_OPENS = re.compile(r"\s*[,;]\s*(?:and|while|but|whereas)?\s*", re.I)
_AGO_SUBJECT = re.compile(r",?\s+(?:it|that|this|they|the\s+(?:rate|ratio|margin|figure|number))\s+(?:was|were|stood|ran|came\s+in)\b", re.I)
_MIDPOINT_LEAD = re.compile(r"\W*(?:(?:and|so|now)\s*,?\s+)?at\s+(?:the|its|that)\s+mid-?point\s*,", re.I)
_BEAT_BEFORE = re.compile(r"\b(?:exceed\w*|beat\w*|above|below|ahead\s+of|short\s+of|miss\w*|surpass\w*|topp\w*|came\s+in|was|were)\b", re.I)


def guided_midpoint(s: str, q: Quantity) -> bool:
    """"a 120 basis point rise at the midpoint", "$9.40 at the midpoint": a point of a guided range, or its step; not a
    result held against the range ("EPS was $3.10, beating our guide by 5 cents at the midpoint")."""
    if "idpoint" in s[max(0, q.start - 60):q.start] and _MIDPOINT_AT.search(s, max(0, q.start - 60), q.start):
        return True  # "which keeps the midpoint at $2.54 billion", "the midpoint is $4.20"
    return ((_AT_MIDPOINT.match(s, q.end) is not None or _STEP_TO_MIDPOINT.match(s, q.end) is not None or _LANDS_AT_MIDPOINT.search(s, max(0, q.start - 40), q.start) is not None
             and _MIDPOINT_NEXT.match(s, q.end) is not None) and not _BEAT_BEFORE.search(s, max(0, q.start - 40), q.start))


_AFTER_STEP = re.compile(r",\s+(?:after|following|on\s+top\s+of)\s+(?:a|an|the)\s", re.I)
_STEP_TO_MIDPOINT = re.compile(r"(?:\s+[\w%'-]+){0,3}?\s+(?:increase|raise|rise|reduction|cut|decrease|improvement|lift|step[-\s]up)\s+"
                               r"(?:to|in)\s+(?:the|our)\s+(?:[\w'-]+\s+){0,3}?mid-?point\b", re.I)
""""a 90 basis point rise in our occupancy midpoint": the step of a revised range."""
_IF_BETWEEN = re.compile(r"\bif\s+(?:the|this|that|our|we)\b", re.I)
_LANDS_AT_MIDPOINT = re.compile(r"\b(?:lands?|ends?\s+up|comes?\s+in|finish(?:es)?|gets?\s+(?:us\s+)?to|puts?\s+(?:us|it)|takes?\s+(?:us|it)\s+to)"
                                r"\s+(?:at|near|around|to)?\s*(?:the|our|your)\s+$", re.I)
_MIDPOINT_NEXT = re.compile(r"\s+(?:(?:guidance|guide|range)\s+)?mid-?point\b", re.I)
""""the full year lands at the $3.66 midpoint": where a period still open ends up, said as the guided range's middle."""


_MIDPOINT_AT = re.compile(r"\b(?:keeps?|puts?|leaves?|moves?|sets?|places?|brings?|takes?|with|and|so|the|new|our|its|a)\s+(?:the\s+|a\s+|its\s+|our\s+)?(?:new\s+)?mid-?point"
                          r"(?:\s+of\s+(?:the|that|this|our)\s+(?:[\w-]+\s+){0,2}?(?:range|guidance|guide|outlook))?\s+(?:is\s+(?:now\s+)?|at\s+|of\s+|(?:stays|sits|remains)\s+at\s+|"
                          r"would\s+be\s+|comes\s+to\s+)(?:about\s+|approximately\s+|roughly\s+|around\s+)?$", re.I)
_HEDGE_THAN = re.compile(r".*\b(?:more|less|fewer|greater)\s+than\s+[$€£¥\d]", re.I | re.S)
""""more than 1,200 branches by year-end": a hedge on the figure, not a base it is held against."""
_FROM_VIEW = re.compile(r"from\s+(?:an?|the|our|a\s+pure)\s+(?:[\w-]+\s+){0,2}?(?:perspective|standpoint|point\s+of\s+view)\b", re.I)
_FROM_OPERATIONS = re.compile(r"from\s+(?:continuing\s+|discontinued\s+)?(?:operations|operating\s+activities)\b", re.I)
""""operating cash of $90 million from operations during fiscal 2026": part of the metric's name, not a base it is measured from."""
_VIEWPOINT = re.compile(r"[-\s]+(?:perspective|standpoint|point\s+of\s+view|lens)\b", re.I)
""""From a fourth-quarter standpoint, sales should ...": the period spoken of, not a base."""
_END_OF = re.compile(r"\b(?:the\s+)?(?:(?:end|close|start|beginning)\s+of|(?:same|comparable|corresponding)\s+(?:time\s+)?(?:period|quarter)\s+(?:in|of|last))\b", re.I)


BASE_OF_NO_TIME = re.compile(r"\s+(?:the\s+)?(?:overall\s+|broader\s+|underlying\s+|general\s+)?(?:inflation|CPI|GDP|the\s+economy|economy|market|industry|"
                              r"peers|competitors|competition)\s+(?:(?:in|for|during|over)\s+)?", re.I)


_PAID_FROM_PROFIT = re.compile(r"\s+(?:net\s+)?(?:profits?|earnings|net\s+income)\b", re.I)


@lru_cache(maxsize=256)
def _comparison_at(s: str, start: int) -> bool:
    # read past the period words, so "below" can see what it is below ("70 basis points below the third quarter of 2025")
    found = [m for m in _COMPARE_CUE_BEFORE.finditer(s, max(0, start - 45), start + 40) if m.end() <= start
             and not _HEDGE_THAN.match(s, max(0, m.start() - 8), m.end() + 3)]
    if not found or _FROM_VIEW.match(s, found[-1].start()) or _FROM_OPERATIONS.match(s, found[-1].start()):
        return False  # "From a cost standpoint, full-year 2026 expenses ...": a viewpoint, not a base
    between = s[found[-1].end():start]
    if BASE_OF_NO_TIME.fullmatch(between):
        return False  # "keep growing ahead of inflation next year": the base is no period, the period is the outlook's
    if "," in between and _CLAUSE_OF_ITS_OWN.search(between):
        return False  # "from 4% to 6% in May, and we see the next quarter growing ...": a new clause's own period
    if "," in between and (new := _NEW_FIGURE_CLAUSE.search(between)) is not None and all(
            len(d) == 4 for d in _DIGITS.findall(between, 0, new.start())):
        return False  # "up 18% from a year ago, and $1.49 billion for the first half": the base closed, a new figure's period
    if (found[-1].group(0).lower() == "from" and _FROM_SOURCE.fullmatch(between) is not None
            and not any(ch.isdigit() for ch in between) and not _BASE_NOUNS.search(between)):
        return False  # "less than $2 million from Europe in 2026": where it comes from, not a base
    if found[-1].group(0).lower() == "than" and THAN_MEASURE.fullmatch(between) is not None and not _BASE_NOUNS.search(between):
        return False  # "to grow more slowly than revenue in 2027": another measure outpaced, the year the outlook's own
    if found[-1].group(0).lower() in ("from", "over", "versus", "compared") and _MOVE_IN.fullmatch(between):
        return True  # "a 150 basis point gain from the drops in the third and fourth quarter": the moves of the base
    if "re" in between or "ost" in between:
        between = _BEFORE_EVENT.sub(" ", between)  # "compared to the same period pre-COVID in 2019": a word saying which base
    if " of" in between or " in" in between:
        between = _END_OF.sub(" ", between)
    if len(between.split()) <= 3:  # "up 3% from the third quarter"
        return True
    if (len(between.split()) <= 6 and found[-1].group(0)[:1].lower() in "cvaft"
            and len(_BASIS_IN_BASE.sub(" ", between).split()) <= 3):
        return True  # "versus a pro forma 2025 level of 7.1%": a basis word makes no clause of its own
    if _BASE_CLAUSE.fullmatch(between):
        return True  # "12% more than we added in the third quarter a year ago": the base's own clause
    # "from $287.0 million in 2010" yes; "cash flow from operations was $52.7 million in the quarter" no
    return any(ch.isdigit() for ch in between) and not re.search(r"\b(?:was|were|is|are|of|totaled|came)\b", between)


_MOVE_IN = re.compile(r"\s+(?:(?:a|an|the|our|its)\s+)?(?:[\w-]+\s+)?(?:declines?|decreases?|drops?|falls?|growth|increases?|gains?|losses|rises?)\s+"
                      r"(?:in|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:and|or)\s+)?", re.I)
_RANGE_GIVEN_IN = re.compile(r"\bfrom\s+(?:the\s+|our\s+)?(?:about\s+|approximately\s+)?[$€£]?\d[^,;]{0,34}?\s+$", re.I)
_REVISION_WORDS = ("raising", "raise ", "lowering", "lower ", "trimming", "trim ", "narrowing", "narrow ", "lifting", "lift ",
                   "revising", "revise ", "tightening", "tighten ", "updating", "update ")
_REVISED_TO = re.compile(r"\b(?:rais|lower|trimm?|narrow|lift|revis|tighten|updat)(?:e|ing)?\s+(?!(?:prices?|rates?|fees?)\b)"
                         r"(?:[\w'’-]+\s+){1,6}?to\s+(?:a\s+range\s+of\s+|between\s+)?(?:about\s+|approximately\s+)?[$€£]?\d", re.I)
"""'raising revenue to $2.4 billion ...', 'we're trimming capital spending to ...': an outlook being moved now, whose
replaced range is followed by when it was given ('we lifted the book to $6 billion from $5 billion in June' is a level's
move, its base dated)."""
_OUTLOOK_NAMED = re.compile(r"\b(?:guidance|guide|outlook|forecast|view|expectations?)\b", re.I)
"""'our view for the year ... to 1% to 2%, from 2% to 4% in May': the month the outlook it replaces was given, not a period."""
_NEW_FIGURE_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?:(?:about|roughly|approximately|nearly|almost|over|another)\s+)?[$€£]?\d", re.I)
"""", and $1.49 billion ...": a figure of its own after a base closed by a comma (a time, or a period named by its year)."""
_DIGITS = re.compile(r"\d+")
_CLAUSE_OF_ITS_OWN = re.compile(r"[,;]\s*(?:and|but|while|whereas|so)\s+(?:we|I|they|you)\s", re.I)
_BEFORE_EVENT = re.compile(r"\b(?:pre|post)[-\s]?(?:COVID(?:-19)?|pandemic|crisis|recession)\b", re.I)
_BASIS_IN_BASE = re.compile(r"\b(?:pro\s+forma|adjusted|reported|comparable|non-GAAP|GAAP|organic|underlying)\b", re.I)
_FROM_SOURCE = re.compile(rf"\s+(?:(?:the|our|its|their)\s+)?(?!(?:the|our|its|a|an|{FISCAL}|calendar|full|same|prior|previous|last|first|second|third|"
                          r"fourth|end|close|start|beginning|levels?|year|quarter|half|period)\b)[A-Za-z][\w&'-]*(?:\s+[A-Za-z][\w&'-]*)?"
                          rf"\s+(?:in|during|for)\s+(?:the\s+)?(?:{FISCAL}\s+)?", re.I)
""""from Europe in 2026", "from the new plant in 2027": a source of the figure named before the period words, not a base
("from the comparable period in 2025" is one)."""
THAN_MEASURE = re.compile(r"\s+(?:the\s+)?(?:[A-Za-z][\w&'-]*\s+)?(?!(?:we|it|they|you|I|he|she|what|that|this|those|in)\b)[A-Za-z][\w&'-]*"
                           r"(?<!ed)(?<!\bdid)(?<!\bdoes)(?<!\bdo)(?<!\bhad)(?<!\bhas)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bgrew)(?<!\bsaw)"
                           rf"(?:\s+again)?\s+(?:in|during|for)\s+(?:the\s+)?(?:{FISCAL}\s+|calendar\s+)?", re.I)
""""faster than revenue in 2027", "than the market again in fiscal '27": the measure outpaced, said before the period
words that date the outlook itself ("than we did in 2025", "than sales were in 2025" are bases of their own clause)."""
_BASE_NOUNS = re.compile(r"\b(?:comparable|corresponding|same|period|periods|quarters?|years?|halves|half|levels?|months?|prior|previous|"
                         r"last|year-ago|prior-year|results?|base|run[-\s]rate|pace|average)\b", re.I)
_BASE_CLAUSE = re.compile(r"\s+(?:what\s+|where\s+)?(?:we|it|they|this|that|(?:the|its|our|their)\s+(?:[\w-]+\s+){0,2}?(?!was\b|were\b)[\w-]+)\s+(?!(?:expected|anticipated|guided|planned|forecast|"
                          r"projected|budgeted|estimated|assumed|modeled|modelled|targeted|thought)\b)"
                          r"(?:[a-z]{3,}ed|had|saw|did|was|were|made|won|sold|spent|grew|took|got|brought|built|paid)"
                          r"\s+(?:just\s+|only\s+)?(?:(?:in|during|for|over|at)\s+)?(?:the\s+)?(?:(?:Q[1-4]|(?:first|second|third|fourth)\s+quarter)\s+of\s+)?", re.I)
""""more than we added in", "lower than it was in", "above where it stood", "against what it was just": a clause of its own whose period words date the base, not the figure
(an expectation's period is the figure's own: "lower than we expected in the fourth quarter")."""


_LEAD_PERIOD = re.compile(r"\W*(?:(?:and|so|now|then)\s*,?\s+)?(?:for|in|during)\s+(?:the\s+|our\s+)?$", re.I)
# a span to date set off at the head of its sentence, after at most a short figure-free opener ("Year to date, ...",
# "So far this year, ...", "By segment, for the first nine months, ...", "Looking at the segments over the nine months, ...")
_SPAN_LEAD_OPENER = re.compile(r"\W*(?:(?:and|so|now|then|also)\s*,?\s+)?(?:(?:by|at|looking\s+at|turning\s+to|moving\s+to|on)\s+(?:the\s+)?"
                               r"(?:[a-z][\w-]*\s+){0,2}?(?:segments?|business(?:es)?|divisions?|units?|groups?|regions?|level|lines?)\s*,?\s+)?"
                               r"(?:(?:for|in|during|over|through|across)\s+(?:the\s+|our\s+)?)?$", re.I)
_SPAN_LEAD_CLOSE = re.compile(r"\s*(?:(?:of\s+)?(?:this|the\s+current)\s+(?:fiscal\s+)?year\s*)?,", re.I)


def span_leads(s: str, c: P.Cue) -> bool:
    """A span to date leading its sentence dates every clause of it, a new subject after a semicolon too ("Year to date,
    Retail sales were $9.9 billion; Wholesale sales were $2.9 billion.")."""
    return c.ytd and c.start <= 60 and _SPAN_LEAD_CLOSE.match(s, c.end) is not None and _SPAN_LEAD_OPENER.fullmatch(s, 0, c.start) is not None


_SUBJECT_OPENS = re.compile(r"\W*(?:(?:and|but|while|whereas)\s+)?(?:(?:the|our)\s+)?$", re.I)


def _quarter_heads_clause(s: str, q: Quantity, pcues: list[P.Cue]) -> P.Cue | None:
    """"..., and the third quarter's openings were 15": a quarter named as the owner of the clause's subject dates the
    clause's figure, inside a sentence a span to date leads."""
    start = clause_bounds(s, q.start)[0]
    return next((c for c in pcues if (c.rel == "q_poss" or c.rel == "this_q" and s[c.end:c.end + 2] in ("'s", "’s"))
                 and start <= c.start and c.end <= q.start
                 and _SUBJECT_OPENS.fullmatch(s, start, c.start)), None)
THAN_THE = re.compile(r"\b(?:than|versus|vs\.?|compared\s+(?:to|with)|against|from)\s+(?:the|a|an)\s+(?:(?:down|up|minus|negative|plus)\s+)?$", re.I)
WE_POSTED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:that\s+)?(?:we|it|they)\s+(?:posted|saw|reported|had|delivered|recorded|achieved|did|generated|earned|booked|ran|"
                       r"paid|sold|made|put|took|won|built|sent|spent|bought|wrote|got|gave|held|kept|"
                       r"(?!(?:expect|anticipat|forecast|guid|plann|project|target|budget|estimat|assum|model|hop|want|need|intend)\w*\b)[a-z]{2,}ed)"
                       r"(?:\s+(?:through|out|up|back|away|off))?\s+(?:(?:in|during|for|over|at)\s+(?:the\s+)?)?"
                       r"(?:(?:same|comparable|corresponding)\s+(?:quarter|period|months?)\s+|(?:this|that|the\s+same)\s+time\s+)?", re.I)
""""better than the down 1.9 points we had in the first quarter": a change recalled as the base, dated by its own words
("the $2.1 billion we booked in the same quarter a year ago": the year-ago words after the span they name); any deed
done is said so ("the $0.86 we paid a year ago", "the 8% we put through a year ago"), not a plan had then ("the 5% we
expected a year ago" was this year's)."""
_TIED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:for|or|out\s+of)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?", re.I)
"""Two figures of one thing: "1.8 million shares for $360 million", "$150 million or $1.20 per share", "45 clinics out of 70"."""
_WITH_TIED = re.compile(r"\s+(?:[\w-]+\s+){0,6}?with\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?", re.I)
_CLOSING = re.compile(r"[\s.;:!?\"')]*")
# ("of that backlog by year-end": "that" after a preposition points at a thing, it opens no clause)
_SUBORDINATE = re.compile(r"\b(?:(?<!of\s)(?<!on\s)(?<!in\s)(?<!for\s)(?<!to\s)(?<!at\s)that|which|who|as|because|since|where|when)\b", re.I)
_NEW_STATEMENT = re.compile(
    r"\b(?:and|but|or|while|whereas)\s+(?:(?:we|I|our|the|they|you|it|this|that|there)\b|(?:for|in|during|over|through|by)\s"
    r"|(?:expect\w*|see|sees|anticipat\w*|plan\w*|achiev\w*|deliver\w*|continu\w*|remain\w*|look\w*|is|are|was|were|will|would|should|has|have)\b)",
    re.I)
"""Between a figure and a later period, a new statement ("and the Street's number for 2026 is ...", "and remain
confident in our 2027 targets"): that period is not the figure's."""
_NOW_OUTLOOK = re.compile(r"\bnow\s+(?:expect|see|anticipate|project|forecast|estimate|guide|plan\s+(?:on|for))\b", re.I)


def _outlook_moved_now(s: str) -> bool:
    """'we now expect ...' (cheap substring test first): an outlook given in place of one given before."""
    return "now " in s and _NOW_OUTLOOK.search(s) is not None


_EARLIER_GUIDE = re.compile(r"\b(?:previous|prior|original|initial|earlier)\s+(?:[\w-]+\s+){0,3}?(?:guidance|guide|outlook|range|view|forecast)"
                            r"|\b(?:we|I)\s+(?:had\s+)?(?:initially|originally)\s+(?:expected|anticipated|projected|guided|forecast|planned|assumed|estimated|called\s+for)"
                            rf"|\b(?:when|as)\s+we\s+(?:last\s+)?(?:spoke|talked|met)\b|\bat\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:{FISCAL}\s+)?year,?\s+we\b"
                            rf"|\b(?:in|back\s+in)\s+(?:{MONTH_ALT})\s*,?\s+we\s+(?:had\s+)?(?:guided|said|expected|anticipated|set|gave|provided|projected)"
                            r"|\b(?:guidance|guide|outlook|range)\s+(?:of\s+(?:[^,;.]|\.\d){1,40}?\s+)?(?:that\s+|which\s+)?we\s+(?:issued|gave|provided|set|laid\s+out|shared|announced)"
                            r"|\bpreviously\s+(?:communicated|issued|provided|announced|given)", re.I)
"""A guide recalled as an earlier one ("our capex guidance of $640 million that we gave in February"): named without a
period, it is the year's (a quarter's guide is recalled with its quarter, or against the quarter's result)."""
_GUIDE_NAMED = re.compile(r"\b(?:guidance|guide|outlook)\b", re.I)
_NEXT_ITEM = re.compile(r"(?:,\s*|\s)(?:and|with|while|but|whereas)\s+(?:the\s+|our\s+)?$", re.I)
_AHEAD_WORDS = re.compile(r"\b(?:will|would|going\s+to|gonna|next|expect\w*|model\w*|forecast\w*|guid\w*|outlook|estimates?|consensus|street|"
                          r"assum\w*|ahead|forward|upcoming|coming|impl(?:y|ies|ied)|should|project\w*|plan\w*|have\s+you|at\s+(?:about\s+)?[$\d]|"
                          rf"20[2-4]\d|{FISCAL}|full[-\s]year|for\s+the\s+(?:year|quarter)|back\s+half|second\s+half|run[-\s]rate|target\w*|through)\b", re.I)
_AT_YEAR_END = re.compile(rf"\s+(?:at|as\s+of)\s+(?:the\s+)?(?:{FISCAL}\s+)?(?:year[-\s]end|end\s+of\s+the\s+year)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)", re.I)
_EARLIER = re.compile(r"(?:last|prior|previous)\s+(?:quarter|year)|a\s+year\s+(?:ago|earlier)|(?:twelve|12|three|3)\s+months\s+(?:ago|earlier)", re.I)
_SAW_THEN = re.compile(r"\s+(?:(?!than\b|as\b)[\w-]+\s+){0,4}?(?:that\s+|which\s+)?(?:we|it|they)\s+(?:saw|had|posted|reported|delivered|recorded|achieved|"
                       r"grew|did|generated)\s+(?:just\s+|only\s+|back\s+)?", re.I)
""""the 12% order growth we reported only three months ago": a relative clause whose past verb the earlier period closes."""
_JUST = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:just\s+|only\s+)?")
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+)?$", re.I)
_MOVE_NOUN_GAP = re.compile(r"\s+(?:(?:[a-z]+\s+)?(?:growth|increase|decline)\s+)?", re.I)
"""(Only a move's noun between: "was 7% higher last quarter" or "was 7% of sales last quarter" is left as it was.)"""
_AFTER_MOVING = re.compile(r"\bafter\s+(?P<move>(?:growing|rising|increasing|falling|declining|gaining)\s+(?:by\s+)?|(?:a|an)\s+)?(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
"""'after growing 12%', 'after a 12% rise', 'after 29%' (a bare level, read here only with the quarter before: a year
back is read as the base, `last_years`): a figure said of what came before."""
_OF_FIGURE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:of|at)\s+(?:about\s+|approximately\s+|roughly\s+)?", re.I)
_OF_THEN = re.compile(r"\s+(?:of\s+)?(?:(?!(?:versus|vs|compared|against|than)\b|\d)[\w-]+\s+){0,4}?(?:in|during|for)\s+(?:the\s+)?", re.I)
_OF_THE = re.compile(r"\s+of\s+the\s+", re.I)
"""Between a figure and the period its noun phrase names: "$14 million of settlement income in the prior year quarter",
"the $6.6 billion of the same quarter last year"; not a base and its figure between ("41 days versus 44 days in the prior
year": the prior year's is the 44)."""
_INCLUDED_THEN = re.compile(r"\b(?:(?:prior|last|previous)[-\s]year(?:'s)?|year[-\s]ago)(?:\s+(?:quarter|period))?,?\s+(?:that|which)\s+(?:had\s+)?"
                            r"(?:included|benefited\s+from|reflected|contained|had)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
"""An amount inside a relative clause on last year's period is that period's ("against a year-ago quarter that had $22
million of political spots")."""


def last_years(q: Quantity, s: str, pcues: list[P.Cue]) -> bool:
    """Is the figure last year's by its own noun phrase or a relative clause on last year's period?"""
    if "year" not in s:
        return False
    for c in pcues:
        if c.rel == "year_ago" and q.end + 4 < c.start <= q.end + 60:
            # ("12% of the prior year's sales" is a share, "the $6.6 billion of the same quarter last year" that quarter's)
            if ((_OF_THEN.fullmatch(s, q.end, c.start) or _OF_THE.fullmatch(s, q.end, c.start) and s.startswith("same ", c.start))
                    and not tensed(s[q.end:c.start])):
                return True
            break
    return _INCLUDED_THEN.search(s, max(0, q.start - 70), q.start) is not None


_BASE_WHEN = re.compile(
    r"\b(?:(?:prior|last|previous)[-\s]year(?:['’]s)?|a\s+year\s+ago|year[-\s]ago|same\s+(?:period|quarter)\s+(?:of\s+|in\s+)?"
    r"(?:last|the\s+prior|the\s+previous|a)\s+year)(?:\s+[\w-]+){0,4}?,?\s+(?:when|where|in\s+which|which)\s+(?P<gap>[^;:]*)$", re.I)
""""lapping the prior-year period when revenue increased 18% and operating profit was up 52%": the base period's own
growth, told in a clause on that period."""
_GAP_BREAK = re.compile(r",\s+(?:and|but|so)\s+(?:we|I|this|that|it|our)\b|\b(?:but|while|whereas|although|though|now|today|this\s+year|as\s+a\s+result|"
                        r"therefore|is|are|will|should|expect\w*|anticipat\w*)\b|\.\s", re.I)
_GROWTH_VERB = re.compile(r"\b(?:increased|grew|rose|declined|decreased|fell|jumped|improved|gained|expanded|contracted|dropped|(?:was|were)\s+(?:up|down))\b", re.I)
_PAST_VERB = re.compile(r"\b(?:had|saw|posted|delivered|reported|experienced|was|were)\b", re.I)
"""The base's own growth is told in the past tense: "versus last year, which reflects a 1 point decrease" is about now."""
_BASE_AGAINST = re.compile(r"\b(?:against|lapping|lapped|laps|on\s+top\s+of|compared\s+(?:against|to|with)|versus|vs\.?|after|following)\s+"
                           r"(?:a|an|the|its|their)?\s*(?:[\w-]+\s+){0,3}?$", re.I)
_BASE_AGAINST_AFTER = re.compile(
    r"\s*(?:(?:[\w-]+\s+){0,2}?(?:increase|growth|rise|gain|decline|decrease|improvement|jump)\s+)?(?:in\s+)?(?:the\s+)?"
    r"(?:(?:prior|previous)[-\s]year(?:\s+(?:quarter|period))?|year[-\s]ago\s+(?:quarter|period)|(?:same\s+(?:quarter|period|half)\s+)?(?:last\s+year|a\s+year\s+ago))\b", re.I)
_GROWTH_NOUN = re.compile(r"\s*(?:[\w-]+\s+)?(?:increase|growth|rise|gain|decline|decrease|improvement|jump|drop)\b", re.I)
""""against a 35% increase last year", "lapping a 14% increase in the prior year quarter": the change being lapped (and so is
the growth said after "after" or "following": "rose 9% after rising 3% last year", "after slipping 2% in the same
quarter a year ago")."""


def change_of_base(q: Quantity, s: str) -> bool:
    """Is a change the one the comparison base made a year earlier ("this is against a 35% increase last year")?"""
    if "year" not in s:
        return False
    before = s[max(0, q.start - 160):q.start]
    # "when", "where", "which" all hold "wh" (no letter of it has a non-ASCII case twin): the costly scan only then
    m = _BASE_WHEN.search(before) if "wh" in before.lower() else None
    if m and not _GAP_BREAK.search(m["gap"]) and (_GROWTH_VERB.search(m["gap"]) or _PAST_VERB.search(m["gap"]) and _GROWTH_NOUN.match(s, q.end)):
        return True
    # the anchored test after the figure first: it fails at once on most figures, the search before scans 45 characters
    return _BASE_AGAINST_AFTER.match(s, q.end) is not None and _BASE_AGAINST.search(s, max(0, q.start - 45), q.start) is not None



_PART_WITH_FIGURE = re.compile(r",\s+(?:of\s+(?:them|which|those|these)|including)\s+[^,;]{0,40}?\d[^,;]{0,30}?\s(?:(?:in|during)\s+)?(?:the\s+)?$", re.I)
_PARTITIVE = re.compile(r",\s+(?:\w+\s+)?(?:of\s+(?:them|which|those|these)|including)\s+(?:(?:in|during)\s+)?(?:the\s+)?$", re.I)
_COMPARED_THE = re.compile(r"\b(?:compar(?:ed|es|ing)\s+(?:to|with)|versus|vs\.?|against)\s+(?:the\s+)?$", re.I)
_OTHER_BASIS = re.compile(r"\s+(?:(?:per\s+share\s+)?(?:on|in)\s+(?:an?\s+)?(?:adjusted|non[-\s]?GAAP|GAAP|reported|comparable|constant[-\s]currency|"
                          r"organic|underlying|pro\s+forma)\s+(?:basis|terms)|(?:adjusted|non[-\s]?GAAP|GAAP|reported)\b)", re.I)
_PARTICIPLE_AFTER = re.compile(r",\s+(?:(?:and|which|while)\s+)?(?:\w+ly\s+)?(?:reflect\w*|driv\w+|help\w*|led|lift\w*|push\w*|cap\w*|round\w*|"
                               r"mark\w*|contribut\w*|benefit\w*|boost\w*|support\w*|fuel\w*|aided|hurt|offset|despite|thanks\s+to|as|a\s+record)\b", re.I)
_CAUSE_LEAD = re.compile(r"\W*(?:(?:additionally|also|so|and|but|now)\s*,?\s+)?(?:given|thanks\s+to|following|based\s+on|with|now\s+that|after|"
                         r"on\s+the\s+back\s+of|reflecting|because\s+of|due\s+to)\s[^,;]{0,120}?,", re.I)
"""'Given the cash we generated in the first half, ...' opening a sentence: the reason for what follows."""


def _gone(c: P.Cue, ctx: Context) -> bool:
    """A period over by the call: one it reports, or a half or span to date already behind it."""
    fq = ctx.fiscal_quarter
    return cue_reported(c, ctx) or c.ytd or bool(c.half and c.year in (None, ctx.fiscal_year) and fq and 2 * c.half <= fq)


_CAUSE_BETWEEN = re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|on\s+the\s+back\s+of|"
                            r"(?:driven|helped|hurt|offset|led|aided|supported|fueled|boosted|impacted|affected|weighed\s+down)\s+by)\b", re.I)
_BECAUSE = re.compile(r"\bbecause\s+(?!of\b)[^,;.%$\d]*$", re.I)
_CLAUSE_AFTER_REASON = re.compile(r"[,;]\s+(?:but|and|while|whereas)\s+", re.I)
"""A reason clause ("because the promotions fall later this year") and the clause after it (", but ...")."""
_VERB_BETWEEN = re.compile(r"\b(?:is|are|was|were|will|would|should|has|have|had|be)\b", re.I)
"""'the added $40 million of launch spending is likely to fall in the back half': the figure is the subject of
a later verb, whose period words are not its own."""
_RUNNING_TOTAL = re.compile(r"\b(?:bringing|taking|brings|takes)\b", re.I)
_END_OF_LAST_YEAR = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?at\s+(?:the\s+)?(?:end|close)\s+of\s+(?:last|the\s+prior|the\s+previous)\s+(?:{FISCAL}\s+)?year\b(?!['’]s)", re.I)
_YEAR_BACK = re.compile(r"\b(?:last|prior|previous)\s+year\b|\b(?:a|one)\s+year\s+(?:ago|earlier|before)\b|\b(?:prior|year)[-\s](?:year|ago)\b", re.I)
"""The quarter after the call's, named bare, is under way when the call is held ("proceeds of $31 million in the fourth
quarter" in a third-quarter call), unless the sentence reaches a year back ("last year we made $90 million in the fourth
quarter alone")."""
TO_DATE = re.compile(r"\b(?:is|are)\s+(?:running|tracking|trending)|\bso\s+far\b|\bto\s+date\b|(?:quarter|month)[-\s]to[-\s]date", re.I)
""""April RevPAR is running up around 5%": data already seen of the quarter under way, an actual."""
_UNDER_WAY = re.compile(r"\balready\s+(?:fixed|booked|covered|contracted|hedged|locked|sold)\b|"
                        r"\b(?:are|is|have\s+been|has\s+been)\s+(?:now\s+)?(?:fixed|booked|covered|contracted|hedged|locked\s+in)\b", re.I)
""""61% of the quarter's days already fixed" said after the quarter reported: the next one, which has begun."""
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.I)
""""an improvement of 40 basis points on the first half of last year": the base of the change, not its period."""


_STOCKS = frozenset({"cash", "debt", "net_debt", "backlog", "rpo", "deferred_revenue", "inventory", "dio", "dso", "book_value", "aum", "loans",
                     "deposits", "share_count", "headcount", "customers", "subscribers", "users", "stores"})
_BALANCE_WORDS = re.compile(r"\b(?:remaining|left|available|outstanding|on\s+hand|authori[sz]ation|(?:is|are)\s+now(?!\s+(?:expected|projected|forecast|anticipated|planned|targeted))|st(?:ood|ands)\s+at|ended\s+(?:\w+\s+){0,3}?with|balances?)\b", re.I)


_HELD_STOCKS = frozenset({"cash", "debt", "net_debt", "backlog", "rpo", "deferred_revenue", "inventory", "dio", "dso", "book_value", "aum",
                          "loans", "deposits"})
"""The balance sheet's own stocks (not counts of customers or stores, which a span's deeds add to)."""
_BALANCES = re.compile(r"\bbalances?\b", re.I)
_PAID_OUT = re.compile(r"\b(?:consideration|paid|spent|price|cost)\b", re.I)
"""("total cash consideration of $905 million": cash paid out, a flow)"""
_SPAN_OF_FIGURE = re.compile(r"(?:\s+of)?\s*", re.I)
_LISTED_BEFORE = re.compile(r"(?:\band|\bor|,)\s+$", re.I)
"""("our outlook for 2026 and 2028 of $2.10 to $2.30 ... for 2026": the last of a list of periods is not the figure's alone)"""
_NOW_PRESENT = re.compile(r"\bnow\s+(?!that\b|on\b|in\b|at\b|is\s+expected|expect)[a-z]+(?<!ed)\b"
                          # "and 64% of it is already pre-let": a state reached by now, said in the present tense
                          r"|\b(?:is|are)\s+already\s+(?!expected\b|planned\b|scheduled\b|set\b|due\b)[a-z-]+\b", re.I)


def _held_now(s: str, after: int, q: Quantity) -> bool:
    """Does the figure stand in a clause of its own after ", and" that says what holds now ("and about 60% of our
    rentals now happen online, up from 48% a year ago")? The span said in the clause before dates none of its figures."""
    at = s.find(", and ", after, q.start)
    if at < 0:
        return False
    end = s.find(",", q.end)
    seg = s[at + 6:end if end >= 0 else len(s)]
    return _NOW_PRESENT.search(seg) is not None and PAST.search(seg) is None


_QUARTERS_SAID = re.compile(r"\bquarter|\b(?:Q[1-4]|[1-4]Q)\b|\bsequential", re.I)
"""Words of quarters in a sentence of a call that reports a longer span (`Context.grain`): its figures are the quarter's."""


def _span(p: Period, fq: int | None) -> bool:
    """A period a balance cannot be dated by in a quarterly call: year-to-date (in a second quarter, the first half), or a
    year not yet over."""
    return p.ytd or (p.quarter is None and p.half is None and fq in (1, 2, 3)) or (p.half == 1 and fq == 2)


def _point_in_time(s: str, q: Quantity, metric: str | None) -> bool:
    """A balance or stock ("backlog of $58 billion", "$1.2 billion remaining under the authorization"): it is at a
    point in time, so it takes the call's quarter, not the span of a flow figure before it."""
    if metric in _STOCKS:
        # (not a stock's move over the span: "so the domestic count fell by 27 stores")
        return q.unit == "%" or "by" not in s[max(0, q.start - 30):q.start] or _MOVED_BY.search(s, max(0, q.start - 40), q.start) is None
    cstart, cend = clause_bounds(s, q.start)
    return _BALANCE_WORDS.search(s, cstart, cend) is not None


_MOVED_BY = re.compile(r"\b(?:fell|rose|grew|declined|dropped|increased|decreased|shrank|climbed)\s+by\s+(?:a\s+net\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)
_AIM_TO = re.compile(r"\bto\s+(?:reach|achieve|deliver|hit|get\s+to)\b", re.I)
""""we launched a program to reach ...": where the deed's words end and the goal's begin."""
_WE_DID = re.compile(r"\b(?:we|I)\s+(?:also\s+|just\s+)?(?!(?:need|expect|anticipat|plan|guid|assum|project|forecast|intend|target)\w*)[a-z]{3,}ed\b", re.I)
""""In August we merged two centers, ...": the company's own past deed, whose period is the deed's."""
_ENDED_YEAR = re.compile(r"\b(?:ended|finished|closed|exited)\s+$", re.I)
_AT_OR_WITH = re.compile(r"\s+(?P<w>at|with)\b", re.I)


def _year_ended_at(s: str, q: Quantity, c, metric: str | None) -> bool:
    """"We ended the year with about 74,500 employees", "receivables ended the year at $6.4 billion" in a fourth-quarter
    call: a stock or a level held when the year closed, which is the quarter's end (not the year's flow, "we ended the
    year with revenue of $5 billion")."""
    if not _ENDED_YEAR.search(s, max(0, c.start - 10), c.start) or (w := _AT_OR_WITH.match(s, c.end)) is None:
        return False
    if metric in _STOCKS or q.unit == "x":  # (not units made or shipped, a flow: "the sector ended the year with 13 million units")
        return True
    # a level the measure itself ended the year at, with no flow measure named
    return w.group("w").lower() == "at" and metric in ("other", "net_debt", "cash", "debt", "inventory")


_OVER_YEAR = re.compile(r"over|on|yoy", re.I)
_THIS_TIME = re.compile(r"\s+(?:at\s+)?this\s+time\s+", re.I)
_OR_SO = re.compile(r"\s+or\s+(?:so|thereabouts)\s+", re.I)
""""occupancy was 91% this time last year": the year-ago figure, as "91% last year" is."""
_LEVELS = re.compile(r"['’]?s?\s+levels?\b", re.I)
""""80% of prior year levels": a base the figure is measured against, not its period."""
_TOTAL_NOW = re.compile(r"\b(?:bringing|taking|brings|takes)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,4}?to\s+(?:about\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)
"""'We've added 45 dealers this year, bringing our total to 310': the stock the deeds took it to, held at the quarter's end."""
_LEFT_AFTER = re.compile(r"\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:left|remaining|available)\b", re.I)
""""$700 million left under the authorization": a balance ("$3 billion of our outstanding shares" is not one)."""
_HAVE_DONE = re.compile(r"(?:['’]ve|\bhave|\bhas)\s+(?:already\s+|now\s+|also\s+)?(?:done|bought|spent|paid|sold|made|put|taken|[a-z]{3,}ed)\b", re.I)
_HELD_NOW_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:today|right\s+now|at\s+present)\b(?!['’]s)(?=\s*[,.;]|\s*$)", re.I)
_NOW_HELD = re.compile(r"\b(?:now|today|currently|still)\s+(?:have|has|hold|holds|employ|employs|stands?|sits?|is|are)\b", re.I)
_NOW_OWNED = re.compile(r"\b(?:now|currently)\s+(?:own|owns|lease|leases|serve|serves|cover|covers|operate|operates)\b", re.I)
"""'..., and we now own 0.9 million acres', 'our network now covers 78% of homes': a level held now, said in its own clause."""
_PATH_TO = re.compile(r"\bpath\s+to\s+(?:about\s+|around\s+|at\s+least\s+)?$", re.I)
_TOWARD_GOAL = re.compile(r"\b(?:on\s+(?:the|our|a)\s+(?:path|way|road)\s+to|toward|towards|en\s+route\s+to|a\s+step\s+(?:to|toward))\b", re.I)
_SHARE_OF_AHEAD = re.compile(r"\s+of\s+(?:our|the)\s+(?:expected|anticipated|planned|projected|forecast|upcoming|coming)?\s*", re.I)
_LIFE_POINT = re.compile(r"[^.;,]{0,40}?\b(?:in|for|by|over|during)\s+(?:its|their)\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+"
                         r"(?:full\s+)?year\b", re.I)
"""'the 35% we planned for its first year', 'the 20% we expected in their second full year': a year of the thing's life."""
_RATE_TO_YEAR = re.compile(r"\s*(?:(?:a|per|each)\s+year|annually|per\s+annum)\s+(?:(?:from|between|over)\s+(?:(?:fiscal|calendar)\s+)?20\d\d\s+"
                           r"(?:through|to|and|until)|through|until|to|out\s+to)\s+(?:(?:fiscal|calendar|the\s+end\s+of)\s+)?(?P<year>20\d\d\b)?", re.I)
"""A rate a year run over a span of years, up to the later year ("8% to 9% a year through 2031", "annually out to FY31",
"in the mid-single digits a year from 2026 through 2029", "per annum between fiscal 2027 and fiscal 2030"): that year is
read from the words (`year`), or is the year cue they run up to ("FY31")."""
_FOR_BY_YEAR = re.compile(r"\b(?:for|by)\s+(?:fiscal\s+|FY\s*)?(?:19|20)\d\d\b", re.I)
_EVERY_YEAR = re.compile(r"[^.;,]{0,60}?\b(?:every|each)\s+(?:single\s+)?year\b", re.I)
"""'and to convert more than 100% of net income into free cash flow every year': a goal held each year, no one year's."""
_OWN_SPAN = re.compile(r"[^.;,]{0,50}?\b(?:over\s+time|(?:through|over|across)\s+(?:the|a|any)\s+(?:full\s+)?cycle|over\s+(?:that|this|the)\s+(?:stretch|period|horizon|plan\s+period)|over\s+the\s+(?:long|medium)[-\s]term)\b", re.I)
""""a 32% margin by 2029, and we aim to convert about 50% of EBITDA into free cash flow over time": a goal with a span of
its own is not dated by the year of the goal before it."""


_AFTER_AMOUNT = re.compile(r"\d%?(?:\s+(?:million|billion|thousand))?(?:\s+(?:per|a)\s+(?:diluted\s+)?share)?\s+$", re.I)
_COUNTED_DEED = re.compile(r"\b(?:(?:we|I|they)(?:\s+have\s+|['’]ve\s+|\s+)(?:already\s+|also\s+)?(?:hired|opened|added|won|signed|acquired|closed|shipped|"
                           r"delivered|launched|completed|built|installed|bought\s+back|repurchased|retired|onboarded))\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)
"""'we hired 240 underwriters this year': a count of deeds done, summed over the months gone (not a headcount held)."""
_PERFECT_DEED = re.compile(r"\b(?:we|I|they)(?:\s+have|['’]ve)\s+(?:already\s+|also\s+|now\s+)?[a-z]{3,}ed(?:\s+(?:on|up|out|in|back|off))?\s+"
                           r"(?:about\s+|roughly\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|another\s+)?$", re.I)
"""'we have switched on more than 40 new sites this year': any deed said in the perfect, counted so far."""
_DEED_AFTER = re.compile(r"\s+(?:of\s+(?:the|our|those|these)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:that|which|we)\s+)?(?:have\s+|had\s+|['’]ve\s+)?"
                         r"(?:went\s+live|came\s+on(?:line|board)|(?!(?:used|based|listed|owned|related|needed)\b)[a-z]{3,}ed(?:\s+(?:up|on|out|in|live|over))?)\s+$", re.I)
"""'about 780 of the locations that went live this year': the deed the count sums said after it."""
_WE_DID_BEFORE = re.compile(r"\b(?:we|I)\s+(?:also\s+|just\s+)?(?:(?!(?:expect|anticipat|project|plan|guid|forecast|target|budget|estimat|assum|need|us|bas|lik|want|hop)\w*\b)"
                            r"[a-z]{3,}ed|put|built|won|sold|made|took|brought|began|set\s+up)\b(?:(?!\b(?:will|would|to|now|today|currently)\b)[^,;])*?(?<!\bto\s)$", re.I)
"""'This year we fitted heat pumps in 410 of our warehouses': a deed in the simple past, the count said after words of its
own (not 'we expanded to 12 countries', a level reached)."""
_NEW_AFTER = re.compile(r"\s+(?:net\s+)?new\b", re.I)
"""'24 new depots carrying opening costs this year': things added, a count of deeds."""
_RATE_SO_FAR = re.compile(r"\b(?:has|have|['’]ve)\s+(?:averaged|run|been\s+running|been\s+averaging)\s+(?:at\s+)?(?:about\s+|roughly\s+|around\s+|nearly\s+)?$", re.I)
_SHARE_OF_DONE = re.compile(r"\s+of\s+(?:what|the\s+[\w-]+)\s+(?:that\s+)?(?:we|I)(?:\s+have|['’]ve)\s+[a-z]{3,}\s+", re.I)
_THIS_YEAR = re.compile(rf"(?:this|the\s+current)\s+(?:{FISCAL}\s+)?year", re.I)
_THE_YEAR = re.compile(r"(?:for\s+)?the\s+year", re.I)
_SO_FAR = re.compile(r"\b(?:so|thus)\s+far\b|\bto\s+date\b", re.I)
_IN_YEAR = re.compile(rf"(?:in|for|during)\s+(?:both\s+)?(?:{FISCAL}\s+(?:year\s+)?)?$", re.I)


def _quarter_of_year(c: P.Cue, s: str, pcues: list[P.Cue], fy: int | None, fq: int | None, first: int, after: int) -> Period | None:
    """A year said after a figure (which ends at `after`) of a quarter the sentence names without one before its first
    figure (at `first`), or right before the year: "Second quarter sales were $2.4 billion in 2026 and $2.2 billion in
    2025", "EPS for the quarter in 2026 was $0.40", "For the third quarter, a loss of $0.27 this year versus $0.12 last
    year": that quarter of that year."""
    if c.rel == "this_y" and fy and _THIS_YEAR.fullmatch(s, c.start, c.end) and _AFTER_AMOUNT.search(s, max(0, c.start - 24), c.start):
        year = fy
    elif (c.rel is None and c.year and not c.quarter and not c.half and not c.ytd and _IN_YEAR.search(s, max(0, c.start - 20), c.start)
          and s[c.start:c.start + 4].lower() != "full"):
        year = c.year
    else:
        return None
    # (a quarter named with the year after the base's: "Q3 2026 sales were $9 million, against $4 million in 2025" sets
    # that quarter against the same quarter of the base year)
    quarters = [o for o in pcues if ((o.rel is None and o.quarter and not o.half and not o.ytd
                                      and (o.year is None or o.year == year + 1 and c.rel is None and c.start >= after))
                                     or o.rel == "this_q")
                # (not a quarter of an earlier statement: "the fourth-quarter pipeline is full, and we still expect 40
                # launches in 2026" is the year's)
                and (o.end <= first and (c.rel == "this_y" or c.start >= after) and not _NEW_STATEMENT.search(s, o.end, first)
                     # ("If the fourth quarter is normal, ..., a return on equity above 15% for 2026": the condition's
                     # quarter, not the figure's)
                     and not (s[:1] in "IiAaPpUu" and _CONDITION.match(s) and "," in s[o.end:first])
                     or 0 <= c.start - o.end <= 4)]
    # ("For the fourth quarter, ... 77%, and for the full year about 77.5%, up from 76.3% in fiscal 2025": a span named
    # since the quarter; the year is that span's)
    quarters = [o for o in quarters if not any(o.end <= x.start < c.start and (x.rel == "this_y" or x.ytd or x.half) for x in pcues)]
    if quarters and c.start >= after and _OUTLOOK_CLAUSE.search(s, first, after):
        # "During the first quarter we put $9 million into depots, and we plan to lift that to $40 million in 2026": the year of
        # an outlook said in a later clause, not the quarter of the result before it
        return None
    if c.rel is None and any(_SUM_OF_YEAR.match(s, o.end, first) for o in quarters):
        # "expect eight more in the fourth, for 29 deliveries in 2026": the quarter's own clause, then the year's total
        return None
    if not quarters and c.rel is None and c.start >= after and fq in (1, 2, 3) and fy and year < fy:
        # "For the first nine months, EPS came to $3.10, compared with $2.85 in 2025": the span the sentence led with, of that year
        spans = [o for o in pcues if o.ytd and o.rel is None and o.year is None and o.end <= first
                 and not _NEW_STATEMENT.search(s, o.end, first)]
        if spans and not any(spans[-1].end <= x.start < c.start and x is not c for x in pcues):
            return P.label(year, fq, ytd=True)
    quarter = {o.quarter or fq for o in quarters}
    if len(quarter) != 1 or None in quarter:
        return None
    return P.label(year, quarter.pop())


_SUM_OF_YEAR = re.compile(r"\s*,\s*(?:for|bringing|taking|making)\b", re.I)


_OUTLOOK_CLAUSE = re.compile(r"\b(?:and|but|while|so)\s+(?:we|I|they)\s+(?:now\s+|still\s+|also\s+|currently\s+)?(?:expect|anticipate|plan|project|forecast|"
                             r"estimate|see|believe|think|intend|aim|target|will|would|should|['’]ll)", re.I)


_CONDITION = re.compile(r"\W*(?:(?:and|so|but|now)\s*,?\s+)?(?:if|assuming|unless|provided(?:\s+that)?|as\s+long\s+as)\s+[^,;]*?\b(?:quarter|Q[1-4])\b[^,;]*,", re.I)
"""A sentence opened by a condition on a quarter ("If the fourth quarter is normal, ...")."""


_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+|our\s+)?", re.I)


_BASES_NAMED = re.compile(r"\b(?:compared|versus|vs\.?|than|relative\s+to|against|from|over)\b", re.I)


def _respective_cue(q: Quantity, s: str, pcues: list[P.Cue], qs: list[Quantity]) -> P.Cue | None:
    """"Q2 and first-half orders of $610 million and $1.18 billion, respectively", "$4.05 and $1.12 for the year and the
    fourth quarter, respectively": the periods listed, in the order of the figures."""
    run: list[P.Cue] = []
    for c in pcues:
        if run and _JOINED.fullmatch(s, run[-1].end, c.start):
            run.append(c)
        elif len(run) < 2:
            run = [c]
    figures = [o for o in qs if o.unit == q.unit]
    if len(run) < 2 or any(c.rel in ("year_ago", "prev_q") for c in run):
        return None
    if len(figures) != len(run):
        # "the 2024 EPS of $5.10, plus accretion of 12 cents, and 18 cents in 2026, and 2027, respectively": the figures
        # listed right before the periods pair with them, not a level said earlier in the sentence (not bases: "falling 3.9%
        # and 15.2% against the like quarters of 2025 and 2024, respectively" is the call's quarter twice)
        figures = [o for o in figures if o.end <= run[0].start][-len(run):]
        if (len(figures) != len(run) or q not in figures
                or _BASES_NAMED.search(s, figures[-1].end, run[0].start) is not None
                or not all(_JOINED.fullmatch(s, a.end, b.start) for a, b in zip(figures, figures[1:]))):
            return None
    return run[figures.index(q)]


def _base_year(s: str, pcues: list[P.Cue], fy: int, fq: int) -> int | None:
    """The year an outlook that names no period of its own is set against, when it is the last one reported ("growth of 4%
    to 5% versus 2026" in a fourth-quarter call, "9% to 11% compared to 2025" in a 2026 call)."""
    last = fy if fq == 4 else fy - 1
    years = {c.year for c in pcues if c.rel is None and c.year and not c.quarter and not c.half and not c.ytd and comparison_cue(s, c)}
    return last if years == {last} else None


_AGAINST = re.compile(r"[^.;]{0,45}?\b(?:compared\s+(?:to|with)|versus|vs\.?|against|from|up\s+from|down\s+from)\s+[^.;]{0,40}$", re.I)


def _quarter_base(q: Quantity, s: str, pcues: list[P.Cue], qs: list[Quantity], next_start: int) -> tuple[int | None, int] | None:
    """The quarter a figure is set against, right after it ("$0.96, compared to $0.56 last quarter", "versus $0.38 in the
    fourth quarter last year", "compared to $0.16 in the first quarter of 2025"): (year, quarter) of the figure's own
    quarter, year None for the call's."""
    later = [o for o in qs if o.start >= q.end]
    if not later or not _AGAINST.match(s, q.end, later[0].start + 1) and not _AGAINST.match(s, q.end, later[0].start):
        return None
    base = later[0]
    c = next((c for c in pcues if base.end <= c.start <= base.end + 30), None)
    if c is None or (later[1:] and later[1].start < c.start):
        return None
    if c.rel == "prev_q":
        return None, 0
    if c.rel == "q_last_year" and c.quarter:
        return None, c.quarter
    if c.rel is None and c.quarter and c.year:
        return c.year + 1, c.quarter
    return None


_QUARTER_NOUN_THEN = re.compile(r"\s+(?:[a-z&-]+\s+){1,3}", re.I)
"""The measure's own words between a quarter and 'last year' ('fourth-quarter revenue last year'), no verb nor figure."""
_YEAR_END_BEFORE = re.compile(rf"(?:\bend\s+of\s+(?:the\s+)?|year[-\s]end\s+|\bclose\s+of\s+)(?:{FISCAL}\s+(?:year\s+)?)?$", re.I)
_OR_PER_SHARE = re.compile(r",?\s+or\s+", re.I)


def _year_base(q: Quantity, s: str, pcues: list[P.Cue], qs: list[Quantity]) -> int | None:
    """The whole year a figure is set against, right after it ("$2.1 billion, against $2.6 billion in fiscal 2025")."""
    later = [o for o in qs if o.start >= q.end]
    end = q.end
    if len(later) > 1 and _OR_PER_SHARE.fullmatch(s, q.end, later[0].start):
        end, later = later[0].end, later[1:]  # "$2.1 billion, or $7.40 per share, against ...": the same figure, per share
    if not later or not _AGAINST.match(s, end, later[0].start + 1) and not _AGAINST.match(s, end, later[0].start):
        return None
    c = next((c for c in pcues if later[0].end <= c.start <= later[0].end + 20), None)
    if c is None or (later[1:] and later[1].start < c.start) or c.rel is not None or c.quarter or c.half or c.ytd:
        return None
    # (not a point in time: "borrowings stood at $2.7 billion, against $1.1 billion at the end of fiscal 2025" is a balance)
    return None if _YEAR_END_BEFORE.search(s, max(0, c.start - 16), c.start) else c.year


_AGAINST_YEAR = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|relative\s+to)\s+(?:fiscal\s+)?$", re.I)
_OVER_YEAR_WORD = re.compile(r"year[-\s]over[-\s]year|YoY", re.I)
_WHEN = re.compile(r",?\s+when\s+(?!(?:adjusted|excluding|including|compared|measured|normali[sz]ed|combined|viewed|taken|looking|you|one)\b)[^,;:]*", re.I)
"""(No comma needed: "a recovery from the second quarter when sales were down 25%" tells that quarter's own fall; "when
adjusted for ..." is a way of measuring, no clause on a period.)"""


def _when_clause(s: str, q: Quantity, pcues: list[P.Cue]) -> P.Cue | None:
    """The period a ", when ..." clause holding the figure hangs on ("below last year's fourth quarter, when we
    shipped 212 units"), if the clause names none of its own."""
    # ("a gain on Q2 when year-over-year orders dropped 18%": the move's own base word inside the clause names no
    # period of it)
    before = [c for c in pcues if c.end <= q.start and not (c.rel == "year_ago" and _OVER_YEAR_WORD.fullmatch(s, c.start, c.end))]
    if not before or _WHEN.fullmatch(s, before[-1].end, q.start) is None:
        return None
    return before[-1]


def rate_through(s: str, q: Quantity, pcues: list[P.Cue]) -> int | None:
    """The later year a rate a year runs to ("6% to 7% a year through 2030", "annually until 2030", "per annum out to
    2030", "a year from 2026 through 2029"): a span of years, no one year's figure; None where the figure is not said so."""
    if (m := _RATE_TO_YEAR.match(s, q.end)) is None:
        return None
    if m.group("year"):
        return int(m.group("year"))
    return next((c.year for c in pcues if c.year and c.start >= q.end and _RATE_TO_YEAR.fullmatch(s, q.end, c.start)), None)


def when_recalled(s: str, q: Quantity, pcues: list[P.Cue]) -> bool:
    """Is the figure told in a "when ..." clause on an earlier period ("up 4%, after the second quarter when sales fell
    9%")? That period is recalled for it alone, not the paragraph's."""
    return _when_clause(s, q, pcues) is not None


_DONE_AFTER = re.compile(r"(?:['’]s)?\s+(?:results|performance|momentum|execution|outperformance|beat|print)\b", re.I)
_DONE_BEFORE = re.compile(r"\b(?:after|following|given|on\s+the\s+back\s+of|delivered|posted|reported|had"
                          r"|(?:we|they)\s+(?:experienced|saw|achieved|enjoyed|recorded)\s+(?:throughout|in|during|over))"
                          r"\s+(?:(?:a|an|the|our|this|very|really|strong|solid|record|great|good|excellent|robust)\s+)*$", re.I)
"""The quarter just reported, named as what was done ("strong Q2 results", "after a solid second quarter"): in an
outlook it is the reason given, not the period guided."""


_IN_QUARTER_GAP = re.compile(r"\s+(?:in|for|during)\s+(?:the\s+)?", re.I)
_AND_GUIDE_AFTER = re.compile(r"\s*,?\s+and\s+(?:we(?:['’]re|\s+are)?|our)\s+(?:now\s+)?(?:guid|expect|forecast|project|outlook|guide)", re.I)
"""A figure, then "in Q2" right after it, then ", and we're guiding ...": the quarter belongs to the figure before it."""


_NEW_LEAD_BEFORE = re.compile(r",\s+(?:and\s+|but\s+)?(?:for|in)\s+(?:the\s+)?$", re.I)
_OWN_PERIOD_SAID = re.compile(r"\s+(?:was|were|is|came\s+in\s+at|totall?ed|of|at)\s+(?:about\s+|approximately\s+|roughly\s+)?", re.I)
_OR_ONLY_BETWEEN = re.compile(r"\s*,?\s*or\s+(?:about\s+|approximately\s+|roughly\s+)?", re.I)
_OF_SALES = re.compile(r"\s+of\s+(?:our\s+|total\s+|net\s+)*(?:sales|revenues?)\b", re.I)


def period_for(q: Quantity, s: str, pcues: list[P.Cue], ctx: Context, st: State, kind: FactKind, comparison: bool,
                qs: list[Quantity], is_change: bool, target_at: int = 0, metric: str | None = None) -> Period | None:
    fy, fq = ctx.fiscal_year, ctx.fiscal_quarter
    # an analyst's own figure looks ahead only when the sentence does ("I have you at", "the Street is at", "next year"):
    # "inventory being down 18%", "the digital business, up 26%" are about the quarter just reported
    future = kind in (FactKind.GUIDANCE, FactKind.TARGET) or (kind is FactKind.ESTIMATE and not PAST.search(s) and _AHEAD_WORDS.search(s) is not None)
    next_start = min((o.start for o in qs if o.start >= q.end), default=len(s))
    # "better than the down 1.9 points we had in the first quarter": the change is itself the base compared
    # with, so the period words after it are its own
    # (asked only where a period cue follows within 45 characters: the one place it counts)
    based = is_change and any(q.end <= c.start <= q.end + 45 for c in pcues) and THAN_THE.search(s, max(0, q.start - 40), q.start) is not None
    main_cues = [c for c in pcues if c.rel not in ("prev_q", "year_ago")
                 and not (comparison_cue(s, c) and not (kind is FactKind.PRIOR_GUIDANCE and q.end <= c.start <= q.end + 30)
                          and not (based and q.end <= c.start <= q.end + 45 and WE_POSTED.fullmatch(s, q.end, c.start)))
                 and not (c.rel == "q_poss" and not (c.end <= q.start and re.fullmatch(r"\s*(?:about\s+|approximately\s+)?", s[c.end:q.start])))
                 and not (is_change and (c.rel in ("q_last_year", "h_last_year", "ytd_last_year", "same_q", "same_span")
                                         or c.ytd and c.year is not None and fy is not None and c.year < fy)
                          and _ON_BEFORE.search(s, max(0, c.start - 9), c.start))
                 # a balance "at year-end" told after the year closed is dated as the call's own period words date it
                 # ("at fiscal year-end" names the fiscal year, as it always did)
                 and not (c.rel in ("year_end", "year_end_by") and not future and fq not in (1, 2, 3) and s[c.start:c.start + 1] not in "fFcC")
                 and not (c.rel == "this_y" and fq == 4 and kind is FactKind.ACTUAL and c.end <= q.start and _year_ended_at(s, q, c, metric))
                 # "strong Q2 results give us the confidence to raise our guidance to about $14" in a second-quarter call:
                 # the quarter just reported, named without a year, is not the period an outlook guides
                 and not (future and c.rel is None and c.quarter == fq and c.year is None and fq in (1, 2, 3) and not c.half and not c.ytd
                          and (_DONE_AFTER.match(s, c.end) is not None or _DONE_BEFORE.search(s, max(0, c.start - 60), c.start) is not None
                               # "Opex came in at $212 million for Q2, and we're guiding $215 million to $225 million": the quarter
                               # said after the reported figure dates that figure, not the guide after it
                               or c.end <= q.start and _AND_GUIDE_AFTER.match(s, c.end) is not None
                               and any(o.end <= c.start and _IN_QUARTER_GAP.fullmatch(s, o.end, c.start) for o in qs)))]
    if kind is FactKind.ACTUAL and fq != 4 and main_cues and any_in(s, _EXPECTED_HINTS):
        # "the tax rate was 24.5%, in line with what we assume for the full year": the year of the expectation the result
        # is held against, not the result's period (nor the paragraph's after it)
        main_cues = [c for c in main_cues if not _expected_base(s, q, c, fy)]
    # (never an outlook's: "we see sales at 80% to 85% of prior year levels" guides the period ahead)
    main_cues += [c for c in pcues if c.rel in ("prev_q", "year_ago") and c.end <= q.start and not comparison and not future
                  and (re.fullmatch(r"(?:last|prior|previous)\s+(?:quarter|year)|a\s+year\s+(?:ago|earlier)|year\s+ago|(?:twelve|12|three|3)\s+months\s+(?:ago|earlier)", s[c.start:c.end], re.I)
                       # "lapping a prior-year increase of 14.7%": the hyphenated form only right before its figure
                       or re.fullmatch(r"prior-year", s[c.start:c.end], re.I) and _OF_FIGURE.fullmatch(s, c.end, q.start) is not None
                       # "the year-ago share was 29.4%", "the year-ago margin should have been 12.1%": the subject's own year
                       or re.fullmatch(r"year-ago", s[c.start:c.end], re.I) and _YEAR_AGO_SUBJECT.fullmatch(s, c.end, q.start) is not None)
                  and not comparison_cue(s, c)
                  # "than the segment earned in the third quarter a year ago": the tail of a base's own period words
                  and not any(o.rel is None and o.quarter and 0 <= c.start - o.end <= 2 and comparison_cue(s, o) for o in pcues)
                  and not CHANGE_BEFORE.search(s[max(0, c.start - 30):c.start])
                  # "lapping 6.1% a year ago, while online orders rose 14%": the earlier period of the figure it follows
                  # ("10.5%, and a year ago it was 9.9%": a clause of its own, led by the earlier period)
                  and not any(o.end <= c.start <= o.end + 8 and o.end <= q.start and o is not q
                              and not (_CLAUSE_OPENS.fullmatch(s, o.end, c.start) and _AGO_SUBJECT.match(s, c.end)) for o in qs)
                  # "On top of growing 24% in the second quarter a year ago, revenue grew 9%": the earlier figure's own
                  # clause, set off by a comma from this one
                  and not any(o is not q and o.end <= c.start <= o.end + 45 and "," not in s[o.end:c.start]
                              and "," in s[c.end:q.start] for o in qs)]
    if not future and not comparison and ("ago" in s or "ast quarter" in s or "ast year" in s):
        # "the 12% order growth we reported only three months ago", "after growing 12% last quarter": an earlier period's words
        # closing a past clause of the figure's own date it
        main_cues += [c for c in pcues if c.rel in ("prev_q", "year_ago") and q.end <= c.start < next_start and c.start <= q.end + 60
                      and _EARLIER.fullmatch(s, c.start, c.end)
                      # (a Q4 call's "last year" may be the year just closed, and a figure beside a whole year's words
                      # that year: "flat on the 16.1% we delivered last year")
                      and not (s[c.start:c.end].lower().endswith("year") and (fq == 4 or any(o.year and not o.quarter and not o.half or o.rel in ("this_y", "next_y") for o in pcues)))
                      and (_SAW_THEN.fullmatch(s, q.end, c.start) or _JUST.fullmatch(s, q.end, c.start)
                           and (after := _AFTER_MOVING.search(s, max(0, q.start - 40), q.start)) is not None
                           and (after["move"] or c.rel == "prev_q")
                           # "the take rate was 29.5% last quarter", "it was 7% growth last quarter": a level said with a
                           # past copula and closed by the quarter before is that quarter's
                           or c.rel == "prev_q" and _WAS_BEFORE.search(s, max(0, q.start - 30), q.start) is not None
                           and _MOVE_NOUN_GAP.fullmatch(s, q.end, c.start) is not None)]
    # "was $48.20 at September 30, 2021": the year of a dated balance is not a fiscal-year figure
    dated = _dated_years(s)
    if dated:
        main_cues = [c for c in main_cues if not (c.rel is None and c.year and not c.quarter and not c.half and not c.ytd
                                                  and c.start in dated)]
    if len(main_cues) > 1 and any(c.rel == "year_ago" for c in main_cues):
        explicit_ends = [c.end for c in pcues if c.rel is None and c.quarter]
        main_cues = [c for c in main_cues if not (c.rel == "year_ago" and any(0 <= c.start - e <= 2 for e in explicit_ends))]
    main_cues.sort(key=lambda c: c.start)
    main: Period | None = None
    clause_end = clause_bounds(s, q.start)[1]
    following = [c for c in main_cues if q.end <= c.start <= min(next_start, q.end + 45, clause_end)
                 # "a sequential rise of 9% and a full year rise of 31%": the period words name the next move
                 and not (c.end < next_start and _MOVE_NOUN_OF.match(s, c.end))]
    if not following and ", which" in s[q.end:q.end + 9]:
        # "The remainder is about $12 million, which we plan to record in the first quarter": the relative clause says when
        # the figure itself falls
        following = [c for c in main_cues if q.end < c.start <= min(next_start, q.end + 60) and _WHICH_WHEN.fullmatch(s, q.end, c.start)][:1]
    if not following and kind is FactKind.TARGET and " there " in s and not _OWN_SPAN.match(s, q.end):
        # "a leverage target of below 3 times, and we now expect to get there by the end of 2027": the year the goal is
        # to be reached, said in the clause that points back to it (a goal held "through the cycle" keeps its own span)
        following = [c for c in main_cues if q.end < c.start <= q.end + 120 and c.rel is None and c.year and not c.quarter and not c.half
                     and _THERE_BY.search(s, max(q.end, c.start - 40), c.start)][:1]
    if not following and is_change and _TO_LEVEL.fullmatch(s, q.end, next_start):
        # "rose 9.8% to JPY 221.7 billion in the first half": the level's period words date its change too
        level = next(o for o in qs if o.start == next_start)
        # (not a restatement's: "to $1,150 a month, or about $13,800 on an annual basis")
        following = [c for c in main_cues if level.end <= c.start <= min(level.end + 45, clause_end) and ", or " not in s[level.end:c.start]]
    if (not following and q.unit and q.unit.isupper() and next_start < len(s) and " or " in s[q.end:next_start + 1] and _OR_ONLY_BETWEEN.fullmatch(s, q.end, next_start)
            and (ratio := next(o for o in qs if o.start == next_start)).unit == "%" and _OF_SALES.match(s, ratio.end)):
        # "selling costs were $61 million or 19.4% of sales for the year": the amount and its ratio are one figure, dated by the words
        # closing the pair
        following = [c for c in main_cues if ratio.end <= c.start <= min(ratio.end + 45, clause_end)]
    if (not following and q.unit == "count" and next_start < len(s) and _FOR_PRICE.fullmatch(s, q.end, next_start)
            and (price := next(o for o in qs if o.start == next_start)).unit and price.unit.isupper()):
        # "we bought back 5.2 million shares for $410 million year to date": the count and what it cost are one deed,
        # dated by the period words after the amount
        following = [c for c in main_cues if price.end <= c.start <= min(price.end + 45, clause_end) and ", or " not in s[price.end:c.start]]
    # "19 acquisitions in 2026, six of them in the fourth quarter, and together they bring in $285 million": the
    # aside's period is only its own count's
    preceding = [c for c in main_cues if c.end <= q.start and not _PARTITIVE.search(s, max(0, c.start - 30), c.start)
                 # "..., of which $540 million was in the fourth quarter, and $1.7 billion in dividends": the part's period
                 and not ("," in s[c.end:q.start] and _PART_WITH_FIGURE.search(s, max(0, c.start - 60), c.start))]
    if not following and next_start < clause_end and not any(c.start >= clause_bounds(s, q.start)[0] for c in preceding):
        # "We retired 1.8 million shares for $360 million during the quarter": the clause's closing period words date
        # each figure of the clause that names none
        later = [c for c in main_cues if next_start <= c.start <= clause_end]
        if (later and later[0].rel in ("this_q", "qtd") and _TIED.fullmatch(s, q.end, next_start)
                and not _NEW_STATEMENT.search(s, q.end, later[0].start) and not _COMPARE_CUE_BEFORE.search(s[q.end:later[0].start])):
            following = later[:1]
        elif (later and later[0].rel == "this_y" and fq == 4 and kind is FactKind.ACTUAL and "," not in s[q.end:later[0].start]
              and _WITH_TIED.fullmatch(s, q.end, next_start) and not _NEW_STATEMENT.search(s, q.end, later[0].start)
              and not _COMPARE_CUE_BEFORE.search(s[q.end:later[0].start])):
            # "cash generation of $900 million with 95% conversion for the year" in a fourth-quarter call: the year
            # closing the clause dates both figures it ties with "with"
            following = later[:1]
    if (not following and next_start >= clause_end and " months" in s
            and not any(c.start >= clause_bounds(s, q.start)[0] for c in preceding)):
        # "we booked $64 million of severance and site consolidation costs over the first nine months of this
        # year": a running total's words closing the clause of its only figure, past a long noun
        following = [c for c in main_cues if c.ytd and q.end + 45 < c.start <= min(q.end + 100, clause_end)
                     and _LONG_NOUN_GAP.fullmatch(s, q.end, c.start)][:1]
    if not following and not preceding and kind is FactKind.GUIDANCE and next_start < len(s):
        # "We now expect revenue growth of 5% to 6% and EPS of $2.10 to $2.20 for the full year": the period words that
        # close a list of guided figures date each of them
        after = [c for c in pcues if c.start >= q.end]
        if (len(after) == 1 and after[0] in main_cues and _CLOSING.fullmatch(s, after[0].end)
                # (a guided rise "on top of a 4% rise in Q4 of last year": the lapped growth's period, never a guide's)
                and after[0].rel not in ("q_last_year", "h_last_year", "ytd_last_year", "year_ago", "prev_q", "n_years_ago")
                and not _NEW_STATEMENT.search(s, q.end, after[0].start) and not _COMPARE_CUE_BEFORE.search(s[q.end:after[0].start])
                and ", with" not in s[q.end:after[0].start]  # "about 140 depots, with some 60 of them running by 2029": the part's date
                # "a $0.08 rise at the midpoint, after a $0.29 rise through the first half": the earlier step's period
                and not _AFTER_STEP.search(s, q.end, after[0].start)):
            following = after
    if not following and not preceding and (kind is FactKind.GUIDANCE or q.unit == "%" and _SHARE_OF.match(s, q.end)):
        # "we now expect to return 75% to 80% of adjusted after-tax operating income for the full year, up from ...": the
        # period words that close the guided figure's own clause, however long its metric ("we have hedged about 60% of
        # our expected Gulf Coast power needs for fiscal 2027": a share of a named year's whole)
        own = [c for c in main_cues if q.end + 45 < c.start <= min(next_start, clause_end, q.end + 90)
               # (a share's whole named "for" a period; not "90% of the fleet on charters that run to 2029")
               and (kind is FactKind.GUIDANCE or _FOR_BEFORE.search(s, max(0, c.start - 8), c.start))]
        if (own and "," not in s[q.end:own[0].start] and not _NEW_STATEMENT.search(s, q.end, own[0].start)
                and not _VERB_BETWEEN.search(s, q.end, own[0].start) and not _CAUSE_BETWEEN.search(s, q.end, own[0].start)
                and not _COMPARE_CUE_BEFORE.search(s[q.end:own[0].start])):
            following = own[:1]
    if (following and preceding and " of" in s[preceding[-1].end - 3:q.start] and _SPAN_OF_FIGURE.fullmatch(s, preceding[-1].end, q.start)
            and not _LISTED_BEFORE.search(s, max(0, preceding[-1].start - 6), preceding[-1].start)):
        following = []  # "Nine months of 47.6% and a full year of 46% to 47% means ...": the span said right before is the figure's
    if following and preceding and _LEAD_PERIOD.match(s[:preceding[0].start]) and "," in s[q.end:following[0].start]:
        following = []  # "For the fourth quarter, we expect sales of about $5.3 billion, our biggest quarter of the year"
    if (following and preceding and "," in s[q.end:following[0].start] and _NEW_LEAD_BEFORE.search(s, max(q.end, following[0].start - 16), following[0].start)
            and _OWN_PERIOD_SAID.fullmatch(s, preceding[-1].end, q.start)):
        following = []  # "cash from operations in the quarter was $19 million, for the full year it was $58 million": a new lead's period
    if following and following[0].rel in ("span", "year_end", "year_end_by") and _SUBORDINATE.search(s, q.end, following[0].start):
        following = following[1:]  # "charge-offs of $1.4 billion, as loans that we wrote over the last few years seasoned"
    if following and (following[0].ytd or following[0].rel == "this_y" or following[0].half and following[0].rel is None and fq == 2 * following[0].half
                      ) and _RUNNING_TOTAL.search(s, q.end, following[0].start):
        # "in the second quarter, the program saved $6 million, which brings the year-to-date total to $11 million", "we wrote $1.1
        # billion of contracts, bringing the year to date to $3.4 billion", "..., bringing the first half to 2,310" (in a second
        # quarter): the total's span, not the step's
        following = []
    # "..., which brings buybacks to $280 million so far this year, and we paid $52 million in dividends": a running
    # total's span is its own; a new statement after it goes back to the step's period
    total_ended = (not following and preceding and kind is FactKind.ACTUAL and (preceding[-1].ytd or preceding[-1].rel == "this_y")
                   and (run := _RUNNING_TOTAL.search(s, max(0, preceding[-1].start - 60), preceding[-1].start)) is not None
                   and _ASIDE_ENDS.search(s, preceding[-1].end, q.start) is not None)
    if total_ended:
        preceding = [c for c in preceding if c.end <= run.start()]
    if (following and (cue_reported(following[0], ctx) or following[0].rel is None and following[0].half and following[0].year is None
                       and fq and 2 * following[0].half <= fq) and _CAUSE_BETWEEN.search(s, q.end, following[0].start)):
        following = []  # "margin was 41%, helped by prices we raised in the second quarter": the period of the cause
    if (future and following and following[0].rel is None and following[0].year is None and not following[0].half
            and cue_reported(following[0], ctx) and "," in s[q.end:following[0].start]):
        # "costs should rise by $42 million, mostly on the carry-over of higher third quarter prices" in a third-quarter
        # call: the quarter just reported, in an aside of the outlook, is not the period guided
        following = []
    if kind is FactKind.ACTUAL and "because " in s:
        # "GMV is running up about 6% because the promotions fall later this year, but collectibles is still growing in
        # the low 20s": the period of a reason clause is the reason's, neither the figure's before it nor the next clause's
        if following and _BECAUSE.search(s, q.end, following[0].start):
            following = []
        preceding = [c for c in preceding if not (_BECAUSE.search(s, max(0, c.start - 90), c.start)
                                                  and _CLAUSE_AFTER_REASON.search(s, c.end, q.start))]
    if following and "," in s[q.end:following[0].start] and _SIGN_FOR.search(s, q.end, following[0].start):
        following = []  # "backlog closed at $275 million, a solid foundation for the third quarter": what the figure bodes for
    if following and preceding and _PARTICIPLE_AFTER.search(s, q.end, following[0].start):
        # "Fourth-quarter sales rose 9% to $410 million, capping a strong fiscal year": the period of the clause hung
        # on the figure, not of the figure
        following = []
    if (following and preceding and _NEXT_ITEM.search(s, q.end, following[0].start)
            and any(o.start > following[0].end for o in qs)):
        following = []  # "Fourth quarter EPS was $1.21 and full year EPS was $4.40": the year heads the next figure
    if following and preceding and "if " in s and _IF_BETWEEN.search(s, q.end, following[0].end):
        following = []  # "the full year lands at the $3.66 midpoint if the quarter comes in as we think": the condition's period
    if (following and _NEW_STATEMENT.search(s, q.end, following[0].start)
            and not (kind is FactKind.TARGET and " there" in s and _THERE_BY.search(s, q.end, following[0].start))):
        # "you booked roughly $212 million and the Street's number for 2026 is ...", "tightening our 2026 guidance to
        # $3.90 to $4.05 and remain confident in our 2027 targets": a later statement's period ("a leverage target of
        # below 3 times, and we now expect to get there by the end of 2027" dates the goal it points back to)
        following = []
    now_held = (not following and preceding and kind is FactKind.ACTUAL and (" now " in s or " already " in s)
                and _held_now(s, preceding[-1].end, q))
    if now_held:
        preceding = []  # "Payroll is down 5% year to date, and about 60% of rentals now happen online": a share held now
    if (not following and preceding and kind is FactKind.ACTUAL and not _LEAD_PERIOD.match(s[:preceding[-1].start])
            and not span_leads(s, preceding[-1]) and new_subject_at(s, preceding[-1].end, q.start)):
        preceding = []  # "China is down for the year, and it's about 19% of the pipeline": that year was the other clause's
    if preceding and preceding[-1].ytd and ("'s" in s or "’s" in s) and (poss := _quarter_heads_clause(s, q, pcues)) is not None:
        preceding = [poss]  # "Year to date, we have opened 42 branches, and the third quarter's openings were 15"
    if (not following and preceding and kind is FactKind.ACTUAL and "which" in s and _ASIDE_ENDS.search(s, preceding[-1].end, q.start)
            and _IN_ASIDE.search(s, max(0, preceding[-1].start - 60), preceding[-1].start)):
        # "up about 2.5%, which sits right in our range for the year, and visits are up 1%": the aside's period
        preceding = [c for c in preceding if c.end <= s.rfind(", which", 0, preceding[-1].start)]
    if (not following and preceding and "which" in s and _ASIDE_CLOSED.fullmatch(s, preceding[-1].end, q.start)
            and _IN_ASIDE.search(s, max(0, preceding[-1].start - 60), preceding[-1].start)
            and _SHORT_SUBJECT.search(s, 0, s.rfind(", which", 0, preceding[-1].start))):
        # "Mexico, which we entered last year, contributed 4% of revenue": the aside set in commas between the subject and
        # its verb dates its own deed, not the figure after it
        preceding = [c for c in preceding if c.end <= s.rfind(", which", 0, preceding[-1].start)]
    if (preceding and kind is FactKind.GUIDANCE and s[:1].lower() in "agtfbrdoawn" and (lead := _CAUSE_LEAD.match(s)) is not None
            and lead.end() <= q.start):
        # "Thanks to a strong opening half, our cash outlook goes up to $450 million": the
        # period of the reason given, not of the outlook
        preceding = [c for c in preceding if not (c.start < lead.end() and _gone(c, ctx))]
    if (not following and len(preceding) > 1 and ", as " in s and _LEAD_PERIOD.match(s[:preceding[0].start])
            and (aside := _AS_ASIDE.search(s, preceding[0].end, preceding[-1].start)) is not None and "," in s[preceding[-1].end:q.start]):
        # "For the December quarter, we expect sales to be down sequentially, as they always are after our fiscal year-end,
        # with EPS of about $1.18": the period of a manner aside is not the figures'; the sentence's lead dates them
        preceding = [c for c in preceding if c.end <= aside.start()]
    chosen = following[0] if following else (preceding[-1] if preceding else None)
    if (chosen is not None and not following and kind is FactKind.ACTUAL and (chosen.ytd or chosen.rel == "this_y" and fq in (1, 2, 3))
            and (chosen.end <= clause_bounds(s, q.start)[0] or "," in s[chosen.end:q.start] and any(chosen.end <= o.start and o.end <= q.start for o in qs))
            and (metric in _HELD_STOCKS and _PAID_OUT.search(s, max(0, q.start - 40), q.start) is None
                 or _BALANCES.search(s, max(0, q.start - 90), q.start) is not None)):
        # "Operating cash flow for the nine months was Rp 2.6 trillion, even though inventory days rose to 52": a balance
        # in a later clause is held at the quarter's end, not over the span an earlier clause named (counts of what was
        # added, "opened 1.9 million accounts", and running totals, "stands at", may be the span's)
        chosen = None
    if not following and " when " in s and (when := _when_clause(s, q, pcues)) is not None:
        chosen = when  # "a smaller drop than in the second quarter, when shipments fell 4.1%": the period the clause recalls
    if total_ended and chosen is None and fq:
        return P.call_period(fy, fq)
    if "respectively" in s:
        chosen = _respective_cue(q, s, pcues, qs) or chosen
    if (kind is FactKind.ACTUAL and fq and (chosen is None or not future_cue([chosen], ctx, s))
            and (ahead_named := [c for c in pcues if c.end <= q.start and future_cue([c], ctx, s) and not comparison_cue(s, c)])
            and _secured_now(s, q)):
        # "we have about 55% of next year's needs covered, at prices roughly 8% below this year's average, and around 40% of
        # the packaging": the rate it is secured at and the next items of its list are of the period the share covers, not
        # of the base they are held against
        chosen = ahead_named[-1]
    if (kind is FactKind.ACTUAL and chosen is not None and chosen.rel == "year_ago" and fq and fy and not comparison
            and _SAME_POINT.search(s, max(0, chosen.start - 24), chosen.end + 8) and _secured_now(s, q)):
        # "at the same point last year we had 49% of the spot days booked": the share of the quarter under way, a year back
        return P.previous_of(st.heading or P.next_period(fy, fq), False)
    if (chosen is not None and chosen.rel == "this_y" and main_cues and main_cues[0].start < chosen.start
            and "this" not in s[chosen.start:chosen.end].lower()):  # "..., and exiting this year we expect": the call's own year
        lead = main_cues[0]
        if lead.rel is None and lead.year and not lead.quarter and not lead.half and not lead.ytd and _LEAD_PERIOD.match(s[:lead.start]):
            # ("For the first nine months of 2026, ..., and we expect over $300 million for the full year": a span to date
            # leads with the part of the year gone, not the year the outlook names)
            chosen = lead  # "In 2027, we still see full-year EPS of ...": the full year is the one the sentence leads with
    if kind is FactKind.TARGET and chosen is not None and (chosen.rel in ("this_q", "this_y", "this_h", "prev_q", "next_n_years", "year_ago", "n_years_ago") or chosen.ytd):
        chosen = None  # a long-term goal is not about the quarter just reported, nor dated by "over the next five years"
    if kind is FactKind.TARGET and chosen is not None and chosen.year and (rate_through(s, q, pcues) is not None or sum_through(s, q)):
        # "growth in the mid-single digits a year from 2026 through 2029", "growing 8% to 9% a year through 2031": a rate a
        # year over a span of years dates no one year
        chosen = None
    if (kind is FactKind.TARGET and chosen is not None and chosen.year and chosen.end <= q.start and " the" in s[q.end:q.end + 60]
            and _OWN_SPAN.match(s, q.end) and not _FOR_BY_YEAR.search(s, max(0, chosen.start - 5), chosen.start + 5)):
        # "our 2030 ambitions, including a margin of 18% to 20% through the cycle": a goal with a span of its own (not "our
        # targets for 2027: growth of 5% to 7% through the cycle", the year the goals are set for)
        chosen = None
    if target_at:
        # a year in the goal's own lead-in still dates it ("In fiscal 2030, we are targeting ..."); one that dates
        # an earlier figure does not ("We returned $640 million in fiscal 2026, or 59%, above our framework of ...")
        figures_before = [o.end for o in qs if o.end <= target_at]
        target_at = figures_before[-1] if figures_before else 0
    if (kind is FactKind.TARGET and chosen is not None and chosen.end <= q.start and any(o.end <= chosen.start for o in qs)
            and _TOWARD_GOAL.search(s, chosen.end, q.start)):
        chosen = None  # "a single-digit share by 2026, one stop on the way to a medium-term double-digit share": the step's year
    if kind is FactKind.TARGET and chosen is not None and not following and (chosen.start < target_at or _OWN_SPAN.match(s, q.end)
                                                                       and any(o.end <= chosen.start for o in qs)):
        chosen = None  # "We returned $640 million in fiscal 2026, ..., above our framework of returning at least 50%"
    if kind is FactKind.TARGET and chosen is not None and not following and year_of_earlier_goal(chosen, q, s, qs):
        chosen = None  # "a margin of 18% by fiscal 2030, and leverage of around 2 times": the earlier goal's year
    if kind is FactKind.TARGET and chosen is not None and not following and " year" in s and _EVERY_YEAR.match(s, q.end):
        chosen = None  # "By 2029 we aim for sales of $4 billion, and to convert over 100% of income into cash every year"
    if (kind is FactKind.TARGET and chosen is not None and not following and _BUT_BETWEEN.search(s, chosen.end, q.start)
            and not _LEAD_PERIOD.match(s[:chosen.start])):  # ("For 2027, it's too early for a number, but ..." leads with its year)
        chosen = None  # "We're not guiding 2027 yet, but our medium-term goal is a ratio in the low 30s": the other clause's year
    if (kind is FactKind.TARGET and chosen is not None and not following and cue_reported(chosen, ctx)
            and chosen.end <= (own := max(clause_bounds(s, q.start)[0], (aim.start() if (aim := _AIM_TO.search(s, chosen.end, q.start)) else 0)))
            and (PAST.search(s, chosen.end, own) or _WE_DID.search(s, chosen.end, own)
                 # "Net debt stood at $1.3 billion at the end of June, 1.1 times EBITDA, and we intend to stay below 2 times": the
                 # reported period dates the balance of its own clause, not the aim said after it
                 or _dates_earlier_figure(chosen, q, s, qs, ctx))):
        chosen = None  # "In August we merged two centers, and we expect that to save $12 million a year once fully in place": the deed's month
    if chosen is not None and kind is FactKind.ESTIMATE and chosen.rel == "this_q" and not re.search(r"\b(?:had|was|were|beat|missed|came\s+in)\b", s, re.I):
        main = P.next_period(fy, fq) if fq else None  # the Street's "for the quarter" is the quarter ahead, unless it is past
    elif chosen is not None and chosen.rel == "this_q" and kind is FactKind.GUIDANCE and fq:
        # "G&A should be roughly $15 million in the quarter": the quarter being guided, not the one reported
        main = st.period if (st.period is not None and st.future and st.period.quarter) else P.next_period(fy, fq)
    elif (chosen is not None and chosen.rel == "this_q" and fq
          and (st.heading is not None or kind is FactKind.ACTUAL and _UNDER_WAY.search(s))
          and re.fullmatch(r"(?:the|in\s+the)\s+quarter", s[chosen.start:chosen.end], re.I)):
        # "Now to the fourth quarter. ... 58% of our days for the quarter are fixed": the quarter under way
        main = st.heading or P.next_period(fy, fq)
    elif chosen is not None and chosen.rel is None and chosen.quarter and chosen.year is None and fy and re.match(
            r"\s+(?:a\s+year\s+ago|of\s+last\s+year|last\s+year)\b", s[chosen.end:chosen.end + 16], re.I):
        main = P.label(fy - 1, chosen.quarter)  # "the third quarter a year ago"
    elif (chosen is not None and chosen.rel == "year_ago" and fy and (named := [c for c in pcues if c.end <= chosen.start])
          and named[-1].rel is None and named[-1].quarter and named[-1].year is None and not named[-1].half
          and _QUARTER_NOUN_THEN.fullmatch(s, named[-1].end, chosen.start)):
        main = P.label(fy - 1, named[-1].quarter)  # "fourth-quarter revenue last year was $613 million": that quarter, a year back
    elif chosen is not None and (year := _last_whole_year(s, pcues, st, chosen, fy, fq, kind)) is not None:
        main = year
    elif (chosen is not None and kind is FactKind.ACTUAL and chosen.rel is None and chosen.year is None and fq
          and chosen.quarter == fq % 4 + 1 and (TO_DATE.search(s) or any(c.rel == "qtd" for c in pcues)
                                                or fq in (1, 2, 3) and not _YEAR_BACK.search(s))):
        # "the second quarter, where April RevPAR is running up around 5%", "Through the end of October we had bought back
        # $150 million of shares during the fourth quarter": the quarter under way
        main = P.next_period(fy, fq)
    elif (chosen is not None and chosen.rel == "rest_y" and fy and fq in (1, 2, 3) and kind is not FactKind.ACTUAL
          and _GUIDE_NAMED.search(s) is not None):
        main = P.label(fy)  # "for the months left, we keep our growth guide of 8% to 10%": the year's guide
    elif chosen is not None:
        # the Street's or an analyst's figure for a named quarter is ahead of the call, unless it is the quarter just
        # reported, in the past tense ("my estimate for the fourth quarter was $710 million" in a Q4 call)
        ahead = future or (kind is FactKind.ESTIMATE and not (chosen.quarter == fq and chosen.year is None
                                                              and re.search(r"\b(?:had|was|were|beat|missed|came\s+in)\b", s, re.I)))
        # "our prior expectation of 5,400 stores at year end": a recalled outlook looked ahead to the year-end when given
        # (and "we expected EPS of $1.00 for the third quarter", recalled in the second, was this year's third)
        ahead = ahead or (kind is FactKind.PRIOR_GUIDANCE and (chosen.rel == "year_end" or chosen.rel is None and chosen.year is None
                                                               and bool(chosen.quarter) and bool(fq) and chosen.quarter > fq
                                                               and not _ON_THE_CALL.match(s, chosen.end)))
        # "we have hedged roughly 60% of our expected fourth-quarter inflows" in a Q3 call: a share of the quarter ahead, covered now
        ahead = ahead or (kind is FactKind.ACTUAL and chosen.rel is None and chosen.year is None and bool(chosen.quarter) and bool(fq)
                          and chosen.quarter > fq and q.unit == "%" and _SHARE_OF_AHEAD.fullmatch(s, q.end, chosen.start) is not None)
        main = _quarter_of_year(chosen, s, pcues, fy, fq, qs[0].start, q.end) or P.resolve(chosen, fy, fq, ahead, ctx.fiscal_half)
        if (kind is FactKind.GUIDANCE and fq == 4 and fy and chosen.rel is None and chosen.year is None and chosen.quarter == 4
                and main is not None and main.fiscal_year == fy and main.quarter == 4 and _GUIDED_VERB.search(s, 0, q.start)
                and not _BEFORE_THE_QUARTER.search(s, max(0, chosen.start - 24), chosen.start)
                and _next_years_fourth(s, q, chosen)):
            # "we expect fourth quarter EPS to grow about 15%" in a fourth-quarter call: the quarter just reported is
            # no outlook, so the next year's fourth quarter
            main = P.label(fy + 1, 4)
    elif kind is FactKind.TARGET:
        annual = re.match(r"\s*(?:a|per)\s+year\b|\s*annually\b|\s*per\s+annum\b", s[q.end:q.end + 12], re.I)
        # only a named year dates a goal ("by 2030"); "over the next five years" leaves it open
        later = new_subject_at(s, q.end)  # "..., and we'd expect a decision by the middle of 2027" dates the decision
        # "a 32% margin by 2029, and we aim to convert about 50% of EBITDA over time": a year right after an earlier
        # goal's figure is that goal's
        # ("margin between 57% and 59% ..., along with EPS of more than $6.00 by 2029": the year of the item added)
        dated = [] if annual or _OWN_SPAN.match(s, q.end) or " year" in s and _EVERY_YEAR.match(s, q.end) or sum_through(s, q) else [c for c in pcues if c.rel is None and c.year and c.start >= target_at
                                   and (later is None or c.start < later.start())
                                   and not (c.start > q.end and _ALONG_WITH.search(s, q.end, c.start))
                                   and not (c.end <= q.start and _BUT_BETWEEN.search(s, c.end, q.start) and not _LEAD_PERIOD.match(s[:c.start]))
                                   and not (c.end <= q.start and _TOWARD_GOAL.search(s, c.end, q.start))
                                   and not year_of_earlier_goal(c, q, s, qs)
                                   and not year_of_later_goal(c, q, s, qs)
                                   and not year_of_later_deed(c, q, s, qs)
                                   # "compared with 1.3 times at the close of 2025, and we intend to stay below 2 times": the year of
                                   # another figure's base (not "up from our 2026 budget of $1.9 billion", the figure's own year)
                                   and not (c.end <= q.start and comparison_cue(s, c) and any(0 <= c.start - o.end <= 40 for o in qs))
                                   and not (c.end <= q.start and _dates_earlier_figure(c, q, s, qs, ctx))]
        main = P.resolve(dated[0], fy, fq, True, ctx.fiscal_half) if dated else None
        if (main is None and not pcues and st.period is not None and st.future and st.period.quarter is None and st.period.half is None
                and "path to" in s and _PATH_TO.search(s, max(0, q.start - 30), q.start)):
            main = st.period  # "a goal of 21% by fiscal 2029. ... we now see a path to 21.5%": the goal of the year just named, raised
    elif (kind is FactKind.GUIDANCE and fy and (against := _OUTLOOK_AGAINST_YEAR.match(s, q.end)) is not None
          and fy - 1 <= int(against["y"]) <= fy):
        main = P.label(int(against["y"]) + 1)  # "we expect $640 million, up from $575 million in 2026": 2027's outlook
    elif (fy and fq and (kind is FactKind.GUIDANCE or kind is FactKind.PRIOR_GUIDANCE and _NEW_OUTLOOK.search(s)) and _REVISION.search(s)
          and not (st.period is not None and st.future and st.period.quarter is None)):
        # an outlook revised or recalled without period words is the year's ("we now expect EPS of $2.15 to $2.25,
        # up from prior guidance of ..."); a fourth-quarter call's is the next year's
        main = P.label(fy + 1 if fq == 4 else fy)
    elif (fy and fq and kind in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE) and not pcues and st.outlook is None
          and not (st.period is not None and st.future) and _outlook_moved_now(s)):
        # "We now expect revenue of $3.1 billion to $3.3 billion, compared with $3.2 billion to $3.4 billion before":
        # a quarter's guide is given fresh each call, so one moved "now" with no period words is the year's
        main = P.label(fy + 1 if fq == 4 else fy)
    elif (kind is FactKind.GUIDANCE and st.ranged is not None and not period_over(st.ranged, ctx) and not pcues
          and _MIDPOINT_LEAD.match(s)):
        main = st.ranged  # "At the midpoint, that is EBITDA of $350 million.": a point of the range given before
    elif (kind is FactKind.GUIDANCE and fy and fq and (guided_midpoint(s, q) or _MIDPOINT_LEAD.match(s))
          and not (st.period is not None and st.future and st.period.quarter is not None)
          and not any(c.quarter and not (c.start > q.end and (_CAUSE_BETWEEN.search(s, q.end, c.start) or _NEW_STATEMENT.search(s, q.end, c.start)))
                      for c in pcues)):
        # "a rise of 40 basis points at the midpoint": the year's range, moved ("profit up 17% at the midpoint compared with
        # Q4 2025" is a quarter's guide; "..., but the fourth quarter it implies looks light" is a later statement's quarter)
        main = P.label(fy + 1 if fq == 4 else fy)
    elif kind is FactKind.PRIOR_GUIDANCE and "year" in s and _LIFE_POINT.match(s, q.end):
        main = None  # "ahead of the 35% we planned for its first year": a point in the life of what is measured, no period of the call
    elif (kind is FactKind.PRIOR_GUIDANCE and st.period is not None and not st.future
          and _HELD_AGAINST_GUIDE.search(s, max(0, q.start - 40), q.start)):
        main = st.period  # "free cash flow was $905 million, above the range we gave you": the guide for the period reported
    elif (kind is FactKind.ACTUAL and chosen is None and st.heading is not None and st.future and st.period == st.heading
          and _secured_now(s, q)):
        # "Let me walk you through the fourth-quarter bookings so far. ... we have fixed 61% of the spot days at $63,200
        # per day": a share of the quarter the lead named, secured today, and the rate it is secured at
        main = st.heading
    elif (st.period is not None and st.future == (kind is not FactKind.ACTUAL)
          and not (kind is FactKind.ACTUAL and _span(st.period, fq) and (now_held or _point_in_time(s, q, metric)))
          and not (kind is FactKind.GUIDANCE and period_over(st.period, ctx))):
        main = st.period
    elif kind is FactKind.GUIDANCE and st.outlook is not None and not period_over(st.outlook, ctx):
        main = st.outlook  # (an outlook is never for a period the call reports: one carried from a slip is not taken on)
    elif kind is FactKind.GUIDANCE and ctx.asked_period is not None:
        main = ctx.asked_period  # the period the question asked about
    elif kind is FactKind.GUIDANCE and fy and fq and (base := _base_year(s, pcues, fy, fq)) is not None:
        main = P.label(base + 1)  # "we expect 4% to 5% growth versus 2026" in a fourth-quarter call: the year after the base
    elif kind is FactKind.GUIDANCE and fy and fq and _HELD_OUTLOOK.search(s) is not None:
        # "We continue to expect freight costs at $41 million to $44 million.", with no period words and none carried: an
        # outlook held, the fiscal year's (the next year's after a fourth quarter), not the next quarter's
        main = P.label(fy + 1 if fq == 4 else fy)
    elif future:
        if fq and ctx.grain is not None and not _QUARTERS_SAID.search(s):
            # a call that reports a longer span guides the year: this one after a half or nine months, the next after a year
            main = P.label(fy + 1 if fq == 4 else fy)
        elif fq:
            main = P.next_period(fy, fq)
        elif ctx.fiscal_half == 1:
            main = P.label(fy)
        else:
            main = P.label(fy + 1) if fy else None
    elif kind is FactKind.PRIOR_GUIDANCE and fy and fq and st.period is None and _EARLIER_GUIDE.search(s):
        main = P.label(fy)  # "down from our previous guidance of $2.40 to $2.50": the year's guide, recalled
    elif fq:
        # (a call that reports a longer span than its quarter: that span's, unless the sentence speaks of quarters
        # anyway, "for the sixth quarter in a row", "up 14% from last quarter"; a balance is never a span to date's)
        main = (ctx.grain if ctx.grain is not None and not _QUARTERS_SAID.search(s) and not (ctx.grain.ytd and _point_in_time(s, q, metric))
                else P.call_period(fy, fq))
    else:
        main = P.label(fy, half=ctx.fiscal_half)
    if not comparison:
        if (kind is FactKind.ACTUAL and fy and fq and main is not None and not main.quarter and not main.half and not main.ytd
                and (base_q := _quarter_base(q, s, pcues, qs, next_start)) is not None):
            # "we ended the year with EPS of $0.96, compared to $0.56 last quarter": set against a quarter, it is a quarter's
            return P.label(base_q[0] or fy, base_q[1] or fq)
        if (kind is FactKind.ACTUAL and fq == 4 and fy and chosen is None and main == P.call_period(fy, fq)
                and _year_base(q, s, pcues, qs) == fy - 1):
            # "net income was $2.1 billion, against $2.6 billion in fiscal 2025" in a fourth-quarter call, no period
            # words of its own: set against the last whole year, it is this whole year
            return P.label(fy)
        if (kind is FactKind.ACTUAL and is_change and fq == 4 and fy and chosen is None and st.period is None
                and main == P.call_period(fy, fq) and _base_year(s, pcues, fy - 1, fq) == fy - 1
                and any(c.year == fy - 1 and _AGAINST_YEAR.search(s, max(0, c.start - 20), c.start) for c in pcues)):
            # "deliveries fell 3.2% versus 2025" in a fourth-quarter call: a move against the last whole year, with no
            # period words of its own, is this whole year's (a quarter's move names its quarter or "a year ago"; "accelerated
            # to 24% from 2025" dates the rate it left, not a base)
            return P.label(fy)
        if (kind is FactKind.ACTUAL and fy and fq and main is not None and main.fiscal_year != fy and not main.quarter
                and not main.half and (s.startswith(" ", q.end) and _HELD_NOW_AFTER.match(s, q.end))
                and chosen is not None and chosen.end <= q.start
                and any(0 <= chosen.start - o.end <= 30 and "," not in s[o.end:chosen.start] or chosen.end <= o.start < q.start for o in qs)):
            # "900 stores by the end of 2029, with a signed pipeline of about 120 sites today": what is held now, not
            # the year of another figure ("for fiscal 2028, we're about 40% hedged today" is that year's, secured now)
            return P.call_period(fy, fq)
        if (kind is FactKind.ACTUAL and fq and main is not None and _span(main, fq) and not following
                and (preceding and ((_NOW_HELD.search(s, preceding[-1].end, q.start) or _LEFT_AFTER.match(s, q.end)) and _point_in_time(s, q, metric)
                                    # "..., which brings the swap book to $31 billion": the deeds' sum taken to a total, held now
                                    or _TOTAL_NOW.search(s, preceding[-1].end, q.start))
                     or _NOW_OWNED.search(s, max(preceding[-1].end if preceding else 0, clause_bounds(s, q.start)[0]), q.start))):
            # "We hired 240 underwriters this year and now have roughly 4,800 employees", "..., bringing our total to 310"
            return P.call_period(fy, fq)
        if (kind is FactKind.ACTUAL and fq in (1, 2, 3) and chosen is not None and chosen.rel == "this_y" and main is not None
                and not main.quarter and not main.half and not main.ytd and main.fiscal_year == fy
                and (_THIS_YEAR.fullmatch(s, chosen.start, chosen.end)
                     # "which takes buybacks for the year to $130 million": a running total of the year under way
                     or _THE_YEAR.fullmatch(s, chosen.start, chosen.end) and _RUNNING_TOTAL.search(s, max(0, q.start - 60), q.start) is not None)
                and (q.unit and q.unit.isupper() and not (metric in _STOCKS or _LEFT_AFTER.match(s, q.end))  # (a currency code: money)
                     and (PAST.search(s, *clause_bounds(s, q.start)) or _RUNNING_TOTAL.search(s, max(0, q.start - 60), q.start)
                          or _HAVE_DONE.search(s, max(0, q.start - 60), q.start))
                     or q.unit == "count" and (_COUNTED_DEED.search(s, max(0, q.start - 40), q.start) or _PERFECT_DEED.search(s, max(0, q.start - 40), q.start)
                                               or _DEED_AFTER.fullmatch(s, q.end, chosen.start) or _NEW_AFTER.match(s, q.end)
                                               or _WE_DID_BEFORE.search(s, clause_bounds(s, q.start)[0], q.start))
                     # "our capture rate has averaged 76% this year", "40% of what we have bought this year": a rate
                     # over the months gone, said in the perfect ("rates rose 4% this year" keeps the year)
                     or q.unit == "%" and metric not in _STOCKS and (_RATE_SO_FAR.search(s, max(0, q.start - 30), q.start)
                                                                    or _SHARE_OF_DONE.fullmatch(s, q.end, chosen.start))
                     # "This year, organic growth is 12.4% so far": the year to date, whatever the figure
                     or metric not in _STOCKS and _SO_FAR.search(s, *clause_bounds(s, q.start)))):
            # "We repurchased $1.1 billion of stock this year", "bringing buybacks this year to $900 million", "we hired 240
            # underwriters this year" in a second-quarter call: a sum of the months gone, the year to date ("wage rates
            # rose 4% this year" stays the year's, and so does "we now have 4,800 employees")
            return P.label(fy, fq, ytd=True)
        if (kind is FactKind.ACTUAL and fq in (1, 2, 3) and main is not None and not main.quarter and not main.half and not main.ytd
                and main.fiscal_year == fy and metric not in _STOCKS and ("so far" in s or "to date" in s)
                and _SO_FAR.search(s, *clause_bounds(s, q.start)) and _HAVE_DONE.search(s, max(0, q.start - 60), q.start)):
            return P.label(fy, fq, ytd=True)  # "For the year, we'll be near $300 million, and so far we've done $226 million"
        if fy and _END_OF_LAST_YEAR.match(s, q.end):
            return P.label(fy - 1)  # "reserves stood at 24.6 million ounces at the end of last year"
        # not "$2.07, a year-on-year gain of 9%": that names a change, not the figure's year
        ago = [c for c in pcues if c.rel == "year_ago" and (q.end <= c.start <= q.end + 4 or _THIS_TIME.fullmatch(s, q.end, c.start)
                                                            or _OR_SO.fullmatch(s, q.end, c.start))
               and not _OVER_YEAR.search(s, c.start, c.end)
               and not future and not _LEVELS.match(s, c.end)]
        if ago and not is_change and (year := _last_whole_year(s, pcues, st, ago[0], fy, fq, kind)) is not None:
            return year  # "the arm earned $95 million last year", the year-ago cue after the figure
        if ago and not is_change and main is not None:
            return P.previous_of(main, False)  # "the margin was 17.9 per cent last year"
        return main
    # A comparison level ("from $287.0 million a year ago"): its own period words, else the period before.
    if ((_OTHER_BASIS.match(s, q.end) or _BASIS_BEFORE.search(s, max(0, q.start - 24), q.start))
            and not any(q.end <= c.start <= min(next_start, q.end + 60) for c in pcues)
            # ("against the prior year period margin of 14.2% on a GAAP basis and 15.8% on an adjusted basis": the base
            # named with its earlier period before it, however many bases it is given in)
            and not any(c.rel in ("year_ago", "prev_q") and c.end <= q.start <= c.end + 90 and "," not in s[c.end:q.start]
                        and _COMPARED_THE.search(s, max(0, c.start - 24), c.start) for c in pcues)):
        # "earnings per share were $1.17, against the $1.43 on an adjusted basis", "the one item between it and the
        # adjusted $3.40": the same quarter, another basis
        return main
    if (main is not None and any_in(s, _REFERENCE_WORDS) and _REFERENCE_BASE.search(s, max(0, q.start - 70), q.start)
            and not any(q.end <= c.start <= min(next_start, q.end + 60) for c in pcues)):
        # "new money yields of about 5.2%, against a portfolio book yield of 4.4%": a level of another measure held now,
        # not the same measure a period earlier
        return main
    if (main is not None and s.startswith(" for ", q.end) and _FOR_OTHER_GROUP.match(s, q.end)
            and not any(q.end <= c.start <= min(next_start, q.end + 60) for c in pcues)):
        return main  # "against 3.2 days for our domestic patients": another group's level now
    if (main is not None and " than " in s and not pcues and _GROUPS_COMPARED.search(s, 0, qs[0].start) is not None
            and _SET_AGAINST.search(s, max(0, q.start - 16), q.start)):
        return main  # "Dental runs higher than veterinary, around $23,000 against about $16,400": the other group's level now
    if (main is not None and ("ash" in s or "iquidity" in s)  # ("Cash ... closed at" leads its sentence)
            and (_SET_AGAINST.search(s, max(0, q.start - 16), q.start) and _DEBT_NAMED.match(s, q.end)
                 or _AGAINST_DEBT_OF.search(s, max(0, q.start - 60), q.start))
            and _CASH_BEFORE.search(s, 0, q.start)
            and not any(q.end <= c.start <= min(next_start, q.end + 60) and not _DEBT_DUE.search(s, max(0, c.start - 12), c.start) for c in pcues)):
        # "cash of $1.41 billion against $800 million of senior notes": the debt held now, set against the cash, not
        # a balance of a period before
        return main
    if fy and _AT_YEAR_END.match(s, q.end):
        return P.label(fy - 1)  # "down from 3.9 times at year-end": the last year-end
    if (main is not None and metric == "dividend" and "quarterly" in s and _RAISED_QUARTERLY.search(s, 0, q.start)
            and not any(q.end <= c.start <= min(next_start, q.end + 60) for c in pcues)):
        return main  # "raised the quarterly dividend to $0.46 per share from $0.44": the rate paid until now, not a year ago's
    named = [c for c in pcues if c.rel is None and c.year and not c.half and not c.ytd and c.end <= q.start and _BASE_NAMED_OF.fullmatch(s, c.end, q.start)]
    if named:
        return P.resolve(named[-1], fy, fq, False, ctx.fiscal_half)  # "versus 2025 revenue of $512 million"
    # ("below last year's EUR 318 million, because the slowdown at year-end will be deeper": a later clause's year-end)
    after_cues = [c for c in pcues if q.end <= c.start <= min(next_start, q.end + 60)
                  and not (c.rel in ("year_end", "year_end_by") and "," in s[q.end:c.start])
                  # ("down from $2.3 billion at the end of June after the quarter's buybacks": the period of a cause's deed)
                  and not (s.startswith(("'s", "’s"), c.end) and _CAUSE_BEFORE.search(s, max(0, c.start - 24), c.start))]
    if after_cues:
        of_year = next((p for c in after_cues if (p := _quarter_of_year(c, s, pcues, fy, fq, qs[0].start, q.end)) is not None), None)
        if of_year is not None:
            return of_year  # "versus $0.11 for the quarter in 2025"
        c = after_cues[0]
        if c.rel == "year_ago" and re.search(r"\b(?:end|close)\s+of\s+$", s[max(0, c.start - 12):c.start], re.I) and fy:
            return P.label(fy - 1)  # "down from 3.3 times at the end of last year": the year-end balance
        if (main is not None and main.ytd and c.rel is None and c.year and not c.quarter and not c.half
                and not re.search(r"\bfull\b", s[c.start:c.end], re.I) and re.search(r"\b(?:same|period|months|nine|six)\b", s[q.end:c.start], re.I)):
            return P.label(c.year, main.quarter, ytd=True)  # "$3.21 for the first nine months versus $3.02 in the same period of 2025"
        if c.rel == "year_ago" and main is not None and fy and main.fiscal_year and main.fiscal_year > fy:
            return P.label(fy - 1)  # "320,000 ounces a year by 2029, up from about 240,000 ounces last year"
        if c.rel == "year_ago":
            return P.previous_of(main, False)
        if c.rel == "prev_q":
            if fq and main is not None and main.fiscal_year is not None and fy and main.fiscal_year < fy:
                main = None  # "$70 million in last year's third quarter and $75 million last quarter": the call's last quarter
            return P.previous_of(main if main is not None and main.quarter or not fq else P.call_period(fy, fq), True)
        return P.resolve(c, fy, fq, False, ctx.fiscal_half)
    fm = FROM_QUARTER.search(s)
    named_previous = bool(fm and fq and ORDINAL[(fm.group(1) or fm.group(2)).lower()] == (fq - 1 or 4))
    month_end = bool(fq and (FROM_MONTH.search(s, max(0, q.start - 60), min(len(s), q.end + 60))
                             or _AT_MONTH.match(s, q.end)))
    # ("improved from 2.3 to 1.9 times quarter on quarter": a base of the quarter before, as "sequentially" names it)
    # ("down quarter-over-quarter from $120 million, 7.1 points a year ago": a base given its own year stays a year back)
    qoq = "uarter" in s and _QOQ_WORD.search(s) is not None and not any(c.rel == "year_ago" and c.start > q.end for c in pcues)
    return P.previous_of(main, bool(SEQ.search(s)) or named_previous or month_end or qoq)


_RAISED_QUARTERLY = re.compile(r"\b(?:rais|increas|lift|hik|boost)(?:e|es|ed|ing)?\s+(?:our\s+|the\s+|its\s+)?(?:regular\s+)?quarterly\s+(?:cash\s+|common\s+)?dividend\b[^.;]{0,40}?\bto\s+", re.I)
"""A quarterly dividend raised now "to $0.46 from $0.44": the old rate is the one paid up to the call, its own quarter."""
_YEAR_AGO_SUBJECT = re.compile(r"\s+(?!quarter\b|period\b)(?:[a-z][\w-]*\s+){1,2}?(?:was|were|came\s+in\s+at|stood\s+at|should\s+have\s+been|had\s+been)\s+"
                               r"(?:about\s+|roughly\s+|approximately\s+|around\s+)?")
"""'the year-ago share was 29.4%': the hyphened year-ago before the subject's noun dates the figure it is said to be."""
_BASE_NAMED_OF = re.compile(r"\s+(?:[\w'’-]+\s+){0,5}?(?:of|at)\s+(?:about\s+|approximately\s+|roughly\s+)?", re.I)
"""'versus first-quarter 2026 specialty division profit of $9 million': the base's own period words, then its measure."""
_CAUSE_BEFORE = re.compile(r"\b(?:after|following|because\s+of|due\s+to|driven\s+by|reflecting)\s+$", re.I)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)
_SHARE_OF = re.compile(r"\s+of\s+(?:our|the|its|their)\s", re.I)
_QOQ_WORD = re.compile(r"\bquarter[-\s](?:over|on)[-\s]quarter\b", re.I)


_GUIDED_VERB = re.compile(r"\b(?:expect|anticipate|project|forecast|guid|plan|see|should|will|look\s+for)\w*\b", re.I)
_BEFORE_THE_QUARTER = re.compile(r"\b(?:from|versus|vs\.?|than|over|against|compared\s+(?:to|with)|since|after|like|as\s+in|in\s+line\s+with)\s+(?:the\s+|our\s+|this\s+)?$", re.I)


_QUARTER_TALK = re.compile(r"\b(?:quarters?|Q[1-4]|months?|half|halves|period)\b", re.I)


def _dates_earlier_figure(c: P.Cue, q: Quantity, s: str, qs: list[Quantity], ctx: Context) -> bool:
    """Does a reported period said before a goal date a figure of its own clause ("Net debt stood at $1.3 billion at the
    end of June, 1.1 times EBITDA, and we intend to stay below 2 times", "Leverage was 2.8 times in the second quarter,
    and we aim to keep it below 3 times")? The period is the balance's; the aim said after it names none."""
    own = clause_bounds(s, c.start)
    return (cue_reported(c, ctx) and own[1] <= q.start
            and any(o is not q and own[0] <= o.start and o.end <= own[1] for o in qs))


def _last_whole_year(s: str, pcues: list[P.Cue], st: State, cue: P.Cue, fy: int | None, fq: int | None, kind: FactKind) -> Period | None:
    """The year before the call's, for an actual dated "last year" in a first- to third-quarter call whose sentence has
    no quarter in it and is about whole years, by another year it names or the year the paragraph's last figure was of
    ("the unit brought in $640 million last year" amid talk of whole years): "last year" is then the year before, as the
    contract reads it, not that year's same quarter (which a plain "gross margin last year was 41.2%" stays)."""
    if not (cue.rel == "year_ago" and fy and fq in (1, 2, 3) and kind is FactKind.ACTUAL
            and s[cue.start:cue.end].lower() == "last year") or _QUARTER_TALK.search(s):
        return None
    p = st.period
    if (p is not None and p.fiscal_year is not None and p.quarter is None and p.half is None and not p.ytd
            or any(c is not cue and (c.rel in ("this_y", "next_y", "next_n_years") or c.rel is None and c.year and not c.quarter
                                     and not c.half and not c.ytd) for c in pcues)):
        return P.label(fy - 1)
    return None


def _next_years_fourth(s: str, q: Quantity, chosen: P.Cue) -> bool:
    """Is a bare "fourth quarter" beside a figure guided in a fourth-quarter call the next year's? Only where the guided
    clause itself names it and tells nothing done: "the range we had set entering the fourth quarter was ...", "sales
    rose 5% against our guidance range", "the closure barely touched our Q4 results, yet we see ...", "dilution tied
    to the fourth quarter deals we closed", "after 25% order growth in Q4" and a quarter in a sentence that names a
    year ("above the fourth quarter of 2024", "in the first quarter of 2027") are the quarter just reported."""
    lo, hi = clause_bounds(s, q.start)
    return (lo <= chosen.start < hi and not PAST.search(s, lo, hi)
            and not _OUR_QUARTER.search(s, max(0, chosen.start - 5), chosen.start) and not _QUARTER_DONE.match(s, chosen.end)
            and not _LAPPED_BEFORE.search(s, max(lo, q.start - 30), q.start)
            and not any(c.year is not None for c in P.find_cues(s)))


_OUR_QUARTER = re.compile(r"\bour\s+$", re.I)
_QUARTER_DONE = re.compile(r"\s+(?:results|performance|exit|run[-\s]rate|print|beat"
                           r"|[\w-]+\s+(?:that\s+)?we\s+(?:announced|completed|closed|made|signed|took|did))\b", re.I)
_LAPPED_BEFORE = re.compile(r"\b(?:after|following|on\s+top\s+of)\s+(?:(?:over|about|nearly|roughly|almost|more\s+than)\s+)?[$€£]?$", re.I)


def period_over(period: Period | None, ctx: Context) -> bool:
    """The period ended by the close of the call's own period (a Q4 call is held after the year is over)."""
    if period is None or period.fiscal_year is None or ctx.fiscal_year is None or ctx.fiscal_quarter is None:
        return False
    return P.period_key(period) <= P.closed_by(ctx.fiscal_year, ctx.fiscal_quarter)


# Searched across whole sentences or clauses: a first-character test (see guard.py); the lower-cased copy for those
# whose callers use spans and truth only (see guard.OnLowered).
(_END_OF, _DATE_YEAR) = (guarded(rx) for rx in (_END_OF, _DATE_YEAR))
(_VERB, _YEAR_SPAN, _BALANCE_WORDS, TO_DATE, PRESENT_STATE) = (guarded(rx) for rx in (
    _VERB, _YEAR_SPAN, _BALANCE_WORDS, TO_DATE, PRESENT_STATE))
(PAST, PRESENT_STATE, _COMPARE_CUE_BEFORE) = (OnLowered(rx) for rx in (PAST, PRESENT_STATE, _COMPARE_CUE_BEFORE))
# Seldom matched: first a test for the words each match holds (see guard.Gated).
(_DEBT_WORD, _REVISION, _AT_MIDPOINT) = (gated(rx) for rx in (_DEBT_WORD, _REVISION, _AT_MIDPOINT))


_SAME_POINT = re.compile(r"\b(?:(?:at\s+)?(?:the\s+same|this)\s+(?:point|stage|time)|this\s+time)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))\b", re.I)
"""'at the same point last year', 'this time last year': the same moment of the quarter under way, a year back."""


def _secured_now(s: str, q: Quantity) -> bool:
    from .kinds import secured_now  # (kinds reads this module's tenses)
    return secured_now(s, q)


NOT_A_SPAN_IN_FORCE = frozenset(("year_ago", "prev_q", "same_q", "same_span", "q_last_year", "h_last_year", "ytd_last_year", "month",
                                 "span", "n_years_ago", "qtd", "q_poss"))
"""Cues that name no span the figures after them are told over: a base looked back at, a month, a stretch to date."""
_SPAN_NOT_OWN = NOT_A_SPAN_IN_FORCE | {"next_q", "next_y", "next_n_years", "rest_y", "year_end", "year_end_by"}
"""... and, for a sentence without figures (`span_named`), the periods ahead: an outlook's, not the results'."""
_SPAN_AHEAD = re.compile(r"\b(?:expect\w*|guid\w*|outlook|forecast\w*|anticipat\w*|will|should|plan(?:s|ned)?\s+to|target\w*|project\w*|assum\w*|aim\w*|"
                         r"going\s+forward|would|could|may|might)\b", re.I)
"""A sentence that looks ahead: the span it names is the outlook's, not the one the results after it are told over."""


def span_hinted(s: str, ctx: Context, current: Period | None = None) -> bool:
    """May the sentence name a span `span_named` reads? Most name none: substring tests spare them the cue scan."""
    return (ctx.role is not Role.ANALYST and bool(ctx.fiscal_year) and bool(ctx.fiscal_quarter)
            and (any_in(s, _SPAN_HINTS if ctx.fiscal_quarter != 4 else _YEAR_HINTS)
                 # (the quarter, the period figures take anyway, only where a longer span is in force: `current`)
                 or current is not None and (current.quarter is None or current.ytd) and ("uarter" in s or "Q" in s)))


def span_named(s: str, ctx: Context, current: Period | None = None) -> Period | None:
    """The span of the call's own results a sentence without figures names, which the figures after it that name none
    are told over ("These were the best first nine months in our history." "Revenue reached ..."; "The third quarter
    on its own was stronger still." "EBITDA was ..."): the call's quarter, or the part of the year closed with it (the
    first half, the nine months, the year in a fourth-quarter call); None where the sentence names none, both, or
    looks ahead, or names the span only as a base ("weaker than the first nine months of last year")."""
    fy, fq = ctx.fiscal_year, ctx.fiscal_quarter
    if not span_hinted(s, ctx, current) or _SPAN_AHEAD.search(s):
        return None
    quarter = P.call_period(fy, fq)
    # (the year's part closed with the quarter, as the call names it: a second quarter's "first half" or "six months")
    spans = (P.label(fy, half=1), P.label(fy, 2, ytd=True)) if fq == 2 else (P.label(fy, 3, ytd=True),) if fq == 3 else (P.label(fy),) if fq == 4 else ()
    named, said = None, []
    for c in period_cues(s, ctx):
        if c.rel in _SPAN_NOT_OWN or comparison_cue(s, c):
            continue
        p = P.resolve(c, fy, fq, False, ctx.fiscal_half)
        if p is None or p != quarter and p not in spans:
            return None  # another period of its own ("the second quarter", "2025"): no span of the call's results
        if named is not None and p != named:
            return None
        named = p
        said.append((c.start, c.end))
    if named is not None and named != quarter and "uarter" in s and any(not any(a <= m.start() < b for a, b in said) for m in _QUARTER_WORD.finditer(s)):
        return None  # "We closed 2026 with a good quarter.": a quarter beside the span, which of them the figures are is not said
    return named


_SPAN_HINTS = ("alf", "onths", "o date", "o-date", "far this", "YTD")
_YEAR_HINTS = ("year", "Year", "20")
"""Words one of the spans `span_named` reads holds: the quarter, the months or half to date, and in a fourth-quarter
call the year (the quarter's words are read only where a longer span is in force)."""
_QUARTER_WORD = re.compile(r"\bquarter", re.I)


def lead_kept(facts: list, st: State) -> Period | None:
    """The period a sentence's figures leave in force (`State.period`, as they set it, unless...): a sentence that leads
    with a quarter's figure and ends on the span to date that holds it ("We sold 6.1 million pounds in the quarter, and
    12.4 million in the first half.", "EBITDA was $412 million, up 26%, bringing the first half to $776 million.") is
    about the quarter; the cumulative figure after it is an aside, and the sentences after it go on with the quarter.
    A sentence led by the longer span ("For the year, revenue was $3.2 billion, and $850 million in the fourth quarter.")
    keeps the last figure's period, as before."""
    carried = st.period
    if carried is None or st.future or (carried.quarter and not carried.ytd) or carried.fiscal_year is None:
        return carried
    lead = facts[0]
    period = lead.period
    if (lead.kind is not FactKind.ACTUAL or period is None or not period.quarter or period.ytd
            or period.fiscal_year != carried.fiscal_year):
        return carried
    held = (carried.ytd or (carried.half == 1 and period.quarter <= 2) or (carried.half == 2 and period.quarter >= 3)
            or carried.half is None)
    if not held:
        return carried
    trail = next((f for f in facts[1:] if f.period == carried and f.kind is FactKind.ACTUAL), None)
    if trail is None:
        return carried
    # the span's figure is set off from the quarter's ("..., and 12.4 million in the first half"), or the quarter is named
    # before it ("in the quarter and 6.6 million in the first half"); not one clause's figures dated by its closing words
    # ("we repurchased 766,000 shares at an average of $39.16 during the year")
    s = lead.sentence
    at, end = s.find(trail.text), s.find(lead.text) + len(lead.text)
    if 0 <= end <= at and ("," in s[end:at] or ";" in s[end:at] or "quarter" in s[:at].lower()):
        return period
    return carried
