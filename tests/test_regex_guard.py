import re

import pytest

from ecta.facts.guard import guarded

TEXTS = [
    "We expect revenue to grow 5% and EPS of $1.20, up from $1.05.",
    "REVENUE WAS FLAT; Guidance is unchanged.",
    "",
    "an upside-down k\u212a case: \u017fales",
]


@pytest.mark.parametrize("pattern, flags", [
    (r"\b(?:expect|guid(?:ance|e)|up|flat)\b", re.I),
    (r"(?<![-\w])(?:EPS|k|sales)\b", re.I),
    (r"""\b(?:up  # a comment at the end
         |down)""", re.X | re.I),
    (r"(?:up|down)\s+$", 0),
])
def test_guard_keeps_every_match(pattern, flags):
    rx = re.compile(pattern, flags)
    g = guarded(rx)
    assert g is not rx and g.pattern.startswith("(?=[")
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in g.finditer(text)] == [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern", [r"\w+ly", r"(?:up)?", r"[^a]b", r"(?i:up)|down"])
def test_unlistable_first_characters_leave_the_pattern_alone(pattern):
    rx = re.compile(pattern)
    assert guarded(rx) is rx
