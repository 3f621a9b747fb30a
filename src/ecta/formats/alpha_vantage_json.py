"""Alpha Vantage transcripts (`function=EARNINGS_CALL_TRANSCRIPT`).

Layout: `{"symbol", "quarter": "2026Q2", "transcript": [{"speaker", "title", "content", "sentiment"}]}`, one entry
per turn, the title a job ("Chief Financial Officer") or an analyst's ("Analyst, Firm"). No sections: the Q&A start
is inferred from the operator's hand-overs. A turn cites the line of the file where its `content` starts.
"""

from __future__ import annotations

from ..errors import ParseError
from ..source import Source
from . import _api, sniff
from .base import Draft, DraftParagraph, DraftTurn

_WHAT = "Alpha Vantage transcript API"


class AlphaVantageJson:
    name = "alpha-vantage-json"
    description = "Alpha Vantage EARNINGS_CALL_TRANSCRIPT JSON (`transcript` list of `speaker`, `title`, `content`)"

    def sniff(self, source: Source) -> float:
        return sniff.alpha_vantage_json(source)

    def parse(self, source: Source) -> Draft:
        got = _api.load(source, _WHAT)
        draft = Draft(format=self.name)
        _api.read_ticker(draft, got.doc.get("symbol"))
        _api.read_period(draft, got.doc.get("year"), got.doc.get("quarter"))
        _api.read_date(draft, got.doc.get("date"))
        entries = got.doc.get("transcript")
        for i, entry in enumerate(entries if isinstance(entries, list) else []):
            if not isinstance(entry, dict):
                continue
            said, name = _api.text_of(entry.get("content")).strip(), _api.text_of(entry.get("speaker")).strip()
            if not said or not name:
                continue
            line = got.line("transcript", i, "content")
            paragraphs = [DraftParagraph(text=p.strip(), line_start=line, line_end=line) for p in said.split("\n") if p.strip()]
            who = _api.speaker(name, _api.text_of(entry.get("title")))
            draft.turns.append(DraftTurn(speaker=who, paragraphs=paragraphs, header_line=got.line("transcript", i, "speaker")))
        if not draft.turns:
            raise ParseError(f"{source.label}: the {_WHAT} response holds no transcript turns (`transcript`).")
        return draft


PARSER = AlphaVantageJson()
