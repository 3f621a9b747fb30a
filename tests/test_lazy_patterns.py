"""Start-up: detecting the format reads every parser's sniffing patterns, not the rest of their patterns."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A fresh interpreter, so that no other test has already compiled the patterns looked at here.
_PROBE = """
import sys
import ecta
from ecta.lazy_re import Deferred
ecta.parse(sys.argv[1])
for name in ("ecta.formats.ir_pdf", "ecta.formats.earningscall_json", "ecta.callinfo"):
    patterns = [v for v in vars(sys.modules[name]).values() if isinstance(v, Deferred)]
    print(name, len(patterns), sum("search" in p.__dict__ for p in patterns))
"""


def test_parsing_a_markdown_call_leaves_the_other_formats_patterns_uncompiled():
    call = ROOT / "examples" / "northwind-q1-2025.md"
    out = subprocess.run([sys.executable, "-c", _PROBE, str(call)], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    rows = {name: (int(total), int(used)) for name, total, used in (line.split() for line in out.stdout.splitlines())}
    assert rows["ecta.formats.ir_pdf"][0] >= 5 and rows["ecta.formats.ir_pdf"][1] == 0
    assert rows["ecta.formats.earningscall_json"][0] >= 3 and rows["ecta.formats.earningscall_json"][1] == 0
    total, used = rows["ecta.callinfo"]
    assert used < total  # a call reaches only some of the call-information wordings
