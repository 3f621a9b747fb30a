"""Where in the call a sentence is said: its place among the call's sentences, from just above 0 to 1.

The ranker was fitted on ECTSum, one sentence a line, where a figure's line over the call's last line is just this
place. Counted by lines elsewhere it would mean something else in each source: a line of a transcript export holds a
paragraph, a whole turn or the whole call, so every sentence of a one-line call would sit at the end.
"""

from __future__ import annotations

from bisect import bisect_right

from ..facts.sentences import split_sentences
from ..model import Fact, Paragraph, Transcript


class Positions:
    """Each sentence's place in one call: its order over the count of the call's sentences."""

    def __init__(self, t: Transcript) -> None:
        # turn index -> (paragraph, its sentences' starts, sentences said before it), in the call's order
        self._turns: dict[int, list[tuple[Paragraph, list[int], int]]] = {}
        before = 0
        for turn in t.turns:
            rows = self._turns.setdefault(turn.index, [])
            for p in turn.paragraphs:
                starts = [at for at, _ in split_sentences(p.text)] or [0]
                rows.append((p, starts, before))
                before += len(starts)
        self.total = max(before, 1)
        self._said: dict[tuple, float] = {}

    def at(self, turn: int, paragraph: int, offset: int) -> float:
        """The place of the sentence holding `offset` in the turn's `paragraph`-th paragraph."""
        return self._place(self._turns[turn][paragraph], offset)

    def _place(self, row: tuple[Paragraph, list[int], int], offset: int) -> float:
        _, starts, before = row
        return (before + max(bisect_right(starts, offset), 1)) / self.total

    def of(self, f: Fact) -> float:
        """The place of the sentence a fact is read from: found by its words in the fact's turn, where the line alone
        may be one every turn shares; a paragraph on the fact's line first, as a turn may say one sentence twice."""
        key = (f.turn, f.line, f.page, f.sentence)
        found = self._said.get(key)
        if found is None:
            rows = self._turns.get(f.turn) if f.turn is not None else None
            if rows is None:
                rows = [row for turn in self._turns.values() for row in turn]
            held = [row for row in rows if row[0].line_start <= f.line <= row[0].line_end and row[0].page == f.page]
            found = next((self._place(row, at) for row in held + rows if (at := row[0].text.find(f.sentence)) >= 0), None)
            if found is None:
                # Words the reading changed: the first sentence of the paragraph on its line.
                row = (held or rows or [(None, [0], 0)])[0]
                found = (row[2] + 1) / self.total
            self._said[key] = found
        return found
