"""Transcript PDFs published by issuers' investor-relations sites.

Every issuer lays its PDF out differently, so this parser reads layout cues rather than one
template. It works on the text layer `pdf_text` reads (PDFium, or pypdf as the fallback), page by
page, where a blank line stands for a paragraph gap:

* Page furniture goes first: lines near the top or bottom of a page that repeat on many pages
  once digits are masked (running headers, `Copyright ... 12` footers, `Page 3 of 18`), bare page
  numbers, and dotted leader lines between turns.
* Speaker turns open at (a) an inline upper-case label `JANE DOE: text` or `Operator: text`,
  (b) a name alone on its line followed by a title/firm line, which may end in a `Q`/`A` flag
  (`Analyst, Acme Research Q`), (c) `Name – Firm – Title`, (d) `Name, Firm` in the Q&A, and
  (e) a participant's name glued to the first words of a two-column layout
  (`Jane Doe Thank you. Let me start...`), where an analyst's firm may follow as `(Firm)` at
  the start of the next line. A name counts as known when a participant list names it, or it
  stands alone on several lines.
* Participant lists (`CORPORATE PARTICIPANTS`, `Host`, `Speakers:`, `Speeches by ...`) give
  names, titles, firms and role hints.
* `PRESENTATION`, `MANAGEMENT DISCUSSION SECTION`, `QUESTION AND ANSWER`, `Analyst Q&A` set the
  section; without them `assemble` infers it.
* Everything before the first turn is the cover: the title, company, quarter and date come
  from it (letter-spaced text such as `T R A N S C R I P T` or `Q 3  202 3` is closed up
  first). A `Disclaimer` heading after the call ends the speech.

Paragraphs follow blank lines, bullets (`- `, `•`) and short lines that end a sentence; a
paragraph continues across a page break, so a sentence split by the page comes out whole.
`Slide N – title` headings are layout, not speech: they become stage paragraphs of the current
speaker. Spans: `page`/`page_end` are 1-based page numbers and `line_start`/`line_end` are
1-based lines of that page's text layer counting only lines that print something (running headers
and footers included, blank gaps not): line 12 is the twelfth printed line from the top, which
`printed_lines` lists.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from collections import Counter
from dataclasses import dataclass

from .. import callinfo
from ..errors import ParseError
from ..model import ParagraphKind, Role, Section
from ..source import Source
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff

_TOKEN = r"(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.|[A-Z][a-z]?[A-Z][a-zA-Z'’\-]+)"
_PARTICLE = r"(?:von|van|der|den|de|da|del|della|di|du|la|le|bin|al)"
_NAME = rf"{_TOKEN}(?:\s+(?:{_TOKEN}|{_PARTICLE})){{1,4}}"
_NAME_LINE = re.compile(rf"^(?P<name>{_NAME})$")
_CAPS_LABEL = re.compile(r"^(?P<name>[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,4})\s*:\s*(?P<text>.*)$")
_MIXED_LABEL = re.compile(rf"^(?P<name>Operator|{_NAME})\s*:\s*(?P<text>.*)$")
_DASHED = re.compile(
    rf"^(?P<name>{_NAME})\s+[–—-]\s+(?P<firm>[^–—]{{1,70}}?)\s+[–—-]\s+(?P<title>[^–—]{{1,90}}?)$"
)
_NAME_FIRM = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<firm>[A-Z0-9][\w&.'’\- ]{{1,50}}?)$")
_FLAGGED = re.compile(r"^(?P<tf>\S.{2,150}?)\s+(?P<flag>[QA])$")
_FIRM_PREFIX = re.compile(r"^\((?P<firm>[^()]{2,60})\)\s*")
_TITLE_WORDS = re.compile(
    r"\b(?:officer|chief|president|head|director|analyst|chair(?:man|woman|person)?|ceo|cfo|coo|cro|vice|vp|"
    r"manager|treasurer|controller|partner|relations|managing|executive|secretary|counsel|founder|strategist|"
    r"economist|research|securities|capital|bank|group|markets|partners|llc|inc|co\.)\b",
    re.I,
)
_NOT_NAME_WORDS = {
    "thank", "thanks", "you", "good", "morning", "afternoon", "evening", "hello", "yes", "okay", "ok",
    "slide", "page", "next", "question", "questions", "answer", "answers", "and", "the", "of", "for",
    "all", "great", "well", "sure", "right", "so", "now", "operator", "transcript", "presentation",
    "section", "session", "disclaimer", "participants", "conference", "call", "earnings", "results",
    "quarter", "speakers", "host", "forward", "looking", "statements", "information", "notice",
    "important", "contents", "agenda", "q", "a", "on", "in", "at", "to", "as", "if", "but", "no", "we",
    "i", "it", "my", "our", "your", "this", "that", "with", "by", "from", "just", "also", "let", "me",
    "ag", "inc", "plc", "ltd", "llc", "corp", "corporation", "group", "bank", "holdings", "company",
    "se", "nv", "investor", "update", "financial", "estate", "private", "total",
}
_NOT_LABELS = {
    "note", "notes", "source", "date", "time", "q", "a", "re", "disclaimer", "copyright", "page",
    "slide", "title", "subject", "http", "https", "www", "dial", "tel", "fax", "email",
    "investor relations", "contact",
}
_PRES = re.compile(
    r"^(?:presentation|management\s+discussion(?:\s+section)?|prepared\s+remarks|management\s+presentation"
    r"|opening\s+remarks|management\s+remarks)\W*$",
    re.I,
)
_QA = re.compile(
    r"^(?:questions?\s*(?:and|&)\s*answers?(?:\s+(?:section|session))?|q\s*(?:&|and)\s*a(?:\s+session)?"
    r"|analyst\s+q\s*&\s*a\b.{0,40}|question[\s-]and[\s-]answer\s+(?:section|session))\W*$",
    re.I,
)
_LIST_HEAD = re.compile(
    r"^(?P<head>corporate\s+participants|company\s+participants|executives|management|hosts?|speakers"
    r"|presenters"
    r"|conference\s+call\s+participants|analysts|other\s+participants|participants)\s*:?\s*$",
    re.I,
)
_SPEECHES_BY = re.compile(r"^(?:speeches|speech|remarks|presentations?)\s+by\s+(?P<rest>.+)$", re.I)
_END = re.compile(
    r"^(?:disclaimers?|footnotes?|endnotes?|important\s+(?:notice|information)|legal\s+notice"
    r"|forward[\s-]+looking\s+(?:statements|information)"
    r"|cautionary\s+statement.{0,40})\W*$"
    # Speakers never say "this transcript": a paragraph that opens so is the publisher's notice.
    r"|^this\s+(?:transcript|document)\s+(?:also\s+)?"
    r"(?:contains|is\s+provided|may\s+contain|includes|has\s+been)\b",
    re.I,
)
_SLIDE = re.compile(r"^slides?\s+\d+(?:\s*[-–—:]\s*\d+)?\s*(?:[-–—:|]\s*\S.*)?$", re.I)
_BULLET = re.compile(r"^(?:[-–•▪●■◦*]\s+)(?P<text>\S.*)$")
_LEADER = re.compile(r"^[\s.·…_\-–]*[.·…_]{8,}[\s.·…_\-–]*$")
_PAGE_NO = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_PAGE_OF = re.compile(r"\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b", re.I)
_ENDS_SENTENCE = re.compile(r"[.?!:;\"”’)]\s*$")
_ABBREVIATION_END = re.compile(r"\b(?:co|inc|corp|ltd|llc|plc|n\.a|s\.a|ag|l\.p|lp|jr|sr)\.$", re.I)
_ZONE_TOP, _ZONE_BOTTOM = 8, 4


@dataclass
class _Line:
    page: int
    n: int
    text: str


def _despace(line: str) -> str:
    """Close up letter-spaced display text: `T R A N S C R I P T`, `Q 3  202 3`, `2 4 ,`."""
    chunks = re.split(r"\s{2,}", line.strip())
    # A run of one- and two-letter pieces is one word spaced out (`F I N AN C I A L`).
    line = "  ".join(
        c.replace(" ", "") if len(c.split()) >= 3 and all(len(t) <= 2 for t in c.split()) else c
        for c in chunks
    )
    line = re.sub(r"\b(?:[A-Za-z] ){2,}[A-Za-z]\b", lambda m: m.group().replace(" ", ""), line)
    line = re.sub(r"(?<=\d) (?=\d\b)", "", line)
    line = re.sub(r"\b([QH]) ([1-4])\b", r"\1\2", line)
    line = re.sub(r"\s+([,.])", r"\1", line)
    return re.sub(r"\s{2,}", " ", line).strip()


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", _despace(line).lower().replace(" ", ""))


def _read_pages(source: Source) -> list[list[str]]:
    from .pdf_text import read_pages  # here, as only PDFs need it: start-up

    return read_pages(source)


def printed_lines(source: Source) -> list[list[str]]:
    """Each page's lines as spans number them: line N of a page is its Nth line that prints something."""
    return [[ln for ln in page if ln.strip()] for page in _read_pages(source)]


def _furniture(pages: list[list[str]]) -> set[tuple[str, int | None]]:
    """Lines that repeat near the top or bottom of many pages: (key, position in the zone).

    The position matters: a speaker whose answer runs over several pages shows their name at
    the top of each, but not at the same place every time, as a running header is. A line that
    repeats on nearly every page counts wherever it sits."""
    if len(pages) < 2:
        return set()
    placed: Counter[tuple[str, int | None]] = Counter()
    anywhere: Counter[str] = Counter()
    for lines in pages:
        body = [ln for ln in lines if ln.strip()]
        zone = [(_key(ln), pos) for pos, ln in enumerate(body[:_ZONE_TOP])]
        zone += [(_key(ln), -1 - pos) for pos, ln in enumerate(reversed(body[-_ZONE_BOTTOM:]))]
        placed.update(set(zone))
        anywhere.update({k for k, _ in zone})
    half, most = max(2, len(pages) // 2), max(2, int(len(pages) * 0.8))
    out: set[tuple[str, int | None]] = {kp for kp, c in placed.items() if c >= half and kp[0]}
    out |= {(k, None) for k, c in anywhere.items() if c >= most and k}
    return out


def _clean(pages: list[list[str]]) -> list[_Line]:
    furniture = _furniture(pages)
    out: list[_Line] = []
    for p, lines in enumerate(pages, start=1):
        body = [i for i, ln in enumerate(lines) if ln.strip()]
        where = {i: pos for pos, i in enumerate(body[:_ZONE_TOP])}
        where.update({i: -1 - pos for pos, i in enumerate(reversed(body[-_ZONE_BOTTOM:]))})
        kept: list[_Line] = []
        printed = 0  # spans count the lines that print something: a blank line is only a gap
        for i, raw in enumerate(lines):
            text = re.sub(r"\s+", " ", raw).strip()
            printed += bool(text)
            if i in where:
                key = _key(raw)
                if ((key, where[i]) in furniture or (key, None) in furniture or _PAGE_NO.match(text)
                        or _PAGE_OF.search(text)):
                    continue
            if raw.strip() and _LEADER.match(raw):
                text = ""
            kept.append(_Line(p, max(printed, 1), text))
        # Blank lines at a page's edges are layout: dropping them lets a paragraph run on.
        while kept and not kept[0].text:
            kept.pop(0)
        while kept and not kept[-1].text:
            kept.pop()
        out.extend(kept)
    return out


def _is_name(text: str) -> bool:
    m = _NAME_LINE.match(text)
    if not m or len(text) > 45:
        return False
    words = {w.lower().strip(".") for w in text.split()}
    return not words & _NOT_NAME_WORDS


def _title_case(name: str) -> str:
    if name.upper() != name:
        return name
    parts = []
    for w in name.split():
        low = w.lower()
        parts.append(low if re.fullmatch(_PARTICLE, low) else w.capitalize())
    # McDONALD, O'CONNOR: the letter after the prefix is a capital too.
    return re.sub(r"\b(Mc|Mac(?=[a-z]{4})|O['’]|D['’])([a-z])", lambda m: m.group(1) + m.group(2).upper(),
                  " ".join(parts))


def _split_title_firm(text: str) -> tuple[str | None, str | None]:
    """`Title, Firm` or `Firm – Title` into (title, firm)."""
    text = text.strip(" ,")
    if re.search(r"\s[–—-]\s", text):
        firm, _, title = re.split(r"\s([–—-])\s", text, maxsplit=1)
        return title.strip() or None, firm.strip() or None
    if "," in text:
        title, firm = text.rsplit(",", 1) if text.count(",") == 1 else text.split(",", 1)
        return title.strip() or None, firm.strip() or None
    return text or None, None


_OPENERS = {
    "hi", "hello", "hey", "good", "thank", "thanks", "yes", "yeah", "okay", "ok", "morning",
    "afternoon", "so", "sorry", "great", "sure", "understood", "perfect", "many", "very", "look",
    "well", "just", "two", "one", "first", "firstly", "can", "could", "maybe", "if", "the", "we", "i",
    "my", "on", "and", "that", "that's",
}


def _name_prefix(words: list[str]) -> int:
    """How many leading words are a name run into the speech (`Jane Q. Doe Thanks, ...`), or 0."""
    size = 0
    for w in words[:4]:
        bare = w.strip(",.;:!?")
        if bare != w and not re.fullmatch(r"[A-Z]\.", w) or bare.lower() in _OPENERS:
            break
        if not re.fullmatch(rf"{_TOKEN}|{_PARTICLE}", w):
            break
        size += 1
    if 2 <= size <= 3 and len(words) > size and _is_name(" ".join(words[:size])):
        return size
    return 0


def _is_title_line(text: str) -> bool:
    """`Chief Financial Officer, Acme Corp.`, `Acme – Analyst`: short, mostly capitalised, no speech."""
    words = re.findall(r"[A-Za-z][\w'’.&-]*", text)
    if not words or len(text) > 110 or not _TITLE_WORDS.search(text) or _is_name(text):
        return False
    if _ENDS_SENTENCE.search(text) and not _ABBREVIATION_END.search(text):
        return False
    small = {"of", "and", "for", "the", "&", "de", "du", "in", "at", "on"}
    capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return capitalised >= len(words) * 0.75


def _role_from(title: str | None) -> Role | None:
    if title and re.search(r"\banalyst\b", title, re.I):
        return Role.ANALYST
    return None


class _Reader:
    def __init__(self, lines: list[_Line], label: str) -> None:
        self.lines = lines
        self.label = label
        self.draft = Draft(format="ir-pdf")
        self.known: dict[str, DraftSpeaker] = {}
        self.section: Section | None = None
        self.turn: DraftTurn | None = None
        self.para: DraftParagraph | None = None
        self.para_words: list[tuple[int, int]] = []
        """(line, page) of each word of the open paragraph: wrapped lines are joined, and a figure must still
        point to the line and page that print it."""
        self.cover: list[str] = []
        self.glued_seen = False
        self.spelled: Counter[str] | None = None
        """Each word of the call as printed, counted once a line ends on a hyphen (see `broken`)."""
        self.width = self._width()
        self.page_tops = {(ln.page, ln.n) for k, ln in enumerate(lines)
                          if k == 0 or lines[k - 1].page != ln.page}
        standalone = Counter(ln.text for ln in lines if _is_name(ln.text))
        self.repeated = {t.lower() for t, c in standalone.items() if c >= 2}
        # `Jane Doe: text` from a name nobody listed counts once the same label opens several lines.
        labelled = Counter(m.group("name") for ln in lines
                           if (m := _MIXED_LABEL.match(ln.text)) and _is_name(m.group("name")))
        self.labels = {t.lower() for t, c in labelled.items() if c >= 2}

    def _width(self) -> int:
        lengths = sorted(len(ln.text) for ln in self.lines if len(ln.text) > 20)
        return lengths[int(len(lengths) * 0.9)] if lengths else 80

    # -- participants -------------------------------------------------------------------------

    def remember(self, sp: DraftSpeaker, listed: bool = False) -> DraftSpeaker:
        key = sp.name.lower()
        old = self.known.get(key)
        if old is None:
            self.known[key] = sp
            if listed:
                self.draft.participants.append(sp)
            return sp
        old.title = old.title or sp.title
        old.firm = old.firm or sp.firm
        old.role = old.role or sp.role
        return old

    def read_list(self, i: int, head: str) -> int:
        """Entries under a list heading; returns the index after the list."""
        role = Role.ANALYST if re.search(r"analyst|conference\s+call|other", head, re.I) else Role.CORPORATE
        n = len(self.lines)
        start = i
        while i < n:
            text = self.lines[i].text
            if not text:
                i += 1
                if i < n and not self.lines[i].text:
                    break
                continue
            label = _CAPS_LABEL.match(text) and ":" in text[:45] and not text.endswith(":")
            if _PRES.match(text) or _QA.match(text) or _LIST_HEAD.match(text) or label:
                break
            nxt = self.lines[i + 1].text if i + 1 < n else ""
            m = re.match(rf"^(?P<name>{_NAME})\s*,\s*(?P<rest>\S.{{1,120}})$", text)
            if m and _is_name(m.group("name")):
                title, firm = _split_title_firm(m.group("rest"))
                sp = DraftSpeaker(m.group("name"), title=title, firm=firm, role=_role_from(title) or role)
                self.remember(sp, listed=True)
                i += 1
                continue
            if i > start and self.lines[i].page != self.lines[i - 1].page:
                break
            if (_is_name(text) or _is_name(_title_case(text))) and _is_title_line(nxt):
                title, firm = _split_title_firm(nxt)
                i += 1
                sp = DraftSpeaker(_title_case(text), title=title, firm=firm, role=_role_from(title) or role)
                self.remember(sp, listed=True)
                i += 1
                continue
            break
        return i

    def read_speeches_by(self, text: str) -> None:
        """`Speeches by Jane Doe, Chief Executive Officer, and John Roe, Chief Financial Officer`."""
        for part in re.split(r",\s*|\s+and\s+", text):
            part = re.sub(r"^and\s+", "", part.strip())
            if _is_name(part) and not _TITLE_WORDS.search(part):
                self.remember(DraftSpeaker(part, role=Role.CORPORATE), True)

    # -- speaker headers ----------------------------------------------------------------------

    def header(self, i: int) -> tuple[DraftSpeaker, int, str] | None:
        """(speaker, lines used, text after the label) when line i opens a turn."""
        text = self.lines[i].text
        nxt = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        m = _CAPS_LABEL.match(text)
        if m and m.group("name").upper() == m.group("name") and len(m.group("name")) > 1:
            name = m.group("name").strip()
            if name.lower() not in _NOT_LABELS and (name.lower() == "operator" or len(name.split()) >= 2
                                                    or name.lower() in self.known):
                return self.speaker(_title_case(name)), 1, m.group("text")
        m = _MIXED_LABEL.match(text)
        # Once several names open lines as labels, the layout is `Name: text` and a name that
        # speaks only once (an analyst with one question) is a label too.
        if m and (m.group("name").lower() in {"operator"} | self.known.keys() | self.labels
                  or len(self.labels) >= 2 and _is_name(m.group("name"))):
            return self.speaker(m.group("name")), 1, m.group("text")
        m = _DASHED.match(text)
        if m and _is_name(m.group("name")):
            title, firm = m.group("title").strip(), m.group("firm").strip()
            return self.speaker(m.group("name"), title, firm, _role_from(title)), 1, ""
        if text.lower() == "operator":
            return self.speaker("Operator"), 1, ""
        if _is_name(text):
            name = _title_case(text)
            f = _FLAGGED.match(nxt)
            if f and (_TITLE_WORDS.search(f.group("tf")) or "," in f.group("tf")):
                title, firm = _split_title_firm(f.group("tf"))
                role = Role.ANALYST if f.group("flag") == "Q" else Role.CORPORATE
                return self.speaker(name, title, firm, role), 2, ""
            if _is_title_line(nxt):
                title, firm = _split_title_firm(nxt)
                return self.speaker(name, title, firm, _role_from(title)), 2, ""
            if name.lower() in self.known or name.lower() in self.repeated:
                return self.speaker(name), 1, ""
        m = _NAME_FIRM.match(text)
        if m and _is_name(m.group("name")) and (self.section is Section.QA
                                                 or m.group("name").lower() in self.known):
            return self.speaker(m.group("name"), None, m.group("firm"), Role.ANALYST), 1, ""
        return self.glued(text, nxt, i)

    def glued(self, text: str, nxt: str, i: int) -> tuple[DraftSpeaker, int, str] | None:
        """A name run into the first words of its speech by a two-column layout."""
        low = text.lower()
        for key, sp in self.known.items():
            if low.startswith(key + " ") and len(text) > len(key) + 1:
                rest = text[len(key) + 1:].lstrip()
                if rest[:1].isupper() or rest[:1] in "\"“(":
                    self.glued_seen = True
                    return sp, 1, rest
        f = _FIRM_PREFIX.match(nxt)
        prev = self.lines[i - 1].text if i > 0 else ""
        after_sentence = not prev or _ENDS_SENTENCE.search(prev)
        if f or (self.glued_seen and self.section is Section.QA and after_sentence):
            words = text.split()
            size = _name_prefix(words)
            if size and (f or words[size][:1].isupper()):
                name = " ".join(words[:size])
                firm = None
                if f:
                    self.lines[i + 1].text = nxt[f.end():]
                    firm = f.group("firm").strip()
                self.glued_seen = True
                return self.speaker(name, None, firm, Role.ANALYST), 1, " ".join(words[size:])
        return None

    def speaker(self, name: str, title: str | None = None, firm: str | None = None,
                role: Role | None = None) -> DraftSpeaker:
        return self.remember(DraftSpeaker(name=name, title=title, firm=firm, role=role))

    # -- speech -------------------------------------------------------------------------------

    def add_text(self, line: _Line, text: str) -> None:
        if self.turn is None:
            return
        bullet = _BULLET.match(text)
        if _SLIDE.match(text):
            self.close_para()
            self.turn.paragraphs.append(DraftParagraph(text=text, line_start=line.n, line_end=line.n,
                                                       page=line.page, page_end=line.page,
                                                       kind=ParagraphKind.STAGE))
            return
        if bullet:
            self.close_para()
            text = bullet.group("text")
        if self.para is None:
            self.para = DraftParagraph(text=text, line_start=line.n, line_end=line.n,
                                       page=line.page, page_end=line.page)
            self.turn.paragraphs.append(self.para)
            self.para_words = [(line.n, line.page)] * len(text.split())
        else:
            prev = self.para.text
            if re.search(r"[A-Za-z]-$", prev) and text[:1].islower():
                # "integration-" / "related" is one compound, hyphen kept; "inte-" / "gration" a word the typesetter
                # broke, which the call spells whole elsewhere.
                self.para.text = (prev[:-1] if self.broken(prev, text) else prev) + text
                self.para_words += [(line.n, line.page)] * max(len(text.split()) - 1, 0)
            else:
                self.para.text = prev + " " + text
                self.para_words += [(line.n, line.page)] * len(text.split())
            self.para.line_end, self.para.page_end = line.n, line.page
        if _ENDS_SENTENCE.search(text) and len(text) < self.width * 0.75:
            self.close_para()

    def broken(self, prev: str, text: str) -> bool:
        """A word split at a line's end, not a compound: the call spells it whole elsewhere, and never with this
        hyphen."""
        head = re.search(r"[A-Za-z]+(?:-[A-Za-z]+)*-$", prev)
        tail = re.match(r"[a-z]+", text)
        if head is None or tail is None:
            return False
        if self.spelled is None:
            self.spelled = Counter(re.findall(r"[a-z]+(?:-[a-z]+)*", " ".join(ln.text for ln in self.lines).lower()))
        word = head.group(0).lower() + tail.group(0)
        return self.spelled[word.replace("-", "")] > 0 and self.spelled[word] == 0

    def close_para(self) -> None:
        if self.para is not None:
            words, tokens = self.para_words, self.para.text.split()
            # a lone punctuation mark joins the word before it, as the text does below
            kept = [w for k, (tok, w) in enumerate(zip(tokens, words)) if not (k and len(tok) == 1 and tok in ",.;:?!")]
            self.para.text = re.sub(r"\s+([,.;:?!])(?=\s|$)", r"\1", self.para.text)
            if len(words) == len(tokens) and len(kept) == len(self.para.text.split()):
                self.para.word_lines = [n for n, _ in kept]
                if len({page for _, page in kept}) > 1:
                    self.para.word_pages = [page for _, page in kept]
        self.para = None
        self.para_words = []

    def open_turn(self, sp: DraftSpeaker, line: _Line) -> None:
        if self.turn is not None and self.turn.speaker is sp and (line.page, line.n) in self.page_tops:
            # Some layouts repeat the speaker's header at the top of every page they run onto.
            return
        self.close_para()
        self.turn = DraftTurn(speaker=sp, section=self.section, header_line=line.n, page=line.page)
        self.draft.turns.append(self.turn)

    def run(self) -> Draft:
        lines = self.lines
        i, n = 0, len(lines)
        cover: list[str] = []
        skipping = False
        while i < n:
            line = lines[i]
            text = line.text
            if not text:
                if self.para is not None and not (i + 1 < n and lines[i + 1].page != line.page
                                                  and not _ENDS_SENTENCE.search(self.para.text)):
                    self.close_para()
                i += 1
                continue
            if _PRES.match(text) or _QA.match(text):
                self.section = Section.QA if _QA.match(text) else Section.PRESENTATION
                self.close_para()
                self.turn, skipping = None, False
                i += 1
                continue
            lm = _LIST_HEAD.match(text)
            if lm and (self.turn is None or not self.draft.turns):
                i = self.read_list(i + 1, lm.group("head"))
                continue
            sb = _SPEECHES_BY.match(text)
            if sb and not self.draft.turns:
                rest = sb.group("rest")
                if i + 1 < n and lines[i + 1].text and not rest.rstrip().endswith("."):
                    rest += " " + lines[i + 1].text
                self.read_speeches_by(rest)
                cover.append(text)
                i += 1
                continue
            if _END.match(text) and (self.draft.turns or self.turn is not None):
                self.close_para()
                self.turn, skipping = None, True
                i += 1
                continue
            head = self.header(i)
            if head is not None:
                sp, used, rest = head
                self.open_turn(sp, line)
                skipping = False
                i += used
                if rest.strip():
                    self.add_text(line, rest.strip())
                continue
            if self.turn is None:
                if not self.draft.turns and not skipping:
                    cover.append(text)
                i += 1
                continue
            self.add_text(line, text)
            i += 1
        self.close_para()
        self.draft.turns = [t for t in self.draft.turns if t.paragraphs]
        self.meta(self.cover + cover)
        return self.draft

    def meta(self, cover: list[str]) -> None:
        lines = [_PAGE_OF.sub("", _despace(t)).strip() for t in cover[:60]]
        short = [t for t in lines if len(t) <= 90 and not t.endswith(".")]
        dated = [t for t in short if callinfo.period_from_text(t)[1] is not None]
        titled = re.compile(r"\b(?:earnings|results|conference\s+call|investor\s+call|analyst\s+call|quarter)\b",
                            re.I)
        title = next((t for t in dated if titled.search(t)), None) or next(iter(dated), None)
        title = title or next((t for t in short if titled.search(t)), None)
        if title and title[:1].islower():
            # A title broken over two lines: `Investor update and fourth` / `quarter 2023 results`.
            k = lines.index(title)
            if k and lines[k - 1] in short:
                title = f"{lines[k - 1]} {title}"
        self.draft.title = title
        text = " \n ".join(lines)
        for t in ([title] if title else []) + lines:
            # `Q4 / FY 2023` names the quarter too.
            t = re.sub(r"\b(Q[1-4])\s*/\s*(?:FY|full[\s-]year)\s*", r"\1 ", t, flags=re.I)
            fy, fq = callinfo.period_from_text(t)
            if fy is not None or fq is not None:
                self.draft.fiscal_year, self.draft.fiscal_quarter = fy, fq
                if fq is not None:
                    break
        self.draft.event_date = callinfo.date_from_text(text)
        if title:
            m = re.match(r"^(?P<co>[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,4}?)\s*(?:[–—-]\s*)?"
                         r"(?i:(?:first|second|third|fourth|full[\s-]year|fy|fiscal|q[1-4]|[1-4]q|h[12])\b"
                         r"|(?:19|20)\d\d)",
                         title)
            if m and m.group("co").lower() not in {"the", "transcript", "investor", "earnings"}:
                self.draft.company = m.group("co").strip()


class IrPdf:
    name = "ir-pdf"
    description = "Investor-relations transcript PDF (any issuer layout; text layer via PDFium or pypdf)"

    def sniff(self, source: Source) -> float:
        return sniff.ir_pdf(source)

    def parse(self, source: Source) -> Draft:
        if not source.is_pdf:
            raise ParseError(f"{source.label}: not a PDF file.")
        pages = _read_pages(source)
        reader = _Reader(_clean(pages), source.label)
        # The cover's title often doubles as the running header, which cleaning drops: read the
        # meta from the first page as printed, then from whatever preceded the first turn.
        reader.cover = [ln for ln in pages[0] if ln.strip()]
        draft = reader.run()
        if not draft.turns:
            raise ParseError(f"{source.label}: no speaker turns found in the PDF text.")
        return draft


PARSER = IrPdf()
