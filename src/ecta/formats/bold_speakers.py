"""Turns opened by a speaker's name in bold: the layout of many issuers' web pages and Word transcripts.

A turn opens at a line `**Jane Roe** – Chief Executive Officer` (a dash, comma or bar before the title or firm, or
nothing after the name) or `**Jane Roe:** text` with the speech on the same line, and runs to the next one. The
markdown is what `ecta.containers` makes of a paragraph that opens in bold; a paragraph that is bold throughout comes
out plain, so a plain line that repeats a bold header's name, or says only `Operator`, opens a turn too. Lines that
only name a section ("Questions and Answers") set it; the lines before the first turn are the title and the date.
"""

from __future__ import annotations

from .. import callinfo
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import ParseError
from ..model import Section
from ..source import Source
from ..speakers import clean_name, is_operator_name
from . import generic, sniff
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn

_PARTS = re.compile(r"\s+[-–—|]\s+|\s*,\s+|\s+--\s+")
_TITLE_WORD = re.compile(
    r"\b(?:officer|chief|president|head|director|analyst|chair(?:man|woman|person)?|ceo|cfo|coo|cto|vice|vp|"
    r"svp|evp|manager|treasurer|controller|secretary|counsel|founder|relations|strategist|economist|partner)\b",
    re.I,
)


def _affiliation(text: str) -> tuple[str | None, str | None]:
    """(title, firm) from what follows a bold name: "CFO", "Acme Research", "Acme Research – Analyst"."""
    parts = [p.strip(" *") for p in _PARTS.split(text.strip(" -–—|,:*")) if p.strip(" *")]
    titles = [p for p in parts if _TITLE_WORD.search(p)]
    firms = [p for p in parts if p not in titles]
    return (", ".join(titles) or None), (", ".join(firms) or None)


def _header(line: str, known: set[str]) -> tuple[DraftSpeaker, str] | None:
    """(speaker, speech on the same line) when `line` opens a turn."""
    if m := sniff.BOLD_SPEAKER.match(line):
        title, firm = _affiliation(m.group("aff") or "")
        return DraftSpeaker(name=clean_name(m.group("name")), title=title, firm=firm), ""
    if line.startswith("**") and (label := generic.parse_label(line)):
        name, title, firm, text = label
        return DraftSpeaker(name=clean_name(name), title=title, firm=firm), text
    plain = line.strip()
    if plain in known or is_operator_name(plain):
        return DraftSpeaker(name=plain), ""
    return None


class BoldSpeakers:
    name = "bold-speakers"
    description = "Turns opened by a bold speaker name (`**Name** – Title`): issuers' web pages and Word files"

    def sniff(self, source: Source) -> float:
        return sniff.bold_speakers(source)

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        known = {clean_name(m.group("name")) for ln in lines if (m := sniff.BOLD_SPEAKER.match(ln))}
        draft = Draft(format=self.name)
        section: Section | None = None
        turn: DraftTurn | None = None
        for n, raw in enumerate(lines, start=1):
            line = raw.strip()
            if not line:
                continue
            bare = line.replace("*", "").strip()
            if generic._QA_LINE.match(bare) or generic._PRES_LINE.match(bare):
                section = Section.QA if generic._QA_LINE.match(bare) else Section.PRESENTATION
                turn = None
                continue
            header = _header(line, known)
            if header is not None:
                speaker, text = header
                turn = DraftTurn(speaker=speaker, section=section, header_line=n)
                draft.turns.append(turn)
                if text:
                    turn.paragraphs.append(DraftParagraph(text=text, line_start=n, line_end=n))
            elif turn is not None:
                turn.paragraphs.append(DraftParagraph(text=line, line_start=n, line_end=n))
            elif len(line) < 200:
                draft.title = draft.title or bare
                draft.event_date = draft.event_date or callinfo.date_from_text(bare)
        if not draft.turns:
            raise ParseError(f"{source.label}: no `**Name**` speaker lines found.")
        if draft.title:
            draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(draft.title)
        return draft


PARSER = BoldSpeakers()
