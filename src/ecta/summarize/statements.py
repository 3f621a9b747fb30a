"""Bullets without a figure: what management did to its outlook ("reaffirms 2022 guidance.", "withdraws guidance.").

Wire reporters write these when a call raises, cuts, confirms, withdraws or declines to give an outlook. They
come from one sentence of the company's own speech, named by its line; no number is written except the year
the outlook covers, copied from that sentence.
"""

from __future__ import annotations

from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up
from collections.abc import Iterator

from ..model import ParagraphKind, Role, Section, Transcript
from .position import Positions

_OUTLOOK = (r"(?:(?:our|its|the|their|this|that|full[\s-]year|fiscal(?:\s+year)?|annual|financial|(?:fy\s?)?20\d\d|'?\d\d|earnings|revenue|sales|"
            r"eps|previous|prior|initial|current"
            # the measure the outlook is of ("our full-year core FFO per share guidance"), but no word that would make the
            # outlook the object of another phrase ("raised prices ahead of the guidance")
            r"|(?!(?:of|to|in|on|for|with|by|at|from(?!\s+operations)|than|ahead|above|below|versus|vs|and|or|but|that|which|what|is|was|are|"
            r"were|be|been|a|an|us|we|you|it|any|some|no|within|into|over|under|despite|given|after|before|amid|toward|towards|"
            r"through|across|beyond|including|as|while|so|because|if|when|has|have|had|will|would)\b)[a-z][\w&'./-]*)\s+){0,8}(?:guidance|outlook|forecast)")
_ACTIONS = [
    # (what the wire says, the words a speaker uses for it)
    ("reaffirms", re.compile(r"\b(?:reaffirm|re-affirm|affirm|reiterat|confirm|maintain)(?:s|ed|ing)?\s+" + _OUTLOOK, re.I)),
    ("raises", re.compile(r"\b(?:rais|increas|lift)(?:e|es|ed|ing)\s+" + _OUTLOOK, re.I)),
    ("lowers", re.compile(r"\b(?:lower|reduc|cut|trimm?)(?:s|es|ed|ing|e)?\s+" + _OUTLOOK, re.I)),
    ("withdraws", re.compile(r"\b(?:withdr[ae]w\w*|suspend\w*|pull\w*|rescind\w*)\s+" + _OUTLOOK, re.I)),
    ("not providing", re.compile(r"\b(?:not|no longer)\s+(?:be\s+)?(?:provid|giv|issu|offer|reinstat)(?:e|es|ing)\s+(?:any\s+)?"
                                 + _OUTLOOK, re.I)),
]
_WE = re.compile(r"\b(?:we|we're|we've|we'll|we are|the company|our board)\b", re.I)
_CONDITIONAL = re.compile(r"\b(?:if|whether|would|could|might|may|unless)\b|\?", re.I)
_YEAR = re.compile(r"\b(?:fiscal(?:\s+year)?\s+)?(20\d\d)\b", re.I)
_FULL_YEAR = re.compile(r"\bfull[\s-]year\b", re.I)
_DECLINED_FOR = re.compile(
    r"""^\s+(?:for|beyond)\s+                                   # "guidance for the fourth quarter", "beyond the next quarter"
        (?:the\s+|this\s+)?
        (?:(?:full|fiscal|coming|next|current|remainder\s+of\s+the)\s+year
          |(?:first|second|third|fourth|next|coming|current)\s+quarter
          |(?:first|second|back)\s+half(?:\s+of\s+the\s+year)?
          |q[1-4])\b""", re.I | re.X)
"""The period an outlook is declined for, said after it: a bare "not providing guidance." beside a call that guides the
quarter reads as if it gave none."""
_NOT_A_MEASURE = frozenset("our its the their this that any fiscal full-year full year fy previous prior initial current".split())
"""Words between "not providing" and "guidance" that name neither a measure nor a period of their own (the year is
read apart)."""
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentences(t: Transcript, place: Positions | None = None) -> Iterator[tuple[int, str, float, bool, str, int]]:
    """(line, sentence, place in the call 0..1 (see `position`), in Q&A, the sentence before it in the turn, turn index)
    for the company's own prepared and answered speech."""
    place = place or Positions(t)
    for turn in t.turns:
        if turn.speaker.role in (Role.ANALYST, Role.OPERATOR):
            continue
        prev = ""
        for i, p in enumerate(turn.paragraphs):
            if p.kind is not ParagraphKind.SPEECH:
                continue
            offset = 0
            for s in _SENT.split(p.text):
                start = p.text.find(s, offset)
                offset = start + len(s)
                line = min(p.line_start + p.text.count("\n", 0, max(start, 0)), p.line_end)
                yield line, s, place.at(turn.index, i, max(start, 0)), turn.section is Section.QA, prev, turn.index
                prev = s


def outlook_statements(t: Transcript, place: Positions | None = None) -> list[tuple[str, int, int, str, dict[str, float]]]:
    """(bullet, line, turn index, action, features) for each sentence where the company acts on its outlook, first per
    action."""
    out = []
    done: set[str] = set()
    for line, s, pos, qa, prev, turn in sentences(t, place):
        low = s.lower()
        # A substring test first: the action patterns are costly and most sentences speak of no outlook.
        if len(s) > 400 or not ("guidance" in low or "outlook" in low or "forecast" in low) or not _WE.search(s):
            continue
        for action, rx in _ACTIONS:
            m = rx.search(s)
            if not m or action in done:
                continue
            year = _YEAR.search(m.group(0)) or _YEAR.search(s)
            if year is None and action == "not providing":
                # "Let me give you an early read on 2027. We are not giving guidance until February": the year declined
                # is the one the sentence before set up, not this year's (which the call may well guide); a year the
                # call is in ("the second quarter of 2026 was ...") sets nothing up
                year = _YEAR.search(prev)
                if year and t.meta.fiscal_year and int(year[1]) <= t.meta.fiscal_year:
                    year = None
            span = f"{year[1]} " if year else ("full-year " if _FULL_YEAR.search(s) else "")
            if action == "not providing":
                # A year or "full-year" names the outlook declined; without either, the measure or period said does.
                text = f"not providing {span or declined(m.group(0), s[m.end():])}{'guidance' if span else ''}."
            else:
                text = f"{action} {span}guidance."
            feats = {
                "bias": 1.0,
                "stmt": 1.0,
                f"stmt={action}": 1.0,
                f"stmt_pos={min(int(pos * 5), 4)}": 1.0,
                "stmt_qa": float(qa),
                "stmt_cond": float(bool(_CONDITIONAL.search(s))),
                "stmt_year": float(year is not None),
            }
            out.append((text, line, turn, action, feats))
            done.add(action)
            break
    return out


def declined(said: str, after: str) -> str:
    """What a "not providing" sentence declines, as the bullet names it: "revenue guidance" from "not providing revenue
    guidance", "guidance for the fourth quarter"; "guidance" alone when the sentence names neither measure nor period."""
    words = said.split()
    verb = next((i for i, w in enumerate(words) if w.lower().startswith(("provid", "giv", "issu", "offer", "reinstat"))), 0)
    measure = [w.lower() for w in words[verb + 1:-1]
               if w.lower() not in _NOT_A_MEASURE and not any(c.isdigit() for c in w)]
    period = _DECLINED_FOR.match(after)
    return " ".join(measure + ["guidance"]) + (f" {' '.join(period.group(0).lower().split())}" if period else "")


_QUALIFIERS = frozenset("specific formal detailed explicit further precise exact quantitative numerical numeric official".split())
"""Words that say how an outlook would be given, not what it would cover: "not providing formal guidance." declines
nothing named."""


def declines_unnamed(text: str) -> bool:
    """A statement that declines an outlook without naming its measure or period ("not providing guidance.")."""
    if not text.startswith("not providing "):
        return False
    return all(w in _QUALIFIERS for w in text.removeprefix("not providing ").removesuffix("guidance.").split())
