"""Regular expressions compiled once, when the package is built, instead of in every process.

The standard module parses and compiles each pattern in Python code; for ecta's rules that is most of the work of
a single `ecta analyze` after the imports. `patterns.marshal` (written by `scripts/store_patterns.py`) holds the
engine's code for the patterns ecta compiles, keyed by (flags, source); `compile` builds the pattern from it, which
is what `re.compile` itself ends with. A pattern the store lacks (a rule changed since the store was written, a
pattern built from the text) or another Python's engine compiles as usual: the store only ever saves time, and a
stored pattern is the very object `re.compile` would return. The report and summary modules, which compile their
patterns when imported, import this module as `re`; the facts rules and the parsers reach it through `lazy_re`.
"""

from __future__ import annotations

import re
import sys
from re import *  # noqa: F403 - a module may import this one as `re`: the rest is the standard module's

_FILE = "patterns.marshal"
_CODE_TYPE = "I"
"""Each pattern's code as unsigned 32-bit words (the engine's code size). Not compressed: inflating the file and the
code of the patterns a call reaches took as long as the rest of building them (about 15 ms of a 10,000-word call),
and uncompressed versions of the file differ only where rules changed, which git stores compactly."""
_store: dict | None = None
_derived: dict = {}


def engine() -> tuple:
    """What the stored code depends on: the engine's version and code size, and the Python that wrote it."""
    import _sre
    from array import array

    return (_sre.MAGIC, _sre.CODESIZE, array(_CODE_TYPE).itemsize, sys.byteorder, sys.implementation.name, sys.version_info[:2])


def _load() -> dict:
    global _store, _derived
    _store, _derived = {}, {}
    try:
        import marshal
        from pathlib import Path

        data = marshal.loads(Path(__file__).with_name(_FILE).read_bytes())
        if data["engine"] == engine():
            _store, _derived = data["patterns"], data.get("derived", {})
    except Exception:  # noqa: BLE001 - no store, another format or engine: compile as usual
        pass
    return _store


def compile(pattern, flags=0):  # noqa: A001 - stands in for `re.compile`
    store = _store if _store is not None else _load()
    entry = store.get((int(flags), pattern)) if type(pattern) is str and isinstance(flags, int) else None
    if entry is not None:
        import _sre

        from array import array

        final_flags, packed, groups, groupindex, indexgroup = entry
        code = array(_CODE_TYPE, packed).tolist()
        return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
    return re.compile(pattern, flags)


_INLINE: dict = {}
"""Patterns written inline (`re.sub(r"...", ...)` in a module that imports this one as `re`), by source and flags, as
`lazy_re` keeps them: the standard functions would parse and compile each in Python on first use."""


def _inline(pattern, flags):
    try:
        return _INLINE[pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, re.Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    rx = compile(pattern, flags)
    if type(pattern) is str:
        if len(_INLINE) >= 512:  # patterns built from the text (names, figures) must not grow it without bound
            _INLINE.clear()
        _INLINE[pattern, flags] = rx
    return rx


def search(pattern, string, flags=0):
    return _inline(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _inline(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _inline(pattern, flags).fullmatch(string)


def finditer(pattern, string, flags=0):
    return _inline(pattern, flags).finditer(string)


def findall(pattern, string, flags=0):
    return _inline(pattern, flags).findall(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _inline(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _inline(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _inline(pattern, flags).subn(repl, string, count)


def entry(pattern: str, flags: int) -> tuple:
    """What the store keeps for one pattern: the arguments `re.compile` hands the engine (see re._compiler.compile)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    from array import array

    packed = array(_CODE_TYPE, [int(c) for c in code]).tobytes()
    return (int(flags | p.state.flags), packed, p.state.groups - 1, dict(groupindex), tuple(indexgroup))


def derived(key: tuple, compute):
    """What `compute()` returns, from the store when it holds `key`: the analyses of the rules' own patterns that the
    facts modules make when first imported or used (`guard.first_chars`, `prefixes`, `lookahead`, the guards), which
    parse each pattern in Python. Sets come back as new sets, as the analyses return them."""
    if _store is None:
        _load()
    try:
        value = _derived[key]
    except (KeyError, TypeError):
        return compute()
    return set(value) if type(value) in (set, frozenset) else value
