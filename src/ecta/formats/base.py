"""The interface every format parser implements, and the draft it hands to `assemble`.

A parser reads the layout of one source format and nothing else: where the header, the
participant list, the turns and the sections are. It returns a `Draft`. The shared work of
turning a draft into a Transcript (who is who, roles, sections when the source has no
markers, exchanges, stage directions, boilerplate) lives in `ecta.assemble`, so every
format gets the same behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from ..model import ParagraphKind, Role, Section
from ..source import Source


@dataclass
class DraftParagraph:
    text: str
    line_start: int
    line_end: int
    page: int | None = None
    page_end: int | None = None
    kind: ParagraphKind | None = None
    """None lets `assemble` decide whether this is speech or a stage direction."""
    word_lines: list[int] | None = None
    """The line of each whitespace-separated word of `text`, where the paragraph joins lines that are not
    consecutive (one word per line, a page break, a PDF's wrapped lines)."""
    word_pages: list[int] | None = None


@dataclass
class DraftSpeaker:
    """A person as one place in the source names them: a list entry or a turn header."""

    name: str
    title: str | None = None
    firm: str | None = None
    role: Role | None = None
    """A hint from the source's layout (e.g. listed under "Conference Call Participants")."""


@dataclass
class DraftTurn:
    speaker: DraftSpeaker
    paragraphs: list[DraftParagraph] = field(default_factory=list)
    section: Section | None = None
    """None where the source has no marker here: `assemble` infers it."""
    header_line: int | None = None
    """The line naming the speaker, if the format has one: the turn's span starts there."""
    page: int | None = None


@dataclass
class Draft:
    format: str
    title: str | None = None
    company: str | None = None
    ticker: str | None = None
    fiscal_year: int | None = None
    fiscal_quarter: int | None = None
    event_date: datetime | None = None
    participants: list[DraftSpeaker] = field(default_factory=list)
    turns: list[DraftTurn] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def json_head(source: Source, size: int = 4000, opening: str = "{") -> str | None:
    """The first `size` characters of a JSON document opening on one of `opening` (an object; `"{["` lets in a list or
    JSON Lines), or None when `source` is not one.

    For sniffers: never raises, even on bytes that do not decode.
    """
    if source.is_pdf:
        return None
    try:
        head = source.text[:size]
    except Exception:  # undecodable input is not JSON; a sniffer must not raise
        return None
    first = head.lstrip("\ufeff \t\r\n")[:1]
    return head if first and first in opening else None


class FormatParser(Protocol):
    name: str
    """Registry key, e.g. "streetevents-md"."""
    description: str

    def sniff(self, source: Source) -> float:
        """Confidence in [0, 1] that `source` is in this format. Must be cheap and never raise."""
        ...

    def parse(self, source: Source) -> Draft:
        """Read the layout. Raise ParseError when the source is this format but unusable."""
        ...
