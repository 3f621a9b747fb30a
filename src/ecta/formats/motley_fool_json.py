"""Motley Fool transcripts scraped to JSON (usually saved as .txt).

Layout: one pretty-printed object with `header_texts` (["Contents:", "Prepared Remarks:",
"Questions and Answers:", "Call participants:"]), `prepared_remarks` and `q_and_a` lists of
`{"speaker", "speech"}` (speech holds `\\n` paragraph breaks), and `participants` strings
`"Name--Title"` or `"Name--Firm -- Analyst"`. The last entry is a fake speaker
`"Duration: N minutes"`. Some scrapes put the whole call, Q&A included, into
`prepared_remarks`, with the page's headings ("Questions and Answers:", "Call participants:")
as fake speakers and the participant list as speakers with empty speech. The file names no
company, date or period: those are read from the operator's welcome where it says them.
"""

from __future__ import annotations

import json
from .. import lazy_re as re  # compiles each pattern on first use: start-up

from .. import callinfo
from ..errors import ParseError
from ..model import Section
from ..source import Source
from . import _fool
from ._jsonlines import LineIndex
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn
from . import sniff

_LISTS = ("prepared_remarks", "q_and_a")
# The quote first and the escape test after it: a pattern opening with a literal is found by the engine's fast scan,
# one opening with a lookbehind is tried at every character of the file.
_TOP_KEY = re.compile(r'"(?<!\\")(header_texts|prepared_remarks|q_and_a|participants)"\s*:')
_SPEECH_KEY = re.compile(r'"(?<!\\")speech"\s*:')
_SPEAKER_KEY = re.compile(r'"(?<!\\")speaker"\s*:')
_TICKER = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|NYSE\s?American|AMEX|TSX|OTC)\s*:\s*(?P<t>[A-Z][A-Z0-9.\-]{0,9})\)")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_STAGE_ONLY = re.compile(r"^\s*\[[^\]]{1,60}\]\s*$")


class MotleyFoolJson:
    name = "motley-fool-json"
    description = "Motley Fool transcript scraped to JSON (prepared_remarks / q_and_a / participants)"

    def sniff(self, source: Source) -> float:
        return sniff.motley_fool_json(source)

    def parse(self, source: Source) -> Draft:
        text = source.text
        try:
            doc = json.loads(text)
        except ValueError as e:
            raise ParseError(f"{source.label}: not valid JSON ({e}).") from None
        if not isinstance(doc, dict) or not any(isinstance(doc.get(k), list) for k in _LISTS):
            raise ParseError(f"{source.label}: no Motley Fool `prepared_remarks` / `q_and_a` lists found.")

        draft = Draft(format=self.name)
        line_of = LineIndex(text)
        spans = _entry_spans(text, doc, line_of, draft.warnings)

        for entry in _list(doc, "participants"):
            if isinstance(entry, str) and (sp := _fool.parse_participant(entry)) is not None:
                draft.participants.append(sp)

        lists = {key: [e for e in _list(doc, key) if isinstance(e, dict)] for key in _LISTS}
        qa_real = any(_has_speech(e) for e in lists["q_and_a"] if not _fool.DURATION.match(str(e.get("speaker", ""))))
        for key in _LISTS:
            # When the Q&A list is empty the Q&A sits inside the prepared remarks (or there is
            # none): leave sections unmarked so assemble finds the hand-over from the text.
            if key == "prepared_remarks":
                section = Section.PRESENTATION if qa_real else None
            else:
                section = Section.QA if qa_real else None
            self._read_list(draft, lists[key], spans.get(key, []), section)

        opening = " ".join(p.text for t in draft.turns[:3] for p in t.paragraphs[:3])
        if m := _TICKER.search(opening):
            draft.ticker = m.group("t")
        # The file carries no date; a few operators say it ("today is October 21, 2021").
        draft.event_date = callinfo.stated_call_date(opening)
        if not draft.turns:
            raise ParseError(f"{source.label}: the Motley Fool JSON holds no speech.")
        return draft

    def _read_list(self, draft: Draft, entries: list[dict], spans: list[tuple[int, int]], section: Section | None) -> None:
        mode = "speech"
        for i, entry in enumerate(entries):
            speaker = str(entry.get("speaker") or "").strip()
            speech = entry.get("speech")
            speech = speech if isinstance(speech, str) else ""
            speaker_line, speech_line = spans[i] if i < len(spans) else (1, 1)
            if _fool.DURATION.match(speaker):
                mode = "after"
                continue
            if _fool.is_participants_heading(speaker):
                mode = "participants"
                continue
            is_heading, opens = _fool.heading(speaker)
            if is_heading:
                if opens is not None:
                    section = opens
                    # A heading inside the list marks the Q&A itself: the turns before it are
                    # the prepared remarks, whatever the caller assumed.
                    if opens is Section.QA:
                        for t in draft.turns:
                            t.section = t.section or Section.PRESENTATION
                continue
            if mode == "participants":
                # Names listed after "Call participants:", their speech a page footer at most.
                if (sp := _fool.parse_participant(speaker)) is not None:
                    draft.participants.append(sp)
                continue
            if mode == "after" or not speaker:
                continue
            # Some scrapes write hyphens as U+2010/U+2011, which no pattern downstream expects.
            speech = speech.translate(_HYPHENS)
            paragraphs = [
                DraftParagraph(text=p.strip(), line_start=speech_line, line_end=speech_line)
                for p in speech.split("\n")
                if p.strip()
            ]
            if not paragraphs:
                continue
            name, _, rest = speaker.partition("--")
            sp = _fool.split_name_title(name, rest) if rest else DraftSpeaker(name=speaker)
            draft.turns.append(DraftTurn(speaker=sp, paragraphs=paragraphs, section=section, header_line=speaker_line))


def _has_speech(entry: dict) -> bool:
    """True for an entry with words in it, not only a placeholder like "[Operator signoff]"."""
    speech = entry.get("speech")
    if not isinstance(speech, str):
        return False
    return any(p.strip() and not _STAGE_ONLY.match(p) for p in speech.split("\n"))


def _entry_spans(text: str, doc: dict, line_of: LineIndex, warnings: list[str]) -> dict[str, list[tuple[int, int]]]:
    """(speaker line, speech line) of every entry of each list, read from the raw text.

    The keys are found in document order between one top-level key and the next; where
    the count does not match the decoded list (an odd layout), the list's own line is used.
    """
    tops = [(m.group(1), m.start()) for m in _TOP_KEY.finditer(text)]
    out: dict[str, list[tuple[int, int]]] = {}
    for key in _LISTS:
        entries = doc.get(key)
        if not isinstance(entries, list) or not entries:
            continue
        starts = [pos for k, pos in tops if k == key]
        if not starts:
            continue
        start = starts[0]
        later = [pos for _, pos in tops if pos > start]
        end = min(later) if later else len(text)
        speakers = [line_of(m.start()) for m in _SPEAKER_KEY.finditer(text, start, end)]
        speeches = [line_of(m.start()) for m in _SPEECH_KEY.finditer(text, start, end)]
        if len(speakers) == len(entries) == len(speeches):
            out[key] = list(zip(speakers, speeches))
        else:
            line = line_of(start)
            out[key] = [(line, line)] * len(entries)
            warnings.append(f"could not place the entries of `{key}` on their lines; they point at the list")
    return out


PARSER = MotleyFoolJson()


def _list(doc: dict, key: str) -> list:
    """A list field, or [] where a scrape left another type in its place."""
    v = doc.get(key)
    return v if isinstance(v, list) else []
