"""Line numbers for values inside a JSON source: json.loads forgets where things were."""

from __future__ import annotations

import bisect
from .. import lazy_re as re  # compiles each pattern on first use: start-up


class LineIndex:
    """Character offset -> 1-based line, counting line breaks the way Source.lines does."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def __call__(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)


def key_offsets(text: str, key: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of every `"key":` in text[start:end], skipping escaped quotes inside strings."""
    pattern = re.compile(r'"(?<!\\")' + re.escape(key) + r'"\s*:')  # the quote first: the engine scans for it fast
    return [m.start() for m in pattern.finditer(text, start, len(text) if end is None else end)]
