"""Sentence-per-line text without speakers (ECTSum `ects`, MAEC `text.txt`), and MAEC's
`Person,Sentence` CSV variant.

Every line keeps its own paragraph with its true line number, because the fact stages cite
lines. Nothing names the speakers, so turns are inferred only where the words make a change of
voice plain (`_flat`, shared with the other speakerless formats): an operator's hand-over
("our next question comes from Jane Roe with Acme") is a turn of the Operator and names the
caller; the slot after it is cut into the caller's question, the answers ("Thanks, Jane.",
"Sure.") and follow-ups, each answer under the executive the text names or under
"Management (unnamed)"; in the remarks, the line after a hand-on ("I'll turn it over to our CFO,
Sam Lee") is that executive's. Other voices are "Unknown Speaker"; the CSV form keeps its
anonymous `PersonN` labels. The call is one presentation section unless the operator (or an
executive, "we'll now open the call to questions") opens the questions; a fragment that starts
with a reply ("Thanks for the question.") is Q&A from its first line.

Detection stays low (0.3) so that any format with real structure wins.
"""

from __future__ import annotations

import csv
import io
from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from . import _flat as flat
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff
from .sniff import SENTENCES_CSV_HEADER as _CSV_HEADER

_OPERATOR = re.compile(
    r"""\b(?:our|your|the)\s+(?:first|next|following|last|final)\s+question\s+(?:comes?|is|will\s+come)\b
        |\bquestion\s+(?:comes?|is\s+coming)\s+from\s+the\s+line\s+of\b
        |\b(?:we\s+(?:now\s+)?have|we'?ll\s+(?:now\s+)?take|we\s+will\s+(?:now\s+)?take)\s+(?:a|our|the|your)\s+(?:first\s+|next\s+|final\s+|last\s+)?question\s+from\b
        |^\s*\(?operator\s+instructions\)?\.?\s*$
        |\b(?:press|pressing)\s+star\b
        |\bquestion[\s-]and[\s-]answer\s+session\s+will\s+(?:now\s+)?begin
        |^\W*(?:(?:ladies\s+and\s+gentlemen|and)\s*,?\s+)?(?:this|that)\s+(?:does\s+)?(?:concludes?|ends)\s+(?:today'?s|our|the|this)\s+
          (?:conference|call|program|presentation|event|teleconference|webcast
            |(?:question[\s-]and[\s-]answer|q\s*&\s*a)\s+(?:session|portion|period))\b""",
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
_LINE_OPEN = re.compile(r"^\W*(?:(?:and\s+)?your\s+line\s+is\s+(?:now\s+)?(?:open|live)|please\s+go\s+ahead|go\s+ahead,?\s+please)\W*$", re.I)
_ANNOUNCED = re.compile(r"\bquestion\b|\bthe\s+line\s+of\b", re.I)
# An executive opening the call to questions: what follows is the Q&A, even with no operator.
_OPENS_QA = re.compile(
    r"\b(?:open|opening)\s+(?:up\s+)?(?:the\s+)?(?:call|line|lines|floor)\s+(?:up\s+)?(?:for|to)\s+(?:your\s+|any\s+)?questions\b", re.I
)
# ... said as happening now, not announced for later ("After Chris, we'll open the call to questions").
_NOW = re.compile(r"\b(?:now|with\s+that|at\s+this\s+time|let'?s|please|i'?d\s+like|we'?d\s+like|i\s+would\s+like|we\s+would\s+like)\b", re.I)
_LATER = re.compile(r"\b(?:before|after|following|then|once|later|when)\b", re.I)
UNKNOWN = "Unknown Speaker"
UNNAMED_CALLER = "Unnamed questioner"
_MASKED_CALLER = re.compile(r"\b(?:from|line\s+of)\s+<unk>(?:,?\s+(?:with|from|of|at)\s+(?P<firm>[^.?!,<]{2,60}?))?\s*(?:[.?!,]|$)", re.I)
"""A hand-over whose caller's name the source masks ("<UNK>", as MAEC's transcripts do)."""


class Sentences:
    name = "sentences"
    description = "One sentence per line, no speakers (ECTSum, MAEC text and its Person,Sentence CSV)"

    def sniff(self, source: Source) -> float:
        return sniff.sentences(source)

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        if lines and _CSV_HEADER.match(lines[0]):
            rows = _csv_rows(source)
        else:
            rows = _rejoin_decimals([(None, ln.strip(), n, n) for n, ln in enumerate(lines, start=1) if ln.strip()])
        if not rows:
            raise ParseError(f"{source.label}: no sentences found.")
        draft = Draft(format=self.name)
        if rows[0][0] is None:
            draft.turns = plain_turns(rows)
            if any(t.speaker.name == flat.UNNAMED or t.speaker.role is Role.ANALYST for t in draft.turns):
                draft.warnings.append(
                    "the source names no speakers: callers are named from the operator's hand-overs and "
                    f"answers by executives the text does not name are under '{flat.UNNAMED}'"
                )
            return draft
        speakers: dict[str, DraftSpeaker] = {}
        section = Section.PRESENTATION
        turn: DraftTurn | None = None
        for person, text, start, end in rows:
            operator = bool(_OPERATOR.search(text))
            name = "Operator" if operator else person or UNKNOWN
            if operator and _QA_OPEN.search(text):
                section = Section.QA
            if turn is None or name != turn.speaker.name:
                turn = DraftTurn(speaker=speakers.setdefault(name, DraftSpeaker(name=name)), section=section)
                draft.turns.append(turn)
            turn.paragraphs.append(DraftParagraph(text=text, line_start=start, line_end=end))
        return draft


# ECTSum's sentence splitter breaks a figure at its decimal point ("SG&A was 17." then "8% of sales"): the
# line's last number is a short whole one after "$" or a space, and the next line opens on the rest of it and
# goes on in lower case. Slide and page numbers, a month's day and years end sentences of their own.
_DECIMAL_CUT = re.compile(r"(?<![\w.,])(?<!slide\s)(?<!page\s)(?<!chart\s)\$?\d{1,3}\.$", re.I)
_DECIMAL_REST = re.compile(r"^\d{1,3}(?:%|\s+(?:[a-z]|%)|,\s)")
_MONTH_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\.$", re.I)


def _rejoin_decimals(rows: list[tuple[str | None, str, int, int]]) -> list[tuple[str | None, str, int, int]]:
    """Rows with each figure cut at its decimal point made whole again: one row over both lines."""
    out: list[tuple[str | None, str, int, int]] = []
    for row in rows:
        if out and row[1][:1].isdigit() and out[-1][1][-1:] == "." and _DECIMAL_REST.match(row[1]):
            last = out[-1]
            if _DECIMAL_CUT.search(last[1]) and not _MONTH_DAY.search(last[1]):
                out[-1] = (last[0], last[1] + row[1], last[2], row[3])
                continue
        out.append(row)
    return out


def plain_turns(rows: list[tuple[str | None, str, int, int]]) -> list[DraftTurn]:
    """Turns of unlabelled sentences: operator lines, analysts' slots split into question and
    answers (`_flat.split_slot`), and runs of remarks split where the speaker hands on."""
    texts = [text for _, text, _, _ in rows]
    execs = flat.executives(" ".join(texts[:400]), texts[:400])
    operator = [_is_operator(t) for t in texts]
    for i in range(1, len(texts)):
        # "Your line is open." on a line of its own is still the operator's, and so is the hand-back for the closing
        # remarks after "That concludes our question-and-answer session.".
        operator[i] = operator[i] or (operator[i - 1] and (bool(_LINE_OPEN.match(texts[i]))
                                                           or bool(flat._CLOSING.search(texts[i]) and _HANDOFF.search(texts[i]))))
    turns: list[DraftTurn] = []
    # A fragment that opens with a reply ("Thanks for the question, <UNK>.") starts inside the Q&A.
    # Its voices are the executives': these sources keep only the words aligned to them.
    replies = bool(_ANSWER_OPEN.search(texts[0]))
    section = Section.QA if replies else Section.PRESENTATION
    # With no operator lines at all, what is left is the executives' words too.
    unknown = DraftSpeaker(name=UNKNOWN, role=Role.CORPORATE if replies or not any(operator) else None)
    called: tuple[str, str | None] | None | bool = False
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and operator[j] == operator[i]:
            j += 1
        run = rows[i:j]
        if operator[i]:
            said = " ".join(texts[i:j])
            if _QA_OPEN.search(said):
                section = Section.QA
            turns.append(_turn(DraftSpeaker(name="Operator", role=Role.OPERATOR), run, section))
            called = flat.called(said) if _ANNOUNCED.search(said) else False
        elif section is Section.QA and called is not False:
            name = called[0] if called else None
            masked = _MASKED_CALLER.search(" ".join(texts[max(0, i - 3):i])) if not name else None
            # "Our next question comes from <UNK> with Weatherby Stone": a caller whose name the source masks is still
            # the analyst of the slot, unnamed, so the Q&A keeps its exchanges.
            # Each firm's caller is a participant of their own ("Unnamed questioner (Acme)").
            analyst = (DraftSpeaker(name=UNNAMED_CALLER + (f" ({masked.group('firm')})" if masked.group("firm") else ""),
                                    firm=masked.group("firm"), role=Role.ANALYST) if masked
                       else DraftSpeaker(name=name or UNKNOWN, firm=called[1] if called else None, role=Role.ANALYST if name else None))
            for part in flat.split_slot(texts[i:j], name, execs):
                turns.append(_turn(_part_speaker(part, analyst), run[part.start - 0:part.end], section))
            called = False
        else:
            section = _remarks(turns, run, section, execs, unknown)
        i = j
    return turns


def _is_operator(text: str) -> bool:
    lower = text.lower()
    # Every operator cue names a question, the operator, the star key or the call's end: test that first.
    return ("question" in lower or "operator" in lower or "star" in lower or "conclude" in lower or "ends" in lower) \
        and _OPERATOR.search(text) is not None


def _remarks(turns: list[DraftTurn], run: list, section: Section, execs: list[flat.Executive],
             unknown: DraftSpeaker) -> Section:
    """A run with no operator: a new turn where an answer opens or the speaker hands on; the Q&A
    starts after an executive opens the call to questions. Returns the section after the run."""
    turn: DraftTurn | None = None
    texts = [row[1] for row in run]
    parts = {p.start: p for p in flat.split_remarks(texts, execs)}
    for k, row in enumerate(run):
        text = row[1]
        part = parts.get(k)
        # A hand-on that names nobody ("I'll turn it over to our CFO.") still ends the voice.
        if turn is None or part is not None or (k > 0 and _HANDOFF.search(texts[k - 1])) or _ANSWER_OPEN.search(text):
            who = part.speaker if part is not None else None
            speaker = unknown if who is None else DraftSpeaker(name=who.name, title=who.title, role=Role.CORPORATE)
            turn = _turn(speaker, [], section)
            turns.append(turn)
        turn.paragraphs.append(DraftParagraph(text=text, line_start=row[2], line_end=row[3]))
        if _OPENS_QA.search(text) and _NOW.search(text) and not _LATER.search(text):
            section, turn = Section.QA, None
    return section


def _part_speaker(part: flat.Part, analyst: DraftSpeaker) -> DraftSpeaker:
    if part.kind == flat.QUESTION:
        return analyst
    if part.kind == flat.OPERATOR:
        return DraftSpeaker(name="Operator", role=Role.OPERATOR)
    if part.speaker is None:
        return DraftSpeaker(name=flat.UNNAMED, role=Role.CORPORATE)
    return DraftSpeaker(name=part.speaker.name, title=part.speaker.title, role=Role.CORPORATE)


def _turn(speaker: DraftSpeaker, run: list, section: Section) -> DraftTurn:
    return DraftTurn(speaker=speaker, section=section,
                     paragraphs=[DraftParagraph(text=text, line_start=a, line_end=b) for _, text, a, b in run])


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
