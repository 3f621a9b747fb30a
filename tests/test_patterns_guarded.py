"""Patterns read behind a guard worked out from their parse tree must stay readable by that analysis.

`guard.prefixes` (and `first_chars`) cannot see into a group that turns a flag on or off for its span, `(?i:...)` or
`(?-i:...)`: they answer "any character, or none", so the guard in front of the whole pattern lets every position
through. A scan that a four-character prefix lookahead kept to a few word starts then enters the pattern everywhere:
one such group measured about four times slower, and no test failed. Write the flag for the whole pattern, or spell
the cases out (`[Ii]ndustry`), instead.
"""

from __future__ import annotations

import re
import sys
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

import ecta.facts  # noqa: F401 - imports every facts module
from ecta.facts import periods, taxonomy
from ecta.facts.guard import ANY, Gated, OnLowered, prefix_guarded, prefixes
from ecta.lazy_re import Deferred

EXEMPT: dict[str, str] = {}
"""Pattern sources allowed a scoped flag group behind a prefix guard, each with the reason (none today)."""


def _scoped_flag_groups(pattern: str, flags: int) -> list[str]:
    """The scoped flag groups of a pattern, as the parser reads them (so an escaped "(?i:" in a literal is none)."""
    found: list[str] = []

    def walk(items) -> None:
        for op, av in items:
            if op is C.SUBPATTERN:
                if av[1] or av[2]:
                    found.append(f"add={av[1]:#x} del={av[2]:#x}")
                walk(av[-1])
            elif op is C.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op in (C.ASSERT, C.ASSERT_NOT):
                walk(av[1])
            elif op is C.ATOMIC_GROUP:
                walk(av)
            elif op is C.GROUPREF_EXISTS:
                walk(av[1])
                if av[2] is not None:
                    walk(av[2])

    walk(_parser.parse(pattern, flags))
    return found


def _built_by_prefix_guarded(obj) -> bool:
    source = vars(obj).get("_source")
    return isinstance(obj, Deferred) and getattr(source, "__qualname__", "") == "prefix_guarded.<locals>.source"


def _reachable(value, depth: int = 0):
    """Patterns held by a module attribute: itself, inside the facts' wrappers, or in tuples, lists and dicts of them."""
    if depth > 4:
        return
    if isinstance(value, Deferred):
        yield value
    elif isinstance(value, OnLowered):
        yield from _reachable(value._rx, depth + 1)
    elif isinstance(value, Gated):
        yield from _reachable(getattr(value, "_rx", None), depth + 1)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _reachable(item, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _reachable(item, depth + 1)


def _prefix_guarded_patterns() -> dict[str, tuple[str, int]]:
    """Every pattern a facts module built with `prefix_guarded`, by where it is held, as (source, flags) of the
    pattern the guard was worked out from."""
    out: dict[str, tuple[str, int]] = {}
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("ecta."):
            continue
        for attr, value in vars(module).items():
            for i, rx in enumerate(_reachable(value)):
                if _built_by_prefix_guarded(rx):
                    inner = vars(rx)["_fallback"]
                    out[f"{name}.{attr}[{i}]"] = (inner.pattern, int(inner.flags))
    return out


PREFIX_GUARDED = _prefix_guarded_patterns()


def test_the_prefix_guarded_patterns_are_found():
    # the kind cues (one per kind), the qualitative directions and the new-subject test: if this finds fewer, the
    # search below has gone blind, not the patterns clean
    holders = {key.rsplit("[", 1)[0] for key in PREFIX_GUARDED}
    assert {"ecta.facts.context.KIND_CUES", "ecta.facts.nonfacts.QUAL_DIR", "ecta.facts.sentences.NEW_SUBJECT"} <= holders
    assert len(PREFIX_GUARDED) >= 6


@pytest.mark.parametrize("where", sorted(PREFIX_GUARDED))
def test_no_scoped_flag_group_behind_a_prefix_guard(where):
    source, flags = PREFIX_GUARDED[where]
    if source in EXEMPT:
        pytest.skip(EXEMPT[source])
    assert _scoped_flag_groups(source, flags) == [], f"{where}: a scoped flag group blinds its prefix guard"


def test_no_scoped_flag_group_in_the_period_cues():
    # `periods._WORD_START`, the first-letter test of the period cue scan, is worked out from these cues' prefixes
    assert _scoped_flag_groups(periods.CUES.pattern, periods.CUES.flags) == []


@pytest.mark.parametrize("table", ["METRICS", "EXTRA_METRICS"])
def test_no_scoped_flag_group_in_the_metric_phrases(table):
    # each phrase's first characters and prefixes decide which letters' patterns hold it and the word-start test
    # (`taxonomy._word_start`): a blind phrase would be tried at every word start
    blind = [phrase for _, phrases in getattr(taxonomy, table) for phrase in phrases if _scoped_flag_groups(phrase, re.I)]
    assert blind == []


@pytest.mark.parametrize("pattern, flags", [(r"\b(?:up|(?-i:Down))\b", re.I), (r"\b(?i:rose|fell)\s+\d", 0)])
def test_a_scoped_flag_group_is_seen_and_blinds_the_prefixes(pattern, flags):
    # what the tests above guard against, shown: the group is found, and the analysis can no longer narrow the start
    assert _scoped_flag_groups(pattern, flags)
    assert any(not t or t[0] == ANY for t in prefixes(pattern, 4, flags) or {()})
    assert _scoped_flag_groups(r"\b(?:up|down)\b", re.I) == []
    assert _scoped_flag_groups(r"\(\?i:up\)", 0) == []  # the characters "(?i:" written as a literal
    assert _built_by_prefix_guarded(prefix_guarded(re.compile(r"\b(?:up|down)\b", re.I)))
