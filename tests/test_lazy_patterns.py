"""Start-up: detecting the format imports only the parser that wins, and that parser compiles only the patterns it
reaches."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A fresh interpreter, so that no other test has already imported the parsers or compiled the patterns looked at here.
_PROBE = """
import sys
import ecta
from ecta.lazy_re import Deferred
ecta.parse(sys.argv[1])
for name in ("ecta.formats.ir_pdf", "ecta.formats.earningscall_json", "ecta.formats.fmp_markdown", "ecta.callinfo"):
    module = sys.modules.get(name)
    patterns = [v for v in vars(module).values() if isinstance(v, Deferred)] if module else []
    print(name, int(module is not None), len(patterns), sum("search" in p.__dict__ for p in patterns))
"""


def test_parsing_a_markdown_call_imports_no_other_parser_and_leaves_wordings_uncompiled():
    call = ROOT / "examples" / "northwind-q1-2025.md"
    out = subprocess.run([sys.executable, "-c", _PROBE, str(call)], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    rows = {name: tuple(map(int, counts)) for name, *counts in (line.split() for line in out.stdout.splitlines())}
    assert rows["ecta.formats.ir_pdf"][0] == 0
    assert rows["ecta.formats.earningscall_json"][0] == 0
    assert rows["ecta.formats.fmp_markdown"][0] == 1  # the parser that won
    imported, total, used = rows["ecta.callinfo"]
    assert used < total  # a call reaches only some of the call-information wordings
