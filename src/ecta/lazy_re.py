"""The `re` module, except that `compile` leaves the work to the pattern's first use.

Compiling patterns is most of ecta's start-up, and one call reads only some of them: the format parsers that do not
match the file, the wordings the call does not have. A module opts in with `from . import lazy_re as re` (or
`from .. import lazy_re as re`); everything else is the standard module's. A `Deferred` is not an `re.Pattern`:
a module that hands patterns to other code or checks their type keeps the standard module.
"""

from __future__ import annotations

import re
import sys
from re import *  # noqa: F403 - flags, escape, error, Pattern, Match as the standard module has them

from . import stored_re


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class Deferred:
    """A pattern compiled on first use. Compiling patterns is most of ecta's start-up, and one call reads only
    some of them: those of its format and of the figures and wordings it has, and the case-insensitive originals
    of the facts' `folded` patterns only for the rare sentence `lowered` refuses. `pattern` may be a function that works the source out
    when first asked. After the first use its methods are the compiled pattern's own.

    A new one is a `_Pending`, whose `__getattr__` compiles; once compiled it becomes a plain `Deferred` again. A class
    with `__getattr__` sends every attribute read through a slow hook that the interpreter cannot specialise, found or
    not, and the rules read `.search` or `.match` of some 450k patterns a pass: 7% of its instructions went there."""

    def __new__(cls, *args, **kwargs):
        return object.__new__(_Pending if cls is Deferred else cls)

    def __init__(self, pattern, flags: int = 0, fallback=None) -> None:
        if callable(pattern):
            self._source = pattern
        else:
            self.pattern = pattern
        self.flags, self._fallback = flags, fallback

    def __repr__(self) -> str:
        return f"Deferred({self.pattern!r}, {self.flags!r})"


class _Pending(Deferred):
    """A `Deferred` not compiled yet."""

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "pattern":
            self.pattern = self._source()
            return self.pattern
        try:
            rx = stored_re.compile(self.pattern, self.flags)
        except re.error:
            if self._fallback is None:
                raise
            rx = self._fallback
        either = _either(rx, self.pattern, self.flags)
        for method in _METHODS:
            # a match at one position tests a few characters: the twin saves less there than its dispatch costs
            self.__dict__[method] = getattr(rx if method in ("match", "fullmatch") else either, method)
        self.__dict__.update(groups=rx.groups, groupindex=rx.groupindex)
        self.__class__ = Deferred  # every attribute is in its dict now: reads of it take the fast path
        return self.__dict__[name] if name in self.__dict__ else getattr(rx, name)


class _Either:
    """A pattern and its ASCII twin (`stored_re.twin`): a text of ASCII characters only, as most sentences are, is read
    by the twin, which finds exactly what the pattern finds there without the engine's Unicode look-ups (a call into
    the Unicode tables for each character it tests against `\\b`, `\\w`, `\\d` or, under re.I, compares case-blind:
    about 4% of a facts pass); any other text by the pattern itself. `str.isascii` reads a flag the string keeps."""

    __slots__ = ("_u", "_a")

    def __init__(self, rx, ascii_rx) -> None:
        self._u, self._a = rx, ascii_rx

    def search(self, string, pos=0, endpos=sys.maxsize):
        return (self._a if string.isascii() else self._u).search(string, pos, endpos)

    def match(self, string, pos=0, endpos=sys.maxsize):
        return (self._a if string.isascii() else self._u).match(string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return (self._a if string.isascii() else self._u).fullmatch(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        return (self._a if string.isascii() else self._u).finditer(string, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        return (self._a if string.isascii() else self._u).findall(string, pos, endpos)

    def sub(self, repl, string, count=0):
        return (self._a if string.isascii() else self._u).sub(repl, string, count)

    def subn(self, repl, string, count=0):
        return (self._a if string.isascii() else self._u).subn(repl, string, count)

    def split(self, string, maxsplit=0):
        return (self._a if string.isascii() else self._u).split(string, maxsplit)

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        return self._u.scanner(string, pos, endpos)


def _either(rx, pattern, flags):
    """`rx`, or `rx` with its ASCII twin where the store holds one."""
    twin = stored_re.twin(pattern, flags) if type(pattern) is str and isinstance(flags, int) else None
    return rx if twin is None else _Either(rx, twin)


def compile(pattern, flags=0):  # noqa: A001 - the name `re.compile` callers use
    return Deferred(pattern, flags)


_COMPILED: dict = {}
"""Patterns written inline (`re.match(r"...", text, re.I)`), by source and flags: the rules call some of them for every
figure, and re's own cache is reached through several calls and type checks."""


def _pattern(pattern, flags):
    try:
        return _COMPILED[pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Deferred):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    rx = _either(stored_re.compile(pattern, flags), pattern, flags)
    if type(pattern) is str:
        if len(_COMPILED) >= 512:  # patterns built from the text (names) must not grow it without bound
            _COMPILED.clear()
        _COMPILED[pattern, flags] = rx
    return rx


def search(pattern, string, flags=0):
    try:  # _pattern's dictionary lookup, inline: the rules call these for every figure
        rx = _COMPILED[pattern, flags]
    except (KeyError, TypeError):
        rx = _pattern(pattern, flags)
    return rx.search(string)


def match(pattern, string, flags=0):
    try:  # _pattern's dictionary lookup, inline: the rules call these for every figure
        rx = _COMPILED[pattern, flags]
    except (KeyError, TypeError):
        rx = _pattern(pattern, flags)
    return rx.match(string)


def fullmatch(pattern, string, flags=0):
    try:  # _pattern's dictionary lookup, inline: the rules call these for every figure
        rx = _COMPILED[pattern, flags]
    except (KeyError, TypeError):
        rx = _pattern(pattern, flags)
    return rx.fullmatch(string)


def finditer(pattern, string, flags=0):
    try:  # _pattern's dictionary lookup, inline: the rules call these for every figure
        rx = _COMPILED[pattern, flags]
    except (KeyError, TypeError):
        rx = _pattern(pattern, flags)
    return rx.finditer(string)


def findall(pattern, string, flags=0):
    try:  # _pattern's dictionary lookup, inline: the rules call these for every figure
        rx = _COMPILED[pattern, flags]
    except (KeyError, TypeError):
        rx = _pattern(pattern, flags)
    return rx.findall(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _pattern(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _pattern(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _pattern(pattern, flags).subn(repl, string, count)
