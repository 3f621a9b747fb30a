"""Plain text whose turns open on a header line of their own: the speaker's name, then the speech below it.

The family users paste every day: a Motley Fool article copied as text (`Jane Roe -- Chief Executive Officer`,
`John Doe -- Acme Research -- Analyst`, `Operator` alone, "Prepared Remarks:", "Duration: 42 minutes" and a
"Call participants:" list at the end), an issuer's web page (`JANE ROE, CHIEF EXECUTIVE OFFICER:` or
`Jane Roe, CEO:` with the speech on the next line, later `JANE ROE:`), and their kin: `Jane Roe - CFO`,
`Jane Roe – CEO, Acme`, `Jane Roe (Chief Financial Officer)`, a bare name under participant lists printed at the
top, `Q:` / `A:` before the name. A header line is short and name-shaped, speech follows it, and its name recurs,
is listed, carries a title or is named in the talk (the operator introducing it).
"""

from __future__ import annotations

from .. import callinfo
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from ..speakers import name_key
from . import _fool, sniff
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from ._speaker_lines import (FURNITURE, LIST_HEAD, QA_MARKER, TITLE_WORD, Header, find_headers, first_qa_marker,
                             parse_label, read_lists, section_heading)


class HeaderLines:
    name = "header-lines"
    description = "Plain text, each turn headed by a line of its own (`Jane Roe -- CEO`, `JANE ROE, CFO:`, `Operator`)"

    def sniff(self, source: Source) -> float:
        return sniff.header_lines(source)

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        draft = Draft(format=self.name)
        listed = read_lists(lines, draft)
        headers = find_headers(lines, {name_key(p.name): p.name for p in draft.participants})
        marked = first_qa_marker(lines)
        if not headers and marked is None:
            raise ParseError(f"{source.label}: no speaker header lines (a name on a line of its own) found.")
        titled = {name_key(h.name): h for h in headers.values() if h.title or h.firm}
        speakers = {name_key(h.name): Header(h.name, None, None, None, h.role) for h in headers.values()}
        first = min([*headers, *([marked] if marked is not None else [])])
        first = next((k for k, ln in enumerate(lines[:first]) if _inline_label(ln, speakers)), first)
        _read_head(draft, [ln.strip() for ln in lines[:first] if ln.strip() and len(ln.strip()) < 200])
        section: Section | None = None
        turn: DraftTurn | None = None
        ended = False
        for i, raw in enumerate(lines):
            line = raw.strip()
            n = i + 1
            if not line or i in listed or FURNITURE.match(line):
                continue
            if is_section := section_heading(line):
                section, turn = is_section[1] or section, None
                continue
            if _fool.DURATION.match(line):
                ended, turn = True, None
                continue
            if ended or i < first:
                continue
            header, text = headers.get(i), ""
            if header is None and (label := _inline_label(line, speakers)):
                header, text = label
            if header is None and (m := QA_MARKER.match(line)):
                # "Q: words" / "A: words": a question or an answer whose speaker the page does not name.
                asking = m.group("marker").upper() == "Q"
                header = Header("Unidentified Analyst" if asking else "Unidentified Company Representative",
                                 None, None, m.group("marker").upper(), Role.ANALYST if asking else Role.CORPORATE)
                text, section = m.group("text"), Section.QA
            if header is not None:
                if header.marker == "Q":
                    section = Section.QA
                known = titled.get(name_key(header.name))
                title = header.title or (known.title if known else None)
                firm = header.firm or (known.firm if known else None)
                speaker = DraftSpeaker(name=header.name, title=title, firm=firm, role=header.role)
                turn = DraftTurn(speaker=speaker, section=section, header_line=n)
                draft.turns.append(turn)
                if text:
                    turn.paragraphs.append(DraftParagraph(text=text, line_start=n, line_end=n))
            elif turn is not None:
                turn.paragraphs.append(DraftParagraph(text=line, line_start=n, line_end=n))
        draft.turns = [t for t in draft.turns if t.paragraphs]
        if not draft.turns:
            raise ParseError(f"{source.label}: no speech under the speaker header lines.")
        _assign_roles(draft)
        return draft


_INTRODUCED = re.compile(r"\b(?:question|line|comes?|from|with|of|next|go\s+ahead)\b", re.I)


def _inline_label(line: str, speakers: dict[str, Header]) -> tuple[Header, str] | None:
    """`JANE ROE: words` on one line, where the page heads the same person's other turns with a line of their own."""
    label = parse_label(line.strip())
    if label is None or name_key(label[0]) not in speakers:
        return None
    return speakers[name_key(label[0])], label[3]


_EVENT = re.compile(r"\b(?:call|results|earnings|conference|webcast)\b", re.I)
_PERIOD_FIRST = re.compile(r"^(?:Q[1-4]|[1-4]Q|FY|H[12]|first|second|third|fourth|full[\s-]year|fiscal)\b", re.I)
# A quote beside the company's name in an article's header: "(ACME 1.42%)", "(ACME -0.8%)".
_QUOTE = re.compile(r"\s*\((?P<t>[A-Z][A-Z.]{0,5})\s*[-+]?\d[\d.]*%\)")


def _read_head(draft: Draft, head: list[str]) -> None:
    """Title, company, ticker, period and date from the lines above the first header.

    The title is the first short line naming the event that is not a sentence ("ACME earnings call for the period
    ending ..." is the article's lead); where it opens with the period, the company stands on the line above it.
    """
    head = [ln for ln in head if not FURNITURE.match(ln) and not LIST_HEAD.match(ln) and not section_heading(ln)]
    k = next((k for k, ln in enumerate(head) if _EVENT.search(ln) and len(ln) <= 120 and not ln.endswith(".")), None)
    # The date stands under the title, or above it ("October 28, 2026" as a page's dateline, then the title); with no
    # title, on any line above the talk.
    below, above = head[k or 0:], head[:k or 0]
    draft.event_date = draft.event_date or next(
        (d for line in [*below, *reversed(above)] if (d := callinfo.date_from_text(line))), None)
    if k is None:
        return
    above = head[k - 1] if k > 0 and _PERIOD_FIRST.match(head[k]) else None
    for line in filter(None, (above, head[k])):
        if tick := _QUOTE.search(line) or sniff.SEEKING_ALPHA_TICKER.search(line):
            draft.ticker = draft.ticker or tick.group("t" if "t" in tick.groupdict() else "ticker").upper()
    plain = [_QUOTE.sub("", sniff.SEEKING_ALPHA_TICKER.sub("", ln)).strip().strip(" ,-") for ln in filter(None, (above, head[k]))]
    draft.title = " ".join(plain)
    if above is not None and plain[0] and len(plain[0].split()) <= 8:
        draft.company = plain[0]
    else:
        parts = re.split(r"\s+[-–—|:]\s+", draft.title, maxsplit=1)
        draft.company = parts[0] if len(parts) == 2 and not _EVENT.search(parts[0]) else callinfo.company_from_text(
            draft.title)
        if draft.company is None and (m := re.match(r"^(?P<c>.+?)\s+(?:Q[1-4]|FY|first|second|third|fourth|full)\b",
                                                    draft.title, re.I)):
            draft.company = m.group("c")
    draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(draft.title)


def _assign_roles(draft: Draft) -> None:
    """Analyst: listed as one, "Analyst" in the title, a firm other than the company's, or introduced by the
    operator before speaking; corporate otherwise. A listed person's entry lends the turn its title and firm."""
    listed = {name_key(p.name): p for p in draft.participants}
    company = name_key(draft.company or "")
    corporate_firms = {name_key(t.speaker.firm) for t in draft.turns
                       if t.speaker.firm and t.speaker.title and re.search(
                           r"\b(?:chief|ceo|cfo|coo|president|officer)\b", t.speaker.title, re.I)}
    introduced: set[str] = set()
    previous: DraftTurn | None = None
    for turn in draft.turns:
        s = turn.speaker
        key = name_key(s.name)
        if previous is not None and previous.speaker.role is Role.OPERATOR:
            said = " ".join(p.text for p in previous.paragraphs).lower()
            if s.name.lower() in said and _INTRODUCED.search(said):
                introduced.add(key)
        previous = turn
        if s.role is not None:
            continue
        entry = listed.get(key)
        if entry is not None:
            s.title, s.firm, s.role = s.title or entry.title, s.firm or entry.firm, entry.role
            if s.role is not None:
                continue
        title, firm = s.title or "", name_key(s.firm or "")
        if re.search(r"\banalyst\b", title, re.I):
            s.role = Role.ANALYST
        elif title and TITLE_WORD.search(title) and not re.search(r"\bpartner\b", title, re.I):
            s.role = Role.CORPORATE
        elif firm and not (company and (firm in company or company.startswith(firm.split()[0]))) \
                and firm not in corporate_firms:
            s.role = Role.ANALYST
        elif key in introduced and turn.section is not Section.PRESENTATION:
            s.role = Role.ANALYST
    roles = {name_key(t.speaker.name): t.speaker.role for t in draft.turns if t.speaker.role is not None}
    for turn in draft.turns:
        if turn.speaker.role is None:
            turn.speaker.role = roles.get(name_key(turn.speaker.name), Role.CORPORATE)


PARSER = HeaderLines()
