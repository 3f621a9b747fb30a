"""Thomson Reuters / Refinitiv StreetEvents transcripts converted to markdown.

Layout: a brand line, `# EDITED TRANSCRIPT`, `## TICKER - title`, `EVENT DATE/TIME: ...`,
`## CORPORATE PARTICIPANTS` and `## CONFERENCE CALL PARTICIPANTS` lists of
`**Name** *Firm - Title*`, `## PRESENTATION`, `## QUESTIONS AND ANSWERS`, turns opened by
`**Name** - *Firm - Title*` (italics optional, dash optional), `### Operator` or `**Operator**`
and separated by `---`, then `**DISCLAIMER**` and legal text. Page breaks of the original
document show as runs of blank lines, sometimes in the middle of a sentence.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from ..speakers import is_operator_name
from . import _streetevents as se
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff

_BOLD_HEADER = re.compile(r"^\s*\*\*(?P<name>[^*]{1,80}?)\*\*\s*(?:[-–]\s*)?(?P<aff>\*?[^*]*\*?)\s*$")
_HASH_HEADER = re.compile(r"^\s*#{1,4}\s*(?P<text>.+?)\s*#*\s*$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_LINK = re.compile(r"\[([^\]]*)\]\((?:https?://|www\.)[^)]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$%&])")


def clean_markdown(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return text


class StreetEventsMarkdown:
    name = "streetevents-md"
    description = "Thomson Reuters / Refinitiv StreetEvents transcript exported to markdown"

    def sniff(self, source: Source) -> float:
        return sniff.streetevents_md(source)

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        draft = Draft(format=self.name)
        zone = "header"
        first_section = None
        turns = se.Turns(draft)
        blank_run = 0
        prev_blank_or_rule = True
        after_rule = False

        for n, raw in enumerate(lines, start=1):
            line = raw.strip()
            if not line:
                blank_run += 1
                prev_blank_or_rule = True
                continue
            if _RULE.match(line):
                prev_blank_or_rule = after_rule = True
                continue
            rule_before, after_rule = after_rule, False
            if se.TAIL.match(line.replace("*", "")) and zone in ("presentation", "qa"):
                turns.close()
                zone = "tail"
                continue
            if zone == "tail":
                continue

            hashed = _HASH_HEADER.match(line)
            bold = _BOLD_HEADER.match(line)
            heading = hashed.group("text") if hashed else (bold.group("name") if bold and not bold.group("aff").strip() else None)
            section = se.section_of(heading) if heading else None
            if section is not None:
                turns.close()
                if first_section is None:
                    first_section = n
                zone = section
                blank_run = 0
                continue

            if zone in ("corporate", "analysts") and _opens_turn(line, hashed, rule_before):
                # No PRESENTATION heading: the first turn ends the participant lists.
                zone = "presentation"
            elif zone == "header" and (_opens_turn(line, None, rule_before) or is_operator_name(heading or "")):
                # No lists and no PRESENTATION heading either (other hashes here are the title's).
                zone = "presentation"
                first_section = first_section or n
            if zone in ("corporate", "analysts"):
                if bold:
                    firm, title = se.split_affiliation(bold.group("aff"))
                    name = bold.group("name")
                    role = Role.OPERATOR if name.strip().lower() == "operator" else se.LIST_ROLES[zone]
                    draft.participants.append(DraftSpeaker(name=name, title=title, firm=firm, role=role))
                blank_run = 0
                continue
            if zone in ("header", "brief"):
                blank_run = 0
                continue

            header = None
            if prev_blank_or_rule and hashed and len(hashed.group("text")) <= 60:
                header = (hashed.group("text"), "")
            elif prev_blank_or_rule and bold and _looks_like_name(bold.group("name")):
                header = (bold.group("name"), bold.group("aff"))
            if header is not None:
                firm, title = se.split_affiliation(header[1])
                turns.open(DraftTurn(
                    speaker=DraftSpeaker(name=header[0], title=title, firm=firm),
                    section=Section.QA if zone == "qa" else Section.PRESENTATION,
                    header_line=n,
                ))
                blank_run = 0
                prev_blank_or_rule = False
                continue

            if turns.turn is not None:
                text = clean_markdown(line)
                if turns.paragraphs and not prev_blank_or_rule:
                    turns.paragraphs[-1].text += " " + text
                    turns.paragraphs[-1].line_end = n
                else:
                    turns.add(DraftParagraph(text=text, line_start=n, line_end=n), blank_run)
            blank_run = 0
            prev_blank_or_rule = False
        turns.close()

        if first_section is None:
            raise ParseError(f"{source.label}: no StreetEvents sections (PARTICIPANTS, PRESENTATION) found.")
        se.read_header(draft, lines, first_section - 1)
        draft.company = se.nicer_company(draft.company, [p.firm for p in draft.participants if p.role is Role.CORPORATE])
        return draft


def _opens_turn(line: str, hashed: re.Match[str] | None, after_rule: bool) -> bool:
    """A line in a participant list that can only be a turn header: `### Operator`, the
    `**Name** - ...` form with its dash (list entries have none), or anything after a `---` rule
    (rules separate turns, never list entries)."""
    if hashed:
        return True
    return after_rule or bool(re.match(r"^\s*\*\*[^*]+\*\*\s*[-–]\s", line))


def _looks_like_name(name: str) -> bool:
    name = name.strip()
    if not name or len(name.split()) > 7 or name.endswith((".", "?", "!", ":")):
        return False
    return bool(re.match(r"^[A-Z\[(]", name)) and not se.TAIL.match(name)


PARSER = StreetEventsMarkdown()
