"""Results told against guidance: "revenue came in at $13.8 billion, at the high end of our guidance range".

Such a sentence names guidance, so a figure in it can be read as guidance recalled when it is the result.
The report reads it as the result (the actual) and keeps what the company claims about it, which cannot be
verified when the range itself is not restated in the call.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use, from stored engine code: start-up
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..facts.guard import gated, guarded
from ..model import Basis, Fact, FactKind
from .figures import at, figure_at

_AGAINST = re.compile(
    r"""\b(?P<where>(?:at|to|near|toward|towards)\s+the\s+(?:high|low|upper|lower|top|bottom)(?:\s+|-)end
        |(?:above|exceed(?:ed|ing|s)?|beat|beating|ahead\s+of|surpass(?:ed|ing)?|over)\s+the\s+(?:high|upper|top)(?:\s+|-)end
        |(?:below|short\s+of|under|less\s+than|beneath)\s+the\s+(?:low|lower|bottom)(?:\s+|-)end
        |(?:at|near)\s+the\s+mid-?point
        |(?:above|exceed(?:ed|ing|s)?|beat|ahead\s+of|better\s+than|(?:higher|lower)\s+than|below|short\s+of|within|in\s+line\s+with)
         (?=\s+(?:(?:our|the|its)\s+)?(?:prior\s+|previous\s+|original\s+|earlier\s+)?(?:guidance|guided|outlook|expectations|forecast)))
        \b(?:\s+of)?(?:\s+(?:our|the|its))?(?:\s+(?:prior|previous|original|earlier))?\s+(?:guidance|guided|outlook|expectations|forecast)""",
    re.I | re.X,
)
"""Where a result landed against the guidance: the words the company uses for it."""
# Behind a lookahead of its first characters, and asked only of a sentence that holds one of the words every match ends
# on ("guidance", "outlook", ...): it is asked of every fact's sentence, few of which speak of guidance (facts.guard).
_AGAINST = gated(guarded(_AGAINST))


def position(sentence: str) -> str | None:
    """The words that place a result against guidance ("at the high end of our guidance"); None when the
    sentence places nothing."""
    m = _AGAINST.search(sentence)
    return " ".join(m.group(0).split()) if m else None


def as_reported(facts: list[Fact]) -> tuple[list[Fact], dict[int, str]]:
    """The facts with recalled-guidance slips read as results, and for each such fact (by index) where the
    company says it landed against guidance.

    A figure is read as the result when it is the one single figure of its metric marked as recalled
    guidance in a sentence that either places it against the guidance ("came in at $216 million, $5
    million below the low end of our guidance") or restates the guided range beside it ("EPS was $0.61,
    compared with our guidance of $0.55 to $0.60"). Two single figures of one metric in such a sentence
    ("we guided $80 million and delivered $84 million") are left as they are: which is which is not
    decidable from the words."""
    by_sentence: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_sentence[f.sentence].append(f)
    # The figure the words place against guidance: a sentence often holds several ("EPS was $0.86, above
    # the high end of guidance, as gross margin improved to 12%"), and only one is the result.
    subjects = {id(f) for sentence, fs in by_sentence.items() for f in _subjects(fs, sentence)}
    singles = Counter((f.metric, f.unit, f.sentence) for f in facts
                      if f.kind is FactKind.PRIOR_GUIDANCE and f.change is None and f.value is not None)
    ranges = {(f.metric, f.sentence) for f in facts if f.kind is FactKind.PRIOR_GUIDANCE and f.low is not None}
    out: list[Fact] = []
    claims: dict[int, str] = {}
    # "Above the high end of our guidance" only ever describes a result; "within guidance", "at the
    # midpoint" or a range beside the figure may describe an outlook too, so the sentence must tell
    # a result in the past. Read once per sentence: a sentence often holds more than one figure.
    read = {sentence: _placed(sentence) for sentence in by_sentence}
    for f in facts:
        where, told = read[f.sentence]
        if f.kind is FactKind.PRIOR_GUIDANCE and not _named_as_guidance(f) and told and not is_distance(f):
            if f.change is None and f.value is not None and singles[(f.metric, f.unit, f.sentence)] == 1:
                if (f.metric, f.sentence) in ranges and _RESULT.search(f.sentence):
                    out.append(f.model_copy(update={"kind": FactKind.ACTUAL}))
                    continue
                if where:
                    if id(f) in subjects:
                        claims[len(out)] = where
                    out.append(f.model_copy(update={"kind": FactKind.ACTUAL}))
                    continue
            elif f.change is not None and f.unit == "%" and f.value is not None and where:
                # "down 6% sequentially" beside a result placed against guidance is the result's growth.
                out.append(f.model_copy(update={"kind": FactKind.ACTUAL}))
                continue
        if f.kind is FactKind.ACTUAL and id(f) in subjects and where and told and (f.metric, f.sentence) not in ranges:
            claims[len(out)] = where  # the result the words place, read as a result already
        out.append(f)
    return out, claims


def _placed(sentence: str) -> tuple[str | None, bool]:
    """Where the sentence places a result against guidance (see `position`), and whether it tells a result."""
    where = position(sentence)
    return where, bool(_RESULT.search(sentence)) or bool(where and _END.search(where) and not _AHEAD.search(sentence))


WITHDRAWN = re.compile(
    r"\b(?:withdraw(?:s|ing|n)?|withdrew|suspend(?:s|ing|ed)?|pull(?:s|ing|ed)?|no\s+longer\s+(?:provid|giv)\w*)\b"
    r"[^.]{0,80}\b(?:guidance|outlook|forecast)", re.I)
"""A sentence saying an outlook is withdrawn ("we withdrew our guidance of 4% to 5% EBITDA growth")."""


_AFTER_PLACE = re.compile(r"[\s,]*(?:range[\s,]*)?(?:(?:at|of|with|was|were|is|came\s+in\s+at|to)\s+)?(?:approximately\s+|about\s+)?")
_OR_ALSO = re.compile(r"[^\d.;]{0,40}\bor\s+(?:approximately\s+|about\s+)?")


def _subjects(fs: list[Fact], sentence: str) -> list[Fact]:
    """The figures a sentence places against guidance: the one the position words run into ("above the high
    end of our guidance range at $0.91"), else the last one before them ("revenue was $399.3 million and
    above the upper end of our guidance range"); with it, one restated per share ("$32.2 million ... or
    $0.86 per diluted share"). Distances from guidance and the guidance itself are not results."""
    m = _AGAINST.search(sentence)
    if not m:
        return []
    levels = sorted((f for f in fs if f.change is None and f.value is not None and at(f) >= 0
                     and not is_distance(f) and not _named_as_guidance(f)), key=at)
    after = [f for f in levels if at(f) >= m.end() and _AFTER_PLACE.fullmatch(sentence[m.end():at(f)])]
    before = [f for f in levels if at(f) + len(f.text) <= m.start()]
    subject = after[0] if after else before[-1] if before else None
    if subject is None:
        return []
    end = at(subject) + len(subject.text)
    also = [f for f in levels if at(f) >= end and _OR_ALSO.fullmatch(sentence[end:at(f)])]
    return [subject] + also[:1]


@dataclass(frozen=True)
class Distance:
    """"Revenue was $1.43 billion, $22 million above the high end of our guidance range": the result, the
    distance, and the guidance end they imply ($1.408 billion), which the call does not restate."""

    result: Fact
    distance: Fact
    side: str
    """above or below"""
    end: str
    """high end, low end, midpoint, or guidance (a single guided figure or plan)"""
    implied: Decimal

    @property
    def outside(self) -> str | None:
        """"above" or "below" when the result lies outside what was guided (above the high end or the guided figure,
        below the low end or it); None when the words say only where it sits inside ("below the high end") or
        against the midpoint."""
        if self.end == "guidance" or (self.side, self.end) in (("above", "high end"), ("below", "low end")):
            return self.side
        return None


_SIDE = (r"(?P<side>above|over|ahead\s+of|better\s+than|more\s+than|higher\s+than|in\s+excess\s+of|exceed\w*|beat\w*|surpass\w*|below"
         r"|under|short\s+of|less\s+than|lower\s+than|worse\s+than|miss\w*)")
_END = r"(?:(?:the\s+)?(?P<end>(?:high|upper|top|low|lower|bottom)(?:\s+|-)end|mid-?point)\s+of\s+)?"
_OBJECT = (r"(?:(?:our|the|its)\s+)?(?:prior\s+|previous\s+|original\s+|earlier\s+|initial\s+)?(?:guid\w*|outlook|expectations?|forecast|range|plan|budget)"
           r"|(?:what\s+)?we\s+(?:had\s+)?(?:planned|expected|guided|forecast(?:ed)?|budgeted|anticipated)")
_PREP = (r"(?P<side>above|over|ahead\s+of|better\s+than|more\s+than|higher\s+than|in\s+excess\s+of|below|under|short\s+of"
         r"|less\s+than|lower\s+than|worse\s+than)")
"""Right after a figure, only a preposition makes it a distance: "$22 million above the high end"; in "EPS of
$0.37 exceeded the high end" and "EPS was $0.64, above the high end" the figure is the result."""
_DISTANCE_AFTER = re.compile(r"\s+" + _PREP + r"\s+(?:the\s+)?" + _END + r"(?:" + _OBJECT + r")\b", re.I)
# "billings were $1.12 billion, a $41 million beat versus the high end of our guidance": the distance said as a noun.
_DISTANCE_NOUN = re.compile(r"\s+(?P<side>beat|outperformance|upside|miss|shortfall)\s+(?:versus|vs\.?|over|against|relative\s+to"
                            r"|compared\s+(?:to|with)|to)\s+(?:the\s+)?" + _END + r"(?:" + _OBJECT + r")\b", re.I)
_DISTANCE_BY = re.compile(_SIDE + r"\s+(?:the\s+)?" + _END + r"(?:" + _OBJECT + r")(?:\s+range)?\s+by\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)


def _distance_words(f: Fact) -> re.Match | None:
    return None if f.value is None else _distance_around(f.sentence, f.text)


@lru_cache(maxsize=4096)
def _distance_around(sentence: str, text: str) -> re.Match | None:
    """Asked of each figure by the summary, the guidance table, the checks and the reading of recalled guidance:
    remembered, as a figure's words do not change between them."""
    i = figure_at(sentence, text)
    if i < 0:
        return None
    return (_DISTANCE_AFTER.match(sentence, i + len(text)) or _DISTANCE_NOUN.match(sentence, i + len(text))
            or _DISTANCE_BY.search(sentence[max(0, i - 120):i]))


def is_distance(f: Fact) -> bool:
    """"$22 million above the high end of our guidance", "exceeding the midpoint of our range by $0.03":
    the figure is the distance from guidance, neither a result nor guidance."""
    return _distance_words(f) is not None


def distances(facts: list[Fact]) -> list[Distance]:
    """Results stated with their distance from guidance, and the guidance end that distance implies."""
    out: list[Distance] = []
    for d in facts:
        m = _distance_words(d)
        if m is None or d.value is None or d.value == 0:
            continue
        i = at(d)
        results = [r for r in facts if r is not d and r.sentence == d.sentence and r.change is None and r.value is not None
                   and r.metric != "other" and 0 <= at(r) < i and not is_distance(r)
                   and (r.unit == d.unit or r.unit == "%" and d.unit == "bps")
                   and not _IMPACT_BY.search(r.sentence[max(0, at(r) - 80):at(r)])]
        if not results:
            continue
        r = max(results, key=at)  # the figure just before the distance is the one it is measured from
        step = abs(d.value) / 100 if d.unit == "bps" and r.unit == "%" else abs(d.value)
        if step >= abs(r.value):  # type: ignore[arg-type]
            continue  # a "distance" as large as the result is another figure
        side = "below" if re.match(r"below|under|short|less|lower|worse|miss", m.group("side"), re.I) else "above"
        end = (m.group("end") or "guidance").lower().replace("-", " ")
        end = ("high end" if end.startswith(("high", "upper", "top")) else "low end" if end.startswith(("low", "bottom"))
               else "midpoint" if end.startswith("mid") else "guidance")
        implied = r.value - step if side == "above" else r.value + step  # type: ignore[operator]
        out.append(Distance(result=r, distance=d, side=side, end=end, implied=implied))
    return out


_IMPACT_BY = re.compile(r"\b(?:impact\w*|hurt|hit|affect\w*|reduc\w*|weigh\w*|cut|dent\w*|benefit\w*|boost\w*|lift\w*)\b[^.;:]{0,50}?"
                        r"\bby\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|some\s+|nearly\s+|close\s+to\s+)?$", re.I)
"""Before a figure, what moved a metric by it ("the shortages hurt our sales by about $90 million"): the size of an
impact, no level of the metric a distance from guidance could be measured from."""

_GUIDED_AS = re.compile(r"\b(?:guid\w*|outlook|forecast|expect\w*)(?:\s+range)?\s+(?:of|was|were|is|to|for)?\s*"
                        r"(?:approximately\s+|about\s+|around\s+)?$", re.I)

_RESULT = re.compile(r"\b(?:was|were|came|ended|grew|increased|decreased|declined|rose|fell|delivered|reported|finished|landed"
                     r"|exceeded|beat|totall?ed|reached|resulted|generated|achieved|posted|closed)\b", re.I)
"""A result is told in the past ("came in at", "was"); "this equates to", "we now expect" look ahead."""
_RESULT = guarded(_RESULT)

_AHEAD = re.compile(r"\b(?:expect\w*|anticipat\w*|will|now\s+see|project\w*|should)\b", re.I)

_END = re.compile(r"\b(?:high|low|upper|lower|top|bottom)(?:\s+|-)end\b", re.I)

def _named_as_guidance(f: Fact) -> bool:
    """"our guidance of $80 million": the words just before the figure say it is the guidance itself."""
    i = f.sentence.find(f.text)
    return i >= 0 and bool(_GUIDED_AS.search(f.sentence[max(0, i - 40):i]))


_PAIR = re.compile(r"\b(?P<a>non[\s-]?gaap|gaap|gap|non[\s-]?gap|adjusted|reported|ifrs)\s+and\s+(?P<b>non[\s-]?gaap|non[\s-]?gap|gaap|gap|adjusted"
                   r"|reported|underlying)\b", re.I)


def _basis_word(word: str) -> Basis | None:
    w = re.sub(r"[\s-]", "", word.lower())
    return {"gaap": Basis.GAAP, "gap": Basis.GAAP, "ifrs": Basis.GAAP, "reported": Basis.GAAP, "nongaap": Basis.NON_GAAP,
            "nongap": Basis.NON_GAAP, "adjusted": Basis.ADJUSTED, "underlying": Basis.ADJUSTED}.get(w)


def respectively(facts: list[Fact]) -> list[Fact]:
    """"GAAP and non-GAAP gross margins should be 52.6% and 54%, respectively": the first figure is the GAAP
    one and the second the non-GAAP one, whatever basis each was given (the facts read one basis for the sentence).
    Only two figures of one metric, unit and kind of change after the pair of bases, in a sentence saying
    "respectively"."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    pairs: dict[str, re.Match | None] = {}
    for f in facts:
        if "respectively" not in f.sentence:
            continue
        if f.sentence not in pairs:
            pairs[f.sentence] = _PAIR.search(f.sentence)
        m = pairs[f.sentence]
        if m is not None and at(f) > m.end():
            groups[(f.sentence, f.metric, f.unit, f.change)].append(f)
    update: dict[int, Basis] = {}
    for (sentence, *_), fs in groups.items():
        m = pairs[sentence]
        first, second = _basis_word(m.group("a")), _basis_word(m.group("b"))  # type: ignore[union-attr]
        if len(fs) != 2 or first is None or second is None or first == second:
            continue
        a, b = sorted(fs, key=at)
        update[id(a)], update[id(b)] = first, second
    if not update:
        return facts
    return [f.model_copy(update={"basis": update[id(f)]}) if id(f) in update else f for f in facts]
