"""FactSet CallStreet transcripts ("Corrected Transcript" / "Raw Transcript") as text.

Layout: a header with the company and ticker `Acme Corp. (ACME)`, the event `Q2 2026 Earnings Call` (on
the same line or the next), the kind of transcript and a date like `05-Aug-2026`; the lists
`CORPORATE PARTICIPANTS` and `OTHER PARTICIPANTS`, each person a name line and a `Title, Firm` line;
then `MANAGEMENT DISCUSSION SECTION` and `QUESTION AND ANSWER SECTION`. A turn is a name line, a title
line and, in the Q&A, a line holding only `Q` or `A` (a PDF copy may put the mark at the end of the name
or title line); the operator speaks inline (`Operator: ...`). A rule of dots ends each turn.

Most copies come out of the vendor's PDF: every page ends with `1-877-FACTSET www.callstreet.com`, the page
number and the copyright line, and the next page opens with the running header (company, event, kind and
date again). Those lines are dropped and the sentence they cut is joined. The `Disclaimer` at the end is
legal text, not speech.
"""

from __future__ import annotations

from .. import callinfo
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..model import Role
from ..source import Source
from . import _paired as pr
from . import sniff
from .base import Draft
from .sniff import FACTSET_FOOTER as _FOOTER, FACTSET_SECTIONS as _SECTIONS

_RULE = re.compile(r"^\s*(?:[.…·_]\s?){8,}$")
# The closing legal text: its heading, or its first words where a copy lost the heading.
_TAIL = re.compile(r"^\s*(?:disclaimer\b(?!\s*[a-z])|the\s+information\s+herein\s+is\s+based\s+on\s+sources\b)", re.I)
_DATE = re.compile(
    r"\b(?P<d>\d{1,2})-(?P<m>[A-Za-z]{3,9})-(?P<y>(?:19|20)\d\d)\b"
    r"(?P<time>\s+\d{1,2}[:_]\d\d\s*(?:[AP]M)?(?:\s+(?:GMT|UTC|ET|EST|EDT|CT|PT|CET)\b)?)?"
)
_KIND = re.compile(r"\b(?:corrected|raw|edited|preliminary)\s+transcript\b", re.I)
_COMPANY = re.compile(r"^(?P<company>[^()]{2,120}?)\s*\((?P<ticker>[A-Z0-9][A-Za-z0-9.\-]{0,14})\)\s*(?P<event>.*)$")
_EVENT = re.compile(r"\b(?:earnings|call|conference|results|meeting|presentation|investor|update|q[1-4]|fy)\b", re.I)
_LIST_ROLES = {"corporate": Role.CORPORATE, "analysts": Role.ANALYST}
# The older CallStreet PDFs label the header's columns on the line under their values: "Company▲  Ticker▲ ...".
_LABELS = re.compile(r"^\s*company\s*▲\s+ticker\s*▲", re.I)
# The older footer: "www.CallStreet.com • 212-555-0100 • Copyright © 2001-2011 CallStreet" (the site is in _FOOTER).
_OLD_FOOTER = re.compile(r"\b\d{3}-\d{3}-\d{4}\b|copyright\s*(?:©|\(c\))?\s*(?:\d{4}\s*[-–]\s*)?\d{4}\s+callstreet\b", re.I)
_PAGE = re.compile(r"\bpage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\b", re.I)


class FactSetText(pr.PairedText):
    name = "factset-txt"
    description = "FactSet CallStreet transcript as text (Corrected/Raw Transcript; PDF copies with page footers)"
    vendor = "FactSet"
    headings = "MANAGEMENT DISCUSSION SECTION, QUESTION AND ANSWER SECTION"
    turns_under = "found under its sections"
    roles = _LIST_ROLES

    def sniff(self, source: Source) -> float:
        return sniff.factset_txt(source)

    def section(self, line: str) -> str | None:
        return _section(line)

    def read(self, lines: list[str], first: int, draft: Draft) -> tuple[list[pr.Row], pr.SplitFn]:
        pieces = _read_header(lines[:first], draft)
        return _rows(lines, first, pieces), lambda text, zone: pr.split_title_firm(text, draft.company)


def _section(line: str) -> str | None:
    if len(line) > 60:
        return None
    return _SECTIONS.get(re.sub(r"\s+", " ", line).strip().lower())


def _read_header(header: list[str], draft: Draft) -> list[str]:
    """Company, ticker, event, date from the lines before the first section; the pieces of text a running
    page header repeats, longest first."""
    kind = date_text = event = listing = None
    header = _labelled_columns(header, draft)
    labelled = draft.company is not None
    for raw in header[:60]:
        for cell in re.split(r"\s{2,}|\t", _FOOTER.sub(" ", raw).strip()):
            cell = cell.strip(" :,")  # "CORRECTED TRANSCRIPT: Acme Corp.(ACME-US), Q2 2026 Earnings Call, ..."
            if not cell:
                continue
            if (k := _KIND.search(cell)) is not None:
                kind = kind or k.group(0)
                cell = (cell[: k.start()] + cell[k.end():]).strip(" :,")
            if (d := _DATE.search(cell)) is not None:
                if draft.event_date is None:
                    date_text = d.group(0)
                    time = (d.group("time") or "").replace("_", ":")
                    spelled = f"{d.group('m')} {d.group('d')}, {d.group('y')}{time}"
                    draft.event_date = callinfo.date_from_text(spelled)
                cell = (cell[: d.start()] + cell[d.end():]).strip(" :,")
            elif draft.event_date is None and len(cell) < 60 and (when := callinfo.date_from_text(cell)) is not None:
                # a copy that spells the date out ("August 5, 2026 5:00 PM ET")
                draft.event_date, date_text, cell = when, cell, ""
            if not cell:
                continue
            m = _COMPANY.match(cell)
            if m and draft.company is None:
                # "ACME-US": the listing's country is not part of the ticker the other vendors print
                ticker = re.sub(r"-[A-Z]{2}$", "", m.group("ticker").upper())
                draft.company, draft.ticker = m.group("company").strip(" ,-"), ticker
                listing = cell[: m.end("ticker") + 1]  # as printed: "Acme Corp.(ACME-US)" has no space
                event = event or (m.group("event").strip(" -,") or None)
            elif draft.company is not None and event is None and _EVENT.search(cell) and len(cell) < 120:
                event = cell
    if draft.company:
        draft.title = " ".join(x for x in (f"{draft.company} ({draft.ticker})", event) if x)
    draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(event or "")
    spaced = f"{draft.company} ({draft.ticker})" if draft.company else None
    pieces = [p for p in (draft.title, listing, spaced, event, kind, date_text) if p]
    if labelled:
        pieces += [p for p in (draft.company, draft.ticker) if p]  # the columns repeat apart on every page
    return sorted(set(pieces), key=len, reverse=True)


def _labelled_columns(header: list[str], draft: Draft) -> list[str]:
    """Company and ticker from the older header's labelled columns, and the header without those two lines
    ("Brindle Corp.   BRN   Q3 2025 Earnings Call   Oct. 22, 2025" over "Company▲  Ticker▲  Event Type▲  Date▲");
    the event and date cells are left for the caller to read."""
    for i, line in enumerate(header):
        if not _LABELS.match(line):
            continue
        values = next((header[j] for j in range(i - 1, -1, -1) if header[j].strip()), "")
        cells = [c.strip() for c in re.split(r"\s{2,}|\t", values.strip()) if c.strip()]
        if len(cells) >= 2 and re.fullmatch(r"[A-Z0-9][A-Za-z0-9.\-]{0,14}", cells[1]):
            draft.company, draft.ticker = cells[0].strip(" ,"), cells[1].upper()
            return ["   ".join(cells[2:])] + [ln for j, ln in enumerate(header) if j != i and ln != values]
    return header


def _rows(lines: list[str], first: int, pieces: list[str]) -> list[pr.Row]:
    rows: list[pr.Row] = []
    zone = "header"
    gap = 0
    after_rule = False
    for i in range(first, len(lines)):
        line = lines[i].strip()
        if not line:
            gap += 1
            continue
        if _RULE.match(line):
            after_rule, gap = True, gap + 1
            continue
        section = _section(line)
        if section is not None:
            zone, after_rule, gap = section, True, 0
            continue
        if _TAIL.match(line):
            break
        if _furniture(line, pieces):
            gap += 1
            continue
        cells = tuple(re.split(r"\s{2,}|\t", line)) if zone in _LIST_ROLES else ()
        text = re.sub(r"\s+", " ", line)
        rows.append(pr.Row(n=i + 1, text=text, zone=zone, gap=gap, after_rule=after_rule, cells=cells))
        gap, after_rule = 0, False
    return rows


def _furniture(line: str, pieces: list[str]) -> bool:
    """A page's footer, number or running header: what is left once the vendor's lines and the header's
    own pieces are taken out is at most a page number."""
    if re.fullmatch(r"\d{1,4}", line) or _LABELS.match(line):
        return True
    rest = _PAGE.sub(" ", _OLD_FOOTER.sub(" ", _FOOTER.sub(" ", line)))  # "Page 3" or "Page 3 of 12", at either end of a header
    for piece in pieces:
        rest = rest.replace(piece, " ")
    return rest != line and re.fullmatch(r"[\W\d_C]*", rest) is not None


PARSER = FactSetText()
