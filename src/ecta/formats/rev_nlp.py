"""Rev `.nlp` speech-recognition references (Earnings-21 / Earnings-22): one token per line.

    token|speaker|ts|endTs|punctuation|prepunctuation|case|tags      (Earnings-22)
    token|speaker|ts|endTs|punctuation|case|tags|wer_tags            (Earnings-21)

The header names the columns, so both sets are read by name. Text is rebuilt as
prepunctuation + token + punctuation, casing as given. A turn is a run of one speaker id.

Speakers carry no names, only ids: id N becomes "Speaker N+1" (Rev numbers from 0, its own
transcripts from 1). Names the operator says ("your next question comes from ...") are not
trusted as the identity of a speaker id, so they never replace "Speaker N"; they only tell
roles: the speaker who uses the operator's phrases is the operator, the first new voice after
a Q&A hand-over is an analyst, whoever speaks before the Q&A is with the company.

Non-word tokens (`<inaudible>`, `<crosstalk>`, `<unk>`, `<laugh>` ...) are kept out of the
speech text so that sentences and figures read cleanly; a paragraph made only of them stays,
as a stage paragraph such as `[crosstalk]`.

Paragraphs: a turn is cut after every few sentences; each paragraph spans the file lines of
its first and last tokens (line 1 is the header).
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..errors import ParseError
from ..model import ParagraphKind, Role, Section
from ..source import Source
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff
from .sniff import REV_HEADER as _HEADER

_SENTENCES_PER_PARAGRAPH = 4
_HOST_WORDS = 150
"""A host moving the call to questions says a few sentences; a turn longer than this is prepared remarks."""
_NONWORD = re.compile(r"^<[^<>]{1,40}>$")
_SENTENCE_END = {".", "?", "!", "…"}

# Phrases only the call's operator says.
_OPERATOR = re.compile(
    r"""\b(?:welcome\s+to\s+(?:the|today'?s)?\s*\S.*\b(?:call|conference|webcast|presentation)
        |\b(?:first|next)\s+question\s+(?:comes?|is|will\s+come|will\s+be)\b
        |\b(?:we'?ll|we\s+will)\s+(?:now\s+)?(?:go|move|take)\s+(?:on\s+)?(?:\w+\s+){0,3}?(?:to|from)\b
        |\b(?:our|your|the)\s+next\s+question\b|\bplease\s+go\s+ahead\s+with\s+your\s+question
        |\bstar\s+(?:one|1)\b|\byour\s+line\s+is\s+(?:now\s+)?open
        |question[\s-]and[\s-]answer\s+session\s+will\s+(?:begin|now\s+begin)
        |\(?operator\s+instructions\)?
        |(?:press|pressing)\s+(?:star|\*)\s*(?:one|1|zero|0)?
        |all\s+(?:participants|lines)\s+(?:are|have\s+been)\s+(?:in\s+a\s+)?(?:listen[\s-]only|placed\s+on\s+mute)
        |(?:this|today'?s)\s+(?:call|conference)\s+is\s+being\s+recorded
        |i\s+would\s+now\s+like\s+to\s+(?:turn|hand)\s+the\s+(?:call|conference|floor)\s+over)""",
    re.I | re.X,
)
_HANDOVER = re.compile(
    r"\b(?:first|next|following|last|final)\s+question\b|\bquestions?\s+(?:comes?|is\s+coming|is)\s+from\b"
    r"|\bfrom\s+the\s+line\s+of\b|\bgo\s+ahead\b|\byour\s+line\s+is\s+(?:now\s+)?open\b"
    r"|\bquestion\s+from\b|\b(?:go|move)\s+(?:on\s+)?(?:first\s+|next\s+|now\s+|back\s+)?to\b"
    # "Next, we have Maria Lopez from ...", "Up next is ...": the caller introduced without the word "question"
    r"|\bnext,?\s+we\s+have\b|\b(?:next\s+up|up\s+next)\s+(?:is|we\s+have)\b",
    re.I,
)
_FILLER = re.compile(r"\b(?:um+|uh+|er|ah|eh|hmm)\b[,.…]*\s*", re.I)
# A caller's first words: "I have two questions", "thanks for taking my question".
_ASKS = re.compile(
    r"\b(?:i\s+have|i'?ve\s+got|i\s+had)\s+(?:a|one|two|three|a\s+couple\s+of|a\s+few)\s+(?:quick\s+)?questions?\b"
    r"|\b(?:taking|take)\s+my\s+questions?\b|\bmy\s+(?:first\s+)?question\s+is\b",
    re.I,
)
_QA_OPEN = re.compile(
    r"\b(?:first|next)\s+question\b|\bquestions?\s+(?:comes?|is\s+coming)\s+from\b"
    r"|\b(?:begin|start|open)\s+(?:the\s+)?(?:question|q\s*(?:&|and)\s*a)"
    r"|question[\s-]and[\s-]answer\s+session\s+will\s+(?:now\s+)?begin|\bgo\s+first\s+to\b|\bpress\s+star\b"
    r"|\b(?:take|taking)\s+(?:your\s+|some\s+|any\s+)?questions\b"
    r"|\bopen\s+(?:up\s+)?(?:the\s+)?(?:line|lines|floor|call)\s+(?:up\s+)?(?:for|to)\s+(?:your\s+)?questions\b",
    re.I,
)


class RevNlp:
    name = "rev-nlp"
    description = "Rev Earnings-21/22 `.nlp` ASR references: one token per line with a speaker id"

    def sniff(self, source: Source) -> float:
        return sniff.rev_nlp(source)

    def parse(self, source: Source) -> Draft:
        lines = source.lines
        if not lines or not _HEADER.match(lines[0]):
            raise ParseError(f"{source.label}: no `token|speaker|...` header line; not a Rev .nlp file.")
        columns = [c.strip().lower() for c in lines[0].lstrip("\ufeff").split("|")]
        col = {name: i for i, name in enumerate(columns)}
        runs = _runs(lines, col)
        if not runs:
            raise ParseError(f"{source.label}: the Rev .nlp file holds no tokens.")
        draft = Draft(format=self.name)
        speakers: dict[str, DraftSpeaker] = {}
        for speaker_id, tokens in runs:
            sp = speakers.setdefault(speaker_id, DraftSpeaker(name=_speaker_name(speaker_id)))
            paragraphs = _paragraphs(tokens)
            if paragraphs:
                draft.turns.append(DraftTurn(speaker=sp, paragraphs=paragraphs))
        if not draft.turns:
            raise ParseError(f"{source.label}: the Rev .nlp file holds no words.")
        _roles_and_sections(draft.turns)
        return draft


# (line number, text piece, ends a sentence, non-word marker)
_Token = tuple[int, str, bool, bool]


def _runs(lines: list[str], col: dict[str, int]) -> list[tuple[str, list[_Token]]]:
    i_tok, i_spk = col.get("token", 0), col.get("speaker", 1)
    i_punct, i_pre = col.get("punctuation"), col.get("prepunctuation")
    runs: list[tuple[str, list[_Token]]] = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("|")
        if len(cells) <= max(i_tok, i_spk):
            continue
        token, speaker = cells[i_tok].strip(), cells[i_spk].strip()
        if not token:
            continue
        punct = cells[i_punct].strip() if i_punct is not None and i_punct < len(cells) else ""
        pre = cells[i_pre].strip() if i_pre is not None and i_pre < len(cells) else ""
        marker = bool(_NONWORD.match(token))
        ends = bool(punct) and punct[-1] in _SENTENCE_END
        piece = token if marker else pre + token + punct
        if not runs or runs[-1][0] != speaker:
            runs.append((speaker, []))
        runs[-1][1].append((n, piece, ends, marker))
    return runs


def _paragraphs(tokens: list[_Token]) -> list[DraftParagraph]:
    out: list[DraftParagraph] = []
    words: list[str] = []
    lines: list[int] = []
    markers: list[str] = []
    first = last = 0
    sentences = 0

    def flush() -> None:
        nonlocal words, lines, markers, sentences
        if words:
            out.append(DraftParagraph(text=" ".join(words), line_start=first, line_end=last, word_lines=lines))
        elif markers:
            text = " ".join(f"[{m.strip('<>')}]" for m in dict.fromkeys(markers))
            out.append(DraftParagraph(text=text, line_start=first, line_end=last, kind=ParagraphKind.STAGE))
        words, lines, markers, sentences = [], [], [], 0

    for n, piece, ends, marker in tokens:
        if not words and not markers:
            first = n
        last = n
        if marker:
            markers.append(piece)
            if ends and words and words[-1][-1] not in _SENTENCE_END:
                words[-1] += "."
        else:
            words.append(piece)
            lines.append(n)
        if ends:
            sentences += 1
            if sentences >= _SENTENCES_PER_PARAGRAPH:
                flush()
    flush()
    return out


def _operator_voices(turns: list[DraftTurn]) -> set[str]:
    """Speakers who use the operator's phrases in at least a third of their turns, and keep them short
    (an executive welcoming listeners to the call goes on for pages)."""
    stats: dict[str, list[int]] = {}
    for t in turns:
        text = _text(t)
        s = stats.setdefault(t.speaker.name, [0, 0, 0])
        s[0] += 1
        s[1] += bool(_OPERATOR.search(text))
        s[2] += len(text.split())
    return {name for name, (n, hits, words) in stats.items() if hits and hits * 3 >= n and words / n < 150}


def _hands_over(text: str) -> bool:
    """The operator gives the line to a caller, rather than reading a written question out
    (then whoever speaks next answers it, and is with the company)."""
    calls = list(_HANDOVER.finditer(text[-400:]))
    return bool(calls) and "?" not in text[-400:][calls[-1].end():]


def _speaker_name(speaker_id: str) -> str:
    return f"Speaker {int(speaker_id) + 1}" if speaker_id.isdigit() else f"Speaker {speaker_id}"


def _text(turn: DraftTurn) -> str:
    return " ".join(p.text for p in turn.paragraphs if p.kind is not ParagraphKind.STAGE)


def _roles_and_sections(turns: list[DraftTurn]) -> None:
    """Operator from its phrases; the Q&A from its first question call; analysts from hand-overs."""
    # ASR gives the operator a new id now and then, so every voice that talks like one is one.
    operators = _operator_voices(turns)
    for t in turns:
        if t.speaker.name in operators:
            t.speaker.role = Role.OPERATOR
    start = None
    spoken: set[str] = set()
    for i, t in enumerate(turns):
        name = t.speaker.name
        presenters = spoken - operators - {name}
        if presenters and _QA_OPEN.search(_text(t)[-600:]):
            if name in operators:
                start = i
                break
            if name in spoken:
                # A presenter handing over to the operator ends the remarks; the Q&A opens after.
                start = i + 1 if i + 1 < len(turns) and turns[i + 1].speaker.name in operators else i
                break
            if len(presenters) >= 2:
                # A new voice moving the call to questions: a host, not the usual operator, opens the Q&A
                # with that turn; a presenter whose first turn is prepared remarks ending in the hand-over
                # ("..., operator, we'll take questions") ends the remarks, and the Q&A opens after it.
                remarks = len(_text(t).split()) > _HOST_WORDS and i + 1 < len(turns)
                start = i + 1 if remarks else i
                break
        spoken.add(name)
    if start is None:
        return
    for i, t in enumerate(turns):
        t.section = Section.QA if i >= start else Section.PRESENTATION
    corporate = {t.speaker.name for t in turns[:start] if t.speaker.name not in operators}
    called = False
    for t in turns[start:]:
        name = t.speaker.name
        if name in operators:
            called = _hands_over(_text(t))
            continue
        if t.speaker.role is None:
            # A voice the operator did not call answers for the company (ASR often gives an
            # executive a new id in the Q&A), unless its first words ask something.
            # Without an operator nobody is called by name, so the words must tell.
            opening = _FILLER.sub("", _text(t)[:400]).replace(",", "")
            asks = not operators and name not in corporate and bool(_ASKS.search(opening))
            t.speaker.role = Role.ANALYST if (called and name not in corporate) or asks else Role.CORPORATE
        called = False
    for t in turns:
        if t.speaker.role is None and t.speaker.name in corporate:
            t.speaker.role = Role.CORPORATE


PARSER = RevNlp()
