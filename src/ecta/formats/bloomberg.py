"""Bloomberg transcripts saved as plain text (the terminal's export, or text copied out of its PDF).

Layout: a header with the event title ("Q2 2026 Acme Corp Earnings Call", or only "Q2 2026 Earnings Call"
under `Company Name:` / `Company Ticker:` / `Date:` fields) and a date; the bulleted lists `Company
Participants` ("* Jane Roe, Chief Financial Officer") and `Other Participants` ("* Raj Iyer, Analyst,
Acme Securities" or "* Raj Iyer, Acme Securities"); the headings `Presentation` and `Questions And
Answers`; turns opened by a line that holds only the speaker: "Jane Roe {BIO 1234567 <GO>}", "Q - Raj
Iyer {BIO ...}", "A - Jane Roe", "Operator", or a bare name. A disclaimer and the vendor's copyright
close the file.

Text copied out of the PDF keeps each page's furniture ("FINAL", "Acme Corp (ACME US Equity)", the
page number) between the lines of a sentence the page break cut: the furniture is dropped and the
sentence joined again, each word keeping its own line.
"""

from __future__ import annotations

from datetime import datetime, timezone

from .. import callinfo
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from ..speakers import is_operator_name, name_key
from . import _streetevents as se
from . import sniff
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from .sniff import BLOOMBERG_BIO as _BIO
from .sniff import BLOOMBERG_EQUITY as _EQUITY
from .sniff import BLOOMBERG_LISTS as _LISTS
from .sniff import BLOOMBERG_TAIL as _TAIL
from .sniff import BLOOMBERG_TURN as _TURN

_QA_HEADING = re.compile(r"^\W*(?:questions?[\s-]*(?:and|&)[\s-]*answers?|q\s*&\s*a)(?:[\s-]+(?:session|section))?\W*$", re.I)
_PRESENTATION = re.compile(r"^\W*(?:presentation|management\s+discussion(?:\s+section)?|prepared\s+remarks)\W*$", re.I)
_LIST_ENTRY = re.compile(r"^\s*[*•·\-]\s+(?P<entry>\S.*?)\s*$")
_FIELD = re.compile(r"^\s*(?P<key>company\s+name|company\s+ticker|date)\s*:\s*(?P<value>\S.*?)\s*$", re.I)
_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
# A tag the PDF wrapped anywhere inside: "{BIO 1234567" / "<GO>}", "{BIO" / "1234567 <GO>}", "{" / "BIO 1234567 <GO>}".
_OPEN_TAG = re.compile(r"\{\s*(?:BIO\b\s*(?:\d+\s*)?)?$", re.I)
_CLOSE_TAG = re.compile(r"^\s*(?:BIO\b\s*)?(?:\d+\s*)?(?:<\s*GO\s*>\s*)?\}\s*$", re.I)
# Voices the vendor leaves unnamed, alone on a header line as a name would be.
_UNNAMED = re.compile(
    r"^(?:(?:unidentified|unknown)\s+(?P<who>participant|speaker|analyst|company\s+representative)"
    r"|(?P<rep>company\s+representative|corporate\s+participant))$",
    re.I,
)
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|de|del|della|da|di|van|von|der|den|le|la|du|dos|bin|al)$")
# Words of short spoken lines ("Thank You", "Good Morning") that a title-cased line can hold but a name does not.
_SPOKEN = {
    "thank", "thanks", "you", "good", "morning", "afternoon", "evening", "okay", "yes", "no", "sure", "great",
    "right", "all", "hello", "hi", "well", "so", "and", "the", "that", "this", "we", "our", "operator", "questions",
    "answers", "presentation", "participants", "company", "other", "final", "call", "earnings", "instructions",
}
_ANALYST_WORD = re.compile(r"^(?:senior\s+|equity\s+|research\s+)*analyst$", re.I)


class Bloomberg:
    name = "bloomberg-txt"
    description = "Bloomberg transcript as text (`Name {BIO n <GO>}`, `Q - `/`A - ` turn headers; PDF copies too)"

    def sniff(self, source: Source) -> float:
        return sniff.bloomberg_txt(source)

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        draft = Draft(format=self.name)
        # The listed people, then every speaker met: an untagged header must name one of them, or look like a name.
        known: dict[str, DraftSpeaker] = {}
        tagged = bool(_BIO.search(source.text))
        header: list[str] = []
        zone = "header"
        section: Section | None = None
        turns = se.Turns(draft)
        blank_run = 0

        wrapped = _wrapped_tags(lines)
        for n, raw in enumerate(lines, start=1):
            line = wrapped.get(n, raw.strip())
            if not line:
                blank_run += 1
                continue
            if _TAIL.match(line):
                break
            if _furniture(line, draft) or zone != "header" and line in header:
                # A page break: the words after it may still finish the sentence before it.
                blank_run += 2
                continue
            key = line.lower().rstrip(":")
            if key in _LISTS:
                turns.close()
                zone, blank_run = key, 0
                continue
            heading = Section.QA if _QA_HEADING.match(line) else Section.PRESENTATION if _PRESENTATION.match(line) else None
            if heading is not None and len(line) < 60:
                turns.close()
                zone, section, blank_run = "body", heading, 0
                continue
            if zone in _LISTS:
                entry = _LIST_ENTRY.match(line)
                if entry:
                    person = _listed(entry.group("entry"), _LISTS[zone])
                    if person is not None:
                        draft.participants.append(person)
                        known.setdefault(name_key(person.name), person)
                    blank_run = 0
                    continue
                zone = "body"
            speaker = _speaker(line, _next_text(lines, n), known, bool(blank_run) or zone == "header", tagged)
            if speaker is not None:
                known.setdefault(name_key(speaker.name), speaker)
                zone = "body"
                turns.open(DraftTurn(speaker=speaker, section=section, header_line=n))
                blank_run = 0
                continue
            if zone == "header":
                header.append(line)
            elif turns.turn is not None:
                turns.add(DraftParagraph(text=line, line_start=n, line_end=n), blank_run)
            else:
                draft.warnings.append(f"line {n}: text before the first speaker skipped")
            blank_run = 0
        turns.close()

        if not draft.turns:
            raise ParseError(f"{source.label}: Bloomberg layout but no speaker turns (`Name {{BIO n <GO>}}`, `Q - Name`) found.")
        _read_header(header, draft)
        if only_questions(draft.turns):
            for t in draft.turns:
                t.section = Section.QA
        elif any(t.section is not None for t in draft.turns):
            # A file cut to the Q&A, or missing its `Presentation` heading: turns before the first heading are remarks.
            for t in draft.turns:
                t.section = t.section or Section.PRESENTATION
        draft.company = se.nicer_company(draft.company, [p.firm for p in draft.participants if p.role is Role.CORPORATE])
        return draft


def _wrapped_tags(lines: list[str]) -> dict[int, str]:
    """A PDF copy may wrap a header's tag ("Jane Roe {BIO 1234567" / "<GO>}"): line n -> its whole header, and the
    rest's line -> "" (read as blank)."""
    fixed: dict[int, str] = {}
    for i, raw in enumerate(lines[:-1]):
        if "{" in raw and _OPEN_TAG.search(raw) and _CLOSE_TAG.match(lines[i + 1]):
            joined = f"{raw.strip()} {lines[i + 1].strip()}"
            if _BIO.search(joined):
                fixed[i + 1] = joined
                fixed[i + 2] = ""
        elif raw.strip() and "{" not in raw and _BIO.fullmatch(lines[i + 1].strip()):
            # The whole tag pushed under the name: "Jane Roe" / "{BIO 1234567 <GO>}".
            fixed[i + 1] = f"{raw.strip()} {lines[i + 1].strip()}"
            fixed[i + 2] = ""
    return fixed


def _furniture(line: str, draft: Draft) -> bool:
    """A PDF page's header or footer: "FINAL", the company's equity line, the page number. (The title and date
    a page header repeats are the first page's header lines again.)"""
    if line == "FINAL" or _PAGE_NUMBER.match(line):
        return True
    m = _EQUITY.match(line)
    if m:
        draft.ticker = draft.ticker or m.group("ticker")
        draft.company = draft.company or m.group("company").strip(" ,")
        return True
    return False


def _listed(entry: str, role: Role) -> DraftSpeaker | None:
    """ "Jane Roe, Chief Financial Officer" / "Raj Iyer, Analyst, Acme Securities" / "Raj Iyer, Acme Securities"."""
    entry = _BIO.sub("", entry).strip(" ,")
    name, _, rest = (part.strip() for part in entry.partition(","))
    if not _name_shaped(name, strict=False):
        return None
    if not rest:
        return DraftSpeaker(name=name, role=role)
    if role is Role.CORPORATE:
        return DraftSpeaker(name=name, title=rest, role=role)
    first, _, after = (part.strip() for part in rest.partition(","))
    if _ANALYST_WORD.match(first):
        return DraftSpeaker(name=name, title=first, firm=after or None, role=role)
    firm, title = se.split_affiliation(rest)
    return DraftSpeaker(name=name, title=title, firm=firm, role=role)


def _speaker(line: str, following: str | None, known: dict[str, DraftSpeaker], fresh: bool,
             tagged: bool) -> DraftSpeaker | None:
    """The speaker a turn's header line names; None for a line of speech.

    `known`: the listed people and the speakers met so far; `fresh`: the line follows a blank or opens the body;
    `tagged`: the file tags its turn headers `{BIO n <GO>}`, so an untagged name must be known or carry a side.
    """
    if len(line) > 120:
        return None
    m = _TURN.match(line)
    if m is None:
        return None
    name, side = m.group("name").strip(" .:"), m.group("side")
    if name.lower() == "operator" and not m.group("bio"):
        return DraftSpeaker(name="Operator", role=Role.OPERATOR)
    person = known.get(name_key(name))
    unnamed = _UNNAMED.match(name)
    if unnamed and person is None and _speaks(following):
        who = (unnamed.group("who") or unnamed.group("rep") or "").lower()
        role = Role.ANALYST if side == "Q" or who == "analyst" else (
            Role.CORPORATE if side == "A" or unnamed.group("rep") or "representative" in who else None)
        return DraftSpeaker(name=name, role=role)
    if m.group("bio"):
        if not _name_shaped(name, strict=False):
            return None
    elif person is None:
        # Someone new without a tag: a full name (not a short reply) before a line of speech, with a side; or bare,
        # after a blank, in a file that tags no header.
        if not (_name_shaped(name, strict=True) and _speaks(following) and (side or fresh and not tagged)):
            return None
    role = person.role if person else Role.ANALYST if side == "Q" else Role.CORPORATE if side == "A" else None
    return DraftSpeaker(name=name, title=person.title if person else None, firm=person.firm if person else None,
                        role=role)


def _name_shaped(name: str, strict: bool) -> bool:
    words = name.replace(",", " ").split()
    if not 1 <= len(words) <= 6 or len(name) > 60 or not all(_NAME_WORD.match(w) for w in words):
        return False
    if strict:
        # Without a tag or a list that names it, only a full name that is not a spoken phrase.
        return len(words) >= 2 and not any(w.lower().strip(".’'") in _SPOKEN for w in words) and not name.endswith(".")
    return True


def _speaks(line: str | None) -> bool:
    return line is not None and (len(line) > 40 or bool(re.search(r"[.?!,]", line)))


def _next_text(lines: list[str], n: int) -> str | None:
    """The first non-blank line after line n."""
    return next((raw.strip() for raw in lines[n:n + 4] if raw.strip()), None)


def _read_header(header: list[str], draft: Draft) -> None:
    """Title, company, ticker, period and date from the lines before the lists and the first turn."""
    for line in header:
        field = _FIELD.match(line)
        if field:
            key, value = field.group("key").lower().split()[-1], field.group("value")
            if key == "name":
                draft.company = value
            elif key == "ticker":
                draft.ticker = value.split()[0]
            elif draft.event_date is None:
                draft.event_date = _date(value)
            continue
        if draft.event_date is None and len(line) < 60 and (date := _date(line)) is not None:
            draft.event_date = date
            continue
        if draft.title is None and re.search(r"\b(?:call|earnings|results|conference|presentation)\b", line, re.I):
            draft.title = line
            draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(line)
            draft.company = draft.company or company_from_title(line)


_TICKER_AFTER = re.compile(r"\s*\((?:[A-Z]{2,10}:\s*)?[A-Z0-9.\-]{1,10}\)\s*$")
_PERIOD_WORD = re.compile(r"\s+(?:q[1-4]|[1-4]q|fy|h[12]|(?:first|second|third|fourth)\s+quarter|full[\s-]year)\b", re.I)


def company_from_title(title: str) -> str | None:
    """The company of "Q2 2026 Acme Corp Earnings Call" and of "Acme Corp Q2 2026 Earnings Call"; None for a title
    that names none ("Q2 2026 Earnings Call")."""
    m = _PERIOD_WORD.search(title)
    if m and m.start() > 0 and callinfo.period_from_text(title[:m.start()]) == (None, None):
        return _TICKER_AFTER.sub("", title[:m.start()]).strip(" -,:") or None
    company = se.company_from_title(title)
    if company is None or re.fullmatch(r"(?:earnings|results|financial|conference|call|q[1-4]|\d{4})(?:\s+\S+)?", company, re.I):
        return None
    return company


_CALLS_QUESTION = re.compile(r"\b(?:first|next|following)\s+question\s+(?:comes?|is|will\s+come)\s+from\b", re.I)


def only_questions(turns: list[DraftTurn]) -> bool:
    """A file with no headings that starts with the operator calling a question, or with an analyst's question
    (`Q - `): it holds only the Q&A, which `call_shape` cannot find when no one spoke before it."""
    first = turns[0]
    if any(t.section is not None for t in turns):
        return False
    if first.speaker.role is Role.ANALYST:
        return True
    operator = is_operator_name(first.speaker.name) or first.speaker.role is Role.OPERATOR
    return operator and bool(_CALLS_QUESTION.search(" ".join(p.text for p in first.paragraphs)))


def _date(text: str) -> datetime | None:
    m = _ISO_DATE.search(text)
    if m:
        try:
            return datetime(int(m.group("y")), int(m.group("m")), int(m.group("d")), tzinfo=timezone.utc)
        except ValueError:
            return None
    return callinfo.date_from_text(text)


PARSER = Bloomberg()
