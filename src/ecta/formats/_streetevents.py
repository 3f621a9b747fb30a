"""Pieces shared by the StreetEvents parsers (markdown and plain-text exports of one vendor)."""

from __future__ import annotations

import html
from .. import lazy_re as re  # compiles each pattern on first use: start-up

from .. import callinfo
from ..model import Role
from .base import Draft, DraftParagraph, DraftTurn
from .sniff import STREETEVENTS_BRAND as BRAND

SECTION_NAMES = {
    "corporate participants": "corporate",
    "conference call participants": "analysts",
    "conference call participiants": "analysts",
    "presentation": "presentation",
    "questions and answers": "qa",
    "question and answer": "qa",
    "questions & answers": "qa",
    "question-and-answer session": "qa",
    "overview": "brief",
    "financial data": "brief",
    "presentation summary": "presentation",
}
LIST_ROLES = {"corporate": Role.CORPORATE, "analysts": Role.ANALYST}
TAIL = re.compile(r"^\W*(?:disclaimer|definitions)\W*$", re.I)
_ENDS_SENTENCE = re.compile(r"""[.?!:;…"'’”)\]]$|--$|—$""")


def section_of(line: str) -> str | None:
    key = re.sub(r"[#*=\s]+", " ", line).strip().lower()
    return SECTION_NAMES.get(key)


def split_affiliation(text: str) -> tuple[str | None, str | None]:
    """ "Acme Widgets, Inc. - Director, IR, Treasurer" -> (firm, title). The firm never holds " - "
    in these exports, the title sometimes does ("VP of IR - Acme Europe")."""
    text = re.sub(r"\s+", " ", text.replace("*", "")).strip(" ,")
    if not text or text in {"-", "–"}:
        return None, None
    parts = re.split(r"\s+[-–]\s+|^[-–]\s+|\s+[-–]$", text, maxsplit=1)
    if len(parts) == 1:
        return (None, text) if role_word(text) else (text, None)
    firm, title = parts[0].strip() or None, parts[1].strip() or None
    return firm, title


def role_word(text: str) -> bool:
    return bool(re.search(r"\b(?:analyst|ceo|cfo|president|officer|director|vp|ir)\b", text, re.I))


def read_header(draft: Draft, lines: list[str], stop: int) -> None:
    """Title, ticker, period and date from the lines before the first section."""
    for raw in lines[:stop]:
        line = html.unescape(re.sub(r"^[#\s*]+|[*\s]+$", "", raw)).strip()
        if not line or BRAND.search(line) or re.fullmatch(r"(?:E\s*D\s*I\s*T\s*E\s*D[\sA-Z]*|EDITED TRANSCRIPT|EVENT BRIEF)", line, re.I):
            continue
        date_text = re.sub(r"^event\s+date/time:\s*", "", line, flags=re.I)
        if draft.event_date is None and callinfo.date_from_text(date_text) and len(date_text) < 60:
            draft.event_date = callinfo.date_from_text(date_text)
            continue
        if draft.title is None:
            m = re.match(r"^(?P<ticker>[A-Z][A-Z0-9.\-]{0,9}) - (?P<title>.+)$", line)
            if m:
                draft.ticker = m.group("ticker")
                line = m.group("title")
            draft.title = line
            draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(line)
            draft.company = company_from_title(line)


_TITLE_PERIOD = (
    r"^(?:.*?\b(?:q[1-4]|[1-4]q|h[12]|[12]h|9m|fy|(?:first|second)[\s-]half|half[\s-]year|full[\s-]year|year[\s-]end|nine[\s-]months?)\b[\s\-']*(?:fy|fiscal)?\s*'?(?:\d{2,4})?\s+)?"
)
_TITLE_HEAD = (
    r"(?:(?:pre[\s-]recorded\s+)?(?:earnings|results|financial|guidance|investor|sales|business|analyst|annual|shareholder|interim|trading)\b|conference\s+call|call\b)"
)
# Words that make up the rest of an event title. A title word such as "Financial" or "Business" is also a word of
# many company names ("... Financial Corp Earnings Call"), so the name runs to the first of them after which only
# such words follow; a title with anything else there falls back to the first of them.
_TITLE_TAIL = (
    r"(?:[\s\-&,/]+(?:pre[\s-]recorded|earnings|results|financial|guidance|investors?|sales|business|analysts?"
    r"|annual|general|shareholders?|interim|trading|conference|call|presentation|webcast|update|release|review|day"
    r"|meeting|statements?|report|briefing|teleconference|and|amp;|q[1-4]|fy|fiscal|full|year|quarter|\d{2,4}))*\s*$"
)
_TITLE_STRICT = re.compile(_TITLE_PERIOD + r"(?P<company>.+?)\s+" + _TITLE_HEAD + _TITLE_TAIL, re.I)
_TITLE_LOOSE = re.compile(_TITLE_PERIOD + r"(?P<company>.+?)\s+" + _TITLE_HEAD, re.I)


def company_from_title(title: str) -> str | None:
    """ "Q4 2011 Acme Widgets, Inc. Earnings Conference Call" -> "Acme Widgets, Inc." """
    m = _TITLE_STRICT.match(title) or _TITLE_LOOSE.match(title)
    if not m:
        return None
    company = m.group("company").strip(" -,")
    company = re.sub(r"^(?:&(?:amp;)?|and)\s+(?:(?:full|fiscal|half)[\s-]+year|six[\s-]+months|first[\s-]+half|h1)\s+(?:\d{4}\s+)?",
                     "", company, flags=re.I)
    return company or None


def nicer_company(company: str | None, firms: list[str | None]) -> str | None:
    """Prefer the corporate participants' spelling ("Acme Widgets, Inc.") to a capitalised title's."""
    if company is None:
        return None
    for firm in firms:
        if firm and firm.lower().rstrip(".") == company.lower().rstrip("."):
            return firm
    if company.isupper():
        return company.title()
    return company


class Turns:
    """The turn being read, with its paragraphs and the blank lines before each; `close` hands it to the draft
    with the sentences a page break cut joined again (`join_page_breaks`)."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.turn: DraftTurn | None = None
        self.paragraphs: list[DraftParagraph] = []
        self.gaps: list[int] = []

    def open(self, turn: DraftTurn) -> None:
        self.close()
        self.turn = turn

    def add(self, paragraph: DraftParagraph, gap: int) -> None:
        self.paragraphs.append(paragraph)
        self.gaps.append(gap)

    def close(self) -> None:
        if self.turn is not None:
            self.turn.paragraphs = join_page_breaks(self.paragraphs, self.gaps)
            self.draft.turns.append(self.turn)
        self.turn, self.paragraphs, self.gaps = None, [], []


def join_page_breaks(paragraphs: list[DraftParagraph], gaps: list[int]) -> list[DraftParagraph]:
    """Rejoin paragraphs that a page break cut in two.

    gaps[i] is the number of blank lines between paragraph i-1 and i. A paragraph that ends
    mid-sentence always continues; one that starts in lower case after a wide gap (a page
    break leaves several blank lines) continues the previous one too.
    """
    out: list[DraftParagraph] = []
    for p, gap in zip(paragraphs, gaps):
        if out:
            prev = out[-1]
            cut = not _ENDS_SENTENCE.search(prev.text.rstrip())
            lower_after_break = gap >= 2 and p.text[:1].islower()
            if (cut or lower_after_break) and not _is_stage(prev.text) and not _is_stage(p.text):
                # the rejoined text spans lines far apart: keep each word's own line, so a figure after the
                # break points to the line that says it, not to a line interpolated inside the gap
                prev.word_lines = _word_lines(prev) + _word_lines(p)
                prev.text = prev.text.rstrip() + " " + p.text.lstrip()
                prev.line_end = p.line_end
                prev.page_end = p.page_end or p.page
                continue
        out.append(p)
    return out


def _word_lines(p: DraftParagraph) -> list[int]:
    if p.word_lines:
        return p.word_lines
    lines: list[int] = []
    for n, line in enumerate(p.text.split("\n")):
        lines += [p.line_start + n] * len(line.split())
    return lines


def _is_stage(text: str) -> bool:
    return bool(re.fullmatch(r"\s*[\(\[][^()\[\]]{1,80}[\)\]]\s*", text))
