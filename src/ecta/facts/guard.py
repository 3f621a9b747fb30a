"""A zero-width first-character test in front of a pattern that starts with `\\b` or an alternation.

The engine has no fast skip for such patterns and enters every alternative at every word boundary;
a lookahead of the characters a match can start with rejects most positions in one step. Matches,
spans and groups stay exactly the same: the test only refuses positions where no match can start.
"""

from __future__ import annotations

import re


def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a lookahead of its possible first characters; `rx` itself when they cannot be listed."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        chars, nullable = _seq(_parser.parse(rx.pattern, rx.flags))
    except (re.error, TypeError, ValueError):
        return rx
    if chars is None or nullable or not chars:
        return rx
    cls = "".join(re.escape(c) for c in sorted(chars))
    try:
        # the newline ends a trailing comment under re.X before the closing parenthesis
        return re.compile(f"(?=[{cls}])(?:{rx.pattern}\n)" if rx.flags & re.X else f"(?=[{cls}])(?:{rx.pattern})", rx.flags)
    except re.error:
        return rx


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of `pattern` can start with; None when they cannot be listed or it can match empty."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        chars, nullable = _seq(_parser.parse(pattern, flags))
    except (re.error, TypeError, ValueError):
        return None
    return None if chars is None or nullable else chars


def _seq(items) -> tuple[set[str] | None, bool]:
    """(characters a match of the sequence can start with or None for unknown, whether it can match empty)."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op, av) -> tuple[set[str] | None, bool]:
    from re import _constants as C  # type: ignore[attr-defined]

    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                chars.add(chr(iav))
            elif iop is C.RANGE and iav[1] - iav[0] < 128:
                chars |= {chr(c) for c in range(iav[0], iav[1] + 1)}
            else:
                return None, False  # negated sets, categories (\w, \d), wide ranges
        return chars, False
    if op is C.SUBPATTERN:
        if av[1] or av[2]:
            return None, False  # scoped flags such as (?-i:...) change how the characters compare
        return _seq(av[-1])
    if op is C.BRANCH:
        out: set[str] = set()
        nullable = False
        for alt in av[1]:
            chars, n = _seq(alt)
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or n
        return out, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        chars, n = _seq(av[2])
        return chars, n or av[0] == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero-width: the next item consumes the first character
    return None, False
