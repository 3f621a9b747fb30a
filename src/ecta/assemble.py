"""Draft -> Transcript: the work every format shares.

Speakers are merged into participants and given roles, stage directions are told from speech,
boilerplate is dropped, the Q&A is found where the source does not mark it, and the Q&A is cut
into exchanges, one per analyst slot.
"""

from __future__ import annotations

from . import lazy_re as re  # compiles each pattern on first use: start-up
from dataclasses import dataclass

from . import call_shape, callinfo
from .formats.base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from .run_on import split_run_on_answers
from .errors import ParseError
from .model import Exchange, Meta, Paragraph, ParagraphKind, Participant, Role, Section, Transcript, Turn
from .source import Source
from .speakers import Roster, clean_name, is_placeholder, name_key, name_tokens, role_from_placeholder, short_key, slug

# A whole paragraph that is only a bracketed direction: "(Operator Instructions)", "[inaudible]".
_STAGE = re.compile(r"^\s*[\(\[<][^()\[\]<>]{1,80}[\)\]>]\s*\.?\s*$")
_BOILERPLATE = re.compile(
    r"""^\s*(?:©|\(c\)\s|copyright\b|all\s+rights\s+reserved|disclaimer\b|definitions\b
        |the\s+information\s+contained\s+in\s+event\s+transcripts
        |in\s+the\s+conference\s+calls\s+upon\s+which\s+event\s+(?:transcripts|briefs)\s+are\s+based
        |(?:thomson\s+reuters|refinitiv|lseg)\s+reserves\s+the\s+right
        |streetevents\s+transcripts\s+content\s+provided\s+by)""",
    re.I | re.X,
)
_QA_START = re.compile(
    r"""\b(?:(?:first|next|initial)\s+question
        |question(?:s)?\s+(?:comes?|is\s+coming|will\s+come)\s+from
        |(?:open|opening|turn)\s+(?:up\s+)?(?:the\s+)?(?:call|line|lines|floor|it)\s+(?:up\s+)?(?:for|to)\s+(?:your\s+)?questions
        |question[-\s]and[-\s]answer\s+session
        |(?:begin|start)\s+(?:the\s+)?(?:q\s*(?:&|and)\s*a|question)
        |(?:go|move|turn)\s+(?:now\s+)?to\s+(?:the\s+)?(?:q\s*(?:&|and)\s*a|questions))""",
    re.I | re.X,
)
_QA_END = re.compile(
    r"\b(?:no\s+(?:more|further)\s+questions|(?:end|conclu\w+)\s+(?:of\s+)?(?:the\s+|our\s+|today'?s\s+)?(?:q\s*(?:&|and)\s*a|question)"
    r"|(?:closing|concluding|final)\s+(?:remarks|comments)|this\s+(?:now\s+)?concludes|all\s+the\s+time\s+we\s+have"
    r"|wraps?\s+up\s+(?:the\s+|our\s+)?(?:q\s*(?:&|and)\s*a|question)"
    r"|\breplay\s+of\s+(?:today'?s|this)\s+(?:call|conference|webcast)"
    r"|\bthank\w*\s+(?:you\s+)?(?:all\s+|everyone\s+)?(?:again\s+)?for\s+(?:joining|listening|participating|your\s+participation)"
    r"|\bin\s+closing,|\b(?:let\s+me|i'?ll|to)\s+(?:just\s+)?wrap\s+(?:it\s+|things\s+)?up\b|\bbefore\s+we\s+(?:close|end|sign\s+off)\b"
    r"|\blook\s+forward\s+to\s+(?:speaking|talking)\s+(?:with|to)\s+(?:you|all\s+of\s+you|everyone)\s+(?:again\s+)?(?:next|on\s+our\s+next|in\s+\w+))",
    re.I,
)
# A company moderator steering the line, not answering: "Go ahead, Denise.", "Do you have a
# second question, Andrew?", "Operator, next question please.", a bare "Thank you, Peter.".
_MODERATION = re.compile(
    r"""^\W*(?:(?:great|okay|ok|all\s+right|perfect|thanks?|thank\s+you|sure|yes|yep|yeah)\b(?:[\w\s,]{0,20}?[.!]|,)\s*)*
        (?:go\s+ahead\b|(?:\w+,\s+)?(?:do|did)\s+you\s+have\s+(?:a|any|another)\s+(?:\w+\s+)?(?:question|follow[-\s]?up)
        |(?:any|a)\s+follow[-\s]?ups?\b|operator\b|(?:let'?s\s+(?:go|move)\s+to\s+|can\s+we\s+(?:have|take|go\s+to)\s+)?the\s+next\s+question
        |next\s+question\b
        |(?:\w+,\s+)?(?:(?:we|i)\s+(?:have|'ve\s+got)|we'?ve\s+got|there'?s)\s+(?:only\s+)?time\s+for\s+(?:just\s+)?(?:one|two|a\s+couple|a\s+few)\s+(?:more|last|final)\s+questions?\b
        |(?:\w+,\s+)?(?:we'?ll|let'?s|we\s+will)\s+take\s+(?:just\s+)?(?:one|two|our)\s+(?:more|last|final)\s+questions?\b
        |(?:thanks?|thank\s+you)(?:\s+(?:very\s+much|so\s+much|again))?(?:,?\s+[A-Z][\w.'’\-]*)?\s*[.!]?\s*$)""",
    re.I | re.X,
)
_THANKS = re.compile(
    r"^\W*(?:(?:great|perfect|okay|ok|got\s+it|all\s+right|understood|very\s+helpful|that'?s\s+(?:very\s+)?helpful)[,.!]?\s*)*"
    r"(?:thanks?|thank\s+you)(?:\s+(?:very\s+much|so\s+much|again|guys|all))*[.!]?\s*$",
    re.I,
)
_REPLAY = re.compile(r"\breplay\s+of\s+(?:today'?s|this)\s+(?:call|conference|webcast)", re.I)
_NAME = r"(?P<name>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|da|del|la|le)){0,4})"
# A second analyst sharing the slot: "Jane Roe and John Doe with Acme Securities".
_NAME2 = r"(?:,?\s+(?:and|&)\s+(?P<name2>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}))?"
_FIRM = r"(?P<firm>[A-Z0-9][\w.&'’\-]*(?:[ \u00a0,]+(?:[A-Z0-9&][\w.&'’\-]*|and|of|de|du))*)"
_ANNOUNCE = [
    re.compile(
        r"(?:question|questions)(?:,?\s+which)?\s+(?:(?:today\s+)?(?:is\s+)?(?:comes?|coming|will\s+(?:be\s+)?come|(?:is\s+)?going\s+to\s+come)|is)\s+from\s+(?:the\s+line\s+of\s+)?"
        + _NAME + _NAME2 + r"(?:\s+(?:from|with|of|at)\s+|,\s+(?:from\s+|with\s+)?)" + _FIRM
    ),
    # "our next question, and that will be from ...", "a follow-up question from ... with ...".
    re.compile(
        r"(?:question|follow[-\s]?up)\b[^.?!]{0,40}?\bfrom\s+(?:the\s+line\s+of\s+)?"
        + _NAME + _NAME2 + r"\s+(?:from|with|of|at)\s+" + _FIRM
    ),
    re.compile(
        r"(?:go|move|turn|next|take)\s+(?:\w+\s+){0,3}?(?:to|from)\s+(?:the\s+line\s+of\s+)?"
        + _NAME + r"(?:\s+(?:from|with|of|at)\s+|,\s+(?:from\s+|with\s+)?)" + _FIRM
    ),
    # "Next, we have Dana Lee with Example Securities.": the line handed over with no "from" or "to".
    re.compile(r"\b(?:[Nn]ext|[Nn]ow|[Ff]irst|[Ll]ast)\b,?\s+we\s+have\s+(?:the\s+line\s+of\s+)?" + _NAME + r"\s+(?:from|with|of|at)\s+(?=[A-Z])" + _FIRM),
    re.compile(r"(?:question|questions)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+line\s+of\s+)?" + _NAME + r"\s*[.,]"),
    re.compile(r"\bfrom\s+the\s+line\s+of\s+" + _NAME + r"(?:\s+(?:from|with|of|at)\s+" + _FIRM + r")?"),
]
_HANDING = ("go", "move", "turn", "next", "take")
"""The verbs of the one hand-over pattern without "from" (keep in step with `_ANNOUNCE`)."""
# A moderator reading out a question sent in writing (a webcast): "Our next question comes from Dana Lee of
# Example Securities. She asks, ...?", "The next question is, ...?", "He writes: ...?".
_READS = re.compile(
    r"\b(?:(?:she|he|they)\s+(?:asks|writes|wants\s+to\s+know|would\s+like\s+to\s+know|is\s+asking)\b\s*[,:]?"
    # "... comes from Dana Lee, she says, ...": a reader's cue only with its comma ("as he says the margin held" is speech)
    r"|\b(?:she|he|they)\s+says\s*[,:]"
    r"|question\s+(?:is|reads|says)\s*[,:]|\b(?:asks|writes)\s*[,:])", re.I)
# The words calling a question in its turn: an answer's "the question is, do we build more?" reads nothing out.
_CALLED = re.compile(r"\b(?:first|second|third|next|following|last|final)\s+(?:\w+\s+)?question", re.I)
_FIRM_TAIL = re.compile(r"[\s,]+(?:please|your|you|go|is|who|with\s+your|line\s+is)\b.*$", re.I)


@dataclass
class Announcement:
    name: str
    firm: str | None
    also: str | None = None
    """A second analyst called to the same line."""


def assemble(draft: Draft, source: Source) -> Transcript:
    warnings = list(draft.warnings)
    turns_in = [t for t in draft.turns if _keep_turn(t)]
    # Roles the source leaves open, and the Q&A start, from who speaks when.
    call_shape.infer(turns_in, draft.participants)
    roster = Roster()
    for sp in draft.participants:
        roster.add(sp, listed=True)
    speakers = [roster.add(t.speaker, listed=False) for t in turns_in]

    company = draft.company
    opening = callinfo.opening_of(turns_in)
    if company is None:
        company = callinfo.company_from_text(opening)
    roster.settle_roles(company)

    sections = _sections(turns_in, speakers)
    _infer_unlisted_analysts(turns_in, speakers, sections)
    _stand_ins(turns_in, speakers, sections, roster)
    split_run_on_answers(turns_in, speakers, sections, roster)

    turns: list[Turn] = []
    for i, (dt, person, section) in enumerate(zip(turns_in, speakers, sections)):
        paragraphs = [_paragraph(p) for p in dt.paragraphs]
        first = paragraphs[0] if paragraphs else None
        last = paragraphs[-1] if paragraphs else None
        start = dt.header_line or (first.line_start if first else 1)
        end = last.line_end if last else start
        turns.append(
            Turn(index=i, speaker=person, section=section, paragraphs=paragraphs,
                 line_start=start, line_end=end, page=dt.page or (first.page if first else None),
                 page_end=(last.page_end or last.page) if last else None)
        )

    exchanges = build_exchanges(turns)
    # An analyst whose question a moderator read out never speaks, yet is who asked.
    known = {p.id for p in roster.participants}
    for ex in exchanges:
        if ex.read_by and ex.analyst.id not in known and ex.analyst.id != "unnamed-questioner":
            roster.participants.append(ex.analyst)
            known.add(ex.analyst.id)
    fy, fq = draft.fiscal_year, draft.fiscal_quarter
    half = None  # (fiscal year, half) of a half-year call, as its welcome says
    if fy is None and fq is None:
        fy, fq = callinfo.period_from_text(draft.title or "")
        if fy is None and fq is None:
            fy, fq = callinfo.period_from_opening(opening)
            if fy is None and fq is None and draft.title:
                fy, fq = callinfo.period_from_text(opening)  # no speech vote below: the opening's first period
        # A half-year call names no quarter, and its speech's quarters ("the September quarter") or its date must
        # not make it one.
        half = callinfo.half_from_opening(opening) if fq is None else None
        if half:
            fy = fy or half[0]
        elif fq is None and not draft.title:
            # No metadata and no title (ECTSum, MAEC, JSON): the quarter the speech reports, if it is clear.
            # An opening that names only a year names the year guided ("update our guidance for full year
            # 2021" on a third-quarter call): the quarter is still the one the speech reports.
            year, fq = callinfo.period_from_speech(p.text for t in turns for p in t.paragraphs)
            fy = fy or year
    named = callinfo.call_from_name(source.name)
    event_date = draft.event_date or named.date
    if not draft.title and (draft.fiscal_year, draft.fiscal_quarter) == (None, None):
        if named.fiscal_quarter:
            # "ACME_q2_2022": the name states the period outright, where speech only hints at it.
            fy, fq = named.fiscal_year, named.fiscal_quarter
        elif event_date is not None and not half:
            fy, fq = callinfo.period_from_date(event_date, fq, fy)
    fiscal_half = callinfo.half_of_call(draft.title, fq, opening)
    meta = Meta(
        company=company,
        ticker=draft.ticker or named.ticker,
        title=draft.title,
        fiscal_year=fy,
        fiscal_quarter=fq,
        fiscal_half=fiscal_half,
        event_date=event_date,
        source_format=draft.format,
        source_name=source.name,
        sha256=source.sha256,
    )
    _one_call_only(turns, source, draft.format)
    if not turns:
        warnings.append("no speaker turns found")
    elif Section.QA not in {t.section for t in turns}:
        warnings.append("no Q&A section found")
    return Transcript(
        meta=meta, participants=roster.participants, turns=turns, exchanges=exchanges, warnings=warnings
    )


_TRAILING_WORDS = 2000
"""More words than this after the last turn, and more than half the call's, is another call pasted after the first:
a text source's tail is a disclaimer (some 330 words at most in the real sources); markup and JSON keep their
tail out of this test, and a PDF numbers its lines by page."""


def _one_call_only(turns: list[Turn], source: Source, fmt: str) -> None:
    """Several calls pasted into one file would be read as the first alone, the rest lost without a word."""
    if not turns or any(word in fmt for word in ("html", "json", "pdf")) or turns[-1].page is not None:
        return
    last = max(t.line_end for t in turns)
    trailing = sum(len(line.split()) for line in source.lines[last:])
    if trailing > _TRAILING_WORDS and trailing * 2 > sum(t.words for t in turns):
        raise ParseError(f"{trailing:,} words follow the call's last turn (line {last}): this looks like several "
                         "transcripts in one file; give one file per call")


def _keep_turn(turn: DraftTurn) -> bool:
    turn.paragraphs = [p for p in turn.paragraphs if p.text.strip() and not _BOILERPLATE.match(p.text)]
    return bool(turn.paragraphs) and bool(clean_name(turn.speaker.name))


def _paragraph(p: DraftParagraph) -> Paragraph:
    text = p.text
    if "  " in text or "\t" in text:  # else every run of blanks is one space already: a sub rewrites each word gap
        text = re.sub(r"[ \t]+", " ", text)
    text = text.strip()
    kind = p.kind or (ParagraphKind.STAGE if _STAGE.match(text) else ParagraphKind.SPEECH)
    words = len(text.split())
    word_lines = p.word_lines if p.word_lines and len(p.word_lines) == words else None
    word_pages = p.word_pages if word_lines and p.word_pages and len(p.word_pages) == words else None
    return Paragraph(text=text, kind=kind, line_start=p.line_start, line_end=p.line_end,
                     page=p.page, page_end=p.page_end, word_lines=word_lines, word_pages=word_pages)


def _turn_text(turn: DraftTurn) -> str:
    return " ".join(p.text for p in turn.paragraphs)


def _sections(turns: list[DraftTurn], speakers: list[Participant]) -> list[Section]:
    """Sections as the source marks them; where it marks no Q&A, from the operator or first analyst."""
    marked = [t.section for t in turns]
    if Section.QA not in marked:
        start = qa_start(turns, speakers)
        if start is not None:
            for i in range(start, len(turns)):
                marked[i] = Section.QA
    out: list[Section] = []
    current = Section.PRESENTATION
    for s in marked:
        current = s or current
        out.append(current)
    return out


def qa_start(turns: list[DraftTurn], speakers: list[Participant]) -> int | None:
    """Index of the first Q&A turn in a source without a Q&A marker, or None."""
    seen_corporate = False
    for i, (turn, person) in enumerate(zip(turns, speakers)):
        text = _turn_text(turn)
        if person.role is Role.ANALYST and seen_corporate:
            # The turn that introduced the analyst belongs to the Q&A too.
            if i > 0 and speakers[i - 1].role is Role.OPERATOR:
                return i - 1
            return i
        if person.role is Role.OPERATOR and seen_corporate and _QA_START.search(text):
            return i
        if person.role is Role.CORPORATE:
            seen_corporate = True
            # A moderator reading out the first question ends the prepared remarks.
            if re.search(r"\b(?:first|next)\s+question\b", text[-400:], re.I) and i + 1 < len(turns):
                nxt = speakers[i + 1]
                if nxt.role is Role.ANALYST:
                    return i + 1
    return None


def parse_announcement(text: str) -> Announcement | None:
    """The analyst an operator turn hands the line to, with their firm where said.

    The last hand-over of the best pattern wins: an operator who announces one analyst and
    then, that line being dropped, the next one, hands the line to the second."""
    if "from" not in text and ("to" not in text or not any(w in text for w in _HANDING)) and "we have" not in text:
        return None  # every pattern hands the line "from" someone, goes, moves, turns or takes it "to" them, or "we have" them
    for pat in _ANNOUNCE:
        found: Announcement | None = None
        for m in pat.finditer(text):
            name = m.group("name").strip(" .,")
            if name.lower() in {"the", "our", "your", "next", "line"} or len(name) < 3:
                continue
            firm = m.groupdict().get("firm")
            if firm:
                firm = re.sub(r"\s+", " ", _FIRM_TAIL.sub("", firm)).strip(" .,")
            also = (m.groupdict().get("name2") or "").strip(" .,") or None
            found = Announcement(name=name, firm=firm or None, also=also)
        if found is not None:
            return found
    return None


_STAND_IN = re.compile(
    r"^\W*(?i:(?:hi|hey|hello|yes|yeah|good\s+(?:morning|afternoon|evening)|thanks?|thank\s+you)(?:\s+(?:everyone|all|guys))?[,.!]*\s*)*"
    r"(?i:this\s+is|it'?s|i'?m)\s+(?:actually\s+)?(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}),?\s+"
    r"(?i:(?:on|in|sitting\s+in|filling\s+in|coming\s+on|calling\s+in|dialing\s+in|asking)\s+for|on\s+behalf\s+of)\s+"
    r"(?P<for>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})")
"""A colleague taking an analyst's line: "Hi, this is Dana Lee on for Sam." (the source may label the turn "Sam Roe")."""


def _stand_ins(turns: list[DraftTurn], speakers: list[Participant], sections: list[Section], roster: Roster) -> None:
    """An analyst's turn whose speaker says they are someone else asking on the analyst's behalf ("this is Dana Lee
    on for Sam") is the colleague's, as are the rest of that line's question turns under the analyst's label: the
    exchange and the tone are the one who spoke. The colleague keeps the analyst's firm."""
    stand_in: tuple[Participant, Participant] | None = None  # (labelled analyst, who spoke)
    for i, (turn, person, section) in enumerate(zip(turns, speakers, sections)):
        if section is not Section.QA or person.role is Role.OPERATOR:
            stand_in = None
            continue
        if stand_in and person is stand_in[0]:
            speakers[i] = stand_in[1]
            continue
        if person.role is not Role.ANALYST or not turn.paragraphs:
            continue
        m = _STAND_IN.match(turn.paragraphs[0].text[:160])
        if m is None:
            continue
        said, asked_for = name_tokens(m.group("name")), name_tokens(m.group("for"))
        own = name_tokens(person.name)
        if not own or not said or not asked_for or said[0] == own[0] or asked_for[0] != own[0]:
            continue  # "this is Sam on for ..." by Sam, or on behalf of someone the label does not name
        colleague = roster.add(DraftSpeaker(name=m.group("name"), firm=person.firm, role=Role.ANALYST), listed=False)
        if colleague is person:
            continue
        colleague.role = Role.ANALYST
        colleague.firm = colleague.firm or person.firm
        speakers[i] = colleague
        stand_in = (person, colleague)


def _infer_unlisted_analysts(turns: list[DraftTurn], speakers: list[Participant], sections: list[Section]) -> None:
    """A speaker of unknown role who speaks right after the operator hands over a Q&A line is
    the analyst taking it (possibly "in for" the person announced)."""
    announced: Announcement | None = None
    for turn, person, section in zip(turns, speakers, sections):
        if section is not Section.QA:
            continue
        if person.role is Role.OPERATOR:
            announced = parse_announcement(_turn_text(turn)) or announced
            continue
        if person.role is Role.CORPORATE and len(_turn_text(turn).split()) < 30:
            # An executive greeting the analyst ("Good morning, Ken.") before the question:
            # the line still belongs to the analyst who was announced.
            continue
        if announced is not None and person.role is Role.UNKNOWN and not is_placeholder(person.name):
            person.role = Role.ANALYST
            same = short_key(announced.name) == short_key(person.name) or name_key(announced.name) == name_key(person.name)
            if person.firm is None and announced.firm and (same or not person.listed):
                person.firm = announced.firm
        announced = None


def build_exchanges(turns: list[Turn]) -> list[Exchange]:
    """Cut the Q&A into analyst slots: an operator hand-over or a new analyst opens one."""
    exchanges: list[Exchange] = []
    current: Exchange | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            exchanges.append(current)
        current = None

    announced: Announcement | None = None
    slot_called: Announcement | None = None
    moderators: set[str] = set()
    late: Exchange | None = None
    late_open = False
    called_as: dict[int, list[str]] = {}
    readers: set[str] = set()
    written = any(t.speaker.role in (Role.OPERATOR, Role.CORPORATE) and _written_questions(t.text) for t in turns)
    for turn in turns:
        if turn.section is not Section.QA:
            continue
        person = turn.speaker
        read = _read_question(turn, readers if current is not None and current.read_by else set())
        if written and person.role is Role.OPERATOR and not (read and read[0]):
            in_writing = _read_in_writing(turn.text)
            if in_writing == () and current is not None and current.read_by:
                # The moderator reads on (the questioner's second question, the same one again): that slot's.
                current.question_turns.append(turn.index)
                current.line_end = turn.line_end
                continue
            read = in_writing or read
        if read is not None:
            # The question is the moderator's reading of it: it opens the named analyst's slot (or an unnamed
            # questioner's), and the company's turns after it answer it.
            close()
            ann = read[0]
            readers.add(person.id)
            moderators.add(person.id)
            analyst = (Participant(id=slug(ann.name), name=ann.name, role=Role.ANALYST, firm=ann.firm) if ann
                       else Participant(id="unnamed-questioner", name="Unnamed questioner", role=Role.ANALYST))
            current = Exchange(index=len(exchanges), analyst=analyst, firm=analyst.firm, read_by=person.id,
                               question_turns=[turn.index], line_start=turn.line_start, line_end=turn.line_end)
            announced, slot_called, late = None, None, None
            continue
        if person.role is Role.CORPORATE and current is None and parse_announcement(turn.text[-300:]):
            # The company's moderator opening the line (no operator on the call).
            moderators.add(person.id)
            announced = parse_announcement(turn.text[-300:])
            continue
        if person.role is Role.OPERATOR:
            ann = parse_announcement(turn.text)
            if ann is not None or _QA_START.search(turn.text) or _QA_END.search(turn.text):
                close()
                announced = ann
            late, late_open = (exchanges[-1] if exchanges and ann is not None else None), False
            continue
        if late is not None and announced is not None and _names(turn.text, [announced.name]):
            late = None  # greeting the caller now on the line ("Good morning, Ben.")
        if person.role is Role.CORPORATE and current is None and late is not None and (
                late_open or _names(turn.text, [late.analyst.name, *late.analyst.aliases, *called_as.get(late.index, [])])):
            # The line is handed on, yet an executive goes back to the last caller's question
            # ("I missed C.J.'s second question"): a late answer in that slot.
            late_open = True
            late.answer_turns.append(turn.index)
            if person.id not in late.answered_by:
                late.answered_by.append(person.id)
            late.line_end = turn.line_end
            continue
        if person.role is Role.CORPORATE and current is not None and len(turn.text.split()) <= 15 \
                and _MODERATION.match(turn.text):
            # Part of the slot, answering nothing.
            current.line_end = turn.line_end
            continue
        if person.role is Role.CORPORATE and current is not None:
            # A moderator from the company (no operator on the line) calling the next analyst,
            # or closing the Q&A. A hand-over follows an answer and ends the turn: an answer
            # that says "people go from one site to another" hands over nothing.
            # So does a long answer by someone who has not moderated ("customers move to
            # Northfield Labs with Orchard Health as partner").
            ann = parse_announcement(turn.text[-300:]) if current.answer_turns else None
            if ann is not None and (person.id in moderators or len(turn.text.split()) <= 40) \
                    and name_tokens(ann.name)[:1] != name_tokens(current.analyst.name)[:1]:
                moderators.add(person.id)
                close()
                announced = ann
                continue
            # A sign-off opens the turn (a safe-harbor reading or a replay's dial-in numbers can
            # follow and run long); deep inside a long answer the same words close nothing, nor does the first turn
            # after a question read out, which answers it ("Thank you for joining us, Dana. About a third ...").
            awaited = current.read_by and not current.answer_turns
            if not awaited and (_QA_END.search(turn.text[:200]) or len(turn.text.split()) < 60 and _QA_END.search(turn.text)
                                or _REPLAY.search(turn.text)):
                close()
                continue
        # A speaker of unknown role (an "Unidentified Participant") asks when opening a slot, speaking again in the
        # slot they opened or speaking after its answer, and answers otherwise.
        if person.role is Role.ANALYST or (person.role is Role.UNKNOWN and (
                current is None or current.analyst.id == person.id or _after_answer(current, person))):
            if current is None or current.analyst.id != person.id:
                if current is not None and (_same_slot(current, person) or _called_too(slot_called, person)
                                            or current.answer_turns and (_THANKS.match(turn.text)
                                                                         or _unnamed_follow_up(slot_called, person))):
                    # A bare "Great, thank you." under another analyst's label, with no hand-over
                    # since, is the slot's analyst signing off (machine diarization slips).
                    current.question_turns.append(turn.index)
                    current.line_end = turn.line_end
                    continue
                close()
                if person.role is Role.UNKNOWN and not is_placeholder(person.name):
                    # Whoever opens a Q&A slot is the one asking: an exchange is an analyst's.
                    person.role = Role.ANALYST
                firm = person.firm or (announced.firm if announced else None)
                if is_placeholder(person.name):
                    # "Unidentified Participant" stands for callers from many firms.
                    firm = announced.firm if announced else None
                slot_called, late = announced, None
                current = Exchange(index=len(exchanges), analyst=person, firm=firm,
                                   line_start=turn.line_start, line_end=turn.line_end)
                if announced is not None:
                    called_as[current.index] = [announced.name]
            current.question_turns.append(turn.index)
            current.line_end = turn.line_end
            announced = None
        elif current is not None:
            current.answer_turns.append(turn.index)
            if person.id not in current.answered_by:
                current.answered_by.append(person.id)
            current.line_end = turn.line_end
    close()
    for i, ex in enumerate(exchanges):
        ex.index = i
    return exchanges


def _read_question(turn: Turn, readers: set[str]) -> tuple[Announcement | None] | None:
    """(the analyst named, if any) when an operator or company moderator reads a question out on someone's behalf:
    a reading cue after words of a question ("Our next question comes from ... She asks, ...?") and a question
    after it. A moderator whose reading is the open question (`readers`) may read the next bare ("After that, ...?");
    asking the analyst on the line for a follow-up is no reading. An operator calling the next caller ("... Please
    go ahead.") reads nothing."""
    if turn.speaker.role not in (Role.OPERATOR, Role.CORPORATE) or "?" not in turn.text:
        return None
    text = turn.text
    m = next((m for m in _READS.finditer(text) if _CALLED.search(text[:m.end()]) and "?" in text[m.end():]), None)
    if m is None:
        if not (turn.speaker.id in readers and text.rstrip().endswith("?") and re.search(r"\bquestions?\b", text, re.I)):
            return None
        return (None,)
    return (parse_announcement(_called_by(text[:m.start()])),)


def _called_by(head: str) -> str:
    """The words calling a question, up to its reading cue, as `parse_announcement` reads them: a firm lost before the
    cue ("comes from Dana Lee from she says, ...") leaves the name ending the call."""
    head = head.rstrip(" ,:")
    cut = re.sub(r"(?i)\s+(?:from|with|of|at)$", "", head)
    return cut + "." if cut != head else head


# Questions sent in writing (a webcast, a video call's chat), which a moderator reads out; a telephone queue ("press star
# one to submit a question") is not.
_WRITTEN = re.compile(
    r"\bquestions?\b[^.?!]{0,80}?\b(?:submit\w*|sen[dt]|typ(?:e|ed|ing)|in\s+writing|written|chat|q\s*&\s*a\s+(?:box|tab|window))\b"
    r"|\b(?:submit\w*|sen[dt]|typ(?:e|ed)|written)\b[^.?!]{0,60}?\bquestions?\b", re.I)
_KEYPAD = re.compile(r"\b(?:press|star|pound|keypad|touch[\s-]?tone|telephone|phone)\b", re.I)
# A moderator calling the next written question: "Our next question comes from ...", "There is one question about ...".
_NEW_READING = re.compile(
    r"\b(?:first|next|following|last|final|another|one)\s+(?:\w+\s+)?question\b|\bquestions?\s+(?:\w+\s+){0,3}?(?:comes?|is|are)\s+from\b"
    r"|\bquestion\s+(?:about|on|regarding)\b", re.I)
_READ_MIN_WORDS = 6
"""Fewer words after the call for a question are no question read ("Our next question comes from Dana Lee.")."""
_FIRM_WORD = re.compile(r"(?i)(?:bank|banco|capital|securities|partners|research|group|markets|advisors|asset|investments?"
                        r"|management|street|credit\w*|life|holdings?|funds?)$")
_SENTENCE_END = re.compile(r"[.?!…](?:\s|$)")


def _written_questions(text: str) -> bool:
    """The moderator says the questions come in writing ("type your questions into the chat", "questions submitted
    through the webcast"): each question is read out by the moderator, who does not hand over a line."""
    return bool(_WRITTEN.search(text)) and not _KEYPAD.search(text)


def _read_in_writing(text: str) -> tuple[Announcement | None] | tuple[()] | None:
    """In a call of written questions, a moderator's turn: (the questioner named, if any) when it calls a new question
    and reads it; () when it reads on with no call for a new one; None when it reads nothing (a sign-off, "please
    hold")."""
    if _QA_END.search(text) and len(text.split()) < 40:
        return None
    calls = list(_NEW_READING.finditer(text))
    if calls:
        rest = text[calls[-1].end():]
        if len(rest.split()) < _READ_MIN_WORDS:
            return None
        end = _SENTENCE_END.search(text, calls[-1].end())
        head = text[:end.end()] if end else text
        # A reading cue before the sentence ends ("... from Dana Lee, she says, Question is about ...") ends the call.
        cue = _READS.search(text, calls[-1].end())
        if cue and cue.start() < len(head):
            head = _called_by(text[:cue.start()])
        ann = parse_announcement(head)
        # "... comes from from Harbor Capital": the name lost in the recording; the firm, or its first word, is no name.
        lost = re.search(r"\bfrom,?\s+from\b", head, re.I)
        return (None if ann is None or lost or _FIRM_WORD.match(ann.name.split()[-1]) else ann,)
    return () if len(text.split()) >= _READ_MIN_WORDS and not _QA_START.search(text) else None


def read_out(text: str) -> str:
    """The question a moderator reads, without the words calling it ("Our next question comes from ... She asks,"; in
    a call of written questions, the sentence calling it)."""
    m = next((m for m in _READS.finditer(text) if _CALLED.search(text[:m.end()])), None)
    if m is not None:
        return text[m.end():].strip()
    calls = list(_NEW_READING.finditer(text))
    if calls and (end := _SENTENCE_END.search(text, calls[-1].end())) and len(text[end.end():].split()) >= _READ_MIN_WORDS:
        return text[end.end():].strip()
    return text


def _names(text: str, names: list[str]) -> bool:
    """The turn addresses or mentions someone by first name ("Keep in mind, C.J., that")."""
    firsts = {n.split()[0] for n in names if len(n.split()) > 1 and len(n.split()[0]) > 1}
    return any(_mentions(text, f) for f in firsts)


def _mentions(text: str, word: str) -> bool:
    """`word` in `text`, not inside a longer word nor after a dot (`(?<![\\w.])word(?!\\w)`); a plain scan, as a
    pattern per name would be compiled anew for every call's names: start-up."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        after_word = start and (text[start - 1] == "." or _is_word(text[start - 1]))
        if not after_word and not (end < len(text) and _is_word(text[end])):
            return True
        start = text.find(word, start + 1)
    return False


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches in a str pattern


def _same_slot(ex: Exchange, person: Participant) -> bool:
    """Two analysts of one firm share a line: no hand-over came between them."""
    return bool(ex.firm and person.firm and ex.firm == person.firm)


def _after_answer(ex: Exchange, person: Participant) -> bool:
    """A bare "Unidentified Participant" speaking once a named caller's question is answered: a question (a
    follow-up or the next caller's, as a `Q -` label would say), with or without a question mark. Answering, the
    company's unnamed voices are labelled as such ("Unidentified Company Representative")."""
    return bool(ex.answer_turns) and ex.answer_turns[-1] > ex.question_turns[-1] and is_placeholder(person.name) \
        and role_from_placeholder(person.name) is None


def _unnamed_follow_up(called: Announcement | None, person: Participant) -> bool:
    """An "Unidentified Participant" asking after the answer in a slot the operator called, with no hand-over since:
    the caller following up, whose name the transcriber lost (a new caller would have been called first)."""
    return called is not None and is_placeholder(person.name) and person.firm is None \
        and role_from_placeholder(person.name) is not Role.CORPORATE


def _called_too(called: Announcement | None, person: Participant) -> bool:
    return bool(called and called.also and short_key(called.also) == short_key(person.name))


__all__ = ["Announcement", "assemble", "build_exchanges", "parse_announcement", "qa_start", "read_out"]
