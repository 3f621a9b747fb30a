"""S&P Capital IQ (S&P Global Market Intelligence) transcripts as text.

Layout: a header of three lines, the company and its listing `Acme Corp. NYSE:ACME`, the event
`FQ2 2026 Earnings Call Transcripts` (the company's fiscal quarter) and the date `Wednesday, August 05,
2026 12:30 PM GMT`; then the vendor's estimates table and a table of contents, which are not the call;
`Call Participants` with the lists `EXECUTIVES` (a name line, a title line) and `ANALYSTS` (a name line,
then `Firm, Research Division`); then the headings `Presentation` and `Question and Answer`. A turn is a
name line, a title or firm line and the speech; the operator is `Operator` alone on a line, and a voice
the lists leave out may come without a title line. The copyright block at the end is legal text.

PDF copies leave each page's running header (`ACME CORP. FQ2 2026 EARNINGS CALL | AUG 05, 2026`), the
copyright footer and the page number between two halves of a sentence: those lines are dropped and the
sentence joined.
"""

from __future__ import annotations

from .. import callinfo
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..model import Role
from ..source import Source
from ..speakers import role_from_title
from . import _paired as pr
from . import sniff
from .base import Draft
from .sniff import CAPITAL_IQ_COMPANY as _COMPANY, CAPITAL_IQ_SECTIONS as _SECTIONS

_COPYRIGHT = re.compile(r"^\W*(?:copyright\b|©)[^\n]{0,80}?S&P\s+Global", re.I)
# The first words of the legal block that closes a transcript (after its copyright line).
_LEGAL = re.compile(
    r"^\W*(?:these\s+materials\s+have\s+been\s+prepared|the\s+information\s+in\s+(?:the\s+)?transcripts?"
    r"|this\s+transcript\s+(?:may|is)|no\s+content\b|s&p\s+global\s+market\s+intelligence(?:'s)?\s+(?:opinions|and\s+its)"
    r"|all\s+rights\s+reserved|disclaimer\b)",
    re.I,
)
# "ACME CORP. FQ2 2026 EARNINGS CALL | AUG 05, 2026" (some copies keep the case of the cover)
_RUNNING_HEAD = re.compile(r"\|\s*[A-Za-z]{3}\s+\d{1,2},\s+\d{4}\s*$")
_PAGE_FOOT = re.compile(
    r"^(?:spglobal\.com/marketintelligence|s&p\s+global\s+market\s+intelligence|s&p\s+capital\s+iq)\s*\d{0,4}$", re.I
)
# Attendees and shareholders are outside the company and come to ask, as analysts do.
_LIST_ROLES = {"corporate": Role.CORPORATE, "analysts": Role.ANALYST, "attendees": Role.ANALYST}
_BODY = {"presentation", "qa"}
# Some copies open a Q&A turn's speech with its side: "Question: How much ...", "Answer: About a third."
_SIDE_LABEL = re.compile(r"^(?:question|answer)\s*:\s+(?=\S)", re.I)
_LISTS = {"participants", "corporate", "analysts", "attendees"}
_EVENT = re.compile(r"\b(?:earnings|call|conference|presentation|meeting|F[QY][1-4]?)\b")


class CapitalIQText(pr.PairedText):
    name = "capital-iq-txt"
    description = "S&P Capital IQ / S&P Global Market Intelligence transcript as text (EXCH:TICK header, FQ period)"
    vendor = "Capital IQ"
    headings = "Call Participants, Presentation, Question and Answer"
    turns_under = "under Presentation or Question and Answer"
    roles = _LIST_ROLES
    bare_names = True

    def sniff(self, source: Source) -> float:
        return sniff.capital_iq_txt(source)

    def section(self, line: str) -> str | None:
        return _section(line)

    def read(self, lines: list[str], first: int, draft: Draft) -> tuple[list[pr.Row], pr.SplitFn]:
        _read_header(lines[:first], draft)
        return _rows(lines, first), _split

    def parse(self, source: Source) -> Draft:
        draft = super().parse(source)
        _drop_side_labels(draft)
        return draft


def _drop_side_labels(draft: Draft) -> None:
    """The "Question:" or "Answer:" that opens a turn's speech is the vendor's mark, not words spoken. (Who asks is
    left to `call_shape`, which also takes the firm the operator called with the name.)"""
    for turn in draft.turns:
        first = turn.paragraphs[0] if turn.paragraphs else None
        m = _SIDE_LABEL.match(first.text) if first is not None else None
        if m is None:
            continue
        if first.word_lines is not None:
            first.word_lines = first.word_lines[len(m.group(0).split()):]
        first.text = first.text[m.end():]


def _section(line: str) -> str | None:
    if len(line) > 40:
        return None
    return _SECTIONS.get(re.sub(r"\s+", " ", line).strip().lower())


def _split(text: str, zone: str) -> tuple[str | None, str | None]:
    """An executive's line is a title; an analyst's is a firm, with ", Research Division" after it."""
    if pr.RESEARCH_DIVISION.search(text):
        return "Analyst", pr.RESEARCH_DIVISION.sub("", text).strip(" ,") or None
    if zone == "corporate" or role_from_title(text) is not None:
        return text, None
    if zone == "analysts":
        return None, text
    return pr.split_title_firm(text) if "," in text else (None, text)


def _read_header(header: list[str], draft: Draft) -> None:
    """Company, ticker, event and date from the lines before the estimates and the contents."""
    event = None
    for raw in header[:15]:
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            continue
        m = _COMPANY.match(line)
        if m and draft.company is None:
            draft.company, draft.ticker = m.group("company").strip(" ,-"), m.group("ticker").upper()
        elif event is None and len(line) < 120 and _EVENT.search(line):
            event = re.sub(r"\s+transcripts?\s*$", "", line, flags=re.I)
        elif draft.event_date is None and (when := callinfo.date_from_text(line)) is not None and len(line) < 80:
            draft.event_date = when
        if draft.company and event and draft.event_date:
            break
    if event:
        draft.title = f"{draft.company} {event}" if draft.company else event
        # "FQ2 2026": the company's fiscal quarter, as the other vendors write "Q2 2026".
        draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(re.sub(r"\bF(?=Q[1-4]\b)", "", event))


def _rows(lines: list[str], first: int) -> list[pr.Row]:
    rows: list[pr.Row] = []
    zone = "front"
    gap = 0
    after_heading = False
    end = _tail_start(lines, first)
    for i in range(first, end):
        line = re.sub(r"\s+", " ", lines[i]).strip()
        if not line:
            gap += 1
            continue
        section = _section(line)
        # A list's heading ("ANALYSTS") counts only among the lists: elsewhere the word is speech.
        if section is not None and (section in _BODY or section == "participants" or zone in _LISTS):
            zone, after_heading, gap = section, True, 0
            continue
        if _furniture(line):
            gap += 1
            continue
        if zone != "front":
            rows.append(pr.Row(n=i + 1, text=line, zone=zone, gap=gap, after_rule=after_heading))
        gap, after_heading = 0, False
    return rows


def _furniture(line: str) -> bool:
    return bool(
        re.fullmatch(r"\d{1,4}", line)
        or _PAGE_FOOT.match(line)
        or _COPYRIGHT.match(line)
        or _RUNNING_HEAD.search(line)
    )


def _tail_start(lines: list[str], first: int) -> int:
    """Where the closing legal block starts: a copyright line that the legal text follows (a page's own
    copyright footer is followed by more of the call)."""
    for i in range(first, len(lines)):
        if not _COPYRIGHT.match(lines[i].strip()):
            continue
        if re.search(r"\bby\s+S&P\b", lines[i]):
            return i
        following = next((ln.strip() for ln in lines[i + 1 : i + 6] if ln.strip() and not _furniture(ln.strip())), "")
        if not following or _LEGAL.match(following):
            return i
    return len(lines)


PARSER = CapitalIQText()
