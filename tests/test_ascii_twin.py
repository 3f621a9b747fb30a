"""The ASCII twins of the stored patterns (`stored_re.twin`, read by `lazy_re` for ASCII texts) find what the patterns find."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

from ecta import lazy_re, stored_re

_TEXTS = [
    "Revenue was $412 million, up 6% year over year, and EPS of $1.12 beat the Street.",
    "For the FULL YEAR we now expect adjusted EBITDA of $2.1 billion to $2.2 billion.",
    "Q3\x1cgross margin\x1d 41.8%\x1e up\x1f 40 bps",  # the ASCII separators Unicode counts as spaces
    "  s  S  k  K  i  I  _under_score 1,000  (2)  - 3 -- x",
    "",
]


def _twin(pattern: str, flags: int = 0):
    entry = stored_re.ascii_entry(pattern, flags)
    if entry is None:
        return None
    import _sre

    from array import array

    final_flags, packed, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, array(stored_re._CODE_TYPE, packed).tolist(), groups, groupindex, indexgroup)


def _same(rx, twin, text: str) -> bool:
    return [(m.span(), m.groups()) for m in rx.finditer(text)] == [(m.span(), m.groups()) for m in twin.finditer(text)]


@pytest.mark.parametrize("pattern,flags", [
    (r"a\sb|\s+", 0), (r"\S+", 0), (r"[\s,]+\d", 0), (r"[^\s]+", 0), (r"\bq[1-4]\b", re.I), (r"(?P<w>\w+)\s+(?P=w)", re.I),
    (r"gross\s+margin", re.I), (r"\d[\d,.]*", 0), (r"[a-z]+", re.I), (r"under\W+score", re.I),
])
def test_twin_reads_ascii_as_the_pattern(pattern: str, flags: int) -> None:
    rx, twin = re.compile(pattern, flags), _twin(pattern, flags)
    assert twin is not None and twin.flags & re.ASCII
    for text in _TEXTS:
        assert _same(rx, twin, text), (pattern, text)


@pytest.mark.parametrize("pattern,flags", [
    ("\u017f", re.I),  # the long s matches "s" and "S" under Unicode re.I
    ("[\u2100-\u2200]", re.I),  # holds the Kelvin sign, which matches "k"
    (r"[\S\d]", 0),  # \S inside a wider class: no union says "not \s and not \x1c-\x1f"
    (r"(?u)\w", 0),
    (r"\w", re.ASCII),  # ASCII already
])
def test_no_twin_where_ascii_would_read_otherwise(pattern: str, flags: int) -> None:
    assert stored_re.ascii_entry(pattern, flags) is None


def _facts_texts() -> list[str]:
    out = []
    for path in sorted(Path(__file__).parent.joinpath("data", "labelled", "transcripts").glob("*"))[:6]:
        lines = [ln for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip() and ln.isascii()]
        out += lines[:: max(1, len(lines) // 15)][:15]
    return out + _TEXTS


def test_stored_twins_match_their_patterns() -> None:
    """Every facts rule that reads ASCII texts through its twin: the same spans and groups on real sentences."""
    import ecta.facts.extract  # noqa: F401 - defines the rules

    texts = _facts_texts()
    checked = 0
    for obj in gc.get_objects():
        if not isinstance(obj, lazy_re.Deferred) or type(obj.__dict__.get("pattern")) is not str:
            continue
        pattern, flags = obj.__dict__["pattern"], int(obj.flags)
        twin = stored_re.twin(pattern, flags)
        if twin is None:
            continue
        rx = re.compile(pattern, flags)
        for text in texts:
            assert _same(rx, twin, text), (pattern[:80], text[:80])
        checked += 1
    assert checked > 300
