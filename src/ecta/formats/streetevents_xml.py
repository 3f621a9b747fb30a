"""Refinitiv / Thomson Reuters StreetEvents transcripts as XML.

Layout: `<Event Id=... eventTypeName="Earnings Conference Call">` holding `<eventTitle>`, `<companyName>`,
`<companyTicker>` (a RIC, `ACME.OQ`), `<startDate>`, and `<EventStory><Headline>...</Headline><Body>...</Body>`;
the body is the StreetEvents text layout (`streetevents-txt`), escaped or in a CDATA section, and is handed to that
parser (or, where it is another layout, to the one detected). The event's fields win over the body's header. A span
cites the line of the XML file: the body's own line, counted from the `<Body>` tag.
"""

from __future__ import annotations

from .. import callinfo
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import EctaError, ParseError
from ..source import Source
from . import _api, sniff
from ._jsonlines import LineIndex
from .base import Draft

_BODY_TAG = re.compile(r"<(?:[\w.\-]+:)?Body\b[^>]*>")  # `<Body>`, or `<st:Body>` under a namespace prefix


class StreetEventsXml:
    name = "streetevents-xml"
    description = "Refinitiv / Thomson Reuters StreetEvents XML (`<Event>`, `<EventStory>`, `<Headline>`, `<Body>` in the StreetEvents text layout)"

    def sniff(self, source: Source) -> float:
        return sniff.streetevents_xml(source)

    def parse(self, source: Source) -> Draft:
        from defusedxml import ElementTree  # here, as only these files need it: start-up
        from defusedxml.common import DefusedXmlException

        try:
            root = ElementTree.fromstring(source.text)
        except DefusedXmlException:
            raise ParseError(f"{source.label}: the XML declares entities, which ecta does not read.") from None
        except Exception as e:  # noqa: BLE001 - ParseError and kin from damaged XML: one message
            raise ParseError(f"{source.label}: not well-formed XML ({type(e).__name__}: {e}).") from None
        body = _find(root, "Body")
        said = body.text if body is not None and body.text else ""
        if not said.strip():
            raise ParseError(f"{source.label}: the StreetEvents XML has no transcript text (`<Body>`).")
        tag = _BODY_TAG.search(source.text)
        first = LineIndex(source.text)(tag.end()) if tag else 1
        inner = Source.from_text(said, name=f"{source.label} (<Body>)")
        from . import MIN_CONFIDENCE, detect, get  # here: the registry imports this module

        try:
            parser = get("streetevents-txt") if sniff.streetevents_txt(inner) >= MIN_CONFIDENCE else detect(inner)
            draft = parser.parse(inner)
        except EctaError as e:
            raise ParseError(f"{source.label}: the `<Body>` text cannot be read: {e}") from None
        for turn in draft.turns:
            if turn.header_line is not None:
                turn.header_line += first - 1
            for p in turn.paragraphs:
                p.line_start, p.line_end = p.line_start + first - 1, p.line_end + first - 1
                if p.word_lines is not None:
                    p.word_lines = [n + first - 1 for n in p.word_lines]
        draft.format = self.name
        _read_event(draft, root)
        return draft


def _read_event(draft: Draft, root) -> None:
    """The event's own fields over the body's header: title, company, ticker (from the RIC), period and date."""
    def field(name: str) -> str:
        el = _find(root, name)
        return (el.text or "").strip() if el is not None else ""

    title = field("eventTitle") or field("Headline")
    if title:
        draft.title = title
        year, quarter = callinfo.period_from_text(title)
        if year:
            draft.fiscal_year, draft.fiscal_quarter = year, quarter
    if company := field("companyName"):
        draft.company = company
    _api.read_ticker(draft, field("companyTicker").split(".")[0])
    if when := field("startDate"):
        draft.event_date = callinfo.date_from_text(when) or draft.event_date


def _find(root, name: str):
    """The first element named `name` under `root`, in any XML namespace (ElementTree spells `<st:Body>` and
    `<Body xmlns="...">` as `{uri}Body`)."""
    return next((el for el in root.iter() if isinstance(el.tag, str) and el.tag.rpartition("}")[2] == name), None)


PARSER = StreetEventsXml()
