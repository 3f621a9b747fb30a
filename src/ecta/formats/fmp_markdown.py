"""Financial Modeling Prep (FMP) API transcripts saved as markdown.

Layout: `# TICK Q4 2025 Earnings Call Transcript`, then `**Date:** 2025-07-30`,
`**Company:** TICK`, `**Quarter:** Q4 2025` and a `---` rule; then one line per turn,
`Speaker Name: the whole turn`, with no titles, firms, blank lines or section headings.
Who is an analyst and where the Q&A starts is left to `ecta.call_shape` (applied by
`assemble`), which reads them from the hand-overs of the operator or the IR moderator.
The header is trusted over the file name, which is often stale.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from datetime import datetime, timezone

from .. import callinfo
from ..errors import ParseError
from ..source import Source
from ..speakers import is_operator_name, role_from_title
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff
from .sniff import FMP_FIELD as _FIELD, FMP_RULE as _RULE, FMP_TITLE as _TITLE
from ._speaker_lines import parse_label

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
        return sniff.fmp_markdown(source)

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
        bare = re.fullmatch(r"q?([1-4])", value, re.I)  # "Q4" with the year in its own field
        draft.fiscal_year, draft.fiscal_quarter = fy or draft.fiscal_year, fq or (int(bare.group(1)) if bare else None)
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


PARSER = FmpMarkdown()
