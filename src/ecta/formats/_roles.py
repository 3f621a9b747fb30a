"""Role hints from the shape of a call, for formats that name speakers but give no titles."""

from __future__ import annotations

import re

from ..model import Role, Section
from ..speakers import is_operator_name
from .base import DraftTurn

# The operator handing the line to the first analyst: the prepared remarks are over.
QUESTION_CALL = re.compile(
    r"\b(?:first|next|initial|last|final)\s+question\b|\bquestion\s+(?:comes?|is\s+coming|will\s+come|is)\s+from\b"
    r"|\bfrom\s+the\s+line\s+of\b",
    re.I,
)


def is_operator(turn: DraftTurn) -> bool:
    return turn.speaker.role is Role.OPERATOR or is_operator_name(turn.speaker.name)


def prepared_turns(turns: list[DraftTurn]) -> list[DraftTurn]:
    """The turns of the prepared remarks: those marked so, or when nothing is marked, the turns
    before the operator first calls a question."""
    if any(t.section is not None for t in turns):
        return [t for t in turns if t.section is Section.PRESENTATION]
    out: list[DraftTurn] = []
    for t in turns:
        if is_operator(t) and QUESTION_CALL.search(" ".join(p.text for p in t.paragraphs)):
            break
        out.append(t)
    return out


def mark_presenters(turns: list[DraftTurn]) -> None:
    """Whoever speaks in the prepared remarks, the operator aside, works for the company.

    Without this, an executive who greets an analyst right after the operator's hand-over
    ("Good morning, Peter.") would be taken for the analyst."""
    presenters = {t.speaker.name for t in prepared_turns(turns) if not is_operator(t)}
    for t in turns:
        if t.speaker.name in presenters and t.speaker.role is None:
            t.speaker.role = Role.CORPORATE
