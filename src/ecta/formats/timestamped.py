"""Speech-to-text exports with timestamps: labelled transcripts and caption files.

Labelled transcripts (Rev, Otter, Zoom and YouTube tools) open each turn with the speaker and the
time, alone on a line or followed by the speech: "Jane Roe (00:01:23):", "Jane Roe - CFO (01:23):",
"Jane Roe: (01:23)", "Jane Roe  0:03", "[00:01:23] Jane Roe: ...". Every other line is a paragraph
of the turn. Anonymous labels ("Speaker 1") are common: the one whose words call the questions
("our next question comes from ...") is the operator.

Caption files (WebVTT, SRT) cut the speech into timed cues, a sentence often over several: the cue
numbers and timings are dropped and the cues joined again, each word keeping its line. A cue may
name its speaker ("Jane Roe: ...", "<v Jane Roe>"); where none does, the turns are read from the
words, as for sentence-per-line text. So are a transcript panel's lines copied with their times and
no names ("0:03" alone on a line, or "0:03 good morning ...").

Neither has headings or participant lists: roles and the Q&A come from who speaks when
(`call_shape`), the fiscal period from the words of the call. A file that starts with the operator
calling a question holds only the Q&A.
"""

from __future__ import annotations

from .. import callinfo
from ..call_shape import announcement
from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import ParseError
from ..model import Role, Section
from ..source import Source
from ..speakers import is_operator_name
from . import _streetevents as se
from ._speaker_lines import parse_label
from . import sniff
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from .bloomberg import company_from_title, only_questions
from .sentences import plain_turns  # the speakerless reading, shared with sentence-per-line text
from .sniff import CAPTION_CUE as _CUE
from .sniff import TIMESTAMPED_LABEL as _LABEL

_CLOCK_ONLY = re.compile(r"^\s*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?\s*$")
_ANONYMOUS = re.compile(r"^(?:speaker|participant|unknown\s+speaker|voice|spk)\s*[-_]?\s*(?:\d{1,3}|[A-Z])?$", re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|\d{1,3}|de|del|della|da|di|van|von|der|den|le|la|du|dos|bin|al)$")
# What only an operator says: calling a question, the keypad, the listen-only mode, the end of the call.
_OPERATOR_SAYS = re.compile(
    r"\b(?:first|next|following|last|final)\s+question\s+(?:comes?|is|will\s+come)\s+from\b"
    r"|\bfrom\s+the\s+line\s+of\b|\boperator\s+instructions\b|\bpress(?:ing)?\s+star\b|\blisten[\s-]only\s+mode\b"
    r"|\bno\s+(?:further|more)\s+questions\b|\b(?:this|that)\s+concludes\s+(?:today'?s|our|the|this)\b",
    re.I,
)
# The credit a speech-to-text tool signs its export with ("Transcribed by https://otter.ai"): the end, not speech.
_TOOL_CREDIT = re.compile(r"^\W*(?:transcribed|transcription|transcript)\s+(?:(?:generated|produced|created)\s+)?by\s+\S+$", re.I)
_VOICE_TAG = re.compile(r"<v(?:\.[\w.]+)?\s+(?P<name>[^>]{1,80})>")
_CUE_TAG = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)\b[^>]{0,80}>|<\d{1,2}:\d{2}[^>]{0,10}>")
_SENTENCE_END = re.compile(r"[.?!][\"'”’)]*$")
_TITLE_TICKER = re.compile(r"\((?:[A-Z]{2,10}:\s*)?(?P<ticker>[A-Z][A-Z0-9.\-]{0,9})\)")
# ", our Chief Financial Officer" after a speaker's name: the title runs to its head word.
_INTRODUCED_AS = (
    r",\s+(?:(?:our|the|and|is)\s+)*(?P<title>(?:[A-Z][\w&'’\-]*\s+|(?:of|and|&)\s+){0,6}"
    r"(?:Officer|President|Chair(?:man|woman|person)?|Director|Treasurer|Controller|Counsel|Relations|CEO|CFO|COO|CTO))\b"
)
UNKNOWN = "Unknown Speaker"


class Timestamped:
    name = "timestamped"
    description = "Speech-to-text export with timestamps (Rev, Otter, Zoom, YouTube: `Name (00:01:23):`; WebVTT, SRT)"

    def sniff(self, source: Source) -> float:
        return sniff.timestamped(source)

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        draft = Draft(format=self.name)
        if any("-->" in ln and _CUE.match(ln) for ln in lines):
            _read_captions(lines, draft)
        else:
            _read_labelled(lines, draft)
            if not draft.turns:
                _read_stamped_lines(lines, draft)
        if not draft.turns:
            raise ParseError(f"{source.label}: no timestamped speaker lines (`Name (00:01:23):`) or caption cues found.")
        _mark_operator(draft.turns)
        _name_callers(draft)
        _titles_from_introductions(draft.turns)
        if only_questions(draft.turns):
            for t in draft.turns:
                t.section = Section.QA
        if draft.event_date is None:
            draft.event_date = callinfo.stated_call_date(" ".join(p.text for t in draft.turns[:3] for p in t.paragraphs))
        return draft


def _read_labelled(lines: list[str], draft: Draft) -> None:
    turn: DraftTurn | None = None
    header: list[str] = []
    speakers: dict[str, DraftSpeaker] = {}
    for n, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or _CLOCK_ONLY.match(line):
            continue
        if turn is not None and _TOOL_CREDIT.match(line):
            break
        m = _LABEL.match(line)
        label = _label(m.group("label")) if m and sniff.timestamp_of(m) else None
        if label is not None:
            name, title, firm = label
            name = _cased(name)
            speaker = speakers.setdefault(name, DraftSpeaker(name=name))
            speaker.title, speaker.firm = speaker.title or title, speaker.firm or firm
            if turn is None or turn.speaker is not speaker:
                # A label repeated after a pause (Otter stamps every minute or so) goes on with the same turn.
                turn = DraftTurn(speaker=speaker, header_line=n)
                draft.turns.append(turn)
            if m.group("text"):
                turn.paragraphs.append(DraftParagraph(text=m.group("text"), line_start=n, line_end=n))
        elif turn is not None:
            turn.paragraphs.append(DraftParagraph(text=line, line_start=n, line_end=n))
        else:
            header.append(line)
    _read_header(header, draft)


def _label(label: str) -> tuple[str, str | None, str | None] | None:
    """(name, title, firm) from "Jane Roe", "Jane Roe - CFO", "Jane Roe, Acme Securities"; None if not a speaker."""
    parts = re.split(r"\s+[-–—]\s+|,\s*", label.strip(), maxsplit=1)
    name, extra = parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 60 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if name.lower() in {"note", "date", "title", "source", "duration", "transcript", "recording"}:
        return None
    firm, title = se.split_affiliation(extra) if extra else (None, None)
    return name, title, firm


def _cased(name: str) -> str:
    """ "NORA BECK" -> "Nora Beck": broadcast captions set everything in capitals, and a name read that way matches
    the operator's "question comes from Nora Beck" nowhere else."""
    return name.title() if name.isupper() and len(name) > 3 else name


def _read_header(header: list[str], draft: Draft) -> None:
    for line in header:
        if draft.event_date is None and len(line) < 60 and (date := callinfo.date_from_text(line)) is not None:
            draft.event_date = date
        elif draft.title is None and re.search(r"\b(?:call|earnings|results|conference)\b", line, re.I) and len(line) < 160:
            draft.title = line
            draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(line)
            draft.company = company_from_title(line)
            ticker = _TITLE_TICKER.search(line)
            draft.ticker = ticker.group("ticker") if ticker else None


def _read_captions(lines: list[str], draft: Draft) -> None:
    """Cue text joined into turns: a new turn where a cue names a speaker or marks a change (">>")."""
    words: list[tuple[str, int]] = []
    turns: list[tuple[str | None, list[tuple[str, int]]]] = []
    in_cue = named = False
    previous = None
    for n, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            in_cue = False
            continue
        if "-->" in line and _CUE.match(line):
            in_cue = True
            continue
        if not in_cue:
            continue  # cue numbers, the file header, NOTE and STYLE blocks: none follows a timing line
        voice = _VOICE_TAG.search(line)
        text = _CUE_TAG.sub("", line).strip()
        if text == previous:
            continue  # rolling captions repeat the line before
        previous = text
        speaker = voice.group("name").strip() if voice else None
        changed = text.startswith(">>")
        text = text.lstrip("> ").strip()
        label = parse_label(text) if speaker is None else None
        if label is not None and _label(label[0]) is not None:
            speaker, text = label[0], label[3]
        speaker = _cased(speaker) if speaker is not None else None
        if changed or speaker is not None and not (turns and turns[-1][0] == speaker):
            # A voice tag on every cue: a new turn only where the voice changes.
            named = named or speaker is not None
            words = []
            turns.append((speaker, words))
        elif not turns:
            turns.append((None, words))
        words.extend((w, n) for w in text.split())
    if not named:
        _unnamed([pair for _, ws in turns for pair in ws], draft)
        return
    speakers: dict[str, DraftSpeaker] = {}
    for name, ws in turns:
        if not ws:
            continue
        speaker = speakers.setdefault(name or UNKNOWN, DraftSpeaker(name=name or UNKNOWN))
        lines_of = [n for _, n in ws]
        draft.turns.append(DraftTurn(speaker=speaker, paragraphs=[DraftParagraph(
            text=" ".join(w for w, _ in ws), line_start=min(lines_of), line_end=max(lines_of), word_lines=lines_of)]))


def _read_stamped_lines(lines: list[str], draft: Draft) -> None:
    """A transcript panel copied with its times and no names ("0:03" alone, or "0:03 good morning ..."): the
    lines after the first time are the call's words."""
    words: list[tuple[str, int]] = []
    header: list[str] = []
    started = False
    for n, raw in enumerate(lines, start=1):
        m = sniff.TIMESTAMPED_LINE.match(raw)
        started = started or m is not None
        if not started:
            if raw.strip():
                header.append(raw.strip())
            continue
        text = (m.group("text") or "") if m else raw
        words.extend((w, n) for w in text.split())
    _read_header(header, draft)
    _unnamed(words, draft)


def _unnamed(words: list[tuple[str, int]], draft: Draft) -> None:
    """Speech that names no speakers, cut into sentences and read as sentence-per-line text is."""
    rows, sentence = [], []
    for word, n in words:
        sentence.append((word, n))
        if _SENTENCE_END.search(word):
            rows.append(_row(sentence))
            sentence = []
    if sentence:
        rows.append(_row(sentence))
    draft.turns = plain_turns(rows) if rows else []
    if draft.turns:
        draft.warnings.append("the source names no speakers: turns and roles are read from the words")


def _row(words: list[tuple[str, int]]) -> tuple[None, str, int, int]:
    return None, " ".join(w for w, _ in words), words[0][1], words[-1][1]


def _mark_operator(turns: list[DraftTurn]) -> None:
    """An anonymous voice ("Speaker 1") that calls the questions is the operator: the one that says such
    things most often, where no one is labelled Operator."""
    if any(is_operator_name(t.speaker.name) or t.speaker.role is Role.OPERATOR for t in turns):
        return
    said: dict[str, int] = {}
    for t in turns:
        if _ANONYMOUS.match(t.speaker.name) and _OPERATOR_SAYS.search(_text(t)):
            said[t.speaker.name] = said.get(t.speaker.name, 0) + 1
    if said:
        operator = max(said, key=lambda name: said[name])
        for t in turns:
            if t.speaker.name == operator:
                t.speaker.role = Role.OPERATOR


def _name_callers(draft: Draft) -> None:
    """An anonymous voice ("Speaker 3") heard only in one caller's slot, first right after the operator calls
    them by name, is that caller. A label heard in several slots stands for several people and stays as it is."""
    turns = draft.turns
    operator = [t.speaker.role is Role.OPERATOR or is_operator_name(t.speaker.name) for t in turns]
    slot_of: dict[str, set[int]] = {}
    slot = -1
    for i, t in enumerate(turns):
        if operator[i]:
            slot = i
        else:
            slot_of.setdefault(t.speaker.name, set()).add(slot)
    for i, t in enumerate(turns[:-1]):
        following = turns[i + 1].speaker
        if not operator[i] or operator[i + 1] or not _ANONYMOUS.match(following.name) or slot_of[following.name] != {i}:
            continue
        called = announcement(_text(t))
        if called is None or any(s.name == called[0] for s in (x.speaker for x in turns)):
            continue
        draft.warnings.append(f"the anonymous label {following.name!r} is read as {called[0]}, the caller the operator named")
        following.name, following.firm, following.role = called[0], following.firm or called[1], Role.ANALYST


def _titles_from_introductions(turns: list[DraftTurn]) -> None:
    """Titles the call itself gives where the labels give none: "I will now hand the call to Jane Roe, Chief
    Financial Officer", "With me is Jane Roe, our CFO". The labels name the speakers, so only their names are looked for."""
    opening = " ".join(_text(t) for t in turns[:12])
    for speaker in {id(t.speaker): t.speaker for t in turns}.values():
        if speaker.title or speaker.role is not None or _ANONYMOUS.match(speaker.name) or speaker.name not in opening:
            continue
        m = re.search(re.escape(speaker.name) + _INTRODUCED_AS, opening)
        if m:
            speaker.title = m.group("title")


def _text(turn: DraftTurn) -> str:
    return " ".join(p.text for p in turn.paragraphs)


PARSER = Timestamped()
