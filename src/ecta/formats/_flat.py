"""Who speaks in text that names no speakers: the structure of a call read from its words.

Shared by every parser whose source has no speaker labels (earningscall.biz levels 1 and 4,
sentence-per-line files). A parser cuts the text into units (sentences or lines) and asks:

- `called(text)`: the analyst and firm an operator hand-over names, in any case (machine
  transcripts are often all lower case);
- `executives(text)`: the executives the remarks introduce ("With me today are Jane Roe, our
  Chief Financial Officer, ...", "I'll turn the call over to our CFO, Jane Roe");
- `split_remarks(units, execs)`: where a speaker hands the remarks on to a named executive
  ("I'll turn it over to Jane", "Jane will take you through the numbers", "Over to you, Jane"),
  and where a unit opens by thanking someone by name (a new voice; after a hand-over or with a
  greeting, the thanked one is who spoke before);
- `split_slot(units, analyst, execs)`: one analyst's slot cut into question, answers and
  follow-ups.

Every split is a list of `Part`s covering the units in order, each unit in exactly one part,
so no word is lost or repeated. When the words give no clear cue the slot stays whole: a
wrong split misattributes more than none.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from dataclasses import dataclass

UNNAMED = "Management (unnamed)"
"""One corporate participant for the answers of executives the text does not name."""

QUESTION, ANSWER, REMARKS, OPERATOR = "question", "answer", "remarks", "operator"


@dataclass(frozen=True)
class Executive:
    name: str
    title: str | None = None


@dataclass
class Part:
    kind: str
    start: int
    end: int
    """Units [start, end) of the input."""
    speaker: Executive | None = None
    """For an answer or remarks part: the executive the text says is speaking, if any."""


_WORD = r"[A-Za-z][\w.'’\-]*"
# "... comes from the line of Jane Roe with Acme Securities. Your line is open." The name and
# firm may be lower case; the name is the shortest run of words before the firm or the close.
_CALLED = re.compile(
    rf"\b(?:from\s+the\s+line\s+of|(?:comes?|coming|is|will\s+(?:be\s+)?come)\s+from|question\s+from|to\s+the\s+line\s+of)"
    rf"\s+(?!the\b|line\b|our\b|your\b)(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}?)"
    rf"(?:,?\s+(?:with|from|of|at)\s+(?P<firm>[^.?!,]{{2,60}}?))?"
    rf"\s*(?:[.?!,]|$|\s+(?:your|please|go\s+ahead|you\s+may|who)\b)",
    re.I,
)
_NOT_NAME = {"a", "an", "the", "our", "your", "line", "question", "analyst", "participant", "caller"}


def called(text: str) -> tuple[str, str | None] | None:
    """(name, firm) of the last analyst an operator's words hand the line to."""
    found = None
    for m in _CALLED.finditer(text):
        name = m.group("name").strip(" .,")
        if name.split()[0].lower() in _NOT_NAME or len(name) < 3:
            continue
        firm = (m.group("firm") or "").strip(" .,") or None
        found = (_cased(name), _cased(firm) if firm else None)
    return found


def _cased(words: str) -> str:
    """A machine transcript's lower-case name, capitalised; a name already cased is kept."""
    return words if words != words.lower() else " ".join(w[:1].upper() + w[1:] for w in words.split())


_TITLE_WORDS = (
    r"(?:(?:senior|executive|group|deputy|global)\s+)*(?:chief\s+\w+\s+officer|c[efo]o|president|chair(?:man|woman|person)?"
    r"|(?:senior\s+|executive\s+)?vice\s+president|treasurer|controller|head\s+of\s+\w+(?:\s+\w+)?|director\s+of\s+\w+(?:\s+\w+)?"
    r"|founder|general\s+counsel)"
)
_PERSON = r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’\-]+){1,2})"
# "Jane Roe, our Chief Financial Officer" / "Jane Roe, President and CEO" in an introduction.
_INTRODUCED = re.compile(
    _PERSON + rf",\s+(?i:(?:(?:our|the|and|is)\s+)*(?P<title>{_TITLE_WORDS}(?:(?:,?\s+and\s+|\s*&\s*|\s+)(?:{_TITLE_WORDS}))*))"
)
_INTRO_SENTENCE = re.compile(
    r"(?:\bwith\s+me\b|\bjoining\s+(?:me|us)\b|\b(?:on\s+the\s+call|here)\s+(?:today\s+)?(?:are|is|with\s+me)\b|\bpresent\s+(?:today\s+)?are\b)",
    re.I,
)
# "I'll turn the call over to our CFO, Jane Roe" / "... over to Jane Roe, our CFO" / "... to Jane".
_HAND_ON = re.compile(
    r"(?i:\b(?:turn|hand|pass)(?:ing)?\s+(?:it|the\s+call|things|the\s+floor|the\s+line)?\s*(?:back\s+)?(?:over\s+)?to\s+"
    rf"(?:(?:our|my|[A-Z][\w&.\-]*['’]s)\s+(?P<title>{_TITLE_WORDS}(?:\s+and\s+{_TITLE_WORDS})?),?\s+)?)"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
    rf"(?i:,\s+(?:our|the)\s+(?P<title2>{_TITLE_WORDS}(?:\s+and\s+{_TITLE_WORDS})?))?",
)
_NOT_FIRST = {"so", "well", "yes", "yeah", "okay", "ok", "now", "and", "but", "again", "sure", "look", "listen", "guys",
              "folks", "thanks", "thank", "great", "good", "right", "operator", "everyone", "everybody", "you", "all",
              "us", "me", "them", "questions", "q", "the", "our", "that", "this", "i", "we",
              # a unit asked alone ("Hello?", "Anyone?") hands nothing on
              "hello", "hi", "hey", "sorry", "pardon", "really", "what", "why", "how", "who", "no", "any", "anyone",
              "anything", "is", "are", "can", "could", "would"}


_NAME_CS = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
def _titled(group: str) -> str:
    return rf"(?:(?i:our|my)\s+(?P<{group}>(?i:{_TITLE_WORDS}(?:\s+and\s+{_TITLE_WORDS})?)),?\s+)?"

# Hand-overs that name the next speaker without "turn/hand/pass ... to": "Jane will take you
# through the numbers", "Over to you, Jane", "With that, Jane?". Strong ones end the speaker's
# part by themselves; a "will walk you through" may announce a later speaker, so it counts only
# when said as happening now or confirmed by the next unit's thanks.
_HAND_STRONG = re.compile(
    rf"\b(?i:over\s+to\s+you),?\s+{_titled('title')}(?P<name>{_NAME_CS})\s*[.!?]?\s*$"
    rf"|^\W*(?P<name2>{_NAME_CS}),\s+(?i:over\s+to\s+you|(?:please\s+)?take\s+it\s+away)\b"
    rf"|^\W*(?i:(?:(?:so|and|now|okay|ok)[,.]?\s+)*with\s+that),?\s+{_titled('title3')}(?P<name3>{_NAME_CS})"
    r"\s*(?:[?.!]|,\s*(?i:please|go\s+ahead|take\s+it\s+away|over\s+to\s+you)\b)"
    # A name asked alone ("Julian?"): the floor offered to them.
    rf"|^\W*(?P<name4>{_NAME_CS})\s*\?\s*$"
)
_HAND_SOFT = re.compile(
    rf"(?:\b(?i:our|my)\s+(?P<title>(?i:{_TITLE_WORDS})),?\s+)?(?P<name>{_NAME_CS})(?:,\s+(?i:our|the)\s+(?P<title2>(?i:{_TITLE_WORDS})),)?"
    r"\s+(?i:will|is\s+going\s+to|can)\s+(?i:now\s+|then\s+)?"
    r"(?i:(?:take|walk|run|lead|guide|bring)\s+(?:you|us|everyone|all\s+of\s+you)\s+through|go\s+(?:through|over)|review|cover|discuss"
    r"|provide|share|give\s+(?:you|us)|talk\s+(?:you\s+)?(?:through|about)|present|update\s+you)\b"
)
_NOW_SAID = re.compile(r"\b(?:now|with\s+that|at\s+this\s+point|next)\b", re.I)
_LATER_SAID = re.compile(r"\b(?:later|after|following|before|then|in\s+a\s+(?:moment|minute)|shortly)\b", re.I)
_GREETS = re.compile(r"^\W*(?:(?:thanks?|thank\s+you)\b|good\s+(?:morning|afternoon|evening|day)\b|hello\b|hi\b)", re.I)


def _handed(unit: str, following: str | None) -> tuple[str, str | None] | None:
    """(name, title) of the executive a unit of remarks hands on to, if it does."""
    # Substring tests first: the patterns are costly and nearly every unit hands nothing on.
    lower = unit.lower()
    m = _HAND_ON.search(unit) if "turn" in lower or "hand" in lower or "pass" in lower else None
    if m and _person_like(m.group("name")) and _hands_over(m):
        return m.group("name"), m.group("title") or m.group("title2")
    if ("over to you" in lower or "with that" in lower or "go ahead" in lower or "take it away" in lower
            or len(unit) < 60 and unit.rstrip().endswith("?")) and (m := _HAND_STRONG.search(unit)):
        name = m.group("name") or m.group("name2") or m.group("name3") or m.group("name4")
        if _person_like(name):
            return name, m.group("title") or m.group("title3")
    if " will " not in lower and " going to " not in lower and " can " not in lower:
        return None
    greeted = following is not None and _GREETS.match(following) is not None
    if not (greeted or "now" in lower or "with that" in lower or "next" in lower or "at this point" in lower):
        return None
    if (m := _HAND_SOFT.search(unit)) and (name := _unfilled(m.group("name"))) and _person_like(name) and (
            greeted or _NOW_SAID.search(unit[:m.end("name") - len(name)]) and not _LATER_SAID.search(unit)):
        return name, m.group("title") or m.group("title2")
    return None


def _unfilled(name: str) -> str:
    """A capitalised run without the sentence's opening filler words ("Now Jane" -> "Jane")."""
    words = name.split()
    while words and words[0].lower() in _NOT_FIRST:
        words.pop(0)
    return " ".join(words)


_HANDED_WHAT = re.compile(r"\b(?:over|it|call|things|floor|line)\b", re.I)


def _hands_over(m: re.Match) -> bool:
    """A hand-over says what is handed or whose it is: "turning to Slide 4" / "turn to Aviation"
    only move the talk on."""
    head = m.group(0)[:m.start("name") - m.start()]
    return bool(_HANDED_WHAT.search(head) or m.group("title") or m.group("title2"))


def _has_any(unit: str, words: tuple[str, ...]) -> bool:
    lower = unit.lower()
    return any(w in lower for w in words)


def executives(text: str, units: list[str] | None = None) -> list[Executive]:
    """The executives a call introduces by name and title, or hands the remarks to. `units`:
    the text's sentences, when the caller has them already."""
    found: dict[str, Executive] = {}
    for intro in _at_words(text, _INTRO_SENTENCE, ("with me", "joining", "on the call", "here", "present")):
        # The introduction runs to the end of its sentence.
        end = re.search(r"[.?!](?:\s|$)", text[intro.end():intro.end() + 600])
        for m in _INTRODUCED.finditer(text[intro.start():intro.end() + (end.end() if end else 600)]):
            _add(found, m.group("name"), m.group("title"))
    for m in _at_words(text, _HAND_ON, ("turn", "hand", "pass")):
        if _hands_over(m):
            _add(found, m.group("name"), m.group("title") or m.group("title2"))
    if _has_any(text, ("over to you", "with that", "take it away", " will ", " going to ", " can ", "?")):
        if units is None:
            flat_text = " ".join(text.split())
            units = [flat_text[a:b] for a, b in sentence_spans(flat_text)]
        for i, unit in enumerate(units):
            lower = unit.lower()
            if "turn" in lower or "hand" in lower or "pass" in lower:
                continue  # read above
            if who := _handed(unit, units[i + 1] if i + 1 < len(units) else None):
                _add(found, who[0], who[1])
    return list(found.values())


def _at_words(text: str, pattern: re.Pattern, words: tuple[str, ...]) -> list[re.Match]:
    """`pattern.finditer(text)` for a pattern that starts with one of `words`, found by a plain
    substring scan first: the regex alone tries every position of a whole call, which is slow."""
    lower = text.lower()
    found: dict[int, re.Match] = {}
    for word in words:
        at = lower.find(word)
        while at >= 0:
            if at not in found and (m := pattern.match(text, at)):
                found[at] = m
            at = lower.find(word, at + 1)
    matches, end = [], -1
    for at in sorted(found):
        if at >= end:
            matches.append(found[at])
            end = found[at].end()
    return matches


def _add(found: dict[str, Executive], name: str, title: str | None) -> None:
    name = re.sub(r"\s+", " ", name).strip()
    if not _person_like(name):
        return
    title = re.sub(r"\s+", " ", title).strip(" ,") if title else None
    known = _match(name, list(found.values()))
    if known is None:
        found[name] = Executive(name, title)
        return
    # Same first name, another surname: a machine transcript mishearing it; the first heard stays.
    same_surname = _key(name.split()[-1]) == _key(known.name.split()[-1])
    full = name if same_surname and len(name) > len(known.name) else known.name
    if full != known.name or (title and not known.title):
        # The fullest spelling and the first title heard.
        del found[known.name]
        found[full] = Executive(full, known.title or title)


def _person_like(name: str) -> bool:
    """Not a filler word ("So"), nor a firm's possessive ("Acme's presentation")."""
    return name.split()[0].lower() not in _NOT_FIRST and not re.search(r"['’]s\b", name)


def _key(word: str) -> str:
    """A first name as a machine transcript may spell it: case and doubled letters fold."""
    return re.sub(r"(.)\1", r"\1", word.lower())


def _match(name: str, execs: list[Executive]) -> Executive | None:
    """The one executive a name (or first name) stands for."""
    words = [_key(w) for w in name.split()]
    if not words:
        return None
    hits = [e for e in execs if [_key(w) for w in e.name.split()] == words]
    if not hits:
        hits = [e for e in execs if _key(e.name.split()[0]) == words[0] and (len(words) == 1 or _key(e.name.split()[-1]) == words[-1])]
    if not hits:
        # Only the first name agrees: one executive by that first name is the one meant.
        hits = [e for e in execs if _key(e.name.split()[0]) == words[0]]
    return hits[0] if len(hits) == 1 else None


def _named(name: str, execs: list[Executive]) -> Executive | None:
    if name.lower() in _NOT_FIRST:
        return None
    return _match(name, execs) or Executive(name)


def split_remarks(units: list[str], execs: list[Executive]) -> list[Part]:
    """Prepared remarks cut where a speaker hands on to a named executive (the next unit is
    theirs) and where a unit opens by thanking someone by name ("Thanks, Bob, and good morning"):
    a new voice, and the thanked one is who spoke before."""
    parts = [Part(REMARKS, 0, 0)]
    for i, unit in enumerate(units):
        if i > 0 and (thanked := _thanked(unit)):
            if parts[-1].start < i:
                parts.append(Part(REMARKS, i, i))
            before = parts[-2] if len(parts) > 1 else None
            # Only where the thanks answers a hand-over, greets, or names a known executive: in a
            # source that keeps only the executives' words, "Thanks, Mark." may thank a caller
            # whose question was cut. And not when that part speaks to them ("..., Jeff, we
            # are"): no one addresses themselves.
            vouched = (parts[-1].speaker is not None and parts[-1].start == i or _GREETING.search(unit)
                       or _match(thanked, execs) is not None)
            if vouched and before is not None and before.speaker is None and not any(
                    re.search(rf",\s+{re.escape(thanked)}\s*[,.?!]", u) for u in units[before.start:i]):
                before.speaker = _named(thanked, execs)
        parts[-1].end = i + 1
        if i + 1 >= len(units):
            continue
        handed = _handed(unit, units[i + 1])
        if handed is None:
            continue
        name, title = handed
        who = _match(name, execs)
        if who is None:
            who = Executive(name, re.sub(r"\s+", " ", title).strip() if title else None)
        parts.append(Part(REMARKS, i + 1, i + 1, who))
    return [p for p in parts if p.end > p.start]


_GREETING = re.compile(r"\bgood\s+(?:morning|afternoon|evening|day)\b|\bhello\b|\bwelcome\b", re.I)


def _thanked(unit: str) -> str | None:
    """The person a unit opens by thanking ("Thank you, Bob." / "Thanks, Bob, and good morning")."""
    if not _has_any(unit, ("thank",)):
        return None
    m = _THANKS_NAMED.match(unit)
    if m is None:
        return None
    name = m.group("f1") or m.group("f2")
    return name if name.lower() not in _NOT_FIRST and name.lower() not in {"operator", "moderator", "ladies"} else None


# A bare thanks: the caller closing the ask ("Thank you."), never an answer by itself.
_THANKS = re.compile(
    r"^\W*(?:(?:great|perfect|okay|ok|got\s+it|all\s+right|understood|very\s+helpful|that'?s\s+(?:very\s+)?helpful)[,.!]?\s*)*"
    r"(?:thanks?|thank\s+you)(?:\s+(?:very\s+much|so\s+much|a\s+lot|again|guys|all))*[.!]?\s*$",
    re.I,
)
_LEAD = r"^\W*(?:(?:yeah|yes|yep|sure|okay|ok|well|so|great|good|hey|hi|right|absolutely)[,.!]?\s+)*"
# How an executive opens a reply.
_OPENS = re.compile(
    _LEAD + r"(?:(?:thanks?|thank\s+you)(?:\s+(?:very\s+much|so\s+much|a\s+lot))?\s+for\s+(?:the|your|that|those)\s+questions?"
    r"|(?:(?:it'?s|that'?s|it\s+is|that\s+is)\s+(?:a\s+)?(?:really\s+|very\s+)?)?(?:great|good|excellent|fair|interesting)\s+question"
    r"|(?:let\s+me|let'?s|i'?ll|i\s+will|i\s+can|i'?d|i'?m\s+going\s+to)\s+(?:\w+\s+){0,2}?(?:take|start|answer|address|talk|tackle|begin|handle|cover|see|work|go)\b"
    r"|this\s+is\s+(?-i:[A-Z][a-z]\w*)\s*[.!,]"
    # An executive declining or hedging: "I'm afraid we can't say.", "I wouldn't read much into it."
    r"|i'?m\s+afraid|i\s+would(?:n'?t|\s+not)\b|i'?d\s+rather\s+not)",
    re.I,
)
# A reply that starts with a word of assent and a thanks: "Yeah, thanks." (a caller's bare
# "Thanks." closes the ask instead).
_ASSENT_THANKS = re.compile(r"^\W*(?:yeah|yes|sure|okay|ok|well)[,.!]?\s+(?:thanks?|thank\s+you)\b", re.I)
_FIRST = r"(?-i:[A-Z][a-z][\w'’\-]*)"
# "Thanks, <UNK>.": a thanks to a caller whose name the source masks (MAEC): after the ask, the reply.
_THANKS_MASKED = re.compile(
    _LEAD + r"(?:(?:thanks?|thank\s+you)(?:\s+(?:very\s+much|so\s+much|a\s+lot))?|good\s+(?:morning|afternoon|evening))"
    r",?\s+<unk>\s*[.!,]",
    re.I,
)
# "Thanks, Joe." / "Yeah, thanks, Vivek." / "Yeah, Aaron, thanks.": a thanks to someone by name.
_THANKS_NAMED = re.compile(
    _LEAD + rf"(?:(?P<f1>{_FIRST}),?\s+(?:thanks?|thank\s+you)|(?:thanks?|thank\s+you)(?:\s+(?:very\s+much|so\s+much|a\s+lot))?,?\s+(?P<f2>{_FIRST}))\s*[.!,]",
    re.I,
)
_ASKS = re.compile(
    r"\?|\b(?:my\s+(?:first\s+|second\s+|follow[-\s]?up\s+)?question|wanted\s+to\s+ask|(?:could|can|would)\s+you"
    r"|i'?m\s+(?:curious|wondering)|i\s+was\s+wondering|help\s+us\s+understand|(?:get|have)\s+a\s+sense)\b",
    re.I,
)
# A caller coming back after an answer: "And just a follow-up on ...".
_FOLLOW_UP = re.compile(
    r"^\W*(?:(?:and|okay|ok|great|perfect|got\s+it|understood|thanks?|thank\s+you|so)[,.!]?\s+)*(?:(?:just|maybe|then)\s+)*"
    r"(?:(?:a|one|my)\s+(?:quick\s+|brief\s+|small\s+|last\s+)?follow[-\s]?up"
    # "Okay, and one last one on pricing." / "And one on churn.": a caller's next ask announced.
    r"|one\s+(?:more|last|final|quick)\s+one\b|(?<=and\s)one\s+on\b"
    r"|(?:if\s+i\s+(?:could|can|may)|can\s+i|could\s+i|may\s+i)\s+(?:just\s+)?(?:ask\s+)?(?:a\s+)?(?:quick\s+)?follow[-\s]?up)",
    re.I,
)
# An executive handing the answer to another: the next unit is theirs.
_PASS_ASKED = re.compile(
    rf"^\W*(?P<n>{_FIRST}),\s+(?:do\s+you\s+want|would\s+you\s+(?:like\s+to\s+)?|can\s+you|could\s+you|why\s+don'?t\s+you"
    r"|you\s+want|anything\s+to\s+add|maybe\s+you\s+(?:can|could|want))",
    re.I,
)
_PASS_LET = re.compile(
    rf"\b(?:I'?ll|I\s+will|let\s+me)\s+(?:let|have|ask)\s+(?P<n>{_FIRST})\s+(?:\w+\s+)?"
    r"(?:answer|take|address|talk|comment|add|cover|speak|go|respond)",
    re.I,
)
_PASS_TO = re.compile(rf"\b(?:hand|turn|pass)\s+(?:it|that)\s+(?:over\s+)?to\s+(?P<n>{_FIRST})\s*[.!,]?\s*$", re.I)
_CLOSING = re.compile(r"\b(?:closing|concluding|final)\s+(?:remarks|comments|thoughts)\b", re.I)
_THIS_IS = re.compile(rf"\bthis\s+is\s+(?P<first>{_FIRST})", re.I)


def split_slot(units: list[str], analyst: str | None, execs: list[Executive]) -> list[Part]:
    """One analyst's slot (what follows the hand-over) cut into question, answers, follow-ups."""
    first = analyst.split()[0] if analyst and analyst.split() else None
    parts = [Part(QUESTION, 0, 0)]
    asked = False
    """Whether the current question part has asked anything yet."""
    i = 0
    while i < len(units):
        unit = units[i]
        cur = parts[-1]
        if cur.kind == REMARKS:
            pass  # the closing remarks run to the end
        elif i + 1 < len(units) and ("remarks" in unit or "comments" in unit or "thoughts" in unit) \
                and _CLOSING.search(unit) and (m := _HAND_ON.search(unit)):
            # "I will now turn the call back over to Jane Roe for closing remarks": the Q&A is
            # over; the words are the moderator's and what follows is the closing.
            cur.end = i
            parts.append(Part(OPERATOR, i, i + 1))
            parts.append(Part(REMARKS, i + 1, i + 1, _match(m.group("name"), execs) or _named(m.group("name"), execs)))
            i += 1
            continue
        elif i == 0 and _answers_at_once(unit, first):
            # Sources that keep only the executives' words (ECTSum, MAEC) start with the reply.
            parts[-1] = Part(ANSWER, 0, 0, _first_answerer(units, 0, 0, execs))
        elif cur.kind == QUESTION and i > cur.start and _answer_opens(units, asked, i, first):
            parts.append(Part(ANSWER, i, i, _first_answerer(units, cur.start, i, execs)))
        elif cur.kind == ANSWER and i > cur.start and (
                _FOLLOW_UP.search(unit) or i > cur.start + 1 and _AND_ON.match(unit)
                or (_AND_ASK.match(unit) or _AND_SCENE.match(unit) and any(u.rstrip().endswith("?") for u in units[i + 1:i + 2]))
                and (_ACK.match(units[i - 1]) or _THANKS.match(units[i - 1]))):
            # "Fair enough. And on margins, your range implies 11%. Why the drop?": the ask may
            # set its scene before the "?".
            # A short thanks just before is the caller's too ("Great, thanks. And a follow-up ...").
            start = i - 1 if i - 2 >= cur.start and (_THANKS.match(units[i - 1]) or _ACK.match(units[i - 1])) else i
            cur.end = start
            parts.append(Part(QUESTION, start, start))
            asked = False
        elif cur.kind == ANSWER and i > cur.start and i + 1 < len(units) and _asks_again(units, i):
            parts.append(Part(QUESTION, i, i))
            asked = False
        elif cur.kind == ANSWER and i > cur.start and (who := _passed_to(units[i - 1], first, execs)) is not None:
            parts.append(Part(ANSWER, i, i, who))
        elif cur.kind == ANSWER and i > cur.start and i == len(units) - 1 and _THANKS.match(unit):
            # "Understood, thanks." ending the slot: the caller closing it, not the executive's last words (an
            # executive thanks the caller by name, or for the question, and goes on).
            parts.append(Part(QUESTION, i, i))
        parts[-1].end = i + 1
        if parts[-1].kind == QUESTION and not asked:
            asked = "?" in unit or _ASKS.search(unit) is not None or bool(_WH.match(unit))
        i += 1
    return [p for p in parts if p.end > p.start]


_THANKS_FOR_IT = re.compile(
    r"^\W*(?:(?:yeah|yes|sure|okay|ok|well|so)[,.!]?\s+)*(?:thanks?|thank\s+you)(?:\s+(?:very\s+much|so\s+much|a\s+lot))?"
    r"\s+for\s+(?:the|your|that|those)\s+questions?\b",
    re.I,
)


def _answers_at_once(unit: str, first: str | None) -> bool:
    named = _THANKS_NAMED.match(unit)
    if named and first and _key(named.group("f1") or named.group("f2")) == _key(first):
        return True
    return bool(_THANKS_FOR_IT.match(unit)) and "?" not in unit


def _addresses(unit: str, first: str) -> bool:
    """A reply that names the caller in its first words: "We believe so, Lars, as ..."."""
    return re.match(rf"^\W*(?:\S+\s+){{0,4}}?(?:\S+,\s+)?{re.escape(first)}\b\s*[,.!]", unit) is not None


# After the ask is closed, a reply that opens with assent or denial: "Yes, churn fell ...".
_ASSENT = re.compile(r"^\W*(?:yes|no|yeah|yep|sure|absolutely|certainly|definitely|of\s+course|correct|right|exactly"
                     r"|not\s+(?:yet|really|quite|exactly|at\s+all|at\s+this\s+(?:point|time|stage)))\b\s*[,.!]", re.I)


def _answer_opens(units: list[str], asked_before: bool, i: int, first: str | None) -> bool:
    unit, prev = units[i], units[i - 1]
    named = _THANKS_NAMED.match(unit)
    if named and first and _key(named.group("f1") or named.group("f2")) == _key(first):
        return True  # a caller does not thank themselves
    if not asked_before:
        return False
    asked = prev.rstrip().endswith("?")
    if asked and first and _addresses(unit, first):
        return True
    closed = asked or bool(_THANKS.match(prev) or _ENDS_THANKS.search(prev))
    if not closed:
        return False
    if _ASSENT.match(unit):
        return True
    if _THANKS.match(unit) and not _ASSENT_THANKS.match(unit):
        return False
    if _REPLY_SO.match(unit) and "?" not in unit and not _ASKS.search(unit):
        return True  # "So, the way we think about it ..." after the ask is closed
    if named or _OPENS.match(unit) or _ASSENT_THANKS.match(unit) or _THANKS_MASKED.match(unit):
        return True
    return asked and _plain_reply(units, i)


# How a caller goes on after a "?": explaining the ask, adding to it, thanking.
_CALLER_GOES_ON = re.compile(
    r"^\W*(?:and|also|or|but|because|just|i|i'?m|i'?d|my|me|to\s+be\s+clear|in\s+other\s+words|meaning|thanks?|thank"
    r"|that'?s\s+(?:it|all|my)|if\s+(?:i|you)|the\s+reason|put\s+(?:differently|another))\b",
    re.I,
)
# A follow-up that opens on its topic ("And on the refinancing, how much is left?"), unlike an
# answer's own "And why is that?".
_AND_ON = re.compile(
    r"^\W*and\s+(?:then\s+|just\s+|maybe\s+|lastly\s+|finally\s+|secondly\s+)?(?:on|regarding|as\s+for|what\s+about"
    r"|how\s+about|in\s+terms\s+of|with\s+respect\s+to)\b[^?]*\?\s*$",
    re.I,
)


# The executives speaking of themselves; a caller's "should we think about" is about the analysts.
_FIRST_PERSON = re.compile(r"\b(?:our|ours|us|we'?re|we'?ve|we'?ll|i|i'?m|i'?d|my)\b|(?<!should )(?<!would )(?<!could )(?<!can )\bwe\b", re.I)
# "It is, but ..." / "They are." : the reply to a yes-or-no ask.
_IT_IS = re.compile(r"^\W*(?:it|they|that)\s+(?:is|are|was|were|does|do|did|has|have|will|can)(?:n'?t)?\b\s*[,.;]", re.I)


def _asks_again(units: list[str], i: int) -> bool:
    """Inside an answer, the caller's next ask where the source drops the turn: a full question
    that does not speak of the executives as "we" ("And has any client asked to switch?", "Can
    you size the backlog for us?"), after a statement and before a statement."""
    unit, prev, nxt = units[i], units[i - 1], units[i + 1]
    if prev.rstrip().endswith("?") or nxt.rstrip().endswith("?") or not _NEXT_ASK.match(unit):
        return False
    if _FIRST_PERSON.search(re.sub(r"\b(?:tell|give|help|remind|walk|take|show)\s+us\b", "", unit, flags=re.I)):
        return False
    return bool(_AND.match(unit) or _YOURS.search(unit) or _ASSENT.match(nxt) or _IT_IS.match(nxt))


def _plain_reply(units: list[str], i: int) -> bool:
    """After a "?", a plain statement is the reply ("It's early, and we won't guide yet."),
    unless the caller is going on: it reads like a caller's, or a question follows at once."""
    unit = units[i]
    if "?" in unit or _ASKS.search(unit) or _WH.match(unit) or _CALLER_GOES_ON.match(unit):
        return False
    # A question in the next three units is the caller's own ask, unless a follow-up opens it. Past
    # the next unit, a reply in the executives' voice ("We are, and we now see $12 billion.") is
    # theirs, and a question that opens on "And" ("And is any of that in the backlog?") is the
    # caller's next ask after it; right after, only if the unit speaks as "we" before any "you"
    # ("It's about 60%, and we'll update you." then "And has anyone switched?").
    we, you = _OURS.search(unit), _YOURS.search(unit)
    ours = we is not None and you is None
    return not any(u.rstrip().endswith("?") and not (_FOLLOW_UP.search(u) or _AND_ON.match(u))
                   and not (k > 0 and (ours or _NEXT_ASK.match(u) and _AND.match(u)))
                   and not (k == 0 and we is not None and (you is None or we.start() < you.start())
                            and _NEXT_ASK.match(u) and _AND.match(u))
                   for k, u in enumerate(units[i + 1:i + 4]))


_OURS = re.compile(r"\b(?:we|we'?re|we'?ve|we'?ll|we'?d|our|us)\b", re.I)
# ... opening on "And" and the ask itself ("And has ...", not a speaker's own "And so which ...?").
_AND = re.compile(r"^\W*(?:(?:okay|ok)[,.]?\s+)?and\s+(?:is|are|was|were|has|have|does|do|did|should|would|will|can|could"
                  r"|what|how|where|when|which|why)\b", re.I)
_YOURS = re.compile(r"\b(?:you|your|you'?re|you'?ve)\b", re.I)
# A caller's next ask after an answer: "And is there any chance ...?", "Can you tell us ...?",
# "Does the plan assume more than you have today?"; long enough not to be a speaker's own "And why?".
_NEXT_ASK = re.compile(
    r"^\W*(?:(?:okay|ok|and|so)[,.]?\s+)*(?:(?:is|are|was|were|has|have|does|do|did|should|would|will|can|could|what|how|where|when|which|why)\b)"
    r"(?=(?:\W+\w+){5})[^?]*\?\s*$",
    re.I,
)


# A question asked without its "?" (machine transcripts drop them): "what is the tax rate".
_WH = re.compile(r"^\W*(?:(?:and|so|okay|ok|hi|hey)[,.]?\s+)?(?:(?:what|how|when|where|why|which|who)(?:['’](?:s|re))?|is|are|do|does|did|should|will)\s+\w+\s+\w+", re.I)
# An ask closed by a thanks at its end: "... into next year, thank you."
_ENDS_THANKS = re.compile(r"[,.!]\s*(?:thanks?|thank\s+you)(?:\s+(?:very\s+much|so\s+much|a\s+lot))?[.!]?\s*$", re.I)
_REPLY_SO = re.compile(r"^\W*(?:so|well|look|yeah|okay|ok)\s*,\s+\w", re.I)
# A caller coming back with another ask after an acknowledgement: "Okay. And on pricing?".
_ACK = re.compile(r"^\W*(?:okay|ok|great|got\s+it|understood|perfect|that'?s\s+(?:very\s+)?helpful|very\s+helpful|fair\s+enough)"
                  r"(?:[,.!]?\s*(?:thanks?|thank\s+you))?[.!]?\s*$", re.I)
_AND_SCENE = re.compile(r"^\W*(?:(?:okay|ok)[,.]?\s+)?and\b", re.I)
_AND_ASK = re.compile(r"^\W*(?:(?:okay|ok|great|got\s+it|thanks?|thank\s+you)[,.!]?\s+)?and\b[^?]*\?\s*$", re.I)


def _first_answerer(units: list[str], q_start: int, a_start: int, execs: list[Executive]) -> Executive | None:
    for unit in units[a_start:a_start + 2]:
        if (m := _THIS_IS.search(unit)) and (who := _match(m.group("first"), execs)):
            return who
    if not execs or a_start <= q_start:
        return None
    firsts = {e.name.split()[0]: e for e in reversed(execs)}
    names = "|".join(re.escape(f) for f in firsts)
    # The caller turning to one executive: "Priya, how ...", "a question for Tomas".
    to_one = re.compile(rf"^\W*(?:\w+[,.]?\s+){{0,3}}?(?P<a>{names}),|\b(?:for|to|ask)\s+(?P<b>{names})\b", re.I)
    addressed: dict[str, Executive] = {}
    for unit in units[q_start:a_start]:
        for m in to_one.finditer(unit):
            said = m.group("a") or m.group("b")
            e = next(e for f, e in firsts.items() if f.lower() == said.lower())
            # Misheard surnames make two spellings of one executive: the first introduced wins.
            addressed.setdefault(_key(said), e)
    if len(addressed) == 1:
        return next(iter(addressed.values()))
    # Several addressed: the one the question opens on ("Jensen, I had a question ... and a
    # follow-up for Colette") answers first; a mention mid-sentence says nothing of the order.
    mention = re.compile(rf"\b(?:{names})\b", re.I)
    opens_on = re.compile(rf"^\W*(?:(?:hi|hey|and|so|okay|ok|great|yeah|yes)[,.!]?\s+)*(?P<a>{names}),", re.I)
    for unit in units[q_start:a_start]:
        if mention.search(unit):
            m = opens_on.match(unit)
            return next(e for f, e in firsts.items() if f.lower() == m.group("a").lower()) if m else None
    return None


def _passed_to(unit: str, first: str | None, execs: list[Executive]) -> Executive | None:
    """The executive an answer hands on to ("Sam, do you want to add?", "I'll let Sam take that")."""
    lower = unit.lower()
    # Cheap substring tests first: most units of an answer hand nothing on.
    m = (_PASS_ASKED.match(unit)
         or ("'ll" in lower or "i will" in lower or "let me" in lower) and _PASS_LET.search(unit)
         or ("hand" in lower or "turn" in lower or "pass" in lower) and _PASS_TO.search(unit))
    if not m:
        return None
    name = m.group("n")
    if first and _key(name) == _key(first):
        return None
    return _named(name, execs)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a whitespace-normalised text: joined by single spaces
    they give the text back exactly."""
    spans, pos = [], 0
    for m in re.finditer(r"(?<=[.?!])\s+", text):
        spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans
