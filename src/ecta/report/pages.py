"""Pages beside lines: a PDF numbers its lines within each page, so "L12" alone names a place on every page.

The report's stages cite facts by their `line`. For a paged source they run on facts whose line is a key that
holds the page too (page * PAGE + line), so every line they cite, and every order they sort by, is a place in the
whole call; the keys are split back into lines and pages once the report is made.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Fact, Transcript

PAGE = 100_000
"""More lines than any page holds."""


def key(line: int, page: int | None) -> int:
    return page * PAGE + line if page else line


def keyed(facts: list[Fact]) -> list[Fact]:
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


def place(items: Iterable) -> None:
    """Split the keyed `lines` of report rows (guidance rows, checks) into lines and pages, in place."""
    for item in items:
        item.lines, item.pages = split(item.lines)


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
