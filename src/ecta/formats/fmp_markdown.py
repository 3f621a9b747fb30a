"""Financial Modeling Prep (FMP) API transcripts saved as markdown.

Layout: `# TICK Q4 2025 Earnings Call Transcript`, then `**Date:** 2025-07-30`,
`**Company:** TICK`, `**Quarter:** Q4 2025` and a `---` rule; then one line per turn,
`Speaker Name: the whole turn`, with no titles, firms, blank lines or section headings.
Who is an analyst and where the Q&A starts is left to `assemble`, which reads it from
the operator's hand-overs. The header is trusted over the file name, which is often stale.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from .. import callinfo
from ..assemble import parse_announcement
from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from ..speakers import is_operator_name, role_from_title
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from .generic import parse_label

_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$")
_FIELD = re.compile(r"^\s*\*\*(?P<key>[A-Za-z ]{2,20}):?\*\*:?\s*(?P<value>.*?)\s*$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_TITLE_TICKER = re.compile(r"^(?P<ticker>[A-Z][A-Z0-9.\-]{0,9})\s+(?=.*\b(?:earnings|call|transcript|q[1-4])\b)", re.I)
# A label line whose text the scrape moved to the next line: `Jane Roe:` alone.
_BARE_LABEL = re.compile(r"^\s*(?P<name>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|da|del|la|le)){0,4})\s*:\s*$")
_JOB_WORD = re.compile(
    r"\b(?:chief|officer|head|president|director|designer|engineer|manager|vice|chair\w*|founder|"
    r"treasurer|controller|counsel|lead|analyst|ceo|cfo|coo|cto|svp|evp|vp)\b",
    re.I,
)
_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<H>\d\d):(?P<M>\d\d))?")


class FmpMarkdown:
    name = "fmp-markdown"
    description = "Financial Modeling Prep transcript as markdown (`# TICK Qn YYYY Earnings Call Transcript`, one `Name: text` line per turn)"

    def sniff(self, source: Source) -> float:
        if source.is_pdf:
            return 0.0
        try:
            lines = [ln for ln in source.lines[:300] if ln.strip()]
        except Exception:  # sniffing must never raise, whatever the bytes
            return 0.0
        if not lines:
            return 0.0
        score = 0.0
        title = _TITLE.match(lines[0])
        if title and re.search(r"\bearnings\s+call\s+transcript\b", title.group("title"), re.I):
            score += 0.5
        fields = {m.group("key").lower() for ln in lines[:10] if (m := _FIELD.match(ln))}
        if fields & {"date", "company", "quarter", "symbol", "year"}:
            score += 0.3
        body = [ln for ln in lines if not _TITLE.match(ln) and not _FIELD.match(ln) and not _RULE.match(ln)]
        labelled = sum(1 for ln in body[:200] if parse_label(ln))
        if body and labelled >= 3 and labelled / min(len(body), 200) >= 0.9:
            # Every line a whole turn: the API's shape even without a header. The generic
            # fallback, which also reads these lines, never scores above 0.5.
            score += 0.25 if score else 0.55
        return min(score, 1.0)

    def parse(self, source: Source) -> Draft:
        draft = Draft(format=self.name)
        turn: DraftTurn | None = None
        pending: tuple[str, int] | None = None
        in_header = True
        for n, raw in enumerate(source.lines, start=1):
            line = raw.strip()
            if not line:
                continue
            if in_header:
                if _read_header_line(line, draft):
                    continue
                in_header = False
                if _RULE.match(line):
                    continue
            if _RULE.match(line):
                continue
            bare = _BARE_LABEL.match(line)
            if bare and not line.lower().startswith(("note", "source")):
                pending = (bare.group("name"), n)
                continue
            label = parse_label(line)
            if label is not None and turn is not None and _lone_word(label[0], draft.turns):
                # "Revenue: up 12%" on a line of its own continues the turn; speakers here
                # carry full names, and a one-word label nobody used before is not one.
                label = None
            if label is not None:
                name, title, firm, text = label
                header_line = n
                if pending is not None and _JOB_WORD.search(name) and role_from_title(name) is not None:
                    # `Jane Roe:` then `Chief Designer: text`: one turn, the title on its own line.
                    name, title, header_line = pending[0], name, pending[1]
                turn = DraftTurn(speaker=DraftSpeaker(name=name, title=title, firm=firm), header_line=header_line)
                turn.paragraphs.append(DraftParagraph(text=text, line_start=n, line_end=n))
                draft.turns.append(turn)
                pending = None
                continue
            if pending is not None:
                turn = DraftTurn(speaker=DraftSpeaker(name=pending[0]), header_line=pending[1])
                draft.turns.append(turn)
                pending = None
            if turn is None:
                draft.warnings.append(f"line {n}: text before the first speaker skipped")
                continue
            # A line without a label continues the turn: speech that held a line break.
            turn.paragraphs.append(DraftParagraph(text=line, line_start=n, line_end=n))
        if not draft.turns:
            raise ParseError(f"{source.label}: no `Name: text` turn lines found.")
        _mark_roles(draft.turns)
        if draft.fiscal_year is None and draft.title:
            draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(draft.title)
        return draft


def _lone_word(name: str, turns: list[DraftTurn]) -> bool:
    if " " in name.strip() or is_operator_name(name):
        return False
    return all(t.speaker.name != name for t in turns)


def _read_header_line(line: str, draft: Draft) -> bool:
    """Take one header line into `draft`; False when the line is not header."""
    title = _TITLE.match(line)
    if title and draft.title is None:
        draft.title = title.group("title")
        m = _TITLE_TICKER.match(draft.title)
        if m and m.group("ticker").isupper():
            draft.ticker = m.group("ticker")
        return True
    field = _FIELD.match(line)
    if not field:
        return False
    key, value = field.group("key").strip().lower(), field.group("value").strip()
    if not value:
        return True
    if key == "date":
        draft.event_date = _date(value)
    elif key in ("symbol", "ticker"):
        draft.ticker = value
    elif key == "company":
        # FMP puts the symbol in the company field; a name has lower case or spaces.
        if value == draft.ticker or re.fullmatch(r"[A-Z][A-Z0-9.\-]{0,5}", value):
            draft.ticker = draft.ticker or value
        else:
            draft.company = value
    elif key in ("quarter", "period"):
        fy, fq = callinfo.period_from_text(value)
        draft.fiscal_year, draft.fiscal_quarter = fy or draft.fiscal_year, fq
    elif key == "year" and draft.fiscal_year is None and value.isdigit():
        draft.fiscal_year = int(value)
    return True


def _date(value: str) -> datetime | None:
    m = _ISO_DATE.search(value)
    if m:
        try:
            return datetime(
                int(m.group("y")), int(m.group("m")), int(m.group("d")),
                int(m.group("H") or 0), int(m.group("M") or 0), tzinfo=timezone.utc,
            )
        except ValueError:
            return None
    return callinfo.date_from_text(value)


# A moderator (IR, or the operator) moving the call to questions, or calling the first one.
_QA_CUE = re.compile(
    r"""\b(?:first|next)\s+question\b
        |\bquestions?\s+(?:comes?|is|will\s+come)\s+from\b
        |\bfrom\s+the\s+line\s+of\b
        |\b(?:move|moving|go|going|turn|turning|open|opening)\s+(?:\w+\s+){0,4}?(?:q\s*&\s*a|q\s+and\s+a|(?:\S+\s+)?questions)\b""",
    re.I | re.X,
)
_CALL_FROM = re.compile(
    r"\bcom(?:e|es|ing)\s+from\s+(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})"
    r"\s+(?:at|from|with|of)\s+(?P<firm>[A-Z0-9][\w.&'’\-]*(?:\s+(?:[A-Z0-9&][\w.&'’\-]*|and|of))*)"
)


def _mark_roles(turns: list[DraftTurn]) -> None:
    """Sections and role hints from the shape of the call, since the lines carry no titles.

    The Q&A opens where the operator calls a question, or where a moderator who spoke before
    moves the call to questions. Whoever speaks before that, the operator aside, is with the
    company. In the Q&A, the first new voice after a hand-over ("the next question comes from
    Jane Roe at Acme Securities") is the analyst; a new voice answering a question the
    moderator read out (retail questions, in a call without an operator) is with the company.
    """
    start = _qa_start(turns)
    if start is None:
        return
    for i, t in enumerate(turns):
        t.section = Section.QA if i >= start else Section.PRESENTATION
    corporate = {t.speaker.name for t in turns[:start] if not is_operator_name(t.speaker.name)}
    analysts: dict[str, str | None] = {}
    announced: tuple[str, str | None] | None = None
    previous: str | None = None
    for t in turns[start:]:
        name = t.speaker.name
        if is_operator_name(name) or name in corporate:
            called = _announcement(_text(t))
            if called is not None:
                announced = called
            elif is_operator_name(name):
                announced = None
        elif name not in analysts:
            if announced is not None:
                # Whoever takes the line gets the firm called, even when someone stands in.
                analysts[name] = announced[1]
                announced = None
            elif previous is not None and previous in corporate:
                corporate.add(name)
        else:
            announced = None
        previous = name
    for t in turns:
        name = t.speaker.name
        if t.speaker.role is not None or is_operator_name(name):
            continue
        if name in analysts:
            t.speaker.role = Role.ANALYST
            t.speaker.firm = t.speaker.firm or analysts[name]
        elif name in corporate:
            t.speaker.role = Role.CORPORATE


def _qa_start(turns: list[DraftTurn]) -> int | None:
    spoken: set[str] = set()
    for i, t in enumerate(turns):
        name = t.speaker.name
        operator = is_operator_name(name)
        others = spoken - {name}
        if others and (operator or name in spoken) and _QA_CUE.search(_text(t)):
            return i
        if not operator:
            spoken.add(name)
    return None


def _announcement(text: str) -> tuple[str, str | None] | None:
    """The last analyst a turn hands over to: a moderator may call one, then move on."""
    for sentence in reversed(re.split(r"(?<=[.?!])\s+", text)):
        m = _CALL_FROM.search(sentence)
        if m:
            return m.group("name"), m.group("firm").strip(" .,")
        ann = parse_announcement(sentence)
        if ann is not None:
            return ann.name, ann.firm
    return None


def _text(turn: DraftTurn) -> str:
    return " ".join(p.text for p in turn.paragraphs)


PARSER = FmpMarkdown()
