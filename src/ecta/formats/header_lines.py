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

from collections import Counter
from dataclasses import dataclass

from .. import callinfo
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from ..speakers import is_operator_name, name_key
from . import _fool, generic, sniff
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from .bold_speakers import LIST_HEAD, LIST_ROLES


@dataclass
class _Header:
    name: str
    title: str | None
    firm: str | None
    marker: str | None
    """"Q" or "A" where the line opens with that marker."""
    role: Role | None = None


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
        if not headers:
            raise ParseError(f"{source.label}: no speaker header lines (a name on a line of its own) found.")
        titled = {name_key(h.name): h for h in headers.values() if h.title or h.firm}
        speakers = {name_key(h.name): _Header(h.name, None, None, None, h.role) for h in headers.values()}
        first = min(headers)
        first = next((k for k, ln in enumerate(lines[:first]) if _inline_label(ln, speakers)), first)
        _read_head(draft, [ln.strip() for ln in lines[:first] if ln.strip() and len(ln.strip()) < 200])
        section: Section | None = None
        turn: DraftTurn | None = None
        ended = False
        for i, raw in enumerate(lines):
            line = raw.strip()
            n = i + 1
            if not line or i in listed or _FURNITURE.match(line):
                continue
            if is_section := _section(line):
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
            if header is None and (m := _QA_MARKER.match(line)):
                # "Q: words" / "A: words": a question or an answer whose speaker the page does not name.
                asking = m.group("marker").upper() == "Q"
                header = _Header("Unidentified Analyst" if asking else "Unidentified Company Representative",
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


# A person's name: 1-5 capitalised words (initials, particles) or the same in capitals.
_NAME = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|de|van|von|der|da|del|la|le|bin|al)){0,4}"
_HEADER = re.compile(
    rf"""^(?:(?P<marker>[QA])\s*[:.\-–]\s*)?            # "Q:" / "A -" before the name
        (?P<name>{_NAME})
        (?:\s*\((?P<paren>[^():]{{1,80}})\)                # Jane Roe (Chief Financial Officer)
          |\s*(?:--|[–—]|\s-\s|,)\s*(?P<aff>[^:]{{1,120}}?) # Jane Roe -- CEO / Jane Roe, CFO / Jane Roe – CEO, Acme
        )?\s*(?P<colon>:)?$""",
    re.X,
)
_QA_MARKER = re.compile(r"^(?P<marker>[QA])\s*[:.]\s+(?P<text>\S.{2,})$")
_PARTS = re.compile(r"\s*--\s*|\s+[-–—]\s+|\s*[–—]\s*|\s*,\s+")
_TITLE_WORD = re.compile(
    r"\b(?:officer|chief|president|head|director|analyst|chair(?:man|woman|person)?|ceo|cfo|coo|cto|vice|vp|"
    r"svp|evp|manager|treasurer|controller|secretary|counsel|founder|relations|strategist|economist|partner|"
    r"executive|financial|operating|investor|general|senior|associate|principal|md|ir)\b",
    re.I,
)
# Words that head a line in a report or a slide, not a person: "Revenue:", "Outlook", "Highlights".
_NOT_NAME_WORDS = generic._NOT_NAMES | {
    "prepared", "remarks", "questions", "answers", "session", "contents", "more", "all", "image", "duration",
    "presentation", "executives", "analysts", "conference", "company", "corporate", "thank", "thanks", "good",
    "okay", "yes", "no", "great", "operating", "income", "margin", "results", "financial", "overview", "earnings",
    "quarter", "first", "second", "third", "fourth", "full", "year", "fiscal", "cash", "flow", "balance", "sheet",
    "safe", "harbor", "statements", "forward-looking", "review", "closing", "opening", "comments", "welcome",
    "sales", "net", "gross", "adjusted", "ebitda", "eps", "dividend", "capital", "business", "update", "strategy",
    "participants", "speakers", "transcript", "call", "earnings", "webcast", "hi", "hello", "sure", "right",
    "well", "so", "and", "the", "of", "in", "on", "for", "to", "with", "we", "our", "i", "it", "this", "that",
}
_FURNITURE = re.compile(r"^\W*(?:image\s+source\b.*|click\s+to\s+enlarge|more\s+\w+\s+analysis|all\s+earnings\s+call\s+transcripts)\W*$", re.I)
# A line that hands the call to someone or names who is present: "over to Jane Roe", "comes from John Doe with".
_INTRODUCING = re.compile(
    r"\b(?:question|line\s+of|comes?\s+from|go\s+ahead|over\s+to|hand(?:ing)?\s+(?:it\s+)?(?:over|back)|turn|"
    r"introduce|joining|joined|with\s+me|me\s+today|next)\b", re.I)
_INTRODUCED = re.compile(r"\b(?:question|line|comes?|from|with|of|next|go\s+ahead)\b", re.I)


def _section(line: str) -> tuple[bool, Section | None] | None:
    """(True, the section it opens) when `line` is only a heading ("Questions & Answers:", "Prepared Remarks")."""
    if generic._QA_LINE.match(line) or sniff.SEEKING_ALPHA_QA.match(line):
        return True, Section.QA
    if generic._PRES_LINE.match(line):
        return True, Section.PRESENTATION
    is_heading, section = _fool.heading(line)
    return (True, section) if is_heading else None


def _smart_case(text: str) -> str:
    """ "OWEN TASKER" -> "Owen Tasker"; mixed case stays as written ("McAdams", "CEO")."""
    if not text.isupper():
        return text
    words = text.split()
    return " ".join(w if w in _ACRONYMS else w.lower() if k and w.lower() in _SMALL_WORDS else w.capitalize()
                    for k, w in enumerate(words))


_ACRONYMS = {"CEO", "CFO", "COO", "CTO", "CIO", "IR", "EVP", "SVP", "VP", "LLC", "LLP", "PLC", "AG", "SA", "NV"}
_SMALL_WORDS = {"and", "of", "the", "for", "&", "de", "van", "von"}


def parse_header(line: str) -> _Header | None:
    """The speaker a line names when it has the shape of a header line; `None` for anything else."""
    line = line.strip()
    if not 2 <= len(line) <= 120 or re.search(r"\d|[.?!;]\s*$|[*#{}\[\]|<>\"“”]", line):
        return None
    m = _HEADER.match(line)
    if not m:
        return None
    name = m.group("name").strip()
    words = name.split()
    if any(w.lower().strip(".'’") in _NOT_NAME_WORDS for w in words) and not is_operator_name(name):
        return None
    if len(words) == 1 and not is_operator_name(name):
        return None
    if name.isupper() != all(w.isupper() or len(w) <= 3 for w in words):
        return None
    extra = m.group("paren") or m.group("aff")
    title = firm = None
    if extra:
        parts = [p.strip() for p in _PARTS.split(extra) if p.strip()]
        if not parts or any(len(p.split()) > 7 for p in parts):
            return None
        titles = [_smart_case(p) for p in parts if _TITLE_WORD.search(p)]
        firms = [_smart_case(p) for p in parts if not _TITLE_WORD.search(p)]
        title, firm = ", ".join(titles) or None, ", ".join(firms) or None
    elif not m.group("colon") and len(words) > 4:
        return None
    if is_operator_name(name):
        return _Header("Operator", None, None, m.group("marker"), Role.OPERATOR)
    marker = m.group("marker")
    role = {"Q": Role.ANALYST, "A": Role.CORPORATE}.get(marker or "")
    return _Header(_smart_case(name), title, firm, marker, role)


def _inline_label(line: str, speakers: dict[str, _Header]) -> tuple[_Header, str] | None:
    """`JANE ROE: words` on one line, where the page heads the same person's other turns with a line of their own."""
    label = generic.parse_label(line.strip())
    if label is None or name_key(label[0]) not in speakers:
        return None
    return speakers[name_key(label[0])], label[3]


def _is_speech(line: str) -> bool:
    return bool(line) and parse_header(line) is None and _section(line) is None and not LIST_HEAD.match(line) \
        and not _fool.DURATION.match(line) and not _FURNITURE.match(line)


def _next_line(lines: list[str], i: int) -> str:
    for raw in lines[i + 1 : i + 4]:
        if raw.strip():
            return raw.strip()
    return ""


def find_headers(lines: list[str], listed: dict[str, str]) -> dict[int, _Header]:
    """Header lines by index: name-shaped lines that speech follows, whose name recurs, is listed, carries a title,
    or is named elsewhere in the text."""
    found = {}
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        header = parse_header(line)
        if header is not None and _is_speech(_next_line(lines, i)):
            found[i] = header
    _add_lone_names(lines, found, listed)
    counts = Counter(name_key(h.name) for h in found.values())
    talk = [ln.lower() for k, ln in enumerate(lines) if k not in found and _INTRODUCING.search(ln)]
    kept = {}
    for i, h in found.items():
        key = name_key(h.name)
        if h.role is Role.OPERATOR or counts[key] > 1 or key in listed or h.title or h.firm \
                or any(h.name.lower() in ln for ln in talk):
            kept[i] = h
    return kept


def _add_lone_names(lines: list[str], found: dict[int, _Header], listed: dict[str, str]) -> None:
    """A lone first or last name ("Lena") heads a turn where it is one known person's: listed, or a full header."""
    people = dict(listed) | {name_key(h.name): h.name for h in found.values() if h.role is None}
    by_part: dict[str, set[str]] = {}
    for key, name in people.items():
        for part in key.split():
            by_part.setdefault(part, set()).add(name)
    for i, raw in enumerate(lines):
        word = raw.strip().rstrip(":")
        if i in found or not re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w'’\-]+", word) or word.lower() in _NOT_NAME_WORDS:
            continue
        names = by_part.get(name_key(word), set())
        if len(names) == 1 and _is_speech(_next_line(lines, i)):
            found[i] = _Header(next(iter(names)), None, None, None)


def read_lists(lines: list[str], draft: Draft) -> set[int]:
    """Participant lists ("Company Participants", "Analysts", "Call participants:"): their entries go to
    `draft.participants`; the indices of their lines are returned so the talk skips them."""
    used: set[int] = set()
    role: Role | None = None
    inside = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if m := LIST_HEAD.match(line):
            inside, role = True, LIST_ROLES.get(m.group("kind").lower())
            used.add(i)
            continue
        if not inside:
            continue
        header = parse_header(line)
        if header is None or header.role is Role.OPERATOR or _is_speech(_next_line(lines, i)):
            inside = False
            continue
        used.add(i)
        entry_role = role
        if role is Role.ANALYST and header.title and not header.firm and not _TITLE_WORD.search(header.title):
            header.firm, header.title = header.title, None
        if role is Role.ANALYST and header.title and not header.firm and "analyst" not in header.title.lower():
            header.firm, header.title = header.title, None  # "Jane Roe - Acme Securities" under "Analysts"
        draft.participants.append(DraftSpeaker(name=header.name, title=header.title, firm=header.firm, role=entry_role))
    return used


_EVENT = re.compile(r"\b(?:call|results|earnings|conference|webcast)\b", re.I)
_PERIOD_FIRST = re.compile(r"^(?:Q[1-4]|[1-4]Q|FY|H[12]|first|second|third|fourth|full[\s-]year|fiscal)\b", re.I)
# A quote beside the company's name in an article's header: "(ACME 1.42%)", "(ACME -0.8%)".
_QUOTE = re.compile(r"\s*\((?P<t>[A-Z][A-Z.]{0,5})\s*[-+]?\d[\d.]*%\)")


def _read_head(draft: Draft, head: list[str]) -> None:
    """Title, company, ticker, period and date from the lines above the first header.

    The title is the first short line naming the event that is not a sentence ("ACME earnings call for the period
    ending ..." is the article's lead); where it opens with the period, the company stands on the line above it.
    """
    head = [ln for ln in head if not _FURNITURE.match(ln) and not LIST_HEAD.match(ln) and not _section(ln)]
    k = next((k for k, ln in enumerate(head) if _EVENT.search(ln) and len(ln) <= 120 and not ln.endswith(".")), None)
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
    for line in head[k:]:
        draft.event_date = draft.event_date or callinfo.date_from_text(line)


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
        elif title and _TITLE_WORD.search(title) and not re.search(r"\bpartner\b", title, re.I):
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
