"""Seeking Alpha transcript pages copied as plain text (2018-2019 layout).

Layout: a header naming company, `(EXCH:TICK)`, the event and its date, on one line
(`Acme Corp (NYSE:ACME) Q3 2018 Earnings Conference Call October 18, 2018  5:00 PM ET`) or
spread over several after a broken `Call Start:` line; participant lists under the plain
headings `Executives`/`Analysts` or `Company Participants`/`Conference Call Participants`,
one `Name - Title` or `Name - Firm` per line (` - ` or ` – `); then turns, each opened by a
line that holds only the speaker's name, every following line one paragraph. The line
`Question-and-Answer Session` opens the Q&A. Pages were saved as Windows-1252 bytes, which
`Source` decodes.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from datetime import datetime, timedelta

from .. import callinfo
from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from ..speakers import name_key, short_key
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff
from .sniff import SEEKING_ALPHA_LISTS as _LIST_HEADINGS, SEEKING_ALPHA_QA as _QA_HEADING, SEEKING_ALPHA_TICKER as _TICKER

_TAIL = re.compile(r"^\W*(?:copyright\b|©|seeking\s+alpha'?s?\s+disclaimer|disclaimer\b)", re.I)
# "Call Start: 08:30 January  1, 0000 ..." and its kin: broken page metadata, not the header.
_CALL_START = re.compile(r"^\s*(?:call\s+)?(?:start|end)(?:\s+time)?\s*:", re.I)
# Page furniture left between paragraphs by the copy: slide images and their links.
_FURNITURE = re.compile(r"^\W*(?:click\s+to\s+enlarge|image\s+source\b.*|\[(?:graphic|image|chart)\])\W*$", re.I)
_SEPARATOR = re.compile(r"\s+[-–—]\s*|\s*[-–—]\s+")
_MONTH_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}", re.I
)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|de|del|della|da|di|van|von|der|den|le|la|du|dos|bin|al)$")
# Words of short spoken replies ("Great, thank you.", "Fair Enough") that a title-cased
# line can hold but a person's name does not.
_SPEECH_WORDS = {
    "thank", "thanks", "you", "good", "great", "okay", "ok", "yes", "yeah", "no", "right", "sure",
    "morning", "afternoon", "evening", "all", "fair", "enough", "got", "it", "very", "helpful", "perfect",
    "and", "the", "that", "this", "is", "we", "i", "so", "hi", "hello", "sorry", "well", "congrats",
    "congratulations", "appreciate", "understood", "exactly", "correct", "absolutely", "bye", "question",
    "session", "answer", "operator", "instructions", "participants", "executives", "analysts", "of",
}


class SeekingAlpha:
    name = "seeking-alpha-txt"
    description = "Seeking Alpha transcript page saved as text (header with (EXCH:TICK), bare speaker lines)"

    def sniff(self, source: Source) -> float:
        return sniff.seeking_alpha_txt(source)

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        draft = Draft(format=self.name)
        body_start = _read_lists(lines, draft)
        if body_start is None:
            raise ParseError(
                f"{source.label}: no participant list or speaker lines found; "
                "not a Seeking Alpha transcript page."
            )
        _read_header(lines[: _header_end(lines)], draft)

        known = _Known(draft.participants)
        has_qa = any(_QA_HEADING.match(ln.strip()) for ln in lines[body_start:] if ln.strip())
        section: Section | None = Section.PRESENTATION if has_qa else None
        turn: DraftTurn | None = None
        for i in range(body_start, len(lines)):
            line = lines[i].strip()
            n = i + 1
            if not line:
                continue
            if _TAIL.match(line):
                break
            if _QA_HEADING.match(line):
                section = Section.QA
                continue
            if _FURNITURE.match(line):
                continue
            speaker = _speaker_line(line, _next_text(lines, i), known)
            if speaker is not None:
                turn = DraftTurn(speaker=speaker, section=section, header_line=n)
                draft.turns.append(turn)
                continue
            if turn is None:
                draft.warnings.append(f"line {n}: text before the first speaker skipped")
                continue
            turn.paragraphs.append(DraftParagraph(text=line, line_start=n, line_end=n))
        if not draft.turns:
            raise ParseError(f"{source.label}: no speaker lines found after the participant lists.")
        return draft


class _Known:
    """The listed people, found by full or first-and-last name."""

    def __init__(self, people: list[DraftSpeaker]) -> None:
        self.by_key = {name_key(p.name): p for p in people}
        self.by_short: dict[str, list[DraftSpeaker]] = {}
        self.by_part: dict[str, list[DraftSpeaker]] = {}
        for p in people:
            self.by_short.setdefault(short_key(p.name), []).append(p)
            for part in name_key(p.name).split():
                self.by_part.setdefault(part, []).append(p)

    def find(self, name: str) -> DraftSpeaker | None:
        key = name_key(name)
        if not key:
            return None
        if key in self.by_key:
            return self.by_key[key]
        hits = self.by_short.get(short_key(name), [])
        if len(hits) == 1:
            return hits[0]
        if " " not in key:
            # A lone first or last name, as some pages print it for a listed person.
            hits = self.by_part.get(key, [])
            if len(hits) == 1:
                return hits[0]
        return None


def _read_lists(lines: list[str], draft: Draft) -> int | None:
    """Read the participant lists; the index of the first body line (None: no body found)."""
    role: Role | None = None
    saw_list = False
    for i, raw in enumerate(lines[:400]):
        line = raw.strip()
        if not line:
            continue
        heading = _LIST_HEADINGS.get(line.lower().rstrip(":"))
        if heading is not None:
            role, saw_list = heading, True
            continue
        if role is None:
            if line.lower() == "operator" and i > 0:
                return i
            continue
        if line.lower().rstrip(".:") == "operator" or _QA_HEADING.match(line):
            return i
        parts = _SEPARATOR.split(line, maxsplit=1)
        if len(parts) == 1 and "," in line:
            parts = line.split(",", 1)  # "Jane Roe, Acme Securities" on some pages
        name = parts[0].strip()
        if len(parts) == 1 and _opens_speech(_next_text(lines, i)):
            # A bare name followed by prose: the first turn, on a page without an operator.
            return i
        if not _name_shaped(name) or len(line) > 150:
            return i
        aff = parts[1].strip() if len(parts) > 1 else None
        if role is Role.CORPORATE:
            draft.participants.append(DraftSpeaker(name=name, title=aff or None, role=role))
        else:
            draft.participants.append(DraftSpeaker(name=name, firm=aff or None, role=role))
    return None if not saw_list else len(lines)


def _header_end(lines: list[str]) -> int:
    for i, raw in enumerate(lines[:12]):
        if raw.strip().lower() in _LIST_HEADINGS or raw.strip().lower() == "operator":
            return i
    return min(len(lines), 4)


def _read_header(header: list[str], draft: Draft) -> None:
    """Company, ticker, title, period and date from the header lines."""
    kept = [ln.strip() for ln in header if ln.strip() and not _CALL_START.match(ln)]
    text = re.sub(r"\s+", " ", " ".join(kept)).strip()
    if not text:
        return
    date_match = _MONTH_DATE.search(text)
    title = text[: date_match.start()].strip() if date_match else text
    draft.title = title or None
    m = _TICKER.search(title)
    if m:
        draft.ticker = m.group("ticker").upper()
        draft.company = title[: m.start()].strip(" ,-") or None
        event = title[m.end() :]
    else:
        event = title
    draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(event)
    if date_match:
        date = callinfo.date_from_text(text[date_match.start() :])
        draft.event_date = _checked_date(date, draft)


def _checked_date(date: datetime | None, draft: Draft) -> datetime | None:
    """The header date, unless it comes before the period the call reports on.

    A fiscal quarter named for year Y ends at the earliest at the end of January of Y
    (minus three months per quarter before Q4); results are never out the same day. Some
    pages carry the year of the previous call; one year later is then the only reading.
    """
    if date is None or draft.fiscal_year is None:
        return date
    quarter = draft.fiscal_quarter or 4
    month = 1 - 3 * (4 - quarter)
    year = draft.fiscal_year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    earliest = datetime(year, month, 28, tzinfo=date.tzinfo) + timedelta(days=7)
    if date >= earliest:
        return date
    try:
        later = date.replace(year=date.year + 1)
    except ValueError:
        later = None
    if later is not None and later >= earliest:
        draft.warnings.append(
            f"header date {date:%Y-%m-%d} comes before the end of the period the call reports on "
            f"({_period(draft)}); read as {later:%Y-%m-%d}"
        )
        return later
    draft.warnings.append(f"header date {date:%Y-%m-%d} comes before the reported period; date left unknown")
    return None


def _period(draft: Draft) -> str:
    return f"Q{draft.fiscal_quarter} {draft.fiscal_year}" if draft.fiscal_quarter else f"FY{draft.fiscal_year}"


def _next_text(lines: list[str], i: int) -> str | None:
    for raw in lines[i + 1 : i + 4]:
        if raw.strip():
            return raw.strip()
    return None


def _opens_speech(line: str | None) -> bool:
    return bool(line) and (len(line) > 60 or bool(re.search(r"[.?!,]", line)))


def _name_shaped(name: str) -> bool:
    tokens = name.replace(",", " ").split()  # "Robert Smith, Jr."
    if not 1 <= len(tokens) <= 6 or len(name) > 60:
        return False
    return all(_NAME_TOKEN.match(t) for t in tokens) and any(t[0].isupper() for t in tokens)


def _speaker_line(line: str, following: str | None, known: _Known) -> DraftSpeaker | None:
    """The speaker a line names, when it is a turn's name line rather than speech."""
    if len(line) > 80 or following is None:
        return None
    bare = line.rstrip(" .:")
    if bare.lower() == "operator":
        return DraftSpeaker(name="Operator", role=Role.OPERATOR)
    name, _, extra = (p.strip() for p in _split_once(bare))
    listed = known.find(name)
    # A lone first name must stand bare; "Mark." or "Jeff?" is someone being addressed.
    if listed is not None and (" " in name or line == bare) and not re.search(r"[?!;]", line):
        return DraftSpeaker(name=name, title=listed.title, firm=listed.firm, role=listed.role)
    # Someone the lists leave out ("Unidentified Analyst", a late-joining executive): the line
    # must look like a full name, not like a short reply such as "Great. Thank you".
    if line.endswith((".", "?", "!", ",", ";")) or extra:
        return None
    tokens = name.split()
    if len(tokens) < 2 or not _name_shaped(name):
        return None
    if any(t.lower().strip(".’'") in _SPEECH_WORDS for t in tokens):
        return None
    if _QA_HEADING.match(following) or not _opens_speech(following) and len(following) < 3:
        return None
    return DraftSpeaker(name=name, role=_unnamed_role(name))


def _unnamed_role(name: str) -> Role | None:
    """The role an unnamed voice is labelled with ("Unidentified Company Representative")."""
    if re.search(r"\b(?:company|corporate)\s+(?:representative|speaker|participant)|\bexecutive\b", name, re.I):
        return Role.CORPORATE
    if re.search(r"\banalyst\b", name, re.I):
        return Role.ANALYST
    return None


def _split_once(text: str) -> tuple[str, str, str]:
    parts = _SEPARATOR.split(text, maxsplit=1)
    return (parts[0], "-", parts[1]) if len(parts) == 2 else (text, "", "")


PARSER = SeekingAlpha()
