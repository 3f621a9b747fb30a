"""Pages beside lines: a PDF numbers its lines within each page, so "L12" alone names a place on every page.

The report's stages cite facts by their `line`. For a paged source they run on facts whose line is a key that
holds the page too (page * PAGE + line), so every line they cite, and every order they sort by, is a place in the
whole call; the keys are split back into lines and pages once the report is made.

A source whose lines do not find the words (a JSON export with a turn's text on one line, or the whole call on one)
is keyed the same way by turn: the turn stands where a PDF's page does (turn index + 1, so that turn 0 is kept), and
the rows cite turns beside their lines.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Fact, Transcript
from .models import Citation

PAGE = 100_000
"""More lines than any page holds."""


def key(line: int, page: int | None) -> int:
    return page * PAGE + line if page else line


def keyed(facts: list[Fact], by_turn: bool = False) -> list[Fact]:
    if by_turn:
        return [f.model_copy(update={"line": key(f.line, f.turn + 1)}) if f.turn is not None else f for f in facts]
    return [f.model_copy(update={"line": key(f.line, f.page)}) if f.page else f for f in facts]


def unkeyed(facts: list[Fact]) -> list[Fact]:
    return [f.model_copy(update={"line": f.line % PAGE}) if f.line >= PAGE else f for f in facts]


def split(keys: Iterable[int]) -> tuple[list[int], list[int | None]]:
    """Lines and, when any key holds a page, the page of each (None where a key holds none); pages are [] for a
    source without pages."""
    keys = sorted(set(keys))
    if not any(k >= PAGE for k in keys):
        return list(keys), []
    return [k % PAGE for k in keys], [k // PAGE or None for k in keys]


def place(items: Iterable, by_turn: bool = False) -> None:
    """Split the keyed `lines` of report rows (guidance rows, checks) into lines and pages (or turns), in place."""
    for item in items:
        item.lines, item.pages = split(item.lines)
        if by_turn:
            item.turns, item.pages = [p - 1 if p else None for p in item.pages], []


def citation(t: Transcript) -> Citation:
    """What the report cites in this source: lines, or turns too where a line holds more than one paragraph."""
    if paged(t):
        return Citation.LINE
    held: dict[int, int] = {}
    for turn in t.turns:
        for p in turn.paragraphs:
            held[p.line_start] = held.get(p.line_start, 0) + 1
    if all(n == 1 for n in held.values()):
        return Citation.LINE
    # A call on one line (or two, under a page's markup) gives every turn the same line: the turn alone finds it.
    firsts = {turn.line_start for turn in t.turns}
    return Citation.TURN if 2 * len(firsts) < len(t.turns) else Citation.TURN_LINE


def paged(t: Transcript) -> bool:
    return any(p.page for turn in t.turns for p in turn.paragraphs)


def statement_page(t: Transcript, line: int, words: tuple[str, ...] = ("guidance", "outlook", "forecast")) -> int | None:
    """The page of a line cited by a sentence rather than a fact (an outlook raised or withdrawn): the one page whose
    paragraph on that line speaks of the outlook; None when none or several do."""
    held = [p for turn in t.turns for p in turn.paragraphs
            if p.page and p.line_start <= line <= max(p.line_end, p.line_start) and any(w in p.text.lower() for w in words)]
    pages = {p.page for p in held}
    if len(pages) > 1:
        # Every page has a line 24, and an outlook is spoken of on many: the page whose paragraph acts on it ("raised
        # guidance", "we reaffirm our outlook") is the statement's.
        from ..summarize.statements import _ACTIONS

        pages = {p.page for p in held if any(rx.search(p.text) for _, rx in _ACTIONS)}
    return pages.pop() if len(pages) == 1 else None
