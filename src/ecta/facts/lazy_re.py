"""The `re` module as the facts modules use it, except that `compile` leaves the work to the pattern's first use.

Compiling the rules is most of ecta's start-up, and one call reads only the patterns of the figures and wordings it
has. A module opts in with `from . import lazy_re as re`; everything else is the standard module's.
"""

from __future__ import annotations

import re as _re
from re import *  # noqa: F403 - flags, escape, error, Pattern, Match as the standard module has them

from .guard import Deferred


def compile(pattern, flags=0):  # noqa: A001 - the name `re.compile` callers use
    return Deferred(pattern, flags)


def _pattern(pattern, flags):
    if isinstance(pattern, Deferred):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    return _re.compile(pattern, flags)  # re's own cache, as re.search(...) uses it


def search(pattern, string, flags=0):
    return _pattern(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _pattern(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _pattern(pattern, flags).fullmatch(string)


def finditer(pattern, string, flags=0):
    return _pattern(pattern, flags).finditer(string)


def findall(pattern, string, flags=0):
    return _pattern(pattern, flags).findall(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _pattern(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _pattern(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _pattern(pattern, flags).subn(repl, string, count)
