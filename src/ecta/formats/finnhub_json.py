"""Finnhub transcripts (`/stock/transcripts`).

Layout: `{"symbol", "quarter", "year", "time", "title", "participant": [{"name", "description", "role"}],
"transcript": [{"name", "speech": [paragraphs], "session": "management_discussion" | "question_answer"}]}`. The
participant list gives each person's role (executive, analyst, operator) and a description: an executive's job, an
analyst's firm. The session marks the sections. A paragraph cites the line of the file where its string starts.
"""

from __future__ import annotations

from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from . import _api, sniff
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn

_WHAT = "Finnhub transcript API"
_SESSIONS = {"management_discussion": Section.PRESENTATION, "question_answer": Section.QA}
_ROLES = {"executive": Role.CORPORATE, "analyst": Role.ANALYST, "operator": Role.OPERATOR}


class FinnhubJson:
    name = "finnhub-json"
    description = "Finnhub /stock/transcripts JSON (`participant` list, `transcript` turns of `speech` paragraphs by session)"

    def sniff(self, source: Source) -> float:
        return sniff.finnhub_json(source)

    def parse(self, source: Source) -> Draft:
        got = _api.load(source, _WHAT)
        doc = got.doc
        draft = Draft(format=self.name, title=_api.text_of(doc.get("title")).strip() or None)
        _api.read_ticker(draft, doc.get("symbol"))
        _api.read_period(draft, doc.get("year"), doc.get("quarter"))
        _api.read_date(draft, doc.get("time"))
        people: dict[str, DraftSpeaker] = {}
        listed = doc.get("participant")
        for entry in listed if isinstance(listed, list) else []:
            if isinstance(entry, dict) and (p := _participant(entry)) is not None:
                people.setdefault(p.name, p)
                draft.participants.append(p)
        turns = doc.get("transcript")
        for i, entry in enumerate(turns if isinstance(turns, list) else []):
            if not isinstance(entry, dict):
                continue
            name = _api.text_of(entry.get("name")).strip()
            speech = entry.get("speech")
            # A list of paragraphs; a lone string where a response flattened it.
            where = [(speech, ())] if isinstance(speech, str) else list(zip(speech, [(k,) for k in range(len(speech))])) \
                if isinstance(speech, list) else []
            paragraphs = []
            for p, k in where:
                if isinstance(p, str) and p.strip():
                    line = got.line("transcript", i, "speech", *k)
                    paragraphs.append(DraftParagraph(text=p.strip(), line_start=line, line_end=line))
            if not name or not paragraphs:
                continue
            known = people.get(name)
            who = DraftSpeaker(name=known.name, title=known.title, firm=known.firm, role=known.role) if known else _api.speaker(name)
            section = _SESSIONS.get(_api.text_of(entry.get("session")).strip().lower())
            draft.turns.append(DraftTurn(speaker=who, paragraphs=paragraphs, section=section,
                                         header_line=got.line("transcript", i, "name")))
        if not draft.turns:
            raise ParseError(f"{source.label}: the {_WHAT} response holds no transcript turns (`transcript`).")
        if any(t.section is None for t in draft.turns):
            for t in draft.turns:
                t.section = None  # a session missing here and there: leave all of them to be inferred
        return draft


def _participant(entry: dict) -> DraftSpeaker | None:
    name = _api.text_of(entry.get("name")).strip()
    if not name:
        return None
    about = _api.text_of(entry.get("description")).strip() or None
    role = _ROLES.get(_api.text_of(entry.get("role")).strip().lower())
    if role is Role.ANALYST:
        who = _api.speaker(name, about)
        if who.role is Role.ANALYST:
            return who
        return DraftSpeaker(name=name, firm=about, role=Role.ANALYST)  # Finnhub gives an analyst's firm alone
    if role is Role.OPERATOR:
        return DraftSpeaker(name=name, role=Role.OPERATOR)
    who = _api.speaker(name, about)
    who.role = role or who.role
    return who


PARSER = FinnhubJson()
