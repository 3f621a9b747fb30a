"""Sentence-per-line text without speakers (ECTSum `ects`, MAEC `text.txt`), and MAEC's
`Person,Sentence` CSV variant.

Every line keeps its own paragraph with its true line number, because the fact stages cite
lines. Nothing names the speakers, so turns are inferred only where the words make a change of
voice plain: an operator's hand-over ("our next question comes from ...") is a turn of the
Operator, an answer opening ("Thanks for the question") starts a new turn, and so does the line
after a speaker hands the call on ("I'll turn it over to our CFO"). Speakers are
"Unknown Speaker" (one participant of unknown role) in the plain form and the CSV's anonymous
`PersonN` labels in the CSV form. The call is one presentation section unless the operator
opens the questions; then the Q&A runs from there.

Detection stays low (0.3) so that any format with real structure wins.
"""

from __future__ import annotations

import csv
import io
import re

from ..errors import ParseError
from ..model import Section
from ..source import Source
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from .generic import parse_label

SCORE = 0.3
_CSV_HEADER = re.compile(r"^\ufeff?\s*\"?person\"?\s*,\s*\"?sentence\"?\s*$", re.I)
_ENDS_SENTENCE = re.compile(r"[.?!…:;\"'”’)\]]\s*$")
_MARKUP = re.compile(r"^\s*(?:[{\[<#|>=*]|-{3,}|\d+\s*$)")
_OPERATOR = re.compile(
    r"""\b(?:our|your|the)\s+(?:first|next|following|last|final)\s+question\s+(?:comes?|is|will\s+come)\b
        |\bquestion\s+(?:comes?|is\s+coming)\s+from\s+the\s+line\s+of\b
        |^\s*\(?operator\s+instructions\)?\.?\s*$
        |\b(?:press|pressing)\s+star\b
        |\bquestion[\s-]and[\s-]answer\s+session\s+will\s+(?:now\s+)?begin""",
    re.I | re.X,
)
_QA_OPEN = re.compile(r"\b(?:first|next)\s+question\b|question[\s-]and[\s-]answer\s+session", re.I)
_ANSWER_OPEN = re.compile(
    r"^\W*(?:(?:thanks?|thank\s+you)(?:\s+\w+)?\s+for\s+(?:the|your|that)\s+question|(?:good|great)\s+question)\b",
    re.I,
)
# A speaker handing the call on: the next line is someone else's.
_HANDOFF = re.compile(
    r"\b(?:turn|hand|pass)\s+(?:it|the\s+call|things|the\s+floor)?\s*(?:back\s+)?over\s+to\b"
    r"|\b(?:turn|hand|pass)\s+(?:it\s+)?(?:back\s+)?to\s+(?:our|my)\b",
    re.I,
)
UNKNOWN = "Unknown Speaker"


class Sentences:
    name = "sentences"
    description = "One sentence per line, no speakers (ECTSum, MAEC text and its Person,Sentence CSV)"

    def sniff(self, source: Source) -> float:
        try:
            if source.is_pdf:
                return 0.0
            lines = source.lines
            if lines and _CSV_HEADER.match(lines[0]):
                return 0.6
            body = [ln.strip() for ln in lines[:400] if ln.strip()]
            if len(body) < 5:
                return 0.0
            if sum(1 for ln in body if _MARKUP.match(ln)) > len(body) * 0.05:
                return 0.0
            if sum(1 for ln in body if parse_label(ln)) > max(1, len(body) * 0.02):
                return 0.0
            ending = sum(1 for ln in body if _ENDS_SENTENCE.search(ln))
            if ending < len(body) * 0.8 or sum(len(ln) for ln in body) / len(body) < 25:
                return 0.0
            # A sentence per line means short lines that never wrap mid-sentence.
            if any(len(ln) > 2000 for ln in body):
                return 0.0
            return SCORE
        except Exception:  # noqa: BLE001 - sniff must never raise (undecodable input is not ours)
            return 0.0

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        if lines and _CSV_HEADER.match(lines[0]):
            rows = _csv_rows(source)
        else:
            rows = [(None, ln.strip(), n, n) for n, ln in enumerate(lines, start=1) if ln.strip()]
        if not rows:
            raise ParseError(f"{source.label}: no sentences found.")
        draft = Draft(format=self.name)
        speakers: dict[str, DraftSpeaker] = {}
        section = Section.PRESENTATION
        turn: DraftTurn | None = None
        handed_on = False
        for person, text, start, end in rows:
            operator = bool(_OPERATOR.search(text))
            name = "Operator" if operator else person or UNKNOWN
            if operator and _QA_OPEN.search(text):
                section = Section.QA
            new_turn = (
                turn is None
                or name != turn.speaker.name
                or (not operator and person is None and (handed_on or _ANSWER_OPEN.search(text) is not None))
            )
            handed_on = person is None and bool(_HANDOFF.search(text))
            if new_turn:
                turn = DraftTurn(speaker=speakers.setdefault(name, DraftSpeaker(name=name)), section=section)
                draft.turns.append(turn)
            turn.paragraphs.append(DraftParagraph(text=text, line_start=start, line_end=end))
        return draft


def _csv_rows(source: Source) -> list[tuple[str | None, str, int, int]]:
    """(person, sentence, first line, last line): a quoted cell may hold line breaks."""
    reader = csv.reader(io.StringIO("\n".join(source.lines)))
    rows: list[tuple[str | None, str, int, int]] = []
    last = 0
    try:
        for i, row in enumerate(reader):
            start, last = last + 1, reader.line_num
            if i == 0 or not row:
                continue
            person = row[0].strip() or None
            text = " ".join(" ".join(row[1:]).split())
            if not text:
                continue
            # The cell's closing newline puts the closing quote on the next line.
            end = last - 1 if last > start and not source.lines[last - 1].strip('" ') else last
            rows.append((person, text, start, end))
    except csv.Error as e:
        raise ParseError(f"{source.label}: broken Person,Sentence CSV near line {last + 1}: {e}") from None
    return rows


PARSER = Sentences()
