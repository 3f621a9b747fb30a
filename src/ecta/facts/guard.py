"""A zero-width first-character test in front of a pattern that starts with `\\b` or an alternation.

The engine has no fast skip for such patterns and enters every alternative at every word boundary;
a lookahead of the characters a match can start with rejects most positions in one step. Matches,
spans and groups stay exactly the same: the test only refuses positions where no match can start.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from types import SimpleNamespace

from .. import stored_re
from ..lazy_re import Deferred


def any_in(text: str, words) -> bool:
    """Is one of `words` a substring of `text`? The cheap tests before costlier patterns run on every sentence; a loop
    costs half what `any` over a generator does."""
    for w in words:
        if w in text:
            return True
    return False


def plain_members(enum_cls) -> SimpleNamespace:
    """The members of an enum class as plain attributes, for a module whose hot code reads them (`FactKind.GUIDANCE`):
    Python 3.11's EnumType has a `__getattr__`, so every attribute read of an enum class goes through a slow hook that
    the interpreter cannot specialise (some 250k reads a bench pass). The members are the same objects; the namespace
    is not the class, so a module binds it only where it reads members alone (annotations are not evaluated there)."""
    return SimpleNamespace(**enum_cls.__members__)


def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a lookahead of its possible first characters; `rx` itself when they cannot be listed.
    The guarded pattern is compiled on first use, and so is a `Deferred` one's guard worked out (see `Deferred`)."""
    if isinstance(rx, Deferred):
        return Deferred(lambda: _guarded_source(rx) or rx.pattern, rx.flags, fallback=rx)  # type: ignore[return-value]
    source = _guarded_source(rx)
    return rx if source is None else Deferred(source, rx.flags, fallback=rx)  # type: ignore[return-value]


def prefix_guarded(rx: re.Pattern[str], k: int = 4, open_heads: tuple[str, ...] = ()) -> re.Pattern[str]:
    """`rx` behind a lookahead of the first `k` characters its matches can start with (see `prefixes`): a long
    alternation of phrases is entered only where one of them can start, not at every word start whose first letter
    one of them has. As `guarded` when those cannot be read; compiled on first use.

    `open_heads` are pieces of `rx`'s source, each opening an alternative with any word ("\\w+\\s+days\\s+ago"): their
    first characters would let the lookahead pass at every word start, so the lookahead tries each of them whole
    instead. Each must open its match (none may follow a character the match consumes); else the plain guard."""

    def source() -> str:
        ahead = _open_lookahead(rx, k, open_heads) if open_heads else ""
        if not ahead:
            ahead = lookahead(prefixes(rx.pattern, k, rx.flags))
        if not ahead:
            return _guarded_source(rx) or rx.pattern
        # where every match starts at a word boundary, the cheap \b test goes first: the lookahead is then entered at
        # word starts only, not at every letter inside a word
        if stored_re.derived(("word_start", rx.pattern, int(rx.flags)), lambda: _starts_at_boundary(rx.pattern, rx.flags)):
            ahead = "\\b" + ahead
        # the newline ends a trailing comment under re.X before the closing parenthesis
        return f"{ahead}(?:{rx.pattern}\n)" if rx.flags & re.X else f"{ahead}(?:{rx.pattern})"

    return Deferred(source, rx.flags, fallback=rx)  # type: ignore[return-value]


_HEAD = "\x00"
"""What an open head is read as when the other alternatives' first characters are worked out: a character no text has."""


def _open_lookahead(rx: re.Pattern[str], k: int, heads: tuple[str, ...]) -> str:
    """`prefix_guarded`'s lookahead with `heads` tried whole: the first characters of the other alternatives (each
    head read as `_HEAD`), or one of the heads. "" when a head is not in the source, or may follow a consumed
    character within the first `k` (then its place in the match is not the match's start)."""
    probe = rx.pattern
    for h in heads:
        if h not in probe or _HEAD in h:
            return ""
        probe = probe.replace(h, _HEAD)
    if _HEAD in rx.pattern:
        return ""
    tuples = prefixes(probe, k, rx.flags)
    if tuples is None or any(_HEAD in t[1:] for t in tuples):
        return ""
    ahead = lookahead({t for t in tuples if t[:1] != (_HEAD,)})
    if not ahead:
        return ""
    return ahead[:-1] + "".join(f"|(?:{h})" for h in heads) + ")"


def _starts_at_boundary(pattern: str, flags: int) -> bool:
    """Does every match of `pattern` start where `\\b` holds, that is, does each of its paths test `\\b` before it
    consumes a character? False when that cannot be read."""
    try:
        return _boundary_first(_parsed(pattern, flags)) is True
    except (re.error, TypeError, ValueError):
        return False


def _boundary_first(items) -> bool | None:
    """True when the sequence tests `\\b` before consuming, False when it may consume (or do anything else) first,
    None when it is all zero-width tests that say nothing of a boundary."""
    from re import _constants as C  # type: ignore[attr-defined]

    for op, av in items:
        if op is C.AT:
            if av is C.AT_BOUNDARY:
                return True
            continue  # another anchor: zero-width, the next item decides
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue  # a lookaround tests without consuming
        if op is C.SUBPATTERN and not (av[1] or av[2]):
            first = _boundary_first(av[-1])
        elif op is C.BRANCH:
            alts = [_boundary_first(alt) for alt in av[1]]
            first = True if all(a is True for a in alts) else None if all(a is None for a in alts) else False
        else:
            return False
        if first is not None:
            return first
    return None


def _guarded_source(rx: re.Pattern[str]) -> str | None:
    return stored_re.derived(("guarded", rx.pattern, int(rx.flags)), lambda: _guard_of(rx))


def _guard_of(rx: re.Pattern[str]) -> str | None:
    from re import _parser  # type: ignore[attr-defined]

    try:
        chars, nullable = _seq(_parser.parse(rx.pattern, rx.flags))
    except (re.error, TypeError, ValueError):
        return None
    if chars is None or nullable or not chars:
        return None
    cls = "".join(c if c == "\\d" else re.escape(c) for c in sorted(chars))
    # the newline ends a trailing comment under re.X before the closing parenthesis
    return f"(?=[{cls}])(?:{rx.pattern}\n)" if rx.flags & re.X else f"(?=[{cls}])(?:{rx.pattern})"


def _parsed(pattern: str, flags: int):
    """The parse tree of a pattern, read (never changed) by the analyses here; the taxonomy asks both `first_chars`
    and `prefixes` of each phrase. Only re.X changes how a pattern parses, so the cache keeps that flag alone."""
    return _parse_once(pattern, flags & re.X)


@lru_cache(maxsize=1024)
def _parse_once(pattern: str, flags: int):
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(pattern, flags)


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of `pattern` can start with ("\\d" standing for any digit); None when they cannot be
    listed or it can match empty."""
    return stored_re.derived(("first_chars", pattern, int(flags)), lambda: _first_chars_of(pattern, flags))


def _first_chars_of(pattern: str, flags: int) -> set[str] | None:
    try:
        chars, nullable = _seq(_parsed(pattern, flags))
    except (re.error, TypeError, ValueError):
        return None
    return None if chars is None or nullable else chars


def _seq(items) -> tuple[set[str] | None, bool]:
    """(characters a match of the sequence can start with or None for unknown, whether it can match empty): the
    walk `stored_re.start_items` makes for the info blocks, read as characters, a digit class kept as "\\d"
    (it takes every Unicode digit); \\s and \\w are too wide to list in a guard."""
    from re import _constants as C  # type: ignore[attr-defined]

    items, nullable = stored_re.start_items(items)
    if items is None:
        return None, False
    chars: set[str] = set()
    for c in items:
        if type(c) is int:
            chars.add(chr(c))
        elif c is C.CATEGORY_DIGIT:
            chars.add("\\d")
        else:
            return None, False
    return chars, nullable


ANY = "*"
"""A position a pattern's analysis cannot narrow down: any character may stand there."""


def prefixes(pattern: str, k: int = 2, flags: int = re.I) -> set[tuple[str, ...]] | None:
    """The first `k` characters a match of `pattern` (under `flags`) can start with, as tuples of tokens.

    A token is one character (lower-cased under re.I), a class escape ("\\s", "\\d", "\\w") or ANY; a tuple
    shorter than `k` means the match can end there, so whatever follows is allowed. A superset of the truth,
    never less: a lookahead built from it refuses only positions where no match can start. None when it
    cannot be read.
    """
    return stored_re.derived(("prefixes", pattern, k, int(flags)), lambda: _prefixes_of(pattern, k, flags))


def _prefixes_of(pattern: str, k: int, flags: int) -> set[tuple[str, ...]] | None:
    try:
        return _seq_k(_parsed(pattern, flags), k, bool(flags & re.I))
    except (re.error, TypeError, ValueError):
        return None


def _concat(heads: set[tuple[str, ...]], tails: set[tuple[str, ...]], k: int) -> set[tuple[str, ...]]:
    out = set()
    for h in heads:
        if len(h) >= k:
            out.add(h)
            continue
        for t in tails:
            out.add((h + t)[:k])
    return out


def _seq_k(items, k: int, fold: bool) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = {()}
    for op, av in items:
        if all(len(t) >= k for t in out):
            break
        out = _concat(out, _item_k(op, av, k, fold), k)
    return out


def _item_k(op, av, k: int, fold: bool) -> set[tuple[str, ...]]:
    from re import _constants as C  # type: ignore[attr-defined]

    unknown = {(), (ANY,) * k}  # may match nothing or anything
    if op is C.LITERAL:
        return {(_lower(chr(av)) if fold else chr(av),)}
    if op is C.CATEGORY:
        return {(_CATEGORIES.get(av, ANY),)}
    if op is C.IN:
        tokens: set[str] = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                tokens.add(_lower(chr(iav)) if fold else chr(iav))
            elif iop is C.RANGE and iav[1] - iav[0] < 128:
                tokens |= {_lower(chr(c)) if fold else chr(c) for c in range(iav[0], iav[1] + 1)}
            elif iop is C.CATEGORY and iav in _CATEGORIES:
                tokens.add(_CATEGORIES[iav])
            else:
                return {(ANY,)}  # negated sets, wide ranges: one character, any
        return {(t,) for t in tokens}
    if op in (C.ANY, C.NOT_LITERAL):
        return {(ANY,)}
    if op is C.SUBPATTERN:
        if av[1] or av[2]:
            return unknown
        return _seq_k(av[-1], k, fold)
    if op is C.BRANCH:
        out: set[tuple[str, ...]] = set()
        for alt in av[1]:
            out |= _seq_k(alt, k, fold)
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, body = av[0], av[1], _seq_k(av[2], k, fold)
        out = {()} if lo == 0 else set()
        cur: set[tuple[str, ...]] = {()}
        for i in range(1, min(hi, max(lo, k)) + 1):
            cur = _concat(cur, body, k)
            if i >= lo or i == k:
                out |= cur
        return out
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {()}  # zero-width
    return unknown


def _lower(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c  # "İ" lowers to two characters


def _category_names() -> dict:
    from re import _constants as C  # type: ignore[attr-defined]

    return {C.CATEGORY_SPACE: "\\s", C.CATEGORY_DIGIT: "\\d", C.CATEGORY_WORD: "\\w"}


_CATEGORIES = _category_names()


def lookahead(tuples: set[tuple[str, ...]] | None) -> str:
    """A zero-width test that the text starts with one of the token tuples from `prefixes` (under the same
    flags); "" when any text will do."""
    if tuples is None:
        return ""
    return stored_re.derived(("lookahead", frozenset(tuples)), lambda: _lookahead_of(tuples))


def _lookahead_of(tuples: set[tuple[str, ...]]) -> str:

    def one(token: str) -> str:
        return token if token.startswith("\\") else re.escape(token)

    def trie(ts: set[tuple[str, ...]]) -> str:
        if any(not t or t[0] == ANY for t in ts):
            return ""
        heads: dict[str, set[tuple[str, ...]]] = {}
        for t in ts:
            heads.setdefault(t[0], set()).add(t[1:])
        by_rest: dict[str, list[str]] = {}  # heads with the same continuation share one class
        for h, rest in sorted(heads.items()):
            by_rest.setdefault(trie(rest), []).append(one(h))
        return "(?:" + "|".join((hs[0] if len(hs) == 1 else "[" + "".join(hs) + "]") + rest for rest, hs in by_rest.items()) + ")"

    body = trie(tuples) if tuples is not None else ""
    return f"(?={body})" if body else ""


_UNFOLDABLE = re.compile(r"\\[xuUN0-9]|\(\?P=|\(\?[aiLmsux]+(?:-[imsx]+)?[:)]|\(\?-[imsx]+:")
"""Escapes and flags whose meaning a lower-cased copy of the pattern would change: then the pattern is kept."""


def folded(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """`rx` (compiled with re.I) as a case-sensitive pattern for the lower-cased copy of an ASCII text.

    The engine compares case-insensitive characters one by one through the Unicode case tables and cannot skip
    alternatives by their first literal, so this runs two to three times faster. On ASCII text str.lower() keeps
    every offset and folds exactly as re.I does, so spans are the same; groups hold the lower-cased text.
    None when `rx` is not case-insensitive or uses escapes or inline flags that lower-casing would change.

    The copy is compiled with re.ASCII (`ASCII_CLASSES`): `lowered` gives it only texts where \\b, \\w, \\d and \\s
    read as in Unicode, and the engine's boundary and word tests, asked at every position of a scan, then skip the
    Unicode tables (a fifth of a scan's cost).
    """
    if not rx.flags & re.I:
        return None
    source = folded_source(rx.pattern, rx.flags)
    if source is None:
        return None
    # compiled on first use; should the copy not compile, the original reads the lower-cased text just as well
    return Deferred(source, ascii_classes(rx.flags & ~re.I), fallback=rx)  # type: ignore[return-value]


ASCII_CLASSES = re.ASCII
"""The flag of the lower-cased copies (`folded`): \\b, \\w, \\d and \\s by the ASCII table."""


def ascii_classes(flags: int) -> int:
    """`flags` for a copy read only on `lowered` texts: re.ASCII in place of re.UNICODE."""
    return (flags & ~re.UNICODE) | ASCII_CLASSES


def folded_source(pattern: str, flags: int) -> str | None:
    """The source of `folded`'s copy of a case-insensitive pattern (its flags less re.I), for a pattern that is only
    ever read on the lower-cased copy and so needs no original kept."""
    return stored_re.derived(("folded", pattern, int(flags)), lambda: _folded_source(pattern))


def _folded_source(pattern: str) -> str | None:
    if _UNFOLDABLE.search(pattern):
        return None
    out = []
    for k, piece in enumerate(_KEPT.split(pattern)):
        if k % 2:  # an escape keeps its letter (\S is not \s), a group's name is not text
            out.append(piece)
        else:  # character by character where str.lower() would read the neighbours (a final sigma)
            out.append(piece.lower() if piece.isascii() else "".join(c.lower() for c in piece))
    return "".join(out)


_KEPT = re.compile(r"(\\.|\(\?P<[^>]*>)", re.S)
"""What `folded` copies as written: escapes, and the names of groups."""

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _plain_case(c: str) -> bool:
    """A non-ASCII character that lower-cases to one character and has no ASCII case partner (not "K", "ſ",
    "ı", "İ"): re.I compares it with an ASCII pattern exactly as the lower-cased copy does."""
    low = c.lower()
    return len(low) == 1 and not low.isascii() and not c.upper().isascii()


def _ascii_reads_alike(c: str) -> bool:
    """A non-ASCII character that is neither a word character nor a space to the Unicode tables: re.ASCII's \\b, \\w,
    \\d and \\s class it as Unicode does (a curly quote, a currency sign; not "é" or a no-break space)."""
    return not c.isalnum() and not c.isspace()


_ASCII_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")
"""The ASCII separators Unicode counts as spaces (\\s) and re.ASCII does not."""


@lru_cache(maxsize=64)  # asked by each cue finder of the same sentence, and of the windows around its figures
def lowered(text: str) -> str | None:
    """`text` lower-cased for the `folded` patterns, or None when a character makes the copy read differently: one
    lower-casing would change, or one re.ASCII would class otherwise than Unicode (see `folded`)."""
    if text.isascii():
        for c in _ASCII_SPACES:  # any_in, inline
            if c in text:
                return None
    else:
        odd = set(_NON_ASCII.findall(text))
        if not all(map(_plain_case, odd)) or not all(map(_ascii_reads_alike, odd)) or any_in(text, _ASCII_SPACES):
            return None
    return text.lower()


_WHOLE_KEPT = 16
"""Whole texts an `OnLowered` pattern keeps its search of: the sentence under reading and the few read around it."""


class OnLowered:
    """A case-insensitive pattern that reads the lower-cased copy of the text whenever `lowered` allows (see
    `folded`). Spans are the same, but groups hold lower-cased text: only for patterns whose callers use spans,
    truth, lengths, or group text they lower-case anyway. The copy is made and compiled on first use."""

    __slots__ = ("_rx", "_low", "_whole")

    def __init__(self, rx: re.Pattern[str]) -> None:
        if not rx.flags & re.I:
            raise ValueError("only a case-insensitive pattern reads a lower-cased copy as it reads the text")
        self._rx, self._low = rx, None
        # a whole sentence's search, kept: the rules of each of its figures ask it again ("is there a past tense?")
        self._whole: dict[str, re.Match[str] | None] = {}

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        low = lowered(text)
        if low is None:
            return self._rx, text
        if self._low is None:
            self._low = folded(self._rx) or self._rx  # re.I reads the lower-cased copy just as well
        return self._low, low

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if pos == 0 and endpos == sys.maxsize:
            whole = self._whole
            if text in whole:
                return whole[text]
            if len(whole) >= _WHOLE_KEPT:
                whole.clear()
            rx, low = self._pick(text)
            m = whole[text] = rx.search(low)
            return m
        rx, text = self._pick(text)
        return rx.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        rx, text = self._pick(text)
        return rx.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        rx, text = self._pick(text)
        return rx.finditer(text, pos, endpos)

    @property
    def pattern(self) -> str:
        return self._rx.pattern

    @property
    def flags(self) -> int:
        return self._rx.flags


def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Words one of which every match of `pattern` holds (lower-cased under re.I), read from its parse tree: the
    longest run of literal characters of each sequence, or one such word from each alternative. None when some
    match may hold none, or the words are too short to tell texts apart."""
    words = stored_re.derived(("required", pattern, int(flags)), lambda: _required_of(pattern, flags))
    return None if words is None else frozenset(words)


_WORD_MIN = 3
"""Shorter words occur in nearly every text: no gate."""


def _required_of(pattern: str, flags: int) -> frozenset[str] | None:
    try:
        parsed = _parsed(pattern, flags)
        if parsed.state.flags & re.I and not flags & re.I:
            return None  # "(?i)" written in the pattern: its flags are not the ones the gate is given
        words = _req_seq(parsed)
    except (re.error, TypeError, ValueError):
        return None
    if not words or min(map(len, words)) < _WORD_MIN:
        return None
    return frozenset(w.lower() for w in words) if flags & re.I else frozenset(words)


def _req_seq(items) -> set[str] | None:
    from re import _constants as C  # type: ignore[attr-defined]

    found: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL and chr(av).isascii():
            run += chr(av)  # consecutive literals of one sequence are next to each other in every match
            continue
        if run:
            found.append({run})
        run = ""
        sub = None
        if op is C.SUBPATTERN and not (av[1] or av[2]):  # scoped flags change how the characters compare
            sub = _req_seq(av[-1])
        elif op is C.ATOMIC_GROUP:
            sub = _req_seq(av)
        elif op is C.BRANCH:
            alts = [_req_seq(alt) for alt in av[1]]
            sub = set().union(*alts) if all(alts) else None
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _req_seq(av[2])
        if sub:
            found.append(sub)
    if run:
        found.append({run})
    # the most telling: the longest shortest word, then the fewest words
    return max(found, key=lambda ws: (min(map(len, ws)), -len(ws)), default=None)


_gate_low: list = [None, None]
"""The last text a case-insensitive gate read and its lower-cased copy: some 25 gates read each sentence in turn."""


class Gated:
    """A pattern searched only in texts that hold one of the words every match of it holds (`required_words`): a few
    substring tests in place of a scan that tries the pattern at every word start. The test of the last text is
    kept, for the windows of one sentence that the rules of each of its figures search. Matches are the pattern's own."""

    __slots__ = ("_rx", "_words", "_fold", "_last", "_open")

    def __init__(self, rx, words: frozenset[str], fold: bool) -> None:
        self._rx, self._words, self._fold = rx, tuple(sorted(words, key=len)), fold
        self._last: str | None = None
        self._open = True

    def _opens(self, text: str) -> bool:
        if text is self._last:
            return self._open
        if self._fold:
            if text is _gate_low[0]:
                low = _gate_low[1]  # the sentence another gate lower-cased a moment ago
            else:
                low = text.lower() if text.isascii() else lowered(text)
                _gate_low[:] = text, low
            if low is None:
                opened = True  # a text `lowered` refuses: the pattern decides
            else:
                text_read, opened = low, False
                for w in self._words:  # any_in, inline: some 130k gate tests a pass
                    if w in text_read:
                        opened = True
                        break
        else:
            opened = False
            for w in self._words:
                if w in text:
                    opened = True
                    break
        self._last, self._open = text, opened
        return opened

    # each method tests the kept answer for the last text itself: most calls are a figure's window of the sentence
    # just tested, and a method call less is a tenth of a gate's cost
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if text is self._last:
            return self._rx.search(text, pos, endpos) if self._open else None
        return self._rx.search(text, pos, endpos) if self._opens(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if text is self._last:
            return self._rx.match(text, pos, endpos) if self._open else None
        return self._rx.match(text, pos, endpos) if self._opens(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._rx.fullmatch(text, pos, endpos) if self._opens(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._rx.finditer(text, pos, endpos) if self._opens(text) else iter(())

    # the pattern's other attributes, named one by one: a `__getattr__` would send every read of `.search` through a
    # slow hook (see lazy_re.Deferred)
    pattern = property(lambda self: self._rx.pattern)
    flags = property(lambda self: self._rx.flags)
    groups = property(lambda self: self._rx.groups)
    groupindex = property(lambda self: self._rx.groupindex)

    def findall(self, *args, **kwargs):
        return self._rx.findall(*args, **kwargs)

    def sub(self, *args, **kwargs):
        return self._rx.sub(*args, **kwargs)

    def subn(self, *args, **kwargs):
        return self._rx.subn(*args, **kwargs)

    def split(self, *args, **kwargs):
        return self._rx.split(*args, **kwargs)

    def scanner(self, *args, **kwargs):
        return self._rx.scanner(*args, **kwargs)


def may_hold(rx, text: str) -> bool:
    """False where a `Gated` pattern can match nowhere in `text`, nor in any slice of it (none of the words each match
    holds occurs there): a figure's window cut from a sentence the gate refused needs no test of its own."""
    return rx._opens(text) if type(rx) is Gated else True


def gated(rx):
    """`rx` behind a test for the words every match holds (see `Gated`); `rx` itself when there are none to test."""
    words = required_words(rx.pattern, rx.flags)
    if words is None:
        return rx
    return Gated(rx, words, bool(rx.flags & re.I))
