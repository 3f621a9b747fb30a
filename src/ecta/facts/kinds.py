"""The kind of a figure: actual, guidance, prior guidance, target or estimate (`kind_of`); an outlook the call announces
dates the outlook figures of the sentences after it (`announced_outlook`)."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from functools import lru_cache

from ..model import FactKind, Period, Role
from . import periods as P
from .guard import OnLowered, any_in, gated, guarded, lowered, plain_members
from .numbers import Quantity
from .state import Context, State
from .sentences import CLAUSE_BREAK, clause_bounds, new_subject_at
from .changes import REVISED_FROM
from ..fiscal_words import FISCAL
from .context import HELD_AGAINST, kind_cues
from .dating import PAST, PRESENT_STATE, TO_DATE, comparison_cue, cue_reported, guided_midpoint, period_over, tensed
from .nonfacts import hedge_len
from ..months import MONTH_ALT, month_number

# members read as plain attributes, not through the enum classes' slow attribute hook (see guard.plain_members)
FactKind, Role = (plain_members(e) for e in (FactKind, Role))


_STANDS_NOW = re.compile(r"\s+(?:today|currently|right\s+now|at\s+present|as\s+of\s+(?:today|now|the\s+end\s+of\s+the\s+quarter))\b", re.I)
_WOULD_BE = re.compile(r"\b(?:which|that)\s+would\s+(?:be|mean|imply)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?$", re.I)
_REVISED_TARGET = re.compile(
    r"\b(?:(?:increas|narrow|rais|lower|updat|revis|reduc|tighten)(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\s+(?:and\s+\w+\s+)?(?:our|the)\s+"
    r"(?:(?!long|longer|medium|mid|multi|three|five|\d)[\w'-]+\s+){0,8}?target(?!s)\s+(?:to|range|of)\b", re.I)
_INITIAL_NOW = re.compile(r"\b(?:we\s+(?:are\s+|have\s+|'ve\s+|just\s+)?|(?:today|this\s+morning|yesterday|last\s+night)\s*,?\s+we\s+)(?:issu|introduc|provid|gi|releas|shar|publish)\w*\s+"
                          rf"(?:our\s+)?initial\s+(?:guidance|outlook|forecast)\s+for\s+(?:{FISCAL}\s+|FY\s*)?(?P<year>20[2-4]\d)\b", re.I)
_SAID_BEFORE = re.compile(rf"\b(?:(?:in|on)\s+(?:{MONTH_ALT})|last\s+(?:quarter|call|year)|earlier\s+this\s+year|back\s+in|previously|at\s+the\s+(?:start|beginning)|in\s+(?:our|the)\s+(?:last|prior|previous))\b", re.I)
_UPDATING = re.compile(r"\b(?:(?:updat|revis|rais|lower|narrow|tighten)(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\s+(?:our\s+|the\s+)?$", re.I)
_NOW_EXPECT = re.compile(r"\b(?:now|still|currently)\s+(?:expect|see|anticipate|project|forecast)", re.I)
"""'we have raised the low end of the range and now expect earnings to be ...': the outlook in force, not the one recalled."""
_RANGE_IMPLIES = re.compile(r"\b(?:your|the)\s+(?:(?:new|narrowed|updated|revised|raised|lowered|full[-\s]year|annual|fourth[-\s]quarter|second[-\s]half)\s+)*"
                            r"(?:range|guide\b|target|(?<=new\s)[^\s,.;?]*\d[^\s,.;?]*\s+for\s+the\s+(?:full\s+)?year)"
                            r"(?:\s+of\s+(?:[^.;?]|\.\d){0,40}?|,(?:[^.;?]|\.\d){0,80}?,|\s+against\s+[^.;?]{0,40}?,\s+it)?\s+(?:implies|(?:seems\s+to|would|does)\s+imply)\b", re.I)
"""'the narrowed range implies', 'the raised guide of $3.10 to $3.15 implies', 'the fourth-quarter guide, about $300 million of
EBITDA, implies', 'your new 25% for the year seems to imply', 'the new target against the nine months, it implies': the
company's outlook named, and what it leaves for a period restated (not "the guidance implies": that one is labelled the
analyst's arithmetic)."""
RESTATED_GUIDE = re.compile(r"\b(?:your|the)\s+(?:guidance\s+|guide\s+|range\s+)?midpoint\b|\bmidpoint\s+of\s+(?:your|the)\s+(?:guid\w*|range|outlook)|\b(?:your|the)\s+guide\s+implies\b", re.I)
_IMPLIED = re.compile(r"\b(?:that|this|which|it|the\s+(?:first|second|third|fourth)\s+quarter|the\s+(?:rest|remainder|balance)\s+of\s+the\s+year|"
                      r"the\s+(?:back|second)\s+half|(?:for|over)\s+the\s+(?:full\s+|whole\s+)?year)\s+(?:then\s+|would\s+|also\s+)?impl(?:ies|y)\b|"
                      # "the implied fourth quarter is roughly $800 million": the period the outlook leaves, named as implied
                      r"\bthe\s+implied\s+(?:(?:first|second|third|fourth)\s+(?:quarter|half)|back\s+half|rest\s+of\s+the\s+year)\s+(?:is|would\s+be|comes\s+(?:in\s+)?(?:at|to))\b|"
                      r"\b(?:take|back\s+out|subtract|strip\s+out)\b(?:[^.;?]|\.\d){0,120}?,\s+(?:then\s+)?(?:I\s+(?:get|come\s+(?:out\s+)?to|arrive\s+at|land\s+(?:at|on))|"
                      r"the\s+(?:first|second|third|fourth)\s+(?:quarter|half)\s+(?:is|comes\s+(?:in\s+)?(?:at|to)|lands\s+(?:at|around)))\b", re.I)
"""What a guided midpoint leaves for a period, restated by an analyst: the outlook's own figure (and "the guide: 9% to 11%
for the year implies 9% to 17% in the fourth quarter", the range said with its year as the subject)."""
_GUIDE_NAMED = re.compile(r"\bmid-?point\b|\bguid(?:e|ance)\b|\boutlook\b|\brange\b", re.I)
_NEW_FIGURE = re.compile(r"\b(?:your|the)\s+new\s+(?:[$€£¥]|\d)", re.I)
"""'if I take the new $2.0 billion to $2.2 billion': the outlook just given, named by its figure."""
_HYPOTHESIS = re.compile(r"\b(?:if|suppose|supposing|assuming|assume|let's\s+say|let\s+us\s+say|say|hypothetically|were\s+to|in\s+order\s+to|what\s+if)\b", re.I)


_LET_TARGET = re.compile(r"\b(?:let|lets|letting|help|helps|helping|allow|allows|allowing|enable|enables|enabling)\s+(?:[\w-]+\s+){1,2}?target\b", re.I)
"""'lets advertisers target', 'helps our clients target': the verb of aiming at buyers, not a goal."""


_BECAUSE_WE = re.compile(r"\bbecause\s+(?:we|our\s+[\w-]+)\s+(?:also\s+|just\s+)?(?:(?!(?:need|expect|guid|plan|assum|forecast|anticipat|project|budget)\w*)[a-z]+ed|took|cut|brought|drove|grew|made|ran|got|put|kept|built|held|saw|won|beat|spent|paid|sold|bought|shed)\b", re.I)
"""'mostly because we took ...': the reason a result beat or missed a guide, told as a deed."""


_STEP_LEAD = re.compile(r",\s+(?:so|or|which\s+is|that\s+is|that's)\s+$", re.I)
_GUIDE_NOUN_NEXT = re.compile(r"\s+(?:guidance|guide|outlook|forecast)\b", re.I)
_HELD_AGAINST_PLAN = re.compile(r"\b(?:than|above|below|ahead\s+of|short\s+of|shy\s+of|beyond|versus|vs\.?|compared\s+(?:to|with)|against|"
                                r"exceed(?:ed|ing|s)?|beat|missed|in\s+line\s+with)\s+(?:the|our)\s+(?:prior\s+|original\s+|initial\s+|previous\s+|earlier\s+)?"
                                r"(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_WE_PLANNED_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?we\s+(?:had\s+)?(?:originally\s+|initially\s+|first\s+)?"
                               r"(?:planned|budgeted|assumed|expected|forecast|projected|anticipated|targeted|guided)\b", re.I)
"""A base held against, then the plan verb in the past that made it ("the 35% we planned", "the $40 million we had budgeted")."""
_AIMED_AT = re.compile(r"\bto\s+(?:achieve|reach|meet|hit|attain|get\s+to)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?=target)", re.I)
_OUTCOME_AFTER = re.compile(r",\s+(?:leaving|bringing|taking|which\s+(?:left|brought|took))\b", re.I)
""""we drew $9 million of reserves in the quarter to reach our target return": the aim the deed served; the figure
before it is the deed's, not the goal."""
_END_OF_RANGE = re.compile(r"(?:(?:top|high|low|bottom|upper|lower)\s+end|midpoint|middle)\s+of\s+(?:our|the)\b", re.I)


_BASE_THE = re.compile(r"\b(?:than|from|versus|vs\.?|against|compared\s+(?:to|with))\s+the\s+$", re.I)
_THROUGH_YEAR = re.compile(rf"(?:(?:over|from|for)\s+(?:{FISCAL}\s+)?20\d\d\s+(?:through|to|-|–)\s+|between\s+(?:{FISCAL}\s+)?20\d\d\s+and\s+|through\s+)(?:{FISCAL}\s+)?(?P<y>20\d\d)\b", re.I)


def kind_of(q: Quantity, s: str, cues: list[tuple[int, FactKind]], ctx: Context, state: State, future_at: tuple[int, ...],
            reported_at: tuple[int, ...] = (), dated_at: tuple[int, ...] = ()) -> FactKind:
    if "reported" in s:  # "representing reported growth of 17% to 18%": a basis named, no past verb; the mask keeps offsets
        s = _REPORTED_BASIS.sub(lambda m: m.group("pre") + "repbasis", s)
    if future_at and any_in(s, _GOAL_WORDS) and (goal := _goal_clause(s, q, cues, future_at)) is not None:
        # "About 1,200 staff are on site today to finish the plant by 2027": the date is the goal's, not the staff's
        cues = [(pos, k) for pos, k in cues if pos < goal]
        future_at = tuple(pos for pos in future_at if pos < goal)
    if ("through" in s or " to " in s or "between" in s) and ctx.fiscal_year and any(k is FactKind.TARGET for _, k in cues):
        # "since 2022 and through 2025, we managed to expand fees by over $1 billion" in a 2025 fourth-quarter call:
        # a span already run, no horizon of a goal
        cues = [(pos, k) for pos, k in cues if not (k is FactKind.TARGET and (th := _THROUGH_YEAR.match(s, pos))
                                                    and (int(th["y"]) < ctx.fiscal_year or int(th["y"]) == ctx.fiscal_year and ctx.fiscal_quarter == 4))]
    if "path to" in s:  # "a path to $1 billion in savings, of $550 million already done": the goal is the figure it leads to
        cues = [(pos, k) for pos, k in cues if not (k is FactKind.TARGET and s[pos:pos + 7].lower() == "path to" and q.start > pos + 24)]
    if "target" in s and (verbs := {m.end() - 6 for m in _LET_TARGET.finditer(s)}):
        cues = [(pos, k) for pos, k in cues if not (k is FactKind.TARGET and pos in verbs)]  # "lets brands target shoppers": no goal
    if "target" in s and (aims := {m.end() for m in _AIMED_AT.finditer(s)
                                   if m.start() >= q.end or (out := _OUTCOME_AFTER.search(s, m.end(), q.start)) is not None
                                   and s.find(", ", m.end()) == out.start()}):
        # (a figure in the outcome clause after the aim, ", leaving a balance of $610 million", is the deed's too)
        cues = [(pos, k) for pos, k in cues if not (k is FactKind.TARGET and pos in aims)]
    if secured_now(s, q):
        return FactKind.ACTUAL  # "we have fixed 30% of our 2027 days at $21,400 per day": secured today, of the period it covers
    kind = _kind_of(q, s, cues, ctx, state, future_at, reported_at, dated_at)
    if kind is FactKind.GUIDANCE and ctx.role is not Role.ANALYST and any_in(s, _RUNOFF_WORDS) and _held_until_it_runs_off(s, q, cues):
        return FactKind.ACTUAL  # "We have $800 million of notes maturing in the fourth quarter": a balance held now, not an outlook
    if (kind in (FactKind.GUIDANCE, FactKind.TARGET) and ctx.role is not Role.ANALYST and " we " in s[q.end:q.end + 24]
            and s[max(0, q.start - 4):q.start].lower() == "the " and _BASE_THE.search(s, max(0, q.start - 24), q.start)
            and recalled_after(s, q)):
        return FactKind.PRIOR_GUIDANCE  # "..., above the $320 million we had assumed at the beginning of the year": the plan then
    if kind in (FactKind.TARGET, FactKind.GUIDANCE) and any_in(s, _REACHED_WORDS) and (_reached_goal(s, q) or _beyond_goal(s, q, cues, future_at)):
        # "we hit our 20% margin target this quarter": the level the measure reached, not the goal ahead; "we topped our
        # cash goal, producing $93 million": what was done against the goal
        return FactKind.ACTUAL
    if (kind is FactKind.TARGET and any_in(s, (" goal", " target", " objective"))
            and not any(pos < q.start for pos, k in cues if k is FactKind.TARGET) and _BEATS_GOAL_AFTER.match(s, q.end)):
        return FactKind.ACTUAL  # "exceeding $9 billion of run-rate, outpacing the goal we set three years ago": the level reached
    if (kind is FactKind.ACTUAL and ctx.role is not Role.ANALYST and ctx.year_open
            and _year_effect_ahead(s, q, ctx)):
        # "currency is now a headwind of about $0.12 to EPS for the full year": the effect on a year not over (a half-year
        # call's first half too)
        return FactKind.GUIDANCE
    if (kind is FactKind.PRIOR_GUIDANCE and "because" in s and (why := _BECAUSE_WE.search(s, 0, q.start)) is not None
            and all(pos < why.start() for pos, k in cues if pos < q.start)):
        return FactKind.ACTUAL  # "above the range we guided to, mostly because we took $1 billion of stock out": the deed that beat it
    if kind in (FactKind.TARGET, FactKind.GUIDANCE) and "since" in s and _counted_since(s, q, ctx):
        return FactKind.ACTUAL  # "the 60 stores we opened since 2022", "a cumulative benefit since 2023 of $1.2 billion": counted to date
    if kind in (FactKind.TARGET, FactKind.GUIDANCE) and any_in(s, _SO_FAR_WORDS) and _done_so_far(s, q):
        return FactKind.ACTUAL  # "we'll be around $300 million for the year, and so far we've done $210 million": the part done
    if (kind is FactKind.PRIOR_GUIDANCE and ("as " in s.lower() and (lead := _AS_WE_SAID_LEAD.search(s, 0, q.start))
                                             # "Consistent with our expectations, payments revenue grew 3%": what the lead cites
                                             or any_in(s[:12].lower(), _CITED_WORDS) and (lead := _CITED_LEAD.match(s)) and lead.end() <= q.start)
            and not any(k is FactKind.PRIOR_GUIDANCE and lead.end() <= pos < q.start for pos, k in cues)
            and not _PLANNED_THEN.search(s, lead.end(), q.start)):
        # "As we flagged last quarter, our focus is on X, and sales rose 21%": the aside recalls a topic, not
        # this figure's outlook; the main clause's own cues say what the figure is
        kind = _kind_of(q, s, [(pos, k) for pos, k in cues if not lead.start() <= pos < lead.end()], ctx, state, future_at, reported_at, dated_at)
    if (kind is FactKind.PRIOR_GUIDANCE and ctx.role is not Role.ANALYST and "midpoint" in s and _STEP_AT_MIDPOINT.match(s, q.end)
            and _STEP_WORD_BEFORE.search(s, max(0, q.start - 30), q.start)):
        return FactKind.GUIDANCE  # "In July we gave you $1.4 billion to $1.5 billion, so that is up about $100 million at the midpoint": the new outlook's step
    if kind is FactKind.PRIOR_GUIDANCE and ctx.role is not Role.ANALYST and any_in(s, _KEPT_WORDS) and _still_in_force(s, q):
        return FactKind.GUIDANCE
    if (kind is FactKind.PRIOR_GUIDANCE and ctx.role is not Role.ANALYST and "now" in s
            and (now := _NOW_OUTLOOK.search(s, max(0, q.start - 60), q.start)) and not _DIGIT.search(s, now.end(), q.start)
            and not any(now.end() <= pos < q.start for pos, k in cues if k is FactKind.PRIOR_GUIDANCE)):
        return FactKind.GUIDANCE  # "we had planned for 40%, and we are now tracking to about 39%": the view held now
    if kind in (None, FactKind.ACTUAL) and ctx.role is not Role.ANALYST and _held_for_the_year(s, q, ctx):
        return FactKind.GUIDANCE
    if (kind in (None, FactKind.ACTUAL) and ctx.role is not Role.ANALYST and any_in(s, ("keeping", "holding", "maintaining"))
            and (keep := _WE_KEEP.search(s, max(0, q.start - 90), q.start)) is not None and not PAST.search(s, keep.start(), q.start)
            and not any(cue_reported(c, ctx) and not _BASE_BEFORE.search(s, max(0, keep.start() + c.start - 8), keep.start() + c.start)
                        for c in P.find_cues(s[keep.start():clause_bounds(s, q.start)[1]]))):
        return FactKind.GUIDANCE  # "we are keeping the annual dividend at $1.20 per share for 2026": a level held ahead
    if (kind in (None, FactKind.ACTUAL) and ctx.role is not Role.ANALYST and not future_at and "committed to" in s
            and (pledge := _COMMITTED_TO.search(s, max(0, q.start - 240), q.start)) and not _DIGIT.search(s, pledge.end(), q.start)
            and not new_subject_at(s, pledge.end(), q.start) and not PAST.search(s, pledge.end(), q.start)
            and _PLEDGED_DEED.search(s, pledge.end(), q.start) and not _DONE_SINCE.search(s, pledge.end(), q.start)):
        return FactKind.TARGET  # "we remain committed to reaching 21% operating margins": a standing goal, no year's outlook
    if ctx.role is not Role.ANALYST:
        return _plan_or_reach(q, s, kind, ctx, state, future_at)
    return kind


_RUNOFF_WORDS = ("matur", "expir", "due", "off")
_RUNS_OFF_AFTER = re.compile(r"\s+(?:(?:of\s+)?(?:our\s+|the\s+|its\s+|their\s+)?(?!(?:will|would|should|to|we|is|are)\b)[\w'’-]+\s+){0,4}?(?:that\s+|which\s+)?"
                             r"(?:(?:is|are)\s+)?(?:matur(?:e|es|ing)|expir(?:e|es|ing)|(?:com(?:e|es|ing)|fall(?:s|ing)?)\s+due|roll(?:s|ing)?\s+off|"
                             r"com(?:e|es|ing)\s+off\s+(?:lease|contract|hire|charter))\b", re.I)
_RATE_OF_RUNOFF = re.compile(r"\bat\s+(?:(?:an?\s+)?(?:average\s+|weighted\s+average\s+)?(?:rate|yield|coupon|cost)\s+of\s+)?(?:about\s+|roughly\s+|around\s+|approximately\s+)?$", re.I)


def _held_until_it_runs_off(s: str, q: Quantity, cues: list[tuple[int, FactKind]]) -> bool:
    """A balance or count held now that matures, expires or comes off lease in a period ahead ("$3 billion of CDs
    maturing in the fourth quarter at an average rate of 4.2%", "11% of our rent expires next year"): the period
    ahead is when it runs off, not an outlook of its size; not where the clause looks ahead itself ("we will repay the
    notes due in December", "we expect 20 leases to expire")."""
    cstart, cend = clause_bounds(s, q.start)
    if _MODAL.search(s, cstart, q.start) or any(cstart <= pos < q.start for pos, k in cues if k in (FactKind.GUIDANCE, FactKind.TARGET)):
        return False
    if (runs := _RUNS_OFF_AFTER.match(s, q.end)) is not None and runs.end() <= cend:
        return not _MODAL.search(s, q.end, runs.end())
    return (_RATE_OF_RUNOFF.search(s, max(cstart, q.start - 40), q.start) is not None
            and (before := _RUNS_OFF_AFTER.search(s, cstart, q.start)) is not None and not _MODAL.search(s, before.start(), q.start))


_BEATS_GOAL_AFTER = re.compile(r"[^,;.]{0,80}?,\s+(?:well\s+|comfortably\s+|already\s+)?(?:outpacing|surpassing|beating|exceeding|topping|ahead\s+of|above|beyond)\s+"
                               r"(?:the|our)\s+(?:[\w'-]+\s+){0,3}?(?:goal|target|objective)s?\s+(?:that\s+)?(?:we|I)\s+(?:had\s+)?(?:set|laid\s+out|gave|announced|shared)\b", re.I)
"""A figure, then the goal set before that it beats: the level reached, the goal being only named."""
_WE_HAVE_DONE = re.compile(r"\b(?:we|I)(?:['’]ve|\s+have)\s+(?:already\s+)?(?:[a-z]+ed|done|spent|bought|paid|made|put|sent|sold|won|built)\s+"
                           r"(?:back\s+)?(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?[$€£¥]?$", re.I)
_SO_FAR_LEAD = re.compile(r"\b(?:so\s+far|to\s+date)\s*,?\s+$", re.I)
_SO_FAR_TAIL = re.compile(r"(?:\s+(?!(?:and|but|while|which|for|in)\b)[\w'’-]+){0,3}?\s+(?:so\s+far|to\s+date)\b", re.I)
_SO_FAR_WORDS = ("so far", "to date", "since the start", "since the beginning")
_SINCE_START_TAIL = re.compile(r"(?:\s+(?!(?:and|but|while|which|for|will|would|should)\b)[\w'’-]+){0,8}?\s+since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+"
                               r"(?:(?:fiscal|financial)\s+)?(?:year|quarter|half)\b", re.I)
_AFTER_COUNT = re.compile(r"\b(?:after|with)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)
_COUNT_SO_FAR = re.compile(r"\s+[a-z][\w-]*\s+(?:so\s+far|to\s+date)\b", re.I)


def _done_so_far(s: str, q: Quantity) -> bool:
    """"... and so far we've done $226 million", "we've repurchased $140 million to date": the figure is the part of an
    outlook already done, in its own clause in the present perfect."""
    done = _WE_HAVE_DONE.search(s, max(0, q.start - 60), q.start)
    if done is None:
        # "..., after 97 openings so far this year": a count done, named by its noun, beside the year's plan
        return _AFTER_COUNT.search(s, max(0, q.start - 24), q.start) is not None and _COUNT_SO_FAR.match(s, q.end) is not None
    return (_SO_FAR_LEAD.search(s, max(0, done.start() - 16), done.start()) is not None or _SO_FAR_TAIL.match(s, q.end) is not None
            or _SINCE_START_TAIL.match(s, q.end) is not None)  # "we've moved 30% of output abroad since the start of the year"


_COMMITTED_TO = re.compile(r"\b(?:we|I)(?:\s+(?:also|still))?\s*(?:['’]re|\s+are|\s+remain|['’]ve|\s+have|\s+stay)\s+(?:also\s+|still\s+|fully\s+|firmly\s+|very\s+|deeply\s+)*committed\s+to\b", re.I)
_PLEDGED_DEED = re.compile(r"\b(?:achiev|reach|deliver|maintain|keep|generat|return|reduc|grow|gett|manag|hitt|bring|lower|improv|expand|sustain|sourc|cutt|"
                           r"pay|pai|invest|spend|hold|operat)ing\b", re.I)
"""The figure is what the company pledges to do ("committed to achieving 21% margins"), not a state beside the pledge."""
_DONE_SINCE = re.compile(r"\b(?:recent(?:ly)?|last|ago|already|so\s+far|to\s+date|today|now|currently|this\s+quarter|where|which)\b", re.I)


_AS_WE_SAID_LEAD = re.compile(r"(?:^\W*|[.;]\s+|\b(?:and|but|so|lastly|finally|also|again)\s*,?\s+)as\s+(?:we|I)\s+(?:have\s+|had\s+)?(?:discussed|said|mentioned|noted|indicated|"
                              r"outlined|communicated|highlighted|flagged|signaled|signalled|talked\s+about)\b[^,;:]{0,60},", re.I)
_PLANNED_THEN = re.compile(r"\b(?:expected|anticipated|planned|projected|guided|forecast(?:ed)?|estimated|targeted|assumed|budgeted|said|thought|told)\b", re.I)
_KEPT_WORDS = ("unchanged", "aintain", "eaffirm", "eiterat", "onfirm", "initial", "preliminary")
_UNCHANGED_FROM = re.compile(r"\bunchanged\s+(?:from|versus|vs\.?|compared\s+(?:to|with))\s+(?:our\s+|the\s+)?(?:prior|previous|original|initial|earlier)\b", re.I)
_KEPT_GUIDE = re.compile(r"\b(?:(?:we\s+are|we're|we\s+will\s+be|we\s+are\s+also)\s+)?(?:maintaining|reaffirming|reiterating|confirming|maintain|reaffirm|reiterate|confirm)\s+"
                         r"(?:our\s+|the\s+)?(?:previously\s+(?:issued|provided|announced|communicated|given)\s+|prior\s+|original\s+|initial\s+)", re.I)
_GIVEN_NOW = re.compile(r"\b(?:we\s+are|we're|today\s*,?\s+we\s+are)\s+(?:now\s+|also\s+)?(?:providing|issuing|introducing|initiating|giving|establishing)\s+"
                        r"(?:our\s+|an\s+|the\s+)?(?:initial|preliminary)\b", re.I)


_NOW_OUTLOOK = re.compile(r"[,;]\s+(?:and|but|so)?\s*(?:we\s+are|we're|we|it\s+is|it's|that\s+is|that's)\s+now\s+(?:expect(?:ing)?|see(?:ing)?|anticipat(?:e|ing)|"
                          r"project(?:ing)?|forecast(?:ing)?|tracking(?:\s+(?:to|toward|towards|at))?|trending(?:\s+(?:to|toward|towards))?|heading\s+(?:to|toward|towards)|"
                          r"looking\s+(?:at|for)|planning\s+(?:for|on))\b"
                          # "Our prior view was 3% to 4% growth; now it is 4% to 5%": the view held now, said after the old one
                          r"|[,;]\s+(?:and|but|so)?\s*(?:now|today)\s*,?\s+(?:it\s+is|it's|that\s+is|that's|we\s+(?:are|see|expect)|the\s+(?:range|view|guide|guidance|outlook|forecast)\s+is)\b", re.I)
_STEP_AT_MIDPOINT = re.compile(r"\s+(?:(?:higher|lower|more|less)\s+)?(?:at|in)\s+the\s+mid-?point\b", re.I)
_STEP_WORD_BEFORE = re.compile(r"\b(?:up|down|higher|lower|raise[sd]?|lift(?:s|ed)?|increase[sd]?|cut|reduction|rise|step[-\s]up|improvement)\s+(?:of\s+|by\s+)?(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+)?[$€£¥]?$", re.I)
_YOUR_POLICY = re.compile(r"\byour\s+(?:[\w-]+\s+){0,2}?(?:policy|target|goal|objective|framework)\s+(?:of|is|at)\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+)?$", re.I)
_POLICY_CUE = re.compile(r"\bpolicy\b", re.I)
_OWN_DIVIDEND = re.compile(r"\b(?:quarterly|interim|final|annual|regular|special|year[-\s]end)\s+dividends?\b", re.I)
_AND_YEAR = re.compile(rf",\s+(?:and|but)\s+(?=(?:for|in)\s+(?:(?:{FISCAL}|FY)\s*)?(?:20\d\d|this\s+year|next\s+year)\b)", re.I)
_OWN_YEAR_LEAD = re.compile(rf"\W*(?:(?:and|but|so)\s+)?(?:for|in)\s+(?:(?:{FISCAL}|FY)\s*)?(?:20\d\d|this\s+year|next\s+year)\b", re.I)
_SET_DIVIDEND = re.compile(r"\b(?:interim|final|quarterly|special|regular|declared|first[-\s]half|second[-\s]half|half[-\s]year|year[-\s]end|new)\s+dividends?\b", re.I)
"""A dividend the board has set, named by its kind: an analyst's figure about it restates it."""
_CITED_WORDS = ("consistent", "in line", "as we", "as i", "following", "building", "at our", "at the")
_CITED_LEAD = re.compile(r"\W*(?:(?:and|so|now)\s*,?\s+)?(?:consistent\s+with|in\s+line\s+with|as\s+(?:we|I)\s+(?:laid\s+out|outlined|presented|shared|"
                         r"discussed|set\s+out|described)|following|building\s+on|at\s+(?:our|the)\s+(?:recent\s+|last\s+)?(?:investor|analyst|"
                         r"capital\s+markets?)\s+(?:day|meeting|event))\b[^,;]{0,140},", re.I)
_YEAR_NAMED = re.compile(rf"\b(?:(?:{FISCAL}|FY)\s*'?\d\d(?:\d\d)?|20\d\d|(?:this|next|the\s+(?:full|{FISCAL}|coming))\s+(?:{FISCAL}\s+)?year)\b", re.I)
_HELD_WORDS = ("unchanged", "the same", "intact", "in place", "this year", "this fiscal year", "this financial year")
_OUTLOOK_OF = re.compile(r"\b(?:expectations?|outlook|guidance|forecast|plan|budget)\s+(?:for|of|on)\s+(?:[^.;:\d]{0,60}?\s)?(?:of\s+)?"
                         r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|up\s+to\s+)?[$€£¥]?$", re.I)
_HELD_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:remains?|remained|is|are|stays?)\s+(?:still\s+|largely\s+|essentially\s+)?"
                         r"(?:unchanged|the\s+same|intact|in\s+place)\b", re.I)
_SPEND_THIS_YEAR = re.compile(
    r"\b(?:capex|capital\s+(?:expenditures?|spending|spend|investments?|budget)|(?:the\s+|our\s+)capital|spend(?:ing)?|investments?)\b"
    rf"(?:(?!\b(?:was|were|had|has|have|so\s+far|to\s+date|year[-\s]to[-\s]date)\b)[^.;:\d]){{0,70}}?\bthis\s+(?:{FISCAL}\s+)?year\s+(?:alone\s+)?(?:is|are|will\s+be)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|close\s+to\s+|more\s+like\s+|in\s+the\s+range\s+of\s+)?[$€£¥]?$", re.I)


_GOAL_WORDS = ("complet", "finish", "achiev", "reach", "conclud")
_GOAL_CLAUSE = re.compile(r"[^.;:\d]{0,80}?(?P<goal>,\s+(?:which|that)\s+(?:we|it|they)\s+(?:expect|plan|aim|hope|intend)s?\s+to|\s(?:in\s+order\s+)?to)\s+"
                         r"(?:complete|finish|conclude|achieve|reach)\b", re.I)
_STILL_TO_GO = re.compile(r"\b(?:left|remaining|still|more|additional|to\s+(?:spend|invest|hire|add|build))\b", re.I)
_LEVEL_TODAY = re.compile(r"\b(?:today|currently|now|right\s+now|at\s+present|as\s+we\s+speak|we\s+have|we\s+employ|(?:is|are)\s+(?:on\s+site|at\s+work|working|deployed|employed))\b"
                        r"|^\W*(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|over\s+)?[\d,.]+\s+(?:[\w-]+\s+){1,2}?(?:work|are|is)\b", re.I)


def _goal_clause(s: str, q: Quantity, cues: list[tuple[int, FactKind]], future_at: tuple[int, ...]) -> int | None:
    """Where a purpose or relative clause after a figure stated as it stands now begins ("we have 450 engineers on the
    project, which we plan to finish during 2028", "some 900 staff work in shifts to reach first power by mid-2028"):
    its cue and its date are the goal's; the figure is the level today."""
    cstart = clause_bounds(s, q.start)[0]
    if any(cstart <= pos < q.start for pos, _ in cues) or any(pos < q.start for pos in future_at):
        return None
    goal = _GOAL_CLAUSE.match(s, q.end)
    if goal is None or not any(pos >= goal.start("goal") for pos in future_at):
        return None
    at = goal.start("goal")
    if any(q.end <= pos < at for pos, _ in cues) or any(q.end <= pos < at for pos in future_at) or _STILL_TO_GO.search(s, q.end, at):
        return None  # (not "$300 million still to invest to finish the plant by 2028": what remains is spent ahead)
    if not _LEVEL_TODAY.search(s[cstart:at]) or PAST.search(s, cstart, at):
        return None
    return at


def _held_for_the_year(s: str, q: Quantity, ctx: Context) -> bool:
    """An outlook said to hold ("our budget for capital spend of about $90 million is unchanged"), and what the year's
    spending is, told in the present while the year is open ("the capital going into branch refits this year is $140
    million" in a second-quarter call): the year's outlook, not a result."""
    if not any_in(s, _HELD_WORDS):
        return False
    before = s[max(0, q.start - 110):q.start + (len(q.text) - len(q.text.lstrip("$€£¥")) if q.text[:1] in "$€£¥" else 0)]
    if _OUTLOOK_OF.search(before) and _HELD_AFTER.match(s, q.end):
        return True
    return ctx.fiscal_quarter in (1, 2, 3) and "this" in s and _SPEND_THIS_YEAR.search(before) is not None


def _still_in_force(s: str, q: Quantity) -> bool:
    """"Tax rate of 24% to 26%, unchanged from prior guidance", "we're reaffirming our previously communicated range",
    "we're introducing an initial outlook for ...": the outlook in force now, said with a recalling word."""
    lo, hi = clause_bounds(s, q.start)
    if _UNCHANGED_FROM.search(s, max(lo, q.start - 90), min(hi, q.end + 60)):
        return True
    kept = _KEPT_GUIDE.search(s, max(0, q.start - 120), q.start) or _GIVEN_NOW.search(s, max(0, q.start - 120), q.start)
    return kept is not None and " from " not in s[kept.end():q.start] and not PAST.search(s, kept.end(), q.start)


def _plan_or_reach(q: Quantity, s: str, kind: FactKind | None, ctx: Context, state: State, future_at: tuple[int, ...]) -> FactKind | None:
    """Plans, recalls and reach said without an outlook cue word: "the original plan was 40,000 tonnes a day" and "at that
    time, we estimated $70 million" recall an outlook; "ramping up to reach 300 a day by year-end" and "confident of finishing
    the year with 120 openings" look ahead; "we reached about 70% of our target run rate" is what was done."""
    if kind is FactKind.TARGET and any_in(s, _REACHED_WORDS) and _SHARE_OF_GOAL.search(s, max(0, q.start - 40), q.start) and _OF_GOAL.match(s, q.end):
        return FactKind.ACTUAL  # "we reached about 70% of our target run rate": the share reached, not the goal
    if kind is FactKind.PRIOR_GUIDANCE and "target" in s and (rng := _GOAL_RANGE_SET.search(s, max(0, q.start - 60), q.start)) and not _SAID_BEFORE.search(s, rng.start(), q.end + 30):
        return FactKind.TARGET  # "inside the targeted range we set at 2 to 2.5 times": a standing goal, not an outlook replaced
    if kind is FactKind.TARGET and "already" in s and _DONE_ALREADY_AFTER.match(s, q.end):
        return FactKind.ACTUAL  # "beyond the 20% cut we've already made over the past decade": done, beside a new goal
    if kind is FactKind.PRIOR_GUIDANCE or kind is FactKind.ESTIMATE:
        return kind
    if kind is FactKind.TARGET and " was " in s and _TARGET_THEN.search(s, max(0, q.start - 110), q.start):
        return FactKind.PRIOR_GUIDANCE  # "At the start of the year, our target was $7.5 billion": the plan as it stood then
    lead = s[max(0, q.start - 120):q.start]
    if kind is not FactKind.TARGET and any_in(s[max(0, q.start - 120):q.end + 60], _RECALL_WORDS) and _recalled_plan(s, q):
        return FactKind.PRIOR_GUIDANCE
    if kind is not FactKind.TARGET and "xpected" in s[q.end:q.end + 50] and _ESTIMATED_THEN_AFTER.match(s, q.end):
        return FactKind.PRIOR_GUIDANCE  # "below the roughly $150 million we expected in February": the view then, recalled
    if kind not in (None, FactKind.ACTUAL):
        return kind
    if future_at and " from " in lead and (step := _STEP_FROM.search(s, max(0, q.start - 140), q.start)) and ";" not in s[step.end():q.start]:
        # "a two-point cut to next quarter's seat plan from down 3% to down 5%" for a period ahead: the outlook
        # revised, the figure it moves from recalled
        old = not _DIGIT.search(s, step.end(), q.start) and _STEP_TO.match(s, q.end)
        return FactKind.PRIOR_GUIDANCE if old else FactKind.GUIDANCE
    ahead = any(pos > q.end and not new_subject_at(s, q.end, pos) for pos in future_at) or (
        ctx.fiscal_quarter in (1, 2, 3) and "by" in s[q.end:q.end + 42].lower()  # (its "by" starts within 40 characters)
        and _BY_YEAR_END.match(s, q.end) is not None  # the year under way is no period "ahead"
        or "ramp" in lead and _BY_MONTH.match(s, q.end) is not None)  # "ramping the line to 2,000 a week by March"
    if ahead and any_in(lead, ("ramp", "going to")) and _RAMP_TO.search(s, max(0, q.start - 60), q.start):
        return FactKind.GUIDANCE  # "ramping up to reach 300 a day by year-end, going to 340 a day in 2028"
    if ("stimate" in s and (est := _WE_ESTIMATE.search(s, 0, q.start)) and (q.low is not None or ahead or state.kind is FactKind.GUIDANCE)
            and _EST_OBJECT.fullmatch(s, max(est.end(), s.rfind(";", 0, q.start) + 1), q.start) and not tensed(s[est.end():q.start].replace(";", ","))
            and not any(cue_reported(c, ctx) for c in P.find_cues(s[est.end():])[:1])):
        # "We estimate a $4 million to $6 million tax expense on these items; non-cash taxes of between ...": the company's
        # own estimate of what lies ahead, a noun phrase with no verb of its own (not "we estimate that ... were")
        return FactKind.GUIDANCE
    if (any_in(s, ("next", "coming")) and (soon := _NEXT_WEEKS.search(s, max(0, q.start - 60), min(len(s), q.end + 60))) and not PAST.search(s, *clause_bounds(s, q.start))
            and not _RUNS_OFF.search(s, min(q.end, soon.end()), max(q.start, soon.start()))
            and (not _DIGIT.search(s, q.end, soon.start()) and not PAST.search(s, q.end, soon.start()) if soon.start() >= q.end
                 else not _DIGIT.search(s, soon.end(), q.start) and not new_subject_at(s, soon.end(), q.start))):
        return FactKind.GUIDANCE  # "with about 120 tenants arriving over the next several weeks": what the weeks ahead bring
    if ("confiden" in s and (conf := _CONFIDENCE_IN.search(s, 0, q.start)) and not new_subject_at(s, conf.end(), q.start)
            and not _WAS_CONFIDENT.search(s, max(0, conf.start() - 12), conf.start()) and not _AFTER_DEED.search(s, conf.end(), q.start)
            and not any(cue_reported(c, ctx) for c in P.find_cues(s[conf.end():clause_bounds(s, q.start)[1]]))):
        # (not "we were confident in ...", a view held then, nor "..., after opening 12 in the quarter", a deed beside it)
        return FactKind.GUIDANCE  # "which leaves us confident of finishing the year with about 120 openings"
    if "allow" in lead or "enabl" in lead:
        if (grow := _ALLOWS_TO.search(s, max(0, q.start - 120), q.start)) and not _DIGIT.search(s, grow.start(), q.start):
            # "lets the pit lift output to 90 million pounds a year for several years to come": a span ahead, no year's
            return FactKind.TARGET if _SPAN_YEARS.match(s, q.end) else FactKind.GUIDANCE
    if "policy" in s and _PAYOUT_SHARE.match(s, q.end) and (pol := _PAYOUT_POLICY.search(s, 0, q.start)) and not _PAID_OUT.search(s, pol.end(), q.start):
        return FactKind.TARGET  # "our payout policy, set this year, provides up to 40% of free cash flow": a standing rule
    return kind


def _calls_quarter_after(s: str, q: Quantity, ctx: Context) -> bool:
    """Is the figure dated, before the next comma, by the call's own quarter named without a year ("25 units in Q4,")?"""
    comma = s.find(",", q.end, q.end + 30)
    return comma >= 0 and bool(ctx.fiscal_quarter) and any(
        c.rel is None and c.quarter == ctx.fiscal_quarter and c.year in (None, ctx.fiscal_year) for c in P.find_cues(s[q.end:comma]))


def _last_quarter(c: P.Cue, ctx: Context, text: str) -> bool:
    """Is the cue the quarter right before the call's own ("the third quarter", "Q3" or "last quarter" in a Q4 call)? An
    outlook is held against the quarter just reported, so a move against the one before it is that quarter's."""
    if c.rel == "prev_q":  # "last quarter", not "sequentially": an outlook's move is often said against the call's quarter so
        said = text[c.start:c.end].lower()
        return said.endswith("quarter") and not said.startswith("trailing")
    fq = ctx.fiscal_quarter
    return c.rel is None and bool(c.quarter) and bool(fq) and c.quarter == (fq - 1 if fq > 1 else 4) and (
        c.year is None or ctx.fiscal_year is not None and c.year == (ctx.fiscal_year if fq > 1 else ctx.fiscal_year - 1))


def _names_midpoint(s: str) -> bool:
    """Can `guided_midpoint` hold: each of its patterns reads "mid-?point" (case ignored). Asked of most figures, which
    sit in sentences without the word. A text whose lower-cased copy reads differently (guard.lowered) is left to them."""
    low = lowered(s)
    return low is None or "idpoint" in low or "id-point" in low


def _recalled_plan(s: str, q: Quantity) -> bool:
    """An outlook recalled without an outlook noun: "Original plan was 40,000 tonnes a day, 90 million pounds", "above our
    estimate entering the quarter of $0.85", "At that time, we estimated a revenue hit of $70 million", "the 2% increase
    we estimated entering the quarter"."""
    if _ESTIMATE_THEN_OF.search(s, max(0, q.start - 90), q.start) or _ESTIMATED_THEN_AFTER.match(s, q.end):
        return True
    for rx in (_ORIGINAL_PLAN, _THEN_ESTIMATED):
        if (m := rx.search(s, max(0, q.start - 100), q.start)) and not new_subject_at(s, m.end(), q.start) and ";" not in s[m.end():q.start]:
            return True
    return False


_RECALL_WORDS = ("riginal", "nitial", "estimat")
_ORIGINAL_PLAN = re.compile(r"\b(?:original|initial)\s+(?:mine\s+|production\s+|capital\s+)?(?:plan|design|budget|schedule)\s+(?:was|were|called\s+for|had)\b", re.I)
_TIME_THEN = (rf"(?:at\s+(?:that|the)\s+time|back\s+then|(?:on|during|in)\s+(?:our|the)\s+(?:last|prior|previous)\s+(?:earnings\s+)?(?:call|quarter)|"
              rf"(?:\w+|\d+)\s+months\s+ago|(?:back\s+)?in\s+(?:{MONTH_ALT})(?:\s+20\d\d)?|at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:{FISCAL}\s+)?year|"
              rf"(?:entering|going\s+into|heading\s+into)\s+the\s+(?:quarter|year))")
_TARGET_THEN = re.compile(rf"(?:\b{_TIME_THEN}\s*,?\s+(?:our|the)\s+(?:[\w-]+\s+){{0,2}}?(?:target|goal|plan|budget)|\b(?:our|the)\s+(?:[\w-]+\s+){{0,2}}?"
                          rf"(?:target|goal|plan|budget)\s+{_TIME_THEN})\s+(?:was|were)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?(?:[$€£¥]|[A-Z]{{3}}\s+)?$", re.I)
"""A plan recalled with the time it was set: the outlook as it stood then (prior_guidance), not a standing goal."""
_THEN_ESTIMATED = re.compile(rf"\b{_TIME_THEN}\s*,?\s+we\s+(?:had\s+)?estimated\b", re.I)
_ESTIMATED_THEN_AFTER = re.compile(rf"(?:\s*%)?\s+(?:(?!(?:than|what|versus|from|against|above|below|over|under)\b)[a-z][\w-]*\s+){{0,3}}?(?:that\s+|which\s+)?we\s+(?:had\s+)?(?:estimated|expected|anticipated|projected)\s+{_TIME_THEN}\b", re.I)
_ESTIMATE_THEN_OF = re.compile(r"\bestimate\s+(?:going\s+into|entering|heading\s+into|at\s+the\s+(?:start|beginning)\s+of)\s+(?:the|this)\s+(?:quarter|year|period)\s+"
                               r"(?:of|at|was)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?[$€£¥]?$", re.I)
_SHARE_OF_GOAL = re.compile(r"\b(?:achieved|reached|hit|attained|got\s+to)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|almost\s+|"
                            r"just\s+(?:under|over|below|above)\s+|over\s+|more\s+than\s+)?$", re.I)
_OF_GOAL = re.compile(r"\s*(?:%|percent)?\s+of\s+(?:our|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:target|goal|objective|plan)", re.I)
_RAMP_TO = re.compile(r"(?:\bramp(?:s|ing)?\s+(?:up\s+)?(?:(?:our|the|its|their)\s+)?(?:(?!to\b)[\w-]+\s+){0,2}?(?:up\s+)?to\s+(?:reach\s+|hit\s+)?|,\s+(?:and\s+)?(?:then\s+)?going\s+to\s+)"
                      r"(?:about\s+|approximately\s+|roughly\s+|around\s+|over\s+|more\s+than\s+|nearly\s+)?[$€£¥]?$", re.I)
_BY_YEAR_END = re.compile(rf"[^.;,]{{0,40}}?\bby\s+(?:the\s+)?(?:end\s+of\s+(?:this|the)\s+(?:{FISCAL}\s+)?year|(?:{FISCAL}\s+)?year[-\s]end)\b", re.I)
_BY_MONTH = re.compile(rf"[^.;,]{{0,40}}?\bby\s+(?:the\s+end\s+of\s+)?(?:{MONTH_ALT})\b", re.I)
_STEP_FROM = re.compile(r"\b(?:(?:\w+|\d+(?:\.\d+)?)[-\s](?:percentage[-\s])?points?\s+(?P<noun>reduction|cut|decrease|increase|raise|revision|change)|(?P<verb>reduction|cut|decrease|increase|raise|revision|change|moves?|moved|goes|went))\s+"
                        r"(?:(?:in|to|of)\s+(?:[\w'’-]+\s+){0,6}?)?from\s+(?(verb)(?=(?:roughly\s+|about\s+|approximately\s+)?(?:down|up|flat)\b))", re.I)
_STEP_TO = re.compile(r"\s*(?:,\s*)?to\s+(?:down\s+|up\s+|about\s+|approximately\s+|roughly\s+|around\s+)?[$€£¥]?\d", re.I)
_WE_ESTIMATE = re.compile(r"^\W*(?:(?:and|also|so|next|finally)\s*,?\s+)?we\s+(?:now\s+|currently\s+|also\s+)?estimate\s+(?!that\b|it\b|this\b|the\s+(?:impact|effect)\b)", re.I)
_GOAL_RANGE_SET = re.compile(r"\btarget(?:ed)?\s+(?:leverage\s+|debt\s+|net\s+debt\s+)?range\s+(?:that\s+)?we(?:'ve|\s+have)?\s+(?:set|established|adopted)\s+(?:at\s+|of\s+)?(?:about\s+|approximately\s+)?[$€£¥]?$", re.I)
_NEXT_WEEKS = re.compile(r"\b(?:over|in|within|during)\s+the\s+(?:next|coming)\s+(?:few\s+|several\s+|couple\s+(?:of\s+)?|two\s+|three\s+|four\s+|six\s+)?(?:weeks|months)\b", re.I)
_RUNS_OFF = re.compile(r"\b(?:expir\w*|matur\w*|due|roll(?:s|ing)?\s+off)\b", re.I)
"""A level that runs off on its own schedule ("$4 million of leases expiring in the coming months") is no outlook."""
_EST_OBJECT = re.compile(r"\s*(?:(?:an?|the|our)\s+)?(?:(?:[\w'’-]+\s+){0,7}?(?:of|at)\s+)?(?:about\s+|approximately\s+|roughly\s+|around\s+|between\s+)?[$€£¥]?", re.I)
"""The figure is the object of "We estimate" ("a $4 million ...", "non-cash taxes ... of between ..."), not of a verb of its own."""
_WAS_CONFIDENT = re.compile(r"\b(?:were|was|had\s+been)\s+(?:very\s+|quite\s+)?$|\bgave\s+us\s+(?:the\s+)?$", re.I)
_AFTER_DEED = re.compile(r"\b(?:after|since|having|following)\b", re.I)
_DONE_ALREADY_AFTER = re.compile(r"(?:\s*%)?\s+(?:[a-z][\w-]*\s+){0,5}?(?:that\s+|which\s+)?(?:we|I)(?:['’]ve|\s+have)\s+already\s+"
                                 r"(?:made|achieved|delivered|done|completed|realized|realised|reached|cut|taken|returned|spent|opened|closed|exited)\b"
                                 r"(?!\s+(?:all|the|an?|our|its|some|most|much|any)\b)", re.I)  # not "$7 million of sales that we've already made the outlay for"
_CONFIDENCE_IN = re.compile(r"\bconfiden(?:ce|t)\s+(?:in|of|about)\s+(?:our\s+)?(?:ending|exiting|finishing|reaching|achieving|delivering|hitting|getting\s+to|opening)\b", re.I)
_ALLOWS_TO = re.compile(r"\b(?:allow|enabl)(?:e|es|s|ing)?\s+(?:us|it|them|the\s+[\w-]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+to\s+(?:increase|grow|expand|raise|lift|boost)\s+"
                        r"(?:(?:our|its|their|annual|total|copper|gold|mine|mill)\s+)*(?:production|output|throughput|capacity|volumes?|shipments)\s+(?:[\w-]+\s+){0,6}?to\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|over\s+|more\s+than\s+)?[$€£¥]?$")
_SPAN_YEARS = re.compile(r"[^.;]{0,60}?\b(?:for|over)\s+the\s+next\s+(?:several|few|couple\s+of|\w+)\s+years\b", re.I)
_PAYOUT_POLICY = re.compile(r"\b(?:payout|dividend|distribution|(?:capital\s+|shareholder\s+)?returns?)\s+(?:policy|framework)\b"
                            # "our policy remains to distribute 30% to 40% of net profit": the policy named by its deed
                            r"|\bpolicy\s+(?:is|remains|stays)\s+to\s+(?=(?:distribute|pay\s+out|return)\b)", re.I)
_PAYOUT_SHARE = re.compile(r"\s*(?:%|percent)?\s+of\s+(?:our\s+)?(?:annual\s+)?(?:free\s+cash\s+flow|FCF|(?:(?:adjusted|normali[sz]ed|underlying|core|reported)\s+)?"
                           r"(?:net\s+(?:income|profits?|earnings)|earnings|profits?))\b", re.I)
_PAID_OUT = re.compile(r"\b(?:returned|paid|distributed|gave\s+back|bought\s+back|repurchased)\b", re.I)


_DONE_AFTER_FIGURE = re.compile(r"\s+(?:of\s+(?:(?:our|the|its|their|all|those|these)\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+)?|(?:(?!(?:of|in|on|at|to|for|with|by|from|into|our|the|its|their|a|an|and|or)\b)[\w'’-]+\s+){0,2}?)(?:already\s+)?(?P<v>[a-z]{3,}ed|was|were|had|did|grew|rose|fell|paid|sold|earned|got)\b")
"""The past verb of a figure's own clause, right after its noun ("75% of our staff earned a payout"; not a participle before
a noun: "24% of cancelled orders", "$200 million in our normalized expense base")."""
_NOT_DONE = frozenset("adjusted expected related based diluted combined consolidated weighted estimated projected anticipated "
                      "planned targeted guided needed scheduled slated budgeted forecasted".split())


_GUIDE_WHICH_WAS = re.compile(r"\b(?:guidance|outlook|guide|forecast|range|expectations?)\s*,\s+which\s+(?:was|were|had\s+been|called\s+for)\s+"
                              r"(?:an?\s+|for\s+)?(?:about\s+|roughly\s+|approximately\s+|around\s+)?$", re.I)


def _kind_of(q: Quantity, s: str, cues: list[tuple[int, FactKind]], ctx: Context, state: State, future_at: tuple[int, ...],
             reported_at: tuple[int, ...] = (), dated_at: tuple[int, ...] = ()) -> FactKind:
    # a future period in a later statement ("..., and we plan to remodel another 40 in 2027") is not this figure's
    new_subject = new_subject_at(s, q.end) if future_at or reported_at or ctx.asked_outlook else None
    cut = new_subject.start() if new_subject else len(s)
    if future_at and "," in s[q.end:cut] and (splice := _COMMA_WE.search(s, q.end, cut)):
        cut = splice.start()  # "the rate of 20.3% benefited from gains, we would expect 21% in the fourth quarter"
    has_future_cue = bool(future_at) and any(pos < cut for pos in future_at)
    if ctx.role is Role.CORPORATE and any(k is FactKind.ESTIMATE for _, k in cues) and (
            not _UNNAMED.match(ctx.speaker or "") or _COMPANY_VOICE.search(s) and not _YOU.search(s)):
        # "Our headcount is I think roughly 1,140": a named executive's hedge, not an analyst's estimate; an unnamed voice
        # that says "we" and never "you" ("I think we sat near 16% two years back") is the company's too
        cues = [(pos, k) for pos, k in cues if not (k is FactKind.ESTIMATE and _HEDGE.match(s, pos))]
    if ctx.role is not Role.ANALYST and any(k is FactKind.ESTIMATE and s[pos:pos + 8].lower().startswith("estimate") for pos, k in cues):
        # "Our fourth-quarter adjusted EPS estimate is $0.52 to $0.55": the company's own estimate is its outlook, no analyst's
        cues = [(pos, k) for pos, k in cues if not (k is FactKind.ESTIMATE and _OUR_ESTIMATE.search(s, max(0, pos - 60), pos))]
    if (s[:5].lower() == "with " and any(pos > q.end and k is FactKind.TARGET for pos, k in cues)
            and not _MAIN_CLAUSE.search(s, 0, q.start) and (main := _MAIN_CLAUSE.search(s, q.end))
            and any(pos > main.start() and k is FactKind.TARGET for pos, k in cues)):
        return FactKind.TARGET  # "With subscriptions holding above 60% of revenue, we get to the long-term margin": a lever of the goal
    if (ctx.role is not Role.ANALYST and " had " in s and (had := _WE_HAD_THEN.search(s, max(0, q.start - 60), q.start))
            and (had.group("verb") and (_BACK_THEN.search(s, 0, had.start()) or recalled_after(s, q))
                 or recalled_after(s, q) and any(k is FactKind.GUIDANCE and pos < had.start() for pos, k in cues))):
        # "in February, we had framed it at around 18%", "We now expect 3% to 4%, and you may remember we had 2%
        # to 4% in July": the outlook as it stood then
        return FactKind.PRIOR_GUIDANCE
    if (ctx.role is not Role.ANALYST and q.low is not None and " it was " in s[max(0, q.start - 40):q.start]
            and (was := _MONTH_IT_WAS.search(s, max(0, q.start - 40), q.start)) is not None
            and any(k is FactKind.GUIDANCE and pos < was.start() for pos, k in cues)):
        # "the year's outlook moves up to $3.10 to $3.20; in May it was $3.00 to $3.15": the outlook as given then
        return FactKind.PRIOR_GUIDANCE
    if any_in(s, (" from ", " From ")) and (revision := revision_of(s, q)):
        # "we are raising our revenue target from between 2.5% and 3.5% to between 4.5% and 5.5%": the old range is the
        # outlook replaced, the new one the outlook (or the goal) in force
        if revision == "old":
            return FactKind.PRIOR_GUIDANCE
        if revision == "new goal":
            return FactKind.TARGET  # "we increase our targeted dividend payout ratio from 25% to 35%"
        return next((k for pos, k in reversed(cues) if pos < q.start and k in (FactKind.GUIDANCE, FactKind.TARGET)), FactKind.GUIDANCE)
    if (any_in(s[q.end:q.end + 12].lower(), ("guid", "outlook", "forecast")) and _GUIDE_NOUN_NEXT.match(s, q.end)
            and _HELD_AGAINST_PLAN.search(s, max(0, q.start - 40), q.start)):
        return FactKind.PRIOR_GUIDANCE  # "a 31% rate, above the mid-teens guidance": the plan the result is held against
    if (ctx.role is not Role.ANALYST and " we " in s[q.end:q.end + 16] and _WE_PLANNED_AFTER.match(s, q.end)
            and _HELD_AGAINST_PLAN.search(s, max(0, q.start - 40), q.start)):
        return FactKind.PRIOR_GUIDANCE  # "already 41% full, ahead of the 35% we planned for its first year": the plan beaten
    if q.low is not None and " we " in s[q.end:q.end + 40] and _RANGE_GIVEN_THEN.match(s, q.end):
        return FactKind.PRIOR_GUIDANCE  # "near the bottom of the 4% to 5% range we gave in February": the range given then
    before = [k for pos, k in cues if pos < q.start]
    if (not before and state.kind is FactKind.GUIDANCE and "top of" in s and _ON_TOP_OF_IT.match(s)
            and not PAST.search(s) and not _PAST_MORE.search(s)):
        return FactKind.GUIDANCE  # "We guide to 12% to 18%. On top of that is about 200 basis points of currency drag": the outlook's own part
    kind: FactKind | None = before[-1] if before else None
    if kind is FactKind.GUIDANCE:
        last = max(pos for pos, k in cues if pos < q.start)
        ns = new_subject_at(s, last, q.start)
        if ns and (tensed(s[ns.start():q.start]) or _PAST_MORE.search(s, ns.start(), q.start)) and not (
                ns.group(0)[0] == ";" and ((":" in s[last:ns.start()] and _LIST_CUE.match(s, last)) or state.kind is FactKind.GUIDANCE)
                and not PAST.search(s, ns.start(), q.start) and not _ITEM_SUBJECT.match(s, ns.end())) and not (
                _RAISED_TO.search(s, ns.start(), q.start) or _KEEPING.search(s, ns.start(), q.start)):
            # ("..., and we also raised our EPS growth to 13% to 14%", "..., and we are keeping EPS growth of 8% to 10%": a new outlook)
            # ("we expect the following: sales of ...; a comp decline of 2% to 3%, which reflects ...; and EPS of ...": the
            # items of the list the cue opened, or of the outlook the sentence before announced)
            kind = FactKind.ACTUAL  # "We've assumed China is down for the year, and it's about 19% of the pipeline": a new statement
    if kind is FactKind.GUIDANCE and not has_future_cue and ", and " in s:
        last = max(pos for pos, k in cues if pos < q.start)
        joint, hi = s.rfind(", and ", last, q.start), clause_bounds(s, q.start)[1]
        if (joint >= 0 and not any(joint < pos < hi for pos, k in cues) and (done := _DONE_AFTER_FIGURE.match(s, q.end, hi))
                and done.group("v").lower() not in _NOT_DONE):
            kind = FactKind.ACTUAL  # "This is the plan's third year, and over the summer quarter 75% of staff earned it"
    if (kind is FactKind.GUIDANCE and (pm := _PAST_MORE.search(s, max(pos for pos, k in cues if pos < q.start), q.start))
            and s[max(0, pm.start() - 2):pm.start()].strip() in (",", ";") and not _DIGIT.search(s, pm.end(), q.start)):
        kind = FactKind.ACTUAL  # "the next tariff reset should come through in April; this year, we got a 12% uplift": a deed of its own
    if kind is FactKind.GUIDANCE and not has_future_cue and (intro := _INTRO.match(s)) and intro.end() <= q.start:
        if (max(pos for pos, k in cues if pos < q.start) < intro.end() and PAST.search(s, intro.end(), q.start)
                and not _INTENT_BEFORE.search(s, intro.end(), q.start)):
            kind = FactKind.ACTUAL  # "Turning to cash flow and guidance, we generated $900 million": the lead names the topics
    if kind is FactKind.TARGET and not _LONG_LEAD.match(s):
        last = max(pos for pos, k in cues if pos < q.start)
        ns = new_subject_at(s, last, q.start)
        if ns and _HAVE_NOW.match(s, ns.end()):
            kind = FactKind.ACTUAL  # "Our policy is to return 75% over time, and we have room under the $1.4 billion authorization": today's
        elif ("," in s[last:q.start] and (done := PAST.search(s, last, q.start)) and "," in s[last:done.start()]
              and not _ASIDE.match(s, s.rfind(",", last, done.start()) + 1)):
            kind = FactKind.ACTUAL  # "In line with our policy of paying out 60%, the Board has declared a dividend of $0.37": what was done
        elif ("olicy" in s and _POLICY_CUE.search(s, 0, last + 40) and (ns := ns or _AND_YEAR.search(s, last, q.start))
              and not any(ns.start() <= pos < q.start for pos, _ in cues)
              and (_OWN_DIVIDEND.search(s, ns.end(), min(len(s), q.end + 30)) or _OWN_YEAR_LEAD.match(s, ns.end()))):
            # "Our policy is to pay out 35% to 40%, and the $0.46 quarterly dividend puts us at the lower end of that", "...,
            # and for this year KRW 700 per share is above that": a statement of its own about the dividend set or the year's, not the policy
            return _kind_of(q, s, [(pos, k) for pos, k in cues if pos >= ns.start()], ctx, state, future_at, reported_at, dated_at)
    if (kind is FactKind.GUIDANCE and not has_future_cue and all(_PLAN_NOUN.match(s, pos) for pos, k in cues if k is FactKind.GUIDANCE)
            and (PAST.search(s, *clause_bounds(s, q.start)) or _EFFECT_PAST.search(s, *clause_bounds(s, q.start)))):
        kind = FactKind.ACTUAL  # "costs tied to our investment plan of $90 million resulted in ...": the plan names a programme; the verb is past
    if (kind is FactKind.GUIDANCE and all(_CONFIDENT_IN.search(s, max(0, pos - 40), pos) for pos, k in cues if k is FactKind.GUIDANCE and pos < q.start)
            and (done := _DONE_BECAUSE.search(s, 0, q.start)) and not _looks_ahead(s, done.start(), q.start)):
        # "Given confidence in our outlook, we bought back 250,000 shares": the outlook is the reason for a deed; a later
        # "and expect to buy back another $120 million this year" looks ahead for its own figures only
        ahead = _looks_ahead(s, q.end, len(s))
        if not any(pos < (ahead.start() if ahead else len(s)) for pos in future_at):
            kind = FactKind.ACTUAL
    if kind is FactKind.GUIDANCE and _WE_SEE.match(s, last := max(pos for pos, k in cues if pos < q.start)) and any(
            cue_reported(c, ctx) and c.rel in (None, "this_q", "q_this_year") and c.quarter
            # ("an operating margin of 11% to 12%, below the second quarter": the quarter the outlook is held against)
            and not _HELD_AGAINST.search(s[last:min(len(s), q.end + 30)], max(0, c.start - 24), c.start)
            for c in P.find_cues(s[last:min(len(s), q.end + 30)])):
        kind = FactKind.ACTUAL  # "We see steady momentum with Q3 revenue of $2.1 billion" in the Q3 call: what the quarter did
    if kind is FactKind.GUIDANCE and _WE_SEE.match(s, last := max(pos for pos, k in cues if pos < q.start)) and any(
            _last_quarter(c, ctx, seen) and _HELD_AGAINST.search(seen, max(0, c.start - 24), c.start)
            for seen in (s[last:min(len(s), q.end + 60)],) for c in P.find_cues(seen) if c.start > q.end - last):
        kind = FactKind.ACTUAL  # "we see firmer demand, order value up 150% on the third quarter" in the Q4 call: the quarter's move
    if (kind is FactKind.GUIDANCE and not future_at and "see" in s and _WE_SEE.match(s, last := max(pos for pos, k in cues if pos < q.start))
            and _MARKET_SEEN.match(s, last)):
        kind = FactKind.ACTUAL  # "we see trades between 4.7% and 5.1%": what the market does today, no outlook of ours
    if (kind is FactKind.GUIDANCE and any_in(s[q.end:q.end + 40].lower(), _DONE_WORDS) and (done := _DONE_IN.match(s, q.end))
            and any(cue_reported(c, ctx) for c in P.find_cues(s[done.end():done.end() + 40])[:1])):
        kind = FactKind.ACTUAL  # "output will run well short of the 17 million units built in the first quarter of 2024": the base, done
    if kind is FactKind.GUIDANCE and _LEVEL_NOW.search(s, max(0, q.start - 24), q.start):
        kind = FactKind.ACTUAL  # "any rise in rates lifts what we earn on our now $1.9 billion of balances": the level today
    if kind is FactKind.TARGET and "now" in s and _NOW_STANDS.search(s, max(0, q.start - 40), q.start):
        kind = FactKind.ACTUAL  # "our three-year backlog of awards ... now stands at $4.6 billion": the level today
    if kind is FactKind.TARGET and ("now" in s or "currently" in s) and _WE_NOW_HOLD.search(s, max(0, q.start - 50), q.start):
        kind = FactKind.ACTUAL  # "Our goal is two to three years of supply, and we now own 18,000 lots": what is held today
    if kind is FactKind.TARGET and _NOW_AT.search(s, max(0, q.start - 40), q.start):
        kind = FactKind.ACTUAL  # "We like leverage under 1.5 times, and today we are at 1.1 times": where it stands
    if kind is FactKind.TARGET and _AT_WE_ARE.search(s, max(0, q.start - 24), q.start) and _WE_ARE_AFTER.match(s, q.end):
        kind = FactKind.ACTUAL  # "Our goal is 3.5 to 4.5 times, and at 3.8 times we're mid-range": where it stands
    if kind in (FactKind.GUIDANCE, FactKind.TARGET) and _STANDS_NOW.match(s, q.end):
        last = max(pos for pos, k in cues if pos < q.start)
        if new_subject_at(s, last, q.start):
            kind = FactKind.ACTUAL  # "We want leverage below 25% by 2028, and we are at 29% today": where it stands
    if ((kind is FactKind.GUIDANCE or kind is None and "fully" in s and _RUN_RATE.search(s, q.end, q.end + 14))
            and any_in(s, _SPAN_WORDS) and (span := _SPAN_AHEAD.search(s, max(0, q.start - 90), min(len(s), q.end + 90)))
            # the figure nearest before it, in one stretch ("45 to 55 basis points this year, inside the band of 35 to 55 basis
            # points we target through the cycle": the first is this year's)
            and (_DIGIT.search(s, q.end, span.start()) is None and "," not in s[q.end:span.start()] if span.start() > q.start
                 # "Once it's complete, we expect ..."; not "... once it's fully implemented and expect the first $50 million in 2027"
                 else (not s[:span.start()].strip() or not new_subject_at(s, span.start(), q.start))
                 and not any(span.end() < pos < clause_bounds(s, q.start)[1] for pos in future_at))
            and (not span.group(0).lower().startswith("once") or "full" in span.group(0).lower() or _RUN_RATE.search(s))):
        kind = FactKind.TARGET  # "we expect to get it to about 30% within two years", "below 1 times through the cycle": no year's outlook
    if (kind in (None, FactKind.ACTUAL) and ctx.role is not Role.ANALYST and "cycle" in s
            and (span := _OVER_A_CYCLE.search(s, q.end, min(len(s), q.end + 70))) is not None
            and _DIGIT.search(s, q.end, span.start()) is None and "," not in s[q.end:span.start()]
            and not PAST.search(s, *clause_bounds(s, q.start))):
        kind = FactKind.TARGET  # "we think the unit can earn $5 to $7 per kilo through a cycle": a level held over a span of its own
    if (kind is FactKind.GUIDANCE and any_in(s, _WISH_WORDS) and (wish := _WISHED.search(s, max(pos for pos, k in cues if pos < q.start), q.end)) and wish.start() < q.start
            and not PAST.search(s, wish.end(), q.start)):
        kind = FactKind.TARGET  # "we expect to be above 15% in 2027, and we want to stay at 15% or better from there"
    if kind is FactKind.GUIDANCE and "fully" in s and _ONCE_FULLY.match(s, q.end):
        kind = FactKind.TARGET  # "to save about $20 million a year once they are fully in place": a run rate reached, no year's outlook
    if (kind is FactKind.GUIDANCE and ("nce " in s or "hen " in s) and (yearly := _A_YEAR.match(s, q.end))
            and (_ONCE_DONE.match(s, yearly.end()) or _ONCE_DONE_LEAD.match(s) and _ONCE_DONE_LEAD.match(s).end() <= q.start)):
        # "should save us about $30 million a year once it is running at full volume", "Once it's closed, we expect savings
        # of about $25 million a year": the yearly rate a project reaches when done, no year's outlook
        kind = FactKind.TARGET
    if kind in (None, FactKind.ACTUAL, FactKind.GUIDANCE) and added_when_done(s, q):
        kind = FactKind.TARGET
    if kind is FactKind.GUIDANCE and _LONG_LEAD.match(s):
        kind = FactKind.TARGET  # "Over the long term, we target 45%, and we expect subscriptions to stay above 60%": the lead spans the sentence
    if kind is FactKind.GUIDANCE and ("term" in s or "run" in s) and _LONG_VIEW_AFTER.match(s, q.end):
        kind = FactKind.TARGET  # "Parts should keep growing 8% a year; that is our medium-term view": the statement named as a goal after it
    if kind is FactKind.GUIDANCE and FactKind.TARGET in before:
        tpos = max(pos for pos, k in cues if pos < q.start and k is FactKind.TARGET)
        # "Consistent with the goals of our investor day, we look for fiscal 2027 sales to rise ...": the
        # lead cites the goals the year's outlook agrees with; the main clause's cue is the figure's
        cited = _CITED_LEAD.match(s) if tpos < 160 and any_in(s[:12].lower(), _CITED_WORDS) else None
        if not new_subject_at(s, tpos, q.start) and not (cited and tpos < cited.end() < max(pos for pos, k in cues if pos < q.start)
                                                        and _YEAR_NAMED.search(s, cited.end()) and not _PER_YEAR.search(s, q.end)):
            kind = FactKind.TARGET  # "Longer term, our algorithm calls for revenue growth of 12% to 14%"
    if kind is FactKind.GUIDANCE and not has_future_cue and "would" in s:
        last = max(pos for pos, k in cues if pos < q.start)
        if (s[last:last + 8].lower() == "would be" and _RESTATED_AS.search(s, 0, last)
                and not any(k is FactKind.GUIDANCE and pos < last for pos, k in cues)):  # "..., our guidance would be": the outlook's
            kind = FactKind.ACTUAL  # "Excluding the divestiture, organic growth would be 4% for the quarter": a reported period restated
    if kind is FactKind.GUIDANCE and FactKind.TARGET in before and "can " in s:
        last = max(pos for pos, k in cues if pos < q.start)
        ns = new_subject_at(s, last, q.start)
        if ns and _WE_CAN.match(s, ns.start()) and not PAST.search(s, ns.start(), q.start):
            kind = FactKind.TARGET  # "Our medium-term goal assumes ..., and we think we can add 8 basis points of ROA a year": a lever of the goal
    if kind is FactKind.GUIDANCE and FactKind.PRIOR_GUIDANCE in before:
        last = max(pos for pos, _ in cues if pos < q.start)
        prior_at = max(pos for pos, k in cues if pos < q.start and k is FactKind.PRIOR_GUIDANCE)
        if s[last:last + 6].lower().startswith("to be") and not _NOW_EXPECT.search(s, prior_at, last):
            kind = FactKind.PRIOR_GUIDANCE  # "the guidance we provided included ..., margin to be up slightly, ..."
    # (a long-term lead, "Over the longer run, ...", makes a target with no target word before the figure)
    if kind is FactKind.TARGET and (tpos := max((pos for pos, k in cues if pos < q.start and k is FactKind.TARGET), default=-1)) >= 0:
        if _REVISED_TARGET.search(s, max(0, tpos - 90), tpos + 16):
            kind = FactKind.GUIDANCE  # "we have raised and tightened our full-year EPS target to $6.20 to $6.30": this year's outlook
        elif (s[tpos:tpos + 9].lower() == "targeting" and _THIS_YEAR.search(s, 0, q.start)
              and not _LATER_YEAR.search(s)):
            kind = FactKind.GUIDANCE  # "this year we are targeting 250 clinic openings": this year's plan, an outlook
        elif (s[tpos:tpos + 3].lower() in ("ret", "pay", "dis") and _PAYOUT_SHARE.match(s, q.end)
              and _THIS_YEAR.search(s, *clause_bounds(s, q.start)) and not _LATER_YEAR.search(s)):
            kind = FactKind.GUIDANCE  # "this year we plan to return at least 105% of our free cash flow": the year's payout, no standing rule
        elif (_TARGET_OF.match(s, tpos) and _THIS_YEAR.search(s, *clause_bounds(s, q.start))
              and not _LATER_YEAR.search(s) and not _LONG_BEFORE.search(s, max(0, tpos - 30), tpos)):
            # "on course to top our target of $220 million in renewals this fiscal year": this year's goal, an outlook; "we
            # achieved our goal of $25 million of savings for the year": what the year did
            kind = FactKind.ACTUAL if PAST.search(s, clause_bounds(s, q.start)[0], tpos) else FactKind.GUIDANCE
    if kind in (FactKind.TARGET, FactKind.GUIDANCE) and "already" in s and _OF_WHICH_ALREADY.match(s, q.end) and _OF_WHICH.search(s, max(0, q.start - 12), q.start):
        kind = FactKind.ACTUAL  # "..., of which 95 are already behind us": the part done so far
    if kind in (FactKind.TARGET, FactKind.GUIDANCE) and "of which" in s and _OF_WHICH_DONE.search(s, max(0, q.start - 50), q.start):
        kind = FactKind.ACTUAL  # "about $75 million this year, of which we have taken $58 million so far": the part done to date
    if (kind in (FactKind.TARGET, FactKind.GUIDANCE) and "of which" in s and _OF_WHICH_THE.search(s, max(0, q.start - 16), q.start)
            and _PART_THIS_QUARTER.match(s, q.end)):
        kind = FactKind.ACTUAL  # "costs of $30 million to $35 million, of which the $9 million in this quarter": the part booked now
    if (kind in (FactKind.TARGET, FactKind.GUIDANCE) and "of which" in s and _OF_WHICH_THE.search(s, max(0, q.start - 16), q.start)
            and _PART_CAME.match(s, q.end)):
        kind = FactKind.ACTUAL  # "about $115 million of sales this year, of which $86 million came in the first nine months": the part done
    if kind is FactKind.PRIOR_GUIDANCE and _UPDATING.search(s, max(0, max(pos for pos, _ in cues if pos < q.start) - 30),
                                                           max(pos for pos, _ in cues if pos < q.start)):
        kind = FactKind.GUIDANCE  # "we are updating our previously issued guidance ranges, including revenue of ...": the new ones
    if (kind is FactKind.PRIOR_GUIDANCE and "nitial" in s and ctx.fiscal_year
            and (first := _INITIAL_NOW.search(s, 0, q.start)) and int(first.group("year")) > ctx.fiscal_year
            and not _SAID_BEFORE.search(s, 0, q.start)):
        # "We issued initial guidance for 2027 capex of $80 million" in a 2026 call: a year not begun is first guided
        # now, by this call (not "in February we issued initial guidance for 2026")
        kind = FactKind.GUIDANCE
    if kind is FactKind.PRIOR_GUIDANCE and s.find(" and ", q.end) >= 0 and _HOLDING_AFTER.match(s, q.end):
        kind = FactKind.GUIDANCE  # "In July we told you 8.1 million to 8.3 million tons, and we are holding that range": still in force
    if kind is FactKind.PRIOR_GUIDANCE and FactKind.GUIDANCE in before:
        last = max(pos for pos, k in cues if pos < q.start)
        first_guide = min(pos for pos, k in cues if k is FactKind.GUIDANCE)
        if first_guide < last and _END_OF_RANGE.match(s, last) and not PAST.search(s, 0, last):
            kind = FactKind.GUIDANCE  # "we expect AISC to come in at the upper end of our $1,300 to $1,400 range": the range in force
    if kind is FactKind.PRIOR_GUIDANCE and before[-1] is FactKind.PRIOR_GUIDANCE and FactKind.GUIDANCE in before:
        last = max(pos for pos, k in cues if pos < q.start)
        joined = list(re.finditer(r",\s+(?:and|with)\s+", s[last:q.start])) or list(_LIST_ITEM.finditer(s[last:q.start]))
        if joined and not re.search(r"\b(?:range|guidance|guide|outlook)\b", s[max(last + joined[-1].end(), q.start - 40):q.start], re.I):
            kind = FactKind.GUIDANCE  # "we now expect 5% to 6%, up from the range we gave last quarter, and occupancy of 96%"
    if (kind is FactKind.PRIOR_GUIDANCE or kind is FactKind.TARGET) and before:
        last = max(pos for pos, _ in cues if pos < q.start)
        if ((_RELATIVE_TO.search(s, max(0, last - 40), last) if kind is FactKind.TARGET else HELD_AGAINST.search(s, max(0, last - 14), last + 12))
                and _CLAUSE_ON.search(s, last, q.start) and not _outlook_list(s, last, q.start)):
            # "9% over the earlier projection, and close to 14% a year", "well short of our long-run expectation of 9%, which
            # cost us $0.12 a share": the comparison dates no later figure
            kind = None
        elif (kind is FactKind.PRIOR_GUIDANCE and FactKind.GUIDANCE not in before and _RESULT_AT.match(s, last, q.start)
              and (HELD_AGAINST.search(s, max(0, last - 14), last + 12) or _HIGHER_THAN_AT.match(s, last)
                   or "than" in s[max(0, last - 24):last] and _HIGHER_THAN.search(s, max(0, last - 24), last))):
            kind = None  # "landed slightly above guidance, with R&D at EUR 318 million": the result, after the plan it beat
    if kind is None:
        _, cend = clause_bounds(s, q.start)
        # "$0.61, compared with our guidance of $0.55 to $0.60": a cue past a comparison word is the other figure's
        after = [k for pos, k in cues if q.end <= pos < cend and (pos - q.end < 40 or not PAST.search(s))
                 # ("61% or better by 2030": a bound said with the figure, no comparison with another)
                 and not HELD_AGAINST.search(s, q.end + _bound_len(s, q.end), pos + 12) and not new_subject_at(s, q.end, pos + 1)
                 # "a price of about 12.5 times the EBITDA we expect the business to earn": the base's outlook, not the multiple's
                 and not _TIMES_BASE.search(s, q.start, pos)
                 # "cut their orders by 30% from Q3, a likely response to ...": a guess at the cause of what happened, no outlook
                 and not (s[pos:pos + 6].lower() == "likely" and _LIKELY_CAUSE.match(s, pos))
                 # "25 units in Q4, should we treat that as the run rate through 2027?": the question asks ahead of a figure done
                 and not (ctx.role is Role.ANALYST and _ASKS_AHEAD.search(s, q.end, pos))]
        if after and _WE_GUIDE_IT.match(s, q.end):
            pass  # "the tax rate was 25.6%, in line with the 25% to 26% we expect for the year": the figure is what is expected
        elif after and (PAST.search(s, clause_bounds(s, q.start)[0], q.start) or _COMMA_WE.search(s, q.end, cend)
                      or _SO_FAR_BEFORE.search(s, max(clause_bounds(s, q.start)[0], q.start - 60), q.start)
                      or _CURRENTLY_BEFORE.search(s, clause_bounds(s, q.start)[0], q.start)):
            # "We freed up $86 million this quarter that we will put to use", "the rate of 20.3% benefited from
            # gains, we would expect ...": the figure's own clause already says what happened
            after = [k for pos, k in cues if q.end <= pos < cend and k not in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE) and pos - q.end < 40
                     and not _COMMA_WE.search(s, q.end, pos + 1) and not HELD_AGAINST.search(s, q.end, pos + 12)
                     and not _AND_THEN.search(s, max(q.end, pos - 5), pos)]  # "opened 30 this quarter and aim to open 50": the next verb's
        kind = after[0] if after else None
        if kind is FactKind.PRIOR_GUIDANCE and REVISED_FROM.match(s, q.end):
            kind = FactKind.GUIDANCE  # "Adjusted EPS of $2.15 to $2.25, increased from prior guidance of ...": the new range
    elif before:
        # "we guided $395 to $405 million, so we came in $7.6 million above": a new clause in the past is an actual
        last_pos = max(pos for pos, _ in cues if pos < q.start)
        between = s[last_pos:q.start]
        if CLAUSE_BREAK.search(between) and kind is not FactKind.TARGET and not (
                # "our previous guidance, which was mid-20% growth": the aside tells what the old guide said, no deed
                kind is FactKind.PRIOR_GUIDANCE and _GUIDE_WHICH_WAS.search(between)) and (
                ((pv := PAST.search(s, clause_bounds(s, q.start)[0], q.start) or _PAST_MORE.search(s, clause_bounds(s, q.start)[0], q.start))
                 and not _ASIDE_THEN_AHEAD.search(s, pv.end(), q.start))
                or _DONE_ALREADY.search(s, q.end, clause_bounds(s, q.start)[1])):
            kind = FactKind.ACTUAL  # "..., and about 60% of next year's volumes are already sold forward": a state reached
        elif (kind is FactKind.GUIDANCE and (rel := _RELATIVE.search(between)) and (past := PAST.search(between, rel.end()) or _PAST_MORE.search(between, rel.end()))
              and not _ASIDE_THEN_AHEAD.search(between, past.end())):  # "the divestiture, which closed in Q2, will have ...": the aside ended
            kind = FactKind.ACTUAL  # "We see encouraging success in Italy, where the device reached a 7% share"
        elif kind is FactKind.GUIDANCE and "," in between and _APPOSED_VERB.search(between):
            kind = FactKind.ACTUAL  # "current RPO, which we expect to turn into revenue within a year, was $1.1 billion": the aside's cue

    if (kind in (None, FactKind.ACTUAL) and ctx.role is not Role.ANALYST and _names_midpoint(s) and guided_midpoint(s, q)):
        # "a 120 basis point rise at the midpoint", "that puts EPS at $3.10 at the midpoint": a point of the range
        # guided, or its step, not a result ("beating our guide by 4 cents at the midpoint" is one)
        kind = FactKind.GUIDANCE
    if (kind is FactKind.PRIOR_GUIDANCE and ctx.role is not Role.ANALYST and _STEP_LEAD.search(s, max(0, q.start - 16), q.start)
            and any(k is FactKind.GUIDANCE for pos, k in cues if pos < q.start) and _names_midpoint(s) and guided_midpoint(s, q)):
        kind = FactKind.GUIDANCE  # "..., up from the range we gave in February, so about $30 million at the midpoint": the step of the new one
    if (kind is FactKind.PRIOR_GUIDANCE and ctx.role is not Role.ANALYST and "idpoint" in s
            and _NEW_MIDPOINT.search(s, clause_bounds(s, q.start)[0], q.start)):
        kind = FactKind.GUIDANCE  # "we had guided ..., so the midpoint moves up $70 million, and at the new midpoint that is growth of 17%"
    if kind is FactKind.GUIDANCE and _WE_HAD_AFTER.match(s, q.end):
        kind = FactKind.ACTUAL  # "could range from $80 million to $95 million, against the $96 million we had in Q2"
    if (kind in (None, FactKind.GUIDANCE, FactKind.TARGET) and ctx.role is not Role.ANALYST
            and ((_third_party_named(s) and (tp := _THIRD_PARTY.search(s, 0, q.start)))
                 or ("orecast" in s or "rojections" in s or "stimates" in s) and (tp := _OTHERS_FORECASTS.search(s, 0, q.start)))
            and not _WE_SUBJECT.search(s, tp.end(), q.start)
            or kind in (None, FactKind.GUIDANCE, FactKind.TARGET) and ctx.role is not Role.ANALYST and any_in(s, _CUSTOMER_WORDS)
            and (tp := _CUSTOMERS_SAY.search(s, 0, q.start)) and not _WE_SUBJECT.search(s, tp.end(), q.start)
            and (kind is not None or has_future_cue or _looks_ahead(s, tp.end(), q.start))
            or kind in (FactKind.GUIDANCE, FactKind.TARGET) and "ccording to" in s and _ACCORDING_LATER.match(s, q.end)
            # "Forecasters expect volumes to fall 10% next year. They see 2027 at 4.2 million." / "... are expected to total
            # $1.7 trillion": the others' forecast goes on with no word of ours
            or kind in (FactKind.GUIDANCE, FactKind.TARGET) and state.kind is FactKind.ESTIMATE and ctx.role is not Role.ANALYST
            and any_in(s, _GOES_ON_WORDS) and (tp := _OTHERS_GO_ON.search(s, 0, q.start)) and not _OURS.search(s, 0, q.start)):
        return FactKind.ESTIMATE  # "consultants are predicting e-bike sales will grow another 15% next year": not our outlook
    if (kind is FactKind.GUIDANCE and any(k is FactKind.ESTIMATE and pos < q.start for pos, k in cues)
            and _WOULD_BE.search(s, max(0, q.start - 30), q.start)):
        return FactKind.ESTIMATE  # "Consensus has you at $13.10, which would be about 9% growth": the estimate's own implication
    if (ctx.role is Role.ANALYST and ("your " in s or " still " in s) and any(k is FactKind.TARGET and pos < q.start for pos, k in cues)
            and (_YOUR_GOAL.search(s, max(0, q.start - 120), q.start) or _GOAL_STILL.search(s, max(0, q.start - 120), q.start))):
        # "your stated long-run margin goal, which I believe was 48% to 52%", "is the goal still a utilization in the high
        # 70s?": the company's goal cited
        return FactKind.TARGET
    if ctx.role is Role.ANALYST and RESTATED_GUIDE.search(s, clause_bounds(s, q.start)[0], q.start):
        return FactKind.GUIDANCE  # "your midpoint is 218,000", "the guide implies 16%": management's outlook restated
    if (ctx.role is Role.ANALYST and "impl" in s and (named := _RANGE_IMPLIES.search(s, max(0, q.start - 200), q.start))
            and not any(named.end() < pos < q.start for pos, k in cues if k is not FactKind.GUIDANCE) and not PAST.search(s, named.end(), q.start)
            and not ("my" in s and _BY_MY.search(s))):
        return FactKind.GUIDANCE  # "The narrowed range implies fourth-quarter revenue of ...": what the range leaves, restated (not "by my math")
    if (ctx.role is Role.ANALYST and "idpoint" in s and (named := _YOUR_MIDPOINT.search(s, clause_bounds(s, q.start)[0], q.start))
            and not any(named.start() < pos < q.start for pos, k in cues if k is FactKind.ESTIMATE)):
        return FactKind.GUIDANCE  # "your fourth-quarter revenue midpoint of $2.15 billion sits below the Street": the outlook restated
    if (ctx.role is Role.ANALYST and kind is FactKind.ESTIMATE and " you" in s
            and (said := _AND_YOU_SAID.search(s, max((pos for pos, k in cues if pos < q.start), default=0), q.start))
            and not any(said.start() < pos < q.start for pos, _ in cues)):
        # "The Street is at about 7.2% growth for the quarter and you said about 7%": the company's own guide ("and you said
        # pricing added 2 points": what was done, recalled)
        return FactKind.ACTUAL if PAST.search(s, said.end(), q.start) else FactKind.GUIDANCE
    if (ctx.role is Role.ANALYST and ("impl" in s or " I " in s) and (imp := _IMPLIED.search(s, max(0, q.start - 200), q.start))
            and not _DIGIT.search(s, imp.end(), q.start)
            and (_GUIDE_NAMED.search(s, 0, q.start) or state.kind is FactKind.GUIDANCE or _NEW_FIGURE.search(s, 0, q.start)
                 or imp.group(0).lower().startswith("the implied"))  # (what "implied" is implied by is the outlook)
            and not _BY_MY.search(s)):
        # "If I take the $2.54 billion midpoint, the fourth quarter implies about $600 million", "If I take your full-year
        # range and back out the nine months, I get ...", "On the guidance, 9% to 10%. If I back out the first half, that
        # implies ...": what the outlook leaves for a period, restated
        return FactKind.GUIDANCE
    if "?" in s and "I " in s and _I_HAVE_IT_AT.search(s, max(0, q.start - 80), q.start) and _CHECKED.search(s, q.end):
        # "I have third-quarter sales at $2.1 billion; is that about right?": a model put up for checking is an analyst's
        # own, whether or not the transcript names the speaker
        return FactKind.ESTIMATE
    if ctx.role is Role.ANALYST and own_estimate(s, q):
        return FactKind.ESTIMATE  # "well above the 41.9% I had", "I had about €630 million", "against consensus at 4.5%": the analyst's own
    if ctx.role is Role.ANALYST and "your" in s and _YOUR_POLICY.search(s, max(0, q.start - 60), q.start):
        return FactKind.TARGET  # "at your payout policy of 50% that would point to ...": the company's standing goal, quoted
    if ctx.role is Role.ANALYST and " still " in s and " my " not in s and s.rstrip().endswith("?") and _STILL_ASKED.search(s, max(0, q.start - 30), q.start):
        return FactKind.GUIDANCE  # "The unit's sales for the year, is it still around $115 million?": the company's outlook, asked after
    if ctx.role is Role.ANALYST and "you" in s.lower() and _YOU_SAYING.search(s, max(0, q.start - 40), q.start):
        return FactKind.GUIDANCE  # "I had sales down about 12%. You're saying 15% to 20%.": the company's guide restated
    if ctx.role is Role.ANALYST and any(k is FactKind.ESTIMATE and pos >= q.end for pos, k in cues) and _BY_MY.search(s, q.end):
        return FactKind.ESTIMATE  # "... would be up something like 12% on last year's quarter by my math"
    if (ctx.role is Role.ANALYST and (did := _YOU_DID.search(s, max(clause_bounds(s, q.start)[0], q.start - 90), q.start))
            and not any(did.start() <= pos < cut for pos in future_at)
            and not any(did.start() < pos < q.start for pos, _ in cues)):
        return FactKind.ACTUAL  # "you guys won 85 new customers this year", "you did about $410 million": the figure reported
    if ctx.role is Role.ANALYST and (hyp := _HYPOTHESIS.search(s, 0, q.start)) and not _LOOK_AT.match(s, hyp.end()):
        return FactKind.ESTIMATE  # "if you were to add 500 stores", "suppose pricing is up 3%": the analyst's what-if
    if (ctx.role is Role.ANALYST and kind in (None, FactKind.GUIDANCE) and _YOU_GUIDED.search(s, 0, q.start)
            and _BACK_THEN.search(s, 0, q.start)):
        return FactKind.PRIOR_GUIDANCE  # "Back in June you framed adjusted EPS at down 2% to 4%": the guide as first given
    if (ctx.role is Role.ANALYST and kind is FactKind.ESTIMATE and _YOU_ARE_AT.search(s, max(0, q.start - 40), q.start)
            and all(pos > q.end and _HEDGE.match(s, pos) for pos, k in cues if k is FactKind.ESTIMATE)):
        return FactKind.ACTUAL  # "You're at around 11,800 people, I think": the company's size restated, hedged
    if (ctx.role is Role.ANALYST and kind is None and not has_future_cue and (at := _YOU_STAND_AT.search(s, clause_bounds(s, q.start)[0], q.start))
            and not _MODAL.search(s, at.start(), q.end)):
        return FactKind.ACTUAL  # "You are at 80% utilization and 94 rigs working": where the company stands, restated
    if ctx.role is Role.ANALYST and _YOU_HAVE.search(s) and kind is None:
        return FactKind.ACTUAL  # "you have almost $2 billion of cash": the company's position today
    if ctx.role is Role.ANALYST and "my" in s and _BY_MY.search(s, 0, q.start):
        return FactKind.ESTIMATE  # "by my math, the narrowed range implies fourth-quarter EBITDA of about EUR 290 million"
    if ctx.role is Role.ANALYST and any(k is FactKind.ESTIMATE and q.end <= pos <= q.end + 14 and _OWN_AFTER.fullmatch(s, q.end, pos)
                                        for pos, k in cues):
        return FactKind.ESTIMATE  # "the guide of 19.2% to 19.6% is below the 19.9% I had in my model": the analyst's own
    if ctx.role is Role.ANALYST and kind is FactKind.GUIDANCE and (
            cited := _CITED_GUIDE.search(s, clause_bounds(s, q.start)[0], q.start)) and not any(
            cited.end() <= pos < q.start and k is not FactKind.GUIDANCE for pos, k in cues) and not _DERIVED.search(s, cited.end(), q.start):
        return FactKind.GUIDANCE  # "the fourth-quarter revenue guide of $2.4 billion at the midpoint": the company's outlook cited
    if ctx.role is Role.ANALYST and kind is None and _JUDGED.match(s, q.end):
        return FactKind.ACTUAL  # "88 million daily users is a big number", "up 4% is slower than revenue": a reported figure weighed
    if ctx.role is Role.ANALYST:
        if kind in (None, FactKind.ACTUAL, FactKind.ESTIMATE) or not re.search(r"\byou(?:r)?\b", s, re.I):
            if kind in (FactKind.PRIOR_GUIDANCE,):
                return kind
            if kind in (None, FactKind.ESTIMATE) and "you" in s and (_YOU_REPORTED_AFTER.match(s, q.end) or _YOU_REPORTED_BEFORE.search(s, max(0, q.start - 40), q.start)):
                return FactKind.ACTUAL  # "given the 23% you posted a year ago": the company's result, quoted
            if cited := re.search(r"\b(?:your|the)\s+(?:guidance|outlook|guide)|\byou(?:'ve)?\s+(?:guided|said|mentioned|talked|reported|gave|provided|framed|set)|\byou\s+(?:are|were)\s+guiding", s, re.I):
                if kind is None and _YOU_SAID.match(cited.group(0)) and PAST.search(s, cited.end(), q.start):
                    return FactKind.ACTUAL  # "you said pricing added about 40 basis points to the margin": what happened, recalled
                return FactKind.GUIDANCE if kind in (None, FactKind.GUIDANCE) else kind
            if kind is None and PAST.search(s) and not has_future_cue:
                return FactKind.ACTUAL
            if (kind is FactKind.ESTIMATE and all(_HEDGE.match(s, pos) for pos, k in cues if k is FactKind.ESTIMATE)
                    and not any(k is FactKind.GUIDANCE for _, k in cues) and not _AHEAD_VERB.search(s)
                    and _OWN_PAST.match(s, q.end, clause_bounds(s, q.start)[1])):
                return FactKind.ACTUAL  # "I think most of the 10% workforce cut has been completed": a hedge on what was done
            if (kind is None and not has_future_cue and "quarter" in s
                    and _THIS_QUARTER_HERE.search(s, max(0, q.start - 40), min(max(q.end + 25, clause_bounds(s, q.start)[1]), q.end + 60))
                    and not _MODAL.search(s, 0, q.start)):
                return FactKind.ACTUAL  # "at $12.4 billion this quarter, it's down from ...": the quarter reported, restated
            if (kind is None and "," in s[q.end:q.end + 30] and _calls_quarter_after(s, q, ctx)
                    and (ask := _ASKS_AHEAD.search(s, q.end)) and not any(pos < ask.start() for pos in future_at)):
                return FactKind.ACTUAL  # "25 units in Q4, should we treat that as ...": the quarter reported, restated
            if (kind is None and not has_future_cue and ((done := _ANALYST_DONE.match(s, q.end, clause_bounds(s, q.start)[1]))
                                                         and done.group("v").lower() not in _NOT_DONE
                                                         or _NOW_IS.search(s, max(0, q.start - 20), q.start))):
                # "the 31% growth came despite the price cut", "the 16.6% it made a year ago", "inventory is now above $5
                # billion": what the company reported, restated in the question, not the analyst's own figure
                return FactKind.ACTUAL
            if (kind is None and not has_future_cue and "dividend" in s and (set_div := _SET_DIVIDEND.search(s, 0, q.start))
                    and not new_subject_at(s, set_div.end(), q.start) and not _MODAL.search(s, 0, q.end)
                    and not _HYPOTHESIS.search(s, 0, q.start) and not any(k is FactKind.ESTIMATE for _, k in cues)):
                return FactKind.ACTUAL  # "The interim dividend of HK 8.5 cents is up about 42%": the dividend set, restated
            return FactKind.ESTIMATE
    if (kind is None and any_in(s, _NEED_WORDS) and (need := _NEEDS_TO_GROW.search(s, max(0, q.start - 80), q.start))
            and not PAST.search(s, need.end(), q.start)):
        return FactKind.TARGET  # "service has to keep growing at low double digits a year": what a goal needs, not a result
    if kind is None and " can " in s and (can := _CAN_GROW.search(s)) and not has_future_cue:
        cstart = clause_bounds(s, q.start)[0]
        if (q.start > can.end() and _PER_YEAR.search(s, q.end) and not PAST.search(s, can.end(), q.start)) or (
                q.end < can.start() and _WITH_HELD.search(s, max(0, q.start - 100), q.start)):
            return FactKind.TARGET  # "with opex growth held to around 10%, we think we can add 8 basis points of ROA a year": a goal's levers
    if (kind is None and ctx.role is not Role.ANALYST and any_in(s, _BELIEF_WORDS)
            and (can := _BELIEF_CAN.search(s, max(0, q.start - 90), q.start)) is not None
            and not _DIGIT.search(s, can.end(), q.start) and not PAST.search(s, can.end(), q.start)
            and not new_subject_at(s, can.end(), q.start)):
        # "We think it can settle between 17% and 18% of sales", "we believe EBITDA margin could be around 25%": a level the
        # company believes within reach, said of no period (or of a year well beyond the next: "can reach the low teens in
        # 2029"), is a goal, not a result; said of a period ahead ("we think it can get to 14% next year"), that period's outlook
        named = [c for c in P.find_cues(s) if c.rel != "span" and c.start >= can.start()]
        if all(c.rel is None and c.year and not c.quarter and ctx.fiscal_year and c.year >= ctx.fiscal_year + 2 for c in named):
            return FactKind.TARGET
        if all(c.start in future_at for c in named):
            return FactKind.GUIDANCE
    if (kind is None and ctx.role is not Role.ANALYST and "plan" in s and (plan := _OUR_PLAN.search(s, max(0, q.start - 90), q.start))
            and not new_subject_at(s, plan.end(), q.start) and not _DIGIT.search(s, plan.end(), q.start)
            and not any(k is FactKind.TARGET for _, k in cues)):
        return FactKind.GUIDANCE  # "Our plan has case growth nearer 3% for the year", "we have built the plan on a ratio of 41% to 42%"
    if (kind is None and ctx.role is not Role.ANALYST and any_in(s, _WISH_WORDS) and (wish := _WISHED.search(s, max(0, q.start - 120), q.end)) and wish.start() < q.start
            and not PAST.search(s, wish.end(), q.start) and not new_subject_at(s, min(wish.end(), q.start), q.start)
            and not (wish.group(0).lower().endswith(("comfortable", "comfortable with")) and has_future_cue)):
        return FactKind.TARGET  # "we manage toward a CET1 ratio of 11.0% to 11.5%", "I'd like it to be closer to 14%": a goal said as a wish
    if kind is None and ctx.role is not Role.ANALYST and s.startswith(" we ", q.end) and _AIMED_AFTER.match(s, q.end):
        return FactKind.TARGET  # "close to the roughly 3 times we aim for": the level, then the wish that names it a goal
    if kind is None and ctx.role is not Role.ANALYST and " range " in s[q.end:q.end + 8] and _RANGE_KEPT.match(s, q.end):
        return FactKind.TARGET  # "the 2.75 to 3.25 times band is what we manage to": the band, then the wish that keeps it
    if kind is None:
        # "the program currently provides $1.8 billion, and we expect pricing for 2026 to ...": the future is the next clause's
        cstart = clause_bounds(s, q.start)[0]
        # "bookings for the third quarter are 3 points ahead"; not "we have $2.7 billion maturing in the fourth quarter, and ...",
        # whose period ahead is said before the next subject
        now = ((ns := new_subject_at(s, q.end)) and PRESENT_STATE.search(s, cstart, q.start)
               and not (future_at and any(cstart <= pos < ns.start() for pos in future_at)))
        if "have" in s and _HAVE_BEFORE.search(s, max(0, q.start - 30), q.start) and _HELD_TODAY.match(s, q.end):
            return FactKind.ACTUAL  # "we have about $45 million of run-rate savings in place today": a level held now
        if "have" in s and (_HAVE_BEFORE.search(s, max(0, q.start - 30), q.start) and _DONE_OF.match(s, q.end)
                            or _HAVE_DONE.search(s, max(0, q.start - 50), q.start)):
            return FactKind.ACTUAL  # "For 2027, we have about 60% of the commodity basket contracted": a state reached
        if has_future_cue and book_state(s, q, cstart):
            return FactKind.ACTUAL  # "for fiscal 2028 we're about 30% hedged", "our order book for 2027 is up 4%": the book today
        if "already" in s and _DONE_ALREADY.search(s, q.end, clause_bounds(s, q.start)[1]) and not _AHEAD_VERB.search(s, q.end, clause_bounds(s, q.start)[1]):
            return FactKind.ACTUAL  # "about 80% of our 2027 volume is already contracted": the share done so far, today
        # "In October we refinanced $400 million of notes, so most of our 2027 maturities are taken care of": a deed done
        # ("$2.7 billion of deposits mature in the fourth quarter, and the ones that matured last quarter renewed at 3.5%": the
        # past of a later clause joined by "and" is that clause's, not the upcoming figure's)
        if has_future_cue or state.kind is FactKind.GUIDANCE:  # the only readers of these two, below
            joined = _AND_CLAUSE.search(s, q.end)
            past = _main_past(s, joined.start() if joined else len(s)) or _WE_DID.match(s) or _WE_DID.match(s, cstart)
        else:
            joined = past = None
        if (has_future_cue and not past and not _PERFECT.search(s, max(cstart, s.rfind(",", 0, q.start)), q.start) and not now and not TO_DATE.search(s, cstart, q.start)
                and not (("eeks of" in s or "onths of" in s) and _WEEKS_IN.search(s, 0, q.start))
                and not _dated_reported(q, cstart, future_at, tuple(pos for pos in dated_at if not (joined and pos > joined.start())))):
            return FactKind.GUIDANCE
        if ctx.asked_outlook and not tensed(s) and not _BACK_REF.search(s, max(0, q.start - 8), q.start + hedge_len(q)) and not any(
                pos < (new_subject.start() if new_subject else len(s)) for pos in reported_at):
            return FactKind.GUIDANCE  # an answer about the outlook: "For the first quarter, gross margin in the 44% range."
        if ctx.asked_outlook and " is " in s and not _WORD_BEFORE.search(s, 0, q.start) and _VERDICT.match(s, q.end):
            return FactKind.GUIDANCE  # "Low teens is the right number.", "Mid-single digits is what the backlog supports.": the answer's own figure
        if (ctx.role is not Role.ANALYST and _OUTCOME.search(s, cstart, q.start) is not None
                and not PAST.search(s, cstart, q.start) and not TO_DATE.search(s, cstart, q.start)
                and not any(cue_reported(c, ctx) for c in P.find_cues(s[cstart:clause_bounds(s, q.start)[1]]))):
            return FactKind.GUIDANCE  # "we think 2026 comes in somewhere around $270 million": where a period still open lands
        if (ctx.role is not Role.ANALYST and "will " in s and (will := _WILL_MOVE.search(s, max(0, q.start - 100), q.start))
                and not PAST.search(s, will.end(), q.start) and not new_subject_at(s, will.end(), q.start) and not _DIGIT.search(s, will.end(), q.start)):
            return FactKind.GUIDANCE  # "the quarter's average will sit above that, somewhere in the mid-$2,000s"
        if state.kind in (FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE) and "to" in s and revised_by_pronoun(s, q):
            return FactKind.GUIDANCE  # "In July we guided EBITDA of ... We're narrowing that to $2.50 billion to $2.58 billion."
        # (a sentence that points back to the outlook, "This includes $400 million of ..., of which $150 million is ...",
        # holds its parts in the present without stating where things stand now)
        if (state.kind is FactKind.GUIDANCE and not (past and (q.low is None or _told_past(s, past)))
                and not (q.low is None and PRESENT_STATE.search(s) and not _BACK_TO_OUTLOOK.match(s))
                and not _HAVE_DONE_ED.search(s, 0, q.start) and not TO_DATE.search(s, 0, q.start)
                and not any(pos < (new_subject.start() if new_subject else len(s)) for pos in reported_at)):
            return FactKind.GUIDANCE
        return FactKind.ACTUAL
    return kind


_KEEPING = re.compile(r"\b(?:keeping|holding|maintaining|reaffirming|reiterating|keep|hold|maintain|reaffirm|reiterate)\s+(?:our\s+|the\s+)?"
                      r"(?:[\w-]+\s+){0,5}?(?:of|at|to)\s+(?:about\s+|approximately\s+|around\s+)?$", re.I)
"""', and we are keeping adjusted EPS growth of 8% to 10%': the outlook held, a new statement of it."""
_WE_KEEP = re.compile(r"\b(?:we\s+are|we['’]re|we\s+will\s+be|we['’]ll\s+be)\s+(?:also\s+)?(?:keeping|holding|maintaining)\s+(?:our\s+|the\s+)?"
                      r"(?:[\w-]+\s+){0,5}?(?:at|of)\s+(?:about\s+|approximately\s+|around\s+)?[$€£¥]?$", re.I)
"""The company's own "we are keeping (holding, maintaining) X at" before the figure: a level it holds ahead, its outlook."""
_BASE_BEFORE = re.compile(r"\b(?:as|than|from|versus|vs\.?)\s+$", re.I)
_WILL_MOVE = re.compile(r"\bwill\s+(?:(?:likely|probably|still|also|then)\s+)?(?:sit|run|stay|settle|land|move|rise|fall|drop|improve|expand|contract|edge|tick|climb|hold|"
                        r"come\s+(?:down|up|back|in)|go\s+(?:up|down)|step\s+(?:up|down)|trend|average|peak|bottom)\b"
                        r"(?=\s+(?:[\w-]+\s+){0,3}?(?:at|around|about|in\s+the|between|above|below|to|by|somewhere|near|closer|up|down)\b)", re.I)
"""'the quarter's average will sit above that, somewhere in the mid-$2,000s': a verb ahead that the closed list of
outlook cues does not hold."""
_PAST_MORE = re.compile(r"\b(?:we|I|it|they|which|that)\s+(?:also\s+|just\s+)?(?:got|took|made|won|gave|lost|built|brought|kept|continued|remained|stayed|"
                        r"doubled|tripled|jumped|dropped|climbed|slipped|edged|ticked|widened|narrowed|expanded|contracted)\b", re.I)
"""Past verbs the closed list of context.PAST does not hold: 'the next tariff reset should come through in April; this
year, we got a 12% uplift', 'balances at the clearing house, which continued to climb through the quarter'."""
_RAISED_TO = re.compile(r"\b(?:rais|lift|lower|narrow|tighten|updat|revis)\w*\s+(?:our|the)\s+(?:[\w-]+\s+){0,6}?(?:to|at)\s+$", re.I)
_CURRENTLY_BEFORE = re.compile(r"\b(?:currently|right\s+now|at\s+present)\s+(?:(?:we|it|they)\s+)?(?:sit|sits|stand|stands|are|is|have|has|hold|holds|run|"
                               r"runs|operate|operates|own|owns|employ|employs|serve|serves|at)\b", re.I)
"""'We currently sit at 48 days of supply and anticipate ...': the figure's own clause states where things stand now."""
_DONE_WORDS = (" made", " built", " sold", " shipped", " produced", " delivered", " reported", " posted", " recorded", " generated",
               " achieved", " earned", " booked")
_DONE_IN = re.compile(r"(?:\s+(?!(?:will|would|to|should|could|may|might|is|are|be|as|previously|originally|initially|first)\b)[a-z][\w-]*){0,2}?\s+(?:made|built|sold|shipped|produced|"
                      r"delivered|reported|posted|recorded|generated|achieved|earned|booked)\s+(?:in|during|over|for|a\s+year|last)\b\s*", re.I)
"""'the roughly 9 million units built in the first quarter of 2024': a figure done in a period already reported, said as
the base of an outlook."""
_MODAL = re.compile(r"\b(?:could|would|will|can|should|might|may)\b|['’]ll\b|['’]d\b", re.I)
_WORD_BEFORE = re.compile(r"[^\W\d_]{3,}(?<!about|round|ughly|early)\b", re.I)
"""A word before a figure at a sentence's start other than its hedge ("about", "around", "roughly", "nearly")."""
_VERDICT = re.compile(r"\s+(?:(?:growth|or\s+so)\s+)?is\s+(?:still\s+|probably\s+|really\s+)?(?:the\s+right\s+(?:number|way|ballpark|range|place)|"
                      r"a\s+(?:fair|good|reasonable|sensible)\s+(?:number|assumption|place|way|estimate|starting\s+point)|"
                      r"how\s+(?:we|I)(?:'d|\s+would)?\s+(?:put|think|frame|describe|see)|"
                      r"what\s+(?:[\w'’-]+\s+){0,10}?(?:supports?|points?\s+to|justif(?:y|ies)|we\s+(?:see|expect|model|plan)))\b", re.I)
"""An answer's figure said as its verdict on the period asked about: "Low teens is the right number"."""
_RANGE_GIVEN_THEN = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:range|guidance|guide|outlook)\s+(?:that\s+)?(?:we|I)\s+(?:(?:first\s+|originally\s+|initially\s+)?(?:gave|provided|issued|set|shared|laid\s+out|put\s+out)"
                               rf"(?:\s+(?:you|out))?\s+(?:back\s+)?(?:in\s+(?:{MONTH_ALT})|last\s+(?:quarter|call)|(?:at|in)\s+the\s+(?:start|beginning)\s+of\s+the\s+year)"
                               rf"|started\s+(?:the|this)\s+(?:{FISCAL}\s+)?year\s+(?:with|at))\b", re.I)
"""'the 3% to 4% range we gave you in February', 'the 45 to 55 basis point range we started the year with': given
before, not the range in force (also after "near the bottom of ...")."""
_RELATIVE_TO = re.compile(r"\b(?:relative\s+to|compared\s+(?:to|with)|against|versus|(?:short|shy|ahead)\s+of|behind|below|above)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
"""'well short of our long-run expectation', 'Relative to our long-term goal': a goal held against, which dates no later figure."""
_A_YEAR = re.compile(r"(?:\s+(?:of\s+)?(?:annual\s+|yearly\s+)?(?:[\w-]+\s+){0,2}?(?:savings|synergies|benefits?))?\s+(?:a|per)\s+year\b|\s+annually\b|\s+(?:[a-z]+\s+)?(?:of\s+)?(?:annual|yearly)\s+(?:[\w-]+\s+){0,1}?(?:savings|synergies|benefits?|capacity|output)\b", re.I)
_ONCE_DONE_STATE = (r"(?:(?:it|they)(?:['’]s|['’]re|\s+is|\s+are|\s+has\s+been|\s+have\s+been)|(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:is|are|has\s+been|have\s+been))\s+"
                    r"(?:fully\s+)?(?:closed|complete(?:d)?|done|finished|in\s+place|implemented|ramped(?:\s+up)?|running\s+at\s+full|at\s+full|in\s+service|in\s+operation|operational)\b")
_ONCE_DONE = re.compile(r",?\s+(?:once|when)\s+" + _ONCE_DONE_STATE, re.I)
_ONCE_DONE_ANY = re.compile(r"\b(?:once|when)\s+" + _ONCE_DONE_STATE, re.I)
_WILL_ADD = re.compile(r"\b(?:will|would|should|['’]ll)\s+(?:then\s+)?add\s+(?:(?:about|roughly|around|approximately|nearly|another|some|up\s+to)\s+)?[$€£¥]?$", re.I)
"""'the plant will add 200,000 units of capacity when it is complete', 'once they are in service they will add roughly 30%':
what a project adds when done is a goal without a year."""
_ONCE_DONE_LEAD = re.compile(r"\W*(?:(?:and|so|but)\s+)?once\s+" + _ONCE_DONE_STATE + r"[^.;]*?,", re.I)
"""A project said done ("once it is running at full volume", "Once it's closed, ..."): the yearly rate it then gives is a
run rate reached, a goal without a year."""
_WEEKS_IN = re.compile(r"\b(?:first|opening)\s+(?:few\s+|couple\s+of\s+|\w+\s+)?(?:weeks|months)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:quarter|half|year|period)"
                       r"\s+(?:(?:has|have)\s+been|(?:is|are|were|was)\s+(?:running|tracking|trending|up|down)|(?:came|ran)\b)", re.I)
"""'Trading in the first seven weeks of the second half has been solid: ...': the period under way, seen to date."""
_THIS_QUARTER_HERE = re.compile(r"\b(?:this|last)\s+quarter\b(?!['’]s)", re.I)
_ANALYST_DONE = re.compile(r"(?:\s*%)?\s+(?:(?!(?:you|we|I|will|would|should|could|can|to|if|when|and|or|but|gets?|getting|be|being|been|is|are)\b)[\w'’-]+\s+){0,4}?"
                           r"(?:(?:it|they)\s+)?(?P<v>came|made|did|delivered|posted|printed|grew|rose|fell|declined|[a-z]{3,}ed)\b(?!\s+(?:to|by)\b)")
"""The past verb a figure's own noun takes in a question ("the 31% growth came ...", "the 16.6% it made a year ago")."""
_YOU_REPORTED_AFTER = re.compile(r"(?:\s+(?:[\w-]+\s+){0,2}?)?\s*,?\s*(?:that|which)?\s*you\s+(?:just\s+)?(?:reported|posted|delivered|printed|put\s+up)\b", re.I)
_YOU_REPORTED_BEFORE = re.compile(r"\byou\s+(?:just\s+)?(?:reported|posted|delivered|printed|put\s+up)\s+(?:(?:about|roughly|around|approximately|nearly)\s+)?$", re.I)
"""An analyst's figure the company reported ("the 23% you posted", "you reported 8%"): its result quoted, no estimate."""
_NOW_IS = re.compile(r"\b(?:is|are)\s+now\s+(?:at\s+)?$", re.I)
_NEW_MIDPOINT = re.compile(r"\b(?:(?:the|our|a)\s+new\s+mid-?point|mid-?point\s+(?:now\s+)?(?:moves|goes|rises|increases|climbs|falls|drops|is\s+(?:up|down)))\b", re.I)
_ONCE_FULLY = re.compile(r"(?:\s+(?:a|per)\s+year|\s+annually|\s+(?:of|in)\s+(?:annual\s+|yearly\s+)?(?:[\w-]+\s+){0,2}?(?:savings|synergies|benefits?|ebitda|revenue|profit))?,?\s+once\s+"
                         r"(?:(?:they|it)(?:['’]re|['’]s|\s+is|\s+are)\s+|(?:the\s+)?[\w-]+\s+(?:is|are)\s+)?fully\s+(?:in\s+place|implemented|realized|ramped|operational|up\s+and\s+running)\b", re.I)
_TIMES_BASE = re.compile(r"(?:\btimes|\dx)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w&-]+\s+){0,3}?(?:that\s+|which\s+)?(?:we|it|they)\s+(?:now\s+)?$", re.I)
_OUTCOME = re.compile(r"\b(?:comes?\s+(?:in|out)|lands?|ends?\s+up|shakes?\s+out|finish(?:es)?\s+(?:the\s+year\s+)?(?=at|around|near|in|between|somewhere|closer)"
                      r"|(?:how|where)\s+(?:we|you)\s+(?:get|land)(?:\s+to)?|(?<=we\s)exit\s+(?:the\s+year|[A-Z][a-z]+|the\s+quarter)\s+(?:at\s+)?)\s+"
                      r"(?:(?:somewhere|right|roughly|about|around|approximately|closer|close|near|at|in|between|to|the|a|range\s+of|of)\s+){0,4}$", re.I)
"""'2026 comes in somewhere around', 'the year lands in', 'we end up at', 'the dividend for 2026 would come out at around': where
a period lands, said of one not over."""
_REVISED_PRONOUN = re.compile(
    r"\b(?:we|I)(?:['’]re|\s+are|['’]m|\s+am|\s+will\s+be|['’]ll\s+be)?\s+(?:now\s+|also\s+|today\s+)?(?:rais(?:e|ing)|narrow(?:ing)?|lower(?:ing)?|"
    r"tighten(?:ing)?|increas(?:e|ing)|reduc(?:e|ing)|trim(?:ming)?|cut(?:ting)?|lift(?:ing)?|updat(?:e|ing)|revis(?:e|ing)|bring(?:ing)?|tak(?:e|ing)|"
    r"mov(?:e|ing)|nudg(?:e|ing)|push(?:ing)?)\s+(?:it|that|this|them|those|these)\s+(?:(?:today|now|again|slightly|a\s+bit)\s+)?(?:(?:up|down)\s+)?to\s+"
    r"(?:(?:a\s+(?:new\s+)?range\s+of|between)\s+)?(?:about\s+|approximately\s+|roughly\s+|around\s+)?$", re.I)
"""'We're narrowing that to', 'we are bringing it down to' after an outlook recalled: the pronoun is that outlook, revised."""


_REPORTED_BASIS = re.compile(r"\b(?P<pre>(?:the|our|its|their|a|on|of|in|to|and|for|from|with|representing|represents|reach|expect|total)\s+)reported"
                             r"(?=\s+(?:(?:diluted|net|operating|organic)\s+)?(?:sales|revenues?|growth|earnings|EPS|income|loss|results|basis|terms|figures?|currency|dollars?)\b)", re.I)
"""'reported' as the basis of a measure, not the verb: masked to a word of the same length before the kind is read."""
_REACHED_WORDS = (" hit ", " reached ", " achieved ", " met ", " attained ", " exceeded ", " surpassed ", " beat ", " topped ")
_GOAL_DONE = re.compile(r"\b(?:hit|reached|achieved|met|attained|exceeded|surpassed|beat|topped)\s+(?:our|the|its|their|this|that|these|all\s+(?:of\s+)?our)\s+"
                        r"(?:[\w'-]+\s+){0,6}?(?:target|goal|objective)s?\b", re.I)
_THE_BAR = re.compile(r"\s+(?:of|at|to)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|over\s+|more\s+than\s+|nearly\s+|at\s+least\s+)?[$€£¥]?$", re.I)
_AHEAD_BEFORE = re.compile(r"\b(?:will|would|should|could|can|may|might|(?:expect|plan|aim|intend|hope|want|seek)(?:s|ed|ing)?\s+to|on\s+(?:track|course|pace)|confident|able|going)\b|['’]ll\b", re.I)
_YEAR = re.compile(r"\b(?:FY\s?)?(?:19|20)\d\d\b")
_REACHED_GOAL = re.compile(r"\b(?:hit|reached|achieved|met|attained)\s+(?:our|the|its|their|this|that)\s+"
                           r"(?:[\w'-]+\s+){0,5}?(?:(?:target|goal|objective)s?\s+(?:of|at)\s+)?"
                           r"(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+)?[$€£¥]?$", re.I)
"""'we achieved our target of 3.6 times', 'we hit our 20% margin target': the verb says the goal was reached."""
_GOAL_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:target|goal|objective)s?\b", re.I)
_NOT_YET = re.compile(r"\b(?:to|will|can|could|would|should|might|may|must|not|never|yet)\s+(?:(?:have|be|also|still|now|already|finally|fully)\s+)*$|"
                      r"['’]ll\s+$|n['’]t\s+(?:(?:have|yet)\s+)?$|"
                      r"\b(?:once|when|until|till|if|unless|after|before|as\s+soon\s+as)\s+(?:we|it|they|I)(?:\s+have|['’]ve)?\s+$", re.I)


def added_when_done(s: str, q: Quantity) -> bool:
    """Whether the figure is what a project will add once done ('will add 200,000 units of capacity when it is complete'):
    a goal of no year, whatever date its launch is given."""
    if " add" not in s or not _WILL_ADD.search(s, max(0, q.start - 40), q.start):
        return False
    done = _ONCE_DONE_ANY.search(s, max(0, q.start - 90), min(len(s), q.end + 90))
    # no figure between: "..., and when the line is complete in 2027 we expect $40 million" is not one
    return (done is not None and _DIGIT.search(s, *((q.end, done.start()) if done.start() > q.start else (done.end(), q.start))) is None
            and not PAST.search(s, *clause_bounds(s, q.start)))


def _reached_goal(s: str, q: Quantity) -> bool:
    """Whether the figure is a goal a past verb says was reached ('we achieved our goal of $25 million'); not 'we can hit our
    target of 10 openings' or 'exceeded our 65% goal' (where the figure stays the bar)."""
    cstart = clause_bounds(s, q.start)[0]
    reached = _REACHED_GOAL.search(s, max(cstart, q.start - 90), q.start)
    if reached is None or _DIGIT.search(s, reached.start(), q.start) or _NOT_YET.search(s, max(0, reached.start() - 30), reached.start()):
        return False
    return bool(re.search(r"\b(?:target|goal|objective)s?\b", s[reached.start():q.start], re.I)) or bool(_GOAL_AFTER.match(s, q.end))


_SINCE_ANCHOR = rf"since\s+(?:(?:the\s+)?(?:start|beginning|end|launch|inception|outset)\s+of\s+(?:(?:{FISCAL}|FY)\s*)?(?P<y1>20\d\d)|(?:(?:{FISCAL}|FY)\s*)?(?P<y2>20\d\d))\b(?!\s+(?:was|were|is|are|had|has|did)\b)"
_SINCE_AFTER = re.compile(r"(?:\s+(?!(?:will|would|should|could|to|by|and|or|but|expect\w*|plan\w*|aim\w*|target\w*)\b)[\w'-]+){0,6}?\s+" + _SINCE_ANCHOR, re.I)
_SINCE_BEFORE = re.compile(r"\bcumulative\s+(?:[\w-]+\s+){0,3}?" + _SINCE_ANCHOR + r"\s+of\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|over\s+|nearly\s+|just\s+over\s+|more\s+than\s+)?[$€£¥]?$", re.I)
_COUNTED = re.compile(r"\b(?:cumulative(?:ly)?|CAGR|compound(?:ed)?\s+annual|in\s+total|all\s+told)\b", re.I)
_SUPERLATIVE = re.compile(r"\b(?:highest|lowest|best|worst|strongest|weakest|largest|smallest|most|least|first\s+time|record)\b", re.I)


def _counted_since(s: str, q: Quantity, ctx: Context) -> bool:
    """Whether the figure is counted from a past start to now ('the 60 stores we opened since 2022', 'a 9% CAGR since 2021',
    'a cumulative benefit since 2023 of $1.2 billion'): a total to date, whatever outlook the sentence also gives; not
    'our best margin since 2015' (a rank of the outlook) or 'since 2024 was a weak year' (a reason)."""
    cstart, cend = clause_bounds(s, q.start)
    since = _SINCE_BEFORE.search(s, max(cstart, q.start - 70), q.start)
    if since is None:
        since = _SINCE_AFTER.match(s, q.end)
        if (since is None or since.end() > cend or _DIGIT.search(s, q.end, since.start("y1") if since.group("y1") else since.start("y2"))
                and not _DIGIT.search(s, q.end, s.lower().rfind("since", q.end, since.end()))):
            return False
        said = s.lower().rfind("since", q.end, since.end())
        if _DIGIT.search(s, q.end, said) or _SUPERLATIVE.search(s, max(cstart, q.start - 60), said):
            return False
        if not (PAST.search(s, max(cstart, q.start - 40), said) or _PERFECT.search(s, max(cstart, q.start - 60), said)
                or _COUNTED.search(s, max(cstart, q.start - 40), said)):
            return False
    year = int(since.group("y1") or since.group("y2"))
    return ctx.fiscal_year is None or year <= ctx.fiscal_year


def _beyond_goal(s: str, q: Quantity, cues: list[tuple[int, FactKind]], future_at: tuple[int, ...]) -> bool:
    """Whether the figure comes after a goal a past verb says was met or beaten, outside the goal's own figure: 'we
    topped our cash goal, producing $90 million', 'beat our target by 15%', 'met our targets, with bookings
    up 32%'; not 'we exceeded our target of 50%' (the bar) nor 'we expect to beat our target ...'."""
    done = None
    for m in _GOAL_DONE.finditer(s, max(0, q.start - 130), q.start):
        done = m
    if done is None or _DIGIT.search(_YEAR.sub("", done.group(0))) or _THE_BAR.fullmatch(s, done.end(), q.start):
        return False
    if (_NOT_YET.search(s, max(0, done.start() - 30), done.start()) or _AHEAD_BEFORE.search(s, max(0, done.start() - 60), done.start())
            or _AHEAD_BEFORE.search(s, done.end(), q.start) or _AHEAD_VERB.search(s, done.end(), q.start)):
        return False
    if any(done.end() <= pos < q.start for pos, _ in cues) or any(done.end() <= pos < q.end + 40 for pos in future_at):
        return False
    return _BAR_AFTER.match(s, done.end()) is None  # "exceeded our target of 50% owned and 50% optioned": the bar, said in full


_BAR_AFTER = re.compile(r"\s+(?:of|at)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|over\s+|more\s+than\s+|nearly\s+|at\s+least\s+)?[$€£¥]?\d", re.I)


_EFFECT_AHEAD = re.compile(r"\b(?:head|tail)winds?\b|\b(?:would|will)\s+(?:(?:likely|probably|also|still)\s+)?(?:reduce|add|lower|cut|lift|take|hurt|help|weigh|increase|decrease|trim|shave)\b"
                           r"|['’]ll\s+(?:reduce|add|lower|cut|lift|take|hurt|help|weigh|trim|shave)\b", re.I)
_EFFECT_WORDS = ("wind", "would", "will", "'ll", "’ll")
"""A word every match of _EFFECT_AHEAD holds."""
_WHOLE_YEAR = re.compile(rf"\b(?:full[-\s]year|for\s+the\s+(?:full\s+|{FISCAL}\s+|whole\s+|entire\s+)?year|this\s+(?:{FISCAL}\s+)?year|(?:in|for)\s+(?:{FISCAL}\s+|FY\s*)?(?P<year>20\d\d))\b", re.I)
_SO_FAR = re.compile(r"\b(?:year[-\s]to[-\s]date|YTD|so\s+far|to\s+date|through\s+(?:the\s+)?(?:first|second|third|nine|six)|in\s+the\s+(?:first|second|third)\s+(?:quarter|half)|"
                     r"(?:in|for|during)\s+the\s+quarter|this\s+quarter|(?:is|are|stands?|sits?)\s+at)\b", re.I)
_REPORTED_NOUN = re.compile(r"\s+(?:sales|revenues?|growth|earnings|EPS|net|operating|results|basis|terms|figures?)\b", re.I)


_EFFECT_NOW = re.compile(r"\b(?:takes|costs|adds|weighs|reduces|lowers|cuts|trims|shaves|hurts|helps|lifts)\b", re.I)
_EFFECT_NOW_WORDS = ("takes", "costs", "adds", "weighs", "reduces", "lowers", "cuts", "trims", "shaves", "hurts", "helps", "lifts")
_QUARTER_NAMED = re.compile(r"\b(?:in|for|during|into)\s+(?:the\s+)?(?P<ord>first|second|third|fourth)[-\s]quarter\b(?!\s+(?:of\s+)?(?:last|20\d\d))", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _quarter_effect_ahead(s: str, cstart: int, cend: int, low: str, fq: int) -> bool:
    """"Currency takes about 2 points off reported growth in the fourth quarter" in a third-quarter call: an effect said
    in the present tense on the quarter ahead, which no result has booked yet."""
    if "quarter" not in low or not (any_in(low, _EFFECT_NOW_WORDS) and _EFFECT_NOW.search(s, cstart, cend)
                                     or any_in(low, _EFFECT_WORDS) and _EFFECT_AHEAD.search(s, cstart, cend)):
        return False
    return any(_ORDINALS[m.group("ord").lower()] == fq + 1 for m in _QUARTER_NAMED.finditer(s, cstart, cend))


def _year_effect_ahead(s: str, q: Quantity, ctx: Context) -> bool:
    """Whether the figure is a headwind, a tailwind or a would-be effect on the current year while the year is not over
    ('currency lends some 90 basis points to the year's sales growth' in a third-quarter call), or an effect on the
    quarter ahead: an outlook, not a result; not an effect already booked ('was a headwind', 'so far', 'in the quarter')."""
    cstart, cend = clause_bounds(s, q.start)
    low = s[cstart:cend].lower()
    if ctx.fiscal_quarter in (1, 2, 3) and low.isascii() and _quarter_effect_ahead(s, cstart, cend, low, ctx.fiscal_quarter):
        done = any(not (m.group(0).lower() == "reported" and _REPORTED_NOUN.match(s, m.end())) for m in PAST.finditer(s, cstart, cend))
        if not (done or _HAVE_DONE_ED.search(s, cstart, cend)):
            return True
    # both patterns need their words in the clause: "20" or "year", and an effect's word (a non-ASCII clause may fold
    # to "i" otherwise, so there the patterns decide); most figures' clauses lack one
    if not ("year" in low or "20" in low) or not (any_in(low, _EFFECT_WORDS) or not low.isascii()):
        return False
    effect = _EFFECT_AHEAD.search(s, cstart, cend)
    year = _WHOLE_YEAR.search(s, cstart, cend)
    if effect is None or year is None or (year.group("year") and int(year.group("year")) != ctx.fiscal_year):
        return False
    done = any(not (m.group(0).lower() == "reported" and _REPORTED_NOUN.match(s, m.end())) for m in PAST.finditer(s, cstart, cend))
    return not (done or _SO_FAR.search(s) or _HAVE_DONE_ED.search(s, cstart, cend))  # "reported sales" names a basis, no deed


_NOUN_WE = re.compile(r"\b(?:the|those|these)\s+(?:[\w-]+\s+){1,3}?(?:that\s+|which\s+)?(?:we|they)\s+(?:just\s+|recently\s+|already\s+)?$", re.I)
"""'the notes we issued in September', 'the communities we sold': a past verb that only names a thing, the statement's own
verb being another."""


def _main_past(s: str, end: int) -> re.Match[str] | None:
    """The first past verb before `end` that is not inside a clause naming a thing by what was done to it."""
    for m in PAST.finditer(s, 0, end):
        if not ("we " in s[max(0, m.start() - 8):m.start()] or "they " in s[max(0, m.start() - 10):m.start()]) or not _NOUN_WE.search(s, max(0, m.start() - 60), m.start()):
            return m
    return None


def revised_by_pronoun(s: str, q: Quantity) -> bool:
    """Is the figure the new level of an outlook the sentence names only by a pronoun ("We are narrowing that today to
    $2.50 billion to $2.58 billion")?"""
    return _REVISED_PRONOUN.search(s, max(0, q.start - 90), q.start) is not None


def open_range(q: Quantity, s: str, period: Period | None, ctx: Context) -> bool:
    """Is a range said without a past tense dated to a period the call has not closed (the rest of this year, a later
    year)? A result is one figure once the period is over; a range for a period still open is its outlook: "Fiscal 2027
    EPS of $3.10 to $3.25, which is up 4% to 9%" in a second-quarter call."""
    if q.low is None or period is None or period.ytd or ctx.role is Role.ANALYST or ctx.fiscal_quarter is None:
        return False
    if period_over(period, ctx) or TO_DATE.search(s) or _HISTORY.search(s):
        return False
    if not _DIGIT.search(q.text) and _UNDER_WAY.search(s, 0, q.start):
        return False  # "off to a solid start this year, delivering double-digit growth": the year so far, in words
    start, end = clause_bounds(s, q.start)
    if _HAVE_DONE_ED.search(s, start, q.start):
        return False  # "we have reduced costs to $76 million to $77 million": done so far
    if book_state(s, q, start):
        return False  # "our order book for the first half of 2027 is up low single digits": the book today
    if _WITH_PHRASE.search(s, max(0, start - 8), start + 1):
        start = 0  # "volumes were up 2%, with the care business up high single digits": the main clause's verb
    return not _past_verb(s[start:end])


_RATE_NOW = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:running|tracking|trending|opening|averaging|pacing)\b|"
                       r"\b(?:already|now|today|currently|cumulative(?:ly)?|seeing|got)\b|\b(?:contracted|hedged|locked|booked|signed|secured)\b|"
                       r"\b(?:bring|brings|bringing|take|takes|taking)\s+(?:[\w-]+\s+){0,5}?to\b|\bearl(?:y|ier)\s+this\s+year\b", re.I)
"""'build costs are running about $2.8 million a unit this year', '70% of the year is already contracted': a rate seen
now or a part secured, not the year's outlook; nor a running total ('which brings buybacks this year to ...'), a sum
'cumulative' to date, what 'we are seeing' or 'got', or what was done 'earlier this year'."""
_SHARE_OF_PLAN = re.compile(r"\s+of\s+(?:our|the)\s+(?:expected|planned|budgeted|targeted|full[-\s]year)\b", re.I)
_HELD_BEFORE = re.compile(r"\b(?:we|it|they)\s+(?:have|has)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+)?[$€£¥]?$", re.I)
_OTHER_YEAR_AFTER = re.compile(r"\b(?:19|20)\d\d\b")
_DONE_ED = re.compile(r"\b(?:we|I|they|it|he|she|has|have|had)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b|"
                      r"\b(?:has|have|had|['’]ve)\s+(?:[a-z]+ly\s+)?(?:been|risen|fallen|grown|done|made|put|taken|seen|spent|paid|sold|bought|built|won|brought|run|hit|kept|held)\b|"
                      r"\b(?:we|I|they)\s+(?:put|set|cut|spent|paid|sold|bought|built|won|made|took|saw|ran|kept|held|hit)\b", re.I)
"""'we shipped', 'we quietly closed', 'has produced': a deed told in the past, whatever its verb."""
_ED_BEFORE = re.compile(r"\b(?!(?:adjust|expect|estimat|project|anticipat|plan|budget|forecast|guid|target|combin|report|relat|impli|assum|need)\w*\b)"
                        r"[a-z]{3,}ed\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?[$€£¥]?$", re.I)
"""'our crews installed 31,000 meters': the verb right before the figure names the deed (not 'an expected 23%')."""
_NOT_TAKEN = re.compile(r"\b(?:not|n['’]t)\b", re.I)
_BASE_LEAD = re.compile(r"\b(?:against|from|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+|our\s+)?$", re.I)
_YEAR_AFTER = re.compile(rf"(?:\s+[\w-]+){{0,4}}?\s+(?:this\s+(?:{FISCAL}\s+)?year|for\s+the\s+(?:full\s+|whole\s+)?(?:{FISCAL}\s+)?year)\b(?!['’])", re.I)
_YEAR_SAID = re.compile(rf"\b(?:this\s+(?:{FISCAL}\s+)?year|(?:for|over)\s+the\s+(?:full\s+|whole\s+)?(?:{FISCAL}\s+)?year)\b(?!['’])", re.I)


def open_year_figure(q: Quantity, s: str, period: Period | None, ctx: Context, outlook: bool) -> bool:
    """Is one figure said to be this year's ("against about 210,000 tons this year" after next year's guide, "our tax
    rate is 23% for the year", "currency adds about 0.8 points for the full year") in a first- to third-quarter (or
    first-half) call, with no past or perfect verb in its clause? The year is not over, so its figure is what the company
    expects of it, as a range for an open period is (`open_range`), not a result; a base said so counts only beside an
    outlook or a goal (`outlook`: "a goal of $5 billion by 2030, up from about $3.1 billion this year")."""
    if (q.low is not None or period is None or ctx.role is Role.ANALYST or ctx.fiscal_year is None
            or period.quarter or period.half or period.ytd or period.fiscal_year != ctx.fiscal_year
            or not ctx.year_open):
        return False
    start, end = clause_bounds(s, q.start)
    if not ((after := _YEAR_AFTER.match(s, q.end)) and not CLAUSE_BREAK.search(s, q.end, after.end()) or _YEAR_SAID.search(s, start, q.start)):
        return False  # the year named in the figure's own clause
    if _BASE_LEAD.search(s, max(0, q.start - 30), q.start) and not outlook:
        return False
    if TO_DATE.search(s) or _HISTORY.search(s):
        return False
    if (_HAVE_DONE_ED.search(s, start, end) or _DONE_ED.search(s, start, end) or _ED_BEFORE.search(s, max(start, q.start - 40), q.start)
            or _past_verb(s[start:end]) or book_state(s, q, start)):
        return False
    if (_SHARE_OF_PLAN.match(s, q.end) or _HELD_BEFORE.search(s, max(start, q.start - 30), q.start)
            or any(int(y.group(0)) != ctx.fiscal_year for y in _OTHER_YEAR_AFTER.finditer(s, q.end, end))):
        return False  # "about 35% of the planned outlay for the year" (a part done), "we have 90 sites up for a rent
        # review" (held now), "$400 million falling due in May 2031" (a date of its own)
    # ("I would not take 38.9% as a run rate for the year": a figure said not to be the outlook)
    return _RATE_NOW.search(s, start, end) is None and not _NOT_TAKEN.search(s, start, q.start)


def authorization_size(q: Quantity, s: str) -> bool:
    """Is the figure the size of a repurchase authorization, granted or left ("the board authorized up to $500 million",
    "a new $300 million share repurchase program", "$120 million remaining under the authorization")? The grant is a deed
    of the call's quarter, whatever years the programme runs over or when it expires."""
    if _SPEND_BEFORE.search(s, max(0, q.start - 45), q.start):
        return False  # "we expect to fully use the remaining $291 million authorization": a plan to spend it
    return bool(_AUTHORIZED_BEFORE.search(s, max(0, q.start - 70), q.start) or _AUTHORIZATION_AFTER.match(s, q.end))


def declared_dividend(q: Quantity, s: str) -> bool:
    """Is the figure a dividend the board has just declared or raised ("the board raised the quarterly dividend by 9% to
    $0.47", "approved a 15% rise in the quarterly dividend", "approved our first-quarter dividend of $0.30")? The
    declaration is a deed of the call's quarter, whichever quarter the dividend is paid in; an intent to raise it
    ("we anticipate increasing the dividend by 5% a year") is not."""
    said = _DECLARED_BEFORE.search(s, max(0, q.start - 130), q.start)
    if said is None and _DIVIDEND_RAISE_AFTER.match(s, q.end):
        said = _DECLARING.search(s, max(0, q.start - 30), q.start)
    if said is None and " as " in s[q.end:q.end + 20] and AS_THE_DIVIDEND.match(s, q.end):
        said = _DECLARED_JUST_BEFORE.search(s, max(0, q.start - 30), q.start)  # "declared $0.40 a share as the base dividend"
    if said is None and any_in(s, _DECLARED_WORDS):
        # "the recently approved quarterly distribution, which will be paid early in 2027, comes to $0.42", "the dividend approved at
        # our April meeting, Ps. 1.80 per share, ...": the declaration named with the dividend, the amount after an aside
        said = _DECLARED_NAMED.search(s, max(0, q.start - 160), q.start)
    if said is None and any_in(s, _DECLARED_WORDS) and (after := _DECLARED_AFTER.match(s, q.end)):
        # "a $75 million dividend from the insurer to the holding company was declared in October": said after the amount
        return not _INTENT_WORD.search(s, q.end, after.end()) and not _INTENT_BEFORE.search(s, max(0, q.start - 60), q.start)
    return (said is not None and not _INTENT_BEFORE.search(s, max(0, said.start() - 40), said.start())
            # ("which will be paid in January" says when a declared dividend is paid, no intent)
            and not _INTENT_WORD.search(_PAID_WHEN.sub(" ", s[said.start():q.start]))  # "announced its intention to raise the dividend to $0.94"
            and not _OUTLOOK_NOUN.search(s, said.start(), q.start)  # "raised our year-end dividend forecast to JPY 48"
            and not _OVER_YEARS.search(s, said.start(), min(len(s), q.end + 25)))


def same_declaration(s: str, declared_end: int, q: Quantity) -> bool:
    """Is a later dividend figure of the sentence part of the declaration just read ("approved a regular dividend of $0.20
    plus a special dividend of $0.50 that will be paid on December 18", "approved a dividend of $0.66 for the first
    quarter, which represents a 10% increase", "..., bringing the total for the year to Ps. 3.60, 9% above last year's")?
    Not where the words between look ahead ("declared $0.25, and we expect to raise it to $0.28 next year")."""
    between = _PAID_WHEN.sub(" ", s[declared_end:q.start])
    return not (_INTENT_WORD.search(between) or _AHEAD_BETWEEN.search(between) or _OUTLOOK_NOUN.search(between))


def _outlook_list(s: str, last: int, start: int) -> bool:
    """Is the figure at `start` the next of a list of figures the recalled outlook at `last` names ("in line with our
    outlook of $3.2 billion and $2.6 billion")? A clause between the outlook and the list's first figure ("above the
    prior guidance, lifting margin to 18% and 23%") says what the figures are held against."""
    first = _DIGIT.search(s, last, start)
    return bool(first and _FIGURE_AND.search(s, last, start) and not _CLAUSE_ON.search(s, last, first.start()))


def _told_past(s: str, past: re.Match[str]) -> bool:
    """Is a past tense in the sentence a verb, not 'reported' naming a basis ("This comes to reported revenue of
    $2.6 billion to $2.7 billion": a range, where "our reported EPS of $0.56" is the quarter's)?"""
    return past.group(0).lower() != "reported" or _past_verb(s)


def _dated_reported(q: Quantity, cstart: int, future_at: tuple[int, ...], reported_at: tuple[int, ...]) -> bool:
    """Is the figure dated by a period already reported, with no period ahead between the two ("despite a 0.3 point drag
    in Q3" after "momentum going into Q4", "The third quarter tax rate of 20.3%")?"""
    for pos in reported_at:
        if q.end <= pos <= q.end + 40 and not any(q.end <= f < pos for f in future_at):
            return True
        if cstart <= pos < q.start and not any(pos < f < q.end + 40 for f in future_at):
            return True
    return False


def outlook_given(s: str, verbs: bool = False) -> bool:
    """Does a figure-free sentence give an outlook now ("Turning to our guidance for next year.", "We are raising our
    ranges as follows.", "We now expect the following."; with `verbs`, any "we expect ...")? Its figure-only sentences after it are that outlook; one that
    recalls an outlook ("in line with our guidance", "the outlook we gave in May"), denies one or says what was done
    gives none."""
    if not _OUTLOOK_NOUN.search(s) and not LIST_FOLLOWS.search(s) and not (verbs and _WE_EXPECT.search(s)):
        return False  # "We will discuss non-GAAP measures.": a cue, but no outlook named
    cues = kind_cues(s)
    if not any(k is FactKind.GUIDANCE for _, k in cues) or any(k in (FactKind.PRIOR_GUIDANCE, FactKind.ESTIMATE) for _, k in cues):
        return False
    if _NO_OUTLOOK.search(s):
        return False  # "we do not give quarterly guidance"
    return not any(m.group(0).lower() not in _REVISION_PAST for m in PAST.finditer(s))


def continues_outlook(text: str) -> bool:
    """In a one-sentence-a-line file, does a line go on with the outlook of the line before: a range or a midpoint said
    without a past tense ("Adjusted EPS of $1.10 to $1.20.", "EBITDA remains $2.1 billion to $2.3 billion."), or a
    sentence that points back to it ("This would represent growth of ...", "All of this takes us to ...")? A single
    figure with a verb of its own ("Liquidity stood at $3.8 billion") is read on its own."""
    if _NEXT_SENTENCE.search(text):
        return False  # a line of several sentences is a paragraph: its own first sentence sets its kind
    if _BACK_TO_OUTLOOK.match(text):
        return not _past_verb(text)
    return bool(_RANGE_SAID.search(text)) and not _past_verb(text)


def _past_verb(s: str) -> bool:
    """A past tense other than 'reported' naming a basis ("into reported revenue of ...")."""
    return any(m.group(0).lower() != "reported" or not _REPORTED_ADJ.search(s, max(0, m.start() - 12), m.end()) for m in PAST.finditer(s))


_AT_REPORT = re.compile(r"\b(?:with|on|at|alongside|during|in\s+conjunction\s+with|when\s+we\s+(?:report|release|announce))\s+(?:our\s+|the\s+)?$", re.I)
_REPORT_EVENT = re.compile(r"[-\s]+(?:and\s+full[-\s]year\s+)?(?:earnings\s+|conference\s+)?(?:results|earnings|call|report|release)\b", re.I)
""""We'll give 2027 guidance with our fourth-quarter results.": a quarter naming when an outlook is given, not what for."""


def announced_outlook(s: str, ctx: Context, st: State) -> None:
    """"We have revised our fiscal 2025 forecast upward." dates the outlook figures of the sentences after it; after a
    quarter's guide ("For the full year, our outlook goes up.") it also ends that quarter's period."""
    # an outlook given now ("Our ranges for 2025 move up as follows.") is the kind of the figure-only sentences after it
    if ctx.role is not Role.ANALYST and outlook_given(s):
        st.kind, st.announced = FactKind.GUIDANCE, True
    else:
        outlook_spent(st)
    # "the outlook we issued in March": a month says when an outlook was given, not the period it is for
    named = [c for c in P.find_cues(s) if c.rel not in ("year_ago", "prev_q", "this_q", "month") 
             and not (_REPORT_EVENT.match(s, c.end) and _AT_REPORT.search(s, max(0, c.start - 40), c.start))]
    if len(named) > 1:  # "to grow faster next year than it did this year": the year it is measured against is no outlook's
        named = [c for c in named if not comparison_cue(s, c)] or named
    named += P.month_quarters(s, ctx.fiscal_year, P.last_quarter_of(ctx.fiscal_quarter, ctx.fiscal_half), ctx.quarter_end, ctx.call_month)  # "the outlook for the December quarter"
    # "we expect visitation to stay below 2019 levels", "our 2027 outlook compares with 2026": a period the call has
    # closed is a base an outlook is held against, never the period it is for
    resolved = [P.resolve(c, ctx.fiscal_year, ctx.fiscal_quarter, True, ctx.fiscal_half) for c in named]
    ahead = [p for p in resolved if not period_over(p, ctx)]
    # ("That outlook leaves out the one-off credits of 2026": a closed year named beside the outlook of the year ahead
    # leaves that outlook in force)
    if resolved and (ahead or st.outlook is None or period_over(st.outlook, ctx)):
        st.outlook = (ahead or resolved)[-1]
        if st.future and st.outlook is not None:
            st.period = st.outlook
    elif (not named and st.announced and ctx.fiscal_year and ctx.year_open
          and _REVISED_NOW.search(s)):
        # "We are raising our guidance." with no period: a quarter's guide is given new each quarter, so the outlook
        # revised is the year's
        st.outlook = st.period = P.label(ctx.fiscal_year)
        st.future = True


_HOLDING_AFTER = re.compile(r"[^.;!?]{0,60}?[,;]?\s+and\s+(?:we\s+are|we're|we\s+remain|we)\s+(?:still\s+)?(?:holding|keeping|maintaining|reaffirming|"
                            r"reiterating|sticking\s+with|comfortable\s+with|hold|keep|maintain|reaffirm|reiterate)\s+(?:that|the|this|it|our)\b", re.I)
"""After an outlook recalled, the speaker keeps it: "..., and we are holding that range" (the outlook still in force)."""
_REVISED_NOW = re.compile(r"\b(?:rais|lift|increas|lower|reduc|cut|narrow|tighten|reaffirm|updat)\w*\s+(?:our|the)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:guidance|outlook|forecast|guide)\b", re.I)


def outlook_spent(st: State) -> None:
    """A sentence without figures that gives no outlook ends what an announced one heads: "Turning to our 2026 guidance.
    Let me start with some themes. ... our 12 brands above $1 billion" are not that outlook's figures."""
    if st.announced:
        st.kind, st.announced = None, False


_BACK_TO_OUTLOOK = re.compile(
    r"\W*(?:and\s+|so\s+)?(?:(?:all\s+together|altogether|together|in\s+total|combined|taken\s+together|putting\s+(?:it\s+|this\s+)?(?:all\s+)?together|overall),?\s+)?"
    r"(?:this|that|these|which|all(?:\s+of\s+(?:this|that|these))?|it)\s+(?:[\w-]+\s+){0,2}?(?:would|will|should|could|translates?|represents?|reflects?|"
    r"implies|equates?|brings?|includes?|assumes?|means|results?|resulting|takes?|puts?|gives?|yields?|increases?|gets?|leads?|leaves?|"
    r"represent|reflect|bring|include|take|put|give|yield|get|lead|leave)\b", re.I)
_NEXT_SENTENCE = re.compile(r"[.?!][\"”’)]?\s+[\"“(]?[A-Z]")
_RANGE_SAID = re.compile(r"\d\s*(?:%|percent|[a-z]+)?\s*(?:to|-|–)\s*(?:an?\s+(?:increase|decline|decrease)\s+of\s+|up\s+|down\s+)?[$€£¥]?\s*\d"
                         r"|\bbetween\s+(?:about\s+|approximately\s+)?[$€£¥]?\s*\d|\bmidpoints?\b", re.I)
_HAVE_DONE_ED = re.compile(r"\b(?:we|I)(?:'ve|\s+have)\s+(?:already\s+|now\s+|also\s+|just\s+)?(?!(?:expect|anticipat|assum|guid|plan|budget|forecast|project|target|estimat|rais|lower|narrow|updat|revis|reaffirm|maintain|signal|flagg|indicat|outlin|communicat|shar|provid|announc|committ|talk|discuss|mention|said)\w*\b)[a-z]{3,}ed\b|\b(?:thus|so)\s+far\b", re.I)
"""'So far we've booked $38 million of the charges' after an outlook: what is done, not the outlook's."""
_REPORTED_ADJ = re.compile(r"\b(?:into|the|our|its|their|a|on|of|total|to|in|and)\s+reported$", re.I)
LIST_FOLLOWS = re.compile(r"\b(?:the\s+following|as\s+follows)\b", re.I)
"""'We now expect the following.': a sentence that opens a list of figures, which may name no outlook word."""
_WE_EXPECT = re.compile(r"\bwe\s+(?:now\s+|still\s+|currently\s+|continue\s+to\s+)?(?:expect|anticipate|forecast|project)\b", re.I)
"""'We expect margins to keep improving.': in a one-sentence-a-line file, the outlook the next line's range may spell out."""
_OUTLOOK_NOUN = re.compile(r"\b(?:guidance|guide|outlook|forecasts?|projections?|expectations?|ranges?)\b", re.I)
_NO_OUTLOOK = re.compile(r"\b(?:not|never|nor|suspend\w*|withdr[ae]w\w*)\b|n't\b", re.I)
_REVISION_PAST = ("increased", "decreased")
"""'we increased our outlook for the year': a revision given now, not a past deed."""
_YOU_HAVE = re.compile(r"\byou(?:'ve|\s+have|\s+now\s+have|'re\s+sitting\s+on|\s+are\s+sitting\s+on|\s+ended\s+with)\b"
                       r"|\bwith\s+(?:almost|about|nearly|over|more\s+than|roughly)?\s*[$€£¥₹]\s?\d[^,.]{0,20}\bof\s+(?:cash|liquidity|net\s+cash)", re.I)
_NOW_AT = re.compile(r"\b(?:today|currently|right\s+now|at\s+present)\s*,?\s+(?:we\s+are|we're|it\s+is|it's|we\s+sit|we\s+stand)\s+(?:at\s+)?(?:about\s+|roughly\s+|around\s+)?$", re.I)
_AT_WE_ARE = re.compile(r"(?:,|\band|\bbut|\bso)\s+at\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?$", re.I)
_WE_ARE_AFTER = re.compile(r"\s*,?\s+(?:we\s+are|we're|we\s+sit|we\s+stand|we\s+remain|it\s+is|it's|that\s+is|that's)\b", re.I)
"""("..., and at 3.8 times we're in the middle of it": the level today, set against the goal said before it)"""
_NOW_STANDS = re.compile(r"\b(?:now\s+(?:stands|sits)|(?:stands|sits)\s+now"
                         r"|(?<!target\s)(?<!targets\s)(?<!goal\s)(?<!plan\s)(?<!outlook\s)(?<!guidance\s)(?<!range\s)(?<!model\s)(?<!framework\s)(?:is|are)\s+now)\s+(?:at\s+)?(?:about\s+|roughly\s+|around\s+|approximately\s+|over\s+|nearly\s+)?$", re.I)
_WE_NOW_HOLD = re.compile(r"(?:[,;]\s+(?:(?:and|but|so)\s+)?|\s+(?:and|but|so)\s+)(?:today\s*,?\s+)?we\s+(?:now|currently)\s+(?:own|have|hold|operate|run|employ|serve|control)\s+"
                          r"(?:about\s+|roughly\s+|around\s+|approximately\s+|over\s+|nearly\s+|more\s+than\s+)?$", re.I)
_LEVEL_NOW = re.compile(r"\b(?:(?:our|its)\s+now|(?:we\s+are|we're|it\s+is|it's|they\s+are)\s+now\s+at)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|over\s+|nearly\s+)?$", re.I)
"""A level said to stand now ("our now $1.9 billion of balances", "we are now at $22 billion"): today's, not the outlook's."""
_SO_FAR_BEFORE = re.compile(r"\b(?:year[-\s]to[-\s]date|YTD|so\s+far\s+this\s+year)\b|\b(?:we\s+are|we're)\s+now\s+at\b|\bour\s+now\b", re.I)
"""A figure of the year so far, or of where things now stand, before it in its clause: a cue after it ("..., we are well
on track to ...") is the next statement's."""
_WE_GUIDE_IT = re.compile(r"\s+(?:range\s+)?(?:that\s+)?(?:we|I)\s+(?:now\s+|still\s+|continue\s+to\s+)?(?:expect|anticipate|forecast|project|see)\b(?!\s+(?:it|this|that|them|to|the|a|an|our|will|would|should|could|may|might)\b)", re.I)
"""A figure that a relative clause says is expected ("the 25% to 26% we expect for the year"): the outlook itself."""
_UNNAMED = re.compile(r"(?:unknown|unidentified|unverified)\b")
"""A speaker id the parser gave a voice it could not name: it may be an analyst's."""
_HEDGE = re.compile(r"I\s+(?:think|believe|assume)\b", re.I)
_OUR_ESTIMATE = re.compile(r"\bour\s+(?:(?!analysts?\b|consensus\b|street\b)[\w'’-]+\s+){0,6}$", re.I)
_COMPANY_VOICE = re.compile(r"\b(?:we|we're|we've|we'd|our|us)\b|\bI\s+(?:think|believe)\s+(?:it's|it\s+is|this\s+is)\s+(?:worth|important|helpful|fair)\b", re.I)
_YOU = re.compile(r"\byou|\bconsensus\b|\bthe\s+street\b", re.I)
_OWN_PAST = re.compile(r"[^\d]*?" + PAST.pattern, re.I)
"""The figure's own verb, before any later figure: "the 26% you guys had", not "around 28% ..., above the 26% you had"."""
_PLAN_NOUN = re.compile(r"(?:capital|capex|spending|investment)\s+(?:plan|budget)\b", re.I)
"""A named programme ("our strategic investment plan"); a bare budget "had us with 150 stores" is an outlook recalled."""
_CONFIDENT_IN = re.compile(r"\b(?:confiden(?:ce|t)|optimism|optimistic|belief)\s+in\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?$", re.I)
_DONE_BECAUSE = re.compile(r"(?<!which\s)(?<!that\s)\b(?:we|the\s+board|I)\s+(?:also\s+)?(?:[a-z]{3,}ed|bought|paid|spent|sold|made|took|showed)\b", re.I)
_OUTLOOK_VERB = re.compile(r"\b(?:will|expect(?:s|ing)?|anticipat(?:e|es|ing)|plan\s+to|going\s+to|intend(?:s|ing)?|should|are\s+raising|now\s+see)\b", re.I)
"""Confidence in the outlook given as the reason for what was done ("reflecting our confidence in the outlook, we
raised the dividend"): the deed's figures are actuals, not the outlook's, unless the sentence also looks ahead with a
verb of its own ("given our confidence in the outlook, we now expect to buy back $300 million") or a modal."""
_SPAN_WORDS = ("within", "Within", "cycle", "years out", "once", "Once", "fter start")
_OVER_A_CYCLE = re.compile(r"\b(?:through|over|across)\s+(?:a|the)\s+(?:full\s+|whole\s+|business\s+|economic\s+)?cycle\b", re.I)
_SPAN_AHEAD = re.compile(
    r"\bwithin\s+(?:the\s+next\s+)?(?:two|three|four|five|2|3|4|5|a\s+couple\s+of|a\s+few)\s+years\b"
    r"|\b(?:through|over|across)\s+(?:a|the)\s+(?:full\s+|whole\s+|business\s+|economic\s+)?cycle\b"
    r"|\b(?:three|four|five|ten|3|4|5|10)\s+years\s+out\b"
    r"|\bonce\s+(?:it|they|that|this|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)(?:['’]s|['’]re|\s+is|\s+are|\s+has\s+been|\s+have\s+been)\s+"
    r"(?:fully\s+)?(?:complete|completed|finished|done|in\s+place|implemented|realized|ramped|operational)\b"
    r"|\bonce\s+(?:it|they|that|this|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)(?:['’]s|['’]re|\s+is|\s+are|\s+has\s+been|\s+have\s+been)\s+fully\s+(?:closed|integrated|consolidated|moved|transferred|migrated)\b"
    r"|\bonce\s+(?:it|they|that|this|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)(?:['’]s|['’]re|\s+is|\s+are|\s+reach(?:es)?|\s+gets?\s+to|\s+runs?)\s+(?:at\s+)?full\s+(?:run[-\s]+)?(?:rate|capacity|speed|production)\b"
    r"|\bonce\s+(?:it|they|that|this|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:(?:running|operating)\s+(?:at\s+)?)?full\b(?!\s+(?:year|quarter|month))"
    r"|\A\W*after\s+(?:the\s+|its\s+)?start[-\s]?up\s*,", re.I)
"""A span ahead that is no period of the call ("within two years", "through the cycle", "five years out", "once the
program is finished", "once the line is at full rate", "once the plant is full", "After start-up, ..."): an outlook said over it is a goal."""
def _bound_len(s: str, end: int) -> int:
    m = _OR_BETTER.match(s, end)
    return m.end() - end if m else 0


_OR_BETTER = re.compile(r"\s+or\s+(?:better|more|higher|above|greater|so)\b", re.I)
_RUN_RATE = re.compile(r"\b(?:annual(?:ized)?|run[-\s]rate|a\s+year|per\s+year|each\s+year)\b", re.I)
_OUR_PLAN = re.compile(r"\b(?:our|the|this\s+year's|the\s+year's)\s+(?:(?:operating|annual|financial|business)\s+)?(?:plan|budget)\s+(?:now\s+|still\s+|also\s+)?"
                       r"(?:has(?!\s+(?:already\s+|now\s+|also\s+)?(?:[a-z]+ed|been|made|done|grown|brought|given|won|seen)\b)|includes|assumes|contemplates|embeds|reflects|bakes\s+in|is\s+built\s+on)\b"
                       r"|\b(?:we(?:'ve|\s+have)\s+)?built\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:plan|budget)\s+(?:on|around)\b", re.I)
"""The year's plan or budget holding a figure ("Our plan has case growth nearer 3% for the year"): the outlook."""
_WISH_WORDS = ("manag", "want", "like", "comfortable", "aim", "olicy", "floor", "d stay", "d remain", "d keep", "t go ", "r go ",
               "intend to stay", "intend to remain", "intend to keep")
_AIMED_AFTER = re.compile(r"\s+we\s+(?:aim\s+(?:for|at)|target|manage\s+to|want\s+to\s+(?:be\s+at|run\s+at|stay\s+at))(?=\s*[,.;)]|\s*$|\s+(?:and|but|over\s+time)\b)", re.I)
"""A level, then the company's wish that names it its goal ("the roughly 3 times we aim for", "the 20% we target")."""
_RANGE_KEPT = re.compile(r"\s+range\s+(?:is\s+)?(?:what|where)\s+we\s+(?:manage|run|operate|aim|want|like)\b", re.I)
"""A band of multiples said before the wish that keeps it ('... times range is what we manage to')."""
_WISHED = re.compile(
    r"\b(?:manag(?:e|es|ing)\s+(?:it\s+|the\s+(?:company|bank|balance\s+sheet|business)\s+)?toward(?:s)?"
    r"|(?:we(?:'re|\s+are)|I(?:'m|\s+am)|(?:we|I)(?:'d|\s+would)\s+be)\s+(?:very\s+|quite\s+|still\s+|most\s+)?comfortable(?=\s+(?:between|below|under|above|around|at|in\s+the\s+range"
    r"|(?:with\s+|going\s+|taking\s+(?:it|leverage)\s+)(?:[\w-]+\s+){0,3}?(?:up\s+to|below|under|at\s+or\s+below)))"
    r"|(?:(?:we|I)(?:'d|\s+would)|intend\s+to|aim\s+to)\s+(?:stay|remain|keep\s+(?:it|leverage))\s+(?:below|under|within|at\s+or\s+below)"
    r"|we\s+want\s+(?:to\s+(?:keep|hold|maintain|stay|run|operate|be|get\s+(?:it|that)\s+to)|(?:it|that|this|them|the\s+[\w-]+)\s+to\s+(?:be|stay|reach|get\s+to)"
    r"|(?:[\w-]+\s+){1,3}?(?:below|under|above|at\s+or\s+below|around|between))"
    r"|(?:I|we)(?:'d|\s+would)\s+like\s+(?:it|that|this|them)\s+to\s+(?:be|get\s+to|reach)"
    r"|where\s+we\s+want\s+to\s+(?:run|operate|be|keep|hold)"
    r"|(?:our|the)\s+(?:[\w-]+\s+)?(?:aim|policy)\s+(?:stays|remains|is)(?!\s+to\b)"
    r"|(?:we|I)(?:['’]d|\s+would|\s+will|\s+could)?(?:n['’]t|\s+not|\s+never)\s+go\s+(?:above|over|beyond|past|below|under)"
    r"|\bis\s+a\s+floor)\b", re.I)
"""A goal said as a wish or a limit kept ("we continue to manage toward a CET1 ratio of 11.0% to 11.5%", "we are
comfortable between 1.6 and 2.1 times", "we'd be comfortable going up to 3 times", "we would stay under 2.5 times
leverage", "we want it to be 28% by the end of the plan", "where we want to run the
company, which is around 10%", "our policy remains a payout ratio of 60% to 65%"): a target."""
_SECURED_AFTER = re.compile(r"\s+(?:(?:of|on)\s+(?:[\w'-]+\s+){0,4}?)?(?:hedged|contracted|locked(?:\s+in)?|fixed|covered|committed|booked|"
                            r"sold\s+(?:forward|out)|pre-?sold|under\s+contract|spoken\s+for)\b", re.I)
"""'... 85% hedged', '90% contracted', '70% locked on commodities': how much of a period ahead is secured."""
_STATE_NOW = re.compile(r"\b(?:we(?:'re|\s+are)|it(?:'s|\s+is)|they(?:'re|\s+are)|is|are)\s+(?:now\s+|already\s+|currently\s+|today\s+)*"
                        r"(?:(?:about|approximately|roughly|around|over|nearly|more\s+than|close\s+to|almost|at)\s+)?$", re.I)
_BOOK_SUBJECT = re.compile(r"\b(?:order\s*book|on\s+the\s+books|backlog|bookings|reservations|pre-?orders|advance\s+orders)\b"
                           r"(?:(?!\b(?:will|would|should|could|expect\w*|anticipat\w*|to\s+be|going\s+to)\b)[^,;])*?"
                           r"\b(?:is|are)\s+(?:now\s+|already\s+|currently\s+)?(?:(?:up|down|ahead|behind)\s+(?:by\s+)?|at\s+)?"
                           r"(?:(?:about|approximately|roughly|around|over|nearly|more\s+than|close\s+to|almost|in\s+the)\s+)?$", re.I)
_AT_NOW = re.compile(r"\b(?:we(?:'re|\s+are))\s+(?:now\s+|already\s+|currently\s+)?at\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?$", re.I)
_BARE_QUARTER = re.compile(rf"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b(?!\s+(?:of\s+)?(?:{FISCAL}\s+|FY\s*)?(?:20\d\d|'\d\d))"
                           rf"|\b(?:Q[1-4]|[1-4]Q)\b(?!\s*(?:FY\s*|{FISCAL}\s+)?(?:20\d\d|'?\d\d)\b)", re.I)
_SECURED_WORD = re.compile(r"\b(?:hedged|contracted|locked\s+in|under\s+contract|booked|sold\s+forward)\b", re.I)


def revision_of(s: str, q: Quantity) -> str | None:
    """"old" for the figure a revision moves from, "new" for the one it moves to ("we increased our comparable sales
    outlook from a range of 1% to 3% to a range of 4% to 6%", "lifting our capex guidance from $1.1 billion to $1.2
    billion"), None for a figure of no such revision."""
    if _REVISION_FROM_AT.search(s, max(0, q.start - 160), q.start) and _THEN_TO.match(s, q.end):
        return "old"  # (with no figure after "to", "we lift the range from $11.20 to $11.50" names the new range)
    if " from " in s[max(0, q.start - 8):q.start] and _REVISED_TO_THEN_FROM.search(s, max(0, q.start - 220), q.start):
        return "old"  # "raising our target for the program to $500 million by the end of 2028, from $425 million": the figure left
    for m in _REVISION_FROM_ANY.finditer(s, max(0, q.start - 220), q.start):
        if _TO_NEW.fullmatch(s, m.end(), q.start):
            return "new goal" if m.group("noun").lower().startswith(("targeted", "goal")) else "new"
    return None


_REVISION_HEAD = (r"\b(?:rais|increas|lower|reduc|lift|narrow|updat|revis|mov|tighten|cut|trimm?|adjust|tak|bring|bump)\w*\s+(?:up\s+|down\s+)?(?:our|the|its)\s+"
                  r"(?:[\w'’.-]+\s+){0,8}?(?P<noun>guidance|guide|outlook|targets?|targeted(?:\s+[\w-]+){1,3}?|forecast|estimate|range|expectations?|goal)\s+"
                  r"(?:(?:for|of|on)\s+(?:[\w'’-]+\s+){0,4}?)?(?:upward\s+|downward\s+|up\s+|down\s+)?from\s+(?:a\s+range\s+of\s+|between\s+)?"
                  r"(?:about\s+|approximately\s+|roughly\s+|around\s+)?")
_THEN_TO = re.compile(r"\s*(?:per\s+share\s+)?,?\s*(?:(?:up|down|upward|downward)\s+)?(?:by\s+[^,;.]{1,30}?\s+)?to\s+(?:a\s+(?:revised\s+)?range\s+of\s+|between\s+)?"
                      r"(?:about\s+|approximately\s+|roughly\s+|around\s+|over\s+|greater\s+than\s+|more\s+than\s+)?[$€£¥]?\s?\d", re.I)
_REVISED_TO_THEN_FROM = re.compile(r"\b(?:rais|increas|lower|reduc|lift|narrow|updat|revis|mov|tighten|cut|trimm?|adjust|bump)\w*\s+(?:up\s+|down\s+)?(?:our|the|its)\s+"
                                   r"(?:[\w'’.-]+\s+){0,10}?(?:guidance|guide|outlook|targets?|forecast|estimate|range|expectations?|goal|plan|budget)\s+"
                                   r"(?:[^;.]{0,60}?\s)?to\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?[$€£¥]?\s?\d[^;]{0,60}?,\s+(?:up\s+|down\s+)?from\s+"
                                   r"(?:about\s+|approximately\s+|roughly\s+|around\s+|a\s+range\s+of\s+)?[$€£¥]?$", re.I)
"""A revision said new first, then the figure it moves from after a comma: that one is the outlook replaced."""
_REVISION_FROM_AT = OnLowered(re.compile(_REVISION_HEAD + "$", re.I))  # spans and truth only (see guard.OnLowered)
_REVISION_FROM_ANY = re.compile(_REVISION_HEAD + r"[$€£¥]?\s?\d[^;.]{0,60}?(?=\s+to\s)", re.I)
_TO_NEW = re.compile(r"\s+to\s+(?:a\s+range\s+of\s+|between\s+)?(?:about\s+|approximately\s+|roughly\s+|around\s+|over\s+|greater\s+than\s+|more\s+than\s+)?", re.I)


def recalled_after(s: str, q: Quantity) -> bool:
    """Is a comparison base of an outlook or a goal the one given before, by the words right after it ("up from the EUR
    300 million we announced in February", "from the $400 million we set when we launched the program", "against the $1.9
    billion we described when we announced the project", "versus $230 million to $260 million in July")?"""
    # (a range dated by the month it was given: "versus $230 million to $260 million in July"; not a level then, "an
    # improvement from 55% back in January")
    return _RECALLED_AFTER.match(s, q.end) is not None or (q.low is not None and _GIVEN_IN.match(s, q.end) is not None)


_MONTH_IT_WAS = re.compile(rf"[;,]\s*(?:and\s+|but\s+|while\s+)?(?:back\s+)?in\s+(?:{MONTH_ALT}),?\s+it\s+was\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
_WE_HAD_THEN = re.compile(r"\bwe\s+had\s+(?:(?P<verb>framed|guided|set|put|pegged|given|pencil(?:l)?ed\s+in)\s+(?:it\s+|that\s+|this\s+|them\s+)?(?:at\s+|to\s+|as\s+)?)?"
                          r"(?:about\s+|around\s+|roughly\s+|approximately\s+)?$", re.I)
_RECALLED_AFTER = re.compile(
    r"\s*(?:per\s+share\s+|(?-i:[a-z]+)\s+(?=(?:that\s+|which\s+)?(?:we|I)\s))?(?:,\s*)?(?:(?:that|which)\s+)?(?:we|I)\s+(?:first\s+|originally\s+|initially\s+|previously\s+)?(?:announced|gave|guided|provided|issued|set|"
    r"described|laid\s+out|framed|outlined|targeted|communicated|shared|put\s+out|had\s+(?:expected|guided|forecast|framed|targeted|set)"
    # "from the 220,000 tonnes we expected at the start of the year": an expectation dated to when it was given
    rf"|(?:expected|forecast|planned|projected|assumed|anticipated|budgeted)(?=\s+(?:at\s+the\s+(?:start|beginning)\s+of\s+the\s+year|back\s+in|in\s+(?:{MONTH_ALT})\b|last\s+(?:quarter|year)|(?:on|in)\s+our\s+(?:last|prior|previous)\s+call)))\b", re.I)
_GIVEN_IN = re.compile(
    rf"\s+(?:(?:back\s+)?in|at\s+the\s+start\s+of|at\s+the\s+beginning\s+of)\s+(?:{MONTH_ALT}|the\s+year)\b(?!\s*\d)(?=\s*(?:[,.;]|$|because|as|and|when))", re.I)


def just_reported(s: str, q: Quantity) -> bool:
    """Is the figure the one "we just posted / reported / did" (the quarter of the call), said beside an outlook?"""
    return _JUST_REPORTED.match(s, q.end) is not None


_JUST_REPORTED = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:that\s+)?(?:we|you)\s+just\s+(?:posted|reported|did|delivered|printed|put\s+up)\b", re.I)


_I_HAVE_IT_AT = re.compile(r"\bI(?:\s+(?:have|had|get|got|am|was)|['’]ve\s+got|['’]m)\s+(?:[\w'’-]+\s+){0,4}?(?:at|of|around|near|coming\s+in\s+at)\s+"
                           r"(?:about\s+|around\s+|roughly\s+|approximately\s+)?$")
_CHECKED = re.compile(r"[^.?!]{0,40}[;,]\s*(?:is|does|am|would|could|are)\s+(?:that|this|it|I|you)\b[^.?!]{0,80}\?", re.I)


def own_estimate(s: str, q: Quantity) -> bool:
    """Does an analyst give the figure as their own model or the Street's, also where it is held against a result ("well
    above the 41.9% I had", "I had about €630 million", "I had equipment sales down about 9%", "looks cautious against
    consensus at 4.5%")?"""
    return (" had" in s and bool(_I_HAD_AFTER.match(s, q.end) or _I_HAD_BEFORE.search(s, clause_bounds(s, q.start)[0], q.start))
            or "onsensus" in s and bool(_CONSENSUS_AT.search(s, max(0, q.start - 30), q.start)))


def expected_base(s: str, q: Quantity, cues: list[tuple[int, FactKind]]) -> FactKind | None:
    """The kind of a comparison base that a relative clause right after it says is expected: "up from the roughly $1.5
    billion we expect for 2026" (guidance), "against the 7% to 8% we expect over the long term" (target); None for a
    base that was done ("from the $2.1 billion we reported a year ago")."""
    if not _WE_GUIDE_IT.match(s, q.end):
        return None
    end = clause_bounds(s, q.end)[1]
    return FactKind.TARGET if any(q.end <= pos < end and k is FactKind.TARGET for pos, k in cues) else FactKind.GUIDANCE


def comparison_base_kind(kind: FactKind | None, s: str, q: Quantity, cues: list[tuple[int, FactKind]], ctx: Context,
                         replaces: bool = False) -> FactKind:
    """The kind of a figure a change is measured from, given the kind `kind_of` read for it. A base is a result ("grow 3%
    from $4.7 billion in 2024"), whatever outlook word the sentence holds, save where it is itself an outlook: the one a
    new outlook replaces (`replaces`, or said so right after it: "up from the EUR 300 million we announced in February"),
    the range a revision moves from, one a relative clause says is expected (`expected_base`), or an analyst's own model
    held against a result ("above the 41.9% I had"). Decided here once, so that the comparison step keeps what `kind_of`
    read of a recalled outlook rather than resetting it. A base of the year under way ("up from about $6 billion this
    year") is left to `open_year_figure`, once its period is known."""
    if replaces or kind in (FactKind.GUIDANCE, FactKind.TARGET, FactKind.PRIOR_GUIDANCE) and recalled_after(s, q):
        return FactKind.PRIOR_GUIDANCE
    if kind is FactKind.ACTUAL or kind is FactKind.PRIOR_GUIDANCE and revision_of(s, q) == "old":
        return kind
    return expected_base(s, q, cues) or (FactKind.ESTIMATE if ctx.role is Role.ANALYST and own_estimate(s, q) else FactKind.ACTUAL)


_SECURED = (r"(?:hedged|contracted|booked|fixed(?!\s+(?:in\s+nature|and\s+variable|or\s+variable|versus|vs\.?)\b)|covered|priced|locked\s+in|chartered|sold\s+forward|pre-?sold)"
            r"(?!\s+(?:rate|income|costs?|charges?|assets?|term|price|fee|payments?|expenses?)\b)(?![-\w])")
_SECURED_STATE = re.compile(r"\b(?:is|are|was|were|been|have|has|had|(?<=['’])ve)\s+(?:now\s+|already\s+|currently\s+|also\s+|so\s+far\s+)*" + _SECURED, re.I)
"""'are covered', 'was hedged', 'we have fixed', 'has been booked': a part of a period secured, said as a state or a deed done."""
_NP_WORDS = r"(?:\s+(?:[A-Za-z][\w'’-]*|(?:19|20)\d\d(?:['’]s)?))"
"""The words of a share's noun phrase ("of the fleet's 2027 days"): words and years, no other figure, no comma."""
_SHARE_THEN_SECURED = re.compile(r"(?:\s+of" + _NP_WORDS + r"{1,14}?)?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
                                 r"(?:now\s+|already\s+|currently\s+|also\s+)*" + _SECURED, re.I)
"""'18% of next year's days are covered', '45% of the revenue we expect for the fourth quarter was hedged': the share as subject."""
_HELD_SHARE_BEFORE = re.compile(r"(?:\b(?:we|you|they)(?:['’]ve|(?:\s+(?:already|now|still))?\s+(?:have|had))(?:\s+got)?|\bwith)\s+(?:already\s+|now\s+|still\s+)?"
                                r"(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|close\s+to\s+)?$", re.I)
_HELD_SHARE_AFTER = re.compile(r"(?:\s+of" + _NP_WORDS + r"{1,10}?)?\s+(?:already\s+)?" + _SECURED, re.I)
"""'we have about 55% of next year's needs covered', 'you already have 40% of the first half priced', 'with 60% of the
fourth quarter hedged': the share held, then the participle."""
_BOOKED_AT = re.compile(r"\b(?:bookings|fixtures|hedges|coverage)\s+(?:(?:is|are)\s+)?at\s+(?:an\s+average\s+(?:rate\s+)?of\s+)?"
                        r"(?:about\s+|roughly\s+|around\s+|approximately\s+)?$", re.I)
"""'with the fourth-quarter bookings at about $51,600 per day': the rate booked."""
_PER_UNIT_AFTER = re.compile(r"\s*(?:per|a|an|each)\s+[a-z]", re.I)
_HELD_SHARE_STATE = re.compile(r"(?:\b(?:we|you|they)(?:['’]ve|(?:\s+(?:already|now|still))?\s+(?:have|had))(?:\s+got)?|\bwith)\s+(?:already\s+|now\s+|still\s+)?"
                               r"(?:[a-z]+\s+){0,2}?\d[\d.]*%" + _HELD_SHARE_AFTER.pattern, re.I)
"""The whole of such a share held, whose participle the rate and the next items of its list follow."""


_GOAL_NAMED = re.compile(r"\b(?:polic(?:y|ies)|targets?|goals?|guid\w*|plans?|ranges?|aims?|ambitions?|budget\w*|outlook|consensus|estimates?)\b", re.I)
"""'..., in line with our policy of hedging 50% to 75%': a figure after the participle that a goal or outlook word names."""


_NEW_CLAUSE_WORD = re.compile(r"\b(?:we|I|you|they|it|he|she|can|could|may|might|must|think|believe|if|once|when|because)\b", re.I)
"""'Once the sites are fixed, we think the region can earn ...': a clause of its own after the participle."""


def secured_now(s: str, q: Quantity) -> bool:
    """Is the figure a part of a period ahead already secured, or the rate or price it is secured at, said as it stands
    today ("we have fixed 30% of our 2027 days at an average of $21,400 per day", "18% of next year's days are covered at
    $14,900", "45% of the revenue we expect for the fourth quarter was hedged", "you already have 40% of the first half
    priced", "with 60% of the fourth quarter hedged", "covered, at prices roughly 8% below this year's", and the next item of
    the same list, "..., and 30% for the first half of 2027")? An actual of the period it covers; not where a verb puts the
    securing ahead ("we expect to have 60% hedged", "we plan to fix another 20%", "will be covered")."""
    low = lowered(s)
    if low is not None and not any_in(low, ("hedg", "contract", "book", "fix", "cover", "pric", "lock", "charter", "sold")):
        return False
    cstart = clause_bounds(s, q.start)[0]
    if q.unit == "%" and (m := _SHARE_THEN_SECURED.match(s, q.end)) and not _looks_ahead(s, cstart, q.start):
        return not _looks_ahead(s, q.end, m.end()) or bool(re.search(r"\b(?:we|I)\s+(?:now\s+)?(?:expect|anticipate|forecast|plan)\b", s[q.end:m.end()], re.I))
    if q.unit == "%" and _HELD_SHARE_BEFORE.search(s, max(0, q.start - 40), q.start) and _HELD_SHARE_AFTER.match(s, q.end):
        return not _looks_ahead(s, max(0, cstart - 1), q.start)
    if (_BOOKED_AT.search(s, max(0, q.start - 60), q.start) and _PER_UNIT_AFTER.match(s, q.end) and not _looks_ahead(s, cstart, q.start)
            and not _GOAL_NAMED.search(s, cstart, q.start)):
        return True  # (a rate, not "consensus has net bookings at about $7.9 billion", the orders' amount)
    # after the participle, in the same statement with no verb of its own between: the rate it is secured at ("are
    # covered at $14,900", "covered, at prices roughly 8% below") and the next items of its list ("..., and 30% for the
    # first half of 2027", "and for the smaller ships 12% at $9,900")
    states = [m for m in _SECURED_STATE.finditer(s, 0, q.start)] + [m for m in _HELD_SHARE_STATE.finditer(s, 0, q.start)]
    if not states:
        return False
    last = max(states, key=lambda m: m.end())
    stretch = s[last.end():q.start]
    if (len(stretch) > 150 or ";" in stretch or _looks_ahead(s, last.end(), q.start) or tensed(stretch) or _GOAL_NAMED.search(stretch)
            or _NEW_CLAUSE_WORD.search(stretch)):
        return False
    return not _looks_ahead(s, clause_bounds(s, last.start())[0], last.start())




def book_state(s: str, q: Quantity, cstart: int) -> bool:
    """Does the figure say how much of a period ahead is secured today: "for 2027 we're about 85% hedged", "our order book
    for the first half is up 3%", "rates on the books for next year are up low single digits", "about 80% of 2027 is
    already contracted, and for 2028 we're at roughly 45%"? A state reached now is an actual of the period it covers (not
    "we expect to be about 60% hedged", nor "we plan to hedge about half")."""
    if _looks_ahead(s, cstart, q.start) or _BARE_QUARTER.search(s):
        return False  # ("backlog for the fourth quarter is down 20%": a quarter without its year is read as the last one past)
    before = max(0, q.start - 40)
    if _STATE_NOW.search(s, before, q.start) and _SECURED_AFTER.match(s, q.end):
        return True
    if any_in(s.lower(), ("book", "backlog", "reservation", "orders")) and _BOOK_SUBJECT.search(s, cstart, q.start):
        return True
    return bool(_AT_NOW.search(s, before, q.start) and _SECURED_WORD.search(s, 0, q.start))


def _looks_ahead(s: str, start: int, end: int) -> re.Match[str] | None:
    """The first verb or modal between `start` and `end` that puts a clause ahead ("expect to", "will", "'ll")."""
    ahead = [m for m in (_OUTLOOK_VERB.search(s, start, end), _AHEAD_VERB.search(s, start, end)) if m]
    return min(ahead, key=lambda m: m.start()) if ahead else None


_AND_CLAUSE = re.compile(r"(?:,\s+and|;)\s+(?:the|those|these|we|our|it|they)\b", re.I)
"""A later clause with a subject of its own, joined after the figure ("..., and the ones that matured ...")."""
_EFFECT_PAST = re.compile(r"\b(?:resulted|caused|drove|led|weighed|hurt|helped|benefit(?:t)?ed)\b", re.I)
_THIRD_PARTY = re.compile(
    r"\b(?:people|(?:industry\s+|sell[-\s]side\s+|market\s+)?(?:analysts|economists|forecasters|observers|consultants|pundits)|third[-\s]part(?:y|ies)|"
    r"industry\s+(?:forecasts?|data|sources|reports?)|market\s+(?:forecasts?|research(?:ers)?)|"
    r"IHS(?:\s+Markit)?|Gartner|IDC|Forrester|Wood\s+Mackenzie|BloombergNEF|(?:the\s+)?(?:IMF|IEA|EIA|OPEC)|(?:industry|trade)\s+associations?|(?<![Oo]ur\s)(?<![Ii]n\s)the\s+industry)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:are|is|were|still|now|also)?\s*(?:saying|say|says|forecast(?:s|ing)?|project(?:s|ing)?|predict(?:s|ing)?|expect(?:s|ing)?|estimat(?:e|es|ing)|call(?:s|ing)?\s+for|sees)\b"
    , re.I)
"""A market forecast someone else makes ("people in the industry are saying", "forecasters expect", "IHS predicts"): an
estimate, not the company's outlook."""
_THIRD_PARTY_WORDS = ("market", "industry", "analyst", "people", "third", "economist", "forecaster", "observer", "consultant", "pundit",
                      "association", "ihs", "gartner", "idc", "forrester", "wood", "bloombergnef", "imf", "iea", "eia", "opec")
"""The other party _THIRD_PARTY names, one of which each of its matches holds (its own gate tests the verbs)."""


@lru_cache(maxsize=8)  # asked for each figure of the sentence
def _third_party_named(s: str) -> bool:
    low = lowered(s)
    return low is None or any_in(low, _THIRD_PARTY_WORDS)


_CUSTOMER_WORDS = ("ustomers", "lients", "OEMs", "perators", "ealers", "etailers", "yperscalers")
_CUSTOMERS_SAY = re.compile(
    r"\b(?:(?:our|the|many|most|some)\s+)?(?:(?:largest|biggest|big|key|major|top)\s+)?(?:customers|clients|OEMs|operators|dealers|retailers|hyperscalers)\s+"
    r"(?:are\s+|have\s+)?(?:telling\s+us|tell\s+us|told\s+us|saying|indicat(?:e|ing|ed)|guid(?:e|ing)|budget(?:ing)?|forecast(?:ing)?|project(?:ing)?)\b", re.I)
"""'Our customers tell us calendar 2027 spending should be up mid-single digits': the customers' outlook, said by
management, is an estimate like a research firm's (not 'our customers tell us today that they want 35 systems')."""
_OTHERS_FORECASTS = re.compile(r"\b(?:economic|industry|market|external|outside|third[-\s]party|average|consensus|recent|leading)\s+"
                               r"(?:economic\s+|industry\s+|market\s+)?(?:forecasts|projections|estimates|(?<=industry\s)forecast(?=\s+(?:calls|is|for)\b))\b"
                               r"|(?<!our\s)\bcurrent\s+(?:forecasts|projections)\s+(?:for|call|calls|remain|show)\b"
                               r"|\b(?:industry|trade)\s+association(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:forecast|projection|outlook)\b", re.I)
"""'Recent economic forecasts for 2026 originations range from ...', 'average forecasts for 2027 ... remain at': the
forecasts as a subject are others' (the company's own are 'our forecast', 'the outlook')."""
_ACCORDING_LATER = re.compile(r"[^.;%$€£]{0,40}?,?\s+according\s+to\s+(?!(?:our|us|me|management|the\s+company|company)\b)", re.I)
"""'... to reach $14 billion by 2028, according to IDC': the figure is the source's."""
_GOES_ON_WORDS = ("It ", "it ", "They ", "they ", "xpected", "rojected", "orecast", "stimated", "redicted")
_OTHERS_GO_ON = re.compile(r"^\W*(?:(?:and|so|also|but)\s*,?\s+)?(?:it|they)\s+(?:also\s+|now\s+|still\s+)?(?:sees?|expects?|forecasts?|projects?|predicts?|"
                           r"estimates?|calls?\s+for)\b|\b(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:expected|projected|forecast(?:ed)?|estimated|predicted)\s+to\b", re.I)
_OURS = re.compile(r"\b(?:we|our|us|I)\b", re.I)
_WE_SUBJECT = re.compile(r"\b(?:we|I)\b(?!'d\s+say)", re.I)
_ASIDE_THEN_AHEAD = re.compile(r",\s+(?:will|would|should|could|is\s+expected|are\s+expected|is\s+going\s+to|are\s+going\s+to)\b", re.I)
_PERFECT = re.compile(r"\b(?:we|I|they|it|that|this)(?:['’]ve|\s+have|\s+has)\s+(?:(?:also|already|now|just|consistently)\s+)?"
                      r"(?:seen|been|had|done|made|grown|won|gained|built|signed|shipped|opened|enjoyed|posted)\b", re.I)
"""'we've now had two straight quarters of double-digit sales growth, with a pickup from Q4 into Q1': the perfect before the figure, in
its own stretch of the sentence, is a past tense ('the programs we've won ..., we do see ... 6%' is not the figure's)."""
_AHEAD_VERB = re.compile(r"\b(?:will|won't|would|going\s+to|should|could|might|may)\b|'ll\b", re.I)
"""A modal that puts a clause ahead ("is already contracted, and will ..."): a deed done is no longer the reading."""
_RESTATED_AS = re.compile(r"\b(?:excluding|ex-|without|adjust(?:ed|ing)\s+for|(?:on\s+an?\s+)?(?:like[-\s]for[-\s]like|pro[-\s]forma|constant[-\s]currency|comparable)\s+basis|"
                          r"in\s+constant\s+currency|had\s+it\s+not\s+been|if\s+(?:we|you)\s+(?:exclude|strip\s+out|take\s+out|back\s+out|adjust\s+for))", re.I)
"""'Excluding the gain, ... would be': what a reported figure comes to on another footing, not an outlook."""
_NEED_WORDS = ("has to", "have to", "need", "must")
_NEEDS_TO_GROW = re.compile(r"\b(?:has|have|needs?|must)\s+(?:to\s+)?(?:keep\s+|continue\s+to\s+)?(?:grow(?:ing)?|ris(?:e|ing)|increas(?:e|ing)|"
                            r"expand(?:ing)?|improv(?:e|ing)|reach|get\s+to|hit)\b[^.;:]*$", re.I)
_CAN_GROW = re.compile(r"\b(?:we|I)\s+(?:think|believe|are\s+confident|feel)\s+(?:that\s+)?we\s+can\s+(?:add|grow|expand|improve|increase|deliver|compound|lift|raise)\b", re.I)
_PER_YEAR = re.compile(r"\b(?:a|per|each|every)\s+year\b|\bannually\b|\bover\s+time\b", re.I)
_BELIEF_WORDS = ("think", "believe", "confident", "feel")
_BELIEF_CAN = re.compile(r"\b(?:we|I)\s+(?:still\s+|really\s+|firmly\s+|do\s+)?(?:think|believe|are\s+confident|feel)\s+(?:that\s+)?"
                         r"(?:it|we|this|that|they|(?:(?:the|our|this|that|its)\s+)?(?:[\w'’-]+\s+){0,3}?[\w-]+)\s+(?:(?:can|could)\s+"
                         r"(?:(?:still|easily|eventually|ultimately|comfortably|get\s+back\s+to|then)\s+)?"
                         r"(?:settle|reach|get|be|earn|run|sit|stay|hold|return|move|climb|rise|grow|come\s+down|fall|drop|land|approach|exceed|top|achieve|deliver|generate|produce)\b"
                         r"|(?:eventually\s+|ultimately\s+|then\s+)?(?:settles|falls|comes\s+down|drops|declines|gets|climbs|rises|moves|trends)\s+(?:back\s+)?(?:to|at|into|toward|towards)\b)", re.I)
"""'we think it can settle', 'we believe the business could earn', 'we think it falls to': a level the company believes within
reach."""
_WITH_HELD = re.compile(r"\bwith\b[^,.;]{0,80}\b(?:held|kept|capped)\s+(?:to|at|below|under)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
_AND_THEN = re.compile(r"\band\s+$", re.I)
_WE_CAN = re.compile(r"(?:,\s+)?(?:and\s+|so\s+)?(?:we|I)\s+(?:(?:think|believe|are\s+confident|feel)\s+(?:that\s+)?(?:we|it)\s+)?can\b", re.I)
_HELD_AGAINST = re.compile(r"\b(?:below|above|under|over|than|versus|vs\.?|against|from|compared\s+(?:to|with)|relative\s+to)\s+(?:the\s+|our\s+)?$", re.I)
_ON_TOP_OF_IT = re.compile(r"\W*(?:[^.;:?!\d]{0,40}?--\s*)?(?:(?:and|but|so)\s+)?on\s+top\s+of\s+(?:that|this|it)\b", re.I)
"""'On top of that is ...' opening a sentence, also after a start broken off ('That covers roughly -- on top of that comes')."""
_ASKS_AHEAD = re.compile(r",\s+(?:(?:and|so)\s+)?(?:do|does|will|would|should|could|can)\s+(?:you|we|it|that|this|they)\b", re.I)
_LIKELY_CAUSE = re.compile(r"likely\s+(?:(?:a|an|the|one)\s+)?(?:(?:direct|natural|partial)\s+)?(?:reactions?|results?|reflections?|consequences?|"
                           r"responses?|signs?|because|due|owing|reflecting|driven|tied|linked|caused)\b", re.I)
_WE_SEE = re.compile(r"(?:we\s+(?:now\s+|still\s+|now\s+also\s+|also\s+now\s+)?see|sees)\b", re.I)
_MARKET_SEEN = re.compile(r"(?:we\s+(?:now\s+|still\s+)?see|sees)\s+(?:private[-\s]market\s+|market\s+|recent\s+|comparable\s+)?(?:trades|deals|transactions|"
                          r"assets|properties|cap(?:italization)?\s+rates)\s+(?:(?:trading|clearing|pric(?:ed|ing)|done|getting\s+done|being\s+done)\s+)?"
                          r"(?:at|between|around|in\s+the\s+(?:range|area)\s+of|in\s+the\s+(?:low|mid|high))\b", re.I)
"""A market level the speaker sees ("we see cap rates in the mid 5s", "we see deals trading at 12 times"), not an outlook."""
_YOU_DID = re.compile(r"\byou(?:\s+guys|\s+all)?\s+(?:have\s+|'ve\s+)?(?:just\s+)?(?:did|reported|generated|delivered|put\s+up|posted|won|"
                      r"added|ended|came\s+in|printed|grew|booked|shipped|achieved|returned|repurchased|bought\s+back|spent|invested|paid|opened|acquired|sold|earned)\b", re.I)
"""An analyst saying what the company did: the figure reported, not the analyst's estimate."""
_ASIDE = re.compile(r"\s*(?:which|that|who|as|when|where)\b", re.I)
"""', which was set in 2023,': an aside about the goal, not a new statement of what was done."""
_HAVE_NOW = re.compile(r"\s*(?:still\s+|now\s+|also\s+)?(?:have|has|had|hold|holds|sit|sits|stand|stands|are|is|was|were)\b", re.I)
"""', and we have room under ...' after a goal: a new statement of where things stand."""
_HAVE_BEFORE = re.compile(r"\b(?:we|we've|we\s+now|we\s+already)\s+(?:have|had)\s+(?:already\s+)?(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)
_HAVE_DONE = re.compile(r"\bwe(?:'ve|\s+have)\s+(?:already\s+|now\s+)?(?:fixed|booked|hedged|contracted|secured|locked\s+in|sold|covered|placed|priced|chartered)\s+"
                        r"(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)
_LIST_ITEM = re.compile(r",\s+(?=(?:[\w-]+\s+){1,5}?of\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?$)", re.I)
"""', non-GAAP operating margin expansion of about ...' after a recalled range: the next item of the outlook's list."""
_DONE_OF = re.compile(r"\s+of\s+(?:[\w'-]+\s+){1,6}?(?:contracted|hedged|sold|locked\s+in|committed|booked|priced|covered|secured|placed)\b", re.I)
"""'we have about 60% of the basket contracted': how much is done of something ahead, said today."""
_OWN_AFTER = re.compile(r"\s+(?:(?:I|we)\s+(?:had|have|put|get)\s+)?(?:in\s+|on\s+)?", re.I)
"""'the 19.9% I had in my model', 'the 19.9% in my model': the analyst's own figure named right after it."""
_DERIVED = re.compile(r"\b(?:implies|implied|suggests|means|works\s+out)\b", re.I)
"""'The new guidance implies a second half growth of about 1%': the analyst's arithmetic on the guide, not the guide."""
_I_HAD_AFTER = re.compile(r"\s+(?:that\s+)?I\s+had(?:\s+(?:in\s+my\s+model|modell?ed|penciled\s+in|pencilled\s+in))?(?=\s*(?:[,.;:?!)]|$)|\s+(?:for|in|and|so|but)\b)", re.I)
_I_HAD_BEFORE = re.compile(r"\bI\s+had\s+(?!(?:a|an|one|two|some|the\s+(?:question|follow))\b)(?:(?!you\b)[\w'-]+\s+){0,4}?"
                           r"(?:(?:down|up|at|around|about|roughly|closer\s+to|nearer(?:\s+to)?|more\s+like|something\s+like|growing|declining|falling|rising)\s+)*$", re.I)
"""The analyst's own model said with 'I had' ("the 41.9% I had", "I had about €630 million", "I had equipment sales down
about 9% in the first quarter"); 'I had you at' is a cue of its own."""
_YOU_SAYING = re.compile(r"\byou(?:'re|\s+are)\s+(?:now\s+)?(?:saying|guiding(?:\s+to)?|calling\s+for|pointing\s+to)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
_CONSENSUS_AT = re.compile(r"\bconsensus\s+(?:at|of|is\s+at|is)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
_YOU_STAND_AT = re.compile(r"\byou(?:'re|\s+are)\s+(?:now\s+|already\s+|currently\s+)?(?:at|sitting\s+at|running\s+at)\b", re.I)
_YOUR_MIDPOINT = re.compile(r"\b(?:your|the)\s+(?:(?!(?:street|consensus|my|own)\b)[\w-]+\s+){1,4}?mid-?point\b", re.I)
"""'your fourth-quarter revenue midpoint': the company's guided midpoint, named by an analyst."""
_AND_YOU_SAID = re.compile(r"\b(?:and|but|while|whereas)\s+you(?:'ve)?\s+(?:said|guided|indicated|are\s+guiding|have\s+guided)\b", re.I)
"""', and you said about 7%' after the Street's figure: the company's guide set beside the estimate."""
_YOU_ARE_AT = re.compile(r"\byou(?:'re|\s+are)\s+(?:now\s+|already\s+)?(?:at|sitting\s+at|running\s+at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)
_CITED_GUIDE = re.compile(r"\b(?:your|the)\s+(?:(?!(?:street|street's|consensus|my|our)\b)[\w-]+\s+){0,4}?(?:guidance|guide|outlook)\b", re.I)
"""An analyst naming the company's outlook ("the fourth-quarter revenue guide of ..."): the figure is that guidance."""
_JUDGED = re.compile(r"[^,.;?]{0,40}?\b(?:is|was|are|were)\s+(?:a\s+|an\s+)?(?:(?:really|very|pretty|quite|still|also|clearly)\s+)?"
                     r"(?:big|large|huge|strong|impressive|great|nice|solid|good|healthy|remarkable|encouraging|sizable|meaningful|"
                     r"slower|faster|weaker|stronger)\b", re.I)
"""An analyst weighing a figure ("... is a big number", "... is slower than bookings"): the figure reported, not their own."""
_YOU_SAID = re.compile(r"you(?:'ve)?\s+(?:said|mentioned|talked)", re.I)
_LONG_VIEW_AFTER = re.compile(r"[^.;]*[;,]\s*(?:and\s+)?(?:that|this|which)(?:['’]s|\s+is|\s+remains)\s+(?:our|the)\s+(?:long(?:er)?|medium|mid)[-\s](?:term|run)\s+"
                              r"(?:view|goal|ambition|aspiration|target|expectation|outlook|algorithm|framework|model)\b", re.I)
_LONG_LEAD = re.compile(r"\W*(?:(?:and|but|so|now)\s+)?(?:over\s+the\s+|in\s+the\s+)?(?:long(?:er)?|medium|mid)[-\s](?:term|run)\s*,", re.I)
"""'Over the long term, ...' leading a sentence: every outlook in it is a long-term goal."""
_MAIN_CLAUSE = re.compile(r",\s+(?:we|I|it|the\s+company|management)\s+(?!expect|think|believe|hope)\w+", re.I)
"""', we get to ...' after a leading 'With ...' phrase: the main clause, whose cue governs the phrase's figures."""
_WE_DID = re.compile(r"\W*(?:(?:and|so|then|but)\s+)?(?:(?:in|during|last|earlier|after|over|at)\b[^,;]{0,30}?,?\s+)?(?:we|I)\s+(?:also\s+|just\s+|recently\s+|successfully\s+)?(?!(?:expect|anticipat|project|plan|guid|forecast|target|budget|"
                     r"assum|intend|estimat|need|exceed|succeed|proceed|indeed|rais|lower|increas|reduc|narrow|updat|revis|reaffirm|"
                     r"maintain|adjust|trim|tighten|lift|boost)\w*\b)[a-z]{3,}ed\b", re.I)
"""'In October we refinanced', 'we issued' leading a statement: a deed in the past tense, which the closed list of past
verbs does not hold ("the factors I just covered" inside a clause is no such statement; "we lowered our 2027 capex to
..." revises a plan)."""
_DONE_ALREADY = re.compile(r"\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?already\s+(?:\w+ed|sold|done|in\s+place|spoken\s+for|locked\s+in|under\s+contract)\b", re.I)
_LOOK_AT = re.compile(r"\s+(?:I|you|we)\s+(?:look|looked)\s+at\b", re.I)
"""'if I look at fiscal 2025, you did ...': a pointer, not a what-if."""

_WE_HAD_AFTER = re.compile(r"\s+(?:(?!(?:than|as|like|what|and|or|but|more|less|above|below|over|versus)\b)(?-i:[a-z][\w-]*)\s+){0,2}?(?:(?:that|which)\s+)?(?:(?:we|I)\s+(?:just\s+|already\s+|actually\s+)?(?:had|did|reported|delivered|posted|generated|saw|achieved|recorded|booked|earned|made|opened|reached|completed)\b"
                           r"(?!\s+(?:planned|expected|anticipated|guided|targeted|forecast|budgeted|projected|assumed|hoped|thought|talked|said|indicated))"
                           r"|(?:achieved|reached|delivered|reported|posted|recorded|opened|completed)\s+(?:in|during|last|at\s+the\s+end\s+of)\b)", re.I)
"""'against the $96 million we had in Q2', 'beyond the 410 schools achieved in fiscal 2024', 'the 1,200 stores we opened in
2024': the figure's own verb, in the past."""
_DIGIT = re.compile(r"\d")
_ITEM_SUBJECT = re.compile(r"\s*(?:and\s+|but\s+)?(?:we|I|they|it)\b", re.I)
"""'; and we have approval for ...': a statement of its own, not the next item of a list."""
_LIST_CUE = re.compile(r"(?:expect|anticipat|forecast|project|guid|outlook|see|plan|assum|estimat|budget)", re.I)
"""'we now expect the following: ...', not 'please bear these items in mind: ...'."""
_FIGURE_AND = re.compile(r"\d\s*(?:%|[a-z]+)?\s*,?\s+(?:and|or)\s+(?:about\s+|approximately\s+)?[$€£¥]?\s*$", re.I)
_CLAUSE_ON = re.compile(r",|\band\b|\bwhile\b|;")
_HIGHER_THAN = re.compile(r"\b(?:higher|lower|greater|smaller|larger)\s+than\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+)?$", re.I)
_HIGHER_THAN_AT = re.compile(r"(?:higher|lower|greater|smaller|larger)\s+than\b", re.I)
_RESULT_AT = re.compile(r"(?:[\w&'-]+\s+){0,3}?(?:guidance|guide|outlook|plan|forecast|expectations?|budget)\s*,?\s+(?:with\b|at\s+(?:about\s+|approximately\s+|roughly\s+)?$)", re.I)
""""landed slightly above guidance, with R&D at EUR 318 million", "ended below our guidance at $410 million": the
result, said after the plan it is held against."""
_BACK_THEN = re.compile(r"\b(?:back\s+in|at\s+the\s+(?:start|beginning)\s+of|earlier\s+this\s+year|last\s+(?:quarter|call|year)|originally|initially|"
                        rf"in\s+(?:{MONTH_ALT})|at\s+(?:the\s+|your\s+|our\s+)?(?:investor|analyst|capital\s+markets?)\s+day)\b", re.I)
_INTRO = re.compile(r"\W*(?:(?:now|so|and|next|finally|lastly|also|okay|ok)\s*,?\s+)?(?:(?:looking|turning|moving|switching|shifting|coming|going)\s+(?:now\s+)?(?:on\s+)?(?:at|to)"
                    r"|let\s+me\s+(?:now\s+)?(?:turn|move)\s+to|regarding|as\s+(?:for|to)|with\s+respect\s+to|in\s+terms\s+of|on)\s[^,;.:]{0,80},\s", re.I)
"""A lead that names the topics ahead ("Looking at other results and guidance, ..."): its outlook word is no cue of the clause after it."""
_YOU_GUIDED = re.compile(r"\byou(?:'ve|\s+had)?\s+(?:first\s+|originally\s+|initially\s+)?(?:guided|said|framed|set|gave|provided|laid\s+out|talked\s+about|put\s+out)\b", re.I)
_BACK_REF = re.compile(r"\b(?:that|those|this|these)\s+$", re.I)
"""'we can unpack that 8% comp', 'those 90 basis points': a figure already given, not an answer about the outlook."""
_BY_MY = re.compile(r"\bby\s+my\s+(?:math|numbers|calculations?|model)\b", re.I)
_COMMA_WE = re.compile(r",\s+(?:and\s+)?(?:we|I)\s+(?:would|will|now|also|still|currently|continue|expect|anticipate|see|believe|think|plan)\b", re.I)
"""', we would expect ...' after a figure: a new statement (a comma splice) whose cue is not the figure's."""
_THIS_YEAR = re.compile(rf"\b(?:for\s+the\s+(?:full|{FISCAL}|whole)\s+year|this\s+(?:{FISCAL}\s+)?year|for\s+the\s+year|full[-\s]year(?=\s+(?:[\w-]+\s+){{0,3}}?(?:goal|target)))\b", re.I)
_LATER_YEAR = re.compile(rf"\b(?:by|through|in)\s+(?:(?:{FISCAL}|FY)\s*)?(?:20\d\d|'\d\d)\b|\b(?:long|medium|mid)[-\s]term\b|\bover\s+(?:the\s+)?next\b", re.I)
_YOUR_GOAL = re.compile(r"\byour\s+(?:[\w-]+\s+){0,3}?(?:long(?:er)?[-\s]term|mid[-\s]?term|medium[-\s]term|long[-\s]run)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:model|targets?|goals?|framework|algorithm|aspirations?)\b(?:(?!\b(?:I\s+had|my|we|consensus)\b)[^.;?])*$", re.I)
_GOAL_STILL = re.compile(r"\b(?:is|are)\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:goals?|targets?|aims?|ambitions?)\s+still\b"
                         r"(?:(?!\b(?:I\s+had|my|we|consensus)\b)[^.;?])*$", re.I)
"""An analyst asking whether the company's goal still holds ("is the goal still a fill rate in the mid-80s?")."""
_TARGET_OF = re.compile(r"(?:target|goal)s?\s+(?:of|for)\b", re.I)
_LONG_BEFORE = re.compile(r"\b(?:long|longer|medium|mid|multi)[-\s](?:term|year)\s+$", re.I)
_WITH_PHRASE = re.compile(r",\s+(?:and\s+)?with\s", re.I)
_HISTORY = re.compile(rf"\b(?:historically|in\s+the\s+past|since(?!\s+(?:{FISCAL}\s+)?(?:19|20)\d\d)|thus\s+far|have\s+(?:been|ranged)|has\s+(?:been|ranged)|ranging\s+from|(?:in\s+)?(?:each|every)\s+(?:single\s+)?year|"
                      r"analysts?|consensus|the\s+street|FactSet)\b", re.I)
"""A range of what years have done ("our annual sales have been between ...") or of what others expect: no outlook of ours."""
_AUTHORIZED_BEFORE = re.compile(
    r"\b(?:authori[sz](?:ed|es)|approved|renewed)\s+(?:(?:the\s+company|us|management)\s+to\s+(?:re)?purchase\s+|(?:a|an|the|its|our)\s+(?:new\s+|additional\s+|further\s+)?"
    r"(?:(?:share|stock|common\s+stock|unit)\s+)?(?:re)?purchase\s+(?:program(?:me)?|authori[sz]ation|plan)\s+(?:of\s+|for\s+)?)(?:up\s+to\s+)?(?:an\s+additional\s+)?(?:about\s+|approximately\s+)?$"
    r"|\b(?:(?:repurchase|buyback)\s+authori[sz]ation\s+(?:of|to)|authori[sz]ation\s+to\s+(?:re)?purchase)\s+(?:up\s+to\s+)?(?:an\s+additional\s+)?(?:about\s+|approximately\s+)?$"
    # "the directors authorized up to $900 million in buybacks until 2029", "approved a $1 billion buyback": the grant
    # said before what it buys (read only for a buyback figure)
    r"|\b(?:authori[sz]ed|approved|renewed)\s+(?:the\s+(?:re)?purchase\s+of\s+|(?:a|an)\s+(?:new\s+|additional\s+|further\s+)?)?(?:up\s+to\s+)?(?:an\s+additional\s+)?(?:about\s+|approximately\s+)?$", re.I)
_AUTHORIZATION_AFTER = re.compile(
    r"\s+(?:(?:new|additional|incremental)\s+)?(?:(?:board[-\s]approved|board|open[-\s]market|accelerated)\s+)?(?:(?:share|stock|common\s+stock|common\s+share|unit|equity)\s+)?"
    r"(?:re)?purchase\s+(?:program(?:me)?\s+)?authori[sz]ation\b"
    r"|\s+(?:(?:new|additional)\s+)?(?:(?:share|stock|common\s+stock|common\s+share|unit)\s+)?(?:re)?purchase\s+program(?:me)?\b(?=\s*(?:[,.;]|$|\s+(?:that|which|was|were|has|had|is)\b))"
    r"|\s+(?:of\s+(?:share\s+)?repurchase\s+authori[sz]ation\s+)?remain(?:ing|ed|s)?\s+(?:available\s+)?(?:under|on|in)\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,4}?(?:authori[sz]ation|program(?:me)?)\b", re.I)
"""A buyback's authorized or remaining size: the grant, not a plan to spend it ("we plan to buy back $200 million" is an outlook)."""
_DECLARED_BEFORE = re.compile(
    r"\b(?:declared|declaring|raised|raising|increased|increasing|announced|approved|reinstated)\s+(?:[\w'%.$-]+\s+){0,8}?(?:dividends?|distributions?(?!\s+(?:centers?|centres?|network|business|segment|channels?|costs?|fees?)\b))\b"
    r"(?:\s+(?:rate|payment|per\s+(?:common\s+)?share))?[^.;,]{0,40}?\b(?:to|of|by|at)\s+(?:about\s+|approximately\s+)?$", re.I)
_DECLARING = re.compile(r"\b(?:declared|announced|approved|authori[sz]ed|announcing|approving)\s+(?:a|an)\s+$", re.I)
_DECLARED_WORDS = ("eclared", "pproved", "uthorized", "uthorised")
_DECLARED_NAMED = re.compile(r"(?:(?:\b(?:newly\s+|just\s+|recently\s+)?(?:declared|approved)\s+(?:[\w-]+\s+){0,4}?(?:dividends?|distributions?)\s*,\s+(?:which|that)\s+"
                             r"|\b(?:dividends?|distributions?)\s+(?:that\s+|which\s+)?(?:we|the\s+board|our\s+board|the\s+directors|our\s+directors)\s+(?:have\s+|has\s+|just\s+|also\s+)?"
                             r"(?:declared|approved)(?:\s+(?:today|yesterday|this\s+morning|last\s+night|earlier\s+today))?\s*,\s+)[^.;]{0,90}?,\s+"
                             r"(?:will\s+be|is|amounts\s+to|comes\s+to)"
                             r"|\b(?:dividends?|distributions?)\s+(?:declared|approved|authori[sz]ed)\s+(?:at|by|in|on|for|last|earlier|yesterday|today)\b[^.;]{0,70}?,)"
                             r"\s+(?:about\s+|approximately\s+)?$", re.I)
"""A dividend the words call declared or approved, then its amount after an aside."""
_DECLARED_AFTER = re.compile(r"(?:\s+(?:per|a)\s+share)?\s+(?:[\w-]+\s+){0,3}?(?:dividends?|distributions?)\b[^.;]{0,80}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                             r"(?:formally\s+|also\s+)?(?:declared|approved|authori[sz]ed)\b", re.I)
"""'a $75 million dividend from the insurer to the holding company was declared': the declaration said after the amount."""
_PAID_WHEN = re.compile(r"\b(?:(?:which|that)\s+)?(?:(?:will|is\s+to|are\s+to)\s+be\s+|to\s+be\s+)(?:paid|payable|distributed)\b|,\s+will\s+be\s+(?=(?:about\s+|approximately\s+)?\S*$)", re.I)
"""'which will be paid on November 14', 'to be paid in January': when a declared dividend is paid, no intent."""
_AHEAD_BETWEEN = re.compile(r"\b(?:expect\w*|anticipat\w*|plan\w*|guid\w*|forecast\w*|target\w*|aim\w*|policy|next\s+year|going\s+forward|over\s+time)\b", re.I)
_DECLARED_JUST_BEFORE = re.compile(r"\b(?:declared|announced|approved)\s+$", re.I)
AS_THE_DIVIDEND = re.compile(r"\s+(?:a|per)\s+share\s+as\s+(?:the|our|a|its)\s+((?:[\w-]+\s+){0,2}?dividend)\b", re.I)
"""'$0.40 a share as the base dividend': a per-share amount named as the dividend after it."""
_DIVIDEND_RAISE_AFTER = re.compile(r"\s+(?:(?:annual|quarterly|yearly)\s+)?(?:increase|rise|raise)\s+(?:in|to|of)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,3}?dividends?\b", re.I)
_INTENT_BEFORE = re.compile(r"\b(?:will|would|going\s+to|expect|anticipate|intend|intention\s+to|plan(?:ning)?\s+to|aim\s+to|goal\s+(?:is|of))\s+"
                            r"(?:be\s+|continue\s+)?(?:to\s+)?$", re.I)
_INTENT_WORD = re.compile(r"\b(?:intention|intends?|plans?\s+to|will|would|expects?\s+to|proposes?|proposal|recommend\w*)\b", re.I)
_SPEND_BEFORE = re.compile(r"\b(?:complet|us|utiliz|execut|exhaust|spend|deploy)(?:e|es|ed|ing)?\s+(?:(?:the|our|its|all|fully|full|entire|remaining|rest\s+of\s+the|balance\s+of\s+the)\s+){0,3}(?:about\s+|approximately\s+)?$", re.I)
_UNDER_WAY = re.compile(rf"\b(?:off\s+to|start\s+to\s+the\s+(?:{FISCAL}\s+)?year|delivering|come\s+a\s+long\s+way)\b", re.I)
_OVER_YEARS = re.compile(r"\b(?:annually|each\s+year|a\s+year|per\s+year|compound\w*|over\s+the\s+(?:long|past|last)|policy)\b", re.I)
"""An intent, a policy or a record over the years: not the declaration made now."""
_OF_WHICH = re.compile(r"\bof\s+(?:which|these|those|them)\s+$", re.I)
_OF_WHICH_THE = re.compile(r"\bof\s+which\s+(?:the\s+)?$", re.I)
_PART_THIS_QUARTER = re.compile(r"\s+(?:(?:was|were)\s+(?:(?:booked|taken|incurred|recorded|spent|paid)\s+)?)?(?:in\s+|during\s+)?this\s+quarter\b", re.I)
_STILL_ASKED = re.compile(r"\b(?:is|are)\s+(?:it|that|this|they|we)\s+still\s+(?:at\s+|in\s+)?$", re.I)
_PART_CAME = re.compile(r"\s+(?:(?:has|have)\s+(?:already\s+)?(?:come|been)|came|was|were)\b(?!\s+(?:expected|planned|budgeted|assumed|forecast|guided)\b)", re.I)
_HELD_TODAY = re.compile(r"(?:\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}?(?:in\s+place|on\s+hand|in\s+hand|on\s+the\s+books))?\s+(?:today|currently|right\s+now|at\s+present)\b", re.I)
"""'... of run-rate savings in place today': a level the company holds now."""
_OF_WHICH_DONE = re.compile(r"\bof\s+which\s+(?:we|it|they)\s*(?:['’]ve|\s+have|\s+has)\s+(?:already\s+|now\s+|so\s+far\s+)?"
                            r"(?:[a-z]{3,}ed|taken|spent|paid|sold|made|done|put|bought|won|built|seen)\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+)?$", re.I)
_OF_WHICH_ALREADY = re.compile(r"\s+(?:are|have\s+been|were|is|has\s+been)\s+already\b|\s+(?:are|is)\s+(?:now\s+)?(?:open|opened|done|complete|completed|in\s+place)\b", re.I)
_RELATIVE = re.compile(r"\b(?:where|when|which|after|because|since)\b", re.I)
_APPOSED_VERB = re.compile(r",\s+(?:was|were|stood\s+at|came\s+in\s+at|totall?ed|ended\s+(?:the\s+(?:quarter|year|period)\s+)?at)\s", re.I)
"""', was' after a cue: the cue sat in an aside set off by commas, and the sentence's own verb is past."""


# Searched across whole sentences or clauses: a first-character test (see guard.py).
(_HYPOTHESIS, RESTATED_GUIDE, _BY_MY) = (guarded(rx) for rx in (_HYPOTHESIS, RESTATED_GUIDE, _BY_MY))
# Seldom matched, and searched in every sentence: first a test for the words each match holds (see guard.Gated).
(LIST_FOLLOWS, _THIRD_PARTY, _OUTLOOK_NOUN, _WE_EXPECT, _OTHERS_FORECASTS, _CUSTOMERS_SAY) = (gated(rx) for rx in (
    LIST_FOLLOWS, _THIRD_PARTY, _OUTLOOK_NOUN, _WE_EXPECT, _OTHERS_FORECASTS, _CUSTOMERS_SAY))


_PRICE_LETTER = re.compile(
    rf"\b(?:(?P<m1>{MONTH_ALT})(?:\s+1(?:st)?)?\s+(?:price\s+)?increases?\s+(?:that\s+)?we(?:'ve|\s+have)?\s+(?:announced|communicated)"
    rf"|(?:announced|communicated)\s+(?:[\w-]+\s+){{0,2}}?(?P<m4>{MONTH_ALT})(?:\s+1(?:st)?)?\s+(?:price\s+)?increases?\b"
    rf"|(?:(?:announced|communicated)\s+(?:[\w$%.,-]+\s+){{0,3}}?)(?:price\s+)?increases?\s+(?:[\w$%.,-]+\s+){{0,6}}?(?:effective|for|starting|beginning)\s+(?:in\s+)?(?P<m2>{MONTH_ALT})\b"
    rf"|(?:price\s+)?increases?\s+(?:that\s+)?we(?:'ve|\s+have)?\s+(?:announced|communicated)\s+(?:for|effective)\s+(?P<m3>{MONTH_ALT})\b)", re.I)
_TOOK_HOLD = re.compile(r"\b(?:took|went\s+into|came\s+into)\s+effect|\b(?:realized|realised|captured|stuck|held)\b", re.I)


def price_letters(s: str, facts: list, ctx: Context) -> list:
    """"The January increases we announced are 4% to 6%", "we have announced price increases of 8% effective March 1":
    a price increase announced for a month still ahead is the outlook of the fiscal year that month falls in, not a
    figure of the quarter reported (one that "took effect" or was "realized" is)."""
    if not facts or not ctx.fiscal_year or not ctx.fiscal_quarter or "ncrease" not in s or _TOOK_HOLD.search(s):
        return facts
    m = _PRICE_LETTER.search(s)
    if m is None or "dividend" in m.group(0).lower():  # "a dividend increase starting in June": a payout, declared
        return facts
    month = month_number(m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4"))
    q_end = ctx.quarter_end or 3 * ctx.fiscal_quarter  # a calendar year where the call does not say its quarter's month
    ahead = (month - q_end) % 12 or 12  # months from the quarter's end to that month
    year = ctx.fiscal_year + (ahead > 3 * (4 - ctx.fiscal_quarter))
    period = P.label(year)
    return [f.model_copy(update={"kind": FactKind.GUIDANCE, "period": period})
            if f.kind in (FactKind.ACTUAL, FactKind.GUIDANCE) and f.unit == "%" and _same_clause(s, s.find(f.text), m) else f
            for f in facts]


def _same_clause(s: str, pos: int, m: re.Match[str]) -> bool:
    """"Volume rose 3% and we announced increases for January": a figure of another statement is not the increase's."""
    return pos >= 0 and new_subject_at(s, min(pos, m.start()), max(pos, m.start())) is None
