"""Results told against guidance: "revenue came in at $13.8 billion, at the high end of our guidance range".

Such a sentence names guidance, so a figure in it can be read as guidance recalled when it is the result.
The report reads it as the result (the actual) and keeps what the company claims about it, which cannot be
verified when the range itself is not restated in the call.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Fact, FactKind

_AGAINST = re.compile(
    r"""\b(?P<where>(?:at|to|near|toward|towards)\s+the\s+(?:high|low|upper|lower|top|bottom)(?:\s+|-)end
        |(?:above|exceed(?:ed|ing|s)?|beat|beating|ahead\s+of|surpass(?:ed|ing)?|over)\s+the\s+(?:high|upper|top)(?:\s+|-)end
        |(?:below|short\s+of|under|less\s+than|beneath)\s+the\s+(?:low|lower|bottom)(?:\s+|-)end
        |(?:at|near)\s+the\s+mid-?point
        |(?:above|exceed(?:ed|ing|s)?|beat|ahead\s+of|better\s+than|below|short\s+of|within|in\s+line\s+with)
         (?=\s+(?:(?:our|the|its)\s+)?(?:prior\s+|previous\s+|original\s+|earlier\s+)?(?:guidance|guided|outlook|expectations|forecast)))
        \b(?:\s+of)?(?:\s+(?:our|the|its))?(?:\s+(?:prior|previous|original|earlier))?\s+(?:guidance|guided|outlook|expectations|forecast)""",
    re.I | re.X,
)
"""Where a result landed against the guidance: the words the company uses for it."""


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
    singles = Counter((f.metric, f.unit, f.sentence) for f in facts
                      if f.kind is FactKind.PRIOR_GUIDANCE and f.change is None and f.value is not None)
    ranges = {(f.metric, f.sentence) for f in facts if f.kind is FactKind.PRIOR_GUIDANCE and f.low is not None}
    out: list[Fact] = []
    claims: dict[int, str] = {}
    for f in facts:
        # "Above the high end of our guidance" only ever describes a result; "within guidance", "at the
        # midpoint" or a range beside the figure may describe an outlook too, so the sentence must tell
        # a result in the past.
        where = position(f.sentence)
        told = bool(_RESULT.search(f.sentence)) or bool(where and _END.search(where) and not _AHEAD.search(f.sentence))
        if f.kind is FactKind.PRIOR_GUIDANCE and not _named_as_guidance(f) and told and not _distance(f):
            if f.change is None and f.value is not None and singles[(f.metric, f.unit, f.sentence)] == 1:
                if (f.metric, f.sentence) in ranges and _RESULT.search(f.sentence):
                    out.append(f.model_copy(update={"kind": FactKind.ACTUAL}))
                    continue
                if where:
                    claims[len(out)] = where
                    out.append(f.model_copy(update={"kind": FactKind.ACTUAL}))
                    continue
            elif f.change is not None and f.unit == "%" and f.value is not None and where:
                # "down 6% sequentially" beside a result placed against guidance is the result's growth.
                out.append(f.model_copy(update={"kind": FactKind.ACTUAL}))
                continue
        out.append(f)
    return out, claims


_GUIDED_AS = re.compile(r"\b(?:guid\w*|outlook|forecast|expect\w*)(?:\s+range)?\s+(?:of|was|were|is|to|for)?\s*"
                        r"(?:approximately\s+|about\s+|around\s+)?$", re.I)

_RESULT = re.compile(r"\b(?:was|were|came|ended|grew|increased|decreased|declined|rose|fell|delivered|reported|finished|landed"
                     r"|exceeded|beat|totall?ed|reached|resulted|generated|achieved|posted|closed)\b", re.I)
"""A result is told in the past ("came in at", "was"); "this equates to", "we now expect" look ahead."""

_AHEAD = re.compile(r"\b(?:expect\w*|anticipat\w*|will|now\s+see|project\w*|should)\b", re.I)

_END = re.compile(r"\b(?:high|low|upper|lower|top|bottom)(?:\s+|-)end\b", re.I)

_DISTANCE = re.compile(r"^\s*(?:above|below|over|under|less\s+than|more\s+than|short\s+of|ahead\s+of|better\s+than|worse\s+than)\b", re.I)


def _distance(f: Fact) -> bool:
    """"$22 million above the high end of our guidance": the figure is the distance from guidance, not
    the result, and says nothing the report can use on its own."""
    i = f.sentence.find(f.text)
    return i >= 0 and bool(f.text) and bool(_DISTANCE.match(f.sentence[i + len(f.text):]))


def _named_as_guidance(f: Fact) -> bool:
    """"our guidance of $80 million": the words just before the figure say it is the guidance itself."""
    i = f.sentence.find(f.text)
    return i >= 0 and bool(_GUIDED_AS.search(f.sentence[max(0, i - 40):i]))
