"""Checks: findings an analyst would want flagged, each with its lines and a severity.

Every check is a pure function from (transcript, facts) to findings and never raises on odd content:
when a check cannot decide it says so (severity `undecided`) instead of guessing.
"""

from __future__ import annotations

from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up
from collections import defaultdict
from decimal import Decimal
from functools import lru_cache

from ..facts.guard import any_in, lowered
from ..model import Change, Direction, Fact, FactKind, Role, Transcript
from ..facts.periods import closed_by, period_key
from .figures import at, call_period as period_of_call, gross_measure, favour, is_neutral, same_measure, fmt_amount, guided_slack, half_unit, said_off, is_level, is_money, previous, push, same_period, singular
from .guidance import is_ratio, plausible, said_as_outlook as _said_as_outlook, status
from .models import Check, GuidanceStatus, Severity
from .models import Citation
from .pages import citation, key
from .recalled import Distance, distances, is_distance

_CORRECTION = re.compile(
    r"""\b(?:i\s+actually\s+(?:said|meant)\b(?=[^.]{0,80}\d)|what\s+i\s+meant\s+(?:to\s+say\s+)?(?:was|is)\b|i\s+meant\s+to\s+say
        |i\s+misspoke|i\s+mis-spoke|(?:let\s+me|need\s+to|want\s+to|like\s+to|have\s+to|must)\s+correct
        |correct\s+(?:something|one\s+(?:thing|number|figure)|a\s+(?:number|figure|statement)|an\s+earlier|my\s+earlier)|to\s+correct\s+(?:that|myself|what|an?\s+earlier|the\s+record)
        |(?:a|one|quick|small|just\s+a)\s+correction\s*(?:[,:\u2013\u2014-]|to\s+(?:what|my|the|an?\s+earlier)|on\s+(?:what|my|the\s+number))
        |^\s*correction\s*[,:\u2013\u2014-]|should\s+have\s+said|\bwas\s+a\s+typo\b
        |\bfix\s+(?:something|(?:a|one)\s+(?:number|figure))\s+(?:first\b|i\s+said|(?:from|in)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:remarks|comments|script))|not\s+\$?\d[\d.,]*\s*(?:million|billion|%|percent)?\s*,?\s+but\s+\$?\d)
        |\d[\d.,]*\s*(?:%|percent|million|billion)?\s*(?:--|\u2014|\u2013|,|\.{3})?\s*(?:i'?m\s+sorry|sorry|excuse\s+me|pardon\s+me|i\s+mean|rather)\s*[,.]?\s*\$?\d""",
    re.I | re.X,
)
"""A speaker fixing their own words: "I misspoke", "let me correct that", "18.4% -- I'm sorry, 18.5%".
"As I said earlier" repeats a statement and "an inventory correction" is a market move: neither is one."""
_CORRECTION_WORDS = ("actually", "mean", "mis", "correct", "should", "not", "sorry", "excuse", "pardon", "rather", "typo", "fix")
"""A word each wording of _CORRECTION holds (lower case): a sentence with none of them skips the pattern, whose
case-insensitive alternatives the engine tries at every word boundary. Keep it in step with the pattern."""


def _tolerance(stated: Decimal) -> Decimal:
    """Half a unit of the last digit stated, plus slack for levels that are themselves rounded."""
    exp = stated.as_tuple().exponent
    digits = -exp if isinstance(exp, int) and exp < 0 else 0
    return Decimal(5) / (Decimal(10) ** (digits + 1)) + Decimal("0.15")


_STEP_AFTER = re.compile(r"\s*(?:per\s+(?:diluted\s+)?share\s+|a\s+share\s+)?(?:(?:in|of)\s+)?(?:increase|decrease|rise|reduction"
                         r"|improvement|decline)\b", re.I)
"""Right after a figure, words that make it the size of a move ("a $0.16 per share increase in the dividend")."""

_COARSE = 5
"""Points of growth: levels whose rounding leaves a wider span than this verify only a rate close to their own."""


def growth(facts: list[Fact], t: Transcript | None = None) -> list[Check]:
    """Stated growth rates against the levels stated for both periods.

    Only figures that are visibly about one thing are set against each other: the level is said in the
    change's own sentence or under the same phrase, the earlier level under the level's phrase. A mismatch
    is a warning only when the change and the level share a sentence ("revenue rose 12% to $412.6
    million"); across sentences a mismatch is more likely two different things, so nothing is said."""
    out: list[Check] = []
    skip = _not_management(t)
    facts = [f for f in facts if f.speaker not in skip and f.metric != "other"]
    # "a $0.16 per share increase in the dividend", "an additional $40 million in EBITDA": a step, not the level.
    levels = [f for f in facts if f.kind is FactKind.ACTUAL and is_level(f) and f.period is not None and not f.period.ytd
              and not push(f) and not _STEP_AFTER.match(f.sentence, at(f) + len(f.text))]
    # Levels by metric: a long input (many calls pasted into one file) must not cost time squared.
    by_metric: dict[str, list[Fact]] = defaultdict(list)
    for f in levels:
        by_metric[f.metric].append(f)
    for g in facts:
        if g.kind is not FactKind.ACTUAL or g.change is None or g.value is None or g.period is None or push(g):
            continue  # (a push: "70 basis points of currency headwind" is a cause's share of the change)
        same_metric = by_metric.get(g.metric, [])
        now = [f for f in same_metric if f.period is not None and f.period.label == g.period.label
               and (g.basis is None or f.basis is None or f.basis == g.basis)
               and (f.sentence == g.sentence or _norm(f.phrase) == _norm(g.phrase))
               and not (f.sentence == g.sentence and _norm(f.phrase) != _norm(g.phrase) and _a_part_after(g, f))]
        # In the change's own sentence, the level it is said of is the one nearest it ("142 systems placed,
        # ... the installed base reached 4,318 systems, up 14%": the 14% is the installed base's).
        now.sort(key=lambda f: (f.sentence != g.sentence, _gap(f, g) if f.sentence == g.sentence else 0, f.line))
        if not now:
            continue
        fy, q, h = previous(g.period, g.change.value)
        before = [f for f in same_metric if same_period(f.period, fy, q, h) and f.unit == now[0].unit
                  and _norm(f.phrase) == _norm(now[0].phrase) and (f.basis is None or now[0].basis is None or f.basis == now[0].basis)
                  and not (f.line == now[0].line and f.value == now[0].value)]
        # "Life earned $104 million, compared with $131 million": an earlier level said beside another level of the
        # period is that level's base, not the base of a figure said elsewhere under the same name.
        before = [f for f in before if f.sentence in (g.sentence, now[0].sentence) or not any(
            c.sentence == f.sentence and c.period.label == g.period.label and c.unit == f.unit
            and abs(c.value - now[0].value) > abs(now[0].value) / 100  # type: ignore[operator]  ($410 million is $410.3 million)
            for c in same_metric)]
        # "increased by 22% to $1.12 ... compared to $0.92": the earlier level said with the change is the one it
        # runs from, whatever other figure is dated that period.
        before.sort(key=lambda f: f.sentence != g.sentence)
        attached = now[0].sentence == g.sentence
        a = now[0]
        if g.unit == "%" and a.unit == "%" and not is_ratio(g.metric, a.phrase):
            continue  # "80% of deposits": a share of an amount, not a level whose change can be checked
        if g.unit == "%" and before and before[0].value and a.unit == "%":
            # A margin's change in "%" may be points or percent; only a match in either is worth saying.
            b = before[0]
            points, rel = a.value - b.value, (a.value / b.value - 1) * 100  # type: ignore[operator]
            if min(abs(points - g.value), abs(rel - g.value)) <= _tolerance(g.value):
                # Say which reading fits: a margin "up 3%" may mean 3 points or 3% of itself.
                how = (f"a move of {points:+.1f} points" if abs(points - g.value) <= abs(rel - g.value)
                       else f"a relative change of {rel:+.1f}%")
                out.append(Check(name="growth_consistency", severity=Severity.VERIFIED, lines=sorted({a.line, b.line, g.line}),
                                 message=f"{g.metric} {g.change.value} change stated as "
                                         f"{_said_points(g) or f'{g.value}%'}; {fmt_amount(a.value, a.unit)} "
                                         f"({a.period.label}) vs {fmt_amount(b.value, b.unit)} ({b.period.label}) is {how}"))  # type: ignore[union-attr]
        elif (g.unit == "bps" and a.unit == "%" and before and before[0].value is not None and a.value
              and Decimal("0.5") <= before[0].value / a.value <= 2):
            # "42.3%, up 120 basis points from 41.1%": the move in points, times 100. (An "earlier level" less
            # than half or more than double is another figure: "80 points of currency impact" read as 80%.)
            b = before[0]
            moved = (a.value - b.value) * 100  # type: ignore[operator]
            signed = -abs(g.value) if g.direction is Direction.DOWN else g.value
            slack = (half_unit(a) + half_unit(b)) * 100 + half_unit(g)
            lines = sorted({a.line, b.line, g.line})
            what = (f"{g.metric} {g.change.value} change stated as {signed} bps; {fmt_amount(a.value, a.unit)} ({a.period.label}) "  # type: ignore[union-attr]
                    f"vs {fmt_amount(b.value, b.unit)} ({b.period.label}) is {moved:+.0f} bps")  # type: ignore[union-attr]
            def fits(v: Decimal, d: Direction | None) -> bool:
                # Without a direction the sign is unknown: the size alone has to fit.
                return abs(abs(moved) - abs(v)) <= slack if d is None else abs(moved - (-abs(v) if d is Direction.DOWN else v)) <= slack
            if fits(g.value, g.direction):
                out.append(Check(name="growth_consistency", severity=Severity.VERIFIED, message=what, lines=lines))
            elif fits(g.value, None):
                continue  # the size fits, the sign does not: "improved" for a cost ratio that fell
            elif (attached and _nearness(g, a, b) == "sentence" and not (a.approx or b.approx or g.approx)
                  and not _OTHER_BASIS.search(g.sentence)
                  and not any(o is not g and o.metric == g.metric and o.unit == "bps" and o.sentence == g.sentence
                              and o.value is not None and fits(o.value, o.direction) for o in facts)):
                out.append(Check(name="growth_consistency", severity=Severity.WARNING, message=what + " (does not match)", lines=lines))
        elif g.unit == "%" and a.unit == "%":
            continue
        elif g.unit == "%" and before and before[0].value:
            b = before[0]
            computed = (a.value / b.value - 1) * 100  # type: ignore[operator]
            # The levels are rounded as spoken ("$32.6 million"): the growth they allow is a range.
            da, db = half_unit(a), half_unit(b)
            lo_c = ((a.value - da) / (b.value + db) - 1) * 100 if b.value + db else computed  # type: ignore[operator]
            hi_c = ((a.value + da) / (b.value - db) - 1) * 100 if b.value - db else computed  # type: ignore[operator]
            lo_c, hi_c = min(lo_c, hi_c, computed), max(lo_c, hi_c, computed)
            tol = _tolerance(g.value)
            lines = sorted({a.line, b.line, g.line})
            what = (f"{g.metric} {g.change.value} growth stated as {g.value}%; "
                    f"{fmt_amount(a.value, a.unit)} ({a.period.label}) vs {fmt_amount(b.value, b.unit)} ({b.period.label}) gives {computed:.1f}%")  # type: ignore[union-attr]
            if lo_c - tol <= g.value <= hi_c + tol and abs(computed - g.value) > tol and hi_c - lo_c > _COARSE:
                # "$0.16 against $0.14" allows anything from 7% to 22%: a stated 9.4% is not contradicted, nor shown.
                out.append(Check(name="growth_consistency", severity=Severity.UNDECIDED, lines=lines,
                                 message=what + f" (the levels as said allow {lo_c:.1f}% to {hi_c:.1f}%: too coarse to verify)"))
            elif lo_c - tol <= g.value <= hi_c + tol:
                out.append(Check(name="growth_consistency", severity=Severity.VERIFIED, message=what, lines=lines))
            elif (attached and _nearness(g, a, b) != "far" and _comparable(g, a, b)
                  and not _another_basis(g, a, b, facts)):
                # The earlier level said as such in the same sentence is one statement that does not add
                # up; said elsewhere in the paragraph, it may be a different thing under the same name
                # (another basis, the year rather than the quarter), so the check cannot decide; further
                # away, nothing is said.
                sure = (_nearness(g, a, b) == "sentence" and not (a.approx or b.approx or g.approx)
                        and not _named_after_levels(g, a, b))
                out.append(Check(name="growth_consistency", severity=Severity.WARNING if sure else Severity.UNDECIDED,
                                 message=what + (" (does not match)" if sure else " (does not match; the levels may be different things)"),
                                 lines=lines))
        elif g.unit == "%" and a.value is not None and a.value > 0 and g.value <= -100 and attached and _change_to(g, a):
            # "fell 120% to $10 million": a fall of 100% or more leaves no positive amount. (A loss "up 34%"
            # is a larger loss, not an impossible one.)
            out.append(Check(name="growth_consistency", severity=Severity.WARNING,
                             message=f"{g.metric} change of {g.value}% to {fmt_amount(a.value, a.unit)} implies an impossible prior level",
                             lines=sorted({a.line, g.line})))
        elif is_money(g.unit) and a.unit == g.unit and a.value is not None and not (_a_deal(g) or _a_deal(a)):
            implied = a.value - g.value
            if before and before[0].value is not None:
                b = before[0]
                ok = abs(implied - b.value) <= max(abs(b.value) * Decimal("0.005"), abs(g.value) * Decimal("0.05"),
                                                   half_unit(a) + half_unit(b) + half_unit(g))
                i = at(g)
                if not ok and i >= 0 and not _CHANGE_SAID.search(g.sentence[max(0, i - 30):i] + " "
                                                                 + g.sentence[i + len(g.text):i + len(g.text) + 25]):
                    continue  # "... plus a $40 million better land sale": an amount, not the level's change
                near = _nearness(g, a, b)
                if not ok and (not attached or near == "far" or abs(g.value) < abs(a.value) / 10_000):
                    continue  # far apart, or a per-share change beside a total: different things
                sure = ok or near == "sentence" and not (a.approx or b.approx or g.approx)
                out.append(Check(
                    name="change_consistency",
                    severity=Severity.VERIFIED if ok else Severity.WARNING if sure else Severity.UNDECIDED,
                    message=f"{g.metric}: {fmt_amount(a.value, a.unit)} after a change of {fmt_amount(g.value, g.unit)} implies "
                            f"{fmt_amount(implied, a.unit)} before; stated {fmt_amount(b.value, b.unit)} ({b.period.label})"  # type: ignore[union-attr]
                            + ("" if sure else " (does not match; the levels may be different things)"),
                    lines=sorted({a.line, b.line, g.line})))
            elif attached and _change_to(g, a) and implied < 0 <= a.value and g.metric not in ("net_income", "operating_income", "eps", "free_cash_flow"):
                out.append(Check(name="change_consistency", severity=Severity.WARNING,
                                 message=f"{g.metric}: a change of {fmt_amount(g.value, g.unit)} to {fmt_amount(a.value, a.unit)} implies a negative prior level",
                                 lines=sorted({a.line, g.line})))
    return out


def _a_part_after(g: Fact, f: Fact) -> bool:
    """"That was 16% higher than a year ago, and it includes credit sales of $112 million": a level said after the change
    as a part of what changed is another thing's, not the level the rate is said of."""
    i, j = at(g), at(f)
    return 0 <= i < j and bool(_PART_OF.search(f.sentence[max(i, j - 60):j]))


_CHANGE_SAID = re.compile(r"\b(?:up|down|increas\w*|decreas\w*|higher|lower|more|less|grew|grow\w*|rose|rise|ris\w*|fell|fall\w*"
                          r"|declin\w*|improv\w*|gain\w*|drop\w*|by|change\w*|expan\w*|contract\w*|reduc\w*|above|below)\b", re.I)
"""Words that make an amount beside a level its change ("up $0.41", "$9 million lower than last year")."""


_DEAL = re.compile(r"\s*(?!(?:increase|decrease|improvement|rise|reduction|decline|gain|drop|growth|uplift|headwind|tailwind|benefit|impact"
                   r"|swing|change|improvement)s?\b)(?:[\w-]+\s+){0,3}?(?:sales?|transactions?|deals?|acquisitions?|divestitures?|purchases?"
                   r"|disposals?|contracts?|orders?)\b", re.I)
_ARTICLE = re.compile(r"\b(?:a|an)\s+(?:(?:additional|further|total|record|roughly|about|approximately|nearly)\s+)?$", re.I)


def _words_after(f: Fact, n: int = 3) -> str:
    """Up to `n` words said right after the figure, within its clause ("of cost synergies")."""
    i = at(f)
    if i < 0:
        return ""
    return " ".join(re.split(r"[,;:.()]", f.sentence[i + len(f.text):], maxsplit=1)[0].split()[:n])


def _a_deal(f: Fact) -> bool:
    """"We closed a $38 million ranch sale and a $25 million improved development transaction": an amount named as the
    size of a deal is neither a level of the metric nor its change."""
    i = at(f)
    return i >= 0 and bool(_ARTICLE.search(f.sentence[max(0, i - 30):i]) and _DEAL.match(f.sentence, i + len(f.text)))


_RESTATED_RATIO = Decimal("1.5")
"""Two values further apart than this are two different things sharing a phrase (a segment's revenue and
the total, a component and its sum), not one figure said two ways: no warning."""


_FORWARD = re.compile(r"\b(?:expect\w*|guid\w*|outlook|forecast\w*|indication|anticipat\w*|project\w*|will|should|target\w*"
                      r"|plan\w*|assum\w*|next\s+(?:quarter|year))\b", re.I)
"""A figure in a sentence that looks ahead may be an outlook read as a result: no restatement on it."""


def restated(facts: list[Fact], t: Transcript) -> list[Check]:
    """The same figure stated with different values in two sentences by management.

    Values from one sentence are different things by construction ("revenue of $412.6 million, up $7.6
    million"), analysts' figures are their own estimates, and the catch-all metric `other` names nothing
    precise enough to compare."""
    analysts = _not_management(t)
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        # Levels only, said firmly: changes come in many variants (organic, FX-adjusted) and "about $22
        # billion" is no restatement of $21.1 billion.
        if (f.kind is FactKind.ACTUAL and f.value is not None and f.period is not None and f.metric != "other"
                and f.change is None and not f.approx and f.speaker not in analysts and not f.period.ytd
                and not _FORWARD.search(f.sentence) and (f.unit != "%" or is_ratio(f.metric, f.phrase)) and not _in_a_band(f)):
            # The spoken phrase is part of the key: "BBS revenue" and "revenue" share a metric.
            key = (f.metric, singular(_norm(f.phrase)), f.period.label, f.basis, f.change, f.unit)
            groups[key].append(f)
    # A value stated on a named basis ("adjusted EPS was $1.99") is that basis's figure: another speaker
    # saying it without the basis is quoting it, not restating the unnamed one.
    on_a_basis = {(k[0], k[2], k[5], f.value) for k, fs in groups.items() if k[3] is not None for f in fs}
    # The growth each figure is said with: "$4.6 billion, up 18%" and "$4.7 billion, up 11%" are two things (a segment
    # and a line whose names the facts lost), not one figure said two ways.
    growth: dict[tuple[str, str], set] = defaultdict(set)
    for f in facts:
        if f.kind is FactKind.ACTUAL and f.change is Change.YOY and f.unit == "%" and f.value is not None:
            growth[(f.sentence, f.metric)].add(f.value)
    out: list[Check] = []
    for (metric, _, period, basis, change, unit), fs in groups.items():
        values = {f.value for f in fs}
        if basis is None and any((metric, period, unit, v) in on_a_basis for v in values):
            continue
        if len({_activity(f) for f in fs} - {None}) > 1:
            continue  # "production was 31.2 million pounds" and "we sold 30.4 million pounds": two things
        if len(values) < 2 or len({_norm(f.sentence) for f in fs}) < 2:
            continue
        lo, hi = min(values), max(values)  # type: ignore[type-var]
        if hi - lo <= max(abs(hi) * Decimal("0.01"), Decimal("0.05")):
            continue  # rounding ("$91.6 million" vs "$92 million")
        if lo <= 0 or hi / lo > _RESTATED_RATIO:
            continue
        # "Stated differently by two speakers": one speaker's two figures are usually two things, and when
        # the speakers also agree on one value the others are other things under the same name (a
        # segment's margin, the year's).
        by_speaker: dict[str | None, set] = defaultdict(set)
        for f in fs:
            by_speaker[f.speaker].add(f.value)
        if len(by_speaker) < 2 or any(_agree(a, b) for x, a in by_speaker.items() for y, b in by_speaker.items() if x != y):
            continue
        said_with = {v: set().union(*(growth.get((f.sentence, f.metric), set()) for f in fs if f.value == v)) for v in values}
        if all(len(g) == 1 for g in said_with.values()) and len({min(g) for g in said_with.values()}) > 1:
            continue
        speakers = sorted({f.speaker or "?" for f in fs})
        label = metric + (f" {change.value} change" if change else "")
        out.append(Check(
            name="stated_differently", severity=Severity.WARNING,
            message=f"{label} for {period} stated as " + ", ".join(sorted({fmt_amount(v, unit) for v in values}))
                    + f" (by {', '.join(_name(t, s) for s in speakers)})",
            lines=sorted({f.line for f in fs}),
        ))
    return out


_BAND_BEFORE = re.compile(r"\b(?:high|mid|low|upper|lower)[\s-]*$", re.I)
_BAND_AFTER = re.compile(r"\s*(?:range|area|zone|territory|neighbou?rhood)\b", re.I)


def _in_a_band(f: Fact) -> bool:
    """"Improved to the high 30% range": a band the figure only names, not a level said two ways."""
    i = at(f)
    return i >= 0 and bool(_BAND_BEFORE.search(f.sentence[max(0, i - 12):i]) or _BAND_AFTER.match(f.sentence, i + len(f.text))
                           or _BAND_BEFORE.search(f.text))


_ACTIVITY = re.compile(r"\b(?:(?P<make>produc\w*|output|mined|milled|manufactur\w*|built|generat\w*)|(?P<sell>sold|sell\w*|sales|shipp?\w*"
                       r"|deliver\w*|placed|placements?|install\w*)|(?P<order>order\w*|book\w*|backlog)|(?P<buy>bought|purchas\w*|acquir\w*)"
                       r"|(?P<hold>inventor\w*|stock\s+of|on\s+hand|capacity))\b", re.I)
"""What a quantity counts: made, sold or delivered, ordered, bought, or held. Two figures of one unit that
count different activities ("produced 31.2 million pounds", "sold 30.4 million pounds") are two figures."""


def _activity(f: Fact) -> str | None:
    """The last activity the sentence names before the figure (or right after it), if any."""
    i = at(f)
    if i < 0:
        return None
    found = [m.lastgroup for m in _ACTIVITY.finditer(f.sentence[:i])]
    if not found:
        after = _ACTIVITY.search(f.sentence[i + len(f.text):i + len(f.text) + 30])
        return after.lastgroup if after else None
    return found[-1]


def _agree(a: set, b: set) -> bool:
    """Two speakers give one value, allowing for rounding ("$360 million" and "$359 million")."""
    return any(abs(x - y) <= max(abs(max(x, y)) * Decimal("0.01"), Decimal("0.05")) for x in a for y in b)


_MAY_I = re.compile(r"\b(?:can|could|may)\s+i\b[^?]{0,40}\b(?:correct|fix)\b", re.I)
"""A correction announced as a request ("can I use this moment to correct something from my remarks?"): a question
only in form."""

_RIGHT_FIGURE = re.compile(r"\b(?:correct|right|actual|actually|should|not)\b", re.I)


def corrections(t: Transcript) -> list[Check]:
    out: list[Check] = []
    # Keyed by page, or by turn where a line holds several turns' words (see `pages`), as the facts' lines are.
    by_turn = citation(t) is not Citation.LINE
    for turn in t.turns:
        # A correction is the company fixing its own figure; an analyst checking one is a question.
        if turn.speaker.role in (Role.ANALYST, Role.OPERATOR):
            continue
        # The turn's sentences in order, each with its paragraph: a sentence file gives each sentence a line of its own.
        said_in = [(p, s) for p in turn.paragraphs for s in re.split(r"(?<=[.!?])\s+", p.text)]
        skip_to = 0
        for i, (p, sentence) in enumerate(said_in):
            if i < skip_to:
                continue
            # "Isn't that what I meant to say?" asks; a correction states, or asks leave to.
            low = lowered(sentence)  # None where lower-casing would not read as re.I does: then the pattern decides
            if ((low is None or any_in(low, _CORRECTION_WORDS)) and _CORRECTION.search(sentence)
                    and (not sentence.rstrip().endswith("?") or _MAY_I.search(sentence))):
                last = i
                if not any(c.isdigit() for c in sentence):
                    # "Let me correct something first." announces; the figures come in the next sentences: up to the
                    # one that gives the right figure ("The correct figure is 15.2%"), else the first with a figure.
                    ahead = [j for j in range(i + 1, min(i + 4, len(said_in))) if any(c.isdigit() for c in said_in[j][1])]
                    last = next((j for j in ahead if _RIGHT_FIGURE.search(said_in[j][1])), ahead[0] if ahead else i)
                quoted = " ".join(s.strip() for _, s in said_in[i:last + 1])[:400 if last > i else 240]
                out.append(Check(name="correction", severity=Severity.INFO,
                                 message=f"{turn.speaker.name} corrects a statement: \u201c{quoted}\u201d",
                                 lines=[key(p.line_start, turn.index + 1 if by_turn else p.page)]))
                # One correction for what it quotes, and for the rest of its paragraph ("That was a typo ...").
                skip_to = max(last + 1, next((j for j in range(i, len(said_in)) if said_in[j][0] is not p), len(said_in)))
    return out


def from_distance(found: list[Distance]) -> list[Check]:
    """A result stated with its distance from guidance ("$1.43 billion, $22 million above the high end of our
    guidance range"): the guidance end it implies, and where the result landed."""
    out: list[Check] = []
    seen: set[tuple] = set()
    for d in found:
        r = d.result
        if r.period is None or r.value is None:
            continue
        key = (r.metric, r.period.label, r.value, d.implied)
        if key in seen:
            continue
        seen.add(key)
        if d.end == "midpoint":
            verdict = f"{d.side} the midpoint of the guided range"
        elif d.outside is None:
            continue  # "below the high end" or "above the low end" says only that it is not outside on that side
        else:
            verdict = f"{d.side} the {'guidance' if d.end == 'guidance' else 'guided range'}"
        reading = favour(r.metric, r.phrase, d.outside or "")
        # Below guidance is a miss, except for a cost, where above is; spending planned rather than earned (capital
        # spending under plan) is no miss either way.
        missed = d.outside == ("above" if reading else "below") and not is_neutral(r.metric, r.phrase)
        out.append(Check(
            name="vs_prior_guidance", severity=Severity.WARNING if missed else Severity.INFO,
            lines=sorted({r.line, d.distance.line}),
            message=f"{r.metric} {r.period.label}: actual {fmt_amount(r.value, r.unit)} is {verdict}"
                    f"{f' ({reading})' if reading else ''}; the call puts it "
                    f"{d.distance.text} {d.side} the {d.end}, so the {d.end} was {fmt_amount(d.implied, r.unit)} "
                    "(implied: the guidance itself is not restated in this call)"))
    return out


def claimed(facts: list[Fact], claims: dict[int, str], placed: frozenset[int] = frozenset(),
            skip: set[str] = frozenset()) -> list[Check]:  # type: ignore[assignment]
    """Results the company places against guidance whose range the call does not restate ("at the high
    end of our guidance range"): said, not verifiable from this call. `placed`: ids of results whose
    distance from guidance the call states (`from_distance` reports those); `skip`: speakers whose figures are not the
    company's."""
    out: list[Check] = []
    recalled = {(g.metric, g.period.label, g.unit) for g in facts
                if g.kind is FactKind.PRIOR_GUIDANCE and g.period is not None and (g.low is not None or g.value is not None)
                and g.change is None}
    seen: dict[tuple, Check] = {}
    for i, where in sorted(claims.items()):
        f = facts[i]
        if id(f) in placed or f.period is None or f.metric == "other" or (f.metric, f.period.label, f.unit) in recalled:
            continue  # the range is in the call: against_prior_guidance checks it
        if (f.unit == "%") != is_ratio(f.metric, f.phrase) or f.metric in ("eps", "dividend") and abs(f.value or 0) >= 1000:
            continue  # a growth rate for an amount, or a total read as per-share: not the result it claims to be
        key = (f.metric, f.period.label, f.value, f.unit)
        if key in seen:
            seen[key].lines = sorted(set(seen[key].lines) | {f.line})
            continue
        seen[key] = Check(name="vs_prior_guidance", severity=Severity.UNDECIDED, lines=[f.line],
                         message=f"{f.metric}{_a_part(f, [g for g in facts if g.speaker not in skip])} {f.period.label}: {fmt_amount(f.value, f.unit)}, placed against guidance in the call's words: \u201c{where}\u201d; "
                                 "the guided range is not stated in this call, so this is not verified")
        out.append(seen[key])
    return out


def _a_part(f: Fact, facts: list[Fact]) -> str:
    """" (a part: under half the revenue of $81.2 million)" for a revenue level under half another the call states for
    its period ("Over to Harbour. Revenue was $31.4 million"): a segment's figure the words leave nameless,
    which a reader would otherwise take for the company's revenue. Empty for everything else."""
    if f.metric != "revenue" or not is_money(f.unit) or not f.value or f.value < 0 or f.period is None:
        return ""
    whole = max((g.value for g in facts if g.metric == "revenue" and g.kind in (FactKind.ACTUAL, FactKind.PRIOR_GUIDANCE)
                 and g.change is None and g.value is not None and g.unit == f.unit
                 and g.period is not None and g.period.label == f.period.label and is_level(g)), default=None)
    return f" (a part: under half the revenue of {fmt_amount(whole, f.unit)})" if whole and whole > 2 * f.value else ""


_UNCHECKABLE = ("units", "customers", "headcount", "other")

_BASE_BEFORE = re.compile(r"\b(?:up|down|increas\w*|decreas\w*|grow\w*|declin\w*|rising|falling)\s+from\s+(?:the\s+|our\s+)?(?:\w+\s+){0,2}$"
                          r"|\b(?:compared\s+(?:to|with)|versus|vs\.?|than)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
"""Words that make a figure the base an outlook in the same sentence is set against."""


def against_prior_guidance(facts: list[Fact], call_period: tuple[int, int] | None = None) -> list[Check]:
    """Recalled guidance against the actual of its period. `call_period` (fiscal year, quarter; 5 for a
    year-end call): a period not over when the call is held has no actual yet, so no verdict."""
    out: list[Check] = []
    closed = None if call_period is None else closed_by(*call_period)
    seen: dict[tuple, Check] = {}
    for g in facts:
        if (g.kind is not FactKind.PRIOR_GUIDANCE or g.period is None or g.change is not None
                or g.metric in _UNCHECKABLE or g.unit in (None, "count") or is_distance(g)):
            continue
        # A percent outlook for an amount (income, revenue) is a growth rate read as a level, and a
        # money figure for a rate is a misread: no verdict on either.
        if (g.unit == "%") != is_ratio(g.metric, g.phrase) and g.unit != "bps":
            continue
        low = g.low if g.low is not None else g.value
        high = g.high if g.high is not None else g.value
        if closed is not None and g.period.fiscal_year and period_key(g.period) > closed:
            continue  # "we still expect the year at $80 million": guidance for a period not yet over
        if low is None or not _said_as_outlook(g):
            continue  # no word of an outlook near the figure ("would have been $122.6 million excluding ..."): no verdict
        actual = [a for a in facts if a.kind is FactKind.ACTUAL and is_level(a) and a.metric == g.metric
                  and a.unit == g.unit and same_measure(a, g) and a.period is not None and a.period.label == g.period.label
                  and (a.basis is None or g.basis is None or a.basis == g.basis)
                  and (not g.metric.startswith(("segment_", "other")) or _norm(a.phrase) == _norm(g.phrase))]
        # The result the range can be held to first (another currency's figure misread in dollars is not it).
        actual.sort(key=lambda a: (a.value is not None and not plausible(low, high, a.value), a.basis != g.basis, a.line))
        if not actual:
            # Nothing to hold it to: the guidance table lists the recalled outlook with "not stated" beside it.
            continue
        a = actual[0]
        if a.sentence == g.sentence and _BASE_BEFORE.search(a.sentence[max(0, at(a) - 40):max(0, at(a))]):
            continue  # "R&D is expected to be about $410 million, up from $372 million in 2020": the base of the outlook
        if not plausible(low, high, a.value):  # type: ignore[arg-type]
            continue  # less than half or more than double: two different things (a segment, a change), not a verdict
        guided = _range(low, high, g.unit)
        if low == high and not said_off(a, g, actual):
            # "16%" guided is met by 15.9%: a single figure stands for anything that rounds to it, unless the call
            # says the result missed or beat it ("21.7%, 30 basis points short of our 22% target").
            half = guided_slack(g)
            low, high = low - half, high + half  # type: ignore[operator]
        st = status(a.value, low, high)  # type: ignore[arg-type]
        # A cost below its guidance is favourable and one above it is the miss (see figures.is_cost).
        # "$58 million of cost synergies, above our earlier estimate of $35 million": the words right after the figures
        # say what is counted when the phrase leaves it at "cost".
        named = " ".join([g.phrase, _words_after(a), _words_after(g)])
        reading = favour(g.metric, named, st.value)
        sev = Severity.WARNING if st is (GuidanceStatus.ABOVE if reading else GuidanceStatus.BELOW) else Severity.INFO
        if is_neutral(g.metric, named):
            sev = Severity.INFO  # capital spending under plan is no miss
        # The same recalled outlook said twice is one finding with both lines.
        key = (g.metric, g.period.label, low, high, a.value)
        if key in seen:
            seen[key].lines = sorted(set(seen[key].lines) | {g.line, a.line})
            continue
        seen[key] = Check(name="vs_prior_guidance", severity=sev,
                         message=f"{g.metric} {g.period.label}: actual {fmt_amount(a.value, a.unit)} is {st.value} the prior guidance {guided}"
                                 + (f" ({reading})" if reading else ""),
                         lines=sorted({g.line, a.line}))
        out.append(seen[key])
    return out


_PART_OF = re.compile(r"\b(?:includ\w*|of\s+which|within\s+(?:that|which|this)|comprising)\b[^.;]{0,45}$", re.I)
"""A figure said as part of another ("automotive revenue ... includes regulatory credit sales of $112 million")
is not one more segment of the total."""


_CUT_BY_BUYER = re.compile(r"\s*(?:(?:of|in)\s+)?(?:[\w&-]+\s+){0,3}?(?:sales|revenues?|orders|bookings)\s+(?:with|to|from|among|into)\s+"
                           r"(?:(?:the|our|its)\s+)?(?:[\w&-]+\s+){0,3}?(?:customers?|clients?|accounts?|buyers?|users?|agencies|channels?|retailers?)\b", re.I)
"""Right after a figure, the sales it counts cut by who bought ("$72 million of sensor sales with utility customers"):
a slice of a segment's sales, not one more segment."""


_REVENUE_SAID = re.compile(r"\b(?:revenues?|sales|turnover|top[\s-]line)\b", re.I)
"""A segment's figure whose sentence names no revenue ("Embedded delivered $125 million, a 32.2% margin") is its profit."""


_REVENUE_ONLY = re.compile(r"(?:(?:total|net|segment)\s+)?(?:revenues?|sales)")
"""A phrase that names no segment: its figures may be different segments named in the sentence before."""


def segments(facts: list[Fact], skip: set[str] = frozenset()) -> list[Check]:  # type: ignore[assignment]
    """Segment revenues against the total for the same period. `skip`: speakers whose figures are not the company's
    (an analyst's "I had data center at $2.2 billion" is an estimate)."""
    out: list[Check] = []
    by_period: dict[tuple[str, str | None], list[Fact]] = defaultdict(list)
    facts = [f for f in facts if f.speaker not in skip]
    for f in facts:
        if (f.kind is FactKind.ACTUAL and is_level(f) and f.metric == "segment_revenue" and f.period and is_money(f.unit)
                and not _PART_OF.search(f.sentence[max(0, at(f) - 60):max(0, at(f))]) and _REVENUE_SAID.search(f"{f.phrase} {f.sentence}")
                and not (at(f) >= 0 and _CUT_BY_BUYER.match(f.sentence, at(f) + len(f.text)))
                and not gross_measure(f)):
            by_period[(f.period.label, f.unit)].append(f)
    for (period, unit), segs in by_period.items():
        total = [f for f in facts if f.kind is FactKind.ACTUAL and is_level(f) and f.metric == "revenue"
                 and f.period and f.period.label == period and f.unit == unit]
        # One value said twice, under its name and again without it ("Data center revenue was $2.31 billion",
        # "the $2.31 billion in data center"), is one segment.
        distinct = {s.value for s in segs}
        if not total or len(distinct) < 2:
            continue
        named: dict[str, set] = defaultdict(set)
        for s in segs:
            if not _REVENUE_ONLY.fullmatch(_norm(s.phrase)):
                named[_norm(s.phrase)].add(s.value)
        if any(len(v) > 1 for v in named.values()):
            continue  # one segment's name with two amounts (a quarter's and a year's, wholesale and retail): no sum to make
        tot = total[0].value
        seg_sum = sum(distinct, Decimal(0))  # type: ignore[arg-type]
        lines = sorted({s.line for s in segs} | {total[0].line})
        if abs(seg_sum - tot) <= abs(tot) * Decimal("0.01"):  # type: ignore[operator]
            out.append(Check(name="segments_add_up", severity=Severity.VERIFIED,
                             message=f"segments sum to {fmt_amount(seg_sum, unit)} = revenue {fmt_amount(tot, unit)} ({period})", lines=lines))
        elif seg_sum > tot * 2:  # type: ignore[operator]
            continue  # more than twice the "total": that figure is not the total (a per-share figure, one line)
        elif seg_sum > tot * Decimal("1.1"):  # type: ignore[operator]
            continue  # well over the total: two cuts of revenue (products and regions), which says nothing
        elif seg_sum > tot * Decimal("1.01"):  # type: ignore[operator]
            # A little more than the total: overlapping cuts, or a figure misstated.
            out.append(Check(name="segments_add_up", severity=Severity.UNDECIDED,
                             message=f"named segments sum to {fmt_amount(seg_sum, unit)} ({_named_parts(segs, unit)}), more than revenue "
                                     f"{fmt_amount(tot, unit)} ({period}); they may overlap (e.g. products and regions)", lines=lines))
        elif seg_sum >= tot * Decimal("0.9") and _with_unnamed(seg_sum, tot, total, lines, period, unit, out):  # type: ignore[operator]
            pass
        elif seg_sum >= tot * Decimal("0.9"):  # type: ignore[operator]
            # Close to the total but short of it: a segment may be missing, or a figure misstated.
            # The figures summed are named: a product line or a channel read as a segment ("parts sales", "online sales")
            # is then seen as such, not hidden in a sum that looks like the segments'.
            # "$1 billion" may be anything from $0.95 billion up: a gap the figures' own rounding covers says only that.
            coarse = _rounding_covers(abs(tot - seg_sum), [total[0]] + list({s.value: s for s in segs}.values()))  # type: ignore[operator]
            why = (f"the gap is within the rounding of {', '.join(coarse)} as said" if coarse
                   else "others may be unnamed, or one of these may be a part of another")
            out.append(Check(name="segments_add_up", severity=Severity.UNDECIDED,
                             message=f"named segments sum to {fmt_amount(seg_sum, unit)} ({_named_parts(segs, unit)}) of revenue "
                                     f"{fmt_amount(tot, unit)} ({period}); {why}", lines=lines))
        # Well short of the total: the call names only some segments, which says nothing.
    return out


_PER_BEFORE = re.compile(r"\bper\s+(?!(?:diluted\s+)?share\b|cent\b)[a-z][\w-]*(?:\s+[\w-]+){0,3}?\s+(?:was|were|is|are|of|at"
                         r"|rose|fell|grew|came\s+in\s+at|reached)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?$", re.I)
_PER_AFTER = re.compile(r"\s*(?:per|a|an|each)\s+(?!(?:diluted\s+)?share\b|(?:year|quarter|month)\b)[a-z]", re.I)


def _rounding_covers(gap: Decimal, said: list[Fact]) -> list[str]:
    """The figures, coarsest first, whose rounding as said ("$1 billion": give or take $50 million at least) covers
    `gap`; none when all of them together do not."""
    out, room = [], Decimal(0)
    for f in sorted(said, key=half_unit, reverse=True):
        if room >= gap:
            break
        room += half_unit(f)
        out.append(f.text)
    return out if room >= gap else []


def _per_unit(f: Fact) -> bool:
    """"Revenue per student was about $2,860", "$41 a ton": a rate per unit, which no sum of parts counts."""
    i = at(f)
    return i >= 0 and bool(_PER_BEFORE.search(f.sentence[max(0, i - 80):i]) or _PER_AFTER.match(f.sentence, i + len(f.text)))


def _named_parts(segs: list[Fact], unit: str | None) -> str:
    seen: dict = {}
    for s in sorted(segs, key=lambda s: s.line):
        seen.setdefault(s.value, f"{' '.join(s.phrase.split())} {fmt_amount(s.value, unit)}")
    return ", ".join(seen.values())


def _with_unnamed(seg_sum: Decimal, tot: Decimal, total: list[Fact], lines: list[int], period: str, unit: str | None,
                  out: list[Check]) -> bool:
    """Named segments short of the total, and other figures the call gives as plain "revenue" for the period
    ("Moving to automotive, revenue was $346 million": a segment whose name is in the sentence before) that
    close the gap within 1%: the segments add up, and the finding says which figures it counted."""
    rest = sorted({f.value for f in total[1:] if f.value is not None and 0 < f.value < tot - seg_sum + tot * Decimal("0.01")
                   and not _per_unit(f)})
    whole = seg_sum + sum(rest, Decimal(0))
    if not rest or abs(whole - tot) > abs(tot) * Decimal("0.01"):
        return False
    more = sorted({f.line for f in total[1:] if f.value in rest})
    out.append(Check(name="segments_add_up", severity=Severity.VERIFIED, lines=sorted(set(lines) | set(more)),
                     message=f"segments sum to {fmt_amount(whole, unit)} = revenue {fmt_amount(tot, unit)} ({period}), counting "
                             f"{', '.join(fmt_amount(v, unit) for v in rest)} said as revenue without a segment's name"))
    return True


def run(t: Transcript, facts: list[Fact], claims: dict[int, str] | None = None) -> list[Check]:
    """`claims`: for facts (by index) read as results placed against guidance, the words that place them
    (see `recalled.as_reported`)."""
    call_period = period_of_call(t.meta)
    placed = distances([f for f in facts if f.speaker not in _not_management(t)])
    found = (growth(facts, t) + restated(facts, t) + against_prior_guidance(facts, call_period) + from_distance(placed)
             + claimed(facts, claims or {}, frozenset(id(d.result) for d in placed), _not_management(t)) + segments(facts, _not_management(t)) + corrections(t))
    # One finding said again (the same growth verified on its repeat in the closing remarks) is one finding with both lines.
    merged: dict[tuple, Check] = {}
    for c in found:
        was = merged.get((c.name, c.severity, c.message))
        if was is None:
            merged[(c.name, c.severity, c.message)] = c
        else:
            was.lines = sorted(set(was.lines) | set(c.lines))
    order = {Severity.WARNING: 0, Severity.UNDECIDED: 1, Severity.INFO: 2, Severity.VERIFIED: 3}
    return sorted(merged.values(), key=lambda c: (order[c.severity], c.lines[:1]))


_EARLIER = re.compile(r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against)\b[^.;,]{0,20}$", re.I)
"""Words just before a figure that say it is the earlier level: "up 12% from $380 million"."""

_EARLIER_AFTER = re.compile(r"^\s*(?:(?:in|for|during)\s+the\s+(?:prior|previous|same|year[\s-]ago)\b|last\s+year|a\s+year\s+ago"
                            r"|in\s+(?:Q[1-4]|fiscal|the\s+(?:first|second|third|fourth)\s+quarter)\b)", re.I)
"""Words just after a figure that say the same: "$380 million in the prior year"."""

_OTHER_BASIS = re.compile(r"\b(?:organic\w*|constant[\s-]currency|fx[\s-]neutral|currency[\s-]neutral|like[\s-]for[\s-]like"
                          r"|same[\s-]store|comparable|excluding|ex-|pro\s+forma)\b", re.I)


def _comparable(g: Fact, a: Fact, b: Fact) -> bool:
    """The earlier level is within reach of what the stated growth implies (half to double): further off,
    it is another thing ("one-time gains of $0.11") and a mismatch says nothing about the figures."""
    if not (g.unit == "%" and a.value and b.value and g.value is not None and g.value > -100):
        return True
    implied = a.value / (1 + g.value / 100)
    return implied > 0 and Decimal("0.5") <= b.value / implied <= 2


def _another_basis(g: Fact, a: Fact, b: Fact, facts: list[Fact]) -> bool:
    """"Sales of $516 million improved 36%, and 29% on an organic basis": the growth that does not fit the
    levels is on another basis when the sentence says so or gives another growth that fits."""
    i = g.sentence.find(g.text)
    if i >= 0 and _OTHER_BASIS.search(g.sentence[max(0, i - 40):i + len(g.text) + 40]):
        return True
    computed = (a.value / b.value - 1) * 100  # type: ignore[operator]
    return any(o is not g and o.metric == g.metric and o.change == g.change and o.unit == "%" and o.value is not None
               and o.sentence == g.sentence and abs(o.value - computed) <= _tolerance(o.value) for o in facts)


def _nearness(g: Fact, a: Fact, b: Fact) -> str:
    """How close the earlier level `b` is to the change `g` and its level `a`: "sentence" when the same
    sentence says it as the earlier figure ("up $0.30 from $1.44"), "paragraph" when said on the same
    line, "far" otherwise. Two ends of one range ("$8.50 to $8.65") are never two periods."""
    if _one_range(a, b):
        return "far"
    if b.sentence in (g.sentence, a.sentence):
        i = b.sentence.find(b.text)
        if i >= 0 and (_EARLIER.search(b.sentence[max(0, i - 40):i]) or _EARLIER_AFTER.match(b.sentence[i + len(b.text):])):
            return "sentence"
        # The sentence says the figure and not as the earlier level ("diluted EPS of $1.74 increased $0.30
        # ... and adjusted diluted EPS of $2.12"): it is another figure of the same sentence.
        return "far"
    return "paragraph" if b.line in (g.line, a.line) and b.turn == g.turn else "far"


def _said_points(g: Fact) -> str | None:
    """A margin's move said in points ("2.4 percentage points") is written so, not as the "2.4%" the facts keep."""
    return f"{g.value} points" if re.search(r"\bpoints?\b", g.text, re.I) else None


def _named_after_levels(g: Fact, a: Fact, b: Fact) -> bool:
    """"Fee earnings were $62 million against $41 million, helped by client assets growing 19%": the name the two
    levels are read under is said only well after both, of the growth; the levels are likely another thing's."""
    name = " ".join(g.phrase.split()).lower()
    i, j = at(a), at(b)
    if not name or a.sentence != g.sentence or b.sentence != g.sentence or i < 0 or j < 0:
        return False
    last = max(i + len(a.text), j + len(b.text))
    k = g.sentence.lower().find(name)
    return k - last > 20


def _gap(level: Fact, change: Fact) -> int:
    """Characters between a level and a change in their sentence; a level after the change ("up 14% to
    $412 million") counts as a little further than one just before it ("$412 million, up 14%")."""
    i, j = at(level), at(change)
    if i < 0 or j < 0:
        return 10_000
    return j - (i + len(level.text)) if i < j else i - (j + len(change.text)) + 5


def _one_range(a: Fact, b: Fact) -> bool:
    """"$8.50 to $8.65": two ends of one range, not two periods."""
    return a.sentence == b.sentence and bool(re.search(
        rf"{re.escape(b.text)}\s*(?:to|-|\u2013|and)\s*{re.escape(a.text)}|{re.escape(a.text)}\s*(?:to|-|\u2013|and)\s*{re.escape(b.text)}",
        a.sentence))


def _change_to(g: Fact, a: Fact) -> bool:
    """True when the sentence says the change lands on the level ("up $4.5 billion to $3.2 billion"), not
    that the level is a part of it ("up $4.5 billion, including $3.2 billion of ...")."""
    i, j = g.sentence.find(g.text), a.sentence.find(a.text)
    if i < 0 or j <= i:
        return False
    between = g.sentence[i + len(g.text):j]
    return bool(re.fullmatch(r"[\s,]*(?:to|reaching|totall?ing|for a total of)\s*", between, re.I))


def _not_management(t: Transcript | None) -> set[str]:
    if t is None:
        return set()
    return {p.id for p in t.participants if p.role in (Role.ANALYST, Role.OPERATOR)}


@lru_cache(maxsize=4096)
def _norm(phrase: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", phrase.lower()))


def _name(t: Transcript, pid: str) -> str:
    p = t.participant(pid)
    return p.name if p else pid


def _range(low: Decimal | None, high: Decimal | None, unit: str | None) -> str:
    if low is not None and high is not None and low != high:
        return f"{fmt_amount(low, unit)} to {fmt_amount(high, unit)}"
    return fmt_amount(low if low is not None else high, unit)

