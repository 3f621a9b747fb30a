"""Fallback for plain `Name: text` transcripts, whatever their source.

A turn starts at a line `Speaker Name: words...` (optionally `Name (Title, Firm):` or
`Name - Title:`) and runs until the next such line. Lines that are only a section name
("Questions and Answers") set the section; otherwise the Q&A is inferred.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..errors import ParseError
from ..model import Section
from ..speakers import role_from_title
from ..source import Source
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff

_LABEL = re.compile(
    r"""^\s*(?:\*\*)?(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w.'’\-]*|de|van|von|da|del|la|le)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w.'’\-]*|de|van|von|da|del|la|le)){0,4})
        (?:\*\*(?=\s*[(\-–]))?  # a bold name that closes before its title: "**Jane Roe** (CFO):"
        (?:\s*(?:\((?P<paren>[^)]{1,80})\)|\s[-–]\s(?P<dash>[^:]{1,80})))?
        \s*(?:\*\*)?:(?:\*\*)?\s+(?P<text>\S.*)$""",
    re.X,
)
_FIRM_WORD = re.compile(
    r"\b(?:securities|capital|partners|research|bank|markets|advisors|advisers|management|investments?|group|"
    r"llc|inc|ltd|plc|co|company|associates|equities|asset|fund|funds|brothers)\b\.?",
    re.I,
)
_QA_LINE = re.compile(
    r"^\W*(?:questions?[\s-]*(?:and|&)[\s-]*answers?(?:\s+session)?|q\s*&\s*a(?:\s+session)?)\W*$", re.I
)
_PRES_LINE = re.compile(r"^\W*(?:presentation|prepared\s+remarks|management\s+discussion)(?:\s+section)?\W*$", re.I)
# Words that start a line with a colon but are not speakers.
_NOT_NAMES = {
    "note", "date", "company", "quarter", "source", "title", "time", "ticker", "event", "call",
    "participants", "operator instructions", "forward-looking statements", "disclaimer", "copyright",
    "revenue", "revenues", "guidance", "outlook", "highlights", "question", "answer", "q", "a",
    "total", "net", "slide", "page", "http", "https", "www", "summary", "agenda", "contents",
}


def parse_label(line: str) -> tuple[str, str | None, str | None, str] | None:
    """(name, title, firm, text) when `line` opens a turn, else None."""
    m = _LABEL.match(line)
    if not m:
        return None
    name = m.group("name").strip()
    if name.lower() in _NOT_NAMES or name.lower().split()[0] in {"the", "our", "we", "i", "in", "for", "and", "but", "so"}:
        return None
    extra = m.group("paren") or m.group("dash")
    title = firm = None
    if extra:
        parts = [p.strip() for p in re.split(r"\s*[,–-]\s+|\s+[-–]\s*", extra) if p.strip()]
        if len(parts) >= 2:
            firm, title = parts[0], ", ".join(parts[1:])
        elif parts and role_from_title(parts[0]) is None and _FIRM_WORD.search(parts[0]):
            firm = parts[0]  # "Jane Roe (Acme Securities):" names where the caller works, not a title
        else:
            title = parts[0] if parts else None
    return name, title, firm, m.group("text").strip()


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
            if _QA_LINE.match(line):
                section = Section.QA
                turn = None
                continue
            if _PRES_LINE.match(line):
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
        if not draft.turns:
            raise ParseError(f"{source.label}: no `Name: text` speaker lines found.")
        return draft


PARSER = Generic()
