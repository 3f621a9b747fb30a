"""Which hint words a sentence holds, read in one scan and shared by the rules' pre-tests.

Each rule guards its costly patterns with a few substring tests on the sentence's lower-cased copy, and a sentence with
figures meets some thirty such lists (hundreds of words, most of them absent). One search of an alternation of every
registered word, written as a trie and tried at each position inside a lookahead, finds at each position the longest
word that starts there; the words starting at that position are its prefixes. So a list is held exactly when one of
the words found contains one of its words: a set test against what each list expands to in the registry.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .. import stored_re
from ..lazy_re import Deferred


class Words:
    """A registered list of hint words (any_in's second argument): the words as written, the lower-cased forms the
    scan looks for, and the registered words that hold one of those."""

    __slots__ = ("words", "keys", "holders")

    def __init__(self, words, keys) -> None:
        self.words: tuple[str, ...] = words
        self.keys: tuple[str, ...] = keys
        self.holders: frozenset[str] = frozenset()


_lists: list[Words] = []
_registry: dict[str, None] = {}
_built = -1  # the registry size `_rx` and the lists' holders were made for


def words(ws, cased: bool = False) -> Words:
    """Register hint words; the list to hand to `holds` (tested on a lower-cased whole text, the words in lower case)
    or, `cased`, to `in_text` (tested on the text as written: the scan of its lower-cased copy can only rule them out)."""
    ws = tuple(ws)
    keys = tuple(word.lower() for word in ws) if cased else ws
    if not all(ws) or any("\0" in word or not word.isascii() and cased for word in ws):
        raise ValueError("a hint word is a non-empty text without NUL (and in ASCII where its case is kept)")
    if not cased and any(word.lower() != word for word in ws):
        raise ValueError("a lower-cased text holds no capital: register such words with cased=True")
    w = Words(ws, keys)
    _lists.append(w)
    for key in keys:
        _registry.setdefault(key, None)
    return w


def _source() -> str:
    registered = tuple(sorted(_registry))
    return stored_re.derived(("hint_scan", registered), lambda: _trie_source(registered))


def _trie_source(registered: tuple[str, ...]) -> str:
    trie: dict = {}
    for word in registered:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # greedy: the longest word at a position is the one found, its prefixes are read off it
        return f"(?:{body})?" if "" in node else body

    return f"(?=({emit(trie)}))"


_rx = Deferred(_source)
"""Compiled on first use, once every module has registered its words (the store keeps it, see store_patterns.py)."""


def _build() -> None:
    global _built, _rx
    if _built != -1:
        _rx = stored_re.compile(_source())  # a list registered after the first scan: the alternation must hold it
    registered = tuple(_registry)
    joined = "\0".join(registered)  # one text of every word: the words holding a word are found by `find`
    starts = list(accumulate((len(g) + 1 for g in registered[:-1]), initial=0))
    holders: dict[str, frozenset[str]] = {}
    for word in registered:
        found, at = set(), joined.find(word)
        while at >= 0:
            found.add(registered[bisect_right(starts, at) - 1])
            at = joined.find(word, at + 1)
        holders[word] = frozenset(found)
    for w in _lists:
        w.holders = frozenset().union(*(holders[key] for key in w.keys))
    _built = len(_registry)


_last: list = [None, frozenset(), None]
"""The text last scanned, the words found in it, and the text as written whose lower-cased copy it is."""


def scan(low: str, text: str | None = None) -> frozenset[str]:
    """The registered words found in `low` (`text.lower()` when `text` is given): at each position the longest one
    starting there (see the module's doc)."""
    if low is _last[0]:
        _last[2] = text
        return _last[1]
    if _built != len(_registry):
        _build()
    found = frozenset(_rx.findall(low))
    _last[:] = low, found, text
    return found


def holds(low: str, w: Words) -> bool:
    """Exactly `any_in(low, w.words)`: from the scan when `low` is the text last scanned, by substring tests otherwise
    (a text no rule scanned is not worth a scan for one list)."""
    last = _last[0]
    if low is last or low == last:
        return not _last[1].isdisjoint(w.holders)
    for word in w.words:
        if word in low:
            return True
    return False


def may_be_in(text: str, w: Words) -> bool:
    """False where `text` is the text last scanned (as written) and its lower-cased copy holds none of the words: nor
    does the lower-cased copy of any slice of it. True otherwise, for the substring tests of the slice to decide."""
    return not (text is _last[2] and _last[1].isdisjoint(w.holders))


def in_text(text: str, w: Words) -> bool:
    """Exactly `any_in(text, w.words)` for a list registered `cased`: no word of it is in a text whose lower-cased copy
    holds none of their lower-cased forms; where the scan cannot rule them out, the substring tests decide."""
    if text is _last[2] and _last[1].isdisjoint(w.holders):
        return False
    for word in w.words:
        if word in text:
            return True
    return False
