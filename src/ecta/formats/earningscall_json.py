"""earningscall.biz transcript API responses (v2), machine-transcribed, at every detail level.

- level 1: `{"text": "..."}`, the whole call as one string, nothing else;
- level 2: `{"event": {...}, "speakers": [{"speaker": "spk03", "text": ...}], "speaker_name_map_v2":
  {"spk03": {"name", "title"}}}`, the map optional;
- level 3: as level 2, each turn as `words` plus `start_times` arrays;
- level 4: `{"event", "prepared_remarks": "...", "questions_and_answers": "..." | null}`, with no
  speakers; when the Q&A is null it is inside the prepared remarks.

Levels 1 and 4 name no speakers: the text is cut by its words (`_flat`, shared with the sentence
files): operator hand-overs name the caller, each slot is cut into question, answers and
follow-ups, and answers go to the executive the text names (introduced in the remarks, handed
to, or addressed alone) or else to one "Management (unnamed)" participant, with a warning.

`event` holds the fiscal `year` and `quarter` and `conference_date` with its UTC offset. The
response is usually one line, so every span is line 1: that is where the words are. Speaker ids
mean nothing across calls; names come only from the call's own map. The map is machine-made
too, and can pin "Operator" on the wrong id: the speaker who announces the questions is the
operator, whatever the map says.
"""

from __future__ import annotations

import json
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from datetime import datetime, timezone

from .. import callinfo
from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from ._api import speaker
from ._jsonlines import LineIndex, key_offsets
from . import _flat as flat
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff

# What only an operator says: calling a question, opening a line, closing the call.
_OPERATOR_WORDS = re.compile(
    r"\b(?:(?:first|next|final|last|follow-up)\s+question\s+(?:today\s+)?(?:comes|will\s+come|is\s+coming|is)\s+from"
    r"|(?:question|questions)\s+(?:comes?|is)\s+from\s+the\s+line\s+of|your\s+line\s+is\s+(?:now\s+)?open"
    r"|(?:take|go\s+to)\s+(?:our|the)\s+(?:first|next)\s+question)",
    re.I,
)
# The operator's own sentences around a hand-over, in flat text without speaker labels.
_ANNOUNCE = re.compile(
    r"(?:\band\s+)?\b(?:(?:your|our|the)\s+(?:first|next|final|last|follow-up)\s+question\s+(?:today\s+)?"
    r"(?:comes|will\s+come|is\s+coming|is)\s+from"
    r"|(?:we\s+(?:now\s+)?have|we'?ll\s+(?:now\s+)?take|we\s+will\s+(?:now\s+)?take)\s+(?:a|our|the|your)\s+"
    r"(?:first\s+|next\s+|final\s+|last\s+)?question\s+from)\b[^.?!]{0,160}?"
    r"(?:(?:[.?!]\s*|\s+)(?:your\s+line\s+is\s+(?:now\s+)?open|please\s+go\s+ahead|please\s+proceed(?:\s+with\s+your\s+question)?)[.!]?|[.?!]|$)",
    re.I,
)
_INSTRUCTIONS = re.compile(
    r"press\s+(?:star|\*)|to\s+ask\s+a\s+question|(?:q\s*&\s*a|question)\s+(?:roster|queue)|limit\s+yourself"
    r"|operator\s+instructions|will\s+now\s+(?:begin|open)\s+the\s+question",
    re.I,
)
_CLOSING = re.compile(
    r"(?:(?:ladies\s+and\s+gentlemen|and)\s*,?\s+)?(?:this|that)\s+(?:does\s+)?(?:concludes?|ends)\s+(?:today'?s|our|the|this)\s+"
    r"(?:conference|call|program|presentation|event|teleconference|webcast)\b.*$",
    re.I | re.S,
)
_OPENING = re.compile(
    r"^.{0,900}?\bwelcome\b.{0,1200}?\b(?:please\s+(?:go\s+ahead|proceed|begin)|you\s+may\s+(?:now\s+)?(?:begin|proceed))\b[.!]?",
    re.I | re.S,
)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
INFERRED = (
    "the source names no speakers: operators, analysts and executives are told apart by their words "
    f"(hand-overs, reply openings); answers by executives the text does not name are under '{flat.UNNAMED}'"
)



class EarningsCallJson:
    name = "earningscall-json"
    description = "earningscall.biz transcript API JSON (levels 1-4, machine transcription)"

    def sniff(self, source: Source) -> float:
        return sniff.earningscall_json(source)

    def parse(self, source: Source) -> Draft:
        text = source.text
        try:
            doc = json.loads(text)
        except ValueError as e:
            raise ParseError(f"{source.label}: not valid JSON ({e}).") from None
        if not isinstance(doc, dict):
            raise ParseError(f"{source.label}: expected a JSON object from the earningscall.biz API.")
        draft = Draft(format=self.name)
        _read_event(draft, doc.get("event"))
        line_of = LineIndex(text)

        speakers = doc.get("speakers")
        if isinstance(speakers, list) and speakers:
            names = doc.get("speaker_name_map_v2") or doc.get("speaker_name_map")
            _read_speakers(draft, text, line_of, speakers, names if isinstance(names, dict) else None)
        elif isinstance(doc.get("prepared_remarks"), str) or isinstance(doc.get("questions_and_answers"), str):
            prepared, qa = doc.get("prepared_remarks"), doc.get("questions_and_answers")
            marked = isinstance(qa, str) and bool(qa.strip())
            execs = flat.executives(prepared if isinstance(prepared, str) else "")
            if isinstance(prepared, str):
                line = _key_line(text, line_of, "prepared_remarks")
                draft.turns += split_flat(prepared, line, Section.PRESENTATION if marked else None, start=1, execs=execs)
            if marked:
                line = _key_line(text, line_of, "questions_and_answers")
                draft.turns += split_flat(qa, line, Section.QA, start=_slots(draft.turns) + 1, execs=execs)
            else:
                draft.warnings.append("the source gives no separate Q&A text; the Q&A start is inferred from the remarks")
            draft.warnings.append(INFERRED)
        elif isinstance(doc.get("text"), str):
            said = doc["text"]
            draft.turns += split_flat(said, _key_line(text, line_of, "text"), None, start=1, execs=flat.executives(said))
            draft.warnings.append("the source is one block of text without speakers or sections; " + INFERRED)
        else:
            raise ParseError(
                f"{source.label}: no `speakers`, `prepared_remarks` or `text` in this JSON; "
                "is it an earningscall.biz transcript response?"
            )
        if not draft.turns:
            raise ParseError(f"{source.label}: the earningscall.biz response holds no transcript text.")
        if draft.event_date is None:
            opening = " ".join(p.text for t in draft.turns[:3] for p in t.paragraphs)[:3000]
            draft.event_date = callinfo.stated_call_date(opening)
        return draft


def _read_event(draft: Draft, event: object) -> None:
    if not isinstance(event, dict):
        return
    year, quarter = event.get("year"), event.get("quarter")
    if isinstance(year, int) and 1900 < year < 2200:
        draft.fiscal_year = year
    if isinstance(quarter, int) and 1 <= quarter <= 4:
        draft.fiscal_quarter = quarter
    when = event.get("conference_date")
    if isinstance(when, str):
        try:
            dt = datetime.fromisoformat(when.replace("Z", "+00:00"))
        except ValueError:
            draft.warnings.append(f"unreadable conference_date {when!r}")
        else:
            # A date without an offset is taken as UTC: the API sends offsets, so this is rare.
            draft.event_date = (dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def _key_line(text: str, line_of: LineIndex, key: str) -> int:
    offsets = key_offsets(text, key)
    return line_of(offsets[0]) if offsets else 1


def _person(sid: str, names: dict | None) -> DraftSpeaker:
    info = names.get(sid) if names else None
    if isinstance(info, str):
        info = {"name": info}
    if not isinstance(info, dict) or not str(info.get("name") or "").strip():
        return DraftSpeaker(name=f"Speaker {sid}")
    name = str(info["name"]).strip()
    title = str(info.get("title") or "").strip() or None
    return speaker(name, title)


def _read_speakers(draft: Draft, text: str, line_of: LineIndex, speakers: list, names: dict | None) -> None:
    starts = key_offsets(text, "speakers")
    offsets = key_offsets(text, "speaker", starts[0] if starts else 0)
    lines = [line_of(o) for o in offsets] if len(offsets) >= len(speakers) else [1] * len(speakers)
    items: list[tuple[str, str, int]] = []
    for entry, line in zip(speakers, lines):
        if not isinstance(entry, dict):
            continue
        words = entry.get("words")
        said = entry.get("text") if isinstance(entry.get("text"), str) else " ".join(str(w) for w in (words if isinstance(words, list) else []))
        said = re.sub(r"\s+", " ", said or "").strip()
        if said:
            items.append((str(entry.get("speaker") or "unknown"), said, line))
    people = {sid: _person(sid, names) for sid, _, _ in items}
    _settle_operator(people, items, draft.warnings, mapped=bool(names))
    if not names:
        draft.warnings.append("the source gives speaker ids without names; speakers are named by id")
    for sid, said, line in items:
        p = people[sid]
        speaker = DraftSpeaker(name=p.name, title=p.title, firm=p.firm, role=p.role)
        draft.turns.append(
            DraftTurn(speaker=speaker, paragraphs=[DraftParagraph(text=said, line_start=line, line_end=line)], header_line=line)
        )


def _settle_operator(people: dict[str, DraftSpeaker], items: list[tuple[str, str, int]], warnings: list[str], *, mapped: bool) -> None:
    """Find the operator by what they say; correct a name map that puts "Operator" elsewhere."""
    calls: dict[str, int] = {}
    for sid, said, _ in items:
        if _OPERATOR_WORDS.search(said):
            calls[sid] = calls.get(sid, 0) + 1
    if not calls:
        return
    caller = max(calls, key=lambda s: calls[s])
    if calls[caller] < 2 and len(items) > 6:
        return
    labelled = [sid for sid, p in people.items() if p.role is Role.OPERATOR]
    if caller in labelled:
        return
    if labelled and mapped:
        wrong = labelled[0]
        if calls.get(wrong, 0) == 0:
            people[wrong], people[caller] = people[caller], people[wrong]
            warnings.append(
                f"the name map labels {wrong} as the operator, but {caller} announces the questions; "
                f"the two names are swapped back ({people[wrong].name} is {wrong})"
            )
        return
    if not mapped or people[caller].name.startswith("Speaker "):
        people[caller].role = Role.OPERATOR


def split_flat(text: str, line: int, section: Section | None, start: int,
                execs: list[flat.Executive] = ()) -> list[DraftTurn]:
    """Cut unlabelled text into operator hand-overs and the talk between them.

    The talk after a hand-over is the called analyst's slot, cut into question, answers and
    follow-ups (`_flat.split_slot`); the remarks are cut where they are handed on to a named
    executive. A slot whose caller is not named gets its own numbered unidentified speaker, so
    one slot never lends its firm to the next.
    """
    text = re.sub(r"\s+", " ", text).strip()
    spans = _operator_spans(text)
    turns: list[DraftTurn] = []
    pos = 0
    slot = start - 1
    in_qa = section is Section.QA
    announced: tuple[str, str | None] | None | bool = False
    for a, b in spans + [(len(text), len(text))]:
        between = text[pos:a].strip()
        if between:
            if in_qa and announced is not False:
                turns += _slot_turns(between, line, section, announced, slot, list(execs))
            elif in_qa:
                # Two digits: the roster merges names whose first and last long tokens agree.
                speaker = DraftSpeaker(name=f"Unidentified Speakers {max(slot, 1):02d}")
                turns.append(_flat_turn(speaker, between, line, section))
            else:
                turns += _remarks_turns(between, line, section, list(execs))
        said = text[a:b].strip()
        announced = False
        if said:
            if _ANNOUNCE.search(said):
                slot += 1
                announced = flat.called(said)
            if announced is not False or _INSTRUCTIONS.search(said):
                in_qa = True
            turns.append(_flat_turn(DraftSpeaker(name="Operator", role=Role.OPERATOR), said, line, section))
        pos = b
    return turns


def _slot_turns(text: str, line: int, section: Section | None, called: tuple[str, str | None] | None,
                slot: int, execs: list[flat.Executive]) -> list[DraftTurn]:
    spans = flat.sentence_spans(text)
    units = [text[a:b] for a, b in spans]
    if called is not None:
        analyst = DraftSpeaker(name=called[0], firm=called[1], role=Role.ANALYST)
    else:
        analyst = DraftSpeaker(name=f"Unidentified Speakers {max(slot, 1):02d}", role=Role.ANALYST)
    turns = []
    for part in flat.split_slot(units, called[0] if called else None, execs):
        said = text[spans[part.start][0]:spans[part.end - 1][1]]
        if part.kind == flat.QUESTION:
            speaker = analyst
        elif part.kind == flat.OPERATOR:
            speaker = DraftSpeaker(name="Operator", role=Role.OPERATOR)
        else:
            speaker = _executive(part.speaker)
        turns.append(_flat_turn(speaker, said, line, section))
    return turns


def _remarks_turns(text: str, line: int, section: Section | None, execs: list[flat.Executive]) -> list[DraftTurn]:
    spans = flat.sentence_spans(text)
    units = [text[a:b] for a, b in spans]
    turns = []
    for part in flat.split_remarks(units, execs):
        said = text[spans[part.start][0]:spans[part.end - 1][1]]
        speaker = _executive(part.speaker) if part.speaker else DraftSpeaker(name="Unidentified Speaker", role=Role.CORPORATE)
        turns.append(_flat_turn(speaker, said, line, section))
    return turns


def _executive(who: flat.Executive | None) -> DraftSpeaker:
    if who is None:
        return DraftSpeaker(name=flat.UNNAMED, role=Role.CORPORATE)
    return DraftSpeaker(name=who.name, title=who.title, role=Role.CORPORATE)


def _flat_turn(speaker: DraftSpeaker, text: str, line: int, section: Section | None) -> DraftTurn:
    return DraftTurn(speaker=speaker, paragraphs=[DraftParagraph(text=text, line_start=line, line_end=line)],
                     section=section, header_line=line)


def _operator_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if m := _OPENING.match(text):
        spans.append((0, m.end()))
    for m in _ANNOUNCE.finditer(text):
        a = _back_over_instructions(text, m.start())
        spans.append((a, m.end()))
    if m := _CLOSING.search(text):
        # Only the last sentences of the call: a "this concludes our prepared remarks" is not it.
        if len(text) - m.start() < 400 and not re.search(r"prepared\s+remarks", m.group(0), re.I):
            spans.append((m.start(), len(text)))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _back_over_instructions(text: str, at: int) -> int:
    """Move a hand-over's start back over the operator's Q&A instructions just before it."""
    start = at
    before = text[:at]
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(before)]
    for s, e in reversed(list(zip(starts, starts[1:] + [len(before)]))):
        sentence = before[s:e].strip()
        if not sentence:
            continue
        if not _INSTRUCTIONS.search(sentence) or at - s > 1500:
            break
        start = s
    return start


def _slots(turns: list[DraftTurn]) -> int:
    return sum(1 for t in turns if t.speaker.role is Role.OPERATOR and _ANNOUNCE.search(t.paragraphs[0].text))


PARSER = EarningsCallJson()
