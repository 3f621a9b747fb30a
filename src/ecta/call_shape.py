"""Sections and roles from the shape of a call: the one place that decides who is with the
company, who is an analyst and where the Q&A opens when the source does not say.

Every format goes through `infer`, whatever its source lists. The rules, in order:

1. A role the source states is never overridden: a parser's hint from the layout (a list
   heading, a speaker id), a title or firm that tells (`speakers.role_from_title`), or the
   operator's name.
2. The Q&A opens at the source's marker; without one, where the operator calls a question or
   a moderator who spoke before moves the call to questions; failing that, where a known
   analyst first speaks after someone from the company.
3. Every other voice in the prepared remarks is with the company; in a call where no Q&A is
   found (a company that takes no questions), every voice.
4. A new voice in the Q&A is the analyst a pending hand-over called ("the next question comes
   from Jane Roe at Acme Securities") or whoever asks in their place, with the firm called;
   or the voice right after an operator turn that closes nothing ("your line is open") when
   it asks something. Any other new voice is an executive: greeting the caller ("Hi, Ken."),
   or joining an answer ("Ken, this is Melinda.").
5. An analyst the source states, with no firm, takes the firm the hand-over calls them with.
"""

from __future__ import annotations

from . import lazy_re as re  # compiles each pattern on first use: start-up

from .formats.base import DraftSpeaker, DraftTurn
from .model import Role, Section
from .speakers import is_operator_name, is_placeholder, name_key, role_from_placeholder, role_from_title, short_key

# A moderator (IR, or the operator) moving the call to questions, or calling the first one.
_QA_CUE = re.compile(
    r"""\b(?:first|next)\s+question\b
        |\bquestions?\s+(?:comes?|is|will\s+come)\s+from\b
        |\bfrom\s+the\s+line\s+of\b
        |\b(?:move|moving|go|going|turn|turning|open|opening)\s+(?:\w+\s+){0,4}?(?:q\s*&\s*a|q\s+and\s+a|(?:\S+\s+)?questions)\b""",
    re.I | re.X,
)
# "... which is going to come from Jane Roe at Acme": hand-overs the operator phrasing misses.
_CALL_FROM = re.compile(
    r"\bcom(?:e|es|ing)\s+from\s+(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})"
    r"\s+(?:at|from|with|of)\s+(?P<firm>[A-Z0-9][\w.&'’\-]*(?:\s+(?:[A-Z0-9&][\w.&'’\-]*|and|of))*)"
)


def infer(turns: list[DraftTurn], listed: list[DraftSpeaker] = ()) -> None:
    """Fill in sections (where the source marks none) and role hints (for speakers whose role
    the source does not state) from who speaks when. Changes the draft turns in place."""
    known = _known_roles(turns, listed)
    operator = {k for k, r in known.items() if r is Role.OPERATOR}
    start = qa_start(turns, known)
    if start is not None and all(t.section is None for t in turns):
        for i, t in enumerate(turns):
            t.section = Section.QA if i >= start else Section.PRESENTATION
    if start is None:
        start = len(turns)
    corporate = {k for k, r in known.items() if r is Role.CORPORATE}
    analysts: dict[str, str | None] = {k: None for k, r in known.items() if r is Role.ANALYST}
    corporate |= {_key(t) for t in turns[:start] if _key(t) not in operator and _key(t) not in analysts}
    announced: tuple[str, str | None, str | None] | None = None
    after_operator = second = False
    for t in turns[start:]:
        key = _key(t)
        text = _text(t)
        if key in operator or key in corporate:
            called = announcement(text)
            if called is not None:
                announced, second = called, False
            elif key in operator:
                announced, second = None, False
            after_operator = key in operator and not _CLOSES.search(text)
            continue
        if key not in analysts and not is_placeholder(t.speaker.name):
            # A placeholder first heard in the Q&A stands for callers and executives alike:
            # `assemble.build_exchanges` reads each of its turns by position.
            named = announced is not None and _named(announced[0], t.speaker.name)
            if announced is not None and (named or not second and _ASKS.search(text)):
                # The caller named, or someone asking in their place ("Puneet in for Tien-Tsin");
                # a new voice that only greets is an executive ("Hi, Ken.").
                analysts[key] = announced[1]
                if announced[2] and not _named(announced[2], t.speaker.name):
                    # Two analysts called to one line: the second, by name, is still to speak.
                    announced, second, after_operator = (announced[2], announced[1], None), True, False
                    continue
            elif after_operator and _ASKS.search(text):
                analysts[key] = None
            else:
                corporate.add(key)
                continue  # the line is still the caller's
        elif key in analysts and analysts[key] is None and announced is not None and _named(announced[0], t.speaker.name):
            # An analyst by the layout ("Q - Jane Roe", a list entry) that the hand-over names with the firm.
            analysts[key] = announced[1]
        announced, second, after_operator = None, False, False
    for t in turns:
        sp = t.speaker
        key = _key(t)
        if sp.firm:
            continue  # a firm is left to `Roster.settle_roles`, which compares it with the company's
        if key in known:
            if known[key] is Role.ANALYST:
                sp.firm = analysts.get(key)
            continue
        if key in analysts:
            sp.role = Role.ANALYST
            sp.firm = sp.firm or analysts[key]
        elif key in corporate:
            sp.role = Role.CORPORATE


def qa_start(turns: list[DraftTurn], known: dict[str, Role] | None = None) -> int | None:
    """The first turn of the Q&A: the source's marker, the operator's cue, a returning
    moderator's, or a known analyst speaking after the company.

    A moderator handing over to the operator ("Operator, may we have the first question?")
    still belongs to the remarks, as vendors that mark the Q&A place it.
    """
    marked = next((i for i, t in enumerate(turns) if t.section is Section.QA), None)
    if marked is not None:
        return marked
    known = known if known is not None else _known_roles(turns, ())
    spoken: set[str] = set()
    first_analyst = None
    for i, t in enumerate(turns):
        key = _key(t)
        operator = known.get(key) is Role.OPERATOR
        if spoken - {key} and (operator or key in spoken) and _QA_CUE.search(_text(t)):
            if not operator and i + 1 < len(turns) and known.get(_key(turns[i + 1])) is Role.OPERATOR:
                return i + 1
            return i
        if first_analyst is None and known.get(key) is Role.ANALYST and spoken:
            first_analyst = i
        if not operator:
            spoken.add(key)
    if first_analyst is not None and known.get(_key(turns[first_analyst - 1])) is Role.OPERATOR:
        return first_analyst - 1
    return first_analyst


def announcement(text: str) -> tuple[str, str | None, str | None] | None:
    """(name, firm, second name) of the last analysts a turn hands over to: a moderator may
    call one, then move on to another while the first sorts out their line."""
    from .assemble import parse_announcement  # assemble imports this module

    for sentence in reversed(_SENTENCE_END.split(text)):
        ann = parse_announcement(sentence)
        if ann is not None and ann.firm:
            return ann.name, ann.firm, ann.also
        m = _CALL_FROM.search(sentence)
        if m:
            return m.group("name"), m.group("firm").strip(" .,"), None
        if ann is not None:
            return ann.name, ann.firm, ann.also
    return None


# A sentence ends after a word, not after an initial or a title: "J.P. Morgan", "Mr. Lee".
_SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9)\]]{2}[.?!])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)\s+")
# A caller's words: an executive the operator lets speak ("Before we start the Q&A, one
# correction") asks nothing.
_ASKS = re.compile(
    r"\?|\b(?:my\s+(?:first\s+|second\s+|follow[-\s]?up\s+)?question|wanted\s+to\s+ask|(?:could|can|would)\s+you"
    r"|thanks?\s+(?:you\s+)?for\s+taking)\b",
    re.I,
)
# An operator turn after which the next voice is the company's, not a caller's.
_CLOSES = re.compile(
    r"\b(?:no\s+(?:more|further)\s+questions|closing\s+(?:remarks|comments)|(?:turn|hand)\s+(?:the\s+)?(?:call|conference|floor)\s+back"
    r"|(?:back\s+)?(?:over\s+)?to\s+(?:management|the\s+company)|this\s+(?:now\s+)?concludes)\b",
    re.I,
)


def _known_roles(turns: list[DraftTurn], listed: list[DraftSpeaker]) -> dict[str, Role]:
    """The roles the source states, by speaker."""
    known: dict[str, Role] = {}
    for sp in [*listed, *(t.speaker for t in turns)]:
        key = name_key(sp.name)
        if key in known:
            continue
        role = (Role.OPERATOR if is_operator_name(sp.name)
                else sp.role or role_from_title(sp.title, sp.firm) or role_from_placeholder(sp.name))
        if role is not None and role is not Role.UNKNOWN:
            known[key] = role
    return known


def _named(called: str, name: str) -> bool:
    a, b = short_key(called).split(), short_key(name).split()
    return bool(a and b) and (a == b or a[-1] == b[-1])


def _key(turn: DraftTurn) -> str:
    return name_key(turn.speaker.name)


def _text(turn: DraftTurn) -> str:
    return " ".join(p.text for p in turn.paragraphs)
