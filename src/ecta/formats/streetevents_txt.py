"""Thomson Reuters / Refinitiv / LSEG StreetEvents transcripts exported as plain text.

Two exports of one layout are read:

- framed (CRLF, 2016-2020): section names between lines of `=`, each turn header between lines
  of `-`, the first paragraph of a turn indented by 10 spaces;
- unframed (LF, later downloads): the same section names and turn headers on their own lines,
  no rules; the late-2024 LSEG layout adds a lowercase `presentation`, no Q&A header at all
  (assemble finds the Q&A from the operator), `Operator,     [1]` and one space after the comma.

A turn header is `Name,  Firm - Title    [N]` (any spacing, an empty affiliation `Name,   -   [52]`
happens). Each non-blank line under it is a paragraph; a line that stops mid-sentence is a
paragraph wrapped onto the next line and is joined to it. The `Definitions` and `Disclaimer`
blocks at the end are framed like turns but carry no `[N]`: everything from them on is legal text.

Event Briefs replace the prepared remarks by an analyst's outline under OVERVIEW / FINANCIAL DATA /
PRESENTATION SUMMARY (headings like `I. Business Review (J.D.)`, no `[N]`). That outline is not
what anybody said, so it is left out of the turns entirely (a warning says so); only the verbatim
Q&A that follows, numbered from [1] again, becomes turns.
"""

from __future__ import annotations

import html
from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from . import _streetevents as se
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff

_RULE = re.compile(r"^\s*(?:={5,}|-{5,})\s*$")
_TURN_HEADER = re.compile(r"^(?P<head>\S.*?)\s*\[(?P<num>\d{1,4})\]$")
_SUFFIX = re.compile(r"^(?P<suffix>Jr\.?|Sr\.?|I{2,3}|IV)(?=,|\s|$)\s*,?\s*")
_LIST_ENTRY = re.compile(r"^\s*\*\s+(?P<name>\S.*?)\s*$")
_PARTICLES = {"de", "del", "della", "der", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "y", "dos", "das"}
_BRIEF_SECTIONS = {"overview", "financial data", "presentation summary"}
_LEGAL_TAIL = re.compile(
    r"^(?:copyright\s+(?:\(c\)\s+|©\s*)?\d{4}\s+(?:thomson\s+reuters|refinitiv|lseg)"
    r"|the\s+information\s+contained\s+in\s+event\s+(?:transcripts|briefs))",
    re.I,
)
# Timing marks some exports leave in the text: <Sync id="L190"time="00:29:30"/>
_XML_TAG = re.compile(r"<[A-Za-z][^<>]{0,200}/>")


def clean_line(line: str) -> str:
    if "&" in line:
        line = html.unescape(line)
    if "<" in line:
        line = _XML_TAG.sub("", line)
    return line.replace("¶", " ").strip()


class StreetEventsText:
    name = "streetevents-txt"
    description = "Thomson Reuters / Refinitiv / LSEG StreetEvents plain-text export (framed or unframed)"

    def sniff(self, source: Source) -> float:
        return sniff.streetevents_txt(source)

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        draft = Draft(format=self.name)
        zone = "header"
        first_section: int | None = None
        turns = se.Turns(draft)
        blank_run = 0
        listed: DraftSpeaker | None = None
        saw_brief_outline = False

        for n, raw in enumerate(lines, start=1):
            if not raw or raw.isspace():
                blank_run += 1
                continue
            if _RULE.match(raw):
                continue
            at_margin = not raw[0].isspace()
            line = clean_line(raw)
            if not line:
                blank_run += 1
                continue

            if at_margin:
                key = re.sub(r"\s+", " ", line).lower()
                section = se.section_of(line) if len(line) < 40 else None
                if key in _BRIEF_SECTIONS:
                    section = "brief"
                if section is not None:
                    turns.close()
                    first_section = first_section or n
                    zone = section
                    saw_brief_outline = saw_brief_outline or section == "brief"
                    listed = None
                    blank_run = 0
                    continue
                if zone != "header" and (se.TAIL.match(line) or _LEGAL_TAIL.match(line)):
                    turns.close()
                    zone = "tail"
            if zone == "tail":
                continue

            if zone in ("corporate", "analysts"):
                entry = _LIST_ENTRY.match(line) if line.startswith("*") else None
                if entry:
                    name = entry.group("name")
                    role = Role.OPERATOR if name.lower() == "operator" else se.LIST_ROLES[zone]
                    listed = DraftSpeaker(name=name, role=role)
                    draft.participants.append(listed)
                    blank_run = 0
                    continue
                if listed is not None and _turn_header(line) is None:
                    listed.firm, listed.title = se.split_affiliation(line)
                    listed = None
                    blank_run = 0
                    continue
            elif zone == "brief":
                blank_run = 0
                continue

            header = _turn_header(line) if at_margin else None
            if header is None and zone == "header":
                blank_run = 0
                continue
            if header is not None:
                name, affiliation = header
                firm, title = se.split_affiliation(affiliation)
                if zone in ("header", "corporate", "analysts"):
                    # The export dropped the "Presentation" name (or the whole header).
                    first_section = first_section or n
                    zone = "presentation"
                turns.open(DraftTurn(
                    speaker=DraftSpeaker(name=name, title=title, firm=firm),
                    section=Section.QA if zone == "qa" else Section.PRESENTATION,
                    header_line=n,
                ))
                blank_run = 0
                continue

            if turns.turn is not None:
                turns.add(DraftParagraph(text=line, line_start=n, line_end=n), blank_run)
            blank_run = 0
        turns.close()

        if first_section is None:
            raise ParseError(f"{source.label}: no StreetEvents sections (Participants, Presentation) found.")
        if not draft.turns:
            raise ParseError(f"{source.label}: StreetEvents layout but no `Name, Firm - Title [N]` turns found.")
        if saw_brief_outline:
            draft.warnings.append(
                "event brief: the presentation is an analyst's outline, not verbatim, and is left out; "
                "only the Q&A is transcribed"
            )
        se.read_header(draft, lines, first_section - 1)
        draft.company = se.nicer_company(draft.company, [p.firm for p in draft.participants if p.role is Role.CORPORATE])
        return draft


def _turn_header(line: str) -> tuple[str, str] | None:
    """("Jane Doe", "Acme Corp - CFO") from "Jane Doe,  Acme Corp - CFO    [7]", else None."""
    m = _TURN_HEADER.match(line)
    if not m:
        return None
    head = m.group("head")
    name, comma, rest = head.partition(",")
    if not comma:
        # Tolerate a lost comma where the wide gap still parts name and affiliation.
        parts = re.split(r"\s{2,}", head, maxsplit=1)
        name, rest = parts[0], parts[1] if len(parts) > 1 else ""
    suffix = _SUFFIX.match(rest.strip())
    if suffix:
        name = f"{name}, {suffix.group('suffix')}"
        rest = rest.strip()[suffix.end():]
    name, rest = name.strip(), rest.strip()
    # An affiliation is a firm (capitalised) or the bare dash of an empty one.
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "-–"):
        return None
    if not _looks_like_name(name):
        return None
    return name, rest


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 8 or len(name) > 80:
        return False
    if name.endswith(("?", "!", ":", ";")) or re.search(r"[\[\]()<>=$%]|\d", name):
        return False
    # Every word capitalised, bar the particles of names ("Odon de Laporte"): keeps a sentence
    # that happens to end in a bracketed number from opening a turn.
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in words)


PARSER = StreetEventsText()
