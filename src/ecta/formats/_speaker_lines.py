"""How plain text names who speaks: a `Name: text` label opening the speech, a header line of its own above it
(`Jane Roe -- CEO`, `JANE ROE, CFO:`, `Operator`), the participant lists printed with them and the section headings.

The plain-text parsers (generic, header-lines, bold-speakers, timestamped, fmp-markdown) read their calls with these,
and their sniffs (sniff.py) count them: they live apart from any parser so that detecting a format imports none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..model import Role, Section
from ..speakers import is_operator_name, name_key, role_from_title
from . import _fool, sniff
from .base import Draft, DraftSpeaker


_LABEL = re.compile(
    r"""^\s*(?:\*\*)?(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w.'’\-]*|de|van|von|da|del|la|le)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w.'’\-]*|de|van|von|da|del|la|le)){0,4})
        (?:\*\*(?=\s*[(\-–]))?  # a bold name that closes before its title: "**Jane Roe** (CFO):"
        (?:\s*(?:\((?P<paren>[^)]{1,80})\)|\s[-–]\s(?P<dash>[^:]{1,80})))?
        \s*(?:\*\*)?:(?:\*\*)?\s+(?P<text>\S.*)$""",
    re.X,
)
_FIRM_WORD = re.compile(
    r"\b(?:securities|capital|partners|research|bank|markets|advisors|advisers|management|investments?|group|"
    r"llc|inc|ltd|plc|co|company|associates|equities|asset|fund|funds|brothers)\b\.?",
    re.I,
)
QA_LINE = re.compile(
    r"^\W*(?:questions?[\s-]*(?:and|&)[\s-]*answers?(?:\s+session)?|q\s*&\s*a(?:\s+session)?)\W*$", re.I
)
PRES_LINE = re.compile(r"^\W*(?:presentation|prepared\s+remarks|management\s+discussion)(?:\s+section)?\W*$", re.I)
# Words that start a line with a colon but are not speakers.
NOT_NAMES = {
    "note", "date", "company", "quarter", "source", "title", "time", "ticker", "event", "call",
    "participants", "operator instructions", "forward-looking statements", "disclaimer", "copyright",
    "revenue", "revenues", "guidance", "outlook", "highlights", "question", "answer", "q", "a",
    "total", "net", "slide", "page", "http", "https", "www", "summary", "agenda", "contents",
}


def parse_label(line: str) -> tuple[str, str | None, str | None, str] | None:
    """(name, title, firm, text) when `line` opens a turn, else None."""
    m = _LABEL.match(line)
    if not m:
        return None
    name = m.group("name").strip()
    if name.lower() in NOT_NAMES or name.lower().split()[0] in {"the", "our", "we", "i", "in", "for", "and", "but", "so"}:
        return None
    extra = m.group("paren") or m.group("dash")
    title = firm = None
    if extra:
        parts = [p.strip() for p in re.split(r"\s*[,–-]\s+|\s+[-–]\s*", extra) if p.strip()]
        if len(parts) >= 2:
            firm, title = parts[0], ", ".join(parts[1:])
        elif parts and role_from_title(parts[0]) is None and _FIRM_WORD.search(parts[0]):
            firm = parts[0]  # "Jane Roe (Acme Securities):" names where the caller works, not a title
        else:
            title = parts[0] if parts else None
    return name, title, firm, m.group("text").strip()


@dataclass
class Header:
    name: str
    title: str | None
    firm: str | None
    marker: str | None
    """"Q" or "A" where the line opens with that marker."""
    role: Role | None = None


# A participant list's heading and the role of the people under it (bold_speakers reads them too).
LIST_HEAD = re.compile(
    r"^\W*(?P<kind>(?:call\s+|conference\s+call\s+|corporate\s+|company\s+|other\s+)?participants|executives"
    r"|analysts|speakers|company\s+representatives)\W*$",
    re.I,
)
LIST_ROLES = {
    "executives": Role.CORPORATE, "corporate participants": Role.CORPORATE, "company participants": Role.CORPORATE,
    "company representatives": Role.CORPORATE, "analysts": Role.ANALYST, "conference call participants": Role.ANALYST,
    "other participants": Role.ANALYST,
}

# "Q: words" / "A. words": a question or an answer whose speaker the page does not name.
QA_MARKER = re.compile(r"^(?P<marker>[QA])\s*[:.]\s+(?P<text>\S.{2,})$")


def first_qa_marker(lines: list[str]) -> int | None:
    """The index of the first `Q:` line where the text's Q&A runs on such marks (two questions and two answers at
    least, a third of the lines from there on), else None: a call whose speakers the page never names."""
    marks = [(i, m.group("marker")) for i, raw in enumerate(lines) if (m := QA_MARKER.match(raw.strip()))]
    asked = [i for i, mark in marks if mark == "Q"]
    if len(asked) < 2 or len(marks) - len(asked) < 2:
        return None
    rest = sum(1 for raw in lines[asked[0]:] if raw.strip())
    return asked[0] if len(marks) * 3 >= rest else None


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
_PARTS = re.compile(r"\s*--\s*|\s+[-–—]\s+|\s*[–—]\s*|\s*,\s+")
TITLE_WORD = re.compile(
    r"\b(?:officer|chief|president|head|director|analyst|chair(?:man|woman|person)?|ceo|cfo|coo|cto|vice|vp|"
    r"svp|evp|manager|treasurer|controller|secretary|counsel|founder|relations|strategist|economist|partner|"
    r"executive|financial|operating|investor|general|senior|associate|principal|md|ir)\b",
    re.I,
)
# Words that head a line in a report or a slide, not a person: "Revenue:", "Outlook", "Highlights".
NOT_NAME_WORDS = NOT_NAMES | {
    "prepared", "remarks", "questions", "answers", "session", "contents", "more", "all", "image", "duration",
    "presentation", "executives", "analysts", "conference", "company", "corporate", "thank", "thanks", "good",
    "okay", "yes", "no", "great", "operating", "income", "margin", "results", "financial", "overview", "earnings",
    "quarter", "first", "second", "third", "fourth", "full", "year", "fiscal", "cash", "flow", "balance", "sheet",
    "safe", "harbor", "statements", "forward-looking", "review", "closing", "opening", "comments", "welcome",
    "sales", "net", "gross", "adjusted", "ebitda", "eps", "dividend", "capital", "business", "update", "strategy",
    "participants", "speakers", "transcript", "call", "earnings", "webcast", "hi", "hello", "sure", "right",
    "well", "so", "and", "the", "of", "in", "on", "for", "to", "with", "we", "our", "i", "it", "this", "that",
}
FURNITURE = re.compile(r"^\W*(?:image\s+source\b.*|click\s+to\s+enlarge|more\s+\w+\s+analysis|all\s+earnings\s+call\s+transcripts)\W*$", re.I)
# A line that hands the call to someone or names who is present: "over to Jane Roe", "comes from John Doe with".
_INTRODUCING = re.compile(
    r"\b(?:question|line\s+of|comes?\s+from|go\s+ahead|over\s+to|hand(?:ing)?\s+(?:it\s+)?(?:over|back)|turn|"
    r"introduce|joining|joined|with\s+me|me\s+today|next)\b", re.I)


def section_heading(line: str) -> tuple[bool, Section | None] | None:
    """(True, the section it opens) when `line` is only a heading ("Questions & Answers:", "Prepared Remarks")."""
    if QA_LINE.match(line) or sniff.SEEKING_ALPHA_QA.match(line):
        return True, Section.QA
    if PRES_LINE.match(line):
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


def parse_header(line: str) -> Header | None:
    """The speaker a line names when it has the shape of a header line; `None` for anything else."""
    line = line.strip()
    if not 2 <= len(line) <= 120 or re.search(r"\d|[.?!;]\s*$|[*#{}\[\]|<>\"“”]", line):
        return None
    m = _HEADER.match(line)
    if not m:
        return None
    name = m.group("name").strip()
    words = name.split()
    if any(w.lower().strip(".'’") in NOT_NAME_WORDS for w in words) and not is_operator_name(name):
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
        titles = [_smart_case(p) for p in parts if TITLE_WORD.search(p)]
        firms = [_smart_case(p) for p in parts if not TITLE_WORD.search(p)]
        title, firm = ", ".join(titles) or None, ", ".join(firms) or None
    elif not m.group("colon") and len(words) > 4:
        return None
    if is_operator_name(name):
        return Header("Operator", None, None, m.group("marker"), Role.OPERATOR)
    marker = m.group("marker")
    role = {"Q": Role.ANALYST, "A": Role.CORPORATE}.get(marker or "")
    return Header(_smart_case(name), title, firm, marker, role)


def _is_speech(line: str) -> bool:
    return bool(line) and parse_header(line) is None and section_heading(line) is None and not LIST_HEAD.match(line) \
        and not _fool.DURATION.match(line) and not FURNITURE.match(line)


def _next_line(lines: list[str], i: int) -> str:
    for raw in lines[i + 1 : i + 4]:
        if raw.strip():
            return raw.strip()
    return ""


def find_headers(lines: list[str], listed: dict[str, str]) -> dict[int, Header]:
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


def _add_lone_names(lines: list[str], found: dict[int, Header], listed: dict[str, str]) -> None:
    """A lone first or last name ("Lena") heads a turn where it is one known person's: listed, or a full header."""
    people = dict(listed) | {name_key(h.name): h.name for h in found.values() if h.role is None}
    by_part: dict[str, set[str]] = {}
    for key, name in people.items():
        for part in key.split():
            by_part.setdefault(part, set()).add(name)
    for i, raw in enumerate(lines):
        word = raw.strip().rstrip(":")
        if i in found or not re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w'’\-]+", word) or word.lower() in NOT_NAME_WORDS:
            continue
        names = by_part.get(name_key(word), set())
        if len(names) == 1 and _is_speech(_next_line(lines, i)):
            found[i] = Header(next(iter(names)), None, None, None)


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
        if role is Role.ANALYST and header.title and not header.firm and not TITLE_WORD.search(header.title):
            header.firm, header.title = header.title, None
        if role is Role.ANALYST and header.title and not header.firm and "analyst" not in header.title.lower():
            header.firm, header.title = header.title, None  # "Jane Roe - Acme Securities" under "Analysts"
        draft.participants.append(DraftSpeaker(name=header.name, title=header.title, firm=header.firm, role=entry_role))
    return used
