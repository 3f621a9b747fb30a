"""Turns opened by a speaker's name in bold: the layout of many issuers' web pages and Word transcripts.

A turn opens at a line `**Jane Roe** – Chief Executive Officer` (a dash, comma or bar before the title or firm, or
nothing after the name) or `**Jane Roe:** text` with the speech on the same line, and runs to the next one. The
markdown is what `ecta.containers` makes of a paragraph that opens in bold; a paragraph that is bold throughout comes
out plain, and `Source.bold_lines` names it: such a line opens a turn when it reads as a header (`Jane Roe`,
`JANE ROE, CFO`, `Jane Roe:`). A bare name opens a turn once several headers or a titled one name it, and a plain
line that repeats a header's name, or says only `Operator`, opens one too. Lines that only name a section
("Questions and Answers") set it. Under a list heading ("Call participants", "Executives", "Analysts") headers with no
speech under them, or naming someone who has spoken, are the participants; `Duration: N minutes` ends the talk. The
lines before the first turn give the title, the company, the period and the date.
"""

from __future__ import annotations

from collections import Counter

from .. import callinfo
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from ..speakers import clean_name, is_operator_name
from . import _fool, sniff
from ._speaker_lines import LIST_HEAD, LIST_ROLES, PRES_LINE, QA_LINE, parse_label
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn

_PARTS = re.compile(r"\s+[-–—|]\s+|\s*,\s+|\s+--\s+")
_TABBED = re.compile(r"^\s*\*\*(?P<head>[^*]{2,100})\*\*\t+(?P<text>\S.*)$")
_EVENT = re.compile(r"\b(?:call|results|earnings|conference|webcast|quarter|q[1-4]|fy\s?\d{2,4})\b", re.I)
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


def _header(line: str, bold: bool, known: set[str]) -> tuple[DraftSpeaker, str] | None:
    """(speaker, speech on the same line) when `line` opens a turn; `bold` when the line is bold throughout."""
    m = sniff.BOLD_SPEAKER.match(line)
    # A bold name that plain text follows is a header by its look; a line bold throughout may be the page's title
    # ("Acme Corp – Third Quarter Results"): it needs a name seen before, or a title after it.
    header = m and m.group("aff")
    if not m and bold and (m := sniff.PLAIN_SPEAKER.match(line)):
        header = _TITLE_WORD.search(m.group("aff") or "")
    if m and (header or clean_name(m.group("name")) in known or is_operator_name(m.group("name"))):
        title, firm = _affiliation(m.group("aff") or "")
        return DraftSpeaker(name=clean_name(m.group("name")), title=title, firm=firm), ""
    tabbed = _TABBED.match(line)
    if tabbed and (m := sniff.PLAIN_SPEAKER.match(tabbed.group("head"))):
        # A Word file's bold name, a tab and the speech in one paragraph: "**Jane Roe**<tab>Thank you."
        title, firm = _affiliation(m.group("aff") or "")
        return DraftSpeaker(name=clean_name(m.group("name")), title=title, firm=firm), tabbed.group("text").strip()
    if line.startswith("**") and (label := parse_label(line)):
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
        lines, bold = source.lines, source.bold_lines
        # A bare bold name heads a turn once it heads several, or a titled header names it: a company's name set
        # bold as the page's title does not.
        names = Counter(clean_name(n) for n in sniff.bold_speaker_names(source))
        known = {n for n, k in names.items() if k > 1} | {
            clean_name(m.group("name")) for ln in lines if (m := sniff.BOLD_SPEAKER.match(ln)) and m.group("aff")}
        known |= _announced(lines, bold)
        draft = Draft(format=self.name)
        section: Section | None = None
        turn: DraftTurn | None = None
        head: list[str] = []
        listing: Role | None = None  # inside a participant list: the role its heading gives (UNKNOWN: none)
        for n, raw in enumerate(lines, start=1):
            line = raw.strip()
            if not line:
                continue
            bare = line.replace("*", "").strip()
            if QA_LINE.match(bare) or PRES_LINE.match(bare):
                section = Section.QA if QA_LINE.match(bare) else Section.PRESENTATION
                turn = None
                continue
            if _fool.DURATION.match(bare):
                turn = None  # "Duration: 58 minutes": the talk is over
                continue
            if m := LIST_HEAD.match(bare):
                listing, turn = LIST_ROLES.get(m.group("kind").lower(), Role.UNKNOWN), None
                continue
            header = _header(line, n in bold, known)
            if listing is not None:
                # A list's entries are headers with no speech under them; the first that has some opens the call.
                spoke = header is not None and any(t.speaker.name == header[0].name for t in draft.turns)
                if header is not None and not header[1] and (spoke or not _speech_follows(lines, n, bold, known)):
                    entry = header[0]
                    entry.role = None if listing is Role.UNKNOWN else listing
                    draft.participants.append(entry)
                    continue
                listing = None
            if header is not None:
                speaker, text = header
                if turn is None or turn.speaker.name != speaker.name:
                    # The same name again straight after its own speech (a table's next row) goes on with the turn.
                    turn = DraftTurn(speaker=speaker, section=section, header_line=n)
                    draft.turns.append(turn)
                if text:
                    turn.paragraphs.append(DraftParagraph(text=text, line_start=n, line_end=n))
            elif turn is not None:
                turn.paragraphs.append(DraftParagraph(text=line, line_start=n, line_end=n))
            elif not draft.turns and len(line) < 200:
                head.append(bare)
        if not draft.turns:
            raise ParseError(f"{source.label}: no `**Name**` speaker lines found.")
        _read_head(draft, head)
        return draft


def _announced(lines: list[str], bold: frozenset[int]) -> set[str]:
    """Names of bold lines that the operator calls elsewhere ("... comes from Jane Roe with Acme"): a name with only its
    firm after it ("Jane Roe, Acme Research") is a speaker once announced, not a title of the page."""
    text = "\n".join(lines)
    found = set()
    for n in bold:
        m = sniff.PLAIN_SPEAKER.match(lines[n - 1]) if n <= len(lines) else None
        name = m.group("name").strip() if m else ""
        if len(name.split()) >= 2 and re.search(rf"\b(?:from|of)\s+{re.escape(name)}\b", text):
            found.add(clean_name(name))
    return found


def _speech_follows(lines: list[str], n: int, bold: frozenset[int], known: set[str]) -> bool:
    """Whether the next line that prints something after line `n` is speech (not a header, heading or list head)."""
    for k in range(n, len(lines)):
        line = lines[k].strip()
        if line:
            bare = line.replace("*", "").strip()
            return not (_header(line, k + 1 in bold, known) or LIST_HEAD.match(bare)
                        or QA_LINE.match(bare) or PRES_LINE.match(bare))
    return False


def _read_head(draft: Draft, head: list[str]) -> None:
    """Title, company, period and date from the lines before the first turn: the title is the first that names the
    event ("... Results Call"); a line above it is the company's masthead, a dash in it sets the company apart."""
    title = next((k for k, ln in enumerate(head) if _EVENT.search(ln)), 0 if head else None)
    if title is None:
        return
    draft.title = head[title]
    company = head[0] if title > 0 else re.split(r"\s+[-–—|:]\s+", draft.title, maxsplit=1)[0]
    if company != draft.title and not _EVENT.search(company) and len(company.split()) <= 8:
        draft.company = company
    for line in head:
        if draft.fiscal_year is None and draft.fiscal_quarter is None:
            draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(line)
        draft.event_date = draft.event_date or callinfo.date_from_text(line)


PARSER = BoldSpeakers()
