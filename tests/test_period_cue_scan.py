"""The period cues are found by a fast scan (`periods._matches`: only at word starts whose first two letters some cue
can begin with). It must find exactly what the cue pattern finds when tried everywhere: a wording whose first letters
are missing from the quick test never reaches the pattern (\"month to date\" was lost that way)."""

import json
from pathlib import Path

from ecta.facts import periods as P

DATA = Path(__file__).parent / "data"


def _sentences() -> list[str]:
    out = [case["sentence"] for f in sorted((DATA / "facts").glob("*.json"))
           for case in json.loads(f.read_text("utf-8"))["cases"]]
    for f in sorted((DATA / "labelled" / "transcripts").iterdir()):
        out += f.read_text("utf-8", errors="replace").splitlines()
    return out


def test_fast_cue_scan_finds_what_the_pattern_finds():
    missed = []
    for s in _sentences():
        fast = [m.span() for m in P._matches(s)]
        slow = [m.span() for m in P.CUES.finditer(s)]
        if fast != slow:
            missed.append((s[:120], fast, slow))
    assert not missed, missed[:5]


def test_each_top_level_alternative_is_one_named_group() -> None:
    """`find_cues` reads which cue matched off `lastgroup`: that names the cue only while every top-level alternative of
    the pattern is one whole named group (a new alternative written bare, or two groups side by side, would be misread)."""
    import re._parser as parser  # the standard library's own reading of a pattern (Python 3.11+)

    tree = parser.parse(P.CUES.pattern, P.CUES.flags)
    names = {v: k for k, v in tree.state.groupdict.items()}
    assert len(tree) == 1 and str(tree[0][0]) == "BRANCH"
    branches = tree[0][1][1]
    tops = [names.get(b[0][1][0]) if len(b) == 1 and str(b[0][0]) == "SUBPATTERN" else None for b in branches]
    assert None not in tops and len(set(tops)) == len(tops) > 20
