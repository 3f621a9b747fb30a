"""Financial Modeling Prep API transcripts (`/earning_call_transcript`) as the API returns them.

Layout: a JSON list of one object `{"symbol", "quarter", "year", "date", "content"}`; `content` holds one
`Name: the whole turn` line per turn, the text `fmp-markdown` reads below its header, and is handed to that parser.
The fields give the ticker, fiscal period and date. Every span cites the line of the file where `content` starts.
"""

from __future__ import annotations

from ..errors import ParseError
from ..source import Source
from . import _api, sniff
from .base import Draft

_WHAT = "FMP transcript API"


class FmpJson:
    name = "fmp-json"
    description = "Financial Modeling Prep transcript API JSON (`symbol`, `quarter`, `year`, `date`, `content` of `Name: text` lines)"

    def sniff(self, source: Source) -> float:
        return sniff.fmp_json(source)

    def parse(self, source: Source) -> Draft:
        got = _api.load(source, _WHAT)
        content = _api.text_of(got.doc.get("content"))
        if not content.strip():
            raise ParseError(f"{source.label}: the {_WHAT} response holds no transcript text (`content`).")
        draft = _api.read_layout(content, source, got.line("content"), "content", layout="fmp-markdown")
        draft.format = self.name
        _api.read_ticker(draft, got.doc.get("symbol"))
        _api.read_period(draft, got.doc.get("year"), got.doc.get("quarter"))
        _api.read_date(draft, got.doc.get("date"))
        return draft


PARSER = FmpJson()
