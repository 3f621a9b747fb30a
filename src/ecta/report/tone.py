"""Tone: Loughran-McDonald category counts per turn, speaker, role and section."""

from __future__ import annotations

import math
from .. import lazy_re as re  # compiles each pattern on first use, from stored engine code: start-up

from ..facts.guard import gated, guarded
from ..assemble import read_out
from ..model import Participant, Role, Transcript
from . import lexicon
from .models import Tone, ToneContrast, ToneCounts, ToneRow

MIN_WORDS = 150
MIN_HITS = 10
"""A net score is read only over at least this many words, of which this many are positive or negative.
With ten polarity words one word more or less moves the net by 0.2; with two, a -1.00 is one sentence."""

SIGNIFICANCE = 0.05
"""Two-sided p-value under which two scopes of one call differ in tone (the same speakers, the same day)."""

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# LM lists "question" as negative (doubt); on a call it names the Q&A itself ("next question").
_PROCEDURAL = frozenset({"question", "questions"})


_BOILERPLATE = re.compile(
    r"\b(?:forward[\s-]looking\s+statements?|safe\s+harbou?r|actual\s+results\s+(?:could|may|might)\s+differ"
    r"|risk\s+factors|undertake\s+no\s+obligation)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
"""The safe-harbour statement ("risks and uncertainties ... could differ materially") is legal boilerplate,
not the call's tone: its sentences are not counted."""

_COURTESY = re.compile(
    r"\b(?:good|great)\s+(?:morning|afternoon|evening|day|questions?)\b"
    r"|\bas\s+(?:you\s+|many\s+of\s+you\s+)?(?:may\s+|will\s+|might\s+|can\s+)?recall\b"
    r"|\b(?:closing|concluding)\s+(?:remarks|comments)\b"
    r"|\b(?:closed|closing|close)(?=\s+(?:(?:on|of|the|our|this|that|two|three|several|\d+)\s+)*(?:[\w-]+\s+)?"
    r"(?:acquisitions?|deals?|transactions?|purchases?|divestitures?|financing|offering|quarter|year|books?)\b)",
    re.I)
"""Greetings and "great question" are manners, not positive tone; "as you may recall", "closing remarks" and a deal or
a quarter "closed" are the call's procedure and business, not the negative words LM's lists (made for 10-Ks, where
"recall" is a product recall and "closed" a shut plant) count them as."""
# Behind a lookahead of their first characters, and asked only of a turn holding one of the words every match holds
# (see facts.guard): the same matches, fewer positions tried, most turns not scanned at all.
_BOILERPLATE, _COURTESY = gated(guarded(_BOILERPLATE)), gated(guarded(_COURTESY))


_UNNAMED = "Unknown Speaker"
"""The name a source without speakers gives every voice it cannot place (formats.sentences): read as management in
the prepared remarks, where the parser puts it, but as no one's in the Q&A, where questions and answers mix."""


_INDEX: list = [None, {}]
"""The lists last read, and for each word in them the categories it is in: one lookup per word of the call instead of
one per word and category."""


def _categories_of(lists: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    if _INDEX[0] is not lists:
        index: dict[str, tuple[str, ...]] = {}
        get = index.get
        for c in lexicon.CATEGORIES:  # in the order counts are kept
            for w in lists[c]:
                prev = get(w)
                index[w] = (c,) if prev is None else prev + (c,)
        for w in _PROCEDURAL:
            index.pop(w, None)
        _INDEX[:] = [lists, index]
    return _INDEX[1]


def count(text: str, lists: dict[str, frozenset[str]]) -> ToneCounts:
    if _BOILERPLATE.search(text):
        text = " ".join(x for x in _SENTENCE.split(text) if not _BOILERPLATE.search(x))
    if _COURTESY.search(text):
        text = _COURTESY.sub(" ", text)
    words = _WORD.findall(text.lower())
    counts = {c: 0 for c in lexicon.CATEGORIES}
    get = _categories_of(lists).get
    for cs in [cs for w in words if (cs := get(w))]:  # a word in no list (most) costs one lookup
        for c in cs:
            counts[c] += 1
    return ToneCounts(words=len(words), **counts)


def tone(t: Transcript, lists: dict[str, frozenset[str]] | None = None) -> Tone:
    lists = lists if lists is not None else lexicon.load()
    per_turn = [count(turn.text, lists) for turn in t.turns]

    def rows(keyed: dict[str, tuple[str, ToneCounts]]) -> list[ToneRow]:
        return [row(k, label, c) for k, (label, c) in keyed.items()]

    sections: dict[str, tuple[str, ToneCounts]] = {}
    roles: dict[str, tuple[str, ToneCounts]] = {}
    speakers: dict[str, tuple[str, ToneCounts]] = {}
    read = _read_for(t)
    turn_labels = []
    for turn, c in zip(t.turns, per_turn):
        label = turn.speaker.name
        parts = [(turn.speaker, c)]
        if turn.index in read:
            # A question a moderator reads out is the questioner's words: only the call for it is the moderator's.
            asker = read[turn.index]
            question = read_out(turn.text)
            calling = turn.text[:turn.text.rfind(question)] if question != turn.text else ""
            parts = [(turn.speaker, count(calling, lists)), (asker, count(question, lists))] if calling else [(asker, c)]
            label = f"{asker.name}, read by {turn.speaker.name}"
        turn_labels.append(label)
        for person, part in parts:
            _add(sections, roles, speakers, turn, person, part)
    said_as = {p.id: "unidentified" if p.name == _UNNAMED and not p.listed else _ROLE_LABEL.get(p.role.value, p.role.value)
               for p in _people(t)}
    if unmarked(t):
        # One voice and one section only because the source marks none: "prepared remarks" would say what it is not.
        sections = {k: ("whole text", c) for k, (_, c) in sections.items()}
        roles, speakers = {}, {}
    result = Tone(
        by_section=rows(sections),
        by_role=rows(roles),
        by_speaker=[r.model_copy(update={"role": said_as.get(r.key)}) for r in rows(speakers)],
        by_turn=[row(str(turn.index), label, c) for turn, label, c in zip(t.turns, turn_labels, per_turn)],
    )
    for table, a, b in ((result.by_role, "corporate", "analyst"), (result.by_section, "presentation", "qa")):
        found = {r.key: r for r in table}
        if a in found and b in found:
            result.contrasts.append(contrast(found[a], found[b]))
    return result


_ROLE_LABEL = {"corporate": "management"}


def unmarked(t: Transcript) -> bool:
    """A source that names no one and marks no Q&A (a sentence file of a call's fragment): every word is one
    unnamed voice's, so neither its sections, its roles nor its questions can be told apart."""
    return (not t.exchanges and all(turn.section.value == "presentation" for turn in t.turns)
            and all(turn.speaker.name == _UNNAMED and not turn.speaker.listed for turn in t.turns))


def _people(t: Transcript) -> list[Participant]:
    """Everyone whose words are counted: the speakers, and the questioners whose questions a moderator read out."""
    return [turn.speaker for turn in t.turns] + [ex.analyst for ex in t.exchanges if ex.read_by]


def _read_for(t: Transcript) -> dict[int, Participant]:
    """The turns in which a moderator reads out someone's question, and whose question it is."""
    return {i: ex.analyst for ex in t.exchanges if ex.read_by for i in ex.question_turns
            if t.turns[i].speaker.id == ex.read_by or t.turns[i].speaker.role is Role.OPERATOR}


def _add(sections: dict, roles: dict, speakers: dict, turn, person: Participant, c: ToneCounts) -> None:
    role = person.role.value
    if turn.section.value == "qa" and not person.listed and person.name == _UNNAMED:
        role = "unidentified"  # a voice no line names, in the Q&A: an analyst's as likely as management's
    for table, key, label in (
        (sections, turn.section.value, "prepared remarks" if turn.section.value == "presentation" else "Q&A"),
        (roles, role, {"corporate": "management", "unidentified": "unidentified (Q&A)"}.get(role, role)),
        (speakers, person.id, person.name),
    ):
        prev = table.get(key)
        table[key] = (label, prev[1] + c if prev else c)


def readable(c: ToneCounts) -> bool:
    return c.words >= MIN_WORDS and c.positive + c.negative >= MIN_HITS


def row(key: str, label: str, c: ToneCounts) -> ToneRow:
    return ToneRow(key=key, label=label, counts=c, net=c.net, readable=readable(c))


def contrast(a: ToneRow, b: ToneRow) -> ToneContrast:
    """Whether `a` and `b` differ in tone: the positive share of their polarity words, pooled two-proportion
    z-test. Net = 2 * share - 1, so the test on the share is the test on the net."""
    out = ToneContrast(first=a.label, second=b.label, first_net=a.net, second_net=b.net, verdict="too few words to read")
    if not (a.readable and b.readable):
        return out
    k1, n1 = a.counts.positive, a.counts.positive + a.counts.negative
    k2, n2 = b.counts.positive, b.counts.positive + b.counts.negative
    pooled = (k1 + k2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (k1 / n1 - k2 / n2) / se if se > 0 else 0.0
    p = math.erfc(abs(z) / math.sqrt(2)) if se > 0 else 1.0
    verdict = "too close to read" if p >= SIGNIFICANCE else f"{a.label if z > 0 else b.label} more positive"
    return out.model_copy(update={"z": round(z, 2), "p_value": round(p, 4), "verdict": verdict})


def speakers_shown(tone: Tone) -> list[ToneRow]:
    """The table by speaker as a report shows it: everyone but the operator, in the order they first speak."""
    return [r for r in tone.by_speaker if r.role != "operator"]


def net_text(r: ToneRow) -> str:
    """The net as a report shows it: a score too thin to read is marked n.s. with the words it rests on."""
    if r.readable:
        return f"{r.net:+.2f}"
    return f"n.s. ({r.counts.positive}+/{r.counts.negative}-)"


def contrast_text(c: ToneContrast) -> str:
    said = f"{c.first} {c.first_net:+.2f} vs {c.second} {c.second_net:+.2f}"
    if c.verdict == "too few words to read":
        return f"{c.first} vs {c.second}: too few words to read"
    return f"{c.first} vs {c.second}: {c.verdict} ({said}; p = {c.p_value:.3f})"


NOTE = (f"n.s.: net not significant, under {MIN_WORDS} words or under {MIN_HITS} positive plus negative words "
        f"(counts shown as positive+/negative-). Differences tested with a two-proportion z-test on the positive "
        f"share of the polarity words, p < {SIGNIFICANCE}.")
