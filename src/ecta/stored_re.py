"""Regular expressions compiled once, when the package is built, instead of in every process.

The standard module parses and compiles each pattern in Python code; for ecta's rules that is most of the work of
a single `ecta analyze` after the imports. `patterns.marshal` (written by `scripts/store_patterns.py`) holds the
engine's code for the patterns ecta compiles, keyed by (flags, source); `compile` builds the pattern from it, which
is what `re.compile` itself ends with. A pattern the store lacks (a rule changed since the store was written, a
pattern built from the text) or another Python's engine compiles as usual: the store only ever saves time, and a
stored pattern matches exactly as the one `re.compile` returns (its code differs only where `entry` lists the
characters a match can start with, which makes `search` faster). The report and summary modules, which compile their
patterns when imported, import this module as `re`; the facts rules and the parsers reach it through `lazy_re`,
which also reads ASCII texts with each pattern's stored ASCII twin (`twin`, `ascii_entry`).
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


TWIN = 1 << 30
"""Added to a pattern's flags in the store's key for the code of its ASCII twin (see `twin`); no real flag is that high."""


def twin(pattern, flags):
    """The pattern's ASCII twin, built from the store, or None (the store lacks it, or the pattern has none).

    The twin is the pattern compiled with re.ASCII, with `\\s` widened to the four ASCII separators \\x1c-\\x1f that
    Unicode counts as spaces. On a text of ASCII characters only it finds exactly what the pattern finds (`ascii_entry`
    says why), without the Unicode look-ups the engine makes for every `\\b`, `\\w`, `\\d` and case-insensitive
    character: a character's case, and whether it is a letter or a digit, are a call into the Unicode tables each,
    which re.ASCII reads from one small table."""
    store = _store if _store is not None else _load()
    entry = store.get((int(flags) | TWIN, pattern)) if type(pattern) is str and isinstance(flags, int) else None
    if entry is None:
        return None
    import _sre

    from array import array

    final_flags, packed, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, array(_CODE_TYPE, packed).tolist(), groups, groupindex, indexgroup)


_CASE_TO_ASCII: set = set()


def _case_to_ascii() -> set:
    """The non-ASCII characters one of whose cases holds an ASCII letter ("ſ", the Kelvin sign, "ı", "İ", "ß", ...):
    under re.I without re.ASCII such a character in a pattern matches an ASCII one."""
    if not _CASE_TO_ASCII:
        _CASE_TO_ASCII.update(c for c in range(128, sys.maxunicode + 1)
                              if any(ord(x) < 128 for x in chr(c).lower() + chr(c).upper() + chr(c).casefold()))
    return _CASE_TO_ASCII


def _ascii_items(items) -> list | None:
    """A class's items as re.ASCII must read them to take on ASCII text what Unicode takes; None when it cannot."""
    from re import _constants as C  # type: ignore[attr-defined]

    out = []
    for op, av in items:
        if op is C.LITERAL and av > 127 and av in _case_to_ascii():
            return None
        if op is C.RANGE and av[1] > 127 and any(av[0] <= c <= av[1] for c in _case_to_ascii()):
            return None
        if op is C.CATEGORY and av is C.CATEGORY_NOT_SPACE:
            return None  # (a lone \\S is handled by the caller; inside a wider class it cannot be written as a union)
        if op is C.CATEGORY and av is C.CATEGORY_SPACE:
            out.append((C.RANGE, (0x1C, 0x1F)))
        out.append((op, av))
    return out


def _asciified(data) -> bool:
    """Rewrite a parsed sequence in place (new lists only: the parser shares some of its own) for `ascii_entry`;
    False when some part cannot be read the same under re.ASCII."""
    from re import _constants as C  # type: ignore[attr-defined]

    for i, (op, av) in enumerate(data):
        if op in (C.LITERAL, C.NOT_LITERAL):
            if av > 127 and av in _case_to_ascii():
                return False
        elif op is C.IN:
            if av == [(C.CATEGORY, C.CATEGORY_NOT_SPACE)]:
                data[i] = (C.IN, [(C.NEGATE, None), (C.CATEGORY, C.CATEGORY_SPACE), (C.RANGE, (0x1C, 0x1F))])
                continue
            items = _ascii_items(av)
            if items is None:
                return False
            data[i] = (C.IN, items)
        elif op is C.SUBPATTERN:
            if not _asciified(av[3].data):
                return False
        elif op is C.BRANCH:
            if not all(_asciified(alt.data) for alt in av[1]):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _asciified(av[2].data):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if not _asciified(av[1].data):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _asciified(av.data):
                return False
        elif op is C.GROUPREF_EXISTS:
            if not _asciified(av[1].data) or (av[2] is not None and not _asciified(av[2].data)):
                return False
        elif op not in (C.ANY, C.AT, C.GROUPREF, C.GROUPREF_IGNORE, C.FAILURE, C.SUCCESS):
            return False  # anything else (a bare category): no twin rather than a guess
    return True


def ascii_entry(pattern: str, flags: int) -> tuple | None:
    """What the store keeps for the pattern's ASCII twin (see `twin`), or None when it has none.

    Why the twin reads an ASCII text as the pattern does: on ASCII characters \\w, \\d, \\b and their negations class
    alike under both modes, and \\s too once the separators \\x1c-\\x1f are added (a lone \\S becomes "neither \\s nor
    those"; a pattern with \\S inside a wider class gets no twin); `.`, `^` and `$` test "\\n" alone in both. Case is
    ignored alike for ASCII letters; a pattern holding a non-ASCII character one of whose cases is ASCII ("ſ" matches
    "s" under Unicode) gets no twin, and any other non-ASCII character matches no ASCII one in either mode."""
    from re import _parser  # type: ignore[attr-defined]

    if flags & (re.ASCII | re.LOCALE | TWIN):
        return None
    flags = (flags & ~re.UNICODE) | re.ASCII
    try:
        p = _parser.parse(pattern, flags)
    except (re.error, ValueError):
        return None  # (?u) in the pattern
    if not _asciified(p.data):
        return None
    return _packed(p, flags)


def entry(pattern: str, flags: int) -> tuple:
    """What the store keeps for one pattern: the arguments `re.compile` hands the engine (see re._compiler.compile)."""
    from re import _parser  # type: ignore[attr-defined]

    return _packed(_parser.parse(pattern, flags), flags)


def _packed(p, flags: int) -> tuple:
    """A parsed pattern compiled to the tuple `re.compile` hands the engine."""
    from array import array
    from re import _compiler  # type: ignore[attr-defined]

    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    code = _with_first_chars(code, p, flags | p.state.flags)
    packed = array(_CODE_TYPE, [int(c) for c in code]).tobytes()
    return (int(flags | p.state.flags), packed, p.state.groups - 1, dict(groupindex), tuple(indexgroup))


def _with_first_chars(code: list, p, flags: int) -> list:
    """`code` with the characters a match can start with in its info block, where the standard compiler left none.

    It lists them only for a pattern that opens on a literal or a class; one that opens on `\\b`, a lookbehind or a
    lookahead (the guards of ecta.facts.guard) is entered by `search` at every position of the text. With the
    characters listed, the engine skips to the next position holding one of them in a C loop, and enters the pattern
    only there: spans and groups are the same, since no match can start anywhere else."""
    from re import _compiler, _constants as C  # type: ignore[attr-defined]

    if not code or code[0] != C.INFO or code[2] != 0 or code[3] == 0 or flags & C.SRE_FLAG_LOCALE:
        return code  # a prefix or class is there already; the pattern can match empty; locale-dependent case
    chars = _starts(p.data)
    if not chars:
        return code
    if flags & C.SRE_FLAG_IGNORECASE:
        chars = _caseless(chars, flags)
        if chars is None:
            return code
    items = sorted((C.CATEGORY, c) if type(c) is not int else (C.LITERAL, c) for c in chars)
    charset, hascased = _compiler._optimize_charset(items)
    if hascased:
        return code
    info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1]:]


def _starts(items) -> set | None:
    """The code points (and the categories: \\d, \\s, \\w as the engine reads them) a match of the parsed sequence can start with; None when they cannot be listed or
    it can match empty. A superset of the truth is enough; less would lose matches."""
    out, nullable = start_items(items)
    return None if out is None or nullable else out


def start_items(items) -> tuple[set | None, bool]:
    """(What a match of the parsed sequence can start with: code points, and the categories \\d, \\s, \\w as
    re._constants names them; None when that cannot be listed. Whether it can match empty.) The one walk of the parse
    tree behind this module's info blocks and the facts' first-character guards (`facts.guard.first_chars`)."""
    from re import _constants as C  # type: ignore[attr-defined]

    out: set = set()
    for op, av in items:
        if op is C.LITERAL:
            chars, nullable = {av}, False
        elif op is C.IN:
            chars, nullable = set(), False
            for iop, iav in av:
                if iop is C.LITERAL:
                    chars.add(iav)
                elif iop is C.RANGE and iav[1] - iav[0] < 128:
                    chars.update(range(iav[0], iav[1] + 1))
                elif iop is C.CATEGORY and iav in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE, C.CATEGORY_WORD):
                    chars.add(iav)  # a category, compiled for the pattern's flags as its own class is
                else:
                    return None, False  # negated sets, other categories, wide ranges
        elif op is C.SUBPATTERN:
            if av[1] or av[2]:
                return None, False  # scoped flags change how the characters compare
            chars, nullable = start_items(av[-1])
        elif op is C.BRANCH:
            chars, nullable = set(), False
            for alt in av[1]:
                c, n = start_items(alt)
                if c is None:
                    return None, False
                chars |= c
                nullable = nullable or n
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            chars, nullable = start_items(av[2])
            nullable = nullable or av[0] == 0
        elif op is C.ATOMIC_GROUP:
            chars, nullable = start_items(av)
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        else:
            return None, False
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


_CASELESS: dict = {}


def _caseless(chars: set, flags: int) -> set | None:
    """Every character the engine takes, case ignored under `flags`, for one of `chars`: asked of the engine itself, with
    a class of each character matched against every code point (kept per character and flags)."""
    out = set()
    key_flags = flags & (re.I | re.A | re.U)
    for c in chars:
        if type(c) is not int:
            out.add(c)  # a category: the same characters whatever their case
            continue
        key = (c, key_flags)
        same = _CASELESS.get(key)
        if same is None:
            same = _CASELESS[key] = frozenset(map(ord, re.compile("[" + re.escape(chr(c)) + "]", key_flags).findall(_every_char())))
        out |= same
    return out


_EVERY: list = []


def _every_char() -> str:
    if not _EVERY:
        _EVERY.append("".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, sys.maxunicode + 1))))
    return _EVERY[0]


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
