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
