"""Answers a source left inside the analyst's turn.

Scraped transcripts sometimes miss a change of speaker: the analyst's question runs straight on into the answer
("... any upside from there? Yes, thanks, Dana. So first, ..."), and the next turn is the operator's. Left as it is,
management's words count as the analyst's (tone, facts marked as the analyst's estimates) and the question looks
unanswered. When nobody from the company speaks after an analyst, the answer is cut out of the analyst's turn at the
question mark after which an answer opens, and given to an unidentified company representative, as vendors label a
voice they could not name.
"""

from __future__ import annotations

from . import lazy_re as re  # compiles each pattern on first use: start-up
from .formats.base import DraftParagraph, DraftSpeaker, DraftTurn
from .model import Participant, Role, Section
from .speakers import Roster

SPEAKER = "Unidentified Company Representative"
MIN_ANSWER_WORDS = 40
"""Shorter tails are the analyst's own sign-off ("? Thank you, that's all from me.")."""
CLEAR_WORDS = 30
"""An answer does not ask a question of its own in its first words; a second question's preamble does."""

_OPENER = re.compile(
    r"(?:yes|yeah|yep|no|sure|thanks|thank\s+you|great|good|well|so|okay|ok|look|absolutely|right|correct|"
    r"i\s+think|i'd|i\s+would|i'll|let\s+me|it's|that's|it\s+is|that\s+is)\b",
    re.I,
)
_ASKED = re.compile(r"\?[\"'”’)\]]*\s+")


def split_run_on_answers(turns: list[DraftTurn], speakers: list[Participant], sections: list[Section],
                         roster: Roster) -> None:
    """Cut answers out of analysts' turns that nobody from the company answers (in place)."""
    i = 0
    while i < len(turns):
        nxt = speakers[i + 1] if i + 1 < len(turns) else None
        if (speakers[i].role is Role.ANALYST and sections[i] is Section.QA
                and (nxt is None or nxt.role is not Role.CORPORATE)):
            answer = _cut(turns[i])
            if answer is not None:
                speaker = DraftSpeaker(name=SPEAKER, role=Role.CORPORATE)
                turns.insert(i + 1, DraftTurn(speaker=speaker, paragraphs=answer, section=Section.QA,
                                              page=answer[0].page))
                speakers.insert(i + 1, roster.add(speaker, listed=False))
                sections.insert(i + 1, Section.QA)
                i += 1
        i += 1


def _cut(turn: DraftTurn) -> list[DraftParagraph] | None:
    """The answer's paragraphs, taken off `turn`, or None when the turn holds no answer."""
    for at, p in enumerate(turn.paragraphs):
        for m in _ASKED.finditer(p.text):
            rest = p.text[m.end():]
            if not _OPENER.match(rest):
                continue
            tail = rest.split() + [w for q in turn.paragraphs[at + 1:] for w in q.text.split()]
            if len(tail) < MIN_ANSWER_WORDS or "?" in "".join(tail[:CLEAR_WORDS]):
                continue
            head, first = _split(p, m.end())
            turn.paragraphs, answer = turn.paragraphs[:at] + [head], [first] + turn.paragraphs[at + 1:]
            return answer
    return None


def _split(p: DraftParagraph, at: int) -> tuple[DraftParagraph, DraftParagraph]:
    """`p` cut at character `at`; words keep their lines and pages where the paragraph has them."""
    head_text, tail_text = p.text[:at].rstrip(), p.text[at:].lstrip()
    n = len(head_text.split())
    lines, pages = p.word_lines, p.word_pages
    if lines and len(lines) == len(p.text.split()):
        head = DraftParagraph(head_text, p.line_start, lines[n - 1], p.page, pages[n - 1] if pages else p.page,
                              p.kind, lines[:n], pages[:n] if pages else None)
        tail = DraftParagraph(tail_text, lines[n], p.line_end, pages[n] if pages else p.page_end or p.page,
                              p.page_end, p.kind, lines[n:], pages[n:] if pages else None)
        return head, tail
    # Without per-word lines the cut's line is unknown: both halves keep the paragraph's span.
    return (DraftParagraph(head_text, p.line_start, p.line_end, p.page, p.page_end, p.kind),
            DraftParagraph(tail_text, p.line_start, p.line_end, p.page, p.page_end, p.kind))
