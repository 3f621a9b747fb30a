"""Fallback for plain `Name: text` transcripts, whatever their source.

A turn starts at a line `Speaker Name: words...` (optionally `Name (Title, Firm):` or
`Name - Title:`) and runs until the next such line. Lines that are only a section name
("Questions and Answers") set the section; otherwise the Q&A is inferred.
"""

from __future__ import annotations

from .. import callinfo
from ..errors import ParseError
from ..model import Section
from ..source import Source
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff
from ._speaker_lines import PRES_LINE, QA_LINE, parse_label


class Generic:
    name = "generic"
    description = "Plain `Speaker Name: text` transcript (any source; fallback)"

    def sniff(self, source: Source) -> float:
        return sniff.generic(source)

    def parse(self, source: Source) -> Draft:
        draft = Draft(format=self.name)
        section: Section | None = None
        turn: DraftTurn | None = None
        for n, raw in enumerate(source.lines, start=1):
            line = raw.strip()
            if not line:
                continue
            if QA_LINE.match(line):
                section = Section.QA
                turn = None
                continue
            if PRES_LINE.match(line):
                section = Section.PRESENTATION
                turn = None
                continue
            label = parse_label(line)
            if label is not None:
                name, title, firm, text = label
                turn = DraftTurn(
                    speaker=DraftSpeaker(name=name, title=title, firm=firm), section=section, header_line=n
                )
                turn.paragraphs.append(DraftParagraph(text=text, line_start=n, line_end=n))
                draft.turns.append(turn)
            elif turn is not None:
                turn.paragraphs.append(DraftParagraph(text=line, line_start=n, line_end=n))
            elif draft.title is None and len(line) < 200:
                draft.title = line.lstrip("# ").strip()
            if label is None and not draft.turns and draft.event_date is None and len(line) < 200:
                # The lines above the talk: a title or a dateline may say when the call was held.
                draft.event_date = callinfo.date_from_text(line)
        if not draft.turns:
            raise ParseError(f"{source.label}: no `Name: text` speaker lines found.")
        return draft


PARSER = Generic()
