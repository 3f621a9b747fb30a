"""Tone: Loughran-McDonald category counts per turn, speaker, role and section."""

from __future__ import annotations

import re

from ..model import Transcript
from . import lexicon
from .models import Tone, ToneCounts, ToneRow

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# LM lists "question" as negative (doubt); on a call it names the Q&A itself ("next question").
_PROCEDURAL = frozenset({"question", "questions"})


_BOILERPLATE = re.compile(
    r"\b(?:forward[\s-]looking\s+statements?|safe\s+harbou?r|actual\s+results\s+(?:could|may|might)\s+differ"
    r"|risk\s+factors|undertake\s+no\s+obligation)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
"""The safe-harbour statement ("risks and uncertainties ... could differ materially") is legal boilerplate,
not the call's tone: its sentences are not counted."""

_COURTESY = re.compile(r"\b(?:good|great)\s+(?:morning|afternoon|evening|day|questions?)\b", re.I)
"""Greetings and "great question" are manners, not positive tone."""


_INDEX: list = [None, {}]
"""The lists last read, and for each word in them the categories it is in: one lookup per word of the call instead of
one per word and category."""


def _categories_of(lists: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    if _INDEX[0] is not lists:
        index: dict[str, list[str]] = {}
        for c in lexicon.CATEGORIES:  # in the order counts are kept
            for w in lists[c]:
                index.setdefault(w, []).append(c)
        _INDEX[:] = [lists, {w: tuple(cs) for w, cs in index.items() if w not in _PROCEDURAL}]
    return _INDEX[1]


def count(text: str, lists: dict[str, frozenset[str]]) -> ToneCounts:
    if _BOILERPLATE.search(text):
        text = " ".join(x for x in _SENTENCE.split(text) if not _BOILERPLATE.search(x))
    text = _COURTESY.sub(" ", text)
    words = _WORD.findall(text.lower())
    counts = {c: 0 for c in lexicon.CATEGORIES}
    index = _categories_of(lists)
    for w in words:
        for c in index.get(w, ()):
            counts[c] += 1
    return ToneCounts(words=len(words), **counts)


def tone(t: Transcript, lists: dict[str, frozenset[str]] | None = None) -> Tone:
    lists = lists if lists is not None else lexicon.load()
    per_turn = [count(turn.text, lists) for turn in t.turns]

    def rows(keyed: dict[str, tuple[str, ToneCounts]]) -> list[ToneRow]:
        return [ToneRow(key=k, label=label, counts=c, net=c.net) for k, (label, c) in keyed.items()]

    sections: dict[str, tuple[str, ToneCounts]] = {}
    roles: dict[str, tuple[str, ToneCounts]] = {}
    speakers: dict[str, tuple[str, ToneCounts]] = {}
    for turn, c in zip(t.turns, per_turn):
        for table, key, label in (
            (sections, turn.section.value, "prepared remarks" if turn.section.value == "presentation" else "Q&A"),
            (roles, turn.speaker.role.value, "management" if turn.speaker.role.value == "corporate" else turn.speaker.role.value),
            (speakers, turn.speaker.id, turn.speaker.name),
        ):
            prev = table.get(key)
            table[key] = (label, prev[1] + c if prev else c)
    return Tone(
        by_section=rows(sections),
        by_role=rows(roles),
        by_speaker=rows(speakers),
        by_turn=[ToneRow(key=str(turn.index), label=turn.speaker.name, counts=c, net=c.net)
                 for turn, c in zip(t.turns, per_turn)],
    )
