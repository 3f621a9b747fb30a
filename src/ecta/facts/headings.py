"""Sentences of a call read one sentence a line that only name what the next ones are about ("Turning to the second
quarter.", "We lift our outlook for the full year."), and the kinds of period a sentence names for its own figures, which
end a span one of them began."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..model import Period
from . import periods as P
from .dating import _LEAD_PERIOD, comparison_cue, cue_ahead, cue_reported, future_cue, period_cues, period_over
from .guard import any_in, gated
from .state import Context, State
from ..fiscal_words import FISCAL


_HEADING = re.compile(r"\b(?:guidance|outlook|expectations?|forecasts?|specifics|highlights|details|recap|turning|turn\s+(?:now\s+)?to|"
                      r"look(?:ing)?\s+(?:ahead\s+|forward\s+)?(?:at|to)|moving\s+(?:on\s+)?to|now\s+to)\b", re.I)
_REMARKS = re.compile(r"\b(?:comments|commentary|thoughts|remarks|colou?r)\b", re.I)
"""Remarks announced on a period ("Now a few comments on the first quarter.", "Let me share some thoughts on fiscal Q1.",
"a little color on the full year first"): a heading when one period follows close after, with no
comparison between ("my remarks set the second quarter against the first" name two)."""
_DEFERRED = re.compile(r"\b(?:later|in\s+a\s+(?:moment|minute|few\s+minutes))\b", re.I)
"""'We will come back to the 2027 outlook later in the call.': the topic put off, not the heading of what follows."""
_COMPARED = re.compile(r"\b(?:compar\w*|versus|vs\.?|against|than|from)\b", re.I)
_AHEAD_HEADING = re.compile(r"\b(?:guidance|outlook|expectations?|forecasts?|specifics)\b", re.I)
_HEADS = re.compile(r"^\W*(?:(?:and|so|now|next|finally|lastly|then|okay|with\s+that)\W+)*(?:turning|turn|moving|move|looking|look|let(?:'s|\s+me|\s+us)|"
                    r"here\s+(?:is|are)|now\s+to|for|on|in|as\s+for|regarding)\b"
                    r"|(?<!our\s)(?<!the\s)(?<!its\s)\b(?:provid|giv|shar|updat|rais|improv|lower|reaffirm|reiterat|maintain|introduc|initiat|"
                    r"issu|narrow|tighten|discuss|review|outlin|offer)(?:e|es|ed|ing)?\s+(?:[\w'’&-]+\s+){0,5}?(?:guidance|outlook|expectations?|"
                    r"forecasts?|specifics|highlights|details?|view)\b|\bhere\s+(?:is|are)\b", re.I)
"""How a heading is said: led by "Turning to", "Let me", "For ...", or giving, raising or updating an outlook ("we are
providing the following guidance for ...")."""
_WHEN_GIVEN = re.compile(r"[-\s]+(?:earnings\s+)?(?:call|conference|release|report)\b", re.I)
""""the guidance we gave on the first-quarter call": the quarter says when the guide was given, not what it is for."""
_NOT_HEADED = ("year_ago", "prev_q", "span", "n_years_ago", "q_last_year", "h_last_year", "ytd_last_year", "q_poss", "month")


YEAR_AHEAD_LEAD = re.compile(r"\W*(?:(?:and|now|so)\s*,?\s+)?(?:for|in|as\s+we\s+look\s+(?:ahead\s+|forward\s+)?(?:to|at)|looking\s+(?:ahead\s+|forward\s+)?(?:to|at)|"
                             rf"turning\s+(?:now\s+)?to|as\s+we\s+(?:head|move|go)\s+into)\s+(?:{FISCAL}\s+(?:year\s+)?|FY\s*|calendar\s+)?'?(?:20\d\d|\d\d)\s*,\s+"
                             r"(?:(?:we|I)\s+(?:now\s+|still\s+|also\s+|currently\s+)?(?:expect|anticipate|see|project|forecast|plan)\b"
                             # "For 2027, our base case assumes that rates keep falling.": the plan's premises head its figures
                             r"|our\s+(?:[\w-]+\s+)?(?:base\s+case|plan|planning|budget|assumptions?|scenario)\s+(?:assumes?|is|includes?|calls)\b)", re.I)
"""An outlook sentence led by a year, with no figure ("In fiscal 2027, we expect solid demand across our markets.", "As we
look to 2027, we expect another year of growth.", "For 2027, our base case assumes that rates keep falling."): it
heads the outlook figures of the turn that follow, as an outlook named with its year does."""


def heading_period(s: str, ctx: Context, in_outlook: bool = False) -> tuple[Period, bool] | None:
    """A sentence without figures that names what the next ones are about, in a call read one sentence a line ("Turning
    to the second quarter.", "We lift our outlook for the full year.", "Now a look back at the full year."): the period they take, and whether it lies ahead. An outlook's period is the one its outlook word names; amid
    an outlook (`in_outlook`: the figures before were guided), "the full year" of a fourth-quarter call is the next one
    ("Moving on to the full year.")."""
    if not ctx.fiscal_year or len(s) > 260 or _DEFERRED.search(s):
        return None
    if s[:1] in "IiFfAaNnSsTtLl" and (lead := YEAR_AHEAD_LEAD.match(s)) is not None:
        ahead = [c for c in period_cues(s[:lead.end()], ctx) if c.rel is None and c.year and not c.quarter and not c.half and not c.ytd]
        period = P.resolve(ahead[0], ctx.fiscal_year, ctx.fiscal_quarter, True, ctx.fiscal_half) if ahead else None
        if period is not None and period.fiscal_year is not None and period.fiscal_year >= ctx.fiscal_year + (ctx.fiscal_quarter == 4):
            return period, True
    remark = None if _HEADING.search(s) else _REMARKS.search(s)
    if (remark is None and not _HEADING.search(s)) or (s.count(" ") >= 12 and not _HEADS.search(s)):
        return None
    cues = [c for c in period_cues(s, ctx) if c.rel not in _NOT_HEADED and not _WHEN_GIVEN.match(s, c.end) and not comparison_cue(s, c)]
    if not cues:
        return None
    if remark is not None and (len(cues) > 1 or not 0 <= cues[0].start - remark.end() <= 45
                               or _COMPARED.search(s, remark.end(), cues[0].start)):
        return None
    words = list(_AHEAD_HEADING.finditer(s))
    named = [m.end() for m in words]
    ahead = [c for c in cues if not c.ytd and (future_cue([c], ctx, s) or cue_ahead(c, ctx, s) or (named and not cue_reported(c, ctx))
                                               or (in_outlook and c.rel == "this_y"))]
    if named:
        # the period the outlook word names: "our outlook for the year, given the year-to-date performance", "our 2027
        # outlook", "For the year, we hold our guide"; not "momentum into the fourth quarter lets us update
        # our guidance"
        after = [c for c in ahead if 0 <= c.start - named[-1] <= 45]
        before = [c for c in ahead if any(0 <= m.start() - c.end <= 12 for m in words) or _LEAD_PERIOD.match(s[:c.start])
                  or not s[:c.start].strip(" ,")]
        if not after and not before:
            return None
        c = after[0] if after else before[-1]
    else:
        c = cues[-1]
    fut = c in ahead
    if c.rel == "rest_y" and named:
        return P.label(ctx.fiscal_year), True  # "our guide for the rest of the year": the year's guide
    period = P.resolve(c, ctx.fiscal_year, ctx.fiscal_quarter, fut, ctx.fiscal_half)
    return (period, fut) if period is not None else None


_REVIEW_WORD = re.compile(r"\b(?:review\w*|highlights?|colou?r|comments?|commentary|details?|overview|summary|recap|walk|go\s+(?:over|through)|"
                          r"begin|start|here\s+(?:are|is))\b", re.I)
_RESULTS_AFTER = re.compile(r"\s*(?:(?:financial|operating|consolidated)\s+)?(?:results|performance|financials|numbers|"
                            r"statement\s+of\s+(?:earnings|income|operations)|income\s+statement|P&L)\b", re.I)
_RESULTS_BEFORE = re.compile(r"\b(?:results|performance|financials|numbers)\s+(?:for|of|in)\s+(?:the\s+)?$", re.I)
_RESULTS_WORDS = ("result", "performance", "financials", "numbers", "statement of", "p&l")
_LATER = re.compile(r"\b(?:from\s+there|then|after\s+that|afterwards?|later)\b", re.I)
"""'After that, we cover the results for the nine months.': a review put after another, not opened."""


def results_review(s: str, ctx: Context) -> Period | None:
    """A sentence without figures that opens the review of one closed period's results ("First, a review of the
    full-year 2026 results.", "Here are the full-year results.", "Now some color on our fourth-quarter performance."):
    that period, which the speaker's figures after it are of, in the paragraphs that follow too. A plan naming several
    ("I will review the full year, then the fourth quarter, then our outlook for 2027.") heads nothing."""
    if not ctx.fiscal_year or len(s) > 160 or not any_in(s.lower(), _RESULTS_WORDS) or not _REVIEW_WORD.search(s) or _LATER.search(s):
        return None
    cues = [c for c in period_cues(s, ctx) if not comparison_cue(s, c)]
    if len(cues) != 1 or not _REVIEW_WORD.search(s, 0, cues[0].start):
        return None
    c = cues[0]
    if not _RESULTS_AFTER.match(s, c.end) and not _RESULTS_BEFORE.search(s[:c.start]):
        return None
    period = P.resolve(c, ctx.fiscal_year, ctx.fiscal_quarter, False, ctx.fiscal_half)
    return period if period is not None and period_over(period, ctx) else None


def review_left(s: str, ctx: Context, st: State) -> None:
    """A sentence without figures opening on another period ("In the fourth quarter, demand held up.") inside a
    review of the year: the review is over, and what follows is of that period."""
    for c in period_cues(s, ctx):
        if _LEAD_PERIOD.match(s[:c.start]):
            period = P.resolve(c, ctx.fiscal_year, ctx.fiscal_quarter, False, ctx.fiscal_half)
            if period is not None and period != st.review:
                st.review, st.period = None, period if period_over(period, ctx) else None
            return


def own_grains(s: str, ctx: Context) -> frozenset[str]:
    """The kinds of period a sentence names for its own figures, not as a base: "q" a quarter ("in the quarter", "on a
    linked-quarter basis", "Q4"), "y" a year or a span of it ("full year", "2026", "the first half", "year-to-date")."""
    out = set()
    for c in P.find_cues(s):
        if c.rel in ("year_ago", "span", "n_years_ago", "month", "q_last_year", "h_last_year", "ytd_last_year") or comparison_cue(s, c):
            continue
        if c.quarter or c.rel in ("this_q", "prev_q", "next_q", "qtd"):
            out.add("q")
        elif c.year or c.half or c.ytd or c.rel in ("this_y", "next_y", "rest_y", "this_h", "next_n_years"):
            out.add("y")
    return frozenset(out)


# Seldom matched: first a test for the words each match holds (see guard.Gated).
_HEADING = gated(_HEADING)
