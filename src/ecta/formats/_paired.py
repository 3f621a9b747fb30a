"""Pieces shared by the vendor layouts that open a turn with a name line and a title line:
FactSet CallStreet and S&P Capital IQ.

Both list the participants as pairs of lines (the name, then the title and firm), both open a turn
with the speaker's name alone on a line and their title or firm on the next, and both reach ecta
mostly as text copied out of the vendor's PDF, which leaves each page's running header, footer and
number between the two halves of a sentence. A parser reads its own header, headings and page
furniture into `Row`s (the lines that are left, each with the gap before it); `read_turns` cuts
those rows into turns and joins the sentences a page break cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from ..speakers import name_key, role_from_title, short_key
from . import _streetevents as se
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn


@dataclass
class Row:
    """A line the layout keeps: not blank, not page furniture."""

    n: int
    """1-based line number in the source."""
    text: str
    zone: str
    """Where the headings put it: "header", "corporate", "analysts", "presentation", "qa"."""
    gap: int = 0
    """Blank or furniture lines skipped just before it: a page break leaves several."""
    after_rule: bool = False
    """A rule of dots (FactSet's end of turn) or a section heading comes just before it."""
    cells: tuple[str, ...] = ()
    """The line's columns where a PDF copy set two people side by side (parted by wide gaps)."""


_NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*|de|del|della|da|di|van|von|der|den|le|la|du|dos|bin|al|y)$"
)
_SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "cfa", "st.", "dr.", "mr.", "ms.", "mrs."}
# Words of the short replies that a title-cased line can hold but a name does not ("Great Question").
_SPEECH_WORDS = {
    "thank", "thanks", "you", "good", "great", "okay", "ok", "yes", "yeah", "no", "right", "sure", "morning",
    "afternoon", "evening", "all", "fair", "enough", "got", "it", "very", "helpful", "perfect", "and", "the",
    "that", "this", "is", "we", "i", "so", "hi", "hello", "sorry", "well", "congrats", "congratulations",
    "appreciate", "understood", "exactly", "correct", "absolutely", "bye", "question", "questions", "session",
    "answer", "instructions", "participants", "executives", "analysts", "of", "for", "on", "in", "to", "our",
    "presentation", "call", "earnings", "transcript", "section", "discussion", "management", "total", "pages",
}
_REPLY_OPENERS = {
    "thank", "thanks", "you", "okay", "ok", "yes", "yeah", "great", "sure", "hi", "hello", "good", "sorry", "well",
    "right", "congrats", "congratulations", "perfect", "got", "understood", "no", "so", "and", "but", "we", "i",
}
QA_MARK = re.compile(r"^(?P<rest>.*?)\s*(?<![\w&])(?P<mark>[QA])$")
_LEGAL_END = re.compile(
    r"\b(?:inc|corp|co|ltd|plc|llc|l\.?p|s\.?a|n\.?v|ag|se|limited|group|division|company)\.?$", re.I
)
_LEGAL_PART = re.compile(
    r"^(?:inc|corp|co|ltd|plc|llc|l\.?l\.?c|l\.?p|s\.?a|n\.?v|ag|se|limited|s\.?p\.?a|a/s|asa|ab|oyj|gmbh|b\.?v)\.?$",
    re.I,
)
# A header on one line, as FactSet's newer exports print it: "Jane Roe, Chief Financial Officer - Answer".
ONE_LINE = re.compile(
    r"^(?P<name>[^,]{2,60}?(?:,\s*(?:Jr|Sr|II|III|IV)\.?)?),\s+(?P<title>[^\n]{2,140}?)"
    r"(?:\s+[-–]\s+(?P<mark>Question|Answer))?$"
)
RESEARCH_DIVISION = re.compile(r",?\s*research\s+division\s*$", re.I)


def name_shaped(text: str) -> bool:
    """A line that can be a person's name: a few capitalised words, no sentence punctuation."""
    if not 2 <= len(text) <= 60 or re.search(r"[\[\]()<>=$%:;?!@/\d]", text):
        return False
    tokens = text.replace(",", " ").split()
    if not 1 <= len(tokens) <= 6 or not tokens[0][0].isupper():
        return False
    for t in tokens:
        if t.lower() in _SUFFIX:
            continue
        # "Great." is a reply, "D." an initial.
        if not _NAME_TOKEN.match(t) or (t.endswith(".") and len(t.rstrip(".")) > 1 and "." not in t[:-1]):
            return False
    return not all(t.lower().strip(".,") in _SPEECH_WORDS for t in tokens)


def looks_like_affiliation(text: str) -> bool:
    """A title or firm line ("Chief Financial Officer, Acme Corp.", "Birch & Co., Research Division"), not speech."""
    if not 2 <= len(text) <= 160 or text[0].islower() or len(text.split()) > 24:
        return False
    if text.split()[0].lower().strip(",.!") in _REPLY_OPENERS:
        return False  # "Thank You Very Much" is capitalised like a firm
    if text.endswith(("?", "!", ":", ";", ",")):
        return False
    if text.endswith(".") and not _LEGAL_END.search(text):
        return False
    if re.search(r"[.?!]\s+[A-Z]", text.replace("Inc. ", "").replace("Co. ", "").replace("Corp. ", "")):
        return False  # two sentences
    return role_from_title(text) is not None or bool(RESEARCH_DIVISION.search(text)) or "," in text or (
        # a firm alone: capitalised words, no verb-like lower-case run
        sum(1 for w in text.split() if w[:1].islower() and w not in {"of", "and", "&", "de", "the"}) == 0
    )


def split_title_firm(text: str, company: str | None = None) -> tuple[str | None, str | None]:
    """ "Chairman, President & Chief Executive Officer, Acme Widgets, Inc." -> (title, firm).

    The firm is the last comma-separated part, with the legal suffix it carries ("Inc."); a line that
    ends with the call's company is split there whatever it holds.
    """
    text = re.sub(r"\s+", " ", text).strip(" ,")
    if not text:
        return None, None
    if company:
        for firm in (company, company.rstrip(".")):
            if text.lower().endswith(firm.lower()) and len(text) > len(firm):
                head = text[: -len(firm)].rstrip()
                if head.endswith(","):
                    return head.rstrip(" ,") or None, text[-len(firm):]
    parts = [p.strip() for p in text.split(",")]
    while len(parts) > 1 and _LEGAL_PART.match(parts[-1]):
        parts[-2:] = [f"{parts[-2]}, {parts[-1]}"]
    if len(parts) == 1:
        return (text, None) if role_from_title(text) or se.role_word(text) else (None, text)
    if role_from_title(parts[-1]) is not None and not _LEGAL_END.search(parts[-1]):
        return text, None  # "Vice President, Investor Relations": a title with a comma in it, no firm
    return ", ".join(parts[:-1]) or None, parts[-1] or None


class Known:
    """The listed people, found by full or first-and-last name ("Tobias D. Wren" is "Tobias Wren")."""

    def __init__(self, people: list[DraftSpeaker]) -> None:
        self.by_key = {name_key(p.name): p for p in people}
        self.by_short: dict[str, list[DraftSpeaker]] = {}
        for p in people:
            self.by_short.setdefault(short_key(p.name), []).append(p)

    def find(self, name: str) -> DraftSpeaker | None:
        key = name_key(name)
        if not key:
            return None
        if key in self.by_key:
            return self.by_key[key]
        hits = self.by_short.get(short_key(name), [])
        return hits[0] if len(hits) == 1 else None


@dataclass
class Header:
    speaker: DraftSpeaker
    used: int
    """Rows the header takes: the name, the title line if any, the Q/A mark if on its own row."""
    mark: str | None = None


SplitFn = Callable[[str, str], "tuple[str | None, str | None]"]
"""(title line, zone) -> (title, firm)."""


class PairedText:
    """The parser shell both vendors share: their header and page furniture are their own (`read`), the lists and
    turns are read alike."""

    name: str
    description: str
    vendor: str
    headings: str
    """The section headings the layout must have, named in the error when none is found."""
    turns_under: str
    roles: dict[str, Role]
    bare_names = False
    """See `read_turns`."""

    def section(self, line: str) -> str | None:
        """The zone a heading line opens, or None."""
        raise NotImplementedError

    def read(self, lines: list[str], first: int, draft: Draft) -> tuple[list[Row], SplitFn]:
        """The header into `draft`; the rows from the first heading on, and how a title line splits."""
        raise NotImplementedError

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        draft = Draft(format=self.name)
        first = next((i for i, ln in enumerate(lines) if self.section(ln)), None)
        if first is None:
            raise ParseError(f"{source.label}: no {self.vendor} sections ({self.headings}) found.")
        rows, split = self.read(lines, first, draft)
        read_list(rows, draft, split, self.roles)
        read_turns(draft, rows, Known(draft.participants), split, bare_names=self.bare_names)
        if not draft.turns:
            raise ParseError(f"{source.label}: {self.vendor} layout but no speaker turns {self.turns_under}.")
        return draft


def header_at(rows: list[Row], i: int, known: Known, split: SplitFn, *, bare_ok: bool) -> Header | None:
    """The turn header that starts at rows[i], if it is one.

    A name line opens a turn when a title line or a lone Q/A mark follows it, or when it names a listed
    person or an unnamed voice ("Unidentified Analyst"). `bare_ok` also lets an unlisted full name
    followed by speech open one (after a rule of dots, where nothing else can stand).
    """
    row = rows[i]
    name, mark = row.text, None
    m = QA_MARK.match(name)
    if m and m.group("rest") and name_shaped(m.group("rest")):
        name, mark = m.group("rest"), m.group("mark")
    if name.rstrip(" .:").lower() == "operator":
        return Header(DraftSpeaker(name="Operator", role=Role.OPERATOR), 1)
    if (one := one_line(row.text, known)) is not None:
        name, title, mark = one
        return _header(name, known.find(name), title, row.zone, split, 1, mark)
    if not name_shaped(name):
        return None
    nxt = rows[i + 1] if i + 1 < len(rows) and rows[i + 1].zone == row.zone else None
    if nxt is None:
        return None
    listed = known.find(name)
    if nxt.text in ("Q", "A"):
        # The mark may sit between the name and its title line ("Jane Roe" / "Q" / "Analyst, Acme Securities").
        after = rows[i + 2] if i + 2 < len(rows) and rows[i + 2].zone == row.zone else None
        if after is not None and looks_like_affiliation(after.text) and (
            role_from_title(after.text) is not None or RESEARCH_DIVISION.search(after.text)
        ):
            return _header(name, listed, after.text, row.zone, split, 3, nxt.text)
        return _header(name, listed, None, row.zone, split, 2, nxt.text)
    title_text, title_mark = nxt.text, None
    tm = QA_MARK.match(title_text)
    if tm and tm.group("rest") and looks_like_affiliation(tm.group("rest")):
        title_text, title_mark = tm.group("rest"), tm.group("mark")
    # A title line, unless it is the name of someone listed (a header whose title line is missing).
    is_title = role_from_title(title_text) is not None or known.find(title_text) is None
    if is_title and looks_like_affiliation(title_text):
        used = 2
        after = rows[i + 2] if i + 2 < len(rows) and rows[i + 2].zone == row.zone else None
        wrapped = _title_wrap(title_text, after) if title_mark is None else None
        if wrapped is not None:
            # A long title the PDF wrapped: "Chief Financial Officer, Acme Widgets" / "Holdings, Inc."
            title_text, title_mark = wrapped
            used = 3
            after = rows[i + 3] if i + 3 < len(rows) and rows[i + 3].zone == row.zone else None
        if after is None:
            return None
        if after.text in ("Q", "A") and title_mark is None:
            return _header(name, listed, title_text, row.zone, split, used + 1, after.text)
        return _header(name, listed, title_text, row.zone, split, used, title_mark or mark)
    if listed is not None or re.match(r"(?i)unidentified|unknown|unverified", name):
        return _header(name, listed, None, row.zone, split, 1, mark)
    if bare_ok and len(name.split()) >= 2 and _opens_speech(nxt.text) and not any(
        t.lower().strip(".,") in _SPEECH_WORDS for t in name.split()
    ):
        # Without a title line to vouch for it, a short reply ("Sounds Good") must not pass for a name.
        return _header(name, None, None, row.zone, split, 1, mark)
    return None


_TITLE_SMALL_WORDS = {"of", "and", "&", "the", "for", "de", "du", "la", "y", "und", "at", "in", "to"}


def one_line(text: str, known: Known) -> tuple[str, str, str | None] | None:
    """(name, title line, Q/A mark) of a one-line header, vouched for by its mark, a listed name or a title."""
    m = ONE_LINE.match(text)
    if m is None or not name_shaped(m.group("name")) or not looks_like_affiliation(m.group("title")):
        return None
    if role_from_title(m.group("name")) is not None:
        return None  # "Senior Director-Investor Relations, Acme Corp.": a title line, not a person
    if sum(1 for w in m.group("title").split() if w[:1].islower() and w not in _TITLE_SMALL_WORDS) > 1:
        return None  # a title is capitalised: "Jim, Analyst Day is next month and" is speech
    mark = {"question": "Q", "answer": "A"}.get((m.group("mark") or "").lower())
    if mark is None and known.find(m.group("name")) is None and role_from_title(m.group("title")) is None:
        return None
    return m.group("name"), m.group("title"), mark


def _title_wrap(title: str, after: Row | None) -> tuple[str, str | None] | None:
    """The title line and its wrapped end (with the Q/A mark that may close it), when `after` is that end:
    a few words that finish on a firm's legal suffix, after a title line that does not end a sentence."""
    if after is None or title.endswith(".") and _LEGAL_END.search(title):
        return None
    text, mark = after.text, None
    m = QA_MARK.match(text)
    if m and m.group("rest"):
        text, mark = m.group("rest"), m.group("mark")
    if len(text) > 60 or len(text.split()) > 6 or not _LEGAL_END.search(text):
        return None
    # Every word a firm's ("Holdings, Inc."), so a short reply ending in "group" stays speech.
    if not all(w[:1].isupper() or w in {"&", "and", "of", "de", "the"} for w in text.split()):
        return None
    return f"{title} {text}", mark


def _opens_speech(text: str) -> bool:
    return len(text) > 60 or bool(re.search(r"[.?!,]", text))


def _header(name: str, listed: DraftSpeaker | None, title_line: str | None, zone: str, split: SplitFn,
            used: int, mark: str | None) -> Header:
    title, firm = split(title_line, zone) if title_line else (None, None)
    if listed is not None:
        title, firm = title or listed.title, firm or listed.firm
    role = listed.role if listed is not None else None
    if role is None and mark is not None:
        # The vendor marks who asks and who answers: a hint for a voice the lists leave out.
        role = Role.ANALYST if mark == "Q" else Role.CORPORATE
    return Header(DraftSpeaker(name=name, title=title, firm=firm, role=role), used, mark)


_INLINE_OPERATOR = re.compile(r"^(?P<name>operator)\s*:\s*(?P<text>.*)$", re.I)
# The older CallStreet Q&A: the mark and the name in angle brackets before the speech, "<Q - Jane Roe>: How ...".
_INLINE_MARKED = re.compile(r"^<\s*(?P<mark>[QA])\s*[-–—]\s*(?P<name>[^<>:]{2,60}?)\s*>\s*:?\s*(?P<text>.*)$")


def read_turns(draft: Draft, rows: list[Row], known: Known, split: SplitFn, *, bare_names: bool = False) -> None:
    """Turns from the body rows (zones "presentation" and "qa"), appended to `draft.turns`.

    `bare_names`: an unlisted full name alone on a line, after a finished sentence and before speech, opens a
    turn anywhere (a layout that may leave out a title line); else only after a rule or a heading.
    """
    turns = se.Turns(draft)
    mark: str | None = None
    marked_qa = False
    """A Q/A mark came before any Q&A heading: the vendor marks turns only in the Q&A, which began there."""
    i = 0
    while i < len(rows):
        row = rows[i]
        if row.zone not in ("presentation", "qa"):
            turns.close()
            i += 1
            continue
        section = Section.QA if row.zone == "qa" or marked_qa else Section.PRESENTATION
        inline = _INLINE_OPERATOR.match(row.text)
        if inline:
            turns.open(DraftTurn(speaker=DraftSpeaker(name="Operator", role=Role.OPERATOR), section=section,
                                 header_line=row.n))
            if inline.group("text").strip():
                turns.add(DraftParagraph(text=inline.group("text").strip(), line_start=row.n, line_end=row.n), 0)
            i += 1
            continue
        marked = _INLINE_MARKED.match(row.text)
        if marked and name_shaped(marked.group("name")):
            turns.close()
            if section is Section.PRESENTATION:
                marked_qa, section = True, Section.QA
                if draft.turns and draft.turns[-1].speaker.role is Role.OPERATOR:
                    draft.turns[-1].section = Section.QA  # the operator who called the first question
            name = marked.group("name")
            # No role from the mark: `call_shape` gives the caller the role and the firm the operator called them with.
            header = _header(name, known.find(name), None, row.zone, split, 1, None)
            turns.open(DraftTurn(speaker=header.speaker, section=section, header_line=row.n))
            if marked.group("text").strip():
                turns.add(DraftParagraph(text=marked.group("text").strip(), line_start=row.n, line_end=row.n), 0)
            mark = None
            i += 1
            continue
        if row.text in ("Q", "A"):
            # A mark the copy set apart from its header (before the name): never speech.
            mark = row.text
            i += 1
            continue
        turn, paragraphs = turns.turn, turns.paragraphs
        starts = turn is None or row.after_rule or not paragraphs or _ends_sentence(paragraphs[-1].text)
        bare_ok = bare_names or row.after_rule or turn is None
        header = header_at(rows, i, known, split, bare_ok=bare_ok) if starts else None
        if header is not None and header.mark is None and mark is not None and header.speaker.role is None:
            header.speaker.role = Role.ANALYST if mark == "Q" else Role.CORPORATE
        if header is not None and (header.mark or mark) and section is Section.PRESENTATION:
            marked_qa, section = True, Section.QA
            if turn is not None and turn.speaker.role is Role.OPERATOR:
                turn.section = Section.QA  # the operator who called the first question
        mark = None
        if header is not None:
            turns.open(DraftTurn(speaker=header.speaker, section=section, header_line=row.n))
            i += header.used
            continue
        if turn is None:
            draft.warnings.append(f"line {row.n}: text before the first speaker skipped")
        elif paragraphs and _HYPHEN_WRAP.search(paragraphs[-1].text) and row.text[:1].islower():
            _join_hyphenated(paragraphs[-1], row)
        else:
            turns.add(DraftParagraph(text=row.text, line_start=row.n, line_end=row.n), row.gap)
        i += 1
    turns.close()


# A word the PDF broke at its hyphen: "year-over-" / "year", "forward-" / "looking".
_HYPHEN_WRAP = re.compile(r"[A-Za-z]-$")


def _join_hyphenated(p: DraftParagraph, row: Row) -> None:
    """Join the line that finishes a hyphenated word without a space, each word keeping its own line."""
    words = p.word_lines or [p.line_start] * len(p.text.split())
    rest = row.text.split()
    p.word_lines = words + [row.n] * (len(rest) - 1)
    p.text = p.text + row.text
    p.line_end = row.n


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"""[.?!:;…"'’”)\]]$|--$|—$""", text.rstrip()))


# The words a title opens with, where a list sets it on the name's line with no comma between.
_TITLE_OPENERS = {
    "analyst", "chief", "president", "chairman", "chairwoman", "chair", "vice", "senior", "executive", "director",
    "head", "managing", "treasurer", "general", "founder", "co-founder", "investor", "cfo", "ceo", "coo", "evp", "svp",
    "vp", "partner", "principal", "controller", "secretary", "corporate", "group", "deputy", "interim", "acting",
    "global", "portfolio", "research", "associate", "equity", "member", "lead",
}


def _name_then_title(row: Row) -> tuple[str, str, None] | None:
    """(name, title line, None) of a list entry with its title on the name's line: in two columns
    ("Jane Roe      Chief Financial Officer, Acme Corp.") or parted by a space only."""
    if len(row.cells) == 2 and name_shaped(row.cells[0]) and looks_like_affiliation(row.cells[1]) and (
        role_from_title(row.cells[1]) is not None or RESEARCH_DIVISION.search(row.cells[1])
    ):
        return row.cells[0], row.cells[1], None
    words = row.text.split()
    for k in range(2, min(len(words) - 1, 5)):
        if words[k].lower().strip(",") in _TITLE_OPENERS:
            name, title = " ".join(words[:k]), " ".join(words[k:])
            if name_shaped(name) and role_from_title(title) is not None and looks_like_affiliation(title):
                return name, title, None
            return None
    return None


def read_list(rows: list[Row], draft: Draft, split: SplitFn, roles: dict[str, Role]) -> None:
    """Participants from the list zones: a name line, then its title line (which a list may leave out)."""
    listed: DraftSpeaker | None = None
    side_by_side: list[DraftSpeaker] = []
    taken: set[int] = set()
    for i, row in enumerate(rows):
        if i in taken:
            continue
        role = roles.get(row.zone)
        if role is None:
            listed = None
            continue
        text = row.text
        if len(row.cells) > 1:
            # Two columns of the list: a row of names, then a row of their titles.
            if side_by_side and len(row.cells) == len(side_by_side):
                for person, cell in zip(side_by_side, row.cells):
                    person.title, person.firm = split(cell, row.zone)
                side_by_side = []
                continue
            if all(name_shaped(c) for c in row.cells):
                side_by_side = [DraftSpeaker(name=c, role=role) for c in row.cells]
                draft.participants.extend(side_by_side)
                listed = None
                continue
        side_by_side = []
        one = one_line(text, Known([])) if listed is None else None
        if one is None and listed is None:
            one = _name_then_title(row)
        if one is not None:
            # "Jane Roe, Chief Financial Officer": the whole entry on one line.
            title, firm = split(one[1], row.zone)
            draft.participants.append(DraftSpeaker(name=one[0], title=title, firm=firm, role=role))
            continue
        if listed is not None:
            nxt = rows[i + 1].text if i + 1 < len(rows) and rows[i + 1].zone == row.zone else ""
            # A second name, not a title, when it looks like one and a title line follows it.
            second_name = name_shaped(text) and role_from_title(text) is None and nxt and (
                role_from_title(nxt) is not None or RESEARCH_DIVISION.search(nxt) or "," in nxt)
            if not second_name:
                listed.title, listed.firm = split(text, row.zone)
                listed = None
                continue
            later = rows[i + 2] if i + 2 < len(rows) and rows[i + 2].zone == row.zone else None
            if later is not None and (role_from_title(later.text) is not None or RESEARCH_DIVISION.search(later.text)):
                # Two columns a PDF reader took one after the other: both names, then both titles, in order.
                listed.title, listed.firm = split(nxt, row.zone)
                second = DraftSpeaker(name=text, role=role)
                second.title, second.firm = split(later.text, row.zone)
                draft.participants.append(second)
                taken |= {i + 1, i + 2}
                listed = None
                continue
        if name_shaped(text):
            listed = DraftSpeaker(name=text, role=Role.OPERATOR if text.lower() == "operator" else role)
            draft.participants.append(listed)
        else:
            listed = None
