"""The same call gives the same facts in every process: no choice may hang on the order of a set of strings, which
Python's hash seed changes from run to run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = ("1", "2", "3")
"""Under these seeds a pick from a two-element set of strings came out both ways (the bug this file guards)."""


def _run(code: str, *args: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return [subprocess.run([sys.executable, "-c", code, *args], env={**env, "PYTHONHASHSEED": seed}, capture_output=True,
                           text=True, check=True).stdout for seed in SEEDS]


def test_the_facts_do_not_depend_on_the_hash_seed() -> None:
    dump = ("import ecta, sys; t = ecta.parse(sys.argv[1]); "
            "print('\\n'.join(f.model_dump_json() for f in ecta.extract_facts(t)))")
    first, *rest = _run(dump, str(REPO / "examples" / "northwind-q4-2024.md"))
    assert first and all(out == first for out in rest)


def test_a_question_naming_one_metric_twice_gives_its_last_name_in_every_process() -> None:
    asked = "How fast are originations growing, and where do you see total loans ending the year?"
    code = "import sys; from ecta.facts.extract import question_metric; print(question_metric(sys.argv[1]))"
    assert _run(code, asked) == ["('loans', 'total loans')\n"] * len(SEEDS)
    assert _run(code, "Where do margins and total loans end the year?") == ["None\n"] * len(SEEDS)
