"""Figures a speaker takes back. `misstated` pairs one figure with the next sentence's correction of it; `take_back`
reads the other forms.

"I said cash was $4.2 billion; the correct number is $4.1 billion, not $4.2 billion", "Let me fix one number from my
remarks. Service revenue was $318 million, not $381 million.", "I gave unit margin as 22.4%, up 60 basis points. The right
figures are 21.9%, up 30 basis points.", "The segment margin was 17.1%, not the figure I gave earlier." The misstated
figure is no fact: not in the correction, not where it was first given, not where an analyst quoted it back. The
corrected figure is of the misstated one's measure.
"""

from __future__ import annotations

from decimal import Decimal

from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up

from ..model import Fact
from .extract import CORRECTED
from .guard import any_in, lowered
from .numbers import find_quantities

FIX_WORDS = ("orrect", "isspoke", "isstat", "hould have said", "fix", "Fix", "typo", "Typo", "misread", "pologi")
"""Words of a turn that takes a figure back; a turn without any is never read here."""
_FIXING = re.compile(r"\b(?:correct(?:ing)?|fix(?:ing)?)\s+(?:something|one|a|an|the|my|myself|that|what|two|an?\s+error)\b|\bcorrections?\b|"
                     r"\bmisspoke\b|\bmisstat(?:ed|ement)\b|\bshould\s+have\s+said\b|\btypo\b|\bI\s+misread\b|\bapologi(?:es|ze|se)\b", re.I)
"""'let me correct one number', 'let me fix something', 'a correction', 'I misspoke', 'a typo', 'apologies' (a slip owned
before the figure is set right: "apologies. Fees were $41 million, not $44 million"); not 'that's correct'."""
_WHO = r"(?:I|we|he|she|(?-i:[A-Z][a-z]+))"
"""Who gave the figure taken back: the speaker, or a colleague named or said as "he" or "she" ("Dana gave the margin as ...")."""
_SAID = re.compile(r"\W*(?:[^:;.?!]{1,60}:\s*)?(?:and\s+)?(?:(?:in|during|from)\s+(?:my|our|the|his|her)\s+(?:prepared\s+|opening\s+)?(?:remarks|comments|script),?\s+|earlier,?\s+)?"
                   + _WHO + r"\s+(?:had\s+)?(?:said|mentioned|stated|gave|quoted|read\s+out)\b", re.I)
_RIGHT = re.compile(r"\b(?:the\s+)?(?:right|correct|actual|accurate)\s+(?:numbers?|figures?|growth(?:\s+rate)?|rates?|percentages?|amounts?)\s+"
                    r"(?:is|was|are|were|should\s+be)\b|\bshould\s+have\s+(?:said|been)\b"
                    r"|\b(?:is|was|are|were)\s+right,?\s+but\s+the\s+(?:[\w-]+\s+){0,2}?(?:numbers?|figures?|amounts?)\s+(?:is|was|should\s+be)\b", re.I)
""""The right number is 10.5%", "the store count is right, but the dollar figure is $329 million": what replaces it."""
_NOT_BEFORE = re.compile(r"[,;]\s*(?:and\s+)?not\s+(?:the\s+)?(?:(?P<way>up|down|higher|lower|better|worse)\s+(?:by\s+)?(?:the\s+)?)?$", re.I)
""""$238 million, not $248 million": the figure after "not" is the one taken back. With its way ("24.6%, which is flat to
last year, not up 10 basis points") it is a move taken back with no move put in its place (`way`)."""
_RATHER_BEFORE = re.compile(r"\s+rather\s+than\s+(?:the\s+)?$", re.I)
""""I need to correct my remarks: ... the improvement is 10 basis points rather than 20": the same taking back, read so
only in a sentence that says it corrects (elsewhere "rather than" weighs one choice against another)."""


_NOT_FIGURE = re.compile(r"[,;]\s*not\s+(?:the\s+)?[$€£]?\d", re.I)
""""The rate was 4.3%, not 4.2%, so it rose 10 basis points rather than 6.": a sentence that takes one figure back
says it corrects as plainly as one that names the correction."""


def _not_before(s: str, pos: int) -> bool:
    return _NOT_BEFORE.search(s, 0, pos) is not None or (
        "rather" in s and _RATHER_BEFORE.search(s, 0, pos) is not None
        and (_FIXING.search(s) is not None or _NOT_FIGURE.search(s) is not None))


_NOT_GIVEN = re.compile(r"\bnot\s+(?:the\s+)?(?:figure|number|one|amount|percentage)s?\s+(?:that\s+)?(?:(?P<own>I|we)|he|she|(?-i:[A-Z][a-z]+)|"
                        r"(?:was|were)(?=\s+(?:given|said|quoted|read)\b))\s+"
                        r"(?:gave|given|said|quoted|used|mentioned|cited|had|read(?:\s+out)?)\b|\bnot\s+what\s+(?P<own2>I|we)\s+(?:said|gave)\b", re.I)
_DID_YOU_SAY = re.compile(r"\b(?:(?:did|didn['’]t)\s+you\s+(?:just\s+)?(?:say|mention|give)|"
                          r"I\s+(?:think|believe|thought)\s+you\s+(?:just\s+)?(?:said|mentioned|gave))\b", re.I)
"""An analyst asking back a figure of the remarks ("did you say SG&A improved 25 basis points?", "I think you said
freight was 5.1% of sales"): when the answer's turn admits a mistake ("I misread my notes"), the figure asked about is
the one taken back."""
_KIN = ({"revenue", "segment_revenue", "growth"}, {"margin", "gross_margin", "operating_margin", "ebitda_margin", "net_interest_margin"})
"""Metrics one figure may be read under in different sentences (a part's margin read as the company's, or the reverse)."""


def same_thing(a: str, b: str) -> bool:
    """Can a figure read with metric `a` be the one read with metric `b`? Not when each names a different one."""
    return a == b or "other" in (a, b) or any(a in k and b in k for k in _KIN)


def _key(f: Fact) -> tuple:
    return f.value, f.low, f.high, f.unit


def _unsigned(f: Fact) -> tuple:
    return _unsigned_key(_key(f))


def _unsigned_key(key: tuple) -> tuple:
    value, low, high, unit = key
    return (abs(value) if value is not None else None), low, high, unit


def _sentences(facts: list[Fact]) -> list[list[int]]:
    """The facts' indices, one list per sentence of a turn, in order."""
    out: list[list[int]] = []
    for i, f in enumerate(facts):
        if out and facts[out[-1][0]].sentence == f.sentence and facts[out[-1][0]].turn == f.turn:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _places(facts: list[Fact], idx: list[int]) -> dict[int, int]:
    """Where each fact of one sentence stands in it, in the order spoken (a figure said twice is found twice)."""
    out, cursor = {}, 0
    for i in idx:
        f = facts[i]
        pos = f.sentence.find(f.text, cursor) if f.text else -1
        if pos < 0:
            pos = max(f.sentence.find(f.text), 0) if f.text else 0
        else:
            cursor = pos + 1
        out[id(f)] = pos
    return out


def _pairs(said: list[Fact], right: list[Fact]) -> list[tuple[Fact, Fact]]:
    """Each misstated figure with the corrected one of its unit, in the order both were said."""
    out, free = [], list(right)
    for s in said:
        r = next((r for r in free if r.unit == s.unit and _key(r) != _key(s)), None)
        if r is not None:
            free = [x for x in free if x is not r]
            out.append((s, r))
    return out


def _scaled_as(q, right: Decimal) -> Decimal:
    """The figure taken back, in the scale of the right one when it was said without its own ("should have been $1.82
    million a unit, not 1.92": 1.92 million)."""
    v = q.value
    if q.scaled or not v or abs(v) >= abs(right):
        return v
    return next((v * m for m in _SCALES if Decimal("0.5") <= abs(right) / abs(v * m) <= 2), v)


_SCALES = (Decimal(1000), Decimal(1000000), Decimal(1000000000))


def take_back(facts: list[Fact], fixing: set[int]) -> list[Fact]:
    """Drop the figures taken back in the turns `fixing` (turns that hold a `FIX_WORDS` word), and give the corrected
    figures the measure of the ones they replace."""
    groups = _sentences(facts)
    index = {id(f): i for i, f in enumerate(facts)}
    drop: set[int] = set()
    asked_back: set[int] = set()  # the corrected figures of an answer to a figure asked back
    wrong: list[tuple[int, tuple, Fact, Fact | None]] = []  # (where corrected, key taken back, its fact or the corrected one, corrected)
    moved: dict[int, list[Fact]] = {}  # a misstated level's corrected moves, said with the corrected level
    # The moves taken back by their way with "not" ("24.6%, which is flat to last year, not up 10 basis points"), by where
    # corrected: one reading (`_NOT_BEFORE`'s `way`) and one record, where two once stood side by side (a set of signed
    # keys and a list of negated moves, each with its own pattern) and could drift apart. The record serves both places
    # such a move is found where first given: by its way and size, in any turn before (not a fall of the same size said
    # of something else), and, when the sentence sets one misstated level right, as the move said beside that level,
    # by its size alone (its way may have been worded otherwise there), with every quote of it.
    moves_back: dict[int, list[Fact]] = {}
    for g, idx in enumerate(groups):
        first = facts[idx[0]]
        if first.turn not in fixing:
            continue
        s = first.sentence
        right_m = _RIGHT.search(s)
        here = [facts[i] for i in idx]
        at = _places(facts, idx)
        said: list[Fact] = []
        right: list[Fact] = []
        if right_m is not None and _SAID.match(s) and any(at[id(f)] < right_m.start() for f in here):
            said = [f for f in here if at[id(f)] < right_m.start()]  # "I said ... $4.2 billion; the correct number is $4.1 billion"
            right = [f for f in here if at[id(f)] > right_m.start()]
        elif right_m is not None and g > 0 and facts[groups[g - 1][0]].turn == first.turn and _SAID.match(facts[groups[g - 1][0]].sentence):
            said = [facts[i] for i in groups[g - 1]]  # "I gave X as 22.4%, up 60 basis points. The right figures are ..."
            # "The 48 days is right, but the third quarter figure was 51 days": a figure said again before "is right" stands
            said = [f for f in said if not (f.text and f.text in s[:right_m.start()])]
            right = [f for f in here if at[id(f)] > right_m.start()]
        for f in here:
            if not _not_before(s, at[id(f)]):
                continue
            # ("24.6%, which is flat to last year, not up 10 basis points": a move taken back after its level set right)
            r_f = max((o for o in here if (o.unit == f.unit or f.change is not None and o.unit == "%" and f.unit == "bps")
                       and at[id(o)] < at[id(f)] and _key(o) != _key(f)), key=lambda o: at[id(o)], default=None)
            way = f.change is not None and (n := _NOT_BEFORE.search(s, 0, at[id(f)])) is not None and n.group("way") is not None
            if r_f is None and not (way and f in right):
                continue
            drop.add(index[id(f)])  # "... $4.1 billion, not $4.2 billion"
            if way:
                moves_back.setdefault(idx[0], []).append(f)
            if r_f is not None and (r_f.value is None) == (f.value is None):
                # "grow high single digits next year, not 12%": a band set against a figure weighs the two, it fixes
                # no slip, so the figure said before stands
                wrong.append((idx[0], _key(f), f, r_f))
        right = [f for f in right if f not in moves_back.get(idx[0], ())]  # a move taken back is no corrected figure
        pairs = _pairs(said, right)
        for s_f, r_f in pairs:
            drop.add(index[id(s_f)])
            wrong.append((idx[0], _key(s_f), s_f, r_f))
        if len(pairs) == 1:
            # "I gave the margin as 10.7%. The right number is 10.5%, 25 basis points better than a year ago.": the move
            # said with the corrected level replaces the one said with the misstated level where that was first given
            moved[id(pairs[0][0])] = [r for r in right if r.change is not None and r is not pairs[0][1]]
        if not said:
            kept = [f for f in here if index[id(f)] not in drop]
            for q in find_quantities(s):
                if q.value is not None and _not_before(s, q.start) and kept and at[id(kept[0])] < q.start:
                    r_f = max((f for f in kept if at[id(f)] < q.start), key=lambda o: at[id(o)])
                    if r_f.value is not None and q.value != r_f.value:  # "316 service centers, not 318": a bare figure taken back
                        wrong.append((idx[0], (_scaled_as(q, r_f.value), None, None, q.unit or r_f.unit), r_f, r_f))
        if (not said and g > 0 and "you" in facts[groups[g - 1][0]].sentence and facts[groups[g - 1][0]].turn != first.turn
                and facts[groups[g - 1][0]].speaker != first.speaker):
            # "Did you say SG&A improved 25 basis points?" answered "It improved by 15 basis points ... I misread my
            # notes.": the first figures of the answering turn replace those the question asked back, unit by unit
            asked = [facts[i] for i in groups[g - 1] if _DID_YOU_SAY.search(facts[i].sentence)]
            asked_pairs = _pairs(asked, here)
            for s_f, r_f in asked_pairs:
                drop.add(index[id(s_f)])
                wrong.append((idx[0], _key(s_f), s_f, r_f))
                asked_back.add(id(r_f))
            if len(asked_pairs) == 1:
                # a level asked back and answered with its move ("6.2%, 50 basis points better"): that move replaces
                # the one first said with the misstated level
                moved[id(asked_pairs[0][0])] = [r for r in here if r.change is not None and r is not asked_pairs[0][1]]
        if (m := _NOT_GIVEN.search(s)) is not None:
            for r_f in (f for f in here if at[id(f)] < m.start()):
                # "The segment margin was 17.1%, not the figure I gave": the same measure said before by the speaker
                own = m.group("own") or m.group("own2")
                # "not the figure Dana read out", "not the number that was read out": a colleague's figure, taken back by
                # another speaker; a slip lies near the truth, so only a figure within a third of the right one is it
                before = next((facts[j] for j in range(idx[0] - 1, -1, -1)
                               if (facts[j].speaker == r_f.speaker if own else _near(facts[j], r_f))
                               and (facts[j].metric, facts[j].unit, facts[j].period, facts[j].basis) == (r_f.metric, r_f.unit, r_f.period, r_f.basis)
                               and _key(facts[j]) != _key(r_f)), None)
                if before is not None:
                    wrong.append((idx[0], _key(before), before, r_f))
    if not wrong:
        return facts
    update: dict[int, dict] = {}
    for at, key, s_f, r_f in wrong:
        first = None
        for j in range(at):
            f = facts[j]
            # "we have reduced our share count by a little over 22%" (-22), taken back as "I gave the share count
            # reduction as a little over 22%" (22): the same figure, its sign said by the first wording only
            if (_key(f) == key or _unsigned(f) == _unsigned_key(key) and all(_key(m) != key for m in moves_back.get(at, ()))) and (
                    same_thing(f.metric, s_f.metric) or (r_f is not None and same_thing(f.metric, r_f.metric))) and not (
                    # "I said data fees grew 38%" takes back a growth, not "CTV was 38% of spend", a level of the same size
                    f.change is None and s_f.change is not None):
                drop.add(j)
                if first is None:
                    first = f
                    for m in moved.get(id(s_f), ()):
                        # the first move after the misstated level in the sentence it was first given in
                        g = next((o for o in facts[j + 1:at] if o.sentence == f.sentence and o.unit == m.unit), None)
                        if g is not None and g.change == m.change and _key(g) != _key(m) and same_thing(g.metric, f.metric):
                            # (and where it was quoted back before the correction)
                            drop.update(k for k in range(at) if _key(facts[k]) == _key(g) and facts[k].metric == g.metric)
                            if m.metric == "other" and g.metric != "other":
                                update[index[id(m)]] = {"metric": g.metric, "phrase": g.phrase, "basis": g.basis}
                    for m in (moves_back.get(at, ()) if id(s_f) in moved else ()):
                        g = next((o for o in facts[j + 1:at] if o.sentence == f.sentence and o.unit == m.unit), None)
                        if g is not None and g.change is not None and _unsigned(g) == _unsigned(m):
                            # and where it was quoted back before the correction, whatever measure the quote's words seem to name
                            drop.update(k for k in range(at) if _key(facts[k]) == _key(g) and facts[k].change is not None
                                        and same_thing(facts[k].metric, g.metric))
        if first is not None:
            # "I thought I heard 3.9 for the quarter" between the slip and its fix: another voice quoting the slip back,
            # whatever measure its own words seem to name
            start = next(j for j in range(at) if facts[j] is first)
            drop.update(k for k in range(start + 1, at) if _key(facts[k]) == _key(first)
                        and facts[k].speaker not in (first.speaker, r_f.speaker if r_f is not None else None))
        if r_f is not None and first is not None:
            fix = {}
            if r_f.metric == "other" and first.metric != "other":
                fix = {"metric": first.metric, "phrase": first.phrase, "basis": first.basis}
            if id(r_f) in asked_back and not same_thing(first.metric, r_f.metric):
                fix = {"metric": first.metric, "phrase": first.phrase, "basis": first.basis}  # the misstated figure's measure
            if (first.value is not None and first.value < 0 and r_f.value is not None and r_f.value > 0
                    and (s_f.value is None or s_f.value > 0 or id(r_f) in asked_back
                         # "I said we took $1.4 billion out of inventories. The right figure is $1.6 billion.": a bare
                         # figure with no way of its own (not "It was up $0.02", a way said anew)
                         or r_f.change is None and r_f.direction is None)):
                # the corrected figure said as plainly as the one it replaces: the way the first one was said
                fix.update(value=-r_f.value, direction=first.direction, change=r_f.change or first.change)
            if fix:
                update[index[id(r_f)]] = fix
    return [f.model_copy(update=update[i]) if i in update else f for i, f in enumerate(facts) if i not in drop]


def _near(a: Fact, b: Fact) -> bool:
    return a.value is not None and b.value is not None and a.value * b.value > 0 and 0.75 <= a.value / b.value <= 1.34


_CONCEDED = re.compile(r"\byou(?:['’]re|\s+are)\s+(?:quite\s+|absolutely\s+)?(?:right|correct)\b|\bgood\s+catch\b|\bmy\s+(?:mistake|error|bad)\b|\b(?:mistake|error|slip)\s+on\s+my\s+part\b"
                       r"|\b(?:digits|numbers|figures)\s+(?:were\s+)?(?:reversed|transposed|swapped|flipped)\b", re.I)
CONCEDE_WORDS = ("right", "correct", "catch", "mistake", "error", "my bad", "revers", "transpos", "swapped", "flipped")
"""A slip owned when a listener points it out ("You are right, ..., 12%, not 21%", "good catch", "a mistake on my part",
"the digits were transposed"): a turn that says so and takes a figure back with "not" corrects as one that says "let me correct" does."""


def fixing_turns(turns) -> set[int]:
    """The turns that hold a word of correction (substring tests of the text as said first: no lower-cased copy)."""
    out = set()
    for t in turns:
        for p in t.paragraphs:
            if any_in(p.text, FIX_WORDS) and (_FIXING.search(p.text) or _RIGHT.search(p.text)):
                out.add(t.index)
                break
            if "not " in p.text and any_in(p.text, CONCEDE_WORDS) and _NOT_FIGURE.search(p.text) and _CONCEDED.search(p.text):
                out.add(t.index)
                break
    return out


def corrects(sentence: str) -> bool:
    """Does the sentence correct a figure (CORRECTED)? Each of its forms holds one of the words tested first."""
    low = lowered(sentence)
    if low is not None and not any_in(low, ("right", "correct", "actual", "accurate", "should", "misspoke")):
        return False
    return CORRECTED.search(sentence) is not None


_SAID_BEFORE = re.compile(r"\W*(?:and\s+)?" + _WHO + r"\s+(?:had\s+)?(?:said|mentioned|stated|gave)\b", re.I)
"""The sentence before a correction, when it gives the figure corrected ("I said mobile revenue grew 14%.")."""


def misstated(facts: list[Fact]) -> list[Fact]:
    """"I said mobile revenue grew 14%. The right number is 11%.": the figure corrected is no fact, where it is restated
    and where the speaker first gave it."""
    drop: set[int] = set()
    for i in range(1, len(facts)):
        f, p = facts[i], facts[i - 1]
        if (p.sentence != f.sentence and p.speaker == f.speaker and p.metric == f.metric and p.unit == f.unit
                and (p.value, p.low, p.high) != (f.value, f.low, f.high) and _SAID_BEFORE.match(p.sentence)
                and (m := CORRECTED.search(f.sentence)) and f.sentence.find(f.text) > m.start()):
            drop.add(i - 1)
            # the figure as first given, where a part's margin may have been read as the company's or the reverse
            drop.update(j for j in range(i - 1) if facts[j].speaker == p.speaker
                        and (facts[j].metric == p.metric or facts[j].metric in _KIN[1] and p.metric in _KIN[1])
                        and facts[j].unit == p.unit and (facts[j].value, facts[j].low, facts[j].high) == (p.value, p.low, p.high)
                        and facts[j].change == p.change)
    return [f for i, f in enumerate(facts) if i not in drop]
