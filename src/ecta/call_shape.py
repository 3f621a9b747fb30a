"""Sections and roles from the shape of a call, for sources that name speakers but list nobody
and give no titles (one `Name: text` line per turn, ASR speaker labels).

The Q&A opens where the operator calls a question, or where a moderator who spoke before moves
the call to questions. Whoever speaks before that, the operator aside, is with the company. In
the Q&A the first new voice after a hand-over ("the next question comes from Jane Roe at Acme
Securities") is the analyst; a new voice answering a question that someone from the company
read out (retail questions, in a call without an operator) is with the company too.
"""

from __future__ import annotations

import re

from .formats.base import DraftTurn
from .model import Role, Section
from .speakers import is_operator_name, name_key

# A moderator (IR, or the operator) moving the call to questions, or calling the first one.
_QA_CUE = re.compile(
    r"""\b(?:first|next)\s+question\b
        |\bquestions?\s+(?:comes?|is|will\s+come)\s+from\b
        |\bfrom\s+the\s+line\s+of\b
        |\b(?:move|moving|go|going|turn|turning|open|opening)\s+(?:\w+\s+){0,4}?(?:q\s*&\s*a|q\s+and\s+a|(?:\S+\s+)?questions)\b""",
    re.I | re.X,
)
# "... which is going to come from Jane Roe at Acme": hand-overs the operator phrasing misses.
_CALL_FROM = re.compile(
    r"\bcom(?:e|es|ing)\s+from\s+(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})"
    r"\s+(?:at|from|with|of)\s+(?P<firm>[A-Z0-9][\w.&'’\-]*(?:\s+(?:[A-Z0-9&][\w.&'’\-]*|and|of))*)"
)


def infer(turns: list[DraftTurn]) -> None:
    """Fill in sections (where the source marks none) and role hints (for speakers without a
    role, title or firm) from who speaks when. Changes the draft turns in place."""
    marked = next((i for i, t in enumerate(turns) if t.section is Section.QA), None)
    start = marked if marked is not None else qa_start(turns)
    if start is None:
        return
    if all(t.section is None for t in turns):
        for i, t in enumerate(turns):
            t.section = Section.QA if i >= start else Section.PRESENTATION
    corporate = {_key(t) for t in turns[:start] if not is_operator_name(t.speaker.name)}
    analysts: dict[str, str | None] = {}
    announced: tuple[str, str | None] | None = None
    previous: str | None = None
    for t in turns[start:]:
        key = _key(t)
        if is_operator_name(t.speaker.name) or key in corporate:
            called = announcement(_text(t))
            if called is not None:
                announced = called
            elif is_operator_name(t.speaker.name):
                announced = None
        elif key not in analysts:
            if announced is not None:
                # Whoever takes the line gets the firm called, even when someone stands in.
                analysts[key] = announced[1]
                announced = None
            elif previous is not None and previous in corporate:
                corporate.add(key)
        else:
            announced = None
        previous = key
    for t in turns:
        sp = t.speaker
        if sp.role is not None or sp.title or sp.firm or is_operator_name(sp.name):
            continue
        key = _key(t)
        if key in analysts:
            sp.role = Role.ANALYST
            sp.firm = analysts[key]
        elif key in corporate:
            sp.role = Role.CORPORATE


def qa_start(turns: list[DraftTurn]) -> int | None:
    """The first turn of the Q&A: the operator's cue, or a returning moderator's.

    A moderator handing over to the operator ("Operator, may we have the first question?")
    still belongs to the remarks, as vendors that mark the Q&A place it.
    """
    spoken: set[str] = set()
    for i, t in enumerate(turns):
        key = _key(t)
        operator = is_operator_name(t.speaker.name)
        if spoken - {key} and (operator or key in spoken) and _QA_CUE.search(_text(t)):
            if not operator and i + 1 < len(turns) and is_operator_name(turns[i + 1].speaker.name):
                return i + 1
            return i
        if not operator:
            spoken.add(key)
    return None


def announcement(text: str) -> tuple[str, str | None] | None:
    """(name, firm) of the last analyst a turn hands over to: a moderator may call one, then
    move on to another while the first sorts out their line."""
    from .assemble import parse_announcement  # assemble imports this module

    for sentence in reversed(re.split(r"(?<=[.?!])\s+", text)):
        m = _CALL_FROM.search(sentence)
        if m:
            return m.group("name"), m.group("firm").strip(" .,")
        ann = parse_announcement(sentence)
        if ann is not None:
            return ann.name, ann.firm
    return None


def _key(turn: DraftTurn) -> str:
    return name_key(turn.speaker.name)


def _text(turn: DraftTurn) -> str:
    return " ".join(p.text for p in turn.paragraphs)
