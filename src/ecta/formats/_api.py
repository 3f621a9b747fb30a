"""Pieces shared by the transcript data-API parsers (FMP, Alpha Vantage, API Ninjas, Finnhub, dataset rows).

Each response is one call: a JSON object, or a list or JSON Lines file holding one. Several calls in one file are
refused, as the CLI refuses a text file holding several calls. `load` keeps the line of the file where every string
value starts, which is the line a turn or paragraph read from that string cites: json.loads forgets it.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from json.decoder import scanstring

from .. import callinfo
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import EctaError, ParseError
from ..model import Role
from ..source import Source
from ..speakers import is_operator_name
from ._jsonlines import LineIndex
from .base import Draft, DraftSpeaker

Path = tuple[str | int, ...]

_WS = re.compile(r"[ \t\n\r]*")
_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<H>\d\d):(?P<M>\d\d))?")
# "2026Q2", "Q2 2026", "Q2", "2": the quarter with or without its year.
_QUARTER = re.compile(r"^\s*(?:(?P<y1>(?:19|20)\d\d)\s*-?\s*)?[Qq]?(?P<q>[1-4])(?:\s*[-/ ]?\s*(?P<y2>(?:19|20)\d\d))?\s*$")



class Located:
    """A decoded JSON document and the line where each of its string values starts, by path."""

    def __init__(self, doc: object, lines: dict[Path, int]) -> None:
        self.doc = doc
        self._lines = lines

    def line(self, *path: str | int) -> int:
        return self._lines.get(tuple(path), 1)

# "UBS Analyst", "Analyst, UBS", "Analyst at UBS": the firm on either side of the job. Before the job,
# "Research" belongs to the firm ("Wolfe Research Analyst"), "Equity Research" to the job.
ANALYST_TITLE = re.compile(
    r"^(?:(?P<firm>.+?)\s+(?P<title>(?:equity\s+(?:research\s+)?)?analyst)"
    r"|(?P<title2>(?:research\s+|equity\s+)?analyst)\s*(?:,|\bat\b|\bwith\b|[-–—])\s*(?P<firm2>.+))$",
    re.I,
)


def load(source: Source, what: str) -> Located:
    """The one call `source` holds: a JSON object, a list of one, or JSON Lines of one row. `what` names the API in
    errors. Raises ParseError for anything else."""
    text = source.text
    try:
        doc = json.loads(text)
        offset = 0
    except RecursionError:
        raise ParseError(f"{source.label}: the JSON nests too deep to be a {what}.") from None
    except ValueError as e:
        rows = [(m.start(), m.group(0)) for m in re.finditer(r"[^\r\n]+", text) if m.group(0).strip()]
        if len(rows) < 2:
            raise ParseError(f"{source.label}: not valid JSON ({e}).") from None
        try:
            decoded = [json.loads(row) for _, row in rows]
        except (ValueError, RecursionError):
            raise ParseError(f"{source.label}: not valid JSON ({e}).") from None
        if len(decoded) > 1:
            raise _several(source, len(decoded), "rows")
        doc, offset = decoded[0], rows[0][0]
    lines: dict[Path, int] = {}
    try:
        _walk(text, offset, (), lines, LineIndex(text))
    except (ValueError, IndexError, RecursionError):
        lines = {}  # cannot happen for text json.loads read; every value then cites line 1
    if isinstance(doc, list):
        calls = [d for d in doc if isinstance(d, dict)]
        if len(calls) > 1:
            raise _several(source, len(calls), "objects in the list")
        if not calls:
            raise ParseError(f"{source.label}: the JSON list holds no {what}.")
        k = doc.index(calls[0])
        lines = {p[1:]: n for p, n in lines.items() if p and p[0] == k}
        doc = calls[0]
    if not isinstance(doc, dict):
        raise ParseError(f"{source.label}: expected a JSON object from the {what}.")
    return Located(doc, lines)


def _several(source: Source, n: int, what: str) -> ParseError:
    return ParseError(
        f"{source.label}: holds {n} calls ({n} {what}); ecta reads one call per file: save each call to its own file."
    )


def _walk(text: str, i: int, path: Path, out: dict[Path, int], line_of: LineIndex) -> int:
    """Record the line of every string under `path` in the JSON value at `i`; the offset after it."""
    i = _WS.match(text, i).end()
    c = text[i]
    if c == '"':
        out[path] = line_of(i)
        return scanstring(text, i + 1)[1]
    if c in "{[":
        close = "}" if c == "{" else "]"
        i = _WS.match(text, i + 1).end()
        if text[i] == close:
            return i + 1
        k = 0
        while True:
            if c == "{":
                i = _WS.match(text, i).end()
                key, i = scanstring(text, i + 1)
                i = _WS.match(text, i).end() + 1  # the colon
                i = _walk(text, i, path + (key,), out, line_of)
            else:
                i = _walk(text, i, path + (k,), out, line_of)
                k += 1
            i = _WS.match(text, i).end()
            if text[i] == close:
                return i + 1
            i += 1  # the comma
    return json.JSONDecoder().raw_decode(text, i)[1]


def text_of(value: object) -> str:
    """A string field's text, or "" where a response left another type."""
    return value if isinstance(value, str) else ""


def read_period(draft: Draft, year: object = None, quarter: object = None) -> None:
    """Fiscal year and quarter from the response's own fields: they win over anything the text says."""
    if isinstance(year, str) and year.strip().isdigit():
        year = int(year)
    if isinstance(year, int) and not isinstance(year, bool) and 1900 < year < 2200:
        draft.fiscal_year = year
    if isinstance(quarter, int) and not isinstance(quarter, bool):
        quarter = str(quarter)
    if isinstance(quarter, str) and (m := _QUARTER.match(quarter)):
        draft.fiscal_quarter = int(m.group("q"))
        y = m.group("y1") or m.group("y2")
        if y and draft.fiscal_year is None:
            draft.fiscal_year = int(y)


def read_date(draft: Draft, value: object) -> None:
    """The call's date from an ISO date or date-time field (taken as UTC where it gives no offset)."""
    if not isinstance(value, str) or not value.strip():
        return
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        m = _ISO_DATE.search(value)
        try:
            dt = datetime(int(m.group("y")), int(m.group("m")), int(m.group("d")),
                          int(m.group("H") or 0), int(m.group("M") or 0)) if m else None
        except ValueError:
            dt = None
        dt = dt or callinfo.date_from_text(value)
    if dt is None:
        draft.warnings.append(f"unreadable date {value!r}")
        return
    draft.event_date = (dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def read_ticker(draft: Draft, value: object) -> None:
    if isinstance(value, str) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,11}", value.strip()):
        draft.ticker = value.strip().upper()


def speaker(name: str, title: str | None = None) -> DraftSpeaker:
    """A speaker from a name and the title an API gives: an analyst's firm is read from "Analyst, Firm"."""
    name, title = re.sub(r"\s+", " ", name).strip(), re.sub(r"\s+", " ", title or "").strip() or None
    if is_operator_name(name):
        return DraftSpeaker(name=name, role=Role.OPERATOR)
    if title and (m := ANALYST_TITLE.match(title)):
        firm, job = m.group("firm") or m.group("firm2"), m.group("title") or m.group("title2")
        return DraftSpeaker(name=name, title=job, firm=firm.strip(), role=Role.ANALYST)
    return DraftSpeaker(name=name, title=title)


def read_layout(text: str, source: Source, line: int, field: str, layout: str | None = None) -> Draft:
    """The draft of a text layout held in one string field, every span citing `line` (where the string starts in
    the file). `layout` names the layout when the API fixes it; otherwise it is detected from the text."""
    from . import detect, get  # here: the registry imports the parsers' modules, this one among them

    inner = Source.from_text(text, name=f"{source.label} ({field})")
    try:
        parser = get(layout) if layout else detect(inner)
        draft = parser.parse(inner)
    except EctaError as e:
        raise ParseError(f"{source.label}: the `{field}` text cannot be read: {e}") from None
    for turn in draft.turns:
        turn.header_line = line
        for p in turn.paragraphs:
            p.line_start = p.line_end = line
            p.word_lines = p.word_pages = None
    return draft
